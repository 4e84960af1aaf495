/*
** api.c — the embedding API of include/tally.h over the interpreter's own
** functions: lifecycle.c starts and stops the interpreter, import.c runs
** source in a module, the object files do the conversions.
**
** The handle holds nothing the interpreter state does not: one
** interpreter lives at a time (ty_state), and the handle only keeps the
** texts describing the pending exception, made when first asked for.
** Internal names never leak into the public header: it declares TyObject
** as the same incomplete struct the internal headers complete, and every
** exported function is marked TY_API (the library is built with hidden
** visibility, so nothing else is exported from libtally.so).
*/
#include "tally.h"
#include "traceback.h"
#include "../include/tally.h"
#include "lifecycle.h"
#include "import.h"
#include "objects/hostfunc.h"

struct TyInterp {
    /* The exception the texts below describe (strong), and the texts as
    ** str objects (strong, each made on first request, or NULL). */
    TyObject *err;
    TyObject *err_type, *err_msg, *err_tb;
    /* The allocator the handle itself came from. */
    TyAllocFn alloc;
    void *alloc_ud;
};

const char *ty_version(void)
{
    return TY_VERSION;
}

/* Drop the texts of an exception no longer pending. */
static void forget_error(TyInterp *I)
{
    TY_CLEAR(I->err);
    TY_CLEAR(I->err_type);
    TY_CLEAR(I->err_msg);
    TY_CLEAR(I->err_tb);
}

TyInterp *ty_openWith(TyAllocFn alloc, void *ud)
{
    /* ty_state.modules is set from start-up to teardown, whoever started
    ** the interpreter (the tally binary, another host). */
    if (ty_state.modules || !alloc)
        return NULL;
    TyInterp *I = alloc(ud, NULL, 0, sizeof *I);
    if (!I)
        return NULL;
    *I = (TyInterp){ .alloc = alloc, .alloc_ud = ud };
    memset(&ty_state.opt, 0, sizeof ty_state.opt);
    TyMemState *m = &ty_state.mem;
    m->accounted = true;
    m->used = 0;
    m->limit = 0;
    m->alloc = alloc;
    m->alloc_ud = ud;
    static char *argv[] = { (char *)"", NULL };
    if (tyLife_init(1, argv) < 0) {
        tyErr_clear();
        ty_close(I);
        return NULL;
    }
    return I;
}

TyInterp *ty_open(void)
{
    return ty_openWith(tyMem_defaultAlloc, NULL);
}

ssize_t ty_close(TyInterp *I)
{
    forget_error(I);
    tyErr_clear();
    ssize_t live = tyLife_fini();
    TyMemState *m = &ty_state.mem;
    m->accounted = false;
    m->limit = 0;
    m->alloc = NULL;
    m->alloc_ud = NULL;
    I->alloc(I->alloc_ud, I, sizeof *I, 0);
    return live;
}

/* ---- running code ---------------------------------------------------- */

/* The module `name` (NULL: __main__) from sys.modules, made and entered
** there when `create` and it is missing: borrowed, or NULL with an
** exception (NameError for a missing module, as for a missing global). */
static TyObject *find_module(const char *name, bool create, const char *global)
{
    if (!name)
        name = "__main__";
    TyObject *m = tyDict_getItemStr(ty_state.modules, name);
    if (m) {
        if (!TY_MODULE_CHECK(m))
            return tyErr_format(&TyExc_TypeError, "sys.modules[%s] is not a module but %T", name, m);
        return m;
    }
    if (tyErr_occurred())
        return NULL;
    if (!create)
        return tyErr_format(&TyExc_NameError, "name '%s' is not defined", global);
    m = tyModule_new(name, NULL);
    if (!m)
        return NULL;
    int r = tyDict_setItem(TY_MODULE_DICT(m), TY_ID(__builtins__), ty_state.builtins_module) < 0 ||
            tyDict_setItemStr(ty_state.modules, name, m) < 0 ? -1 : 0;
    TY_DECREF(m);
    return r < 0 ? NULL : m;
}

/* A call of the API that runs Python code starts with no exception. */
static void start_run(TyInterp *I)
{
    forget_error(I);
    tyErr_clear();
}

int ty_runString(TyInterp *I, const char *source, const char *module, const char *filename)
{
    start_run(I);
    TyObject *m = find_module(module, true, NULL);
    if (!m)
        return TY_ERROR;
    return tyImport_runSource(m, source, strlen(source), filename ? filename : "<string>") < 0 ? TY_ERROR
                                                                                              : TY_OK;
}

int ty_runFile(TyInterp *I, const char *path, const char *module)
{
    start_run(I);
    TyObject *m = find_module(module, true, NULL);
    size_t len;
    char *src = m ? tyImport_readFile(path, &len) : NULL;
    if (!src)
        return TY_ERROR;
    int r = tyImport_runSource(m, src, len, path);
    tyMem_free(src);
    return r < 0 ? TY_ERROR : TY_OK;
}

TyObject *ty_import(TyInterp *I, const char *name)
{
    start_run(I);
    return tyImport_importC(name);
}

TyObject *ty_getGlobal(TyInterp *I, const char *module, const char *name)
{
    TyObject *m = find_module(module, false, name);
    if (!m)
        return NULL;
    TyObject *v = tyDict_getItemStr(TY_MODULE_DICT(m), name);
    if (!v)
        return tyErr_occurred() ? NULL : tyErr_format(&TyExc_NameError, "name '%s' is not defined", name);
    return TY_NEWREF(v);
}

int ty_setGlobal(TyInterp *I, const char *module, const char *name, TyObject *value)
{
    TyObject *m = find_module(module, true, NULL);
    return m && tyDict_setItemStr(TY_MODULE_DICT(m), name, value) == 0 ? TY_OK : TY_ERROR;
}

/* ---- calling ------------------------------------------------------------ */

TyObject *ty_call(TyInterp *I, TyObject *callable, TyObject *const *args, size_t nargs, TyObject *kwargs)
{
    start_run(I);
    if (kwargs && !TY_DICT_CHECK(kwargs))
        return tyErr_format(&TyExc_TypeError, "ty_call: kwargs must be a dict, not %T", kwargs);
    return tyObj_callDict(callable, args, (ssize_t)nargs, kwargs);
}

TyObject *ty_callMethod(TyInterp *I, TyObject *o, const char *name, TyObject *const *args, size_t nargs)
{
    start_run(I);
    TyObject *sname = tyStr_fromCStr(name);
    TyObject *r = sname ? tyObj_callMethod(o, sname, args, nargs) : NULL;
    TY_XDECREF(sname);
    return r;
}

/* ---- host functions and modules ----------------------------------------- */

TyObject *ty_newFunction(TyInterp *I, const char *name, TyHostFn fn, void *ud)
{
    return tyHostFunc_new(I, name, NULL, (ty_hostfn)fn, ud);
}

int ty_register(TyInterp *I, const char *module, const char *name, TyHostFn fn, void *ud)
{
    TyObject *m = find_module(module, true, NULL);
    TyObject *f = m ? tyHostFunc_new(I, name, module ? module : "__main__", (ty_hostfn)fn, ud) : NULL;
    int r = f && tyDict_setItemStr(TY_MODULE_DICT(m), name, f) == 0 ? TY_OK : TY_ERROR;
    TY_XDECREF(f);
    return r;
}

TyObject *ty_newModule(TyInterp *I, const char *name, const TyFunctionReg *funcs, void *ud)
{
    TyObject *m = find_module(name, true, NULL);
    for (const TyFunctionReg *r = funcs; m && r && r->name; r++) {
        TyObject *f = tyHostFunc_new(I, r->name, name, (ty_hostfn)r->fn, ud);
        if (!f || tyDict_setItemStr(TY_MODULE_DICT(m), r->name, f) < 0)
            m = NULL;
        TY_XDECREF(f);
    }
    return m;
}

/* The exception class named `name` ("ValueError" from builtins, or
** "module.Name"): new reference, or NULL with an exception. */
static TyObject *exception_class(const char *name)
{
    const char *dot = strrchr(name, '.');
    TyObject *cls;
    if (dot) {
        TyObject *modname = tyStr_fromUtf8(name, dot - name);
        TyObject *mod = modname ? tyImport_importC(TY_STR_UTF8(modname)) : NULL;
        TY_XDECREF(modname);
        cls = mod ? tyObj_getAttrStr(mod, dot + 1) : NULL;
        TY_XDECREF(mod);
    } else {
        cls = tyDict_getItemStr(ty_state.builtins, name);
        if (cls)
            TY_INCREF(cls);
        else if (!tyErr_occurred())
            tyErr_format(&TyExc_NameError, "name '%s' is not defined", name);
    }
    if (cls && !(TY_TYPE_CHECK(cls) && tyType_isSubtype((TyType *)cls, &TyExc_BaseException))) {
        TY_DECREF(cls);
        return tyErr_format(&TyExc_TypeError, "ty_raise: %s is not an exception class", name);
    }
    return cls;
}

TyObject *ty_raise(TyInterp *I, const char *type, const char *message)
{
    TyObject *cls = exception_class(type);
    if (!cls)
        return NULL;
    tyErr_setString((TyType *)cls, message);
    TY_DECREF(cls);
    return NULL;
}

/* ---- errors ------------------------------------------------------------- */

int ty_hasError(TyInterp *I)
{
    return ty_state.exc != NULL;
}

TyObject *ty_error(TyInterp *I)
{
    return ty_state.exc;
}

void ty_clearError(TyInterp *I)
{
    forget_error(I);
    tyErr_clear();
}

/*
** The text *slot describes the pending exception with, made by `make`
** (a new str, or NULL with an exception) while the exception is put
** aside; the texts of an earlier exception go first.  Borrowed UTF-8, or
** NULL when no exception is pending or the text cannot be made.
*/
static const char *error_text(TyInterp *I, TyObject **slot, TyObject *(*make)(TyObject *exc))
{
    TyObject *exc = ty_state.exc;
    if (!exc)
        return NULL;
    if (I->err != exc) {
        forget_error(I);
        I->err = TY_NEWREF(exc);
    }
    if (!*slot) {
        TyObject *saved = tyErr_fetch();
        *slot = make(saved);
        tyErr_restore(saved);
    }
    return *slot ? TY_STR_UTF8(*slot) : NULL;
}

static TyObject *make_type_name(TyObject *exc)
{
    return tyObj_getAttr((TyObject *)TY_TYPE(exc), TY_ID(__qualname__));
}

/* str(exc), or "" when it fails, as a traceback's last line shows it. */
static TyObject *make_message(TyObject *exc)
{
    TyObject *s = tyObj_str(exc);
    if (!s) {
        tyErr_clear();
        s = tyStr_fromCStr("");
    }
    return s;
}

static TyObject *make_traceback(TyObject *exc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out)
        return tyErr_noMemory();
    tyTraceback_displayTo(out, exc);
    fclose(out);
    TyObject *s = tyStr_decodeUtf8(buf, (ssize_t)len);
    free(buf);
    return s;
}

const char *ty_errorType(TyInterp *I)
{
    return error_text(I, &I->err_type, make_type_name);
}

const char *ty_errorMessage(TyInterp *I)
{
    return error_text(I, &I->err_msg, make_message);
}

const char *ty_errorTraceback(TyInterp *I)
{
    return error_text(I, &I->err_tb, make_traceback);
}

int ty_exitStatus(TyInterp *I)
{
    TyObject *exc = ty_state.exc;
    if (!exc || !tyType_isSubtype(TY_TYPE(exc), &TyExc_SystemExit))
        return -1;
    TyObject *code = tyExc_systemExitCode(exc);
    if (!code || code == TY_NONE)
        return 0;
    if (!TY_INT_CHECK(code))
        return 1;
    TyObject *saved = tyErr_fetch();
    int64_t v;
    int r = tyInt_asI64(code, &v);
    tyErr_clear();
    tyErr_restore(saved);
    return (r < 0 ? -1 : (int)v) & 0xff;
}

/* ---- references and values ---------------------------------------------- */

void ty_incRef(TyObject *o)
{
    TY_INCREF(o);
}

void ty_decRef(TyObject *o)
{
    TY_XDECREF(o);
}

TyKind ty_kind(TyObject *o)
{
    if (o == TY_NONE)
        return TY_KIND_NONE;
    if (TY_BOOL_CHECK(o))
        return TY_KIND_BOOL;
    if (TY_INT_CHECK(o))
        return TY_KIND_INT;
    if (TY_FLOAT_CHECK(o))
        return TY_KIND_FLOAT;
    if (TY_STR_CHECK(o))
        return TY_KIND_STR;
    if (TY_BYTES_CHECK(o))
        return TY_KIND_BYTES;
    if (TY_LIST_CHECK(o))
        return TY_KIND_LIST;
    if (TY_TUPLE_CHECK(o))
        return TY_KIND_TUPLE;
    if (TY_DICT_CHECK(o))
        return TY_KIND_DICT;
    return TY_KIND_OTHER;
}

const char *ty_typeName(TyObject *o)
{
    return tyType_name(TY_TYPE(o));
}

TyObject *ty_none(TyInterp *I)
{
    return tyNone_new();
}

TyObject *ty_fromBool(TyInterp *I, int b)
{
    return tyBool_from(b != 0);
}

TyObject *ty_fromInt(TyInterp *I, int64_t v)
{
    return tyInt_fromI64(v);
}

TyObject *ty_fromDouble(TyInterp *I, double v)
{
    return tyFloat_from(v);
}

TyObject *ty_fromString(TyInterp *I, const char *s, ssize_t len)
{
    return tyStr_decodeUtf8(s, len < 0 ? (ssize_t)strlen(s) : len);
}

TyObject *ty_fromBytes(TyInterp *I, const void *data, size_t len)
{
    return tyBytes_fromData(data, (ssize_t)len);
}

int ty_toInt(TyInterp *I, TyObject *o, int64_t *out)
{
    TyObject *n = tyNum_index(o);
    if (!n)
        return TY_ERROR;
    int r = tyInt_asI64(n, out);
    TY_DECREF(n);
    return r < 0 ? TY_ERROR : TY_OK;
}

int ty_toDouble(TyInterp *I, TyObject *o, double *out)
{
    double d = tyFloat_asDouble(o);
    if (d == -1.0 && tyErr_occurred())
        return TY_ERROR;
    *out = d;
    return TY_OK;
}

const char *ty_toString(TyInterp *I, TyObject *o, size_t *len)
{
    if (!TY_STR_CHECK(o))
        return tyErr_format(&TyExc_TypeError, "expected str, got %T", o), NULL;
    if (len)
        *len = (size_t)TY_STR_NBYTES(o);
    return TY_STR_UTF8(o);
}

const char *ty_toBytes(TyInterp *I, TyObject *o, size_t *len)
{
    if (!TY_BYTES_CHECK(o))
        return tyErr_format(&TyExc_TypeError, "expected bytes, got %T", o), NULL;
    if (len)
        *len = (size_t)TY_BYTES_LEN(o);
    return TY_BYTES_DATA(o);
}

int ty_truth(TyInterp *I, TyObject *o)
{
    return tyObj_isTrue(o);
}

TyObject *ty_str(TyInterp *I, TyObject *o)
{
    return tyObj_str(o);
}

TyObject *ty_repr(TyInterp *I, TyObject *o)
{
    return tyObj_repr(o);
}

/* ---- containers ----------------------------------------------------------- */

TyObject *ty_newList(TyInterp *I)
{
    return tyList_new(0);
}

TyObject *ty_newDict(TyInterp *I)
{
    return tyDict_new();
}

TyObject *ty_newTuple(TyInterp *I, TyObject *const *items, size_t n)
{
    return tyTuple_fromArray(items, (ssize_t)n);
}

int ty_listAppend(TyInterp *I, TyObject *list, TyObject *item)
{
    if (!TY_LIST_CHECK(list)) {
        tyErr_format(&TyExc_TypeError, "expected list, got %T", list);
        return TY_ERROR;
    }
    return tyList_append(list, item) < 0 ? TY_ERROR : TY_OK;
}

int ty_listAppendSteal(TyInterp *I, TyObject *list, TyObject *item)
{
    if (!item)
        return TY_ERROR;
    int r = ty_listAppend(I, list, item);
    TY_DECREF(item);
    return r;
}

ssize_t ty_len(TyInterp *I, TyObject *o)
{
    return tyObj_length(o);
}

TyObject *ty_getItem(TyInterp *I, TyObject *o, TyObject *key)
{
    return tyObj_getItem(o, key);
}

int ty_setItem(TyInterp *I, TyObject *o, TyObject *key, TyObject *value)
{
    return tyObj_setItem(o, key, value) < 0 ? TY_ERROR : TY_OK;
}

TyObject *ty_getIndex(TyInterp *I, TyObject *o, ssize_t i)
{
    TyObject *key = tyInt_fromI64(i);
    TyObject *r = key ? tyObj_getItem(o, key) : NULL;
    TY_XDECREF(key);
    return r;
}

TyObject *ty_getKey(TyInterp *I, TyObject *d, const char *key)
{
    TyObject *k = tyStr_fromCStr(key);
    TyObject *r = k ? tyObj_getItem(d, k) : NULL;
    TY_XDECREF(k);
    return r;
}

int ty_setKey(TyInterp *I, TyObject *d, const char *key, TyObject *value)
{
    TyObject *k = tyStr_fromCStr(key);
    int r = k && tyObj_setItem(d, k, value) == 0 ? TY_OK : TY_ERROR;
    TY_XDECREF(k);
    return r;
}

TyObject *ty_getAttr(TyInterp *I, TyObject *o, const char *name)
{
    return tyObj_getAttrStr(o, name);
}

int ty_setAttr(TyInterp *I, TyObject *o, const char *name, TyObject *value)
{
    return tyObj_setAttrStr(o, name, value) < 0 ? TY_ERROR : TY_OK;
}

/* ---- memory, the collector, interrupts ------------------------------------ */

ssize_t ty_collect(TyInterp *I)
{
    TyObject *saved = tyErr_fetch();
    ssize_t n = tyGC_collect(2);
    tyErr_clear();
    tyErr_restore(saved);
    return n;
}

void ty_gcCounts(TyInterp *I, int counts[3])
{
    for (int g = 0; g < 3; g++)
        counts[g] = ty_state.gc.gen[g].count;
}

ssize_t ty_liveObjects(TyInterp *I)
{
    return tyMem_liveObjects();
}

size_t ty_memoryUsed(TyInterp *I)
{
    return ty_state.mem.used;
}

void ty_setMemoryLimit(TyInterp *I, size_t bytes)
{
    ty_state.mem.limit = bytes;
}

void ty_interrupt(TyInterp *I)
{
    ty_state.sigint_pending = 1;
    ty_state.eval_breaker = 1;
}
