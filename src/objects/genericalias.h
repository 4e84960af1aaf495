/*
** genericalias.h — types.GenericAlias: what `list[int]` evaluates to.
*/
#ifndef TY_GENERICALIAS_H
#define TY_GENERICALIAS_H

#include "../object.h"
#include "str.h"

extern TyType TyGenericAlias_Type;
/* iter(alias): yields the starred alias once. */
extern TyType TyGAIter_Type;

/* origin[args]: new reference. */
TyObject *tyGenericAlias_new(TyObject *origin, TyObject *args);
/* One argument as CPython's ga_repr_item shows it: a class by its
** (qualified) name, `...` for Ellipsis, else repr().  0 / -1. */
int tyGenericAlias_reprItem(TyStrBuilder *b, TyObject *o);
/* Give a ready built-in type the classmethod __class_getitem__ that makes
** type[args] a GenericAlias.  0 / -1. */
int tyGenericAlias_addClassGetitem(TyType *type);
/* The type variables among args, in order of first appearance (an
** alias's or a union's __parameters__).  New reference to a tuple. */
TyObject *tyGenericAlias_makeParameters(TyObject *args);
/* args with the type variables params replaced by the entries of item
** (self[item], self being the alias or union named in errors).  New
** reference to a tuple. */
TyObject *tyGenericAlias_substitute(TyObject *self, TyObject *args, TyObject *params, TyObject *item);
/* Give the built-in generic containers their __class_getitem__. */
int tyGenericAlias_init(void);

#endif
