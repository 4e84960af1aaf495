/*
** string.h — the `_string` module (see string.c).
*/
#ifndef TY_STRING_MODULE_H
#define TY_STRING_MODULE_H

#include "../object.h"

/* The _string module: new reference, or NULL.  Readies its iterator types. */
TyObject *tyStringModule_create(void);
/* Releases the iterator types (at exit). */
void tyStringModule_fini(void);

#endif
