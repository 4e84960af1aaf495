/*
** objreduce.c — object.__reduce_ex__, object.__reduce__ and
** object.__getstate__: the defaults of the protocol copy and pickle use to
** take an object apart, with CPython 3.11's results and messages.
**
** Protocol 2 and later give (copyreg.__newobj__, (cls, *args), state,
** listitems, dictitems); older protocols are copyreg._reduce_ex's, written
** in Python, as in CPython.  A class that defines __reduce__ gets that.
*/
#include "tally.h"
#include "import.h"
#include "objects/class.h"
#include "objects/objreduce.h"

/* copyreg.<name>: new reference. */
static TyObject *copyreg_attr(const char *name)
{
    TyObject *copyreg = tyImport_importC("copyreg");
    if (!copyreg)
        return NULL;
    TyObject *r = tyObj_getAttrStr(copyreg, name);
    TY_DECREF(copyreg);
    return r;
}

/* The names of cls's slots, as copyreg._slotnames gives them (and caches
** in cls.__slotnames__): a list, or None.  New reference. */
static TyObject *slot_names(TyType *cls)
{
    TyObject *names = cls->dict ? tyDict_getItemStr(cls->dict, "__slotnames__") : NULL;
    if (names) {
        if (!TY_LIST_CHECK(names) && names != TY_NONE)
            return tyErr_format(&TyExc_TypeError, "%s.__slotnames__ should be a list or None, not %s",
                                tyType_name(cls), tyType_name(TY_TYPE(names)));
        return TY_NEWREF(names);
    }
    if (tyErr_occurred())
        return NULL;
    TyObject *fn = copyreg_attr("_slotnames");
    if (!fn)
        return NULL;
    names = tyObj_callOneArg(fn, (TyObject *)cls);
    TY_DECREF(fn);
    if (names && !TY_LIST_CHECK(names) && names != TY_NONE) {
        TY_DECREF(names);
        return tyErr_setString(&TyExc_TypeError, "copyreg._slotnames didn't return a list or None");
    }
    return names;
}

/* The instance __dict__ when it holds anything, else None: new reference. */
static TyObject *instance_dict_state(TyObject *obj)
{
    if (!tyObj_dictPtr(obj) && !TY_TYPE(obj)->valuesoffset)
        return TY_NEWREF(TY_NONE);
    TyObject *d;
    if (tyObj_lookupAttr(obj, TY_ID(__dict__), &d) < 0)
        return NULL;
    if (!d || (TY_DICT_CHECK(d) && TY_DICT_LEN(d) == 0)) {
        TY_XDECREF(d);
        return TY_NEWREF(TY_NONE);
    }
    return d;
}

/*
** object.__getstate__'s own result: the instance dict (or None), paired
** with a dict of the slots that hold a value.  `required` (no arguments
** to __new__ will rebuild the object) refuses objects with state in C
** fields that neither would carry.  New reference.
*/
static TyObject *default_state(TyObject *obj, bool required)
{
    TyType *cls = TY_TYPE(obj);
    if (required && cls->itemsize)
        return tyErr_format(&TyExc_TypeError, "cannot pickle %s objects", tyType_name(cls));
    TyObject *state = instance_dict_state(obj);
    if (!state)
        return NULL;
    TyObject *names = slot_names(cls);
    if (!names)
        goto fail;
    TyType *solid = tyClass_solidBase(cls);
    if (required && solid != &TyBaseObject_Type && !(solid->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot pickle '%s' object", tyType_name(cls));
        goto fail;
    }
    if (names != TY_NONE && TY_LIST_LEN(names) > 0) {
        TyObject *slots = tyDict_new();
        if (!slots)
            goto fail;
        for (ssize_t i = 0; i < TY_LIST_LEN(names); i++) {
            TyObject *name = TY_NEWREF(TY_LIST_GET(names, i)), *value;
            int found = tyObj_lookupAttr(obj, name, &value);
            int r = found > 0 ? tyDict_setItem(slots, name, value) : found;
            TY_DECREF(name);
            if (found > 0)
                TY_DECREF(value);
            if (r < 0) {
                TY_DECREF(slots);
                goto fail;
            }
        }
        if (TY_DICT_LEN(slots) > 0) {
            TyObject *pair = tyTuple_pack(2, state, slots);
            TY_SETREF(state, pair);
        }
        TY_DECREF(slots);
        if (!state)
            goto fail;
    }
    TY_DECREF(names);
    return state;
fail:
    TY_XDECREF(names);
    TY_DECREF(state);
    return NULL;
}

/* A method that takes no arguments: 0, or -1 with TypeError. */
static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

TyObject *tyObjReduce_getstate(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (no_args("object.__getstate__", nargs, kwnames) < 0)
        return NULL;
    return default_state(self, false);
}

/* obj.__getstate__(), or the default state without a call when obj's
** class keeps object's. */
static TyObject *get_state(TyObject *obj, bool required)
{
    TyObject *mine = tyDict_getItemStr(TyBaseObject_Type.dict, "__getstate__");
    if (tyType_lookupStr(TY_TYPE(obj), "__getstate__") == mine)
        return default_state(obj, required);
    TyObject *fn = tyObj_getAttrStr(obj, "__getstate__");
    if (!fn)
        return NULL;
    TyObject *state = tyObj_callNoArgs(fn);
    TY_DECREF(fn);
    return state;
}

/* obj.<name>() when obj's class has that special method, which must
** return a tuple: 1 with *out the tuple (new reference), 0 when there is
** no such method, -1 with an exception. */
static int call_for_tuple(TyObject *obj, const char *name, TyObject **out)
{
    *out = NULL;
    TyObject *key = tyStr_internC(name);
    if (!key)
        return -1;
    TyObject *fn = tyObj_lookupSpecial(obj, key);
    TY_DECREF(key);
    if (!fn)
        return tyErr_occurred() ? -1 : 0;
    TyObject *r = tyObj_callNoArgs(fn);
    TY_DECREF(fn);
    if (!r)
        return -1;
    if (!TY_TUPLE_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "%s should return a tuple, not '%s'", name,
                     tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return -1;
    }
    *out = r;
    return 1;
}

/* The arguments __new__ needs to rebuild obj, from __getnewargs_ex__ or
** __getnewargs__: *args and *kwargs new references or NULL (neither
** method).  0 / -1. */
static int new_arguments(TyObject *obj, TyObject **args, TyObject **kwargs)
{
    TyObject *r;
    *args = *kwargs = NULL;
    int found = call_for_tuple(obj, "__getnewargs_ex__", &r);
    if (found < 0)
        return -1;
    if (found) {
        if (TY_TUPLE_LEN(r) != 2) {
            tyErr_format(&TyExc_TypeError,
                         "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                         TY_TUPLE_LEN(r));
        } else if (!TY_TUPLE_CHECK(TY_TUPLE_GET(r, 0))) {
            tyErr_format(&TyExc_TypeError,
                         "first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                         "not '%s'", tyType_name(TY_TYPE(TY_TUPLE_GET(r, 0))));
        } else if (!TY_DICT_CHECK(TY_TUPLE_GET(r, 1))) {
            tyErr_format(&TyExc_TypeError,
                         "second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                         "not '%s'", tyType_name(TY_TYPE(TY_TUPLE_GET(r, 1))));
        } else {
            *args = TY_NEWREF(TY_TUPLE_GET(r, 0));
            *kwargs = TY_NEWREF(TY_TUPLE_GET(r, 1));
        }
        TY_DECREF(r);
        return *args ? 0 : -1;
    }
    return call_for_tuple(obj, "__getnewargs__", args) < 0 ? -1 : 0;
}

/* iter(what), or None when obj is not an instance of `kind`: new reference. */
static TyObject *items_iter(TyObject *obj, bool is_kind, bool dict_items)
{
    if (!is_kind)
        return TY_NEWREF(TY_NONE);
    if (!dict_items)
        return tyObj_getIter(obj);
    TyObject *items = tyObj_callMethod(obj, TY_ID(items), NULL, 0);
    if (!items)
        return NULL;
    TyObject *it = tyObj_getIter(items);
    TY_DECREF(items);
    return it;
}

/* The protocol 2 reduction: (copyreg.__newobj__, (cls, *args), state,
** listitems, dictitems), or __newobj_ex__ with keyword arguments. */
static TyObject *reduce_newobj(TyObject *obj)
{
    TyType *cls = TY_TYPE(obj);
    if (!cls->tp_new)
        return tyErr_format(&TyExc_TypeError, "cannot pickle '%s' object", tyType_name(cls));
    TyObject *args, *kwargs;
    if (new_arguments(obj, &args, &kwargs) < 0)
        return NULL;
    bool hasargs = args != NULL;
    TyObject *newobj = NULL, *newargs = NULL, *state = NULL, *list_it = NULL, *dict_it = NULL;
    TyObject *result = NULL;
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
    if (!newargs)
        goto done;
    bool is_list = TY_LIST_CHECK(obj), is_dict = TY_DICT_CHECK(obj);
    state = get_state(obj, !(hasargs || is_list || is_dict));
    list_it = state ? items_iter(obj, is_list, false) : NULL;
    dict_it = list_it ? items_iter(obj, is_dict, true) : NULL;
    if (dict_it)
        result = tyTuple_pack(5, newobj, newargs, state, list_it, dict_it);
done:
    TY_XDECREF(args);
    TY_XDECREF(kwargs);
    TY_XDECREF(newobj);
    TY_XDECREF(newargs);
    TY_XDECREF(state);
    TY_XDECREF(list_it);
    TY_XDECREF(dict_it);
    return result;
}

/* The reduction object's own methods give for `protocol`. */
static TyObject *common_reduce(TyObject *self, int64_t protocol)
{
    if (protocol >= 2)
        return reduce_newobj(self);
    TyObject *fn = copyreg_attr("_reduce_ex");
    if (!fn)
        return NULL;
    TyObject *proto = tyInt_fromI64(protocol);
    TyObject *argv[2] = { self, proto };
    TyObject *r = proto ? tyObj_call(fn, argv, 2, NULL) : NULL;
    TY_XDECREF(proto);
    TY_DECREF(fn);
    return r;
}

TyObject *tyObjReduce_reduce(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (no_args("object.__reduce__", nargs, kwnames) < 0)
        return NULL;
    return common_reduce(self, 0);
}

TyObject *tyObjReduce_reduceEx(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("object.__reduce_ex__", kwnames) < 0 ||
        tyArg_checkPositional("object.__reduce_ex__", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_INT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            tyType_name(TY_TYPE(args[0])));
    if (!TY_INT_IS_SMALL(args[0]))
        return tyArg_tooLarge("int");
    int64_t protocol = TY_INT_VALUE(args[0]);
    /* a class's own __reduce__ wins */
    TyObject *mine = tyDict_getItemStr(TyBaseObject_Type.dict, "__reduce__");
    TyObject *found = tyType_lookupStr(TY_TYPE(self), "__reduce__");
    if (found && found != mine) {
        TyObject *fn = tyObj_getAttrStr(self, "__reduce__");
        if (!fn)
            return NULL;
        TyObject *r = tyObj_callNoArgs(fn);
        TY_DECREF(fn);
        return r;
    }
    return common_reduce(self, protocol);
}

TyObject *tyObjReduce_asGetattr(TyObject *obj, TyObject *name)
{
    TyObject *getattr_fn = tyDict_getItemStr(ty_state.builtins, "getattr");
    if (!getattr_fn)
        return tyErr_setString(&TyExc_RuntimeError, "lost builtins.getattr");
    TyObject *inner = tyTuple_pack(2, obj, name);
    TyObject *r = inner ? tyTuple_pack(2, getattr_fn, inner) : NULL;
    TY_XDECREF(inner);
    return r;
}

/* getattr(o.ATTR, o.__name__) for __reduce__ called with no arguments. */
static TyObject *reduce_attr_of(TyObject *o, const char *attr, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *owner = tyObj_getAttrStr(o, attr);
    TyObject *name = owner ? tyObj_getAttr(o, TY_ID(__name__)) : NULL;
    TyObject *r = name ? tyObjReduce_asGetattr(owner, name) : NULL;
    TY_XDECREF(owner);
    TY_XDECREF(name);
    return r;
}

TyObject *tyObjReduce_boundMethod(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return reduce_attr_of(o, "__self__", nargs, kwnames);
}

TyObject *tyObjReduce_descriptor(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return reduce_attr_of(o, "__objclass__", nargs, kwnames);
}
