/*
** memoryview.h — memoryview, a one-dimensional view of the bytes of a
** bytes or bytearray object as items of a native struct format.
*/
#ifndef TY_MEMORYVIEW_H
#define TY_MEMORYVIEW_H

#include "../object.h"

extern TyType TyMemoryView_Type;

/* memoryview(obj) for a bytes, bytearray or memoryview: new reference;
** TypeError for anything else. */
TyObject *tyMemoryView_new(TyObject *obj);
/* bytes(view): the items' bytes in order, new reference; ValueError for
** a released view. */
TyObject *tyMemoryView_toBytes(TyObject *view);

#endif
