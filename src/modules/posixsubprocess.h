/*
** posixsubprocess.h — the `_posixsubprocess` module (see posixsubprocess.c).
*/
#ifndef TY_POSIXSUBPROCESS_H
#define TY_POSIXSUBPROCESS_H

#include "../object.h"

/* The _posixsubprocess module: new reference, or NULL. */
TyObject *tyPosixSubprocess_create(void);

#endif
