/*
** binascii.c — the `binascii` module: hex, base64, quoted-printable and
** uuencode conversions and the CRC-32 / CRC-CCITT checksums, with
** CPython's names, errors and corner cases (base64's strict_mode,
** quoted-printable's line rules).  base64, quopri, uu and zipfile are
** written over it.
**
** The a2b_* functions take bytes-like objects or ASCII-only str; the b2a_*
** ones bytes-like objects only, as CPython's do.  CRC-32 is zlib's.
*/
#include <zlib.h>
#include "tally.h"
#include "buffer.h"
#include "modules/binascii.h"
#include "modules/zlibmodule.h"

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char upper_hex[] = "0123456789ABCDEF";

static TyObject *fail(const char *msg)
{
    return tyErr_setString((TyType *)ty_state.mod.binascii.error, msg);
}

/* The bytes an a2b_* function decodes: a bytes-like object's, or an ASCII
** str's.  0, or -1 with CPython's TypeError / ValueError. */
static int ascii_data(TyObject *o, TyBuffer *view)
{
    if (TY_STR_CHECK(o)) {
        if (!TY_STR_IS_ASCII(o)) {
            tyErr_setString(&TyExc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *view = (TyBuffer){ TY_STR_UTF8(o), TY_STR_NBYTES(o), true };
        return 0;
    }
    if (!tyBuffer_check(o)) {
        tyErr_format(&TyExc_TypeError, "argument should be bytes, buffer or ASCII string, not '%T'", o);
        return -1;
    }
    return tyBuffer_get(o, view);
}

/* The builder's bytes as a bytes object (the builder is released): new
** reference. */
static TyObject *finish_bytes(TyStrBuilder *b)
{
    TyObject *r = tyBytes_fromData(b->data, (ssize_t)b->len);
    tyBuf_free(b);
    return r;
}

/* The arguments (data, /, *, flag=dflt) of a b2a_/a2b_ function: 0 with
** *data borrowed and *flag the flag's truth, or -1 with an exception. */
static int data_and_flag(const char *fname, const char *flagname, int dflt, TyObject *const *args,
                         size_t nargs, TyObject *kwnames, TyObject **data, int *flag)
{
    const char *const names[] = { "", flagname, NULL };
    TyObject *a[2];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 1, 1, a) < 0)
        return -1;
    *data = a[0];
    *flag = a[1] ? tyObj_isTrue(a[1]) : dflt;
    return *flag < 0 ? -1 : 0;
}

/* ---- hex ------------------------------------------------------------------------ */

/* hexlify(data, sep=..., bytes_per_sep=1) and its alias b2a_hex. */
static TyObject *ba_hexlify(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "data", "sep", "bytes_per_sep", NULL };
    TyObject *a[3];
    if (tyArg_unpack("hexlify", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    ssize_t group = 1;
    if (a[2]) {
        group = tyNum_asSsize(a[2], NULL);
        if (group == -1 && tyErr_occurred())
            return NULL;
    }
    int sep = -1;
    if (a[1]) {
        ssize_t n;
        if (TY_STR_CHECK(a[1]))
            n = TY_STR_LEN(a[1]);
        else if (tyBytes_isLike(a[1]))
            n = tyBytes_likeLen(a[1]);
        else
            return tyErr_format(&TyExc_TypeError, "object of type '%T' has no len()", a[1]);
        if (n != 1)
            return tyErr_setString(&TyExc_ValueError, "sep must be length 1.");
        /* A one-character str separates with its code point's low byte. */
        sep = TY_STR_CHECK(a[1]) ? (unsigned char)tyStr_codepointAt(a[1], 0)
                                 : (unsigned char)tyBytes_likeData(a[1])[0];
    }
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBytes_hexAppend(&b, (const unsigned char *)view.data, view.len, sep, group) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return finish_bytes(&b);
}

/* unhexlify(hexstr) and its alias a2b_hex. */
static TyObject *ba_unhexlify(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "hexstr", NULL };
    TyObject *a[1];
    TyBuffer view;
    if (tyArg_unpack("unhexlify", args, nargs, kwnames, names, 1, 1, a) < 0 || ascii_data(a[0], &view) < 0)
        return NULL;
    if (view.len % 2)
        return fail("Odd-length string");
    TyObject *r = tyBytes_fromData(NULL, view.len / 2);
    if (!r)
        return NULL;
    const unsigned char *s = (const unsigned char *)view.data;
    for (ssize_t i = 0; i < view.len; i += 2) {
        int hi = tyBytes_hexDigit(s[i]), lo = tyBytes_hexDigit(s[i + 1]);
        if (hi < 0 || lo < 0) {
            TY_DECREF(r);
            return fail("Non-hexadecimal digit found");
        }
        TY_BYTES_DATA(r)[i / 2] = (char)(hi << 4 | lo);
    }
    return r;
}

/* ---- base64 -------------------------------------------------------------------- */

/* b2a_base64(data, *, newline=True). */
static TyObject *ba_b2a_base64(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *data;
    int newline;
    TyBuffer view;
    if (data_and_flag("b2a_base64", "newline", 1, args, nargs, kwnames, &data, &newline) < 0 ||
        tyBuffer_get(data, &view) < 0)
        return NULL;
    if (view.len > (SSIZE_MAX - 3) / 4 * 3)
        return fail("Too much data for base64 line");
    ssize_t outlen = (view.len + 2) / 3 * 4 + newline;
    TyObject *r = tyBytes_fromData(NULL, outlen);
    if (!r)
        return NULL;
    const unsigned char *s = (const unsigned char *)view.data;
    char *o = TY_BYTES_DATA(r);
    for (ssize_t i = 0; i < view.len; i += 3) {
        unsigned v = (unsigned)s[i] << 16;
        if (i + 1 < view.len)
            v |= (unsigned)s[i + 1] << 8;
        if (i + 2 < view.len)
            v |= s[i + 2];
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[v >> 12 & 63];
        *o++ = i + 1 < view.len ? b64_alphabet[v >> 6 & 63] : '=';
        *o++ = i + 2 < view.len ? b64_alphabet[v & 63] : '=';
    }
    if (newline)
        *o = '\n';
    return r;
}

static int b64_value(unsigned char c)
{
    const char *p = c ? strchr(b64_alphabet, c) : NULL;
    return p ? (int)(p - b64_alphabet) : -1;
}

/*
** a2b_base64(data, /, *, strict_mode=False).  Without strict_mode, bytes
** outside the alphabet are skipped and decoding stops at the padding that
** completes a group; with it, those and anything after the padding are
** errors.
*/
static TyObject *ba_a2b_base64(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *data;
    int strict;
    TyBuffer view;
    if (data_and_flag("a2b_base64", "strict_mode", 0, args, nargs, kwnames, &data, &strict) < 0 ||
        ascii_data(data, &view) < 0)
        return NULL;
    const unsigned char *s = (const unsigned char *)view.data;
    ssize_t n = view.len;
    if (strict && n > 0 && s[0] == '=')
        return fail("Leading padding not allowed");
    TyObject *r = tyBytes_fromData(NULL, n / 4 * 3 + 3);
    if (!r)
        return NULL;
    unsigned char *out = (unsigned char *)TY_BYTES_DATA(r), *o = out;
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool padding = false, complete = false;
    const char *msg = NULL;
    for (ssize_t i = 0; i < n && !msg && !complete; i++) {
        if (s[i] == '=') {
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n)
                    msg = "Excess data after padding";
                complete = true;
            }
            continue;
        }
        int v = b64_value(s[i]);
        if (v < 0) {
            if (strict)
                msg = "Only base64 data is allowed";
            continue;
        }
        if (strict && padding) {
            msg = "Discontinuous padding not allowed";
            continue;
        }
        pads = 0;
        switch (quad) {
        case 0: left = (unsigned)v; break;
        case 1: *o++ = (unsigned char)(left << 2 | (unsigned)v >> 4); left = v & 0x0f; break;
        case 2: *o++ = (unsigned char)(left << 4 | (unsigned)v >> 2); left = v & 0x03; break;
        default: *o++ = (unsigned char)(left << 6 | (unsigned)v); left = 0; break;
        }
        quad = (quad + 1) % 4;
    }
    if (!msg && !complete && quad == 1) {
        TY_DECREF(r);
        return tyErr_format((TyType *)ty_state.mod.binascii.error,
                            "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more "
                            "than a multiple of 4", (ssize_t)(o - out) / 3 * 4 + 1);
    }
    if (!msg && !complete && quad != 0)
        msg = "Incorrect padding";
    if (msg) {
        TY_DECREF(r);
        return fail(msg);
    }
    TyObject *res = tyBytes_fromData((const char *)out, o - out);
    TY_DECREF(r);
    return res;
}

/* ---- checksums ------------------------------------------------------------------ */

/* The low `bits` bits of an int argument (any int: CPython masks it). */
static int masked_arg(TyObject *o, unsigned bits, uint32_t *out)
{
    TyObject *n = tyNum_index(o);
    if (!n)
        return -1;
    *out = (uint32_t)(tyInt_asU64Mask(n) & (((uint64_t)1 << bits) - 1));
    TY_DECREF(n);
    return 0;
}

/* crc32(data, crc=0): zlib's CRC-32, an unsigned 32-bit int. */
static TyObject *ba_crc32(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("crc32", kwnames) < 0 || tyArg_checkCount("crc32", nargs, 1, 2) < 0)
        return NULL;
    uint32_t crc = 0;
    TyBuffer view;
    if ((nargs > 1 && masked_arg(args[1], 32, &crc) < 0) || tyBuffer_get(args[0], &view) < 0)
        return NULL;
    return tyInt_fromU64(tyZlib_checksum(crc32, crc, view.data, view.len));
}

/* crc_hqx(data, crc): the CRC-CCITT of BinHex 4 (polynomial 0x1021). */
static TyObject *ba_crc_hqx(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("crc_hqx", kwnames) < 0 || tyArg_checkCount("crc_hqx", nargs, 2, 2) < 0)
        return NULL;
    uint32_t crc;
    TyBuffer view;
    if (masked_arg(args[1], 16, &crc) < 0 || tyBuffer_get(args[0], &view) < 0)
        return NULL;
    for (ssize_t i = 0; i < view.len; i++) {
        crc ^= (uint32_t)(unsigned char)view.data[i] << 8;
        for (int k = 0; k < 8; k++)
            crc = (crc & 0x8000 ? crc << 1 ^ 0x1021 : crc << 1) & 0xffff;
    }
    return tyInt_fromI64(crc);
}

/* ---- quoted-printable ------------------------------------------------------------- */

#define QP_LINE 76

/* a2b_qp(data, header=False). */
static TyObject *ba_a2b_qp(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "data", "header", NULL };
    TyObject *a[2];
    TyBuffer view;
    if (tyArg_unpack("a2b_qp", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    int header = a[1] ? tyObj_isTrue(a[1]) : 0;
    if (header < 0 || ascii_data(a[0], &view) < 0)
        return NULL;
    const unsigned char *s = (const unsigned char *)view.data;
    ssize_t n = view.len, i = 0;
    TyStrBuilder b;
    tyBuf_init(&b);
    int rc = 0;
    while (i < n && rc == 0) {
        if (s[i] == '=') {
            if (++i >= n)
                break;
            if (s[i] == '\n' || s[i] == '\r') {
                /* A soft line break: skip to the end of the line. */
                while (i < n && s[i] != '\n')
                    i++;
                if (i < n)
                    i++;
            } else if (s[i] == '=') {
                rc = tyBuf_appendChar(&b, '=');
                i++;
            } else if (i + 1 < n && tyBytes_hexDigit(s[i]) >= 0 && tyBytes_hexDigit(s[i + 1]) >= 0) {
                rc = tyBuf_appendChar(&b, (char)(tyBytes_hexDigit(s[i]) << 4 | tyBytes_hexDigit(s[i + 1])));
                i += 2;
            } else {
                rc = tyBuf_appendChar(&b, '=');
            }
        } else {
            rc = tyBuf_appendChar(&b, header && s[i] == '_' ? ' ' : (char)s[i]);
            i++;
        }
    }
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return finish_bytes(&b);
}

/* Must byte i of s[0..n) be written as =XX? */
static bool qp_quote(const unsigned char *s, ssize_t n, ssize_t i, ssize_t linelen,
                     bool quotetabs, bool istext, bool header)
{
    unsigned char c = s[i];
    bool last = i + 1 == n;
    if (c > 126 || c == '=' || (header && c == '_'))
        return true;
    if (c == '.' && linelen == 0 && (last || s[i + 1] == '\n' || s[i + 1] == '\r' || s[i + 1] == 0))
        return true;
    if (!istext && (c == '\r' || c == '\n'))
        return true;
    if ((c == '\t' || c == ' ') && last)
        return true;
    return c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '));
}

static int qp_soft_break(TyStrBuilder *b, bool crlf)
{
    return tyBuf_append(b, crlf ? "=\r\n" : "=\n", crlf ? 3 : 2);
}

static int qp_escape(TyStrBuilder *b, unsigned char c)
{
    char e[3] = { '=', upper_hex[c >> 4], upper_hex[c & 15] };
    return tyBuf_append(b, e, 3);
}

/* b2a_qp(data, quotetabs=False, istext=True, header=False): lines of at
** most 76 characters, soft breaks "=\n" (or "=\r\n" when the data's first
** line ends so), whitespace before a line end quoted. */
static TyObject *ba_b2a_qp(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "data", "quotetabs", "istext", "header", NULL };
    TyObject *a[4];
    if (tyArg_unpack("b2a_qp", args, nargs, kwnames, names, 1, 4, a) < 0)
        return NULL;
    int flags[3] = { 0, 1, 0 };
    for (int k = 0; k < 3; k++)
        if (a[k + 1] && (flags[k] = tyObj_isTrue(a[k + 1])) < 0)
            return NULL;
    bool quotetabs = flags[0], istext = flags[1], header = flags[2];
    TyBuffer view;
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    const unsigned char *s = (const unsigned char *)view.data;
    ssize_t n = view.len, i = 0, linelen = 0;
    const unsigned char *nl = memchr(s, '\n', (size_t)n);
    bool crlf = nl && nl > s && nl[-1] == '\r';
    TyStrBuilder b;
    tyBuf_init(&b);
    int rc = 0;
    while (i < n && rc == 0) {
        if (qp_quote(s, n, i, linelen, quotetabs, istext, header)) {
            if (linelen + 3 >= QP_LINE) {
                rc = qp_soft_break(&b, crlf);
                linelen = 0;
            }
            if (rc == 0)
                rc = qp_escape(&b, s[i]);
            linelen += 3;
            i++;
        } else if (istext && (s[i] == '\n' || (i + 1 < n && s[i] == '\r' && s[i + 1] == '\n'))) {
            linelen = 0;
            if (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\t')) {
                unsigned char ws = (unsigned char)b.data[--b.len];
                rc = qp_escape(&b, ws);
            }
            if (rc == 0)
                rc = tyBuf_append(&b, crlf ? "\r\n" : "\n", crlf ? 2 : 1);
            i += s[i] == '\r' ? 2 : 1;
        } else {
            if (i + 1 != n && s[i + 1] != '\n' && linelen + 1 >= QP_LINE) {
                rc = qp_soft_break(&b, crlf);
                linelen = 0;
            }
            linelen++;
            if (rc == 0)
                rc = tyBuf_appendChar(&b, header && s[i] == ' ' ? '_' : (char)s[i]);
            i++;
        }
    }
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return finish_bytes(&b);
}

/* ---- uuencode ----------------------------------------------------------------- */

/* a2b_uu(data): one uuencoded line. */
static TyObject *ba_a2b_uu(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyBuffer view;
    if (tyArg_noKeywords("a2b_uu", kwnames) < 0 || tyArg_checkCount("a2b_uu", nargs, 1, 1) < 0 ||
        ascii_data(args[0], &view) < 0)
        return NULL;
    const unsigned char *s = (const unsigned char *)view.data;
    ssize_t n = view.len;
    /* An empty line reads as its terminating NUL, as CPython's does. */
    ssize_t binlen = ((n ? s[0] : 0) - ' ') & 077;
    s++;
    n--;
    TyObject *r = tyBytes_fromData(NULL, binlen);
    if (!r)
        return NULL;
    char *o = TY_BYTES_DATA(r);
    unsigned left = 0;
    int bits = 0;
    for (; binlen > 0; n--, s++) {
        unsigned c = 0;
        if (n > 0 && *s != '\n' && *s != '\r') {
            if (*s < ' ' || *s > ' ' + 64) {
                TY_DECREF(r);
                return fail("Illegal char");
            }
            c = (unsigned)(*s - ' ') & 077;
        }
        left = (left << 6 | c) & 0xffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = (char)(left >> bits);
            left &= (1u << bits) - 1;
            binlen--;
        }
    }
    for (; n > 0; n--, s++)
        if (*s != ' ' && *s != ' ' + 64 && *s != '\n' && *s != '\r') {
            TY_DECREF(r);
            return fail("Trailing garbage");
        }
    return r;
}

/* b2a_uu(data, *, backtick=False): at most 45 bytes as one line. */
static TyObject *ba_b2a_uu(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *data;
    int backtick;
    TyBuffer view;
    if (data_and_flag("b2a_uu", "backtick", 0, args, nargs, kwnames, &data, &backtick) < 0 ||
        tyBuffer_get(data, &view) < 0)
        return NULL;
    if (view.len > 45)
        return fail("At most 45 bytes at once");
    const unsigned char *s = (const unsigned char *)view.data;
    char line[2 + 60 + 1];
    ssize_t k = 0;
#define UU_CHAR(v) ((backtick && (v) == 0) ? '`' : (char)(' ' + (v)))
    line[k++] = UU_CHAR((unsigned)view.len);
    for (ssize_t i = 0; i < view.len; i += 3) {
        unsigned v = (unsigned)s[i] << 16 | (i + 1 < view.len ? (unsigned)s[i + 1] << 8 : 0) |
                     (i + 2 < view.len ? s[i + 2] : 0);
        for (int sh = 18; sh >= 0; sh -= 6)
            line[k++] = UU_CHAR(v >> sh & 077);
    }
#undef UU_CHAR
    line[k++] = '\n';
    return tyBytes_fromData(line, k);
}

static TyMethodDef binascii_functions[] = {
    { "hexlify", ba_hexlify, TY_METH_DEFAULT, "Hexadecimal representation of binary data." },
    { "b2a_hex", ba_hexlify, TY_METH_DEFAULT, "Hexadecimal representation of binary data." },
    { "unhexlify", ba_unhexlify, TY_METH_DEFAULT, "Binary data of hexadecimal representation." },
    { "a2b_hex", ba_unhexlify, TY_METH_DEFAULT, "Binary data of hexadecimal representation." },
    { "b2a_base64", ba_b2a_base64, TY_METH_DEFAULT, "Base64-code line of data." },
    { "a2b_base64", ba_a2b_base64, TY_METH_DEFAULT, "Decode a line of base64 data." },
    { "crc32", ba_crc32, TY_METH_DEFAULT, "Compute CRC-32 incrementally." },
    { "crc_hqx", ba_crc_hqx, TY_METH_DEFAULT, "Compute CRC-CCITT incrementally." },
    { "a2b_qp", ba_a2b_qp, TY_METH_DEFAULT, "Decode a string of qp-encoded data." },
    { "b2a_qp", ba_b2a_qp, TY_METH_DEFAULT, "Encode a string using quoted-printable encoding." },
    { "a2b_uu", ba_a2b_uu, TY_METH_DEFAULT, "Decode a line of uuencoded data." },
    { "b2a_uu", ba_b2a_uu, TY_METH_DEFAULT, "Uuencode line of data." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyBinascii_create(void)
{
    if (!ty_state.mod.binascii.error && !(ty_state.mod.binascii.error = tyExc_newClass("binascii", "Error", &TyExc_ValueError)))
        return NULL;
    if (!ty_state.mod.binascii.incomplete && !(ty_state.mod.binascii.incomplete = tyExc_newClass("binascii", "Incomplete", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("binascii", binascii_functions);
    if (m && (tyModule_addObject(m, "Error", ty_state.mod.binascii.error) < 0 ||
              tyModule_addObject(m, "Incomplete", ty_state.mod.binascii.incomplete) < 0))
        TY_CLEAR(m);
    return m;
}

void tyBinascii_fini(void)
{
    TY_CLEAR(ty_state.mod.binascii.error);
    TY_CLEAR(ty_state.mod.binascii.incomplete);
}
