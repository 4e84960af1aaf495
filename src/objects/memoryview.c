/*
** memoryview.c — memoryview over bytes, bytearray and array.array: a one-dimensional
** view of items of one native struct format ('B' at first; cast() gives
** others), read and, over a bytearray, written in place.
**
** A view keeps its exporter and finds the exporter's data anew at each
** access, so a bytearray that is resized under a view is never read out
** of bounds: the access raises BufferError instead (CPython forbids the
** resize while the view exists).
*/
#include <math.h>
#include "tally.h"
#include "objects/picklebuffer.h"
#include "objects/bytearray.h"
#include "objects/iter.h"
#include "objects/memoryview.h"
#include "modules/arraymodule.h"

typedef struct TyMemoryView {
    TyObject ob;
    TyObject *obj;          /* the bytes or bytearray; NULL once released */
    ssize_t offset;         /* byte offset of item 0 in obj's data */
    ssize_t len;            /* items */
    ssize_t stride;         /* bytes from one item to the next */
    ssize_t itemsize;
    char format;            /* a native struct format letter */
    bool readonly;
} TyMemoryView;

#define MV(o) ((TyMemoryView *)(o))

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
    TyMemoryView *v = (TyMemoryView *)tyObj_alloc(&TyMemoryView_Type);
    if (!v)
        return NULL;
    v->obj = TY_NEWREF(obj);
    v->offset = offset;
    v->len = len;
    v->stride = stride;
    v->itemsize = itemsize;
    v->format = format;
    v->readonly = readonly;
    return (TyObject *)v;
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
        return new_view(m->obj, m->offset, m->len, m->stride, m->itemsize, m->format, m->readonly);
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
    if (v->len > 0) {
        ssize_t last = v->offset + (v->len - 1) * v->stride;
        lo = last < lo ? last : lo;
        hi = (last > hi ? last : hi) + v->itemsize;
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

/* An int argument that must fit [lo, hi] (or [0, UINT64_MAX] when
** is_unsigned64): 0, or -1 with CPython's memoryview errors. */
static int int_value(TyObject *o, char format, int64_t lo, int64_t hi, bool is_unsigned64,
                     uint64_t *out)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "memoryview: invalid type for format '%c'", format);
        return -1;
    }
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
        double d;
        if (TY_FLOAT_CHECK(o))
            d = tyFloat_asDouble(o);
        else if (TY_INT_CHECK(o))
            d = tyInt_asDouble(o);
        else {
            tyErr_format(&TyExc_TypeError, "memoryview: invalid type for format '%c'", format);
            return -1;
        }
        if (d == -1.0 && tyErr_occurred())
            return -1;
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

static void mv_dealloc(TyObject *o)
{
    TY_XDECREF(MV(o)->obj);
    tyObj_free(o);
}

static TyObject *mv_repr(TyObject *o)
{
    return tyStr_fromFormat(MV(o)->obj ? "<memory at %p>" : "<released memory at %p>", (void *)o);
}

static ssize_t mv_len(TyObject *o)
{
    return view_data(MV(o)) ? MV(o)->len : -1;
}

/* The items as a list: new reference. */
static TyObject *to_list(TyMemoryView *v)
{
    const char *p = view_data(v);
    if (!p)
        return NULL;
    TyObject *list = tyList_new(v->len);
    for (ssize_t i = 0; list && i < v->len; i++) {
        TyObject *item = unpack(v->format, p + i * v->stride);
        if (!item)
            TY_CLEAR(list);
        else
            TY_LIST_SET(list, i, item);
    }
    return list;
}

/* The items' bytes, in order: new reference. */
static TyObject *to_bytes(TyMemoryView *v)
{
    const char *p = view_data(v);
    if (!p)
        return NULL;
    if (v->stride == v->itemsize)
        return tyBytes_fromData(p, v->len * v->itemsize);
    TyObject *b = tyBytes_fromData(NULL, v->len * v->itemsize);
    for (ssize_t i = 0; b && i < v->len; i++)
        memcpy(TY_BYTES_DATA(b) + i * v->itemsize, p + i * v->stride, (size_t)v->itemsize);
    return b;
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
    if (v->len > 1 && v->stride != v->itemsize) {
        tyErr_setString(&TyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *data = p;
    *nbytes = v->len * v->itemsize;
    *readonly = v->readonly;
    return 0;
}

/* An item index within the view: 0 / -1 with IndexError. */
static int item_index(TyMemoryView *v, TyObject *key, ssize_t *out)
{
    ssize_t i = tyInt_asSsize(key);
    if (i == -1 && tyErr_occurred())
        return -1;
    if (i < 0)
        i += v->len;
    if (i < 0 || i >= v->len) {
        tyErr_setString(&TyExc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = i;
    return 0;
}

static TyObject *mv_subscript(TyObject *o, TyObject *key)
{
    TyMemoryView *v = MV(o);
    const char *p = view_data(v);
    if (!p)
        return NULL;
    if (TY_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (tySlice_indices(key, &v->len, &start, &stop, &step, &n) < 0)
            return NULL;
        return new_view(v->obj, v->offset + start * v->stride, n, v->stride * step, v->itemsize,
                        v->format, v->readonly);
    }
    if (!TY_TYPE(key)->nb_index)
        return tyErr_setString(&TyExc_TypeError, "memoryview: invalid slice key");
    TyObject *index = tyNum_index(key);
    ssize_t i;
    int r = index ? item_index(v, index, &i) : -1;
    TY_XDECREF(index);
    return r < 0 ? NULL : unpack(v->format, p + i * v->stride);
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
    if (TY_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (tySlice_indices(key, &v->len, &start, &stop, &step, &n) < 0)
            return -1;
        TyObject *src = tyMemoryView_new(value);
        if (!src)
            return -1;
        TyObject *bytes = NULL;
        int r = -1;
        if (MV(src)->format != v->format || MV(src)->len != n)
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
    if (!TY_TYPE(key)->nb_index) {
        tyErr_setString(&TyExc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    TyObject *index = tyNum_index(key);
    ssize_t i;
    int r = index ? item_index(v, index, &i) : -1;
    TY_XDECREF(index);
    return r < 0 ? -1 : pack(v->format, p + i * v->stride, value);
}

/* Views (or bytes-like objects) are equal when their items are, item by
** item; a released view equals only itself. */
static TyObject *mv_richcompare(TyObject *a, TyObject *b, int op)
{
    if (op != TY_EQ && op != TY_NE)
        return TY_NEWREF(TY_NOTIMPL);
    if (!TY_IS_TYPE(b, &TyMemoryView_Type) && !tyBytes_isLike(b))
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
    ty_hash h = tyObj_hash(b);
    TY_DECREF(b);
    return h;
}

static TyObject *mv_iter(TyObject *o)
{
    return view_data(MV(o)) ? tySeqIter_new(o) : NULL;
}

/* No arguments: 0 / -1. */
static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

/* cast(format): the same bytes seen as items of another format, one of
** the two being a byte format. */
TY_CFUNC(mv_cast)
{
    static const char *const names[] = { "format", NULL };
    TyObject *fmt;
    TyMemoryView *v = MV(self);
    if (tyArg_unpack("cast", args, nargs, kwnames, names, 1, 1, &fmt) < 0)
        return NULL;
    if (!TY_STR_CHECK(fmt))
        return tyErr_format(&TyExc_TypeError, "cast() argument 'format' must be str, not %s",
                            tyType_name(TY_TYPE(fmt)));
    if (!view_data(v))
        return NULL;
    const char *f = TY_STR_UTF8(fmt);
    if (f[0] == '@')
        f++;
    ssize_t size = f[0] && !f[1] ? format_size(f[0]) : 0;
    if (!size)
        return tyErr_setString(&TyExc_ValueError,
                               "memoryview: destination format must be a native single character "
                               "format prefixed with an optional '@'");
    if (v->stride != v->itemsize)
        return tyErr_setString(&TyExc_TypeError,
                               "memoryview: casts are restricted to C-contiguous views");
    bool from_bytes = v->format == 'B' || v->format == 'b' || v->format == 'c';
    bool to_bytes_fmt = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
    if (!from_bytes && !to_bytes_fmt)
        return tyErr_setString(&TyExc_TypeError,
                               "memoryview: cannot cast between two non-byte formats");
    ssize_t nbytes = v->len * v->itemsize;
    if (nbytes % size)
        return tyErr_setString(&TyExc_TypeError, "memoryview: length is not a multiple of itemsize");
    return new_view(v->obj, v->offset, nbytes / size, size, size, f[0], v->readonly);
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
    return to_bytes(MV(self));
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
    return new_view(v->obj, v->offset, v->len, v->stride, v->itemsize, v->format, true);
}

TY_CFUNC(mv_release)
{
    if (no_args("release", nargs, kwnames) < 0)
        return NULL;
    TY_CLEAR(MV(self)->obj);
    return TY_NEWREF(TY_NONE);
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
    TY_CLEAR(MV(self)->obj);
    return TY_NEWREF(TY_NONE);
}

static TyObject *get_obj(TyObject *o)
{
    return view_data(MV(o)) ? TY_NEWREF(MV(o)->obj) : NULL;
}

static TyObject *get_nbytes(TyObject *o)
{
    return view_data(MV(o)) ? tyInt_fromI64(MV(o)->len * MV(o)->itemsize) : NULL;
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
    return view_data(MV(o)) ? tyInt_fromI64(1) : NULL;
}

/* (n,): new reference. */
static TyObject *one_tuple(ssize_t n)
{
    TyObject *i = tyInt_fromI64(n);
    TyObject *t = i ? tyTuple_pack(1, i) : NULL;
    TY_XDECREF(i);
    return t;
}

static TyObject *get_shape(TyObject *o)
{
    return view_data(MV(o)) ? one_tuple(MV(o)->len) : NULL;
}

static TyObject *get_strides(TyObject *o)
{
    return view_data(MV(o)) ? one_tuple(MV(o)->stride) : NULL;
}

static TyObject *get_suboffsets(TyObject *o)
{
    return view_data(MV(o)) ? tyTuple_new(0) : NULL;
}

static TyObject *get_contiguous(TyObject *o)
{
    TyMemoryView *v = MV(o);
    return view_data(v) ? tyBool_from(v->len <= 1 || v->stride == v->itemsize) : NULL;
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
    { "c_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is C contiguous." },
    { "f_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous." },
    { "contiguous", get_contiguous, NULL, "A bool indicating whether the memory is contiguous." },
    { NULL, NULL, NULL, NULL },
};

TyType TyMemoryView_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "memoryview",
    .basicsize = sizeof(TyMemoryView),
    .dealloc = mv_dealloc,
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
