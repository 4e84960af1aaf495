/*
** range.c — range objects and their iterator.
**
** start, stop, step and the length are C int64 values: a bound, or a
** length, that does not fit raises OverflowError "Python int too large to
** convert to C ssize_t" when the range is made (CPython falls back to
** arbitrary-precision ranges there; docs/language.md lists the
** difference).  The iterator keeps the next value, the step and a count of
** remaining values, so the VM's FOR_ITER can step it inline; values are
** advanced with wrapping unsigned arithmetic, since the step past the last
** value may leave the int64 range.
*/
#include <limits.h>
#include "tally.h"

#define RANGE(o) ((TyRange *)(o))

static TyObject *overflow(void)
{
    return tyErr_setString(&TyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

/* An integer argument as int64: 0 / -1 (TypeError, OverflowError). */
static int to_i64(TyObject *o, int64_t *out)
{
    if (TY_INT_CHECK_EXACT(o) && TY_INT_IS_SMALL(o)) {
        *out = TY_INT_VALUE(o);
        return 0;
    }
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    bool small = TY_INT_IS_SMALL(i);
    *out = TY_INT_VALUE(i);
    TY_DECREF(i);
    if (!small) {
        overflow();
        return -1;
    }
    return 0;
}

/* The number of values of range(start, stop, step), or -1 when it does
** not fit in an int64. */
static int64_t range_len(int64_t start, int64_t stop, int64_t step)
{
    uint64_t n;
    if (step > 0) {
        if (start >= stop)
            return 0;
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    } else {
        if (start <= stop)
            return 0;
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

static TyObject *range_make(int64_t start, int64_t stop, int64_t step)
{
    int64_t len = range_len(start, stop, step);
    if (len < 0)
        return overflow();
    TyRange *r = (TyRange *)tyObj_alloc(&TyRange_Type);
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return (TyObject *)r;
}

static TyObject *range_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (tyArg_noKeywords("range", kwnames) < 0 || tyArg_checkPositional("range", nargs, 1, 3) < 0)
        return NULL;
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (to_i64(args[0], &stop) < 0)
            return NULL;
    } else {
        if (to_i64(args[0], &start) < 0 || to_i64(args[1], &stop) < 0)
            return NULL;
        if (nargs == 3) {
            if (to_i64(args[2], &step) < 0)
                return NULL;
            if (step == 0)
                return tyErr_setString(&TyExc_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_make(start, stop, step);
}

/* The i-th value (0 <= i < length); always inside the int64 range. */
static inline int64_t range_item(TyRange *r, int64_t i)
{
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

static TyObject *range_repr(TyObject *o)
{
    TyRange *r = RANGE(o);
    if (r->step == 1)
        return tyStr_fromFormat("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return tyStr_fromFormat("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                            (long long)r->step);
}

static ssize_t range_length(TyObject *o)
{
    return (ssize_t)RANGE(o)->length;
}

static int range_bool(TyObject *o)
{
    return RANGE(o)->length != 0;
}

/* Is the int value v one of r's values? */
static bool range_has(TyRange *r, int64_t v)
{
    if (r->length == 0)
        return false;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop)
            return false;
        return ((uint64_t)v - (uint64_t)r->start) % (uint64_t)r->step == 0;
    }
    if (v > r->start || v <= r->stop)
        return false;
    return ((uint64_t)r->start - (uint64_t)v) % (0 - (uint64_t)r->step) == 0;
}

/* Ints and bools are decided by arithmetic; anything else by ==. */
static int range_contains(TyObject *o, TyObject *v)
{
    TyRange *r = RANGE(o);
    if (TY_INT_CHECK_EXACT(v) || TY_BOOL_CHECK(v))
        return TY_INT_IS_SMALL(v) && range_has(r, TY_INT_VALUE(v));
    for (int64_t i = 0; i < r->length; i++) {
        TyObject *item = tyInt_fromI64(range_item(r, i));
        if (!item)
            return -1;
        int c = tyObj_richCompareBool(item, v, TY_EQ);
        TY_DECREF(item);
        if (c != 0)
            return c;
    }
    return 0;
}

/* CPython's range_hash: hash((len, start, step)) with None for the parts
** that do not matter (start when empty, step when at most one value). */
static ty_hash range_hash(TyObject *o)
{
    TyRange *r = RANGE(o);
    TyObject *len = tyInt_fromI64(r->length);
    TyObject *start = r->length ? tyInt_fromI64(r->start) : TY_NEWREF(TY_NONE);
    TyObject *step = r->length > 1 ? tyInt_fromI64(r->step) : TY_NEWREF(TY_NONE);
    TyObject *t = (len && start && step) ? tyTuple_pack(3, len, start, step) : NULL;
    TY_XDECREF(len);
    TY_XDECREF(start);
    TY_XDECREF(step);
    if (!t)
        return -1;
    ty_hash h = tyObj_hash(t);
    TY_DECREF(t);
    return h;
}

/* Ranges are equal when they give the same values. */
static TyObject *range_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_IS_TYPE(a, &TyRange_Type) || !TY_IS_TYPE(b, &TyRange_Type) ||
        (op != TY_EQ && op != TY_NE))
        return TY_NEWREF(TY_NOTIMPL);
    TyRange *x = RANGE(a), *y = RANGE(b);
    bool eq;
    if (x == y)
        eq = true;
    else if (x->length != y->length)
        eq = false;
    else if (x->length == 0)
        eq = true;
    else if (x->start != y->start)
        eq = false;
    else
        eq = x->length == 1 || x->step == y->step;
    return tyBool_from(eq == (op == TY_EQ));
}

/* r[key]: an integer key (through __index__) of any size is an index,
** out of range beyond the length however large, as in CPython. */
static TyObject *range_subscript(TyObject *o, TyObject *key)
{
    TyRange *r = RANGE(o);
    if (TY_INT_CHECK(key) || TY_TYPE(key)->nb_index) {
        TyObject *index = tyNum_index(key);
        if (!index)
            return NULL;
        bool small = TY_INT_IS_SMALL(index);
        int64_t i = small ? TY_INT_VALUE(index) : 0;
        TY_DECREF(index);
        if (!small)
            return tyErr_setString(&TyExc_IndexError, "range object index out of range");
        if (i < 0)
            i += r->length;
        if (i < 0 || i >= r->length)
            return tyErr_setString(&TyExc_IndexError, "range object index out of range");
        return tyInt_fromI64(range_item(r, i));
    }
    if (!TY_SLICE_CHECK(key))
        return tyErr_format(&TyExc_TypeError, "range indices must be integers or slices, not %T", key);
    ssize_t start, stop, step, n;
    if (tySlice_indices(key, (ssize_t)r->length, &start, &stop, &step, &n) < 0)
        return NULL;
    __int128 s = (__int128)r->start + (__int128)start * r->step;
    __int128 e = (__int128)r->start + (__int128)stop * r->step;
    __int128 st = (__int128)r->step * step;
    if (s < INT64_MIN || s > INT64_MAX || e < INT64_MIN || e > INT64_MAX ||
        st < INT64_MIN || st > INT64_MAX)
        return overflow();
    return range_make((int64_t)s, (int64_t)e, (int64_t)st);
}

/* ---- methods ----------------------------------------------------------------- */

/*
** An object other than an int is looked for by comparing it with each item,
** as a sequence is searched: the number of equal items, or with `first` the
** index of the first one (-1 when there is none); -2 on error.
*/
static int64_t search_items(TyRange *r, TyObject *v, bool first)
{
    int64_t count = 0;
    for (int64_t i = 0; i < r->length; i++) {
        TyObject *item = tyInt_fromI64(range_item(r, i));
        if (!item)
            return -2;
        int c = tyObj_richCompareBool(item, v, TY_EQ);
        TY_DECREF(item);
        if (c < 0)
            return -2;
        if (c && first)
            return i;
        count += c;
    }
    return first ? -1 : count;
}

static TyObject *range_count_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("range.count", kwnames) < 0 ||
        tyArg_checkPositional("range.count", nargs, 1, 1) < 0)
        return NULL;
    TyRange *r = RANGE(self);
    TyObject *v = args[0];
    if (TY_INT_CHECK_EXACT(v) || TY_BOOL_CHECK(v))
        return tyInt_fromI64(TY_INT_IS_SMALL(v) && range_has(r, TY_INT_VALUE(v)));
    int64_t count = search_items(r, v, false);
    return count < 0 ? NULL : tyInt_fromI64(count);
}

static TyObject *range_index_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("range.index", kwnames) < 0 ||
        tyArg_checkPositional("range.index", nargs, 1, 1) < 0)
        return NULL;
    TyRange *r = RANGE(self);
    TyObject *v = args[0];
    if (TY_INT_CHECK_EXACT(v) || TY_BOOL_CHECK(v)) {
        if (TY_INT_IS_SMALL(v) && range_has(r, TY_INT_VALUE(v))) {
            uint64_t dist = r->step > 0 ? (uint64_t)TY_INT_VALUE(v) - (uint64_t)r->start
                                        : (uint64_t)r->start - (uint64_t)TY_INT_VALUE(v);
            uint64_t astep = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
            return tyInt_fromI64((int64_t)(dist / astep));
        }
        return tyErr_format(&TyExc_ValueError, "%R is not in range", v);
    }
    int64_t i = search_items(r, v, true);
    if (i == -2)
        return NULL;
    if (i >= 0)
        return tyInt_fromI64(i);
    return tyErr_setString(&TyExc_ValueError, "sequence.index(x): x not in sequence");
}

static TyObject *rangeiter_make(int64_t next, int64_t step, int64_t remaining)
{
    TyRangeIter *it = (TyRangeIter *)tyObj_alloc(&TyRangeIter_Type);
    if (!it)
        return NULL;
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return (TyObject *)it;
}

static TyObject *range_iter(TyObject *o)
{
    TyRange *r = RANGE(o);
    return rangeiter_make(r->start, r->step, r->length);
}

static TyObject *range_reversed_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    if (tyArg_noKeywords("range.__reversed__", kwnames) < 0 ||
        tyArg_checkPositional("range.__reversed__", nargs, 0, 0) < 0)
        return NULL;
    TyRange *r = RANGE(self);
    if (r->length == 0)
        return rangeiter_make(r->start, 1, 0);
    if (r->step == INT64_MIN)
        return overflow();
    return rangeiter_make(range_item(r, r->length - 1), -r->step, r->length);
}

static TyObject *range_get_start(TyObject *o) { return tyInt_fromI64(RANGE(o)->start); }
static TyObject *range_get_stop(TyObject *o) { return tyInt_fromI64(RANGE(o)->stop); }
static TyObject *range_get_step(TyObject *o) { return tyInt_fromI64(RANGE(o)->step); }

static TyMethodDef range_methods[] = {
    {"count", range_count_meth, TY_METH_DEFAULT, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index_meth, TY_METH_DEFAULT,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"__reversed__", range_reversed_meth, TY_METH_DEFAULT, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static TyGetSetDef range_getset[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

TyType TyRange_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "range",
    .basicsize = sizeof(TyRange),
    .flags = TY_TPFLAG_SEQUENCE,
    .dealloc = tyObj_free,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .tp_new = range_tp_new,
    .nb_bool = range_bool,
    .length = range_length,
    .subscript = range_subscript,
    .contains = range_contains,
    .methods = range_methods,
    .getset = range_getset,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.",
};

/* ---- the iterator ----------------------------------------------------------------- */

static TyObject *rangeiter_next(TyObject *o)
{
    TyRangeIter *it = (TyRangeIter *)o;
    if (it->remaining <= 0)
        return NULL;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->remaining--;
    return tyInt_fromI64(v);
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *rangeiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                       TyObject *kwnames)
{
    if (tyArg_noKeywords("range_iterator.__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("range_iterator.__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    int64_t n = ((TyRangeIter *)self)->remaining;
    return tyInt_fromI64(n > 0 ? n : 0);
}

static TyMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyRangeIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "range_iterator",
    .basicsize = sizeof(TyRangeIter),
    .dealloc = tyObj_free,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};
