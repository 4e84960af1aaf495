/*
** property.c — property(fget, fset, fdel, doc): a data descriptor that
** calls functions to get, set and delete an attribute.
*/
#include "tally.h"
#include "objects/class.h"
#include "objects/func.h"

typedef struct TyProperty {
    TyObject ob;
    TyObject *fget, *fset, *fdel, *doc;
    TyObject *name;          /* set by __set_name__, for error messages */
    bool getter_doc;         /* doc came from fget: a new getter brings its own */
} TyProperty;

static TyObject *none_to_null(TyObject *o)
{
    return o == TY_NONE ? NULL : o;
}

static int prop_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    TyObject *a[4];
    if (tyArg_unpack("property", args, nargs, kwnames, names, 0, 4, a) < 0)
        return -1;
    TyProperty *p = (TyProperty *)self;
    TyObject *fields[4] = { none_to_null(a[0]), none_to_null(a[1]), none_to_null(a[2]), none_to_null(a[3]) };
    TY_XINCREF(fields[0]);
    TY_XSETREF(p->fget, fields[0]);
    TY_XINCREF(fields[1]);
    TY_XSETREF(p->fset, fields[1]);
    TY_XINCREF(fields[2]);
    TY_XSETREF(p->fdel, fields[2]);
    p->getter_doc = false;
    if (!fields[3] && p->fget) {
        /* The getter's docstring becomes the property's. */
        TyObject *doc;
        if (tyObj_lookupAttr(p->fget, TY_ID(__doc__), &doc) < 0)
            return -1;
        if (doc == TY_NONE)
            TY_CLEAR(doc);
        fields[3] = doc;
        p->getter_doc = doc != NULL;
    } else {
        TY_XINCREF(fields[3]);
    }
    if (TY_TYPE(self) == &TyProperty_Type) {
        TY_XSETREF(p->doc, fields[3]);
        return 0;
    }
    /* In a subclass the class's own __doc__ would shadow the field, so the
    ** doc goes to the instance's __dict__ (an AttributeError with
    ** __slots__, as in CPython). */
    int r = tyObj_setAttr(self, TY_ID(__doc__), fields[3] ? fields[3] : TY_NONE);
    TY_XDECREF(fields[3]);
    return r;
}

static TyObject *prop_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyType_genericAlloc(type, 0);
}

static void prop_dealloc(TyObject *o)
{
    TyProperty *p = (TyProperty *)o;
    tyGC_untrack(o);
    TY_XDECREF(p->fget);
    TY_XDECREF(p->fset);
    TY_XDECREF(p->fdel);
    TY_XDECREF(p->doc);
    TY_XDECREF(p->name);
    tyObj_free(o);
}

static int prop_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyProperty *p = (TyProperty *)o;
    TyObject *refs[] = { p->fget, p->fset, p->fdel, p->doc, p->name };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int prop_clear(TyObject *o)
{
    TyProperty *p = (TyProperty *)o;
    TY_CLEAR(p->fget);
    TY_CLEAR(p->fset);
    TY_CLEAR(p->fdel);
    TY_CLEAR(p->doc);
    TY_CLEAR(p->name);
    return 0;
}

/* AttributeError "property 'p' of 'f.<locals>.A' object has no setter":
** the class by its qualified name, as CPython names it. */
static void missing_accessor(TyProperty *p, TyObject *obj, const char *what)
{
    TyObject *qualname = tyType_qualname(TY_TYPE(obj));
    if (!qualname)
        return;
    if (p->name)
        tyErr_format(&TyExc_AttributeError, "property %R of %R object has no %s", p->name,
                     qualname, what);
    else
        tyErr_format(&TyExc_AttributeError, "property of %R object has no %s", qualname, what);
    TY_DECREF(qualname);
}

static TyObject *prop_get(TyObject *self, TyObject *obj, TyObject *type)
{
    TyProperty *p = (TyProperty *)self;
    if (!obj || obj == TY_NONE)
        return TY_NEWREF(self);
    if (!p->fget) {
        missing_accessor(p, obj, "getter");
        return NULL;
    }
    return tyObj_callOneArg(p->fget, obj);
}

static int prop_set(TyObject *self, TyObject *obj, TyObject *value)
{
    TyProperty *p = (TyProperty *)self;
    TyObject *func = value ? p->fset : p->fdel;
    if (!func) {
        missing_accessor(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    TyObject *args[2] = { obj, value };
    TyObject *r = tyObj_call(func, args, value ? 2 : 1, NULL);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* A copy of the property with one accessor replaced (getter/setter/deleter). */
static TyObject *prop_copy(TyObject *self, int which, TyObject *func)
{
    TyProperty *p = (TyProperty *)self;
    TyObject *fields[4] = { p->fget, p->fset, p->fdel, p->doc };
    fields[which] = func;
    /* A doc taken from the getter is taken again, from the new getter if
    ** one is given. */
    if (p->getter_doc && fields[0])
        fields[3] = NULL;
    TyObject *args[4];
    for (int i = 0; i < 4; i++)
        args[i] = fields[i] ? fields[i] : TY_NONE;
    TyObject *r = tyObj_call((TyObject *)TY_TYPE(self), args, 4, NULL);
    /* A subclass's __new__ may return anything: only a property takes the name. */
    if (r && p->name && TY_IS_INSTANCE(r, &TyProperty_Type)) {
        TyProperty *np = (TyProperty *)r;
        TY_XSETREF(np->name, TY_NEWREF(p->name));
    }
    return r;
}

#define PROP_COPIER(fname, which)                                                           \
    static TyObject *prop_##fname(TyObject *self, TyObject *const *args, size_t nargs,      \
                                  TyObject *kwnames)                                         \
    {                                                                                        \
        if (tyArg_noKeywords(#fname, kwnames) < 0 ||                                         \
            tyArg_checkPositional(#fname, nargs, 1, 1) < 0)                                  \
            return NULL;                                                                     \
        return prop_copy(self, which, args[0]);                                              \
    }
PROP_COPIER(getter, 0)
PROP_COPIER(setter, 1)
PROP_COPIER(deleter, 2)

static TyObject *prop_set_name(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs != 2)
        return tyErr_format(&TyExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given",
                            (ssize_t)nargs);
    TY_XSETREF(((TyProperty *)self)->name, TY_NEWREF(args[1]));
    return tyNone_new();
}

static TyMethodDef prop_methods[] = {
    { "getter", prop_getter, TY_METH_DEFAULT, NULL },
    { "setter", prop_setter, TY_METH_DEFAULT, NULL },
    { "deleter", prop_deleter, TY_METH_DEFAULT, NULL },
    { "__set_name__", prop_set_name, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyObject *or_none(TyObject *o) { return TY_NEWREF(o ? o : TY_NONE); }
static TyObject *get_fget(TyObject *o) { return or_none(((TyProperty *)o)->fget); }
static TyObject *get_fset(TyObject *o) { return or_none(((TyProperty *)o)->fset); }
static TyObject *get_fdel(TyObject *o) { return or_none(((TyProperty *)o)->fdel); }
static TyObject *get_doc(TyObject *o) { return or_none(((TyProperty *)o)->doc); }

static int set_doc(TyObject *o, TyObject *v)
{
    TY_XINCREF(v);
    TY_XSETREF(((TyProperty *)o)->doc, v);
    return 0;
}

/* True when fget, fset or fdel is abstract (abc.abstractmethod). */
static TyObject *get_isabstract(TyObject *o)
{
    TyProperty *p = (TyProperty *)o;
    TyObject *parts[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        TyObject *r = tyFunc_isAbstract(parts[i]);
        if (r != TY_FALSE)
            return r;
        TY_DECREF(r);
    }
    return tyBool_from(false);
}

/* fget, fset and fdel are read-only members in CPython, whose message
** this is (for assignment and deletion alike). */
static int prop_readonly(TyObject *o, TyObject *v)
{
    (void)o;
    (void)v;
    tyErr_setString(&TyExc_AttributeError, "readonly attribute");
    return -1;
}

static TyGetSetDef prop_getset[] = {
    { "fget", get_fget, prop_readonly, NULL },
    { "fset", get_fset, prop_readonly, NULL },
    { "fdel", get_fdel, prop_readonly, NULL },
    { "__doc__", get_doc, set_doc, NULL },
    { "__isabstractmethod__", get_isabstract, NULL, NULL },
    { NULL }
};

TyType TyProperty_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "property",
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute "
           "value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    "
           "function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is "
           "to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return "
           "self._x\n    def setx(self, value): self._x = value\n    def delx(self): del "
           "self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators "
           "make defining new properties or modifying existing ones easy:\n\nclass C(object):\n"
           "    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return "
           "self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    "
           "@x.deleter\n    def x(self):\n        del self._x",
    .basicsize = sizeof(TyProperty),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = prop_dealloc,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .tp_new = prop_new,
    .tp_init = prop_init,
    .methods = prop_methods,
    .getset = prop_getset,
};
