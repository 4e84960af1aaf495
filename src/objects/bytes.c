/*
** bytes.c — the immutable bytes type, and the read-only methods it shares
** with bytearray (bytearray.c lists the same functions in its method
** table through TY_BYTES_SHARED_METHODS).
**
** The empty bytes object and the 256 one-byte objects are static and
** immortal, as in CPython, so b'' and b'a' made any way are shared.
** Methods work on (pointer, length) views so that a bytearray self gives a
** bytearray result and a bytes self a bytes one.
*/
#define _GNU_SOURCE /* memmem */
#include <string.h>
#include "tally.h"
#include "objects/picklebuffer.h"
#include "objects/iter.h"
#include "format.h"
#include "buffer.h"
#include "objects/bytearray.h"
#include "objects/slice.h"
#include "objects/memoryview.h"
#include "modules/arraymodule.h"

/* ---- the static objects ------------------------------------------------ */

/* Layout-compatible with TyBytes, with room for one byte and the NUL. */
typedef struct StaticBytes {
    TyVarObject ob;
    ty_hash hash;
    char data[2];
} StaticBytes;

_Static_assert(offsetof(StaticBytes, data) == offsetof(TyBytes, data),
               "StaticBytes must match TyBytes");

static StaticBytes bytes_empty = { { TY_STATIC_HEAD(&TyBytes_Type), 0 }, 0, "" };
static StaticBytes bytes_chars[256];

/* New reference to the immortal one-byte object for c (built on first
** use). */
static TyObject *byte_char(unsigned char c)
{
    StaticBytes *b = &bytes_chars[c];
    if (!b->ob.ob.type) {
        b->ob.ob.refcnt = TY_IMMORTAL_REFCNT;
        b->ob.ob.type = &TyBytes_Type;
        b->ob.size = 1;
        b->hash = -1;
        b->data[0] = (char)c;
    }
    return TY_NEWREF(b);
}

TyObject *tyBytes_fromData(const char *data, ssize_t n)
{
    if (n == 0)
        return TY_NEWREF(&bytes_empty);
    if (n == 1 && data)
        return byte_char((unsigned char)data[0]);
    if (n < 0 || n > PTRDIFF_MAX / 2)
        return tyErr_noMemory();
    TyBytes *b = (TyBytes *)tyObj_allocVar(&TyBytes_Type, n + 1);
    if (!b)
        return NULL;
    b->ob.size = n;
    b->hash = -1;
    if (data)
        memcpy(b->data, data, (size_t)n);
    return (TyObject *)b;
}

/* ---- views ------------------------------------------------------------- */

bool tyBytes_isLike(TyObject *o)
{
    return TY_BYTES_CHECK(o) || TY_BYTEARRAY_CHECK(o);
}

const char *tyBytes_likeData(TyObject *o)
{
    return TY_BYTES_CHECK(o) ? TY_BYTES_DATA(o) : TY_BYTEARRAY_DATA(o);
}

ssize_t tyBytes_likeLen(TyObject *o)
{
    return TY_BYTES_CHECK(o) ? TY_BYTES_LEN(o) : TY_BYTEARRAY_LEN(o);
}

static TyObject *need_bytes(TyObject *o)
{
    return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%T'", o);
}

/* tyBuffer_tryGet, with need_bytes's TypeError for a non-exporter: 0 or -1. */
static int need_buffer(TyObject *o, TyBuffer *view)
{
    int k = tyBuffer_tryGet(o, view);
    if (k == 0)
        need_bytes(o);
    return k > 0 ? 0 : -1;
}

/* A result with self's type: bytes for bytes, bytearray for bytearray. */
static TyObject *make(TyObject *self, const char *data, ssize_t n)
{
    if (TY_BYTEARRAY_CHECK(self))
        return tyByteArray_fromData(data, n);
    return tyBytes_fromData(data, n);
}

/* data[b0..b1) of self as a result; an exact bytes self is shared when
** that is all of it. */
static TyObject *slice_of(TyObject *self, ssize_t b0, ssize_t b1)
{
    if (b0 == 0 && b1 == tyBytes_likeLen(self) && TY_TYPE(self) == &TyBytes_Type)
        return TY_NEWREF(self);
    return make(self, tyBytes_likeData(self) + b0, b1 - b0);
}

static const char *type_name(TyObject *self)
{
    return TY_BYTEARRAY_CHECK(self) ? "bytearray" : "bytes";
}

static int method_args(TyObject *self, const char *name, size_t nargs, TyObject *kwnames,
                       size_t min, size_t max)
{
    return tyStr_methodArgs(type_name(self), name, nargs, kwnames, min, max);
}

#define SELF_DATA(self) ((const unsigned char *)tyBytes_likeData(self))
#define SELF_LEN(self) tyBytes_likeLen(self)

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_alpha(unsigned char c)
{
    return is_lower(c) || is_upper(c);
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(unsigned char c)
{
    return is_alpha(c) || is_digit(c);
}

static bool is_ascii(unsigned char c)
{
    return c < 0x80;
}

/* ---- repr, hash, comparison -------------------------------------------- */

TyObject *tyBytes_reprData(const char *data, ssize_t n, const char *before, const char *after)
{
    bool single = memchr(data, '\'', (size_t)n) != NULL;
    bool dbl = memchr(data, '"', (size_t)n) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    TyStrBuilder b;
    tyBuf_init(&b);
    int rc = tyBuf_appendC(&b, before);
    if (rc == 0) {
        char open[2] = { 'b', quote };
        rc = tyBuf_append(&b, open, 2);
    }
    for (ssize_t i = 0; i < n && rc == 0; i++) {
        unsigned char c = (unsigned char)data[i];
        char esc[4];
        if (c == (unsigned char)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            rc = tyBuf_append(&b, esc, 2);
        } else if (c == '\t') {
            rc = tyBuf_append(&b, "\\t", 2);
        } else if (c == '\n') {
            rc = tyBuf_append(&b, "\\n", 2);
        } else if (c == '\r') {
            rc = tyBuf_append(&b, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            static const char hex[] = "0123456789abcdef";
            esc[0] = '\\';
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            rc = tyBuf_append(&b, esc, 4);
        } else {
            rc = tyBuf_appendChar(&b, (char)c);
        }
    }
    if (rc == 0)
        rc = tyBuf_appendChar(&b, quote);
    if (rc == 0)
        rc = tyBuf_appendC(&b, after);
    if (rc < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyBytes_repr(TyObject *b)
{
    return tyBytes_reprData(TY_BYTES_DATA(b), TY_BYTES_LEN(b), "", "");
}

static ty_hash bytes_hash(TyObject *o)
{
    TyBytes *b = (TyBytes *)o;
    if (b->hash == -1)
        b->hash = tyStr_hashBytes(b->data, b->ob.size);
    return b->hash;
}

TyObject *tyBytes_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!tyBytes_isLike(a) || !tyBytes_isLike(b))
        return TY_NEWREF(TY_NOTIMPL);
    ssize_t na = tyBytes_likeLen(a), nb = tyBytes_likeLen(b);
    if ((op == TY_EQ || op == TY_NE) && na != nb)
        return tyBool_from(op == TY_NE);
    int c = memcmp(tyBytes_likeData(a), tyBytes_likeData(b), (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    bool r;
    switch (op) {
    case TY_EQ:
        r = c == 0;
        break;
    case TY_NE:
        r = c != 0;
        break;
    case TY_LT:
        r = c < 0;
        break;
    case TY_LE:
        r = c <= 0;
        break;
    case TY_GT:
        r = c > 0;
        break;
    default:
        r = c >= 0;
        break;
    }
    return tyBool_from(r);
}

/* ---- sequence slots ---------------------------------------------------- */

static ssize_t bytes_length(TyObject *o)
{
    return TY_BYTES_LEN(o);
}

static TyObject *bytes_subscript(TyObject *o, TyObject *key)
{
    ssize_t n = TY_BYTES_LEN(o);
    if (TY_INT_CHECK(key) || TY_TYPE(key)->nb_index) {
        ssize_t i = tyNum_asSsize(key, &TyExc_IndexError);
        if (i == -1 && tyErr_occurred())
            return NULL;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return tyErr_setString(&TyExc_IndexError, "index out of range");
        return tyInt_fromI64((unsigned char)TY_BYTES_DATA(o)[i]);
    }
    if (!TY_SLICE_CHECK(key))
        return tyErr_format(&TyExc_TypeError, "byte indices must be integers or slices, not %T",
                            key);
    ssize_t start, stop, step, len;
    if (tySlice_indices(key, &n, &start, &stop, &step, &len) < 0)
        return NULL;
    if (step == 1)
        return slice_of(o, start, start + len);
    TyObject *r = tyBytes_fromData(NULL, len);
    if (!r || len == 0)
        return r;
    for (ssize_t k = 0; k < len; k++)
        TY_BYTES_DATA(r)[k] = TY_BYTES_DATA(o)[start + k * step];
    return r;
}

/*
** `item in self` for bytes and bytearray: an int 0..255 or a bytes-like
** object.  1 / 0 / -1.
*/
static int bytes_contains(TyObject *self, TyObject *item)
{
    const char *d = tyBytes_likeData(self);
    ssize_t n = tyBytes_likeLen(self);
    if (TY_INT_CHECK(item) || TY_TYPE(item)->nb_index) {
        ssize_t v;
        if (tyNum_asClampedSsize(item, &v) < 0)
            return -1;
        if (v < 0 || v > 255) {
            tyErr_setString(&TyExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)v, (size_t)n) != NULL;
    }
    TyBuffer view;
    if (need_buffer(item, &view) < 0)
        return -1;
    return tyStr_findBytes(d, n, view.data, view.len) >= 0;
}

/* a + b for bytes a: b may be any bytes-like object.  New reference. */
static TyObject *bytes_concat(TyObject *a, TyObject *b)
{
    TyBuffer view;
    if (tyBuffer_tryGet(b, &view) <= 0) {
        tyErr_clear();
        return tyErr_format(&TyExc_TypeError, "can't concat %T to %T", b, a);
    }
    ssize_t na = TY_BYTES_LEN(a), nb = view.len;
    if (nb == 0 && TY_TYPE(a) == &TyBytes_Type)
        return TY_NEWREF(a);
    if (na > PTRDIFF_MAX / 2 - nb)
        return tyErr_noMemory();
    TyObject *r = tyBytes_fromData(NULL, na + nb);
    if (!r)
        return NULL;
    memcpy(TY_BYTES_DATA(r), TY_BYTES_DATA(a), (size_t)na);
    memcpy(TY_BYTES_DATA(r) + na, view.data, (size_t)nb);
    return r;
}

static TyObject *bytes_repeat(TyObject *s, ssize_t count)
{
    ssize_t len = TY_BYTES_LEN(s);
    if (count <= 0 || len == 0)
        return tyBytes_fromData("", 0);
    if (count == 1 && TY_TYPE(s) == &TyBytes_Type)
        return TY_NEWREF(s);
    if (len > PTRDIFF_MAX / 2 / count)
        return tyErr_noMemory();
    TyObject *r = tyBytes_fromData(NULL, len * count);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < count; i++)
        memcpy(TY_BYTES_DATA(r) + i * len, TY_BYTES_DATA(s), (size_t)len);
    return r;
}

static TyObject *bytes_mod(TyObject *a, TyObject *b)
{
    if (!TY_BYTES_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    return tyFormat_bytesPercent(a, b);
}

/* ---- iterator ---------------------------------------------------------- */

typedef struct TyBytesIter {
    TyObject ob;
    TyObject *seq;      /* NULL once exhausted */
    ssize_t index;
} TyBytesIter;

static TyObject *bytes_iter(TyObject *o)
{
    TyBytesIter *it = (TyBytesIter *)tyGC_alloc(&TyBytesIter_Type);
    if (!it)
        return NULL;
    it->seq = TY_NEWREF(o);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void bytesiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((TyBytesIter *)o)->seq);
    tyObj_free(o);
}

static int bytesiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *s = ((TyBytesIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static TyObject *bytesiter_next(TyObject *o)
{
    TyBytesIter *it = (TyBytesIter *)o;
    if (!it->seq)
        return NULL;
    if (it->index >= TY_BYTES_LEN(it->seq)) {
        TY_CLEAR(it->seq);
        return NULL;
    }
    return tyInt_fromI64((unsigned char)TY_BYTES_DATA(it->seq)[it->index++]);
}

static TyObject *bytesiter_iter(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *bytesiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                       TyObject *kwnames)
{
    TyBytesIter *it = (TyBytesIter *)self;
    if (tyArg_noKeywords("__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(it->seq ? TY_BYTES_LEN(it->seq) - it->index : 0);
}

/* __reduce__: (iter, (bytes,), index), or (iter, ((),)) once exhausted. */
static TyObject *bytesiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyBytesIter *it = (TyBytesIter *)self;
    return it->seq ? tyIter_reduceAt("iter", it->seq, it->index) : tyIter_reduceExhausted(tyTuple_new(0));
}

/* __setstate__(index): clamped to [0, len]; an exhausted iterator stays so. */
static TyObject *bytesiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyBytesIter *it = (TyBytesIter *)self;
    ssize_t index;
    if (tyIter_stateIndex(args, nargs, kwnames, 0, it->seq ? TY_BYTES_LEN(it->seq) : 0, &index) < 0)
        return NULL;
    if (it->seq)
        it->index = index;
    return tyNone_new();
}

static TyMethodDef bytesiter_methods[] = {
    { "__length_hint__", bytesiter_length_hint, TY_METH_DEFAULT, NULL },
    { "__reduce__", bytesiter_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", bytesiter_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

TyType TyBytesIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "bytes_iterator",
    .basicsize = sizeof(TyBytesIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = bytesiter_dealloc,
    .traverse = bytesiter_traverse,
    .iter = bytesiter_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

/* ---- the constructor ----------------------------------------------------- */

/* The bytes CPython's bytes object has before its data, plus the NUL. */
#define BYTES_OBJECT_HEADER 33

static int append_iterable(const char *fname, TyObject *source, TyStrBuilder *out)
{
    TyObject *it = tyObj_getIter(source);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError))
            tyErr_format(&TyExc_TypeError, "cannot convert '%T' object to %s", source, fname);
        return -1;
    }
    /* bytes() asks for a length hint to size its result, as CPython's
    ** does (bytearray() does not); a failing hint fails. */
    ssize_t hint = strcmp(fname, "bytes") == 0 ? tyObj_lengthHint(source, 64) : 0;
    if (hint < 0) {
        TY_DECREF(it);
        return -1;
    }
    TyObject *item;
    int rc = 0;
    while (rc == 0 && (item = tyIter_next(it))) {
        ssize_t v;
        int got = tyNum_asClampedSsize(item, &v);
        TY_DECREF(item);
        if (got < 0)
            rc = -1;
        else if (v < 0 || v > 255)
            rc = (tyErr_format(&TyExc_ValueError, "%s must be in range(0, 256)",
                               strcmp(fname, "bytes") == 0 ? "bytes" : "byte"), -1);
        else
            rc = tyBuf_appendChar(out, (char)v);
    }
    TY_DECREF(it);
    if (rc == 0 && tyErr_occurred())
        rc = -1;
    return rc;
}

int tyBytes_fromSource(const char *fname, TyObject *source, TyObject *encoding,
                       TyObject *errors, TyStrBuilder *out)
{
    for (int i = 0; i < 2; i++) {
        TyObject *a = i == 0 ? encoding : errors;
        if (a && !TY_STR_CHECK(a)) {
            tyErr_format(&TyExc_TypeError, "%s() argument '%s' must be str, not %A", fname,
                         i == 0 ? "encoding" : "errors", a);
            return -1;
        }
    }
    if (!source) {
        if (encoding || errors) {
            tyErr_setString(&TyExc_TypeError, encoding ? "encoding without a string argument"
                                                       : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (TY_STR_CHECK(source)) {
        if (!encoding) {
            tyErr_setString(&TyExc_TypeError, "string argument without an encoding");
            return -1;
        }
        TyObject *enc = tyStr_encode(source, TY_STR_UTF8(encoding),
                                     errors ? TY_STR_UTF8(errors) : NULL);
        if (!enc)
            return -1;
        int rc = tyBuf_append(out, TY_BYTES_DATA(enc), (size_t)TY_BYTES_LEN(enc));
        TY_DECREF(enc);
        return rc;
    }
    if (encoding || errors) {
        tyErr_setString(&TyExc_TypeError, encoding ? "encoding without a string argument"
                                                   : "errors without a string argument");
        return -1;
    }
    bool is_count = TY_INT_CHECK(source) || TY_TYPE(source)->nb_index;
    ssize_t n = 0;
    if (is_count) {
        n = tyNum_asSsize(source, &TyExc_OverflowError);
        /* An __index__ that fails with TypeError leaves the object to be
        ** taken as a buffer or an iterable, as CPython does. */
        if (n == -1 && tyErr_occurred()) {
            if (!tyErr_exceptionMatches(&TyExc_TypeError))
                return -1;
            tyErr_clear();
            is_count = false;
        }
    }
    if (is_count) {
        static const char zeros[256];
        if (n < 0) {
            tyErr_setString(&TyExc_ValueError, "negative count");
            return -1;
        }
        /* CPython's bytes object would not fit in a ssize_t with its
        ** header: that size is an OverflowError, smaller huge ones a
        ** MemoryError. */
        if (strcmp(fname, "bytes") == 0 && n > SSIZE_MAX - BYTES_OBJECT_HEADER) {
            tyErr_setString(&TyExc_OverflowError, "byte string is too large");
            return -1;
        }
        if (tyBuf_reserve(out, (size_t)n) < 0)
            return -1;
        for (; n > 0; n -= (ssize_t)sizeof zeros)
            if (tyBuf_append(out, zeros, n < (ssize_t)sizeof zeros ? (size_t)n : sizeof zeros) < 0)
                return -1;
        return 0;
    }
    if (tyBytes_isLike(source))
        return tyBuf_append(out, tyBytes_likeData(source), (size_t)tyBytes_likeLen(source));
    /* The other exporters give their bytes, whatever their item format. */
    if (TY_IS_INSTANCE(source, &TyMemoryView_Type)) {
        TyObject *b = tyMemoryView_toBytes(source);
        int rc = b ? tyBuf_append(out, TY_BYTES_DATA(b), (size_t)TY_BYTES_LEN(b)) : -1;
        TY_XDECREF(b);
        return rc;
    }
    if (tyArray_check(source)) {
        ssize_t nbytes, itemsize;
        char format;
        const char *data = tyArray_span(source, &nbytes, &format, &itemsize);
        return tyBuf_append(out, data, (size_t)nbytes);
    }
    if (TY_TYPE(source) == &TyPickleBuffer_Type) {
        TyBuffer view;
        return tyBuffer_get(source, &view) < 0 ? -1 : tyBuf_append(out, view.data, (size_t)view.len);
    }
    return append_iterable(fname, source, out);
}

/* bytes(), bytes(int), bytes(iterable), bytes(bytes-like), bytes(obj with
** __bytes__), bytes(str, encoding[, errors]). */
static TyObject *bytes_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    TyObject *a[3], *conv;
    if (tyArg_unpack("bytes", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    TyObject *r;
    if (a[0] && !a[1] && !a[2] && TY_TYPE(a[0]) == &TyBytes_Type) {
        r = TY_NEWREF(a[0]);
    } else if (a[0] && !a[1] && !a[2] && (conv = tyType_lookupStr(TY_TYPE(a[0]), "__bytes__"))) {
        TY_INCREF(conv);
        ty_descrgetfunc get = TY_TYPE(conv)->descr_get;
        TyObject *bound = get ? get(conv, a[0], (TyObject *)TY_TYPE(a[0])) : TY_NEWREF(conv);
        TY_DECREF(conv);
        r = bound ? tyObj_callNoArgs(bound) : NULL;
        TY_XDECREF(bound);
        if (r && !TY_BYTES_CHECK(r)) {
            tyErr_format(&TyExc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            TY_DECREF(r);
            return NULL;
        }
    } else {
        TyStrBuilder b;
        tyBuf_init(&b);
        if (tyBytes_fromSource("bytes", a[0], a[1], a[2], &b) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
        r = tyBytes_fromData(b.data, (ssize_t)b.len);
        tyBuf_free(&b);
    }
    if (!r || type == &TyBytes_Type)
        return r;
    /* A subclass instance with the same bytes. */
    ssize_t n = TY_BYTES_LEN(r);
    TyBytes *sub = (TyBytes *)tyType_genericAlloc(type, n + 1);
    if (sub) {
        sub->ob.size = n;
        sub->hash = -1;
        memcpy(sub->data, TY_BYTES_DATA(r), (size_t)n);
    }
    TY_DECREF(r);
    return (TyObject *)sub;
}

/* ---- shared methods: case and predicates --------------------------------- */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static TyObject *case_map(TyObject *self, const char *name, size_t nargs, TyObject *kwnames,
                          int mode)
{
    if (method_args(self, name, nargs, kwnames, 0, 0) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    ssize_t n = SELF_LEN(self);
    TyObject *r = make(self, NULL, n);
    if (!r)
        return NULL;
    char *d = (char *)tyBytes_likeData(r);
    bool prev_cased = false;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        bool up;
        switch (mode) {
        case CASE_UPPER:
            up = true;
            break;
        case CASE_SWAP:
            up = is_lower(c);
            break;
        case CASE_TITLE:
            up = !prev_cased;
            prev_cased = is_alpha(c);
            break;
        case CASE_CAPITALIZE:
            up = i == 0;
            break;
        default:
            up = false;
            break;
        }
        if (up && is_lower(c))
            c = (unsigned char)(c - 32);
        else if (!up && is_upper(c))
            c = (unsigned char)(c + 32);
        d[i] = (char)c;
    }
    return r;
}

#define CASE_METHOD(name, mode)                                                      \
    TyObject *tyBytes_m_##name(TyObject *self, TyObject *const *args, size_t nargs,  \
                               TyObject *kwnames)                                    \
    {                                                                                \
        return case_map(self, #name, nargs, kwnames, mode);                          \
    }

CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(title, CASE_TITLE)
CASE_METHOD(capitalize, CASE_CAPITALIZE)

static TyObject *all_bytes(TyObject *self, const char *name, size_t nargs, TyObject *kwnames,
                           bool (*pred)(unsigned char), bool if_empty)
{
    if (method_args(self, name, nargs, kwnames, 0, 0) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    ssize_t n = SELF_LEN(self);
    if (n == 0)
        return tyBool_from(if_empty);
    for (ssize_t i = 0; i < n; i++)
        if (!pred(s[i]))
            return tyBool_from(false);
    return tyBool_from(true);
}

#define PRED_METHOD(name, pred, if_empty)                                            \
    TyObject *tyBytes_m_##name(TyObject *self, TyObject *const *args, size_t nargs,  \
                               TyObject *kwnames)                                    \
    {                                                                                \
        return all_bytes(self, #name, nargs, kwnames, pred, if_empty);               \
    }

PRED_METHOD(isalnum, is_alnum, false)
PRED_METHOD(isalpha, is_alpha, false)
PRED_METHOD(isascii, is_ascii, true)
PRED_METHOD(isdigit, is_digit, false)
PRED_METHOD(isspace, is_space, false)

/* islower / isupper: some cased byte, and none of the other case. */
static TyObject *cased_check(TyObject *self, const char *name, size_t nargs, TyObject *kwnames,
                             bool (*want)(unsigned char), bool (*bad)(unsigned char))
{
    if (method_args(self, name, nargs, kwnames, 0, 0) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    bool cased = false;
    for (ssize_t i = 0; i < SELF_LEN(self); i++) {
        if (bad(s[i]))
            return tyBool_from(false);
        if (want(s[i]))
            cased = true;
    }
    return tyBool_from(cased);
}

TyObject *tyBytes_m_islower(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return cased_check(self, "islower", nargs, kwnames, is_lower, is_upper);
}

TyObject *tyBytes_m_isupper(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return cased_check(self, "isupper", nargs, kwnames, is_upper, is_lower);
}

TyObject *tyBytes_m_istitle(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (method_args(self, "istitle", nargs, kwnames, 0, 0) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    bool cased = false, prev_cased = false;
    for (ssize_t i = 0; i < SELF_LEN(self); i++) {
        unsigned char c = s[i];
        if (is_upper(c)) {
            if (prev_cased)
                return tyBool_from(false);
            prev_cased = cased = true;
        } else if (is_lower(c)) {
            if (!prev_cased)
                return tyBool_from(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return tyBool_from(cased);
}

/* ---- shared methods: padding ------------------------------------------- */

/* self with `left` and `right` copies of fill around it. */
static TyObject *pad(TyObject *self, ssize_t left, ssize_t right, char fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    ssize_t n = SELF_LEN(self);
    if (left == 0 && right == 0)
        return slice_of(self, 0, n);
    if (left + right > PTRDIFF_MAX / 2 - n)
        return tyErr_noMemory();
    TyObject *r = make(self, NULL, left + n + right);
    if (!r)
        return NULL;
    char *d = (char *)tyBytes_likeData(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, SELF_DATA(self), (size_t)n);
    memset(d + left + n, fill, (size_t)right);
    return r;
}

static int width_fill(TyObject *self, const char *name, TyObject *const *args, size_t nargs,
                      TyObject *kwnames, ssize_t *width, char *fill)
{
    if (method_args(self, name, nargs, kwnames, 1, 2) < 0 || tyArg_ssize(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        TyObject *f = args[1];
        if (!tyBytes_isLike(f) || tyBytes_likeLen(f) != 1) {
            tyErr_format(&TyExc_TypeError,
                         "%s() argument 2 must be a byte string of length 1, not %A", name, f);
            return -1;
        }
        *fill = tyBytes_likeData(f)[0];
    }
    return 0;
}

TyObject *tyBytes_m_center(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    ssize_t width;
    char fill;
    if (width_fill(self, "center", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    ssize_t marg = width - SELF_LEN(self);
    if (marg <= 0)
        return pad(self, 0, 0, fill);
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

TyObject *tyBytes_m_ljust(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    ssize_t width;
    char fill;
    if (width_fill(self, "ljust", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - SELF_LEN(self), fill);
}

TyObject *tyBytes_m_rjust(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    ssize_t width;
    char fill;
    if (width_fill(self, "rjust", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    return pad(self, width - SELF_LEN(self), 0, fill);
}

TyObject *tyBytes_m_zfill(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    ssize_t width;
    if (method_args(self, "zfill", nargs, kwnames, 1, 1) < 0 ||
        tyArg_ssize(args[0], &width) < 0)
        return NULL;
    ssize_t fill = width - SELF_LEN(self);
    TyObject *r = pad(self, fill, 0, '0');
    if (!r || fill <= 0)
        return r;
    char *d = (char *)tyBytes_likeData(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

TyObject *tyBytes_m_expandtabs(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    static const char *const names[] = { "tabsize", NULL };
    TyObject *a[1];
    if (tyArg_unpack("expandtabs", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    ssize_t tabsize = 8;
    if (a[0] && tyArg_ssize(a[0], &tabsize) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    TyStrBuilder b;
    tyBuf_init(&b);
    ssize_t col = 0;
    int rc = 0;
    for (ssize_t i = 0; i < SELF_LEN(self) && rc == 0; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                ssize_t k = tabsize - col % tabsize;
                col += k;
                while (k-- > 0 && rc == 0)
                    rc = tyBuf_appendChar(&b, ' ');
            }
        } else {
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
            rc = tyBuf_appendChar(&b, (char)s[i]);
        }
    }
    TyObject *r = rc < 0 ? NULL : make(self, b.data, (ssize_t)b.len);
    tyBuf_free(&b);
    return r;
}

/* ---- shared methods: searching ----------------------------------------- */

/* The `sub` argument of count/find/index: an int 0..255 (copied into
** *one) or a bytes-like object. */
static int sub_arg(TyObject *o, const char **p, ssize_t *n, char *one)
{
    if (TY_INT_CHECK(o) || TY_TYPE(o)->nb_index) {
        ssize_t v;
        if (tyNum_asClampedSsize(o, &v) < 0)
            return -1;
        if (v < 0 || v > 255) {
            tyErr_setString(&TyExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (char)v;
        *p = one;
        *n = 1;
        return 0;
    }
    TyBuffer view;
    int k = tyBuffer_tryGet(o, &view);
    if (k <= 0) {
        if (k == 0)
            tyErr_format(&TyExc_TypeError,
                         "argument should be integer or bytes-like object, not '%T'", o);
        return -1;
    }
    *p = view.data;
    *n = view.len;
    return 0;
}

/* Parse (sub[, start[, end]]).  1: the range [*b0, *b1) can hold sub;
** 0: it cannot; -1: error. */
static int search_args(const char *name, TyObject *self, TyObject *const *args, size_t nargs,
                       TyObject *kwnames, const char **sub, ssize_t *sn, char *one, ssize_t *b0,
                       ssize_t *b1)
{
    if (tyStr_legacyArgs(name, nargs, kwnames, 1, 3) < 0 || sub_arg(args[0], sub, sn, one) < 0)
        return -1;
    ssize_t start = 0, end = PTRDIFF_MAX;
    if (tyStr_boundArg(nargs > 1 ? args[1] : NULL, &start) < 0 ||
        tyStr_boundArg(nargs > 2 ? args[2] : NULL, &end) < 0)
        return -1;
    tyStr_adjustIndices(&start, &end, SELF_LEN(self));
    if (end - start < *sn)
        return 0;
    *b0 = start;
    *b1 = end;
    return 1;
}

/* find/rfind/index/rindex: the position, -1 when missing, -2 on error. */
static ssize_t find_impl(const char *name, TyObject *self, TyObject *const *args, size_t nargs,
                         TyObject *kwnames, bool reverse)
{
    const char *sub;
    ssize_t sn, b0, b1;
    char one;
    int ok = search_args(name, self, args, nargs, kwnames, &sub, &sn, &one, &b0, &b1);
    if (ok <= 0)
        return ok - 1;
    const char *d = tyBytes_likeData(self);
    ssize_t r = reverse ? tyStr_rfindBytes(d + b0, b1 - b0, sub, sn)
                        : tyStr_findBytes(d + b0, b1 - b0, sub, sn);
    return r < 0 ? -1 : b0 + r;
}

TyObject *tyBytes_m_find(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t r = find_impl("find", self, args, nargs, kwnames, false);
    return r == -2 ? NULL : tyInt_fromI64(r);
}

TyObject *tyBytes_m_rfind(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t r = find_impl("rfind", self, args, nargs, kwnames, true);
    return r == -2 ? NULL : tyInt_fromI64(r);
}

static TyObject *index_result(ssize_t r)
{
    if (r == -2)
        return NULL;
    if (r == -1)
        return tyErr_setString(&TyExc_ValueError, "subsection not found");
    return tyInt_fromI64(r);
}

TyObject *tyBytes_m_index(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return index_result(find_impl("index", self, args, nargs, kwnames, false));
}

TyObject *tyBytes_m_rindex(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return index_result(find_impl("rindex", self, args, nargs, kwnames, true));
}

TyObject *tyBytes_m_count(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    const char *sub;
    ssize_t sn, b0, b1;
    char one;
    int ok = search_args("count", self, args, nargs, kwnames, &sub, &sn, &one, &b0, &b1);
    if (ok < 0)
        return NULL;
    if (ok == 0)
        return tyInt_fromI64(0);
    if (sn == 0)
        return tyInt_fromI64(b1 - b0 + 1);
    return tyInt_fromI64(tyStr_countBytes(tyBytes_likeData(self) + b0, b1 - b0, sub, sn,
                                          PTRDIFF_MAX));
}

static bool tail_match(TyObject *self, const TyBuffer *sub, ssize_t start, ssize_t end,
                       bool at_end)
{
    ssize_t n = SELF_LEN(self), sn = sub->len;
    tyStr_adjustIndices(&start, &end, n);
    if (end - start < sn)
        return false;
    const char *at = tyBytes_likeData(self) + (at_end ? end - sn : start);
    return memcmp(at, sub->data, (size_t)sn) == 0;
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
            TyBuffer sub;
            if (need_buffer(TY_TUPLE_GET(x, i), &sub) < 0)
                return NULL;
            if (tail_match(self, &sub, start, end, at_end))
                return tyBool_from(true);
        }
        return tyBool_from(false);
    }
    TyBuffer sub;
    int k = tyBuffer_tryGet(x, &sub);
    if (k <= 0)
        return k == 0 ? tyErr_format(&TyExc_TypeError,
                                     "%s first arg must be bytes or a tuple of bytes, not %T",
                                     name, x)
                      : NULL;
    return tyBool_from(tail_match(self, &sub, start, end, at_end));
}

TyObject *tyBytes_m_startswith(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    return startend_impl("startswith", self, args, nargs, kwnames, false);
}

TyObject *tyBytes_m_endswith(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    return startend_impl("endswith", self, args, nargs, kwnames, true);
}

/* ---- shared methods: splitting, joining, stripping ----------------------- */

/* Append item (a new reference, or NULL when making it failed) to list and
** release it: 0, or -1 with an exception. */
static int list_add(TyObject *list, TyObject *item)
{
    if (!item)
        return -1;
    int rc = tyList_append(list, item);
    TY_DECREF(item);
    return rc;
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

/* split's and rsplit's arguments: sep, any bytes-like object (sep->data
** NULL when None or not given), and maxsplit.  0 / -1. */
static int split_args(const char *name, TyObject *const *args, size_t nargs, TyObject *kwnames,
                      TyBuffer *sep, ssize_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    TyObject *a[2];
    if (tyArg_unpack(name, args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    sep->data = NULL;
    *maxsplit = -1;
    if (a[1] && tyArg_ssize(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = PTRDIFF_MAX;
    if (a[0] && a[0] != TY_NONE) {
        if (tyBuffer_get(a[0], sep) < 0)
            return -1;
        if (sep->len == 0) {
            tyErr_setString(&TyExc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

TyObject *tyBytes_m_split(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    TyBuffer sep;
    ssize_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    ssize_t len = SELF_LEN(self), i = 0;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    if (!sep.data) {
        while (maxsplit-- > 0) {
            while (i < len && is_space(s[i]))
                i++;
            if (i == len)
                return list;
            ssize_t j = i;
            while (i < len && !is_space(s[i]))
                i++;
            if (list_add(list, slice_of(self, j, i)) < 0)
                goto fail;
        }
        while (i < len && is_space(s[i]))
            i++;
        if (i < len && list_add(list, slice_of(self, i, len)) < 0)
            goto fail;
        return list;
    }
    const char *sp = sep.data;
    ssize_t sn = sep.len;
    while (maxsplit-- > 0) {
        ssize_t r = tyStr_findBytes((const char *)s + i, len - i, sp, sn);
        if (r < 0)
            break;
        if (list_add(list, slice_of(self, i, i + r)) < 0)
            goto fail;
        i += r + sn;
    }
    if (list_add(list, slice_of(self, i, len)) < 0)
        goto fail;
    return list;
fail:
    TY_DECREF(list);
    return NULL;
}

TyObject *tyBytes_m_rsplit(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    TyBuffer sep;
    ssize_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    ssize_t j = SELF_LEN(self);
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    if (!sep.data) {
        while (maxsplit-- > 0) {
            while (j > 0 && is_space(s[j - 1]))
                j--;
            if (j == 0)
                goto done;
            ssize_t end = j;
            while (j > 0 && !is_space(s[j - 1]))
                j--;
            if (list_add(list, slice_of(self, j, end)) < 0)
                goto fail;
        }
        while (j > 0 && is_space(s[j - 1]))
            j--;
        if (j > 0 && list_add(list, slice_of(self, 0, j)) < 0)
            goto fail;
        goto done;
    }
    const char *sp = sep.data;
    ssize_t sn = sep.len;
    while (maxsplit-- > 0) {
        ssize_t r = tyStr_rfindBytes((const char *)s, j, sp, sn);
        if (r < 0)
            break;
        if (list_add(list, slice_of(self, r + sn, j)) < 0)
            goto fail;
        j = r;
    }
    if (list_add(list, slice_of(self, 0, j)) < 0)
        goto fail;
done:
    list_reverse(list);
    return list;
fail:
    TY_DECREF(list);
    return NULL;
}

TyObject *tyBytes_m_splitlines(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    static const char *const names[] = { "keepends", NULL };
    TyObject *a[1];
    if (tyArg_unpack("splitlines", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    ssize_t keepends = 0;
    if (a[0] && tyArg_ssize(a[0], &keepends) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    ssize_t len = SELF_LEN(self), i = 0;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    while (i < len) {
        ssize_t j = i;
        while (j < len && s[j] != '\n' && s[j] != '\r')
            j++;
        ssize_t eol = j;
        if (j < len)
            eol += (s[j] == '\r' && j + 1 < len && s[j + 1] == '\n') ? 2 : 1;
        if (list_add(list, slice_of(self, i, keepends ? eol : j)) < 0) {
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
    if (method_args(self, reverse ? "rpartition" : "partition", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyBuffer sep;
    if (need_buffer(args[0], &sep) < 0)
        return NULL;
    ssize_t sn = sep.len, n = SELF_LEN(self);
    if (sn == 0)
        return tyErr_setString(&TyExc_ValueError, "empty separator");
    const char *d = tyBytes_likeData(self), *sp = sep.data;
    ssize_t r = reverse ? tyStr_rfindBytes(d, n, sp, sn) : tyStr_findBytes(d, n, sp, sn);
    TyObject *parts[3];
    if (r < 0) {
        parts[reverse ? 2 : 0] = slice_of(self, 0, n);
        parts[1] = make(self, "", 0);
        parts[reverse ? 0 : 2] = make(self, "", 0);
    } else {
        parts[0] = slice_of(self, 0, r);
        /* bytes gives back the separator object itself, as CPython. */
        parts[1] = !TY_BYTEARRAY_CHECK(self) ? TY_NEWREF(args[0])
                       : make(self, sp, sn);
        parts[2] = slice_of(self, r + sn, n);
    }
    if (!parts[0] || !parts[1] || !parts[2]) {
        for (int i = 0; i < 3; i++)
            TY_XDECREF(parts[i]);
        return NULL;
    }
    return tyTuple_fromArraySteal(parts, 3);
}

TyObject *tyBytes_m_partition(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    return partition_impl(self, args, nargs, kwnames, false);
}

TyObject *tyBytes_m_rpartition(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    return partition_impl(self, args, nargs, kwnames, true);
}

TyObject *tyBytes_m_join(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (method_args(self, "join", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError))
            tyErr_setString(&TyExc_TypeError, "can only join an iterable");
        return NULL;
    }
    TyObject *seq = tyList_fromIterable(it);
    TY_DECREF(it);
    if (!seq)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    TyObject *r = NULL;
    const char *sep = tyBytes_likeData(self);
    ssize_t sn = SELF_LEN(self);
    for (ssize_t i = 0; i < TY_LIST_LEN(seq); i++) {
        TyObject *item = TY_LIST_GET(seq, i);
        TyBuffer view;
        if (!tyBuffer_check(item) || tyBuffer_get(item, &view) < 0) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError,
                         "sequence item %zd: expected a bytes-like object, %T found", i, item);
            goto done;
        }
        if ((i > 0 && tyBuf_append(&b, sep, (size_t)sn) < 0) || tyBuf_append(&b, view.data, (size_t)view.len) < 0)
            goto done;
    }
    r = make(self, b.data, (ssize_t)b.len);
done:
    tyBuf_free(&b);
    TY_DECREF(seq);
    return r;
}

static TyObject *strip_impl(const char *name, TyObject *self, TyObject *const *args,
                            size_t nargs, TyObject *kwnames, bool left, bool right)
{
    if (method_args(self, name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    TyObject *chars = nargs > 0 && args[0] != TY_NONE ? args[0] : NULL;
    TyBuffer view = { NULL, 0, true };
    if (chars && tyBuffer_get(chars, &view) < 0)
        return NULL;
    const unsigned char *s = SELF_DATA(self);
    ssize_t i = 0, j = SELF_LEN(self);
    const char *cs = view.data;
    size_t cn = (size_t)view.len;
#define STRIPPABLE(c) (chars ? memchr(cs, (c), cn) != NULL : is_space(c))
    if (left)
        while (i < j && STRIPPABLE(s[i]))
            i++;
    if (right)
        while (j > i && STRIPPABLE(s[j - 1]))
            j--;
#undef STRIPPABLE
    return slice_of(self, i, j);
}

TyObject *tyBytes_m_strip(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    return strip_impl("strip", self, args, nargs, kwnames, true, true);
}

TyObject *tyBytes_m_lstrip(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return strip_impl("lstrip", self, args, nargs, kwnames, true, false);
}

TyObject *tyBytes_m_rstrip(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    return strip_impl("rstrip", self, args, nargs, kwnames, false, true);
}

static TyObject *affix_impl(const char *name, TyObject *self, TyObject *const *args,
                            size_t nargs, TyObject *kwnames, bool suffix)
{
    if (method_args(self, name, nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyBuffer a;
    if (need_buffer(args[0], &a) < 0)
        return NULL;
    ssize_t n = SELF_LEN(self), an = a.len;
    if (an > 0 && an <= n) {
        const char *at = tyBytes_likeData(self) + (suffix ? n - an : 0);
        if (memcmp(at, a.data, (size_t)an) == 0)
            return suffix ? slice_of(self, 0, n - an) : slice_of(self, an, n);
    }
    return slice_of(self, 0, n);
}

TyObject *tyBytes_m_removeprefix(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    return affix_impl("removeprefix", self, args, nargs, kwnames, false);
}

TyObject *tyBytes_m_removesuffix(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    return affix_impl("removesuffix", self, args, nargs, kwnames, true);
}

TyObject *tyBytes_m_replace(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (method_args(self, "replace", nargs, kwnames, 2, 3) < 0)
        return NULL;
    TyBuffer oldv, newv;
    if (need_buffer(args[0], &oldv) < 0 || need_buffer(args[1], &newv) < 0)
        return NULL;
    ssize_t count = -1;
    if (nargs > 2 && tyArg_ssize(args[2], &count) < 0)
        return NULL;
    if (count < 0)
        count = PTRDIFF_MAX;
    /* count's __index__ may have resized a bytearray: fetch the bytes again. */
    if (need_buffer(args[0], &oldv) < 0 || need_buffer(args[1], &newv) < 0)
        return NULL;
    const char *s = tyBytes_likeData(self), *old = oldv.data, *new = newv.data;
    ssize_t n = SELF_LEN(self), on = oldv.len, nn = newv.len;
    TyStrBuilder b;
    tyBuf_init(&b);
    ssize_t i = 0, done = 0;
    int rc = 0;
    if (on == 0) {
        /* Insert before every byte and at the end. */
        for (; done < count && i <= n && rc == 0; done++, i++) {
            rc = tyBuf_append(&b, new, (size_t)nn);
            if (rc == 0 && i < n)
                rc = tyBuf_appendChar(&b, s[i]);
        }
    } else {
        for (; done < count && rc == 0; done++) {
            ssize_t r = tyStr_findBytes(s + i, n - i, old, on);
            if (r < 0)
                break;
            rc = tyBuf_append(&b, s + i, (size_t)r);
            if (rc == 0)
                rc = tyBuf_append(&b, new, (size_t)nn);
            i += r + on;
        }
    }
    if (rc == 0 && i < n)
        rc = tyBuf_append(&b, s + i, (size_t)(n - i));
    TyObject *r = NULL;
    if (rc == 0)
        r = done == 0 ? slice_of(self, 0, n) : make(self, b.data, (ssize_t)b.len);
    tyBuf_free(&b);
    return r;
}

/* ---- shared methods: conversions ----------------------------------------- */

TyObject *tyBytes_m_decode(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    TyObject *a[2];
    if (tyArg_unpack("decode", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !TY_STR_CHECK(a[i]))
            return tyErr_format(&TyExc_TypeError, "decode() argument '%s' must be str, not %A",
                                names[i], a[i]);
    return tyStr_decode(tyBytes_likeData(self), SELF_LEN(self),
                        a[0] ? TY_STR_UTF8(a[0]) : NULL, a[1] ? TY_STR_UTF8(a[1]) : NULL);
}

TyObject *tyBytes_m_hex(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    TyObject *a[2];
    if (tyArg_unpack("hex", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    /* bytes_per_sep is converted while the arguments are parsed, before
    ** sep is looked at (CPython's order of errors). */
    ssize_t group = 1;
    if (a[1] && tyArg_ssize(a[1], &group) < 0)
        return NULL;
    int sep = -1;
    if (a[0]) {
        if (!TY_STR_CHECK(a[0]) && !tyBytes_isLike(a[0]))
            return tyErr_format(&TyExc_TypeError, "object of type '%T' has no len()", a[0]);
        ssize_t sl = TY_STR_CHECK(a[0]) ? TY_STR_LEN(a[0]) : tyBytes_likeLen(a[0]);
        if (sl != 1)
            return tyErr_setString(&TyExc_ValueError, "sep must be length 1.");
        const char *sd = TY_STR_CHECK(a[0]) ? TY_STR_UTF8(a[0]) : tyBytes_likeData(a[0]);
        if ((unsigned char)sd[0] >= 0x80)
            return tyErr_setString(&TyExc_ValueError, "sep must be ASCII.");
        sep = (unsigned char)sd[0];
    }
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBytes_hexAppend(&b, SELF_DATA(self), SELF_LEN(self), sep, group) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyBytes_hexString(const char *data, ssize_t n)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBytes_hexAppend(&b, (const unsigned char *)data, n, -1, 1) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

int tyBytes_hexAppend(TyStrBuilder *b, const unsigned char *s, ssize_t n, int sep, ssize_t group)
{
    static const char hex[] = "0123456789abcdef";
    ssize_t per = group < 0 ? -group : group;
    if (tyBuf_reserve(b, (size_t)n * 3) < 0)
        return -1;
    for (ssize_t i = 0; i < n; i++) {
        /* Separators count groups from the right for a positive
        ** bytes_per_sep, from the left for a negative one. */
        if (sep >= 0 && per > 0 && i > 0) {
            bool boundary = group > 0 ? (n - i) % per == 0 : i % per == 0;
            if (boundary && tyBuf_appendChar(b, (char)sep) < 0)
                return -1;
        }
        char pair[2] = { hex[s[i] >> 4], hex[s[i] & 15] };
        if (tyBuf_append(b, pair, 2) < 0)
            return -1;
    }
    return 0;
}

int tyBytes_hexDigit(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

TyObject *tyBytes_m_fromhex(TyObject *type, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    TyType *t = (TyType *)type;
    bool is_array = t == &TyByteArray_Type;
    if (tyStr_methodArgs(is_array ? "bytearray" : "bytes", "fromhex", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyObject *s = args[0];
    if (!TY_STR_CHECK(s))
        return tyErr_format(&TyExc_TypeError, "fromhex() argument must be str, not %A", s);
    const unsigned char *p = (const unsigned char *)TY_STR_UTF8(s);
    ssize_t n = TY_STR_NBYTES(s);
    TyStrBuilder b;
    tyBuf_init(&b);
    for (ssize_t i = 0; i < n;) {
        if (is_space(p[i])) {
            i++;
            continue;
        }
        int hi = tyBytes_hexDigit(p[i]), lo = i + 1 < n ? tyBytes_hexDigit(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            tyBuf_free(&b);
            ssize_t bad = hi < 0 ? i : i + 1;
            return tyErr_format(&TyExc_ValueError,
                                "non-hexadecimal number found in fromhex() arg at position %zd",
                                ty_utf8Length((const char *)p, bad));
        }
        if (tyBuf_appendChar(&b, (char)(hi * 16 + lo)) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
        i += 2;
    }
    TyObject *r = is_array ? tyByteArray_fromData(b.data, (ssize_t)b.len)
                           : tyBytes_fromData(b.data, (ssize_t)b.len);
    tyBuf_free(&b);
    if (!r || t == &TyBytes_Type || t == &TyByteArray_Type)
        return r;
    TyObject *sub = tyObj_callOneArg(type, r);
    TY_DECREF(r);
    return sub;
}

TyObject *tyBytes_m_maketrans(TyObject *unused, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (tyStr_methodArgs("bytes", "maketrans", nargs, kwnames, 2, 2) < 0)
        return NULL;
    TyBuffer from, to;
    if (tyBuffer_get(args[0], &from) < 0 || tyBuffer_get(args[1], &to) < 0)
        return NULL;
    if (from.len != to.len)
        return tyErr_setString(&TyExc_ValueError, "maketrans arguments must have same length");
    TyObject *r = tyBytes_fromData(NULL, 256);
    if (!r)
        return NULL;
    char *d = TY_BYTES_DATA(r);
    for (int c = 0; c < 256; c++)
        d[c] = (char)c;
    for (ssize_t i = 0; i < from.len; i++)
        d[(unsigned char)from.data[i]] = to.data[i];
    return r;
}

TyObject *tyBytes_m_translate(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    static const char *const names[] = { "", "delete", NULL };
    TyObject *a[2];
    if (tyArg_unpack("translate", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyBuffer table = { NULL, 0, true }, del;
    if (a[0] != TY_NONE) {
        if (need_buffer(a[0], &table) < 0)
            return NULL;
        if (table.len != 256)
            return tyErr_setString(&TyExc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && need_buffer(a[1], &del) < 0)
        return NULL;
    bool deleted[256] = { false };
    for (ssize_t i = 0; a[1] && i < del.len; i++)
        deleted[(unsigned char)del.data[i]] = true;
    const unsigned char *s = SELF_DATA(self);
    const char *map = table.data;
    TyStrBuilder b;
    tyBuf_init(&b);
    for (ssize_t i = 0; i < SELF_LEN(self); i++) {
        if (deleted[s[i]])
            continue;
        if (tyBuf_appendChar(&b, map ? map[s[i]] : (char)s[i]) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    }
    TyObject *r = make(self, b.data, (ssize_t)b.len);
    tyBuf_free(&b);
    return r;
}

/* ---- the type ------------------------------------------------------------ */

static TyObject *bytes_getnewargs(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (method_args(self, "__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    TyObject *copy = tyBytes_fromData(TY_BYTES_DATA(self), TY_BYTES_LEN(self));
    if (!copy)
        return NULL;
    return tyTuple_fromArraySteal(&copy, 1);
}

/* bytes.__bytes__(): the object itself for exact bytes, else a copy. */
static TyObject *bytes_dunder_bytes(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (method_args(self, "__bytes__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (TY_TYPE(self) == &TyBytes_Type)
        return TY_NEWREF(self);
    return tyBytes_fromData(TY_BYTES_DATA(self), TY_BYTES_LEN(self));
}

static TyMethodDef bytes_methods[] = {
#define TY_X_(name) { #name, tyBytes_m_##name, TY_METH_DEFAULT, NULL },
    TY_BYTES_SHARED_METHODS(TY_X_)
#undef TY_X_
    { "fromhex", tyBytes_m_fromhex, TY_METH_CLASS, NULL },
    { "maketrans", tyBytes_m_maketrans, TY_METH_STATIC, NULL },
    { "__getnewargs__", bytes_getnewargs, TY_METH_DEFAULT, NULL },
    { "__bytes__", bytes_dunder_bytes, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static ssize_t bytes_var_size(TyObject *o)
{
    return (ssize_t)offsetof(TyBytes, data) + TY_BYTES_LEN(o) + 1;
}

TyType TyBytes_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "bytes",
    .basicsize = offsetof(TyBytes, data),
    .itemsize = 1,
    .var_size = bytes_var_size,
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_BYTES_SUBCLASS | TY_TPFLAG_MATCH_SELF | TY_TPFLAG_TUPLE_CALL,
    .dealloc = tyObj_free,
    .repr = tyBytes_repr,
    .hash = bytes_hash,
    .richcompare = tyBytes_richcompare,
    .iter = bytes_iter,
    .tp_new = bytes_new,
    .binop = {
        [TY_BINOP_MOD] = bytes_mod,
    },
    .length = bytes_length,
    .subscript = bytes_subscript,
    .contains = bytes_contains,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
};
