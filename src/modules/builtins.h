/*
** builtins.h — the builtins module.
*/
#ifndef TY_BUILTINS_H
#define TY_BUILTINS_H

#include "../object.h"

/* The builtins module, with the built-in functions, types, constants and
** exception classes.  New reference. */
TyObject *tyBuiltins_create(void);
/* locals() of the running frame: the namespace of module and class code,
** a fresh dict snapshot of a function's variables.  New reference. */
TyObject *tyBuiltins_locals(void);

#endif
