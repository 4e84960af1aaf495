/*
** termios.h — the `termios` module, POSIX terminal control (see termios.c).
*/
#ifndef TY_TERMIOS_H
#define TY_TERMIOS_H

#include "../object.h"

/* The termios module: new reference, or NULL.  Makes termios.error. */
TyObject *tyTermios_create(void);
/* Releases termios.error (at exit). */
void tyTermios_fini(void);

#endif
