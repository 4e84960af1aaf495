/*
** json.c — the `_json` accelerator: scanstring, encode_basestring(_ascii)
** and make_encoder (json.dumps without indent uses the encoder), with
** CPython's C messages where they differ from the pure-Python code they
** replace.  make_scanner, the decoder, is in jsonscan.c.
**
** Positions are code point indices, as in CPython; the string is UTF-8,
** so the scan walks bytes (the characters it looks for are ASCII) and
** counts code points as it goes.
*/
#include <math.h>
#include "tally.h"
#include "import.h"
#include "modules/json.h"

TyObject *tyJson_decodeError(const char *msg, TyObject *s, ssize_t pos)
{
    TyObject *mod = tyImport_importC("json.decoder");
    TyObject *cls = mod ? tyObj_getAttrStr(mod, "JSONDecodeError") : NULL;
    TY_XDECREF(mod);
    if (!cls)
        return NULL;
    TyObject *a[3] = { tyStr_fromCStr(msg), s, tyInt_fromI64(pos) };
    TyObject *exc = a[0] && a[2] ? tyObj_call(cls, a, 3, NULL) : NULL;
    if (exc)
        tyErr_setRaised(exc);
    TY_XDECREF(exc);
    TY_XDECREF(a[0]);
    TY_XDECREF(a[2]);
    TY_DECREF(cls);
    return NULL;
}

static int hex4(const unsigned char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int d = tyBytes_hexDigit(p[k]);
        if (d < 0)
            return -1;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return 0;
}

/* The code point a one-letter escape stands for ("\n" -> 10), 0 if none. */
static uint32_t simple_escape(unsigned char c)
{
    switch (c) {
    case '"': case '\\': case '/': return c;
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

TyObject *tyJson_scanString(TyObject *s, ssize_t *bp, ssize_t *endp, bool strict)
{
    const unsigned char *u = (const unsigned char *)TY_STR_UTF8(s);
    ssize_t nbytes = TY_STR_NBYTES(s), len = TY_STR_LEN(s);
    ssize_t b = *bp, end = *endp, begin = end - 1;
    TyStrBuilder out;
    bool building = false;
    for (;;) {
        ssize_t chunk = b, chunk_end = end;
        unsigned char c = 0, high = 0;
        while (b < nbytes) {
            c = u[b];
            if (c == '"' || c == '\\')
                break;
            if (c <= 0x1F && strict) {
                if (building)
                    tyBuf_free(&out);
                return tyJson_decodeError("Invalid control character at", s, end);
            }
            high |= c;
            if ((c & 0xC0) != 0x80)
                end++;
            b++;
            c = 0;
        }
        if (c != '"' && c != '\\') {
            if (building)
                tyBuf_free(&out);
            return tyJson_decodeError("Unterminated string starting at", s, begin);
        }
        if (c == '"' && !building) {
            /* No escape: the text between the quotes as it stands. */
            TyObject *r = tyStr_fromKnown((const char *)u + chunk, b - chunk, end - chunk_end, high < 0x80);
            *bp = b + 1;
            *endp = end + 1;
            return r;
        }
        if (!building) {
            tyBuf_init(&out);
            building = true;
        }
        if (tyBuf_append(&out, (const char *)u + chunk, (size_t)(b - chunk)) < 0)
            goto fail;
        b++;
        end++;
        if (c == '"')
            break;
        if (b == nbytes) {
            tyBuf_free(&out);
            return tyJson_decodeError("Unterminated string starting at", s, begin);
        }
        c = u[b];
        uint32_t cp;
        if (c != 'u') {
            b++;
            end++;
            cp = simple_escape(c);
            if (!cp) {
                tyBuf_free(&out);
                return tyJson_decodeError("Invalid \\escape", s, end - 2);
            }
        } else {
            /* "\uXXXX" needs its four digits and one more character. */
            if (end + 5 >= len || hex4(u + b + 1, &cp) < 0) {
                tyBuf_free(&out);
                return tyJson_decodeError("Invalid \\uXXXX escape", s, end);
            }
            b += 5;
            end += 5;
            uint32_t lo;
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && u[b] == '\\' && u[b + 1] == 'u') {
                if (hex4(u + b + 2, &lo) < 0) {
                    tyBuf_free(&out);
                    return tyJson_decodeError("Invalid \\uXXXX escape", s, end + 1);
                }
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    b += 6;
                    end += 6;
                }
            }
        }
        if (tyBuf_appendCodepoint(&out, cp) < 0)
            goto fail;
    }
    *bp = b;
    *endp = end;
    return tyBuf_finish(&out);
fail:
    tyBuf_free(&out);
    return NULL;
}

/*
** scanstring(s, end, strict=True): the JSON string whose opening quote is
** at end - 1, as (str, index after the closing quote).  The index is
** converted before the string is checked, as PyArg_ParseTuple's "On|p"
** does.
*/
static TyObject *json_scanstring(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("scanstring", kwnames) < 0 || tyArg_checkTupleCount("scanstring", nargs, 2, 3) < 0)
        return NULL;
    TyObject *s = args[0];
    ssize_t end;
    if (tyArg_ssize(args[1], &end) < 0)
        return NULL;
    int strict = nargs > 2 ? tyObj_isTrue(args[2]) : 1;
    if (strict < 0)
        return NULL;
    if (!TY_STR_CHECK(s))
        return tyErr_format(&TyExc_TypeError, "first argument must be a string, not %T", s);
    if (end < 0 || end > TY_STR_LEN(s))
        return tyErr_setString(&TyExc_ValueError, "end is out of bounds");
    ssize_t b = tyStr_byteOffset(s, end);
    TyObject *str = tyJson_scanString(s, &b, &end, strict);
    if (!str)
        return NULL;
    TyObject *pos = tyInt_fromI64(end);
    TyObject *r = pos ? tyTuple_pack(2, str, pos) : NULL;
    TY_XDECREF(pos);
    TY_DECREF(str);
    return r;
}

/* ---- make_encoder ------------------------------------------------------------------ */

typedef struct Encoder {
    TyObject ob;
    TyObject *markers;      /* dict of id(container) -> container, or NULL */
    TyObject *deflt;
    TyObject *encoder;      /* str -> JSON string literal */
    TyObject *indent;
    TyObject *key_separator;
    TyObject *item_separator;
    bool sort_keys, skipkeys, allow_nan;
    uint8_t fast_encode;    /* encoder is one of ours: escape_string directly */
} Encoder;

enum { ENCODE_CALL, ENCODE_ASCII, ENCODE_UNICODE };

/*
** The JSON literal of str s: in double quotes, with " \ and the control
** characters escaped (\n \r \t \b \f, else \u00XX); with ascii_only
** also every character outside ' '..'~' as \uXXXX in lower-case hex, a
** pair of surrogates above U+FFFF.  The text of CPython's
** encode_basestring(_ascii).  New reference.
*/
static TyObject *escape_string(TyObject *s, bool ascii_only)
{
    const unsigned char *p = (const unsigned char *)TY_STR_UTF8(s);
    const unsigned char *end = p + TY_STR_NBYTES(s);
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendChar(&b, '"') < 0)
        goto fail;
    while (p < end) {
        const unsigned char *run = p;
        while (p < end && *p >= ' ' && *p != '"' && *p != '\\' && (!ascii_only || *p < 0x7f))
            p++;
        if (p > run && tyBuf_append(&b, (const char *)run, (size_t)(p - run)) < 0)
            goto fail;
        if (p == end)
            break;
        uint32_t c = *p;
        if (c < 0x80)
            p++;
        else
            c = ty_utf8Decode((const char **)&p);
        char esc[16];
        switch (c) {
        case '"': strcpy(esc, "\\\""); break;
        case '\\': strcpy(esc, "\\\\"); break;
        case '\n': strcpy(esc, "\\n"); break;
        case '\r': strcpy(esc, "\\r"); break;
        case '\t': strcpy(esc, "\\t"); break;
        case '\b': strcpy(esc, "\\b"); break;
        case '\f': strcpy(esc, "\\f"); break;
        default:
            if (c >= 0x10000)
                snprintf(esc, sizeof esc, "\\u%04x\\u%04x", 0xd800 | ((c - 0x10000) >> 10),
                         0xdc00 | ((c - 0x10000) & 0x3ff));
            else
                snprintf(esc, sizeof esc, "\\u%04x", c);
        }
        if (tyBuf_appendC(&b, esc) < 0)
            goto fail;
    }
    if (tyBuf_appendChar(&b, '"') < 0)
        goto fail;
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    return NULL;
}

/* encode_basestring(s) / encode_basestring_ascii(s). */
static TyObject *encode_basestring_common(const char *fname, TyObject *const *args, size_t nargs,
                                          TyObject *kwnames, bool ascii_only)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "first argument must be a string, not %T", args[0]);
    return escape_string(args[0], ascii_only);
}

static TyObject *json_encode_basestring_ascii(TyObject *m, TyObject *const *args, size_t nargs,
                                             TyObject *kwnames)
{
    return encode_basestring_common("_json.encode_basestring_ascii", args, nargs, kwnames, true);
}

static TyObject *json_encode_basestring(TyObject *m, TyObject *const *args, size_t nargs,
                                        TyObject *kwnames)
{
    return encode_basestring_common("_json.encode_basestring", args, nargs, kwnames, false);
}

static TyType Encoder_Type;

#define ENCODER_FIELDS(X) X(markers) X(deflt) X(encoder) X(indent) X(key_separator) X(item_separator)

static void encoder_dealloc(TyObject *o)
{
    Encoder *e = (Encoder *)o;
    tyGC_untrack(o);
#define X(f) TY_XDECREF(e->f);
    ENCODER_FIELDS(X)
#undef X
    tyObj_free(o);
}

static int encoder_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Encoder *e = (Encoder *)o;
#define X(f) if (e->f && visit(e->f, arg)) return 1;
    ENCODER_FIELDS(X)
#undef X
    return 0;
}

static int encoder_clear(TyObject *o)
{
    Encoder *e = (Encoder *)o;
#define X(f) TY_CLEAR(e->f);
    ENCODER_FIELDS(X)
#undef X
    return 0;
}

/* make_encoder(markers, default, encoder, indent, key_separator,
** item_separator, sort_keys, skipkeys, allow_nan). */
static TyObject *encoder_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("make_encoder", kwnames) < 0 || tyArg_checkTupleCount("make_encoder", nargs, 9, 9) < 0)
        return NULL;
    if (args[0] != TY_NONE && !TY_DICT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "make_encoder() argument 1 must be dict or None, not %T", args[0]);
    for (int k = 4; k < 6; k++)
        if (!TY_STR_CHECK(args[k]))
            return tyErr_format(&TyExc_TypeError, "make_encoder() argument %d must be str, not %T", k + 1, args[k]);
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = tyObj_isTrue(args[6 + k])) < 0)
            return NULL;
    Encoder *e = (Encoder *)tyGC_alloc(type);
    if (!e)
        return NULL;
    e->markers = args[0] == TY_NONE ? NULL : TY_NEWREF(args[0]);
    e->deflt = TY_NEWREF(args[1]);
    e->encoder = TY_NEWREF(args[2]);
    e->fast_encode = ENCODE_CALL;
    if (TY_TYPE(args[2]) == &TyCFunction_Type) {
        ty_cfunction fn = ((TyCFunction *)args[2])->def->fn;
        if (fn == json_encode_basestring_ascii)
            e->fast_encode = ENCODE_ASCII;
        else if (fn == json_encode_basestring)
            e->fast_encode = ENCODE_UNICODE;
    }
    e->indent = TY_NEWREF(args[3]);
    e->key_separator = TY_NEWREF(args[4]);
    e->item_separator = TY_NEWREF(args[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    tyGC_track((TyObject *)e);
    return (TyObject *)e;
}

/* The JSON text of a float: its repr, or NaN / Infinity / -Infinity. */
static TyObject *encode_float(Encoder *e, TyObject *o)
{
    double d = tyFloat_asDouble(o);
    if (isfinite(d))
        return TyFloat_Type.repr(o);
    if (!e->allow_nan)
        return tyErr_setString(&TyExc_ValueError, "Out of range float values are not JSON compliant");
    return tyStr_fromCStr(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
}

static TyObject *encode_str(Encoder *e, TyObject *o)
{
    if (e->fast_encode && TY_STR_CHECK(o))
        return escape_string(o, e->fast_encode == ENCODE_ASCII);
    TyObject *r = tyObj_callOneArg(e->encoder, o);
    if (r && !TY_STR_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "encoder() must return a string, not %T", r);
        TY_CLEAR(r);
    }
    return r;
}

/* Enter container o in the markers (ValueError for a cycle); *key gets
** the marker key to leave with (NULL when markers are off).  0 / -1. */
static int mark(Encoder *e, TyObject *o, TyObject **key)
{
    *key = NULL;
    if (!e->markers)
        return 0;
    if (!(*key = tyInt_fromI64((int64_t)(intptr_t)o)))
        return -1;
    int has = tyDict_contains(e->markers, *key);
    if (has != 0) {
        if (has > 0)
            tyErr_setString(&TyExc_ValueError, "Circular reference detected");
        TY_CLEAR(*key);
        return -1;
    }
    if (tyDict_setItem(e->markers, *key, o) < 0) {
        TY_CLEAR(*key);
        return -1;
    }
    return 0;
}

static int unmark(Encoder *e, TyObject *key)
{
    if (!key)
        return 0;
    int r = tyDict_delItem(e->markers, key);
    TY_DECREF(key);
    return r;
}

static int encode_obj(Encoder *e, TyStrBuilder *b, TyObject *o);

/* Append the text made by a step that returns a new str. */
static int append_made(TyStrBuilder *b, TyObject *text)
{
    if (!text)
        return -1;
    int r = tyBuf_appendStr(b, text);
    TY_DECREF(text);
    return r;
}

/* The JSON text of a dict key, or NULL with no exception to skip it. */
static TyObject *encode_key(Encoder *e, TyObject *k)
{
    if (TY_STR_CHECK(k))
        return encode_str(e, k);
    TyObject *text;
    if (TY_FLOAT_CHECK(k))
        text = encode_float(e, k);
    else if (k == TY_TRUE || k == TY_FALSE || k == TY_NONE)
        text = tyStr_fromCStr(k == TY_TRUE ? "true" : k == TY_FALSE ? "false" : "null");
    else if (TY_INT_CHECK(k))
        text = TyInt_Type.repr(k);
    else if (e->skipkeys)
        return NULL;
    else
        return tyErr_format(&TyExc_TypeError, "keys must be str, int, float, bool or None, not %T", k);
    if (!text)
        return NULL;
    TyObject *r = encode_str(e, text);
    TY_DECREF(text);
    return r;
}

static int encode_dict(Encoder *e, TyStrBuilder *b, TyObject *d)
{
    if (TY_DICT_LEN(d) == 0)
        return tyBuf_appendC(b, "{}");
    TyObject *key, *view = tyDict_items(d);
    TyObject *items = view ? tyObj_callOneArg((TyObject *)&TyList_Type, view) : NULL;
    TY_XDECREF(view);
    if (!items || mark(e, d, &key) < 0) {
        TY_XDECREF(items);
        return -1;
    }
    int r = e->sort_keys ? tyList_sort(items, NULL, false) : 0;
    bool first = true;
    if (r == 0)
        r = tyBuf_appendChar(b, '{');
    for (ssize_t i = 0; r == 0 && i < TY_LIST_LEN(items); i++) {
        TyObject *item = TY_LIST_GET(items, i);
        TyObject *k = encode_key(e, TY_TUPLE_GET(item, 0));
        if (!k) {
            r = tyErr_occurred() ? -1 : 0;
            continue;
        }
        if (!first)
            r = tyBuf_appendStr(b, e->item_separator);
        first = false;
        if (r == 0)
            r = tyBuf_appendStr(b, k);
        TY_DECREF(k);
        if (r == 0)
            r = tyBuf_appendStr(b, e->key_separator);
        if (r == 0)
            r = encode_obj(e, b, TY_TUPLE_GET(item, 1));
    }
    TY_DECREF(items);
    if (r == 0)
        r = tyBuf_appendChar(b, '}');
    if (unmark(e, key) < 0)
        r = -1;
    return r;
}

/*
** A list is read in place, its length read again at every item, as
** CPython's PySequence_Fast does: a default() that shrinks the list being
** encoded shortens the output instead of reading past the end.  Other
** sequences are encoded from a tuple of their items.
*/
static int encode_list(Encoder *e, TyStrBuilder *b, TyObject *seq)
{
    bool list = TY_LIST_CHECK(seq);
    TyObject *items = list ? TY_NEWREF(seq) : tyTuple_fromIterable(seq), *key;
    if (!items)
        return -1;
#define ITEMS_LEN() (list ? TY_LIST_LEN(items) : TY_TUPLE_LEN(items))
    if (ITEMS_LEN() == 0) {
        TY_DECREF(items);
        return tyBuf_appendC(b, "[]");
    }
    if (mark(e, seq, &key) < 0) {
        TY_DECREF(items);
        return -1;
    }
    int r = tyBuf_appendChar(b, '[');
    for (ssize_t i = 0; r == 0 && i < ITEMS_LEN(); i++) {
        if (i)
            r = tyBuf_appendStr(b, e->item_separator);
        if (r == 0) {
            TyObject *item = TY_NEWREF(list ? TY_LIST_GET(items, i) : TY_TUPLE_GET(items, i));
            r = encode_obj(e, b, item);
            TY_DECREF(item);
        }
    }
#undef ITEMS_LEN
    TY_DECREF(items);
    if (r == 0)
        r = tyBuf_appendChar(b, ']');
    if (unmark(e, key) < 0)
        r = -1;
    return r;
}

/* Append the JSON text of o, in CPython's C encoder's order of checks. */
static int encode_obj(Encoder *e, TyStrBuilder *b, TyObject *o)
{
    if (o == TY_NONE || o == TY_TRUE || o == TY_FALSE)
        return tyBuf_appendC(b, o == TY_NONE ? "null" : o == TY_TRUE ? "true" : "false");
    if (TY_STR_CHECK(o))
        return append_made(b, encode_str(e, o));
    if (TY_INT_CHECK(o))
        return append_made(b, TyInt_Type.repr(o));
    if (TY_FLOAT_CHECK(o))
        return append_made(b, encode_float(e, o));
    if (tyObj_enterRecursiveCall(" while encoding a JSON object") < 0)
        return -1;
    int r;
    if (TY_LIST_CHECK(o) || TY_TUPLE_CHECK(o)) {
        r = encode_list(e, b, o);
    } else if (TY_DICT_CHECK(o)) {
        r = encode_dict(e, b, o);
    } else {
        TyObject *key;
        r = mark(e, o, &key);
        TyObject *v = r == 0 ? tyObj_callOneArg(e->deflt, o) : NULL;
        r = v ? encode_obj(e, b, v) : -1;
        TY_XDECREF(v);
        if (unmark(e, key) < 0)
            r = -1;
    }
    tyObj_leaveRecursiveCall();
    return r;
}

/* encoder(o, _current_indent_level): the JSON text of o, as a 1-tuple. */
static TyObject *encoder_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_iterencode", kwnames) < 0 || tyArg_checkTupleCount("_iterencode", nargs, 2, 2) < 0)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (encode_obj((Encoder *)self, &b, args[0]) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    TyObject *text = tyBuf_finish(&b);
    TyObject *r = text ? tyTuple_pack(1, text) : NULL;
    TY_XDECREF(text);
    return r;
}

static TyType Encoder_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_json.Encoder",
    .basicsize = sizeof(Encoder),
    .flags = TY_TPFLAG_GC,
    .dealloc = encoder_dealloc,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .call = encoder_call,
    .tp_new = encoder_new,
    .doc = "_iterencode(obj, _current_indent_level) -> iterable",
};

static TyMethodDef json_functions[] = {
    { "scanstring", json_scanstring, TY_METH_DEFAULT,
      "scanstring(string, end, strict=True) -> (string, end)\n\n"
      "Scan the string s for a JSON string. End is the index of the character in s after the quote "
      "that started the JSON string." },
    { "encode_basestring_ascii", json_encode_basestring_ascii, TY_METH_DEFAULT,
      "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a "
      "Python string" },
    { "encode_basestring", json_encode_basestring, TY_METH_DEFAULT,
      "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string" },
    { NULL, NULL, 0, NULL },
};

TyObject *tyJson_create(void)
{
    if (tyType_ready(&Encoder_Type) < 0 || tyType_ready(&tyJson_ScannerType) < 0)
        return NULL;
    TyObject *m = tyModule_new("_json", json_functions);
    if (m && (tyModule_addObject(m, "make_encoder", (TyObject *)&Encoder_Type) < 0 ||
              tyModule_addObject(m, "make_scanner", (TyObject *)&tyJson_ScannerType) < 0))
        TY_CLEAR(m);
    return m;
}

void tyJson_fini(void)
{
    tyType_finiStatic(&Encoder_Type);
    tyType_finiStatic(&tyJson_ScannerType);
}
