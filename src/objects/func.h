/*
** func.h — Python functions and cells.
*/
#ifndef TY_FUNC_H
#define TY_FUNC_H

#include "../object.h"

typedef struct TyFunction {
    TyObject ob;
    TyObject *code;          /* TyCode */
    TyObject *globals;       /* dict */
    TyObject *builtins;      /* globals['__builtins__'] (a module's dict), any object */
    TyObject *name;          /* str */
    TyObject *qualname;      /* str */
    TyObject *defaults;      /* tuple or NULL */
    TyObject *kwdefaults;    /* dict or NULL */
    TyObject *closure;       /* tuple of cells or NULL */
    TyObject *doc;           /* or NULL */
    TyObject *dict;          /* function attributes, or NULL */
    TyObject *module;        /* __module__, or NULL */
    TyObject *annotations;   /* dict, the flat (name, value, ...) tuple of MAKE_FUNCTION
                                until first read, or NULL */
    TyObject *weakreflist;
} TyFunction;

typedef struct TyCell {
    TyObject ob;
    TyObject *ref;           /* NULL when empty */
} TyCell;

extern TyType TyFunction_Type, TyCell_Type, TyStaticMethod_Type, TyClassMethod_Type;

#define TY_FUNCTION_CHECK(o) (TY_TYPE(o) == &TyFunction_Type)
#define TY_CELL_GET(o) (((TyCell *)(o))->ref)

/* New function for code in globals (the builtins come from
** globals['__builtins__'] or the interpreter's).  New reference. */
TyObject *tyFunction_new(TyObject *code, TyObject *globals, TyObject *qualname);
/* Sets __annotations__ from the flat (name, value, ...) tuple MAKE_FUNCTION
** receives (kept as it is until read): 0, or -1 with an exception. */
int tyFunction_setAnnotationPairs(TyObject *fn, TyObject *pairs);
/* Whether the callable f (or NULL) says it is abstract: a true
** __isabstractmethod__, as abc.abstractmethod sets.  Returns a new
** reference to True or False, or NULL with an exception. */
TyObject *tyFunc_isAbstract(TyObject *f);
/* staticmethod/classmethod __init__: copy __module__, __name__,
** __qualname__, __doc__ and __annotations__ of the wrapped callable into the
** wrapper's __dict__, skipping those it lacks, as CPython 3.10+ does
** (functools_wraps in funcobject.c).  0, or -1 with an exception. */
int tyFunction_copyWrapperAttrs(TyObject *wrapper, TyObject *wrapped);
/* The dict in *slot, made when missing: new reference (a wrapper's
** __dict__). */
TyObject *tyFunction_wrapperDict(TyObject **slot);
/* New cell holding ref (may be NULL; not stolen).  New reference. */
TyObject *tyCell_new(TyObject *ref);

#endif
