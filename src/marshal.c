/*
** marshal.c — code objects to bytes and back, for the compiled-code cache
** (codecache.c).  The format is tally's own and only ever read by the
** tally build that wrote it (the cache header checks that).
**
** A stream is a tree of tagged values: one tag byte, then the value's
** fields in native byte order.  The constants a code object can hold
** (None, True, False, Ellipsis, int, float, complex, str, bytes, tuple,
** frozenset, code) are the only values.  Every value but the four
** singletons and ints that fit in 64 bits is numbered in the order its
** writing ends; a later occurrence of the same object is written as a
** reference to that number, so the loaded objects are shared exactly as
** the compiler shared them (constants merged across code objects, names
** used by several), which keeps sys.getrefcount's answers the same
** whether a module came from the cache or from its source.  A str keeps
** its interned flag.
*/
#include <string.h>
#include "tally.h"
#include "marshal.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/set.h"

enum {
    M_NONE = 'N', M_TRUE = 'T', M_FALSE = 'F', M_ELLIPSIS = '.',
    M_SMALLINT = 'i', M_BIGINT = 'I', M_FLOAT = 'f', M_COMPLEX = 'x',
    M_STR = 's', M_BYTES = 'b', M_TUPLE = '(', M_FROZENSET = '<', M_CODE = 'c',
    M_LIST = '[', M_SET = '>', M_DICT = '{', M_REF = 'r',
};

/* Containers nested deeper than this are refused both ways (CPython's
** MAX_MARSHAL_STACK_DEPTH): a list that holds itself would never end. */
#define MAX_DEPTH 2000

/* ---- writing ------------------------------------------------------------------------ */

typedef struct Writer {
    TyStrBuilder out;
    TyObject *seen;         /* dict: id(object) -> its number */
    ssize_t count;
    int depth;
    bool unsupported;       /* a constant of a type the format does not have */
} Writer;

static int w_bytes(Writer *w, const void *p, size_t n)
{
    return tyBuf_append(&w->out, p, n);
}

static int w_byte(Writer *w, int c)
{
    return tyBuf_appendChar(&w->out, (char)c);
}

static int w_i64(Writer *w, int64_t v)
{
    return w_bytes(w, &v, sizeof v);
}

static int w_object(Writer *w, TyObject *o);

/* A reference to o when it was written before: 1 (written), 0 (not seen),
** -1 error. */
static int w_ref(Writer *w, TyObject *o)
{
    TyObject *key = tyInt_fromI64((int64_t)(intptr_t)o);
    if (!key)
        return -1;
    TyObject *n = tyDict_getItem(w->seen, key);
    TY_DECREF(key);
    if (!n)
        return tyErr_occurred() ? -1 : 0;
    return w_byte(w, M_REF) < 0 || w_i64(w, TY_INT_VALUE(n)) < 0 ? -1 : 1;
}

/* Give o the next number, once it has been written in full. */
static int w_number(Writer *w, TyObject *o)
{
    TyObject *key = tyInt_fromI64((int64_t)(intptr_t)o);
    TyObject *n = key ? tyInt_fromI64(w->count++) : NULL;
    int r = n ? tyDict_setItem(w->seen, key, n) : -1;
    TY_XDECREF(key);
    TY_XDECREF(n);
    return r;
}

static int w_str(Writer *w, TyObject *s)
{
    TyStr *str = (TyStr *)s;
    return w_byte(w, M_STR) < 0 || w_i64(w, str->nbytes) < 0 || w_i64(w, str->length) < 0 ||
                   w_byte(w, str->ascii) < 0 || w_byte(w, str->interned) < 0 ||
                   w_bytes(w, str->data, (size_t)str->nbytes) < 0
               ? -1
               : 0;
}

static int w_items(Writer *w, int tag, TyObject *seq)
{
    TyObject *items = TY_TUPLE_CHECK_EXACT(seq) ? TY_NEWREF(seq) : tyList_fromIterable(seq);
    if (!items)
        return -1;
    ssize_t n = TY_TUPLE_CHECK_EXACT(items) ? TY_TUPLE_LEN(items) : TY_LIST_LEN(items);
    TyObject **v = TY_TUPLE_CHECK_EXACT(items) ? TY_TUPLE_ITEMS(items) : TY_LIST_ITEMS(items);
    int r = w_byte(w, tag) < 0 || w_i64(w, n) < 0 ? -1 : 0;
    for (ssize_t i = 0; r == 0 && i < n; i++)
        r = w_object(w, v[i]);
    TY_DECREF(items);
    return r;
}

static int w_code(Writer *w, TyCode *co)
{
    const int ints[] = { co->ncode, co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                         co->nlocalsplus, co->ncells, co->nfrees, co->stacksize, co->flags,
                         co->firstlineno, co->nexc };
    /* The compiler's words: no specialised form reaches a file. */
    uint32_t *words = tyCode_genericCode(co);
    if (!words)
        return -1;
    int r = w_byte(w, M_CODE) < 0 || w_bytes(w, ints, sizeof ints) < 0 ||
            w_bytes(w, words, sizeof(uint32_t) * (size_t)co->ncode) < 0 ? -1 : 0;
    tyMem_free(words);
    if (r < 0 ||
        w_bytes(w, co->positions, sizeof(TyCodePos) * (size_t)co->ncode) < 0 ||
        w_bytes(w, co->localspluskinds, (size_t)co->nlocalsplus) < 0 ||
        w_bytes(w, co->exctable, sizeof(TyExcEntry) * (size_t)co->nexc) < 0)
        return -1;
    TyObject *objs[] = { co->consts, co->names, co->localsplusnames, co->name, co->qualname, co->filename };
    for (size_t i = 0; i < TY_ARRAY_LEN(objs); i++)
        if (w_object(w, objs[i]) < 0)
            return -1;
    return 0;
}

/* A dict: its size, then each key and value (of a snapshot of its items). */
static int w_dict(Writer *w, TyObject *d)
{
    TyObject *items = tyList_new(0), *k, *v;
    ssize_t pos = 0;
    int r = items ? 0 : -1;
    while (r == 0 && tyDict_next(d, &pos, &k, &v))
        r = tyList_append(items, k) < 0 || tyList_append(items, v) < 0 ? -1 : 0;
    if (r == 0)
        r = w_byte(w, M_DICT) < 0 || w_i64(w, TY_LIST_LEN(items) / 2) < 0 ? -1 : 0;
    for (ssize_t i = 0; r == 0 && i < TY_LIST_LEN(items); i++)
        r = w_object(w, TY_LIST_GET(items, i));
    TY_XDECREF(items);
    return r;
}

static int w_value(Writer *w, TyObject *o);

static int w_object(Writer *w, TyObject *o)
{
    if (++w->depth > MAX_DEPTH) {
        w->depth--;
        tyErr_setString(&TyExc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    int r = w_value(w, o);
    w->depth--;
    return r;
}

static int w_value(Writer *w, TyObject *o)
{
    if (w->unsupported)
        return 0;
    if (o == TY_NONE)
        return w_byte(w, M_NONE);
    if (o == TY_TRUE || o == TY_FALSE)
        return w_byte(w, o == TY_TRUE ? M_TRUE : M_FALSE);
    if (o == TY_ELLIPSIS)
        return w_byte(w, M_ELLIPSIS);
    TyType *t = TY_TYPE(o);
    if (t == &TyInt_Type && TY_INT_IS_SMALL(o))
        return w_byte(w, M_SMALLINT) < 0 ? -1 : w_i64(w, TY_INT_VALUE(o));
    int seen = w_ref(w, o);
    if (seen != 0)
        return seen < 0 ? -1 : 0;
    int r;
    if (t == &TyInt_Type) {
        TyObject *hex = tyInt_toBase(o, 16, false);
        r = !hex || w_byte(w, M_BIGINT) < 0 || w_i64(w, TY_STR_NBYTES(hex)) < 0 ||
                    w_bytes(w, TY_STR_UTF8(hex), (size_t)TY_STR_NBYTES(hex)) < 0
                ? -1
                : 0;
        TY_XDECREF(hex);
    } else if (t == &TyFloat_Type) {
        double d = tyFloat_asDouble(o);
        r = w_byte(w, M_FLOAT) < 0 || w_bytes(w, &d, sizeof d) < 0 ? -1 : 0;
    } else if (t == &TyComplex_Type) {
        double d[2] = { ((TyComplex *)o)->real, ((TyComplex *)o)->imag };
        r = w_byte(w, M_COMPLEX) < 0 || w_bytes(w, d, sizeof d) < 0 ? -1 : 0;
    } else if (t == &TyStr_Type) {
        r = w_str(w, o);
    } else if (t == &TyBytes_Type) {
        r = w_byte(w, M_BYTES) < 0 || w_i64(w, TY_BYTES_LEN(o)) < 0 ||
                    w_bytes(w, TY_BYTES_DATA(o), (size_t)TY_BYTES_LEN(o)) < 0
                ? -1
                : 0;
    } else if (t == &TyTuple_Type) {
        r = w_items(w, M_TUPLE, o);
    } else if (t == &TyFrozenSet_Type) {
        r = w_items(w, M_FROZENSET, o);
    } else if (t == &TyCode_Type) {
        r = w_code(w, (TyCode *)o);
    } else if (t == &TyList_Type) {
        r = w_items(w, M_LIST, o);
    } else if (t == &TySet_Type) {
        r = w_items(w, M_SET, o);
    } else if (t == &TyDict_Type) {
        r = w_dict(w, o);
    } else {
        w->unsupported = true;
        return 0;
    }
    return r < 0 ? -1 : w_number(w, o);
}

TyObject *tyMarshal_dumpCode(TyObject *code)
{
    return tyMarshal_dump(code);
}

TyObject *tyMarshal_dump(TyObject *value)
{
    Writer w = { .seen = tyDict_new() };
    if (!w.seen)
        return NULL;
    tyBuf_init(&w.out);
    int r = w_object(&w, value);
    TY_DECREF(w.seen);
    if (r < 0 || w.unsupported) {
        tyBuf_free(&w.out);
        return r < 0 ? NULL : TY_NEWREF(TY_NONE);
    }
    TyObject *b = tyBytes_fromData(w.out.data, (ssize_t)w.out.len);
    tyBuf_free(&w.out);
    return b;
}

/* ---- reading ------------------------------------------------------------------------ */

typedef struct Reader {
    const char *p, *end;
    TyObject *objects;      /* list: the numbered values, in order */
    int depth;
} Reader;

static TyObject *bad_data(void)
{
    return tyErr_setString(&TyExc_ValueError, "bad marshal data");
}

/* Data that ends inside a value is EOFError, as CPython's reader says. */
static int r_bytes(Reader *r, void *out, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        tyErr_setString(&TyExc_EOFError, "marshal data too short");
        return -1;
    }
    memcpy(out, r->p, n);
    r->p += n;
    return 0;
}

/* A length or count field: 0..limit, else bad data. */
static int r_size(Reader *r, int64_t limit, int64_t *out)
{
    if (r_bytes(r, out, sizeof *out) < 0)
        return -1;
    if (*out < 0 || *out > limit) {
        bad_data();
        return -1;
    }
    return 0;
}

static TyObject *r_object(Reader *r);

/* Do the bytes of a str (marshal.loads takes any bytes) hold `length`
** characters in tally's UTF-8 (surrogates allowed, as a str may hold
** them), and is the ascii flag right?  tyStr_fromKnown trusts both. */
static bool known_str_ok(const unsigned char *s, int64_t nbytes, int64_t length, uint8_t ascii)
{
    int64_t count = 0;
    for (int64_t i = 0; i < nbytes; count++) {
        unsigned c = s[i];
        int need = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!need || nbytes - i < need)
            return false;
        unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        for (int k = 1; k < need; k++, lo = 0x80, hi = 0xBF)
            if (s[i + k] < lo || s[i + k] > hi)
                return false;
        i += need;
    }
    return count == length && ascii <= 1 && (ascii == 1) == (count == nbytes);
}

/* Number o (a new reference, passed through) as the writer numbered it. */
static TyObject *r_number(Reader *r, TyObject *o)
{
    if (o && tyList_append(r->objects, o) < 0)
        TY_CLEAR(o);
    return o;
}

static TyObject *r_str(Reader *r)
{
    int64_t nbytes, length;
    uint8_t flags[2];
    if (r_size(r, r->end - r->p, &nbytes) < 0 || r_size(r, nbytes, &length) < 0 ||
        r_bytes(r, flags, 2) < 0)
        return NULL;
    if ((size_t)(r->end - r->p) < (size_t)nbytes)
        return tyErr_setString(&TyExc_EOFError, "marshal data too short");
    if (!known_str_ok((const unsigned char *)r->p, nbytes, length, flags[0]))
        return bad_data();
    TyObject *s = tyStr_fromKnown(r->p, (ssize_t)nbytes, (ssize_t)length, flags[0]);
    r->p += nbytes;
    if (s && flags[1])
        s = tyStr_intern(s);
    return s;
}

/* The items of a tuple or frozenset, as a new tuple. */
static TyObject *r_items(Reader *r)
{
    int64_t n;
    if (r_size(r, r->end - r->p, &n) < 0)
        return NULL;
    TyObject *t = tyTuple_new((ssize_t)n);
    for (int64_t i = 0; t && i < n; i++) {
        TyObject *item = r_object(r);
        if (!item) {
            for (int64_t j = i; j < n; j++)
                TY_TUPLE_SET(t, j, TY_NEWREF(TY_NONE));
            TY_CLEAR(t);
            break;
        }
        TY_TUPLE_SET(t, i, item);
    }
    return t;
}

/* Copy n elements of `size` bytes into a new tyMem block (at least one
** element's room, as the compiler allocates). */
static void *r_array(Reader *r, int64_t n, size_t size)
{
    void *a = tyMem_malloc(size * (size_t)(n ? n : 1));
    if (a && r_bytes(r, a, size * (size_t)n) < 0) {
        tyMem_free(a);
        return NULL;
    }
    return a;
}

static TyObject *r_code(Reader *r)
{
    int ints[12];
    if (r_bytes(r, ints, sizeof ints) < 0)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(ints); i++)
        if (ints[i] < 0 && i != 10)
            return bad_data();
    TyCode *co = (TyCode *)tyObj_alloc(&TyCode_Type);
    if (!co)
        return NULL;
    co->ncode = ints[0];
    co->argcount = ints[1];
    co->posonlyargcount = ints[2];
    co->kwonlyargcount = ints[3];
    co->nlocals = ints[4];
    co->nlocalsplus = ints[5];
    co->ncells = ints[6];
    co->nfrees = ints[7];
    co->stacksize = ints[8];
    co->flags = ints[9];
    co->firstlineno = ints[10];
    co->nexc = ints[11];
    co->code = r_array(r, co->ncode, sizeof(uint32_t));
    co->positions = co->code ? r_array(r, co->ncode, sizeof(TyCodePos)) : NULL;
    co->localspluskinds = co->positions ? r_array(r, co->nlocalsplus, 1) : NULL;
    co->exctable = co->localspluskinds && co->nexc ? r_array(r, co->nexc, sizeof(TyExcEntry)) : NULL;
    co->caches = tyMem_calloc((size_t)(co->ncode ? co->ncode : 1), sizeof(TyInlineCache));
    bool ok = co->localspluskinds && co->caches && (co->exctable || co->nexc == 0);
    TyObject **objs[] = { &co->consts, &co->names, &co->localsplusnames, &co->name, &co->qualname, &co->filename };
    for (size_t i = 0; ok && i < TY_ARRAY_LEN(objs); i++)
        ok = (*objs[i] = r_object(r)) != NULL;
    if (ok && (!TY_TUPLE_CHECK_EXACT(co->consts) || !TY_TUPLE_CHECK_EXACT(co->names) ||
               !TY_TUPLE_CHECK_EXACT(co->localsplusnames) || TY_TUPLE_LEN(co->localsplusnames) != co->nlocalsplus ||
               !TY_STR_CHECK_EXACT(co->name) || !TY_STR_CHECK_EXACT(co->qualname) ||
               !TY_STR_CHECK_EXACT(co->filename))) {
        bad_data();
        ok = false;
    }
    if (!ok) {
        TY_DECREF(co);
        return NULL;
    }
    return (TyObject *)co;
}

/* A dict's pairs, as the writer lists them.  New reference, or NULL. */
static TyObject *r_dict(Reader *r)
{
    int64_t n;
    if (r_size(r, r->end - r->p, &n) < 0)
        return NULL;
    TyObject *d = tyDict_new();
    for (int64_t i = 0; d && i < n; i++) {
        TyObject *k = r_object(r);
        TyObject *v = k ? r_object(r) : NULL;
        if (!v || tyDict_setItem(d, k, v) < 0)
            TY_CLEAR(d);
        TY_XDECREF(k);
        TY_XDECREF(v);
    }
    return d;
}

static TyObject *r_value(Reader *r);

static TyObject *r_object(Reader *r)
{
    if (++r->depth > MAX_DEPTH) {
        r->depth--;
        return tyErr_setString(&TyExc_ValueError, "recursion limit exceeded");
    }
    TyObject *o = r_value(r);
    r->depth--;
    return o;
}

static TyObject *r_value(Reader *r)
{
    char tag;
    if (r->p == r->end)
        return tyErr_setString(&TyExc_EOFError, "EOF read where object expected");
    if (r_bytes(r, &tag, 1) < 0)
        return NULL;
    switch (tag) {
    case M_NONE:
        return TY_NEWREF(TY_NONE);
    case M_TRUE:
        return TY_NEWREF(TY_TRUE);
    case M_FALSE:
        return TY_NEWREF(TY_FALSE);
    case M_ELLIPSIS:
        return TY_NEWREF(TY_ELLIPSIS);
    case M_SMALLINT: {
        int64_t v;
        return r_bytes(r, &v, sizeof v) < 0 ? NULL : tyInt_fromI64(v);
    }
    case M_REF: {
        int64_t i;
        if (r_size(r, TY_LIST_LEN(r->objects) - 1, &i) < 0)
            return NULL;
        return TY_NEWREF(TY_LIST_GET(r->objects, i));
    }
    case M_BIGINT: {
        int64_t n;
        if (r_size(r, r->end - r->p, &n) < 0)
            return NULL;
        TyObject *v = tyInt_fromString(r->p, (ssize_t)n, 16);
        r->p += n;
        return r_number(r, v);
    }
    case M_FLOAT: {
        double d;
        return r_bytes(r, &d, sizeof d) < 0 ? NULL : r_number(r, tyFloat_from(d));
    }
    case M_COMPLEX: {
        double d[2];
        return r_bytes(r, d, sizeof d) < 0 ? NULL : r_number(r, tyComplex_from(d[0], d[1]));
    }
    case M_STR:
        return r_number(r, r_str(r));
    case M_BYTES: {
        int64_t n;
        if (r_size(r, r->end - r->p, &n) < 0)
            return NULL;
        TyObject *b = tyBytes_fromData(r->p, (ssize_t)n);
        r->p += n;
        return r_number(r, b);
    }
    case M_TUPLE:
        return r_number(r, r_items(r));
    case M_FROZENSET: {
        TyObject *items = r_items(r);
        TyObject *fs = items ? tyFrozenSet_new(items) : NULL;
        TY_XDECREF(items);
        return r_number(r, fs);
    }
    case M_CODE:
        return r_number(r, r_code(r));
    case M_LIST: {
        TyObject *items = r_items(r);
        TyObject *l = items ? tyList_fromIterable(items) : NULL;
        TY_XDECREF(items);
        return r_number(r, l);
    }
    case M_SET: {
        TyObject *items = r_items(r);
        TyObject *st = items ? tySet_new(items) : NULL;
        TY_XDECREF(items);
        return r_number(r, st);
    }
    case M_DICT:
        return r_number(r, r_dict(r));
    default:
        return bad_data();
    }
}

TyObject *tyMarshal_load(const char *data, size_t len, size_t *used)
{
    Reader r = { data, data + len, tyList_new(0), 0 };
    if (!r.objects)
        return NULL;
    TyObject *value = r_object(&r);
    TY_DECREF(r.objects);
    *used = (size_t)(r.p - data);
    return value;
}

TyObject *tyMarshal_loadCode(const char *data, size_t len)
{
    size_t used;
    TyObject *code = tyMarshal_load(data, len, &used);
    if (code && (!TY_CODE_CHECK(code) || used != len)) {
        TY_DECREF(code);
        return bad_data();
    }
    return code;
}
