/*
** tuple.c — tuple: an immutable array of references, and its iterator.
**
** The empty tuple is one static immortal object.  Every other tuple is a
** GC object tracked from creation; the collector untracks tuples that hold
** only objects that can never be part of a cycle (gc.c, as CPython does).
** The hash is CPython 3.11's xxHash-based one, so hash((1, 2)) is the same
** number in tally and in python3.11.
*/
#include <limits.h>
#include "tally.h"
#include "objects/iter.h"
#include "freelist.h"

/*
** The empty tuple.  The collector may look at any GC object's head (to
** ask whether it is tracked), so the static object gets one too, zeroed:
** untracked.
*/
static struct {
    TyGCHead gc;
    TyTuple tuple;
} empty_tuple = {
    {0, 0},
    {{TY_STATIC_HEAD(&TyTuple_Type), 0}},
};

#define EMPTY_TUPLE ((TyObject *)&empty_tuple.tuple)

/*
** Free lists of dead exact tuples, one per size 1 .. TY_TUPLE_FREELIST_SIZES-1
** (ty_state.cache.tuple_free[size], chained through items[0]; see
** freelist.h), as CPython keeps.  tyTuple_clearFreelist releases them (at
** exit, and after full collections as CPython does).
*/
#define TUPLE_LINK offsetof(TyTuple, items)

static TyObject *tuple_from_freelist(ssize_t n)
{
    TyObject *t = tyFreeList_pop(&ty_state.cache.tuple_free[n], TUPLE_LINK);
    if (!t)
        return NULL;
    TY_AS_GC(t)->prev = 0;
    TY_TUPLE_SET(t, 0, NULL);
    return t;
}

/* Park a dead exact tuple (untracked, items released): true if taken. */
static bool tuple_to_freelist(TyObject *t)
{
    ssize_t n = TY_TUPLE_LEN(t);
    if (TY_TYPE(t) != &TyTuple_Type || n >= TY_TUPLE_FREELIST_SIZES)
        return false;
    memset(TY_TUPLE_ITEMS(t), 0, (size_t)n * sizeof(TyObject *));
    return tyFreeList_push(&ty_state.cache.tuple_free[n], t, TUPLE_LINK, TY_TUPLE_FREELIST_MAX);
}

/* Release the parked tuples. */
void tyTuple_clearFreelist(void)
{
    for (int n = 1; n < TY_TUPLE_FREELIST_SIZES; n++)
        tyFreeList_clear(&ty_state.cache.tuple_free[n], TUPLE_LINK);
}

/* New reference: a tracked tuple of n NULL slots (the empty tuple for 0). */
TyObject *tyTuple_new(ssize_t n)
{
    if (n == 0)
        return TY_NEWREF(EMPTY_TUPLE);
    if (n < 0 || (size_t)n > (SIZE_MAX - sizeof(TyTuple)) / sizeof(TyObject *))
        return tyErr_noMemory();
    TyObject *t = n < TY_TUPLE_FREELIST_SIZES ? tuple_from_freelist(n) : NULL;
    if (!t) {
        t = tyGC_allocVar(&TyTuple_Type, n);
        if (!t)
            return NULL;
        TY_SIZE(t) = n;
    }
    tyGC_track(t);
    return t;
}

/* New reference: a tuple of the n borrowed arguments. */
TyObject *tyTuple_pack(ssize_t n, ...)
{
    TyObject *t = tyTuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(t, i, TY_NEWREF(va_arg(ap, TyObject *)));
    va_end(ap);
    return t;
}

/* New reference: a tuple of n borrowed references (each increfed). */
TyObject *tyTuple_fromArray(TyObject *const *items, ssize_t n)
{
    TyObject *t = tyTuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(t, i, TY_NEWREF(items[i]));
    return t;
}

/* New reference: takes the n references, also when it fails. */
TyObject *tyTuple_fromArraySteal(TyObject *const *items, ssize_t n)
{
    TyObject *t = tyTuple_new(n);
    if (!t) {
        for (ssize_t i = 0; i < n; i++)
            TY_DECREF(items[i]);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(t, i, items[i]);
    return t;
}

/* New reference: tuple(iterable); an exact tuple is returned as is. */
TyObject *tyTuple_fromIterable(TyObject *iterable)
{
    if (TY_TUPLE_CHECK_EXACT(iterable))
        return TY_NEWREF(iterable);
    if (TY_LIST_CHECK_EXACT(iterable))
        return tyTuple_fromArray(TY_LIST_ITEMS(iterable), TY_LIST_LEN(iterable));
    TyObject *list = tyList_fromIterable(iterable);
    if (!list)
        return NULL;
    TyObject *t = tyTuple_fromArray(TY_LIST_ITEMS(list), TY_LIST_LEN(list));
    TY_DECREF(list);
    return t;
}

/* New reference: t[lo:hi] for 0 <= lo <= hi <= len(t). */
TyObject *tyTuple_slice(TyObject *t, ssize_t lo, ssize_t hi)
{
    if (lo == 0 && hi == TY_TUPLE_LEN(t) && TY_TUPLE_CHECK_EXACT(t))
        return TY_NEWREF(t);
    return tyTuple_fromArray(TY_TUPLE_ITEMS(t) + lo, hi - lo);
}

/* ---- slots --------------------------------------------------------------- */

static void tuple_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    ssize_t n = TY_TUPLE_LEN(o);
    while (--n >= 0)
        TY_XDECREF(TY_TUPLE_GET(o, n));
    if (!tuple_to_freelist(o))
        tyObj_free(o);
}

static int tuple_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    for (ssize_t i = TY_TUPLE_LEN(o) - 1; i >= 0; i--) {
        TyObject *item = TY_TUPLE_GET(o, i);
        if (item) {
            int r = visit(item, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static TyObject *tuple_repr(TyObject *o)
{
    ssize_t n = TY_TUPLE_LEN(o);
    if (n == 0)
        return tyStr_fromCStr("()");
    /* A tuple cannot contain itself directly, but can through a list. */
    int rc = tyObj_reprEnter(o);
    if (rc != 0)
        return rc > 0 ? tyStr_fromCStr("(...)") : NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendChar(&b, '(') < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && tyBuf_append(&b, ", ", 2) < 0)
            goto fail;
        if (tyBuf_appendRepr(&b, TY_TUPLE_GET(o, i)) < 0)
            goto fail;
    }
    if (tyBuf_appendC(&b, n == 1 ? ",)" : ")") < 0)
        goto fail;
    tyObj_reprLeave(o);
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    tyObj_reprLeave(o);
    return NULL;
}

/* CPython 3.11's tuple hash: xxHash's round function over item hashes. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static ty_hash tuple_hash(TyObject *o)
{
    ssize_t n = TY_TUPLE_LEN(o);
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        ty_hash lane = tyObj_hash(TY_TUPLE_GET(o, i));
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (ty_hash)acc;
}

/*
** Lexicographic comparison of two item arrays, shared by tuples and lists:
** the first position where the items differ decides, else the lengths.
** New reference.
*/
TyObject *tyTuple_compareItems(TyObject *const *a, ssize_t na, TyObject *const *b,
                               ssize_t nb, int op)
{
    ssize_t i;
    if (na != nb && (op == TY_EQ || op == TY_NE))
        return tyBool_from(op == TY_NE);
    for (i = 0; i < na && i < nb; i++) {
        int eq = tyObj_richCompareBool(a[i], b[i], TY_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb)
        return tyBool_from(tyObj_sizesCompare(na, nb, op));
    if (op == TY_EQ)
        return tyBool_from(false);
    if (op == TY_NE)
        return tyBool_from(true);
    return tyObj_richCompare(a[i], b[i], op);
}

static TyObject *tuple_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_TUPLE_CHECK(a) || !TY_TUPLE_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    return tyTuple_compareItems(TY_TUPLE_ITEMS(a), TY_TUPLE_LEN(a), TY_TUPLE_ITEMS(b),
                                TY_TUPLE_LEN(b), op);
}

static ssize_t tuple_length(TyObject *o)
{
    return TY_TUPLE_LEN(o);
}

static int tuple_contains(TyObject *o, TyObject *v)
{
    for (ssize_t i = 0; i < TY_TUPLE_LEN(o); i++) {
        int r = tyObj_richCompareBool(TY_TUPLE_GET(o, i), v, TY_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

/* a + b for a tuple a: a new reference, or TypeError when b is no tuple. */
static TyObject *tuple_concat(TyObject *a, TyObject *b)
{
    if (!TY_TUPLE_CHECK(b))
        return tyErr_format(&TyExc_TypeError, "can only concatenate tuple (not \"%T\") to tuple",
                            b);
    ssize_t na = TY_TUPLE_LEN(a), nb = TY_TUPLE_LEN(b);
    if (nb == 0 && TY_TUPLE_CHECK_EXACT(a))
        return TY_NEWREF(a);
    if (na == 0 && TY_TUPLE_CHECK_EXACT(b))
        return TY_NEWREF(b);
    if (na > SSIZE_MAX - nb)
        return tyErr_noMemory();
    TyObject *t = tyTuple_new(na + nb);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        TY_TUPLE_SET(t, i, TY_NEWREF(TY_TUPLE_GET(a, i)));
    for (ssize_t i = 0; i < nb; i++)
        TY_TUPLE_SET(t, na + i, TY_NEWREF(TY_TUPLE_GET(b, i)));
    return t;
}

static TyObject *tuple_repeat(TyObject *t, ssize_t count)
{
    ssize_t n = TY_TUPLE_LEN(t);
    if (count < 0)
        count = 0;
    if (n == 0 || count == 1) {
        if (TY_TUPLE_CHECK_EXACT(t))
            return TY_NEWREF(t);
        if (n == 0)
            return tyTuple_new(0);
    }
    if (count > 0 && n > SSIZE_MAX / (ssize_t)sizeof(TyObject *) / count)
        return tyErr_noMemory();
    TyObject *r = tyTuple_new(n * count);
    if (!r)
        return NULL;
    TyObject **dst = TY_TUPLE_ITEMS(r);
    for (ssize_t c = 0; c < count; c++)
        for (ssize_t i = 0; i < n; i++) {
            TyObject *item = TY_TUPLE_GET(t, i);
            *dst++ = TY_NEWREF(item);
        }
    return r;
}

/*
** Index conversion shared by the sequences: the C index of `key` (an int
** or an object with __index__), IndexError "cannot fit 'int' into an
** index-sized integer" when huge.  0, 1 when key is no integer, -1 on error.
*/
int tyTuple_indexOf(TyObject *key, ssize_t *out)
{
    if (TY_INT_CHECK(key) && TY_INT_IS_SMALL(key)) {
        *out = (ssize_t)TY_INT_VALUE(key);
        return 0;
    }
    if (!TY_INT_CHECK(key) && !TY_TYPE(key)->nb_index)
        return 1;
    *out = tyNum_asSsize(key, &TyExc_IndexError);
    if (*out == -1 && tyErr_occurred())
        return -1;
    return 0;
}

static TyObject *tuple_subscript(TyObject *o, TyObject *key)
{
    ssize_t i;
    int rc = tyTuple_indexOf(key, &i);
    if (rc == 0) {
        if (i < 0)
            i += TY_TUPLE_LEN(o);
        if ((size_t)i >= (size_t)TY_TUPLE_LEN(o))
            return tyErr_setString(&TyExc_IndexError, "tuple index out of range");
        return TY_NEWREF(TY_TUPLE_GET(o, i));
    }
    if (rc < 0)
        return NULL;
    if (TY_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (tySlice_indices(key, &((TyTuple *)o)->ob.size, &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return tyTuple_slice(o, start, n > 0 ? stop : start);
        TyObject *r = tyTuple_new(n);
        if (!r)
            return NULL;
        for (ssize_t k = 0; k < n; k++)
            TY_TUPLE_SET(r, k, TY_NEWREF(TY_TUPLE_GET(o, start + k * step)));
        return r;
    }
    return tyErr_format(&TyExc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

/* ---- constructor and methods -------------------------------------------- */

static TyObject *tuple_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (!tyType_overrides(type, &TyTuple_Type, TY_ID(__init__)) && tyArg_noKeywords("tuple", kwnames) < 0)
        return NULL;
    if (tyArg_checkPositional("tuple", nargs, 0, 1) < 0)
        return NULL;
    TyObject *t = nargs ? tyTuple_fromIterable(args[0]) : tyTuple_new(0);
    if (!t || type == &TyTuple_Type)
        return t;
    /* A subclass instance: copy the items into an object of that type. */
    ssize_t n = TY_TUPLE_LEN(t);
    TyObject *r = tyGC_allocVar(type, n);
    if (!r) {
        TY_DECREF(t);
        return NULL;
    }
    TY_SIZE(r) = n;
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(r, i, TY_NEWREF(TY_TUPLE_GET(t, i)));
    TY_DECREF(t);
    tyGC_track(r);
    return r;
}

/*
** The optional start/stop arguments of index(): clamp like CPython's
** _PyEval_SliceIndexNotNone, then to [0, len].  0 / -1.
*/
int tyTuple_indexRange(TyObject *const *args, size_t nargs, ssize_t len,
                       ssize_t *start, ssize_t *stop)
{
    *start = 0;
    *stop = len;
    for (size_t k = 1; k < nargs && k < 3; k++) {
        TyObject *v = args[k];
        ssize_t x;
        if (TY_INT_CHECK(v) && TY_INT_IS_SMALL(v)) {
            x = (ssize_t)TY_INT_VALUE(v);
        } else if (TY_INT_CHECK(v) || TY_TYPE(v)->nb_index) {
            TyObject *i = tyNum_index(v);
            if (!i)
                return -1;
            x = TY_INT_IS_SMALL(i) ? (ssize_t)TY_INT_VALUE(i)
                                   : (tyInt_sign(i) < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX);
            TY_DECREF(i);
        } else {
            tyErr_setString(&TyExc_TypeError,
                            "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (x < 0) {
            x += len;
            if (x < 0)
                x = 0;
        } else if (x > len) {
            x = len;
        }
        if (k == 1)
            *start = x;
        else
            *stop = x;
    }
    return 0;
}

static TyObject *tuple_index(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    ssize_t start, stop;
    if (tyArg_noKeywords("tuple.index", kwnames) < 0 ||
        tyArg_checkPositional("index", nargs, 1, 3) < 0 ||
        tyTuple_indexRange(args, nargs, TY_TUPLE_LEN(self), &start, &stop) < 0)
        return NULL;
    for (ssize_t i = start; i < stop && i < TY_TUPLE_LEN(self); i++) {
        int r = tyObj_richCompareBool(TY_TUPLE_GET(self, i), args[0], TY_EQ);
        if (r > 0)
            return tyInt_fromI64(i);
        if (r < 0)
            return NULL;
    }
    return tyErr_setString(&TyExc_ValueError, "tuple.index(x): x not in tuple");
}

static TyObject *tuple_count(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (tyArg_noKeywords("tuple.count", kwnames) < 0 ||
        tyArg_checkPositional("tuple.count", nargs, 1, 1) < 0)
        return NULL;
    int64_t count = 0;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(self); i++) {
        int r = tyObj_richCompareBool(TY_TUPLE_GET(self, i), args[0], TY_EQ);
        if (r < 0)
            return NULL;
        count += r;
    }
    return tyInt_fromI64(count);
}

static TyObject *tuple_getnewargs(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("tuple.__getnewargs__", kwnames) < 0 ||
        tyArg_checkPositional("tuple.__getnewargs__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *copy = tyTuple_fromArray(TY_TUPLE_ITEMS(self), TY_TUPLE_LEN(self));
    if (!copy)
        return NULL;
    TyObject *r = tyTuple_pack(1, copy);
    TY_DECREF(copy);
    return r;
}

/* ---- the iterator ----------------------------------------------------------- */

typedef struct TyTupleIter {
    TyObject ob;
    ssize_t index;
    TyObject *seq;          /* NULL once exhausted */
} TyTupleIter;


static TyObject *tuple_iter(TyObject *o)
{
    TyTupleIter *it = (TyTupleIter *)tyGC_alloc(&TyTupleIter_Type);
    if (!it)
        return NULL;
    it->index = 0;
    it->seq = TY_NEWREF(o);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void tupleiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyTupleIter *)o)->seq);
    tyObj_free(o);
}

static int tupleiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *seq = ((TyTupleIter *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

static TyObject *tupleiter_next(TyObject *o)
{
    TyTupleIter *it = (TyTupleIter *)o;
    TyObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index < TY_TUPLE_LEN(seq))
        return TY_NEWREF(TY_TUPLE_GET(seq, it->index++));
    it->seq = NULL;
    TY_DECREF(seq);
    return NULL;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *tupleiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                       TyObject *kwnames)
{
    if (tyArg_noKeywords("tuple_iterator.__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("tuple_iterator.__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    TyTupleIter *it = (TyTupleIter *)self;
    return tyInt_fromI64(it->seq ? TY_TUPLE_LEN(it->seq) - it->index : 0);
}

/* __reduce__: (iter, (tuple,), index), or (iter, ((),)) once exhausted. */
static TyObject *tupleiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyTupleIter *it = (TyTupleIter *)self;
    return it->seq ? tyIter_reduceAt("iter", it->seq, it->index) : tyIter_reduceExhausted(tyTuple_new(0));
}

/* __setstate__(index): clamped to [0, len]; an exhausted iterator stays so. */
static TyObject *tupleiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyTupleIter *it = (TyTupleIter *)self;
    ssize_t index;
    if (tyIter_stateIndex(args, nargs, kwnames, 0, it->seq ? TY_TUPLE_LEN(it->seq) : 0, &index) < 0)
        return NULL;
    if (it->seq)
        it->index = index;
    return tyNone_new();
}

static TyMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", tupleiter_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", tupleiter_setstate, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyTupleIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "tuple_iterator",
    .basicsize = sizeof(TyTupleIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static TyMethodDef tuple_methods[] = {
    {"index", tuple_index, TY_METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, TY_METH_DEFAULT, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static ssize_t tuple_var_size(TyObject *o)
{
    return (ssize_t)sizeof(TyTuple) + TY_TUPLE_LEN(o) * (ssize_t)sizeof(TyObject *);
}

TyType TyTuple_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "tuple",
    .basicsize = sizeof(TyTuple),
    .itemsize = sizeof(TyObject *),
    .var_size = tuple_var_size,
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_TUPLE_SUBCLASS | TY_TPFLAG_SEQUENCE | TY_TPFLAG_MATCH_SELF,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .traverse = tuple_traverse,
    .tp_new = tuple_tp_new,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .length = tuple_length,
    .subscript = tuple_subscript,
    .contains = tuple_contains,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
};
