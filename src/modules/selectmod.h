/*
** selectmod.h — the `select` module (see selectmod.c).
*/
#ifndef TY_SELECTMOD_H
#define TY_SELECTMOD_H

#include "../object.h"

/* The select module: new reference, or NULL.  Readies the poll type. */
TyObject *tySelect_create(void);
/* At exit: releases the poll type. */
void tySelect_fini(void);

#endif
