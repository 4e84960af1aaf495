/*
** Unit tests of str (str.c, str_methods.c), of bytes and bytearray
** (bytes.c, bytearray.c) and of the Unicode tables (unicode.c).  The
** method tables compare each call's repr() with what python3.11 printed
** for the same call; hashes are python3.11's under PYTHONHASHSEED=0.  The
** tables come from tests/unit/gen/gen_str.py (make unit-tables
** regenerates them).
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

#include "gen/str_tables.inc"

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
