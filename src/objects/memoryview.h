/*
** memoryview.h — memoryview, a view of the bytes of a bytes, bytearray or
** array object as items of a native struct format, in one dimension or,
** after cast(format, shape), in several.
*/
#ifndef TY_MEMORYVIEW_H
#define TY_MEMORYVIEW_H

#include "../object.h"

extern TyType TyMemoryView_Type;

/* memoryview(obj) for a bytes, bytearray or memoryview: new reference;
** TypeError for anything else. */
TyObject *tyMemoryView_new(TyObject *obj);
/* bytes(view): the items' bytes in C order, new reference; ValueError for
** a released view. */
TyObject *tyMemoryView_toBytes(TyObject *view);
/* The bytes a C-contiguous view shows: *data (borrowed from the
** exporter, valid while it is not resized), *nbytes and *readonly; 0, or
** -1 with ValueError for a released view, BufferError for a strided one
** or one whose exporter shrank. */
int tyMemoryView_span(TyObject *view, char **data, ssize_t *nbytes, bool *readonly);
/* The count of a view's own exports (buffer.h's pins): borrowed pointer
** into the view. */
ssize_t *tyMemoryView_exports(TyObject *view);

#endif
