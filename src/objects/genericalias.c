/*
** genericalias.c — types.GenericAlias: `list[int]`, `dict[str, int]`.
** Annotations evaluate these (PEP 585); calling one calls its origin.
*/
#include "tally.h"
#include "objects/genericalias.h"
#include "objects/set.h"
#include "objects/iter.h"
#include "objects/union.h"

typedef struct TyGenericAlias {
    TyObject ob;
    TyObject *origin;
    TyObject *args;          /* always a tuple */
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
    TY_XDECREF(g->origin);
    TY_XDECREF(g->args);
    tyObj_free(o);
}

static int ga_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGenericAlias *g = (TyGenericAlias *)o;
    if (g->origin && visit(g->origin, arg))
        return 1;
    return g->args ? visit(g->args, arg) : 0;
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
    int r = tyGenericAlias_reprItem(&b, g->origin);
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

static TyObject *ga_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyObj_call(((TyGenericAlias *)self)->origin, args, nargs, kwnames);
}

static TyObject *ga_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_IS_INSTANCE(b, &TyGenericAlias_Type))
        return TY_NEWREF(TY_NOTIMPL);
    TyGenericAlias *x = (TyGenericAlias *)a, *y = (TyGenericAlias *)b;
    int eq = tyObj_richCompareBool(x->origin, y->origin, TY_EQ);
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

/* Attributes not of the alias itself come from the origin (list[int].append). */
static TyObject *ga_getattro(TyObject *self, TyObject *name)
{
    TyObject *r = tyObj_genericGetAttr(self, name);
    if (r || !tyErr_exceptionMatches(&TyExc_AttributeError))
        return r;
    const char *n = TY_STR_UTF8(name);
    if (n[0] == '_' && n[1] == '_')
        return NULL;
    tyErr_clear();
    return tyObj_getAttr(((TyGenericAlias *)self)->origin, name);
}

static TyObject *get_origin(TyObject *o) { return TY_NEWREF(((TyGenericAlias *)o)->origin); }
static TyObject *get_args(TyObject *o) { return TY_NEWREF(((TyGenericAlias *)o)->args); }
static TyObject *get_parameters(TyObject *o) { return tyTuple_new(0); }
/* __unpacked__ is true only for a starred alias (`*tuple[int]`), which
** tally does not make (GenericAlias is not iterable; docs/language.md). */
static TyObject *get_unpacked(TyObject *o) { return tyBool_from(false); }

static TyGetSetDef ga_getset[] = {
    { "__origin__", get_origin, NULL, NULL },
    { "__args__", get_args, NULL, NULL },
    { "__parameters__", get_parameters, NULL, NULL },
    { "__unpacked__", get_unpacked, NULL, NULL },
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
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .call = ga_call,
    .getattr = ga_getattro,
    .traverse = ga_traverse,
    .tp_new = ga_new,
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
                          &TyEnum_Type };
    for (size_t i = 0; i < TY_ARRAY_LEN(generic); i++)
        if (tyGenericAlias_addClassGetitem(generic[i]) < 0)
            return -1;
    return 0;
}
