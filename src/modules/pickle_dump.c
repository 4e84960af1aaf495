/*
** pickle_dump.c — _pickle.Pickler: the pickling half of CPython's C
** pickler, with pickle.py's opcodes and CPython 3.11's C choices where
** they differ from pickle.py (None, bools, exact ints and floats are
** never memoized nor shown to reducer_override; exact lists and dicts are
** written from their storage, with the mutation checks of _pickle.c).
**
** Output goes to a growing C buffer.  From protocol 4 the buffer holds
** the current frame behind 9 reserved header bytes; a frame is closed at
** an opcode boundary once it reaches 64 KiB (and then, with a file,
** written out), and a frame under 4 bytes loses its header, as in
** _pickle.c.  The memo is an open-addressing table keyed by object
** address that owns a reference to each key.
*/
#include "modules/pickle_impl.h"
#include "objects/set.h"
#include "objects/func.h"
#include "objects/bytearray.h"
#include "objects/float.h"
#include "import.h"
#include "buffer.h"
#include "objects/picklebuffer.h"

#define TY_SSIZE_MAX_PICKLE ((ssize_t)PTRDIFF_MAX)
#define FRAME_SIZE_TARGET (64 * 1024)
#define FRAME_SIZE_MIN 4
#define FRAME_HEADER_SIZE 9
#define BATCHSIZE 1000
#define FAST_NESTING_LIMIT 50

typedef struct MemoEntry {
    TyObject *key;          /* owned; NULL for an empty slot */
    ssize_t index;
} MemoEntry;

typedef struct Memo {
    MemoEntry *table;
    size_t mask;            /* capacity - 1 (capacity a power of two) */
    ssize_t used;
} Memo;

typedef struct Pickler {
    TyObject ob;
    Memo memo;
    char *out;
    ssize_t out_len, out_cap;
    ssize_t frame_start;    /* offset of the open frame's header, or -1 */
    TyObject *write;        /* file.write, or NULL for dumps(); NULL before __init__ too */
    TyObject *pers_func;
    TyObject *dispatch_table;
    TyObject *reducer_override;
    TyObject *buffer_callback;
    TyObject *fast_memo;    /* dict id -> obj once fast mode nests deep */
    int proto, bin, fast, fix_imports, framing, fast_nesting;
    bool inited;
} Pickler;

typedef struct MemoProxy {
    TyObject ob;
    Pickler *pickler;
} MemoProxy;

/* ---- the memo table ------------------------------------------------------------------ */

static size_t memo_hash(TyObject *key)
{
    uintptr_t h = (uintptr_t)key >> 4;
    return (size_t)(h * 0x9E3779B97F4A7C15ull);
}

/* The slot of key, or of the empty slot where it would go. */
static MemoEntry *memo_slot(Memo *m, TyObject *key)
{
    size_t i = memo_hash(key) & m->mask;
    while (m->table[i].key && m->table[i].key != key)
        i = (i + 1) & m->mask;
    return &m->table[i];
}

/* The index memoized for key, or -1. */
static ssize_t memo_lookup(Memo *m, TyObject *key)
{
    if (!m->table)
        return -1;
    MemoEntry *e = memo_slot(m, key);
    return e->key ? e->index : -1;
}

static int memo_grow(Memo *m)
{
    size_t cap = m->table ? (m->mask + 1) * 2 : 8;
    while ((size_t)m->used * 3 >= cap * 2)
        cap *= 2;
    MemoEntry *old = m->table;
    size_t oldcap = old ? m->mask + 1 : 0;
    MemoEntry *t = tyMem_calloc(cap, sizeof(MemoEntry));
    if (!t) {
        tyErr_noMemory();
        return -1;
    }
    m->table = t;
    m->mask = cap - 1;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].key)
            *memo_slot(m, old[i].key) = old[i];
    tyMem_free(old);
    return 0;
}

/* memo[key] = index, taking a reference to key when it is new: 0 / -1. */
static int memo_set(Memo *m, TyObject *key, ssize_t index)
{
    if ((!m->table || (size_t)(m->used + 1) * 3 >= (m->mask + 1) * 2) && memo_grow(m) < 0)
        return -1;
    MemoEntry *e = memo_slot(m, key);
    if (!e->key) {
        e->key = TY_NEWREF(key);
        m->used++;
    }
    e->index = index;
    return 0;
}

/* Empties the memo, releasing its keys (which may run arbitrary code). */
static void memo_clear(Memo *m)
{
    MemoEntry *t = m->table;
    size_t cap = t ? m->mask + 1 : 0;
    m->table = NULL;
    m->mask = 0;
    m->used = 0;
    for (size_t i = 0; i < cap; i++)
        TY_XDECREF(t[i].key);
    tyMem_free(t);
}

/* ---- output -------------------------------------------------------------------------- */

static int out_reserve(Pickler *p, ssize_t n)
{
    if (p->out_len + n <= p->out_cap)
        return 0;
    if (n > TY_SSIZE_MAX_PICKLE - p->out_len) {
        tyErr_noMemory();
        return -1;
    }
    ssize_t cap = p->out_cap ? p->out_cap : 4096;
    while (cap < p->out_len + n)
        cap = cap > TY_SSIZE_MAX_PICKLE / 2 ? p->out_len + n : cap * 2;
    char *b = tyMem_realloc(p->out, (size_t)cap);
    if (!b) {
        tyErr_noMemory();
        return -1;
    }
    p->out = b;
    p->out_cap = cap;
    return 0;
}

/* out_write's general case: growing the buffer, opening a frame. */
static int out_write_slow(Pickler *p, const char *s, ssize_t n)
{
    bool new_frame = p->framing && p->frame_start == -1;
    if (out_reserve(p, n + (new_frame ? FRAME_HEADER_SIZE : 0)) < 0)
        return -1;
    if (new_frame) {
        p->frame_start = p->out_len;
        memset(p->out + p->out_len, 0, FRAME_HEADER_SIZE);
        p->out_len += FRAME_HEADER_SIZE;
    }
    if (n == 1)
        p->out[p->out_len] = *s;
    else
        memcpy(p->out + p->out_len, s, (size_t)n);
    p->out_len += n;
    return 0;
}

/* Appends n bytes, opening a frame first when framing has none open. */
static inline int out_write(Pickler *p, const char *s, ssize_t n)
{
    if (TY_LIKELY(p->out_len + n <= p->out_cap && (!p->framing || p->frame_start != -1))) {
        memcpy(p->out + p->out_len, s, (size_t)n);
        p->out_len += n;
        return 0;
    }
    return out_write_slow(p, s, n);
}

static int out_op(Pickler *p, int op)
{
    char c = (char)op;
    return out_write(p, &c, 1);
}

static void put_le(char *s, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        s[i] = (char)(v >> (8 * i));
}

/* An opcode followed by an n-byte little-endian argument. */
static int out_op_arg(Pickler *p, int op, uint64_t v, int n)
{
    char b[9];
    b[0] = (char)op;
    put_le(b + 1, v, n);
    return out_write(p, b, 1 + n);
}

/* Closes the open frame: its header is filled in, or dropped when the
** frame is under FRAME_SIZE_MIN bytes. */
static void commit_frame(Pickler *p)
{
    if (!p->framing || p->frame_start == -1)
        return;
    ssize_t len = p->out_len - p->frame_start - FRAME_HEADER_SIZE;
    char *q = p->out + p->frame_start;
    if (len >= FRAME_SIZE_MIN) {
        q[0] = (char)OP_FRAME;
        put_le(q + 1, (uint64_t)len, 8);
    } else {
        memmove(q, q + FRAME_HEADER_SIZE, (size_t)len);
        p->out_len -= FRAME_HEADER_SIZE;
    }
    p->frame_start = -1;
}

/* Passes the buffer to file.write and empties it: 0 / -1. */
static int flush_to_file(Pickler *p)
{
    TyObject *b = tyBytes_fromData(p->out, p->out_len);
    if (!b)
        return -1;
    p->out_len = 0;
    TyObject *r = tyObj_callOneArg(p->write, b);
    TY_DECREF(b);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* After each object: a frame that reached its target size is closed and,
** with a file, written out. */
static int opcode_boundary(Pickler *p)
{
    if (!p->framing || p->frame_start == -1)
        return 0;
    if (p->out_len - p->frame_start - FRAME_HEADER_SIZE < FRAME_SIZE_TARGET)
        return 0;
    commit_frame(p);
    return p->write ? flush_to_file(p) : 0;
}

/* header then data; data of a frame's size or more goes outside any frame
** and, with a file, straight to it (payload, when given, is an object
** holding data that can be written as it is). */
static int write_bytes(Pickler *p, const char *header, ssize_t hlen, const char *data, ssize_t n,
                       TyObject *payload)
{
    bool bypass = n >= FRAME_SIZE_TARGET;
    int framing = p->framing;
    if (bypass) {
        commit_frame(p);
        p->framing = 0;
    }
    int r = out_write(p, header, hlen);
    if (r == 0 && bypass && p->write) {
        /* data is copied before file.write runs: that Python code could
        ** resize the bytearray it points into. */
        TyObject *mem = payload ? TY_NEWREF(payload) : tyBytes_fromData(data, n);
        r = mem ? flush_to_file(p) : -1;
        TyObject *res = r == 0 ? tyObj_callOneArg(p->write, mem) : NULL;
        TY_XDECREF(mem);
        if (!res)
            r = -1;
        TY_XDECREF(res);
    } else if (r == 0) {
        r = out_write(p, data, n);
    }
    p->framing = framing;
    return r;
}

/* ---- memo opcodes ---------------------------------------------------------------------- */

static int memo_get(Pickler *p, ssize_t idx)
{
    if (!p->bin) {
        char b[32];
        int n = snprintf(b, sizeof b, "g%zd\n", idx);
        return out_write(p, b, n);
    }
    if (idx < 256)
        return out_op_arg(p, OP_BINGET, (uint64_t)idx, 1);
    return out_op_arg(p, OP_LONG_BINGET, (uint64_t)idx, 4);
}

static int memo_put(Pickler *p, TyObject *obj)
{
    if (p->fast)
        return 0;
    ssize_t idx = p->memo.used;
    if (memo_set(&p->memo, obj, idx) < 0)
        return -1;
    if (p->proto >= 4)
        return out_op(p, OP_MEMOIZE);
    if (!p->bin) {
        char b[32];
        int n = snprintf(b, sizeof b, "p%zd\n", idx);
        return out_write(p, b, n);
    }
    if (idx < 256)
        return out_op_arg(p, OP_BINPUT, (uint64_t)idx, 1);
    return out_op_arg(p, OP_LONG_BINPUT, (uint64_t)idx, 4);
}

/* If obj is memoized now (a recursive reference was pickled while its
** parts were), discard what `pops` would pop and fetch it instead:
** 1 when it did, 0 when obj is not in the memo, -1. */
static int memo_refetch(Pickler *p, TyObject *obj, int popop, ssize_t pops)
{
    ssize_t idx = memo_lookup(&p->memo, obj);
    if (idx < 0)
        return 0;
    for (ssize_t i = 0; i < pops; i++)
        if (out_op(p, popop) < 0)
            return -1;
    return memo_get(p, idx) < 0 ? -1 : 1;
}

/* ---- fast mode ------------------------------------------------------------------------- */

/* Fast mode has no memo, so a cycle would recurse for ever: past
** FAST_NESTING_LIMIT containers deep each one is remembered by address
** and meeting one again is CPython's ValueError. */
static int fast_enter(Pickler *p, TyObject *obj)
{
    if (!p->fast || ++p->fast_nesting < FAST_NESTING_LIMIT)
        return 0;
    if (!p->fast_memo && !(p->fast_memo = tyDict_new()))
        return -1;
    TyObject *key = tyInt_fromU64((uintptr_t)obj);
    if (!key)
        return -1;
    int r = tyDict_contains(p->fast_memo, key);
    if (r > 0) {
        tyErr_format(&TyExc_ValueError,
                     "fast mode: can't pickle cyclic objects including object type %s at %p",
                     tyType_name(TY_TYPE(obj)), (void *)obj);
        r = -1;
    } else if (r == 0) {
        r = tyDict_setItem(p->fast_memo, key, obj);
    }
    TY_DECREF(key);
    return r;
}

static int fast_leave(Pickler *p, TyObject *obj)
{
    if (!p->fast || p->fast_nesting-- < FAST_NESTING_LIMIT || !p->fast_memo)
        return 0;
    TyObject *key = tyInt_fromU64((uintptr_t)obj);
    if (!key)
        return -1;
    int r = tyDict_pop(p->fast_memo, key, NULL);
    TY_DECREF(key);
    return r < 0 ? -1 : 0;
}

/* ---- atoms ----------------------------------------------------------------------------- */

static int save(Pickler *p, TyObject *obj, bool pers_save);

static int save_long(Pickler *p, TyObject *obj)
{
    if (TY_INT_IS_SMALL(obj) && TY_INT_VALUE(obj) >= INT32_MIN && TY_INT_VALUE(obj) <= INT32_MAX) {
        int64_t v = TY_INT_VALUE(obj);
        if (!p->bin) {
            char b[32];
            int n = snprintf(b, sizeof b, "I%lld\n", (long long)v);
            return out_write(p, b, n);
        }
        if (v >= 0 && v <= 0xff)
            return out_op_arg(p, OP_BININT1, (uint64_t)v, 1);
        if (v >= 0 && v <= 0xffff)
            return out_op_arg(p, OP_BININT2, (uint64_t)v, 2);
        return out_op_arg(p, OP_BININT, (uint64_t)(uint32_t)(int32_t)v, 4);
    }
    if (p->proto < 2) {
        TyObject *r = tyObj_repr(obj);
        if (!r)
            return -1;
        int s = out_op(p, OP_LONG);
        if (s == 0)
            s = out_write(p, TY_STR_UTF8(r), TY_STR_NBYTES(r));
        if (s == 0)
            s = out_write(p, "L\n", 2);
        TY_DECREF(r);
        return s;
    }
    /* Two's complement, little-endian, in the fewest bytes that keep the
    ** sign (pickle.py's encode_long). */
    mpz_t z, t;
    mpz_init(z);
    mpz_init(t);
    tyInt_toMpz(obj, z);
    size_t nbits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    size_t nbytes = (nbits >> 3) + 1;
    int r = 0;
    if (nbytes > 0x7fffffffu) {
        tyErr_setString(&TyExc_OverflowError, "int too large to pickle");
        r = -1;
    }
    char *buf = r == 0 ? tyMem_malloc(nbytes) : NULL;
    if (r == 0 && !buf) {
        tyErr_noMemory();
        r = -1;
    }
    if (r == 0) {
        if (mpz_sgn(z) < 0) {
            mpz_set_ui(t, 1);
            mpz_mul_2exp(t, t, 8 * nbytes);
            mpz_add(z, z, t);
        }
        memset(buf, 0, nbytes);
        size_t count = 0;
        mpz_export(buf, &count, -1, 1, 0, 0, z);
        if (mpz_sgn(z) == 0)
            count = 0;
        if (count < nbytes && tyInt_sign(obj) < 0)
            memset(buf + count, 0xff, nbytes - count);
        if (tyInt_sign(obj) < 0 && nbytes > 1 && (unsigned char)buf[nbytes - 1] == 0xff &&
            ((unsigned char)buf[nbytes - 2] & 0x80))
            nbytes--;
        char h[5];
        ssize_t hl;
        if (nbytes < 256) {
            h[0] = (char)OP_LONG1;
            h[1] = (char)nbytes;
            hl = 2;
        } else {
            h[0] = (char)OP_LONG4;
            put_le(h + 1, nbytes, 4);
            hl = 5;
        }
        r = out_write(p, h, hl);
        if (r == 0)
            r = out_write(p, buf, (ssize_t)nbytes);
    }
    tyMem_free(buf);
    mpz_clear(z);
    mpz_clear(t);
    return r;
}

static int save_float(Pickler *p, TyObject *obj)
{
    double x = TY_FLOAT_VALUE(obj);
    if (p->bin) {
        union { double d; uint64_t u; } v = { x };
        char b[9];
        b[0] = (char)OP_BINFLOAT;
        for (int i = 0; i < 8; i++)
            b[1 + i] = (char)(v.u >> (56 - 8 * i));
        return out_write(p, b, 9);
    }
    TyObject *r = tyObj_repr(obj);
    if (!r)
        return -1;
    int s = out_op(p, OP_FLOAT);
    if (s == 0)
        s = out_write(p, TY_STR_UTF8(r), TY_STR_NBYTES(r));
    if (s == 0)
        s = out_write(p, "\n", 1);
    TY_DECREF(r);
    return s;
}

static int save_reduce(Pickler *p, TyObject *rv, TyObject *obj);

/* callable(*args) as the object's reduction (save_reduce with obj). */
static int save_reduce_call(Pickler *p, TyObject *callable, TyObject *args, TyObject *obj)
{
    TyObject *rv = tyTuple_pack(2, callable, args);
    if (!rv)
        return -1;
    int r = save_reduce(p, rv, obj);
    TY_DECREF(rv);
    return r;
}

/* A bytes header for n bytes of data: SHORT_BINBYTES / BINBYTES /
** BINBYTES8 (the same shape serves the unicode opcodes). */
static ssize_t sized_header(char *h, ssize_t n, int op1, int op4, int op8, int proto)
{
    if (n <= 0xff && op1) {
        h[0] = (char)op1;
        h[1] = (char)n;
        return 2;
    }
    if ((uint64_t)n > 0xffffffffu && proto >= 4) {
        h[0] = (char)op8;
        put_le(h + 1, (uint64_t)n, 8);
        return 9;
    }
    h[0] = (char)op4;
    put_le(h + 1, (uint64_t)n, 4);
    return 5;
}

static int save_bytes(Pickler *p, TyObject *obj)
{
    if (p->proto < 3) {
        /* Python 2 has no bytes: pickle it as _codecs.encode(latin-1 text). */
        TyObject *args;
        if (TY_BYTES_LEN(obj) == 0) {
            args = tyTuple_new(0);
            int r = args ? save_reduce_call(p, (TyObject *)&TyBytes_Type, args, obj) : -1;
            TY_XDECREF(args);
            return r;
        }
        TyObject *text = tyStr_decode(TY_BYTES_DATA(obj), TY_BYTES_LEN(obj), "latin-1", "strict");
        args = text ? tyTuple_pack(2, text, PID(LATIN1)) : NULL;
        TY_XDECREF(text);
        int r = args ? save_reduce_call(p, ty_state.mod.pickle.codecs_encode, args, obj) : -1;
        TY_XDECREF(args);
        return r;
    }
    char h[9];
    ssize_t n = TY_BYTES_LEN(obj);
    ssize_t hl = sized_header(h, n, OP_SHORT_BINBYTES, OP_BINBYTES, OP_BINBYTES8, p->proto);
    if ((uint64_t)n > 0xffffffffu && p->proto < 4) {
        tyErr_setString(&TyExc_OverflowError, "cannot serialize a bytes object larger than 4 GiB");
        return -1;
    }
    if (write_bytes(p, h, hl, TY_BYTES_DATA(obj), n, obj) < 0)
        return -1;
    return memo_put(p, obj);
}

static int save_bytearray(Pickler *p, TyObject *obj)
{
    if (p->proto < 5) {
        TyObject *b = tyBytes_fromData(TY_BYTEARRAY_DATA(obj), TY_BYTEARRAY_LEN(obj));
        TyObject *args = b ? tyTuple_pack(1, b) : NULL;
        TY_XDECREF(b);
        int r = args ? save_reduce_call(p, (TyObject *)&TyByteArray_Type, args, obj) : -1;
        TY_XDECREF(args);
        return r;
    }
    char h[9];
    h[0] = (char)OP_BYTEARRAY8;
    put_le(h + 1, (uint64_t)TY_BYTEARRAY_LEN(obj), 8);
    if (write_bytes(p, h, 9, TY_BYTEARRAY_DATA(obj), TY_BYTEARRAY_LEN(obj), NULL) < 0)
        return -1;
    return memo_put(p, obj);
}

/* A PickleBuffer (protocol 5): in band as bytes or bytearray, as its
** buffer is read-only or not, unless buffer_callback returns false, which
** leaves NEXT_BUFFER (and READONLY_BUFFER) for the unpickler's buffers. */
static int save_picklebuffer(Pickler *p, TyObject *obj)
{
    if (p->proto < 5) {
        tyPickle_fail(ty_state.mod.pickle.PicklingError, "PickleBuffer can only pickled with protocol >= 5");
        return -1;
    }
    TyBuffer view;
    if (tyBuffer_get(obj, &view) < 0)
        return -1;
    int in_band = 1;
    if (p->buffer_callback) {
        TyObject *r = tyObj_callOneArg(p->buffer_callback, obj);
        if (!r)
            return -1;
        in_band = tyObj_isTrue(r);
        TY_DECREF(r);
        if (in_band < 0)
            return -1;
        /* The callback may have released or resized the buffer. */
        if (in_band && tyBuffer_get(obj, &view) < 0)
            return -1;
    }
    if (!in_band) {
        if (out_op(p, OP_NEXT_BUFFER) < 0)
            return -1;
        return view.readonly ? out_op(p, OP_READONLY_BUFFER) : 0;
    }
    char h[9];
    ssize_t hl;
    if (view.readonly)
        hl = sized_header(h, view.len, OP_SHORT_BINBYTES, OP_BINBYTES, OP_BINBYTES8, p->proto);
    else {
        h[0] = (char)OP_BYTEARRAY8;
        put_le(h + 1, (uint64_t)view.len, 8);
        hl = 9;
    }
    if (write_bytes(p, h, hl, view.data, view.len, NULL) < 0)
        return -1;
    return memo_put(p, obj);
}

/* The next code point of tally's UTF-8 (lone surrogates included). */
static uint32_t next_cp(const unsigned char **sp)
{
    const unsigned char *s = *sp;
    uint32_t c = s[0];
    int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (n == 2)
        c = ((c & 0x1f) << 6) | (s[1] & 0x3f);
    else if (n == 3)
        c = ((c & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    else if (n == 4)
        c = ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) | ((uint32_t)(s[2] & 0x3f) << 6) |
            (s[3] & 0x3f);
    *sp = s + n;
    return c;
}

/* Protocol 0's UNICODE argument: raw-unicode-escape with backslash, NUL,
** newlines and ^Z escaped too (so the line stays one line). */
static int save_unicode_text(Pickler *p, TyObject *obj)
{
    const unsigned char *s = (const unsigned char *)TY_STR_UTF8(obj), *end = s + TY_STR_NBYTES(obj);
    if (out_op(p, OP_UNICODE) < 0)
        return -1;
    while (s < end) {
        uint32_t c = next_cp(&s);
        char b[16];
        int n;
        if (c >= 0x10000)
            n = snprintf(b, sizeof b, "\\U%08x", (unsigned)c);
        else if (c >= 0x100 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a)
            n = snprintf(b, sizeof b, "\\u%04x", (unsigned)c);
        else {
            b[0] = (char)c;
            n = 1;
        }
        if (out_write(p, b, n) < 0)
            return -1;
    }
    return out_write(p, "\n", 1);
}

static int save_unicode(Pickler *p, TyObject *obj)
{
    if (!p->bin) {
        if (save_unicode_text(p, obj) < 0)
            return -1;
    } else {
        /* tally's UTF-8 keeps lone surrogates as their 3-byte forms: what
        ** "surrogatepass" encodes. */
        ssize_t n = TY_STR_NBYTES(obj);
        if ((uint64_t)n > 0xffffffffu && p->proto < 4) {
            tyErr_setString(&TyExc_OverflowError, "cannot serialize a string larger than 4GiB");
            return -1;
        }
        char h[9];
        ssize_t hl = sized_header(h, n, p->proto >= 4 ? OP_SHORT_BINUNICODE : 0, OP_BINUNICODE, OP_BINUNICODE8,
                                  p->proto);
        if (write_bytes(p, h, hl, TY_STR_UTF8(obj), n, NULL) < 0)
            return -1;
    }
    return memo_put(p, obj);
}

/* ---- containers ------------------------------------------------------------------------ */

static int save_tuple(Pickler *p, TyObject *obj)
{
    static const int len_op[] = { OP_EMPTY_TUPLE, OP_TUPLE1, OP_TUPLE2, OP_TUPLE3 };
    ssize_t n = TY_TUPLE_LEN(obj);
    if (n == 0)
        return p->proto ? out_op(p, OP_EMPTY_TUPLE) : out_write(p, "(t", 2);
    bool small = n <= 3 && p->proto >= 2;
    if (!small && out_op(p, OP_MARK) < 0)
        return -1;
    for (ssize_t i = 0; i < n; i++)
        if (save(p, TY_TUPLE_GET(obj, i), false) < 0)
            return -1;
    int r;
    if (small)
        r = memo_refetch(p, obj, OP_POP, n);
    else if (p->bin)
        r = memo_refetch(p, obj, OP_POP_MARK, 1);
    else
        r = memo_refetch(p, obj, OP_POP, n + 1);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (out_op(p, small ? len_op[n] : OP_TUPLE) < 0)
        return -1;
    return memo_put(p, obj);
}

/* APPEND / APPENDS for the items of an iterator (pickle.py's
** _batch_appends). */
static int batch_list(Pickler *p, TyObject *iter)
{
    if (!p->bin) {
        TyObject *x;
        while ((x = tyIter_next(iter))) {
            int r = save(p, x, false);
            TY_DECREF(x);
            if (r < 0 || out_op(p, OP_APPEND) < 0)
                return -1;
        }
        return tyErr_occurred() ? -1 : 0;
    }
    TyObject *first = tyIter_next(iter);
    while (first) {
        TyObject *x = tyIter_next(iter);
        if (!x) {
            int r = tyErr_occurred() ? -1 : save(p, first, false);
            TY_DECREF(first);
            return r < 0 ? -1 : out_op(p, OP_APPEND);
        }
        int r = out_op(p, OP_MARK);
        if (r == 0)
            r = save(p, first, false);
        TY_DECREF(first);
        first = NULL;
        if (r == 0)
            r = save(p, x, false);
        TY_DECREF(x);
        int n = 2;
        while (r == 0 && n < BATCHSIZE && (x = tyIter_next(iter))) {
            r = save(p, x, false);
            TY_DECREF(x);
            n++;
        }
        if (r < 0 || tyErr_occurred())
            return -1;
        if (out_op(p, OP_APPENDS) < 0)
            return -1;
        if (n < BATCHSIZE)
            return 0;
        first = tyIter_next(iter);
    }
    return tyErr_occurred() ? -1 : 0;
}

/* An exact list's items from its storage, re-reading the length each time
** (a __reduce__ may change the list while it is pickled). */
static int batch_list_exact(Pickler *p, TyObject *obj)
{
    if (TY_LIST_LEN(obj) == 1) {
        TyObject *x = TY_NEWREF(TY_LIST_GET(obj, 0));
        int r = save(p, x, false);
        TY_DECREF(x);
        return r < 0 ? -1 : out_op(p, OP_APPEND);
    }
    ssize_t total = 0;
    do {
        if (out_op(p, OP_MARK) < 0)
            return -1;
        int batch = 0;
        while (total < TY_LIST_LEN(obj)) {
            TyObject *x = TY_NEWREF(TY_LIST_GET(obj, total));
            int r = save(p, x, false);
            TY_DECREF(x);
            if (r < 0)
                return -1;
            total++;
            if (++batch == BATCHSIZE)
                break;
        }
        if (out_op(p, OP_APPENDS) < 0)
            return -1;
    } while (total < TY_LIST_LEN(obj));
    return 0;
}

static int save_list(Pickler *p, TyObject *obj)
{
    if ((p->bin ? out_op(p, OP_EMPTY_LIST) : out_write(p, "(l", 2)) < 0)
        return -1;
    if (memo_put(p, obj) < 0)
        return -1;
    if (TY_LIST_LEN(obj) == 0)
        return 0;
    if (fast_enter(p, obj) < 0)
        return -1;
    int r;
    if (TY_LIST_CHECK_EXACT(obj) && p->proto > 0) {
        r = batch_list_exact(p, obj);
    } else {
        TyObject *it = tyObj_getIter(obj);
        r = it ? batch_list(p, it) : -1;
        TY_XDECREF(it);
    }
    if (fast_leave(p, obj) < 0)
        r = -1;
    return r;
}

/* One (key, value) item from an items() iterator: 0 with both borrowed
** from *item (a new reference), 1 when exhausted, -1. */
static int next_item(TyObject *iter, TyObject **item)
{
    *item = tyIter_next(iter);
    if (!*item)
        return tyErr_occurred() ? -1 : 1;
    if (!TY_TUPLE_CHECK(*item) || TY_TUPLE_LEN(*item) != 2) {
        TY_CLEAR(*item);
        tyErr_setString(&TyExc_TypeError, "dict items iterator must return 2-tuples");
        return -1;
    }
    return 0;
}

static int save_pair(Pickler *p, TyObject *item)
{
    if (save(p, TY_TUPLE_GET(item, 0), false) < 0)
        return -1;
    return save(p, TY_TUPLE_GET(item, 1), false);
}

/* SETITEM / SETITEMS for the pairs of an iterator. */
static int batch_dict(Pickler *p, TyObject *iter)
{
    TyObject *item;
    int s;
    if (!p->bin) {
        while ((s = next_item(iter, &item)) == 0) {
            int r = save_pair(p, item);
            TY_DECREF(item);
            if (r < 0 || out_op(p, OP_SETITEM) < 0)
                return -1;
        }
        return s < 0 ? -1 : 0;
    }
    TyObject *first;
    if ((s = next_item(iter, &first)) != 0)
        return s < 0 ? -1 : 0;
    for (;;) {
        if ((s = next_item(iter, &item)) < 0) {
            TY_DECREF(first);
            return -1;
        }
        if (s == 1) {
            int r = save_pair(p, first);
            TY_DECREF(first);
            return r < 0 ? -1 : out_op(p, OP_SETITEM);
        }
        int r = out_op(p, OP_MARK);
        if (r == 0)
            r = save_pair(p, first);
        TY_DECREF(first);
        if (r == 0)
            r = save_pair(p, item);
        TY_DECREF(item);
        int n = 2;
        while (r == 0 && n < BATCHSIZE && (s = next_item(iter, &item)) == 0) {
            r = save_pair(p, item);
            TY_DECREF(item);
            n++;
        }
        if (r < 0 || s < 0)
            return -1;
        if (out_op(p, OP_SETITEMS) < 0)
            return -1;
        if (n < BATCHSIZE)
            return 0;
        if ((s = next_item(iter, &first)) != 0)
            return s < 0 ? -1 : 0;
    }
}

/* An exact dict's items from its storage, with _pickle.c's check that
** its size did not change. */
static int batch_dict_exact(Pickler *p, TyObject *obj)
{
    ssize_t size = TY_DICT_LEN(obj), pos = 0;
    TyObject *k, *v;
    if (size == 1) {
        if (!tyDict_next(obj, &pos, &k, &v))
            return 0;
        TY_INCREF(k);
        TY_INCREF(v);
        int r = save(p, k, false);
        if (r == 0)
            r = save(p, v, false);
        TY_DECREF(k);
        TY_DECREF(v);
        return r < 0 ? -1 : out_op(p, OP_SETITEM);
    }
    int i;
    do {
        i = 0;
        if (out_op(p, OP_MARK) < 0)
            return -1;
        while (tyDict_next(obj, &pos, &k, &v)) {
            TY_INCREF(k);
            TY_INCREF(v);
            int r = save(p, k, false);
            if (r == 0)
                r = save(p, v, false);
            TY_DECREF(k);
            TY_DECREF(v);
            if (r < 0)
                return -1;
            if (++i == BATCHSIZE)
                break;
        }
        if (out_op(p, OP_SETITEMS) < 0)
            return -1;
        if (TY_DICT_LEN(obj) != size) {
            tyErr_setString(&TyExc_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
    } while (i == BATCHSIZE);
    return 0;
}

static int save_dict(Pickler *p, TyObject *obj)
{
    if ((p->bin ? out_op(p, OP_EMPTY_DICT) : out_write(p, "(d", 2)) < 0)
        return -1;
    if (memo_put(p, obj) < 0)
        return -1;
    if (TY_DICT_LEN(obj) == 0)
        return 0;
    if (fast_enter(p, obj) < 0)
        return -1;
    int r;
    if (TY_DICT_CHECK_EXACT(obj) && p->proto > 0) {
        r = batch_dict_exact(p, obj);
    } else {
        TyObject *items = tyObj_callMethod(obj, TY_ID(items), NULL, 0);
        TyObject *it = items ? tyObj_getIter(items) : NULL;
        r = it ? batch_dict(p, it) : -1;
        TY_XDECREF(items);
        TY_XDECREF(it);
    }
    if (fast_leave(p, obj) < 0)
        r = -1;
    return r;
}

/* set / frozenset below protocol 4: cls(list(obj)). */
static int save_set_reduce(Pickler *p, TyObject *obj, TyType *cls)
{
    TyObject *items = tyList_fromIterable(obj);
    TyObject *args = items ? tyTuple_pack(1, items) : NULL;
    TY_XDECREF(items);
    int r = args ? save_reduce_call(p, (TyObject *)cls, args, obj) : -1;
    TY_XDECREF(args);
    return r;
}

static int save_set(Pickler *p, TyObject *obj)
{
    if (p->proto < 4)
        return save_set_reduce(p, obj, &TySet_Type);
    if (out_op(p, OP_EMPTY_SET) < 0 || memo_put(p, obj) < 0)
        return -1;
    ssize_t size = TY_SET_LEN(obj);
    if (size == 0)
        return 0;
    TyObject *it = tyObj_getIter(obj);
    if (!it)
        return -1;
    int r = 0;
    TyObject *x = NULL;
    do {
        if ((r = out_op(p, OP_MARK)) < 0)
            break;
        int i = 0;
        while ((x = tyIter_step(it))) {
            r = save(p, x, false);
            TY_DECREF(x);
            if (r < 0 || ++i == BATCHSIZE)
                break;
        }
        if (r < 0 || tyErr_occurred() || out_op(p, OP_ADDITEMS) < 0) {
            r = -1;
            break;
        }
        if (TY_SET_LEN(obj) != size) {
            tyErr_setString(&TyExc_RuntimeError, "set changed size during iteration");
            r = -1;
            break;
        }
    } while (x);
    TY_DECREF(it);
    return r;
}

static int save_frozenset(Pickler *p, TyObject *obj)
{
    if (p->proto < 4)
        return save_set_reduce(p, obj, &TyFrozenSet_Type);
    if (out_op(p, OP_MARK) < 0)
        return -1;
    TyObject *it = tyObj_getIter(obj);
    if (!it)
        return -1;
    TyObject *x;
    int r = 0;
    while (r == 0 && (x = tyIter_step(it))) {
        r = save(p, x, false);
        TY_DECREF(x);
    }
    TY_DECREF(it);
    if (r < 0 || tyErr_occurred())
        return -1;
    /* A frozenset that contains itself through its items' reductions. */
    if ((r = memo_refetch(p, obj, OP_POP_MARK, 1)) != 0)
        return r < 0 ? -1 : 0;
    if (out_op(p, OP_FROZENSET) < 0)
        return -1;
    return memo_put(p, obj);
}

/* ---- globals --------------------------------------------------------------------------- */

/* name split at its dots, or AttributeError for a name inside a function
** ("<locals>"): new list. */
static TyObject *dotted_path(TyObject *obj, TyObject *name)
{
    TyObject *path = tyStr_split(name, PID(DOT), -1);
    if (!path)
        return NULL;
    for (ssize_t i = 0; i < TY_LIST_LEN(path); i++)
        if (tyStr_eqC(TY_LIST_GET(path, i), "<locals>")) {
            if (obj)
                tyErr_format(&TyExc_AttributeError, "Can't get local attribute %R on %R", name, obj);
            else
                tyErr_format(&TyExc_AttributeError, "Can't pickle local object %R", name);
            TY_DECREF(path);
            return NULL;
        }
    return path;
}

/* obj.a.b.c along path: new reference, or NULL (with no exception when an
** attribute is missing).  *parent, when asked for, gets the object that
** held the last attribute (new reference). */
static TyObject *deep_attribute(TyObject *obj, TyObject *path, TyObject **parent)
{
    TyObject *cur = TY_NEWREF(obj), *par = NULL;
    for (ssize_t i = 0; i < TY_LIST_LEN(path); i++) {
        TY_XDECREF(par);
        par = cur;
        if (tyObj_lookupAttr(par, TY_LIST_GET(path, i), &cur) <= 0) {
            TY_DECREF(par);
            return NULL;
        }
    }
    if (parent)
        *parent = par;
    else
        TY_XDECREF(par);
    return cur;
}

/* The name of obj's module: its __module__, else the first module in
** sys.modules that holds it at path, else "__main__".  New reference. */
static TyObject *whichmodule(TyObject *obj, TyObject *path)
{
    TyObject *name;
    if (tyObj_lookupAttr(obj, TY_ID(__module__), &name) < 0)
        return NULL;
    /* CPython interns a built-in type's module name, as it does the keys of
    ** sys.modules, and the memo goes by identity: interned here too, so
    ** the same names are shared in the pickle. */
    if (name && name != TY_NONE) {
        if (TY_STR_CHECK_EXACT(name) && TY_IS_INSTANCE(obj, &TyType_Type) &&
            !(((TyType *)obj)->flags & TY_TPFLAG_HEAPTYPE))
            name = tyStr_intern(name);
        return name;
    }
    TY_XDECREF(name);
    TyObject *modules = ty_state.modules;
    if (modules && TY_DICT_CHECK_EXACT(modules)) {
        TyObject *copy = tyDict_copy(modules);
        if (!copy)
            return NULL;
        ssize_t pos = 0;
        TyObject *k, *m;
        while (tyDict_next(copy, &pos, &k, &m)) {
            if (m == TY_NONE || (TY_STR_CHECK(k) && tyStr_eqC(k, "__main__")))
                continue;
            TyObject *c = deep_attribute(m, path, NULL);
            if (c) {
                TY_DECREF(c);
                if (c == obj) {
                    TY_INCREF(k);
                    TY_DECREF(copy);
                    return TY_STR_CHECK_EXACT(k) ? tyStr_intern(k) : k;
                }
            } else if (tyErr_occurred()) {
                TY_DECREF(copy);
                return NULL;
            }
        }
        TY_DECREF(copy);
    }
    return TY_NEWREF(PID(MAIN));
}


/* Python 3 names to Python 2 ones for protocols 0-2 (REVERSE_NAME_MAPPING
** then REVERSE_IMPORT_MAPPING); *module and *name are replaced (owned). */
static int fix_imports(TyObject **module, TyObject **name)
{
    TyObject *key = tyTuple_pack(2, *module, *name);
    if (!key)
        return -1;
    TyObject *item = tyDict_getItem(ty_state.mod.pickle.name_3to2, key);
    TY_DECREF(key);
    if (item) {
        if (!TY_TUPLE_CHECK(item) || TY_TUPLE_LEN(item) != 2) {
            tyErr_format(&TyExc_RuntimeError,
                         "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not %T", item);
            return -1;
        }
        TyObject *m = TY_TUPLE_GET(item, 0), *n = TY_TUPLE_GET(item, 1);
        if (!TY_STR_CHECK(m) || !TY_STR_CHECK(n)) {
            tyErr_format(&TyExc_RuntimeError,
                         "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (%T, %T)", m, n);
            return -1;
        }
        TY_SETREF(*module, TY_NEWREF(m));
        TY_SETREF(*name, TY_NEWREF(n));
        return 0;
    }
    if (tyErr_occurred())
        return -1;
    item = tyDict_getItem(ty_state.mod.pickle.import_3to2, *module);
    if (item) {
        if (!TY_STR_CHECK(item)) {
            tyErr_format(&TyExc_RuntimeError,
                         "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not %T", item);
            return -1;
        }
        TY_SETREF(*module, TY_NEWREF(item));
    }
    return tyErr_occurred() ? -1 : 0;
}

/* s as the line of a GLOBAL opcode: UTF-8 for protocol 3, ASCII below. */
static int write_global_line(Pickler *p, TyObject *s, const char *what)
{
    if (p->proto < 3 && !TY_STR_IS_ASCII(s)) {
        tyPickle_fail(ty_state.mod.pickle.PicklingError, "can't pickle %s identifier '%U' using pickle protocol %d",
                      what, s, p->proto);
        return -1;
    }
    if (out_write(p, TY_STR_UTF8(s), TY_STR_NBYTES(s)) < 0)
        return -1;
    return out_write(p, "\n", 1);
}

/* A class or function by reference: EXT*, STACK_GLOBAL, GLOBAL, or
** getattr(parent, name) for a nested name below protocol 4.  name is the
** reduce value's string, or NULL for obj's __qualname__/__name__. */
static int save_global(Pickler *p, TyObject *obj, TyObject *name)
{
    TyObject *global_name = NULL, *path = NULL, *module_name = NULL, *module = NULL, *parent = NULL;
    TyObject *lastname = NULL, *cls = NULL;
    int r = -1;
    if (name)
        global_name = TY_NEWREF(name);
    else {
        if (tyObj_lookupAttr(obj, TY_ID(__qualname__), &global_name) < 0)
            goto done;
        if (!global_name && !(global_name = tyObj_getAttr(obj, TY_ID(__name__))))
            goto done;
    }
    if (!TY_STR_CHECK(global_name)) {
        tyErr_format(&TyExc_TypeError, "__qualname__ must be a str, not %T", global_name);
        goto done;
    }
    if (!(path = dotted_path(NULL, global_name)) || !(module_name = whichmodule(obj, path)))
        goto done;
    if (!(module = tyPickle_importModule(module_name))) {
        tyPickle_fail(ty_state.mod.pickle.PicklingError, "Can't pickle %R: import of module %R failed", obj,
                      module_name);
        goto done;
    }
    lastname = TY_NEWREF(TY_LIST_GET(path, TY_LIST_LEN(path) - 1));
    cls = deep_attribute(module, path, &parent);
    if (!cls) {
        tyPickle_fail(ty_state.mod.pickle.PicklingError, "Can't pickle %R: attribute lookup %S on %S failed", obj,
                      global_name, module_name);
        goto done;
    }
    if (cls != obj) {
        tyPickle_fail(ty_state.mod.pickle.PicklingError, "Can't pickle %R: it's not the same object as %S.%S", obj,
                      module_name, global_name);
        goto done;
    }
    if (p->proto >= 2) {
        TyObject *key = tyTuple_pack(2, module_name, global_name);
        TyObject *code = key ? tyDict_getItem(ty_state.mod.pickle.extension_registry, key) : NULL;
        TY_XDECREF(key);
        if (!code && (!key || tyErr_occurred()))
            goto done;
        if (code) {
            if (!TY_INT_CHECK(code)) {
                tyPickle_fail(ty_state.mod.pickle.PicklingError, "Can't pickle %R: extension code %R isn't an integer",
                              obj, code);
                goto done;
            }
            int64_t c;
            if (!TY_INT_IS_SMALL(code) || (c = TY_INT_VALUE(code)) <= 0 || c > 0x7fffffff) {
                tyPickle_fail(ty_state.mod.pickle.PicklingError, "Can't pickle %R: extension code %R is out of range",
                              obj, code);
                goto done;
            }
            if (c <= 0xff)
                r = out_op_arg(p, OP_EXT1, (uint64_t)c, 1);
            else if (c <= 0xffff)
                r = out_op_arg(p, OP_EXT2, (uint64_t)c, 2);
            else
                r = out_op_arg(p, OP_EXT4, (uint64_t)c, 4);
            goto done;
        }
    }
    if (parent == module)
        TY_SETREF(global_name, TY_NEWREF(lastname));
    if (p->proto >= 4) {
        if (save(p, module_name, false) < 0 || save(p, global_name, false) < 0 || out_op(p, OP_STACK_GLOBAL) < 0)
            goto done;
    } else if (parent != module) {
        TyObject *args = tyTuple_pack(2, parent, lastname);
        TyObject *rv = args ? tyTuple_pack(2, ty_state.mod.pickle.getattr, args) : NULL;
        TY_XDECREF(args);
        int s = rv ? save_reduce(p, rv, NULL) : -1;
        TY_XDECREF(rv);
        if (s < 0)
            goto done;
    } else {
        if (out_op(p, OP_GLOBAL) < 0)
            goto done;
        if (p->proto < 3 && p->fix_imports && fix_imports(&module_name, &global_name) < 0)
            goto done;
        if (write_global_line(p, module_name, "module") < 0 || write_global_line(p, global_name, "global") < 0)
            goto done;
    }
    r = memo_put(p, obj);
done:
    TY_XDECREF(global_name);
    TY_XDECREF(path);
    TY_XDECREF(module_name);
    TY_XDECREF(module);
    TY_XDECREF(parent);
    TY_XDECREF(lastname);
    TY_XDECREF(cls);
    return r;
}

/* type(None), type(...) and type(NotImplemented) have no name to import:
** type(singleton); any other class by reference. */
static int save_type(Pickler *p, TyObject *obj)
{
    TyObject *single = obj == (TyObject *)&TyNone_Type ? TY_NONE
                       : obj == (TyObject *)&TyEllipsis_Type ? TY_ELLIPSIS
                       : obj == (TyObject *)&TyNotImplemented_Type ? TY_NOTIMPL : NULL;
    if (!single)
        return save_global(p, obj, NULL);
    TyObject *args = tyTuple_pack(1, single);
    int r = args ? save_reduce_call(p, (TyObject *)&TyType_Type, args, obj) : -1;
    TY_XDECREF(args);
    return r;
}

/* ---- persistent ids and reductions ---------------------------------------------------- */

/* persistent_id(obj): 1 when it gave an id (written), 0 for None, -1. */
static int save_pers(Pickler *p, TyObject *obj)
{
    TyObject *pid = tyObj_callOneArg(p->pers_func, obj);
    if (!pid)
        return -1;
    int r = 0;
    if (pid != TY_NONE) {
        if (p->bin) {
            r = save(p, pid, true) < 0 || out_op(p, OP_BINPERSID) < 0 ? -1 : 1;
        } else {
            TyObject *s = tyObj_str(pid);
            if (!s)
                r = -1;
            else if (!TY_STR_IS_ASCII(s)) {
                tyPickle_fail(ty_state.mod.pickle.PicklingError, "persistent IDs in protocol 0 must be ASCII strings");
                r = -1;
            } else {
                r = out_op(p, OP_PERSID) < 0 || out_write(p, TY_STR_UTF8(s), TY_STR_NBYTES(s)) < 0 ||
                            out_write(p, "\n", 1) < 0
                        ? -1
                        : 1;
            }
            TY_XDECREF(s);
        }
    }
    TY_DECREF(pid);
    return r;
}

/* The callable's __name__ is name (a str): 1 / 0 / -1. */
static int named(TyObject *callable, TyObject *name)
{
    TyObject *n;
    int r = tyObj_lookupAttr(callable, TY_ID(__name__), &n);
    if (r <= 0)
        return r;
    r = TY_STR_CHECK(n) && tyStr_eq(n, name);
    TY_DECREF(n);
    return r;
}

/* The object's __class__ is cls: 1 / 0 / -1. */
static int class_is(TyObject *obj, TyObject *cls)
{
    TyObject *c = tyObj_getAttr(obj, TY_ID(__class__));
    if (!c)
        return -1;
    TY_DECREF(c);
    return c == cls;
}

/* Writes a reduce value (callable, args[, state[, listitems[, dictitems[,
** state_setter]]]]) for obj (NULL when it is no object's reduction), with
** _pickle.c's checks and messages. */
static int save_reduce(Pickler *p, TyObject *rv, TyObject *obj)
{
    TyObject *perr = ty_state.mod.pickle.PicklingError;
    ssize_t size = TY_TUPLE_LEN(rv);
    if (size < 2 || size > 6) {
        tyPickle_fail(perr, "tuple returned by __reduce__ must contain 2 through 6 elements");
        return -1;
    }
    TyObject *callable = TY_TUPLE_GET(rv, 0), *argtup = TY_TUPLE_GET(rv, 1);
    TyObject *state = size > 2 ? TY_TUPLE_GET(rv, 2) : NULL;
    TyObject *listitems = size > 3 ? TY_TUPLE_GET(rv, 3) : NULL;
    TyObject *dictitems = size > 4 ? TY_TUPLE_GET(rv, 4) : NULL;
    TyObject *setter = size > 5 ? TY_TUPLE_GET(rv, 5) : NULL;
    if (!tyObj_isCallable(callable)) {
        tyPickle_fail(perr, "first item of the tuple returned by __reduce__ must be callable");
        return -1;
    }
    if (!TY_TUPLE_CHECK(argtup)) {
        tyPickle_fail(perr, "second item of the tuple returned by __reduce__ must be a tuple");
        return -1;
    }
    if (state == TY_NONE)
        state = NULL;
    if (listitems == TY_NONE)
        listitems = NULL;
    else if (listitems && !TY_TYPE(listitems)->iternext) {
        tyPickle_fail(perr, "fourth element of the tuple returned by __reduce__ must be an iterator, not %T", listitems);
        return -1;
    }
    if (dictitems == TY_NONE)
        dictitems = NULL;
    else if (dictitems && !TY_TYPE(dictitems)->iternext) {
        tyPickle_fail(perr, "fifth element of the tuple returned by __reduce__ must be an iterator, not %T", dictitems);
        return -1;
    }
    if (setter == TY_NONE)
        setter = NULL;
    else if (setter && !tyObj_isCallable(setter)) {
        tyPickle_fail(perr, "sixth element of the tuple returned by __reduce__ must be a function, not %T", setter);
        return -1;
    }
    int newobj_ex = 0, newobj = 0;
    if (p->proto >= 2) {
        if ((newobj_ex = named(callable, PID(NEWOBJ_EX))) < 0)
            return -1;
        if (!newobj_ex && (newobj = named(callable, PID(NEWOBJ))) < 0)
            return -1;
    }
    if (newobj_ex) {
        if (TY_TUPLE_LEN(argtup) != 3) {
            tyPickle_fail(perr, "length of the NEWOBJ_EX argument tuple must be exactly 3, not %zd",
                          TY_TUPLE_LEN(argtup));
            return -1;
        }
        TyObject *cls = TY_TUPLE_GET(argtup, 0), *args = TY_TUPLE_GET(argtup, 1), *kwargs = TY_TUPLE_GET(argtup, 2);
        if (!TY_IS_INSTANCE(cls, &TyType_Type)) {
            tyPickle_fail(perr, "first item from NEWOBJ_EX argument tuple must be a class, not %T", cls);
            return -1;
        }
        if (obj) {
            int same = class_is(obj, cls);
            if (same <= 0) {
                if (same == 0)
                    tyPickle_fail(perr, "first item from NEWOBJ_EX argument tuple must be %N, not %N",
                                  TY_TYPE(obj), (TyType *)cls);
                return -1;
            }
        }
        if (!TY_TUPLE_CHECK(args)) {
            tyPickle_fail(perr, "second item from NEWOBJ_EX argument tuple must be a tuple, not %T", args);
            return -1;
        }
        if (!TY_DICT_CHECK(kwargs)) {
            tyPickle_fail(perr, "third item from NEWOBJ_EX argument tuple must be a dict, not %T", kwargs);
            return -1;
        }
        if (p->proto >= 4) {
            if (save(p, cls, false) < 0 || save(p, args, false) < 0 || save(p, kwargs, false) < 0 ||
                out_op(p, OP_NEWOBJ_EX) < 0)
                return -1;
        } else {
            /* partial(cls.__new__, cls, *args, **kwargs)() */
            TyObject *cls_new = tyObj_getAttr(cls, TY_ID(__new__));
            if (!cls_new)
                return -1;
            ssize_t n = TY_TUPLE_LEN(args);
            TyObject **v = tyMem_malloc(sizeof(TyObject *) * (size_t)(n + 2));
            if (!v) {
                TY_DECREF(cls_new);
                tyErr_noMemory();
                return -1;
            }
            v[0] = cls_new;
            v[1] = cls;
            for (ssize_t i = 0; i < n; i++)
                v[2 + i] = TY_TUPLE_GET(args, i);
            TyObject *part = tyObj_callDict(ty_state.mod.pickle.partial, v, n + 2, kwargs);
            tyMem_free(v);
            TY_DECREF(cls_new);
            TyObject *empty = part ? tyTuple_new(0) : NULL;
            int r = empty ? (save(p, part, false) < 0 || save(p, empty, false) < 0 || out_op(p, OP_REDUCE) < 0 ? -1 : 0)
                          : -1;
            TY_XDECREF(part);
            TY_XDECREF(empty);
            if (r < 0)
                return -1;
        }
    } else if (newobj) {
        if (TY_TUPLE_LEN(argtup) < 1) {
            tyPickle_fail(perr, "__newobj__ arglist is empty");
            return -1;
        }
        TyObject *cls = TY_TUPLE_GET(argtup, 0);
        if (!TY_IS_INSTANCE(cls, &TyType_Type)) {
            tyPickle_fail(perr, "args[0] from __newobj__ args is not a type");
            return -1;
        }
        if (obj) {
            int same = class_is(obj, cls);
            if (same <= 0) {
                if (same == 0)
                    tyPickle_fail(perr, "args[0] from __newobj__ args has the wrong class");
                return -1;
            }
        }
        TyObject *rest = tyTuple_slice(argtup, 1, TY_TUPLE_LEN(argtup));
        if (!rest)
            return -1;
        int r = save(p, cls, false) < 0 || save(p, rest, false) < 0 || out_op(p, OP_NEWOBJ) < 0 ? -1 : 0;
        TY_DECREF(rest);
        if (r < 0)
            return -1;
    } else {
        if (save(p, callable, false) < 0 || save(p, argtup, false) < 0 || out_op(p, OP_REDUCE) < 0)
            return -1;
    }
    if (obj) {
        int r = memo_refetch(p, obj, OP_POP, 1);
        if (r < 0 || (r == 0 && memo_put(p, obj) < 0))
            return -1;
    }
    if (listitems && batch_list(p, listitems) < 0)
        return -1;
    if (dictitems && batch_dict(p, dictitems) < 0)
        return -1;
    if (state) {
        if (!setter) {
            if (save(p, state, false) < 0 || out_op(p, OP_BUILD) < 0)
                return -1;
        } else if (save(p, setter, false) < 0 || save(p, obj, false) < 0 || save(p, state, false) < 0 ||
                   out_op(p, OP_TUPLE2) < 0 || out_op(p, OP_REDUCE) < 0 || out_op(p, OP_POP) < 0) {
            return -1;
        }
    }
    return 0;
}

/* The reduction of obj: from the dispatch table (the pickler's or
** copyreg's), else by reference for a class, else __reduce_ex__(proto) or
** __reduce__().  0 with *rv a new reference, 1 when obj was pickled as a
** class already, -1. */
static int reduce_value(Pickler *p, TyObject *obj, TyObject **rv)
{
    TyType *type = TY_TYPE(obj);
    TyObject *func = NULL;
    *rv = NULL;
    if (!p->dispatch_table) {
        func = tyDict_getItem(ty_state.mod.pickle.dispatch_table, (TyObject *)type);
        if (func)
            TY_INCREF(func);
        else if (tyErr_occurred())
            return -1;
    } else {
        func = tyObj_getItem(p->dispatch_table, (TyObject *)type);
        if (!func) {
            if (!tyErr_exceptionMatches(&TyExc_KeyError))
                return -1;
            tyErr_clear();
        }
    }
    if (func) {
        *rv = tyObj_callOneArg(func, obj);
    } else if (tyType_isSubtype(type, &TyType_Type)) {
        return save_global(p, obj, NULL) < 0 ? -1 : 1;
    } else {
        if (tyObj_lookupAttr(obj, PID(REDUCE_EX), &func) < 0)
            return -1;
        if (func) {
            TyObject *proto = tyInt_fromI64(p->proto);
            *rv = proto ? tyObj_callOneArg(func, proto) : NULL;
            TY_XDECREF(proto);
        } else {
            if (tyObj_lookupAttr(obj, PID(REDUCE), &func) < 0)
                return -1;
            if (!func) {
                tyPickle_fail(ty_state.mod.pickle.PicklingError, "can't pickle '%s' object: %R", tyType_name(type),
                              obj);
                return -1;
            }
            *rv = tyObj_callNoArgs(func);
        }
    }
    TY_XDECREF(func);
    return *rv ? 0 : -1;
}

/* Pickles a reduce value (a str names a global). */
static int save_reduce_value(Pickler *p, TyObject *obj, TyObject *rv)
{
    if (TY_STR_CHECK(rv))
        return save_global(p, obj, rv);
    if (!TY_TUPLE_CHECK(rv)) {
        tyPickle_fail(ty_state.mod.pickle.PicklingError, "__reduce__ must return a string or tuple");
        return -1;
    }
    return save_reduce(p, rv, obj);
}

/* The object dispatch of _pickle.c's save(): pers_save for the object a
** persistent_id returned (which persistent_id does not see again). */
static int save_obj(Pickler *p, TyObject *obj, bool pers_save)
{
    if (!pers_save && p->pers_func) {
        int r = save_pers(p, obj);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    TyType *type = TY_TYPE(obj);
    if (obj == TY_NONE)
        return out_op(p, OP_NONE);
    if (obj == TY_TRUE || obj == TY_FALSE) {
        if (p->proto >= 2)
            return out_op(p, obj == TY_TRUE ? OP_NEWTRUE : OP_NEWFALSE);
        return out_write(p, obj == TY_TRUE ? "I01\n" : "I00\n", 4);
    }
    if (type == &TyInt_Type)
        return save_long(p, obj);
    if (type == &TyFloat_Type)
        return save_float(p, obj);
    ssize_t idx = memo_lookup(&p->memo, obj);
    if (idx >= 0)
        return memo_get(p, idx);
    if (type == &TyBytes_Type)
        return save_bytes(p, obj);
    if (type == &TyStr_Type)
        return save_unicode(p, obj);
    if (tyObj_enterRecursiveCall(" while pickling an object") < 0)
        return -1;
    int status;
    TyObject *rv = NULL;
    if (type == &TyDict_Type)
        status = save_dict(p, obj);
    else if (type == &TySet_Type)
        status = save_set(p, obj);
    else if (type == &TyFrozenSet_Type)
        status = save_frozenset(p, obj);
    else if (type == &TyList_Type)
        status = save_list(p, obj);
    else if (type == &TyTuple_Type)
        status = save_tuple(p, obj);
    else if (type == &TyByteArray_Type)
        status = save_bytearray(p, obj);
    else if (type == &TyPickleBuffer_Type)
        status = save_picklebuffer(p, obj);
    else {
        status = 1;
        if (p->reducer_override) {
            rv = tyObj_callOneArg(p->reducer_override, obj);
            if (!rv)
                status = -1;
            else if (rv != TY_NOTIMPL)
                status = save_reduce_value(p, obj, rv);
        }
        if (status == 1) {
            if (type == &TyType_Type)
                status = save_type(p, obj);
            else if (type == &TyFunction_Type)
                status = save_global(p, obj, NULL);
            else {
                TY_XDECREF(rv);
                status = reduce_value(p, obj, &rv);
                if (status == 0)
                    status = save_reduce_value(p, obj, rv);
                else if (status == 1)
                    status = 0;
            }
        }
    }
    tyObj_leaveRecursiveCall();
    TY_XDECREF(rv);
    return status;
}

/* save_obj, then a frame boundary: every object ends at one. */
static int save(Pickler *p, TyObject *obj, bool pers_save)
{
    if (save_obj(p, obj, pers_save) < 0)
        return -1;
    return opcode_boundary(p);
}

/* PROTO, the object, STOP; the last frame closed. */
static int dump(Pickler *p, TyObject *obj)
{
    p->out_len = 0;
    p->frame_start = -1;
    p->fast_nesting = 0;
    TY_CLEAR(p->fast_memo);
    if (p->proto >= 2) {
        char h[2] = { (char)OP_PROTO, (char)p->proto };
        if (out_write(p, h, 2) < 0)
            return -1;
        if (p->proto >= 4)
            p->framing = 1;
    }
    int r = save(p, obj, false);
    if (r == 0)
        r = out_op(p, OP_STOP);
    if (r == 0)
        commit_frame(p);
    p->framing = 0;
    p->frame_start = -1;
    return r;
}

/* ---- the Pickler type ------------------------------------------------------------------ */

static void pickler_drop(Pickler *p)
{
    TY_CLEAR(p->write);
    TY_CLEAR(p->pers_func);
    TY_CLEAR(p->dispatch_table);
    TY_CLEAR(p->reducer_override);
    TY_CLEAR(p->buffer_callback);
    TY_CLEAR(p->fast_memo);
}

static int pickler_clear(TyObject *o)
{
    Pickler *p = (Pickler *)o;
    pickler_drop(p);
    memo_clear(&p->memo);
    return 0;
}

static void pickler_dealloc(TyObject *o)
{
    Pickler *p = (Pickler *)o;
    tyGC_untrack(o);
    pickler_clear(o);
    tyMem_free(p->out);
    tyObj_free(o);
}

static int pickler_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Pickler *p = (Pickler *)o;
    TyObject *refs[] = { p->write, p->pers_func, p->dispatch_table, p->reducer_override, p->buffer_callback,
                         p->fast_memo };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    if (p->memo.table)
        for (size_t i = 0; i <= p->memo.mask; i++)
            if (p->memo.table[i].key) {
                int r = visit(p->memo.table[i].key, arg);
                if (r)
                    return r;
            }
    return 0;
}

static TyObject *pickler_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TY_UNUSED(args);
    TY_UNUSED(nargs);
    TY_UNUSED(kwnames);
    Pickler *p = (Pickler *)tyType_genericAlloc(type, 0);
    if (!p)
        return NULL;
    p->frame_start = -1;
    p->fix_imports = 1;
    return (TyObject *)p;
}

/* The protocol argument: None is DEFAULT_PROTOCOL, a negative number the
** highest: 0 / -1 with CPython's errors. */
static int parse_protocol(TyObject *protocol, int *out)
{
    if (!protocol || protocol == TY_NONE) {
        *out = PICKLE_DEFAULT_PROTOCOL;
        return 0;
    }
    int v;
    if (tyArg_int(protocol, &v) < 0)
        return -1;
    if (v < 0)
        v = PICKLE_HIGHEST_PROTOCOL;
    else if (v > PICKLE_HIGHEST_PROTOCOL) {
        tyErr_format(&TyExc_ValueError, "pickle protocol must be <= %d", PICKLE_HIGHEST_PROTOCOL);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Pickler.__init__(file, protocol=None, fix_imports=True,
** buffer_callback=None) on an allocated pickler; file NULL keeps the
** output in memory (dumps). */
static int pickler_setup(Pickler *p, TyObject *file, TyObject *protocol, TyObject *fix, TyObject *buffer_callback)
{
    if (p->inited) {
        pickler_drop(p);
        memo_clear(&p->memo);
        p->inited = false;
    }
    int proto, fi = 1;
    if (parse_protocol(protocol, &proto) < 0)
        return -1;
    if (fix && (fi = tyObj_isTrue(fix)) < 0)
        return -1;
    p->proto = proto;
    p->bin = proto > 0;
    p->fix_imports = fi && proto < 3;
    p->fast = 0;
    p->framing = 0;
    p->frame_start = -1;
    if (file) {
        if (tyObj_lookupAttr(file, TY_ID(write), &p->write) < 0)
            return -1;
        if (!p->write) {
            tyErr_setString(&TyExc_TypeError, "file must have a 'write' attribute");
            return -1;
        }
    }
    if (buffer_callback && buffer_callback != TY_NONE) {
        if (proto < 5) {
            tyErr_setString(&TyExc_ValueError, "buffer_callback needs protocol >= 5");
            return -1;
        }
        p->buffer_callback = TY_NEWREF(buffer_callback);
    }
    TyObject *self = (TyObject *)p;
    if (tyObj_lookupAttr(self, PID(PERSISTENT_ID), &p->pers_func) < 0 ||
        tyObj_lookupAttr(self, PID(DISPATCH_TABLE), &p->dispatch_table) < 0 ||
        tyObj_lookupAttr(self, PID(REDUCER_OVERRIDE), &p->reducer_override) < 0)
        return -1;
    p->inited = true;
    return 0;
}

static const char *const pickler_params[] = { "file", "protocol", "fix_imports", "buffer_callback", NULL };

static int pickler_tp_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *a[4];
    if (tyArg_unpack("Pickler", args, nargs, kwnames, pickler_params, 1, 4, a) < 0)
        return -1;
    return pickler_setup((Pickler *)self, a[0], a[1], a[2], a[3]);
}

TY_CFUNC(pickler_dump)
{
    Pickler *p = (Pickler *)self;
    if (tyArg_noKeywords("dump", kwnames) < 0 || tyArg_checkPositional("dump", nargs, 1, 1) < 0)
        return NULL;
    if (!p->inited || !p->write)
        return tyPickle_fail(ty_state.mod.pickle.PicklingError, "Pickler.__init__() was not called by %s.__init__()",
                             tyType_name(TY_TYPE(self)));
    if (dump(p, args[0]) < 0 || flush_to_file(p) < 0)
        return NULL;
    return tyNone_new();
}

TY_CFUNC(pickler_clear_memo)
{
    if (tyArg_noKeywords("clear_memo", kwnames) < 0 || tyArg_checkPositional("clear_memo", nargs, 0, 0) < 0)
        return NULL;
    TY_UNUSED(args);
    memo_clear(&((Pickler *)self)->memo);
    return tyNone_new();
}

TY_CFUNC(pickler_sizeof)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    Pickler *p = (Pickler *)self;
    ssize_t n = TY_TYPE(self)->basicsize + p->out_cap;
    if (p->memo.table)
        n += (ssize_t)((p->memo.mask + 1) * sizeof(MemoEntry));
    return tyInt_fromI64(n);
}

TyObject *tyPickle_dumpWith(TyObject *obj, TyObject *file, TyObject *protocol, TyObject *fix_imports,
                            TyObject *buffer_callback)
{
    Pickler *p = (Pickler *)pickler_tp_new(&tyPickle_PicklerType, NULL, 0, NULL);
    if (!p)
        return NULL;
    TyObject *r = NULL;
    if (pickler_setup(p, file, protocol, fix_imports, buffer_callback) == 0 && dump(p, obj) == 0) {
        if (file)
            r = flush_to_file(p) < 0 ? NULL : tyNone_new();
        else
            r = tyBytes_fromData(p->out, p->out_len);
    }
    TY_DECREF(p);
    return r;
}

/* ---- memo proxy ------------------------------------------------------------------------ */

static TyObject *memo_as_dict(Pickler *p)
{
    TyObject *d = tyDict_new();
    if (!d || !p->memo.table)
        return d;
    for (size_t i = 0; i <= p->memo.mask; i++) {
        MemoEntry *e = &p->memo.table[i];
        if (!e->key)
            continue;
        TyObject *k = tyInt_fromU64((uintptr_t)e->key);
        TyObject *idx = k ? tyInt_fromI64(e->index) : NULL;
        TyObject *v = idx ? tyTuple_pack(2, idx, e->key) : NULL;
        int r = v ? tyDict_setItem(d, k, v) : -1;
        TY_XDECREF(k);
        TY_XDECREF(idx);
        TY_XDECREF(v);
        if (r < 0) {
            TY_DECREF(d);
            return NULL;
        }
    }
    return d;
}

TY_CFUNC(proxy_copy)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    return memo_as_dict(((MemoProxy *)self)->pickler);
}

TY_CFUNC(proxy_clear)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    memo_clear(&((MemoProxy *)self)->pickler->memo);
    return tyNone_new();
}

TY_CFUNC(proxy_reduce)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    TyObject *d = memo_as_dict(((MemoProxy *)self)->pickler);
    TyObject *a = d ? tyTuple_pack(1, d) : NULL;
    TyObject *r = a ? tyTuple_pack(2, (TyObject *)&TyDict_Type, a) : NULL;
    TY_XDECREF(d);
    TY_XDECREF(a);
    return r;
}

static TyMethodDef proxy_methods[] = {
    { "clear", proxy_clear, TY_METH_DEFAULT, "Remove all items from memo." },
    { "copy", proxy_copy, TY_METH_DEFAULT, "Copy the memo to a new object." },
    { "__reduce__", proxy_reduce, TY_METH_DEFAULT, "Implement pickle support." },
    { NULL, NULL, 0, NULL },
};

static void proxy_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((MemoProxy *)o)->pickler);
    tyObj_free(o);
}

static int proxy_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *p = (TyObject *)((MemoProxy *)o)->pickler;
    return p ? visit(p, arg) : 0;
}

static int proxy_clear_refs(TyObject *o)
{
    TY_CLEAR(((MemoProxy *)o)->pickler);
    return 0;
}

TyType tyPickle_PicklerMemoProxyType = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_pickle.PicklerMemoProxy",
    .basicsize = sizeof(MemoProxy),
    .flags = TY_TPFLAG_GC,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .clear = proxy_clear_refs,
    .methods = proxy_methods,
};

static TyObject *pickler_get_memo(TyObject *self)
{
    MemoProxy *m = (MemoProxy *)tyType_genericAlloc(&tyPickle_PicklerMemoProxyType, 0);
    if (m)
        m->pickler = (Pickler *)TY_NEWREF(self);
    return (TyObject *)m;
}

/* Pickler.memo = a PicklerMemoProxy (its memo copied) or a dict of
** {id: (index, obj)}. */
static int pickler_set_memo(TyObject *self, TyObject *value)
{
    Pickler *p = (Pickler *)self;
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    Memo fresh = { NULL, 0, 0 };
    if (TY_TYPE(value) == &tyPickle_PicklerMemoProxyType) {
        Memo *src = &((MemoProxy *)value)->pickler->memo;
        if (src->table)
            for (size_t i = 0; i <= src->mask; i++)
                if (src->table[i].key && memo_set(&fresh, src->table[i].key, src->table[i].index) < 0) {
                    memo_clear(&fresh);
                    return -1;
                }
    } else if (TY_DICT_CHECK(value)) {
        ssize_t pos = 0;
        TyObject *k, *v;
        while (tyDict_next(value, &pos, &k, &v)) {
            if (!TY_TUPLE_CHECK(v) || TY_TUPLE_LEN(v) != 2) {
                tyErr_setString(&TyExc_TypeError, "'memo' values must be 2-item tuples");
                memo_clear(&fresh);
                return -1;
            }
            ssize_t idx = tyNum_asSsize(TY_TUPLE_GET(v, 0), NULL);
            if ((idx == -1 && tyErr_occurred()) || memo_set(&fresh, TY_TUPLE_GET(v, 1), idx) < 0) {
                memo_clear(&fresh);
                return -1;
            }
        }
    } else {
        tyErr_format(&TyExc_TypeError, "'memo' attribute must be a PicklerMemoProxy object or dict, not %T", value);
        return -1;
    }
    Memo old = p->memo;
    p->memo = fresh;
    memo_clear(&old);
    return 0;
}

static TyObject *pickler_get_pers(TyObject *self)
{
    Pickler *p = (Pickler *)self;
    if (!p->pers_func) {
        tyErr_setString(&TyExc_AttributeError, "persistent_id");
        return NULL;
    }
    return TY_NEWREF(p->pers_func);
}

static int pickler_set_pers(TyObject *self, TyObject *value)
{
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (!tyObj_isCallable(value)) {
        tyErr_setString(&TyExc_TypeError, "persistent_id must be a callable taking one argument");
        return -1;
    }
    TY_XSETREF(((Pickler *)self)->pers_func, TY_NEWREF(value));
    return 0;
}

static TyObject *pickler_get_dispatch(TyObject *self)
{
    Pickler *p = (Pickler *)self;
    if (!p->dispatch_table) {
        tyErr_setString(&TyExc_AttributeError, "dispatch_table");
        return NULL;
    }
    return TY_NEWREF(p->dispatch_table);
}

static int pickler_set_dispatch(TyObject *self, TyObject *value)
{
    TY_XSETREF(((Pickler *)self)->dispatch_table, value ? TY_NEWREF(value) : NULL);
    return 0;
}

static TyObject *pickler_get_bin(TyObject *self) { return tyInt_fromI64(((Pickler *)self)->bin); }
static TyObject *pickler_get_fast(TyObject *self) { return tyInt_fromI64(((Pickler *)self)->fast); }

/* An int member (CPython's T_INT): 0 / -1. */
static int set_int_member(int *slot, TyObject *value)
{
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!TY_INT_CHECK(value)) {
        tyErr_setString(&TyExc_TypeError, "an integer is required");
        return -1;
    }
    int v;
    if (tyArg_int(value, &v) < 0)
        return -1;
    *slot = v;
    return 0;
}

static int pickler_set_bin(TyObject *self, TyObject *value) { return set_int_member(&((Pickler *)self)->bin, value); }
static int pickler_set_fast(TyObject *self, TyObject *value) { return set_int_member(&((Pickler *)self)->fast, value); }

static TyGetSetDef pickler_getset[] = {
    { "memo", pickler_get_memo, pickler_set_memo, NULL, false },
    { "persistent_id", pickler_get_pers, pickler_set_pers, NULL, false },
    { "dispatch_table", pickler_get_dispatch, pickler_set_dispatch, NULL, true },
    { "bin", pickler_get_bin, pickler_set_bin, NULL, true },
    { "fast", pickler_get_fast, pickler_set_fast, NULL, true },
    { NULL, NULL, NULL, NULL, false },
};

static TyMethodDef pickler_methods[] = {
    { "dump", pickler_dump, TY_METH_DEFAULT, "Write a pickled representation of the given object to the open file." },
    { "clear_memo", pickler_clear_memo, TY_METH_DEFAULT, "Clears the pickler's \"memo\"." },
    { "__sizeof__", pickler_sizeof, TY_METH_DEFAULT, "Returns size in memory, in bytes." },
    { NULL, NULL, 0, NULL },
};

TyType tyPickle_PicklerType = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_pickle.Pickler",
    .basicsize = sizeof(Pickler),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = pickler_dealloc,
    .traverse = pickler_traverse,
    .clear = pickler_clear,
    .tp_new = pickler_tp_new,
    .tp_init = pickler_tp_init,
    .methods = pickler_methods,
    .getset = pickler_getset,
    .doc = "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\n"
           "This takes a binary file for writing a pickle data stream.",
};
