/*
** method.h — built-in functions and methods, the descriptor family, and
** bound methods of Python functions.
**
**   builtin_function_or_method  objects/cfunction.c  a TyMethodDef bound to self
**   method_descriptor,
**   classmethod_descriptor,
**   getset_descriptor,
**   wrapper_descriptor,
**   method-wrapper              objects/descr.c      attributes of built-in types
**   method                      objects/method.c     a Python function bound to self
*/
#ifndef TY_METHOD_H
#define TY_METHOD_H

#include "../object.h"

typedef struct TyCFunction {
    TyObject ob;
    TyMethodDef *def;
    TyObject *self;          /* the bound object, or NULL */
    TyObject *module_name;   /* __module__ for module functions, or NULL */
} TyCFunction;

typedef struct TyMethodDescr {
    TyObject ob;
    TyMethodDef *def;
    TyType *owner;
} TyMethodDescr;

typedef struct TyGetSetDescr {
    TyObject ob;
    TyGetSetDef *def;
    TyType *owner;
} TyGetSetDescr;

/* A slot exposed as a dunder method ("int.__add__", "object.__init__").
** `wrapper` adapts the call to the slot's C signature. */
typedef TyObject *(*ty_slotwrapper)(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames, void *slot);

typedef struct TySlotDef {
    const char *name;
    ty_slotwrapper wrapper;
} TySlotDef;

typedef struct TyWrapperDescr {
    TyObject ob;
    const TySlotDef *def;
    TyType *owner;
    void *slot;              /* the C function the wrapper calls */
} TyWrapperDescr;

typedef struct TyMethodWrapper {
    TyObject ob;
    TyWrapperDescr *descr;
    TyObject *self;
} TyMethodWrapper;

typedef struct TyMethod {
    TyObject ob;
    TyObject *func;
    TyObject *self;
    TyObject *weakreflist;      /* weakref.WeakMethod keeps one */
} TyMethod;

extern TyType TyCFunction_Type, TyMethodDescr_Type, TyClassMethodDescr_Type,
    TyGetSetDescr_Type, TyWrapperDescr_Type, TyMethodWrapper_Type, TyMethod_Type;

/* New references. */
TyObject *tyCFunction_new(TyMethodDef *def, TyObject *self);
TyObject *tyMethodDescr_new(TyType *owner, TyMethodDef *def);
TyObject *tyGetSetDescr_new(TyType *owner, TyGetSetDef *def);
TyObject *tyWrapperDescr_new(TyType *owner, const TySlotDef *def, void *slot);
TyObject *tyMethod_new(TyObject *func, TyObject *self);

#endif
