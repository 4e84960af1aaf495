/*
** picklebuffer.h — pickle.PickleBuffer (PEP 574): a wrapper of a
** bytes-like object that the pickler can pass out of band.  Its buffer is
** the wrapped object's (buffer.c and memoryview look through it).
*/
#ifndef TY_PICKLEBUFFER_H
#define TY_PICKLEBUFFER_H

#include "../object.h"

extern TyType TyPickleBuffer_Type;

/* The wrapped object, borrowed, or NULL with CPython's ValueError once
** release() was called. */
TyObject *tyPickleBuffer_object(TyObject *pb);

#endif
