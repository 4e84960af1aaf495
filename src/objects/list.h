/*
** list.h — Python list: a growable array of references.
*/
#ifndef TY_LIST_H
#define TY_LIST_H

#include "../object.h"

typedef struct TyList {
    TyObject ob;
    ssize_t size;
    ssize_t allocated;
    TyObject **items;
} TyList;

extern TyType TyList_Type, TyListIter_Type, TyListRevIter_Type;

/* list_iterator / list_reverseiterator, exposed so the VM's FOR_ITER can
** step a list iterator inline: while index < len(seq), yield
** seq[index++]; at the end drop seq (set it to NULL, then DECREF). */
typedef struct TyListIter {
    TyObject ob;
    ssize_t index;
    TyObject *seq;          /* NULL once exhausted */
} TyListIter;

#define TY_LIST_CHECK(o) (TY_TYPE(o) == &TyList_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_LIST_SUBCLASS))
#define TY_LIST_CHECK_EXACT(o) (TY_TYPE(o) == &TyList_Type)
#define TY_LIST_LEN(o) (((TyList *)(o))->size)
#define TY_LIST_ITEMS(o) (((TyList *)(o))->items)
#define TY_LIST_GET(o, i) (((TyList *)(o))->items[i])
/* Fill slot i of a list made by tyList_new(n); steals v. */
#define TY_LIST_SET(o, i, v) (((TyList *)(o))->items[i] = (TyObject *)(v))

/* A list of n NULL slots (fill every one with TY_LIST_SET before anything
** can see the list).  New reference, tracked. */
TyObject *tyList_new(ssize_t n);
/* Append v (not stolen). */
int tyList_append(TyObject *list, TyObject *v);
/* Append v and release it (a new reference, or NULL when making it
** failed): 0, or -1 with an exception. */
int tyList_appendSteal(TyObject *list, TyObject *v);
/* list.extend(iterable). */
int tyList_extend(TyObject *list, TyObject *iterable);
/* list(iterable): new reference. */
TyObject *tyList_fromIterable(TyObject *iterable);
/* New list holding the n borrowed items. */
TyObject *tyList_fromArray(TyObject *const *items, ssize_t n);
TyObject *tyList_asTuple(TyObject *list);
/* list.sort(key=key, reverse=reverse): stable; key may be NULL or None.
** ValueError "list modified during sort" as CPython. */
int tyList_sort(TyObject *list, TyObject *key, bool reverse);
int tyList_insert(TyObject *list, ssize_t where, TyObject *v);
/* l[lo:hi] with 0 <= lo <= hi <= len. */
TyObject *tyList_slice(TyObject *list, ssize_t lo, ssize_t hi);
/* Release the free list of list objects (at exit, before the leak check;
** gc.c may also call it after a full collection, as CPython does). */
void tyList_clearFreelist(void);

#endif
