/*
** member.h — member_descriptor: a __slots__ entry, an object pointer at a
** fixed offset in instances, or a built-in type's member computed by a
** TyGetSetDef.
*/
#ifndef TY_MEMBER_H
#define TY_MEMBER_H

#include "../object.h"

extern TyType TyMemberDescr_Type;

/* New reference: the descriptor for slot `name` at byte `offset`. */
TyObject *tyMemberDescr_new(TyType *owner, TyObject *name, ssize_t offset);
/* New reference: a read-only descriptor for the object pointer at byte
** `offset` (a struct sequence's field). */
TyObject *tyMemberDescr_newReadonly(TyType *owner, const char *name, ssize_t offset);
/* New reference: a member_descriptor of a built-in type whose value a
** TyGetSetDef computes (def->member; read-only without def->set). */
TyObject *tyMemberDescr_fromGetSet(TyType *owner, const TyGetSetDef *def);

#endif
