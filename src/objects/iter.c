/*
** iter.c — the sequence iterator and the callable iterator.
**
** iter(obj) falls back to the sequence iterator when obj's type has no
** __iter__ but has __getitem__: it asks for obj[0], obj[1], ... until
** IndexError or StopIteration.  iter(f, sentinel) calls f() until the
** result equals sentinel (or f raises StopIteration).  Both drop their
** references once exhausted, so they never restart.
**
** Also here: what every built-in iterator's __reduce__/__setstate__ share,
** so pickle and copy rebuild an iterator where it stood, as CPython's do.
*/
#include "tally.h"
#include "objects/iter.h"

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* ---- the sequence iterator ----------------------------------------------------- */

typedef struct TySeqIter {
    TyObject ob;
    ssize_t index;
    TyObject *seq;          /* NULL once exhausted */
} TySeqIter;

/* New reference: an iterator over seq[0], seq[1], ... */
TyObject *tySeqIter_new(TyObject *seq)
{
    TySeqIter *it = (TySeqIter *)tyGC_alloc(&TySeqIter_Type);
    if (!it)
        return NULL;
    it->index = 0;
    it->seq = TY_NEWREF(seq);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void seqiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TySeqIter *)o)->seq);
    tyObj_free(o);
}

static int seqiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *seq = ((TySeqIter *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

static TyObject *seqiter_next(TyObject *o)
{
    TySeqIter *it = (TySeqIter *)o;
    TyObject *seq = it->seq;
    if (!seq)
        return NULL;
    TyObject *index = tyInt_fromI64(it->index);
    if (!index)
        return NULL;
    TyObject *item = tyObj_getItem(seq, index);
    TY_DECREF(index);
    if (item) {
        it->index++;
        return item;
    }
    /* Only the end of the sequence finishes the iterator; other errors
    ** propagate and leave it where it was. */
    if (tyErr_exceptionMatches(&TyExc_IndexError) || tyErr_exceptionMatches(&TyExc_StopIteration)) {
        tyErr_clear();
        it->seq = NULL;
        TY_DECREF(seq);
    }
    return NULL;
}

/* __reduce__: (iter, (seq,), index), or (iter, ((),)) once exhausted. */
static TyObject *seqiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TySeqIter *it = (TySeqIter *)self;
    return it->seq ? tyIter_reduceAt("iter", it->seq, it->index) : tyIter_reduceExhausted(tyTuple_new(0));
}

/* __setstate__(index): a negative index is 0; an exhausted iterator stays so. */
static TyObject *seqiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TySeqIter *it = (TySeqIter *)self;
    ssize_t index;
    if (tyIter_stateIndex(args, nargs, kwnames, 0, SSIZE_MAX, &index) < 0)
        return NULL;
    if (it->seq)
        it->index = index;
    return tyNone_new();
}

static TyMethodDef seqiter_methods[] = {
    {"__reduce__", seqiter_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", seqiter_setstate, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TySeqIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "iterator",
    .basicsize = sizeof(TySeqIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- the callable iterator ------------------------------------------------------- */

typedef struct TyCallIter {
    TyObject ob;
    TyObject *callable;     /* both NULL once exhausted */
    TyObject *sentinel;
} TyCallIter;

/* New reference: iter(callable, sentinel). */
TyObject *tyCallIter_new(TyObject *callable, TyObject *sentinel)
{
    TyCallIter *it = (TyCallIter *)tyGC_alloc(&TyCallIter_Type);
    if (!it)
        return NULL;
    it->callable = TY_NEWREF(callable);
    it->sentinel = TY_NEWREF(sentinel);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void calliter_dealloc(TyObject *o)
{
    TyCallIter *it = (TyCallIter *)o;
    tyGC_untrack(o);
    TY_XDECREF(it->callable);
    TY_XDECREF(it->sentinel);
    tyObj_free(o);
}

static int calliter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyCallIter *it = (TyCallIter *)o;
    int r = 0;
    if (it->callable)
        r = visit(it->callable, arg);
    if (!r && it->sentinel)
        r = visit(it->sentinel, arg);
    return r;
}

static TyObject *calliter_next(TyObject *o)
{
    TyCallIter *it = (TyCallIter *)o;
    if (!it->callable)
        return NULL;
    TyObject *result = tyObj_callNoArgs(it->callable);
    if (result) {
        /* The sentinel is the left operand, as in CPython. */
        int ok = tyObj_richCompareBool(it->sentinel, result, TY_EQ);
        if (ok == 0)
            return result;
        TY_DECREF(result);
        if (ok < 0)
            return NULL;
    } else if (tyErr_exceptionMatches(&TyExc_StopIteration)) {
        tyErr_clear();
    } else {
        return NULL;
    }
    TY_CLEAR(it->callable);
    TY_CLEAR(it->sentinel);
    return NULL;
}

/* __reduce__: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted. */
static TyObject *calliter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyCallIter *it = (TyCallIter *)self;
    if (!it->callable)
        return tyIter_reduceExhausted(tyTuple_new(0));
    return tyIter_reduce("iter", tyTuple_pack(2, it->callable, it->sentinel), NULL);
}

static TyMethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyCallIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "callable_iterator",
    .basicsize = sizeof(TyCallIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = iter_self,
    .iternext = calliter_next,
    .methods = calliter_methods,
};

TyObject *tyIter_tupleOf(TyObject *const *objs, size_t n)
{
    TyObject *iters = tyTuple_new((ssize_t)n);
    if (!iters)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        TyObject *it = tyObj_getIter(objs[i]);
        if (!it) {
            TY_DECREF(iters);
            return NULL;
        }
        TY_TUPLE_SET(iters, i, it);
    }
    return iters;
}

/* ---- pickling ------------------------------------------------------------------------- */

TyObject *tyIter_reduce(const char *builtin, TyObject *args, TyObject *state)
{
    TyObject *fn = args ? tyDict_getItemStr(ty_state.builtins, builtin) : NULL;
    TyObject *r = NULL;
    if (fn)
        r = state ? tyTuple_pack(3, fn, args, state) : tyTuple_pack(2, fn, args);
    else if (args)
        tyErr_format(&TyExc_AttributeError, "%s", builtin);
    TY_XDECREF(args);
    TY_XDECREF(state);
    return r;
}

TyObject *tyIter_reduceAt(const char *builtin, TyObject *seq, ssize_t index)
{
    TyObject *state = tyInt_fromI64(index);
    if (!state)
        return NULL;
    return tyIter_reduce(builtin, tyTuple_pack(1, seq), state);
}

TyObject *tyIter_reduceExhausted(TyObject *empty)
{
    if (!empty)
        return NULL;
    TyObject *args = tyTuple_pack(1, empty);
    TY_DECREF(empty);
    return tyIter_reduce("iter", args, NULL);
}

int tyIter_stateIndex(TyObject *const *args, size_t nargs, TyObject *kwnames, ssize_t lo, ssize_t hi,
                      ssize_t *out)
{
    if (tyArg_noKeywords("__setstate__", kwnames) < 0 || tyArg_checkPositional("__setstate__", nargs, 1, 1) < 0)
        return -1;
    /* PyLong_AsSsize_t's rule: an int, not any object with __index__. */
    if (!TY_INT_CHECK(args[0])) {
        tyErr_setString(&TyExc_TypeError, "an integer is required");
        return -1;
    }
    ssize_t index = tyInt_asSsize(args[0]);
    if (index == -1 && tyErr_occurred())
        return -1;
    *out = index < lo ? lo : index > hi ? hi : index;
    return 0;
}
