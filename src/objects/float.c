/*
** float.c — Python float: an IEEE double, with a free list.
**
** Freed exact floats go to a free list of at most TY_FLOAT_FREELIST_MAX
** objects (ty_state.cache.float_free).  A free-listed float keeps its type
** pointer and a zero count (so a walk over the live-object registry still
** sees a well-formed object); the chain runs through the bytes of `value`.
** The live-object count treats a push as a free and a reuse as an
** allocation, so leak checks stay exact; tyFloat_clearFreelist releases the list.
**
** Text: repr is the shortest string that round-trips, found by asking
** glibc's correctly rounded printf for 1, 2, ... 17 significant digits
** until strtod gives the value back, and laid out with CPython's rules.
** Rounding (round(x, n)) is exact arithmetic on the double's binary value
** with GMP, so it agrees with CPython's correctly rounded result.
*/
#include <errno.h>
#include <float.h>
#include <math.h>
#include "tally.h"
#include "buffer.h"
#include "modules/warningsmodule.h"
#include "freelist.h"
#include "format.h"
#include "objects/bytearray.h"
#include "objects/complex.h"

/* ---------------------------------------------------------------------- */
/* Allocation and the free list                                            */

TyObject *tyFloat_from(double v)
{
    TyObject *o = tyFreeList_pop(&ty_state.cache.float_free, TY_FLOAT_LINK);
    if (!o) {
        o = tyObj_alloc(&TyFloat_Type);
        if (!o)
            return NULL;
    }
    ((TyFloat *)o)->value = v;
    return o;
}

static void float_dealloc(TyObject *o)
{
    if (TY_TYPE(o) != &TyFloat_Type ||
        !tyFreeList_push(&ty_state.cache.float_free, o, TY_FLOAT_LINK, TY_FLOAT_FREELIST_MAX))
        tyObj_free(o);
}

void tyFloat_clearFreelist(void)
{
    tyFreeList_clear(&ty_state.cache.float_free, TY_FLOAT_LINK);
}

/* ---------------------------------------------------------------------- */
/* Conversions                                                             */

double tyFloat_asDouble(TyObject *o)
{
    if (TY_FLOAT_CHECK(o))
        return TY_FLOAT_VALUE(o);
    if (TY_INT_CHECK(o))
        return tyInt_asDouble(o);
    TyType *t = TY_TYPE(o);
    if (t->nb_float) {
        TyObject *r = t->nb_float(o);
        if (!r)
            return -1.0;
        if (!TY_FLOAT_CHECK(r)) {
            tyErr_format(&TyExc_TypeError, "%s.__float__ returned non-float (type %s)",
                         tyType_name(t), tyType_name(TY_TYPE(r)));
            TY_DECREF(r);
            return -1.0;
        }
        double d = TY_FLOAT_VALUE(r);
        TY_DECREF(r);
        return d;
    }
    if (t->nb_index) {
        TyObject *i = tyNum_index(o);
        if (!i)
            return -1.0;
        double d = tyInt_asDouble(i);
        TY_DECREF(i);
        return d;
    }
    tyErr_format(&TyExc_TypeError, "must be real number, not %s", tyType_name(t));
    return -1.0;
}

/* Convert a number operand: 1 with *out set, 0 when o is neither an int
** nor a float (the slot answers NotImplemented), -1 on error. */
static int operand(TyObject *o, double *out)
{
    if (TY_FLOAT_CHECK(o)) {
        *out = TY_FLOAT_VALUE(o);
        return 1;
    }
    if (TY_INT_CHECK(o)) {
        *out = tyInt_asDouble(o);
        return *out == -1.0 && tyErr_occurred() ? -1 : 1;
    }
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Text: repr and formatting                                               */

/*
** The digits of d when some m * 10**-k (m < 10**15, k <= 22) reads back
** as d: true, with digits and *decpt as shortest_digits gives them.  m
** and 10**k are exact doubles, so m / 10**k rounds the exact quotient
** once, as reading the decimal does; and a decimal of at most 15 digits
** that reads back as d is the one shortest_digits finds (see there).
*/
static bool short_digits(double d, char digits[24], int *decpt)
{
    static const double pow10[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    if (!(d < 1e15))
        return false;
    for (int k = 0; k <= 22; k++) {
        double t = d * pow10[k];
        if (t >= 1e15)
            return false;
        double m = nearbyint(t);
        if (m == 0 || m / pow10[k] != d)
            continue;
        char tmp[24];
        int n = 0;
        uint64_t v = (uint64_t)m;
        do {
            tmp[n++] = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        *decpt = n - k;
        int skip = 0;
        while (tmp[skip] == '0')
            skip++;
        for (int i = 0; i < n - skip; i++)
            digits[i] = tmp[n - 1 - i];
        digits[n - skip] = '\0';
        return true;
    }
    return false;
}

/*
** The shortest decimal digits that read back as d (finite, > 0), closest
** to d among equally short ones.  digits receives them (no trailing
** zeros, NUL-terminated); the value is 0.DIGITS * 10**(*decpt).
**
** Fifteen significant digits are tried first: a decimal of at most 15
** digits that reads back as d lies within half a unit in the last place
** of d, much closer than half the spacing of 15-digit decimals (1e-15 of
** the value at least), so it is d correctly rounded to 15 digits with its
** trailing zeros dropped.  Only when that fails are 16 and then 17 digits
** tried (17 always read back).  A subnormal d has fewer significant bits,
** so there every length from 1 up is tried.
*/
static void shortest_digits(double d, char digits[24], int *decpt)
{
    if (short_digits(d, digits, decpt))
        return;
    char buf[40];
    int dummy;
    bool power_of_two = frexp(d, &dummy) == 0.5;
    for (int prec = d < DBL_MIN ? 1 : 15; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        double back = strtod(buf, NULL);
        if (back == d)
            break;
        /* Just above a power of two the gap below d is half the gap above,
        ** so the neighbour above may read back where the nearest (below)
        ** does not. */
        if (power_of_two && back < d) {
            char up[40];
            strcpy(up, buf);
            char *e = strchr(up, 'e');
            char *p = e - 1;
            while (p >= up) {
                if (*p == '.') {
                    p--;
                    continue;
                }
                if (*p != '9') {
                    (*p)++;
                    break;
                }
                *p-- = '0';
            }
            if (p >= up && strtod(up, NULL) == d) {
                strcpy(buf, up);
                break;
            }
        }
    }
    char *e = strchr(buf, 'e');
    int n = 0;
    for (char *p = buf; p < e; p++)
        if (*p != '.')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *decpt = atoi(e + 1) + 1;
}

/* repr(d) into buf (at least 32 bytes). */
static char *float_repr_text(double d, char *buf)
{
    if (isnan(d))
        return strcpy(buf, "nan");
    if (isinf(d))
        return strcpy(buf, d < 0 ? "-inf" : "inf");
    char *p = buf;
    if (signbit(d)) {
        *p++ = '-';
        d = -d;
    }
    if (d == 0) {
        strcpy(p, "0.0");
        return buf;
    }
    char digits[24];
    int decpt;
    shortest_digits(d, digits, &decpt);
    int n = (int)strlen(digits);
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            *p++ = '0';
            *p++ = '.';
            for (int i = 0; i < -decpt; i++)
                *p++ = '0';
            memcpy(p, digits, (size_t)n);
            p += n;
        } else if (decpt >= n) {
            memcpy(p, digits, (size_t)n);
            p += n;
            for (int i = n; i < decpt; i++)
                *p++ = '0';
            *p++ = '.';
            *p++ = '0';
        } else {
            memcpy(p, digits, (size_t)decpt);
            p += decpt;
            *p++ = '.';
            memcpy(p, digits + decpt, (size_t)(n - decpt));
            p += n - decpt;
        }
        *p = '\0';
    } else {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)(n - 1));
            p += n - 1;
        }
        int exp = decpt - 1;
        sprintf(p, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    return buf;
}

/* The printf conversion for an 'e'/'f'/'g' code (either case), or NULL. */
static const char *printf_format(char code, bool alternate)
{
    switch (code) {
    case 'e': return alternate ? "%#.*e" : "%.*e";
    case 'E': return alternate ? "%#.*E" : "%.*E";
    case 'f': return alternate ? "%#.*f" : "%.*f";
    case 'F': return alternate ? "%#.*F" : "%.*F";
    case 'g': return alternate ? "%#.*g" : "%.*g";
    case 'G': return alternate ? "%#.*G" : "%.*G";
    default: return NULL;
    }
}

/* inf / nan spelled as CPython spells them for `code`, or NULL if d is finite. */
static const char *nonfinite_text(double d, char code)
{
    bool upper = code >= 'A' && code <= 'Z';
    if (isnan(d))
        return upper ? "NAN" : "nan";
    if (isinf(d))
        return d < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
    return NULL;
}

char *tyFloat_format(double d, char code, int precision, bool alternate, char *buf,
                     size_t bufsize)
{
    if (code == 'r') {
        char tmp[40];
        snprintf(buf, bufsize, "%s", float_repr_text(d, tmp));
        return buf;
    }
    const char *special = nonfinite_text(d, code);
    if (special) {
        snprintf(buf, bufsize, "%s", special);
        return buf;
    }
    const char *fmt = printf_format(code, alternate);
    snprintf(buf, bufsize, fmt ? fmt : "%.*g", precision, d);
    return buf;
}

/*
** '%.Nf' of d into buf (at least 40 bytes) without printf, when d is
** finite, 0 <= N <= 15 and |d| * 10**N < 2**52: false otherwise.  The
** exact product |d| * 10**N is t + e: t its double, e the rounding error
** (fma gives it exactly).  Rounded half-even to an integer it is the
** number printf's correctly rounded output shows.
*/
static bool fixed_text(double d, int precision, char *buf)
{
    static const double pow10[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    };
    if (precision < 0 || precision > 15 || !isfinite(d))
        return false;
    bool neg = signbit(d);
    double a = fabs(d), scale = pow10[precision];
    double t = a * scale;
    if (!(t < 4503599627370496.0))
        return false;
    double e = fma(a, scale, -t);
    double fl = floor(t);
    /* |e| is at most half of t's ulp, so it decides only an exact half;
    ** a fraction above one half is at least 0.5 + ulp. */
    double frac = t - fl;
    uint64_t m = (uint64_t)fl;
    if (frac > 0.5 || (frac == 0.5 && (e > 0 || (e == 0 && (m & 1)))))
        m++;
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    while (n <= precision)
        digits[n++] = '0';
    char *p = buf;
    if (neg)
        *p++ = '-';
    for (int i = n - 1; i >= precision; i--)
        *p++ = digits[i];
    if (precision > 0) {
        *p++ = '.';
        for (int i = precision - 1; i >= 0; i--)
            *p++ = digits[i];
    }
    *p = '\0';
    return true;
}

char *tyFloat_formatAlloc(double d, char code, int precision, bool alternate)
{
    char small[128];
    if ((code == 'f' || code == 'F') && !alternate && fixed_text(d, precision, small)) {
        size_t n = strlen(small) + 1;
        char *buf = tyMem_malloc(n);
        return buf ? memcpy(buf, small, n) : NULL;
    }
    /* Formatted once into a buffer of the usual size; only a longer text
    ** (a large precision, 'f' of a huge value) is measured and made again. */
    size_t size = sizeof small;
    const char *fmt = printf_format(code, alternate);
    if (code != 'r' && isfinite(d) && fmt) {
        size = (size_t)snprintf(small, sizeof small, fmt, precision, d) + 1;
        if (size <= sizeof small) {
            char *buf = tyMem_malloc(size);
            return buf ? memcpy(buf, small, size) : NULL;
        }
    }
    char *buf = tyMem_malloc(size);
    if (!buf)
        return NULL;
    return tyFloat_format(d, code, precision, alternate, buf, size);
}

char *tyFloat_reprBare(double d, char *buf)
{
    float_repr_text(d, buf);
    size_t n = strlen(buf);
    if (n > 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        buf[n - 2] = '\0';
    return buf;
}

static TyObject *float_repr(TyObject *o)
{
    char buf[40];
    float_repr_text(TY_FLOAT_VALUE(o), buf);
    return tyStr_fromUtf8(buf, (ssize_t)strlen(buf));
}

/* ---------------------------------------------------------------------- */
/* Parsing: float(text)                                                    */

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Copy a run of digits with single underscores between them from *p to
** *q; returns the number of digits, or -1 for a misplaced underscore. */
static int copy_digits(const char **p, const char *end, char **q)
{
    int n = 0;
    const char *s = *p;
    while (s < end) {
        if (is_digit(*s)) {
            *(*q)++ = *s++;
            n++;
        } else if (*s == '_' && n > 0 && s + 1 < end && is_digit(s[1])) {
            s++;
        } else {
            break;
        }
    }
    if (s < end && *s == '_')
        return -1;
    *p = s;
    return n;
}

static bool word_at(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

/*
** Parse ASCII text as a float literal with Python's syntax: whitespace
** around, a sign, digits with underscores between them, a fraction, an
** exponent, or inf / infinity / nan in any case.  Returns false for
** malformed text.
*/
static bool parse_float(const char *s, ssize_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && is_ascii_space(*p))
        p++;
    while (end > p && is_ascii_space(end[-1]))
        end--;
    char *clean = tyMem_malloc((size_t)(end - p) + 2);
    if (!clean)
        return false;
    char *q = clean;
    bool ok = false;
    if (p < end && (*p == '+' || *p == '-'))
        *q++ = *p++;
    if (word_at(p, end, "inf") || word_at(p, end, "infinity") || word_at(p, end, "nan")) {
        memcpy(q, p, (size_t)(end - p));
        q += end - p;
        ok = true;
    } else {
        int whole = copy_digits(&p, end, &q);
        int frac = 0;
        if (whole >= 0 && p < end && *p == '.') {
            *q++ = *p++;
            frac = copy_digits(&p, end, &q);
        }
        ok = whole >= 0 && frac >= 0 && whole + frac > 0;
        if (ok && p < end && (*p == 'e' || *p == 'E')) {
            *q++ = *p++;
            if (p < end && (*p == '+' || *p == '-'))
                *q++ = *p++;
            ok = copy_digits(&p, end, &q) > 0;
        }
        ok = ok && p == end;
    }
    *q = '\0';
    if (ok)
        *out = strtod(clean, NULL);
    tyMem_free(clean);
    return ok;
}

/* float(text) for UTF-8 text (unicode true: non-ASCII spaces and decimal
** digits are mapped to ASCII first) or raw bytes; `orig` is named in the
** ValueError (NULL: a str made from the text). */
static TyObject *float_fromText(const char *s, ssize_t len, bool unicode, TyObject *orig)
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
    double d;
    bool ok = parse_float(text, tlen, &d);
    tyMem_free(ascii);
    if (ok)
        return tyFloat_from(d);
    if (tyErr_occurred())
        return NULL;
    if (orig)
        return tyErr_format(&TyExc_ValueError, "could not convert string to float: %R", orig);
    TyObject *str = tyStr_fromUtf8(s, len);
    if (!str)
        return NULL;
    tyErr_format(&TyExc_ValueError, "could not convert string to float: %R", str);
    TY_DECREF(str);
    return NULL;
}

TyObject *tyFloat_fromString(const char *s, ssize_t len)
{
    return float_fromText(s, len, true, NULL);
}

/* ---------------------------------------------------------------------- */
/* The constructor                                                         */

static TyObject *float_exact(TyObject *o);

/* x.__float__() as an exact float: a float subclass's value comes with
** CPython's DeprecationWarning, anything else is a TypeError.  New
** reference. */
static TyObject *float_fromDunder(TyObject *x)
{
    TyObject *r = TY_TYPE(x)->nb_float(x);
    if (!r || TY_TYPE(r) == &TyFloat_Type)
        return r;
    if (!TY_FLOAT_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "%s.__float__ returned non-float (type %s)", tyType_name(TY_TYPE(x)),
                     tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return NULL;
    }
    TyObject *text = tyStr_fromFormat("%s.__float__ returned non-float (type %s).  The ability to return an "
                                      "instance of a strict subclass of float is deprecated, and may be "
                                      "removed in a future version of Python.",
                                      tyType_name(TY_TYPE(x)), tyType_name(TY_TYPE(r)));
    int w = text ? tyWarnings_warn(&TyExc_DeprecationWarning, text) : -1;
    TY_XDECREF(text);
    double d = TY_FLOAT_VALUE(r);
    TY_DECREF(r);
    return w < 0 ? NULL : tyFloat_from(d);
}

/* float(x) as an exact float, in CPython's order: __float__ (a str
** subclass's too), __index__, a float subclass's value, then the text of a
** str or any bytes-like object.  New reference. */
static TyObject *float_fromObject(TyObject *x)
{
    TyType *t = TY_TYPE(x);
    if (t == &TyFloat_Type)
        return TY_NEWREF(x);
    if (t->nb_float && t->nb_float != float_exact)
        return float_fromDunder(x);
    if (TY_FLOAT_CHECK(x))
        return tyFloat_from(TY_FLOAT_VALUE(x));
    if (t->nb_index) {
        double d = tyFloat_asDouble(x);
        return d == -1.0 && tyErr_occurred() ? NULL : tyFloat_from(d);
    }
    if (TY_STR_CHECK(x))
        return float_fromText(TY_STR_UTF8(x), TY_STR_NBYTES(x), true, x);
    if (TY_BYTES_CHECK(x))
        return float_fromText(TY_BYTES_DATA(x), TY_BYTES_LEN(x), false, x);
    if (TY_BYTEARRAY_CHECK(x))
        return float_fromText(TY_BYTEARRAY_DATA(x), TY_BYTEARRAY_LEN(x), false, x);
    TyBuffer view;
    if (tyBuffer_check(x) && tyBuffer_get(x, &view) == 0)
        return float_fromText(view.data, view.len, false, x);
    /* A buffer that cannot be read flat is the same TypeError. */
    tyErr_clear();
    return tyErr_format(&TyExc_TypeError, "float() argument must be a string or a real number, not '%s'",
                        tyType_name(t));
}

static TyObject *float_new(TyType *type, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if ((!tyType_overrides(type, &TyFloat_Type, TY_ID(__init__)) && tyArg_noKeywords("float", kwnames) < 0) ||
        tyArg_checkPositional("float", nargs, 0, 1) < 0)
        return NULL;
    TyObject *v = nargs ? float_fromObject(args[0]) : tyFloat_from(0.0);
    if (!v || type == &TyFloat_Type)
        return v;
    TyObject *o = tyType_genericAlloc(type, 0);
    if (o)
        ((TyFloat *)o)->value = TY_FLOAT_VALUE(v);
    TY_DECREF(v);
    return o;
}

/* ---------------------------------------------------------------------- */
/* Arithmetic                                                              */

/* Python's floor division and modulo of two doubles (w != 0): the
** remainder takes the divisor's sign and the quotient is snapped to the
** integer it approximates. */
static void float_divmod_core(double v, double w, double *floordiv, double *mod)
{
    double m = fmod(v, w);
    /* v - m is mathematically a multiple of w; the division is close to
    ** that integer and is snapped below. */
    double div = (v - m) / w;
    if (m != 0) {
        if ((w < 0) != (m < 0)) {
            m += w;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, w);
    }
    if (div != 0) {
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        *floordiv = f;
    } else {
        *floordiv = copysign(0.0, v / w);
    }
    *mod = m;
}

/* The OverflowError CPython raises from errno ERANGE: args (34, message). */
static TyObject *range_error(void)
{
    TyObject *args[2];
    args[0] = tyInt_fromI64(ERANGE);
    args[1] = args[0] ? tyStr_fromCStr("Numerical result out of range") : NULL;
    TyObject *exc = args[1] ? tyExc_new(&TyExc_OverflowError, args, 2) : NULL;
    TY_XDECREF(args[0]);
    TY_XDECREF(args[1]);
    if (exc) {
        tyErr_setRaised(exc);
        TY_DECREF(exc);
    }
    return NULL;
}

static bool is_odd_integer(double y)
{
    return fmod(fabs(y), 2.0) == 1.0;
}

TyObject *tyFloat_pow(double x, double y)
{
    if (y == 0)
        return tyFloat_from(1.0);
    if (isnan(x))
        return tyFloat_from(x);
    if (isnan(y))
        return tyFloat_from(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return tyFloat_from(1.0);
        if ((y > 0) == (ax > 1.0))
            return tyFloat_from(fabs(y));
        return tyFloat_from(0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (x > 0)
            return tyFloat_from(y > 0 ? x : 0.0);
        if (y > 0)
            return tyFloat_from(odd ? x : -x);
        return tyFloat_from(odd ? -0.0 : 0.0);
    }
    if (x == 0) {
        if (y < 0)
            return tyErr_setString(&TyExc_ZeroDivisionError,
                                   "0.0 cannot be raised to a negative power");
        return tyFloat_from(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        /* A negative number to a fractional power is complex. */
        if (y != floor(y))
            return tyComplex_pow(x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0)
        return tyFloat_from(negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (negate)
        r = -r;
    if (isinf(r) || (errno == ERANGE && r != 0))
        return range_error();
    return tyFloat_from(r);
}

#define FLOAT_OPERANDS(a, b, x, y)                     \
    double x, y;                                       \
    {                                                  \
        int ra_ = operand(a, &x);                      \
        if (ra_ <= 0)                                  \
            return ra_ < 0 ? NULL : TY_NEWREF(TY_NOTIMPL); \
        int rb_ = operand(b, &y);                      \
        if (rb_ <= 0)                                  \
            return rb_ < 0 ? NULL : TY_NEWREF(TY_NOTIMPL); \
    }

static TyObject *float_add(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    return tyFloat_from(x + y);
}

static TyObject *float_sub(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    return tyFloat_from(x - y);
}

static TyObject *float_mul(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    return tyFloat_from(x * y);
}

static TyObject *float_truediv(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    if (y == 0)
        return tyErr_setString(&TyExc_ZeroDivisionError, "float division by zero");
    return tyFloat_from(x / y);
}

static TyObject *float_floordiv(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    if (y == 0)
        return tyErr_setString(&TyExc_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod_core(x, y, &q, &m);
    return tyFloat_from(q);
}

static TyObject *float_mod(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    if (y == 0)
        return tyErr_setString(&TyExc_ZeroDivisionError, "float modulo");
    double m = fmod(x, y);
    if (m != 0) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return tyFloat_from(m);
}

static TyObject *float_divmod(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    if (y == 0)
        return tyErr_setString(&TyExc_ZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod_core(x, y, &q, &m);
    TyObject *fq = tyFloat_from(q);
    TyObject *fm = fq ? tyFloat_from(m) : NULL;
    TyObject *t = fm ? tyTuple_pack(2, fq, fm) : NULL;
    TY_XDECREF(fq);
    TY_XDECREF(fm);
    return t;
}

static TyObject *float_pow2(TyObject *a, TyObject *b)
{
    FLOAT_OPERANDS(a, b, x, y)
    return tyFloat_pow(x, y);
}

/* A new exact float with o's value (o itself when already exact). */
static TyObject *float_exact(TyObject *o)
{
    if (TY_TYPE(o) == &TyFloat_Type)
        return TY_NEWREF(o);
    return tyFloat_from(TY_FLOAT_VALUE(o));
}

static TyObject *float_neg(TyObject *o)
{
    return tyFloat_from(-TY_FLOAT_VALUE(o));
}

static TyObject *float_abs(TyObject *o)
{
    return tyFloat_from(fabs(TY_FLOAT_VALUE(o)));
}

static int float_bool(TyObject *o)
{
    return TY_FLOAT_VALUE(o) != 0.0;
}

static TyObject *float_int(TyObject *o)
{
    return tyInt_fromDouble(TY_FLOAT_VALUE(o));
}

static TyObject *float_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_FLOAT_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    double x = TY_FLOAT_VALUE(a);
    int c;
    if (TY_FLOAT_CHECK(b)) {
        double y = TY_FLOAT_VALUE(b);
        c = isnan(x) || isnan(y) ? 2 : (x > y) - (x < y);
    } else if (TY_INT_CHECK(b)) {
        c = tyInt_compareDouble(b, x);
        if (c != 2)
            c = -c;
    } else {
        return TY_NEWREF(TY_NOTIMPL);
    }
    bool r;
    if (c == 2) {
        r = op == TY_NE;
    } else {
        switch (op) {
        case TY_LT: r = c < 0; break;
        case TY_LE: r = c <= 0; break;
        case TY_EQ: r = c == 0; break;
        case TY_NE: r = c != 0; break;
        case TY_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return tyBool_from(r);
}

/* ---------------------------------------------------------------------- */
/* Hash                                                                    */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

ty_hash tyFloat_hash(double d)
{
    if (isinf(d))
        return d > 0 ? HASH_INF : -HASH_INF;
    if (isnan(d) || d == 0)
        return 0;
    /* |d| = m * 2**e with m a 53-bit integer; 2**e modulo 2**61 - 1 is
    ** 2**(e mod 61), and multiplying by it is a 61-bit rotation. */
    int e;
    double frac = frexp(fabs(d), &e);
    uint64_t m = (uint64_t)ldexp(frac, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    int k = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
    uint64_t h = k ? (((m << k) | (m >> (HASH_BITS - k))) & HASH_MODULUS) : m;
    if (h == HASH_MODULUS)
        h = 0;
    ty_hash r = d < 0 ? -(ty_hash)h : (ty_hash)h;
    return r == -1 ? -2 : r;
}

ty_hash tyFloat_hashAt(TyObject *inst, double d)
{
    /* Since 3.10 a NaN hashes by identity, like object.__hash__. */
    if (isnan(d))
        return TyBaseObject_Type.hash(inst);
    return tyFloat_hash(d);
}

static ty_hash float_hash(TyObject *o)
{
    return tyFloat_hashAt(o, TY_FLOAT_VALUE(o));
}

/* ---------------------------------------------------------------------- */
/* Rounding                                                                */

double tyFloat_round(double d, int ndigits)
{
    /* Beyond these, every double is unchanged / rounds to zero (CPython's
    ** NDIGITS_MAX and NDIGITS_MIN). */
    if (!isfinite(d) || d == 0 || ndigits > 323)
        return d;
    if (ndigits < -308)
        return 0.0 * d;
    int e;
    double frac = frexp(fabs(d), &e);
    e -= DBL_MANT_DIG;
    if (e >= 0 && ndigits >= 0)
        return d;
    /* |d| = num / den exactly; round num / (den * 10**k) or
    ** num * 10**n / den to an integer, ties to even. */
    mpz_t num, den, p10, q, r;
    mpz_init_set_d(num, ldexp(frac, DBL_MANT_DIG));
    mpz_init_set_ui(den, 1);
    mpz_init(p10);
    mpz_init(q);
    mpz_init(r);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_ui_pow_ui(p10, 10, (unsigned long)(ndigits >= 0 ? ndigits : -ndigits));
    if (ndigits >= 0)
        mpz_mul(num, num, p10);
    else
        mpz_mul(den, den, p10);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    bool overflow;
    double result;
    if (ndigits >= 0) {
        result = tyInt_mpzTrueDiv(q, p10, &overflow);
    } else {
        mpz_mul(q, q, p10);
        result = tyInt_ldexpRound(q, 0, &overflow);
    }
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(p10);
    mpz_clear(q);
    mpz_clear(r);
    if (overflow) {
        tyErr_setString(&TyExc_OverflowError, "rounded value too large to represent");
        return -1.0;
    }
    return copysign(result, d);
}

/* ---------------------------------------------------------------------- */
/* Methods                                                                 */

static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

static TyObject *float_round(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (tyArg_noKeywords("__round__", kwnames) < 0 ||
        tyArg_checkPositional("__round__", nargs, 0, 1) < 0)
        return NULL;
    double d = TY_FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == TY_NONE) {
        /* rint rounds half to even in the default rounding mode. */
        return tyInt_fromDouble(rint(d));
    }
    TyObject *n = tyNum_index(args[0]);
    if (!n)
        return NULL;
    int nd;
    if (!TY_INT_IS_SMALL(n))
        nd = tyInt_sign(n) > 0 ? INT32_MAX : INT32_MIN;
    else if (TY_INT_VALUE(n) > INT32_MAX)
        nd = INT32_MAX;
    else if (TY_INT_VALUE(n) < INT32_MIN)
        nd = INT32_MIN;
    else
        nd = (int)TY_INT_VALUE(n);
    TY_DECREF(n);
    double r = tyFloat_round(d, nd);
    if (r == -1.0 && tyErr_occurred())
        return NULL;
    return tyFloat_from(r);
}

static TyObject *float_trunc(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (no_args("float.__trunc__", nargs, kwnames) < 0)
        return NULL;
    return tyInt_fromDouble(TY_FLOAT_VALUE(self));
}

static TyObject *float_floor(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (no_args("float.__floor__", nargs, kwnames) < 0)
        return NULL;
    return tyInt_fromDouble(floor(TY_FLOAT_VALUE(self)));
}

static TyObject *float_ceil(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (no_args("float.__ceil__", nargs, kwnames) < 0)
        return NULL;
    return tyInt_fromDouble(ceil(TY_FLOAT_VALUE(self)));
}

static TyObject *float_is_integer(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (no_args("float.is_integer", nargs, kwnames) < 0)
        return NULL;
    double d = TY_FLOAT_VALUE(self);
    return tyBool_from(isfinite(d) && floor(d) == d);
}

static TyObject *float_conjugate(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (no_args("float.conjugate", nargs, kwnames) < 0)
        return NULL;
    return float_exact(self);
}

/* (float(self),): what copy and pickle rebuild a float from. */
static TyObject *float_getnewargs(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (no_args("float.__getnewargs__", nargs, kwnames) < 0)
        return NULL;
    TyObject *v = float_exact(self);
    TyObject *t = v ? tyTuple_pack(1, v) : NULL;
    TY_XDECREF(v);
    return t;
}

static TyObject *float_as_integer_ratio(TyObject *self, TyObject *const *args, size_t nargs,
                                        TyObject *kwnames)
{
    if (no_args("float.as_integer_ratio", nargs, kwnames) < 0)
        return NULL;
    double d = TY_FLOAT_VALUE(self);
    if (isnan(d))
        return tyErr_setString(&TyExc_ValueError, "cannot convert NaN to integer ratio");
    if (isinf(d))
        return tyErr_setString(&TyExc_OverflowError, "cannot convert Infinity to integer ratio");
    int e;
    double frac = frexp(d, &e);
    mpz_t num, den;
    mpz_init_set_d(num, ldexp(frac, DBL_MANT_DIG));
    mpz_init_set_ui(den, 1);
    e -= DBL_MANT_DIG;
    if (e >= 0) {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    } else if (mpz_sgn(num) != 0) {
        /* Cancel the common powers of two. */
        mp_bitcnt_t tz = mpz_scan1(num, 0);
        mp_bitcnt_t k = tz < (mp_bitcnt_t)-e ? tz : (mp_bitcnt_t)-e;
        mpz_tdiv_q_2exp(num, num, k);
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e - k);
    }
    TyObject *n = tyInt_fromMpz(num);
    TyObject *q = n ? tyInt_fromMpz(den) : NULL;
    mpz_clear(num);
    mpz_clear(den);
    TyObject *t = q ? tyTuple_pack(2, n, q) : NULL;
    TY_XDECREF(n);
    TY_XDECREF(q);
    return t;
}

static TyObject *float_hex(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (no_args("float.hex", nargs, kwnames) < 0)
        return NULL;
    double d = TY_FLOAT_VALUE(self);
    char buf[64];
    if (!isfinite(d)) {
        float_repr_text(d, buf);
    } else if (d == 0) {
        strcpy(buf, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        char *p = buf;
        if (d < 0) {
            *p++ = '-';
            d = -d;
        }
        int e;
        double m = frexp(d, &e);
        /* Normal numbers print as 0x1.hhh, subnormals as 0x0.hhh p-1022. */
        int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
        m = ldexp(m, shift);
        e -= shift;
        static const char hex[] = "0123456789abcdef";
        int lead = (int)m;
        m -= lead;
        p += sprintf(p, "0x%d.", lead);
        for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
            m *= 16.0;
            int digit = (int)m;
            *p++ = hex[digit];
            m -= digit;
        }
        sprintf(p, "p%+d", e);
    }
    return tyStr_fromUtf8(buf, (ssize_t)strlen(buf));
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* float.fromhex(text): new reference to an exact float. */
static TyObject *float_parseHex(const char *s, ssize_t len)
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
    if (word_at(p, end, "inf") || word_at(p, end, "infinity"))
        return tyFloat_from(neg ? -INFINITY : INFINITY);
    if (word_at(p, end, "nan"))
        return tyFloat_from(neg ? -NAN : NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    mpz_t mant;
    mpz_init(mant);
    int ndigits = 0;
    int64_t exp = 0;
    bool point = false;
    for (; p < end; p++) {
        if (*p == '.' && !point) {
            point = true;
            continue;
        }
        int v = hex_value(*p);
        if (v < 0)
            break;
        mpz_mul_2exp(mant, mant, 4);
        mpz_add_ui(mant, mant, (unsigned long)v);
        ndigits++;
        if (point)
            exp -= 4;
    }
    bool ok = ndigits > 0;
    if (ok && p < end && (*p == 'p' || *p == 'P')) {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        int64_t ev = 0;
        int edigits = 0;
        for (; p < end && is_digit(*p); p++, edigits++)
            if (ev < INT64_C(1) << 40)
                ev = ev * 10 + (*p - '0');
        ok = edigits > 0;
        exp += eneg ? -ev : ev;
    }
    if (!ok || p != end) {
        mpz_clear(mant);
        return tyErr_setString(&TyExc_ValueError, "invalid hexadecimal floating-point string");
    }
    bool overflow;
    double d = tyInt_ldexpRound(mant, exp, &overflow);
    mpz_clear(mant);
    if (overflow)
        return tyErr_setString(&TyExc_OverflowError,
                               "hexadecimal value too large to represent as a float");
    return tyFloat_from(neg ? -d : d);
}

static TyObject *float_fromhex(TyObject *cls, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("float.fromhex", kwnames) < 0 ||
        tyArg_checkPositional("float.fromhex", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_setString(&TyExc_TypeError, "bad argument type for built-in operation");
    TyObject *r = float_parseHex(TY_STR_UTF8(args[0]), TY_STR_NBYTES(args[0]));
    if (!r || cls == (TyObject *)&TyFloat_Type)
        return r;
    TyObject *res = tyObj_callOneArg(cls, r);
    TY_DECREF(r);
    return res;
}

/* float.__getformat__(typestr): how C's double and float are stored,
** which CPython's own tests ask before testing float details. */
static TyObject *float_getformat(TyObject *cls, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (tyArg_noKeywords("float.__getformat__", kwnames) < 0 ||
        tyArg_checkPositional("float.__getformat__", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "__getformat__() argument must be str, not %s",
                            tyType_name(TY_TYPE(args[0])));
    if (!tyStr_eqC(args[0], "double") && !tyStr_eqC(args[0], "float"))
        return tyErr_setString(&TyExc_ValueError,
                               "__getformat__() argument 1 must be 'double' or 'float'");
    return tyStr_fromCStr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "IEEE, little-endian"
                                                                   : "IEEE, big-endian");
}

static TyObject *float_format_method(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    return tyFormat_method("float.__format__", self, args, nargs, kwnames, tyFormat_float);
}

static TyObject *float_real(TyObject *self)
{
    return float_exact(self);
}

static TyObject *float_imag(TyObject *self)
{
    return tyFloat_from(0.0);
}

static TyMethodDef float_methods[] = {
    { "is_integer", float_is_integer, TY_METH_DEFAULT,
      "Return True if the float is an integer." },
    { "as_integer_ratio", float_as_integer_ratio, TY_METH_DEFAULT,
      "Return integer ratio." },
    { "hex", float_hex, TY_METH_DEFAULT,
      "Return a hexadecimal representation of a floating-point number." },
    { "fromhex", float_fromhex, TY_METH_CLASS,
      "Create a floating-point number from a hexadecimal string." },
    { "__getformat__", float_getformat, TY_METH_CLASS,
      "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or "
      "'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns "
      "whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the "
      "format of floating point numbers used by the\nC type named by typestr." },
    { "__getnewargs__", float_getnewargs, TY_METH_DEFAULT, NULL },
    { "conjugate", float_conjugate, TY_METH_DEFAULT,
      "Return self, the complex conjugate of any float." },
    { "__round__", float_round, TY_METH_DEFAULT,
      "Return the Integral closest to x, rounding half toward even." },
    { "__trunc__", float_trunc, TY_METH_DEFAULT,
      "Return the Integral closest to x between 0 and x." },
    { "__floor__", float_floor, TY_METH_DEFAULT, "Return the floor as an Integral." },
    { "__ceil__", float_ceil, TY_METH_DEFAULT, "Return the ceiling as an Integral." },
    { "__format__", float_format_method, TY_METH_DEFAULT, "Formats the float according to format_spec." },
    { NULL, NULL, 0, NULL }
};

static TyGetSetDef float_getset[] = {
    { "real", float_real, NULL, "the real part of a complex number" },
    { "imag", float_imag, NULL, "the imaginary part of a complex number" },
    { NULL, NULL, NULL, NULL }
};

TyType TyFloat_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "float",
    .basicsize = sizeof(TyFloat),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_FLOAT_SUBCLASS | TY_TPFLAG_IMMUTABLETYPE | TY_TPFLAG_MATCH_SELF,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .tp_new = float_new,
    .binop[TY_BINOP_ADD] = float_add,
    .binop[TY_BINOP_SUB] = float_sub,
    .binop[TY_BINOP_MUL] = float_mul,
    .binop[TY_BINOP_TRUEDIV] = float_truediv,
    .binop[TY_BINOP_FLOORDIV] = float_floordiv,
    .binop[TY_BINOP_MOD] = float_mod,
    .binop[TY_BINOP_POW] = float_pow2,
    .binop[TY_BINOP_DIVMOD] = float_divmod,
    .unop[TY_UNOP_NEG] = float_neg,
    .unop[TY_UNOP_POS] = float_exact,
    .unop[TY_UNOP_ABS] = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_exact,
    .methods = float_methods,
    .getset = float_getset,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
