/*
** modtable.h — the table of built-in modules (see modtable.c).
*/
#ifndef TY_MODTABLE_H
#define TY_MODTABLE_H

#include <stddef.h>
#include "object.h"

/* One built-in module: its import name, the function that makes a fresh
** module object (NULL for builtins and sys, which lifecycle.c makes at
** start-up), and the function that frees what the module's C code keeps
** between calls (its types, cached objects), or NULL when it keeps none. */
typedef struct TyBuiltinModule {
    const char *name;
    TyObject *(*create)(void);
    void (*fini)(void);
} TyBuiltinModule;

/* Every built-in module, once; ty_builtin_module_count entries. */
extern const TyBuiltinModule ty_builtin_modules[];
extern const size_t ty_builtin_module_count;

/* The entry named `name`, or NULL. */
const TyBuiltinModule *tyModTable_find(const char *name);

#endif
