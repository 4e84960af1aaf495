/*
** format.c — the format-spec mini-language (format(), f-strings and
** __format__ of int, float and str), str.format / str.format_map, and
** printf-style `%` formatting, all with CPython 3.11's results and error
** messages.
**
** Numbers share one layout routine (emit_number): a sign, a prefix
** ("0x"), the digits before the decimal point (which are the only part
** grouped with ',' or '_'), the rest ("." fraction, exponent, "%", or
** "inf"), and fill on the side the alignment asks for.  With fill '0' and
** '=' alignment the padding is made of grouped digits, as CPython does.
*/
#include <math.h>
#include <string.h>
#include "tally.h"
#include "format.h"
#include "objects/bytearray.h"
#include "objects/complex.h"

/* ---- the spec ---------------------------------------------------------- */

typedef struct Spec {
    uint32_t fill;
    char align;          /* '<' '>' '^' '=' */
    char sign;           /* '+' '-' ' ' or 0 */
    bool no_neg_0;       /* 'z' */
    bool alternate;      /* '#' */
    char thousands;      /* ',' '_' or 0 */
    int group;           /* digits per group: 3, or 4 for '_' with b/o/x/X */
    ssize_t width;       /* -1 when absent */
    ssize_t precision;   /* -1 when absent */
    uint32_t type;       /* 0 when absent */
} Spec;

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Decimal digits at s[*pos..end) into *out.  Returns how many were read,
** or -1 with ValueError when the number does not fit. */
static ssize_t parse_int(const char *s, ssize_t *pos, ssize_t end, ssize_t *out)
{
    ssize_t n = 0, v = 0;
    while (*pos < end && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (v > (PTRDIFF_MAX - d) / 10) {
            tyErr_setString(&TyExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
        n++;
    }
    *out = v;
    return n;
}

static TyObject *bad_separator(char sep, uint32_t type)
{
    if (type > 32 && type < 128)
        return tyErr_format(&TyExc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    return tyErr_format(&TyExc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static TyObject *unknown_code(uint32_t type, TyObject *value)
{
    const char *name = tyType_name(TY_TYPE(value));
    if (type > 32 && type < 128)
        return tyErr_format(&TyExc_ValueError, "Unknown format code '%c' for object of type '%s'",
                            (int)type, name);
    return tyErr_format(&TyExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned)type, name);
}

/*
** Parse [[fill]align][sign][z][#][0][width][,|_][.precision][type].
** default_align is '>' for numbers and '<' for strings; default_type is
** the type assumed when none is given ('d' for int, 's' for str, 0 for
** float), which the separator checks see.  0, or -1 with CPython's
** ValueError.
*/
static int parse_spec(TyObject *specobj, TyObject *value, char default_align, uint32_t default_type,
                      Spec *sp)
{
    const char *s = TY_STR_UTF8(specobj);
    ssize_t end = TY_STR_NBYTES(specobj), pos = 0;
    bool fill_given = false, align_given = false;

    *sp = (Spec){ ' ', default_align, 0, false, false, 0, 3, -1, -1, default_type };
    if (end > 0) {
        const char *p = s;
        uint32_t c0 = ty_utf8Decode(&p);
        ssize_t after0 = p - s;
        uint32_t c1 = after0 < end ? ty_utf8Decode(&p) : 0;
        if (after0 < end && is_align(c1)) {
            sp->fill = c0;
            sp->align = (char)c1;
            fill_given = align_given = true;
            pos = p - s;
        } else if (is_align(c0)) {
            sp->align = (char)c0;
            align_given = true;
            pos = after0;
        }
    }
    if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        sp->sign = s[pos++];
    if (pos < end && s[pos] == 'z') {
        sp->no_neg_0 = true;
        pos++;
    }
    if (pos < end && s[pos] == '#') {
        sp->alternate = true;
        pos++;
    }
    if (!fill_given && pos < end && s[pos] == '0') {
        sp->fill = '0';
        if (!align_given && default_align == '>')
            sp->align = '=';
        pos++;
    }
    ssize_t got = parse_int(s, &pos, end, &sp->width);
    if (got < 0)
        return -1;
    if (got == 0)
        sp->width = -1;
    if (pos < end && s[pos] == ',') {
        sp->thousands = ',';
        pos++;
    }
    if (pos < end && s[pos] == '_') {
        if (sp->thousands) {
            tyErr_setString(&TyExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        sp->thousands = '_';
        pos++;
    }
    if (pos < end && s[pos] == ',' && sp->thousands == '_') {
        tyErr_setString(&TyExc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < end && s[pos] == '.') {
        pos++;
        got = parse_int(s, &pos, end, &sp->precision);
        if (got < 0)
            return -1;
        if (got == 0) {
            tyErr_setString(&TyExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (pos < end) {
        const char *p = s + pos;
        uint32_t t = ty_utf8Decode(&p);
        if (p - s < end) {
            tyErr_format(&TyExc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                         specobj, tyType_name(TY_TYPE(value)));
            return -1;
        }
        sp->type = t;
    }
    if (sp->thousands) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->thousands == '_') {
                sp->group = 4;
                break;
            }
            bad_separator(sp->thousands, sp->type);
            return -1;
        default:
            bad_separator(sp->thousands, sp->type);
            return -1;
        }
    }
    return 0;
}

/* ---- output helpers ---------------------------------------------------- */

static int append_fill(TyStrBuilder *b, uint32_t fill, ssize_t n)
{
    char enc[4];
    int w = ty_utf8Encode(fill, enc);
    if (n <= 0)
        return 0;
    /* All the room at once: a width that cannot be had fails at once. */
    if ((size_t)n > (size_t)PTRDIFF_MAX / 4) {
        tyErr_noMemory();
        return -1;
    }
    if (tyBuf_reserve(b, (size_t)n * (size_t)w) < 0)
        return -1;
    char *out = b->data + b->len;
    if (w == 1)
        memset(out, enc[0], (size_t)n);
    else
        for (ssize_t i = 0; i < n; i++)
            memcpy(out + i * w, enc, (size_t)w);
    b->len += (size_t)n * (size_t)w;
    return 0;
}

/* Text of n code points with padding for width/align. */
static int emit_padded(TyStrBuilder *b, const Spec *sp, const char *s, ssize_t nbytes, ssize_t n)
{
    ssize_t total = sp->width > n ? sp->width : n, left;
    if (sp->align == '>')
        left = total - n;
    else if (sp->align == '^')
        left = (total - n) / 2;
    else
        left = 0;
    if (append_fill(b, sp->fill, left) < 0 || tyBuf_append(b, s, (size_t)nbytes) < 0)
        return -1;
    return append_fill(b, sp->fill, total - n - left);
}

/* A number split into the parts emit_number lays out. */
typedef struct Number {
    char sign;              /* character to print, or 0 */
    const char *prefix;     /* "0x", "0b", ... or "" */
    const char *digits;     /* the part that is grouped */
    ssize_t ndigits;
    const char *rest;       /* UTF-8: fraction, exponent, '%', "inf", a 'c' char */
    ssize_t nrest;          /* bytes */
    ssize_t rest_len;       /* code points */
} Number;

/*
** digits grouped `size` at a time with separator `sep` (0: none), padded
** on the left with '0' digits to at least min_width characters, written so
** that it ends at out_end.  Returns the start.  This is CPython's
** thousands-grouping walk, which groups the padding zeros too.
*/
static char *group_digits(const char *digits, ssize_t n, ssize_t min_width, char sep, int size,
                          char *out_end)
{
    char *p = out_end;
    if (!sep) {
        memcpy(p -= n, digits, (size_t)n);
        for (ssize_t z = min_width - n; z > 0; z--)
            *--p = '0';
        return p;
    }
    ssize_t remaining = n;
    bool first = true;
    for (;;) {
        ssize_t l = remaining > min_width ? remaining : min_width;
        if (l < 1)
            l = 1;
        if (l > size)
            l = size;
        ssize_t chars = remaining < l ? remaining : l;
        if (chars < 0)
            chars = 0;
        if (!first)
            *--p = sep;
        memcpy(p -= chars, digits + remaining - chars, (size_t)chars);
        for (ssize_t z = l - chars; z > 0; z--)
            *--p = '0';
        first = false;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width--;
    }
    return p;
}

static int emit_number(TyStrBuilder *b, const Spec *sp, const Number *num)
{
    ssize_t nsign = num->sign ? 1 : 0, nprefix = (ssize_t)strlen(num->prefix);
    ssize_t min_width = 0;
    if (sp->fill == '0' && sp->align == '=')
        min_width = sp->width - nsign - nprefix - num->rest_len;
    char sep = sp->thousands;
    char *grouped = NULL, *gstart = NULL;
    ssize_t ngrouped = 0;
    if (num->ndigits > 0) {
        ssize_t cap = num->ndigits * 2 + (min_width > 0 ? min_width * 2 : 0) + 8;
        grouped = tyMem_malloc((size_t)cap);
        if (!grouped)
            return -1;
        gstart = group_digits(num->digits, num->ndigits, min_width, sep, sp->group, grouped + cap);
        ngrouped = grouped + cap - gstart;
    }
    ssize_t total = nsign + nprefix + ngrouped + num->rest_len;
    ssize_t padding = sp->width > total ? sp->width - total : 0;
    ssize_t left = 0, mid = 0, right = 0;
    switch (sp->align) {
    case '<':
        right = padding;
        break;
    case '^':
        left = padding / 2;
        right = padding - left;
        break;
    case '=':
        mid = padding;
        break;
    default:
        left = padding;
        break;
    }
    int rc = append_fill(b, sp->fill, left);
    if (rc == 0 && num->sign)
        rc = tyBuf_appendChar(b, num->sign);
    if (rc == 0)
        rc = tyBuf_append(b, num->prefix, (size_t)nprefix);
    if (rc == 0)
        rc = append_fill(b, sp->fill, mid);
    if (rc == 0)
        rc = tyBuf_append(b, gstart, (size_t)ngrouped);
    if (rc == 0)
        rc = tyBuf_append(b, num->rest, (size_t)num->nrest);
    if (rc == 0)
        rc = append_fill(b, sp->fill, right);
    tyMem_free(grouped);
    return rc;
}

/* The sign character for a number, from its sign and the spec's option. */
static char sign_char(bool negative, char option)
{
    if (negative)
        return '-';
    return option == '+' ? '+' : option == ' ' ? ' ' : 0;
}

/* ---- integer digits ---------------------------------------------------- */

/*
** |v| in `base` (lower-case letters, or upper-case when `upper`) into
** *out (a builder the caller frees); *negative gets the sign.
*/
static int int_digits(TyObject *v, int base, bool upper, TyStrBuilder *out, bool *negative)
{
    static const char lower_digits[] = "0123456789abcdef", upper_digits[] = "0123456789ABCDEF";
    const char *alphabet = upper ? upper_digits : lower_digits;
    if (TY_INT_IS_SMALL(v)) {
        int64_t x = TY_INT_VALUE(v);
        *negative = x < 0;
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char buf[72], *p = buf + sizeof buf;
        do {
            *--p = alphabet[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        return tyBuf_append(out, p, (size_t)(buf + sizeof buf - p));
    }
    TyObject *s = tyInt_toBase(v, base, false);
    if (!s)
        return -1;
    const char *d = TY_STR_UTF8(s);
    *negative = d[0] == '-';
    if (*negative)
        d++;
    size_t start = out->len;
    int rc = tyBuf_appendC(out, d);
    if (rc == 0 && upper)
        for (size_t i = start; i < out->len; i++)
            if (out->data[i] >= 'a' && out->data[i] <= 'f')
                out->data[i] = (char)(out->data[i] - 32);
    TY_DECREF(s);
    return rc;
}

static int base_of(uint32_t type)
{
    switch (type) {
    case 'b':
        return 2;
    case 'o':
        return 8;
    case 'x':
    case 'X':
        return 16;
    default:
        return 10;
    }
}

static const char *prefix_of(uint32_t type)
{
    switch (type) {
    case 'b':
        return "0b";
    case 'o':
        return "0o";
    case 'x':
        return "0x";
    case 'X':
        return "0X";
    default:
        return "";
    }
}

/* ---- float text -------------------------------------------------------- */

/* The exponent of "d.ddde+XX" text. */
static int exponent_of(const char *s)
{
    const char *e = strchr(s, 'e');
    return e ? atoi(e + 1) : 0;
}

/* Remove trailing zeros of the fraction in s (and a bare '.'), keeping an
** exponent that follows.  s is malloc'd text, edited in place. */
static void strip_zeros(char *s)
{
    char *dot = strchr(s, '.');
    if (!dot)
        return;
    char *exp = strchr(dot, 'e');
    char *end = exp ? exp : dot + strlen(dot);
    char *z = end;
    while (z > dot + 1 && z[-1] == '0')
        z--;
    if (z == dot + 1)
        z = dot;
    memmove(z, end, strlen(end) + 1);
}

/*
** '%g'-style text with `prec` significant digits.  `add_dot_0` is the
** rule of format() with a precision but no type: exponent notation from
** one digit earlier, and ".0" on integral results.  malloc'd.
*/
static char *format_general(double d, int prec, bool alt, bool add_dot_0)
{
    if (prec == 0)
        prec = 1;
    char *e = tyFloat_formatAlloc(d, 'e', prec - 1, alt);
    if (!e)
        return NULL;
    int x = exponent_of(e);
    int limit = add_dot_0 ? prec - 1 : prec;
    if (x < -4 || x >= limit) {
        if (!alt)
            strip_zeros(e);
        return e;
    }
    tyMem_free(e);
    char *f = tyFloat_formatAlloc(d, 'f', prec - 1 - x, alt);
    if (!f)
        return NULL;
    if (!alt)
        strip_zeros(f);
    if (add_dot_0 && !strchr(f, '.')) {
        size_t n = strlen(f);
        char *g = tyMem_realloc(f, n + 3);
        if (!g) {
            tyMem_free(f);
            return NULL;
        }
        memcpy(g + n, ".0", 3);
        f = g;
    }
    return f;
}

/* Make sure repr-style text has a decimal point ('#' with no type). */
static char *force_point(char *s)
{
    if (strchr(s, '.'))
        return s;
    size_t n = strlen(s);
    char *t = tyMem_realloc(s, n + 2);
    if (!t) {
        tyMem_free(s);
        return NULL;
    }
    char *e = strchr(t, 'e');
    size_t at = e ? (size_t)(e - t) : n;
    memmove(t + at + 1, t + at, n - at + 1);
    t[at] = '.';
    return t;
}

static char *dup_text(const char *s)
{
    size_t n = strlen(s) + 1;
    char *t = tyMem_malloc(n);
    if (t)
        memcpy(t, s, n);
    return t;
}

/*
** d as text for type 'r' (repr), 'e', 'f' or 'g' (lower case), with
** CPython's inf/nan spellings (nan never signed).  malloc'd (tyMem_free),
** or NULL with MemoryError.
*/
static char *float_text(double d, char type, int prec, bool alt, bool add_dot_0, bool no_neg_0)
{
    if (isnan(d))
        return dup_text("nan");
    if (isinf(d))
        return dup_text(d < 0 ? "-inf" : "inf");
    char *s;
    if (type == 'r') {
        s = tyFloat_formatAlloc(d, 'r', 0, false);
        if (s && alt)
            s = force_point(s);
    } else if (type == 'g') {
        s = format_general(d, prec, alt, add_dot_0);
    } else {
        s = tyFloat_formatAlloc(d, type, prec, alt);
    }
    if (s && no_neg_0 && s[0] == '-') {
        bool zero = true;
        for (const char *p = s + 1; *p && *p != 'e'; p++)
            if (*p >= '1' && *p <= '9')
                zero = false;
        if (zero)
            memmove(s, s + 1, strlen(s));
    }
    return s;
}

static void to_upper(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
}

/* ---- int.__format__ / float.__format__ / str.__format__ ----------------- */

static TyObject *format_float_spec(double d, Spec *sp)
{
    if (sp->precision > INT32_MAX)
        return tyErr_setString(&TyExc_ValueError, "precision too big");
    uint32_t type = sp->type;
    bool add_dot_0 = false, percent = false;
    int default_prec = 6;
    char code;
    if (type == 0) {
        add_dot_0 = true;
        code = 'r';
        default_prec = 0;
    } else if (type == 'n') {
        code = 'g';
    } else if (type == '%') {
        code = 'f';
        d *= 100;
        percent = true;
    } else {
        code = (char)(type | 0x20);
    }
    int prec = sp->precision < 0 ? default_prec : (int)sp->precision;
    if (sp->precision >= 0 && code == 'r')
        code = 'g';
    char *text = float_text(d, code, prec, sp->alternate, add_dot_0, sp->no_neg_0);
    if (!text)
        return NULL;
    if (type == 'E' || type == 'F' || type == 'G')
        to_upper(text);
    const char *body = text;
    bool negative = body[0] == '-';
    if (negative)
        body++;
    ssize_t ndigits = 0;
    while (body[ndigits] >= '0' && body[ndigits] <= '9')
        ndigits++;
    TyStrBuilder rest;
    tyBuf_init(&rest);
    TyStrBuilder b;
    tyBuf_init(&b);
    int rc = tyBuf_appendC(&rest, body + ndigits);
    if (rc == 0 && percent)
        rc = tyBuf_appendChar(&rest, '%');
    if (rc == 0) {
        Number num = { sign_char(negative, sp->sign), "", body, ndigits,
                       rest.data, (ssize_t)rest.len, (ssize_t)rest.len };
        rc = emit_number(&b, sp, &num);
    }
    tyBuf_free(&rest);
    tyMem_free(text);
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

static TyObject *format_int_spec(TyObject *value, Spec *sp)
{
    if (sp->precision != -1)
        return tyErr_setString(&TyExc_ValueError, "Precision not allowed in integer format specifier");
    if (sp->no_neg_0)
        return tyErr_setString(&TyExc_ValueError,
                               "Negative zero coercion (z) not allowed in integer format specifier");
    TyStrBuilder b;
    tyBuf_init(&b);
    if (sp->type == 'c') {
        if (sp->sign)
            return tyErr_setString(&TyExc_ValueError,
                                   "Sign not allowed with integer format specifier 'c'");
        if (sp->alternate)
            return tyErr_setString(&TyExc_ValueError,
                                   "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t x;
        if (tyInt_asI64(value, &x) < 0)
            return NULL;
        if (x < 0 || x > 0x10FFFF)
            return tyErr_setString(&TyExc_OverflowError, "%c arg not in range(0x110000)");
        char enc[4];
        int n = ty_utf8Encode((uint32_t)x, enc);
        Number num = { 0, "", "", 0, enc, n, 1 };
        if (emit_number(&b, sp, &num) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
        return tyBuf_finish(&b);
    }
    TyStrBuilder digits;
    tyBuf_init(&digits);
    bool negative;
    int rc = int_digits(value, base_of(sp->type), sp->type == 'X', &digits, &negative);
    if (rc == 0) {
        Number num = { sign_char(negative, sp->sign), sp->alternate ? prefix_of(sp->type) : "",
                       digits.data, (ssize_t)digits.len, "", 0, 0 };
        rc = emit_number(&b, sp, &num);
    }
    tyBuf_free(&digits);
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

static bool spec_empty(TyObject *spec)
{
    return !spec || TY_STR_NBYTES(spec) == 0;
}

TyObject *tyFormat_int(TyObject *value, TyObject *spec)
{
    if (spec_empty(spec))
        return tyObj_str(value);
    Spec sp;
    if (parse_spec(spec, value, '>', 'd', &sp) < 0)
        return NULL;
    switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(value, &sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = tyInt_asDouble(value);
        if (d == -1.0 && tyErr_occurred())
            return NULL;
        return format_float_spec(d, &sp);
    }
    default:
        return unknown_code(sp.type, value);
    }
}

TyObject *tyFormat_float(TyObject *value, TyObject *spec)
{
    if (spec_empty(spec))
        return tyObj_str(value);
    Spec sp;
    if (parse_spec(spec, value, '>', 0, &sp) < 0)
        return NULL;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(TY_FLOAT_VALUE(value), &sp);
    default:
        return unknown_code(sp.type, value);
    }
}

/*
** One part of a complex as format() writes it: the sign (forced to '+'
** when `sign` says so), the digits that are grouped and the rest, laid
** out by emit_number without padding.  type 0 is repr's text without the
** ".0" of integral values.
*/
static int complex_part(TyStrBuilder *b, double d, const Spec *sp, char code, int prec,
                        char sign)
{
    char *text;
    if (code == 'r') {
        char buf[40];
        text = dup_text(tyFloat_reprBare(d, buf));
        if (text && sp->alternate && isfinite(d))
            text = force_point(text);
        if (text && sp->no_neg_0 && d == 0)
            memmove(text, text + (text[0] == '-'), strlen(text + (text[0] == '-')) + 1);
    } else {
        text = float_text(d, code, prec, sp->alternate, false, sp->no_neg_0);
    }
    if (!text)
        return -1;
    if (sp->type == 'E' || sp->type == 'F' || sp->type == 'G')
        to_upper(text);
    const char *body = text + (text[0] == '-');
    ssize_t ndigits = 0;
    while (body[ndigits] >= '0' && body[ndigits] <= '9')
        ndigits++;
    Spec bare = *sp;
    bare.fill = ' ';
    bare.align = '<';
    bare.width = -1;
    ssize_t nrest = (ssize_t)strlen(body + ndigits);
    Number num = { sign_char(text[0] == '-', sign), "", body, ndigits, body + ndigits, nrest,
                   nrest };
    int rc = emit_number(b, &bare, &num);
    tyMem_free(text);
    return rc;
}

TyObject *tyFormat_complex(TyObject *value, TyObject *spec)
{
    if (spec_empty(spec))
        return tyObj_str(value);
    Spec sp;
    if (parse_spec(spec, value, '>', 0, &sp) < 0)
        return NULL;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_code(sp.type, value);
    }
    if (sp.fill == '0')
        return tyErr_setString(&TyExc_ValueError,
                               "Zero padding is not allowed in complex format specifier");
    if (sp.align == '=')
        return tyErr_setString(&TyExc_ValueError,
                               "'=' alignment flag is not allowed in complex format specifier");
    if (sp.precision > INT32_MAX)
        return tyErr_setString(&TyExc_ValueError, "precision too big");
    double re = TY_COMPLEX_REAL(value), im = TY_COMPLEX_IMAG(value);
    /* No type: like str(z), the real part left out when it is +0.0 and
    ** parentheses otherwise; a precision then means 'g'. */
    char code = sp.type == 0 ? 'r' : sp.type == 'n' ? 'g' : (char)(sp.type | 0x20);
    bool skip_re = sp.type == 0 && re == 0.0 && !signbit(re);
    bool parens = sp.type == 0 && !skip_re;
    int prec = sp.precision >= 0 ? (int)sp.precision : sp.type == 0 ? 0 : 6;
    if (code == 'r' && sp.precision >= 0)
        code = 'g';
    TyStrBuilder text;
    tyBuf_init(&text);
    int rc = parens ? tyBuf_appendChar(&text, '(') : 0;
    if (rc == 0 && !skip_re)
        rc = complex_part(&text, re, &sp, code, prec, sp.sign);
    if (rc == 0)
        rc = complex_part(&text, im, &sp, code, prec, skip_re ? sp.sign : '+');
    if (rc == 0)
        rc = tyBuf_appendC(&text, parens ? "j)" : "j");
    TyStrBuilder b;
    tyBuf_init(&b);
    if (rc == 0)
        rc = emit_padded(&b, &sp, text.data, (ssize_t)text.len, (ssize_t)text.len);
    tyBuf_free(&text);
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyFormat_str(TyObject *value, TyObject *spec)
{
    if (spec_empty(spec))
        return tyObj_str(value);
    Spec sp;
    if (parse_spec(spec, value, '<', 's', &sp) < 0)
        return NULL;
    if (sp.type != 's')
        return unknown_code(sp.type, value);
    if (sp.sign == ' ')
        return tyErr_setString(&TyExc_ValueError, "Space not allowed in string format specifier");
    if (sp.sign)
        return tyErr_setString(&TyExc_ValueError, "Sign not allowed in string format specifier");
    if (sp.no_neg_0)
        return tyErr_setString(&TyExc_ValueError,
                               "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alternate)
        return tyErr_setString(&TyExc_ValueError,
                               "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
        return tyErr_setString(&TyExc_ValueError,
                               "'=' alignment not allowed in string format specifier");
    ssize_t len = TY_STR_LEN(value);
    if ((sp.width < 0 || sp.width <= len) && (sp.precision < 0 || sp.precision >= len))
        return tyObj_str(value);
    if (sp.precision >= 0 && len > sp.precision)
        len = sp.precision;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (emit_padded(&b, &sp, TY_STR_UTF8(value), tyStr_byteOffset(value, len), len) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyFormat_method(const char *fname, TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames, TyObject *(*fmt)(TyObject *, TyObject *))
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "__format__() argument must be str, not %A",
                            args[0]);
    return fmt(self, args[0]);
}

TyObject *tyFormat_object(TyObject *value, TyObject *spec)
{
    TyObject *empty = NULL;
    TyType *t = TY_TYPE(value);
    if (spec_empty(spec)) {
        if (t == &TyStr_Type)
            return TY_NEWREF(value);
        if (t == &TyInt_Type)
            return tyObj_str(value);
    }
    if (!spec) {
        empty = tyStr_fromAscii("", 0);
        spec = empty;
    }
    TyObject *r;
    if (t == &TyStr_Type) {
        r = tyFormat_str(value, spec);
    } else if (t == &TyInt_Type || t == &TyBool_Type) {
        r = tyFormat_int(value, spec);
    } else if (t == &TyFloat_Type) {
        r = tyFormat_float(value, spec);
    } else {
        TyObject *meth = tyType_lookup(t, TY_ID(__format__));
        if (!meth) {
            r = tyErr_format(&TyExc_TypeError, "Type %s doesn't define __format__",
                             tyType_name(t));
        } else {
            TY_INCREF(meth);
            ty_descrgetfunc get = TY_TYPE(meth)->descr_get;
            TyObject *bound = get ? get(meth, value, (TyObject *)t) : TY_NEWREF(meth);
            TY_DECREF(meth);
            r = bound ? tyObj_callOneArg(bound, spec) : NULL;
            TY_XDECREF(bound);
            if (r && !TY_STR_CHECK(r)) {
                tyErr_format(&TyExc_TypeError, "__format__ must return a str, not %T", r);
                TY_DECREF(r);
                r = NULL;
            }
        }
    }
    TY_XDECREF(empty);
    return r;
}

/* ---- str.format -------------------------------------------------------- */

/* Where fields get their values: positional args and keywords, or a
** mapping (format_map). */
typedef struct FormatArgs {
    TyObject *const *args;
    size_t nargs;
    TyObject *kwnames;       /* tuple or NULL */
    TyObject *mapping;       /* format_map, else NULL */
    int auto_state;          /* 0 unknown, 1 automatic, 2 manual */
    ssize_t next_auto;
} FormatArgs;

/* Decimal digits only: their value, -1 when not all digits (or empty),
** -2 with ValueError on overflow. */
static ssize_t field_index(const char *s, ssize_t n)
{
    if (n == 0)
        return -1;
    for (ssize_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return -1;
    ssize_t pos = 0, v;
    if (parse_int(s, &pos, n, &v) < 0)
        return -2;
    return v;
}

/* New reference: the object the first part of a field name refers to. */
static TyObject *field_first(FormatArgs *fa, const char *s, ssize_t n)
{
    ssize_t index = field_index(s, n);
    if (index == -2)
        return NULL;
    if (n == 0) {
        if (fa->auto_state == 2)
            return tyErr_setString(&TyExc_ValueError,
                                   "cannot switch from manual field specification to automatic "
                                   "field numbering");
        fa->auto_state = 1;
        index = fa->next_auto++;
    } else if (index >= 0) {
        if (fa->auto_state == 1)
            return tyErr_setString(&TyExc_ValueError,
                                   "cannot switch from automatic field numbering to manual field "
                                   "specification");
        fa->auto_state = 2;
    }
    if (index < 0) {
        TyObject *key = tyStr_fromUtf8(s, n);
        if (!key)
            return NULL;
        TyObject *v = NULL;
        if (fa->mapping) {
            v = tyObj_getItem(fa->mapping, key);
        } else {
            ssize_t nkw = fa->kwnames ? TY_TUPLE_LEN(fa->kwnames) : 0;
            for (ssize_t k = 0; k < nkw && !v; k++)
                if (tyStr_eq(TY_TUPLE_GET(fa->kwnames, k), key))
                    v = TY_NEWREF(fa->args[fa->nargs + (size_t)k]);
            if (!v)
                tyErr_setObject(&TyExc_KeyError, key);
        }
        TY_DECREF(key);
        return v;
    }
    if (fa->mapping)
        return tyErr_setString(&TyExc_ValueError, "Format string contains positional fields");
    if ((size_t)index >= fa->nargs)
        return tyErr_format(&TyExc_IndexError,
                            "Replacement index %zd out of range for positional args tuple", index);
    return TY_NEWREF(fa->args[index]);
}

ssize_t tyFormat_fieldFirst(const char *s, ssize_t n, TyObject **key)
{
    ssize_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[')
        i++;
    if (key) {
        ssize_t index = field_index(s, i);
        *key = index == -2 ? NULL : index >= 0 ? tyInt_fromI64(index) : tyStr_fromUtf8(s, i);
        if (!*key)
            return -1;
    }
    return i;
}

int tyFormat_fieldNext(const char *s, ssize_t n, ssize_t *pos, bool *is_attr, TyObject **key)
{
    ssize_t i = *pos;
    if (i >= n)
        return 0;
    if (s[i] == '.') {
        ssize_t start = ++i;
        while (i < n && s[i] != '.' && s[i] != '[')
            i++;
        if (i == start) {
            tyErr_setString(&TyExc_ValueError, "Empty attribute in format string");
            return -1;
        }
        *is_attr = true;
        *key = tyStr_fromUtf8(s + start, i - start);
    } else if (s[i] == '[') {
        ssize_t start = ++i;
        while (i < n && s[i] != ']')
            i++;
        if (i == n) {
            tyErr_setString(&TyExc_ValueError, "Missing ']' in format string");
            return -1;
        }
        if (i == start) {
            tyErr_setString(&TyExc_ValueError, "Empty attribute in format string");
            return -1;
        }
        ssize_t index = field_index(s + start, i - start);
        *is_attr = false;
        *key = index == -2 ? NULL : index >= 0 ? tyInt_fromI64(index) : tyStr_fromUtf8(s + start, i - start);
        i++;
    } else {
        tyErr_setString(&TyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    if (!*key)
        return -1;
    *pos = i;
    return 1;
}

/* New reference: the object named by a whole field name ("0.real[1]"). */
static TyObject *field_object(FormatArgs *fa, const char *s, ssize_t n)
{
    ssize_t i = tyFormat_fieldFirst(s, n, NULL);
    TyObject *obj = field_first(fa, s, i), *key;
    bool is_attr;
    int r = 0;
    while (obj && (r = tyFormat_fieldNext(s, n, &i, &is_attr, &key)) > 0) {
        TyObject *next = is_attr ? tyObj_getAttr(obj, key) : tyObj_getItem(obj, key);
        TY_DECREF(key);
        TY_DECREF(obj);
        obj = next;
    }
    if (r < 0)
        TY_CLEAR(obj);
    return obj;
}

static int render(TyStrBuilder *b, FormatArgs *fa, const char *s, ssize_t n, int depth);

/* Format one replacement field: name, conversion (0 if none) and spec
** text, appending the result. */
static int render_field(TyStrBuilder *b, FormatArgs *fa, const char *name, ssize_t nname,
                        uint32_t conversion, const char *spec, ssize_t nspec, bool expand,
                        int depth)
{
    TyObject *obj = field_object(fa, name, nname);
    if (!obj)
        return -1;
    if (conversion) {
        TyObject *conv;
        switch (conversion) {
        case 'r':
            conv = tyObj_repr(obj);
            break;
        case 's':
            conv = tyObj_str(obj);
            break;
        case 'a':
            conv = tyStr_ascii(obj);
            break;
        default:
            if (conversion > 32 && conversion < 127)
                conv = tyErr_format(&TyExc_ValueError, "Unknown conversion specifier %c",
                                    (int)conversion);
            else
                conv = tyErr_format(&TyExc_ValueError, "Unknown conversion specifier \\x%x",
                                    (unsigned)conversion);
            break;
        }
        TY_DECREF(obj);
        if (!conv)
            return -1;
        obj = conv;
    }
    TyObject *specobj;
    if (expand) {
        TyStrBuilder sb;
        tyBuf_init(&sb);
        if (render(&sb, fa, spec, nspec, depth - 1) < 0) {
            tyBuf_free(&sb);
            TY_DECREF(obj);
            return -1;
        }
        specobj = tyBuf_finish(&sb);
    } else {
        specobj = tyStr_fromUtf8(spec, nspec);
    }
    if (!specobj) {
        TY_DECREF(obj);
        return -1;
    }
    int rc;
    if (nspec == 0 && TY_STR_CHECK_EXACT(obj)) {
        rc = tyBuf_appendStr(b, obj);
    } else {
        TyObject *r = tyFormat_object(obj, specobj);
        rc = r ? tyBuf_appendStr(b, r) : -1;
        TY_XDECREF(r);
    }
    TY_DECREF(specobj);
    TY_DECREF(obj);
    return rc;
}

int tyFormat_next(const char *s, ssize_t n, ssize_t *pos, TyFormatPiece *p)
{
    ssize_t i = *pos;
    if (i >= n)
        return 0;
    memset(p, 0, sizeof *p);
    p->lit = s + i;
    while (i < n && s[i] != '{' && s[i] != '}')
        i++;
    p->nlit = i - (p->lit - s);
    if (i == n) {
        *pos = i;
        return 1;
    }
    char c = s[i++];
    if (c == '}' && (i == n || s[i] != '}')) {
        tyErr_setString(&TyExc_ValueError, "Single '}' encountered in format string");
        return -1;
    }
    if (i == n) {
        tyErr_setString(&TyExc_ValueError, "Single '{' encountered in format string");
        return -1;
    }
    if (s[i] == c) {
        /* A doubled brace ends the literal text with one brace. */
        p->nlit++;
        *pos = i + 1;
        return 1;
    }
    /* A replacement field: the name runs to '!', ':' or '}', and a '['
    ** hides everything up to the next ']'. */
    p->field = true;
    ssize_t name = i;
    char stop = 0;
    while (i < n) {
        char d = s[i++];
        if (d == '[') {
            while (i < n && s[i] != ']')
                i++;
        } else if (d == '{') {
            tyErr_setString(&TyExc_ValueError, "unexpected '{' in field name");
            return -1;
        } else if (d == '}' || d == ':' || d == '!') {
            stop = d;
            break;
        }
    }
    if (!stop) {
        tyErr_setString(&TyExc_ValueError, "expected '}' before end of string");
        return -1;
    }
    p->name = s + name;
    p->nname = i - 1 - name;
    ssize_t spec = i, spec_end = i;
    if (stop == '!') {
        if (i == n) {
            tyErr_setString(&TyExc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        const char *q = s + i;
        p->conversion = ty_utf8Decode(&q);
        i = q - s;
        if (i < n) {
            char d = s[i++];
            if (d == '}')
                stop = '}';
            else if (d != ':') {
                tyErr_setString(&TyExc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
        spec = spec_end = i;
    }
    if (stop != '}') {
        int count = 1;
        while (i < n) {
            char d = s[i++];
            if (d == '{') {
                p->expand = true;
                count++;
            } else if (d == '}' && --count == 0) {
                break;
            }
        }
        if (count > 0) {
            tyErr_setString(&TyExc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        spec_end = i - 1;
    }
    p->spec = s + spec;
    p->nspec = spec_end - spec;
    *pos = i;
    return 1;
}

/*
** Expand the format string s[0..n) into b.  `depth` bounds the nesting
** of replacement fields inside format specs.
*/
static int render(TyStrBuilder *b, FormatArgs *fa, const char *s, ssize_t n, int depth)
{
    if (depth <= 0) {
        tyErr_setString(&TyExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    ssize_t i = 0;
    TyFormatPiece p;
    int r;
    while ((r = tyFormat_next(s, n, &i, &p)) > 0) {
        if (tyBuf_append(b, p.lit, (size_t)p.nlit) < 0)
            return -1;
        if (p.field && render_field(b, fa, p.name, p.nname, p.conversion, p.spec, p.nspec, p.expand, depth) < 0)
            return -1;
    }
    return r;
}

static TyObject *format_with(TyObject *fmt, FormatArgs *fa)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    if (render(&b, fa, TY_STR_UTF8(fmt), TY_STR_NBYTES(fmt), 2) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyFormat_strFormat(TyObject *fmt, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    FormatArgs fa = { args, nargs, kwnames, NULL, 0, 0 };
    return format_with(fmt, &fa);
}

TyObject *tyFormat_strFormatMap(TyObject *fmt, TyObject *mapping)
{
    FormatArgs fa = { NULL, 0, NULL, mapping, 0, 0 };
    return format_with(fmt, &fa);
}

/* ---- printf-style % ---------------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16, F_NONEG = 32 };

typedef struct PercentArgs {
    TyObject *args;      /* the right operand */
    TyObject *const *items;
    ssize_t n;           /* number of positional values; -1: args is the one value */
    ssize_t next;
    bool used_single;
    TyObject *dict;      /* mapping for %(key)s, or NULL */
    bool bytes;          /* formatting bytes (PEP 461) rather than str */
} PercentArgs;

/* Borrowed: the next positional value. */
static TyObject *next_arg(PercentArgs *pa)
{
    if (pa->n < 0) {
        if (!pa->used_single) {
            pa->used_single = true;
            return pa->args;
        }
    } else if (pa->next < pa->n) {
        return pa->items[pa->next++];
    }
    return tyErr_setString(&TyExc_TypeError, "not enough arguments for format string");
}

/* Append text of n code points with the %-width rules (spaces; '-' pads
** on the right). */
static int percent_pad(TyStrBuilder *b, const char *s, ssize_t nbytes, ssize_t n, int flags,
                       ssize_t width)
{
    Spec sp = { ' ', (flags & F_LJUST) ? '<' : '>', 0, false, false, 0, 3, width, -1, 0 };
    return emit_padded(b, &sp, s, nbytes, n);
}

/* Sign, prefix and digits with the %-padding rules: '0' pads between
** the sign/prefix and the digits unless '-' is given. */
static int percent_number(TyStrBuilder *b, bool negative, const char *prefix, const char *body,
                          ssize_t nbody, int flags, ssize_t width)
{
    char sign = negative ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    bool zero = (flags & F_ZERO) && !(flags & F_LJUST);
    Spec sp = { zero ? '0' : ' ', (flags & F_LJUST) ? '<' : zero ? '=' : '>', 0, false, false,
                0, 3, width, -1, 0 };
    Number num = { sign, prefix, "", 0, body, nbody, nbody };
    return emit_number(b, &sp, &num);
}

/* Is o usable as a number by %d (CPython's PyNumber_Check)? */
static bool number_like(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    return TY_INT_CHECK(o) || TY_FLOAT_CHECK(o) || t->nb_index || t->nb_int || t->nb_float;
}

static int percent_int(TyStrBuilder *b, TyObject *v, char type, int flags, ssize_t width,
                       ssize_t prec)
{
    TyObject *iobj;
    if (TY_INT_CHECK(v)) {
        iobj = TY_NEWREF(v);
    } else {
        bool hex = type == 'x' || type == 'X' || type == 'o';
        iobj = NULL;
        if (TY_FLOAT_CHECK(v) && !hex) {
            iobj = tyInt_fromDouble(TY_FLOAT_VALUE(v));
            if (!iobj)
                return -1;
        } else if (number_like(v)) {
            iobj = hex ? tyNum_index(v) : tyNum_long(v);
            if (!iobj && !tyErr_exceptionMatches(&TyExc_TypeError))
                return -1;
        }
        if (!iobj) {
            tyErr_format(&TyExc_TypeError, hex ? "%%%c format: an integer is required, not %T"
                                               : "%%%c format: a real number is required, not %T",
                         type, v);
            return -1;
        }
    }
    TyStrBuilder digits, body;
    tyBuf_init(&digits);
    tyBuf_init(&body);
    bool negative;
    int rc = int_digits(iobj, base_of((uint32_t)type), type == 'X', &digits, &negative);
    TY_DECREF(iobj);
    /* The precision is a minimum number of digits. */
    for (ssize_t z = prec - (ssize_t)digits.len; rc == 0 && z > 0; z--)
        rc = tyBuf_appendChar(&body, '0');
    if (rc == 0)
        rc = tyBuf_append(&body, digits.data, digits.len);
    if (rc == 0) {
        const char *prefix = (flags & F_ALT) ? prefix_of((uint32_t)type) : "";
        rc = percent_number(b, negative, prefix, body.data, (ssize_t)body.len, flags, width);
    }
    tyBuf_free(&digits);
    tyBuf_free(&body);
    return rc;
}

static int percent_float(TyStrBuilder *b, TyObject *v, char type, int flags, ssize_t width,
                         ssize_t prec)
{
    double d;
    if (TY_FLOAT_CHECK(v)) {
        d = TY_FLOAT_VALUE(v);
    } else if (TY_INT_CHECK(v) || TY_TYPE(v)->nb_float || TY_TYPE(v)->nb_index) {
        d = TY_INT_CHECK(v) ? tyInt_asDouble(v) : tyFloat_asDouble(v);
        if (d == -1.0 && tyErr_occurred())
            return -1;
    } else {
        tyErr_format(&TyExc_TypeError, "must be real number, not %T", v);
        return -1;
    }
    if (prec > INT32_MAX) {
        tyErr_setString(&TyExc_ValueError, "precision too big");
        return -1;
    }
    char code = (char)(type | 0x20);
    char *text = float_text(d, code, prec < 0 ? 6 : (int)prec, (flags & F_ALT) != 0, false,
                            (flags & F_NONEG) != 0);
    if (!text)
        return -1;
    if (type == 'E' || type == 'F' || type == 'G')
        to_upper(text);
    bool negative = text[0] == '-';
    const char *body = negative ? text + 1 : text;
    int rc = percent_number(b, negative, "", body, (ssize_t)strlen(body), flags, width);
    tyMem_free(text);
    return rc;
}

static int percent_char(TyStrBuilder *b, TyObject *v, int flags, ssize_t width)
{
    uint32_t cp;
    if (TY_STR_CHECK(v)) {
        if (TY_STR_LEN(v) != 1)
            goto wrong;
        cp = tyStr_codepointAt(v, 0);
    } else if (TY_INT_CHECK(v) || TY_TYPE(v)->nb_index) {
        /* An int, or an object with __index__ (CPython takes those too). */
        TyObject *i = tyNum_index(v);
        if (!i)
            return -1;
        int64_t x;
        int r = tyInt_asI64(i, &x);
        TY_DECREF(i);
        if (r < 0 || x < 0 || x > 0x10FFFF) {
            tyErr_clear();
            tyErr_setString(&TyExc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        goto wrong;
    }
    char enc[4];
    int n = ty_utf8Encode(cp, enc);
    return percent_pad(b, enc, n, 1, flags, width);
wrong:
    tyErr_setString(&TyExc_TypeError, "%c requires int or char");
    return -1;
}

/* %c of bytes formatting: an int 0..255 or a single byte. */
static int percent_byte_char(TyStrBuilder *b, TyObject *v, int flags, ssize_t width)
{
    char c;
    if (TY_INT_CHECK(v)) {
        int64_t x;
        if (tyInt_asI64(v, &x) < 0 || x < 0 || x > 255) {
            tyErr_clear();
            tyErr_setString(&TyExc_OverflowError, "%c arg not in range(256)");
            return -1;
        }
        c = (char)x;
    } else if (tyBytes_isLike(v) && tyBytes_likeLen(v) == 1) {
        c = tyBytes_likeData(v)[0];
    } else {
        tyErr_setString(&TyExc_TypeError, "%c requires an integer in range(256) or a single byte");
        return -1;
    }
    return percent_pad(b, &c, 1, 1, flags, width);
}

/* %s / %b of bytes formatting: a bytes-like object, or what __bytes__
** returns.  New reference to a bytes-like object. */
static TyObject *percent_bytes_arg(TyObject *v)
{
    if (tyBytes_isLike(v))
        return TY_NEWREF(v);
    TyObject *meth = tyType_lookupStr(TY_TYPE(v), "__bytes__");
    if (!meth)
        return tyErr_format(&TyExc_TypeError,
                            "%%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '%T'", v);
    TY_INCREF(meth);
    ty_descrgetfunc get = TY_TYPE(meth)->descr_get;
    TyObject *bound = get ? get(meth, v, (TyObject *)TY_TYPE(v)) : TY_NEWREF(meth);
    TY_DECREF(meth);
    TyObject *r = bound ? tyObj_callNoArgs(bound) : NULL;
    TY_XDECREF(bound);
    if (r && !TY_BYTES_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

/* A '*' width or precision: the next argument as an int. */
static int star_arg(PercentArgs *pa, ssize_t *out, bool is_prec)
{
    TyObject *v = next_arg(pa);
    if (!v)
        return -1;
    if (!TY_INT_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "* wants int");
        return -1;
    }
    int64_t x;
    if (tyInt_asI64(v, &x) < 0 || (is_prec && (x > INT32_MAX || x < INT32_MIN))) {
        tyErr_clear();
        tyArg_tooLarge(is_prec ? "int" : "ssize_t");
        return -1;
    }
    *out = (ssize_t)x;
    return 0;
}

/* One %-directive starting after the '%' at s[*pos]. */
static int percent_directive(TyStrBuilder *b, PercentArgs *pa, const char *s, ssize_t n,
                             ssize_t *pos)
{
    ssize_t i = *pos;
    TyObject *keyed = NULL;
    int rc = -1;
    if (i < n && s[i] == '(') {
        if (!pa->dict) {
            tyErr_setString(&TyExc_TypeError, "format requires a mapping");
            return -1;
        }
        ssize_t start = ++i;
        int depth = 1;
        while (i < n) {
            if (s[i] == ')' && --depth == 0)
                break;
            if (s[i] == '(')
                depth++;
            i++;
        }
        if (i >= n) {
            tyErr_setString(&TyExc_ValueError, "incomplete format key");
            return -1;
        }
        TyObject *key = pa->bytes ? tyBytes_fromData(s + start, i - start)
                                  : tyStr_fromUtf8(s + start, i - start);
        if (!key)
            return -1;
        keyed = tyObj_getItem(pa->dict, key);
        TY_DECREF(key);
        if (!keyed)
            return -1;
        i++;
        /* After a key, values come from the mapping only. */
        pa->n = 0;
        pa->used_single = true;
    }
    int flags = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '-')
            flags |= F_LJUST;
        else if (c == '+')
            flags |= F_SIGN;
        else if (c == ' ')
            flags |= F_BLANK;
        else if (c == '#')
            flags |= F_ALT;
        else if (c == '0')
            flags |= F_ZERO;
        else if (c == 'z' && pa->bytes)
            flags |= F_NONEG;
        else
            break;
    }
    ssize_t width = -1, prec = -1;
    if (i < n && s[i] == '*') {
        if (star_arg(pa, &width, false) < 0)
            goto done;
        if (width < 0) {
            flags |= F_LJUST;
            width = -width;
        }
        i++;
    } else if (i < n && s[i] >= '0' && s[i] <= '9') {
        if (parse_int(s, &i, n, &width) < 0) {
            tyErr_clear();
            tyErr_setString(&TyExc_ValueError, "width too big");
            goto done;
        }
    }
    if (i < n && s[i] == '.') {
        i++;
        prec = 0;
        if (i < n && s[i] == '*') {
            if (star_arg(pa, &prec, true) < 0)
                goto done;
            if (prec < 0)
                prec = 0;
            i++;
        } else if (i < n && s[i] >= '0' && s[i] <= '9') {
            if (parse_int(s, &i, n, &prec) < 0 || prec > INT32_MAX) {
                tyErr_clear();
                tyErr_setString(&TyExc_ValueError, "precision too big");
                goto done;
            }
        }
    }
    while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
        i++;
    if (i >= n) {
        tyErr_setString(&TyExc_ValueError, "incomplete format");
        goto done;
    }
    uint32_t type;
    /* The byte offset of the type character; the error message counts
    ** code points, so str formats convert it only there. */
    ssize_t type_at = i;
    if (pa->bytes) {
        type = (unsigned char)s[i++];
    } else {
        const char *p = s + i;
        type = ty_utf8Decode(&p);
        i = p - s;
    }
    TyObject *v = keyed ? keyed : next_arg(pa);
    if (!v)
        goto done;
    if (pa->bytes && (type == 's' || type == 'b')) {
        TyObject *t = percent_bytes_arg(v);
        if (!t)
            goto done;
        ssize_t len = tyBytes_likeLen(t);
        if (prec >= 0 && prec < len)
            len = prec;
        rc = percent_pad(b, tyBytes_likeData(t), len, len, flags, width);
        TY_DECREF(t);
        goto done;
    }
    if (pa->bytes && type == 'c') {
        rc = percent_byte_char(b, v, flags, width);
        goto done;
    }
    switch (type) {
    case 's':
    case 'r':
    case 'a': {
        TyObject *t = type == 's' ? tyObj_str(v)
                      : type == 'r' && !pa->bytes ? tyObj_repr(v) : tyStr_ascii(v);
        if (!t)
            goto done;
        ssize_t len = TY_STR_LEN(t);
        if (prec >= 0 && prec < len)
            len = prec;
        rc = percent_pad(b, TY_STR_UTF8(t), tyStr_byteOffset(t, len), len, flags, width);
        TY_DECREF(t);
        break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        rc = percent_int(b, v, (char)type, flags, width, prec);
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        rc = percent_float(b, v, (char)type, flags, width, prec);
        break;
    case 'c':
        rc = percent_char(b, v, flags, width);
        break;
    default:
        tyErr_format(&TyExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                     type >= 32 && type <= 126 ? (int)type : '?', (unsigned)type,
                     pa->bytes ? type_at : ty_utf8Length(s, type_at));
        break;
    }
done:
    TY_XDECREF(keyed);
    *pos = i;
    return rc;
}

/* Expand the format s[0..n) with args into b (str or bytes rules). */
static int percent_run(TyStrBuilder *b, const char *s, ssize_t n, TyObject *args, bool bytes)
{
    PercentArgs pa = { args, NULL, -1, 0, false, NULL, bytes };
    if (TY_TUPLE_CHECK(args)) {
        pa.items = TY_TUPLE_ITEMS(args);
        pa.n = TY_TUPLE_LEN(args);
    } else if (TY_TYPE(args)->subscript && !TY_STR_CHECK(args) &&
               !(bytes && TY_BYTES_CHECK(args))) {
        pa.dict = args;
    }
    ssize_t i = 0;
    while (i < n) {
        const char *pct = memchr(s + i, '%', (size_t)(n - i));
        ssize_t lit_end = pct ? pct - s : n;
        if (tyBuf_append(b, s + i, (size_t)(lit_end - i)) < 0)
            return -1;
        if (!pct)
            break;
        i = lit_end + 1;
        if (i < n && s[i] == '%') {
            i++;
            if (tyBuf_appendChar(b, '%') < 0)
                return -1;
            continue;
        }
        if (percent_directive(b, &pa, s, n, &i) < 0)
            return -1;
    }
    if (!pa.dict && ((pa.n >= 0 && pa.next < pa.n) || (pa.n < 0 && !pa.used_single))) {
        tyErr_format(&TyExc_TypeError, "not all arguments converted during %s formatting",
                     bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

TyObject *tyFormat_percent(TyObject *fmt, TyObject *args)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    if (percent_run(&b, TY_STR_UTF8(fmt), TY_STR_NBYTES(fmt), args, false) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyFormat_bytesPercent(TyObject *fmt, TyObject *args)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    TyObject *r = NULL;
    if (percent_run(&b, tyBytes_likeData(fmt), tyBytes_likeLen(fmt), args, true) == 0)
        r = TY_BYTEARRAY_CHECK(fmt) ? tyByteArray_fromData(b.data, (ssize_t)b.len)
                                    : tyBytes_fromData(b.data, (ssize_t)b.len);
    tyBuf_free(&b);
    return r;
}
