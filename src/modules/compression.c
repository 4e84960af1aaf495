/*
** compression.c — what _bz2 and _lzma share.  Their loops follow CPython's,
** which decide `needs_input` and `unused_data` from how much input the
** library left and where the output stopped; the decisions and the input
** buffering are here, the library calls in each module.
*/
#include <limits.h>
#include <string.h>
#include "tally.h"
#include "args.h"
#include "buffer.h"
#include "modules/compression.h"

#define FIRST_OUTPUT (32 * 1024)

ssize_t tyCompress_outRoom(TyStrBuilder *out, ssize_t limit)
{
    size_t cap_left = limit >= 0 ? (size_t)limit - out->len : SIZE_MAX;
    if (out->len == out->cap || out->len == 0) {
        size_t want = out->len ? out->len : FIRST_OUTPUT;
        if (want > cap_left)
            want = cap_left;
        if (want > 0 && tyBuf_reserve(out, want) < 0)
            return -1;
    }
    size_t room = out->cap - out->len;
    if (room > cap_left)
        room = cap_left;
    return (ssize_t)(room > UINT_MAX ? UINT_MAX : room);
}

TyObject *tyCompress_outFinish(TyStrBuilder *out)
{
    TyObject *r = tyBytes_fromData(out->data, (ssize_t)out->len);
    tyBuf_free(out);
    return r;
}

TyObject *tyCompress_compress(TyObject *self, bool flushed, TyCompressRun run, TyObject *const *args,
                              size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("compress", kwnames) < 0 || tyArg_checkCount("compress", nargs, 1, 1) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_get(args[0], &view) < 0)
        return NULL;
    if (flushed)
        return tyErr_setString(&TyExc_ValueError, "Compressor has been flushed");
    return run(self, view.data, (size_t)view.len, false);
}

TyObject *tyCompress_flush(TyObject *self, bool *flushed, TyCompressRun run, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("flush", kwnames) < 0 || tyArg_checkPositional("flush", nargs, 0, 0) < 0)
        return NULL;
    if (*flushed)
        return tyErr_setString(&TyExc_ValueError, "Repeated call to flush()");
    *flushed = true;
    return run(self, NULL, 0, true);
}

int tyDecompress_init(TyDecompressState *s)
{
    s->eof = false;
    s->needs_input = true;
    s->pending = NULL;
    s->npending = 0;
    s->unused_data = tyBytes_fromData("", 0);
    return s->unused_data ? 0 : -1;
}

/* Drops the pending input. */
static void drop_pending(TyDecompressState *s)
{
    tyMem_free(s->pending);
    s->pending = NULL;
    s->npending = 0;
}

void tyDecompress_fini(TyDecompressState *s)
{
    drop_pending(s);
    TY_CLEAR(s->unused_data);
}

int tyDecompress_begin(TyDecompressState *s, const char *eof_message, TyObject *const *args,
                       size_t nargs, TyObject *kwnames, const char **in, size_t *avail,
                       ssize_t *max_length)
{
    static const char *const names[] = { "data", "max_length", NULL };
    TyObject *a[2];
    if (tyArg_unpack("decompress", args, nargs, kwnames, names, 1, 2, a) < 0)
        return -1;
    TyBuffer view;
    if (tyBuffer_get(a[0], &view) < 0)
        return -1;
    *max_length = -1;
    if (a[1] && tyArg_ssize(a[1], max_length) < 0)
        return -1;
    if (s->eof) {
        tyErr_setString(&TyExc_EOFError, eof_message);
        return -1;
    }
    if (s->npending == 0) {
        *in = view.data;
        *avail = (size_t)view.len;
        return 0;
    }
    char *joined = tyMem_realloc(s->pending, s->npending + (size_t)view.len);
    if (!joined) {
        tyErr_noMemory();
        return -1;
    }
    memcpy(joined + s->npending, view.data, (size_t)view.len);
    s->pending = joined;
    s->npending += (size_t)view.len;
    *in = joined;
    *avail = s->npending;
    return 0;
}

TyObject *tyDecompress_end(TyDecompressState *s, TyObject *r, const char *rest, size_t avail,
                           bool more_output)
{
    if (r && s->eof) {
        s->needs_input = false;
        if (avail > 0) {
            TyObject *u = tyBytes_fromData(rest, (ssize_t)avail);
            if (u)
                TY_SETREF(s->unused_data, u);
            else
                TY_CLEAR(r);
        }
        avail = 0;
    } else if (r) {
        s->needs_input = avail == 0 && !more_output;
    }
    if (!r || avail == 0) {
        drop_pending(s);
        return r;
    }
    /* rest may lie inside the pending buffer itself. */
    char *copy = tyMem_malloc(avail);
    if (!copy) {
        TY_DECREF(r);
        return tyErr_noMemory();
    }
    memcpy(copy, rest, avail);
    tyMem_free(s->pending);
    s->pending = copy;
    s->npending = avail;
    return r;
}
