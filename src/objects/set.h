/*
** set.h — set and frozenset: open-addressing hash tables of keys.
**
** The table design is CPython's (initial 8 slots, linear probing of the 9
** following slots before perturbed probing, dummies for deleted keys,
** resizing when fill*5 >= mask*3), and the set operations build their
** results in the same order, so iterating or printing a set gives the same
** order as python3.11 for the same sequence of operations.
*/
#ifndef TY_SET_H
#define TY_SET_H

#include "../object.h"

#define TY_SET_MINSIZE 8

typedef struct TySetEntry {
    TyObject *key;      /* NULL: never used; the dummy: deleted */
    ty_hash hash;       /* -1 for a dummy, 0 for a never-used slot */
} TySetEntry;

typedef struct TySet {
    TyObject ob;
    ssize_t fill;       /* active + dummy slots */
    ssize_t used;       /* active slots */
    ssize_t mask;       /* table size - 1 */
    TySetEntry *table;  /* smalltable or a heap block */
    ty_hash hash;       /* frozenset: cached hash, -1 until computed */
    ssize_t finger;     /* where set.pop() looks next */
    TyObject *weakreflist; /* weak references to this set (objects/weakref.h) */
    TySetEntry smalltable[TY_SET_MINSIZE];
} TySet;

extern TyType TySet_Type, TyFrozenSet_Type, TySetIter_Type;

#define TY_SET_CHECK(o) (TY_TYPE(o) == &TySet_Type || tyType_isSubtype(TY_TYPE(o), &TySet_Type))
#define TY_FROZENSET_CHECK(o) \
    (TY_TYPE(o) == &TyFrozenSet_Type || tyType_isSubtype(TY_TYPE(o), &TyFrozenSet_Type))
#define TY_ANYSET_CHECK(o) (TY_SET_CHECK(o) || TY_FROZENSET_CHECK(o))
#define TY_ANYSET_CHECK_EXACT(o) (TY_TYPE(o) == &TySet_Type || TY_TYPE(o) == &TyFrozenSet_Type)
#define TY_SET_LEN(o) (((TySet *)(o))->used)

/* New references: set(iterable) / frozenset(iterable); iterable may be
** NULL for an empty one. */
TyObject *tySet_new(TyObject *iterable);
TyObject *tyFrozenSet_new(TyObject *iterable);
/* set.add(key) (also used to fill a new frozenset): 0 / -1. */
int tySet_add(TyObject *set, TyObject *key);
/* key in set: 1 / 0 / -1 (an unhashable set key is looked up as a
** frozenset, as CPython does). */
int tySet_contains(TyObject *set, TyObject *key);
/* set.discard(key): 1 if removed, 0 if absent, -1 on error. */
int tySet_discard(TyObject *set, TyObject *key);
/* set.update(iterable) for one iterable: 0 / -1. */
int tySet_update(TyObject *set, TyObject *iterable);
/* set.difference_update(other) / set.symmetric_difference_update(other)
** for one iterable: 0 / -1. */
int tySet_differenceUpdate(TyObject *set, TyObject *other);
int tySet_symmetricDifferenceUpdate(TyObject *set, TyObject *other);
/* set & other for any iterable other: new reference of set's base type. */
TyObject *tySet_intersection(TyObject *set, TyObject *other);
/* Iterate: `ssize_t pos = 0; while (tySet_next(s, &pos, &key, &hash))`;
** key borrowed; the set must not change meanwhile.  hash may be NULL. */
bool tySet_next(TyObject *set, ssize_t *pos, TyObject **key, ty_hash *hash);
void tySet_clear(TyObject *set);

#endif
