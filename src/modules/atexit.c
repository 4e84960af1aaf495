/*
** atexit.c — the `atexit` module, as CPython's: functions registered with
** their arguments run at exit, the last registered first, while every
** module is still intact (weakref.finalize registers its exit handler
** here).  An exception in one is reported as "Exception ignored in atexit
** callback: <func>" through sys.unraisablehook, and the next one runs.
**
** The callbacks are a C array, not Python objects, as in CPython: a
** registration allocates only the argument tuple (and the keyword dict), so
** gc.get_count() moves as CPython's does.
*/
#include "tally.h"
#include "modules/atexit.h"

typedef struct Callback {
    TyObject *func, *args, *kwargs;      /* kwargs NULL when none */
} Callback;

static struct {
    Callback *items;
    size_t count, cap;
} cbs;

/* Release every callback: the array is emptied first, so a function freed
** here that registers or unregisters sees a consistent (empty) state. */
static void clear_callbacks(void)
{
    Callback *items = cbs.items;
    size_t n = cbs.count;
    cbs.items = NULL;
    cbs.count = cbs.cap = 0;
    for (size_t i = 0; i < n; i++) {
        TY_XDECREF(items[i].func);
        TY_XDECREF(items[i].args);
        TY_XDECREF(items[i].kwargs);
    }
    tyMem_free(items);
}

/* Call the callbacks, the last registered first, then drop them all.  A
** callback removed by unregister while this runs is skipped. */
static void run_callbacks(void)
{
    for (size_t i = cbs.count; i-- > 0;) {
        if (i >= cbs.count || !cbs.items[i].func)
            continue;
        TyObject *func = TY_NEWREF(cbs.items[i].func);
        TyObject *args = TY_NEWREF(cbs.items[i].args);
        TyObject *kwargs = cbs.items[i].kwargs ? TY_NEWREF(cbs.items[i].kwargs) : NULL;
        TyObject *r = tyObj_callTupleDict(func, args, kwargs);
        if (r)
            TY_DECREF(r);
        else
            tyErr_writeUnraisableMsg("in atexit callback", func);
        TY_DECREF(func);
        TY_DECREF(args);
        TY_XDECREF(kwargs);
    }
    clear_callbacks();
}

/* register(func, *args, **kwargs) -> func. */
static TyObject *atexit_register(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (nargs == 0)
        return tyErr_setString(&TyExc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!tyObj_isCallable(args[0]))
        return tyErr_setString(&TyExc_TypeError, "the first argument must be callable");
    Callback cb = { NULL, NULL, NULL };
    cb.args = tyTuple_fromArray(args + 1, (ssize_t)nargs - 1);
    if (!cb.args)
        return NULL;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    if (nkw > 0) {
        cb.kwargs = tyDict_new();
        for (ssize_t i = 0; cb.kwargs && i < nkw; i++)
            if (tyDict_setItem(cb.kwargs, TY_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0)
                TY_CLEAR(cb.kwargs);
        if (!cb.kwargs) {
            TY_DECREF(cb.args);
            return NULL;
        }
    }
    if (cbs.count == cbs.cap) {
        size_t cap = cbs.cap ? cbs.cap * 2 : 8;
        Callback *items = tyMem_realloc(cbs.items, cap * sizeof *items);
        if (!items) {
            TY_DECREF(cb.args);
            TY_XDECREF(cb.kwargs);
            return tyErr_noMemory();
        }
        cbs.items = items;
        cbs.cap = cap;
    }
    cb.func = TY_NEWREF(args[0]);
    cbs.items[cbs.count++] = cb;
    return TY_NEWREF(args[0]);
}

/* unregister(func): drop every registration of a function == func. */
static TyObject *atexit_unregister(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit.unregister", kwnames) < 0 ||
        tyArg_checkPositional("atexit.unregister", nargs, 1, 1) < 0)
        return NULL;
    for (size_t i = 0; i < cbs.count; i++) {
        if (!cbs.items[i].func)
            continue;
        int eq = tyObj_richCompareBool(cbs.items[i].func, args[0], TY_EQ);
        if (eq < 0)
            return NULL;
        if (eq && i < cbs.count && cbs.items[i].func) {
            Callback cb = cbs.items[i];
            cbs.items[i] = (Callback){ NULL, NULL, NULL };
            TY_DECREF(cb.func);
            TY_DECREF(cb.args);
            TY_XDECREF(cb.kwargs);
        }
    }
    return TY_NEWREF(TY_NONE);
}

static TyObject *atexit_run_exitfuncs(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit._run_exitfuncs", kwnames) < 0 ||
        tyArg_checkPositional("atexit._run_exitfuncs", nargs, 0, 0) < 0)
        return NULL;
    run_callbacks();
    return TY_NEWREF(TY_NONE);
}

static TyObject *atexit_clear(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit._clear", kwnames) < 0 ||
        tyArg_checkPositional("atexit._clear", nargs, 0, 0) < 0)
        return NULL;
    clear_callbacks();
    return TY_NEWREF(TY_NONE);
}

/* _ncallbacks(): the registrations still in place. */
static TyObject *atexit_ncallbacks(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit._ncallbacks", kwnames) < 0 ||
        tyArg_checkPositional("atexit._ncallbacks", nargs, 0, 0) < 0)
        return NULL;
    int64_t n = 0;
    for (size_t i = 0; i < cbs.count; i++)
        n += cbs.items[i].func != NULL;
    return tyInt_fromI64(n);
}

static TyMethodDef atexit_functions[] = {
    { "register", atexit_register, TY_METH_DEFAULT,
      "register(func, *args, **kwargs) -> func\n\n"
      "Register a function to be executed upon normal program termination\n\n"
      "    func - function to be called at exit\n"
      "    args - optional arguments to pass to func\n"
      "    kwargs - optional keyword arguments to pass to func\n\n"
      "    func is returned to facilitate usage as a decorator." },
    { "unregister", atexit_unregister, TY_METH_DEFAULT,
      "unregister(func) -> None\n\n"
      "Unregister an exit function which was previously registered using\n"
      "atexit.register\n\n"
      "    func - function to be unregistered" },
    { "_run_exitfuncs", atexit_run_exitfuncs, TY_METH_DEFAULT,
      "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
      "If a callback raises an exception, it is logged with sys.unraisablehook." },
    { "_clear", atexit_clear, TY_METH_DEFAULT, "_clear() -> None\n\nClear the list of previously registered exit functions." },
    { "_ncallbacks", atexit_ncallbacks, TY_METH_DEFAULT, "_ncallbacks() -> int\n\nReturn the number of registered exit functions." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyAtexit_create(void)
{
    TyObject *m = tyModule_new("atexit", atexit_functions);
    TyObject *doc = m ? tyStr_fromCStr("allow programmer to define multiple exit functions to be "
                                       "executed\nupon normal program termination.\n\nTwo public "
                                       "functions, register and unregister, are defined.\n")
                      : NULL;
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0)
        TY_CLEAR(m);
    TY_XDECREF(doc);
    return m;
}

void tyAtexit_run(void)
{
    run_callbacks();
}

void tyAtexit_fini(void)
{
    clear_callbacks();
}
