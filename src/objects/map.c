/*
** map.c — map(func, *iterables): func applied to items taken in step.
*/
#include "tally.h"
#include "objects/iter.h"

typedef struct TyMap {
    TyObject ob;
    TyObject *func;
    TyObject *iters;        /* tuple of iterators, at least one */
} TyMap;

/* Arguments up to this many are gathered on the C stack. */
#define MAP_SMALL_ARGS 8

static TyObject *map_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    if (!tyType_overrides(type, &TyMap_Type, TY_ID(__init__)) && tyArg_noKeywords("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return tyErr_setString(&TyExc_TypeError, "map() must have at least two arguments.");
    TyObject *iters = tyIter_tupleOf(args + 1, nargs - 1);
    if (!iters)
        return NULL;
    TyMap *m = (TyMap *)tyGC_alloc(type);
    if (!m) {
        TY_DECREF(iters);
        return NULL;
    }
    m->func = TY_NEWREF(args[0]);
    m->iters = iters;
    tyGC_track((TyObject *)m);
    return (TyObject *)m;
}

static void map_dealloc(TyObject *o)
{
    TyMap *m = (TyMap *)o;
    tyGC_untrack(o);
    TY_XDECREF(m->func);
    TY_XDECREF(m->iters);
    tyObj_free(o);
}

static int map_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyMap *m = (TyMap *)o;
    int r = 0;
    if (m->func)
        r = visit(m->func, arg);
    if (!r && m->iters)
        r = visit(m->iters, arg);
    return r;
}

static TyObject *map_next(TyObject *o)
{
    TyMap *m = (TyMap *)o;
    ssize_t n = TY_TUPLE_LEN(m->iters), got = 0;
    TyObject *small[MAP_SMALL_ARGS];
    TyObject **argv = small;
    TyObject *result = NULL;
    if (n > MAP_SMALL_ARGS) {
        argv = tyMem_malloc((size_t)n * sizeof(TyObject *));
        if (!argv)
            return NULL;
    }
    for (; got < n; got++) {
        argv[got] = tyIter_step(TY_TUPLE_GET(m->iters, got));
        if (!argv[got])
            goto done;
    }
    result = tyObj_call(m->func, argv, (size_t)n, NULL);
done:
    for (ssize_t i = 0; i < got; i++)
        TY_DECREF(argv[i]);
    if (argv != small)
        tyMem_free(argv);
    return result;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* __reduce__: (type(self), (func, *iterators)), as CPython's. */
static TyObject *map_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyMap *m = (TyMap *)self;
    ssize_t n = TY_TUPLE_LEN(m->iters);
    TyObject *state = tyTuple_new(n + 1);
    if (!state)
        return NULL;
    TY_TUPLE_SET(state, 0, TY_NEWREF(m->func));
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(state, i + 1, TY_NEWREF(TY_TUPLE_GET(m->iters, i)));
    TyObject *r = tyTuple_pack(2, (TyObject *)TY_TYPE(self), state);
    TY_DECREF(state);
    return r;
}

static TyMethodDef map_methods[] = {
    {"__reduce__", map_reduce, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyMap_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "map",
    .basicsize = sizeof(TyMap),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = iter_self,
    .iternext = map_next,
    .tp_new = map_tp_new,
    .methods = map_methods,
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
};
