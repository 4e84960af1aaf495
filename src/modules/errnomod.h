/*
** errnomod.h — the `errno` module (see errnomod.c).
*/
#ifndef TY_ERRNOMOD_H
#define TY_ERRNOMOD_H

#include "../object.h"

/* The errno module: new reference, or NULL. */
TyObject *tyErrno_create(void);

#endif
