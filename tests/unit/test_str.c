/*
** Unit tests of str (str.c, str_methods.c), of bytes and bytearray
** (bytes.c, bytearray.c) and of the Unicode tables (unicode.c).  The
** method tables compare each call's repr() with what python3.11 printed
** for the same call; hashes are python3.11's under PYTHONHASHSEED=0.  The
** tables come from the generator scripts named above them (kept with the
** test data in /tmp/strgen when they were written).
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "unicode.h"
#include "objects/bytearray.h"
#include "container_test.h"

TestSuite(str, .init = ct_setup, .fini = ct_teardown);
TestSuite(bytes, .init = ct_setup, .fini = ct_teardown);
TestSuite(unicode, .init = ct_setup, .fini = ct_teardown);

typedef struct MethodCase { const char *self, *method, *args, *expect; } MethodCase;
typedef struct BytesCase { const char *self, *method, *args, *expect; } BytesCase;
typedef struct HashCase { const char *data; int n; long long hash; } HashCase;
typedef struct ReprCase { const char *s, *repr, *ascii; } ReprCase;
typedef struct Seq { int n; uint32_t cp[3]; } Seq;
typedef struct UniCase { uint32_t cp; unsigned flags; int decimal; Seq upper, lower, title, fold; } UniCase;
typedef struct DecodeCase { const char *data; int n; const char *encoding, *errors, *expect; } DecodeCase;

/* ---- the tables' values ----------------------------------------------- */

static int hexval(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

/*
** The value encoded at *text (the generators' enc_value): n T F i<int>;
** f<repr>; s<nbytes>:<utf-8> y<hex>; Y<hex>; (..) [..] {k v ..}.  Advances
** *text.  New reference.  Also used by test_format.c.
*/
TyObject *strtest_value(const char **text)
{
    const char *s = *text;
    char c = *s++;
    TyObject *r = NULL;
    switch (c) {
    case 'n':
        r = TY_NEWREF(TY_NONE);
        break;
    case 'T':
    case 'F':
        r = tyBool_from(c == 'T');
        break;
    case 'i':
    case 'f': {
        const char *end = strchr(s, ';');
        r = c == 'i' ? tyInt_fromString(s, end - s, 10) : tyFloat_fromString(s, end - s);
        s = end + 1;
        break;
    }
    case 's': {
        char *colon;
        long n = strtol(s, &colon, 10);
        r = tyStr_fromUtf8(colon + 1, n);
        s = colon + 1 + n;
        break;
    }
    case 'y':
    case 'Y': {
        const char *end = strchr(s, ';');
        char buf[256];
        ssize_t n = (end - s) / 2;
        cr_assert_leq(n, (ssize_t)sizeof buf);
        for (ssize_t i = 0; i < n; i++)
            buf[i] = (char)(hexval(s[2 * i]) * 16 + hexval(s[2 * i + 1]));
        r = c == 'y' ? tyBytes_fromData(buf, n) : tyByteArray_fromData(buf, n);
        s = end + 1;
        break;
    }
    case '(':
    case '[': {
        char close = c == '(' ? ')' : ']';
        r = tyList_new(0);
        while (*s != close) {
            TyObject *item = strtest_value(&s);
            cr_assert_eq(tyList_append(r, item), 0);
            TY_DECREF(item);
        }
        s++;
        if (c == '(') {
            TyObject *t = tyList_asTuple(r);
            TY_DECREF(r);
            r = t;
        }
        break;
    }
    case '{':
        r = tyDict_new();
        while (*s != '}') {
            TyObject *k = strtest_value(&s);
            TyObject *v = strtest_value(&s);
            cr_assert_eq(tyDict_setItem(r, k, v), 0);
            TY_DECREF(k);
            TY_DECREF(v);
        }
        s++;
        break;
    default:
        cr_assert_fail("bad tagged value %s", *text);
    }
    cr_assert_not_null(r, "could not build the value %s", *text);
    *text = s;
    return r;
}

/*
** `got` (a new reference to a str, or NULL with an exception set) must be
** `expect`: that text, or "!Type: message" for an exception, which is
** then cleared.  `what` names the case in failure messages.  Also used by
** test_format.c.
*/
void strtest_check(TyObject *got, const char *expect, const char *what)
{
    if (expect[0] == '!') {
        cr_expect_null(got, "%s: expected %s, got %s", what, expect, got ? TY_STR_UTF8(got) : "");
        TY_XDECREF(got);
        TyObject *exc = tyErr_fetch();
        cr_assert_not_null(exc, "%s: no exception set", what);
        TyObject *s = tyObj_str(exc);
        char buf[700];
        snprintf(buf, sizeof buf, "!%s: %s", TY_TYPE(exc)->name, s ? TY_STR_UTF8(s) : "?");
        TY_XDECREF(s);
        TY_DECREF(exc);
        cr_expect_str_eq(buf, expect, "%s: raised %s, expected %s", what, buf, expect);
        return;
    }
    if (!got) {
        TyObject *exc = tyErr_fetch();
        TyObject *s = exc ? tyObj_str(exc) : NULL;
        cr_expect_fail("%s: raised %s: %s, expected %s", what, exc ? TY_TYPE(exc)->name : "?",
                       s ? TY_STR_UTF8(s) : "", expect);
        TY_XDECREF(s);
        TY_XDECREF(exc);
        return;
    }
    cr_expect_str_eq(TY_STR_UTF8(got), expect, "%s: got %s, expected %s", what, TY_STR_UTF8(got),
                     expect);
    TY_DECREF(got);
}

/* repr(self.name(*args)) through the type's method table (a class method
** gets the type, a static method NULL).  New reference or NULL. */
static TyObject *call_repr(TyObject *self, const char *name, TyObject *args)
{
    TyType *t = TY_TYPE(self);
    for (TyMethodDef *m = t->methods; m && m->name; m++) {
        if (strcmp(m->name, name) != 0)
            continue;
        TyObject *bound = m->flags == TY_METH_CLASS ? (TyObject *)t
                          : m->flags == TY_METH_STATIC ? NULL : self;
        TyObject *r = m->fn(bound, TY_TUPLE_ITEMS(args), (size_t)TY_TUPLE_LEN(args), NULL);
        if (!r)
            return NULL;
        TyObject *rep = tyObj_repr(r);
        TY_DECREF(r);
        return rep;
    }
    cr_assert_fail("%s has no method %s", t->name, name);
    return NULL;
}

/* generated by python3.11 from /tmp/strgen/gen_str.py: self, method, args, repr(result) or !Error: message */
static const MethodCase method_cases[] = {
    { "", "capitalize", "()", "''" },
    { "", "casefold", "()", "''" },
    { "", "lower", "()", "''" },
    { "", "upper", "()", "''" },
    { "", "swapcase", "()", "''" },
    { "", "title", "()", "''" },
    { "", "isalnum", "()", "False" },
    { "", "isalpha", "()", "False" },
    { "", "isascii", "()", "True" },
    { "", "isdecimal", "()", "False" },
    { "", "isdigit", "()", "False" },
    { "", "isidentifier", "()", "False" },
    { "", "islower", "()", "False" },
    { "", "isnumeric", "()", "False" },
    { "", "isprintable", "()", "True" },
    { "", "isspace", "()", "False" },
    { "", "istitle", "()", "False" },
    { "", "isupper", "()", "False" },
    { "", "split", "()", "[]" },
    { "", "rsplit", "()", "[]" },
    { "", "splitlines", "()", "[]" },
    { "", "strip", "()", "''" },
    { "", "lstrip", "()", "''" },
    { "", "rstrip", "()", "''" },
    { "", "expandtabs", "()", "''" },
    { "", "encode", "()", "b''" },
    { "", "center", "(i10;s1:*)", "'**********'" },
    { "", "ljust", "(i10;s1:*)", "'**********'" },
    { "", "rjust", "(i10;s1:*)", "'**********'" },
    { "", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "", "ljust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "", "zfill", "(i6;)", "'000000'" },
    { "", "zfill", "(i0;)", "''" },
    { "", "startswith", "((s1:xs1:as1:H))", "False" },
    { "", "endswith", "((s1:ds1:c))", "False" },
    { "", "split", "(ni1;)", "[]" },
    { "", "rsplit", "(ni1;)", "[]" },
    { "", "split", "(s1:,i2;)", "['']" },
    { "", "rsplit", "(s1:,i2;)", "['']" },
    { "", "splitlines", "(T)", "[]" },
    { "", "strip", "(s1:a)", "''" },
    { "", "strip", "(s2:ld)", "''" },
    { "", "lstrip", "(s2: h)", "''" },
    { "", "rstrip", "(s3:dlr)", "''" },
    { "", "expandtabs", "(i4;)", "''" },
    { "", "expandtabs", "(i0;)", "''" },
    { "", "encode", "(s5:ascii)", "b''" },
    { "", "encode", "(s5:asciis7:replace)", "b''" },
    { "", "encode", "(s7:latin-1s6:ignore)", "b''" },
    { "", "encode", "(s5:asciis16:backslashreplace)", "b''" },
    { "", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b''" },
    { "", "join", "([s1:xs1:ys1:z])", "'xyz'" },
    { "", "join", "([])", "''" },
    { "", "join", "([s4:solo])", "'solo'" },
    { "", "translate", "({i97;s1:Ai98;ni931;s1:S})", "''" },
    { "Hello World", "capitalize", "()", "'Hello world'" },
    { "Hello World", "casefold", "()", "'hello world'" },
    { "Hello World", "lower", "()", "'hello world'" },
    { "Hello World", "upper", "()", "'HELLO WORLD'" },
    { "Hello World", "swapcase", "()", "'hELLO wORLD'" },
    { "Hello World", "title", "()", "'Hello World'" },
    { "Hello World", "isalnum", "()", "False" },
    { "Hello World", "isalpha", "()", "False" },
    { "Hello World", "isascii", "()", "True" },
    { "Hello World", "isdecimal", "()", "False" },
    { "Hello World", "isdigit", "()", "False" },
    { "Hello World", "isidentifier", "()", "False" },
    { "Hello World", "islower", "()", "False" },
    { "Hello World", "isnumeric", "()", "False" },
    { "Hello World", "isprintable", "()", "True" },
    { "Hello World", "isspace", "()", "False" },
    { "Hello World", "istitle", "()", "True" },
    { "Hello World", "isupper", "()", "False" },
    { "Hello World", "split", "()", "['Hello', 'World']" },
    { "Hello World", "rsplit", "()", "['Hello', 'World']" },
    { "Hello World", "splitlines", "()", "['Hello World']" },
    { "Hello World", "strip", "()", "'Hello World'" },
    { "Hello World", "lstrip", "()", "'Hello World'" },
    { "Hello World", "rstrip", "()", "'Hello World'" },
    { "Hello World", "expandtabs", "()", "'Hello World'" },
    { "Hello World", "encode", "()", "b'Hello World'" },
    { "Hello World", "center", "(i10;s1:*)", "'Hello World'" },
    { "Hello World", "ljust", "(i10;s1:*)", "'Hello World'" },
    { "Hello World", "rjust", "(i10;s1:*)", "'Hello World'" },
    { "Hello World", "center", "(i11;s2:\303\251)", "'Hello World'" },
    { "Hello World", "ljust", "(i11;s2:\303\251)", "'Hello World'" },
    { "Hello World", "rjust", "(i11;s2:\303\251)", "'Hello World'" },
    { "Hello World", "zfill", "(i6;)", "'Hello World'" },
    { "Hello World", "zfill", "(i0;)", "'Hello World'" },
    { "Hello World", "startswith", "((s1:xs1:as1:H))", "True" },
    { "Hello World", "endswith", "((s1:ds1:c))", "True" },
    { "Hello World", "split", "(ni1;)", "['Hello', 'World']" },
    { "Hello World", "rsplit", "(ni1;)", "['Hello', 'World']" },
    { "Hello World", "split", "(s1:,i2;)", "['Hello World']" },
    { "Hello World", "rsplit", "(s1:,i2;)", "['Hello World']" },
    { "Hello World", "splitlines", "(T)", "['Hello World']" },
    { "Hello World", "strip", "(s1:a)", "'Hello World'" },
    { "Hello World", "strip", "(s2:ld)", "'Hello Wor'" },
    { "Hello World", "lstrip", "(s2: h)", "'Hello World'" },
    { "Hello World", "rstrip", "(s3:dlr)", "'Hello Wo'" },
    { "Hello World", "expandtabs", "(i4;)", "'Hello World'" },
    { "Hello World", "expandtabs", "(i0;)", "'Hello World'" },
    { "Hello World", "encode", "(s5:ascii)", "b'Hello World'" },
    { "Hello World", "encode", "(s5:asciis7:replace)", "b'Hello World'" },
    { "Hello World", "encode", "(s7:latin-1s6:ignore)", "b'Hello World'" },
    { "Hello World", "encode", "(s5:asciis16:backslashreplace)", "b'Hello World'" },
    { "Hello World", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'Hello World'" },
    { "Hello World", "join", "([s1:xs1:ys1:z])", "'xHello WorldyHello Worldz'" },
    { "Hello World", "join", "([])", "''" },
    { "Hello World", "join", "([s4:solo])", "'solo'" },
    { "Hello World", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'Hello World'" },
    { "  padded  ", "capitalize", "()", "'  padded  '" },
    { "  padded  ", "casefold", "()", "'  padded  '" },
    { "  padded  ", "lower", "()", "'  padded  '" },
    { "  padded  ", "upper", "()", "'  PADDED  '" },
    { "  padded  ", "swapcase", "()", "'  PADDED  '" },
    { "  padded  ", "title", "()", "'  Padded  '" },
    { "  padded  ", "isalnum", "()", "False" },
    { "  padded  ", "isalpha", "()", "False" },
    { "  padded  ", "isascii", "()", "True" },
    { "  padded  ", "isdecimal", "()", "False" },
    { "  padded  ", "isdigit", "()", "False" },
    { "  padded  ", "isidentifier", "()", "False" },
    { "  padded  ", "islower", "()", "True" },
    { "  padded  ", "isnumeric", "()", "False" },
    { "  padded  ", "isprintable", "()", "True" },
    { "  padded  ", "isspace", "()", "False" },
    { "  padded  ", "istitle", "()", "False" },
    { "  padded  ", "isupper", "()", "False" },
    { "  padded  ", "split", "()", "['padded']" },
    { "  padded  ", "rsplit", "()", "['padded']" },
    { "  padded  ", "splitlines", "()", "['  padded  ']" },
    { "  padded  ", "strip", "()", "'padded'" },
    { "  padded  ", "lstrip", "()", "'padded  '" },
    { "  padded  ", "rstrip", "()", "'  padded'" },
    { "  padded  ", "expandtabs", "()", "'  padded  '" },
    { "  padded  ", "encode", "()", "b'  padded  '" },
    { "  padded  ", "center", "(i10;s1:*)", "'  padded  '" },
    { "  padded  ", "ljust", "(i10;s1:*)", "'  padded  '" },
    { "  padded  ", "rjust", "(i10;s1:*)", "'  padded  '" },
    { "  padded  ", "center", "(i11;s2:\303\251)", "'\303\251  padded  '" },
    { "  padded  ", "ljust", "(i11;s2:\303\251)", "'  padded  \303\251'" },
    { "  padded  ", "rjust", "(i11;s2:\303\251)", "'\303\251  padded  '" },
    { "  padded  ", "zfill", "(i6;)", "'  padded  '" },
    { "  padded  ", "zfill", "(i0;)", "'  padded  '" },
    { "  padded  ", "startswith", "((s1:xs1:as1:H))", "False" },
    { "  padded  ", "endswith", "((s1:ds1:c))", "False" },
    { "  padded  ", "split", "(ni1;)", "['padded']" },
    { "  padded  ", "rsplit", "(ni1;)", "['padded']" },
    { "  padded  ", "split", "(s1:,i2;)", "['  padded  ']" },
    { "  padded  ", "rsplit", "(s1:,i2;)", "['  padded  ']" },
    { "  padded  ", "splitlines", "(T)", "['  padded  ']" },
    { "  padded  ", "strip", "(s1:a)", "'  padded  '" },
    { "  padded  ", "strip", "(s2:ld)", "'  padded  '" },
    { "  padded  ", "lstrip", "(s2: h)", "'padded  '" },
    { "  padded  ", "rstrip", "(s3:dlr)", "'  padded  '" },
    { "  padded  ", "expandtabs", "(i4;)", "'  padded  '" },
    { "  padded  ", "expandtabs", "(i0;)", "'  padded  '" },
    { "  padded  ", "encode", "(s5:ascii)", "b'  padded  '" },
    { "  padded  ", "encode", "(s5:asciis7:replace)", "b'  padded  '" },
    { "  padded  ", "encode", "(s7:latin-1s6:ignore)", "b'  padded  '" },
    { "  padded  ", "encode", "(s5:asciis16:backslashreplace)", "b'  padded  '" },
    { "  padded  ", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'  padded  '" },
    { "  padded  ", "join", "([s1:xs1:ys1:z])", "'x  padded  y  padded  z'" },
    { "  padded  ", "join", "([])", "''" },
    { "  padded  ", "join", "([s4:solo])", "'solo'" },
    { "  padded  ", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'  pAdded  '" },
    { "a,b,,c", "capitalize", "()", "'A,b,,c'" },
    { "a,b,,c", "casefold", "()", "'a,b,,c'" },
    { "a,b,,c", "lower", "()", "'a,b,,c'" },
    { "a,b,,c", "upper", "()", "'A,B,,C'" },
    { "a,b,,c", "swapcase", "()", "'A,B,,C'" },
    { "a,b,,c", "title", "()", "'A,B,,C'" },
    { "a,b,,c", "isalnum", "()", "False" },
    { "a,b,,c", "isalpha", "()", "False" },
    { "a,b,,c", "isascii", "()", "True" },
    { "a,b,,c", "isdecimal", "()", "False" },
    { "a,b,,c", "isdigit", "()", "False" },
    { "a,b,,c", "isidentifier", "()", "False" },
    { "a,b,,c", "islower", "()", "True" },
    { "a,b,,c", "isnumeric", "()", "False" },
    { "a,b,,c", "isprintable", "()", "True" },
    { "a,b,,c", "isspace", "()", "False" },
    { "a,b,,c", "istitle", "()", "False" },
    { "a,b,,c", "isupper", "()", "False" },
    { "a,b,,c", "split", "()", "['a,b,,c']" },
    { "a,b,,c", "rsplit", "()", "['a,b,,c']" },
    { "a,b,,c", "splitlines", "()", "['a,b,,c']" },
    { "a,b,,c", "strip", "()", "'a,b,,c'" },
    { "a,b,,c", "lstrip", "()", "'a,b,,c'" },
    { "a,b,,c", "rstrip", "()", "'a,b,,c'" },
    { "a,b,,c", "expandtabs", "()", "'a,b,,c'" },
    { "a,b,,c", "encode", "()", "b'a,b,,c'" },
    { "a,b,,c", "center", "(i10;s1:*)", "'**a,b,,c**'" },
    { "a,b,,c", "ljust", "(i10;s1:*)", "'a,b,,c****'" },
    { "a,b,,c", "rjust", "(i10;s1:*)", "'****a,b,,c'" },
    { "a,b,,c", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251a,b,,c\303\251\303\251'" },
    { "a,b,,c", "ljust", "(i11;s2:\303\251)", "'a,b,,c\303\251\303\251\303\251\303\251\303\251'" },
    { "a,b,,c", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251a,b,,c'" },
    { "a,b,,c", "zfill", "(i6;)", "'a,b,,c'" },
    { "a,b,,c", "zfill", "(i0;)", "'a,b,,c'" },
    { "a,b,,c", "startswith", "((s1:xs1:as1:H))", "True" },
    { "a,b,,c", "endswith", "((s1:ds1:c))", "True" },
    { "a,b,,c", "split", "(ni1;)", "['a,b,,c']" },
    { "a,b,,c", "rsplit", "(ni1;)", "['a,b,,c']" },
    { "a,b,,c", "split", "(s1:,i2;)", "['a', 'b', ',c']" },
    { "a,b,,c", "rsplit", "(s1:,i2;)", "['a,b', '', 'c']" },
    { "a,b,,c", "splitlines", "(T)", "['a,b,,c']" },
    { "a,b,,c", "strip", "(s1:a)", "',b,,c'" },
    { "a,b,,c", "strip", "(s2:ld)", "'a,b,,c'" },
    { "a,b,,c", "lstrip", "(s2: h)", "'a,b,,c'" },
    { "a,b,,c", "rstrip", "(s3:dlr)", "'a,b,,c'" },
    { "a,b,,c", "expandtabs", "(i4;)", "'a,b,,c'" },
    { "a,b,,c", "expandtabs", "(i0;)", "'a,b,,c'" },
    { "a,b,,c", "encode", "(s5:ascii)", "b'a,b,,c'" },
    { "a,b,,c", "encode", "(s5:asciis7:replace)", "b'a,b,,c'" },
    { "a,b,,c", "encode", "(s7:latin-1s6:ignore)", "b'a,b,,c'" },
    { "a,b,,c", "encode", "(s5:asciis16:backslashreplace)", "b'a,b,,c'" },
    { "a,b,,c", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'a,b,,c'" },
    { "a,b,,c", "join", "([s1:xs1:ys1:z])", "'xa,b,,cya,b,,cz'" },
    { "a,b,,c", "join", "([])", "''" },
    { "a,b,,c", "join", "([s4:solo])", "'solo'" },
    { "a,b,,c", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'A,,,c'" },
    { "h\303\251llo w\303\266rld", "capitalize", "()", "'H\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "casefold", "()", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "lower", "()", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "upper", "()", "'H\303\211LLO W\303\226RLD'" },
    { "h\303\251llo w\303\266rld", "swapcase", "()", "'H\303\211LLO W\303\226RLD'" },
    { "h\303\251llo w\303\266rld", "title", "()", "'H\303\251llo W\303\266rld'" },
    { "h\303\251llo w\303\266rld", "isalnum", "()", "False" },
    { "h\303\251llo w\303\266rld", "isalpha", "()", "False" },
    { "h\303\251llo w\303\266rld", "isascii", "()", "False" },
    { "h\303\251llo w\303\266rld", "isdecimal", "()", "False" },
    { "h\303\251llo w\303\266rld", "isdigit", "()", "False" },
    { "h\303\251llo w\303\266rld", "isidentifier", "()", "False" },
    { "h\303\251llo w\303\266rld", "islower", "()", "True" },
    { "h\303\251llo w\303\266rld", "isnumeric", "()", "False" },
    { "h\303\251llo w\303\266rld", "isprintable", "()", "True" },
    { "h\303\251llo w\303\266rld", "isspace", "()", "False" },
    { "h\303\251llo w\303\266rld", "istitle", "()", "False" },
    { "h\303\251llo w\303\266rld", "isupper", "()", "False" },
    { "h\303\251llo w\303\266rld", "split", "()", "['h\303\251llo', 'w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "rsplit", "()", "['h\303\251llo', 'w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "splitlines", "()", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "strip", "()", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "lstrip", "()", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "rstrip", "()", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "expandtabs", "()", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "encode", "()", "b'h\\xc3\\xa9llo w\\xc3\\xb6rld'" },
    { "h\303\251llo w\303\266rld", "center", "(i10;s1:*)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "ljust", "(i10;s1:*)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "rjust", "(i10;s1:*)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "center", "(i11;s2:\303\251)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "ljust", "(i11;s2:\303\251)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "rjust", "(i11;s2:\303\251)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "zfill", "(i6;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "zfill", "(i0;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "startswith", "((s1:xs1:as1:H))", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "((s1:ds1:c))", "True" },
    { "h\303\251llo w\303\266rld", "split", "(ni1;)", "['h\303\251llo', 'w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "rsplit", "(ni1;)", "['h\303\251llo', 'w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "split", "(s1:,i2;)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "rsplit", "(s1:,i2;)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "splitlines", "(T)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "strip", "(s1:a)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "strip", "(s2:ld)", "'h\303\251llo w\303\266r'" },
    { "h\303\251llo w\303\266rld", "lstrip", "(s2: h)", "'\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "rstrip", "(s3:dlr)", "'h\303\251llo w\303\266'" },
    { "h\303\251llo w\303\266rld", "expandtabs", "(i4;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "expandtabs", "(i0;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)" },
    { "h\303\251llo w\303\266rld", "encode", "(s5:asciis7:replace)", "b'h\077llo w\077rld'" },
    { "h\303\251llo w\303\266rld", "encode", "(s7:latin-1s6:ignore)", "b'h\\xe9llo w\\xf6rld'" },
    { "h\303\251llo w\303\266rld", "encode", "(s5:asciis16:backslashreplace)", "b'h\\\\xe9llo w\\\\xf6rld'" },
    { "h\303\251llo w\303\266rld", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'h\\xe9llo w\\xf6rld'" },
    { "h\303\251llo w\303\266rld", "join", "([s1:xs1:ys1:z])", "'xh\303\251llo w\303\266rldyh\303\251llo w\303\266rldz'" },
    { "h\303\251llo w\303\266rld", "join", "([])", "''" },
    { "h\303\251llo w\303\266rld", "join", "([s4:solo])", "'solo'" },
    { "h\303\251llo w\303\266rld", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'h\303\251llo w\303\266rld'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "capitalize", "()", "'\316\221\317\202 \317\203\316\261\317\202'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "casefold", "()", "'\316\261\317\203 \317\203\316\261\317\203'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "lower", "()", "'\316\261\317\202 \317\203\316\261\317\202'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "upper", "()", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "swapcase", "()", "'\316\261\317\202 \317\203\316\261\317\202'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "title", "()", "'\316\221\317\202 \316\243\316\261\317\202'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isalnum", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isalpha", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isascii", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isdecimal", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isdigit", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isidentifier", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "islower", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isnumeric", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isprintable", "()", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isspace", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "istitle", "()", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "isupper", "()", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "()", "['\316\221\316\243', '\316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "()", "['\316\221\316\243', '\316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "splitlines", "()", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "strip", "()", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "lstrip", "()", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rstrip", "()", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "expandtabs", "()", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "encode", "()", "b'\\xce\\x91\\xce\\xa3 \\xce\\xa3\\xce\\x91\\xce\\xa3'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "center", "(i10;s1:*)", "'**\316\221\316\243 \316\243\316\221\316\243**'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "ljust", "(i10;s1:*)", "'\316\221\316\243 \316\243\316\221\316\243****'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rjust", "(i10;s1:*)", "'****\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\316\221\316\243 \316\243\316\221\316\243\303\251\303\251'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "ljust", "(i11;s2:\303\251)", "'\316\221\316\243 \316\243\316\221\316\243\303\251\303\251\303\251\303\251\303\251'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "zfill", "(i6;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "zfill", "(i0;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "((s1:xs1:as1:H))", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "((s1:ds1:c))", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(ni1;)", "['\316\221\316\243', '\316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(ni1;)", "['\316\221\316\243', '\316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(s1:,i2;)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(s1:,i2;)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "splitlines", "(T)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "strip", "(s1:a)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "strip", "(s2:ld)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "lstrip", "(s2: h)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rstrip", "(s3:dlr)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "expandtabs", "(i4;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "expandtabs", "(i0;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)" },
    { "\316\221\316\243 \316\243\316\221\316\243", "encode", "(s5:asciis7:replace)", "b'\077\077 \077\077\077'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "encode", "(s7:latin-1s6:ignore)", "b' '" },
    { "\316\221\316\243 \316\243\316\221\316\243", "encode", "(s5:asciis16:backslashreplace)", "b'\\\\u0391\\\\u03a3 \\\\u03a3\\\\u0391\\\\u03a3'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'&#913;&#931; &#931;&#913;&#931;'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "join", "([s1:xs1:ys1:z])", "'x\316\221\316\243 \316\243\316\221\316\243y\316\221\316\243 \316\243\316\221\316\243z'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "join", "([])", "''" },
    { "\316\221\316\243 \316\243\316\221\316\243", "join", "([s4:solo])", "'solo'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'\316\221S S\316\221S'" },
    { "stra\303\237e \357\254\201ne \307\206", "capitalize", "()", "'Stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "casefold", "()", "'strasse fine \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "lower", "()", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "upper", "()", "'STRASSE FINE \307\204'" },
    { "stra\303\237e \357\254\201ne \307\206", "swapcase", "()", "'STRASSE FINE \307\204'" },
    { "stra\303\237e \357\254\201ne \307\206", "title", "()", "'Stra\303\237e Fine \307\205'" },
    { "stra\303\237e \357\254\201ne \307\206", "isalnum", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isalpha", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isascii", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isdecimal", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isdigit", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isidentifier", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "islower", "()", "True" },
    { "stra\303\237e \357\254\201ne \307\206", "isnumeric", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isprintable", "()", "True" },
    { "stra\303\237e \357\254\201ne \307\206", "isspace", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "istitle", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "isupper", "()", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "split", "()", "['stra\303\237e', '\357\254\201ne', '\307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "rsplit", "()", "['stra\303\237e', '\357\254\201ne', '\307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "splitlines", "()", "['stra\303\237e \357\254\201ne \307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "strip", "()", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "lstrip", "()", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "rstrip", "()", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "expandtabs", "()", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "encode", "()", "b'stra\\xc3\\x9fe \\xef\\xac\\x81ne \\xc7\\x86'" },
    { "stra\303\237e \357\254\201ne \307\206", "center", "(i10;s1:*)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "ljust", "(i10;s1:*)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "rjust", "(i10;s1:*)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "center", "(i11;s2:\303\251)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "ljust", "(i11;s2:\303\251)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "rjust", "(i11;s2:\303\251)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "zfill", "(i6;)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "zfill", "(i0;)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "startswith", "((s1:xs1:as1:H))", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "endswith", "((s1:ds1:c))", "False" },
    { "stra\303\237e \357\254\201ne \307\206", "split", "(ni1;)", "['stra\303\237e', '\357\254\201ne \307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "rsplit", "(ni1;)", "['stra\303\237e \357\254\201ne', '\307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "split", "(s1:,i2;)", "['stra\303\237e \357\254\201ne \307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "rsplit", "(s1:,i2;)", "['stra\303\237e \357\254\201ne \307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "splitlines", "(T)", "['stra\303\237e \357\254\201ne \307\206']" },
    { "stra\303\237e \357\254\201ne \307\206", "strip", "(s1:a)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "strip", "(s2:ld)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "lstrip", "(s2: h)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "rstrip", "(s3:dlr)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "expandtabs", "(i4;)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "expandtabs", "(i0;)", "'stra\303\237e \357\254\201ne \307\206'" },
    { "stra\303\237e \357\254\201ne \307\206", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xdf' in position 4: ordinal not in range(128)" },
    { "stra\303\237e \357\254\201ne \307\206", "encode", "(s5:asciis7:replace)", "b'stra\077e \077ne \077'" },
    { "stra\303\237e \357\254\201ne \307\206", "encode", "(s7:latin-1s6:ignore)", "b'stra\\xdfe ne '" },
    { "stra\303\237e \357\254\201ne \307\206", "encode", "(s5:asciis16:backslashreplace)", "b'stra\\\\xdfe \\\\ufb01ne \\\\u01c6'" },
    { "stra\303\237e \357\254\201ne \307\206", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'stra\\xdfe &#64257;ne &#454;'" },
    { "stra\303\237e \357\254\201ne \307\206", "join", "([s1:xs1:ys1:z])", "'xstra\303\237e \357\254\201ne \307\206ystra\303\237e \357\254\201ne \307\206z'" },
    { "stra\303\237e \357\254\201ne \307\206", "join", "([])", "''" },
    { "stra\303\237e \357\254\201ne \307\206", "join", "([s4:solo])", "'solo'" },
    { "stra\303\237e \357\254\201ne \307\206", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'strA\303\237e \357\254\201ne \307\206'" },
    { "\304\260stanbul", "capitalize", "()", "'\304\260stanbul'" },
    { "\304\260stanbul", "casefold", "()", "'i\314\207stanbul'" },
    { "\304\260stanbul", "lower", "()", "'i\314\207stanbul'" },
    { "\304\260stanbul", "upper", "()", "'\304\260STANBUL'" },
    { "\304\260stanbul", "swapcase", "()", "'i\314\207STANBUL'" },
    { "\304\260stanbul", "title", "()", "'\304\260stanbul'" },
    { "\304\260stanbul", "isalnum", "()", "True" },
    { "\304\260stanbul", "isalpha", "()", "True" },
    { "\304\260stanbul", "isascii", "()", "False" },
    { "\304\260stanbul", "isdecimal", "()", "False" },
    { "\304\260stanbul", "isdigit", "()", "False" },
    { "\304\260stanbul", "isidentifier", "()", "True" },
    { "\304\260stanbul", "islower", "()", "False" },
    { "\304\260stanbul", "isnumeric", "()", "False" },
    { "\304\260stanbul", "isprintable", "()", "True" },
    { "\304\260stanbul", "isspace", "()", "False" },
    { "\304\260stanbul", "istitle", "()", "True" },
    { "\304\260stanbul", "isupper", "()", "False" },
    { "\304\260stanbul", "split", "()", "['\304\260stanbul']" },
    { "\304\260stanbul", "rsplit", "()", "['\304\260stanbul']" },
    { "\304\260stanbul", "splitlines", "()", "['\304\260stanbul']" },
    { "\304\260stanbul", "strip", "()", "'\304\260stanbul'" },
    { "\304\260stanbul", "lstrip", "()", "'\304\260stanbul'" },
    { "\304\260stanbul", "rstrip", "()", "'\304\260stanbul'" },
    { "\304\260stanbul", "expandtabs", "()", "'\304\260stanbul'" },
    { "\304\260stanbul", "encode", "()", "b'\\xc4\\xb0stanbul'" },
    { "\304\260stanbul", "center", "(i10;s1:*)", "'*\304\260stanbul*'" },
    { "\304\260stanbul", "ljust", "(i10;s1:*)", "'\304\260stanbul**'" },
    { "\304\260stanbul", "rjust", "(i10;s1:*)", "'**\304\260stanbul'" },
    { "\304\260stanbul", "center", "(i11;s2:\303\251)", "'\303\251\303\251\304\260stanbul\303\251'" },
    { "\304\260stanbul", "ljust", "(i11;s2:\303\251)", "'\304\260stanbul\303\251\303\251\303\251'" },
    { "\304\260stanbul", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\304\260stanbul'" },
    { "\304\260stanbul", "zfill", "(i6;)", "'\304\260stanbul'" },
    { "\304\260stanbul", "zfill", "(i0;)", "'\304\260stanbul'" },
    { "\304\260stanbul", "startswith", "((s1:xs1:as1:H))", "False" },
    { "\304\260stanbul", "endswith", "((s1:ds1:c))", "False" },
    { "\304\260stanbul", "split", "(ni1;)", "['\304\260stanbul']" },
    { "\304\260stanbul", "rsplit", "(ni1;)", "['\304\260stanbul']" },
    { "\304\260stanbul", "split", "(s1:,i2;)", "['\304\260stanbul']" },
    { "\304\260stanbul", "rsplit", "(s1:,i2;)", "['\304\260stanbul']" },
    { "\304\260stanbul", "splitlines", "(T)", "['\304\260stanbul']" },
    { "\304\260stanbul", "strip", "(s1:a)", "'\304\260stanbul'" },
    { "\304\260stanbul", "strip", "(s2:ld)", "'\304\260stanbu'" },
    { "\304\260stanbul", "lstrip", "(s2: h)", "'\304\260stanbul'" },
    { "\304\260stanbul", "rstrip", "(s3:dlr)", "'\304\260stanbu'" },
    { "\304\260stanbul", "expandtabs", "(i4;)", "'\304\260stanbul'" },
    { "\304\260stanbul", "expandtabs", "(i0;)", "'\304\260stanbul'" },
    { "\304\260stanbul", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\u0130' in position 0: ordinal not in range(128)" },
    { "\304\260stanbul", "encode", "(s5:asciis7:replace)", "b'\077stanbul'" },
    { "\304\260stanbul", "encode", "(s7:latin-1s6:ignore)", "b'stanbul'" },
    { "\304\260stanbul", "encode", "(s5:asciis16:backslashreplace)", "b'\\\\u0130stanbul'" },
    { "\304\260stanbul", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'&#304;stanbul'" },
    { "\304\260stanbul", "join", "([s1:xs1:ys1:z])", "'x\304\260stanbuly\304\260stanbulz'" },
    { "\304\260stanbul", "join", "([])", "''" },
    { "\304\260stanbul", "join", "([s4:solo])", "'solo'" },
    { "\304\260stanbul", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'\304\260stAnul'" },
    { "x\011y\011z", "capitalize", "()", "'X\\ty\\tz'" },
    { "x\011y\011z", "casefold", "()", "'x\\ty\\tz'" },
    { "x\011y\011z", "lower", "()", "'x\\ty\\tz'" },
    { "x\011y\011z", "upper", "()", "'X\\tY\\tZ'" },
    { "x\011y\011z", "swapcase", "()", "'X\\tY\\tZ'" },
    { "x\011y\011z", "title", "()", "'X\\tY\\tZ'" },
    { "x\011y\011z", "isalnum", "()", "False" },
    { "x\011y\011z", "isalpha", "()", "False" },
    { "x\011y\011z", "isascii", "()", "True" },
    { "x\011y\011z", "isdecimal", "()", "False" },
    { "x\011y\011z", "isdigit", "()", "False" },
    { "x\011y\011z", "isidentifier", "()", "False" },
    { "x\011y\011z", "islower", "()", "True" },
    { "x\011y\011z", "isnumeric", "()", "False" },
    { "x\011y\011z", "isprintable", "()", "False" },
    { "x\011y\011z", "isspace", "()", "False" },
    { "x\011y\011z", "istitle", "()", "False" },
    { "x\011y\011z", "isupper", "()", "False" },
    { "x\011y\011z", "split", "()", "['x', 'y', 'z']" },
    { "x\011y\011z", "rsplit", "()", "['x', 'y', 'z']" },
    { "x\011y\011z", "splitlines", "()", "['x\\ty\\tz']" },
    { "x\011y\011z", "strip", "()", "'x\\ty\\tz'" },
    { "x\011y\011z", "lstrip", "()", "'x\\ty\\tz'" },
    { "x\011y\011z", "rstrip", "()", "'x\\ty\\tz'" },
    { "x\011y\011z", "expandtabs", "()", "'x       y       z'" },
    { "x\011y\011z", "encode", "()", "b'x\\ty\\tz'" },
    { "x\011y\011z", "center", "(i10;s1:*)", "'**x\\ty\\tz***'" },
    { "x\011y\011z", "ljust", "(i10;s1:*)", "'x\\ty\\tz*****'" },
    { "x\011y\011z", "rjust", "(i10;s1:*)", "'*****x\\ty\\tz'" },
    { "x\011y\011z", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251x\\ty\\tz\303\251\303\251\303\251'" },
    { "x\011y\011z", "ljust", "(i11;s2:\303\251)", "'x\\ty\\tz\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "x\011y\011z", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251x\\ty\\tz'" },
    { "x\011y\011z", "zfill", "(i6;)", "'0x\\ty\\tz'" },
    { "x\011y\011z", "zfill", "(i0;)", "'x\\ty\\tz'" },
    { "x\011y\011z", "startswith", "((s1:xs1:as1:H))", "True" },
    { "x\011y\011z", "endswith", "((s1:ds1:c))", "False" },
    { "x\011y\011z", "split", "(ni1;)", "['x', 'y\\tz']" },
    { "x\011y\011z", "rsplit", "(ni1;)", "['x\\ty', 'z']" },
    { "x\011y\011z", "split", "(s1:,i2;)", "['x\\ty\\tz']" },
    { "x\011y\011z", "rsplit", "(s1:,i2;)", "['x\\ty\\tz']" },
    { "x\011y\011z", "splitlines", "(T)", "['x\\ty\\tz']" },
    { "x\011y\011z", "strip", "(s1:a)", "'x\\ty\\tz'" },
    { "x\011y\011z", "strip", "(s2:ld)", "'x\\ty\\tz'" },
    { "x\011y\011z", "lstrip", "(s2: h)", "'x\\ty\\tz'" },
    { "x\011y\011z", "rstrip", "(s3:dlr)", "'x\\ty\\tz'" },
    { "x\011y\011z", "expandtabs", "(i4;)", "'x   y   z'" },
    { "x\011y\011z", "expandtabs", "(i0;)", "'xyz'" },
    { "x\011y\011z", "encode", "(s5:ascii)", "b'x\\ty\\tz'" },
    { "x\011y\011z", "encode", "(s5:asciis7:replace)", "b'x\\ty\\tz'" },
    { "x\011y\011z", "encode", "(s7:latin-1s6:ignore)", "b'x\\ty\\tz'" },
    { "x\011y\011z", "encode", "(s5:asciis16:backslashreplace)", "b'x\\ty\\tz'" },
    { "x\011y\011z", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'x\\ty\\tz'" },
    { "x\011y\011z", "join", "([s1:xs1:ys1:z])", "'xx\\ty\\tzyx\\ty\\tzz'" },
    { "x\011y\011z", "join", "([])", "''" },
    { "x\011y\011z", "join", "([s4:solo])", "'solo'" },
    { "x\011y\011z", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'x\\ty\\tz'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "capitalize", "()", "'L1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "casefold", "()", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "lower", "()", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "upper", "()", "'L1\\nL2\\r\\nL3\\rL4\\x0bL5\\x1c\\x85\\u2028END'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "swapcase", "()", "'L1\\nL2\\r\\nL3\\rL4\\x0bL5\\x1c\\x85\\u2028END'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "title", "()", "'L1\\nL2\\r\\nL3\\rL4\\x0bL5\\x1c\\x85\\u2028End'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isalnum", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isalpha", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isascii", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isdecimal", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isdigit", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isidentifier", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "islower", "()", "True" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isnumeric", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isprintable", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isspace", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "istitle", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "isupper", "()", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "split", "()", "['l1', 'l2', 'l3', 'l4', 'l5', 'end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rsplit", "()", "['l1', 'l2', 'l3', 'l4', 'l5', 'end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "splitlines", "()", "['l1', 'l2', 'l3', 'l4', 'l5', '', '', 'end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "strip", "()", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "lstrip", "()", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rstrip", "()", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "expandtabs", "()", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "encode", "()", "b'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\xc2\\x85\\xe2\\x80\\xa8end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "center", "(i10;s1:*)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "ljust", "(i10;s1:*)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rjust", "(i10;s1:*)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "center", "(i11;s2:\303\251)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "ljust", "(i11;s2:\303\251)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rjust", "(i11;s2:\303\251)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "zfill", "(i6;)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "zfill", "(i0;)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "startswith", "((s1:xs1:as1:H))", "False" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "endswith", "((s1:ds1:c))", "True" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "split", "(ni1;)", "['l1', 'l2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rsplit", "(ni1;)", "['l1\\nl2\\r\\nl3\\rl4\\x0bl5', 'end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "split", "(s1:,i2;)", "['l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rsplit", "(s1:,i2;)", "['l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "splitlines", "(T)", "['l1\\n', 'l2\\r\\n', 'l3\\r', 'l4\\x0b', 'l5\\x1c', '\\x85', '\\u2028', 'end']" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "strip", "(s1:a)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "strip", "(s2:ld)", "'1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028en'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "lstrip", "(s2: h)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "rstrip", "(s3:dlr)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028en'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "expandtabs", "(i4;)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "expandtabs", "(i0;)", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 16-17: ordinal not in range(128)" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "encode", "(s5:asciis7:replace)", "b'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\077\077end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "encode", "(s7:latin-1s6:ignore)", "b'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "encode", "(s5:asciis16:backslashreplace)", "b'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\\\x85\\\\u2028end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85&#8232;end'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "join", "([s1:xs1:ys1:z])", "'xl1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028endyl1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028endz'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "join", "([])", "''" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "join", "([s4:solo])", "'solo'" },
    { "l1\012l2\015\012l3\015l4\013l5\034\302\205\342\200\250end", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'l1\\nl2\\r\\nl3\\rl4\\x0bl5\\x1c\\x85\\u2028end'" },
    { "\342\202\254uro \360\237\230\200 emoji", "capitalize", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "casefold", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "lower", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "upper", "()", "'\342\202\254URO \360\237\230\200 EMOJI'" },
    { "\342\202\254uro \360\237\230\200 emoji", "swapcase", "()", "'\342\202\254URO \360\237\230\200 EMOJI'" },
    { "\342\202\254uro \360\237\230\200 emoji", "title", "()", "'\342\202\254Uro \360\237\230\200 Emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "isalnum", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isalpha", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isascii", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isdecimal", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isdigit", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isidentifier", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "islower", "()", "True" },
    { "\342\202\254uro \360\237\230\200 emoji", "isnumeric", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isprintable", "()", "True" },
    { "\342\202\254uro \360\237\230\200 emoji", "isspace", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "istitle", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "isupper", "()", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "()", "['\342\202\254uro', '\360\237\230\200', 'emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "()", "['\342\202\254uro', '\360\237\230\200', 'emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "splitlines", "()", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "strip", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "lstrip", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "rstrip", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "expandtabs", "()", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "encode", "()", "b'\\xe2\\x82\\xacuro \\xf0\\x9f\\x98\\x80 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "center", "(i10;s1:*)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "ljust", "(i10;s1:*)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "rjust", "(i10;s1:*)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "center", "(i11;s2:\303\251)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "ljust", "(i11;s2:\303\251)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "rjust", "(i11;s2:\303\251)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "zfill", "(i6;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "zfill", "(i0;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "((s1:xs1:as1:H))", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "((s1:ds1:c))", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(ni1;)", "['\342\202\254uro', '\360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(ni1;)", "['\342\202\254uro \360\237\230\200', 'emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(s1:,i2;)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(s1:,i2;)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "splitlines", "(T)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "strip", "(s1:a)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "strip", "(s2:ld)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "lstrip", "(s2: h)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "rstrip", "(s3:dlr)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "expandtabs", "(i4;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "expandtabs", "(i0;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)" },
    { "\342\202\254uro \360\237\230\200 emoji", "encode", "(s5:asciis7:replace)", "b'\077uro \077 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "encode", "(s7:latin-1s6:ignore)", "b'uro  emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "encode", "(s5:asciis16:backslashreplace)", "b'\\\\u20acuro \\\\U0001f600 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'&#8364;uro &#128512; emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "join", "([s1:xs1:ys1:z])", "'x\342\202\254uro \360\237\230\200 emojiy\342\202\254uro \360\237\230\200 emojiz'" },
    { "\342\202\254uro \360\237\230\200 emoji", "join", "([])", "''" },
    { "\342\202\254uro \360\237\230\200 emoji", "join", "([s4:solo])", "'solo'" },
    { "\342\202\254uro \360\237\230\200 emoji", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "MiXeD cAsE 123", "capitalize", "()", "'Mixed case 123'" },
    { "MiXeD cAsE 123", "casefold", "()", "'mixed case 123'" },
    { "MiXeD cAsE 123", "lower", "()", "'mixed case 123'" },
    { "MiXeD cAsE 123", "upper", "()", "'MIXED CASE 123'" },
    { "MiXeD cAsE 123", "swapcase", "()", "'mIxEd CaSe 123'" },
    { "MiXeD cAsE 123", "title", "()", "'Mixed Case 123'" },
    { "MiXeD cAsE 123", "isalnum", "()", "False" },
    { "MiXeD cAsE 123", "isalpha", "()", "False" },
    { "MiXeD cAsE 123", "isascii", "()", "True" },
    { "MiXeD cAsE 123", "isdecimal", "()", "False" },
    { "MiXeD cAsE 123", "isdigit", "()", "False" },
    { "MiXeD cAsE 123", "isidentifier", "()", "False" },
    { "MiXeD cAsE 123", "islower", "()", "False" },
    { "MiXeD cAsE 123", "isnumeric", "()", "False" },
    { "MiXeD cAsE 123", "isprintable", "()", "True" },
    { "MiXeD cAsE 123", "isspace", "()", "False" },
    { "MiXeD cAsE 123", "istitle", "()", "False" },
    { "MiXeD cAsE 123", "isupper", "()", "False" },
    { "MiXeD cAsE 123", "split", "()", "['MiXeD', 'cAsE', '123']" },
    { "MiXeD cAsE 123", "rsplit", "()", "['MiXeD', 'cAsE', '123']" },
    { "MiXeD cAsE 123", "splitlines", "()", "['MiXeD cAsE 123']" },
    { "MiXeD cAsE 123", "strip", "()", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "lstrip", "()", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "rstrip", "()", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "expandtabs", "()", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "encode", "()", "b'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "center", "(i10;s1:*)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "ljust", "(i10;s1:*)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "rjust", "(i10;s1:*)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "center", "(i11;s2:\303\251)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "ljust", "(i11;s2:\303\251)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "rjust", "(i11;s2:\303\251)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "zfill", "(i6;)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "zfill", "(i0;)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "startswith", "((s1:xs1:as1:H))", "False" },
    { "MiXeD cAsE 123", "endswith", "((s1:ds1:c))", "False" },
    { "MiXeD cAsE 123", "split", "(ni1;)", "['MiXeD', 'cAsE 123']" },
    { "MiXeD cAsE 123", "rsplit", "(ni1;)", "['MiXeD cAsE', '123']" },
    { "MiXeD cAsE 123", "split", "(s1:,i2;)", "['MiXeD cAsE 123']" },
    { "MiXeD cAsE 123", "rsplit", "(s1:,i2;)", "['MiXeD cAsE 123']" },
    { "MiXeD cAsE 123", "splitlines", "(T)", "['MiXeD cAsE 123']" },
    { "MiXeD cAsE 123", "strip", "(s1:a)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "strip", "(s2:ld)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "lstrip", "(s2: h)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "rstrip", "(s3:dlr)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "expandtabs", "(i4;)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "expandtabs", "(i0;)", "'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "encode", "(s5:ascii)", "b'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "encode", "(s5:asciis7:replace)", "b'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "encode", "(s7:latin-1s6:ignore)", "b'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "encode", "(s5:asciis16:backslashreplace)", "b'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'MiXeD cAsE 123'" },
    { "MiXeD cAsE 123", "join", "([s1:xs1:ys1:z])", "'xMiXeD cAsE 123yMiXeD cAsE 123z'" },
    { "MiXeD cAsE 123", "join", "([])", "''" },
    { "MiXeD cAsE 123", "join", "([s4:solo])", "'solo'" },
    { "MiXeD cAsE 123", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'MiXeD cAsE 123'" },
    { "\331\240\331\241\302\262\342\205\225", "capitalize", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "casefold", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "lower", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "upper", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "swapcase", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "title", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "isalnum", "()", "True" },
    { "\331\240\331\241\302\262\342\205\225", "isalpha", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "isascii", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "isdecimal", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "isdigit", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "isidentifier", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "islower", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "isnumeric", "()", "True" },
    { "\331\240\331\241\302\262\342\205\225", "isprintable", "()", "True" },
    { "\331\240\331\241\302\262\342\205\225", "isspace", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "istitle", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "isupper", "()", "False" },
    { "\331\240\331\241\302\262\342\205\225", "split", "()", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "rsplit", "()", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "splitlines", "()", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "strip", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "lstrip", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "rstrip", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "expandtabs", "()", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "encode", "()", "b'\\xd9\\xa0\\xd9\\xa1\\xc2\\xb2\\xe2\\x85\\x95'" },
    { "\331\240\331\241\302\262\342\205\225", "center", "(i10;s1:*)", "'***\331\240\331\241\302\262\342\205\225***'" },
    { "\331\240\331\241\302\262\342\205\225", "ljust", "(i10;s1:*)", "'\331\240\331\241\302\262\342\205\225******'" },
    { "\331\240\331\241\302\262\342\205\225", "rjust", "(i10;s1:*)", "'******\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\331\240\331\241\302\262\342\205\225\303\251\303\251\303\251'" },
    { "\331\240\331\241\302\262\342\205\225", "ljust", "(i11;s2:\303\251)", "'\331\240\331\241\302\262\342\205\225\303\251\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "\331\240\331\241\302\262\342\205\225", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "zfill", "(i6;)", "'00\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "zfill", "(i0;)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "startswith", "((s1:xs1:as1:H))", "False" },
    { "\331\240\331\241\302\262\342\205\225", "endswith", "((s1:ds1:c))", "False" },
    { "\331\240\331\241\302\262\342\205\225", "split", "(ni1;)", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "rsplit", "(ni1;)", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "split", "(s1:,i2;)", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "rsplit", "(s1:,i2;)", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "splitlines", "(T)", "['\331\240\331\241\302\262\342\205\225']" },
    { "\331\240\331\241\302\262\342\205\225", "strip", "(s1:a)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "strip", "(s2:ld)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "lstrip", "(s2: h)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "rstrip", "(s3:dlr)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "expandtabs", "(i4;)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "expandtabs", "(i0;)", "'\331\240\331\241\302\262\342\205\225'" },
    { "\331\240\331\241\302\262\342\205\225", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-3: ordinal not in range(128)" },
    { "\331\240\331\241\302\262\342\205\225", "encode", "(s5:asciis7:replace)", "b'\077\077\077\077'" },
    { "\331\240\331\241\302\262\342\205\225", "encode", "(s7:latin-1s6:ignore)", "b'\\xb2'" },
    { "\331\240\331\241\302\262\342\205\225", "encode", "(s5:asciis16:backslashreplace)", "b'\\\\u0660\\\\u0661\\\\xb2\\\\u2155'" },
    { "\331\240\331\241\302\262\342\205\225", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'&#1632;&#1633;\\xb2&#8533;'" },
    { "\331\240\331\241\302\262\342\205\225", "join", "([s1:xs1:ys1:z])", "'x\331\240\331\241\302\262\342\205\225y\331\240\331\241\302\262\342\205\225z'" },
    { "\331\240\331\241\302\262\342\205\225", "join", "([])", "''" },
    { "\331\240\331\241\302\262\342\205\225", "join", "([s4:solo])", "'solo'" },
    { "\331\240\331\241\302\262\342\205\225", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'\331\240\331\241\302\262\342\205\225'" },
    { "can't stop", "capitalize", "()", "\"Can't stop\"" },
    { "can't stop", "casefold", "()", "\"can't stop\"" },
    { "can't stop", "lower", "()", "\"can't stop\"" },
    { "can't stop", "upper", "()", "\"CAN'T STOP\"" },
    { "can't stop", "swapcase", "()", "\"CAN'T STOP\"" },
    { "can't stop", "title", "()", "\"Can'T Stop\"" },
    { "can't stop", "isalnum", "()", "False" },
    { "can't stop", "isalpha", "()", "False" },
    { "can't stop", "isascii", "()", "True" },
    { "can't stop", "isdecimal", "()", "False" },
    { "can't stop", "isdigit", "()", "False" },
    { "can't stop", "isidentifier", "()", "False" },
    { "can't stop", "islower", "()", "True" },
    { "can't stop", "isnumeric", "()", "False" },
    { "can't stop", "isprintable", "()", "True" },
    { "can't stop", "isspace", "()", "False" },
    { "can't stop", "istitle", "()", "False" },
    { "can't stop", "isupper", "()", "False" },
    { "can't stop", "split", "()", "[\"can't\", 'stop']" },
    { "can't stop", "rsplit", "()", "[\"can't\", 'stop']" },
    { "can't stop", "splitlines", "()", "[\"can't stop\"]" },
    { "can't stop", "strip", "()", "\"can't stop\"" },
    { "can't stop", "lstrip", "()", "\"can't stop\"" },
    { "can't stop", "rstrip", "()", "\"can't stop\"" },
    { "can't stop", "expandtabs", "()", "\"can't stop\"" },
    { "can't stop", "encode", "()", "b\"can't stop\"" },
    { "can't stop", "center", "(i10;s1:*)", "\"can't stop\"" },
    { "can't stop", "ljust", "(i10;s1:*)", "\"can't stop\"" },
    { "can't stop", "rjust", "(i10;s1:*)", "\"can't stop\"" },
    { "can't stop", "center", "(i11;s2:\303\251)", "\"\303\251can't stop\"" },
    { "can't stop", "ljust", "(i11;s2:\303\251)", "\"can't stop\303\251\"" },
    { "can't stop", "rjust", "(i11;s2:\303\251)", "\"\303\251can't stop\"" },
    { "can't stop", "zfill", "(i6;)", "\"can't stop\"" },
    { "can't stop", "zfill", "(i0;)", "\"can't stop\"" },
    { "can't stop", "startswith", "((s1:xs1:as1:H))", "False" },
    { "can't stop", "endswith", "((s1:ds1:c))", "False" },
    { "can't stop", "split", "(ni1;)", "[\"can't\", 'stop']" },
    { "can't stop", "rsplit", "(ni1;)", "[\"can't\", 'stop']" },
    { "can't stop", "split", "(s1:,i2;)", "[\"can't stop\"]" },
    { "can't stop", "rsplit", "(s1:,i2;)", "[\"can't stop\"]" },
    { "can't stop", "splitlines", "(T)", "[\"can't stop\"]" },
    { "can't stop", "strip", "(s1:a)", "\"can't stop\"" },
    { "can't stop", "strip", "(s2:ld)", "\"can't stop\"" },
    { "can't stop", "lstrip", "(s2: h)", "\"can't stop\"" },
    { "can't stop", "rstrip", "(s3:dlr)", "\"can't stop\"" },
    { "can't stop", "expandtabs", "(i4;)", "\"can't stop\"" },
    { "can't stop", "expandtabs", "(i0;)", "\"can't stop\"" },
    { "can't stop", "encode", "(s5:ascii)", "b\"can't stop\"" },
    { "can't stop", "encode", "(s5:asciis7:replace)", "b\"can't stop\"" },
    { "can't stop", "encode", "(s7:latin-1s6:ignore)", "b\"can't stop\"" },
    { "can't stop", "encode", "(s5:asciis16:backslashreplace)", "b\"can't stop\"" },
    { "can't stop", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b\"can't stop\"" },
    { "can't stop", "join", "([s1:xs1:ys1:z])", "\"xcan't stopycan't stopz\"" },
    { "can't stop", "join", "([])", "''" },
    { "can't stop", "join", "([s4:solo])", "'solo'" },
    { "can't stop", "translate", "({i97;s1:Ai98;ni931;s1:S})", "\"cAn't stop\"" },
    { " \011\012\342\200\203x\343\200\200", "capitalize", "()", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "casefold", "()", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "lower", "()", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "upper", "()", "' \\t\\n\\u2003X\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "swapcase", "()", "' \\t\\n\\u2003X\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "title", "()", "' \\t\\n\\u2003X\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "isalnum", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isalpha", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isascii", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isdecimal", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isdigit", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isidentifier", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "islower", "()", "True" },
    { " \011\012\342\200\203x\343\200\200", "isnumeric", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isprintable", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isspace", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "istitle", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "isupper", "()", "False" },
    { " \011\012\342\200\203x\343\200\200", "split", "()", "['x']" },
    { " \011\012\342\200\203x\343\200\200", "rsplit", "()", "['x']" },
    { " \011\012\342\200\203x\343\200\200", "splitlines", "()", "[' \\t', '\\u2003x\\u3000']" },
    { " \011\012\342\200\203x\343\200\200", "strip", "()", "'x'" },
    { " \011\012\342\200\203x\343\200\200", "lstrip", "()", "'x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "rstrip", "()", "' \\t\\n\\u2003x'" },
    { " \011\012\342\200\203x\343\200\200", "expandtabs", "()", "'        \\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "encode", "()", "b' \\t\\n\\xe2\\x80\\x83x\\xe3\\x80\\x80'" },
    { " \011\012\342\200\203x\343\200\200", "center", "(i10;s1:*)", "'** \\t\\n\\u2003x\\u3000**'" },
    { " \011\012\342\200\203x\343\200\200", "ljust", "(i10;s1:*)", "' \\t\\n\\u2003x\\u3000****'" },
    { " \011\012\342\200\203x\343\200\200", "rjust", "(i10;s1:*)", "'**** \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251 \\t\\n\\u2003x\\u3000\303\251\303\251'" },
    { " \011\012\342\200\203x\343\200\200", "ljust", "(i11;s2:\303\251)", "' \\t\\n\\u2003x\\u3000\303\251\303\251\303\251\303\251\303\251'" },
    { " \011\012\342\200\203x\343\200\200", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251 \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "zfill", "(i6;)", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "zfill", "(i0;)", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "startswith", "((s1:xs1:as1:H))", "False" },
    { " \011\012\342\200\203x\343\200\200", "endswith", "((s1:ds1:c))", "False" },
    { " \011\012\342\200\203x\343\200\200", "split", "(ni1;)", "['x']" },
    { " \011\012\342\200\203x\343\200\200", "rsplit", "(ni1;)", "['x']" },
    { " \011\012\342\200\203x\343\200\200", "split", "(s1:,i2;)", "[' \\t\\n\\u2003x\\u3000']" },
    { " \011\012\342\200\203x\343\200\200", "rsplit", "(s1:,i2;)", "[' \\t\\n\\u2003x\\u3000']" },
    { " \011\012\342\200\203x\343\200\200", "splitlines", "(T)", "[' \\t\\n', '\\u2003x\\u3000']" },
    { " \011\012\342\200\203x\343\200\200", "strip", "(s1:a)", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "strip", "(s2:ld)", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "lstrip", "(s2: h)", "'\\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "rstrip", "(s3:dlr)", "' \\t\\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "expandtabs", "(i4;)", "'    \\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "expandtabs", "(i0;)", "' \\n\\u2003x\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\u2003' in position 3: ordinal not in range(128)" },
    { " \011\012\342\200\203x\343\200\200", "encode", "(s5:asciis7:replace)", "b' \\t\\n\077x\077'" },
    { " \011\012\342\200\203x\343\200\200", "encode", "(s7:latin-1s6:ignore)", "b' \\t\\nx'" },
    { " \011\012\342\200\203x\343\200\200", "encode", "(s5:asciis16:backslashreplace)", "b' \\t\\n\\\\u2003x\\\\u3000'" },
    { " \011\012\342\200\203x\343\200\200", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b' \\t\\n&#8195;x&#12288;'" },
    { " \011\012\342\200\203x\343\200\200", "join", "([s1:xs1:ys1:z])", "'x \\t\\n\\u2003x\\u3000y \\t\\n\\u2003x\\u3000z'" },
    { " \011\012\342\200\203x\343\200\200", "join", "([])", "''" },
    { " \011\012\342\200\203x\343\200\200", "join", "([s4:solo])", "'solo'" },
    { " \011\012\342\200\203x\343\200\200", "translate", "({i97;s1:Ai98;ni931;s1:S})", "' \\t\\n\\u2003x\\u3000'" },
    { "-42", "capitalize", "()", "'-42'" },
    { "-42", "casefold", "()", "'-42'" },
    { "-42", "lower", "()", "'-42'" },
    { "-42", "upper", "()", "'-42'" },
    { "-42", "swapcase", "()", "'-42'" },
    { "-42", "title", "()", "'-42'" },
    { "-42", "isalnum", "()", "False" },
    { "-42", "isalpha", "()", "False" },
    { "-42", "isascii", "()", "True" },
    { "-42", "isdecimal", "()", "False" },
    { "-42", "isdigit", "()", "False" },
    { "-42", "isidentifier", "()", "False" },
    { "-42", "islower", "()", "False" },
    { "-42", "isnumeric", "()", "False" },
    { "-42", "isprintable", "()", "True" },
    { "-42", "isspace", "()", "False" },
    { "-42", "istitle", "()", "False" },
    { "-42", "isupper", "()", "False" },
    { "-42", "split", "()", "['-42']" },
    { "-42", "rsplit", "()", "['-42']" },
    { "-42", "splitlines", "()", "['-42']" },
    { "-42", "strip", "()", "'-42'" },
    { "-42", "lstrip", "()", "'-42'" },
    { "-42", "rstrip", "()", "'-42'" },
    { "-42", "expandtabs", "()", "'-42'" },
    { "-42", "encode", "()", "b'-42'" },
    { "-42", "center", "(i10;s1:*)", "'***-42****'" },
    { "-42", "ljust", "(i10;s1:*)", "'-42*******'" },
    { "-42", "rjust", "(i10;s1:*)", "'*******-42'" },
    { "-42", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251-42\303\251\303\251\303\251\303\251'" },
    { "-42", "ljust", "(i11;s2:\303\251)", "'-42\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "-42", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251-42'" },
    { "-42", "zfill", "(i6;)", "'-00042'" },
    { "-42", "zfill", "(i0;)", "'-42'" },
    { "-42", "startswith", "((s1:xs1:as1:H))", "False" },
    { "-42", "endswith", "((s1:ds1:c))", "False" },
    { "-42", "split", "(ni1;)", "['-42']" },
    { "-42", "rsplit", "(ni1;)", "['-42']" },
    { "-42", "split", "(s1:,i2;)", "['-42']" },
    { "-42", "rsplit", "(s1:,i2;)", "['-42']" },
    { "-42", "splitlines", "(T)", "['-42']" },
    { "-42", "strip", "(s1:a)", "'-42'" },
    { "-42", "strip", "(s2:ld)", "'-42'" },
    { "-42", "lstrip", "(s2: h)", "'-42'" },
    { "-42", "rstrip", "(s3:dlr)", "'-42'" },
    { "-42", "expandtabs", "(i4;)", "'-42'" },
    { "-42", "expandtabs", "(i0;)", "'-42'" },
    { "-42", "encode", "(s5:ascii)", "b'-42'" },
    { "-42", "encode", "(s5:asciis7:replace)", "b'-42'" },
    { "-42", "encode", "(s7:latin-1s6:ignore)", "b'-42'" },
    { "-42", "encode", "(s5:asciis16:backslashreplace)", "b'-42'" },
    { "-42", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'-42'" },
    { "-42", "join", "([s1:xs1:ys1:z])", "'x-42y-42z'" },
    { "-42", "join", "([])", "''" },
    { "-42", "join", "([s4:solo])", "'solo'" },
    { "-42", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'-42'" },
    { "snake_case_id", "capitalize", "()", "'Snake_case_id'" },
    { "snake_case_id", "casefold", "()", "'snake_case_id'" },
    { "snake_case_id", "lower", "()", "'snake_case_id'" },
    { "snake_case_id", "upper", "()", "'SNAKE_CASE_ID'" },
    { "snake_case_id", "swapcase", "()", "'SNAKE_CASE_ID'" },
    { "snake_case_id", "title", "()", "'Snake_Case_Id'" },
    { "snake_case_id", "isalnum", "()", "False" },
    { "snake_case_id", "isalpha", "()", "False" },
    { "snake_case_id", "isascii", "()", "True" },
    { "snake_case_id", "isdecimal", "()", "False" },
    { "snake_case_id", "isdigit", "()", "False" },
    { "snake_case_id", "isidentifier", "()", "True" },
    { "snake_case_id", "islower", "()", "True" },
    { "snake_case_id", "isnumeric", "()", "False" },
    { "snake_case_id", "isprintable", "()", "True" },
    { "snake_case_id", "isspace", "()", "False" },
    { "snake_case_id", "istitle", "()", "False" },
    { "snake_case_id", "isupper", "()", "False" },
    { "snake_case_id", "split", "()", "['snake_case_id']" },
    { "snake_case_id", "rsplit", "()", "['snake_case_id']" },
    { "snake_case_id", "splitlines", "()", "['snake_case_id']" },
    { "snake_case_id", "strip", "()", "'snake_case_id'" },
    { "snake_case_id", "lstrip", "()", "'snake_case_id'" },
    { "snake_case_id", "rstrip", "()", "'snake_case_id'" },
    { "snake_case_id", "expandtabs", "()", "'snake_case_id'" },
    { "snake_case_id", "encode", "()", "b'snake_case_id'" },
    { "snake_case_id", "center", "(i10;s1:*)", "'snake_case_id'" },
    { "snake_case_id", "ljust", "(i10;s1:*)", "'snake_case_id'" },
    { "snake_case_id", "rjust", "(i10;s1:*)", "'snake_case_id'" },
    { "snake_case_id", "center", "(i11;s2:\303\251)", "'snake_case_id'" },
    { "snake_case_id", "ljust", "(i11;s2:\303\251)", "'snake_case_id'" },
    { "snake_case_id", "rjust", "(i11;s2:\303\251)", "'snake_case_id'" },
    { "snake_case_id", "zfill", "(i6;)", "'snake_case_id'" },
    { "snake_case_id", "zfill", "(i0;)", "'snake_case_id'" },
    { "snake_case_id", "startswith", "((s1:xs1:as1:H))", "False" },
    { "snake_case_id", "endswith", "((s1:ds1:c))", "True" },
    { "snake_case_id", "split", "(ni1;)", "['snake_case_id']" },
    { "snake_case_id", "rsplit", "(ni1;)", "['snake_case_id']" },
    { "snake_case_id", "split", "(s1:,i2;)", "['snake_case_id']" },
    { "snake_case_id", "rsplit", "(s1:,i2;)", "['snake_case_id']" },
    { "snake_case_id", "splitlines", "(T)", "['snake_case_id']" },
    { "snake_case_id", "strip", "(s1:a)", "'snake_case_id'" },
    { "snake_case_id", "strip", "(s2:ld)", "'snake_case_i'" },
    { "snake_case_id", "lstrip", "(s2: h)", "'snake_case_id'" },
    { "snake_case_id", "rstrip", "(s3:dlr)", "'snake_case_i'" },
    { "snake_case_id", "expandtabs", "(i4;)", "'snake_case_id'" },
    { "snake_case_id", "expandtabs", "(i0;)", "'snake_case_id'" },
    { "snake_case_id", "encode", "(s5:ascii)", "b'snake_case_id'" },
    { "snake_case_id", "encode", "(s5:asciis7:replace)", "b'snake_case_id'" },
    { "snake_case_id", "encode", "(s7:latin-1s6:ignore)", "b'snake_case_id'" },
    { "snake_case_id", "encode", "(s5:asciis16:backslashreplace)", "b'snake_case_id'" },
    { "snake_case_id", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'snake_case_id'" },
    { "snake_case_id", "join", "([s1:xs1:ys1:z])", "'xsnake_case_idysnake_case_idz'" },
    { "snake_case_id", "join", "([])", "''" },
    { "snake_case_id", "join", "([s4:solo])", "'solo'" },
    { "snake_case_id", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'snAke_cAse_id'" },
    { "a\314\200b", "capitalize", "()", "'A\314\200b'" },
    { "a\314\200b", "casefold", "()", "'a\314\200b'" },
    { "a\314\200b", "lower", "()", "'a\314\200b'" },
    { "a\314\200b", "upper", "()", "'A\314\200B'" },
    { "a\314\200b", "swapcase", "()", "'A\314\200B'" },
    { "a\314\200b", "title", "()", "'A\314\200B'" },
    { "a\314\200b", "isalnum", "()", "False" },
    { "a\314\200b", "isalpha", "()", "False" },
    { "a\314\200b", "isascii", "()", "False" },
    { "a\314\200b", "isdecimal", "()", "False" },
    { "a\314\200b", "isdigit", "()", "False" },
    { "a\314\200b", "isidentifier", "()", "True" },
    { "a\314\200b", "islower", "()", "True" },
    { "a\314\200b", "isnumeric", "()", "False" },
    { "a\314\200b", "isprintable", "()", "True" },
    { "a\314\200b", "isspace", "()", "False" },
    { "a\314\200b", "istitle", "()", "False" },
    { "a\314\200b", "isupper", "()", "False" },
    { "a\314\200b", "split", "()", "['a\314\200b']" },
    { "a\314\200b", "rsplit", "()", "['a\314\200b']" },
    { "a\314\200b", "splitlines", "()", "['a\314\200b']" },
    { "a\314\200b", "strip", "()", "'a\314\200b'" },
    { "a\314\200b", "lstrip", "()", "'a\314\200b'" },
    { "a\314\200b", "rstrip", "()", "'a\314\200b'" },
    { "a\314\200b", "expandtabs", "()", "'a\314\200b'" },
    { "a\314\200b", "encode", "()", "b'a\\xcc\\x80b'" },
    { "a\314\200b", "center", "(i10;s1:*)", "'***a\314\200b****'" },
    { "a\314\200b", "ljust", "(i10;s1:*)", "'a\314\200b*******'" },
    { "a\314\200b", "rjust", "(i10;s1:*)", "'*******a\314\200b'" },
    { "a\314\200b", "center", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251a\314\200b\303\251\303\251\303\251\303\251'" },
    { "a\314\200b", "ljust", "(i11;s2:\303\251)", "'a\314\200b\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251'" },
    { "a\314\200b", "rjust", "(i11;s2:\303\251)", "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251a\314\200b'" },
    { "a\314\200b", "zfill", "(i6;)", "'000a\314\200b'" },
    { "a\314\200b", "zfill", "(i0;)", "'a\314\200b'" },
    { "a\314\200b", "startswith", "((s1:xs1:as1:H))", "True" },
    { "a\314\200b", "endswith", "((s1:ds1:c))", "False" },
    { "a\314\200b", "split", "(ni1;)", "['a\314\200b']" },
    { "a\314\200b", "rsplit", "(ni1;)", "['a\314\200b']" },
    { "a\314\200b", "split", "(s1:,i2;)", "['a\314\200b']" },
    { "a\314\200b", "rsplit", "(s1:,i2;)", "['a\314\200b']" },
    { "a\314\200b", "splitlines", "(T)", "['a\314\200b']" },
    { "a\314\200b", "strip", "(s1:a)", "'\314\200b'" },
    { "a\314\200b", "strip", "(s2:ld)", "'a\314\200b'" },
    { "a\314\200b", "lstrip", "(s2: h)", "'a\314\200b'" },
    { "a\314\200b", "rstrip", "(s3:dlr)", "'a\314\200b'" },
    { "a\314\200b", "expandtabs", "(i4;)", "'a\314\200b'" },
    { "a\314\200b", "expandtabs", "(i0;)", "'a\314\200b'" },
    { "a\314\200b", "encode", "(s5:ascii)", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\u0300' in position 1: ordinal not in range(128)" },
    { "a\314\200b", "encode", "(s5:asciis7:replace)", "b'a\077b'" },
    { "a\314\200b", "encode", "(s7:latin-1s6:ignore)", "b'ab'" },
    { "a\314\200b", "encode", "(s5:asciis16:backslashreplace)", "b'a\\\\u0300b'" },
    { "a\314\200b", "encode", "(s7:latin-1s17:xmlcharrefreplace)", "b'a&#768;b'" },
    { "a\314\200b", "join", "([s1:xs1:ys1:z])", "'xa\314\200bya\314\200bz'" },
    { "a\314\200b", "join", "([])", "''" },
    { "a\314\200b", "join", "([s4:solo])", "'solo'" },
    { "a\314\200b", "translate", "({i97;s1:Ai98;ni931;s1:S})", "'A\314\200'" },
    { "h\303\251llo w\303\266rld", "center", "()", "!TypeError: center expected at least 1 argument, got 0" },
    { "h\303\251llo w\303\266rld", "center", "(i5;s2:ab)", "!TypeError: The fill character must be exactly one character long" },
    { "h\303\251llo w\303\266rld", "center", "(i5;i1;)", "!TypeError: The fill character must be a unicode character, not int" },
    { "h\303\251llo w\303\266rld", "count", "()", "!TypeError: count() takes at least 1 argument (0 given)" },
    { "h\303\251llo w\303\266rld", "count", "(i1;)", "!TypeError: must be str, not int" },
    { "h\303\251llo w\303\266rld", "find", "(s1:as1:x)", "!TypeError: slice indices must be integers or None or have an __index__ method" },
    { "h\303\251llo w\303\266rld", "split", "(s0:)", "!ValueError: empty separator" },
    { "h\303\251llo w\303\266rld", "split", "(i1;)", "!TypeError: must be str or None, not int" },
    { "h\303\251llo w\303\266rld", "join", "([i1;])", "!TypeError: sequence item 0: expected str instance, int found" },
    { "h\303\251llo w\303\266rld", "join", "([s1:ai2;])", "!TypeError: sequence item 1: expected str instance, int found" },
    { "h\303\251llo w\303\266rld", "join", "(i1;)", "!TypeError: can only join an iterable" },
    { "h\303\251llo w\303\266rld", "index", "(s2:zz)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "rindex", "(s2:zz)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "partition", "(s0:)", "!ValueError: empty separator" },
    { "h\303\251llo w\303\266rld", "partition", "(i1;)", "!TypeError: must be str, not int" },
    { "h\303\251llo w\303\266rld", "removeprefix", "(i1;)", "!TypeError: removeprefix() argument must be str, not int" },
    { "h\303\251llo w\303\266rld", "startswith", "(i1;)", "!TypeError: startswith first arg must be str or a tuple of str, not int" },
    { "h\303\251llo w\303\266rld", "startswith", "((s1:zi1;))", "!TypeError: tuple for startswith must only contain str, not int" },
    { "h\303\251llo w\303\266rld", "endswith", "([])", "!TypeError: endswith first arg must be str or a tuple of str, not list" },
    { "h\303\251llo \342\202\254", "encode", "(s3:foo)", "!LookupError: unknown encoding: foo" },
    { "h\303\251llo \342\202\254", "encode", "(s5:asciis3:foo)", "!LookupError: unknown error handler name 'foo'" },
    { "h\303\251llo w\303\266rld", "zfill", "(s1:x)", "!TypeError: 'str' object cannot be interpreted as an integer" },
    { "h\303\251llo w\303\266rld", "strip", "(i1;)", "!TypeError: strip arg must be None or str" },
    { "h\303\251llo w\303\266rld", "replace", "(s1:a)", "!TypeError: replace expected at least 2 arguments, got 1" },
    { "h\303\251llo w\303\266rld", "replace", "(i1;s1:b)", "!TypeError: replace() argument 1 must be str, not int" },
    { "h\303\251llo w\303\266rld", "expandtabs", "(s1:x)", "!TypeError: 'str' object cannot be interpreted as an integer" },
    { "h\303\251llo w\303\266rld", "splitlines", "(f1.5;)", "!TypeError: 'float' object cannot be interpreted as an integer" },
    { "h\303\251llo w\303\266rld", "translate", "({i97;f1.5;})", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "translate", "({i97;i-1;})", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "lower", "(i1;)", "!TypeError: str.lower() takes no arguments (1 given)" },
    { "h\303\251llo w\303\266rld", "join", "()", "!TypeError: str.join() takes exactly one argument (0 given)" },
    { "h\303\251llo w\303\266rld", "ljust", "(i1;i2;i3;)", "!TypeError: ljust expected at most 2 arguments, got 3" },
    { "h\303\251llo w\303\266rld", "count", "(s1:ai1;i2;i3;)", "!TypeError: count() takes at most 3 arguments (4 given)" },
    { "h\303\251llo w\303\266rld", "center", "(i1000000000000000000000000000000;)", "!OverflowError: Python int too large to convert to C ssize_t" },
    { "h\303\251llo w\303\266rld", "split", "(ni1000000000000000000000000000000;)", "!OverflowError: Python int too large to convert to C ssize_t" },
    { "aaa", "find", "(s1:l)", "-1" },
    { "aaa", "rfind", "(s1:l)", "-1" },
    { "aaa", "count", "(s1:l)", "0" },
    { "aaa", "find", "(s1:li2;i-1;)", "-1" },
    { "aaa", "rfind", "(s1:li2;i-1;)", "-1" },
    { "aaa", "count", "(s1:li2;i-1;)", "0" },
    { "aaa", "find", "(s1:li50;)", "-1" },
    { "aaa", "rfind", "(s1:li50;)", "-1" },
    { "aaa", "count", "(s1:li50;)", "0" },
    { "aaa", "index", "(s1:l)", "!ValueError: substring not found" },
    { "aaa", "rindex", "(s1:l)", "!ValueError: substring not found" },
    { "aaa", "startswith", "(s1:l)", "False" },
    { "aaa", "endswith", "(s1:l)", "False" },
    { "aaa", "startswith", "(s1:li1;)", "False" },
    { "aaa", "endswith", "(s1:li0;i-1;)", "False" },
    { "aaa", "partition", "(s1:l)", "('aaa', '', '')" },
    { "aaa", "rpartition", "(s1:l)", "('', '', 'aaa')" },
    { "aaa", "split", "(s1:l)", "['aaa']" },
    { "aaa", "rsplit", "(s1:li1;)", "['aaa']" },
    { "aaa", "replace", "(s1:ls2:<>)", "'aaa'" },
    { "aaa", "replace", "(s1:ls0:i1;)", "'aaa'" },
    { "aaa", "removeprefix", "(s1:l)", "'aaa'" },
    { "aaa", "removesuffix", "(s1:l)", "'aaa'" },
    { "aaa", "find", "(s0:)", "0" },
    { "aaa", "rfind", "(s0:)", "3" },
    { "aaa", "count", "(s0:)", "4" },
    { "aaa", "find", "(s0:i2;i-1;)", "2" },
    { "aaa", "rfind", "(s0:i2;i-1;)", "2" },
    { "aaa", "count", "(s0:i2;i-1;)", "1" },
    { "aaa", "find", "(s0:i50;)", "-1" },
    { "aaa", "rfind", "(s0:i50;)", "-1" },
    { "aaa", "count", "(s0:i50;)", "0" },
    { "aaa", "index", "(s0:)", "0" },
    { "aaa", "rindex", "(s0:)", "3" },
    { "aaa", "startswith", "(s0:)", "True" },
    { "aaa", "endswith", "(s0:)", "True" },
    { "aaa", "startswith", "(s0:i1;)", "True" },
    { "aaa", "endswith", "(s0:i0;i-1;)", "True" },
    { "aaa", "partition", "(s0:)", "!ValueError: empty separator" },
    { "aaa", "rpartition", "(s0:)", "!ValueError: empty separator" },
    { "aaa", "split", "(s0:)", "!ValueError: empty separator" },
    { "aaa", "rsplit", "(s0:i1;)", "!ValueError: empty separator" },
    { "aaa", "replace", "(s0:s2:<>)", "'<>a<>a<>a<>'" },
    { "aaa", "replace", "(s0:s0:i1;)", "'aaa'" },
    { "aaa", "removeprefix", "(s0:)", "'aaa'" },
    { "aaa", "removesuffix", "(s0:)", "'aaa'" },
    { "aaa", "find", "(s4:\316\243\316\221)", "-1" },
    { "aaa", "rfind", "(s4:\316\243\316\221)", "-1" },
    { "aaa", "count", "(s4:\316\243\316\221)", "0" },
    { "aaa", "find", "(s4:\316\243\316\221i2;i-1;)", "-1" },
    { "aaa", "rfind", "(s4:\316\243\316\221i2;i-1;)", "-1" },
    { "aaa", "count", "(s4:\316\243\316\221i2;i-1;)", "0" },
    { "aaa", "find", "(s4:\316\243\316\221i50;)", "-1" },
    { "aaa", "rfind", "(s4:\316\243\316\221i50;)", "-1" },
    { "aaa", "count", "(s4:\316\243\316\221i50;)", "0" },
    { "aaa", "index", "(s4:\316\243\316\221)", "!ValueError: substring not found" },
    { "aaa", "rindex", "(s4:\316\243\316\221)", "!ValueError: substring not found" },
    { "aaa", "startswith", "(s4:\316\243\316\221)", "False" },
    { "aaa", "endswith", "(s4:\316\243\316\221)", "False" },
    { "aaa", "startswith", "(s4:\316\243\316\221i1;)", "False" },
    { "aaa", "endswith", "(s4:\316\243\316\221i0;i-1;)", "False" },
    { "aaa", "partition", "(s4:\316\243\316\221)", "('aaa', '', '')" },
    { "aaa", "rpartition", "(s4:\316\243\316\221)", "('', '', 'aaa')" },
    { "aaa", "split", "(s4:\316\243\316\221)", "['aaa']" },
    { "aaa", "rsplit", "(s4:\316\243\316\221i1;)", "['aaa']" },
    { "aaa", "replace", "(s4:\316\243\316\221s2:<>)", "'aaa'" },
    { "aaa", "replace", "(s4:\316\243\316\221s0:i1;)", "'aaa'" },
    { "aaa", "removeprefix", "(s4:\316\243\316\221)", "'aaa'" },
    { "aaa", "removesuffix", "(s4:\316\243\316\221)", "'aaa'" },
    { "aaa", "find", "(s2:zz)", "-1" },
    { "aaa", "rfind", "(s2:zz)", "-1" },
    { "aaa", "count", "(s2:zz)", "0" },
    { "aaa", "find", "(s2:zzi2;i-1;)", "-1" },
    { "aaa", "rfind", "(s2:zzi2;i-1;)", "-1" },
    { "aaa", "count", "(s2:zzi2;i-1;)", "0" },
    { "aaa", "find", "(s2:zzi50;)", "-1" },
    { "aaa", "rfind", "(s2:zzi50;)", "-1" },
    { "aaa", "count", "(s2:zzi50;)", "0" },
    { "aaa", "index", "(s2:zz)", "!ValueError: substring not found" },
    { "aaa", "rindex", "(s2:zz)", "!ValueError: substring not found" },
    { "aaa", "startswith", "(s2:zz)", "False" },
    { "aaa", "endswith", "(s2:zz)", "False" },
    { "aaa", "startswith", "(s2:zzi1;)", "False" },
    { "aaa", "endswith", "(s2:zzi0;i-1;)", "False" },
    { "aaa", "partition", "(s2:zz)", "('aaa', '', '')" },
    { "aaa", "rpartition", "(s2:zz)", "('', '', 'aaa')" },
    { "aaa", "split", "(s2:zz)", "['aaa']" },
    { "aaa", "rsplit", "(s2:zzi1;)", "['aaa']" },
    { "aaa", "replace", "(s2:zzs2:<>)", "'aaa'" },
    { "aaa", "replace", "(s2:zzs0:i1;)", "'aaa'" },
    { "aaa", "removeprefix", "(s2:zz)", "'aaa'" },
    { "aaa", "removesuffix", "(s2:zz)", "'aaa'" },
    { "aaa", "find", "(s4:\360\237\230\200)", "-1" },
    { "aaa", "rfind", "(s4:\360\237\230\200)", "-1" },
    { "aaa", "count", "(s4:\360\237\230\200)", "0" },
    { "aaa", "find", "(s4:\360\237\230\200i2;i-1;)", "-1" },
    { "aaa", "rfind", "(s4:\360\237\230\200i2;i-1;)", "-1" },
    { "aaa", "count", "(s4:\360\237\230\200i2;i-1;)", "0" },
    { "aaa", "find", "(s4:\360\237\230\200i50;)", "-1" },
    { "aaa", "rfind", "(s4:\360\237\230\200i50;)", "-1" },
    { "aaa", "count", "(s4:\360\237\230\200i50;)", "0" },
    { "aaa", "index", "(s4:\360\237\230\200)", "!ValueError: substring not found" },
    { "aaa", "rindex", "(s4:\360\237\230\200)", "!ValueError: substring not found" },
    { "aaa", "startswith", "(s4:\360\237\230\200)", "False" },
    { "aaa", "endswith", "(s4:\360\237\230\200)", "False" },
    { "aaa", "startswith", "(s4:\360\237\230\200i1;)", "False" },
    { "aaa", "endswith", "(s4:\360\237\230\200i0;i-1;)", "False" },
    { "aaa", "partition", "(s4:\360\237\230\200)", "('aaa', '', '')" },
    { "aaa", "rpartition", "(s4:\360\237\230\200)", "('', '', 'aaa')" },
    { "aaa", "split", "(s4:\360\237\230\200)", "['aaa']" },
    { "aaa", "rsplit", "(s4:\360\237\230\200i1;)", "['aaa']" },
    { "aaa", "replace", "(s4:\360\237\230\200s2:<>)", "'aaa'" },
    { "aaa", "replace", "(s4:\360\237\230\200s0:i1;)", "'aaa'" },
    { "aaa", "removeprefix", "(s4:\360\237\230\200)", "'aaa'" },
    { "aaa", "removesuffix", "(s4:\360\237\230\200)", "'aaa'" },
    { "h\303\251llo w\303\266rld", "find", "(s1:l)", "2" },
    { "h\303\251llo w\303\266rld", "rfind", "(s1:l)", "9" },
    { "h\303\251llo w\303\266rld", "count", "(s1:l)", "3" },
    { "h\303\251llo w\303\266rld", "find", "(s1:li2;i-1;)", "2" },
    { "h\303\251llo w\303\266rld", "rfind", "(s1:li2;i-1;)", "9" },
    { "h\303\251llo w\303\266rld", "count", "(s1:li2;i-1;)", "3" },
    { "h\303\251llo w\303\266rld", "find", "(s1:li50;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s1:li50;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s1:li50;)", "0" },
    { "h\303\251llo w\303\266rld", "index", "(s1:l)", "2" },
    { "h\303\251llo w\303\266rld", "rindex", "(s1:l)", "9" },
    { "h\303\251llo w\303\266rld", "startswith", "(s1:l)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s1:l)", "False" },
    { "h\303\251llo w\303\266rld", "startswith", "(s1:li1;)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s1:li0;i-1;)", "True" },
    { "h\303\251llo w\303\266rld", "partition", "(s1:l)", "('h\303\251', 'l', 'lo w\303\266rld')" },
    { "h\303\251llo w\303\266rld", "rpartition", "(s1:l)", "('h\303\251llo w\303\266r', 'l', 'd')" },
    { "h\303\251llo w\303\266rld", "split", "(s1:l)", "['h\303\251', '', 'o w\303\266r', 'd']" },
    { "h\303\251llo w\303\266rld", "rsplit", "(s1:li1;)", "['h\303\251llo w\303\266r', 'd']" },
    { "h\303\251llo w\303\266rld", "replace", "(s1:ls2:<>)", "'h\303\251<><>o w\303\266r<>d'" },
    { "h\303\251llo w\303\266rld", "replace", "(s1:ls0:i1;)", "'h\303\251lo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removeprefix", "(s1:l)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removesuffix", "(s1:l)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "find", "(s0:)", "0" },
    { "h\303\251llo w\303\266rld", "rfind", "(s0:)", "11" },
    { "h\303\251llo w\303\266rld", "count", "(s0:)", "12" },
    { "h\303\251llo w\303\266rld", "find", "(s0:i2;i-1;)", "2" },
    { "h\303\251llo w\303\266rld", "rfind", "(s0:i2;i-1;)", "10" },
    { "h\303\251llo w\303\266rld", "count", "(s0:i2;i-1;)", "9" },
    { "h\303\251llo w\303\266rld", "find", "(s0:i50;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s0:i50;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s0:i50;)", "0" },
    { "h\303\251llo w\303\266rld", "index", "(s0:)", "0" },
    { "h\303\251llo w\303\266rld", "rindex", "(s0:)", "11" },
    { "h\303\251llo w\303\266rld", "startswith", "(s0:)", "True" },
    { "h\303\251llo w\303\266rld", "endswith", "(s0:)", "True" },
    { "h\303\251llo w\303\266rld", "startswith", "(s0:i1;)", "True" },
    { "h\303\251llo w\303\266rld", "endswith", "(s0:i0;i-1;)", "True" },
    { "h\303\251llo w\303\266rld", "partition", "(s0:)", "!ValueError: empty separator" },
    { "h\303\251llo w\303\266rld", "rpartition", "(s0:)", "!ValueError: empty separator" },
    { "h\303\251llo w\303\266rld", "split", "(s0:)", "!ValueError: empty separator" },
    { "h\303\251llo w\303\266rld", "rsplit", "(s0:i1;)", "!ValueError: empty separator" },
    { "h\303\251llo w\303\266rld", "replace", "(s0:s2:<>)", "'<>h<>\303\251<>l<>l<>o<> <>w<>\303\266<>r<>l<>d<>'" },
    { "h\303\251llo w\303\266rld", "replace", "(s0:s0:i1;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removeprefix", "(s0:)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removesuffix", "(s0:)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "find", "(s4:\316\243\316\221)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s4:\316\243\316\221)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s4:\316\243\316\221)", "0" },
    { "h\303\251llo w\303\266rld", "find", "(s4:\316\243\316\221i2;i-1;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s4:\316\243\316\221i2;i-1;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s4:\316\243\316\221i2;i-1;)", "0" },
    { "h\303\251llo w\303\266rld", "find", "(s4:\316\243\316\221i50;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s4:\316\243\316\221i50;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s4:\316\243\316\221i50;)", "0" },
    { "h\303\251llo w\303\266rld", "index", "(s4:\316\243\316\221)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "rindex", "(s4:\316\243\316\221)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "startswith", "(s4:\316\243\316\221)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s4:\316\243\316\221)", "False" },
    { "h\303\251llo w\303\266rld", "startswith", "(s4:\316\243\316\221i1;)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s4:\316\243\316\221i0;i-1;)", "False" },
    { "h\303\251llo w\303\266rld", "partition", "(s4:\316\243\316\221)", "('h\303\251llo w\303\266rld', '', '')" },
    { "h\303\251llo w\303\266rld", "rpartition", "(s4:\316\243\316\221)", "('', '', 'h\303\251llo w\303\266rld')" },
    { "h\303\251llo w\303\266rld", "split", "(s4:\316\243\316\221)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "rsplit", "(s4:\316\243\316\221i1;)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "replace", "(s4:\316\243\316\221s2:<>)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "replace", "(s4:\316\243\316\221s0:i1;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removeprefix", "(s4:\316\243\316\221)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removesuffix", "(s4:\316\243\316\221)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "find", "(s2:zz)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s2:zz)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s2:zz)", "0" },
    { "h\303\251llo w\303\266rld", "find", "(s2:zzi2;i-1;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s2:zzi2;i-1;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s2:zzi2;i-1;)", "0" },
    { "h\303\251llo w\303\266rld", "find", "(s2:zzi50;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s2:zzi50;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s2:zzi50;)", "0" },
    { "h\303\251llo w\303\266rld", "index", "(s2:zz)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "rindex", "(s2:zz)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "startswith", "(s2:zz)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s2:zz)", "False" },
    { "h\303\251llo w\303\266rld", "startswith", "(s2:zzi1;)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s2:zzi0;i-1;)", "False" },
    { "h\303\251llo w\303\266rld", "partition", "(s2:zz)", "('h\303\251llo w\303\266rld', '', '')" },
    { "h\303\251llo w\303\266rld", "rpartition", "(s2:zz)", "('', '', 'h\303\251llo w\303\266rld')" },
    { "h\303\251llo w\303\266rld", "split", "(s2:zz)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "rsplit", "(s2:zzi1;)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "replace", "(s2:zzs2:<>)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "replace", "(s2:zzs0:i1;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removeprefix", "(s2:zz)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removesuffix", "(s2:zz)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "find", "(s4:\360\237\230\200)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s4:\360\237\230\200)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s4:\360\237\230\200)", "0" },
    { "h\303\251llo w\303\266rld", "find", "(s4:\360\237\230\200i2;i-1;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s4:\360\237\230\200i2;i-1;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s4:\360\237\230\200i2;i-1;)", "0" },
    { "h\303\251llo w\303\266rld", "find", "(s4:\360\237\230\200i50;)", "-1" },
    { "h\303\251llo w\303\266rld", "rfind", "(s4:\360\237\230\200i50;)", "-1" },
    { "h\303\251llo w\303\266rld", "count", "(s4:\360\237\230\200i50;)", "0" },
    { "h\303\251llo w\303\266rld", "index", "(s4:\360\237\230\200)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "rindex", "(s4:\360\237\230\200)", "!ValueError: substring not found" },
    { "h\303\251llo w\303\266rld", "startswith", "(s4:\360\237\230\200)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s4:\360\237\230\200)", "False" },
    { "h\303\251llo w\303\266rld", "startswith", "(s4:\360\237\230\200i1;)", "False" },
    { "h\303\251llo w\303\266rld", "endswith", "(s4:\360\237\230\200i0;i-1;)", "False" },
    { "h\303\251llo w\303\266rld", "partition", "(s4:\360\237\230\200)", "('h\303\251llo w\303\266rld', '', '')" },
    { "h\303\251llo w\303\266rld", "rpartition", "(s4:\360\237\230\200)", "('', '', 'h\303\251llo w\303\266rld')" },
    { "h\303\251llo w\303\266rld", "split", "(s4:\360\237\230\200)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "rsplit", "(s4:\360\237\230\200i1;)", "['h\303\251llo w\303\266rld']" },
    { "h\303\251llo w\303\266rld", "replace", "(s4:\360\237\230\200s2:<>)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "replace", "(s4:\360\237\230\200s0:i1;)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removeprefix", "(s4:\360\237\230\200)", "'h\303\251llo w\303\266rld'" },
    { "h\303\251llo w\303\266rld", "removesuffix", "(s4:\360\237\230\200)", "'h\303\251llo w\303\266rld'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s1:l)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s1:l)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s1:l)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s1:li2;i-1;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s1:li2;i-1;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s1:li2;i-1;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s1:li50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s1:li50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s1:li50;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "index", "(s1:l)", "!ValueError: substring not found" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rindex", "(s1:l)", "!ValueError: substring not found" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s1:l)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s1:l)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s1:li1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s1:li0;i-1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "partition", "(s1:l)", "('\316\221\316\243 \316\243\316\221\316\243', '', '')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rpartition", "(s1:l)", "('', '', '\316\221\316\243 \316\243\316\221\316\243')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(s1:l)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(s1:li1;)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s1:ls2:<>)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s1:ls0:i1;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removeprefix", "(s1:l)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removesuffix", "(s1:l)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s0:)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s0:)", "6" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s0:)", "7" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s0:i2;i-1;)", "2" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s0:i2;i-1;)", "5" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s0:i2;i-1;)", "4" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s0:i50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s0:i50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s0:i50;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "index", "(s0:)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rindex", "(s0:)", "6" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s0:)", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s0:)", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s0:i1;)", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s0:i0;i-1;)", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "partition", "(s0:)", "!ValueError: empty separator" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rpartition", "(s0:)", "!ValueError: empty separator" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(s0:)", "!ValueError: empty separator" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(s0:i1;)", "!ValueError: empty separator" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s0:s2:<>)", "'<>\316\221<>\316\243<> <>\316\243<>\316\221<>\316\243<>'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s0:s0:i1;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removeprefix", "(s0:)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removesuffix", "(s0:)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s4:\316\243\316\221)", "3" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s4:\316\243\316\221)", "3" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s4:\316\243\316\221)", "1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s4:\316\243\316\221i2;i-1;)", "3" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s4:\316\243\316\221i2;i-1;)", "3" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s4:\316\243\316\221i2;i-1;)", "1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s4:\316\243\316\221i50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s4:\316\243\316\221i50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s4:\316\243\316\221i50;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "index", "(s4:\316\243\316\221)", "3" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rindex", "(s4:\316\243\316\221)", "3" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s4:\316\243\316\221)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s4:\316\243\316\221)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s4:\316\243\316\221i1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s4:\316\243\316\221i0;i-1;)", "True" },
    { "\316\221\316\243 \316\243\316\221\316\243", "partition", "(s4:\316\243\316\221)", "('\316\221\316\243 ', '\316\243\316\221', '\316\243')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rpartition", "(s4:\316\243\316\221)", "('\316\221\316\243 ', '\316\243\316\221', '\316\243')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(s4:\316\243\316\221)", "['\316\221\316\243 ', '\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(s4:\316\243\316\221i1;)", "['\316\221\316\243 ', '\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s4:\316\243\316\221s2:<>)", "'\316\221\316\243 <>\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s4:\316\243\316\221s0:i1;)", "'\316\221\316\243 \316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removeprefix", "(s4:\316\243\316\221)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removesuffix", "(s4:\316\243\316\221)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s2:zz)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s2:zz)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s2:zz)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s2:zzi2;i-1;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s2:zzi2;i-1;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s2:zzi2;i-1;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s2:zzi50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s2:zzi50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s2:zzi50;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "index", "(s2:zz)", "!ValueError: substring not found" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rindex", "(s2:zz)", "!ValueError: substring not found" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s2:zz)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s2:zz)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s2:zzi1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s2:zzi0;i-1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "partition", "(s2:zz)", "('\316\221\316\243 \316\243\316\221\316\243', '', '')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rpartition", "(s2:zz)", "('', '', '\316\221\316\243 \316\243\316\221\316\243')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(s2:zz)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(s2:zzi1;)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s2:zzs2:<>)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s2:zzs0:i1;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removeprefix", "(s2:zz)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removesuffix", "(s2:zz)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s4:\360\237\230\200)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s4:\360\237\230\200)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s4:\360\237\230\200)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s4:\360\237\230\200i2;i-1;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s4:\360\237\230\200i2;i-1;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s4:\360\237\230\200i2;i-1;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "find", "(s4:\360\237\230\200i50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rfind", "(s4:\360\237\230\200i50;)", "-1" },
    { "\316\221\316\243 \316\243\316\221\316\243", "count", "(s4:\360\237\230\200i50;)", "0" },
    { "\316\221\316\243 \316\243\316\221\316\243", "index", "(s4:\360\237\230\200)", "!ValueError: substring not found" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rindex", "(s4:\360\237\230\200)", "!ValueError: substring not found" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s4:\360\237\230\200)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s4:\360\237\230\200)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "startswith", "(s4:\360\237\230\200i1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "endswith", "(s4:\360\237\230\200i0;i-1;)", "False" },
    { "\316\221\316\243 \316\243\316\221\316\243", "partition", "(s4:\360\237\230\200)", "('\316\221\316\243 \316\243\316\221\316\243', '', '')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rpartition", "(s4:\360\237\230\200)", "('', '', '\316\221\316\243 \316\243\316\221\316\243')" },
    { "\316\221\316\243 \316\243\316\221\316\243", "split", "(s4:\360\237\230\200)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "rsplit", "(s4:\360\237\230\200i1;)", "['\316\221\316\243 \316\243\316\221\316\243']" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s4:\360\237\230\200s2:<>)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "replace", "(s4:\360\237\230\200s0:i1;)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removeprefix", "(s4:\360\237\230\200)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\316\221\316\243 \316\243\316\221\316\243", "removesuffix", "(s4:\360\237\230\200)", "'\316\221\316\243 \316\243\316\221\316\243'" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s1:l)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s1:l)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s1:l)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s1:li2;i-1;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s1:li2;i-1;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s1:li2;i-1;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s1:li50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s1:li50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s1:li50;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "index", "(s1:l)", "!ValueError: substring not found" },
    { "\342\202\254uro \360\237\230\200 emoji", "rindex", "(s1:l)", "!ValueError: substring not found" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s1:l)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s1:l)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s1:li1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s1:li0;i-1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "partition", "(s1:l)", "('\342\202\254uro \360\237\230\200 emoji', '', '')" },
    { "\342\202\254uro \360\237\230\200 emoji", "rpartition", "(s1:l)", "('', '', '\342\202\254uro \360\237\230\200 emoji')" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(s1:l)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(s1:li1;)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s1:ls2:<>)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s1:ls0:i1;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removeprefix", "(s1:l)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removesuffix", "(s1:l)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s0:)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s0:)", "12" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s0:)", "13" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s0:i2;i-1;)", "2" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s0:i2;i-1;)", "11" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s0:i2;i-1;)", "10" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s0:i50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s0:i50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s0:i50;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "index", "(s0:)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "rindex", "(s0:)", "12" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s0:)", "True" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s0:)", "True" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s0:i1;)", "True" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s0:i0;i-1;)", "True" },
    { "\342\202\254uro \360\237\230\200 emoji", "partition", "(s0:)", "!ValueError: empty separator" },
    { "\342\202\254uro \360\237\230\200 emoji", "rpartition", "(s0:)", "!ValueError: empty separator" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(s0:)", "!ValueError: empty separator" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(s0:i1;)", "!ValueError: empty separator" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s0:s2:<>)", "'<>\342\202\254<>u<>r<>o<> <>\360\237\230\200<> <>e<>m<>o<>j<>i<>'" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s0:s0:i1;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removeprefix", "(s0:)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removesuffix", "(s0:)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s4:\316\243\316\221)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s4:\316\243\316\221)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s4:\316\243\316\221)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s4:\316\243\316\221i2;i-1;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s4:\316\243\316\221i2;i-1;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s4:\316\243\316\221i2;i-1;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s4:\316\243\316\221i50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s4:\316\243\316\221i50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s4:\316\243\316\221i50;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "index", "(s4:\316\243\316\221)", "!ValueError: substring not found" },
    { "\342\202\254uro \360\237\230\200 emoji", "rindex", "(s4:\316\243\316\221)", "!ValueError: substring not found" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s4:\316\243\316\221)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s4:\316\243\316\221)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s4:\316\243\316\221i1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s4:\316\243\316\221i0;i-1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "partition", "(s4:\316\243\316\221)", "('\342\202\254uro \360\237\230\200 emoji', '', '')" },
    { "\342\202\254uro \360\237\230\200 emoji", "rpartition", "(s4:\316\243\316\221)", "('', '', '\342\202\254uro \360\237\230\200 emoji')" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(s4:\316\243\316\221)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(s4:\316\243\316\221i1;)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s4:\316\243\316\221s2:<>)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s4:\316\243\316\221s0:i1;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removeprefix", "(s4:\316\243\316\221)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removesuffix", "(s4:\316\243\316\221)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s2:zz)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s2:zz)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s2:zz)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s2:zzi2;i-1;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s2:zzi2;i-1;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s2:zzi2;i-1;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s2:zzi50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s2:zzi50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s2:zzi50;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "index", "(s2:zz)", "!ValueError: substring not found" },
    { "\342\202\254uro \360\237\230\200 emoji", "rindex", "(s2:zz)", "!ValueError: substring not found" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s2:zz)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s2:zz)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s2:zzi1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s2:zzi0;i-1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "partition", "(s2:zz)", "('\342\202\254uro \360\237\230\200 emoji', '', '')" },
    { "\342\202\254uro \360\237\230\200 emoji", "rpartition", "(s2:zz)", "('', '', '\342\202\254uro \360\237\230\200 emoji')" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(s2:zz)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(s2:zzi1;)", "['\342\202\254uro \360\237\230\200 emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s2:zzs2:<>)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s2:zzs0:i1;)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removeprefix", "(s2:zz)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removesuffix", "(s2:zz)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s4:\360\237\230\200)", "5" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s4:\360\237\230\200)", "5" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s4:\360\237\230\200)", "1" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s4:\360\237\230\200i2;i-1;)", "5" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s4:\360\237\230\200i2;i-1;)", "5" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s4:\360\237\230\200i2;i-1;)", "1" },
    { "\342\202\254uro \360\237\230\200 emoji", "find", "(s4:\360\237\230\200i50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "rfind", "(s4:\360\237\230\200i50;)", "-1" },
    { "\342\202\254uro \360\237\230\200 emoji", "count", "(s4:\360\237\230\200i50;)", "0" },
    { "\342\202\254uro \360\237\230\200 emoji", "index", "(s4:\360\237\230\200)", "5" },
    { "\342\202\254uro \360\237\230\200 emoji", "rindex", "(s4:\360\237\230\200)", "5" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s4:\360\237\230\200)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s4:\360\237\230\200)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "startswith", "(s4:\360\237\230\200i1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "endswith", "(s4:\360\237\230\200i0;i-1;)", "False" },
    { "\342\202\254uro \360\237\230\200 emoji", "partition", "(s4:\360\237\230\200)", "('\342\202\254uro ', '\360\237\230\200', ' emoji')" },
    { "\342\202\254uro \360\237\230\200 emoji", "rpartition", "(s4:\360\237\230\200)", "('\342\202\254uro ', '\360\237\230\200', ' emoji')" },
    { "\342\202\254uro \360\237\230\200 emoji", "split", "(s4:\360\237\230\200)", "['\342\202\254uro ', ' emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "rsplit", "(s4:\360\237\230\200i1;)", "['\342\202\254uro ', ' emoji']" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s4:\360\237\230\200s2:<>)", "'\342\202\254uro <> emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "replace", "(s4:\360\237\230\200s0:i1;)", "'\342\202\254uro  emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removeprefix", "(s4:\360\237\230\200)", "'\342\202\254uro \360\237\230\200 emoji'" },
    { "\342\202\254uro \360\237\230\200 emoji", "removesuffix", "(s4:\360\237\230\200)", "'\342\202\254uro \360\237\230\200 emoji'" },
};
/* generated by python3.11 (PYTHONHASHSEED=0) from /tmp/strgen/gen_misc.py */
static const HashCase str_hash_cases[] = {
    { "", 0, 0LL },
    { "a", 1, 4644417185603328019LL },
    { "abc", 3, -4594863902769663758LL },
    { "hello world", 11, -5642461784034726774LL },
    { "abcdefgh", 8, 4574395652268504554LL },
    { "abcdefghi", 9, -532774252720507163LL },
    { "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 100, 1359644457043326220LL },
    { "\303\251", 2, 6047309291227476195LL },
    { "\303\277", 2, 3476900567878811119LL },
    { "caf\303\251", 5, 137524001917817222LL },
    { "\342\202\254", 3, -5529981157763016009LL },
    { "a\342\202\254b", 5, -6176261434700135861LL },
    { "\360\237\230\200", 4, -3536540696076613844LL },
    { "a\360\237\230\200", 5, -6970120874385731343LL },
    { "\304\200", 2, 75343234424780393LL },
    { "\357\277\277", 3, 2147057924765956750LL },
    { "\360\220\200\200", 4, 8244560961346649228LL },
    { "\304\200\304\200\304\200\304\200\304\200\304\200\304\200\304\200\304\200", 18, -5115096517606208615LL },
    { "key_7", 5, 6430374930596295166LL },
    { "\000", 1, 7541581120933061747LL },
};
static const HashCase bytes_hash_cases[] = {
    { "", 0, 0LL },
    { "a", 1, 4644417185603328019LL },
    { "abc", 3, -4594863902769663758LL },
    { "hello world", 11, -5642461784034726774LL },
    { "abcdefgh", 8, 4574395652268504554LL },
    { "abcdefghi", 9, -532774252720507163LL },
    { "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 100, 1359644457043326220LL },
    { "\303\251", 2, -1266968099349302080LL },
    { "\377\000\001", 3, -8108522960132608219LL },
};
static const ReprCase repr_cases[] = {
    { "", "''", "''" },
    { "abc", "'abc'", "'abc'" },
    { "it's", "\"it's\"", "\"it's\"" },
    { "say \"hi\"", "'say \"hi\"'", "'say \"hi\"'" },
    { "both ' and \"", "'both \\' and \"'", "'both \\' and \"'" },
    { "back\\slash", "'back\\\\slash'", "'back\\\\slash'" },
    { "tab\011here\012nl\015cr", "'tab\\there\\nnl\\rcr'", "'tab\\there\\nnl\\rcr'" },
    { "\002\001\177\302\200\302\237\302\240", "'\\x02\\x01\\x7f\\x80\\x9f\\xa0'", "'\\x02\\x01\\x7f\\x80\\x9f\\xa0'" },
    { "\303\251\342\202\254\360\237\230\200", "'\303\251\342\202\254\360\237\230\200'", "'\\xe9\\u20ac\\U0001f600'" },
    { "\342\200\213\342\200\250\357\273\277", "'\\u200b\\u2028\\ufeff'", "'\\u200b\\u2028\\ufeff'" },
    { "\363\240\200\201\364\217\277\277", "'\\U000e0001\\U0010ffff'", "'\\U000e0001\\U0010ffff'" },
    { "\033[0m", "'\\x1b[0m'", "'\\x1b[0m'" },
};
/* code point, flags (alpha decimal digit numeric space upper lower title printable xidstart xidcontinue), decimal, upper, lower, title, fold */
static const UniCase uni_cases[] = {
    { 0x0, 0x0, -1, {1, {0x0}}, {1, {0x0}}, {1, {0x0}}, {1, {0x0}} },
    { 0x3, 0x0, -1, {1, {0x3}}, {1, {0x3}}, {1, {0x3}}, {1, {0x3}} },
    { 0x6, 0x0, -1, {1, {0x6}}, {1, {0x6}}, {1, {0x6}}, {1, {0x6}} },
    { 0x9, 0x10, -1, {1, {0x9}}, {1, {0x9}}, {1, {0x9}}, {1, {0x9}} },
    { 0xc, 0x10, -1, {1, {0xc}}, {1, {0xc}}, {1, {0xc}}, {1, {0xc}} },
    { 0xf, 0x0, -1, {1, {0xf}}, {1, {0xf}}, {1, {0xf}}, {1, {0xf}} },
    { 0x12, 0x0, -1, {1, {0x12}}, {1, {0x12}}, {1, {0x12}}, {1, {0x12}} },
    { 0x15, 0x0, -1, {1, {0x15}}, {1, {0x15}}, {1, {0x15}}, {1, {0x15}} },
    { 0x18, 0x0, -1, {1, {0x18}}, {1, {0x18}}, {1, {0x18}}, {1, {0x18}} },
    { 0x1b, 0x0, -1, {1, {0x1b}}, {1, {0x1b}}, {1, {0x1b}}, {1, {0x1b}} },
    { 0x1e, 0x10, -1, {1, {0x1e}}, {1, {0x1e}}, {1, {0x1e}}, {1, {0x1e}} },
    { 0x21, 0x100, -1, {1, {0x21}}, {1, {0x21}}, {1, {0x21}}, {1, {0x21}} },
    { 0x24, 0x100, -1, {1, {0x24}}, {1, {0x24}}, {1, {0x24}}, {1, {0x24}} },
    { 0x27, 0x100, -1, {1, {0x27}}, {1, {0x27}}, {1, {0x27}}, {1, {0x27}} },
    { 0x2a, 0x100, -1, {1, {0x2a}}, {1, {0x2a}}, {1, {0x2a}}, {1, {0x2a}} },
    { 0x2d, 0x100, -1, {1, {0x2d}}, {1, {0x2d}}, {1, {0x2d}}, {1, {0x2d}} },
    { 0x30, 0x50e, 0, {1, {0x30}}, {1, {0x30}}, {1, {0x30}}, {1, {0x30}} },
    { 0x33, 0x50e, 3, {1, {0x33}}, {1, {0x33}}, {1, {0x33}}, {1, {0x33}} },
    { 0x36, 0x50e, 6, {1, {0x36}}, {1, {0x36}}, {1, {0x36}}, {1, {0x36}} },
    { 0x39, 0x50e, 9, {1, {0x39}}, {1, {0x39}}, {1, {0x39}}, {1, {0x39}} },
    { 0x3c, 0x100, -1, {1, {0x3c}}, {1, {0x3c}}, {1, {0x3c}}, {1, {0x3c}} },
    { 0x3f, 0x100, -1, {1, {0x3f}}, {1, {0x3f}}, {1, {0x3f}}, {1, {0x3f}} },
    { 0x42, 0x721, -1, {1, {0x42}}, {1, {0x62}}, {1, {0x42}}, {1, {0x62}} },
    { 0x45, 0x721, -1, {1, {0x45}}, {1, {0x65}}, {1, {0x45}}, {1, {0x65}} },
    { 0x48, 0x721, -1, {1, {0x48}}, {1, {0x68}}, {1, {0x48}}, {1, {0x68}} },
    { 0x4b, 0x721, -1, {1, {0x4b}}, {1, {0x6b}}, {1, {0x4b}}, {1, {0x6b}} },
    { 0x4e, 0x721, -1, {1, {0x4e}}, {1, {0x6e}}, {1, {0x4e}}, {1, {0x6e}} },
    { 0x51, 0x721, -1, {1, {0x51}}, {1, {0x71}}, {1, {0x51}}, {1, {0x71}} },
    { 0x54, 0x721, -1, {1, {0x54}}, {1, {0x74}}, {1, {0x54}}, {1, {0x74}} },
    { 0x57, 0x721, -1, {1, {0x57}}, {1, {0x77}}, {1, {0x57}}, {1, {0x77}} },
    { 0x5a, 0x721, -1, {1, {0x5a}}, {1, {0x7a}}, {1, {0x5a}}, {1, {0x7a}} },
    { 0x5d, 0x100, -1, {1, {0x5d}}, {1, {0x5d}}, {1, {0x5d}}, {1, {0x5d}} },
    { 0x60, 0x100, -1, {1, {0x60}}, {1, {0x60}}, {1, {0x60}}, {1, {0x60}} },
    { 0x63, 0x741, -1, {1, {0x43}}, {1, {0x63}}, {1, {0x43}}, {1, {0x63}} },
    { 0x66, 0x741, -1, {1, {0x46}}, {1, {0x66}}, {1, {0x46}}, {1, {0x66}} },
    { 0x69, 0x741, -1, {1, {0x49}}, {1, {0x69}}, {1, {0x49}}, {1, {0x69}} },
    { 0x6c, 0x741, -1, {1, {0x4c}}, {1, {0x6c}}, {1, {0x4c}}, {1, {0x6c}} },
    { 0x6f, 0x741, -1, {1, {0x4f}}, {1, {0x6f}}, {1, {0x4f}}, {1, {0x6f}} },
    { 0x72, 0x741, -1, {1, {0x52}}, {1, {0x72}}, {1, {0x52}}, {1, {0x72}} },
    { 0x75, 0x741, -1, {1, {0x55}}, {1, {0x75}}, {1, {0x55}}, {1, {0x75}} },
    { 0x78, 0x741, -1, {1, {0x58}}, {1, {0x78}}, {1, {0x58}}, {1, {0x78}} },
    { 0x7b, 0x100, -1, {1, {0x7b}}, {1, {0x7b}}, {1, {0x7b}}, {1, {0x7b}} },
    { 0x7e, 0x100, -1, {1, {0x7e}}, {1, {0x7e}}, {1, {0x7e}}, {1, {0x7e}} },
    { 0x81, 0x0, -1, {1, {0x81}}, {1, {0x81}}, {1, {0x81}}, {1, {0x81}} },
    { 0x84, 0x0, -1, {1, {0x84}}, {1, {0x84}}, {1, {0x84}}, {1, {0x84}} },
    { 0x87, 0x0, -1, {1, {0x87}}, {1, {0x87}}, {1, {0x87}}, {1, {0x87}} },
    { 0x8a, 0x0, -1, {1, {0x8a}}, {1, {0x8a}}, {1, {0x8a}}, {1, {0x8a}} },
    { 0x8d, 0x0, -1, {1, {0x8d}}, {1, {0x8d}}, {1, {0x8d}}, {1, {0x8d}} },
    { 0x90, 0x0, -1, {1, {0x90}}, {1, {0x90}}, {1, {0x90}}, {1, {0x90}} },
    { 0x93, 0x0, -1, {1, {0x93}}, {1, {0x93}}, {1, {0x93}}, {1, {0x93}} },
    { 0x96, 0x0, -1, {1, {0x96}}, {1, {0x96}}, {1, {0x96}}, {1, {0x96}} },
    { 0x99, 0x0, -1, {1, {0x99}}, {1, {0x99}}, {1, {0x99}}, {1, {0x99}} },
    { 0x9c, 0x0, -1, {1, {0x9c}}, {1, {0x9c}}, {1, {0x9c}}, {1, {0x9c}} },
    { 0x9f, 0x0, -1, {1, {0x9f}}, {1, {0x9f}}, {1, {0x9f}}, {1, {0x9f}} },
    { 0xa2, 0x100, -1, {1, {0xa2}}, {1, {0xa2}}, {1, {0xa2}}, {1, {0xa2}} },
    { 0xa5, 0x100, -1, {1, {0xa5}}, {1, {0xa5}}, {1, {0xa5}}, {1, {0xa5}} },
    { 0xa8, 0x100, -1, {1, {0xa8}}, {1, {0xa8}}, {1, {0xa8}}, {1, {0xa8}} },
    { 0xab, 0x100, -1, {1, {0xab}}, {1, {0xab}}, {1, {0xab}}, {1, {0xab}} },
    { 0xae, 0x100, -1, {1, {0xae}}, {1, {0xae}}, {1, {0xae}}, {1, {0xae}} },
    { 0xb1, 0x100, -1, {1, {0xb1}}, {1, {0xb1}}, {1, {0xb1}}, {1, {0xb1}} },
    { 0xb4, 0x100, -1, {1, {0xb4}}, {1, {0xb4}}, {1, {0xb4}}, {1, {0xb4}} },
    { 0xb7, 0x500, -1, {1, {0xb7}}, {1, {0xb7}}, {1, {0xb7}}, {1, {0xb7}} },
    { 0xba, 0x741, -1, {1, {0xba}}, {1, {0xba}}, {1, {0xba}}, {1, {0xba}} },
    { 0xbd, 0x108, -1, {1, {0xbd}}, {1, {0xbd}}, {1, {0xbd}}, {1, {0xbd}} },
    { 0xc0, 0x721, -1, {1, {0xc0}}, {1, {0xe0}}, {1, {0xc0}}, {1, {0xe0}} },
    { 0xc3, 0x721, -1, {1, {0xc3}}, {1, {0xe3}}, {1, {0xc3}}, {1, {0xe3}} },
    { 0xc6, 0x721, -1, {1, {0xc6}}, {1, {0xe6}}, {1, {0xc6}}, {1, {0xe6}} },
    { 0xc9, 0x721, -1, {1, {0xc9}}, {1, {0xe9}}, {1, {0xc9}}, {1, {0xe9}} },
    { 0xcc, 0x721, -1, {1, {0xcc}}, {1, {0xec}}, {1, {0xcc}}, {1, {0xec}} },
    { 0xcf, 0x721, -1, {1, {0xcf}}, {1, {0xef}}, {1, {0xcf}}, {1, {0xef}} },
    { 0xd2, 0x721, -1, {1, {0xd2}}, {1, {0xf2}}, {1, {0xd2}}, {1, {0xf2}} },
    { 0xd5, 0x721, -1, {1, {0xd5}}, {1, {0xf5}}, {1, {0xd5}}, {1, {0xf5}} },
    { 0xd8, 0x721, -1, {1, {0xd8}}, {1, {0xf8}}, {1, {0xd8}}, {1, {0xf8}} },
    { 0xdb, 0x721, -1, {1, {0xdb}}, {1, {0xfb}}, {1, {0xdb}}, {1, {0xfb}} },
    { 0xde, 0x721, -1, {1, {0xde}}, {1, {0xfe}}, {1, {0xde}}, {1, {0xfe}} },
    { 0xe1, 0x741, -1, {1, {0xc1}}, {1, {0xe1}}, {1, {0xc1}}, {1, {0xe1}} },
    { 0xe4, 0x741, -1, {1, {0xc4}}, {1, {0xe4}}, {1, {0xc4}}, {1, {0xe4}} },
    { 0xe7, 0x741, -1, {1, {0xc7}}, {1, {0xe7}}, {1, {0xc7}}, {1, {0xe7}} },
    { 0xea, 0x741, -1, {1, {0xca}}, {1, {0xea}}, {1, {0xca}}, {1, {0xea}} },
    { 0xed, 0x741, -1, {1, {0xcd}}, {1, {0xed}}, {1, {0xcd}}, {1, {0xed}} },
    { 0xf0, 0x741, -1, {1, {0xd0}}, {1, {0xf0}}, {1, {0xd0}}, {1, {0xf0}} },
    { 0xf3, 0x741, -1, {1, {0xd3}}, {1, {0xf3}}, {1, {0xd3}}, {1, {0xf3}} },
    { 0xf6, 0x741, -1, {1, {0xd6}}, {1, {0xf6}}, {1, {0xd6}}, {1, {0xf6}} },
    { 0xf9, 0x741, -1, {1, {0xd9}}, {1, {0xf9}}, {1, {0xd9}}, {1, {0xf9}} },
    { 0xfc, 0x741, -1, {1, {0xdc}}, {1, {0xfc}}, {1, {0xdc}}, {1, {0xfc}} },
    { 0xff, 0x741, -1, {1, {0x178}}, {1, {0xff}}, {1, {0x178}}, {1, {0xff}} },
    { 0x100, 0x721, -1, {1, {0x100}}, {1, {0x101}}, {1, {0x100}}, {1, {0x101}} },
    { 0x105, 0x741, -1, {1, {0x104}}, {1, {0x105}}, {1, {0x104}}, {1, {0x105}} },
    { 0x10a, 0x721, -1, {1, {0x10a}}, {1, {0x10b}}, {1, {0x10a}}, {1, {0x10b}} },
    { 0x10f, 0x741, -1, {1, {0x10e}}, {1, {0x10f}}, {1, {0x10e}}, {1, {0x10f}} },
    { 0x114, 0x721, -1, {1, {0x114}}, {1, {0x115}}, {1, {0x114}}, {1, {0x115}} },
    { 0x119, 0x741, -1, {1, {0x118}}, {1, {0x119}}, {1, {0x118}}, {1, {0x119}} },
    { 0x11e, 0x721, -1, {1, {0x11e}}, {1, {0x11f}}, {1, {0x11e}}, {1, {0x11f}} },
    { 0x123, 0x741, -1, {1, {0x122}}, {1, {0x123}}, {1, {0x122}}, {1, {0x123}} },
    { 0x128, 0x721, -1, {1, {0x128}}, {1, {0x129}}, {1, {0x128}}, {1, {0x129}} },
    { 0x12d, 0x741, -1, {1, {0x12c}}, {1, {0x12d}}, {1, {0x12c}}, {1, {0x12d}} },
    { 0x130, 0x721, -1, {1, {0x130}}, {2, {0x69, 0x307}}, {1, {0x130}}, {2, {0x69, 0x307}} },
    { 0x131, 0x741, -1, {1, {0x49}}, {1, {0x131}}, {1, {0x49}}, {1, {0x131}} },
    { 0x132, 0x721, -1, {1, {0x132}}, {1, {0x133}}, {1, {0x132}}, {1, {0x133}} },
    { 0x137, 0x741, -1, {1, {0x136}}, {1, {0x137}}, {1, {0x136}}, {1, {0x137}} },
    { 0x13c, 0x741, -1, {1, {0x13b}}, {1, {0x13c}}, {1, {0x13b}}, {1, {0x13c}} },
    { 0x141, 0x721, -1, {1, {0x141}}, {1, {0x142}}, {1, {0x141}}, {1, {0x142}} },
    { 0x146, 0x741, -1, {1, {0x145}}, {1, {0x146}}, {1, {0x145}}, {1, {0x146}} },
    { 0x149, 0x741, -1, {2, {0x2bc, 0x4e}}, {1, {0x149}}, {2, {0x2bc, 0x4e}}, {2, {0x2bc, 0x6e}} },
    { 0x14b, 0x741, -1, {1, {0x14a}}, {1, {0x14b}}, {1, {0x14a}}, {1, {0x14b}} },
    { 0x150, 0x721, -1, {1, {0x150}}, {1, {0x151}}, {1, {0x150}}, {1, {0x151}} },
    { 0x155, 0x741, -1, {1, {0x154}}, {1, {0x155}}, {1, {0x154}}, {1, {0x155}} },
    { 0x15a, 0x721, -1, {1, {0x15a}}, {1, {0x15b}}, {1, {0x15a}}, {1, {0x15b}} },
    { 0x15f, 0x741, -1, {1, {0x15e}}, {1, {0x15f}}, {1, {0x15e}}, {1, {0x15f}} },
    { 0x164, 0x721, -1, {1, {0x164}}, {1, {0x165}}, {1, {0x164}}, {1, {0x165}} },
    { 0x169, 0x741, -1, {1, {0x168}}, {1, {0x169}}, {1, {0x168}}, {1, {0x169}} },
    { 0x16e, 0x721, -1, {1, {0x16e}}, {1, {0x16f}}, {1, {0x16e}}, {1, {0x16f}} },
    { 0x173, 0x741, -1, {1, {0x172}}, {1, {0x173}}, {1, {0x172}}, {1, {0x173}} },
    { 0x178, 0x721, -1, {1, {0x178}}, {1, {0xff}}, {1, {0x178}}, {1, {0xff}} },
    { 0x17d, 0x721, -1, {1, {0x17d}}, {1, {0x17e}}, {1, {0x17d}}, {1, {0x17e}} },
    { 0x1b1, 0x721, -1, {1, {0x1b1}}, {1, {0x28a}}, {1, {0x1b1}}, {1, {0x28a}} },
    { 0x1c4, 0x721, -1, {1, {0x1c4}}, {1, {0x1c6}}, {1, {0x1c5}}, {1, {0x1c6}} },
    { 0x1c5, 0x781, -1, {1, {0x1c4}}, {1, {0x1c6}}, {1, {0x1c5}}, {1, {0x1c6}} },
    { 0x1c6, 0x741, -1, {1, {0x1c4}}, {1, {0x1c6}}, {1, {0x1c5}}, {1, {0x1c6}} },
    { 0x1f1, 0x721, -1, {1, {0x1f1}}, {1, {0x1f3}}, {1, {0x1f2}}, {1, {0x1f3}} },
    { 0x1f2, 0x781, -1, {1, {0x1f1}}, {1, {0x1f3}}, {1, {0x1f2}}, {1, {0x1f3}} },
    { 0x1f3, 0x741, -1, {1, {0x1f1}}, {1, {0x1f3}}, {1, {0x1f2}}, {1, {0x1f3}} },
    { 0x345, 0x540, -1, {1, {0x399}}, {1, {0x345}}, {1, {0x399}}, {1, {0x3b9}} },
    { 0x37a, 0x141, -1, {1, {0x37a}}, {1, {0x37a}}, {1, {0x37a}}, {1, {0x37a}} },
    { 0x390, 0x741, -1, {3, {0x399, 0x308, 0x301}}, {1, {0x390}}, {3, {0x399, 0x308, 0x301}}, {3, {0x3b9, 0x308, 0x301}} },
    { 0x3a3, 0x721, -1, {1, {0x3a3}}, {1, {0x3c3}}, {1, {0x3a3}}, {1, {0x3c3}} },
    { 0x3c2, 0x741, -1, {1, {0x3a3}}, {1, {0x3c2}}, {1, {0x3a3}}, {1, {0x3c3}} },
    { 0x47c, 0x721, -1, {1, {0x47c}}, {1, {0x47d}}, {1, {0x47c}}, {1, {0x47d}} },
    { 0x638, 0x701, -1, {1, {0x638}}, {1, {0x638}}, {1, {0x638}}, {1, {0x638}} },
    { 0x1017, 0x701, -1, {1, {0x1017}}, {1, {0x1017}}, {1, {0x1017}}, {1, {0x1017}} },
    { 0x1e9e, 0x721, -1, {1, {0x1e9e}}, {1, {0xdf}}, {1, {0x1e9e}}, {2, {0x73, 0x73}} },
    { 0x2160, 0x728, -1, {1, {0x2160}}, {1, {0x2170}}, {1, {0x2160}}, {1, {0x2170}} },
    { 0x2170, 0x748, -1, {1, {0x2160}}, {1, {0x2170}}, {1, {0x2160}}, {1, {0x2170}} },
    { 0x24b6, 0x120, -1, {1, {0x24b6}}, {1, {0x24d0}}, {1, {0x24b6}}, {1, {0x24d0}} },
    { 0x296b, 0x100, -1, {1, {0x296b}}, {1, {0x296b}}, {1, {0x296b}}, {1, {0x296b}} },
    { 0x40f3, 0x701, -1, {1, {0x40f3}}, {1, {0x40f3}}, {1, {0x40f3}}, {1, {0x40f3}} },
    { 0x5860, 0x701, -1, {1, {0x5860}}, {1, {0x5860}}, {1, {0x5860}}, {1, {0x5860}} },
    { 0x8e2a, 0x701, -1, {1, {0x8e2a}}, {1, {0x8e2a}}, {1, {0x8e2a}}, {1, {0x8e2a}} },
    { 0x9e04, 0x701, -1, {1, {0x9e04}}, {1, {0x9e04}}, {1, {0x9e04}}, {1, {0x9e04}} },
    { 0xa4bc, 0x100, -1, {1, {0xa4bc}}, {1, {0xa4bc}}, {1, {0xa4bc}}, {1, {0xa4bc}} },
    { 0xabda, 0x701, -1, {1, {0xabda}}, {1, {0xabda}}, {1, {0xabda}}, {1, {0xabda}} },
    { 0xcfd0, 0x701, -1, {1, {0xcfd0}}, {1, {0xcfd0}}, {1, {0xcfd0}}, {1, {0xcfd0}} },
    { 0xd2b2, 0x701, -1, {1, {0xd2b2}}, {1, {0xd2b2}}, {1, {0xd2b2}}, {1, {0xd2b2}} },
    { 0xd800, 0x0, -1, {1, {0xd800}}, {1, {0xd800}}, {1, {0xd800}}, {1, {0xd800}} },
    { 0xe522, 0x0, -1, {1, {0xe522}}, {1, {0xe522}}, {1, {0xe522}}, {1, {0xe522}} },
    { 0xe6da, 0x0, -1, {1, {0xe6da}}, {1, {0xe6da}}, {1, {0xe6da}}, {1, {0xe6da}} },
    { 0xf12f, 0x0, -1, {1, {0xf12f}}, {1, {0xf12f}}, {1, {0xf12f}}, {1, {0xf12f}} },
    { 0xf992, 0x701, -1, {1, {0xf992}}, {1, {0xf992}}, {1, {0xf992}}, {1, {0xf992}} },
    { 0xfb00, 0x741, -1, {2, {0x46, 0x46}}, {1, {0xfb00}}, {2, {0x46, 0x66}}, {2, {0x66, 0x66}} },
    { 0xfb03, 0x741, -1, {3, {0x46, 0x46, 0x49}}, {1, {0xfb03}}, {3, {0x46, 0x66, 0x69}}, {3, {0x66, 0x66, 0x69}} },
    { 0x103ca, 0x701, -1, {1, {0x103ca}}, {1, {0x103ca}}, {1, {0x103ca}}, {1, {0x103ca}} },
    { 0x103fc, 0x0, -1, {1, {0x103fc}}, {1, {0x103fc}}, {1, {0x103fc}}, {1, {0x103fc}} },
    { 0x10400, 0x721, -1, {1, {0x10400}}, {1, {0x10428}}, {1, {0x10400}}, {1, {0x10428}} },
    { 0x11e68, 0x0, -1, {1, {0x11e68}}, {1, {0x11e68}}, {1, {0x11e68}}, {1, {0x11e68}} },
    { 0x1215d, 0x701, -1, {1, {0x1215d}}, {1, {0x1215d}}, {1, {0x1215d}}, {1, {0x1215d}} },
    { 0x16014, 0x0, -1, {1, {0x16014}}, {1, {0x16014}}, {1, {0x16014}}, {1, {0x16014}} },
    { 0x1710c, 0x701, -1, {1, {0x1710c}}, {1, {0x1710c}}, {1, {0x1710c}}, {1, {0x1710c}} },
    { 0x17cb3, 0x701, -1, {1, {0x17cb3}}, {1, {0x17cb3}}, {1, {0x17cb3}}, {1, {0x17cb3}} },
    { 0x1a197, 0x0, -1, {1, {0x1a197}}, {1, {0x1a197}}, {1, {0x1a197}}, {1, {0x1a197}} },
    { 0x1a718, 0x0, -1, {1, {0x1a718}}, {1, {0x1a718}}, {1, {0x1a718}}, {1, {0x1a718}} },
    { 0x1c075, 0x0, -1, {1, {0x1c075}}, {1, {0x1c075}}, {1, {0x1c075}}, {1, {0x1c075}} },
    { 0x1f600, 0x100, -1, {1, {0x1f600}}, {1, {0x1f600}}, {1, {0x1f600}}, {1, {0x1f600}} },
    { 0x1fca0, 0x0, -1, {1, {0x1fca0}}, {1, {0x1fca0}}, {1, {0x1fca0}}, {1, {0x1fca0}} },
    { 0x221d9, 0x701, -1, {1, {0x221d9}}, {1, {0x221d9}}, {1, {0x221d9}}, {1, {0x221d9}} },
    { 0x22f94, 0x701, -1, {1, {0x22f94}}, {1, {0x22f94}}, {1, {0x22f94}}, {1, {0x22f94}} },
    { 0x23376, 0x701, -1, {1, {0x23376}}, {1, {0x23376}}, {1, {0x23376}}, {1, {0x23376}} },
    { 0x23c14, 0x701, -1, {1, {0x23c14}}, {1, {0x23c14}}, {1, {0x23c14}}, {1, {0x23c14}} },
    { 0x23e6c, 0x701, -1, {1, {0x23e6c}}, {1, {0x23e6c}}, {1, {0x23e6c}}, {1, {0x23e6c}} },
    { 0x25473, 0x701, -1, {1, {0x25473}}, {1, {0x25473}}, {1, {0x25473}}, {1, {0x25473}} },
    { 0x267b0, 0x701, -1, {1, {0x267b0}}, {1, {0x267b0}}, {1, {0x267b0}}, {1, {0x267b0}} },
    { 0x275ee, 0x701, -1, {1, {0x275ee}}, {1, {0x275ee}}, {1, {0x275ee}}, {1, {0x275ee}} },
    { 0x29b33, 0x701, -1, {1, {0x29b33}}, {1, {0x29b33}}, {1, {0x29b33}}, {1, {0x29b33}} },
    { 0x2ab23, 0x701, -1, {1, {0x2ab23}}, {1, {0x2ab23}}, {1, {0x2ab23}}, {1, {0x2ab23}} },
    { 0x2def9, 0x701, -1, {1, {0x2def9}}, {1, {0x2def9}}, {1, {0x2def9}}, {1, {0x2def9}} },
    { 0x2dfa6, 0x701, -1, {1, {0x2dfa6}}, {1, {0x2dfa6}}, {1, {0x2dfa6}}, {1, {0x2dfa6}} },
    { 0x2e3c8, 0x701, -1, {1, {0x2e3c8}}, {1, {0x2e3c8}}, {1, {0x2e3c8}}, {1, {0x2e3c8}} },
    { 0x2e6a8, 0x701, -1, {1, {0x2e6a8}}, {1, {0x2e6a8}}, {1, {0x2e6a8}}, {1, {0x2e6a8}} },
    { 0x2fb38, 0x0, -1, {1, {0x2fb38}}, {1, {0x2fb38}}, {1, {0x2fb38}}, {1, {0x2fb38}} },
    { 0x306c7, 0x701, -1, {1, {0x306c7}}, {1, {0x306c7}}, {1, {0x306c7}}, {1, {0x306c7}} },
    { 0x3090e, 0x701, -1, {1, {0x3090e}}, {1, {0x3090e}}, {1, {0x3090e}}, {1, {0x3090e}} },
    { 0x30a8b, 0x701, -1, {1, {0x30a8b}}, {1, {0x30a8b}}, {1, {0x30a8b}}, {1, {0x30a8b}} },
    { 0x30eb0, 0x701, -1, {1, {0x30eb0}}, {1, {0x30eb0}}, {1, {0x30eb0}}, {1, {0x30eb0}} },
    { 0x31a18, 0x0, -1, {1, {0x31a18}}, {1, {0x31a18}}, {1, {0x31a18}}, {1, {0x31a18}} },
    { 0x322ed, 0x0, -1, {1, {0x322ed}}, {1, {0x322ed}}, {1, {0x322ed}}, {1, {0x322ed}} },
    { 0x34897, 0x0, -1, {1, {0x34897}}, {1, {0x34897}}, {1, {0x34897}}, {1, {0x34897}} },
    { 0x34f4a, 0x0, -1, {1, {0x34f4a}}, {1, {0x34f4a}}, {1, {0x34f4a}}, {1, {0x34f4a}} },
    { 0x368db, 0x0, -1, {1, {0x368db}}, {1, {0x368db}}, {1, {0x368db}}, {1, {0x368db}} },
    { 0x36ca3, 0x0, -1, {1, {0x36ca3}}, {1, {0x36ca3}}, {1, {0x36ca3}}, {1, {0x36ca3}} },
    { 0x3932a, 0x0, -1, {1, {0x3932a}}, {1, {0x3932a}}, {1, {0x3932a}}, {1, {0x3932a}} },
    { 0x393a2, 0x0, -1, {1, {0x393a2}}, {1, {0x393a2}}, {1, {0x393a2}}, {1, {0x393a2}} },
    { 0x3a5b9, 0x0, -1, {1, {0x3a5b9}}, {1, {0x3a5b9}}, {1, {0x3a5b9}}, {1, {0x3a5b9}} },
    { 0x3a65c, 0x0, -1, {1, {0x3a65c}}, {1, {0x3a65c}}, {1, {0x3a65c}}, {1, {0x3a65c}} },
    { 0x3b130, 0x0, -1, {1, {0x3b130}}, {1, {0x3b130}}, {1, {0x3b130}}, {1, {0x3b130}} },
    { 0x3ca72, 0x0, -1, {1, {0x3ca72}}, {1, {0x3ca72}}, {1, {0x3ca72}}, {1, {0x3ca72}} },
    { 0x3cb6d, 0x0, -1, {1, {0x3cb6d}}, {1, {0x3cb6d}}, {1, {0x3cb6d}}, {1, {0x3cb6d}} },
    { 0x3dc81, 0x0, -1, {1, {0x3dc81}}, {1, {0x3dc81}}, {1, {0x3dc81}}, {1, {0x3dc81}} },
    { 0x3e23e, 0x0, -1, {1, {0x3e23e}}, {1, {0x3e23e}}, {1, {0x3e23e}}, {1, {0x3e23e}} },
    { 0x3f154, 0x0, -1, {1, {0x3f154}}, {1, {0x3f154}}, {1, {0x3f154}}, {1, {0x3f154}} },
    { 0x3f498, 0x0, -1, {1, {0x3f498}}, {1, {0x3f498}}, {1, {0x3f498}}, {1, {0x3f498}} },
    { 0x4070d, 0x0, -1, {1, {0x4070d}}, {1, {0x4070d}}, {1, {0x4070d}}, {1, {0x4070d}} },
    { 0x42133, 0x0, -1, {1, {0x42133}}, {1, {0x42133}}, {1, {0x42133}}, {1, {0x42133}} },
    { 0x429a3, 0x0, -1, {1, {0x429a3}}, {1, {0x429a3}}, {1, {0x429a3}}, {1, {0x429a3}} },
    { 0x454e9, 0x0, -1, {1, {0x454e9}}, {1, {0x454e9}}, {1, {0x454e9}}, {1, {0x454e9}} },
    { 0x462a3, 0x0, -1, {1, {0x462a3}}, {1, {0x462a3}}, {1, {0x462a3}}, {1, {0x462a3}} },
    { 0x481a0, 0x0, -1, {1, {0x481a0}}, {1, {0x481a0}}, {1, {0x481a0}}, {1, {0x481a0}} },
    { 0x49763, 0x0, -1, {1, {0x49763}}, {1, {0x49763}}, {1, {0x49763}}, {1, {0x49763}} },
    { 0x4af2d, 0x0, -1, {1, {0x4af2d}}, {1, {0x4af2d}}, {1, {0x4af2d}}, {1, {0x4af2d}} },
    { 0x4b182, 0x0, -1, {1, {0x4b182}}, {1, {0x4b182}}, {1, {0x4b182}}, {1, {0x4b182}} },
    { 0x4b21e, 0x0, -1, {1, {0x4b21e}}, {1, {0x4b21e}}, {1, {0x4b21e}}, {1, {0x4b21e}} },
    { 0x4cbdf, 0x0, -1, {1, {0x4cbdf}}, {1, {0x4cbdf}}, {1, {0x4cbdf}}, {1, {0x4cbdf}} },
    { 0x4cd34, 0x0, -1, {1, {0x4cd34}}, {1, {0x4cd34}}, {1, {0x4cd34}}, {1, {0x4cd34}} },
    { 0x511d9, 0x0, -1, {1, {0x511d9}}, {1, {0x511d9}}, {1, {0x511d9}}, {1, {0x511d9}} },
    { 0x528d3, 0x0, -1, {1, {0x528d3}}, {1, {0x528d3}}, {1, {0x528d3}}, {1, {0x528d3}} },
    { 0x52e46, 0x0, -1, {1, {0x52e46}}, {1, {0x52e46}}, {1, {0x52e46}}, {1, {0x52e46}} },
    { 0x548c1, 0x0, -1, {1, {0x548c1}}, {1, {0x548c1}}, {1, {0x548c1}}, {1, {0x548c1}} },
    { 0x564cf, 0x0, -1, {1, {0x564cf}}, {1, {0x564cf}}, {1, {0x564cf}}, {1, {0x564cf}} },
    { 0x57934, 0x0, -1, {1, {0x57934}}, {1, {0x57934}}, {1, {0x57934}}, {1, {0x57934}} },
    { 0x581b4, 0x0, -1, {1, {0x581b4}}, {1, {0x581b4}}, {1, {0x581b4}}, {1, {0x581b4}} },
    { 0x5cddf, 0x0, -1, {1, {0x5cddf}}, {1, {0x5cddf}}, {1, {0x5cddf}}, {1, {0x5cddf}} },
    { 0x5d7bc, 0x0, -1, {1, {0x5d7bc}}, {1, {0x5d7bc}}, {1, {0x5d7bc}}, {1, {0x5d7bc}} },
    { 0x60b6a, 0x0, -1, {1, {0x60b6a}}, {1, {0x60b6a}}, {1, {0x60b6a}}, {1, {0x60b6a}} },
    { 0x6298f, 0x0, -1, {1, {0x6298f}}, {1, {0x6298f}}, {1, {0x6298f}}, {1, {0x6298f}} },
    { 0x6356d, 0x0, -1, {1, {0x6356d}}, {1, {0x6356d}}, {1, {0x6356d}}, {1, {0x6356d}} },
    { 0x6400d, 0x0, -1, {1, {0x6400d}}, {1, {0x6400d}}, {1, {0x6400d}}, {1, {0x6400d}} },
    { 0x65204, 0x0, -1, {1, {0x65204}}, {1, {0x65204}}, {1, {0x65204}}, {1, {0x65204}} },
    { 0x66007, 0x0, -1, {1, {0x66007}}, {1, {0x66007}}, {1, {0x66007}}, {1, {0x66007}} },
    { 0x6642f, 0x0, -1, {1, {0x6642f}}, {1, {0x6642f}}, {1, {0x6642f}}, {1, {0x6642f}} },
    { 0x66d2a, 0x0, -1, {1, {0x66d2a}}, {1, {0x66d2a}}, {1, {0x66d2a}}, {1, {0x66d2a}} },
    { 0x68c1f, 0x0, -1, {1, {0x68c1f}}, {1, {0x68c1f}}, {1, {0x68c1f}}, {1, {0x68c1f}} },
    { 0x6a839, 0x0, -1, {1, {0x6a839}}, {1, {0x6a839}}, {1, {0x6a839}}, {1, {0x6a839}} },
    { 0x6c699, 0x0, -1, {1, {0x6c699}}, {1, {0x6c699}}, {1, {0x6c699}}, {1, {0x6c699}} },
    { 0x6ed12, 0x0, -1, {1, {0x6ed12}}, {1, {0x6ed12}}, {1, {0x6ed12}}, {1, {0x6ed12}} },
    { 0x6fce5, 0x0, -1, {1, {0x6fce5}}, {1, {0x6fce5}}, {1, {0x6fce5}}, {1, {0x6fce5}} },
    { 0x71c6d, 0x0, -1, {1, {0x71c6d}}, {1, {0x71c6d}}, {1, {0x71c6d}}, {1, {0x71c6d}} },
    { 0x71c93, 0x0, -1, {1, {0x71c93}}, {1, {0x71c93}}, {1, {0x71c93}}, {1, {0x71c93}} },
    { 0x71eb1, 0x0, -1, {1, {0x71eb1}}, {1, {0x71eb1}}, {1, {0x71eb1}}, {1, {0x71eb1}} },
    { 0x7267e, 0x0, -1, {1, {0x7267e}}, {1, {0x7267e}}, {1, {0x7267e}}, {1, {0x7267e}} },
    { 0x75df3, 0x0, -1, {1, {0x75df3}}, {1, {0x75df3}}, {1, {0x75df3}}, {1, {0x75df3}} },
    { 0x78a66, 0x0, -1, {1, {0x78a66}}, {1, {0x78a66}}, {1, {0x78a66}}, {1, {0x78a66}} },
    { 0x78d07, 0x0, -1, {1, {0x78d07}}, {1, {0x78d07}}, {1, {0x78d07}}, {1, {0x78d07}} },
    { 0x790f8, 0x0, -1, {1, {0x790f8}}, {1, {0x790f8}}, {1, {0x790f8}}, {1, {0x790f8}} },
    { 0x7d434, 0x0, -1, {1, {0x7d434}}, {1, {0x7d434}}, {1, {0x7d434}}, {1, {0x7d434}} },
    { 0x7d779, 0x0, -1, {1, {0x7d779}}, {1, {0x7d779}}, {1, {0x7d779}}, {1, {0x7d779}} },
    { 0x7e5cd, 0x0, -1, {1, {0x7e5cd}}, {1, {0x7e5cd}}, {1, {0x7e5cd}}, {1, {0x7e5cd}} },
    { 0x7e864, 0x0, -1, {1, {0x7e864}}, {1, {0x7e864}}, {1, {0x7e864}}, {1, {0x7e864}} },
    { 0x7eb76, 0x0, -1, {1, {0x7eb76}}, {1, {0x7eb76}}, {1, {0x7eb76}}, {1, {0x7eb76}} },
    { 0x7f287, 0x0, -1, {1, {0x7f287}}, {1, {0x7f287}}, {1, {0x7f287}}, {1, {0x7f287}} },
    { 0x7f609, 0x0, -1, {1, {0x7f609}}, {1, {0x7f609}}, {1, {0x7f609}}, {1, {0x7f609}} },
    { 0x80256, 0x0, -1, {1, {0x80256}}, {1, {0x80256}}, {1, {0x80256}}, {1, {0x80256}} },
    { 0x803d6, 0x0, -1, {1, {0x803d6}}, {1, {0x803d6}}, {1, {0x803d6}}, {1, {0x803d6}} },
    { 0x80e12, 0x0, -1, {1, {0x80e12}}, {1, {0x80e12}}, {1, {0x80e12}}, {1, {0x80e12}} },
    { 0x814a4, 0x0, -1, {1, {0x814a4}}, {1, {0x814a4}}, {1, {0x814a4}}, {1, {0x814a4}} },
    { 0x82759, 0x0, -1, {1, {0x82759}}, {1, {0x82759}}, {1, {0x82759}}, {1, {0x82759}} },
    { 0x82b52, 0x0, -1, {1, {0x82b52}}, {1, {0x82b52}}, {1, {0x82b52}}, {1, {0x82b52}} },
    { 0x830d0, 0x0, -1, {1, {0x830d0}}, {1, {0x830d0}}, {1, {0x830d0}}, {1, {0x830d0}} },
    { 0x83341, 0x0, -1, {1, {0x83341}}, {1, {0x83341}}, {1, {0x83341}}, {1, {0x83341}} },
    { 0x835c0, 0x0, -1, {1, {0x835c0}}, {1, {0x835c0}}, {1, {0x835c0}}, {1, {0x835c0}} },
    { 0x8390d, 0x0, -1, {1, {0x8390d}}, {1, {0x8390d}}, {1, {0x8390d}}, {1, {0x8390d}} },
    { 0x848e5, 0x0, -1, {1, {0x848e5}}, {1, {0x848e5}}, {1, {0x848e5}}, {1, {0x848e5}} },
    { 0x856b7, 0x0, -1, {1, {0x856b7}}, {1, {0x856b7}}, {1, {0x856b7}}, {1, {0x856b7}} },
    { 0x869f8, 0x0, -1, {1, {0x869f8}}, {1, {0x869f8}}, {1, {0x869f8}}, {1, {0x869f8}} },
    { 0x8703a, 0x0, -1, {1, {0x8703a}}, {1, {0x8703a}}, {1, {0x8703a}}, {1, {0x8703a}} },
    { 0x87068, 0x0, -1, {1, {0x87068}}, {1, {0x87068}}, {1, {0x87068}}, {1, {0x87068}} },
    { 0x878a9, 0x0, -1, {1, {0x878a9}}, {1, {0x878a9}}, {1, {0x878a9}}, {1, {0x878a9}} },
    { 0x8851b, 0x0, -1, {1, {0x8851b}}, {1, {0x8851b}}, {1, {0x8851b}}, {1, {0x8851b}} },
    { 0x88b00, 0x0, -1, {1, {0x88b00}}, {1, {0x88b00}}, {1, {0x88b00}}, {1, {0x88b00}} },
    { 0x8ac25, 0x0, -1, {1, {0x8ac25}}, {1, {0x8ac25}}, {1, {0x8ac25}}, {1, {0x8ac25}} },
    { 0x8ae79, 0x0, -1, {1, {0x8ae79}}, {1, {0x8ae79}}, {1, {0x8ae79}}, {1, {0x8ae79}} },
    { 0x8b127, 0x0, -1, {1, {0x8b127}}, {1, {0x8b127}}, {1, {0x8b127}}, {1, {0x8b127}} },
    { 0x8c68e, 0x0, -1, {1, {0x8c68e}}, {1, {0x8c68e}}, {1, {0x8c68e}}, {1, {0x8c68e}} },
    { 0x8d100, 0x0, -1, {1, {0x8d100}}, {1, {0x8d100}}, {1, {0x8d100}}, {1, {0x8d100}} },
    { 0x8ec0c, 0x0, -1, {1, {0x8ec0c}}, {1, {0x8ec0c}}, {1, {0x8ec0c}}, {1, {0x8ec0c}} },
    { 0x8fcbd, 0x0, -1, {1, {0x8fcbd}}, {1, {0x8fcbd}}, {1, {0x8fcbd}}, {1, {0x8fcbd}} },
    { 0x9021d, 0x0, -1, {1, {0x9021d}}, {1, {0x9021d}}, {1, {0x9021d}}, {1, {0x9021d}} },
    { 0x906b0, 0x0, -1, {1, {0x906b0}}, {1, {0x906b0}}, {1, {0x906b0}}, {1, {0x906b0}} },
    { 0x9079e, 0x0, -1, {1, {0x9079e}}, {1, {0x9079e}}, {1, {0x9079e}}, {1, {0x9079e}} },
    { 0x90c6d, 0x0, -1, {1, {0x90c6d}}, {1, {0x90c6d}}, {1, {0x90c6d}}, {1, {0x90c6d}} },
    { 0x95180, 0x0, -1, {1, {0x95180}}, {1, {0x95180}}, {1, {0x95180}}, {1, {0x95180}} },
    { 0x95471, 0x0, -1, {1, {0x95471}}, {1, {0x95471}}, {1, {0x95471}}, {1, {0x95471}} },
    { 0x964ce, 0x0, -1, {1, {0x964ce}}, {1, {0x964ce}}, {1, {0x964ce}}, {1, {0x964ce}} },
    { 0x97cc0, 0x0, -1, {1, {0x97cc0}}, {1, {0x97cc0}}, {1, {0x97cc0}}, {1, {0x97cc0}} },
    { 0x9add1, 0x0, -1, {1, {0x9add1}}, {1, {0x9add1}}, {1, {0x9add1}}, {1, {0x9add1}} },
    { 0x9b393, 0x0, -1, {1, {0x9b393}}, {1, {0x9b393}}, {1, {0x9b393}}, {1, {0x9b393}} },
    { 0x9c58e, 0x0, -1, {1, {0x9c58e}}, {1, {0x9c58e}}, {1, {0x9c58e}}, {1, {0x9c58e}} },
    { 0x9e920, 0x0, -1, {1, {0x9e920}}, {1, {0x9e920}}, {1, {0x9e920}}, {1, {0x9e920}} },
    { 0x9f425, 0x0, -1, {1, {0x9f425}}, {1, {0x9f425}}, {1, {0x9f425}}, {1, {0x9f425}} },
    { 0xa0114, 0x0, -1, {1, {0xa0114}}, {1, {0xa0114}}, {1, {0xa0114}}, {1, {0xa0114}} },
    { 0xa1176, 0x0, -1, {1, {0xa1176}}, {1, {0xa1176}}, {1, {0xa1176}}, {1, {0xa1176}} },
    { 0xa1b5e, 0x0, -1, {1, {0xa1b5e}}, {1, {0xa1b5e}}, {1, {0xa1b5e}}, {1, {0xa1b5e}} },
    { 0xa554e, 0x0, -1, {1, {0xa554e}}, {1, {0xa554e}}, {1, {0xa554e}}, {1, {0xa554e}} },
    { 0xaa16f, 0x0, -1, {1, {0xaa16f}}, {1, {0xaa16f}}, {1, {0xaa16f}}, {1, {0xaa16f}} },
    { 0xaad33, 0x0, -1, {1, {0xaad33}}, {1, {0xaad33}}, {1, {0xaad33}}, {1, {0xaad33}} },
    { 0xacabf, 0x0, -1, {1, {0xacabf}}, {1, {0xacabf}}, {1, {0xacabf}}, {1, {0xacabf}} },
    { 0xade23, 0x0, -1, {1, {0xade23}}, {1, {0xade23}}, {1, {0xade23}}, {1, {0xade23}} },
    { 0xae1ff, 0x0, -1, {1, {0xae1ff}}, {1, {0xae1ff}}, {1, {0xae1ff}}, {1, {0xae1ff}} },
    { 0xb11dd, 0x0, -1, {1, {0xb11dd}}, {1, {0xb11dd}}, {1, {0xb11dd}}, {1, {0xb11dd}} },
    { 0xb2024, 0x0, -1, {1, {0xb2024}}, {1, {0xb2024}}, {1, {0xb2024}}, {1, {0xb2024}} },
    { 0xb512d, 0x0, -1, {1, {0xb512d}}, {1, {0xb512d}}, {1, {0xb512d}}, {1, {0xb512d}} },
    { 0xb6296, 0x0, -1, {1, {0xb6296}}, {1, {0xb6296}}, {1, {0xb6296}}, {1, {0xb6296}} },
    { 0xb7680, 0x0, -1, {1, {0xb7680}}, {1, {0xb7680}}, {1, {0xb7680}}, {1, {0xb7680}} },
    { 0xb787e, 0x0, -1, {1, {0xb787e}}, {1, {0xb787e}}, {1, {0xb787e}}, {1, {0xb787e}} },
    { 0xb788a, 0x0, -1, {1, {0xb788a}}, {1, {0xb788a}}, {1, {0xb788a}}, {1, {0xb788a}} },
    { 0xb8c1c, 0x0, -1, {1, {0xb8c1c}}, {1, {0xb8c1c}}, {1, {0xb8c1c}}, {1, {0xb8c1c}} },
    { 0xba97f, 0x0, -1, {1, {0xba97f}}, {1, {0xba97f}}, {1, {0xba97f}}, {1, {0xba97f}} },
    { 0xbb38c, 0x0, -1, {1, {0xbb38c}}, {1, {0xbb38c}}, {1, {0xbb38c}}, {1, {0xbb38c}} },
    { 0xbbb9f, 0x0, -1, {1, {0xbbb9f}}, {1, {0xbbb9f}}, {1, {0xbbb9f}}, {1, {0xbbb9f}} },
    { 0xbc7c2, 0x0, -1, {1, {0xbc7c2}}, {1, {0xbc7c2}}, {1, {0xbc7c2}}, {1, {0xbc7c2}} },
    { 0xbcd12, 0x0, -1, {1, {0xbcd12}}, {1, {0xbcd12}}, {1, {0xbcd12}}, {1, {0xbcd12}} },
    { 0xbce2f, 0x0, -1, {1, {0xbce2f}}, {1, {0xbce2f}}, {1, {0xbce2f}}, {1, {0xbce2f}} },
    { 0xc0eaa, 0x0, -1, {1, {0xc0eaa}}, {1, {0xc0eaa}}, {1, {0xc0eaa}}, {1, {0xc0eaa}} },
    { 0xc236e, 0x0, -1, {1, {0xc236e}}, {1, {0xc236e}}, {1, {0xc236e}}, {1, {0xc236e}} },
    { 0xc2e9a, 0x0, -1, {1, {0xc2e9a}}, {1, {0xc2e9a}}, {1, {0xc2e9a}}, {1, {0xc2e9a}} },
    { 0xc39db, 0x0, -1, {1, {0xc39db}}, {1, {0xc39db}}, {1, {0xc39db}}, {1, {0xc39db}} },
    { 0xc3f21, 0x0, -1, {1, {0xc3f21}}, {1, {0xc3f21}}, {1, {0xc3f21}}, {1, {0xc3f21}} },
    { 0xc4c21, 0x0, -1, {1, {0xc4c21}}, {1, {0xc4c21}}, {1, {0xc4c21}}, {1, {0xc4c21}} },
    { 0xc503d, 0x0, -1, {1, {0xc503d}}, {1, {0xc503d}}, {1, {0xc503d}}, {1, {0xc503d}} },
    { 0xc6140, 0x0, -1, {1, {0xc6140}}, {1, {0xc6140}}, {1, {0xc6140}}, {1, {0xc6140}} },
    { 0xc6b21, 0x0, -1, {1, {0xc6b21}}, {1, {0xc6b21}}, {1, {0xc6b21}}, {1, {0xc6b21}} },
    { 0xc6bf3, 0x0, -1, {1, {0xc6bf3}}, {1, {0xc6bf3}}, {1, {0xc6bf3}}, {1, {0xc6bf3}} },
    { 0xc6c63, 0x0, -1, {1, {0xc6c63}}, {1, {0xc6c63}}, {1, {0xc6c63}}, {1, {0xc6c63}} },
    { 0xc9b96, 0x0, -1, {1, {0xc9b96}}, {1, {0xc9b96}}, {1, {0xc9b96}}, {1, {0xc9b96}} },
    { 0xc9dc9, 0x0, -1, {1, {0xc9dc9}}, {1, {0xc9dc9}}, {1, {0xc9dc9}}, {1, {0xc9dc9}} },
    { 0xcb30c, 0x0, -1, {1, {0xcb30c}}, {1, {0xcb30c}}, {1, {0xcb30c}}, {1, {0xcb30c}} },
    { 0xcbbe1, 0x0, -1, {1, {0xcbbe1}}, {1, {0xcbbe1}}, {1, {0xcbbe1}}, {1, {0xcbbe1}} },
    { 0xcec69, 0x0, -1, {1, {0xcec69}}, {1, {0xcec69}}, {1, {0xcec69}}, {1, {0xcec69}} },
    { 0xcfce2, 0x0, -1, {1, {0xcfce2}}, {1, {0xcfce2}}, {1, {0xcfce2}}, {1, {0xcfce2}} },
    { 0xd03cc, 0x0, -1, {1, {0xd03cc}}, {1, {0xd03cc}}, {1, {0xd03cc}}, {1, {0xd03cc}} },
    { 0xd2f87, 0x0, -1, {1, {0xd2f87}}, {1, {0xd2f87}}, {1, {0xd2f87}}, {1, {0xd2f87}} },
    { 0xd5f3f, 0x0, -1, {1, {0xd5f3f}}, {1, {0xd5f3f}}, {1, {0xd5f3f}}, {1, {0xd5f3f}} },
    { 0xd6782, 0x0, -1, {1, {0xd6782}}, {1, {0xd6782}}, {1, {0xd6782}}, {1, {0xd6782}} },
    { 0xd68ad, 0x0, -1, {1, {0xd68ad}}, {1, {0xd68ad}}, {1, {0xd68ad}}, {1, {0xd68ad}} },
    { 0xd86ab, 0x0, -1, {1, {0xd86ab}}, {1, {0xd86ab}}, {1, {0xd86ab}}, {1, {0xd86ab}} },
    { 0xd8b9e, 0x0, -1, {1, {0xd8b9e}}, {1, {0xd8b9e}}, {1, {0xd8b9e}}, {1, {0xd8b9e}} },
    { 0xd9b26, 0x0, -1, {1, {0xd9b26}}, {1, {0xd9b26}}, {1, {0xd9b26}}, {1, {0xd9b26}} },
    { 0xd9ca5, 0x0, -1, {1, {0xd9ca5}}, {1, {0xd9ca5}}, {1, {0xd9ca5}}, {1, {0xd9ca5}} },
    { 0xda613, 0x0, -1, {1, {0xda613}}, {1, {0xda613}}, {1, {0xda613}}, {1, {0xda613}} },
    { 0xdbf34, 0x0, -1, {1, {0xdbf34}}, {1, {0xdbf34}}, {1, {0xdbf34}}, {1, {0xdbf34}} },
    { 0xdfdc0, 0x0, -1, {1, {0xdfdc0}}, {1, {0xdfdc0}}, {1, {0xdfdc0}}, {1, {0xdfdc0}} },
    { 0xe0001, 0x0, -1, {1, {0xe0001}}, {1, {0xe0001}}, {1, {0xe0001}}, {1, {0xe0001}} },
    { 0xe0838, 0x0, -1, {1, {0xe0838}}, {1, {0xe0838}}, {1, {0xe0838}}, {1, {0xe0838}} },
    { 0xe0ae7, 0x0, -1, {1, {0xe0ae7}}, {1, {0xe0ae7}}, {1, {0xe0ae7}}, {1, {0xe0ae7}} },
    { 0xe217d, 0x0, -1, {1, {0xe217d}}, {1, {0xe217d}}, {1, {0xe217d}}, {1, {0xe217d}} },
    { 0xe2d73, 0x0, -1, {1, {0xe2d73}}, {1, {0xe2d73}}, {1, {0xe2d73}}, {1, {0xe2d73}} },
    { 0xe3dc6, 0x0, -1, {1, {0xe3dc6}}, {1, {0xe3dc6}}, {1, {0xe3dc6}}, {1, {0xe3dc6}} },
    { 0xe4255, 0x0, -1, {1, {0xe4255}}, {1, {0xe4255}}, {1, {0xe4255}}, {1, {0xe4255}} },
    { 0xe526d, 0x0, -1, {1, {0xe526d}}, {1, {0xe526d}}, {1, {0xe526d}}, {1, {0xe526d}} },
    { 0xe61a2, 0x0, -1, {1, {0xe61a2}}, {1, {0xe61a2}}, {1, {0xe61a2}}, {1, {0xe61a2}} },
    { 0xe650a, 0x0, -1, {1, {0xe650a}}, {1, {0xe650a}}, {1, {0xe650a}}, {1, {0xe650a}} },
    { 0xe65c8, 0x0, -1, {1, {0xe65c8}}, {1, {0xe65c8}}, {1, {0xe65c8}}, {1, {0xe65c8}} },
    { 0xe7d34, 0x0, -1, {1, {0xe7d34}}, {1, {0xe7d34}}, {1, {0xe7d34}}, {1, {0xe7d34}} },
    { 0xe83c2, 0x0, -1, {1, {0xe83c2}}, {1, {0xe83c2}}, {1, {0xe83c2}}, {1, {0xe83c2}} },
    { 0xe923a, 0x0, -1, {1, {0xe923a}}, {1, {0xe923a}}, {1, {0xe923a}}, {1, {0xe923a}} },
    { 0xeb865, 0x0, -1, {1, {0xeb865}}, {1, {0xeb865}}, {1, {0xeb865}}, {1, {0xeb865}} },
    { 0xef009, 0x0, -1, {1, {0xef009}}, {1, {0xef009}}, {1, {0xef009}}, {1, {0xef009}} },
    { 0xefe8a, 0x0, -1, {1, {0xefe8a}}, {1, {0xefe8a}}, {1, {0xefe8a}}, {1, {0xefe8a}} },
    { 0xf0121, 0x0, -1, {1, {0xf0121}}, {1, {0xf0121}}, {1, {0xf0121}}, {1, {0xf0121}} },
    { 0xf02ec, 0x0, -1, {1, {0xf02ec}}, {1, {0xf02ec}}, {1, {0xf02ec}}, {1, {0xf02ec}} },
    { 0xf05a8, 0x0, -1, {1, {0xf05a8}}, {1, {0xf05a8}}, {1, {0xf05a8}}, {1, {0xf05a8}} },
    { 0xf0a94, 0x0, -1, {1, {0xf0a94}}, {1, {0xf0a94}}, {1, {0xf0a94}}, {1, {0xf0a94}} },
    { 0xf144a, 0x0, -1, {1, {0xf144a}}, {1, {0xf144a}}, {1, {0xf144a}}, {1, {0xf144a}} },
    { 0xf30c0, 0x0, -1, {1, {0xf30c0}}, {1, {0xf30c0}}, {1, {0xf30c0}}, {1, {0xf30c0}} },
    { 0xf3d2e, 0x0, -1, {1, {0xf3d2e}}, {1, {0xf3d2e}}, {1, {0xf3d2e}}, {1, {0xf3d2e}} },
    { 0xf613e, 0x0, -1, {1, {0xf613e}}, {1, {0xf613e}}, {1, {0xf613e}}, {1, {0xf613e}} },
    { 0xf847b, 0x0, -1, {1, {0xf847b}}, {1, {0xf847b}}, {1, {0xf847b}}, {1, {0xf847b}} },
    { 0xf8590, 0x0, -1, {1, {0xf8590}}, {1, {0xf8590}}, {1, {0xf8590}}, {1, {0xf8590}} },
    { 0xf93f4, 0x0, -1, {1, {0xf93f4}}, {1, {0xf93f4}}, {1, {0xf93f4}}, {1, {0xf93f4}} },
    { 0xf973b, 0x0, -1, {1, {0xf973b}}, {1, {0xf973b}}, {1, {0xf973b}}, {1, {0xf973b}} },
    { 0xf9ee3, 0x0, -1, {1, {0xf9ee3}}, {1, {0xf9ee3}}, {1, {0xf9ee3}}, {1, {0xf9ee3}} },
    { 0xfa7d5, 0x0, -1, {1, {0xfa7d5}}, {1, {0xfa7d5}}, {1, {0xfa7d5}}, {1, {0xfa7d5}} },
    { 0xfa7db, 0x0, -1, {1, {0xfa7db}}, {1, {0xfa7db}}, {1, {0xfa7db}}, {1, {0xfa7db}} },
    { 0xfb18f, 0x0, -1, {1, {0xfb18f}}, {1, {0xfb18f}}, {1, {0xfb18f}}, {1, {0xfb18f}} },
    { 0xfdaee, 0x0, -1, {1, {0xfdaee}}, {1, {0xfdaee}}, {1, {0xfdaee}}, {1, {0xfdaee}} },
    { 0x10056e, 0x0, -1, {1, {0x10056e}}, {1, {0x10056e}}, {1, {0x10056e}}, {1, {0x10056e}} },
    { 0x1006f6, 0x0, -1, {1, {0x1006f6}}, {1, {0x1006f6}}, {1, {0x1006f6}}, {1, {0x1006f6}} },
    { 0x10381f, 0x0, -1, {1, {0x10381f}}, {1, {0x10381f}}, {1, {0x10381f}}, {1, {0x10381f}} },
    { 0x1043c1, 0x0, -1, {1, {0x1043c1}}, {1, {0x1043c1}}, {1, {0x1043c1}}, {1, {0x1043c1}} },
    { 0x104445, 0x0, -1, {1, {0x104445}}, {1, {0x104445}}, {1, {0x104445}}, {1, {0x104445}} },
    { 0x107265, 0x0, -1, {1, {0x107265}}, {1, {0x107265}}, {1, {0x107265}}, {1, {0x107265}} },
    { 0x1086c5, 0x0, -1, {1, {0x1086c5}}, {1, {0x1086c5}}, {1, {0x1086c5}}, {1, {0x1086c5}} },
    { 0x10a2a1, 0x0, -1, {1, {0x10a2a1}}, {1, {0x10a2a1}}, {1, {0x10a2a1}}, {1, {0x10a2a1}} },
    { 0x10b238, 0x0, -1, {1, {0x10b238}}, {1, {0x10b238}}, {1, {0x10b238}}, {1, {0x10b238}} },
    { 0x10c30c, 0x0, -1, {1, {0x10c30c}}, {1, {0x10c30c}}, {1, {0x10c30c}}, {1, {0x10c30c}} },
    { 0x10d490, 0x0, -1, {1, {0x10d490}}, {1, {0x10d490}}, {1, {0x10d490}}, {1, {0x10d490}} },
    { 0x10df99, 0x0, -1, {1, {0x10df99}}, {1, {0x10df99}}, {1, {0x10df99}}, {1, {0x10df99}} },
    { 0x10e818, 0x0, -1, {1, {0x10e818}}, {1, {0x10e818}}, {1, {0x10e818}}, {1, {0x10e818}} },
    { 0x10f7e3, 0x0, -1, {1, {0x10f7e3}}, {1, {0x10f7e3}}, {1, {0x10f7e3}}, {1, {0x10f7e3}} },
    { 0x10ffff, 0x0, -1, {1, {0x10ffff}}, {1, {0x10ffff}}, {1, {0x10ffff}}, {1, {0x10ffff}} },
};
static const DecodeCase decode_cases[] = {
    { "abc", 3, "utf-8", "strict", "abc" },
    { "abc", 3, "utf-8", "replace", "abc" },
    { "abc", 3, "utf-8", "ignore", "abc" },
    { "abc", 3, "utf-8", "backslashreplace", "abc" },
    { "abc", 3, "ascii", "strict", "abc" },
    { "abc", 3, "ascii", "replace", "abc" },
    { "abc", 3, "latin-1", "strict", "abc" },
    { "\342\202", 2, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data" },
    { "\342\202", 2, "utf-8", "replace", "\357\277\275" },
    { "\342\202", 2, "utf-8", "ignore", "" },
    { "\342\202", 2, "utf-8", "backslashreplace", "\\xe2\\x82" },
    { "\342\202", 2, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)" },
    { "\342\202", 2, "ascii", "replace", "\357\277\275\357\277\275" },
    { "\342\202", 2, "latin-1", "strict", "\303\242\302\202" },
    { "\342", 1, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data" },
    { "\342", 1, "utf-8", "replace", "\357\277\275" },
    { "\342", 1, "utf-8", "ignore", "" },
    { "\342", 1, "utf-8", "backslashreplace", "\\xe2" },
    { "\342", 1, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)" },
    { "\342", 1, "ascii", "replace", "\357\277\275" },
    { "\342", 1, "latin-1", "strict", "\303\242" },
    { "\360\220\200A", 4, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte" },
    { "\360\220\200A", 4, "utf-8", "replace", "\357\277\275A" },
    { "\360\220\200A", 4, "utf-8", "ignore", "A" },
    { "\360\220\200A", 4, "utf-8", "backslashreplace", "\\xf0\\x90\\x80A" },
    { "\360\220\200A", 4, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)" },
    { "\360\220\200A", 4, "ascii", "replace", "\357\277\275\357\277\275\357\277\275A" },
    { "\360\220\200A", 4, "latin-1", "strict", "\303\260\302\220\302\200A" },
    { "\360\200", 2, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte" },
    { "\360\200", 2, "utf-8", "replace", "\357\277\275\357\277\275" },
    { "\360\200", 2, "utf-8", "ignore", "" },
    { "\360\200", 2, "utf-8", "backslashreplace", "\\xf0\\x80" },
    { "\360\200", 2, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)" },
    { "\360\200", 2, "ascii", "replace", "\357\277\275\357\277\275" },
    { "\360\200", 2, "latin-1", "strict", "\303\260\302\200" },
    { "\355\240\200", 3, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte" },
    { "\355\240\200", 3, "utf-8", "replace", "\357\277\275\357\277\275\357\277\275" },
    { "\355\240\200", 3, "utf-8", "ignore", "" },
    { "\355\240\200", 3, "utf-8", "backslashreplace", "\\xed\\xa0\\x80" },
    { "\355\240\200", 3, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)" },
    { "\355\240\200", 3, "ascii", "replace", "\357\277\275\357\277\275\357\277\275" },
    { "\355\240\200", 3, "latin-1", "strict", "\303\255\302\240\302\200" },
    { "\300\200", 2, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte" },
    { "\300\200", 2, "utf-8", "replace", "\357\277\275\357\277\275" },
    { "\300\200", 2, "utf-8", "ignore", "" },
    { "\300\200", 2, "utf-8", "backslashreplace", "\\xc0\\x80" },
    { "\300\200", 2, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)" },
    { "\300\200", 2, "ascii", "replace", "\357\277\275\357\277\275" },
    { "\300\200", 2, "latin-1", "strict", "\303\200\302\200" },
    { "a\342\202\254\377", 5, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 4: invalid start byte" },
    { "a\342\202\254\377", 5, "utf-8", "replace", "a\342\202\254\357\277\275" },
    { "a\342\202\254\377", 5, "utf-8", "ignore", "a\342\202\254" },
    { "a\342\202\254\377", 5, "utf-8", "backslashreplace", "a\342\202\254\\xff" },
    { "a\342\202\254\377", 5, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 1: ordinal not in range(128)" },
    { "a\342\202\254\377", 5, "ascii", "replace", "a\357\277\275\357\277\275\357\277\275\357\277\275" },
    { "a\342\202\254\377", 5, "latin-1", "strict", "a\303\242\302\202\302\254\303\277" },
    { "\340\200\200", 3, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte" },
    { "\340\200\200", 3, "utf-8", "replace", "\357\277\275\357\277\275\357\277\275" },
    { "\340\200\200", 3, "utf-8", "ignore", "" },
    { "\340\200\200", 3, "utf-8", "backslashreplace", "\\xe0\\x80\\x80" },
    { "\340\200\200", 3, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)" },
    { "\340\200\200", 3, "ascii", "replace", "\357\277\275\357\277\275\357\277\275" },
    { "\340\200\200", 3, "latin-1", "strict", "\303\240\302\200\302\200" },
    { "\364\220\200\200", 4, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte" },
    { "\364\220\200\200", 4, "utf-8", "replace", "\357\277\275\357\277\275\357\277\275\357\277\275" },
    { "\364\220\200\200", 4, "utf-8", "ignore", "" },
    { "\364\220\200\200", 4, "utf-8", "backslashreplace", "\\xf4\\x90\\x80\\x80" },
    { "\364\220\200\200", 4, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)" },
    { "\364\220\200\200", 4, "ascii", "replace", "\357\277\275\357\277\275\357\277\275\357\277\275" },
    { "\364\220\200\200", 4, "latin-1", "strict", "\303\264\302\220\302\200\302\200" },
    { "\370", 1, "utf-8", "strict", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte" },
    { "\370", 1, "utf-8", "replace", "\357\277\275" },
    { "\370", 1, "utf-8", "ignore", "" },
    { "\370", 1, "utf-8", "backslashreplace", "\\xf8" },
    { "\370", 1, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xf8 in position 0: ordinal not in range(128)" },
    { "\370", 1, "ascii", "replace", "\357\277\275" },
    { "\370", 1, "latin-1", "strict", "\303\270" },
    { "\360\237\230\200", 4, "utf-8", "strict", "\360\237\230\200" },
    { "\360\237\230\200", 4, "utf-8", "replace", "\360\237\230\200" },
    { "\360\237\230\200", 4, "utf-8", "ignore", "\360\237\230\200" },
    { "\360\237\230\200", 4, "utf-8", "backslashreplace", "\360\237\230\200" },
    { "\360\237\230\200", 4, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)" },
    { "\360\237\230\200", 4, "ascii", "replace", "\357\277\275\357\277\275\357\277\275\357\277\275" },
    { "\360\237\230\200", 4, "latin-1", "strict", "\303\260\302\237\302\230\302\200" },
    { "\303\251t\303\251", 5, "utf-8", "strict", "\303\251t\303\251" },
    { "\303\251t\303\251", 5, "utf-8", "replace", "\303\251t\303\251" },
    { "\303\251t\303\251", 5, "utf-8", "ignore", "\303\251t\303\251" },
    { "\303\251t\303\251", 5, "utf-8", "backslashreplace", "\303\251t\303\251" },
    { "\303\251t\303\251", 5, "ascii", "strict", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)" },
    { "\303\251t\303\251", 5, "ascii", "replace", "\357\277\275\357\277\275t\357\277\275\357\277\275" },
    { "\303\251t\303\251", 5, "latin-1", "strict", "\303\203\302\251t\303\203\302\251" },
};
/* generated by python3.11 from /tmp/strgen/gen_bytes.py: self, method, args, repr(result) or !Error: message */
static const BytesCase bytes_cases[] = {
    { "y;", "capitalize", "()", "b''" },
    { "y;", "lower", "()", "b''" },
    { "y;", "upper", "()", "b''" },
    { "y;", "swapcase", "()", "b''" },
    { "y;", "title", "()", "b''" },
    { "y;", "isalnum", "()", "False" },
    { "y;", "isalpha", "()", "False" },
    { "y;", "isascii", "()", "True" },
    { "y;", "isdigit", "()", "False" },
    { "y;", "islower", "()", "False" },
    { "y;", "isspace", "()", "False" },
    { "y;", "istitle", "()", "False" },
    { "y;", "isupper", "()", "False" },
    { "y;", "split", "()", "[]" },
    { "y;", "rsplit", "()", "[]" },
    { "y;", "splitlines", "()", "[]" },
    { "y;", "splitlines", "(T)", "[]" },
    { "y;", "strip", "()", "b''" },
    { "y;", "lstrip", "()", "b''" },
    { "y;", "rstrip", "()", "b''" },
    { "y;", "expandtabs", "()", "b''" },
    { "y;", "expandtabs", "(i4;)", "b''" },
    { "y;", "hex", "()", "''" },
    { "y;", "hex", "(s1::)", "''" },
    { "y;", "hex", "(s1:-i2;)", "''" },
    { "y;", "hex", "(y7c;i-2;)", "''" },
    { "y;", "decode", "()", "''" },
    { "y;", "decode", "(s7:latin-1)", "''" },
    { "y;", "decode", "(s5:asciis7:replace)", "''" },
    { "y;", "center", "(i15;y2a;)", "b'***************'" },
    { "y;", "ljust", "(i12;)", "b'            '" },
    { "y;", "rjust", "(i12;y30;)", "b'000000000000'" },
    { "y;", "zfill", "(i14;)", "b'00000000000000'" },
    { "y;", "count", "(y61;)", "0" },
    { "y;", "count", "(i97;)", "0" },
    { "y;", "count", "(y;)", "1" },
    { "y;", "find", "(y62;)", "-1" },
    { "y;", "find", "(i98;i1;)", "-1" },
    { "y;", "rfind", "(y6c;)", "-1" },
    { "y;", "index", "(y61;)", "!ValueError: subsection not found" },
    { "y;", "rindex", "(i99;)", "!ValueError: subsection not found" },
    { "y;", "startswith", "(y61;)", "False" },
    { "y;", "endswith", "((y63;y0d;))", "False" },
    { "y;", "split", "(y2c;)", "[b'']" },
    { "y;", "split", "(ni1;)", "[]" },
    { "y;", "rsplit", "(y6c;i1;)", "[b'']" },
    { "y;", "partition", "(y6c;)", "(b'', b'', b'')" },
    { "y;", "rpartition", "(y61;)", "(b'', b'', b'')" },
    { "y;", "replace", "(y61;y3c3e;)", "b''" },
    { "y;", "replace", "(y;y2d;i3;)", "b'-'" },
    { "y;", "strip", "(y610d;)", "b''" },
    { "y;", "removeprefix", "(y6162;)", "b''" },
    { "y;", "removesuffix", "(y0d;)", "b''" },
    { "y;", "translate", "(ny6165696f75;)", "b''" },
    { "y;", "join", "([y78;Y79;])", "b'xy'" },
    { "y616263;", "capitalize", "()", "b'Abc'" },
    { "Y616263;", "capitalize", "()", "bytearray(b'Abc')" },
    { "y616263;", "lower", "()", "b'abc'" },
    { "Y616263;", "lower", "()", "bytearray(b'abc')" },
    { "y616263;", "upper", "()", "b'ABC'" },
    { "Y616263;", "upper", "()", "bytearray(b'ABC')" },
    { "y616263;", "swapcase", "()", "b'ABC'" },
    { "Y616263;", "swapcase", "()", "bytearray(b'ABC')" },
    { "y616263;", "title", "()", "b'Abc'" },
    { "Y616263;", "title", "()", "bytearray(b'Abc')" },
    { "y616263;", "isalnum", "()", "True" },
    { "Y616263;", "isalnum", "()", "True" },
    { "y616263;", "isalpha", "()", "True" },
    { "Y616263;", "isalpha", "()", "True" },
    { "y616263;", "isascii", "()", "True" },
    { "Y616263;", "isascii", "()", "True" },
    { "y616263;", "isdigit", "()", "False" },
    { "Y616263;", "isdigit", "()", "False" },
    { "y616263;", "islower", "()", "True" },
    { "Y616263;", "islower", "()", "True" },
    { "y616263;", "isspace", "()", "False" },
    { "Y616263;", "isspace", "()", "False" },
    { "y616263;", "istitle", "()", "False" },
    { "Y616263;", "istitle", "()", "False" },
    { "y616263;", "isupper", "()", "False" },
    { "Y616263;", "isupper", "()", "False" },
    { "y616263;", "split", "()", "[b'abc']" },
    { "Y616263;", "split", "()", "[bytearray(b'abc')]" },
    { "y616263;", "rsplit", "()", "[b'abc']" },
    { "Y616263;", "rsplit", "()", "[bytearray(b'abc')]" },
    { "y616263;", "splitlines", "()", "[b'abc']" },
    { "Y616263;", "splitlines", "()", "[bytearray(b'abc')]" },
    { "y616263;", "splitlines", "(T)", "[b'abc']" },
    { "Y616263;", "splitlines", "(T)", "[bytearray(b'abc')]" },
    { "y616263;", "strip", "()", "b'abc'" },
    { "Y616263;", "strip", "()", "bytearray(b'abc')" },
    { "y616263;", "lstrip", "()", "b'abc'" },
    { "Y616263;", "lstrip", "()", "bytearray(b'abc')" },
    { "y616263;", "rstrip", "()", "b'abc'" },
    { "Y616263;", "rstrip", "()", "bytearray(b'abc')" },
    { "y616263;", "expandtabs", "()", "b'abc'" },
    { "Y616263;", "expandtabs", "()", "bytearray(b'abc')" },
    { "y616263;", "expandtabs", "(i4;)", "b'abc'" },
    { "Y616263;", "expandtabs", "(i4;)", "bytearray(b'abc')" },
    { "y616263;", "hex", "()", "'616263'" },
    { "Y616263;", "hex", "()", "'616263'" },
    { "y616263;", "hex", "(s1::)", "'61:62:63'" },
    { "Y616263;", "hex", "(s1::)", "'61:62:63'" },
    { "y616263;", "hex", "(s1:-i2;)", "'61-6263'" },
    { "Y616263;", "hex", "(s1:-i2;)", "'61-6263'" },
    { "y616263;", "hex", "(y7c;i-2;)", "'6162|63'" },
    { "Y616263;", "hex", "(y7c;i-2;)", "'6162|63'" },
    { "y616263;", "decode", "()", "'abc'" },
    { "Y616263;", "decode", "()", "'abc'" },
    { "y616263;", "decode", "(s7:latin-1)", "'abc'" },
    { "Y616263;", "decode", "(s7:latin-1)", "'abc'" },
    { "y616263;", "decode", "(s5:asciis7:replace)", "'abc'" },
    { "Y616263;", "decode", "(s5:asciis7:replace)", "'abc'" },
    { "y616263;", "center", "(i15;y2a;)", "b'******abc******'" },
    { "Y616263;", "center", "(i15;y2a;)", "bytearray(b'******abc******')" },
    { "y616263;", "ljust", "(i12;)", "b'abc         '" },
    { "Y616263;", "ljust", "(i12;)", "bytearray(b'abc         ')" },
    { "y616263;", "rjust", "(i12;y30;)", "b'000000000abc'" },
    { "Y616263;", "rjust", "(i12;y30;)", "bytearray(b'000000000abc')" },
    { "y616263;", "zfill", "(i14;)", "b'00000000000abc'" },
    { "Y616263;", "zfill", "(i14;)", "bytearray(b'00000000000abc')" },
    { "y616263;", "count", "(y61;)", "1" },
    { "Y616263;", "count", "(y61;)", "1" },
    { "y616263;", "count", "(i97;)", "1" },
    { "Y616263;", "count", "(i97;)", "1" },
    { "y616263;", "count", "(y;)", "4" },
    { "Y616263;", "count", "(y;)", "4" },
    { "y616263;", "find", "(y62;)", "1" },
    { "Y616263;", "find", "(y62;)", "1" },
    { "y616263;", "find", "(i98;i1;)", "1" },
    { "Y616263;", "find", "(i98;i1;)", "1" },
    { "y616263;", "rfind", "(y6c;)", "-1" },
    { "Y616263;", "rfind", "(y6c;)", "-1" },
    { "y616263;", "index", "(y61;)", "0" },
    { "Y616263;", "index", "(y61;)", "0" },
    { "y616263;", "rindex", "(i99;)", "2" },
    { "Y616263;", "rindex", "(i99;)", "2" },
    { "y616263;", "startswith", "(y61;)", "True" },
    { "Y616263;", "startswith", "(y61;)", "True" },
    { "y616263;", "endswith", "((y63;y0d;))", "True" },
    { "Y616263;", "endswith", "((y63;y0d;))", "True" },
    { "y616263;", "split", "(y2c;)", "[b'abc']" },
    { "Y616263;", "split", "(y2c;)", "[bytearray(b'abc')]" },
    { "y616263;", "split", "(ni1;)", "[b'abc']" },
    { "Y616263;", "split", "(ni1;)", "[bytearray(b'abc')]" },
    { "y616263;", "rsplit", "(y6c;i1;)", "[b'abc']" },
    { "Y616263;", "rsplit", "(y6c;i1;)", "[bytearray(b'abc')]" },
    { "y616263;", "partition", "(y6c;)", "(b'abc', b'', b'')" },
    { "Y616263;", "partition", "(y6c;)", "(bytearray(b'abc'), bytearray(b''), bytearray(b''))" },
    { "y616263;", "rpartition", "(y61;)", "(b'', b'a', b'bc')" },
    { "Y616263;", "rpartition", "(y61;)", "(bytearray(b''), bytearray(b'a'), bytearray(b'bc'))" },
    { "y616263;", "replace", "(y61;y3c3e;)", "b'<>bc'" },
    { "Y616263;", "replace", "(y61;y3c3e;)", "bytearray(b'<>bc')" },
    { "y616263;", "replace", "(y;y2d;i3;)", "b'-a-b-c'" },
    { "Y616263;", "replace", "(y;y2d;i3;)", "bytearray(b'-a-b-c')" },
    { "y616263;", "strip", "(y610d;)", "b'bc'" },
    { "Y616263;", "strip", "(y610d;)", "bytearray(b'bc')" },
    { "y616263;", "removeprefix", "(y6162;)", "b'c'" },
    { "Y616263;", "removeprefix", "(y6162;)", "bytearray(b'c')" },
    { "y616263;", "removesuffix", "(y0d;)", "b'abc'" },
    { "Y616263;", "removesuffix", "(y0d;)", "bytearray(b'abc')" },
    { "y616263;", "translate", "(ny6165696f75;)", "b'bc'" },
    { "Y616263;", "translate", "(ny6165696f75;)", "bytearray(b'bc')" },
    { "y616263;", "join", "([y78;Y79;])", "b'xabcy'" },
    { "Y616263;", "join", "([y78;Y79;])", "bytearray(b'xabcy')" },
    { "y48656c6c6f20576f726c64;", "capitalize", "()", "b'Hello world'" },
    { "y48656c6c6f20576f726c64;", "lower", "()", "b'hello world'" },
    { "y48656c6c6f20576f726c64;", "upper", "()", "b'HELLO WORLD'" },
    { "y48656c6c6f20576f726c64;", "swapcase", "()", "b'hELLO wORLD'" },
    { "y48656c6c6f20576f726c64;", "title", "()", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "isalnum", "()", "False" },
    { "y48656c6c6f20576f726c64;", "isalpha", "()", "False" },
    { "y48656c6c6f20576f726c64;", "isascii", "()", "True" },
    { "y48656c6c6f20576f726c64;", "isdigit", "()", "False" },
    { "y48656c6c6f20576f726c64;", "islower", "()", "False" },
    { "y48656c6c6f20576f726c64;", "isspace", "()", "False" },
    { "y48656c6c6f20576f726c64;", "istitle", "()", "True" },
    { "y48656c6c6f20576f726c64;", "isupper", "()", "False" },
    { "y48656c6c6f20576f726c64;", "split", "()", "[b'Hello', b'World']" },
    { "y48656c6c6f20576f726c64;", "rsplit", "()", "[b'Hello', b'World']" },
    { "y48656c6c6f20576f726c64;", "splitlines", "()", "[b'Hello World']" },
    { "y48656c6c6f20576f726c64;", "splitlines", "(T)", "[b'Hello World']" },
    { "y48656c6c6f20576f726c64;", "strip", "()", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "lstrip", "()", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "rstrip", "()", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "expandtabs", "()", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "expandtabs", "(i4;)", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "hex", "()", "'48656c6c6f20576f726c64'" },
    { "y48656c6c6f20576f726c64;", "hex", "(s1::)", "'48:65:6c:6c:6f:20:57:6f:72:6c:64'" },
    { "y48656c6c6f20576f726c64;", "hex", "(s1:-i2;)", "'48-656c-6c6f-2057-6f72-6c64'" },
    { "y48656c6c6f20576f726c64;", "hex", "(y7c;i-2;)", "'4865|6c6c|6f20|576f|726c|64'" },
    { "y48656c6c6f20576f726c64;", "decode", "()", "'Hello World'" },
    { "y48656c6c6f20576f726c64;", "decode", "(s7:latin-1)", "'Hello World'" },
    { "y48656c6c6f20576f726c64;", "decode", "(s5:asciis7:replace)", "'Hello World'" },
    { "y48656c6c6f20576f726c64;", "center", "(i15;y2a;)", "b'**Hello World**'" },
    { "y48656c6c6f20576f726c64;", "ljust", "(i12;)", "b'Hello World '" },
    { "y48656c6c6f20576f726c64;", "rjust", "(i12;y30;)", "b'0Hello World'" },
    { "y48656c6c6f20576f726c64;", "zfill", "(i14;)", "b'000Hello World'" },
    { "y48656c6c6f20576f726c64;", "count", "(y61;)", "0" },
    { "y48656c6c6f20576f726c64;", "count", "(i97;)", "0" },
    { "y48656c6c6f20576f726c64;", "count", "(y;)", "12" },
    { "y48656c6c6f20576f726c64;", "find", "(y62;)", "-1" },
    { "y48656c6c6f20576f726c64;", "find", "(i98;i1;)", "-1" },
    { "y48656c6c6f20576f726c64;", "rfind", "(y6c;)", "9" },
    { "y48656c6c6f20576f726c64;", "index", "(y61;)", "!ValueError: subsection not found" },
    { "y48656c6c6f20576f726c64;", "rindex", "(i99;)", "!ValueError: subsection not found" },
    { "y48656c6c6f20576f726c64;", "startswith", "(y61;)", "False" },
    { "y48656c6c6f20576f726c64;", "endswith", "((y63;y0d;))", "False" },
    { "y48656c6c6f20576f726c64;", "split", "(y2c;)", "[b'Hello World']" },
    { "y48656c6c6f20576f726c64;", "split", "(ni1;)", "[b'Hello', b'World']" },
    { "y48656c6c6f20576f726c64;", "rsplit", "(y6c;i1;)", "[b'Hello Wor', b'd']" },
    { "y48656c6c6f20576f726c64;", "partition", "(y6c;)", "(b'He', b'l', b'lo World')" },
    { "y48656c6c6f20576f726c64;", "rpartition", "(y61;)", "(b'', b'', b'Hello World')" },
    { "y48656c6c6f20576f726c64;", "replace", "(y61;y3c3e;)", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "replace", "(y;y2d;i3;)", "b'-H-e-llo World'" },
    { "y48656c6c6f20576f726c64;", "strip", "(y610d;)", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "removeprefix", "(y6162;)", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "removesuffix", "(y0d;)", "b'Hello World'" },
    { "y48656c6c6f20576f726c64;", "translate", "(ny6165696f75;)", "b'Hll Wrld'" },
    { "y48656c6c6f20576f726c64;", "join", "([y78;Y79;])", "b'xHello Worldy'" },
    { "y20206120622020632020;", "capitalize", "()", "b'  a b  c  '" },
    { "y20206120622020632020;", "lower", "()", "b'  a b  c  '" },
    { "y20206120622020632020;", "upper", "()", "b'  A B  C  '" },
    { "y20206120622020632020;", "swapcase", "()", "b'  A B  C  '" },
    { "y20206120622020632020;", "title", "()", "b'  A B  C  '" },
    { "y20206120622020632020;", "isalnum", "()", "False" },
    { "y20206120622020632020;", "isalpha", "()", "False" },
    { "y20206120622020632020;", "isascii", "()", "True" },
    { "y20206120622020632020;", "isdigit", "()", "False" },
    { "y20206120622020632020;", "islower", "()", "True" },
    { "y20206120622020632020;", "isspace", "()", "False" },
    { "y20206120622020632020;", "istitle", "()", "False" },
    { "y20206120622020632020;", "isupper", "()", "False" },
    { "y20206120622020632020;", "split", "()", "[b'a', b'b', b'c']" },
    { "y20206120622020632020;", "rsplit", "()", "[b'a', b'b', b'c']" },
    { "y20206120622020632020;", "splitlines", "()", "[b'  a b  c  ']" },
    { "y20206120622020632020;", "splitlines", "(T)", "[b'  a b  c  ']" },
    { "y20206120622020632020;", "strip", "()", "b'a b  c'" },
    { "y20206120622020632020;", "lstrip", "()", "b'a b  c  '" },
    { "y20206120622020632020;", "rstrip", "()", "b'  a b  c'" },
    { "y20206120622020632020;", "expandtabs", "()", "b'  a b  c  '" },
    { "y20206120622020632020;", "expandtabs", "(i4;)", "b'  a b  c  '" },
    { "y20206120622020632020;", "hex", "()", "'20206120622020632020'" },
    { "y20206120622020632020;", "hex", "(s1::)", "'20:20:61:20:62:20:20:63:20:20'" },
    { "y20206120622020632020;", "hex", "(s1:-i2;)", "'2020-6120-6220-2063-2020'" },
    { "y20206120622020632020;", "hex", "(y7c;i-2;)", "'2020|6120|6220|2063|2020'" },
    { "y20206120622020632020;", "decode", "()", "'  a b  c  '" },
    { "y20206120622020632020;", "decode", "(s7:latin-1)", "'  a b  c  '" },
    { "y20206120622020632020;", "decode", "(s5:asciis7:replace)", "'  a b  c  '" },
    { "y20206120622020632020;", "center", "(i15;y2a;)", "b'***  a b  c  **'" },
    { "y20206120622020632020;", "ljust", "(i12;)", "b'  a b  c    '" },
    { "y20206120622020632020;", "rjust", "(i12;y30;)", "b'00  a b  c  '" },
    { "y20206120622020632020;", "zfill", "(i14;)", "b'0000  a b  c  '" },
    { "y20206120622020632020;", "count", "(y61;)", "1" },
    { "y20206120622020632020;", "count", "(i97;)", "1" },
    { "y20206120622020632020;", "count", "(y;)", "11" },
    { "y20206120622020632020;", "find", "(y62;)", "4" },
    { "y20206120622020632020;", "find", "(i98;i1;)", "4" },
    { "y20206120622020632020;", "rfind", "(y6c;)", "-1" },
    { "y20206120622020632020;", "index", "(y61;)", "2" },
    { "y20206120622020632020;", "rindex", "(i99;)", "7" },
    { "y20206120622020632020;", "startswith", "(y61;)", "False" },
    { "y20206120622020632020;", "endswith", "((y63;y0d;))", "False" },
    { "y20206120622020632020;", "split", "(y2c;)", "[b'  a b  c  ']" },
    { "y20206120622020632020;", "split", "(ni1;)", "[b'a', b'b  c  ']" },
    { "y20206120622020632020;", "rsplit", "(y6c;i1;)", "[b'  a b  c  ']" },
    { "y20206120622020632020;", "partition", "(y6c;)", "(b'  a b  c  ', b'', b'')" },
    { "y20206120622020632020;", "rpartition", "(y61;)", "(b'  ', b'a', b' b  c  ')" },
    { "y20206120622020632020;", "replace", "(y61;y3c3e;)", "b'  <> b  c  '" },
    { "y20206120622020632020;", "replace", "(y;y2d;i3;)", "b'- - -a b  c  '" },
    { "y20206120622020632020;", "strip", "(y610d;)", "b'  a b  c  '" },
    { "y20206120622020632020;", "removeprefix", "(y6162;)", "b'  a b  c  '" },
    { "y20206120622020632020;", "removesuffix", "(y0d;)", "b'  a b  c  '" },
    { "y20206120622020632020;", "translate", "(ny6165696f75;)", "b'   b  c  '" },
    { "y20206120622020632020;", "join", "([y78;Y79;])", "b'x  a b  c  y'" },
    { "y612c622c2c63;", "capitalize", "()", "b'A,b,,c'" },
    { "Y612c622c2c63;", "capitalize", "()", "bytearray(b'A,b,,c')" },
    { "y612c622c2c63;", "lower", "()", "b'a,b,,c'" },
    { "Y612c622c2c63;", "lower", "()", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "upper", "()", "b'A,B,,C'" },
    { "Y612c622c2c63;", "upper", "()", "bytearray(b'A,B,,C')" },
    { "y612c622c2c63;", "swapcase", "()", "b'A,B,,C'" },
    { "Y612c622c2c63;", "swapcase", "()", "bytearray(b'A,B,,C')" },
    { "y612c622c2c63;", "title", "()", "b'A,B,,C'" },
    { "Y612c622c2c63;", "title", "()", "bytearray(b'A,B,,C')" },
    { "y612c622c2c63;", "isalnum", "()", "False" },
    { "Y612c622c2c63;", "isalnum", "()", "False" },
    { "y612c622c2c63;", "isalpha", "()", "False" },
    { "Y612c622c2c63;", "isalpha", "()", "False" },
    { "y612c622c2c63;", "isascii", "()", "True" },
    { "Y612c622c2c63;", "isascii", "()", "True" },
    { "y612c622c2c63;", "isdigit", "()", "False" },
    { "Y612c622c2c63;", "isdigit", "()", "False" },
    { "y612c622c2c63;", "islower", "()", "True" },
    { "Y612c622c2c63;", "islower", "()", "True" },
    { "y612c622c2c63;", "isspace", "()", "False" },
    { "Y612c622c2c63;", "isspace", "()", "False" },
    { "y612c622c2c63;", "istitle", "()", "False" },
    { "Y612c622c2c63;", "istitle", "()", "False" },
    { "y612c622c2c63;", "isupper", "()", "False" },
    { "Y612c622c2c63;", "isupper", "()", "False" },
    { "y612c622c2c63;", "split", "()", "[b'a,b,,c']" },
    { "Y612c622c2c63;", "split", "()", "[bytearray(b'a,b,,c')]" },
    { "y612c622c2c63;", "rsplit", "()", "[b'a,b,,c']" },
    { "Y612c622c2c63;", "rsplit", "()", "[bytearray(b'a,b,,c')]" },
    { "y612c622c2c63;", "splitlines", "()", "[b'a,b,,c']" },
    { "Y612c622c2c63;", "splitlines", "()", "[bytearray(b'a,b,,c')]" },
    { "y612c622c2c63;", "splitlines", "(T)", "[b'a,b,,c']" },
    { "Y612c622c2c63;", "splitlines", "(T)", "[bytearray(b'a,b,,c')]" },
    { "y612c622c2c63;", "strip", "()", "b'a,b,,c'" },
    { "Y612c622c2c63;", "strip", "()", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "lstrip", "()", "b'a,b,,c'" },
    { "Y612c622c2c63;", "lstrip", "()", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "rstrip", "()", "b'a,b,,c'" },
    { "Y612c622c2c63;", "rstrip", "()", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "expandtabs", "()", "b'a,b,,c'" },
    { "Y612c622c2c63;", "expandtabs", "()", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "expandtabs", "(i4;)", "b'a,b,,c'" },
    { "Y612c622c2c63;", "expandtabs", "(i4;)", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "hex", "()", "'612c622c2c63'" },
    { "Y612c622c2c63;", "hex", "()", "'612c622c2c63'" },
    { "y612c622c2c63;", "hex", "(s1::)", "'61:2c:62:2c:2c:63'" },
    { "Y612c622c2c63;", "hex", "(s1::)", "'61:2c:62:2c:2c:63'" },
    { "y612c622c2c63;", "hex", "(s1:-i2;)", "'612c-622c-2c63'" },
    { "Y612c622c2c63;", "hex", "(s1:-i2;)", "'612c-622c-2c63'" },
    { "y612c622c2c63;", "hex", "(y7c;i-2;)", "'612c|622c|2c63'" },
    { "Y612c622c2c63;", "hex", "(y7c;i-2;)", "'612c|622c|2c63'" },
    { "y612c622c2c63;", "decode", "()", "'a,b,,c'" },
    { "Y612c622c2c63;", "decode", "()", "'a,b,,c'" },
    { "y612c622c2c63;", "decode", "(s7:latin-1)", "'a,b,,c'" },
    { "Y612c622c2c63;", "decode", "(s7:latin-1)", "'a,b,,c'" },
    { "y612c622c2c63;", "decode", "(s5:asciis7:replace)", "'a,b,,c'" },
    { "Y612c622c2c63;", "decode", "(s5:asciis7:replace)", "'a,b,,c'" },
    { "y612c622c2c63;", "center", "(i15;y2a;)", "b'*****a,b,,c****'" },
    { "Y612c622c2c63;", "center", "(i15;y2a;)", "bytearray(b'*****a,b,,c****')" },
    { "y612c622c2c63;", "ljust", "(i12;)", "b'a,b,,c      '" },
    { "Y612c622c2c63;", "ljust", "(i12;)", "bytearray(b'a,b,,c      ')" },
    { "y612c622c2c63;", "rjust", "(i12;y30;)", "b'000000a,b,,c'" },
    { "Y612c622c2c63;", "rjust", "(i12;y30;)", "bytearray(b'000000a,b,,c')" },
    { "y612c622c2c63;", "zfill", "(i14;)", "b'00000000a,b,,c'" },
    { "Y612c622c2c63;", "zfill", "(i14;)", "bytearray(b'00000000a,b,,c')" },
    { "y612c622c2c63;", "count", "(y61;)", "1" },
    { "Y612c622c2c63;", "count", "(y61;)", "1" },
    { "y612c622c2c63;", "count", "(i97;)", "1" },
    { "Y612c622c2c63;", "count", "(i97;)", "1" },
    { "y612c622c2c63;", "count", "(y;)", "7" },
    { "Y612c622c2c63;", "count", "(y;)", "7" },
    { "y612c622c2c63;", "find", "(y62;)", "2" },
    { "Y612c622c2c63;", "find", "(y62;)", "2" },
    { "y612c622c2c63;", "find", "(i98;i1;)", "2" },
    { "Y612c622c2c63;", "find", "(i98;i1;)", "2" },
    { "y612c622c2c63;", "rfind", "(y6c;)", "-1" },
    { "Y612c622c2c63;", "rfind", "(y6c;)", "-1" },
    { "y612c622c2c63;", "index", "(y61;)", "0" },
    { "Y612c622c2c63;", "index", "(y61;)", "0" },
    { "y612c622c2c63;", "rindex", "(i99;)", "5" },
    { "Y612c622c2c63;", "rindex", "(i99;)", "5" },
    { "y612c622c2c63;", "startswith", "(y61;)", "True" },
    { "Y612c622c2c63;", "startswith", "(y61;)", "True" },
    { "y612c622c2c63;", "endswith", "((y63;y0d;))", "True" },
    { "Y612c622c2c63;", "endswith", "((y63;y0d;))", "True" },
    { "y612c622c2c63;", "split", "(y2c;)", "[b'a', b'b', b'', b'c']" },
    { "Y612c622c2c63;", "split", "(y2c;)", "[bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]" },
    { "y612c622c2c63;", "split", "(ni1;)", "[b'a,b,,c']" },
    { "Y612c622c2c63;", "split", "(ni1;)", "[bytearray(b'a,b,,c')]" },
    { "y612c622c2c63;", "rsplit", "(y6c;i1;)", "[b'a,b,,c']" },
    { "Y612c622c2c63;", "rsplit", "(y6c;i1;)", "[bytearray(b'a,b,,c')]" },
    { "y612c622c2c63;", "partition", "(y6c;)", "(b'a,b,,c', b'', b'')" },
    { "Y612c622c2c63;", "partition", "(y6c;)", "(bytearray(b'a,b,,c'), bytearray(b''), bytearray(b''))" },
    { "y612c622c2c63;", "rpartition", "(y61;)", "(b'', b'a', b',b,,c')" },
    { "Y612c622c2c63;", "rpartition", "(y61;)", "(bytearray(b''), bytearray(b'a'), bytearray(b',b,,c'))" },
    { "y612c622c2c63;", "replace", "(y61;y3c3e;)", "b'<>,b,,c'" },
    { "Y612c622c2c63;", "replace", "(y61;y3c3e;)", "bytearray(b'<>,b,,c')" },
    { "y612c622c2c63;", "replace", "(y;y2d;i3;)", "b'-a-,-b,,c'" },
    { "Y612c622c2c63;", "replace", "(y;y2d;i3;)", "bytearray(b'-a-,-b,,c')" },
    { "y612c622c2c63;", "strip", "(y610d;)", "b',b,,c'" },
    { "Y612c622c2c63;", "strip", "(y610d;)", "bytearray(b',b,,c')" },
    { "y612c622c2c63;", "removeprefix", "(y6162;)", "b'a,b,,c'" },
    { "Y612c622c2c63;", "removeprefix", "(y6162;)", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "removesuffix", "(y0d;)", "b'a,b,,c'" },
    { "Y612c622c2c63;", "removesuffix", "(y0d;)", "bytearray(b'a,b,,c')" },
    { "y612c622c2c63;", "translate", "(ny6165696f75;)", "b',b,,c'" },
    { "Y612c622c2c63;", "translate", "(ny6165696f75;)", "bytearray(b',b,,c')" },
    { "y612c622c2c63;", "join", "([y78;Y79;])", "b'xa,b,,cy'" },
    { "Y612c622c2c63;", "join", "([y78;Y79;])", "bytearray(b'xa,b,,cy')" },
    { "y7809790d0a6c330d;", "capitalize", "()", "b'X\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "lower", "()", "b'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "upper", "()", "b'X\\tY\\r\\nL3\\r'" },
    { "y7809790d0a6c330d;", "swapcase", "()", "b'X\\tY\\r\\nL3\\r'" },
    { "y7809790d0a6c330d;", "title", "()", "b'X\\tY\\r\\nL3\\r'" },
    { "y7809790d0a6c330d;", "isalnum", "()", "False" },
    { "y7809790d0a6c330d;", "isalpha", "()", "False" },
    { "y7809790d0a6c330d;", "isascii", "()", "True" },
    { "y7809790d0a6c330d;", "isdigit", "()", "False" },
    { "y7809790d0a6c330d;", "islower", "()", "True" },
    { "y7809790d0a6c330d;", "isspace", "()", "False" },
    { "y7809790d0a6c330d;", "istitle", "()", "False" },
    { "y7809790d0a6c330d;", "isupper", "()", "False" },
    { "y7809790d0a6c330d;", "split", "()", "[b'x', b'y', b'l3']" },
    { "y7809790d0a6c330d;", "rsplit", "()", "[b'x', b'y', b'l3']" },
    { "y7809790d0a6c330d;", "splitlines", "()", "[b'x\\ty', b'l3']" },
    { "y7809790d0a6c330d;", "splitlines", "(T)", "[b'x\\ty\\r\\n', b'l3\\r']" },
    { "y7809790d0a6c330d;", "strip", "()", "b'x\\ty\\r\\nl3'" },
    { "y7809790d0a6c330d;", "lstrip", "()", "b'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "rstrip", "()", "b'x\\ty\\r\\nl3'" },
    { "y7809790d0a6c330d;", "expandtabs", "()", "b'x       y\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "expandtabs", "(i4;)", "b'x   y\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "hex", "()", "'7809790d0a6c330d'" },
    { "y7809790d0a6c330d;", "hex", "(s1::)", "'78:09:79:0d:0a:6c:33:0d'" },
    { "y7809790d0a6c330d;", "hex", "(s1:-i2;)", "'7809-790d-0a6c-330d'" },
    { "y7809790d0a6c330d;", "hex", "(y7c;i-2;)", "'7809|790d|0a6c|330d'" },
    { "y7809790d0a6c330d;", "decode", "()", "'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "decode", "(s7:latin-1)", "'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "decode", "(s5:asciis7:replace)", "'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "center", "(i15;y2a;)", "b'****x\\ty\\r\\nl3\\r***'" },
    { "y7809790d0a6c330d;", "ljust", "(i12;)", "b'x\\ty\\r\\nl3\\r    '" },
    { "y7809790d0a6c330d;", "rjust", "(i12;y30;)", "b'0000x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "zfill", "(i14;)", "b'000000x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "count", "(y61;)", "0" },
    { "y7809790d0a6c330d;", "count", "(i97;)", "0" },
    { "y7809790d0a6c330d;", "count", "(y;)", "9" },
    { "y7809790d0a6c330d;", "find", "(y62;)", "-1" },
    { "y7809790d0a6c330d;", "find", "(i98;i1;)", "-1" },
    { "y7809790d0a6c330d;", "rfind", "(y6c;)", "5" },
    { "y7809790d0a6c330d;", "index", "(y61;)", "!ValueError: subsection not found" },
    { "y7809790d0a6c330d;", "rindex", "(i99;)", "!ValueError: subsection not found" },
    { "y7809790d0a6c330d;", "startswith", "(y61;)", "False" },
    { "y7809790d0a6c330d;", "endswith", "((y63;y0d;))", "True" },
    { "y7809790d0a6c330d;", "split", "(y2c;)", "[b'x\\ty\\r\\nl3\\r']" },
    { "y7809790d0a6c330d;", "split", "(ni1;)", "[b'x', b'y\\r\\nl3\\r']" },
    { "y7809790d0a6c330d;", "rsplit", "(y6c;i1;)", "[b'x\\ty\\r\\n', b'3\\r']" },
    { "y7809790d0a6c330d;", "partition", "(y6c;)", "(b'x\\ty\\r\\n', b'l', b'3\\r')" },
    { "y7809790d0a6c330d;", "rpartition", "(y61;)", "(b'', b'', b'x\\ty\\r\\nl3\\r')" },
    { "y7809790d0a6c330d;", "replace", "(y61;y3c3e;)", "b'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "replace", "(y;y2d;i3;)", "b'-x-\\t-y\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "strip", "(y610d;)", "b'x\\ty\\r\\nl3'" },
    { "y7809790d0a6c330d;", "removeprefix", "(y6162;)", "b'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "removesuffix", "(y0d;)", "b'x\\ty\\r\\nl3'" },
    { "y7809790d0a6c330d;", "translate", "(ny6165696f75;)", "b'x\\ty\\r\\nl3\\r'" },
    { "y7809790d0a6c330d;", "join", "([y78;Y79;])", "b'xx\\ty\\r\\nl3\\ry'" },
    { "y00ff7f80;", "capitalize", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "lower", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "upper", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "swapcase", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "title", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "isalnum", "()", "False" },
    { "y00ff7f80;", "isalpha", "()", "False" },
    { "y00ff7f80;", "isascii", "()", "False" },
    { "y00ff7f80;", "isdigit", "()", "False" },
    { "y00ff7f80;", "islower", "()", "False" },
    { "y00ff7f80;", "isspace", "()", "False" },
    { "y00ff7f80;", "istitle", "()", "False" },
    { "y00ff7f80;", "isupper", "()", "False" },
    { "y00ff7f80;", "split", "()", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "rsplit", "()", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "splitlines", "()", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "splitlines", "(T)", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "strip", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "lstrip", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "rstrip", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "expandtabs", "()", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "expandtabs", "(i4;)", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "hex", "()", "'00ff7f80'" },
    { "y00ff7f80;", "hex", "(s1::)", "'00:ff:7f:80'" },
    { "y00ff7f80;", "hex", "(s1:-i2;)", "'00ff-7f80'" },
    { "y00ff7f80;", "hex", "(y7c;i-2;)", "'00ff|7f80'" },
    { "y00ff7f80;", "decode", "()", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte" },
    { "y00ff7f80;", "decode", "(s7:latin-1)", "'\\x00\303\277\\x7f\\x80'" },
    { "y00ff7f80;", "decode", "(s5:asciis7:replace)", "'\\x00\357\277\275\\x7f\357\277\275'" },
    { "y00ff7f80;", "center", "(i15;y2a;)", "b'******\\x00\\xff\\x7f\\x80*****'" },
    { "y00ff7f80;", "ljust", "(i12;)", "b'\\x00\\xff\\x7f\\x80        '" },
    { "y00ff7f80;", "rjust", "(i12;y30;)", "b'00000000\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "zfill", "(i14;)", "b'0000000000\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "count", "(y61;)", "0" },
    { "y00ff7f80;", "count", "(i97;)", "0" },
    { "y00ff7f80;", "count", "(y;)", "5" },
    { "y00ff7f80;", "find", "(y62;)", "-1" },
    { "y00ff7f80;", "find", "(i98;i1;)", "-1" },
    { "y00ff7f80;", "rfind", "(y6c;)", "-1" },
    { "y00ff7f80;", "index", "(y61;)", "!ValueError: subsection not found" },
    { "y00ff7f80;", "rindex", "(i99;)", "!ValueError: subsection not found" },
    { "y00ff7f80;", "startswith", "(y61;)", "False" },
    { "y00ff7f80;", "endswith", "((y63;y0d;))", "False" },
    { "y00ff7f80;", "split", "(y2c;)", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "split", "(ni1;)", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "rsplit", "(y6c;i1;)", "[b'\\x00\\xff\\x7f\\x80']" },
    { "y00ff7f80;", "partition", "(y6c;)", "(b'\\x00\\xff\\x7f\\x80', b'', b'')" },
    { "y00ff7f80;", "rpartition", "(y61;)", "(b'', b'', b'\\x00\\xff\\x7f\\x80')" },
    { "y00ff7f80;", "replace", "(y61;y3c3e;)", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "replace", "(y;y2d;i3;)", "b'-\\x00-\\xff-\\x7f\\x80'" },
    { "y00ff7f80;", "strip", "(y610d;)", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "removeprefix", "(y6162;)", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "removesuffix", "(y0d;)", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "translate", "(ny6165696f75;)", "b'\\x00\\xff\\x7f\\x80'" },
    { "y00ff7f80;", "join", "([y78;Y79;])", "b'x\\x00\\xff\\x7f\\x80y'" },
    { "y4d6958654420313233;", "capitalize", "()", "b'Mixed 123'" },
    { "y4d6958654420313233;", "lower", "()", "b'mixed 123'" },
    { "y4d6958654420313233;", "upper", "()", "b'MIXED 123'" },
    { "y4d6958654420313233;", "swapcase", "()", "b'mIxEd 123'" },
    { "y4d6958654420313233;", "title", "()", "b'Mixed 123'" },
    { "y4d6958654420313233;", "isalnum", "()", "False" },
    { "y4d6958654420313233;", "isalpha", "()", "False" },
    { "y4d6958654420313233;", "isascii", "()", "True" },
    { "y4d6958654420313233;", "isdigit", "()", "False" },
    { "y4d6958654420313233;", "islower", "()", "False" },
    { "y4d6958654420313233;", "isspace", "()", "False" },
    { "y4d6958654420313233;", "istitle", "()", "False" },
    { "y4d6958654420313233;", "isupper", "()", "False" },
    { "y4d6958654420313233;", "split", "()", "[b'MiXeD', b'123']" },
    { "y4d6958654420313233;", "rsplit", "()", "[b'MiXeD', b'123']" },
    { "y4d6958654420313233;", "splitlines", "()", "[b'MiXeD 123']" },
    { "y4d6958654420313233;", "splitlines", "(T)", "[b'MiXeD 123']" },
    { "y4d6958654420313233;", "strip", "()", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "lstrip", "()", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "rstrip", "()", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "expandtabs", "()", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "expandtabs", "(i4;)", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "hex", "()", "'4d6958654420313233'" },
    { "y4d6958654420313233;", "hex", "(s1::)", "'4d:69:58:65:44:20:31:32:33'" },
    { "y4d6958654420313233;", "hex", "(s1:-i2;)", "'4d-6958-6544-2031-3233'" },
    { "y4d6958654420313233;", "hex", "(y7c;i-2;)", "'4d69|5865|4420|3132|33'" },
    { "y4d6958654420313233;", "decode", "()", "'MiXeD 123'" },
    { "y4d6958654420313233;", "decode", "(s7:latin-1)", "'MiXeD 123'" },
    { "y4d6958654420313233;", "decode", "(s5:asciis7:replace)", "'MiXeD 123'" },
    { "y4d6958654420313233;", "center", "(i15;y2a;)", "b'***MiXeD 123***'" },
    { "y4d6958654420313233;", "ljust", "(i12;)", "b'MiXeD 123   '" },
    { "y4d6958654420313233;", "rjust", "(i12;y30;)", "b'000MiXeD 123'" },
    { "y4d6958654420313233;", "zfill", "(i14;)", "b'00000MiXeD 123'" },
    { "y4d6958654420313233;", "count", "(y61;)", "0" },
    { "y4d6958654420313233;", "count", "(i97;)", "0" },
    { "y4d6958654420313233;", "count", "(y;)", "10" },
    { "y4d6958654420313233;", "find", "(y62;)", "-1" },
    { "y4d6958654420313233;", "find", "(i98;i1;)", "-1" },
    { "y4d6958654420313233;", "rfind", "(y6c;)", "-1" },
    { "y4d6958654420313233;", "index", "(y61;)", "!ValueError: subsection not found" },
    { "y4d6958654420313233;", "rindex", "(i99;)", "!ValueError: subsection not found" },
    { "y4d6958654420313233;", "startswith", "(y61;)", "False" },
    { "y4d6958654420313233;", "endswith", "((y63;y0d;))", "False" },
    { "y4d6958654420313233;", "split", "(y2c;)", "[b'MiXeD 123']" },
    { "y4d6958654420313233;", "split", "(ni1;)", "[b'MiXeD', b'123']" },
    { "y4d6958654420313233;", "rsplit", "(y6c;i1;)", "[b'MiXeD 123']" },
    { "y4d6958654420313233;", "partition", "(y6c;)", "(b'MiXeD 123', b'', b'')" },
    { "y4d6958654420313233;", "rpartition", "(y61;)", "(b'', b'', b'MiXeD 123')" },
    { "y4d6958654420313233;", "replace", "(y61;y3c3e;)", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "replace", "(y;y2d;i3;)", "b'-M-i-XeD 123'" },
    { "y4d6958654420313233;", "strip", "(y610d;)", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "removeprefix", "(y6162;)", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "removesuffix", "(y0d;)", "b'MiXeD 123'" },
    { "y4d6958654420313233;", "translate", "(ny6165696f75;)", "b'MXD 123'" },
    { "y4d6958654420313233;", "join", "([y78;Y79;])", "b'xMiXeD 123y'" },
    { "y616263;", "center", "(i5;s1:*)", "!TypeError: center() argument 2 must be a byte string of length 1, not str" },
    { "y616263;", "center", "(i5;y2a2a;)", "!TypeError: center() argument 2 must be a byte string of length 1, not bytes" },
    { "y616263;", "count", "(s1:b)", "!TypeError: argument should be integer or bytes-like object, not 'str'" },
    { "y616263;", "find", "(i300;)", "!ValueError: byte must be in range(0, 256)" },
    { "y616263;", "index", "(y7a;)", "!ValueError: subsection not found" },
    { "y616263;", "startswith", "(s1:a)", "!TypeError: startswith first arg must be bytes or a tuple of bytes, not str" },
    { "y616263;", "startswith", "((y78;s1:y))", "!TypeError: a bytes-like object is required, not 'str'" },
    { "y616263;", "split", "(s1:,)", "!TypeError: a bytes-like object is required, not 'str'" },
    { "y616263;", "split", "(y;)", "!ValueError: empty separator" },
    { "y616263;", "join", "([y61;s1:b])", "!TypeError: sequence item 1: expected a bytes-like object, str found" },
    { "y616263;", "join", "(i1;)", "!TypeError: can only join an iterable" },
    { "y616263;", "strip", "(s1:a)", "!TypeError: a bytes-like object is required, not 'str'" },
    { "y616263;", "replace", "(s1:by78;)", "!TypeError: a bytes-like object is required, not 'str'" },
    { "y616263;", "partition", "(s1:.)", "!TypeError: a bytes-like object is required, not 'str'" },
    { "y616263;", "hex", "(s2:::)", "!ValueError: sep must be length 1." },
    { "y616263;", "hex", "(i1;)", "!TypeError: object of type 'int' has no len()" },
    { "y616263;", "decode", "(s3:foo)", "!LookupError: unknown encoding: foo" },
    { "y616263;", "translate", "(y78;)", "!ValueError: translation table must be 256 characters long" },
    { "y616263;", "upper", "(i1;)", "!TypeError: bytes.upper() takes no arguments (1 given)" },
    { "y616263;", "count", "()", "!TypeError: count() takes at least 1 argument (0 given)" },
};

/* ---- table-driven tests ------------------------------------------------ */

Test(str, method_table)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(method_cases); i++) {
        const MethodCase *c = &method_cases[i];
        TyObject *self = tyStr_fromCStr(c->self);
        const char *text = c->args;
        TyObject *args = strtest_value(&text);
        char what[300];
        snprintf(what, sizeof what, "'%s'.%s%s", c->self, c->method, c->args);
        strtest_check(call_repr(self, c->method, args), c->expect, what);
        TY_DECREF(args);
        TY_DECREF(self);
    }
}

Test(bytes, method_table)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(bytes_cases); i++) {
        const BytesCase *c = &bytes_cases[i];
        const char *text = c->self;
        TyObject *self = strtest_value(&text);
        text = c->args;
        TyObject *args = strtest_value(&text);
        char what[300];
        snprintf(what, sizeof what, "%s.%s%s", c->self, c->method, c->args);
        strtest_check(call_repr(self, c->method, args), c->expect, what);
        TY_DECREF(args);
        TY_DECREF(self);
    }
}

Test(str, hash_matches_cpython)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(str_hash_cases); i++) {
        const HashCase *c = &str_hash_cases[i];
        TyObject *s = tyStr_fromUtf8(c->data, c->n);
        cr_expect_eq(tyObj_hash(s), (ty_hash)c->hash, "hash of case %zu", i);
        cr_expect_eq(tyStr_hash(s), (ty_hash)c->hash, "cached hash of case %zu", i);
        TY_DECREF(s);
    }
}

Test(bytes, hash_matches_cpython)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(bytes_hash_cases); i++) {
        const HashCase *c = &bytes_hash_cases[i];
        TyObject *b = ct_take(tyBytes_fromData(c->data, c->n));
        cr_expect_eq(tyObj_hash(b), (ty_hash)c->hash, "hash of bytes case %zu", i);
    }
    /* A bytes object and the str of the same ASCII text hash alike. */
    cr_assert_eq(tyObj_hash(ct_take(tyBytes_fromData("key", 3))), tyObj_hash(ct_tmp_str("key")));
}

Test(str, repr_and_ascii)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(repr_cases); i++) {
        const ReprCase *c = &repr_cases[i];
        TyObject *s = ct_tmp_str(c->s);
        strtest_check(tyObj_repr(s), c->repr, "repr");
        strtest_check(tyStr_ascii(s), c->ascii, "ascii");
    }
}

Test(str, codecs_table)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(decode_cases); i++) {
        const DecodeCase *c = &decode_cases[i];
        char what[100];
        snprintf(what, sizeof what, "decode case %zu (%s, %s)", i, c->encoding, c->errors);
        TyObject *r = tyStr_decode(c->data, c->n, c->encoding, c->errors);
        strtest_check(r, c->expect, what);
    }
}

static void check_seq(uint32_t cp, const char *kind, int (*fn)(uint32_t, uint32_t[3]), const Seq *want)
{
    uint32_t out[3];
    int n = fn(cp, out);
    cr_expect_eq(n, want->n, "%s(U+%04X): %d code points, expected %d", kind, cp, n, want->n);
    for (int i = 0; i < n && i < want->n; i++)
        cr_expect_eq(out[i], want->cp[i], "%s(U+%04X)[%d] = U+%04X, expected U+%04X", kind, cp,
                     i, out[i], want->cp[i]);
}

Test(unicode, sample_matches_cpython)
{
    static const struct {
        bool (*fn)(uint32_t);
        const char *name;
    } preds[] = {
        { tyUni_isAlpha, "alpha" }, { tyUni_isDecimal, "decimal" }, { tyUni_isDigit, "digit" },
        { tyUni_isNumeric, "numeric" }, { tyUni_isSpace, "space" }, { tyUni_isUpper, "upper" },
        { tyUni_isLower, "lower" }, { tyUni_isTitle, "title" }, { tyUni_isPrintable, "printable" },
        { tyUni_isXidStart, "xid_start" }, { tyUni_isXidContinue, "xid_continue" },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(uni_cases); i++) {
        const UniCase *c = &uni_cases[i];
        for (size_t k = 0; k < TY_ARRAY_LEN(preds); k++) {
            bool want = (c->flags >> k) & 1;
            cr_expect_eq(preds[k].fn(c->cp), want, "U+%04X %s should be %d", c->cp,
                         preds[k].name, want);
        }
        cr_expect_eq(tyUni_decimalValue(c->cp), c->decimal, "decimal value of U+%04X", c->cp);
        check_seq(c->cp, "upper", tyUni_toUpper, &c->upper);
        check_seq(c->cp, "lower", tyUni_toLower, &c->lower);
        check_seq(c->cp, "title", tyUni_toTitle, &c->title);
        check_seq(c->cp, "fold", tyUni_toFolded, &c->fold);
    }
}

Test(unicode, cased_and_case_ignorable)
{
    cr_assert(tyUni_isCased('A') && tyUni_isCased(0x2B0) && tyUni_isCased(0x345));
    cr_assert(!tyUni_isCased('1') && !tyUni_isCased('\''));
    cr_assert(tyUni_isCaseIgnorable('\'') && tyUni_isCaseIgnorable('.') && tyUni_isCaseIgnorable(':'));
    cr_assert(tyUni_isCaseIgnorable(0xAD) && tyUni_isCaseIgnorable(0x2B0));
    cr_assert(!tyUni_isCaseIgnorable('a') && !tyUni_isCaseIgnorable(' '));
    /* Past the last code point: nothing. */
    uint32_t out[3];
    cr_assert(!tyUni_isAlpha(0x110000) && !tyUni_isPrintable(0x7FFFFFFF));
    cr_assert_eq(tyUni_toUpper(0x110000, out), 1);
    cr_assert_eq(out[0], 0x110000);
}

/* ---- str internals ----------------------------------------------------- */

Test(str, short_strings_are_static)
{
    TyObject *e1 = tyStr_fromCStr(""), *e2 = tyStr_fromUtf8("abc", 0);
    cr_assert_eq(e1, e2);
    cr_assert_geq(TY_REFCNT(e1), TY_IMMORTAL_THRESHOLD);
    TyObject *a1 = tyStr_fromCStr("a"), *a2 = tyStr_fromCodepoint('a');
    TyObject *s = ct_tmp_str("xaz");
    TyObject *a3 = tyStr_substring(s, 1, 2);
    cr_assert(a1 == a2 && a2 == a3);
    TyObject *y1 = tyStr_fromCStr("\xc3\xbf"), *y2 = tyStr_fromCodepoint(0xFF);
    cr_assert_eq(y1, y2);
    cr_assert_eq(TY_STR_LEN(y1), 1);
    cr_assert(!TY_STR_IS_ASCII(y1));
    /* U+0100 is past Latin-1: a fresh object each time. */
    TyObject *c1 = ct_take(tyStr_fromCodepoint(0x100)), *c2 = ct_take(tyStr_fromCodepoint(0x100));
    cr_assert_neq(c1, c2);
    cr_assert(tyStr_eq(c1, c2));
    TY_DECREF(e1);
    TY_DECREF(e2);
    TY_DECREF(a1);
    TY_DECREF(a2);
    TY_DECREF(a3);
    TY_DECREF(y1);
    TY_DECREF(y2);
}

Test(str, length_and_ascii_flag)
{
    TyObject *s = ct_tmp_str("h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80");
    cr_assert_eq(TY_STR_LEN(s), 8);
    cr_assert_eq(TY_STR_NBYTES(s), 14);
    cr_assert(!TY_STR_IS_ASCII(s));
    cr_assert_eq(tyStr_codepointAt(s, 1), 0xE9);
    cr_assert_eq(tyStr_codepointAt(s, 7), 0x1F600);
    cr_assert_eq(tyStr_byteOffset(s, 7), 10);
    TyObject *sub = ct_take(tyStr_substring(s, 2, 5));
    cr_assert_str_eq(TY_STR_UTF8(sub), "llo");
    cr_assert(TY_STR_IS_ASCII(sub));
    cr_assert_eq(ty_utf8Length("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" "abcdefgh", 18), 12);
    char enc[4];
    cr_assert_eq(ty_utf8Encode(0x10FFFF, enc), 4);
    const char *p = enc;
    cr_assert_eq(ty_utf8Decode(&p), 0x10FFFF);
    cr_assert_eq(p, enc + 4);
}

Test(str, intern_holds_no_reference)
{
    TyObject *a = tyStr_intern(tyStr_fromCStr("some_identifier"));
    cr_assert_eq(TY_REFCNT(a), 1);
    TyObject *b = tyStr_intern(tyStr_fromCStr("some_identifier"));
    cr_assert_eq(a, b);
    cr_assert_eq(TY_REFCNT(a), 2);
    TyObject *c = tyStr_internC("some_identifier");
    cr_assert_eq(c, a);
    TY_DECREF(b);
    TY_DECREF(c);
    cr_assert_eq(TY_REFCNT(a), 1);
    ssize_t live = tyMem_liveObjects();
    TY_DECREF(a);
    cr_assert_eq(tyMem_liveObjects(), live - 1);
    /* The dead string left the table: interning the text again works. */
    TyObject *d = tyStr_internC("some_identifier");
    cr_assert_eq(TY_REFCNT(d), 1);
    cr_assert(tyStr_eqC(d, "some_identifier"));
    TY_DECREF(d);
    /* Many interned strings, dropped in another order, keep the table sound. */
    TyObject *keep[300];
    char name[32];
    for (int i = 0; i < 300; i++) {
        snprintf(name, sizeof name, "name%d", i);
        keep[i] = tyStr_internC(name);
    }
    for (int i = 0; i < 300; i += 2)
        TY_DECREF(keep[i]);
    for (int i = 1; i < 300; i += 2) {
        snprintf(name, sizeof name, "name%d", i);
        TyObject *again = tyStr_internC(name);
        cr_assert_eq(again, keep[i]);
        TY_DECREF(again);
        TY_DECREF(keep[i]);
    }
}

Test(str, concat_and_in_place_growth)
{
    TyObject *a = ct_tmp_str("ab"), *empty = ct_tmp_str("");
    TyObject *r = ct_take(tyStr_concat(a, empty));
    cr_assert_eq(r, a);
    TyObject *s = tyStr_fromCStr("start");
    for (int i = 0; i < 100; i++)
        cr_assert_eq(tyStr_concatInPlace(&s, ct_tmp_str("-\xc3\xa9")), 0);
    cr_assert_eq(TY_STR_LEN(s), 5 + 200);
    cr_assert_eq(TY_STR_NBYTES(s), 5 + 300);
    cr_assert(!TY_STR_IS_ASCII(s));
    cr_assert_eq(TY_REFCNT(s), 1);
    cr_assert_eq(tyStr_concatInPlace(&s, s), 0);
    cr_assert_eq(TY_STR_LEN(s), 410);
    TyObject *shared = TY_NEWREF(s);
    cr_assert_eq(tyStr_concatInPlace(&s, a), 0);
    cr_assert_neq(s, shared);
    cr_assert_eq(TY_STR_LEN(shared), 410);
    cr_assert_eq(TY_STR_LEN(s), 412);
    TY_DECREF(shared);
    TY_DECREF(s);
}

Test(str, join_split_roundtrip)
{
    TyObject *list = ct_take(tyStr_split(ct_tmp_str("a,b,,c\xc3\xa9"), ct_tmp_str(","), -1));
    cr_assert_eq(TY_LIST_LEN(list), 4);
    TyObject *joined = ct_take(tyStr_join(ct_tmp_str(", "), list));
    cr_assert_str_eq(TY_STR_UTF8(joined), "a, b, , c\xc3\xa9");
    cr_assert_eq(TY_STR_LEN(joined), 10);
    TyObject *words = ct_take(tyStr_split(ct_tmp_str("  x  yy\t z "), NULL, -1));
    ct_assert_repr(words, "['x', 'yy', 'z']");
    /* A single exact str is shared, not copied. */
    TyObject *solo = ct_tmp_str("solo");
    TyObject *one = ct_take(tyTuple_pack(1, solo));
    TyObject *j = ct_take(tyStr_join(ct_tmp_str("-"), one));
    cr_assert_eq(j, solo);
    TyObject *whole = ct_take(tyStr_split(solo, NULL, -1));
    cr_assert_eq(TY_LIST_GET(whole, 0), solo);
    tyStr_join(ct_tmp_str("-"), ct_tmp_int(3));
    ct_assert_err("TypeError: can only join an iterable");
}

Test(str, replace_helper)
{
    TyObject *r = ct_take(tyStr_replace(ct_tmp_str("a-b-c"), ct_tmp_str("-"), ct_tmp_str("\xe2\x82\xac"), 1));
    cr_assert_str_eq(TY_STR_UTF8(r), "a\xe2\x82\xac" "b-c");
    cr_assert_eq(TY_STR_LEN(r), 5);
    TyObject *same = ct_tmp_str("unchanged");
    TyObject *r2 = ct_take(tyStr_replace(same, ct_tmp_str("zz"), ct_tmp_str("y"), -1));
    cr_assert_eq(r2, same);
}

Test(str, builder_and_from_format)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    for (int i = 0; i < 100; i++)
        cr_assert_eq(tyBuf_appendC(&b, "0123456789"), 0);
    cr_assert_eq(tyBuf_appendCodepoint(&b, 0x20AC), 0);
    cr_assert_eq(tyBuf_appendRepr(&b, ct_tmp_str("q'")), 0);
    TyObject *s = ct_take(tyBuf_finish(&b));
    cr_assert_eq(TY_STR_LEN(s), 1000 + 1 + 4);
    cr_assert_str_eq(TY_STR_UTF8(s) + 1003, "\"q'\"");
    TyObject *abc = ct_tmp_str("abc\xc3\xa9");
    TyObject *f = ct_take(tyStr_fromFormat("%s|%d|%ld|%zd|%lld|%u|%lu|%zu|%c|%x|%U|%R|%S|%T|%N|%.2s|%.3U|%%|%02x|%5d|%-4s|",
                                           "txt", -3, 4L, (ssize_t)-5, 6LL, 7u, 8UL, (size_t)9, 0xE9, 255u,
                                           abc, abc, ct_tmp_int(12), abc, &TyInt_Type, "\xc3\xa9xyz", abc, 7u, 42, "ab"));
    cr_assert_str_eq(TY_STR_UTF8(f), "txt|-3|4|-5|6|7|8|9|\xc3\xa9|ff|abc\xc3\xa9|'abc\xc3\xa9'|12|str|int|\xc3\xa9x|abc|%|07|   42|ab  |");
    TyObject *p = ct_take(tyStr_fromFormat("%p", (void *)0x1234));
    cr_assert_str_eq(TY_STR_UTF8(p), "0x1234");
}

Test(str, slot_operations)
{
    TyObject *s = ct_tmp_str("h\xc3\xa9llo");
    TyType *t = &TyStr_Type;
    cr_assert_eq(t->length(s), 5);
    ct_assert_repr(ct_take(t->subscript(s, ct_tmp_int(-4))), "'\xc3\xa9'");
    ct_assert_repr(ct_take(t->subscript(s, ct_tmp_slice(CT_NONE, CT_NONE, -2))), "'olh'");
    ct_assert_repr(ct_take(t->subscript(s, ct_tmp_slice(1, 3, CT_NONE))), "'\xc3\xa9l'");
    cr_assert_null(t->subscript(s, ct_tmp_int(5)));
    ct_assert_err("IndexError: string index out of range");
    cr_assert_null(t->subscript(s, ct_tmp_str("x")));
    ct_assert_err("TypeError: string indices must be integers, not 'str'");
    cr_assert_eq(t->contains(s, ct_tmp_str("\xc3\xa9l")), 1);
    cr_assert_eq(t->contains(s, ct_tmp_str("")), 1);
    cr_assert_eq(t->contains(s, ct_tmp_str("x")), 0);
    cr_assert_eq(t->contains(s, ct_tmp_int(1)), -1);
    ct_assert_err("TypeError: 'in <string>' requires string as left operand, not int");
    ct_assert_repr(ct_take(tyNum_binary(s, ct_tmp_int(2), TY_BINOP_MUL)), "'h\xc3\xa9lloh\xc3\xa9llo'");
    ct_assert_repr(ct_take(tyNum_binary(ct_tmp_int(-1), s, TY_BINOP_MUL)), "''");
    ct_assert_repr(ct_take(tyNum_binary(s, ct_tmp_str("!"), TY_BINOP_ADD)), "'h\xc3\xa9llo!'");
    cr_assert_null(tyNum_binary(s, ct_tmp_int(1), TY_BINOP_ADD));
    ct_assert_err("TypeError: can only concatenate str (not \"int\") to str");
    ct_assert_repr(ct_take(tyNum_binary(ct_tmp_str("%s=%d"), ct_tmp_tuple(2, s, ct_tmp_int(3)), TY_BINOP_MOD)),
                   "'h\xc3\xa9llo=3'");
    cr_assert_eq(tyObj_richCompareBool(ct_tmp_str("abc"), ct_tmp_str("abd"), TY_LT), 1);
    cr_assert_eq(tyObj_richCompareBool(ct_tmp_str("\xc3\xa9"), ct_tmp_str("z"), TY_GT), 1);
    cr_assert_eq(tyObj_richCompareBool(ct_tmp_str("ab"), ct_tmp_str("abc"), TY_LE), 1);
    cr_assert_eq(tyObj_richCompareBool(ct_tmp_str("ab"), ct_tmp_int(1), TY_EQ), 0);
    ct_assert_repr(ct_tmp_list_of(s), "['h', '\xc3\xa9', 'l', 'l', 'o']");
}

Test(str, constructor)
{
    TyObject *args[3] = { ct_take(tyBytes_fromData("a\xff", 2)), ct_tmp_str("latin-1"), NULL };
    ct_assert_repr(ct_take(TyStr_Type.tp_new(&TyStr_Type, args, 2, NULL)), "'a\xc3\xbf'");
    args[1] = ct_tmp_str("utf-8");
    cr_assert_null(TyStr_Type.tp_new(&TyStr_Type, args, 2, NULL));
    ct_assert_err("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    args[2] = ct_tmp_str("replace");
    ct_assert_repr(ct_take(TyStr_Type.tp_new(&TyStr_Type, args, 3, NULL)), "'a\xef\xbf\xbd'");
    args[0] = ct_tmp_int(5);
    ct_assert_repr(ct_take(TyStr_Type.tp_new(&TyStr_Type, args, 1, NULL)), "'5'");
    cr_assert_null(TyStr_Type.tp_new(&TyStr_Type, args, 2, NULL));
    ct_assert_err("TypeError: decoding to str: need a bytes-like object, int found");
    ct_assert_repr(ct_take(TyStr_Type.tp_new(&TyStr_Type, args, 0, NULL)), "''");
}

Test(str, encode_errors)
{
    TyObject *s = ct_tmp_str("a\xe2\x82\xac\xe2\x82\xac" "b\xc3\xa9");
    cr_assert_null(tyStr_encode(s, "ascii", NULL));
    ct_assert_err("UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
    cr_assert_null(tyStr_encode(s, "latin-1", "strict"));
    ct_assert_err("UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)");
    ct_assert_repr(ct_take(tyStr_encode(s, "latin1", "replace")), "b'a??b\\xe9'");
    ct_assert_repr(ct_take(tyStr_encode(ct_tmp_str("ab"), "utf-16-le", NULL)), "b'a\\x00b\\x00'");
    cr_assert_null(tyStr_encode(s, "no-such-codec", NULL));
    ct_assert_err("LookupError: unknown encoding: no-such-codec");
    ct_assert_repr(ct_take(tyStr_encode(ct_tmp_str("plain"), "ascii", "nonsense")), "b'plain'");
    cr_assert_null(tyStr_encode(s, "ascii", "nonsense"));
    ct_assert_err("LookupError: unknown error handler name 'nonsense'");
}

/* ---- bytes and bytearray ----------------------------------------------- */

Test(bytes, basics)
{
    TyObject *b = ct_take(tyBytes_fromData("it's\x00\xff", 6));
    ct_assert_repr(b, "b\"it's\\x00\\xff\"");
    TyType *t = &TyBytes_Type;
    cr_assert_eq(t->length(b), 6);
    ct_assert_repr(ct_take(t->subscript(b, ct_tmp_int(-1))), "255");
    ct_assert_repr(ct_take(t->subscript(b, ct_tmp_slice(CT_NONE, CT_NONE, -3))), "b\"\\xff'\"");
    cr_assert_null(t->subscript(b, ct_tmp_int(6)));
    ct_assert_err("IndexError: index out of range");
    cr_assert_eq(t->contains(b, ct_tmp_int(255)), 1);
    cr_assert_eq(t->contains(b, ct_take(tyBytes_fromData("'s", 2))), 1);
    cr_assert_eq(t->contains(b, ct_tmp_int(256)), -1);
    ct_assert_err("ValueError: byte must be in range(0, 256)");
    cr_assert_eq(t->contains(b, ct_tmp_str("i")), -1);
    ct_assert_err("TypeError: a bytes-like object is required, not 'str'");
    cr_assert_null(tyNum_binary(b, ct_tmp_str("x"), TY_BINOP_ADD));
    ct_assert_err("TypeError: can't concat str to bytes");
    ct_assert_repr(ct_take(tyNum_binary(ct_take(tyBytes_fromData("ab", 2)), ct_tmp_int(3), TY_BINOP_MUL)), "b'ababab'");
    ct_assert_repr(ct_tmp_list_of(ct_take(tyBytes_fromData("AZ", 2))), "[65, 90]");
    /* b'' and one-byte objects are shared. */
    TyObject *e1 = tyBytes_fromData("", 0), *e2 = tyBytes_fromData("xyz", 0);
    cr_assert_eq(e1, e2);
    TyObject *c1 = tyBytes_fromData("q", 1), *c2 = t->subscript(ct_take(tyBytes_fromData("xq", 2)), ct_tmp_slice(1, 2, CT_NONE));
    cr_assert_eq(c1, c2);
    TY_DECREF(e1);
    TY_DECREF(e2);
    TY_DECREF(c1);
    TY_DECREF(c2);
    cr_assert_eq(tyObj_richCompareBool(ct_take(tyBytes_fromData("ab", 2)), ct_take(tyByteArray_fromData("ab", 2)), TY_EQ), 1);
    cr_assert_eq(tyObj_richCompareBool(ct_take(tyBytes_fromData("ab", 2)), ct_tmp_str("ab"), TY_EQ), 0);
}

Test(bytes, constructor)
{
    TyObject *args[3];
    args[0] = ct_tmp_int(3);
    ct_assert_repr(ct_take(TyBytes_Type.tp_new(&TyBytes_Type, args, 1, NULL)), "b'\\x00\\x00\\x00'");
    args[0] = ct_take(tyList_fromArray((TyObject *[]){ ct_tmp_int(104), ct_tmp_int(105) }, 2));
    ct_assert_repr(ct_take(TyBytes_Type.tp_new(&TyBytes_Type, args, 1, NULL)), "b'hi'");
    args[0] = ct_tmp_str("\xc3\xa9");
    args[1] = ct_tmp_str("utf-8");
    ct_assert_repr(ct_take(TyBytes_Type.tp_new(&TyBytes_Type, args, 2, NULL)), "b'\\xc3\\xa9'");
    cr_assert_null(TyBytes_Type.tp_new(&TyBytes_Type, args, 1, NULL));
    ct_assert_err("TypeError: string argument without an encoding");
    args[0] = ct_tmp_int(-1);
    cr_assert_null(TyBytes_Type.tp_new(&TyBytes_Type, args, 1, NULL));
    ct_assert_err("ValueError: negative count");
    args[0] = ct_take(tyList_fromArray((TyObject *[]){ ct_tmp_int(256) }, 1));
    cr_assert_null(TyBytes_Type.tp_new(&TyBytes_Type, args, 1, NULL));
    ct_assert_err("ValueError: bytes must be in range(0, 256)");
    args[0] = ct_take(tyFloat_from(1.5));
    cr_assert_null(TyBytes_Type.tp_new(&TyBytes_Type, args, 1, NULL));
    ct_assert_err("TypeError: cannot convert 'float' object to bytes");
    args[0] = ct_tmp_int(1);
    cr_assert_null(TyBytes_Type.tp_new(&TyBytes_Type, args, 2, NULL));
    ct_assert_err("TypeError: encoding without a string argument");
}

Test(bytes, bytearray_mutation)
{
    TyObject *ba = ct_take(tyByteArray_fromData("abc", 3));
    TyType *t = &TyByteArray_Type;
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_int(0), ct_tmp_int(65)), 0);
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_slice(1, 2, CT_NONE), ct_take(tyBytes_fromData("xyz", 3))), 0);
    ct_assert_repr(ba, "bytearray(b'Axyzc')");
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_slice(CT_NONE, CT_NONE, 2), NULL), 0);
    ct_assert_repr(ba, "bytearray(b'xz')");
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_slice(0, 0, CT_NONE), ba), 0);
    ct_assert_repr(ba, "bytearray(b'xzxz')");
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_slice(0, 4, 2), ct_take(tyBytes_fromData("a", 1))), -1);
    ct_assert_err("ValueError: attempt to assign bytes of size 1 to extended slice of size 2");
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_int(9), ct_tmp_int(1)), -1);
    ct_assert_err("IndexError: bytearray index out of range");
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_int(0), ct_tmp_int(256)), -1);
    ct_assert_err("ValueError: byte must be in range(0, 256)");
    cr_assert_eq(t->ass_subscript(ba, ct_tmp_slice(0, 1, CT_NONE), ct_tmp_str("q")), -1);
    ct_assert_err("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    ct_take(ct_call(ba, "append", 1, ct_tmp_int(33)));
    ct_take(ct_call(ba, "extend", 1, ct_take(tyList_fromArray((TyObject *[]){ ct_tmp_int(63) }, 1))));
    ct_take(ct_call(ba, "insert", 2, ct_tmp_int(-1), ct_tmp_int(46)));
    ct_assert_repr(ba, "bytearray(b'xzxz!.?')");
    ct_assert_repr(ct_take(ct_call(ba, "pop", 0)), "63");
    ct_assert_repr(ct_take(ct_call(ba, "pop", 1, ct_tmp_int(0))), "120");
    ct_take(ct_call(ba, "remove", 1, ct_tmp_int(122)));
    ct_take(ct_call(ba, "reverse", 0));
    ct_assert_repr(ba, "bytearray(b'.!zx')");
    cr_assert_null(ct_call(ba, "remove", 1, ct_tmp_int(0)));
    ct_assert_err("ValueError: value not found in bytearray");
    cr_assert_null(ct_call(ba, "extend", 1, ct_tmp_int(3)));
    ct_assert_err("TypeError: can't extend bytearray with int");
    cr_assert_null(ct_call(ba, "insert", 1, ct_tmp_int(0)));
    ct_assert_err("TypeError: insert expected 2 arguments, got 1");
    ct_take(ct_call(ba, "clear", 0));
    cr_assert_null(ct_call(ba, "pop", 0));
    ct_assert_err("IndexError: pop from empty bytearray");
    TyObject *r = ct_take(tyNum_inplace(ba, ct_take(tyBytes_fromData("ab", 2)), TY_BINOP_ADD));
    cr_assert_eq(r, ba);
    r = ct_take(tyNum_inplace(ba, ct_tmp_int(3), TY_BINOP_MUL));
    ct_assert_repr(r, "bytearray(b'ababab')");
    cr_assert_eq(tyObj_hash(ba), -1);
    ct_assert_err("TypeError: unhashable type: 'bytearray'");
}


/* Freed short strings are reused; the live-object count stays exact and a
** reused block always has room for any string of its size class. */
Test(str, free_lists_reuse_memory)
{
    TyObject *keep = tyStr_internC("make_the_cache");
    ssize_t live = tyMem_liveObjects();
    TyObject *many[64];
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 64; i++) {
            char text[100];
            int n = 2 + (i * 7 + round) % 90;
            for (int k = 0; k < n; k++)
                text[k] = (char)('a' + (k + i) % 26);
            text[n] = '\0';
            many[i] = tyStr_fromCStr(text);
            cr_assert_eq(TY_STR_NBYTES(many[i]), n);
            cr_assert_str_eq(TY_STR_UTF8(many[i]), text);
        }
        cr_assert_eq(tyMem_liveObjects(), live + 64);
        for (int i = 0; i < 64; i++)
            TY_DECREF(many[i]);
        cr_assert_eq(tyMem_liveObjects(), live);
    }
    /* A string grown in place, then freed, then reused at the top of its
    ** class. */
    TyObject *s = tyStr_fromCStr("abcdefghijkl");
    cr_assert_eq(tyStr_concatInPlace(&s, ct_tmp_str("mnopqrst")), 0);
    cr_assert_str_eq(TY_STR_UTF8(s), "abcdefghijklmnopqrst");
    TY_DECREF(s);
    for (int n = 14; n <= 37; n++) {
        char text[40];
        memset(text, 'q', (size_t)n);
        text[n] = '\0';
        TyObject *t = tyStr_fromCStr(text);
        cr_assert_eq(strlen(TY_STR_UTF8(t)), (size_t)n);
        TY_DECREF(t);
    }
    TY_DECREF(keep);
}
