/*
** listsort.c — list.sort's algorithm: CPython 3.11's adaptive, stable,
** natural merge sort ("timsort" with the powersort merge policy), followed
** step by step so that a program watching its `<` calls sees the same
** pairs, in the same order, as under CPython -- also when `<` is
** inconsistent, raises, or returns NotImplemented.  Objects/listsort.txt in
** CPython's sources is the long explanation; the outline:
**
**  - the array is cut, left to right, into natural runs: non-descending,
**    or strictly descending and then reversed in place (strictness keeps
**    the sort stable); a run shorter than minrun (32..64, so that n/minrun
**    is a power of two or just below one) is extended to minrun items by
**    binary insertion;
**  - runs go on a stack.  Before a run is pushed, the boundary between it
**    and the run below gets a "power": the depth, in a perfect binary
**    merge tree over [0, n), of the node whose subtrees hold the two runs'
**    midpoints.  Runs below with a greater power are merged first, so the
**    powers on the stack strictly increase; at the end the stack is merged
**    from the top down;
**  - a merge gallops (exponential then binary search) to skip the head of
**    the left run and the tail of the right run that are already in place,
**    then merges through a copy of the shorter side, one item at a time
**    until one side wins min_gallop times in a row, then by galloping while
**    galloping pays off.  min_gallop starts at MIN_GALLOP and adapts across
**    merges: it drops while galloping is kept up and rises when it stops.
**
** Keys and values move in lockstep (a Slice); without a key function the
** keys are the items and there are no separate values.  When a comparison
** fails each step puts back what it took out before returning, so the
** array always holds a permutation of its items -- the same one CPython's
** holds, since the moves are the same.
*/
#include "tally.h"
#include "objects/listsort.h"

/* A side wins this many times in a row before a merge starts galloping. */
#define MIN_GALLOP 7
/* minrun is at most this (and at least half of it once n reaches it). */
#define MAX_MINRUN 64
/* Merge room that needs no allocation, in references. */
#define TEMP_INLINE 256
/* Powers on the run stack strictly increase and are at most the bit count
** of n (plus one), so this many runs can never be pending. */
#define MAX_RUNS (sizeof(size_t) * 8 + 2)

typedef struct MergeState MergeState;

/* `a < b`: 1, 0, or -1 with an exception set. */
typedef int (*sort_lt)(MergeState *ms, TyObject *a, TyObject *b);

/* keys[i] goes with values[i]; values is NULL when the keys are the values. */
typedef struct Slice {
    TyObject **keys;
    TyObject **values;
} Slice;

/* A sorted run waiting on the stack: base[start .. start+len). */
typedef struct Run {
    ssize_t start;
    ssize_t len;
    int power;              /* of the boundary after this run */
} Run;

struct MergeState {
    Slice base;             /* the array being sorted */
    ssize_t n;
    ssize_t min_gallop;
    Slice tmp;              /* room for tmp_room keys (and as many values) */
    ssize_t tmp_room;
    int nruns;
    Run runs[MAX_RUNS];
    sort_lt lt;
    /* For lt_same_type: the shared type's comparison, as it was at the start. */
    ty_richcmpfunc key_richcompare;
    /* For lt_tuple: how the tuples' first items compare. */
    sort_lt tuple_elem_lt;
    TyObject *inline_tmp[TEMP_INLINE];
};

/* ---- comparisons ----------------------------------------------------------
** Chosen once per sort from the keys' types, as CPython 3.11 does.  The
** exact-type shortcuts for int, float and str cannot be told apart from the
** full protocol by a program; lt_same_type and lt_tuple can, and are there
** to be told apart the same way CPython's can. */

/* The full protocol: reflected method first for a subclass, then `<`,
** then the reflected `>`. */
static int lt_any(MergeState *ms, TyObject *a, TyObject *b)
{
    return tyObj_richCompareBool(a, b, TY_LT);
}

/*
** Every key had the same type when the sort began: that type's comparison
** is called directly (between equal types the protocol would try nothing
** else first).  When it answers NotImplemented, the full protocol is asked,
** which calls it again -- so an __lt__ returning NotImplemented runs twice
** before the reflected __gt__, as under CPython (unsafe_object_compare).
*/
static int lt_same_type(MergeState *ms, TyObject *a, TyObject *b)
{
    if (TY_TYPE(a)->richcompare != ms->key_richcompare)
        return lt_any(ms, a, b);
    TyObject *r = ms->key_richcompare(a, b, TY_LT);
    if (r == TY_NOTIMPL) {
        TY_DECREF(r);
        return lt_any(ms, a, b);
    }
    if (!r)
        return -1;
    int truth = r == TY_TRUE ? 1 : r == TY_FALSE ? 0 : tyObj_isTrue(r);
    TY_DECREF(r);
    return truth;
}

static int lt_small_int(MergeState *ms, TyObject *a, TyObject *b)
{
    return TY_INT_VALUE(a) < TY_INT_VALUE(b);
}

static int lt_float(MergeState *ms, TyObject *a, TyObject *b)
{
    return TY_FLOAT_VALUE(a) < TY_FLOAT_VALUE(b);
}

/* UTF-8 byte order is code point order; short keys are compared here
** rather than through memcmp's call. */
static int lt_str(MergeState *ms, TyObject *a, TyObject *b)
{
    ssize_t na = TY_STR_NBYTES(a), nb = TY_STR_NBYTES(b);
    const unsigned char *x = (const unsigned char *)TY_STR_UTF8(a);
    const unsigned char *y = (const unsigned char *)TY_STR_UTF8(b);
    ssize_t n = na < nb ? na : nb;
    if (n > 16)
        return tyStr_compare(a, b) < 0;
    for (ssize_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return x[i] < y[i];
    return na < nb;
}

/*
** a == b for lt_tuple: identity, then exact str, machine-word int and
** float compared in place (their == cannot be overridden or run code),
** anything else through the full protocol.  1, 0 or -1.
*/
static inline int tuple_item_eq(TyObject *a, TyObject *b)
{
    if (a == b)
        return 1;
    TyType *t = TY_TYPE(a);
    if (t == TY_TYPE(b)) {
        if (t == &TyStr_Type)
            return tyStr_eq(a, b);
        if (t == &TyInt_Type && TY_INT_IS_SMALL(a) && TY_INT_IS_SMALL(b))
            return TY_INT_VALUE(a) == TY_INT_VALUE(b);
        if (t == &TyFloat_Type)
            return TY_FLOAT_VALUE(a) == TY_FLOAT_VALUE(b);
    }
    return tyObj_richCompareBool(a, b, TY_EQ);
}

/*
** Every key is a non-empty tuple: items are compared with == (identity
** counts as equal) until one differs, then that pair with `<` -- through
** tuple_elem_lt when it is the first pair, the full protocol otherwise.
** Equal prefixes order by length.  CPython's unsafe_tuple_compare.
*/
static int lt_tuple(MergeState *ms, TyObject *a, TyObject *b)
{
    ssize_t na = TY_TUPLE_LEN(a), nb = TY_TUPLE_LEN(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = tuple_item_eq(TY_TUPLE_GET(a, i), TY_TUPLE_GET(b, i));
        if (eq < 0)
            return -1;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb)
        return na < nb;
    if (i == 0)
        return ms->tuple_elem_lt(ms, TY_TUPLE_GET(a, 0), TY_TUPLE_GET(b, 0));
    return tyObj_richCompareBool(TY_TUPLE_GET(a, i), TY_TUPLE_GET(b, i), TY_LT);
}

/* The comparison for keys all of exact type t (all small when ints). */
static sort_lt lt_for_type(MergeState *ms, TyType *t, bool ints_small)
{
    if (t == &TyStr_Type)
        return lt_str;
    if (t == &TyInt_Type && ints_small)
        return lt_small_int;
    if (t == &TyFloat_Type)
        return lt_float;
    ms->key_richcompare = t->richcompare;
    return t->richcompare ? lt_same_type : lt_any;
}

/*
** CPython's pre-sort check.  When the first key is a non-empty tuple and so
** are all the others, the tuples' first items decide what compares them;
** otherwise the keys themselves.  Keys of one type get that type's
** comparison, keys of mixed types the full protocol.  Tuples whose first
** items are tuples compare those with the full protocol.
*/
static void choose_lt(MergeState *ms, TyObject **keys, ssize_t n)
{
    bool in_tuples = TY_TUPLE_CHECK_EXACT(keys[0]) && TY_TUPLE_LEN(keys[0]) > 0;
    TyType *t = TY_TYPE(in_tuples ? TY_TUPLE_GET(keys[0], 0) : keys[0]);
    bool same_type = true, ints_small = true;
    for (ssize_t i = 0; i < n; i++) {
        if (in_tuples && !(TY_TUPLE_CHECK_EXACT(keys[i]) && TY_TUPLE_LEN(keys[i]) > 0)) {
            in_tuples = same_type = false;
            break;
        }
        TyObject *k = in_tuples ? TY_TUPLE_GET(keys[i], 0) : keys[i];
        if (TY_TYPE(k) != t) {
            same_type = false;
            /* Tuples must still all be checked for being tuples. */
            if (!in_tuples)
                break;
        } else if (same_type && t == &TyInt_Type && !TY_INT_IS_SMALL(k)) {
            ints_small = false;
        }
    }
    ms->lt = same_type ? lt_for_type(ms, t, ints_small) : lt_any;
    if (in_tuples) {
        ms->tuple_elem_lt = t == &TyTuple_Type ? lt_any : ms->lt;
        ms->lt = lt_tuple;
    }
}

/* ---- moving items ---------------------------------------------------------- */

/* dst[di .. di+k) = src[si .. si+k), keys and values; ranges may overlap. */
static void slice_move(Slice dst, ssize_t di, Slice src, ssize_t si, ssize_t k)
{
    memmove(dst.keys + di, src.keys + si, (size_t)k * sizeof(TyObject *));
    if (dst.values)
        memmove(dst.values + di, src.values + si, (size_t)k * sizeof(TyObject *));
}

/* dst[di] = src[si], key and value. */
static inline void slice_put(Slice dst, ssize_t di, Slice src, ssize_t si)
{
    dst.keys[di] = src.keys[si];
    if (dst.values)
        dst.values[di] = src.values[si];
}

static void reverse_refs(TyObject **a, ssize_t n)
{
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        TyObject *t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* Make the merge room hold at least `need` keys (and values).  Its old
** contents are not kept: each merge fills it afresh.  0, or -1 with
** MemoryError. */
static int ensure_tmp(MergeState *ms, ssize_t need)
{
    if (need <= ms->tmp_room)
        return 0;
    size_t per = ms->base.values ? 2 : 1;
    if (ms->tmp.keys != ms->inline_tmp)
        tyMem_free(ms->tmp.keys);
    ms->tmp.keys = tyMem_malloc(per * (size_t)need * sizeof(TyObject *));
    if (!ms->tmp.keys) {
        ms->tmp.keys = ms->inline_tmp;
        ms->tmp_room = 0;
        return -1;
    }
    ms->tmp.values = ms->base.values ? ms->tmp.keys + need : NULL;
    ms->tmp_room = need;
    return 0;
}

/* ---- runs ------------------------------------------------------------------ */

/*
** The length of the run at base[lo], no longer than hi - lo: the second key
** is compared with the first (`second < first` means descending), then each
** following key with its predecessor until the direction breaks.  A
** descending run is strict.  Nothing moves.  -1 on error.
*/
static ssize_t count_run(MergeState *ms, ssize_t lo, ssize_t hi, bool *descending)
{
    TyObject **keys = ms->base.keys;
    *descending = false;
    if (lo + 1 == hi)
        return 1;
    int c = ms->lt(ms, keys[lo + 1], keys[lo]);
    if (c < 0)
        return -1;
    *descending = c;
    ssize_t i;
    for (i = lo + 2; i < hi; i++) {
        c = ms->lt(ms, keys[i], keys[i - 1]);
        if (c < 0)
            return -1;
        if (c != *descending)
            break;
    }
    return i - lo;
}

/*
** Sort base[lo .. hi) given base[lo .. start) sorted, lo < start: each next
** item's place in the sorted prefix is found by halving [l, r) = [lo, i)
** -- is the item < the key at (l + r) / 2? then r moves down to it, else l
** up past it -- so it lands after its equals (stable).  The item moves only
** once its place is known, so an error leaves a permutation.
*/
static int binarysort(MergeState *ms, ssize_t lo, ssize_t start, ssize_t hi)
{
    TyObject **keys = ms->base.keys, **values = ms->base.values;
    for (ssize_t i = start; i < hi; i++) {
        TyObject *pivot = keys[i];
        ssize_t l = lo, r = i;
        do {
            ssize_t m = l + ((r - l) >> 1);
            int c = ms->lt(ms, pivot, keys[m]);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        } while (l < r);
        memmove(keys + l + 1, keys + l, (size_t)(i - l) * sizeof(TyObject *));
        keys[l] = pivot;
        if (values) {
            TyObject *v = values[i];
            memmove(values + l + 1, values + l, (size_t)(i - l) * sizeof(TyObject *));
            values[l] = v;
        }
    }
    return 0;
}

/* ---- galloping ------------------------------------------------------------- */

/*
** Whether x goes before key: for a left search (the place before keys
** equal to key) that is `x < key`; for a right search (the place after
** them) it is `not key < x`.  Either way the one comparison CPython's
** gallop_left or gallop_right makes there.  1 / 0 / -1.
*/
static inline int goes_before(MergeState *ms, TyObject *x, TyObject *key, bool right)
{
    if (!right)
        return ms->lt(ms, x, key);
    int c = ms->lt(ms, key, x);
    return c < 0 ? c : !c;
}

/*
** Where key goes in the sorted a[0 .. n), n > 0: the k in 0..n such that
** the items before it go before key and the rest do not (see goes_before;
** `right` picks CPython's gallop_right, else gallop_left).  The search
** starts at a[hint] and gallops away from it, asking at hint+1, +3, +7, ...
** (offsets 2^j - 1) or at hint-1, -3, -7, ... until it brackets the place,
** then bisects the bracket.  -1 on error.
*/
static ssize_t gallop(MergeState *ms, TyObject *key, TyObject **a, ssize_t n, ssize_t hint,
                      bool right)
{
    ssize_t last = 0, ofs = 1;      /* offsets from hint */
    int c = goes_before(ms, a[hint], key, right);
    if (c < 0)
        return -1;
    if (c) {
        /* Gallop right until a[hint+last] goes before key and a[hint+ofs] not. */
        ssize_t max = n - hint;
        while (ofs < max) {
            c = goes_before(ms, a[hint + ofs], key, right);
            if (c < 0)
                return -1;
            if (!c)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint;
        ofs += hint;
    } else {
        /* Gallop left until a[hint-ofs] goes before key and a[hint-last] not. */
        ssize_t max = hint + 1;
        while (ofs < max) {
            c = goes_before(ms, a[hint - ofs], key, right);
            if (c < 0)
                return -1;
            if (c)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        ssize_t k = last;
        last = hint - ofs;
        ofs = hint - k;
    }
    /* a[last] goes before key and a[ofs] not (a[-1] and a[n] as -inf, +inf). */
    last++;
    while (last < ofs) {
        ssize_t m = last + ((ofs - last) >> 1);
        c = goes_before(ms, a[m], key, right);
        if (c < 0)
            return -1;
        if (c)
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

#define GALLOP_LEFT false
#define GALLOP_RIGHT true

/* ---- merging --------------------------------------------------------------- */

/*
** Merge base[a .. a+na) with the following base[b .. b+nb), na <= nb,
** both > 0, stably, given that base[b] belongs before all of the left run
** and base[a+na-1] after all of the right run (merge_at trimmed them so).
** The left run goes to the merge room and the merge fills base from the
** left.  On error the rest of the room is copied back into the gap, which
** is exactly its size.  0 / -1.
*/
static int merge_lo(MergeState *ms, ssize_t a, ssize_t na, ssize_t b, ssize_t nb)
{
    if (ensure_tmp(ms, na) < 0)
        return -1;
    Slice base = ms->base, tmp = ms->tmp;
    ssize_t dest = a, pa = 0, pb = b, k;
    int rc = -1;
    slice_move(tmp, 0, base, a, na);

    slice_put(base, dest++, base, pb++);
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto copy_b;
    ssize_t min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;     /* wins in a row */
        for (;;) {
            int c = ms->lt(ms, base.keys[pb], tmp.keys[pa]);
            if (c < 0)
                goto fail;
            if (c) {
                slice_put(base, dest++, base, pb++);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto done;
                if (bcount >= min_gallop)
                    break;
            } else {
                slice_put(base, dest++, tmp, pa++);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* Gallop while either side keeps winning MIN_GALLOP at a time; each
        ** round makes the next entry into galloping easier. */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop(ms, base.keys[pb], tmp.keys + pa, na, 0, GALLOP_RIGHT);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                slice_move(base, dest, tmp, pa, k);
                dest += k;
                pa += k;
                na -= k;
                if (na == 1)
                    goto copy_b;
                /* Only an inconsistent `<` gets here with na == 0. */
                if (na == 0)
                    goto done;
            }
            slice_put(base, dest++, base, pb++);
            if (--nb == 0)
                goto done;

            k = gallop(ms, tmp.keys[pa], base.keys + pb, nb, 0, GALLOP_LEFT);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                slice_move(base, dest, base, pb, k);
                dest += k;
                pb += k;
                nb -= k;
                if (nb == 0)
                    goto done;
            }
            slice_put(base, dest++, tmp, pa++);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;       /* leaving galloping costs a step */
        ms->min_gallop = min_gallop;
    }
done:
    rc = 0;
fail:
    if (na)
        slice_move(base, dest, tmp, pa, na);
    return rc;
copy_b:
    /* The last left item belongs after everything left of the right run. */
    slice_move(base, dest, base, pb, nb);
    slice_put(base, dest + nb, tmp, pa);
    return 0;
}

/*
** merge_lo's mirror for na >= nb: the right run goes to the merge room and
** the merge fills base from the right end, comparing the last items left.
** On error the rest of the room is copied back into the gap.  0 / -1.
** It stays a separate function: merge_lo run over a reversed view would ask
** the same questions but gallop over the runs in the other order, and so
** compare other pairs than CPython does.
*/
static int merge_hi(MergeState *ms, ssize_t a, ssize_t na, ssize_t b, ssize_t nb)
{
    if (ensure_tmp(ms, nb) < 0)
        return -1;
    Slice base = ms->base, tmp = ms->tmp;
    ssize_t dest = b + nb - 1, pa = a + na - 1, k;
    int rc = -1;
    slice_move(tmp, 0, base, b, nb);
    /* The right run's remaining items are always tmp[0 .. nb). */

    slice_put(base, dest--, base, pa--);
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto copy_a;
    ssize_t min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            int c = ms->lt(ms, tmp.keys[nb - 1], base.keys[pa]);
            if (c < 0)
                goto fail;
            if (c) {
                slice_put(base, dest--, base, pa--);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto done;
                if (acount >= min_gallop)
                    break;
            } else {
                slice_put(base, dest--, tmp, nb - 1);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop(ms, tmp.keys[nb - 1], base.keys + a, na, na - 1, GALLOP_RIGHT);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k;
                pa -= k;
                slice_move(base, dest + 1, base, pa + 1, k);
                na -= k;
                if (na == 0)
                    goto done;
            }
            slice_put(base, dest--, tmp, nb - 1);
            if (--nb == 1)
                goto copy_a;

            k = gallop(ms, base.keys[pa], tmp.keys, nb, nb - 1, GALLOP_LEFT);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k;
                slice_move(base, dest + 1, tmp, nb - k, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                /* Only an inconsistent `<` gets here with nb == 0. */
                if (nb == 0)
                    goto done;
            }
            slice_put(base, dest--, base, pa--);
            if (--na == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
done:
    rc = 0;
fail:
    if (nb)
        slice_move(base, dest - (nb - 1), tmp, 0, nb);
    return rc;
copy_a:
    /* The one right item left belongs before everything left of the left run. */
    slice_move(base, dest + 1 - na, base, pa + 1 - na, na);
    slice_put(base, dest - na, tmp, 0);
    return 0;
}

/*
** Merge stack runs i and i+1 (i is the second or third from the top) into
** run i.  The left run's head that is not greater than the right run's
** first key, and the right run's tail not less than the left run's last
** key, are already in place; what remains goes through merge_lo or merge_hi,
** whichever copies the shorter side.  0 / -1.
*/
static int merge_at(MergeState *ms, int i)
{
    ssize_t a = ms->runs[i].start, na = ms->runs[i].len;
    ssize_t b = ms->runs[i + 1].start, nb = ms->runs[i + 1].len;
    ms->runs[i].len = na + nb;
    if (i == ms->nruns - 3)
        ms->runs[i + 1] = ms->runs[i + 2];
    ms->nruns--;

    TyObject **keys = ms->base.keys;
    ssize_t k = gallop(ms, keys[b], keys + a, na, 0, GALLOP_RIGHT);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    nb = gallop(ms, keys[a + na - 1], keys + b, nb, nb - 1, GALLOP_LEFT);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, a, na, b, nb) : merge_hi(ms, a, na, b, nb);
}

/*
** The power of the boundary between the run base[s1 .. s1+n1) and the next
** one, n2 long, in an array of n: the first bit at which the binary
** fractions of the two runs' midpoints over n differ.  Worked in doubled
** midpoints so they stay integers.
*/
static int powerloop(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n)
{
    int power = 0;
    ssize_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A run of n2 items starting right after the top run was found: give their
** boundary its power and first merge the runs below whose boundary power is
** greater.  The caller pushes the new run.  0 / -1. */
static int found_new_run(MergeState *ms, ssize_t n2)
{
    if (ms->nruns == 0)
        return 0;
    Run *top = &ms->runs[ms->nruns - 1];
    int power = powerloop(top->start, top->len, n2, ms->n);
    while (ms->nruns > 1 && ms->runs[ms->nruns - 2].power > power)
        if (merge_at(ms, ms->nruns - 2) < 0)
            return -1;
    ms->runs[ms->nruns - 1].power = power;
    return 0;
}

/* At the end: merge the stack down to one run, each time the top two --
** or the two below them when the third run from the top is the shorter
** neighbour of the second.  0 / -1. */
static int merge_force_collapse(MergeState *ms)
{
    while (ms->nruns > 1) {
        int i = ms->nruns - 2;
        if (i > 0 && ms->runs[i - 1].len < ms->runs[i + 1].len)
            i--;
        if (merge_at(ms, i) < 0)
            return -1;
    }
    return 0;
}

/* n itself below MAX_MINRUN; else n's leading six bits, plus one if any
** bit shifted off was set -- so that n / minrun is a power of two or a
** little less. */
static ssize_t compute_minrun(ssize_t n)
{
    ssize_t r = 0;
    while (n >= MAX_MINRUN) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Sort keys[0 .. n), n > 1, moving values (when not NULL) in lockstep.
** 0 / -1; on error a permutation is left. */
static int merge_sort(TyObject **keys, TyObject **values, ssize_t n)
{
    MergeState ms;
    ms.base = (Slice){keys, values};
    ms.n = n;
    ms.min_gallop = MIN_GALLOP;
    ms.nruns = 0;
    ms.tmp_room = values ? TEMP_INLINE / 2 : TEMP_INLINE;
    ms.tmp = (Slice){ms.inline_tmp, values ? ms.inline_tmp + TEMP_INLINE / 2 : NULL};
    ms.key_richcompare = NULL;
    ms.tuple_elem_lt = NULL;
    choose_lt(&ms, keys, n);

    int rc = -1;
    ssize_t minrun = compute_minrun(n), lo = 0, remaining = n;
    do {
        bool descending;
        ssize_t len = count_run(&ms, lo, n, &descending);
        if (len < 0)
            goto out;
        if (descending) {
            reverse_refs(keys + lo, len);
            if (values)
                reverse_refs(values + lo, len);
        }
        if (len < minrun) {
            ssize_t force = remaining <= minrun ? remaining : minrun;
            if (binarysort(&ms, lo, lo + len, lo + force) < 0)
                goto out;
            len = force;
        }
        if (found_new_run(&ms, len) < 0)
            goto out;
        ms.runs[ms.nruns].start = lo;
        ms.runs[ms.nruns].len = len;
        ms.nruns++;
        lo += len;
        remaining -= len;
    } while (remaining);
    rc = merge_force_collapse(&ms);
out:
    if (ms.tmp.keys != ms.inline_tmp)
        tyMem_free(ms.tmp.keys);
    return rc;
}

int tyListSort_sort(TyObject **items, ssize_t n, TyObject *key, bool reverse)
{
    if (key == TY_NONE)
        key = NULL;
    TyObject **keys = items;
    if (key && n > 0) {
        keys = tyMem_malloc((size_t)n * sizeof(TyObject *));
        if (!keys)
            return -1;
        for (ssize_t i = 0; i < n; i++) {
            keys[i] = tyObj_callOneArg(key, items[i]);
            if (!keys[i]) {
                while (i-- > 0)
                    TY_DECREF(keys[i]);
                tyMem_free(keys);
                return -1;
            }
        }
    }
    int rc = 0;
    if (n > 1) {
        if (reverse) {
            if (keys != items)
                reverse_refs(keys, n);
            reverse_refs(items, n);
        }
        rc = merge_sort(keys, keys != items ? items : NULL, n);
        if (reverse)
            reverse_refs(items, n);
    }
    if (keys != items) {
        for (ssize_t i = 0; i < n; i++)
            TY_DECREF(keys[i]);
        tyMem_free(keys);
    }
    return rc;
}
