/*
** str.c — the str object: allocation, the immortal short strings,
** interning, hashing, comparison, concatenation, repr, codecs, the string
** builder, tyStr_fromFormat, the type's slots and its iterators.  The
** methods (str.split() & co.) are in str_methods.c.
**
** A str is UTF-8 with a cached code-point length and an `ascii` flag.
** Every function that makes a str goes through tyStr_fromKnown() or
** str_settle(), which hand out the static empty and one-character Latin-1
** strings instead of allocating, so a string of length <= 1 with a code
** point below 256 is always one of those.
**
** The contracts of the exported functions are documented in str.h.
*/
#define _GNU_SOURCE /* memmem, memrchr */
#include <stdio.h>
#include <string.h>
#include "tally.h"
#include "buffer.h"
#include "objects/iter.h"
#include "freelist.h"
#include "format.h"
#include "unicode.h"
#include "objects/slice.h"
#include "objects/bytearray.h"
#include "modules/codecs.h"

/* ---- UTF-8 ------------------------------------------------------------- */

uint32_t ty_utf8Decode(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p += 1;
        return c;
    }
    if (c < 0xE0) {
        *p += 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        *p += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *p += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Lone surrogates (which chr() can make) are encoded like any other BMP
** code point; only decoding from bytes rejects them. */
int ty_utf8Encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

#define HIGH_BITS 0x8080808080808080ULL

static uint64_t load64(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* memcpy for the short pieces strings are mostly built from: up to 16
** bytes in two overlapping loads and stores of fixed size (inline moves;
** the call through the static binary's ifunc slot cost more than the
** copy).  The two ranges must not overlap, as for memcpy. */
static inline void copy_bytes(char *dst, const char *src, size_t n)
{
    if (n > 16) {
        memcpy(dst, src, n);
    } else if (n >= 8) {
        uint64_t a, b;
        memcpy(&a, src, 8);
        memcpy(&b, src + n - 8, 8);
        memcpy(dst, &a, 8);
        memcpy(dst + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, src, 4);
        memcpy(&b, src + n - 4, 4);
        memcpy(dst, &a, 4);
        memcpy(dst + n - 4, &b, 4);
    } else if (n > 0) {
        char a = src[0], b = src[n / 2], c = src[n - 1];
        dst[0] = a;
        dst[n / 2] = b;
        dst[n - 1] = c;
    }
}

/* memcmp(a, b, n) == 0, with up to 16 bytes compared by at most two
** overlapping loads a side, for the reason copy_bytes gives. */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
    if (n > 16)
        return memcmp(a, b, n) == 0;
    if (n >= 8)
        return ((load64(a) ^ load64(b)) | (load64(a + n - 8) ^ load64(b + n - 8))) == 0;
    if (n >= 4) {
        uint32_t a0, a1, b0, b1;
        memcpy(&a0, a, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b0, b, 4);
        memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* Is every byte below 0x80?  Eight bytes at a time. */
static bool bytes_are_ascii(const char *s, ssize_t n)
{
    ssize_t i = 0;
    for (; i + 8 <= n; i += 8)
        if (load64(s + i) & HIGH_BITS)
            return false;
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

int tyStr_numberToAscii(const char *s, ssize_t len, char **out, ssize_t *outlen)
{
    *out = NULL;
    if (bytes_are_ascii(s, len))
        return 0;
    char *ascii = tyMem_malloc((size_t)len + 1);
    if (!ascii)
        return -1;
    const char *p = s, *end = s + len;
    char *q = ascii;
    while (p < end) {
        uint32_t cp = ty_utf8Decode(&p);
        if (cp < 0x80)
            *q++ = (char)cp;
        else if (tyUni_isSpace(cp))
            *q++ = ' ';
        else if (tyUni_decimalValue(cp) >= 0)
            *q++ = (char)('0' + tyUni_decimalValue(cp));
        else
            *q++ = '?';
    }
    *q = '\0';
    *out = ascii;
    *outlen = q - ascii;
    return 0;
}

ssize_t ty_utf8Length(const char *s, ssize_t nbytes)
{
    ssize_t count = 0, i = 0;
    for (; i + 8 <= nbytes; i += 8) {
        uint64_t w = load64(s + i);
        if (!(w & HIGH_BITS)) {
            count += 8;
            continue;
        }
        /* A byte starts a code point unless it is 10xxxxxx. */
        uint64_t cont = w & ~(w << 1) & HIGH_BITS;
        count += 8 - __builtin_popcountll(cont);
    }
    for (; i < nbytes; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Byte offset of the i-th code point of UTF-8 text (i may equal the
** length, giving the end). */
static ssize_t utf8_offset(const char *s, ssize_t nbytes, ssize_t i)
{
    ssize_t off = 0;
    while (i > 0 && off < nbytes) {
        off++;
        while (off < nbytes && ((unsigned char)s[off] & 0xC0) == 0x80)
            off++;
        i--;
    }
    return off;
}

ssize_t tyStr_byteOffset(TyObject *s, ssize_t i)
{
    TyStr *u = (TyStr *)s;
    if (u->ascii)
        return i;
    return utf8_offset(u->data, u->nbytes, i);
}

uint32_t tyStr_codepointAt(TyObject *s, ssize_t i)
{
    TyStr *u = (TyStr *)s;
    if (u->ascii)
        return (unsigned char)u->data[i];
    const char *p = u->data + utf8_offset(u->data, u->nbytes, i);
    return ty_utf8Decode(&p);
}

/* ---- the static strings ------------------------------------------------ */

/* Layout-compatible with TyStr, with room for one code point below 256. */
typedef struct StaticStr {
    TyObject ob;
    ssize_t length;
    ssize_t nbytes;
    ty_hash hash;
    uint8_t ascii;
    uint8_t interned;
    char data[3];
} StaticStr;

_Static_assert(offsetof(StaticStr, data) == offsetof(TyStr, data),
               "StaticStr must match TyStr");

static StaticStr str_empty = { TY_STATIC_HEAD(&TyStr_Type), 0, 0, 0, 1, 0, "" };
static StaticStr str_latin1[256];

/*
** Builds the 256 immortal one-character strings U+0000..U+00FF and opens
** the free lists of short strings.  Must run before any other string is
** made.
*/
void tyStr_init(void)
{
    for (int c = 0; c < 256; c++) {
        StaticStr *s = &str_latin1[c];
        s->ob.refcnt = TY_IMMORTAL_REFCNT;
        s->ob.type = &TyStr_Type;
        s->length = 1;
        s->nbytes = ty_utf8Encode((uint32_t)c, s->data);
        s->data[s->nbytes] = '\0';
        s->hash = -1;
        s->ascii = c < 0x80;
    }
    ty_state.str.keep_free = true;
}

/* New references to the immortal strings: the empty one, and the one for
** code point c < 256. */
static TyObject *empty_str(void)
{
    return TY_NEWREF(&str_empty);
}

static TyObject *latin1_str(uint32_t c)
{
    return TY_NEWREF(&str_latin1[c]);
}

/* ---- the free lists of short strings --------------------------------- */

/*
** Short strings are made and dropped by the million (split, concatenation,
** str(int)), so freed exact strs of up to 128 bytes of allocation are kept
** in ty_state.str by size class, 16 bytes apart, and reused without going
** to malloc.  Every such string is allocated at its class's full size, so
** any string of the class fits.  A listed string keeps its type, a zero
** count and empty text, chained through its hash field (freelist.h).
*/
#define STR_HEADER ((ssize_t)offsetof(TyStr, data))
#define FREE_CLASSES TY_STR_FREE_CLASSES /* allocations of 48, 64, ..., 128 bytes */
#define FREE_PER_CLASS 1000
#define STR_LINK offsetof(TyStr, hash)

/* The size class of a string of nbytes bytes, or FREE_CLASSES when it is
** too long to be kept. */
static int size_class(ssize_t nbytes)
{
    ssize_t size = STR_HEADER + nbytes + 1;
    if (size > 128)
        return FREE_CLASSES;
    return size <= 48 ? 0 : (int)((size - 33) / 16);
}

/* Bytes of data[] to allocate for nbytes of text: the whole class for a
** short string, so that its memory can serve any string of the class. */
static ssize_t data_size(ssize_t nbytes)
{
    int k = size_class(nbytes);
    return k < FREE_CLASSES ? 48 + 16 * k - STR_HEADER : nbytes + 1;
}

/* A fresh string of nbytes bytes (NUL-terminated, length unset; the bytes
** before the NUL are for the caller to fill).  New reference;
** MemoryError on failure. */
static TyStr *str_raw(ssize_t nbytes)
{
    if (nbytes < 0 || nbytes > PTRDIFF_MAX / 2) {
        tyErr_noMemory();
        return NULL;
    }
    int k = size_class(nbytes);
    TyStr *s = k < FREE_CLASSES ? (TyStr *)tyFreeList_pop(&ty_state.str.free[k], STR_LINK) : NULL;
    if (s) {
        s->interned = 0;
        s->data[nbytes] = '\0';
    } else {
        s = (TyStr *)tyObj_allocVar(&TyStr_Type, data_size(nbytes));
        if (!s)
            return NULL;
    }
    s->nbytes = nbytes;
    s->hash = -1;
    return s;
}

/* Keep a dead exact str for reuse if its class has room: true if kept. */
static bool str_keep(TyStr *s)
{
    int k = size_class(s->nbytes);
    if (!ty_state.str.keep_free || TY_TYPE(s) != &TyStr_Type || k >= FREE_CLASSES)
        return false;
    s->length = 0;
    s->nbytes = 0;
    s->data[0] = '\0';
    return tyFreeList_push(&ty_state.str.free[k], (TyObject *)s, STR_LINK, FREE_PER_CLASS);
}

/* ---- allocation -------------------------------------------------------- */

/*
** A string holding a copy of s[0..nbytes), whose code-point length and
** ascii flag the caller already knows.  New reference (a static one for
** lengths 0 and 1 below U+0100).
*/
TyObject *tyStr_fromKnown(const char *s, ssize_t nbytes, ssize_t length, bool ascii)
{
    if (length == 0)
        return empty_str();
    if (length == 1) {
        if (ascii)
            return latin1_str((unsigned char)s[0]);
        const char *p = s;
        uint32_t c = ty_utf8Decode(&p);
        if (c < 256)
            return latin1_str(c);
    }
    TyStr *r = str_raw(nbytes);
    if (!r)
        return NULL;
    copy_bytes(r->data, s, (size_t)nbytes);
    r->length = length;
    r->ascii = ascii;
    return (TyObject *)r;
}

/* A string whose bytes are written and whose length and ascii fields are
** set: swapped for the static string when it is one of those.  Steals r. */
static TyObject *str_settle(TyStr *r)
{
    if (r->length > 1)
        return (TyObject *)r;
    TyObject *st;
    if (r->length == 0) {
        st = empty_str();
    } else {
        const char *p = r->data;
        uint32_t c = ty_utf8Decode(&p);
        if (c >= 256)
            return (TyObject *)r;
        st = latin1_str(c);
    }
    TY_DECREF(r);
    return st;
}

TyObject *tyStr_fromUtf8(const char *s, ssize_t nbytes)
{
    if (bytes_are_ascii(s, nbytes))
        return tyStr_fromKnown(s, nbytes, nbytes, true);
    return tyStr_fromKnown(s, nbytes, ty_utf8Length(s, nbytes), false);
}

TyObject *tyStr_fromAscii(const char *s, ssize_t n)
{
    return tyStr_fromKnown(s, n, n, true);
}

TyObject *tyStr_fromCStr(const char *s)
{
    return tyStr_fromUtf8(s, (ssize_t)strlen(s));
}

TyObject *tyStr_fromCodepoint(uint32_t cp)
{
    if (cp < 256)
        return latin1_str(cp);
    char buf[4];
    int n = ty_utf8Encode(cp, buf);
    TyStr *r = str_raw(n);
    if (!r)
        return NULL;
    memcpy(r->data, buf, (size_t)n);
    r->length = 1;
    r->ascii = 0;
    return (TyObject *)r;
}

TyObject *tyStr_alloc(ssize_t nbytes)
{
    return (TyObject *)str_raw(nbytes);
}

/* tyStr_finish for a caller that wrote only ASCII bytes: no scan. */
TyObject *tyStr_finishAscii(TyObject *s)
{
    TyStr *r = (TyStr *)s;
    r->ascii = 1;
    r->length = r->nbytes;
    return str_settle(r);
}

TyObject *tyStr_finish(TyObject *s)
{
    TyStr *r = (TyStr *)s;
    r->ascii = bytes_are_ascii(r->data, r->nbytes);
    r->length = r->ascii ? r->nbytes : ty_utf8Length(r->data, r->nbytes);
    return str_settle(r);
}

/* ---- UTF-8 validation and the codecs ----------------------------------- */

int tyStr_utf8Check(const unsigned char *s, ssize_t n, const char **why)
{
    unsigned c = s[0];
    int need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *why = "invalid start byte";
        return -1;
    }
    for (int k = 1; k < need; k++) {
        if (k >= n) {
            *why = "unexpected end of data";
            return -(int)n;
        }
        unsigned b = s[k];
        if (b < lo || b > hi) {
            *why = "invalid continuation byte";
            return -k;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need;
}

/* Raise UnicodeDecodeError(encoding, data, start, end, reason). */
static void decode_error(const char *encoding, const char *data, ssize_t n,
                         ssize_t start, ssize_t end, const char *reason)
{
    TyObject *args[5] = { NULL, NULL, NULL, NULL, NULL };
    args[0] = tyStr_fromCStr(encoding);
    args[1] = tyBytes_fromData(data, n);
    args[2] = tyInt_fromI64(start);
    args[3] = tyInt_fromI64(end);
    args[4] = tyStr_fromCStr(reason);
    if (args[0] && args[1] && args[2] && args[3] && args[4]) {
        TyObject *exc = tyExc_new(&TyExc_UnicodeDecodeError, args, 5);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
    }
    for (int i = 0; i < 5; i++)
        TY_XDECREF(args[i]);
}

/* Raise UnicodeEncodeError(encoding, str, start, end, reason). */
static void encode_error(const char *encoding, TyObject *str, ssize_t start,
                         ssize_t end, const char *reason)
{
    TyObject *args[5] = { NULL, NULL, NULL, NULL, NULL };
    args[0] = tyStr_fromCStr(encoding);
    args[1] = TY_NEWREF(str);
    args[2] = tyInt_fromI64(start);
    args[3] = tyInt_fromI64(end);
    args[4] = tyStr_fromCStr(reason);
    if (args[0] && args[2] && args[3] && args[4]) {
        TyObject *exc = tyExc_new(&TyExc_UnicodeEncodeError, args, 5);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
    }
    for (int i = 0; i < 5; i++)
        TY_XDECREF(args[i]);
}

TyObject *tyStr_decodeUtf8(const char *s, ssize_t nbytes)
{
    const unsigned char *u = (const unsigned char *)s;
    ssize_t i = 0, length = 0;
    bool ascii = true;
    while (i < nbytes) {
        if (u[i] < 0x80) {
            i++;
            length++;
            continue;
        }
        const char *why;
        int k = tyStr_utf8Check(u + i, nbytes - i, &why);
        if (k < 0) {
            decode_error("utf-8", s, nbytes, i, i - k, why);
            return NULL;
        }
        ascii = false;
        i += k;
        length++;
    }
    return tyStr_fromKnown(s, nbytes, length, ascii);
}

/* The codecs tally knows, under CPython's normalised names and aliases. */
enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF, ERR_UNKNOWN };

static int lookup_codec(const char *name)
{
    static const char *const utf8[] = { "utf_8", "utf8", "u8", "utf", "cp65001", NULL };
    static const char *const ascii[] = { "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968",
                                         "iso646_us", "cp367", "csascii", NULL };
    static const char *const latin1[] = { "latin_1", "latin1", "latin", "l1", "iso_8859_1",
                                          "iso8859_1", "8859", "cp819", "iso_ir_100",
                                          "csisolatin1", "iso_8859_1:1987", NULL };
    static const char *const *const tables[] = { utf8, ascii, latin1 };
    char norm[32];
    size_t n = strlen(name);
    if (n >= sizeof norm)
        return CODEC_UNKNOWN;
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        norm[i] = (c == '-' || c == ' ') ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    for (int t = 0; t < 3; t++)
        for (const char *const *a = tables[t]; *a; a++)
            if (strcmp(norm, *a) == 0)
                return t;
    return CODEC_UNKNOWN;
}

static int lookup_errors(const char *name)
{
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "xmlcharrefreplace" };
    for (int i = 0; i < (int)TY_ARRAY_LEN(names); i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return ERR_UNKNOWN;
}

/* Append "\xhh" / "\uhhhh" / "\Uhhhhhhhh" for cp. */
static int buf_escape(TyStrBuilder *b, uint32_t cp)
{
    char tmp[12];
    int n;
    if (cp < 0x100)
        n = snprintf(tmp, sizeof tmp, "\\x%02x", cp);
    else if (cp < 0x10000)
        n = snprintf(tmp, sizeof tmp, "\\u%04x", cp);
    else
        n = snprintf(tmp, sizeof tmp, "\\U%08x", cp);
    return tyBuf_append(b, tmp, (size_t)n);
}

/*
** bytes.decode / str(bytes, encoding, errors): text from raw bytes.
** New reference; LookupError for an unknown codec or handler,
** UnicodeDecodeError under errors="strict".
*/
TyObject *tyStr_decode(const char *data, ssize_t n, const char *encoding, const char *errors)
{
    int codec = lookup_codec(encoding ? encoding : "utf-8");
    if (codec == CODEC_UNKNOWN)
        return tyCodecs_decodeText(data, n, encoding, errors);
    const char *ename = codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
    const unsigned char *u = (const unsigned char *)data;
    if (codec == CODEC_UTF8 && (!errors || strcmp(errors, "strict") == 0))
        return tyStr_decodeUtf8(data, n);
    if (bytes_are_ascii(data, n))
        return tyStr_fromKnown(data, n, n, true);

    int handler = errors ? lookup_errors(errors) : ERR_STRICT;
    if (handler == ERR_UNKNOWN)
        return tyCodecs_decodeText(data, n, ename, errors);
    TyStrBuilder b;
    tyBuf_init(&b);
    ssize_t i = 0;
    while (i < n) {
        ssize_t bad_end;
        const char *why;
        if (codec == CODEC_LATIN1) {
            if (tyBuf_appendCodepoint(&b, u[i]) < 0)
                goto fail;
            i++;
            continue;
        }
        if (u[i] < 0x80) {
            if (tyBuf_appendChar(&b, (char)u[i]) < 0)
                goto fail;
            i++;
            continue;
        }
        if (codec == CODEC_UTF8) {
            int k = tyStr_utf8Check(u + i, n - i, &why);
            if (k > 0) {
                if (tyBuf_append(&b, data + i, (size_t)k) < 0)
                    goto fail;
                i += k;
                continue;
            }
            bad_end = i - k;
        } else {
            why = "ordinal not in range(128)";
            bad_end = i + 1;
        }
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            if (tyBuf_appendCodepoint(&b, 0xFFFD) < 0)
                goto fail;
            break;
        case ERR_BACKSLASH:
            for (ssize_t j = i; j < bad_end; j++)
                if (buf_escape(&b, u[j]) < 0)
                    goto fail;
            break;
        case ERR_STRICT:
            decode_error(ename, data, n, i, bad_end, why);
            goto fail;
        case ERR_XMLCHARREF:
            tyErr_setString(&TyExc_TypeError,
                            "don't know how to handle UnicodeDecodeError in error callback");
            goto fail;
        }
        i = bad_end;
    }
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    return NULL;
}

/*
** str.encode: the text as bytes in `encoding` ("utf-8", "ascii",
** "latin-1" and their aliases), with errors "strict", "ignore", "replace",
** "backslashreplace" or "xmlcharrefreplace".  New reference.
*/
TyObject *tyStr_encode(TyObject *s, const char *encoding, const char *errors)
{
    TyStr *u = (TyStr *)s;
    int codec = lookup_codec(encoding ? encoding : "utf-8");
    if (codec == CODEC_UNKNOWN)
        return tyCodecs_encodeText(s, encoding, errors);
    if (u->ascii)
        return tyBytes_fromData(u->data, u->nbytes);
    const char *ename = codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
    uint32_t limit = codec == CODEC_UTF8 ? 0x110000 : codec == CODEC_ASCII ? 0x80 : 0x100;
    int handler = errors ? lookup_errors(errors) : ERR_STRICT;
    if (handler == ERR_UNKNOWN)
        return tyCodecs_encodeText(s, ename, errors);
    TyStrBuilder b;
    tyBuf_init(&b);
    const char *p = u->data, *end = u->data + u->nbytes;
    ssize_t index = 0;
    while (p < end) {
        const char *start = p;
        uint32_t c = ty_utf8Decode(&p);
        bool surrogate = c >= 0xD800 && c <= 0xDFFF;
        if (c < limit && !surrogate) {
            int r;
            if (codec == CODEC_UTF8)
                r = tyBuf_append(&b, start, (size_t)(p - start));
            else
                r = tyBuf_appendChar(&b, (char)c);
            if (r < 0)
                goto fail;
            index++;
            continue;
        }
        /* The error covers this run of unencodable characters. */
        ssize_t run_end = index + 1;
        const char *q = p;
        while (q < end) {
            const char *t = q;
            uint32_t d = ty_utf8Decode(&t);
            bool sur = d >= 0xD800 && d <= 0xDFFF;
            if (d < limit && !sur)
                break;
            q = t;
            run_end++;
        }
        int r = 0;
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (ssize_t k = index; k < run_end; k++)
                r |= tyBuf_appendChar(&b, '?');
            break;
        case ERR_BACKSLASH:
        case ERR_XMLCHARREF:
            for (const char *t = start; t < q && r == 0;) {
                uint32_t d = ty_utf8Decode(&t);
                if (handler == ERR_BACKSLASH)
                    r = buf_escape(&b, d);
                else
                    r = tyBuf_appendFormat(&b, "&#%u;", (unsigned)d);
            }
            break;
        case ERR_STRICT:
            encode_error(ename, s, index, run_end,
                         codec == CODEC_UTF8 ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)");
            goto fail;
        }
        if (r < 0)
            goto fail;
        p = q;
        index = run_end;
    }
    TyObject *res = tyBytes_fromData(b.data, (ssize_t)b.len);
    tyBuf_free(&b);
    return res;
fail:
    tyBuf_free(&b);
    return NULL;
}

/* ---- hashing: SipHash-1-3 --------------------------------------------- */

/*
** SipHash-1-3, CPython 3.11's default algorithm, with an all-zero key (as
** CPython runs with PYTHONHASHSEED=0) unless PYTHONHASHSEED asks for
** another (tyStr_setHashKey): one compression round per 8-byte word,
** three finalisation rounds.  The state accepts bytes incrementally so a
** string can be hashed over its PEP 393 form without building it.
*/
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;      /* pending bytes, little-endian */
    unsigned ntail;
    uint64_t total;
} SipState;

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void sip_round(SipState *s)
{
    s->v0 += s->v1;
    s->v1 = ROTL64(s->v1, 13);
    s->v1 ^= s->v0;
    s->v0 = ROTL64(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = ROTL64(s->v3, 16);
    s->v3 ^= s->v2;
    s->v0 += s->v3;
    s->v3 = ROTL64(s->v3, 21);
    s->v3 ^= s->v0;
    s->v2 += s->v1;
    s->v1 = ROTL64(s->v1, 17);
    s->v1 ^= s->v2;
    s->v2 = ROTL64(s->v2, 32);
}

static inline void sip_compress(SipState *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

static void sip_init_keyed(SipState *s, uint64_t k0, uint64_t k1)
{
    s->v0 = k0 ^ 0x736f6d6570736575ULL;
    s->v1 = k1 ^ 0x646f72616e646f6dULL;
    s->v2 = k0 ^ 0x6c7967656e657261ULL;
    s->v3 = k1 ^ 0x7465646279746573ULL;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

static inline void sip_byte(SipState *s, uint64_t byte)
{
    s->tail |= byte << (8 * s->ntail);
    s->total++;
    if (++s->ntail == 8) {
        sip_compress(s, s->tail);
        s->tail = 0;
        s->ntail = 0;
    }
}

/* Whole words go straight through; x86-64 loads them little-endian, which
** is also the byte order of CPython's buffers there. */
static void sip_bytes(SipState *s, const char *p, size_t n)
{
    while (n > 0 && s->ntail != 0) {
        sip_byte(s, (unsigned char)*p++);
        n--;
    }
    for (; n >= 8; n -= 8, p += 8) {
        sip_compress(s, load64(p));
        s->total += 8;
    }
    if (n > 0) {
        /* No tail is pending here: the last 1..7 bytes become it in one step. */
        uint64_t t = 0;
        memcpy(&t, p, n);
        s->tail = t;
        s->ntail = (unsigned)n;
        s->total += n;
    }
}

/* The key of str/bytes hashes: zero (CPython run with PYTHONHASHSEED=0)
** unless tyStr_setHashKey chose another before anything was hashed. */
static uint64_t hash_k0, hash_k1;

void tyStr_setHashKey(uint64_t k0, uint64_t k1)
{
    hash_k0 = k0;
    hash_k1 = k1;
}

bool tyStr_hashRandomized(void)
{
    return (hash_k0 | hash_k1) != 0;
}

static void sip_init(SipState *s)
{
    sip_init_keyed(s, hash_k0, hash_k1);
}

static inline uint64_t sip_finish64(SipState *s)
{
    sip_compress(s, (s->total << 56) | s->tail);
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

static inline ty_hash sip_finish(SipState *s)
{
    ty_hash r = (ty_hash)sip_finish64(s);
    return r == -1 ? -2 : r;
}

uint64_t tyStr_sipHash13(uint64_t k0, uint64_t k1, const char *p, size_t n)
{
    SipState s;
    sip_init_keyed(&s, k0, k1);
    sip_bytes(&s, p, n);
    return sip_finish64(&s);
}

/*
** CPython's hash of a byte buffer (bytes objects, and str in its PEP 393
** one-byte form): 0 for an empty buffer, SipHash-1-3 otherwise.
*/
ty_hash tyStr_hashBytes(const char *p, ssize_t n)
{
    if (n == 0)
        return 0;
    /* sip_bytes written out for a whole buffer, the state in registers:
    ** the last 0-7 bytes are read in at most two loads (overlapping), not
    ** by a memcpy of variable length, which is a call in the static
    ** binary. */
    SipState s;
    sip_init(&s);
    size_t left = (size_t)n;
    for (; left >= 8; left -= 8, p += 8)
        sip_compress(&s, load64(p));
    uint64_t t = 0;
    if (left >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + left - 4, 4);
        t = (uint64_t)lo | ((uint64_t)hi << (8 * (left - 4)));
    } else if (left > 0) {
        t = (uint64_t)(unsigned char)p[0] | ((uint64_t)(unsigned char)p[left / 2] << (8 * (left / 2))) |
            ((uint64_t)(unsigned char)p[left - 1] << (8 * (left - 1)));
    }
    s.tail = t;
    s.total = (uint64_t)n;
    return sip_finish(&s);
}

/* Hash of UTF-8 text as CPython hashes the same str: over its canonical
** buffer of 1, 2 or 4 bytes per code point, chosen by the largest one. */
static ty_hash hash_text(const char *data, ssize_t nbytes, bool ascii)
{
    if (ascii)
        return tyStr_hashBytes(data, nbytes);
    uint32_t max = 0;
    const char *p = data, *end = data + nbytes;
    while (p < end) {
        uint32_t c = ty_utf8Decode(&p);
        if (c > max)
            max = c;
    }
    int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    SipState s;
    sip_init(&s);
    for (p = data; p < end;) {
        uint32_t c = ty_utf8Decode(&p);
        for (int k = 0; k < width; k++)
            sip_byte(&s, (c >> (8 * k)) & 0xFF);
    }
    return sip_finish(&s);
}

ty_hash tyStr_hash(TyObject *s)
{
    TyStr *u = (TyStr *)s;
    if (u->hash == -1)
        u->hash = hash_text(u->data, u->nbytes, u->ascii);
    return u->hash;
}

/* ---- interning --------------------------------------------------------- */

TyObject *tyStr_intern(TyObject *s)
{
    TyStr *u = (TyStr *)s;
    if (!TY_STR_CHECK_EXACT(s) || u->interned || TY_REFCNT(s) >= TY_IMMORTAL_THRESHOLD)
        return s;
    TyInternTable *t = &ty_state.str.interned;
    ty_hash h = tyStr_hash(s);
    TyStr *found = tyIntern_find(t, u->data, u->nbytes, h);
    if (found) {
        TY_INCREF(found);
        TY_DECREF(s);
        return (TyObject *)found;
    }
    if (tyIntern_add(t, u) < 0) {
        TY_DECREF(s);
        return NULL;
    }
    return s;
}

TyObject *tyStr_internC(const char *c)
{
    ssize_t n = (ssize_t)strlen(c);
    bool ascii = bytes_are_ascii(c, n);
    TyStr *found = tyIntern_find(&ty_state.str.interned, c, n, hash_text(c, n, ascii));
    if (found)
        return TY_NEWREF(found);
    TyObject *s = tyStr_fromKnown(c, n, ascii ? n : ty_utf8Length(c, n), ascii);
    return s ? tyStr_intern(s) : NULL;
}

void tyStr_fini(void)
{
    TyStrState *c = &ty_state.str;
    tyIntern_clear(&c->interned);
    c->keep_free = false;
    for (int k = 0; k < FREE_CLASSES; k++)
        tyFreeList_clear(&c->free[k], STR_LINK);
}

/* ---- comparison -------------------------------------------------------- */

bool tyStr_eq(TyObject *a, TyObject *b)
{
    if (a == b)
        return true;
    TyStr *x = (TyStr *)a, *y = (TyStr *)b;
    if (x->nbytes != y->nbytes)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return same_bytes(x->data, y->data, (size_t)x->nbytes);
}

bool tyStr_eqC(TyObject *a, const char *c)
{
    TyStr *x = (TyStr *)a;
    size_t n = strlen(c);
    return (size_t)x->nbytes == n && memcmp(x->data, c, n) == 0;
}

/* UTF-8 byte order is code point order, so memcmp decides. */
int tyStr_compare(TyObject *a, TyObject *b)
{
    TyStr *x = (TyStr *)a, *y = (TyStr *)b;
    ssize_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c != 0)
        return c;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
}

/* ---- building ---------------------------------------------------------- */

TyObject *tyStr_concat(TyObject *a, TyObject *b)
{
    TyStr *x = (TyStr *)a, *y = (TyStr *)b;
    if (y->nbytes == 0 && TY_STR_CHECK_EXACT(a))
        return TY_NEWREF(a);
    if (x->nbytes == 0 && TY_STR_CHECK_EXACT(b))
        return TY_NEWREF(b);
    if (x->nbytes > PTRDIFF_MAX / 2 - y->nbytes)
        return tyErr_noMemory();
    TyStr *r = str_raw(x->nbytes + y->nbytes);
    if (!r)
        return NULL;
    copy_bytes(r->data, x->data, (size_t)x->nbytes);
    copy_bytes(r->data + x->nbytes, y->data, (size_t)y->nbytes);
    r->length = x->length + y->length;
    r->ascii = x->ascii & y->ascii;
    return str_settle(r);
}

/*
** *target = *target + b, where the caller owns the reference in *target.
** When that reference is the only one (and the string is a plain,
** non-interned heap str), the string is grown in place, as CPython does
** for `s = s + t` and `s += t`.  Returns 0, or -1 with an exception (the
** old *target is then still owned by the caller).
*/
int tyStr_concatInPlace(TyObject **target, TyObject *b)
{
    TyStr *x = (TyStr *)*target, *y = (TyStr *)b;
    if (TY_REFCNT(x) != 1 || !TY_STR_CHECK_EXACT(x) || x->interned || y->nbytes == 0) {
        TyObject *r = tyStr_concat(*target, b);
        if (!r)
            return -1;
        TY_SETREF(*target, r);
        return 0;
    }
    if (x->nbytes > PTRDIFF_MAX / 2 - y->nbytes) {
        tyErr_noMemory();
        return -1;
    }
    ssize_t old = x->nbytes;
    /* b may be *target itself; its fields are read before the move. */
    ssize_t add_bytes = y->nbytes, add_len = y->length;
    uint8_t add_ascii = y->ascii;
    bool self = x == y;
    /* An exact str always has data_size(nbytes) bytes (str_raw, and this
    ** function keep that true): within its size class it has room. */
    TyStr *r = x;
    if (data_size(old + add_bytes) != data_size(old)) {
        r = (TyStr *)tyObj_resizeVar((TyObject *)x, data_size(old + add_bytes));
        if (!r)
            return -1;
    }
    copy_bytes(r->data + old, self ? r->data : y->data, (size_t)add_bytes);
    r->nbytes = old + add_bytes;
    r->data[r->nbytes] = '\0';
    r->length += add_len;
    r->ascii &= add_ascii;
    r->hash = -1;
    *target = (TyObject *)r;
    return 0;
}

TyObject *tyStr_join(TyObject *sep, TyObject *iterable)
{
    TyObject *seq;
    if (TY_LIST_CHECK_EXACT(iterable) || TY_TUPLE_CHECK_EXACT(iterable)) {
        seq = TY_NEWREF(iterable);
    } else {
        TyObject *it = tyObj_getIter(iterable);
        if (!it) {
            if (tyErr_exceptionMatches(&TyExc_TypeError))
                tyErr_setString(&TyExc_TypeError, "can only join an iterable");
            return NULL;
        }
        seq = tyList_fromIterable(it);
        TY_DECREF(it);
        if (!seq)
            return NULL;
    }
    TyObject **items;
    ssize_t n;
    if (TY_TUPLE_CHECK_EXACT(seq)) {
        items = TY_TUPLE_ITEMS(seq);
        n = TY_TUPLE_LEN(seq);
    } else {
        items = TY_LIST_ITEMS(seq);
        n = TY_LIST_LEN(seq);
    }
    TyObject *result = NULL;
    if (n == 0) {
        result = empty_str();
        goto done;
    }
    if (n == 1 && TY_STR_CHECK_EXACT(items[0])) {
        result = TY_NEWREF(items[0]);
        goto done;
    }
    TyStr *s = (TyStr *)sep;
    ssize_t nbytes = s->nbytes * (n - 1), length = s->length * (n - 1);
    uint8_t ascii = s->ascii;
    for (ssize_t i = 0; i < n; i++) {
        TyObject *item = items[i];
        if (!TY_STR_CHECK(item)) {
            tyErr_format(&TyExc_TypeError, "sequence item %zd: expected str instance, %T found",
                         i, item);
            goto done;
        }
        TyStr *u = (TyStr *)item;
        nbytes += u->nbytes;
        length += u->length;
        ascii &= u->ascii;
        if (nbytes < 0) {
            tyErr_setString(&TyExc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
    }
    TyStr *r = str_raw(nbytes);
    if (!r)
        goto done;
    char *p = r->data;
    for (ssize_t i = 0; i < n; i++) {
        TyStr *u = (TyStr *)items[i];
        if (i > 0 && s->nbytes) {
            copy_bytes(p, s->data, (size_t)s->nbytes);
            p += s->nbytes;
        }
        copy_bytes(p, u->data, (size_t)u->nbytes);
        p += u->nbytes;
    }
    r->length = length;
    r->ascii = ascii;
    result = str_settle(r);
done:
    TY_DECREF(seq);
    return result;
}

/*
** The bytes data[b0..b1) of s as a str: s itself when that is all of an
** exact str (CPython shares it too).  New reference.
*/
TyObject *tyStr_sliceBytes(TyObject *s, ssize_t b0, ssize_t b1)
{
    TyStr *u = (TyStr *)s;
    if (b0 == 0 && b1 == u->nbytes && TY_STR_CHECK_EXACT(s))
        return TY_NEWREF(s);
    const char *p = u->data + b0;
    ssize_t n = b1 - b0;
    if (u->ascii)
        return tyStr_fromKnown(p, n, n, true);
    return tyStr_fromUtf8(p, n);
}

TyObject *tyStr_substring(TyObject *s, ssize_t start, ssize_t end)
{
    TyStr *u = (TyStr *)s;
    if (start >= end)
        return empty_str();
    if (u->ascii)
        return tyStr_sliceBytes(s, start, end);
    ssize_t b0 = utf8_offset(u->data, u->nbytes, start);
    ssize_t b1 = b0 + utf8_offset(u->data + b0, u->nbytes - b0, end - start);
    if (b0 == 0 && b1 == u->nbytes && TY_STR_CHECK_EXACT(s))
        return TY_NEWREF(s);
    const char *p = u->data + b0;
    return tyStr_fromKnown(p, b1 - b0, end - start, bytes_are_ascii(p, b1 - b0));
}

/* s * n. */
static TyObject *str_repeat(TyObject *s, ssize_t n)
{
    TyStr *u = (TyStr *)s;
    if (n <= 0 || u->nbytes == 0)
        return empty_str();
    if (n == 1 && TY_STR_CHECK_EXACT(s))
        return TY_NEWREF(s);
    /* As CPython: OverflowError past the size type, MemoryError (from
    ** str_raw) for what fits but cannot be had. */
    if (u->nbytes > PTRDIFF_MAX / n)
        return tyErr_setString(&TyExc_OverflowError, "repeated string is too long");
    ssize_t total = u->nbytes * n;
    TyStr *r = str_raw(total);
    if (!r)
        return NULL;
    if (u->nbytes == 1) {
        memset(r->data, u->data[0], (size_t)total);
    } else {
        memcpy(r->data, u->data, (size_t)u->nbytes);
        ssize_t done = u->nbytes;
        while (done < total) {
            ssize_t chunk = done <= total - done ? done : total - done;
            memcpy(r->data + done, r->data, (size_t)chunk);
            done += chunk;
        }
    }
    r->length = u->length * n;
    r->ascii = u->ascii;
    return str_settle(r);
}

/* ---- repr and ascii ---------------------------------------------------- */

/* Append cp as repr() shows it inside quotes `quote`. */
static int repr_char(TyStrBuilder *b, uint32_t cp, char quote)
{
    switch (cp) {
    case '\\':
        return tyBuf_append(b, "\\\\", 2);
    case '\t':
        return tyBuf_append(b, "\\t", 2);
    case '\n':
        return tyBuf_append(b, "\\n", 2);
    case '\r':
        return tyBuf_append(b, "\\r", 2);
    default:
        break;
    }
    if (cp == (uint32_t)quote) {
        char esc[2] = { '\\', quote };
        return tyBuf_append(b, esc, 2);
    }
    if (cp < 0x80) {
        if (cp < 0x20 || cp == 0x7F)
            return buf_escape(b, cp);
        return tyBuf_appendChar(b, (char)cp);
    }
    if (!tyUni_isPrintable(cp))
        return buf_escape(b, cp);
    return tyBuf_appendCodepoint(b, cp);
}

TyObject *tyStr_repr(TyObject *s)
{
    TyStr *u = (TyStr *)s;
    const char *p = u->data, *end = u->data + u->nbytes;
    bool has_single = memchr(p, '\'', (size_t)u->nbytes) != NULL;
    bool has_double = memchr(p, '"', (size_t)u->nbytes) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';

    /* Common case: printable ASCII needing no escapes. */
    if (u->ascii) {
        bool plain = true;
        for (ssize_t i = 0; i < u->nbytes && plain; i++) {
            unsigned char c = (unsigned char)p[i];
            plain = c >= 0x20 && c < 0x7F && c != '\\' && c != (unsigned char)quote;
        }
        if (plain) {
            TyStr *r = str_raw(u->nbytes + 2);
            if (!r)
                return NULL;
            r->data[0] = quote;
            memcpy(r->data + 1, p, (size_t)u->nbytes);
            r->data[u->nbytes + 1] = quote;
            r->length = u->nbytes + 2;
            r->ascii = 1;
            return (TyObject *)r;
        }
    }
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendChar(&b, quote) < 0)
        goto fail;
    while (p < end) {
        uint32_t c = ty_utf8Decode(&p);
        if (repr_char(&b, c, quote) < 0)
            goto fail;
    }
    if (tyBuf_appendChar(&b, quote) < 0)
        goto fail;
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    return NULL;
}

/*
** ascii(o): repr(o) with every non-ASCII character escaped as \xhh,
** \uhhhh or \Uhhhhhhhh.  New reference.
*/
TyObject *tyStr_ascii(TyObject *o)
{
    TyObject *r = tyObj_repr(o);
    if (!r || TY_STR_IS_ASCII(r))
        return r;
    TyStrBuilder b;
    tyBuf_init(&b);
    const char *p = TY_STR_UTF8(r), *end = p + TY_STR_NBYTES(r);
    while (p < end) {
        uint32_t c = ty_utf8Decode(&p);
        if ((c < 0x80 ? tyBuf_appendChar(&b, (char)c) : buf_escape(&b, c)) < 0) {
            tyBuf_free(&b);
            TY_DECREF(r);
            return NULL;
        }
    }
    TY_DECREF(r);
    return tyBuf_finish(&b);
}

/* ---- the string builder ------------------------------------------------ */

void tyBuf_init(TyStrBuilder *b)
{
    b->data = b->inline_buf;
    b->len = 0;
    b->cap = sizeof b->inline_buf;
}

/* Make room for `extra` more bytes. */
static int buf_reserve(TyStrBuilder *b, size_t extra)
{
    if (b->cap - b->len >= extra)
        return 0;
    if (extra > (size_t)PTRDIFF_MAX / 2 - b->len) {
        tyErr_noMemory();
        return -1;
    }
    size_t cap = b->cap * 2;
    if (cap < b->len + extra)
        cap = b->len + extra;
    char *p;
    if (b->data == b->inline_buf) {
        p = tyMem_malloc(cap);
        if (p)
            memcpy(p, b->data, b->len);
    } else {
        p = tyMem_realloc(b->data, cap);
    }
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int tyBuf_reserve(TyStrBuilder *b, size_t extra)
{
    return buf_reserve(b, extra);
}

int tyBuf_append(TyStrBuilder *b, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if (buf_reserve(b, n) < 0)
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

int tyBuf_appendC(TyStrBuilder *b, const char *s)
{
    return tyBuf_append(b, s, strlen(s));
}

int tyBuf_appendChar(TyStrBuilder *b, char c)
{
    if (b->len == b->cap && buf_reserve(b, 1) < 0)
        return -1;
    b->data[b->len++] = c;
    return 0;
}

int tyBuf_appendCodepoint(TyStrBuilder *b, uint32_t cp)
{
    if (buf_reserve(b, 4) < 0)
        return -1;
    b->len += (size_t)ty_utf8Encode(cp, b->data + b->len);
    return 0;
}

int tyBuf_appendStr(TyStrBuilder *b, TyObject *str)
{
    return tyBuf_append(b, TY_STR_UTF8(str), (size_t)TY_STR_NBYTES(str));
}

int tyBuf_appendRepr(TyStrBuilder *b, TyObject *o)
{
    TyObject *r = tyObj_repr(o);
    if (!r)
        return -1;
    int rc = tyBuf_appendStr(b, r);
    TY_DECREF(r);
    return rc;
}

int tyBuf_appendObjStr(TyStrBuilder *b, TyObject *o)
{
    TyObject *r = tyObj_str(o);
    if (!r)
        return -1;
    int rc = tyBuf_appendStr(b, r);
    TY_DECREF(r);
    return rc;
}

TyObject *tyBuf_finish(TyStrBuilder *b)
{
    TyObject *s = tyStr_fromUtf8(b->data, (ssize_t)b->len);
    tyBuf_free(b);
    return s;
}

void tyBuf_free(TyStrBuilder *b)
{
    if (b->data != b->inline_buf)
        tyMem_free(b->data);
    tyBuf_init(b);
}

/* ---- tyStr_fromFormat -------------------------------------------------- */

/* One directive's options: %[-][0][width][.prec][l|ll|z]conv. */
typedef struct FmtSpec {
    bool left, zero;
    ssize_t width, prec;    /* -1 when absent */
} FmtSpec;

/* Append UTF-8 text cut to spec->prec code points and padded with spaces
** to spec->width code points. */
static int buf_append_spec(TyStrBuilder *b, const char *s, ssize_t n, const FmtSpec *spec)
{
    if (spec->prec >= 0)
        n = utf8_offset(s, n, spec->prec);
    ssize_t padding = spec->width >= 0 ? spec->width - ty_utf8Length(s, n) : 0;
    for (; !spec->left && padding > 0; padding--)
        if (tyBuf_appendChar(b, ' ') < 0)
            return -1;
    if (tyBuf_append(b, s, (size_t)n) < 0)
        return -1;
    for (; padding > 0; padding--)
        if (tyBuf_appendChar(b, ' ') < 0)
            return -1;
    return 0;
}

static int buf_append_obj_spec(TyStrBuilder *b, TyObject *str, const FmtSpec *spec)
{
    return buf_append_spec(b, TY_STR_UTF8(str), TY_STR_NBYTES(str), spec);
}

/* Append a formatted integer: digits from snprintf, then CPython's
** padding rules (zero padding goes after a minus sign). */
static int buf_append_int(TyStrBuilder *b, const char *digits, const FmtSpec *spec)
{
    ssize_t n = (ssize_t)strlen(digits);
    ssize_t padding = spec->width > n ? spec->width - n : 0;
    if (spec->zero && !spec->left) {
        if (digits[0] == '-') {
            if (tyBuf_appendChar(b, '-') < 0)
                return -1;
            digits++;
            n--;
        }
        for (; padding > 0; padding--)
            if (tyBuf_appendChar(b, '0') < 0)
                return -1;
    }
    FmtSpec plain = { spec->left, false, spec->width > 0 ? n + padding : -1, -1 };
    return buf_append_spec(b, digits, n, &plain);
}

static int buf_vformat(TyStrBuilder *b, const char *fmt, va_list ap)
{
    char num[64];
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            const char *run = f;
            while (f[1] && f[1] != '%')
                f++;
            if (tyBuf_append(b, run, (size_t)(f - run + 1)) < 0)
                return -1;
            continue;
        }
        const char *directive = f++;
        FmtSpec spec = { false, false, -1, -1 };
        for (;; f++) {
            if (*f == '-')
                spec.left = true;
            else if (*f == '0')
                spec.zero = true;
            else
                break;
        }
        if (*f >= '1' && *f <= '9') {
            spec.width = 0;
            for (; *f >= '0' && *f <= '9'; f++)
                spec.width = spec.width * 10 + (*f - '0');
        }
        if (*f == '.') {
            spec.prec = 0;
            for (f++; *f >= '0' && *f <= '9'; f++)
                spec.prec = spec.prec * 10 + (*f - '0');
        }
        int longs = 0;
        bool size_mod = false;
        for (; *f == 'l'; f++)
            longs++;
        if (*f == 'z') {
            size_mod = true;
            f++;
        }
        int rc;
        switch (*f) {
        case '%':
            rc = tyBuf_appendChar(b, '%');
            break;
        case 'd':
        case 'i': {
            long long v = size_mod ? (long long)va_arg(ap, ssize_t)
                          : longs >= 2 ? va_arg(ap, long long)
                          : longs == 1 ? (long long)va_arg(ap, long)
                                       : (long long)va_arg(ap, int);
            snprintf(num, sizeof num, "%lld", v);
            rc = buf_append_int(b, num, &spec);
            break;
        }
        case 'u':
        case 'x': {
            unsigned long long v = size_mod ? (unsigned long long)va_arg(ap, size_t)
                                   : longs >= 2 ? va_arg(ap, unsigned long long)
                                   : longs == 1 ? (unsigned long long)va_arg(ap, unsigned long)
                                                : (unsigned long long)va_arg(ap, unsigned int);
            snprintf(num, sizeof num, *f == 'u' ? "%llu" : "%llx", v);
            rc = buf_append_int(b, num, &spec);
            break;
        }
        case 'c': {
            char enc[4];
            int n = ty_utf8Encode((uint32_t)va_arg(ap, int), enc);
            rc = buf_append_spec(b, enc, n, &spec);
            break;
        }
        case 'p':
            snprintf(num, sizeof num, "0x%llx", (unsigned long long)(uintptr_t)va_arg(ap, void *));
            rc = buf_append_spec(b, num, (ssize_t)strlen(num), &spec);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            rc = buf_append_spec(b, s, (ssize_t)strlen(s), &spec);
            break;
        }
        case 'U':
            rc = buf_append_obj_spec(b, va_arg(ap, TyObject *), &spec);
            break;
        case 'R':
        case 'S': {
            TyObject *o = va_arg(ap, TyObject *);
            TyObject *r = *f == 'R' ? tyObj_repr(o) : tyObj_str(o);
            if (!r)
                return -1;
            rc = buf_append_obj_spec(b, r, &spec);
            TY_DECREF(r);
            break;
        }
        case 'T':
        case 'A':
        case 'N': {
            TyObject *o = *f == 'N' ? NULL : va_arg(ap, TyObject *);
            TyType *t = *f == 'N' ? va_arg(ap, TyType *) : TY_TYPE(o);
            const char *name = *f == 'A' && o == TY_NONE ? "None" : tyType_name(t);
            rc = buf_append_spec(b, name, (ssize_t)strlen(name), &spec);
            break;
        }
        default:
            /* Not a directive: the text is copied as it stands, like
            ** CPython does. */
            rc = tyBuf_append(b, directive, (size_t)(f - directive));
            f--;
            break;
        }
        if (rc < 0)
            return -1;
    }
    return 0;
}

int tyBuf_appendFormat(TyStrBuilder *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = buf_vformat(b, fmt, ap);
    va_end(ap);
    return rc;
}

TyObject *tyStr_fromFormatV(const char *fmt, va_list ap)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    if (buf_vformat(&b, fmt, ap) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyStr_fromFormat(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *s = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    return s;
}

/* ---- type slots -------------------------------------------------------- */

static void str_dealloc(TyObject *o)
{
    TyStr *s = (TyStr *)o;
    if (s->interned)
        tyIntern_remove(&ty_state.str.interned, s);
    if (!str_keep(s))
        tyObj_free(o);
}

/* str(s) of a str subclass instance is a plain str with the same text. */
static TyObject *str_str(TyObject *o)
{
    if (TY_STR_CHECK_EXACT(o))
        return TY_NEWREF(o);
    TyStr *u = (TyStr *)o;
    return tyStr_fromKnown(u->data, u->nbytes, u->length, u->ascii);
}

static TyObject *str_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_STR_CHECK(a) || !TY_STR_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    bool r;
    switch (op) {
    case TY_EQ:
        r = tyStr_eq(a, b);
        break;
    case TY_NE:
        r = !tyStr_eq(a, b);
        break;
    case TY_LT:
        r = tyStr_compare(a, b) < 0;
        break;
    case TY_LE:
        r = tyStr_compare(a, b) <= 0;
        break;
    case TY_GT:
        r = tyStr_compare(a, b) > 0;
        break;
    default:
        r = tyStr_compare(a, b) >= 0;
        break;
    }
    return tyBool_from(r);
}

/* a + b for a str a: new reference, or TypeError when b is no str. */
static TyObject *str_concat(TyObject *a, TyObject *b)
{
    if (!TY_STR_CHECK(b))
        return tyErr_format(&TyExc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    return tyStr_concat(a, b);
}

static TyObject *str_mod(TyObject *a, TyObject *b)
{
    if (!TY_STR_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    return tyFormat_percent(a, b);
}

static ssize_t str_length(TyObject *o)
{
    return TY_STR_LEN(o);
}

/* s[i] for 0 <= i < len. */
static TyObject *str_item(TyStr *u, ssize_t i)
{
    if (u->ascii)
        return latin1_str((unsigned char)u->data[i]);
    const char *p = u->data + utf8_offset(u->data, u->nbytes, i);
    return tyStr_fromCodepoint(ty_utf8Decode(&p));
}

static TyObject *str_subscript(TyObject *o, TyObject *key)
{
    TyStr *u = (TyStr *)o;
    if (TY_INT_CHECK(key) || TY_TYPE(key)->nb_index) {
        ssize_t i = tyNum_asSsize(key, &TyExc_IndexError);
        if (i == -1 && tyErr_occurred())
            return NULL;
        if (i < 0)
            i += u->length;
        if (i < 0 || i >= u->length)
            return tyErr_setString(&TyExc_IndexError, "string index out of range");
        return str_item(u, i);
    }
    if (!TY_SLICE_CHECK(key))
        return tyErr_format(&TyExc_TypeError, "string indices must be integers, not '%T'", key);
    ssize_t start, stop, step, n;
    if (tySlice_indices(key, &u->length, &start, &stop, &step, &n) < 0)
        return NULL;
    if (step == 1)
        return tyStr_substring(o, start, start + n);
    if (n <= 0)
        return empty_str();
    if (u->ascii) {
        TyStr *r = str_raw(n);
        if (!r)
            return NULL;
        for (ssize_t k = 0; k < n; k++)
            r->data[k] = u->data[start + k * step];
        r->length = n;
        r->ascii = 1;
        return str_settle(r);
    }
    /* Decode once into code points so each step is O(1). */
    uint32_t *cps = tyMem_malloc((size_t)u->length * sizeof(uint32_t));
    if (!cps)
        return NULL;
    const char *p = u->data;
    for (ssize_t i = 0; i < u->length; i++)
        cps[i] = ty_utf8Decode(&p);
    TyStrBuilder b;
    tyBuf_init(&b);
    int rc = 0;
    for (ssize_t k = 0; k < n && rc == 0; k++)
        rc = tyBuf_appendCodepoint(&b, cps[start + k * step]);
    tyMem_free(cps);
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* Byte offset of needle in hay, or -1.  Both are valid UTF-8, so a byte
** match always starts on a character boundary. */
ssize_t tyStr_findBytes(const char *hay, ssize_t hn, const char *needle, ssize_t nn)
{
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    const char *r = nn == 1 ? memchr(hay, needle[0], (size_t)hn)
                            : memmem(hay, (size_t)hn, needle, (size_t)nn);
    return r ? r - hay : -1;
}

static int str_contains(TyObject *o, TyObject *item)
{
    if (!TY_STR_CHECK(item)) {
        tyErr_format(&TyExc_TypeError, "'in <string>' requires string as left operand, not %T",
                     item);
        return -1;
    }
    return tyStr_findBytes(TY_STR_UTF8(o), TY_STR_NBYTES(o), TY_STR_UTF8(item),
                           TY_STR_NBYTES(item)) >= 0;
}

/* ---- iterators --------------------------------------------------------- */

/* One struct, two types: CPython 3.11 names the iterator over an ASCII
** string str_ascii_iterator. */
typedef struct TyStrIter {
    TyObject ob;
    TyObject *str;      /* NULL once exhausted */
    ssize_t offset;     /* byte offset of the next character */
    ssize_t index;      /* code-point index of the next character */
} TyStrIter;

TyType TyStrIter_Type, TyStrAsciiIter_Type;

static TyObject *str_iter(TyObject *o)
{
    TyType *t = TY_STR_IS_ASCII(o) ? &TyStrAsciiIter_Type : &TyStrIter_Type;
    TyStrIter *it = (TyStrIter *)tyGC_alloc(t);
    if (!it)
        return NULL;
    it->str = TY_NEWREF(o);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void striter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((TyStrIter *)o)->str);
    tyObj_free(o);
}

static int striter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *s = ((TyStrIter *)o)->str;
    return s ? visit(s, arg) : 0;
}

static TyObject *striter_next(TyObject *o)
{
    TyStrIter *it = (TyStrIter *)o;
    TyStr *u = (TyStr *)it->str;
    if (!u)
        return NULL;
    if (it->offset >= u->nbytes) {
        TY_CLEAR(it->str);
        return NULL;
    }
    const char *p = u->data + it->offset;
    uint32_t c = ty_utf8Decode(&p);
    it->offset = p - u->data;
    it->index++;
    return tyStr_fromCodepoint(c);
}

static TyObject *striter_iter(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *striter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    TyStrIter *it = (TyStrIter *)self;
    if (tyArg_noKeywords("__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(it->str ? TY_STR_LEN(it->str) - it->index : 0);
}

/* __reduce__: (iter, (str,), index), or (iter, ('',)) once exhausted. */
static TyObject *striter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyStrIter *it = (TyStrIter *)self;
    return it->str ? tyIter_reduceAt("iter", it->str, it->index) : tyIter_reduceExhausted(tyStr_fromCStr(""));
}

/* __setstate__(index): clamped to [0, len]; an exhausted iterator stays so. */
static TyObject *striter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyStrIter *it = (TyStrIter *)self;
    ssize_t index;
    if (tyIter_stateIndex(args, nargs, kwnames, 0, it->str ? TY_STR_LEN(it->str) : 0, &index) < 0)
        return NULL;
    if (it->str) {
        it->index = index;
        it->offset = tyStr_byteOffset(it->str, index);
    }
    return tyNone_new();
}

static TyMethodDef striter_methods[] = {
    { "__length_hint__", striter_length_hint, TY_METH_DEFAULT, NULL },
    { "__reduce__", striter_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", striter_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

TyType TyStrIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "str_iterator",
    .basicsize = sizeof(TyStrIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = striter_dealloc,
    .traverse = striter_traverse,
    .iter = striter_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

TyType TyStrAsciiIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "str_ascii_iterator",
    .basicsize = sizeof(TyStrIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = striter_dealloc,
    .traverse = striter_traverse,
    .iter = striter_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

/* ---- the constructor --------------------------------------------------- */

/* A str subclass instance with the text of the exact str s (stolen). */
static TyObject *str_subtype_new(TyType *type, TyObject *s)
{
    TyStr *u = (TyStr *)s;
    TyStr *r = (TyStr *)tyType_genericAlloc(type, u->nbytes + 1);
    if (r) {
        memcpy(r->data, u->data, (size_t)u->nbytes);
        r->nbytes = u->nbytes;
        r->length = u->length;
        r->ascii = u->ascii;
        r->hash = -1;
    }
    TY_DECREF(s);
    return (TyObject *)r;
}

/* Borrowed UTF-8 of a str argument, or NULL with CPython's TypeError. */
static const char *str_arg(const char *fname, const char *argname, TyObject *o)
{
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "%s() argument '%s' must be str, not %A", fname,
                     argname, o);
        return NULL;
    }
    return TY_STR_UTF8(o);
}

/* str(o, encoding, errors) of another bytes-like object (memoryview,
** array): its bytes decoded.  New reference. */
static TyObject *decode_buffer(TyObject *o, const char *enc, const char *err)
{
    TyBuffer view;
    if (tyBuffer_get(o, &view) < 0)
        return NULL;
    return tyStr_decode(view.data, view.len, enc, err);
}

/* str(), str(object), str(bytes, encoding='utf-8', errors='strict'). */
static TyObject *str_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors", NULL };
    TyObject *a[3];
    /* str(x), the common call, skips the general unpacking. */
    if (nargs == 1 && !kwnames && type == &TyStr_Type)
        return tyObj_str(args[0]);
    if (tyArg_unpack("str", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    TyObject *r;
    if (!a[0]) {
        r = empty_str();
    } else if (!a[1] && !a[2]) {
        r = tyObj_str(a[0]);
    } else {
        const char *enc = "utf-8", *err = "strict";
        if (a[1] && !(enc = str_arg("str", "encoding", a[1])))
            return NULL;
        if (a[2] && !(err = str_arg("str", "errors", a[2])))
            return NULL;
        TyObject *o = a[0];
        if (TY_BYTES_CHECK(o))
            r = tyStr_decode(TY_BYTES_DATA(o), TY_BYTES_LEN(o), enc, err);
        else if (TY_BYTEARRAY_CHECK(o))
            r = tyStr_decode(TY_BYTEARRAY_DATA(o), TY_BYTEARRAY_LEN(o), enc, err);
        else if (!tyBuffer_check(o))
            return tyErr_format(&TyExc_TypeError,
                                "decoding to str: need a bytes-like object, %T found", o);
        else
            r = decode_buffer(o, enc, err);
    }
    if (!r || type == &TyStr_Type)
        return r;
    return str_subtype_new(type, r);
}

static ssize_t str_var_size(TyObject *o)
{
    return (ssize_t)offsetof(TyStr, data) + ((TyStr *)o)->nbytes + 1;
}

TyType TyStr_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "str",
    .basicsize = offsetof(TyStr, data),
    .itemsize = 1,
    .var_size = str_var_size,
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_STR_SUBCLASS | TY_TPFLAG_MATCH_SELF | TY_TPFLAG_TUPLE_CALL,
    .dealloc = str_dealloc,
    .repr = tyStr_repr,
    .str = str_str,
    .hash = tyStr_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .tp_new = str_new,
    .binop = {
        [TY_BINOP_MOD] = str_mod,
    },
    .length = str_length,
    .subscript = str_subscript,
    .contains = str_contains,
    .sq_concat = str_concat,
    .sq_repeat = str_repeat,
    .methods = tyStr_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
};
