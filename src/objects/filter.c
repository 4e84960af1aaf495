/*
** filter.c — filter(function or None, iterable): the items for which
** function(item) is true, or the true items themselves.
*/
#include "tally.h"
#include "objects/iter.h"

typedef struct TyFilter {
    TyObject ob;
    TyObject *func;         /* None (or bool) means "the item's own truth" */
    TyObject *it;
} TyFilter;

static TyObject *filter_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (!tyType_overrides(type, &TyFilter_Type, TY_ID(__init__)) && tyArg_noKeywords("filter", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return tyErr_format(&TyExc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    TyObject *it = tyObj_getIter(args[1]);
    if (!it)
        return NULL;
    TyFilter *f = (TyFilter *)tyGC_alloc(type);
    if (!f) {
        TY_DECREF(it);
        return NULL;
    }
    f->func = TY_NEWREF(args[0]);
    f->it = it;
    tyGC_track((TyObject *)f);
    return (TyObject *)f;
}

static void filter_dealloc(TyObject *o)
{
    TyFilter *f = (TyFilter *)o;
    tyGC_untrack(o);
    TY_XDECREF(f->func);
    TY_XDECREF(f->it);
    tyObj_free(o);
}

static int filter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyFilter *f = (TyFilter *)o;
    int r = 0;
    if (f->func)
        r = visit(f->func, arg);
    if (!r && f->it)
        r = visit(f->it, arg);
    return r;
}

static TyObject *filter_next(TyObject *o)
{
    TyFilter *f = (TyFilter *)o;
    bool own_truth = f->func == TY_NONE || f->func == (TyObject *)&TyBool_Type;
    TyObject *item;
    while ((item = tyIter_step(f->it)) != NULL) {
        int ok;
        if (own_truth) {
            ok = tyObj_isTrue(item);
        } else {
            TyObject *good = tyObj_callOneArg(f->func, item);
            if (!good) {
                TY_DECREF(item);
                return NULL;
            }
            ok = tyObj_isTrue(good);
            TY_DECREF(good);
        }
        if (ok > 0)
            return item;
        TY_DECREF(item);
        if (ok < 0)
            return NULL;
    }
    return NULL;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* __reduce__: (type(self), (func, iterator)), as CPython's. */
static TyObject *filter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyFilter *f = (TyFilter *)self;
    TyObject *state = tyTuple_pack(2, f->func, f->it);
    TyObject *r = state ? tyTuple_pack(2, (TyObject *)TY_TYPE(self), state) : NULL;
    TY_XDECREF(state);
    return r;
}

static TyMethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyFilter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "filter",
    .basicsize = sizeof(TyFilter),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .iter = iter_self,
    .iternext = filter_next,
    .tp_new = filter_tp_new,
    .methods = filter_methods,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
};
