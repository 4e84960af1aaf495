/*
** descr.c — the descriptors that put a built-in type's C code into its
** __dict__: method_descriptor, classmethod_descriptor, getset_descriptor,
** wrapper_descriptor (a slot shown as a dunder method) and method-wrapper
** (a wrapper_descriptor bound to an instance).
*/
#include "tally.h"
#include "objects/objreduce.h"

/* Type check shared by the descriptors: obj must be an instance of owner. */
static int check_owner(const char *name, TyType *owner, TyObject *obj)
{
    if (tyType_isSubtype(TY_TYPE(obj), owner))
        return 0;
    tyErr_format(&TyExc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 name, tyType_name(owner), tyType_name(TY_TYPE(obj)));
    return -1;
}

static int descr_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    /* The owner is a type: static types are immortal and not collected;
    ** heap-type owners are visited so cycles through them are seen. */
    TyType *owner = ((TyMethodDescr *)o)->owner;
    if (owner && (owner->flags & TY_TPFLAG_HEAPTYPE) && visit((TyObject *)owner, arg))
        return 1;
    return 0;
}

static void descr_dealloc(TyObject *o)
{
    TyType *owner = ((TyMethodDescr *)o)->owner;
    tyGC_untrack(o);
    if (owner && (owner->flags & TY_TPFLAG_HEAPTYPE))
        TY_DECREF(owner);
    tyObj_free(o);
}

static TyObject *descr_alloc(TyType *descrtype, TyType *owner)
{
    TyMethodDescr *d = (TyMethodDescr *)tyGC_alloc(descrtype);
    if (!d)
        return NULL;
    d->owner = owner;
    if (owner->flags & TY_TPFLAG_HEAPTYPE)
        TY_INCREF(owner);
    return (TyObject *)d;
}

static TyObject *descr_get_objclass(TyObject *o)
{
    return TY_NEWREF(((TyMethodDescr *)o)->owner);
}

/* Method and slot wrapper descriptors pickle as getattr(owner, name), a
** method-wrapper as getattr(self, name), as CPython's (pickle.dumps(
** str.upper)); CPython's getset descriptors do not pickle. */
static TyMethodDef descr_methods[] = {
    { "__reduce__", tyObjReduce_descriptor, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL }
};

static TyMethodDef methodwrapper_methods[] = {
    { "__reduce__", tyObjReduce_boundMethod, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL }
};

/* ---- method_descriptor / classmethod_descriptor -------------------------- */

TyObject *tyMethodDescr_new(TyType *owner, TyMethodDef *def)
{
    TyType *t = (def->flags & TY_METH_CLASS) ? &TyClassMethodDescr_Type : &TyMethodDescr_Type;
    TyMethodDescr *d = (TyMethodDescr *)descr_alloc(t, owner);
    if (!d)
        return NULL;
    d->def = def;
    tyGC_track((TyObject *)d);
    return (TyObject *)d;
}

static TyObject *methoddescr_get(TyObject *descr, TyObject *obj, TyObject *type)
{
    TyMethodDescr *d = (TyMethodDescr *)descr;
    if (!obj)
        return TY_NEWREF(descr);
    if (check_owner(d->def->name, d->owner, obj) < 0)
        return NULL;
    return tyCFunction_new(d->def, obj);
}

static TyObject *methoddescr_call(TyObject *callable, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    TyMethodDescr *d = (TyMethodDescr *)callable;
    if (nargs < 1)
        return tyErr_format(&TyExc_TypeError, "unbound method %s.%s() needs an argument",
                            tyType_name(d->owner), d->def->name);
    if (check_owner(d->def->name, d->owner, args[0]) < 0)
        return NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static TyObject *methoddescr_repr(TyObject *o)
{
    TyMethodDescr *d = (TyMethodDescr *)o;
    return tyStr_fromFormat("<method '%s' of '%s' objects>", d->def->name, tyType_name(d->owner));
}

static TyObject *methoddescr_get_name(TyObject *o)
{
    return tyStr_fromCStr(((TyMethodDescr *)o)->def->name);
}

static TyObject *methoddescr_get_qualname(TyObject *o)
{
    TyMethodDescr *d = (TyMethodDescr *)o;
    return tyStr_fromFormat("%s.%s", tyType_name(d->owner), d->def->name);
}

static TyObject *methoddescr_get_doc(TyObject *o)
{
    const char *doc = ((TyMethodDescr *)o)->def->doc;
    return doc ? tyStr_fromCStr(doc) : tyNone_new();
}

static TyGetSetDef methoddescr_getset[] = {
    { "__name__", methoddescr_get_name, NULL, NULL },
    { "__qualname__", methoddescr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", methoddescr_get_doc, NULL, NULL },
    { NULL }
};

TyType TyMethodDescr_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "method_descriptor",
    .basicsize = sizeof(TyMethodDescr),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_METHOD_DESCR,
    .dealloc = descr_dealloc,
    .repr = methoddescr_repr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .traverse = descr_traverse,
    .getset = methoddescr_getset,
    .methods = descr_methods,
};

static TyObject *classmethoddescr_get(TyObject *descr, TyObject *obj, TyObject *type)
{
    TyMethodDescr *d = (TyMethodDescr *)descr;
    if (!type)
        type = (TyObject *)TY_TYPE(obj);
    if (!TY_TYPE_CHECK(type) || !tyType_isSubtype((TyType *)type, d->owner))
        return tyErr_format(&TyExc_TypeError,
                            "descriptor '%s' for type '%s' needs a subtype of '%s'", d->def->name,
                            tyType_name(d->owner), tyType_name(d->owner));
    return tyCFunction_new(d->def, type);
}

static TyObject *classmethoddescr_call(TyObject *callable, TyObject *const *args, size_t nargs,
                                       TyObject *kwnames)
{
    TyMethodDescr *d = (TyMethodDescr *)callable;
    if (nargs < 1 || !TY_TYPE_CHECK(args[0]) || !tyType_isSubtype((TyType *)args[0], d->owner))
        return tyErr_format(&TyExc_TypeError, "descriptor '%s' of '%s' object needs a type argument",
                            d->def->name, tyType_name(d->owner));
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

TyType TyClassMethodDescr_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "classmethod_descriptor",
    .basicsize = sizeof(TyMethodDescr),
    .flags = TY_TPFLAG_GC,
    .dealloc = descr_dealloc,
    .repr = methoddescr_repr,
    .call = classmethoddescr_call,
    .descr_get = classmethoddescr_get,
    .traverse = descr_traverse,
    .getset = methoddescr_getset,
};

/* ---- getset_descriptor ---------------------------------------------------- */

TyObject *tyGetSetDescr_new(TyType *owner, TyGetSetDef *def)
{
    TyGetSetDescr *d = (TyGetSetDescr *)descr_alloc(&TyGetSetDescr_Type, owner);
    if (!d)
        return NULL;
    d->def = def;
    tyGC_track((TyObject *)d);
    return (TyObject *)d;
}

static TyObject *getset_get(TyObject *descr, TyObject *obj, TyObject *type)
{
    TyGetSetDescr *d = (TyGetSetDescr *)descr;
    if (!obj)
        return TY_NEWREF(descr);
    if (check_owner(d->def->name, d->owner, obj) < 0)
        return NULL;
    return d->def->get(obj);
}

static int getset_set(TyObject *descr, TyObject *obj, TyObject *value)
{
    TyGetSetDescr *d = (TyGetSetDescr *)descr;
    if (check_owner(d->def->name, d->owner, obj) < 0)
        return -1;
    if (!d->def->set) {
        tyErr_format(&TyExc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                     d->def->name, tyType_name(d->owner));
        return -1;
    }
    return d->def->set(obj, value);
}

static TyObject *getset_repr(TyObject *o)
{
    TyGetSetDescr *d = (TyGetSetDescr *)o;
    return tyStr_fromFormat("<attribute '%s' of '%s' objects>", d->def->name, tyType_name(d->owner));
}

static TyObject *getset_get_name(TyObject *o)
{
    return tyStr_fromCStr(((TyGetSetDescr *)o)->def->name);
}

static TyObject *getset_get_doc(TyObject *o)
{
    const char *doc = ((TyGetSetDescr *)o)->def->doc;
    return doc ? tyStr_fromCStr(doc) : tyNone_new();
}

/* The owner's __qualname__ and the name, as CPython's descriptors show. */
static TyObject *getset_get_qualname(TyObject *o)
{
    TyGetSetDescr *d = (TyGetSetDescr *)o;
    TyObject *q = tyObj_getAttr((TyObject *)d->owner, TY_ID(__qualname__));
    TyObject *r = q ? tyStr_fromFormat("%S.%s", q, d->def->name) : NULL;
    TY_XDECREF(q);
    return r;
}

static TyGetSetDef getsetdescr_getset[] = {
    { "__name__", getset_get_name, NULL, NULL },
    { "__qualname__", getset_get_qualname, NULL, NULL },
    { "__doc__", getset_get_doc, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { NULL }
};

TyType TyGetSetDescr_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "getset_descriptor",
    .basicsize = sizeof(TyGetSetDescr),
    .flags = TY_TPFLAG_GC,
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .traverse = descr_traverse,
    .getset = getsetdescr_getset,
};

/* ---- wrapper_descriptor and method-wrapper -------------------------------- */

TyObject *tyWrapperDescr_new(TyType *owner, const TySlotDef *def, void *slot)
{
    TyWrapperDescr *d = (TyWrapperDescr *)descr_alloc(&TyWrapperDescr_Type, owner);
    if (!d)
        return NULL;
    d->def = def;
    d->slot = slot;
    tyGC_track((TyObject *)d);
    return (TyObject *)d;
}

/* A slot's wrapper called on self: new reference.  The slot may lead
** straight back here (a class whose __repr__ is object.__str__), with no
** Python frame in between, so the call counts as a level of recursion. */
static TyObject *call_slot_wrapper(TyWrapperDescr *d, TyObject *self, TyObject *const *args,
                                   size_t nargs, TyObject *kwnames)
{
    if (tyObj_enterRecursiveCall(" while calling a Python object") < 0)
        return NULL;
    TyObject *r = d->def->wrapper(self, args, nargs, kwnames, d->slot);
    tyObj_leaveRecursiveCall();
    return r;
}

static TyObject *wrapperdescr_call(TyObject *callable, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    TyWrapperDescr *d = (TyWrapperDescr *)callable;
    if (nargs < 1)
        return tyErr_format(&TyExc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                            d->def->name, tyType_name(d->owner));
    if (!tyType_isSubtype(TY_TYPE(args[0]), d->owner))
        return tyErr_format(&TyExc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                            d->def->name, tyType_name(d->owner), tyType_name(TY_TYPE(args[0])));
    return call_slot_wrapper(d, args[0], args + 1, nargs - 1, kwnames);
}

static TyObject *wrapperdescr_get(TyObject *descr, TyObject *obj, TyObject *type)
{
    TyWrapperDescr *d = (TyWrapperDescr *)descr;
    if (!obj)
        return TY_NEWREF(descr);
    if (check_owner(d->def->name, d->owner, obj) < 0)
        return NULL;
    TyMethodWrapper *w = (TyMethodWrapper *)tyGC_alloc(&TyMethodWrapper_Type);
    if (!w)
        return NULL;
    w->descr = (TyWrapperDescr *)TY_NEWREF(descr);
    w->self = TY_NEWREF(obj);
    tyGC_track((TyObject *)w);
    return (TyObject *)w;
}

static TyObject *wrapperdescr_repr(TyObject *o)
{
    TyWrapperDescr *d = (TyWrapperDescr *)o;
    return tyStr_fromFormat("<slot wrapper '%s' of '%s' objects>", d->def->name, tyType_name(d->owner));
}

static TyObject *wrapperdescr_get_name(TyObject *o)
{
    return tyStr_fromCStr(((TyWrapperDescr *)o)->def->name);
}

static TyObject *wrapperdescr_get_qualname(TyObject *o)
{
    TyWrapperDescr *d = (TyWrapperDescr *)o;
    return tyStr_fromFormat("%s.%s", tyType_name(d->owner), d->def->name);
}

static TyGetSetDef wrapperdescr_getset[] = {
    { "__name__", wrapperdescr_get_name, NULL, NULL },
    { "__qualname__", wrapperdescr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { NULL }
};

TyType TyWrapperDescr_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "wrapper_descriptor",
    .basicsize = sizeof(TyWrapperDescr),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_METHOD_DESCR,
    .dealloc = descr_dealloc,
    .repr = wrapperdescr_repr,
    .call = wrapperdescr_call,
    .descr_get = wrapperdescr_get,
    .traverse = descr_traverse,
    .getset = wrapperdescr_getset,
    .methods = descr_methods,
};

static void methodwrapper_dealloc(TyObject *o)
{
    TyMethodWrapper *w = (TyMethodWrapper *)o;
    tyGC_untrack(o);
    TY_DECREF(w->descr);
    TY_DECREF(w->self);
    tyObj_free(o);
}

static int methodwrapper_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyMethodWrapper *w = (TyMethodWrapper *)o;
    if (visit((TyObject *)w->descr, arg) || visit(w->self, arg))
        return 1;
    return 0;
}

static TyObject *methodwrapper_call(TyObject *callable, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    TyMethodWrapper *w = (TyMethodWrapper *)callable;
    return call_slot_wrapper(w->descr, w->self, args, nargs, kwnames);
}

static TyObject *methodwrapper_repr(TyObject *o)
{
    TyMethodWrapper *w = (TyMethodWrapper *)o;
    return tyStr_fromFormat("<method-wrapper '%s' of %s object at %p>", w->descr->def->name,
                            tyType_name(TY_TYPE(w->self)), (void *)w->self);
}

/* Two method-wrappers are equal when they wrap the same slot of the same
** object (identity, not the objects' ==); they are not ordered. */
static TyObject *methodwrapper_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || TY_TYPE(b) != &TyMethodWrapper_Type)
        return TY_NEWREF(TY_NOTIMPL);
    TyMethodWrapper *x = (TyMethodWrapper *)a, *y = (TyMethodWrapper *)b;
    bool same = x->descr == y->descr && x->self == y->self;
    return tyBool_from(op == TY_EQ ? same : !same);
}

/* From the two addresses: not the object's own hash (a list has none). */
static ty_hash methodwrapper_hash(TyObject *o)
{
    TyMethodWrapper *w = (TyMethodWrapper *)o;
    ty_hash h = (ty_hash)(((uintptr_t)w->self >> 4) ^ ((uintptr_t)w->descr >> 4));
    return h == -1 ? -2 : h;
}

static TyObject *methodwrapper_get_objclass(TyObject *o)
{
    return TY_NEWREF(((TyMethodWrapper *)o)->descr->owner);
}

static TyObject *methodwrapper_get_self(TyObject *o)
{
    return TY_NEWREF(((TyMethodWrapper *)o)->self);
}

static TyObject *methodwrapper_get_name(TyObject *o)
{
    return tyStr_fromCStr(((TyMethodWrapper *)o)->descr->def->name);
}

static TyGetSetDef methodwrapper_getset[] = {
    { "__self__", methodwrapper_get_self, NULL, NULL },
    { "__name__", methodwrapper_get_name, NULL, NULL },
    { "__objclass__", methodwrapper_get_objclass, NULL, NULL },
    { NULL }
};

TyType TyMethodWrapper_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "method-wrapper",
    .basicsize = sizeof(TyMethodWrapper),
    .flags = TY_TPFLAG_GC,
    .dealloc = methodwrapper_dealloc,
    .repr = methodwrapper_repr,
    .hash = methodwrapper_hash,
    .richcompare = methodwrapper_richcompare,
    .call = methodwrapper_call,
    .traverse = methodwrapper_traverse,
    .getset = methodwrapper_getset,
    .methods = methodwrapper_methods,
};
