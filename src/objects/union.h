/*
** union.h — types.UnionType: what `int | None` evaluates to (PEP 604).
*/
#ifndef TY_UNION_H
#define TY_UNION_H

#include "../object.h"

extern TyType TyUnion_Type;

/* a | b for classes, None, generic aliases and unions: a new reference to
** the union (or to the one member left after removing duplicates), or
** NotImplemented when either side cannot be a member. */
TyObject *tyUnion_or(TyObject *a, TyObject *b);
/* The members of a union, in order: borrowed tuple. */
TyObject *tyUnion_args(TyObject *u);

#endif
