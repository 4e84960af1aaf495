/*
** Unit tests of set and frozenset (src/objects/set.c).  The iteration
** order of a set is visible to programs, so most tests compare it with
** what python3.11 printed for the same operations (ints and tuples: their
** hashes do not depend on PYTHONHASHSEED).  Large sets are compared
** through a checksum of the order, sum((i+1) * item) mod 2**61-1, computed
** the same way in python3.11.
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "container_test.h"
#include "objects/set.h"

TestSuite(set, .init = ct_setup, .fini = ct_teardown);

static TyObject *set_of(int n, const int64_t *v)
{
    TyObject *s = ct_take(tySet_new(NULL));
    for (int i = 0; i < n; i++)
        cr_assert_eq(tySet_add(s, ct_tmp_int(v[i])), 0);
    return s;
}

static int add_int(TyObject *s, int64_t v)
{
    TyObject *o = ct_int(v);
    int r = tySet_add(s, o);
    TY_DECREF(o);
    return r;
}

static int discard_int(TyObject *s, int64_t v)
{
    TyObject *o = ct_int(v);
    int r = tySet_discard(s, o);
    TY_DECREF(o);
    return r;
}

/* set(range(start, stop, step)) */
static TyObject *set_range(int64_t start, int64_t stop, int64_t step)
{
    TyObject *s = ct_take(tySet_new(NULL));
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
        add_int(s, i);
    return s;
}

/* The order checksum described at the top. */
static int64_t order_checksum(TyObject *s)
{
    const __int128 m = ((__int128)1 << 61) - 1;
    __int128 sum = 0;
    ssize_t pos = 0, i = 0;
    TyObject *key;
    while (tySet_next(s, &pos, &key, NULL))
        sum = (sum + (__int128)(++i) * TY_INT_VALUE(key)) % m;
    return (int64_t)sum;
}

Test(set, add_orders_match_python)
{
    int64_t a[] = {5, 13, 21, 3, 100, 7};
    ct_assert_repr(set_of(6, a), "{3, 100, 5, 7, 13, 21}");
    int64_t b[] = {1000, 8, 16, 24, 32, 1, 2};
    ct_assert_repr(set_of(7, b), "{32, 1, 2, 1000, 8, 16, 24}");
    ct_assert_repr(set_range(20, 0, -3), "{2, 5, 8, 11, 14, 17, 20}");
    int64_t c[] = {-1, -2, -3, (int64_t)1 << 40, (int64_t)1 << 61, -((int64_t)1 << 61)};
    ct_assert_repr(set_of(6, c),
                   "{1099511627776, 2305843009213693952, -2, -2305843009213693952, -3, -1}");
}

/* A constant set display compiles to BUILD_SET 0 + SET_UPDATE of a
** frozenset constant; merging it into the empty set resizes first, which
** gives a different order than adding the items one by one. */
Test(set, literal_path_order_matches_python)
{
    TyObject *t = ct_take(tyTuple_new(6));
    int64_t v[] = {5, 13, 21, 3, 100, 7};
    for (int i = 0; i < 6; i++)
        TY_TUPLE_SET(t, i, ct_int(v[i]));
    TyObject *f = ct_take(tyFrozenSet_new(t));
    ct_assert_repr(f, "frozenset({3, 100, 5, 7, 13, 21})");
    TyObject *s = ct_take(tySet_new(NULL));
    cr_assert_eq(tySet_update(s, f), 0);
    ct_assert_repr(s, "{3, 100, 5, 21, 7, 13}");
}

Test(set, tuples_order_matches_python)
{
    TyObject *s = ct_take(tySet_new(NULL));
    int64_t pairs[][2] = {{1, 2}, {3, 4}, {5, 6}, {0, 0}, {-1, 7}};
    for (int i = 0; i < 5; i++)
        tySet_add(s, ct_tmp_tuple(2, ct_tmp_int(pairs[i][0]), ct_tmp_int(pairs[i][1])));
    ct_assert_repr(s, "{(1, 2), (3, 4), (0, 0), (-1, 7), (5, 6)}");
}

Test(set, deletions_dummies_and_resizes)
{
    TyObject *s = set_range(0, 50, 1);
    for (int i = 0; i < 50; i += 3)
        cr_assert_eq(tySet_discard(s, ct_tmp_int(i)), 1);
    tySet_add(s, ct_tmp_int(1000));
    tySet_add(s, ct_tmp_int(64));
    ct_assert_repr(s, "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, "
                      "29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 64, 1000}");
    int64_t x[] = {1, 2, 3};
    TyObject *t = set_of(3, x);
    tySet_discard(t, ct_tmp_int(2));
    tySet_add(t, ct_tmp_int(10));
    tySet_add(t, ct_tmp_int(18));
    ct_assert_repr(t, "{18, 1, 10, 3}");
    TyObject *big = ct_take(tySet_new(NULL));
    for (int64_t i = 0; i < 2000; i++)
        add_int(big, i * 7919 % 10007);
    for (int64_t i = 0; i < 10007; i += 3)
        discard_int(big, i);
    cr_assert_eq(TY_SET_LEN(big), 1331);
    cr_assert_eq(order_checksum(big), 4850213153LL);
}

Test(set, operations_build_results_in_python_order)
{
    int64_t av[20], bv[] = {15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 30, 40, 50};
    for (int i = 0; i < 20; i++)
        av[i] = i + 1;
    TyObject *a = set_of(20, av), *b = set_of(14, bv);
    ct_assert_repr(ct_take(tyNum_binary(a, b, TY_BINOP_OR)),
                   "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, "
                   "21, 22, 23, 24, 25, 30, 40, 50}");
    ct_assert_repr(ct_take(tyNum_binary(a, b, TY_BINOP_AND)), "{15, 16, 17, 18, 19, 20}");
    ct_assert_repr(ct_take(tyNum_binary(a, b, TY_BINOP_SUB)),
                   "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}");
    ct_assert_repr(ct_take(tyNum_binary(b, a, TY_BINOP_SUB)), "{40, 50, 21, 22, 23, 24, 25, 30}");
    ct_assert_repr(ct_take(tyNum_binary(a, b, TY_BINOP_XOR)),
                   "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 21, 22, 23, 24, 25, 30, 40, 50}");
    TyObject *l = ct_take(tyList_new(0));
    tyList_append(l, ct_tmp_int(100));
    tyList_append(l, ct_tmp_int(3));
    tyList_append(l, ct_tmp_int(77));
    ct_assert_repr(ct_take(ct_call(a, "union", 1, l)),
                   "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 77, 100}");
}

Test(set, large_operations_checksums)
{
    TyObject *t = set_range(0, 3000, 7), *u = set_range(0, 3000, 11);
    cr_assert_eq(order_checksum(ct_take(tyNum_binary(t, u, TY_BINOP_OR))), 349737170);
    cr_assert_eq(order_checksum(ct_take(tyNum_binary(t, u, TY_BINOP_AND))), 1240624);
    cr_assert_eq(order_checksum(ct_take(tyNum_binary(t, u, TY_BINOP_SUB))), 121232692);
    cr_assert_eq(order_checksum(ct_take(tyNum_binary(t, u, TY_BINOP_XOR))), 390226135);
    cr_assert_eq(order_checksum(ct_take(tyNum_binary(u, t, TY_BINOP_XOR))), 390226135);
    TyObject *t2 = ct_take(tySet_new(t));
    ct_take(tyNum_inplace(t2, u, TY_BINOP_AND));
    cr_assert_eq(order_checksum(t2), 1240624);
    TyObject *t3 = ct_take(tySet_new(t));
    ct_take(tyNum_inplace(t3, u, TY_BINOP_SUB));
    cr_assert_eq(order_checksum(t3), 125459516);
    TyObject *t4 = ct_take(tySet_new(t));
    ct_take(tyNum_inplace(t4, u, TY_BINOP_XOR));
    cr_assert_eq(order_checksum(t4), 390226135);
    TyObject *t5 = ct_take(tySet_new(t));
    TyObject *more = ct_take(tyList_new(0));
    for (int i = 5000; i < 5100; i++) {
        TyObject *o = ct_int(i);
        tyList_append(more, o);
        TY_DECREF(o);
    }
    cr_assert_eq(tySet_update(t5, more), 0);
    cr_assert_eq(order_checksum(t5), 373924389);
    TyObject *probe = ct_take(tyList_new(0));
    int64_t pv[] = {77, 0, 154, 5, 1001};
    for (int i = 0; i < 5; i++)
        tyList_append(probe, ct_tmp_int(pv[i]));
    ct_assert_repr(ct_take(tySet_intersection(t, probe)), "{0, 1001, 154, 77}");
}

Test(set, pop_order)
{
    int64_t v[] = {1, 2, 3, 40, 17};
    TyObject *s = set_of(5, v);
    const char *want[] = {"1", "2", "3", "40", "17"};
    for (int i = 0; i < 5; i++)
        ct_assert_repr(ct_take(ct_call(s, "pop", 0)), want[i]);
    cr_assert_null(ct_call(s, "pop", 0));
    ct_assert_err("KeyError: 'pop from an empty set'");
    TyObject *r = set_range(0, 8, 1);
    ct_take(ct_call(r, "pop", 0));
    ct_take(ct_call(r, "pop", 0));
    tySet_add(r, ct_tmp_int(100));
    ct_assert_repr(r, "{2, 3, 4, 5, 6, 7, 100}");
}

Test(set, frozenset_hash_matches_python)
{
    TyObject *e = ct_take(tyFrozenSet_new(NULL));
    cr_assert_eq(tyObj_hash(e), 133146708735736LL);
    TyObject *f = ct_take(tyFrozenSet_new(set_range(1, 4, 1)));
    cr_assert_eq(tyObj_hash(f), -272375401224217160LL);
    TyObject *g = ct_take(tyFrozenSet_new(NULL));
    tySet_add(g, ct_tmp_tuple(2, ct_tmp_int(1), ct_tmp_int(2)));
    tySet_add(g, ct_tmp_int(5));
    cr_assert_eq(tyObj_hash(g), 2095936896885266708LL);
    cr_assert_eq(tyObj_hash(ct_take(tyFrozenSet_new(set_range(0, 100, 1)))), 4411996150312757951LL);
    cr_assert_eq(tyObj_hash(ct_take(tyFrozenSet_new(set_range(-50, 50, 1)))), 8415179561864637165LL);
    cr_assert_eq(tyObj_hash(ct_take(tySet_new(NULL))), -1);
    ct_assert_err("TypeError: unhashable type: 'set'");
}

Test(set, repr_forms)
{
    ct_assert_repr(ct_take(tySet_new(NULL)), "set()");
    ct_assert_repr(ct_take(tyFrozenSet_new(NULL)), "frozenset()");
    ct_assert_repr(ct_take(tyFrozenSet_new(set_range(1, 2, 1))), "frozenset({1})");
    int64_t a[] = {4, 2};
    TyObject *f = ct_take(tyFrozenSet_new(set_of(2, a)));
    TyObject *r = ct_take(tyNum_binary(f, set_range(1, 2, 1), TY_BINOP_OR));
    cr_assert_eq(TY_TYPE(r), &TyFrozenSet_Type);
    ct_assert_repr(r, "frozenset({1, 2, 4})");
}

Test(set, comparisons_are_subset_tests)
{
    TyObject *a = set_range(0, 3, 1), *b = set_range(0, 5, 1);
    TyObject *fa = ct_take(tyFrozenSet_new(a));
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_LT), 1);
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_LE), 1);
    cr_assert_eq(tyObj_richCompareBool(b, a, TY_GT), 1);
    cr_assert_eq(tyObj_richCompareBool(a, a, TY_LT), 0);
    cr_assert_eq(tyObj_richCompareBool(a, fa, TY_EQ), 1);
    cr_assert_eq(tyObj_richCompareBool(b, fa, TY_NE), 1);
    ct_assert_repr(ct_take(ct_call(a, "issubset", 1, ct_take(tyList_fromIterable(b)))), "True");
    ct_assert_repr(ct_take(ct_call(b, "issuperset", 1, ct_tmp_tuple(1, ct_tmp_int(4)))), "True");
    ct_assert_repr(ct_take(ct_call(a, "isdisjoint", 1, set_range(3, 6, 1))), "True");
    ct_assert_repr(ct_take(ct_call(a, "isdisjoint", 1, b)), "False");
    cr_assert_null(tyNum_binary(a, ct_take(tyList_new(0)), TY_BINOP_OR));
    ct_assert_err("TypeError: unsupported operand type(s) for |: 'set' and 'list'");
}

Test(set, contains_remove_and_set_keys)
{
    TyObject *a = set_range(0, 3, 1);
    cr_assert_eq(tyObj_contains(a, ct_tmp_int(2)), 1);
    cr_assert_eq(tyObj_contains(a, ct_tmp_int(3)), 0);
    cr_assert_null(ct_call(a, "remove", 1, ct_tmp_int(7)));
    ct_assert_err("KeyError: 7");
    /* A set key is looked up as the equal frozenset. */
    TyObject *outer = ct_take(tySet_new(NULL));
    tySet_add(outer, ct_take(tyFrozenSet_new(a)));
    cr_assert_eq(tyObj_contains(outer, a), 1);
    cr_assert_eq(tyObj_contains(outer, ct_take(tyList_new(0))), -1);
    ct_assert_err("TypeError: unhashable type: 'list'");
}

Test(set, iteration_detects_size_change)
{
    TyObject *s = set_range(0, 3, 1);
    TyObject *it = ct_take(tyObj_getIter(s));
    TyObject *x = tyIter_next(it);
    TY_DECREF(x);
    tySet_add(s, ct_tmp_int(99));
    cr_assert_null(tyIter_next(it));
    ct_assert_err("RuntimeError: Set changed size during iteration");
}

Test(set, new_sets_are_tracked)
{
    cr_assert(tyGC_isTracked(ct_take(tySet_new(NULL))));
    cr_assert(tyGC_isTracked(ct_take(tyFrozenSet_new(NULL))));
}
