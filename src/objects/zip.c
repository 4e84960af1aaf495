/*
** zip.c — zip(*iterables, strict=False).
**
** Stops at the shortest iterable; with strict=True a length mismatch is a
** ValueError worded as in CPython 3.11 ("zip() argument 2 is shorter than
** argument 1", "... longer than arguments 1-2").  The result tuple is
** reused when the caller dropped the previous one, as in CPython.
*/
#include "tally.h"
#include "objects/iter.h"

typedef struct TyZip {
    TyObject ob;
    TyObject *iters;        /* tuple of iterators */
    TyObject *result;       /* a tuple to reuse, or NULL */
    bool strict;
} TyZip;

static TyObject *zip_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    static const char *const names[] = {"strict", NULL};
    TyObject *strict_arg;
    bool strict = false;
    if (tyArg_unpack("zip", args + nargs, 0, kwnames, names, 0, 0, &strict_arg) < 0)
        return NULL;
    if (strict_arg) {
        int t = tyObj_isTrue(strict_arg);
        if (t < 0)
            return NULL;
        strict = t;
    }
    TyObject *iters = tyIter_tupleOf(args, nargs);
    if (!iters)
        return NULL;
    TyObject *result = tyTuple_new((ssize_t)nargs);
    if (!result) {
        TY_DECREF(iters);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++)
        TY_TUPLE_SET(result, i, TY_NEWREF(TY_NONE));
    TyZip *z = (TyZip *)tyGC_alloc(type);
    if (!z) {
        TY_DECREF(iters);
        TY_DECREF(result);
        return NULL;
    }
    z->iters = iters;
    z->result = result;
    z->strict = strict;
    tyGC_track((TyObject *)z);
    return (TyObject *)z;
}

static void zip_dealloc(TyObject *o)
{
    TyZip *z = (TyZip *)o;
    tyGC_untrack(o);
    TY_XDECREF(z->iters);
    TY_XDECREF(z->result);
    tyObj_free(o);
}

static int zip_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyZip *z = (TyZip *)o;
    int r = 0;
    if (z->iters)
        r = visit(z->iters, arg);
    if (!r && z->result)
        r = visit(z->result, arg);
    return r;
}

/* Iterator i ran out: NULL, with strict mode's ValueError if due.  Out
** of strict mode a StopIteration it raised is passed on. */
static TyObject *zip_exhausted(TyZip *z, ssize_t i)
{
    if (!z->strict)
        return NULL;
    if (tyErr_occurred()) {
        if (!tyErr_exceptionMatches(&TyExc_StopIteration))
            return NULL;
        tyErr_clear();
    }
    if (i > 0)
        return tyErr_format(&TyExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                            i + 1, i == 1 ? " " : "s 1-", i);
    ssize_t n = TY_TUPLE_LEN(z->iters);
    for (i = 1; i < n; i++) {
        TyObject *item = tyIter_next(TY_TUPLE_GET(z->iters, i));
        if (item) {
            TY_DECREF(item);
            return tyErr_format(&TyExc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (tyErr_occurred())
            return NULL;
    }
    return NULL;
}

static TyObject *zip_next(TyObject *o)
{
    TyZip *z = (TyZip *)o;
    ssize_t n = TY_TUPLE_LEN(z->iters);
    if (n == 0)
        return NULL;
    TyObject *r = z->result;
    if (TY_REFCNT(r) == 1) {
        for (ssize_t i = 0; i < n; i++) {
            TyObject *item = tyIter_step(TY_TUPLE_GET(z->iters, i));
            if (!item)
                return zip_exhausted(z, i);
            TyObject *old = TY_TUPLE_GET(r, i);
            TY_TUPLE_SET(r, i, item);
            TY_DECREF(old);
        }
        TY_INCREF(r);
        /* The collector may have untracked it while it held atomic items. */
        tyGC_track(r);
        return r;
    }
    r = tyTuple_new(n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        TyObject *item = tyIter_step(TY_TUPLE_GET(z->iters, i));
        if (!item) {
            TY_DECREF(r);
            return zip_exhausted(z, i);
        }
        TY_TUPLE_SET(r, i, item);
    }
    return r;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* __reduce__: (type(self), iterators), and the state True when strict, as
** CPython's. */
static TyObject *zip_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyZip *z = (TyZip *)self;
    if (z->strict)
        return tyTuple_pack(3, (TyObject *)TY_TYPE(self), z->iters, TY_TRUE);
    return tyTuple_pack(2, (TyObject *)TY_TYPE(self), z->iters);
}

/* __setstate__(strict): the truth of the state. */
static TyObject *zip_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__setstate__", kwnames) < 0 || tyArg_checkPositional("__setstate__", nargs, 1, 1) < 0)
        return NULL;
    int strict = tyObj_isTrue(args[0]);
    if (strict < 0)
        return NULL;
    ((TyZip *)self)->strict = strict;
    return tyNone_new();
}

static TyMethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", zip_setstate, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyZip_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "zip",
    .basicsize = sizeof(TyZip),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_TUPLE_CALL,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .iter = iter_self,
    .iternext = zip_next,
    .tp_new = zip_tp_new,
    .methods = zip_methods,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};
