/*
** weakrefmodule.h — the `_weakref` module: ref, proxy, the reference
** types, getweakrefcount, getweakrefs and _remove_dead_weakref, over the
** weak references of objects/weakref.h, for CPython's weakref.py.
*/
#ifndef TY_WEAKREFMODULE_H
#define TY_WEAKREFMODULE_H

#include "../object.h"

/* The _weakref module: new reference, or NULL.  Readies its types. */
TyObject *tyWeakrefModule_createC(void);

/* Releases the module's types (at exit, where the static types are
** released). */
void tyWeakrefModule_fini(void);

#endif
