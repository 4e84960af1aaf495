/*
** weakrefmodule.c — the `_weakref` module, the C half of CPython's
** weakref.py and _weakrefset.py (which import unmodified from CPython's
** library and supply KeyedRef, WeakMethod, the weak containers and
** finalize): the reference types of objects/weakref.c, proxy,
** getweakrefcount, getweakrefs and _remove_dead_weakref.
*/
#include "tally.h"
#include "objects/weakref.h"
#include "modules/weakrefmodule.h"
#include "modules/atexit.h"

/* ---- the module ------------------------------------------------------------------------ */

TY_CFUNC(mod_getweakrefcount)
{
    if (tyArg_noKeywords("_weakref.getweakrefcount", kwnames) < 0 ||
        tyArg_checkPositional("_weakref.getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    return tyInt_fromI64(tyWeakref_count(args[0]));
}

TY_CFUNC(mod_getweakrefs)
{
    if (tyArg_noKeywords("_weakref.getweakrefs", kwnames) < 0 ||
        tyArg_checkPositional("_weakref.getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    return tyWeakref_list(args[0]);
}

TY_CFUNC(mod_proxy)
{
    if (tyArg_noKeywords("_weakref.proxy", kwnames) < 0 || tyArg_checkPositional("proxy", nargs, 1, 2) < 0)
        return NULL;
    return tyWeakref_newProxy(args[0], nargs > 1 ? args[1] : NULL);
}


/* _weakref._remove_dead_weakref(dict, key): delete dict[key] when it is a
** weak reference whose referent has died (weakref.py's WeakValueDictionary
** calls it from its callbacks); a live one or a missing key stays. */
TY_CFUNC(mod_remove_dead_weakref)
{
    if (tyArg_noKeywords("_remove_dead_weakref", kwnames) < 0 ||
        tyArg_checkPositional("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_DICT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                            TY_TYPE(args[0])->name);
    TyObject *v = tyDict_getItem(args[0], args[1]);
    if (!v && tyErr_occurred())
        return NULL;
    if (v && TY_WEAKREF_CHECK(v) && !tyWeakref_get(v) && tyDict_delItem(args[0], args[1]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* The C half CPython's weakref.py and _weakrefset.py import. */
static TyMethodDef c_weakref_functions[] = {
    { "getweakrefcount", mod_getweakrefcount, TY_METH_DEFAULT,
      "Return the number of weak references to 'object'." },
    { "getweakrefs", mod_getweakrefs, TY_METH_DEFAULT,
      "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", mod_proxy, TY_METH_DEFAULT, "Create a proxy object that weakly references 'object'." },
    { "_remove_dead_weakref", mod_remove_dead_weakref, TY_METH_DEFAULT,
      "Atomically remove key from dict if it points to a dead weakref." },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = {
    &TyWeakref_Type, &TyProxy_Type, &TyCallableProxy_Type,
};

/* The module (see weakrefmodule.h): new reference, or NULL. */
TyObject *tyWeakrefModule_createC(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("_weakref", c_weakref_functions);
    if (m && (tyModule_addObject(m, "ref", (TyObject *)&TyWeakref_Type) < 0 ||
              tyModule_addObject(m, "ReferenceType", (TyObject *)&TyWeakref_Type) < 0 ||
              tyModule_addObject(m, "ProxyType", (TyObject *)&TyProxy_Type) < 0 ||
              tyModule_addObject(m, "CallableProxyType", (TyObject *)&TyCallableProxy_Type) < 0))
        TY_CLEAR(m);
    return m;
}

void tyWeakrefModule_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
