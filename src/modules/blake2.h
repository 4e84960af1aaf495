/*
** blake2.h — the `_blake2` module: BLAKE2b and BLAKE2s (see blake2.c).
*/
#ifndef TY_BLAKE2_H
#define TY_BLAKE2_H

#include "../object.h"

/* The _blake2 module: new reference, or NULL.  Readies its two types. */
TyObject *tyBlake2_create(void);

/* Releases the types (at exit). */
void tyBlake2_fini(void);

#endif
