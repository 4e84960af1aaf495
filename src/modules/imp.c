/*
** imp.c — the `_imp` module: what CPython's importlib (_bootstrap and
** _bootstrap_external, run as ordinary .py modules here) asks of the
** interpreter.  Built-in modules are modtable.c's; tally has no frozen
** modules and loads no C extensions, so the frozen queries answer "none"
** and extension_suffixes() is empty (importlib then never looks for .so
** files).  tally runs one thread, so the import lock is a counter that
** only checks acquire/release pairing, as CPython's does for one thread.
** The Python part (imp.py) puts on sys.meta_path the finder through which
** importlib reaches tally's own import system.
*/
#include "tally.h"
#include "import.h"
#include "modtable.h"
#include "objects/code.h"
#include "modules/imp.h"
#include "modules/posix.h"

static TyObject *imp_acquire_lock(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("acquire_lock", kwnames) < 0 || tyArg_checkPositional("acquire_lock", nargs, 0, 0) < 0)
        return NULL;
    ty_state.mod.imp.lock_count++;
    return tyNone_new();
}

static TyObject *imp_release_lock(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("release_lock", kwnames) < 0 || tyArg_checkPositional("release_lock", nargs, 0, 0) < 0)
        return NULL;
    if (ty_state.mod.imp.lock_count == 0)
        return tyErr_setString(&TyExc_RuntimeError, "not holding the import lock");
    ty_state.mod.imp.lock_count--;
    return tyNone_new();
}

static TyObject *imp_lock_held(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("lock_held", kwnames) < 0 || tyArg_checkPositional("lock_held", nargs, 0, 0) < 0)
        return NULL;
    return tyBool_from(ty_state.mod.imp.lock_count > 0);
}

/* The one str argument `name` of the module-name queries; borrowed. */
static TyObject *name_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "%s() argument must be str, not %s", fname,
                            tyType_name(TY_TYPE(args[0])));
    return args[0];
}

/* is_builtin(name): 1 for a built-in module, -1 for sys and builtins
** (which cannot be made again), 0 otherwise. */
static TyObject *imp_is_builtin(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *name = name_arg("is_builtin", args, nargs, kwnames);
    if (!name)
        return NULL;
    const TyBuiltinModule *entry = tyModTable_find(TY_STR_UTF8(name));
    return tyInt_fromI64(!entry ? 0 : entry->create ? 1 : -1);
}

/* create_builtin(spec): the module already in sys.modules under
** spec.name, or a new one made from its table entry; None for a name that
** is no built-in module. */
static TyObject *imp_create_builtin(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("create_builtin", kwnames) < 0 || tyArg_checkPositional("create_builtin", nargs, 1, 1) < 0)
        return NULL;
    TyObject *name = tyObj_getAttr(args[0], TY_ID(name));
    if (!name)
        return NULL;
    TyObject *r = NULL;
    if (!TY_STR_CHECK(name)) {
        tyErr_format(&TyExc_TypeError, "name must be string, not %s", tyType_name(TY_TYPE(name)));
    } else if ((r = tyDict_getItem(ty_state.modules, name)) != NULL) {
        TY_INCREF(r);
    } else if (!tyErr_occurred()) {
        const TyBuiltinModule *entry = tyModTable_find(TY_STR_UTF8(name));
        r = entry && entry->create ? entry->create() : tyNone_new();
    }
    TY_DECREF(name);
    return r;
}

/* exec_builtin(module) and exec_dynamic(module): a module made by
** create_builtin is complete already, so there is nothing to run: 0. */
static TyObject *imp_exec(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("exec_builtin", kwnames) < 0 || tyArg_checkPositional("exec_builtin", nargs, 1, 1) < 0)
        return NULL;
    return tyInt_fromI64(0);
}

static TyObject *imp_is_frozen(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (!name_arg("is_frozen", args, nargs, kwnames))
        return NULL;
    return tyBool_from(false);
}

/* is_frozen_package(name), get_frozen_object(name, data=None): there is
** no frozen module to ask about. */
static TyObject *imp_no_frozen(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "", NULL };
    TyObject *a[2];
    if (tyArg_unpack("get_frozen_object", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *msg = tyStr_fromFormat("No such frozen object named %R", a[0]);
    if (msg) {
        tyImport_error(msg, a[0], NULL);
        TY_DECREF(msg);
    }
    return NULL;
}

/* find_frozen(name, *, withdata=False) and init_frozen(name): None, as
** for any name that is not frozen. */
static TyObject *imp_find_frozen(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "withdata", NULL };
    TyObject *a[2];
    if (tyArg_unpack("find_frozen", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *imp_frozen_module_names(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_frozen_module_names", kwnames) < 0 ||
        tyArg_checkPositional("_frozen_module_names", nargs, 0, 0) < 0)
        return NULL;
    return tyTuple_new(0);
}

static TyObject *imp_extension_suffixes(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("extension_suffixes", kwnames) < 0 ||
        tyArg_checkPositional("extension_suffixes", nargs, 0, 0) < 0)
        return NULL;
    return tyList_new(0);
}

/* create_dynamic(spec, file=None): ImportError, since a C extension is
** built against CPython's C API, which tally does not have. */
static TyObject *imp_create_dynamic(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "", NULL };
    TyObject *a[2];
    if (tyArg_unpack("create_dynamic", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *name = tyObj_getAttr(a[0], TY_ID(name));
    TyObject *msg = name ? tyStr_fromFormat("tally cannot load C extension module %R: it is built "
                                            "for CPython's C API", name) : NULL;
    if (msg)
        tyImport_error(msg, name, NULL);
    TY_XDECREF(msg);
    TY_XDECREF(name);
    return NULL;
}

/* _override_frozen_modules_for_tests(override): CPython's tests turn
** frozen modules off or on with it; tally freezes none, so there is
** nothing to override. */
static TyObject *imp_override_frozen(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    if (tyArg_noKeywords("_override_frozen_modules_for_tests", kwnames) < 0 ||
        tyArg_checkPositional("_override_frozen_modules_for_tests", nargs, 1, 1) < 0)
        return NULL;
    ssize_t v = tyInt_asSsize(args[0]);
    if (v == -1 && tyErr_occurred())
        return NULL;
    return tyNone_new();
}

/* Sets co_filename of code and of every code object among its constants. */
static void set_filename(TyCode *co, TyObject *path)
{
    TY_SETREF(co->filename, TY_NEWREF(path));
    for (ssize_t i = 0; i < TY_TUPLE_LEN(co->consts); i++) {
        TyObject *c = TY_TUPLE_GET(co->consts, i);
        if (TY_CODE_CHECK(c))
            set_filename((TyCode *)c, path);
    }
}

/* _fix_co_filename(code, path): the code was compiled under another file
** name (a cached file moved); it and its nested code take path. */
static TyObject *imp_fix_co_filename(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_fix_co_filename", kwnames) < 0 ||
        tyArg_checkPositional("_fix_co_filename", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_CODE_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "_fix_co_filename() argument 1 must be code, not %s",
                            tyType_name(TY_TYPE(args[0])));
    if (!TY_STR_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "_fix_co_filename() argument 2 must be str, not %s",
                            tyType_name(TY_TYPE(args[1])));
    if (!tyStr_eq(((TyCode *)args[0])->filename, args[1]))
        set_filename((TyCode *)args[0], args[1]);
    return tyNone_new();
}

/* _source_code(path): the code of the source file path (str, bytes or
** path-like) as tally's own import gets it, through the compiled-code
** cache (NAME.tally.tyc), so that importlib's loaders (imp.py) neither
** compile a module afresh nor read or write .pyc files.  New reference. */
static TyObject *imp_source_code(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_source_code", kwnames) < 0 || tyArg_checkPositional("_source_code", nargs, 1, 1) < 0)
        return NULL;
    TyPathArg path;
    if (tyPosix_path("_source_code", "path", args[0], false, false, &path) < 0)
        return NULL;
    TyObject *code = tyImport_sourceCode(path.narrow);
    tyPosix_pathFree(&path);
    return code;
}

/* source_hash(key, source): CPython's hash of a source file for
** hash-based .pyc files, SipHash-1-3 keyed with (key, 0), as 8 bytes in
** little-endian order. */
static TyObject *imp_source_hash(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "key", "source", NULL };
    TyObject *a[2];
    int64_t key;
    if (tyArg_unpack("source_hash", args, nargs, kwnames, names, 2, 2, a) < 0 || tyInt_asI64(a[0], &key) < 0)
        return NULL;
    if (!TY_BYTES_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%s'",
                            tyType_name(TY_TYPE(a[1])));
    uint64_t h = tyStr_sipHash13((uint64_t)key, 0, TY_BYTES_DATA(a[1]), (size_t)TY_BYTES_LEN(a[1]));
    char out[8];
    for (int i = 0; i < 8; i++)
        out[i] = (char)(h >> (8 * i));
    return tyBytes_fromData(out, 8);
}

static TyMethodDef imp_functions[] = {
    { "acquire_lock", imp_acquire_lock, TY_METH_DEFAULT, "Acquires the interpreter's import lock." },
    { "release_lock", imp_release_lock, TY_METH_DEFAULT, "Releases the interpreter's import lock." },
    { "lock_held", imp_lock_held, TY_METH_DEFAULT, "Whether the import lock is held." },
    { "is_builtin", imp_is_builtin, TY_METH_DEFAULT, "Whether name is a built-in module." },
    { "create_builtin", imp_create_builtin, TY_METH_DEFAULT, "Create an extension module." },
    { "exec_builtin", imp_exec, TY_METH_DEFAULT, "Initialize a built-in module." },
    { "exec_dynamic", imp_exec, TY_METH_DEFAULT, "Initialize an extension module." },
    { "create_dynamic", imp_create_dynamic, TY_METH_DEFAULT, "Create an extension module." },
    { "is_frozen", imp_is_frozen, TY_METH_DEFAULT, "Whether name is a frozen module." },
    { "is_frozen_package", imp_no_frozen, TY_METH_DEFAULT, "Whether name is a frozen package." },
    { "get_frozen_object", imp_no_frozen, TY_METH_DEFAULT, "The code object of a frozen module." },
    { "find_frozen", imp_find_frozen, TY_METH_DEFAULT, "The frozen module's data, or None." },
    { "init_frozen", imp_find_frozen, TY_METH_DEFAULT, "Initializes a frozen module." },
    { "_frozen_module_names", imp_frozen_module_names, TY_METH_DEFAULT, "The frozen modules' names." },
    { "_override_frozen_modules_for_tests", imp_override_frozen, TY_METH_DEFAULT,
      "(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: \"off\", 1: \"on\", 0: no override)\n"
      "See frozen_modules() in Lib/test/support/import_helper.py." },
    { "extension_suffixes", imp_extension_suffixes, TY_METH_DEFAULT, "The suffixes of extension modules." },
    { "_fix_co_filename", imp_fix_co_filename, TY_METH_DEFAULT, "Changes a code object's file name." },
    { "_source_code", imp_source_code, TY_METH_DEFAULT, "The code of a source file, through tally's code cache." },
    { "source_hash", imp_source_hash, TY_METH_DEFAULT, "The hash of a source file for .pyc files." },
    { NULL, NULL, 0, NULL },
};

/* src/modules/imp.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/imp_py.h"
    ;

TyObject *tyImp_create(void)
{
    TyObject *m = tyModule_new("_imp", imp_functions);
    TyObject *mode = m ? tyStr_fromCStr("default") : NULL;
    if (!mode || tyModule_addObject(m, "check_hash_based_pycs", mode) < 0 ||
        tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<_imp>") < 0) {
        TY_XDECREF(mode);
        TY_XDECREF(m);
        return NULL;
    }
    TY_DECREF(mode);
    return m;
}
