/*
** atexit.h — the `atexit` module and the interpreter's list of exit
** callbacks (see atexit.c).
*/
#ifndef TY_ATEXIT_H
#define TY_ATEXIT_H

#include "../object.h"

/* The atexit module: new reference, or NULL. */
TyObject *tyAtexit_create(void);

/* Runs every registered callback, the newest first, reporting each
** exception as "Exception ignored in atexit callback", then empties the
** list.  Leaves no exception set. */
void tyAtexit_run(void);

/* Releases callbacks registered after the exit run (by a __del__ during
** teardown); they never run, as in CPython. */
void tyAtexit_fini(void);

#endif
