/*
** pickle.c — the `_pickle` module: its errors, dump/dumps/load/loads, and
** what it takes from the Python side at import (copyreg's dispatch table
** and extension registry, _compat_pickle's Python 2 name maps, and the
** helpers pickles name: _codecs.encode, functools.partial, getattr).
** Pickler is in pickle_dump.c, Unpickler in pickle_load.c.
*/
#include "modules/pickle_impl.h"
#include "modules/pickle.h"
#include "import.h"
#include "objects/picklebuffer.h"

TyObject *tyPickle_fail(TyObject *errclass, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    if (msg) {
        tyErr_setObject((TyType *)errclass, msg);
        TY_DECREF(msg);
    }
    return NULL;
}

TyObject *tyPickle_importModule(TyObject *name)
{
    /* Single-threaded: a module in sys.modules is what an import would
    ** return, even one still being initialised (a circular import). */
    TyObject *m = ty_state.modules && TY_DICT_CHECK_EXACT(ty_state.modules) && TY_STR_CHECK_EXACT(name)
                      ? tyDict_getItem(ty_state.modules, name)
                      : NULL;
    if (m && TY_MODULE_CHECK(m))
        return TY_NEWREF(m);
    if (tyErr_occurred())
        return NULL;
    TyObject *fromlist = tyTuple_new(0);
    TyObject *level = fromlist ? tyInt_fromI64(0) : NULL;
    m = level ? tyImport_importName(name, NULL, fromlist, level) : NULL;
    TY_XDECREF(fromlist);
    TY_XDECREF(level);
    if (!m)
        return NULL;
    TY_DECREF(m);
    return ty_state.modules ? tyObj_getItem(ty_state.modules, name) : NULL;
}

static const char *const dump_params[] = { "obj", "file", "protocol", "fix_imports", "buffer_callback", NULL };

/* dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None) */
TY_CFUNC(pickle_dump)
{
    TY_UNUSED(self);
    TyObject *a[5];
    if (tyArg_unpack("dump", args, nargs, kwnames, dump_params, 2, 3, a) < 0)
        return NULL;
    return tyPickle_dumpWith(a[0], a[1], a[2], a[3], a[4]);
}

static const char *const dumps_params[] = { "obj", "protocol", "fix_imports", "buffer_callback", NULL };

/* dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None) */
TY_CFUNC(pickle_dumps)
{
    TY_UNUSED(self);
    TyObject *a[4];
    if (tyArg_unpack("dumps", args, nargs, kwnames, dumps_params, 1, 2, a) < 0)
        return NULL;
    return tyPickle_dumpWith(a[0], NULL, a[1], a[2], a[3]);
}

static const char *const load_params[] = { "file", "fix_imports", "encoding", "errors", "buffers", NULL };

/* load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()) */
TY_CFUNC(pickle_load)
{
    TY_UNUSED(self);
    TyObject *a[5];
    if (tyArg_unpack("load", args, nargs, kwnames, load_params, 1, 1, a) < 0)
        return NULL;
    return tyPickle_loadWith(a[0], NULL, a[1], a[2], a[3], a[4]);
}

static const char *const loads_params[] = { "", "fix_imports", "encoding", "errors", "buffers", NULL };

/* loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()) */
TY_CFUNC(pickle_loads)
{
    TY_UNUSED(self);
    TyObject *a[5];
    if (tyArg_unpack("loads", args, nargs, kwnames, loads_params, 1, 1, a) < 0)
        return NULL;
    return tyPickle_loadWith(NULL, a[0], a[1], a[2], a[3], a[4]);
}

static TyMethodDef pickle_functions[] = {
    { "dump", pickle_dump, TY_METH_DEFAULT,
      "Write a pickled representation of obj to the open file object file." },
    { "dumps", pickle_dumps, TY_METH_DEFAULT, "Return the pickled representation of the object as a bytes object." },
    { "load", pickle_load, TY_METH_DEFAULT,
      "Read and return an object from the pickle data stored in a file." },
    { "loads", pickle_loads, TY_METH_DEFAULT, "Read and return an object from the given pickle data." },
    { NULL, NULL, 0, NULL },
};

/* module.name: new reference. */
static TyObject *attr_of(const char *module, const char *name)
{
    TyObject *m = tyImport_importC(module);
    if (!m)
        return NULL;
    TyObject *v = tyObj_getAttrStr(m, name);
    TY_DECREF(m);
    return v;
}

/* A dict attribute of a module, checked as _pickle.c checks them. */
static TyObject *dict_of(const char *module, const char *name)
{
    TyObject *v = attr_of(module, name);
    if (v && !TY_DICT_CHECK_EXACT(v)) {
        tyErr_format(&TyExc_RuntimeError, "%s.%s should be a dict, not %T", module, name, v);
        TY_CLEAR(v);
    }
    return v;
}

static int init_state(void)
{
    TyObject **ids = ty_state.mod.pickle.ids;
    static const char *const names[] = {
#define PICKLE_X_(e, s) s,
        PICKLE_NAMES(PICKLE_X_)
#undef PICKLE_X_
    };
    for (int i = 0; i < PID_COUNT; i++)
        if (!ids[i] && !(ids[i] = tyStr_internC(names[i])))
            return -1;
    struct { TyObject **slot; const char *module, *name; bool dict; } refs[] = {
        { &ty_state.mod.pickle.dispatch_table, "copyreg", "dispatch_table", false },
        { &ty_state.mod.pickle.extension_registry, "copyreg", "_extension_registry", true },
        { &ty_state.mod.pickle.inverted_registry, "copyreg", "_inverted_registry", true },
        { &ty_state.mod.pickle.extension_cache, "copyreg", "_extension_cache", true },
        { &ty_state.mod.pickle.name_2to3, "_compat_pickle", "NAME_MAPPING", true },
        { &ty_state.mod.pickle.import_2to3, "_compat_pickle", "IMPORT_MAPPING", true },
        { &ty_state.mod.pickle.name_3to2, "_compat_pickle", "REVERSE_NAME_MAPPING", true },
        { &ty_state.mod.pickle.import_3to2, "_compat_pickle", "REVERSE_IMPORT_MAPPING", true },
        { &ty_state.mod.pickle.codecs_encode, "_codecs", "encode", false },
        { &ty_state.mod.pickle.escape_decode, "_codecs", "escape_decode", false },
        { &ty_state.mod.pickle.raw_unicode_decode, "_codecs", "raw_unicode_escape_decode", false },
        { &ty_state.mod.pickle.partial, "functools", "partial", false },
        { &ty_state.mod.pickle.getattr, "builtins", "getattr", false },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (!*refs[i].slot &&
            !(*refs[i].slot = refs[i].dict ? dict_of(refs[i].module, refs[i].name) : attr_of(refs[i].module, refs[i].name)))
            return -1;
    if (!TY_DICT_CHECK(ty_state.mod.pickle.dispatch_table)) {
        tyErr_format(&TyExc_RuntimeError, "copyreg.dispatch_table should be a dict, not %T",
                     ty_state.mod.pickle.dispatch_table);
        return -1;
    }
    if (!ty_state.mod.pickle.PickleError &&
        !(ty_state.mod.pickle.PickleError = tyExc_newClass("_pickle", "PickleError", &TyExc_Exception)))
        return -1;
    if (!ty_state.mod.pickle.PicklingError &&
        !(ty_state.mod.pickle.PicklingError =
              tyExc_newClass("_pickle", "PicklingError", (TyType *)ty_state.mod.pickle.PickleError)))
        return -1;
    if (!ty_state.mod.pickle.UnpicklingError &&
        !(ty_state.mod.pickle.UnpicklingError =
              tyExc_newClass("_pickle", "UnpicklingError", (TyType *)ty_state.mod.pickle.PickleError)))
        return -1;
    return 0;
}

static TyType *const module_types[] = { &TyPickleBuffer_Type, &tyPickle_PicklerType, &tyPickle_UnpicklerType,
                                        &tyPickle_PicklerMemoProxyType, &tyPickle_UnpicklerMemoProxyType };

TyObject *tyPickle_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (init_state() < 0)
        return NULL;
    TyObject *m = tyModule_new("_pickle", pickle_functions);
    TyObject *doc = m ? tyStr_fromCStr("Optimized C implementation for the Python pickle module.") : NULL;
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0 ||
        tyModule_addObject(m, "PickleBuffer", (TyObject *)&TyPickleBuffer_Type) < 0 ||
        tyModule_addObject(m, "Pickler", (TyObject *)&tyPickle_PicklerType) < 0 ||
        tyModule_addObject(m, "Unpickler", (TyObject *)&tyPickle_UnpicklerType) < 0 ||
        tyModule_addObject(m, "PickleError", ty_state.mod.pickle.PickleError) < 0 ||
        tyModule_addObject(m, "PicklingError", ty_state.mod.pickle.PicklingError) < 0 ||
        tyModule_addObject(m, "UnpicklingError", ty_state.mod.pickle.UnpicklingError) < 0)
        TY_CLEAR(m);
    TY_XDECREF(doc);
    return m;
}

void tyPickle_fini(void)
{
    TyObject **refs[] = {
        &ty_state.mod.pickle.PickleError, &ty_state.mod.pickle.PicklingError, &ty_state.mod.pickle.UnpicklingError,
        &ty_state.mod.pickle.dispatch_table, &ty_state.mod.pickle.extension_registry,
        &ty_state.mod.pickle.inverted_registry, &ty_state.mod.pickle.extension_cache,
        &ty_state.mod.pickle.name_2to3, &ty_state.mod.pickle.import_2to3, &ty_state.mod.pickle.name_3to2,
        &ty_state.mod.pickle.import_3to2, &ty_state.mod.pickle.codecs_encode, &ty_state.mod.pickle.escape_decode,
        &ty_state.mod.pickle.raw_unicode_decode, &ty_state.mod.pickle.partial, &ty_state.mod.pickle.getattr,
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        TY_CLEAR(*refs[i]);
    for (int i = 0; i < PID_COUNT; i++)
        TY_CLEAR(ty_state.mod.pickle.ids[i]);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
