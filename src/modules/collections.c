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
#include "parser.h"
#include "compiler.h"
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

static const char python_source[] =
    "from itertools import chain as _chain, repeat as _repeat, starmap as _starmap\n"
    "\n"
    "_KEYWORDS = frozenset((\n"
    "    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',\n"
    "    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',\n"
    "    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',\n"
    "    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))\n"
    "\n"
    "# Objects whose repr is being computed, by id: a container that holds\n"
    "# itself prints \"...\" the second time round.\n"
    "_repr_running = set()\n"
    "\n"
    "\n"
    "def _by_count(item):\n"
    "    return item[1]\n"
    "\n"
    "\n"
    "class Counter(dict):\n"
    "    '''Dict subclass for counting hashable items: missing elements count 0.'''\n"
    "\n"
    "    def __init__(self, iterable=None, /, **kwds):\n"
    "        super().__init__()\n"
    "        self.update(iterable, **kwds)\n"
    "\n"
    "    def __missing__(self, key):\n"
    "        return 0\n"
    "\n"
    "    def total(self):\n"
    "        'Sum of the counts'\n"
    "        return sum(self.values())\n"
    "\n"
    "    def most_common(self, n=None):\n"
    "        '''List the n most common elements and their counts, most common\n"
    "        first; elements with equal counts keep their insertion order.'''\n"
    "        ranked = sorted(self.items(), key=_by_count, reverse=True)\n"
    "        if n is None:\n"
    "            return ranked\n"
    "        if n <= 0:\n"
    "            return []\n"
    "        return ranked[:n]\n"
    "\n"
    "    def elements(self):\n"
    "        '''Iterator over the elements, each repeated as often as its count\n"
    "        (elements with a count below one are left out).'''\n"
    "        return _chain.from_iterable(_starmap(_repeat, self.items()))\n"
    "\n"
    "    @classmethod\n"
    "    def fromkeys(cls, iterable, v=None):\n"
    "        raise NotImplementedError(\n"
    "            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')\n"
    "\n"
    "    def update(self, iterable=None, /, **kwds):\n"
    "        '''Add counts from an iterable of elements or from a mapping of\n"
    "        counts, then from the keyword arguments.'''\n"
    "        if iterable is not None:\n"
    "            if isinstance(iterable, dict):\n"
    "                if self:\n"
    "                    get = self.get\n"
    "                    for elem, count in iterable.items():\n"
    "                        self[elem] = count + get(elem, 0)\n"
    "                else:\n"
    "                    dict.update(self, iterable)\n"
    "            else:\n"
    "                get = self.get\n"
    "                for elem in iterable:\n"
    "                    self[elem] = get(elem, 0) + 1\n"
    "        if kwds:\n"
    "            self.update(kwds)\n"
    "\n"
    "    def subtract(self, iterable=None, /, **kwds):\n"
    "        '''Subtract counts from an iterable of elements or from a mapping\n"
    "        of counts; counts may become zero or negative.'''\n"
    "        if iterable is not None:\n"
    "            get = self.get\n"
    "            if isinstance(iterable, dict):\n"
    "                for elem, count in iterable.items():\n"
    "                    self[elem] = get(elem, 0) - count\n"
    "            else:\n"
    "                for elem in iterable:\n"
    "                    self[elem] = get(elem, 0) - 1\n"
    "        if kwds:\n"
    "            self.subtract(kwds)\n"
    "\n"
    "    def copy(self):\n"
    "        'Return a shallow copy.'\n"
    "        return self.__class__(self)\n"
    "\n"
    "    def __delitem__(self, elem):\n"
    "        'Like dict.__delitem__() but does not raise KeyError for missing values.'\n"
    "        if elem in self:\n"
    "            super().__delitem__(elem)\n"
    "\n"
    "    def __repr__(self):\n"
    "        name = self.__class__.__name__\n"
    "        if not self:\n"
    "            return f'{name}()'\n"
    "        try:\n"
    "            shown = dict(self.most_common())\n"
    "        except TypeError:\n"
    "            # Counts that cannot be ordered are shown in insertion order.\n"
    "            shown = dict(self)\n"
    "        return f'{name}({shown!r})'\n"
    "\n"
    "    def __eq__(self, other):\n"
    "        'True if all counts agree. Missing counts are treated as zero.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return all(self[e] == other[e] for c in (self, other) for e in c)\n"
    "\n"
    "    def __ne__(self, other):\n"
    "        'True if any counts disagree. Missing counts are treated as zero.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return not self == other\n"
    "\n"
    "    def __le__(self, other):\n"
    "        'True if all counts in self are a subset of those in other.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return all(self[e] <= other[e] for c in (self, other) for e in c)\n"
    "\n"
    "    def __lt__(self, other):\n"
    "        'True if all counts in self are a proper subset of those in other.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return self <= other and self != other\n"
    "\n"
    "    def __ge__(self, other):\n"
    "        'True if all counts in self are a superset of those in other.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return all(self[e] >= other[e] for c in (self, other) for e in c)\n"
    "\n"
    "    def __gt__(self, other):\n"
    "        'True if all counts in self are a proper superset of those in other.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return self >= other and self != other\n"
    "\n"
    "    # The binary operators build a plain Counter holding only the positive\n"
    "    # results: first the elements of self in order, then those only other has.\n"
    "    def _combine(self, other, pick):\n"
    "        result = Counter()\n"
    "        for elem, count in self.items():\n"
    "            n = pick(count, other[elem])\n"
    "            if n > 0:\n"
    "                result[elem] = n\n"
    "        for elem, count in other.items():\n"
    "            if elem not in self:\n"
    "                n = pick(0, count)\n"
    "                if n > 0:\n"
    "                    result[elem] = n\n"
    "        return result\n"
    "\n"
    "    def __add__(self, other):\n"
    "        'Add counts from two counters.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return self._combine(other, lambda a, b: a + b)\n"
    "\n"
    "    def __sub__(self, other):\n"
    "        'Subtract count, but keep only results with positive counts.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return self._combine(other, lambda a, b: a - b)\n"
    "\n"
    "    def __or__(self, other):\n"
    "        'Union is the maximum of value in either of the input counters.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        return self._combine(other, lambda a, b: b if a < b else a)\n"
    "\n"
    "    def __and__(self, other):\n"
    "        'Intersection is the minimum of corresponding counts.'\n"
    "        if not isinstance(other, Counter):\n"
    "            return NotImplemented\n"
    "        result = Counter()\n"
    "        for elem, count in self.items():\n"
    "            other_count = other[elem]\n"
    "            n = count if count < other_count else other_count\n"
    "            if n > 0:\n"
    "                result[elem] = n\n"
    "        return result\n"
    "\n"
    "    def __pos__(self):\n"
    "        'Adds an empty counter, effectively stripping negative and zero counts'\n"
    "        result = Counter()\n"
    "        for elem, count in self.items():\n"
    "            if count > 0:\n"
    "                result[elem] = count\n"
    "        return result\n"
    "\n"
    "    def __neg__(self):\n"
    "        '''Subtracts from an empty counter.  Strips positive and zero counts,\n"
    "        and flips the sign on negative counts.'''\n"
    "        result = Counter()\n"
    "        for elem, count in self.items():\n"
    "            if count < 0:\n"
    "                result[elem] = 0 - count\n"
    "        return result\n"
    "\n"
    "    def _keep_positive(self):\n"
    "        for elem in [e for e, count in self.items() if not count > 0]:\n"
    "            del self[elem]\n"
    "        return self\n"
    "\n"
    "    def __iadd__(self, other):\n"
    "        'Inplace add from another counter, keeping only positive counts.'\n"
    "        for elem, count in other.items():\n"
    "            self[elem] += count\n"
    "        return self._keep_positive()\n"
    "\n"
    "    def __isub__(self, other):\n"
    "        'Inplace subtract counter, but keep only results with positive counts.'\n"
    "        for elem, count in other.items():\n"
    "            self[elem] -= count\n"
    "        return self._keep_positive()\n"
    "\n"
    "    def __ior__(self, other):\n"
    "        'Inplace union is the maximum of value from either counter.'\n"
    "        for elem, other_count in other.items():\n"
    "            if other_count > self[elem]:\n"
    "                self[elem] = other_count\n"
    "        return self._keep_positive()\n"
    "\n"
    "    def __iand__(self, other):\n"
    "        'Inplace intersection is the minimum of corresponding counts.'\n"
    "        for elem, count in self.items():\n"
    "            other_count = other[elem]\n"
    "            if other_count < count:\n"
    "                self[elem] = other_count\n"
    "        return self._keep_positive()\n"
    "\n"
    "\n"
    "class OrderedDict(dict):\n"
    "    '''Dictionary that remembers insertion order, can move keys to either\n"
    "    end and compares order-sensitively with another OrderedDict.'''\n"
    "\n"
    "    def move_to_end(self, key, last=True):\n"
    "        '''Move an existing element to the end (or beginning if last is false).\n"
    "        Raise KeyError if the element does not exist.'''\n"
    "        value = dict.pop(self, key)\n"
    "        if last:\n"
    "            dict.__setitem__(self, key, value)\n"
    "        else:\n"
    "            rest = list(dict.items(self))\n"
    "            dict.clear(self)\n"
    "            dict.__setitem__(self, key, value)\n"
    "            dict.update(self, rest)\n"
    "\n"
    "    def popitem(self, last=True):\n"
    "        '''Remove and return a (key, value) pair from the dictionary.\n"
    "        Pairs are returned in LIFO order if last is true or FIFO order if false.'''\n"
    "        if not self:\n"
    "            raise KeyError('dictionary is empty')\n"
    "        key = next(reversed(self)) if last else next(iter(self))\n"
    "        return key, dict.pop(self, key)\n"
    "\n"
    "    def copy(self):\n"
    "        'od.copy() -> a shallow copy of od'\n"
    "        return self.__class__(self)\n"
    "\n"
    "    def __repr__(self):\n"
    "        name = self.__class__.__name__\n"
    "        if not self:\n"
    "            return f'{name}()'\n"
    "        key = id(self)\n"
    "        if key in _repr_running:\n"
    "            return '...'\n"
    "        _repr_running.add(key)\n"
    "        try:\n"
    "            return f'{name}({list(self.items())!r})'\n"
    "        finally:\n"
    "            _repr_running.discard(key)\n"
    "\n"
    "    def __eq__(self, other):\n"
    "        if isinstance(other, OrderedDict):\n"
    "            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))\n"
    "        return dict.__eq__(self, other)\n"
    "\n"
    "    def __ne__(self, other):\n"
    "        equal = self.__eq__(other)\n"
    "        return equal if equal is NotImplemented else not equal\n"
    "\n"
    "    def __or__(self, other):\n"
    "        if not isinstance(other, dict):\n"
    "            return NotImplemented\n"
    "        result = self.__class__(self)\n"
    "        result.update(other)\n"
    "        return result\n"
    "\n"
    "    def __ror__(self, other):\n"
    "        if not isinstance(other, dict):\n"
    "            return NotImplemented\n"
    "        result = self.__class__(other)\n"
    "        result.update(self)\n"
    "        return result\n"
    "\n"
    "\n"
    "class _tuplegetter:\n"
    "    '''The descriptor of one namedtuple field: item `index` of the tuple,\n"
    "    read-only.'''\n"
    "\n"
    "    def __init__(self, index, doc):\n"
    "        self._index = index\n"
    "        self.__doc__ = doc\n"
    "\n"
    "    def __get__(self, instance, owner=None):\n"
    "        if instance is None:\n"
    "            return self\n"
    "        if not isinstance(instance, tuple):\n"
    "            raise TypeError(f\"descriptor for index '{self._index}' for tuple subclasses \"\n"
    "                            f\"doesn't apply to '{type(instance).__name__}' object\")\n"
    "        return tuple.__getitem__(instance, self._index)\n"
    "\n"
    "    def __set__(self, instance, value):\n"
    "        raise AttributeError(\"can't set attribute\")\n"
    "\n"
    "    def __delete__(self, instance):\n"
    "        raise AttributeError(\"can't delete attribute\")\n"
    "\n"
    "\n"
    "def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):\n"
    "    '''Returns a new subclass of tuple with named fields.'''\n"
    "    if isinstance(field_names, str):\n"
    "        field_names = field_names.replace(',', ' ').split()\n"
    "    field_names = [str(name) for name in field_names]\n"
    "    typename = str(typename)\n"
    "    if rename:\n"
    "        seen = set()\n"
    "        for index, name in enumerate(field_names):\n"
    "            if (not name.isidentifier() or name in _KEYWORDS\n"
    "                    or name.startswith('_') or name in seen):\n"
    "                field_names[index] = f'_{index}'\n"
    "            seen.add(name)\n"
    "    for name in [typename] + field_names:\n"
    "        if type(name) is not str:\n"
    "            raise TypeError('Type names and field names must be strings')\n"
    "        if not name.isidentifier():\n"
    "            raise ValueError('Type names and field names must be valid '\n"
    "                             f'identifiers: {name!r}')\n"
    "        if name in _KEYWORDS:\n"
    "            raise ValueError('Type names and field names cannot be a '\n"
    "                             f'keyword: {name!r}')\n"
    "    seen = set()\n"
    "    for name in field_names:\n"
    "        if name.startswith('_') and not rename:\n"
    "            raise ValueError('Field names cannot start with an underscore: '\n"
    "                             f'{name!r}')\n"
    "        if name in seen:\n"
    "            raise ValueError(f'Encountered duplicate field name: {name!r}')\n"
    "        seen.add(name)\n"
    "\n"
    "    field_defaults = {}\n"
    "    if defaults is not None:\n"
    "        defaults = tuple(defaults)\n"
    "        if len(defaults) > len(field_names):\n"
    "            raise TypeError('Got more default values than field names')\n"
    "        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):\n"
    "            field_defaults[name] = value\n"
    "\n"
    "    fields = tuple(field_names)\n"
    "    num_fields = len(fields)\n"
    "    arg_list = ', '.join(fields)\n"
    "    if num_fields == 1:\n"
    "        arg_list += ','\n"
    "    tuple_new = tuple.__new__\n"
    "\n"
    "    # __new__ is compiled so that its parameters are the field names.\n"
    "    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))',\n"
    "                   {'_tuple_new': tuple_new, '__builtins__': {},\n"
    "                    '__name__': f'namedtuple_{typename}'})\n"
    "    __new__.__name__ = '__new__'\n"
    "    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'\n"
    "    if defaults is not None:\n"
    "        __new__.__defaults__ = defaults\n"
    "\n"
    "    @classmethod\n"
    "    def _make(cls, iterable):\n"
    "        result = tuple_new(cls, iterable)\n"
    "        if len(result) != num_fields:\n"
    "            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')\n"
    "        return result\n"
    "\n"
    "    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '\n"
    "                              'or iterable')\n"
    "\n"
    "    def _replace(self, /, **kwds):\n"
    "        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])\n"
    "        if kwds:\n"
    "            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')\n"
    "        return result\n"
    "\n"
    "    _replace.__doc__ = (f'Return a new {typename} object replacing specified '\n"
    "                        'fields with new values')\n"
    "\n"
    "    def __repr__(self):\n"
    "        'Return a nicely formatted representation string'\n"
    "        return self.__class__.__name__ + '(' + ', '.join(\n"
    "            f'{name}={value!r}' for name, value in zip(fields, self)) + ')'\n"
    "\n"
    "    def _asdict(self):\n"
    "        'Return a new dict which maps field names to their values.'\n"
    "        return dict(zip(self._fields, self))\n"
    "\n"
    "    def __getnewargs__(self):\n"
    "        'Return self as a plain tuple.  Used by copy and pickle.'\n"
    "        return tuple(self)\n"
    "\n"
    "    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):\n"
    "        method.__qualname__ = f'{typename}.{method.__name__}'\n"
    "\n"
    "    namespace = {\n"
    "        '__doc__': f'{typename}({arg_list})',\n"
    "        '__slots__': (),\n"
    "        '_fields': fields,\n"
    "        '_field_defaults': field_defaults,\n"
    "        '__new__': __new__,\n"
    "        '_make': _make,\n"
    "        '_replace': _replace,\n"
    "        '__repr__': __repr__,\n"
    "        '_asdict': _asdict,\n"
    "        '__getnewargs__': __getnewargs__,\n"
    "        '__match_args__': fields,\n"
    "    }\n"
    "    for index, name in enumerate(fields):\n"
    "        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')\n"
    "    result = type(typename, (tuple,), namespace)\n"
    "    if module is None:\n"
    "        module = _caller_module()\n"
    "    if module is not None:\n"
    "        result.__module__ = module\n"
    "    return result\n";

/* Compile python_source and run it in the module's namespace.  0 / -1. */
static int run_python_part(TyObject *module)
{
    static const char filename[] = "<collections>";
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
        run_python_part(m) < 0) {
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
