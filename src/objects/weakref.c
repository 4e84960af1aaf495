/*
** weakref.c — weak references (weakref.ref) and weak proxies
** (weakref.proxy), with CPython 3.11's semantics, and the per-object lists
** through which a dying object clears them.
**
** Each weak-referenceable object heads a doubly linked list of the weak
** references to it (weakref.h).  The list order is CPython's: the shared
** callback-less ref, then the shared callback-less proxy, then the others,
** each new one inserted right after those two.  A weak reference never owns
** its referent; it is "cleared" (unlinked, object = NULL) when the referent
** dies or when the collector finds the referent to be garbage, and from
** then on calling it gives None and a proxy raises ReferenceError.
**
** Callbacks never run while a list is being taken apart: every reference is
** cleared first and only then are the callbacks called, so a callback can
** neither see a half-cleared list nor reach the dying object.  The cleared
** references waiting for their callback are chained through `next` (they
** are in no list any more), holding a reference each, which keeps this
** allocation-free.
*/
#include "tally.h"
#include "objects/weakref.h"
#include "objects/genericalias.h"
#include "objects/iter.h"

/* ---- the per-object list ------------------------------------------------- */

/* The head of o's weak-reference list; o's type must support weakrefs. */
static TyWeakref **list_of(TyObject *o)
{
    return tyObj_fieldPtr(o, TY_TYPE(o)->weaklistoffset);
}

/* The shared callback-less ref and proxy heading the list (either may be
** NULL).  CPython's get_basic_refs. */
static void basic_refs(TyWeakref *head, TyWeakref **ref, TyWeakref **proxy)
{
    *ref = NULL;
    *proxy = NULL;
    if (head && !head->callback && TY_TYPE(head) == &TyWeakref_Type) {
        *ref = head;
        head = head->next;
    }
    if (head && !head->callback && TY_WEAKREF_CHECK_PROXY(head))
        *proxy = head;
}

static void insert_head(TyWeakref *r, TyWeakref **list)
{
    r->prev = NULL;
    r->next = *list;
    if (*list)
        (*list)->prev = r;
    *list = r;
}

static void insert_after(TyWeakref *r, TyWeakref *prev)
{
    r->prev = prev;
    r->next = prev->next;
    if (prev->next)
        prev->next->prev = r;
    prev->next = r;
}

/* Take r out of its referent's list; r then reports the referent as dead.
** The callback is left alone.  Harmless on a cleared reference. */
static void unlink_ref(TyWeakref *r)
{
    if (!r->object)
        return;
    TyWeakref **list = list_of(r->object);
    if (*list == r)
        *list = r->next;
    if (r->prev)
        r->prev->next = r->next;
    if (r->next)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->object = NULL;
}

/* Unlink and drop the callback (a reference that dies or is cleared by
** the collector's clear slot). */
static void clear_ref(TyWeakref *r)
{
    unlink_ref(r);
    TY_CLEAR(r->callback);
}

static TyObject *cannot_reference(TyObject *obj)
{
    return tyErr_format(&TyExc_TypeError, "cannot create weak reference to '%s' object",
                        tyType_name(TY_TYPE(obj)));
}

/* A zeroed weak reference of `type` to obj with callback (may be NULL),
** not yet linked: new reference. */
static TyWeakref *alloc_ref(TyType *type, TyObject *obj, TyObject *callback)
{
    TyWeakref *r = (TyWeakref *)tyGC_alloc(type);
    if (!r)
        return NULL;
    tyGC_track((TyObject *)r);
    r->object = obj;
    r->callback = callback ? TY_NEWREF(callback) : NULL;
    r->hash = -1;
    return r;
}

TyObject *tyWeakref_newSubtype(TyType *type, TyObject *obj, TyObject *callback)
{
    if (callback == TY_NONE)
        callback = NULL;
    if (!tyWeakref_supports(TY_TYPE(obj)))
        return cannot_reference(obj);
    TyWeakref **list = list_of(obj);
    TyWeakref *ref, *proxy;
    basic_refs(*list, &ref, &proxy);
    bool basic = !callback && type == &TyWeakref_Type;
    if (basic && ref)
        return TY_NEWREF(ref);
    TyWeakref *r = alloc_ref(type, obj, callback);
    if (!r)
        return NULL;
    if (basic) {
        insert_head(r, list);
    } else {
        TyWeakref *prev = proxy ? proxy : ref;
        if (prev)
            insert_after(r, prev);
        else
            insert_head(r, list);
    }
    return (TyObject *)r;
}

TyObject *tyWeakref_new(TyObject *obj, TyObject *callback)
{
    return tyWeakref_newSubtype(&TyWeakref_Type, obj, callback);
}

TyObject *tyWeakref_newProxy(TyObject *obj, TyObject *callback)
{
    if (callback == TY_NONE)
        callback = NULL;
    if (!tyWeakref_supports(TY_TYPE(obj)))
        return cannot_reference(obj);
    TyWeakref **list = list_of(obj);
    TyWeakref *ref, *proxy;
    basic_refs(*list, &ref, &proxy);
    if (!callback && proxy)
        return TY_NEWREF(proxy);
    TyType *type = tyObj_isCallable(obj) ? &TyCallableProxy_Type : &TyProxy_Type;
    TyWeakref *r = alloc_ref(type, obj, callback);
    if (!r)
        return NULL;
    /* The shared proxy goes right after the shared ref; the others after
    ** both. */
    TyWeakref *prev = callback && proxy ? proxy : ref;
    if (prev)
        insert_after(r, prev);
    else
        insert_head(r, list);
    return (TyObject *)r;
}

TyObject *tyWeakref_get(TyObject *ref)
{
    return ((TyWeakref *)ref)->object;
}

ssize_t tyWeakref_count(TyObject *obj)
{
    if (!tyWeakref_supports(TY_TYPE(obj)))
        return 0;
    ssize_t n = 0;
    for (TyWeakref *r = *list_of(obj); r; r = r->next)
        n++;
    return n;
}

TyObject *tyWeakref_list(TyObject *obj)
{
    TyObject *result = tyList_new(0);
    if (!result || !tyWeakref_supports(TY_TYPE(obj)))
        return result;
    for (TyWeakref *r = *list_of(obj); r; r = r->next) {
        if (tyList_append(result, (TyObject *)r) < 0) {
            TY_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* Calls r's callback (taken out of r first, as CPython does) with r;
** its exception is reported as unraisable. */
static void run_callback(TyWeakref *r)
{
    TyObject *cb = r->callback;
    r->callback = NULL;
    if (ty_state.modules_gone) {
        TY_DECREF(cb);
        return;
    }
    TyObject *res = tyObj_callOneArg(cb, (TyObject *)r);
    if (res)
        TY_DECREF(res);
    else
        tyErr_writeUnraisable(cb);
    TY_DECREF(cb);
}

void tyWeakref_clear(TyObject *o)
{
    TyWeakref **list = list_of(o);
    TyWeakref *pending = NULL, **tail = &pending;
    while (*list) {
        TyWeakref *r = *list;
        unlink_ref(r);
        /* A reference whose own count is zero is being deallocated: its
        ** callback must not see it. */
        if (r->callback && TY_REFCNT(r) > 0) {
            TY_INCREF(r);
            *tail = r;
            tail = &r->next;
        }
    }
    if (!pending)
        return;
    TyObject *saved = tyErr_fetch();
    while (pending) {
        TyWeakref *r = pending;
        pending = r->next;
        r->next = NULL;
        if (r->callback)
            run_callback(r);
        TY_DECREF(r);
    }
    tyErr_restore(saved);
}

/* The next node of the collector's unreachable list, whose nodes may
** still carry the "tentatively unreachable" mark in bit 0 (gc.h). */
static TyGCHead *gc_next(TyGCHead *g)
{
    return (TyGCHead *)(g->next & ~(uintptr_t)1);
}

ssize_t tyWeakref_handleGC(TyGCHead *unreachable, TyGCHead *old, bool *finalizers)
{
    (void)old;
    TyWeakref *pending = NULL, **tail = &pending;
    bool finalize = false;
    /* Clear everything first: a callback run earlier could otherwise reach
    ** garbage through a weak reference not yet cleared. */
    for (TyGCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        TyObject *op = TY_FROM_GC(g);
        TyType *t = TY_TYPE(op);
        /* A weak reference that is itself garbage is cleared and never
        ** calls back: its callback could see objects already torn down.
        ** Only a heap type can subclass weakref.ref: the subtype walk is
        ** spared for the lists and tuples that make up most garbage. */
        if (t == &TyWeakref_Type || TY_WEAKREF_CHECK_PROXY(op) ||
            ((t->flags & TY_TPFLAG_HEAPTYPE) && tyType_isSubtype(t, &TyWeakref_Type)))
            unlink_ref((TyWeakref *)op);
        /* Read here, in the walk this pass makes anyway. */
        if (t->finalize)
            finalize = true;
        if (!tyWeakref_supports(t))
            continue;
        TyWeakref **list = list_of(op);
        while (*list) {
            TyWeakref *r = *list;
            unlink_ref(r);
            if (!r->callback || tyGC_isCollecting((TyObject *)r))
                continue;
            TY_INCREF(r);
            *tail = r;
            tail = &r->next;
        }
    }
    *finalizers = finalize || pending;
    ssize_t freed = 0;
    while (pending) {
        TyWeakref *r = pending;
        pending = r->next;
        r->next = NULL;
        /* The collector keeps the callback in place (CPython's
        ** _PyWeakref_ClearRef), so __callback__ still shows it. */
        TyObject *cb = r->callback;
        if (cb && !ty_state.modules_gone) {
            TY_INCREF(cb);
            TyObject *res = tyObj_callOneArg(cb, (TyObject *)r);
            if (res)
                TY_DECREF(res);
            else
                tyErr_writeUnraisable(cb);
            TY_DECREF(cb);
        }
        if (TY_REFCNT(r) == 1)
            freed++;
        TY_DECREF(r);
    }
    return freed;
}

/* ---- slots shared by refs and proxies --------------------------------------- */

static void weakref_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    clear_ref((TyWeakref *)o);
    tyObj_free(o);
}

static int weakref_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyWeakref *r = (TyWeakref *)o;
    return r->callback ? visit(r->callback, arg) : 0;
}

static int weakref_clear(TyObject *o)
{
    clear_ref((TyWeakref *)o);
    return 0;
}

/* ---- weakref.ref ------------------------------------------------------------- */

/* weakref.ref(ob[, callback]): keywords are ignored here and refused by
** __init__, so a class whose own __init__ takes some can have them, as in
** CPython. */
static TyObject *ref_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("__new__", nargs, 1, 2) < 0)
        return NULL;
    return tyWeakref_newSubtype(type, args[0], nargs > 1 ? args[1] : NULL);
}

/* The constructor did the work; __init__ only checks the arguments, so a
** subclass's own __new__ must be matched by its own __init__ (CPython). */
static int ref_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("ref", kwnames) < 0)
        return -1;
    return tyArg_checkPositional("__init__", nargs, 1, 2);
}

static TyObject *ref_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("weakref", kwnames) < 0)
        return NULL;
    if (nargs != 0)
        return tyErr_format(&TyExc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
    TyObject *obj = ((TyWeakref *)self)->object;
    return TY_NEWREF(obj ? obj : TY_NONE);
}

ty_hash tyWeakref_hash(TyObject *self)
{
    TyWeakref *r = (TyWeakref *)self;
    if (r->hash != -1)
        return r->hash;
    if (!r->object) {
        tyErr_setString(&TyExc_TypeError, "weak object has gone away");
        return -1;
    }
    TyObject *obj = TY_NEWREF(r->object);
    r->hash = tyObj_hash(obj);
    TY_DECREF(obj);
    return r->hash;
}

/* == and != compare the referents while both are alive, else identity;
** the other comparisons are not supported. */
static TyObject *ref_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_WEAKREF_CHECK(a) || !TY_WEAKREF_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *oa = ((TyWeakref *)a)->object, *ob = ((TyWeakref *)b)->object;
    if (!oa || !ob)
        return tyBool_from((a == b) == (op == TY_EQ));
    TY_INCREF(oa);
    TY_INCREF(ob);
    TyObject *res = tyObj_richCompare(oa, ob, op);
    TY_DECREF(oa);
    TY_DECREF(ob);
    return res;
}

static TyObject *ref_repr(TyObject *self)
{
    TyObject *obj = ((TyWeakref *)self)->object;
    if (!obj)
        return tyStr_fromFormat("<weakref at %p; dead>", (void *)self);
    TY_INCREF(obj);
    TyObject *name, *res = NULL;
    if (tyObj_lookupAttr(obj, TY_ID(__name__), &name) >= 0) {
        if (name && TY_STR_CHECK(name))
            res = tyStr_fromFormat("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                                   tyType_name(TY_TYPE(obj)), (void *)obj, name);
        else
            res = tyStr_fromFormat("<weakref at %p; to '%s' at %p>", (void *)self,
                                   tyType_name(TY_TYPE(obj)), (void *)obj);
        TY_XDECREF(name);
    }
    TY_DECREF(obj);
    return res;
}

static TyObject *ref_get_callback(TyObject *self)
{
    TyObject *cb = ((TyWeakref *)self)->callback;
    return TY_NEWREF(cb ? cb : TY_NONE);
}

static TyObject *ref_class_getitem(TyObject *cls, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return tyGenericAlias_new(cls, args[0]);
}

static TyMethodDef ref_methods[] = {
    { "__class_getitem__", ref_class_getitem, TY_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef ref_getset[] = {
    { "__callback__", ref_get_callback, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

TyType TyWeakref_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(TyWeakref),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = weakref_dealloc,
    .repr = ref_repr,
    .hash = tyWeakref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .tp_new = ref_new,
    .tp_init = ref_init,
    .methods = ref_methods,
    .getset = ref_getset,
};

/* ---- weakref.proxy --------------------------------------------------------------- */

/* The referent of proxy p as a new reference, or NULL with ReferenceError
** once it has died. */
static TyObject *proxy_target(TyObject *p)
{
    TyObject *obj = ((TyWeakref *)p)->object;
    if (!obj)
        return tyErr_setString(&TyExc_ReferenceError, "weakly-referenced object no longer exists");
    return TY_NEWREF(obj);
}

/* o itself, or its referent when o is a proxy: new reference or NULL. */
static TyObject *unwrap(TyObject *o)
{
    return TY_WEAKREF_CHECK_PROXY(o) ? proxy_target(o) : TY_NEWREF(o);
}

static TyObject *proxy_binary(TyObject *a, TyObject *b, int op, bool inplace)
{
    TyObject *x = unwrap(a);
    if (!x)
        return NULL;
    TyObject *y = unwrap(b);
    if (!y) {
        TY_DECREF(x);
        return NULL;
    }
    TyObject *res = inplace ? tyNum_inplace(x, y, op) : tyNum_binary(x, y, op);
    TY_DECREF(x);
    TY_DECREF(y);
    return res;
}

#define PROXY_BINOP_(e, stem, sym)                                    \
    static TyObject *proxy_##stem(TyObject *a, TyObject *b)           \
    {                                                                 \
        return proxy_binary(a, b, TY_BINOP_##e, false);               \
    }
TY_BINARY_OPS(PROXY_BINOP_)
#undef PROXY_BINOP_

/* Every binary operator but divmod() has an augmented assignment form. */
#define PROXY_INPLACE_OPS(X)                                                  \
    X(ADD, add) X(SUB, sub) X(MUL, mul) X(TRUEDIV, truediv)                   \
    X(FLOORDIV, floordiv) X(MOD, mod) X(POW, pow) X(LSHIFT, lshift)           \
    X(RSHIFT, rshift) X(AND, and) X(OR, or) X(XOR, xor) X(MATMUL, matmul)

#define PROXY_INPLACE_(e, stem)                                       \
    static TyObject *proxy_i##stem(TyObject *a, TyObject *b)          \
    {                                                                 \
        return proxy_binary(a, b, TY_BINOP_##e, true);                \
    }
PROXY_INPLACE_OPS(PROXY_INPLACE_)
#undef PROXY_INPLACE_

static TyObject *proxy_unary(TyObject *p, int op)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = tyNum_unary(obj, op);
    TY_DECREF(obj);
    return res;
}

#define PROXY_UNOP_(e, stem, sym) \
    static TyObject *proxy_##stem(TyObject *p) { return proxy_unary(p, TY_UNOP_##e); }
TY_UNARY_OPS(PROXY_UNOP_)
#undef PROXY_UNOP_

/* The one-operand forwards: apply fn to the referent. */
static TyObject *proxy_apply(TyObject *p, TyObject *(*fn)(TyObject *))
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = fn(obj);
    TY_DECREF(obj);
    return res;
}

static TyObject *proxy_str(TyObject *p) { return proxy_apply(p, tyObj_str); }
static TyObject *proxy_int(TyObject *p) { return proxy_apply(p, tyNum_long); }
static TyObject *proxy_float(TyObject *p) { return proxy_apply(p, tyNum_float); }
static TyObject *proxy_index(TyObject *p) { return proxy_apply(p, tyNum_index); }
static TyObject *proxy_iter(TyObject *p) { return proxy_apply(p, tyObj_getIter); }

static TyObject *proxy_repr(TyObject *p)
{
    TyObject *obj = ((TyWeakref *)p)->object;
    /* A dead proxy shows None as its referent, as CPython's does. */
    if (!obj)
        obj = TY_NONE;
    return tyStr_fromFormat("<weakproxy at %p to %s at %p>", (void *)p, tyType_name(TY_TYPE(obj)),
                            (void *)obj);
}

static TyObject *proxy_richcompare(TyObject *a, TyObject *b, int op)
{
    TyObject *x = unwrap(a);
    if (!x)
        return NULL;
    TyObject *y = unwrap(b);
    if (!y) {
        TY_DECREF(x);
        return NULL;
    }
    TyObject *res = tyObj_richCompare(x, y, op);
    TY_DECREF(x);
    TY_DECREF(y);
    return res;
}

static TyObject *proxy_getattr(TyObject *p, TyObject *name)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = tyObj_getAttr(obj, name);
    TY_DECREF(obj);
    return res;
}

static int proxy_setattr(TyObject *p, TyObject *name, TyObject *value)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return -1;
    int r = value ? tyObj_setAttr(obj, name, value) : tyObj_delAttr(obj, name);
    TY_DECREF(obj);
    return r;
}

static int proxy_bool(TyObject *p)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return -1;
    int r = tyObj_isTrue(obj);
    TY_DECREF(obj);
    return r;
}

static ssize_t proxy_length(TyObject *p)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return -1;
    ssize_t n = tyObj_length(obj);
    TY_DECREF(obj);
    return n;
}

static TyObject *proxy_getitem(TyObject *p, TyObject *key)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = tyObj_getItem(obj, key);
    TY_DECREF(obj);
    return res;
}

static int proxy_setitem(TyObject *p, TyObject *key, TyObject *value)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return -1;
    int r = value ? tyObj_setItem(obj, key, value) : tyObj_delItem(obj, key);
    TY_DECREF(obj);
    return r;
}

static int proxy_contains(TyObject *p, TyObject *item)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return -1;
    int r = tyObj_contains(obj, item);
    TY_DECREF(obj);
    return r;
}

static TyObject *proxy_iternext(TyObject *p)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = NULL;
    if (!tyIter_check(obj))
        tyErr_format(&TyExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                     tyType_name(TY_TYPE(obj)));
    else
        res = tyIter_next(obj);
    TY_DECREF(obj);
    return res;
}

static TyObject *proxy_call(TyObject *p, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = tyObj_call(obj, args, nargs, kwnames);
    TY_DECREF(obj);
    return res;
}

/* bytes(referent) / reversed(referent): the two methods CPython's proxies
** define besides the forwarded slots. */
static TyObject *proxy_call_type(TyObject *p, TyType *type)
{
    TyObject *obj = proxy_target(p);
    if (!obj)
        return NULL;
    TyObject *res = tyObj_callOneArg((TyObject *)type, obj);
    TY_DECREF(obj);
    return res;
}

static TyObject *proxy_bytes(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__bytes__", kwnames) < 0 || tyArg_checkPositional("__bytes__", nargs, 0, 0) < 0)
        return NULL;
    return proxy_call_type(self, &TyBytes_Type);
}

static TyObject *proxy_reversed(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reversed__", kwnames) < 0 ||
        tyArg_checkPositional("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    return proxy_call_type(self, &TyReversed_Type);
}

static TyMethodDef proxy_methods[] = {
    { "__bytes__", proxy_bytes, TY_METH_DEFAULT, NULL },
    { "__reversed__", proxy_reversed, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

#define PROXY_BINOP_SLOT_(e, stem, sym) [TY_BINOP_##e] = proxy_##stem,
#define PROXY_INPLACE_SLOT_(e, stem) [TY_BINOP_##e] = proxy_i##stem,
#define PROXY_UNOP_SLOT_(e, stem, sym) [TY_UNOP_##e] = proxy_##stem,

/* Both proxy types share every slot; the callable one adds call. */
#define PROXY_SLOTS                                                  \
    .basicsize = sizeof(TyWeakref),                                  \
    .flags = TY_TPFLAG_GC,                                           \
    .dealloc = weakref_dealloc,                                      \
    .repr = proxy_repr,                                              \
    .str = proxy_str,                                                \
    .richcompare = proxy_richcompare,                                \
    .getattr = proxy_getattr,                                        \
    .setattr = proxy_setattr,                                        \
    .iter = proxy_iter,                                              \
    .iternext = proxy_iternext,                                      \
    .traverse = weakref_traverse,                                    \
    .clear = weakref_clear,                                          \
    .binop = { TY_BINARY_OPS(PROXY_BINOP_SLOT_) },                   \
    .inplace = { PROXY_INPLACE_OPS(PROXY_INPLACE_SLOT_) },           \
    .unop = { TY_UNARY_OPS(PROXY_UNOP_SLOT_) },                      \
    .nb_bool = proxy_bool,                                           \
    .nb_int = proxy_int,                                             \
    .nb_float = proxy_float,                                         \
    .nb_index = proxy_index,                                         \
    .length = proxy_length,                                          \
    .subscript = proxy_getitem,                                      \
    .ass_subscript = proxy_setitem,                                  \
    .contains = proxy_contains,                                      \
    .methods = proxy_methods

TyType TyProxy_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

TyType TyCallableProxy_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
    PROXY_SLOTS,
};
