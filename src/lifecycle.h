/*
** lifecycle.h — starting and stopping the interpreter.
*/
#ifndef TY_LIFECYCLE_H
#define TY_LIFECYCLE_H

#include "object.h"

/* Bring up every type, the builtins, sys and the import system.  argv
** becomes sys.argv.  Nothing of an interpreter that ran before in this
** process is left in ty_state but the options and the allocator set up
** before this call.  0, or -1 with the exception (if one could be made)
** pending and nothing printed. */
int tyLife_init(int argc, char **argv);
/* Tear everything down: run atexit work, clear modules, collect cycles,
** release the caches; in the debug build, report leaked objects.  Returns
** the number of objects still alive. */
ssize_t tyLife_fini(void);

/* The table of static types readied at start-up, listed once. */
extern TyType *const ty_static_types[];

#endif
