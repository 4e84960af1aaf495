/*
** marshalmodule.c — the `marshal` module over tally's own serial format
** (src/marshal.c, the one the compiled-code cache writes): dumps/loads,
** dump/load of None, bools, Ellipsis, int, float, complex, str, bytes,
** tuple, frozenset, list, set, dict and code objects.  The bytes are not
** CPython's (a CPython .pyc holds CPython bytecode, which tally cannot run
** anyway), so data CPython wrote does not load, and the one value
** CPython's format has and tally's has not (StopIteration) raises
** ValueError("unmarshallable object").
*/
#include "tally.h"
#include "marshal.h"
#include "modules/marshalmodule.h"

/* The value's bytes; ValueError for a value the format has no tag for.
** New reference. */
static TyObject *dump_value(TyObject *value)
{
    TyObject *b = tyMarshal_dump(value);
    if (b == TY_NONE) {
        TY_DECREF(b);
        return tyErr_setString(&TyExc_ValueError, "unmarshallable object");
    }
    return b;
}

/* file.<method>(*args): new reference. */
static TyObject *call_method(TyObject *file, const char *method, TyObject *const *args, size_t nargs)
{
    TyObject *name = tyStr_internC(method);
    TyObject *r = name ? tyObj_callMethod(file, name, args, nargs) : NULL;
    TY_XDECREF(name);
    return r;
}

/* dumps(value, version=4, /): version is accepted and ignored (the
** format has one version). */
static TyObject *m_dumps(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("dumps", kwnames) < 0 || tyArg_checkCount("dumps", nargs, 1, 2) < 0)
        return NULL;
    return dump_value(args[0]);
}

/* loads(bytes, /): the value; extra bytes after it are ignored, as
** CPython's loads ignores them. */
static TyObject *m_loads(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("loads", kwnames) < 0 || tyArg_checkCount("loads", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_BYTES_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%s'",
                            tyType_name(TY_TYPE(args[0])));
    size_t used;
    return tyMarshal_load(TY_BYTES_DATA(args[0]), (size_t)TY_BYTES_LEN(args[0]), &used);
}

/* dump(value, file, version=4, /): file.write(dumps(value)). */
static TyObject *m_dump(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("dump", kwnames) < 0 || tyArg_checkCount("dump", nargs, 2, 3) < 0)
        return NULL;
    TyObject *b = dump_value(args[0]);
    if (!b)
        return NULL;
    TyObject *r = call_method(args[1], "write", &b, 1);
    TY_DECREF(b);
    TY_XDECREF(r);
    return r ? tyNone_new() : NULL;
}

/* load(file, /): one value read from file, leaving the file just after
** it (the rest is read and given back with a relative seek). */
static TyObject *m_load(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("load", kwnames) < 0 || tyArg_checkCount("load", nargs, 1, 1) < 0)
        return NULL;
    TyObject *data = call_method(args[0], "read", NULL, 0);
    if (!data)
        return NULL;
    if (!TY_BYTES_CHECK(data)) {
        tyErr_format(&TyExc_TypeError, "file.read() returned not bytes but %s", tyType_name(TY_TYPE(data)));
        TY_DECREF(data);
        return NULL;
    }
    size_t used;
    TyObject *v = tyMarshal_load(TY_BYTES_DATA(data), (size_t)TY_BYTES_LEN(data), &used);
    size_t rest = (size_t)TY_BYTES_LEN(data) - used;
    TY_DECREF(data);
    if (v && rest) {
        TyObject *sargs[2] = { tyInt_fromI64(-(int64_t)rest), tyInt_fromI64(1) };
        TyObject *r = sargs[0] && sargs[1] ? call_method(args[0], "seek", sargs, 2)
                                           : NULL;
        TY_XDECREF(sargs[0]);
        TY_XDECREF(sargs[1]);
        if (!r)
            TY_CLEAR(v);
        TY_XDECREF(r);
    }
    return v;
}

static TyMethodDef marshal_functions[] = {
    { "dumps", m_dumps, TY_METH_DEFAULT, "The bytes of value, in tally's marshal format." },
    { "loads", m_loads, TY_METH_DEFAULT, "The value the bytes hold." },
    { "dump", m_dump, TY_METH_DEFAULT, "Write value's bytes to an open file." },
    { "load", m_load, TY_METH_DEFAULT, "Read one value from an open file." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyMarshalModule_create(void)
{
    TyObject *m = tyModule_new("marshal", marshal_functions);
    if (m && tyModule_addInt(m, "version", 4) < 0)
        TY_CLEAR(m);
    return m;
}
