/*
** lifecycle.h — starting and stopping the interpreter.
*/
#ifndef TY_LIFECYCLE_H
#define TY_LIFECYCLE_H

#include "object.h"

/* Bring up every type, the builtins, sys and the import system.  argv
** becomes sys.argv.  0 / -1 (with a message on stderr). */
int tyLife_init(int argc, char **argv);
/* Tear everything down: run atexit work, clear modules, collect cycles,
** release the caches; in the debug build, report leaked objects.  Returns
** the number of objects still alive. */
ssize_t tyLife_fini(void);

/* The table of static types readied at start-up, listed once. */
extern TyType *const ty_static_types[];

#endif
