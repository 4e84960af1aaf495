/*
** deque.c — collections.deque with CPython 3.11's behaviour and messages.
**
** The items live in a ring buffer whose capacity is a power of two, so
** both ends grow and shrink in amortised O(1): the buffer doubles when
** full and halves when a quarter full.  Item i is at ring[(head + i) &
** (cap - 1)].
**
** `state` counts the changes that move items (appends, pops, rotations,
** insertions, deletions, clear): an iterator remembers it and raises
** "deque mutated during iteration" when it differs, and the methods that
** compare items (count, index, remove, `in`) check it after every
** comparison, because a comparison can run Python code that changes the
** deque.  Replacing an item (d[i] = v) and reverse() leave it alone, as
** CPython's do.
**
** A deque is always tracked by the collector; its iterators hold the
** deque until they are freed (CPython's do too, which sys.getrefcount
** shows).
*/
#include "tally.h"
#include "objects/deque.h"
#include "objects/weakref.h"
#include "objects/genericalias.h"

#define MIN_CAPACITY 8

typedef struct TyDeque {
    TyObject ob;
    TyObject **ring;        /* cap slots, NULL while cap is 0 */
    ssize_t cap;            /* 0 or a power of two */
    ssize_t head;           /* slot of item 0 */
    ssize_t size;
    ssize_t maxlen;         /* -1: unbounded */
    uint64_t state;
    TyObject *weakreflist;
} TyDeque;

typedef struct TyDequeIter {
    TyObject ob;
    TyDeque *deque;
    ssize_t index;          /* next item; counts down for the reverse iterator */
    ssize_t remaining;      /* items still to give; 0 once exhausted or failed */
    uint64_t state;         /* the deque's state when the iterator was made */
} TyDequeIter;

#define DEQUE(o) ((TyDeque *)(o))
#define TY_DEQUE_CHECK(o) TY_IS_INSTANCE(o, &TyDeque_Type)

static const char mutated_msg[] = "deque mutated during iteration";

/* The address of item i (0 <= i < cap). */
static inline TyObject **slot(TyDeque *d, ssize_t i)
{
    return &d->ring[(d->head + i) & (d->cap - 1)];
}

/* The class name without its module: "deque", or a subclass's __name__,
** as CPython's repr and messages print it (borrowed from the type). */
static const char *short_name(TyType *t)
{
    const char *name = tyType_name(t);
    const char *dot = (t->flags & TY_TPFLAG_HEAPTYPE) ? NULL : strrchr(name, '.');
    return dot ? dot + 1 : name;
}

/* Move the items into a new buffer of `cap` slots (cap >= size, a power of
** two), item 0 first.  0, or -1 with MemoryError and the deque unchanged. */
static int set_capacity(TyDeque *d, ssize_t cap)
{
    if ((size_t)cap > (size_t)SSIZE_MAX / sizeof(TyObject *)) {
        tyErr_noMemory();
        return -1;
    }
    TyObject **ring = tyMem_malloc((size_t)cap * sizeof(TyObject *));
    if (!ring)
        return -1;
    for (ssize_t i = 0; i < d->size; i++)
        ring[i] = *slot(d, i);
    tyMem_free(d->ring);
    d->ring = ring;
    d->cap = cap;
    d->head = 0;
    return 0;
}

/* Room for one more item.  0 / -1 (MemoryError). */
static int make_room(TyDeque *d)
{
    if (d->size < d->cap)
        return 0;
    if (d->cap > SSIZE_MAX / 2) {
        tyErr_noMemory();
        return -1;
    }
    return set_capacity(d, d->cap ? d->cap * 2 : MIN_CAPACITY);
}

/* After a removal: halve a buffer that is at most a quarter full, so a
** deque that shrank does not keep its peak memory.  Shrinking is only an
** economy, so a failed allocation is forgotten and the buffer kept. */
static void maybe_shrink(TyDeque *d)
{
    if (d->cap <= MIN_CAPACITY || d->size > d->cap / 4)
        return;
    if (set_capacity(d, d->cap / 2) < 0)
        tyErr_clear();
}

/* Remove and return item 0 (size > 0): new reference (the deque's). */
static TyObject *take_front(TyDeque *d)
{
    TyObject *v = *slot(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    maybe_shrink(d);
    return v;
}

/* Remove and return the last item (size > 0): new reference. */
static TyObject *take_back(TyDeque *d)
{
    TyObject *v = *slot(d, d->size - 1);
    d->size--;
    d->state++;
    maybe_shrink(d);
    return v;
}

/* Append v (a new reference is taken), dropping the first item when the
** deque is past its maxlen.  0 / -1 (MemoryError). */
static int push_back(TyDeque *d, TyObject *v)
{
    if (make_room(d) < 0)
        return -1;
    *slot(d, d->size) = TY_NEWREF(v);
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen)
        TY_DECREF(take_front(d));
    return 0;
}

/* Prepend v, dropping the last item when past maxlen.  0 / -1. */
static int push_front(TyDeque *d, TyObject *v)
{
    if (make_room(d) < 0)
        return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->ring[d->head] = TY_NEWREF(v);
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen)
        TY_DECREF(take_back(d));
    return 0;
}

/* Empty the deque.  The buffer is detached before any item is released,
** because releasing one can run code that uses the deque. */
static void clear_items(TyDeque *d)
{
    if (d->size == 0)
        return;
    TyObject **ring = d->ring;
    ssize_t mask = d->cap - 1, head = d->head, n = d->size;
    d->ring = NULL;
    d->cap = 0;
    d->head = 0;
    d->size = 0;
    d->state++;
    for (ssize_t i = 0; i < n; i++)
        TY_DECREF(ring[(head + i) & mask]);
    tyMem_free(ring);
}

/* Rotate n steps to the right (negative: to the left), moving the fewer
** items: min(n, size - n) moves after reducing n modulo the size. */
static void rotate(TyDeque *d, ssize_t n)
{
    ssize_t len = d->size;
    if (len <= 1)
        return;
    d->state++;
    n %= len;
    if (n < 0)
        n += len;
    ssize_t mask = d->cap - 1;
    if (n <= len / 2) {
        /* The last item moves to the slot before the head (the same slot
        ** when the buffer is full). */
        for (ssize_t k = 0; k < n; k++) {
            TyObject *v = *slot(d, len - 1);
            d->head = (d->head - 1) & mask;
            d->ring[d->head] = v;
        }
    } else {
        for (ssize_t k = 0; k < len - n; k++) {
            TyObject *v = d->ring[d->head];
            *slot(d, len) = v;
            d->head = (d->head + 1) & mask;
        }
    }
}

/* Remove item i (0 <= i < size), shifting the shorter side: new reference
** to the removed item. */
static TyObject *remove_at(TyDeque *d, ssize_t i)
{
    TyObject *v = *slot(d, i);
    if (i < d->size / 2) {
        for (ssize_t j = i; j > 0; j--)
            *slot(d, j) = *slot(d, j - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ssize_t j = i; j < d->size - 1; j++)
            *slot(d, j) = *slot(d, j + 1);
    }
    d->size--;
    d->state++;
    maybe_shrink(d);
    return v;
}

/* Insert v before item i (0 <= i <= size), shifting the shorter side.
** 0 / -1 (MemoryError). */
static int insert_at(TyDeque *d, ssize_t i, TyObject *v)
{
    if (make_room(d) < 0)
        return -1;
    if (i < d->size / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (ssize_t j = 0; j < i; j++)
            *slot(d, j) = *slot(d, j + 1);
    } else {
        for (ssize_t j = d->size; j > i; j--)
            *slot(d, j) = *slot(d, j - 1);
    }
    *slot(d, i) = TY_NEWREF(v);
    d->size++;
    d->state++;
    return 0;
}

/* d.extend(iterable) or d.extendleft(iterable).  Extending a deque with
** itself reads a snapshot of it first; with maxlen 0 the iterable is only
** consumed.  0 / -1. */
static int extend(TyDeque *d, TyObject *iterable, bool left)
{
    if (iterable == (TyObject *)d) {
        TyObject *copy = tyList_fromIterable(iterable);
        if (!copy)
            return -1;
        int r = extend(d, copy, left);
        TY_DECREF(copy);
        return r;
    }
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return -1;
    TyObject *item;
    while ((item = tyIter_next(it)) != NULL) {
        int r = d->maxlen == 0 ? 0 : left ? push_front(d, item) : push_back(d, item);
        TY_DECREF(item);
        if (r < 0) {
            TY_DECREF(it);
            return -1;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

/* A new, empty, tracked deque of `type` (unbounded): new reference. */
static TyObject *deque_alloc(TyType *type)
{
    TyDeque *d = (TyDeque *)tyType_genericAlloc(type, 0);
    if (d)
        d->maxlen = -1;
    return (TyObject *)d;
}

/* ---- slots ------------------------------------------------------------------ */

/* deque.__new__: an empty unbounded deque of `type`, whatever the
** arguments (__init__ reads them): new reference. */
static TyObject *deque_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return deque_alloc(type);
}

/* deque(iterable=(), maxlen=None).  maxlen must be an int (no __index__,
** as CPython's PyLong_AsSsize_t); calling __init__ again empties the
** deque first. */
static int deque_tp_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "iterable", "maxlen", NULL };
    TyObject *a[2];
    if (tyArg_unpack("deque", args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    TyDeque *d = DEQUE(self);
    ssize_t maxlen = -1;
    if (a[1] && a[1] != TY_NONE) {
        if (!TY_INT_CHECK(a[1])) {
            tyErr_setString(&TyExc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = tyInt_asSsize(a[1]);
        if (maxlen == -1 && tyErr_occurred())
            return -1;
        if (maxlen < 0) {
            tyErr_setString(&TyExc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    clear_items(d);
    return a[0] ? extend(d, a[0], false) : 0;
}

/* Untrack, clear the weak references, release the items, free. */
static void deque_dealloc(TyObject *o)
{
    TyDeque *d = DEQUE(o);
    tyGC_untrack(o);
    if (d->weakreflist)
        tyWeakref_clear(o);
    clear_items(d);
    tyMem_free(d->ring);
    tyObj_free(o);
}

/* Visits every item, first to last. */
static int deque_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyDeque *d = DEQUE(o);
    for (ssize_t i = 0; i < d->size; i++) {
        int r = visit(*slot(d, i), arg);
        if (r)
            return r;
    }
    return 0;
}

/* The collector's clear: empties the deque. */
static int deque_clear_slot(TyObject *o)
{
    clear_items(DEQUE(o));
    return 0;
}

/* len(d). */
static ssize_t deque_length(TyObject *o)
{
    return DEQUE(o)->size;
}

/* "deque([1, 2])" / "deque([1], maxlen=3)", "[...]" for a deque inside
** itself, with a subclass's own name: new reference. */
static TyObject *deque_repr(TyObject *o)
{
    int rc = tyObj_reprEnter(o);
    if (rc != 0)
        return rc > 0 ? tyStr_fromCStr("[...]") : NULL;
    TyObject *r = NULL;
    TyObject *list = tyList_fromIterable(o);
    if (list) {
        const char *name = short_name(TY_TYPE(o));
        ssize_t maxlen = DEQUE(o)->maxlen;
        r = maxlen < 0 ? tyStr_fromFormat("%s(%R)", name, list)
                       : tyStr_fromFormat("%s(%R, maxlen=%zd)", name, list, maxlen);
        TY_DECREF(list);
    }
    tyObj_reprLeave(o);
    return r;
}

/*
** Compare item by item like lists: the first unequal pair decides, else
** the lengths do.  Both operands must be deques (else NotImplemented).
** The deques can change while an item comparison runs, so every step
** re-reads their sizes.  New reference.
*/
static TyObject *deque_richcompare(TyObject *v, TyObject *w, int op)
{
    if (!TY_DEQUE_CHECK(v) || !TY_DEQUE_CHECK(w))
        return TY_NEWREF(TY_NOTIMPL);
    TyDeque *a = DEQUE(v), *b = DEQUE(w);
    if ((op == TY_EQ || op == TY_NE) && a->size != b->size)
        return tyBool_from(op == TY_NE);
    ssize_t i;
    for (i = 0; i < a->size && i < b->size; i++) {
        TyObject *x = TY_NEWREF(*slot(a, i)), *y = TY_NEWREF(*slot(b, i));
        int eq = x == y ? 1 : tyObj_richCompareBool(x, y, TY_EQ);
        if (eq == 0) {
            TyObject *r = op == TY_EQ ? tyBool_from(false)
                          : op == TY_NE ? tyBool_from(true)
                                        : tyObj_richCompare(x, y, op);
            TY_DECREF(x);
            TY_DECREF(y);
            return r;
        }
        TY_DECREF(x);
        TY_DECREF(y);
        if (eq < 0)
            return NULL;
    }
    return tyBool_from(tyObj_sizesCompare(a->size, b->size, op));
}

/*
** Compare each item with `value` until `stop` says to stop, checking
** after every comparison that the deque did not change (CPython raises
** `mutated_exc`).  Returns the index of the first match, -1 when none
** (after `count` counted every match, if not NULL), or -2 on error.
*/
static ssize_t scan(TyDeque *d, TyObject *value, ssize_t start, ssize_t stop, TyType *mutated_exc,
                    int64_t *count)
{
    uint64_t state = d->state;
    for (ssize_t i = start; i < stop && i < d->size; i++) {
        TyObject *item = TY_NEWREF(*slot(d, i));
        int cmp = tyObj_richCompareBool(item, value, TY_EQ);
        TY_DECREF(item);
        if (cmp < 0)
            return -2;
        if (cmp > 0 && !count)
            return i;
        if (d->state != state) {
            tyErr_setString(mutated_exc, mutated_msg);
            return -2;
        }
        if (count)
            *count += cmp;
    }
    return -1;
}

/* `value in d`: 1 / 0 / -1 (RuntimeError if a comparison changed d). */
static int deque_contains(TyObject *o, TyObject *value)
{
    ssize_t i = scan(DEQUE(o), value, 0, SSIZE_MAX, &TyExc_RuntimeError, NULL);
    return i == -2 ? -1 : i >= 0;
}

/* Index of an item: an int (or __index__) made non-negative, else
** TypeError / IndexError with CPython's messages.  0 / -1. */
static int item_index(TyDeque *d, TyObject *key, ssize_t *out)
{
    ssize_t i;
    int rc = tyTuple_indexOf(key, &i);
    if (rc < 0)
        return -1;
    if (rc > 0) {
        tyErr_format(&TyExc_TypeError, "sequence index must be integer, not '%T'", key);
        return -1;
    }
    if (i < 0)
        i += d->size;
    if (i < 0 || i >= d->size) {
        tyErr_setString(&TyExc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

/* d[i]: new reference. */
static TyObject *deque_subscript(TyObject *o, TyObject *key)
{
    ssize_t i;
    if (item_index(DEQUE(o), key, &i) < 0)
        return NULL;
    return TY_NEWREF(*slot(DEQUE(o), i));
}

/* d[i] = v, or del d[i] when v is NULL.  The old item is released last. */
static int deque_ass_subscript(TyObject *o, TyObject *key, TyObject *v)
{
    TyDeque *d = DEQUE(o);
    ssize_t i;
    if (item_index(d, key, &i) < 0)
        return -1;
    TyObject *old;
    if (v) {
        old = *slot(d, i);
        *slot(d, i) = TY_NEWREF(v);
    } else {
        old = remove_at(d, i);
    }
    TY_DECREF(old);
    return 0;
}

/* A copy of d with the same maxlen.  A subclass is called as
** type(d)(d) or type(d)(d, maxlen), as CPython does.  New reference. */
static TyObject *deque_copy_of(TyObject *self)
{
    TyDeque *d = DEQUE(self);
    if (TY_TYPE(self) != &TyDeque_Type) {
        TyObject *maxlen = d->maxlen >= 0 ? tyInt_fromI64(d->maxlen) : NULL;
        if (d->maxlen >= 0 && !maxlen)
            return NULL;
        TyObject *args[2] = { self, maxlen };
        TyObject *r = tyObj_call((TyObject *)TY_TYPE(self), args, maxlen ? 2 : 1, NULL);
        TY_XDECREF(maxlen);
        if (r && !TY_DEQUE_CHECK(r)) {
            tyErr_format(&TyExc_TypeError, "%s() must return a deque, not %T",
                         tyType_name(TY_TYPE(self)), r);
            TY_CLEAR(r);
        }
        return r;
    }
    TyDeque *c = (TyDeque *)deque_alloc(&TyDeque_Type);
    if (!c)
        return NULL;
    c->maxlen = d->maxlen;
    if (d->size > 0) {
        ssize_t cap = MIN_CAPACITY;
        while (cap < d->size)
            cap *= 2;
        if (set_capacity(c, cap) < 0) {
            TY_DECREF(c);
            return NULL;
        }
        for (ssize_t i = 0; i < d->size; i++)
            c->ring[i] = TY_NEWREF(*slot(d, i));
        c->size = d->size;
    }
    return (TyObject *)c;
}

/* d + other: a copy of d (its maxlen) extended by the deque other, a new
** reference; TypeError for any other operand. */
static TyObject *deque_concat(TyObject *a, TyObject *b)
{
    if (!TY_DEQUE_CHECK(b))
        return tyErr_format(&TyExc_TypeError,
                            "can only concatenate deque (not \"%T\") to deque", b);
    TyObject *r = deque_copy_of(a);
    if (r && extend(DEQUE(r), b, false) < 0)
        TY_CLEAR(r);
    return r;
}

/* d *= count in place: the items repeated, keeping the last maxlen of
** them when bounded (without building the ones that would be dropped). */
static int repeat_in_place(TyDeque *d, ssize_t count)
{
    ssize_t n = d->size;
    if (n == 0 || count == 1)
        return 0;
    if (count <= 0) {
        clear_items(d);
        return 0;
    }
    /* Python code run by a release (a __del__ of a dropped item) could
    ** change the deque while it is being filled: work from a snapshot. */
    TyObject *snap = tyList_fromIterable((TyObject *)d);
    if (!snap)
        return -1;
    ssize_t first = 0, appends;
    if (d->maxlen >= 0 && count - 1 >= (d->maxlen + n - 1) / n) {
        /* At least maxlen items are appended: the result is the last
        ** maxlen items of the repetition, which ends with item n - 1. */
        clear_items(d);
        first = (n - d->maxlen % n) % n;
        appends = d->maxlen;
    } else {
        if (count - 1 > SSIZE_MAX / n) {
            TY_DECREF(snap);
            tyErr_noMemory();
            return -1;
        }
        appends = n * (count - 1);
    }
    int r = 0;
    for (ssize_t k = 0; k < appends && r == 0; k++)
        r = push_back(d, TY_LIST_GET(snap, (first + k) % n));
    TY_DECREF(snap);
    return r;
}

/* d *= count: new reference to d. */
static TyObject *deque_inplace_repeat(TyObject *a, ssize_t count)
{
    if (repeat_in_place(DEQUE(a), count) < 0)
        return NULL;
    return TY_NEWREF(a);
}

/* d * count and count * d: a repeated copy, a new reference. */
static TyObject *deque_repeat(TyObject *a, ssize_t count)
{
    TyObject *r = deque_copy_of(a);
    if (r && repeat_in_place(DEQUE(r), count) < 0)
        TY_CLEAR(r);
    return r;
}

/* d += iterable: new reference to d. */
static TyObject *deque_inplace_concat(TyObject *a, TyObject *b)
{
    if (extend(DEQUE(a), b, false) < 0)
        return NULL;
    return TY_NEWREF(a);
}

/* ---- methods ------------------------------------------------------------------ */

/* Argument check of a method taking exactly `n` (0 or 1) positional
** arguments, with the "deque.pop() takes no arguments (1 given)" wording. */
static int fixed_args(const char *fname, size_t nargs, TyObject *kwnames, size_t n)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, n, n) < 0)
        return -1;
    return 0;
}

/* d.append(x): new reference to None. */
TY_CFUNC(deque_append)
{
    if (fixed_args("deque.append", nargs, kwnames, 1) < 0 || push_back(DEQUE(self), args[0]) < 0)
        return NULL;
    return tyNone_new();
}

/* d.appendleft(x): new reference to None. */
TY_CFUNC(deque_appendleft)
{
    if (fixed_args("deque.appendleft", nargs, kwnames, 1) < 0 ||
        push_front(DEQUE(self), args[0]) < 0)
        return NULL;
    return tyNone_new();
}

/* d.pop(): the last item, a new reference. */
TY_CFUNC(deque_pop)
{
    if (fixed_args("deque.pop", nargs, kwnames, 0) < 0)
        return NULL;
    if (DEQUE(self)->size == 0)
        return tyErr_setString(&TyExc_IndexError, "pop from an empty deque");
    return take_back(DEQUE(self));
}

/* d.popleft(): the first item, a new reference. */
TY_CFUNC(deque_popleft)
{
    if (fixed_args("deque.popleft", nargs, kwnames, 0) < 0)
        return NULL;
    if (DEQUE(self)->size == 0)
        return tyErr_setString(&TyExc_IndexError, "pop from an empty deque");
    return take_front(DEQUE(self));
}

/* d.extend(iterable): new reference to None. */
TY_CFUNC(deque_extend_meth)
{
    if (fixed_args("deque.extend", nargs, kwnames, 1) < 0 || extend(DEQUE(self), args[0], false) < 0)
        return NULL;
    return tyNone_new();
}

/* d.extendleft(iterable), which reverses the items: new reference to None. */
TY_CFUNC(deque_extendleft)
{
    if (fixed_args("deque.extendleft", nargs, kwnames, 1) < 0 ||
        extend(DEQUE(self), args[0], true) < 0)
        return NULL;
    return tyNone_new();
}

/* d.clear(): new reference to None. */
TY_CFUNC(deque_clear_meth)
{
    if (fixed_args("deque.clear", nargs, kwnames, 0) < 0)
        return NULL;
    clear_items(DEQUE(self));
    return tyNone_new();
}

/* d.copy(): new reference. */
TY_CFUNC(deque_copy)
{
    if (fixed_args("deque.copy", nargs, kwnames, 0) < 0)
        return NULL;
    return deque_copy_of(self);
}

/* d.__copy__(), the same as copy() under its own name in messages: new
** reference. */
TY_CFUNC(deque_copy_dunder)
{
    if (fixed_args("deque.__copy__", nargs, kwnames, 0) < 0)
        return NULL;
    return deque_copy_of(self);
}

/* d.rotate(n=1): new reference to None. */
TY_CFUNC(deque_rotate)
{
    if (tyArg_noKeywords("deque.rotate", kwnames) < 0 ||
        tyArg_checkPositional("deque.rotate", nargs, 0, 1) < 0)
        return NULL;
    ssize_t n = 1;
    if (nargs == 1) {
        n = tyNum_asSsize(args[0], NULL);
        if (n == -1 && tyErr_occurred())
            return NULL;
    }
    rotate(DEQUE(self), n);
    return tyNone_new();
}

/* d.reverse() swaps the items in place; like CPython's, it does not count
** as a mutation for running iterators.  New reference to None. */
TY_CFUNC(deque_reverse)
{
    if (fixed_args("deque.reverse", nargs, kwnames, 0) < 0)
        return NULL;
    TyDeque *d = DEQUE(self);
    for (ssize_t i = 0, j = d->size - 1; i < j; i++, j--) {
        TyObject *t = *slot(d, i);
        *slot(d, i) = *slot(d, j);
        *slot(d, j) = t;
    }
    return tyNone_new();
}

/* d.count(x): new reference to an int. */
TY_CFUNC(deque_count)
{
    if (fixed_args("deque.count", nargs, kwnames, 1) < 0)
        return NULL;
    int64_t count = 0;
    if (scan(DEQUE(self), args[0], 0, SSIZE_MAX, &TyExc_RuntimeError, &count) == -2)
        return NULL;
    return tyInt_fromI64(count);
}

/* d.index(x[, start[, stop]]): new reference to an int; ValueError when
** absent. */
TY_CFUNC(deque_index)
{
    ssize_t start, stop;
    TyDeque *d = DEQUE(self);
    if (tyArg_noKeywords("deque.index", kwnames) < 0 || tyArg_checkTupleCount("index", nargs, 1, 3) < 0 ||
        tyTuple_indexRange(args, nargs, d->size, &start, &stop) < 0)
        return NULL;
    ssize_t i = scan(d, args[0], start, stop, &TyExc_RuntimeError, NULL);
    if (i == -2)
        return NULL;
    if (i < 0)
        return tyErr_format(&TyExc_ValueError, "%R is not in deque", args[0]);
    return tyInt_fromI64(i);
}

/* d.remove(x): new reference to None.  A mutation during the comparisons
** is an IndexError in CPython. */
TY_CFUNC(deque_remove)
{
    if (fixed_args("deque.remove", nargs, kwnames, 1) < 0)
        return NULL;
    TyDeque *d = DEQUE(self);
    uint64_t state = d->state;
    ssize_t i = scan(d, args[0], 0, SSIZE_MAX, &TyExc_IndexError, NULL);
    if (i == -2)
        return NULL;
    /* Unlike index(), remove() checks for a mutation before taking a match. */
    if (d->state != state)
        return tyErr_setString(&TyExc_IndexError, mutated_msg);
    if (i < 0)
        return tyErr_format(&TyExc_ValueError, "%R is not in deque", args[0]);
    TY_DECREF(remove_at(d, i));
    return tyNone_new();
}

/* d.insert(i, x) with list.insert's clamping of i; a full bounded deque
** refuses.  New reference to None. */
TY_CFUNC(deque_insert)
{
    if (tyArg_noKeywords("deque.insert", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return tyErr_format(&TyExc_TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
    ssize_t i = tyNum_asSsize(args[0], NULL);
    if (i == -1 && tyErr_occurred())
        return NULL;
    TyDeque *d = DEQUE(self);
    if (d->maxlen == d->size)
        return tyErr_setString(&TyExc_IndexError, "deque already at its maximum size");
    if (i < 0) {
        i += d->size;
        if (i < 0)
            i = 0;
    } else if (i > d->size) {
        i = d->size;
    }
    if (insert_at(d, i, args[1]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *iter_make(TyType *type, TyObject *deque);

/* reversed(d): new reference to a reverse iterator. */
TY_CFUNC(deque_reversed)
{
    if (fixed_args("deque.__reversed__", nargs, kwnames, 0) < 0)
        return NULL;
    return iter_make(&TyDequeRevIter_Type, self);
}

/* deque[T]: new reference to a types.GenericAlias. */
static TyObject *deque_class_getitem(TyObject *cls, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return tyGenericAlias_new(cls, args[0]);
}

/* maxlen: an int, or None when unbounded (read-only): new reference. */
static TyObject *deque_get_maxlen(TyObject *self)
{
    ssize_t maxlen = DEQUE(self)->maxlen;
    return maxlen < 0 ? tyNone_new() : tyInt_fromI64(maxlen);
}

/* __reduce__: (type(d), () or ((), maxlen), d.__getstate__(), iter(d)),
** CPython's, so copy, deepcopy and pickle rebuild a deque of the same class,
** bound and attributes.  New reference. */
static TyObject *deque_reduce(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 ||
        tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *name = tyStr_internC("__getstate__");
    TyObject *dict = name ? tyObj_callMethod(self, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    if (!dict)
        return NULL;
    TyObject *it = tyObj_getIter(self), *cargs = NULL, *r = NULL;
    ssize_t maxlen = DEQUE(self)->maxlen;
    if (it && maxlen < 0) {
        cargs = tyTuple_new(0);
    } else if (it) {
        TyObject *empty = tyTuple_new(0), *n = tyInt_fromI64(maxlen);
        cargs = empty && n ? tyTuple_pack(2, empty, n) : NULL;
        TY_XDECREF(empty);
        TY_XDECREF(n);
    }
    if (cargs)
        r = tyTuple_pack(4, (TyObject *)TY_TYPE(self), cargs, dict, it);
    TY_XDECREF(cargs);
    TY_XDECREF(it);
    TY_DECREF(dict);
    return r;
}

static TyMethodDef deque_methods[] = {
    { "append", deque_append, TY_METH_DEFAULT, "Add an element to the right side of the deque." },
    { "appendleft", deque_appendleft, TY_METH_DEFAULT, "Add an element to the left side of the deque." },
    { "clear", deque_clear_meth, TY_METH_DEFAULT, "Remove all elements from the deque." },
    { "copy", deque_copy, TY_METH_DEFAULT, "Return a shallow copy of a deque." },
    { "__copy__", deque_copy_dunder, TY_METH_DEFAULT, "Return a shallow copy of a deque." },
    { "count", deque_count, TY_METH_DEFAULT, "D.count(value) -- return number of occurrences of value" },
    { "extend", deque_extend_meth, TY_METH_DEFAULT,
      "Extend the right side of the deque with elements from the iterable" },
    { "extendleft", deque_extendleft, TY_METH_DEFAULT,
      "Extend the left side of the deque with elements from the iterable" },
    { "index", deque_index, TY_METH_DEFAULT,
      "D.index(value, [start, [stop]]) -- return first index of value.\n"
      "Raises ValueError if the value is not present." },
    { "insert", deque_insert, TY_METH_DEFAULT, "D.insert(index, object) -- insert object before index" },
    { "pop", deque_pop, TY_METH_DEFAULT, "Remove and return the rightmost element." },
    { "popleft", deque_popleft, TY_METH_DEFAULT, "Remove and return the leftmost element." },
    { "remove", deque_remove, TY_METH_DEFAULT, "D.remove(value) -- remove first occurrence of value." },
    { "reverse", deque_reverse, TY_METH_DEFAULT, "D.reverse() -- reverse *IN PLACE*" },
    { "rotate", deque_rotate, TY_METH_DEFAULT,
      "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left." },
    { "__reversed__", deque_reversed, TY_METH_DEFAULT, "D.__reversed__() -- return a reverse iterator over the deque" },
    { "__reduce__", deque_reduce, TY_METH_DEFAULT, "Return state information for pickling." },
    { "__class_getitem__", deque_class_getitem, TY_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef deque_getset[] = {
    { "maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded" },
    { NULL, NULL, NULL, NULL },
};

static TyObject *deque_iter(TyObject *o);

TyType TyDeque_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "collections.deque",
    .basicsize = sizeof(TyDeque),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_SEQUENCE,
    .weaklistoffset = offsetof(TyDeque, weakreflist),
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .tp_new = deque_tp_new,
    .tp_init = deque_tp_init,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
    .length = deque_length,
    .subscript = deque_subscript,
    .ass_subscript = deque_ass_subscript,
    .contains = deque_contains,
    .methods = deque_methods,
    .getset = deque_getset,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
};

/* ---- iterators ------------------------------------------------------------------ */

/* An iterator of `type` over deque, starting at its first (forward) or
** last (reverse) item: new reference. */
static TyObject *iter_make(TyType *type, TyObject *deque)
{
    TyDequeIter *it = (TyDequeIter *)tyGC_alloc(type);
    if (!it)
        return NULL;
    TyDeque *d = DEQUE(deque);
    it->deque = (TyDeque *)TY_NEWREF(deque);
    it->index = type == &TyDequeRevIter_Type ? d->size - 1 : 0;
    it->remaining = d->size;
    it->state = d->state;
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

/* iter(d): new reference. */
static TyObject *deque_iter(TyObject *o)
{
    return iter_make(&TyDequeIter_Type, o);
}

/* Releases the deque and frees the iterator. */
static void iter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyDequeIter *)o)->deque);
    tyObj_free(o);
}

/* Visits the deque. */
static int iter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyDequeIter *it = (TyDequeIter *)o;
    return it->deque ? visit((TyObject *)it->deque, arg) : 0;
}

/* The collector's clear: drops the deque (the iterator is then exhausted). */
static int iter_clear(TyObject *o)
{
    TY_CLEAR(((TyDequeIter *)o)->deque);
    return 0;
}

/* The next item (new reference), or NULL: exhausted, or RuntimeError when
** the deque changed since the iterator was made (then exhausted for good). */
static TyObject *iter_next(TyObject *o)
{
    TyDequeIter *it = (TyDequeIter *)o;
    TyDeque *d = it->deque;
    if (!d)
        return NULL;
    if (d->state != it->state) {
        it->remaining = 0;
        return tyErr_setString(&TyExc_RuntimeError, mutated_msg);
    }
    if (it->remaining == 0)
        return NULL;
    TyObject *v = TY_NEWREF(*slot(d, it->index));
    it->index += TY_TYPE(o) == &TyDequeRevIter_Type ? -1 : 1;
    it->remaining--;
    return v;
}

/* iter(it) is it: new reference. */
static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* it.__length_hint__(): the items left, a new reference to an int. */
static TyObject *iter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (fixed_args("__length_hint__", nargs, kwnames, 0) < 0)
        return NULL;
    return tyInt_fromI64(((TyDequeIter *)self)->remaining);
}

static TyMethodDef iter_methods[] = {
    { "__length_hint__", iter_length_hint, TY_METH_DEFAULT, "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL },
};

TyType TyDequeIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(TyDequeIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

TyType TyDequeRevIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(TyDequeIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};
