/*
** deque.h — collections.deque: a double-ended queue over a ring buffer,
** with an optional maximum length, and its forward and reverse iterators.
*/
#ifndef TY_DEQUE_H
#define TY_DEQUE_H

#include "../object.h"

extern TyType TyDeque_Type, TyDequeIter_Type, TyDequeRevIter_Type;

#endif
