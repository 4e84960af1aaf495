/*
** cmath.c — the cmath module: CPython 3.11's functions of a complex
** argument, with its results bit for bit.
**
** Each function is computed the way CPython's is (the formulas of Kahan's
** "Branch cuts for complex elementary functions" as CPython arranges them:
** square roots with scaling, log near |z| = 1 through log1p, the inverse
** functions from two square roots, cosh/sinh/exp shifted by one near
** overflow), because a different but equally accurate formula would print
** different last digits.  An argument with an infinite or NaN part takes its
** result from the C99 Annex G tables in cmath_special.h (written from
** python3.11 by scripts/gen-cmath-special).  A function reports trouble in
** *err: EDOM becomes ValueError("math domain error"), ERANGE
** OverflowError("math range error").
*/
#include <errno.h>
#include <float.h>
#include <math.h>
#include "tally.h"
#include "modules/cmath.h"

typedef struct CmathPair {
    double re, im;
} CmathPair;

/* The class of a part, the index into the special-value tables. */
enum { CMATH_NINF, CMATH_NEG, CMATH_NZERO, CMATH_PZERO, CMATH_POS, CMATH_PINF, CMATH_NAN };

#define PI 3.141592653589793238462643383279502884
#define PI_2 (PI / 2.0)
#define PI_4 (PI / 4.0)
#define PI3_4 (0.75 * PI)
#define E_CONST 2.718281828459045235360287471352662498
#define LN2 0.6931471805599453094
#define LN10 2.302585092994045684
#define INF INFINITY

#include "modules/cmath_special.h"

/* Beyond these the straightforward formulas overflow in between. */
#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE sqrt(LARGE_DOUBLE)
#define LOG_LARGE_DOUBLE log(LARGE_DOUBLE)
#define SQRT_DBL_MIN sqrt(DBL_MIN)
/* Scaling by 2**SCALE_UP makes a subnormal normal; SCALE_DOWN halves it
** back under a square root. */
#define SCALE_UP 53
#define SCALE_DOWN (-27)

typedef CmathPair (*CmathFn)(CmathPair z, int *err);

static int part_class(double d)
{
    if (isnan(d))
        return CMATH_NAN;
    if (isinf(d))
        return d > 0 ? CMATH_PINF : CMATH_NINF;
    if (d == 0.0)
        return signbit(d) ? CMATH_NZERO : CMATH_PZERO;
    return d > 0 ? CMATH_POS : CMATH_NEG;
}

/* True, with *out the table's entry, when a part of z is not finite. */
static bool special(CmathPair z, const CmathPair table[7][7], CmathPair *out)
{
    if (isfinite(z.re) && isfinite(z.im))
        return false;
    *out = table[part_class(z.re)][part_class(z.im)];
    return true;
}

/* f(z) where f(z) = -i g(iz): the rotations asin, atan, sin and tan use. */
static CmathPair rotated(CmathFn g, CmathPair z, int *err)
{
    CmathPair s = g((CmathPair){ -z.im, z.re }, err);
    return (CmathPair){ s.im, -s.re };
}

/* log1p keeping the sign of a zero argument. */
static double log1p_signed(double x)
{
    return x == 0.0 ? x : log1p(x);
}

/* ---------------------------------------------------------------------- */
/* The functions                                                           */

static CmathPair c_sqrt(CmathPair z, int *err)
{
    CmathPair r;
    *err = 0;
    if (special(z, sqrt_special, &r))
        return r;
    if (z.re == 0.0 && z.im == 0.0)
        return (CmathPair){ 0.0, z.im };
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0)
        return (CmathPair){ s, copysign(d, z.im) };
    return (CmathPair){ d, copysign(s, z.im) };
}

/* log(hypot(x/2, y/2)) + 2 log 2: log|z| for a z too large to square. */
static double log_abs_large(CmathPair z)
{
    return log(hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
}

static CmathPair c_acos(CmathPair z, int *err)
{
    CmathPair r;
    *err = 0;
    if (special(z, acos_special, &r))
        return r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = atan2(fabs(z.im), z.re);
        r.im = z.re < 0.0 ? -copysign(log_abs_large(z), z.im) : copysign(log_abs_large(z), -z.im);
        return r;
    }
    CmathPair s1 = c_sqrt((CmathPair){ 1.0 - z.re, -z.im }, err);
    CmathPair s2 = c_sqrt((CmathPair){ 1.0 + z.re, z.im }, err);
    *err = 0;
    return (CmathPair){ 2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re) };
}

static CmathPair c_acosh(CmathPair z, int *err)
{
    CmathPair r;
    *err = 0;
    if (special(z, acosh_special, &r))
        return r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE)
        return (CmathPair){ log_abs_large(z), atan2(z.im, z.re) };
    CmathPair s1 = c_sqrt((CmathPair){ z.re - 1.0, z.im }, err);
    CmathPair s2 = c_sqrt((CmathPair){ z.re + 1.0, z.im }, err);
    *err = 0;
    return (CmathPair){ asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re) };
}

static CmathPair c_asinh(CmathPair z, int *err)
{
    CmathPair r;
    *err = 0;
    if (special(z, asinh_special, &r))
        return r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = z.im >= 0.0 ? copysign(log_abs_large(z), z.re) : -copysign(log_abs_large(z), -z.re);
        r.im = atan2(z.im, fabs(z.re));
        return r;
    }
    CmathPair s1 = c_sqrt((CmathPair){ 1.0 + z.im, -z.re }, err);
    CmathPair s2 = c_sqrt((CmathPair){ 1.0 - z.im, z.re }, err);
    *err = 0;
    return (CmathPair){ asinh(s1.re * s2.im - s2.re * s1.im),
                        atan2(z.im, s1.re * s2.re - s1.im * s2.im) };
}

static CmathPair c_asin(CmathPair z, int *err)
{
    return rotated(c_asinh, z, err);
}

static CmathPair c_atanh(CmathPair z, int *err)
{
    CmathPair r;
    *err = 0;
    if (special(z, atanh_special, &r))
        return r;
    if (z.re < 0.0) {
        /* atanh is odd: work with Re z >= 0. */
        r = c_atanh((CmathPair){ -z.re, -z.im }, err);
        return (CmathPair){ -r.re, -r.im };
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        /* atanh(z) ~ 1/z +- i pi/2 for large |z|. */
        double h = hypot(z.re / 2.0, z.im / 2.0);
        return (CmathPair){ z.re / 4.0 / h / h, -copysign(PI_2, -z.im) };
    }
    if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            *err = EDOM;
            return (CmathPair){ INF, z.im };
        }
        return (CmathPair){ -log(sqrt(ay) / sqrt(hypot(ay, 2.0))),
                            copysign(atan2(2.0, -ay) / 2, z.im) };
    }
    double one_minus = 1 - z.re;
    return (CmathPair){ log1p_signed(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
                        -atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0 };
}

static CmathPair c_atan(CmathPair z, int *err)
{
    return rotated(c_atanh, z, err);
}

/* The value of cosh, sinh or exp at z = +-inf + iy for finite nonzero y:
** an infinity (or for exp at -inf, a zero) in the direction of e^{iy}. */
static CmathPair towards(double mag, double y, bool neg_re, bool neg_im)
{
    double re = copysign(mag, cos(y)), im = copysign(mag, sin(y));
    return (CmathPair){ neg_re ? -re : re, neg_im ? -im : im };
}

/*
** cosh(z) or sinh(z): cosh(x+iy) = cos y cosh x + i sin y sinh x and
** sinh(x+iy) = cos y sinh x + i sin y cosh x; when cosh x alone would
** overflow, x is shifted towards zero by one and the result scaled by e.
*/
static CmathPair cosh_or_sinh(CmathPair z, int *err, bool want_sinh)
{
    CmathPair r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = towards(INF, z.im, want_sinh && z.re < 0, !want_sinh && z.re < 0);
        else
            r = (want_sinh ? sinh_special : cosh_special)[part_class(z.re)][part_class(z.im)];
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    bool shifted = fabs(z.re) > LOG_LARGE_DOUBLE;
    double x = shifted ? z.re - copysign(1.0, z.re) : z.re;
    double ch = cosh(x), sh = sinh(x);
    r.re = cos(z.im) * (want_sinh ? sh : ch);
    r.im = sin(z.im) * (want_sinh ? ch : sh);
    if (shifted) {
        r.re *= E_CONST;
        r.im *= E_CONST;
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static CmathPair c_cosh(CmathPair z, int *err)
{
    return cosh_or_sinh(z, err, false);
}

static CmathPair c_cos(CmathPair z, int *err)
{
    return c_cosh((CmathPair){ -z.im, z.re }, err);
}

static CmathPair c_sinh(CmathPair z, int *err)
{
    return cosh_or_sinh(z, err, true);
}

static CmathPair c_sin(CmathPair z, int *err)
{
    return rotated(c_sinh, z, err);
}

static CmathPair c_tanh(CmathPair z, int *err)
{
    CmathPair r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = (CmathPair){ z.re > 0 ? 1.0 : -1.0, copysign(0.0, 2.0 * sin(z.im) * cos(z.im)) };
        else
            r = tanh_special[part_class(z.re)][part_class(z.im)];
        *err = isinf(z.im) && isfinite(z.re) ? EDOM : 0;
        return r;
    }
    *err = 0;
    if (fabs(z.re) > LOG_LARGE_DOUBLE)
        return (CmathPair){ copysign(1.0, z.re),
                            4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re)) };
    /* 1 - tanh(x)^2 is computed as 1/cosh(x)^2, which loses less. */
    double tx = tanh(z.re), ty = tan(z.im), cx = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return (CmathPair){ tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx };
}

static CmathPair c_tan(CmathPair z, int *err)
{
    return rotated(c_tanh, z, err);
}

static CmathPair c_exp(CmathPair z, int *err)
{
    CmathPair r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = towards(z.re > 0 ? INF : 0.0, z.im, false, false);
        else
            r = exp_special[part_class(z.re)][part_class(z.im)];
        *err = isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0)) ? EDOM : 0;
        return r;
    }
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.0);
        r.re = l * cos(z.im) * E_CONST;
        r.im = l * sin(z.im) * E_CONST;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

/*
** log|z| is where the care goes: a subnormal |z| is rescaled first, a |z|
** beyond DBL_MAX is halved, and near |z| = 1 the real part comes from
** log1p((max-1)(max+1) + min^2)/2.  log(0) is a domain error (-inf).
*/
static CmathPair c_log(CmathPair z, int *err)
{
    CmathPair r;
    *err = 0;
    if (special(z, log_special, &r))
        return r;
    double ax = fabs(z.re), ay = fabs(z.im);
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) {
            *err = EDOM;
            return (CmathPair){ -INF, atan2(z.im, z.re) };
        }
        r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p_signed((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    return r;
}

static CmathPair c_log10(CmathPair z, int *err)
{
    CmathPair r = c_log(z, err);
    return (CmathPair){ r.re / LN10, r.im / LN10 };
}

/* The phase of z, with C99's answers for infinite and NaN parts. */
static double c_phase(CmathPair z)
{
    if (isnan(z.re) || isnan(z.im))
        return NAN;
    if (isinf(z.im)) {
        if (isinf(z.re))
            return copysign(z.re > 0 ? PI_4 : PI3_4, z.im);
        return copysign(PI_2, z.im);
    }
    if (isinf(z.re) || z.im == 0.0)
        return copysign(signbit(z.re) ? PI : 0.0, z.im);
    return atan2(z.im, z.re);
}

/* |z|; ERANGE when finite parts overflow it. */
static double c_abs(CmathPair z, int *err)
{
    *err = 0;
    if (isinf(z.re) || isinf(z.im))
        return INF;
    if (isnan(z.re) || isnan(z.im))
        return NAN;
    double r = hypot(z.re, z.im);
    if (!isfinite(r))
        *err = ERANGE;
    return r;
}

/* ---------------------------------------------------------------------- */
/* The module's functions                                                  */

/* NULL with ValueError or OverflowError for err, else the complex. */
static TyObject *result(CmathPair r, int err)
{
    if (err == EDOM)
        return tyErr_setString(&TyExc_ValueError, "math domain error");
    if (err == ERANGE)
        return tyErr_setString(&TyExc_OverflowError, "math range error");
    return tyComplex_from(r.re, r.im);
}

/* The one argument of fname as a complex; 0, or -1 with an exception. */
static int one_complex(const char *fname, TyObject *const *args, size_t nargs,
                       TyObject *kwnames, CmathPair *z)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return -1;
    return tyComplex_asParts(args[0], &z->re, &z->im);
}

static TyObject *apply(const char *fname, CmathFn fn, TyObject *const *args, size_t nargs,
                       TyObject *kwnames)
{
    CmathPair z;
    if (one_complex(fname, args, nargs, kwnames, &z) < 0)
        return NULL;
    int err;
    CmathPair r = fn(z, &err);
    return result(r, err);
}

#define CMATH_1(name)                                                                   \
    static TyObject *cmath_##name(TyObject *self, TyObject *const *args, size_t nargs, \
                                  TyObject *kwnames)                                    \
    {                                                                                   \
        return apply("cmath." #name, c_##name, args, nargs, kwnames);                 \
    }

CMATH_1(acos)
CMATH_1(acosh)
CMATH_1(asin)
CMATH_1(asinh)
CMATH_1(atan)
CMATH_1(atanh)
CMATH_1(cos)
CMATH_1(cosh)
CMATH_1(exp)
CMATH_1(log10)
CMATH_1(sin)
CMATH_1(sinh)
CMATH_1(sqrt)
CMATH_1(tan)
CMATH_1(tanh)

/* log(z[, base]): log z / log base, by complex division, so a zero base
** gives a domain error and log(0, b) gives -inf+nanj. */
static TyObject *cmath_log(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (tyArg_noKeywords("log", kwnames) < 0 || tyArg_checkCount("log", nargs, 1, 2) < 0)
        return NULL;
    CmathPair x, base;
    if (tyComplex_asParts(args[0], &x.re, &x.im) < 0)
        return NULL;
    int err;
    CmathPair r = c_log(x, &err);
    if (nargs == 2) {
        if (tyComplex_asParts(args[1], &base.re, &base.im) < 0)
            return NULL;
        CmathPair lb = c_log(base, &err);
        errno = err;
        tyComplex_quotParts(r.re, r.im, lb.re, lb.im, &r.re, &r.im);
        err = errno;
    }
    return result(r, err);
}

static TyObject *cmath_phase(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    CmathPair z;
    if (one_complex("cmath.phase", args, nargs, kwnames, &z) < 0)
        return NULL;
    /* CPython reports what the C library's atan2 says in errno: an
    ** underflowing phase is an OverflowError there, and so here. */
    errno = 0;
    double phi = c_phase(z);
    if (errno == EDOM || errno == ERANGE)
        return result(z, errno);
    return tyFloat_from(phi);
}

static TyObject *cmath_polar(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    CmathPair z;
    if (one_complex("cmath.polar", args, nargs, kwnames, &z) < 0)
        return NULL;
    int err;
    double phi = c_phase(z), r = c_abs(z, &err);
    if (err)
        return result(z, err);
    TyObject *pr = tyFloat_from(r), *pphi = pr ? tyFloat_from(phi) : NULL;
    TyObject *t = pphi ? tyTuple_pack(2, pr, pphi) : NULL;
    TY_XDECREF(pr);
    TY_XDECREF(pphi);
    return t;
}

/* The float value of a rect() argument; -1 with an exception on failure. */
static double real_arg(TyObject *o)
{
    return TY_FLOAT_CHECK(o) ? TY_FLOAT_VALUE(o) : tyFloat_asDouble(o);
}

/* rect(r, phi) behaves as exp(log(r) + i phi), negated for a negative r. */
static TyObject *cmath_rect(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (tyArg_noKeywords("rect", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return tyErr_format(&TyExc_TypeError, "rect expected 2 arguments, got %zu", nargs);
    double r = real_arg(args[0]);
    if (r == -1.0 && tyErr_occurred())
        return NULL;
    double phi = real_arg(args[1]);
    if (phi == -1.0 && tyErr_occurred())
        return NULL;
    CmathPair z;
    int err = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0)
            z = towards(INF, phi, r < 0, r < 0);
        else
            z = rect_special[part_class(r)][part_class(phi)];
        if (r != 0.0 && !isnan(r) && isinf(phi))
            err = EDOM;
    } else if (phi == 0.0) {
        z = (CmathPair){ r, r * phi };
    } else {
        z = (CmathPair){ r * cos(phi), r * sin(phi) };
    }
    return result(z, err);
}

static TyObject *cmath_isfinite(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    CmathPair z;
    if (one_complex("cmath.isfinite", args, nargs, kwnames, &z) < 0)
        return NULL;
    return tyBool_from(isfinite(z.re) && isfinite(z.im));
}

static TyObject *cmath_isinf(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    CmathPair z;
    if (one_complex("cmath.isinf", args, nargs, kwnames, &z) < 0)
        return NULL;
    return tyBool_from(isinf(z.re) || isinf(z.im));
}

static TyObject *cmath_isnan(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    CmathPair z;
    if (one_complex("cmath.isnan", args, nargs, kwnames, &z) < 0)
        return NULL;
    return tyBool_from(isnan(z.re) || isnan(z.im));
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), with |b - a| as the
** distance. */
static TyObject *cmath_isclose(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    TyObject *a[4];
    if (tyArg_unpack("isclose", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    CmathPair x, y;
    if (tyComplex_asParts(a[0], &x.re, &x.im) < 0 || tyComplex_asParts(a[1], &y.re, &y.im) < 0)
        return NULL;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (a[2] && (rel_tol = real_arg(a[2])) == -1.0 && tyErr_occurred())
        return NULL;
    if (a[3] && (abs_tol = real_arg(a[3])) == -1.0 && tyErr_occurred())
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return tyErr_setString(&TyExc_ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im)
        return tyBool_from(true);
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im))
        return tyBool_from(false);
    int err;
    double diff = c_abs((CmathPair){ x.re - y.re, x.im - y.im }, &err);
    return tyBool_from(diff <= rel_tol * c_abs(y, &err) || diff <= rel_tol * c_abs(x, &err) ||
                       diff <= abs_tol);
}

#define M(name, doc) { #name, cmath_##name, TY_METH_DEFAULT, doc }

static TyMethodDef cmath_methods[] = {
    M(acos, "Return the arc cosine of z."),
    M(acosh, "Return the inverse hyperbolic cosine of z."),
    M(asin, "Return the arc sine of z."),
    M(asinh, "Return the inverse hyperbolic sine of z."),
    M(atan, "Return the arc tangent of z."),
    M(atanh, "Return the inverse hyperbolic tangent of z."),
    M(cos, "Return the cosine of z."),
    M(cosh, "Return the hyperbolic cosine of z."),
    M(exp, "Return the exponential value e**z."),
    M(isclose, "Determine whether two complex numbers are close in value.\n\n"
               "  rel_tol\n    maximum difference for being considered \"close\", relative to the\n"
               "    magnitude of the input values\n  abs_tol\n"
               "    maximum difference for being considered \"close\", regardless of the\n"
               "    magnitude of the input values\n\n"
               "Return True if a is close in value to b, and False otherwise.\n\n"
               "For the values to be considered close, the difference between them must be\n"
               "smaller than at least one of the tolerances.\n\n"
               "-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\n"
               "not close to anything, even itself. inf and -inf are only close to themselves."),
    M(isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    M(isinf, "Checks if the real or imaginary part of z is infinite."),
    M(isnan, "Checks if the real or imaginary part of z not a number (NaN)."),
    M(log, "log(z[, base]) -> the logarithm of z to the given base.\n\n"
           "If the base not specified, returns the natural logarithm (base e) of z."),
    M(log10, "Return the base-10 logarithm of z."),
    M(phase, "Return argument, also known as the phase angle, of a complex."),
    M(polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\n"
             "r is the distance from 0 and phi the phase angle."),
    M(rect, "Convert from polar coordinates to rectangular coordinates."),
    M(sin, "Return the sine of z."),
    M(sinh, "Return the hyperbolic sine of z."),
    M(sqrt, "Return the square root of z."),
    M(tan, "Return the tangent of z."),
    M(tanh, "Return the hyperbolic tangent of z."),
    { NULL, NULL, 0, NULL }
};

/* Adds name = value (a new reference, released here); 0 / -1. */
static int add_value(TyObject *m, const char *name, TyObject *value)
{
    if (!value)
        return -1;
    int r = tyModule_addObject(m, name, value);
    TY_DECREF(value);
    return r;
}

TyObject *tyCmath_create(void)
{
    TyObject *m = tyModule_new("cmath", cmath_methods);
    if (!m)
        return NULL;
    TyObject *doc = tyStr_fromCStr("This module provides access to mathematical functions for "
                                "complex\nnumbers.");
    if (add_value(m, "__doc__", doc) < 0 || add_value(m, "pi", tyFloat_from(PI)) < 0 ||
        add_value(m, "e", tyFloat_from(E_CONST)) < 0 ||
        add_value(m, "tau", tyFloat_from(2.0 * PI)) < 0 ||
        add_value(m, "inf", tyFloat_from(INF)) < 0 ||
        add_value(m, "infj", tyComplex_from(0.0, INF)) < 0 ||
        add_value(m, "nan", tyFloat_from(NAN)) < 0 ||
        add_value(m, "nanj", tyComplex_from(0.0, NAN)) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
