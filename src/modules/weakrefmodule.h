/*
** weakrefmodule.h — the Python-level `weakref` module: ref, proxy,
** getweakrefcount, getweakrefs, KeyedRef, WeakMethod, WeakValueDictionary,
** WeakKeyDictionary, WeakSet and finalize, over the weak references of
** objects/weakref.h.
*/
#ifndef TY_WEAKREFMODULE_H
#define TY_WEAKREFMODULE_H

#include "../object.h"

/* The weakref module: new reference.  Readies the module's types. */
TyObject *tyWeakrefModule_create(void);

/* The _weakref module (CPython's C half of weakref: ref, proxy, the
** reference types, getweakrefcount, getweakrefs, _remove_dead_weakref),
** for the standard library's .py modules.  New reference, or NULL. */
TyObject *tyWeakrefModule_createC(void);

/*
** weakref.finalize's exit handler (CPython's finalize._exitfunc, which
** atexit runs): calls every finalizer still alive whose atexit flag is
** set, the most recently created first, with the collector disabled
** meanwhile; an exception is printed as sys.excepthook does and the next
** finalizer runs.  Afterwards no finalizer runs any more.  To be called
** once at exit, before the modules are torn down.
*/
void tyWeakrefModule_atExit(void);

/* Releases the module's types and the finalizer registry (at exit, where
** the static types are released). */
void tyWeakrefModule_fini(void);

#endif
