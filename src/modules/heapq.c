/*
** heapq.c — the `_heapq` module: the heap operations over a list that
** heapq.py takes from C (heappush, heappop, heapify, heapreplace,
** heappushpop and the max-heap helpers heapq.merge and nlargest use).
**
** The algorithms are CPython's, step for step, because programs can watch
** them through `__lt__`: the same comparisons in the same order (only `<`,
** in the same direction), the cache-friendly order of heapify for large
** heaps, and "list changed size during iteration" when a comparison
** resized the list.
*/
#include "tally.h"
#include "modules/heapq.h"

/* Above this many items heapify works on subtrees that fit the cache, as
** CPython does; the order of the sifts (and so of comparisons and the
** resulting layout) follows. */
#define HEAPQ_CACHE_HEAPIFY 2500

/* Is a before b in the heap's order: a < b for a min-heap, b < a for a
** max-heap.  1 / 0 / -1. */
static int before(TyObject *a, TyObject *b, bool max)
{
    TY_INCREF(a);
    TY_INCREF(b);
    int r = max ? tyObj_richCompareBool(b, a, TY_LT) : tyObj_richCompareBool(a, b, TY_LT);
    TY_DECREF(a);
    TY_DECREF(b);
    return r;
}

static int changed_size(void)
{
    tyErr_setString(&TyExc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* Moves heap[pos] up towards startpos while it comes before its parent.
** 0 / -1. */
static int sift_down(TyObject *heap, ssize_t startpos, ssize_t pos, bool max)
{
    ssize_t size = TY_LIST_LEN(heap);
    while (pos > startpos) {
        ssize_t parentpos = (pos - 1) >> 1;
        int r = before(TY_LIST_GET(heap, pos), TY_LIST_GET(heap, parentpos), max);
        if (r < 0)
            return -1;
        if (size != TY_LIST_LEN(heap))
            return changed_size();
        if (r == 0)
            break;
        TyObject **items = TY_LIST_ITEMS(heap);
        TyObject *parent = items[parentpos];
        items[parentpos] = items[pos];
        items[pos] = parent;
        pos = parentpos;
    }
    return 0;
}

/* Moves the smaller child up into heap[pos] until a leaf is reached, then
** lets the item that was at pos settle with sift_down.  0 / -1. */
static int sift_up(TyObject *heap, ssize_t pos, bool max)
{
    ssize_t endpos = TY_LIST_LEN(heap), startpos = pos, limit = endpos >> 1;
    while (pos < limit) {
        ssize_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int r = before(TY_LIST_GET(heap, childpos), TY_LIST_GET(heap, childpos + 1), max);
            if (r < 0)
                return -1;
            if (!r)
                childpos++;
            if (endpos != TY_LIST_LEN(heap))
                return changed_size();
        }
        TyObject **items = TY_LIST_ITEMS(heap);
        TyObject *child = items[childpos];
        items[childpos] = items[pos];
        items[pos] = child;
        pos = childpos;
    }
    return sift_down(heap, startpos, pos, max);
}

/* 0, or -1 with CPython's TypeError when heap is not a list. */
static int need_list(const char *fname, TyObject *heap, bool one_arg)
{
    if (TY_LIST_CHECK(heap))
        return 0;
    tyErr_format(&TyExc_TypeError, "%s() argument%s must be list, not %s", fname, one_arg ? "" : " 1",
                 heap == TY_NONE ? "None" : tyType_name(TY_TYPE(heap)));
    return -1;
}

/* heap.pop() of a non-empty list, without calling anything: the last
** item, whose reference the list hands over. */
static TyObject *pop_last(TyObject *heap)
{
    return TY_LIST_ITEMS(heap)[--TY_LIST_LEN(heap)];
}

/* heap[0], replaced by item (borrowed), then sifted: new reference. */
static TyObject *replace_top(TyObject *heap, TyObject *item, bool max)
{
    if (TY_LIST_LEN(heap) == 0)
        return tyErr_setString(&TyExc_IndexError, "index out of range");
    TyObject *top = TY_LIST_GET(heap, 0);
    TY_LIST_ITEMS(heap)[0] = TY_NEWREF(item);
    if (sift_up(heap, 0, max) < 0) {
        TY_DECREF(top);
        return NULL;
    }
    return top;
}

static TyObject *pop_top(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, bool max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0 ||
        need_list(fname, args[0], true) < 0)
        return NULL;
    TyObject *heap = args[0];
    if (TY_LIST_LEN(heap) == 0)
        return tyErr_setString(&TyExc_IndexError, "index out of range");
    TyObject *last = pop_last(heap);
    if (TY_LIST_LEN(heap) == 0)
        return last;
    TyObject *top = replace_top(heap, last, max);
    TY_DECREF(last);
    return top;
}

static TyObject *replace(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, bool max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 2, 2) < 0 ||
        need_list(fname, args[0], false) < 0)
        return NULL;
    return replace_top(args[0], args[1], max);
}

/* CPython's cache-friendly heapify: the nodes with children are sifted
** row by row from the row of the first childless node's parent down,
** each left child followed by its ancestors while it is a left child, so
** a subtree is finished while it is still in the cache.  0 / -1. */
static int heapify_large(TyObject *heap, bool max)
{
    ssize_t m = TY_LIST_LEN(heap) >> 1, mhalf = m >> 1, leftmost = 1;
    while (leftmost * 2 <= m + 1)
        leftmost *= 2;
    leftmost--;
    ssize_t ranges[2][2] = { { leftmost - 1, mhalf }, { m - 1, leftmost } };
    for (int r = 0; r < 2; r++)
        for (ssize_t i = ranges[r][0]; i >= ranges[r][1]; i--)
            for (ssize_t j = i;; j >>= 1) {
                if (sift_up(heap, j, max) < 0)
                    return -1;
                if (!(j & 1))
                    break;
            }
    return 0;
}

static TyObject *heapify(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, bool max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0 ||
        need_list(fname, args[0], true) < 0)
        return NULL;
    TyObject *heap = args[0];
    ssize_t n = TY_LIST_LEN(heap);
    if (n > HEAPQ_CACHE_HEAPIFY) {
        if (heapify_large(heap, max) < 0)
            return NULL;
        return tyNone_new();
    }
    for (ssize_t i = (n >> 1) - 1; i >= 0; i--)
        if (sift_up(heap, i, max) < 0)
            return NULL;
    return tyNone_new();
}

/* heappush(heap, item, /): append and sift into place. */
static TyObject *hq_heappush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("heappush", kwnames) < 0 || tyArg_checkPositional("heappush", nargs, 2, 2) < 0 ||
        need_list("heappush", args[0], false) < 0)
        return NULL;
    TyObject *heap = args[0];
    if (tyList_append(heap, args[1]) < 0 || sift_down(heap, 0, TY_LIST_LEN(heap) - 1, false) < 0)
        return NULL;
    return tyNone_new();
}

/* heappushpop(heap, item, /): item itself when it would come out first,
** else heap[0] with item sifted in. */
static TyObject *hq_heappushpop(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("heappushpop", kwnames) < 0 || tyArg_checkPositional("heappushpop", nargs, 2, 2) < 0 ||
        need_list("heappushpop", args[0], false) < 0)
        return NULL;
    TyObject *heap = args[0], *item = args[1];
    if (TY_LIST_LEN(heap) == 0)
        return TY_NEWREF(item);
    int r = before(TY_LIST_GET(heap, 0), item, false);
    if (r < 0)
        return NULL;
    if (r == 0)
        return TY_NEWREF(item);
    return replace_top(heap, item, false);
}

static TyObject *hq_heappop(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return pop_top("heappop", args, nargs, kwnames, false);
}

static TyObject *hq_heappop_max(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return pop_top("_heappop_max", args, nargs, kwnames, true);
}

static TyObject *hq_heapreplace(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return replace("heapreplace", args, nargs, kwnames, false);
}

static TyObject *hq_heapreplace_max(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return replace("_heapreplace_max", args, nargs, kwnames, true);
}

static TyObject *hq_heapify(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return heapify("heapify", args, nargs, kwnames, false);
}

static TyObject *hq_heapify_max(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return heapify("_heapify_max", args, nargs, kwnames, true);
}

static TyMethodDef heapq_methods[] = {
    { "heappush", hq_heappush, 0, "Push item onto heap, maintaining the heap invariant." },
    { "heappushpop", hq_heappushpop, 0,
      "Push item on the heap, then pop and return the smallest item from the heap." },
    { "heappop", hq_heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant." },
    { "heapreplace", hq_heapreplace, 0, "Pop and return the current smallest value, and add the new item." },
    { "heapify", hq_heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time." },
    { "_heappop_max", hq_heappop_max, 0, "Maxheap variant of heappop." },
    { "_heapreplace_max", hq_heapreplace_max, 0, "Maxheap variant of heapreplace." },
    { "_heapify_max", hq_heapify_max, 0, "Maxheap variant of heapify." },
    { NULL }
};

TyObject *tyHeapq_create(void)
{
    return tyModule_new("_heapq", heapq_methods);
}
