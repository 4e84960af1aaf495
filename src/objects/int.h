/*
** int.h — Python int: 64-bit on the fast path, GMP beyond.
**
** A TyInt holds its value in `value` while it fits in int64_t; `big` is
** NULL then.  Otherwise `big` points to an mpz_t owned by the object and
** `value` is unused.  Every operation normalises its result: a result that
** fits in 64 bits is always a small-path int.  Ints -5..256 are static and
** immortal (CPython caches the same range, so `is` behaves alike).
** bool is a subclass with the same layout (objects/bool.c).
*/
#ifndef TY_INT_H
#define TY_INT_H

#include <gmp.h>
#include "../object.h"

typedef struct TyInt {
    TyObject ob;
    int64_t value;
    mpz_ptr big;
} TyInt;

extern TyType TyInt_Type;

#define TY_SMALL_INT_MIN (-5)
#define TY_SMALL_INT_MAX 256

#define TY_INT_CHECK(o) (TY_TYPE(o) == &TyInt_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_INT_SUBCLASS))
#define TY_INT_CHECK_EXACT(o) (TY_TYPE(o) == &TyInt_Type)
/* True when the int's value is in `value` (fits in int64_t). */
#define TY_INT_IS_SMALL(o) (((TyInt *)(o))->big == NULL)
#define TY_INT_VALUE(o) (((TyInt *)(o))->value)

/* The cached ints TY_SMALL_INT_MIN..TY_SMALL_INT_MAX, in order (int.c). */
extern TyInt tyInt_smallInts[];

/* New references. */
TyObject *tyInt_fromI64(int64_t v);
/* tyInt_fromI64 with the cached range decided inline, for the dispatch
** loop's arithmetic (most results there are small). */
static TY_ALWAYS_INLINE TyObject *tyInt_fromI64Fast(int64_t v)
{
    if ((uint64_t)v - (uint64_t)TY_SMALL_INT_MIN <= (uint64_t)(TY_SMALL_INT_MAX - TY_SMALL_INT_MIN))
        return ty_newref((TyObject *)&tyInt_smallInts[v - TY_SMALL_INT_MIN]);
    return tyInt_fromI64(v);
}
TyObject *tyInt_fromU64(uint64_t v);
/* Takes the value of z (the caller keeps ownership of z). */
TyObject *tyInt_fromMpz(mpz_srcptr z);
/* int(d): ValueError for nan ("cannot convert float NaN to integer"),
** OverflowError for inf ("cannot convert float infinity to integer"). */
TyObject *tyInt_fromDouble(double d);
/* int(text, base) with CPython's rules: optional sign, whitespace around,
** underscores between digits, 0x/0o/0b prefixes (base 0 or matching base),
** base 0 rejecting leading zeros.  ValueError
** "invalid literal for int() with base 10: 'abc'" (repr of the original). */
TyObject *tyInt_fromString(const char *s, ssize_t len, int base);

/* Conversions.  Return -1 with OverflowError
** ("Python int too large to convert to C long") when out of range. */
int tyInt_asI64(TyObject *o, int64_t *out);
/* The int's value modulo 2**64 (two's complement for negative values), as
** CPython's PyLong_AsUnsignedLongLongMask; never fails. */
uint64_t tyInt_asU64Mask(TyObject *o);
/* -1 with OverflowError when out of range; callers check tyErr_occurred(). */
ssize_t tyInt_asSsize(TyObject *o);
/* OverflowError "int too large to convert to float". */
double tyInt_asDouble(TyObject *o);
/* Copy the value into z (initialised by the caller). */
void tyInt_toMpz(TyObject *o, mpz_ptr z);

/* -1, 0 or 1. */
int tyInt_sign(TyObject *o);
/* -1, 0 or 1 for a < b, a == b, a > b. */
int tyInt_compare(TyObject *a, TyObject *b);
/* CPython's hash of an int (modulo 2**61 - 1, -1 mapped to -2). */
ty_hash tyInt_hash(TyObject *o);
/* str in base 2, 8, 10 or 16 with prefix ("0x1f", "-0b101") unless
** prefix is false.  New reference. */
TyObject *tyInt_toBase(TyObject *o, int base, bool prefix);
/* Python-semantics arithmetic on two ints (new reference): floor division
** and modulo toward negative infinity, ZeroDivisionError
** ("integer division or modulo by zero"), ** with a negative exponent
** returning a float. */
TyObject *tyInt_add(TyObject *a, TyObject *b);
TyObject *tyInt_sub(TyObject *a, TyObject *b);
TyObject *tyInt_mul(TyObject *a, TyObject *b);
TyObject *tyInt_floorDiv(TyObject *a, TyObject *b);
TyObject *tyInt_mod(TyObject *a, TyObject *b);
TyObject *tyInt_pow(TyObject *a, TyObject *b, TyObject *mod); /* mod may be NULL */
/* a / b for two ints, correctly rounded as CPython does. */
TyObject *tyInt_trueDiv(TyObject *a, TyObject *b);

/* Additions (objects/int.c). */

/* Fill the static small ints -5..256 and set the decimal conversion limit
** to its default; called at start-up, before any int is made. */
void tyInt_init(void);
/* New reference to an exact int (not a subclass, not a bool) with o's value;
** o itself when it is one. */
TyObject *tyInt_exact(TyObject *o);
/* -a for an int: new reference. */
TyObject *tyInt_neg(TyObject *a);
/* Compare the int o with the double d exactly (no rounding of either):
** -1, 0 or 1 for o < d, o == d, o > d; 2 when d is a NaN. */
int tyInt_compareDouble(TyObject *o, double d);
/* m * 2**e correctly rounded to a double (ties to even, subnormals
** rounded once); *overflow is set, and 0.0 returned, when out of range. */
double tyInt_ldexpRound(mpz_srcptr m, int64_t e, bool *overflow);
/* a / b (b != 0) correctly rounded to a double; *overflow as above. */
double tyInt_mpzTrueDiv(mpz_srcptr a, mpz_srcptr b, bool *overflow);
/* The limit on decimal digits for int <-> str conversion (CPython's
** sys.get_int_max_str_digits / set_int_max_str_digits; 0 = no limit).
** The setter raises ValueError("maxdigits must be 0 or larger than 640")
** and returns -1 for a bad value. */
#define TY_INT_MAX_STR_DIGITS 4300
int64_t tyInt_getMaxStrDigits(void);
int tyInt_setMaxStrDigits(int64_t n);

/* Release the free list of ints (at exit and after full collections). */
void tyInt_clearFreelist(void);

#endif
