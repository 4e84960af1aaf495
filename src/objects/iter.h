/*
** iter.h — the generic iterators: the sequence iterator (for objects with
** __getitem__ but no __iter__) and the callable iterator (iter(f, sentinel)),
** plus the built-in iterator types enumerate, zip, map, filter and
** reversed (each in its own file; the builtins module exposes the types).
*/
#ifndef TY_ITER_H
#define TY_ITER_H

#include "../object.h"

extern TyType TySeqIter_Type, TyCallIter_Type;
extern TyType TyEnum_Type, TyZip_Type, TyMap_Type, TyFilter_Type, TyReversed_Type;

/* iter(seq) for an object with only __getitem__: calls seq[0], seq[1], ...
** until IndexError (or StopIteration).  New reference. */
TyObject *tySeqIter_new(TyObject *seq);
/* iter(callable, sentinel).  New reference. */
TyObject *tyCallIter_new(TyObject *callable, TyObject *sentinel);
/* A tuple of iter(objs[i]) for each of the n objects, as zip, map and
** itertools.zip_longest hold their sources.  New reference. */
TyObject *tyIter_tupleOf(TyObject *const *objs, size_t n);

/* What a built-in iterator's __reduce__ returns: (builtins.NAME, args) or,
** with a state, (builtins.NAME, args, state).  args and state (NULL for
** none) are stolen; a NULL args is a failure of the caller's, passed on.
** New reference. */
TyObject *tyIter_reduce(const char *builtin, TyObject *args, TyObject *state);
/* (builtins.NAME, (seq,), index): the __reduce__ of an iterator at index
** in seq.  New reference. */
TyObject *tyIter_reduceAt(const char *builtin, TyObject *seq, ssize_t index);
/* (iter, (empty,)): the __reduce__ of an exhausted iterator, empty being
** the value CPython's type gives then (stolen).  New reference. */
TyObject *tyIter_reduceExhausted(TyObject *empty);
/* The argument of an iterator's __setstate__(index), clamped to [lo, hi]
** as CPython's iterators clamp it: 0, or -1 with an exception. */
int tyIter_stateIndex(TyObject *const *args, size_t nargs, TyObject *kwnames, ssize_t lo, ssize_t hi,
                      ssize_t *out);

#endif
