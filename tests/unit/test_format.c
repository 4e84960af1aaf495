/*
** Unit tests of the format-spec mini-language (format.c): format(value,
** spec) for int, bool, float and str; printf-style `%` formatting; and
** str.format / str.format_map, each with CPython 3.11's error messages.
** Every expected value was produced by python3.11; the generated tables
** come from tests/unit/gen/gen_format.py (make unit-tables regenerates
** them; add inputs there to extend them).
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "format.h"
#include "objects/bytearray.h"
#include "container_test.h"

TestSuite(format, .init = ct_setup, .fini = ct_teardown);

typedef struct FormatCase { const char *value, *spec, *expect; } FormatCase;
typedef struct PercentCase { const char *fmt, *args, *expect; } PercentCase;
typedef struct StrFormatCase { const char *fmt, *args, *kwargs, *expect; } StrFormatCase;

/* The tables' values (defined in test_str.c): new reference. */
TyObject *strtest_value(const char **text);
void strtest_check(TyObject *got, const char *expect, const char *what);

static TyObject *value(const char *text)
{
    return ct_take(strtest_value(&text));
}

#include "gen/format_tables.inc"
/* fmt.format_map(mapping) */
static const StrFormatCase formatmap_cases[] = {
    { "{a}", "()", "{s1:as1:b}", "b" },
    { "{x[1]}", "()", "{s1:xs2:ab}", "b" },
    { "{a:>4}", "()", "{s1:ai7;}", "   7" },
    { "{0}", "()", "{s1:0i1;}", "!ValueError: Format string contains positional fields" },
    { "{}", "()", "{}", "!ValueError: Format string contains positional fields" },
    { "{a}", "()", "{}", "!KeyError: 'a'" },
};

Test(format, spec_table)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(format_cases); i++) {
        const FormatCase *c = &format_cases[i];
        const char *text = c->value;
        TyObject *v = strtest_value(&text);
        TyObject *spec = tyStr_fromCStr(c->spec);
        char what[200];
        snprintf(what, sizeof what, "format(%s, '%s')", c->value, c->spec);
        strtest_check(tyFormat_object(v, spec), c->expect, what);
        TY_DECREF(spec);
        TY_DECREF(v);
    }
}

Test(format, percent_table)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(percent_cases); i++) {
        const PercentCase *c = &percent_cases[i];
        TyObject *fmt = ct_tmp_str(c->fmt);
        TyObject *args = value(c->args);
        char what[200];
        snprintf(what, sizeof what, "'%s' %% %s", c->fmt, c->args);
        strtest_check(tyFormat_percent(fmt, args), c->expect, what);
    }
}

/* Calls fmt.format(*args, **kwargs) with the vectorcall layout. */
static TyObject *call_format(TyObject *fmt, TyObject *args, TyObject *kwargs)
{
    TyObject *vec[16];
    ssize_t n = TY_TUPLE_LEN(args), nkw = TY_DICT_LEN(kwargs);
    cr_assert_leq(n + nkw, 16);
    for (ssize_t i = 0; i < n; i++)
        vec[i] = TY_TUPLE_GET(args, i);
    TyObject *names = NULL;
    if (nkw > 0) {
        names = ct_take(tyTuple_new(nkw));
        ssize_t pos = 0, k = 0;
        TyObject *key, *val;
        while (tyDict_next(kwargs, &pos, &key, &val)) {
            TY_TUPLE_SET(names, k, TY_NEWREF(key));
            vec[n + k++] = val;
        }
    }
    return tyFormat_strFormat(fmt, vec, (size_t)n, names);
}

Test(format, str_format_table)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(strformat_cases); i++) {
        const StrFormatCase *c = &strformat_cases[i];
        char what[200];
        snprintf(what, sizeof what, "'%s'.format%s %s", c->fmt, c->args, c->kwargs);
        strtest_check(call_format(ct_tmp_str(c->fmt), value(c->args), value(c->kwargs)),
                      c->expect, what);
    }
    for (size_t i = 0; i < TY_ARRAY_LEN(formatmap_cases); i++) {
        const StrFormatCase *c = &formatmap_cases[i];
        char what[200];
        snprintf(what, sizeof what, "'%s'.format_map(%s)", c->fmt, c->kwargs);
        strtest_check(tyFormat_strFormatMap(ct_tmp_str(c->fmt), value(c->kwargs)), c->expect,
                      what);
    }
}

/* An empty spec returns the str itself, and the int fast path str(). */
Test(format, empty_spec_shortcuts)
{
    TyObject *s = ct_tmp_str("text");
    TyObject *r = tyFormat_object(s, NULL);
    cr_assert_eq(r, s);
    TY_DECREF(r);
    TyObject *empty = ct_tmp_str("");
    r = ct_take(tyFormat_object(ct_tmp_int(-12), empty));
    cr_assert_str_eq(TY_STR_UTF8(r), "-12");
    r = ct_take(tyFormat_object(TY_TRUE, empty));
    cr_assert_str_eq(TY_STR_UTF8(r), "True");
}

/* Formatting releases everything it makes, errors included. */
Test(format, no_leaks_on_errors)
{
    TyObject *args[3] = { ct_tmp_int(5), ct_tmp_str(">9"), ct_tmp_str("v") };
    TyObject *names = ct_take(tyTuple_pack(1, ct_tmp_str("x")));
    ssize_t before = tyMem_liveObjects();
    for (int k = 0; k < 3; k++) {
        TyObject *fmt = tyStr_fromCStr("{0:{1}} {x!r} %");
        TyObject *r = tyFormat_strFormat(fmt, args, 2, names);
        cr_assert_not_null(r);
        cr_assert_str_eq(TY_STR_UTF8(r), "        5 'v' %");
        TY_DECREF(r);
        r = tyFormat_percent(fmt, args[0]);
        cr_assert_null(r);
        tyErr_clear();
        r = tyFormat_strFormat(fmt, args, 1, NULL);
        cr_assert_null(r);
        tyErr_clear();
        TY_DECREF(fmt);
    }
    cr_assert_eq(tyMem_liveObjects(), before);
}

/* bytes % args follows PEP 461 and keeps the left operand's type. */
Test(format, bytes_percent)
{
    TyObject *fmt = ct_take(tyBytes_fromData("%c", 2));
    TyObject *fmt2 = ct_take(tyBytes_fromData("%s|%-4b|%a|%c|%x", 16));
    TyObject *args = ct_tmp_tuple(5, ct_take(tyBytes_fromData("ab", 2)),
                                  ct_take(tyByteArray_fromData("c", 1)), ct_tmp_str("\xc3\xa9"),
                                  ct_tmp_int(65), ct_tmp_int(255));
    ct_assert_repr(ct_take(tyFormat_bytesPercent(fmt2, args)), "b\"ab|c   |'\\\\xe9'|A|ff\"");
    TyObject *ba = ct_take(tyByteArray_fromData("%d%%", 4));
    ct_assert_repr(ct_take(tyFormat_bytesPercent(ba, ct_tmp_int(7))), "bytearray(b'7%')");
    cr_assert_null(tyFormat_bytesPercent(fmt, ct_tmp_str("ab")));
    ct_assert_err("TypeError: %c requires an integer in range(256) or a single byte");
    cr_assert_null(tyFormat_bytesPercent(fmt2, ct_tmp_tuple(1, ct_tmp_str("x"))));
    ct_assert_err("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    cr_assert_null(tyFormat_bytesPercent(ba, ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(2))));
    ct_assert_err("TypeError: not all arguments converted during bytes formatting");
}
