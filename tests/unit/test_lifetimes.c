/*
** Unit tests of the lifetime tools' C pieces: the collector's pause
** accounting and its -X gcstats report (gc.c, main.c), and the dealloc
** hook of tally.watch (watch.c), which must give a type its own dealloc
** back once nothing of that type is watched.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include "tally.h"
#include "container_test.h"
#include "watch.h"

TestSuite(lifetimes, .init = ct_setup, .fini = ct_teardown);

Test(lifetimes, a_collection_adds_its_objects_and_pause)
{
    TyGCStats before = ty_state.gc.stats[2];
    TyObject *l = ct_take(tyList_new(0));
    cr_assert_eq(tyList_append(l, l), 0);
    tyGC_collect(2);
    TyGCStats after = ty_state.gc.stats[2];
    cr_assert_eq(after.collections, before.collections + 1);
    cr_assert_geq(after.examined, before.examined + 1, "the list was examined");
    cr_assert_geq(after.total_pause_ns, before.total_pause_ns);
    cr_assert_leq(after.longest_pause_ns, after.total_pause_ns);
}

Test(lifetimes, the_report_has_a_line_per_generation)
{
    char buf[2048] = { 0 };
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    cr_assert_not_null(f);
    tyGC_collect(2);
    tyGC_printStats(f);
    fclose(f);
    cr_assert_not_null(strstr(buf, "gc: generation collections  examined"), "header: %s", buf);
    char expect[64];
    snprintf(expect, sizeof expect, "gc: 2 %20zd", ty_state.gc.stats[2].collections);
    cr_assert_not_null(strstr(buf, expect), "generation 2's line in:\n%s", buf);
}

Test(lifetimes, the_flag_prints_the_report_at_exit)
{
    FILE *p = popen("./tally-debug -X gcstats -c 'import gc; gc.collect(); print(\"ran\")' 2>&1", "r");
    cr_assert_not_null(p);
    char out[4096] = { 0 };
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    cr_assert_eq(pclose(p), 0, "%s", out);
    cr_assert_not_null(strstr(out, "ran\ngc: generation"), "%s", out);
    cr_assert_not_null(strstr(out, "gc: 2                    1 "), "one full collection in:\n%s", out);
}

Test(lifetimes, watching_hooks_a_type_only_while_watched)
{
    void (*own)(TyObject *) = TyList_Type.dealloc;
    TyObject *l = tyList_new(0);
    cr_assert_eq(tyWatch_add(l), 0);
    cr_assert_neq((void *)TyList_Type.dealloc, (void *)own, "list's dealloc is hooked");
    cr_assert_eq(tyWatch_remove(l), 1);
    cr_assert_eq((void *)TyList_Type.dealloc, (void *)own, "and given back");
    cr_assert_eq(tyWatch_add(l), 0);
    TY_DECREF(l);
    cr_assert_eq((void *)TyList_Type.dealloc, (void *)own, "given back when the object dies");
    cr_assert_eq(tyWatch_remove(l), 0, "a freed object is no longer watched");
    tyWatch_fini();
    cr_assert_null(ty_state.watch);
}

Test(lifetimes, immortals_cannot_be_watched)
{
    cr_assert_eq(tyWatch_add(TY_NONE), -1);
    cr_assert(tyErr_occurred());
    tyErr_clear();
}
