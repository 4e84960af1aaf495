/*
** jsonscan.c — _json.make_scanner, the decoder json.loads runs: a
** scanner made from a JSONDecoder (its strict flag, hooks and parse
** functions) and called as scan_once(string, idx) -> (value, end).
** Results, errors and their positions are those of CPython 3.11's C
** scanner: JSONDecodeError with the pure-Python decoder's messages,
** StopIteration(idx) where no value starts (raw_decode turns it into
** "Expecting value"), RecursionError for nesting deeper than the limit.
**
** The string is UTF-8 and positions are code point indices, so the scan
** keeps two positions in step: the byte it reads (b) and that byte's code
** point index (i).  Every character the grammar looks for is ASCII, so a
** structural step moves both by one; only string contents move them
** apart (tyJson_scanString counts them).
*/
#include "tally.h"
#include "modules/json.h"

typedef struct Scanner {
    TyObject ob;
    bool strict;
    TyObject *object_hook;
    TyObject *object_pairs_hook;
    TyObject *parse_float;
    TyObject *parse_int;
    TyObject *parse_constant;
    TyObject *memo;         /* key -> the same key: one str per distinct key */
} Scanner;

#define SCANNER_FIELDS(X) X(object_hook) X(object_pairs_hook) X(parse_float) X(parse_int) \
    X(parse_constant) X(memo)

/* One scan_once call: the scanner, the string and its UTF-8 bytes. */
typedef struct Scan {
    Scanner *sc;
    TyObject *s;
    const unsigned char *u;
    ssize_t nbytes;
} Scan;

/* A position: byte offset and code point index of the same character. */
typedef struct Pos {
    ssize_t b, i;
} Pos;

static TyObject *scan_value(Scan *sc, Pos at, Pos *next);

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static void skip_ws(Scan *sc, Pos *p)
{
    while (p->b < sc->nbytes && is_ws(sc->u[p->b])) {
        p->b++;
        p->i++;
    }
}

/* Does the text at byte b continue with the ASCII word w? */
static bool has_word(Scan *sc, ssize_t b, const char *w)
{
    size_t n = strlen(w);
    return b + (ssize_t)n <= sc->nbytes && memcmp(sc->u + b, w, n) == 0;
}

/* StopIteration(i): no JSON value starts at code point i.  NULL. */
static TyObject *stop_at(ssize_t i)
{
    TyObject *v = tyInt_fromI64(i);
    if (v) {
        tyErr_setObject(&TyExc_StopIteration, v);
        TY_DECREF(v);
    }
    return NULL;
}

/* parse_constant("NaN") and the like; the word starts at `at`. */
static TyObject *scan_constant(Scan *sc, Pos at, const char *word, Pos *next)
{
    TyObject *w = tyStr_internC(word);
    if (!w)
        return NULL;
    TyObject *r = tyObj_callOneArg(sc->sc->parse_constant, w);
    TY_DECREF(w);
    ssize_t n = (ssize_t)strlen(word);
    *next = (Pos){ at.b + n, at.i + n };
    return r;
}

/* The value of the decimal digits [b0, b1) (at most 18 of them, an
** optional '-' first) without going through text. */
static TyObject *small_int(const unsigned char *u, ssize_t b0, ssize_t b1)
{
    bool neg = u[b0] == '-';
    int64_t v = 0;
    for (ssize_t b = b0 + neg; b < b1; b++)
        v = v * 10 + (u[b] - '0');
    return tyInt_fromI64(neg ? -v : v);
}

/*
** A number at `at`: CPython's grammar, which is JSON's: -?(0|[1-9][0-9]*)
** then a fraction only when '.' is followed by a digit, then an exponent
** only when 'e'/'E' (and a sign) is followed by a digit; what does not
** fit is left for the caller.  Nothing numeric at all is StopIteration.
** int and float parse it themselves; other parse_int / parse_float
** callables get the text.
*/
static TyObject *scan_number(Scan *sc, Pos at, Pos *next)
{
    const unsigned char *u = sc->u;
    ssize_t n = sc->nbytes, b = at.b;
    bool is_float = false;
    if (u[b] == '-') {
        b++;
        if (b >= n)
            return stop_at(at.i);
    }
    if (u[b] >= '1' && u[b] <= '9') {
        b++;
        while (b < n && is_digit(u[b]))
            b++;
    } else if (u[b] == '0') {
        b++;
    } else {
        return stop_at(at.i);
    }
    if (b < n - 1 && u[b] == '.' && is_digit(u[b + 1])) {
        is_float = true;
        b += 2;
        while (b < n && is_digit(u[b]))
            b++;
    }
    if (b < n - 1 && (u[b] == 'e' || u[b] == 'E')) {
        ssize_t e_start = b++;
        if (b < n - 1 && (u[b] == '-' || u[b] == '+'))
            b++;
        while (b < n && is_digit(u[b]))
            b++;
        if (is_digit(u[b - 1]))
            is_float = true;
        else
            b = e_start;
    }
    *next = (Pos){ b, at.i + (b - at.b) };
    const char *text = (const char *)u + at.b;
    TyObject *custom = is_float ? sc->sc->parse_float : sc->sc->parse_int;
    if (custom != (is_float ? (TyObject *)&TyFloat_Type : (TyObject *)&TyInt_Type)) {
        TyObject *str = tyStr_fromAscii(text, b - at.b);
        if (!str)
            return NULL;
        TyObject *r = tyObj_callOneArg(custom, str);
        TY_DECREF(str);
        return r;
    }
    if (is_float)
        return tyFloat_fromString(text, b - at.b);
    if (b - at.b - (u[at.b] == '-') <= 18)
        return small_int(u, at.b, b);
    return tyInt_fromString(text, b - at.b, 10);
}

/* The key as the one str the memo keeps for that text (new reference). */
static TyObject *memo_key(Scan *sc, TyObject *key)
{
    ty_hash h = tyObj_hash(key);
    if (h == -1) {
        TY_DECREF(key);
        return NULL;
    }
    TyObject *kept = tyDict_getItemKnownHash(sc->sc->memo, key, h);
    if (kept) {
        TY_INCREF(kept);
        TY_DECREF(key);
        return kept;
    }
    if (tyErr_occurred() || tyDict_setItemKnownHash(sc->sc->memo, key, h, key) < 0) {
        TY_DECREF(key);
        return NULL;
    }
    return key;
}

/* After an item of an object or array: 1 at the closing `close` (not
** consumed), 0 past a ',' and the whitespace after it, or -1 with
** "Expecting ',' delimiter". */
static int after_item(Scan *sc, Pos *p, unsigned char close)
{
    skip_ws(sc, p);
    if (p->b < sc->nbytes && sc->u[p->b] == close)
        return 1;
    if (p->b >= sc->nbytes || sc->u[p->b] != ',') {
        tyJson_decodeError("Expecting ',' delimiter", sc->s, p->i);
        return -1;
    }
    p->b++;
    p->i++;
    skip_ws(sc, p);
    return 0;
}

/*
** The object whose '{' is just before `at`: a dict (then object_hook(dict)
** when there is a hook), or object_pairs_hook(list of (key, value)) when
** that hook is set.  *next is after the '}'.
*/
static TyObject *scan_object(Scan *sc, Pos at, Pos *next)
{
    bool pairs = sc->sc->object_pairs_hook != TY_NONE;
    TyObject *r = pairs ? tyList_new(0) : tyDict_new();
    if (!r)
        return NULL;
    const unsigned char *u = sc->u;
    Pos p = at;
    skip_ws(sc, &p);
    if (p.b >= sc->nbytes || u[p.b] != '}') {
        for (;;) {
            if (p.b >= sc->nbytes || u[p.b] != '"') {
                tyJson_decodeError("Expecting property name enclosed in double quotes", sc->s, p.i);
                goto fail;
            }
            p.b++;
            p.i++;
            TyObject *key = tyJson_scanString(sc->s, &p.b, &p.i, sc->sc->strict);
            if (!key || !(key = memo_key(sc, key)))
                goto fail;
            skip_ws(sc, &p);
            if (p.b >= sc->nbytes || u[p.b] != ':') {
                TY_DECREF(key);
                tyJson_decodeError("Expecting ':' delimiter", sc->s, p.i);
                goto fail;
            }
            p.b++;
            p.i++;
            skip_ws(sc, &p);
            TyObject *value = scan_value(sc, p, &p);
            if (!value) {
                TY_DECREF(key);
                goto fail;
            }
            int err;
            if (pairs) {
                TyObject *item = tyTuple_pack(2, key, value);
                err = item ? tyList_append(r, item) : -1;
                TY_XDECREF(item);
            } else {
                err = tyDict_setItem(r, key, value);
            }
            TY_DECREF(key);
            TY_DECREF(value);
            if (err < 0 || (err = after_item(sc, &p, '}')) < 0)
                goto fail;
            if (err)
                break;
        }
    }
    *next = (Pos){ p.b + 1, p.i + 1 };
    TyObject *hook = pairs ? sc->sc->object_pairs_hook : sc->sc->object_hook;
    if (hook == TY_NONE)
        return r;
    TyObject *hooked = tyObj_callOneArg(hook, r);
    TY_DECREF(r);
    return hooked;
fail:
    TY_DECREF(r);
    return NULL;
}

/* The array whose '[' is just before `at`; *next is after the ']'. */
static TyObject *scan_array(Scan *sc, Pos at, Pos *next)
{
    TyObject *r = tyList_new(0);
    if (!r)
        return NULL;
    const unsigned char *u = sc->u;
    Pos p = at;
    skip_ws(sc, &p);
    if (p.b >= sc->nbytes || u[p.b] != ']') {
        /* A missing value, at the end too, is scan_value's StopIteration. */
        for (;;) {
            TyObject *value = scan_value(sc, p, &p);
            if (!value)
                goto fail;
            int err = tyList_append(r, value);
            TY_DECREF(value);
            if (err < 0 || (err = after_item(sc, &p, ']')) < 0)
                goto fail;
            if (err)
                break;
        }
    }
    *next = (Pos){ p.b + 1, p.i + 1 };
    return r;
fail:
    TY_DECREF(r);
    return NULL;
}

/* Any JSON value starting at `at` (no whitespace before it), with *next
** set after it.  New reference, or NULL with the exception. */
static TyObject *scan_value(Scan *sc, Pos at, Pos *next)
{
    if (at.i < 0)
        return tyErr_setString(&TyExc_ValueError, "idx cannot be negative");
    if (at.b >= sc->nbytes)
        return stop_at(at.i);
    Pos after = { at.b + 1, at.i + 1 };
    TyObject *r;
    switch (sc->u[at.b]) {
    case '"':
        r = tyJson_scanString(sc->s, &after.b, &after.i, sc->sc->strict);
        *next = after;
        return r;
    case '{':
        if (tyObj_enterRecursiveCall(" while decoding a JSON object from a unicode string") < 0)
            return NULL;
        r = scan_object(sc, after, next);
        tyObj_leaveRecursiveCall();
        return r;
    case '[':
        if (tyObj_enterRecursiveCall(" while decoding a JSON array from a unicode string") < 0)
            return NULL;
        r = scan_array(sc, after, next);
        tyObj_leaveRecursiveCall();
        return r;
    case 'n':
        if (has_word(sc, at.b, "null")) {
            *next = (Pos){ at.b + 4, at.i + 4 };
            return TY_NEWREF(TY_NONE);
        }
        break;
    case 't':
        if (has_word(sc, at.b, "true")) {
            *next = (Pos){ at.b + 4, at.i + 4 };
            return TY_NEWREF(TY_TRUE);
        }
        break;
    case 'f':
        if (has_word(sc, at.b, "false")) {
            *next = (Pos){ at.b + 5, at.i + 5 };
            return TY_NEWREF(TY_FALSE);
        }
        break;
    case 'N':
        if (has_word(sc, at.b, "NaN"))
            return scan_constant(sc, at, "NaN", next);
        break;
    case 'I':
        if (has_word(sc, at.b, "Infinity"))
            return scan_constant(sc, at, "Infinity", next);
        break;
    case '-':
        if (has_word(sc, at.b, "-Infinity"))
            return scan_constant(sc, at, "-Infinity", next);
        break;
    }
    return scan_number(sc, at, next);
}

/* scan_once(string, idx): (value, index after it).  The memo of keys
** lasts one call, as CPython's is cleared after each. */
static TyObject *scanner_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "string", "idx", NULL };
    TyObject *a[2];
    ssize_t idx;
    if (tyArg_unpack("scan_once", args, nargs, kwnames, names, 2, 2, a) < 0 || tyArg_ssize(a[1], &idx) < 0)
        return NULL;
    TyObject *s = a[0];
    if (!TY_STR_CHECK(s))
        return tyErr_format(&TyExc_TypeError, "first argument must be a string, not %T", s);
    Scanner *scanner = (Scanner *)self;
    Scan sc = { scanner, s, (const unsigned char *)TY_STR_UTF8(s), TY_STR_NBYTES(s) };
    Pos at = { idx < 0 ? 0 : idx >= TY_STR_LEN(s) ? sc.nbytes : tyStr_byteOffset(s, idx), idx };
    Pos next;
    TY_INCREF(s);
    TyObject *value = scan_value(&sc, at, &next);
    tyDict_clear(scanner->memo);
    TY_DECREF(s);
    if (!value)
        return NULL;
    TyObject *end = tyInt_fromI64(next.i);
    TyObject *r = end ? tyTuple_pack(2, value, end) : NULL;
    TY_XDECREF(end);
    TY_DECREF(value);
    return r;
}

/* make_scanner(context): reads context.strict (as a truth value), then
** object_hook, object_pairs_hook, parse_float, parse_int and
** parse_constant, in that order (the first missing one is the
** AttributeError). */
static TyObject *scanner_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "context", NULL };
    static const char *const attrs[] = { "object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                         "parse_constant" };
    TyObject *ctx;
    if (tyArg_unpack("make_scanner", args, nargs, kwnames, names, 1, 1, &ctx) < 0)
        return NULL;
    TyObject *strict = tyObj_getAttrStr(ctx, "strict");
    if (!strict)
        return NULL;
    int flag = tyObj_isTrue(strict);
    TY_DECREF(strict);
    if (flag < 0)
        return NULL;
    TyObject *got[5];
    for (int k = 0; k < 5; k++) {
        got[k] = tyObj_getAttrStr(ctx, attrs[k]);
        if (!got[k]) {
            while (k-- > 0)
                TY_DECREF(got[k]);
            return NULL;
        }
    }
    TyObject *memo = tyDict_new();
    Scanner *s = memo ? (Scanner *)tyGC_alloc(type) : NULL;
    if (!s) {
        TY_XDECREF(memo);
        for (int k = 0; k < 5; k++)
            TY_DECREF(got[k]);
        return NULL;
    }
    s->strict = flag;
    s->object_hook = got[0];
    s->object_pairs_hook = got[1];
    s->parse_float = got[2];
    s->parse_int = got[3];
    s->parse_constant = got[4];
    s->memo = memo;
    tyGC_track((TyObject *)s);
    return (TyObject *)s;
}

static void scanner_dealloc(TyObject *o)
{
    Scanner *s = (Scanner *)o;
    tyGC_untrack(o);
#define X(f) TY_XDECREF(s->f);
    SCANNER_FIELDS(X)
#undef X
    tyObj_free(o);
}

static int scanner_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Scanner *s = (Scanner *)o;
#define X(f) if (s->f && visit(s->f, arg)) return 1;
    SCANNER_FIELDS(X)
#undef X
    return 0;
}

static int scanner_clear(TyObject *o)
{
    Scanner *s = (Scanner *)o;
#define X(f) TY_CLEAR(s->f);
    SCANNER_FIELDS(X)
#undef X
    return 0;
}

static TyObject *get_strict(TyObject *o)
{
    return TY_NEWREF(((Scanner *)o)->strict ? TY_TRUE : TY_FALSE);
}

/* The read-only members CPython's scanner shows; the hooks read None
** once a collection has cleared them. */
#define SCANNER_GETTER(f)                                      \
    static TyObject *get_##f(TyObject *o)                      \
    {                                                          \
        TyObject *v = ((Scanner *)o)->f;                       \
        return TY_NEWREF(v ? v : TY_NONE);                     \
    }
SCANNER_GETTER(object_hook)
SCANNER_GETTER(object_pairs_hook)
SCANNER_GETTER(parse_float)
SCANNER_GETTER(parse_int)
SCANNER_GETTER(parse_constant)
#undef SCANNER_GETTER

static TyGetSetDef scanner_getset[] = {
    { "strict", get_strict, NULL, "strict", true },
    { "object_hook", get_object_hook, NULL, "object_hook", true },
    { "object_pairs_hook", get_object_pairs_hook, NULL, NULL, true },
    { "parse_float", get_parse_float, NULL, "parse_float", true },
    { "parse_int", get_parse_int, NULL, "parse_int", true },
    { "parse_constant", get_parse_constant, NULL, "parse_constant", true },
    { NULL, NULL, NULL, NULL, false },
};

TyType tyJson_ScannerType = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_json.Scanner",
    .basicsize = sizeof(Scanner),
    .flags = TY_TPFLAG_GC,
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .call = scanner_call,
    .tp_new = scanner_new,
    .getset = scanner_getset,
    .doc = "JSON scanner object",
};
