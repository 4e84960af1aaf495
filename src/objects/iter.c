/*
** iter.c — the sequence iterator and the callable iterator.
**
** iter(obj) falls back to the sequence iterator when obj's type has no
** __iter__ but has __getitem__: it asks for obj[0], obj[1], ... until
** IndexError or StopIteration.  iter(f, sentinel) calls f() until the
** result equals sentinel (or f raises StopIteration).  Both drop their
** references once exhausted, so they never restart.
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

TyType TySeqIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "iterator",
    .basicsize = sizeof(TySeqIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .iternext = seqiter_next,
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

TyType TyCallIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "callable_iterator",
    .basicsize = sizeof(TyCallIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = iter_self,
    .iternext = calliter_next,
};

TyObject *tyIter_reduceIndexed(TyObject *seq, ssize_t index, TyObject *empty)
{
    TyObject *iter = tyDict_getItemStr(ty_state.builtins, "iter");
    if (!iter)
        return tyErr_occurred() ? NULL : tyErr_setString(&TyExc_AttributeError, "iter");
    TyObject *args = tyTuple_pack(1, seq ? seq : empty);
    if (!args)
        return NULL;
    TyObject *pos = seq ? tyInt_fromI64(index) : NULL;
    TyObject *r = NULL;
    if (!seq)
        r = tyTuple_pack(2, iter, args);
    else if (pos)
        r = tyTuple_pack(3, iter, args, pos);
    TY_XDECREF(pos);
    TY_DECREF(args);
    return r;
}

int tyIter_indexFromState(TyObject *state, ssize_t len, ssize_t *index)
{
    ssize_t i = tyInt_asSsize(state);
    if (i == -1 && tyErr_occurred())
        return -1;
    *index = i < 0 ? 0 : i > len ? len : i;
    return 0;
}

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
