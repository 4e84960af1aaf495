/*
** range.c — range objects and their iterators.
**
** A range keeps the exact ints it was made from and its length, as
** CPython's does, so its bounds may be of any size (range(2**100)).  A
** range whose bounds and length fit in int64 (nearly every range) also
** keeps them as C values and works in C arithmetic; only the others go
** through int arithmetic.  The two iterator types are CPython's:
** range_iterator (C values, stepped inline by the VM's FOR_ITER) where
** CPython's range_iter or range_reverse would make one, longrange_iterator
** (ints) otherwise; the choice is visible (`type(iter(range(1 << 1000)))`
** is how _collections_abc names longrange_iterator), so it follows
** CPython's tests exactly, including their cases that fall back to
** longrange_iterator for values that would fit.
**
** Ranges and their iterators hold only ints, which hold nothing, so they
** are not tracked by the collector (as in CPython).
*/
#include <limits.h>
#include "tally.h"
#include "objects/iter.h"

#define RANGE(o) ((TyRange *)(o))

static TyObject *overflow(void)
{
    return tyArg_tooLarge("ssize_t");
}

/* CPython's PyNumber_Index: an exact int (new reference) or NULL. */
static TyObject *index_exact(TyObject *o)
{
    TyObject *i = tyNum_index(o);
    if (i && !TY_INT_CHECK_EXACT(i))
        TY_SETREF(i, tyInt_exact(i));
    return i;
}

/* The number of values of range(start, stop, step) for C values, or -1
** when it does not fit in an int64. */
static int64_t small_len(int64_t start, int64_t stop, int64_t step)
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

/* The number of values of range(start, stop, step) for ints of any size:
** (hi - lo - 1) // |step| + 1, or 0.  New reference. */
static TyObject *big_len(TyObject *start, TyObject *stop, TyObject *step)
{
    bool up = tyInt_sign(step) > 0;
    TyObject *lo = up ? start : stop, *hi = up ? stop : start;
    if (tyInt_compare(lo, hi) >= 0)
        return tyInt_fromI64(0);
    TyObject *one = tyInt_fromI64(1);
    TyObject *astep = up ? TY_NEWREF(step) : tyInt_neg(step);
    TyObject *d = astep ? tyInt_sub(hi, lo) : NULL;
    if (d)
        TY_SETREF(d, tyInt_sub(d, one));
    if (d)
        TY_SETREF(d, tyInt_floorDiv(d, astep));
    if (d)
        TY_SETREF(d, tyInt_add(d, one));
    TY_XDECREF(astep);
    TY_DECREF(one);
    return d;
}

/*
** A new range over the exact ints start, stop, step (borrowed; step is not
** zero).  New reference.
*/
static TyObject *range_make(TyObject *start, TyObject *stop, TyObject *step)
{
    TyRange *r = (TyRange *)tyObj_alloc(&TyRange_Type);
    if (!r)
        return NULL;
    r->start = TY_NEWREF(start);
    r->stop = TY_NEWREF(stop);
    r->step = TY_NEWREF(step);
    r->length = NULL;
    r->small = false;
    if (TY_INT_IS_SMALL(start) && TY_INT_IS_SMALL(stop) && TY_INT_IS_SMALL(step)) {
        r->istart = TY_INT_VALUE(start);
        r->istop = TY_INT_VALUE(stop);
        r->istep = TY_INT_VALUE(step);
        r->ilength = small_len(r->istart, r->istop, r->istep);
        r->small = r->ilength >= 0;
    }
    if (!r->small) {
        r->length = big_len(start, stop, step);
        if (!r->length) {
            TY_DECREF(r);
            return NULL;
        }
    }
    return (TyObject *)r;
}

static void range_dealloc(TyObject *o)
{
    TyRange *r = RANGE(o);
    TY_DECREF(r->start);
    TY_DECREF(r->stop);
    TY_DECREF(r->step);
    TY_XDECREF(r->length);
    tyObj_free(o);
}

static TyObject *range_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (tyArg_noKeywords("range", kwnames) < 0 || tyArg_checkPositional("range", nargs, 1, 3) < 0)
        return NULL;
    TyObject *start, *stop, *step, *r = NULL;
    if (nargs == 1) {
        start = tyInt_fromI64(0);
        stop = index_exact(args[0]);
        step = tyInt_fromI64(1);
    } else {
        start = index_exact(args[0]);
        stop = start ? index_exact(args[1]) : NULL;
        step = stop ? (nargs == 3 ? index_exact(args[2]) : tyInt_fromI64(1)) : NULL;
    }
    if (start && stop && step) {
        if (tyInt_sign(step) == 0)
            tyErr_setString(&TyExc_ValueError, "range() arg 3 must not be zero");
        else
            r = range_make(start, stop, step);
    }
    TY_XDECREF(start);
    TY_XDECREF(stop);
    TY_XDECREF(step);
    return r;
}

/* The length as an int: new reference. */
static TyObject *range_lenObj(TyRange *r)
{
    return r->small ? tyInt_fromI64(r->ilength) : TY_NEWREF(r->length);
}

/* start + i * step for an int i (any size): new reference. */
static TyObject *range_at(TyRange *r, TyObject *i)
{
    TyObject *p = tyInt_mul(i, r->step);
    if (!p)
        return NULL;
    TY_SETREF(p, tyInt_add(r->start, p));
    return p;
}

static TyObject *range_repr(TyObject *o)
{
    TyRange *r = RANGE(o);
    if (TY_INT_IS_SMALL(r->step) && TY_INT_VALUE(r->step) == 1)
        return tyStr_fromFormat("range(%R, %R)", r->start, r->stop);
    return tyStr_fromFormat("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* len(r): OverflowError for a length beyond ssize_t, as in CPython. */
static ssize_t range_length(TyObject *o)
{
    TyRange *r = RANGE(o);
    if (r->small)
        return (ssize_t)r->ilength;
    if (!TY_INT_IS_SMALL(r->length)) {
        overflow();
        return -1;
    }
    return (ssize_t)TY_INT_VALUE(r->length);
}

static int range_bool(TyObject *o)
{
    TyRange *r = RANGE(o);
    return r->small ? r->ilength != 0 : tyInt_sign(r->length) != 0;
}

/* Is the int value v one of the small range r's values? */
static bool small_has(TyRange *r, int64_t v)
{
    if (r->ilength == 0)
        return false;
    if (r->istep > 0) {
        if (v < r->istart || v >= r->istop)
            return false;
        return ((uint64_t)v - (uint64_t)r->istart) % (uint64_t)r->istep == 0;
    }
    if (v > r->istart || v <= r->istop)
        return false;
    return ((uint64_t)r->istart - (uint64_t)v) % (0 - (uint64_t)r->istep) == 0;
}

/* Is the int v one of r's values?  1, 0, or -1 with an exception. */
static int range_hasInt(TyRange *r, TyObject *v)
{
    if (r->small)
        return TY_INT_IS_SMALL(v) && small_has(r, TY_INT_VALUE(v));
    bool up = tyInt_sign(r->step) > 0;
    TyObject *lo = up ? r->start : r->stop, *hi = up ? r->stop : r->start;
    if (up ? (tyInt_compare(v, lo) < 0 || tyInt_compare(v, hi) >= 0)
           : (tyInt_compare(v, lo) <= 0 || tyInt_compare(v, hi) > 0))
        return 0;
    TyObject *d = tyInt_sub(v, r->start);
    if (d)
        TY_SETREF(d, tyInt_mod(d, r->step));
    if (!d)
        return -1;
    int has = tyInt_sign(d) == 0;
    TY_DECREF(d);
    return has;
}

static TyObject *range_iter(TyObject *o);

/*
** An object other than an int is looked for as CPython's
** _PySequence_IterSearch looks: by iterating and comparing each item with
** ==.  The number of equal items, or with `first` the index of the first
** one (-1 when there is none); -2 on error.
*/
static int64_t search_items(TyRange *r, TyObject *v, bool first)
{
    TyObject *it = range_iter((TyObject *)r);
    if (!it)
        return -2;
    int64_t count = 0, i = 0;
    TyObject *item;
    while ((item = TY_TYPE(it)->iternext(it)) != NULL) {
        int c = tyObj_richCompareBool(item, v, TY_EQ);
        TY_DECREF(item);
        if (c < 0) {
            count = -2;
            break;
        }
        if (c && first) {
            count = i;
            break;
        }
        count += c;
        i++;
    }
    TY_DECREF(it);
    if (!item && tyErr_occurred())
        return -2;
    if (first && !item)
        return -1;
    return count;
}

/* Ints and bools are decided by arithmetic; anything else by ==. */
static int range_contains(TyObject *o, TyObject *v)
{
    TyRange *r = RANGE(o);
    if (TY_INT_CHECK_EXACT(v) || TY_BOOL_CHECK(v))
        return range_hasInt(r, v);
    int64_t n = search_items(r, v, true);
    return n == -2 ? -1 : n >= 0;
}

/* CPython's range_hash: hash((len, start, step)) with None for the parts
** that do not matter (start when empty, step when at most one value). */
static ty_hash range_hash(TyObject *o)
{
    TyRange *r = RANGE(o);
    TyObject *len = range_lenObj(r);
    if (!len)
        return -1;
    int n = tyInt_sign(len) == 0 ? 0 : (TY_INT_IS_SMALL(len) && TY_INT_VALUE(len) == 1) ? 1 : 2;
    TyObject *t = tyTuple_pack(3, len, n ? r->start : TY_NONE, n > 1 ? r->step : TY_NONE);
    TY_DECREF(len);
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
    TyObject *xlen = range_lenObj(x), *ylen = range_lenObj(y);
    bool eq;
    if (!xlen || !ylen) {
        TY_XDECREF(xlen);
        TY_XDECREF(ylen);
        return NULL;
    }
    if (x == y)
        eq = true;
    else if (tyInt_compare(xlen, ylen) != 0)
        eq = false;
    else if (tyInt_sign(xlen) == 0)
        eq = true;
    else if (tyInt_compare(x->start, y->start) != 0)
        eq = false;
    else
        eq = (TY_INT_IS_SMALL(xlen) && TY_INT_VALUE(xlen) == 1) ||
             tyInt_compare(x->step, y->step) == 0;
    TY_DECREF(xlen);
    TY_DECREF(ylen);
    return tyBool_from(eq == (op == TY_EQ));
}

/* r[i] for an int i of any size, counted from the end when negative. */
static TyObject *range_item(TyRange *r, TyObject *i)
{
    if (r->small && TY_INT_IS_SMALL(i)) {
        int64_t k = TY_INT_VALUE(i);
        if (k < 0)
            k += r->ilength;
        if (k < 0 || k >= r->ilength)
            return tyErr_setString(&TyExc_IndexError, "range object index out of range");
        return tyInt_fromI64((int64_t)((uint64_t)r->istart + (uint64_t)k * (uint64_t)r->istep));
    }
    TyObject *len = range_lenObj(r);
    if (!len)
        return NULL;
    TyObject *k = tyInt_sign(i) < 0 ? tyInt_add(i, len) : TY_NEWREF(i);
    TyObject *v = NULL;
    if (k && (tyInt_sign(k) < 0 || tyInt_compare(k, len) >= 0))
        tyErr_setString(&TyExc_IndexError, "range object index out of range");
    else if (k)
        v = range_at(r, k);
    TY_XDECREF(k);
    TY_DECREF(len);
    return v;
}

/* r[slice]: the range of the selected values, as CPython's compute_slice
** (the slice's bounds may be of any size). */
static TyObject *range_slice(TyRange *r, TyObject *slice)
{
    TyObject *len = range_lenObj(r);
    if (!len)
        return NULL;
    TyObject *start, *stop, *step, *res = NULL;
    int ok = tySlice_longIndices(slice, len, &start, &stop, &step);
    TY_DECREF(len);
    if (ok < 0)
        return NULL;
    TyObject *substep = tyInt_mul(step, r->step);
    TyObject *substart = substep ? range_at(r, start) : NULL;
    TyObject *substop = substart ? range_at(r, stop) : NULL;
    if (substop)
        res = range_make(substart, substop, substep);
    TY_XDECREF(substep);
    TY_XDECREF(substart);
    TY_XDECREF(substop);
    TY_DECREF(start);
    TY_DECREF(stop);
    TY_DECREF(step);
    return res;
}

/* r[key]: an integer key (through __index__) of any size, or a slice. */
static TyObject *range_subscript(TyObject *o, TyObject *key)
{
    TyRange *r = RANGE(o);
    if (TY_INT_CHECK(key) || TY_TYPE(key)->nb_index) {
        TyObject *i = tyNum_index(key);
        if (!i)
            return NULL;
        TyObject *v = range_item(r, i);
        TY_DECREF(i);
        return v;
    }
    if (TY_SLICE_CHECK(key))
        return range_slice(r, key);
    return tyErr_format(&TyExc_TypeError, "range indices must be integers or slices, not %T", key);
}

/* ---- methods ----------------------------------------------------------------- */

static TyObject *range_count_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("range.count", kwnames) < 0 ||
        tyArg_checkPositional("range.count", nargs, 1, 1) < 0)
        return NULL;
    TyRange *r = RANGE(self);
    TyObject *v = args[0];
    int64_t count = TY_INT_CHECK_EXACT(v) || TY_BOOL_CHECK(v) ? range_hasInt(r, v)
                                                               : search_items(r, v, false);
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
        int has = range_hasInt(r, v);
        if (has < 0)
            return NULL;
        if (!has)
            return tyErr_format(&TyExc_ValueError, "%R is not in range", v);
        TyObject *d = tyInt_sub(v, r->start);
        if (d)
            TY_SETREF(d, tyInt_floorDiv(d, r->step));
        return d;
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
    it->next = it->start = next;
    it->step = step;
    it->remaining = it->len = remaining;
    return (TyObject *)it;
}

/* The longrange_iterator over start, start + step, ... (len values):
** borrowed start and len, and `step` stolen.  New reference. */
typedef struct TyLongRangeIter {
    TyObject ob;
    TyObject *start, *step, *len, *index;
} TyLongRangeIter;

static TyObject *longrangeiter_make(TyObject *start, TyObject *step, TyObject *len)
{
    if (!step)
        return NULL;
    TyLongRangeIter *it = (TyLongRangeIter *)tyObj_alloc(&TyLongRangeIter_Type);
    if (!it) {
        TY_DECREF(step);
        return NULL;
    }
    it->start = TY_NEWREF(start);
    it->step = step;
    it->len = TY_NEWREF(len);
    it->index = tyInt_fromI64(0);
    return (TyObject *)it;
}

static TyObject *range_iter(TyObject *o)
{
    TyRange *r = RANGE(o);
    /* CPython's range_iter: C values, unless the value after the last one
    ** could leave the C long range. */
    if (r->small && !(r->ilength &&
                      (r->istep > 0 ? r->istop > INT64_MAX - (r->istep - 1)
                                    : r->istop < INT64_MIN + (-1 - r->istep))))
        return rangeiter_make(r->istart, r->istep, r->ilength);
    TyObject *len = range_lenObj(r);
    if (!len)
        return NULL;
    TyObject *it = longrangeiter_make(r->start, TY_NEWREF(r->step), len);
    TY_DECREF(len);
    return it;
}

static TyObject *range_reversed_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    if (tyArg_noKeywords("range.__reversed__", kwnames) < 0 ||
        tyArg_checkPositional("range.__reversed__", nargs, 0, 0) < 0)
        return NULL;
    TyRange *r = RANGE(self);
    /* CPython's range_reverse: C values when -step, start - step and the
    ** length all fit. */
    if (r->small && r->istep != INT64_MIN &&
        (r->istep > 0 ? (uint64_t)r->istart - (uint64_t)INT64_MIN >= (uint64_t)r->istep
                      : (uint64_t)INT64_MAX - (uint64_t)r->istart >= 0 - (uint64_t)r->istep)) {
        int64_t new_stop = r->istart - r->istep;
        int64_t new_start = (int64_t)((uint64_t)new_stop + (uint64_t)r->ilength * (uint64_t)r->istep);
        return rangeiter_make(new_start, -r->istep, r->ilength);
    }
    TyObject *len = range_lenObj(r);
    TyObject *one = tyInt_fromI64(1);
    TyObject *last = len ? tyInt_sub(len, one) : NULL;
    TyObject *it = NULL;
    if (last)
        TY_SETREF(last, range_at(r, last));
    if (last)
        it = longrangeiter_make(last, tyInt_neg(r->step), len);
    TY_XDECREF(last);
    TY_XDECREF(len);
    TY_DECREF(one);
    return it;
}

static TyObject *range_get_start(TyObject *o) { return TY_NEWREF(RANGE(o)->start); }
static TyObject *range_get_stop(TyObject *o) { return TY_NEWREF(RANGE(o)->stop); }
static TyObject *range_get_step(TyObject *o) { return TY_NEWREF(RANGE(o)->step); }

/* __reduce__: (range, (start, stop, step)), as CPython's. */
static TyObject *range_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyRange *r = RANGE(self);
    TyObject *bounds = tyTuple_pack(3, r->start, r->stop, r->step);
    TyObject *result = bounds ? tyTuple_pack(2, (TyObject *)TY_TYPE(self), bounds) : NULL;
    TY_XDECREF(bounds);
    return result;
}

static TyMethodDef range_methods[] = {
    {"__reduce__", range_reduce, TY_METH_DEFAULT, NULL},
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
    .dealloc = range_dealloc,
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

/* ---- the iterators ----------------------------------------------------------------- */

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

/* (iter, (range(start, start + len*step, step),), index): the __reduce__
** of both iterators, as CPython's; start, step, len and index are stolen. */
static TyObject *rangeiter_reduce_value(TyObject *start, TyObject *step, TyObject *len, TyObject *index)
{
    TyObject *span = start && step && len ? tyInt_mul(len, step) : NULL;
    TyObject *stop = span ? tyInt_add(start, span) : NULL;
    TyObject *range = NULL;
    if (stop) {
        TyObject *argv[3] = { start, stop, step };
        range = tyObj_call((TyObject *)&TyRange_Type, argv, 3, NULL);
    }
    TY_XDECREF(span);
    TY_XDECREF(stop);
    TY_XDECREF(start);
    TY_XDECREF(step);
    TY_XDECREF(len);
    if (!range || !index) {
        TY_XDECREF(range);
        TY_XDECREF(index);
        return NULL;
    }
    TyObject *args = tyTuple_pack(1, range);
    TY_DECREF(range);
    return tyIter_reduce("iter", args, index);
}

static TyObject *rangeiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyRangeIter *it = (TyRangeIter *)self;
    return rangeiter_reduce_value(tyInt_fromI64(it->start), tyInt_fromI64(it->step), tyInt_fromI64(it->len),
                                  tyInt_fromI64(it->len - (it->remaining > 0 ? it->remaining : 0)));
}

/* __setstate__(index): the index-th value is next, index clamped to [0, len]. */
static TyObject *rangeiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyRangeIter *it = (TyRangeIter *)self;
    ssize_t index;
    if (tyIter_stateIndex(args, nargs, kwnames, 0, it->len, &index) < 0)
        return NULL;
    it->next = (int64_t)((uint64_t)it->start + (uint64_t)index * (uint64_t)it->step);
    it->remaining = it->len - index;
    return tyNone_new();
}

static TyMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", rangeiter_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", rangeiter_setstate, TY_METH_DEFAULT, NULL},
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

static void longrangeiter_dealloc(TyObject *o)
{
    TyLongRangeIter *it = (TyLongRangeIter *)o;
    TY_DECREF(it->start);
    TY_DECREF(it->step);
    TY_DECREF(it->len);
    TY_DECREF(it->index);
    tyObj_free(o);
}

/* start + index * step while index < len; the index moves only when the
** value was made. */
static TyObject *longrangeiter_next(TyObject *o)
{
    TyLongRangeIter *it = (TyLongRangeIter *)o;
    if (tyInt_compare(it->index, it->len) >= 0)
        return NULL;
    TyObject *one = tyInt_fromI64(1);
    TyObject *next_index = tyInt_add(it->index, one);
    TY_DECREF(one);
    if (!next_index)
        return NULL;
    TyObject *v = tyInt_mul(it->index, it->step);
    if (v)
        TY_SETREF(v, tyInt_add(it->start, v));
    if (v)
        TY_SETREF(it->index, next_index);
    else
        TY_DECREF(next_index);
    return v;
}

static TyObject *longrangeiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                           TyObject *kwnames)
{
    if (tyArg_noKeywords("longrange_iterator.__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("longrange_iterator.__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    TyLongRangeIter *it = (TyLongRangeIter *)self;
    return tyInt_sub(it->len, it->index);
}

static TyObject *longrangeiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyLongRangeIter *it = (TyLongRangeIter *)self;
    return rangeiter_reduce_value(TY_NEWREF(it->start), TY_NEWREF(it->step), TY_NEWREF(it->len),
                                  TY_NEWREF(it->index));
}

/* __setstate__(index): an int, clamped to [0, len]. */
static TyObject *longrangeiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__setstate__", kwnames) < 0 || tyArg_checkPositional("__setstate__", nargs, 1, 1) < 0)
        return NULL;
    TyLongRangeIter *it = (TyLongRangeIter *)self;
    TyObject *index = tyNum_index(args[0]);
    if (!index)
        return NULL;
    TyObject *zero = tyInt_fromI64(0);
    if (!zero) {
        TY_DECREF(index);
        return NULL;
    }
    if (tyInt_compare(index, zero) < 0)
        TY_SETREF(index, TY_NEWREF(zero));
    else if (tyInt_compare(index, it->len) > 0)
        TY_SETREF(index, TY_NEWREF(it->len));
    TY_DECREF(zero);
    TY_SETREF(it->index, index);
    return tyNone_new();
}

static TyMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", longrangeiter_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", longrangeiter_setstate, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyLongRangeIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "longrange_iterator",
    .basicsize = sizeof(TyLongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};
