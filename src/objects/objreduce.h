/*
** objreduce.h — object's methods of the copy/pickle protocol
** (__reduce_ex__, __reduce__, __getstate__), listed in object's method
** table (type.c).
*/
#ifndef TY_OBJREDUCE_H
#define TY_OBJREDUCE_H

#include "../object.h"

/* object.__reduce_ex__(protocol): the class's own __reduce__() when it has
** one, else the default reduction for the protocol.  New reference. */
TyObject *tyObjReduce_reduceEx(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames);
/* object.__reduce__(): the protocol 0 reduction (copyreg._reduce_ex). */
TyObject *tyObjReduce_reduce(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames);
/* object.__getstate__(): the instance dict (None when empty) and the
** slots' values.  New reference. */
TyObject *tyObjReduce_getstate(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames);

#endif
