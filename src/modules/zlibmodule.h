/*
** zlibmodule.h — the `zlib` module over the system's zlib (see
** zlibmodule.c).
*/
#ifndef TY_ZLIBMODULE_H
#define TY_ZLIBMODULE_H

#include "../object.h"

/* The zlib module: new reference, or NULL.  Readies the Compress and
** Decompress types and makes zlib.error. */
TyObject *tyZlib_create(void);

/* Releases zlib.error and the types (at exit). */
void tyZlib_fini(void);

#endif
