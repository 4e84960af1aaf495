/*
** type.h — `type` and `object`: the type object, attribute lookup along the
** MRO, and the root of every class.
*/
#ifndef TY_TYPE_H
#define TY_TYPE_H

#include "../object.h"

extern TyType TyType_Type, TyBaseObject_Type;

#define TY_TYPE_CHECK(o) (TY_TYPE(o) == &TyType_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_TYPE_SUBCLASS))

/* Complete a static type at start-up: inherit slots from its base, build
** its __dict__ from methods/getset, compute __mro__.  0 / -1. */
int tyType_ready(TyType *type);
/* Look name up along the MRO: borrowed reference or NULL (no exception). */
TyObject *tyType_lookup(TyType *type, TyObject *name);
TyObject *tyType_lookupStr(TyType *type, const char *name);
/* Does a class over the built-in `base` define its own `name` (__new__ or
** __init__)?  False for base itself.  CPython's constructors refuse
** keyword arguments unless the class replaced the other half of them
** (they compare tp_new / tp_init with their own). */
bool tyType_overrides(TyType *type, TyType *base, TyObject *name);
/* type.__name__ / __qualname__ as a C string (borrowed). */
const char *tyType_name(TyType *type);
/* The `type(name, bases, dict)` constructor used by class statements:
** new reference. */
TyObject *tyType_newClass(TyType *meta, TyObject *name, TyObject *bases,
                          TyObject *dict);
/* Mark a type's dict as changed (invalidates caches). */
void tyType_modified(TyType *type);
/* A zeroed instance of type (GC instances tracked at once); holds a
** reference to a heap type.  New reference. */
TyObject *tyType_genericAlloc(TyType *type, ssize_t nitems);
/* t.__qualname__: a new reference to a str ("f.<locals>.A"; a built-in
** type's name). */
TyObject *tyType_qualname(TyType *t);
/* A class's __name__ must encode to UTF-8 and hold no NUL (CPython keeps
** it as a C string): 0, or -1 with ValueError / UnicodeEncodeError. */
int tyType_checkName(TyObject *name);
/* Whether a call of `callable` accepts keyword names that are not strings
** in its kwnames (a class called through **: it checks them itself, in
** CPython's order).  Every other callable must get str names only. */
bool tyType_takesAnyKeywordNames(TyObject *callable);
/* Inside the __new__ of a class call (type_call): the tuple holding the
** call's positional arguments when args/nargs are the same objects,
** borrowed; else NULL.  An exception's __new__ keeps it as its args, as CPython's does. */
TyObject *tyType_callArgs(TyObject *const *args, size_t nargs);
/* Releases what tyType_ready built for a static type (at exit). */
void tyType_finiStatic(TyType *type);

#endif
