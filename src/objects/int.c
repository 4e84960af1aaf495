/*
** int.c — Python int: int64_t on the fast path, a GMP mpz beyond.
**
** Representation (int.h): `big == NULL` means the value is `value`;
** otherwise `big` points to an mpz owned by the object.  Every function
** that makes an int goes through int_fromMpzTake or tyInt_fromI64, which
** keep the invariant that a value fitting in int64_t is never stored as an
** mpz; so "big" always means "outside int64_t", and comparisons between a
** small and a big int need only the big one's sign.
**
** The small-path arithmetic is overflow-checked with the compiler's
** __builtin_*_overflow and falls back to GMP only when the result does not
** fit.  Ints -5..256 are static immortal objects (tyInt_init fills them).
**
** The decimal conversion limit (CPython's sys.set_int_max_str_digits,
** default 4300 digits) guards str() and int(str) in bases that are not
** powers of two.
*/
#include <math.h>
#include <float.h>
#include "tally.h"
#include "buffer.h"
#include "modules/warningsmodule.h"
#include "freelist.h"
#include "format.h"
#include "objects/bytearray.h"

_Static_assert(sizeof(long) == sizeof(int64_t), "GMP's signed long must hold int64_t");

#define SMALL_COUNT (TY_SMALL_INT_MAX - TY_SMALL_INT_MIN + 1)

TyInt tyInt_smallInts[SMALL_COUNT];

/* Borrowed reference to a cached small int. */
#define SMALL(v) ((TyObject *)&tyInt_smallInts[(v) - TY_SMALL_INT_MIN])

/* Where a parked int links its free list (ty_state.cache.int_free). */
#define INT_LINK offsetof(TyInt, value)

/* Past this many bits a result is refused with MemoryError rather than
** handed to GMP, which aborts the process when an allocation fails.  GMP's
** memory is outside the fuzzer build's cap (mem.c), so that build stops
** at 32 MiB numbers. */
#ifdef TY_FUZZ
#define MAX_RESULT_BITS ((uint64_t)1 << 28)
#else
#define MAX_RESULT_BITS ((uint64_t)1 << 36)
#endif

/* ---------------------------------------------------------------------- */
/* Construction and normalisation                                          */

TyObject *tyInt_fromI64(int64_t v)
{
    if ((uint64_t)v - (uint64_t)TY_SMALL_INT_MIN < (uint64_t)SMALL_COUNT)
        return TY_NEWREF(&tyInt_smallInts[v - TY_SMALL_INT_MIN]);
    /* A parked int: its header is intact, `value` links the list. */
    TyInt *o = (TyInt *)tyFreeList_pop(&ty_state.cache.int_free, INT_LINK);
    if (!o) {
        o = (TyInt *)tyObj_alloc(&TyInt_Type);
        if (!o)
            return NULL;
    }
    o->value = v;
    return (TyObject *)o;
}

void tyInt_clearFreelist(void)
{
    tyFreeList_clear(&ty_state.cache.int_free, INT_LINK);
}

TyObject *tyInt_fromU64(uint64_t v)
{
    if (v <= INT64_MAX)
        return tyInt_fromI64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    TyObject *r = tyInt_fromMpz(z);
    mpz_clear(z);
    return r;
}

/*
** New reference to an int with the value of z, which this function
** consumes: z is cleared (or its limbs moved into the new object) on every
** path, so the caller must not use it afterwards.
*/
static TyObject *int_fromMpzTake(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        return tyInt_fromI64(v);
    }
    TyInt *o = (TyInt *)tyObj_alloc(&TyInt_Type);
    mpz_ptr p = o ? tyMem_malloc(sizeof(__mpz_struct)) : NULL;
    if (!p) {
        TY_XDECREF(o);
        mpz_clear(z);
        return NULL;
    }
    mpz_init(p);
    mpz_swap(p, z);
    mpz_clear(z);
    o->big = p;
    return (TyObject *)o;
}

TyObject *tyInt_fromMpz(mpz_srcptr z)
{
    mpz_t t;
    mpz_init_set(t, z);
    return int_fromMpzTake(t);
}

/*
** The value of an int as an mpz for reading: the object's own mpz when it
** is big, otherwise tmp set to the small value.  tmp is initialised here
** in both cases; the caller clears it once done with the result.
*/
static mpz_srcptr int_view(TyObject *o, mpz_ptr tmp)
{
    TyInt *i = (TyInt *)o;
    if (i->big) {
        mpz_init(tmp);
        return i->big;
    }
    mpz_init_set_si(tmp, i->value);
    return tmp;
}

void tyInt_toMpz(TyObject *o, mpz_ptr z)
{
    TyInt *i = (TyInt *)o;
    if (i->big)
        mpz_set(z, i->big);
    else
        mpz_set_si(z, i->value);
}

/* New reference to an exact int (not a subclass) with o's value. */
TyObject *tyInt_exact(TyObject *o)
{
    if (TY_INT_CHECK_EXACT(o))
        return TY_NEWREF(o);
    TyInt *i = (TyInt *)o;
    if (!i->big)
        return tyInt_fromI64(i->value);
    return tyInt_fromMpz(i->big);
}

TyObject *tyInt_fromDouble(double d)
{
    if (isnan(d))
        return tyErr_setString(&TyExc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return tyErr_setString(&TyExc_OverflowError, "cannot convert float infinity to integer");
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0)
        return tyInt_fromI64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_fromMpzTake(z);
}

/* ---------------------------------------------------------------------- */
/* Conversions to C                                                        */

int tyInt_asI64(TyObject *o, int64_t *out)
{
    if (((TyInt *)o)->big) {
        tyArg_tooLarge("long");
        return -1;
    }
    *out = ((TyInt *)o)->value;
    return 0;
}

uint64_t tyInt_asU64Mask(TyObject *o)
{
    mpz_srcptr z = ((TyInt *)o)->big;
    if (!z)
        return (uint64_t)((TyInt *)o)->value;
    mpz_t low;
    mpz_init(low);
    mpz_fdiv_r_2exp(low, z, 64);
    uint64_t v = 0;
    mpz_export(&v, NULL, -1, sizeof v, 0, 0, low);
    mpz_clear(low);
    return v;
}

ssize_t tyInt_asSsize(TyObject *o)
{
    if (((TyInt *)o)->big) {
        tyArg_tooLarge("ssize_t");
        return -1;
    }
    return (ssize_t)((TyInt *)o)->value;
}

/*
** m * 2**e rounded to the nearest double, ties to even, with subnormal
** results rounded at their own (coarser) precision so nothing is rounded
** twice.  Sets *overflow (and returns 0) when the result is too large.
*/
double tyInt_ldexpRound(mpz_srcptr m, int64_t e, bool *overflow)
{
    *overflow = false;
    int sign = mpz_sgn(m);
    if (sign == 0)
        return 0.0;
    int64_t nbits = (int64_t)mpz_sizeinbase(m, 2);
    /* The value lies in [2**(top-1), 2**top). */
    int64_t top = nbits + e;
    if (top > DBL_MAX_EXP) {
        *overflow = true;
        return 0.0;
    }
    if (top < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return sign < 0 ? -0.0 : 0.0;
    int64_t ulp = (top > DBL_MIN_EXP ? top : DBL_MIN_EXP) - DBL_MANT_DIG;
    if (ulp <= e)
        return ldexp(mpz_get_d(m), (int)e);
    uint64_t drop = (uint64_t)(ulp - e);
    mpz_t q;
    mpz_init(q);
    mpz_abs(q, m);
    bool half = mpz_tstbit(q, drop - 1);
    bool rest = half && mpz_scan1(q, 0) < drop - 1;
    mpz_tdiv_q_2exp(q, q, drop);
    if (half && (rest || mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double r = ldexp(mpz_get_d(q), (int)ulp);
    mpz_clear(q);
    if (isinf(r)) {
        *overflow = true;
        return 0.0;
    }
    return sign < 0 ? -r : r;
}

double tyInt_asDouble(TyObject *o)
{
    TyInt *i = (TyInt *)o;
    if (!i->big)
        return (double)i->value;
    bool overflow;
    double r = tyInt_ldexpRound(i->big, 0, &overflow);
    if (overflow) {
        tyErr_setString(&TyExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return r;
}

/* ---------------------------------------------------------------------- */
/* Sign, comparison, hash                                                  */

int tyInt_sign(TyObject *o)
{
    TyInt *i = (TyInt *)o;
    if (i->big)
        return mpz_sgn(i->big);
    return (i->value > 0) - (i->value < 0);
}

int tyInt_compare(TyObject *a, TyObject *b)
{
    TyInt *x = (TyInt *)a, *y = (TyInt *)b;
    if (!x->big && !y->big)
        return (x->value > y->value) - (x->value < y->value);
    /* A big int lies outside int64_t, so against a small one its sign decides. */
    if (!y->big)
        return mpz_sgn(x->big);
    if (!x->big)
        return -mpz_sgn(y->big);
    int c = mpz_cmp(x->big, y->big);
    return (c > 0) - (c < 0);
}

int tyInt_compareDouble(TyObject *o, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    TyInt *i = (TyInt *)o;
    if (i->big) {
        int c = mpz_cmp_d(i->big, d);
        return (c > 0) - (c < 0);
    }
    int64_t v = i->value;
    /* Within 2**53 the conversion to double is exact. */
    if (v >= -(INT64_C(1) << 53) && v <= (INT64_C(1) << 53)) {
        double x = (double)v;
        return (x > d) - (x < d);
    }
    if (d >= 9223372036854775808.0)
        return -1;
    if (d < -9223372036854775808.0)
        return 1;
    int64_t t = (int64_t)d;
    if (v != t)
        return (v > t) - (v < t);
    double frac = d - (double)t;
    return (frac < 0) - (frac > 0);
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

ty_hash tyInt_hash(TyObject *o)
{
    TyInt *i = (TyInt *)o;
    uint64_t mag;
    bool neg;
    if (i->big) {
        neg = mpz_sgn(i->big) < 0;
        mag = mpz_tdiv_ui(i->big, HASH_MODULUS);
    } else {
        neg = i->value < 0;
        mag = neg ? (uint64_t)0 - (uint64_t)i->value : (uint64_t)i->value;
        mag %= HASH_MODULUS;
    }
    ty_hash h = neg ? -(ty_hash)mag : (ty_hash)mag;
    return h == -1 ? -2 : h;
}

/* ---------------------------------------------------------------------- */
/* Arithmetic                                                              */

typedef void (*mpz_binfn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* The slow path of a binary operation: fn(a, b) computed by GMP. */
static TyObject *big_binary(TyObject *a, TyObject *b, mpz_binfn fn)
{
    mpz_t ta, tb, r;
    mpz_srcptr za = int_view(a, ta), zb = int_view(b, tb);
    mpz_init(r);
    fn(r, za, zb);
    mpz_clear(ta);
    mpz_clear(tb);
    return int_fromMpzTake(r);
}

#define BOTH_SMALL(a, b) (((TyInt *)(a))->big == NULL && ((TyInt *)(b))->big == NULL)
#define VAL(o) (((TyInt *)(o))->value)

TyObject *tyInt_add(TyObject *a, TyObject *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(VAL(a), VAL(b), &r))
        return tyInt_fromI64(r);
    return big_binary(a, b, mpz_add);
}

TyObject *tyInt_sub(TyObject *a, TyObject *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(VAL(a), VAL(b), &r))
        return tyInt_fromI64(r);
    return big_binary(a, b, mpz_sub);
}

TyObject *tyInt_mul(TyObject *a, TyObject *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(VAL(a), VAL(b), &r))
        return tyInt_fromI64(r);
    return big_binary(a, b, mpz_mul);
}

static bool int_isZero(TyObject *o)
{
    return ((TyInt *)o)->big == NULL && ((TyInt *)o)->value == 0;
}

TyObject *tyInt_floorDiv(TyObject *a, TyObject *b)
{
    if (int_isZero(b))
        return tyErr_setString(&TyExc_ZeroDivisionError, "integer division or modulo by zero");
    /* INT64_MIN // -1 is the one small quotient that overflows. */
    if (BOTH_SMALL(a, b) && !(VAL(b) == -1 && VAL(a) == INT64_MIN)) {
        int64_t x = VAL(a), y = VAL(b);
        int64_t q = x / y;
        if (x % y != 0 && ((x ^ y) < 0))
            q--;
        return tyInt_fromI64(q);
    }
    return big_binary(a, b, mpz_fdiv_q);
}

TyObject *tyInt_mod(TyObject *a, TyObject *b)
{
    if (int_isZero(b))
        return tyErr_setString(&TyExc_ZeroDivisionError, "integer modulo by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = VAL(a), y = VAL(b);
        if (y == -1)
            return tyInt_fromI64(0);
        int64_t r = x % y;
        if (r != 0 && ((r ^ y) < 0))
            r += y;
        return tyInt_fromI64(r);
    }
    return big_binary(a, b, mpz_fdiv_r);
}

/* divmod(a, b) for two ints: new reference to a (q, r) tuple. */
static TyObject *int_divmod2(TyObject *a, TyObject *b)
{
    if (int_isZero(b))
        return tyErr_setString(&TyExc_ZeroDivisionError, "integer division or modulo by zero");
    TyObject *q, *r;
    if (BOTH_SMALL(a, b) && !(VAL(b) == -1 && VAL(a) == INT64_MIN)) {
        int64_t x = VAL(a), y = VAL(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr ^ y) < 0)) {
            qq--;
            rr += y;
        }
        q = tyInt_fromI64(qq);
        r = q ? tyInt_fromI64(rr) : NULL;
    } else {
        mpz_t ta, tb, zq, zr;
        mpz_srcptr za = int_view(a, ta), zb = int_view(b, tb);
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, za, zb);
        mpz_clear(ta);
        mpz_clear(tb);
        q = int_fromMpzTake(zq);
        if (q) {
            r = int_fromMpzTake(zr);
        } else {
            mpz_clear(zr);
            r = NULL;
        }
    }
    if (!r) {
        TY_XDECREF(q);
        return NULL;
    }
    TyObject *t = tyTuple_pack(2, q, r);
    TY_DECREF(q);
    TY_DECREF(r);
    return t;
}

/*
** a / b correctly rounded (b != 0).  Scale so that the integer quotient has
** at least DBL_MANT_DIG + 2 bits (or reaches down to the subnormal range),
** fold a non-zero remainder into a sticky low bit, and round once in
** tyInt_ldexpRound.
*/
double tyInt_mpzTrueDiv(mpz_srcptr a, mpz_srcptr b, bool *overflow)
{
    *overflow = false;
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    double result = 0.0;
    if (mpz_sgn(a) != 0) {
        int64_t diff = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2);
        if (diff > DBL_MAX_EXP + 1) {
            *overflow = true;
            return 0.0;
        }
        if (diff >= DBL_MIN_EXP - DBL_MANT_DIG - 3) {
            int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
            mpz_t num, den, q;
            mpz_init(num);
            mpz_init(den);
            mpz_init(q);
            mpz_abs(num, a);
            mpz_abs(den, b);
            if (shift < 0)
                mpz_mul_2exp(num, num, (mp_bitcnt_t)-shift);
            else
                mpz_mul_2exp(den, den, (mp_bitcnt_t)shift);
            mpz_tdiv_qr(q, num, num, den);
            if (mpz_sgn(num) != 0)
                mpz_setbit(q, 0);
            result = tyInt_ldexpRound(q, shift, overflow);
            mpz_clear(num);
            mpz_clear(den);
            mpz_clear(q);
        }
    }
    return negative ? -result : result;
}

TyObject *tyInt_trueDiv(TyObject *a, TyObject *b)
{
    if (int_isZero(b))
        return tyErr_setString(&TyExc_ZeroDivisionError, "division by zero");
    const int64_t exact = INT64_C(1) << DBL_MANT_DIG;
    if (BOTH_SMALL(a, b) && VAL(a) >= -exact && VAL(a) <= exact && VAL(b) >= -exact &&
        VAL(b) <= exact)
        return tyFloat_from((double)VAL(a) / (double)VAL(b));
    mpz_t ta, tb;
    mpz_srcptr za = int_view(a, ta), zb = int_view(b, tb);
    bool overflow;
    double r = tyInt_mpzTrueDiv(za, zb, &overflow);
    mpz_clear(ta);
    mpz_clear(tb);
    if (overflow)
        return tyErr_setString(&TyExc_OverflowError,
                               "integer division result too large for a float");
    return tyFloat_from(r);
}

/* pow(a, b, m) for three ints, m != 0; Python's sign rule for the result. */
static TyObject *int_powmod(TyObject *a, TyObject *b, TyObject *m)
{
    if (int_isZero(m))
        return tyErr_setString(&TyExc_ValueError, "pow() 3rd argument cannot be 0");
    TyInt *ia = (TyInt *)a, *ib = (TyInt *)b, *im = (TyInt *)m;
    if (!ia->big && !ib->big && !im->big && ib->value >= 0) {
        int64_t mv = im->value;
        uint64_t mod = mv < 0 ? (uint64_t)0 - (uint64_t)mv : (uint64_t)mv;
        uint64_t base;
        if (mv == INT64_MIN) {
            /* |m| = 2**63 does not fit int64_t; the two's complement bits
            ** below 2**63 are already the non-negative residue. */
            base = (uint64_t)ia->value & (mod - 1);
        } else {
            int64_t am = ia->value % (int64_t)mod;
            base = am < 0 ? (uint64_t)(am + (int64_t)mod) : (uint64_t)am;
        }
        uint64_t r = mod == 1 ? 0 : 1;
        for (uint64_t e = (uint64_t)ib->value; e; e >>= 1) {
            if (e & 1)
                r = (uint64_t)(((unsigned __int128)r * base) % mod);
            base = (uint64_t)(((unsigned __int128)base * base) % mod);
        }
        if (mv < 0 && r != 0)
            return tyInt_fromI64((int64_t)(r - mod));
        return tyInt_fromU64(r);
    }

    mpz_t ta, tb, tm, mod, r;
    mpz_srcptr za = int_view(a, ta), zb = int_view(b, tb), zm = int_view(m, tm);
    mpz_init(mod);
    mpz_init(r);
    mpz_abs(mod, zm);
    TyObject *result = NULL;
    if (mpz_cmp_ui(mod, 1) == 0) {
        mpz_set_ui(r, 0);
    } else if (mpz_sgn(zb) < 0) {
        mpz_t inv, e;
        mpz_init(inv);
        mpz_init(e);
        if (mpz_invert(inv, za, mod)) {
            mpz_neg(e, zb);
            mpz_powm(r, inv, e, mod);
        } else {
            tyErr_setString(&TyExc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_clear(inv);
        mpz_clear(e);
    } else {
        mpz_powm(r, za, zb, mod);
    }
    if (!tyErr_occurred()) {
        if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
            mpz_sub(r, r, mod);
        result = int_fromMpzTake(r);
    } else {
        mpz_clear(r);
    }
    mpz_clear(ta);
    mpz_clear(tb);
    mpz_clear(tm);
    mpz_clear(mod);
    return result;
}

TyObject *tyInt_pow(TyObject *a, TyObject *b, TyObject *mod)
{
    if (mod && mod != TY_NONE) {
        if (!TY_INT_CHECK(mod))
            return tyErr_setString(&TyExc_TypeError,
                                   "pow() 3rd argument not allowed unless all arguments are integers");
        return int_powmod(a, b, mod);
    }
    if (tyInt_sign(b) < 0) {
        double x = tyInt_asDouble(a);
        if (x == -1.0 && tyErr_occurred())
            return NULL;
        double y = tyInt_asDouble(b);
        if (y == -1.0 && tyErr_occurred())
            return NULL;
        return tyFloat_pow(x, y);
    }
    TyInt *ia = (TyInt *)a, *ib = (TyInt *)b;
    if (!ia->big && ia->value >= -1 && ia->value <= 1) {
        int64_t v = ia->value;
        if (v == 0)
            return tyInt_fromI64(int_isZero(b) ? 1 : 0);
        if (v == 1)
            return tyInt_fromI64(1);
        bool odd = ib->big ? mpz_odd_p(ib->big) : (ib->value & 1);
        return tyInt_fromI64(odd ? -1 : 1);
    }
    if (ib->big)
        return tyErr_noMemory();
    uint64_t e = (uint64_t)ib->value;
    if (!ia->big) {
        int64_t r = 1, base = ia->value;
        uint64_t k = e;
        bool ok = true;
        while (k) {
            if ((k & 1) && __builtin_mul_overflow(r, base, &r)) {
                ok = false;
                break;
            }
            k >>= 1;
            if (k && __builtin_mul_overflow(base, base, &base)) {
                ok = false;
                break;
            }
        }
        if (ok)
            return tyInt_fromI64(r);
    }
    mpz_t ta, r;
    mpz_srcptr za = int_view(a, ta);
    uint64_t bits = mpz_sizeinbase(za, 2);
    if (e > MAX_RESULT_BITS || bits * e > MAX_RESULT_BITS) {
        mpz_clear(ta);
        return tyErr_noMemory();
    }
    mpz_init(r);
    mpz_pow_ui(r, za, e);
    mpz_clear(ta);
    return int_fromMpzTake(r);
}

TyObject *tyInt_neg(TyObject *a)
{
    TyInt *i = (TyInt *)a;
    if (!i->big && i->value != INT64_MIN)
        return tyInt_fromI64(-i->value);
    mpz_t t, r;
    mpz_srcptr z = int_view(a, t);
    mpz_init(r);
    mpz_neg(r, z);
    mpz_clear(t);
    return int_fromMpzTake(r);
}

static TyObject *int_neg(TyObject *a)
{
    return tyInt_neg(a);
}

static TyObject *int_pos(TyObject *a)
{
    return tyInt_exact(a);
}

static TyObject *int_abs(TyObject *a)
{
    return tyInt_sign(a) < 0 ? tyInt_neg(a) : tyInt_exact(a);
}

static TyObject *int_invert(TyObject *a)
{
    TyInt *i = (TyInt *)a;
    if (!i->big)
        return tyInt_fromI64(~i->value);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, i->big);
    return int_fromMpzTake(r);
}

/* ---------------------------------------------------------------------- */
/* Shifts and bitwise operations (two's complement semantics, as GMP's)    */

static TyObject *int_lshift2(TyObject *a, TyObject *b)
{
    if (tyInt_sign(b) < 0)
        return tyErr_setString(&TyExc_ValueError, "negative shift count");
    if (int_isZero(a))
        return tyInt_fromI64(0);
    if (((TyInt *)b)->big) {
        /* CPython counts the shift in 30-bit digits: while that count
        ** fits its size type the result is only too big to allocate. */
        mpz_t digits;
        mpz_init(digits);
        mpz_fdiv_q_ui(digits, ((TyInt *)b)->big, 30);
        bool fits = mpz_fits_slong_p(digits);
        mpz_clear(digits);
        if (fits)
            return tyErr_noMemory();
        return tyErr_setString(&TyExc_OverflowError, "too many digits in integer");
    }
    uint64_t s = (uint64_t)VAL(b);
    if (!((TyInt *)a)->big && s < 63) {
        int64_t v = VAL(a);
        if (v >= (INT64_MIN >> s) && v <= (INT64_MAX >> s))
            return tyInt_fromI64((int64_t)((uint64_t)v << s));
    }
    if (s > MAX_RESULT_BITS)
        return tyErr_noMemory();
    mpz_t t, r;
    mpz_srcptr z = int_view(a, t);
    mpz_init(r);
    mpz_mul_2exp(r, z, s);
    mpz_clear(t);
    return int_fromMpzTake(r);
}

static TyObject *int_rshift2(TyObject *a, TyObject *b)
{
    if (tyInt_sign(b) < 0)
        return tyErr_setString(&TyExc_ValueError, "negative shift count");
    bool neg = tyInt_sign(a) < 0;
    if (((TyInt *)b)->big)
        return tyInt_fromI64(neg ? -1 : 0);
    uint64_t s = (uint64_t)VAL(b);
    if (!((TyInt *)a)->big) {
        if (s >= 63)
            return tyInt_fromI64(neg ? -1 : 0);
        return tyInt_fromI64(VAL(a) >> s);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, ((TyInt *)a)->big, s);
    return int_fromMpzTake(r);
}

/* ---------------------------------------------------------------------- */
/* Number slots: NotImplemented unless both operands are ints              */

#define INT_PAIR(a, b) (TY_INT_CHECK(a) && TY_INT_CHECK(b))

#define INT_BINARY_SLOT(name, impl)                     \
    static TyObject *name(TyObject *a, TyObject *b)     \
    {                                                   \
        if (!INT_PAIR(a, b))                            \
            return TY_NEWREF(TY_NOTIMPL);               \
        return impl(a, b);                              \
    }

INT_BINARY_SLOT(int_add, tyInt_add)
INT_BINARY_SLOT(int_sub, tyInt_sub)
INT_BINARY_SLOT(int_mul, tyInt_mul)
INT_BINARY_SLOT(int_floordiv, tyInt_floorDiv)
INT_BINARY_SLOT(int_mod, tyInt_mod)
INT_BINARY_SLOT(int_truediv, tyInt_trueDiv)
INT_BINARY_SLOT(int_divmod, int_divmod2)
INT_BINARY_SLOT(int_lshift, int_lshift2)
INT_BINARY_SLOT(int_rshift, int_rshift2)

static TyObject *int_pow2(TyObject *a, TyObject *b)
{
    if (!INT_PAIR(a, b))
        return TY_NEWREF(TY_NOTIMPL);
    return tyInt_pow(a, b, NULL);
}

static TyObject *int_and(TyObject *a, TyObject *b)
{
    if (!INT_PAIR(a, b))
        return TY_NEWREF(TY_NOTIMPL);
    if (BOTH_SMALL(a, b))
        return tyInt_fromI64(VAL(a) & VAL(b));
    return big_binary(a, b, mpz_and);
}

static TyObject *int_or(TyObject *a, TyObject *b)
{
    if (!INT_PAIR(a, b))
        return TY_NEWREF(TY_NOTIMPL);
    if (BOTH_SMALL(a, b))
        return tyInt_fromI64(VAL(a) | VAL(b));
    return big_binary(a, b, mpz_ior);
}

static TyObject *int_xor(TyObject *a, TyObject *b)
{
    if (!INT_PAIR(a, b))
        return TY_NEWREF(TY_NOTIMPL);
    if (BOTH_SMALL(a, b))
        return tyInt_fromI64(VAL(a) ^ VAL(b));
    return big_binary(a, b, mpz_xor);
}

static int int_bool(TyObject *o)
{
    return ((TyInt *)o)->big != NULL || ((TyInt *)o)->value != 0;
}

static TyObject *int_float(TyObject *o)
{
    double d = tyInt_asDouble(o);
    if (d == -1.0 && tyErr_occurred())
        return NULL;
    return tyFloat_from(d);
}

/* Is `c` (a three-way comparison result) consistent with `op`? */
static bool cmp_holds(int c, int op)
{
    switch (op) {
    case TY_LT: return c < 0;
    case TY_LE: return c <= 0;
    case TY_EQ: return c == 0;
    case TY_NE: return c != 0;
    case TY_GT: return c > 0;
    default: return c >= 0;
    }
}

static TyObject *int_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!INT_PAIR(a, b))
        return TY_NEWREF(TY_NOTIMPL);
    return tyBool_from(cmp_holds(tyInt_compare(a, b), op));
}

static ty_hash int_hash(TyObject *o)
{
    return tyInt_hash(o);
}

static void int_dealloc(TyObject *o)
{
    TyInt *i = (TyInt *)o;
    if (i->big) {
        mpz_clear(i->big);
        tyMem_free(i->big);
        i->big = NULL;
    }
    if (TY_TYPE(o) != &TyInt_Type || !tyFreeList_push(&ty_state.cache.int_free, o, INT_LINK, TY_INT_FREELIST_MAX))
        tyObj_free(o);
}

/* ---------------------------------------------------------------------- */
/* Text conversion                                                         */

int64_t tyInt_getMaxStrDigits(void)
{
    return ty_state.objs.max_str_digits;
}

int tyInt_setMaxStrDigits(int64_t n)
{
    if (n != 0 && n < 640) {
        tyErr_setString(&TyExc_ValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    ty_state.objs.max_str_digits = n;
    return 0;
}

/* Write the magnitude of v in `base` ending at `end` (exclusive); returns
** the first character written. */
static char *u64_digits(uint64_t v, int base, char *end)
{
    static const char digits[] = "0123456789abcdef";
    /* Base 10 divides by a constant, which compiles to a multiply; a
    ** divide by the variable base costs tens of cycles a digit (str(int)
    ** was 9% of the strings benchmark's time).  Two digits a step. */
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char *p = end;
    if (base == 10) {
        while (v >= 100) {
            unsigned r = (unsigned)(v % 100);
            v /= 100;
            p -= 2;
            memcpy(p, pairs + 2 * r, 2);
        }
        if (v >= 10) {
            p -= 2;
            memcpy(p, pairs + 2 * v, 2);
        } else {
            *--p = (char)('0' + v);
        }
        return p;
    }
    if ((base & (base - 1)) == 0) {
        int shift = __builtin_ctz((unsigned)base);
        do {
            *--p = digits[v & (uint64_t)(base - 1)];
            v >>= shift;
        } while (v);
        return p;
    }
    do {
        *--p = digits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    return p;
}

static const char *base_prefix(int base)
{
    switch (base) {
    case 2: return "0b";
    case 8: return "0o";
    case 16: return "0x";
    default: return "";
    }
}

static TyObject *limit_error(void)
{
    return tyErr_format(&TyExc_ValueError,
                        "Exceeds the limit (%lld digits) for integer string conversion; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        (long long)ty_state.objs.max_str_digits);
}

TyObject *tyInt_toBase(TyObject *o, int base, bool prefix)
{
    const char *pre = prefix ? base_prefix(base) : "";
    size_t prelen = strlen(pre);
    TyInt *i = (TyInt *)o;
    if (!i->big && base == 10 && !prefix && (i->value > 9 || i->value < 0)) {
        /* str(n): the digits go straight into the new string (no buffer
        ** and copy); one character stays with tyStr_fromAscii's shared
        ** strings. */
        uint64_t mag = i->value < 0 ? (uint64_t)0 - (uint64_t)i->value : (uint64_t)i->value;
        ssize_t n = 1;
        for (uint64_t t = 10; n < 20 && mag >= t; t *= 10)
            n++;
        n += i->value < 0;
        TyObject *s = tyStr_alloc(n);
        if (!s)
            return NULL;
        char *p = u64_digits(mag, 10, TY_STR_UTF8(s) + n);
        if (i->value < 0)
            *--p = '-';
        return tyStr_finishAscii(s);
    }
    if (!i->big) {
        char buf[80];
        char *end = buf + sizeof buf;
        uint64_t mag = i->value < 0 ? (uint64_t)0 - (uint64_t)i->value : (uint64_t)i->value;
        char *p = u64_digits(mag, base, end);
        p -= prelen;
        memcpy(p, pre, prelen);
        if (i->value < 0)
            *--p = '-';
        return tyStr_fromAscii(p, end - p);
    }
    size_t ndigits = mpz_sizeinbase(i->big, base);
    if (base == 10 && ty_state.objs.max_str_digits > 0 && ndigits > (uint64_t)ty_state.objs.max_str_digits + 1)
        return limit_error();
    char *buf = tyMem_malloc(ndigits + prelen + 3);
    if (!buf)
        return NULL;
    char *p = buf;
    bool neg = mpz_sgn(i->big) < 0;
    if (neg)
        *p++ = '-';
    memcpy(p, pre, prelen);
    p += prelen;
    /* mpz_get_str writes its own sign: give it the magnitude. */
    mpz_t mag;
    mpz_init(mag);
    mpz_abs(mag, i->big);
    mpz_get_str(p, base, mag);
    mpz_clear(mag);
    size_t written = strlen(p);
    TyObject *r;
    if (base == 10 && ty_state.objs.max_str_digits > 0 && written > (uint64_t)ty_state.objs.max_str_digits)
        r = limit_error();
    else
        r = tyStr_fromUtf8(buf, (ssize_t)(p - buf) + (ssize_t)written);
    tyMem_free(buf);
    return r;
}

static TyObject *int_repr(TyObject *o)
{
    return tyInt_toBase(o, 10, false);
}

/* ---------------------------------------------------------------------- */
/* Parsing: int(text, base)                                                */

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

enum { PARSE_OK = 0, PARSE_INVALID = 1, PARSE_ERROR = -1 };

/*
** Parse ASCII text as an int literal in `base` (0 or 2..36) with
** CPython's rules.  Returns PARSE_OK with *out a new reference,
** PARSE_INVALID for a malformed literal (no exception set), or
** PARSE_ERROR with an exception (the digit limit, memory).
*/
static int parse_int(const char *s, ssize_t len, int base, TyObject **out)
{
    const char *p = s, *end = s + len;
    while (p < end && is_ascii_space(*p))
        p++;
    while (end > p && is_ascii_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool zeros_only = false;
    bool after_prefix = false;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (prefixed && (base == 0 || base == prefixed)) {
            base = prefixed;
            p += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        zeros_only = p < end && *p == '0';
    }
    if (after_prefix && p < end && *p == '_')
        p++;
    /* Validate: digits with single underscores between them. */
    ssize_t ndigits = 0;
    bool prev_digit = false;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (!prev_digit)
                return PARSE_INVALID;
            prev_digit = false;
            continue;
        }
        int d = digit_value(*q);
        if (d >= base || (zeros_only && d != 0))
            return PARSE_INVALID;
        ndigits++;
        prev_digit = true;
    }
    if (ndigits == 0 || !prev_digit)
        return PARSE_INVALID;
    if ((base & (base - 1)) != 0 && ty_state.objs.max_str_digits > 0 && ndigits > ty_state.objs.max_str_digits) {
        tyErr_format(&TyExc_ValueError,
                     "Exceeds the limit (%lld digits) for integer string conversion: value has "
                     "%zd digits; use sys.set_int_max_str_digits() to increase the limit",
                     (long long)ty_state.objs.max_str_digits, ndigits);
        return PARSE_ERROR;
    }
    uint64_t acc = 0;
    bool fits = true;
    for (const char *q = p; q < end && fits; q++) {
        if (*q == '_')
            continue;
        fits = !__builtin_mul_overflow(acc, (uint64_t)base, &acc) &&
               !__builtin_add_overflow(acc, (uint64_t)digit_value(*q), &acc);
    }
    if (fits && acc <= (uint64_t)INT64_MAX) {
        *out = tyInt_fromI64(neg ? -(int64_t)acc : (int64_t)acc);
        return *out ? PARSE_OK : PARSE_ERROR;
    }
    if (fits && neg && acc == (uint64_t)INT64_MAX + 1) {
        *out = tyInt_fromI64(INT64_MIN);
        return *out ? PARSE_OK : PARSE_ERROR;
    }
    char *clean = tyMem_malloc((size_t)ndigits + 1);
    if (!clean)
        return PARSE_ERROR;
    char *c = clean;
    for (const char *q = p; q < end; q++)
        if (*q != '_')
            *c++ = *q;
    *c = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, clean, base);
    tyMem_free(clean);
    if (neg)
        mpz_neg(z, z);
    *out = int_fromMpzTake(z);
    return *out ? PARSE_OK : PARSE_ERROR;
}

/*
** Parse UTF-8 text (unicode true) or raw bytes.  In text, non-ASCII
** whitespace becomes ' ' and non-ASCII decimal digits their ASCII digit,
** as CPython does; any other non-ASCII character makes the literal
** invalid.  `orig` (may be NULL) is the object named in the error.
*/
static TyObject *int_fromText(const char *s, ssize_t len, int base, bool unicode,
                              TyObject *orig)
{
    char *ascii = NULL;
    const char *text = s;
    ssize_t tlen = len;
    if (unicode) {
        if (tyStr_numberToAscii(s, len, &ascii, &tlen) < 0)
            return NULL;
        if (ascii)
            text = ascii;
    }
    TyObject *result = NULL;
    int rc = parse_int(text, tlen, base, &result);
    tyMem_free(ascii);
    if (rc != PARSE_INVALID)
        return result;
    if (orig)
        return tyErr_format(&TyExc_ValueError, "invalid literal for int() with base %d: %.200R",
                            base, orig);
    TyObject *str = unicode ? tyStr_fromUtf8(s, len) : tyBytes_fromData(s, len);
    if (!str)
        return NULL;
    tyErr_format(&TyExc_ValueError, "invalid literal for int() with base %d: %.200R", base, str);
    TY_DECREF(str);
    return NULL;
}

TyObject *tyInt_fromString(const char *s, ssize_t len, int base)
{
    return int_fromText(s, len, base, true, NULL);
}

/* ---------------------------------------------------------------------- */
/* The constructor                                                         */

/* Call type(o).<name>() as a special method: 0 with *out NULL when the
** type has no such attribute, 1 with *out a new reference, -1 on error. */
static int call_special(TyObject *o, TyObject *name, TyObject **out)
{
    *out = NULL;
    TyObject *f = tyType_lookup(TY_TYPE(o), name);
    if (!f)
        return 0;
    TY_INCREF(f);
    ty_descrgetfunc get = TY_TYPE(f)->descr_get;
    if (get) {
        TyObject *bound = get(f, o, (TyObject *)TY_TYPE(o));
        TY_DECREF(f);
        if (!bound)
            return -1;
        *out = tyObj_callNoArgs(bound);
        TY_DECREF(bound);
    } else {
        *out = tyObj_callNoArgs(f);
        TY_DECREF(f);
    }
    return *out ? 1 : -1;
}

/* Check that r (a new reference, or NULL) is an int, converting a subclass
** instance to an exact int after CPython's DeprecationWarning; `what`
** names the method in the messages. */
static TyObject *require_int(TyObject *r, const char *what)
{
    if (!r)
        return NULL;
    if (!TY_INT_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "%s returned non-int (type %T)", what, r);
        TY_DECREF(r);
        return NULL;
    }
    if (!TY_INT_CHECK_EXACT(r)) {
        TyObject *text = tyStr_fromFormat("%s returned non-int (type %s).  The ability to return an instance of "
                                          "a strict subclass of int is deprecated, and may be removed in a "
                                          "future version of Python.", what, tyType_name(TY_TYPE(r)));
        if (!text || tyWarnings_warn(&TyExc_DeprecationWarning, text) < 0) {
            TY_XDECREF(text);
            TY_DECREF(r);
            return NULL;
        }
        TY_DECREF(text);
    }
    TyObject *e = tyInt_exact(r);
    TY_DECREF(r);
    return e;
}

/* int(x) for one argument with 3.11's order: __int__, __index__,
** __trunc__, then text. */
static TyObject *int_fromObject(TyObject *x)
{
    if (TY_INT_CHECK_EXACT(x))
        return TY_NEWREF(x);
    TyType *t = TY_TYPE(x);
    if (t->nb_int)
        return require_int(t->nb_int(x), "__int__");
    if (t->nb_index)
        return require_int(t->nb_index(x), "__index__");
    TyObject *r;
    int found = call_special(x, TY_ID(__trunc__), &r);
    if (found < 0)
        return NULL;
    if (found) {
        TyObject *text = tyStr_fromCStr("The delegation of int() to __trunc__ is deprecated.");
        int w = text ? tyWarnings_warn(&TyExc_DeprecationWarning, text) : -1;
        TY_XDECREF(text);
        if (w < 0) {
            TY_DECREF(r);
            return NULL;
        }
        if (TY_INT_CHECK(r)) {
            TyObject *e = tyInt_exact(r);
            TY_DECREF(r);
            return e;
        }
        if (!TY_TYPE(r)->nb_index) {
            tyErr_format(&TyExc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
            TY_DECREF(r);
            return NULL;
        }
        TyObject *i = require_int(TY_TYPE(r)->nb_index(r), "__index__");
        TY_DECREF(r);
        return i;
    }
    if (TY_STR_CHECK(x))
        return int_fromText(TY_STR_UTF8(x), TY_STR_NBYTES(x), 10, true, x);
    if (TY_BYTES_CHECK(x))
        return int_fromText(TY_BYTES_DATA(x), TY_BYTES_LEN(x), 10, false, x);
    if (TY_BYTEARRAY_CHECK(x))
        return int_fromText(TY_BYTEARRAY_DATA(x), TY_BYTEARRAY_LEN(x), 10, false, x);
    TyBuffer view;
    if (tyBuffer_check(x) && tyBuffer_get(x, &view) == 0) {
        /* Any other bytes-like object (memoryview, array): its bytes as a
        ** bytes object, which an error message then shows, as CPython's. */
        TyObject *copy = tyBytes_fromData(view.data, view.len);
        if (!copy)
            return NULL;
        TyObject *r = int_fromText(TY_BYTES_DATA(copy), TY_BYTES_LEN(copy), 10, false, copy);
        TY_DECREF(copy);
        return r;
    }
    /* A buffer that cannot be read flat is the same TypeError. */
    tyErr_clear();
    return tyErr_format(&TyExc_TypeError,
                        "int() argument must be a string, a bytes-like object or a real "
                        "number, not '%s'",
                        tyType_name(t));
}

static TyObject *int_fromObjectBase(TyObject *x, TyObject *base_obj)
{
    ssize_t base = tyNum_asSsize(base_obj, NULL);
    if (base == -1 && tyErr_occurred()) {
        /* A base too large for a C integer is out of range all the same
        ** (CPython clamps it). */
        if (!tyErr_exceptionMatches(&TyExc_OverflowError))
            return NULL;
        tyErr_clear();
        base = 37;
    }
    if ((base != 0 && base < 2) || base > 36)
        return tyErr_setString(&TyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!x)
        return tyErr_setString(&TyExc_TypeError, "int() missing string argument");
    if (TY_STR_CHECK(x))
        return int_fromText(TY_STR_UTF8(x), TY_STR_NBYTES(x), (int)base, true, x);
    if (TY_BYTES_CHECK(x))
        return int_fromText(TY_BYTES_DATA(x), TY_BYTES_LEN(x), (int)base, false, x);
    if (TY_BYTEARRAY_CHECK(x))
        return int_fromText(TY_BYTEARRAY_DATA(x), TY_BYTEARRAY_LEN(x), (int)base, false, x);
    return tyErr_setString(&TyExc_TypeError, "int() can't convert non-string with explicit base");
}

/* An instance of the int subclass `type` with the value of v (an exact
** int, stolen).  New reference. */
static TyObject *int_subtypeNew(TyType *type, TyObject *v)
{
    TyInt *o = (TyInt *)tyType_genericAlloc(type, 0);
    TyInt *src = (TyInt *)v;
    if (o) {
        o->value = src->value;
        if (src->big) {
            o->big = tyMem_malloc(sizeof(__mpz_struct));
            if (o->big) {
                mpz_init_set(o->big, src->big);
            } else {
                TY_DECREF(o);
                o = NULL;
            }
        }
    }
    TY_DECREF(v);
    return (TyObject *)o;
}

static TyObject *int_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    size_t nkw = kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 2)
        return tyErr_format(&TyExc_TypeError, "int() takes at most 2 arguments (%zu given)",
                            nargs + nkw);
    TyObject *x = nargs >= 1 ? args[0] : NULL;
    TyObject *base = nargs == 2 ? args[1] : NULL;
    for (size_t i = 0; i < nkw; i++) {
        TyObject *name = TY_TUPLE_GET(kwnames, i);
        if (!tyStr_eqC(name, "base"))
            return tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for int()",
                                name);
        if (base)
            return tyErr_setString(&TyExc_TypeError,
                                   "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    TyObject *v;
    if (base)
        v = int_fromObjectBase(x, base);
    else if (x)
        v = int_fromObject(x);
    else
        v = tyInt_fromI64(0);
    if (!v || type == &TyInt_Type)
        return v;
    return int_subtypeNew(type, v);
}

/* ---------------------------------------------------------------------- */
/* Methods and attributes                                                  */

static TyObject *int_self(TyObject *self)
{
    return tyInt_exact(self);
}

static TyObject *int_zero(TyObject *self)
{
    return tyInt_fromI64(0);
}

static TyObject *int_one(TyObject *self)
{
    return tyInt_fromI64(1);
}

static TyObject *int_bit_length(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (tyArg_noKeywords("int.bit_length", kwnames) < 0 ||
        tyArg_checkPositional("int.bit_length", nargs, 0, 0) < 0)
        return NULL;
    TyInt *i = (TyInt *)self;
    if (i->big)
        return tyInt_fromU64(mpz_sizeinbase(i->big, 2));
    uint64_t mag = i->value < 0 ? (uint64_t)0 - (uint64_t)i->value : (uint64_t)i->value;
    return tyInt_fromI64(mag ? 64 - __builtin_clzll(mag) : 0);
}

static TyObject *int_bit_count(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("int.bit_count", kwnames) < 0 ||
        tyArg_checkPositional("int.bit_count", nargs, 0, 0) < 0)
        return NULL;
    TyInt *i = (TyInt *)self;
    if (i->big) {
        mpz_t mag;
        mpz_init(mag);
        mpz_abs(mag, i->big);
        uint64_t n = mpz_popcount(mag);
        mpz_clear(mag);
        return tyInt_fromU64(n);
    }
    uint64_t mag = i->value < 0 ? (uint64_t)0 - (uint64_t)i->value : (uint64_t)i->value;
    return tyInt_fromI64(__builtin_popcountll(mag));
}

static TyObject *int_as_integer_ratio(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    if (tyArg_noKeywords("int.as_integer_ratio", kwnames) < 0 ||
        tyArg_checkPositional("int.as_integer_ratio", nargs, 0, 0) < 0)
        return NULL;
    TyObject *n = tyInt_exact(self);
    if (!n)
        return NULL;
    TyObject *t = tyTuple_pack(2, n, SMALL(1));
    TY_DECREF(n);
    return t;
}

/* Shared by conjugate, __trunc__, __floor__, __ceil__: the value itself. */
static TyObject *int_identity_method(const char *fname, TyObject *self, size_t nargs,
                                     TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return NULL;
    return tyInt_exact(self);
}

static TyObject *int_conjugate(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    return int_identity_method("int.conjugate", self, nargs, kwnames);
}

/* (int(self),): what copy and pickle rebuild an int from. */
static TyObject *int_getnewargs(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    TyObject *v = int_identity_method("int.__getnewargs__", self, nargs, kwnames);
    TyObject *t = v ? tyTuple_pack(1, v) : NULL;
    TY_XDECREF(v);
    return t;
}

static TyObject *int_trunc(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return int_identity_method("int.__trunc__", self, nargs, kwnames);
}

static TyObject *int_floor(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return int_identity_method("int.__floor__", self, nargs, kwnames);
}

static TyObject *int_ceil(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    return int_identity_method("int.__ceil__", self, nargs, kwnames);
}

static TyObject *int_format(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return tyFormat_method("int.__format__", self, args, nargs, kwnames, tyFormat_int);
}

/*
** round(x, n) for n < 0: x rounded to a multiple of 10**-n, ties to even.
** New reference.
*/
static TyObject *int_roundNegative(TyObject *self, int64_t ndigits)
{
    mpz_t t, pow10, q, r, twice;
    mpz_srcptr z = int_view(self, t);
    uint64_t k = ndigits == INT64_MIN ? (uint64_t)INT64_MAX : (uint64_t)-ndigits;
    /* 10**k exceeds |x| * 2 once k passes x's digit count: the result is 0. */
    if (k > mpz_sizeinbase(z, 10) + 1) {
        mpz_clear(t);
        return tyInt_fromI64(0);
    }
    mpz_init(pow10);
    mpz_init(q);
    mpz_init(r);
    mpz_init(twice);
    mpz_ui_pow_ui(pow10, 10, k);
    mpz_fdiv_qr(q, r, z, pow10);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    mpz_clear(t);
    mpz_clear(pow10);
    mpz_clear(r);
    mpz_clear(twice);
    return int_fromMpzTake(q);
}

static TyObject *int_round(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (tyArg_noKeywords("__round__", kwnames) < 0 ||
        tyArg_checkPositional("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return tyInt_exact(self);
    TyObject *n = tyNum_index(args[0]);
    if (!n)
        return NULL;
    int sign = tyInt_sign(n);
    if (sign >= 0) {
        TY_DECREF(n);
        return tyInt_exact(self);
    }
    int64_t nd = ((TyInt *)n)->big ? INT64_MIN : VAL(n);
    TY_DECREF(n);
    return int_roundNegative(self, nd);
}

/* "little" / "big" -> true for little-endian; -1 with an exception. */
static int parse_byteorder(TyObject *o, const char *fname, bool *little)
{
    if (!o) {
        *little = false;
        return 0;
    }
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "%s() argument 'byteorder' must be str, not %A", fname, o);
        return -1;
    }
    if (tyStr_eqC(o, "little"))
        *little = true;
    else if (tyStr_eqC(o, "big"))
        *little = false;
    else {
        tyErr_setString(&TyExc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static TyObject *int_to_bytes(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    static const char *const names[] = { "length", "byteorder", "signed", NULL };
    TyObject *a[3];
    if (tyArg_unpack("to_bytes", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    ssize_t length = 1;
    if (a[0]) {
        length = tyNum_asSsize(a[0], NULL);
        if (length == -1 && tyErr_occurred())
            return NULL;
        if (length < 0)
            return tyErr_setString(&TyExc_ValueError, "length argument must be non-negative");
    }
    bool little;
    if (parse_byteorder(a[1], "to_bytes", &little) < 0)
        return NULL;
    int is_signed = 0;
    if (a[2] && (is_signed = tyObj_isTrue(a[2])) < 0)
        return NULL;

    mpz_t t, v;
    mpz_srcptr z = int_view(self, t);
    mpz_init_set(v, z);
    mpz_clear(t);
    const char *err = NULL;
    uint64_t nbits = (uint64_t)length * 8;
    if (mpz_sgn(v) < 0) {
        if (!is_signed) {
            err = "can't convert negative int to unsigned";
        } else {
            /* Two's complement: v + 2**nbits must lie in [2**(nbits-1), 2**nbits). */
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, nbits);
            mpz_add(v, v, m);
            if (mpz_sgn(v) <= 0 || mpz_sizeinbase(v, 2) < nbits)
                err = "int too big to convert";
            mpz_clear(m);
        }
    } else if (mpz_sgn(v) > 0 && mpz_sizeinbase(v, 2) + (is_signed ? 1 : 0) > nbits) {
        err = "int too big to convert";
    }
    if (err) {
        mpz_clear(v);
        return tyErr_setString(&TyExc_OverflowError, err);
    }
    TyObject *b = tyBytes_fromData(NULL, length);
    if (!b) {
        mpz_clear(v);
        return NULL;
    }
    unsigned char *data = (unsigned char *)TY_BYTES_DATA(b);
    memset(data, 0, (size_t)length);
    if (mpz_sgn(v) != 0) {
        size_t count = (mpz_sizeinbase(v, 2) + 7) / 8;
        size_t pos = little ? 0 : (size_t)length - count;
        mpz_export(data + pos, NULL, little ? -1 : 1, 1, 0, 0, v);
    }
    mpz_clear(v);
    return b;
}

/* Bytes of a from_bytes argument: a bytes or bytearray's data, or a new
** bytes built from an iterable of ints.  *owned receives what to release. */
static int bytes_argument(TyObject *o, const unsigned char **data, ssize_t *len,
                          TyObject **owned)
{
    *owned = NULL;
    if (TY_BYTES_CHECK(o)) {
        *data = (const unsigned char *)TY_BYTES_DATA(o);
        *len = TY_BYTES_LEN(o);
        return 0;
    }
    if (TY_BYTEARRAY_CHECK(o)) {
        *data = (const unsigned char *)TY_BYTEARRAY_DATA(o);
        *len = TY_BYTEARRAY_LEN(o);
        return 0;
    }
    if (TY_STR_CHECK(o) || TY_INT_CHECK(o) || TY_FLOAT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "cannot convert '%s' object to bytes",
                     tyType_name(TY_TYPE(o)));
        return -1;
    }
    /* As bytes(o) would: __bytes__ first. */
    TyObject *conv = tyType_lookupStr(TY_TYPE(o), "__bytes__");
    if (conv) {
        TY_INCREF(conv);
        TyObject *b = tyObj_callOneArg(conv, o);
        TY_DECREF(conv);
        if (!b)
            return -1;
        if (!TY_BYTES_CHECK(b)) {
            tyErr_format(&TyExc_TypeError, "__bytes__ returned non-bytes (type %s)", tyType_name(TY_TYPE(b)));
            TY_DECREF(b);
            return -1;
        }
        *owned = b;
        *data = (const unsigned char *)TY_BYTES_DATA(b);
        *len = TY_BYTES_LEN(b);
        return 0;
    }
    TyObject *it = tyObj_getIter(o);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError)) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError, "cannot convert '%s' object to bytes",
                         tyType_name(TY_TYPE(o)));
        }
        return -1;
    }
    TyStrBuilder buf;
    tyBuf_init(&buf);
    TyObject *item;
    while ((item = tyIter_next(it))) {
        ssize_t v = tyNum_asSsize(item, NULL);
        TY_DECREF(item);
        if (v == -1 && tyErr_occurred())
            break;
        if (v < 0 || v > 255) {
            tyErr_setString(&TyExc_ValueError, "bytes must be in range(0, 256)");
            break;
        }
        if (tyBuf_appendChar(&buf, (char)v) < 0)
            break;
    }
    TY_DECREF(it);
    if (tyErr_occurred()) {
        tyBuf_free(&buf);
        return -1;
    }
    *owned = tyBytes_fromData(buf.data, (ssize_t)buf.len);
    tyBuf_free(&buf);
    if (!*owned)
        return -1;
    *data = (const unsigned char *)TY_BYTES_DATA(*owned);
    *len = TY_BYTES_LEN(*owned);
    return 0;
}

static TyObject *int_from_bytes(TyObject *cls, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    static const char *const names[] = { "bytes", "byteorder", "signed", NULL };
    TyObject *a[3];
    if (tyArg_unpack("from_bytes", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    bool little;
    if (parse_byteorder(a[1], "from_bytes", &little) < 0)
        return NULL;
    int is_signed = 0;
    if (a[2] && (is_signed = tyObj_isTrue(a[2])) < 0)
        return NULL;
    const unsigned char *data;
    ssize_t len;
    TyObject *owned;
    if (bytes_argument(a[0], &data, &len, &owned) < 0)
        return NULL;
    mpz_t z;
    mpz_init(z);
    if (len > 0) {
        mpz_import(z, (size_t)len, little ? -1 : 1, 1, 0, 0, data);
        unsigned char top = little ? data[len - 1] : data[0];
        if (is_signed && (top & 0x80)) {
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, (mp_bitcnt_t)len * 8);
            mpz_sub(z, z, m);
            mpz_clear(m);
        }
    }
    TY_XDECREF(owned);
    TyObject *r = int_fromMpzTake(z);
    if (!r || cls == (TyObject *)&TyInt_Type)
        return r;
    TyObject *res = tyObj_callOneArg(cls, r);
    TY_DECREF(r);
    return res;
}

static TyMethodDef int_methods[] = {
    { "bit_length", int_bit_length, TY_METH_DEFAULT,
      "Number of bits necessary to represent self in binary." },
    { "bit_count", int_bit_count, TY_METH_DEFAULT,
      "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", int_to_bytes, TY_METH_DEFAULT, "Return an array of bytes representing an integer." },
    { "from_bytes", int_from_bytes, TY_METH_CLASS,
      "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", int_as_integer_ratio, TY_METH_DEFAULT,
      "Return integer ratio." },
    { "conjugate", int_conjugate, TY_METH_DEFAULT, "Returns self, the complex conjugate of any int." },
    { "__getnewargs__", int_getnewargs, TY_METH_DEFAULT, NULL },
    { "__trunc__", int_trunc, TY_METH_DEFAULT, "Truncating an Integral returns itself." },
    { "__floor__", int_floor, TY_METH_DEFAULT, "Flooring an Integral returns itself." },
    { "__ceil__", int_ceil, TY_METH_DEFAULT, "Ceiling of an Integral returns itself." },
    { "__round__", int_round, TY_METH_DEFAULT, "Rounding an Integral returns itself." },
    { "__format__", int_format, TY_METH_DEFAULT, "Convert to a string according to format_spec." },
    { NULL, NULL, 0, NULL }
};

static TyGetSetDef int_getset[] = {
    { "real", int_self, NULL, "the real part of a complex number" },
    { "imag", int_zero, NULL, "the imaginary part of a complex number" },
    { "numerator", int_self, NULL, "the numerator of a rational number in lowest terms" },
    { "denominator", int_one, NULL, "the denominator of a rational number in lowest terms" },
    { NULL, NULL, NULL, NULL }
};

TyType TyInt_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "int",
    .basicsize = sizeof(TyInt),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_INT_SUBCLASS | TY_TPFLAG_IMMUTABLETYPE | TY_TPFLAG_MATCH_SELF |
             TY_TPFLAG_TUPLE_CALL,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .tp_new = int_new,
    .binop[TY_BINOP_ADD] = int_add,
    .binop[TY_BINOP_SUB] = int_sub,
    .binop[TY_BINOP_MUL] = int_mul,
    .binop[TY_BINOP_TRUEDIV] = int_truediv,
    .binop[TY_BINOP_FLOORDIV] = int_floordiv,
    .binop[TY_BINOP_MOD] = int_mod,
    .binop[TY_BINOP_POW] = int_pow2,
    .binop[TY_BINOP_LSHIFT] = int_lshift,
    .binop[TY_BINOP_RSHIFT] = int_rshift,
    .binop[TY_BINOP_AND] = int_and,
    .binop[TY_BINOP_OR] = int_or,
    .binop[TY_BINOP_XOR] = int_xor,
    .binop[TY_BINOP_DIVMOD] = int_divmod,
    .unop[TY_UNOP_NEG] = int_neg,
    .unop[TY_UNOP_POS] = int_pos,
    .unop[TY_UNOP_INVERT] = int_invert,
    .unop[TY_UNOP_ABS] = int_abs,
    .nb_bool = int_bool,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
    .methods = int_methods,
    .getset = int_getset,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

void tyInt_init(void)
{
    ty_state.objs.max_str_digits = TY_INT_MAX_STR_DIGITS;
    for (int i = 0; i < SMALL_COUNT; i++) {
        tyInt_smallInts[i].ob.refcnt = TY_IMMORTAL_REFCNT;
        tyInt_smallInts[i].ob.type = &TyInt_Type;
        tyInt_smallInts[i].value = TY_SMALL_INT_MIN + i;
        tyInt_smallInts[i].big = NULL;
    }
}
