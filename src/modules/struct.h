/*
** struct.h — the `_struct` module (see struct.c).
*/
#ifndef TY_STRUCT_H
#define TY_STRUCT_H

#include "../object.h"

/* The _struct module: new reference, or NULL.  Readies its types and
** makes struct.error. */
TyObject *tyStruct_create(void);

/* Releases the format cache, struct.error and the types (at exit). */
void tyStruct_fini(void);

#endif
