/*
** atexit.c — the `atexit` module: the interpreter's list of functions to
** call at exit, with CPython 3.11's rules.
**
** The list lives in C (not in the module object), so a callback stays
** registered when the module is no longer referenced.  CPython's bookkeeping shows through `_ncallbacks()`, so it
** is kept: unregister() empties matching slots without closing the gap,
** and the count is the number of slots until the list is run or cleared.
** At exit the slots run from the last to the first; a callback registered
** while they run is not called (the run covers the slots that existed when
** it started) and is dropped with the rest.
*/
#include <stdlib.h>
#include "tally.h"
#include "modules/atexit.h"

typedef struct TyAtexitCallback {
    TyObject *func;     /* NULL for an emptied slot */
    TyObject *args;     /* tuple: positional values then keyword values */
    TyObject *kwnames;  /* tuple of keyword names, or NULL */
    size_t npos;
} Callback;

static void callback_clear(Callback *c)
{
    TY_CLEAR(c->func);
    TY_CLEAR(c->args);
    TY_CLEAR(c->kwnames);
}

/* Empties the list.  Releasing a callback can run __del__, which may
** register again: the loop takes slots off the end until none is left. */
static void clear_all(void)
{
    while (ty_state.mod.atexit.count > 0) {
        Callback c = ty_state.mod.atexit.items[--ty_state.mod.atexit.count];
        callback_clear(&c);
    }
}

/* A slot at the end of the list: 0, or -1 with MemoryError. */
static Callback *append_slot(void)
{
    if (ty_state.mod.atexit.count == ty_state.mod.atexit.cap) {
        size_t cap = ty_state.mod.atexit.cap ? ty_state.mod.atexit.cap * 2 : 32;
        Callback *items = realloc(ty_state.mod.atexit.items, cap * sizeof *items);
        if (!items) {
            tyErr_noMemory();
            return NULL;
        }
        ty_state.mod.atexit.items = items;
        ty_state.mod.atexit.cap = cap;
    }
    Callback *c = &ty_state.mod.atexit.items[ty_state.mod.atexit.count++];
    *c = (Callback){ 0 };
    return c;
}

void tyAtexit_run(void)
{
    for (size_t i = ty_state.mod.atexit.count; i-- > 0;) {
        if (i >= ty_state.mod.atexit.count)
            continue; /* a callback cleared the list */
        Callback c = ty_state.mod.atexit.items[i];
        if (!c.func)
            continue;
        /* The slot may be emptied while the callback runs: hold on to it. */
        TY_INCREF(c.func);
        TY_INCREF(c.args);
        TY_XINCREF(c.kwnames);
        TyObject *r = tyObj_call(c.func, TY_TUPLE_ITEMS(c.args), c.npos, c.kwnames);
        if (r)
            TY_DECREF(r);
        else
            tyErr_writeUnraisableMsg("in atexit callback", c.func);
        callback_clear(&c);
    }
    clear_all();
}

void tyAtexit_fini(void)
{
    clear_all();
    free(ty_state.mod.atexit.items);
    ty_state.mod.atexit.items = NULL;
    ty_state.mod.atexit.cap = 0;
}

/* ---- the module's functions ---------------------------------------------------------- */

/* register(func, *args, **kwargs) -> func */
static TyObject *ae_register(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs == 0)
        return tyErr_setString(&TyExc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!tyObj_isCallable(args[0]))
        return tyErr_setString(&TyExc_TypeError, "the first argument must be callable");
    size_t nkw = kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0;
    TyObject *rest = tyTuple_fromArray(args + 1, (ssize_t)(nargs - 1 + nkw));
    if (!rest)
        return NULL;
    Callback *c = append_slot();
    if (!c) {
        TY_DECREF(rest);
        return NULL;
    }
    c->func = TY_NEWREF(args[0]);
    c->args = rest;
    c->kwnames = nkw ? TY_NEWREF(kwnames) : NULL;
    c->npos = nargs - 1;
    return TY_NEWREF(args[0]);
}

/* unregister(func): empties every slot whose function == func. */
static TyObject *ae_unregister(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit.unregister", kwnames) < 0 ||
        tyArg_checkPositional("atexit.unregister", nargs, 1, 1) < 0)
        return NULL;
    for (size_t i = 0; i < ty_state.mod.atexit.count; i++) {
        TyObject *f = ty_state.mod.atexit.items[i].func;
        if (!f)
            continue;
        TY_INCREF(f);
        int eq = tyObj_richCompareBool(f, args[0], TY_EQ);
        TY_DECREF(f);
        if (eq < 0)
            return NULL;
        /* The comparison may have run code that changed the list. */
        if (eq && i < ty_state.mod.atexit.count && ty_state.mod.atexit.items[i].func == f) {
            Callback c = ty_state.mod.atexit.items[i];
            ty_state.mod.atexit.items[i] = (Callback){ 0 };
            callback_clear(&c);
        }
    }
    return TY_NEWREF(TY_NONE);
}

static TyObject *ae_run_exitfuncs(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit._run_exitfuncs", kwnames) < 0 || tyArg_checkPositional("atexit._run_exitfuncs", nargs, 0, 0) < 0)
        return NULL;
    tyAtexit_run();
    return TY_NEWREF(TY_NONE);
}

static TyObject *ae_clear(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit._clear", kwnames) < 0 || tyArg_checkPositional("atexit._clear", nargs, 0, 0) < 0)
        return NULL;
    clear_all();
    return TY_NEWREF(TY_NONE);
}

static TyObject *ae_ncallbacks(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("atexit._ncallbacks", kwnames) < 0 || tyArg_checkPositional("atexit._ncallbacks", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64((int64_t)ty_state.mod.atexit.count);
}

static TyMethodDef atexit_functions[] = {
    { "register", ae_register, TY_METH_DEFAULT,
      "register(func, *args, **kwargs) -> func\n\n"
      "Register a function to be executed upon normal program termination\n\n"
      "    func - function to be called at exit\n"
      "    args - optional arguments to pass to func\n"
      "    kwargs - optional keyword arguments to pass to func\n\n"
      "    func is returned to facilitate usage as a decorator." },
    { "unregister", ae_unregister, TY_METH_DEFAULT,
      "unregister(func) -> None\n\n"
      "Unregister an exit function which was previously registered using\n"
      "atexit.register\n\n"
      "    func - function to be unregistered" },
    { "_run_exitfuncs", ae_run_exitfuncs, TY_METH_DEFAULT,
      "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
      "If a callback raises an exception, it is logged with sys.unraisablehook." },
    { "_clear", ae_clear, TY_METH_DEFAULT, "_clear() -> None\n\nClear the list of previously registered exit functions." },
    { "_ncallbacks", ae_ncallbacks, TY_METH_DEFAULT, "_ncallbacks() -> int\n\nReturn the number of registered exit functions." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyAtexit_create(void)
{
    TyObject *m = tyModule_new("atexit", atexit_functions);
    TyObject *doc = m ? tyStr_fromCStr("allow programmer to define multiple exit functions to be executed\n"
                                       "upon normal program termination.\n\n"
                                       "Two public functions, register and unregister, are defined.\n") : NULL;
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0)
        TY_CLEAR(m);
    TY_XDECREF(doc);
    return m;
}
