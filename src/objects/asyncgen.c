/*
** asyncgen.c — async generators (`async def` with `yield`), the awaitables
** that drive them (asend for __anext__/asend, athrow for athrow/aclose),
** the marker their own yields carry, sys.set_asyncgen_hooks' hooks, and
** anext()'s awaitable with a default.
**
** An async generator's frame yields two kinds of values: the values of its
** own `yield` (wrapped by ASYNC_GEN_WRAP) and whatever an `await` inside it
** passes up to the event loop.  The awaitable driving it turns the first
** kind into StopIteration(value), which completes the `await
** agen.__anext__()`, and passes the second kind on.
*/
#include "tally.h"
#include "objects/gen.h"
#include "objects/coroutine.h"

/* ---- wrapped values ---------------------------------------------------------- */

typedef struct WrappedValue {
    TyObject ob;
    TyObject *value;          /* strong */
} WrappedValue;

#define TY_WRAPPED_CHECK(o) (TY_TYPE(o) == &TyAsyncGenWrappedValue_Type)

TyObject *tyAsyncGen_wrapValue(TyObject *x)
{
    WrappedValue *w = (WrappedValue *)tyGC_alloc(&TyAsyncGenWrappedValue_Type);
    if (!w)
        return NULL;
    w->value = TY_NEWREF(x);
    tyGC_track((TyObject *)w);
    return (TyObject *)w;
}

static void wrapped_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((WrappedValue *)o)->value);
    tyObj_free(o);
}

static int wrapped_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *v = ((WrappedValue *)o)->value;
    return v ? visit(v, arg) : 0;
}

static int wrapped_clear(TyObject *o)
{
    TY_CLEAR(((WrappedValue *)o)->value);
    return 0;
}

TyType TyAsyncGenWrappedValue_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValue),
    .flags = TY_TPFLAG_GC,
    .dealloc = wrapped_dealloc,
    .traverse = wrapped_traverse,
    .clear = wrapped_clear,
};

/* ---- hooks ------------------------------------------------------------------- */

/* On the first __anext__/asend/athrow/aclose: remember the finalizer hook
** and call the firstiter hook, as CPython does.  0, or -1 with the hook's
** exception. */
static int init_hooks(TyGen *g)
{
    if (g->ag_hooks_inited)
        return 0;
    g->ag_hooks_inited = true;
    if (ty_state.asyncgen_finalizer)
        g->ag_finalizer = TY_NEWREF(ty_state.asyncgen_finalizer);
    TyObject *firstiter = ty_state.asyncgen_firstiter;
    if (!firstiter)
        return 0;
    TY_INCREF(firstiter);
    TyObject *r = tyObj_callOneArg(firstiter, (TyObject *)g);
    TY_DECREF(firstiter);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/*
** What the generator's step gave, seen by the awaitable driving it: its
** own yield ends the await as StopIteration(value); an exhausted or closed
** generator ends as StopAsyncIteration; anything an inner await yields
** passes through.  Steals result.
*/
static TyObject *unwrap(TyGen *g, TyObject *result)
{
    if (!result) {
        if (!tyErr_occurred())
            tyErr_setNone(&TyExc_StopAsyncIteration);
        if (tyErr_exceptionMatches(&TyExc_StopAsyncIteration) || tyErr_exceptionMatches(&TyExc_GeneratorExit))
            g->ag_closed = true;
        g->ag_running_async = false;
        return NULL;
    }
    if (TY_WRAPPED_CHECK(result)) {
        tyGen_setStopIteration(((WrappedValue *)result)->value);
        TY_DECREF(result);
        g->ag_running_async = false;
        return NULL;
    }
    return result;
}

/* One send into the generator, a return seen as StopAsyncIteration. */
static TyObject *gen_step(TyGen *g, TyObject *value)
{
    bool returned;
    TyObject *r = tyGen_send((TyObject *)g, value, &returned);
    return tyGen_stopOnReturn((TyObject *)g, r, returned);
}

/* ---- asend: what __anext__() and asend(v) return ------------------------------ */

typedef enum { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED } AwaitState;

typedef struct ASend {
    TyObject ob;
    TyGen *gen;               /* strong */
    TyObject *sendval;        /* strong, or NULL for __anext__ */
    AwaitState state;
} ASend;

static TyObject *asend_new(TyGen *g, TyObject *sendval)
{
    if (init_hooks(g) < 0)
        return NULL;
    ASend *a = (ASend *)tyGC_alloc(&TyAsyncGenASend_Type);
    if (!a)
        return NULL;
    a->gen = (TyGen *)TY_NEWREF((TyObject *)g);
    a->sendval = sendval ? TY_NEWREF(sendval) : NULL;
    a->state = AWAIT_INIT;
    tyGC_track((TyObject *)a);
    return (TyObject *)a;
}

static TyObject *asend_send_value(ASend *a, TyObject *arg)
{
    if (a->state == AWAIT_CLOSED)
        return tyErr_setString(&TyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AWAIT_INIT) {
        if (a->gen->ag_running_async)
            return tyErr_setString(&TyExc_RuntimeError, "anext(): asynchronous generator is already running");
        if (!arg || arg == TY_NONE)
            arg = a->sendval;
        a->state = AWAIT_ITER;
    }
    a->gen->ag_running_async = true;
    TyObject *r = unwrap(a->gen, gen_step(a->gen, arg));
    if (!r)
        a->state = AWAIT_CLOSED;
    return r;
}

static TyObject *asend_iternext(TyObject *o)
{
    return asend_send_value((ASend *)o, NULL);
}

static TyObject *asend_send(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("send", kwnames) < 0 || tyArg_checkPositional("send", nargs, 1, 1) < 0)
        return NULL;
    return asend_send_value((ASend *)self, args[0]);
}

static TyObject *asend_throw(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ASend *a = (ASend *)self;
    if (a->state == AWAIT_CLOSED)
        return tyErr_setString(&TyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    TyObject *r = unwrap(a->gen, tyGen_throwMethod((TyObject *)a->gen, args, nargs, kwnames));
    if (!r)
        a->state = AWAIT_CLOSED;
    return r;
}

static TyObject *asend_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    ((ASend *)self)->state = AWAIT_CLOSED;
    return tyNone_new();
}

static void asend_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((ASend *)o)->gen);
    TY_CLEAR(((ASend *)o)->sendval);
    tyObj_free(o);
}

static int asend_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    ASend *a = (ASend *)o;
    if (a->gen && visit((TyObject *)a->gen, arg))
        return 1;
    return a->sendval ? visit(a->sendval, arg) : 0;
}

static int asend_clear(TyObject *o)
{
    TY_CLEAR(((ASend *)o)->gen);
    TY_CLEAR(((ASend *)o)->sendval);
    return 0;
}

static TyObject *self_iter(TyObject *o) { return TY_NEWREF(o); }

static TyMethodDef asend_methods[] = {
    { "send", asend_send, TY_METH_DEFAULT, NULL },
    { "throw", asend_throw, TY_METH_DEFAULT, NULL },
    { "close", asend_close, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyAsyncGenASend_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "async_generator_asend",
    .basicsize = sizeof(ASend),
    .flags = TY_TPFLAG_GC,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .clear = asend_clear,
    .iter = self_iter,
    .iternext = asend_iternext,
    .am_await = self_iter,
    .methods = asend_methods,
};

/* ---- athrow: what athrow() and aclose() return -------------------------------- */

typedef struct AThrow {
    TyObject ob;
    TyGen *gen;               /* strong */
    TyObject *args;           /* strong: athrow's arguments; NULL for aclose() */
    AwaitState state;
} AThrow;

static TyObject *athrow_new(TyGen *g, TyObject *args)
{
    if (init_hooks(g) < 0)
        return NULL;
    AThrow *a = (AThrow *)tyGC_alloc(&TyAsyncGenAThrow_Type);
    if (!a)
        return NULL;
    a->gen = (TyGen *)TY_NEWREF((TyObject *)g);
    a->args = args ? TY_NEWREF(args) : NULL;
    a->state = AWAIT_INIT;
    tyGC_track((TyObject *)a);
    return (TyObject *)a;
}

/* aclose() must not let the generator yield a value of its own. */
static TyObject *ignored_exit(AThrow *a)
{
    a->gen->ag_running_async = false;
    a->state = AWAIT_CLOSED;
    return tyErr_setString(&TyExc_RuntimeError, "async generator ignored GeneratorExit");
}

/* The athrow/aclose step ended with an exception: aclose() reports the
** generator's end (StopAsyncIteration, GeneratorExit) as StopIteration,
** the end of its own await. */
static TyObject *athrow_ended(AThrow *a)
{
    a->gen->ag_running_async = false;
    a->state = AWAIT_CLOSED;
    if (!a->args &&
        (tyErr_exceptionMatches(&TyExc_StopAsyncIteration) || tyErr_exceptionMatches(&TyExc_GeneratorExit))) {
        tyErr_clear();
        tyErr_setNone(&TyExc_StopIteration);
    }
    return NULL;
}

/* An aclose() step's result: the generator's own yield is refused, an
** inner await's value passes up, an end is athrow_ended. Steals r. */
static TyObject *aclose_result(AThrow *a, TyObject *r)
{
    if (!r)
        return athrow_ended(a);
    if (TY_WRAPPED_CHECK(r)) {
        TY_DECREF(r);
        return ignored_exit(a);
    }
    return r;
}

static TyObject *athrow_send_value(AThrow *a, TyObject *arg)
{
    TyGen *g = a->gen;
    if (a->state == AWAIT_CLOSED)
        return tyErr_setString(&TyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (g->finished) {
        a->state = AWAIT_CLOSED;
        return tyErr_setNone(&TyExc_StopIteration);
    }
    if (a->state == AWAIT_ITER) {
        TyObject *r = gen_step(g, arg);
        return a->args ? unwrap(g, r) : aclose_result(a, r);
    }
    if (g->ag_running_async) {
        a->state = AWAIT_CLOSED;
        return tyErr_format(&TyExc_RuntimeError, "%s(): asynchronous generator is already running",
                            a->args ? "athrow" : "aclose");
    }
    if (g->ag_closed) {
        a->state = AWAIT_CLOSED;
        return tyErr_setNone(&TyExc_StopAsyncIteration);
    }
    if (arg && arg != TY_NONE)
        return tyErr_setString(&TyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
    a->state = AWAIT_ITER;
    g->ag_running_async = true;
    bool returned;
    TyObject *r;
    if (!a->args) {
        g->ag_closed = true;
        r = tyGen_throw((TyObject *)g, (TyObject *)&TyExc_GeneratorExit, NULL, NULL, false, &returned);
        return aclose_result(a, tyGen_stopOnReturn((TyObject *)g, r, returned));
    }
    ssize_t n = TY_TUPLE_LEN(a->args);
    if (tyArg_checkPositional("athrow", (size_t)n, 1, 3) < 0)
        return NULL;
    TyObject *const *items = TY_TUPLE_ITEMS(a->args);
    r = tyGen_throw((TyObject *)g, items[0], n > 1 ? items[1] : NULL, n > 2 ? items[2] : NULL, false, &returned);
    r = unwrap(g, tyGen_stopOnReturn((TyObject *)g, r, returned));
    return r ? r : athrow_ended(a);
}

static TyObject *athrow_iternext(TyObject *o)
{
    return athrow_send_value((AThrow *)o, TY_NONE);
}

static TyObject *athrow_send(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("send", kwnames) < 0 || tyArg_checkPositional("send", nargs, 1, 1) < 0)
        return NULL;
    return athrow_send_value((AThrow *)self, args[0]);
}

static TyObject *athrow_throw(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    AThrow *a = (AThrow *)self;
    if (a->state == AWAIT_CLOSED)
        return tyErr_setString(&TyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    TyObject *r = tyGen_throwMethod((TyObject *)a->gen, args, nargs, kwnames);
    if (a->args)
        return unwrap(a->gen, r);
    if (r && TY_WRAPPED_CHECK(r)) {
        TY_DECREF(r);
        return ignored_exit(a);
    }
    if (!r && (tyErr_exceptionMatches(&TyExc_StopAsyncIteration) || tyErr_exceptionMatches(&TyExc_GeneratorExit))) {
        tyErr_clear();
        tyErr_setNone(&TyExc_StopIteration);
    }
    return r;
}

static TyObject *athrow_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    ((AThrow *)self)->state = AWAIT_CLOSED;
    return tyNone_new();
}

static void athrow_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((AThrow *)o)->gen);
    TY_CLEAR(((AThrow *)o)->args);
    tyObj_free(o);
}

static int athrow_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    AThrow *a = (AThrow *)o;
    if (a->gen && visit((TyObject *)a->gen, arg))
        return 1;
    return a->args ? visit(a->args, arg) : 0;
}

static int athrow_clear(TyObject *o)
{
    TY_CLEAR(((AThrow *)o)->gen);
    TY_CLEAR(((AThrow *)o)->args);
    return 0;
}

static TyMethodDef athrow_methods[] = {
    { "send", athrow_send, TY_METH_DEFAULT, NULL },
    { "throw", athrow_throw, TY_METH_DEFAULT, NULL },
    { "close", athrow_close, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyAsyncGenAThrow_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrow),
    .flags = TY_TPFLAG_GC,
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .clear = athrow_clear,
    .iter = self_iter,
    .iternext = athrow_iternext,
    .am_await = self_iter,
    .methods = athrow_methods,
};

/* ---- the async generator type ------------------------------------------------- */

static TyObject *agen_anext(TyObject *o)
{
    return asend_new((TyGen *)o, NULL);
}

static TyObject *agen_asend(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("asend", kwnames) < 0 || tyArg_checkPositional("asend", nargs, 1, 1) < 0)
        return NULL;
    return asend_new((TyGen *)self, args[0]);
}

/* athrow(*args): its arguments are checked when it is awaited, as in
** CPython. */
static TyObject *agen_athrow(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("athrow", kwnames) < 0)
        return NULL;
    TyObject *t = tyTuple_new((ssize_t)nargs);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        TY_TUPLE_SET(t, (ssize_t)i, TY_NEWREF(args[i]));
    TyObject *r = athrow_new((TyGen *)self, t);
    TY_DECREF(t);
    return r;
}

static TyObject *agen_aclose(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("aclose", nargs, 0, 0) < 0)
        return NULL;
    return athrow_new((TyGen *)self, NULL);
}

static TyObject *agen_get_running(TyObject *o) { return tyBool_from(((TyGen *)o)->ag_running_async); }

static TyMethodDef agen_methods[] = {
    { "asend", agen_asend, TY_METH_DEFAULT, NULL },
    { "athrow", agen_athrow, TY_METH_DEFAULT, NULL },
    { "aclose", agen_aclose, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyGetSetDef agen_getset[] = {
    { "__name__", tyGen_getName, tyGen_setName, NULL },
    { "__qualname__", tyGen_getQualname, tyGen_setQualname, NULL },
    { "ag_await", tyGen_getDelegate, NULL, NULL },
    { "ag_running", agen_get_running, NULL, NULL },
    { "ag_frame", tyGen_getFrame, NULL, NULL },
    { "ag_code", tyGen_getCode, NULL, NULL },
    { "ag_suspended", tyGen_getSuspended, NULL, NULL },
    { NULL }
};

TyType TyAsyncGen_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "async_generator",
    .basicsize = sizeof(TyGen),
    .itemsize = sizeof(TyObject *),
    .flags = TY_TPFLAG_GC,
    .dealloc = tyGen_dealloc,
    .repr = tyGen_repr,
    .traverse = tyGen_traverse,
    .clear = tyGen_clear,
    .finalize = tyGen_finalize,
    .am_aiter = self_iter,
    .am_anext = agen_anext,
    .methods = agen_methods,
    .getset = agen_getset,
    .weaklistoffset = offsetof(TyGen, weakreflist),
};

/* ---- anext(aiter, default) ------------------------------------------------------ */

typedef struct ANextAwaitable {
    TyObject ob;
    TyObject *wrapped;        /* strong: what __anext__() returned */
    TyObject *dflt;           /* strong */
} ANextAwaitable;

TyObject *tyAsyncGen_anext(TyObject *aiter, TyObject *dflt)
{
    ty_unaryfunc getter = TY_TYPE(aiter)->am_anext;
    if (!getter)
        return tyErr_format(&TyExc_TypeError, "'%s' object is not an async iterator", tyType_name(TY_TYPE(aiter)));
    TyObject *awaitable = getter(aiter);
    if (!awaitable || !dflt)
        return awaitable;
    ANextAwaitable *a = (ANextAwaitable *)tyGC_alloc(&TyANextAwaitable_Type);
    if (!a) {
        TY_DECREF(awaitable);
        return NULL;
    }
    a->wrapped = awaitable;
    a->dflt = TY_NEWREF(dflt);
    tyGC_track((TyObject *)a);
    return (TyObject *)a;
}

/* The iterator under the awaitable __anext__ gave (a coroutine's is its
** __await__ wrapper).  New reference. */
static TyObject *anext_iter(ANextAwaitable *a)
{
    TyObject *it = tyCoro_awaitableIter(a->wrapped, 0);
    if (!it || tyIter_check(it))
        return it;
    TyObject *w = TY_TYPE(it)->am_await(it);
    TY_DECREF(it);
    return w;
}

/* StopAsyncIteration ends this await as StopIteration(default). */
static TyObject *anext_result(ANextAwaitable *a, TyObject *r)
{
    if (!r && tyErr_exceptionMatches(&TyExc_StopAsyncIteration)) {
        tyErr_clear();
        tyGen_setStopIteration(a->dflt);
    }
    return r;
}

static TyObject *anext_iternext(TyObject *o)
{
    ANextAwaitable *a = (ANextAwaitable *)o;
    TyObject *it = anext_iter(a);
    if (!it)
        return NULL;
    TyObject *r = TY_TYPE(it)->iternext(it);
    TY_DECREF(it);
    return anext_result(a, r);
}

/* send/throw/close: passed to the iterator under it by name. */
static TyObject *anext_proxy(TyObject *self, TyObject *name, TyObject *const *args, size_t nargs)
{
    ANextAwaitable *a = (ANextAwaitable *)self;
    TyObject *it = anext_iter(a);
    if (!it)
        return NULL;
    TyObject *r = tyObj_callMethod(it, name, args, nargs);
    TY_DECREF(it);
    return anext_result(a, r);
}

static TyObject *anext_send(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("send", kwnames) < 0 || tyArg_checkPositional("send", nargs, 1, 1) < 0)
        return NULL;
    return anext_proxy(self, TY_ID(send), args, nargs);
}

static TyObject *anext_throw(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("throw", kwnames) < 0 || tyArg_checkPositional("throw", nargs, 1, 3) < 0)
        return NULL;
    return anext_proxy(self, TY_ID(throw), args, nargs);
}

static TyObject *anext_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    return anext_proxy(self, TY_ID(close), NULL, 0);
}

static void anext_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((ANextAwaitable *)o)->wrapped);
    TY_CLEAR(((ANextAwaitable *)o)->dflt);
    tyObj_free(o);
}

static int anext_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    ANextAwaitable *a = (ANextAwaitable *)o;
    if (a->wrapped && visit(a->wrapped, arg))
        return 1;
    return a->dflt ? visit(a->dflt, arg) : 0;
}

static int anext_clear(TyObject *o)
{
    TY_CLEAR(((ANextAwaitable *)o)->wrapped);
    TY_CLEAR(((ANextAwaitable *)o)->dflt);
    return 0;
}

static TyMethodDef anext_methods[] = {
    { "send", anext_send, TY_METH_DEFAULT, NULL },
    { "throw", anext_throw, TY_METH_DEFAULT, NULL },
    { "close", anext_close, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyANextAwaitable_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "anext_awaitable",
    .basicsize = sizeof(ANextAwaitable),
    .flags = TY_TPFLAG_GC,
    .dealloc = anext_dealloc,
    .traverse = anext_traverse,
    .clear = anext_clear,
    .iter = self_iter,
    .iternext = anext_iternext,
    .am_await = self_iter,
    .methods = anext_methods,
};
