/*
** slice.c — slice objects and the index arithmetic every sequence shares.
**
** A slice holds three arbitrary objects (None when omitted).  Sequences
** turn it into concrete indices with tySlice_indices, which follows
** CPython's PySlice_Unpack + PySlice_AdjustIndices exactly: bounds are
** clipped to the ssize_t range first, then clamped to the sequence.
*/
#include <limits.h>
#include "tally.h"
#include "freelist.h"

/* Where the parked slice links its free list (ty_state.cache.slice_free). */
#define SLICE_LINK offsetof(TySlice, start)

/* New reference: slice(start, stop, step); NULL arguments mean None.  The
** parked slice is reused first, as CPython reuses its one cached slice:
** the collector's allocation count moves only when none is parked. */
TyObject *tySlice_new(TyObject *start, TyObject *stop, TyObject *step)
{
    TySlice *s = (TySlice *)tyFreeList_pop(&ty_state.cache.slice_free, SLICE_LINK);
    if (!s) {
        s = (TySlice *)tyGC_alloc(&TySlice_Type);
        if (!s)
            return NULL;
    }
    s->start = TY_NEWREF(start ? start : TY_NONE);
    s->stop = TY_NEWREF(stop ? stop : TY_NONE);
    s->step = TY_NEWREF(step ? step : TY_NONE);
    tyGC_track((TyObject *)s);
    return (TyObject *)s;
}

/*
** A slice bound as a C index, clipped to [SSIZE_MIN, SSIZE_MAX] like
** CPython's _PyEval_SliceIndex (huge ints do not raise).  0 / -1.
*/
static int slice_bound(TyObject *v, ssize_t *out)
{
    if (TY_INT_CHECK(v) && TY_INT_IS_SMALL(v)) {
        *out = (ssize_t)TY_INT_VALUE(v);
        return 0;
    }
    if (!TY_INT_CHECK(v) && !TY_TYPE(v)->nb_index) {
        tyErr_setString(&TyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return tyNum_asClampedSsize(v, out);
}

/* CPython's PySlice_Unpack: raw start/stop/step, defaults filled in. */
static int slice_unpack(TySlice *s, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    if (s->step == TY_NONE) {
        *step = 1;
    } else {
        if (slice_bound(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            tyErr_setString(&TyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* -SSIZE_MAX-1 would overflow when negated by the callers. */
        if (*step < -SSIZE_MAX)
            *step = -SSIZE_MAX;
    }
    if (s->start == TY_NONE)
        *start = *step < 0 ? SSIZE_MAX : 0;
    else if (slice_bound(s->start, start) < 0)
        return -1;
    if (s->stop == TY_NONE)
        *stop = *step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    else if (slice_bound(s->stop, stop) < 0)
        return -1;
    return 0;
}

/* CPython's PySlice_AdjustIndices: clamp to `length`, return the count. */
static ssize_t slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/*
** Concrete indices of `slice` over a sequence of *length items, read once
** the bounds are known: *start, *stop, *step and the item count.  0, or -1
** with ValueError / TypeError.
*/
int tySlice_indices(TyObject *slice, const ssize_t *length, ssize_t *start,
                    ssize_t *stop, ssize_t *step, ssize_t *slicelen)
{
    if (slice_unpack((TySlice *)slice, start, stop, step) < 0)
        return -1;
    *slicelen = slice_adjust(*length, start, stop, *step);
    return 0;
}

/*
** A slice bound as an exact int of any size (new reference), for
** tySlice_longIndices: the TypeError sequences give for anything without
** __index__.
*/
static TyObject *long_bound(TyObject *v)
{
    if (!TY_INT_CHECK(v) && !TY_TYPE(v)->nb_index)
        return tyErr_setString(&TyExc_TypeError,
                               "slice indices must be integers or None or have an __index__ method");
    TyObject *i = tyNum_index(v);
    if (i)
        TY_SETREF(i, tyInt_exact(i));
    return i;
}

/*
** One bound clamped as CPython's _PySlice_GetLongIndices clamps it: a
** negative bound counts from `length` and stops at `lower`, any other stops
** at `upper`.  Steals `v`; new reference or NULL.
*/
static TyObject *long_clamp(TyObject *v, TyObject *length, TyObject *lower, TyObject *upper)
{
    if (tyInt_sign(v) < 0) {
        TyObject *t = tyInt_add(v, length);
        TY_DECREF(v);
        if (!t)
            return NULL;
        if (tyInt_compare(t, lower) < 0)
            TY_SETREF(t, TY_NEWREF(lower));
        return t;
    }
    if (tyInt_compare(v, upper) > 0)
        TY_SETREF(v, TY_NEWREF(upper));
    return v;
}

int tySlice_longIndices(TyObject *slice, TyObject *length, TyObject **start, TyObject **stop,
                        TyObject **step)
{
    TySlice *s = (TySlice *)slice;
    *start = *stop = NULL;
    *step = s->step == TY_NONE ? tyInt_fromI64(1) : long_bound(s->step);
    if (!*step)
        return -1;
    int sign = tyInt_sign(*step);
    if (sign == 0) {
        tyErr_setString(&TyExc_ValueError, "slice step cannot be zero");
        goto fail;
    }
    TyObject *lower = tyInt_fromI64(sign < 0 ? -1 : 0);
    TyObject *upper = lower ? tyInt_add(length, lower) : NULL;
    if (!upper) {
        TY_XDECREF(lower);
        goto fail;
    }
    *start = s->start == TY_NONE ? TY_NEWREF(sign < 0 ? upper : lower) : long_bound(s->start);
    if (*start && s->start != TY_NONE)
        *start = long_clamp(*start, length, lower, upper);
    if (*start)
        *stop = s->stop == TY_NONE ? TY_NEWREF(sign < 0 ? lower : upper) : long_bound(s->stop);
    if (*stop && s->stop != TY_NONE)
        *stop = long_clamp(*stop, length, lower, upper);
    TY_DECREF(lower);
    TY_DECREF(upper);
    if (*stop)
        return 0;
fail:
    TY_CLEAR(*start);
    TY_CLEAR(*step);
    return -1;
}

/* ---- the Python-level type ------------------------------------------- */

static TyObject *slice_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (tyArg_noKeywords("slice", kwnames) < 0 ||
        tyArg_checkPositional("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return tySlice_new(NULL, args[0], NULL);
    return tySlice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void slice_dealloc(TyObject *o)
{
    TySlice *s = (TySlice *)o;
    tyGC_untrack(o);
    TY_DECREF(s->start);
    TY_DECREF(s->stop);
    TY_DECREF(s->step);
    if (!tyFreeList_push(&ty_state.cache.slice_free, o, SLICE_LINK, TY_SLICE_FREELIST_MAX))
        tyObj_free(o);
}

void tySlice_clearFreelist(void)
{
    tyFreeList_clear(&ty_state.cache.slice_free, SLICE_LINK);
}

static int slice_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySlice *s = (TySlice *)o;
    int r;
    if ((r = visit(s->start, arg)) || (r = visit(s->stop, arg)) || (r = visit(s->step, arg)))
        return r;
    return 0;
}

static TyObject *slice_repr(TyObject *o)
{
    TySlice *s = (TySlice *)o;
    return tyStr_fromFormat("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* Slices compare as the tuples (start, stop, step). */
static TyObject *slice_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_SLICE_CHECK(a) || !TY_SLICE_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    if (a == b && (op == TY_EQ || op == TY_NE))
        return tyBool_from(op == TY_EQ);
    TySlice *x = (TySlice *)a, *y = (TySlice *)b;
    TyObject *tx = tyTuple_pack(3, x->start, x->stop, x->step);
    if (!tx)
        return NULL;
    TyObject *ty = tyTuple_pack(3, y->start, y->stop, y->step);
    if (!ty) {
        TY_DECREF(tx);
        return NULL;
    }
    TyObject *r = tyObj_richCompare(tx, ty, op);
    TY_DECREF(tx);
    TY_DECREF(ty);
    return r;
}

/* slice.indices(length) -> (start, stop, step), for a length of any size. */
static TyObject *slice_indices_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (tyArg_noKeywords("slice.indices", kwnames) < 0 ||
        tyArg_checkPositional("slice.indices", nargs, 1, 1) < 0)
        return NULL;
    TyObject *length = tyNum_index(args[0]);
    if (!length)
        return NULL;
    TyObject *start, *stop, *step, *r = NULL;
    if (tyInt_sign(length) < 0)
        tyErr_setString(&TyExc_ValueError, "length should not be negative");
    else if (tySlice_longIndices(self, length, &start, &stop, &step) == 0) {
        r = tyTuple_pack(3, start, stop, step);
        TY_DECREF(start);
        TY_DECREF(stop);
        TY_DECREF(step);
    }
    TY_DECREF(length);
    return r;
}

static TyObject *slice_get_start(TyObject *o) { return TY_NEWREF(((TySlice *)o)->start); }
static TyObject *slice_get_stop(TyObject *o) { return TY_NEWREF(((TySlice *)o)->stop); }
static TyObject *slice_get_step(TyObject *o) { return TY_NEWREF(((TySlice *)o)->step); }

/* __reduce__: (slice, (start, stop, step)), as CPython's. */
static TyObject *slice_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TySlice *sl = (TySlice *)self;
    TyObject *bounds = tyTuple_pack(3, sl->start, sl->stop, sl->step);
    TyObject *result = bounds ? tyTuple_pack(2, (TyObject *)TY_TYPE(self), bounds) : NULL;
    TY_XDECREF(bounds);
    return result;
}

static TyMethodDef slice_methods[] = {
    {"__reduce__", slice_reduce, TY_METH_DEFAULT, NULL},
    {"indices", slice_indices_meth, TY_METH_DEFAULT,
     "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static TyGetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

TyType TySlice_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "slice",
    .basicsize = sizeof(TySlice),
    .flags = TY_TPFLAG_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .traverse = slice_traverse,
    .tp_new = slice_tp_new,
    .methods = slice_methods,
    .getset = slice_getset,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.",
};
