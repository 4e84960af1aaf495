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
/* The teardown of a process that exits right after: everything a program
** can see (atexit work, module clearing and its finalizers, collections,
** flushed streams) happens as in tyLife_fini, but the memory only the
** interpreter can see (static types' dicts, caches, free lists, interned
** strings, the allocator's arenas) is left to the exit.  False, with
** nothing done, where the full teardown must run instead: in the debug
** build (it counts leaked objects) and under a memory checker. */
bool tyLife_finiForExit(void);

/* The table of static types readied at start-up, listed once. */
extern TyType *const ty_static_types[];

#endif
