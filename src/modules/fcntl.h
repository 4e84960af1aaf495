/*
** fcntl.h — the `fcntl` module: fcntl(), ioctl(), flock(), lockf() and
** the Linux F_*, LOCK_*, DN_* constants (see fcntl.c).
*/
#ifndef TY_FCNTL_H
#define TY_FCNTL_H

#include "../object.h"

/* The fcntl module: new reference, or NULL. */
TyObject *tyFcntl_create(void);

#endif
