/*
** Unit tests of int (src/objects/int.c) and bool: both representations
** (int64_t and GMP), the boundaries between them, Python's floor
** semantics, two's complement bitwise operations, parsing with CPython's
** rules and messages, CPython 3.11's hash values, text conversion and its
** digit limit, and the methods.  Every expected value below was produced
** by python3.11; the tables come from tests/unit/gen/gen_int.py (make
** unit-tables regenerates them).
*/
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include "tally.h"
#include "container_test.h"

TestSuite(int, .init = ct_setup, .fini = ct_teardown);

typedef struct BinCase { const char *op, *a, *b, *expect; } BinCase;
typedef struct PowModCase { const char *a, *b, *m, *expect; } PowModCase;
typedef struct ParseCase { const char *text; int base; const char *expect; } ParseCase;
typedef struct HashCase { const char *value; long long hash; } HashCase;

#include "gen/int_tables.inc"

/* ---- helpers -------------------------------------------------------- */

/* A new int from decimal text: new reference. */
static TyObject *num_new(const char *text)
{
    TyObject *r = tyInt_fromString(text, (ssize_t)strlen(text), 10);
    cr_assert_not_null(r, "bad test number %s", text);
    return r;
}

/* The same, kept until the test ends. */
static TyObject *num(const char *text)
{
    return ct_take(num_new(text));
}

/* Write repr(r) -- or "!Type: message" when r is NULL -- into buf;
** releases r and clears the exception. */
static void outcome(TyObject *r, char *buf, size_t n)
{
    if (r) {
        TyObject *s = tyObj_repr(r);
        cr_assert_not_null(s);
        snprintf(buf, n, "%s", TY_STR_UTF8(s));
        TY_DECREF(s);
        TY_DECREF(r);
        return;
    }
    TyObject *exc = tyErr_fetch();
    cr_assert_not_null(exc, "NULL result without an exception");
    TyObject *s = tyObj_str(exc);
    snprintf(buf, n, "!%s: %s", TY_TYPE(exc)->name, s ? TY_STR_UTF8(s) : "?");
    TY_XDECREF(s);
    TY_DECREF(exc);
}

static int binop_index(const char *op)
{
    static const char *const names[] = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^" };
    static const int ops[] = { TY_BINOP_ADD, TY_BINOP_SUB, TY_BINOP_MUL, TY_BINOP_TRUEDIV,
                               TY_BINOP_FLOORDIV, TY_BINOP_MOD, TY_BINOP_POW, TY_BINOP_LSHIFT,
                               TY_BINOP_RSHIFT, TY_BINOP_AND, TY_BINOP_OR, TY_BINOP_XOR };
    for (size_t i = 0; i < TY_ARRAY_LEN(names); i++)
        if (strcmp(names[i], op) == 0)
            return ops[i];
    cr_assert_fail("unknown operator %s", op);
    return -1;
}

/* A method from the type's table called with keyword arguments. */
static TyObject *call_kw(TyObject *self, const char *name, TyObject *const *args, size_t nargs,
                         TyObject *kwnames)
{
    TyType *t = TY_TYPE(self) == &TyType_Type ? (TyType *)self : TY_TYPE(self);
    for (TyMethodDef *m = t->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, nargs, kwnames);
    cr_assert_fail("%s has no method %s", t->name, name);
    return NULL;
}

static char out[8192];

/* ---- tests ---------------------------------------------------------- */

Test(int, binary_operations_match_python311)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(bin_cases); i++) {
        const BinCase *c = &bin_cases[i];
        TyObject *a = num_new(c->a), *b = num_new(c->b);
        outcome(tyNum_binary(a, b, binop_index(c->op)), out, sizeof out);
        TY_DECREF(a);
        TY_DECREF(b);
        cr_expect_str_eq(out, c->expect, "(%s) %s (%s) gave %s, expected %s", c->a, c->op, c->b,
                         out, c->expect);
    }
}

Test(int, pow_with_modulus)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(powmod_cases); i++) {
        const PowModCase *c = &powmod_cases[i];
        outcome(tyInt_pow(num(c->a), num(c->b), num(c->m)), out, sizeof out);
        cr_expect_str_eq(out, c->expect, "pow(%s, %s, %s) gave %s, expected %s", c->a, c->b,
                         c->m, out, c->expect);
    }
}

Test(int, parsing_follows_cpython_rules)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(parse_cases); i++) {
        const ParseCase *c = &parse_cases[i];
        outcome(tyInt_fromString(c->text, (ssize_t)strlen(c->text), c->base), out, sizeof out);
        cr_expect_str_eq(out, c->expect, "int(%s, %d) gave %s, expected %s", c->text, c->base,
                         out, c->expect);
    }
}

Test(int, hash_matches_python311)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(hash_cases); i++) {
        const HashCase *c = &hash_cases[i];
        TyObject *v = num_new(c->value);
        long long h = (long long)tyObj_hash(v);
        TY_DECREF(v);
        cr_expect_eq(h, c->hash, "hash(%s) = %lld, expected %lld", c->value, h, c->hash);
    }
    /* Integral floats hash like the equal int. */
    cr_expect_eq(tyFloat_hash(1e300), tyInt_hash(ct_take(tyInt_fromDouble(1e300))));
    cr_expect_eq(tyFloat_hash(-1.0), -2);
}

Test(int, small_ints_are_shared_and_immortal)
{
    TyObject *a = tyInt_fromI64(256), *b = tyInt_fromI64(256);
    cr_assert_eq(a, b);
    cr_assert_gt(TY_REFCNT(a), TY_IMMORTAL_THRESHOLD);
    TY_DECREF(a);
    TY_DECREF(b);
    cr_assert_eq(ct_tmp_int(-5), ct_tmp_int(-5));
    cr_assert_neq(ct_tmp_int(257), ct_tmp_int(257));
    cr_assert_neq(ct_tmp_int(-6), ct_tmp_int(-6));
    cr_assert_eq(TY_REFCNT(ct_tmp_int(1000)), 1);
}

Test(int, results_return_to_the_small_path)
{
    TyObject *big = num("18446744073709551616");
    cr_assert_not(TY_INT_IS_SMALL(big));
    TyObject *zero = ct_take(tyInt_sub(big, big));
    cr_assert_eq(zero, ct_tmp_int(0), "0 must be the cached small int");
    TyObject *max = ct_take(tyInt_sub(num("9223372036854775808"), ct_tmp_int(1)));
    cr_assert(TY_INT_IS_SMALL(max));
    cr_assert_eq(TY_INT_VALUE(max), INT64_MAX);
    TyObject *min = ct_take(tyInt_floorDiv(num("-18446744073709551616"), ct_tmp_int(2)));
    cr_assert(TY_INT_IS_SMALL(min));
    cr_assert_eq(TY_INT_VALUE(min), INT64_MIN);
    TyObject *neg = ct_take(tyInt_neg(ct_tmp_int(INT64_MIN)));
    cr_assert_not(TY_INT_IS_SMALL(neg));
    ct_assert_repr(neg, "9223372036854775808");
}

Test(int, decimal_digit_limit)
{
    cr_assert_eq(tyInt_getMaxStrDigits(), 4300);
    char *digits = malloc(4302);
    memset(digits, '7', 4301);
    digits[4301] = '\0';
    outcome(tyInt_fromString(digits, 4301, 10), out, sizeof out);
    cr_expect_str_eq(out, "!ValueError: Exceeds the limit (4300 digits) for integer string "
                          "conversion: value has 4301 digits; use sys.set_int_max_str_digits() "
                          "to increase the limit");
    TyObject *ok = ct_take(tyInt_fromString(digits, 4300, 10));
    TyObject *s = ct_take(tyObj_repr(ok));
    cr_expect_eq(TY_STR_NBYTES(s), 4300);
    TyObject *hex = ct_take(tyInt_fromString(digits, 4301, 16));
    TyObject *ten = ct_take(tyInt_mul(ok, ct_tmp_int(10)));
    outcome(tyObj_repr(ten), out, sizeof out);
    cr_expect_str_eq(out, "!ValueError: Exceeds the limit (4300 digits) for integer string "
                          "conversion; use sys.set_int_max_str_digits() to increase the limit");
    cr_expect_eq(tyInt_setMaxStrDigits(5), -1);
    ct_assert_err("ValueError: maxdigits must be 0 or larger than 640");
    cr_assert_eq(tyInt_setMaxStrDigits(0), 0);
    TyObject *unlimited = ct_take(tyObj_repr(ten));
    cr_expect_eq(TY_STR_NBYTES(unlimited), 4301);
    cr_assert_eq(tyInt_setMaxStrDigits(4300), 0);
    /* Power-of-two bases are exempt. */
    TyObject *h = ct_take(tyInt_toBase(hex, 16, true));
    cr_expect_eq(TY_STR_NBYTES(h), 4303);
    free(digits);
}

Test(int, other_bases)
{
    ct_assert_repr(ct_take(tyInt_toBase(ct_tmp_int(255), 16, true)), "'0xff'");
    ct_assert_repr(ct_take(tyInt_toBase(ct_tmp_int(-5), 2, true)), "'-0b101'");
    ct_assert_repr(ct_take(tyInt_toBase(ct_tmp_int(8), 8, true)), "'0o10'");
    ct_assert_repr(ct_take(tyInt_toBase(ct_tmp_int(INT64_MIN), 16, false)), "'-8000000000000000'");
    ct_assert_repr(ct_take(tyInt_toBase(num("-1180591620717411303424"), 16, true)),
                   "'-0x400000000000000000'");
    ct_assert_repr(ct_take(tyInt_toBase(num("1180591620717411303424"), 2, false)),
                   "'10000000000000000000000000000000000000000000000000000000000000000000000'");
}

Test(int, exact_comparison_with_floats)
{
    cr_expect_eq(tyInt_compareDouble(num("9007199254740993"), 9007199254740992.0), 1);
    cr_expect_eq(tyInt_compareDouble(num("9223372036854775808"), 9223372036854775808.0), 0);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int(INT64_MAX), 9223372036854775808.0), -1);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int(INT64_MIN), -9223372036854775808.0), 0);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int(INT64_MIN + 1), -9223372036854775808.0), 1);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int(-7), -6.5), -1);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int(7), 6.5), 1);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int((INT64_C(1) << 60) + 1), 1152921504606846976.5), 1);
    cr_expect_eq(tyInt_compareDouble(ct_tmp_int(3), NAN), 2);
    cr_expect_eq(tyInt_compareDouble(num("1" "000000000000000000000000000000"), INFINITY), -1);
    cr_expect_eq(tyInt_compareDouble(num("-1" "000000000000000000000000000000"), -INFINITY), 1);
    /* 1e30 is 1000000000000000019884624838656. */
    cr_expect_eq(tyInt_compareDouble(num("1" "000000000000000000000000000000"), 1e30), -1);
}

Test(int, conversion_to_double_rounds_to_nearest_even)
{
    cr_expect_eq(tyInt_asDouble(num("9007199254740993")), 9007199254740992.0);
    cr_expect_eq(tyInt_asDouble(num("9007199254740995")), 9007199254740996.0);
    cr_expect_eq(tyInt_asDouble(num("36893488147419103233")), 36893488147419103232.0);
    cr_expect_eq(tyInt_asDouble(num("36893488147419107329")), 36893488147419111424.0);
    /* 2**1024 - 2**970 - 1 is the largest int that still rounds to DBL_MAX. */
    TyObject *top = ct_take(tyInt_sub(ct_take(tyInt_pow(ct_tmp_int(2), ct_tmp_int(1024), NULL)),
                                      ct_take(tyInt_pow(ct_tmp_int(2), ct_tmp_int(970), NULL))));
    cr_expect_eq(tyInt_asDouble(ct_take(tyInt_sub(top, ct_tmp_int(1)))), DBL_MAX);
    cr_expect_eq(tyInt_asDouble(top), -1.0);
    ct_assert_err("OverflowError: int too large to convert to float");
}

Test(int, from_double_truncates)
{
    ct_assert_repr(ct_take(tyInt_fromDouble(1e20)), "100000000000000000000");
    ct_assert_repr(ct_take(tyInt_fromDouble(-1e20)), "-100000000000000000000");
    ct_assert_repr(ct_take(tyInt_fromDouble(-0.99)), "0");
    ct_assert_repr(ct_take(tyInt_fromDouble(-9223372036854775808.0)), "-9223372036854775808");
    ct_assert_repr(ct_take(tyInt_fromDouble(9223372036854775808.0)), "9223372036854775808");
    cr_assert_null(tyInt_fromDouble(NAN));
    ct_assert_err("ValueError: cannot convert float NaN to integer");
    cr_assert_null(tyInt_fromDouble(-INFINITY));
    ct_assert_err("OverflowError: cannot convert float infinity to integer");
}

Test(int, c_conversions_report_overflow)
{
    int64_t v;
    cr_assert_eq(tyInt_asI64(ct_tmp_int(-42), &v), 0);
    cr_assert_eq(v, -42);
    cr_assert_eq(tyInt_asI64(num("9223372036854775808"), &v), -1);
    ct_assert_err("OverflowError: Python int too large to convert to C long");
    cr_assert_eq(tyInt_asSsize(num("-9223372036854775809")), -1);
    ct_assert_err("OverflowError: Python int too large to convert to C ssize_t");
    cr_assert_eq(tyInt_sign(num("-9223372036854775809")), -1);
    cr_assert_eq(tyInt_sign(ct_tmp_int(0)), 0);
}

Test(int, divmod_and_unary_operations)
{
    outcome(tyNum_binary(num("1180591620717411303424"), ct_tmp_int(-7), TY_BINOP_DIVMOD), out,
            sizeof out);
    cr_expect_str_eq(out, "(-168655945816773043347, -5)");
    outcome(tyNum_binary(ct_tmp_int(-7), ct_tmp_int(2), TY_BINOP_DIVMOD), out, sizeof out);
    cr_expect_str_eq(out, "(-4, 1)");
    outcome(tyNum_binary(ct_tmp_int(1), ct_tmp_int(0), TY_BINOP_DIVMOD), out, sizeof out);
    cr_expect_str_eq(out, "!ZeroDivisionError: integer division or modulo by zero");
    outcome(tyNum_unary(ct_tmp_int(INT64_MIN), TY_UNOP_ABS), out, sizeof out);
    cr_expect_str_eq(out, "9223372036854775808");
    outcome(tyNum_unary(ct_tmp_int(INT64_MAX), TY_UNOP_INVERT), out, sizeof out);
    cr_expect_str_eq(out, "-9223372036854775808");
    outcome(tyNum_unary(num("1180591620717411303424"), TY_UNOP_INVERT), out, sizeof out);
    cr_expect_str_eq(out, "-1180591620717411303425");
    outcome(tyNum_unary(num("-9223372036854775808"), TY_UNOP_NEG), out, sizeof out);
    cr_expect_str_eq(out, "9223372036854775808");
    outcome(tyNum_unary(TY_TRUE, TY_UNOP_NEG), out, sizeof out);
    cr_expect_str_eq(out, "-1");
}

Test(int, methods)
{
    outcome(ct_call(num("-9223372036854775808"), "bit_length", 0), out, sizeof out);
    cr_expect_str_eq(out, "64");
    outcome(ct_call(num("18446744073709551616"), "bit_length", 0), out, sizeof out);
    cr_expect_str_eq(out, "65");
    outcome(ct_call(ct_tmp_int(-255), "bit_count", 0), out, sizeof out);
    cr_expect_str_eq(out, "8");
    outcome(ct_call(ct_tmp_int(5), "bit_length", 1, ct_tmp_int(1)), out, sizeof out);
    cr_expect_str_eq(out, "!TypeError: int.bit_length() takes no arguments (1 given)");
    outcome(ct_call(ct_tmp_int(-7), "as_integer_ratio", 0), out, sizeof out);
    cr_expect_str_eq(out, "(-7, 1)");
    outcome(ct_call(ct_tmp_int(12345), "__round__", 1, ct_tmp_int(-1)), out, sizeof out);
    cr_expect_str_eq(out, "12340");
    outcome(ct_call(ct_tmp_int(12350), "__round__", 1, ct_tmp_int(-2)), out, sizeof out);
    cr_expect_str_eq(out, "12400");
    outcome(ct_call(ct_tmp_int(-25), "__round__", 1, ct_tmp_int(-1)), out, sizeof out);
    cr_expect_str_eq(out, "-20");
    outcome(ct_call(ct_tmp_int(15), "__round__", 1, ct_tmp_int(-1)), out, sizeof out);
    cr_expect_str_eq(out, "20");
    outcome(ct_call(ct_tmp_int(5), "__round__", 1, ct_tmp_int(-100)), out, sizeof out);
    cr_expect_str_eq(out, "0");
    outcome(ct_call(ct_tmp_int(5), "__round__", 1, TY_NONE), out, sizeof out);
    cr_expect_str_eq(out, "!TypeError: 'NoneType' object cannot be interpreted as an integer");
}

Test(int, to_bytes_and_from_bytes)
{
    TyObject *big = ct_tmp_str("big"), *little = ct_tmp_str("little");
    TyObject *kw = ct_tmp_tuple(1, ct_tmp_str("signed"));
    TyObject *args[3] = { ct_tmp_int(1), big, TY_TRUE };
    args[0] = ct_tmp_int(2);
    outcome(call_kw(ct_tmp_int(65535), "to_bytes", args, 2, NULL), out, sizeof out);
    cr_expect_str_eq(out, "b'\\xff\\xff'");
    args[0] = ct_tmp_int(1);
    outcome(call_kw(ct_tmp_int(-128), "to_bytes", args, 2, kw), out, sizeof out);
    cr_expect_str_eq(out, "b'\\x80'");
    outcome(call_kw(ct_tmp_int(128), "to_bytes", args, 2, kw), out, sizeof out);
    cr_expect_str_eq(out, "!OverflowError: int too big to convert");
    outcome(call_kw(ct_tmp_int(-129), "to_bytes", args, 2, kw), out, sizeof out);
    cr_expect_str_eq(out, "!OverflowError: int too big to convert");
    outcome(call_kw(ct_tmp_int(-1), "to_bytes", args, 2, NULL), out, sizeof out);
    cr_expect_str_eq(out, "!OverflowError: can't convert negative int to unsigned");
    args[0] = ct_tmp_int(0);
    outcome(call_kw(ct_tmp_int(1), "to_bytes", args, 2, kw), out, sizeof out);
    cr_expect_str_eq(out, "!OverflowError: int too big to convert");
    args[0] = ct_tmp_int(10);
    args[1] = little;
    outcome(call_kw(num("-1180591620717411303424"), "to_bytes", args, 2, kw), out, sizeof out);
    cr_expect_str_eq(out, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xc0\\xff'");
    args[1] = ct_tmp_str("mid");
    outcome(call_kw(ct_tmp_int(5), "to_bytes", args, 2, NULL), out, sizeof out);
    cr_expect_str_eq(out, "!ValueError: byteorder must be either 'little' or 'big'");

    TyObject *cls = (TyObject *)&TyInt_Type;
    TyObject *fargs[3] = { ct_take(tyBytes_fromData("\xff\x01", 2)), little, TY_TRUE };
    outcome(call_kw(cls, "from_bytes", fargs, 2, NULL), out, sizeof out);
    cr_expect_str_eq(out, "511");
    fargs[1] = big;
    outcome(call_kw(cls, "from_bytes", fargs, 2, kw), out, sizeof out);
    cr_expect_str_eq(out, "-255");
    fargs[0] = ct_tmp_str("ab");
    outcome(call_kw(cls, "from_bytes", fargs, 2, NULL), out, sizeof out);
    cr_expect_str_eq(out, "!TypeError: cannot convert 'str' object to bytes");
}

Test(int, bool_is_an_int)
{
    ct_assert_repr(TY_TRUE, "True");
    ct_assert_repr(TY_FALSE, "False");
    cr_assert(TY_INT_CHECK(TY_TRUE));
    TyObject *two = ct_take(tyNum_binary(TY_TRUE, TY_TRUE, TY_BINOP_ADD));
    cr_assert(TY_INT_CHECK_EXACT(two));
    ct_assert_repr(two, "2");
    cr_assert_eq(ct_take(tyNum_binary(TY_TRUE, TY_FALSE, TY_BINOP_AND)), TY_FALSE);
    cr_assert_eq(ct_take(tyNum_binary(TY_TRUE, TY_FALSE, TY_BINOP_XOR)), TY_TRUE);
    TyObject *one = ct_take(tyNum_binary(TY_TRUE, ct_tmp_int(1), TY_BINOP_OR));
    cr_assert(TY_INT_CHECK_EXACT(one));
    cr_assert_eq(tyObj_hash(TY_TRUE), 1);
    cr_assert_eq(tyObj_richCompareBool(TY_TRUE, ct_tmp_int(1), TY_EQ), 1);
}
