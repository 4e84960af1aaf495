/*
** math.c — the math module: CPython 3.11's functions and constants for
** ints and floats.
**
** Error reporting follows CPython's rules: a NaN result from a non-NaN
** argument is ValueError("math domain error"); an infinite result from a
** finite argument is OverflowError("math range error") for the functions
** that can overflow and a domain error for the others (poles); errno ERANGE
** is an overflow unless the result is tiny (an underflow, which is not an
** error).  gamma and lgamma use the Lanczos approximation (N = 13,
** g = 6.024680040776729583740234375, the parameters CPython uses), hypot
** and dist the compensated scaled sum with a differential correction of
** the square root, and fsum Shewchuk's exact partial sums, so results agree
** with CPython bit for bit.  Integer functions (factorial, comb, perm,
** gcd, lcm, isqrt) are computed with GMP.
*/
#include <errno.h>
#include <float.h>
#include <math.h>
#include "tally.h"

#define PI 3.141592653589793238462643383279502884
#define LOGPI 1.144729885849400174143427351353058711647

/* ---------------------------------------------------------------------- */
/* Argument helpers and error reporting                                    */

static TyObject *domain_error(void)
{
    return tyErr_setString(&TyExc_ValueError, "math domain error");
}

static TyObject *range_error(void)
{
    return tyErr_setString(&TyExc_OverflowError, "math range error");
}

/* errno is set after computing r: raise the matching exception and return
** true, or return false for an underflow (ERANGE with a tiny result). */
static bool is_error(double r)
{
    if (errno == EDOM) {
        domain_error();
        return true;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return false;
        range_error();
        return true;
    }
    tyErr_setString(&TyExc_ValueError, "math domain error");
    return true;
}

static int one_arg(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return -1;
    return 0;
}

/* CPython's wording for a fixed count above one: "atan2 expected 2
** arguments, got 1". */
static int two_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    if (nargs != 2) {
        tyErr_format(&TyExc_TypeError, "%s expected 2 arguments, got %zu", fname, nargs);
        return -1;
    }
    return 0;
}

/* The double value of a number argument; -1 with an exception on failure
** (the caller checks tyErr_occurred). */
static double arg_double(TyObject *o)
{
    if (TY_FLOAT_CHECK(o))
        return TY_FLOAT_VALUE(o);
    return tyFloat_asDouble(o);
}

#define ARG_DOUBLE(var, obj)                              \
    double var = arg_double(obj);                         \
    if (var == -1.0 && tyErr_occurred())                  \
        return NULL

/* A one-argument real function with CPython's checks (math_1). */
static TyObject *math_1(TyObject *arg, double (*fn)(double), bool can_overflow)
{
    ARG_DOUBLE(x, arg);
    errno = 0;
    double r = fn(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && is_error(r))
        return NULL;
    return tyFloat_from(r);
}

/* A function that reports its own errors through errno (math_1a). */
static TyObject *math_1a(TyObject *arg, double (*fn)(double))
{
    ARG_DOUBLE(x, arg);
    errno = 0;
    double r = fn(x);
    if (errno && is_error(r))
        return NULL;
    return tyFloat_from(r);
}

/* Call type(o).<name>() when the type defines it: 1 with *out a new
** reference, 0 when it does not, -1 on error. */
static int call_special(TyObject *o, const char *name, TyObject **out)
{
    *out = NULL;
    TyObject *f = tyType_lookupStr(TY_TYPE(o), name);
    if (!f)
        return 0;
    TY_INCREF(f);
    ty_descrgetfunc get = TY_TYPE(f)->descr_get;
    if (get) {
        TyObject *bound = get(f, o, (TyObject *)TY_TYPE(o));
        TY_DECREF(f);
        if (!bound)
            return -1;
        f = bound;
    }
    *out = tyObj_callNoArgs(f);
    TY_DECREF(f);
    return *out ? 1 : -1;
}

/* ---------------------------------------------------------------------- */
/* Special functions                                                       */

/* sin(pi * x) with the argument reduced exactly first, for the reflection
** formulas of gamma and lgamma. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* The denominator x * (x+1) * ... * (x+11) as polynomial coefficients. */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* The Lanczos rational function for x > 0; for large x it is evaluated
** in 1/x to avoid overflow. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double m_gamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    /* The rounding error of y, scaled: it corrects pow(y, ...) / exp(y). */
    double z;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = LOGPI - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* log with CPython's special values: log(0) and log(negative) are
** domain errors, log(inf) = inf. */
static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (isfinite(x) && x > 0.0)
        return log2(x);
    return m_log(x);
}

static double m_log10(double x)
{
    if (isfinite(x) && x > 0.0)
        return log10(x);
    return m_log(x);
}

/* ---------------------------------------------------------------------- */
/* One-argument float functions                                            */

#define MATH_1(name, fn, overflow)                                               \
    static TyObject *math_##name(TyObject *self, TyObject *const *args, size_t nargs, \
                                 TyObject *kwnames)                              \
    {                                                                            \
        if (one_arg("math." #name, nargs, kwnames) < 0)                          \
            return NULL;                                                         \
        return math_1(args[0], fn, overflow);                                    \
    }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)

static TyObject *math_gamma(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.gamma", nargs, kwnames) < 0)
        return NULL;
    return math_1a(args[0], m_gamma);
}

static TyObject *math_lgamma(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (one_arg("math.lgamma", nargs, kwnames) < 0)
        return NULL;
    return math_1a(args[0], m_lgamma);
}

static TyObject *math_degrees(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (one_arg("math.degrees", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    return tyFloat_from(x * (180.0 / PI));
}

static TyObject *math_radians(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (one_arg("math.radians", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    return tyFloat_from(x * (PI / 180.0));
}

static TyObject *math_isfinite(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (one_arg("math.isfinite", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    return tyBool_from(isfinite(x));
}

static TyObject *math_isinf(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.isinf", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    return tyBool_from(isinf(x));
}

static TyObject *math_isnan(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.isnan", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    return tyBool_from(isnan(x));
}

static TyObject *math_ulp(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (one_arg("math.ulp", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    if (isnan(x))
        return tyFloat_from(x);
    x = fabs(x);
    if (isinf(x))
        return tyFloat_from(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return tyFloat_from(x - nextafter(x, -INFINITY));
    return tyFloat_from(up - x);
}

static TyObject *math_frexp(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.frexp", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    int e = 0;
    if (isfinite(x) && x != 0)
        x = frexp(x, &e);
    TyObject *m = tyFloat_from(x);
    TyObject *ie = m ? tyInt_fromI64(e) : NULL;
    TyObject *t = ie ? tyTuple_pack(2, m, ie) : NULL;
    TY_XDECREF(m);
    TY_XDECREF(ie);
    return t;
}

static TyObject *math_modf(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (one_arg("math.modf", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    double ip, fp;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else if (isnan(x)) {
        fp = ip = x;
    } else {
        fp = modf(x, &ip);
    }
    TyObject *a = tyFloat_from(fp);
    TyObject *b = a ? tyFloat_from(ip) : NULL;
    TyObject *t = b ? tyTuple_pack(2, a, b) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    return t;
}

/* ---------------------------------------------------------------------- */
/* Rounding to an int                                                      */

/* floor / ceil: an exact float directly; otherwise the type's __floor__ /
** __ceil__ when it has one, else through float. */
static TyObject *floor_or_ceil(TyObject *x, const char *special, double (*fn)(double))
{
    if (TY_TYPE(x) == &TyFloat_Type)
        return tyInt_fromDouble(fn(TY_FLOAT_VALUE(x)));
    TyObject *r;
    int found = call_special(x, special, &r);
    if (found)
        return r;
    double d = arg_double(x);
    if (d == -1.0 && tyErr_occurred())
        return NULL;
    return tyInt_fromDouble(fn(d));
}

static TyObject *math_floor(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.floor", nargs, kwnames) < 0)
        return NULL;
    return floor_or_ceil(args[0], "__floor__", floor);
}

static TyObject *math_ceil(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (one_arg("math.ceil", nargs, kwnames) < 0)
        return NULL;
    return floor_or_ceil(args[0], "__ceil__", ceil);
}

static TyObject *math_trunc(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.trunc", nargs, kwnames) < 0)
        return NULL;
    TyObject *x = args[0];
    if (TY_TYPE(x) == &TyFloat_Type)
        return tyInt_fromDouble(TY_FLOAT_VALUE(x));
    TyObject *r;
    int found = call_special(x, "__trunc__", &r);
    if (found)
        return r;
    return tyErr_format(&TyExc_TypeError, "type %s doesn't define __trunc__ method",
                        tyType_name(TY_TYPE(x)));
}

/* ---------------------------------------------------------------------- */
/* Logarithms (also of ints too large for a double)                        */

/* func(x) for a number x; a positive int beyond the double range is
** taken as m * 2**e so its logarithm is still computed.  New reference. */
static TyObject *loghelper(TyObject *arg, double (*func)(double))
{
    if (!TY_INT_CHECK(arg))
        return math_1(arg, func, false);
    if (tyInt_sign(arg) <= 0)
        return domain_error();
    if (TY_INT_IS_SMALL(arg))
        return tyFloat_from(func((double)TY_INT_VALUE(arg)));
    mpz_t z;
    mpz_init(z);
    tyInt_toMpz(arg, z);
    int64_t e = (int64_t)mpz_sizeinbase(z, 2);
    bool overflow;
    double m = tyInt_ldexpRound(z, -e, &overflow);
    mpz_clear(z);
    return tyFloat_from(func(m) + func(2.0) * (double)e);
}

static TyObject *math_log(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (tyArg_noKeywords("log", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return tyErr_setString(&TyExc_TypeError, "math.log requires 1 to 2 arguments");
    TyObject *num = loghelper(args[0], m_log);
    if (!num || nargs == 1)
        return num;
    TyObject *den = loghelper(args[1], m_log);
    if (!den) {
        TY_DECREF(num);
        return NULL;
    }
    TyObject *r = tyNum_binary(num, den, TY_BINOP_TRUEDIV);
    TY_DECREF(num);
    TY_DECREF(den);
    return r;
}

static TyObject *math_log2(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (one_arg("math.log2", nargs, kwnames) < 0)
        return NULL;
    return loghelper(args[0], m_log2);
}

static TyObject *math_log10(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.log10", nargs, kwnames) < 0)
        return NULL;
    return loghelper(args[0], m_log10);
}

/* ---------------------------------------------------------------------- */
/* Two-argument float functions                                            */

static TyObject *math_atan2(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (two_args("atan2", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(y, args[0]);
    ARG_DOUBLE(x, args[1]);
    double r;
    if (isnan(x) || isnan(y))
        r = NAN;
    else if (isinf(y))
        r = isinf(x) ? copysign(copysign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y)
                     : copysign(0.5 * PI, y);
    else if (isinf(x) || y == 0.0)
        r = copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
    else
        r = atan2(y, x);
    return tyFloat_from(r);
}

static TyObject *math_copysign(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (two_args("copysign", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    ARG_DOUBLE(y, args[1]);
    return tyFloat_from(copysign(x, y));
}

static TyObject *math_fmod(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (two_args("fmod", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    ARG_DOUBLE(y, args[1]);
    if (isinf(y) && isfinite(x))
        return tyFloat_from(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return tyFloat_from(r);
}

static TyObject *math_remainder(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (two_args("remainder", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    ARG_DOUBLE(y, args[1]);
    double r;
    if (isnan(x))
        r = x;
    else if (isnan(y))
        r = y;
    else if (isinf(x) || y == 0.0)
        return domain_error();
    else if (isinf(y))
        r = x;
    else
        r = remainder(x, y);
    return tyFloat_from(r);
}

static TyObject *math_pow(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (two_args("pow", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    ARG_DOUBLE(y, args[1]);
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if ((y > 0.0) == (fabs(x) > 1.0)) {
            r = INFINITY;
        } else {
            r = 0.0;
        }
        return tyFloat_from(r);
    }
    r = pow(x, y);
    if (isnan(r) || (isinf(r) && x == 0.0))
        return domain_error();
    if (isinf(r))
        return range_error();
    return tyFloat_from(r);
}

static TyObject *math_ldexp(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (two_args("ldexp", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    TyObject *i = args[1];
    if (!TY_INT_CHECK(i))
        return tyErr_setString(&TyExc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (TY_INT_IS_SMALL(i))
        e = TY_INT_VALUE(i);
    else
        e = tyInt_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !isfinite(x))
        return tyFloat_from(x);
    if (e > INT32_MAX)
        return range_error();
    if (e < INT32_MIN)
        return tyFloat_from(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return tyFloat_from(r);
}

static TyObject *math_nextafter(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (two_args("nextafter", nargs, kwnames) < 0)
        return NULL;
    ARG_DOUBLE(x, args[0]);
    ARG_DOUBLE(y, args[1]);
    return tyFloat_from(nextafter(x, y));
}

static TyObject *math_isclose(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    TyObject *a[4];
    if (tyArg_unpack("isclose", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    ARG_DOUBLE(x, a[0]);
    ARG_DOUBLE(y, a[1]);
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (a[2]) {
        rel_tol = arg_double(a[2]);
        if (rel_tol == -1.0 && tyErr_occurred())
            return NULL;
    }
    if (a[3]) {
        abs_tol = arg_double(a[3]);
        if (abs_tol == -1.0 && tyErr_occurred())
            return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return tyErr_setString(&TyExc_ValueError, "tolerances must be non-negative");
    if (x == y)
        return tyBool_from(true);
    if (isinf(x) || isinf(y))
        return tyBool_from(false);
    double diff = fabs(y - x);
    return tyBool_from(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) ||
                       diff <= abs_tol);
}

/* ---------------------------------------------------------------------- */
/* hypot, dist, fsum                                                       */

/*
** sqrt(sum(x*x for x in vec)) for finite non-negative vec[] whose largest
** element is max.  The elements are scaled by a power of two so the
** largest lies in [0.5, 1); each square is split exactly (Veltkamp-Dekker)
** and summed with separate compensation terms around a running sum that
** starts at 1.0; the square root then gets one differential correction.
*/
static double vector_norm(size_t n, const double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1 */
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, old, x, t, hi, lo;
    if (max_e < -1023) {
        /* 2**-max_e would overflow: divide by max instead. */
        for (size_t i = 0; i < n; i++) {
            x = vec[i] / max;
            x = x * x;
            old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = 2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static TyObject *math_hypot(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (tyArg_noKeywords("hypot", kwnames) < 0)
        return NULL;
    double stack[16];
    double *v = nargs > 16 ? tyMem_malloc(nargs * sizeof(double)) : stack;
    if (!v)
        return NULL;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x = arg_double(args[i]);
        if (x == -1.0 && tyErr_occurred()) {
            if (v != stack)
                tyMem_free(v);
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(nargs, v, max, found_nan);
    if (v != stack)
        tyMem_free(v);
    return tyFloat_from(r);
}

static TyObject *math_dist(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (two_args("dist", nargs, kwnames) < 0)
        return NULL;
    TyObject *p = TY_TUPLE_CHECK(args[0]) ? TY_NEWREF(args[0]) : tyTuple_fromIterable(args[0]);
    if (!p)
        return NULL;
    TyObject *q = TY_TUPLE_CHECK(args[1]) ? TY_NEWREF(args[1]) : tyTuple_fromIterable(args[1]);
    if (!q) {
        TY_DECREF(p);
        return NULL;
    }
    TyObject *result = NULL;
    size_t n = (size_t)TY_TUPLE_LEN(p);
    double *v = NULL;
    if ((size_t)TY_TUPLE_LEN(q) != n) {
        tyErr_setString(&TyExc_ValueError, "both points must have the same number of dimensions");
    } else if ((v = tyMem_malloc((n ? n : 1) * sizeof(double)))) {
        double max = 0.0;
        bool found_nan = false, ok = true;
        for (size_t i = 0; i < n && ok; i++) {
            double px = arg_double(TY_TUPLE_GET(p, i));
            ok = !(px == -1.0 && tyErr_occurred());
            double qx = ok ? arg_double(TY_TUPLE_GET(q, i)) : 0.0;
            ok = ok && !(qx == -1.0 && tyErr_occurred());
            double x = fabs(px - qx);
            v[i] = x;
            found_nan |= isnan(x);
            if (x > max)
                max = x;
        }
        if (ok)
            result = tyFloat_from(vector_norm(n, v, max, found_nan));
        tyMem_free(v);
    }
    TY_DECREF(p);
    TY_DECREF(q);
    return result;
}

/* sum(iterable) of floats, exactly rounded: Shewchuk's non-overlapping
** partial sums, with infinities and NaNs summed on the side. */
static TyObject *math_fsum(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (one_arg("math.fsum", nargs, kwnames) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    size_t n = 0, cap = 32;
    double stack[32];
    double *p = stack;
    double special_sum = 0.0, inf_sum = 0.0;
    TyObject *item;
    bool failed = false;
    while (!failed && (item = tyIter_next(it))) {
        double x = arg_double(item);
        TY_DECREF(item);
        if (x == -1.0 && tyErr_occurred()) {
            failed = true;
            break;
        }
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double tmp = x;
                x = y;
                y = tmp;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* A non-finite partial from finite inputs is an overflow. */
            if (isfinite(xsave)) {
                tyErr_setString(&TyExc_OverflowError, "intermediate overflow in fsum");
                failed = true;
                break;
            }
            if (isinf(xsave))
                inf_sum += xsave;
            special_sum += xsave;
            n = 0;
            continue;
        }
        if (n >= cap) {
            double *grown = tyMem_malloc(2 * cap * sizeof(double));
            if (!grown) {
                failed = true;
                break;
            }
            memcpy(grown, p, n * sizeof(double));
            if (p != stack)
                tyMem_free(p);
            p = grown;
            cap *= 2;
        }
        p[n++] = x;
    }
    TY_DECREF(it);
    if (failed || tyErr_occurred()) {
        if (p != stack)
            tyMem_free(p);
        return NULL;
    }
    double hi = 0.0;
    if (special_sum != 0.0) {
        if (p != stack)
            tyMem_free(p);
        if (isnan(inf_sum))
            return tyErr_setString(&TyExc_ValueError, "-inf + inf in fsum");
        return tyFloat_from(special_sum);
    }
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        /* Sum from the top until the result is inexact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* Round half-even correctly when the rest would tip a tie. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    if (p != stack)
        tyMem_free(p);
    return tyFloat_from(hi);
}

static TyObject *math_prod(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    static const char *const names[] = { "", "start", NULL };
    if (nargs != 1)
        return tyErr_format(&TyExc_TypeError,
                            "prod() takes exactly 1 positional argument (%zu given)", nargs);
    TyObject *a[2];
    if (tyArg_unpack("prod", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyObject *acc = a[1] ? TY_NEWREF(a[1]) : tyInt_fromI64(1);
    TyObject *it = tyObj_getIter(a[0]);
    if (!it) {
        TY_DECREF(acc);
        return NULL;
    }
    TyObject *item;
    while ((item = tyIter_next(it))) {
        TyObject *r = tyNum_binary(acc, item, TY_BINOP_MUL);
        TY_DECREF(item);
        TY_DECREF(acc);
        acc = r;
        if (!acc)
            break;
    }
    TY_DECREF(it);
    if (acc && tyErr_occurred())
        TY_CLEAR(acc);
    return acc;
}

/* ---------------------------------------------------------------------- */
/* Integer functions                                                       */

/* operator.index(o) as a new reference (an int). */
static TyObject *int_arg(TyObject *o)
{
    return tyNum_index(o);
}

static TyObject *math_factorial(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (one_arg("math.factorial", nargs, kwnames) < 0)
        return NULL;
    TyObject *n = int_arg(args[0]);
    if (!n)
        return NULL;
    int sign = tyInt_sign(n);
    bool big = !TY_INT_IS_SMALL(n);
    int64_t v = big ? 0 : TY_INT_VALUE(n);
    TY_DECREF(n);
    if (sign < 0)
        return tyErr_setString(&TyExc_ValueError, "factorial() not defined for negative values");
    if (big)
        return tyErr_format(&TyExc_OverflowError,
                            "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)v);
    TyObject *res = tyInt_fromMpz(r);
    mpz_clear(r);
    return res;
}

static TyObject *math_isqrt(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (one_arg("math.isqrt", nargs, kwnames) < 0)
        return NULL;
    TyObject *n = int_arg(args[0]);
    if (!n)
        return NULL;
    if (tyInt_sign(n) < 0) {
        TY_DECREF(n);
        return tyErr_setString(&TyExc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_t z;
    mpz_init(z);
    tyInt_toMpz(n, z);
    TY_DECREF(n);
    mpz_sqrt(z, z);
    TyObject *r = tyInt_fromMpz(z);
    mpz_clear(z);
    return r;
}

/* gcd / lcm of any number of ints. */
static TyObject *gcd_lcm(TyObject *const *args, size_t nargs, bool lcm)
{
    mpz_t acc, z;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(z);
    for (size_t i = 0; i < nargs; i++) {
        TyObject *n = int_arg(args[i]);
        if (!n) {
            mpz_clear(acc);
            mpz_clear(z);
            return NULL;
        }
        tyInt_toMpz(n, z);
        TY_DECREF(n);
        if (lcm)
            mpz_lcm(acc, acc, z);
        else
            mpz_gcd(acc, acc, z);
    }
    TyObject *r = tyInt_fromMpz(acc);
    mpz_clear(acc);
    mpz_clear(z);
    return r;
}

static TyObject *math_gcd(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (tyArg_noKeywords("gcd", kwnames) < 0)
        return NULL;
    return gcd_lcm(args, nargs, false);
}

static TyObject *math_lcm(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (tyArg_noKeywords("lcm", kwnames) < 0)
        return NULL;
    return gcd_lcm(args, nargs, true);
}

/*
** comb(n, k) (perm false) or perm(n, k): n and k already checked to be
** non-negative ints.  New reference.
*/
static TyObject *comb_perm(TyObject *n, TyObject *k, bool perm)
{
    mpz_t zn, zk, r;
    mpz_init(zn);
    mpz_init(zk);
    mpz_init(r);
    tyInt_toMpz(n, zn);
    tyInt_toMpz(k, zk);
    TyObject *result = NULL;
    if (mpz_cmp(zk, zn) > 0) {
        result = tyInt_fromI64(0);
    } else {
        /* comb is symmetric: use the smaller of k and n - k. */
        mpz_t rest;
        mpz_init(rest);
        mpz_sub(rest, zn, zk);
        mpz_srcptr small = (!perm && mpz_cmp(rest, zk) < 0) ? rest : zk;
        if (!mpz_fits_slong_p(small)) {
            tyErr_format(&TyExc_OverflowError,
                         perm ? "k must not exceed %lld" : "min(n - k, k) must not exceed %lld",
                         (long long)INT64_MAX);
        } else {
            unsigned long kk = mpz_get_ui(small);
            mpz_bin_ui(r, zn, kk);
            if (perm) {
                mpz_t f;
                mpz_init(f);
                mpz_fac_ui(f, kk);
                mpz_mul(r, r, f);
                mpz_clear(f);
            }
            result = tyInt_fromMpz(r);
        }
        mpz_clear(rest);
    }
    mpz_clear(zn);
    mpz_clear(zk);
    mpz_clear(r);
    return result;
}

static TyObject *comb_perm_args(TyObject *const *args, size_t nargs, bool perm)
{
    TyObject *n = int_arg(args[0]);
    if (!n)
        return NULL;
    /* perm(n) and perm(n, None) are factorial(n). */
    bool has_k = nargs > 1 && !(perm && args[1] == TY_NONE);
    TyObject *k = has_k ? int_arg(args[1]) : NULL;
    if (has_k && !k) {
        TY_DECREF(n);
        return NULL;
    }
    TyObject *r;
    if (!k) {
        r = math_factorial(NULL, &n, 1, NULL);
    } else if (tyInt_sign(n) < 0) {
        r = tyErr_setString(&TyExc_ValueError, "n must be a non-negative integer");
    } else if (tyInt_sign(k) < 0) {
        r = tyErr_setString(&TyExc_ValueError, "k must be a non-negative integer");
    } else {
        r = comb_perm(n, k, perm);
    }
    TY_DECREF(n);
    TY_XDECREF(k);
    return r;
}

static TyObject *math_comb(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (two_args("comb", nargs, kwnames) < 0)
        return NULL;
    return comb_perm_args(args, nargs, false);
}

static TyObject *math_perm(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (tyArg_noKeywords("perm", kwnames) < 0 || tyArg_checkPositional("perm", nargs, 1, 2) < 0)
        return NULL;
    return comb_perm_args(args, nargs, true);
}

/* ---------------------------------------------------------------------- */
/* The module                                                              */

#define M(name, doc) { #name, math_##name, TY_METH_DEFAULT, doc }

static TyMethodDef math_methods[] = {
    M(acos, "Return the arc cosine (measured in radians) of x."),
    M(acosh, "Return the inverse hyperbolic cosine of x."),
    M(asin, "Return the arc sine (measured in radians) of x."),
    M(asinh, "Return the inverse hyperbolic sine of x."),
    M(atan, "Return the arc tangent (measured in radians) of x."),
    M(atan2, "Return the arc tangent (measured in radians) of y/x."),
    M(atanh, "Return the inverse hyperbolic tangent of x."),
    M(cbrt, "Return the cube root of x."),
    M(ceil, "Return the ceiling of x as an Integral."),
    M(comb, "Number of ways to choose k items from n items without repetition and without order."),
    M(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M(cos, "Return the cosine of x (measured in radians)."),
    M(cosh, "Return the hyperbolic cosine of x."),
    M(degrees, "Convert angle x from radians to degrees."),
    M(dist, "Return the Euclidean distance between two points p and q."),
    M(erf, "Error function at x."),
    M(erfc, "Complementary error function at x."),
    M(exp, "Return e raised to the power of x."),
    M(exp2, "Return 2 raised to the power of x."),
    M(expm1, "Return exp(x)-1."),
    M(fabs, "Return the absolute value of the float x."),
    M(factorial, "Find x!."),
    M(floor, "Return the floor of x as an Integral."),
    M(fmod, "Return fmod(x, y), according to platform C."),
    M(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    M(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    M(gamma, "Gamma function at x."),
    M(gcd, "Greatest Common Divisor."),
    M(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    M(isclose, "Determine whether two floating point numbers are close in value."),
    M(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    M(isqrt, "Return the integer part of the square root of the input."),
    M(lcm, "Least Common Multiple."),
    M(ldexp, "Return x * (2**i)."),
    M(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    M(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    M(log10, "Return the base 10 logarithm of x."),
    M(log1p, "Return the natural logarithm of 1+x (base e)."),
    M(log2, "Return the base 2 logarithm of x."),
    M(modf, "Return the fractional and integer parts of x."),
    M(nextafter, "Return the next floating-point value after x towards y."),
    M(perm, "Number of ways to choose k items from n items without repetition and with order."),
    M(pow, "Return x**y (x to the power of y)."),
    M(prod, "Calculate the product of all the elements in the input iterable."),
    M(radians, "Convert angle x from degrees to radians."),
    M(remainder, "Difference between x and the closest integer multiple of y."),
    M(sin, "Return the sine of x (measured in radians)."),
    M(sinh, "Return the hyperbolic sine of x."),
    M(sqrt, "Return the square root of x."),
    M(tan, "Return the tangent of x (measured in radians)."),
    M(tanh, "Return the hyperbolic tangent of x."),
    M(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    M(ulp, "Return the value of the least significant bit of the float x."),
    { NULL, NULL, 0, NULL }
};

/* Add a float constant; 0 / -1. */
static int add_float(TyObject *m, const char *name, double v)
{
    TyObject *f = tyFloat_from(v);
    if (!f)
        return -1;
    int r = tyModule_addObject(m, name, f);
    TY_DECREF(f);
    return r;
}

TyObject *tyMath_module(void)
{
    TyObject *m = tyModule_new("math", math_methods);
    if (!m)
        return NULL;
    if (add_float(m, "pi", PI) < 0 || add_float(m, "e", 2.718281828459045235360287471352662498) < 0 ||
        add_float(m, "tau", 2.0 * PI) < 0 || add_float(m, "inf", INFINITY) < 0 ||
        add_float(m, "nan", NAN) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
