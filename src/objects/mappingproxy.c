/*
** mappingproxy.c — mappingproxy: a read-only view of a mapping, what
** type.__dict__ returns so that a class's namespace cannot be changed
** behind the method cache's back.
*/
#include "tally.h"
#include "objects/mappingproxy.h"

typedef struct TyMappingProxy {
    TyObject ob;
    TyObject *mapping;
} TyMappingProxy;

TyObject *tyMappingProxy_new(TyObject *mapping)
{
    TyMappingProxy *p = (TyMappingProxy *)tyGC_alloc(&TyMappingProxy_Type);
    if (!p)
        return NULL;
    p->mapping = TY_NEWREF(mapping);
    tyGC_track((TyObject *)p);
    return (TyObject *)p;
}

static void proxy_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_DECREF(((TyMappingProxy *)o)->mapping);
    tyObj_free(o);
}

static int proxy_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return visit(((TyMappingProxy *)o)->mapping, arg);
}

static TyObject *proxy_getitem(TyObject *o, TyObject *key)
{
    return tyObj_getItem(((TyMappingProxy *)o)->mapping, key);
}

static ssize_t proxy_len(TyObject *o)
{
    return tyObj_length(((TyMappingProxy *)o)->mapping);
}

static int proxy_contains(TyObject *o, TyObject *key)
{
    return tyObj_contains(((TyMappingProxy *)o)->mapping, key);
}

static TyObject *proxy_iter(TyObject *o)
{
    return tyObj_getIter(((TyMappingProxy *)o)->mapping);
}

static TyObject *proxy_repr(TyObject *o)
{
    return tyStr_fromFormat("mappingproxy(%R)", ((TyMappingProxy *)o)->mapping);
}

static TyObject *proxy_str(TyObject *o)
{
    return tyObj_str(((TyMappingProxy *)o)->mapping);
}

static TyObject *proxy_richcompare(TyObject *a, TyObject *b, int op)
{
    return tyObj_richCompare(((TyMappingProxy *)a)->mapping, b, op);
}

/* keys(), values(), items(), get(), copy() forward to the mapping. */
static TyObject *forward(TyObject *self, const char *name, TyObject *const *args, size_t nargs)
{
    TyObject *n = tyStr_internC(name);
    if (!n)
        return NULL;
    TyObject *r = tyObj_callMethod(((TyMappingProxy *)self)->mapping, n, args, nargs);
    TY_DECREF(n);
    return r;
}

#define FORWARD(name)                                                                   \
    static TyObject *proxy_##name(TyObject *self, TyObject *const *args, size_t nargs,  \
                                  TyObject *kwnames)                                    \
    {                                                                                   \
        if (tyArg_noKeywords(#name, kwnames) < 0)                                       \
            return NULL;                                                                \
        return forward(self, #name, args, nargs);                                       \
    }
FORWARD(keys)
FORWARD(values)
FORWARD(items)
FORWARD(get)
FORWARD(copy)

/* __reversed__(): the mapping's reverse iterator. */
static TyObject *proxy_reversed(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reversed__", kwnames) < 0 ||
        tyArg_checkPositional("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    return forward(self, "__reversed__", args, nargs);
}

/* proxy | other and other | proxy: the mappings' own `|` (a new dict for
** dicts), either side unwrapped, as CPython's mappingproxy does. */
static TyObject *proxy_or(TyObject *a, TyObject *b)
{
    if (TY_TYPE(a) == &TyMappingProxy_Type)
        a = ((TyMappingProxy *)a)->mapping;
    if (TY_TYPE(b) == &TyMappingProxy_Type)
        b = ((TyMappingProxy *)b)->mapping;
    return tyNum_binary(a, b, TY_BINOP_OR);
}

/* proxy |= other: refused, the proxy being read-only. */
static TyObject *proxy_ior(TyObject *a, TyObject *b)
{
    return tyErr_format(&TyExc_TypeError, "'|=' is not supported by %s; use '|' instead",
                        tyType_name(TY_TYPE(a)));
}

static TyMethodDef proxy_methods[] = {
    { "__reversed__", proxy_reversed, TY_METH_DEFAULT, NULL },
    { "keys", proxy_keys, TY_METH_DEFAULT, NULL },
    { "values", proxy_values, TY_METH_DEFAULT, NULL },
    { "items", proxy_items, TY_METH_DEFAULT, NULL },
    { "get", proxy_get, TY_METH_DEFAULT, NULL },
    { "copy", proxy_copy, TY_METH_DEFAULT, NULL },
    { NULL }
};

/* mappingproxy(mapping): a read-only view of any mapping but a list or a
** tuple (which have __getitem__ too), as CPython checks. */
static TyObject *proxy_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "mapping", NULL };
    TyObject *a[1] = { NULL };
    if (tyArg_unpack("mappingproxy", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyType *t = TY_TYPE(a[0]);
    if (!t->subscript || TY_LIST_CHECK(a[0]) || TY_TUPLE_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    return tyMappingProxy_new(a[0]);
}

TyType TyMappingProxy_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "mappingproxy",
    .basicsize = sizeof(TyMappingProxy),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_MAPPING,
    .dealloc = proxy_dealloc,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .length = proxy_len,
    .subscript = proxy_getitem,
    .contains = proxy_contains,
    .traverse = proxy_traverse,
    .methods = proxy_methods,
    .binop[TY_BINOP_OR] = proxy_or,
    .inplace[TY_BINOP_OR] = proxy_ior,
    .tp_new = proxy_new,
};
