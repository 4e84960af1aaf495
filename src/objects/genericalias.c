/*
** genericalias.c — types.GenericAlias: `list[int]`, `dict[str, int]`.
** Annotations evaluate these (PEP 585); calling one calls its origin, and
** attributes other than the alias's own come from the origin.  An alias
** over type variables (anything with __typing_subst__, typing's TypeVar
** and friends) is generic: subscripting it substitutes them, by CPython
** 3.11's rules.  `*alias` (PEP 646) is the starred form, made by
** iterating an alias.
*/
#include "tally.h"
#include "objects/genericalias.h"
#include "objects/set.h"
#include "objects/iter.h"
#include "objects/union.h"
#include "objects/weakref.h"
#include "objects/mappingproxy.h"

typedef struct TyGenericAlias {
    TyObject ob;
    TyObject *origin;
    TyObject *args;          /* always a tuple */
    TyObject *parameters;    /* tuple, made on first use; NULL until then */
    bool starred;            /* *alias: __unpacked__ */
    TyObject *weakreflist;
} TyGenericAlias;

/* origin[args] as an instance of `type` (GenericAlias or a subclass, such
** as _collections_abc's _CallableGenericAlias): new reference. */
static TyObject *ga_make(TyType *type, TyObject *origin, TyObject *args)
{
    TyGenericAlias *g = (TyGenericAlias *)tyType_genericAlloc(type, 0);
    if (!g)
        return NULL;
    g->origin = TY_NEWREF(origin);
    g->args = TY_TUPLE_CHECK(args) ? TY_NEWREF(args) : tyTuple_pack(1, args);
    if (!g->args) {
        TY_DECREF(g);
        return NULL;
    }
    return (TyObject *)g;
}

TyObject *tyGenericAlias_new(TyObject *origin, TyObject *args)
{
    return ga_make(&TyGenericAlias_Type, origin, args);
}

static void ga_dealloc(TyObject *o)
{
    TyGenericAlias *g = (TyGenericAlias *)o;
    tyGC_untrack(o);
    if (g->weakreflist)
        tyWeakref_clear(o);
    TY_XDECREF(g->origin);
    TY_XDECREF(g->args);
    TY_XDECREF(g->parameters);
    tyObj_free(o);
}

static int ga_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGenericAlias *g = (TyGenericAlias *)o;
    TyObject *refs[] = { g->origin, g->args, g->parameters };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

int tyGenericAlias_reprItem(TyStrBuilder *b, TyObject *o)
{
    if (o == TY_ELLIPSIS)
        return tyBuf_appendC(b, "...");
    if (TY_IS_INSTANCE(o, &TyGenericAlias_Type) || !TY_TYPE_CHECK(o))
        return tyBuf_appendRepr(b, o);
    TyType *t = (TyType *)o;
    TyObject *mod;
    if (tyObj_lookupAttr(o, TY_ID(__module__), &mod) < 0)
        return -1;
    int r = 0;
    if (mod && TY_STR_CHECK(mod) && !tyStr_eqC(mod, "builtins")) {
        r = tyBuf_appendStr(b, mod);
        if (r == 0)
            r = tyBuf_appendChar(b, '.');
    }
    TY_XDECREF(mod);
    TyObject *qual = tyObj_getAttr(o, TY_ID(__qualname__));
    if (!qual)
        return -1;
    if (r == 0)
        r = tyBuf_appendStr(b, qual);
    TY_DECREF(qual);
    (void)t;
    return r;
}

static TyObject *ga_repr(TyObject *o)
{
    TyGenericAlias *g = (TyGenericAlias *)o;
    TyStrBuilder b;
    tyBuf_init(&b);
    int r = g->starred ? tyBuf_appendChar(&b, '*') : 0;
    if (r == 0)
        r = tyGenericAlias_reprItem(&b, g->origin);
    if (r == 0)
        r = tyBuf_appendChar(&b, '[');
    ssize_t n = TY_TUPLE_LEN(g->args);
    for (ssize_t i = 0; r == 0 && i < n; i++) {
        if (i > 0)
            r = tyBuf_appendC(&b, ", ");
        if (r == 0)
            r = tyGenericAlias_reprItem(&b, TY_TUPLE_GET(g->args, i));
    }
    if (r == 0 && n == 0)
        r = tyBuf_appendC(&b, "()");
    if (r == 0)
        r = tyBuf_appendChar(&b, ']');
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* origin(*args, **kwargs), whose result records the alias it came from in
** __orig_class__ when it takes attributes (AttributeError and TypeError
** from setting it are ignored, as CPython's ga_call does). */
static TyObject *ga_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *r = tyObj_call(((TyGenericAlias *)self)->origin, args, nargs, kwnames);
    if (r && tyObj_setAttrStr(r, "__orig_class__", self) < 0) {
        if (!tyErr_exceptionMatches(&TyExc_AttributeError) && !tyErr_exceptionMatches(&TyExc_TypeError)) {
            TY_DECREF(r);
            return NULL;
        }
        tyErr_clear();
    }
    return r;
}

static TyObject *ga_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_IS_INSTANCE(b, &TyGenericAlias_Type))
        return TY_NEWREF(TY_NOTIMPL);
    TyGenericAlias *x = (TyGenericAlias *)a, *y = (TyGenericAlias *)b;
    int eq = x->starred == y->starred;
    if (eq > 0)
        eq = tyObj_richCompareBool(x->origin, y->origin, TY_EQ);
    if (eq > 0)
        eq = tyObj_richCompareBool(x->args, y->args, TY_EQ);
    if (eq < 0)
        return NULL;
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash ga_hash(TyObject *o)
{
    TyGenericAlias *g = (TyGenericAlias *)o;
    ty_hash h0 = tyObj_hash(g->origin);
    if (h0 == -1)
        return -1;
    ty_hash h1 = tyObj_hash(g->args);
    if (h1 == -1)
        return -1;
    ty_hash h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* The names an alias answers itself; every other attribute is the
** origin's (list[int].append, list[int].__name__). */
static const char *const own_attributes[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static TyObject *ga_getattro(TyObject *self, TyObject *name)
{
    if (TY_STR_CHECK(name)) {
        bool own = false;
        for (int i = 0; own_attributes[i] && !own; i++)
            own = tyStr_eqC(name, own_attributes[i]);
        if (!own)
            return tyObj_getAttr(((TyGenericAlias *)self)->origin, name);
    }
    return tyObj_genericGetAttr(self, name);
}

/* Position of item in tuple t by identity, or -1. */
static ssize_t index_of(TyObject *t, TyObject *item)
{
    for (ssize_t i = 0; i < TY_TUPLE_LEN(t); i++)
        if (TY_TUPLE_GET(t, i) == item)
            return i;
    return -1;
}

static int append_unique(TyObject *list, TyObject *item)
{
    for (ssize_t i = 0; i < TY_LIST_LEN(list); i++)
        if (TY_LIST_GET(list, i) == item)
            return 0;
    return tyList_append(list, item);
}

/* The type variables among args, in order of first appearance: items
** with __typing_subst__, and the __parameters__ of the others (classes
** aside).  New reference to a tuple. */
TyObject *tyGenericAlias_makeParameters(TyObject *args)
{
    TyObject *params = tyList_new(0);
    if (!params)
        return NULL;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(args); i++) {
        TyObject *t = TY_TUPLE_GET(args, i), *attr;
        if (TY_TYPE_CHECK(t))
            continue;
        int r = tyObj_lookupAttr(t, TY_ID(__typing_subst__), &attr);
        if (r > 0) {
            TY_DECREF(attr);
            r = append_unique(params, t);
        } else if (r == 0) {
            r = tyObj_lookupAttr(t, TY_ID(__parameters__), &attr);
            if (r > 0) {
                if (TY_TUPLE_CHECK(attr))
                    for (ssize_t j = 0; r >= 0 && j < TY_TUPLE_LEN(attr); j++)
                        r = append_unique(params, TY_TUPLE_GET(attr, j));
                TY_DECREF(attr);
            }
        }
        if (r < 0) {
            TY_DECREF(params);
            return NULL;
        }
    }
    TyObject *t = tyList_asTuple(params);
    TY_DECREF(params);
    return t;
}

/* Borrowed: the alias's type variables, made on first use. */
static TyObject *parameters_of(TyGenericAlias *g)
{
    if (!g->parameters)
        g->parameters = tyGenericAlias_makeParameters(g->args);
    return g->parameters;
}

/* The items of a subscript, with each *tuple[X, Y] spread into X, Y (not
** *tuple[X, ...]).  New reference to a tuple. */
static TyObject *unpack_args(TyObject *item)
{
    TyObject *items = TY_TUPLE_CHECK(item) ? TY_NEWREF(item) : tyTuple_pack(1, item);
    TyObject *out = items ? tyList_new(0) : NULL;
    if (!out) {
        TY_XDECREF(items);
        return NULL;
    }
    int r = 0;
    for (ssize_t i = 0; r >= 0 && i < TY_TUPLE_LEN(items); i++) {
        TyObject *it = TY_TUPLE_GET(items, i), *sub = NULL;
        if (!TY_TYPE_CHECK(it) && (r = tyObj_lookupAttr(it, TY_ID(__typing_unpacked_tuple_args__), &sub)) < 0)
            break;
        ssize_t n = sub && TY_TUPLE_CHECK(sub) ? TY_TUPLE_LEN(sub) : -1;
        if (n >= 0 && !(n > 0 && TY_TUPLE_GET(sub, n - 1) == TY_ELLIPSIS)) {
            for (ssize_t j = 0; r >= 0 && j < n; j++)
                r = tyList_append(out, TY_TUPLE_GET(sub, j));
        } else {
            r = tyList_append(out, it);
        }
        TY_XDECREF(sub);
    }
    TY_DECREF(items);
    TyObject *t = r < 0 ? NULL : tyList_asTuple(out);
    TY_DECREF(out);
    return t;
}

/* True when o is an unpacked TypeVarTuple (*Ts): 1 / 0 / -1. */
static int is_unpacked_typevartuple(TyObject *o)
{
    if (TY_TYPE_CHECK(o))
        return 0;
    TyObject *v;
    int r = tyObj_lookupAttr(o, TY_ID(__typing_is_unpacked_typevartuple__), &v);
    if (r <= 0)
        return r;
    r = tyObj_isTrue(v);
    TY_DECREF(v);
    return r;
}

/* obj with its own type variables replaced by their arguments (obj[...]),
** or obj itself when it has none.  New reference. */
static TyObject *substitute_inner(TyObject *obj, TyObject *params, TyObject *argitems)
{
    TyObject *sub;
    int r = tyObj_lookupAttr(obj, TY_ID(__parameters__), &sub);
    if (r < 0)
        return NULL;
    if (!sub || !TY_TUPLE_CHECK(sub) || TY_TUPLE_LEN(sub) == 0) {
        TY_XDECREF(sub);
        return TY_NEWREF(obj);
    }
    TyObject *subargs = tyList_new(0);
    for (ssize_t i = 0; subargs && i < TY_TUPLE_LEN(sub); i++) {
        TyObject *p = TY_TUPLE_GET(sub, i);
        ssize_t at = index_of(params, p);
        if (at < 0)
            continue;
        TyObject *arg = TY_TUPLE_GET(argitems, at);
        int r = 0;
        /* A variadic parameter (its type iterates, as TypeVarTuple's does)
        ** stands for the items of its argument tuple. */
        if (TY_TYPE(p)->iter && TY_TUPLE_CHECK(arg)) {
            for (ssize_t j = 0; r >= 0 && j < TY_TUPLE_LEN(arg); j++)
                r = tyList_append(subargs, TY_TUPLE_GET(arg, j));
        } else {
            r = tyList_append(subargs, arg);
        }
        if (r < 0)
            TY_CLEAR(subargs);
    }
    TY_DECREF(sub);
    if (!subargs)
        return NULL;
    TyObject *key = tyList_asTuple(subargs);
    TY_DECREF(subargs);
    if (!key)
        return NULL;
    TyObject *r2 = tyObj_getItem(obj, key);
    TY_DECREF(key);
    return r2;
}

/* CPython's _Py_subs_parameters: each type variable of args replaced by
** its entry of item (after the parameters' __typing_prepare_subst__),
** others substituted inside.  New reference to a tuple. */
TyObject *tyGenericAlias_substitute(TyObject *self, TyObject *args, TyObject *params, TyObject *item)
{
    ssize_t nparams = TY_TUPLE_LEN(params);
    TyObject *items = unpack_args(item);
    if (!items)
        return NULL;
    for (ssize_t i = 0; i < nparams; i++) {
        TyObject *prepare;
        if (tyObj_lookupAttr(TY_TUPLE_GET(params, i), TY_ID(__typing_prepare_subst__), &prepare) < 0) {
            TY_DECREF(items);
            return NULL;
        }
        if (!prepare)
            continue;
        TyObject *next = NULL;
        if (prepare != TY_NONE) {
            TyObject *args[2] = { self, items };
            next = tyObj_call(prepare, args, 2, NULL);
        } else {
            next = TY_NEWREF(items);
        }
        TY_DECREF(prepare);
        TY_DECREF(items);
        if (!next)
            return NULL;
        if (!TY_TUPLE_CHECK(next)) {
            items = tyTuple_pack(1, next);
            TY_DECREF(next);
            if (!items)
                return NULL;
        } else {
            items = next;
        }
    }
    ssize_t nitems = TY_TUPLE_LEN(items);
    if (nitems != nparams) {
        TY_DECREF(items);
        return tyErr_format(&TyExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                            nitems > nparams ? "many" : "few", self, nitems, nparams);
    }
    TyObject *newargs = tyList_new(0);
    for (ssize_t i = 0; newargs && i < TY_TUPLE_LEN(args); i++) {
        TyObject *arg = TY_TUPLE_GET(args, i), *subst = NULL, *value = NULL;
        if (TY_TYPE_CHECK(arg)) {
            if (tyList_append(newargs, arg) < 0)
                TY_CLEAR(newargs);
            continue;
        }
        int unpack = is_unpacked_typevartuple(arg);
        if (unpack >= 0 && tyObj_lookupAttr(arg, TY_ID(__typing_subst__), &subst) >= 0) {
            if (subst) {
                value = tyObj_callOneArg(subst, TY_TUPLE_GET(items, index_of(params, arg)));
                TY_DECREF(subst);
            } else {
                value = substitute_inner(arg, params, items);
            }
        }
        int r = value ? 0 : -1;
        if (value && unpack > 0 && TY_TUPLE_CHECK(value)) {
            for (ssize_t j = 0; r == 0 && j < TY_TUPLE_LEN(value); j++)
                r = tyList_append(newargs, TY_TUPLE_GET(value, j));
        } else if (value) {
            r = tyList_append(newargs, value);
        }
        TY_XDECREF(value);
        if (r < 0)
            TY_CLEAR(newargs);
    }
    TY_DECREF(items);
    if (!newargs)
        return NULL;
    TyObject *r = tyList_asTuple(newargs);
    TY_DECREF(newargs);
    return r;
}

/* alias[item]: the type variables replaced by item's entries, in order.
** New reference. */
static TyObject *ga_subscript(TyObject *self, TyObject *item)
{
    TyGenericAlias *g = (TyGenericAlias *)self;
    TyObject *params = parameters_of(g);
    if (!params)
        return NULL;
    if (TY_TUPLE_LEN(params) == 0)
        return tyErr_format(&TyExc_TypeError, "%R is not a generic class", self);
    TyObject *args = tyGenericAlias_substitute(self, g->args, params, item);
    if (!args)
        return NULL;
    TyObject *r = ga_make(TY_TYPE(self), g->origin, args);
    TY_DECREF(args);
    if (r)
        ((TyGenericAlias *)r)->starred = g->starred;
    return r;
}

/* iter(alias) yields *alias once (PEP 646: `*tuple[int, ...]`); the
** iterator pickles as iter(alias). */
typedef struct TyGAIter {
    TyObject ob;
    TyObject *alias;         /* NULL once the starred alias was given */
} TyGAIter;



static TyObject *ga_iter(TyObject *self)
{
    TyGAIter *it = (TyGAIter *)tyGC_alloc(&TyGAIter_Type);
    if (!it)
        return NULL;
    it->alias = TY_NEWREF(self);
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static TyObject *gaiter_next(TyObject *o)
{
    TyGAIter *it = (TyGAIter *)o;
    if (!it->alias)
        return NULL;
    TyGenericAlias *g = (TyGenericAlias *)it->alias;
    TyObject *starred = ga_make(TY_TYPE(it->alias), g->origin, g->args);
    TY_CLEAR(it->alias);
    if (starred)
        ((TyGenericAlias *)starred)->starred = true;
    return starred;
}

static void gaiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyGAIter *)o)->alias);
    tyObj_free(o);
}

static int gaiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *a = ((TyGAIter *)o)->alias;
    return a ? visit(a, arg) : 0;
}

static TyObject *gaiter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

/* iter(alias) again, or iter(()) once the starred alias was given. */
static TyObject *gaiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *alias = ((TyGAIter *)self)->alias;
    if (!alias)
        return tyIter_reduceExhausted(tyTuple_new(0));
    return tyIter_reduce("iter", tyTuple_pack(1, alias), NULL);
}

static TyMethodDef gaiter_methods[] = {
    { "__reduce__", gaiter_reduce, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyGAIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "generic_alias_iterator",
    .basicsize = sizeof(TyGAIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = gaiter_dealloc,
    .traverse = gaiter_traverse,
    .iter = gaiter_self,
    .iternext = gaiter_next,
    .methods = gaiter_methods,
};

static TyObject *get_origin(TyObject *o) { return TY_NEWREF(((TyGenericAlias *)o)->origin); }
static TyObject *get_args(TyObject *o) { return TY_NEWREF(((TyGenericAlias *)o)->args); }
static TyObject *get_unpacked(TyObject *o) { return tyBool_from(((TyGenericAlias *)o)->starred); }

static TyObject *get_parameters(TyObject *o)
{
    TyObject *p = parameters_of((TyGenericAlias *)o);
    return p ? TY_NEWREF(p) : NULL;
}

/* For *tuple[X, Y]: (X, Y); None otherwise. */
static TyObject *get_unpacked_tuple_args(TyObject *o)
{
    TyGenericAlias *g = (TyGenericAlias *)o;
    if (g->starred && g->origin == (TyObject *)&TyTuple_Type)
        return TY_NEWREF(g->args);
    return tyNone_new();
}

static TyGetSetDef ga_getset[] = {
    { "__origin__", get_origin, NULL, NULL },
    { "__args__", get_args, NULL, NULL },
    { "__parameters__", get_parameters, NULL, "Type variables in the GenericAlias." },
    { "__unpacked__", get_unpacked, NULL, NULL },
    { "__typing_unpacked_tuple_args__", get_unpacked_tuple_args, NULL, NULL },
    { NULL }
};

/* class C(list[int]) derives from list. */
static TyObject *ga_mro_entries(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__mro_entries__", kwnames) < 0 ||
        tyArg_checkPositional("__mro_entries__", nargs, 1, 1) < 0)
        return NULL;
    return tyTuple_pack(1, ((TyGenericAlias *)self)->origin);
}

static TyObject *ga_no_check(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyErr_setString(&TyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static TyObject *ga_no_subclass_check(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyErr_setString(&TyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/* A builtins function by name: borrowed. */
static TyObject *builtin(const char *name)
{
    TyObject *f = tyDict_getItemStr(ty_state.builtins, name);
    if (!f && !tyErr_occurred())
        tyErr_format(&TyExc_AttributeError, "module 'builtins' has no attribute '%s'", name);
    return f;
}

/* GenericAlias(origin, args); a starred alias as next(iter(that)). */
static TyObject *ga_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyGenericAlias *g = (TyGenericAlias *)self;
    if (!g->starred) {
        TyObject *inner = tyTuple_pack(2, g->origin, g->args);
        TyObject *r = inner ? tyTuple_pack(2, (TyObject *)TY_TYPE(self), inner) : NULL;
        TY_XDECREF(inner);
        return r;
    }
    TyObject *plain = ga_make(TY_TYPE(self), g->origin, g->args);
    TyObject *it = plain ? ga_iter(plain) : NULL;
    TY_XDECREF(plain);
    if (!it)
        return NULL;
    TyObject *r = tyIter_reduce("next", tyTuple_pack(1, it), NULL);
    TY_DECREF(it);
    return r;
}

/* dir(alias): the origin's names and the alias's own. */
static TyObject *ga_dir(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *dir = builtin("dir");
    TyObject *names = dir ? tyObj_callOneArg(dir, ((TyGenericAlias *)self)->origin) : NULL;
    if (!names)
        return NULL;
    for (int i = 0; own_attributes[i]; i++) {
        TyObject *s = tyStr_fromCStr(own_attributes[i]);
        int has = s ? tyObj_contains(names, s) : -1;
        int r = has != 0 ? has : tyList_append(names, s);
        TY_XDECREF(s);
        if (r < 0) {
            TY_DECREF(names);
            return NULL;
        }
    }
    return names;
}

static TyMethodDef ga_methods[] = {
    { "__mro_entries__", ga_mro_entries, TY_METH_DEFAULT, NULL },
    { "__instancecheck__", ga_no_check, TY_METH_DEFAULT, NULL },
    { "__subclasscheck__", ga_no_subclass_check, TY_METH_DEFAULT, NULL },
    { "__reduce__", ga_reduce, TY_METH_DEFAULT, NULL },
    { "__dir__", ga_dir, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyObject *ga_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("GenericAlias", kwnames) < 0 || tyArg_checkPositional("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return ga_make(type, args[0], args[1]);
}

TyType TyGenericAlias_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "types.GenericAlias",
    .basicsize = sizeof(TyGenericAlias),
    .weaklistoffset = offsetof(TyGenericAlias, weakreflist),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .call = ga_call,
    .getattr = ga_getattro,
    .iter = ga_iter,
    .subscript = ga_subscript,
    .traverse = ga_traverse,
    .tp_new = ga_new,
    .methods = ga_methods,
    .getset = ga_getset,
    .binop[TY_BINOP_OR] = tyUnion_or,
};

/* cls[item] for the built-in generic classes. */
static TyObject *class_getitem(TyObject *cls, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return tyGenericAlias_new(cls, args[0]);
}

static TyMethodDef class_getitem_def = { "__class_getitem__", class_getitem, TY_METH_CLASS,
                                         "See PEP 585" };

int tyGenericAlias_addClassGetitem(TyType *type)
{
    TyObject *d = tyMethodDescr_new(type, &class_getitem_def);
    int r = d ? tyDict_setItemStr(type->dict, "__class_getitem__", d) : -1;
    TY_XDECREF(d);
    if (r == 0)
        tyType_modified(type);
    return r;
}

int tyGenericAlias_init(void)
{
    /* Not type: a __class_getitem__ on type would be found through the
    ** metaclass of every class, making any class subscriptable; type[x]
    ** is tyObj_getItem's own case, as in CPython. */
    TyType *generic[] = { &TyList_Type, &TyDict_Type, &TyTuple_Type, &TySet_Type, &TyFrozenSet_Type,
                          &TyEnum_Type, &TyMappingProxy_Type };
    for (size_t i = 0; i < TY_ARRAY_LEN(generic); i++)
        if (tyGenericAlias_addClassGetitem(generic[i]) < 0)
            return -1;
    return 0;
}
