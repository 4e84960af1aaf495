/*
** member.h — member_descriptor: a __slots__ entry, an object pointer at a
** fixed offset in instances.
*/
#ifndef TY_MEMBER_H
#define TY_MEMBER_H

#include "../object.h"

extern TyType TyMemberDescr_Type;

/* New reference: the descriptor for slot `name` at byte `offset`. */
TyObject *tyMemberDescr_new(TyType *owner, TyObject *name, ssize_t offset);

#endif
