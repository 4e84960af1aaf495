/*
** bz2.h — the `_bz2` module over the system's libbzip2 (see bz2.c).
*/
#ifndef TY_BZ2_H
#define TY_BZ2_H

#include "../object.h"

/* The _bz2 module: new reference, or NULL.  Readies its two types. */
TyObject *tyBz2_create(void);
/* Releases the types (at exit). */
void tyBz2_fini(void);

#endif
