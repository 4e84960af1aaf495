/*
** lsprof.h — the `_lsprof` module (see lsprof.c).
*/
#ifndef TY_LSPROF_H
#define TY_LSPROF_H

#include "../object.h"

/* The _lsprof module: new reference, or NULL.  Readies its types. */
TyObject *tyLsprof_create(void);

/* Releases the module's types (at exit). */
void tyLsprof_fini(void);

#endif
