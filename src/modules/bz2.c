/*
** bz2.c — the `_bz2` module (what bz2.py is built on) over the system's
** libbzip2: BZ2Compressor and BZ2Decompressor with CPython's arguments,
** errors and input buffering, so `needs_input`, `unused_data` and
** `max_length` behave as CPython's do.
*/
#include <bzlib.h>
#include <limits.h>
#include <string.h>
#include "tally.h"
#include "args.h"
#include "buffer.h"
#include "modules/bz2.h"

/* The first output allocation, as CPython's output buffer's first block. */
#define FIRST_OUTPUT (32 * 1024)

typedef struct Compressor {
    TyObject ob;
    bz_stream bzs;
    bool inited;        /* bzs holds libbzip2 state */
    bool flushed;
} Compressor;

typedef struct Decompressor {
    TyObject ob;
    bz_stream bzs;
    bool inited, eof, needs_input;
    bool failed;            /* libbzip2 reported an error: its state is unusable */
    TyObject *unused_data;  /* bytes after the end of the stream */
    char *pending;          /* input libbzip2 has not taken yet (malloc'd), or NULL */
    size_t npending;
} Decompressor;

static TyType Compressor_Type, Decompressor_Type;

/* libbzip2's status as CPython's exception: 0 for a success status, -1
** with the exception otherwise. */
static int bz_error(int status)
{
    switch (status) {
    case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END:
        return 0;
    case BZ_CONFIG_ERROR:
        tyErr_setString(&TyExc_SystemError, "libbzip2 was not compiled correctly");
        return -1;
    case BZ_PARAM_ERROR:
        tyErr_setString(&TyExc_ValueError, "Internal error - invalid parameters passed to libbzip2");
        return -1;
    case BZ_MEM_ERROR:
        tyErr_noMemory();
        return -1;
    case BZ_DATA_ERROR: case BZ_DATA_ERROR_MAGIC:
        tyErr_setString(&TyExc_OSError, "Invalid data stream");
        return -1;
    case BZ_IO_ERROR:
        tyErr_setString(&TyExc_OSError, "Unknown I/O error");
        return -1;
    case BZ_UNEXPECTED_EOF:
        tyErr_setString(&TyExc_EOFError,
                        "Compressed file ended before the logical end-of-stream was detected");
        return -1;
    case BZ_SEQUENCE_ERROR:
        tyErr_setString(&TyExc_RuntimeError,
                        "Internal error - Invalid sequence of commands sent to libbzip2");
        return -1;
    default:
        tyErr_format(&TyExc_OSError, "Unrecognized error from libbzip2: %d", status);
        return -1;
    }
}

/* Room for more output in out, never past limit bytes in all (limit < 0:
** none): the room (at most UINT_MAX), 0 at the limit, -1 with MemoryError. */
static ssize_t out_room(TyStrBuilder *out, ssize_t limit)
{
    if (out->len == out->cap || out->len == 0) {
        size_t want = out->len ? out->len : FIRST_OUTPUT;
        if (limit >= 0 && want > (size_t)limit - out->len)
            want = (size_t)limit - out->len;
        if (want > 0 && tyBuf_reserve(out, want) < 0)
            return -1;
    }
    size_t room = out->cap - out->len;
    if (limit >= 0 && room > (size_t)limit - out->len)
        room = (size_t)limit - out->len;
    return (ssize_t)(room > UINT_MAX ? UINT_MAX : room);
}

/* The output as bytes, releasing the builder: new reference. */
static TyObject *out_finish(TyStrBuilder *out)
{
    TyObject *r = tyBytes_fromData(out->data, (ssize_t)out->len);
    tyBuf_free(out);
    return r;
}

/* ---- BZ2Compressor ------------------------------------------------------------ */

/*
** Runs libbzip2 over data[0..len) with action BZ_RUN (until the input is
** taken) or BZ_FINISH (until the stream ends): the output as bytes (new
** reference), or NULL.
*/
static TyObject *compress_run(Compressor *c, const char *data, size_t len, int action)
{
    TyStrBuilder out;
    tyBuf_init(&out);
    c->bzs.next_in = (char *)data;
    c->bzs.avail_in = 0;
    for (;;) {
        if (c->bzs.avail_in == 0 && len > 0) {
            c->bzs.avail_in = len > UINT_MAX ? UINT_MAX : (unsigned)len;
            len -= c->bzs.avail_in;
        }
        if (action == BZ_RUN && c->bzs.avail_in == 0)
            break;
        ssize_t room = out_room(&out, -1);
        if (room < 0)
            goto fail;
        c->bzs.next_out = out.data + out.len;
        c->bzs.avail_out = (unsigned)room;
        int status = BZ2_bzCompress(&c->bzs, action);
        out.len += (size_t)room - c->bzs.avail_out;
        if (bz_error(status) < 0)
            goto fail;
        if (action == BZ_FINISH && status == BZ_STREAM_END)
            break;
    }
    return out_finish(&out);
fail:
    tyBuf_free(&out);
    return NULL;
}

/* BZ2Compressor(compresslevel=9, /). */
static TyObject *compressor_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("BZ2Compressor", kwnames) < 0 || tyArg_checkCount("BZ2Compressor", nargs, 0, 1) < 0)
        return NULL;
    int level = 9;
    if (nargs == 1 && tyArg_int(args[0], &level) < 0)
        return NULL;
    if (level < 1 || level > 9)
        return tyErr_setString(&TyExc_ValueError, "compresslevel must be between 1 and 9");
    Compressor *c = (Compressor *)tyObj_alloc(type);
    if (!c)
        return NULL;
    memset(&c->bzs, 0, sizeof c->bzs);
    c->inited = false;
    c->flushed = false;
    if (bz_error(BZ2_bzCompressInit(&c->bzs, level, 0, 0)) < 0) {
        TY_DECREF(c);
        return NULL;
    }
    c->inited = true;
    return (TyObject *)c;
}

static void compressor_dealloc(TyObject *o)
{
    Compressor *c = (Compressor *)o;
    if (c->inited)
        BZ2_bzCompressEnd(&c->bzs);
    tyObj_free(o);
}

/* compress(data, /): what libbzip2 gives out for data (often nothing yet). */
static TyObject *compressor_compress(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Compressor *c = (Compressor *)self;
    if (tyArg_noKeywords("compress", kwnames) < 0 || tyArg_checkCount("compress", nargs, 1, 1) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_get(args[0], &view) < 0)
        return NULL;
    if (c->flushed)
        return tyErr_setString(&TyExc_ValueError, "Compressor has been flushed");
    return compress_run(c, view.data, (size_t)view.len, BZ_RUN);
}

/* flush(): the rest of the stream; the compressor takes no more data. */
static TyObject *compressor_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Compressor *c = (Compressor *)self;
    (void)args;
    if (tyArg_noKeywords("flush", kwnames) < 0 || tyArg_checkPositional("flush", nargs, 0, 0) < 0)
        return NULL;
    if (c->flushed)
        return tyErr_setString(&TyExc_ValueError, "Repeated call to flush()");
    c->flushed = true;
    return compress_run(c, NULL, 0, BZ_FINISH);
}

static TyMethodDef compressor_methods[] = {
    { "compress", compressor_compress, TY_METH_DEFAULT,
      "Provide data to the compressor object.\n\n"
      "Returns a chunk of compressed data if possible, or b'' otherwise.\n\n"
      "When you have finished providing data to the compressor, call the\n"
      "flush() method to finish the compression process." },
    { "flush", compressor_flush, TY_METH_DEFAULT,
      "Finish the compression process.\n\n"
      "Returns the compressed data left in internal buffers.\n\n"
      "The compressor object may not be used after this method is called." },
    { NULL, NULL, 0, NULL },
};

static TyType Compressor_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_bz2.BZ2Compressor",
    .doc = "Create a compressor object for compressing data incrementally.\n\n"
           "  compresslevel\n"
           "    Compression level, as a number between 1 and 9.\n\n"
           "For one-shot compression, use the compress() function instead.",
    .basicsize = sizeof(Compressor),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = compressor_dealloc,
    .methods = compressor_methods,
    .tp_new = compressor_new,
};

/* ---- BZ2Decompressor ---------------------------------------------------------- */

/*
** Decompresses from d->bzs.next_in (*avail bytes) into new output of at
** most max_length bytes (< 0: no limit), as CPython's decompress_buf:
** stops at the end of the stream, when the input is used up, or at the
** limit.  *avail is left as the input not taken.  Bytes (new reference),
** or NULL.
*/
static TyObject *decompress_run(Decompressor *d, size_t *avail, ssize_t max_length)
{
    TyStrBuilder out;
    tyBuf_init(&out);
    ssize_t room = out_room(&out, max_length);
    if (room < 0)
        goto fail;
    d->bzs.next_out = out.data;
    d->bzs.avail_out = (unsigned)room;
    for (;;) {
        d->bzs.avail_in = *avail > UINT_MAX ? UINT_MAX : (unsigned)*avail;
        *avail -= d->bzs.avail_in;
        char *start = out.data + out.len;
        int status = BZ2_bzDecompress(&d->bzs);
        out.len += (size_t)(d->bzs.next_out - start);
        *avail += d->bzs.avail_in;
        if (bz_error(status) < 0)
            goto fail;
        if (status == BZ_STREAM_END) {
            d->eof = true;
            break;
        }
        if (*avail == 0)
            break;
        if (d->bzs.avail_out == 0) {
            if (max_length >= 0 && out.len == (size_t)max_length)
                break;
            if ((room = out_room(&out, max_length)) < 0)
                goto fail;
            d->bzs.next_out = out.data + out.len;
            d->bzs.avail_out = (unsigned)room;
        }
    }
    return out_finish(&out);
fail:
    tyBuf_free(&out);
    return NULL;
}

/* Keeps in[0..n) (which may lie in d->pending) as the pending input: 0, or
** -1 with MemoryError. */
static int keep_pending(Decompressor *d, const char *in, size_t n)
{
    char *p = tyMem_malloc(n);
    if (!p) {
        tyErr_noMemory();
        return -1;
    }
    memcpy(p, in, n);
    tyMem_free(d->pending);
    d->pending = p;
    d->npending = n;
    return 0;
}

/* decompress(data, max_length=-1). */
static TyObject *decompressor_decompress(TyObject *self, TyObject *const *args, size_t nargs,
                                         TyObject *kwnames)
{
    static const char *const names[] = { "data", "max_length", NULL };
    Decompressor *d = (Decompressor *)self;
    TyObject *a[2];
    if (tyArg_unpack("decompress", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    ssize_t max_length = -1;
    if (a[1] && tyArg_ssize(a[1], &max_length) < 0)
        return NULL;
    if (d->eof)
        return tyErr_setString(&TyExc_EOFError, "End of stream already reached");
    if (d->failed)
        return tyErr_setString(&TyExc_ValueError, "Decompressor is unusable after a previous error");
    /* The input: what an earlier call left, then data. */
    const char *in = view.data;
    size_t avail = (size_t)view.len;
    if (d->npending > 0) {
        char *joined = tyMem_realloc(d->pending, d->npending + avail);
        if (!joined)
            return tyErr_noMemory();
        memcpy(joined + d->npending, view.data, avail);
        d->pending = joined;
        d->npending += avail;
        in = joined;
        avail = d->npending;
    }
    d->bzs.next_in = (char *)in;
    TyObject *r = decompress_run(d, &avail, max_length);
    const char *rest = d->bzs.next_in;
    d->bzs.next_in = NULL;
    if (r && d->eof) {
        d->needs_input = false;
        if (avail > 0) {
            TyObject *u = tyBytes_fromData(rest, (ssize_t)avail);
            if (u)
                TY_SETREF(d->unused_data, u);
            else
                TY_CLEAR(r);
        }
        avail = 0;
    } else if (r) {
        d->needs_input = avail == 0;
    } else if (!tyErr_exceptionMatches(&TyExc_MemoryError)) {
        d->failed = true;
        d->needs_input = false;
    }
    /* What libbzip2 did not take waits for the next call; after an error
    ** it is dropped, as CPython drops it. */
    if (r && avail > 0) {
        if (keep_pending(d, rest, avail) < 0)
            TY_CLEAR(r);
    } else {
        tyMem_free(d->pending);
        d->pending = NULL;
        d->npending = 0;
    }
    return r;
}

/* BZ2Decompressor(). */
static TyObject *decompressor_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)args;
    if (nargs > 0)
        return tyErr_setString(&TyExc_TypeError, "BZ2Decompressor() takes no positional arguments");
    if (tyArg_noKeywords("BZ2Decompressor", kwnames) < 0)
        return NULL;
    Decompressor *d = (Decompressor *)tyObj_alloc(type);
    if (!d)
        return NULL;
    memset(&d->bzs, 0, sizeof d->bzs);
    d->inited = d->eof = d->failed = false;
    d->needs_input = true;
    d->pending = NULL;
    d->npending = 0;
    d->unused_data = tyBytes_fromData("", 0);
    if (!d->unused_data || bz_error(BZ2_bzDecompressInit(&d->bzs, 0, 0)) < 0) {
        TY_DECREF(d);
        return NULL;
    }
    d->inited = true;
    return (TyObject *)d;
}

static void decompressor_dealloc(TyObject *o)
{
    Decompressor *d = (Decompressor *)o;
    if (d->inited)
        BZ2_bzDecompressEnd(&d->bzs);
    tyMem_free(d->pending);
    TY_XDECREF(d->unused_data);
    tyObj_free(o);
}

static TyObject *get_eof(TyObject *self)
{
    return tyBool_from(((Decompressor *)self)->eof);
}

static TyObject *get_unused_data(TyObject *self)
{
    return TY_NEWREF(((Decompressor *)self)->unused_data);
}

static TyObject *get_needs_input(TyObject *self)
{
    return tyBool_from(((Decompressor *)self)->needs_input);
}

static TyMethodDef decompressor_methods[] = {
    { "decompress", decompressor_decompress, TY_METH_DEFAULT,
      "Decompress *data*, returning uncompressed data as bytes.\n\n"
      "If *max_length* is nonnegative, returns at most *max_length* bytes of\n"
      "decompressed data. If this limit is reached and further output can be\n"
      "produced, *self.needs_input* will be set to ``False``. In this case, the next\n"
      "call to *decompress()* may provide *data* as b'' to obtain more of the output.\n\n"
      "If all of the input data was decompressed and returned (either because this\n"
      "was less than *max_length* bytes, or because *max_length* was negative),\n"
      "*self.needs_input* will be set to True.\n\n"
      "Attempting to decompress data after the end of stream is reached raises an\n"
      "EOFError.  Any data found after the end of the stream is ignored and saved in\n"
      "the unused_data attribute." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef decompressor_getset[] = {
    { "eof", get_eof, NULL, "True if the end-of-stream marker has been reached.", true },
    { "unused_data", get_unused_data, NULL, "Data found after the end of the compressed stream.", true },
    { "needs_input", get_needs_input, NULL,
      "True if more input is needed before more decompressed data can be produced.", true },
    { NULL, NULL, NULL, NULL, false },
};

static TyType Decompressor_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_bz2.BZ2Decompressor",
    .doc = "Create a decompressor object for decompressing data incrementally.\n\n"
           "For one-shot decompression, use the decompress() function instead.",
    .basicsize = sizeof(Decompressor),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = decompressor_dealloc,
    .methods = decompressor_methods,
    .getset = decompressor_getset,
    .tp_new = decompressor_new,
};

/* ---- the module ---------------------------------------------------------------- */

static TyType *const module_types[] = { &Compressor_Type, &Decompressor_Type };

TyObject *tyBz2_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("_bz2", NULL);
    if (!m || tyModule_addObject(m, "BZ2Compressor", (TyObject *)&Compressor_Type) < 0 ||
        tyModule_addObject(m, "BZ2Decompressor", (TyObject *)&Decompressor_Type) < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tyBz2_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
