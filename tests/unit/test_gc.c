/*
** test_gc.c — the cycle collector's lists, counts, thresholds, promotion
** and the scan, driven from C.
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "lifecycle.h"
#include "objects/func.h"

static void setup(void)
{
    static char *argv[] = { "unit-tests", NULL };
    cr_assert_eq(tyLife_init(1, argv), 0);
    /* Start from a clean slate: no garbage, empty young generations. */
    tyGC_collect(2);
}

static void teardown(void)
{
    tyErr_clear();
    cr_expect_eq(tyLife_fini(), 0, "objects leaked");
}

TestSuite(gc, .init = setup, .fini = teardown);

static int is_target(TyObject *x, void *target)
{
    return x == target;
}

/* Which generation holds o: 0..2, or -1 when untracked or frozen. */
static int find_generation(TyObject *o)
{
    for (int g = 0; g < 3; g++)
        if (tyGC_forEachTracked(g, is_target, o))
            return g;
    return -1;
}

static TyObject *self_list(void)
{
    TyObject *l = tyList_new(0);
    cr_assert_not_null(l);
    cr_assert_eq(tyList_append(l, l), 0);
    return l;
}

Test(gc, a_new_list_is_tracked_in_generation_0)
{
    TyObject *l = tyList_new(0);
    cr_assert(tyGC_isTracked(l));
    cr_assert_eq(find_generation(l), 0);
    TY_DECREF(l);
}

Test(gc, allocation_and_free_move_count_0)
{
    int before = ty_state.gc.gen[0].count;
    TyObject *objs[10];
    /* Cells are never free-listed, so each one is a real GC allocation. */
    for (int i = 0; i < 10; i++)
        objs[i] = tyCell_new(NULL);
    cr_assert_eq(ty_state.gc.gen[0].count, before + 10);
    for (int i = 0; i < 10; i++)
        TY_DECREF(objs[i]);
    cr_assert_eq(ty_state.gc.gen[0].count, before);
}

Test(gc, non_containers_are_never_tracked)
{
    TyObject *i = tyInt_fromI64(123456789);
    TyObject *s = tyStr_fromCStr("text");
    cr_assert(!tyGC_isGCObject(i));
    cr_assert(!tyGC_isGCObject(s));
    TY_DECREF(i);
    TY_DECREF(s);
}

Test(gc, collect_counts_five_self_referencing_lists)
{
    for (int i = 0; i < 5; i++)
        TY_DECREF(self_list());
    cr_assert_eq(tyGC_collect(2), 5);
    cr_assert_eq(tyGC_collect(2), 0);
}

Test(gc, collect_counts_a_ring_of_ten)
{
    TyObject *first = tyList_new(0), *prev = first;
    for (int i = 1; i < 10; i++) {
        TyObject *l = tyList_new(0);
        cr_assert_eq(tyList_append(prev, l), 0);
        TY_DECREF(l);
        prev = l;
    }
    cr_assert_eq(tyList_append(prev, first), 0);
    TY_DECREF(first);
    cr_assert_eq(tyGC_collect(2), 10);
}

Test(gc, reachable_objects_survive_and_move_up)
{
    TyObject *keep = self_list();
    cr_assert_eq(find_generation(keep), 0);
    cr_assert_eq(tyGC_collect(0), 0);
    cr_assert_eq(find_generation(keep), 1, "a survivor of generation 0 moves to 1");
    cr_assert_eq(tyGC_collect(1), 0);
    cr_assert_eq(find_generation(keep), 2);
    cr_assert_eq(tyGC_collect(2), 0);
    cr_assert_eq(find_generation(keep), 2, "generation 2 is the last");
    cr_assert_eq(TY_REFCNT(keep), 2, "the scan restores nothing it should not touch");
    TY_DECREF(keep);
    cr_assert_eq(tyGC_collect(2), 1);
}

Test(gc, a_young_collection_does_not_see_older_garbage)
{
    TyObject *l = self_list();
    cr_assert_eq(tyGC_collect(0), 0);   /* promoted to generation 1 */
    TY_DECREF(l);
    cr_assert_eq(tyGC_collect(0), 0, "generation 1 garbage is out of reach of a gen-0 collection");
    cr_assert_eq(tyGC_collect(1), 1);
}

Test(gc, collections_reset_counts_and_bump_the_next_generation)
{
    ty_state.gc.gen[1].count = 0;
    TY_DECREF(tyList_new(0));
    TyObject *c = tyCell_new(NULL);
    cr_assert_gt(ty_state.gc.gen[0].count, 0);
    tyGC_collect(0);
    cr_assert_eq(ty_state.gc.gen[0].count, 0);
    cr_assert_eq(ty_state.gc.gen[1].count, 1);
    tyGC_collect(1);
    cr_assert_eq(ty_state.gc.gen[1].count, 0);
    cr_assert_eq(ty_state.gc.gen[2].count, 1);
    TY_DECREF(c);
}

Test(gc, crossing_threshold_0_makes_a_collection_pending)
{
    ty_state.gc.pending = false;
    int threshold = ty_state.gc.gen[0].threshold;
    TyObject *cells[800];
    int n = 0;
    while (ty_state.gc.gen[0].count <= threshold && n < 800)
        cells[n++] = tyCell_new(NULL);
    cr_assert(ty_state.gc.pending, "count %d > threshold %d sets pending", ty_state.gc.gen[0].count, threshold);
    tyGC_collectPending();
    cr_assert(!ty_state.gc.pending);
    cr_assert_eq(ty_state.gc.gen[0].count, 0);
    for (int i = 0; i < n; i++)
        TY_DECREF(cells[i]);
}

Test(gc, a_full_collection_waits_for_a_quarter_new_long_lived_objects)
{
    /* CPython's long_lived_pending rule: with many old objects and few new
    ** ones, a due generation-2 collection is skipped for generation 1. */
    ty_state.gc.long_lived_total = 1000;
    ty_state.gc.long_lived_pending = 10;
    ty_state.gc.gen[2].count = ty_state.gc.gen[2].threshold + 1;
    ty_state.gc.gen[1].count = ty_state.gc.gen[1].threshold + 1;
    ssize_t full_before = ty_state.gc.stats[2].collections;
    ssize_t mid_before = ty_state.gc.stats[1].collections;
    ty_state.gc.pending = true;
    tyGC_collectPending();
    cr_assert_eq(ty_state.gc.stats[2].collections, full_before);
    cr_assert_eq(ty_state.gc.stats[1].collections, mid_before + 1);
    ty_state.gc.long_lived_pending = 300;
    ty_state.gc.gen[2].count = ty_state.gc.gen[2].threshold + 1;
    ty_state.gc.pending = true;
    tyGC_collectPending();
    cr_assert_eq(ty_state.gc.stats[2].collections, full_before + 1);
}

Test(gc, tuples_of_atomic_values_are_untracked_by_a_collection)
{
    TyObject *a = tyInt_fromI64(1000), *b = tyStr_fromCStr("x");
    TyObject *t = tyTuple_pack(2, a, b);
    TyObject *l = tyList_new(0);
    TyObject *holds_list = tyTuple_pack(1, l);
    cr_assert(tyGC_isTracked(t));
    tyGC_collect(0);
    cr_assert(!tyGC_isTracked(t), "(1000, 'x') can never be in a cycle");
    cr_assert(tyGC_isTracked(holds_list), "a tuple holding a list stays tracked");
    TY_DECREF(a);
    TY_DECREF(b);
    TY_DECREF(t);
    TY_DECREF(l);
    TY_DECREF(holds_list);
}

Test(gc, freeze_moves_everything_to_the_permanent_generation)
{
    TyObject *l = self_list();
    tyGC_freeze();
    cr_assert_eq(find_generation(l), -1, "frozen objects are in no generation");
    cr_assert_gt(tyGC_generationSize(3), 0);
    TY_DECREF(l);
    cr_assert_eq(tyGC_collect(2), 0, "frozen garbage is not collected");
    tyGC_unfreeze();
    cr_assert_eq(tyGC_generationSize(3), 0);
    cr_assert_eq(tyGC_collect(2), 1);
}

Test(gc, deep_structures_free_without_deep_recursion)
{
    TyObject *outer = tyList_new(0);
    TyObject *cur = outer;
    for (int i = 0; i < 1000000; i++) {
        TyObject *n = tyList_new(0);
        cr_assert_eq(tyList_append(cur, n), 0);
        TY_DECREF(n);
        cur = n;
    }
    TY_DECREF(outer);
    cr_assert_eq(ty_state.gc.deferred_free, NULL);
}
