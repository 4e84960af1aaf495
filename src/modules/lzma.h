/*
** lzma.h — the `_lzma` module over the system's liblzma (see lzma.c).
*/
#ifndef TY_LZMA_H
#define TY_LZMA_H

#include "../object.h"

/* The _lzma module: new reference, or NULL.  Readies its two types and
** makes LZMAError. */
TyObject *tyLzma_create(void);
/* Releases LZMAError and the types (at exit). */
void tyLzma_fini(void);

#endif
