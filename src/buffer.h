/*
** buffer.h — reading and writing the bytes of a bytes-like object from C
** (CPython's buffer protocol, for the exporters tally has: bytes,
** bytearray, array.array, a C-contiguous memoryview).
**
** A TyBuffer is a borrowed view of o's bytes, valid while the caller
** holds o and runs no Python code that could resize it.  Code that must
** call back into Python between reading the buffer and writing it fetches
** the buffer again afterwards.  An object that keeps another's bytes for
** longer (a memoryview, a PickleBuffer, struct's iterator) also pins the
** exporter, so that, as in CPython, resizing it raises BufferError.
*/
#ifndef TY_BUFFER_H
#define TY_BUFFER_H

#include "object.h"

typedef struct TyBuffer {
    char *data;
    ssize_t len;
    bool readonly;
} TyBuffer;

/* Does o export its bytes (bytes(o) would copy them without iterating)? */
bool tyBuffer_check(TyObject *o);
/* o's bytes, read-only use: 0, or -1 with TypeError "a bytes-like object
** is required, not 'str'" (or the memoryview's own error). */
int tyBuffer_get(TyObject *o, TyBuffer *view);
/* o's bytes for writing: 0, or -1 with TypeError "argument must be
** read-write bytes-like object, not bytes" for a read-only exporter. */
int tyBuffer_getWritable(TyObject *o, TyBuffer *view);
/* o's bytes if o is bytes-like: 1 with *view filled, 0 for an object that
** exports no bytes (no exception set, so the caller words the TypeError),
** -1 with the exporter's error (a released memoryview's ValueError). */
int tyBuffer_tryGet(TyObject *o, TyBuffer *view);
/* Count one more (pin) or one fewer (unpin) export of o: while a
** bytearray or array has exports it refuses to change its size and a
** memoryview refuses release(), with CPython's BufferError.  Every pin is
** matched by one unpin of the same object; bytes and other immutable
** exporters ignore both. */
void tyBuffer_pin(TyObject *o);
void tyBuffer_unpin(TyObject *o);

#endif
