/*
** picklebuffer.c — PickleBuffer(buffer): holds a bytes-like object for the
** pickler (protocol 5 writes it in band as bytes or bytearray, or hands it
** to buffer_callback).  raw() is a 1-D byte memoryview of it; release()
** drops it, after which every use is CPython's ValueError.  While held,
** the object is pinned (buffer.h): a bytearray cannot be resized, a
** memoryview cannot be released.
*/
#include "tally.h"
#include "buffer.h"
#include "objects/memoryview.h"
#include "objects/picklebuffer.h"

typedef struct TyPickleBuffer {
    TyObject ob;
    TyObject *obj;          /* the exporter (pinned), or NULL once released */
} TyPickleBuffer;

TyObject *tyPickleBuffer_object(TyObject *pb)
{
    TyObject *o = ((TyPickleBuffer *)pb)->obj;
    if (!o)
        tyErr_setString(&TyExc_ValueError, "operation forbidden on released PickleBuffer object");
    return o;
}

static TyObject *pb_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", NULL };
    TyObject *a[1];
    TyBuffer view;
    if (tyArg_unpack("PickleBuffer", args, nargs, kwnames, names, 1, 1, a) < 0 || tyBuffer_get(a[0], &view) < 0)
        return NULL;
    /* Of another PickleBuffer, hold what it holds: releasing that one
    ** leaves this one's exporter pinned, as CPython's own view would. */
    TyObject *obj = a[0];
    if (TY_TYPE(obj) == &TyPickleBuffer_Type)
        obj = ((TyPickleBuffer *)obj)->obj;
    TyPickleBuffer *pb = (TyPickleBuffer *)tyType_genericAlloc(type, 0);
    if (pb) {
        pb->obj = TY_NEWREF(obj);
        tyBuffer_pin(obj);
    }
    return (TyObject *)pb;
}

static int pb_clear(TyObject *o)
{
    TyObject *obj = ((TyPickleBuffer *)o)->obj;
    if (obj) {
        ((TyPickleBuffer *)o)->obj = NULL;
        tyBuffer_unpin(obj);
        TY_DECREF(obj);
    }
    return 0;
}

static void pb_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    pb_clear(o);
    tyObj_free(o);
}

static int pb_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *obj = ((TyPickleBuffer *)o)->obj;
    return obj ? visit(obj, arg) : 0;
}

/* raw(): memoryview(obj).cast('B'), BufferError for a non-contiguous
** buffer. */
static TyObject *pb_raw(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("raw", kwnames) < 0 || tyArg_checkPositional("raw", nargs, 0, 0) < 0)
        return NULL;
    TY_UNUSED(args);
    TyObject *obj = tyPickleBuffer_object(self);
    TyObject *view = obj ? tyMemoryView_new(obj) : NULL;
    if (!view)
        return NULL;
    TyObject *contig = tyObj_getAttrStr(view, "c_contiguous");
    int c = contig ? tyObj_isTrue(contig) : -1;
    TY_XDECREF(contig);
    TyObject *r = NULL;
    if (c == 0)
        tyErr_setString(&TyExc_BufferError, "cannot extract raw buffer from non-contiguous buffer");
    else if (c > 0) {
        TyObject *fmt = tyStr_fromCStr("B");
        TyObject *cast = fmt ? tyObj_getAttrStr(view, "cast") : NULL;
        r = cast ? tyObj_callOneArg(cast, fmt) : NULL;
        TY_XDECREF(fmt);
        TY_XDECREF(cast);
    }
    TY_DECREF(view);
    return r;
}

static TyObject *pb_release(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("release", kwnames) < 0 || tyArg_checkPositional("release", nargs, 0, 0) < 0)
        return NULL;
    TY_UNUSED(args);
    pb_clear(self);
    return tyNone_new();
}

static TyMethodDef pb_methods[] = {
    { "raw", pb_raw, TY_METH_DEFAULT, "Return a memoryview of the raw memory underlying this buffer.\n"
                                      "Will raise BufferError is the buffer isn't contiguous." },
    { "release", pb_release, TY_METH_DEFAULT, "Release the underlying buffer exposed by the PickleBuffer object." },
    { NULL, NULL, 0, NULL },
};

TyType TyPickleBuffer_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "pickle.PickleBuffer",
    .basicsize = sizeof(TyPickleBuffer),
    .flags = TY_TPFLAG_GC,
    .dealloc = pb_dealloc,
    .traverse = pb_traverse,
    .clear = pb_clear,
    .tp_new = pb_new,
    .methods = pb_methods,
    .doc = "Wrapper for potentially out-of-band buffers",
};
