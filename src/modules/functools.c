/*
** functools.c — the `functools` module: reduce and partial are written
** here in C (partial is called on hot paths and its flattening and repr
** follow CPython's C type); update_wrapper, wraps, total_ordering,
** cmp_to_key, lru_cache, cache and cached_property are Python (the source
** below), run in the module's namespace when the module is first imported,
** as collections does.
**
** lru_cache keeps its entries in a dict, which remembers insertion order:
** a hit moves the key to the end and a miss on a full cache evicts the
** first key, so the dict order is the least-recently-used order and no
** linked list is needed.  The wrapper is a Python closure, so the
** collector sees the cycle of a cached function that caches itself
** (function -> cell -> dict -> function) through the types it knows.
*/
#include "tally.h"
#include "vm.h"
#include "parser.h"
#include "compiler.h"
#include "objects/weakref.h"
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
    memcpy(argv + np, args, nargs * sizeof(TyObject *));
    if (kw) {
        ssize_t pos = 0, i = 0;
        TyObject *k, *v;
        while (tyDict_next(kw, &pos, &k, &v)) {
            TY_TUPLE_SET(names, i, TY_NEWREF(k));
            argv[np + (ssize_t)nargs + i++] = v;
        }
    } else {
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
    .dictoffset = offsetof(TyPartial, dict),
    .weaklistoffset = offsetof(TyPartial, weakreflist),
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
};

/* ---- the Python part ------------------------------------------------------------------ */

static TyMethodDef functools_functions[] = {
    { "reduce", functools_reduce, TY_METH_DEFAULT,
      "reduce(function, iterable[, initial]) -> value\n\n"
      "Apply a function of two arguments cumulatively to the items of a sequence\n"
      "or iterable, from left to right, so as to reduce the iterable to a single\n"
      "value." },
    { NULL, NULL, 0, NULL },
};

static const char python_source[] =
    "from collections import namedtuple as _namedtuple\n"
    "\n"
    "WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',\n"
    "                       '__annotations__')\n"
    "WRAPPER_UPDATES = ('__dict__',)\n"
    "\n"
    "\n"
    "def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):\n"
    "    '''Make wrapper look like wrapped: copy the attributes named in assigned,\n"
    "    update those named in updated, and set __wrapped__.'''\n"
    "    for name in assigned:\n"
    "        try:\n"
    "            value = getattr(wrapped, name)\n"
    "        except AttributeError:\n"
    "            continue\n"
    "        setattr(wrapper, name, value)\n"
    "    for name in updated:\n"
    "        getattr(wrapper, name).update(getattr(wrapped, name, {}))\n"
    "    # Last, so that a __wrapped__ that came with wrapped's __dict__ is replaced.\n"
    "    wrapper.__wrapped__ = wrapped\n"
    "    return wrapper\n"
    "\n"
    "\n"
    "def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):\n"
    "    '''Decorator factory: update_wrapper() with wrapped and the given lists.'''\n"
    "    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)\n"
    "\n"
    "\n"
    "# total_ordering: for each root comparison, how to get the other three from it.\n"
    "def _gt_from_lt(self, other):\n"
    "    r = type(self).__lt__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r and self != other\n"
    "\n"
    "def _le_from_lt(self, other):\n"
    "    r = type(self).__lt__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return r or self == other\n"
    "\n"
    "def _ge_from_lt(self, other):\n"
    "    r = type(self).__lt__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r\n"
    "\n"
    "def _ge_from_le(self, other):\n"
    "    r = type(self).__le__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r or self == other\n"
    "\n"
    "def _lt_from_le(self, other):\n"
    "    r = type(self).__le__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return r and self != other\n"
    "\n"
    "def _gt_from_le(self, other):\n"
    "    r = type(self).__le__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r\n"
    "\n"
    "def _lt_from_gt(self, other):\n"
    "    r = type(self).__gt__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r and self != other\n"
    "\n"
    "def _ge_from_gt(self, other):\n"
    "    r = type(self).__gt__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return r or self == other\n"
    "\n"
    "def _le_from_gt(self, other):\n"
    "    r = type(self).__gt__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r\n"
    "\n"
    "def _le_from_ge(self, other):\n"
    "    r = type(self).__ge__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r or self == other\n"
    "\n"
    "def _gt_from_ge(self, other):\n"
    "    r = type(self).__ge__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return r and self != other\n"
    "\n"
    "def _lt_from_ge(self, other):\n"
    "    r = type(self).__ge__(self, other)\n"
    "    if r is NotImplemented:\n"
    "        return r\n"
    "    return not r\n"
    "\n"
    "_derived = {\n"
    "    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),\n"
    "    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),\n"
    "    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),\n"
    "    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),\n"
    "}\n"
    "\n"
    "\n"
    "def total_ordering(cls):\n"
    "    '''Class decorator: fill in the missing ordering methods from the one\n"
    "    defined (preferring __lt__, then __le__, __gt__, __ge__).'''\n"
    "    roots = {name for name in _derived\n"
    "             if getattr(cls, name, None) is not getattr(object, name, None)}\n"
    "    if not roots:\n"
    "        raise ValueError('must define at least one ordering operation: < > <= >=')\n"
    "    root = max(roots)\n"
    "    for name, func in _derived[root]:\n"
    "        if name not in roots:\n"
    "            func.__name__ = name\n"
    "            setattr(cls, name, func)\n"
    "    return cls\n"
    "\n"
    "\n"
    "class KeyWrapper:\n"
    "    '''A key made by cmp_to_key(): orders its obj with the cmp function.'''\n"
    "    __slots__ = ('_cmp', 'obj')\n"
    "\n"
    "    def __init__(self, cmp, obj):\n"
    "        self._cmp = cmp\n"
    "        self.obj = obj\n"
    "\n"
    "    def _compare(self, other):\n"
    "        if not isinstance(other, KeyWrapper):\n"
    "            raise TypeError('other argument must be K instance')\n"
    "        return self._cmp(self.obj, other.obj)\n"
    "\n"
    "    def __lt__(self, other):\n"
    "        return self._compare(other) < 0\n"
    "\n"
    "    def __gt__(self, other):\n"
    "        return self._compare(other) > 0\n"
    "\n"
    "    def __eq__(self, other):\n"
    "        return self._compare(other) == 0\n"
    "\n"
    "    def __le__(self, other):\n"
    "        return self._compare(other) <= 0\n"
    "\n"
    "    def __ge__(self, other):\n"
    "        return self._compare(other) >= 0\n"
    "\n"
    "    def __hash__(self):\n"
    "        raise TypeError(\"unhashable type: 'functools.KeyWrapper'\")\n"
    "\n"
    "\n"
    "def cmp_to_key(mycmp):\n"
    "    '''Convert a cmp= function into a key= function.'''\n"
    "    return partial(KeyWrapper, mycmp)\n"
    "\n"
    "\n"
    "_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])\n"
    "\n"
    "# Separates the positional from the keyword arguments in a cache key.\n"
    "_kwd_mark = (object(),)\n"
    "# What cache lookups return for a missing key.\n"
    "_missing = object()\n"
    "\n"
    "\n"
    "def _make_key(args, kwds, typed):\n"
    "    key = args\n"
    "    if kwds:\n"
    "        key += _kwd_mark\n"
    "        for item in kwds.items():\n"
    "            key += item\n"
    "    if typed:\n"
    "        key += tuple([type(v) for v in args])\n"
    "        if kwds:\n"
    "            key += tuple([type(v) for v in kwds.values()])\n"
    "    elif len(key) == 1 and type(key[0]) in (int, str):\n"
    "        return key[0]\n"
    "    return key\n"
    "\n"
    "\n"
    "def _lru_cache_wrapper(user_function, maxsize, typed):\n"
    "    # The cache is a dict in least- to most-recently-used order: a hit moves\n"
    "    # its key to the end, and a miss on a full cache evicts the first key.\n"
    "    cache = {}\n"
    "    hits = misses = 0\n"
    "\n"
    "    if maxsize == 0:\n"
    "        def wrapper(*args, **kwds):\n"
    "            nonlocal misses\n"
    "            misses += 1\n"
    "            return user_function(*args, **kwds)\n"
    "    elif maxsize is None:\n"
    "        def wrapper(*args, **kwds):\n"
    "            nonlocal hits, misses\n"
    "            key = _make_key(args, kwds, typed)\n"
    "            result = cache.get(key, _missing)\n"
    "            if result is not _missing:\n"
    "                hits += 1\n"
    "                return result\n"
    "            misses += 1\n"
    "            result = user_function(*args, **kwds)\n"
    "            cache[key] = result\n"
    "            return result\n"
    "    else:\n"
    "        def wrapper(*args, **kwds):\n"
    "            nonlocal hits, misses\n"
    "            key = _make_key(args, kwds, typed)\n"
    "            result = cache.pop(key, _missing)\n"
    "            if result is not _missing:\n"
    "                cache[key] = result\n"
    "                hits += 1\n"
    "                return result\n"
    "            misses += 1\n"
    "            result = user_function(*args, **kwds)\n"
    "            # A recursive call may have cached this key meanwhile.\n"
    "            if key not in cache:\n"
    "                if len(cache) >= maxsize:\n"
    "                    del cache[next(iter(cache))]\n"
    "                cache[key] = result\n"
    "            return result\n"
    "\n"
    "    def cache_info():\n"
    "        '''Report cache statistics'''\n"
    "        return _CacheInfo(hits, misses, maxsize, len(cache))\n"
    "\n"
    "    def cache_clear():\n"
    "        '''Clear the cache and cache statistics'''\n"
    "        nonlocal hits, misses\n"
    "        cache.clear()\n"
    "        hits = misses = 0\n"
    "\n"
    "    wrapper.cache_info = cache_info\n"
    "    wrapper.cache_clear = cache_clear\n"
    "    return wrapper\n"
    "\n"
    "\n"
    "def lru_cache(maxsize=128, typed=False):\n"
    "    '''Least-recently-used cache decorator: @lru_cache, @lru_cache(maxsize),\n"
    "    @lru_cache(maxsize=None, typed=True).'''\n"
    "    if isinstance(maxsize, int):\n"
    "        if maxsize < 0:\n"
    "            maxsize = 0\n"
    "    elif callable(maxsize) and isinstance(typed, bool):\n"
    "        user_function, maxsize = maxsize, 128\n"
    "        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)\n"
    "        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}\n"
    "        return update_wrapper(wrapper, user_function)\n"
    "    elif maxsize is not None:\n"
    "        raise TypeError('Expected first argument to be an integer, a callable, or None')\n"
    "\n"
    "    def decorating_function(user_function):\n"
    "        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)\n"
    "        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}\n"
    "        return update_wrapper(wrapper, user_function)\n"
    "\n"
    "    return decorating_function\n"
    "\n"
    "\n"
    "def cache(user_function, /):\n"
    "    'Simple lightweight unbounded cache.  Sometimes called \"memoize\".'\n"
    "    return lru_cache(maxsize=None)(user_function)\n"
    "\n"
    "\n"
    "class cached_property:\n"
    "    '''A property computed once per instance and then kept in the\n"
    "    instance's __dict__ under the same name.'''\n"
    "\n"
    "    def __init__(self, func):\n"
    "        self.func = func\n"
    "        self.attrname = None\n"
    "        self.__doc__ = func.__doc__\n"
    "\n"
    "    def __set_name__(self, owner, name):\n"
    "        if self.attrname is None:\n"
    "            self.attrname = name\n"
    "        elif name != self.attrname:\n"
    "            raise TypeError('Cannot assign the same cached_property to two different names '\n"
    "                            f'({self.attrname!r} and {name!r}).')\n"
    "\n"
    "    def __get__(self, instance, owner=None):\n"
    "        if instance is None:\n"
    "            return self\n"
    "        if self.attrname is None:\n"
    "            raise TypeError('Cannot use cached_property instance without calling '\n"
    "                            '__set_name__ on it.')\n"
    "        try:\n"
    "            cache = instance.__dict__\n"
    "        except AttributeError:\n"
    "            raise TypeError(f\"No '__dict__' attribute on {type(instance).__name__!r} \"\n"
    "                            f'instance to cache {self.attrname!r} property.') from None\n"
    "        value = cache.get(self.attrname, _missing)\n"
    "        if value is _missing:\n"
    "            value = self.func(instance)\n"
    "            cache[self.attrname] = value\n"
    "        return value\n";

/* Compile python_source and run it in the module's namespace.  0 / -1. */
static int run_python_part(TyObject *module)
{
    static const char filename[] = "<functools>";
    TyArena *arena = tyArena_new();
    if (!arena)
        return -1;
    TyModuleAST *ast = tyParse_source(arena, python_source, sizeof python_source - 1, filename,
                                      TY_MODE_FILE, NULL);
    TyObject *code = ast ? tyCompile(ast, arena, filename) : NULL;
    tyArena_free(arena);
    if (!code)
        return -1;
    TyObject *d = TY_MODULE_DICT(module);
    TyObject *r = tyVM_evalCode(code, d, d);
    TY_DECREF(code);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* The module (see functools.h): new reference. */
TyObject *tyFunctools_create(void)
{
    if (tyType_ready(&TyPartial_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("functools", functools_functions);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyModule_addObject(m, "partial", (TyObject *)&TyPartial_Type) < 0 ||
        run_python_part(m) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

void tyFunctools_fini(void)
{
    tyType_finiStatic(&TyPartial_Type);
}
