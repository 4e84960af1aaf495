/*
** codecs.c — the `_codecs` module's registries: codec search functions
** and their cache, named error handlers (CPython's eight built-in ones
** written here), encode()/decode() through a looked-up codec, and the
** error-handler protocol every codec of codecs_text.c goes through.
**
** The registry is filled lazily: the first lookup imports CPython's
** `encodings` package, whose search function finds encodings/NAME.py, as
** CPython's interpreter does at start-up.  Names are normalised as
** CPython 3.11 normalises them (ASCII lower case, spaces and hyphens to
** underscores) and each result is cached under that name.
*/
#include "tally.h"
#include "import.h"
#include "unicode_names.h"
#include "modules/codecs.h"

/* Drops both registries and the cache; the next lookup starts afresh. */
void tyCodecs_fini(void)
{
    TY_CLEAR(ty_state.mod.codecs.search_path);
    TY_CLEAR(ty_state.mod.codecs.search_cache);
    TY_CLEAR(ty_state.mod.codecs.error_registry);
    ty_state.mod.codecs.encodings_imported = false;
}

/* ---- the built-in error handlers ------------------------------------------------- */

static bool is_encode_error(TyObject *exc)
{
    return tyObj_isInstance(exc, (TyObject *)&TyExc_UnicodeEncodeError) > 0;
}

/* Which UnicodeError a handler was given (subclasses count). */
static bool is_decode_error(TyObject *exc)
{
    return tyObj_isInstance(exc, (TyObject *)&TyExc_UnicodeDecodeError) > 0;
}

static bool is_translate_error(TyObject *exc)
{
    return tyObj_isInstance(exc, (TyObject *)&TyExc_UnicodeTranslateError) > 0;
}

/* TypeError for an exception a handler cannot deal with; returns NULL. */
static TyObject *wrong_exception(TyObject *exc)
{
    return tyErr_format(&TyExc_TypeError, "don't know how to handle %T in error callback", exc);
}

/* exc.start and exc.end, clamped as CPython's getters clamp them:
** 0, or -1 with an exception. */
static int exc_range(TyObject *exc, ssize_t *start, ssize_t *end)
{
    TyObject *obj = tyObj_getAttrStr(exc, "object");
    if (!obj)
        return -1;
    ssize_t len = TY_STR_CHECK(obj) ? TY_STR_LEN(obj) : tyBytes_isLike(obj) ? tyBytes_likeLen(obj) : 0;
    TY_DECREF(obj);
    ssize_t v[2];
    static const char *const names[] = { "start", "end" };
    for (int i = 0; i < 2; i++) {
        TyObject *o = tyObj_getAttrStr(exc, names[i]);
        if (!o)
            return -1;
        v[i] = tyInt_asSsize(o);
        TY_DECREF(o);
        if (v[i] == -1 && tyErr_occurred())
            return -1;
    }
    *start = v[0] < 0 ? 0 : v[0] >= len ? (len ? len - 1 : 0) : v[0];
    *end = v[1] < 1 ? 1 : v[1] > len ? len : v[1];
    return 0;
}

TyObject *tyCodecs_pair(TyObject *obj, ssize_t n)
{
    if (!obj)
        return NULL;
    TyObject *pos = tyInt_fromI64(n);
    TyObject *r = pos ? tyTuple_pack(2, obj, pos) : NULL;
    TY_XDECREF(pos);
    TY_DECREF(obj);
    return r;
}

/* The handler's one argument, with CPython's check. */
static TyObject *handler_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    return args[0];
}

/* Code points [start, end) of exc.object, through `each`, appended to a
** new str: the replacement of the handlers that spell characters out. */
static TyObject *spell(TyObject *exc, int (*each)(TyStrBuilder *, uint32_t))
{
    ssize_t start, end;
    if (exc_range(exc, &start, &end) < 0)
        return NULL;
    TyObject *obj = tyObj_getAttrStr(exc, "object");
    if (!obj)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    for (ssize_t i = start; i < end; i++) {
        if (each(&b, tyStr_codepointAt(obj, i)) < 0) {
            tyBuf_free(&b);
            TY_DECREF(obj);
            return NULL;
        }
    }
    TY_DECREF(obj);
    return tyCodecs_pair(tyBuf_finish(&b), end);
}

/* One character spelled out by backslashreplace / xmlcharrefreplace /
** namereplace (a name, or else a backslash escape): 0 or -1. */
static int put_escape(TyStrBuilder *b, uint32_t cp)
{
    if (cp < 0x100)
        return tyBuf_appendFormat(b, "\\x%02x", cp);
    if (cp < 0x10000)
        return tyBuf_appendFormat(b, "\\u%04x", cp);
    return tyBuf_appendFormat(b, "\\U%08x", cp);
}

static int put_charref(TyStrBuilder *b, uint32_t cp)
{
    return tyBuf_appendFormat(b, "&#%u;", cp);
}

static int put_name(TyStrBuilder *b, uint32_t cp)
{
    char name[TY_UNICODE_NAME_MAX + 1];
    if (tyUnicode_name(cp, name))
        return tyBuf_appendFormat(b, "\\N{%s}", name);
    return put_escape(b, cp);
}

/* Raise exc itself (the handler cannot help); returns NULL. */
static TyObject *reraise(TyObject *exc)
{
    tyErr_setRaised(exc);
    return NULL;
}

/* strict_errors(exc): raise exc; TypeError for a non-exception. */
TY_CFUNC(codecs_strict_errors)
{
    TyObject *exc = handler_arg("strict_errors", args, nargs, kwnames);
    if (!exc)
        return NULL;
    if (!TY_EXC_CHECK(exc))
        return tyErr_setString(&TyExc_TypeError, "codec must pass exception instance");
    return reraise(exc);
}

/* ignore_errors(exc): ('', exc.end). */
TY_CFUNC(codecs_ignore_errors)
{
    TyObject *exc = handler_arg("ignore_errors", args, nargs, kwnames);
    ssize_t start, end;
    if (!exc)
        return NULL;
    if (!is_encode_error(exc) && !is_decode_error(exc) && !is_translate_error(exc))
        return wrong_exception(exc);
    if (exc_range(exc, &start, &end) < 0)
        return NULL;
    return tyCodecs_pair(tyStr_fromCStr(""), end);
}

/* replace_errors(exc): '?' per character when encoding, one U+FFFD when
** decoding, U+FFFD per character when translating. */
TY_CFUNC(codecs_replace_errors)
{
    TyObject *exc = handler_arg("replace_errors", args, nargs, kwnames);
    ssize_t start, end;
    if (!exc)
        return NULL;
    bool enc = is_encode_error(exc), dec = !enc && is_decode_error(exc);
    if (!enc && !dec && !is_translate_error(exc))
        return wrong_exception(exc);
    if (exc_range(exc, &start, &end) < 0)
        return NULL;
    if (dec)
        return tyCodecs_pair(tyStr_fromCodepoint(0xFFFD), end);
    TyStrBuilder b;
    tyBuf_init(&b);
    for (ssize_t i = start; i < end; i++)
        if ((enc ? tyBuf_appendChar(&b, '?') : tyBuf_appendCodepoint(&b, 0xFFFD)) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    return tyCodecs_pair(tyBuf_finish(&b), end);
}

/* backslashreplace_errors(exc): \xhh per byte when decoding, \x/\u/\U
** escapes per character otherwise. */
TY_CFUNC(codecs_backslashreplace_errors)
{
    TyObject *exc = handler_arg("backslashreplace_errors", args, nargs, kwnames);
    if (!exc)
        return NULL;
    if (is_decode_error(exc)) {
        ssize_t start, end;
        if (exc_range(exc, &start, &end) < 0)
            return NULL;
        TyObject *obj = tyObj_getAttrStr(exc, "object");
        if (!obj)
            return NULL;
        TyStrBuilder b;
        tyBuf_init(&b);
        const unsigned char *d = (const unsigned char *)tyBytes_likeData(obj);
        for (ssize_t i = start; i < end; i++)
            if (tyBuf_appendFormat(&b, "\\x%02x", d[i]) < 0) {
                tyBuf_free(&b);
                TY_DECREF(obj);
                return NULL;
            }
        TY_DECREF(obj);
        return tyCodecs_pair(tyBuf_finish(&b), end);
    }
    if (!is_encode_error(exc) && !is_translate_error(exc))
        return wrong_exception(exc);
    return spell(exc, put_escape);
}

/* The handlers that only know encoding errors and spell each character out. */
static TyObject *encode_only(const char *fname, int (*each)(TyStrBuilder *, uint32_t), TyObject *const *args,
                             size_t nargs, TyObject *kwnames)
{
    TyObject *exc = handler_arg(fname, args, nargs, kwnames);
    if (!exc)
        return NULL;
    if (!is_encode_error(exc))
        return wrong_exception(exc);
    return spell(exc, each);
}

TY_CFUNC(codecs_xmlcharrefreplace_errors)
{
    return encode_only("xmlcharrefreplace_errors", put_charref, args, nargs, kwnames);
}

TY_CFUNC(codecs_namereplace_errors)
{
    return encode_only("namereplace_errors", put_name, args, nargs, kwnames);
}

/* exc.object as a new reference, and its bytes or characters [start, end). */
static TyObject *exc_object(TyObject *exc, ssize_t *start, ssize_t *end)
{
    if (exc_range(exc, start, end) < 0)
        return NULL;
    return tyObj_getAttrStr(exc, "object");
}

/* surrogateescape(exc): decoding maps up to four bytes >= 128 to
** U+DC80..U+DCFF; encoding maps those code points back to bytes (every one
** of the range must be such a code point); anything else re-raises exc. */
TY_CFUNC(codecs_surrogateescape)
{
    TyObject *exc = handler_arg("surrogateescape", args, nargs, kwnames);
    ssize_t start, end;
    if (!exc)
        return NULL;
    bool enc = is_encode_error(exc);
    if (!enc && !is_decode_error(exc))
        return wrong_exception(exc);
    TyObject *obj = exc_object(exc, &start, &end);
    if (!obj)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    const unsigned char *d = enc ? NULL : (const unsigned char *)tyBytes_likeData(obj);
    ssize_t consumed = 0;
    for (ssize_t i = start; i < end && consumed < 4; i++) {
        int r;
        if (enc) {
            uint32_t cp = tyStr_codepointAt(obj, i);
            if (cp < 0xDC80 || cp > 0xDCFF)
                break;
            r = tyBuf_appendChar(&b, (char)(cp - 0xDC00));
        } else {
            if (d[i] < 128)
                break;
            r = tyBuf_appendCodepoint(&b, 0xDC00 + d[i]);
        }
        if (r < 0) {
            tyBuf_free(&b);
            TY_DECREF(obj);
            return NULL;
        }
        consumed++;
    }
    TY_DECREF(obj);
    if (consumed == 0 || (enc && consumed < end - start)) {
        tyBuf_free(&b);
        return reraise(exc);
    }
    if (enc) {
        TyObject *rep = tyBytes_fromData(b.data, (ssize_t)b.len);
        tyBuf_free(&b);
        return tyCodecs_pair(rep, end);
    }
    return tyCodecs_pair(tyBuf_finish(&b), start + consumed);
}

/* The UTF a surrogatepass handler works in, from the exception's codec
** name: 8, 16 or 32 in *bits and little-endian or not; false for any
** other codec. */
static bool standard_utf(TyObject *exc, int *bits, bool *little)
{
    TyObject *enc = tyObj_getAttrStr(exc, "encoding");
    if (!enc) {
        tyErr_clear();
        return false;
    }
    bool ok = false;
    if (TY_STR_CHECK(enc)) {
        char norm[16];
        const char *s = TY_STR_UTF8(enc);
        size_t n = strlen(s);
        if (n < sizeof norm) {
            for (size_t i = 0; i <= n; i++)
                norm[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i] == '_' ? '-' : s[i]);
            static const struct { const char *name; int bits; bool little; } names[] = {
                { "utf-8", 8, true }, { "utf8", 8, true },
                { "utf-16", 16, true }, { "utf-16-le", 16, true }, { "utf-16le", 16, true },
                { "utf-16-be", 16, false }, { "utf-16be", 16, false },
                { "utf-32", 32, true }, { "utf-32-le", 32, true }, { "utf-32le", 32, true },
                { "utf-32-be", 32, false }, { "utf-32be", 32, false },
            };
            for (size_t i = 0; i < TY_ARRAY_LEN(names); i++)
                if (strcmp(norm, names[i].name) == 0) {
                    *bits = names[i].bits;
                    *little = names[i].little;
                    ok = true;
                }
        }
    }
    TY_DECREF(enc);
    return ok;
}

/* surrogatepass(exc): for the UTF codecs only, lets surrogate code points
** be encoded as their UTF-8/16/32 form, and one such form be decoded;
** anything else re-raises exc. */
TY_CFUNC(codecs_surrogatepass)
{
    TyObject *exc = handler_arg("surrogatepass", args, nargs, kwnames);
    ssize_t start, end;
    int bits = 0;
    bool little = true;
    if (!exc)
        return NULL;
    bool enc = is_encode_error(exc);
    if (!enc && !is_decode_error(exc))
        return wrong_exception(exc);
    TyObject *obj = exc_object(exc, &start, &end);
    if (!obj)
        return NULL;
    if (!standard_utf(exc, &bits, &little)) {
        TY_DECREF(obj);
        return reraise(exc);
    }
    int width = bits / 8;
    if (enc) {
        TyStrBuilder b;
        tyBuf_init(&b);
        for (ssize_t i = start; i < end; i++) {
            uint32_t cp = tyStr_codepointAt(obj, i);
            if (cp < 0xD800 || cp > 0xDFFF) {
                tyBuf_free(&b);
                TY_DECREF(obj);
                return reraise(exc);
            }
            unsigned char u[4];
            if (bits == 8) {
                u[0] = (unsigned char)(0xE0 | (cp >> 12));
                u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                u[2] = (unsigned char)(0x80 | (cp & 0x3F));
            } else {
                for (int k = 0; k < width; k++)
                    u[little ? k : width - 1 - k] = (unsigned char)(cp >> (8 * k));
            }
            if (tyBuf_append(&b, (const char *)u, bits == 8 ? 3 : (size_t)width) < 0) {
                tyBuf_free(&b);
                TY_DECREF(obj);
                return NULL;
            }
        }
        TY_DECREF(obj);
        TyObject *rep = tyBytes_fromData(b.data, (ssize_t)b.len);
        tyBuf_free(&b);
        return tyCodecs_pair(rep, end);
    }
    const unsigned char *d = (const unsigned char *)tyBytes_likeData(obj);
    ssize_t len = tyBytes_likeLen(obj);
    uint32_t cp = 0;
    int need = bits == 8 ? 3 : width;
    if (start + need <= len) {
        if (bits == 8) {
            if ((d[start] & 0xF0) == 0xE0 && (d[start + 1] & 0xC0) == 0x80 && (d[start + 2] & 0xC0) == 0x80)
                cp = ((d[start] & 0x0Fu) << 12) | ((d[start + 1] & 0x3Fu) << 6) | (d[start + 2] & 0x3Fu);
        } else {
            for (int k = 0; k < width; k++)
                cp |= (uint32_t)d[start + (little ? k : width - 1 - k)] << (8 * k);
        }
    }
    TY_DECREF(obj);
    if (cp < 0xD800 || cp > 0xDFFF)
        return reraise(exc);
    return tyCodecs_pair(tyStr_fromCodepoint(cp), start + need);
}

static TyMethodDef handler_defs[] = {
    { "strict_errors", codecs_strict_errors, TY_METH_DEFAULT, "Raise the exception." },
    { "ignore_errors", codecs_ignore_errors, TY_METH_DEFAULT, "Skip what cannot be converted." },
    { "replace_errors", codecs_replace_errors, TY_METH_DEFAULT, "Put '?' or U+FFFD in its place." },
    { "backslashreplace_errors", codecs_backslashreplace_errors, TY_METH_DEFAULT,
      "Put backslash escapes in its place." },
    { "xmlcharrefreplace_errors", codecs_xmlcharrefreplace_errors, TY_METH_DEFAULT,
      "Put XML character references in its place." },
    { "namereplace_errors", codecs_namereplace_errors, TY_METH_DEFAULT, "Put \\N{...} escapes in its place." },
    { "surrogateescape", codecs_surrogateescape, TY_METH_DEFAULT, "Map bytes >= 128 to U+DC80..U+DCFF and back." },
    { "surrogatepass", codecs_surrogatepass, TY_METH_DEFAULT, "Let surrogates through the UTF codecs." },
};

/* The registry of error handlers, made with the built-in ones on first
** use.  Borrowed, or NULL with MemoryError. */
static TyObject *errors_dict(void)
{
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "xmlcharrefreplace", "namereplace", "surrogateescape",
                                         "surrogatepass" };
    if (ty_state.mod.codecs.error_registry)
        return ty_state.mod.codecs.error_registry;
    TyObject *d = tyDict_new();
    if (!d)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(names); i++) {
        TyObject *f = tyCFunction_new(&handler_defs[i], NULL);
        if (!f || tyDict_setItemStr(d, names[i], f) < 0) {
            TY_XDECREF(f);
            TY_DECREF(d);
            return NULL;
        }
        TY_DECREF(f);
    }
    ty_state.mod.codecs.error_registry = d;
    return d;
}

/* The handler registered under `name`: new reference; LookupError when
** there is none. */
static TyObject *lookup_error(const char *name)
{
    TyObject *d = errors_dict();
    if (!d)
        return NULL;
    TyObject *h = tyDict_getItemStr(d, name);
    if (!h)
        return tyErr_occurred() ? NULL
                                : tyErr_format(&TyExc_LookupError, "unknown error handler name '%s'", name);
    return TY_NEWREF(h);
}

/* ---- the error protocol the codecs use ------------------------------------------- */

void tyCodecErr_clear(TyCodecErr *e)
{
    TY_CLEAR(e->handler);
    TY_CLEAR(e->exc);
    TY_CLEAR(e->replaced);
}

/* Make e->exc describe [start, end) for reason (a fresh exception the
** first time, the same one updated afterwards).  0, or -1. */
static int make_exc(TyCodecErr *e, bool decoding, ssize_t start, ssize_t end, const char *reason)
{
    TyObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    int rc = -1;
    a[2] = tyInt_fromI64(start);
    a[3] = tyInt_fromI64(end);
    a[4] = tyStr_fromCStr(reason);
    if (!a[2] || !a[3] || !a[4])
        goto done;
    if (e->exc) {
        if (tyObj_setAttrStr(e->exc, "start", a[2]) < 0 || tyObj_setAttrStr(e->exc, "end", a[3]) < 0 ||
            tyObj_setAttrStr(e->exc, "reason", a[4]) < 0)
            goto done;
        rc = 0;
        goto done;
    }
    a[0] = tyStr_fromCStr(e->encoding);
    a[1] = decoding ? tyBytes_fromData(e->data, e->len) : TY_NEWREF(e->input);
    if (!a[0] || !a[1])
        goto done;
    e->exc = tyExc_new(decoding ? &TyExc_UnicodeDecodeError : &TyExc_UnicodeEncodeError, a, 5);
    rc = e->exc ? 0 : -1;
done:
    for (int i = 0; i < 5; i++)
        TY_XDECREF(a[i]);
    return rc;
}

/* A decoding handler may assign the exception's `object`; decoding then
** goes on over those bytes, as in CPython.  0, or -1 with TypeError when
** the attribute is not bytes. */
static int reread_object(TyCodecErr *e)
{
    TyObject *obj = tyObj_getAttrStr(e->exc, "object");
    if (!obj)
        return -1;
    if (!TY_BYTES_CHECK(obj)) {
        TY_DECREF(obj);
        tyErr_setString(&TyExc_TypeError, "object attribute must be bytes");
        return -1;
    }
    TY_XDECREF(e->replaced);
    e->replaced = obj;
    e->data = TY_BYTES_DATA(obj);
    e->len = TY_BYTES_LEN(obj);
    return 0;
}

/* Call the handler on e->exc; returns its replacement (new reference) and
** the resume position in *pos, checked against the input's length. */
static TyObject *call_handler(TyCodecErr *e, bool decoding, ssize_t len, ssize_t *pos)
{
    if (!e->handler && !(e->handler = lookup_error(e->errors)))
        return NULL;
    TyObject *r = tyObj_callOneArg(e->handler, e->exc);
    if (!r)
        return NULL;
    if (decoding && reread_object(e) < 0) {
        TY_DECREF(r);
        return NULL;
    }
    if (decoding)
        len = e->len;
    if (!TY_TUPLE_CHECK(r) || TY_TUPLE_LEN(r) != 2 || !TY_INT_CHECK(TY_TUPLE_GET(r, 1)) ||
        !(TY_STR_CHECK(TY_TUPLE_GET(r, 0)) || (!decoding && TY_BYTES_CHECK(TY_TUPLE_GET(r, 0))))) {
        TY_DECREF(r);
        return tyErr_setString(&TyExc_TypeError, decoding ? "decoding error handler must return (str, int) tuple"
                                                        : "encoding error handler must return (str/bytes, int) tuple");
    }
    ssize_t p = tyInt_asSsize(TY_TUPLE_GET(r, 1));
    if (p == -1 && tyErr_occurred()) {
        TY_DECREF(r);
        return NULL;
    }
    if (p < 0)
        p += len;
    if (p < 0 || p > len) {
        tyErr_format(&TyExc_IndexError, "position %zd from error handler out of bounds", p);
        TY_DECREF(r);
        return NULL;
    }
    *pos = p;
    TyObject *rep = TY_NEWREF(TY_TUPLE_GET(r, 0));
    TY_DECREF(r);
    return rep;
}

/* Is this handler name "strict" (or absent, which means it)? */
static bool is_strict(const char *errors)
{
    return !errors || strcmp(errors, "strict") == 0;
}

int tyCodecErr_decode(TyCodecErr *e, TyStrBuilder *out, ssize_t start, ssize_t end,
                      const char *reason, ssize_t *pos)
{
    if (make_exc(e, true, start, end, reason) < 0)
        return -1;
    if (is_strict(e->errors)) {
        tyErr_setRaised(e->exc);
        return -1;
    }
    TyObject *rep = call_handler(e, true, e->len, pos);
    if (!rep)
        return -1;
    int r = tyBuf_appendStr(out, rep);
    TY_DECREF(rep);
    return r;
}

TyObject *tyCodecErr_encode(TyCodecErr *e, ssize_t start, ssize_t end, const char *reason, ssize_t *pos)
{
    if (make_exc(e, false, start, end, reason) < 0)
        return NULL;
    if (is_strict(e->errors)) {
        tyErr_setRaised(e->exc);
        return NULL;
    }
    return call_handler(e, false, TY_STR_LEN(e->input), pos);
}

TyObject *tyCodecErr_raise(TyCodecErr *e, ssize_t start, ssize_t end, const char *reason)
{
    TY_CLEAR(e->exc);
    if (make_exc(e, false, start, end, reason) == 0)
        tyErr_setRaised(e->exc);
    return NULL;
}

/* ---- the codec registry ------------------------------------------------------------ */

/* CPython 3.11's normalisation of a codec name: new str. */
static TyObject *normalize(TyObject *name)
{
    TyObject *r = tyStr_alloc(TY_STR_NBYTES(name));
    if (!r)
        return NULL;
    const char *s = TY_STR_UTF8(name);
    char *d = TY_STR_UTF8(r);
    for (ssize_t i = 0; i < TY_STR_NBYTES(name); i++) {
        char c = s[i];
        d[i] = (c == ' ' || c == '-') ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    d[TY_STR_NBYTES(name)] = '\0';
    return tyStr_finish(r);
}

/* Make the registry and cache, and import encodings once (which registers
** its search function).  0, or -1 with the import's exception. */
static int ensure_registry(void)
{
    if (!ty_state.mod.codecs.search_path && !(ty_state.mod.codecs.search_path = tyList_new(0)))
        return -1;
    if (!ty_state.mod.codecs.search_cache && !(ty_state.mod.codecs.search_cache = tyDict_new()))
        return -1;
    if (!ty_state.mod.codecs.encodings_imported) {
        ty_state.mod.codecs.encodings_imported = true;
        TyObject *m = tyImport_importC("encodings");
        if (!m) {
            ty_state.mod.codecs.encodings_imported = false;
            return -1;
        }
        TY_DECREF(m);
    }
    return 0;
}

/* codecs.lookup(name): the CodecInfo of the codec (new reference);
** LookupError "unknown encoding: NAME" when no search function knows it. */
static TyObject *lookup(TyObject *name)
{
    if (ensure_registry() < 0)
        return NULL;
    TyObject *norm = normalize(name);
    if (!norm)
        return NULL;
    TyObject *hit = tyDict_getItem(ty_state.mod.codecs.search_cache, norm);
    if (hit) {
        TY_DECREF(norm);
        return TY_NEWREF(hit);
    }
    for (ssize_t i = 0; i < TY_LIST_LEN(ty_state.mod.codecs.search_path); i++) {
        TyObject *fn = TY_NEWREF(TY_LIST_GET(ty_state.mod.codecs.search_path, i));
        TyObject *r = tyObj_callOneArg(fn, norm);
        TY_DECREF(fn);
        if (!r) {
            TY_DECREF(norm);
            return NULL;
        }
        if (r == TY_NONE) {
            TY_DECREF(r);
            continue;
        }
        if (!TY_TUPLE_CHECK(r) || TY_TUPLE_LEN(r) != 4) {
            TY_DECREF(r);
            TY_DECREF(norm);
            return tyErr_setString(&TyExc_TypeError, "codec search functions must return 4-tuples");
        }
        if (tyDict_setItem(ty_state.mod.codecs.search_cache, norm, r) < 0)
            TY_CLEAR(r);
        TY_DECREF(norm);
        return r;
    }
    TY_DECREF(norm);
    return tyErr_format(&TyExc_LookupError, "unknown encoding: %U", name);
}

/* lookup() of a C string: new reference. */
static TyObject *lookup_c(const char *encoding)
{
    TyObject *name = tyStr_fromCStr(encoding);
    if (!name)
        return NULL;
    TyObject *r = lookup(name);
    TY_DECREF(name);
    return r;
}

/* The codec's exception, when it is plain, becomes the cause of a new one
** of its type saying which codec failed ("decoding with 'hex' codec
** failed (Error: Odd-length string)"), as CPython 3.11 wraps it. */
static void wrap_error(const char *encoding, bool decoding)
{
    TyObject *exc = tyErr_fetch();
    if (!exc || !tyExc_isPlain(exc)) {
        tyErr_restore(exc);
        return;
    }
    TyObject *msg = tyStr_fromFormat("%s with '%s' codec failed (%s: %S)", decoding ? "decoding" : "encoding",
                                     encoding, tyType_name(TY_TYPE(exc)), exc);
    TyObject *wrapped = msg ? tyExc_new(TY_TYPE(exc), &msg, 1) : NULL;
    TY_XDECREF(msg);
    if (!wrapped) {
        TY_DECREF(exc);
        return;
    }
    tyExc_setCause(wrapped, exc);
    tyErr_setRaised(wrapped);
    TY_DECREF(wrapped);
    TY_DECREF(exc);
}

/* codec(obj, errors)[0], checking the codec gave the 2-tuple it must. */
static TyObject *run_codec(TyObject *codec, TyObject *obj, const char *encoding, const char *errors,
                           bool decoding)
{
    TyObject *err = tyStr_fromCStr(errors ? errors : "strict");
    if (!err)
        return NULL;
    TyObject *a[2] = { obj, err };
    TyObject *r = tyObj_call(codec, a, 2, NULL);
    TY_DECREF(err);
    if (!r) {
        wrap_error(encoding, decoding);
        return NULL;
    }
    if (!TY_TUPLE_CHECK(r) || TY_TUPLE_LEN(r) != 2) {
        TY_DECREF(r);
        return tyErr_setString(&TyExc_TypeError, decoding ? "decoder must return a tuple (object,integer)"
                                                        : "encoder must return a tuple (object, integer)");
    }
    TyObject *v = TY_NEWREF(TY_TUPLE_GET(r, 0));
    TY_DECREF(r);
    return v;
}

/* The text codec `encoding`'s encoder (item 0) or decoder (item 1): new
** reference; LookupError when the codec says it is not a text encoding. */
static TyObject *text_codec(const char *encoding, int item, const char *alt)
{
    TyObject *info = lookup_c(encoding);
    if (!info)
        return NULL;
    TyObject *flag = tyObj_getAttrStr(info, "_is_text_encoding");
    if (!flag) {
        if (!tyErr_exceptionMatches(&TyExc_AttributeError)) {
            TY_DECREF(info);
            return NULL;
        }
        tyErr_clear();
    } else {
        int t = tyObj_isTrue(flag);
        TY_DECREF(flag);
        if (t <= 0) {
            TY_DECREF(info);
            if (t == 0)
                tyErr_format(&TyExc_LookupError,
                             "'%s' is not a text encoding; use %s to handle arbitrary codecs", encoding, alt);
            return NULL;
        }
    }
    TyObject *f = TY_NEWREF(TY_TUPLE_GET(info, item));
    TY_DECREF(info);
    return f;
}

TyObject *tyCodecs_encodeText(TyObject *str, const char *encoding, const char *errors)
{
    TyObject *direct = tyCodecs_encodeDirect(str, encoding, errors);
    if (direct || tyErr_occurred())
        return direct;
    TyObject *enc = text_codec(encoding, 0, "codecs.encode()");
    if (!enc)
        return NULL;
    TyObject *v = run_codec(enc, str, encoding, errors, false);
    TY_DECREF(enc);
    if (v && !TY_BYTES_CHECK(v)) {
        tyErr_format(&TyExc_TypeError,
                     "'%s' encoder returned '%T' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                     encoding, v);
        TY_CLEAR(v);
    }
    return v;
}

TyObject *tyCodecs_decodeText(const char *data, ssize_t n, const char *encoding, const char *errors)
{
    TyObject *direct = tyCodecs_decodeDirect(data, n, encoding, errors);
    if (direct || tyErr_occurred())
        return direct;
    TyObject *dec = text_codec(encoding, 1, "codecs.decode()");
    if (!dec)
        return NULL;
    TyObject *b = tyBytes_fromData(data, n);
    TyObject *v = b ? run_codec(dec, b, encoding, errors, true) : NULL;
    TY_XDECREF(b);
    TY_DECREF(dec);
    if (v && !TY_STR_CHECK(v)) {
        tyErr_format(&TyExc_TypeError,
                     "'%s' decoder returned '%T' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                     encoding, v);
        TY_CLEAR(v);
    }
    return v;
}

/* ---- the module's registry functions ---------------------------------------------- */

/* A str argument: borrowed, or NULL with CPython's "f() argument 'x' must
** be str, not int" (or "f() argument must be ..." when unnamed). */
static TyObject *str_arg(const char *fname, const char *pname, TyObject *o)
{
    if (TY_STR_CHECK(o))
        return o;
    if (pname)
        return tyErr_format(&TyExc_TypeError, "%s() argument '%s' must be str, not %A", fname, pname, o);
    return tyErr_format(&TyExc_TypeError, "%s() argument must be str, not %A", fname, o);
}

/* register(search_function): append it to the search path. */
TY_CFUNC(codecs_register)
{
    if (tyArg_noKeywords("register", kwnames) < 0 || tyArg_checkPositional("register", nargs, 1, 1) < 0)
        return NULL;
    if (!tyObj_isCallable(args[0]))
        return tyErr_setString(&TyExc_TypeError, "argument must be callable");
    if (!ty_state.mod.codecs.search_path && !(ty_state.mod.codecs.search_path = tyList_new(0)))
        return NULL;
    if (tyList_append(ty_state.mod.codecs.search_path, args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* unregister(search_function): remove it and empty the cache. */
TY_CFUNC(codecs_unregister)
{
    if (tyArg_noKeywords("unregister", kwnames) < 0 || tyArg_checkPositional("unregister", nargs, 1, 1) < 0)
        return NULL;
    for (ssize_t i = 0; ty_state.mod.codecs.search_path && i < TY_LIST_LEN(ty_state.mod.codecs.search_path); i++)
        if (TY_LIST_GET(ty_state.mod.codecs.search_path, i) == args[0]) {
            if (ty_state.mod.codecs.search_cache)
                tyDict_clear(ty_state.mod.codecs.search_cache);
            TyObject *rest = tyList_new(0);
            if (!rest)
                return NULL;
            for (ssize_t j = 0; j < TY_LIST_LEN(ty_state.mod.codecs.search_path); j++)
                if (j != i && tyList_append(rest, TY_LIST_GET(ty_state.mod.codecs.search_path, j)) < 0) {
                    TY_DECREF(rest);
                    return NULL;
                }
            TY_XSETREF(ty_state.mod.codecs.search_path, rest);
            break;
        }
    return TY_NEWREF(TY_NONE);
}

/* lookup(encoding): the CodecInfo. */
TY_CFUNC(codecs_lookup)
{
    if (tyArg_noKeywords("lookup", kwnames) < 0 || tyArg_checkPositional("lookup", nargs, 1, 1) < 0 ||
        !str_arg("lookup", NULL, args[0]))
        return NULL;
    return lookup(args[0]);
}

/* _forget_codec(encoding): drop its cache entry. */
TY_CFUNC(codecs__forget_codec)
{
    if (tyArg_noKeywords("_forget_codec", kwnames) < 0 ||
        tyArg_checkPositional("_forget_codec", nargs, 1, 1) < 0 || !str_arg("_forget_codec", NULL, args[0]))
        return NULL;
    TyObject *norm = normalize(args[0]);
    if (!norm)
        return NULL;
    TyObject *gone = NULL;
    int r = ty_state.mod.codecs.search_cache ? tyDict_pop(ty_state.mod.codecs.search_cache, norm, &gone) : 0;
    TY_DECREF(norm);
    TY_XDECREF(gone);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

/* encode/decode(obj, encoding='utf-8', errors='strict'): the codec's
** first result, whatever its type. */
static TyObject *convert(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, int item)
{
    static const char *const names[] = { "obj", "encoding", "errors", NULL };
    TyObject *a[3] = { NULL, NULL, NULL };
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 1, 3, a) < 0 ||
        (a[1] && !str_arg(fname, "encoding", a[1])) || (a[2] && !str_arg(fname, "errors", a[2])))
        return NULL;
    const char *encoding = a[1] ? TY_STR_UTF8(a[1]) : "utf-8";
    TyObject *info = lookup_c(encoding);
    if (!info)
        return NULL;
    TyObject *fn = TY_NEWREF(TY_TUPLE_GET(info, item));
    TY_DECREF(info);
    TyObject *v = run_codec(fn, a[0], encoding, a[2] ? TY_STR_UTF8(a[2]) : NULL, item == 1);
    TY_DECREF(fn);
    return v;
}

/* encode(obj, encoding='utf-8', errors='strict') / decode(...). */
TY_CFUNC(codecs_encode)
{
    return convert("encode", args, nargs, kwnames, 0);
}

TY_CFUNC(codecs_decode)
{
    return convert("decode", args, nargs, kwnames, 1);
}

/* register_error(name, handler) / lookup_error(name). */
TY_CFUNC(codecs_register_error)
{
    if (tyArg_noKeywords("register_error", kwnames) < 0 ||
        tyArg_checkPositional("register_error", nargs, 2, 2) < 0 || !str_arg("register_error", "errors", args[0]))
        return NULL;
    if (!tyObj_isCallable(args[1]))
        return tyErr_setString(&TyExc_TypeError, "handler must be callable");
    TyObject *d = errors_dict();
    if (!d || tyDict_setItem(d, args[0], args[1]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(codecs_lookup_error)
{
    if (tyArg_noKeywords("lookup_error", kwnames) < 0 ||
        tyArg_checkPositional("lookup_error", nargs, 1, 1) < 0 || !str_arg("lookup_error", NULL, args[0]))
        return NULL;
    return lookup_error(TY_STR_UTF8(args[0]));
}

static TyMethodDef registry_functions[] = {
    { "register", codecs_register, TY_METH_DEFAULT, "Register a codec search function." },
    { "unregister", codecs_unregister, TY_METH_DEFAULT, "Unregister a codec search function." },
    { "lookup", codecs_lookup, TY_METH_DEFAULT, "Look up a codec tuple in the codec registry." },
    { "_forget_codec", codecs__forget_codec, TY_METH_DEFAULT, "Purge the named codec from the cache." },
    { "encode", codecs_encode, TY_METH_DEFAULT, "Encode obj using the codec registered for encoding." },
    { "decode", codecs_decode, TY_METH_DEFAULT, "Decode obj using the codec registered for encoding." },
    { "register_error", codecs_register_error, TY_METH_DEFAULT, "Register an error handler." },
    { "lookup_error", codecs_lookup_error, TY_METH_DEFAULT, "Return the error handler for the name." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyCodecs_create(void)
{
    TyObject *m = tyModule_new("_codecs", registry_functions);
    if (!m)
        return NULL;
    for (TyMethodDef *d = tyCodecs_textFunctions; d->name; d++) {
        TyObject *f = tyCFunction_new(d, m);
        if (!f || tyModule_addObject(m, d->name, f) < 0) {
            TY_XDECREF(f);
            TY_DECREF(m);
            return NULL;
        }
        TY_DECREF(f);
    }
    return m;
}
