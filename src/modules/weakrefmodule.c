/*
** weakrefmodule.c — the `weakref` module, with CPython 3.11's behaviour:
** ref and proxy (objects/weakref.c), getweakrefcount, getweakrefs, and
** what CPython writes in Python (Lib/weakref.py, Lib/_weakrefset.py):
** KeyedRef, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet
** and finalize.
**
** The weak containers keep their entries in a plain dict or set of weak
** references whose callback removes the entry, so an entry vanishes the
** moment its referent dies.  The callback is a built-in function bound to
** a weak reference to the container (CPython's `selfref`), so it neither
** keeps the container alive nor makes a cycle.  While an iterator over a
** container is running, removals are queued and done when the last
** iterator finishes (CPython's _IterationGuard), so a death during a loop
** never changes the table under the loop.  Like CPython's generators, an
** iterator does nothing until its first next().
**
** finalize objects live in a registry (CPython's finalize._registry); one
** is alive while registered.  Each is the callback of a weak reference to
** its object, so the object's death calls it.
*/
#include "tally.h"
#include "objects/weakref.h"
#include "objects/set.h"
#include "objects/genericalias.h"
#include "modules/weakrefmodule.h"
#include "modules/atexit.h"

#define FN(name) static TyObject *name(TyObject *self, TyObject *const *args, size_t nargs, \
                                       TyObject *kwnames)

static TyObject *none(void)
{
    return TY_NEWREF(TY_NONE);
}

/* o.name(args...) for a method named by a C string: new reference. */
static TyObject *call_method(TyObject *o, const char *name, TyObject *const *args, size_t nargs)
{
    TyObject *m = tyObj_getAttrStr(o, name);
    if (!m)
        return NULL;
    TyObject *r = tyObj_call(m, args, nargs, NULL);
    TY_DECREF(m);
    return r;
}

/* The keyword arguments of a call as a new dict (empty when none). */
static TyObject *kwargs_dict(TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *d = tyDict_new();
    for (ssize_t i = 0; d && kwnames && i < TY_TUPLE_LEN(kwnames); i++) {
        if (tyDict_setItem(d, TY_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0)
            TY_CLEAR(d);
    }
    return d;
}

static TyObject *class_getitem(TyObject *cls, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return tyGenericAlias_new(cls, args[0]);
}

/* ---- KeyedRef ------------------------------------------------------------------ */

/* A ref that remembers the key it is stored under (WeakValueDictionary's
** values), so its callback knows which entry to drop. */
typedef struct TyKeyedRef {
    TyWeakref ref;
    TyObject *key;
} TyKeyedRef;

static TyType TyKeyedRef_Type;

/* A KeyedRef of `type` to obj: new reference. */
static TyObject *keyedref_make(TyType *type, TyObject *obj, TyObject *callback, TyObject *key)
{
    TyKeyedRef *r = (TyKeyedRef *)tyWeakref_newSubtype(type, obj, callback);
    if (r)
        r->key = TY_NEWREF(key);
    return (TyObject *)r;
}

/* KeyedRef.__new__ / __init__ take exactly (ob, callback, key), with the
** messages of their Python definitions.  0 / -1. */
static int keyedref_args(const char *method, size_t nargs, TyObject *kwnames)
{
    static const char *const missing[] = {
        "3 required positional arguments: 'ob', 'callback', and 'key'",
        "2 required positional arguments: 'callback' and 'key'",
        "1 required positional argument: 'key'",
    };
    if (tyArg_noKeywords("KeyedRef", kwnames) < 0)
        return -1;
    if (nargs < 3)
        tyErr_format(&TyExc_TypeError, "KeyedRef.%s() missing %s", method, missing[nargs]);
    else if (nargs > 3)
        tyErr_format(&TyExc_TypeError, "KeyedRef.%s() takes 4 positional arguments but %zu were given",
                     method, nargs + 1);
    return nargs == 3 ? 0 : -1;
}

static TyObject *keyedref_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (keyedref_args("__new__", nargs, kwnames) < 0)
        return NULL;
    return keyedref_make(type, args[0], args[1], args[2]);
}

static int keyedref_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return keyedref_args("__init__", nargs, kwnames);
}

/* The subtypes' deallocs unlink the reference (ReferenceType's clear)
** before releasing their own fields, whose deallocation may run code. */
static void keyedref_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TyWeakref_Type.clear(o);
    TY_CLEAR(((TyKeyedRef *)o)->key);
    TyWeakref_Type.dealloc(o);
}

static int keyedref_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *key = ((TyKeyedRef *)o)->key;
    if (key && visit(key, arg))
        return 1;
    return TyWeakref_Type.traverse(o, visit, arg);
}

static int keyedref_clear(TyObject *o)
{
    TY_CLEAR(((TyKeyedRef *)o)->key);
    return TyWeakref_Type.clear(o);
}

static TyObject *keyedref_get_key(TyObject *o)
{
    TyObject *key = ((TyKeyedRef *)o)->key;
    if (!key)
        return tyErr_setString(&TyExc_AttributeError, "'KeyedRef' object has no attribute 'key'");
    return TY_NEWREF(key);
}

static int keyedref_set_key(TyObject *o, TyObject *value)
{
    TY_XINCREF(value);
    TY_XSETREF(((TyKeyedRef *)o)->key, value);
    return 0;
}

static TyGetSetDef keyedref_getset[] = {
    { "key", keyedref_get_key, keyedref_set_key, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType TyKeyedRef_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.KeyedRef",
    .basicsize = sizeof(TyKeyedRef),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .base = &TyWeakref_Type,
    .dealloc = keyedref_dealloc,
    .traverse = keyedref_traverse,
    .clear = keyedref_clear,
    .tp_new = keyedref_new,
    .tp_init = keyedref_init,
    .getset = keyedref_getset,
    .doc = "Specialized reference that includes a key corresponding to the value.",
};

/* ---- WeakMethod ------------------------------------------------------------------ */

/*
** A weak reference to a bound method: it refers weakly to the instance
** (as a ref) and to the function (func_ref), and rebuilds the method when
** called.  It dies when either dies; the user's callback then runs once.
*/
typedef struct TyWeakMethod {
    TyWeakref ref;
    TyObject *func_ref;    /* ref to __func__, sharing the callback */
    TyObject *meth_type;   /* type(method), called as meth_type(func, obj) */
    bool alive;
    TyObject *weakreflist;
} TyWeakMethod;

static TyType TyWeakMethod_Type;

/* The callback of both weak references of a WeakMethod; bound to the
** tuple (weakref to the WeakMethod, user callback or None). */
FN(weakmethod_died)
{
    TyObject *wm = tyWeakref_get(TY_TUPLE_GET(self, 0));
    TyObject *callback = TY_TUPLE_GET(self, 1);
    if (!wm || !((TyWeakMethod *)wm)->alive)
        return none();
    ((TyWeakMethod *)wm)->alive = false;
    if (callback == TY_NONE)
        return none();
    TY_INCREF(wm);
    TyObject *r = tyObj_callOneArg(callback, wm);
    TY_DECREF(wm);
    if (!r)
        return NULL;
    TY_DECREF(r);
    return none();
}

static TyMethodDef weakmethod_died_def = { "_cb", weakmethod_died, TY_METH_DEFAULT, NULL };

static TyObject *weakmethod_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "meth", "callback", NULL };
    TyObject *a[2];
    if (tyArg_unpack("WeakMethod", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *meth = a[0], *callback = a[1] ? a[1] : TY_NONE;
    TyObject *obj = tyObj_getAttrStr(meth, "__self__");
    TyObject *func = obj ? tyObj_getAttrStr(meth, "__func__") : NULL;
    if (!func) {
        TY_XDECREF(obj);
        if (!tyErr_exceptionMatches(&TyExc_AttributeError))
            return NULL;
        tyErr_clear();
        return tyErr_format(&TyExc_TypeError, "argument should be a bound method, not %R",
                            (TyObject *)TY_TYPE(meth));
    }
    TyWeakMethod *wm = (TyWeakMethod *)tyWeakref_newSubtype(type, obj, NULL);
    TyObject *self_ref = wm ? tyWeakref_new((TyObject *)wm, NULL) : NULL;
    TyObject *holder = self_ref ? tyTuple_pack(2, self_ref, callback) : NULL;
    TyObject *cb = holder ? tyCFunction_new(&weakmethod_died_def, holder) : NULL;
    if (cb) {
        wm->ref.callback = TY_NEWREF(cb);
        wm->func_ref = tyWeakref_new(func, cb);
        wm->meth_type = TY_NEWREF(TY_TYPE(meth));
        wm->alive = true;
    }
    TY_XDECREF(self_ref);
    TY_XDECREF(holder);
    TY_XDECREF(cb);
    TY_DECREF(obj);
    TY_DECREF(func);
    if (wm && !wm->func_ref)
        TY_CLEAR(wm);
    return (TyObject *)wm;
}

static int weakmethod_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return 0;
}

static void weakmethod_dealloc(TyObject *o)
{
    TyWeakMethod *wm = (TyWeakMethod *)o;
    tyGC_untrack(o);
    if (wm->weakreflist)
        tyWeakref_clear(o);
    TyWeakref_Type.clear(o);
    TY_CLEAR(wm->func_ref);
    TY_CLEAR(wm->meth_type);
    TyWeakref_Type.dealloc(o);
}

static int weakmethod_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyWeakMethod *wm = (TyWeakMethod *)o;
    if (wm->func_ref && visit(wm->func_ref, arg))
        return 1;
    if (wm->meth_type && visit(wm->meth_type, arg))
        return 1;
    return TyWeakref_Type.traverse(o, visit, arg);
}

static int weakmethod_clear(TyObject *o)
{
    TyWeakMethod *wm = (TyWeakMethod *)o;
    TY_CLEAR(wm->func_ref);
    TY_CLEAR(wm->meth_type);
    return TyWeakref_Type.clear(o);
}

static TyObject *weakmethod_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyWeakMethod *wm = (TyWeakMethod *)self;
    TyObject *obj = TyWeakref_Type.call(self, args, nargs, kwnames);
    if (!obj)
        return NULL;
    TyObject *func = wm->func_ref ? tyWeakref_get(wm->func_ref) : NULL;
    if (obj == TY_NONE || !func) {
        TY_DECREF(obj);
        return none();
    }
    TY_INCREF(func);
    TyObject *margs[2] = { func, obj };
    TyObject *r = wm->meth_type == (TyObject *)&TyMethod_Type ? tyMethod_new(func, obj)
                                                              : tyObj_call(wm->meth_type, margs, 2, NULL);
    TY_DECREF(func);
    TY_DECREF(obj);
    return r;
}

/* Equal when both are alive and refer to equal instances and functions;
** a dead WeakMethod equals only itself. */
static TyObject *weakmethod_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_IS_INSTANCE(a, &TyWeakMethod_Type) ||
        !TY_IS_INSTANCE(b, &TyWeakMethod_Type))
        return TY_NEWREF(TY_NOTIMPL);
    TyWeakMethod *x = (TyWeakMethod *)a, *y = (TyWeakMethod *)b;
    if (!x->alive || !y->alive)
        return tyBool_from((a == b) == (op == TY_EQ));
    /* == needs both parts equal; != either part different. */
    TyObject *r = TyWeakref_Type.richcompare(a, b, op);
    if (!r)
        return NULL;
    int t = tyObj_isTrue(r);
    if (t < 0) {
        TY_DECREF(r);
        return NULL;
    }
    if (t == (op == TY_NE))
        return r;
    TY_DECREF(r);
    return tyObj_richCompare(x->func_ref, y->func_ref, op);
}

static TyType TyWeakMethod_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.WeakMethod",
    .basicsize = sizeof(TyWeakMethod),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .base = &TyWeakref_Type,
    .weaklistoffset = offsetof(TyWeakMethod, weakreflist),
    .dealloc = weakmethod_dealloc,
    .hash = tyWeakref_hash,
    .richcompare = weakmethod_richcompare,
    .call = weakmethod_call,
    .traverse = weakmethod_traverse,
    .clear = weakmethod_clear,
    .tp_new = weakmethod_new,
    .tp_init = weakmethod_init,
    .doc = "A custom `weakref.ref` subclass which simulates a weak reference to\n"
           "a bound method, working around the lifetime problem of bound methods.",
};

/* ---- the weak containers ------------------------------------------------------- */

typedef enum { WEAK_VALUES, WEAK_KEYS, WEAK_SET } WeakKind;

typedef struct TyWeakContainer {
    TyObject ob;
    WeakKind kind;
    /* WEAK_VALUES: key -> KeyedRef(value); WEAK_KEYS: ref(key) -> value;
    ** WEAK_SET: a set of ref(item). */
    TyObject *data;
    TyObject *remove;       /* the callback of every weak reference made here */
    TyObject *pending;      /* list of entries to remove when iteration ends */
    ssize_t iterating;      /* iterators between their first and last item */
    bool dirty_len;         /* WEAK_KEYS: pending may name entries already gone */
    TyObject *dict;         /* instance attributes (these are plain classes in CPython) */
    TyObject *weakreflist;
} TyWeakContainer;

static TyType TyWeakValueDictionary_Type, TyWeakKeyDictionary_Type, TyWeakSet_Type;

#define CONTAINER(o) ((TyWeakContainer *)(o))

/* Remove the entry whose weak reference died: for a value dict only if the
** key still maps to a dead reference (the key may have been rebound since);
** for the others the dead reference is itself the key.  0 / -1. */
static int remove_entry(TyWeakContainer *c, TyObject *key)
{
    if (c->kind == WEAK_SET)
        return tySet_discard(c->data, key) < 0 ? -1 : 0;
    if (c->kind == WEAK_KEYS)
        return tyDict_pop(c->data, key, NULL) < 0 ? -1 : 0;
    TyObject *v = tyDict_getItem(c->data, key);
    if (!v)
        return tyErr_occurred() ? -1 : 0;
    if (TY_WEAKREF_CHECK_REF(v) && !tyWeakref_get(v))
        return tyDict_delItem(c->data, key);
    return 0;
}

static int commit_removals(TyWeakContainer *c)
{
    while (TY_LIST_LEN(c->pending) > 0) {
        ssize_t last = TY_LIST_LEN(c->pending) - 1;
        TyObject *key = TY_NEWREF(TY_LIST_GET(c->pending, last));
        TyObject *popped = call_method(c->pending, "pop", NULL, 0);
        TY_XDECREF(popped);
        int r = popped ? remove_entry(c, key) : -1;
        TY_DECREF(key);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int commit_if_pending(TyWeakContainer *c)
{
    return TY_LIST_LEN(c->pending) ? commit_removals(c) : 0;
}

/* The callback: bound to a weak reference to the container. */
FN(container_remove)
{
    TyObject *owner = tyWeakref_get(self);
    if (!owner || nargs != 1 || !CONTAINER(owner)->data || !CONTAINER(owner)->pending)
        return none();
    TyWeakContainer *c = CONTAINER(owner);
    TyObject *key = args[0];
    if (c->kind == WEAK_VALUES) {
        if (!TY_IS_INSTANCE(key, &TyKeyedRef_Type) || !((TyKeyedRef *)key)->key)
            return none();
        key = ((TyKeyedRef *)key)->key;
    }
    TY_INCREF(owner);
    int r = c->iterating ? tyList_append(c->pending, key) : remove_entry(c, key);
    TY_DECREF(owner);
    return r < 0 ? NULL : none();
}

static TyMethodDef container_remove_def = { "remove", container_remove, TY_METH_DEFAULT, NULL };

static TyObject *container_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyWeakContainer *c = (TyWeakContainer *)tyType_genericAlloc(type, 0);
    if (!c)
        return NULL;
    c->kind = tyType_isSubtype(type, &TyWeakSet_Type) ? WEAK_SET
              : tyType_isSubtype(type, &TyWeakKeyDictionary_Type) ? WEAK_KEYS : WEAK_VALUES;
    c->data = c->kind == WEAK_SET ? tySet_new(NULL) : tyDict_new();
    c->pending = tyList_new(0);
    TyObject *self_ref = tyWeakref_new((TyObject *)c, NULL);
    if (self_ref) {
        c->remove = tyCFunction_new(&container_remove_def, self_ref);
        TY_DECREF(self_ref);
    }
    if (!c->data || !c->pending || !c->remove) {
        TY_DECREF(c);
        return NULL;
    }
    return (TyObject *)c;
}

static void container_dealloc(TyObject *o)
{
    TyWeakContainer *c = CONTAINER(o);
    tyGC_untrack(o);
    if (c->weakreflist)
        tyWeakref_clear(o);
    TY_CLEAR(c->data);
    TY_CLEAR(c->remove);
    TY_CLEAR(c->pending);
    TY_CLEAR(c->dict);
    tyObj_free(o);
}

static int container_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyWeakContainer *c = CONTAINER(o);
    TyObject *refs[] = { c->data, c->remove, c->pending, c->dict };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int container_clear(TyObject *o)
{
    TyWeakContainer *c = CONTAINER(o);
    TY_CLEAR(c->data);
    TY_CLEAR(c->remove);
    TY_CLEAR(c->pending);
    TY_CLEAR(c->dict);
    return 0;
}

static TyObject *container_get_dict(TyObject *o)
{
    TyWeakContainer *c = CONTAINER(o);
    if (!c->dict && !(c->dict = tyDict_new()))
        return NULL;
    return TY_NEWREF(c->dict);
}

static TyGetSetDef container_getset[] = {
    { "__dict__", container_get_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* Methods run on a container whose clear slot ran (a resurrected cycle)
** find no table; CPython's would raise AttributeError likewise. */
static int check_alive(TyWeakContainer *c)
{
    if (c->data && c->pending && c->remove)
        return 0;
    tyErr_format(&TyExc_AttributeError, "'%s' object has no attribute 'data'", tyType_name(TY_TYPE(c)));
    return -1;
}

/* "<WeakValueDictionary at 0x...>", with the class's own name. */
static TyObject *dict_repr(TyObject *o)
{
    TyObject *name = tyObj_getAttr((TyObject *)TY_TYPE(o), TY_ID(__name__));
    if (!name)
        return NULL;
    TyObject *r = tyStr_fromFormat("<%U at %p>", name, (void *)o);
    TY_DECREF(name);
    return r;
}

/* ---- iterators over the containers ----------------------------------------------- */

typedef enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS, ITER_REFS } IterKind;

/*
** CPython's iterators here are generators whose frame keeps the last
** referent they fetched in a local variable (`obj = wr()`), which keeps it
** alive until the next step; `held` plays that variable, for the kinds
** whose generator has one.
*/
typedef struct TyWeakIter {
    TyObject ob;
    TyWeakContainer *owner;
    TyObject *it;           /* over the table, from the first next() on */
    TyObject *held;
    IterKind kind;
    bool started, finished;
} TyWeakIter;

static TyType TyWeakIter_Type;

static TyObject *weakiter_new(TyObject *owner, IterKind kind)
{
    if (check_alive(CONTAINER(owner)) < 0)
        return NULL;
    TyWeakIter *w = (TyWeakIter *)tyGC_alloc(&TyWeakIter_Type);
    if (!w)
        return NULL;
    w->owner = (TyWeakContainer *)TY_NEWREF(owner);
    w->kind = kind;
    tyGC_track((TyObject *)w);
    return (TyObject *)w;
}

/* The iteration is over (exhausted, failed or abandoned): leave the guard
** and do the removals queued meanwhile once no iterator runs. */
static int weakiter_finish(TyWeakIter *w)
{
    w->finished = true;
    TY_CLEAR(w->it);
    TY_CLEAR(w->held);
    if (!w->started)
        return 0;
    TyWeakContainer *c = w->owner;
    if (--c->iterating > 0 || !c->pending)
        return 0;
    return commit_if_pending(c);
}

static int weakiter_start(TyWeakIter *w)
{
    TyWeakContainer *c = w->owner;
    if (check_alive(c) < 0)
        return -1;
    if (c->kind == WEAK_VALUES && commit_if_pending(c) < 0)
        return -1;
    TyObject *view = c->kind == WEAK_SET ? TY_NEWREF(c->data)
                     : w->kind == ITER_REFS ? call_method(c->data, "values", NULL, 0)
                                            : call_method(c->data, "items", NULL, 0);
    if (!view)
        return -1;
    w->it = tyObj_getIter(view);
    TY_DECREF(view);
    if (!w->it)
        return -1;
    w->started = true;
    c->iterating++;
    return 0;
}

/* Does CPython's generator for this iterator keep the referent it fetched
** in a variable?  (WeakValueDictionary.keys() and WeakKeyDictionary.values()
** only test it.) */
static bool weakiter_holds(TyWeakIter *w)
{
    if (w->kind == ITER_REFS)
        return false;
    if (w->owner->kind == WEAK_VALUES)
        return w->kind != ITER_KEYS;
    if (w->owner->kind == WEAK_KEYS)
        return w->kind != ITER_VALUES;
    return true;
}

/* The next entry whose referent is alive, shaped for the iterator's kind. */
static TyObject *weakiter_step(TyWeakIter *w)
{
    bool holds = weakiter_holds(w);
    for (;;) {
        TyObject *entry = tyIter_next(w->it);
        if (!entry)
            return NULL;
        if (w->owner->kind == WEAK_SET || w->kind == ITER_REFS) {
            if (w->kind == ITER_REFS)
                return entry;
            TyObject *item = tyWeakref_get(entry);
            TY_XINCREF(item);
            TY_DECREF(entry);
            TY_XSETREF(w->held, item ? TY_NEWREF(item) : NULL);
            if (item)
                return item;
            continue;
        }
        TyObject *k = TY_TUPLE_GET(entry, 0), *v = TY_TUPLE_GET(entry, 1);
        TyObject *wr = w->owner->kind == WEAK_VALUES ? v : k;
        TyObject *alive = TY_WEAKREF_CHECK(wr) ? tyWeakref_get(wr) : NULL;
        if (holds)
            TY_XSETREF(w->held, alive ? TY_NEWREF(alive) : NULL);
        TyObject *r = NULL;
        if (alive) {
            TyObject *key = w->owner->kind == WEAK_VALUES ? k : alive;
            TyObject *value = w->owner->kind == WEAK_VALUES ? alive : v;
            r = w->kind == ITER_KEYS ? TY_NEWREF(key)
                : w->kind == ITER_VALUES ? TY_NEWREF(value) : tyTuple_pack(2, key, value);
            if (!r) {
                TY_DECREF(entry);
                return NULL;
            }
        }
        TY_DECREF(entry);
        if (r)
            return r;
    }
}

static TyObject *weakiter_next(TyObject *o)
{
    TyWeakIter *w = (TyWeakIter *)o;
    if (w->finished)
        return NULL;
    if (!w->started && weakiter_start(w) < 0) {
        TyObject *saved = tyErr_fetch();
        weakiter_finish(w);
        tyErr_restore(saved);
        return NULL;
    }
    TyObject *r = weakiter_step(w);
    if (!r) {
        TyObject *saved = tyErr_fetch();
        if (weakiter_finish(w) < 0) {
            TY_XDECREF(saved);
            return NULL;
        }
        tyErr_restore(saved);
    }
    return r;
}

static TyObject *weakiter_iter(TyObject *o)
{
    return TY_NEWREF(o);
}

static void weakiter_dealloc(TyObject *o)
{
    TyWeakIter *w = (TyWeakIter *)o;
    tyGC_untrack(o);
    if (!w->finished && w->owner) {
        TyObject *saved = tyErr_fetch();
        if (weakiter_finish(w) < 0)
            tyErr_writeUnraisable(o);
        tyErr_restore(saved);
    }
    TY_CLEAR(w->it);
    TY_CLEAR(w->held);
    TY_CLEAR(w->owner);
    tyObj_free(o);
}

static int weakiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyWeakIter *w = (TyWeakIter *)o;
    if (w->owner && visit((TyObject *)w->owner, arg))
        return 1;
    if (w->held && visit(w->held, arg))
        return 1;
    return w->it ? visit(w->it, arg) : 0;
}

static int weakiter_clear(TyObject *o)
{
    TyWeakIter *w = (TyWeakIter *)o;
    if (!w->finished && w->owner && w->started)
        w->owner->iterating--;
    w->finished = true;
    TY_CLEAR(w->it);
    TY_CLEAR(w->held);
    TY_CLEAR(w->owner);
    return 0;
}

static TyType TyWeakIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.weak_iterator",
    .basicsize = sizeof(TyWeakIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = weakiter_dealloc,
    .iter = weakiter_iter,
    .iternext = weakiter_next,
    .traverse = weakiter_traverse,
    .clear = weakiter_clear,
};

#define ITER_METHOD(name, kind)                                          \
    FN(iter_##name)                                                      \
    {                                                                    \
        if (tyArg_noKeywords(#name, kwnames) < 0 ||                      \
            tyArg_checkPositional(#name, nargs, 0, 0) < 0)               \
            return NULL;                                                 \
        return weakiter_new(self, kind);                                 \
    }
ITER_METHOD(keys, ITER_KEYS)
ITER_METHOD(values, ITER_VALUES)
ITER_METHOD(items, ITER_ITEMS)
ITER_METHOD(itervaluerefs, ITER_REFS)

static TyObject *container_iter(TyObject *o)
{
    return weakiter_new(o, CONTAINER(o)->kind == WEAK_SET ? ITER_VALUES : ITER_KEYS);
}

/* ---- WeakValueDictionary ---------------------------------------------------------- */

/* d[key] = KeyedRef(value, remove, key).  0 / -1. */
static int wvd_store(TyWeakContainer *c, TyObject *key, TyObject *value)
{
    TyObject *r = keyedref_make(&TyKeyedRef_Type, value, c->remove, key);
    if (!r)
        return -1;
    int rc = tyDict_setItem(c->data, key, r);
    TY_DECREF(r);
    return rc;
}

/* Store every pair of other (a mapping with items(), else anything dict()
** accepts) and then of kwargs (may be NULL), through store. */
static int update_from(TyWeakContainer *c, TyObject *other, TyObject *kwargs,
                       int (*store)(TyWeakContainer *, TyObject *, TyObject *))
{
    TyObject *sources[2] = { other, kwargs };
    for (int s = 0; s < 2; s++) {
        TyObject *src = sources[s];
        if (!src || src == TY_NONE)
            continue;
        TyObject *items;
        int has = tyObj_lookupAttr(src, TY_ID(items), &items);
        if (has < 0)
            return -1;
        TyObject *mapping = NULL;
        if (!has) {
            mapping = tyObj_callOneArg((TyObject *)&TyDict_Type, src);
            items = mapping ? tyObj_getAttr(mapping, TY_ID(items)) : NULL;
            if (!items) {
                TY_XDECREF(mapping);
                return -1;
            }
        }
        TyObject *pairs = tyObj_callNoArgs(items);
        TY_DECREF(items);
        TyObject *it = pairs ? tyObj_getIter(pairs) : NULL;
        TY_XDECREF(pairs);
        if (!it) {
            TY_XDECREF(mapping);
            return -1;
        }
        TyObject *pair;
        int rc = 0;
        while (rc == 0 && (pair = tyIter_next(it))) {
            TyObject *t = tyTuple_fromIterable(pair);
            TY_DECREF(pair);
            if (!t || TY_TUPLE_LEN(t) != 2) {
                if (t)
                    tyErr_format(&TyExc_ValueError,
                                 TY_TUPLE_LEN(t) > 2 ? "too many values to unpack (expected 2)"
                                                     : "not enough values to unpack (expected 2, got %zd)",
                                 TY_TUPLE_LEN(t));
                TY_XDECREF(t);
                rc = -1;
                break;
            }
            rc = store(c, TY_TUPLE_GET(t, 0), TY_TUPLE_GET(t, 1));
            TY_DECREF(t);
        }
        TY_DECREF(it);
        TY_XDECREF(mapping);
        if (rc < 0 || tyErr_occurred())
            return -1;
    }
    return 0;
}

static int wvd_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs > 1) {
        tyErr_format(&TyExc_TypeError,
                     "WeakValueDictionary.__init__() takes from 1 to 2 positional arguments "
                     "but %zu were given",
                     nargs + 1);
        return -1;
    }
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return -1;
    TyObject *kwargs = kwnames ? kwargs_dict(args, nargs, kwnames) : NULL;
    if (kwnames && !kwargs)
        return -1;
    int r = commit_if_pending(c) < 0 ? -1 : update_from(c, nargs ? args[0] : NULL, kwargs, wvd_store);
    TY_XDECREF(kwargs);
    return r;
}

/* The live value under key: new reference, or NULL without an exception
** when the key is missing or its value died. */
static TyObject *wvd_lookup(TyWeakContainer *c, TyObject *key)
{
    if (check_alive(c) < 0 || commit_if_pending(c) < 0)
        return NULL;
    TyObject *wr = tyDict_getItem(c->data, key);
    if (!wr)
        return NULL;
    TyObject *o = TY_WEAKREF_CHECK(wr) ? tyWeakref_get(wr) : NULL;
    return o ? TY_NEWREF(o) : NULL;
}

static TyObject *wvd_getitem(TyObject *self, TyObject *key)
{
    TyObject *o = wvd_lookup(CONTAINER(self), key);
    if (!o && !tyErr_occurred())
        tyDict_setKeyError(key);
    return o;
}

static int wvd_setitem(TyObject *self, TyObject *key, TyObject *value)
{
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0 || commit_if_pending(c) < 0)
        return -1;
    if (!value)
        return tyDict_delItem(c->data, key);
    return wvd_store(c, key, value);
}

static int wvd_contains(TyObject *self, TyObject *key)
{
    TyObject *o = wvd_lookup(CONTAINER(self), key);
    if (!o)
        return tyErr_occurred() ? -1 : 0;
    TY_DECREF(o);
    return 1;
}

static ssize_t container_len(TyObject *self)
{
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return -1;
    if (c->kind == WEAK_VALUES) {
        if (commit_if_pending(c) < 0)
            return -1;
        return TY_DICT_LEN(c->data);
    }
    if (c->kind == WEAK_SET)
        return TY_SET_LEN(c->data) - TY_LIST_LEN(c->pending);
    /* Pending removals of keys deleted meanwhile must not count twice. */
    if (c->dirty_len && TY_LIST_LEN(c->pending)) {
        TyObject *kept = tyList_new(0);
        if (!kept)
            return -1;
        for (ssize_t i = 0; i < TY_LIST_LEN(c->pending); i++) {
            TyObject *k = TY_LIST_GET(c->pending, i);
            int in = tyDict_contains(c->data, k);
            if (in < 0 || (in && tyList_append(kept, k) < 0)) {
                TY_DECREF(kept);
                return -1;
            }
        }
        TY_SETREF(c->pending, kept);
        c->dirty_len = false;
    }
    return TY_DICT_LEN(c->data) - TY_LIST_LEN(c->pending);
}

FN(wvd_get)
{
    static const char *const names[] = { "key", "default", NULL };
    TyObject *a[2];
    if (tyArg_unpack("get", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *o = wvd_lookup(CONTAINER(self), a[0]);
    if (o || tyErr_occurred())
        return o;
    return TY_NEWREF(a[1] ? a[1] : TY_NONE);
}

/* A new WeakValueDictionary / WeakKeyDictionary holding the live entries
** of c (CPython's copy() makes the base class, not a subclass). */
static TyObject *dict_copy(TyWeakContainer *c)
{
    TyType *type = c->kind == WEAK_VALUES ? &TyWeakValueDictionary_Type : &TyWeakKeyDictionary_Type;
    TyObject *copy = container_new(type, NULL, 0, NULL);
    TyObject *it = copy ? weakiter_new((TyObject *)c, ITER_ITEMS) : NULL;
    if (!it) {
        TY_XDECREF(copy);
        return NULL;
    }
    TyObject *pair;
    while ((pair = tyIter_next(it))) {
        int r = tyObj_setItem(copy, TY_TUPLE_GET(pair, 0), TY_TUPLE_GET(pair, 1));
        TY_DECREF(pair);
        if (r < 0)
            break;
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        TY_CLEAR(copy);
    return copy;
}

FN(container_copy)
{
    if (tyArg_noKeywords("copy", kwnames) < 0 || tyArg_checkPositional("copy", nargs, 0, 0) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    if (c->kind == WEAK_SET)
        return tyObj_callOneArg((TyObject *)TY_TYPE(self), self);
    if (c->kind == WEAK_VALUES && commit_if_pending(c) < 0)
        return NULL;
    return dict_copy(c);
}

FN(wvd_valuerefs)
{
    if (tyArg_noKeywords("valuerefs", kwnames) < 0 || tyArg_checkPositional("valuerefs", nargs, 0, 0) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0 || commit_if_pending(c) < 0)
        return NULL;
    return tyDict_values(c->data);
}

FN(wvd_popitem)
{
    if (tyArg_noKeywords("popitem", kwnames) < 0 || tyArg_checkPositional("popitem", nargs, 0, 0) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0 || commit_if_pending(c) < 0)
        return NULL;
    c->dirty_len = true;
    for (;;) {
        TyObject *pair = call_method(c->data, "popitem", NULL, 0);
        if (!pair)
            return NULL;
        TyObject *wr = TY_TUPLE_GET(pair, c->kind == WEAK_VALUES ? 1 : 0);
        TyObject *o = TY_WEAKREF_CHECK(wr) ? tyWeakref_get(wr) : NULL;
        TyObject *r = NULL;
        if (o)
            r = c->kind == WEAK_VALUES ? tyTuple_pack(2, TY_TUPLE_GET(pair, 0), o)
                                       : tyTuple_pack(2, o, TY_TUPLE_GET(pair, 1));
        TY_DECREF(pair);
        if (r || tyErr_occurred())
            return r;
    }
}

FN(wvd_pop)
{
    if (tyArg_noKeywords("pop", kwnames) < 0 || tyArg_checkPositional("pop", nargs, 1, 2) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0 || commit_if_pending(c) < 0)
        return NULL;
    TyObject *wr;
    int found = tyDict_pop(c->data, args[0], &wr);
    if (found < 0)
        return NULL;
    TyObject *o = found && TY_WEAKREF_CHECK(wr) ? tyWeakref_get(wr) : NULL;
    TY_XINCREF(o);
    if (found)
        TY_DECREF(wr);
    if (o)
        return o;
    if (nargs > 1)
        return TY_NEWREF(args[1]);
    tyDict_setKeyError(args[0]);
    return NULL;
}

FN(wvd_setdefault)
{
    static const char *const names[] = { "key", "default", NULL };
    TyObject *a[2];
    if (tyArg_unpack("setdefault", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    TyObject *dflt = a[1] ? a[1] : TY_NONE;
    TyObject *wr = tyDict_getItem(c->data, a[0]);
    if (!wr && tyErr_occurred())
        return NULL;
    TyObject *o = wr && TY_WEAKREF_CHECK(wr) ? tyWeakref_get(wr) : NULL;
    if (o)
        return TY_NEWREF(o);
    if (commit_if_pending(c) < 0 || wvd_store(c, a[0], dflt) < 0)
        return NULL;
    return TY_NEWREF(dflt);
}

/* update(other=None, /, **kwargs) of both weak dictionaries. */
static int wkd_store(TyWeakContainer *c, TyObject *key, TyObject *value);

FN(dict_update)
{
    if (nargs > 1)
        return tyErr_format(&TyExc_TypeError,
                            "update() takes from 1 to 2 positional arguments but %zu were given", nargs + 1);
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    TyObject *kwargs = kwnames ? kwargs_dict(args, nargs, kwnames) : NULL;
    if (kwnames && !kwargs)
        return NULL;
    int r;
    if (c->kind == WEAK_VALUES)
        r = commit_if_pending(c) < 0 ? -1 : update_from(c, nargs ? args[0] : NULL, kwargs, wvd_store);
    else
        r = update_from(c, nargs ? args[0] : NULL, kwargs, wkd_store);
    TY_XDECREF(kwargs);
    return r < 0 ? NULL : none();
}

/* MutableMapping.clear: popitem() until the dictionary is empty. */
FN(dict_clear)
{
    if (tyArg_noKeywords("clear", kwnames) < 0 || tyArg_checkPositional("clear", nargs, 0, 0) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0 || commit_if_pending(c) < 0)
        return NULL;
    tyDict_clear(c->data);
    return none();
}

/* Mapping.__eq__: equal to another mapping with the same live items. */
static bool is_mapping(TyObject *o)
{
    return TY_DICT_CHECK(o) || TY_IS_INSTANCE(o, &TyWeakValueDictionary_Type) ||
           TY_IS_INSTANCE(o, &TyWeakKeyDictionary_Type);
}

/* dict(o.items()) for a mapping o: new reference. */
static TyObject *as_plain_dict(TyObject *o)
{
    if (TY_DICT_CHECK(o))
        return tyDict_copy(o);
    TyObject *d = tyDict_new();
    TyObject *it = d ? weakiter_new(o, ITER_ITEMS) : NULL;
    if (!it) {
        TY_XDECREF(d);
        return NULL;
    }
    TyObject *pair;
    while ((pair = tyIter_next(it))) {
        int r = tyDict_setItem(d, TY_TUPLE_GET(pair, 0), TY_TUPLE_GET(pair, 1));
        TY_DECREF(pair);
        if (r < 0)
            break;
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        TY_CLEAR(d);
    return d;
}

static TyObject *dict_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !is_mapping(a) || !is_mapping(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *x = as_plain_dict(a);
    TyObject *y = x ? as_plain_dict(b) : NULL;
    TyObject *r = y ? tyObj_richCompare(x, y, op) : NULL;
    TY_XDECREF(x);
    TY_XDECREF(y);
    return r;
}

/* a | b: a copy of the weak dictionary updated with the other mapping;
** other | weak: a new one of the weak dictionary's class, updated with
** the other mapping and then the weak one. */
static TyObject *dict_or(TyObject *a, TyObject *b)
{
    bool a_weak = TY_IS_INSTANCE(a, &TyWeakValueDictionary_Type) ||
                  TY_IS_INSTANCE(a, &TyWeakKeyDictionary_Type);
    TyObject *weak = a_weak ? a : b, *other = a_weak ? b : a;
    if (!is_mapping(other))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *result = a_weak ? container_copy(weak, NULL, 0, NULL)
                              : tyObj_callNoArgs((TyObject *)TY_TYPE(weak));
    if (!result)
        return NULL;
    TyObject *order[2] = { other, a_weak ? NULL : weak };
    for (int i = 0; i < 2; i++) {
        if (!order[i])
            continue;
        TyObject *r = dict_update(result, &order[i], 1, NULL);
        if (!r) {
            TY_DECREF(result);
            return NULL;
        }
        TY_DECREF(r);
    }
    return result;
}

static TyObject *dict_ior(TyObject *a, TyObject *b)
{
    TyObject *r = dict_update(a, &b, 1, NULL);
    if (!r)
        return NULL;
    TY_DECREF(r);
    return TY_NEWREF(a);
}

static TyMethodDef wvd_methods[] = {
    { "get", wvd_get, TY_METH_DEFAULT, NULL },
    { "items", iter_items, TY_METH_DEFAULT, NULL },
    { "keys", iter_keys, TY_METH_DEFAULT, NULL },
    { "values", iter_values, TY_METH_DEFAULT, NULL },
    { "itervaluerefs", iter_itervaluerefs, TY_METH_DEFAULT, NULL },
    { "valuerefs", wvd_valuerefs, TY_METH_DEFAULT, NULL },
    { "copy", container_copy, TY_METH_DEFAULT, NULL },
    { "__copy__", container_copy, TY_METH_DEFAULT, NULL },
    { "popitem", wvd_popitem, TY_METH_DEFAULT, NULL },
    { "pop", wvd_pop, TY_METH_DEFAULT, NULL },
    { "setdefault", wvd_setdefault, TY_METH_DEFAULT, NULL },
    { "update", dict_update, TY_METH_DEFAULT, NULL },
    { "clear", dict_clear, TY_METH_DEFAULT, NULL },
    { "__class_getitem__", class_getitem, TY_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

#define CONTAINER_SLOTS                                              \
    .basicsize = sizeof(TyWeakContainer),                            \
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,                      \
    .weaklistoffset = offsetof(TyWeakContainer, weakreflist),        \
    .dictoffset = offsetof(TyWeakContainer, dict),                   \
    .dealloc = container_dealloc,                                    \
    .traverse = container_traverse,                                  \
    .clear = container_clear,                                        \
    .iter = container_iter,                                          \
    .length = container_len,                                         \
    .tp_new = container_new,                                         \
    .getset = container_getset

static TyType TyWeakValueDictionary_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.WeakValueDictionary",
    CONTAINER_SLOTS,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .tp_init = wvd_init,
    .subscript = wvd_getitem,
    .ass_subscript = wvd_setitem,
    .contains = wvd_contains,
    .binop[TY_BINOP_OR] = dict_or,
    .inplace[TY_BINOP_OR] = dict_ior,
    .methods = wvd_methods,
    .doc = "Mapping class that references values weakly.\n\n"
           "Entries in the dictionary will be discarded when no strong\n"
           "reference to the value exists anymore",
};

/* ---- WeakKeyDictionary ------------------------------------------------------------ */

/* data[ref(key, remove)] = value.  0 / -1. */
static int wkd_store(TyWeakContainer *c, TyObject *key, TyObject *value)
{
    TyObject *r = tyWeakref_new(key, c->remove);
    if (!r)
        return -1;
    int rc = tyDict_setItem(c->data, r, value);
    TY_DECREF(r);
    return rc;
}

static int wkd_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "dict", NULL };
    TyObject *a[1];
    if (tyArg_unpack("WeakKeyDictionary.__init__", args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return -1;
    return update_from(c, a[0], NULL, wkd_store);
}

static TyObject *wkd_getitem(TyObject *self, TyObject *key)
{
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    TyObject *r = tyWeakref_new(key, NULL);
    TyObject *v = r ? tyObj_getItem(c->data, r) : NULL;
    TY_XDECREF(r);
    return v;
}

static int wkd_setitem(TyObject *self, TyObject *key, TyObject *value)
{
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return -1;
    if (value)
        return wkd_store(c, key, value);
    c->dirty_len = true;
    TyObject *r = tyWeakref_new(key, NULL);
    int rc = r ? tyObj_delItem(c->data, r) : -1;
    TY_XDECREF(r);
    return rc;
}

/* item in a weak-keyed table: False for objects that cannot be weakly
** referenced (CPython catches the TypeError). */
static int weak_member(TyObject *table, TyObject *item)
{
    TyObject *r = tyWeakref_new(item, NULL);
    if (!r) {
        if (!tyErr_exceptionMatches(&TyExc_TypeError))
            return -1;
        tyErr_clear();
        return 0;
    }
    int in = tyObj_contains(table, r);
    TY_DECREF(r);
    return in;
}

static int wkd_contains(TyObject *self, TyObject *key)
{
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return -1;
    return weak_member(c->data, key);
}

FN(wkd_get)
{
    static const char *const names[] = { "key", "default", NULL };
    TyObject *a[2];
    if (tyArg_unpack("get", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    TyObject *r = tyWeakref_new(a[0], NULL);
    if (!r)
        return NULL;
    TyObject *v = tyDict_getItem(c->data, r);
    TY_DECREF(r);
    if (!v && tyErr_occurred())
        return NULL;
    return TY_NEWREF(v ? v : a[1] ? a[1] : TY_NONE);
}

FN(wkd_keyrefs)
{
    if (tyArg_noKeywords("keyrefs", kwnames) < 0 || tyArg_checkPositional("keyrefs", nargs, 0, 0) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    return tyDict_keys(c->data);
}

FN(wkd_pop)
{
    if (tyArg_noKeywords("pop", kwnames) < 0 || tyArg_checkPositional("pop", nargs, 1, 2) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    c->dirty_len = true;
    TyObject *r = tyWeakref_new(args[0], NULL);
    if (!r)
        return NULL;
    TyObject *v;
    int found = tyDict_pop(c->data, r, &v);
    if (found == 0) {
        if (nargs > 1)
            v = TY_NEWREF(args[1]);
        else
            tyDict_setKeyError(r);
    }
    TY_DECREF(r);
    return found < 0 ? NULL : found || nargs > 1 ? v : NULL;
}

FN(wkd_setdefault)
{
    static const char *const names[] = { "key", "default", NULL };
    TyObject *a[2];
    if (tyArg_unpack("setdefault", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyWeakContainer *c = CONTAINER(self);
    if (check_alive(c) < 0)
        return NULL;
    TyObject *r = tyWeakref_new(a[0], c->remove);
    if (!r)
        return NULL;
    TyObject *dflt = a[1] ? a[1] : TY_NONE;
    TyObject *v = tyDict_getItem(c->data, r);
    int rc = v || tyErr_occurred() ? 0 : tyDict_setItem(c->data, r, dflt);
    TY_DECREF(r);
    if (tyErr_occurred() || rc < 0)
        return NULL;
    return TY_NEWREF(v ? v : dflt);
}

static TyMethodDef wkd_methods[] = {
    { "get", wkd_get, TY_METH_DEFAULT, NULL },
    { "items", iter_items, TY_METH_DEFAULT, NULL },
    { "keys", iter_keys, TY_METH_DEFAULT, NULL },
    { "values", iter_values, TY_METH_DEFAULT, NULL },
    { "keyrefs", wkd_keyrefs, TY_METH_DEFAULT, NULL },
    { "copy", container_copy, TY_METH_DEFAULT, NULL },
    { "__copy__", container_copy, TY_METH_DEFAULT, NULL },
    { "popitem", wvd_popitem, TY_METH_DEFAULT, NULL },
    { "pop", wkd_pop, TY_METH_DEFAULT, NULL },
    { "setdefault", wkd_setdefault, TY_METH_DEFAULT, NULL },
    { "update", dict_update, TY_METH_DEFAULT, NULL },
    { "clear", dict_clear, TY_METH_DEFAULT, NULL },
    { "__class_getitem__", class_getitem, TY_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyWeakKeyDictionary_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.WeakKeyDictionary",
    CONTAINER_SLOTS,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .tp_init = wkd_init,
    .subscript = wkd_getitem,
    .ass_subscript = wkd_setitem,
    .contains = wkd_contains,
    .binop[TY_BINOP_OR] = dict_or,
    .inplace[TY_BINOP_OR] = dict_ior,
    .methods = wkd_methods,
    .doc = "Mapping class that references keys weakly.\n\n"
           "Entries in the dictionary will be discarded when there is no\n"
           "longer a strong reference to the key.",
};

/* ---- WeakSet ------------------------------------------------------------------------ */

#define WEAKSET(o) CONTAINER(o)

/* A new set of ref(item) (with the set's callback when `with_callback`)
** for every item of iterable. */
static TyObject *ref_set(TyWeakContainer *c, TyObject *iterable, bool with_callback)
{
    TyObject *it = tyObj_getIter(iterable);
    TyObject *s = it ? tySet_new(NULL) : NULL;
    if (!s) {
        TY_XDECREF(it);
        return NULL;
    }
    TyObject *item;
    while ((item = tyIter_next(it))) {
        TyObject *r = tyWeakref_new(item, with_callback ? c->remove : NULL);
        TY_DECREF(item);
        if (!r || tySet_add(s, r) < 0) {
            TY_XDECREF(r);
            break;
        }
        TY_DECREF(r);
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        TY_CLEAR(s);
    return s;
}

static int weakset_add_item(TyWeakContainer *c, TyObject *item)
{
    TyObject *r = tyWeakref_new(item, c->remove);
    if (!r)
        return -1;
    int rc = tySet_add(c->data, r);
    TY_DECREF(r);
    return rc;
}

static int weakset_update_from(TyWeakContainer *c, TyObject *iterable)
{
    if (commit_if_pending(c) < 0)
        return -1;
    TyObject *it = tyObj_getIter(iterable);
    if (!it)
        return -1;
    TyObject *item;
    while ((item = tyIter_next(it))) {
        int r = commit_if_pending(c) < 0 ? -1 : weakset_add_item(c, item);
        TY_DECREF(item);
        if (r < 0)
            break;
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

static int weakset_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "data", NULL };
    TyObject *a[1];
    if (tyArg_unpack("WeakSet.__init__", args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    TyWeakContainer *c = WEAKSET(self);
    if (check_alive(c) < 0)
        return -1;
    return a[0] && a[0] != TY_NONE ? weakset_update_from(c, a[0]) : 0;
}

static int weakset_contains(TyObject *self, TyObject *item)
{
    TyWeakContainer *c = WEAKSET(self);
    if (check_alive(c) < 0)
        return -1;
    return weak_member(c->data, item);
}

static TyObject *weakset_repr(TyObject *self)
{
    TyWeakContainer *c = WEAKSET(self);
    if (check_alive(c) < 0)
        return NULL;
    return tyObj_repr(c->data);
}

/* The methods taking one argument. */
static int one_arg(const char *name, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkPositional(name, nargs, 1, 1) < 0)
        return -1;
    return 0;
}

static TyWeakContainer *weakset_ready(TyObject *self)
{
    TyWeakContainer *c = WEAKSET(self);
    return check_alive(c) < 0 || commit_if_pending(c) < 0 ? NULL : c;
}

FN(weakset_add)
{
    TyWeakContainer *c;
    if (one_arg("add", nargs, kwnames) < 0 || !(c = weakset_ready(self)))
        return NULL;
    return weakset_add_item(c, args[0]) < 0 ? NULL : none();
}

FN(weakset_clear)
{
    TyWeakContainer *c;
    if (tyArg_noKeywords("clear", kwnames) < 0 || tyArg_checkPositional("clear", nargs, 0, 0) < 0 ||
        !(c = weakset_ready(self)))
        return NULL;
    tySet_clear(c->data);
    return none();
}

FN(weakset_pop)
{
    TyWeakContainer *c;
    if (tyArg_noKeywords("pop", kwnames) < 0 || tyArg_checkPositional("pop", nargs, 0, 0) < 0 ||
        !(c = weakset_ready(self)))
        return NULL;
    for (;;) {
        if (TY_SET_LEN(c->data) == 0) {
            TyObject *msg = tyStr_fromCStr("pop from empty WeakSet");
            if (msg) {
                tyDict_setKeyError(msg);
                TY_DECREF(msg);
            }
            return NULL;
        }
        TyObject *r = call_method(c->data, "pop", NULL, 0);
        if (!r)
            return NULL;
        TyObject *item = tyWeakref_get(r);
        TY_XINCREF(item);
        TY_DECREF(r);
        if (item)
            return item;
    }
}

/* remove / discard: the shared ref(item) finds the entry (refs to the
** same live object are equal). */
static TyObject *weakset_drop(TyObject *self, TyObject *item, bool must_exist)
{
    TyWeakContainer *c = weakset_ready(self);
    if (!c)
        return NULL;
    TyObject *r = tyWeakref_new(item, NULL);
    if (!r)
        return NULL;
    int found = tySet_discard(c->data, r);
    if (found == 0 && must_exist)
        tyDict_setKeyError(r);
    TY_DECREF(r);
    return found < 0 || (found == 0 && must_exist) ? NULL : none();
}

FN(weakset_remove)
{
    return one_arg("remove", nargs, kwnames) < 0 ? NULL : weakset_drop(self, args[0], true);
}

FN(weakset_discard)
{
    return one_arg("discard", nargs, kwnames) < 0 ? NULL : weakset_drop(self, args[0], false);
}

FN(weakset_update)
{
    TyWeakContainer *c = WEAKSET(self);
    if (one_arg("update", nargs, kwnames) < 0 || check_alive(c) < 0)
        return NULL;
    return weakset_update_from(c, args[0]) < 0 ? NULL : none();
}

/* The in-place operations on the set of refs: -=, &=, ^=. */
static int weakset_isub_impl(TyWeakContainer *c, TyObject *self, TyObject *other)
{
    if (commit_if_pending(c) < 0)
        return -1;
    if (self == other) {
        tySet_clear(c->data);
        return 0;
    }
    TyObject *refs = ref_set(c, other, false);
    int r = refs ? tySet_differenceUpdate(c->data, refs) : -1;
    TY_XDECREF(refs);
    return r;
}

static int weakset_iand_impl(TyWeakContainer *c, TyObject *other)
{
    if (commit_if_pending(c) < 0)
        return -1;
    TyObject *refs = ref_set(c, other, false);
    TyObject *r = refs ? call_method(c->data, "intersection_update", &refs, 1) : NULL;
    TY_XDECREF(refs);
    TY_XDECREF(r);
    return r ? 0 : -1;
}

static int weakset_ixor_impl(TyWeakContainer *c, TyObject *self, TyObject *other)
{
    if (commit_if_pending(c) < 0)
        return -1;
    if (self == other) {
        tySet_clear(c->data);
        return 0;
    }
    TyObject *refs = ref_set(c, other, true);
    int r = refs ? tySet_symmetricDifferenceUpdate(c->data, refs) : -1;
    TY_XDECREF(refs);
    return r;
}

FN(weakset_difference_update)
{
    TyWeakContainer *c = WEAKSET(self);
    if (one_arg("difference_update", nargs, kwnames) < 0 || check_alive(c) < 0 ||
        weakset_isub_impl(c, self, args[0]) < 0)
        return NULL;
    return none();
}

FN(weakset_intersection_update)
{
    TyWeakContainer *c = WEAKSET(self);
    if (one_arg("intersection_update", nargs, kwnames) < 0 || check_alive(c) < 0 ||
        weakset_iand_impl(c, args[0]) < 0)
        return NULL;
    return none();
}

FN(weakset_symmetric_difference_update)
{
    TyWeakContainer *c = WEAKSET(self);
    if (one_arg("symmetric_difference_update", nargs, kwnames) < 0 || check_alive(c) < 0 ||
        weakset_ixor_impl(c, self, args[0]) < 0)
        return NULL;
    return none();
}

/* A new set of self's class holding the given items (a list). */
static TyObject *weakset_of_class(TyObject *self, TyObject *items)
{
    return tyObj_callOneArg((TyObject *)TY_TYPE(self), items);
}

/* copy(), then apply an in-place operation to the copy. */
static TyObject *weakset_copy_then(TyObject *self, TyObject *other,
                                   int (*op)(TyWeakContainer *, TyObject *, TyObject *))
{
    TyObject *copy = weakset_of_class(self, self);
    if (!copy)
        return NULL;
    if (op(WEAKSET(copy), copy, other) < 0)
        TY_CLEAR(copy);
    return copy;
}

FN(weakset_difference)
{
    if (one_arg("difference", nargs, kwnames) < 0 || check_alive(WEAKSET(self)) < 0)
        return NULL;
    return weakset_copy_then(self, args[0], weakset_isub_impl);
}

FN(weakset_symmetric_difference)
{
    if (one_arg("symmetric_difference", nargs, kwnames) < 0 || check_alive(WEAKSET(self)) < 0)
        return NULL;
    return weakset_copy_then(self, args[0], weakset_ixor_impl);
}

/* self.__class__(item for item in other if item in self) */
static TyObject *weakset_intersection_impl(TyObject *self, TyObject *other)
{
    TyObject *it = tyObj_getIter(other);
    TyObject *kept = it ? tyList_new(0) : NULL;
    if (!kept) {
        TY_XDECREF(it);
        return NULL;
    }
    TyObject *item;
    while ((item = tyIter_next(it))) {
        int in = weakset_contains(self, item);
        if (in < 0 || (in && tyList_append(kept, item) < 0)) {
            TY_DECREF(item);
            break;
        }
        TY_DECREF(item);
    }
    TY_DECREF(it);
    TyObject *r = tyErr_occurred() ? NULL : weakset_of_class(self, kept);
    TY_DECREF(kept);
    return r;
}

FN(weakset_intersection)
{
    if (one_arg("intersection", nargs, kwnames) < 0 || check_alive(WEAKSET(self)) < 0)
        return NULL;
    return weakset_intersection_impl(self, args[0]);
}

/* self.__class__(e for s in (self, other) for e in s) */
static TyObject *weakset_union_impl(TyObject *self, TyObject *other)
{
    TyObject *all = tyList_fromIterable(self);
    if (!all)
        return NULL;
    if (tyList_extend(all, other) < 0) {
        TY_DECREF(all);
        return NULL;
    }
    TyObject *r = weakset_of_class(self, all);
    TY_DECREF(all);
    return r;
}

FN(weakset_union)
{
    if (one_arg("union", nargs, kwnames) < 0 || check_alive(WEAKSET(self)) < 0)
        return NULL;
    return weakset_union_impl(self, args[0]);
}

FN(weakset_isdisjoint)
{
    if (one_arg("isdisjoint", nargs, kwnames) < 0 || check_alive(WEAKSET(self)) < 0)
        return NULL;
    TyObject *common = weakset_intersection_impl(self, args[0]);
    if (!common)
        return NULL;
    ssize_t n = tyObj_length(common);
    TY_DECREF(common);
    return n < 0 ? NULL : tyBool_from(n == 0);
}

/* issubset / issuperset / < / > against the refs of any iterable. */
static TyObject *weakset_compare_refs(TyObject *self, TyObject *other, int op)
{
    TyWeakContainer *c = WEAKSET(self);
    if (check_alive(c) < 0)
        return NULL;
    TyObject *refs = ref_set(c, other, false);
    if (!refs)
        return NULL;
    TyObject *r = tyObj_richCompare(c->data, refs, op);
    TY_DECREF(refs);
    return r;
}

FN(weakset_issubset)
{
    return one_arg("issubset", nargs, kwnames) < 0 ? NULL : weakset_compare_refs(self, args[0], TY_LE);
}

FN(weakset_issuperset)
{
    return one_arg("issuperset", nargs, kwnames) < 0 ? NULL : weakset_compare_refs(self, args[0], TY_GE);
}

static TyObject *weakset_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_IS_INSTANCE(a, &TyWeakSet_Type))
        return TY_NEWREF(TY_NOTIMPL);
    if (op == TY_EQ || op == TY_NE) {
        /* __eq__ wants an instance of the same class; != inverts it. */
        if (!TY_IS_INSTANCE(b, TY_TYPE(a)))
            return TY_NEWREF(TY_NOTIMPL);
        TyObject *r = weakset_compare_refs(a, b, TY_EQ);
        if (!r || op == TY_EQ)
            return r;
        int t = tyObj_isTrue(r);
        TY_DECREF(r);
        return t < 0 ? NULL : tyBool_from(!t);
    }
    return weakset_compare_refs(a, b, op);
}

/* The operators are the methods themselves: any iterable on the right. */
static TyObject *weakset_binop(TyObject *a, TyObject *b, int op)
{
    if (!TY_IS_INSTANCE(a, &TyWeakSet_Type) || check_alive(WEAKSET(a)) < 0)
        return tyErr_occurred() ? NULL : TY_NEWREF(TY_NOTIMPL);
    switch (op) {
    case TY_BINOP_SUB: return weakset_copy_then(a, b, weakset_isub_impl);
    case TY_BINOP_XOR: return weakset_copy_then(a, b, weakset_ixor_impl);
    case TY_BINOP_AND: return weakset_intersection_impl(a, b);
    default: return weakset_union_impl(a, b);
    }
}

static TyObject *weakset_sub(TyObject *a, TyObject *b) { return weakset_binop(a, b, TY_BINOP_SUB); }
static TyObject *weakset_xor(TyObject *a, TyObject *b) { return weakset_binop(a, b, TY_BINOP_XOR); }
static TyObject *weakset_and(TyObject *a, TyObject *b) { return weakset_binop(a, b, TY_BINOP_AND); }
static TyObject *weakset_or(TyObject *a, TyObject *b) { return weakset_binop(a, b, TY_BINOP_OR); }

static TyObject *weakset_inplace(TyObject *a, TyObject *b, int op)
{
    TyWeakContainer *c = WEAKSET(a);
    if (check_alive(c) < 0)
        return NULL;
    int r = op == TY_BINOP_SUB ? weakset_isub_impl(c, a, b)
            : op == TY_BINOP_XOR ? weakset_ixor_impl(c, a, b)
            : op == TY_BINOP_AND ? weakset_iand_impl(c, b) : weakset_update_from(c, b);
    return r < 0 ? NULL : TY_NEWREF(a);
}

static TyObject *weakset_isub(TyObject *a, TyObject *b) { return weakset_inplace(a, b, TY_BINOP_SUB); }
static TyObject *weakset_ixor(TyObject *a, TyObject *b) { return weakset_inplace(a, b, TY_BINOP_XOR); }
static TyObject *weakset_iand(TyObject *a, TyObject *b) { return weakset_inplace(a, b, TY_BINOP_AND); }
static TyObject *weakset_ior(TyObject *a, TyObject *b) { return weakset_inplace(a, b, TY_BINOP_OR); }

static TyMethodDef weakset_methods[] = {
    { "add", weakset_add, TY_METH_DEFAULT, NULL },
    { "clear", weakset_clear, TY_METH_DEFAULT, NULL },
    { "copy", container_copy, TY_METH_DEFAULT, NULL },
    { "pop", weakset_pop, TY_METH_DEFAULT, NULL },
    { "remove", weakset_remove, TY_METH_DEFAULT, NULL },
    { "discard", weakset_discard, TY_METH_DEFAULT, NULL },
    { "update", weakset_update, TY_METH_DEFAULT, NULL },
    { "difference", weakset_difference, TY_METH_DEFAULT, NULL },
    { "difference_update", weakset_difference_update, TY_METH_DEFAULT, NULL },
    { "intersection", weakset_intersection, TY_METH_DEFAULT, NULL },
    { "intersection_update", weakset_intersection_update, TY_METH_DEFAULT, NULL },
    { "symmetric_difference", weakset_symmetric_difference, TY_METH_DEFAULT, NULL },
    { "symmetric_difference_update", weakset_symmetric_difference_update, TY_METH_DEFAULT, NULL },
    { "union", weakset_union, TY_METH_DEFAULT, NULL },
    { "issubset", weakset_issubset, TY_METH_DEFAULT, NULL },
    { "issuperset", weakset_issuperset, TY_METH_DEFAULT, NULL },
    { "isdisjoint", weakset_isdisjoint, TY_METH_DEFAULT, NULL },
    { "__class_getitem__", class_getitem, TY_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyWeakSet_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_weakrefset.WeakSet",
    CONTAINER_SLOTS,
    .repr = weakset_repr,
    .richcompare = weakset_richcompare,
    .tp_init = weakset_init,
    .contains = weakset_contains,
    .binop[TY_BINOP_SUB] = weakset_sub,
    .binop[TY_BINOP_AND] = weakset_and,
    .binop[TY_BINOP_XOR] = weakset_xor,
    .binop[TY_BINOP_OR] = weakset_or,
    .inplace[TY_BINOP_SUB] = weakset_isub,
    .inplace[TY_BINOP_AND] = weakset_iand,
    .inplace[TY_BINOP_XOR] = weakset_ixor,
    .inplace[TY_BINOP_OR] = weakset_ior,
    .methods = weakset_methods,
};

/* ---- finalize ------------------------------------------------------------------------ */

typedef struct TyFinalize {
    TyObject ob;
    /* While registered: ref(obj, self), the function and its arguments. */
    TyObject *wr;
    TyObject *func;
    TyObject *args;          /* tuple */
    TyObject *kwargs;        /* dict, or NULL for none */
    bool atexit;
    uint64_t index;          /* creation order, for the exit handler */
} TyFinalize;

static TyType TyFinalize_Type;

/* CPython's finalize class attributes: the live finalizers (each maps to
** itself), the next creation index, whether one was created since the
** exit handler last looked, whether the handler has run, and whether it
** is among the atexit callbacks yet (CPython's _registered_with_atexit). */
static struct {
    TyObject *registry;
    uint64_t next_index;
    bool dirty;
    bool shutdown;
    bool atexit_hooked;
} fin;

static void finalize_forget(TyFinalize *f)
{
    TY_CLEAR(f->wr);
    TY_CLEAR(f->func);
    TY_CLEAR(f->args);
    TY_CLEAR(f->kwargs);
}

static bool finalize_registered(TyObject *f)
{
    return fin.registry && tyDict_getItem(fin.registry, f) != NULL;
}

static TyObject *finalize_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs < 2)
        return tyErr_format(&TyExc_TypeError, nargs == 0
                            ? "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'"
                            : "finalize.__init__() missing 1 required positional argument: 'func'");
    if (!fin.registry && !(fin.registry = tyDict_new()))
        return NULL;
    if (!fin.atexit_hooked) {
        if (tyAtexit_registerHook(tyWeakrefModule_atExit) < 0)
            return NULL;
        fin.atexit_hooked = true;
    }
    TyFinalize *f = (TyFinalize *)tyType_genericAlloc(type, 0);
    if (!f)
        return NULL;
    f->wr = tyWeakref_new(args[0], (TyObject *)f);
    f->func = TY_NEWREF(args[1]);
    f->args = tyTuple_fromArray(args + 2, (ssize_t)nargs - 2);
    f->kwargs = kwnames && TY_TUPLE_LEN(kwnames) ? kwargs_dict(args, nargs, kwnames) : NULL;
    f->atexit = true;
    f->index = fin.next_index++;
    if (!f->wr || !f->args || (kwnames && TY_TUPLE_LEN(kwnames) && !f->kwargs) ||
        tyDict_setItem(fin.registry, (TyObject *)f, (TyObject *)f) < 0) {
        finalize_forget(f);
        TY_DECREF(f);
        return NULL;
    }
    fin.dirty = true;
    return (TyObject *)f;
}

static int finalize_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return 0;
}

static void finalize_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    finalize_forget((TyFinalize *)o);
    tyObj_free(o);
}

static int finalize_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyFinalize *f = (TyFinalize *)o;
    TyObject *refs[] = { f->wr, f->func, f->args, f->kwargs };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int finalize_clear(TyObject *o)
{
    finalize_forget((TyFinalize *)o);
    return 0;
}

/* Take f out of the registry: 1 if it was there, 0 if not, -1 on error. */
static int finalize_unregister(TyObject *f)
{
    if (!fin.registry)
        return 0;
    return tyDict_pop(fin.registry, f, NULL);
}

/* f(): unregister, then call func(*args, **kwargs) unless the exit handler
** has already run; the result, or None when f was not alive. */
static TyObject *finalize_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("finalize.__call__", kwnames) < 0 ||
        tyArg_checkPositional("__call__", nargs, 0, 1) < 0)
        return NULL;
    TyFinalize *f = (TyFinalize *)self;
    TY_INCREF(self);
    int was = finalize_unregister(self);
    TyObject *func = f->func, *fargs = f->args, *kwargs = f->kwargs;
    f->func = f->args = f->kwargs = NULL;
    TY_CLEAR(f->wr);
    TyObject *r = was < 0 ? NULL
                  : was && !fin.shutdown && func ? tyObj_callTupleDict(func, fargs, kwargs) : none();
    TY_XDECREF(func);
    TY_XDECREF(fargs);
    TY_XDECREF(kwargs);
    TY_DECREF(self);
    return r;
}

/* (obj, func, args, kwargs) while alive and the object lives, else None. */
static TyObject *finalize_info(TyFinalize *f)
{
    TyObject *obj = finalize_registered((TyObject *)f) && f->wr ? tyWeakref_get(f->wr) : NULL;
    if (!obj)
        return tyErr_occurred() ? NULL : none();
    TyObject *kwargs = f->kwargs ? TY_NEWREF(f->kwargs) : tyDict_new();
    if (!kwargs)
        return NULL;
    TyObject *r = tyTuple_pack(4, obj, f->func, f->args, kwargs);
    TY_DECREF(kwargs);
    return r;
}

FN(finalize_peek)
{
    if (tyArg_noKeywords("peek", kwnames) < 0 || tyArg_checkPositional("peek", nargs, 0, 0) < 0)
        return NULL;
    return finalize_info((TyFinalize *)self);
}

FN(finalize_detach)
{
    if (tyArg_noKeywords("detach", kwnames) < 0 || tyArg_checkPositional("detach", nargs, 0, 0) < 0)
        return NULL;
    TyObject *info = finalize_info((TyFinalize *)self);
    if (!info || info == TY_NONE)
        return info;
    if (finalize_unregister(self) < 0) {
        TY_DECREF(info);
        return NULL;
    }
    finalize_forget((TyFinalize *)self);
    return info;
}

static TyObject *finalize_get_alive(TyObject *self)
{
    return tyBool_from(finalize_registered(self));
}

static TyObject *finalize_get_atexit(TyObject *self)
{
    return tyBool_from(finalize_registered(self) && ((TyFinalize *)self)->atexit);
}

static int finalize_set_atexit(TyObject *self, TyObject *value)
{
    if (!value) {
        tyErr_setString(&TyExc_AttributeError, "can't delete attribute");
        return -1;
    }
    int t = tyObj_isTrue(value);
    if (t < 0)
        return -1;
    if (finalize_registered(self))
        ((TyFinalize *)self)->atexit = t;
    return 0;
}

static TyObject *finalize_repr(TyObject *self)
{
    TyFinalize *f = (TyFinalize *)self;
    TyObject *name = tyObj_getAttr((TyObject *)TY_TYPE(self), TY_ID(__name__));
    if (!name)
        return NULL;
    TyObject *obj = finalize_registered(self) && f->wr ? tyWeakref_get(f->wr) : NULL;
    TyObject *r = obj ? tyStr_fromFormat("<%U object at %p; for '%s' at %p>", name, (void *)self,
                                         tyType_name(TY_TYPE(obj)), (void *)obj)
                      : tyStr_fromFormat("<%U object at %p; dead>", name, (void *)self);
    TY_DECREF(name);
    return r;
}

static TyMethodDef finalize_methods[] = {
    { "peek", finalize_peek, TY_METH_DEFAULT,
      "If alive then return (obj, func, args, kwargs);\notherwise return None" },
    { "detach", finalize_detach, TY_METH_DEFAULT,
      "If alive then mark as dead and return (obj, func, args, kwargs);\notherwise return None" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef finalize_getset[] = {
    { "alive", finalize_get_alive, NULL, "Whether finalizer is alive" },
    { "atexit", finalize_get_atexit, finalize_set_atexit, "Whether finalizer should be called at exit" },
    { NULL, NULL, NULL, NULL },
};

static TyType TyFinalize_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.finalize",
    .basicsize = sizeof(TyFinalize),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = finalize_dealloc,
    .repr = finalize_repr,
    .call = finalize_call,
    .traverse = finalize_traverse,
    .clear = finalize_clear,
    .tp_new = finalize_new,
    .tp_init = finalize_init,
    .methods = finalize_methods,
    .getset = finalize_getset,
    .doc = "Class for finalization of weakrefable objects",
};

/* The registered finalizers with atexit set, oldest first: a new list. */
static TyObject *select_for_exit(void)
{
    TyObject *list = tyList_new(0);
    ssize_t pos = 0;
    TyObject *k, *v;
    while (list && tyDict_next(fin.registry, &pos, &k, &v)) {
        if (((TyFinalize *)k)->atexit && tyList_append(list, k) < 0)
            TY_CLEAR(list);
    }
    if (!list)
        return NULL;
    /* Insertion sort by index: the registry is in creation order except for
    ** entries re-added after a resurrection, so this is nearly linear. */
    TyObject **items = TY_LIST_ITEMS(list);
    for (ssize_t i = 1; i < TY_LIST_LEN(list); i++) {
        TyObject *x = items[i];
        ssize_t j = i;
        for (; j > 0 && ((TyFinalize *)items[j - 1])->index > ((TyFinalize *)x)->index; j--)
            items[j] = items[j - 1];
        items[j] = x;
    }
    return list;
}

void tyWeakrefModule_atExit(void)
{
    if (fin.shutdown)
        return;
    bool reenable_gc = false;
    if (fin.registry && TY_DICT_LEN(fin.registry) > 0) {
        if (ty_state.gc.enabled) {
            reenable_gc = true;
            ty_state.gc.enabled = false;
        }
        TyObject *pending = NULL;
        for (;;) {
            if (!pending || fin.dirty) {
                TY_XDECREF(pending);
                pending = select_for_exit();
                fin.dirty = false;
                if (!pending) {
                    tyErr_print();
                    break;
                }
            }
            ssize_t n = TY_LIST_LEN(pending);
            if (n == 0)
                break;
            TyObject *f = TY_NEWREF(TY_LIST_GET(pending, n - 1));
            TyObject *popped = call_method(pending, "pop", NULL, 0);
            TyObject *r = popped ? finalize_call(f, NULL, 0, NULL) : NULL;
            TY_XDECREF(popped);
            if (r)
                TY_DECREF(r);
            else
                tyErr_print();
            TY_DECREF(f);
        }
        TY_XDECREF(pending);
    }
    fin.shutdown = true;
    if (reenable_gc)
        ty_state.gc.enabled = true;
    /* Nothing registered can run any more: drop the registry now, while
    ** the collector can still free what the finalizers held. */
    if (fin.registry) {
        ssize_t pos = 0;
        TyObject *k, *v;
        while (tyDict_next(fin.registry, &pos, &k, &v))
            TY_CLEAR(((TyFinalize *)k)->wr);
        TY_CLEAR(fin.registry);
    }
}

/* ---- the module ------------------------------------------------------------------------ */

FN(mod_getweakrefcount)
{
    if (tyArg_noKeywords("_weakref.getweakrefcount", kwnames) < 0 ||
        tyArg_checkPositional("_weakref.getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    return tyInt_fromI64(tyWeakref_count(args[0]));
}

FN(mod_getweakrefs)
{
    if (tyArg_noKeywords("_weakref.getweakrefs", kwnames) < 0 ||
        tyArg_checkPositional("_weakref.getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    return tyWeakref_list(args[0]);
}

FN(mod_proxy)
{
    if (tyArg_noKeywords("_weakref.proxy", kwnames) < 0 || tyArg_checkPositional("proxy", nargs, 1, 2) < 0)
        return NULL;
    return tyWeakref_newProxy(args[0], nargs > 1 ? args[1] : NULL);
}

static TyMethodDef weakref_functions[] = {
    { "getweakrefcount", mod_getweakrefcount, TY_METH_DEFAULT,
      "Return the number of weak references to 'object'." },
    { "getweakrefs", mod_getweakrefs, TY_METH_DEFAULT,
      "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", mod_proxy, TY_METH_DEFAULT,
      "Create a proxy object that weakly references 'object'.\n\n"
      "'callback', if given, is called with a reference to the\n"
      "proxy when 'object' is about to be finalized." },
    { NULL, NULL, 0, NULL },
};

/* _weakref._remove_dead_weakref(dict, key): delete dict[key] when it is a
** weak reference whose referent has died (weakref.py's WeakValueDictionary
** calls it from its callbacks); a live one or a missing key stays. */
FN(mod_remove_dead_weakref)
{
    if (tyArg_noKeywords("_remove_dead_weakref", kwnames) < 0 ||
        tyArg_checkPositional("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_DICT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                            TY_TYPE(args[0])->name);
    TyObject *v = tyDict_getItem(args[0], args[1]);
    if (!v && tyErr_occurred())
        return NULL;
    if (v && TY_WEAKREF_CHECK(v) && !tyWeakref_get(v) && tyDict_delItem(args[0], args[1]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* The C half CPython's weakref.py and _weakrefset.py import. */
static TyMethodDef c_weakref_functions[] = {
    { "getweakrefcount", mod_getweakrefcount, TY_METH_DEFAULT,
      "Return the number of weak references to 'object'." },
    { "getweakrefs", mod_getweakrefs, TY_METH_DEFAULT,
      "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", mod_proxy, TY_METH_DEFAULT, "Create a proxy object that weakly references 'object'." },
    { "_remove_dead_weakref", mod_remove_dead_weakref, TY_METH_DEFAULT,
      "Atomically remove key from dict if it points to a dead weakref." },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = {
    &TyWeakref_Type, &TyProxy_Type, &TyCallableProxy_Type, &TyKeyedRef_Type, &TyWeakMethod_Type,
    &TyWeakValueDictionary_Type, &TyWeakKeyDictionary_Type, &TyWeakSet_Type, &TyWeakIter_Type,
    &TyFinalize_Type,
};

/* The types both modules export by name: _weakref the first four,
** weakref all of them. */
static const struct {
    const char *name;
    TyType *type;
} exported_types[] = {
    { "ref", &TyWeakref_Type },
    { "ReferenceType", &TyWeakref_Type },
    { "ProxyType", &TyProxy_Type },
    { "CallableProxyType", &TyCallableProxy_Type },
    { "KeyedRef", &TyKeyedRef_Type },
    { "WeakMethod", &TyWeakMethod_Type },
    { "WeakValueDictionary", &TyWeakValueDictionary_Type },
    { "WeakKeyDictionary", &TyWeakKeyDictionary_Type },
    { "WeakSet", &TyWeakSet_Type },
    { "finalize", &TyFinalize_Type },
};

/* A module `name` with `functions` and the first ntypes exported types,
** the module's types readied first.  New reference, or NULL. */
static TyObject *new_module(const char *name, TyMethodDef *functions, size_t ntypes)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new(name, functions);
    for (size_t i = 0; m && i < ntypes; i++)
        if (tyModule_addObject(m, exported_types[i].name, (TyObject *)exported_types[i].type) < 0)
            TY_CLEAR(m);
    return m;
}

TyObject *tyWeakrefModule_create(void)
{
    TyObject *m = new_module("weakref", weakref_functions, TY_ARRAY_LEN(exported_types));
    if (!m)
        return NULL;
    TyObject *proxy_types = tyTuple_pack(2, (TyObject *)&TyProxy_Type, (TyObject *)&TyCallableProxy_Type);
    if (!proxy_types || tyModule_addObject(m, "ProxyTypes", proxy_types) < 0) {
        TY_XDECREF(proxy_types);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(proxy_types);
    static const char *const public_names[] = {
        "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
        "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
        "WeakMethod", "finalize",
    };
    TyObject *all = tyList_new(0);
    for (size_t i = 0; all && i < TY_ARRAY_LEN(public_names); i++) {
        TyObject *n = tyStr_fromCStr(public_names[i]);
        if (!n || tyList_append(all, n) < 0)
            TY_CLEAR(all);
        TY_XDECREF(n);
    }
    if (!all || tyModule_addObject(m, "__all__", all) < 0) {
        TY_XDECREF(all);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(all);
    return m;
}

TyObject *tyWeakrefModule_createC(void)
{
    return new_module("_weakref", c_weakref_functions, 4);
}

void tyWeakrefModule_fini(void)
{
    /* A later interpreter in this process starts with no finalizers. */
    TY_CLEAR(fin.registry);
    fin.next_index = 0;
    fin.dirty = false;
    fin.shutdown = false;
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
