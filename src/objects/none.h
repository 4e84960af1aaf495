/*
** none.h — None, NotImplemented and Ellipsis: static immortal singletons.
*/
#ifndef TY_NONE_H
#define TY_NONE_H

#include "../object.h"

extern TyType TyNone_Type, TyNotImplemented_Type, TyEllipsis_Type;
extern TyObject ty_NoneStruct, ty_NotImplementedStruct, ty_EllipsisStruct;

#define TY_NONE (&ty_NoneStruct)
#define TY_NOTIMPL (&ty_NotImplementedStruct)
#define TY_ELLIPSIS (&ty_EllipsisStruct)

static inline TyObject *tyNone_new(void) { return TY_NEWREF(TY_NONE); }

#endif
