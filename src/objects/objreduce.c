/*
** objreduce.c — object.__reduce_ex__, object.__reduce__ and
** object.__getstate__: how copy and pickle take an instance apart, with
** CPython 3.11's protocol.
**
** __reduce_ex__(protocol) calls a __reduce__ the class overrides;
** otherwise, for protocol 2 and up, it returns
** (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), where
** args come from __getnewargs_ex__ or __getnewargs__ (copyreg.__newobj_ex__
** and (cls, args, kwargs) when there are keyword arguments), state from
** __getstate__, and the iterators from a list's or dict's items; for
** protocols 0 and 1 it defers to copyreg._reduce_ex, as CPython does.
** The default __getstate__ is the instance __dict__ (None when empty)
** and, when __slots__ are set, (dict, {slot: value}).
*/
#include "tally.h"
#include "import.h"
#include "objects/objreduce.h"

/* copyreg.<name>: new reference. */
static TyObject *copyreg_attr(const char *name)
{
    TyObject *copyreg = tyImport_importC("copyreg");
    if (!copyreg)
        return NULL;
    TyObject *v = tyObj_getAttrStr(copyreg, name);
    TY_DECREF(copyreg);
    return v;
}

/* The first type of t's layout chain that no class statement made. */
static TyType *solid_base(TyType *t)
{
    while (t->base && TY_TYPE_HAS(t, TY_TPFLAG_HEAPTYPE))
        t = t->base;
    return t;
}

/* The slot values of obj that are set, as a dict (new reference), from
** copyreg._slotnames(cls); an empty dict when there are none. */
static TyObject *slot_values(TyObject *obj)
{
    TyObject *slotnames_fn = copyreg_attr("_slotnames");
    TyObject *names = slotnames_fn ? tyObj_callOneArg(slotnames_fn, (TyObject *)TY_TYPE(obj)) : NULL;
    TY_XDECREF(slotnames_fn);
    if (!names)
        return NULL;
    TyObject *slots = tyDict_new();
    if (slots && !TY_LIST_CHECK(names)) {
        tyErr_setString(&TyExc_TypeError, "copyreg._slotnames didn't return a list or None");
        TY_CLEAR(slots);
    }
    for (ssize_t i = 0; slots && i < TY_LIST_LEN(names); i++) {
        TyObject *v;
        int has = tyObj_lookupAttr(obj, TY_LIST_GET(names, i), &v);
        if (has > 0) {
            if (tyDict_setItem(slots, TY_LIST_GET(names, i), v) < 0)
                has = -1;
            TY_DECREF(v);
        }
        if (has < 0)
            TY_CLEAR(slots);
    }
    TY_DECREF(names);
    return slots;
}

/*
** The default state of obj: its __dict__ (a copy; None when absent or
** empty), paired with the set slot values when there are any.  With
** `required` (nothing else would rebuild obj), a built-in base with data
** of its own that the state cannot carry is an error.  New reference.
*/
static TyObject *default_state(TyObject *obj, bool required)
{
    TyType *solid = solid_base(TY_TYPE(obj));
    if (required && solid != &TyBaseObject_Type)
        return tyErr_format(&TyExc_TypeError, "cannot pickle '%s' object", tyType_name(TY_TYPE(obj)));
    TyObject *state;
    TyObject *dict;
    int has = tyObj_lookupAttr(obj, TY_ID(__dict__), &dict);
    if (has < 0)
        return NULL;
    if (has && TY_DICT_CHECK(dict) && TY_DICT_LEN(dict) > 0)
        state = tyDict_copy(dict);
    else
        state = TY_NEWREF(TY_NONE);
    TY_XDECREF(dict);
    TyObject *slots = state ? slot_values(obj) : NULL;
    if (!slots) {
        TY_XDECREF(state);
        return NULL;
    }
    if (TY_DICT_LEN(slots) > 0) {
        TyObject *pair = tyTuple_pack(2, state, slots);
        TY_DECREF(state);
        state = pair;
    }
    TY_DECREF(slots);
    return state;
}

TyObject *tyObject_getstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__getstate__", kwnames) < 0 || tyArg_checkPositional("__getstate__", nargs, 0, 0) < 0)
        return NULL;
    return default_state(self, false);
}

/* obj.<method>() when obj's class overrides object's method of that
** name: 1 with *out its result (or -1 when it failed); 0 when the class
** keeps object's. */
static int call_override(TyObject *obj, const char *method, TyObject **out)
{
    TyObject *own = tyType_lookupStr(TY_TYPE(obj), method);
    if (!own || own == tyType_lookupStr(&TyBaseObject_Type, method))
        return 0;
    TyObject *name = tyStr_internC(method);
    *out = name ? tyObj_callMethod(obj, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    return *out ? 1 : -1;
}

/* obj's state for reducing: its own __getstate__ when the class defines
** one, else the default.  New reference. */
static TyObject *get_state(TyObject *obj, bool required)
{
    TyObject *r;
    int overridden = call_override(obj, "__getstate__", &r);
    if (overridden)
        return overridden > 0 ? r : NULL;
    return default_state(obj, required);
}

/* The arguments __new__ needs: *args from __getnewargs_ex__ or
** __getnewargs__ (new references, or NULL when neither exists), *kwargs
** a dict or NULL.  0 / -1. */
static int new_arguments(TyObject *obj, TyObject **args, TyObject **kwargs)
{
    *args = *kwargs = NULL;
    TyObject *name = tyStr_internC("__getnewargs_ex__");
    TyObject *fn = name ? tyObj_lookupSpecial(obj, name) : NULL;
    TY_XDECREF(name);
    if (fn) {
        TyObject *r = tyObj_callNoArgs(fn);
        TY_DECREF(fn);
        if (!r)
            return -1;
        if (!TY_TUPLE_CHECK(r) || TY_TUPLE_LEN(r) != 2) {
            tyErr_format(&TyExc_TypeError, "__getnewargs_ex__ should return a tuple of length 2, not '%s'",
                         TY_TUPLE_CHECK(r) ? "tuple" : TY_TYPE(r)->name);
            TY_DECREF(r);
            return -1;
        }
        TyObject *a = TY_TUPLE_GET(r, 0), *k = TY_TUPLE_GET(r, 1);
        if (!TY_TUPLE_CHECK(a) || !TY_DICT_CHECK(k)) {
            tyErr_format(&TyExc_TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a "
                                           "tuple, not '%s'",
                         TY_TYPE(a)->name);
            TY_DECREF(r);
            return -1;
        }
        *args = TY_NEWREF(a);
        *kwargs = TY_NEWREF(k);
        TY_DECREF(r);
        return 0;
    }
    if (tyErr_occurred())
        return -1;
    name = tyStr_internC("__getnewargs__");
    fn = name ? tyObj_lookupSpecial(obj, name) : NULL;
    TY_XDECREF(name);
    if (!fn)
        return tyErr_occurred() ? -1 : 0;
    TyObject *r = tyObj_callNoArgs(fn);
    TY_DECREF(fn);
    if (r && !TY_TUPLE_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__getnewargs__ should return a tuple, not '%s'", TY_TYPE(r)->name);
        TY_CLEAR(r);
    }
    *args = r;
    return r ? 0 : -1;
}

/* The protocol-2 reduction of obj (see the file comment).  New reference. */
static TyObject *reduce_newobj(TyObject *obj)
{
    TyType *cls = TY_TYPE(obj);
    if (!cls->tp_new)
        return tyErr_format(&TyExc_TypeError, "cannot pickle '%s' object", tyType_name(cls));
    TyObject *args, *kwargs;
    if (new_arguments(obj, &args, &kwargs) < 0)
        return NULL;
    bool hasargs = args != NULL;
    TyObject *newobj, *newargs = NULL;
    if (!kwargs || TY_DICT_LEN(kwargs) == 0) {
        newobj = copyreg_attr("__newobj__");
        ssize_t n = args ? TY_TUPLE_LEN(args) : 0;
        newargs = newobj ? tyTuple_new(n + 1) : NULL;
        if (newargs) {
            TY_TUPLE_SET(newargs, 0, TY_NEWREF(cls));
            for (ssize_t i = 0; i < n; i++)
                TY_TUPLE_SET(newargs, i + 1, TY_NEWREF(TY_TUPLE_GET(args, i)));
        }
    } else {
        newobj = copyreg_attr("__newobj_ex__");
        newargs = newobj ? tyTuple_pack(3, (TyObject *)cls, args, kwargs) : NULL;
    }
    TY_XDECREF(args);
    TY_XDECREF(kwargs);
    bool is_list = TY_LIST_CHECK(obj), is_dict = TY_DICT_CHECK(obj);
    TyObject *state = newargs ? get_state(obj, !(hasargs || is_list || is_dict)) : NULL;
    TyObject *listitems = NULL, *dictitems = NULL;
    if (state)
        listitems = is_list ? tyObj_getIter(obj) : TY_NEWREF(TY_NONE);
    if (listitems && is_dict) {
        TyObject *name = tyStr_internC("items");
        TyObject *items = name ? tyObj_callMethod(obj, name, NULL, 0) : NULL;
        TY_XDECREF(name);
        dictitems = items ? tyObj_getIter(items) : NULL;
        TY_XDECREF(items);
    } else if (listitems) {
        dictitems = TY_NEWREF(TY_NONE);
    }
    TyObject *result = dictitems ? tyTuple_pack(5, newobj, newargs, state, listitems, dictitems) : NULL;
    TY_XDECREF(newobj);
    TY_XDECREF(newargs);
    TY_XDECREF(state);
    TY_XDECREF(listitems);
    TY_XDECREF(dictitems);
    return result;
}

/* The reduction for `protocol`: copyreg._reduce_ex below 2. */
static TyObject *common_reduce(TyObject *self, int64_t protocol)
{
    if (protocol >= 2)
        return reduce_newobj(self);
    TyObject *fn = copyreg_attr("_reduce_ex");
    TyObject *proto = fn ? tyInt_fromI64(protocol) : NULL;
    TyObject *args[2] = { self, proto };
    TyObject *r = proto ? tyObj_call(fn, args, 2, NULL) : NULL;
    TY_XDECREF(fn);
    TY_XDECREF(proto);
    return r;
}

TyObject *tyObject_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    return common_reduce(self, 0);
}

TyObject *tyObject_reduceEx(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce_ex__", kwnames) < 0 || tyArg_checkPositional("__reduce_ex__", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_INT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            TY_TYPE(args[0])->name);
    int64_t protocol = TY_INT_IS_SMALL(args[0]) ? TY_INT_VALUE(args[0]) : 2;
    TyObject *r;
    int overridden = call_override(self, "__reduce__", &r);
    if (overridden)
        return overridden > 0 ? r : NULL;
    return common_reduce(self, protocol);
}

/* set.__reduce__ and frozenset.__reduce__: (type, (list of items,),
** __dict__ or None), as CPython's. */
TyObject *tySet_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *items = tyList_fromIterable(self);
    TyObject *dict = NULL;
    int has = items ? tyObj_lookupAttr(self, TY_ID(__dict__), &dict) : -1;
    TyObject *state = has > 0 ? dict : TY_NEWREF(TY_NONE);
    TyObject *argtuple = has >= 0 ? tyTuple_pack(1, items) : NULL;
    TyObject *r = argtuple ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), argtuple, state) : NULL;
    TY_XDECREF(items);
    if (has >= 0)
        TY_DECREF(state);
    TY_XDECREF(argtuple);
    return r;
}
