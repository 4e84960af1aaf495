/*
** arraymodule.c — the `array` module: array.array, a compact sequence of
** C numbers (or wchar_t characters for 'u') with CPython's typecodes,
** conversions, error messages and methods.  Its bytes are exported to
** bytes-like consumers (struct, binascii, memoryview, ...) through
** buffer.c.
**
** An item is converted into a scratch slot first and only then stored, so
** a failed conversion leaves the array as it was.  The range errors keep
** CPython's wording, which comes from the argument-parsing code each
** typecode's converter uses ('b' is first read as a short, 'H' as an int).
*/
#include <limits.h>
#include <wchar.h>
#include "tally.h"
#include "buffer.h"
#include "import.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/weakref.h"
#include "modules/arraymodule.h"

static const char TYPECODES[] = "bBuhHiIlLqQfd";

typedef struct Array {
    TyObject ob;
    char typecode;
    ssize_t itemsize;
    char *data;
    ssize_t len;        /* items */
    ssize_t cap;        /* items the allocation holds */
    ssize_t exports;    /* views pinning the array (buffer.h): len is fixed */
    TyObject *weaklist;
} Array;

#define ARR(o) ((Array *)(o))

static TyType Array_Type;

static ssize_t typecode_size(char tc)
{
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'u': return (ssize_t)sizeof(wchar_t);
    case 'h': case 'H': return (ssize_t)sizeof(short);
    case 'i': case 'I': return (ssize_t)sizeof(int);
    case 'l': case 'L': return (ssize_t)sizeof(long);
    case 'q': case 'Q': return (ssize_t)sizeof(long long);
    case 'f': return (ssize_t)sizeof(float);
    case 'd': return (ssize_t)sizeof(double);
    default: return 0;
    }
}

bool tyArray_check(TyObject *o)
{
    return TY_IS_INSTANCE(o, &Array_Type);
}

char *tyArray_span(TyObject *o, ssize_t *nbytes, char *format, ssize_t *itemsize)
{
    Array *a = ARR(o);
    *nbytes = a->len * a->itemsize;
    *format = a->typecode;
    *itemsize = a->itemsize;
    return a->data ? a->data : (char *)"";
}

ssize_t *tyArray_exports(TyObject *o)
{
    return &ARR(o)->exports;
}

/* Can a's length become n?  Not while views pin it: -1 with CPython's
** BufferError then. */
static int check_resizable(Array *a, ssize_t n)
{
    if (a->exports > 0 && n != a->len) {
        tyErr_setString(&TyExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    return 0;
}

/* Room for n items in all, where n is the length about to be set: 0, or
** -1 with MemoryError or check_resizable's BufferError. */
static int reserve(Array *a, ssize_t n)
{
    if (check_resizable(a, n) < 0)
        return -1;
    if (n <= a->cap)
        return 0;
    ssize_t cap = n < 4 ? 4 : n + n / 8 + 4;
    if (cap > SSIZE_MAX / a->itemsize) {
        tyErr_noMemory();
        return -1;
    }
    char *p = tyMem_realloc(a->data, (size_t)(cap * a->itemsize));
    if (!p)
        return -1;
    a->data = p;
    a->cap = cap;
    return 0;
}

static Array *array_alloc(TyType *type, char tc)
{
    Array *a = (Array *)tyType_genericAlloc(type, 0);
    if (a) {
        a->typecode = tc;
        a->itemsize = typecode_size(tc);
    }
    return a;
}

/* ---- items ---------------------------------------------------------------------- */

/* Item i as a Python object: new reference. */
static TyObject *item_get(const Array *a, ssize_t i)
{
    const char *p = a->data + i * a->itemsize;
#define LOAD_(T) (*(const T *)(const void *)p)
    switch (a->typecode) {
    case 'b': return tyInt_fromI64(LOAD_(signed char));
    case 'B': return tyInt_fromI64(LOAD_(unsigned char));
    case 'u': return tyStr_fromCodepoint((uint32_t)LOAD_(wchar_t));
    case 'h': return tyInt_fromI64(LOAD_(short));
    case 'H': return tyInt_fromI64(LOAD_(unsigned short));
    case 'i': return tyInt_fromI64(LOAD_(int));
    case 'I': return tyInt_fromU64(LOAD_(unsigned int));
    case 'l': return tyInt_fromI64(LOAD_(long));
    case 'L': return tyInt_fromU64(LOAD_(unsigned long));
    case 'q': return tyInt_fromI64(LOAD_(long long));
    case 'Q': return tyInt_fromU64(LOAD_(unsigned long long));
    case 'f': return tyFloat_from(LOAD_(float));
    default: return tyFloat_from(LOAD_(double));
    }
#undef LOAD_
}

static int overflow(const char *msg)
{
    tyErr_setString(&TyExc_OverflowError, msg);
    return -1;
}

/* A range check with CPython's "... is less than minimum" / "... is
** greater than maximum" wording for `what`. */
static int check_range(int64_t v, int64_t lo, int64_t hi, const char *what)
{
    char msg[64];
    if (v >= lo && v <= hi)
        return 0;
    snprintf(msg, sizeof msg, "%s is %s", what, v < lo ? "less than minimum" : "greater than maximum");
    return overflow(msg);
}

/* Convert an int-like v for an integer typecode into out: 0, or -1. */
static int convert_int(char tc, TyObject *v, char *out)
{
    TyObject *n = tyNum_index(v);
    if (!n)
        return -1;
    int sign = tyInt_sign(n);
    bool small = TY_INT_IS_SMALL(n);
    uint64_t bits = tyInt_asU64Mask(n);
    bool fits_u64 = sign >= 0 && (small || mpz_sizeinbase(((TyInt *)n)->big, 2) <= 64);
    TY_DECREF(n);
    int64_t sv = (int64_t)bits;
#define STORE_(T, x) (*(T *)(void *)out = (T)(x))
    switch (tc) {
    case 'I': case 'L':
        if (sign < 0)
            return overflow("can't convert negative value to unsigned int");
        if (!fits_u64) {
            tyArg_tooLarge("unsigned long");
            return -1;
        }
        if (tc == 'I' && bits > UINT_MAX)
            return overflow("unsigned int is greater than maximum");
        if (tc == 'I')
            STORE_(unsigned int, bits);
        else
            STORE_(unsigned long, bits);
        return 0;
    case 'q':
        if (!small)
            return overflow("int too big to convert");
        STORE_(long long, sv);
        return 0;
    case 'Q':
        if (sign < 0)
            return overflow("can't convert negative int to unsigned");
        if (!fits_u64)
            return overflow("int too big to convert");
        STORE_(unsigned long long, bits);
        return 0;
    default:
        break;
    }
    if (!small) {
        tyArg_tooLarge("long");
        return -1;
    }
    switch (tc) {
    case 'b':
        if (check_range(sv, SHRT_MIN, SHRT_MAX, "signed short integer") < 0 ||
            check_range(sv, SCHAR_MIN, SCHAR_MAX, "signed char") < 0)
            return -1;
        STORE_(signed char, sv);
        return 0;
    case 'B':
        if (check_range(sv, 0, UCHAR_MAX, "unsigned byte integer") < 0)
            return -1;
        STORE_(unsigned char, sv);
        return 0;
    case 'h':
        if (check_range(sv, SHRT_MIN, SHRT_MAX, "signed short integer") < 0)
            return -1;
        STORE_(short, sv);
        return 0;
    case 'H':
        if (check_range(sv, INT_MIN, INT_MAX, "signed integer") < 0 ||
            check_range(sv, 0, USHRT_MAX, "unsigned short") < 0)
            return -1;
        STORE_(unsigned short, sv);
        return 0;
    case 'i':
        if (check_range(sv, INT_MIN, INT_MAX, "signed integer") < 0)
            return -1;
        STORE_(int, sv);
        return 0;
    default:
        STORE_(long, sv);
        return 0;
    }
#undef STORE_
}

/* Convert v to the array's item type into out (itemsize bytes): 0, or -1
** with CPython's TypeError / OverflowError. */
static int item_convert(char tc, TyObject *v, char *out)
{
    if (tc == 'f' || tc == 'd') {
        double x = tyFloat_asDouble(v);
        if (x == -1.0 && tyErr_occurred())
            return -1;
        if (tc == 'f') {
            float y = (float)x;
            memcpy(out, &y, sizeof y);
        } else {
            memcpy(out, &x, sizeof x);
        }
        return 0;
    }
    if (tc == 'u') {
        if (!TY_STR_CHECK(v) || TY_STR_LEN(v) != 1) {
            tyErr_setString(&TyExc_TypeError, "array item must be unicode character");
            return -1;
        }
        wchar_t w = (wchar_t)tyStr_codepointAt(v, 0);
        memcpy(out, &w, sizeof w);
        return 0;
    }
    return convert_int(tc, v, out);
}

static int append_item(Array *a, TyObject *v)
{
    char slot[16];
    if (item_convert(a->typecode, v, slot) < 0 || reserve(a, a->len + 1) < 0)
        return -1;
    memcpy(a->data + a->len * a->itemsize, slot, (size_t)a->itemsize);
    a->len++;
    return 0;
}

/* Append n items' bytes: 0, or -1.  p may point into a's own items
** (a.extend(a), a += a), which reserve can move: it is then followed. */
static int append_bytes(Array *a, const char *p, ssize_t n)
{
    if (n == 0)
        return 0;
    uintptr_t start = (uintptr_t)a->data, at = (uintptr_t)p;
    bool own = a->data && at >= start && at < start + (uintptr_t)(a->len * a->itemsize);
    if (reserve(a, a->len + n) < 0)
        return -1;
    if (own)
        p = a->data + (at - start);
    memmove(a->data + a->len * a->itemsize, p, (size_t)(n * a->itemsize));
    a->len += n;
    return 0;
}

static int extend_iterable(Array *a, TyObject *iterable)
{
    if (tyArray_check(iterable)) {
        if (ARR(iterable)->typecode != a->typecode) {
            tyErr_setString(&TyExc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        return append_bytes(a, ARR(iterable)->data, ARR(iterable)->len);
    }
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return -1;
    TyObject *v;
    while ((v = tyIter_next(it)) != NULL) {
        int r = append_item(a, v);
        TY_DECREF(v);
        if (r < 0) {
            TY_DECREF(it);
            return -1;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

static int frombytes(Array *a, TyObject *o)
{
    TyBuffer view;
    if (tyBuffer_get(o, &view) < 0)
        return -1;
    if (view.len % a->itemsize) {
        tyErr_setString(&TyExc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    return append_bytes(a, view.data, view.len / a->itemsize);
}

static int fromunicode(Array *a, TyObject *s)
{
    ssize_t n = TY_STR_LEN(s);
    if (reserve(a, a->len + n) < 0)
        return -1;
    for (ssize_t i = 0; i < n; i++) {
        wchar_t w = (wchar_t)tyStr_codepointAt(s, i);
        memcpy(a->data + (a->len + i) * a->itemsize, &w, sizeof w);
    }
    a->len += n;
    return 0;
}

/* ---- construction ------------------------------------------------------------------- */

/* array(typecode[, initializer]). */
static TyObject *array_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (type == &Array_Type && tyArg_noKeywords("array.array", kwnames) < 0)
        return NULL;
    if (tyArg_checkTupleCount("array", nargs, 1, 2) < 0)
        return NULL;
    TyObject *tco = args[0];
    if (!TY_STR_CHECK(tco) || TY_STR_LEN(tco) != 1)
        return tyErr_format(&TyExc_TypeError, "array() argument 1 must be a unicode character, not %T", tco);
    char tc = TY_STR_UTF8(tco)[0];
    if (!TY_STR_IS_ASCII(tco) || !strchr(TYPECODES, tc))
        return tyErr_setString(&TyExc_ValueError,
                               "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    TyObject *init = nargs > 1 ? args[1] : NULL;
    if (init && TY_STR_CHECK(init) && tc != 'u')
        return tyErr_format(&TyExc_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
    if (init && tyArray_check(init) && ARR(init)->typecode == 'u' && tc != 'u')
        return tyErr_format(&TyExc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                            tc);
    Array *a = array_alloc(type, tc);
    if (!a)
        return NULL;
    int r = 0;
    if (!init)
        r = 0;
    else if (TY_STR_CHECK(init))
        r = fromunicode(a, init);
    else if (tyBytes_isLike(init))
        r = frombytes(a, init);
    else if (tyArray_check(init) && ARR(init)->typecode != tc) {
        for (ssize_t i = 0; i < ARR(init)->len && r == 0; i++) {
            TyObject *v = item_get(ARR(init), i);
            r = v ? append_item(a, v) : -1;
            TY_XDECREF(v);
        }
    } else
        r = extend_iterable(a, init);
    if (r < 0) {
        TY_DECREF(a);
        return NULL;
    }
    return (TyObject *)a;
}

static void array_dealloc(TyObject *o)
{
    Array *a = ARR(o);
    if (a->weaklist)
        tyWeakref_clear(o);
    tyMem_free(a->data);
    tyObj_free(o);
}

/* A new array.array (never a subclass's, as CPython's slices, copies and
** concatenations are) of self's typecode holding n items from p. */
static TyObject *array_from(Array *self, const char *p, ssize_t n)
{
    Array *a = array_alloc(&Array_Type, self->typecode);
    if (a && n && append_bytes(a, p, n) < 0)
        TY_CLEAR(a);
    return (TyObject *)a;
}

/* ---- sequence slots -------------------------------------------------------------------- */

static ssize_t array_len(TyObject *o)
{
    return ARR(o)->len;
}

static int index_of(Array *a, TyObject *key, ssize_t *out, const char *msg)
{
    ssize_t i = tyNum_asSsize(key, &TyExc_IndexError);
    if (i == -1 && tyErr_occurred())
        return -1;
    if (i < 0)
        i += a->len;
    if (i < 0 || i >= a->len) {
        tyErr_setString(&TyExc_IndexError, msg);
        return -1;
    }
    *out = i;
    return 0;
}

static TyObject *array_subscript(TyObject *o, TyObject *key)
{
    Array *a = ARR(o);
    if (TY_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (tySlice_indices(key, &a->len, &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return array_from(a, a->data + start * a->itemsize, n);
        Array *r = array_alloc(&Array_Type, a->typecode);
        if (!r || reserve(r, n) < 0) {
            TY_XDECREF(r);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++)
            memcpy(r->data + i * a->itemsize, a->data + (start + i * step) * a->itemsize, (size_t)a->itemsize);
        r->len = n;
        return (TyObject *)r;
    }
    if (!TY_INT_CHECK(key) && !TY_TYPE(key)->nb_index)
        return tyErr_setString(&TyExc_TypeError, "array indices must be integers");
    ssize_t i;
    if (index_of(a, key, &i, "array index out of range") < 0)
        return NULL;
    return item_get(a, i);
}

/* Delete items start, start+step, ... (n of them; step > 0): 0, or -1
** with check_resizable's BufferError. */
static int delete_items(Array *a, ssize_t start, ssize_t step, ssize_t n)
{
    if (check_resizable(a, a->len - n) < 0)
        return -1;
    ssize_t sz = a->itemsize, w = start;
    for (ssize_t r = start; r < a->len; r++) {
        bool gone = r >= start && (r - start) % step == 0 && (r - start) / step < n;
        if (!gone)
            memmove(a->data + w++ * sz, a->data + r * sz, (size_t)sz);
    }
    a->len -= n;
    return 0;
}

static int assign_slice(Array *a, TyObject *key, TyObject *value)
{
    ssize_t start, stop, step, n;
    if (tySlice_indices(key, &a->len, &start, &stop, &step, &n) < 0)
        return -1;
    /* The slice is normalised to a positive step from its lowest index;
    ** ostep keeps the order the items are assigned in. */
    ssize_t ostep = step;
    if (step < 0) {
        start += (n - 1) * step;
        step = -step;
    }
    if (!value)
        return n > 0 ? delete_items(a, start, step, n) : 0;
    if (!tyArray_check(value)) {
        tyErr_format(&TyExc_TypeError, "can only assign array (not \"%T\") to array slice", value);
        return -1;
    }
    Array *v = ARR(value);
    if (v->typecode != a->typecode) {
        tyErr_setString(&TyExc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    /* value may be a itself: work on a copy of its bytes. */
    ssize_t vn = v->len, sz = a->itemsize;
    char *copy = tyMem_malloc((size_t)(vn * sz + 1));
    if (!copy)
        return -1;
    memcpy(copy, v->data ? v->data : "", (size_t)(vn * sz));
    int r = 0;
    if (ostep == 1) {
        ssize_t stop1 = start + n;
        if (reserve(a, a->len - n + vn) < 0) {
            r = -1;
        } else {
            memmove(a->data + (start + vn) * sz, a->data + stop1 * sz, (size_t)((a->len - stop1) * sz));
            memcpy(a->data + start * sz, copy, (size_t)(vn * sz));
            a->len += vn - n;
        }
    } else if (vn != n) {
        tyErr_format(&TyExc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", vn, n);
        r = -1;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            ssize_t src = ostep < 0 ? n - 1 - i : i;
            memcpy(a->data + (start + i * step) * sz, copy + src * sz, (size_t)sz);
        }
    }
    tyMem_free(copy);
    return r;
}

static int array_ass_subscript(TyObject *o, TyObject *key, TyObject *value)
{
    Array *a = ARR(o);
    if (TY_SLICE_CHECK(key))
        return assign_slice(a, key, value);
    if (!TY_INT_CHECK(key) && !TY_TYPE(key)->nb_index) {
        tyErr_setString(&TyExc_TypeError, "array indices must be integers");
        return -1;
    }
    ssize_t i;
    if (index_of(a, key, &i, "array assignment index out of range") < 0)
        return -1;
    if (!value)
        return delete_items(a, i, 1, 1);
    char slot[16];
    if (item_convert(a->typecode, value, slot) < 0)
        return -1;
    /* The value's __index__ may have shrunk the array (CPython 3.11
    ** writes past the end then). */
    if (i >= a->len) {
        tyErr_setString(&TyExc_IndexError, "array assignment index out of range");
        return -1;
    }
    memcpy(a->data + i * a->itemsize, slot, (size_t)a->itemsize);
    return 0;
}

/* The index of the first item equal to v in [lo, hi), -1 when none, -2 on error. */
static ssize_t find(Array *a, TyObject *v, ssize_t lo, ssize_t hi)
{
    for (ssize_t i = lo; i < hi && i < a->len; i++) {
        TyObject *x = item_get(a, i);
        int eq = x ? tyObj_richCompareBool(x, v, TY_EQ) : -1;
        TY_XDECREF(x);
        if (eq != 0)
            return eq > 0 ? i : -2;
    }
    return -1;
}

static int array_contains(TyObject *o, TyObject *v)
{
    ssize_t i = find(ARR(o), v, 0, ARR(o)->len);
    return i == -2 ? -1 : i >= 0;
}

static TyObject *array_concat(TyObject *o, TyObject *other)
{
    Array *a = ARR(o);
    if (!tyArray_check(other))
        return tyErr_format(&TyExc_TypeError, "can only append array (not \"%T\") to array", other);
    if (ARR(other)->typecode != a->typecode)
        return tyErr_setString(&TyExc_TypeError, "bad argument type for built-in operation");
    TyObject *r = array_from(a, a->data, a->len);
    if (r && append_bytes(ARR(r), ARR(other)->data, ARR(other)->len) < 0)
        TY_CLEAR(r);
    return r;
}

static TyObject *array_inplace_concat(TyObject *o, TyObject *other)
{
    if (!tyArray_check(other))
        return tyErr_format(&TyExc_TypeError, "can only extend array with array (not \"%T\")", other);
    if (extend_iterable(ARR(o), other) < 0)
        return NULL;
    return TY_NEWREF(o);
}

/* Repeat a's items n times in place (n >= 0). */
static int repeat_in_place(Array *a, ssize_t n)
{
    ssize_t len = a->len;
    if (n <= 0 || len == 0) {
        if (check_resizable(a, 0) < 0)
            return -1;
        a->len = 0;
        return 0;
    }
    if (len > SSIZE_MAX / n) {
        tyErr_noMemory();
        return -1;
    }
    if (reserve(a, len * n) < 0)
        return -1;
    for (ssize_t k = 1; k < n; k++)
        memcpy(a->data + k * len * a->itemsize, a->data, (size_t)(len * a->itemsize));
    a->len = len * n;
    return 0;
}

static TyObject *array_repeat(TyObject *o, ssize_t n)
{
    TyObject *r = array_from(ARR(o), ARR(o)->data, ARR(o)->len);
    if (r && repeat_in_place(ARR(r), n) < 0)
        TY_CLEAR(r);
    return r;
}

static TyObject *array_inplace_repeat(TyObject *o, ssize_t n)
{
    if (repeat_in_place(ARR(o), n) < 0)
        return NULL;
    return TY_NEWREF(o);
}

/* Item by item, as CPython's: NotImplemented unless both are arrays. */
static TyObject *array_richcompare(TyObject *x, TyObject *y, int op)
{
    if (!tyArray_check(x) || !tyArray_check(y))
        return TY_NEWREF(TY_NOTIMPL);
    Array *a = ARR(x), *b = ARR(y);
    if (a->len != b->len && (op == TY_EQ || op == TY_NE))
        return tyBool_from(op == TY_NE);
    ssize_t i;
    for (i = 0; i < a->len && i < b->len; i++) {
        TyObject *u = item_get(a, i), *v = item_get(b, i);
        int eq = u && v ? tyObj_richCompareBool(u, v, TY_EQ) : -1;
        if (eq == 0) {
            TyObject *r = tyObj_richCompare(u, v, op);
            TY_DECREF(u);
            TY_DECREF(v);
            return r;
        }
        TY_XDECREF(u);
        TY_XDECREF(v);
        if (eq < 0)
            return NULL;
    }
    ssize_t la = a->len, lb = b->len;
    bool r;
    switch (op) {
    case TY_LT: r = la < lb; break;
    case TY_LE: r = la <= lb; break;
    case TY_EQ: r = la == lb; break;
    case TY_NE: r = la != lb; break;
    case TY_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return tyBool_from(r);
}

static TyObject *array_tolist(Array *a)
{
    TyObject *list = tyList_new(0);
    for (ssize_t i = 0; list && i < a->len; i++) {
        TyObject *v = item_get(a, i);
        if (!v || tyList_appendSteal(list, v) < 0)
            TY_CLEAR(list);
    }
    return list;
}

static TyObject *array_tounicode(Array *a)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    for (ssize_t i = 0; i < a->len; i++) {
        wchar_t w;
        memcpy(&w, a->data + i * a->itemsize, sizeof w);
        if ((uint32_t)w > 0x10ffff) {
            tyBuf_free(&b);
            return tyErr_format(&TyExc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                                (unsigned)w);
        }
        if (tyBuf_appendCodepoint(&b, (uint32_t)w) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    }
    return tyBuf_finish(&b);
}

static TyObject *array_repr(TyObject *o)
{
    Array *a = ARR(o);
    const char *tn = tyType_name(TY_TYPE(o));
    if (a->len == 0)
        return tyStr_fromFormat("%s('%c')", TY_TYPE(o) == &Array_Type ? "array" : tn, a->typecode);
    TyObject *items = a->typecode == 'u' ? array_tounicode(a) : array_tolist(a);
    if (!items)
        return NULL;
    TyObject *r = tyStr_fromFormat("%s('%c', %R)", TY_TYPE(o) == &Array_Type ? "array" : tn, a->typecode, items);
    TY_DECREF(items);
    return r;
}

/* ---- methods -------------------------------------------------------------------------- */

static int args_exactly(const char *fname, size_t nargs, TyObject *kwnames, size_t n)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    return n == 0 ? tyArg_checkPositional(fname, nargs, 0, 0) : tyArg_checkCount(fname, nargs, n, n);
}

TY_CFUNC(m_append)
{
    if (args_exactly("append", nargs, kwnames, 1) < 0 || append_item(ARR(self), args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_extend)
{
    if (args_exactly("extend", nargs, kwnames, 1) < 0 || extend_iterable(ARR(self), args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_insert)
{
    if (args_exactly("insert", nargs, kwnames, 2) < 0)
        return NULL;
    Array *a = ARR(self);
    ssize_t i = tyNum_asSsize(args[0], NULL);
    char slot[16];
    if ((i == -1 && tyErr_occurred()) || item_convert(a->typecode, args[1], slot) < 0 ||
        reserve(a, a->len + 1) < 0)
        return NULL;
    if (i < 0)
        i = i + a->len < 0 ? 0 : i + a->len;
    if (i > a->len)
        i = a->len;
    memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize, (size_t)((a->len - i) * a->itemsize));
    memcpy(a->data + i * a->itemsize, slot, (size_t)a->itemsize);
    a->len++;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_pop)
{
    if (tyArg_noKeywords("pop", kwnames) < 0 || tyArg_checkCount("pop", nargs, 0, 1) < 0)
        return NULL;
    Array *a = ARR(self);
    ssize_t i = -1;
    if (nargs && (i = tyNum_asSsize(args[0], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (a->len == 0)
        return tyErr_setString(&TyExc_IndexError, "pop from empty array");
    if (i < 0)
        i += a->len;
    if (i < 0 || i >= a->len)
        return tyErr_setString(&TyExc_IndexError, "pop index out of range");
    TyObject *v = item_get(a, i);
    if (v && delete_items(a, i, 1, 1) < 0)
        TY_CLEAR(v);
    return v;
}

TY_CFUNC(m_remove)
{
    if (args_exactly("remove", nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t i = find(ARR(self), args[0], 0, ARR(self)->len);
    if (i == -2)
        return NULL;
    if (i < 0)
        return tyErr_setString(&TyExc_ValueError, "array.remove(x): x not in array");
    if (delete_items(ARR(self), i, 1, 1) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_index)
{
    if (tyArg_noKeywords("index", kwnames) < 0 || tyArg_checkCount("index", nargs, 1, 3) < 0)
        return NULL;
    Array *a = ARR(self);
    ssize_t bounds[2] = { 0, SSIZE_MAX };
    for (size_t k = 1; k < nargs; k++) {
        if (tyNum_asClampedSsize(args[k], &bounds[k - 1]) < 0)
            return NULL;
        if (bounds[k - 1] < 0) {
            bounds[k - 1] += a->len;
            if (bounds[k - 1] < 0)
                bounds[k - 1] = 0;
        }
    }
    ssize_t i = find(a, args[0], bounds[0], bounds[1]);
    if (i == -2)
        return NULL;
    if (i < 0)
        return tyErr_setString(&TyExc_ValueError, "array.index(x): x not in array");
    return tyInt_fromI64(i);
}

TY_CFUNC(m_count)
{
    if (args_exactly("count", nargs, kwnames, 1) < 0)
        return NULL;
    Array *a = ARR(self);
    ssize_t n = 0;
    for (ssize_t i = 0; i < a->len; i++) {
        TyObject *x = item_get(a, i);
        int eq = x ? tyObj_richCompareBool(x, args[0], TY_EQ) : -1;
        TY_XDECREF(x);
        if (eq < 0)
            return NULL;
        n += eq;
    }
    return tyInt_fromI64(n);
}

TY_CFUNC(m_reverse)
{
    if (args_exactly("reverse", nargs, kwnames, 0) < 0)
        return NULL;
    Array *a = ARR(self);
    char tmp[16];
    for (ssize_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(tmp, a->data + i * a->itemsize, (size_t)a->itemsize);
        memcpy(a->data + i * a->itemsize, a->data + j * a->itemsize, (size_t)a->itemsize);
        memcpy(a->data + j * a->itemsize, tmp, (size_t)a->itemsize);
    }
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_byteswap)
{
    if (args_exactly("byteswap", nargs, kwnames, 0) < 0)
        return NULL;
    Array *a = ARR(self);
    for (ssize_t i = 0; i < a->len; i++) {
        char *p = a->data + i * a->itemsize;
        for (ssize_t x = 0, y = a->itemsize - 1; x < y; x++, y--) {
            char c = p[x];
            p[x] = p[y];
            p[y] = c;
        }
    }
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_tobytes)
{
    if (args_exactly("tobytes", nargs, kwnames, 0) < 0)
        return NULL;
    return tyBytes_fromData(ARR(self)->data ? ARR(self)->data : "", ARR(self)->len * ARR(self)->itemsize);
}

TY_CFUNC(m_frombytes)
{
    if (args_exactly("frombytes", nargs, kwnames, 1) < 0 || frombytes(ARR(self), args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_tolist)
{
    if (args_exactly("tolist", nargs, kwnames, 0) < 0)
        return NULL;
    return array_tolist(ARR(self));
}

/* fromlist(list): all items or none. */
TY_CFUNC(m_fromlist)
{
    if (args_exactly("fromlist", nargs, kwnames, 1) < 0)
        return NULL;
    if (!TY_IS_INSTANCE(args[0], &TyList_Type))
        return tyErr_setString(&TyExc_TypeError, "arg must be list");
    Array *a = ARR(self);
    ssize_t before = a->len;
    TyObject *it = tyObj_getIter(args[0]);
    TyObject *v;
    while (it && (v = tyIter_next(it)) != NULL) {
        int r = append_item(a, v);
        TY_DECREF(v);
        if (r < 0)
            break;
    }
    TY_XDECREF(it);
    if (tyErr_occurred()) {
        a->len = before;
        return NULL;
    }
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_fromunicode)
{
    if (args_exactly("fromunicode", nargs, kwnames, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "fromunicode() argument must be str, not %T", args[0]);
    if (ARR(self)->typecode != 'u')
        return tyErr_setString(&TyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
    if (fromunicode(ARR(self), args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(m_tounicode)
{
    if (args_exactly("tounicode", nargs, kwnames, 0) < 0)
        return NULL;
    if (ARR(self)->typecode != 'u')
        return tyErr_setString(&TyExc_ValueError, "tounicode() may only be called on unicode type arrays");
    return array_tounicode(ARR(self));
}

TY_CFUNC(m_buffer_info)
{
    if (args_exactly("buffer_info", nargs, kwnames, 0) < 0)
        return NULL;
    TyObject *addr = tyInt_fromU64((uint64_t)(uintptr_t)ARR(self)->data);
    TyObject *len = tyInt_fromI64(ARR(self)->len);
    TyObject *r = addr && len ? tyTuple_pack(2, addr, len) : NULL;
    TY_XDECREF(addr);
    TY_XDECREF(len);
    return r;
}

/* __copy__() / __deepcopy__(memo): the items hold no references. */
TY_CFUNC(m_copy)
{
    return array_from(ARR(self), ARR(self)->data, ARR(self)->len);
}

/* tofile(f): f.write(the bytes). */
TY_CFUNC(m_tofile)
{
    if (args_exactly("tofile", nargs, kwnames, 1) < 0)
        return NULL;
    TyObject *b = m_tobytes(self, NULL, 0, NULL);
    if (!b)
        return NULL;
    TyObject *name = tyStr_fromCStr("write");
    TyObject *r = name ? tyObj_callMethod(args[0], name, &b, 1) : NULL;
    TY_XDECREF(name);
    TY_DECREF(b);
    if (!r)
        return NULL;
    TY_DECREF(r);
    return TY_NEWREF(TY_NONE);
}

/* fromfile(f, n): n items from f.read(). */
TY_CFUNC(m_fromfile)
{
    if (args_exactly("fromfile", nargs, kwnames, 2) < 0)
        return NULL;
    Array *a = ARR(self);
    ssize_t n = tyNum_asSsize(args[1], NULL);
    if (n == -1 && tyErr_occurred())
        return NULL;
    if (n < 0)
        return tyErr_setString(&TyExc_ValueError, "negative count");
    if (n > SSIZE_MAX / a->itemsize)
        return tyErr_noMemory();
    TyObject *name = tyStr_fromCStr("read");
    TyObject *size = tyInt_fromI64(n * a->itemsize);
    TyObject *b = name && size ? tyObj_callMethod(args[0], name, &size, 1) : NULL;
    TY_XDECREF(name);
    TY_XDECREF(size);
    if (!b)
        return NULL;
    if (!TY_BYTES_CHECK(b)) {
        TY_DECREF(b);
        return tyErr_setString(&TyExc_TypeError, "read() didn't return bytes");
    }
    ssize_t got = TY_BYTES_LEN(b) / a->itemsize;
    int r = append_bytes(a, TY_BYTES_DATA(b), got);
    TY_DECREF(b);
    if (r < 0)
        return NULL;
    if (got != n)
        return tyErr_setString(&TyExc_EOFError, "read() didn't return enough bytes");
    return TY_NEWREF(TY_NONE);
}

/* ---- _array_reconstructor ------------------------------------------------------------ */

/* CPython's machine format codes (the third argument of the reconstructor
** that its arrays pickle to): integers of 1, 2, 4 and 8 bytes, unsigned and
** signed, little- and big-endian, then IEEE 754 floats and doubles, then
** UTF-16 and UTF-32, each little- and big-endian. */
enum { MF_INT_FIRST = 0, MF_INT_LAST = 13, MF_FLOAT_LE = 14, MF_DOUBLE_LE = 16, MF_UTF16_LE = 18, MF_LAST = 21 };

/* The machine format code of typecode tc's items on this machine: how its
** arrays pickle from protocol 3 on. */
static int native_mformat(char tc)
{
    int big = __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__;
    switch (tc) {
    case 'b': return 1;
    case 'B': return 0;
    case 'u': return MF_UTF16_LE + (sizeof(wchar_t) == 2 ? 0 : 2) + big;
    case 'f': return MF_FLOAT_LE + big;
    case 'd': return MF_DOUBLE_LE + big;
    default: break;
    }
    ssize_t size = typecode_size(tc);
    int base = size == 2 ? 2 : size == 4 ? 6 : 10;
    return base + (tc >= 'a' ? 2 : 0) + big;
}

/* The size in bytes of one item of machine format code mf. */
static int mformat_size(int mf)
{
    if (mf <= MF_INT_LAST)
        return mf < 2 ? 1 : 2 << ((mf - 2) / 4);
    if (mf < MF_DOUBLE_LE)
        return 4;
    if (mf < MF_UTF16_LE)
        return 8;
    return mf < MF_UTF16_LE + 2 ? 2 : 4;
}

/* Whether integer machine format mf is signed. */
static bool mformat_signed(int mf)
{
    return mf < 2 ? mf == 1 : (mf - 2) % 4 >= 2;
}

/* The item at p of integer or IEEE machine format mf as a Python int or
** float: new reference, or NULL. */
static TyObject *mformat_item(int mf, const unsigned char *p)
{
    int size = mformat_size(mf);
    bool big = mf < 2 ? false : (mf < MF_UTF16_LE ? (mf - 2) % 2 == 1 : (mf - MF_UTF16_LE) % 2 == 1);
    uint64_t u = 0;
    for (int i = 0; i < size; i++)
        u |= (uint64_t)p[big ? i : size - 1 - i] << (8 * (size - 1 - i));
    if (mf == MF_FLOAT_LE || mf == MF_FLOAT_LE + 1) {
        uint32_t w = (uint32_t)u;
        float f;
        memcpy(&f, &w, sizeof f);
        return tyFloat_from(f);
    }
    if (mf >= MF_DOUBLE_LE) {
        double d;
        memcpy(&d, &u, sizeof d);
        return tyFloat_from(d);
    }
    bool is_signed = mformat_signed(mf);
    if (!is_signed)
        return tyInt_fromU64(u);
    int shift = 64 - 8 * size;
    return tyInt_fromI64((int64_t)(u << shift) >> shift);
}

/* The items of `items` in machine format mf: a list of int or float, or
** for the UTF formats a str.  New reference, or NULL. */
static TyObject *mformat_decode(int mf, TyObject *items)
{
    static const char *const encodings[] = { "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be" };
    if (mf >= MF_UTF16_LE) {
        TyObject *name = tyStr_fromCStr("decode");
        TyObject *enc = name ? tyStr_fromCStr(encodings[mf - MF_UTF16_LE]) : NULL;
        TyObject *r = enc ? tyObj_callMethod(items, name, &enc, 1) : NULL;
        TY_XDECREF(name);
        TY_XDECREF(enc);
        return r;
    }
    ssize_t size = mformat_size(mf), len = TY_BYTES_LEN(items);
    if (len % size != 0)
        return tyErr_setString(&TyExc_ValueError, "string length not a multiple of item size");
    TyObject *list = tyList_new(0);
    const unsigned char *data = (const unsigned char *)TY_BYTES_DATA(items);
    for (ssize_t i = 0; list && i < len; i += size)
        if (tyList_appendSteal(list, mformat_item(mf, data + i)) < 0)
            TY_CLEAR(list);
    return list;
}

/* The typecode an array rebuilt from machine format mf gets: for an
** integer format other than tc's own, as CPython's, the last integer
** typecode (in TYPECODES order) of the format's size and signedness;
** else tc.
** New reference. */
static TyObject *mformat_typecode(int mf, TyObject *tc)
{
    if (mf > MF_INT_LAST || native_mformat(TY_STR_UTF8(tc)[0]) == mf)
        return TY_NEWREF(tc);
    bool is_signed = mformat_signed(mf);
    char found = 0;
    for (const char *p = TYPECODES; *p; p++)
        if (*p != 'u' && *p != 'f' && *p != 'd' && typecode_size(*p) == mformat_size(mf) &&
            (*p >= 'a') == is_signed)
            found = *p;
    return tyStr_fromAscii(&found, 1);
}

/* _array_reconstructor(arraytype, typecode, mformat_code, items): the
** array of `arraytype` (array.array or a subtype) and `typecode` holding
** `items`, bytes of machine format mformat_code decoded to values (an
** integer format picks its own typecode: mformat_typecode), as CPython's
** arrays unpickle from protocol 3 on. */
static TyObject *array_reconstructor(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_array_reconstructor", kwnames) < 0 ||
        tyArg_checkPositional("_array_reconstructor", nargs, 4, 4) < 0)
        return NULL;
    TyObject *type = args[0], *tc = args[1], *code = args[2], *items = args[3];
    if (!TY_TYPE_CHECK(type))
        return tyErr_format(&TyExc_TypeError, "first argument must be a type object, not %T", type);
    if (!tyType_isSubtype((TyType *)type, &Array_Type))
        return tyErr_format(&TyExc_TypeError, "%s is not a subtype of array.array", tyType_name((TyType *)type));
    if (!TY_STR_CHECK(tc) || TY_STR_LEN(tc) != 1)
        return tyErr_format(&TyExc_TypeError,
                            "_array_reconstructor() argument 2 must be a unicode character, not %T", tc);
    if (!TY_INT_CHECK(code))
        return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            tyType_name(TY_TYPE(code)));
    if (!TY_BYTES_CHECK(items))
        return tyErr_format(&TyExc_TypeError, "fourth argument should be bytes, not %T", items);
    if (!TY_STR_IS_ASCII(tc) || !strchr(TYPECODES, TY_STR_UTF8(tc)[0]))
        return tyErr_setString(&TyExc_ValueError, "second argument must be a valid type code");
    int64_t mf;
    if (tyInt_asI64(code, &mf) < 0 && !tyErr_exceptionMatches(&TyExc_OverflowError))
        return NULL;
    if (tyErr_occurred() || mf < MF_INT_FIRST || mf > MF_LAST) {
        tyErr_clear();
        return tyErr_setString(&TyExc_ValueError, "third argument must be a valid machine format code.");
    }
    TyObject *values = mformat_decode((int)mf, items);
    TyObject *code_tc = values ? mformat_typecode((int)mf, tc) : NULL;
    TyObject *cargs[2] = { code_tc, values };
    TyObject *r = code_tc ? tyObj_call(type, cargs, 2, NULL) : NULL;
    TY_XDECREF(values);
    TY_XDECREF(code_tc);
    return r;
}

/* __reduce_ex__(protocol): CPython's answer, (type, (typecode, list),
** __dict__ or None) for protocols 0-2, and from protocol 3 on
** (_array_reconstructor, (type, typecode, machine format code, bytes),
** __dict__ or None). */
TY_CFUNC(m_reduce_ex)
{
    if (args_exactly("__reduce_ex__", nargs, kwnames, 1) < 0)
        return NULL;
    if (!TY_INT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            tyType_name(TY_TYPE(args[0])));
    int64_t protocol;
    if (tyInt_asI64(args[0], &protocol) < 0) {
        if (!tyErr_exceptionMatches(&TyExc_OverflowError))
            return NULL;
        tyErr_clear();
        protocol = tyInt_sign(args[0]) < 0 ? 0 : 3;
    }
    Array *a = ARR(self);
    TyObject *dict;
    if (tyObj_lookupAttr(self, TY_ID(__dict__), &dict) < 0)
        return NULL;
    if (!dict)
        dict = TY_NEWREF(TY_NONE);
    TyObject *tc = tyStr_fromAscii(&a->typecode, 1);
    TyObject *func = NULL, *cargs = NULL;
    if (tc && protocol < 3) {
        TyObject *items = array_tolist(a);
        func = items ? TY_NEWREF(TY_TYPE(self)) : NULL;
        cargs = func ? tyTuple_pack(2, tc, items) : NULL;
        TY_XDECREF(items);
    } else if (tc) {
        TyObject *module = tyImport_importC("array");
        func = module ? tyObj_getAttrStr(module, "_array_reconstructor") : NULL;
        TyObject *code = func ? tyInt_fromI64(native_mformat(a->typecode)) : NULL;
        TyObject *bytes = code ? tyBytes_fromData(a->data ? a->data : "", a->len * a->itemsize) : NULL;
        cargs = bytes ? tyTuple_pack(4, (TyObject *)TY_TYPE(self), tc, code, bytes) : NULL;
        TY_XDECREF(module);
        TY_XDECREF(code);
        TY_XDECREF(bytes);
    }
    TyObject *r = cargs ? tyTuple_pack(3, func, cargs, dict) : NULL;
    TY_XDECREF(tc);
    TY_XDECREF(func);
    TY_XDECREF(cargs);
    TY_DECREF(dict);
    return r;
}

static TyObject *get_typecode(TyObject *self)
{
    return tyStr_fromAscii(&ARR(self)->typecode, 1);
}

static TyObject *get_itemsize(TyObject *self)
{
    return tyInt_fromI64(ARR(self)->itemsize);
}

static TyMethodDef array_methods[] = {
    { "append", m_append, TY_METH_DEFAULT, "Append new value v to the end of the array." },
    { "buffer_info", m_buffer_info, TY_METH_DEFAULT, "Return a tuple (address, length) giving the current memory address and the length in items." },
    { "byteswap", m_byteswap, TY_METH_DEFAULT, "Byteswap all items of the array." },
    { "count", m_count, TY_METH_DEFAULT, "Return number of occurrences of v in the array." },
    { "extend", m_extend, TY_METH_DEFAULT, "Append items to the end of the array." },
    { "frombytes", m_frombytes, TY_METH_DEFAULT, "Appends items from the string, interpreting it as an array of machine values." },
    { "fromfile", m_fromfile, TY_METH_DEFAULT, "Read n objects from the file object f and append them to the end of the array." },
    { "fromlist", m_fromlist, TY_METH_DEFAULT, "Append items to array from list." },
    { "fromunicode", m_fromunicode, TY_METH_DEFAULT, "Extends this array with data from the unicode string ustr." },
    { "index", m_index, TY_METH_DEFAULT, "Return index of first occurrence of v in the array." },
    { "insert", m_insert, TY_METH_DEFAULT, "Insert a new item v into the array before position i." },
    { "pop", m_pop, TY_METH_DEFAULT, "Return the i-th element and delete it from the array." },
    { "remove", m_remove, TY_METH_DEFAULT, "Remove the first occurrence of v in the array." },
    { "reverse", m_reverse, TY_METH_DEFAULT, "Reverse the order of the items in the array." },
    { "tobytes", m_tobytes, TY_METH_DEFAULT, "Convert the array to an array of machine values and return the bytes representation." },
    { "tofile", m_tofile, TY_METH_DEFAULT, "Write all items (as machine values) to the file object f." },
    { "tolist", m_tolist, TY_METH_DEFAULT, "Convert array to an ordinary list with the same items." },
    { "tounicode", m_tounicode, TY_METH_DEFAULT, "Extends this array with data from the unicode string ustr." },
    { "__copy__", m_copy, TY_METH_DEFAULT, "Return a copy of the array." },
    { "__deepcopy__", m_copy, TY_METH_DEFAULT, "Return a copy of the array." },
    { "__reduce_ex__", m_reduce_ex, TY_METH_DEFAULT, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef array_getset[] = {
    { "typecode", get_typecode, NULL, "the typecode character used to create the array" },
    { "itemsize", get_itemsize, NULL, "the size, in bytes, of one array item" },
    { NULL, NULL, NULL, NULL },
};

static TyObject *array_iter(TyObject *o)
{
    return tySeqIter_new(o);
}

static TyType Array_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "array.array",
    .basicsize = sizeof(Array),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_SEQUENCE,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .length = array_len,
    .subscript = array_subscript,
    .ass_subscript = array_ass_subscript,
    .contains = array_contains,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
    .methods = array_methods,
    .getset = array_getset,
    .tp_new = array_tp_new,
    .weaklistoffset = offsetof(Array, weaklist),
    .doc = "array(typecode [, initializer]) -> array",
};

static TyMethodDef array_functions[] = {
    { "_array_reconstructor", array_reconstructor, TY_METH_DEFAULT, "Internal. Used for pickling support." },
    { NULL, NULL, 0, NULL },
};

/* collections.abc.MutableSequence.register(array), as CPython's array
** module does when it is imported: 0, or -1 with the error.  Without
** CPython's library (no collections.abc) there is nothing to register
** with, and array works all the same. */
static int register_sequence(void)
{
    TyObject *collections = tyImport_importC("collections.abc");
    if (!collections && tyErr_exceptionMatches(&TyExc_ImportError)) {
        tyErr_clear();
        return 0;
    }
    TyObject *abc = collections ? tyObj_getAttrStr(collections, "abc") : NULL;
    TyObject *seq = abc ? tyObj_getAttrStr(abc, "MutableSequence") : NULL;
    TyObject *name = seq ? tyStr_fromCStr("register") : NULL;
    TyObject *type = (TyObject *)&Array_Type;
    TyObject *r = name ? tyObj_callMethod(seq, name, &type, 1) : NULL;
    TY_XDECREF(collections);
    TY_XDECREF(abc);
    TY_XDECREF(seq);
    TY_XDECREF(name);
    TY_XDECREF(r);
    return r ? 0 : -1;
}

TyObject *tyArray_create(void)
{
    if (tyType_ready(&Array_Type) < 0 || register_sequence() < 0)
        return NULL;
    TyObject *m = tyModule_new("array", array_functions);
    TyObject *codes = m ? tyStr_fromCStr(TYPECODES) : NULL;
    if (!codes || tyModule_addObject(m, "array", (TyObject *)&Array_Type) < 0 ||
        tyModule_addObject(m, "ArrayType", (TyObject *)&Array_Type) < 0 ||
        tyModule_addObject(m, "typecodes", codes) < 0)
        TY_CLEAR(m);
    TY_XDECREF(codes);
    return m;
}

void tyArray_fini(void)
{
    tyType_finiStatic(&Array_Type);
}
