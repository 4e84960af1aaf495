/*
** str_methods.c — the methods of str (CPython 3.11's whole set).
**
** Strings are UTF-8, so the methods work on byte offsets and decode code
** points only where characters matter; ASCII strings (the common case)
** take byte-at-a-time fast paths.  Argument errors use CPython's wording,
** which comes in three styles depending on how CPython declares each
** method (see method_args, legacy_args and the tyArg_unpack users).
*/
#define _GNU_SOURCE /* memmem, memrchr */
#include <string.h>
#include "tally.h"
#include "format.h"
#include "unicode.h"

#define STR(o) ((TyStr *)(o))

/* ---- argument helpers -------------------------------------------------- */

/*
** Argument checks of methods CPython declares METH_FASTCALL:
** "str.center() takes no keyword arguments", "center expected at least 1
** argument, got 0", "str.join() takes exactly one argument (0 given)",
** "insert expected 2 arguments, got 1".  0, or -1 with TypeError.
*/
int tyStr_methodArgs(const char *type, const char *name, size_t nargs, TyObject *kwnames,
                     size_t min, size_t max)
{
    /* The qualified name is only wanted for a message: most calls are right. */
    if ((!kwnames || TY_TUPLE_LEN(kwnames) == 0) && nargs >= min && nargs <= max)
        return 0;
    char qual[48];
    snprintf(qual, sizeof qual, "%s.%s", type, name);
    if (tyArg_noKeywords(qual, kwnames) < 0)
        return -1;
    if (min == max && min > 1 && nargs != min) {
        tyErr_format(&TyExc_TypeError, "%s expected %zu arguments, got %zu", name, min, nargs);
        return -1;
    }
    return tyArg_checkPositional(min == max ? qual : name, nargs, min, max);
}

static int method_args(const char *name, size_t nargs, TyObject *kwnames, size_t min,
                       size_t max)
{
    return tyStr_methodArgs("str", name, nargs, kwnames, min, max);
}

/*
** Argument checks of methods CPython parses with PyArg_ParseTuple:
** "count() takes at least 1 argument (0 given)", "count() takes no
** keyword arguments".  0, or -1 with TypeError.
*/
int tyStr_legacyArgs(const char *name, size_t nargs, TyObject *kwnames, size_t min,
                     size_t max)
{
    if (kwnames && TY_TUPLE_LEN(kwnames) > 0) {
        tyErr_format(&TyExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min || nargs > max) {
        bool few = nargs < min;
        size_t lim = few ? min : max;
        tyErr_format(&TyExc_TypeError, "%s() takes at %s %zu argument%s (%zu given)", name,
                     few ? "least" : "most", lim, lim == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* A slice bound argument (NULL or None leaves *out alone; ints beyond
** ssize_t clamp), as CPython's _PyEval_SliceIndex.  0 or -1. */
int tyStr_boundArg(TyObject *o, ssize_t *out)
{
    if (!o || o == TY_NONE)
        return 0;
    if (!TY_INT_CHECK(o) && !TY_TYPE(o)->nb_index) {
        tyErr_setString(&TyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v;
    if (tyInt_asI64(i, &v) < 0) {
        tyErr_clear();
        v = tyInt_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    TY_DECREF(i);
    *out = (ssize_t)v;
    return 0;
}

/* CPython's ADJUST_INDICES for find-like methods: negative bounds count
** from the end; end is clamped to len, start is not. */
void tyStr_adjustIndices(ssize_t *start, ssize_t *end, ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* Byte offsets of code points start and end (0 <= start <= end <= len). */
static void cp_range(TyStr *u, ssize_t start, ssize_t end, ssize_t *b0, ssize_t *b1)
{
    if (u->ascii) {
        *b0 = start;
        *b1 = end;
        return;
    }
    *b0 = tyStr_byteOffset((TyObject *)u, start);
    const char *p = u->data + *b0, *stop = u->data + u->nbytes;
    for (ssize_t k = start; k < end && p < stop; k++)
        ty_utf8Decode(&p);
    *b1 = p - u->data;
}

/* Code-point index of byte offset off. */
static ssize_t cp_index(TyStr *u, ssize_t off)
{
    return u->ascii ? off : ty_utf8Length(u->data, off);
}

/* Offset of the code point before byte offset off. */
static ssize_t prev_start(const char *s, ssize_t off)
{
    do
        off--;
    while (off > 0 && ((unsigned char)s[off] & 0xC0) == 0x80);
    return off;
}

static TyObject *empty(void)
{
    return tyStr_fromAscii("", 0);
}


static void list_reverse(TyObject *list)
{
    TyObject **items = TY_LIST_ITEMS(list);
    for (ssize_t i = 0, j = TY_LIST_LEN(list) - 1; i < j; i++, j--) {
        TyObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

/* Whitespace as str.isspace() sees it, by byte for ASCII. */
static const uint8_t ascii_space[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1, [' '] = 1,
};

/* Is the character at s[off] whitespace?  *next gets the following offset. */
static inline bool space_at(const char *s, ssize_t off, ssize_t *next)
{
    unsigned char c = (unsigned char)s[off];
    if (c < 0x80) {
        *next = off + 1;
        return ascii_space[c];
    }
    const char *p = s + off;
    uint32_t cp = ty_utf8Decode(&p);
    *next = p - s;
    return tyUni_isSpace(cp);
}

/* ---- case mapping ------------------------------------------------------ */

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/*
** U+03A3 lowers to final sigma when the nearest non-case-ignorable
** character before it is cased and the nearest one after it is not
** (Unicode's Final_Sigma condition, as CPython applies it).
*/
static bool final_sigma(const char *s, ssize_t nbytes, ssize_t at, ssize_t after)
{
    ssize_t off = at;
    uint32_t c = 0;
    bool found = false;
    while (off > 0) {
        off = prev_start(s, off);
        const char *p = s + off;
        c = ty_utf8Decode(&p);
        if (!tyUni_isCaseIgnorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !tyUni_isCased(c))
        return false;
    const char *p = s + after, *end = s + nbytes;
    while (p < end) {
        c = ty_utf8Decode(&p);
        if (!tyUni_isCaseIgnorable(c))
            return !tyUni_isCased(c);
    }
    return true;
}

static int lower_full(const char *s, ssize_t nbytes, ssize_t at, ssize_t after, uint32_t c,
                      uint32_t out[3])
{
    if (c == 0x3A3) {
        out[0] = final_sigma(s, nbytes, at, after) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return tyUni_toLower(c, out);
}

static TyObject *case_ascii(TyStr *u, int mode)
{
    TyObject *r = tyStr_alloc(u->nbytes);
    if (!r)
        return NULL;
    const unsigned char *s = (const unsigned char *)u->data;
    char *d = TY_STR_UTF8(r);
    /* The two common modes get loops of their own, free of the switch. */
    if (mode == CASE_UPPER || mode == CASE_LOWER) {
        unsigned char lo = mode == CASE_UPPER ? 'a' : 'A';
        int delta = mode == CASE_UPPER ? -32 : 32;
        for (ssize_t i = 0; i < u->nbytes; i++) {
            unsigned char c = s[i];
            d[i] = (char)((unsigned char)(c - lo) < 26 ? c + delta : c);
        }
        return tyStr_finish(r);
    }
    bool prev_cased = false;
    for (ssize_t i = 0; i < u->nbytes; i++) {
        unsigned char c = s[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (mode) {
        case CASE_UPPER:
            to_upper = true;
            break;
        case CASE_SWAP:
            to_upper = low;
            break;
        case CASE_TITLE:
            to_upper = !prev_cased;
            prev_cased = up || low;
            break;
        case CASE_CAPITALIZE:
            to_upper = i == 0;
            break;
        default:
            to_upper = false;
            break;
        }
        if (to_upper && low)
            c = (unsigned char)(c - 32);
        else if (!to_upper && up)
            c = (unsigned char)(c + 32);
        d[i] = (char)c;
    }
    return tyStr_finish(r);
}

static TyObject *case_convert(TyObject *self, int mode)
{
    TyStr *u = STR(self);
    if (u->ascii)
        return case_ascii(u, mode);
    TyStrBuilder b;
    tyBuf_init(&b);
    const char *s = u->data, *p = s, *end = s + u->nbytes;
    bool prev_cased = false;
    while (p < end) {
        ssize_t at = p - s;
        uint32_t c = ty_utf8Decode(&p);
        ssize_t after = p - s;
        uint32_t out[3];
        int n;
        switch (mode) {
        case CASE_LOWER:
            n = lower_full(s, u->nbytes, at, after, c, out);
            break;
        case CASE_UPPER:
            n = tyUni_toUpper(c, out);
            break;
        case CASE_FOLD:
            n = tyUni_toFolded(c, out);
            break;
        case CASE_SWAP:
            if (tyUni_isUpper(c))
                n = lower_full(s, u->nbytes, at, after, c, out);
            else if (tyUni_isLower(c))
                n = tyUni_toUpper(c, out);
            else {
                out[0] = c;
                n = 1;
            }
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_full(s, u->nbytes, at, after, c, out) : tyUni_toTitle(c, out);
            prev_cased = tyUni_isCased(c);
            break;
        default:
            n = at == 0 ? tyUni_toTitle(c, out) : lower_full(s, u->nbytes, at, after, c, out);
            break;
        }
        for (int k = 0; k < n; k++) {
            if (tyBuf_appendCodepoint(&b, out[k]) < 0) {
                tyBuf_free(&b);
                return NULL;
            }
        }
    }
    return tyBuf_finish(&b);
}

#define CASE_METHOD(fn, name, mode)                                                  \
    static TyObject *fn(TyObject *self, TyObject *const *args, size_t nargs,         \
                        TyObject *kwnames)                                           \
    {                                                                                \
        if (method_args(name, nargs, kwnames, 0, 0) < 0)                             \
            return NULL;                                                             \
        return case_convert(self, mode);                                             \
    }

CASE_METHOD(str_lower, "lower", CASE_LOWER)
CASE_METHOD(str_upper, "upper", CASE_UPPER)
CASE_METHOD(str_casefold, "casefold", CASE_FOLD)
CASE_METHOD(str_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_title, "title", CASE_TITLE)
CASE_METHOD(str_capitalize, "capitalize", CASE_CAPITALIZE)

/* ---- predicates -------------------------------------------------------- */

/* Does every character satisfy pred?  Empty strings give `if_empty`. */
static TyObject *all_chars(TyObject *self, bool (*pred)(uint32_t), bool if_empty)
{
    TyStr *u = STR(self);
    if (u->length == 0)
        return tyBool_from(if_empty);
    const char *p = u->data, *end = p + u->nbytes;
    while (p < end)
        if (!pred(ty_utf8Decode(&p)))
            return tyBool_from(false);
    return tyBool_from(true);
}

static bool is_alnum(uint32_t c)
{
    return tyUni_isAlpha(c) || tyUni_isDecimal(c) || tyUni_isDigit(c) || tyUni_isNumeric(c);
}

#define PRED_METHOD(fn, name, pred, if_empty)                                        \
    static TyObject *fn(TyObject *self, TyObject *const *args, size_t nargs,         \
                        TyObject *kwnames)                                           \
    {                                                                                \
        if (method_args(name, nargs, kwnames, 0, 0) < 0)                             \
            return NULL;                                                             \
        return all_chars(self, pred, if_empty);                                      \
    }

PRED_METHOD(str_isalnum, "isalnum", is_alnum, false)
PRED_METHOD(str_isalpha, "isalpha", tyUni_isAlpha, false)
PRED_METHOD(str_isdecimal, "isdecimal", tyUni_isDecimal, false)
PRED_METHOD(str_isdigit, "isdigit", tyUni_isDigit, false)
PRED_METHOD(str_isnumeric, "isnumeric", tyUni_isNumeric, false)
PRED_METHOD(str_isspace, "isspace", tyUni_isSpace, false)
PRED_METHOD(str_isprintable, "isprintable", tyUni_isPrintable, true)

static TyObject *str_isascii(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (method_args("isascii", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyBool_from(TY_STR_IS_ASCII(self));
}

static TyObject *str_islower(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (method_args("islower", nargs, kwnames, 0, 0) < 0)
        return NULL;
    TyStr *u = STR(self);
    const char *p = u->data, *end = p + u->nbytes;
    bool cased = false;
    while (p < end) {
        uint32_t c = ty_utf8Decode(&p);
        if (tyUni_isUpper(c) || tyUni_isTitle(c))
            return tyBool_from(false);
        if (tyUni_isLower(c))
            cased = true;
    }
    return tyBool_from(cased);
}

static TyObject *str_isupper(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (method_args("isupper", nargs, kwnames, 0, 0) < 0)
        return NULL;
    TyStr *u = STR(self);
    const char *p = u->data, *end = p + u->nbytes;
    bool cased = false;
    while (p < end) {
        uint32_t c = ty_utf8Decode(&p);
        if (tyUni_isLower(c) || tyUni_isTitle(c))
            return tyBool_from(false);
        if (tyUni_isUpper(c))
            cased = true;
    }
    return tyBool_from(cased);
}

static TyObject *str_istitle(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (method_args("istitle", nargs, kwnames, 0, 0) < 0)
        return NULL;
    TyStr *u = STR(self);
    const char *p = u->data, *end = p + u->nbytes;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c = ty_utf8Decode(&p);
        if (tyUni_isUpper(c) || tyUni_isTitle(c)) {
            if (prev_cased)
                return tyBool_from(false);
            prev_cased = cased = true;
        } else if (tyUni_isLower(c)) {
            if (!prev_cased)
                return tyBool_from(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return tyBool_from(cased);
}

/*
** Is the text a Python identifier (XID_Start or '_' first, then
** XID_Continue)?  For the lexer and str.isidentifier().
*/
bool tyStr_isIdentifier(TyObject *s)
{
    TyStr *u = STR(s);
    if (u->length == 0)
        return false;
    const char *p = u->data, *end = p + u->nbytes;
    if (!tyUni_isXidStart(ty_utf8Decode(&p)))
        return false;
    while (p < end)
        if (!tyUni_isXidContinue(ty_utf8Decode(&p)))
            return false;
    return true;
}

static TyObject *str_isidentifier(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (method_args("isidentifier", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyBool_from(tyStr_isIdentifier(self));
}

/* ---- padding ----------------------------------------------------------- */

/* The fill character argument of center/ljust/rjust: a code point. */
static int fill_arg(TyObject *o, uint32_t *fill)
{
    if (!o) {
        *fill = ' ';
        return 0;
    }
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "The fill character must be a unicode character, not %T",
                     o);
        return -1;
    }
    if (TY_STR_LEN(o) != 1) {
        tyErr_setString(&TyExc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = tyStr_codepointAt(o, 0);
    return 0;
}

/* self with `left` and `right` fill characters around it. */
static TyObject *pad(TyObject *self, ssize_t left, ssize_t right, uint32_t fill)
{
    TyStr *u = STR(self);
    if (left <= 0 && right <= 0 && TY_STR_CHECK_EXACT(self))
        return TY_NEWREF(self);
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    char enc[4];
    int w = ty_utf8Encode(fill, enc);
    if (left + right > (PTRDIFF_MAX / 2 - u->nbytes) / w)
        return tyErr_noMemory();
    TyObject *r = tyStr_alloc(u->nbytes + (left + right) * w);
    if (!r)
        return NULL;
    char *d = TY_STR_UTF8(r);
    for (ssize_t i = 0; i < left; i++, d += w)
        memcpy(d, enc, (size_t)w);
    memcpy(d, u->data, (size_t)u->nbytes);
    d += u->nbytes;
    for (ssize_t i = 0; i < right; i++, d += w)
        memcpy(d, enc, (size_t)w);
    return tyStr_finish(r);
}

static int width_fill_args(const char *name, TyObject *const *args, size_t nargs,
                           TyObject *kwnames, ssize_t *width, uint32_t *fill)
{
    if (method_args(name, nargs, kwnames, 1, 2) < 0 || tyArg_ssize(args[0], width) < 0)
        return -1;
    return fill_arg(nargs > 1 ? args[1] : NULL, fill);
}

static TyObject *str_center(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    ssize_t width;
    uint32_t fill;
    if (width_fill_args("center", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    ssize_t marg = width - TY_STR_LEN(self);
    if (marg <= 0)
        return pad(self, 0, 0, fill);
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static TyObject *str_ljust(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    ssize_t width;
    uint32_t fill;
    if (width_fill_args("ljust", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - TY_STR_LEN(self), fill);
}

static TyObject *str_rjust(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    ssize_t width;
    uint32_t fill;
    if (width_fill_args("rjust", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    return pad(self, width - TY_STR_LEN(self), 0, fill);
}

static TyObject *str_zfill(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    ssize_t width;
    if (method_args("zfill", nargs, kwnames, 1, 1) < 0 || tyArg_ssize(args[0], &width) < 0)
        return NULL;
    ssize_t fill = width - TY_STR_LEN(self);
    if (fill <= 0)
        return pad(self, 0, 0, '0');
    TyObject *r = pad(self, fill, 0, '0');
    if (!r)
        return NULL;
    /* A leading sign moves to the front of the zeros. */
    char *d = TY_STR_UTF8(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static TyObject *str_expandtabs(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    static const char *const names[] = { "tabsize", NULL };
    TyObject *a[1];
    if (tyArg_unpack("expandtabs", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    int tabsize = 8;
    if (a[0] && tyArg_int(a[0], &tabsize) < 0)
        return NULL;
    TyStr *u = STR(self);
    if (!memchr(u->data, '\t', (size_t)u->nbytes))
        return tyStr_sliceBytes(self, 0, u->nbytes);
    TyStrBuilder b;
    tyBuf_init(&b);
    ssize_t col = 0;
    const char *p = u->data, *end = p + u->nbytes;
    while (p < end) {
        const char *start = p;
        uint32_t c = ty_utf8Decode(&p);
        int rc = 0;
        if (c == '\t') {
            if (tabsize > 0) {
                ssize_t n = tabsize - col % tabsize;
                col += n;
                while (n-- > 0 && rc == 0)
                    rc = tyBuf_appendChar(&b, ' ');
            }
        } else {
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
            rc = tyBuf_append(&b, start, (size_t)(p - start));
        }
        if (rc < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    }
    return tyBuf_finish(&b);
}

/* ---- searching --------------------------------------------------------- */

/* Last byte offset of needle in hay, or -1 (an empty needle: hn). */
ssize_t tyStr_rfindBytes(const char *hay, ssize_t hn, const char *needle, ssize_t nn)
{
    if (nn == 0)
        return hn;
    if (nn > hn)
        return -1;
    if (nn == 1) {
        const char *r = memrchr(hay, needle[0], (size_t)hn);
        return r ? r - hay : -1;
    }
    for (ssize_t i = hn - nn; i >= 0; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)nn) == 0)
            return i;
    return -1;
}

/* Non-overlapping occurrences of a non-empty needle in hay, up to max. */
ssize_t tyStr_countBytes(const char *hay, ssize_t hn, const char *needle, ssize_t nn,
                           ssize_t max)
{
    ssize_t n = 0, off = 0;
    while (n < max) {
        ssize_t r = tyStr_findBytes(hay + off, hn - off, needle, nn);
        if (r < 0)
            break;
        n++;
        off += r + nn;
    }
    return n;
}

/* Parses (sub[, start[, end]]) and resolves the range to byte offsets.
** Returns 1 when the range can hold sub, 0 when it cannot (the caller
** answers "not found"), -1 on error. */
static int search_args(const char *name, TyObject *self, TyObject *const *args, size_t nargs,
                       TyObject *kwnames, TyObject **sub, ssize_t *b0, ssize_t *b1)
{
    if (tyStr_legacyArgs(name, nargs, kwnames, 1, 3) < 0)
        return -1;
    *sub = args[0];
    if (!TY_STR_CHECK(*sub)) {
        tyErr_format(&TyExc_TypeError, "must be str, not %T", *sub);
        return -1;
    }
    ssize_t len = TY_STR_LEN(self), start = 0, end = PTRDIFF_MAX;
    if (tyStr_boundArg(nargs > 1 ? args[1] : NULL, &start) < 0 ||
        tyStr_boundArg(nargs > 2 ? args[2] : NULL, &end) < 0)
        return -1;
    tyStr_adjustIndices(&start, &end, len);
    if (end - start < TY_STR_LEN(*sub))
        return 0;
    cp_range(STR(self), start, end, b0, b1);
    return 1;
}

/* find/rfind/index/rindex: code-point index of sub, or -1 (-2 on error). */
static ssize_t find_impl(const char *name, TyObject *self, TyObject *const *args, size_t nargs,
                         TyObject *kwnames, bool reverse)
{
    TyObject *sub;
    ssize_t b0, b1;
    int ok = search_args(name, self, args, nargs, kwnames, &sub, &b0, &b1);
    if (ok <= 0)
        return ok - 1;
    TyStr *u = STR(self);
    ssize_t r = reverse ? tyStr_rfindBytes(u->data + b0, b1 - b0, TY_STR_UTF8(sub), TY_STR_NBYTES(sub))
                        : tyStr_findBytes(u->data + b0, b1 - b0, TY_STR_UTF8(sub),
                                          TY_STR_NBYTES(sub));
    return r < 0 ? -1 : cp_index(u, b0 + r);
}

static TyObject *str_find(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t r = find_impl("find", self, args, nargs, kwnames, false);
    return r == -2 ? NULL : tyInt_fromI64(r);
}

static TyObject *str_rfind(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    ssize_t r = find_impl("rfind", self, args, nargs, kwnames, true);
    return r == -2 ? NULL : tyInt_fromI64(r);
}

static TyObject *index_result(ssize_t r)
{
    if (r == -2)
        return NULL;
    if (r == -1)
        return tyErr_setString(&TyExc_ValueError, "substring not found");
    return tyInt_fromI64(r);
}

static TyObject *str_index(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return index_result(find_impl("index", self, args, nargs, kwnames, false));
}

static TyObject *str_rindex(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return index_result(find_impl("rindex", self, args, nargs, kwnames, true));
}

static TyObject *str_count(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    TyObject *sub;
    ssize_t b0, b1;
    int ok = search_args("count", self, args, nargs, kwnames, &sub, &b0, &b1);
    if (ok < 0)
        return NULL;
    if (ok == 0)
        return tyInt_fromI64(0);
    if (TY_STR_NBYTES(sub) == 0)
        return tyInt_fromI64(ty_utf8Length(STR(self)->data + b0, b1 - b0) + 1);
    return tyInt_fromI64(tyStr_countBytes(STR(self)->data + b0, b1 - b0, TY_STR_UTF8(sub),
                                     TY_STR_NBYTES(sub), PTRDIFF_MAX));
}

/* Does self[start:end] start (or end) with the str sub? */
static bool tail_match(TyStr *u, TyObject *sub, ssize_t start, ssize_t end, bool at_end)
{
    tyStr_adjustIndices(&start, &end, u->length);
    ssize_t sublen = TY_STR_LEN(sub);
    if (end - start < sublen)
        return false;
    if (sublen == 0)
        return true;
    ssize_t b0, b1;
    cp_range(u, start, end, &b0, &b1);
    ssize_t sn = TY_STR_NBYTES(sub);
    if (b1 - b0 < sn)
        return false;
    const char *at = at_end ? u->data + b1 - sn : u->data + b0;
    return memcmp(at, TY_STR_UTF8(sub), (size_t)sn) == 0;
}

static TyObject *startend_impl(const char *name, TyObject *self, TyObject *const *args,
                               size_t nargs, TyObject *kwnames, bool at_end)
{
    if (tyStr_legacyArgs(name, nargs, kwnames, 1, 3) < 0)
        return NULL;
    ssize_t start = 0, end = PTRDIFF_MAX;
    if (tyStr_boundArg(nargs > 1 ? args[1] : NULL, &start) < 0 ||
        tyStr_boundArg(nargs > 2 ? args[2] : NULL, &end) < 0)
        return NULL;
    TyObject *x = args[0];
    if (TY_TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < TY_TUPLE_LEN(x); i++) {
            TyObject *sub = TY_TUPLE_GET(x, i);
            if (!TY_STR_CHECK(sub))
                return tyErr_format(&TyExc_TypeError,
                                    "tuple for %s must only contain str, not %T", name, sub);
            if (tail_match(STR(self), sub, start, end, at_end))
                return tyBool_from(true);
        }
        return tyBool_from(false);
    }
    if (!TY_STR_CHECK(x))
        return tyErr_format(&TyExc_TypeError,
                            "%s first arg must be str or a tuple of str, not %T", name, x);
    return tyBool_from(tail_match(STR(self), x, start, end, at_end));
}

static TyObject *str_startswith(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    return startend_impl("startswith", self, args, nargs, kwnames, false);
}

static TyObject *str_endswith(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    return startend_impl("endswith", self, args, nargs, kwnames, true);
}

/* ---- splitting --------------------------------------------------------- */

/* The sep and maxsplit arguments of split/rsplit. */
static int split_args(const char *name, TyObject *const *args, size_t nargs, TyObject *kwnames,
                      TyObject **sep, ssize_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    TyObject *a[2] = { nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : NULL };
    /* The common positional call skips the general unpacking. */
    if ((kwnames || nargs > 2) && tyArg_unpack(name, args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    *sep = a[0] == TY_NONE ? NULL : a[0];
    *maxsplit = -1;
    if (a[1] && tyArg_ssize(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = PTRDIFF_MAX;
    if (*sep) {
        if (!TY_STR_CHECK(*sep)) {
            tyErr_format(&TyExc_TypeError, "must be str or None, not %T", *sep);
            return -1;
        }
        if (TY_STR_NBYTES(*sep) == 0) {
            tyErr_setString(&TyExc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static TyObject *split_whitespace(TyObject *self, ssize_t maxsplit)
{
    TyStr *u = STR(self);
    const char *s = u->data;
    ssize_t len = u->nbytes, i = 0, next;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    while (maxsplit-- > 0) {
        while (i < len && space_at(s, i, &next))
            i = next;
        if (i == len)
            goto done;
        ssize_t j = i;
        while (i < len && !space_at(s, i, &next))
            i = next;
        if (tyList_appendSteal(list, tyStr_sliceBytes(self, j, i)) < 0)
            goto fail;
    }
    while (i < len && space_at(s, i, &next))
        i = next;
    if (i < len && tyList_appendSteal(list, tyStr_sliceBytes(self, i, len)) < 0)
        goto fail;
done:
    return list;
fail:
    TY_DECREF(list);
    return NULL;
}

/* Is the character ending just before byte offset `end` whitespace?
** *start gets its offset. */
static bool space_before(const char *s, ssize_t end, ssize_t *start)
{
    ssize_t off = prev_start(s, end), next;
    *start = off;
    return space_at(s, off, &next);
}

static TyObject *rsplit_whitespace(TyObject *self, ssize_t maxsplit)
{
    TyStr *u = STR(self);
    const char *s = u->data;
    ssize_t i = u->nbytes, prev;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    while (maxsplit-- > 0) {
        while (i > 0 && space_before(s, i, &prev))
            i = prev;
        if (i == 0)
            goto done;
        ssize_t j = i;
        while (i > 0 && !space_before(s, i, &prev))
            i = prev;
        if (tyList_appendSteal(list, tyStr_sliceBytes(self, i, j)) < 0)
            goto fail;
    }
    while (i > 0 && space_before(s, i, &prev))
        i = prev;
    if (i > 0 && tyList_appendSteal(list, tyStr_sliceBytes(self, 0, i)) < 0)
        goto fail;
done:
    list_reverse(list);
    return list;
fail:
    TY_DECREF(list);
    return NULL;
}

/*
** str.split(sep, maxsplit) with sep a non-empty str or NULL (whitespace),
** maxsplit < 0 meaning no limit.  New list.
*/
TyObject *tyStr_split(TyObject *self, TyObject *sep, ssize_t maxsplit)
{
    if (maxsplit < 0)
        maxsplit = PTRDIFF_MAX;
    if (!sep)
        return split_whitespace(self, maxsplit);
    TyStr *u = STR(self);
    const char *s = u->data, *sp = TY_STR_UTF8(sep);
    ssize_t len = u->nbytes, sn = TY_STR_NBYTES(sep), i = 0;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    while (maxsplit-- > 0) {
        ssize_t r = tyStr_findBytes(s + i, len - i, sp, sn);
        if (r < 0)
            break;
        if (tyList_appendSteal(list, tyStr_sliceBytes(self, i, i + r)) < 0)
            goto fail;
        i += r + sn;
    }
    if (tyList_appendSteal(list, tyStr_sliceBytes(self, i, len)) < 0)
        goto fail;
    return list;
fail:
    TY_DECREF(list);
    return NULL;
}

static TyObject *str_split(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    TyObject *sep;
    ssize_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    return tyStr_split(self, sep, maxsplit);
}

static TyObject *str_rsplit(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    TyObject *sep;
    ssize_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    if (!sep)
        return rsplit_whitespace(self, maxsplit);
    TyStr *u = STR(self);
    const char *s = u->data, *sp = TY_STR_UTF8(sep);
    ssize_t sn = TY_STR_NBYTES(sep), j = u->nbytes;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    while (maxsplit-- > 0) {
        ssize_t r = tyStr_rfindBytes(s, j, sp, sn);
        if (r < 0)
            break;
        if (tyList_appendSteal(list, tyStr_sliceBytes(self, r + sn, j)) < 0)
            goto fail;
        j = r;
    }
    if (tyList_appendSteal(list, tyStr_sliceBytes(self, 0, j)) < 0)
        goto fail;
    list_reverse(list);
    return list;
fail:
    TY_DECREF(list);
    return NULL;
}

/* Length in bytes of the line break at s[i] (0 if none): \n \r \r\n \v \f
** \x1c \x1d \x1e U+0085 U+2028 U+2029. */
static int line_break(const unsigned char *s, ssize_t i, ssize_t len)
{
    unsigned char c = s[i];
    switch (c) {
    case '\n':
    case '\v':
    case '\f':
    case 0x1C:
    case 0x1D:
    case 0x1E:
        return 1;
    case '\r':
        return i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
    case 0xC2:
        return i + 1 < len && s[i + 1] == 0x85 ? 2 : 0;
    case 0xE2:
        return i + 2 < len && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9) ? 3 : 0;
    default:
        return 0;
    }
}

static TyObject *str_splitlines(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    static const char *const names[] = { "keepends", NULL };
    TyObject *a[1];
    if (tyArg_unpack("splitlines", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    ssize_t keepends = 0;
    if (a[0] && tyArg_ssize(a[0], &keepends) < 0)
        return NULL;
    TyStr *u = STR(self);
    const unsigned char *s = (const unsigned char *)u->data;
    ssize_t len = u->nbytes, i = 0;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    while (i < len) {
        ssize_t j = i;
        int br = 0;
        while (j < len && !(br = line_break(s, j, len)))
            j++;
        ssize_t eol = j + br;
        if (tyList_appendSteal(list, tyStr_sliceBytes(self, i, keepends ? eol : j)) < 0) {
            TY_DECREF(list);
            return NULL;
        }
        i = eol;
    }
    return list;
}

static TyObject *partition_impl(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames, bool reverse)
{
    const char *name = reverse ? "rpartition" : "partition";
    if (method_args(name, nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyObject *sep = args[0];
    if (!TY_STR_CHECK(sep))
        return tyErr_format(&TyExc_TypeError, "must be str, not %T", sep);
    if (TY_STR_NBYTES(sep) == 0)
        return tyErr_setString(&TyExc_ValueError, "empty separator");
    TyStr *u = STR(self);
    ssize_t sn = TY_STR_NBYTES(sep);
    ssize_t r = reverse ? tyStr_rfindBytes(u->data, u->nbytes, TY_STR_UTF8(sep), sn)
                        : tyStr_findBytes(u->data, u->nbytes, TY_STR_UTF8(sep), sn);
    TyObject *parts[3];
    if (r < 0) {
        TyObject *whole = tyStr_sliceBytes(self, 0, u->nbytes);
        if (!whole)
            return NULL;
        parts[reverse ? 2 : 0] = whole;
        parts[1] = empty();
        parts[reverse ? 0 : 2] = empty();
    } else {
        parts[0] = tyStr_sliceBytes(self, 0, r);
        parts[1] = TY_NEWREF(sep);
        parts[2] = tyStr_sliceBytes(self, r + sn, u->nbytes);
        if (!parts[0] || !parts[2]) {
            TY_XDECREF(parts[0]);
            TY_DECREF(parts[1]);
            TY_XDECREF(parts[2]);
            return NULL;
        }
    }
    return tyTuple_fromArraySteal(parts, 3);
}

static TyObject *str_partition(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    return partition_impl(self, args, nargs, kwnames, false);
}

static TyObject *str_rpartition(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    return partition_impl(self, args, nargs, kwnames, true);
}

static TyObject *str_join(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (method_args("join", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return tyStr_join(self, args[0]);
}

/* ---- stripping --------------------------------------------------------- */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

/* Is code point c in the str `chars`? */
static bool in_chars(TyObject *chars, uint32_t c)
{
    if (TY_STR_IS_ASCII(chars))
        return c < 0x80 && memchr(TY_STR_UTF8(chars), (int)c, (size_t)TY_STR_NBYTES(chars));
    const char *p = TY_STR_UTF8(chars), *end = p + TY_STR_NBYTES(chars);
    while (p < end)
        if (ty_utf8Decode(&p) == c)
            return true;
    return false;
}

static bool strip_this(TyObject *chars, const char *s, ssize_t off, ssize_t *next)
{
    if (!chars)
        return space_at(s, off, next);
    const char *p = s + off;
    uint32_t c = ty_utf8Decode(&p);
    *next = p - s;
    return in_chars(chars, c);
}

static TyObject *strip_impl(const char *name, TyObject *self, TyObject *const *args,
                            size_t nargs, TyObject *kwnames, int how)
{
    if (method_args(name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    TyObject *chars = nargs > 0 && args[0] != TY_NONE ? args[0] : NULL;
    if (chars && !TY_STR_CHECK(chars))
        return tyErr_format(&TyExc_TypeError, "%s arg must be None or str", name);
    TyStr *u = STR(self);
    const char *s = u->data;
    ssize_t i = 0, j = u->nbytes, next;
    if (how & STRIP_LEFT)
        while (i < j && strip_this(chars, s, i, &next))
            i = next;
    if (how & STRIP_RIGHT) {
        while (j > i) {
            ssize_t prev = prev_start(s, j);
            if (!strip_this(chars, s, prev, &next))
                break;
            j = prev;
        }
    }
    return tyStr_sliceBytes(self, i, j);
}

static TyObject *str_strip(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return strip_impl("strip", self, args, nargs, kwnames, STRIP_BOTH);
}

static TyObject *str_lstrip(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return strip_impl("lstrip", self, args, nargs, kwnames, STRIP_LEFT);
}

static TyObject *str_rstrip(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return strip_impl("rstrip", self, args, nargs, kwnames, STRIP_RIGHT);
}

static TyObject *affix_impl(const char *name, TyObject *self, TyObject *const *args,
                            size_t nargs, TyObject *kwnames, bool suffix)
{
    if (method_args(name, nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyObject *a = args[0];
    if (!TY_STR_CHECK(a))
        return tyErr_format(&TyExc_TypeError, "%s() argument must be str, not %A", name, a);
    TyStr *u = STR(self);
    ssize_t an = TY_STR_NBYTES(a);
    if (an > 0 && an <= u->nbytes) {
        const char *at = suffix ? u->data + u->nbytes - an : u->data;
        if (memcmp(at, TY_STR_UTF8(a), (size_t)an) == 0)
            return suffix ? tyStr_sliceBytes(self, 0, u->nbytes - an)
                          : tyStr_sliceBytes(self, an, u->nbytes);
    }
    return tyStr_sliceBytes(self, 0, u->nbytes);
}

static TyObject *str_removeprefix(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    return affix_impl("removeprefix", self, args, nargs, kwnames, false);
}

static TyObject *str_removesuffix(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    return affix_impl("removesuffix", self, args, nargs, kwnames, true);
}

/* ---- replace ----------------------------------------------------------- */

/*
** self.replace(old, new, count): count < 0 replaces every occurrence.
** An empty `old` inserts `new` before every character and at the end.
** New reference (self itself when nothing changes).
*/
TyObject *tyStr_replace(TyObject *self, TyObject *old, TyObject *new, ssize_t count)
{
    TyStr *u = STR(self);
    ssize_t on = TY_STR_NBYTES(old), nn = TY_STR_NBYTES(new);
    if (count < 0)
        count = PTRDIFF_MAX;
    ssize_t matches;
    if (on == 0)
        matches = count < u->length + 1 ? count : u->length + 1;
    else
        matches = tyStr_countBytes(u->data, u->nbytes, TY_STR_UTF8(old), on, count);
    if (matches == 0)
        return tyStr_sliceBytes(self, 0, u->nbytes);
    if (nn > on && matches > (PTRDIFF_MAX / 2 - u->nbytes) / (nn - on))
        return tyErr_setString(&TyExc_OverflowError, "replace string is too long");
    TyObject *r = tyStr_alloc(u->nbytes + matches * (nn - on));
    if (!r)
        return NULL;
    char *d = TY_STR_UTF8(r);
    const char *s = u->data, *end = s + u->nbytes, *np = TY_STR_UTF8(new);
    if (on == 0) {
        for (ssize_t k = 0; k < matches; k++) {
            memcpy(d, np, (size_t)nn);
            d += nn;
            if (s < end) {
                const char *c = s;
                ty_utf8Decode(&s);
                memcpy(d, c, (size_t)(s - c));
                d += s - c;
            }
        }
    } else {
        for (ssize_t k = 0; k < matches; k++) {
            ssize_t at = tyStr_findBytes(s, end - s, TY_STR_UTF8(old), on);
            memcpy(d, s, (size_t)at);
            d += at;
            memcpy(d, np, (size_t)nn);
            d += nn;
            s += at + on;
        }
    }
    memcpy(d, s, (size_t)(end - s));
    return tyStr_finish(r);
}

static TyObject *str_replace(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (method_args("replace", nargs, kwnames, 2, 3) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (!TY_STR_CHECK(args[i]))
            return tyErr_format(&TyExc_TypeError, "replace() argument %d must be str, not %A",
                                i + 1, args[i]);
    ssize_t count = -1;
    if (nargs > 2 && tyArg_ssize(args[2], &count) < 0)
        return NULL;
    return tyStr_replace(self, args[0], args[1], count);
}

/* ---- translate and maketrans ------------------------------------------- */

/* Append what table maps c to; 0, or -1 on error. */
static int translate_char(TyStrBuilder *b, TyObject *table, uint32_t c)
{
    TyObject *key = tyInt_fromI64(c);
    if (!key)
        return -1;
    TyObject *v = tyObj_getItem(table, key);
    TY_DECREF(key);
    if (!v) {
        if (!tyErr_exceptionMatches(&TyExc_LookupError))
            return -1;
        tyErr_clear();
        return tyBuf_appendCodepoint(b, c);
    }
    int rc = 0;
    if (v == TY_NONE) {
        rc = 0;
    } else if (TY_INT_CHECK(v)) {
        int64_t x;
        if (tyInt_asI64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            tyErr_clear();
            tyErr_setString(&TyExc_ValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else {
            rc = tyBuf_appendCodepoint(b, (uint32_t)x);
        }
    } else if (TY_STR_CHECK(v)) {
        rc = tyBuf_appendStr(b, v);
    } else {
        tyErr_setString(&TyExc_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    TY_DECREF(v);
    return rc;
}

static TyObject *str_translate(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (method_args("translate", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyStr *u = STR(self);
    TyStrBuilder b;
    tyBuf_init(&b);
    const char *p = u->data, *end = p + u->nbytes;
    while (p < end) {
        if (translate_char(&b, args[0], ty_utf8Decode(&p)) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    }
    return tyBuf_finish(&b);
}

/* Key of a one-argument maketrans dict: an int, or a 1-character str. */
static TyObject *maketrans_key(TyObject *k)
{
    if (TY_INT_CHECK(k))
        return TY_NEWREF(k);
    if (!TY_STR_CHECK(k))
        return tyErr_setString(&TyExc_TypeError, "keys in translate table must be strings or integers");
    if (TY_STR_LEN(k) != 1)
        return tyErr_setString(&TyExc_ValueError, "string keys in translate table must be of length 1");
    return tyInt_fromI64(tyStr_codepointAt(k, 0));
}

static int set_cp(TyObject *d, uint32_t k, TyObject *v)
{
    TyObject *key = tyInt_fromI64(k);
    if (!key)
        return -1;
    int rc = tyDict_setItem(d, key, v);
    TY_DECREF(key);
    return rc;
}

static TyObject *str_maketrans(TyObject *unused, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (method_args("maketrans", nargs, kwnames, 1, 3) < 0)
        return NULL;
    TyObject *d = tyDict_new();
    if (!d)
        return NULL;
    if (nargs == 1) {
        TyObject *x = args[0];
        if (!TY_DICT_CHECK(x)) {
            TY_DECREF(d);
            return tyErr_setString(&TyExc_TypeError,
                                   "if you give only one argument to maketrans it must be a dict");
        }
        ssize_t pos = 0;
        TyObject *k, *v;
        while (tyDict_next(x, &pos, &k, &v)) {
            TyObject *key = maketrans_key(k);
            if (!key || tyDict_setItem(d, key, v) < 0) {
                TY_XDECREF(key);
                TY_DECREF(d);
                return NULL;
            }
            TY_DECREF(key);
        }
        return d;
    }
    for (size_t i = 1; i < nargs; i++) {
        if (!TY_STR_CHECK(args[i])) {
            TY_DECREF(d);
            return tyErr_format(&TyExc_TypeError, "maketrans() argument %zu must be str, not %A",
                                i + 1, args[i]);
        }
    }
    if (!TY_STR_CHECK(args[0])) {
        TY_DECREF(d);
        return tyErr_setString(&TyExc_TypeError,
                               "first maketrans argument must be a string if there is a second argument");
    }
    if (TY_STR_LEN(args[0]) != TY_STR_LEN(args[1])) {
        TY_DECREF(d);
        return tyErr_setString(&TyExc_ValueError,
                               "the first two maketrans arguments must have equal length");
    }
    const char *p = TY_STR_UTF8(args[0]), *q = TY_STR_UTF8(args[1]);
    const char *pend = p + TY_STR_NBYTES(args[0]);
    while (p < pend) {
        uint32_t from = ty_utf8Decode(&p);
        TyObject *to = tyInt_fromI64(ty_utf8Decode(&q));
        if (!to || set_cp(d, from, to) < 0) {
            TY_XDECREF(to);
            TY_DECREF(d);
            return NULL;
        }
        TY_DECREF(to);
    }
    if (nargs == 3) {
        p = TY_STR_UTF8(args[2]);
        pend = p + TY_STR_NBYTES(args[2]);
        while (p < pend) {
            if (set_cp(d, ty_utf8Decode(&p), TY_NONE) < 0) {
                TY_DECREF(d);
                return NULL;
            }
        }
    }
    return d;
}

/* ---- encode, format ---------------------------------------------------- */

static TyObject *str_encode(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    TyObject *a[2];
    if (tyArg_unpack("encode", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !TY_STR_CHECK(a[i]))
            return tyErr_format(&TyExc_TypeError, "encode() argument '%s' must be str, not %A",
                                names[i], a[i]);
    return tyStr_encode(self, a[0] ? TY_STR_UTF8(a[0]) : "utf-8",
                        a[1] ? TY_STR_UTF8(a[1]) : "strict");
}

static TyObject *str_format(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return tyFormat_strFormat(self, args, nargs, kwnames);
}

static TyObject *str_format_map(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (method_args("format_map", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return tyFormat_strFormatMap(self, args[0]);
}

static TyObject *str_dunder_format(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (method_args("__format__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "__format__() argument must be str, not %A",
                            args[0]);
    return tyFormat_str(self, args[0]);
}

static TyObject *str_getnewargs(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (method_args("__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    TyStr *u = STR(self);
    TyObject *copy = tyStr_fromKnown(u->data, u->nbytes, u->length, u->ascii);
    if (!copy)
        return NULL;
    return tyTuple_fromArraySteal(&copy, 1);
}

TyMethodDef tyStr_methods[] = {
    { "capitalize", str_capitalize, TY_METH_DEFAULT, NULL },
    { "casefold", str_casefold, TY_METH_DEFAULT, NULL },
    { "center", str_center, TY_METH_DEFAULT, NULL },
    { "count", str_count, TY_METH_DEFAULT, NULL },
    { "encode", str_encode, TY_METH_DEFAULT, NULL },
    { "endswith", str_endswith, TY_METH_DEFAULT, NULL },
    { "expandtabs", str_expandtabs, TY_METH_DEFAULT, NULL },
    { "find", str_find, TY_METH_DEFAULT, NULL },
    { "format", str_format, TY_METH_DEFAULT, NULL },
    { "format_map", str_format_map, TY_METH_DEFAULT, NULL },
    { "index", str_index, TY_METH_DEFAULT, NULL },
    { "isalnum", str_isalnum, TY_METH_DEFAULT, NULL },
    { "isalpha", str_isalpha, TY_METH_DEFAULT, NULL },
    { "isascii", str_isascii, TY_METH_DEFAULT, NULL },
    { "isdecimal", str_isdecimal, TY_METH_DEFAULT, NULL },
    { "isdigit", str_isdigit, TY_METH_DEFAULT, NULL },
    { "isidentifier", str_isidentifier, TY_METH_DEFAULT, NULL },
    { "islower", str_islower, TY_METH_DEFAULT, NULL },
    { "isnumeric", str_isnumeric, TY_METH_DEFAULT, NULL },
    { "isprintable", str_isprintable, TY_METH_DEFAULT, NULL },
    { "isspace", str_isspace, TY_METH_DEFAULT, NULL },
    { "istitle", str_istitle, TY_METH_DEFAULT, NULL },
    { "isupper", str_isupper, TY_METH_DEFAULT, NULL },
    { "join", str_join, TY_METH_DEFAULT, NULL },
    { "ljust", str_ljust, TY_METH_DEFAULT, NULL },
    { "lower", str_lower, TY_METH_DEFAULT, NULL },
    { "lstrip", str_lstrip, TY_METH_DEFAULT, NULL },
    { "maketrans", str_maketrans, TY_METH_STATIC, NULL },
    { "partition", str_partition, TY_METH_DEFAULT, NULL },
    { "removeprefix", str_removeprefix, TY_METH_DEFAULT, NULL },
    { "removesuffix", str_removesuffix, TY_METH_DEFAULT, NULL },
    { "replace", str_replace, TY_METH_DEFAULT, NULL },
    { "rfind", str_rfind, TY_METH_DEFAULT, NULL },
    { "rindex", str_rindex, TY_METH_DEFAULT, NULL },
    { "rjust", str_rjust, TY_METH_DEFAULT, NULL },
    { "rpartition", str_rpartition, TY_METH_DEFAULT, NULL },
    { "rsplit", str_rsplit, TY_METH_DEFAULT, NULL },
    { "rstrip", str_rstrip, TY_METH_DEFAULT, NULL },
    { "split", str_split, TY_METH_DEFAULT, NULL },
    { "splitlines", str_splitlines, TY_METH_DEFAULT, NULL },
    { "startswith", str_startswith, TY_METH_DEFAULT, NULL },
    { "strip", str_strip, TY_METH_DEFAULT, NULL },
    { "swapcase", str_swapcase, TY_METH_DEFAULT, NULL },
    { "title", str_title, TY_METH_DEFAULT, NULL },
    { "translate", str_translate, TY_METH_DEFAULT, NULL },
    { "upper", str_upper, TY_METH_DEFAULT, NULL },
    { "zfill", str_zfill, TY_METH_DEFAULT, NULL },
    { "__format__", str_dunder_format, TY_METH_DEFAULT, NULL },
    { "__getnewargs__", str_getnewargs, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};
