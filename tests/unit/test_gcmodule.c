/*
** Unit tests of the gc module (src/modules/gcmodule.c): every function
** called through the module object as Python code calls it, with the
** return values and errors python3.11 gives (REFERENCE.md section A).
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "container_test.h"
#include "modules/gcmodule.h"

static TyObject *gc_module;

static void gc_setup(void)
{
    ct_setup();
    gc_module = tyGCModule_create();
    cr_assert_not_null(gc_module, "the gc module was not created");
}

static void gc_teardown(void)
{
    TY_CLEAR(gc_module);
    ct_teardown();
}

TestSuite(gcmodule, .init = gc_setup, .fini = gc_teardown);

/* gc.<name>(*args): new reference or NULL. */
static TyObject *gc_call(const char *name, int nargs, ...)
{
    TyObject *args[4];
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++)
        args[i] = va_arg(ap, TyObject *);
    va_end(ap);
    TyObject *fn = tyObj_getAttrStr(gc_module, name);
    cr_assert_not_null(fn, "gc.%s is missing", name);
    TyObject *r = tyObj_call(fn, args, (size_t)nargs, NULL);
    TY_DECREF(fn);
    return r;
}

/* gc.<name>(**{kw: value}). */
static TyObject *gc_call_kw(const char *name, const char *kw, TyObject *value)
{
    TyObject *fn = tyObj_getAttrStr(gc_module, name);
    TyObject *kwnames = ct_tmp_tuple(1, ct_tmp_str(kw));
    TyObject *r = tyObj_call(fn, &value, 0, kwnames);
    TY_DECREF(fn);
    return r;
}

static int64_t gc_int(const char *name, int nargs, TyObject *arg)
{
    TyObject *r = ct_take(nargs ? gc_call(name, 1, arg) : gc_call(name, 0));
    cr_assert(TY_INT_CHECK(r), "gc.%s did not return an int", name);
    return TY_INT_VALUE(r);
}

/* A list that contains itself, with no other reference: cyclic garbage. */
static void make_self_list(void)
{
    TyObject *l = tyList_new(0);
    tyList_append(l, l);
    TY_DECREF(l);
}

Test(gcmodule, constants)
{
    static const struct { const char *name; int64_t value; } flags[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
        {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(flags); i++) {
        TyObject *v = ct_take(tyObj_getAttrStr(gc_module, flags[i].name));
        cr_assert_eq(TY_INT_VALUE(v), flags[i].value, "%s", flags[i].name);
    }
}

Test(gcmodule, garbage_and_callbacks_are_the_collector_lists)
{
    TyObject *garbage = ct_take(tyObj_getAttrStr(gc_module, "garbage"));
    TyObject *callbacks = ct_take(tyObj_getAttrStr(gc_module, "callbacks"));
    cr_assert_eq(garbage, ty_state.gc.garbage);
    cr_assert_eq(callbacks, ty_state.gc.callbacks);
    ct_assert_repr(garbage, "[]");
    ct_assert_repr(callbacks, "[]");
    /* A second module shares them. */
    TyObject *again = ct_take(tyGCModule_create());
    cr_assert_eq(ct_take(tyObj_getAttrStr(again, "garbage")), garbage);
}

Test(gcmodule, collect_counts_unreachable_objects)
{
    gc_int("collect", 0, NULL);
    make_self_list();
    cr_assert_eq(gc_int("collect", 0, NULL), 1);
    cr_assert_eq(gc_int("collect", 0, NULL), 0);
    /* Two lists referring to each other, found by a young collection. */
    TyObject *a = tyList_new(0), *b = tyList_new(0);
    tyList_append(a, b);
    tyList_append(b, a);
    TY_DECREF(a);
    TY_DECREF(b);
    cr_assert_eq(gc_int("collect", 1, ct_tmp_int(0)), 2);
    /* Something still referenced survives. */
    TyObject *kept = ct_take(tyList_new(0));
    tyList_append(kept, kept);
    cr_assert_eq(gc_int("collect", 0, NULL), 0);
    cr_assert_eq(TY_LIST_LEN(kept), 1);
}

Test(gcmodule, collect_generation_argument)
{
    cr_assert_null(gc_call("collect", 1, ct_tmp_int(3)));
    ct_assert_err("ValueError: invalid generation");
    cr_assert_null(gc_call("collect", 1, ct_tmp_int(-1)));
    ct_assert_err("ValueError: invalid generation");
    cr_assert_null(gc_call("collect", 1, ct_tmp_str("x")));
    ct_assert_err("TypeError: 'str' object cannot be interpreted as an integer");
    cr_assert_null(gc_call("collect", 2, ct_tmp_int(1), ct_tmp_int(2)));
    ct_assert_err("TypeError: collect() takes at most 1 argument (2 given)");
    TyObject *r = ct_take(gc_call_kw("collect", "generation", ct_tmp_int(1)));
    cr_assert_eq(TY_INT_VALUE(r), 0);
}

Test(gcmodule, enable_disable)
{
    ct_assert_repr(ct_take(gc_call("isenabled", 0)), "True");
    ct_assert_repr(ct_take(gc_call("disable", 0)), "None");
    cr_assert_not(ty_state.gc.enabled);
    ct_assert_repr(ct_take(gc_call("isenabled", 0)), "False");
    ct_assert_repr(ct_take(gc_call("enable", 0)), "None");
    cr_assert(ty_state.gc.enabled);
    cr_assert_null(gc_call("enable", 1, ct_tmp_int(1)));
    ct_assert_err("TypeError: gc.enable() takes no arguments (1 given)");
}

Test(gcmodule, thresholds)
{
    ct_assert_repr(ct_take(gc_call("get_threshold", 0)), "(700, 10, 10)");
    ct_assert_repr(ct_take(gc_call("set_threshold", 2, ct_tmp_int(1), ct_tmp_int(2))), "None");
    ct_assert_repr(ct_take(gc_call("get_threshold", 0)), "(1, 2, 10)");
    ct_take(gc_call("set_threshold", 3, ct_tmp_int(0), ct_tmp_int(5), ct_tmp_int(6)));
    cr_assert_eq(ty_state.gc.gen[0].threshold, 0);
    cr_assert_eq(ty_state.gc.gen[2].threshold, 6);
    cr_assert_null(gc_call("set_threshold", 0));
    ct_assert_err("TypeError: set_threshold() takes at least 1 argument (0 given)");
    cr_assert_null(gc_call("set_threshold", 4, ct_tmp_int(1), ct_tmp_int(1), ct_tmp_int(1), ct_tmp_int(1)));
    ct_assert_err("TypeError: set_threshold() takes at most 3 arguments (4 given)");
    cr_assert_null(gc_call("set_threshold", 1, ct_take(tyInt_fromI64((int64_t)1 << 40))));
    ct_assert_err("OverflowError: signed integer is greater than maximum");
    cr_assert_null(gc_call_kw("set_threshold", "t0", ct_tmp_int(4)));
    ct_assert_err("TypeError: set_threshold() takes no keyword arguments");
    /* A failed call changed nothing. */
    ct_assert_repr(ct_take(gc_call("get_threshold", 0)), "(0, 5, 6)");
}

Test(gcmodule, get_count_reports_the_generation_counts)
{
    /* The counts as they were before the result tuple was allocated. */
    int before[3];
    for (int i = 0; i < 3; i++)
        before[i] = ty_state.gc.gen[i].count;
    TyObject *t = ct_take(gc_call("get_count", 0));
    cr_assert_eq(TY_TUPLE_LEN(t), 3);
    for (int i = 0; i < 3; i++)
        cr_assert_eq(TY_INT_VALUE(TY_TUPLE_GET(t, i)), before[i], "count %d", i);
    /* A collection of generation 0 resets its count and bumps the next. */
    int before1 = ty_state.gc.gen[1].count;
    ct_take(gc_call("collect", 1, ct_tmp_int(0)));
    t = ct_take(gc_call("get_count", 0));
    cr_assert_eq(TY_INT_VALUE(TY_TUPLE_GET(t, 0)), 0);
    cr_assert_eq(TY_INT_VALUE(TY_TUPLE_GET(t, 1)), before1 + 1);
}

Test(gcmodule, debug_flags)
{
    cr_assert_eq(gc_int("get_debug", 0, NULL), 0);
    ct_take(gc_call("set_debug", 1, ct_tmp_int(32)));
    cr_assert_eq(gc_int("get_debug", 0, NULL), 32);
    cr_assert_eq(ty_state.gc.debug, 32);
    cr_assert_null(gc_call("set_debug", 0));
    ct_assert_err("TypeError: gc.set_debug() takes exactly one argument (0 given)");
    cr_assert_null(gc_call("set_debug", 1, ct_tmp_str("x")));
    ct_assert_err("TypeError: 'str' object cannot be interpreted as an integer");
    ct_take(gc_call("set_debug", 1, ct_tmp_int(0)));
}

Test(gcmodule, saveall_keeps_garbage)
{
    ct_take(gc_call("collect", 0));
    ct_take(gc_call("set_debug", 1, ct_tmp_int(32)));
    make_self_list();
    cr_assert_eq(gc_int("collect", 0, NULL), 1);
    TyObject *garbage = ty_state.gc.garbage;
    cr_assert_eq(TY_LIST_LEN(garbage), 1);
    TyObject *saved = TY_LIST_GET(garbage, 0);
    cr_assert(TY_LIST_CHECK(saved));
    cr_assert_eq(TY_LIST_GET(saved, 0), saved);
    ct_take(gc_call("set_debug", 1, ct_tmp_int(0)));
    /* Break the saved cycle so the leak check at exit sees nothing. */
    TyObject *l = TY_NEWREF(saved);
    tyObj_delItem(garbage, ct_tmp_int(0));
    tyObj_delItem(l, ct_tmp_int(0));
    TY_DECREF(l);
}

Test(gcmodule, is_tracked_and_is_finalized)
{
    ct_assert_repr(ct_take(gc_call("is_tracked", 1, ct_tmp_int(1))), "False");
    ct_assert_repr(ct_take(gc_call("is_tracked", 1, ct_take(tyList_new(0)))), "True");
    ct_assert_repr(ct_take(gc_call("is_tracked", 1, (TyObject *)&TyInt_Type)), "False");
    ct_assert_repr(ct_take(gc_call("is_finalized", 1, ct_take(tyList_new(0)))), "False");
    cr_assert_null(gc_call("is_tracked", 0));
    ct_assert_err("TypeError: gc.is_tracked() takes exactly one argument (0 given)");
}

/* Is o (by identity) an item of list? */
static bool list_has(TyObject *list, TyObject *o)
{
    for (ssize_t i = 0; i < TY_LIST_LEN(list); i++)
        if (TY_LIST_GET(list, i) == o)
            return true;
    return false;
}

Test(gcmodule, get_objects)
{
    TyObject *mine = ct_take(tyList_new(0));
    TyObject *all = ct_take(gc_call("get_objects", 0));
    cr_assert(list_has(all, mine));
    cr_assert_not(list_has(all, all), "get_objects() lists its own result");
    cr_assert_eq(TY_LIST_LEN(all), tyGC_generationSize(0) + tyGC_generationSize(1) +
                                        tyGC_generationSize(2) - 1);
    TyObject *young = ct_take(gc_call("get_objects", 1, ct_tmp_int(0)));
    cr_assert(list_has(young, mine));
    TyObject *old = ct_take(gc_call_kw("get_objects", "generation", ct_tmp_int(2)));
    cr_assert_not(list_has(old, mine));
    ct_take(gc_call("get_objects", 1, ct_tmp_int(-1)));
    cr_assert_null(gc_call("get_objects", 1, ct_tmp_int(3)));
    ct_assert_err("ValueError: generation parameter must be less than the number of available generations (3)");
    cr_assert_null(gc_call("get_objects", 1, ct_tmp_int(-2)));
    ct_assert_err("ValueError: generation parameter cannot be negative");
    cr_assert_null(gc_call("get_objects", 1, ct_take(tyFloat_from(1.0))));
    ct_assert_err("TypeError: argument should be integer or None, not 'float'");
}

Test(gcmodule, get_referents_follows_traverse)
{
    TyObject *a = ct_tmp_str("a"), *b = ct_take(tyList_new(0));
    TyObject *l = ct_take(tyList_fromArray((TyObject *[]){a, b}, 2));
    TyObject *t = ct_tmp_tuple(2, a, b);
    TyObject *r = ct_take(gc_call("get_referents", 3, l, ct_tmp_int(7), t));
    /* The int is no GC object and contributes nothing. */
    cr_assert_eq(TY_LIST_LEN(r), 4);
    int seen_a = 0, seen_b = 0;
    for (ssize_t i = 0; i < 4; i++) {
        seen_a += TY_LIST_GET(r, i) == a;
        seen_b += TY_LIST_GET(r, i) == b;
    }
    cr_assert_eq(seen_a, 2);
    cr_assert_eq(seen_b, 2);
    ct_assert_repr(ct_take(gc_call("get_referents", 0)), "[]");
}

Test(gcmodule, get_referrers_scans_tracked_objects)
{
    TyObject *target = ct_take(tyList_new(0));
    TyObject *holder = ct_take(tyList_fromArray(&target, 1));
    TyObject *other = ct_take(tyList_new(0));
    TyObject *r = ct_take(gc_call("get_referrers", 1, target));
    cr_assert(list_has(r, holder));
    cr_assert_not(list_has(r, other));
    cr_assert_not(list_has(r, r));
    TyObject *fn = ct_take(tyObj_getAttrStr(gc_module, "get_referrers"));
    TyObject *kwnames = ct_tmp_tuple(1, ct_tmp_str("x"));
    cr_assert_null(tyObj_call(fn, &target, 0, kwnames));
    ct_assert_err("TypeError: get_referrers() takes no keyword arguments");
}

Test(gcmodule, get_stats)
{
    ct_take(gc_call("collect", 1, ct_tmp_int(1)));
    TyObject *stats = ct_take(gc_call("get_stats", 0));
    cr_assert_eq(TY_LIST_LEN(stats), 3);
    for (int g = 0; g < 3; g++) {
        TyObject *d = TY_LIST_GET(stats, g);
        cr_assert(TY_DICT_CHECK(d));
        cr_assert_eq(TY_DICT_LEN(d), 3);
        TyObject *c = tyDict_getItemStr(d, "collections");
        cr_assert_eq(TY_INT_VALUE(c), ty_state.gc.stats[g].collections);
        cr_assert_not_null(tyDict_getItemStr(d, "collected"));
        cr_assert_not_null(tyDict_getItemStr(d, "uncollectable"));
    }
    cr_assert_geq(TY_INT_VALUE(tyDict_getItemStr(TY_LIST_GET(stats, 1), "collections")), 1);
}

Test(gcmodule, freeze_and_unfreeze)
{
    TyObject *mine = ct_take(tyList_new(0));
    cr_assert_eq(gc_int("get_freeze_count", 0, NULL), 0);
    ct_assert_repr(ct_take(gc_call("freeze", 0)), "None");
    ssize_t frozen = gc_int("get_freeze_count", 0, NULL);
    cr_assert_gt(frozen, 0);
    /* Frozen objects are in no generation any more. */
    TyObject *all = ct_take(gc_call("get_objects", 0));
    cr_assert_not(list_has(all, mine));
    cr_assert(tyGC_isTracked(mine));
    ct_assert_repr(ct_take(gc_call("unfreeze", 0)), "None");
    cr_assert_eq(gc_int("get_freeze_count", 0, NULL), 0);
    TyObject *old = ct_take(gc_call("get_objects", 1, ct_tmp_int(2)));
    cr_assert(list_has(old, mine));
}

/* A gc callback that records the phases and infos it is called with. */
static TyObject *recorded;

static TyObject *record_callback(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    TyObject *pair = tyTuple_fromArray(args, (ssize_t)nargs);
    tyList_append(recorded, pair);
    TY_DECREF(pair);
    return tyNone_new();
}

static TyMethodDef record_def = { "record", record_callback, TY_METH_STATIC, NULL };

Test(gcmodule, callbacks_see_start_and_stop)
{
    recorded = ct_take(tyList_new(0));
    TyObject *cb = ct_take(tyCFunction_new(&record_def, NULL));
    tyList_append(ty_state.gc.callbacks, cb);
    make_self_list();
    cr_assert_eq(gc_int("collect", 1, ct_tmp_int(0)), 1);
    tyObj_delItem(ty_state.gc.callbacks, ct_tmp_int(0));
    cr_assert_eq(TY_LIST_LEN(recorded), 2);
    ct_assert_repr(TY_LIST_GET(recorded, 0),
                   "('start', {'generation': 0, 'collected': 0, 'uncollectable': 0})");
    ct_assert_repr(TY_LIST_GET(recorded, 1),
                   "('stop', {'generation': 0, 'collected': 1, 'uncollectable': 0})");
}
