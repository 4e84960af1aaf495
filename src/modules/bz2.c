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
#include "modules/compression.h"
#include "modules/bz2.h"

typedef struct Compressor {
    TyObject ob;
    bz_stream bzs;
    bool inited;        /* bzs holds libbzip2 state */
    bool flushed;
} Compressor;

typedef struct Decompressor {
    TyObject ob;
    bz_stream bzs;
    bool inited;
    bool failed;            /* libbzip2 reported an error: its state is unusable */
    TyDecompressState state;
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

/* ---- BZ2Compressor ------------------------------------------------------------ */

/* The compressor's TyCompressRun: libbzip2's BZ_RUN until the input is
** taken, or BZ_FINISH until the stream ends. */
static TyObject *compress_run(TyObject *self, const char *data, size_t len, bool finish)
{
    Compressor *c = (Compressor *)self;
    int action = finish ? BZ_FINISH : BZ_RUN;
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
        ssize_t room = tyCompress_outRoom(&out, -1);
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
    return tyCompress_outFinish(&out);
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

static TyObject *compressor_compress(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyCompress_compress(self, ((Compressor *)self)->flushed, compress_run, args, nargs, kwnames);
}

static TyObject *compressor_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyCompress_flush(self, &((Compressor *)self)->flushed, compress_run, nargs, kwnames);
}

static TyMethodDef compressor_methods[] = {
    { "compress", compressor_compress, TY_METH_DEFAULT, TY_COMPRESS_DOC },
    { "flush", compressor_flush, TY_METH_DEFAULT, TY_COMPRESS_FLUSH_DOC },
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
    ssize_t room = tyCompress_outRoom(&out, max_length);
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
            d->state.eof = true;
            break;
        }
        if (*avail == 0)
            break;
        if (d->bzs.avail_out == 0) {
            if (max_length >= 0 && out.len == (size_t)max_length)
                break;
            if ((room = tyCompress_outRoom(&out, max_length)) < 0)
                goto fail;
            d->bzs.next_out = out.data + out.len;
            d->bzs.avail_out = (unsigned)room;
        }
    }
    return tyCompress_outFinish(&out);
fail:
    tyBuf_free(&out);
    return NULL;
}

/* decompress(data, max_length=-1). */
static TyObject *decompressor_decompress(TyObject *self, TyObject *const *args, size_t nargs,
                                         TyObject *kwnames)
{
    Decompressor *d = (Decompressor *)self;
    const char *in;
    size_t avail;
    ssize_t max_length;
    if (tyDecompress_begin(&d->state, "End of stream already reached", args, nargs, kwnames, &in, &avail,
                           &max_length) < 0)
        return NULL;
    if (d->failed)
        return tyErr_setString(&TyExc_ValueError, "Decompressor is unusable after a previous error");
    d->bzs.next_in = (char *)in;
    TyObject *r = decompress_run(d, &avail, max_length);
    const char *rest = d->bzs.next_in;
    d->bzs.next_in = NULL;
    if (!r && !tyErr_exceptionMatches(&TyExc_MemoryError)) {
        d->failed = true;
        d->state.needs_input = false;
    }
    return tyDecompress_end(&d->state, r, rest, avail, false);
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
    d->inited = d->failed = false;
    if (tyDecompress_init(&d->state) < 0 || bz_error(BZ2_bzDecompressInit(&d->bzs, 0, 0)) < 0) {
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
    tyDecompress_fini(&d->state);
    tyObj_free(o);
}

static TyObject *get_eof(TyObject *self)
{
    return tyBool_from(((Decompressor *)self)->state.eof);
}

static TyObject *get_unused_data(TyObject *self)
{
    return TY_NEWREF(((Decompressor *)self)->state.unused_data);
}

static TyObject *get_needs_input(TyObject *self)
{
    return tyBool_from(((Decompressor *)self)->state.needs_input);
}

static TyMethodDef decompressor_methods[] = {
    { "decompress", decompressor_decompress, TY_METH_DEFAULT, TY_DECOMPRESS_DOC },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef decompressor_getset[] = {
    { "eof", get_eof, NULL, TY_DECOMPRESS_EOF_DOC, true },
    { "unused_data", get_unused_data, NULL, TY_DECOMPRESS_UNUSED_DOC, true },
    { "needs_input", get_needs_input, NULL, TY_DECOMPRESS_NEEDS_INPUT_DOC, true },
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
