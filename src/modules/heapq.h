/*
** heapq.h — the `_heapq` module: CPython's C half of heapq.py.
*/
#ifndef TY_HEAPQ_H
#define TY_HEAPQ_H

#include "../object.h"

/* The module: new reference, or NULL. */
TyObject *tyHeapq_create(void);

#endif
