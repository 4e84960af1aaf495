/*
** list.c — list: a growable array of references, its iterators and its sort.
**
** `items` holds `size` references in a block with room for `allocated`.
** Growth over-allocates by about 1/8 as CPython does, so a run of appends
** costs amortised O(1) and the sizes seen by sys.getsizeof-style tools
** follow the same steps.
**
** Anything that runs Python code (a comparison, a key function, an item's
** dealloc) may change the list under our feet, so loops re-read size and
** items after each such call, and removed references are released only
** once the list is consistent again.
**
** list.sort's algorithm is CPython 3.11's, in listsort.c; this file only
** hides the items while it runs (the list looks empty) and raises "list
** modified during sort" when the list was changed meanwhile.
*/
#include <limits.h>
#include "tally.h"
#include "objects/iter.h"
#include "freelist.h"
#include "objects/listsort.h"

#define LIST(o) ((TyList *)(o))

/*
** Make room for `newsize` items and set the size.  Items past the old size
** are left uninitialised for the caller to fill.  Over-allocates as
** CPython's list_resize does: newsize + newsize/8 + 6, rounded to 4.
*/
static int list_resize(TyList *l, ssize_t newsize)
{
    ssize_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    size_t want = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    /* A big jump (extend by many items) gets no over-allocation. */
    if (newsize - l->size > (ssize_t)(want - (size_t)newsize))
        want = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        want = 0;
    if (want > (size_t)SSIZE_MAX / sizeof(TyObject *)) {
        tyErr_noMemory();
        return -1;
    }
    TyObject **items;
    if (want == 0) {
        tyMem_free(l->items);
        items = NULL;
    } else if (newsize <= allocated) {
        /* Shrinking must not fail (callers have already moved items):
        ** if the smaller block cannot be had, keep the old one. */
        TyObject *pending = tyErr_fetch();
        items = tyMem_realloc(l->items, want * sizeof(TyObject *));
        tyErr_restore(pending);
        if (!items) {
            l->size = newsize;
            return 0;
        }
    } else {
        items = tyMem_realloc(l->items, want * sizeof(TyObject *));
        if (!items)
            return -1;
    }
    l->items = items;
    l->size = newsize;
    l->allocated = (ssize_t)want;
    return 0;
}

/*
** The free list of exact list objects (ty_state.cache.list_free; see
** freelist.h), as CPython keeps: a dead list's object is parked there,
** empty and chained through its item pointer (the array is freed), and
** reused by the next list made.  tyList_clearFreelist releases the parked
** objects (at exit, and after full collections as CPython does).
*/
#define LIST_LINK offsetof(TyList, items)

static TyList *list_from_freelist(void)
{
    TyList *l = (TyList *)tyFreeList_pop(&ty_state.cache.list_free, LIST_LINK);
    if (l)
        TY_AS_GC(l)->prev = 0;
    return l;
}

/* Park a dead exact list (untracked, items released): true if taken. */
static bool list_to_freelist(TyList *l)
{
    if (TY_TYPE(l) != &TyList_Type)
        return false;
    l->size = 0;
    l->allocated = 0;
    return tyFreeList_push(&ty_state.cache.list_free, (TyObject *)l, LIST_LINK, TY_LIST_FREELIST_MAX);
}

/* Release the parked lists. */
void tyList_clearFreelist(void)
{
    tyFreeList_clear(&ty_state.cache.list_free, LIST_LINK);
}

/* New reference: an empty, tracked list of `type` with room for n items. */
static TyObject *list_alloc(TyType *type, ssize_t n)
{
    if (n < 0 || (size_t)n > (size_t)SSIZE_MAX / sizeof(TyObject *))
        return tyErr_noMemory();
    TyObject **items = NULL;
    if (n > 0) {
        items = tyMem_calloc((size_t)n, sizeof(TyObject *));
        if (!items)
            return NULL;
    }
    TyList *l = type == &TyList_Type ? list_from_freelist() : NULL;
    if (!l) {
        l = (TyList *)tyGC_alloc(type);
        if (!l) {
            tyMem_free(items);
            return NULL;
        }
    }
    l->items = items;
    l->size = 0;
    l->allocated = n;
    tyGC_track((TyObject *)l);
    return (TyObject *)l;
}

/* New reference: a tracked list of n NULL slots for TY_LIST_SET. */
TyObject *tyList_new(ssize_t n)
{
    TyObject *l = list_alloc(&TyList_Type, n);
    if (l)
        LIST(l)->size = n;
    return l;
}

/* The slow half of tyList_append: the array is full. */
static int list_append_grow(TyList *l, TyObject *v)
{
    ssize_t n = l->size;
    if (list_resize(l, n + 1) < 0)
        return -1;
    l->items[n] = TY_NEWREF(v);
    return 0;
}

/* Append v (a new reference is taken).  0 / -1. */
int tyList_append(TyObject *list, TyObject *v)
{
    TyList *l = LIST(list);
    ssize_t n = l->size;
    if (TY_LIKELY(n < l->allocated)) {
        l->items[n] = TY_NEWREF(v);
        l->size = n + 1;
        return 0;
    }
    return list_append_grow(l, v);
}

int tyList_appendSteal(TyObject *list, TyObject *v)
{
    if (!v)
        return -1;
    int rc = tyList_append(list, v);
    TY_DECREF(v);
    return rc;
}

/* Insert v before index `where` (clamped like list.insert).  0 / -1. */
int tyList_insert(TyObject *list, ssize_t where, TyObject *v)
{
    TyList *l = LIST(list);
    ssize_t n = l->size;
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(TyObject *));
    l->items[where] = TY_NEWREF(v);
    return 0;
}

/*
** CPython's list_preallocate_exact: room for n > 0 items, rounded up to an
** even count, in a list that has no item block yet.  0 / -1.
*/
static int preallocate_exact(TyList *l, ssize_t n)
{
    size_t want = ((size_t)n + 1) & ~(size_t)1;
    if (want > (size_t)SSIZE_MAX / sizeof(TyObject *)) {
        tyErr_noMemory();
        return -1;
    }
    l->items = tyMem_malloc(want * sizeof(TyObject *));
    if (!l->items)
        return -1;
    l->allocated = (ssize_t)want;
    return 0;
}

/* list.extend(iterable): 0 / -1. */
int tyList_extend(TyObject *list, TyObject *iterable)
{
    TyList *l = LIST(list);
    if (TY_LIST_CHECK_EXACT(iterable) || TY_TUPLE_CHECK_EXACT(iterable) || iterable == list) {
        bool is_list = TY_LIST_CHECK(iterable);
        ssize_t n = is_list ? TY_LIST_LEN(iterable) : TY_TUPLE_LEN(iterable);
        ssize_t m = l->size;
        if (n == 0)
            return 0;
        if (!l->items) {
            if (preallocate_exact(l, n) < 0)
                return -1;
            l->size = n;
        } else if (list_resize(l, m + n) < 0) {
            return -1;
        }
        /* Read the source after resizing: it may be this very list. */
        TyObject **src = is_list ? TY_LIST_ITEMS(iterable) : TY_TUPLE_ITEMS(iterable);
        for (ssize_t i = 0; i < n; i++)
            l->items[m + i] = TY_NEWREF(src[i]);
        return 0;
    }
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return -1;
    /* Make room for the expected items at once, as CPython does. */
    ssize_t hint = tyObj_lengthHint(iterable, 8), m = l->size;
    if (hint < 0 || (hint > 0 && m <= SSIZE_MAX - hint && list_resize(l, m + hint) < 0)) {
        TY_DECREF(it);
        return -1;
    }
    l->size = m;
    TyObject *item;
    while ((item = tyIter_next(it)) != NULL) {
        int rc = tyList_append(list, item);
        TY_DECREF(item);
        if (rc < 0) {
            TY_DECREF(it);
            return -1;
        }
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        return -1;
    /* Give back room a short length hint left unused. */
    if (l->size < l->allocated)
        list_resize(l, l->size);
    return 0;
}

/* New reference: list(iterable). */
TyObject *tyList_fromIterable(TyObject *iterable)
{
    TyObject *l = list_alloc(&TyList_Type, 0);
    if (!l)
        return NULL;
    if (tyList_extend(l, iterable) < 0) {
        TY_DECREF(l);
        return NULL;
    }
    return l;
}

/* New reference: a list of the n borrowed items. */
TyObject *tyList_fromArray(TyObject *const *items, ssize_t n)
{
    TyObject *l = tyList_new(n);
    if (!l)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        TY_LIST_SET(l, i, TY_NEWREF(items[i]));
    return l;
}

/* New reference: tuple(list). */
TyObject *tyList_asTuple(TyObject *list)
{
    return tyTuple_fromArray(TY_LIST_ITEMS(list), TY_LIST_LEN(list));
}

/* New reference: list[lo:hi] for 0 <= lo <= hi <= len. */
TyObject *tyList_slice(TyObject *list, ssize_t lo, ssize_t hi)
{
    return tyList_fromArray(hi > lo ? TY_LIST_ITEMS(list) + lo : NULL, hi - lo);
}

/* Release the n references in a detached array, then the array, first to
** last (extended slices) or last to first (clearing), in the order CPython
** releases them: that is the order __del__ methods run in. */
static void release_items(TyObject **items, ssize_t n, bool backwards)
{
    for (ssize_t i = 0; i < n; i++)
        TY_XDECREF(items[backwards ? n - 1 - i : i]);
    tyMem_free(items);
}

/*
** a[ilow:ihigh] = v (v NULL deletes), CPython's list_ass_slice: v is any
** iterable; the replaced references are released after the list is
** whole again, last to first.  0 / -1.
*/
static int list_ass_slice(TyList *a, ssize_t ilow, ssize_t ihigh, TyObject *v)
{
    TyObject *seq = NULL;
    TyObject **vitems = NULL;
    ssize_t n = 0;
    if (v) {
        if (v == (TyObject *)a || (!TY_LIST_CHECK_EXACT(v) && !TY_TUPLE_CHECK_EXACT(v))) {
            TyObject *it = tyObj_getIter(v);
            if (!it) {
                if (tyErr_exceptionMatches(&TyExc_TypeError))
                    tyErr_setString(&TyExc_TypeError, "can only assign an iterable");
                return -1;
            }
            seq = tyList_fromIterable(it);
            TY_DECREF(it);
            if (!seq)
                return -1;
            v = seq;
        }
        if (TY_LIST_CHECK(v)) {
            vitems = TY_LIST_ITEMS(v);
            n = TY_LIST_LEN(v);
        } else {
            vitems = TY_TUPLE_ITEMS(v);
            n = TY_TUPLE_LEN(v);
        }
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > a->size)
        ilow = a->size;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > a->size)
        ihigh = a->size;
    ssize_t norig = ihigh - ilow, d = n - norig, size = a->size;
    /* The replaced references, released at the end; a small slice (del
    ** l[i], l.remove(x)) needs no allocation. */
    TyObject *small[8];
    TyObject **recycle = small;
    if (norig > (ssize_t)TY_ARRAY_LEN(small)) {
        recycle = tyMem_malloc((size_t)norig * sizeof(TyObject *));
        if (!recycle)
            goto fail;
    }
    if (norig > 0)
        memcpy(recycle, &a->items[ilow], (size_t)norig * sizeof(TyObject *));
    if (d < 0) {
        memmove(&a->items[ihigh + d], &a->items[ihigh], (size_t)(size - ihigh) * sizeof(TyObject *));
        list_resize(a, size + d);   /* shrinking never fails */
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0) {
            if (recycle != small)
                tyMem_free(recycle);
            goto fail;
        }
        memmove(&a->items[ihigh + d], &a->items[ihigh], (size_t)(size - ihigh) * sizeof(TyObject *));
    }
    for (ssize_t k = 0; k < n; k++)
        a->items[ilow + k] = TY_NEWREF(vitems[k]);
    for (ssize_t k = norig - 1; k >= 0; k--)
        TY_DECREF(recycle[k]);
    if (recycle != small)
        tyMem_free(recycle);
    TY_XDECREF(seq);
    return 0;
fail:
    TY_XDECREF(seq);
    return -1;
}

/* ---- slots --------------------------------------------------------------- */

static void list_dealloc(TyObject *o)
{
    TyList *l = LIST(o);
    tyGC_untrack(o);
    if (l->items) {
        ssize_t n = l->size;
        while (--n >= 0)
            TY_XDECREF(l->items[n]);
        tyMem_free(l->items);
    }
    if (!list_to_freelist(l))
        tyObj_free(o);
}

static int list_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyList *l = LIST(o);
    for (ssize_t i = l->size - 1; i >= 0; i--) {
        if (l->items[i]) {
            int r = visit(l->items[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* Empty the list; the old items are released after it is empty, last to
** first. */
static int list_clear_slot(TyObject *o)
{
    TyList *l = LIST(o);
    TyObject **items = l->items;
    ssize_t n = l->size;
    /* Nothing to do for an empty list, and clearing the list a sort has
    ** emptied does not count as changing it (CPython's rule). */
    if (!items)
        return 0;
    l->items = NULL;
    l->size = 0;
    l->allocated = 0;
    release_items(items, n, true);
    return 0;
}

static TyObject *list_repr(TyObject *o)
{
    TyList *l = LIST(o);
    if (l->size == 0)
        return tyStr_fromCStr("[]");
    int rc = tyObj_reprEnter(o);
    if (rc != 0)
        return rc > 0 ? tyStr_fromCStr("[...]") : NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendChar(&b, '[') < 0)
        goto fail;
    /* An item's repr may change the list: re-read its size each time. */
    for (ssize_t i = 0; i < l->size; i++) {
        if (i > 0 && tyBuf_append(&b, ", ", 2) < 0)
            goto fail;
        TyObject *item = TY_NEWREF(l->items[i]);
        int r = tyBuf_appendRepr(&b, item);
        TY_DECREF(item);
        if (r < 0)
            goto fail;
    }
    if (tyBuf_appendChar(&b, ']') < 0)
        goto fail;
    tyObj_reprLeave(o);
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    tyObj_reprLeave(o);
    return NULL;
}

/* Lexicographic comparison that tolerates the lists changing meanwhile. */
static TyObject *list_richcompare(TyObject *v, TyObject *w, int op)
{
    if (!TY_LIST_CHECK(v) || !TY_LIST_CHECK(w))
        return TY_NEWREF(TY_NOTIMPL);
    TyList *a = LIST(v), *b = LIST(w);
    if (a->size != b->size && (op == TY_EQ || op == TY_NE))
        return tyBool_from(op == TY_NE);
    ssize_t i;
    for (i = 0; i < a->size && i < b->size; i++) {
        TyObject *x = a->items[i], *y = b->items[i];
        if (x == y)
            continue;
        TY_INCREF(x);
        TY_INCREF(y);
        int eq = tyObj_richCompareBool(x, y, TY_EQ);
        TY_DECREF(x);
        TY_DECREF(y);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= a->size || i >= b->size)
        return tyBool_from(tyObj_sizesCompare(a->size, b->size, op));
    if (op == TY_EQ)
        return tyBool_from(false);
    if (op == TY_NE)
        return tyBool_from(true);
    TyObject *x = TY_NEWREF(a->items[i]), *y = TY_NEWREF(b->items[i]);
    TyObject *r = tyObj_richCompare(x, y, op);
    TY_DECREF(x);
    TY_DECREF(y);
    return r;
}

static ssize_t list_length(TyObject *o)
{
    return LIST(o)->size;
}

static int list_contains(TyObject *o, TyObject *v)
{
    TyList *l = LIST(o);
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < l->size; i++) {
        TyObject *item = TY_NEWREF(l->items[i]);
        cmp = tyObj_richCompareBool(item, v, TY_EQ);
        TY_DECREF(item);
    }
    return cmp;
}

/* a + b for a list a: a new list, or TypeError when b is no list. */
static TyObject *list_concat(TyObject *a, TyObject *b)
{
    if (!TY_LIST_CHECK(b))
        return tyErr_format(&TyExc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    ssize_t na = TY_LIST_LEN(a), nb = TY_LIST_LEN(b);
    if (na > SSIZE_MAX - nb)
        return tyErr_noMemory();
    TyObject *r = tyList_new(na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        TY_LIST_SET(r, i, TY_NEWREF(TY_LIST_GET(a, i)));
    for (ssize_t i = 0; i < nb; i++)
        TY_LIST_SET(r, na + i, TY_NEWREF(TY_LIST_GET(b, i)));
    return r;
}

static TyObject *list_repeat(TyObject *l, ssize_t count)
{
    ssize_t n = TY_LIST_LEN(l);
    if (count < 0 || n == 0)
        count = 0;
    if (count > 0 && n > SSIZE_MAX / (ssize_t)sizeof(TyObject *) / count)
        return tyErr_noMemory();
    TyObject *r = tyList_new(n * count);
    if (!r)
        return NULL;
    TyObject **dst = TY_LIST_ITEMS(r);
    if (n == 1) {
        TyObject *item = TY_LIST_GET(l, 0);
        for (ssize_t c = 0; c < count; c++)
            *dst++ = TY_NEWREF(item);
        return r;
    }
    for (ssize_t c = 0; c < count; c++)
        for (ssize_t i = 0; i < n; i++)
            *dst++ = TY_NEWREF(TY_LIST_GET(l, i));
    return r;
}

/* a += iterable */
static TyObject *list_inplace_concat(TyObject *a, TyObject *b)
{
    if (tyList_extend(a, b) < 0)
        return NULL;
    return TY_NEWREF(a);
}

/* a *= count */
static TyObject *list_inplace_repeat(TyObject *a, ssize_t count)
{
    TyList *l = LIST(a);
    ssize_t n = l->size;
    if (n == 0 || count == 1)
        return TY_NEWREF(a);
    if (count < 1) {
        list_clear_slot(a);
        return TY_NEWREF(a);
    }
    if (n > SSIZE_MAX / (ssize_t)sizeof(TyObject *) / count)
        return tyErr_noMemory();
    if (list_resize(l, n * count) < 0)
        return NULL;
    TyObject **items = l->items;
    for (ssize_t c = 1; c < count; c++)
        for (ssize_t i = 0; i < n; i++)
            items[c * n + i] = TY_NEWREF(items[i]);
    return TY_NEWREF(a);
}

static TyObject *list_subscript(TyObject *o, TyObject *key)
{
    TyList *l = LIST(o);
    ssize_t i;
    if (TY_LIKELY(TY_INT_CHECK_EXACT(key) && TY_INT_IS_SMALL(key))) {
        i = (ssize_t)TY_INT_VALUE(key);
    } else {
        int rc = tyTuple_indexOf(key, &i);
        if (rc < 0)
            return NULL;
        if (rc > 0) {
            if (!TY_SLICE_CHECK(key))
                return tyErr_format(&TyExc_TypeError,
                                    "list indices must be integers or slices, not %T", key);
            ssize_t start, stop, step, n;
            if (tySlice_indices(key, &l->size, &start, &stop, &step, &n) < 0)
                return NULL;
            if (step == 1)
                return tyList_slice(o, start, start + n);
            TyObject *r = tyList_new(n);
            if (!r)
                return NULL;
            for (ssize_t k = 0; k < n; k++)
                TY_LIST_SET(r, k, TY_NEWREF(l->items[start + k * step]));
            return r;
        }
    }
    if (i < 0)
        i += l->size;
    if (TY_UNLIKELY((size_t)i >= (size_t)l->size))
        return tyErr_setString(&TyExc_IndexError, "list index out of range");
    return TY_NEWREF(l->items[i]);
}

/* a[start::step] = v or del a[start::step] for step != 1, the indices
** being those of slice `key` over a. */
static int list_ass_extended(TyList *a, TyObject *key, ssize_t start, ssize_t step, ssize_t n,
                             TyObject *v)
{
    if (!v) {
        if (n <= 0)
            return 0;
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        TyObject **garbage = tyMem_malloc((size_t)n * sizeof(TyObject *));
        if (!garbage)
            return -1;
        ssize_t size = a->size, dst = start, k = 0;
        for (ssize_t src = start; src < size; src++) {
            if (k < n && src == start + k * step)
                garbage[k++] = a->items[src];
            else
                a->items[dst++] = a->items[src];
        }
        list_resize(a, size - n);
        release_items(garbage, n, false);
        return 0;
    }
    TyObject *seq;
    ssize_t size = a->size;
    if (TY_LIST_CHECK_EXACT(v) && v != (TyObject *)a) {
        seq = TY_NEWREF(v);
    } else if (TY_TUPLE_CHECK_EXACT(v)) {
        seq = tyList_fromArray(TY_TUPLE_ITEMS(v), TY_TUPLE_LEN(v));
    } else {
        TyObject *it = tyObj_getIter(v);
        if (!it) {
            if (tyErr_exceptionMatches(&TyExc_TypeError))
                tyErr_setString(&TyExc_TypeError, "must assign iterable to extended slice");
            return -1;
        }
        seq = tyList_fromIterable(it);
        TY_DECREF(it);
    }
    if (!seq)
        return -1;
    /* Iterating v may have resized the list: the slice is then taken again
    ** over what is left (CPython 3.11 writes out of bounds). */
    ssize_t stop;
    if (a->size != size && tySlice_indices(key, &a->size, &start, &stop, &step, &n) < 0) {
        TY_DECREF(seq);
        return -1;
    }
    if (TY_LIST_LEN(seq) != n) {
        tyErr_format(&TyExc_ValueError,
                     "attempt to assign sequence of size %zd to extended slice of size %zd",
                     TY_LIST_LEN(seq), n);
        TY_DECREF(seq);
        return -1;
    }
    if (n == 0) {
        TY_DECREF(seq);
        return 0;
    }
    TyObject **garbage = tyMem_malloc((size_t)n * sizeof(TyObject *));
    if (!garbage) {
        TY_DECREF(seq);
        return -1;
    }
    for (ssize_t k = 0; k < n; k++) {
        ssize_t j = start + k * step;
        garbage[k] = a->items[j];
        a->items[j] = TY_NEWREF(TY_LIST_GET(seq, k));
    }
    release_items(garbage, n, false);
    TY_DECREF(seq);
    return 0;
}

static int list_ass_subscript(TyObject *o, TyObject *key, TyObject *v)
{
    TyList *l = LIST(o);
    ssize_t i;
    int rc;
    if (TY_LIKELY(TY_INT_CHECK_EXACT(key) && TY_INT_IS_SMALL(key))) {
        i = (ssize_t)TY_INT_VALUE(key);
        rc = 0;
    } else {
        rc = tyTuple_indexOf(key, &i);
        if (rc < 0)
            return -1;
    }
    if (rc == 0) {
        if (i < 0)
            i += l->size;
        if ((size_t)i >= (size_t)l->size) {
            tyErr_setString(&TyExc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (!v)
            return list_ass_slice(l, i, i + 1, NULL);
        TyObject *old = l->items[i];
        l->items[i] = TY_NEWREF(v);
        TY_DECREF(old);
        return 0;
    }
    if (!TY_SLICE_CHECK(key)) {
        tyErr_format(&TyExc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    ssize_t start, stop, step, n;
    if (tySlice_indices(key, &l->size, &start, &stop, &step, &n) < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(l, start, stop, v);
    return list_ass_extended(l, key, start, step, n, v);
}

/* ---- sorting ------------------------------------------------------------- */

/*
** list.sort(key=key, reverse=reverse) through listsort.c.  The list looks
** empty while the sort runs (allocated -1 marks it untouched), so code run
** by a key or a comparison can neither see nor disturb the items; whatever
** it put in the list meanwhile is dropped afterwards, and a list changed
** meanwhile raises "list modified during sort" unless something else
** failed first, as in CPython.  0 / -1.
*/
int tyList_sort(TyObject *list, TyObject *key, bool reverse)
{
    TyList *l = LIST(list);
    TyObject **saved = l->items;
    ssize_t n = l->size, saved_allocated = l->allocated;
    l->items = NULL;
    l->size = 0;
    l->allocated = -1;

    int rc = tyListSort_sort(saved, n, key, reverse);

    TyObject **during = l->items;
    ssize_t during_size = l->size;
    bool modified = l->allocated != -1;
    l->items = saved;
    l->size = n;
    l->allocated = saved_allocated;
    if (modified && rc == 0) {
        tyErr_setString(&TyExc_ValueError, "list modified during sort");
        rc = -1;
    }
    if (during)
        release_items(during, during_size, true);
    return rc;
}

/* ---- methods --------------------------------------------------------------- */

static TyObject *list_append_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("list.append", kwnames) < 0 ||
        tyArg_checkPositional("list.append", nargs, 1, 1) < 0)
        return NULL;
    if (tyList_append(self, args[0]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *list_extend_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("list.extend", kwnames) < 0 ||
        tyArg_checkPositional("list.extend", nargs, 1, 1) < 0)
        return NULL;
    if (tyList_extend(self, args[0]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *list_insert_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("list.insert", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return tyErr_format(&TyExc_TypeError, "insert expected 2 arguments, got %zu", nargs);
    ssize_t where = tyNum_asSsize(args[0], NULL);
    if (where == -1 && tyErr_occurred())
        return NULL;
    if (tyList_insert(self, where, args[1]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *list_pop_meth(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("list.pop", kwnames) < 0 ||
        tyArg_checkPositional("pop", nargs, 0, 1) < 0)
        return NULL;
    TyList *l = LIST(self);
    ssize_t i = -1;
    if (nargs == 1) {
        i = tyNum_asSsize(args[0], NULL);
        if (i == -1 && tyErr_occurred())
            return NULL;
    }
    if (l->size == 0)
        return tyErr_setString(&TyExc_IndexError, "pop from empty list");
    if (i < 0)
        i += l->size;
    if ((size_t)i >= (size_t)l->size)
        return tyErr_setString(&TyExc_IndexError, "pop index out of range");
    TyObject *v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->size - i - 1) * sizeof(TyObject *));
    list_resize(l, l->size - 1);
    return v;
}

static TyObject *list_remove_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("list.remove", kwnames) < 0 ||
        tyArg_checkPositional("list.remove", nargs, 1, 1) < 0)
        return NULL;
    TyList *l = LIST(self);
    for (ssize_t i = 0; i < l->size; i++) {
        TyObject *item = TY_NEWREF(l->items[i]);
        int r = tyObj_richCompareBool(item, args[0], TY_EQ);
        TY_DECREF(item);
        if (r < 0)
            return NULL;
        if (r) {
            if (i < l->size && list_ass_slice(l, i, i + 1, NULL) < 0)
                return NULL;
            return tyNone_new();
        }
    }
    return tyErr_setString(&TyExc_ValueError, "list.remove(x): x not in list");
}

static TyObject *list_index_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    ssize_t start, stop;
    if (tyArg_noKeywords("list.index", kwnames) < 0 ||
        tyArg_checkPositional("index", nargs, 1, 3) < 0 ||
        tyTuple_indexRange(args, nargs, LIST(self)->size, &start, &stop) < 0)
        return NULL;
    TyList *l = LIST(self);
    for (ssize_t i = start; i < stop && i < l->size; i++) {
        TyObject *item = TY_NEWREF(l->items[i]);
        int r = tyObj_richCompareBool(item, args[0], TY_EQ);
        TY_DECREF(item);
        if (r > 0)
            return tyInt_fromI64(i);
        if (r < 0)
            return NULL;
    }
    return tyErr_format(&TyExc_ValueError, "%R is not in list", args[0]);
}

static TyObject *list_count_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (tyArg_noKeywords("list.count", kwnames) < 0 ||
        tyArg_checkPositional("list.count", nargs, 1, 1) < 0)
        return NULL;
    TyList *l = LIST(self);
    int64_t count = 0;
    for (ssize_t i = 0; i < l->size; i++) {
        TyObject *item = TY_NEWREF(l->items[i]);
        int r = tyObj_richCompareBool(item, args[0], TY_EQ);
        TY_DECREF(item);
        if (r < 0)
            return NULL;
        count += r;
    }
    return tyInt_fromI64(count);
}

static TyObject *list_clear_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (tyArg_noKeywords("list.clear", kwnames) < 0 ||
        tyArg_checkPositional("list.clear", nargs, 0, 0) < 0)
        return NULL;
    list_clear_slot(self);
    return tyNone_new();
}

static TyObject *list_copy_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (tyArg_noKeywords("list.copy", kwnames) < 0 ||
        tyArg_checkPositional("list.copy", nargs, 0, 0) < 0)
        return NULL;
    return tyList_slice(self, 0, LIST(self)->size);
}

static TyObject *list_reverse_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("list.reverse", kwnames) < 0 ||
        tyArg_checkPositional("list.reverse", nargs, 0, 0) < 0)
        return NULL;
    TyObject **items = LIST(self)->items;
    for (ssize_t i = 0, j = LIST(self)->size - 1; i < j; i++, j--) {
        TyObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
    return tyNone_new();
}

static TyObject *list_sort_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    TyObject *out[2] = {NULL, NULL};
    if (tyArg_unpack("sort", args, nargs, kwnames, names, 0, 0, out) < 0)
        return NULL;
    bool reverse = false;
    if (out[1]) {
        /* CPython converts reverse as a C int, so it must be an integer. */
        int r;
        if (tyArg_int(out[1], &r) < 0)
            return NULL;
        reverse = r != 0;
    }
    if (tyList_sort(self, out[0], reverse) < 0)
        return NULL;
    return tyNone_new();
}

/* The object plus its item block, as CPython counts it (sys.getsizeof
** adds the GC header). */
static TyObject *list_sizeof_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("list.__sizeof__", kwnames) < 0 ||
        tyArg_checkPositional("list.__sizeof__", nargs, 0, 0) < 0)
        return NULL;
    ssize_t size = TY_TYPE(self)->basicsize + LIST(self)->allocated * (ssize_t)sizeof(TyObject *);
    return tyInt_fromI64(size);
}

static TyObject *list_reversed_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames);

static TyMethodDef list_methods[] = {
    {"append", list_append_meth, TY_METH_DEFAULT, "Append object to the end of the list."},
    {"extend", list_extend_meth, TY_METH_DEFAULT, "Extend list by appending elements from the iterable."},
    {"insert", list_insert_meth, TY_METH_DEFAULT, "Insert object before index."},
    {"pop", list_pop_meth, TY_METH_DEFAULT,
     "Remove and return item at index (default last).\n\n"
     "Raises IndexError if list is empty or index is out of range."},
    {"remove", list_remove_meth, TY_METH_DEFAULT,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", list_index_meth, TY_METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", list_count_meth, TY_METH_DEFAULT, "Return number of occurrences of value."},
    {"clear", list_clear_meth, TY_METH_DEFAULT, "Remove all items from list."},
    {"copy", list_copy_meth, TY_METH_DEFAULT, "Return a shallow copy of the list."},
    {"reverse", list_reverse_meth, TY_METH_DEFAULT, "Reverse *IN PLACE*."},
    {"sort", list_sort_meth, TY_METH_DEFAULT,
     "Sort the list in ascending order and return None.\n\n"
     "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
     "order of two equal elements is maintained)."},
    {"__reversed__", list_reversed_meth, TY_METH_DEFAULT,
     "Return a reverse iterator over the list."},
    {"__sizeof__", list_sizeof_meth, TY_METH_DEFAULT, "Return the size of the list in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

/* ---- construction ------------------------------------------------------------ */

/* list.__new__ ignores its arguments; __init__ fills the list. */
static TyObject *list_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    return list_alloc(type, 0);
}

static int list_tp_init(TyObject *self, TyObject *const *args, size_t nargs,
                        TyObject *kwnames)
{
    if (!tyType_overrides(TY_TYPE(self), &TyList_Type, TY_ID(__new__)) && tyArg_noKeywords("list", kwnames) < 0)
        return -1;
    if (tyArg_checkPositional("list", nargs, 0, 1) < 0)
        return -1;
    list_clear_slot(self);
    if (nargs == 0)
        return 0;
    return tyList_extend(self, args[0]);
}

/* ---- iterators ------------------------------------------------------------------ */

static TyObject *listiter_make(TyType *type, TyObject *list, ssize_t index)
{
    TyListIter *it = (TyListIter *)tyGC_alloc(type);
    if (!it)
        return NULL;
    it->index = index;
    it->seq = TY_NEWREF(list);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static TyObject *list_iter(TyObject *o)
{
    return listiter_make(&TyListIter_Type, o, 0);
}

static TyObject *list_reversed_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (tyArg_noKeywords("list.__reversed__", kwnames) < 0 ||
        tyArg_checkPositional("list.__reversed__", nargs, 0, 0) < 0)
        return NULL;
    return listiter_make(&TyListRevIter_Type, self, LIST(self)->size - 1);
}

static void listiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyListIter *)o)->seq);
    tyObj_free(o);
}

static int listiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *seq = ((TyListIter *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

static TyObject *listiter_next(TyObject *o)
{
    TyListIter *it = (TyListIter *)o;
    TyObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index < LIST(seq)->size)
        return TY_NEWREF(LIST(seq)->items[it->index++]);
    it->seq = NULL;
    TY_DECREF(seq);
    return NULL;
}

static TyObject *listreviter_next(TyObject *o)
{
    TyListIter *it = (TyListIter *)o;
    TyObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index >= 0 && it->index < LIST(seq)->size)
        return TY_NEWREF(LIST(seq)->items[it->index--]);
    it->index = -1;
    it->seq = NULL;
    TY_DECREF(seq);
    return NULL;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *listiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    char fname[48];
    snprintf(fname, sizeof fname, "%s.__length_hint__", TY_TYPE(self)->name);
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return NULL;
    TyListIter *it = (TyListIter *)self;
    ssize_t n = 0;
    if (it->seq) {
        if (TY_TYPE(self) == &TyListIter_Type)
            n = LIST(it->seq)->size - it->index;
        else if (it->index < LIST(it->seq)->size)
            n = it->index + 1;
    }
    return tyInt_fromI64(n < 0 ? 0 : n);
}

/* __reduce__: (iter, (list,), index) forwards, (reversed, (list,), index)
** backwards, and (iter, ([],)) once exhausted, as CPython's. */
static TyObject *listiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyListIter *it = (TyListIter *)self;
    if (!it->seq)
        return tyIter_reduceExhausted(tyList_new(0));
    return tyIter_reduceAt(TY_TYPE(self) == &TyListIter_Type ? "iter" : "reversed", it->seq, it->index);
}

/* __setstate__(index): clamped to the list (forwards [0, len], backwards
** [-1, len-1]); an exhausted iterator stays exhausted. */
static TyObject *listiter_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyListIter *it = (TyListIter *)self;
    ssize_t n = it->seq ? LIST(it->seq)->size : 0, index;
    bool forwards = TY_TYPE(self) == &TyListIter_Type;
    if (tyIter_stateIndex(args, nargs, kwnames, forwards ? 0 : -1, forwards ? n : n - 1, &index) < 0)
        return NULL;
    if (it->seq)
        it->index = index;
    return tyNone_new();
}

static TyMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", listiter_reduce, TY_METH_DEFAULT, NULL},
    {"__setstate__", listiter_setstate, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TyListIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "list_iterator",
    .basicsize = sizeof(TyListIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

TyType TyListRevIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "list_reverseiterator",
    .basicsize = sizeof(TyListIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = iter_self,
    .iternext = listreviter_next,
    .methods = listiter_methods,
};

TyType TyList_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "list",
    .basicsize = sizeof(TyList),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_LIST_SUBCLASS | TY_TPFLAG_SEQUENCE | TY_TPFLAG_MATCH_SELF,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
    .contains = list_contains,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
};
