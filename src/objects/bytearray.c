/*
** bytearray.c — the mutable byte string: construction, item and slice
** assignment, the mutating methods, and the read-only methods shared with
** bytes (bytes.c implements those once for both types).
*/
#include <string.h>
#include "tally.h"
#include "objects/iter.h"
#include "format.h"
#include "buffer.h"
#include "objects/bytearray.h"
#include "objects/slice.h"

/* The buffer of an empty bytearray that never grew: never written. */
static char empty_buffer[1];

#define BA(o) ((TyByteArray *)(o))

TyObject *tyByteArray_fromData(const char *data, ssize_t n)
{
    TyByteArray *b = (TyByteArray *)tyObj_alloc(&TyByteArray_Type);
    if (!b)
        return NULL;
    b->data = empty_buffer;
    if (tyByteArray_resize((TyObject *)b, n) < 0) {
        TY_DECREF(b);
        return NULL;
    }
    if (data && n > 0)
        memcpy(b->data, data, (size_t)n);
    return (TyObject *)b;
}

/* Can b's size change?  Not while views pin it: -1 with CPython's
** BufferError then.  Callers that move bytes before resizing ask first. */
static int check_resizable(TyByteArray *b)
{
    if (b->exports > 0) {
        tyErr_setString(&TyExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

/* Grow the buffer (over-allocating like a list) or shrink it. */
int tyByteArray_resize(TyObject *o, ssize_t n)
{
    TyByteArray *b = BA(o);
    if (n != b->size && check_resizable(b) < 0)
        return -1;
    if (n < 0 || n > PTRDIFF_MAX / 2) {
        tyErr_noMemory();
        return -1;
    }
    if (n + 1 > b->allocated || n + 1 < b->allocated / 2) {
        ssize_t want = n + 1 > b->allocated ? n + (n >> 3) + 8 : n + 1;
        char *p = b->allocated ? tyMem_realloc(b->data, (size_t)want) : tyMem_malloc((size_t)want);
        if (!p)
            return -1;
        if (!b->allocated)
            memcpy(p, b->data, (size_t)(b->size < n ? b->size : n));
        b->data = p;
        b->allocated = want;
    }
    if (n > b->size)
        memset(b->data + b->size, 0, (size_t)(n - b->size));
    b->size = n;
    b->data[n] = '\0';
    return 0;
}

static void bytearray_dealloc(TyObject *o)
{
    TyByteArray *b = BA(o);
    if (b->allocated)
        tyMem_free(b->data);
    tyObj_free(o);
}

static TyObject *bytearray_repr(TyObject *o)
{
    const char *name = tyType_name(TY_TYPE(o));
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendC(&b, name) < 0 || tyBuf_appendChar(&b, '(') < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    TyObject *prefix = tyBuf_finish(&b);
    if (!prefix)
        return NULL;
    TyObject *r = tyBytes_reprData(BA(o)->data, BA(o)->size, TY_STR_UTF8(prefix), ")");
    TY_DECREF(prefix);
    return r;
}

/* bytearray.__new__: an empty bytearray of `type`, whatever the
** arguments; __init__ fills it (so a subclass's __init__ decides). */
static TyObject *bytearray_new(TyType *type, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    TyByteArray *b = (TyByteArray *)tyType_genericAlloc(type, 0);
    if (b)
        b->data = empty_buffer;
    return (TyObject *)b;
}

static bool is_index(TyObject *o);
static int extend_from_iterable(TyObject *self, TyObject *iterable);

/* bytearray(), bytearray(int), bytearray(iterable), bytearray(bytes-like),
** bytearray(str, encoding[, errors]): replaces the contents, also when
** called again on an existing bytearray. */
static int bytearray_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    TyObject *a[3];
    if (tyArg_unpack("bytearray", args, nargs, kwnames, names, 0, 3, a) < 0)
        return -1;
    /* Emptied first, as CPython does, even when the arguments are wrong. */
    if (tyByteArray_resize(self, 0) < 0)
        return -1;
    if (a[0] && !a[1] && !a[2] && !TY_STR_CHECK(a[0]) && !is_index(a[0]) && !tyBuffer_check(a[0])) {
        int r = extend_from_iterable(self, a[0]);
        if (r != -2)
            return r;
    }
    TyStrBuilder src;
    tyBuf_init(&src);
    int r = tyBytes_fromSource("bytearray", a[0], a[1], a[2], &src);
    if (r == 0)
        r = tyByteArray_resize(self, (ssize_t)src.len);
    if (r == 0 && src.len)
        memcpy(BA(self)->data, src.data, src.len);
    tyBuf_free(&src);
    return r;
}

static ssize_t bytearray_length(TyObject *o)
{
    return BA(o)->size;
}

static int byte_value(TyObject *v, unsigned char *out);

/* Give each int of an iterable (a byte value 0..255) to sink(ctx, c) as
** the iteration runs: 0, -1 with an exception (the iteration's, a bad
** value's or the sink's), or -2 with none for an object that is not
** iterable, so the caller can word the TypeError. */
static int for_each_byte(TyObject *iterable, int (*sink)(void *ctx, char c), void *ctx)
{
    TyObject *it = tyObj_getIter(iterable);
    if (!it) {
        if (!tyErr_exceptionMatches(&TyExc_TypeError))
            return -1;
        tyErr_clear();
        return -2;
    }
    TyObject *item;
    int rc = 0;
    while (rc == 0 && (item = tyIter_next(it))) {
        unsigned char c;
        rc = byte_value(item, &c);
        TY_DECREF(item);
        if (rc == 0)
            rc = sink(ctx, (char)c);
    }
    TY_DECREF(it);
    return rc == 0 && tyErr_occurred() ? -1 : rc;
}

static int append_to_bytearray(void *self, char c)
{
    if (tyByteArray_resize(self, BA(self)->size + 1) < 0)
        return -1;
    BA(self)->data[BA(self)->size - 1] = c;
    return 0;
}

static int append_to_builder(void *out, char c)
{
    return tyBuf_appendChar(out, c);
}

/* Append the ints of an iterable one by one, so that the bytearray grows
** as the iteration runs (CPython's __init__, and a generator can watch
** it): for_each_byte's results. */
static int extend_from_iterable(TyObject *self, TyObject *iterable)
{
    return for_each_byte(iterable, append_to_bytearray, self);
}

/* A byte value argument: an int 0..255.  0 or -1. */
static int byte_value(TyObject *v, unsigned char *out)
{
    ssize_t x;
    if (tyNum_asClampedSsize(v, &x) < 0)
        return -1;
    if (x < 0 || x > 255) {
        tyErr_setString(&TyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

static bool is_index(TyObject *o)
{
    return TY_INT_CHECK(o) || TY_TYPE(o)->nb_index;
}

/* An index argument resolved against the length: 0 or -1 (IndexError
** "bytearray index out of range"). */
static int item_index(TyByteArray *b, TyObject *key, ssize_t *out)
{
    ssize_t i = tyNum_asSsize(key, &TyExc_IndexError);
    if (i == -1 && tyErr_occurred())
        return -1;
    if (i < 0)
        i += b->size;
    if (i < 0 || i >= b->size) {
        tyErr_setString(&TyExc_IndexError, "bytearray index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static TyObject *bytearray_subscript(TyObject *o, TyObject *key)
{
    TyByteArray *b = BA(o);
    if (is_index(key)) {
        ssize_t i;
        if (item_index(b, key, &i) < 0)
            return NULL;
        return tyInt_fromI64((unsigned char)b->data[i]);
    }
    if (!TY_SLICE_CHECK(key))
        return tyErr_format(&TyExc_TypeError,
                            "bytearray indices must be integers or slices, not %T", key);
    ssize_t start, stop, step, n;
    if (tySlice_indices(key, &b->size, &start, &stop, &step, &n) < 0)
        return NULL;
    if (step == 1)
        return tyByteArray_fromData(b->data + start, n);
    TyObject *r = tyByteArray_fromData(NULL, n);
    if (!r)
        return NULL;
    for (ssize_t k = 0; k < n; k++)
        BA(r)->data[k] = b->data[start + k * step];
    return r;
}

/* Replace data[lo..hi) with src[0..n). */
static int splice(TyByteArray *b, ssize_t lo, ssize_t hi, const char *src, ssize_t n)
{
    ssize_t old = b->size, tail = old - hi, grow = n - (hi - lo);
    if (grow > 0) {
        if (tyByteArray_resize((TyObject *)b, old + grow) < 0)
            return -1;
        memmove(b->data + hi + grow, b->data + hi, (size_t)tail);
    } else if (grow < 0) {
        if (check_resizable(b) < 0)
            return -1;
        memmove(b->data + hi + grow, b->data + hi, (size_t)tail);
        if (tyByteArray_resize((TyObject *)b, old + grow) < 0)
            return -1;
    }
    memcpy(b->data + lo, src, (size_t)n);
    return 0;
}

/* The bytes of a bytes-like object or of an iterable of ints 0..255,
** appended to *out.  A non-iterable gives -2 with no exception set, so the
** caller can word the TypeError. */
static int collect_bytes(TyObject *v, TyStrBuilder *out)
{
    TyBuffer view;
    int k = tyBuffer_tryGet(v, &view);
    if (k != 0)
        return k < 0 ? -1 : tyBuf_append(out, view.data, (size_t)view.len);
    return for_each_byte(v, append_to_builder, out);
}

/* The bytes a slice assignment stores. */
static int assigned_bytes(TyObject *v, TyStrBuilder *out)
{
    int rc = TY_STR_CHECK(v) || is_index(v) ? -2 : collect_bytes(v, out);
    if (rc == -2) {
        tyErr_setString(&TyExc_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        rc = -1;
    }
    return rc;
}

static int assign_slice(TyByteArray *b, TyObject *key, TyObject *value)
{
    ssize_t start, stop, step, n;
    if (tySlice_indices(key, &b->size, &start, &stop, &step, &n) < 0)
        return -1;
    ssize_t size = b->size;
    TyStrBuilder src;
    tyBuf_init(&src);
    /* Iterating the value may resize the bytearray: the slice is then
    ** taken again over what is left (CPython would write out of bounds). */
    if (value && (assigned_bytes(value, &src) < 0 ||
                  (b->size != size && tySlice_indices(key, &b->size, &start, &stop, &step, &n) < 0))) {
        tyBuf_free(&src);
        return -1;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        rc = splice(b, start, stop, src.data, (ssize_t)src.len);
    } else if (!value || src.len == 0) {
        /* Delete every step-th byte: compact the survivors.  Assigning
        ** no bytes to an extended slice deletes it too, as in CPython. */
        if (n > 0 && check_resizable(b) < 0) {
            rc = -1;
        } else if (n > 0) {
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            ssize_t w = start;
            for (ssize_t r = start; r < b->size; r++)
                if ((r - start) % step != 0 || (r - start) / step >= n)
                    b->data[w++] = b->data[r];
            rc = tyByteArray_resize((TyObject *)b, w);
        }
    } else if ((ssize_t)src.len != n) {
        tyErr_format(&TyExc_ValueError,
                     "attempt to assign bytes of size %zu to extended slice of size %zd",
                     src.len, n);
        rc = -1;
    } else {
        for (ssize_t k = 0; k < n; k++)
            b->data[start + k * step] = src.data[k];
    }
    tyBuf_free(&src);
    return rc;
}

static int bytearray_ass_subscript(TyObject *o, TyObject *key, TyObject *value)
{
    TyByteArray *b = BA(o);
    if (is_index(key)) {
        /* The value's __index__ may resize the bytearray: it is converted
        ** before the bounds are checked (CPython's GH-91153). */
        ssize_t i = tyNum_asSsize(key, &TyExc_IndexError);
        if (i == -1 && tyErr_occurred())
            return -1;
        unsigned char c = 0;
        if (value && byte_value(value, &c) < 0)
            return -1;
        if (i < 0)
            i += b->size;
        if (i < 0 || i >= b->size) {
            tyErr_setString(&TyExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) {
            if (check_resizable(b) < 0)
                return -1;
            memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
            return tyByteArray_resize(o, b->size - 1);
        }
        b->data[i] = (char)c;
        return 0;
    }
    if (!TY_SLICE_CHECK(key)) {
        tyErr_format(&TyExc_TypeError, "bytearray indices must be integers or slices, not %T",
                     key);
        return -1;
    }
    return assign_slice(b, key, value);
}

static TyObject *bytearray_iter(TyObject *o);

static int bytearray_contains(TyObject *o, TyObject *item)
{
    if (is_index(item)) {
        unsigned char c;
        if (byte_value(item, &c) < 0)
            return -1;
        return memchr(BA(o)->data, c, (size_t)BA(o)->size) != NULL;
    }
    TyBuffer view;
    int k = tyBuffer_tryGet(item, &view);
    if (k <= 0) {
        if (k == 0)
            tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    return tyStr_findBytes(BA(o)->data, BA(o)->size, view.data, view.len) >= 0;
}

/* a + b for a bytearray a: b may be any bytes-like object.  New reference. */
static TyObject *bytearray_concat(TyObject *a, TyObject *b)
{
    TyBuffer view;
    if (tyBuffer_tryGet(b, &view) <= 0) {
        tyErr_clear();
        return tyErr_format(&TyExc_TypeError, "can't concat %T to %T", b, a);
    }
    ssize_t na = BA(a)->size, nb = view.len;
    TyObject *r = tyByteArray_fromData(NULL, na + nb);
    if (!r)
        return NULL;
    memcpy(BA(r)->data, BA(a)->data, (size_t)na);
    memcpy(BA(r)->data + na, view.data, (size_t)nb);
    return r;
}

static TyObject *bytearray_mod(TyObject *a, TyObject *b)
{
    if (!TY_BYTEARRAY_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    return tyFormat_bytesPercent(a, b);
}

static TyObject *bytearray_repeat(TyObject *s, ssize_t count)
{
    if (count < 0)
        count = 0;
    ssize_t len = BA(s)->size;
    if (len && count > PTRDIFF_MAX / 2 / len)
        return tyErr_noMemory();
    TyObject *r = tyByteArray_fromData(NULL, len * count);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < count; i++)
        memcpy(BA(r)->data + i * len, BA(s)->data, (size_t)len);
    return r;
}

static TyObject *bytearray_inplace_concat(TyObject *a, TyObject *b)
{
    TyBuffer view;
    if (tyBuffer_tryGet(b, &view) <= 0) {
        tyErr_clear();
        return tyErr_format(&TyExc_TypeError, "can't concat %T to %T", b, a);
    }
    /* b's bytes are exported for the operation, as in CPython: `a += a`
    ** (of at least one byte) is a's own BufferError. */
    ssize_t na = BA(a)->size, nb = view.len;
    tyBuffer_pin(b);
    int rc = tyByteArray_resize(a, na + nb);
    tyBuffer_unpin(b);
    if (rc < 0)
        return NULL;
    memcpy(BA(a)->data + na, view.data, (size_t)nb);
    return TY_NEWREF(a);
}

static TyObject *bytearray_inplace_repeat(TyObject *a, ssize_t count)
{
    if (count < 0)
        count = 0;
    ssize_t len = BA(a)->size;
    if (len && count > PTRDIFF_MAX / 2 / len)
        return tyErr_noMemory();
    if (tyByteArray_resize(a, len * count) < 0)
        return NULL;
    for (ssize_t i = 1; i < count; i++)
        memcpy(BA(a)->data + i * len, BA(a)->data, (size_t)len);
    return TY_NEWREF(a);
}

/* ---- mutating methods ---------------------------------------------------- */

static int args_check(const char *name, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    return tyStr_methodArgs("bytearray", name, nargs, kwnames, min, max);
}

static TyObject *ba_append(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    unsigned char c;
    if (args_check("append", nargs, kwnames, 1, 1) < 0 || byte_value(args[0], &c) < 0)
        return NULL;
    if (tyByteArray_resize(self, BA(self)->size + 1) < 0)
        return NULL;
    BA(self)->data[BA(self)->size - 1] = (char)c;
    return tyNone_new();
}

static TyObject *ba_extend(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (args_check("extend", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_tryGet(args[0], &view) < 0) {
        tyErr_clear();
        return tyErr_format(&TyExc_TypeError, "can't set bytearray slice from %T", args[0]);
    }
    TyStrBuilder src;
    tyBuf_init(&src);
    int rc = collect_bytes(args[0], &src);
    if (rc == -2)
        tyErr_format(&TyExc_TypeError, "can't extend bytearray with %T", args[0]);
    if (rc == 0)
        rc = splice(BA(self), BA(self)->size, BA(self)->size, src.data, (ssize_t)src.len);
    tyBuf_free(&src);
    return rc < 0 ? NULL : tyNone_new();
}

static TyObject *ba_pop(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (args_check("pop", nargs, kwnames, 0, 1) < 0)
        return NULL;
    TyByteArray *b = BA(self);
    ssize_t i = -1;
    if (nargs > 0 && tyArg_ssize(args[0], &i) < 0)
        return NULL;
    if (b->size == 0)
        return tyErr_setString(&TyExc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += b->size;
    if (i < 0 || i >= b->size)
        return tyErr_setString(&TyExc_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)b->data[i];
    if (check_resizable(b) < 0)
        return NULL;
    memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
    if (tyByteArray_resize(self, b->size - 1) < 0)
        return NULL;
    return tyInt_fromI64(c);
}

static TyObject *ba_insert(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    if (args_check("insert", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ssize_t i;
    unsigned char c;
    if (tyArg_ssize(args[0], &i) < 0 || byte_value(args[1], &c) < 0)
        return NULL;
    TyByteArray *b = BA(self);
    if (i < 0) {
        i += b->size;
        if (i < 0)
            i = 0;
    }
    if (i > b->size)
        i = b->size;
    char ch = (char)c;
    if (splice(b, i, i, &ch, 1) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *ba_remove(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    unsigned char c;
    if (args_check("remove", nargs, kwnames, 1, 1) < 0 || byte_value(args[0], &c) < 0)
        return NULL;
    TyByteArray *b = BA(self);
    char *at = memchr(b->data, c, (size_t)b->size);
    if (!at)
        return tyErr_setString(&TyExc_ValueError, "value not found in bytearray");
    if (splice(b, at - b->data, at - b->data + 1, "", 0) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *ba_clear(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (args_check("clear", nargs, kwnames, 0, 0) < 0 || tyByteArray_resize(self, 0) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *ba_reverse(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (args_check("reverse", nargs, kwnames, 0, 0) < 0)
        return NULL;
    char *d = BA(self)->data;
    for (ssize_t i = 0, j = BA(self)->size - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return tyNone_new();
}

static TyObject *ba_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (args_check("copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyByteArray_fromData(BA(self)->data, BA(self)->size);
}

/* (type(self), args, self.__getstate__()): args rebuild the bytes: ()
** when empty, else (latin-1 str, 'latin-1') below protocol 3 (which has
** no bytes opcode) and (bytes,) from it.  New reference. */
static TyObject *reduce_for(TyObject *self, ssize_t proto)
{
    TyObject *getstate = tyObj_getAttrStr(self, "__getstate__");
    TyObject *state = getstate ? tyObj_callNoArgs(getstate) : NULL;
    TY_XDECREF(getstate);
    if (!state)
        return NULL;
    TyObject *args;
    if (BA(self)->size == 0) {
        args = tyTuple_new(0);
    } else if (proto < 3) {
        TyObject *text = tyStr_decode(BA(self)->data, BA(self)->size, "latin-1", NULL);
        TyObject *codec = text ? tyStr_fromCStr("latin-1") : NULL;
        args = codec ? tyTuple_pack(2, text, codec) : NULL;
        TY_XDECREF(text);
        TY_XDECREF(codec);
    } else {
        TyObject *bytes = tyBytes_fromData(BA(self)->data, BA(self)->size);
        args = bytes ? tyTuple_pack(1, bytes) : NULL;
        TY_XDECREF(bytes);
    }
    TyObject *r = args ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), args, state) : NULL;
    TY_XDECREF(args);
    TY_DECREF(state);
    return r;
}

static TyObject *ba_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (args_check("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return reduce_for(self, 2);
}

static TyObject *ba_reduce_ex(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    ssize_t proto = 0;
    if (args_check("__reduce_ex__", nargs, kwnames, 0, 1) < 0 ||
        (nargs > 0 && tyArg_ssize(args[0], &proto) < 0))
        return NULL;
    return reduce_for(self, proto);
}

/* __alloc__(): the bytes allocated, the trailing NUL included (0 for an
** empty bytearray that never grew). */
static TyObject *ba_alloc(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (args_check("__alloc__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(BA(self)->allocated);
}

static TyMethodDef bytearray_methods[] = {
    { "__alloc__", ba_alloc, TY_METH_DEFAULT, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated." },
    { "__reduce__", ba_reduce, TY_METH_DEFAULT, "Return state information for pickling." },
    { "__reduce_ex__", ba_reduce_ex, TY_METH_DEFAULT, "Return state information for pickling." },
#define TY_X_(name) { #name, tyBytes_m_##name, TY_METH_DEFAULT, NULL },
    TY_BYTES_SHARED_METHODS(TY_X_)
#undef TY_X_
    { "append", ba_append, TY_METH_DEFAULT, NULL },
    { "extend", ba_extend, TY_METH_DEFAULT, NULL },
    { "pop", ba_pop, TY_METH_DEFAULT, NULL },
    { "insert", ba_insert, TY_METH_DEFAULT, NULL },
    { "remove", ba_remove, TY_METH_DEFAULT, NULL },
    { "clear", ba_clear, TY_METH_DEFAULT, NULL },
    { "reverse", ba_reverse, TY_METH_DEFAULT, NULL },
    { "copy", ba_copy, TY_METH_DEFAULT, NULL },
    { "fromhex", tyBytes_m_fromhex, TY_METH_CLASS, NULL },
    { "maketrans", tyBytes_m_maketrans, TY_METH_STATIC, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- iterator ------------------------------------------------------------ */

/* Reads the current contents at each step, so changes made while
** iterating are seen (as in CPython). */
typedef struct TyByteArrayIter {
    TyObject ob;
    TyObject *seq;      /* NULL once exhausted */
    ssize_t index;
} TyByteArrayIter;

static TyObject *bytearray_iter(TyObject *o)
{
    TyByteArrayIter *it = (TyByteArrayIter *)tyGC_alloc(&TyByteArrayIter_Type);
    if (!it)
        return NULL;
    it->seq = TY_NEWREF(o);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void baiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((TyByteArrayIter *)o)->seq);
    tyObj_free(o);
}

static int baiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *s = ((TyByteArrayIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static TyObject *baiter_next(TyObject *o)
{
    TyByteArrayIter *it = (TyByteArrayIter *)o;
    if (!it->seq)
        return NULL;
    if (it->index >= BA(it->seq)->size) {
        TY_CLEAR(it->seq);
        return NULL;
    }
    return tyInt_fromI64((unsigned char)BA(it->seq)->data[it->index++]);
}

static TyObject *baiter_iter(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *baiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    TyByteArrayIter *it = (TyByteArrayIter *)self;
    if (tyArg_noKeywords("__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    ssize_t left = it->seq ? BA(it->seq)->size - it->index : 0;
    return tyInt_fromI64(left > 0 ? left : 0);
}

/* __reduce__: (iter, (bytearray,), index), or (iter, ((),)) once exhausted. */
static TyObject *baiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyByteArrayIter *it = (TyByteArrayIter *)self;
    return it->seq ? tyIter_reduceAt("iter", it->seq, it->index) : tyIter_reduceExhausted(tyTuple_new(0));
}

/* __setstate__(index): clamped to [0, len]; an exhausted iterator stays so. */
static TyObject *baiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyByteArrayIter *it = (TyByteArrayIter *)self;
    ssize_t index;
    if (tyIter_stateIndex(args, nargs, kwnames, 0, it->seq ? BA(it->seq)->size : 0, &index) < 0)
        return NULL;
    if (it->seq)
        it->index = index;
    return tyNone_new();
}

static TyMethodDef baiter_methods[] = {
    { "__length_hint__", baiter_length_hint, TY_METH_DEFAULT, NULL },
    { "__reduce__", baiter_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", baiter_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

TyType TyByteArrayIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "bytearray_iterator",
    .basicsize = sizeof(TyByteArrayIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = baiter_dealloc,
    .traverse = baiter_traverse,
    .iter = baiter_iter,
    .iternext = baiter_next,
    .methods = baiter_methods,
};

TyType TyByteArray_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "bytearray",
    .basicsize = sizeof(TyByteArray),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_MATCH_SELF | TY_TPFLAG_TUPLE_CALL,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .richcompare = tyBytes_richcompare,
    .iter = bytearray_iter,
    .tp_new = bytearray_new,
    .tp_init = bytearray_init,
    .binop = {
        [TY_BINOP_MOD] = bytearray_mod,
    },
    .length = bytearray_length,
    .subscript = bytearray_subscript,
    .ass_subscript = bytearray_ass_subscript,
    .contains = bytearray_contains,
    .sq_concat = bytearray_concat,
    .sq_repeat = bytearray_repeat,
    .sq_inplace_concat = bytearray_inplace_concat,
    .sq_inplace_repeat = bytearray_inplace_repeat,
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
};
