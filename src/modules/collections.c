/*
** collections.c — the `collections` module: deque (objects/deque.c) and
** defaultdict are built-in types written here in C; Counter, OrderedDict
** and namedtuple are written in Python (the source below), run in the
** module's namespace when the module is first imported.
**
** The Python part is CPython's design, not its code: in CPython too
** Counter and namedtuple are Python, so argument errors, the order of
** the operations and the reference counts a program sees come out the
** same.  OrderedDict (C in CPython) needs no linked list here: a dict
** keeps insertion order already, so moving a key to the end is a delete
** and a re-insert.
*/
#include "tally.h"
#include "vm.h"
#include "import.h"
#include "objects/deque.h"
#include "objects/genericalias.h"
#include "modules/collections.h"

/* ---- defaultdict ----------------------------------------------------------------- */

/* A dict whose missing keys get default_factory() as their value.  The
** dict part comes first, so every dict function works on it. */
typedef struct TyDefaultDict {
    TyDict dict;
    TyObject *default_factory;      /* NULL: None */
} TyDefaultDict;

static TyType TyDefaultDict_Type;

#define DD(o) ((TyDefaultDict *)(o))

/* defaultdict(default_factory=None, /, ...): the first argument is the
** factory, the others go to dict.__init__. */
static int dd_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *factory = nargs > 0 ? args[0] : NULL;
    if (factory && factory != TY_NONE && !tyObj_isCallable(factory)) {
        tyErr_setString(&TyExc_TypeError, "first argument must be callable or None");
        return -1;
    }
    TyObject *old = DD(self)->default_factory;
    DD(self)->default_factory = factory && factory != TY_NONE ? TY_NEWREF(factory) : NULL;
    TY_XDECREF(old);
    return TyDict_Type.tp_init(self, args + (nargs > 0), nargs - (nargs > 0), kwnames);
}

/* Releases the factory, then lets the dict free the rest. */
static void dd_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(DD(o)->default_factory);
    TyDict_Type.dealloc(o);
}

/* Visits the factory, then the dict's keys and values. */
static int dd_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    if (DD(o)->default_factory && visit(DD(o)->default_factory, arg))
        return 1;
    return TyDict_Type.traverse(o, visit, arg);
}

/* The collector's clear: drops the factory and the items. */
static int dd_clear(TyObject *o)
{
    TY_CLEAR(DD(o)->default_factory);
    return TyDict_Type.clear(o);
}

/* __missing__(key): KeyError without a factory; otherwise stores and
** returns default_factory() (through the object's own __setitem__).  New
** reference. */
static TyObject *dd_missing(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__missing__", kwnames) < 0 ||
        tyArg_checkPositional("__missing__", nargs, 1, 1) < 0)
        return NULL;
    TyObject *factory = DD(self)->default_factory;
    if (!factory) {
        tyDict_setKeyError(args[0]);
        return NULL;
    }
    TY_INCREF(factory);
    TyObject *value = tyObj_callNoArgs(factory);
    TY_DECREF(factory);
    if (value && tyObj_setItem(self, args[0], value) < 0)
        TY_CLEAR(value);
    return value;
}

/* type(dd)(dd.default_factory, source): how copy() and | make a
** defaultdict of the same class.  New reference. */
static TyObject *dd_new_like(TyObject *dd, TyObject *source)
{
    TyObject *factory = DD(dd)->default_factory;
    TyObject *args[2] = { factory ? factory : TY_NONE, source };
    return tyObj_call((TyObject *)TY_TYPE(dd), args, 2, NULL);
}

/* dd.copy() and dd.__copy__(): new reference. */
static TyObject *dd_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("copy", kwnames) < 0 || tyArg_checkPositional("copy", nargs, 0, 0) < 0)
        return NULL;
    return dd_new_like(self, self);
}

/* "defaultdict(<class 'list'>, {...})", with "..." for a factory whose
** repr is already running (a factory that shows the dict itself): new
** reference. */
static TyObject *dd_repr(TyObject *self)
{
    TyObject *base = TyDict_Type.repr(self);
    if (!base)
        return NULL;
    TyObject *factory = DD(self)->default_factory, *frepr;
    if (!factory) {
        frepr = tyStr_fromCStr("None");
    } else {
        int rc = tyObj_reprEnter(factory);
        if (rc != 0) {
            frepr = rc > 0 ? tyStr_fromCStr("...") : NULL;
        } else {
            frepr = tyObj_repr(factory);
            tyObj_reprLeave(factory);
        }
    }
    TyObject *r = NULL;
    if (frepr) {
        TyType *t = TY_TYPE(self);
        const char *name = t == &TyDefaultDict_Type ? "defaultdict" : tyType_name(t);
        r = tyStr_fromFormat("%s(%U, %U)", name, frepr, base);
        TY_DECREF(frepr);
    }
    TY_DECREF(base);
    return r;
}

/* dd | other and other | dd: a new defaultdict of the defaultdict
** operand's class and factory, holding the left items updated by the
** right ones: new reference (NotImplemented when the other is no dict). */
static TyObject *dd_or(TyObject *a, TyObject *b)
{
    TyObject *dd = TY_IS_INSTANCE(a, &TyDefaultDict_Type) ? a : b;
    TyObject *other = dd == a ? b : a;
    if (!TY_DICT_CHECK(other))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *r = dd_new_like(dd, a);
    if (r && tyDict_update(r, b) < 0)
        TY_CLEAR(r);
    return r;
}

/* default_factory: the factory or None, a new reference. */
static TyObject *dd_get_factory(TyObject *self)
{
    TyObject *f = DD(self)->default_factory;
    return TY_NEWREF(f ? f : TY_NONE);
}

/* Any value may be stored, as in CPython; deleting it makes it None. */
static int dd_set_factory(TyObject *self, TyObject *value)
{
    TyObject *old = DD(self)->default_factory;
    DD(self)->default_factory = value && value != TY_NONE ? TY_NEWREF(value) : NULL;
    TY_XDECREF(old);
    return 0;
}

/* __reduce__: (type, (default_factory,) or (), None, None, iter(items)),
** CPython's, so copy.deepcopy and pickle keep the factory. */
static TyObject *dd_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *factory = DD(self)->default_factory;
    TyObject *fargs = factory ? tyTuple_pack(1, factory) : tyTuple_new(0);
    TyObject *name = fargs ? tyStr_internC("items") : NULL;
    TyObject *items = name ? tyObj_callMethod(self, name, NULL, 0) : NULL;
    TyObject *it = items ? tyObj_getIter(items) : NULL;
    TyObject *r = it ? tyTuple_pack(5, (TyObject *)TY_TYPE(self), fargs, TY_NONE, TY_NONE, it) : NULL;
    TY_XDECREF(fargs);
    TY_XDECREF(name);
    TY_XDECREF(items);
    TY_XDECREF(it);
    return r;
}

/* defaultdict[K, V]: new reference to a types.GenericAlias. */
static TyObject *dd_class_getitem(TyObject *cls, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return tyGenericAlias_new(cls, args[0]);
}

static TyMethodDef dd_methods[] = {
    { "__missing__", dd_missing, TY_METH_DEFAULT,
      "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
      "  if self.default_factory is None: raise KeyError((key,))\n"
      "  self[key] = value = self.default_factory()\n"
      "  return value" },
    { "copy", dd_copy, TY_METH_DEFAULT, "D.copy() -> a shallow copy of D." },
    { "__copy__", dd_copy, TY_METH_DEFAULT, "D.copy() -> a shallow copy of D." },
    { "__reduce__", dd_reduce, TY_METH_DEFAULT, "Return state information for pickling." },
    { "__class_getitem__", dd_class_getitem, TY_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef dd_getset[] = {
    { "default_factory", dd_get_factory, dd_set_factory,
      "Factory for default value called by __missing__()." },
    { NULL, NULL, NULL, NULL },
};

static TyType TyDefaultDict_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "collections.defaultdict",
    .basicsize = sizeof(TyDefaultDict),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .base = &TyDict_Type,
    .dealloc = dd_dealloc,
    .repr = dd_repr,
    .traverse = dd_traverse,
    .clear = dd_clear,
    .tp_init = dd_init,
    .binop[TY_BINOP_OR] = dd_or,
    .methods = dd_methods,
    .getset = dd_getset,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
};

/* ---- the Python part ------------------------------------------------------------------ */

/* _caller_module(): the __name__ of the module whose code called the
** Python function that calls this ("__main__" when it has none), which
** namedtuple() gives the class as __module__ (CPython reads it from
** sys._getframe(1)).  New reference. */
static TyObject *caller_module(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_caller_module", kwnames) < 0 ||
        tyArg_checkPositional("_caller_module", nargs, 0, 0) < 0)
        return NULL;
    TyFrame *f = tyVM_currentFrame();
    if (f)
        f = f->previous;
    TyObject *name = f && f->globals ? tyDict_getItem(f->globals, TY_ID(__name__)) : NULL;
    if (!name && tyErr_occurred())
        return NULL;
    return name ? TY_NEWREF(name) : tyStr_fromCStr("__main__");
}

static TyMethodDef collections_functions[] = {
    { "_caller_module", caller_module, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

/* src/modules/collections.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/collections_py.h"
    ;


static TyType *const module_types[] = {
    &TyDeque_Type, &TyDequeIter_Type, &TyDequeRevIter_Type, &TyDefaultDict_Type,
};

/* The module (see collections.h): new reference. */
TyObject *tyCollections_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("collections", collections_functions);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyModule_addObject(m, "deque", (TyObject *)&TyDeque_Type) < 0 ||
        tyModule_addObject(m, "defaultdict", (TyObject *)&TyDefaultDict_Type) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<collections>") < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

void tyCollections_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
