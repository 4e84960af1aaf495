/*
** Unit tests of tuple (src/objects/tuple.c): the immortal empty tuple, the
** constructors, CPython 3.11's hash values, comparisons, operators,
** slicing, methods and GC tracking.  Expected values come from python3.11.
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "container_test.h"

TestSuite(tuple, .init = ct_setup, .fini = ct_teardown);

Test(tuple, empty_tuple_is_one_immortal_object)
{
    TyObject *a = tyTuple_new(0), *b = tyTuple_fromArray(NULL, 0);
    cr_assert_eq(a, b);
    cr_assert_gt(TY_REFCNT(a), TY_IMMORTAL_THRESHOLD);
    cr_assert_not(tyGC_isTracked(a));
    ct_assert_repr(a, "()");
    TY_DECREF(a);
    TY_DECREF(b);
}

Test(tuple, new_tuples_are_tracked)
{
    TyObject *t = tyTuple_pack(2, TY_NONE, TY_NONE);
    cr_assert(tyGC_isTracked(t));
    TY_DECREF(t);
}

Test(tuple, hash_matches_python311)
{
    TyObject *one = ct_tmp_int(1), *two = ct_tmp_int(2), *m1 = ct_tmp_int(-1);
    TyObject *empty = ct_take(tyTuple_new(0));
    cr_assert_eq(tyObj_hash(empty), 5740354900026072187LL);
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(1, one)), -6644214454873602895LL);
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(2, one, two)), -3550055125485641917LL);
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(1, empty)), -5486347211504344842LL);
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(1, m1)), 8078679518589016365LL);
    TyObject *big = ct_tmp_int((int64_t)1 << 40), *m5 = ct_tmp_int(-5);
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(2, big, m5)), -5083251619067352872LL);
    TyObject *p = ct_tmp_tuple(2, one, two), *q = ct_tmp_tuple(2, ct_tmp_int(3), ct_tmp_int(4));
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(2, p, q)), -1467267874458550984LL);
}

Test(tuple, unhashable_item)
{
    TyObject *l = ct_take(tyList_new(0));
    cr_assert_eq(tyObj_hash(ct_tmp_tuple(1, l)), -1);
    ct_assert_err("TypeError: unhashable type: 'list'");
}

Test(tuple, repr)
{
    TyObject *one = ct_tmp_int(1), *s = ct_tmp_str("a");
    ct_assert_repr(ct_tmp_tuple(1, one), "(1,)");
    ct_assert_repr(ct_tmp_tuple(3, one, s, ct_tmp_tuple(0)), "(1, 'a', ())");
}

Test(tuple, compare)
{
    TyObject *a = ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(2));
    TyObject *b = ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(3));
    TyObject *c = ct_tmp_tuple(1, ct_tmp_int(1));
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_LT), 1);
    cr_assert_eq(tyObj_richCompareBool(c, a, TY_LT), 1);
    cr_assert_eq(tyObj_richCompareBool(a, c, TY_GT), 1);
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_EQ), 0);
    cr_assert_eq(tyObj_richCompareBool(a, ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(2)), TY_EQ), 1);
    /* An unorderable pair raises only when it decides the result. */
    TyObject *x = ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_str("s"));
    cr_assert_eq(tyObj_richCompareBool(a, x, TY_LT), -1);
    cr_assert(tyErr_exceptionMatches(&TyExc_TypeError));
    tyErr_clear();
    cr_assert_eq(tyObj_richCompareBool(a, x, TY_EQ), 0);
}

Test(tuple, operators_and_errors)
{
    TyObject *a = ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(2));
    ct_assert_repr(ct_take(tyNum_binary(a, a, TY_BINOP_ADD)), "(1, 2, 1, 2)");
    ct_assert_repr(ct_take(tyNum_binary(a, ct_tmp_int(2), TY_BINOP_MUL)), "(1, 2, 1, 2)");
    ct_assert_repr(ct_take(tyNum_binary(ct_tmp_int(0), a, TY_BINOP_MUL)), "()");
    /* t * 1 and t + () give t itself. */
    TyObject *r = ct_take(tyNum_binary(a, ct_tmp_int(1), TY_BINOP_MUL));
    cr_assert_eq(r, a);
    cr_assert_null(tyNum_binary(a, ct_take(tyList_new(0)), TY_BINOP_ADD));
    ct_assert_err("TypeError: can only concatenate tuple (not \"list\") to tuple");
    cr_assert_eq(tyObj_contains(a, ct_tmp_int(2)), 1);
    cr_assert_eq(tyObj_contains(a, ct_tmp_int(5)), 0);
}

Test(tuple, indexing_and_slicing)
{
    TyObject *t = ct_take(tyTuple_new(5));
    for (int i = 0; i < 5; i++)
        TY_TUPLE_SET(t, i, ct_int(i * 10));
    ct_assert_repr(ct_take(tyObj_getItem(t, ct_tmp_int(-1))), "40");
    cr_assert_null(tyObj_getItem(t, ct_tmp_int(5)));
    ct_assert_err("IndexError: tuple index out of range");
    cr_assert_null(tyObj_getItem(t, ct_tmp_str("x")));
    ct_assert_err("TypeError: tuple indices must be integers or slices, not str");
    ct_assert_repr(ct_take(tyObj_getItem(t, ct_tmp_slice(1, 3, CT_NONE))), "(10, 20)");
    ct_assert_repr(ct_take(tyObj_getItem(t, ct_tmp_slice(CT_NONE, CT_NONE, -2))), "(40, 20, 0)");
    cr_assert_eq(ct_take(tyObj_getItem(t, ct_tmp_slice(CT_NONE, CT_NONE, CT_NONE))), t);
}

Test(tuple, methods)
{
    TyObject *one = ct_tmp_int(1), *two = ct_tmp_int(2);
    TyObject *t = ct_tmp_tuple(4, one, two, one, two);
    ct_assert_repr(ct_take(ct_call(t, "count", 1, one)), "2");
    ct_assert_repr(ct_take(ct_call(t, "index", 1, two)), "1");
    ct_assert_repr(ct_take(ct_call(t, "index", 2, two, ct_tmp_int(2))), "3");
    ct_assert_repr(ct_take(ct_call(t, "index", 3, two, ct_tmp_int(-3), ct_tmp_int(-2))), "1");
    cr_assert_null(ct_call(t, "index", 3, two, ct_tmp_int(2), ct_tmp_int(3)));
    ct_assert_err("ValueError: tuple.index(x): x not in tuple");
    cr_assert_null(ct_call(t, "index", 2, two, ct_tmp_str("a")));
    ct_assert_err("TypeError: slice indices must be integers or have an __index__ method");
}

Test(tuple, from_iterable_and_steal)
{
    TyObject *l = ct_take(tyList_new(0));
    tyList_append(l, ct_tmp_str("a"));
    tyList_append(l, ct_tmp_str("b"));
    ct_assert_repr(ct_take(tyTuple_fromIterable(l)), "('a', 'b')");
    ct_assert_repr(ct_take(tyTuple_fromIterable(ct_tmp_str("xyz"))), "('x', 'y', 'z')");
    TyObject *t = ct_tmp_tuple(1, TY_NONE);
    cr_assert_eq(ct_take(tyTuple_fromIterable(t)), t);
    TyObject *s = ct_str("stolen");
    ssize_t before = TY_REFCNT(s);
    TyObject *items[1] = {TY_NEWREF(s)};
    TyObject *u = tyTuple_fromArraySteal(items, 1);
    cr_assert_eq(TY_REFCNT(s), before + 1);
    TY_DECREF(u);
    cr_assert_eq(TY_REFCNT(s), before);
    TY_DECREF(s);
}

Test(tuple, iterator)
{
    TyObject *t = ct_tmp_tuple(2, ct_tmp_int(7), ct_tmp_int(8));
    TyObject *it = ct_take(tyObj_getIter(t));
    cr_assert_eq(TY_TYPE(it), &TyTupleIter_Type);
    ct_assert_repr(ct_tmp_list_of(it), "[7, 8]");
    cr_assert_null(tyIter_next(it));
    cr_assert_null(tyErr_occurred());
}

Test(tuple, free_lists_per_size)
{
    TyObject *a = tyTuple_pack(2, TY_NONE, TY_NONE);
    TY_DECREF(a);
    ssize_t live = tyMem_liveObjects();
    int gen0 = ty_state.gc.gen[0].count;
    TyObject *b = tyTuple_new(2);
    cr_assert_eq(b, a, "a new pair reuses the parked pair");
    cr_assert_null(TY_TUPLE_GET(b, 0));
    cr_assert_null(TY_TUPLE_GET(b, 1));
    cr_assert(tyGC_isTracked(b));
    cr_assert_eq(tyMem_liveObjects(), live + 1);
    cr_assert_eq(ty_state.gc.gen[0].count, gen0);
    TY_TUPLE_SET(b, 0, TY_NEWREF(TY_NONE));
    TY_TUPLE_SET(b, 1, TY_NEWREF(TY_NONE));
    /* A tuple of another size does not take it. */
    TyObject *c = tyTuple_pack(1, TY_NONE);
    cr_assert_neq(c, a);
    TY_DECREF(c);
    TY_DECREF(b);
    cr_assert_eq(tyMem_liveObjects(), live);
    /* Sizes past the last free list are freed outright. */
    TyObject *big = tyTuple_new(TY_TUPLE_FREELIST_SIZES);
    for (int i = 0; i < TY_TUPLE_FREELIST_SIZES; i++)
        TY_TUPLE_SET(big, i, TY_NEWREF(TY_NONE));
    int parked = ty_state.cache.tuple_free[TY_TUPLE_FREELIST_SIZES - 1].count;
    TY_DECREF(big);
    cr_assert_eq(ty_state.cache.tuple_free[TY_TUPLE_FREELIST_SIZES - 1].count, parked);
    tyTuple_clearFreelist();
    cr_assert_eq(ty_state.cache.tuple_free[2].count, 0);
    cr_assert_null(ty_state.cache.tuple_free[2].head);
}
