/*
** module.c — module objects: a name and a namespace dict.
*/
#include "tally.h"
#include "objects/weakref.h"

TyObject *tyModule_new(const char *name, TyMethodDef *methods)
{
    TyModule *m = (TyModule *)tyGC_alloc(&TyModule_Type);
    if (!m)
        return NULL;
    m->name = tyStr_fromCStr(name);
    m->dict = tyDict_new();
    m->builtin = true;
    tyGC_track((TyObject *)m);
    if (!m->name || !m->dict || tyDict_setItem(m->dict, TY_ID(__name__), m->name) < 0 ||
        tyDict_setItem(m->dict, TY_ID(__doc__), TY_NONE) < 0 ||
        tyDict_setItem(m->dict, TY_ID(__package__), TY_NONE) < 0 ||
        tyDict_setItem(m->dict, TY_ID(__loader__), TY_NONE) < 0 ||
        tyDict_setItem(m->dict, TY_ID(__spec__), TY_NONE) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    for (TyMethodDef *d = methods; d && d->name; d++) {
        TyObject *f = tyCFunction_new(d, (TyObject *)m);
        int r = f ? tyDict_setItemStr(m->dict, d->name, f) : -1;
        TY_XDECREF(f);
        if (r < 0) {
            TY_DECREF(m);
            return NULL;
        }
    }
    return (TyObject *)m;
}

int tyModule_addObject(TyObject *module, const char *name, TyObject *value)
{
    return tyDict_setItemStr(TY_MODULE_DICT(module), name, value);
}

int tyModule_addInt(TyObject *module, const char *name, int64_t value)
{
    TyObject *v = tyInt_fromI64(value);
    if (!v)
        return -1;
    int r = tyModule_addObject(module, name, v);
    TY_DECREF(v);
    return r;
}

static void module_dealloc(TyObject *o)
{
    TyModule *m = (TyModule *)o;
    tyGC_untrack(o);
    if (m->weakreflist)
        tyWeakref_clear(o);
    TY_XDECREF(m->dict);
    TY_XDECREF(m->name);
    tyObj_free(o);
}

static int module_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyModule *m = (TyModule *)o;
    if (m->dict && visit(m->dict, arg))
        return 1;
    if (m->name && visit(m->name, arg))
        return 1;
    return 0;
}

static int module_clear(TyObject *o)
{
    TY_CLEAR(((TyModule *)o)->dict);
    return 0;
}

/* o.name into *out (new reference, NULL when o has no such attribute):
** 0, or -1 on another error. */
static int attr(TyObject *o, const char *name, TyObject **out)
{
    TyObject *key = tyStr_fromCStr(name);
    int r = key ? tyObj_lookupAttr(o, key, out) : -1;
    TY_XDECREF(key);
    return r < 0 ? -1 : 0;
}

/* The repr from a module spec's name, origin, loader and has_location:
** new reference. */
static TyObject *repr_from_spec(TyObject *spec)
{
    TyObject *name = NULL, *origin = NULL, *loader = NULL, *located = NULL, *r = NULL;
    if (attr(spec, "name", &name) < 0 || attr(spec, "origin", &origin) < 0 ||
        attr(spec, "loader", &loader) < 0 || attr(spec, "has_location", &located) < 0)
        goto done;
    if (!name || !origin || !loader || !located) {
        tyErr_setString(&TyExc_AttributeError, "module spec lacks name, origin, loader or has_location");
        goto done;
    }
    /* A None name shows as '?' except beside a non-location origin
    ** (CPython's quirk). */
    TyObject *shown = name != TY_NONE ? TY_NEWREF(name) : tyStr_fromCStr("?");
    if (!shown)
        goto done;
    int has = origin == TY_NONE ? 0 : tyObj_isTrue(located);
    if (has >= 0 && origin == TY_NONE)
        r = loader == TY_NONE ? tyStr_fromFormat("<module %R>", shown)
                              : tyStr_fromFormat("<module %R (%R)>", shown, loader);
    else if (has >= 0)
        r = has ? tyStr_fromFormat("<module %R from %R>", shown, origin)
                : tyStr_fromFormat("<module %R (%S)>", name, origin);
    TY_DECREF(shown);
done:
    TY_XDECREF(name);
    TY_XDECREF(origin);
    TY_XDECREF(loader);
    TY_XDECREF(located);
    return r;
}

/*
** CPython's module repr (importlib's _module_repr): from a true __spec__;
** else what the loader's module_repr() returns (an Exception there is
** ignored); else from __name__ ('?' when absent) and __file__, or the
** loader when there is no file.  A module tally made itself, with none of
** these, says "(built-in)" as CPython's built-in modules do.
*/
static TyObject *module_repr(TyObject *o)
{
    TyModule *m = (TyModule *)o;
    TyObject *spec = NULL, *loader = NULL, *name = NULL, *file = NULL, *r = NULL;
    if (attr(o, "__spec__", &spec) < 0 || attr(o, "__loader__", &loader) < 0)
        goto done;
    int truth = spec ? tyObj_isTrue(spec) : 0;
    if (truth < 0)
        goto done;
    if (truth) {
        r = repr_from_spec(spec);
        goto done;
    }
    if (loader && loader != TY_NONE) {
        TyObject *method;
        if (attr(loader, "module_repr", &method) < 0)
            goto done;
        if (method) {
            r = tyObj_callOneArg(method, o);
            TY_DECREF(method);
            if (r || !tyErr_exceptionMatches(&TyExc_Exception))
                goto done;
            tyErr_clear();
        }
    }
    if (attr(o, "__name__", &name) < 0 || attr(o, "__file__", &file) < 0)
        goto done;
    if (!name && !(name = tyStr_fromCStr("?")))
        goto done;
    if (file)
        r = tyStr_fromFormat("<module %R from %R>", name, file);
    else if (loader && loader != TY_NONE)
        r = tyStr_fromFormat("<module %R (%R)>", name, loader);
    else if (m->builtin)
        r = tyStr_fromFormat("<module %R (built-in)>", name);
    else
        r = tyStr_fromFormat("<module %R>", name);
done:
    TY_XDECREF(spec);
    TY_XDECREF(loader);
    TY_XDECREF(name);
    TY_XDECREF(file);
    return r;
}

static TyObject *module_getattro(TyObject *o, TyObject *name)
{
    TyObject *r = tyObj_genericGetAttr(o, name);
    if (r || !tyErr_exceptionMatches(&TyExc_AttributeError))
        return r;
    tyErr_clear();
    TyModule *m = (TyModule *)o;
    TyObject *getattr = m->dict ? tyDict_getItem(m->dict, TY_ID(__getattr__)) : NULL;
    if (getattr)
        return tyObj_callOneArg(getattr, name);
    if (!m->dict || !tyDict_getItem(m->dict, TY_ID(__name__)))
        return tyErr_format(&TyExc_AttributeError, "module has no attribute '%U'", name);
    return tyErr_format(&TyExc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static TyObject *module_get_dict(TyObject *o)
{
    TyModule *m = (TyModule *)o;
    return m->dict ? TY_NEWREF(m->dict) : tyNone_new();
}

/* module.__annotations__ lives in the module's namespace; reading it
** when absent stores a new empty dict there, as CPython 3.10+ does, so
** every module has one to read. */
static TyObject *module_get_annotations(TyObject *o)
{
    TyModule *m = (TyModule *)o;
    if (!m->dict)
        return tyErr_setString(&TyExc_AttributeError, "__annotations__");
    TyObject *ann = tyDict_getItem(m->dict, TY_ID(__annotations__));
    if (ann)
        return TY_NEWREF(ann);
    ann = tyDict_new();
    if (ann && tyDict_setItem(m->dict, TY_ID(__annotations__), ann) < 0)
        TY_CLEAR(ann);
    return ann;
}

/* Setting stores into the namespace; deleting removes it from there
** (AttributeError when it is not there). */
static int module_set_annotations(TyObject *o, TyObject *v)
{
    TyModule *m = (TyModule *)o;
    if (!m->dict) {
        tyErr_setString(&TyExc_AttributeError, "__annotations__");
        return -1;
    }
    if (v)
        return tyDict_setItem(m->dict, TY_ID(__annotations__), v);
    if (!tyDict_getItem(m->dict, TY_ID(__annotations__))) {
        tyErr_setString(&TyExc_AttributeError, "__annotations__");
        return -1;
    }
    return tyDict_delItem(m->dict, TY_ID(__annotations__));
}

static TyGetSetDef module_getset[] = {
    { "__dict__", module_get_dict, NULL, NULL, true },
    { "__annotations__", module_get_annotations, module_set_annotations, NULL },
    { NULL }
};

/* module.__dir__: the module's __dir__ function when its namespace has
** one (PEP 562), else the namespace's keys.  The namespace is read as
** the attribute __dict__, so a subclass that overrides it is asked (and
** refused when it is not a dict), as CPython's module_dir does. */
static TyObject *module_dir(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *dict = tyObj_getAttr(self, TY_ID(__dict__));
    if (!dict)
        return NULL;
    TyObject *r;
    if (!TY_DICT_CHECK(dict)) {
        r = tyErr_setString(&TyExc_TypeError, "<module>.__dict__ is not a dictionary");
    } else {
        TyObject *dirfunc = tyDict_getItem(dict, TY_ID(__dir__));
        r = dirfunc ? tyObj_callNoArgs(dirfunc) : tyErr_occurred() ? NULL : tyDict_keys(dict);
    }
    TY_DECREF(dict);
    return r;
}

static TyMethodDef module_methods[] = {
    { "__dir__", module_dir, TY_METH_DEFAULT, NULL },
    { NULL }
};

/* module.__new__: an uninitialised module of `type` (a subclass too):
** an empty namespace, named "?" until __init__ names it. */
static TyObject *module_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    TyModule *m = (TyModule *)tyType_genericAlloc(type, 0);
    if (!m)
        return NULL;
    m->dict = tyDict_new();
    m->name = tyStr_fromCStr("?");
    if (!m->dict || !m->name)
        TY_CLEAR(m);
    return (TyObject *)m;
}

/* module(name, doc=None): names the module and sets the attributes every
** module has (__name__, __doc__, __package__, __loader__, __spec__). */
static int module_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", "doc", NULL };
    TyObject *a[2];
    if (tyArg_unpack("module", args, nargs, kwnames, names, 1, 2, a) < 0)
        return -1;
    if (!TY_STR_CHECK(a[0])) {
        tyErr_format(&TyExc_TypeError, "module() argument 'name' must be str, not %s", tyType_name(TY_TYPE(a[0])));
        return -1;
    }
    TyModule *m = (TyModule *)self;
    TY_SETREF(m->name, TY_NEWREF(a[0]));
    TyObject *d = m->dict;
    if (tyDict_setItem(d, TY_ID(__name__), a[0]) < 0 || tyDict_setItem(d, TY_ID(__doc__), a[1] ? a[1] : TY_NONE) < 0 ||
        tyDict_setItem(d, TY_ID(__package__), TY_NONE) < 0 || tyDict_setItem(d, TY_ID(__loader__), TY_NONE) < 0 ||
        tyDict_setItem(d, TY_ID(__spec__), TY_NONE) < 0)
        return -1;
    return 0;
}

TyType TyModule_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "module",
    .basicsize = sizeof(TyModule),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattro,
    .setattr = tyObj_genericSetAttr,
    .traverse = module_traverse,
    .clear = module_clear,
    .tp_new = module_new,
    .tp_init = module_init,
    .methods = module_methods,
    .getset = module_getset,
    .dictoffset = offsetof(TyModule, dict),
    .weaklistoffset = offsetof(TyModule, weakreflist),
};
