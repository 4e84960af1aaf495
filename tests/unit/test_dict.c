/*
** Unit tests of dict (src/objects/dict.c): the C API, insertion order
** through deletions and resizes, the str fast path, the version counter,
** CPython's GC tracking rules, views, iterators, update errors, and
** lookups whose key comparison mutates the dict.
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "container_test.h"
#include "objects/set.h"

TestSuite(dict, .init = ct_setup, .fini = ct_teardown);

static TyObject *new_dict(void)
{
    return ct_take(tyDict_new());
}

Test(dict, set_get_delete)
{
    TyObject *d = new_dict(), *k = ct_tmp_str("key"), *v = ct_tmp_int(5);
    cr_assert_eq(tyDict_setItem(d, k, v), 0);
    cr_assert_eq(tyDict_getItem(d, k), v);
    cr_assert_eq(TY_DICT_LEN(d), 1);
    cr_assert_null(tyDict_getItem(d, ct_tmp_str("other")));
    cr_assert_null(tyErr_occurred());
    cr_assert_eq(tyDict_delItem(d, k), 0);
    cr_assert_eq(TY_DICT_LEN(d), 0);
    cr_assert_eq(tyDict_delItem(d, k), -1);
    ct_assert_err("KeyError: 'key'");
}

Test(dict, key_error_keeps_tuple_key_whole)
{
    TyObject *d = new_dict();
    TyObject *k = ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(2));
    cr_assert_null(tyObj_getItem(d, k));
    ct_assert_err("KeyError: (1, 2)");
}

Test(dict, order_survives_deletes_and_resizes)
{
    TyObject *d = new_dict();
    for (int i = 0; i < 1000; i++)
        tyDict_setItem(d, ct_tmp_int(i * 7919 % 1000), ct_tmp_int(i));
    for (int i = 0; i < 1000; i += 2)
        cr_assert_eq(tyDict_delItem(d, ct_tmp_int(i * 7919 % 1000)), 0);
    cr_assert_eq(TY_DICT_LEN(d), 500);
    ssize_t pos = 0, n = 0;
    TyObject *k, *v;
    int64_t last = -1;
    while (tyDict_next(d, &pos, &k, &v)) {
        cr_assert_gt(TY_INT_VALUE(v), last);    /* insertion order */
        cr_assert_eq(TY_INT_VALUE(v) % 2, 1);
        cr_assert_eq(TY_INT_VALUE(k), TY_INT_VALUE(v) * 7919 % 1000);
        last = TY_INT_VALUE(v);
        n++;
    }
    cr_assert_eq(n, 500);
    for (int i = 1; i < 1000; i += 2)
        cr_assert_eq(TY_INT_VALUE(tyDict_getItem(d, ct_tmp_int(i * 7919 % 1000))), i);
}

Test(dict, str_fast_path)
{
    TyObject *d = new_dict();
    char name[16];
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, "name%d", i);
        tyDict_setItemStr(d, name, ct_tmp_int(i));
    }
    cr_assert_eq(TY_INT_VALUE(tyDict_getStr(d, ct_tmp_str("name42"))), 42);
    cr_assert_null(tyDict_getStr(d, ct_tmp_str("name100")));
    cr_assert_eq(TY_INT_VALUE(tyDict_getItemStr(d, "name7")), 7);
    /* Still right once the dict holds a non-str key. */
    tyDict_setItem(d, ct_tmp_int(3), ct_tmp_int(-3));
    cr_assert_eq(TY_INT_VALUE(tyDict_getStr(d, ct_tmp_str("name99"))), 99);
    cr_assert_null(tyErr_occurred());
}

Test(dict, version_changes_on_every_mutation)
{
    TyObject *d = new_dict(), *k = ct_tmp_str("a");
    uint64_t v0 = ((TyDict *)d)->version;
    tyDict_setItem(d, k, ct_tmp_int(1));
    uint64_t v1 = ((TyDict *)d)->version;
    cr_assert_neq(v0, v1);
    tyDict_setItem(d, k, ct_tmp_int(2));
    uint64_t v2 = ((TyDict *)d)->version;
    cr_assert_neq(v1, v2);
    tyDict_getItem(d, k);
    cr_assert_eq(((TyDict *)d)->version, v2);
    tyDict_delItem(d, k);
    cr_assert_neq(((TyDict *)d)->version, v2);
    /* Versions come from one counter: two dicts never share one. */
    TyObject *e = new_dict();
    tyDict_setItem(e, k, ct_tmp_int(1));
    cr_assert_neq(((TyDict *)e)->version, ((TyDict *)d)->version);
}

Test(dict, gc_tracking_rules)
{
    TyObject *d = new_dict();
    cr_assert_not(tyGC_isTracked(d));
    tyDict_setItem(d, ct_tmp_str("a"), ct_tmp_int(1));
    cr_assert_not(tyGC_isTracked(d));
    /* A tuple of atomic items once untracked (as the collector does) does
    ** not make the dict tracked; a tracked one does. */
    TyObject *t = ct_tmp_tuple(1, ct_tmp_int(1));
    tyGC_untrack(t);
    tyDict_setItem(d, t, ct_tmp_int(2));
    cr_assert_not(tyGC_isTracked(d));
    tyDict_setItem(d, ct_tmp_str("b"), ct_tmp_tuple(1, TY_NONE));
    cr_assert(tyGC_isTracked(d));
    /* An untracked dict value may become tracked later: it counts. */
    TyObject *e = new_dict();
    tyDict_setItem(e, ct_tmp_str("inner"), new_dict());
    cr_assert(tyGC_isTracked(e));
    TyObject *f = new_dict();
    tyDict_setItem(f, ct_tmp_str("l"), ct_take(tyList_new(0)));
    cr_assert(tyGC_isTracked(f));
}

Test(dict, copy_keeps_cpython_tracking)
{
    TyObject *d = new_dict();
    tyDict_setItem(d, ct_tmp_str("a"), ct_take(tyList_new(0)));
    tyDict_setItem(d, ct_tmp_str("b"), ct_tmp_int(1));
    tyDict_setItem(d, ct_tmp_str("a"), ct_tmp_int(2));
    cr_assert(tyGC_isTracked(d));
    TyObject *c = ct_take(tyDict_copy(d));
    cr_assert(tyGC_isTracked(c));
    ct_assert_repr(c, "{'a': 2, 'b': 1}");
    TyObject *plain = new_dict();
    tyDict_setItem(plain, ct_tmp_str("x"), ct_tmp_int(1));
    cr_assert_not(tyGC_isTracked(ct_take(tyDict_copy(plain))));
}

Test(dict, repr_and_recursion)
{
    TyObject *d = new_dict();
    ct_assert_repr(d, "{}");
    tyDict_setItem(d, ct_tmp_int(1), d);
    tyDict_setItem(d, ct_tmp_str("s"), ct_tmp_tuple(0));
    ct_assert_repr(d, "{1: {...}, 's': ()}");
    tyDict_clear(d);
}

Test(dict, methods)
{
    TyObject *d = new_dict(), *a = ct_tmp_str("a"), *b = ct_tmp_str("b");
    tyDict_setItem(d, a, ct_tmp_int(1));
    ct_assert_repr(ct_take(ct_call(d, "get", 1, a)), "1");
    ct_assert_repr(ct_take(ct_call(d, "get", 1, b)), "None");
    ct_assert_repr(ct_take(ct_call(d, "get", 2, b, ct_tmp_int(0))), "0");
    ct_assert_repr(ct_take(ct_call(d, "setdefault", 2, b, ct_tmp_int(2))), "2");
    ct_assert_repr(ct_take(ct_call(d, "setdefault", 2, b, ct_tmp_int(3))), "2");
    ct_assert_repr(ct_take(ct_call(d, "pop", 1, a)), "1");
    cr_assert_null(ct_call(d, "pop", 1, a));
    ct_assert_err("KeyError: 'a'");
    ct_assert_repr(ct_take(ct_call(d, "pop", 2, a, TY_NONE)), "None");
    tyDict_setItem(d, ct_tmp_str("c"), ct_tmp_int(3));
    ct_assert_repr(ct_take(ct_call(d, "popitem", 0)), "('c', 3)");
    ct_assert_repr(ct_take(ct_call(d, "popitem", 0)), "('b', 2)");
    cr_assert_null(ct_call(d, "popitem", 0));
    ct_assert_err("KeyError: 'popitem(): dictionary is empty'");
    tyDict_setItem(d, ct_tmp_str("z"), ct_tmp_int(26));
    ct_assert_repr(ct_take(ct_call(d, "copy", 0)), "{'z': 26}");
    ct_assert_repr(ct_take(ct_call(d, "clear", 0)), "None");
    cr_assert_eq(TY_DICT_LEN(d), 0);
}

Test(dict, update_forms_and_errors)
{
    TyObject *d = new_dict();
    TyObject *pairs = ct_take(tyList_new(0));
    tyList_append(pairs, ct_tmp_tuple(2, ct_tmp_str("x"), ct_tmp_int(1)));
    tyList_append(pairs, ct_tmp_str("yz"));
    cr_assert_eq(tyDict_update(d, pairs), 0);
    ct_assert_repr(d, "{'x': 1, 'y': 'z'}");
    TyObject *bad = ct_take(tyList_new(0));
    tyList_append(bad, ct_tmp_tuple(3, TY_NONE, TY_NONE, TY_NONE));
    cr_assert_eq(tyDict_update(d, bad), -1);
    ct_assert_err("ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    TyObject *bad2 = ct_take(tyList_new(0));
    tyList_append(bad2, ct_tmp_tuple(2, TY_NONE, TY_NONE));
    tyList_append(bad2, ct_tmp_int(5));
    cr_assert_eq(tyDict_update(d, bad2), -1);
    ct_assert_err("TypeError: cannot convert dictionary update sequence element #1 to a sequence");
    TyObject *e = new_dict();
    tyDict_setItem(e, ct_tmp_str("x"), ct_tmp_int(9));
    tyDict_setItem(e, ct_tmp_int(0), ct_tmp_int(0));
    cr_assert_eq(tyDict_update(d, e), 0);
    ct_assert_repr(d, "{'x': 9, 'y': 'z', None: None, 0: 0}");
    ct_assert_repr(ct_take(tyNum_binary(e, d, TY_BINOP_OR)), "{'x': 9, 0: 0, 'y': 'z', None: None}");
}

Test(dict, equality)
{
    TyObject *a = new_dict(), *b = new_dict();
    tyDict_setItem(a, ct_tmp_str("k"), ct_tmp_int(1));
    tyDict_setItem(a, ct_tmp_str("j"), ct_tmp_int(2));
    tyDict_setItem(b, ct_tmp_str("j"), ct_tmp_int(2));
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_EQ), 0);
    tyDict_setItem(b, ct_tmp_str("k"), ct_tmp_int(1));
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_EQ), 1);
    tyDict_setItem(b, ct_tmp_str("k"), ct_tmp_int(3));
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_NE), 1);
}

Test(dict, views)
{
    TyObject *d = new_dict();
    tyDict_setItem(d, ct_tmp_str("a"), ct_tmp_int(1));
    tyDict_setItem(d, ct_tmp_str("b"), ct_tmp_int(2));
    TyObject *keys = ct_take(ct_call(d, "keys", 0));
    TyObject *values = ct_take(ct_call(d, "values", 0));
    TyObject *items = ct_take(ct_call(d, "items", 0));
    ct_assert_repr(keys, "dict_keys(['a', 'b'])");
    ct_assert_repr(values, "dict_values([1, 2])");
    ct_assert_repr(items, "dict_items([('a', 1), ('b', 2)])");
    cr_assert_eq(tyObj_length(keys), 2);
    cr_assert_eq(tyObj_contains(keys, ct_tmp_str("b")), 1);
    cr_assert_eq(tyObj_contains(items, ct_tmp_tuple(2, ct_tmp_str("b"), ct_tmp_int(2))), 1);
    cr_assert_eq(tyObj_contains(items, ct_tmp_tuple(2, ct_tmp_str("b"), ct_tmp_int(3))), 0);
    /* Views are live. */
    tyDict_setItem(d, ct_tmp_str("c"), ct_tmp_int(3));
    ct_assert_repr(keys, "dict_keys(['a', 'b', 'c'])");
    ct_assert_repr(ct_tmp_list_of(ct_take(ct_call(items, "__reversed__", 0))),
                   "[('c', 3), ('b', 2), ('a', 1)]");
    ct_assert_repr(ct_tmp_list_of(ct_take(ct_call(d, "__reversed__", 0))), "['c', 'b', 'a']");
    /* Set operations (int keys: their set order does not depend on str hashes). */
    TyObject *n = new_dict();
    for (int i = 1; i <= 3; i++)
        tyDict_setItem(n, ct_tmp_int(i), ct_tmp_int(-i));
    TyObject *nkeys = ct_take(ct_call(n, "keys", 0));
    TyObject *s = ct_take(tySet_new(NULL));
    tySet_add(s, ct_tmp_int(1));
    tySet_add(s, ct_tmp_int(26));
    ct_assert_repr(ct_take(tyNum_binary(nkeys, s, TY_BINOP_AND)), "{1}");
    ct_assert_repr(ct_take(tyNum_binary(nkeys, s, TY_BINOP_SUB)), "{2, 3}");
    ct_assert_repr(ct_take(tyNum_binary(nkeys, s, TY_BINOP_OR)), "{1, 2, 3, 26}");
    ct_assert_repr(ct_take(tyNum_binary(s, nkeys, TY_BINOP_XOR)), "{3, 26, 2}");
    cr_assert_eq(tyObj_richCompareBool(nkeys, s, TY_EQ), 0);
    tySet_discard(s, ct_tmp_int(26));
    tySet_add(s, ct_tmp_int(2));
    cr_assert_eq(tyObj_richCompareBool(nkeys, s, TY_GT), 1);
    tySet_add(s, ct_tmp_int(3));
    cr_assert_eq(tyObj_richCompareBool(nkeys, s, TY_EQ), 1);
    ct_assert_repr(ct_take(ct_call(keys, "isdisjoint", 1, ct_tmp_tuple(1, ct_tmp_str("q")))), "True");
}

Test(dict, iteration_detects_changes)
{
    TyObject *d = new_dict();
    tyDict_setItem(d, ct_tmp_str("a"), ct_tmp_int(1));
    TyObject *it = ct_take(tyObj_getIter(d));
    tyDict_setItem(d, ct_tmp_str("b"), ct_tmp_int(2));
    cr_assert_null(tyIter_next(it));
    ct_assert_err("RuntimeError: dictionary changed size during iteration");
    /* Same size, but a key came in that the iteration had not seen. */
    TyObject *e = new_dict();
    tyDict_setItem(e, ct_tmp_str("a"), ct_tmp_int(1));
    TyObject *it2 = ct_take(tyObj_getIter(e));
    tyDict_delItem(e, ct_tmp_str("a"));
    tyDict_setItem(e, ct_tmp_str("b"), ct_tmp_int(2));
    TyObject *k = tyIter_next(it2);
    ct_assert_repr(k, "'b'");
    TY_DECREF(k);
    tyDict_setItem(e, ct_tmp_str("c"), ct_tmp_int(3));
    tyDict_delItem(e, ct_tmp_str("b"));
    cr_assert_null(tyIter_next(it2));
    ct_assert_err("RuntimeError: dictionary keys changed during iteration");
}

/* A key type whose == empties the dict held in `victim`. */
static TyObject *victim;

static ty_hash evil_hash(TyObject *o)
{
    return 7;
}

static TyObject *evil_compare(TyObject *a, TyObject *b, int op)
{
    if (victim)
        tyDict_clear(victim);
    return tyBool_from(false);
}

static TyType Evil_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "Evil",
    .basicsize = sizeof(TyObject),
    .dealloc = tyObj_free,
    .hash = evil_hash,
    .richcompare = evil_compare,
};

Test(dict, comparison_that_mutates_the_dict_restarts)
{
    TyObject *d = new_dict();
    TyObject *k1 = ct_take(tyObj_alloc(&Evil_Type)), *k2 = ct_take(tyObj_alloc(&Evil_Type));
    tyDict_setItem(d, k1, ct_tmp_int(1));
    victim = d;
    /* Same hash, different object: == runs, empties the dict, lookup restarts. */
    cr_assert_null(tyDict_getItem(d, k2));
    cr_assert_null(tyErr_occurred());
    cr_assert_eq(TY_DICT_LEN(d), 0);
    cr_assert_eq(tyDict_setItem(d, k2, ct_tmp_int(2)), 0);
    cr_assert_eq(TY_DICT_LEN(d), 1);
    victim = NULL;
}

Test(dict, fromkeys)
{
    TyObject *keys = ct_tmp_str("ab");
    ct_assert_repr(ct_take(ct_call((TyObject *)&TyDict_Type, "fromkeys", 1, keys)), "{'a': None, 'b': None}");
    ct_assert_repr(ct_take(ct_call((TyObject *)&TyDict_Type, "fromkeys", 2, keys, ct_tmp_int(0))),
                   "{'a': 0, 'b': 0}");
}

Test(dict, pop_api)
{
    TyObject *d = new_dict(), *k = ct_tmp_str("k"), *out = NULL;
    cr_assert_eq(tyDict_pop(d, k, &out), 0);
    cr_assert_null(out);
    tyDict_setItem(d, k, ct_tmp_int(4));
    cr_assert_eq(tyDict_pop(d, k, &out), 1);
    cr_assert_eq(TY_INT_VALUE(out), 4);
    TY_DECREF(out);
    cr_assert_eq(TY_DICT_LEN(d), 0);
}

Test(dict, free_list_reuse)
{
    TyObject *a = tyDict_new();
    TyObject *k = ct_tmp_str("k"), *one = ct_tmp_int(1);
    tyDict_setItem(a, k, ct_take(tyList_new(0)));
    cr_assert(tyGC_isTracked(a));
    TY_DECREF(a);
    ssize_t live = tyMem_liveObjects();
    TyObject *b = tyDict_new();
    cr_assert_eq(b, a, "a new dict reuses the parked object");
    cr_assert_eq(tyMem_liveObjects(), live + 1);
    cr_assert_not(tyGC_isTracked(b), "a reused dict starts untracked");
    cr_assert_eq(TY_DICT_LEN(b), 0);
    cr_assert_null(tyDict_getItem(b, k));
    tyDict_setItem(b, k, one);
    ct_assert_repr(b, "{'k': 1}");
    /* (the repr may have made the repr guard's list: count afresh) */
    live = tyMem_liveObjects();
    TY_DECREF(b);
    cr_assert_eq(tyMem_liveObjects(), live - 1);
    tyDict_clearFreelist();
    cr_assert_eq(ty_state.cache.dict_free.count, 0);
}
