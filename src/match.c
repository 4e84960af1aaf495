/*
** match.c — the run-time half of match statements: the lookups behind the
** MATCH_KEYS and MATCH_CLASS instructions.  The compiler does the rest
** with ordinary instructions (see compile_match in compiler.c).
*/
#include "tally.h"
#include "match.h"
#include "objects/set.h"

TyObject *tyMatch_keys(TyObject *subject, TyObject *keys)
{
    ssize_t n = TY_TUPLE_LEN(keys);
    if (n == 0)
        return tyTuple_new(0);
    TyObject *get = tyObj_getAttrStr(subject, "get");
    TyObject *seen = get ? tySet_new(NULL) : NULL;
    TyObject *dummy = seen ? tyObj_callNoArgs((TyObject *)&TyBaseObject_Type) : NULL;
    TyObject *values = dummy ? tyTuple_new(n) : NULL;
    if (!values)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        TyObject *key = TY_TUPLE_GET(keys, i);
        int dup = tySet_contains(seen, key);
        if (dup == 0)
            dup = tySet_add(seen, key);
        if (dup != 0) {
            if (dup > 0)
                tyErr_format(&TyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        TyObject *args[2] = { key, dummy };
        TyObject *value = tyObj_call(get, args, 2, NULL);
        if (!value)
            goto fail;
        if (value == dummy) {
            TY_DECREF(value);
            TY_SETREF(values, TY_NEWREF(TY_NONE));
            break;
        }
        TY_TUPLE_SET(values, i, value);
    }
    TY_DECREF(get);
    TY_DECREF(seen);
    TY_DECREF(dummy);
    return values;
fail:
    TY_XDECREF(get);
    TY_XDECREF(seen);
    TY_XDECREF(dummy);
    TY_XDECREF(values);
    return NULL;
}

/* subject.name for a sub-pattern of a class pattern, each name once: a new
** reference; NULL without an exception when there is no such attribute. */
static TyObject *class_attr(TyObject *subject, TyType *cls, TyObject *name, TyObject *seen)
{
    int dup = tySet_contains(seen, name);
    if (dup == 0)
        dup = tySet_add(seen, name);
    if (dup != 0) {
        if (dup > 0)
            tyErr_format(&TyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                         tyType_name(cls), name);
        return NULL;
    }
    TyObject *attr;
    if (tyObj_lookupAttr(subject, name, &attr) < 0)
        return NULL;
    return attr;
}

/* The names of the positional sub-patterns: cls.__match_args__, or an
** empty tuple with *self set when cls has none but matches itself.  New
** reference, or NULL with an exception. */
static TyObject *match_args(TyType *cls, bool *self)
{
    TyObject *args, *name = tyStr_internC("__match_args__");
    *self = false;
    if (!name)
        return NULL;
    int found = tyObj_lookupAttr((TyObject *)cls, name, &args);
    TY_DECREF(name);
    if (found < 0)
        return NULL;
    if (!args) {
        *self = TY_TYPE_HAS(cls, TY_TPFLAG_MATCH_SELF);
        return tyTuple_new(0);
    }
    if (!TY_TUPLE_CHECK_EXACT(args)) {
        tyErr_format(&TyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                     tyType_name(cls), tyType_name(TY_TYPE(args)));
        TY_DECREF(args);
        return NULL;
    }
    return args;
}

TyObject *tyMatch_class(TyObject *subject, TyObject *clsobj, ssize_t nargs, TyObject *kwnames)
{
    if (!TY_IS_INSTANCE(clsobj, &TyType_Type))
        return tyErr_setString(&TyExc_TypeError, "called match pattern must be a type");
    TyType *cls = (TyType *)clsobj;
    int is = tyObj_isInstance(subject, clsobj);
    if (is <= 0)
        return NULL;
    TyObject *seen = tySet_new(NULL);
    TyObject *attrs = seen ? tyList_new(0) : NULL;
    TyObject *names = NULL;
    if (!attrs)
        goto fail;
    if (nargs) {
        bool self;
        names = match_args(cls, &self);
        if (!names)
            goto fail;
        ssize_t allowed = self ? 1 : TY_TUPLE_LEN(names);
        if (allowed < nargs) {
            tyErr_format(&TyExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                         tyType_name(cls), allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (self && tyList_append(attrs, subject) < 0)
            goto fail;
        for (ssize_t i = 0; !self && i < nargs; i++) {
            TyObject *name = TY_TUPLE_GET(names, i);
            if (TY_TYPE(name) != &TyStr_Type) {
                tyErr_format(&TyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                             tyType_name(TY_TYPE(name)));
                goto fail;
            }
            TyObject *attr = class_attr(subject, cls, name, seen);
            if (!attr || tyList_append(attrs, attr) < 0) {
                TY_XDECREF(attr);
                goto fail;
            }
            TY_DECREF(attr);
        }
    }
    for (ssize_t i = 0; i < TY_TUPLE_LEN(kwnames); i++) {
        TyObject *attr = class_attr(subject, cls, TY_TUPLE_GET(kwnames, i), seen);
        if (!attr || tyList_append(attrs, attr) < 0) {
            TY_XDECREF(attr);
            goto fail;
        }
        TY_DECREF(attr);
    }
    TyObject *result = tyList_asTuple(attrs);
    TY_XDECREF(names);
    TY_DECREF(seen);
    TY_DECREF(attrs);
    return result;
fail:
    TY_XDECREF(names);
    TY_XDECREF(seen);
    TY_XDECREF(attrs);
    return NULL;
}
