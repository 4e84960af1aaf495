/*
** range.h — range objects (start, stop, step fit in 64 bits; a bound
** outside raises OverflowError, listed in docs/language.md).
*/
#ifndef TY_RANGE_H
#define TY_RANGE_H

#include "../object.h"

typedef struct TyRange {
    TyObject ob;
    int64_t start, stop, step, length;
} TyRange;

extern TyType TyRange_Type, TyRangeIter_Type;

/* The iterator type is exposed so the VM's FOR_ITER can step it inline:
** while remaining > 0, yield next, then next += step with wrapping
** unsigned arithmetic ((int64_t)((uint64_t)next + (uint64_t)step): the
** step after the last value may leave the int64 range) and remaining--. */
typedef struct TyRangeIter {
    TyObject ob;
    int64_t next, step, remaining;
} TyRangeIter;

#endif
