/*
** coroutine.h — coroutines (`async def` without `yield`) and the protocol
** `await`, `async for` and `async with` run on; async generators are in
** asyncgen.h.  A coroutine is a TyGen (gen.h) of type TyCoro_Type.
*/
#ifndef TY_COROUTINE_H
#define TY_COROUTINE_H

#include "../object.h"

/* What a coroutine's __await__() returns: an iterator over its run. */
typedef struct TyCoroWrapper {
    TyObject ob;
    TyObject *coro;          /* strong */
} TyCoroWrapper;

extern TyType TyCoroWrapper_Type;
extern TyType TyAsyncGenASend_Type;
extern TyType TyAsyncGenAThrow_Type;
extern TyType TyAsyncGenWrappedValue_Type;
extern TyType TyANextAwaitable_Type;

/* anext(aiter[, default]): the awaitable of aiter.__anext__(), which with
** a default ends as StopIteration(default) instead of StopAsyncIteration.
** New reference. */
TyObject *tyAsyncGen_anext(TyObject *aiter, TyObject *dflt);

/*
** The iterator `await o` drives (GET_AWAITABLE): a coroutine, or a
** generator marked CO_ITERABLE_COROUTINE, itself; otherwise what
** o.__await__() returns, which must be an iterator and not a coroutine.
** `where` says which `await` it is (0: an await expression, 1: of
** __aenter__, 2: of __aexit__) for the message when o is not awaitable.
** A coroutine already being awaited is refused.  New reference, or NULL
** with the TypeError or RuntimeError CPython raises.
*/
TyObject *tyCoro_awaitableIter(TyObject *o, int where);

/* o.__aiter__() for `async for` (GET_AITER), checked to have __anext__.
** New reference. */
TyObject *tyCoro_asyncIter(TyObject *o);

/* The awaitable of aiter.__anext__() (GET_ANEXT): an async generator's
** own, or the awaitable iterator of what __anext__ returns.  New
** reference. */
TyObject *tyCoro_asyncNext(TyObject *aiter);

/* A coroutine that was never started is being finalized: the
** RuntimeWarning "coroutine '...' was never awaited". */
void tyCoro_warnNeverAwaited(TyObject *coro);

/* Mark x as an async generator's own yield (ASYNC_GEN_WRAP), so the
** awaitable driving the generator tells it from what an `await` inside
** yields.  New reference. */
TyObject *tyAsyncGen_wrapValue(TyObject *x);

#endif
