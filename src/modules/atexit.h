/*
** atexit.h — the `atexit` module and the interpreter's list of exit
** callbacks (see atexit.c).
*/
#ifndef TY_ATEXIT_H
#define TY_ATEXIT_H

#include "../object.h"

/* The atexit module: new reference, or NULL. */
TyObject *tyAtexit_create(void);

/* Adds the C function `hook` to the exit callbacks, in the same LIFO list
** as atexit.register's (weakref.finalize registers its exit run this way
** when its first finalizer is made, as CPython's does).  0, or -1 with
** MemoryError. */
int tyAtexit_registerHook(void (*hook)(void));

/* Runs every registered callback, the newest first, reporting each
** exception as "Exception ignored in atexit callback", then empties the
** list.  Leaves no exception set. */
void tyAtexit_run(void);

/* Releases callbacks registered after the exit run (by a __del__ during
** teardown); they never run, as in CPython. */
void tyAtexit_fini(void);

#endif
