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

#endif
