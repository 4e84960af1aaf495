/*
** func.c — Python function objects: code plus the environment it runs in
** (globals, builtins, defaults, closure cells).
*/
#include "tally.h"
#include "vm.h"
#include "objects/func.h"
#include "objects/code.h"
#include "objects/weakref.h"

TyObject *tyFunction_new(TyObject *code, TyObject *globals, TyObject *qualname)
{
    TyCode *co = (TyCode *)code;
    TyFunction *f = (TyFunction *)tyGC_alloc(&TyFunction_Type);
    if (!f)
        return NULL;
    f->code = TY_NEWREF(code);
    f->globals = TY_NEWREF(globals);
    TyObject *builtins = tyDict_getItem(globals, TY_ID(__builtins__));
    if (builtins && TY_MODULE_CHECK(builtins))
        builtins = TY_MODULE_DICT(builtins);
    if (!builtins) {
        /* Globals without __builtins__ take the running code's (CPython's
        ** _PyEval_BuiltinsFromGlobals). */
        TyFrame *running = tyVM_currentFrame();
        builtins = running && running->builtins ? running->builtins : ty_state.builtins;
    }
    f->builtins = TY_NEWREF(builtins);
    f->name = TY_NEWREF(co->name);
    f->qualname = TY_NEWREF(qualname ? qualname : co->qualname);
    TyObject *doc = TY_TUPLE_LEN(co->consts) > 0 && (co->flags & TY_CO_OPTIMIZED)
                        ? TY_TUPLE_GET(co->consts, 0) : TY_NONE;
    f->doc = TY_NEWREF(TY_STR_CHECK(doc) ? doc : TY_NONE);
    TyObject *module = tyDict_getItem(globals, TY_ID(__name__));
    f->module = module ? TY_NEWREF(module) : NULL;
    tyGC_track((TyObject *)f);
    return (TyObject *)f;
}

/* function(code, globals, name=None, argdefs=None, closure=None), with
** CPython's checks: the closure must give a cell for each free variable. */
static TyObject *func_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "code", "globals", "name", "argdefs", "closure", NULL };
    TyObject *a[5];
    if (tyArg_unpack("function", args, nargs, kwnames, names, 2, 5, a) < 0)
        return NULL;
    TyObject *code = a[0], *globals = a[1];
    TyObject *name = a[2] ? a[2] : TY_NONE, *defaults = a[3] ? a[3] : TY_NONE;
    TyObject *closure = a[4] ? a[4] : TY_NONE;
    if (!TY_CODE_CHECK(code))
        return tyErr_format(&TyExc_TypeError, "function() argument 'code' must be code, not %s",
                            tyType_name(TY_TYPE(code)));
    if (!TY_DICT_CHECK(globals))
        return tyErr_format(&TyExc_TypeError, "function() argument 'globals' must be dict, not %s",
                            tyType_name(TY_TYPE(globals)));
    if (name != TY_NONE && !TY_STR_CHECK(name))
        return tyErr_setString(&TyExc_TypeError, "arg 3 (name) must be None or string");
    if (defaults != TY_NONE && !TY_TUPLE_CHECK(defaults))
        return tyErr_setString(&TyExc_TypeError, "arg 4 (defaults) must be None or tuple");
    TyCode *co = (TyCode *)code;
    if (!TY_TUPLE_CHECK(closure)) {
        if (co->nfrees && closure == TY_NONE)
            return tyErr_setString(&TyExc_TypeError, "arg 5 (closure) must be tuple");
        if (closure != TY_NONE)
            return tyErr_setString(&TyExc_TypeError, "arg 5 (closure) must be None or tuple");
    }
    ssize_t ncells = closure == TY_NONE ? 0 : TY_TUPLE_LEN(closure);
    if (co->nfrees != ncells)
        return tyErr_format(&TyExc_ValueError, "%U requires closure of length %zd, not %zd",
                            co->name, (ssize_t)co->nfrees, ncells);
    for (ssize_t i = 0; i < ncells; i++) {
        TyObject *cell = TY_TUPLE_GET(closure, i);
        if (!TY_IS_TYPE(cell, &TyCell_Type))
            return tyErr_format(&TyExc_TypeError, "arg 5 (closure) expected cell, found %s",
                                tyType_name(TY_TYPE(cell)));
    }
    TyFunction *f = (TyFunction *)tyFunction_new(code, globals, NULL);
    if (!f)
        return NULL;
    if (name != TY_NONE)
        TY_SETREF(f->name, TY_NEWREF(name));
    if (defaults != TY_NONE)
        f->defaults = TY_NEWREF(defaults);
    if (closure != TY_NONE)
        f->closure = TY_NEWREF(closure);
    return (TyObject *)f;
}

static int func_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyFunction *f = (TyFunction *)o;
    TyObject *refs[] = { f->code, f->globals, f->builtins, f->name, f->qualname, f->defaults,
                         f->kwdefaults, f->closure, f->doc, f->dict, f->module, f->annotations };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int func_clear(TyObject *o)
{
    TyFunction *f = (TyFunction *)o;
    TY_CLEAR(f->globals);
    TY_CLEAR(f->builtins);
    TY_CLEAR(f->defaults);
    TY_CLEAR(f->kwdefaults);
    TY_CLEAR(f->closure);
    TY_CLEAR(f->doc);
    TY_CLEAR(f->dict);
    TY_CLEAR(f->module);
    TY_CLEAR(f->annotations);
    return 0;
}

static void func_dealloc(TyObject *o)
{
    TyFunction *f = (TyFunction *)o;
    tyGC_untrack(o);
    if (f->weakreflist)
        tyWeakref_clear(o);
    func_clear(o);
    TY_CLEAR(f->code);
    TY_CLEAR(f->name);
    TY_CLEAR(f->qualname);
    tyObj_free(o);
}

static TyObject *func_repr(TyObject *o)
{
    return tyStr_fromFormat("<function %U at %p>", ((TyFunction *)o)->qualname, (void *)o);
}

static TyObject *func_descr_get(TyObject *func, TyObject *obj, TyObject *type)
{
    if (!obj)
        return TY_NEWREF(func);
    return tyMethod_new(func, obj);
}

static TyObject *none_or(TyObject *v)
{
    return TY_NEWREF(v ? v : TY_NONE);
}

#define FUNC(o) ((TyFunction *)(o))

static TyObject *get_code(TyObject *o) { return TY_NEWREF(FUNC(o)->code); }
static TyObject *get_globals(TyObject *o) { return TY_NEWREF(FUNC(o)->globals); }
static TyObject *get_builtins(TyObject *o) { return TY_NEWREF(FUNC(o)->builtins); }
static TyObject *get_name(TyObject *o) { return TY_NEWREF(FUNC(o)->name); }
static TyObject *get_qualname(TyObject *o) { return TY_NEWREF(FUNC(o)->qualname); }
static TyObject *get_defaults(TyObject *o) { return none_or(FUNC(o)->defaults); }
static TyObject *get_kwdefaults(TyObject *o) { return none_or(FUNC(o)->kwdefaults); }
static TyObject *get_closure(TyObject *o) { return none_or(FUNC(o)->closure); }
static TyObject *get_doc(TyObject *o) { return none_or(FUNC(o)->doc); }
static TyObject *get_module(TyObject *o) { return none_or(FUNC(o)->module); }

static int set_str_attr(TyObject **slot, TyObject *v, const char *what)
{
    if (!v || !TY_STR_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    TY_SETREF(*slot, TY_NEWREF(v));
    return 0;
}

static int set_name(TyObject *o, TyObject *v) { return set_str_attr(&FUNC(o)->name, v, "__name__"); }
static int set_qualname(TyObject *o, TyObject *v) { return set_str_attr(&FUNC(o)->qualname, v, "__qualname__"); }

static int set_defaults(TyObject *o, TyObject *v)
{
    if (v == TY_NONE)
        v = NULL;
    if (v && !TY_TUPLE_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    TY_XINCREF(v);
    TY_XSETREF(FUNC(o)->defaults, v);
    return 0;
}

static int set_kwdefaults(TyObject *o, TyObject *v)
{
    if (v == TY_NONE)
        v = NULL;
    if (v && !TY_DICT_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    TY_XINCREF(v);
    TY_XSETREF(FUNC(o)->kwdefaults, v);
    return 0;
}

static int set_doc(TyObject *o, TyObject *v)
{
    TY_XINCREF(v);
    TY_XSETREF(FUNC(o)->doc, v);
    return 0;
}

static int set_module(TyObject *o, TyObject *v)
{
    TY_XINCREF(v);
    TY_XSETREF(FUNC(o)->module, v);
    return 0;
}

static int set_code(TyObject *o, TyObject *v)
{
    if (!v || !TY_CODE_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    int nfree = ((TyCode *)v)->nfrees;
    int nclosure = FUNC(o)->closure ? (int)TY_TUPLE_LEN(FUNC(o)->closure) : 0;
    if (nfree != nclosure) {
        tyErr_format(&TyExc_ValueError, "%U() requires a code object with %d free vars, not %d",
                     FUNC(o)->name, nclosure, nfree);
        return -1;
    }
    TY_SETREF(FUNC(o)->code, TY_NEWREF(v));
    return 0;
}

static TyObject *get_dict(TyObject *o)
{
    TyFunction *f = FUNC(o);
    if (!f->dict) {
        f->dict = tyDict_new();
        if (!f->dict)
            return NULL;
    }
    return TY_NEWREF(f->dict);
}

/* f.__dict__ = d replaces the namespace with a dict (a subclass too);
** deleting it, or another value, is CPython's TypeError. */
static int set_dict(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!TY_DICT_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", tyType_name(TY_TYPE(v)));
        return -1;
    }
    TY_XSETREF(FUNC(o)->dict, TY_NEWREF(v));
    return 0;
}

int tyFunction_copyWrapperAttrs(TyObject *wrapper, TyObject *wrapped)
{
    static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__" };
    for (size_t i = 0; i < TY_ARRAY_LEN(names); i++) {
        TyObject *v = tyObj_getAttrStr(wrapped, names[i]);
        if (!v) {
            if (!tyErr_exceptionMatches(&TyExc_AttributeError))
                return -1;
            tyErr_clear();
            continue;
        }
        int r = tyObj_setAttrStr(wrapper, names[i], v);
        TY_DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

TyObject *tyFunction_wrapperDict(TyObject **slot)
{
    if (!*slot)
        *slot = tyDict_new();
    return *slot ? TY_NEWREF(*slot) : NULL;
}

int tyFunction_setAnnotationPairs(TyObject *fn, TyObject *pairs)
{
    /* Kept as the tuple until __annotations__ is read, as CPython 3.11
    ** does: defining an annotated function makes no dict. */
    TY_XSETREF(((TyFunction *)fn)->annotations, TY_NEWREF(pairs));
    return 0;
}

static TyObject *get_annotations(TyObject *o)
{
    TyFunction *f = FUNC(o);
    if (f->annotations && TY_TUPLE_CHECK(f->annotations)) {
        TyObject *pairs = f->annotations;
        TyObject *d = tyDict_new();
        if (!d)
            return NULL;
        for (ssize_t i = 0; i + 1 < TY_TUPLE_LEN(pairs); i += 2)
            if (tyDict_setItem(d, TY_TUPLE_GET(pairs, i), TY_TUPLE_GET(pairs, i + 1)) < 0) {
                TY_DECREF(d);
                return NULL;
            }
        TY_SETREF(f->annotations, d);
    }
    if (!f->annotations) {
        f->annotations = tyDict_new();
        if (!f->annotations)
            return NULL;
    }
    return TY_NEWREF(f->annotations);
}

static int set_annotations(TyObject *o, TyObject *v)
{
    if (v == TY_NONE)
        v = NULL;
    if (v && !TY_DICT_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    TY_XINCREF(v);
    TY_XSETREF(FUNC(o)->annotations, v);
    return 0;
}

static TyGetSetDef func_getset[] = {
    { "__code__", get_code, set_code, NULL },
    { "__globals__", get_globals, NULL, NULL, true },
    { "__builtins__", get_builtins, NULL, NULL, true },
    { "__name__", get_name, set_name, NULL },
    { "__qualname__", get_qualname, set_qualname, NULL },
    { "__defaults__", get_defaults, set_defaults, NULL },
    { "__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL },
    { "__closure__", get_closure, NULL, NULL, true },
    { "__doc__", get_doc, set_doc, NULL, true },
    { "__module__", get_module, set_module, NULL, true },
    { "__dict__", get_dict, set_dict, NULL },
    { "__annotations__", get_annotations, set_annotations, NULL },
    { NULL }
};

TyType TyFunction_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "function",
    .doc = "Create a function object.\n\n  code\n    a code object\n  globals\n    the globals "
           "dictionary\n  name\n    a string that overrides the name from the code object\n  "
           "argdefs\n    a tuple that specifies the default argument values\n  closure\n    a "
           "tuple that supplies the bindings for free variables",
    .basicsize = sizeof(TyFunction),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_METHOD_DESCR,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .tp_new = func_tp_new,
    .call = tyFunction_vectorcall,
    .descr_get = func_descr_get,
    .traverse = func_traverse,
    .clear = func_clear,
    .getset = func_getset,
    .dictoffset = offsetof(TyFunction, dict),
    .weaklistoffset = offsetof(TyFunction, weakreflist),
};

TyObject *tyFunc_isAbstract(TyObject *f)
{
    if (!f)
        return tyBool_from(false);
    TyObject *name = tyStr_internC("__isabstractmethod__");
    if (!name)
        return NULL;
    TyObject *v;
    int has = tyObj_lookupAttr(f, name, &v);
    TY_DECREF(name);
    if (has <= 0)
        return has < 0 ? NULL : tyBool_from(false);
    int t = tyObj_isTrue(v);
    TY_DECREF(v);
    return t < 0 ? NULL : tyBool_from(t);
}
