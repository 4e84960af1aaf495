/*
** contextvars.h — the `_contextvars` module (see contextvars.c).
*/
#ifndef TY_CONTEXTVARS_H
#define TY_CONTEXTVARS_H

#include "../object.h"

/* The _contextvars module: new reference, or NULL.  Readies its types. */
TyObject *tyContextvars_create(void);
/* Drops the current context and releases the types (at exit). */
void tyContextvars_fini(void);

#endif
