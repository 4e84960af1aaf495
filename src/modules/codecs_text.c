/*
** codecs_text.c — the codec functions of `_codecs` that the modules of
** CPython's encodings package call: UTF-8/16/32, Latin-1, ASCII, charmap, the escape
** codecs and readbuffer_encode, each returning (result, consumed) with
** CPython 3.11's errors, positions and reasons.
**
** Every encoder is one loop (`encode_with`) over the text's code points
** and a `put` function per codec that writes one code point or says it
** cannot; a run of code points it cannot write goes to the error handler
** (codecs.c) as one error, as CPython collects it.  Decoders are written
** out one by one, as their formats have little in common, and report each
** bad stretch of bytes through tyCodecErr_decode.
*/
#include "tally.h"
#include "unicode_names.h"
#include "modules/codecs.h"

/* ---- arguments ------------------------------------------------------------------- */

/* The parsed arguments of a codec function. */
typedef struct Args {
    TyObject *text;          /* encoders: the str */
    const char *data;        /* decoders: the bytes */
    ssize_t len;
    const char *errors;      /* NULL: strict */
    bool final;
    int byteorder;
    TyObject *mapping;       /* charmap: borrowed, NULL for None */
} Args;

enum { IN_STR, IN_BYTES, IN_BYTES_OR_STR, IN_EXACT_BYTES };
enum { OPT_FINAL = 1, OPT_BYTEORDER = 2, OPT_MAPPING = 4, OPT_FINAL_TRUE = 8 };

/*
** Positional arguments (input, errors=None, then per `opts`: byteorder,
** final, mapping) with the checks CPython's argument clinic makes.
** 0, or -1 with TypeError.
*/
static int get_args(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                    int input, int opts, Args *a)
{
    size_t max = 2 + ((opts & OPT_BYTEORDER) != 0) + ((opts & (OPT_FINAL | OPT_FINAL_TRUE)) != 0) +
                 ((opts & OPT_MAPPING) != 0);
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkCount(fname, nargs, 1, max) < 0)
        return -1;
    memset(a, 0, sizeof *a);
    a->final = (opts & OPT_FINAL_TRUE) != 0;
    TyObject *in = args[0];
    if (input == IN_STR) {
        if (!TY_STR_CHECK(in)) {
            tyErr_format(&TyExc_TypeError, "%s() argument 1 must be str, not %A", fname, in);
            return -1;
        }
        a->text = in;
    } else if (input == IN_EXACT_BYTES) {
        if (!TY_BYTES_CHECK(in)) {
            tyErr_format(&TyExc_TypeError, "%s() argument 1 must be bytes, not %A", fname, in);
            return -1;
        }
        a->data = TY_BYTES_DATA(in);
        a->len = TY_BYTES_LEN(in);
    } else if (input == IN_BYTES_OR_STR && TY_STR_CHECK(in)) {
        a->data = TY_STR_UTF8(in);
        a->len = TY_STR_NBYTES(in);
    } else if (tyBytes_isLike(in)) {
        a->data = tyBytes_likeData(in);
        a->len = tyBytes_likeLen(in);
    } else {
        tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%T'", in);
        return -1;
    }
    size_t k = 1;
    if (nargs > k && args[k] != TY_NONE) {
        if (!TY_STR_CHECK(args[k])) {
            tyErr_format(&TyExc_TypeError, "%s() argument 2 must be str or None, not %A", fname, args[k]);
            return -1;
        }
        a->errors = TY_STR_UTF8(args[k]);
    }
    k++;
    if ((opts & OPT_MAPPING) && nargs > k) {
        a->mapping = args[k] == TY_NONE ? NULL : args[k];
        k++;
    }
    if ((opts & OPT_BYTEORDER) && nargs > k) {
        if (!TY_INT_CHECK(args[k])) {
            tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", args[k]);
            return -1;
        }
        ssize_t bo = tyInt_asSsize(args[k]);
        if (bo == -1 && tyErr_occurred())
            return -1;
        a->byteorder = bo < 0 ? -1 : bo > 0 ? 1 : 0;
        k++;
    }
    if ((opts & (OPT_FINAL | OPT_FINAL_TRUE)) && nargs > k) {
        int f = tyObj_isTrue(args[k]);
        if (f < 0)
            return -1;
        a->final = f;
    }
    return 0;
}

/* A builder's bytes as a bytes object; frees the builder. */
static TyObject *bytes_of(TyStrBuilder *b)
{
    TyObject *r = tyBytes_fromData(b->data, (ssize_t)b->len);
    tyBuf_free(b);
    return r;
}

/* ---- encoding -------------------------------------------------------------------- */

typedef struct Enc Enc;
/* Write cp to out (out NULL: only ask) when the codec can encode it: 1;
** 0 when it cannot (nothing written); -1 with an exception. */
typedef int (*put_fn)(const Enc *c, TyStrBuilder *out, uint32_t cp);

struct Enc {
    const char *name;
    const char *reason;
    put_fn put;
    int width;              /* UTF-16/32: bytes per unit */
    bool little;
    bool rep_ascii;         /* a str replacement must be ASCII */
    TyObject *mapping;      /* charmap */
};

/* U+D800..U+DFFF, which no UTF encoder writes. */
static bool is_surrogate(uint32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

/* The put functions of the codecs (see put_fn): UTF-8 takes every code
** point but surrogates; ASCII and Latin-1 those below c->width; UTF-16/32
** units in c's byte order (a pair of surrogates for UTF-16 above U+FFFF);
** the escape codecs take everything. */
static int put_utf8(const Enc *c, TyStrBuilder *out, uint32_t cp)
{
    if (is_surrogate(cp))
        return 0;
    char buf[4];
    return !out || tyBuf_append(out, buf, (size_t)ty_utf8Encode(cp, buf)) == 0 ? 1 : -1;
}

static int put_limited(const Enc *c, TyStrBuilder *out, uint32_t cp)
{
    if (cp >= (uint32_t)c->width)
        return 0;
    return !out || tyBuf_appendChar(out, (char)cp) == 0 ? 1 : -1;
}

/* One code unit of c->width bytes in c's byte order: 1 or -1. */
static int put_unit(const Enc *c, TyStrBuilder *out, uint32_t u)
{
    unsigned char b[4];
    for (int k = 0; k < c->width; k++)
        b[c->little ? k : c->width - 1 - k] = (unsigned char)(u >> (8 * k));
    return tyBuf_append(out, (const char *)b, (size_t)c->width) == 0 ? 1 : -1;
}

static int put_utf16_32(const Enc *c, TyStrBuilder *out, uint32_t cp)
{
    if (is_surrogate(cp))
        return 0;
    if (!out)
        return 1;
    if (c->width == 2 && cp >= 0x10000) {
        cp -= 0x10000;
        if (put_unit(c, out, 0xD800 | (cp >> 10)) < 0)
            return -1;
        return put_unit(c, out, 0xDC00 | (cp & 0x3FF));
    }
    return put_unit(c, out, cp);
}

/* mapping[code] for the charmap codecs: new reference, or NULL with no
** exception when the mapping has nothing for it (a LookupError, or None). */
static TyObject *map_lookup(TyObject *mapping, uint32_t code)
{
    TyObject *key = tyInt_fromI64(code);
    if (!key)
        return NULL;
    TyObject *v = tyObj_getItem(mapping, key);
    TY_DECREF(key);
    if (!v && tyErr_exceptionMatches(&TyExc_LookupError))
        tyErr_clear();
    if (v == TY_NONE)
        TY_CLEAR(v);
    return v;
}

/* mapping[cp] for charmap_encode: 1 when it maps (written unless out is
** NULL), 0 when it maps to nothing, -1 with TypeError for a bad value. */
static int put_charmap(const Enc *c, TyStrBuilder *out, uint32_t cp)
{
    TyObject *v = map_lookup(c->mapping, cp);
    if (!v)
        return tyErr_occurred() ? -1 : 0;
    int r = 1;
    if (TY_INT_CHECK(v)) {
        ssize_t b = tyInt_asSsize(v);
        if (b < 0 || b > 255) {
            tyErr_clear();
            tyErr_setString(&TyExc_TypeError, "character mapping must be in range(256)");
            r = -1;
        } else if (out && tyBuf_appendChar(out, (char)b) < 0) {
            r = -1;
        }
    } else if (TY_BYTES_CHECK(v)) {
        if (out && tyBuf_append(out, TY_BYTES_DATA(v), (size_t)TY_BYTES_LEN(v)) < 0)
            r = -1;
    } else {
        tyErr_format(&TyExc_TypeError, "character mapping must return integer, bytes or None, not %T", v);
        r = -1;
    }
    TY_DECREF(v);
    return r;
}

static int put_raw_escape(const Enc *c, TyStrBuilder *out, uint32_t cp)
{
    if (cp >= 0x10000)
        return tyBuf_appendFormat(out, "\\U%08x", cp) == 0 ? 1 : -1;
    if (cp >= 0x100)
        return tyBuf_appendFormat(out, "\\u%04x", cp) == 0 ? 1 : -1;
    return tyBuf_appendChar(out, (char)cp) == 0 ? 1 : -1;
}

static int put_unicode_escape(const Enc *c, TyStrBuilder *out, uint32_t cp)
{
    const char *e = cp == '\\' ? "\\\\" : cp == '\t' ? "\\t" : cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : NULL;
    int r;
    if (e)
        r = tyBuf_appendC(out, e);
    else if (cp >= 0x20 && cp < 0x7F)
        r = tyBuf_appendChar(out, (char)cp);
    else if (cp < 0x100)
        r = tyBuf_appendFormat(out, "\\x%02x", cp);
    else
        return put_raw_escape(c, out, cp);
    return r == 0 ? 1 : -1;
}

/* The code points of s, in a tyMem_malloc'd array (the caller frees it);
** NULL with MemoryError. */
static uint32_t *codepoints(TyObject *s)
{
    ssize_t n = TY_STR_LEN(s);
    uint32_t *cps = tyMem_malloc(sizeof *cps * (size_t)(n ? n : 1));
    if (!cps) {
        tyErr_noMemory();
        return NULL;
    }
    const char *p = TY_STR_UTF8(s);
    for (ssize_t i = 0; i < n; i++)
        cps[i] = ty_utf8Decode(&p);
    return cps;
}

/* Append a handler's replacement: bytes as they are, a str through the
** codec (a character it cannot encode raises the error again). */
static int put_replacement(const Enc *c, TyCodecErr *e, TyStrBuilder *out, TyObject *rep,
                           ssize_t start, ssize_t end)
{
    if (TY_BYTES_CHECK(rep)) {
        /* The UTF-16/32 encoders take only whole code units. */
        if (c->width > 1 && c->put == put_utf16_32 && TY_BYTES_LEN(rep) % c->width) {
            tyCodecErr_raise(e, start, end, c->reason);
            return -1;
        }
        return tyBuf_append(out, TY_BYTES_DATA(rep), (size_t)TY_BYTES_LEN(rep));
    }
    const char *p = TY_STR_UTF8(rep);
    for (ssize_t k = 0; k < TY_STR_LEN(rep); k++) {
        uint32_t cp = ty_utf8Decode(&p);
        int r = c->rep_ascii && cp >= 0x80 ? 0 : c->put(c, out, cp);
        if (r < 0)
            return -1;
        if (r == 0) {
            tyCodecErr_raise(e, start, end, c->reason);
            return -1;
        }
    }
    return 0;
}

/* The text encoded by c, errors going to the `errors` handler: new bytes. */
static TyObject *encode_with(const Enc *c, TyObject *text, const char *errors, const char *prefix,
                             size_t prefix_len)
{
    uint32_t *cps = codepoints(text);
    if (!cps)
        return NULL;
    ssize_t n = TY_STR_LEN(text);
    TyCodecErr e = { .encoding = c->name, .errors = errors, .input = text };
    TyStrBuilder out;
    tyBuf_init(&out);
    if (tyBuf_append(&out, prefix, prefix_len) < 0)
        goto fail;
    ssize_t i = 0;
    while (i < n) {
        int r = c->put(c, &out, cps[i]);
        if (r < 0)
            goto fail;
        if (r > 0) {
            i++;
            continue;
        }
        ssize_t j = i + 1;
        while (j < n && (r = c->put(c, NULL, cps[j])) == 0)
            j++;
        if (r < 0)
            goto fail;
        ssize_t pos;
        TyObject *rep = tyCodecErr_encode(&e, i, j, c->reason, &pos);
        if (!rep)
            goto fail;
        r = put_replacement(c, &e, &out, rep, i, j);
        TY_DECREF(rep);
        if (r < 0)
            goto fail;
        i = pos;
    }
    tyMem_free(cps);
    tyCodecErr_clear(&e);
    return bytes_of(&out);
fail:
    tyMem_free(cps);
    tyCodecErr_clear(&e);
    tyBuf_free(&out);
    return NULL;
}

static TyObject *encode_fn(const char *fname, const Enc *c, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    Args a;
    if (get_args(fname, args, nargs, kwnames, IN_STR, 0, &a) < 0)
        return NULL;
    return tyCodecs_pair(encode_with(c, a.text, a.errors, NULL, 0), TY_STR_LEN(a.text));
}

static const Enc enc_utf8 = { "utf-8", "surrogates not allowed", put_utf8, 0, false, true, NULL };
static const Enc enc_ascii = { "ascii", "ordinal not in range(128)", put_limited, 0x80, false, false, NULL };
static const Enc enc_latin1 = { "latin-1", "ordinal not in range(256)", put_limited, 0x100, false, false, NULL };
static const Enc enc_raw = { "rawunicodeescape", "", put_raw_escape, 0, false, false, NULL };
static const Enc enc_escape = { "unicodeescape", "", put_unicode_escape, 0, false, false, NULL };

/* The encoders that are one Enc with no options. */
#define SIMPLE_ENCODER(name, enc) \
    TY_CFUNC(codecs_##name) { return encode_fn(#name, &enc, args, nargs, kwnames); }

SIMPLE_ENCODER(utf_8_encode, enc_utf8)
SIMPLE_ENCODER(ascii_encode, enc_ascii)
SIMPLE_ENCODER(latin_1_encode, enc_latin1)
SIMPLE_ENCODER(raw_unicode_escape_encode, enc_raw)
SIMPLE_ENCODER(unicode_escape_encode, enc_escape)

/* UTF-16/32 encoding: byteorder 0 writes a BOM and native (little-endian)
** order, -1 little-endian, 1 big-endian. */
static TyObject *utf_wide_encode(const char *fname, int width, int fixed_order, TyObject *const *args,
                                 size_t nargs, TyObject *kwnames)
{
    Args a;
    if (get_args(fname, args, nargs, kwnames, IN_STR, fixed_order ? 0 : OPT_BYTEORDER, &a) < 0)
        return NULL;
    int bo = fixed_order ? fixed_order : a.byteorder;
    static const char *const names[2][3] = { { "utf-16-le", "utf-16", "utf-16-be" },
                                             { "utf-32-le", "utf-32", "utf-32-be" } };
    Enc c = { names[width == 4][bo + 1], "surrogates not allowed", put_utf16_32, width, bo <= 0, true, NULL };
    static const char bom16[] = "\xff\xfe", bom32[] = "\xff\xfe\x00\x00";
    return tyCodecs_pair(encode_with(&c, a.text, a.errors, width == 2 ? bom16 : bom32, bo == 0 ? (size_t)width : 0),
                TY_STR_LEN(a.text));
}

#define WIDE_ENCODER(name, width, order) \
    TY_CFUNC(codecs_##name) { return utf_wide_encode(#name, width, order, args, nargs, kwnames); }

WIDE_ENCODER(utf_16_encode, 2, 0)
WIDE_ENCODER(utf_16_le_encode, 2, -1)
WIDE_ENCODER(utf_16_be_encode, 2, 1)
WIDE_ENCODER(utf_32_encode, 4, 0)
WIDE_ENCODER(utf_32_le_encode, 4, -1)
WIDE_ENCODER(utf_32_be_encode, 4, 1)

/* charmap_encode(str, errors=None, mapping=None): None means Latin-1. */
TY_CFUNC(codecs_charmap_encode)
{
    Args a;
    if (get_args("charmap_encode", args, nargs, kwnames, IN_STR, OPT_MAPPING, &a) < 0)
        return NULL;
    if (!a.mapping)
        return tyCodecs_pair(encode_with(&enc_latin1, a.text, a.errors, NULL, 0), TY_STR_LEN(a.text));
    Enc c = { "charmap", "character maps to <undefined>", put_charmap, 0, false, false, a.mapping };
    return tyCodecs_pair(encode_with(&c, a.text, a.errors, NULL, 0), TY_STR_LEN(a.text));
}

/* charmap_build(map): the encoding table of a decoding table, as a dict
** {code point: byte}. */
TY_CFUNC(codecs_charmap_build)
{
    if (tyArg_noKeywords("charmap_build", kwnames) < 0 || tyArg_checkPositional("charmap_build", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "charmap_build() argument must be str, not %A", args[0]);
    TyObject *d = tyDict_new();
    const char *p = TY_STR_UTF8(args[0]);
    for (ssize_t i = 0; d && i < TY_STR_LEN(args[0]); i++) {
        TyObject *k = tyInt_fromI64(ty_utf8Decode(&p));
        TyObject *v = k ? tyInt_fromI64(i) : NULL;
        if (!v || tyDict_setItem(d, k, v) < 0)
            TY_CLEAR(d);
        TY_XDECREF(k);
        TY_XDECREF(v);
    }
    return d;
}

/* escape_encode(bytes, errors=None): the bytes escaped as in a bytes
** literal's repr, without quotes (and without escaping '"'). */
TY_CFUNC(codecs_escape_encode)
{
    Args a;
    if (get_args("escape_encode", args, nargs, kwnames, IN_EXACT_BYTES, 0, &a) < 0)
        return NULL;
    TyStrBuilder out;
    tyBuf_init(&out);
    for (ssize_t i = 0; i < a.len; i++) {
        unsigned char c = (unsigned char)a.data[i];
        const char *e = c == '\\' ? "\\\\" : c == '\'' ? "\\'" : c == '\t' ? "\\t" : c == '\n' ? "\\n"
                      : c == '\r' ? "\\r" : NULL;
        int r = e ? tyBuf_appendC(&out, e) : (c < 0x20 || c >= 0x7F) ? tyBuf_appendFormat(&out, "\\x%02x", c)
                                                                     : tyBuf_appendChar(&out, (char)c);
        if (r < 0) {
            tyBuf_free(&out);
            return NULL;
        }
    }
    return tyCodecs_pair(bytes_of(&out), a.len);
}

/* readbuffer_encode(data, errors=None): the data's bytes (a str's UTF-8). */
TY_CFUNC(codecs_readbuffer_encode)
{
    Args a;
    if (get_args("readbuffer_encode", args, nargs, kwnames, IN_BYTES_OR_STR, 0, &a) < 0)
        return NULL;
    return tyCodecs_pair(tyBytes_fromData(a.data, a.len), a.len);
}

/* ---- decoding -------------------------------------------------------------------- */

/* The shared shape of a decoder: it fills out from d.data, reporting
** errors through d.err, and says how many bytes it consumed. */
typedef struct Dec {
    Args a;
    TyCodecErr err;
    TyStrBuilder out;
    const unsigned char *u;
    ssize_t in_len;          /* the argument's length, before any handler replaced it */
} Dec;

/* Ready d for decoding its arguments' bytes under `encoding`'s name. */
static void dec_start(Dec *d, const char *encoding)
{
    d->err = (TyCodecErr){ .encoding = encoding, .errors = d->a.errors, .data = d->a.data, .len = d->a.len };
    tyBuf_init(&d->out);
    d->u = (const unsigned char *)d->a.data;
    d->in_len = d->a.len;
}

/* Report [start, end) and move *i to where decoding resumes: 0 or -1.
** The handler may have replaced the input (the exception's `object`), so
** a decoder reads d->u and d->a.len again after every call. */
static int dec_error(Dec *d, ssize_t start, ssize_t end, const char *reason, ssize_t *i)
{
    int r = tyCodecErr_decode(&d->err, &d->out, start, end, reason, i);
    d->a.data = d->err.data;
    d->a.len = d->err.len;
    d->u = (const unsigned char *)d->err.data;
    return r;
}

/* (str, consumed) on success; on failure (ok false) NULL.  Ends d.  Input
** decoded to its end counts as the argument's whole length even when a
** handler replaced it by bytes of another length, as CPython reports. */
static TyObject *dec_finish(Dec *d, bool ok, ssize_t consumed)
{
    if (consumed == d->a.len)
        consumed = d->in_len;
    tyCodecErr_clear(&d->err);
    if (!ok) {
        tyBuf_free(&d->out);
        return NULL;
    }
    return tyCodecs_pair(tyBuf_finish(&d->out), consumed);
}

/* utf_8_decode(data, errors=None, final=False): without final, a sequence
** cut off by the end of the data is left unconsumed. */
TY_CFUNC(codecs_utf_8_decode)
{
    Dec d;
    if (get_args("utf_8_decode", args, nargs, kwnames, IN_BYTES, OPT_FINAL, &d.a) < 0)
        return NULL;
    if (d.a.final && (!d.a.errors || strcmp(d.a.errors, "strict") == 0))
        return tyCodecs_pair(tyStr_decodeUtf8(d.a.data, d.a.len), d.a.len);
    dec_start(&d, "utf-8");
    ssize_t i = 0;
    bool ok = true;
    while (ok && i < d.a.len) {
        ssize_t n = d.a.len;
        const char *why;
        int k = tyStr_utf8Check(d.u + i, n - i, &why);
        if (k > 0) {
            ok = tyBuf_append(&d.out, d.a.data + i, (size_t)k) == 0;
            i += k;
        } else if (!d.a.final && i - k == n && strcmp(why, "unexpected end of data") == 0) {
            break;
        } else {
            ok = dec_error(&d, i, i - k, why, &i) == 0;
        }
    }
    return dec_finish(&d, ok, i);
}

/* ASCII (limit 0x80) or Latin-1 (0x100) decoding. */
static TyObject *decode_limited(const char *fname, const char *encoding, unsigned limit,
                                TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Dec d;
    if (get_args(fname, args, nargs, kwnames, IN_BYTES, 0, &d.a) < 0)
        return NULL;
    dec_start(&d, encoding);
    ssize_t i = 0;
    bool ok = true;
    while (ok && i < d.a.len) {
        if (d.u[i] < limit)
            ok = tyBuf_appendCodepoint(&d.out, d.u[i++]) == 0;
        else
            ok = dec_error(&d, i, i + 1, "ordinal not in range(128)", &i) == 0;
    }
    return dec_finish(&d, ok, i);
}

/* ascii_decode / latin_1_decode(data, errors=None). */
TY_CFUNC(codecs_ascii_decode)
{
    return decode_limited("ascii_decode", "ascii", 0x80, args, nargs, kwnames);
}

TY_CFUNC(codecs_latin_1_decode)
{
    return decode_limited("latin_1_decode", "latin-1", 0x100, args, nargs, kwnames);
}

/* The code unit of `width` bytes at p in the given byte order. */
static uint32_t read_unit(const unsigned char *p, int width, bool little)
{
    uint32_t v = 0;
    for (int k = 0; k < width; k++)
        v |= (uint32_t)p[little ? k : width - 1 - k] << (8 * k);
    return v;
}

/*
** UTF-16 (width 2) or UTF-32 (width 4) decoding.  *bo: 0 looks for a BOM
** at the start (and is set to -1 / 1 when one is found), -1 little-endian,
** 1 big-endian.  Returns (str, consumed) as dec_finish.
*/
static TyObject *decode_wide(Dec *d, int width, int *bo)
{
    ssize_t i = 0;
    if (*bo == 0 && d->a.len >= width) {
        uint32_t first = read_unit((const unsigned char *)d->a.data, width, true);
        if (first == 0xFEFF)
            *bo = -1;
        else if (first == (width == 2 ? 0xFFFEu : 0xFFFE0000u))
            *bo = 1;
        if (*bo)
            i = width;
    }
    bool little = *bo <= 0;
    static const char *const names[2][2] = { { "utf-16-be", "utf-16-le" }, { "utf-32-be", "utf-32-le" } };
    dec_start(d, names[width == 4][little]);
    bool ok = true;
    while (ok && i < d->a.len) {
        const unsigned char *u = d->u;
        ssize_t n = d->a.len;
        if (n - i < width) {
            if (!d->a.final)
                break;
            ok = dec_error(d, i, n, "truncated data", &i) == 0;
            continue;
        }
        uint32_t c = read_unit(u + i, width, little);
        if (width == 4) {
            if (c > 0x10FFFF)
                ok = dec_error(d, i, i + 4, "code point not in range(0x110000)", &i) == 0;
            else if (is_surrogate(c))
                ok = dec_error(d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", &i) == 0;
            else {
                ok = tyBuf_appendCodepoint(&d->out, c) == 0;
                i += 4;
            }
            continue;
        }
        if (!is_surrogate(c)) {
            ok = tyBuf_appendCodepoint(&d->out, c) == 0;
            i += 2;
        } else if (c >= 0xDC00) {
            ok = dec_error(d, i, i + 2, "illegal encoding", &i) == 0;
        } else if (n - i < 4) {
            if (!d->a.final)
                break;
            ok = dec_error(d, i, n, "unexpected end of data", &i) == 0;
        } else {
            uint32_t c2 = read_unit(u + i + 2, 2, little);
            if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                ok = tyBuf_appendCodepoint(&d->out, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)) == 0;
                i += 4;
            } else {
                ok = dec_error(d, i, i + 2, "illegal UTF-16 surrogate", &i) == 0;
            }
        }
    }
    return dec_finish(d, ok, i);
}

static TyObject *wide_decode_fn(const char *fname, int width, int fixed_order, TyObject *const *args,
                                size_t nargs, TyObject *kwnames)
{
    Dec d;
    if (get_args(fname, args, nargs, kwnames, IN_BYTES, OPT_FINAL, &d.a) < 0)
        return NULL;
    int bo = fixed_order;
    return decode_wide(&d, width, &bo);
}

/* utf_16_ex_decode / utf_32_ex_decode: (str, consumed, byteorder). */
static TyObject *wide_ex_decode_fn(const char *fname, int width, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    Dec d;
    if (get_args(fname, args, nargs, kwnames, IN_BYTES, OPT_BYTEORDER | OPT_FINAL, &d.a) < 0)
        return NULL;
    int bo = d.a.byteorder;
    TyObject *r = decode_wide(&d, width, &bo);
    if (!r)
        return NULL;
    TyObject *b = tyInt_fromI64(bo);
    TyObject *t = b ? tyTuple_pack(3, TY_TUPLE_GET(r, 0), TY_TUPLE_GET(r, 1), b) : NULL;
    TY_XDECREF(b);
    TY_DECREF(r);
    return t;
}

/* The UTF-16/32 decoders: width 2 or 4, byte order 0 (read a BOM), -1 or 1. */
#define WIDE_DECODER(name, width, order) \
    TY_CFUNC(codecs_##name) { return wide_decode_fn(#name, width, order, args, nargs, kwnames); }
#define WIDE_EX_DECODER(name, width) \
    TY_CFUNC(codecs_##name) { return wide_ex_decode_fn(#name, width, args, nargs, kwnames); }

WIDE_DECODER(utf_16_decode, 2, 0)
WIDE_DECODER(utf_16_le_decode, 2, -1)
WIDE_DECODER(utf_16_be_decode, 2, 1)
WIDE_EX_DECODER(utf_16_ex_decode, 2)
WIDE_DECODER(utf_32_decode, 4, 0)
WIDE_DECODER(utf_32_le_decode, 4, -1)
WIDE_DECODER(utf_32_be_decode, 4, 1)
WIDE_EX_DECODER(utf_32_ex_decode, 4)

/* mapping[byte] for charmap_decode appended to out: 1, 0 when the byte
** maps to nothing, -1 with an exception. */
static int charmap_lookup(TyObject *mapping, unsigned char byte, TyStrBuilder *out)
{
    TyObject *v = map_lookup(mapping, byte);
    if (!v)
        return tyErr_occurred() ? -1 : 0;
    int r = 1;
    if (TY_INT_CHECK(v)) {
        ssize_t cp = tyInt_asSsize(v);
        if (cp < 0 || cp > 0x10FFFF) {
            tyErr_clear();
            tyErr_setString(&TyExc_TypeError, "character mapping must be in range(0x110000)");
            r = -1;
        } else if (cp == 0xFFFE) {
            r = 0;
        } else if (tyBuf_appendCodepoint(out, (uint32_t)cp) < 0) {
            r = -1;
        }
    } else if (TY_STR_CHECK(v)) {
        if (TY_STR_LEN(v) == 1 && tyStr_codepointAt(v, 0) == 0xFFFE)
            r = 0;
        else if (tyBuf_appendStr(out, v) < 0)
            r = -1;
    } else {
        tyErr_setString(&TyExc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    TY_DECREF(v);
    return r;
}

/* charmap_decode(data, errors=None, mapping=None): a str mapping is a
** decoding table (U+FFFE: undefined), any other a mapping of byte values
** to code points, str or None; None means Latin-1. */
TY_CFUNC(codecs_charmap_decode)
{
    Dec d;
    if (get_args("charmap_decode", args, nargs, kwnames, IN_BYTES, OPT_MAPPING, &d.a) < 0)
        return NULL;
    TyObject *map = d.a.mapping;
    if (!map) {
        TyObject *rest[1] = { args[0] };
        return codecs_latin_1_decode(self, rest, 1, NULL);
    }
    uint32_t *table = NULL;
    ssize_t tlen = 0;
    if (TY_STR_CHECK(map) && !(table = codepoints(map)))
        return NULL;
    if (table)
        tlen = TY_STR_LEN(map);
    dec_start(&d, "charmap");
    ssize_t i = 0;
    bool ok = true;
    while (ok && i < d.a.len) {
        unsigned char b = d.u[i];
        int r;
        if (table)
            r = b < tlen && table[b] != 0xFFFE ? (tyBuf_appendCodepoint(&d.out, table[b]) == 0 ? 1 : -1) : 0;
        else
            r = charmap_lookup(map, b, &d.out);
        if (r > 0)
            i++;
        else if (r == 0)
            ok = dec_error(&d, i, i + 1, "character maps to <undefined>", &i) == 0;
        else
            ok = false;
    }
    tyMem_free(table);
    return dec_finish(&d, ok, i);
}

/* The character a one-letter escape stands for in Python literals, or -1. */
static int simple_escape(unsigned char c)
{
    switch (c) {
    case '\\': case '\'': case '"': return c;
    case 'a': return 7;
    case 'b': return 8;
    case 't': return 9;
    case 'n': return 10;
    case 'v': return 11;
    case 'f': return 12;
    case 'r': return 13;
    default: return -1;
    }
}

/* Up to three octal digits at u[*i..n), the first already read as c. */
static uint32_t octal_escape(const unsigned char *u, ssize_t n, ssize_t *i, unsigned char c)
{
    uint32_t v = c - '0';
    for (int k = 0; k < 2 && *i < n && u[*i] >= '0' && u[*i] <= '7'; k++)
        v = v * 8 + (u[(*i)++] - '0');
    return v;
}

/* escape_decode(data, errors=None): the escapes of a bytes literal
** decoded; an invalid \x is a ValueError, or '?' / nothing under
** errors 'replace' / 'ignore'. */
TY_CFUNC(codecs_escape_decode)
{
    Args a;
    if (get_args("escape_decode", args, nargs, kwnames, IN_BYTES_OR_STR, 0, &a) < 0)
        return NULL;
    const unsigned char *u = (const unsigned char *)a.data;
    ssize_t n = a.len, i = 0;
    TyStrBuilder out;
    tyBuf_init(&out);
    while (i < n) {
        unsigned char c = u[i++];
        int r = 0;
        if (c != '\\') {
            r = tyBuf_appendChar(&out, (char)c);
        } else if (i >= n) {
            tyErr_setString(&TyExc_ValueError, "Trailing \\ in string");
            r = -1;
        } else {
            c = u[i++];
            int s = simple_escape(c);
            if (c == '\n')
                ;
            else if (s >= 0)
                r = tyBuf_appendChar(&out, (char)s);
            else if (c >= '0' && c <= '7')
                r = tyBuf_appendChar(&out, (char)octal_escape(u, n, &i, c));
            else if (c == 'x' && i + 1 < n && tyBytes_hexDigit(u[i]) >= 0 && tyBytes_hexDigit(u[i + 1]) >= 0) {
                r = tyBuf_appendChar(&out, (char)(tyBytes_hexDigit(u[i]) * 16 + tyBytes_hexDigit(u[i + 1])));
                i += 2;
            } else if (c == 'x') {
                if (!a.errors || strcmp(a.errors, "strict") == 0) {
                    tyErr_format(&TyExc_ValueError, "invalid \\x escape at position %zd", i - 2);
                    r = -1;
                } else if (strcmp(a.errors, "replace") == 0) {
                    r = tyBuf_appendChar(&out, '?');
                } else if (strcmp(a.errors, "ignore") != 0) {
                    tyErr_format(&TyExc_ValueError, "decoding error; unknown error handling code: %s", a.errors);
                    r = -1;
                }
                if (i < n && tyBytes_hexDigit(u[i]) >= 0)
                    i++;
            } else {
                r = tyBuf_appendChar(&out, '\\');
                i--;
            }
        }
        if (r < 0) {
            tyBuf_free(&out);
            return NULL;
        }
    }
    return tyCodecs_pair(bytes_of(&out), n);
}

/*
** unicode_escape_decode (raw false) and raw_unicode_escape_decode (raw
** true): Python's string-literal escapes (raw: only \u and \U) over
** Latin-1 text.  Without `final`, an escape cut off by the end of the data
** is left unconsumed.
*/
static TyObject *escape_text_decode(const char *fname, bool raw, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    Dec d;
    if (get_args(fname, args, nargs, kwnames, IN_BYTES_OR_STR, OPT_FINAL_TRUE, &d.a) < 0)
        return NULL;
    dec_start(&d, raw ? "rawunicodeescape" : "unicodeescape");
    ssize_t i = 0;
    bool ok = true;
    while (ok && i < d.a.len) {
        const unsigned char *u = d.u;
        ssize_t n = d.a.len;
        unsigned char c = u[i];
        if (c != '\\') {
            ok = tyBuf_appendCodepoint(&d.out, c) == 0;
            i++;
            continue;
        }
        ssize_t start = i++;
        const char *msg;
        if (i >= n) {
            if (!d.a.final) {
                i = start;
                break;
            }
            if (raw) {
                ok = tyBuf_appendChar(&d.out, '\\') == 0;
                continue;
            }
            ok = dec_error(&d, start, n, "\\ at end of string", &i) == 0;
            continue;
        }
        c = u[i++];
        int count = c == 'x' && !raw ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (raw && !count) {
            ok = tyBuf_appendChar(&d.out, '\\') == 0 && tyBuf_appendCodepoint(&d.out, c) == 0;
            continue;
        }
        if (count) {
            msg = count == 2 ? "truncated \\xXX escape" : count == 4 ? "truncated \\uXXXX escape"
                                                                     : "truncated \\UXXXXXXXX escape";
            uint32_t v = 0;
            int k;
            for (k = 0; k < count && i < n && tyBytes_hexDigit(u[i]) >= 0; k++)
                v = v * 16 + (uint32_t)tyBytes_hexDigit(u[i++]);
            if (k < count) {
                if (i >= n && !d.a.final) {
                    i = start;
                    break;
                }
                ok = dec_error(&d, start, i, msg, &i) == 0;
            } else if (v > 0x10FFFF) {
                ok = dec_error(&d, start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character",
                               &i) == 0;
            } else {
                ok = tyBuf_appendCodepoint(&d.out, v) == 0;
            }
            continue;
        }
        int s = simple_escape(c);
        if (c == '\n')
            continue;
        if (s >= 0) {
            ok = tyBuf_appendChar(&d.out, (char)s) == 0;
            continue;
        }
        if (c >= '0' && c <= '7') {
            ok = tyBuf_appendCodepoint(&d.out, octal_escape(u, n, &i, c)) == 0;
            continue;
        }
        if (c != 'N') {
            ok = tyBuf_appendChar(&d.out, '\\') == 0 && tyBuf_appendCodepoint(&d.out, c) == 0;
            continue;
        }
        msg = "malformed \\N character escape";
        if (i < n && u[i] == '{') {
            ssize_t name = ++i;
            while (i < n && u[i] != '}')
                i++;
            if (i < n && i > name) {
                uint32_t cps[TY_UNICODE_SEQ_MAX];
                i++;
                if (tyUnicode_lookupName((const char *)u + name, (size_t)(i - 1 - name), false, cps) == 1) {
                    ok = tyBuf_appendCodepoint(&d.out, cps[0]) == 0;
                    continue;
                }
                msg = "unknown Unicode character name";
            }
        }
        if (i >= n && !d.a.final) {
            i = start;
            break;
        }
        ok = dec_error(&d, start, i, msg, &i) == 0;
    }
    return dec_finish(&d, ok, i);
}

TY_CFUNC(codecs_unicode_escape_decode)
{
    return escape_text_decode("unicode_escape_decode", false, args, nargs, kwnames);
}

TY_CFUNC(codecs_raw_unicode_escape_decode)
{
    return escape_text_decode("raw_unicode_escape_decode", true, args, nargs, kwnames);
}

/* ---- UTF-7 (RFC 2152, as CPython writes and reads it) ---------------------------- */

static const char base64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static bool is_base64(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

static uint32_t from_base64(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
         : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : 63;
}

/* Written as itself by the encoder: RFC 2152's sets D and O and white
** space, less '+', '\\' and '~'. */
static bool utf7_direct(uint32_t c)
{
    if (c == '\t' || c == '\n' || c == '\r')
        return true;
    return c >= ' ' && c < 0x7F && c != '+' && c != '\\' && c != '~';
}

/* Append the 16-bit unit u to a shift sequence's bit buffer, writing
** every whole base-64 digit. */
static int utf7_bits(TyStrBuilder *out, uint32_t u, uint64_t *buf, int *bits)
{
    *buf = (*buf << 16) | u;
    *bits += 16;
    while (*bits >= 6) {
        *bits -= 6;
        if (tyBuf_appendChar(out, base64_chars[(*buf >> *bits) & 0x3F]) < 0)
            return -1;
    }
    *buf &= (1u << *bits) - 1;
    return 0;
}

/* utf_7_encode(str, errors=None): direct characters as themselves, '+'
** as '+-', the rest in '+'...'-' shift sequences of modified base 64. */
TY_CFUNC(codecs_utf_7_encode)
{
    Args a;
    if (get_args("utf_7_encode", args, nargs, kwnames, IN_STR, 0, &a) < 0)
        return NULL;
    TyStrBuilder out;
    tyBuf_init(&out);
    const char *p = TY_STR_UTF8(a.text);
    bool shifted = false;
    uint64_t buf = 0;
    int bits = 0, r = 0;
    for (ssize_t i = 0; i < TY_STR_LEN(a.text) && r == 0; i++) {
        uint32_t c = ty_utf8Decode(&p);
        if (shifted && utf7_direct(c)) {
            if (bits)
                r |= tyBuf_appendChar(&out, base64_chars[(buf << (6 - bits)) & 0x3F]);
            buf = 0;
            bits = 0;
            shifted = false;
            if (is_base64(c) || c == '-')
                r |= tyBuf_appendChar(&out, '-');
            r |= tyBuf_appendChar(&out, (char)c);
            continue;
        }
        if (!shifted) {
            if (c == '+') {
                r = tyBuf_appendC(&out, "+-");
                continue;
            }
            if (utf7_direct(c)) {
                r = tyBuf_appendChar(&out, (char)c);
                continue;
            }
            r = tyBuf_appendChar(&out, '+');
            shifted = true;
        }
        if (c >= 0x10000) {
            r |= utf7_bits(&out, 0xD800 | ((c - 0x10000) >> 10), &buf, &bits);
            c = 0xDC00 | ((c - 0x10000) & 0x3FF);
        }
        r |= utf7_bits(&out, c, &buf, &bits);
    }
    if (r == 0 && bits)
        r = tyBuf_appendChar(&out, base64_chars[(buf << (6 - bits)) & 0x3F]);
    if (r == 0 && shifted)
        r = tyBuf_appendChar(&out, '-');
    if (r < 0) {
        tyBuf_free(&out);
        return NULL;
    }
    return tyCodecs_pair(bytes_of(&out), TY_STR_LEN(a.text));
}

/* utf_7_decode(data, errors=None, final=False): without final, a shift
** sequence still open at the end is left unconsumed. */
TY_CFUNC(codecs_utf_7_decode)
{
    Dec d;
    if (get_args("utf_7_decode", args, nargs, kwnames, IN_BYTES, OPT_FINAL, &d.a) < 0)
        return NULL;
    dec_start(&d, "utf7");
    ssize_t i = 0, start = 0;
    size_t shift_out = 0;      /* output length where the shift sequence began */
    bool shifted = false, ok = true;
    uint64_t buf = 0;
    int bits = 0;
    uint32_t surrogate = 0;
    while (ok && i < d.a.len) {
        const unsigned char *u = d.u;
        ssize_t n = d.a.len;
        unsigned char c = u[i];
        if (shifted) {
            if (is_base64(c)) {
                buf = (buf << 6) | from_base64(c);
                bits += 6;
                i++;
                if (bits < 16)
                    continue;
                uint32_t unit = (uint32_t)(buf >> (bits - 16)) & 0xFFFF;
                bits -= 16;
                buf &= (1u << bits) - 1;
                if (surrogate) {
                    if (unit >= 0xDC00 && unit <= 0xDFFF) {
                        ok = tyBuf_appendCodepoint(&d.out, 0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00)) == 0;
                        surrogate = 0;
                        continue;
                    }
                    ok = tyBuf_appendCodepoint(&d.out, surrogate) == 0;
                    surrogate = 0;
                }
                if (unit >= 0xD800 && unit <= 0xDBFF)
                    surrogate = unit;
                else if (ok)
                    ok = tyBuf_appendCodepoint(&d.out, unit) == 0;
                continue;
            }
            shifted = false;
            if (bits >= 6 || (bits > 0 && buf != 0)) {
                i++;
                ok = dec_error(&d, start, i, bits >= 6 ? "partial character in shift sequence"
                                                       : "non-zero padding bits in shift sequence", &i) == 0;
                continue;
            }
            if (surrogate && c < 0x80 && c != '+')
                ok = tyBuf_appendCodepoint(&d.out, surrogate) == 0;
            surrogate = 0;
            if (c == '-')
                i++;
        } else if (c == '+') {
            start = i++;
            if (i < n && u[i] == '-') {
                i++;
                ok = tyBuf_appendChar(&d.out, '+') == 0;
            } else if (i < n && !is_base64(u[i])) {
                i++;
                ok = dec_error(&d, start, i, "ill-formed sequence", &i) == 0;
            } else {
                shifted = true;
                surrogate = 0;
                shift_out = d.out.len;
                buf = 0;
                bits = 0;
            }
        } else if (c < 0x80) {
            ok = tyBuf_appendChar(&d.out, (char)c) == 0;
            i++;
        } else {
            ok = dec_error(&d, i, i + 1, "unexpected special character", &i) == 0;
        }
    }
    if (ok && shifted) {
        if (!d.a.final) {
            d.out.len = shift_out;
            i = start;
        } else if (surrogate || bits >= 6 || (bits > 0 && buf != 0)) {
            ssize_t ignored;
            ok = dec_error(&d, start, d.a.len, "unterminated shift sequence", &ignored) == 0;
        }
    }
    return dec_finish(&d, ok, i);
}

/* ---- the codecs str.encode and bytes.decode call without the registry ----------- */

/* Which of CPython's fast-path codecs `encoding` names (ASCII case and
** '-'/'_'/' ' ignored as _Py_normalize_encoding does): 8, 16, 32 for the
** UTFs, 1 for Latin-1, 7 for ASCII, 0 for any other. */
static int direct_codec(const char *encoding)
{
    char norm[16];
    size_t n = strlen(encoding), k = 0;
    if (n >= sizeof norm)
        return 0;
    for (size_t i = 0; i <= n; i++) {
        char c = encoding[i];
        norm[k++] = (c == '-' || c == ' ') ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    static const struct { const char *name; int id; } names[] = {
        { "utf_8", 8 }, { "utf8", 8 }, { "utf_16", 16 }, { "utf16", 16 }, { "utf_32", 32 }, { "utf32", 32 },
        { "ascii", 7 }, { "us_ascii", 7 },
        { "latin1", 1 }, { "latin_1", 1 }, { "iso_8859_1", 1 }, { "iso8859_1", 1 },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(names); i++)
        if (strcmp(norm, names[i].name) == 0)
            return names[i].id;
    return 0;
}

TyObject *tyCodecs_encodeDirect(TyObject *str, const char *encoding, const char *errors)
{
    int id = direct_codec(encoding);
    if (!id)
        return NULL;
    TyObject *a[2] = { str, NULL };
    TyObject *err = a[1] = errors ? tyStr_fromCStr(errors) : TY_NEWREF(TY_NONE);
    if (!err)
        return NULL;
    TyObject *r = id == 8 ? codecs_utf_8_encode(NULL, a, 2, NULL)
                : id == 16 ? codecs_utf_16_encode(NULL, a, 2, NULL)
                : id == 32 ? codecs_utf_32_encode(NULL, a, 2, NULL)
                : id == 7 ? codecs_ascii_encode(NULL, a, 2, NULL) : codecs_latin_1_encode(NULL, a, 2, NULL);
    TY_DECREF(err);
    TyObject *v = r ? TY_NEWREF(TY_TUPLE_GET(r, 0)) : NULL;
    TY_XDECREF(r);
    return v;
}

TyObject *tyCodecs_decodeDirect(const char *data, ssize_t n, const char *encoding, const char *errors)
{
    int id = direct_codec(encoding);
    if (!id)
        return NULL;
    TyObject *a[3] = { tyBytes_fromData(data, n), errors ? tyStr_fromCStr(errors) : TY_NEWREF(TY_NONE), TY_TRUE };
    TyObject *r = NULL;
    if (a[0] && a[1])
        r = id == 8 ? codecs_utf_8_decode(NULL, a, 3, NULL)
          : id == 16 ? codecs_utf_16_decode(NULL, a, 3, NULL)
          : id == 32 ? codecs_utf_32_decode(NULL, a, 3, NULL)
          : id == 7 ? codecs_ascii_decode(NULL, a, 2, NULL) : codecs_latin_1_decode(NULL, a, 2, NULL);
    TY_XDECREF(a[0]);
    TY_XDECREF(a[1]);
    TyObject *v = r ? TY_NEWREF(TY_TUPLE_GET(r, 0)) : NULL;
    TY_XDECREF(r);
    return v;
}

#define ENTRY(name, doc) { #name, codecs_##name, TY_METH_DEFAULT, doc }

TyMethodDef tyCodecs_textFunctions[] = {
    ENTRY(utf_8_encode, "Encode as UTF-8."),
    ENTRY(utf_8_decode, "Decode UTF-8."),
    ENTRY(utf_16_encode, "Encode as UTF-16 (byteorder 0: with a BOM)."),
    ENTRY(utf_16_le_encode, "Encode as UTF-16-LE."),
    ENTRY(utf_16_be_encode, "Encode as UTF-16-BE."),
    ENTRY(utf_16_decode, "Decode UTF-16, reading a BOM."),
    ENTRY(utf_16_le_decode, "Decode UTF-16-LE."),
    ENTRY(utf_16_be_decode, "Decode UTF-16-BE."),
    ENTRY(utf_16_ex_decode, "Decode UTF-16 in a given byte order; also return the order."),
    ENTRY(utf_32_encode, "Encode as UTF-32 (byteorder 0: with a BOM)."),
    ENTRY(utf_32_le_encode, "Encode as UTF-32-LE."),
    ENTRY(utf_32_be_encode, "Encode as UTF-32-BE."),
    ENTRY(utf_32_decode, "Decode UTF-32, reading a BOM."),
    ENTRY(utf_32_le_decode, "Decode UTF-32-LE."),
    ENTRY(utf_32_be_decode, "Decode UTF-32-BE."),
    ENTRY(utf_32_ex_decode, "Decode UTF-32 in a given byte order; also return the order."),
    ENTRY(latin_1_encode, "Encode as Latin-1."),
    ENTRY(latin_1_decode, "Decode Latin-1."),
    ENTRY(ascii_encode, "Encode as ASCII."),
    ENTRY(ascii_decode, "Decode ASCII."),
    ENTRY(charmap_encode, "Encode through a mapping of code points to bytes."),
    ENTRY(charmap_decode, "Decode through a table or mapping of bytes to characters."),
    ENTRY(charmap_build, "Build an encoding map from a decoding table."),
    ENTRY(escape_encode, "Escape bytes as in a bytes literal."),
    ENTRY(escape_decode, "Decode the escapes of a bytes literal."),
    ENTRY(unicode_escape_encode, "Encode with Python's string escapes."),
    ENTRY(unicode_escape_decode, "Decode Python's string escapes."),
    ENTRY(raw_unicode_escape_encode, "Encode with \\u and \\U escapes."),
    ENTRY(raw_unicode_escape_decode, "Decode \\u and \\U escapes."),
    ENTRY(utf_7_encode, "Encode as UTF-7."),
    ENTRY(utf_7_decode, "Decode UTF-7."),
    ENTRY(readbuffer_encode, "The bytes of a buffer or str."),
    { NULL, NULL, 0, NULL },
};
