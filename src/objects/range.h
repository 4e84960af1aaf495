/*
** range.h — range objects and their two iterators.
*/
#ifndef TY_RANGE_H
#define TY_RANGE_H

#include "../object.h"

/* start, stop and step are the exact ints the range was made from (owned;
** `range(n).stop is n`, as in CPython).  When they and the length all fit
** in int64 the range is `small`: the i* fields hold them and `length` is
** NULL; otherwise `length` is the length as an int and the i* fields are
** unused. */
typedef struct TyRange {
    TyObject ob;
    TyObject *start, *stop, *step;
    TyObject *length;
    bool small;
    int64_t istart, istop, istep, ilength;
} TyRange;

extern TyType TyRange_Type, TyRangeIter_Type, TyLongRangeIter_Type;

/* range_iterator, given only where CPython gives it (all values and the one
** after the last fit in int64), so the VM's FOR_ITER can step it inline:
** while remaining > 0, yield next, then next += step and remaining--.
** start and len never change. */
typedef struct TyRangeIter {
    TyObject ob;
    int64_t next, step, remaining;
    int64_t start, len;     /* the first value and the count: what pickling gives */
} TyRangeIter;

#endif
