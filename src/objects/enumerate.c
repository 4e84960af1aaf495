/*
** enumerate.c — enumerate(iterable, start=0).
**
** The count is a C int64 until it would overflow, then an int object
** (counting on with arbitrary precision, as CPython does).  The (count,
** item) tuple is reused when the caller dropped the previous one, like
** CPython's enumerate, which saves an allocation per step of a
** `for i, x in enumerate(...)` loop.
*/
#include "tally.h"
#include "objects/iter.h"

typedef struct TyEnum {
    TyObject ob;
    int64_t index;          /* the next count while big_index is NULL */
    TyObject *big_index;    /* the next count once past int64 */
    TyObject *it;
    TyObject *result;       /* a tuple to reuse, or NULL */
} TyEnum;

/* TypeError "'x' is an invalid keyword argument for enumerate()" unless
** kwnames[k] is `name`.  0 / -1. */
static int expect_keyword(TyObject *kwnames, ssize_t k, const char *name)
{
    TyObject *kw = TY_TUPLE_GET(kwnames, k);
    if (tyStr_eqC(kw, name))
        return 0;
    tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for enumerate()", kw);
    return -1;
}

/*
** enumerate(iterable, start=0), its arguments checked as CPython 3.11's
** enumerate checks them (by their total count first, each keyword in the
** place it fills, start= and iterable= also in that order).
*/
static TyObject *enum_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    size_t total = nargs + (size_t)nkw;
    TyObject *iterable, *start = NULL;
    if (total == 2 && nkw == 2 && tyStr_eqC(TY_TUPLE_GET(kwnames, 0), "start")) {
        if (expect_keyword(kwnames, 1, "iterable") < 0)
            return NULL;
        iterable = args[1];
        start = args[0];
    } else if (total == 1 || total == 2) {
        for (ssize_t k = 0; k < nkw; k++)
            if (expect_keyword(kwnames, k, nargs + (size_t)k == 0 ? "iterable" : "start") < 0)
                return NULL;
        iterable = args[0];
        start = total == 2 ? args[1] : NULL;
    } else if (nargs == 0) {
        return tyErr_setString(&TyExc_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        return tyErr_format(&TyExc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                            total);
    }
    TyObject *startint = NULL;
    if (start) {
        startint = tyNum_index(start);
        if (!startint)
            return NULL;
    }
    TyObject *it = tyObj_getIter(iterable);
    if (!it) {
        TY_XDECREF(startint);
        return NULL;
    }
    TyEnum *e = (TyEnum *)tyGC_alloc(type);
    if (!e) {
        TY_DECREF(it);
        TY_XDECREF(startint);
        return NULL;
    }
    e->it = it;
    if (startint && !TY_INT_IS_SMALL(startint)) {
        e->big_index = startint;
    } else {
        e->index = startint ? TY_INT_VALUE(startint) : 0;
        TY_XDECREF(startint);
    }
    e->result = tyTuple_pack(2, TY_NONE, TY_NONE);
    if (!e->result) {
        TY_DECREF(e);
        return NULL;
    }
    tyGC_track((TyObject *)e);
    return (TyObject *)e;
}

static void enum_dealloc(TyObject *o)
{
    TyEnum *e = (TyEnum *)o;
    tyGC_untrack(o);
    TY_XDECREF(e->it);
    TY_XDECREF(e->big_index);
    TY_XDECREF(e->result);
    tyObj_free(o);
}

static int enum_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyEnum *e = (TyEnum *)o;
    int r = 0;
    if (e->it)
        r = visit(e->it, arg);
    if (!r && e->big_index)
        r = visit(e->big_index, arg);
    if (!r && e->result)
        r = visit(e->result, arg);
    return r;
}

/* New reference: the current count; advances it. */
static TyObject *enum_take_index(TyEnum *e)
{
    if (!e->big_index) {
        if (e->index < INT64_MAX)
            return tyInt_fromI64(e->index++);
        e->big_index = tyInt_fromI64(e->index);
        if (!e->big_index)
            return NULL;
    }
    TyObject *one = tyInt_fromI64(1);
    if (!one)
        return NULL;
    TyObject *next = tyInt_add(e->big_index, one);
    TY_DECREF(one);
    if (!next)
        return NULL;
    TyObject *cur = e->big_index;
    e->big_index = next;
    return cur;
}

static TyObject *enum_next(TyObject *o)
{
    TyEnum *e = (TyEnum *)o;
    TyObject *item = tyIter_step(e->it);
    if (!item)
        return NULL;
    TyObject *index = enum_take_index(e);
    if (!index) {
        TY_DECREF(item);
        return NULL;
    }
    TyObject *r = e->result;
    if (TY_REFCNT(r) == 1) {
        TyObject *old0 = TY_TUPLE_GET(r, 0), *old1 = TY_TUPLE_GET(r, 1);
        TY_TUPLE_SET(r, 0, index);
        TY_TUPLE_SET(r, 1, item);
        TY_INCREF(r);
        TY_DECREF(old0);
        TY_DECREF(old1);
        /* The collector may have untracked it while it held atomic items. */
        tyGC_track(r);
        return r;
    }
    r = tyTuple_new(2);
    if (!r) {
        TY_DECREF(index);
        TY_DECREF(item);
        return NULL;
    }
    TY_TUPLE_SET(r, 0, index);
    TY_TUPLE_SET(r, 1, item);
    return r;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* __reduce__: (type(self), (iterator, next count)), as CPython's. */
static TyObject *enum_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyEnum *e = (TyEnum *)self;
    TyObject *count = e->big_index ? TY_NEWREF(e->big_index) : tyInt_fromI64(e->index);
    TyObject *state = count ? tyTuple_pack(2, e->it, count) : NULL;
    TY_XDECREF(count);
    TyObject *r = state ? tyTuple_pack(2, (TyObject *)TY_TYPE(self), state) : NULL;
    TY_XDECREF(state);
    return r;
}

static TyMethodDef enum_methods[] = {
    {"__reduce__", enum_reduce, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyEnum_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "enumerate",
    .basicsize = sizeof(TyEnum),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = enum_dealloc,
    .traverse = enum_traverse,
    .iter = iter_self,
    .iternext = enum_next,
    .tp_new = enum_tp_new,
    .methods = enum_methods,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.",
};
