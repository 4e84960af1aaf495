/*
** gcmodule.h — the Python-level `gc` module (CPython 3.11's whole API)
** over the collector in gc.c.
*/
#ifndef TY_GCMODULE_H
#define TY_GCMODULE_H

#include "../object.h"

/* The gc module: new reference.  Creates gc.garbage and gc.callbacks in
** ty_state.gc when they do not exist yet, so the collector and the module
** share the same two lists. */
TyObject *tyGCModule_create(void);

#endif
