/*
** slice.h — slice objects and the index arithmetic shared by sequences.
*/
#ifndef TY_SLICE_H
#define TY_SLICE_H

#include "../object.h"

typedef struct TySlice {
    TyObject ob;
    TyObject *start, *stop, *step;   /* never NULL: None when omitted */
} TySlice;

extern TyType TySlice_Type;

#define TY_SLICE_CHECK(o) (TY_TYPE(o) == &TySlice_Type)

/* slice(start, stop, step): borrowed arguments, NULL means None. */
TyObject *tySlice_new(TyObject *start, TyObject *stop, TyObject *step);
/* Frees the parked slice (at exit; full collections keep it, as CPython's
** keep its slice cache). */
void tySlice_clearFreelist(void);
/* CPython's PySlice_Unpack then PySlice_AdjustIndices: clamp to a sequence
** of *length items, giving start, stop, step and the number of items.
** *length is read after the bounds' __index__ methods ran, since they may
** resize the sequence.  ValueError "slice step cannot be zero"; TypeError
** for non-integer bounds. */
int tySlice_indices(TyObject *slice, const ssize_t *length, ssize_t *start,
                    ssize_t *stop, ssize_t *step, ssize_t *slicelen);

/* CPython's _PySlice_GetLongIndices: the same clamping over a sequence whose
** `length` (a non-negative int) may be of any size, giving new references
** to ints.  0, or -1 with ValueError / TypeError (and nothing to release). */
int tySlice_longIndices(TyObject *slice, TyObject *length, TyObject **start, TyObject **stop,
                        TyObject **step);

#endif
