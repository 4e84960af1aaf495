/*
** collections.c — the `_collections` module, the C half of CPython's
** `collections` package: CPython's collections/__init__.py and
** collections/abc.py import unmodified from its library and take from here
** what CPython writes in C: deque (objects/deque.c) and its two iterator
** types, defaultdict, _count_elements (Counter's counting loop) and
** _tuplegetter (namedtuple's field descriptors), and OrderedDict, written
** in Python (collections.py beside this file, run in the module's namespace
** on first import).
*/
#include <string.h>
#include "tally.h"
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

/* ---- _count_elements ------------------------------------------------------------ */

/*
** _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for
** each x, as Counter.update calls it.  A dict whose class keeps dict's get
** and __setitem__ is updated directly, hashing each element once, as
** CPython's loop does; any other mapping through its own get and item
** assignment.  None, or NULL with an exception.
*/
static TyObject *count_elements(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (tyArg_noKeywords("_count_elements", kwnames) < 0 ||
        tyArg_checkCount("_count_elements", nargs, 2, 2) < 0)
        return NULL;
    TyObject *mapping = args[0];
    TyObject *it = tyObj_getIter(args[1]);
    if (!it)
        return NULL;
    TyObject *get_name = tyStr_internC("get"), *set_name = TY_ID(__setitem__);
    TyObject *one = tyInt_fromI64(1), *zero = tyInt_fromI64(0);
    TyObject *bound_get = NULL, *key = NULL;
    if (!get_name)
        goto done;
    bool fast = TY_DICT_CHECK(mapping) &&
                tyType_lookup(TY_TYPE(mapping), get_name) == tyType_lookup(&TyDict_Type, get_name) &&
                tyType_lookup(TY_TYPE(mapping), set_name) == tyType_lookup(&TyDict_Type, set_name);
    if (!fast && !(bound_get = tyObj_getAttr(mapping, get_name)))
        goto done;
    while ((key = tyIter_step(it)) != NULL) {
        TyObject *newval;
        if (fast) {
            ty_hash hash = tyObj_hash(key);
            if (hash == -1)
                break;
            TyObject *old = tyDict_getItemKnownHash(mapping, key, hash);
            if (!old && tyErr_occurred())
                break;
            newval = old ? tyNum_binary(old, one, TY_BINOP_ADD) : TY_NEWREF(one);
            if (!newval || tyDict_setItemKnownHash(mapping, key, hash, newval) < 0) {
                TY_XDECREF(newval);
                break;
            }
        } else {
            TyObject *getargs[2] = { key, zero };
            TyObject *old = tyObj_call(bound_get, getargs, 2, NULL);
            if (!old)
                break;
            newval = tyNum_binary(old, one, TY_BINOP_ADD);
            TY_DECREF(old);
            if (!newval || tyObj_setItem(mapping, key, newval) < 0) {
                TY_XDECREF(newval);
                break;
            }
        }
        TY_DECREF(newval);
        TY_CLEAR(key);
    }
done:
    TY_XDECREF(key);
    TY_XDECREF(bound_get);
    TY_XDECREF(get_name);
    TY_DECREF(it);
    TY_DECREF(one);
    TY_DECREF(zero);
    if (tyErr_occurred())
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* ---- _tuplegetter ------------------------------------------------------------------ */

/* The descriptor namedtuple() makes for each field: item `index` of the
** tuple it is read from; it cannot be set or deleted. */
typedef struct TyTupleGetter {
    TyObject ob;
    ssize_t index;
    TyObject *doc;
} TyTupleGetter;

static TyType TyTupleGetter_Type;

#define TG(o) ((TyTupleGetter *)(o))

/* _tuplegetter(index, doc): new reference. */
static TyObject *tg_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_tuplegetter", kwnames) < 0 ||
        tyArg_checkCount("_tuplegetter", nargs, 2, 2) < 0)
        return NULL;
    TyObject *i = tyNum_index(args[0]);
    ssize_t index = i ? tyInt_asSsize(i) : -1;
    TY_XDECREF(i);
    if (index == -1 && tyErr_occurred())
        return NULL;
    TyTupleGetter *g = (TyTupleGetter *)tyType_genericAlloc(type, 0);
    if (!g)
        return NULL;
    g->index = index;
    g->doc = TY_NEWREF(args[1]);
    return (TyObject *)g;
}

static void tg_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(TG(o)->doc);
    tyObj_free(o);
}

static int tg_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return TG(o)->doc ? visit(TG(o)->doc, arg) : 0;
}

static int tg_clear(TyObject *o)
{
    TY_CLEAR(TG(o)->doc);
    return 0;
}

/* The item, or the descriptor itself when read from the class (or None). */
static TyObject *tg_get(TyObject *self, TyObject *obj, TyObject *type)
{
    if (!obj || obj == TY_NONE)
        return TY_NEWREF(self);
    ssize_t index = TG(self)->index;
    if (!TY_TUPLE_CHECK(obj))
        return tyErr_format(&TyExc_TypeError,
                            "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                            index, tyType_name(TY_TYPE(obj)));
    if (index < 0 || index >= TY_TUPLE_LEN(obj))
        return tyErr_setString(&TyExc_IndexError, "tuple index out of range");
    return TY_NEWREF(TY_TUPLE_GET(obj, index));
}

static int tg_set(TyObject *self, TyObject *obj, TyObject *value)
{
    tyErr_setString(&TyExc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

/* "_tuplegetter(0, 'doc')": the class's name without its module. */
static TyObject *tg_repr(TyObject *self)
{
    const char *name = tyType_name(TY_TYPE(self)), *dot = strrchr(name, '.');
    return tyStr_fromFormat("%s(%zd, %R)", dot ? dot + 1 : name, TG(self)->index, TG(self)->doc);
}

/* __reduce__: (type, (index, doc)). */
static TyObject *tg_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 ||
        tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *index = tyInt_fromI64(TG(self)->index);
    TyObject *a = index ? tyTuple_pack(2, index, TG(self)->doc) : NULL;
    TyObject *r = a ? tyTuple_pack(2, (TyObject *)TY_TYPE(self), a) : NULL;
    TY_XDECREF(index);
    TY_XDECREF(a);
    return r;
}

static TyObject *tg_get_doc(TyObject *self)
{
    return TY_NEWREF(TG(self)->doc ? TG(self)->doc : TY_NONE);
}

static int tg_set_doc(TyObject *self, TyObject *value)
{
    TyObject *old = TG(self)->doc;
    TG(self)->doc = value ? TY_NEWREF(value) : NULL;
    TY_XDECREF(old);
    return 0;
}

static TyMethodDef tg_methods[] = {
    { "__reduce__", tg_reduce, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef tg_getset[] = {
    { "__doc__", tg_get_doc, tg_set_doc, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType TyTupleGetter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TyTupleGetter),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = tg_dealloc,
    .repr = tg_repr,
    .traverse = tg_traverse,
    .clear = tg_clear,
    .descr_get = tg_get,
    .descr_set = tg_set,
    .tp_new = tg_new,
    .methods = tg_methods,
    .getset = tg_getset,
};

/* ---- the module ---------------------------------------------------------------------- */

static TyMethodDef collections_functions[] = {
    { "_count_elements", count_elements, TY_METH_DEFAULT, "Count elements in the iterable, updating the mapping" },
    { NULL, NULL, 0, NULL },
};

/* src/modules/collections.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/collections_py.h"
    ;

static TyType *const module_types[] = {
    &TyDeque_Type, &TyDequeIter_Type, &TyDequeRevIter_Type, &TyDefaultDict_Type, &TyTupleGetter_Type,
};

/* The module (see collections.h): new reference. */
TyObject *tyCollections_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("_collections", collections_functions);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "deque", (TyObject *)&TyDeque_Type) < 0 ||
        tyModule_addObject(m, "_deque_iterator", (TyObject *)&TyDequeIter_Type) < 0 ||
        tyModule_addObject(m, "_deque_reverse_iterator", (TyObject *)&TyDequeRevIter_Type) < 0 ||
        tyModule_addObject(m, "defaultdict", (TyObject *)&TyDefaultDict_Type) < 0 ||
        tyModule_addObject(m, "_tuplegetter", (TyObject *)&TyTupleGetter_Type) < 0 ||
        tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<_collections>") < 0) {
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
