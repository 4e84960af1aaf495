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
/* How CPython pickles an iterator over a sequence: (iter, (seq,), index)
** while it holds seq, (iter, (empty,)) once exhausted (seq NULL; empty is
** borrowed).  New reference. */
TyObject *tyIter_reduceIndexed(TyObject *seq, ssize_t index, TyObject *empty);
/* The index __setstate__(state) gives such an iterator over len items:
** state as an index clamped to [0, len].  0, or -1 with an exception. */
int tyIter_indexFromState(TyObject *state, ssize_t len, ssize_t *index);

#endif
