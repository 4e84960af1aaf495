/*
** reversed.c — reversed(seq): seq.__reversed__() when the type defines
** it, else an iterator asking for seq[len-1], ..., seq[0].
*/
#include "tally.h"
#include "objects/iter.h"

typedef struct TyReversed {
    TyObject ob;
    ssize_t index;          /* next index to fetch; -1 when done */
    TyObject *seq;          /* NULL once exhausted */
} TyReversed;

static TyObject *reversed_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (type == &TyReversed_Type && tyArg_noKeywords("reversed", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tyErr_format(&TyExc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    TyObject *seq = args[0];
    TyObject *meth = tyType_lookup(TY_TYPE(seq), TY_ID(__reversed__));
    if (meth == TY_NONE)
        return tyErr_format(&TyExc_TypeError, "'%T' object is not reversible", seq);
    if (meth) {
        /* Bound through the type's descriptor, not instance attribute
        ** lookup (a special method). */
        TyObject *bound = tyObj_lookupSpecial(seq, TY_ID(__reversed__));
        if (!bound)
            return tyErr_occurred() ? NULL : tyErr_format(&TyExc_TypeError, "'%T' object is not reversible", seq);
        TyObject *r = tyObj_callNoArgs(bound);
        TY_DECREF(bound);
        return r;
    }
    /* A sequence: __getitem__ and __len__, and not a mapping. */
    if (!TY_TYPE(seq)->subscript || TY_DICT_CHECK(seq))
        return tyErr_format(&TyExc_TypeError, "'%T' object is not reversible", seq);
    ssize_t n = tyObj_length(seq);
    if (n < 0)
        return NULL;
    TyReversed *r = (TyReversed *)tyGC_alloc(type);
    if (!r)
        return NULL;
    r->index = n - 1;
    r->seq = TY_NEWREF(seq);
    tyGC_track((TyObject *)r);
    return (TyObject *)r;
}

static void reversed_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyReversed *)o)->seq);
    tyObj_free(o);
}

static int reversed_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *seq = ((TyReversed *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

static TyObject *reversed_next(TyObject *o)
{
    TyReversed *r = (TyReversed *)o;
    if (r->index >= 0 && r->seq) {
        TyObject *index = tyInt_fromI64(r->index);
        if (!index)
            return NULL;
        TyObject *item = tyObj_getItem(r->seq, index);
        TY_DECREF(index);
        if (item) {
            r->index--;
            return item;
        }
        if (!tyErr_exceptionMatches(&TyExc_IndexError) && !tyErr_exceptionMatches(&TyExc_StopIteration))
            return NULL;
        tyErr_clear();
    }
    r->index = -1;
    TY_CLEAR(r->seq);
    return NULL;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *reversed_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    if (tyArg_noKeywords("reversed.__length_hint__", kwnames) < 0 ||
        tyArg_checkPositional("reversed.__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    TyReversed *r = (TyReversed *)self;
    if (!r->seq)
        return tyInt_fromI64(0);
    ssize_t n = tyObj_length(r->seq);
    if (n < 0)
        return NULL;
    return tyInt_fromI64(n < r->index + 1 ? 0 : r->index + 1);
}

/* __reduce__: (type(self), (seq,), index), or (type(self), ((),)) once
** exhausted, as CPython's. */
static TyObject *reversed_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyReversed *r = (TyReversed *)self;
    TyObject *seq = r->seq ? TY_NEWREF(r->seq) : tyTuple_new(0);
    TyObject *seq_args = seq ? tyTuple_pack(1, seq) : NULL;
    TyObject *index = seq_args && r->seq ? tyInt_fromI64(r->index) : NULL;
    TyObject *result = NULL;
    if (index)
        result = tyTuple_pack(3, (TyObject *)TY_TYPE(self), seq_args, index);
    else if (seq_args && !r->seq)
        result = tyTuple_pack(2, (TyObject *)TY_TYPE(self), seq_args);
    TY_XDECREF(seq);
    TY_XDECREF(seq_args);
    TY_XDECREF(index);
    return result;
}

/* __setstate__(index): clamped to [-1, len(seq) - 1]; an exhausted iterator
** stays so. */
static TyObject *reversed_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyReversed *r = (TyReversed *)self;
    ssize_t n = r->seq ? tyObj_length(r->seq) : 0, index;
    if (n < 0 || tyIter_stateIndex(args, nargs, kwnames, -1, n - 1, &index) < 0)
        return NULL;
    if (r->seq)
        r->index = index;
    return tyNone_new();
}

static TyMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", reversed_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", reversed_setstate, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyReversed_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "reversed",
    .basicsize = sizeof(TyReversed),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .iter = iter_self,
    .iternext = reversed_next,
    .tp_new = reversed_tp_new,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};
