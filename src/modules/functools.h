/*
** functools.h — the `functools` module: reduce and partial in C, the
** rest (lru_cache, wraps, cmp_to_key, ...) in Python run at first import.
*/
#ifndef TY_FUNCTOOLS_H
#define TY_FUNCTOOLS_H

#include "../object.h"

/* The functools module: new reference.  Readies the module's types. */
TyObject *tyFunctools_create(void);
/* Releases the module's static types (at exit, with the other static types). */
void tyFunctools_fini(void);

#endif
