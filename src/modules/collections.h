/*
** collections.h — the `collections` module: deque (objects/deque.c),
** defaultdict, Counter, OrderedDict and namedtuple.
*/
#ifndef TY_COLLECTIONS_H
#define TY_COLLECTIONS_H

#include "../object.h"

/* The collections module: new reference.  Readies the module's types. */
TyObject *tyCollections_create(void);
/* Releases the module's static types (at exit, with the other static types). */
void tyCollections_fini(void);

#endif
