/*
** import.c — the import system.
**
** `import a.b` imports a, then a.b, each found either in the table of
** built-in modules or as a .py file (or a package directory with
** __init__.py) on sys.path / the parent package's __path__.  A module is
** entered in sys.modules before its code runs (so circular imports see
** the partly initialised module) and removed again if its code fails.
** A path that runs through a zip archive ("app.zip/pkg/m.py") is a file
** too, read from the archive (ziparchive.h): so a zip on sys.path, or a
** directory inside one, is searched as CPython's zipimport searches it.
*/
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "modules/warningsmodule.h"
#include "vm.h"
#include "import.h"
#include "parser.h"
#include "compiler.h"
#include "pathconfig.h"
#include "codecache.h"
#include "modtable.h"
#include "ziparchive.h"

static TyObject *cached_module(TyObject *name)
{
    return tyDict_getItem(ty_state.modules, name);
}

/* Raise ModuleNotFoundError(msg, name=name), as importlib raises it; a
** NULL msg is a failure already raised.  Takes msg over; returns NULL. */
static TyObject *raise_not_found(TyObject *msg, TyObject *name)
{
    TyObject *kw = msg ? tyTuple_pack(1, TY_ID(name)) : NULL;
    if (kw) {
        TyObject *args[2] = { msg, name };
        TyObject *exc = tyObj_call((TyObject *)&TyExc_ModuleNotFoundError, args, 1, kw);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
    }
    TY_XDECREF(kw);
    TY_XDECREF(msg);
    return NULL;
}

/* ModuleNotFoundError for name; when the standard library is missing,
** the message says which Debian package provides it. */
static TyObject *not_found(TyObject *name)
{
    const char *package = tyPath_missingPackage(TY_STR_UTF8(name));
    TyObject *msg = package ? tyStr_fromFormat("No module named %R (CPython 3.11's standard library, which tally "
                                               "imports, is missing from %s: install Debian's %s)",
                                               name, tyPath_stdlib(), package)
                            : tyStr_fromFormat("No module named %R", name);
    return raise_not_found(msg, name);
}

/* A regular file, or a member of a zip archive (whose path stat() finds
** running through a file: ENOTDIR): 1 or 0, -1 with MemoryError. */
static int is_file(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0)
        return S_ISREG(st.st_mode);
    return errno == ENOTDIR ? tyZip_isMember(path) : 0;
}

/* Read the whole of an open file; malloc'd buffer (tyMem_free) or NULL
** with MemoryError. */
static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = tyMem_malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        char *nb = tyMem_realloc(buf, cap + 1);
        if (!nb) {
            tyMem_free(buf);
            buf = NULL;
        } else {
            buf = nb;
        }
    }
    if (!buf)
        return NULL;
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void *open_error(const char *path)
{
    TyObject *fn = tyStr_fromCStr(path);
    tyErr_fromErrno(&TyExc_OSError, fn);
    TY_XDECREF(fn);
    return NULL;
}

/* Read a whole file, or a zip archive's member; malloc'd buffer
** (tyMem_free) or NULL with OSError (or the archive's error). */
char *tyImport_readFile(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        int err = errno;
        int member = err == ENOTDIR ? tyZip_isMember(path) : 0;
        if (member != 0)
            return member > 0 ? tyZip_readMember(path, len) : NULL;
        errno = err;
        return open_error(path);
    }
    char *buf = read_all(f, len);
    fclose(f);
    return buf;
}

/* Run `code` (a reference this call takes over) as the body of `module`.
** 0 / -1; NULL code is a failure already raised. */
static int run_code(TyObject *module, TyObject *code)
{
    if (!code)
        return -1;
    TyObject *res = tyVM_evalCode(code, TY_MODULE_DICT(module), TY_MODULE_DICT(module));
    TY_DECREF(code);
    if (!res)
        return -1;
    TY_DECREF(res);
    return 0;
}

/*
** Run Python source as the body of `module`.  CPython imports through
** compile() and drops the tree before the module body runs, so the arena
** is freed first (it holds references to the constants).  0 / -1.
*/
int tyImport_runSource(TyObject *module, const char *source, size_t len, const char *filename)
{
    TyArena *arena = tyArena_new();
    if (!arena)
        return -1;
    TyModuleAST *ast = tyParse_source(arena, source, len, filename, TY_MODE_FILE, TY_INPUT_BYTES, NULL);
    TyObject *code = ast ? tyCompile(ast, arena, filename) : NULL;
    tyArena_free(arena);
    return run_code(module, code);
}

/* The code of the source text src (taken over and freed; NULL is a
** failure already raised) of `path`.  New reference, or NULL. */
static TyObject *compile_text(char *src, size_t len, const char *path)
{
    if (!src)
        return NULL;
    TyArena *arena = tyArena_new();
    TyModuleAST *ast = arena ? tyParse_source(arena, src, len, path, TY_MODE_FILE, TY_INPUT_BYTES, NULL)
                             : NULL;
    TyObject *code = ast ? tyCompile(ast, arena, path) : NULL;
    if (arena)
        tyArena_free(arena);
    tyMem_free(src);
    return code;
}

/* The code of a zip archive's member `path`, compiled each time: the
** cache keys on a file's own size and mtime.  New reference, or NULL. */
static TyObject *source_code(const char *path)
{
    size_t len;
    char *src = tyImport_readFile(path, &len);
    return compile_text(src, len, path);
}

/*
** The code of the source file `path`: from the compiled-code cache when
** it holds the code of the file as it is now, else compiled (and then
** cached).  The file is stat'ed once it is open, so the cache records the
** state of the text actually compiled.  New reference, or NULL.
*/
TyObject *tyImport_sourceCode(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f && errno == ENOTDIR)
        return source_code(path);
    if (!f)
        return open_error(path);
    struct stat st;
    if (fstat(fileno(f), &st) < 0) {
        fclose(f);
        return open_error(path);
    }
    TyObject *code = tyCache_load(path, &st);
    if (code) {
        fclose(f);
        return code;
    }
    size_t len;
    char *src = read_all(f, &len);
    fclose(f);
    code = compile_text(src, len, path);
    if (code)
        tyCache_store(path, &st, code);
    return code;
}

/* Run the source file `path` as the body of `module`.  0 / -1. */
static int exec_file(TyObject *module, const char *path)
{
    return run_code(module, tyImport_sourceCode(path));
}

/* Whether path names a directory (namespace packages are not looked for
** inside zip archives). */
static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
** A namespace package (PEP 420) `fullname` over the directories `portions`
** (a list of str), entered in sys.modules: __file__ None, its __path__ the
** portions.  New reference, or NULL.
*/
static TyObject *namespace_package(TyObject *fullname, TyObject *portions)
{
    TyObject *m = tyModule_new(TY_STR_UTF8(fullname), NULL);
    if (m && (tyModule_addObject(m, "__file__", TY_NONE) < 0 ||
              tyModule_addObject(m, "__path__", portions) < 0 ||
              tyModule_addObject(m, "__package__", fullname) < 0 ||
              tyDict_setItem(ty_state.modules, fullname, m) < 0))
        TY_CLEAR(m);
    return m;
}

/*
** Find `fullname` (whose last component is `tail`) in the directories of
** `search` (a list of str), load it and enter it in sys.modules.  A
** directory of that name without __init__.py is appended to `portions` (a
** list) and the search goes on, as importlib's PathFinder does.  Returns a
** new reference, NULL with no exception when no directory has a package or
** module of the name, or NULL with the error its code raised.
*/
static TyObject *load_regular(TyObject *fullname, const char *tail, TyObject *search, TyObject *portions)
{
    char path[4096];
    for (ssize_t i = 0; search && TY_LIST_CHECK(search) && i < TY_LIST_LEN(search); i++) {
        TyObject *dir = TY_LIST_GET(search, i);
        if (!TY_STR_CHECK(dir))
            continue;
        /* '' is the current folder, named absolutely in __file__ as
        ** CPython's FileFinder names it. */
        char cwd[2048];
        const char *d = TY_STR_UTF8(dir);
        if (!*d && getcwd(cwd, sizeof cwd))
            d = cwd;
        const char *sep = *d ? "/" : "";
        snprintf(path, sizeof path, "%s%s%s/__init__.py", d, sep, tail);
        int found = is_file(path);
        bool package = found > 0;
        if (found == 0) {
            snprintf(path, sizeof path, "%s%s%s.py", d, sep, tail);
            found = is_file(path);
        }
        if (found < 0)
            return NULL;
        if (found == 0) {
            snprintf(path, sizeof path, "%s%s%s", d, sep, tail);
            if (is_dir(path) && tyList_appendSteal(portions, tyStr_fromCStr(path)) < 0)
                return NULL;
            continue;
        }
        TyObject *m = tyModule_new(TY_STR_UTF8(fullname), NULL);
        if (!m)
            return NULL;
        TyObject *file = tyStr_fromCStr(path);
        int ok = file && tyModule_addObject(m, "__file__", file) == 0 &&
                 tyModule_addObject(m, "__builtins__", ty_state.builtins) == 0;
        TY_XDECREF(file);
        if (ok && package) {
            char pkgdir[4096];
            snprintf(pkgdir, sizeof pkgdir, "%s%s%s", d, sep, tail);
            TyObject *pd = tyStr_fromCStr(pkgdir);
            TyObject *pathlist = pd ? tyList_new(0) : NULL;
            ok = pathlist && tyList_append(pathlist, pd) == 0 &&
                 tyModule_addObject(m, "__path__", pathlist) == 0 &&
                 tyModule_addObject(m, "__package__", fullname) == 0;
            TY_XDECREF(pd);
            TY_XDECREF(pathlist);
        } else if (ok) {
            const char *full = TY_STR_UTF8(fullname);
            const char *dot = strrchr(full, '.');
            TyObject *pkg = dot ? tyStr_fromUtf8(full, dot - full) : tyStr_fromCStr("");
            ok = pkg && tyModule_addObject(m, "__package__", pkg) == 0;
            TY_XDECREF(pkg);
        }
        if (!ok || tyDict_setItem(ty_state.modules, fullname, m) < 0) {
            TY_DECREF(m);
            return NULL;
        }
        if (exec_file(m, path) < 0) {
            TyObject *saved = tyErr_fetch();
            if (tyDict_delItem(ty_state.modules, fullname) < 0)
                tyErr_clear();
            tyErr_restore(saved);
            TY_DECREF(m);
            return NULL;
        }
        TY_DECREF(m);
        /* The module may have replaced itself in sys.modules. */
        TyObject *final = cached_module(fullname);
        if (!final)
            return tyErr_format(&TyExc_ImportError, "Loaded module %U not found in sys.modules", fullname);
        return TY_NEWREF(final);
    }
    return NULL;
}

/*
** Find `fullname` (whose last component is `tail`) in the directories of
** `search` (a list of str) as a package or module, else as a namespace
** package when some directories have a folder of that name.  Returns a new
** reference, NULL with ModuleNotFoundError when absent, or NULL with the
** error its code raised.
*/
static TyObject *load_from_path(TyObject *fullname, const char *tail, TyObject *search)
{
    TyObject *portions = tyList_new(0);
    if (!portions)
        return NULL;
    TyObject *m = load_regular(fullname, tail, search, portions);
    if (!m && !tyErr_occurred())
        m = TY_LIST_LEN(portions) > 0 ? namespace_package(fullname, portions) : not_found(fullname);
    TY_DECREF(portions);
    return m;
}

/* The built-in module `name`, made and entered in sys.modules: a new
** reference, or NULL (with an exception when making it failed). */
static TyObject *load_builtin(TyObject *name)
{
    const TyBuiltinModule *entry = tyModTable_find(TY_STR_UTF8(name));
    if (!entry || !entry->create)
        return NULL;
    TyObject *m = entry->create();
    if (m && tyDict_setItem(ty_state.modules, name, m) < 0)
        TY_CLEAR(m);
    return m;
}

/* Import one module given its full dotted name; parent already imported. */
static TyObject *import_one(TyObject *fullname, TyObject *parent)
{
    TyObject *m = cached_module(fullname);
    if (m == TY_NONE) {
        /* None in sys.modules blocks the import, as importlib's
        ** _find_and_load does (import_fresh_module's `blocked`). */
        TyObject *msg = tyStr_fromFormat("import of %U halted; None in sys.modules", fullname);
        return raise_not_found(msg, fullname);
    }
    if (m)
        return TY_NEWREF(m);
    if (tyErr_occurred())
        return NULL;
    const char *full = TY_STR_UTF8(fullname);
    const char *dot = strrchr(full, '.');
    if (!parent) {
        m = load_builtin(fullname);
        if (m || tyErr_occurred())
            return m;
        TyObject *path = tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(path));
        return load_from_path(fullname, full, path);
    }
    TyObject *search;
    int has = tyObj_lookupAttr(parent, TY_ID(__path__), &search);
    if (has < 0)
        return NULL;
    if (!has) {
        TyObject *pname = tyStr_fromUtf8(full, dot - full);
        TyObject *msg = pname ? tyStr_fromFormat("No module named %R; %R is not a package", fullname, pname) : NULL;
        TY_XDECREF(pname);
        return raise_not_found(msg, fullname);
    }
    m = load_from_path(fullname, dot + 1, search);
    TY_DECREF(search);
    if (m) {
        /* The package gets the submodule as an attribute. */
        TyObject *attr = tyStr_fromCStr(dot + 1);
        int r = attr ? tyObj_setAttr(parent, attr, m) : -1;
        TY_XDECREF(attr);
        if (r < 0) {
            TY_DECREF(m);
            return NULL;
        }
    }
    return m;
}

/* Absolute name for a relative import of `name` at `level`: the package
** comes from __package__, else from __spec__.parent, else (with an
** ImportWarning, as CPython gives) from __name__ (itself for a package). */
static TyObject *resolve_name(TyObject *name, TyObject *globals, int level)
{
    const char *base;
    ssize_t end;
    TyObject *package = tyDict_getItem(globals, TY_ID(__package__));
    TyObject *spec = tyDict_getItem(globals, TY_ID(__spec__));
    TyObject *parent = NULL;
    if ((!package || package == TY_NONE) && spec && spec != TY_NONE) {
        parent = tyObj_getAttrStr(spec, "parent");
        if (!parent)
            return NULL;
        if (!TY_STR_CHECK(parent)) {
            TY_DECREF(parent);
            return tyErr_setString(&TyExc_TypeError, "__spec__.parent must be a string");
        }
        package = parent;
    }
    if (package && package != TY_NONE && TY_STR_CHECK(package)) {
        base = TY_STR_UTF8(package);
        end = TY_STR_NBYTES(package);
    } else {
        TyObject *msg = tyStr_fromCStr("can't resolve package from __spec__ or __package__, "
                                       "falling back on __name__ and __path__");
        int r = msg ? tyWarnings_warn(&TyExc_ImportWarning, msg) : -1;
        TY_XDECREF(msg);
        if (r < 0)
            return NULL;
        TyObject *modname = tyDict_getItem(globals, TY_ID(__name__));
        if (!modname || !TY_STR_CHECK(modname))
            return tyErr_setString(&TyExc_ImportError, "attempted relative import with no known parent package");
        base = TY_STR_UTF8(modname);
        end = TY_STR_NBYTES(modname);
        if (!tyDict_getItem(globals, TY_ID(__path__))) {
            while (end > 0 && base[end - 1] != '.')
                end--;
            end = end > 0 ? end - 1 : 0;
        }
    }
    if (end == 0) {
        TY_XDECREF(parent);
        return tyErr_setString(&TyExc_ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        while (end > 0 && base[end - 1] != '.')
            end--;
        if (end == 0) {
            TY_XDECREF(parent);
            return tyErr_setString(&TyExc_ImportError, "attempted relative import beyond top-level package");
        }
        end--;
    }
    TyObject *prefix = tyStr_fromUtf8(base, end);
    TY_XDECREF(parent);
    if (!prefix || TY_STR_NBYTES(name) == 0)
        return prefix;
    TyObject *r = tyStr_fromFormat("%U.%U", prefix, name);
    TY_DECREF(prefix);
    return r;
}

TyObject *tyImport_importName(TyObject *name, TyObject *globals, TyObject *fromlist, TyObject *level_obj)
{
    int level = level_obj && TY_INT_CHECK(level_obj) ? (int)TY_INT_VALUE(level_obj) : 0;
    if (!TY_STR_CHECK(name))
        return tyErr_setString(&TyExc_TypeError, "module name must be str");
    if (level < 0)
        return tyErr_setString(&TyExc_ValueError, "level must be >= 0");
    TyObject *absname = level > 0 ? resolve_name(name, globals, level) : TY_NEWREF(name);
    if (!absname)
        return NULL;
    if (TY_STR_NBYTES(absname) == 0) {
        TY_DECREF(absname);
        return tyErr_setString(&TyExc_ValueError, "Empty module name");
    }
    /* No file or module has a NUL in its name (the finders work on C
    ** strings, which would cut the name there). */
    if (memchr(TY_STR_UTF8(absname), '\0', (size_t)TY_STR_NBYTES(absname))) {
        raise_not_found(tyStr_fromFormat("No module named %R", absname), absname);
        TY_DECREF(absname);
        return NULL;
    }
    /* Import each prefix of the dotted name in turn. */
    const char *full = TY_STR_UTF8(absname);
    TyObject *top = NULL, *parent = NULL, *module = NULL;
    const char *p = full;
    for (;;) {
        const char *dot = strchr(p, '.');
        ssize_t len = dot ? dot - full : (ssize_t)strlen(full);
        TyObject *prefix = tyStr_fromUtf8(full, len);
        if (!prefix)
            goto fail;
        /* A package that None blocks is passed on as the parent, so its
        ** submodule fails as importlib's does: "'json' is not a package". */
        module = dot && cached_module(prefix) == TY_NONE ? tyNone_new() : import_one(prefix, parent);
        TY_DECREF(prefix);
        if (!module)
            goto fail;
        if (!top)
            top = TY_NEWREF(module);
        TY_XDECREF(parent);
        parent = module;
        if (!dot)
            break;
        p = dot + 1;
    }
    TY_DECREF(absname);
    bool want_top = (!fromlist || fromlist == TY_NONE || (TY_TUPLE_CHECK(fromlist) && TY_TUPLE_LEN(fromlist) == 0) ||
                     (TY_LIST_CHECK(fromlist) && TY_LIST_LEN(fromlist) == 0));
    if (want_top && level == 0) {
        TY_DECREF(parent);
        return top;
    }
    TY_DECREF(top);
    return parent;
fail:
    TY_XDECREF(parent);
    TY_XDECREF(top);
    TY_DECREF(absname);
    return NULL;
}

TyObject *tyImport_error(TyObject *msg, TyObject *modname, TyObject *path)
{
    TyObject *kw = tyTuple_pack(2, TY_ID(name), TY_ID(path));
    if (kw) {
        TyObject *args[3] = { msg, modname, path ? path : TY_NONE };
        TyObject *exc = tyObj_call((TyObject *)&TyExc_ImportError, args, 1, kw);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
        TY_DECREF(kw);
    }
    return NULL;
}

/* Whether the exception being raised says that `full` itself does not
** exist (a ModuleNotFoundError naming it), as opposed to an import the
** submodule's own code failed, which `from pkg import sub` passes on
** (importlib's _handle_fromlist). */
static bool submodule_missing(TyObject *full)
{
    if (!tyErr_exceptionMatches(&TyExc_ModuleNotFoundError))
        return false;
    TyObject *exc = tyErr_fetch();
    TyObject *missing = NULL;
    bool same = tyObj_lookupAttr(exc, TY_ID(name), &missing) > 0 && TY_STR_CHECK(missing) &&
                tyStr_eq(missing, full);
    TY_XDECREF(missing);
    tyErr_clear();
    tyErr_restore(exc);
    return same;
}

TyObject *tyImport_importFrom(TyObject *module, TyObject *name)
{
    TyObject *v;
    int found = tyObj_lookupAttr(module, name, &v);
    if (found != 0)
        return found < 0 ? NULL : v;
    TyObject *modname;
    if (tyObj_lookupAttr(module, TY_ID(__name__), &modname) > 0 && TY_STR_CHECK(modname)) {
        TyObject *full = tyStr_fromFormat("%U.%U", modname, name);
        if (full) {
            TyObject *sub = cached_module(full);
            if (!sub && !tyErr_occurred()) {
                /* from pkg import submodule */
                sub = import_one(full, module);
                if (!sub && submodule_missing(full))
                    tyErr_clear();
                else if (sub) {
                    TY_DECREF(full);
                    TY_DECREF(modname);
                    return sub;
                }
            } else if (sub) {
                TY_INCREF(sub);
                TY_DECREF(full);
                TY_DECREF(modname);
                return sub;
            }
            TY_DECREF(full);
        }
        if (tyErr_occurred()) {
            TY_DECREF(modname);
            return NULL;
        }
        TyObject *file, *msg;
        if (tyObj_lookupAttr(module, TY_ID(__file__), &file) > 0) {
            msg = tyStr_fromFormat("cannot import name %R from %R (%S)", name, modname, file);
        } else {
            tyErr_clear();
            msg = tyStr_fromFormat("cannot import name %R from %R (unknown location)", name, modname);
        }
        if (msg) {
            tyImport_error(msg, modname, file);
            TY_DECREF(msg);
        }
        TY_XDECREF(file);
        TY_DECREF(modname);
        return NULL;
    }
    tyErr_clear();
    return tyErr_format(&TyExc_ImportError, "cannot import name %R from '<unknown module name>'", name);
}

int tyImport_importStar(TyObject *module, TyObject *locals)
{
    TyObject *all;
    int has = tyObj_lookupAttr(module, TY_ID(__all__), &all);
    if (has < 0)
        return -1;
    TyObject *names;
    bool skip_private = false;
    if (has) {
        names = tyList_fromIterable(all);
        TY_DECREF(all);
    } else {
        TyObject *dict;
        if (tyObj_lookupAttr(module, TY_ID(__dict__), &dict) <= 0) {
            if (!tyErr_occurred())
                tyErr_setString(&TyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = tyDict_keys(dict);
        TY_DECREF(dict);
        skip_private = true;
    }
    if (!names)
        return -1;
    for (ssize_t i = 0; i < TY_LIST_LEN(names); i++) {
        TyObject *n = TY_LIST_GET(names, i);
        if (!TY_STR_CHECK(n)) {
            tyErr_format(&TyExc_TypeError, "Item in %s.__all__ must be str, not %s", "module",
                         tyType_name(TY_TYPE(n)));
            TY_DECREF(names);
            return -1;
        }
        if (skip_private && TY_STR_UTF8(n)[0] == '_')
            continue;
        TyObject *v = tyObj_getAttr(module, n);
        int r = v ? tyObj_setItem(locals, n, v) : -1;
        TY_XDECREF(v);
        if (r < 0) {
            TY_DECREF(names);
            return -1;
        }
    }
    TY_DECREF(names);
    return 0;
}

TyObject *tyImport_importC(const char *name)
{
    TyObject *n = tyStr_fromCStr(name);
    if (!n)
        return NULL;
    TyObject *level = tyInt_fromI64(0);
    TyObject *r = level ? tyImport_importName(n, ty_state.main_dict, TY_NONE, level) : NULL;
    TY_XDECREF(level);
    TY_DECREF(n);
    return r;
}
