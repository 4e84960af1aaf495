/*
** hostfunc.c — host_function: calls a host program's C function with its
** positional arguments as they are and its keyword arguments gathered in
** a dict (include/tally.h promises a dict or NULL, never kwnames).
*/
#include "tally.h"
#include "objects/hostfunc.h"

TyObject *tyHostFunc_new(struct TyInterp *interp, const char *name, const char *module, ty_hostfn fn,
                         void *ud)
{
    TyObject *sname = tyStr_fromCStr(name);
    TyObject *smod = sname && module ? tyStr_fromCStr(module) : NULL;
    if (!sname || (module && !smod)) {
        TY_XDECREF(sname);
        return NULL;
    }
    TyHostFunc *f = (TyHostFunc *)tyObj_alloc(&TyHostFunc_Type);
    if (!f) {
        TY_DECREF(sname);
        TY_XDECREF(smod);
        return NULL;
    }
    f->name = sname;
    f->module_name = smod;
    f->fn = fn;
    f->ud = ud;
    f->interp = interp;
    return (TyObject *)f;
}

static void hostfunc_dealloc(TyObject *o)
{
    TyHostFunc *f = (TyHostFunc *)o;
    TY_DECREF(f->name);
    TY_XDECREF(f->module_name);
    tyObj_free(o);
}

/* The host sees an exception set without a NULL result (or the reverse)
** as the bug it is: SystemError, as CPython reports such a function. */
static TyObject *hostfunc_call(TyObject *callable, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyHostFunc *f = (TyHostFunc *)callable;
    TyObject *kwargs = NULL;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    if (nkw) {
        kwargs = tyDict_new();
        if (!kwargs)
            return NULL;
        for (ssize_t i = 0; i < nkw; i++) {
            if (tyDict_setItem(kwargs, TY_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                TY_DECREF(kwargs);
                return NULL;
            }
        }
    }
    TyObject *r = f->fn(f->interp, args, nargs, kwargs, f->ud);
    TY_XDECREF(kwargs);
    if (!r && !tyErr_occurred())
        return tyErr_format(&TyExc_SystemError, "%U returned NULL without setting an exception", f->name);
    if (r && tyErr_occurred()) {
        TY_DECREF(r);
        TyObject *cause = tyErr_fetch();
        tyErr_format(&TyExc_SystemError, "%U returned a result with an exception set", f->name);
        TyObject *exc = tyErr_fetch();
        tyExc_setCause(exc, cause);
        tyErr_restore(exc);
        return NULL;
    }
    return r;
}

static TyObject *hostfunc_repr(TyObject *o)
{
    return tyStr_fromFormat("<built-in function %U>", ((TyHostFunc *)o)->name);
}

static TyObject *hostfunc_get_name(TyObject *o)
{
    return TY_NEWREF(((TyHostFunc *)o)->name);
}

static TyObject *hostfunc_get_module(TyObject *o)
{
    TyObject *m = ((TyHostFunc *)o)->module_name;
    return TY_NEWREF(m ? m : TY_NONE);
}

static TyGetSetDef hostfunc_getset[] = {
    { "__name__", hostfunc_get_name, NULL, NULL },
    { "__qualname__", hostfunc_get_name, NULL, NULL },
    { "__module__", hostfunc_get_module, NULL, NULL },
    { NULL }
};

TyType TyHostFunc_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "host_function",
    .basicsize = sizeof(TyHostFunc),
    .dealloc = hostfunc_dealloc,
    .repr = hostfunc_repr,
    .call = hostfunc_call,
    .getset = hostfunc_getset,
};
