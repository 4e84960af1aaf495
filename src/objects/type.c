/*
** type.c — `type` and `object`.
**
** tyType_ready completes a static type: it exposes the type's own slots as
** dunder methods (slot wrappers), adds its methods and getsets as
** descriptors, inherits the slots it leaves empty from its base, and
** computes __mro__.  tyType_lookup finds an attribute along the MRO through
** a small global cache, invalidated wholesale whenever any class changes
** (class attribute assignment is rare; lookups are constant).
*/
#include "tally.h"
#include "objects/member.h"
#include "objects/objreduce.h"
#include "objects/union.h"
#include "objects/class.h"
#include "objects/slots.h"
#include "objects/mappingproxy.h"
#include "objects/instance.h"

/* ---- the method cache ------------------------------------------------- */

#define MCACHE_SIZE TY_MCACHE_SIZE

void tyType_modified(TyType *type)
{
    (void)type;
    /* Epoch 0 never matches: entries start zeroed. */
    if (++ty_state.type_epoch == 0) {
        memset(ty_state.type.mcache, 0, sizeof ty_state.type.mcache);
        ty_state.type_epoch = 1;
    }
}

static TyObject *lookup_uncached(TyType *type, TyObject *name)
{
    TyObject *mro = type->mro;
    if (!mro) {
        for (TyType *t = type; t; t = t->base) {
            if (t->dict) {
                TyObject *v = tyDict_getStr(t->dict, name);
                if (v)
                    return v;
            }
        }
        return NULL;
    }
    /* A key's __eq__ can assign __bases__ and free the MRO mid-walk. */
    TY_INCREF(mro);
    ssize_t n = TY_TUPLE_LEN(mro);
    TyObject *v = NULL;
    for (ssize_t i = 0; i < n && !v; i++) {
        TyType *t = (TyType *)TY_TUPLE_GET(mro, i);
        if (t->dict)
            v = tyDict_getStr(t->dict, name);
    }
    TY_DECREF(mro);
    return v;
}

bool tyType_overrides(TyType *type, TyType *base, TyObject *name)
{
    return type != base && tyType_lookup(type, name) != tyType_lookup(base, name);
}

TyObject *tyType_lookup(TyType *type, TyObject *name)
{
    if (!TY_STR_CHECK_EXACT(name) || !((TyStr *)name)->interned || !ty_state.type.mcache_on)
        return lookup_uncached(type, name);
    size_t h = (((uintptr_t)type >> 4) ^ ((uintptr_t)name >> 3) * 31) & (MCACHE_SIZE - 1);
    TyMCacheEntry *e = &ty_state.type.mcache[h];
    if (e->type == type && e->name == name && e->epoch == ty_state.type_epoch)
        return e->value;
    TyObject *v = lookup_uncached(type, name);
    e->type = type;
    e->name = name;
    e->value = v;
    e->epoch = ty_state.type_epoch;
    return v;
}

TyObject *tyType_lookupStr(TyType *type, const char *name)
{
    TyObject *n = tyStr_internC(name);
    if (!n) {
        tyErr_clear();
        return NULL;
    }
    TyObject *v = tyType_lookup(type, n);
    TY_DECREF(n);
    return v;
}

const char *tyType_name(TyType *type)
{
    if ((type->flags & TY_TPFLAG_HEAPTYPE) && type->ht_name)
        return TY_STR_UTF8(type->ht_name);
    return type->name;
}

/* T.__new__(S, ...): calls T's constructor for the subtype S. */
static TyObject *tp_new_wrapper(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    TyType *type = (TyType *)self;
    if (nargs < 1)
        return tyErr_format(&TyExc_TypeError, "%s.__new__(): not enough arguments",
                            tyType_name(type));
    TyObject *arg0 = args[0];
    if (!TY_TYPE_CHECK(arg0))
        return tyErr_format(&TyExc_TypeError, "%s.__new__(X): X is not a type object (%T)",
                            tyType_name(type), arg0);
    TyType *sub = (TyType *)arg0;
    if (!tyType_isSubtype(sub, type))
        return tyErr_format(&TyExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                            tyType_name(type), tyType_name(sub), tyType_name(sub),
                            tyType_name(type));
    /* The nearest class up from sub that constructs in C must construct
    ** as type does (object.__new__(dict) would leave a dict unmade). */
    TyType *staticbase = sub;
    while (staticbase && tyClass_hasPythonNew(staticbase))
        staticbase = staticbase->base;
    if (staticbase && staticbase->tp_new != type->tp_new)
        return tyErr_format(&TyExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                            tyType_name(type), tyType_name(sub), tyType_name(staticbase));
    return type->tp_new(sub, args + 1, nargs - 1, kwnames);
}

/* Bound to its type, which is its __self__ (CPython's tp_new_wrapper). */
static TyMethodDef tp_new_def = { "__new__", tp_new_wrapper, TY_METH_DEFAULT,
                                  "Create and return a new object." };

/* ---- readying static types ---------------------------------------------- */

#define INHERIT(field) if (!t->field) t->field = b->field

static void inherit_slots(TyType *t, TyType *b)
{
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(tp_init);
    INHERIT(finalize);
    INHERIT(nb_bool);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(am_await);
    INHERIT(am_aiter);
    INHERIT(am_anext);
    INHERIT(length);
    INHERIT(subscript);
    INHERIT(ass_subscript);
    INHERIT(contains);
    INHERIT(sq_concat);
    INHERIT(sq_repeat);
    INHERIT(sq_inplace_concat);
    INHERIT(sq_inplace_repeat);
    for (int i = 0; i < TY_BINOP_COUNT; i++) {
        INHERIT(binop[i]);
        INHERIT(inplace[i]);
    }
    for (int i = 0; i < TY_UNOP_COUNT; i++)
        INHERIT(unop[i]);
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    if ((t->flags & TY_TPFLAG_GC) == (b->flags & TY_TPFLAG_GC)) {
        INHERIT(traverse);
        INHERIT(clear);
    }
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    INHERIT(itemsize);
    INHERIT(dictoffset);
    INHERIT(weaklistoffset);
    /* A static type directly under object without a constructor cannot be
    ** instantiated; below another base it inherits the base's. */
    if (!t->tp_new && (b != &TyBaseObject_Type || (t->flags & TY_TPFLAG_HEAPTYPE)))
        t->tp_new = b->tp_new;
    t->flags |= b->flags & TY_TPFLAG_INHERITED;
}

static int add_methods(TyType *t)
{
    for (TyMethodDef *m = t->methods; m && m->name; m++) {
        TyObject *descr;
        if (m->flags & TY_METH_STATIC) {
            /* The type is kept (hidden from __self__ and the call) for the
            ** method's __qualname__ and __reduce__; the class dict holds a
            ** staticmethod around it, as CPython's does. */
            TyObject *f = tyCFunction_new(m, (TyObject *)t);
            descr = f ? tyStaticMethod_new(f) : NULL;
            TY_XDECREF(f);
        } else
            descr = tyMethodDescr_new(t, m);
        if (!descr)
            return -1;
        int r = tyDict_setItemStr(t->dict, m->name, descr);
        TY_DECREF(descr);
        if (r < 0)
            return -1;
    }
    for (TyGetSetDef *g = t->getset; g && g->name; g++) {
        TyObject *descr = g->member ? tyMemberDescr_fromGetSet(t, g) : tyGetSetDescr_new(t, g);
        if (!descr)
            return -1;
        int r = tyDict_setItemStr(t->dict, g->name, descr);
        TY_DECREF(descr);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* The subtype flag a type's own identity implies. */
static unsigned long own_subclass_flag(TyType *t)
{
    if (t == &TyInt_Type) return TY_TPFLAG_INT_SUBCLASS;
    if (t == &TyStr_Type) return TY_TPFLAG_STR_SUBCLASS;
    if (t == &TyList_Type) return TY_TPFLAG_LIST_SUBCLASS;
    if (t == &TyTuple_Type) return TY_TPFLAG_TUPLE_SUBCLASS;
    if (t == &TyDict_Type) return TY_TPFLAG_DICT_SUBCLASS;
    if (t == &TyType_Type) return TY_TPFLAG_TYPE_SUBCLASS;
    if (t == &TyBytes_Type) return TY_TPFLAG_BYTES_SUBCLASS;
    if (t == &TyFloat_Type) return TY_TPFLAG_FLOAT_SUBCLASS;
    return 0;
}

int tyType_ready(TyType *t)
{
    if (t->flags & TY_TPFLAG_READY)
        return 0;
    if (t != &TyBaseObject_Type && !t->base)
        t->base = &TyBaseObject_Type;
    TyType *b = t->base;
    if (b && tyType_ready(b) < 0)
        return -1;
    if (!TY_TYPE(t))
        TY_TYPE(t) = &TyType_Type;

    t->dict = tyDict_new();
    if (!t->dict)
        goto fail;
    /* Descriptors first, so slot wrappers never shadow an explicit method. */
    if (add_methods(t) < 0 || tySlots_addWrappers(t) < 0)
        goto fail;
    if (t->tp_new && (!b || t->tp_new != b->tp_new)) {
        TyObject *fn = tyCFunction_new(&tp_new_def, (TyObject *)t);
        int r = fn ? tyDict_setItemStr(t->dict, "__new__", fn) : -1;
        TY_XDECREF(fn);
        if (r < 0)
            goto fail;
    }
    if (b)
        inherit_slots(t, b);
    t->flags |= own_subclass_flag(t);
    if (!t->hash && t->richcompare && !tyDict_getItemStr(t->dict, "__hash__")) {
        if (tyDict_setItemStr(t->dict, "__hash__", TY_NONE) < 0)
            goto fail;
    }
    /* Every type's namespace has __doc__, None when it has no doc, so
    ** that an instance's __doc__ is never its base's (CPython's
    ** type_dict_set_doc). */
    if (!tyDict_getItemStr(t->dict, "__doc__")) {
        TyObject *d = t->doc ? tyStr_fromCStr(t->doc) : tyNone_new();
        int r = d ? tyDict_setItemStr(t->dict, "__doc__", d) : -1;
        TY_XDECREF(d);
        if (r < 0)
            goto fail;
    }

    t->bases = b ? tyTuple_pack(1, b) : tyTuple_new(0);
    if (!t->bases)
        goto fail;
    ssize_t nbase = b ? TY_TUPLE_LEN(b->mro) : 0;
    t->mro = tyTuple_new(nbase + 1);
    if (!t->mro)
        goto fail;
    TY_TUPLE_SET(t->mro, 0, TY_NEWREF(t));
    for (ssize_t i = 0; i < nbase; i++)
        TY_TUPLE_SET(t->mro, i + 1, TY_NEWREF(TY_TUPLE_GET(b->mro, i)));
    /* A built-in base of a built-in type has its subclass registry from
    ** start-up, as in CPython (which records the static subtypes there too),
    ** so a class's first subclass only allocates one where CPython does. */
    if (b && tyClass_ensureSubclassRegistry(b) < 0)
        goto fail;
    t->flags |= TY_TPFLAG_READY;
    tyType_modified(t);
    return 0;
fail:
    /* Not ready: a later call starts again from nothing. */
    TY_CLEAR(t->dict);
    TY_CLEAR(t->bases);
    TY_CLEAR(t->mro);
    return -1;
}

/* Releases what tyType_ready built for a static type (at exit), breaking
** the type -> dict -> descriptor -> type references. */
void tyType_finiStatic(TyType *t)
{
    if (!(t->flags & TY_TPFLAG_READY))
        return;
    TY_CLEAR(t->dict);
    TY_CLEAR(t->bases);
    TY_CLEAR(t->mro);
    TY_CLEAR(t->subclasses);
    t->flags &= ~(unsigned long)TY_TPFLAG_READY;
}

/* ---- object ------------------------------------------------------------- */

static bool excess_args(size_t nargs, TyObject *kwnames)
{
    return nargs > 0 || (kwnames && TY_TUPLE_LEN(kwnames) > 0);
}

static int object_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* TypeError "Can't instantiate abstract class X with abstract methods
** a, b" (CPython's words), naming the sorted __abstractmethods__. */
static TyObject *abstract_error(TyType *type)
{
    TyObject *methods = tyObj_getAttrStr((TyObject *)type, "__abstractmethods__");
    TyObject *sorted = methods ? tyList_fromIterable(methods) : NULL;
    TY_XDECREF(methods);
    if (!sorted || tyList_sort(sorted, NULL, false) < 0) {
        TY_XDECREF(sorted);
        return NULL;
    }
    TyObject *sep = tyStr_fromCStr(", ");
    TyObject *joined = sep ? tyStr_join(sep, sorted) : NULL;
    if (joined)
        tyErr_format(&TyExc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                     tyType_name(type), TY_LIST_LEN(sorted) > 1 ? "s" : "", joined);
    TY_XDECREF(sep);
    TY_XDECREF(joined);
    TY_DECREF(sorted);
    return NULL;
}

static TyObject *object_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (TY_TYPE_HAS(type, TY_TPFLAG_IS_ABSTRACT))
        return abstract_error(type);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new)
            return tyErr_setString(&TyExc_TypeError,
                                   "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_init)
            return tyErr_format(&TyExc_TypeError, "%s() takes no arguments", tyType_name(type));
    }
    return tyType_genericAlloc(type, 0);
}

static int object_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyType *type = TY_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_init != object_init) {
            tyErr_setString(&TyExc_TypeError,
                            "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            tyErr_format(&TyExc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                         tyType_name(type));
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(TyObject *o)
{
    tyObj_free(o);
}

static ty_hash object_hash(TyObject *o)
{
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    ty_hash h = (ty_hash)y;
    return h == -1 ? -2 : h;
}

static TyObject *object_richcompare(TyObject *a, TyObject *b, int op)
{
    switch (op) {
    case TY_EQ:
        return TY_NEWREF(a == b ? TY_TRUE : TY_NOTIMPL);
    case TY_NE: {
        ty_richcmpfunc cmp = TY_TYPE(a)->richcompare;
        if (!cmp)
            return TY_NEWREF(TY_NOTIMPL);
        TyObject *r = cmp(a, b, TY_EQ);
        if (r && r != TY_NOTIMPL) {
            int t = tyObj_isTrue(r);
            TY_DECREF(r);
            return t < 0 ? NULL : tyBool_from(!t);
        }
        return r;
    }
    default:
        return TY_NEWREF(TY_NOTIMPL);
    }
}

static TyObject *object_repr(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (t->flags & TY_TPFLAG_HEAPTYPE) {
        TyObject *mod = t->ht_module;
        if (mod && TY_STR_CHECK(mod) && !tyStr_eqC(mod, "builtins"))
            return tyStr_fromFormat("<%U.%U object at %p>", mod, t->ht_qualname, (void *)o);
        return tyStr_fromFormat("<%U object at %p>", t->ht_qualname, (void *)o);
    }
    return tyStr_fromFormat("<%s object at %p>", t->name, (void *)o);
}

static TyObject *object_str(TyObject *o)
{
    ty_unaryfunc repr = TY_TYPE(o)->repr;
    return repr ? repr(o) : object_repr(o);
}

static TyObject *object_format(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("object.__format__", kwnames) < 0 ||
        tyArg_checkPositional("object.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "__format__() argument must be str, not %A", args[0]);
    if (TY_STR_LEN(args[0]) > 0)
        return tyErr_format(&TyExc_TypeError, "unsupported format string passed to %s.__format__",
                            tyType_name(TY_TYPE(self)));
    return tyObj_str(self);
}

/* Adds the keys of dict d to the set-like dict `names`. */
static int merge_names(TyObject *names, TyObject *d)
{
    ssize_t pos = 0;
    TyObject *k, *v;
    while (tyDict_next(d, &pos, &k, &v))
        if (tyDict_setItem(names, k, TY_NONE) < 0)
            return -1;
    return 0;
}

static TyObject *names_to_list(TyObject *names)
{
    TyObject *r = tyDict_keys(names);
    TY_DECREF(names);
    return r;
}

static int merge_class_names(TyObject *names, TyType *t)
{
    TyObject *mro = t->mro;
    for (ssize_t i = 0; mro && i < TY_TUPLE_LEN(mro); i++) {
        TyType *c = (TyType *)TY_TUPLE_GET(mro, i);
        if (c->dict && merge_names(names, c->dict) < 0)
            return -1;
    }
    return 0;
}

/* The names of self.__dict__ for an object with no namespace of its own
** whose attribute lookup finds one elsewhere (a bound method shows its
** function's, as CPython's object.__dir__ reads the attribute): none when
** there is no such dict.  0 / -1. */
static int merge_attr_dict(TyObject *names, TyObject *self)
{
    TyObject *d;
    if (tyObj_lookupAttr(self, TY_ID(__dict__), &d) < 0)
        return -1;
    int r = d && TY_DICT_CHECK(d) ? merge_names(names, d) : 0;
    TY_XDECREF(d);
    return r;
}

static TyObject *object_dir(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("__dir__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *names = tyDict_new();
    if (!names)
        return NULL;
    TyObject **dictptr = tyObj_dictPtr(self);
    if ((dictptr && *dictptr && merge_names(names, *dictptr) < 0) ||
        (dictptr && !*dictptr && TY_TYPE(self)->valuesoffset && tyInst_mergeNames(self, names) < 0) ||
        (!dictptr && merge_attr_dict(names, self) < 0)) {
        TY_DECREF(names);
        return NULL;
    }
    /* The class's names come from the attribute __class__, as CPython's
    ** object.__dir__ reads it: none when that fails (an empty slot named
    ** __class__, say). */
    TyObject *cls = tyObj_getAttr(self, TY_ID(__class__));
    if (!cls && !tyErr_exceptionMatches(&TyExc_AttributeError)) {
        TY_DECREF(names);
        return NULL;
    }
    tyErr_clear();
    int r = cls && TY_TYPE_CHECK(cls) ? merge_class_names(names, (TyType *)cls) : 0;
    TY_XDECREF(cls);
    if (r < 0) {
        TY_DECREF(names);
        return NULL;
    }
    return names_to_list(names);
}

static TyObject *object_sizeof(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyType *t = TY_TYPE(self);
    ssize_t size = t->basicsize;
    if (t->itemsize)
        size += t->itemsize * TY_SIZE(self);
    return tyInt_fromI64(size);
}

static TyObject *object_init_subclass(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    if (kwnames && TY_TUPLE_LEN(kwnames) > 0)
        return tyErr_format(&TyExc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                            tyType_name((TyType *)self));
    if (tyArg_checkPositional("__init_subclass__", nargs, 0, 0) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *object_subclasshook(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    return TY_NEWREF(TY_NOTIMPL);
}

static TyMethodDef object_methods[] = {
    { "__format__", object_format, TY_METH_DEFAULT, "Default object formatter." },
    { "__dir__", object_dir, TY_METH_DEFAULT, "Default dir() implementation." },
    { "__sizeof__", object_sizeof, TY_METH_DEFAULT, "Size of object in memory, in bytes." },
    { "__reduce_ex__", tyObjReduce_reduceEx, TY_METH_DEFAULT, "Helper for pickle." },
    { "__reduce__", tyObjReduce_reduce, TY_METH_DEFAULT, "Helper for pickle." },
    { "__getstate__", tyObjReduce_getstate, TY_METH_DEFAULT, "Helper for pickle." },
    { "__init_subclass__", object_init_subclass, TY_METH_CLASS, NULL },
    { "__subclasshook__", object_subclasshook, TY_METH_CLASS, NULL },
    { NULL }
};

static TyObject *object_get_class(TyObject *o)
{
    return TY_NEWREF(TY_TYPE(o));
}

static int object_set_class(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!TY_TYPE_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    TyType *newt = (TyType *)v, *oldt = TY_TYPE(o);
    if (!(newt->flags & TY_TPFLAG_HEAPTYPE) || !(oldt->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_setString(&TyExc_TypeError,
                        "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (newt->basicsize != oldt->basicsize || newt->dictoffset != oldt->dictoffset ||
        tyClass_solidBase(newt) != tyClass_solidBase(oldt)) {
        tyErr_format(&TyExc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                     tyType_name(newt), tyType_name(oldt));
        return -1;
    }
    /* Inline values are indexed by the old class's keys. */
    if (oldt->valuesoffset && !tyInst_materialize(o))
        return -1;
    TY_INCREF(newt);
    TY_TYPE(o) = newt;
    TY_DECREF(oldt);
    return 0;
}

static TyGetSetDef object_getset[] = {
    { "__class__", object_get_class, object_set_class, NULL },
    { NULL }
};

TyType TyBaseObject_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "object",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = tyObj_genericGetAttr,
    .setattr = tyObj_genericSetAttr,
    .tp_new = object_new,
    .tp_init = object_init,
    .methods = object_methods,
    .getset = object_getset,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

/*
** A zeroed instance of `type` (nitems items for variable-size types):
** refcount 1; a GC instance is tracked at once (its fields are all NULL,
** which traverse accepts).  Holds a reference to a heap type (taken by the
** allocators).  New reference.
*/
TyObject *tyType_genericAlloc(TyType *type, ssize_t nitems)
{
    TyObject *o = (type->flags & TY_TPFLAG_GC) ? tyGC_allocVar(type, nitems)
                                               : tyObj_allocVar(type, nitems);
    if (!o)
        return NULL;
    if (type->itemsize)
        TY_SIZE(o) = nitems;
    if (type->flags & TY_TPFLAG_GC)
        tyGC_track(o);
    return o;
}

/* ---- type ----------------------------------------------------------------- */

static TyObject *type_repr(TyObject *o)
{
    TyType *t = (TyType *)o;
    if (t->flags & TY_TPFLAG_HEAPTYPE) {
        TyObject *mod = t->ht_module;
        if (mod && TY_STR_CHECK(mod) && !tyStr_eqC(mod, "builtins"))
            return tyStr_fromFormat("<class '%U.%U'>", mod, t->ht_qualname);
        return tyStr_fromFormat("<class '%U'>", t->ht_qualname);
    }
    return tyStr_fromFormat("<class '%s'>", t->name);
}

/* 0, or -1 with CPython's TypeError when a keyword name is not a str. */
static int check_keyword_names(TyObject *kwnames)
{
    for (ssize_t i = 0; kwnames && i < TY_TUPLE_LEN(kwnames); i++) {
        if (!TY_STR_CHECK(TY_TUPLE_GET(kwnames, i))) {
            tyErr_setString(&TyExc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return 0;
}

/*
** type(...) / Class(...).  Called through ** (tyObj_callTupleDict),
** kwnames may hold names that are not strings, as CPython's type_call
** receives the dict unchecked: object's own __new__ and __init__ only
** count the arguments (so `K(**{1: 2})` reports "K() takes no arguments"),
** and the names are checked before any other constructor reads them.
*/
/*
** The containers of a tp_call: a tuple of the nargs positional arguments
** (none when there are none: CPython's empty tuple is shared) and a dict of
** the keywords (when kwnames), both new references; *stack gets the same
** arguments read from them in vectorcall order (positional, then the
** keyword values in kwnames order), in `small` when they fit.  0 / -1.
*/
static int call_containers(TyObject *const *args, size_t nargs, TyObject *kwnames,
                           TyObject **argtuple, TyObject **kwdict, TyObject **small, size_t nsmall,
                           TyObject ***stack)
{
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    size_t total = nargs + (size_t)nkw;
    *stack = total <= nsmall ? small : tyMem_malloc(total * sizeof(TyObject *));
    if (!*stack)
        return -1;
    if (nargs) {
        *argtuple = tyTuple_fromArray(args, (ssize_t)nargs);
        if (!*argtuple)
            goto fail;
        for (size_t i = 0; i < nargs; i++)
            (*stack)[i] = TY_TUPLE_GET(*argtuple, (ssize_t)i);
    }
    if (nkw) {
        *kwdict = tyDict_new();
        if (!*kwdict)
            goto fail;
        for (ssize_t i = 0; i < nkw; i++)
            if (tyDict_setItem(*kwdict, TY_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0)
                goto fail;
        for (ssize_t i = 0; i < nkw; i++)
            (*stack)[nargs + (size_t)i] = tyDict_getItem(*kwdict, TY_TUPLE_GET(kwnames, i));
    }
    return 0;
fail:
    TY_CLEAR(*argtuple);
    TY_CLEAR(*kwdict);
    if (*stack != small)
        tyMem_free(*stack);
    *stack = NULL;
    return -1;
}

TyObject *tyType_callArgs(TyObject *const *args, size_t nargs)
{
    TyObject *t = ty_state.type.call_args;
    if (!t || nargs == 0 || (ssize_t)nargs != TY_TUPLE_LEN(t))
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (args[i] != TY_TUPLE_GET(t, (ssize_t)i))
            return NULL;
    return t;
}

static TyObject *type_call(TyObject *callable, TyObject *const *args, size_t nargs,
                           TyObject *kwnames)
{
    TyType *type = (TyType *)callable;
    if (type->tp_new && type->tp_new != object_new && check_keyword_names(kwnames) < 0)
        return NULL;
    if (type == &TyType_Type && nargs == 1) {
        if (tyArg_noKeywords("type", kwnames) < 0)
            return NULL;
        return TY_NEWREF(TY_TYPE(args[0]));
    }
    if (type == &TyType_Type && nargs != 3)
        return tyErr_setString(&TyExc_TypeError, "type() takes 1 or 3 arguments");
    if (!type->tp_new)
        return tyErr_format(&TyExc_TypeError, "cannot create '%s' instances", tyType_name(type));
    /* str(x) of an int, float or str runs no Python code, and the argument
    ** tuple described below would come from the free list of 1-tuples and
    ** go back to it, which neither the collector's counts nor anything
    ** else can see: while that list has one, the tuple is left out. */
    if (type == &TyStr_Type && nargs == 1 && !kwnames && ty_state.cache.tuple_free[1].count > 0 &&
        (TY_INT_CHECK_EXACT(args[0]) || TY_TYPE(args[0]) == &TyFloat_Type ||
         TY_STR_CHECK_EXACT(args[0])))
        return tyObj_str(args[0]);
    /* CPython 3.11 calls a class (and the built-in types without
    ** vectorcall) through tp_call, with the positional arguments in a tuple
    ** and the keywords in a dict that live while __new__ and __init__ run:
    ** those references show in sys.getrefcount of an argument inside
    ** __init__, and the containers count toward generation 0.  The callee
    ** reads the arguments from them. */
    TyObject *argtuple = NULL, *kwdict = NULL;
    TyObject *small[8], **stack = NULL;
    if ((type->flags & (TY_TPFLAG_HEAPTYPE | TY_TPFLAG_TUPLE_CALL)) && (nargs > 0 || kwnames)) {
        if (call_containers(args, nargs, kwnames, &argtuple, &kwdict, small, TY_ARRAY_LEN(small),
                            &stack) < 0)
            return NULL;
        args = stack;
    }
    TyObject *outer_call_args = ty_state.type.call_args;
    ty_state.type.call_args = argtuple;
    TyObject *obj = type->tp_new(type, args, nargs, kwnames);
    ty_state.type.call_args = outer_call_args;
    TyObject *initnames = NULL;
    if (obj && tyType_isSubtype(TY_TYPE(obj), type)) {
        ty_initfunc init = TY_TYPE(obj)->tp_init;
        /* A class's __init__ called with keywords gets them back out of
        ** the dict as CPython's _PyStack_UnpackDict gives them: a tuple of
        ** names, and an array holding its own reference to every argument
        ** while the call runs. */
        size_t total = nargs + (kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0);
        if (init && kwdict && init != object_init && (TY_TYPE(obj)->flags & TY_TPFLAG_HEAPTYPE)) {
            initnames = tyTuple_fromArray(TY_TUPLE_ITEMS(kwnames), TY_TUPLE_LEN(kwnames));
            if (!initnames)
                TY_CLEAR(obj);
            for (size_t i = 0; initnames && i < total; i++)
                TY_INCREF(args[i]);
        }
        if (obj && init && ((init != object_init && check_keyword_names(kwnames) < 0) ||
                            init(obj, args, nargs, initnames ? initnames : kwnames) < 0))
            TY_CLEAR(obj);
        for (size_t i = 0; initnames && i < total; i++)
            TY_DECREF(args[i]);
    }
    TY_XDECREF(initnames);
    TY_XDECREF(argtuple);
    TY_XDECREF(kwdict);
    if (stack && stack != small)
        tyMem_free(stack);
    return obj;
}

bool tyType_takesAnyKeywordNames(TyObject *callable)
{
    return TY_TYPE(callable)->call == type_call;
}

static TyObject *type_getattro(TyObject *o, TyObject *name)
{
    TyType *type = (TyType *)o;
    TyType *meta = TY_TYPE(o);
    TyObject *meta_attr = tyType_lookup(meta, name);
    ty_descrgetfunc meta_get = NULL;
    if (meta_attr) {
        meta_get = TY_TYPE(meta_attr)->descr_get;
        if (meta_get && TY_TYPE(meta_attr)->descr_set) {
            TY_INCREF(meta_attr);
            TyObject *r = meta_get(meta_attr, o, (TyObject *)meta);
            TY_DECREF(meta_attr);
            return r;
        }
    }
    TyObject *attr = tyType_lookup(type, name);
    if (attr) {
        ty_descrgetfunc get = TY_TYPE(attr)->descr_get;
        if (get) {
            TY_INCREF(attr);
            TyObject *r = get(attr, NULL, o);
            TY_DECREF(attr);
            return r;
        }
        return TY_NEWREF(attr);
    }
    if (meta_get) {
        TY_INCREF(meta_attr);
        TyObject *r = meta_get(meta_attr, o, (TyObject *)meta);
        TY_DECREF(meta_attr);
        return r;
    }
    if (meta_attr)
        return TY_NEWREF(meta_attr);
    return tyErr_format(&TyExc_AttributeError, "type object '%s' has no attribute '%U'",
                        tyType_name(type), name);
}

static int type_setattro(TyObject *o, TyObject *name, TyObject *value)
{
    TyType *type = (TyType *)o;
    if (!(type->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                     tyType_name(type));
        return -1;
    }
    TyObject *meta_attr = tyType_lookup(TY_TYPE(o), name);
    if (meta_attr && TY_TYPE(meta_attr)->descr_set) {
        TY_INCREF(meta_attr);
        int r = TY_TYPE(meta_attr)->descr_set(meta_attr, o, value);
        TY_DECREF(meta_attr);
        return r;
    }
    int r;
    if (value) {
        r = tyDict_setItem(type->dict, name, value);
    } else {
        r = tyDict_delItem(type->dict, name);
        if (r < 0 && tyErr_exceptionMatches(&TyExc_KeyError)) {
            tyErr_clear();
            tyErr_format(&TyExc_AttributeError, "type object '%s' has no attribute '%U'",
                         tyType_name(type), name);
        }
    }
    tyType_modified(type);
    if (r == 0 && tyStr_eqC(name, "__abstractmethods__")) {
        /* As CPython's type_set_abstractmethods: a true value forbids
        ** instances (object.__new__ checks the flag). */
        int t = value ? tyObj_isTrue(value) : 0;
        if (t < 0)
            return -1;
        type->flags = t ? type->flags | TY_TPFLAG_IS_ABSTRACT : type->flags & ~TY_TPFLAG_IS_ABSTRACT;
    }
    if (r == 0)
        r = tyClass_updateSlot(type, name);
    return r;
}

static TyObject *type_get_name(TyObject *o)
{
    TyType *t = (TyType *)o;
    if (t->flags & TY_TPFLAG_HEAPTYPE)
        return TY_NEWREF(t->ht_name);
    const char *dot = strrchr(t->name, '.');
    return tyStr_fromCStr(dot ? dot + 1 : t->name);
}

static int check_heap_set(TyType *t, TyObject *v, const char *what)
{
    if (!(t->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what,
                     tyType_name(t));
        return -1;
    }
    if (!v) {
        tyErr_format(&TyExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", what,
                     tyType_name(t));
        return -1;
    }
    if (!TY_STR_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "can only assign string to %s.%s, not '%T'", tyType_name(t),
                     what, v);
        return -1;
    }
    return 0;
}

int tyType_checkName(TyObject *name)
{
    if (memchr(TY_STR_UTF8(name), '\0', (size_t)TY_STR_NBYTES(name))) {
        tyErr_setString(&TyExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    TyObject *encoded = tyStr_encode(name, "utf-8", "strict");
    if (!encoded)
        return -1;
    TY_DECREF(encoded);
    return 0;
}

static int type_set_name(TyObject *o, TyObject *v)
{
    TyType *t = (TyType *)o;
    if (check_heap_set(t, v, "__name__") < 0 || tyType_checkName(v) < 0)
        return -1;
    TY_SETREF(t->ht_name, TY_NEWREF(v));
    t->name = TY_STR_UTF8(v);
    return 0;
}

TyObject *tyType_qualname(TyType *t)
{
    if (t->flags & TY_TPFLAG_HEAPTYPE)
        return TY_NEWREF(t->ht_qualname);
    return type_get_name((TyObject *)t);
}

static TyObject *type_get_qualname(TyObject *o)
{
    return tyType_qualname((TyType *)o);
}

static int type_set_qualname(TyObject *o, TyObject *v)
{
    TyType *t = (TyType *)o;
    if (check_heap_set(t, v, "__qualname__") < 0)
        return -1;
    TY_SETREF(t->ht_qualname, TY_NEWREF(v));
    return 0;
}

static TyObject *type_get_module(TyObject *o)
{
    TyType *t = (TyType *)o;
    if (t->flags & TY_TPFLAG_HEAPTYPE) {
        TyObject *m = tyDict_getItem(t->dict, TY_ID(__module__));
        if (m)
            return TY_NEWREF(m);
        if (tyErr_occurred())
            return NULL;
        return tyErr_setString(&TyExc_AttributeError, "__module__");
    }
    /* interned, as CPython's: pickle's memo finds a module name by identity */
    const char *dot = strrchr(t->name, '.');
    if (!dot)
        return tyStr_internC("builtins");
    TyObject *m = tyStr_fromUtf8(t->name, dot - t->name);
    return m ? tyStr_intern(m) : NULL;
}

static int type_set_module(TyObject *o, TyObject *v)
{
    TyType *t = (TyType *)o;
    if (!(t->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
                     tyType_name(t));
        return -1;
    }
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "cannot delete '__module__' attribute");
        return -1;
    }
    TY_XSETREF(t->ht_module, TY_NEWREF(v));
    int r = tyDict_setItem(t->dict, TY_ID(__module__), v);
    tyType_modified(t);
    return r;
}

static TyObject *type_get_dict(TyObject *o)
{
    return tyMappingProxy_new(((TyType *)o)->dict);
}

static TyObject *type_get_mro(TyObject *o)
{
    TyObject *mro = ((TyType *)o)->mro;
    return TY_NEWREF(mro ? mro : TY_NONE);
}

static TyObject *type_get_bases(TyObject *o)
{
    TyObject *bases = ((TyType *)o)->bases;
    return bases ? TY_NEWREF(bases) : tyTuple_new(0);
}

static int type_set_bases(TyObject *o, TyObject *v)
{
    return tyClass_setBases((TyType *)o, v);
}

static TyObject *type_get_base(TyObject *o)
{
    TyType *b = ((TyType *)o)->base;
    return TY_NEWREF(b ? (TyObject *)b : TY_NONE);
}

/* __flags__: tally's type flags at the bit positions of CPython 3.11's
** Py_TPFLAGS_* (what inspect.isabstract and the ABC machinery test); flags
** tally has no counterpart for are 0. */
static TyObject *type_get_flags(TyObject *o)
{
    static const struct { unsigned tally; int cpython_bit; } bits[] = {
        { TY_TPFLAG_SEQUENCE, 5 }, { TY_TPFLAG_MAPPING, 6 }, { TY_TPFLAG_IMMUTABLETYPE, 8 },
        { TY_TPFLAG_HEAPTYPE, 9 }, { TY_TPFLAG_BASETYPE, 10 }, { TY_TPFLAG_READY, 12 },
        { TY_TPFLAG_GC, 14 }, { TY_TPFLAG_METHOD_DESCR, 17 }, { TY_TPFLAG_IS_ABSTRACT, 20 },
        { TY_TPFLAG_MATCH_SELF, 22 }, { TY_TPFLAG_INT_SUBCLASS, 24 }, { TY_TPFLAG_LIST_SUBCLASS, 25 },
        { TY_TPFLAG_TUPLE_SUBCLASS, 26 }, { TY_TPFLAG_BYTES_SUBCLASS, 27 }, { TY_TPFLAG_STR_SUBCLASS, 28 },
        { TY_TPFLAG_DICT_SUBCLASS, 29 }, { TY_TPFLAG_EXC_SUBCLASS, 30 }, { TY_TPFLAG_TYPE_SUBCLASS, 31 },
    };
    unsigned flags = ((TyType *)o)->flags;
    uint64_t v = 0;
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
        if (flags & bits[i].tally)
            v |= (uint64_t)1 << bits[i].cpython_bit;
    return tyInt_fromI64((int64_t)v);
}

/* A built-in type's doc may start with its signature the way CPython's
** do: "Name(args)\n--\n\n" then the text.  Returns the text; *sig and
** *siglen give "(args)" when there is such a signature (else *sig NULL). */
static const char *split_doc(TyType *t, const char **sig, size_t *siglen)
{
    const char *doc = t->doc, *name = strrchr(t->name, '.');
    name = name ? name + 1 : t->name;
    size_t n = strlen(name);
    const char *end = strstr(doc, "\n--\n\n");
    *sig = NULL;
    if (!end || strncmp(doc, name, n) != 0 || doc[n] != '(')
        return doc;
    *sig = doc + n;
    *siglen = (size_t)(end - *sig);
    return end + 5;
}

static TyObject *type_get_doc(TyObject *o)
{
    TyType *t = (TyType *)o;
    /* A built-in type's own doc, even where its instances' __doc__ is a
    ** descriptor in its namespace (functions, methods, properties). */
    if (!(t->flags & TY_TPFLAG_HEAPTYPE) && t->doc) {
        const char *sig;
        size_t siglen;
        return tyStr_fromCStr(split_doc(t, &sig, &siglen));
    }
    TyObject *d = tyDict_getItem(t->dict, TY_ID(__doc__));
    if (d) {
        if (TY_TYPE(d)->descr_get)
            return TY_TYPE(d)->descr_get(d, NULL, o);
        return TY_NEWREF(d);
    }
    if (tyErr_occurred())
        return NULL;
    return tyNone_new();
}

/* __doc__ of a class written in Python can be replaced (dataclasses and
** enum write theirs); a built-in type's cannot, as in CPython. */
static int type_set_doc(TyObject *o, TyObject *v)
{
    TyType *t = (TyType *)o;
    if (!(t->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", tyType_name(t));
        return -1;
    }
    if (!v) {
        tyErr_format(&TyExc_TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", tyType_name(t));
        return -1;
    }
    int r = tyDict_setItem(t->dict, TY_ID(__doc__), v);
    tyType_modified(t);
    return r;
}

/* __text_signature__: "()" for object, whose signature inspect reads from
** it (and so for every class without __init__ or __new__ of its own); the
** signature at the head of a built-in type's doc; None for the others. */
static TyObject *type_get_text_signature(TyObject *o)
{
    TyType *t = (TyType *)o;
    if (o == (TyObject *)&TyBaseObject_Type)
        return tyStr_fromCStr("()");
    if (!(t->flags & TY_TPFLAG_HEAPTYPE) && t->doc) {
        const char *sig;
        size_t siglen;
        split_doc(t, &sig, &siglen);
        if (sig)
            return tyStr_fromUtf8(sig, (ssize_t)siglen);
    }
    return tyNone_new();
}

static TyObject *type_get_annotations(TyObject *o)
{
    TyType *t = (TyType *)o;
    TyObject *name = TY_ID(__annotations__);
    TyObject *a = tyDict_getItem(t->dict, name);
    if (a)
        return TY_NEWREF(a);
    if (tyErr_occurred())
        return NULL;
    if (!(t->flags & TY_TPFLAG_HEAPTYPE))
        return tyErr_format(&TyExc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                            tyType_name(t));
    a = tyDict_new();
    if (!a || tyDict_setItem(t->dict, name, a) < 0) {
        TY_XDECREF(a);
        return NULL;
    }
    return a;
}

/* Classes store __annotations__ in their dict; built-in types refuse. */
static int type_set_annotations(TyObject *o, TyObject *v)
{
    TyType *t = (TyType *)o;
    if (!(t->flags & TY_TPFLAG_HEAPTYPE) || (t->flags & TY_TPFLAG_IMMUTABLETYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                     tyType_name(t));
        return -1;
    }
    int r;
    if (v) {
        r = tyDict_setItem(t->dict, TY_ID(__annotations__), v);
    } else {
        r = tyDict_delItem(t->dict, TY_ID(__annotations__));
        if (r < 0 && tyErr_exceptionMatches(&TyExc_KeyError)) {
            tyErr_clear();
            tyErr_setString(&TyExc_AttributeError, "__annotations__");
        }
    }
    if (r == 0)
        tyType_modified(t);
    return r;
}

/* The sizes of tally's own layout (sys.getsizeof's figures, which differ
** from CPython's; see docs/language.md). */
static TyObject *type_get_basicsize(TyObject *o) { return tyInt_fromI64((int64_t)((TyType *)o)->basicsize); }
static TyObject *type_get_itemsize(TyObject *o) { return tyInt_fromI64((int64_t)((TyType *)o)->itemsize); }

static TyGetSetDef type_getset[] = {
    { "__name__", type_get_name, type_set_name, NULL },
    { "__basicsize__", type_get_basicsize, NULL, NULL },
    { "__itemsize__", type_get_itemsize, NULL, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL },
    { "__module__", type_get_module, type_set_module, NULL },
    { "__dict__", type_get_dict, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL },
    { "__bases__", type_get_bases, type_set_bases, NULL },
    { "__base__", type_get_base, NULL, NULL },
    { "__flags__", type_get_flags, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL },
    { "__text_signature__", type_get_text_signature, NULL, NULL },
    { "__annotations__", type_get_annotations, type_set_annotations, NULL },
    { NULL }
};

/* type.mro() computes the C3 order afresh: a metaclass's own mro() calls
** it for a class whose __mro__ is not set yet. */
static TyObject *type_mro_method(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("mro", kwnames) < 0 || tyArg_checkPositional("mro", nargs, 0, 0) < 0)
        return NULL;
    return tyClass_defaultMro((TyType *)self);
}

static TyObject *type_subclasses(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyClass_subclasses((TyType *)self);
}

static TyObject *type_instancecheck(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("__instancecheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = tyObj_realIsInstance(args[0], self);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *type_subclasscheck(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("__subclasscheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = tyObj_realIsSubclass(args[0], self);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *type_prepare(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyDict_new();
}

static TyObject *type_dir(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *names = tyDict_new();
    if (!names)
        return NULL;
    if (merge_class_names(names, (TyType *)self) < 0) {
        TY_DECREF(names);
        return NULL;
    }
    return names_to_list(names);
}

static TyMethodDef type_methods[] = {
    { "mro", type_mro_method, TY_METH_DEFAULT, "Return a type's method resolution order." },
    { "__subclasses__", type_subclasses, TY_METH_DEFAULT, "Return a list of immediate subclasses." },
    { "__instancecheck__", type_instancecheck, TY_METH_DEFAULT, NULL },
    { "__subclasscheck__", type_subclasscheck, TY_METH_DEFAULT, NULL },
    { "__prepare__", type_prepare, TY_METH_CLASS, NULL },
    { "__dir__", type_dir, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyObject *type_new(TyType *meta, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    /* type(x) is type_call's; a metaclass has no one-argument form (CPython). */
    if (nargs != 3)
        return tyErr_format(&TyExc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "type.__new__() argument 1 must be str, not %A", args[0]);
    if (!TY_TUPLE_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "type.__new__() argument 2 must be tuple, not %A", args[1]);
    if (!TY_DICT_CHECK(args[2]))
        return tyErr_format(&TyExc_TypeError, "type.__new__() argument 3 must be dict, not %A", args[2]);
    /* A class statement resolves __mro_entries__ (class.c); type() itself
    ** refuses a base that would need it. */
    for (ssize_t i = 0; i < TY_TUPLE_LEN(args[1]); i++) {
        TyObject *b = TY_TUPLE_GET(args[1], i), *meth;
        if (TY_TYPE_CHECK(b))
            continue;
        int has = tyObj_lookupAttr(b, TY_ID(__mro_entries__), &meth);
        if (has < 0)
            return NULL;
        TY_XDECREF(meth);
        if (has)
            return tyErr_setString(&TyExc_TypeError,
                                   "type() doesn't support MRO entry resolution; use types.new_class()");
    }
    return tyClass_typeNew(meta, args[0], args[1], args[2], args, nargs, kwnames);
}

static int type_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs != 1 && nargs != 3) {
        tyErr_setString(&TyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

TyType TyType_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "type",
    .basicsize = sizeof(TyType),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_TYPE_SUBCLASS,
    .dealloc = tyClass_dealloc,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .traverse = tyClass_traverse,
    .clear = tyClass_clear,
    .tp_new = type_new,
    .tp_init = type_init,
    .methods = type_methods,
    .getset = type_getset,
    .dictoffset = offsetof(TyType, dict),
    .weaklistoffset = offsetof(TyType, weaklist),
    .binop[TY_BINOP_OR] = tyUnion_or,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};
