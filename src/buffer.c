/*
** buffer.c — the bytes of a bytes-like object (see buffer.h).
*/
#include "tally.h"
#include "buffer.h"
#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "modules/arraymodule.h"
#include "objects/picklebuffer.h"

bool tyBuffer_check(TyObject *o)
{
    return tyBytes_isLike(o) || TY_IS_INSTANCE(o, &TyMemoryView_Type) || tyArray_check(o) ||
           TY_TYPE(o) == &TyPickleBuffer_Type;
}

/* 1 with *view filled when o exports bytes, 0 when it does not, -1 on
** an exporter's error (a released or non-contiguous memoryview). */
static int export(TyObject *o, TyBuffer *view)
{
    if (TY_BYTES_CHECK(o)) {
        *view = (TyBuffer){ TY_BYTES_DATA(o), TY_BYTES_LEN(o), true };
        return 1;
    }
    if (TY_BYTEARRAY_CHECK(o)) {
        *view = (TyBuffer){ TY_BYTEARRAY_DATA(o), TY_BYTEARRAY_LEN(o), false };
        return 1;
    }
    if (tyArray_check(o)) {
        char format;
        ssize_t itemsize;
        view->data = tyArray_span(o, &view->len, &format, &itemsize);
        view->readonly = false;
        return 1;
    }
    if (TY_IS_INSTANCE(o, &TyMemoryView_Type))
        return tyMemoryView_span(o, &view->data, &view->len, &view->readonly) < 0 ? -1 : 1;
    /* A PickleBuffer exports the buffer it wraps. */
    if (TY_TYPE(o) == &TyPickleBuffer_Type) {
        TyObject *inner = tyPickleBuffer_object(o);
        return inner ? export(inner, view) : -1;
    }
    return 0;
}

/* The export count of an exporter whose size or life can change (borrowed
** pointer into o), NULL for one that needs none. */
static ssize_t *export_count(TyObject *o)
{
    if (TY_BYTEARRAY_CHECK(o))
        return &((TyByteArray *)o)->exports;
    if (tyArray_check(o))
        return tyArray_exports(o);
    if (TY_IS_INSTANCE(o, &TyMemoryView_Type))
        return tyMemoryView_exports(o);
    return NULL;
}

void tyBuffer_pin(TyObject *o)
{
    ssize_t *n = export_count(o);
    if (n)
        ++*n;
}

void tyBuffer_unpin(TyObject *o)
{
    ssize_t *n = export_count(o);
    if (n)
        --*n;
}

int tyBuffer_get(TyObject *o, TyBuffer *view)
{
    int r = export(o, view);
    if (r == 0)
        tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%T'", o);
    return r > 0 ? 0 : -1;
}

int tyBuffer_tryGet(TyObject *o, TyBuffer *view)
{
    return export(o, view);
}

int tyBuffer_getWritable(TyObject *o, TyBuffer *view)
{
    int r = export(o, view);
    if (r == 0 || (r > 0 && view->readonly)) {
        tyErr_format(&TyExc_TypeError, "argument must be read-write bytes-like object, not %T", o);
        return -1;
    }
    return r > 0 ? 0 : -1;
}
