/*
** gen.h — generator objects: a suspended frame that yields values; and
** what coroutines and async generators (coroutine.c, asyncgen.c), which
** share their layout and machinery, build on.
*/
#ifndef TY_GEN_H
#define TY_GEN_H

#include "../object.h"

struct TyFrame;

typedef struct TyGen {
    TyObject ob;
    TyObject *name;          /* str */
    TyObject *qualname;      /* str */
    TyObject *code;          /* gi_code, strong: the frame's is gone once it ends */
    TyExcInfo exc_state;     /* the generator's handled-exception level */
    TyObject *weakreflist;
    bool running;
    bool finished;           /* returned or raised: the frame is cleared */
    bool started;
    bool resume_bare;        /* a debugger's jump moved the suspended frame off its
                                yield (trace.c): resume with no sent value */
    /* Async generators only (asyncgen.c). */
    bool ag_hooks_inited;    /* the firstiter hook has been called */
    bool ag_closed;          /* aclose() began, or it ended by StopAsyncIteration */
    bool ag_running_async;   /* an asend/athrow awaitable is driving it */
    TyObject *ag_finalizer;  /* strong: sys.set_asyncgen_hooks' finalizer, or NULL */
    /* Coroutines only: cr_origin, the creating frames while
    ** sys.set_coroutine_origin_tracking_depth() is above 0; or NULL. */
    TyObject *cr_origin;
    struct TyFrame *frame;   /* points into frame_data */
    TyObject *frame_data[];  /* the frame, allocated with the generator */
} TyGen;

extern TyType TyGen_Type;
extern TyType TyCoro_Type;
extern TyType TyAsyncGen_Type;

#define TY_GEN_CHECK(o) (TY_TYPE(o) == &TyGen_Type)
#define TY_CORO_CHECK(o) (TY_TYPE(o) == &TyCoro_Type)
#define TY_ASYNC_GEN_CHECK(o) (TY_TYPE(o) == &TyAsyncGen_Type)

/* A generator, coroutine or async generator (by the code's flags) for a
** call of func, whose frame (*frame_out) is set up with the function's
** code and namespaces and still needs its arguments bound.  New
** reference. */
TyObject *tyGen_new(TyObject *func, struct TyFrame **frame_out);

/*
** Resume gen with `value` sent in (NULL for next()).  Returns the yielded
** value (new reference) and sets *returned to false; or, when the
** generator finishes, its return value (new reference) with *returned
** true; or NULL with an exception.
*/
TyObject *tyGen_send(TyObject *gen, TyObject *value, bool *returned);

/* The generator or coroutine whose frame f is (owner
** TY_FRAME_IN_GENERATOR), borrowed. */
TyGen *tyGen_ofFrame(struct TyFrame *f);

/* Borrowed: the iterator gen's pending `yield from` delegates to, or NULL
** when it is not suspended in one (gi_yieldfrom). */
TyObject *tyGen_delegate(TyObject *gen);

/*
** throw(typ, val, tb) into gen (val and tb may be NULL).  A pending `yield
** from` or `await` passes it on first: GeneratorExit closes the delegate
** (when close_on_genexit; an async generator's athrow passes it on
** instead) and is then raised here; anything else goes to the delegate's
** throw(), and only when the delegate ends does gen go on.  The exception
** is built where it is finally raised, so a delegate's throw() method sees
** the arguments as they were given.  Returns as tyGen_send does.
*/
TyObject *tyGen_throw(TyObject *gen, TyObject *typ, TyObject *val, TyObject *tb, bool close_on_genexit,
                      bool *returned);

/*
** close(): close a pending delegate, then raise GeneratorExit at the
** suspension point.  Finishing by GeneratorExit, StopIteration or a return
** is a clean close; yielding again is "<kind> ignored GeneratorExit"
** (RuntimeError); any other exception propagates.  0, or -1 with an
** exception.
*/
int tyGen_close(TyObject *gen);

/* What send() and throw() give back for a result of tyGen_send or
** tyGen_throw: a yielded value as it is; a return as StopIteration(value)
** (StopAsyncIteration for an async generator, whose return value is
** always None).  Steals r. */
TyObject *tyGen_stopOnReturn(TyObject *gen, TyObject *r, bool returned);

/* The parts of a generator the other kinds share: their slots, methods
** (send, throw, close, with a return made StopIteration) and attributes,
** which each kind names with its own prefix (gi_, cr_, ag_).  Getters
** return new references; setters take a borrowed one (NULL: delete). */
int tyGen_traverse(TyObject *o, ty_visitproc visit, void *arg);
/* Visit the value stack of a generator's frame (none once it has ended).
** tyGen_traverse leaves it out while the generator runs; a caller that
** runs inside a call the generator made (its stack pointer saved for the
** call) may visit it, as tally.explain does. */
int tyGen_traverseStack(TyObject *o, ty_visitproc visit, void *arg);
int tyGen_clear(TyObject *o);
void tyGen_dealloc(TyObject *o);
/* The PEP 442 finalizer: an unfinished generator is closed; a coroutine
** that never started warns that it was never awaited; an async generator
** with a finalizer hook is handed to the hook instead. */
void tyGen_finalize(TyObject *o);
TyObject *tyGen_repr(TyObject *o);
TyObject *tyGen_sendMethod(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tyGen_throwMethod(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tyGen_closeMethod(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tyGen_getName(TyObject *o);
int tyGen_setName(TyObject *o, TyObject *v);
TyObject *tyGen_getQualname(TyObject *o);
int tyGen_setQualname(TyObject *o, TyObject *v);
TyObject *tyGen_getRunning(TyObject *o);
TyObject *tyGen_getCode(TyObject *o);
TyObject *tyGen_getFrame(TyObject *o);
TyObject *tyGen_getSuspended(TyObject *o);
TyObject *tyGen_getDelegate(TyObject *o);

/* Raise StopIteration carrying `value` as a generator's return value: a
** tuple or an exception is the single argument, not the arguments or the
** exception itself. */
void tyGen_setStopIteration(TyObject *value);

#endif
