/*
** instance.h — attribute storage of class instances.
**
** Like CPython 3.11, an instance keeps its attributes in an inline array
** of values indexed by the attribute names its class has seen (the
** class's cached keys, at most TY_INLINE_VALUES_MAX of them) rather than
** in a dict; a real __dict__ is made only when it is asked for (or an
** attribute cannot be stored inline), and it then replaces the values for
** good.  That keeps instances small and, as in CPython, an instance in a
** reference cycle is one object for the collector, not two.
*/
#ifndef TY_INSTANCE_H
#define TY_INSTANCE_H

#include "../object.h"

#define TY_INLINE_VALUES_MAX 30

/* A class's inline-value keys: owned references to the names, by index. */
typedef struct TyInstKeys {
    int n;
    TyObject *names[TY_INLINE_VALUES_MAX];
} TyInstKeys;

/* Release a class's keys (its dealloc). */
void tyInst_freeKeys(TyType *type);

typedef struct TyInstValues {
    uint8_t capacity;                    /* entries in values[] */
    uint8_t count;                       /* attributes present */
    uint8_t order[TY_INLINE_VALUES_MAX]; /* their key indexes, in insertion order */
    TyObject *values[];                  /* by key index; NULL when absent */
} TyInstValues;

#define TY_INST_VALUES_PTR(o) ((TyInstValues **)((char *)(o) + TY_TYPE(o)->valuesoffset))

/* The value at key index i (borrowed), or NULL. */
static inline TyObject *tyInst_valueAt(TyInstValues *v, int i)
{
    return v && i < v->capacity ? v->values[i] : NULL;
}

/* The attribute `name` from o's inline values: borrowed, or NULL (not
** there; no exception).  Only for objects whose type has valuesoffset and
** no materialised dict. */
TyObject *tyInst_lookup(TyObject *o, TyObject *name);
/* Store (value != NULL) or delete an attribute inline: 0 done, 1 not
** possible inline (the caller materialises the dict and retries), -1 with
** AttributeError when deleting a missing attribute, or another error. */
int tyInst_store(TyObject *o, TyObject *name, TyObject *value);
/* Index of name among the class's inline-value keys, or -1. */
int tyInst_keyIndex(TyType *type, TyObject *name);
/* Give o, a new instance whose type has inline values (no values, no
** __dict__ yet), an empty array for every key its class has seen, so that
** the attributes an __init__ is about to set go in place.  0, or -1 with
** MemoryError. */
int tyInst_reserveValues(TyObject *o);
/* Store value (not NULL) at key index i of o's inline values (which o's
** type has and o has not materialised into a dict).  0 / -1. */
int tyInst_storeAt(TyObject *o, int i, TyObject *value);
/* Turn the inline values into the instance's __dict__ (borrowed), once. */
TyObject *tyInst_materialize(TyObject *o);
/* GC support and teardown of the values. */
int tyInst_traverseValues(TyObject *o, ty_visitproc visit, void *arg);
void tyInst_clearValues(TyObject *o);
/* Names of the inline attributes, in insertion order, added to `names`
** (a dict used as a set) — for dir(). */
int tyInst_mergeNames(TyObject *o, TyObject *names);

#endif
