/*
** memoryview.c — memoryview over bytes, bytearray and array.array: a view
** of items of one native struct format ('B' at first; cast() gives others
** and other shapes), read and, over a bytearray, written in place.
**
** A view has ndim dimensions, each with a length (shape) and a step in
** bytes (strides).  One-dimensional views, nearly all of them, keep both
** in the struct (len, stride); others keep them in `dims`.  Views of more
** (or no) dimensions come only from cast(), so they start C-contiguous;
** slicing their first dimension may then stride it.
**
** A view pins its exporter (buffer.h) until it is released, so that a
** bytearray or array refuses to resize under it, as in CPython.  It still
** finds the exporter's data anew at each access and checks that the view
** fits, which keeps every access in bounds whatever C code does.
*/
#include <math.h>
#include "tally.h"
#include "buffer.h"
#include "objects/picklebuffer.h"
#include "objects/bytearray.h"
#include "objects/iter.h"
#include "objects/memoryview.h"
#include "objects/weakref.h"
#include "modules/arraymodule.h"

typedef struct TyMemoryView {
    TyObject ob;
    TyObject *obj;          /* the bytes or bytearray; NULL once released */
    ssize_t offset;         /* byte offset of item 0 in obj's data */
    ssize_t len;            /* ndim 1: items */
    ssize_t stride;         /* ndim 1: bytes from one item to the next */
    ssize_t itemsize;
    ssize_t *dims;          /* ndim > 1: shape[ndim] then strides[ndim] (owned) */
    TyObject *weakreflist;
    ssize_t exports;        /* pins of this view itself (PickleBuffer, iter_unpack) */
    ty_hash hash;           /* -1 until computed; kept after release, as CPython */
    int ndim;
    char format;            /* a native struct format letter */
    bool readonly;
} TyMemoryView;

#define MV(o) ((TyMemoryView *)(o))

/* CPython's PyBUF_MAX_NDIM. */
#define MAX_NDIM 64

static ssize_t *shape_of(TyMemoryView *v)
{
    return v->ndim == 1 ? &v->len : v->dims;
}

static ssize_t *strides_of(TyMemoryView *v)
{
    return v->ndim == 1 ? &v->stride : v->dims ? v->dims + v->ndim : NULL;
}

/* The number of items: the product of the shape (1 for no dimensions). */
static ssize_t item_count(TyMemoryView *v)
{
    ssize_t n = 1, *shape = shape_of(v);
    for (int d = 0; d < v->ndim; d++)
        n *= shape[d];
    return n;
}

/* Are the items laid out one after another, last dimension fastest (C) or
** first dimension fastest (Fortran)?  Dimensions of length 1 or less
** do not count, as in CPython. */
static bool is_contiguous(TyMemoryView *v, bool fortran)
{
    ssize_t want = v->itemsize, *shape = shape_of(v), *strides = strides_of(v);
    if (item_count(v) == 0)
        return true;
    for (int k = 0; k < v->ndim; k++) {
        int d = fortran ? k : v->ndim - 1 - k;
        if (shape[d] > 1 && strides[d] != want)
            return false;
        want *= shape[d];
    }
    return true;
}

/* The native struct format letters and their sizes. */
static ssize_t format_size(char f)
{
    switch (f) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'n': case 'N': return sizeof(ssize_t);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    case 'P': return sizeof(void *);
    default: return 0;
    }
}

static TyObject *new_view(TyObject *obj, ssize_t offset, ssize_t len, ssize_t stride,
                          ssize_t itemsize, char format, bool readonly)
{
    TyMemoryView *v = (TyMemoryView *)tyGC_alloc(&TyMemoryView_Type);
    if (!v)
        return NULL;
    v->obj = TY_NEWREF(obj);
    tyBuffer_pin(obj);
    v->offset = offset;
    v->len = len;
    v->stride = stride;
    v->itemsize = itemsize;
    v->dims = NULL;
    v->weakreflist = NULL;
    v->hash = -1;
    v->ndim = 1;
    v->format = format;
    v->readonly = readonly;
    tyGC_track((TyObject *)v);
    return (TyObject *)v;
}

/* A view of v's exporter with v's items and dimensions: new reference. */
static TyObject *copy_view(TyMemoryView *v, bool readonly)
{
    TyObject *o = new_view(v->obj, v->offset, v->len, v->stride, v->itemsize, v->format, readonly);
    if (!o || v->ndim == 1)
        return o;
    MV(o)->ndim = v->ndim;
    if (v->ndim > 1) {
        MV(o)->dims = tyMem_malloc(2 * (size_t)v->ndim * sizeof(ssize_t));
        if (!MV(o)->dims) {
            TY_DECREF(o);
            return tyErr_noMemory();
        }
        memcpy(MV(o)->dims, v->dims, 2 * (size_t)v->ndim * sizeof(ssize_t));
    }
    return o;
}

TyObject *tyMemoryView_new(TyObject *obj)
{
    /* A PickleBuffer is looked through: the view is of what it wraps. */
    if (TY_TYPE(obj) == &TyPickleBuffer_Type && !(obj = tyPickleBuffer_object(obj)))
        return NULL;
    if (TY_IS_TYPE(obj, &TyMemoryView_Type)) {
        TyMemoryView *m = MV(obj);
        if (!m->obj)
            return tyErr_setString(&TyExc_ValueError,
                                   "operation forbidden on released memoryview object");
        return copy_view(m, m->readonly);
    }
    if (tyArray_check(obj)) {
        ssize_t nbytes, itemsize;
        char format;
        tyArray_span(obj, &nbytes, &format, &itemsize);
        return new_view(obj, 0, nbytes / itemsize, itemsize, itemsize, format, false);
    }
    if (!tyBytes_isLike(obj))
        return tyErr_format(&TyExc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                            tyType_name(TY_TYPE(obj)));
    return new_view(obj, 0, tyBytes_likeLen(obj), 1, 1, 'B', !TY_BYTEARRAY_CHECK(obj));
}

/* The exporter's bytes as they are now (an array's or a bytes-like
** object's), with their count in *len. */
static char *exporter_data(TyObject *obj, ssize_t *len)
{
    if (tyArray_check(obj)) {
        ssize_t itemsize;
        char format;
        return tyArray_span(obj, len, &format, &itemsize);
    }
    *len = tyBytes_likeLen(obj);
    return (char *)tyBytes_likeData(obj);
}

/* The address of item 0, after checking the view is live and inside its
** exporter's data; NULL with an exception otherwise. */
static char *view_data(TyMemoryView *v)
{
    if (!v->obj) {
        tyErr_setString(&TyExc_ValueError, "operation forbidden on released memoryview object");
        return NULL;
    }
    ssize_t lo = v->offset, hi = v->offset;
    if (item_count(v) > 0) {
        ssize_t *shape = shape_of(v), *strides = strides_of(v);
        for (int d = 0; d < v->ndim; d++) {
            if (strides[d] < 0)
                lo += (shape[d] - 1) * strides[d];
            else
                hi += (shape[d] - 1) * strides[d];
        }
        hi += v->itemsize;
    }
    ssize_t avail;
    char *base = exporter_data(v->obj, &avail);
    if (lo < 0 || hi > avail) {
        tyErr_setString(&TyExc_BufferError, "memoryview: the underlying object was resized");
        return NULL;
    }
    return base + v->offset;
}

/* The item at p as a Python object: new reference. */
static TyObject *unpack(char format, const char *p)
{
#define GET(T, make)                    \
    do {                                \
        T x;                            \
        memcpy(&x, p, sizeof x);        \
        return make;                    \
    } while (0)
    switch (format) {
    case 'c': return tyBytes_fromData(p, 1);
    case 'b': GET(signed char, tyInt_fromI64(x));
    case 'B': GET(unsigned char, tyInt_fromI64(x));
    case '?': GET(unsigned char, tyBool_from(x != 0));
    case 'h': GET(short, tyInt_fromI64(x));
    case 'H': GET(unsigned short, tyInt_fromI64(x));
    case 'i': GET(int, tyInt_fromI64(x));
    case 'I': GET(unsigned int, tyInt_fromI64(x));
    case 'l': GET(long, tyInt_fromI64(x));
    case 'L': GET(unsigned long, tyInt_fromU64(x));
    case 'q': GET(long long, tyInt_fromI64(x));
    case 'Q': GET(unsigned long long, tyInt_fromU64(x));
    case 'n': GET(ssize_t, tyInt_fromI64(x));
    case 'N': GET(size_t, tyInt_fromU64(x));
    case 'P': GET(uintptr_t, tyInt_fromU64(x));
    case 'f': GET(float, tyFloat_from(x));
    default: GET(double, tyFloat_from(x));
    }
#undef GET
}

static int int_fits(TyObject *o, char format, int64_t lo, int64_t hi, bool is_unsigned64,
                    uint64_t *out);

/* An int (or an object with __index__) that must fit [lo, hi] (or [0,
** UINT64_MAX] when is_unsigned64): 0, or -1 with CPython's memoryview
** errors. */
static int int_value(TyObject *o, char format, int64_t lo, int64_t hi, bool is_unsigned64,
                     uint64_t *out)
{
    if (TY_INT_CHECK(o))
        return int_fits(o, format, lo, hi, is_unsigned64, out);
    TyObject *index = TY_TYPE(o)->nb_index ? tyNum_index(o) : NULL;
    if (!index) {
        if (!tyErr_occurred() || tyErr_exceptionMatches(&TyExc_TypeError)) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError, "memoryview: invalid type for format '%c'", format);
        }
        return -1;
    }
    int r = int_fits(index, format, lo, hi, is_unsigned64, out);
    TY_DECREF(index);
    return r;
}

static int int_fits(TyObject *o, char format, int64_t lo, int64_t hi, bool is_unsigned64,
                    uint64_t *out)
{
    bool ok;
    if (TY_INT_IS_SMALL(o)) {
        int64_t x = TY_INT_VALUE(o);
        ok = is_unsigned64 ? x >= 0 : x >= lo && x <= hi;
        *out = (uint64_t)x;
    } else {
        mpz_t z;
        mpz_init(z);
        tyInt_toMpz(o, z);
        ok = is_unsigned64 && mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64;
        if (ok) {
            uint64_t hi_word = 0, lo_word = 0;
            mpz_t t;
            mpz_init(t);
            mpz_tdiv_q_2exp(t, z, 32);
            hi_word = mpz_get_ui(t);
            mpz_tdiv_r_2exp(t, z, 32);
            lo_word = mpz_get_ui(t);
            mpz_clear(t);
            *out = hi_word << 32 | lo_word;
        }
        mpz_clear(z);
    }
    if (!ok) {
        tyErr_format(&TyExc_ValueError, "memoryview: invalid value for format '%c'", format);
        return -1;
    }
    return 0;
}

/* Store o at p in the view's format: 0 / -1. */
static int pack(char format, char *p, TyObject *o)
{
    uint64_t u;
#define PUT_INT(T, lo, hi, u64)                                          \
    do {                                                                \
        if (int_value(o, format, (lo), (hi), (u64), &u) < 0)            \
            return -1;                                                  \
        T x = (T)u;                                                     \
        memcpy(p, &x, sizeof x);                                        \
        return 0;                                                       \
    } while (0)
    switch (format) {
    case 'c':
        if (!TY_BYTES_CHECK(o)) {
            tyErr_format(&TyExc_TypeError, "memoryview: invalid type for format 'c'");
            return -1;
        }
        if (TY_BYTES_LEN(o) != 1) {
            tyErr_format(&TyExc_ValueError, "memoryview: invalid value for format 'c'");
            return -1;
        }
        *p = TY_BYTES_DATA(o)[0];
        return 0;
    case '?': {
        int t = tyObj_isTrue(o);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    case 'b': PUT_INT(signed char, SCHAR_MIN, SCHAR_MAX, false);
    case 'B': PUT_INT(unsigned char, 0, UCHAR_MAX, false);
    case 'h': PUT_INT(short, SHRT_MIN, SHRT_MAX, false);
    case 'H': PUT_INT(unsigned short, 0, USHRT_MAX, false);
    case 'i': PUT_INT(int, INT_MIN, INT_MAX, false);
    case 'I': PUT_INT(unsigned int, 0, UINT_MAX, false);
    case 'l': PUT_INT(long, LONG_MIN, LONG_MAX, false);
    case 'q': PUT_INT(long long, LLONG_MIN, LLONG_MAX, false);
    case 'n': PUT_INT(ssize_t, INT64_MIN, INT64_MAX, false);
    case 'L': PUT_INT(unsigned long, 0, 0, true);
    case 'Q': PUT_INT(unsigned long long, 0, 0, true);
    case 'N': PUT_INT(size_t, 0, 0, true);
    case 'P': PUT_INT(uintptr_t, 0, 0, true);
    default: {
        double d = tyFloat_asDouble(o);
        if (d == -1.0 && tyErr_occurred()) {
            if (tyErr_exceptionMatches(&TyExc_TypeError)) {
                tyErr_clear();
                tyErr_format(&TyExc_TypeError, "memoryview: invalid type for format '%c'", format);
            } else if (tyErr_exceptionMatches(&TyExc_OverflowError)) {
                tyErr_clear();
                tyErr_format(&TyExc_ValueError, "memoryview: invalid value for format '%c'", format);
            }
            return -1;
        }
        if (format == 'f') {
            float f = (float)d;
            memcpy(p, &f, sizeof f);
        } else {
            memcpy(p, &d, sizeof d);
        }
        return 0;
    }
    }
#undef PUT_INT
}

static TyObject *mv_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "object", NULL };
    TyObject *obj;
    if (tyArg_unpack("memoryview", args, nargs, kwnames, names, 1, 1, &obj) < 0)
        return NULL;
    return tyMemoryView_new(obj);
}

ssize_t *tyMemoryView_exports(TyObject *view)
{
    return &MV(view)->exports;
}

/* Drop the exporter, unpinning it. */
static void drop_exporter(TyMemoryView *v)
{
    TyObject *obj = v->obj;
    if (obj) {
        v->obj = NULL;
        tyBuffer_unpin(obj);
        TY_DECREF(obj);
    }
}

static void mv_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    if (MV(o)->weakreflist)
        tyWeakref_clear(o);
    tyMem_free(MV(o)->dims);
    drop_exporter(MV(o));
    tyObj_free(o);
}

/* The exporter is the view's one reference: a cycle through an exporter
** that holds its own view (a bytes subclass's attribute) is collected. */
static int mv_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return MV(o)->obj ? visit(MV(o)->obj, arg) : 0;
}

static int mv_clear(TyObject *o)
{
    drop_exporter(MV(o));
    return 0;
}

static TyObject *mv_repr(TyObject *o)
{
    return tyStr_fromFormat(MV(o)->obj ? "<memory at %p>" : "<released memory at %p>", (void *)o);
}

static ssize_t mv_len(TyObject *o)
{
    TyMemoryView *v = MV(o);
    if (!view_data(v))
        return -1;
    /* CPython counts the one item of a view without dimensions. */
    return v->ndim == 0 ? 1 : shape_of(v)[0];
}

/* The items of dimension d onwards from p, as nested lists: new reference. */
static TyObject *list_of_dim(TyMemoryView *v, const char *p, int d)
{
    ssize_t n = shape_of(v)[d], stride = strides_of(v)[d];
    TyObject *list = tyList_new(n);
    for (ssize_t i = 0; list && i < n; i++) {
        TyObject *item = d + 1 < v->ndim ? list_of_dim(v, p + i * stride, d + 1)
                                         : unpack(v->format, p + i * stride);
        if (!item)
            TY_CLEAR(list);
        else
            TY_LIST_SET(list, i, item);
    }
    return list;
}

/* The items as (nested) lists, or the one item of a view without
** dimensions: new reference. */
static TyObject *to_list(TyMemoryView *v)
{
    const char *p = view_data(v);
    if (!p)
        return NULL;
    return v->ndim == 0 ? unpack(v->format, p) : list_of_dim(v, p, 0);
}

/* The items' bytes, in C order (last dimension fastest) or Fortran order:
** new reference. */
static TyObject *items_bytes(TyMemoryView *v, bool fortran)
{
    const char *p = view_data(v);
    if (!p)
        return NULL;
    ssize_t n = item_count(v);
    if (is_contiguous(v, fortran))
        return tyBytes_fromData(p, n * v->itemsize);
    TyObject *b = tyBytes_fromData(NULL, n * v->itemsize);
    if (!b)
        return NULL;
    ssize_t index[MAX_NDIM] = { 0 }, *shape = shape_of(v), *strides = strides_of(v);
    for (ssize_t k = 0; k < n; k++) {
        ssize_t at = 0;
        for (int d = 0; d < v->ndim; d++)
            at += index[d] * strides[d];
        memcpy(TY_BYTES_DATA(b) + k * v->itemsize, p + at, (size_t)v->itemsize);
        /* The next index: an odometer, its fast digit last (C) or first. */
        for (int j = 0; j < v->ndim; j++) {
            int d = fortran ? j : v->ndim - 1 - j;
            if (++index[d] < shape[d])
                break;
            index[d] = 0;
        }
    }
    return b;
}

static TyObject *to_bytes(TyMemoryView *v)
{
    return items_bytes(v, false);
}

TyObject *tyMemoryView_toBytes(TyObject *view)
{
    return to_bytes(MV(view));
}

int tyMemoryView_span(TyObject *view, char **data, ssize_t *nbytes, bool *readonly)
{
    TyMemoryView *v = MV(view);
    char *p = view_data(v);
    if (!p)
        return -1;
    if (!is_contiguous(v, false)) {
        tyErr_setString(&TyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *data = p;
    *nbytes = item_count(v) * v->itemsize;
    *readonly = v->readonly;
    return 0;
}

/* The byte offset from item (0, ...) of index `key` (an object with
** __index__) along dimension d: 0, or -1 with IndexError.  Its __index__
** may run any code, release the view included: callers fetch the view's
** data afterwards (CPython's gh-92888). */
static int index_dim(TyMemoryView *v, int d, TyObject *key, ssize_t *at)
{
    TyObject *index = tyNum_index(key);
    if (!index)
        return -1;
    ssize_t i = tyInt_asSsize(index);
    TY_DECREF(index);
    if (i == -1 && tyErr_occurred()) {
        if (tyErr_exceptionMatches(&TyExc_OverflowError)) {
            tyErr_clear();
            tyErr_format(&TyExc_IndexError, "cannot fit '%s' into an index-sized integer",
                         tyType_name(TY_TYPE(key)));
        }
        return -1;
    }
    ssize_t n = shape_of(v)[d];
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        tyErr_format(&TyExc_IndexError, "index out of bounds on dimension %d", d + 1);
        return -1;
    }
    *at += i * strides_of(v)[d];
    return 0;
}

static bool has_index(TyObject *o)
{
    return TY_TYPE(o)->nb_index != NULL;
}

/* A tuple of indices (CPython's is_multiindex), or of slices. */
static bool tuple_of(TyObject *key, bool slices)
{
    if (!TY_TUPLE_CHECK(key))
        return false;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(key); i++) {
        TyObject *k = TY_TUPLE_ITEMS(key)[i];
        if (slices ? !TY_SLICE_CHECK(k) : !has_index(k))
            return false;
    }
    return true;
}

/* The byte offset of the item a tuple of indices names: 0, or -1 with an
** error (a shorter tuple would name a sub-view, which CPython does not
** make). */
static int index_tuple(TyMemoryView *v, TyObject *key, ssize_t *at)
{
    ssize_t n = TY_TUPLE_LEN(key);
    if (n < v->ndim) {
        tyErr_setString(&TyExc_NotImplementedError, "sub-views are not implemented");
        return -1;
    }
    if (n > v->ndim) {
        tyErr_format(&TyExc_TypeError, "cannot index %d-dimension view with %zd-element tuple",
                     v->ndim, n);
        return -1;
    }
    for (int d = 0; d < v->ndim; d++)
        if (index_dim(v, d, TY_TUPLE_ITEMS(key)[d], at) < 0)
            return -1;
    return 0;
}

/* The item at byte offset `at` from item (0, ...), the view checked again
** first: new reference. */
static TyObject *item_at(TyMemoryView *v, ssize_t at)
{
    char *p = view_data(v);
    return p ? unpack(v->format, p + at) : NULL;
}

static TyObject *mv_subscript(TyObject *o, TyObject *key)
{
    TyMemoryView *v = MV(o);
    char *p = view_data(v);
    if (!p)
        return NULL;
    if (v->ndim == 0) {
        if (TY_TUPLE_CHECK(key) && TY_TUPLE_LEN(key) == 0)
            return unpack(v->format, p);
        if (key == TY_ELLIPSIS)
            return TY_NEWREF(o);
        return tyErr_setString(&TyExc_TypeError, "invalid indexing of 0-dim memory");
    }
    ssize_t at = 0;
    if (has_index(key)) {
        if (v->ndim != 1)
            return tyErr_setString(&TyExc_NotImplementedError,
                                   "multi-dimensional sub-views are not implemented");
        return index_dim(v, 0, key, &at) < 0 ? NULL : item_at(v, at);
    }
    if (TY_SLICE_CHECK(key)) {
        /* The new view holds the exporter before the bounds' __index__
        ** runs, so releasing this view there leaves it readable, as in
        ** CPython, where both share one managed buffer. */
        TyObject *r = copy_view(v, v->readonly);
        ssize_t start, stop, step, n;
        if (!r || tySlice_indices(key, &shape_of(MV(r))[0], &start, &stop, &step, &n) < 0) {
            TY_XDECREF(r);
            return NULL;
        }
        ssize_t stride0 = strides_of(MV(r))[0];
        MV(r)->offset += start * stride0;
        shape_of(MV(r))[0] = n;
        strides_of(MV(r))[0] = stride0 * step;
        return r;
    }
    if (tuple_of(key, false))
        return index_tuple(v, key, &at) < 0 ? NULL : item_at(v, at);
    if (tuple_of(key, true))
        return tyErr_setString(&TyExc_NotImplementedError,
                               "multi-dimensional slicing is not implemented");
    return tyErr_setString(&TyExc_TypeError, "memoryview: invalid slice key");
}

/* Store value at byte offset `at` from item (0, ...): converted first (its
** __index__ or __float__ may release the view), then the view checked
** again.  0 / -1. */
static int store_at(TyMemoryView *v, ssize_t at, TyObject *value)
{
    char item[sizeof(long double)];
    if (pack(v->format, item, value) < 0)
        return -1;
    char *p = view_data(v);
    if (!p)
        return -1;
    memcpy(p + at, item, (size_t)v->itemsize);
    return 0;
}

static int mv_ass_subscript(TyObject *o, TyObject *key, TyObject *value)
{
    TyMemoryView *v = MV(o);
    char *p = view_data(v);
    if (!p)
        return -1;
    if (v->readonly) {
        tyErr_setString(&TyExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "cannot delete memory");
        return -1;
    }
    ssize_t at = 0;
    if (v->ndim == 0) {
        if (key == TY_ELLIPSIS || (TY_TUPLE_CHECK(key) && TY_TUPLE_LEN(key) == 0))
            return store_at(v, at, value);
        tyErr_setString(&TyExc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (has_index(key) && v->ndim == 1)
        return index_dim(v, 0, key, &at) < 0 ? -1 : store_at(v, at, value);
    if (has_index(key)) {
        tyErr_setString(&TyExc_NotImplementedError, "sub-views are not implemented");
        return -1;
    }
    if (tuple_of(key, false))
        return index_tuple(v, key, &at) < 0 ? -1 : store_at(v, at, value);
    if ((TY_SLICE_CHECK(key) && v->ndim != 1) || tuple_of(key, true)) {
        tyErr_setString(&TyExc_NotImplementedError,
                        "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    if (TY_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (tySlice_indices(key, &v->len, &start, &stop, &step, &n) < 0)
            return -1;
        TyObject *src = tyMemoryView_new(value);
        if (!src)
            return -1;
        TyObject *bytes = NULL;
        int r = -1;
        if (MV(src)->format != v->format || MV(src)->ndim != 1 || MV(src)->len != n)
            tyErr_setString(&TyExc_ValueError,
                            "memoryview assignment: lvalue and rvalue have different structures");
        else if ((bytes = to_bytes(MV(src))) && (p = view_data(v))) {
            for (ssize_t k = 0; k < n; k++)
                memcpy(p + (start + k * step) * v->stride, TY_BYTES_DATA(bytes) + k * v->itemsize,
                       (size_t)v->itemsize);
            r = 0;
        }
        TY_XDECREF(bytes);
        TY_DECREF(src);
        return r;
    }
    tyErr_setString(&TyExc_TypeError, "memoryview: invalid slice key");
    return -1;
}

/* Views (or bytes-like objects) are equal when their items are, item by
** item; a released view equals only itself. */
static TyObject *mv_richcompare(TyObject *a, TyObject *b, int op)
{
    if (op != TY_EQ && op != TY_NE)
        return TY_NEWREF(TY_NOTIMPL);
    if (!TY_IS_TYPE(b, &TyMemoryView_Type) && !tyBytes_isLike(b) && !tyArray_check(b))
        return TY_NEWREF(TY_NOTIMPL);
    bool eq;
    if (a == b) {
        eq = true;
    } else if (!MV(a)->obj || (TY_IS_TYPE(b, &TyMemoryView_Type) && !MV(b)->obj)) {
        eq = false;
    } else {
        TyObject *other = tyMemoryView_new(b);
        TyObject *la = other ? to_list(MV(a)) : NULL;
        TyObject *lb = la ? to_list(MV(other)) : NULL;
        int r = lb ? tyObj_richCompareBool(la, lb, TY_EQ) : -1;
        TY_XDECREF(other);
        TY_XDECREF(la);
        TY_XDECREF(lb);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash mv_hash(TyObject *o)
{
    TyMemoryView *v = MV(o);
    if (v->hash != -1)
        return v->hash;
    if (!view_data(v))
        return -1;
    if (!v->readonly) {
        tyErr_setString(&TyExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (v->format != 'B' && v->format != 'b' && v->format != 'c') {
        tyErr_setString(&TyExc_ValueError,
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    TyObject *b = to_bytes(v);
    if (!b)
        return -1;
    v->hash = tyObj_hash(b);
    TY_DECREF(b);
    return v->hash;
}

static TyObject *mv_iter(TyObject *o)
{
    if (!view_data(MV(o)))
        return NULL;
    if (MV(o)->ndim == 0)
        return tyErr_setString(&TyExc_TypeError, "invalid indexing of 0-dim memory");
    if (MV(o)->ndim != 1)
        return tyErr_setString(&TyExc_NotImplementedError,
                               "multi-dimensional sub-views are not implemented");
    return tySeqIter_new(o);
}

/* No arguments: 0 / -1. */
static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

/* The shape list or tuple of cast() into dims (shape, then C strides for
** items of `itemsize`): the bytes it spans, or -1 with CPython's errors. */
static ssize_t shape_dims(TyObject *shape, int ndim, ssize_t itemsize, ssize_t *dims)
{
    TyObject *const *items = TY_LIST_CHECK(shape) ? TY_LIST_ITEMS(shape) : TY_TUPLE_ITEMS(shape);
    ssize_t len = itemsize;
    for (int d = 0; d < ndim; d++) {
        if (!TY_INT_CHECK(items[d])) {
            tyErr_setString(&TyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        ssize_t x = tyInt_asSsize(items[d]);
        if (x == -1 && tyErr_occurred())
            return -1;
        if (x <= 0) {
            tyErr_setString(&TyExc_ValueError,
                            "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        if (x > SSIZE_MAX / len) {
            tyErr_setString(&TyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        len *= x;
        dims[d] = x;
    }
    ssize_t stride = itemsize;
    for (int d = ndim - 1; d >= 0; d--) {
        dims[ndim + d] = stride;
        stride *= dims[d];
    }
    return len;
}

/* cast(format, shape=None): the same bytes seen as items of another
** format, one of the two being a byte format, and with a shape given as
** one dimension of many or many of one (CPython's memory_cast). */
TY_CFUNC(mv_cast)
{
    static const char *const names[] = { "format", "shape", NULL };
    TyObject *argv[2];
    TyMemoryView *v = MV(self);
    if (tyArg_unpack("cast", args, nargs, kwnames, names, 1, 2, argv) < 0)
        return NULL;
    TyObject *fmt = argv[0], *shape = argv[1];
    if (!TY_STR_CHECK(fmt))
        return tyErr_format(&TyExc_TypeError, "cast() argument 'format' must be str, not %s",
                            tyType_name(TY_TYPE(fmt)));
    if (!view_data(v))
        return NULL;
    if (!is_contiguous(v, false))
        return tyErr_setString(&TyExc_TypeError,
                               "memoryview: casts are restricted to C-contiguous views");
    ssize_t nbytes = item_count(v) * v->itemsize;
    if ((shape || v->ndim != 1) && nbytes == 0)
        return tyErr_setString(&TyExc_TypeError,
                               "memoryview: cannot cast view with zeros in shape or strides");
    ssize_t ndim = 1;
    if (shape) {
        if (!TY_LIST_CHECK(shape) && !TY_TUPLE_CHECK(shape))
            return tyErr_setString(&TyExc_TypeError, "shape must be a list or a tuple");
        ndim = TY_LIST_CHECK(shape) ? TY_LIST_LEN(shape) : TY_TUPLE_LEN(shape);
        if (ndim > MAX_NDIM)
            return tyErr_setString(&TyExc_ValueError,
                                   "memoryview: number of dimensions must not exceed 64");
        if (v->ndim != 1 && ndim != 1)
            return tyErr_setString(&TyExc_TypeError,
                                   "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    const char *f = TY_STR_UTF8(fmt);
    if (f[0] == '@')
        f++;
    ssize_t size = f[0] && !f[1] ? format_size(f[0]) : 0;
    if (!size)
        return tyErr_setString(&TyExc_ValueError,
                               "memoryview: destination format must be a native single character "
                               "format prefixed with an optional '@'");
    bool from_bytes = v->format == 'B' || v->format == 'b' || v->format == 'c';
    bool to_bytes_fmt = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
    if (!from_bytes && !to_bytes_fmt)
        return tyErr_setString(&TyExc_TypeError,
                               "memoryview: cannot cast between two non-byte formats");
    if (nbytes % size)
        return tyErr_setString(&TyExc_TypeError, "memoryview: length is not a multiple of itemsize");
    TyObject *r = new_view(v->obj, v->offset, nbytes / size, size, size, f[0], v->readonly);
    if (!r || !shape)
        return r;
    ssize_t dims[2 * MAX_NDIM];
    ssize_t spanned = shape_dims(shape, (int)ndim, size, dims);
    if (spanned < 0) {
        TY_DECREF(r);
        return NULL;
    }
    if (spanned != nbytes) {
        TY_DECREF(r);
        return tyErr_setString(&TyExc_TypeError,
                               "memoryview: product(shape) * itemsize != buffer size");
    }
    if (ndim != 1) {
        MV(r)->ndim = (int)ndim;
        if (ndim > 1) {
            MV(r)->dims = tyMem_malloc(2 * (size_t)ndim * sizeof(ssize_t));
            if (!MV(r)->dims) {
                TY_DECREF(r);
                return tyErr_noMemory();
            }
            memcpy(MV(r)->dims, dims, 2 * (size_t)ndim * sizeof(ssize_t));
        }
    }
    return r;
}

TY_CFUNC(mv_tolist)
{
    return no_args("tolist", nargs, kwnames) < 0 ? NULL : to_list(MV(self));
}

TY_CFUNC(mv_tobytes)
{
    static const char *const names[] = { "order", NULL };
    TyObject *order = NULL;
    if (tyArg_unpack("tobytes", args, nargs, kwnames, names, 0, 1, &order) < 0)
        return NULL;
    bool fortran = false;
    if (order && order != TY_NONE) {
        const char *o = TY_STR_CHECK(order) ? TY_STR_UTF8(order) : "";
        if (!TY_STR_CHECK(order))
            return tyErr_format(&TyExc_TypeError,
                                "tobytes() argument 'order' must be str or None, not %s",
                                tyType_name(TY_TYPE(order)));
        if (strcmp(o, "F") == 0)
            fortran = true;
        else if (strcmp(o, "C") != 0 && strcmp(o, "A") != 0)
            return tyErr_setString(&TyExc_ValueError, "order must be 'C', 'F' or 'A'");
    }
    return items_bytes(MV(self), fortran);
}

TY_CFUNC(mv_hex)
{
    if (no_args("hex", nargs, kwnames) < 0)
        return NULL;
    TyObject *b = to_bytes(MV(self));
    if (!b)
        return NULL;
    TyObject *r = tyBytes_m_hex(b, NULL, 0, NULL);
    TY_DECREF(b);
    return r;
}

TY_CFUNC(mv_toreadonly)
{
    TyMemoryView *v = MV(self);
    if (no_args("toreadonly", nargs, kwnames) < 0 || !view_data(v))
        return NULL;
    return copy_view(v, true);
}

/* Release the exporter, unless something still holds this view's bytes:
** None, or NULL with CPython's BufferError. */
static TyObject *release(TyMemoryView *v)
{
    if (v->exports > 0)
        return tyErr_format(&TyExc_BufferError, "memoryview has %zd exported buffer%s", v->exports,
                            v->exports > 1 ? "s" : "");
    drop_exporter(v);
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(mv_release)
{
    if (no_args("release", nargs, kwnames) < 0)
        return NULL;
    return release(MV(self));
}

TY_CFUNC(mv_enter)
{
    if (no_args("__enter__", nargs, kwnames) < 0 || !view_data(MV(self)))
        return NULL;
    return TY_NEWREF(self);
}

/* __exit__(*exc_info): release. */
TY_CFUNC(mv_exit)
{
    return release(MV(self));
}

static TyObject *get_obj(TyObject *o)
{
    return view_data(MV(o)) ? TY_NEWREF(MV(o)->obj) : NULL;
}

static TyObject *get_nbytes(TyObject *o)
{
    return view_data(MV(o)) ? tyInt_fromI64(item_count(MV(o)) * MV(o)->itemsize) : NULL;
}

static TyObject *get_readonly(TyObject *o)
{
    return view_data(MV(o)) ? tyBool_from(MV(o)->readonly) : NULL;
}

static TyObject *get_itemsize(TyObject *o)
{
    return view_data(MV(o)) ? tyInt_fromI64(MV(o)->itemsize) : NULL;
}

static TyObject *get_format(TyObject *o)
{
    char f[2] = { MV(o)->format, 0 };
    return view_data(MV(o)) ? tyStr_fromCStr(f) : NULL;
}

static TyObject *get_ndim(TyObject *o)
{
    return view_data(MV(o)) ? tyInt_fromI64(MV(o)->ndim) : NULL;
}

/* The ndim numbers at xs as a tuple: new reference. */
static TyObject *dims_tuple(const ssize_t *xs, int ndim)
{
    TyObject *t = tyTuple_new(ndim);
    for (int d = 0; t && d < ndim; d++) {
        TyObject *x = tyInt_fromI64(xs[d]);
        if (!x)
            TY_CLEAR(t);
        else
            TY_TUPLE_SET(t, d, x);
    }
    return t;
}

static TyObject *get_shape(TyObject *o)
{
    return view_data(MV(o)) ? dims_tuple(shape_of(MV(o)), MV(o)->ndim) : NULL;
}

static TyObject *get_strides(TyObject *o)
{
    return view_data(MV(o)) ? dims_tuple(strides_of(MV(o)), MV(o)->ndim) : NULL;
}

static TyObject *get_suboffsets(TyObject *o)
{
    return view_data(MV(o)) ? tyTuple_new(0) : NULL;
}

static TyObject *get_c_contiguous(TyObject *o)
{
    return view_data(MV(o)) ? tyBool_from(is_contiguous(MV(o), false)) : NULL;
}

static TyObject *get_f_contiguous(TyObject *o)
{
    return view_data(MV(o)) ? tyBool_from(is_contiguous(MV(o), true)) : NULL;
}

static TyObject *get_contiguous(TyObject *o)
{
    TyMemoryView *v = MV(o);
    return view_data(v) ? tyBool_from(is_contiguous(v, false) || is_contiguous(v, true)) : NULL;
}

static TyMethodDef mv_methods[] = {
    { "cast", mv_cast, TY_METH_DEFAULT, "Cast a memoryview to a new format or shape." },
    { "tolist", mv_tolist, TY_METH_DEFAULT, "Return the data in the buffer as a list of elements." },
    { "tobytes", mv_tobytes, TY_METH_DEFAULT, "Return the data in the buffer as a byte string." },
    { "hex", mv_hex, TY_METH_DEFAULT, "Return the data in the buffer as a str of hexadecimal numbers." },
    { "toreadonly", mv_toreadonly, TY_METH_DEFAULT, "Return a readonly version of the memoryview." },
    { "release", mv_release, TY_METH_DEFAULT, "Release the underlying buffer exposed by the memoryview object." },
    { "__enter__", mv_enter, TY_METH_DEFAULT, NULL },
    { "__exit__", mv_exit, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef mv_getset[] = {
    { "obj", get_obj, NULL, "The underlying object of the memoryview." },
    { "nbytes", get_nbytes, NULL, "The amount of space in bytes that the array would use in a contiguous representation." },
    { "readonly", get_readonly, NULL, "A bool indicating whether the memory is read only." },
    { "itemsize", get_itemsize, NULL, "The size in bytes of each element of the memoryview." },
    { "format", get_format, NULL, "A string containing the format (in struct module style) for each element in the view." },
    { "ndim", get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional array the memory represents." },
    { "shape", get_shape, NULL, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array." },
    { "strides", get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access each element for each dimension of the array." },
    { "suboffsets", get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays." },
    { "c_contiguous", get_c_contiguous, NULL, "A bool indicating whether the memory is C contiguous." },
    { "f_contiguous", get_f_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous." },
    { "contiguous", get_contiguous, NULL, "A bool indicating whether the memory is contiguous." },
    { NULL, NULL, NULL, NULL },
};

TyType TyMemoryView_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "memoryview",
    .basicsize = sizeof(TyMemoryView),
    /* A sequence pattern accepts it: CPython's site imports _collections_abc,
    ** whose Sequence.register(memoryview) sets the flag in every program. */
    .flags = TY_TPFLAG_GC | TY_TPFLAG_SEQUENCE,
    .dealloc = mv_dealloc,
    .traverse = mv_traverse,
    .clear = mv_clear,
    .weaklistoffset = offsetof(TyMemoryView, weakreflist),
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = mv_iter,
    .length = mv_len,
    .subscript = mv_subscript,
    .ass_subscript = mv_ass_subscript,
    .tp_new = mv_tp_new,
    .methods = mv_methods,
    .getset = mv_getset,
    .doc = "Create a new memoryview object which references the given object.",
};
