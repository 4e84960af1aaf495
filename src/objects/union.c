/*
** union.c — types.UnionType: what `int | None` evaluates to (PEP 604).
**
** The union keeps its members in a tuple, in order of first appearance,
** without duplicates; None is stored as type(None) and shown as "None".
** Unions nest flat (`(int | str) | bytes` has three members), and a union
** of a single member is that member.  isinstance and issubclass accept a
** union as they accept a tuple of its members.
*/
#include "tally.h"
#include "objects/union.h"
#include "objects/genericalias.h"
#include "objects/set.h"

typedef struct TyUnion {
    TyObject ob;
    TyObject *args;          /* tuple of the members */
    TyObject *parameters;    /* tuple of their type variables, made on first use */
} TyUnion;

static void union_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyUnion *)o)->args);
    TY_XDECREF(((TyUnion *)o)->parameters);
    tyObj_free(o);
}

static int union_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyUnion *u = (TyUnion *)o;
    if (u->args && visit(u->args, arg))
        return 1;
    return u->parameters ? visit(u->parameters, arg) : 0;
}

/* May o be a member: None, a class, a generic alias or a union. */
static bool unionable(TyObject *o)
{
    return o == TY_NONE || TY_TYPE_CHECK(o) || tyType_isSubtype(TY_TYPE(o), &TyGenericAlias_Type) ||
           TY_TYPE(o) == &TyUnion_Type;
}

/* Appends o's members (its own if a union, else o; None as NoneType) to
** list unless already there: 0 / -1. */
static int add_members(TyObject *list, TyObject *o)
{
    TyObject *single[1];
    TyObject *const *items = single;
    ssize_t n = 1;
    if (TY_TYPE(o) == &TyUnion_Type) {
        items = TY_TUPLE_ITEMS(((TyUnion *)o)->args);
        n = TY_TUPLE_LEN(((TyUnion *)o)->args);
    } else {
        single[0] = o == TY_NONE ? (TyObject *)&TyNone_Type : o;
    }
    for (ssize_t i = 0; i < n; i++) {
        bool seen = false;
        for (ssize_t j = 0; j < TY_LIST_LEN(list) && !seen; j++) {
            TyObject *m = TY_LIST_GET(list, j);
            /* Classes are the same member only when identical; aliases
            ** when equal (list[int] twice). */
            if (m == items[i]) {
                seen = true;
            } else if (TY_TYPE(m) == &TyGenericAlias_Type && TY_TYPE(items[i]) == &TyGenericAlias_Type) {
                int eq = tyObj_richCompareBool(m, items[i], TY_EQ);
                if (eq < 0)
                    return -1;
                seen = eq;
            }
        }
        if (!seen && tyList_append(list, items[i]) < 0)
            return -1;
    }
    return 0;
}

TyObject *tyUnion_or(TyObject *a, TyObject *b)
{
    if (!unionable(a) || !unionable(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *members = tyList_new(0);
    if (!members)
        return NULL;
    if (add_members(members, a) < 0 || add_members(members, b) < 0) {
        TY_DECREF(members);
        return NULL;
    }
    TyObject *r;
    if (TY_LIST_LEN(members) == 1) {
        r = TY_NEWREF(TY_LIST_GET(members, 0));
    } else {
        TyUnion *u = (TyUnion *)tyGC_alloc(&TyUnion_Type);
        r = (TyObject *)u;
        if (u) {
            u->args = tyTuple_fromArray(TY_LIST_ITEMS(members), TY_LIST_LEN(members));
            tyGC_track(r);
            if (!u->args)
                TY_CLEAR(r);
        }
    }
    TY_DECREF(members);
    return r;
}

TyObject *tyUnion_args(TyObject *u)
{
    return ((TyUnion *)u)->args;
}

static TyObject *union_repr(TyObject *o)
{
    TyObject *args = ((TyUnion *)o)->args;
    TyStrBuilder b;
    tyBuf_init(&b);
    for (ssize_t i = 0; i < TY_TUPLE_LEN(args); i++) {
        TyObject *m = TY_TUPLE_GET(args, i);
        int r = i ? tyBuf_appendC(&b, " | ") : 0;
        if (r == 0)
            r = m == (TyObject *)&TyNone_Type ? tyBuf_appendC(&b, "None") : tyGenericAlias_reprItem(&b, m);
        if (r < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    }
    return tyBuf_finish(&b);
}

/* Equal unions have the same members, in any order. */
static TyObject *union_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || TY_TYPE(b) != &TyUnion_Type)
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *x = tyFrozenSet_new(((TyUnion *)a)->args);
    TyObject *y = x ? tyFrozenSet_new(((TyUnion *)b)->args) : NULL;
    int eq = y ? tyObj_richCompareBool(x, y, TY_EQ) : -1;
    TY_XDECREF(x);
    TY_XDECREF(y);
    if (eq < 0)
        return NULL;
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash union_hash(TyObject *o)
{
    TyObject *set = tyFrozenSet_new(((TyUnion *)o)->args);
    if (!set)
        return -1;
    ty_hash h = tyObj_hash(set);
    TY_DECREF(set);
    return h;
}

static TyObject *union_instancecheck(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("__instancecheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = tyObj_isInstance(args[0], self);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *union_subclasscheck(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("__subclasscheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = tyObj_isSubclass(args[0], self);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyMethodDef union_methods[] = {
    { "__instancecheck__", union_instancecheck, TY_METH_DEFAULT, NULL },
    { "__subclasscheck__", union_subclasscheck, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyObject *get_args(TyObject *o) { return TY_NEWREF(((TyUnion *)o)->args); }
/* Borrowed: the members' type variables, made on first use. */
static TyObject *parameters_of(TyUnion *u)
{
    if (!u->parameters)
        u->parameters = tyGenericAlias_makeParameters(u->args);
    return u->parameters;
}

static TyObject *get_parameters(TyObject *o)
{
    TyObject *p = parameters_of((TyUnion *)o);
    return p ? TY_NEWREF(p) : NULL;
}

/* (int | list[T])[str]: the members with their type variables replaced,
** joined again with |, as CPython's union_getitem.  New reference. */
static TyObject *union_subscript(TyObject *self, TyObject *item)
{
    TyUnion *u = (TyUnion *)self;
    TyObject *params = parameters_of(u);
    if (!params)
        return NULL;
    if (TY_TUPLE_LEN(params) == 0)
        return tyErr_format(&TyExc_TypeError, "%R is not a generic class", self);
    TyObject *args = tyGenericAlias_substitute(self, u->args, params, item);
    if (!args)
        return NULL;
    TyObject *r = TY_TUPLE_LEN(args) ? TY_NEWREF(TY_TUPLE_GET(args, 0)) : NULL;
    for (ssize_t i = 1; r && i < TY_TUPLE_LEN(args); i++)
        TY_SETREF(r, tyNum_binary(r, TY_TUPLE_GET(args, i), TY_BINOP_OR));
    TY_DECREF(args);
    return r;
}

static TyGetSetDef union_getset[] = {
    { "__args__", get_args, NULL, NULL },
    { "__parameters__", get_parameters, NULL, NULL },
    { NULL }
};

/* Attribute lookup: __module__ is the type's ("types"), which typing's
** aliases copy from their origin; the rest as for any object. */
static TyObject *union_getattro(TyObject *self, TyObject *name)
{
    if (TY_STR_CHECK(name) && tyStr_eqC(name, "__module__"))
        return tyObj_getAttr((TyObject *)TY_TYPE(self), name);
    return tyObj_genericGetAttr(self, name);
}

TyType TyUnion_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "types.UnionType",
    .basicsize = sizeof(TyUnion),
    .flags = TY_TPFLAG_GC,
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = union_getattro,
    .subscript = union_subscript,
    .traverse = union_traverse,
    .binop[TY_BINOP_OR] = tyUnion_or,
    .methods = union_methods,
    .getset = union_getset,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
