/*
** method.c — bound methods: a Python function (or any callable found as a
** class attribute with a __get__ that binds) paired with its instance.
*/
#include "tally.h"
#include "objects/weakref.h"
#include "objects/objreduce.h"

TyObject *tyMethod_new(TyObject *func, TyObject *self)
{
    TyMethod *m = (TyMethod *)tyGC_alloc(&TyMethod_Type);
    if (!m)
        return NULL;
    m->func = TY_NEWREF(func);
    m->self = TY_NEWREF(self);
    tyGC_track((TyObject *)m);
    return (TyObject *)m;
}

static void method_dealloc(TyObject *o)
{
    TyMethod *m = (TyMethod *)o;
    tyGC_untrack(o);
    if (m->weakreflist)
        tyWeakref_clear(o);
    TY_DECREF(m->func);
    TY_DECREF(m->self);
    tyObj_free(o);
}

static int method_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyMethod *m = (TyMethod *)o;
    if (visit(m->func, arg) || visit(m->self, arg))
        return 1;
    return 0;
}

/* Calls func(self, *args): the arguments are copied behind self into a
** small stack array (or a heap one for long argument lists). */
static TyObject *method_call(TyObject *callable, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    TyMethod *m = (TyMethod *)callable;
    size_t total = nargs + (kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0);
    TyObject *small[8];
    TyObject **stack = small;
    if (total + 1 > TY_ARRAY_LEN(small)) {
        stack = tyMem_malloc(sizeof(TyObject *) * (total + 1));
        if (!stack)
            return NULL;
    }
    stack[0] = m->self;
    for (size_t i = 0; i < total; i++)
        stack[i + 1] = args[i];
    TY_INCREF(m);
    TyObject *r = tyObj_call(m->func, stack, nargs + 1, kwnames);
    TY_DECREF(m);
    if (stack != small)
        tyMem_free(stack);
    return r;
}

static TyObject *method_repr(TyObject *o)
{
    TyMethod *m = (TyMethod *)o;
    TyObject *name;
    int found = tyObj_lookupAttr(m->func, TY_ID(__qualname__), &name);
    if (found < 0)
        return NULL;
    if (!found && tyObj_lookupAttr(m->func, TY_ID(__name__), &name) < 0)
        return NULL;
    TyObject *r = name ? tyStr_fromFormat("<bound method %S of %R>", name, m->self)
                       : tyStr_fromFormat("<bound method ? of %R>", m->self);
    TY_XDECREF(name);
    return r;
}

static TyObject *method_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || TY_TYPE(b) != &TyMethod_Type)
        return TY_NEWREF(TY_NOTIMPL);
    TyMethod *ma = (TyMethod *)a, *mb = (TyMethod *)b;
    int eq = tyObj_richCompareBool(ma->func, mb->func, TY_EQ);
    if (eq < 0)
        return NULL;
    bool same = eq && ma->self == mb->self;
    return tyBool_from(op == TY_EQ ? same : !same);
}

static ty_hash method_hash(TyObject *o)
{
    TyMethod *m = (TyMethod *)o;
    ty_hash h = tyObj_hash(m->func);
    if (h == -1)
        return -1;
    h ^= (ty_hash)((uintptr_t)m->self >> 4);
    return h == -1 ? -2 : h;
}

/* Attribute lookups that fail on the method fall through to the function
** (m.__name__, m.__doc__), as CPython's method_getattro does. */
static TyObject *method_getattro(TyObject *o, TyObject *name)
{
    TyObject *descr = tyType_lookup(TY_TYPE(o), name);
    if (descr) {
        ty_descrgetfunc get = TY_TYPE(descr)->descr_get;
        if (get)
            return get(descr, o, (TyObject *)TY_TYPE(o));
        return TY_NEWREF(descr);
    }
    return tyObj_getAttr(((TyMethod *)o)->func, name);
}

static TyObject *method_get_func(TyObject *o) { return TY_NEWREF(((TyMethod *)o)->func); }

/* m.__doc__ is its function's (None for one without a docstring). */
static TyObject *method_get_doc(TyObject *o)
{
    return tyObj_getAttr(((TyMethod *)o)->func, TY_ID(__doc__));
}
static TyObject *method_get_self(TyObject *o) { return TY_NEWREF(((TyMethod *)o)->self); }

static TyGetSetDef method_getset[] = {
    { "__func__", method_get_func, NULL, NULL },
    { "__self__", method_get_self, NULL, NULL },
    { "__doc__", method_get_doc, NULL, NULL },
    { NULL }
};

/* A bound method pickles as getattr(self, function name), as CPython's. */
static TyMethodDef method_methods[] = {
    { "__reduce__", tyObjReduce_boundMethod, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL }
};

/* method(function, instance): types.MethodType called directly, as
** weakref.WeakMethod does to rebuild a bound method.  New reference. */
static TyObject *method_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("method", kwnames) < 0 || tyArg_checkCount("method", nargs, 2, 2) < 0)
        return NULL;
    if (!tyObj_isCallable(args[0]))
        return tyErr_setString(&TyExc_TypeError, "first argument must be callable");
    if (args[1] == TY_NONE)
        return tyErr_setString(&TyExc_TypeError, "instance must not be None");
    return tyMethod_new(args[0], args[1]);
}

TyType TyMethod_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "method",
    .doc = "Create a bound instance method object.",
    .basicsize = sizeof(TyMethod),
    .flags = TY_TPFLAG_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattro,
    .traverse = method_traverse,
    .getset = method_getset,
    .methods = method_methods,
    .weaklistoffset = offsetof(TyMethod, weakreflist),
    .tp_new = method_tp_new,
};
