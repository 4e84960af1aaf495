/*
** exceptiongroup.c — BaseExceptionGroup and ExceptionGroup (PEP 654), and
** what the `except*` instructions need: matching a raised exception
** against a clause's types, and combining what the clauses raised and
** re-raised into the exception the statement lets out.
**
** A group is a TyBaseException followed by the message (a str) and the
** sub-exceptions (a non-empty tuple), as in CPython, whose layout also
** decides which base a class with several exception bases builds on; args
** keeps what the constructor was given, so repr shows a list when a list
** was passed.  BaseExceptionGroup is a static type; ExceptionGroup is a
** class with the bases (BaseExceptionGroup, Exception) made at start-up the
** way CPython makes it, so it has a __weakref__ slot and takes new
** attributes.
*/
#include "tally.h"
#include "objects/exceptiongroup.h"
#include "objects/class.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/set.h"

typedef struct TyExcGroup {
    TyBaseException exc;
    TyObject *msg;           /* NULL only in an instance made by BaseException.__new__ */
    TyObject *excs;
} TyExcGroup;

#define EG_MSG(o) (((TyExcGroup *)(o))->msg)
#define EG_EXCS(o) (((TyExcGroup *)(o))->excs)

/* The ExceptionGroup class; NULL before start-up and after exit. */

TyObject *tyExcGroup_exceptions(TyObject *group)
{
    return EG_EXCS(group);
}

static bool is_exception_class(TyObject *o)
{
    return TY_TYPE_CHECK(o) && TY_EXC_TYPE_CHECK(o);
}

/* ---- the object ---------------------------------------------------------- */

static int eg_traverse(TyObject *self, ty_visitproc visit, void *arg)
{
    if (EG_MSG(self) && visit(EG_MSG(self), arg))
        return 1;
    if (EG_EXCS(self) && visit(EG_EXCS(self), arg))
        return 1;
    return TyExc_BaseException.traverse(self, visit, arg);
}

static int eg_clear(TyObject *self)
{
    TY_CLEAR(EG_MSG(self));
    TY_CLEAR(EG_EXCS(self));
    return TyExc_BaseException.clear(self);
}

static void eg_dealloc(TyObject *self)
{
    tyGC_untrack(self);
    eg_clear(self);
    tyObj_free(self);
}

/*
** BaseExceptionGroup.__new__(cls, message, exceptions): CPython's checks in
** its order.  BaseExceptionGroup itself gives an ExceptionGroup when every
** sub-exception is an Exception; ExceptionGroup and the classes deriving
** from Exception refuse the others.  New reference.
*/
static TyObject *eg_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs != 2)
        return tyErr_format(&TyExc_TypeError,
                            "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    TyObject *message = args[0];
    if (!TY_STR_CHECK(message))
        return tyErr_format(&TyExc_TypeError,
                            "BaseExceptionGroup.__new__() argument 1 must be str, not %T", message);
    if (!tyObj_isSequence(args[1]))
        return tyErr_setString(&TyExc_TypeError, "second argument (exceptions) must be a sequence");
    TyObject *excs = tyTuple_fromIterable(args[1]);
    if (!excs)
        return NULL;
    if (TY_TUPLE_LEN(excs) == 0) {
        tyErr_setString(&TyExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        goto fail;
    }
    bool nested_base = false;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(excs); i++) {
        TyObject *e = TY_TUPLE_GET(excs, i);
        if (!TY_EXC_CHECK(e)) {
            tyErr_format(&TyExc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
            goto fail;
        }
        int r = tyObj_isInstance(e, (TyObject *)&TyExc_Exception);
        if (r < 0)
            goto fail;
        if (!r)
            nested_base = true;
    }
    TyType *cls = type;
    if ((TyObject *)cls == ty_state.objs.exception_group) {
        if (nested_base) {
            tyErr_setString(&TyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto fail;
        }
    } else if (cls == &TyExc_BaseExceptionGroup) {
        if (!nested_base && ty_state.objs.exception_group)
            cls = (TyType *)ty_state.objs.exception_group;
    } else if (nested_base) {
        int r = tyObj_isSubclass((TyObject *)cls, (TyObject *)&TyExc_Exception);
        if (r < 0)
            goto fail;
        if (r) {
            tyErr_format(&TyExc_TypeError, "Cannot nest BaseExceptions in '%s'", tyType_name(cls));
            goto fail;
        }
    }
    TyObject *self = tyExc_alloc(cls, args, nargs);
    if (!self)
        goto fail;
    EG_MSG(self) = TY_NEWREF(message);
    EG_EXCS(self) = excs;
    return self;
fail:
    TY_DECREF(excs);
    return NULL;
}

/* BaseException.__init__ (args = the positional arguments, no keywords);
** BaseExceptionGroup has an __init__ of its own in CPython. */
static int eg_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return TyExc_BaseException.tp_init(self, args, nargs, kwnames);
}

/* BaseExceptionGroup(message, excs): new reference. */
static TyObject *make_group(TyObject *message, TyObject *excs)
{
    TyObject *args[2] = { message, excs };
    return tyObj_call((TyObject *)&TyExc_BaseExceptionGroup, args, 2, NULL);
}

/* ExceptionGroup('', excs) as the interpreter makes it (a naked exception
** caught by except*, exceptions raised in except* clauses). */
static TyObject *make_unnamed_group(TyObject *excs)
{
    TyObject *empty = tyStr_fromCStr("");
    if (!empty)
        return NULL;
    TyObject *g = make_group(empty, excs);
    TY_DECREF(empty);
    return g;
}

/* "msg (2 sub-exceptions)". */
static TyObject *eg_str(TyObject *self)
{
    if (!EG_MSG(self) || !EG_EXCS(self))
        return TyExc_BaseException.str(self);
    ssize_t n = TY_TUPLE_LEN(EG_EXCS(self));
    return tyStr_fromFormat("%S (%zd sub-exception%s)", EG_MSG(self), n, n > 1 ? "s" : "");
}

static TyObject *eg_get_message(TyObject *self)
{
    return TY_NEWREF(EG_MSG(self) ? EG_MSG(self) : TY_NONE);
}

static TyObject *eg_get_exceptions(TyObject *self)
{
    return TY_NEWREF(EG_EXCS(self) ? EG_EXCS(self) : TY_NONE);
}

/* message and exceptions are read-only members in CPython. */
static int eg_set_readonly(TyObject *self, TyObject *value)
{
    tyErr_setString(&TyExc_AttributeError, "readonly attribute");
    return -1;
}

static TyGetSetDef eg_getset[] = {
    { "message", eg_get_message, eg_set_readonly, "exception message" },
    { "exceptions", eg_get_exceptions, eg_set_readonly, "nested exceptions" },
    { NULL }
};

/* derive(excs): BaseExceptionGroup(self.message, excs), the constructor
** split() uses for each part (a subclass overrides it to keep its type). */
static TyObject *eg_derive(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("BaseExceptionGroup.derive", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tyErr_format(&TyExc_TypeError, "function takes exactly 1 argument (%zu given)", nargs);
    return make_group(EG_MSG(self) ? EG_MSG(self) : TY_NONE, args[0]);
}

/* ---- split and subgroup ------------------------------------------------ */

typedef enum {
    MATCH_BY_TYPE,        /* an exception class or a tuple of them */
    MATCH_BY_PREDICATE,   /* a Python function, called with each exception */
    MATCH_BY_LEAF_IDS,    /* a set of the ids of the leaves to keep (except*) */
} MatcherKind;

static int matcher_kind(TyObject *value, MatcherKind *kind)
{
    if (TY_FUNCTION_CHECK(value)) {
        *kind = MATCH_BY_PREDICATE;
        return 0;
    }
    bool ok = is_exception_class(value);
    if (!ok && TY_TUPLE_CHECK_EXACT(value)) {
        ok = true;
        for (ssize_t i = 0; i < TY_TUPLE_LEN(value); i++)
            ok = ok && is_exception_class(TY_TUPLE_GET(value, i));
    }
    if (!ok) {
        tyErr_setString(&TyExc_TypeError, "expected a function, exception type or tuple of exception types");
        return -1;
    }
    *kind = MATCH_BY_TYPE;
    return 0;
}

static TyObject *id_of(TyObject *o)
{
    return tyInt_fromI64((int64_t)(intptr_t)o);
}

/* Does exc match?  1 / 0 / -1. */
static int check_match(TyObject *exc, MatcherKind kind, TyObject *value)
{
    switch (kind) {
    case MATCH_BY_TYPE:
        return tyErr_givenMatches(exc, value);
    case MATCH_BY_PREDICATE: {
        TyObject *r = tyObj_callOneArg(value, exc);
        if (!r)
            return -1;
        int t = tyObj_isTrue(r);
        TY_DECREF(r);
        return t;
    }
    case MATCH_BY_LEAF_IDS: {
        if (TY_EXCGROUP_CHECK(exc))
            return 0;
        TyObject *id = id_of(exc);
        if (!id)
            return -1;
        int r = tySet_contains(value, id);
        TY_DECREF(id);
        return r;
    }
    }
    return 0;
}

/*
** A part of orig made by orig.derive(excs) (excs a list, which derive
** receives as it is), carrying orig's traceback, cause, context and a copy
** of its notes.  *result: new reference, or NULL when excs is empty.
** 0 / -1.
*/
static int derive_part(TyObject *orig, TyObject *excs, TyObject **result)
{
    *result = NULL;
    if (TY_LIST_LEN(excs) == 0)
        return 0;
    TyObject *derive = tyObj_getAttrStr(orig, "derive");
    if (!derive)
        return -1;
    TyObject *eg = tyObj_callOneArg(derive, excs);
    TY_DECREF(derive);
    if (!eg)
        return -1;
    if (!TY_EXCGROUP_CHECK(eg)) {
        tyErr_setString(&TyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
        goto fail;
    }
    TyBaseException *o = (TyBaseException *)orig;
    if (o->traceback)
        tyExc_setTraceback(eg, o->traceback);
    tyExc_setContext(eg, o->context);
    tyExc_setCause(eg, o->cause);
    TyObject *notes;
    if (tyObj_lookupAttr(orig, TY_ID(__notes__), &notes) < 0)
        goto fail;
    /* A __notes__ that is not a sequence is the program's mistake, which
    ** split() leaves for the traceback printer to show. */
    if (notes && tyObj_isSequence(notes)) {
        TyObject *copy = tyList_fromIterable(notes);
        int r = copy ? tyObj_setAttr(eg, TY_ID(__notes__), copy) : -1;
        TY_XDECREF(copy);
        if (r < 0) {
            TY_DECREF(notes);
            goto fail;
        }
    }
    TY_XDECREF(notes);
    *result = eg;
    return 0;
fail:
    TY_DECREF(eg);
    return -1;
}

/*
** CPython's exceptiongroup_split_recursive: exc matches as a whole, or is a
** leaf that does not, or is a group whose matching and other leaves make
** two parts of the same shape.  *match and *rest (the latter only with
** construct_rest): new references or NULL for an empty part.  0 / -1.
*/
static int split_recursive(TyObject *exc, MatcherKind kind, TyObject *value, bool construct_rest,
                           TyObject **match, TyObject **rest)
{
    *match = *rest = NULL;
    int is_match = check_match(exc, kind, value);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = TY_NEWREF(exc);
        return 0;
    }
    if (!TY_EXCGROUP_CHECK(exc) || !EG_EXCS(exc)) {
        if (construct_rest)
            *rest = TY_NEWREF(exc);
        return 0;
    }
    int r = -1;
    TyObject *excs = TY_NEWREF(EG_EXCS(exc));
    TyObject *match_list = tyList_new(0);
    TyObject *rest_list = construct_rest ? tyList_new(0) : NULL;
    if (!match_list || (construct_rest && !rest_list))
        goto done;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(excs); i++) {
        TyObject *m, *rs;
        if (tyObj_enterRecursiveCall(" in exceptiongroup_split_recursive") < 0)
            goto done;
        int sr = split_recursive(TY_TUPLE_GET(excs, i), kind, value, construct_rest, &m, &rs);
        tyObj_leaveRecursiveCall();
        if (sr < 0)
            goto done;
        int ar = m ? tyList_append(match_list, m) : 0;
        if (ar == 0 && rs)
            ar = tyList_append(rest_list, rs);
        TY_XDECREF(m);
        TY_XDECREF(rs);
        if (ar < 0)
            goto done;
    }
    if (derive_part(exc, match_list, match) < 0)
        goto done;
    if (construct_rest && derive_part(exc, rest_list, rest) < 0) {
        TY_CLEAR(*match);
        goto done;
    }
    r = 0;
done:
    TY_DECREF(excs);
    TY_XDECREF(match_list);
    TY_XDECREF(rest_list);
    return r;
}

/* split(matcher) → (match, rest) / subgroup(matcher) → match, with None
** for an empty part.  New reference. */
static TyObject *split_method(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames,
                              const char *name, bool construct_rest)
{
    char qualname[40];
    snprintf(qualname, sizeof qualname, "BaseExceptionGroup.%s", name);
    if (tyArg_noKeywords(qualname, kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tyErr_format(&TyExc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    MatcherKind kind;
    TyObject *match, *rest;
    if (matcher_kind(args[0], &kind) < 0 ||
        split_recursive(self, kind, args[0], construct_rest, &match, &rest) < 0)
        return NULL;
    TyObject *m = match ? match : TY_NONE, *r = rest ? rest : TY_NONE;
    TyObject *result = construct_rest ? tyTuple_pack(2, m, r) : TY_NEWREF(m);
    TY_XDECREF(match);
    TY_XDECREF(rest);
    return result;
}

static TyObject *eg_split(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return split_method(self, args, nargs, kwnames, "split", true);
}

static TyObject *eg_subgroup(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return split_method(self, args, nargs, kwnames, "subgroup", false);
}

static TyMethodDef eg_methods[] = {
    { "derive", eg_derive, TY_METH_DEFAULT, NULL },
    { "split", eg_split, TY_METH_DEFAULT, NULL },
    { "subgroup", eg_subgroup, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyExc_BaseExceptionGroup = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "BaseExceptionGroup",
    .basicsize = sizeof(TyExcGroup),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_EXC_SUBCLASS,
    .dictoffset = offsetof(TyBaseException, dict),
    .base = &TyExc_BaseException,
    .dealloc = eg_dealloc,
    .traverse = eg_traverse,
    .clear = eg_clear,
    .tp_new = eg_new,
    .tp_init = eg_init,
    .str = eg_str,
    .methods = eg_methods,
    .getset = eg_getset,
    .doc = "A combination of multiple unrelated exceptions.",
};

/* ---- except* --------------------------------------------------------------- */

int tyExcGroup_checkStarType(TyObject *type)
{
    bool group;
    if (TY_TUPLE_CHECK(type)) {
        group = false;
        for (ssize_t i = 0; i < TY_TUPLE_LEN(type); i++)
            group = group || tyType_isSubtype((TyType *)TY_TUPLE_GET(type, i), &TyExc_BaseExceptionGroup);
    } else {
        group = tyType_isSubtype((TyType *)type, &TyExc_BaseExceptionGroup);
    }
    if (!group)
        return 0;
    tyErr_setString(&TyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
}

/* A part that exc.split() returned: None or an exception, or TypeError. */
static int check_split_part(TyObject *exc, TyObject *part)
{
    if (part == TY_NONE || TY_EXC_CHECK(part))
        return 0;
    tyErr_format(&TyExc_TypeError, "%s.split must return a tuple of exceptions or None, not %s",
                 tyType_name(TY_TYPE(exc)), tyType_name(TY_TYPE(part)));
    return -1;
}

int tyExcGroup_match(TyObject *exc, TyObject *type, TyObject **match, TyObject **rest)
{
    *match = *rest = NULL;
    if (exc == TY_NONE || !tyErr_givenMatches(exc, type)) {
        if (exc == TY_NONE || !TY_EXCGROUP_CHECK(exc)) {
            *match = tyNone_new();
            *rest = tyNone_new();
            return 0;
        }
        /* A partial match: exc.split(), which a subclass may override. */
        TyObject *split = tyObj_getAttrStr(exc, "split");
        TyObject *pair = split ? tyObj_callOneArg(split, type) : NULL;
        TY_XDECREF(split);
        if (!pair)
            return -1;
        if (!TY_TUPLE_CHECK_EXACT(pair) || TY_TUPLE_LEN(pair) != 2) {
            if (TY_TUPLE_CHECK_EXACT(pair))
                tyErr_format(&TyExc_TypeError, "%s.split must return a 2-tuple, got tuple of size %zd",
                             tyType_name(TY_TYPE(exc)), TY_TUPLE_LEN(pair));
            else
                tyErr_format(&TyExc_TypeError, "%s.split must return a tuple, not %s",
                             tyType_name(TY_TYPE(exc)), tyType_name(TY_TYPE(pair)));
            TY_DECREF(pair);
            return -1;
        }
        if (check_split_part(exc, TY_TUPLE_GET(pair, 0)) < 0 ||
            check_split_part(exc, TY_TUPLE_GET(pair, 1)) < 0) {
            TY_DECREF(pair);
            return -1;
        }
        *match = TY_NEWREF(TY_TUPLE_GET(pair, 0));
        *rest = TY_NEWREF(TY_TUPLE_GET(pair, 1));
        TY_DECREF(pair);
        if (*match == TY_NONE)
            TY_SETREF(*rest, tyNone_new());
        return 0;
    }
    if (TY_EXCGROUP_CHECK(exc)) {
        *match = TY_NEWREF(exc);
    } else {
        TyObject *excs = tyTuple_pack(1, exc);
        *match = excs ? make_unnamed_group(excs) : NULL;
        TY_XDECREF(excs);
        if (!*match)
            return -1;
    }
    *rest = tyNone_new();
    return 0;
}

/* Adds the id of every leaf of exc (None: none) to the set ids.  0 / -1. */
static int collect_leaf_ids(TyObject *exc, TyObject *ids)
{
    if (exc == TY_NONE)
        return 0;
    if (!TY_EXCGROUP_CHECK(exc) || !EG_EXCS(exc)) {
        TyObject *id = id_of(exc);
        int r = id ? tySet_add(ids, id) : -1;
        TY_XDECREF(id);
        return r;
    }
    TyObject *excs = EG_EXCS(exc);
    for (ssize_t i = 0; i < TY_TUPLE_LEN(excs); i++) {
        if (tyObj_enterRecursiveCall(" in collect_exception_group_leaf_ids") < 0)
            return -1;
        int r = collect_leaf_ids(TY_TUPLE_GET(excs, i), ids);
        tyObj_leaveRecursiveCall();
        if (r < 0)
            return -1;
    }
    return 0;
}

/* The part of eg whose leaves are leaves of the exceptions in keep (a
** list): new reference, None when there are none. */
static TyObject *projection(TyObject *eg, TyObject *keep)
{
    TyObject *ids = tySet_new(NULL);
    if (!ids)
        return NULL;
    for (ssize_t i = 0; i < TY_LIST_LEN(keep); i++) {
        if (collect_leaf_ids(TY_LIST_GET(keep, i), ids) < 0) {
            TY_DECREF(ids);
            return NULL;
        }
    }
    TyObject *match, *rest;
    int r = split_recursive(eg, MATCH_BY_LEAF_IDS, ids, false, &match, &rest);
    TY_DECREF(ids);
    if (r < 0)
        return NULL;
    return match ? match : tyNone_new();
}

/* An exception re-raised by a bare `raise` in a clause still has the
** traceback, cause and context split() copied onto it from orig. */
static bool same_metadata(TyObject *a, TyObject *b)
{
    TyBaseException *x = (TyBaseException *)a, *y = (TyBaseException *)b;
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

TyObject *tyExcGroup_prepReraiseStar(TyObject *orig, TyObject *excs)
{
    ssize_t n = TY_LIST_LEN(excs);
    if (n == 0)
        return tyNone_new();
    /* A naked exception was caught, wrapped: only one clause ran. */
    if (!TY_EXCGROUP_CHECK(orig))
        return TY_NEWREF(TY_LIST_GET(excs, 0));
    TyObject *result = NULL, *reraised_eg = NULL;
    TyObject *raised = tyList_new(0), *reraised = tyList_new(0);
    if (!raised || !reraised)
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        TyObject *e = TY_LIST_GET(excs, i);
        if (e == TY_NONE)
            continue;
        if (tyList_append(same_metadata(e, orig) ? reraised : raised, e) < 0)
            goto done;
    }
    reraised_eg = projection(orig, reraised);
    if (!reraised_eg)
        goto done;
    if (TY_LIST_LEN(raised) == 0) {
        result = TY_NEWREF(reraised_eg);
        goto done;
    }
    /* CPython 3.11.2 wraps even a single raised exception (3.11.4 stopped). */
    if (reraised_eg != TY_NONE && tyList_append(raised, reraised_eg) < 0)
        goto done;
    result = make_unnamed_group(raised);
done:
    TY_XDECREF(reraised_eg);
    TY_XDECREF(raised);
    TY_XDECREF(reraised);
    return result;
}

/* ---- start-up ---------------------------------------------------------------- */

int tyExcGroup_init(TyObject *builtins_dict)
{
    if (tyType_ready(&TyExc_BaseExceptionGroup) < 0 ||
        tyGenericAlias_addClassGetitem(&TyExc_BaseExceptionGroup) < 0 ||
        tyDict_setItemStr(builtins_dict, "BaseExceptionGroup", (TyObject *)&TyExc_BaseExceptionGroup) < 0)
        return -1;
    TyObject *bases = tyTuple_pack(2, &TyExc_BaseExceptionGroup, &TyExc_Exception);
    if (bases)
        ty_state.objs.exception_group = tyClass_newBuiltin("builtins", "ExceptionGroup", bases);
    TY_XDECREF(bases);
    if (!ty_state.objs.exception_group)
        return -1;
    return tyDict_setItemStr(builtins_dict, "ExceptionGroup", ty_state.objs.exception_group);
}

void tyExcGroup_fini(void)
{
    TY_CLEAR(ty_state.objs.exception_group);
    tyType_finiStatic(&TyExc_BaseExceptionGroup);
}
