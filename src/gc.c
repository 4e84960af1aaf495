/*
** gc.c — the generational cycle collector (CPython 3.11's algorithm and
** cadence; docs/internals.md, "The cycle collector").
**
** Reference counting frees everything that is not part of a cycle.  The
** collector finds groups of container objects that only reference each
** other: for the generation being collected it copies every refcount into
** gc_refs, subtracts the references that come from inside the generation,
** and whatever is left with gc_refs > 0 is referenced from outside; all
** that is reachable from those survives, the rest is garbage.  Garbage is
** finalized (PEP 442), checked again for resurrection, and then its cycles
** are broken with each type's clear slot, which lets reference counting
** free it.
**
** Lists.  Each generation is a circular doubly linked list through the GC
** heads with a dummy head.  next == 0 marks an untracked object.  The low
** two bits of prev are flags (FINALIZED, COLLECTING); during a collection
** prev holds gc_refs << 2 instead of a pointer (the list is then singly
** linked until move_unreachable relinks it), and bit 0 of next marks an
** object tentatively moved to the unreachable list.
*/
#include <time.h>
#include "tally.h"
#include "objects/weakref.h"
#include "objects/exception.h"

#define PREV_FINALIZED ((uintptr_t)1)
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS (PREV_FINALIZED | PREV_COLLECTING)
#define PREV_SHIFT 2
#define NEXT_UNREACHABLE ((uintptr_t)1)

/* The next node, without the "tentatively unreachable" bit: objects keep
** that bit on the unreachable list until they are moved or freed, and the
** list operations read through it. */
#define GC_NEXT(g) ((TyGCHead *)((g)->next & ~NEXT_UNREACHABLE))
#define GC_PREV(g) ((TyGCHead *)((g)->prev & ~PREV_FLAGS))

#define DEBUG_STATS 1
#define DEBUG_COLLECTABLE 2
#define DEBUG_UNCOLLECTABLE 4
#define DEBUG_SAVEALL 32

/* ---- list primitives (they keep the flag bits of prev) ---------------- */

static void set_prev(TyGCHead *g, TyGCHead *prev)
{
    g->prev = (g->prev & PREV_FLAGS) | (uintptr_t)prev;
}

static void list_init(TyGCHead *list)
{
    list->prev = (uintptr_t)list;
    list->next = (uintptr_t)list;
}

static bool list_is_empty(TyGCHead *list)
{
    return list->next == (uintptr_t)list;
}

static void list_append(TyGCHead *node, TyGCHead *list)
{
    TyGCHead *last = (TyGCHead *)list->prev;
    set_prev(node, last);
    node->next = (uintptr_t)list;
    last->next = (uintptr_t)node;
    list->prev = (uintptr_t)node;
}

static void list_remove(TyGCHead *node)
{
    TyGCHead *prev = GC_PREV(node);
    TyGCHead *next = GC_NEXT(node);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    node->next = 0;
}

static void list_move(TyGCHead *node, TyGCHead *list)
{
    TyGCHead *prev = GC_PREV(node);
    TyGCHead *next = GC_NEXT(node);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    list_append(node, list);
}

/* Moves every node of from to the end of to; from becomes empty. */
static void list_merge(TyGCHead *from, TyGCHead *to)
{
    if (list_is_empty(from))
        return;
    TyGCHead *to_tail = (TyGCHead *)to->prev;
    TyGCHead *from_head = GC_NEXT(from);
    TyGCHead *from_tail = (TyGCHead *)from->prev;
    to_tail->next = (uintptr_t)from_head;
    set_prev(from_head, to_tail);
    from_tail->next = (uintptr_t)to;
    to->prev = (uintptr_t)from_tail;
    list_init(from);
}

static ssize_t list_size(TyGCHead *list)
{
    ssize_t n = 0;
    for (TyGCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g))
        n++;
    return n;
}

/* ---- gc_refs in prev --------------------------------------------------- */

static ssize_t get_refs(TyGCHead *g)
{
    return (ssize_t)(g->prev >> PREV_SHIFT);
}

static void set_refs(TyGCHead *g, ssize_t refs)
{
    g->prev = (g->prev & PREV_FLAGS) | ((uintptr_t)refs << PREV_SHIFT);
}

static void decref_refs(TyGCHead *g)
{
    g->prev -= (uintptr_t)1 << PREV_SHIFT;
}

static bool is_collecting(TyGCHead *g)
{
    return (g->prev & PREV_COLLECTING) != 0;
}

static void clear_collecting(TyGCHead *g)
{
    g->prev &= ~PREV_COLLECTING;
}

/*
** Is o a GC object with a GC head?  Static type objects have the type
** type's GC flag but no head: only heap types are collected.
*/
static bool is_gc_object(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (!(t->flags & TY_TPFLAG_GC))
        return false;
    if (t->flags & TY_TPFLAG_TYPE_SUBCLASS || t == &TyType_Type)
        return (((TyType *)o)->flags & TY_TPFLAG_HEAPTYPE) != 0;
    return true;
}

/* ---- allocation and tracking ------------------------------------------ */

static void schedule_if_due(void)
{
    TyGCState *gc = &ty_state.gc;
    if (gc->collecting)
        return;
    /* -X gc-stress collects at every allocation, but gc.disable() and a
    ** threshold of 0 still turn automatic collection off. */
    if (gc->enabled && gc->gen[0].threshold != 0 &&
        (ty_state.opt.gc_stress || gc->gen[0].count > gc->gen[0].threshold)) {
        gc->pending = true;
        tyState_raiseBreaker();
    }
}

TyObject *tyGC_allocVar(TyType *type, ssize_t nitems)
{
    size_t size = (size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize;
    TyObject *o = tyMem_objMalloc(sizeof(TyGCHead), size);
    if (!o)
        return NULL;
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TY_TPFLAG_HEAPTYPE)
        TY_INCREF(type);
    ty_state.gc.gen[0].count++;
    schedule_if_due();
    return o;
}

TyObject *tyGC_alloc(TyType *type)
{
    return tyGC_allocVar(type, 0);
}

TyObject *tyGC_resizeVar(TyObject *o, ssize_t nitems)
{
    size_t size = (size_t)TY_TYPE(o)->basicsize + (size_t)nitems * (size_t)TY_TYPE(o)->itemsize;
    return tyMem_objRealloc(o, sizeof(TyGCHead), size);
}

void tyGC_free(TyObject *o)
{
    TyGCGeneration *g0 = &ty_state.gc.gen[0];
    if (g0->count > 0)
        g0->count--;
    tyMem_objFree(o, sizeof(TyGCHead));
}

void tyGC_track(TyObject *o)
{
    TyGCHead *g = TY_AS_GC(o);
    if (g->next != 0)
        return;
    list_append(g, &ty_state.gc.gen[0].head);
}

void tyGC_untrack(TyObject *o)
{
    TyGCHead *g = TY_AS_GC(o);
    if (g->next == 0)
        return;
    list_remove(g);
    g->prev &= PREV_FINALIZED;
}

bool tyGC_isFinalized(TyObject *o)
{
    return is_gc_object(o) && (TY_AS_GC(o)->prev & PREV_FINALIZED) != 0;
}

void tyGC_setFinalized(TyObject *o)
{
    TY_AS_GC(o)->prev |= PREV_FINALIZED;
}

/* ---- the scan ------------------------------------------------------------ */

/* gc_refs := refcount for every object of the set; mark them COLLECTING.
** A tracked object at count 0 is being freed without having been
** untracked: its dealloc (or a decref too many) is wrong. */
static void update_refs(TyGCHead *containers)
{
    for (TyGCHead *g = GC_NEXT(containers); g != containers; g = GC_NEXT(g)) {
        TY_ASSERT(TY_REFCNT(TY_FROM_GC(g)) > 0);
        g->prev = (g->prev & PREV_FINALIZED) | PREV_COLLECTING |
                  ((uintptr_t)TY_REFCNT(TY_FROM_GC(g)) << PREV_SHIFT);
    }
}

static int visit_decref(TyObject *o, void *arg)
{
    (void)arg;
    if (is_gc_object(o)) {
        TyGCHead *g = TY_AS_GC(o);
        if (is_collecting(g)) {
            /* More references from inside the set than the object's
            ** count: a traverse visits a reference its object does not
            ** own, or visits one twice. */
            TY_ASSERT(get_refs(g) > 0);
            decref_refs(g);
        }
    }
    return 0;
}

/* The items of an exact list or tuple (*items, *n): true for those two,
** whose traverse visits exactly these, last first.  The scans visit them
** in place, without two indirect calls an item: most of the containers a
** collection meets are lists and tuples. */
static TY_ALWAYS_INLINE bool items_of(TyObject *o, TyObject ***items, ssize_t *n)
{
    TyType *t = TY_TYPE(o);
    if (t == &TyList_Type) {
        *items = TY_LIST_ITEMS(o);
        *n = TY_LIST_LEN(o);
        return true;
    }
    if (t == &TyTuple_Type) {
        *items = TY_TUPLE_ITEMS(o);
        *n = TY_TUPLE_LEN(o);
        return true;
    }
    return false;
}

/* Subtract the references that come from inside the set. */
static void subtract_refs(TyGCHead *containers)
{
    for (TyGCHead *g = GC_NEXT(containers); g != containers; g = GC_NEXT(g)) {
        TyObject *o = TY_FROM_GC(g);
        TyObject **items;
        ssize_t n;
        if (items_of(o, &items, &n)) {
            for (ssize_t i = n - 1; i >= 0; i--)
                if (items[i])
                    visit_decref(items[i], NULL);
        } else if (TY_TYPE(o)->traverse) {
            TY_TYPE(o)->traverse(o, visit_decref, NULL);
        }
    }
}

/*
** Called for each referent of an object known to be reachable.  A
** referent still in the set becomes reachable too: if move_unreachable had
** already moved it to the unreachable list, it goes back to the tail of
** the young list so the scan reaches it again.
*/
static int visit_reachable(TyObject *o, void *arg)
{
    TyGCHead *reachable = arg;
    if (!is_gc_object(o))
        return 0;
    TyGCHead *g = TY_AS_GC(o);
    if (!is_collecting(g))
        return 0;
    if (g->next & NEXT_UNREACHABLE) {
        TyGCHead *prev = GC_PREV(g);
        TyGCHead *next = (TyGCHead *)(g->next & ~NEXT_UNREACHABLE);
        prev->next = g->next;
        set_prev(next, prev);
        list_append(g, reachable);
        set_refs(g, 1);
        ty_state.gc.rescued++;
    } else if (get_refs(g) == 0) {
        set_refs(g, 1);
    }
    return 0;
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED. */
static bool may_be_tracked(TyObject *o)
{
    if (!is_gc_object(o))
        return false;
    if (TY_TUPLE_CHECK_EXACT(o))
        return tyGC_isTracked(o);
    return true;
}

/* Can tuple o leave the collector for good: it holds only objects that can
** never be part of a cycle (CPython untracks such tuples when it finds them
** surviving a collection)? */
static bool tuple_untrackable(TyObject *o)
{
    ssize_t n = TY_TUPLE_LEN(o);
    for (ssize_t i = 0; i < n; i++) {
        TyObject *item = TY_TUPLE_GET(o, i);
        if (!item || may_be_tracked(item))
            return false;
    }
    return true;
}

/*
** One pass over young: objects with gc_refs > 0 are reachable and make
** everything they reference reachable; objects at 0 move (tentatively) to
** unreachable.  Breadth-first through the list itself: no recursion and no
** extra memory.  Afterwards young is a proper doubly linked list again.
** With untrack, a reachable exact tuple of atoms leaves the collector as it
** is reached: the order in which survivors are reached is their order in
** young afterwards, so this untracks what a pass over the survivors would,
** without walking them again (5% of binary_trees); *untracked counts them.
*/
static ssize_t move_unreachable(TyGCHead *young, TyGCHead *unreachable, ssize_t *garbage,
                                bool untrack, ssize_t *untracked)
{
    TyGCHead *prev = young;
    TyGCHead *g = GC_NEXT(young);
    ssize_t survivors = 0, moved = 0, dropped = 0;
    ty_state.gc.rescued = 0;
    while (g != young) {
        if (get_refs(g)) {
            survivors++;
            TyObject *o = TY_FROM_GC(g);
            if (untrack && TY_TUPLE_CHECK_EXACT(o) && tuple_untrackable(o)) {
                /* Its items are atoms or untracked tuples: nothing for
                ** visit_reachable to mark. */
                prev->next = g->next;
                g->next = 0;
                g->prev &= PREV_FINALIZED;
                dropped++;
                g = (TyGCHead *)prev->next;
                continue;
            }
            TyObject **items;
            ssize_t n;
            if (items_of(o, &items, &n)) {
                for (ssize_t i = n - 1; i >= 0; i--)
                    if (items[i])
                        visit_reachable(items[i], young);
            } else if (TY_TYPE(o)->traverse) {
                TY_TYPE(o)->traverse(o, visit_reachable, young);
            }
            set_prev(g, prev);
            clear_collecting(g);
            prev = g;
        } else {
            moved++;
            prev->next = g->next;
            TyGCHead *last = GC_PREV(unreachable);
            last->next = NEXT_UNREACHABLE | (uintptr_t)g;
            set_prev(g, last);
            g->next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev = (uintptr_t)g;
        }
        g = (TyGCHead *)prev->next;
    }
    young->prev = (uintptr_t)prev;
    unreachable->next &= ~NEXT_UNREACHABLE;
    *garbage = moved - ty_state.gc.rescued;
    *untracked = dropped;
    return survivors;
}

/* Split base into what is referenced from outside (left in base; their
** number returned) and the rest (moved to unreachable; *garbage of them).
** With untrack, the surviving tuples of atoms are untracked (*untracked of
** them, counted among the survivors). */
static ssize_t deduce_unreachable(TyGCHead *base, TyGCHead *unreachable, ssize_t *garbage,
                                  bool untrack, ssize_t *untracked)
{
    update_refs(base);
    subtract_refs(base);
    list_init(unreachable);
    return move_unreachable(base, unreachable, garbage, untrack, untracked);
}

#ifndef TY_DEBUG
/* Tuples holding only objects that can never be part of a cycle are
** untracked, as CPython does; they stay untracked for good.  Returns how
** many were untracked. */
static ssize_t untrack_tuples(TyGCHead *head)
{
    ssize_t untracked = 0;
    TyGCHead *g = GC_NEXT(head);
    while (g != head) {
        TyGCHead *next = GC_NEXT(g);
        TyObject *o = TY_FROM_GC(g);
        if (TY_TUPLE_CHECK_EXACT(o) && tuple_untrackable(o)) {
            tyGC_untrack(o);
            untracked++;
        }
        g = next;
    }
    return untracked;
}
#endif

/* In full collections, dicts holding only atomic keys and values are
** untracked again (CPython issue #14775).  Returns how many. */
static ssize_t untrack_dicts(TyGCHead *head)
{
    ssize_t untracked = 0;
    TyGCHead *g = GC_NEXT(head);
    while (g != head) {
        TyGCHead *next = GC_NEXT(g);
        TyObject *o = TY_FROM_GC(g);
        if (TY_DICT_CHECK_EXACT(o)) {
            ssize_t pos = 0;
            TyObject *k, *v;
            bool atomic = true;
            while (atomic && tyDict_next(o, &pos, &k, &v))
                atomic = !may_be_tracked(k) && !may_be_tracked(v);
            if (atomic) {
                tyGC_untrack(o);
                untracked++;
            }
        }
        g = next;
    }
    return untracked;
}

/*
** PEP 442: call the finalizer of every unreachable object that has one and
** has not been finalized yet.  A finalizer may free other objects of the
** list (their dealloc unlinks them), so the objects up to and including
** the one whose finalizer runs are moved to `seen` first, in one splice;
** objects without a finalizer are only read (moving each one, as before,
** wrote three nodes an object: 3% of binary_trees).  The order of the
** list is kept.  Objects keep the "tentatively unreachable" bit of next.
*/
static int finalize_garbage(TyGCHead *collectable)
{
    TyGCHead seen;
    int called = 0;
    list_init(&seen);
    TyGCHead *g = GC_NEXT(collectable);
    while (g != collectable) {
        TyObject *o = TY_FROM_GC(g);
        if ((g->prev & PREV_FINALIZED) || !TY_TYPE(o)->finalize) {
            g = GC_NEXT(g);
            continue;
        }
        TyGCHead *first = GC_NEXT(collectable), *rest = GC_NEXT(g);
        TyGCHead *seen_tail = (TyGCHead *)seen.prev;
        seen_tail->next = (uintptr_t)first;
        set_prev(first, seen_tail);
        g->next = (uintptr_t)&seen;
        seen.prev = (uintptr_t)g;
        collectable->next = (uintptr_t)rest;
        set_prev(rest, collectable);
        g->prev |= PREV_FINALIZED;
        TY_INCREF(o);
        TY_TYPE(o)->finalize(o);
        TY_DECREF(o);
        called++;
        g = GC_NEXT(collectable);
    }
    list_merge(collectable, &seen);
    list_merge(&seen, collectable);
    return called;
}

/* Clears the collecting flag and the "tentatively unreachable" bit of
** every object of list, which move_unreachable then relinks. */
static void clear_collecting_all(TyGCHead *list)
{
    for (TyGCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g)) {
        clear_collecting(g);
        g->next &= ~NEXT_UNREACHABLE;
    }
}

/* Objects a finalizer made reachable again go to the older generation;
** the rest stay garbage. */
static void handle_resurrected(TyGCHead *unreachable, TyGCHead *still_unreachable,
                               TyGCHead *old)
{
    ssize_t garbage;
    clear_collecting_all(unreachable);
    ssize_t untracked;
    deduce_unreachable(unreachable, still_unreachable, &garbage, false, &untracked);
    list_merge(unreachable, old);
}

/*
** Break the cycles: clear each garbage object (holding a reference of our
** own across the call); whatever survives its clear moves to old.  With
** DEBUG_SAVEALL the objects go to gc.garbage instead.
*/
static void delete_garbage(TyGCHead *collectable, TyGCHead *old)
{
    TyGCState *gc = &ty_state.gc;
    while (!list_is_empty(collectable)) {
        TyGCHead *g = GC_NEXT(collectable);
        TyObject *o = TY_FROM_GC(g);
        if (gc->debug & DEBUG_SAVEALL) {
            if (tyList_append(gc->garbage, o) < 0)
                tyErr_clear();
        } else if (TY_TYPE(o)->clear) {
            TY_INCREF(o);
            TY_TYPE(o)->clear(o);
            if (tyErr_occurred())
                tyErr_writeUnraisable(NULL);
            TY_DECREF(o);
        }
        if (GC_NEXT(collectable) == g) {
            clear_collecting(g);
            list_move(g, old);
        }
    }
}

static void debug_print_objects(const char *what, TyGCHead *list)
{
    for (TyGCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g)) {
        TyObject *o = TY_FROM_GC(g);
        fprintf(stderr, "gc: %s <%s %p>\n", what, TY_TYPE(o)->name, (void *)o);
    }
}

/*
** Collect generation `generation` (0..2).  Returns the number of
** unreachable objects found; *collected_out / *uncollectable_out get the
** split the callbacks report.
*/
static ssize_t collect(int generation, ssize_t *collected_out, ssize_t *uncollectable_out)
{
    TyGCState *gc = &ty_state.gc;
    TyGCHead unreachable, final_unreachable;
    struct timespec t0;
    ssize_t m = 0, n = 0;

    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (gc->debug & DEBUG_STATS) {
        fprintf(stderr, "gc: collecting generation %d...\n", generation);
        fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n",
                list_size(&gc->gen[0].head), list_size(&gc->gen[1].head),
                list_size(&gc->gen[2].head));
        fprintf(stderr, "gc: objects in permanent generation: %zd\n",
                list_size(&gc->permanent.head));
    }

    if (generation + 1 < 3)
        gc->gen[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++)
        gc->gen[i].count = 0;
    for (int i = 0; i < generation; i++)
        list_merge(&gc->gen[i].head, &gc->gen[generation].head);

    TyGCHead *young = &gc->gen[generation].head;
    TyGCHead *old = generation < 2 ? &gc->gen[generation + 1].head : young;

    ssize_t garbage, untracked;
    ssize_t survivors = deduce_unreachable(young, &unreachable, &garbage, true, &untracked);
    gc->stats[generation].examined += survivors + garbage;
    survivors -= untracked;
    if (young != old) {
        if (generation == 1)
            gc->long_lived_pending += survivors;
        list_merge(young, old);
    } else {
        survivors -= untrack_dicts(young);
        gc->long_lived_pending = 0;
        gc->long_lived_total = survivors;
    }

    if (gc->debug & DEBUG_COLLECTABLE)
        debug_print_objects("collectable", &unreachable);

    bool finalizers;
    m += tyWeakref_handleGC(&unreachable, old, &finalizers);
    /* Only a finalizer can resurrect garbage (weakref callbacks cannot
    ** reach it); without one the second scan would find the same set. */
    if (finalizers && finalize_garbage(&unreachable) > 0) {
        handle_resurrected(&unreachable, &final_unreachable, old);
        garbage = list_size(&final_unreachable);
    } else {
        list_init(&final_unreachable);
        list_merge(&unreachable, &final_unreachable);
    }
    m += garbage;
    delete_garbage(&final_unreachable, old);

    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int64_t pause = (int64_t)(t1.tv_sec - t0.tv_sec) * 1000000000 + (t1.tv_nsec - t0.tv_nsec);
    gc->stats[generation].total_pause_ns += pause;
    if (pause > gc->stats[generation].longest_pause_ns)
        gc->stats[generation].longest_pause_ns = pause;
    if (gc->debug & DEBUG_STATS) {
        double secs = (double)pause / 1e9;
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                n + m, n, secs);
    }
    /* A full collection also empties the free lists, as CPython's does. */
    if (generation == 2) {
        tyFloat_clearFreelist();
        tyInt_clearFreelist();
        tyTuple_clearFreelist();
        tyList_clearFreelist();
        tyDict_clearFreelist();
    }
    gc->stats[generation].collections++;
    gc->stats[generation].collected += m;
    gc->stats[generation].uncollectable += n;
    *collected_out = m;
    *uncollectable_out = n;
    return n + m;
}

/* Calls each gc.callbacks entry with (phase, info); errors are reported
** as unraisable and do not stop the collection. */
static void invoke_callbacks(const char *phase, int generation, ssize_t collected,
                             ssize_t uncollectable)
{
    TyGCState *gc = &ty_state.gc;
    if (!gc->callbacks || TY_LIST_LEN(gc->callbacks) == 0)
        return;
    TyObject *saved = tyErr_fetch();
    TyObject *info = tyDict_new();
    TyObject *ph = tyStr_fromCStr(phase);
    TyObject *gen = tyInt_fromI64(generation);
    TyObject *col = tyInt_fromI64(collected);
    TyObject *unc = tyInt_fromI64(uncollectable);
    if (!info || !ph || !gen || !col || !unc ||
        tyDict_setItemStr(info, "generation", gen) < 0 ||
        tyDict_setItemStr(info, "collected", col) < 0 ||
        tyDict_setItemStr(info, "uncollectable", unc) < 0) {
        tyErr_writeUnraisable(NULL);
    } else {
        /* Iterate over a copy: a callback may change gc.callbacks. */
        TyObject *cbs = tyList_slice(gc->callbacks, 0, TY_LIST_LEN(gc->callbacks));
        if (!cbs) {
            tyErr_writeUnraisable(NULL);
        } else {
            for (ssize_t i = 0; i < TY_LIST_LEN(cbs); i++) {
                TyObject *cb = TY_LIST_GET(cbs, i);
                TyObject *args[2] = { ph, info };
                TyObject *r = tyObj_call(cb, args, 2, NULL);
                if (!r)
                    tyErr_writeUnraisable(cb);
                else
                    TY_DECREF(r);
            }
            TY_DECREF(cbs);
        }
    }
    TY_XDECREF(info);
    TY_XDECREF(ph);
    TY_XDECREF(gen);
    TY_XDECREF(col);
    TY_XDECREF(unc);
    tyErr_restore(saved);
}

static ssize_t collect_with_callbacks(int generation)
{
    ssize_t collected = 0, uncollectable = 0;
    invoke_callbacks("start", generation, 0, 0);
    ssize_t result = collect(generation, &collected, &uncollectable);
    invoke_callbacks("stop", generation, collected, uncollectable);
    return result;
}

/*
** The automatic trigger: collect the oldest generation whose count
** exceeds its threshold, skipping a full collection while fewer than 25%
** of the long-lived objects are new since the last one (CPython's
** long_lived_pending rule, which keeps full collections linear overall).
*/
static void collect_generations(void)
{
    TyGCState *gc = &ty_state.gc;
    for (int i = 2; i >= 0; i--) {
        if (gc->gen[i].count > gc->gen[i].threshold) {
            if (i == 2 && gc->long_lived_pending < gc->long_lived_total / 4)
                continue;
            collect_with_callbacks(i);
            break;
        }
    }
}

void tyGC_collectPending(void)
{
    TyGCState *gc = &ty_state.gc;
    if (!gc->pending || gc->collecting)
        return;
    gc->pending = false;
    gc->collecting = true;
    TyObject *saved = tyErr_fetch();
    if (ty_state.opt.gc_stress)
        collect_with_callbacks(0);
    else
        collect_generations();
    tyErr_restore(saved);
    gc->collecting = false;
}

/*
** Start-up makes no garbage, so the generation-0 collection its
** allocations make due would only untrack the tuples of atoms and promote
** everything to generation 1: that is done here without the scan (7% of
** `tally -c pass`), with the same counts and statistics; the debug build
** collects for real and checks that nothing was found.  Anything but that
** plain case (gc-stress, a collection of an older generation due, none
** due) goes through tyGC_collectPending.
*/
void tyGC_collectStartup(void)
{
    TyGCState *gc = &ty_state.gc;
#ifdef TY_DEBUG
    ssize_t found = gc->stats[0].collected + gc->stats[0].uncollectable;
    tyGC_collectPending();
    TY_ASSERT(gc->stats[0].collected + gc->stats[0].uncollectable == found);
#else
    if (!gc->pending || gc->collecting || ty_state.opt.gc_stress ||
        (gc->callbacks && TY_LIST_LEN(gc->callbacks) > 0) ||
        gc->gen[0].count <= gc->gen[0].threshold || gc->gen[1].count > gc->gen[1].threshold ||
        gc->gen[2].count > gc->gen[2].threshold) {
        tyGC_collectPending();
        return;
    }
    gc->pending = false;
    TyGCHead *young = &gc->gen[0].head;
    gc->gen[1].count += 1;
    gc->gen[0].count = 0;
    gc->stats[0].examined += list_size(young);
    untrack_tuples(young);
    list_merge(young, &gc->gen[1].head);
    gc->stats[0].collections++;
#endif
}

ssize_t tyGC_collect(int generation)
{
    TyGCState *gc = &ty_state.gc;
    if (gc->collecting)
        return 0;
    gc->collecting = true;
    TyObject *saved = tyErr_fetch();
    ssize_t n = collect_with_callbacks(generation);
    tyErr_restore(saved);
    gc->collecting = false;
    return n;
}

void tyGC_init(void)
{
    TyGCState *gc = &ty_state.gc;
    static const int thresholds[3] = { 700, 10, 10 };
    for (int i = 0; i < 3; i++) {
        list_init(&gc->gen[i].head);
        gc->gen[i].threshold = thresholds[i];
        gc->gen[i].count = 0;
    }
    list_init(&gc->permanent.head);
    list_init(&gc->aside);
    gc->enabled = true;
}

/*
** Teardown runs collections again and again (finalize_modules, tyGC_fini)
** over the static types' dicts and what they hold, most of what start-up
** made.  None of it can be garbage while the static types live, so
** leaving it out of the scans changes no collection's result: whatever it
** refers to is reachable anyway.  It stays tracked, on a list of its own
** that introspection counts as generation 2; tyGC_restoreAside puts it
** back before the static types are released.
*/
void tyGC_setAsideObject(TyObject *o)
{
    TyGCHead *g = TY_AS_GC(o);
    if (g->next != 0)
        list_move(g, &ty_state.gc.aside);
}

void tyGC_restoreAside(void)
{
    TyGCState *gc = &ty_state.gc;
    list_merge(&gc->aside, &gc->gen[2].head);
}

/* The final collection at exit: everything unreachable is freed; the
** module teardown has already dropped the roots. */
void tyGC_fini(void)
{
    TyGCState *gc = &ty_state.gc;
    list_merge(&gc->permanent.head, &gc->gen[2].head);
    while (tyGC_collect(2) > 0)
        ;
    TY_CLEAR(gc->garbage);
    TY_CLEAR(gc->callbacks);
}

/* ---- introspection for the gc module ------------------------------------ */

/* Number of objects tracked in generation g (0..2), or the permanent
** generation for g == 3. */
ssize_t tyGC_generationSize(int g)
{
    TyGCState *gc = &ty_state.gc;
    return list_size(g == 3 ? &gc->permanent.head : &gc->gen[g].head) +
           (g == 2 ? list_size(&gc->aside) : 0);
}

/* Calls fn on every tracked object of generation g (0..2), or of all
** generations for g < 0; stops early when fn returns non-zero. */
int tyGC_forEachTracked(int g, int (*fn)(TyObject *, void *), void *arg)
{
    TyGCState *gc = &ty_state.gc;
    for (int i = 0; i <= 4; i++) {
        int as = i == 4 ? 2 : i;     /* 4: the objects set aside, in generation 2 */
        if (g >= 0 ? as != g : as == 3)
            continue;
        TyGCHead *head = i == 4 ? &gc->aside : i == 3 ? &gc->permanent.head : &gc->gen[i].head;
        for (TyGCHead *h = GC_NEXT(head); h != head; h = GC_NEXT(h)) {
            int r = fn(TY_FROM_GC(h), arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* gc.freeze(): everything tracked moves to the permanent generation. */
void tyGC_freeze(void)
{
    TyGCState *gc = &ty_state.gc;
    for (int i = 0; i < 3; i++) {
        list_merge(&gc->gen[i].head, &gc->permanent.head);
        gc->gen[i].count = 0;
    }
}

/* gc.unfreeze(): the permanent generation moves into the oldest one. */
void tyGC_unfreeze(void)
{
    TyGCState *gc = &ty_state.gc;
    list_merge(&gc->permanent.head, &gc->gen[2].head);
}

bool tyGC_isGCObject(TyObject *o)
{
    return is_gc_object(o);
}

bool tyGC_isCollecting(TyObject *o)
{
    return is_gc_object(o) && tyGC_isTracked(o) && is_collecting(TY_AS_GC(o));
}

void tyGC_printStats(FILE *out)
{
    fprintf(out, "gc: %-10s %11s %9s %9s %13s %13s %13s\n", "generation", "collections", "examined",
            "collected", "uncollectable", "total pause", "longest pause");
    for (int g = 0; g < 3; g++) {
        TyGCStats *st = &ty_state.gc.stats[g];
        fprintf(out, "gc: %-10d %11zd %9zd %9zd %13zd %10.3f ms %10.3f ms\n", g, st->collections,
                st->examined, st->collected, st->uncollectable, (double)st->total_pause_ns / 1e6,
                (double)st->longest_pause_ns / 1e6);
    }
}
