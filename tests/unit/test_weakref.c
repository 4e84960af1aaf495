/*
** Unit tests of the weak-reference lists (src/objects/weakref.c): sharing
** and list order, clearing when the referent dies (callbacks after all
** clearing, in list order, never for a reference that died first), the
** cached hash, and the collector's handle_weakrefs (callbacks only for
** weak references that are not garbage themselves).
*/
#include <criterion/criterion.h>

#include <stdio.h>
#include <unistd.h>
#include "tally.h"
#include "container_test.h"
#include "objects/set.h"
#include "objects/weakref.h"
#include "modules/weakrefmodule.h"

/* What the callbacks saw: each call appends (ref, ref() is None). */
static TyObject *calls;

static TyObject *record(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    cr_assert_eq(nargs, 1);
    TyObject *entry = tyTuple_pack(2, args[0], tyWeakref_get(args[0]) ? TY_FALSE : TY_TRUE);
    cr_assert_not_null(entry);
    cr_assert_eq(tyList_append(calls, entry), 0);
    TY_DECREF(entry);
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef record_def = { "record", record, TY_METH_STATIC, NULL };
static TyObject *callback;

static void wr_setup(void)
{
    ct_setup();
    TyObject *m = tyWeakrefModule_createC();
    cr_assert_not_null(m, "the _weakref module was not created");
    TY_DECREF(m);
    calls = tyList_new(0);
    callback = tyCFunction_new(&record_def, NULL);
    cr_assert(calls && callback);
}

static void wr_teardown(void)
{
    TY_CLEAR(calls);
    TY_CLEAR(callback);
    while (ct_ntemps > 0)
        TY_DECREF(ct_temps[--ct_ntemps]);
    tyWeakrefModule_fini();
    ct_teardown();
}

TestSuite(weakref, .init = wr_setup, .fini = wr_teardown);

/* The i-th weak reference in obj's list. */
static TyObject *nth_ref(TyObject *obj, ssize_t i)
{
    TyObject *l = ct_take(tyWeakref_list(obj));
    cr_assert_lt(i, TY_LIST_LEN(l));
    return TY_LIST_GET(l, i);
}

Test(weakref, refs_without_callback_are_shared)
{
    TyObject *s = ct_take(tySet_new(NULL));
    TyObject *r1 = ct_take(tyWeakref_new(s, NULL));
    TyObject *r2 = ct_take(tyWeakref_new(s, TY_NONE));
    cr_assert_eq(r1, r2, "a second callback-less ref is the first one");
    cr_assert_eq(tyWeakref_get(r1), s);
    cr_assert_eq(tyWeakref_count(s), 1);
    cr_assert_eq(TY_REFCNT(s), 1, "a weak reference does not own its referent");
    TyObject *p1 = ct_take(tyWeakref_newProxy(s, NULL));
    TyObject *p2 = ct_take(tyWeakref_newProxy(s, NULL));
    cr_assert_eq(p1, p2);
    cr_assert_eq(TY_TYPE(p1), &TyProxy_Type, "a set is not callable");
    TyObject *rc = ct_take(tyWeakref_new(s, callback));
    cr_assert_neq(rc, r1, "a ref with a callback is never shared");
    cr_assert_eq(tyWeakref_count(s), 3);
}

Test(weakref, list_order_is_cpythons)
{
    TyObject *s = ct_take(tyFrozenSet_new(NULL));
    TyObject *older = ct_take(tyWeakref_new(s, callback));
    TyObject *proxy = ct_take(tyWeakref_newProxy(s, NULL));
    TyObject *newer = ct_take(tyWeakref_new(s, callback));
    TyObject *basic = ct_take(tyWeakref_new(s, NULL));
    /* The shared ref heads the list, then the shared proxy, then the
    ** others with the newest first. */
    cr_assert_eq(nth_ref(s, 0), basic);
    cr_assert_eq(nth_ref(s, 1), proxy);
    cr_assert_eq(nth_ref(s, 2), newer);
    cr_assert_eq(nth_ref(s, 3), older);
    cr_assert_eq(tyWeakref_count(s), 4);
}

Test(weakref, death_clears_then_calls_back_in_list_order)
{
    TyObject *s = tySet_new(NULL);
    TyObject *a = ct_take(tyWeakref_new(s, callback));
    TyObject *b = ct_take(tyWeakref_new(s, callback));
    TyObject *plain = ct_take(tyWeakref_new(s, NULL));
    TyObject *p = ct_take(tyWeakref_newProxy(s, NULL));
    TY_DECREF(s);
    cr_assert_null(tyWeakref_get(a));
    cr_assert_null(tyWeakref_get(b));
    cr_assert_null(tyWeakref_get(plain));
    cr_assert_null(tyWeakref_get(p));
    cr_assert_eq(TY_LIST_LEN(calls), 2, "only the refs with a callback call back");
    /* b is newer, so it comes first; both were already dead when called. */
    cr_assert_eq(TY_TUPLE_GET(TY_LIST_GET(calls, 0), 0), b);
    cr_assert_eq(TY_TUPLE_GET(TY_LIST_GET(calls, 1), 0), a);
    cr_assert_eq(TY_TUPLE_GET(TY_LIST_GET(calls, 0), 1), TY_TRUE);
    cr_assert_eq(TY_TUPLE_GET(TY_LIST_GET(calls, 1), 1), TY_TRUE);
    /* The callback is dropped once it has run. */
    cr_assert_null(((TyWeakref *)a)->callback);
    ct_assert_repr(ct_take(tyObj_callNoArgs(plain)), "None");
}

Test(weakref, a_ref_that_dies_first_unlinks_and_never_calls_back)
{
    TyObject *s = ct_take(tySet_new(NULL));
    TyObject *keep = ct_take(tyWeakref_new(s, callback));
    TyObject *gone = tyWeakref_new(s, callback);
    TyObject *middle = ct_take(tyWeakref_new(s, callback));
    cr_assert_eq(tyWeakref_count(s), 3);
    TY_DECREF(gone);
    cr_assert_eq(tyWeakref_count(s), 2);
    cr_assert_eq(nth_ref(s, 0), middle);
    cr_assert_eq(nth_ref(s, 1), keep);
    tyWeakref_clear(s);
    cr_assert_eq(TY_LIST_LEN(calls), 2);
    cr_assert_eq(tyWeakref_count(s), 0);
}

Test(weakref, callback_errors_are_unraisable_and_keep_the_current_exception)
{
    TyObject *s = tySet_new(NULL);
    TyObject *bad = ct_take(tyWeakref_new(s, ct_tmp_int(3)));
    TyObject *good = ct_take(tyWeakref_new(s, callback));
    tyErr_setString(&TyExc_KeyError, "pending");
    /* The report goes to stderr: catch it in a file to check it. */
    FILE *report = tmpfile();
    cr_assert_not_null(report);
    fflush(stderr);
    int saved_stderr = dup(2);
    cr_assert(saved_stderr >= 0 && dup2(fileno(report), 2) == 2);
    TY_DECREF(s);
    fflush(stderr);
    dup2(saved_stderr, 2);
    close(saved_stderr);
    char text[256] = "";
    rewind(report);
    size_t n = fread(text, 1, sizeof text - 1, report);
    text[n] = '\0';
    fclose(report);
    cr_assert_str_eq(text, "Exception ignored in: 3\nTypeError: 'int' object is not callable\n");
    /* The int "callback" failed (not callable) and was reported; the
    ** other one still ran; the exception set before is still there. */
    cr_assert_eq(TY_LIST_LEN(calls), 1);
    cr_assert_eq(TY_TUPLE_GET(TY_LIST_GET(calls, 0), 0), good);
    cr_assert_null(tyWeakref_get(bad));
    ct_assert_err("KeyError: 'pending'");
}

Test(weakref, unsupported_types_raise)
{
    TyObject *l = ct_take(tyList_new(0));
    cr_assert_null(tyWeakref_new(l, NULL));
    ct_assert_err("TypeError: cannot create weak reference to 'list' object");
    cr_assert_null(tyWeakref_newProxy(ct_tmp_int(5), NULL));
    ct_assert_err("TypeError: cannot create weak reference to 'int' object");
    cr_assert_eq(tyWeakref_count(l), 0);
    ct_assert_repr(ct_take(tyWeakref_list(l)), "[]");
}

Test(weakref, hash_is_cached_across_death)
{
    TyObject *fs = tyFrozenSet_new(NULL);
    ty_hash expected = tyObj_hash(fs);
    TyObject *r = ct_take(tyWeakref_new(fs, NULL));
    cr_assert_eq(tyObj_hash(r), expected);
    TY_DECREF(fs);
    cr_assert_eq(tyObj_hash(r), expected, "the cached hash survives the referent");
    TyObject *fs2 = tyFrozenSet_new(NULL);
    TyObject *r2 = ct_take(tyWeakref_new(fs2, callback));
    TY_DECREF(fs2);
    cr_assert_eq(tyObj_hash(r2), -1);
    ct_assert_err("TypeError: weak object has gone away");
}

/* An instance of a fresh class C whose attribute `me` is itself. */
static TyObject *self_cycle(void)
{
    TyObject *name = ct_tmp_str("C");
    TyObject *bases = ct_take(tyTuple_new(0));
    TyObject *ns = ct_take(tyDict_new());
    TyObject *cls = ct_take(tyType_newClass(&TyType_Type, name, bases, ns));
    TyObject *obj = tyObj_callNoArgs(cls);
    cr_assert_not_null(obj);
    cr_assert_eq(tyObj_setAttrStr(obj, "me", obj), 0);
    return obj;
}

Test(weakref, collector_calls_back_only_for_live_refs)
{
    tyGC_collect(2);
    TyObject *obj = self_cycle();
    TyObject *outside = ct_take(tyWeakref_new(obj, callback));
    TyObject *inside = tyWeakref_new(obj, callback);
    cr_assert_eq(tyObj_setAttrStr(obj, "inside", inside), 0);
    TY_DECREF(inside);
    TY_DECREF(obj);
    cr_assert_not_null(tyWeakref_get(outside), "the cycle keeps itself alive");
    ssize_t found = tyGC_collect(2);
    cr_assert_null(tyWeakref_get(outside));
    cr_assert_eq(TY_LIST_LEN(calls), 1, "the ref inside the garbage does not call back");
    cr_assert_eq(TY_TUPLE_GET(TY_LIST_GET(calls, 0), 0), outside);
    /* The instance and the weakref inside it; the callback is still owned
    ** from outside, so it is not garbage. */
    cr_assert_eq(found, 2);
}

/* A callback bound to a list: empties it. */
static TyObject *empty_list(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *r = tyObj_callMethod(self, ct_tmp_str("clear"), NULL, 0);
    cr_assert_not_null(r);
    TY_DECREF(r);
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef empty_list_def = { "empty_list", empty_list, TY_METH_DEFAULT, NULL };

Test(weakref, collector_counts_refs_that_die_in_their_callback)
{
    tyGC_collect(2);
    TyObject *obj = self_cycle();
    TyObject *holder = ct_take(tyList_new(0));
    TyObject *cb = ct_take(tyCFunction_new(&empty_list_def, holder));
    /* The live holder is the weakref's only owner, until the callback
    ** empties it: the weakref then dies when the collector lets go. */
    TyObject *r = tyWeakref_new(obj, cb);
    cr_assert_eq(tyList_append(holder, r), 0);
    TY_DECREF(r);
    TY_DECREF(obj);
    cr_assert_eq(tyWeakref_count(obj), 1);
    ssize_t found = tyGC_collect(2);
    cr_assert_eq(TY_LIST_LEN(holder), 0, "the callback ran");
    /* The instance, plus the weakref that died after its callback. */
    cr_assert_eq(found, 2);
}
