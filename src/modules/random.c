/*
** random.c — the _random module: CPython's generator, the Mersenne Twister
** (MT19937) seeded the way CPython seeds it, as the base class
** _random.Random with CPython's five methods (seed, random, getrandbits,
** getstate, setstate).  CPython's own random.py builds everything else
** (randrange, choice, shuffle, sample, the distributions, str and bytes
** seeds, SystemRandom) on these, so a seeded program draws CPython's
** numbers by construction.
**
** The draws are CPython's word for word: random() takes two words for 53
** bits, getrandbits(k) takes ceil(k / 32) words, least significant first,
** the last one giving its top bits.
*/
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include "tally.h"
#include "modules/random.h"

/* ---- the Mersenne Twister (MT19937) ------------------------------------------- */

#define MT_N 624
#define MT_M 397

typedef struct TyRandom {
    TyObject ob;
    uint32_t state[MT_N];
    int index;               /* next word of state to temper; MT_N: regenerate */
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

/* ---- the methods ---------------------------------------------------------------- */

#define RANDOM(o) ((TyRandom *)(o))

/* seed(n=None, /): None seeds from the system; an int from the words of
** its absolute value; anything else from its hash, as a C size_t (random.py
** turns str, bytes and bytearray seeds into ints before calling this). */
TY_CFUNC(random_seed)
{
    if (tyArg_noKeywords("seed", kwnames) < 0 || tyArg_checkPositional("seed", nargs, 0, 1) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *n = nargs ? args[0] : TY_NONE;
    if (n == TY_NONE) {
        seed_from_system(r);
    } else if (TY_INT_CHECK(n)) {
        if (seed_from_int(r, n) < 0)
            return NULL;
    } else {
        ty_hash h = tyObj_hash(n);
        if (h == -1 && tyErr_occurred())
            return NULL;
        seed_from_u64(r, (uint64_t)(size_t)h);
    }
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

/* getstate(): the 624 state words and the index, one tuple of 625 ints. */
TY_CFUNC(random_getstate)
{
    if (tyArg_noKeywords("Random.getstate", kwnames) < 0 ||
        tyArg_checkPositional("Random.getstate", nargs, 0, 0) < 0)
        return NULL;
    TyRandom *r = RANDOM(self);
    TyObject *state = tyTuple_new(MT_N + 1);
    if (!state)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        TyObject *v = tyInt_fromI64(i < MT_N ? (int64_t)r->state[i] : r->index);
        if (!v) {
            /* A tuple releases its filled slots and skips the NULL ones. */
            TY_DECREF(state);
            return NULL;
        }
        TY_TUPLE_SET(state, i, v);
    }
    return state;
}

/* One state word as CPython's PyLong_AsUnsignedLong reads it, kept modulo
** 2**32: 0, or -1 with TypeError / OverflowError. */
static int state_word(TyObject *item, uint32_t *out)
{
    if (!TY_INT_CHECK(item)) {
        tyErr_setString(&TyExc_TypeError, "an integer is required");
        return -1;
    }
    if (tyInt_sign(item) < 0) {
        tyErr_setString(&TyExc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    tyInt_toMpz(item, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    *out = (uint32_t)mpz_get_ui(z);
    mpz_clear(z);
    if (!fits) {
        tyArg_tooLarge("unsigned long");
        return -1;
    }
    return 0;
}

/* setstate(state): a tuple of 624 words and an index in [0, 624]; the
** generator is unchanged when any of it is wrong. */
TY_CFUNC(random_setstate)
{
    if (tyArg_noKeywords("Random.setstate", kwnames) < 0 ||
        tyArg_checkPositional("Random.setstate", nargs, 1, 1) < 0)
        return NULL;
    TyObject *state = args[0];
    if (!TY_TUPLE_CHECK(state))
        return tyErr_setString(&TyExc_TypeError, "state vector must be a tuple");
    if (TY_TUPLE_LEN(state) != MT_N + 1)
        return tyErr_setString(&TyExc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        if (state_word(TY_TUPLE_GET(state, i), &words[i]) < 0)
            return NULL;
    }
    TyObject *last = TY_TUPLE_GET(state, MT_N);
    int64_t index;
    if (!TY_INT_CHECK(last))
        return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            tyType_name(TY_TYPE(last)));
    if (tyInt_asI64(last, &index) < 0)
        return NULL;
    if (index < 0 || index > MT_N)
        return tyErr_setString(&TyExc_ValueError, "invalid state");
    TyRandom *r = RANDOM(self);
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    return tyNone_new();
}

static TyMethodDef random_methods[] = {
    { "seed", random_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\n"
                              "of the current time and the process identifier." },
    { "random", random_random, 0, "random() -> x in the interval [0, 1)." },
    { "getrandbits", random_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { "getstate", random_getstate, 0, "getstate() -> tuple containing the current state." },
    { "setstate", random_setstate, 0, "setstate(state) -> None.  Restores generator state." },
    { NULL }
};

/* Random.__new__ takes any arguments and leaves the state zero, as
** CPython's generic new: __init__ (this type's, or random.py's) seeds. */
static TyObject *random_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return tyType_genericAlloc(type, 0);
}

/* Random(x=None): seed(x).  Keywords are refused unless a subclass has
** an __init__ of its own. */
static int random_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("Random", kwnames) < 0)
        return -1;
    if (nargs > 1) {
        tyErr_setString(&TyExc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    TyObject *r = random_seed(self, args, nargs, NULL);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

static void random_dealloc(TyObject *o)
{
    tyObj_free(o);
}

TyType TyRandom_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_random.Random",
    .basicsize = sizeof(TyRandom),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = random_dealloc,
    .tp_new = random_new,
    .tp_init = random_init,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

void tyRandom_fini(void)
{
    tyType_finiStatic(&TyRandom_Type);
}

TyObject *tyRandom_create(void)
{
    if (tyType_ready(&TyRandom_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("_random", NULL);
    if (m && tyModule_addObject(m, "Random", (TyObject *)&TyRandom_Type) < 0)
        TY_CLEAR(m);
    return m;
}
