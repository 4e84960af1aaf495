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

/* The type slots of heap types. */
/* type.__new__(meta, name, bases, ns, **kwargs), args[0..nargs) being
** those three and kwnames' values following them: a class of the most
** derived metaclass of meta and the bases' metaclasses; when that is not
** meta and has a __new__ of its own, its __new__ makes the class instead,
** as CPython's type_new defers.  The keywords go to __init_subclass__.
** New reference. */
TyObject *tyClass_typeNew(TyType *meta, TyObject *name, TyObject *bases, TyObject *ns, TyObject *const *args,
                          size_t nargs, TyObject *kwnames);
void tyClass_dealloc(TyObject *type);
int tyClass_traverse(TyObject *type, ty_visitproc visit, void *arg);
int tyClass_clear(TyObject *type);

/* The base that decides a type's instance layout (the first base up the
** chain that adds C fields). */
TyType *tyClass_solidBase(TyType *type);
/* type.mro(): the C3 linearisation of type and its bases, computed anew,
** as a list.  New reference, or NULL with TypeError. */
TyObject *tyClass_defaultMro(TyType *type);
/* A class the interpreter makes as `class name(*bases)` in module would
** (io.UnsupportedOperation, ExceptionGroup): new reference. */
TyObject *tyClass_newBuiltin(const char *module, const char *name, TyObject *bases);
/* Does the class construct through a __new__ written in Python? */
bool tyClass_hasPythonNew(const TyType *type);
/* type.__subclasses__(): a new list. */
TyObject *tyClass_subclasses(TyType *type);
/* Give base its (empty) registry of subclasses if it has none: the dict
** CPython keeps in tp_subclasses, {address: weakref}.  0 / -1. */
int tyClass_ensureSubclassRegistry(TyType *base);
/* C.__bases__ = value, with CPython's checks (a tuple of classes, no
** cycle, a base with the same instance layout): the MRO and slots of C and
** of the classes below it are recomputed.  0 / -1. */
int tyClass_setBases(TyType *type, TyObject *value);
/* After `type.name = value` on a class: re-point the slot that the dunder
** `name` feeds, for the class and its subclasses.  0 / -1. */
int tyClass_updateSlot(TyType *type, TyObject *name);

/* staticmethod(f) / classmethod(f): new references. */
TyObject *tyStaticMethod_new(TyObject *func);
TyObject *tyClassMethod_new(TyObject *func);

#endif
