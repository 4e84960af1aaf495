/*
** slots.h — the correspondence between type slots and dunder methods, in
** both directions, from one table:
**   - a built-in type's C slots appear as dunder methods in its __dict__
**     (slot wrappers: `int.__add__`, `object.__init__`);
**   - a class's dunder methods written in Python fill its C slots with
**     dispatchers that call them (`__add__` defined in a class makes
**     `a + b` call it).
*/
#ifndef TY_SLOTS_H
#define TY_SLOTS_H

#include "../object.h"

/* Add wrapper descriptors for the slots a static type defines itself
** (called by tyType_ready before slots are inherited).  0 / -1. */
int tySlots_addWrappers(TyType *type);
/* Point every slot of the class `type` at its dunder method's dispatcher,
** at the inherited C function when the dunder found along the MRO is a
** wrapper of it, or leave it inherited when no dunder is found. */
void tySlots_fixup(TyType *type);
/* Re-point the slots fed by dunder `name` (after an assignment to a class
** attribute).  Returns true if name is a slot's dunder. */
bool tySlots_update(TyType *type, TyObject *name);

/*
** pow(a, b, m) through the power slot of the class of o (one of the three,
** tried in CPython's order): a class's dispatcher calls a.__pow__(b, m)
** when a's class has it, and is NotImplemented otherwise (a three-argument
** power never uses __rpow__).  Returns a new reference (NotImplemented
** included), NULL with an exception, or NULL with none when o's power
** slot is not a class's dispatcher.
*/
TyObject *tySlots_ternaryPower(TyObject *o, TyObject *a, TyObject *b, TyObject *m);

/* Release the names the dispatchers cached. */
void tySlots_fini(void);

/* The Python __init__ function CALL may run inline for a call of class t
** (slots.c explains when); borrowed, or NULL. */
TyObject *tySlots_initFunction(TyType *t);

#endif
