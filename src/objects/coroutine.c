/*
** coroutine.c — coroutine objects, their __await__ wrapper, and the
** awaitable protocol the VM's GET_AWAITABLE, GET_AITER and GET_ANEXT use.
** A coroutine runs on the generator machinery (gen.c): the same frame,
** send/throw/close, delegation through `await` as through `yield from`.
*/
#include "tally.h"
#include "modules/warningsmodule.h"
#include "objects/gen.h"
#include "objects/coroutine.h"
#include "objects/code.h"

/* A generator that types.coroutine marked as usable in `await`. */
static bool is_iterable_coroutine(TyObject *o)
{
    return TY_GEN_CHECK(o) && (((TyCode *)((TyGen *)o)->code)->flags & TY_CO_ITERABLE_COROUTINE);
}

/* The iterator `await o` runs, without the already-awaited check.  New
** reference, or NULL with TypeError; *no_await tells that o has no
** __await__ at all. */
static TyObject *awaitable_iter(TyObject *o, bool *no_await)
{
    *no_await = false;
    if (TY_CORO_CHECK(o) || is_iterable_coroutine(o))
        return TY_NEWREF(o);
    ty_unaryfunc getter = TY_TYPE(o)->am_await;
    if (!getter) {
        *no_await = true;
        return tyErr_format(&TyExc_TypeError, "object %s can't be used in 'await' expression",
                            tyType_name(TY_TYPE(o)));
    }
    TyObject *it = getter(o);
    if (!it)
        return NULL;
    if (TY_CORO_CHECK(it) || is_iterable_coroutine(it)) {
        TY_DECREF(it);
        return tyErr_setString(&TyExc_TypeError, "__await__() returned a coroutine");
    }
    if (!tyIter_check(it)) {
        tyErr_format(&TyExc_TypeError, "__await__() returned non-iterator of type '%s'",
                     tyType_name(TY_TYPE(it)));
        TY_DECREF(it);
        return NULL;
    }
    return it;
}

TyObject *tyCoro_awaitableIter(TyObject *o, int where)
{
    bool no_await;
    TyObject *it = awaitable_iter(o, &no_await);
    if (!it) {
        if (no_await && where) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError,
                         "'async with' received an object from %s that does not implement __await__: %s",
                         where == 1 ? "__aenter__" : "__aexit__", tyType_name(TY_TYPE(o)));
        }
        return NULL;
    }
    if (TY_CORO_CHECK(it) && tyGen_delegate(it)) {
        TY_DECREF(it);
        return tyErr_setString(&TyExc_RuntimeError, "coroutine is being awaited already");
    }
    return it;
}

TyObject *tyCoro_asyncIter(TyObject *o)
{
    ty_unaryfunc getter = TY_TYPE(o)->am_aiter;
    if (!getter)
        return tyErr_format(&TyExc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                            tyType_name(TY_TYPE(o)));
    TyObject *it = getter(o);
    if (it && !TY_TYPE(it)->am_anext) {
        tyErr_format(&TyExc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                     tyType_name(TY_TYPE(it)));
        TY_DECREF(it);
        return NULL;
    }
    return it;
}

TyObject *tyCoro_asyncNext(TyObject *aiter)
{
    ty_unaryfunc getter = TY_TYPE(aiter)->am_anext;
    if (TY_ASYNC_GEN_CHECK(aiter))
        return getter(aiter);
    if (!getter)
        return tyErr_format(&TyExc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                            tyType_name(TY_TYPE(aiter)));
    TyObject *next = getter(aiter);
    if (!next)
        return NULL;
    bool no_await;
    TyObject *it = awaitable_iter(next, &no_await);
    if (!it) {
        TyObject *cause = tyErr_fetch();
        tyErr_format(&TyExc_TypeError, "'async for' received an invalid object from __anext__: %s",
                     tyType_name(TY_TYPE(next)));
        TyObject *exc = tyErr_fetch();
        tyExc_setCause(exc, cause);
        tyExc_setContext(exc, cause);
        TY_DECREF(cause);
        tyErr_restore(exc);
    }
    TY_DECREF(next);
    return it;
}

/* Once warnings.py is loaded (a finalizer never imports it) the warning
** goes through warnings.warn, so filters and catch_warnings() see it as
** they see CPython's; without source=, as warnings.py's own warn_explicit
** passes a source where WarningMessage takes a file (CPython's C
** _warnings does not), so the "Enable tracemalloc" hint is not printed. */
void tyCoro_warnNeverAwaited(TyObject *coro)
{
    TyObject *text = tyStr_fromFormat("coroutine '%U' was never awaited", ((TyGen *)coro)->qualname);
    TyObject *warnings = text ? tyDict_getItemStr(ty_state.modules, "warnings") : NULL;
    if (warnings && TY_MODULE_CHECK(warnings)) {
        if (tyWarnings_warn(&TyExc_RuntimeWarning, text) < 0)
            tyErr_writeUnraisable(coro);
        TY_DECREF(text);
        return;
    }
    if (!text || tyErr_warnOnce(&TyExc_RuntimeWarning, text,
                                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback") < 0)
        tyErr_writeUnraisable(coro);
    TY_XDECREF(text);
}

/* ---- the coroutine type ---------------------------------------------------- */

/* A coroutine's __await__(): an iterator over the same run. */
static TyObject *coro_await(TyObject *coro)
{
    TyObject *w = tyGC_alloc(&TyCoroWrapper_Type);
    if (!w)
        return NULL;
    ((TyCoroWrapper *)w)->coro = TY_NEWREF(coro);
    tyGC_track(w);
    return w;
}

static TyObject *coro_get_origin(TyObject *o)
{
    TyObject *origin = ((TyGen *)o)->cr_origin;
    return TY_NEWREF(origin ? origin : TY_NONE);
}

static TyMethodDef coro_methods[] = {
    { "send", tyGen_sendMethod, TY_METH_DEFAULT, NULL },
    { "throw", tyGen_throwMethod, TY_METH_DEFAULT, NULL },
    { "close", tyGen_closeMethod, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyGetSetDef coro_getset[] = {
    { "__name__", tyGen_getName, tyGen_setName, NULL },
    { "__qualname__", tyGen_getQualname, tyGen_setQualname, NULL },
    { "cr_await", tyGen_getDelegate, NULL, NULL },
    { "cr_running", tyGen_getRunning, NULL, NULL },
    { "cr_frame", tyGen_getFrame, NULL, NULL },
    { "cr_code", tyGen_getCode, NULL, NULL },
    { "cr_suspended", tyGen_getSuspended, NULL, NULL },
    { "cr_origin", coro_get_origin, NULL, NULL },
    { NULL }
};

TyType TyCoro_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "coroutine",
    .basicsize = sizeof(TyGen),
    .itemsize = sizeof(TyObject *),
    .flags = TY_TPFLAG_GC,
    .dealloc = tyGen_dealloc,
    .repr = tyGen_repr,
    .traverse = tyGen_traverse,
    .clear = tyGen_clear,
    .finalize = tyGen_finalize,
    .am_await = coro_await,
    .methods = coro_methods,
    .getset = coro_getset,
    .weaklistoffset = offsetof(TyGen, weakreflist),
};

/* ---- coroutine_wrapper: what __await__ returns ------------------------------ */

static void wrapper_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((TyCoroWrapper *)o)->coro);
    tyObj_free(o);
}

static int wrapper_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *coro = ((TyCoroWrapper *)o)->coro;
    return coro ? visit(coro, arg) : 0;
}

static int wrapper_clear(TyObject *o)
{
    TY_CLEAR(((TyCoroWrapper *)o)->coro);
    return 0;
}

static TyObject *wrapper_iter(TyObject *o) { return TY_NEWREF(o); }

/* next(): send None, a return becoming StopIteration(value). */
static TyObject *wrapper_iternext(TyObject *o)
{
    TyObject *coro = ((TyCoroWrapper *)o)->coro;
    bool returned;
    TyObject *r = tyGen_send(coro, NULL, &returned);
    return tyGen_stopOnReturn(coro, r, returned);
}

#define WRAPPER_FORWARD(fname, target)                                                            \
    static TyObject *fname(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                             \
        return target(((TyCoroWrapper *)self)->coro, args, nargs, kwnames);                       \
    }
WRAPPER_FORWARD(wrapper_send, tyGen_sendMethod)
WRAPPER_FORWARD(wrapper_throw, tyGen_throwMethod)
WRAPPER_FORWARD(wrapper_close, tyGen_closeMethod)
#undef WRAPPER_FORWARD

static TyMethodDef wrapper_methods[] = {
    { "send", wrapper_send, TY_METH_DEFAULT, NULL },
    { "throw", wrapper_throw, TY_METH_DEFAULT, NULL },
    { "close", wrapper_close, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyCoroWrapper_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "coroutine_wrapper",
    .basicsize = sizeof(TyCoroWrapper),
    .flags = TY_TPFLAG_GC,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .iter = wrapper_iter,
    .iternext = wrapper_iternext,
    .methods = wrapper_methods,
};
