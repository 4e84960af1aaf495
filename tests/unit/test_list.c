/*
** Unit tests of list (src/objects/list.c): the C API, growth, indexing and
** slicing with CPython's errors, the stable merge sort, repr, iterators and
** GC tracking.  Expected values come from python3.11.
*/
#include <criterion/criterion.h>
#include "tally.h"
#include "container_test.h"

TestSuite(list, .init = ct_setup, .fini = ct_teardown);

/* A list of the given small ints. */
static TyObject *ints(int n, const int64_t *v)
{
    TyObject *l = tyList_new(n);
    for (int i = 0; i < n; i++)
        TY_LIST_SET(l, i, ct_int(v[i]));
    return l;
}

Test(list, append_grows_like_cpython)
{
    /* (len, allocated) pairs python3.11 shows through sys.getsizeof. */
    static const ssize_t steps[][2] = {{1, 4}, {5, 8}, {9, 16}, {17, 24}, {25, 32},
                                       {33, 40}, {41, 52}, {53, 64}, {65, 76}, {77, 92}};
    TyObject *l = tyList_new(0);
    size_t k = 0;
    for (int i = 1; i <= 80; i++) {
        TyObject *v = ct_int(i);
        cr_assert_eq(tyList_append(l, v), 0);
        TY_DECREF(v);
        if (k < TY_ARRAY_LEN(steps) && steps[k][0] == i) {
            cr_assert_eq(((TyList *)l)->allocated, steps[k][1], "len %d", i);
            k++;
        }
    }
    cr_assert_eq(TY_LIST_LEN(l), 80);
    cr_assert_eq(TY_INT_VALUE(TY_LIST_GET(l, 79)), 80);
    TY_DECREF(l);
}

Test(list, append_takes_a_reference)
{
    TyObject *l = tyList_new(0), *v = ct_str("x");
    ssize_t before = TY_REFCNT(v);
    tyList_append(l, v);
    cr_assert_eq(TY_REFCNT(v), before + 1);
    TY_DECREF(l);
    cr_assert_eq(TY_REFCNT(v), before);
    TY_DECREF(v);
}

Test(list, new_list_is_tracked)
{
    TyObject *l = tyList_new(0);
    cr_assert(tyGC_isTracked(l));
    TY_DECREF(l);
}

Test(list, indexing)
{
    int64_t v[] = {10, 20, 30};
    TyObject *l = ints(3, v);
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_int(-1))), "30");
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_int(0))), "10");
    cr_assert_null(tyObj_getItem(l, ct_tmp_int(3)));
    ct_assert_err("IndexError: list index out of range");
    cr_assert_null(tyObj_getItem(l, ct_tmp_int(-4)));
    ct_assert_err("IndexError: list index out of range");
    cr_assert_null(tyObj_getItem(l, ct_tmp_str("a")));
    ct_assert_err("TypeError: list indices must be integers or slices, not str");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_int(5), TY_NONE), -1);
    ct_assert_err("IndexError: list assignment index out of range");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_int(-3), TY_NONE), 0);
    ct_assert_repr(l, "[None, 20, 30]");
    cr_assert_eq(tyObj_delItem(l, ct_tmp_int(1)), 0);
    ct_assert_repr(l, "[None, 30]");
    TY_DECREF(l);
}

Test(list, slicing)
{
    int64_t v[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    TyObject *l = ints(10, v);
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_slice(2, 5, 1))), "[2, 3, 4]");
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_slice(CT_NONE, CT_NONE, -3))), "[9, 6, 3, 0]");
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_slice(-2, CT_NONE, CT_NONE))), "[8, 9]");
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_slice(8, 2, -2))), "[8, 6, 4]");
    ct_assert_repr(ct_take(tyObj_getItem(l, ct_tmp_slice(5, 2, 1))), "[]");
    cr_assert_null(tyObj_getItem(l, ct_tmp_slice(CT_NONE, CT_NONE, 0)));
    ct_assert_err("ValueError: slice step cannot be zero");
    TY_DECREF(l);
}

Test(list, slice_assignment)
{
    int64_t v[] = {0, 1, 2, 3, 4, 5};
    TyObject *l = ints(6, v);
    int64_t w[] = {7, 8, 9};
    TyObject *r = ints(3, w);
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(1, 3, CT_NONE), r), 0);
    ct_assert_repr(l, "[0, 7, 8, 9, 3, 4, 5]");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(0, 6, CT_NONE), ct_tmp_str("ab")), 0);
    ct_assert_repr(l, "['a', 'b', 5]");
    /* l[:] = l copies first */
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(1, 1, CT_NONE), l), 0);
    ct_assert_repr(l, "['a', 'a', 'b', 5, 'b', 5]");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(CT_NONE, CT_NONE, 2), r), 0);
    ct_assert_repr(l, "[7, 'a', 8, 5, 9, 5]");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(CT_NONE, CT_NONE, 3), r), -1);
    ct_assert_err("ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(CT_NONE, 1, CT_NONE), ct_tmp_int(3)), -1);
    ct_assert_err("TypeError: can only assign an iterable");
    cr_assert_eq(tyObj_setItem(l, ct_tmp_slice(CT_NONE, CT_NONE, 2), ct_tmp_int(3)), -1);
    ct_assert_err("TypeError: must assign iterable to extended slice");
    cr_assert_eq(tyObj_delItem(l, ct_tmp_slice(CT_NONE, CT_NONE, -2)), 0);
    ct_assert_repr(l, "[7, 8, 9]");
    cr_assert_eq(tyObj_delItem(l, ct_tmp_slice(0, 2, CT_NONE)), 0);
    ct_assert_repr(l, "[9]");
    TY_DECREF(r);
    TY_DECREF(l);
}

Test(list, operators)
{
    int64_t v[] = {1, 2};
    TyObject *a = ints(2, v), *t = tyTuple_new(0);
    ct_assert_repr(ct_take(tyNum_binary(a, a, TY_BINOP_ADD)), "[1, 2, 1, 2]");
    ct_assert_repr(ct_take(tyNum_binary(a, ct_tmp_int(3), TY_BINOP_MUL)), "[1, 2, 1, 2, 1, 2]");
    ct_assert_repr(ct_take(tyNum_binary(ct_tmp_int(2), a, TY_BINOP_MUL)), "[1, 2, 1, 2]");
    ct_assert_repr(ct_take(tyNum_binary(a, ct_tmp_int(-1), TY_BINOP_MUL)), "[]");
    cr_assert_null(tyNum_binary(a, t, TY_BINOP_ADD));
    ct_assert_err("TypeError: can only concatenate list (not \"tuple\") to list");
    cr_assert_null(tyNum_binary(a, ct_tmp_str("x"), TY_BINOP_MUL));
    ct_assert_err("TypeError: can't multiply sequence by non-int of type 'str'");
    TyObject *r = tyNum_inplace(a, ct_tmp_str("xy"), TY_BINOP_ADD);
    cr_assert_eq(r, a);
    TY_DECREF(r);
    ct_assert_repr(a, "[1, 2, 'x', 'y']");
    r = tyNum_inplace(a, ct_tmp_int(2), TY_BINOP_MUL);
    TY_DECREF(r);
    ct_assert_repr(a, "[1, 2, 'x', 'y', 1, 2, 'x', 'y']");
    cr_assert_eq(tyObj_contains(a, ct_tmp_str("y")), 1);
    cr_assert_eq(tyObj_contains(a, ct_tmp_int(3)), 0);
    TY_DECREF(t);
    TY_DECREF(a);
}

Test(list, comparisons)
{
    int64_t x[] = {1, 2, 3}, y[] = {1, 2, 4}, z[] = {1, 2};
    TyObject *a = ints(3, x), *b = ints(3, y), *c = ints(2, z);
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_LT), 1);
    cr_assert_eq(tyObj_richCompareBool(c, a, TY_LT), 1);
    cr_assert_eq(tyObj_richCompareBool(a, c, TY_GE), 1);
    cr_assert_eq(tyObj_richCompareBool(a, b, TY_EQ), 0);
    TyObject *d = tyList_slice(a, 0, 3);
    cr_assert_eq(tyObj_richCompareBool(a, d, TY_EQ), 1);
    cr_assert_eq(tyObj_richCompareBool(a, d, TY_NE), 0);
    TY_DECREF(a);
    TY_DECREF(b);
    TY_DECREF(c);
    TY_DECREF(d);
}

Test(list, sort_ints)
{
    int64_t v[200];
    uint32_t seed = 12345;
    for (int i = 0; i < 200; i++) {
        seed = seed * 1103515245u + 12345u;
        v[i] = (int64_t)(seed >> 16) % 1000 - 500;
    }
    TyObject *l = ints(200, v);
    cr_assert_eq(tyList_sort(l, NULL, false), 0);
    for (int i = 1; i < 200; i++)
        cr_assert_leq(TY_INT_VALUE(TY_LIST_GET(l, i - 1)), TY_INT_VALUE(TY_LIST_GET(l, i)));
    cr_assert_eq(tyList_sort(l, NULL, true), 0);
    for (int i = 1; i < 200; i++)
        cr_assert_geq(TY_INT_VALUE(TY_LIST_GET(l, i - 1)), TY_INT_VALUE(TY_LIST_GET(l, i)));
    TY_DECREF(l);
}

/* key=: the first item of a 2-tuple. */
static TyObject *first_item(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    return TY_NEWREF(TY_TUPLE_GET(args[0], 0));
}

static TyMethodDef first_item_def = {"first", first_item, TY_METH_DEFAULT, NULL};

Test(list, sort_is_stable_with_keys_and_reverse)
{
    /* 300 pairs (key, serial) with few distinct keys: stability shows. */
    TyObject *l = tyList_new(300);
    for (int i = 0; i < 300; i++) {
        TyObject *k = ct_int((i * 7) % 5), *s = ct_int(i);
        TY_LIST_SET(l, i, tyTuple_pack(2, k, s));
        TY_DECREF(k);
        TY_DECREF(s);
    }
    TyObject *key = tyCFunction_new(&first_item_def, NULL);
    cr_assert_eq(tyList_sort(l, key, false), 0);
    for (int i = 1; i < 300; i++) {
        TyObject *p = TY_LIST_GET(l, i - 1), *q = TY_LIST_GET(l, i);
        int64_t kp = TY_INT_VALUE(TY_TUPLE_GET(p, 0)), kq = TY_INT_VALUE(TY_TUPLE_GET(q, 0));
        cr_assert(kp < kq || (kp == kq && TY_INT_VALUE(TY_TUPLE_GET(p, 1)) < TY_INT_VALUE(TY_TUPLE_GET(q, 1))));
    }
    /* reverse=True keeps equal keys in their original order too. */
    cr_assert_eq(tyList_sort(l, key, true), 0);
    for (int i = 1; i < 300; i++) {
        TyObject *p = TY_LIST_GET(l, i - 1), *q = TY_LIST_GET(l, i);
        int64_t kp = TY_INT_VALUE(TY_TUPLE_GET(p, 0)), kq = TY_INT_VALUE(TY_TUPLE_GET(q, 0));
        cr_assert(kp > kq || (kp == kq && TY_INT_VALUE(TY_TUPLE_GET(p, 1)) < TY_INT_VALUE(TY_TUPLE_GET(q, 1))));
    }
    TY_DECREF(key);
    TY_DECREF(l);
}

/* Natural runs (ascending, strictly descending, plateaus) must not break
** stability: sort (key, serial) pairs by key and check the serials. */
Test(list, sort_is_stable_on_runs)
{
    static const int patterns = 4;
    TyObject *key = tyCFunction_new(&first_item_def, NULL);
    for (int p = 0; p < patterns; p++) {
        TyObject *l = tyList_new(500);
        for (int i = 0; i < 500; i++) {
            int64_t k = p == 0 ? i / 3                  /* ascending with plateaus */
                      : p == 1 ? (500 - i) / 4          /* descending with plateaus */
                      : p == 2 ? 500 - i                /* strictly descending */
                               : (i % 37) / 5;          /* sawtooth */
            TyObject *kk = ct_int(k), *ss = ct_int(i);
            TY_LIST_SET(l, i, tyTuple_pack(2, kk, ss));
            TY_DECREF(kk);
            TY_DECREF(ss);
        }
        cr_assert_eq(tyList_sort(l, key, p % 2 == 1), 0);
        for (int i = 1; i < 500; i++) {
            TyObject *a = TY_LIST_GET(l, i - 1), *b = TY_LIST_GET(l, i);
            int64_t ka = TY_INT_VALUE(TY_TUPLE_GET(a, 0)), kb = TY_INT_VALUE(TY_TUPLE_GET(b, 0));
            int64_t sa = TY_INT_VALUE(TY_TUPLE_GET(a, 1)), sb = TY_INT_VALUE(TY_TUPLE_GET(b, 1));
            if (p % 2 == 1)
                cr_assert(ka > kb || (ka == kb && sa < sb), "pattern %d at %d", p, i);
            else
                cr_assert(ka < kb || (ka == kb && sa < sb), "pattern %d at %d", p, i);
        }
        TY_DECREF(l);
    }
    TY_DECREF(key);
}

/* key= that appends to the list being sorted (held in self). */
static TyObject *mutating_key(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (tyList_append(self, args[0]) < 0)
        return NULL;
    return TY_NEWREF(args[0]);
}

static TyMethodDef mutating_key_def = {"mutate", mutating_key, TY_METH_DEFAULT, NULL};

Test(list, sort_detects_modification)
{
    int64_t v[] = {3, 1, 2};
    TyObject *l = ints(3, v);
    TyObject *key = tyCFunction_new(&mutating_key_def, l);
    cr_assert_eq(tyList_sort(l, key, false), -1);
    ct_assert_err("ValueError: list modified during sort");
    /* The items are all still there and nothing leaked into the list. */
    cr_assert_eq(TY_LIST_LEN(l), 3);
    TY_DECREF(key);
    TY_DECREF(l);
}

Test(list, sort_mixed_types_raises_and_keeps_items)
{
    TyObject *l = tyList_new(0);
    for (int i = 0; i < 40; i++) {
        TyObject *v = i == 20 ? ct_str("x") : ct_int(40 - i);
        tyList_append(l, v);
        TY_DECREF(v);
    }
    cr_assert_eq(tyList_sort(l, NULL, false), -1);
    cr_assert(tyErr_exceptionMatches(&TyExc_TypeError));
    tyErr_clear();
    cr_assert_eq(TY_LIST_LEN(l), 40);
    int strs = 0;
    for (int i = 0; i < 40; i++)
        strs += TY_STR_CHECK(TY_LIST_GET(l, i));
    cr_assert_eq(strs, 1);
    TY_DECREF(l);
}

Test(list, repr_recursion_guard)
{
    TyObject *l = tyList_new(0);
    tyList_append(l, ct_tmp_int(1));
    tyList_append(l, l);
    ct_assert_repr(l, "[1, [...]]");
    tyObj_delItem(l, ct_tmp_int(1));
    TY_DECREF(l);
}

Test(list, iterators)
{
    int64_t v[] = {1, 2, 3};
    TyObject *l = ints(3, v);
    TyObject *it = tyObj_getIter(l);
    cr_assert_eq(TY_TYPE(it), &TyListIter_Type);
    TyObject *x = tyIter_next(it);
    cr_assert_eq(TY_INT_VALUE(x), 1);
    TY_DECREF(x);
    TY_DECREF(it);
    TyObject *rit = ct_take(ct_call(l, "__reversed__", 0));
    cr_assert_eq(TY_TYPE(rit), &TyListRevIter_Type);
    ct_assert_repr(ct_tmp_list_of(rit), "[3, 2, 1]");
    TY_DECREF(l);
}

Test(list, insert_pop_remove_index)
{
    int64_t v[] = {1, 2, 3};
    TyObject *l = ints(3, v);
    cr_assert_eq(tyList_insert(l, -1, ct_tmp_int(9)), 0);
    cr_assert_eq(tyList_insert(l, 100, ct_tmp_int(7)), 0);
    cr_assert_eq(tyList_insert(l, -100, ct_tmp_int(0)), 0);
    ct_assert_repr(l, "[0, 1, 2, 9, 3, 7]");
    ct_assert_repr(ct_take(ct_call(l, "pop", 0)), "7");
    ct_assert_repr(ct_take(ct_call(l, "pop", 1, ct_tmp_int(0))), "0");
    ct_assert_repr(ct_take(ct_call(l, "index", 1, ct_tmp_int(9))), "2");
    cr_assert_null(ct_call(l, "index", 1, ct_tmp_int(42)));
    ct_assert_err("ValueError: 42 is not in list");
    cr_assert_null(ct_call(l, "remove", 1, ct_tmp_int(42)));
    ct_assert_err("ValueError: list.remove(x): x not in list");
    ct_assert_repr(ct_take(ct_call(l, "remove", 1, ct_tmp_int(2))), "None");
    ct_assert_repr(l, "[1, 9, 3]");
    ct_assert_repr(ct_take(ct_call(l, "count", 1, ct_tmp_int(9))), "1");
    TyObject *e = tyList_new(0);
    cr_assert_null(ct_call(e, "pop", 0));
    ct_assert_err("IndexError: pop from empty list");
    TY_DECREF(e);
    TY_DECREF(l);
}

Test(list, free_list_reuse_keeps_accounting_exact)
{
    TyObject *a = tyList_new(0);
    TY_DECREF(a);   /* parked on the free list */
    ssize_t live = tyMem_liveObjects();
    int gen0 = ty_state.gc.gen[0].count;
    TyObject *b = tyList_new(3);
    cr_assert_eq(b, a, "a new list reuses the parked object");
    cr_assert_eq(tyMem_liveObjects(), live + 1);
    cr_assert_eq(ty_state.gc.gen[0].count, gen0, "reuse is not a GC allocation (CPython)");
    cr_assert(tyGC_isTracked(b));
    cr_assert_eq(TY_LIST_LEN(b), 3);
    for (int i = 0; i < 3; i++)
        TY_LIST_SET(b, i, ct_int(i));
    TY_DECREF(b);
    cr_assert_eq(tyMem_liveObjects(), live);
}

Test(list, free_list_is_bounded)
{
    TyObject *many[TY_LIST_FREELIST_MAX + 20];
    for (int i = 0; i < TY_LIST_FREELIST_MAX + 20; i++)
        many[i] = tyList_new(0);
    ssize_t live = tyMem_liveObjects();
    for (int i = 0; i < TY_LIST_FREELIST_MAX + 20; i++)
        TY_DECREF(many[i]);
    cr_assert_eq(ty_state.cache.list_free.count, TY_LIST_FREELIST_MAX);
    cr_assert_eq(tyMem_liveObjects(), live - TY_LIST_FREELIST_MAX - 20);
    tyList_clearFreelist();
    cr_assert_eq(ty_state.cache.list_free.count, 0);
    cr_assert_eq(tyMem_liveObjects(), live - TY_LIST_FREELIST_MAX - 20);
}
