/*
** random.c — the random module: CPython's generator (MT19937, seeded the
** way CPython seeds it) and the methods of its random.Random class, so a
** program that seeds the generator gets CPython's numbers.
**
** Each method follows CPython 3.11's algorithm step for step, drawing the
** same words from the generator in the same order: random() takes two
** words for 53 bits, getrandbits(k) takes ceil(k / 32) words, the integer
** methods use rejection sampling on getrandbits(n.bit_length()), and the
** distributions use the same formulas on random().  Where CPython's code
** does arithmetic with the caller's arguments (uniform, triangular, the
** mu + z * sigma of the normal distributions...) this file does it with
** the generic number protocol, so ints, floats and others behave alike.
**
** Subclasses of Random that override random() or getrandbits() do not
** change what the other methods draw (CPython's do): the methods always
** use the Mersenne Twister of the instance.
*/
#include <errno.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include "tally.h"
#include "modules/random.h"
#include "objects/bytearray.h"
#include "objects/range.h"

/* ---- the Mersenne Twister (MT19937) ------------------------------------------- */

#define MT_N 624
#define MT_M 397

typedef struct TyRandom {
    TyObject ob;
    uint32_t state[MT_N];
    int index;               /* next word of state to temper; MT_N: regenerate */
    bool has_gauss;          /* gauss() keeps its second value */
    double gauss_next;
} TyRandom;

static void mt_init(TyRandom *r, uint32_t seed)
{
    uint32_t *mt = r->state;
    mt[0] = seed;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

/* The reference implementation's init_by_array, which CPython uses for
** every seed. */
static void mt_init_by_array(TyRandom *r, const uint32_t *key, size_t keylen)
{
    uint32_t *mt = r->state;
    mt_init(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > keylen ? MT_N : keylen; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen)
            j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

static uint32_t mt_next(TyRandom *r)
{
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        static const uint32_t mag01[2] = { 0, 0x9908b0dfu };
        int kk;
        uint32_t y;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* random(): 27 + 26 bits of two words make a double in [0, 1). */
static double mt_double(TyRandom *r)
{
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 64, drawing the words CPython draws: the
** first word is the low 32 bits; the last word gives its top bits. */
static uint64_t mt_bits64(TyRandom *r, int k)
{
    if (k <= 32)
        return mt_next(r) >> (32 - k);
    uint64_t lo = mt_next(r);
    uint64_t hi = mt_next(r) >> (64 - k);
    return lo | (hi << 32);
}

/* A k-bit random int (k >= 0): new reference. */
static TyObject *random_bits(TyRandom *r, int64_t k)
{
    if (k == 0)
        return tyInt_fromI64(0);
    if (k <= 64)
        return tyInt_fromU64(mt_bits64(r, (int)k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = tyMem_malloc(words * sizeof *w);
    if (!w)
        return NULL;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = mt_next(r);
        w[i] = k < 32 ? x >> (32 - k) : x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    tyMem_free(w);
    TyObject *o = tyInt_fromMpz(z);
    mpz_clear(z);
    return o;
}

/* A random value in [0, limit) for limit > 0, by CPython's
** _randbelow_with_getrandbits: k = limit.bit_length(), draw k bits until
** the value is below the limit. */
static uint64_t below_u64(TyRandom *r, uint64_t limit)
{
    int k = 64 - __builtin_clzll(limit);
    uint64_t v;
    do
        v = mt_bits64(r, k);
    while (v >= limit);
    return v;
}

/* The same for an int n > 0 of any size: new reference. */
static TyObject *random_below(TyRandom *r, TyObject *n)
{
    if (TY_INT_IS_SMALL(n))
        return tyInt_fromU64(below_u64(r, (uint64_t)TY_INT_VALUE(n)));
    mpz_t big;
    mpz_init(big);
    tyInt_toMpz(n, big);
    int64_t k = (int64_t)mpz_sizeinbase(big, 2);
    mpz_clear(big);
    for (;;) {
        TyObject *v = random_bits(r, k);
        if (!v)
            return NULL;
        if (tyInt_compare(v, n) < 0)
            return v;
        TY_DECREF(v);
    }
}

/* random_below for a C count (n > 0). */
static ssize_t random_below_ssize(TyRandom *r, ssize_t n)
{
    return (ssize_t)below_u64(r, (uint64_t)n);
}

/* ---- SHA-512 (FIPS 180-4), for str / bytes seeds ------------------------------- */

/*
** The round constants are the first 64 bits of the fractional parts of
** the cube roots of the first 80 primes, and the initial hash the same for
** the square roots of the first 8 (FIPS 180-4, 4.2.3 and 5.3.5), that is
** floor(cbrt(p * 2**192)) mod 2**64 and floor(sqrt(p * 2**128)) mod 2**64.
** A wrong digit changes every str and bytes seed, which
** tests/lang/random_seeded.py compares with python3.11.
*/
static const uint64_t sha_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
static const uint64_t sha_h0[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const unsigned char *block)
{
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++)
            v = (v << 8) | block[8 * t + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ROTR(w[t - 15], 1) ^ ROTR(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ROTR(w[t - 2], 19) ^ ROTR(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = s1 + w[t - 7] + s0 + w[t - 16];
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (ROTR(e, 14) ^ ROTR(e, 18) ^ ROTR(e, 41)) + ((e & f) ^ (~e & g)) +
                      sha_k[t] + w[t];
        uint64_t t2 = (ROTR(a, 28) ^ ROTR(a, 34) ^ ROTR(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* The 64-byte SHA-512 digest of data[0..n). */
static void sha512(const unsigned char *data, size_t n, unsigned char digest[64])
{
    uint64_t h[8];
    memcpy(h, sha_h0, sizeof h);
    size_t full = n / 128 * 128;
    for (size_t i = 0; i < full; i += 128)
        sha512_block(h, data + i);
    /* The tail, a 1 bit, zeros, and the 128-bit length in bits. */
    unsigned char last[256];
    size_t rest = n - full;
    memset(last, 0, sizeof last);
    memcpy(last, data + full, rest);
    last[rest] = 0x80;
    size_t total = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)n * 8;
    for (int b = 0; b < 8; b++)
        last[total - 1 - b] = (unsigned char)(bits >> (8 * b));
    last[total - 9] = (unsigned char)((uint64_t)n >> 61);
    for (size_t i = 0; i < total; i += 128)
        sha512_block(h, last + i);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++)
            digest[8 * i + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* ---- seeding ----------------------------------------------------------------------- */

/* Seed from the words of |z|, least significant first (CPython's
** random_seed for an int: a zero seed is the one-word key [0]). */
static int seed_from_mpz(TyRandom *r, mpz_srcptr z)
{
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
    uint32_t *key = tyMem_calloc(words ? words : 1, sizeof *key);
    if (!key)
        return -1;
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof *key, 0, 0, z);
    mt_init_by_array(r, key, count ? count : 1);
    tyMem_free(key);
    return 0;
}

static void seed_from_u64(TyRandom *r, uint64_t v)
{
    uint32_t key[2] = { (uint32_t)v, (uint32_t)(v >> 32) };
    mt_init_by_array(r, key, key[1] ? 2 : 1);
}

static int seed_from_int(TyRandom *r, TyObject *n)
{
    if (TY_INT_IS_SMALL(n)) {
        int64_t v = TY_INT_VALUE(n);
        seed_from_u64(r, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    tyInt_toMpz(n, z);
    mpz_abs(z, z);
    int res = seed_from_mpz(r, z);
    mpz_clear(z);
    return res;
}

/* No seed: 624 words from the system's entropy source, or the time and
** the process id if there is none. */
static void seed_from_system(TyRandom *r)
{
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            break;
        }
        got += (size_t)n;
    }
    if (got == sizeof key) {
        mt_init_by_array(r, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t fallback[4] = { (uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32),
                             (uint32_t)ts.tv_nsec, (uint32_t)getpid() };
    mt_init_by_array(r, fallback, 4);
}

/* Version 2 seeding of str / bytes / bytearray:
** int.from_bytes(a + sha512(a).digest(), 'big'). */
static int seed_from_bytes(TyRandom *r, const char *data, size_t n)
{
    unsigned char *buf = tyMem_malloc(n + 64);
    if (!buf)
        return -1;
    memcpy(buf, data, n);
    sha512((const unsigned char *)data, n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n + 64, 1, 1, 0, 0, buf);
    tyMem_free(buf);
    int res = seed_from_mpz(r, z);
    mpz_clear(z);
    return res;
}

/* Version 1 seeding of str / bytes: the old string hash, over code points
** (bytes read as Latin-1). */
static void seed_version1(TyRandom *r, TyObject *a)
{
    uint64_t x = 0;
    ssize_t len;
    if (TY_STR_CHECK(a)) {
        len = TY_STR_LEN(a);
        const char *p = TY_STR_UTF8(a);
        for (ssize_t i = 0; i < len; i++) {
            uint32_t c = ty_utf8Decode(&p);
            if (i == 0)
                x = (uint64_t)c << 7;
            x = (1000003 * x) ^ c;
        }
    } else {
        len = TY_BYTES_LEN(a);
        const unsigned char *p = (const unsigned char *)TY_BYTES_DATA(a);
        for (ssize_t i = 0; i < len; i++) {
            if (i == 0)
                x = (uint64_t)p[0] << 7;
            x = (1000003 * x) ^ p[i];
        }
    }
    x ^= (uint64_t)len;
    seed_from_u64(r, x);
}

/* ---- arguments ------------------------------------------------------------------------ */

/*
** Bind arguments the way a Python method def binds them, with its error
** messages ("Random.randint() missing 1 required positional argument:
** 'b'"): names[] are the parameters after self, the first npos may be
** given by position, the first `required` must be given.  out[i] is
** borrowed or NULL.  0 / -1.
*/
static int method_args(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                       const char *const *names, int npos, int required, TyObject **out)
{
    int nparams = 0;
    while (names[nparams])
        nparams++;
    for (int i = 0; i < nparams; i++)
        out[i] = NULL;
    if (nargs > (size_t)npos) {
        if (required == npos)
            tyErr_format(&TyExc_TypeError, "%s() takes %d positional argument%s but %zu were given",
                         fname, npos + 1, npos == 0 ? "" : "s", nargs + 1);
        else
            tyErr_format(&TyExc_TypeError, "%s() takes from %d to %d positional arguments but %zu were given",
                         fname, required + 1, npos + 1, nargs + 1);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (ssize_t k = 0; kwnames && k < TY_TUPLE_LEN(kwnames); k++) {
        TyObject *key = TY_TUPLE_GET(kwnames, k);
        int i = 0;
        while (i < nparams && !tyStr_eqC(key, names[i]))
            i++;
        if (i == nparams) {
            tyErr_format(&TyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
            return -1;
        }
        if (out[i]) {
            tyErr_format(&TyExc_TypeError, "%s() got multiple values for argument '%s'", fname, names[i]);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    int missing = 0;
    for (int i = 0; i < required; i++)
        missing += out[i] == NULL;
    if (missing == 0)
        return 0;
    TyStrBuilder b;
    tyBuf_init(&b);
    int seen = 0, r = 0;
    for (int i = 0; i < required; i++) {
        if (out[i])
            continue;
        if (seen > 0)
            r |= tyBuf_appendC(&b, missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ");
        r |= tyBuf_appendFormat(&b, "'%s'", names[i]);
        seen++;
    }
    TyObject *list = r == 0 ? tyBuf_finish(&b) : NULL;
    if (!list) {
        tyBuf_free(&b);
        return -1;
    }
    tyErr_format(&TyExc_TypeError, "%s() missing %d required positional argument%s: %U", fname,
                 missing, missing == 1 ? "" : "s", list);
    TY_DECREF(list);
    return -1;
}

#define RANDOM(o) ((TyRandom *)(o))
/* Generic arithmetic shorthands: new references (NULL propagates). */
static TyObject *num_op(TyObject *a, TyObject *b, int op)
{
    if (!a || !b)
        return NULL;
    return tyNum_binary(a, b, op);
}

/* a op b, releasing a and b (either may be NULL after a failure). */
static TyObject *num_op_steal(TyObject *a, TyObject *b, int op)
{
    TyObject *r = num_op(a, b, op);
    TY_XDECREF(a);
    TY_XDECREF(b);
    return r;
}

/* ---- core methods ------------------------------------------------------------------ */

/* seed(a=None, version=2) */
TY_CFUNC(random_seed)
{
    static const char *const names[] = { "a", "version", NULL };
    TyObject *a[2];
    if (method_args("Random.seed", args, nargs, kwnames, names, 2, 0, a) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *seed = a[0] && a[0] != TY_NONE ? a[0] : NULL;
    int version = 2;
    if (a[1]) {
        TyObject *one = tyInt_fromI64(1), *two = tyInt_fromI64(2);
        int is1 = tyObj_richCompareBool(a[1], one, TY_EQ);
        int is2 = is1 == 0 ? tyObj_richCompareBool(a[1], two, TY_EQ) : 0;
        TY_DECREF(one);
        TY_DECREF(two);
        if (is1 < 0 || is2 < 0)
            return NULL;
        version = is1 ? 1 : is2 ? 2 : 0;
    }
    bool is_text = seed && (TY_STR_CHECK(seed) || TY_BYTES_CHECK(seed));
    bool is_bytes_like = seed && (is_text || TY_BYTEARRAY_CHECK(seed));
    int res = 0;
    if (version == 1 && is_text) {
        seed_version1(r, seed);
    } else if (version == 2 && is_bytes_like) {
        if (TY_STR_CHECK(seed))
            res = seed_from_bytes(r, TY_STR_UTF8(seed), (size_t)TY_STR_NBYTES(seed));
        else
            res = seed_from_bytes(r, tyBytes_likeData(seed), (size_t)tyBytes_likeLen(seed));
    } else if (!seed) {
        seed_from_system(r);
    } else if (TY_INT_CHECK(seed)) {
        res = seed_from_int(r, seed);
    } else if (TY_FLOAT_CHECK(seed) || is_bytes_like) {
        /* Other accepted seeds go through their hash, as CPython's C
        ** seeding does. */
        ty_hash h = tyObj_hash(seed);
        if (h == -1 && tyErr_occurred())
            return NULL;
        seed_from_u64(r, (uint64_t)h);
    } else {
        return tyErr_setString(&TyExc_TypeError,
                               "The only supported seed types are: None,\n"
                               "int, float, str, bytes, and bytearray.");
    }
    if (res < 0)
        return NULL;
    r->has_gauss = false;
    return tyNone_new();
}

TY_CFUNC(random_random)
{
    if (tyArg_noKeywords("Random.random", kwnames) < 0 ||
        tyArg_checkPositional("Random.random", nargs, 0, 0) < 0)
        return NULL;
    return tyFloat_from(mt_double(RANDOM(self)));
}

TY_CFUNC(random_getrandbits)
{
    int k;
    if (tyArg_noKeywords("Random.getrandbits", kwnames) < 0 ||
        tyArg_checkPositional("Random.getrandbits", nargs, 1, 1) < 0 || tyArg_int(args[0], &k) < 0)
        return NULL;
    if (k < 0)
        return tyErr_setString(&TyExc_ValueError, "number of bits must be non-negative");
    return random_bits(RANDOM(self), k);
}

/* randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'), built from the
** words directly. */
TY_CFUNC(random_randbytes)
{
    static const char *const names[] = { "n", NULL };
    TyObject *a[1];
    int n;
    if (method_args("Random.randbytes", args, nargs, kwnames, names, 1, 1, a) < 0 || tyArg_int(a[0], &n) < 0)
        return NULL;
    if (n < 0)
        return tyErr_setString(&TyExc_ValueError, "number of bits must be non-negative");
    if (n > INT32_MAX / 8)
        return tyArg_tooLarge("int");
    TyObject *b = tyBytes_fromData(NULL, n);
    if (!b)
        return NULL;
    unsigned char *p = (unsigned char *)TY_BYTES_DATA(b);
    for (int64_t bits = (int64_t)n * 8; bits > 0; bits -= 32) {
        uint32_t w = mt_next(RANDOM(self));
        int nbytes = bits >= 32 ? 4 : (int)(bits / 8);
        if (bits < 32)
            w >>= 32 - bits;
        for (int i = 0; i < nbytes; i++)
            *p++ = (unsigned char)(w >> (8 * i));
    }
    return b;
}

/* getstate(): (3, (624 state words..., index), gauss_next). */
TY_CFUNC(random_getstate)
{
    if (tyArg_noKeywords("Random.getstate", kwnames) < 0 ||
        tyArg_checkPositional("Random.getstate", nargs, 0, 0) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *inner = tyTuple_new(MT_N + 1);
    if (!inner)
        return NULL;
    for (int i = 0; i < MT_N; i++)
        TY_TUPLE_SET(inner, i, tyInt_fromI64(r->state[i]));
    TY_TUPLE_SET(inner, MT_N, tyInt_fromI64(r->index));
    /* A tuple releases its filled slots and skips the NULL ones. */
    for (int i = 0; i <= MT_N; i++) {
        if (!TY_TUPLE_GET(inner, i)) {
            TY_DECREF(inner);
            return NULL;
        }
    }
    TyObject *version = tyInt_fromI64(3);
    TyObject *gauss = r->has_gauss ? tyFloat_from(r->gauss_next) : tyNone_new();
    TyObject *state = version && gauss ? tyTuple_pack(3, version, inner, gauss) : NULL;
    TY_XDECREF(version);
    TY_XDECREF(gauss);
    TY_DECREF(inner);
    return state;
}

/* The generator's own part of setstate: a tuple of 624 words and an
** index.  Values are taken modulo 2**32 when `wrap` (version 2 states). */
static int set_internal_state(TyRandom *r, TyObject *inner, bool wrap)
{
    if (!TY_TUPLE_CHECK(inner)) {
        tyErr_setString(&TyExc_TypeError, "state vector must be a tuple");
        return -1;
    }
    if (TY_TUPLE_LEN(inner) != MT_N + 1) {
        tyErr_setString(&TyExc_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        TyObject *item = TY_TUPLE_GET(inner, i);
        if (!TY_INT_CHECK(item)) {
            tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         tyType_name(TY_TYPE(item)));
            return -1;
        }
        if (!wrap && tyInt_sign(item) < 0) {
            tyErr_setString(&TyExc_OverflowError, "can't convert negative value to unsigned int");
            return -1;
        }
        mpz_t z;
        mpz_init(z);
        tyInt_toMpz(item, z);
        mpz_fdiv_r_2exp(z, z, 32);
        words[i] = (uint32_t)mpz_get_ui(z);
        mpz_clear(z);
    }
    TyObject *last = TY_TUPLE_GET(inner, MT_N);
    int64_t index;
    if (!TY_INT_CHECK(last)) {
        tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                     tyType_name(TY_TYPE(last)));
        return -1;
    }
    if (tyInt_asI64(last, &index) < 0)
        return -1;
    if (index < 0 || index > MT_N) {
        tyErr_setString(&TyExc_ValueError, "invalid state");
        return -1;
    }
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    return 0;
}

TY_CFUNC(random_setstate)
{
    static const char *const names[] = { "state", NULL };
    TyObject *a[1];
    if (method_args("Random.setstate", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *zero = tyInt_fromI64(0);
    TyObject *version = tyObj_getItem(a[0], zero);
    TY_DECREF(zero);
    if (!version)
        return NULL;
    TyObject *three = tyInt_fromI64(3), *two = tyInt_fromI64(2);
    int v3 = tyObj_richCompareBool(version, three, TY_EQ);
    int v2 = v3 == 0 ? tyObj_richCompareBool(version, two, TY_EQ) : 0;
    TY_DECREF(three);
    TY_DECREF(two);
    if (v3 < 0 || v2 < 0) {
        TY_DECREF(version);
        return NULL;
    }
    if (!v3 && !v2) {
        tyErr_format(&TyExc_ValueError, "state with version %S passed to Random.setstate() of version 3",
                     version);
        TY_DECREF(version);
        return NULL;
    }
    TY_DECREF(version);
    TyObject *parts = tyList_fromIterable(a[0]);
    if (!parts)
        return NULL;
    ssize_t n = TY_LIST_LEN(parts);
    if (n != 3) {
        if (n < 3)
            tyErr_format(&TyExc_ValueError, "not enough values to unpack (expected 3, got %zd)", n);
        else
            tyErr_setString(&TyExc_ValueError, "too many values to unpack (expected 3)");
        TY_DECREF(parts);
        return NULL;
    }
    TyObject *gauss = TY_LIST_GET(parts, 2);
    double g = 0.0;
    if (gauss != TY_NONE) {
        g = tyFloat_asDouble(gauss);
        if (g == -1.0 && tyErr_occurred()) {
            TY_DECREF(parts);
            return NULL;
        }
    }
    int res = set_internal_state(r, TY_LIST_GET(parts, 1), v2 != 0);
    TY_DECREF(parts);
    if (res < 0)
        return NULL;
    r->has_gauss = gauss != TY_NONE;
    r->gauss_next = g;
    return tyNone_new();
}

/* ---- integers ------------------------------------------------------------------------ */

/*
** A randrange argument as an int: operator.index(x), or for other numbers
** int(x) when that equals x (CPython 3.11 accepts integral floats with a
** DeprecationWarning, which tally does not print), else ValueError(msg).
** New reference.
*/
static TyObject *range_arg(TyObject *x, const char *msg)
{
    TyObject *i = tyNum_index(x);
    if (i || !tyErr_exceptionMatches(&TyExc_TypeError))
        return i;
    tyErr_clear();
    i = tyNum_long(x);
    if (!i)
        return NULL;
    int ne = tyObj_richCompareBool(i, x, TY_NE);
    if (ne != 0) {
        TY_DECREF(i);
        return ne < 0 ? NULL : tyErr_setString(&TyExc_ValueError, msg);
    }
    return i;
}

/* istart + istep * randbelow(n), all ints; n > 0.  New reference. */
static TyObject *range_pick(TyRandom *r, TyObject *istart, TyObject *istep, TyObject *n)
{
    TyObject *k = random_below(r, n);
    if (!k)
        return NULL;
    TyObject *off = istep ? num_op_steal(TY_NEWREF(istep), k, TY_BINOP_MUL) : k;
    return num_op_steal(TY_NEWREF(istart), off, TY_BINOP_ADD);
}

/* randrange for ints that fit in 64 bits, with no overflow on the way:
** 1 with *out set, 0 when the generic path must be taken, -1 on error. */
static int randrange_small(TyRandom *r, TyObject *istart, TyObject *istop, TyObject *istep,
                           TyObject **out)
{
    if (!TY_INT_IS_SMALL(istart) || !TY_INT_IS_SMALL(istop) || !TY_INT_IS_SMALL(istep))
        return 0;
    int64_t start = TY_INT_VALUE(istart), stop = TY_INT_VALUE(istop), step = TY_INT_VALUE(istep);
    int64_t width, n;
    if (step == 0 || __builtin_sub_overflow(stop, start, &width))
        return 0;
    if (step == 1) {
        n = width;
    } else {
        int64_t adj = step > 0 ? step - 1 : step + 1, num;
        if (__builtin_add_overflow(width, adj, &num) || (num == INT64_MIN && step == -1))
            return 0;
        n = num / step - ((num % step != 0) && ((num < 0) != (step < 0)));
    }
    if (n <= 0)
        return 0;
    int64_t k = (int64_t)random_below_ssize(r, n), v;
    if (__builtin_mul_overflow(k, step, &v) || __builtin_add_overflow(v, start, &v)) {
        /* The draw is done; only the result needs big ints. */
        TyObject *off = num_op_steal(TY_NEWREF(istep), tyInt_fromI64(k), TY_BINOP_MUL);
        *out = num_op_steal(TY_NEWREF(istart), off, TY_BINOP_ADD);
    } else {
        *out = tyInt_fromI64(v);
    }
    return *out ? 1 : -1;
}

static TyObject *randrange(TyRandom *r, TyObject *start, TyObject *stop, TyObject *step)
{
    TyObject *one = tyInt_fromI64(1);
    TyObject *istart = NULL, *istop = NULL, *istep = NULL, *width = NULL, *n = NULL, *res = NULL;
    istart = range_arg(start, "non-integer arg 1 for randrange()");
    if (!istart)
        goto done;
    if (!stop || stop == TY_NONE) {
        if (step && step != one) {
            tyErr_setString(&TyExc_TypeError, "Missing a non-None stop argument");
            goto done;
        }
        if (tyInt_sign(istart) > 0)
            res = random_below(r, istart);
        else
            tyErr_setString(&TyExc_ValueError, "empty range for randrange()");
        goto done;
    }
    istop = range_arg(stop, "non-integer stop for randrange()");
    if (!istop)
        goto done;
    istep = step ? range_arg(step, "non-integer step for randrange()") : TY_NEWREF(one);
    if (!istep)
        goto done;
    int fast = randrange_small(r, istart, istop, istep, &res);
    if (fast != 0)
        goto done;
    width = tyInt_sub(istop, istart);
    if (!width)
        goto done;
    int sstep = tyInt_sign(istep);
    if (sstep > 0 && tyInt_compare(istep, one) == 0) {
        if (tyInt_sign(width) > 0)
            res = range_pick(r, istart, NULL, width);
        else
            tyErr_format(&TyExc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop,
                         width);
        goto done;
    }
    if (sstep == 0) {
        tyErr_setString(&TyExc_ValueError, "zero step for randrange()");
        goto done;
    }
    TyObject *adj = sstep > 0 ? tyInt_sub(istep, one) : tyInt_add(istep, one);
    TyObject *num = adj ? tyInt_add(width, adj) : NULL;
    TY_XDECREF(adj);
    n = num ? tyInt_floorDiv(num, istep) : NULL;
    TY_XDECREF(num);
    if (!n)
        goto done;
    if (tyInt_sign(n) <= 0) {
        tyErr_setString(&TyExc_ValueError, "empty range for randrange()");
        goto done;
    }
    res = range_pick(r, istart, istep, n);
done:
    TY_DECREF(one);
    TY_XDECREF(istart);
    TY_XDECREF(istop);
    TY_XDECREF(istep);
    TY_XDECREF(width);
    TY_XDECREF(n);
    return res;
}

TY_CFUNC(random_randrange)
{
    static const char *const names[] = { "start", "stop", "step", NULL };
    TyObject *a[3];
    if (method_args("Random.randrange", args, nargs, kwnames, names, 3, 1, a) < 0)
        return NULL;
    return randrange(RANDOM(self), a[0], a[1], a[2]);
}

TY_CFUNC(random_randint)
{
    static const char *const names[] = { "a", "b", NULL };
    TyObject *a[2];
    if (method_args("Random.randint", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    TyObject *one = tyInt_fromI64(1);
    TyObject *stop = num_op(a[1], one, TY_BINOP_ADD);
    TY_DECREF(one);
    if (!stop)
        return NULL;
    TyObject *r = randrange(RANDOM(self), a[0], stop, NULL);
    TY_DECREF(stop);
    return r;
}

/* ---- sequences ----------------------------------------------------------------------- */

/* seq[i] for a C index: new reference. */
static TyObject *item_at(TyObject *seq, ssize_t i)
{
    if (TY_LIST_CHECK_EXACT(seq) && i >= 0 && i < TY_LIST_LEN(seq))
        return TY_NEWREF(TY_LIST_GET(seq, i));
    TyObject *key = tyInt_fromI64(i);
    if (!key)
        return NULL;
    TyObject *v = tyObj_getItem(seq, key);
    TY_DECREF(key);
    return v;
}

TY_CFUNC(random_choice)
{
    static const char *const names[] = { "seq", NULL };
    TyObject *a[1];
    if (method_args("Random.choice", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    ssize_t n = tyObj_length(a[0]);
    if (n < 0)
        return NULL;
    if (n == 0)
        return tyErr_setString(&TyExc_IndexError, "Cannot choose from an empty sequence");
    return item_at(a[0], random_below_ssize(RANDOM(self), n));
}

TY_CFUNC(random_shuffle)
{
    static const char *const names[] = { "x", NULL };
    TyObject *a[1];
    if (method_args("Random.shuffle", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyObject *x = a[0];
    ssize_t n = tyObj_length(x);
    if (n < 0)
        return NULL;
    for (ssize_t i = n - 1; i >= 1; i--) {
        ssize_t j = random_below_ssize(RANDOM(self), i + 1);
        if (TY_LIST_CHECK_EXACT(x) && i < TY_LIST_LEN(x)) {
            TyObject **items = TY_LIST_ITEMS(x);
            TyObject *t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        /* x[i], x[j] = x[j], x[i], in Python's order of evaluation. */
        TyObject *ki = tyInt_fromI64(i), *kj = tyInt_fromI64(j);
        TyObject *vj = ki && kj ? tyObj_getItem(x, kj) : NULL;
        TyObject *vi = vj ? tyObj_getItem(x, ki) : NULL;
        int res = vi && tyObj_setItem(x, ki, vj) == 0 && tyObj_setItem(x, kj, vi) == 0 ? 0 : -1;
        TY_XDECREF(ki);
        TY_XDECREF(kj);
        TY_XDECREF(vi);
        TY_XDECREF(vj);
        if (res < 0)
            return NULL;
    }
    return tyNone_new();
}

/* list(itertools.accumulate(iterable)): running sums with `+`. */
static TyObject *accumulate(TyObject *iterable)
{
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return NULL;
    TyObject *list = tyList_new(0), *total = NULL, *v;
    while (list && (v = tyIter_next(it)) != NULL) {
        if (total) {
            TyObject *sum = tyNum_binary(total, v, TY_BINOP_ADD);
            TY_DECREF(total);
            TY_DECREF(v);
            total = sum;
        } else {
            total = v;
        }
        if (!total || tyList_append(list, total) < 0)
            TY_CLEAR(list);
    }
    TY_XDECREF(total);
    TY_DECREF(it);
    if (list && tyErr_occurred())
        TY_CLEAR(list);
    return list;
}

/* bisect.bisect_right(a, x, lo, hi) over any indexable a.  -1 on error. */
static ssize_t bisect_right(TyObject *a, TyObject *x, ssize_t lo, ssize_t hi)
{
    while (lo < hi) {
        ssize_t mid = lo + (hi - lo) / 2;
        TyObject *v = item_at(a, mid);
        if (!v)
            return -1;
        int lt = tyObj_richCompareBool(x, v, TY_LT);
        TY_DECREF(v);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* The count argument k of choices(): range(k) semantics (an int; a
** negative count gives nothing). */
static int count_arg(TyObject *k, ssize_t *out)
{
    ssize_t n = tyNum_asSsize(k, NULL);
    if (n == -1 && tyErr_occurred())
        return -1;
    *out = n < 0 ? 0 : n;
    return 0;
}

/* choices(population, weights=None, *, cum_weights=None, k=1) */
TY_CFUNC(random_choices)
{
    static const char *const names[] = { "population", "weights", "cum_weights", "k", NULL };
    TyObject *a[4];
    if (method_args("Random.choices", args, nargs, kwnames, names, 2, 1, a) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *population = a[0];
    TyObject *weights = a[1] == TY_NONE ? NULL : a[1];
    TyObject *cum = a[2] == TY_NONE ? NULL : a[2];
    ssize_t k = 1;
    ssize_t n = tyObj_length(population);
    if (n < 0)
        return NULL;
    TyObject *result = NULL;
    if (!cum && !weights) {
        if (a[3] && count_arg(a[3], &k) < 0)
            return NULL;
        result = tyList_new(0);
        for (ssize_t i = 0; result && i < k; i++) {
            TyObject *v = item_at(population, (ssize_t)floor(mt_double(r) * (double)n));
            if (!v || tyList_append(result, v) < 0)
                TY_CLEAR(result);
            TY_XDECREF(v);
        }
        return result;
    }
    if (cum && weights)
        return tyErr_setString(&TyExc_TypeError, "Cannot specify both weights and cumulative weights");
    if (cum) {
        TY_INCREF(cum);
    } else {
        cum = accumulate(weights);
        if (!cum) {
            if (tyErr_exceptionMatches(&TyExc_TypeError) && TY_INT_CHECK(weights)) {
                tyErr_clear();
                return tyErr_format(&TyExc_TypeError,
                                    "The number of choices must be a keyword argument: k=%R", weights);
            }
            return NULL;
        }
    }
    TyObject *total = NULL, *zero = NULL;
    double t = 0.0;
    ssize_t ncum = tyObj_length(cum);
    if (ncum < 0)
        goto done;
    if (ncum != n) {
        tyErr_setString(&TyExc_ValueError, "The number of weights does not match the population");
        goto done;
    }
    zero = tyFloat_from(0.0);
    total = num_op_steal(item_at(cum, n - 1), TY_NEWREF(zero), TY_BINOP_ADD);
    if (!total)
        goto done;
    t = tyFloat_asDouble(total);
    if (t == -1.0 && tyErr_occurred())
        goto done;
    if (t <= 0.0) {
        tyErr_setString(&TyExc_ValueError, "Total of weights must be greater than zero");
        goto done;
    }
    if (!isfinite(t)) {
        tyErr_setString(&TyExc_ValueError, "Total of weights must be finite");
        goto done;
    }
    if (a[3] && count_arg(a[3], &k) < 0)
        goto done;
    result = tyList_new(0);
    for (ssize_t i = 0; result && i < k; i++) {
        TyObject *x = tyFloat_from(mt_double(r) * t);
        ssize_t pos = x ? bisect_right(cum, x, 0, n - 1) : -1;
        TY_XDECREF(x);
        TyObject *v = pos >= 0 ? item_at(population, pos) : NULL;
        if (!v || tyList_append(result, v) < 0)
            TY_CLEAR(result);
        TY_XDECREF(v);
    }
done:
    TY_XDECREF(total);
    TY_XDECREF(zero);
    TY_DECREF(cum);
    return result;
}

/* Does sample() take this population (collections.abc.Sequence)? */
static bool is_sequence(TyObject *o)
{
    return TY_LIST_CHECK(o) || TY_TUPLE_CHECK(o) || TY_STR_CHECK(o) || TY_BYTES_CHECK(o) ||
           TY_BYTEARRAY_CHECK(o) || TY_IS_INSTANCE(o, &TyRange_Type);
}

/*
** The indices of sample(range(n), k) as CPython picks them: a pool of
** indices when n is small compared with k (each pick fills its hole with
** the last unpicked index), else repeated draws until an unseen index
** comes up.  New list of ints.
*/
static TyObject *sample_indices(TyRandom *r, TyObject *n_obj, ssize_t k)
{
    TyObject *result = tyList_new(k);
    if (!result)
        return NULL;
    for (ssize_t i = 0; i < k; i++)
        TY_LIST_SET(result, i, tyNone_new());
    /* setsize = 21 + 4 ** ceil(log(3k, 4)) for k > 5, as CPython computes it. */
    double setsize = 21.0;
    if (k > 5)
        setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    ssize_t n = TY_INT_IS_SMALL(n_obj) ? (ssize_t)TY_INT_VALUE(n_obj) : -1;
    if (n >= 0 && (double)n <= setsize) {
        ssize_t *pool = tyMem_malloc(((size_t)n + 1) * sizeof *pool);
        if (!pool) {
            TY_DECREF(result);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++)
            pool[i] = i;
        for (ssize_t i = 0; i < k; i++) {
            ssize_t j = random_below_ssize(r, n - i);
            TyObject *v = tyInt_fromI64(pool[j]);
            if (!v) {
                tyMem_free(pool);
                TY_DECREF(result);
                return NULL;
            }
            TY_SETREF(TY_LIST_ITEMS(result)[i], v);
            pool[j] = pool[n - i - 1];
        }
        tyMem_free(pool);
        return result;
    }
    TyObject *selected = tyDict_new();
    if (!selected) {
        TY_DECREF(result);
        return NULL;
    }
    for (ssize_t i = 0; i < k; i++) {
        TyObject *j = NULL;
        int seen = 1;
        while (seen == 1) {
            TY_XDECREF(j);
            j = random_below(r, n_obj);
            seen = j ? tyDict_contains(selected, j) : -1;
        }
        if (seen < 0 || tyDict_setItem(selected, j, TY_NONE) < 0) {
            TY_XDECREF(j);
            TY_DECREF(selected);
            TY_DECREF(result);
            return NULL;
        }
        TY_SETREF(TY_LIST_ITEMS(result)[i], j);
    }
    TY_DECREF(selected);
    return result;
}

/* sample(population, k, *, counts=None) */
TY_CFUNC(random_sample)
{
    static const char *const names[] = { "population", "k", "counts", NULL };
    TyObject *a[3];
    if (method_args("Random.sample", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *population = a[0], *kobj = a[1];
    TyObject *counts = a[2] == TY_NONE ? NULL : a[2];
    if (!is_sequence(population))
        return tyErr_setString(&TyExc_TypeError,
                               "Population must be a sequence.  For dicts or sets, use sorted(d).");
    ssize_t n = tyObj_length(population);
    if (n < 0)
        return NULL;
    TyObject *cum = NULL, *total = NULL, *indices = NULL, *result = NULL;
    TyObject *n_obj = NULL, *zero = tyInt_fromI64(0);
    if (counts) {
        cum = accumulate(counts);
        if (!cum)
            goto done;
        if (TY_LIST_LEN(cum) != n) {
            tyErr_setString(&TyExc_ValueError, "The number of counts does not match the population");
            goto done;
        }
        if (n == 0) {
            tyErr_setString(&TyExc_IndexError, "pop from empty list");
            goto done;
        }
        total = TY_NEWREF(TY_LIST_GET(cum, n - 1));
        TY_SETREF(cum, tyList_slice(cum, 0, n - 1));
        if (!cum)
            goto done;
        if (!TY_INT_CHECK(total)) {
            tyErr_setString(&TyExc_TypeError, "Counts must be integers");
            goto done;
        }
        if (tyInt_sign(total) <= 0) {
            tyErr_setString(&TyExc_ValueError, "Total of counts must be greater than zero");
            goto done;
        }
        n_obj = TY_NEWREF(total);
    } else {
        n_obj = tyInt_fromI64(n);
        if (!n_obj)
            goto done;
    }
    /* if not 0 <= k <= n: ValueError, before k is used as a count. */
    int ok = tyObj_richCompareBool(zero, kobj, TY_LE);
    if (ok > 0)
        ok = tyObj_richCompareBool(kobj, n_obj, TY_LE);
    if (ok <= 0) {
        if (ok == 0)
            tyErr_setString(&TyExc_ValueError, "Sample larger than population or is negative");
        goto done;
    }
    if (!TY_INT_CHECK(kobj) && !TY_TYPE(kobj)->nb_index) {
        tyErr_format(&TyExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                     tyType_name(TY_TYPE(kobj)));
        goto done;
    }
    ssize_t k = tyNum_asSsize(kobj, NULL);
    if (k == -1 && tyErr_occurred())
        goto done;
    indices = sample_indices(r, n_obj, k);
    if (!indices)
        goto done;
    result = tyList_new(k);
    if (!result)
        goto done;
    for (ssize_t i = 0; i < k; i++)
        TY_LIST_SET(result, i, tyNone_new());
    for (ssize_t i = 0; i < k; i++) {
        TyObject *idx = TY_LIST_GET(indices, i);
        TyObject *v;
        if (cum) {
            ssize_t pos = bisect_right(cum, idx, 0, TY_LIST_LEN(cum));
            v = pos >= 0 ? item_at(population, pos) : NULL;
        } else {
            v = tyObj_getItem(population, idx);
        }
        if (!v) {
            TY_CLEAR(result);
            goto done;
        }
        TY_SETREF(TY_LIST_ITEMS(result)[i], v);
    }
done:
    TY_XDECREF(zero);
    TY_XDECREF(n_obj);
    TY_XDECREF(cum);
    TY_XDECREF(total);
    TY_XDECREF(indices);
    return result;
}

/* ---- distributions ------------------------------------------------------------------ */

#define TWOPI 6.283185307179586
#define LOG4 1.3862943611198906
#define SG_MAGICCONST 2.504077396776274
#define NV_MAGICCONST 1.7155277699214135

/* A float argument of the distributions that compute in doubles. */
static int double_arg(TyObject *o, double *out)
{
    *out = tyFloat_asDouble(o);
    return *out == -1.0 && tyErr_occurred() ? -1 : 0;
}

/* math.exp / math.log on values the algorithms keep in range, with
** math's OverflowError for exp. */
static TyObject *float_exp(double x)
{
    double v = exp(x);
    if (isinf(v) && isfinite(x))
        return tyErr_setString(&TyExc_OverflowError, "math range error");
    return tyFloat_from(v);
}

TY_CFUNC(random_uniform)
{
    static const char *const names[] = { "a", "b", NULL };
    TyObject *a[2];
    if (method_args("Random.uniform", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    /* a + (b - a) * random() */
    TyObject *diff = num_op(a[1], a[0], TY_BINOP_SUB);
    if (!diff)
        return NULL;
    TyObject *scaled = num_op_steal(diff, tyFloat_from(mt_double(RANDOM(self))), TY_BINOP_MUL);
    return num_op_steal(TY_NEWREF(a[0]), scaled, TY_BINOP_ADD);
}

TY_CFUNC(random_triangular)
{
    static const char *const names[] = { "low", "high", "mode", NULL };
    TyObject *a[3];
    if (method_args("Random.triangular", args, nargs, kwnames, names, 3, 0, a) < 0)
        return NULL;
    double u = mt_double(RANDOM(self));
    TyObject *low = a[0] ? TY_NEWREF(a[0]) : tyFloat_from(0.0);
    TyObject *high = a[1] ? TY_NEWREF(a[1]) : tyFloat_from(1.0);
    TyObject *c = NULL, *res = NULL;
    if (!low || !high)
        goto done;
    if (!a[2] || a[2] == TY_NONE) {
        c = tyFloat_from(0.5);
    } else {
        c = num_op_steal(num_op(a[2], low, TY_BINOP_SUB), num_op(high, low, TY_BINOP_SUB),
                         TY_BINOP_TRUEDIV);
        if (!c && tyErr_exceptionMatches(&TyExc_ZeroDivisionError)) {
            tyErr_clear();
            res = TY_NEWREF(low);
            goto done;
        }
    }
    if (!c)
        goto done;
    TyObject *uo = tyFloat_from(u);
    int gt = uo ? tyObj_richCompareBool(uo, c, TY_GT) : -1;
    TY_XDECREF(uo);
    if (gt < 0)
        goto done;
    if (gt) {
        u = 1.0 - u;
        TY_SETREF(c, num_op_steal(tyFloat_from(1.0), TY_NEWREF(c), TY_BINOP_SUB));
        TyObject *t = low;
        low = high;
        high = t;
        if (!c)
            goto done;
    }
    /* low + (high - low) * sqrt(u * c) */
    TyObject *uc = num_op_steal(tyFloat_from(u), TY_NEWREF(c), TY_BINOP_MUL);
    if (!uc)
        goto done;
    double ucd = tyFloat_asDouble(uc);
    TY_DECREF(uc);
    if (ucd == -1.0 && tyErr_occurred())
        goto done;
    if (ucd < 0.0) {
        tyErr_setString(&TyExc_ValueError, "math domain error");
        goto done;
    }
    TyObject *scaled = num_op_steal(num_op(high, low, TY_BINOP_SUB), tyFloat_from(sqrt(ucd)), TY_BINOP_MUL);
    res = num_op_steal(TY_NEWREF(low), scaled, TY_BINOP_ADD);
done:
    TY_XDECREF(low);
    TY_XDECREF(high);
    TY_XDECREF(c);
    return res;
}

/* mu + z * sigma with the caller's mu and sigma (defaults 0.0 and 1.0). */
static TyObject *scale_normal(double z, TyObject *mu, TyObject *sigma)
{
    TyObject *m = mu ? TY_NEWREF(mu) : tyFloat_from(0.0);
    TyObject *s = sigma ? TY_NEWREF(sigma) : tyFloat_from(1.0);
    return num_op_steal(m, num_op_steal(tyFloat_from(z), s, TY_BINOP_MUL), TY_BINOP_ADD);
}

/* Kinderman and Monahan's ratio method. */
static double normal_z(TyRandom *r)
{
    for (;;) {
        double u1 = mt_double(r);
        double u2 = 1.0 - mt_double(r);
        double z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            return z;
    }
}

TY_CFUNC(random_normalvariate)
{
    static const char *const names[] = { "mu", "sigma", NULL };
    TyObject *a[2];
    if (method_args("Random.normalvariate", args, nargs, kwnames, names, 2, 0, a) < 0)
        return NULL;
    return scale_normal(normal_z(RANDOM(self)), a[0], a[1]);
}

/* Box-Muller, keeping the second value for the next call. */
TY_CFUNC(random_gauss)
{
    static const char *const names[] = { "mu", "sigma", NULL };
    TyObject *a[2];
    if (method_args("Random.gauss", args, nargs, kwnames, names, 2, 0, a) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = mt_double(r) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - mt_double(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return scale_normal(z, a[0], a[1]);
}

TY_CFUNC(random_lognormvariate)
{
    static const char *const names[] = { "mu", "sigma", NULL };
    TyObject *a[2];
    if (method_args("Random.lognormvariate", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    TyObject *v = scale_normal(normal_z(RANDOM(self)), a[0], a[1]);
    double d;
    if (!v || double_arg(v, &d) < 0) {
        TY_XDECREF(v);
        return NULL;
    }
    TY_DECREF(v);
    return float_exp(d);
}

TY_CFUNC(random_expovariate)
{
    static const char *const names[] = { "lambd", NULL };
    TyObject *a[1];
    if (method_args("Random.expovariate", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    double v = -log(1.0 - mt_double(RANDOM(self)));
    return num_op_steal(tyFloat_from(v), TY_NEWREF(a[0]), TY_BINOP_TRUEDIV);
}

/* Python's float % for a positive modulus. */
static double mod_twopi(double x)
{
    double m = fmod(x, TWOPI);
    if (m == 0.0)
        return 0.0;
    return m < 0.0 ? m + TWOPI : m;
}

TY_CFUNC(random_vonmisesvariate)
{
    static const char *const names[] = { "mu", "kappa", NULL };
    TyObject *a[2];
    double mu, kappa;
    if (method_args("Random.vonmisesvariate", args, nargs, kwnames, names, 2, 2, a) < 0 ||
        double_arg(a[0], &mu) < 0 || double_arg(a[1], &kappa) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    if (kappa <= 1e-6)
        return tyFloat_from(TWOPI * mt_double(r));
    double s = 0.5 / kappa;
    double rr = s + sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = mt_double(r);
        z = cos(M_PI * u1);
        double d = z / (rr + z);
        double u2 = mt_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = mt_double(r);
    return tyFloat_from(u3 > 0.5 ? mod_twopi(mu + acos(f)) : mod_twopi(mu - acos(f)));
}

/* gammavariate's value before the final `* beta`; -1.0 never occurs. */
static double gamma_x(TyRandom *r, double alpha)
{
    if (alpha > 1.0) {
        /* Cheng's rejection algorithm GB. */
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = mt_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - mt_double(r);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= log(z))
                return x;
        }
    }
    if (alpha == 1.0)
        return -log(1.0 - mt_double(r));
    /* alpha < 1: algorithm GS of Statistical Computing (Kennedy & Gentle). */
    for (;;) {
        double u = mt_double(r);
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        double x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = mt_double(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0))
                return x;
        } else if (u1 <= exp(-x)) {
            return x;
        }
    }
}

TY_CFUNC(random_gammavariate)
{
    static const char *const names[] = { "alpha", "beta", NULL };
    TyObject *a[2];
    double alpha, beta;
    if (method_args("Random.gammavariate", args, nargs, kwnames, names, 2, 2, a) < 0 ||
        double_arg(a[0], &alpha) < 0 || double_arg(a[1], &beta) < 0)
        return NULL;
    if (alpha <= 0.0 || beta <= 0.0)
        return tyErr_setString(&TyExc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    return tyFloat_from(gamma_x(RANDOM(self), alpha) * beta);
}

TY_CFUNC(random_betavariate)
{
    static const char *const names[] = { "alpha", "beta", NULL };
    TyObject *a[2];
    double alpha, beta;
    if (method_args("Random.betavariate", args, nargs, kwnames, names, 2, 2, a) < 0 ||
        double_arg(a[0], &alpha) < 0 || double_arg(a[1], &beta) < 0)
        return NULL;
    if (alpha <= 0.0)
        return tyErr_setString(&TyExc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    double y = gamma_x(RANDOM(self), alpha);
    if (y == 0.0)
        return tyFloat_from(0.0);
    if (beta <= 0.0)
        return tyErr_setString(&TyExc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    return tyFloat_from(y / (y + gamma_x(RANDOM(self), beta)));
}

TY_CFUNC(random_paretovariate)
{
    static const char *const names[] = { "alpha", NULL };
    TyObject *a[1];
    if (method_args("Random.paretovariate", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    double u = 1.0 - mt_double(RANDOM(self));
    /* u ** (-1.0 / alpha) */
    TyObject *e = num_op_steal(tyFloat_from(-1.0), TY_NEWREF(a[0]), TY_BINOP_TRUEDIV);
    return num_op_steal(tyFloat_from(u), e, TY_BINOP_POW);
}

TY_CFUNC(random_weibullvariate)
{
    static const char *const names[] = { "alpha", "beta", NULL };
    TyObject *a[2];
    if (method_args("Random.weibullvariate", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    double u = 1.0 - mt_double(RANDOM(self));
    /* alpha * (-log(u)) ** (1.0 / beta) */
    TyObject *e = num_op_steal(tyFloat_from(1.0), TY_NEWREF(a[1]), TY_BINOP_TRUEDIV);
    TyObject *p = num_op_steal(tyFloat_from(-log(u)), e, TY_BINOP_POW);
    return num_op_steal(TY_NEWREF(a[0]), p, TY_BINOP_MUL);
}

/* ---- the type and the module --------------------------------------------------------- */

static TyMethodDef random_methods[] = {
    { "seed", random_seed, 0, "Initialize internal state from a seed." },
    { "random", random_random, 0, "random() -> x in the interval [0, 1)." },
    { "getrandbits", random_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { "randbytes", random_randbytes, 0, "Generate n random bytes." },
    { "getstate", random_getstate, 0, "Return internal state; can be passed to setstate() later." },
    { "setstate", random_setstate, 0, "Restore internal state from object returned by getstate()." },
    { "randrange", random_randrange, 0, "Choose a random item from range(stop) or range(start, stop[, step])." },
    { "randint", random_randint, 0, "Return random integer in range [a, b], including both end points." },
    { "choice", random_choice, 0, "Choose a random element from a non-empty sequence." },
    { "choices", random_choices, 0, "Return a k sized list of population elements chosen with replacement." },
    { "shuffle", random_shuffle, 0, "Shuffle list x in place, and return None." },
    { "sample", random_sample, 0, "Chooses k unique random elements from a population sequence." },
    { "uniform", random_uniform, 0, "Get a random number in the range [a, b) or [a, b] depending on rounding." },
    { "triangular", random_triangular, 0, "Triangular distribution." },
    { "normalvariate", random_normalvariate, 0, "Normal distribution." },
    { "gauss", random_gauss, 0, "Gaussian distribution." },
    { "lognormvariate", random_lognormvariate, 0, "Log normal distribution." },
    { "expovariate", random_expovariate, 0, "Exponential distribution." },
    { "vonmisesvariate", random_vonmisesvariate, 0, "Circular data distribution." },
    { "gammavariate", random_gammavariate, 0, "Gamma distribution.  Not the gamma function!" },
    { "betavariate", random_betavariate, 0, "Beta distribution." },
    { "paretovariate", random_paretovariate, 0, "Pareto distribution.  alpha is the shape parameter." },
    { "weibullvariate", random_weibullvariate, 0, "Weibull distribution." },
    { NULL }
};

/* Random(x=None): a generator seeded with x, as seed(x). */
static TyObject *random_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "x", NULL };
    TyObject *a[1];
    if (method_args("Random.__init__", args, nargs, kwnames, names, 1, 0, a) < 0)
        return NULL;
    TyObject *self = tyType_genericAlloc(type, 0);
    if (!self)
        return NULL;
    TyObject *r = random_seed(self, a, a[0] ? 1 : 0, NULL);
    if (!r) {
        TY_DECREF(self);
        return NULL;
    }
    TY_DECREF(r);
    return self;
}

static void random_dealloc(TyObject *o)
{
    tyObj_free(o);
}

TyType TyRandom_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "random.Random",
    .basicsize = sizeof(TyRandom),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = random_dealloc,
    .tp_new = random_new,
    .methods = random_methods,
    .doc = "Random number generator base class used by bound module functions.",
};

void tyRandom_fini(void)
{
    tyType_finiStatic(&TyRandom_Type);
}

TyObject *tyRandom_create(void)
{
    if (tyType_ready(&TyRandom_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("random", NULL);
    if (!m)
        return NULL;
    TyObject *inst = random_new(&TyRandom_Type, NULL, 0, NULL);
    if (!inst || tyModule_addObject(m, "Random", (TyObject *)&TyRandom_Type) < 0) {
        TY_XDECREF(inst);
        TY_DECREF(m);
        return NULL;
    }
    /* The module's functions are the bound methods of one hidden instance,
    ** as in CPython's random.py. */
    for (TyMethodDef *d = random_methods; d->name; d++) {
        TyObject *bound = tyCFunction_new(d, inst);
        int r = bound ? tyModule_addObject(m, d->name, bound) : -1;
        TY_XDECREF(bound);
        if (r < 0) {
            TY_DECREF(inst);
            TY_DECREF(m);
            return NULL;
        }
    }
    TY_DECREF(inst);
    return m;
}
