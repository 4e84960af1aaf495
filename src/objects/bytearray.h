/*
** bytearray.h — the mutable byte string.
**
** `data` holds `size` bytes followed by a NUL, in a buffer of `allocated`
** bytes (over-allocated on growth like a list).  An empty bytearray that
** never grew points `data` at a shared static "" and has allocated == 0.
** `exports` counts the views that pin it (buffer.h): while there are any,
** its size cannot change.
*/
#ifndef TY_BYTEARRAY_H
#define TY_BYTEARRAY_H

#include "../object.h"

typedef struct TyByteArray {
    TyObject ob;
    ssize_t size;
    ssize_t allocated;
    char *data;
    ssize_t exports;
} TyByteArray;

extern TyType TyByteArray_Type, TyByteArrayIter_Type;

#define TY_BYTEARRAY_CHECK(o) \
    (TY_TYPE(o) == &TyByteArray_Type || tyType_isSubtype(TY_TYPE(o), &TyByteArray_Type))
#define TY_BYTEARRAY_DATA(o) (((TyByteArray *)(o))->data)
#define TY_BYTEARRAY_LEN(o) (((TyByteArray *)(o))->size)

/* New reference: a bytearray holding a copy of data[0..n) (data may be
** NULL for n zero bytes). */
TyObject *tyByteArray_fromData(const char *data, ssize_t n);
/* Resize to n bytes (new bytes zeroed); 0, or -1 with MemoryError, or
** with BufferError when n is a new size and views pin the bytearray. */
int tyByteArray_resize(TyObject *ba, ssize_t n);

#endif
