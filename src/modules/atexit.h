/*
** atexit.h — the `atexit` module (see atexit.c).
*/
#ifndef TY_ATEXIT_H
#define TY_ATEXIT_H

#include "../object.h"

/* The atexit module: new reference, or NULL. */
TyObject *tyAtexit_create(void);
/* Run the registered functions, the last registered first, and forget
** them: called once at exit, before the modules are torn down. */
void tyAtexit_run(void);
/* Release any registration left (at exit). */
void tyAtexit_fini(void);

#endif
