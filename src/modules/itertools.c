/*
** itertools.c — the `itertools` module with CPython 3.11's behaviour and
** messages: count, cycle, repeat, accumulate, chain, compress, dropwhile,
** takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
** product, permutations, combinations, combinations_with_replacement and
** pairwise.  Each is an iterator type in C.
**
** Rules every type here follows:
**   - an iterator that holds references is tracked by the collector, and
**     its `clear` drops them; every `next` treats a dropped reference as
**     "exhausted", because code run during a collection (a finalizer) may
**     still call it;
**   - an object the iterator owns (its source iterator, its function) is
**     INCREF'd around a call that can run Python code, since that code
**     may advance or clear the iterator and release the object mid-call;
**   - an exhausted source is released at once where CPython releases it,
**     so what sys.getrefcount and the collector see is the same.
*/
#include "tally.h"
#include "objects/weakref.h"
#include "modules/itertools.h"
#include "objects/iter.h"

/* ---- shared helpers ---------------------------------------------------------------- */

/* __iter__ of every iterator here: new reference to itself. */
static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* next(it), it kept alive through the call: new reference, or NULL
** (exhausted when no exception is set). */
static TyObject *next_of(TyObject *it)
{
    TY_INCREF(it);
    TyObject *r = tyIter_next(it);
    TY_DECREF(it);
    return r;
}

/* One step of `it` (tyIter_step), it kept alive through the call: a
** StopIteration raised by a Python __next__ is passed on, as the CPython
** iterators that read their source this way do. */
static TyObject *step_of(TyObject *it)
{
    TY_INCREF(it);
    TyObject *r = tyIter_step(it);
    TY_DECREF(it);
    return r;
}

/* func(arg), func kept alive through the call: new reference. */
static TyObject *call1(TyObject *func, TyObject *arg)
{
    TY_INCREF(func);
    TyObject *r = tyObj_callOneArg(func, arg);
    TY_DECREF(func);
    return r;
}

/* func(a, b), func kept alive through the call: new reference. */
static TyObject *call2(TyObject *func, TyObject *a, TyObject *b)
{
    TyObject *argv[2] = { a, b };
    TY_INCREF(func);
    TyObject *r = tyObj_call(func, argv, 2, NULL);
    TY_DECREF(func);
    return r;
}

/* The truth of pred(item): 1 / 0 / -1. */
static int pred_true(TyObject *pred, TyObject *item)
{
    TyObject *r = call1(pred, item);
    if (!r)
        return -1;
    int t = tyObj_isTrue(r);
    TY_DECREF(r);
    return t;
}

/* Exactly one positional argument, with the message of CPython's
** constructors that take one ("cycle expected 1 argument, got 0").
** 0 / -1. */
static int check_one(const char *name, size_t nargs)
{
    if (nargs == 1)
        return 0;
    tyErr_format(&TyExc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    return -1;
}

/* The class name without its module ("count", or a subclass's name), as
** CPython's reprs print it.  Borrowed from the type. */
static const char *short_name(TyType *t)
{
    const char *name = tyType_name(t);
    const char *dot = (t->flags & TY_TPFLAG_HEAPTYPE) ? NULL : strrchr(name, '.');
    return dot ? dot + 1 : name;
}

/* CPython's rule for the constructors that take positional arguments only:
** keywords are refused ("chain() takes no keyword arguments", naming the
** built-in type) unless a class over the type defines its own __init__ to
** take them.  0 / -1. */
static int no_keywords_unless_init(TyType *type, TyObject *kwnames)
{
    TyType *base = type;
    while (base->flags & TY_TPFLAG_HEAPTYPE)
        base = base->base;
    if (tyType_overrides(type, base, TY_ID(__init__)))
        return 0;
    return tyArg_noKeywords(short_name(base), kwnames);
}

/* The tuple of pool[indices[0]], ..., pool[indices[n-1]]: new reference. */
static TyObject *pick(TyObject *pool, const ssize_t *indices, ssize_t n)
{
    TyObject *t = tyTuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(t, i, TY_NEWREF(TY_TUPLE_GET(pool, indices[i])));
    return t;
}

/* A C array of n indices (at least one slot, so n == 0 needs no special
** case), or NULL with MemoryError. */
static ssize_t *new_indices(ssize_t n)
{
    if ((size_t)n > (size_t)SSIZE_MAX / sizeof(ssize_t) - 1) {
        tyErr_noMemory();
        return NULL;
    }
    return tyMem_malloc((size_t)(n + 1) * sizeof(ssize_t));
}

/* ---- pickling ---------------------------------------------------------------------- */

/* (type(self), args) or, with a state, (type(self), args, state): what the
** iterators' __reduce__ give, in CPython's shapes.  args and state (NULL
** for none) are stolen; a NULL args is the caller's failure, passed on.
** New reference. */
static TyObject *reduce_value(TyObject *self, TyObject *args, TyObject *state)
{
    TyObject *r = NULL;
    if (args)
        r = state ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), args, state)
                  : tyTuple_pack(2, (TyObject *)TY_TYPE(self), args);
    TY_XDECREF(args);
    TY_XDECREF(state);
    return r;
}

/* 0, or -1 with the TypeError of a __reduce__ / __setstate__ called with
** arguments it does not take. */
static int reduce_args(const char *fname, size_t nargs, TyObject *kwnames, size_t n)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, n, n) < 0)
        return -1;
    return 0;
}

/* An exhausted source as an object pickle can save: iter(()).  New
** reference. */
static TyObject *empty_iter(void)
{
    TyObject *empty = tyTuple_new(0);
    TyObject *it = empty ? tyObj_getIter(empty) : NULL;
    TY_XDECREF(empty);
    return it;
}

/* o (borrowed) as a new reference, or iter(()) when it is NULL (a source
** dropped once exhausted). */
static TyObject *source_or_empty(TyObject *o)
{
    return o ? TY_NEWREF(o) : empty_iter();
}

/* ---- count(start=0, step=1) ---------------------------------------------------------- */

typedef struct TyCount {
    TyObject ob;
    TyObject *cnt;          /* the next value; NULL once cleared */
    TyObject *step;
} TyCount;

/* CPython accepts as a number anything with __index__, __int__ or
** __float__ (PyNumber_Check). */
/* PyNumber_Check's answer: what count() accepts. */
static bool is_number(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    return t->nb_index || t->nb_int || t->nb_float || TY_COMPLEX_CHECK(o);
}

/* The int 1 (of any int class): the step of CPython's fast mode. */
static bool is_unit_step(TyObject *step)
{
    return TY_INT_CHECK(step) && TY_INT_IS_SMALL(step) && TY_INT_VALUE(step) == 1;
}

/* count(start=0, step=1): new reference.  With a step of 1, an int start
** of a subclass (True) counts as a plain int, as in CPython's fast mode:
** count(True) gives 1, 2, ... and shows as count(1). */
static TyObject *count_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "start", "step", NULL };
    TyObject *a[2];
    if (tyArg_unpack("count", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1])))
        return tyErr_setString(&TyExc_TypeError, "a number is required");
    bool unit = !a[1] || is_unit_step(a[1]);
    TyObject *start, *step;
    if (!a[0])
        start = tyInt_fromI64(0);
    else if (unit && TY_INT_CHECK(a[0]) && !TY_INT_CHECK_EXACT(a[0]) && TY_INT_IS_SMALL(a[0]))
        start = tyInt_fromI64(TY_INT_VALUE(a[0]));
    else
        start = TY_NEWREF(a[0]);
    step = unit ? tyInt_fromI64(1) : TY_NEWREF(a[1]);
    TyCount *c = start && step ? (TyCount *)tyGC_alloc(type) : NULL;
    if (!c) {
        TY_XDECREF(start);
        TY_XDECREF(step);
        return NULL;
    }
    c->cnt = start;
    c->step = step;
    tyGC_track((TyObject *)c);
    return (TyObject *)c;
}

/* Untracks, releases every reference, frees the object. */
static void count_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyCount *)o)->cnt);
    TY_XDECREF(((TyCount *)o)->step);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int count_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyCount *c = (TyCount *)o;
    if (c->cnt && visit(c->cnt, arg))
        return 1;
    return c->step ? visit(c->step, arg) : 0;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int count_clear(TyObject *o)
{
    TY_CLEAR(((TyCount *)o)->cnt);
    TY_CLEAR(((TyCount *)o)->step);
    return 0;
}

/* The current value (new reference); the count moves on by step first, so
** a failing addition leaves the count where it was. */
static TyObject *count_next(TyObject *o)
{
    TyCount *c = (TyCount *)o;
    if (!c->cnt || !c->step)
        return NULL;
    TyObject *cur = c->cnt;
    TyObject *nxt = tyNum_binary(cur, c->step, TY_BINOP_ADD);
    if (!nxt)
        return NULL;
    c->cnt = nxt;
    return cur;
}

/* "count(5)" when step is 1, else "count(1, 2)": new reference. */
static TyObject *count_repr(TyObject *o)
{
    TyCount *c = (TyCount *)o;
    const char *name = short_name(TY_TYPE(o));
    if (!c->cnt || !c->step)
        return tyStr_fromFormat("%s()", name);
    if (is_unit_step(c->step))
        return tyStr_fromFormat("%s(%R)", name, c->cnt);
    return tyStr_fromFormat("%s(%R, %R)", name, c->cnt, c->step);
}

/* __reduce__: (count, (next,)) while counting ints by 1 (CPython's fast
** mode), else (count, (next, step)). */
static TyObject *count_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyCount *c = (TyCount *)self;
    if (!c->cnt || !c->step)
        return tyErr_setString(&TyExc_TypeError, "count object was cleared");
    bool fast = TY_INT_CHECK_EXACT(c->cnt) && TY_INT_IS_SMALL(c->cnt) && TY_INT_CHECK_EXACT(c->step) &&
                is_unit_step(c->step);
    return reduce_value(self, fast ? tyTuple_pack(1, c->cnt) : tyTuple_pack(2, c->cnt, c->step), NULL);
}

static TyMethodDef count_methods[] = {
    { "__reduce__", count_reduce, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyCount_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.count",
    .basicsize = sizeof(TyCount),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = count_dealloc,
    .repr = count_repr,
    .traverse = count_traverse,
    .clear = count_clear,
    .iter = iter_self,
    .iternext = count_next,
    .tp_new = count_new,
    .methods = count_methods,
    .doc = "Return a count object whose .__next__() method returns consecutive values.",
};

/* ---- cycle(iterable) ------------------------------------------------------------------- */

typedef struct TyCycle {
    TyObject ob;
    TyObject *it;           /* the source until it is exhausted, then NULL */
    TyObject *saved;        /* list of the items the source gave */
    ssize_t index;          /* next saved item once the source is exhausted */
    bool firstpass;         /* saved is complete (a __setstate__ said so): add nothing */
} TyCycle;

/* cycle(iterable): new reference. */
static TyObject *cycle_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (no_keywords_unless_init(type, kwnames) < 0 || check_one("cycle", nargs) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyObject *saved = tyList_new(0);
    TyCycle *c = saved ? (TyCycle *)tyGC_alloc(type) : NULL;
    if (!c) {
        TY_DECREF(it);
        TY_XDECREF(saved);
        return NULL;
    }
    c->it = it;
    c->saved = saved;
    c->index = 0;
    c->firstpass = false;
    tyGC_track((TyObject *)c);
    return (TyObject *)c;
}

/* Untracks, releases every reference, frees the object. */
static void cycle_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyCycle *)o)->it);
    TY_XDECREF(((TyCycle *)o)->saved);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int cycle_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyCycle *c = (TyCycle *)o;
    if (c->it && visit(c->it, arg))
        return 1;
    return c->saved ? visit(c->saved, arg) : 0;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int cycle_clear(TyObject *o)
{
    TY_CLEAR(((TyCycle *)o)->it);
    TY_CLEAR(((TyCycle *)o)->saved);
    return 0;
}

/* The source's items (each saved), then the saved items round and round:
** new reference. */
static TyObject *cycle_next(TyObject *o)
{
    TyCycle *c = (TyCycle *)o;
    if (c->it) {
        TyObject *item = next_of(c->it);
        if (item) {
            if (!c->firstpass && c->saved && tyList_append(c->saved, item) < 0) {
                TY_DECREF(item);
                return NULL;
            }
            return item;
        }
        if (tyErr_occurred())
            return NULL;
        TY_CLEAR(c->it);
    }
    if (!c->saved || TY_LIST_LEN(c->saved) == 0)
        return NULL;
    if (c->index >= TY_LIST_LEN(c->saved))
        c->index = 0;
    return TY_NEWREF(TY_LIST_GET(c->saved, c->index++));
}

/* __reduce__: (cycle, (source,), (saved, firstpass)); once the source is
** exhausted, the source is an iterator over the saved items from where the
** cycle stands and firstpass is True (CPython's shape). */
static TyObject *cycle_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyCycle *c = (TyCycle *)self;
    if (!c->saved)
        return tyErr_setString(&TyExc_TypeError, "cycle object was cleared");
    TyObject *it = c->it ? TY_NEWREF(c->it) : tyObj_getIter(c->saved);
    if (it && !c->it && c->index > 0 && c->index < TY_LIST_LEN(c->saved)) {
        TyObject *setstate = tyObj_getAttrStr(it, "__setstate__");
        TyObject *index = setstate ? tyInt_fromI64(c->index) : NULL;
        TyObject *r = index ? tyObj_callOneArg(setstate, index) : NULL;
        TY_XDECREF(setstate);
        TY_XDECREF(index);
        if (!r)
            TY_CLEAR(it);
        TY_XDECREF(r);
    }
    TyObject *state = it ? tyTuple_pack(2, c->saved, c->it && !c->firstpass ? TY_FALSE : TY_TRUE) : NULL;
    TyObject *cargs = state ? tyTuple_pack(1, it) : NULL;
    TY_XDECREF(it);
    if (!cargs) {
        TY_XDECREF(state);
        return NULL;
    }
    return reduce_value(self, cargs, state);
}

/* __setstate__((saved, firstpass)): saved a list; the cycle restarts at
** its first saved item. */
static TyObject *cycle_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    TyObject *state = args[0];
    if (!TY_TUPLE_CHECK(state))
        return tyErr_setString(&TyExc_TypeError, "state is not a tuple");
    if (TY_TUPLE_LEN(state) != 2)
        return tyErr_format(&TyExc_TypeError, "function takes exactly 2 arguments (%zd given)",
                            TY_TUPLE_LEN(state));
    TyObject *saved = TY_TUPLE_GET(state, 0);
    if (!TY_LIST_CHECK(saved))
        return tyErr_format(&TyExc_TypeError, "argument 1 must be list, not %s", tyType_name(TY_TYPE(saved)));
    int64_t firstpass;
    if (!TY_INT_CHECK(TY_TUPLE_GET(state, 1)) || tyInt_asI64(TY_TUPLE_GET(state, 1), &firstpass) < 0) {
        if (!tyErr_occurred())
            tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         tyType_name(TY_TYPE(TY_TUPLE_GET(state, 1))));
        return NULL;
    }
    TyCycle *c = (TyCycle *)self;
    TY_XSETREF(c->saved, TY_NEWREF(saved));
    c->firstpass = firstpass != 0;
    c->index = 0;
    return tyNone_new();
}

static TyMethodDef cycle_methods[] = {
    { "__reduce__", cycle_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", cycle_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyCycle_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.cycle",
    .basicsize = sizeof(TyCycle),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = cycle_dealloc,
    .traverse = cycle_traverse,
    .clear = cycle_clear,
    .iter = iter_self,
    .iternext = cycle_next,
    .tp_new = cycle_new,
    .methods = cycle_methods,
    .doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence "
           "indefinitely.",
};

/* ---- repeat(object, times) --------------------------------------------------------------- */

typedef struct TyRepeat {
    TyObject ob;
    TyObject *element;      /* NULL once cleared */
    ssize_t remaining;      /* -1: forever */
} TyRepeat;

/* repeat(object[, times]): a negative times counts as 0.  New reference. */
static TyObject *repeat_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "object", "times", NULL };
    TyObject *a[2];
    if (tyArg_unpack("repeat", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    ssize_t times = -1;
    if (a[1]) {
        if (tyArg_ssize(a[1], &times) < 0)
            return NULL;
        if (times < 0)
            times = 0;
    }
    TyRepeat *r = (TyRepeat *)tyGC_alloc(type);
    if (!r)
        return NULL;
    r->element = TY_NEWREF(a[0]);
    r->remaining = times;
    tyGC_track((TyObject *)r);
    return (TyObject *)r;
}

/* Untracks, releases every reference, frees the object. */
static void repeat_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyRepeat *)o)->element);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int repeat_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *e = ((TyRepeat *)o)->element;
    return e ? visit(e, arg) : 0;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int repeat_clear(TyObject *o)
{
    TY_CLEAR(((TyRepeat *)o)->element);
    return 0;
}

/* The element again (new reference) while any repetitions remain. */
static TyObject *repeat_next(TyObject *o)
{
    TyRepeat *r = (TyRepeat *)o;
    if (!r->element || r->remaining == 0)
        return NULL;
    if (r->remaining > 0)
        r->remaining--;
    return TY_NEWREF(r->element);
}

/* "repeat('a')" or "repeat('a', 3)" with the repetitions left: new
** reference. */
static TyObject *repeat_repr(TyObject *o)
{
    TyRepeat *r = (TyRepeat *)o;
    const char *name = short_name(TY_TYPE(o));
    if (!r->element)
        return tyStr_fromFormat("%s()", name);
    if (r->remaining < 0)
        return tyStr_fromFormat("%s(%R)", name, r->element);
    return tyStr_fromFormat("%s(%R, %zd)", name, r->element, r->remaining);
}

/* __length_hint__(): the repetitions left; a repeat without end has no
** length (TypeError, as CPython's). */
static TyObject *repeat_length_hint(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__length_hint__", kwnames) < 0 || tyArg_checkPositional("__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    ssize_t n = ((TyRepeat *)self)->remaining;
    if (n < 0)
        return tyErr_setString(&TyExc_TypeError, "len() of unsized object");
    return tyInt_fromI64(n);
}

/* __reduce__: (repeat, (object, times left)), or (repeat, (object,))
** without end. */
static TyObject *repeat_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyRepeat *r = (TyRepeat *)self;
    if (!r->element)
        return tyErr_setString(&TyExc_TypeError, "repeat object was cleared");
    if (r->remaining < 0)
        return reduce_value(self, tyTuple_pack(1, r->element), NULL);
    TyObject *times = tyInt_fromI64(r->remaining);
    TyObject *rargs = times ? tyTuple_pack(2, r->element, times) : NULL;
    TY_XDECREF(times);
    return reduce_value(self, rargs, NULL);
}

static TyMethodDef repeat_methods[] = {
    { "__length_hint__", repeat_length_hint, TY_METH_DEFAULT, NULL },
    { "__reduce__", repeat_reduce, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyRepeat_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.repeat",
    .basicsize = sizeof(TyRepeat),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = repeat_dealloc,
    .repr = repeat_repr,
    .traverse = repeat_traverse,
    .clear = repeat_clear,
    .iter = iter_self,
    .iternext = repeat_next,
    .tp_new = repeat_new,
    .methods = repeat_methods,
    .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
           "for the specified number of times.  If not specified, returns the object\n"
           "endlessly.",
};

/* ---- accumulate(iterable, func=None, *, initial=None) --------------------------------------- */

typedef struct TyAccumulate {
    TyObject ob;
    TyObject *it;           /* NULL once cleared */
    TyObject *func;         /* NULL: addition */
    TyObject *total;        /* NULL before the first item */
    TyObject *initial;      /* given first, then NULL */
} TyAccumulate;

/* accumulate(iterable, func=None, *, initial=None): new reference. */
static TyObject *accumulate_new(TyType *type, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    static const char *const names[] = { "iterable", "func", "initial", NULL };
    TyObject *a[3];
    if (tyArg_unpack("accumulate", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(a[0]);
    if (!it)
        return NULL;
    TyAccumulate *acc = (TyAccumulate *)tyGC_alloc(type);
    if (!acc) {
        TY_DECREF(it);
        return NULL;
    }
    acc->it = it;
    acc->func = a[1] && a[1] != TY_NONE ? TY_NEWREF(a[1]) : NULL;
    acc->total = NULL;
    acc->initial = a[2] && a[2] != TY_NONE ? TY_NEWREF(a[2]) : NULL;
    tyGC_track((TyObject *)acc);
    return (TyObject *)acc;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int accumulate_clear(TyObject *o)
{
    TyAccumulate *a = (TyAccumulate *)o;
    TY_CLEAR(a->it);
    TY_CLEAR(a->func);
    TY_CLEAR(a->total);
    TY_CLEAR(a->initial);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void accumulate_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    accumulate_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int accumulate_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyAccumulate *a = (TyAccumulate *)o;
    TyObject *refs[4] = { a->it, a->func, a->total, a->initial };
    for (int i = 0; i < 4; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* initial (if given), then the running total: new reference. */
static TyObject *accumulate_next(TyObject *o)
{
    TyAccumulate *a = (TyAccumulate *)o;
    if (a->initial) {
        TY_XSETREF(a->total, a->initial);
        a->initial = NULL;
        return TY_NEWREF(a->total);
    }
    if (!a->it)
        return NULL;
    TyObject *val = step_of(a->it);
    if (!val)
        return NULL;
    if (!a->total) {
        a->total = TY_NEWREF(val);
        return val;
    }
    TyObject *total = TY_NEWREF(a->total);
    TyObject *sum = a->func ? call2(a->func, total, val) : tyNum_binary(total, val, TY_BINOP_ADD);
    TY_DECREF(total);
    TY_DECREF(val);
    if (!sum)
        return NULL;
    TY_XSETREF(a->total, TY_NEWREF(sum));
    return sum;
}

static TyType TyChain_Type, TyISlice_Type;

/* __reduce__, in CPython's shapes: before an initial value is given,
** (accumulate, (chain((initial,), source), func), None); with a running
** total of None, islice(accumulate(chain((None,), source), func), 1,
** None); else (accumulate, (source, func), total or None). */
static TyObject *accumulate_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyAccumulate *a = (TyAccumulate *)self;
    TyObject *func = a->func ? a->func : TY_NONE;
    TyObject *src = source_or_empty(a->it);
    if (!src)
        return NULL;
    TyObject *first = a->initial ? a->initial : a->total == TY_NONE ? TY_NONE : NULL;
    if (!first) {
        TyObject *rargs = tyTuple_pack(2, src, func);
        TY_DECREF(src);
        return reduce_value(self, rargs, TY_NEWREF(a->total ? a->total : TY_NONE));
    }
    TyObject *head = tyTuple_pack(1, first);
    TyObject *chain_args[2] = { head, src };
    TyObject *chained = head ? tyObj_call((TyObject *)&TyChain_Type, chain_args, 2, NULL) : NULL;
    TY_XDECREF(head);
    TY_DECREF(src);
    TyObject *rargs = chained ? tyTuple_pack(2, chained, func) : NULL;
    TY_XDECREF(chained);
    if (a->initial)
        return reduce_value(self, rargs, TY_NEWREF(TY_NONE));
    TyObject *acc = rargs ? tyObj_call((TyObject *)TY_TYPE(self), TY_TUPLE_ITEMS(rargs), 2, NULL) : NULL;
    TY_XDECREF(rargs);
    TyObject *one = acc ? tyInt_fromI64(1) : NULL;
    TyObject *slice_args = one ? tyTuple_pack(3, acc, one, TY_NONE) : NULL;
    TY_XDECREF(acc);
    TY_XDECREF(one);
    TyObject *r = slice_args ? tyTuple_pack(2, (TyObject *)&TyISlice_Type, slice_args) : NULL;
    TY_XDECREF(slice_args);
    return r;
}

/* __setstate__(total): the running total. */
static TyObject *accumulate_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    TY_XSETREF(((TyAccumulate *)self)->total, TY_NEWREF(args[0]));
    return tyNone_new();
}

static TyMethodDef accumulate_methods[] = {
    { "__reduce__", accumulate_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", accumulate_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyAccumulate_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.accumulate",
    .basicsize = sizeof(TyAccumulate),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = accumulate_dealloc,
    .traverse = accumulate_traverse,
    .clear = accumulate_clear,
    .iter = iter_self,
    .iternext = accumulate_next,
    .tp_new = accumulate_new,
    .methods = accumulate_methods,
    .doc = "Return series of accumulated sums (or other binary function results).",
};

/* ---- chain(*iterables), chain.from_iterable(iterable) ---------------------------------------- */

typedef struct TyChain {
    TyObject ob;
    TyObject *source;       /* iterator over the iterables; NULL when done */
    TyObject *active;       /* iterator of the current iterable, or NULL */
} TyChain;

/* A chain of `type` over the iterables `source` gives (an iterable): new
** reference. */
static TyObject *chain_make(TyType *type, TyObject *source)
{
    TyObject *it = tyObj_getIter(source);
    if (!it)
        return NULL;
    TyChain *c = (TyChain *)tyGC_alloc(type);
    if (!c) {
        TY_DECREF(it);
        return NULL;
    }
    c->source = it;
    c->active = NULL;
    tyGC_track((TyObject *)c);
    return (TyObject *)c;
}

/* chain(*iterables): new reference. */
static TyObject *chain_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (no_keywords_unless_init(type, kwnames) < 0)
        return NULL;
    TyObject *iterables = tyTuple_fromArray(args, (ssize_t)nargs);
    if (!iterables)
        return NULL;
    TyObject *c = chain_make(type, iterables);
    TY_DECREF(iterables);
    return c;
}

/* chain.from_iterable(iterable), a class method: new reference. */
static TyObject *chain_from_iterable(TyObject *cls, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    if (tyArg_noKeywords("chain.from_iterable", kwnames) < 0 ||
        tyArg_checkPositional("chain.from_iterable", nargs, 1, 1) < 0)
        return NULL;
    return chain_make((TyType *)cls, args[0]);
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int chain_clear(TyObject *o)
{
    TY_CLEAR(((TyChain *)o)->source);
    TY_CLEAR(((TyChain *)o)->active);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void chain_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    chain_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int chain_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyChain *c = (TyChain *)o;
    if (c->source && visit(c->source, arg))
        return 1;
    return c->active ? visit(c->active, arg) : 0;
}

/* The next item of the current iterable, moving on to the next iterable
** when one runs out: new reference. */
static TyObject *chain_next(TyObject *o)
{
    TyChain *c = (TyChain *)o;
    for (;;) {
        if (!c->active) {
            if (!c->source)
                return NULL;
            TyObject *iterable = step_of(c->source);
            if (!iterable) {
                if (!tyErr_occurred())
                    TY_CLEAR(c->source);
                return NULL;
            }
            TyObject *active = tyObj_getIter(iterable);
            TY_DECREF(iterable);
            if (!active) {
                TY_CLEAR(c->source);
                return NULL;
            }
            TY_XSETREF(c->active, active);
        }
        TyObject *item = next_of(c->active);
        if (item || tyErr_occurred())
            return item;
        TY_CLEAR(c->active);
    }
}


/* __reduce__: (chain, (), (source, active)), (chain, (), (source,)) before
** an iterable is started, (chain, ()) once done: CPython's shape, which
** leaves the iterables to __setstate__. */
static TyObject *chain_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyChain *c = (TyChain *)self;
    TyObject *state = NULL;
    if (c->source) {
        state = c->active ? tyTuple_pack(2, c->source, c->active) : tyTuple_pack(1, c->source);
        if (!state)
            return NULL;
    }
    return reduce_value(self, tyTuple_new(0), state);
}

/* __setstate__((source[, active])): both iterators. */
static TyObject *chain_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    TyObject *state = args[0];
    if (!TY_TUPLE_CHECK(state))
        return tyErr_setString(&TyExc_TypeError, "state is not a tuple");
    ssize_t n = TY_TUPLE_LEN(state);
    if (n < 1 || n > 2)
        return tyErr_format(&TyExc_TypeError, "function takes %s %d argument%s (%zd given)",
                            n < 1 ? "at least" : "at most", n < 1 ? 1 : 2, n < 1 ? "" : "s", n);
    TyObject *source = TY_TUPLE_GET(state, 0), *active = n == 2 ? TY_TUPLE_GET(state, 1) : NULL;
    if (!tyIter_check(source) || (active && !tyIter_check(active)))
        return tyErr_setString(&TyExc_TypeError, "Arguments must be iterators.");
    TyChain *c = (TyChain *)self;
    TY_XSETREF(c->source, TY_NEWREF(source));
    TY_XSETREF(c->active, active ? TY_NEWREF(active) : NULL);
    return tyNone_new();
}

static TyMethodDef chain_methods[] = {
    { "from_iterable", chain_from_iterable, TY_METH_CLASS,
      "Alternative chain() constructor taking a single iterable argument that evaluates "
      "lazily." },
    { "__reduce__", chain_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", chain_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyChain_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.chain",
    .basicsize = sizeof(TyChain),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = chain_dealloc,
    .traverse = chain_traverse,
    .clear = chain_clear,
    .iter = iter_self,
    .iternext = chain_next,
    .tp_new = chain_new,
    .methods = chain_methods,
    .doc = "chain(*iterables) --> chain object\n\n"
           "Return a chain object whose .__next__() method returns elements from the\n"
           "first iterable until it is exhausted, then elements from the next\n"
           "iterable, until all of the iterables are exhausted.",
};

/* ---- iterators over a function and one source: compress, dropwhile, takewhile,
**      filterfalse, starmap, pairwise ------------------------------------------------------ */

/* One layout for the iterators that hold a callable (or a second source,
** or a remembered item) and a source iterator. */
typedef struct TyFuncIter {
    TyObject ob;
    TyObject *func;         /* the predicate, function or selectors; may be NULL */
    TyObject *it;           /* the source; NULL once exhausted or cleared */
    bool done;              /* dropwhile: stopped dropping; takewhile: stopped */
} TyFuncIter;

#define FI(o) ((TyFuncIter *)(o))

/* A TyFuncIter of `type` over func (borrowed, may be NULL) and iter(iterable):
** new reference. */
static TyObject *funciter_make(TyType *type, TyObject *func, TyObject *iterable)
{
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return NULL;
    TyFuncIter *f = (TyFuncIter *)tyGC_alloc(type);
    if (!f) {
        TY_DECREF(it);
        return NULL;
    }
    f->func = func ? TY_NEWREF(func) : NULL;
    f->it = it;
    f->done = false;
    tyGC_track((TyObject *)f);
    return (TyObject *)f;
}

/* dropwhile / takewhile / filterfalse / starmap (predicate, iterable), all
** positional-only: new reference. */
static TyObject *funciter_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    const char *name = short_name(type);
    if (no_keywords_unless_init(type, kwnames) < 0 || tyArg_checkPositional(name, nargs, 2, 2) < 0)
        return NULL;
    return funciter_make(type, args[0], args[1]);
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int funciter_clear(TyObject *o)
{
    TY_CLEAR(FI(o)->func);
    TY_CLEAR(FI(o)->it);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void funciter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    funciter_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int funciter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    if (FI(o)->func && visit(FI(o)->func, arg))
        return 1;
    return FI(o)->it ? visit(FI(o)->it, arg) : 0;
}

/* compress(data, selectors): here func holds the selectors' iterator.  New
** reference. */
static TyObject *compress_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "data", "selectors", NULL };
    TyObject *a[2];
    if (tyArg_unpack("compress", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    TyObject *selectors = tyObj_getIter(a[1]);
    if (!selectors)
        return NULL;
    TyObject *r = funciter_make(type, selectors, a[0]);
    TY_DECREF(selectors);
    return r;
}

/* The next datum whose selector is true: new reference. */
static TyObject *compress_next(TyObject *o)
{
    TyFuncIter *f = FI(o);
    for (;;) {
        if (!f->it || !f->func)
            return NULL;
        TyObject *datum = step_of(f->it);
        if (!datum)
            return NULL;
        TyObject *sel = f->func ? step_of(f->func) : NULL;
        if (!sel) {
            TY_DECREF(datum);
            return NULL;
        }
        int t = tyObj_isTrue(sel);
        TY_DECREF(sel);
        if (t > 0)
            return datum;
        TY_DECREF(datum);
        if (t < 0)
            return NULL;
    }
}

/* Skips items while the predicate holds, then gives every item: new
** reference. */
static TyObject *dropwhile_next(TyObject *o)
{
    TyFuncIter *f = FI(o);
    for (;;) {
        if (!f->it)
            return NULL;
        TyObject *item = step_of(f->it);
        if (!item || f->done)
            return item;
        int t = f->func ? pred_true(f->func, item) : 0;
        if (t == 0) {
            f->done = true;
            return item;
        }
        TY_DECREF(item);
        if (t < 0)
            return NULL;
    }
}

/* Items while the predicate holds; after the first that fails, none: new
** reference. */
static TyObject *takewhile_next(TyObject *o)
{
    TyFuncIter *f = FI(o);
    if (f->done || !f->it || !f->func)
        return NULL;
    TyObject *item = step_of(f->it);
    if (!item)
        return NULL;
    int t = pred_true(f->func, item);
    if (t > 0)
        return item;
    TY_DECREF(item);
    if (t == 0)
        f->done = true;
    return NULL;
}

/* filterfalse(predicate, iterable): predicate None tests the items
** themselves.  New reference. */
static TyObject *filterfalse_new(TyType *type, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (no_keywords_unless_init(type, kwnames) < 0 ||
        tyArg_checkPositional("filterfalse", nargs, 2, 2) < 0)
        return NULL;
    return funciter_make(type, args[0] == TY_NONE ? NULL : args[0], args[1]);
}

/* The next item for which the predicate is false: new reference. */
static TyObject *filterfalse_next(TyObject *o)
{
    TyFuncIter *f = FI(o);
    for (;;) {
        if (!f->it)
            return NULL;
        TyObject *item = step_of(f->it);
        if (!item)
            return NULL;
        int t = f->func ? pred_true(f->func, item) : tyObj_isTrue(item);
        if (t == 0)
            return item;
        TY_DECREF(item);
        if (t < 0)
            return NULL;
    }
}

/* func(*item) for the next item (made a tuple first if it is not one):
** new reference. */
static TyObject *starmap_next(TyObject *o)
{
    TyFuncIter *f = FI(o);
    if (!f->it || !f->func)
        return NULL;
    TyObject *item = step_of(f->it);
    if (!item)
        return NULL;
    if (!TY_TUPLE_CHECK(item)) {
        TyObject *t = tyTuple_fromIterable(item);
        TY_DECREF(item);
        if (!t)
            return NULL;
        item = t;
    }
    TyObject *func = TY_NEWREF(f->func);
    TyObject *r = tyObj_call(func, TY_TUPLE_ITEMS(item), (size_t)TY_TUPLE_LEN(item), NULL);
    TY_DECREF(func);
    TY_DECREF(item);
    return r;
}

/* pairwise(iterable): func holds the previous item.  New reference. */
static TyObject *pairwise_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (no_keywords_unless_init(type, kwnames) < 0 ||
        check_one("pairwise", nargs) < 0)
        return NULL;
    return funciter_make(type, NULL, args[0]);
}

/* (previous, next) for overlapping pairs of the source: new reference.
** The source and the remembered item are released when it runs out. */
static TyObject *pairwise_next(TyObject *o)
{
    TyFuncIter *f = FI(o);
    if (!f->it)
        return NULL;
    if (!f->func) {
        f->func = step_of(f->it);
        if (!f->func) {
            TY_CLEAR(f->it);
            return NULL;
        }
    }
    TyObject *item = f->it ? step_of(f->it) : NULL;
    if (!item || !f->func) {
        TY_XDECREF(item);
        TY_CLEAR(f->it);
        TY_CLEAR(f->func);
        return NULL;
    }
    TyObject *pair = tyTuple_pack(2, f->func, item);
    if (!pair) {
        TY_DECREF(item);
        return NULL;
    }
    TY_XSETREF(f->func, item);
    return pair;
}

static TyType TyCompress_Type, TyFilterFalse_Type;

/* __reduce__ of compress, filterfalse and starmap: (type, (func, source)),
** func being the selectors of compress and None for filterfalse's truth
** test; an exhausted source is iter(()). */
static TyObject *funciter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyFuncIter *f = FI(self);
    TyObject *func = f->func ? TY_NEWREF(f->func) : TY_TYPE(self) == &TyFilterFalse_Type ? TY_NEWREF(TY_NONE)
                                                                                      : empty_iter();
    TyObject *it = func ? source_or_empty(f->it) : NULL;
    TyObject *rargs = it ? tyTuple_pack(2, TY_TYPE(self) == &TyCompress_Type ? it : func,
                                        TY_TYPE(self) == &TyCompress_Type ? func : it) : NULL;
    TY_XDECREF(func);
    TY_XDECREF(it);
    return reduce_value(self, rargs, NULL);
}

/* __reduce__ of dropwhile and takewhile: (type, (predicate, source), 1 once
** they stopped dropping / taking, else 0). */
static TyObject *whileiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyFuncIter *f = FI(self);
    if (!f->func)
        return tyErr_format(&TyExc_TypeError, "%s object was cleared", short_name(TY_TYPE(self)));
    TyObject *it = source_or_empty(f->it);
    TyObject *rargs = it ? tyTuple_pack(2, f->func, it) : NULL;
    TY_XDECREF(it);
    return reduce_value(self, rargs, tyInt_fromI64(f->done));
}

/* __setstate__(flag) of dropwhile and takewhile: its truth. */
static TyObject *whileiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    int done = tyObj_isTrue(args[0]);
    if (done < 0)
        return NULL;
    FI(self)->done = done;
    return tyNone_new();
}

static TyMethodDef funciter_methods[] = {
    { "__reduce__", funciter_reduce, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyMethodDef whileiter_methods[] = {
    { "__reduce__", whileiter_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", whileiter_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

#define FUNCITER_TYPE(var, tname, newf, nextf, meths, docstr) \
    static TyType var = {                               \
        .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },      \
        .name = tname,                                  \
        .basicsize = sizeof(TyFuncIter),                \
        .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,     \
        .dealloc = funciter_dealloc,                    \
        .traverse = funciter_traverse,                  \
        .clear = funciter_clear,                        \
        .iter = iter_self,                              \
        .iternext = nextf,                              \
        .tp_new = newf,                                 \
        .methods = meths,                               \
        .doc = docstr,                                  \
    }

FUNCITER_TYPE(TyCompress_Type, "itertools.compress", compress_new, compress_next, funciter_methods,
              "Return data elements corresponding to true selector elements.");
FUNCITER_TYPE(TyDropWhile_Type, "itertools.dropwhile", funciter_new, dropwhile_next, whileiter_methods,
              "Drop items from the iterable while predicate(item) is true.");
FUNCITER_TYPE(TyTakeWhile_Type, "itertools.takewhile", funciter_new, takewhile_next, whileiter_methods,
              "Return successive entries from an iterable as long as the predicate evaluates "
              "to true for each entry.");
FUNCITER_TYPE(TyFilterFalse_Type, "itertools.filterfalse", filterfalse_new, filterfalse_next, funciter_methods,
              "Return those items of iterable for which function(item) is false.");
FUNCITER_TYPE(TyStarMap_Type, "itertools.starmap", funciter_new, starmap_next, funciter_methods,
              "Return an iterator whose values are returned from the function evaluated with "
              "an argument tuple taken from the given sequence.");
FUNCITER_TYPE(TyPairwise_Type, "itertools.pairwise", pairwise_new, pairwise_next, NULL,
              "Return an iterator of overlapping pairs taken from the input iterator.");

/* ---- groupby(iterable, key=None) ------------------------------------------------------------ */

/* The groupby object and its groups share one source.  Each call of
** groupby's next starts a new group number; a group whose number is no
** longer current is exhausted, which is how advancing the outer iterator
** invalidates the previous group (CPython compares a pointer instead). */
typedef struct TyGroupBy {
    TyObject ob;
    TyObject *it;           /* NULL once cleared */
    TyObject *keyfunc;      /* NULL: the identity */
    TyObject *tgtkey;       /* the key of the current group */
    TyObject *currkey;      /* the key of currvalue */
    TyObject *currvalue;    /* the item read ahead, not yet given, or NULL */
    uint64_t group;         /* number of the current group */
} TyGroupBy;

typedef struct TyGrouper {
    TyObject ob;
    TyObject *parent;       /* the groupby; NULL once cleared */
    TyObject *tgtkey;
    uint64_t group;
} TyGrouper;

static TyType TyGrouper_Type;

#define GB(o) ((TyGroupBy *)(o))

/* groupby(iterable, key=None): new reference. */
static TyObject *groupby_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "iterable", "key", NULL };
    TyObject *a[2];
    if (tyArg_unpack("groupby", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(a[0]);
    if (!it)
        return NULL;
    TyGroupBy *g = (TyGroupBy *)tyGC_alloc(type);
    if (!g) {
        TY_DECREF(it);
        return NULL;
    }
    g->it = it;
    g->keyfunc = a[1] && a[1] != TY_NONE ? TY_NEWREF(a[1]) : NULL;
    g->tgtkey = g->currkey = g->currvalue = NULL;
    g->group = 0;
    tyGC_track((TyObject *)g);
    return (TyObject *)g;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int groupby_clear(TyObject *o)
{
    TyGroupBy *g = GB(o);
    TY_CLEAR(g->it);
    TY_CLEAR(g->keyfunc);
    TY_CLEAR(g->tgtkey);
    TY_CLEAR(g->currkey);
    TY_CLEAR(g->currvalue);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void groupby_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    groupby_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int groupby_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGroupBy *g = GB(o);
    TyObject *refs[5] = { g->it, g->keyfunc, g->tgtkey, g->currkey, g->currvalue };
    for (int i = 0; i < 5; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* Read the next item and its key into currvalue/currkey.  1 when read, 0
** when the source is exhausted, -1 on error. */
static int groupby_step(TyGroupBy *g)
{
    if (!g->it)
        return 0;
    TyObject *value = next_of(g->it);
    if (!value)
        return tyErr_occurred() ? -1 : 0;
    TyObject *key = g->keyfunc ? call1(g->keyfunc, value) : TY_NEWREF(value);
    if (!key) {
        TY_DECREF(value);
        return -1;
    }
    TY_XSETREF(g->currvalue, value);
    TY_XSETREF(g->currkey, key);
    return 1;
}

/* key == other, both kept alive through the comparison: 1 / 0 / -1. */
static int keys_equal(TyObject *key, TyObject *other)
{
    TY_INCREF(key);
    TY_INCREF(other);
    int r = tyObj_richCompareBool(key, other, TY_EQ);
    TY_DECREF(key);
    TY_DECREF(other);
    return r;
}

/* (key, group) for the next run of equal keys, skipping what is left of
** the current group: new reference. */
static TyObject *groupby_next(TyObject *o)
{
    TyGroupBy *g = GB(o);
    g->group++;
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey)
                break;
            int eq = keys_equal(g->tgtkey, g->currkey);
            if (eq < 0)
                return NULL;
            if (eq == 0 && g->currkey)
                break;
        }
        if (groupby_step(g) <= 0)
            return NULL;
    }
    TY_XSETREF(g->tgtkey, TY_NEWREF(g->currkey));
    TyGrouper *gr = (TyGrouper *)tyGC_alloc(&TyGrouper_Type);
    if (!gr)
        return NULL;
    gr->parent = TY_NEWREF(o);
    gr->tgtkey = TY_NEWREF(g->tgtkey);
    gr->group = g->group;
    tyGC_track((TyObject *)gr);
    TyObject *r = tyTuple_pack(2, g->tgtkey, (TyObject *)gr);
    TY_DECREF(gr);
    return r;
}

static TyType TyGroupBy_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.groupby",
    .basicsize = sizeof(TyGroupBy),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = groupby_dealloc,
    .traverse = groupby_traverse,
    .clear = groupby_clear,
    .iter = iter_self,
    .iternext = groupby_next,
    .tp_new = groupby_new,
    .doc = "make an iterator that returns consecutive keys and groups from the iterable",
};

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int grouper_clear(TyObject *o)
{
    TY_CLEAR(((TyGrouper *)o)->parent);
    TY_CLEAR(((TyGrouper *)o)->tgtkey);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void grouper_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    grouper_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int grouper_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGrouper *gr = (TyGrouper *)o;
    if (gr->parent && visit(gr->parent, arg))
        return 1;
    return gr->tgtkey ? visit(gr->tgtkey, arg) : 0;
}

/* The next item of the group while the group is current and the keys stay
** equal: new reference. */
static TyObject *grouper_next(TyObject *o)
{
    TyGrouper *gr = (TyGrouper *)o;
    if (!gr->parent || !gr->tgtkey)
        return NULL;
    TyGroupBy *g = GB(gr->parent);
    if (g->group != gr->group)
        return NULL;
    if (!g->currvalue && groupby_step(g) <= 0)
        return NULL;
    int eq = keys_equal(gr->tgtkey, g->currkey);
    if (eq <= 0 || !g->currvalue)
        return NULL;
    TyObject *r = g->currvalue;
    g->currvalue = NULL;
    TY_CLEAR(g->currkey);
    return r;
}

static TyType TyGrouper_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools._grouper",
    .basicsize = sizeof(TyGrouper),
    .flags = TY_TPFLAG_GC,
    .dealloc = grouper_dealloc,
    .traverse = grouper_traverse,
    .clear = grouper_clear,
    .iter = iter_self,
    .iternext = grouper_next,
};

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ------------------------ */

typedef struct TyISlice {
    TyObject ob;
    TyObject *it;           /* NULL once exhausted or cleared */
    ssize_t next;           /* index of the next item to give */
    ssize_t stop;           /* -1: no end */
    ssize_t step;
    ssize_t cnt;            /* items read from the source so far */
} TyISlice;

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* An islice bound as a C size; any failure (not an integer, too large)
** gives -1 with no exception, since the caller raises its own ValueError. */
static ssize_t islice_bound(TyObject *o)
{
    ssize_t v = tyNum_asSsize(o, NULL);
    if (v == -1 && tyErr_occurred()) {
        tyErr_clear();
        return -1;
    }
    return v;
}

/* islice(...) with CPython's checks and messages: new reference. */
static TyObject *islice_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (no_keywords_unless_init(type, kwnames) < 0 || tyArg_checkPositional("islice", nargs, 2, 4) < 0)
        return NULL;
    ssize_t start = 0, stop = -1, step = 1;
    TyObject *stop_arg = nargs == 2 ? args[1] : args[2];
    if (nargs > 2 && args[1] != TY_NONE)
        start = islice_bound(args[1]);
    if (stop_arg != TY_NONE) {
        stop = islice_bound(stop_arg);
        if (stop == -1)
            return tyErr_setString(&TyExc_ValueError, islice_stop_msg);
    }
    if (start < 0 || stop < -1)
        return tyErr_setString(&TyExc_ValueError,
                               "Indices for islice() must be None or an integer: "
                               "0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != TY_NONE)
        step = islice_bound(args[3]);
    if (step < 1)
        return tyErr_setString(&TyExc_ValueError,
                               "Step for islice() must be a positive integer or None.");
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyISlice *s = (TyISlice *)tyGC_alloc(type);
    if (!s) {
        TY_DECREF(it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    tyGC_track((TyObject *)s);
    return (TyObject *)s;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int islice_clear(TyObject *o)
{
    TY_CLEAR(((TyISlice *)o)->it);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void islice_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    islice_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int islice_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *it = ((TyISlice *)o)->it;
    return it ? visit(it, arg) : 0;
}

/* Skips to the next selected index and gives that item (new reference);
** the source is released once the slice is done. */
static TyObject *islice_next(TyObject *o)
{
    TyISlice *s = (TyISlice *)o;
    while (s->it && s->cnt < s->next) {
        TyObject *skipped = step_of(s->it);
        if (!skipped)
            goto done;
        TY_DECREF(skipped);
        s->cnt++;
    }
    if (!s->it || (s->stop != -1 && s->cnt >= s->stop))
        goto done;
    TyObject *item = step_of(s->it);
    if (!item)
        goto done;
    s->cnt++;
    /* Past the stop (or past SSIZE_MAX) the next index is the stop itself,
    ** so the following call ends the slice. */
    if (s->next > SSIZE_MAX - s->step || (s->stop != -1 && s->next + s->step > s->stop))
        s->next = s->stop == -1 ? SSIZE_MAX : s->stop;
    else
        s->next += s->step;
    return item;
done:
    TY_CLEAR(s->it);
    return NULL;
}

/* __reduce__: (islice, (source, next, stop, step), items read), or
** (islice, (iter([]), 0), 0) once done: CPython's shape. */
static TyObject *islice_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyISlice *sl = (TyISlice *)self;
    if (!sl->it) {
        TyObject *empty = tyList_new(0);
        TyObject *it = empty ? tyObj_getIter(empty) : NULL;
        TY_XDECREF(empty);
        TyObject *zero = it ? tyInt_fromI64(0) : NULL;
        TyObject *rargs = zero ? tyTuple_pack(2, it, zero) : NULL;
        TY_XDECREF(it);
        return reduce_value(self, rargs, zero);
    }
    TyObject *next = tyInt_fromI64(sl->next);
    TyObject *stop = sl->stop == -1 ? TY_NEWREF(TY_NONE) : tyInt_fromI64(sl->stop);
    TyObject *step = tyInt_fromI64(sl->step);
    TyObject *rargs = next && stop && step ? tyTuple_pack(4, sl->it, next, stop, step) : NULL;
    TY_XDECREF(next);
    TY_XDECREF(stop);
    TY_XDECREF(step);
    return reduce_value(self, rargs, rargs ? tyInt_fromI64(sl->cnt) : NULL);
}

/* __setstate__(count): how many items the source has already given. */
static TyObject *islice_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t cnt = tyNum_asSsize(args[0], NULL);
    if (cnt == -1 && tyErr_occurred())
        return NULL;
    ((TyISlice *)self)->cnt = cnt;
    return tyNone_new();
}

static TyMethodDef islice_methods[] = {
    { "__reduce__", islice_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", islice_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyISlice_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.islice",
    .basicsize = sizeof(TyISlice),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = islice_dealloc,
    .traverse = islice_traverse,
    .clear = islice_clear,
    .iter = iter_self,
    .iternext = islice_next,
    .tp_new = islice_new,
    .methods = islice_methods,
    .doc = "islice(iterable, stop) --> islice object\n"
           "islice(iterable, start, stop[, step]) --> islice object\n\n"
           "Return an iterator whose next() method returns selected values from an\n"
           "iterable.",
};

/* ---- tee(iterable, n=2) ------------------------------------------------------------------- */

/* The items read from the source are kept in a chain of blocks shared by
** the tee iterators: each iterator holds the block it reads and its index
** in it, and a block holds the next one, so blocks every iterator has
** passed are freed by reference counting alone. */
#define TEE_BLOCK 57

typedef struct TyTeeData {
    TyObject ob;
    TyObject *it;                   /* the shared source; NULL once cleared */
    struct TyTeeData *nextlink;     /* the following block, made on demand */
    int numread;                    /* values[0..numread) are filled */
    bool running;                   /* reading from the source right now */
    TyObject *values[TEE_BLOCK];
} TyTeeData;

typedef struct TyTee {
    TyObject ob;
    TyTeeData *data;                /* NULL once cleared */
    int index;                      /* next value in data */
    TyObject *weakreflist;          /* weak references to it, as CPython's tee allows */
} TyTee;

static TyType TyTeeData_Type, TyTee_Type;

/* A new empty block reading from it (borrowed): new reference. */
static TyTeeData *teedata_new(TyObject *it)
{
    TyTeeData *td = (TyTeeData *)tyGC_alloc(&TyTeeData_Type);
    if (!td)
        return NULL;
    td->it = TY_NEWREF(it);
    td->nextlink = NULL;
    td->numread = 0;
    td->running = false;
    tyGC_track((TyObject *)td);
    return td;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int teedata_clear(TyObject *o)
{
    TyTeeData *td = (TyTeeData *)o;
    int n = td->numread;
    td->numread = 0;
    for (int i = 0; i < n; i++)
        TY_CLEAR(td->values[i]);
    TY_CLEAR(td->it);
    TY_CLEAR(td->nextlink);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void teedata_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    teedata_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int teedata_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyTeeData *td = (TyTeeData *)o;
    for (int i = 0; i < td->numread; i++)
        if (visit(td->values[i], arg))
            return 1;
    if (td->it && visit(td->it, arg))
        return 1;
    return td->nextlink ? visit((TyObject *)td->nextlink, arg) : 0;
}

/* Value i of the block (i <= numread < TEE_BLOCK), read from the source
** when it is the next one: new reference, or NULL (exhausted or error). */
static TyObject *teedata_get(TyTeeData *td, int i)
{
    if (i < td->numread)
        return TY_NEWREF(td->values[i]);
    if (td->running)
        return tyErr_setString(&TyExc_RuntimeError, "cannot re-enter the tee iterator");
    if (!td->it)
        return NULL;
    td->running = true;
    TyObject *v = next_of(td->it);
    td->running = false;
    if (!v)
        return NULL;
    /* Code the source ran may have read this slot through another tee. */
    if (i < td->numread) {
        TY_DECREF(v);
        return TY_NEWREF(td->values[i]);
    }
    td->values[td->numread++] = v;
    return TY_NEWREF(v);
}

static TyType TyTeeData_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TyTeeData),
    .flags = TY_TPFLAG_GC,
    .dealloc = teedata_dealloc,
    .traverse = teedata_traverse,
    .clear = teedata_clear,
};

/* A tee iterator at the given block and index: new reference. */
static TyObject *tee_make(TyType *type, TyTeeData *data, int index)
{
    TyTee *t = (TyTee *)tyGC_alloc(type);
    if (!t)
        return NULL;
    t->data = (TyTeeData *)TY_NEWREF(data);
    t->index = index;
    t->weakreflist = NULL;
    tyGC_track((TyObject *)t);
    return (TyObject *)t;
}

/* A tee iterator over iterable: a copy when its iterator is a tee already.
** New reference. */
static TyObject *tee_fromiterable(TyObject *iterable)
{
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return NULL;
    TyObject *r;
    if (TY_TYPE(it) == &TyTee_Type) {
        TyTee *src = (TyTee *)it;
        r = src->data ? tee_make(&TyTee_Type, src->data, src->index) : NULL;
        if (!src->data)
            tyErr_setString(&TyExc_ValueError, "tee iterator was cleared");
    } else {
        TyTeeData *td = teedata_new(it);
        r = td ? tee_make(&TyTee_Type, td, 0) : NULL;
        TY_XDECREF(td);
    }
    TY_DECREF(it);
    return r;
}

/* itertools._tee(iterable): new reference. */
static TyObject *tee_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_tee", kwnames) < 0 || check_one("_tee", nargs) < 0)
        return NULL;
    return tee_fromiterable(args[0]);
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int tee_clear(TyObject *o)
{
    TY_CLEAR(((TyTee *)o)->data);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void tee_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    if (((TyTee *)o)->weakreflist)
        tyWeakref_clear(o);
    tee_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int tee_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyTeeData *td = ((TyTee *)o)->data;
    return td ? visit((TyObject *)td, arg) : 0;
}

/* The next shared value, moving to the following block at the end of
** one: new reference. */
static TyObject *tee_next(TyObject *o)
{
    TyTee *t = (TyTee *)o;
    if (!t->data)
        return NULL;
    if (t->index >= TEE_BLOCK) {
        TyTeeData *td = t->data;
        if (!td->nextlink) {
            if (!td->it)
                return NULL;
            td->nextlink = teedata_new(td->it);
            if (!td->nextlink)
                return NULL;
        }
        TyTeeData *next = (TyTeeData *)TY_NEWREF(td->nextlink);
        TY_SETREF(t->data, next);
        t->index = 0;
    }
    TyTeeData *td = (TyTeeData *)TY_NEWREF(t->data);
    TyObject *v = teedata_get(td, t->index);
    if (v && t->data == td)
        t->index++;
    TY_DECREF(td);
    return v;
}

/* __copy__(): a tee at the same position, sharing the values: new
** reference. */
static TyObject *tee_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__copy__", kwnames) < 0 ||
        tyArg_checkPositional("__copy__", nargs, 0, 0) < 0)
        return NULL;
    TyTee *t = (TyTee *)self;
    if (!t->data)
        return tyErr_setString(&TyExc_ValueError, "tee iterator was cleared");
    return tee_make(TY_TYPE(self), t->data, t->index);
}

static TyMethodDef tee_methods[] = {
    { "__copy__", tee_copy, TY_METH_DEFAULT, "Returns an independent iterator." },
    { NULL, NULL, 0, NULL },
};

static TyType TyTee_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools._tee",
    .basicsize = sizeof(TyTee),
    .flags = TY_TPFLAG_GC,
    .dealloc = tee_dealloc,
    .traverse = tee_traverse,
    .clear = tee_clear,
    .iter = iter_self,
    .iternext = tee_next,
    .tp_new = tee_new,
    .methods = tee_methods,
    .weaklistoffset = offsetof(TyTee, weakreflist),
    .doc = "Iterator wrapped to make it copyable.",
};

/* tee(iterable, n=2): a tuple of n independent iterators.  The first is
** iter(iterable) itself when that has __copy__ (as a tee does); the
** others are its copies.  New reference. */
static TyObject *itertools_tee(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("tee", kwnames) < 0 || tyArg_checkPositional("tee", nargs, 1, 2) < 0)
        return NULL;
    ssize_t n = 2;
    if (nargs == 2 && tyArg_ssize(args[1], &n) < 0)
        return NULL;
    if (n < 0)
        return tyErr_setString(&TyExc_ValueError, "n must be >= 0");
    TyObject *result = tyTuple_new(n);
    if (!result || n == 0)
        return result;
    TyObject *copy_name = NULL, *copyfunc = NULL;
    TyObject *first = tyObj_getIter(args[0]);
    if (!first)
        goto fail;
    copy_name = tyStr_fromCStr("__copy__");
    if (!copy_name || tyObj_lookupAttr(first, copy_name, &copyfunc) < 0) {
        TY_DECREF(first);
        goto fail;
    }
    if (!copyfunc) {
        TyObject *t = tee_fromiterable(first);
        TY_DECREF(first);
        if (!t)
            goto fail;
        first = t;
        copyfunc = tyObj_getAttr(first, copy_name);
        if (!copyfunc) {
            TY_DECREF(first);
            goto fail;
        }
    }
    TY_TUPLE_SET(result, 0, first);
    for (ssize_t i = 1; i < n; i++) {
        TyObject *c = tyObj_callNoArgs(copyfunc);
        if (!c)
            goto fail;
        TY_TUPLE_SET(result, i, c);
    }
    TY_DECREF(copyfunc);
    TY_DECREF(copy_name);
    return result;
fail:
    TY_XDECREF(copyfunc);
    TY_XDECREF(copy_name);
    TY_DECREF(result);
    return NULL;
}

/* ---- zip_longest(*iterables, fillvalue=None) ------------------------------------------------- */

typedef struct TyZipLongest {
    TyObject ob;
    TyObject *iters;        /* tuple of iterators, None where one ran out */
    TyObject *fillvalue;
    ssize_t numactive;      /* iterators not yet exhausted; 0 ends it */
} TyZipLongest;

/* zip_longest(*iterables, fillvalue=None): new reference. */
static TyObject *ziplongest_new(TyType *type, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    TyObject *fill = TY_NONE;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    if (nkw > 1 || (nkw == 1 && !tyStr_eqC(TY_TUPLE_GET(kwnames, 0), "fillvalue")))
        return tyErr_setString(&TyExc_TypeError,
                               "zip_longest() got an unexpected keyword argument");
    if (nkw == 1)
        fill = args[nargs];
    TyObject *iters = tyIter_tupleOf(args, nargs);
    if (!iters)
        return NULL;
    TyZipLongest *z = (TyZipLongest *)tyGC_alloc(type);
    if (!z) {
        TY_DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->fillvalue = TY_NEWREF(fill);
    z->numactive = (ssize_t)nargs;
    tyGC_track((TyObject *)z);
    return (TyObject *)z;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int ziplongest_clear(TyObject *o)
{
    TyZipLongest *z = (TyZipLongest *)o;
    z->numactive = 0;
    TY_CLEAR(z->iters);
    TY_CLEAR(z->fillvalue);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void ziplongest_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    ziplongest_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int ziplongest_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyZipLongest *z = (TyZipLongest *)o;
    if (z->iters && visit(z->iters, arg))
        return 1;
    return z->fillvalue ? visit(z->fillvalue, arg) : 0;
}

/* One item from every source, the fill value for those that ran out, until
** all have run out: new reference.  An error ends the iterator. */
static TyObject *ziplongest_next(TyObject *o)
{
    TyZipLongest *z = (TyZipLongest *)o;
    if (z->numactive == 0 || !z->iters || !z->fillvalue)
        return NULL;
    TyObject *iters = TY_NEWREF(z->iters);
    ssize_t n = TY_TUPLE_LEN(iters);
    TyObject *result = tyTuple_new(n);
    if (!result)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        TyObject *it = TY_TUPLE_GET(iters, i), *item = NULL;
        if (it != TY_NONE) {
            item = next_of(it);
            if (!item) {
                if (tyErr_occurred())
                    goto fail;
                /* Every exhaustion counts, as in CPython; a call made by
                ** the source may have retired the source already. */
                if (z->numactive > 0)
                    z->numactive--;
                if (TY_TUPLE_GET(iters, i) == it) {
                    TY_TUPLE_SET(iters, i, TY_NEWREF(TY_NONE));
                    TY_DECREF(it);
                }
                if (z->numactive == 0)
                    goto fail;
            }
        }
        if (!item) {
            if (!z->fillvalue)
                goto fail;
            item = TY_NEWREF(z->fillvalue);
        }
        TY_TUPLE_SET(result, i, item);
    }
    TY_DECREF(iters);
    return result;
fail:
    z->numactive = 0;
    TY_XDECREF(result);
    TY_DECREF(iters);
    return NULL;
}

/* __reduce__: (zip_longest, sources with () for each exhausted one,
** fillvalue). */
static TyObject *ziplongest_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    TyZipLongest *z = (TyZipLongest *)self;
    if (!z->iters || !z->fillvalue)
        return tyErr_setString(&TyExc_TypeError, "zip_longest object was cleared");
    ssize_t n = TY_TUPLE_LEN(z->iters);
    TyObject *sources = tyTuple_new(n);
    for (ssize_t i = 0; sources && i < n; i++) {
        TyObject *it = TY_TUPLE_GET(z->iters, i);
        TyObject *src = it == TY_NONE ? tyTuple_new(0) : TY_NEWREF(it);
        if (!src)
            TY_CLEAR(sources);
        else
            TY_TUPLE_SET(sources, i, src);
    }
    return reduce_value(self, sources, sources ? TY_NEWREF(z->fillvalue) : NULL);
}

/* __setstate__(fillvalue). */
static TyObject *ziplongest_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (reduce_args("__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    TY_XSETREF(((TyZipLongest *)self)->fillvalue, TY_NEWREF(args[0]));
    return tyNone_new();
}

static TyMethodDef ziplongest_methods[] = {
    { "__reduce__", ziplongest_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", ziplongest_setstate, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyZipLongest_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "itertools.zip_longest",
    .basicsize = sizeof(TyZipLongest),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = ziplongest_dealloc,
    .traverse = ziplongest_traverse,
    .clear = ziplongest_clear,
    .iter = iter_self,
    .iternext = ziplongest_next,
    .tp_new = ziplongest_new,
    .methods = ziplongest_methods,
    .doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object",
};

/* ---- product, permutations, combinations, combinations_with_replacement ---------------------- */

/* One layout for the combinatoric iterators: a pool (tuple) or pools, index
** arrays, and where they are.  Results are fresh tuples. */
typedef struct TyCombo {
    TyObject ob;
    TyObject *pool;         /* product: tuple of the pools; others: the pool; NULL once cleared */
    ssize_t *indices;       /* product: one per pool; permutations: n; others: r */
    ssize_t *cycles;        /* permutations only: r */
    ssize_t n, r;           /* pool size (product: number of pools) and result size */
    bool started, stopped;
} TyCombo;

#define CB(o) ((TyCombo *)(o))

static TyType TyProduct_Type, TyPermutations_Type, TyCWR_Type;

/* A combinatoric iterator of `type` over pool (stolen) with index arrays
** of n_indices and n_cycles entries: new reference.  Releases pool on
** failure. */
static TyObject *combo_make(TyType *type, TyObject *pool, ssize_t n, ssize_t r,
                            ssize_t n_indices, ssize_t n_cycles)
{
    ssize_t *indices = new_indices(n_indices);
    ssize_t *cycles = indices && n_cycles >= 0 ? new_indices(n_cycles) : NULL;
    TyCombo *c = indices && (cycles || n_cycles < 0) ? (TyCombo *)tyGC_alloc(type) : NULL;
    if (!c) {
        tyMem_free(indices);
        tyMem_free(cycles);
        TY_DECREF(pool);
        return NULL;
    }
    c->pool = pool;
    c->indices = indices;
    c->cycles = cycles;
    c->n = n;
    c->r = r;
    c->started = c->stopped = false;
    tyGC_track((TyObject *)c);
    return (TyObject *)c;
}

/* The collector's clear: drops every reference; `next` then reports exhaustion. */
static int combo_clear(TyObject *o)
{
    CB(o)->stopped = true;
    TY_CLEAR(CB(o)->pool);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void combo_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    combo_clear(o);
    tyMem_free(CB(o)->indices);
    tyMem_free(CB(o)->cycles);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int combo_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return CB(o)->pool ? visit(CB(o)->pool, arg) : 0;
}

/* product(*iterables, repeat=1): new reference. */
static TyObject *product_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t repeat = 1;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        TyObject *name = TY_TUPLE_GET(kwnames, i);
        if (!tyStr_eqC(name, "repeat"))
            return tyErr_format(&TyExc_TypeError,
                                "'%U' is an invalid keyword argument for product()", name);
        if (tyArg_ssize(args[nargs + i], &repeat) < 0)
            return NULL;
    }
    if (repeat < 0)
        return tyErr_setString(&TyExc_ValueError, "repeat argument cannot be negative");
    if (nargs && repeat > SSIZE_MAX / (ssize_t)nargs)
        return tyErr_setString(&TyExc_OverflowError, "repeat argument too large");
    ssize_t npools = (ssize_t)nargs * repeat;
    TyObject *pools = tyTuple_new(npools);
    if (!pools)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        TyObject *pool = tyTuple_fromIterable(args[i]);
        if (!pool) {
            TY_DECREF(pools);
            return NULL;
        }
        for (ssize_t k = 0; k < repeat; k++)
            TY_TUPLE_SET(pools, k * (ssize_t)nargs + (ssize_t)i, TY_NEWREF(pool));
        TY_DECREF(pool);
    }
    return combo_make(type, pools, npools, npools, npools, -1);
}

/* The next tuple of the cartesian product, the rightmost pool varying
** fastest: new reference. */
static TyObject *product_next(TyObject *o)
{
    TyCombo *c = CB(o);
    if (c->stopped || !c->pool)
        return NULL;
    ssize_t n = c->n;
    if (!c->started) {
        c->started = true;
        for (ssize_t i = 0; i < n; i++) {
            if (TY_TUPLE_LEN(TY_TUPLE_GET(c->pool, i)) == 0) {
                c->stopped = true;
                return NULL;
            }
            c->indices[i] = 0;
        }
    } else {
        ssize_t i = n - 1;
        for (; i >= 0; i--) {
            if (++c->indices[i] < TY_TUPLE_LEN(TY_TUPLE_GET(c->pool, i)))
                break;
            c->indices[i] = 0;
        }
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
    }
    TyObject *t = tyTuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        TY_TUPLE_SET(t, i, TY_NEWREF(TY_TUPLE_GET(TY_TUPLE_GET(c->pool, i), c->indices[i])));
    return t;
}

/* r as given to permutations/combinations: -1 with an exception when it
** is no int or is negative (CPython's messages). */
static ssize_t combo_r(TyObject *o, bool index_ok)
{
    if (!index_ok && !TY_INT_CHECK(o)) {
        tyErr_setString(&TyExc_TypeError, "Expected int as r");
        return -1;
    }
    ssize_t r;
    if (tyArg_ssize(o, &r) < 0)
        return -1;
    if (r < 0) {
        tyErr_setString(&TyExc_ValueError, "r must be non-negative");
        return -1;
    }
    return r;
}

/* permutations(iterable, r=None): new reference. */
static TyObject *permutations_new(TyType *type, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    static const char *const names[] = { "iterable", "r", NULL };
    TyObject *a[2];
    if (tyArg_unpack("permutations", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *pool = tyTuple_fromIterable(a[0]);
    if (!pool)
        return NULL;
    ssize_t n = TY_TUPLE_LEN(pool), r = n;
    if (a[1] && a[1] != TY_NONE && (r = combo_r(a[1], false)) < 0) {
        TY_DECREF(pool);
        return NULL;
    }
    TyObject *p = combo_make(type, pool, n, r, n, r);
    if (!p)
        return NULL;
    TyCombo *c = CB(p);
    for (ssize_t i = 0; i < n; i++)
        c->indices[i] = i;
    for (ssize_t i = 0; i < r && i < n; i++)
        c->cycles[i] = n - i;
    c->stopped = r > n;
    return p;
}

/* The next r-permutation in lexicographic order of positions: new
** reference.  cycles[i] counts the choices left for position i; when it
** reaches 0 the indices from i on are rotated back and it restarts. */
static TyObject *permutations_next(TyObject *o)
{
    TyCombo *c = CB(o);
    if (c->stopped || !c->pool)
        return NULL;
    ssize_t n = c->n, r = c->r, *ix = c->indices;
    if (c->started) {
        ssize_t i = r - 1;
        for (; i >= 0; i--) {
            if (--c->cycles[i] == 0) {
                ssize_t first = ix[i];
                memmove(&ix[i], &ix[i + 1], (size_t)(n - i - 1) * sizeof(ssize_t));
                ix[n - 1] = first;
                c->cycles[i] = n - i;
            } else {
                ssize_t j = n - c->cycles[i];
                ssize_t tmp = ix[i];
                ix[i] = ix[j];
                ix[j] = tmp;
                break;
            }
        }
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
    }
    c->started = true;
    return pick(c->pool, ix, r);
}

/* combinations(iterable, r) and combinations_with_replacement(iterable,
** r): new reference. */
static TyObject *combinations_new(TyType *type, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    static const char *const names[] = { "iterable", "r", NULL };
    bool repl = type == &TyCWR_Type;
    TyObject *a[2];
    if (tyArg_unpack(repl ? "combinations_with_replacement" : "combinations", args, nargs,
                     kwnames, names, 2, 2, a) < 0)
        return NULL;
    TyObject *pool = tyTuple_fromIterable(a[0]);
    if (!pool)
        return NULL;
    ssize_t n = TY_TUPLE_LEN(pool), r = combo_r(a[1], true);
    if (r < 0) {
        TY_DECREF(pool);
        return NULL;
    }
    TyObject *p = combo_make(type, pool, n, r, r, -1);
    if (!p)
        return NULL;
    TyCombo *c = CB(p);
    for (ssize_t i = 0; i < r; i++)
        c->indices[i] = repl ? 0 : i;
    c->stopped = repl ? (n == 0 && r > 0) : r > n;
    return p;
}

/* The next r-combination in lexicographic order: the rightmost index that
** can still grow grows, and those after it restart just above it (with
** replacement: equal to it).  New reference. */
static TyObject *combinations_next(TyObject *o)
{
    TyCombo *c = CB(o);
    if (c->stopped || !c->pool)
        return NULL;
    bool repl = TY_TYPE(o) == &TyCWR_Type || tyType_isSubtype(TY_TYPE(o), &TyCWR_Type);
    ssize_t n = c->n, r = c->r, *ix = c->indices;
    if (c->started) {
        ssize_t i = r - 1;
        while (i >= 0 && ix[i] == (repl ? n - 1 : i + n - r))
            i--;
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
        ix[i]++;
        for (ssize_t j = i + 1; j < r; j++)
            ix[j] = repl ? ix[i] : ix[j - 1] + 1;
    }
    c->started = true;
    return pick(c->pool, ix, r);
}

/* The first n entries of ix as a tuple of ints: new reference. */
static TyObject *indices_tuple(const ssize_t *ix, ssize_t n)
{
    TyObject *t = tyTuple_new(n);
    for (ssize_t i = 0; t && i < n; i++) {
        TyObject *v = tyInt_fromI64(ix[i]);
        if (!v)
            TY_CLEAR(t);
        else
            TY_TUPLE_SET(t, i, v);
    }
    return t;
}

/* __reduce__ of the combinatoric iterators, as CPython's: (type, args) to
** start over, or (type, args, state) once started, the state being the
** indices (permutations: the indices and the cycles).  A stopped iterator
** reduces to one over an empty pool.  New reference. */
static TyObject *combo_reduce(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyCombo *c = CB(o);
    bool product = tyType_isSubtype(TY_TYPE(o), &TyProduct_Type);
    bool perms = tyType_isSubtype(TY_TYPE(o), &TyPermutations_Type);
    bool stopped = c->stopped || !c->pool;
    TyObject *empty = tyTuple_new(0);
    TyObject *r = empty ? tyInt_fromI64(c->r) : NULL;
    TyObject *cargs = NULL, *state = NULL;
    if (r && product)
        cargs = stopped ? tyTuple_pack(1, empty) : TY_NEWREF(c->pool);
    else if (r)
        cargs = tyTuple_pack(2, stopped && c->started ? empty : c->pool ? c->pool : empty, r);
    bool with_state = cargs && c->started && !stopped;
    if (with_state && perms) {
        TyObject *ix = indices_tuple(c->indices, c->n);
        TyObject *cy = ix ? indices_tuple(c->cycles, c->r) : NULL;
        state = cy ? tyTuple_pack(2, ix, cy) : NULL;
        TY_XDECREF(ix);
        TY_XDECREF(cy);
    } else if (with_state) {
        state = indices_tuple(c->indices, product ? c->n : c->r);
    }
    TyObject *res = NULL;
    if (cargs && (!with_state || state))
        res = with_state ? tyTuple_pack(3, (TyObject *)TY_TYPE(o), cargs, state)
                         : tyTuple_pack(2, (TyObject *)TY_TYPE(o), cargs);
    TY_XDECREF(empty);
    TY_XDECREF(r);
    TY_XDECREF(cargs);
    TY_XDECREF(state);
    return res;
}

/* Reads the tuple `t` of n ints into ix, each clamped to [lo(i), hi(i)]
** given as lo + i * lo_step and hi + i * hi_step: 0, or -1 with
** ValueError "invalid arguments" (wrong shape) or the int's error. */
static int read_indices(TyObject *t, ssize_t *ix, ssize_t n, ssize_t lo, ssize_t lo_step, ssize_t hi,
                        ssize_t hi_step)
{
    if (!TY_TUPLE_CHECK(t) || TY_TUPLE_LEN(t) != n) {
        tyErr_setString(&TyExc_ValueError, "invalid arguments");
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        ssize_t v;
        if (tyArg_ssize(TY_TUPLE_GET(t, i), &v) < 0)
            return -1;
        ssize_t low = lo + i * lo_step, high = hi + i * hi_step;
        ix[i] = v > high ? high : v < low ? low : v;
    }
    return 0;
}

/* Checks that a permutations state is a pair of tuples, with CPython's
** messages: 0, or -1 with TypeError. */
static int permutations_state_shape(TyObject *state)
{
    if (!TY_TUPLE_CHECK(state)) {
        tyErr_setString(&TyExc_TypeError, "state is not a tuple");
        return -1;
    }
    if (TY_TUPLE_LEN(state) != 2) {
        tyErr_format(&TyExc_TypeError, "function takes exactly 2 arguments (%zd given)", TY_TUPLE_LEN(state));
        return -1;
    }
    for (int i = 0; i < 2; i++)
        if (!TY_TUPLE_CHECK(TY_TUPLE_GET(state, i))) {
            tyErr_format(&TyExc_TypeError, "argument %d must be tuple, not %T", i + 1, TY_TUPLE_GET(state, i));
            return -1;
        }
    return 0;
}

/* __setstate__(state) of the combinatoric iterators: puts back the
** indices __reduce__ gave (clamped to the pool, as CPython's), so the
** next value follows the one last given.  None. */
static TyObject *combo_setstate(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__setstate__", kwnames) < 0 || tyArg_checkPositional("__setstate__", nargs, 1, 1) < 0)
        return NULL;
    TyCombo *c = CB(o);
    TyObject *state = args[0];
    if (!c->pool)
        return TY_NEWREF(TY_NONE);
    int ok;
    if (tyType_isSubtype(TY_TYPE(o), &TyProduct_Type)) {
        /* An empty pool leaves nothing to index: the product is over. */
        ok = read_indices(state, c->indices, c->n, 0, 0, SSIZE_MAX, 0);
        for (ssize_t i = 0; ok == 0 && i < c->n; i++) {
            ssize_t last = TY_TUPLE_LEN(TY_TUPLE_GET(c->pool, i)) - 1;
            c->stopped = c->stopped || last < 0;
            if (c->indices[i] > last)
                c->indices[i] = last < 0 ? 0 : last;
        }
    } else if (tyType_isSubtype(TY_TYPE(o), &TyPermutations_Type)) {
        ok = permutations_state_shape(state);
        if (ok == 0)
            ok = read_indices(TY_TUPLE_GET(state, 0), c->indices, c->n, 0, 0, c->n - 1, 0) < 0 ||
                 read_indices(TY_TUPLE_GET(state, 1), c->cycles, c->r, 1, 0, c->n, -1) < 0 ? -1 : 0;
    } else if (tyType_isSubtype(TY_TYPE(o), &TyCWR_Type)) {
        /* CPython clamps to n, one past the pool, and then reads there. */
        ok = read_indices(state, c->indices, c->r, 0, 0, c->n - 1, 0);
    } else {
        ok = read_indices(state, c->indices, c->r, 0, 0, c->n - c->r, 1);
    }
    if (ok < 0)
        return NULL;
    c->started = true;
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef combo_methods[] = {
    { "__reduce__", combo_reduce, TY_METH_DEFAULT, "Return state information for pickling." },
    { "__setstate__", combo_setstate, TY_METH_DEFAULT, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

#define COMBO_TYPE(var, tname, newf, nextf, docstr)     \
    static TyType var = {                               \
        .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },      \
        .name = tname,                                  \
        .basicsize = sizeof(TyCombo),                   \
        .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,     \
        .dealloc = combo_dealloc,                       \
        .traverse = combo_traverse,                     \
        .clear = combo_clear,                           \
        .iter = iter_self,                              \
        .iternext = nextf,                              \
        .tp_new = newf,                                 \
        .methods = combo_methods,                       \
        .doc = docstr,                                  \
    }

COMBO_TYPE(TyProduct_Type, "itertools.product", product_new, product_next,
           "Cartesian product of input iterables.  Equivalent to nested for-loops.");
COMBO_TYPE(TyPermutations_Type, "itertools.permutations", permutations_new, permutations_next,
           "Return successive r-length permutations of elements in the iterable.");
COMBO_TYPE(TyCombinations_Type, "itertools.combinations", combinations_new, combinations_next,
           "Return successive r-length combinations of elements in the iterable.");
COMBO_TYPE(TyCWR_Type, "itertools.combinations_with_replacement", combinations_new,
           combinations_next,
           "Return successive r-length combinations of elements in the iterable allowing "
           "individual elements to have successive repeats.");

/* ---- the module ----------------------------------------------------------------------------- */

static TyMethodDef itertools_functions[] = {
    { "tee", itertools_tee, TY_METH_DEFAULT,
      "Returns a tuple of n independent iterators." },
    { NULL, NULL, 0, NULL },
};

/* The types, readied at first import; the exported ones also by name. */
static TyType *const module_types[] = {
    &TyCount_Type, &TyCycle_Type, &TyRepeat_Type, &TyAccumulate_Type, &TyChain_Type,
    &TyCompress_Type, &TyDropWhile_Type, &TyTakeWhile_Type, &TyFilterFalse_Type,
    &TyGroupBy_Type, &TyGrouper_Type, &TyISlice_Type, &TyStarMap_Type, &TyTeeData_Type,
    &TyTee_Type, &TyZipLongest_Type, &TyProduct_Type, &TyPermutations_Type,
    &TyCombinations_Type, &TyCWR_Type, &TyPairwise_Type,
};

/* The module (see itertools.h): new reference. */
TyObject *tyItertools_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("itertools", itertools_functions);
    if (!m)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++) {
        TyType *t = module_types[i];
        if (tyModule_addObject(m, short_name(t), (TyObject *)t) < 0) {
            TY_DECREF(m);
            return NULL;
        }
    }
    return m;
}

void tyItertools_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
