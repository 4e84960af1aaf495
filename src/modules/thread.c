/*
** thread.c — the `_thread` module for a single-threaded interpreter:
** CPython's names, so the standard library's .py modules that take locks
** or ask for the thread's id (reprlib, dataclasses, functools, logging)
** import and run.
**
** There is only the main thread: get_ident() is its id, and
** start_new_thread raises RuntimeError.  Locks keep CPython's rules and
** messages.  Acquiring a lock that is held can only succeed when another
** thread releases it, and there is none: a non-blocking acquire returns
** False, one with a timeout sleeps that long and returns False (as
** CPython's would), and one that would wait forever raises RuntimeError
** instead of hanging.  `_local` (threading.local) keeps one attribute
** dict, the one thread's.
*/
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include "tally.h"
#include "args.h"
#include "modules/signalmod.h"
#include "modules/thread.h"
#include "objects/weakref.h"

/* Longest timeout acquire accepts, in seconds (CPython's on Linux). */
#define TIMEOUT_MAX 9223372036.0

typedef struct Lock {
    TyObject ob;
    bool locked;
    bool reentrant;     /* an RLock: the owner may take it again */
    long count;         /* RLock: times taken by the owner */
    TyObject *weaklist;
} Lock;

#define LOCK(o) ((Lock *)(o))

static TyType Lock_Type, RLock_Type;

static unsigned long main_ident(void)
{
    return (unsigned long)pthread_self();
}

static void lock_dealloc(TyObject *o)
{
    if (LOCK(o)->weaklist)
        tyWeakref_clear(o);
    tyObj_free(o);
}

static TyObject *lock_make(TyType *type)
{
    Lock *l = (Lock *)tyObj_alloc(type);
    if (l)
        l->reentrant = type == &RLock_Type;
    return (TyObject *)l;
}

static TyObject *lock_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (type == &Lock_Type)
        return tyErr_setString(&TyExc_TypeError, "cannot create '_thread.lock' instances");
    return lock_make(type);
}

/* Read acquire's (blocking=True, timeout=-1) with CPython's checks: 0,
** or -1 with the exception. */
static int acquire_args(TyObject *const *args, size_t nargs, TyObject *kwnames, bool *blocking, double *timeout)
{
    static const char *const names[] = { "blocking", "timeout", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (tyArg_unpack("acquire", args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    int b = a[0] ? tyObj_isTrue(a[0]) : 1;
    if (b < 0)
        return -1;
    *blocking = b;
    *timeout = -1;
    if (a[1]) {
        *timeout = tyFloat_asDouble(a[1]);
        if (*timeout == -1 && tyErr_occurred())
            return -1;
    }
    if (!*blocking && *timeout != -1) {
        tyErr_setString(&TyExc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (*timeout < 0 && *timeout != -1) {
        tyErr_setString(&TyExc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (*timeout > TIMEOUT_MAX) {
        tyErr_setString(&TyExc_OverflowError, "timeout value is too large");
        return -1;
    }
    return 0;
}

/* lock.acquire(blocking=True, timeout=-1) -> bool. */
static TyObject *lock_acquire(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    bool blocking;
    double timeout;
    if (acquire_args(args, nargs, kwnames, &blocking, &timeout) < 0)
        return NULL;
    Lock *l = LOCK(self);
    if (!l->locked || l->reentrant) {
        if (l->reentrant && l->count == LONG_MAX)
            return tyErr_setString(&TyExc_OverflowError, "Internal lock count overflowed");
        l->locked = true;
        l->count++;
        return TY_NEWREF(TY_TRUE);
    }
    if (blocking && timeout < 0)
        return tyErr_setString(&TyExc_RuntimeError,
                               "deadlock: the lock is held and tally has no other thread to release it");
    if (blocking && timeout > 0) {
        struct timespec ts = { (time_t)timeout, (long)((timeout - (double)(time_t)timeout) * 1e9) };
        while (nanosleep(&ts, &ts) < 0)
            if (tyErr_checkSignals() < 0)
                return NULL;
    }
    return TY_NEWREF(TY_FALSE);
}

static TyObject *lock_release(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("release", kwnames) < 0 || tyArg_checkPositional("release", nargs, 0, 0) < 0)
        return NULL;
    Lock *l = LOCK(self);
    if (!l->locked)
        return tyErr_setString(&TyExc_RuntimeError,
                               l->reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
    if (--l->count == 0)
        l->locked = false;
    return TY_NEWREF(TY_NONE);
}

/* __exit__(*exc_info): release; exceptions pass on. */
static TyObject *lock_exit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return lock_release(self, args, 0, NULL);
}

static TyObject *lock_locked(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("locked", kwnames) < 0 || tyArg_checkPositional("locked", nargs, 0, 0) < 0)
        return NULL;
    return tyBool_from(LOCK(self)->locked);
}

/* _at_fork_reinit(): back to unlocked (what a forked child's copy needs;
** concurrent.futures registers it with os.register_at_fork). */
static TyObject *lock_at_fork_reinit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_at_fork_reinit", kwnames) < 0 || tyArg_checkPositional("_at_fork_reinit", nargs, 0, 0) < 0)
        return NULL;
    LOCK(self)->locked = false;
    LOCK(self)->count = 0;
    return TY_NEWREF(TY_NONE);
}

/* RLock._is_owned(): held at all, since the only thread owns it then. */
static TyObject *rlock_is_owned(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return lock_locked(self, args, nargs, kwnames);
}

static TyObject *lock_repr(TyObject *self)
{
    Lock *l = LOCK(self);
    const char *state = l->locked ? "locked" : "unlocked";
    if (!l->reentrant)
        return tyStr_fromFormat("<%s _thread.lock object at %p>", state, (void *)self);
    return tyStr_fromFormat("<%s %s object owner=%lu count=%ld at %p>", state, tyType_name(TY_TYPE(self)),
                            l->locked ? main_ident() : 0ul, l->count, (void *)self);
}

static TyMethodDef lock_methods[] = {
    { "acquire", lock_acquire, TY_METH_DEFAULT, "Lock the lock." },
    { "acquire_lock", lock_acquire, TY_METH_DEFAULT, "An obsolete synonym of acquire()." },
    { "__enter__", lock_acquire, TY_METH_DEFAULT, "Lock the lock." },
    { "release", lock_release, TY_METH_DEFAULT, "Release the lock." },
    { "release_lock", lock_release, TY_METH_DEFAULT, "An obsolete synonym of release()." },
    { "__exit__", lock_exit, TY_METH_DEFAULT, "Release the lock." },
    { "locked", lock_locked, TY_METH_DEFAULT, "Tell whether the lock is locked." },
    { "locked_lock", lock_locked, TY_METH_DEFAULT, "An obsolete synonym of locked()." },
    { "_at_fork_reinit", lock_at_fork_reinit, TY_METH_DEFAULT, "Reinitialise the lock after fork()." },
    { NULL, NULL, 0, NULL },
};

static TyMethodDef rlock_methods[] = {
    { "acquire", lock_acquire, TY_METH_DEFAULT, "Lock the lock, again if this thread holds it." },
    { "__enter__", lock_acquire, TY_METH_DEFAULT, "Lock the lock." },
    { "release", lock_release, TY_METH_DEFAULT, "Release the lock once." },
    { "__exit__", lock_exit, TY_METH_DEFAULT, "Release the lock." },
    { "_is_owned", rlock_is_owned, TY_METH_DEFAULT, "For internal use by `threading.Condition`." },
    { "_at_fork_reinit", lock_at_fork_reinit, TY_METH_DEFAULT, "Reinitialise the lock after fork()." },
    { NULL, NULL, 0, NULL },
};

static TyType Lock_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_thread.lock",
    .basicsize = sizeof(Lock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
    .tp_new = lock_new,
    .weaklistoffset = offsetof(Lock, weaklist),
    .doc = "A lock object is a synchronization primitive.",
};

static TyType RLock_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_thread.RLock",
    .basicsize = sizeof(Lock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = rlock_methods,
    .tp_new = lock_new,
    .weaklistoffset = offsetof(Lock, weaklist),
};

/* ---- _local: thread-local data ----------------------------------------------------- */

/*
** CPython keeps one attribute dict per thread that touched the object and
** hands out the running thread's.  tally has one thread, so the object
** owns exactly one dict: what CPython's semantics reduce to with a single
** thread (attributes, `__dict__`, read-only `__dict__`, subclasses whose
** __init__ takes the construction arguments, weak references, cycles).
*/
typedef struct Local {
    TyObject ob;
    TyObject *dict;         /* this (the only) thread's attributes; made in __new__ */
    TyObject *weaklist;
} Local;

#define LOCAL(o) ((Local *)(o))

/* _local(*args, **kw): arguments are allowed only when a subclass's
** __init__ will take them (CPython's check and message).  New reference. */
static TyObject *local_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    bool has_args = nargs > 0 || (kwnames && TY_TUPLE_LEN(kwnames) > 0);
    if (has_args && type->tp_init == TyBaseObject_Type.tp_init)
        return tyErr_setString(&TyExc_TypeError, "Initialization arguments are not supported");
    TyObject *self = tyType_genericAlloc(type, 0);
    if (self && !(LOCAL(self)->dict = tyDict_new()))
        TY_CLEAR(self);
    return self;
}

/* The dict is the only reference the object owns. */
static int local_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return LOCAL(o)->dict && visit(LOCAL(o)->dict, arg);
}

/* Drops the dict (the cycle collector's clear). */
static int local_clear(TyObject *o)
{
    TY_CLEAR(LOCAL(o)->dict);
    return 0;
}

/* Untracks, clears weak references, releases the dict, frees the object. */
static void local_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    if (LOCAL(o)->weaklist)
        tyWeakref_clear(o);
    local_clear(o);
    tyObj_free(o);
}

/* __dict__: the thread's attribute dict (new reference).  A cleared
** object (by the cycle collector) gets a fresh one, as a thread that had
** not touched the object would in CPython. */
static TyObject *local_get_dict(TyObject *self)
{
    Local *l = LOCAL(self);
    if (!l->dict)
        l->dict = tyDict_new();
    return l->dict ? TY_NEWREF(l->dict) : NULL;
}

/* Assigning or deleting __dict__: CPython's AttributeError. */
static int local_set_dict(TyObject *self, TyObject *value)
{
    tyErr_format(&TyExc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                 tyType_name(TY_TYPE(self)));
    return -1;
}

static TyGetSetDef local_getset[] = {
    { "__dict__", local_get_dict, local_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Local_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_thread._local",
    .basicsize = sizeof(Local),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = local_dealloc,
    .traverse = local_traverse,
    .clear = local_clear,
    .tp_new = local_new,
    .getset = local_getset,
    .dictoffset = offsetof(Local, dict),
    .weaklistoffset = offsetof(Local, weaklist),
    .doc = "Thread-local data",
};

/* ---- the module's functions -------------------------------------------------------- */

static TyObject *th_allocate_lock(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("allocate_lock", kwnames) < 0 || tyArg_checkPositional("allocate_lock", nargs, 0, 0) < 0)
        return NULL;
    return lock_make(&Lock_Type);
}

static TyObject *th_get_ident(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("get_ident", kwnames) < 0 || tyArg_checkPositional("get_ident", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromU64(main_ident());
}

static TyObject *th_start_new_thread(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyErr_setString(&TyExc_RuntimeError, "can't start new thread: tally is single-threaded");
}

/* _set_sentinel(): the lock threading.py holds for the main thread and
** releases in its _shutdown; with no other thread nothing else waits on it. */
static TyObject *th_set_sentinel(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_set_sentinel", kwnames) < 0 || tyArg_checkPositional("_set_sentinel", nargs, 0, 0) < 0)
        return NULL;
    return lock_make(&Lock_Type);
}

/* _count(): threads started by this module and still running. */
static TyObject *th_count(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyInt_fromI64(0);
}

/* stack_size([size]): 0, the default, is the only size there is. */
static TyObject *th_stack_size(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("stack_size", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && !(TY_INT_CHECK(args[0]) && TY_INT_IS_SMALL(args[0]) && TY_INT_VALUE(args[0]) == 0))
        return tyErr_setString(&TyExc_ValueError, "setting stack size not supported");
    return tyInt_fromI64(0);
}

/* interrupt_main(signum=SIGINT, /): the signal's Python handler runs
** soon in this (the only) thread; KeyboardInterrupt for SIGINT. */
static TyObject *th_interrupt_main(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("interrupt_main", kwnames) < 0 ||
        tyArg_checkPositional("interrupt_main", nargs, 0, 1) < 0)
        return NULL;
    int sig = SIGINT;
    if ((nargs && tyArg_intI(args[0], &sig) < 0) || tySignal_simulate(sig) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef thread_functions[] = {
    { "interrupt_main", th_interrupt_main, TY_METH_DEFAULT, "Simulate the arrival of the given signal in the main thread." },
    { "allocate_lock", th_allocate_lock, TY_METH_DEFAULT, "Create a new lock object." },
    { "allocate", th_allocate_lock, TY_METH_DEFAULT, "An obsolete synonym of allocate_lock()." },
    { "get_ident", th_get_ident, TY_METH_DEFAULT, "Return a non-zero integer that identifies this thread." },
    { "get_native_id", th_get_ident, TY_METH_DEFAULT, "Return this thread's identifier." },
    { "start_new_thread", th_start_new_thread, TY_METH_DEFAULT, "Start a new thread (not in tally)." },
    { "start_new", th_start_new_thread, TY_METH_DEFAULT, "An obsolete synonym of start_new_thread()." },
    { "_count", th_count, TY_METH_DEFAULT, "The number of threads this module started." },
    { "_set_sentinel", th_set_sentinel, TY_METH_DEFAULT, "Set a sentinel lock for the thread's end." },
    { "stack_size", th_stack_size, TY_METH_DEFAULT, "Return the thread stack size." },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = { &Lock_Type, &RLock_Type, &Local_Type };

TyObject *tyThread_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("_thread", thread_functions);
    TyObject *tmax = m ? tyFloat_from(TIMEOUT_MAX) : NULL;
    if (!tmax || tyModule_addObject(m, "TIMEOUT_MAX", tmax) < 0 ||
        tyModule_addObject(m, "LockType", (TyObject *)&Lock_Type) < 0 ||
        tyModule_addObject(m, "RLock", (TyObject *)&RLock_Type) < 0 ||
        tyModule_addObject(m, "_local", (TyObject *)&Local_Type) < 0 ||
        tyModule_addObject(m, "error", (TyObject *)&TyExc_RuntimeError) < 0)
        TY_CLEAR(m);
    TY_XDECREF(tmax);
    return m;
}

void tyThread_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
