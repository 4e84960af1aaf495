/*
** functools.c — the `_functools` module, the C half of CPython's
** functools.py (which imports unmodified from CPython's library): reduce,
** partial and cmp_to_key with its functools.KeyWrapper objects, as CPython
** writes them in C.  functools.py keeps its pure-Python _lru_cache_wrapper,
** as CPython does when _functools has none (docs/language.md lists what
** that changes).
*/
#include "tally.h"
#include "objects/weakref.h"
#include "objects/genericalias.h"
#include "modules/functools.h"

/* ---- reduce(function, iterable[, initial]) ---------------------------------------------- */

/* function(function(initial, a), b)...: new reference.  TypeError when
** the iterable is empty and no initial value was given. */
static TyObject *functools_reduce(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (tyArg_noKeywords("reduce", kwnames) < 0 || tyArg_checkPositional("reduce", nargs, 2, 3) < 0)
        return NULL;
    TyObject *func = args[0];
    TyObject *it = tyObj_getIter(args[1]);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError))
            tyErr_setString(&TyExc_TypeError, "reduce() arg 2 must support iteration");
        return NULL;
    }
    TyObject *result = nargs == 3 ? TY_NEWREF(args[2]) : NULL;
    for (;;) {
        TyObject *item = tyIter_next(it);
        if (!item) {
            if (tyErr_occurred())
                goto fail;
            break;
        }
        if (!result) {
            result = item;
            continue;
        }
        TyObject *argv[2] = { result, item };
        TyObject *r = tyObj_call(func, argv, 2, NULL);
        TY_DECREF(item);
        TY_DECREF(result);
        result = r;
        if (!result)
            goto fail;
    }
    TY_DECREF(it);
    if (!result)
        tyErr_setString(&TyExc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
fail:
    TY_XDECREF(result);
    TY_DECREF(it);
    return NULL;
}

/* ---- partial(func, /, *args, **keywords) ------------------------------------------------- */

typedef struct TyPartial {
    TyObject ob;
    TyObject *fn;           /* NULL only once cleared */
    TyObject *args;         /* tuple */
    TyObject *kw;           /* dict */
    TyObject *dict;         /* __dict__, made on first use */
    TyObject *weakreflist;
} TyPartial;

static TyType TyPartial_Type;

#define PARTIAL(o) ((TyPartial *)(o))

/* Arguments up to this many are gathered on the C stack for a call. */
#define PARTIAL_SMALL_ARGS 8

static TyObject *partial_call(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames);

/* partial(func, *args, **kw): a partial of a partial whose __dict__ was
** never made is flattened, as CPython does: its function, its arguments
** followed by these, its keywords updated by these.  New reference. */
static TyObject *partial_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (nargs < 1)
        return tyErr_setString(&TyExc_TypeError, "type 'partial' takes at least one argument");
    TyObject *func = args[0], *pargs = NULL, *pkw = NULL;
    if (TY_TYPE(func)->call == partial_call) {
        TyObject **dp = tyObj_dictPtr(func);
        if (!dp || !*dp) {
            pargs = PARTIAL(func)->args;
            pkw = PARTIAL(func)->kw;
            func = PARTIAL(func)->fn;
        }
    }
    if (!func || !tyObj_isCallable(func))
        return tyErr_setString(&TyExc_TypeError, "the first argument must be callable");
    ssize_t np = pargs ? TY_TUPLE_LEN(pargs) : 0, n = np + (ssize_t)nargs - 1;
    TyObject *all = tyTuple_new(n);
    if (!all)
        return NULL;
    for (ssize_t i = 0; i < np; i++)
        TY_TUPLE_SET(all, i, TY_NEWREF(TY_TUPLE_GET(pargs, i)));
    for (ssize_t i = np; i < n; i++)
        TY_TUPLE_SET(all, i, TY_NEWREF(args[i - np + 1]));
    TyObject *kw = pkw ? tyDict_copy(pkw) : tyDict_new();
    if (!kw) {
        TY_DECREF(all);
        return NULL;
    }
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        if (tyDict_setItem(kw, TY_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            TY_DECREF(all);
            TY_DECREF(kw);
            return NULL;
        }
    }
    TyPartial *p = (TyPartial *)tyGC_alloc(type);
    if (!p) {
        TY_DECREF(all);
        TY_DECREF(kw);
        return NULL;
    }
    p->fn = TY_NEWREF(func);
    p->args = all;
    p->kw = kw;
    p->dict = NULL;
    p->weakreflist = NULL;
    tyGC_track((TyObject *)p);
    return (TyObject *)p;
}

/* The collector's clear: drops every reference; a call then raises TypeError. */
static int partial_clear(TyObject *o)
{
    TyPartial *p = PARTIAL(o);
    TY_CLEAR(p->fn);
    TY_CLEAR(p->args);
    TY_CLEAR(p->kw);
    TY_CLEAR(p->dict);
    return 0;
}

/* Untracks, releases every reference, frees the object. */
static void partial_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    if (PARTIAL(o)->weakreflist)
        tyWeakref_clear(o);
    partial_clear(o);
    tyObj_free(o);
}

/* Visits every reference the object owns. */
static int partial_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyPartial *p = PARTIAL(o);
    TyObject *refs[4] = { p->fn, p->args, p->kw, p->dict };
    for (int i = 0; i < 4; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* fn(*self.args, *args, **{**self.keywords, **kwargs}): new reference.
** The stored keywords go first, so a keyword given in the call replaces
** a stored one of the same name. */
static TyObject *partial_call(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    TyPartial *p = PARTIAL(self);
    if (!p->fn || !p->args || !p->kw)
        return tyErr_setString(&TyExc_TypeError, "partial object was cleared");
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    TyObject *kw = NULL, *names = kwnames;
    if (TY_DICT_LEN(p->kw) > 0) {
        kw = tyDict_copy(p->kw);
        if (!kw)
            return NULL;
        for (ssize_t i = 0; i < nkw; i++) {
            if (tyDict_setItem(kw, TY_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                TY_DECREF(kw);
                return NULL;
            }
        }
        names = tyTuple_new(TY_DICT_LEN(kw));
        if (!names) {
            TY_DECREF(kw);
            return NULL;
        }
        nkw = TY_DICT_LEN(kw);
    }
    ssize_t np = TY_TUPLE_LEN(p->args), total = np + (ssize_t)nargs + nkw;
    TyObject *small[PARTIAL_SMALL_ARGS];
    TyObject **argv = small;
    TyObject *r = NULL;
    if (total > PARTIAL_SMALL_ARGS) {
        argv = tyMem_malloc((size_t)total * sizeof(TyObject *));
        if (!argv)
            goto done;
    }
    memcpy(argv, TY_TUPLE_ITEMS(p->args), (size_t)np * sizeof(TyObject *));
    /* args may be NULL when there are none: memcpy must not see it. */
    if (nargs)
        memcpy(argv + np, args, nargs * sizeof(TyObject *));
    if (kw) {
        ssize_t pos = 0, i = 0;
        TyObject *k, *v;
        while (tyDict_next(kw, &pos, &k, &v)) {
            /* A program can put any key into self.keywords. */
            if (!TY_STR_CHECK(k)) {
                tyErr_setString(&TyExc_TypeError, "keywords must be strings");
                goto done;
            }
            TY_TUPLE_SET(names, i, TY_NEWREF(k));
            argv[np + (ssize_t)nargs + i++] = v;
        }
    } else if (nkw) {
        memcpy(argv + np + nargs, args + nargs, (size_t)nkw * sizeof(TyObject *));
    }
    /* The stored arguments are borrowed from p: keep them alive through a
    ** call that could drop the last reference to p. */
    TY_INCREF(self);
    r = tyObj_call(p->fn, argv, (size_t)(np + (ssize_t)nargs), names);
    TY_DECREF(self);
done:
    if (argv != small)
        tyMem_free(argv);
    if (kw) {
        TY_DECREF(names);
        TY_DECREF(kw);
    }
    return r;
}

/* "functools.partial(<function f at 0x...>, 1, b=2)" (a subclass shows its
** own name), "..." inside itself: new reference. */
static TyObject *partial_repr(TyObject *self)
{
    TyPartial *p = PARTIAL(self);
    int rc = tyObj_reprEnter(self);
    if (rc != 0)
        return rc > 0 ? tyStr_fromCStr("...") : NULL;
    TyObject *items = p->kw ? tyDict_items(p->kw) : NULL;
    TyObject *fargs = p->args ? TY_NEWREF(p->args) : NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    int ok = items && fargs && p->fn && tyBuf_appendC(&b, tyType_name(TY_TYPE(self))) >= 0 &&
             tyBuf_appendChar(&b, '(') >= 0 && tyBuf_appendRepr(&b, p->fn) >= 0;
    for (ssize_t i = 0; ok && i < TY_TUPLE_LEN(fargs); i++)
        ok = tyBuf_appendC(&b, ", ") >= 0 && tyBuf_appendRepr(&b, TY_TUPLE_GET(fargs, i)) >= 0;
    for (ssize_t i = 0; ok && i < TY_LIST_LEN(items); i++) {
        TyObject *pair = TY_LIST_GET(items, i);
        ok = tyBuf_appendC(&b, ", ") >= 0 &&
             tyBuf_appendObjStr(&b, TY_TUPLE_GET(pair, 0)) >= 0 &&
             tyBuf_appendChar(&b, '=') >= 0 && tyBuf_appendRepr(&b, TY_TUPLE_GET(pair, 1)) >= 0;
    }
    TyObject *r = NULL;
    if (ok && tyBuf_appendChar(&b, ')') >= 0)
        r = tyBuf_finish(&b);
    else
        tyBuf_free(&b);
    if (!items && !tyErr_occurred())
        tyErr_setString(&TyExc_TypeError, "partial object was cleared");
    TY_XDECREF(items);
    TY_XDECREF(fargs);
    tyObj_reprLeave(self);
    return r;
}

/* func: the function called, new reference. */
static TyObject *partial_get_func(TyObject *self)
{
    return TY_NEWREF(PARTIAL(self)->fn ? PARTIAL(self)->fn : TY_NONE);
}

/* args: the stored positional arguments (a tuple), new reference. */
static TyObject *partial_get_args(TyObject *self)
{
    TyObject *a = PARTIAL(self)->args;
    return a ? TY_NEWREF(a) : tyTuple_new(0);
}

/* keywords: the stored keyword dict itself, as in CPython, new reference. */
static TyObject *partial_get_keywords(TyObject *self)
{
    TyObject *kw = PARTIAL(self)->kw;
    return kw ? TY_NEWREF(kw) : tyDict_new();
}

/* __dict__, made empty on first use: new reference. */
static TyObject *partial_get_dict(TyObject *self)
{
    TyPartial *p = PARTIAL(self);
    if (!p->dict)
        p->dict = tyDict_new();
    return p->dict ? TY_NEWREF(p->dict) : NULL;
}

/* __dict__ = d: a dict only, and it cannot be deleted (CPython's rules
** and messages for a __dict__ slot). */
static int partial_set_dict(TyObject *self, TyObject *value)
{
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!TY_DICT_CHECK(value)) {
        tyErr_format(&TyExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                     tyType_name(TY_TYPE(value)));
        return -1;
    }
    TY_XSETREF(PARTIAL(self)->dict, TY_NEWREF(value));
    return 0;
}

/* Setting or deleting func, args or keywords: AttributeError, worded as
** for CPython's read-only members. */
static int partial_readonly(TyObject *self, TyObject *value)
{
    tyErr_setString(&TyExc_AttributeError, "readonly attribute");
    return -1;
}

/* __reduce__(): (type(self), (func,), (func, args, keywords, __dict__ or
** None)), what CPython's partial gives pickle and copy. */
static TyObject *partial_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyPartial *p = PARTIAL(self);
    if (!p->fn || !p->args || !p->kw)
        return tyErr_setString(&TyExc_TypeError, "partial object was cleared");
    TyObject *state[4] = { p->fn, p->args, p->kw, p->dict ? p->dict : TY_NONE };
    TyObject *fn_only = tyTuple_pack(1, p->fn);
    TyObject *st = fn_only ? tyTuple_fromArray(state, 4) : NULL;
    TyObject *r = st ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), fn_only, st) : NULL;
    TY_XDECREF(fn_only);
    TY_XDECREF(st);
    return r;
}

/* __setstate__((func, args, keywords, dict)): what __reduce__ gave, with
** CPython's leniency (args any tuple subclass, keywords a dict subclass or
** None, dict None for none) and its one TypeError for anything else. */
static TyObject *partial_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__setstate__", kwnames) < 0 || tyArg_checkPositional("__setstate__", nargs, 1, 1) < 0)
        return NULL;
    TyObject *state = args[0];
    TyObject **f = TY_TUPLE_CHECK(state) && TY_TUPLE_LEN(state) == 4 ? TY_TUPLE_ITEMS(state) : NULL;
    if (!f || !tyObj_isCallable(f[0]) || !TY_TUPLE_CHECK(f[1]) || (f[2] != TY_NONE && !TY_DICT_CHECK(f[2])))
        return tyErr_setString(&TyExc_TypeError, "invalid partial state");
    TyObject *fargs = TY_TUPLE_CHECK_EXACT(f[1]) ? TY_NEWREF(f[1]) : tyTuple_fromArray(TY_TUPLE_ITEMS(f[1]), TY_TUPLE_LEN(f[1]));
    TyObject *kw = f[2] == TY_NONE ? tyDict_new() : TY_DICT_CHECK_EXACT(f[2]) ? TY_NEWREF(f[2]) : tyDict_copy(f[2]);
    if (!fargs || !kw) {
        TY_XDECREF(fargs);
        TY_XDECREF(kw);
        return NULL;
    }
    TyPartial *p = PARTIAL(self);
    TY_XSETREF(p->fn, TY_NEWREF(f[0]));
    TY_XSETREF(p->args, fargs);
    TY_XSETREF(p->kw, kw);
    TY_XSETREF(p->dict, f[3] == TY_NONE ? NULL : TY_NEWREF(f[3]));
    return tyNone_new();
}

static TyMethodDef partial_methods[] = {
    { "__reduce__", partial_reduce, 0, NULL },
    { "__setstate__", partial_setstate, 0, NULL },
    { NULL }
};

static TyGetSetDef partial_getset[] = {
    { "__dict__", partial_get_dict, partial_set_dict, NULL },
    { "func", partial_get_func, partial_readonly,
      "function object to use in future partial calls" },
    { "args", partial_get_args, partial_readonly, "tuple of arguments to future partial calls" },
    { "keywords", partial_get_keywords, partial_readonly,
      "dictionary of keyword arguments to future partial calls" },
    { NULL, NULL, NULL, NULL },
};

static TyType TyPartial_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "functools.partial",
    .basicsize = sizeof(TyPartial),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .call = partial_call,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .tp_new = partial_new,
    .getset = partial_getset,
    .methods = partial_methods,
    .dictoffset = offsetof(TyPartial, dict),
    .weaklistoffset = offsetof(TyPartial, weakreflist),
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
};

/* ---- cmp_to_key ------------------------------------------------------------------------ */

/* functools.KeyWrapper: cmp_to_key(mycmp) is one with no object; calling it
** with an object makes the key for that object, whose comparisons call
** mycmp(a, b) and compare the result with 0. */
typedef struct TyKeyWrapper {
    TyObject ob;
    TyObject *cmp;
    TyObject *object;          /* NULL in the wrapper cmp_to_key returns */
} TyKeyWrapper;

static TyType TyKeyWrapper_Type;

#define KW(o) ((TyKeyWrapper *)(o))

/* A new, tracked KeyWrapper over cmp and object (borrowed; object may be
** NULL): new reference. */
static TyObject *keywrapper_new(TyObject *cmp, TyObject *object)
{
    TyKeyWrapper *k = (TyKeyWrapper *)tyGC_alloc(&TyKeyWrapper_Type);
    if (!k)
        return NULL;
    k->cmp = TY_NEWREF(cmp);
    k->object = object ? TY_NEWREF(object) : NULL;
    tyGC_track((TyObject *)k);
    return (TyObject *)k;
}

static void keywrapper_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(KW(o)->cmp);
    TY_CLEAR(KW(o)->object);
    tyObj_free(o);
}

static int keywrapper_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    if (KW(o)->cmp && visit(KW(o)->cmp, arg))
        return 1;
    return KW(o)->object ? visit(KW(o)->object, arg) : 0;
}

static int keywrapper_clear(TyObject *o)
{
    TY_CLEAR(KW(o)->cmp);
    TY_CLEAR(KW(o)->object);
    return 0;
}

/* K(obj): the key of obj under the same comparison function. */
static TyObject *keywrapper_call(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    static const char *const names[] = { "obj", NULL };
    TyObject *obj;
    if (tyArg_unpack("K", args, nargs, kwnames, names, 1, 1, &obj) < 0)
        return NULL;
    return keywrapper_new(KW(self)->cmp, obj);
}

/* a <op> b as cmp(a.obj, b.obj) <op> 0; both must be KeyWrappers. */
static TyObject *keywrapper_richcompare(TyObject *a, TyObject *b, int op)
{
    if (TY_TYPE(b) != TY_TYPE(a))
        return tyErr_setString(&TyExc_TypeError, "other argument must be K instance");
    if (!KW(a)->object || !KW(b)->object || !KW(a)->cmp)
        return tyErr_setString(&TyExc_AttributeError, "object");
    TyObject *cmp = TY_NEWREF(KW(a)->cmp);
    TyObject *pair[2] = { KW(a)->object, KW(b)->object };
    TY_INCREF(pair[0]);
    TY_INCREF(pair[1]);
    TyObject *res = tyObj_call(cmp, pair, 2, NULL);
    TY_DECREF(cmp);
    TY_DECREF(pair[0]);
    TY_DECREF(pair[1]);
    if (!res)
        return NULL;
    TyObject *zero = tyInt_fromI64(0);
    TyObject *answer = tyObj_richCompare(res, zero, op);
    TY_DECREF(zero);
    TY_DECREF(res);
    return answer;
}

static TyObject *keywrapper_get_obj(TyObject *self)
{
    return TY_NEWREF(KW(self)->object ? KW(self)->object : TY_NONE);
}

static int keywrapper_set_obj(TyObject *self, TyObject *value)
{
    TyObject *old = KW(self)->object;
    KW(self)->object = value ? TY_NEWREF(value) : NULL;
    TY_XDECREF(old);
    return 0;
}

static TyGetSetDef keywrapper_getset[] = {
    { "obj", keywrapper_get_obj, keywrapper_set_obj, "Value wrapped by a key function." },
    { NULL, NULL, NULL, NULL },
};

static TyType TyKeyWrapper_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(TyKeyWrapper),
    .flags = TY_TPFLAG_GC,
    .dealloc = keywrapper_dealloc,
    .call = keywrapper_call,
    .richcompare = keywrapper_richcompare,
    .traverse = keywrapper_traverse,
    .clear = keywrapper_clear,
    .getset = keywrapper_getset,
};

/* cmp_to_key(mycmp): the key-function factory: new reference. */
static TyObject *functools_cmp_to_key(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    static const char *const names[] = { "mycmp", NULL };
    TyObject *cmp;
    if (tyArg_unpack("cmp_to_key", args, nargs, kwnames, names, 1, 1, &cmp) < 0)
        return NULL;
    return keywrapper_new(cmp, NULL);
}

/* ---- the module ------------------------------------------------------------------------ */

static TyMethodDef functools_functions[] = {
    { "reduce", functools_reduce, TY_METH_DEFAULT,
      "reduce(function, iterable[, initial]) -> value\n\n"
      "Apply a function of two arguments cumulatively to the items of a sequence\n"
      "or iterable, from left to right, so as to reduce the iterable to a single\n"
      "value." },
    { "cmp_to_key", functools_cmp_to_key, TY_METH_DEFAULT,
      "Convert a cmp= function into a key= function." },
    { NULL, NULL, 0, NULL },
};



/* The module (see functools.h): new reference. */
TyObject *tyFunctools_create(void)
{
    if (tyType_ready(&TyPartial_Type) < 0 || tyType_ready(&TyKeyWrapper_Type) < 0 ||
        tyGenericAlias_addClassGetitem(&TyPartial_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("_functools", functools_functions);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "partial", (TyObject *)&TyPartial_Type) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

void tyFunctools_fini(void)
{
    tyType_finiStatic(&TyKeyWrapper_Type);
    tyType_finiStatic(&TyPartial_Type);
}
