/*
** bisect.c — the `_bisect` module: binary search and insertion in a sorted
** sequence, the functions bisect.py takes from C when it can.
**
** Each follows CPython's _bisect: the same parameters (a, x, lo=0,
** hi=None, *, key=None), the same comparisons in the same order (only
** `<`, with x on the left for the right-hand search and on the right for
** the left-hand one), the key applied to the items but not to x for the
** searches and to x as well for the insertions, and list.insert for an
** exact list but a call of a.insert for anything else.
*/
#include "tally.h"
#include "modules/bisect.h"

static const char *const bisect_params[] = { "a", "x", "lo", "hi", "key", NULL };

/* The arguments of every function, borrowed, with lo and hi as C sizes
** (hi is len(a) when not given or None). */
typedef struct Search {
    TyObject *a, *x, *key;
    ssize_t lo, hi;
} Search;

/* 0, or -1 with the TypeError/ValueError CPython's argument parsing and
** checks give. */
static int parse(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, Search *s)
{
    TyObject *v[5];
    if (tyArg_unpack(fname, args, nargs, kwnames, bisect_params, 2, 4, v) < 0)
        return -1;
    s->a = v[0];
    s->x = v[1];
    s->key = v[4] && v[4] != TY_NONE ? v[4] : NULL;
    s->lo = 0;
    if (v[2] && (s->lo = tyNum_asSsize(v[2], NULL)) == -1 && tyErr_occurred())
        return -1;
    if (s->lo < 0) {
        tyErr_setString(&TyExc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (v[3] && v[3] != TY_NONE) {
        if ((s->hi = tyNum_asSsize(v[3], NULL)) == -1 && tyErr_occurred())
            return -1;
    } else {
        s->hi = -1;
    }
    /* As in CPython, hi=-1 also means the whole sequence. */
    if (s->hi == -1 && (s->hi = tyObj_length(s->a)) < 0)
        return -1;
    return 0;
}

/* a[i] as PySequence_GetItem gives it: new reference. */
static TyObject *item_at(TyObject *a, ssize_t i)
{
    if (!tyObj_isSequence(a))
        return tyErr_format(&TyExc_TypeError, TY_TYPE(a)->subscript ? "%s is not a sequence"
                                                                    : "'%s' object does not support indexing",
                            tyType_name(TY_TYPE(a)));
    TyObject *index = tyInt_fromI64(i);
    if (!index)
        return NULL;
    TyObject *item = tyObj_getItem(a, index);
    TY_DECREF(index);
    return item;
}

/* The insertion point of x (already keyed) in a[lo:hi]: after equal items
** when `right`, before them otherwise; -1 with an exception. */
static ssize_t search(const Search *s, TyObject *x, bool right)
{
    ssize_t lo = s->lo, hi = s->hi;
    while (lo < hi) {
        ssize_t mid = (ssize_t)(((size_t)lo + (size_t)hi) / 2);
        TyObject *item = item_at(s->a, mid);
        if (item && s->key)
            TY_SETREF(item, tyObj_callOneArg(s->key, item));
        if (!item)
            return -1;
        int less = right ? tyObj_richCompareBool(x, item, TY_LT) : tyObj_richCompareBool(item, x, TY_LT);
        TY_DECREF(item);
        if (less < 0)
            return -1;
        if (less == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static TyObject *bisect_call(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                             bool right)
{
    Search s;
    if (parse(fname, args, nargs, kwnames, &s) < 0)
        return NULL;
    ssize_t i = search(&s, s.x, right);
    return i < 0 ? NULL : tyInt_fromI64(i);
}

static TyObject *insort_call(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                             bool right)
{
    Search s;
    if (parse(fname, args, nargs, kwnames, &s) < 0)
        return NULL;
    TyObject *keyed = s.key ? tyObj_callOneArg(s.key, s.x) : TY_NEWREF(s.x);
    if (!keyed)
        return NULL;
    ssize_t i = search(&s, keyed, right);
    TY_DECREF(keyed);
    if (i < 0)
        return NULL;
    if (TY_LIST_CHECK_EXACT(s.a))
        return tyList_insert(s.a, i, s.x) < 0 ? NULL : tyNone_new();
    TyObject *index = tyInt_fromI64(i);
    if (!index)
        return NULL;
    TyObject *insert = tyObj_getAttrStr(s.a, "insert");
    TyObject *argv[2] = { index, s.x };
    TyObject *r = insert ? tyObj_call(insert, argv, 2, NULL) : NULL;
    TY_XDECREF(insert);
    TY_DECREF(index);
    if (!r)
        return NULL;
    TY_DECREF(r);
    return tyNone_new();
}

#define BISECT_FN(name, call, right)                                                              \
    static TyObject *bisect_##name(TyObject *self, TyObject *const *args, size_t nargs,           \
                                   TyObject *kwnames)                                             \
    {                                                                                             \
        return call(#name, args, nargs, kwnames, right);                                          \
    }
BISECT_FN(bisect_right, bisect_call, true)
BISECT_FN(bisect_left, bisect_call, false)
BISECT_FN(insort_right, insort_call, true)
BISECT_FN(insort_left, insort_call, false)

static TyMethodDef bisect_methods[] = {
    { "bisect_right", bisect_bisect_right, 0,
      "Return the index where to insert item x in list a, assuming a is sorted." },
    { "bisect_left", bisect_bisect_left, 0,
      "Return the index where to insert item x in list a, assuming a is sorted." },
    { "insort_right", bisect_insort_right, 0,
      "Insert item x in list a, and keep it sorted assuming a is sorted." },
    { "insort_left", bisect_insort_left, 0,
      "Insert item x in list a, and keep it sorted assuming a is sorted." },
    { NULL }
};

TyObject *tyBisect_create(void)
{
    return tyModule_new("_bisect", bisect_methods);
}
