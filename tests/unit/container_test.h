/*
** container_test.h — helpers shared by the container unit tests
** (test_list.c, test_tuple.c, test_dict.c, test_set.c).
**
** Temporary objects made with ct_tmp_* or handed to ct_take are released
** when the test ends (ct_teardown), so tests can nest calls freely and the
** leak checker still sees every reference returned.  ct_call calls a
** built-in method straight from the type's method table, so the methods
** are tested without the attribute machinery in between.
*/
#ifndef CONTAINER_TEST_H
#define CONTAINER_TEST_H

#include <criterion/criterion.h>
#include <stdarg.h>
#include <string.h>
#include "tally.h"
#include "lifecycle.h"

#define CT_MAX_TEMPS 4096
/* Stands for None in ct_tmp_slice. */
#define CT_NONE INT64_MIN

static TyObject *ct_temps[CT_MAX_TEMPS];
static int ct_ntemps;

/* Criterion runs each test in its own process: start the whole runtime. */
static void ct_setup(void)
{
    static char *argv[] = {"unit-tests", NULL};
    cr_assert_eq(tyLife_init(1, argv), 0, "the runtime did not start");
}

static void ct_teardown(void)
{
    while (ct_ntemps > 0)
        TY_DECREF(ct_temps[--ct_ntemps]);
    tyErr_clear();
    tyLife_fini();
}

/* Keep o (a new reference, not NULL) until the test ends; returns it. */
static inline TyObject *ct_take(TyObject *o)
{
    if (!o) {
        TyObject *exc = tyErr_fetch();
        TyObject *s = exc ? tyObj_str(exc) : NULL;
        cr_assert_fail("unexpected NULL: %s: %s", exc ? TY_TYPE(exc)->name : "no exception",
                       s ? TY_STR_UTF8(s) : "");
    }
    cr_assert_lt(ct_ntemps, CT_MAX_TEMPS);
    ct_temps[ct_ntemps++] = o;
    return o;
}

static inline TyObject *ct_int(int64_t v) { return tyInt_fromI64(v); }
static inline TyObject *ct_str(const char *s) { return tyStr_fromCStr(s); }
static inline TyObject *ct_tmp_int(int64_t v) { return ct_take(ct_int(v)); }
static inline TyObject *ct_tmp_str(const char *s) { return ct_take(ct_str(s)); }

static inline TyObject *ct_bound(int64_t v)
{
    return v == CT_NONE ? TY_NONE : ct_tmp_int(v);
}

/* slice(start, stop, step) with CT_NONE for None. */
static inline TyObject *ct_tmp_slice(int64_t start, int64_t stop, int64_t step)
{
    return ct_take(tySlice_new(ct_bound(start), ct_bound(stop), ct_bound(step)));
}

/* A tuple of n borrowed objects, kept until the test ends. */
static inline TyObject *ct_tmp_tuple(int n, ...)
{
    TyObject *t = tyTuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        TY_TUPLE_SET(t, i, TY_NEWREF(va_arg(ap, TyObject *)));
    va_end(ap);
    return ct_take(t);
}

/* self.name(*args) through the method table of self's type (or of self
** itself when it is a type, for class methods).  New reference or NULL. */
static inline TyObject *ct_call(TyObject *self, const char *name, int nargs, ...)
{
    TyObject *args[8];
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++)
        args[i] = va_arg(ap, TyObject *);
    va_end(ap);
    TyType *t = TY_TYPE(self) == &TyType_Type ? (TyType *)self : TY_TYPE(self);
    for (TyMethodDef *m = t->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, (size_t)nargs, NULL);
    cr_assert_fail("%s has no method %s", t->name, name);
    return NULL;
}

/* repr(o) must be `expected`. */
static inline void ct_assert_repr(TyObject *o, const char *expected)
{
    TyObject *r = tyObj_repr(o);
    cr_assert_not_null(r, "repr raised");
    char got[512];
    snprintf(got, sizeof got, "%s", TY_STR_UTF8(r));
    TY_DECREF(r);
    cr_assert_str_eq(got, expected, "repr is %s, expected %s", got, expected);
}

/* The current exception must print as "Type: message"; it is cleared. */
static inline void ct_assert_err(const char *expected)
{
    TyObject *exc = tyErr_fetch();
    cr_assert_not_null(exc, "no exception set; expected %s", expected);
    TyObject *s = tyObj_str(exc);
    cr_assert_not_null(s);
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %s", TY_TYPE(exc)->name, TY_STR_UTF8(s));
    TY_DECREF(s);
    TY_DECREF(exc);
    cr_assert_str_eq(buf, expected, "raised %s, expected %s", buf, expected);
}

/* The list of what iterating o gives, kept until the test ends. */
static inline TyObject *ct_tmp_list_of(TyObject *o)
{
    return ct_take(tyList_fromIterable(o));
}

#endif
