/*
** blake2.c — the `_blake2` module: blake2b and blake2s (RFC 7693) with
** every parameter of the BLAKE2 parameter block (digest size, key, salt,
** personalization, tree hashing), which hashlib.py takes from here rather
** than from OpenSSL, as CPython's does.
**
** The two variants differ only in word size, round count, rotations and
** limits; one compression function is generated for each from the same
** macro, and the rest works on a variant description.
*/
#include "tally.h"
#include "buffer.h"
#include "modules/blake2.h"

static const uint8_t SIGMA[10][16] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
    { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
    { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
    { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
    { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
    { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
    { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
    { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
    { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
};

static const uint64_t IV_B[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

/* The state of either variant: words are kept as uint64_t (BLAKE2s uses
** their low 32 bits). */
typedef struct State {
    uint64_t h[8];
    uint64_t t[2];          /* bytes hashed so far */
    uint8_t buf[128];
    size_t buflen;
    bool last_node;
} State;

typedef struct Variant {
    const char *name;
    size_t wordsize;        /* 8 or 4 */
    size_t block;           /* 128 or 64 */
    size_t max_digest;      /* 64 or 32 (also the longest key) */
    size_t salt, person;    /* 16 or 8 */
    void (*compress)(State *, const uint8_t *, bool last);
} Variant;

static uint64_t load_le(const uint8_t *p, size_t n)
{
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;)
        v = v << 8 | p[i];
    return v;
}

/* One compression function per variant: word type W, `rounds` rounds, the
** rotations r1..r4, the IV as words of W. */
#define BLAKE2_COMPRESS(fname, W, bits, rounds, r1, r2, r3, r4, iv_expr)                       \
    static void fname(State *s, const uint8_t *block, bool last)                               \
    {                                                                                          \
        W m[16], v[16];                                                                        \
        for (int i = 0; i < 16; i++)                                                           \
            m[i] = (W)load_le(block + i * sizeof(W), sizeof(W));                               \
        for (int i = 0; i < 8; i++) {                                                          \
            v[i] = (W)s->h[i];                                                                 \
            v[i + 8] = (W)(iv_expr);                                                           \
        }                                                                                      \
        v[12] ^= (W)s->t[0];                                                                   \
        v[13] ^= (W)s->t[1];                                                                   \
        if (last) {                                                                            \
            v[14] = (W)~v[14];                                                                 \
            if (s->last_node)                                                                  \
                v[15] = (W)~v[15];                                                             \
        }                                                                                      \
        for (int r = 0; r < rounds; r++) {                                                     \
            const uint8_t *sg = SIGMA[r % 10];                                                 \
            static const uint8_t lanes[8][4] = { { 0, 4, 8, 12 }, { 1, 5, 9, 13 }, { 2, 6, 10, 14 }, \
                                                 { 3, 7, 11, 15 }, { 0, 5, 10, 15 }, { 1, 6, 11, 12 }, \
                                                 { 2, 7, 8, 13 }, { 3, 4, 9, 14 } };              \
            for (int g = 0; g < 8; g++) {                                                      \
                W *a = &v[lanes[g][0]], *b = &v[lanes[g][1]], *c = &v[lanes[g][2]], *d = &v[lanes[g][3]]; \
                W x = m[sg[2 * g]], y = m[sg[2 * g + 1]];                                      \
                *a = *a + *b + x;                                                              \
                *d = (W)((*d ^ *a) >> r1 | (*d ^ *a) << (bits - r1));                          \
                *c = *c + *d;                                                                  \
                *b = (W)((*b ^ *c) >> r2 | (*b ^ *c) << (bits - r2));                          \
                *a = *a + *b + y;                                                              \
                *d = (W)((*d ^ *a) >> r3 | (*d ^ *a) << (bits - r3));                          \
                *c = *c + *d;                                                                  \
                *b = (W)((*b ^ *c) >> r4 | (*b ^ *c) << (bits - r4));                          \
            }                                                                                  \
        }                                                                                      \
        for (int i = 0; i < 8; i++)                                                            \
            s->h[i] = (W)(s->h[i] ^ v[i] ^ v[i + 8]);                                          \
    }

/* BLAKE2s's IV is SHA-256's: the high halves of BLAKE2b's (SHA-512's). */
BLAKE2_COMPRESS(compress_b, uint64_t, 64, 12, 32, 24, 16, 63, IV_B[i])
BLAKE2_COMPRESS(compress_s, uint32_t, 32, 10, 16, 12, 8, 7, IV_B[i] >> 32)

static const Variant VARIANT_B = { "blake2b", 8, 128, 64, 16, 16, compress_b };
static const Variant VARIANT_S = { "blake2s", 4, 64, 32, 8, 8, compress_s };

typedef struct Blake2 {
    TyObject ob;
    const Variant *var;
    State st;
    size_t digest_size;
} Blake2;

static TyType Blake2b_Type, Blake2s_Type;

static const Variant *variant_of(TyType *type)
{
    return type == &Blake2b_Type ? &VARIANT_B : &VARIANT_S;
}

static void count_bytes(State *s, size_t n, size_t wordsize)
{
    uint64_t mask = wordsize == 8 ? ~(uint64_t)0 : 0xffffffffu;
    s->t[0] = (s->t[0] + n) & mask;
    if (s->t[0] < n)
        s->t[1] = (s->t[1] + 1) & mask;
}

/* Feed bytes; a full buffer is compressed only when more input follows,
** since the last block must be compressed as the last. */
static void feed(const Variant *var, State *s, const uint8_t *p, size_t n)
{
    while (n > 0) {
        if (s->buflen == var->block) {
            count_bytes(s, var->block, var->wordsize);
            var->compress(s, s->buf, false);
            s->buflen = 0;
        }
        size_t take = var->block - s->buflen < n ? var->block - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
    }
}

static void finish(const Variant *var, const State *in, size_t digest_size, uint8_t *out)
{
    State s = *in;
    count_bytes(&s, s.buflen, var->wordsize);
    memset(s.buf + s.buflen, 0, var->block - s.buflen);
    var->compress(&s, s.buf, true);
    for (size_t i = 0; i < digest_size; i++)
        out[i] = (uint8_t)(s.h[i / var->wordsize] >> (8 * (i % var->wordsize)));
}

/* ---- the Python type ------------------------------------------------------------------ */

/* An int parameter within [lo, hi]: 0, or -1 with ValueError msg (or
** OverflowError `big` when it is beyond hi and big is given). */
static int param(TyObject *o, uint64_t dflt, uint64_t lo, uint64_t hi, const char *msg, const char *big,
                 uint64_t *out)
{
    if (!o) {
        *out = dflt;
        return 0;
    }
    TyObject *n = tyNum_index(o);
    if (!n)
        return -1;
    int sign = tyInt_sign(n);
    bool fits = TY_INT_IS_SMALL(n);
    if (!fits && sign > 0) {
        mpz_t z;
        mpz_init(z);
        tyInt_toMpz(n, z);
        fits = mpz_sizeinbase(z, 2) <= 64;
        mpz_clear(z);
    }
    uint64_t v = tyInt_asU64Mask(n);
    TY_DECREF(n);
    if (sign >= 0 && fits && v >= lo && v <= hi) {
        *out = v;
        return 0;
    }
    tyErr_setString(big && sign > 0 ? &TyExc_OverflowError : &TyExc_ValueError, big && sign > 0 ? big : msg);
    return -1;
}

static int bytes_param(TyObject *o, size_t max, const char *what, TyBuffer *out)
{
    *out = (TyBuffer){ "", 0, true };
    if (!o)
        return 0;
    if (tyBuffer_get(o, out) < 0)
        return -1;
    if ((size_t)out->len > max) {
        tyErr_format(&TyExc_ValueError, "maximum %s length is %zu bytes", what, max);
        return -1;
    }
    return 0;
}

static int update_with(Blake2 *b, TyObject *data)
{
    if (TY_STR_CHECK(data)) {
        tyErr_setString(&TyExc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!tyBuffer_check(data)) {
        tyErr_setString(&TyExc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    TyBuffer view;
    if (tyBuffer_get(data, &view) < 0)
        return -1;
    feed(b->var, &b->st, (const uint8_t *)view.data, (size_t)view.len);
    return 0;
}

/* blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
** fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
** inner_size=0, last_node=False, usedforsecurity=True), blake2s alike. */
static TyObject *blake2_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "digest_size", "key", "salt", "person", "fanout", "depth",
                                         "leaf_size", "node_offset", "node_depth", "inner_size",
                                         "last_node", "usedforsecurity", NULL };
    const Variant *var = variant_of(type);
    TyObject *a[13];
    if (tyArg_unpack(var->name, args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    uint64_t digest_size, fanout, depth, leaf, offset, node_depth, inner;
    TyBuffer key, salt, person;
    char msg[64];
    snprintf(msg, sizeof msg, "digest_size must be between 1 and %zu bytes", var->max_digest);
    if (param(a[1], var->max_digest, 1, var->max_digest, msg, NULL, &digest_size) < 0 ||
        bytes_param(a[2], var->max_digest, "key", &key) < 0 ||
        bytes_param(a[3], var->salt, "salt", &salt) < 0 ||
        bytes_param(a[4], var->person, "person", &person) < 0 ||
        param(a[5], 1, 0, 255, "fanout must be between 0 and 255", NULL, &fanout) < 0 ||
        param(a[6], 1, 1, 255, "depth must be between 1 and 255", NULL, &depth) < 0 ||
        param(a[7], 0, 0, 0xffffffffu, "leaf_size must be positive", "leaf_size is too large", &leaf) < 0 ||
        param(a[8], 0, 0, var->wordsize == 8 ? UINT64_MAX : 0xffffffffffffull, "value must be positive",
              "node_offset is too large", &offset) < 0 ||
        param(a[9], 0, 0, 255, "node_depth must be between 0 and 255", NULL, &node_depth) < 0)
        return NULL;
    snprintf(msg, sizeof msg, "inner_size must be between 0 and is %zu", var->max_digest);
    if (param(a[10], 0, 0, var->max_digest, msg, NULL, &inner) < 0)
        return NULL;
    int last = a[11] ? tyObj_isTrue(a[11]) : 0;
    if (last < 0)
        return NULL;
    Blake2 *b = (Blake2 *)tyObj_alloc(type);
    if (!b)
        return NULL;
    b->var = var;
    b->digest_size = (size_t)digest_size;
    b->st.last_node = last;
    /* The parameter block, laid out as RFC 7693 and the BLAKE2 paper say. */
    uint8_t pb[64] = { (uint8_t)digest_size, (uint8_t)key.len, (uint8_t)fanout, (uint8_t)depth };
    for (int i = 0; i < 4; i++)
        pb[4 + i] = (uint8_t)(leaf >> (8 * i));
    size_t offset_bytes = var->wordsize == 8 ? 8 : 6, at = 8 + offset_bytes;
    for (size_t i = 0; i < offset_bytes; i++)
        pb[8 + i] = (uint8_t)(offset >> (8 * i));
    pb[at] = (uint8_t)node_depth;
    pb[at + 1] = (uint8_t)inner;
    size_t salt_at = var->wordsize == 8 ? 32 : 16;
    memcpy(pb + salt_at, salt.data, (size_t)salt.len);
    memcpy(pb + salt_at + var->salt, person.data, (size_t)person.len);
    for (int i = 0; i < 8; i++) {
        uint64_t iv = var->wordsize == 8 ? IV_B[i] : IV_B[i] >> 32;
        b->st.h[i] = iv ^ load_le(pb + i * var->wordsize, var->wordsize);
    }
    if (key.len) {
        uint8_t block[128] = { 0 };
        memcpy(block, key.data, (size_t)key.len);
        feed(var, &b->st, block, var->block);
    }
    if (a[0] && update_with(b, a[0]) < 0) {
        TY_DECREF(b);
        return NULL;
    }
    return (TyObject *)b;
}

static TyObject *b2_update(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("update", kwnames) < 0 || tyArg_checkCount("update", nargs, 1, 1) < 0 ||
        update_with((Blake2 *)self, args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

static TyObject *b2_digest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("digest", kwnames) < 0 || tyArg_checkPositional("digest", nargs, 0, 0) < 0)
        return NULL;
    Blake2 *b = (Blake2 *)self;
    uint8_t out[64];
    finish(b->var, &b->st, b->digest_size, out);
    return tyBytes_fromData((const char *)out, (ssize_t)b->digest_size);
}

static TyObject *b2_hexdigest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *d = b2_digest(self, args, nargs, kwnames);
    if (!d)
        return NULL;
    TyObject *r = tyBytes_hexString(TY_BYTES_DATA(d), TY_BYTES_LEN(d));
    TY_DECREF(d);
    return r;
}

static TyObject *b2_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("copy", kwnames) < 0 || tyArg_checkPositional("copy", nargs, 0, 0) < 0)
        return NULL;
    Blake2 *src = (Blake2 *)self;
    Blake2 *b = (Blake2 *)tyObj_alloc(TY_TYPE(self));
    if (!b)
        return NULL;
    b->var = src->var;
    b->st = src->st;
    b->digest_size = src->digest_size;
    return (TyObject *)b;
}

static TyObject *b2_get_name(TyObject *self)
{
    return tyStr_fromCStr(((Blake2 *)self)->var->name);
}

static TyObject *b2_get_digest_size(TyObject *self)
{
    return tyInt_fromI64((int64_t)((Blake2 *)self)->digest_size);
}

static TyObject *b2_get_block_size(TyObject *self)
{
    return tyInt_fromI64((int64_t)((Blake2 *)self)->var->block);
}

static TyMethodDef b2_methods[] = {
    { "update", b2_update, TY_METH_DEFAULT, "Update this hash object's state with the provided bytes-like object." },
    { "digest", b2_digest, TY_METH_DEFAULT, "Return the digest value as a bytes object." },
    { "hexdigest", b2_hexdigest, TY_METH_DEFAULT, "Return the digest value as a string of hexadecimal digits." },
    { "copy", b2_copy, TY_METH_DEFAULT, "Return a copy of the hash object." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef b2_getset[] = {
    { "name", b2_get_name, NULL, NULL },
    { "digest_size", b2_get_digest_size, NULL, NULL },
    { "block_size", b2_get_block_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Blake2b_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_blake2.blake2b",
    .basicsize = sizeof(Blake2),
    .dealloc = tyObj_free,
    .methods = b2_methods,
    .getset = b2_getset,
    .tp_new = blake2_tp_new,
    .doc = "Return a new BLAKE2b hash object.",
};

static TyType Blake2s_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_blake2.blake2s",
    .basicsize = sizeof(Blake2),
    .dealloc = tyObj_free,
    .methods = b2_methods,
    .getset = b2_getset,
    .tp_new = blake2_tp_new,
    .doc = "Return a new BLAKE2s hash object.",
};

/* The size constants, on each type (blake2b.SALT_SIZE) and on the module
** (BLAKE2B_SALT_SIZE). */
static int add_sizes(TyObject *m, TyType *type, const Variant *var, const char *prefix)
{
    const struct { const char *name; size_t value; } sizes[] = {
        { "SALT_SIZE", var->salt }, { "PERSON_SIZE", var->person },
        { "MAX_KEY_SIZE", var->max_digest }, { "MAX_DIGEST_SIZE", var->max_digest },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(sizes); i++) {
        TyObject *v = tyInt_fromI64((int64_t)sizes[i].value);
        char name[40];
        snprintf(name, sizeof name, "%s_%s", prefix, sizes[i].name);
        int r = v ? tyDict_setItemStr(type->dict, sizes[i].name, v) : -1;
        if (r == 0)
            r = tyModule_addObject(m, name, v);
        TY_XDECREF(v);
        if (r < 0)
            return -1;
    }
    tyType_modified(type);
    return 0;
}

static TyType *const module_types[] = { &Blake2b_Type, &Blake2s_Type };

TyObject *tyBlake2_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("_blake2", NULL);
    if (!m || tyModule_addObject(m, "blake2b", (TyObject *)&Blake2b_Type) < 0 ||
        tyModule_addObject(m, "blake2s", (TyObject *)&Blake2s_Type) < 0 ||
        add_sizes(m, &Blake2b_Type, &VARIANT_B, "BLAKE2B") < 0 ||
        add_sizes(m, &Blake2s_Type, &VARIANT_S, "BLAKE2S") < 0 ||
        tyModule_addInt(m, "_GIL_MINSIZE", 2048) < 0)
        TY_CLEAR(m);
    return m;
}

void tyBlake2_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
