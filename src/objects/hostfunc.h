/*
** hostfunc.h — host_function: a C function of a program embedding tally
** (include/tally.h's ty_newFunction), with the interpreter handle and the
** user data it is called with.
*/
#ifndef TY_HOSTFUNC_H
#define TY_HOSTFUNC_H

#include "../object.h"

struct TyInterp;

/* The signature of include/tally.h's TyHostFn. */
typedef TyObject *(*ty_hostfn)(struct TyInterp *interp, TyObject *const *args, size_t nargs,
                               TyObject *kwargs, void *ud);

typedef struct TyHostFunc {
    TyObject ob;
    TyObject *name;          /* str */
    TyObject *module_name;   /* __module__: str, or NULL */
    ty_hostfn fn;
    void *ud;
    struct TyInterp *interp;
} TyHostFunc;

extern TyType TyHostFunc_Type;

/* A function `name` (of module `module`, may be NULL) calling fn(interp,
** args, nargs, kwargs, ud): new reference. */
TyObject *tyHostFunc_new(struct TyInterp *interp, const char *name, const char *module, ty_hostfn fn,
                         void *ud);

#endif
