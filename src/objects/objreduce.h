/*
** objreduce.h — object.__reduce_ex__, __reduce__ and __getstate__, and
** the __reduce__ of set and frozenset (see objreduce.c).  Method
** functions: new reference, or NULL with an exception.
*/
#ifndef TY_OBJREDUCE_H
#define TY_OBJREDUCE_H

#include "../object.h"

TyObject *tyObject_reduceEx(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tyObject_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tyObject_getstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tySet_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);

#endif
