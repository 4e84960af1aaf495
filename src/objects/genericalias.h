/*
** genericalias.h — types.GenericAlias: what `list[int]` evaluates to.
*/
#ifndef TY_GENERICALIAS_H
#define TY_GENERICALIAS_H

#include "../object.h"

extern TyType TyGenericAlias_Type;

/* origin[args]: new reference. */
TyObject *tyGenericAlias_new(TyObject *origin, TyObject *args);
/* Give the built-in generic containers their __class_getitem__. */
int tyGenericAlias_init(void);

#endif
