/*
** json.c — the `_json` accelerator, as far as CPython's json package's
** results depend on it: scanstring, whose error messages and positions
** differ from the pure-Python scanstring it replaces.  json's scanner and
** encoder otherwise run as CPython's pure-Python code.
**
** Positions are code point indices, as in CPython; the string is UTF-8,
** so the scan walks bytes (the characters it looks for are ASCII) and
** counts code points as it goes.
*/
#include "tally.h"
#include "import.h"
#include "modules/json.h"

/* Raise json.decoder.JSONDecodeError(msg, s, pos); returns NULL. */
static TyObject *decode_error(const char *msg, TyObject *s, ssize_t pos)
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

/*
** scanstring(s, end, strict=True): the JSON string whose opening quote is
** at end - 1, as (str, index after the closing quote).
*/
static TyObject *json_scanstring(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("scanstring", kwnames) < 0 || tyArg_checkTupleCount("scanstring", nargs, 2, 3) < 0)
        return NULL;
    TyObject *s = args[0];
    if (!TY_STR_CHECK(s))
        return tyErr_format(&TyExc_TypeError, "first argument must be a string, not %T", s);
    if (!TY_INT_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
    ssize_t end = tyInt_asSsize(args[1]);
    if (end == -1 && tyErr_occurred())
        return NULL;
    int strict = nargs > 2 ? tyObj_isTrue(args[2]) : 1;
    if (strict < 0)
        return NULL;
    ssize_t len = TY_STR_LEN(s);
    if (end < 0 || end > len)
        return tyErr_setString(&TyExc_ValueError, "end is out of bounds");
    const unsigned char *u = (const unsigned char *)TY_STR_UTF8(s);
    ssize_t nbytes = TY_STR_NBYTES(s), begin = end - 1;
    ssize_t b = tyStr_byteOffset(s, end);     /* byte offset of code point `end` */
    TyStrBuilder out;
    tyBuf_init(&out);
    for (;;) {
        ssize_t chunk = b;
        unsigned char c = 0;
        while (b < nbytes) {
            c = u[b];
            if (c == '"' || c == '\\')
                break;
            if (c <= 0x1F && strict) {
                tyBuf_free(&out);
                return decode_error("Invalid control character at", s, end);
            }
            if ((c & 0xC0) != 0x80)
                end++;
            b++;
            c = 0;
        }
        if (c != '"' && c != '\\') {
            tyBuf_free(&out);
            return decode_error("Unterminated string starting at", s, begin);
        }
        if (tyBuf_append(&out, (const char *)u + chunk, (size_t)(b - chunk)) < 0)
            goto fail;
        b++;
        end++;
        if (c == '"')
            break;
        if (b == nbytes) {
            tyBuf_free(&out);
            return decode_error("Unterminated string starting at", s, begin);
        }
        c = u[b];
        uint32_t cp;
        if (c != 'u') {
            b++;
            end++;
            cp = c == '"' || c == '\\' || c == '/' ? c : c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n'
               : c == 'r' ? '\r' : c == 't' ? '\t' : 0;
            if (!cp) {
                tyBuf_free(&out);
                return decode_error("Invalid \\escape", s, end - 2);
            }
        } else {
            /* "\uXXXX" needs its four digits and one more character. */
            if (end + 5 >= len) {
                tyBuf_free(&out);
                return decode_error("Invalid \\uXXXX escape", s, end);
            }
            if (hex4(u + b + 1, &cp) < 0) {
                tyBuf_free(&out);
                return decode_error("Invalid \\uXXXX escape", s, end);
            }
            b += 5;
            end += 5;
            uint32_t lo;
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && u[b] == '\\' && u[b + 1] == 'u') {
                if (hex4(u + b + 2, &lo) < 0) {
                    tyBuf_free(&out);
                    return decode_error("Invalid \\uXXXX escape", s, end + 1);
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
    TyObject *str = tyBuf_finish(&out);
    if (!str)
        return NULL;
    TyObject *pos = tyInt_fromI64(end);
    TyObject *r = pos ? tyTuple_pack(2, str, pos) : NULL;
    TY_XDECREF(pos);
    TY_DECREF(str);
    return r;
fail:
    tyBuf_free(&out);
    return NULL;
}

static TyMethodDef json_functions[] = {
    { "scanstring", json_scanstring, TY_METH_DEFAULT,
      "scanstring(string, end, strict=True) -> (string, end)\n\n"
      "Scan the string s for a JSON string. End is the index of the character in s after the quote "
      "that started the JSON string." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyJson_create(void)
{
    return tyModule_new("_json", json_functions);
}
