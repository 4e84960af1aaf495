/*
** tuple.h — Python tuple: an immutable array of references.
*/
#ifndef TY_TUPLE_H
#define TY_TUPLE_H

#include "../object.h"

typedef struct TyTuple {
    TyVarObject ob;          /* ob.size is the length */
    TyObject *items[];
} TyTuple;

extern TyType TyTuple_Type;

#define TY_TUPLE_CHECK(o) (TY_TYPE(o) == &TyTuple_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_TUPLE_SUBCLASS))
#define TY_TUPLE_CHECK_EXACT(o) (TY_TYPE(o) == &TyTuple_Type)
#define TY_TUPLE_LEN(o) (((TyTuple *)(o))->ob.size)
#define TY_TUPLE_ITEMS(o) (((TyTuple *)(o))->items)
#define TY_TUPLE_GET(o, i) (((TyTuple *)(o))->items[i])
/* Fill slot i of a new tuple; steals v. */
#define TY_TUPLE_SET(o, i, v) (((TyTuple *)(o))->items[i] = (TyObject *)(v))

/* A tuple of n NULL slots to be filled with TY_TUPLE_SET (n == 0 gives the
** immortal empty tuple).  Tracked by the GC once returned.  New reference. */
TyObject *tyTuple_new(ssize_t n);
/* (a, b, ...) from n borrowed references. */
TyObject *tyTuple_pack(ssize_t n, ...);
/* From an array: borrowed (increfs each) / stolen (takes each). */
TyObject *tyTuple_fromArray(TyObject *const *items, ssize_t n);
TyObject *tyTuple_fromArraySteal(TyObject *const *items, ssize_t n);
/* tuple(iterable). */
TyObject *tyTuple_fromIterable(TyObject *iterable);
/* t[lo:hi] for 0 <= lo <= hi <= len. */
TyObject *tyTuple_slice(TyObject *t, ssize_t lo, ssize_t hi);
/* Release the free lists of tuple objects (at exit, before the leak
** check; gc.c may also call it after a full collection, as CPython does). */
void tyTuple_clearFreelist(void);

/* ---- helpers the sequence types share (list.c uses them too) ---- */

/* Lexicographic rich comparison of two item arrays, as tuples and lists
** compare: new reference. */
TyObject *tyTuple_compareItems(TyObject *const *a, ssize_t na, TyObject *const *b,
                               ssize_t nb, int op);
/* The C index of `key` (an int or an object with __index__; IndexError
** "cannot fit 'int' into an index-sized integer" when huge): 0 with *out
** set, 1 when key is no integer (no exception), -1 on error. */
int tyTuple_indexOf(TyObject *key, ssize_t *out);
/* The optional start/stop of seq.index(value, start, stop) in args[1..2],
** clamped to [0, len] as CPython does.  0 / -1. */
int tyTuple_indexRange(TyObject *const *args, size_t nargs, ssize_t len,
                       ssize_t *start, ssize_t *stop);

extern TyType TyTupleIter_Type;

#endif
