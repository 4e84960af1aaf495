/*
** imp.h — the `_imp` module, the interpreter's side of importlib.
*/
#ifndef TY_IMP_H
#define TY_IMP_H

#include "../object.h"

/* The module: new reference. */
TyObject *tyImp_create(void);

#endif
