/*
** cfunction.c — builtin_function_or_method: a C function (TyMethodDef)
** bound to the object it works on: a module for module functions, an
** instance for methods taken off an instance, a type for class methods.
*/
#include "tally.h"
#include "objects/objreduce.h"

TyObject *tyCFunction_new(TyMethodDef *def, TyObject *self)
{
    TyCFunction *f = (TyCFunction *)tyGC_alloc(&TyCFunction_Type);
    if (!f)
        return NULL;
    f->def = def;
    f->self = self ? TY_NEWREF(self) : NULL;
    if (self && TY_MODULE_CHECK(self)) {
        TyObject *name = ((TyModule *)self)->name;
        f->module_name = name ? TY_NEWREF(name) : NULL;
    }
    tyGC_track((TyObject *)f);
    return (TyObject *)f;
}

static void cfunction_dealloc(TyObject *o)
{
    TyCFunction *f = (TyCFunction *)o;
    tyGC_untrack(o);
    TY_XDECREF(f->self);
    TY_XDECREF(f->module_name);
    tyObj_free(o);
}

static int cfunction_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyCFunction *f = (TyCFunction *)o;
    if (f->self && visit(f->self, arg))
        return 1;
    if (f->module_name && visit(f->module_name, arg))
        return 1;
    return 0;
}

static TyObject *cfunction_call(TyObject *callable, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    TyCFunction *f = (TyCFunction *)callable;
    return f->def->fn(f->def->flags & TY_METH_STATIC ? NULL : f->self, args, nargs, kwnames);
}

static TyObject *cfunction_repr(TyObject *o)
{
    TyCFunction *f = (TyCFunction *)o;
    if (!f->self || TY_MODULE_CHECK(f->self))
        return tyStr_fromFormat("<built-in function %s>", f->def->name);
    return tyStr_fromFormat("<built-in method %s of %s object at %p>", f->def->name,
                            tyType_name(TY_TYPE(f->self)), (void *)f->self);
}

static TyObject *cfunction_get_name(TyObject *o)
{
    return tyStr_fromCStr(((TyCFunction *)o)->def->name);
}

static TyObject *cfunction_get_qualname(TyObject *o)
{
    TyCFunction *f = (TyCFunction *)o;
    if (!f->self || TY_MODULE_CHECK(f->self))
        return tyStr_fromCStr(f->def->name);
    TyType *t = TY_TYPE_CHECK(f->self) ? (TyType *)f->self : TY_TYPE(f->self);
    /* A static type's name may carry its module ("random.Random"). */
    const char *tname = tyType_name(t);
    const char *dot = (t->flags & TY_TPFLAG_HEAPTYPE) ? NULL : strrchr(tname, '.');
    return tyStr_fromFormat("%s.%s", dot ? dot + 1 : tname, f->def->name);
}

static TyObject *cfunction_get_self(TyObject *o)
{
    TyCFunction *f = (TyCFunction *)o;
    TyObject *self = f->def->flags & TY_METH_STATIC ? NULL : f->self;
    return TY_NEWREF(self ? self : TY_NONE);
}

static TyObject *cfunction_get_module(TyObject *o)
{
    TyObject *m = ((TyCFunction *)o)->module_name;
    return TY_NEWREF(m ? m : TY_NONE);
}

static TyObject *cfunction_get_doc(TyObject *o)
{
    const char *doc = ((TyCFunction *)o)->def->doc;
    return doc ? tyStr_fromCStr(doc) : tyNone_new();
}

static TyGetSetDef cfunction_getset[] = {
    { "__name__", cfunction_get_name, NULL, NULL },
    { "__qualname__", cfunction_get_qualname, NULL, NULL },
    { "__self__", cfunction_get_self, NULL, NULL },
    { "__module__", cfunction_get_module, NULL, NULL },
    { "__doc__", cfunction_get_doc, NULL, NULL },
    { NULL }
};

/* __reduce__: a module function pickles as its name (pickle finds it in
** __module__), a bound method as getattr(self, name), as CPython's. */
static TyObject *cfunction_reduce(TyObject *o, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    TyCFunction *f = (TyCFunction *)o;
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 ||
        tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    if (!f->self || TY_MODULE_CHECK(f->self))
        return tyStr_fromCStr(f->def->name);
    TyObject *name = tyStr_fromCStr(f->def->name);
    TyObject *r = name ? tyObjReduce_asGetattr(f->self, name) : NULL;
    TY_XDECREF(name);
    return r;
}

static TyMethodDef cfunction_methods[] = {
    { "__reduce__", cfunction_reduce, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL }
};

static TyObject *cfunction_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || TY_TYPE(b) != &TyCFunction_Type)
        return TY_NEWREF(TY_NOTIMPL);
    TyCFunction *fa = (TyCFunction *)a, *fb = (TyCFunction *)b;
    bool eq = fa->def == fb->def && fa->self == fb->self;
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash cfunction_hash(TyObject *o)
{
    TyCFunction *f = (TyCFunction *)o;
    ty_hash h = (ty_hash)((uintptr_t)f->def >> 4) ^ (ty_hash)((uintptr_t)f->self >> 4);
    return h == -1 ? -2 : h;
}

TyType TyCFunction_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "builtin_function_or_method",
    .basicsize = sizeof(TyCFunction),
    .flags = TY_TPFLAG_GC,
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .call = cfunction_call,
    .traverse = cfunction_traverse,
    .methods = cfunction_methods,
    .getset = cfunction_getset,
};
