/*
** complex.c — Python complex: a pair of IEEE doubles.
**
** Arithmetic follows CPython 3.11 operation by operation, because the
** results of IEEE arithmetic on infinities, NaNs and signed zeros depend
** on the exact sequence: an int or float operand becomes (x, 0) first,
** division is Smith's algorithm, a power with a small integral exponent
** is repeated squaring and any other power goes through the polar form.
** Errors come from errno as CPython reads it after the libm calls (so
** cos(inf) setting EDOM is the same ZeroDivisionError it is there).
**
** Text: repr writes each part as float's repr does, but without the ".0"
** float adds to integral values, the imaginary part always signed; a real
** part that is +0.0 is left out with the parentheses.  format() with a
** spec is format.c's tyFormat_complex.
*/
#include <errno.h>
#include <math.h>
#include "tally.h"
#include "format.h"
#include "objects/complex.h"

/* A complex value while it is computed. */
typedef struct Cx {
    double re, im;
} Cx;

static const Cx CX_ONE = { 1.0, 0.0 };

/* ---------------------------------------------------------------------- */
/* Allocation                                                              */

TyObject *tyComplex_from(double real, double imag)
{
    TyObject *o = tyObj_alloc(&TyComplex_Type);
    if (o) {
        TY_COMPLEX_REAL(o) = real;
        TY_COMPLEX_IMAG(o) = imag;
    }
    return o;
}

/* A complex of `type` (complex or a class derived from it): new reference. */
static TyObject *complex_ofType(TyType *type, double real, double imag)
{
    if (type == &TyComplex_Type)
        return tyComplex_from(real, imag);
    TyObject *o = tyType_genericAlloc(type, 0);
    if (o) {
        TY_COMPLEX_REAL(o) = real;
        TY_COMPLEX_IMAG(o) = imag;
    }
    return o;
}

static void complex_dealloc(TyObject *o)
{
    tyObj_free(o);
}

static TyObject *complex_result(Cx c)
{
    return tyComplex_from(c.re, c.im);
}

/* ---------------------------------------------------------------------- */
/* Operands                                                                */

/* An operand of arithmetic as a complex: 1 with *out set; 0 when o is not
** an int, a float or a complex (the slot answers NotImplemented); -1 with
** OverflowError for an int too large for a double. */
static int operand(TyObject *o, Cx *out)
{
    if (TY_COMPLEX_CHECK(o)) {
        out->re = TY_COMPLEX_REAL(o);
        out->im = TY_COMPLEX_IMAG(o);
        return 1;
    }
    out->im = 0.0;
    if (TY_FLOAT_CHECK(o)) {
        out->re = TY_FLOAT_VALUE(o);
        return 1;
    }
    if (TY_INT_CHECK(o)) {
        out->re = tyInt_asDouble(o);
        return out->re == -1.0 && tyErr_occurred() ? -1 : 1;
    }
    return 0;
}

#define COMPLEX_OPERANDS(a, b, x, y)                           \
    Cx x, y;                                                   \
    {                                                          \
        int ra_ = operand(a, &x);                              \
        if (ra_ <= 0)                                          \
            return ra_ < 0 ? NULL : TY_NEWREF(TY_NOTIMPL);     \
        int rb_ = operand(b, &y);                              \
        if (rb_ <= 0)                                          \
            return rb_ < 0 ? NULL : TY_NEWREF(TY_NOTIMPL);     \
    }

/* ---------------------------------------------------------------------- */
/* The arithmetic of pairs                                                 */

static Cx cx_prod(Cx a, Cx b)
{
    return (Cx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
}

/* a / b by Smith's method, which scales by the larger part of b so that
** the intermediate products do not overflow.  Division by zero sets errno
** to EDOM; a NaN part in b gives NaN parts. */
static Cx cx_quot(Cx a, Cx b)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return (Cx){ 0.0, 0.0 };
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return (Cx){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return (Cx){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (Cx){ NAN, NAN };
}

/* a ** b in polar form; zero to a negative or complex power sets EDOM. */
static Cx cx_pow(Cx a, Cx b)
{
    if (b.re == 0.0 && b.im == 0.0)
        return CX_ONE;
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        return (Cx){ 0.0, 0.0 };
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cx){ len * cos(phase), len * sin(phase) };
}

/* x ** n for n >= 0 by repeated squaring (the bits of n, lowest first). */
static Cx cx_powu(Cx x, long n)
{
    Cx r = CX_ONE, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = cx_prod(r, p);
        p = cx_prod(p, p);
    }
    return r;
}

TyObject *tyComplex_pow(double ar, double ai, double br, double bi)
{
    Cx a = { ar, ai }, b = { br, bi }, p;
    errno = 0;
    /* A small integral exponent multiplies: exact where it can be. */
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        p = n > 0 ? cx_powu(a, n) : cx_quot(CX_ONE, cx_powu(a, -n));
    } else {
        p = cx_pow(a, b);
    }
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return tyErr_setString(&TyExc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return tyErr_setString(&TyExc_OverflowError, "complex exponentiation");
    return complex_result(p);
}

/* ---------------------------------------------------------------------- */
/* Number slots                                                            */

static TyObject *complex_add(TyObject *a, TyObject *b)
{
    COMPLEX_OPERANDS(a, b, x, y)
    return tyComplex_from(x.re + y.re, x.im + y.im);
}

static TyObject *complex_sub(TyObject *a, TyObject *b)
{
    COMPLEX_OPERANDS(a, b, x, y)
    return tyComplex_from(x.re - y.re, x.im - y.im);
}

static TyObject *complex_mul(TyObject *a, TyObject *b)
{
    COMPLEX_OPERANDS(a, b, x, y)
    return complex_result(cx_prod(x, y));
}

static TyObject *complex_truediv(TyObject *a, TyObject *b)
{
    COMPLEX_OPERANDS(a, b, x, y)
    errno = 0;
    Cx q = cx_quot(x, y);
    if (errno == EDOM)
        return tyErr_setString(&TyExc_ZeroDivisionError, "complex division by zero");
    return complex_result(q);
}

static TyObject *complex_pow2(TyObject *a, TyObject *b)
{
    COMPLEX_OPERANDS(a, b, x, y)
    return tyComplex_pow(x.re, x.im, y.re, y.im);
}

TyObject *tyComplex_ternaryPow(TyObject *a, TyObject *b)
{
    COMPLEX_OPERANDS(a, b, x, y)
    TY_UNUSED(x);
    TY_UNUSED(y);
    return tyErr_setString(&TyExc_ValueError, "complex modulo");
}

static TyObject *complex_neg(TyObject *o)
{
    return tyComplex_from(-TY_COMPLEX_REAL(o), -TY_COMPLEX_IMAG(o));
}

/* +z and z.__complex__(): an exact complex with z's value (z itself when
** it is one). */
static TyObject *complex_exact(TyObject *o)
{
    if (TY_TYPE(o) == &TyComplex_Type)
        return TY_NEWREF(o);
    return tyComplex_from(TY_COMPLEX_REAL(o), TY_COMPLEX_IMAG(o));
}

/* abs(z): C99's rules for infinities (an infinite part wins over a NaN),
** OverflowError when the finite parts' modulus is not finite. */
static TyObject *complex_abs(TyObject *o)
{
    double re = TY_COMPLEX_REAL(o), im = TY_COMPLEX_IMAG(o);
    if (isinf(re))
        return tyFloat_from(fabs(re));
    if (isinf(im))
        return tyFloat_from(fabs(im));
    if (isnan(re) || isnan(im))
        return tyFloat_from(NAN);
    double r = hypot(re, im);
    if (!isfinite(r))
        return tyErr_setString(&TyExc_OverflowError, "absolute value too large");
    return tyFloat_from(r);
}

static int complex_bool(TyObject *o)
{
    return TY_COMPLEX_REAL(o) != 0.0 || TY_COMPLEX_IMAG(o) != 0.0;
}

/* Only == and != are defined.  Against an int the real part is compared
** as float compares with int (exactly), when the imaginary part is 0. */
static TyObject *complex_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_COMPLEX_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    double re = TY_COMPLEX_REAL(a), im = TY_COMPLEX_IMAG(a);
    bool equal;
    if (TY_INT_CHECK(b)) {
        if (im != 0.0) {
            equal = false;
        } else {
            TyObject *f = tyFloat_from(re);
            if (!f)
                return NULL;
            TyObject *r = tyObj_richCompare(f, b, op);
            TY_DECREF(f);
            return r;
        }
    } else if (TY_FLOAT_CHECK(b)) {
        equal = re == TY_FLOAT_VALUE(b) && im == 0.0;
    } else if (TY_COMPLEX_CHECK(b)) {
        equal = re == TY_COMPLEX_REAL(b) && im == TY_COMPLEX_IMAG(b);
    } else {
        return TY_NEWREF(TY_NOTIMPL);
    }
    return tyBool_from(equal == (op == TY_EQ));
}

/* CPython's: hash(real) + 1000003 * hash(imag) in unsigned arithmetic, so
** a complex with a zero imaginary part hashes as its real part does. */
static ty_hash complex_hash(TyObject *o)
{
    uint64_t hr = (uint64_t)tyFloat_hashAt(o, TY_COMPLEX_REAL(o));
    uint64_t hi = (uint64_t)tyFloat_hashAt(o, TY_COMPLEX_IMAG(o));
    ty_hash h = (ty_hash)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

/* ---------------------------------------------------------------------- */
/* repr                                                                    */

static TyObject *complex_repr(TyObject *o)
{
    double re = TY_COMPLEX_REAL(o), im = TY_COMPLEX_IMAG(o);
    char rbuf[40], ibuf[40];
    tyFloat_reprBare(im, ibuf);
    if (re == 0.0 && !signbit(re))
        return tyStr_fromFormat("%sj", ibuf);
    tyFloat_reprBare(re, rbuf);
    return tyStr_fromFormat("(%s%s%sj)", rbuf, ibuf[0] == '-' ? "" : "+", ibuf);
}

/* ---------------------------------------------------------------------- */
/* complex(text)                                                           */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Does s (before end) start with `word`, in any case? */
static bool starts_word(const char *s, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - s) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i])
            return false;
    return true;
}

/*
** The longest float literal at s (a sign, then inf / infinity / nan in any
** case, or digits with a fraction and an exponent), as CPython's
** PyOS_string_to_double reads it: sets *end past it (s when there is
** none) and returns its value; out-of-range values are infinities or
** zeros.
*/
static double prefix_double(const char *s, const char *end, const char **stop)
{
    const char *p = s;
    *stop = s;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    if (starts_word(p, end, "infinity"))
        p += 8;
    else if (starts_word(p, end, "inf") || starts_word(p, end, "nan"))
        p += 3;
    else {
        int digits = 0;
        for (; p < end && is_digit(*p); p++)
            digits++;
        if (p < end && *p == '.')
            for (p++; p < end && is_digit(*p); p++)
                digits++;
        if (digits == 0)
            return 0.0;
        if (p < end && (*p == 'e' || *p == 'E')) {
            const char *q = p + 1;
            if (q < end && (*q == '+' || *q == '-'))
                q++;
            if (q < end && is_digit(*q)) {
                while (q < end && is_digit(*q))
                    q++;
                p = q;
            }
        }
    }
    char buf[64];
    char *text = (size_t)(p - s) < sizeof buf ? buf : tyMem_malloc((size_t)(p - s) + 1);
    if (!text)
        return -1.0;
    memcpy(text, s, (size_t)(p - s));
    text[p - s] = '\0';
    double d = strtod(text, NULL);
    if (text != buf)
        tyMem_free(text);
    *stop = p;
    return d;
}

/*
** Parse ASCII text in the forms complex() accepts: "<float>",
** "<float>j", "<float><signed float>j", and the old "<float><sign>j",
** "<sign>j", "j", with white space around and optional parentheses.
** Returns true with the parts set; false for malformed text, or with
** MemoryError set.
*/
static bool parse_complex(const char *s, ssize_t len, double *re, double *im)
{
    const char *p = s, *end = s + len, *q;
    bool bracket = false;
    *re = *im = 0.0;
    while (p < end && is_space(*p))
        p++;
    if (p < end && *p == '(') {
        bracket = true;
        for (p++; p < end && is_space(*p); p++)
            ;
    }
    double z = prefix_double(p, end, &q);
    if (tyErr_occurred())
        return false;
    if (q != p) {
        p = q;
        if (p < end && (*p == '+' || *p == '-')) {
            *re = z;
            *im = prefix_double(p, end, &q);
            if (tyErr_occurred())
                return false;
            if (q != p)
                p = q;
            else
                *im = *p++ == '+' ? 1.0 : -1.0;
            if (p >= end || (*p != 'j' && *p != 'J'))
                return false;
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            *im = z;
            p++;
        } else {
            *re = z;
        }
    } else {
        *im = 1.0;
        if (p < end && (*p == '+' || *p == '-'))
            *im = *p++ == '+' ? 1.0 : -1.0;
        if (p >= end || (*p != 'j' && *p != 'J'))
            return false;
        p++;
    }
    while (p < end && is_space(*p))
        p++;
    if (bracket) {
        if (p >= end || *p != ')')
            return false;
        for (p++; p < end && is_space(*p); p++)
            ;
    }
    return p == end;
}

/*
** Remove the underscores of text that has any, where each stands between
** two digits (CPython's _Py_string_to_number_with_underscores).  Returns
** 1 with *out a tyMem_malloc'd copy, 0 when the text has no underscore
** (*out NULL), -1 when one is misplaced or the text holds a NUL, or -2
** with MemoryError.
*/
static int strip_underscores(const char *s, ssize_t len, char **out, ssize_t *outlen)
{
    *out = NULL;
    if (!memchr(s, '_', (size_t)len))
        return 0;
    char *copy = tyMem_malloc((size_t)len + 1);
    if (!copy)
        return -2;
    char *q = copy, prev = '\0';
    for (ssize_t i = 0; i < len; i++) {
        char c = s[i];
        bool ok = c == '_' ? is_digit(prev) : (c != '\0' && (prev != '_' || is_digit(c)));
        if (!ok) {
            tyMem_free(copy);
            return -1;
        }
        if (c != '_')
            *q++ = c;
        prev = c;
    }
    if (prev == '_') {
        tyMem_free(copy);
        return -1;
    }
    *out = copy;
    *outlen = q - copy;
    return 1;
}

/* complex(str) for `type`: new reference. */
static TyObject *complex_fromString(TyType *type, TyObject *str)
{
    char *ascii, *plain;
    ssize_t alen = TY_STR_NBYTES(str), plen;
    if (tyStr_numberToAscii(TY_STR_UTF8(str), alen, &ascii, &alen) < 0)
        return NULL;
    const char *text = ascii ? ascii : TY_STR_UTF8(str);
    int u = strip_underscores(text, alen, &plain, &plen);
    TyObject *result = NULL;
    double re, im;
    if (u == -1) {
        tyErr_format(&TyExc_ValueError, "could not convert string to complex: %R", str);
    } else if (u >= 0) {
        bool ok = u ? parse_complex(plain, plen, &re, &im) : parse_complex(text, alen, &re, &im);
        if (ok)
            result = complex_ofType(type, re, im);
        else if (!tyErr_occurred())
            tyErr_setString(&TyExc_ValueError, "complex() arg is a malformed string");
    }
    tyMem_free(plain);
    tyMem_free(ascii);
    return result;
}

/* ---------------------------------------------------------------------- */
/* The constructor                                                         */

/* o.__complex__() when type(o) has one: 1 with *out a new reference to a
** complex, 0 when there is no such method, -1 on error (TypeError when it
** returns something else). */
static int call_dunder_complex(TyObject *o, TyObject **out)
{
    /* The name cannot be a TY_ID: __complex__ is a keyword of GNU C. */
    TyObject *name = tyStr_internC("__complex__");
    *out = NULL;
    if (!name)
        return -1;
    TyObject *meth = tyObj_lookupSpecial(o, name);
    TY_DECREF(name);
    if (!meth)
        return tyErr_occurred() ? -1 : 0;
    TyObject *r = tyObj_callNoArgs(meth);
    TY_DECREF(meth);
    if (!r)
        return -1;
    if (!TY_COMPLEX_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__complex__ returned non-complex (type %s)",
                     tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return -1;
    }
    *out = r;
    return 1;
}

int tyComplex_asParts(TyObject *o, double *re, double *im)
{
    if (TY_COMPLEX_CHECK(o)) {
        *re = TY_COMPLEX_REAL(o);
        *im = TY_COMPLEX_IMAG(o);
        return 0;
    }
    TyObject *c;
    int found = call_dunder_complex(o, &c);
    if (found < 0)
        return -1;
    if (found) {
        *re = TY_COMPLEX_REAL(c);
        *im = TY_COMPLEX_IMAG(c);
        TY_DECREF(c);
        return 0;
    }
    *im = 0.0;
    *re = tyFloat_asDouble(o);
    return *re == -1.0 && tyErr_occurred() ? -1 : 0;
}

void tyComplex_quotParts(double ar, double ai, double br, double bi, double *re, double *im)
{
    Cx q = cx_quot((Cx){ ar, ai }, (Cx){ br, bi });
    *re = q.re;
    *im = q.im;
}

/* Can o be made a float (or is it a complex)?  The check that chooses
** complex()'s TypeError. */
static bool is_number(TyObject *o)
{
    return TY_TYPE(o)->nb_float || TY_TYPE(o)->nb_index || TY_COMPLEX_CHECK(o);
}

/* One argument as a complex value: its parts when it is a complex, else
** float(o) and 0.  *is_complex says which.  0, or -1 with an exception. */
static int part_value(TyObject *o, Cx *out, bool *is_complex)
{
    *is_complex = TY_COMPLEX_CHECK(o);
    if (*is_complex) {
        out->re = TY_COMPLEX_REAL(o);
        out->im = TY_COMPLEX_IMAG(o);
        return 0;
    }
    out->re = tyFloat_asDouble(o);
    out->im = 0.0;
    return out->re == -1.0 && tyErr_occurred() ? -1 : 0;
}

/*
** complex(real=0, imag=0): a string is parsed (and then no second
** argument is allowed); otherwise real's __complex__ is used when it has
** one, and the result is real + imag*1j where either may itself be
** complex.
*/
static TyObject *complex_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    static const char *const names[] = { "real", "imag", NULL };
    TyObject *argv[2];
    if (tyArg_unpack("complex", args, nargs, kwnames, names, 0, 2, argv) < 0)
        return NULL;
    TyObject *r = argv[0], *i = argv[1];
    if (!r) {
        if (!i)
            return complex_ofType(type, 0.0, 0.0);
        r = tyInt_fromI64(0);
        if (!r)
            return NULL;
    } else {
        TY_INCREF(r);
    }
    TyObject *result = NULL, *dunder;
    Cx cr, ci = { 0.0, 0.0 };
    bool cr_complex, ci_complex = false;
    if (TY_TYPE(r) == &TyComplex_Type && !i && type == &TyComplex_Type) {
        result = TY_NEWREF(r);
    } else if (TY_STR_CHECK(r)) {
        if (i)
            tyErr_setString(&TyExc_TypeError,
                            "complex() can't take second arg if first is a string");
        else
            result = complex_fromString(type, r);
    } else if (i && TY_STR_CHECK(i)) {
        tyErr_setString(&TyExc_TypeError, "complex() second arg can't be a string");
    } else if (call_dunder_complex(r, &dunder) >= 0) {
        if (dunder)
            TY_SETREF(r, dunder);
        if (!is_number(r))
            tyErr_format(&TyExc_TypeError,
                         "complex() first argument must be a string or a number, not '%s'",
                         tyType_name(TY_TYPE(r)));
        else if (i && !is_number(i))
            tyErr_format(&TyExc_TypeError,
                         "complex() second argument must be a number, not '%s'",
                         tyType_name(TY_TYPE(i)));
        else if (part_value(r, &cr, &cr_complex) == 0 &&
                 (!i || part_value(i, &ci, &ci_complex) == 0)) {
            /* (a + bj) + (c + dj)j = (a - d) + (b + c)j, adding only the
            ** parts that are there, so that a -0.0 stays negative. */
            double re = ci_complex ? cr.re - ci.im : cr.re;
            double im = !i ? cr.im : cr_complex ? ci.re + cr.im : ci.re;
            result = complex_ofType(type, re, im);
        }
    }
    TY_XDECREF(r);
    return result;
}

/* ---------------------------------------------------------------------- */
/* Methods and attributes                                                  */

static TyObject *complex_conjugate(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("complex.conjugate", kwnames) < 0 ||
        tyArg_checkPositional("complex.conjugate", nargs, 0, 0) < 0)
        return NULL;
    return tyComplex_from(TY_COMPLEX_REAL(self), -TY_COMPLEX_IMAG(self));
}

static TyObject *complex_complex(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (tyArg_noKeywords("complex.__complex__", kwnames) < 0 ||
        tyArg_checkPositional("complex.__complex__", nargs, 0, 0) < 0)
        return NULL;
    return complex_exact(self);
}

static TyObject *complex_getnewargs(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (tyArg_noKeywords("complex.__getnewargs__", kwnames) < 0 ||
        tyArg_checkPositional("complex.__getnewargs__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *re = tyFloat_from(TY_COMPLEX_REAL(self));
    TyObject *im = re ? tyFloat_from(TY_COMPLEX_IMAG(self)) : NULL;
    TyObject *t = im ? tyTuple_pack(2, re, im) : NULL;
    TY_XDECREF(re);
    TY_XDECREF(im);
    return t;
}

static TyObject *complex_format(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    return tyFormat_method("complex.__format__", self, args, nargs, kwnames, tyFormat_complex);
}

static TyObject *complex_real(TyObject *self)
{
    return tyFloat_from(TY_COMPLEX_REAL(self));
}

static TyObject *complex_imag(TyObject *self)
{
    return tyFloat_from(TY_COMPLEX_IMAG(self));
}

/* CPython's real and imag are read-only members, whose message this is. */
static int complex_readonly(TyObject *self, TyObject *value)
{
    tyErr_setString(&TyExc_AttributeError, "readonly attribute");
    return -1;
}

static TyMethodDef complex_methods[] = {
    { "conjugate", complex_conjugate, TY_METH_DEFAULT,
      "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__complex__", complex_complex, TY_METH_DEFAULT, "Convert complex to a complex." },
    { "__getnewargs__", complex_getnewargs, TY_METH_DEFAULT, NULL },
    { "__format__", complex_format, TY_METH_DEFAULT,
      "Convert to a string according to format_spec." },
    { NULL, NULL, 0, NULL }
};

static TyGetSetDef complex_getset[] = {
    { "real", complex_real, complex_readonly, "the real part of a complex number", true },
    { "imag", complex_imag, complex_readonly, "the imaginary part of a complex number", true },
    { NULL, NULL, NULL, NULL }
};

TyType TyComplex_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "complex",
    .basicsize = sizeof(TyComplex),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_IMMUTABLETYPE | TY_TPFLAG_TUPLE_CALL,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .tp_new = complex_new,
    .binop[TY_BINOP_ADD] = complex_add,
    .binop[TY_BINOP_SUB] = complex_sub,
    .binop[TY_BINOP_MUL] = complex_mul,
    .binop[TY_BINOP_TRUEDIV] = complex_truediv,
    .binop[TY_BINOP_POW] = complex_pow2,
    .unop[TY_UNOP_NEG] = complex_neg,
    .unop[TY_UNOP_POS] = complex_exact,
    .unop[TY_UNOP_ABS] = complex_abs,
    .nb_bool = complex_bool,
    .methods = complex_methods,
    .getset = complex_getset,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};
