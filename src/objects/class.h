/*
** class.h — classes (heap types) made by the class statement: creation,
** the C3 method resolution order, slots that dispatch to dunder methods,
** instance layout and deallocation; and the descriptor types classes use:
** super, property, staticmethod, classmethod.
*/
#ifndef TY_CLASS_H
#define TY_CLASS_H

#include "../object.h"

extern TyType TySuper_Type, TyProperty_Type;

/* builtins.__build_class__(func, name, *bases, metaclass=..., **kwds). */
TyObject *tyClass_buildClass(TyObject *const *args, size_t nargs, TyObject *kwnames);
/* type.__new__(meta, name, bases, dict, **kwds) with its arguments checked:
** the class is made by the most derived of meta and the bases' metaclasses
** (through that metaclass's own __new__ when it has one), and the keywords
** go to __init_subclass__.  New reference. */
TyObject *tyClass_typeNew(TyType *meta, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* The type slots of heap types. */
void tyClass_dealloc(TyObject *type);
int tyClass_traverse(TyObject *type, ty_visitproc visit, void *arg);
int tyClass_clear(TyObject *type);

/* The base that decides a type's instance layout (the first base up the
** chain that adds C fields). */
TyType *tyClass_solidBase(TyType *type);
/* type.__subclasses__(): a new list. */
TyObject *tyClass_subclasses(TyType *type);
/* After `type.name = value` on a class: re-point the slot that the dunder
** `name` feeds, for the class and its subclasses.  0 / -1. */
int tyClass_updateSlot(TyType *type, TyObject *name);

/* staticmethod(f) / classmethod(f): new references. */
TyObject *tyStaticMethod_new(TyObject *func);
TyObject *tyClassMethod_new(TyObject *func);

#endif
