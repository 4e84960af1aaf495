/*
** typing.c — the `typing` module: what annotations are written with, so
** that they evaluate, compare and print as in CPython 3.11 (and the
** programs that import them run).  Nothing here checks types.
**
** Four kinds of objects, as in CPython's typing.py:
**   special forms       Any, Union, Optional, Literal, Final, ClassVar,
**                       NoReturn, ...: static objects; subscripting one
**                       builds the corresponding alias.
**   special aliases     List, Dict, Tuple, Callable, Iterable, ...: static
**                       objects standing for a class (list) or an abstract
**                       protocol (Iterable); subscripting builds an alias;
**                       isinstance() against one checks the class, or the
**                       protocol's methods for the abstract ones.
**   aliases             List[int], Union[int, str], Callable[[int], str],
**                       Literal['a'], Generic[T]: origin + argument tuple,
**                       printed "typing.List[int]"; those with type
**                       variables among their arguments can be subscripted
**                       again to substitute them (List[T][int]).
**   TypeVar, and the classes Generic and Protocol.
** An alias's arguments have None replaced by NoneType, as typing does.
*/
#include "tally.h"
#include "vm.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/set.h"
#include "objects/bytearray.h"
#include "objects/mappingproxy.h"
#include "objects/genericalias.h"
#include "objects/union.h"
#include "modules/typing.h"

#define FN(name) static TyObject *name(TyObject *self, TyObject *const *args, size_t nargs, \
                                       TyObject *kwnames)

static TyType TySpecialForm_Type, TySpecialAlias_Type, TyTupleType_Type, TyCallableType_Type, TyTypeVar_Type;
static TyType TyGenericAliasT_Type, TyUnionAlias_Type, TyCallableAlias_Type, TyLiteralAlias_Type;
static TyType TyGeneric_Type, TyProtocol_Type;

#define IS_ALIAS(o)                                                                      \
    (TY_TYPE(o) == &TyGenericAliasT_Type || TY_TYPE(o) == &TyUnionAlias_Type ||        \
     TY_TYPE(o) == &TyCallableAlias_Type || TY_TYPE(o) == &TyLiteralAlias_Type)
#define IS_TYPEVAR(o) (TY_TYPE(o) == &TyTypeVar_Type)
#define IS_SPECIAL(o)                                                                    \
    (TY_TYPE(o) == &TySpecialAlias_Type || TY_TYPE(o) == &TyTupleType_Type ||          \
     TY_TYPE(o) == &TyCallableType_Type)

/* ---- printing types as typing does (CPython's _type_repr) ---------------- */

static int append_type(TyStrBuilder *b, TyObject *o)
{
    if (o == TY_ELLIPSIS)
        return tyBuf_appendC(b, "...");
    if (TY_FUNCTION_CHECK(o))
        return tyBuf_appendStr(b, ((TyFunction *)o)->name);
    if (!TY_TYPE_CHECK(o))
        return tyBuf_appendRepr(b, o);
    TyObject *mod = tyObj_getAttr(o, TY_ID(__module__));
    TyObject *qual = mod ? tyObj_getAttr(o, TY_ID(__qualname__)) : NULL;
    int r = -1;
    if (qual) {
        r = 0;
        if (!TY_STR_CHECK(mod) || !tyStr_eqC(mod, "builtins")) {
            r = tyBuf_appendObjStr(b, mod);
            if (r == 0)
                r = tyBuf_appendChar(b, '.');
        }
        if (r == 0)
            r = tyBuf_appendObjStr(b, qual);
    }
    TY_XDECREF(mod);
    TY_XDECREF(qual);
    return r;
}

/* args[from..to) joined by ", ". */
static int append_types(TyStrBuilder *b, TyObject *args, ssize_t from, ssize_t to)
{
    for (ssize_t i = from; i < to; i++) {
        if (i > from && tyBuf_appendC(b, ", ") < 0)
            return -1;
        if (append_type(b, TY_TUPLE_GET(args, i)) < 0)
            return -1;
    }
    return 0;
}

/* A subscript's parameters as a tuple: new reference. */
static TyObject *as_params(TyObject *item)
{
    return TY_TUPLE_CHECK(item) ? TY_NEWREF(item) : tyTuple_pack(1, item);
}

/* None stands for NoneType in annotations: new reference. */
static TyObject *convert(TyObject *o)
{
    return TY_NEWREF(o == TY_NONE ? (TyObject *)TY_TYPE(TY_NONE) : o);
}

/* A new tuple of convert(item) for the items of t. */
static TyObject *convert_all(TyObject *t)
{
    ssize_t n = TY_TUPLE_LEN(t);
    TyObject *r = tyTuple_new(n);
    for (ssize_t i = 0; r && i < n; i++)
        TY_TUPLE_SET(r, i, convert(TY_TUPLE_GET(t, i)));
    return r;
}

/* ---- special forms -------------------------------------------------------------- */

typedef enum {
    FORM_ANY, FORM_UNION, FORM_OPTIONAL, FORM_LITERAL, FORM_FINAL, FORM_CLASSVAR,
    FORM_TYPEGUARD, FORM_NORETURN, FORM_NEVER, FORM_SELF, FORM_LITERALSTRING, FORM_TYPEALIAS,
} FormKind;

typedef struct TySpecialForm {
    TyObject ob;
    const char *name;
    FormKind kind;
} TySpecialForm;

#define FORM(var, name, kind) static TySpecialForm var = { TY_STATIC_HEAD(&TySpecialForm_Type), name, kind }
FORM(form_any, "Any", FORM_ANY);
FORM(form_union, "Union", FORM_UNION);
FORM(form_optional, "Optional", FORM_OPTIONAL);
FORM(form_literal, "Literal", FORM_LITERAL);
FORM(form_final, "Final", FORM_FINAL);
FORM(form_classvar, "ClassVar", FORM_CLASSVAR);
FORM(form_typeguard, "TypeGuard", FORM_TYPEGUARD);
FORM(form_noreturn, "NoReturn", FORM_NORETURN);
FORM(form_never, "Never", FORM_NEVER);
FORM(form_self, "Self", FORM_SELF);
FORM(form_literalstring, "LiteralString", FORM_LITERALSTRING);
FORM(form_typealias, "TypeAlias", FORM_TYPEALIAS);
#undef FORM

static TySpecialForm *const forms[] = {
    &form_any, &form_union, &form_optional, &form_literal, &form_final, &form_classvar,
    &form_typeguard, &form_noreturn, &form_never, &form_self, &form_literalstring, &form_typealias,
};

static TyObject *form_repr(TyObject *self)
{
    return tyStr_fromFormat("typing.%s", ((TySpecialForm *)self)->name);
}

/* ---- special aliases -------------------------------------------------------------- */

/* How many parameters a special alias takes. */
enum { PARAMS_TUPLE = -1, PARAMS_CALLABLE = -2 };

typedef struct TySpecialAlias {
    TyObject ob;
    const char *name;
    TyType *origin;               /* the class it stands for, or NULL (an ABC) */
    int nparams;
    bool (*check)(TyType *t);     /* issubclass(t, alias) for ABCs */
} TySpecialAlias;

/* Does t define method `name` (not set to None)? */
static bool has_method(TyType *t, const char *name)
{
    TyObject *m = tyType_lookupStr(t, name);
    return m && m != TY_NONE;
}

static bool any_subtype(TyType *t, TyType *const *bases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t == bases[i] || tyType_isSubtype(t, bases[i]))
            return true;
    return false;
}

static bool check_iterable(TyType *t) { return has_method(t, "__iter__"); }
static bool check_iterator(TyType *t) { return has_method(t, "__iter__") && has_method(t, "__next__"); }
static bool check_sized(TyType *t) { return has_method(t, "__len__"); }
static bool check_container(TyType *t) { return has_method(t, "__contains__"); }
static bool check_hashable(TyType *t) { return has_method(t, "__hash__"); }
static bool check_callable(TyType *t) { return has_method(t, "__call__"); }
static bool check_reversible(TyType *t) { return has_method(t, "__reversed__") && check_iterable(t); }
static bool check_collection(TyType *t)
{
    return check_sized(t) && check_iterable(t) && check_container(t);
}
static bool check_generator(TyType *t)
{
    return check_iterator(t) && has_method(t, "send") && has_method(t, "throw") && has_method(t, "close");
}

/* The abstract collections the built-in types are registered with. */
static bool check_sequence(TyType *t)
{
    TyType *const seqs[] = { &TyList_Type, &TyTuple_Type, &TyStr_Type, &TyRange_Type,
                             &TyBytes_Type, &TyByteArray_Type };
    return any_subtype(t, seqs, TY_ARRAY_LEN(seqs));
}
static bool check_mutable_sequence(TyType *t)
{
    TyType *const seqs[] = { &TyList_Type, &TyByteArray_Type };
    return any_subtype(t, seqs, TY_ARRAY_LEN(seqs));
}
static bool check_mapping(TyType *t)
{
    TyType *const maps[] = { &TyDict_Type, &TyMappingProxy_Type };
    return any_subtype(t, maps, TY_ARRAY_LEN(maps));
}
static bool check_mutable_mapping(TyType *t) { return any_subtype(t, (TyType *const[]){ &TyDict_Type }, 1); }
static bool check_set(TyType *t)
{
    TyType *const sets[] = { &TySet_Type, &TyFrozenSet_Type, &TyDictKeysView_Type, &TyDictItemsView_Type };
    return any_subtype(t, sets, TY_ARRAY_LEN(sets));
}
static bool check_mutable_set(TyType *t) { return any_subtype(t, (TyType *const[]){ &TySet_Type }, 1); }

#define ALIAS_OF_TYPE(type, var, name, origin, n, check) \
    static TySpecialAlias var = { TY_STATIC_HEAD(&type), name, origin, n, check }
#define ALIAS(var, name, origin, n, check) ALIAS_OF_TYPE(TySpecialAlias_Type, var, name, origin, n, check)
ALIAS(alias_list, "List", &TyList_Type, 1, NULL);
ALIAS(alias_dict, "Dict", &TyDict_Type, 2, NULL);
ALIAS(alias_set, "Set", &TySet_Type, 1, NULL);
ALIAS(alias_frozenset, "FrozenSet", &TyFrozenSet_Type, 1, NULL);
ALIAS_OF_TYPE(TyTupleType_Type, alias_tuple, "Tuple", &TyTuple_Type, PARAMS_TUPLE, NULL);
ALIAS(alias_type, "Type", &TyType_Type, 1, NULL);
ALIAS_OF_TYPE(TyCallableType_Type, alias_callable, "Callable", NULL, PARAMS_CALLABLE, check_callable);
ALIAS(alias_iterable, "Iterable", NULL, 1, check_iterable);
ALIAS(alias_iterator, "Iterator", NULL, 1, check_iterator);
ALIAS(alias_generator, "Generator", NULL, 3, check_generator);
ALIAS(alias_reversible, "Reversible", NULL, 1, check_reversible);
ALIAS(alias_container, "Container", NULL, 1, check_container);
ALIAS(alias_collection, "Collection", NULL, 1, check_collection);
ALIAS(alias_sized, "Sized", NULL, 0, check_sized);
ALIAS(alias_hashable, "Hashable", NULL, 0, check_hashable);
ALIAS(alias_sequence, "Sequence", NULL, 1, check_sequence);
ALIAS(alias_mutable_sequence, "MutableSequence", NULL, 1, check_mutable_sequence);
ALIAS(alias_mapping, "Mapping", NULL, 2, check_mapping);
ALIAS(alias_mutable_mapping, "MutableMapping", NULL, 2, check_mutable_mapping);
ALIAS(alias_abstract_set, "AbstractSet", NULL, 1, check_set);
ALIAS(alias_mutable_set, "MutableSet", NULL, 1, check_mutable_set);
#undef ALIAS
#undef ALIAS_OF_TYPE

static TySpecialAlias *const special_aliases[] = {
    &alias_list, &alias_dict, &alias_set, &alias_frozenset, &alias_tuple, &alias_type,
    &alias_callable, &alias_iterable, &alias_iterator, &alias_generator, &alias_reversible,
    &alias_container, &alias_collection, &alias_sized, &alias_hashable, &alias_sequence,
    &alias_mutable_sequence, &alias_mapping, &alias_mutable_mapping, &alias_abstract_set,
    &alias_mutable_set,
};

static TyObject *special_repr(TyObject *self)
{
    return tyStr_fromFormat("typing.%s", ((TySpecialAlias *)self)->name);
}

/* The name CPython's "use X() instead" message gives. */
static const char *origin_name(TySpecialAlias *s)
{
    return s->origin ? tyType_name(s->origin) : s->name;
}

static TyObject *cannot_instantiate(TySpecialAlias *s)
{
    return tyErr_format(&TyExc_TypeError, "Type %s cannot be instantiated; use %s() instead", s->name,
                        origin_name(s));
}

static TyObject *special_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return cannot_instantiate((TySpecialAlias *)self);
}

/* ---- aliases ----------------------------------------------------------------------- */

/*
** One object type per CPython class: _GenericAlias (List[int],
** Final[int], Generic[T], a user class B[int]), _UnionGenericAlias,
** _CallableGenericAlias (args flattened: Callable[[int], str] has args
** (int, str)) and _LiteralGenericAlias.
*/
typedef struct TyTypingAlias {
    TyObject ob;
    TyObject *origin;    /* list; Union; the Callable alias; Final; Generic; a class */
    TyObject *special;   /* the unsubscripted name (List, Final, ...), or NULL for a class */
    TyObject *args;      /* tuple */
    TyObject *params;    /* tuple of the type variables among args, in order */
} TyTypingAlias;

#define ALIAS_OF(o) ((TyTypingAlias *)(o))

/* Add the type variables of arg (itself, or those of an alias) to list. */
static int collect_params(TyObject *list, TyObject *arg)
{
    TyObject *found = NULL;
    if (IS_TYPEVAR(arg)) {
        found = tyTuple_pack(1, arg);
    } else if (IS_ALIAS(arg)) {
        found = TY_NEWREF(ALIAS_OF(arg)->params);
    } else if (TY_TYPE(arg) == &TyGenericAlias_Type) {
        found = tyObj_getAttrStr(arg, "__parameters__");
        if (found && !TY_TUPLE_CHECK(found))
            TY_SETREF(found, tyTuple_new(0));
    } else {
        return 0;
    }
    if (!found)
        return -1;
    int r = 0;
    for (ssize_t i = 0; r == 0 && i < TY_TUPLE_LEN(found); i++) {
        TyObject *p = TY_TUPLE_GET(found, i);
        int in = tyObj_contains(list, p);
        r = in < 0 ? -1 : in ? 0 : tyList_append(list, p);
    }
    TY_DECREF(found);
    return r;
}

/* A new alias of `type` (args: a tuple, not stolen). */
static TyObject *alias_make(TyType *type, TyObject *origin, TyObject *special, TyObject *args)
{
    TyObject *params = tyList_new(0);
    if (!params)
        return NULL;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(args); i++) {
        if (collect_params(params, TY_TUPLE_GET(args, i)) < 0) {
            TY_DECREF(params);
            return NULL;
        }
    }
    TyTypingAlias *a = (TyTypingAlias *)tyGC_alloc(type);
    if (!a) {
        TY_DECREF(params);
        return NULL;
    }
    a->origin = TY_NEWREF(origin);
    a->special = special ? TY_NEWREF(special) : NULL;
    a->args = TY_NEWREF(args);
    a->params = tyList_asTuple(params);
    TY_DECREF(params);
    tyGC_track((TyObject *)a);
    if (!a->params) {
        TY_DECREF(a);
        return NULL;
    }
    return (TyObject *)a;
}

/* Union[params]: flattened, None as NoneType, duplicates dropped, a
** single type returned as itself. */
static TyObject *make_union(TyObject *params)
{
    if (TY_TUPLE_LEN(params) == 0)
        return tyErr_setString(&TyExc_TypeError, "Cannot take a Union of no types.");
    TyObject *kept = tyList_new(0);
    if (!kept)
        return NULL;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(params); i++) {
        TyObject *p = convert(TY_TUPLE_GET(params, i));
        TyObject *parts = TY_TYPE(p) == &TyUnionAlias_Type ? TY_NEWREF(ALIAS_OF(p)->args)
                                                           : tyTuple_pack(1, p);
        TY_DECREF(p);
        if (!parts)
            goto fail;
        for (ssize_t j = 0; j < TY_TUPLE_LEN(parts); j++) {
            TyObject *x = TY_TUPLE_GET(parts, j);
            int in = tyObj_contains(kept, x);
            if (in < 0 || (!in && tyList_append(kept, x) < 0)) {
                TY_DECREF(parts);
                goto fail;
            }
        }
        TY_DECREF(parts);
    }
    if (TY_LIST_LEN(kept) == 1) {
        TyObject *only = TY_NEWREF(TY_LIST_GET(kept, 0));
        TY_DECREF(kept);
        return only;
    }
    TyObject *args = tyList_asTuple(kept);
    TY_DECREF(kept);
    if (!args)
        return NULL;
    TyObject *r = alias_make(&TyUnionAlias_Type, (TyObject *)&form_union, (TyObject *)&form_union, args);
    TY_DECREF(args);
    return r;
fail:
    TY_DECREF(kept);
    return NULL;
}

static TyObject *union_of_two(TyObject *a, TyObject *b)
{
    TyObject *params = tyTuple_pack(2, a, b);
    if (!params)
        return NULL;
    TyObject *r = make_union(params);
    TY_DECREF(params);
    return r;
}

/* a | b for the typing objects (either operand): Union[a, b]. */
static TyObject *typing_or(TyObject *a, TyObject *b)
{
    return union_of_two(a, b);
}

/* Literal[values]: duplicates (same value and type) dropped. */
static TyObject *make_literal(TyObject *params)
{
    TyObject *kept = tyList_new(0);
    if (!kept)
        return NULL;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(params); i++) {
        TyObject *x = TY_TUPLE_GET(params, i);
        bool dup = false;
        for (ssize_t j = 0; !dup && j < TY_LIST_LEN(kept); j++) {
            TyObject *y = TY_LIST_GET(kept, j);
            if (TY_TYPE(x) != TY_TYPE(y))
                continue;
            int eq = tyObj_richCompareBool(x, y, TY_EQ);
            if (eq < 0) {
                TY_DECREF(kept);
                return NULL;
            }
            dup = eq;
        }
        if (!dup && tyList_append(kept, x) < 0) {
            TY_DECREF(kept);
            return NULL;
        }
    }
    TyObject *args = tyList_asTuple(kept);
    TY_DECREF(kept);
    if (!args)
        return NULL;
    TyObject *form = (TyObject *)&form_literal;
    TyObject *r = alias_make(&TyLiteralAlias_Type, form, form, args);
    TY_DECREF(args);
    return r;
}

static TyObject *form_getitem(TyObject *self, TyObject *item)
{
    TySpecialForm *f = (TySpecialForm *)self;
    TyObject *params = as_params(item), *r = NULL;
    if (!params)
        return NULL;
    switch (f->kind) {
    case FORM_UNION:
        r = make_union(params);
        break;
    case FORM_OPTIONAL:
        if (TY_TUPLE_CHECK(item) && TY_TUPLE_LEN(item) != 1)
            tyErr_format(&TyExc_TypeError, "typing.Optional requires a single type. Got %R.", item);
        else
            r = union_of_two(TY_TUPLE_GET(params, 0), TY_NONE);
        break;
    case FORM_LITERAL:
        r = make_literal(params);
        break;
    case FORM_FINAL:
    case FORM_CLASSVAR:
    case FORM_TYPEGUARD:
        if (TY_TUPLE_CHECK(item) && TY_TUPLE_LEN(item) != 1) {
            tyErr_format(&TyExc_TypeError, "typing.%s accepts only single type. Got %R.", f->name, item);
        } else {
            TyObject *args = convert_all(params);
            r = args ? alias_make(&TyGenericAliasT_Type, self, self, args) : NULL;
            TY_XDECREF(args);
        }
        break;
    case FORM_ANY:
        tyErr_setString(&TyExc_TypeError, "type 'Any' is not subscriptable");
        break;
    default:
        tyErr_format(&TyExc_TypeError, "typing.%s is not subscriptable", f->name);
        break;
    }
    TY_DECREF(params);
    return r;
}

/* List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str], ... */
static TyObject *special_getitem(TyObject *self, TyObject *item)
{
    TySpecialAlias *s = (TySpecialAlias *)self;
    if (s->nparams == 0)
        return tyErr_format(&TyExc_TypeError, "typing.%s is not a generic class", s->name);
    TyObject *origin = s->origin ? (TyObject *)s->origin : self;
    if (s->nparams == PARAMS_CALLABLE) {
        if (!TY_TUPLE_CHECK(item) || TY_TUPLE_LEN(item) != 2)
            return tyErr_setString(&TyExc_TypeError,
                                   "Callable must be used as Callable[[arg, ...], result].");
        TyObject *targs = TY_TUPLE_GET(item, 0), *result = TY_TUPLE_GET(item, 1);
        TyObject *flat;
        if (targs == TY_ELLIPSIS) {
            flat = tyTuple_pack(2, targs, result);
        } else if (TY_LIST_CHECK(targs)) {
            TyObject *l = tyList_fromArray(TY_LIST_ITEMS(targs), TY_LIST_LEN(targs));
            if (!l || tyList_append(l, result) < 0) {
                TY_XDECREF(l);
                return NULL;
            }
            flat = tyList_asTuple(l);
            TY_DECREF(l);
        } else {
            /* 3.11 reads Callable[int, str] as Callable[[int], str]. */
            flat = tyTuple_pack(2, targs, result);
        }
        TyObject *args = flat ? convert_all(flat) : NULL;
        TY_XDECREF(flat);
        TyObject *r = args ? alias_make(&TyCallableAlias_Type, origin, self, args) : NULL;
        TY_XDECREF(args);
        return r;
    }
    TyObject *params = as_params(item);
    if (!params)
        return NULL;
    ssize_t n = TY_TUPLE_LEN(params);
    if (s->nparams > 0 && n != s->nparams) {
        TY_DECREF(params);
        return tyErr_format(&TyExc_TypeError, "Too %s arguments for typing.%s; actual %zd, expected %d",
                            n > s->nparams ? "many" : "few", s->name, n, s->nparams);
    }
    TyObject *args = convert_all(params);
    TY_DECREF(params);
    TyObject *r = args ? alias_make(&TyGenericAliasT_Type, origin, self, args) : NULL;
    TY_XDECREF(args);
    return r;
}

static TyObject *alias_repr(TyObject *self)
{
    TyTypingAlias *a = ALIAS_OF(self);
    TyObject *args = a->args;
    ssize_t n = TY_TUPLE_LEN(args);
    TyStrBuilder b;
    tyBuf_init(&b);
    int r;
    if (TY_TYPE(self) == &TyUnionAlias_Type) {
        TyObject *none_type = (TyObject *)TY_TYPE(TY_NONE);
        if (n == 2 && (TY_TUPLE_GET(args, 0) == none_type || TY_TUPLE_GET(args, 1) == none_type)) {
            TyObject *other = TY_TUPLE_GET(args, TY_TUPLE_GET(args, 0) == none_type ? 1 : 0);
            r = tyBuf_appendC(&b, "typing.Optional[") < 0 || append_type(&b, other) < 0 ? -1 : 0;
        } else {
            r = tyBuf_appendC(&b, "typing.Union[") < 0 || append_types(&b, args, 0, n) < 0 ? -1 : 0;
        }
    } else if (TY_TYPE(self) == &TyCallableAlias_Type) {
        r = tyBuf_appendC(&b, "typing.Callable[");
        if (r == 0 && n == 2 && TY_TUPLE_GET(args, 0) == TY_ELLIPSIS)
            r = tyBuf_appendC(&b, "...");
        else if (r == 0)
            r = tyBuf_appendChar(&b, '[') < 0 || append_types(&b, args, 0, n - 1) < 0 ||
                tyBuf_appendChar(&b, ']') < 0 ? -1 : 0;
        if (r == 0)
            r = tyBuf_appendC(&b, ", ") < 0 || append_type(&b, TY_TUPLE_GET(args, n - 1)) < 0 ? -1 : 0;
    } else if (TY_TYPE(self) == &TyLiteralAlias_Type) {
        r = tyBuf_appendC(&b, "typing.Literal[");
        for (ssize_t i = 0; r == 0 && i < n; i++)
            r = (i && tyBuf_appendC(&b, ", ") < 0) ||
                tyBuf_appendRepr(&b, TY_TUPLE_GET(args, i)) < 0 ? -1 : 0;
    } else {
        if (a->special)
            r = tyBuf_appendRepr(&b, a->special);
        else
            r = append_type(&b, a->origin);
        if (r == 0)
            r = tyBuf_appendChar(&b, '[');
        if (r == 0)
            r = n == 0 ? tyBuf_appendC(&b, "()") : append_types(&b, args, 0, n);
    }
    if (r < 0 || tyBuf_appendChar(&b, ']') < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

static TyObject *form_str(TyObject *self)
{
    return tyObj_repr(self);
}

static void alias_dealloc(TyObject *o)
{
    TyTypingAlias *a = ALIAS_OF(o);
    tyGC_untrack(o);
    TY_CLEAR(a->origin);
    TY_CLEAR(a->special);
    TY_CLEAR(a->args);
    TY_CLEAR(a->params);
    tyObj_free(o);
}

static int alias_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyTypingAlias *a = ALIAS_OF(o);
    TyObject *refs[] = { a->origin, a->special, a->args, a->params };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int alias_clear(TyObject *o)
{
    TyTypingAlias *a = ALIAS_OF(o);
    TY_CLEAR(a->origin);
    TY_CLEAR(a->special);
    TY_CLEAR(a->args);
    TY_CLEAR(a->params);
    return 0;
}

/* Union arguments compare as sets, the others in order. */
static TyObject *alias_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op == TY_EQ || op == TY_NE) && TY_TYPE(a) == &TyUnionAlias_Type && TY_TYPE(b) == &TyUnion_Type) {
        /* Union[int, str] == int | str */
        TyObject *xs = tyFrozenSet_new(ALIAS_OF(a)->args);
        TyObject *ys = xs ? tyFrozenSet_new(tyUnion_args(b)) : NULL;
        TyObject *r = ys ? tyObj_richCompare(xs, ys, op) : NULL;
        TY_XDECREF(xs);
        TY_XDECREF(ys);
        return r;
    }
    if ((op != TY_EQ && op != TY_NE) || !IS_ALIAS(b) || TY_TYPE(a) != TY_TYPE(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyTypingAlias *x = ALIAS_OF(a), *y = ALIAS_OF(b);
    if (x->origin != y->origin)
        return tyBool_from(op == TY_NE);
    TyObject *xs, *ys;
    if (TY_TYPE(a) == &TyUnionAlias_Type) {
        xs = tyFrozenSet_new(x->args);
        ys = xs ? tyFrozenSet_new(y->args) : NULL;
    } else {
        xs = TY_NEWREF(x->args);
        ys = TY_NEWREF(y->args);
    }
    TyObject *r = ys ? tyObj_richCompare(xs, ys, op) : NULL;
    TY_XDECREF(xs);
    TY_XDECREF(ys);
    return r;
}

static ty_hash alias_hash(TyObject *self)
{
    TyTypingAlias *a = ALIAS_OF(self);
    TyObject *key = TY_TYPE(self) == &TyUnionAlias_Type ? tyFrozenSet_new(a->args)
                                                         : tyTuple_pack(2, a->origin, a->args);
    if (!key)
        return -1;
    ty_hash h = tyObj_hash(key);
    TY_DECREF(key);
    return h;
}

/* Replace the type variables in arg by their values (params[i] ->
** values[i]): new reference. */
static TyObject *substitute(TyObject *arg, TyObject *params, TyObject *values);

/* The same kind of alias as a, over new args. */
static TyObject *alias_rebuild(TyTypingAlias *a, TyObject *args)
{
    TyType *t = TY_TYPE(a);
    if (t == &TyUnionAlias_Type)
        return make_union(args);
    if (t == &TyLiteralAlias_Type)
        return make_literal(args);
    return alias_make(t, a->origin, a->special, args);
}

static TyObject *substitute(TyObject *arg, TyObject *params, TyObject *values)
{
    if (IS_TYPEVAR(arg)) {
        for (ssize_t i = 0; i < TY_TUPLE_LEN(params); i++)
            if (TY_TUPLE_GET(params, i) == arg)
                return convert(TY_TUPLE_GET(values, i));
        return TY_NEWREF(arg);
    }
    if (!IS_ALIAS(arg) || TY_TUPLE_LEN(ALIAS_OF(arg)->params) == 0)
        return TY_NEWREF(arg);
    TyTypingAlias *a = ALIAS_OF(arg);
    ssize_t n = TY_TUPLE_LEN(a->args);
    TyObject *args = tyTuple_new(n);
    for (ssize_t i = 0; args && i < n; i++) {
        TyObject *s = substitute(TY_TUPLE_GET(a->args, i), params, values);
        if (!s)
            TY_CLEAR(args);
        else
            TY_TUPLE_SET(args, i, s);
    }
    if (!args)
        return NULL;
    TyObject *r = alias_rebuild(a, args);
    TY_DECREF(args);
    return r;
}

/* List[T][int]: substitute the alias's type variables. */
static TyObject *alias_getitem(TyObject *self, TyObject *item)
{
    TyTypingAlias *a = ALIAS_OF(self);
    ssize_t np = TY_TUPLE_LEN(a->params);
    if (np == 0)
        return tyErr_format(&TyExc_TypeError, "%R is not a generic class", self);
    TyObject *values = as_params(item);
    if (!values)
        return NULL;
    if (TY_TUPLE_LEN(values) != np) {
        tyErr_format(&TyExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                     TY_TUPLE_LEN(values) > np ? "many" : "few", self, TY_TUPLE_LEN(values), np);
        TY_DECREF(values);
        return NULL;
    }
    TyObject *r = substitute(self, a->params, values);
    TY_DECREF(values);
    return r;
}

/* Subscripted aliases of classes build instances of the class; the
** others cannot be instantiated. */
static TyObject *alias_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyTypingAlias *a = ALIAS_OF(self);
    if (a->special && IS_SPECIAL(a->special))
        return cannot_instantiate((TySpecialAlias *)a->special);
    if (!a->special)
        return tyObj_call(a->origin, args, nargs, kwnames);
    return tyErr_format(&TyExc_TypeError, "Cannot instantiate %R", a->origin);
}

static TyObject *alias_get_origin(TyObject *self) { return TY_NEWREF(ALIAS_OF(self)->origin); }
static TyObject *alias_get_args(TyObject *self) { return TY_NEWREF(ALIAS_OF(self)->args); }
static TyObject *alias_get_params(TyObject *self) { return TY_NEWREF(ALIAS_OF(self)->params); }

static TyObject *alias_get_name(TyObject *self)
{
    TyTypingAlias *a = ALIAS_OF(self);
    if (a->special && IS_SPECIAL(a->special))
        return tyStr_fromCStr(((TySpecialAlias *)a->special)->name);
    if (a->special)
        return tyStr_fromCStr(((TySpecialForm *)a->special)->name);
    return tyObj_getAttr(a->origin, TY_ID(__name__));
}

static TyObject *no_class_checks(void)
{
    return tyErr_setString(&TyExc_TypeError,
                           "Subscripted generics cannot be used with class and instance checks");
}

FN(alias_instancecheck)
{
    return no_class_checks();
}

/* Is b an alias, or a class derived from Generic? */
static int is_generic_base(TyObject *b)
{
    if (IS_ALIAS(b) || IS_SPECIAL(b))
        return 1;
    return TY_TYPE_CHECK(b) && tyType_isSubtype((TyType *)b, &TyGeneric_Type);
}

/*
** __mro_entries__(bases) of List[int] or List: the class itself, then
** Generic unless a later base brings it; Generic[T] gives Generic (nothing
** when Protocol or another alias follows); the forms cannot be bases.
*/
static TyObject *mro_entries(TyObject *self, TyObject *origin, bool class_alias, TyObject *bases)
{
    if (!TY_TUPLE_CHECK(bases))
        return tyErr_setString(&TyExc_TypeError, "__mro_entries__ argument must be a tuple");
    ssize_t n = TY_TUPLE_LEN(bases), i = 0;
    while (i < n && TY_TUPLE_GET(bases, i) != self)
        i++;
    if (class_alias) {
        if (origin == (TyObject *)&TyGeneric_Type) {
            for (ssize_t j = 0; j < n; j++)
                if (TY_TUPLE_GET(bases, j) == (TyObject *)&TyProtocol_Type)
                    return tyTuple_new(0);
            for (ssize_t j = i + 1; j < n; j++)
                if (IS_ALIAS(TY_TUPLE_GET(bases, j)))
                    return tyTuple_new(0);
        }
        return tyTuple_pack(1, origin);
    }
    TyObject *res = tyList_new(0);
    if (!res)
        return NULL;
    bool listed = false;
    for (ssize_t j = 0; j < n; j++)
        listed |= TY_TUPLE_GET(bases, j) == origin;
    if (TY_TYPE_CHECK(origin) && !listed && tyList_append(res, origin) < 0)
        goto fail;
    bool later_generic = false;
    for (ssize_t j = i + 1; j < n && !later_generic; j++)
        later_generic = is_generic_base(TY_TUPLE_GET(bases, j));
    if (!later_generic && tyList_append(res, (TyObject *)&TyGeneric_Type) < 0)
        goto fail;
    TyObject *t = tyList_asTuple(res);
    TY_DECREF(res);
    return t;
fail:
    TY_DECREF(res);
    return NULL;
}

FN(alias_mro_entries)
{
    if (tyArg_noKeywords("__mro_entries__", kwnames) < 0 ||
        tyArg_checkPositional("__mro_entries__", nargs, 1, 1) < 0)
        return NULL;
    TyTypingAlias *a = ALIAS_OF(self);
    if (a->special && TY_TYPE(a->special) == &TySpecialForm_Type)
        return tyErr_format(&TyExc_TypeError, "Cannot subclass %R", self);
    return mro_entries(self, a->origin, a->special == NULL, args[0]);
}

FN(special_mro_entries)
{
    if (tyArg_noKeywords("__mro_entries__", kwnames) < 0 ||
        tyArg_checkPositional("__mro_entries__", nargs, 1, 1) < 0)
        return NULL;
    TySpecialAlias *s = (TySpecialAlias *)self;
    return mro_entries(self, s->origin ? (TyObject *)s->origin : self, false, args[0]);
}

/* isinstance(obj, List) / issubclass(cls, Iterable). */
static TyObject *special_check_class(TySpecialAlias *s, TyObject *cls)
{
    if (!TY_TYPE_CHECK(cls))
        return tyErr_setString(&TyExc_TypeError, "issubclass() arg 1 must be a class");
    TyType *t = (TyType *)cls;
    bool r = s->origin ? (t == s->origin || tyType_isSubtype(t, s->origin)) : s->check(t);
    return tyBool_from(r);
}

FN(special_instancecheck)
{
    if (tyArg_noKeywords("__instancecheck__", kwnames) < 0 ||
        tyArg_checkPositional("__instancecheck__", nargs, 1, 1) < 0)
        return NULL;
    return special_check_class((TySpecialAlias *)self, (TyObject *)TY_TYPE(args[0]));
}

FN(special_subclasscheck)
{
    if (tyArg_noKeywords("__subclasscheck__", kwnames) < 0 ||
        tyArg_checkPositional("__subclasscheck__", nargs, 1, 1) < 0)
        return NULL;
    return special_check_class((TySpecialAlias *)self, args[0]);
}

static TyObject *special_get_origin(TyObject *self)
{
    TySpecialAlias *s = (TySpecialAlias *)self;
    return TY_NEWREF(s->origin ? (TyObject *)s->origin : self);
}

static TyObject *special_get_name(TyObject *self)
{
    return tyStr_fromCStr(((TySpecialAlias *)self)->name);
}

/* isinstance() / issubclass() against a special form. */
FN(form_instancecheck)
{
    return tyErr_format(&TyExc_TypeError, "%R cannot be used with isinstance()", self);
}

FN(form_subclasscheck)
{
    return tyErr_format(&TyExc_TypeError, "%R cannot be used with issubclass()", self);
}

/* Any may be a base class (3.11): it contributes nothing but object. */
FN(form_mro_entries)
{
    if (((TySpecialForm *)self)->kind == FORM_ANY)
        return tyTuple_pack(1, (TyObject *)&TyBaseObject_Type);
    return tyErr_format(&TyExc_TypeError, "Cannot subclass %R", self);
}

static TyObject *form_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (((TySpecialForm *)self)->kind == FORM_ANY)
        return tyErr_setString(&TyExc_TypeError, "Any cannot be instantiated");
    return tyErr_format(&TyExc_TypeError, "Cannot instantiate %R", self);
}

static TyMethodDef form_methods[] = {
    { "__instancecheck__", form_instancecheck, TY_METH_DEFAULT, NULL },
    { "__subclasscheck__", form_subclasscheck, TY_METH_DEFAULT, NULL },
    { "__mro_entries__", form_mro_entries, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TySpecialForm_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._SpecialForm",
    .basicsize = sizeof(TySpecialForm),
    .repr = form_repr,
    .call = form_call,
    .subscript = form_getitem,
    .binop[TY_BINOP_OR] = typing_or,
    .methods = form_methods,
};

static TyMethodDef special_methods[] = {
    { "__instancecheck__", special_instancecheck, TY_METH_DEFAULT, NULL },
    { "__subclasscheck__", special_subclasscheck, TY_METH_DEFAULT, NULL },
    { "__mro_entries__", special_mro_entries, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef special_getset[] = {
    { "__origin__", special_get_origin, NULL, NULL },
    { "__name__", special_get_name, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* Tuple and Callable have classes of their own in CPython; only the name
** differs here. */
#define SPECIAL_SLOTS                              \
    .basicsize = sizeof(TySpecialAlias),           \
    .repr = special_repr,                          \
    .call = special_call,                          \
    .subscript = special_getitem,                  \
    .binop[TY_BINOP_OR] = typing_or,               \
    .methods = special_methods,                    \
    .getset = special_getset

static TyType TySpecialAlias_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._SpecialGenericAlias",
    SPECIAL_SLOTS,
};

static TyType TyTupleType_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._TupleType",
    SPECIAL_SLOTS,
};

static TyType TyCallableType_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._CallableType",
    SPECIAL_SLOTS,
};

static TyMethodDef alias_methods[] = {
    { "__instancecheck__", alias_instancecheck, TY_METH_DEFAULT, NULL },
    { "__subclasscheck__", alias_instancecheck, TY_METH_DEFAULT, NULL },
    { "__mro_entries__", alias_mro_entries, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef alias_getset[] = {
    { "__origin__", alias_get_origin, NULL, NULL },
    { "__args__", alias_get_args, NULL, NULL },
    { "__parameters__", alias_get_params, NULL, NULL },
    { "__name__", alias_get_name, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define ALIAS_SLOTS                                  \
    .basicsize = sizeof(TyTypingAlias),              \
    .flags = TY_TPFLAG_GC,                           \
    .dealloc = alias_dealloc,                        \
    .repr = alias_repr,                              \
    .str = form_str,                                 \
    .hash = alias_hash,                              \
    .richcompare = alias_richcompare,                \
    .call = alias_call,                              \
    .traverse = alias_traverse,                      \
    .clear = alias_clear,                            \
    .subscript = alias_getitem,                      \
    .binop[TY_BINOP_OR] = typing_or,                 \
    .methods = alias_methods,                        \
    .getset = alias_getset

static TyType TyGenericAliasT_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._GenericAlias",
    ALIAS_SLOTS,
};

static TyType TyUnionAlias_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._UnionGenericAlias",
    ALIAS_SLOTS,
};

static TyType TyCallableAlias_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._CallableGenericAlias",
    ALIAS_SLOTS,
};

static TyType TyLiteralAlias_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing._LiteralGenericAlias",
    ALIAS_SLOTS,
};

/* ---- TypeVar ------------------------------------------------------------------------ */

typedef struct TyTypeVar {
    TyObject ob;
    TyObject *name;
    TyObject *bound;        /* a type, or None */
    TyObject *constraints;  /* tuple */
    TyObject *module;       /* __module__: where it was created */
    bool covariant, contravariant;
} TyTypeVar;

#define TYPEVAR(o) ((TyTypeVar *)(o))

/* TypeVar(name, *constraints, bound=None, covariant=False,
** contravariant=False) */
static TyObject *typevar_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs < 1)
        return tyErr_setString(&TyExc_TypeError,
                               "TypeVar.__init__() missing 1 required positional argument: 'name'");
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "TypeVar name must be a string, not '%T'", args[0]);
    TyObject *bound = TY_NONE;
    bool co = false, contra = false;
    for (ssize_t k = 0; kwnames && k < TY_TUPLE_LEN(kwnames); k++) {
        TyObject *key = TY_TUPLE_GET(kwnames, k), *v = args[nargs + (size_t)k];
        if (tyStr_eqC(key, "bound")) {
            bound = v;
        } else if (tyStr_eqC(key, "covariant") || tyStr_eqC(key, "contravariant")) {
            int t = tyObj_isTrue(v);
            if (t < 0)
                return NULL;
            if (tyStr_eqC(key, "covariant"))
                co = t;
            else
                contra = t;
        } else {
            return tyErr_format(&TyExc_TypeError,
                                "TypeVar.__init__() got an unexpected keyword argument '%U'", key);
        }
    }
    if (co && contra)
        return tyErr_setString(&TyExc_ValueError, "Bivariant types are not supported.");
    if (nargs == 2)
        return tyErr_setString(&TyExc_TypeError, "A single constraint is not allowed");
    if (nargs > 2 && bound != TY_NONE)
        return tyErr_setString(&TyExc_TypeError, "Constraints cannot be combined with bound=...");
    TyTypeVar *tv = (TyTypeVar *)tyType_genericAlloc(type, 0);
    if (!tv)
        return NULL;
    tv->name = TY_NEWREF(args[0]);
    tv->bound = TY_NEWREF(bound);
    tv->constraints = tyTuple_fromArray(args + 1, (ssize_t)nargs - 1);
    tv->covariant = co;
    tv->contravariant = contra;
    TyFrame *f = tyVM_currentFrame();
    TyObject *mod = f && f->globals ? tyDict_getItem(f->globals, TY_ID(__name__)) : NULL;
    tv->module = TY_NEWREF(mod ? mod : TY_NONE);
    if (!tv->constraints) {
        TY_DECREF(tv);
        return NULL;
    }
    return (TyObject *)tv;
}

static void typevar_dealloc(TyObject *o)
{
    TyTypeVar *tv = TYPEVAR(o);
    tyGC_untrack(o);
    TY_CLEAR(tv->name);
    TY_CLEAR(tv->bound);
    TY_CLEAR(tv->constraints);
    TY_CLEAR(tv->module);
    tyObj_free(o);
}

static int typevar_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyTypeVar *tv = TYPEVAR(o);
    TyObject *refs[] = { tv->name, tv->bound, tv->constraints, tv->module };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int typevar_clear(TyObject *o)
{
    TyTypeVar *tv = TYPEVAR(o);
    TY_CLEAR(tv->bound);
    TY_CLEAR(tv->constraints);
    TY_CLEAR(tv->module);
    return 0;
}

static TyObject *typevar_repr(TyObject *self)
{
    TyTypeVar *tv = TYPEVAR(self);
    return tyStr_fromFormat("%c%U", tv->covariant ? '+' : tv->contravariant ? '-' : '~', tv->name);
}

#define TYPEVAR_FIELD(field)                                                   \
    static TyObject *typevar_get_##field(TyObject *self)                       \
    {                                                                          \
        TyObject *v = TYPEVAR(self)->field;                                    \
        return TY_NEWREF(v ? v : TY_NONE);                                     \
    }
TYPEVAR_FIELD(name)
TYPEVAR_FIELD(bound)
TYPEVAR_FIELD(constraints)
TYPEVAR_FIELD(module)
#undef TYPEVAR_FIELD

static TyObject *typevar_get_covariant(TyObject *self) { return tyBool_from(TYPEVAR(self)->covariant); }
static TyObject *typevar_get_contravariant(TyObject *self)
{
    return tyBool_from(TYPEVAR(self)->contravariant);
}

static TyGetSetDef typevar_getset[] = {
    { "__name__", typevar_get_name, NULL, NULL },
    { "__bound__", typevar_get_bound, NULL, NULL },
    { "__constraints__", typevar_get_constraints, NULL, NULL },
    { "__covariant__", typevar_get_covariant, NULL, NULL },
    { "__contravariant__", typevar_get_contravariant, NULL, NULL },
    { "__module__", typevar_get_module, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType TyTypeVar_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing.TypeVar",
    .basicsize = sizeof(TyTypeVar),
    .flags = TY_TPFLAG_GC,
    .dealloc = typevar_dealloc,
    .repr = typevar_repr,
    .traverse = typevar_traverse,
    .clear = typevar_clear,
    .tp_new = typevar_new,
    .binop[TY_BINOP_OR] = typing_or,
    .getset = typevar_getset,
    .doc = "Type variable.",
};

/* ---- Generic and Protocol ------------------------------------------------------------ */

/* Generic[T, ...] / Protocol[T, ...] take distinct type variables; a
** class derived from them is subscripted with any arguments. */
static TyObject *generic_class_getitem(TyObject *cls, TyObject *const *args, size_t nargs,
                                       TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    TyObject *params = as_params(args[0]);
    if (!params)
        return NULL;
    TyObject *r = NULL;
    bool base = cls == (TyObject *)&TyGeneric_Type || cls == (TyObject *)&TyProtocol_Type;
    const char *name = tyType_name((TyType *)cls);
    if (base)
        name += strlen("typing.");
    ssize_t n = TY_TUPLE_LEN(params);
    if (n == 0) {
        tyErr_format(&TyExc_TypeError, "Parameter list to %s[...] cannot be empty", name);
        goto done;
    }
    if (base) {
        for (ssize_t i = 0; i < n; i++) {
            TyObject *p = TY_TUPLE_GET(params, i);
            if (!IS_TYPEVAR(p)) {
                tyErr_format(&TyExc_TypeError, "Parameters to %s[...] must all be type variables or "
                             "parameter specification variables.", name);
                goto done;
            }
            for (ssize_t j = 0; j < i; j++) {
                if (TY_TUPLE_GET(params, j) == p) {
                    tyErr_format(&TyExc_TypeError, "Parameters to %s[...] must all be unique", name);
                    goto done;
                }
            }
        }
    }
    TyObject *converted = convert_all(params);
    if (converted) {
        r = alias_make(&TyGenericAliasT_Type, cls, NULL, converted);
        TY_DECREF(converted);
    }
done:
    TY_DECREF(params);
    return r;
}

/*
** A class derived from Generic: "class C(Generic)" is refused (the type
** variables must be named), and C.__parameters__ lists C's type
** variables: those of its Generic[...] / Protocol[...] base when it has
** one, else those of all its subscripted bases (__orig_bases__).
*/
static TyObject *generic_init_subclass(TyObject *cls, TyObject *const *args, size_t nargs,
                                       TyObject *kwnames)
{
    if (tyArg_noKeywords("__init_subclass__", kwnames) < 0 ||
        tyArg_checkPositional("__init_subclass__", nargs, 0, 0) < 0)
        return NULL;
    TyType *t = (TyType *)cls;
    TyObject *orig = t->dict ? tyDict_getItemStr(t->dict, "__orig_bases__") : NULL;
    TyObject *bases = orig && TY_TUPLE_CHECK(orig) ? orig : t->bases;
    for (ssize_t i = 0; bases && i < TY_TUPLE_LEN(bases); i++) {
        if (TY_TUPLE_GET(bases, i) == (TyObject *)&TyGeneric_Type && cls != (TyObject *)&TyProtocol_Type)
            return tyErr_setString(&TyExc_TypeError, "Cannot inherit from plain Generic");
    }
    TyObject *params = tyList_new(0);
    if (!params)
        return NULL;
    for (ssize_t i = 0; orig && TY_TUPLE_CHECK(orig) && i < TY_TUPLE_LEN(orig); i++) {
        TyObject *b = TY_TUPLE_GET(orig, i);
        if (!IS_ALIAS(b))
            continue;
        TyObject *o = ALIAS_OF(b)->origin;
        if (o == (TyObject *)&TyGeneric_Type || o == (TyObject *)&TyProtocol_Type) {
            TyObject *own = tyList_fromArray(TY_TUPLE_ITEMS(ALIAS_OF(b)->params),
                                             TY_TUPLE_LEN(ALIAS_OF(b)->params));
            if (!own)
                goto fail;
            TY_SETREF(params, own);
            break;
        }
        if (collect_params(params, b) < 0)
            goto fail;
    }
    TyObject *tuple = tyList_asTuple(params);
    TY_DECREF(params);
    int r = tuple ? tyObj_setAttrStr(cls, "__parameters__", tuple) : -1;
    TY_XDECREF(tuple);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
fail:
    TY_DECREF(params);
    return NULL;
}

static TyMethodDef generic_methods[] = {
    { "__class_getitem__", generic_class_getitem, TY_METH_CLASS, NULL },
    { "__init_subclass__", generic_init_subclass, TY_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType TyGeneric_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing.Generic",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_BASETYPE,
    .methods = generic_methods,
    .doc = "Abstract base class for generic types.",
};

static TyType TyProtocol_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "typing.Protocol",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_BASETYPE,
    .base = &TyGeneric_Type,
    .doc = "Base class for protocol classes.",
};

/* ---- functions ------------------------------------------------------------------------ */

FN(typing_cast)
{
    static const char *const names[] = { "typ", "val", NULL };
    TyObject *a[2];
    if (tyArg_unpack("cast", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    return TY_NEWREF(a[1]);
}

/* The decorators that only mark a function: they return it unchanged. */
static TyObject *marker(const char *name, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkPositional(name, nargs, 1, 1) < 0)
        return NULL;
    return TY_NEWREF(args[0]);
}

FN(typing_final) { return marker("final", args, nargs, kwnames); }
FN(typing_no_type_check) { return marker("no_type_check", args, nargs, kwnames); }

FN(overload_dummy)
{
    return tyErr_setString(&TyExc_NotImplementedError,
                           "You should not call an overloaded function. A series of @overload-decorated "
                           "functions outside a stub module should always be followed by an implementation "
                           "that is not @overload-ed.");
}

static TyMethodDef overload_dummy_def = { "_overload_dummy", overload_dummy, TY_METH_STATIC, NULL };

/* @overload: the decorated function is replaced by one that refuses to
** be called (the implementation defined after the overloads wins). */
FN(typing_overload)
{
    if (tyArg_noKeywords("overload", kwnames) < 0 || tyArg_checkPositional("overload", nargs, 1, 1) < 0)
        return NULL;
    return tyCFunction_new(&overload_dummy_def, NULL);
}

FN(typing_get_origin)
{
    if (tyArg_noKeywords("get_origin", kwnames) < 0 || tyArg_checkPositional("get_origin", nargs, 1, 1) < 0)
        return NULL;
    TyObject *tp = args[0];
    if (IS_ALIAS(tp))
        return TY_NEWREF(ALIAS_OF(tp)->origin);
    if (IS_SPECIAL(tp))
        return special_get_origin(tp);
    if (TY_TYPE(tp) == &TyGenericAlias_Type)
        return tyObj_getAttrStr(tp, "__origin__");
    if (TY_TYPE(tp) == &TyUnion_Type)
        return TY_NEWREF(&TyUnion_Type);
    if (tp == (TyObject *)&TyGeneric_Type)
        return TY_NEWREF(tp);
    return TY_NEWREF(TY_NONE);
}

FN(typing_get_args)
{
    if (tyArg_noKeywords("get_args", kwnames) < 0 || tyArg_checkPositional("get_args", nargs, 1, 1) < 0)
        return NULL;
    TyObject *tp = args[0];
    if (TY_TYPE(tp) == &TyGenericAlias_Type)
        return tyObj_getAttrStr(tp, "__args__");
    if (TY_TYPE(tp) == &TyUnion_Type)
        return TY_NEWREF(tyUnion_args(tp));
    if (!IS_ALIAS(tp))
        return tyTuple_new(0);
    TyObject *a = ALIAS_OF(tp)->args;
    ssize_t n = TY_TUPLE_LEN(a);
    if (TY_TYPE(tp) != &TyCallableAlias_Type || TY_TUPLE_GET(a, 0) == TY_ELLIPSIS)
        return TY_NEWREF(a);
    TyObject *params = tyList_fromArray(TY_TUPLE_ITEMS(a), n - 1);
    if (!params)
        return NULL;
    TyObject *r = tyTuple_pack(2, params, TY_TUPLE_GET(a, n - 1));
    TY_DECREF(params);
    return r;
}

static TyMethodDef typing_functions[] = {
    { "cast", typing_cast, TY_METH_DEFAULT, "Cast a value to a type.\n\nThis returns the value unchanged." },
    { "overload", typing_overload, TY_METH_DEFAULT, "Decorator for overloaded functions/methods." },
    { "final", typing_final, TY_METH_DEFAULT, "A decorator to indicate final methods and final classes." },
    { "no_type_check", typing_no_type_check, TY_METH_DEFAULT,
      "Decorator to indicate that annotations are not type hints." },
    { "get_origin", typing_get_origin, TY_METH_DEFAULT, "Get the unsubscripted version of a type." },
    { "get_args", typing_get_args, TY_METH_DEFAULT, "Get type arguments with all substitutions performed." },
    { NULL, NULL, 0, NULL },
};

/* ---- the module ------------------------------------------------------------------------ */

static TyType *const module_types[] = {
    &TySpecialForm_Type, &TySpecialAlias_Type, &TyTupleType_Type, &TyCallableType_Type,
    &TyGenericAliasT_Type, &TyUnionAlias_Type, &TyCallableAlias_Type, &TyLiteralAlias_Type,
    &TyTypeVar_Type, &TyGeneric_Type, &TyProtocol_Type,
};

static int add_typevar(TyObject *m, const char *name, TyObject *const *constraints, size_t n)
{
    TyObject *args[3];
    args[0] = tyStr_fromCStr(name);
    if (!args[0])
        return -1;
    for (size_t i = 0; i < n; i++)
        args[i + 1] = constraints[i];
    TyObject *tv = typevar_new(&TyTypeVar_Type, args, n + 1, NULL);
    TY_DECREF(args[0]);
    int r = tv ? tyModule_addObject(m, name, tv) : -1;
    TY_XDECREF(tv);
    return r;
}

TyObject *tyTyping_create(void)
{
    /* Generic instantiates like object (it has no constructor of its own). */
    TyGeneric_Type.tp_new = TyBaseObject_Type.tp_new;
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("typing", typing_functions);
    if (!m)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(forms); i++)
        if (tyModule_addObject(m, forms[i]->name, (TyObject *)forms[i]) < 0)
            goto fail;
    for (size_t i = 0; i < TY_ARRAY_LEN(special_aliases); i++)
        if (tyModule_addObject(m, special_aliases[i]->name, (TyObject *)special_aliases[i]) < 0)
            goto fail;
    TyObject *str_bytes[2] = { (TyObject *)&TyBytes_Type, (TyObject *)&TyStr_Type };
    if (tyModule_addObject(m, "TypeVar", (TyObject *)&TyTypeVar_Type) < 0 ||
        tyModule_addObject(m, "Generic", (TyObject *)&TyGeneric_Type) < 0 ||
        tyModule_addObject(m, "Protocol", (TyObject *)&TyProtocol_Type) < 0 ||
        tyModule_addObject(m, "Text", (TyObject *)&TyStr_Type) < 0 ||
        tyModule_addObject(m, "TYPE_CHECKING", TY_FALSE) < 0 ||
        add_typevar(m, "AnyStr", str_bytes, 2) < 0)
        goto fail;
    return m;
fail:
    TY_DECREF(m);
    return NULL;
}

void tyTyping_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
