/*
** module.h — module objects: a name and a namespace dict.
*/
#ifndef TY_MODULE_H
#define TY_MODULE_H

#include "../object.h"

typedef struct TyModule {
    TyObject ob;
    TyObject *dict;
    TyObject *name;
    TyObject *weakreflist;   /* weak references to the module (exit uses them) */
    bool builtin;            /* made by tally (tyModule_new), not by
                                ModuleType(): with no spec, loader or
                                file its repr says "(built-in)" */
} TyModule;

extern TyType TyModule_Type;

#define TY_MODULE_CHECK(o) TY_IS_INSTANCE(o, &TyModule_Type)
#define TY_MODULE_DICT(o) (((TyModule *)(o))->dict)

/* A module named `name` whose dict holds __name__, __doc__ (None) and a
** builtin function for each entry of `methods` (may be NULL).  New ref. */
TyObject *tyModule_new(const char *name, TyMethodDef *methods);
/* Add value (not stolen) as attribute name. */
int tyModule_addObject(TyObject *module, const char *name, TyObject *value);
int tyModule_addInt(TyObject *module, const char *name, int64_t value);

#endif
