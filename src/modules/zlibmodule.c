/*
** zlibmodule.c — the `zlib` module over the system's zlib, with CPython's
** names, defaults and error messages ("Error -3 while decompressing data:
** incorrect header check").
**
** Every operation is one loop (pump): feed the input to deflate or inflate
** in chunks zlib can count, and give it output room until it leaves some
** unused.  What differs between compress(), Compress.flush(),
** Decompress.decompress() and the rest is the flush mode, the output
** limit and what happens to input left over, as in CPython's zlibmodule.
*/
#include <limits.h>
#include <zlib.h>
#include "tally.h"
#include "buffer.h"
#include "modules/zlibmodule.h"

#define DEF_BUF_SIZE (16 * 1024)
#define DEF_MEM_LEVEL 8

typedef struct Compress {
    TyObject ob;
    z_stream zs;
    bool inited;        /* zs holds zlib state (deflateEnd not yet called) */
} Compress;

typedef struct Decompress {
    TyObject ob;
    z_stream zs;
    bool inited;
    bool eof;
    TyObject *unused_data;      /* bytes after the end of the stream */
    TyObject *unconsumed_tail;  /* input a max_length left unread */
    TyObject *zdict;            /* a bytes-like object, or NULL */
} Decompress;

static TyType Compress_Type, Decompress_Type;

/* zlib.error for status err of zs, worded as CPython's: "Error -3 while
** decompressing data: incorrect header check".  Returns NULL. */
static TyObject *zerror(const z_stream *zs, int err, const char *while_)
{
    if (err == Z_VERSION_ERROR)
        return tyErr_setString((TyType *)ty_state.mod.zlib.error, "library version mismatch");
    const char *msg = zs->msg;
    if (!msg) {
        switch (err) {
        case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: msg = "invalid input data"; break;
        default: break;
        }
    }
    if (!msg)
        return tyErr_format((TyType *)ty_state.mod.zlib.error, "Error %d %s", err, while_);
    return tyErr_format((TyType *)ty_state.mod.zlib.error, "Error %d %s: %.200s", err, while_, msg);
}

/* ---- the pump ------------------------------------------------------------------ */

typedef struct OutBuf {
    char *data;
    ssize_t len, cap;
} OutBuf;

#define PUMP_RAISED (-100)

/* Room for more output in out, at most limit bytes in all when limit > 0:
** the room, 0 when the limit is reached, -1 with MemoryError. */
static ssize_t out_room(OutBuf *out, ssize_t limit, ssize_t first)
{
    if (out->len == out->cap) {
        if (limit > 0 && out->cap >= limit)
            return 0;
        ssize_t cap = out->cap ? (out->cap <= SSIZE_MAX / 2 ? out->cap * 2 : SSIZE_MAX) : first;
        if (limit > 0 && cap > limit)
            cap = limit;
        char *p = tyMem_realloc(out->data, (size_t)cap);
        if (!p)
            return -1;
        out->data = p;
        out->cap = cap;
    }
    ssize_t room = out->cap - out->len;
    return room > (ssize_t)UINT_MAX ? (ssize_t)UINT_MAX : room;
}

typedef struct Pump {
    int (*step)(z_stream *, int);   /* deflate or inflate */
    int flush;                      /* the flush mode for all but the last chunk */
    int last_flush;                 /* and for the last chunk of input */
    ssize_t limit;                  /* output bound, 0: none */
    ssize_t first;                  /* the first output allocation */
    TyObject *zdict;                /* inflate: the dictionary a stream may ask for */
} Pump;

static int set_inflate_dict(z_stream *zs, TyObject *zdict);

/*
** Run p->step over in[0..n) (zs->next_in is set here), appending output to
** out.  Returns the last zlib status: Z_OK, Z_BUF_ERROR or Z_STREAM_END
** when all is well, another status when zlib failed (zs->next_in then
** shows what it consumed), or PUMP_RAISED with an exception set (MemoryError, a bad zdict).
*/
static int pump(z_stream *zs, const Pump *p, const char *in, ssize_t n, OutBuf *out)
{
    ssize_t left = n;
    int err = Z_OK;
    zs->next_in = (Bytef *)in;
    do {
        zs->avail_in = left > (ssize_t)UINT_MAX ? UINT_MAX : (uInt)left;
        left -= zs->avail_in;
        int flush = left == 0 ? p->last_flush : p->flush;
        do {
            ssize_t room = out_room(out, p->limit, p->first);
            if (room < 0)
                return PUMP_RAISED;
            if (room == 0)
                return err;
            zs->next_out = (Bytef *)out->data + out->len;
            zs->avail_out = (uInt)room;
            err = p->step(zs, flush);
            out->len += room - zs->avail_out;
            if (err == Z_NEED_DICT && p->zdict) {
                if (set_inflate_dict(zs, p->zdict) < 0)
                    return PUMP_RAISED;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                return err;
            }
        } while (zs->avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left > 0);
    return err;
}

/* The output as bytes, releasing the buffer: new reference. */
static TyObject *out_finish(OutBuf *out)
{
    TyObject *r = tyBytes_fromData(out->data ? out->data : "", out->len);
    tyMem_free(out->data);
    return r;
}

/* ---- argument helpers ------------------------------------------------------------ */

/* An int argument as a C int (OverflowError past its range). */
static int int_arg(TyObject *o, int dflt, int *out)
{
    if (!o) {
        *out = dflt;
        return 0;
    }
    ssize_t v = tyNum_asSsize(o, NULL);
    if (v == -1 && tyErr_occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        tyErr_setString(&TyExc_OverflowError, v < 0 ? "signed integer is less than minimum"
                                                     : "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A checksum's starting value: any int (or __index__), masked to 32 bits. */
static int start_value(TyObject *o, uLong dflt, uLong *out)
{
    TyObject *n = o ? tyNum_index(o) : NULL;
    if (o && !n)
        return -1;
    *out = n ? (uLong)(tyInt_asU64Mask(n) & 0xffffffffu) : dflt;
    TY_XDECREF(n);
    return 0;
}

/* ---- module functions ------------------------------------------------------------ */

/* compress(data, /, level=-1, wbits=MAX_WBITS). */
static TyObject *z_compress(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "level", "wbits", NULL };
    TyObject *a[3];
    int level, wbits;
    TyBuffer view;
    if (tyArg_unpack("compress", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        int_arg(a[1], Z_DEFAULT_COMPRESSION, &level) < 0 || int_arg(a[2], MAX_WBITS, &wbits) < 0 ||
        tyBuffer_get(a[0], &view) < 0)
        return NULL;
    z_stream zs = { 0 };
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR)
        return tyErr_setString(&TyExc_MemoryError, "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR)
        return tyErr_setString((TyType *)ty_state.mod.zlib.error, "Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zs);
        return zerror(&zs, err, "while compressing data");
    }
    Pump p = { deflate, Z_NO_FLUSH, Z_FINISH, 0, DEF_BUF_SIZE, NULL };
    OutBuf out = { 0 };
    err = pump(&zs, &p, view.data, view.len, &out);
    if (err == PUMP_RAISED || err == Z_STREAM_ERROR) {
        deflateEnd(&zs);
        tyMem_free(out.data);
        return err == PUMP_RAISED ? NULL : zerror(&zs, err, "while compressing data");
    }
    err = deflateEnd(&zs);
    if (err != Z_OK) {
        tyMem_free(out.data);
        return zerror(&zs, err, "while finishing compression");
    }
    return out_finish(&out);
}

/* decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE): a whole
** stream; bytes after its end are ignored. */
static TyObject *z_decompress(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "wbits", "bufsize", NULL };
    TyObject *a[3];
    int wbits;
    TyBuffer view;
    if (tyArg_unpack("decompress", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        int_arg(a[1], MAX_WBITS, &wbits) < 0)
        return NULL;
    ssize_t bufsize = DEF_BUF_SIZE;
    if (a[2] && (bufsize = tyNum_asSsize(a[2], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (bufsize < 0)
        return tyErr_setString(&TyExc_ValueError, "bufsize must be non-negative");
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    z_stream zs = { 0 };
    int err = inflateInit2(&zs, wbits);
    if (err == Z_MEM_ERROR)
        return tyErr_setString(&TyExc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK) {
        inflateEnd(&zs);
        return zerror(&zs, err, "while preparing to decompress data");
    }
    Pump p = { inflate, Z_NO_FLUSH, Z_FINISH, 0, bufsize ? bufsize : 1, NULL };
    OutBuf out = { 0 };
    err = pump(&zs, &p, view.data, view.len, &out);
    if (err != Z_STREAM_END) {
        inflateEnd(&zs);
        tyMem_free(out.data);
        if (err == PUMP_RAISED)
            return NULL;
        if (err == Z_MEM_ERROR)
            return tyErr_setString(&TyExc_MemoryError, "Out of memory while decompressing data");
        return zerror(&zs, err, "while decompressing data");
    }
    err = inflateEnd(&zs);
    if (err != Z_OK) {
        tyMem_free(out.data);
        return zerror(&zs, err, "while finishing decompression");
    }
    return out_finish(&out);
}

uint32_t tyZlib_checksum(uLong (*fn)(uLong, const Bytef *, uInt), uint32_t value, const char *data, ssize_t n)
{
    uLong v = value;
    const Bytef *p = (const Bytef *)data;
    for (ssize_t left = n; left > 0;) {
        uInt chunk = left > (ssize_t)UINT_MAX ? UINT_MAX : (uInt)left;
        v = fn(v, p, chunk);
        p += chunk;
        left -= chunk;
    }
    return (uint32_t)(v & 0xffffffffu);
}

/* crc32(data, value=0) / adler32(data, value=1): a running checksum. */
static TyObject *checksum(const char *fname, uLong (*fn)(uLong, const Bytef *, uInt), uLong dflt,
                          TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    uLong value;
    TyBuffer view;
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkCount(fname, nargs, 1, 2) < 0 ||
        start_value(nargs > 1 ? args[1] : NULL, dflt, &value) < 0 || tyBuffer_get(args[0], &view) < 0)
        return NULL;
    return tyInt_fromU64(tyZlib_checksum(fn, (uint32_t)value, view.data, view.len));
}

static TyObject *z_crc32(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return checksum("crc32", crc32, 0, args, nargs, kwnames);
}

static TyObject *z_adler32(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return checksum("adler32", adler32, 1, args, nargs, kwnames);
}

/* ---- Compress ------------------------------------------------------------------ */

/* compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS,
** memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None). */
static TyObject *z_compressobj(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "level", "method", "wbits", "memLevel", "strategy", "zdict", NULL };
    TyObject *a[6];
    int level, method, wbits, memlevel, strategy;
    if (tyArg_unpack("compressobj", args, nargs, kwnames, names, 0, 6, a) < 0 ||
        int_arg(a[0], Z_DEFAULT_COMPRESSION, &level) < 0 || int_arg(a[1], Z_DEFLATED, &method) < 0 ||
        int_arg(a[2], MAX_WBITS, &wbits) < 0 || int_arg(a[3], DEF_MEM_LEVEL, &memlevel) < 0 ||
        int_arg(a[4], Z_DEFAULT_STRATEGY, &strategy) < 0)
        return NULL;
    TyBuffer dict = { 0 };
    if (a[5] && a[5] != TY_NONE && tyBuffer_get(a[5], &dict) < 0)
        return NULL;
    Compress *c = (Compress *)tyObj_alloc(&Compress_Type);
    if (!c)
        return NULL;
    int err = deflateInit2(&c->zs, level, method, wbits, memlevel, strategy);
    if (err == Z_OK) {
        c->inited = true;
        if (!dict.data)
            return (TyObject *)c;
        if (dict.len > (ssize_t)UINT_MAX)
            tyErr_setString(&TyExc_OverflowError, "zdict length does not fit in an unsigned int");
        else if ((err = deflateSetDictionary(&c->zs, (const Bytef *)dict.data, (uInt)dict.len)) == Z_OK)
            return (TyObject *)c;
        else
            tyErr_setString(&TyExc_ValueError, err == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
    } else if (err == Z_MEM_ERROR) {
        tyErr_setString(&TyExc_MemoryError, "Can't allocate memory for compression object");
    } else if (err == Z_STREAM_ERROR) {
        tyErr_setString(&TyExc_ValueError, "Invalid initialization option");
    } else {
        zerror(&c->zs, err, "while creating compression object");
    }
    TY_DECREF(c);
    return NULL;
}

static void compress_dealloc(TyObject *o)
{
    Compress *c = (Compress *)o;
    if (c->inited)
        deflateEnd(&c->zs);
    tyObj_free(o);
}

/* Compress.compress(data, /). */
static TyObject *compress_compress(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Compress *c = (Compress *)self;
    TyBuffer view;
    if (tyArg_noKeywords("compress", kwnames) < 0 || tyArg_checkCount("compress", nargs, 1, 1) < 0 ||
        tyBuffer_get(args[0], &view) < 0)
        return NULL;
    Pump p = { deflate, Z_NO_FLUSH, Z_NO_FLUSH, 0, DEF_BUF_SIZE, NULL };
    OutBuf out = { 0 };
    int err = pump(&c->zs, &p, view.data, view.len, &out);
    if (err == PUMP_RAISED || err == Z_STREAM_ERROR) {
        tyMem_free(out.data);
        return err == PUMP_RAISED ? NULL : zerror(&c->zs, err, "while compressing data");
    }
    return out_finish(&out);
}

/* Compress.flush(mode=Z_FINISH): Z_FINISH ends the stream. */
static TyObject *compress_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Compress *c = (Compress *)self;
    int mode;
    if (tyArg_noKeywords("flush", kwnames) < 0 || tyArg_checkCount("flush", nargs, 0, 1) < 0 ||
        int_arg(nargs ? args[0] : NULL, Z_FINISH, &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)
        return tyBytes_fromData("", 0);
    Pump p = { deflate, mode, mode, 0, DEF_BUF_SIZE, NULL };
    OutBuf out = { 0 };
    int err = pump(&c->zs, &p, NULL, 0, &out);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&c->zs);
        c->inited = false;
        if (err != Z_OK) {
            tyMem_free(out.data);
            return zerror(&c->zs, err, "while finishing compression");
        }
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        tyMem_free(out.data);
        return err == PUMP_RAISED ? NULL : zerror(&c->zs, err, "while flushing");
    }
    return out_finish(&out);
}

/* Compress.copy(), __copy__(), __deepcopy__(memo). */
static TyObject *compress_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Compress *c = (Compress *)self;
    if (!c->inited)
        return tyErr_setString(&TyExc_ValueError, "Inconsistent stream state");
    Compress *n = (Compress *)tyObj_alloc(&Compress_Type);
    if (!n)
        return NULL;
    int err = deflateCopy(&n->zs, &c->zs);
    if (err != Z_OK) {
        TY_DECREF(n);
        if (err == Z_STREAM_ERROR)
            return tyErr_setString(&TyExc_ValueError, "Inconsistent stream state");
        if (err == Z_MEM_ERROR)
            return tyErr_setString(&TyExc_MemoryError, "Can't allocate memory for compression object");
        return zerror(&c->zs, err, "while copying compression object");
    }
    n->inited = true;
    return (TyObject *)n;
}

static TyMethodDef compress_methods[] = {
    { "compress", compress_compress, TY_METH_DEFAULT, "Returns a bytes object containing compressed data." },
    { "flush", compress_flush, TY_METH_DEFAULT, "Return a bytes object containing any remaining compressed data." },
    { "copy", compress_copy, TY_METH_DEFAULT, "Return a copy of the compression object." },
    { "__copy__", compress_copy, TY_METH_DEFAULT, NULL },
    { "__deepcopy__", compress_copy, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType Compress_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "zlib.Compress",
    .basicsize = sizeof(Compress),
    .dealloc = compress_dealloc,
    .methods = compress_methods,
};

/* ---- Decompress ------------------------------------------------------------------ */

static int set_inflate_dict(z_stream *zs, TyObject *zdict)
{
    TyBuffer dict;
    if (tyBuffer_get(zdict, &dict) < 0)
        return -1;
    if (dict.len > (ssize_t)UINT_MAX) {
        tyErr_setString(&TyExc_OverflowError, "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(zs, (const Bytef *)dict.data, (uInt)dict.len);
    if (err != Z_OK) {
        zerror(zs, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* decompressobj(wbits=MAX_WBITS, zdict=b''). */
static TyObject *z_decompressobj(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "wbits", "zdict", NULL };
    TyObject *a[2];
    int wbits;
    if (tyArg_unpack("decompressobj", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        int_arg(a[0], MAX_WBITS, &wbits) < 0)
        return NULL;
    if (a[1] && !tyBuffer_check(a[1]))
        return tyErr_setString(&TyExc_TypeError, "zdict argument must support the buffer protocol");
    Decompress *d = (Decompress *)tyObj_alloc(&Decompress_Type);
    if (!d)
        return NULL;
    d->unused_data = tyBytes_fromData("", 0);
    d->unconsumed_tail = tyBytes_fromData("", 0);
    d->zdict = a[1] ? TY_NEWREF(a[1]) : NULL;
    if (!d->unused_data || !d->unconsumed_tail) {
        TY_DECREF(d);
        return NULL;
    }
    int err = inflateInit2(&d->zs, wbits);
    if (err == Z_OK) {
        d->inited = true;
        /* A raw stream never asks for its dictionary: set it now. */
        if (d->zdict && wbits < 0 && set_inflate_dict(&d->zs, d->zdict) < 0) {
            TY_DECREF(d);
            return NULL;
        }
        return (TyObject *)d;
    }
    if (err == Z_STREAM_ERROR)
        tyErr_setString(&TyExc_ValueError, "Invalid initialization option");
    else if (err == Z_MEM_ERROR)
        tyErr_setString(&TyExc_MemoryError, "Can't allocate memory for decompression object");
    else
        zerror(&d->zs, err, "while creating decompression object");
    TY_DECREF(d);
    return NULL;
}

static void decompress_dealloc(TyObject *o)
{
    Decompress *d = (Decompress *)o;
    if (d->inited)
        inflateEnd(&d->zs);
    TY_XDECREF(d->unused_data);
    TY_XDECREF(d->unconsumed_tail);
    TY_XDECREF(d->zdict);
    tyObj_free(o);
}

/*
** After a step over in[0..n): at the end of the stream the input left is
** added to unused_data; unconsumed_tail becomes the input left whenever
** some is left or it held some before (CPython's rule).  0, or -1.
*/
static int save_leftover(Decompress *d, const char *in, ssize_t n, int err)
{
    ssize_t used = (const char *)d->zs.next_in - in;
    ssize_t left = n - used;
    bool left_unread = left > 0;
    if (err == Z_STREAM_END && left > 0) {
        ssize_t old = TY_BYTES_LEN(d->unused_data);
        TyObject *u = tyBytes_fromData(NULL, old + left);
        if (!u)
            return -1;
        memcpy(TY_BYTES_DATA(u), TY_BYTES_DATA(d->unused_data), (size_t)old);
        memcpy(TY_BYTES_DATA(u) + old, in + used, (size_t)left);
        TY_SETREF(d->unused_data, u);
        left_unread = false;
    }
    if (left_unread || TY_BYTES_LEN(d->unconsumed_tail) > 0) {
        TyObject *t = tyBytes_fromData(in + used, left);
        if (!t)
            return -1;
        TY_SETREF(d->unconsumed_tail, t);
    }
    return 0;
}

/* Decompress.decompress(data, /, max_length=0). */
static TyObject *decompress_decompress(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "max_length", NULL };
    Decompress *d = (Decompress *)self;
    TyObject *a[2];
    TyBuffer view;
    if (tyArg_unpack("decompress", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    ssize_t max_length = 0;
    if (a[1] && (max_length = tyNum_asSsize(a[1], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (max_length < 0)
        return tyErr_setString(&TyExc_ValueError, "max_length must be non-negative");
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    /* The input is kept alive through the step: it may be unconsumed_tail,
    ** which the step replaces. */
    TyObject *input = TY_NEWREF(a[0]);
    Pump p = { inflate, Z_SYNC_FLUSH, Z_SYNC_FLUSH, max_length, DEF_BUF_SIZE, d->zdict };
    if (max_length > 0 && max_length < DEF_BUF_SIZE)
        p.first = max_length;
    OutBuf out = { 0 };
    int err = pump(&d->zs, &p, view.data, view.len, &out);
    int r = err == PUMP_RAISED ? -1 : save_leftover(d, view.data, view.len, err);
    TY_DECREF(input);
    if (r == 0 && err == Z_STREAM_END)
        d->eof = true;
    else if (r == 0 && err != Z_OK && err != Z_BUF_ERROR) {
        zerror(&d->zs, err, "while decompressing data");
        r = -1;
    }
    if (r < 0) {
        tyMem_free(out.data);
        return NULL;
    }
    return out_finish(&out);
}

/* Decompress.flush(length=DEF_BUF_SIZE): inflate what unconsumed_tail
** holds to the end; at the end of the stream, release zlib's state. */
static TyObject *decompress_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Decompress *d = (Decompress *)self;
    if (tyArg_noKeywords("flush", kwnames) < 0 || tyArg_checkCount("flush", nargs, 0, 1) < 0)
        return NULL;
    ssize_t length = DEF_BUF_SIZE;
    if (nargs && (length = tyNum_asSsize(args[0], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (length <= 0)
        return tyErr_setString(&TyExc_ValueError, "length must be greater than zero");
    TyObject *input = TY_NEWREF(d->unconsumed_tail);
    Pump p = { inflate, Z_NO_FLUSH, Z_FINISH, 0, length, d->zdict };
    OutBuf out = { 0 };
    int err = pump(&d->zs, &p, TY_BYTES_DATA(input), TY_BYTES_LEN(input), &out);
    int r = err == PUMP_RAISED ? -1 : save_leftover(d, TY_BYTES_DATA(input), TY_BYTES_LEN(input), err);
    TY_DECREF(input);
    if (r == 0 && err == Z_STREAM_END && d->inited) {
        d->eof = true;
        d->inited = false;
        if ((err = inflateEnd(&d->zs)) != Z_OK) {
            zerror(&d->zs, err, "while finishing decompression");
            r = -1;
        }
    }
    if (r < 0) {
        tyMem_free(out.data);
        return NULL;
    }
    return out_finish(&out);
}

/* Decompress.copy(), __copy__(), __deepcopy__(memo). */
static TyObject *decompress_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Decompress *d = (Decompress *)self;
    if (!d->inited)
        return tyErr_setString(&TyExc_ValueError, "Inconsistent stream state");
    Decompress *n = (Decompress *)tyObj_alloc(&Decompress_Type);
    if (!n)
        return NULL;
    n->unused_data = TY_NEWREF(d->unused_data);
    n->unconsumed_tail = TY_NEWREF(d->unconsumed_tail);
    n->zdict = d->zdict ? TY_NEWREF(d->zdict) : NULL;
    n->eof = d->eof;
    int err = inflateCopy(&n->zs, &d->zs);
    if (err != Z_OK) {
        TY_DECREF(n);
        if (err == Z_STREAM_ERROR)
            return tyErr_setString(&TyExc_ValueError, "Inconsistent stream state");
        if (err == Z_MEM_ERROR)
            return tyErr_setString(&TyExc_MemoryError, "Can't allocate memory for decompression object");
        return zerror(&d->zs, err, "while copying decompression object");
    }
    n->inited = true;
    return (TyObject *)n;
}

static TyObject *get_unused_data(TyObject *self)
{
    return TY_NEWREF(((Decompress *)self)->unused_data);
}

static TyObject *get_unconsumed_tail(TyObject *self)
{
    return TY_NEWREF(((Decompress *)self)->unconsumed_tail);
}

static TyObject *get_eof(TyObject *self)
{
    return tyBool_from(((Decompress *)self)->eof);
}

static TyMethodDef decompress_methods[] = {
    { "decompress", decompress_decompress, TY_METH_DEFAULT, "Return a bytes object containing the decompressed version of the data." },
    { "flush", decompress_flush, TY_METH_DEFAULT, "Return a bytes object containing any remaining decompressed data." },
    { "copy", decompress_copy, TY_METH_DEFAULT, "Return a copy of the decompression object." },
    { "__copy__", decompress_copy, TY_METH_DEFAULT, NULL },
    { "__deepcopy__", decompress_copy, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef decompress_getset[] = {
    { "unused_data", get_unused_data, NULL, NULL },
    { "unconsumed_tail", get_unconsumed_tail, NULL, NULL },
    { "eof", get_eof, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Decompress_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "zlib.Decompress",
    .basicsize = sizeof(Decompress),
    .dealloc = decompress_dealloc,
    .methods = decompress_methods,
    .getset = decompress_getset,
};

/* ---- the module ------------------------------------------------------------------ */

static TyMethodDef zlib_functions[] = {
    { "compress", z_compress, TY_METH_DEFAULT, "Returns a bytes object containing compressed data." },
    { "decompress", z_decompress, TY_METH_DEFAULT, "Returns a bytes object containing the uncompressed data." },
    { "compressobj", z_compressobj, TY_METH_DEFAULT, "Return a compressor object." },
    { "decompressobj", z_decompressobj, TY_METH_DEFAULT, "Return a decompressor object." },
    { "crc32", z_crc32, TY_METH_DEFAULT, "Compute a CRC-32 checksum of data." },
    { "adler32", z_adler32, TY_METH_DEFAULT, "Compute an Adler-32 checksum of data." },
    { NULL, NULL, 0, NULL },
};

static const struct { const char *name; int value; } zlib_constants[] = {
    { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED }, { "DEF_MEM_LEVEL", DEF_MEM_LEVEL },
    { "DEF_BUF_SIZE", DEF_BUF_SIZE }, { "Z_NO_COMPRESSION", Z_NO_COMPRESSION },
    { "Z_BEST_SPEED", Z_BEST_SPEED }, { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION },
    { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION }, { "Z_FILTERED", Z_FILTERED },
    { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE }, { "Z_FIXED", Z_FIXED },
    { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY }, { "Z_NO_FLUSH", Z_NO_FLUSH },
    { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH }, { "Z_SYNC_FLUSH", Z_SYNC_FLUSH },
    { "Z_FULL_FLUSH", Z_FULL_FLUSH }, { "Z_FINISH", Z_FINISH }, { "Z_BLOCK", Z_BLOCK },
    { "Z_TREES", Z_TREES },
};

static TyType *const module_types[] = { &Compress_Type, &Decompress_Type };

TyObject *tyZlib_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (!ty_state.mod.zlib.error && !(ty_state.mod.zlib.error = tyExc_newClass("zlib", "error", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("zlib", zlib_functions);
    if (!m || tyModule_addObject(m, "error", ty_state.mod.zlib.error) < 0)
        goto fail;
    for (size_t i = 0; i < TY_ARRAY_LEN(zlib_constants); i++)
        if (tyModule_addInt(m, zlib_constants[i].name, zlib_constants[i].value) < 0)
            goto fail;
    const char *versions[2][2] = { { "ZLIB_VERSION", ZLIB_VERSION }, { "ZLIB_RUNTIME_VERSION", zlibVersion() } };
    for (int i = 0; i < 2; i++) {
        TyObject *v = tyStr_fromCStr(versions[i][1]);
        int r = v ? tyModule_addObject(m, versions[i][0], v) : -1;
        TY_XDECREF(v);
        if (r < 0)
            goto fail;
    }
    return m;
fail:
    TY_XDECREF(m);
    return NULL;
}

void tyZlib_fini(void)
{
    TY_CLEAR(ty_state.mod.zlib.error);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
