/*
** listsort.h — the algorithm behind list.sort (see listsort.c).
*/
#ifndef TY_LISTSORT_H
#define TY_LISTSORT_H

#include "../object.h"

/*
** Sort the n references in items[] in place, as CPython 3.11's list.sort
** does, comparison for comparison: with a key function (key not NULL and
** not None) every key is computed first, in order; with reverse the items
** are reversed before and after an ascending sort, so equal items keep
** their order.  The items' references are neither taken nor released
** (the keys the function computes are released before returning).
**
** Returns 0, or -1 with the exception set.  When a key call fails items[]
** is untouched; when a comparison fails it holds the same permutation of
** the items CPython's list would hold at that point.  The caller makes the
** list look empty while this runs: comparisons may run any Python code.
*/
int tyListSort_sort(TyObject **items, ssize_t n, TyObject *key, bool reverse);

#endif
