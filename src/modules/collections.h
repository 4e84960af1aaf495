/*
** collections.h — the `_collections` module, the C half of CPython's
** collections package: deque (objects/deque.c), defaultdict,
** _count_elements and _tuplegetter.
*/
#ifndef TY_COLLECTIONS_H
#define TY_COLLECTIONS_H

#include "../object.h"

/* The _collections module: new reference.  Readies the module's types. */
TyObject *tyCollections_create(void);
/* Releases the module's static types (at exit, with the other static types). */
void tyCollections_fini(void);

#endif
