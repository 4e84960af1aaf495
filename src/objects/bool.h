/*
** bool.h — True and False: two static, immortal ints of type bool.
*/
#ifndef TY_BOOL_H
#define TY_BOOL_H

#include "int.h"

extern TyType TyBool_Type;
extern TyInt ty_FalseStruct, ty_TrueStruct;

#define TY_TRUE ((TyObject *)&ty_TrueStruct)
#define TY_FALSE ((TyObject *)&ty_FalseStruct)
#define TY_BOOL_CHECK(o) (TY_TYPE(o) == &TyBool_Type)

/* New reference to True or False. */
static inline TyObject *tyBool_from(bool v) { return TY_NEWREF(v ? TY_TRUE : TY_FALSE); }

#endif
