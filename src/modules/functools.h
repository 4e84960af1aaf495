/*
** functools.h — the `_functools` module: reduce, partial and cmp_to_key,
** under CPython's functools.py.
*/
#ifndef TY_FUNCTOOLS_H
#define TY_FUNCTOOLS_H

#include "../object.h"

/* The _functools module: new reference.  Readies the module's types. */
TyObject *tyFunctools_create(void);
/* Releases the module's static types (at exit, with the other static types). */
void tyFunctools_fini(void);

#endif
