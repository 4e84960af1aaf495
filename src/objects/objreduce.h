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
/* (getattr, (obj, name)): how CPython pickles what is found as an attribute
** (bound methods, the descriptors of built-in types).  New reference. */
TyObject *tyObjReduce_asGetattr(TyObject *obj, TyObject *name);
/* __reduce__ of a bound method or method-wrapper: getattr(o.__self__,
** o.__name__).  New reference. */
TyObject *tyObjReduce_boundMethod(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames);
/* __reduce__ of a built-in type's method or slot wrapper descriptor:
** getattr(o.__objclass__, o.__name__).  New reference. */
TyObject *tyObjReduce_descriptor(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames);

#endif
