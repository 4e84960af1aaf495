/*
** lzma.c — the `_lzma` module (what lzma.py is built on) over the system's
** liblzma: LZMACompressor and LZMADecompressor for the xz, alone and raw
** formats, filter chains given as dicts, and the filter-property codecs
** lzma.py and zipfile use, with CPython's arguments and messages.
*/
#include <lzma.h>
#include <limits.h>
#include <string.h>
#include "tally.h"
#include "args.h"
#include "buffer.h"
#include "modules/compression.h"
#include "modules/lzma.h"

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };

#define CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)

typedef struct Compressor {
    TyObject ob;
    lzma_stream lzs;
    bool flushed;
} Compressor;

typedef struct Decompressor {
    TyObject ob;
    lzma_stream lzs;
    int check;
    TyDecompressState state;
} Decompressor;

static TyType Compressor_Type, Decompressor_Type;

/* liblzma's status as CPython's exception: 0 for a success status, -1
** with the exception otherwise. */
static int lz_error(lzma_ret status)
{
    const char *msg;
    switch (status) {
    case LZMA_OK: case LZMA_GET_CHECK: case LZMA_NO_CHECK: case LZMA_STREAM_END:
        return 0;
    case LZMA_MEM_ERROR:
        tyErr_noMemory();
        return -1;
    case LZMA_UNSUPPORTED_CHECK: msg = "Unsupported integrity check"; break;
    case LZMA_MEMLIMIT_ERROR: msg = "Memory usage limit exceeded"; break;
    case LZMA_FORMAT_ERROR: msg = "Input format not supported by decoder"; break;
    case LZMA_OPTIONS_ERROR: msg = "Invalid or unsupported options"; break;
    case LZMA_DATA_ERROR: msg = "Corrupt input data"; break;
    case LZMA_BUF_ERROR: msg = "Insufficient buffer space"; break;
    case LZMA_PROG_ERROR: msg = "Internal error"; break;
    default:
        tyErr_format((TyType *)ty_state.mod.lzma.error, "Unrecognized error from liblzma: %d", (int)status);
        return -1;
    }
    tyErr_setString((TyType *)ty_state.mod.lzma.error, msg);
    return -1;
}

/* ---- argument conversions ---------------------------------------------------------- */

/*
** An unsigned value as CPython's PyLong_AsUnsignedLongLong reads it (an
** int only: TypeError "an integer is required"; "can't convert negative
** int to unsigned"), then checked against `max` ("Value too large for
** <type_name> type").  0, or -1 with the exception.
*/
static int unsigned_arg(TyObject *o, uint64_t max, const char *type_name, uint64_t *out)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_setString(&TyExc_TypeError, "an integer is required");
        return -1;
    }
    if (tyInt_sign(o) < 0) {
        tyErr_setString(&TyExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    int64_t small;
    uint64_t v;
    if (tyInt_asI64(o, &small) == 0) {
        v = (uint64_t)small;
    } else {
        tyErr_clear();
        v = tyInt_asU64Mask(o);
        TyObject *back = tyInt_fromU64(v);
        if (!back)
            return -1;
        int same = tyObj_richCompareBool(back, o, TY_EQ);
        TY_DECREF(back);
        if (same < 0)
            return -1;
        if (!same) {
            tyErr_setString(&TyExc_OverflowError, "int too big to convert");
            return -1;
        }
    }
    if (v > max) {
        tyErr_format(&TyExc_OverflowError, "Value too large for %s type", type_name);
        return -1;
    }
    *out = v;
    return 0;
}

static int u32_arg(TyObject *o, uint32_t *out)
{
    uint64_t v;
    if (unsigned_arg(o, UINT32_MAX, "uint32_t", &v) < 0)
        return -1;
    *out = (uint32_t)v;
    return 0;
}

/* ---- filter specifiers ------------------------------------------------------------- */

/* spec[name] (new reference), NULL with no exception when absent. */
static TyObject *spec_item(TyObject *spec, const char *name)
{
    TyObject *key = tyStr_fromCStr(name);
    TyObject *v = key ? tyObj_getItem(spec, key) : NULL;
    TY_XDECREF(key);
    if (!v && tyErr_exceptionMatches(&TyExc_KeyError))
        tyErr_clear();
    return v;
}

/*
** Sets the options a filter specifier names, as CPython's keyword parsing
** of the dict does: every key must be one of `names` (whose first two,
** "id" and for LZMA "preset", are read elsewhere and skipped here), and
** each value converts to a 32-bit unsigned field; fields[i] receives
** names[i]'s value.  Any failure is ValueError "Invalid filter specifier
** for <kind> filter".  0 or -1.
*/
static int spec_options(TyObject *spec, const char *kind, const char *const *names, int nskip,
                        uint32_t *const *fields)
{
    ssize_t pos = 0;
    TyObject *key, *value;
    bool bad = !TY_DICT_CHECK(spec);
    while (!bad && tyDict_next(spec, &pos, &key, &value)) {
        int i = 0;
        while (names[i] && !(TY_STR_CHECK(key) && strcmp(TY_STR_UTF8(key), names[i]) == 0))
            i++;
        if (!names[i] || (i >= nskip && u32_arg(value, fields[i - nskip]) < 0))
            bad = true;
    }
    if (!bad)
        return 0;
    tyErr_clear();
    tyErr_format(&TyExc_ValueError, "Invalid filter specifier for %s filter", kind);
    return -1;
}

/* The options of an LZMA1/LZMA2 filter (malloc'd, NULL with the
** exception): the preset's defaults, then the specifier's fields. */
static void *lzma_options(TyObject *spec)
{
    static const char *const names[] = { "id", "preset", "dict_size", "lc", "lp", "pb", "mode",
                                         "nice_len", "mf", "depth", NULL };
    uint32_t preset = LZMA_PRESET_DEFAULT;
    TyObject *p = spec_item(spec, "preset");
    if (!p && tyErr_occurred())
        return NULL;
    if (p) {
        int r = u32_arg(p, &preset);
        TY_DECREF(p);
        if (r < 0)
            return NULL;
    }
    lzma_options_lzma *o = tyMem_calloc(1, sizeof *o);
    if (!o)
        return tyErr_noMemory();
    if (lzma_lzma_preset(o, preset)) {
        tyMem_free(o);
        return tyErr_format((TyType *)ty_state.mod.lzma.error, "Invalid compression preset: %u", preset);
    }
    uint32_t mode = o->mode, mf = o->mf;
    uint32_t *const fields[] = { &o->dict_size, &o->lc, &o->lp, &o->pb, &mode, &o->nice_len, &mf, &o->depth };
    if (spec_options(spec, "LZMA", names, 2, fields) < 0) {
        tyMem_free(o);
        return NULL;
    }
    o->mode = (lzma_mode)mode;
    o->mf = (lzma_match_finder)mf;
    return o;
}

static void *delta_options(TyObject *spec)
{
    static const char *const names[] = { "id", "dist", NULL };
    uint32_t dist = 1;
    uint32_t *const fields[] = { &dist };
    if (spec_options(spec, "delta", names, 1, fields) < 0)
        return NULL;
    lzma_options_delta *o = tyMem_calloc(1, sizeof *o);
    if (!o)
        return tyErr_noMemory();
    o->type = LZMA_DELTA_TYPE_BYTE;
    o->dist = dist;
    return o;
}

static void *bcj_options(TyObject *spec)
{
    static const char *const names[] = { "id", "start_offset", NULL };
    uint32_t start = 0;
    uint32_t *const fields[] = { &start };
    if (spec_options(spec, "BCJ", names, 1, fields) < 0)
        return NULL;
    lzma_options_bcj *o = tyMem_calloc(1, sizeof *o);
    if (!o)
        return tyErr_noMemory();
    o->start_offset = start;
    return o;
}

/* One filter from its specifier: f->id and f->options (malloc'd).  0, or
** -1 with the exception (f->id is then LZMA_VLI_UNKNOWN). */
static int parse_filter(TyObject *spec, lzma_filter *f)
{
    f->id = LZMA_VLI_UNKNOWN;
    f->options = NULL;
    if (!TY_TYPE(spec)->subscript) {
        tyErr_setString(&TyExc_TypeError, "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    TyObject *id = spec_item(spec, "id");
    if (!id) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_ValueError, "Filter specifier must have an \"id\" entry");
        return -1;
    }
    uint64_t v;
    int r = unsigned_arg(id, UINT64_MAX, "lzma_vli", &v);
    TY_DECREF(id);
    if (r < 0)
        return -1;
    void *options;
    switch (v) {
    case LZMA_FILTER_LZMA1: case LZMA_FILTER_LZMA2:
        options = lzma_options(spec);
        break;
    case LZMA_FILTER_DELTA:
        options = delta_options(spec);
        break;
    case LZMA_FILTER_X86: case LZMA_FILTER_POWERPC: case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM: case LZMA_FILTER_ARMTHUMB: case LZMA_FILTER_SPARC:
        options = bcj_options(spec);
        break;
    default:
        tyErr_format(&TyExc_ValueError, "Invalid filter ID: %llu", (unsigned long long)v);
        return -1;
    }
    if (!options)
        return -1;
    f->id = v;
    f->options = options;
    return 0;
}

static void free_chain(lzma_filter *filters)
{
    for (int i = 0; filters[i].id != LZMA_VLI_UNKNOWN; i++)
        tyMem_free(filters[i].options);
}

/* A filter chain from a sequence of specifiers, ended by an
** LZMA_VLI_UNKNOWN entry (filters has LZMA_FILTERS_MAX + 1 entries).  0,
** or -1 with the exception and nothing left allocated. */
static int parse_chain(TyObject *specs, lzma_filter *filters)
{
    filters[0].id = LZMA_VLI_UNKNOWN;
    /* CPython takes the chain's length as a sequence's: a dict has none. */
    if (TY_DICT_CHECK_EXACT(specs)) {
        tyErr_setString(&TyExc_TypeError, "dict is not a sequence");
        return -1;
    }
    ssize_t n = tyObj_length(specs);
    if (n < 0)
        return -1;
    if (n > LZMA_FILTERS_MAX) {
        tyErr_format(&TyExc_ValueError, "Too many filters - liblzma supports a maximum of %d", LZMA_FILTERS_MAX);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        TyObject *index = tyInt_fromI64(i);
        TyObject *spec = index ? tyObj_getItem(specs, index) : NULL;
        TY_XDECREF(index);
        int r = spec ? parse_filter(spec, &filters[i]) : -1;
        TY_XDECREF(spec);
        if (r < 0) {
            filters[i].id = LZMA_VLI_UNKNOWN;
            free_chain(filters);
            return -1;
        }
        filters[i + 1].id = LZMA_VLI_UNKNOWN;
    }
    return 0;
}

/* A filter's options as a specifier dict, as lzma_properties_decode fills
** them: new reference, or NULL. */
static TyObject *filter_spec(const lzma_filter *f)
{
    const char *names[4];
    uint64_t values[4];
    int n = 0;
    switch (f->id) {
    case LZMA_FILTER_LZMA1: {
        const lzma_options_lzma *o = f->options;
        names[0] = "lc", values[0] = o->lc;
        names[1] = "lp", values[1] = o->lp;
        names[2] = "pb", values[2] = o->pb;
        names[3] = "dict_size", values[3] = o->dict_size;
        n = 4;
        break;
    }
    case LZMA_FILTER_LZMA2:
        names[0] = "dict_size", values[0] = ((const lzma_options_lzma *)f->options)->dict_size;
        n = 1;
        break;
    case LZMA_FILTER_DELTA:
        names[0] = "dist", values[0] = ((const lzma_options_delta *)f->options)->dist;
        n = 1;
        break;
    case LZMA_FILTER_X86: case LZMA_FILTER_POWERPC: case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM: case LZMA_FILTER_ARMTHUMB: case LZMA_FILTER_SPARC:
        names[0] = "start_offset";
        values[0] = f->options ? ((const lzma_options_bcj *)f->options)->start_offset : 0;
        n = 1;
        break;
    default:
        return tyErr_format(&TyExc_ValueError, "Invalid filter ID: %llu", (unsigned long long)f->id);
    }
    TyObject *spec = tyDict_new();
    int r = spec ? 0 : -1;
    for (int i = -1; r == 0 && i < n; i++) {
        TyObject *key = tyStr_internC(i < 0 ? "id" : names[i]);
        TyObject *value = tyInt_fromU64(i < 0 ? f->id : values[i]);
        r = key && value ? tyDict_setItem(spec, key, value) : -1;
        TY_XDECREF(key);
        TY_XDECREF(value);
    }
    if (r < 0)
        TY_CLEAR(spec);
    return spec;
}

/* ---- LZMACompressor ----------------------------------------------------------------- */

/* The compressor's TyCompressRun: liblzma's LZMA_RUN until the input is
** taken, or LZMA_FINISH until the stream ends. */
static TyObject *compress_run(TyObject *self, const char *data, size_t len, bool finish)
{
    Compressor *c = (Compressor *)self;
    lzma_action action = finish ? LZMA_FINISH : LZMA_RUN;
    TyStrBuilder out;
    tyBuf_init(&out);
    ssize_t room = tyCompress_outRoom(&out, -1);
    if (room < 0)
        goto fail;
    c->lzs.next_out = (uint8_t *)out.data;
    c->lzs.avail_out = (size_t)room;
    c->lzs.next_in = (const uint8_t *)data;
    c->lzs.avail_in = len;
    for (;;) {
        uint8_t *start = c->lzs.next_out;
        lzma_ret status = lzma_code(&c->lzs, action);
        out.len += (size_t)(c->lzs.next_out - start);
        if (status == LZMA_BUF_ERROR && len == 0 && c->lzs.avail_out > 0)
            status = LZMA_OK;
        if (lz_error(status) < 0)
            goto fail;
        if ((action == LZMA_RUN && c->lzs.avail_in == 0) || (action == LZMA_FINISH && status == LZMA_STREAM_END))
            break;
        if (c->lzs.avail_out == 0) {
            if ((room = tyCompress_outRoom(&out, -1)) < 0)
                goto fail;
            c->lzs.next_out = (uint8_t *)out.data + out.len;
            c->lzs.avail_out = (size_t)room;
        }
    }
    return tyCompress_outFinish(&out);
fail:
    tyBuf_free(&out);
    return NULL;
}

/* Sets up an xz, alone or raw encoder on lzs.  0, or -1 with the
** exception. */
static int init_encoder(lzma_stream *lzs, int format, int check, uint32_t preset, TyObject *specs)
{
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    lzma_ret status;
    if (format == FORMAT_RAW && specs == TY_NONE) {
        tyErr_setString(&TyExc_ValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    if (specs == TY_NONE) {
        if (format == FORMAT_XZ)
            return lz_error(lzma_easy_encoder(lzs, preset, check == -1 ? LZMA_CHECK_CRC64 : (lzma_check)check));
        lzma_options_lzma options;
        if (lzma_lzma_preset(&options, preset)) {
            tyErr_format((TyType *)ty_state.mod.lzma.error, "Invalid compression preset: %u", preset);
            return -1;
        }
        return lz_error(lzma_alone_encoder(lzs, &options));
    }
    if (parse_chain(specs, filters) < 0)
        return -1;
    if (format == FORMAT_XZ) {
        status = lzma_stream_encoder(lzs, filters, check == -1 ? LZMA_CHECK_CRC64 : (lzma_check)check);
    } else if (format == FORMAT_RAW) {
        status = lzma_raw_encoder(lzs, filters);
    } else if (filters[0].id == LZMA_FILTER_LZMA1 && filters[1].id == LZMA_VLI_UNKNOWN) {
        status = lzma_alone_encoder(lzs, filters[0].options);
    } else {
        free_chain(filters);
        tyErr_setString(&TyExc_ValueError, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        return -1;
    }
    free_chain(filters);
    return lz_error(status);
}

/* LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None). */
static TyObject *compressor_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "format", "check", "preset", "filters", NULL };
    TyObject *a[4];
    if (tyArg_unpack("LZMACompressor", args, nargs, kwnames, names, 0, 4, a) < 0)
        return NULL;
    int format = FORMAT_XZ, check = -1;
    if ((a[0] && tyArg_intI(a[0], &format) < 0) || (a[1] && tyArg_intI(a[1], &check) < 0))
        return NULL;
    TyObject *preset_obj = a[2] ? a[2] : TY_NONE, *specs = a[3] ? a[3] : TY_NONE;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE)
        return tyErr_setString(&TyExc_ValueError, "Integrity checks are only supported by FORMAT_XZ");
    if (preset_obj != TY_NONE && specs != TY_NONE)
        return tyErr_setString(&TyExc_ValueError, "Cannot specify both preset and filter chain");
    uint32_t preset = LZMA_PRESET_DEFAULT;
    if (preset_obj != TY_NONE && u32_arg(preset_obj, &preset) < 0)
        return NULL;
    if (format != FORMAT_XZ && format != FORMAT_ALONE && format != FORMAT_RAW)
        return tyErr_format(&TyExc_ValueError, "Invalid container format: %d", format);
    Compressor *c = (Compressor *)tyObj_alloc(type);
    if (!c)
        return NULL;
    c->lzs = (lzma_stream)LZMA_STREAM_INIT;
    c->flushed = false;
    if (init_encoder(&c->lzs, format, check, preset, specs) < 0) {
        TY_DECREF(c);
        return NULL;
    }
    return (TyObject *)c;
}

static void compressor_dealloc(TyObject *o)
{
    lzma_end(&((Compressor *)o)->lzs);
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
    .name = "_lzma.LZMACompressor",
    .doc = "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n"
           "Create a compressor object for compressing data incrementally.\n\n"
           "format specifies the container format to use for the output. This can\n"
           "be FORMAT_XZ (default), FORMAT_ALONE, or FORMAT_RAW.\n\n"
           "check specifies the integrity check to use. For FORMAT_XZ, the default\n"
           "is CHECK_CRC64. FORMAT_ALONE and FORMAT_RAW do not support integrity\n"
           "checks; for these formats, check must be omitted, or be CHECK_NONE.\n\n"
           "The settings used by the compressor can be specified either as a\n"
           "preset compression level (with the 'preset' argument), or in detail\n"
           "as a custom filter chain (with the 'filters' argument). For FORMAT_XZ\n"
           "and FORMAT_ALONE, the default is to use the PRESET_DEFAULT preset\n"
           "level. For FORMAT_RAW, the caller must always specify a filter chain;\n"
           "the raw compressor does not support preset compression levels.\n\n"
           "preset (if provided) should be an integer in the range 0-9, optionally\n"
           "OR-ed with the constant PRESET_EXTREME.\n\n"
           "filters (if provided) should be a sequence of dicts. Each dict should\n"
           "have an entry for \"id\" indicating the ID of the filter, plus\n"
           "additional entries for options to the filter.\n\n"
           "For one-shot compression, use the compress() function instead.\n",
    .basicsize = sizeof(Compressor),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = compressor_dealloc,
    .methods = compressor_methods,
    .tp_new = compressor_new,
};

/* ---- LZMADecompressor --------------------------------------------------------------- */

/*
** Decompresses d->lzs's input into new output of at most max_length bytes
** (< 0: no limit), as CPython's decompress_buf: stops at the end of the
** stream, at the limit, or when the input is used up and the output has
** room.  Bytes (new reference), or NULL.
*/
static TyObject *decompress_run(Decompressor *d, ssize_t max_length)
{
    TyStrBuilder out;
    tyBuf_init(&out);
    ssize_t room = tyCompress_outRoom(&out, max_length);
    if (room < 0)
        goto fail;
    d->lzs.next_out = (uint8_t *)out.data;
    d->lzs.avail_out = (size_t)room;
    for (;;) {
        uint8_t *start = d->lzs.next_out;
        lzma_ret status = lzma_code(&d->lzs, LZMA_RUN);
        out.len += (size_t)(d->lzs.next_out - start);
        if (status == LZMA_BUF_ERROR && d->lzs.avail_in == 0 && d->lzs.avail_out > 0)
            status = LZMA_OK;
        if (lz_error(status) < 0)
            goto fail;
        if (status == LZMA_GET_CHECK || status == LZMA_NO_CHECK)
            d->check = (int)lzma_get_check(&d->lzs);
        if (status == LZMA_STREAM_END) {
            d->state.eof = true;
            break;
        }
        if (d->lzs.avail_out == 0) {
            /* liblzma may hold more output even with no input left. */
            if (max_length >= 0 && out.len == (size_t)max_length)
                break;
            if ((room = tyCompress_outRoom(&out, max_length)) < 0)
                goto fail;
            d->lzs.next_out = (uint8_t *)out.data + out.len;
            d->lzs.avail_out = (size_t)room;
        } else if (d->lzs.avail_in == 0) {
            break;
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
    if (tyDecompress_begin(&d->state, "Already at end of stream", args, nargs, kwnames, &in, &avail,
                           &max_length) < 0)
        return NULL;
    d->lzs.next_in = (const uint8_t *)in;
    d->lzs.avail_in = avail;
    TyObject *r = decompress_run(d, max_length);
    const char *rest = (const char *)d->lzs.next_in;
    avail = d->lzs.avail_in;
    d->lzs.next_in = NULL;
    d->lzs.avail_in = 0;
    /* With no input left but the output full, liblzma may still hold
    ** output for the next call. */
    return tyDecompress_end(&d->state, r, rest, avail, d->lzs.avail_out == 0);
}

/* LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None). */
static TyObject *decompressor_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "format", "memlimit", "filters", NULL };
    TyObject *a[3];
    if (tyArg_unpack("LZMADecompressor", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    int format = FORMAT_AUTO;
    if (a[0] && tyArg_int(a[0], &format) < 0)
        return NULL;
    TyObject *memlimit = a[1] ? a[1] : TY_NONE, *specs = a[2] ? a[2] : TY_NONE;
    uint64_t limit = UINT64_MAX;
    if (memlimit != TY_NONE) {
        if (format == FORMAT_RAW)
            return tyErr_setString(&TyExc_ValueError, "Cannot specify memory limit with FORMAT_RAW");
        if (unsigned_arg(memlimit, UINT64_MAX, "uint64_t", &limit) < 0)
            return NULL;
    }
    if (format == FORMAT_RAW && specs == TY_NONE)
        return tyErr_setString(&TyExc_ValueError, "Must specify filters for FORMAT_RAW");
    if (format != FORMAT_RAW && specs != TY_NONE)
        return tyErr_setString(&TyExc_ValueError, "Cannot specify filters except with FORMAT_RAW");
    if (format < FORMAT_AUTO || format > FORMAT_RAW)
        return tyErr_format(&TyExc_ValueError, "Invalid container format: %d", format);
    Decompressor *d = (Decompressor *)tyObj_alloc(type);
    if (!d)
        return NULL;
    d->lzs = (lzma_stream)LZMA_STREAM_INIT;
    d->check = format == FORMAT_ALONE || format == FORMAT_RAW ? LZMA_CHECK_NONE : CHECK_UNKNOWN;
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    int r = tyDecompress_init(&d->state);
    if (r == 0 && format == FORMAT_AUTO)
        r = lz_error(lzma_auto_decoder(&d->lzs, limit, flags));
    else if (r == 0 && format == FORMAT_XZ)
        r = lz_error(lzma_stream_decoder(&d->lzs, limit, flags));
    else if (r == 0 && format == FORMAT_ALONE)
        r = lz_error(lzma_alone_decoder(&d->lzs, limit));
    else if (r == 0) {
        lzma_filter filters[LZMA_FILTERS_MAX + 1];
        r = parse_chain(specs, filters);
        if (r == 0) {
            r = lz_error(lzma_raw_decoder(&d->lzs, filters));
            free_chain(filters);
        }
    }
    if (r < 0) {
        TY_DECREF(d);
        return NULL;
    }
    return (TyObject *)d;
}

static void decompressor_dealloc(TyObject *o)
{
    Decompressor *d = (Decompressor *)o;
    lzma_end(&d->lzs);
    tyDecompress_fini(&d->state);
    tyObj_free(o);
}

static TyObject *get_check(TyObject *self)
{
    return tyInt_fromI64(((Decompressor *)self)->check);
}

static TyObject *get_eof(TyObject *self)
{
    return tyBool_from(((Decompressor *)self)->state.eof);
}

static TyObject *get_needs_input(TyObject *self)
{
    return tyBool_from(((Decompressor *)self)->state.needs_input);
}

static TyObject *get_unused_data(TyObject *self)
{
    return TY_NEWREF(((Decompressor *)self)->state.unused_data);
}

static TyMethodDef decompressor_methods[] = {
    { "decompress", decompressor_decompress, TY_METH_DEFAULT, TY_DECOMPRESS_DOC },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef decompressor_getset[] = {
    { "check", get_check, NULL, "ID of the integrity check used by the input stream.", true },
    { "eof", get_eof, NULL, TY_DECOMPRESS_EOF_DOC, true },
    { "needs_input", get_needs_input, NULL, TY_DECOMPRESS_NEEDS_INPUT_DOC, true },
    { "unused_data", get_unused_data, NULL, TY_DECOMPRESS_UNUSED_DOC, true },
    { NULL, NULL, NULL, NULL, false },
};

static TyType Decompressor_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_lzma.LZMADecompressor",
    .doc = "Create a decompressor object for decompressing data incrementally.\n\n"
           "  format\n"
           "    Specifies the container format of the input stream.  If this is\n"
           "    FORMAT_AUTO (the default), the decompressor will automatically detect\n"
           "    whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with\n"
           "    FORMAT_RAW cannot be autodetected.\n"
           "  memlimit\n"
           "    Limit the amount of memory used by the decompressor.  This will cause\n"
           "    decompression to fail if the input cannot be decompressed within the\n"
           "    given limit.\n"
           "  filters\n"
           "    A custom filter chain.  This argument is required for FORMAT_RAW, and\n"
           "    not accepted with any other format.  When provided, this should be a\n"
           "    sequence of dicts, each indicating the ID and options for a single\n"
           "    filter.\n\n"
           "For one-shot decompression, use the decompress() function instead.",
    .basicsize = sizeof(Decompressor),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = decompressor_dealloc,
    .methods = decompressor_methods,
    .getset = decompressor_getset,
    .tp_new = decompressor_new,
};

/* ---- module functions --------------------------------------------------------------- */

/* is_check_supported(check_id, /). */
static TyObject *lz_is_check_supported(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int check;
    if (tyArg_noKeywords("is_check_supported", kwnames) < 0 ||
        tyArg_checkCount("is_check_supported", nargs, 1, 1) < 0 || tyArg_int(args[0], &check) < 0)
        return NULL;
    return tyBool_from(lzma_check_is_supported((lzma_check)check));
}

/* _encode_filter_properties(filter, /): the filter's encoded options. */
static TyObject *lz_encode_filter_properties(TyObject *m, TyObject *const *args, size_t nargs,
                                             TyObject *kwnames)
{
    if (tyArg_noKeywords("_encode_filter_properties", kwnames) < 0 ||
        tyArg_checkPositional("_encode_filter_properties", nargs, 1, 1) < 0)
        return NULL;
    lzma_filter f;
    if (parse_filter(args[0], &f) < 0)
        return NULL;
    uint32_t size;
    TyObject *r = NULL;
    if (lz_error(lzma_properties_size(&size, &f)) == 0) {
        char *buf = tyMem_malloc(size ? size : 1);
        if (!buf)
            tyErr_noMemory();
        else if (lz_error(lzma_properties_encode(&f, (uint8_t *)buf)) == 0)
            r = tyBytes_fromData(buf, size);
        tyMem_free(buf);
    }
    tyMem_free(f.options);
    return r;
}

/* _decode_filter_properties(filter_id, encoded_props, /): the filter's
** specifier dict. */
static TyObject *lz_decode_filter_properties(TyObject *m, TyObject *const *args, size_t nargs,
                                             TyObject *kwnames)
{
    if (tyArg_noKeywords("_decode_filter_properties", kwnames) < 0 ||
        tyArg_checkCount("_decode_filter_properties", nargs, 2, 2) < 0)
        return NULL;
    uint64_t id;
    TyBuffer view;
    if (unsigned_arg(args[0], UINT64_MAX, "lzma_vli", &id) < 0 || tyBuffer_get(args[1], &view) < 0)
        return NULL;
    lzma_filter f = { .id = id, .options = NULL };
    if (lz_error(lzma_properties_decode(&f, NULL, (const uint8_t *)view.data, (size_t)view.len)) < 0)
        return NULL;
    TyObject *r = filter_spec(&f);
    /* liblzma allocated the options with the C library's allocator. */
    free(f.options);
    return r;
}

static TyMethodDef lzma_functions[] = {
    { "is_check_supported", lz_is_check_supported, TY_METH_DEFAULT,
      "Test whether the given integrity check is supported.\n\n"
      "Always returns True for CHECK_NONE and CHECK_CRC32." },
    { "_encode_filter_properties", lz_encode_filter_properties, TY_METH_DEFAULT,
      "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\n"
      "The result does not include the filter ID itself, only the options." },
    { "_decode_filter_properties", lz_decode_filter_properties, TY_METH_DEFAULT,
      "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\n"
      "The result does not include the filter ID itself, only the options." },
    { NULL, NULL, 0, NULL },
};

/* ---- the module --------------------------------------------------------------------- */

static TyType *const module_types[] = { &Compressor_Type, &Decompressor_Type };

TyObject *tyLzma_create(void)
{
    static const struct { const char *name; int64_t value; } constants[] = {
        { "FORMAT_AUTO", FORMAT_AUTO }, { "FORMAT_XZ", FORMAT_XZ }, { "FORMAT_ALONE", FORMAT_ALONE },
        { "FORMAT_RAW", FORMAT_RAW }, { "CHECK_NONE", LZMA_CHECK_NONE }, { "CHECK_CRC32", LZMA_CHECK_CRC32 },
        { "CHECK_CRC64", LZMA_CHECK_CRC64 }, { "CHECK_SHA256", LZMA_CHECK_SHA256 },
        { "CHECK_ID_MAX", LZMA_CHECK_ID_MAX }, { "CHECK_UNKNOWN", CHECK_UNKNOWN },
        { "FILTER_LZMA1", (int64_t)LZMA_FILTER_LZMA1 }, { "FILTER_LZMA2", LZMA_FILTER_LZMA2 },
        { "FILTER_DELTA", LZMA_FILTER_DELTA }, { "FILTER_X86", LZMA_FILTER_X86 },
        { "FILTER_IA64", LZMA_FILTER_IA64 }, { "FILTER_ARM", LZMA_FILTER_ARM },
        { "FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB }, { "FILTER_SPARC", LZMA_FILTER_SPARC },
        { "FILTER_POWERPC", LZMA_FILTER_POWERPC }, { "MF_HC3", LZMA_MF_HC3 }, { "MF_HC4", LZMA_MF_HC4 },
        { "MF_BT2", LZMA_MF_BT2 }, { "MF_BT3", LZMA_MF_BT3 }, { "MF_BT4", LZMA_MF_BT4 },
        { "MODE_FAST", LZMA_MODE_FAST }, { "MODE_NORMAL", LZMA_MODE_NORMAL },
        { "PRESET_DEFAULT", LZMA_PRESET_DEFAULT }, { "PRESET_EXTREME", (int64_t)LZMA_PRESET_EXTREME },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (!ty_state.mod.lzma.error) {
        ty_state.mod.lzma.error = tyExc_newClass("_lzma", "LZMAError", &TyExc_Exception);
        if (!ty_state.mod.lzma.error)
            return NULL;
        TyObject *doc = tyStr_fromCStr("Call to liblzma failed.");
        int r = doc ? tyObj_setAttrStr(ty_state.mod.lzma.error, "__doc__", doc) : -1;
        TY_XDECREF(doc);
        if (r < 0)
            return NULL;
    }
    TyObject *m = tyModule_new("_lzma", lzma_functions);
    int r = m ? 0 : -1;
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(constants); i++)
        r = tyModule_addInt(m, constants[i].name, constants[i].value);
    if (r == 0)
        r = tyModule_addObject(m, "LZMAError", ty_state.mod.lzma.error);
    if (r == 0)
        r = tyModule_addObject(m, "LZMACompressor", (TyObject *)&Compressor_Type);
    if (r == 0)
        r = tyModule_addObject(m, "LZMADecompressor", (TyObject *)&Decompressor_Type);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tyLzma_fini(void)
{
    TY_CLEAR(ty_state.mod.lzma.error);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
