/*
** sys.c — the sys module: the interpreter's parameters (argv, path,
** version, limits), its standard streams, and the functions that look into
** the running interpreter (getrefcount, exc_info, getsizeof, ...).
**
** Also here, because sys is its first user: the simple namespace behind
** sys.implementation.
**
** tally reports CPython's version (TY_PYTHON_VERSION) in sys.version and
** sys.version_info, since that is the language it follows, and its own
** version in sys.implementation.
*/
#include <float.h>
#include <limits.h>
#include <unistd.h>
#include "tally.h"
#include "trace.h"
#include "traceback.h"
#include "modules/sys.h"
#include "objects/structseq.h"
#include "objects/textio.h"
#include "objects/frame.h"
#include "vm.h"
#include "pathconfig.h"
#include "modtable.h"
#include "import.h"
#include "modules/warningsmodule.h"

/* ---- simple namespaces ------------------------------------------------------------- */

typedef struct TySysNamespace {
    TyObject ob;
    TyObject *dict;
} TySysNamespace;

/* An empty namespace of `type` (SimpleNamespace or a subclass): new
** reference, tracked. */
static TyObject *namespace_alloc(TyType *type)
{
    TySysNamespace *ns = (TySysNamespace *)tyGC_alloc(type);
    if (!ns)
        return NULL;
    ns->dict = tyDict_new();
    tyGC_track((TyObject *)ns);
    if (!ns->dict) {
        TY_DECREF(ns);
        return NULL;
    }
    return (TyObject *)ns;
}

TyObject *tySys_namespaceNew(void)
{
    if (tyType_ready(&TySysNamespace_Type) < 0)
        return NULL;
    return namespace_alloc(&TySysNamespace_Type);
}

static void namespace_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TySysNamespace *)o)->dict);
    tyObj_free(o);
}

static int namespace_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *d = ((TySysNamespace *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int namespace_clear(TyObject *o)
{
    TY_CLEAR(((TySysNamespace *)o)->dict);
    return 0;
}

/* "namespace(a=1, b='x')" (a subclass's own name in place of namespace),
** over a snapshot of the items (a value's repr may change the namespace). */
static TyObject *namespace_repr(TyObject *o)
{
    TyObject *d = ((TySysNamespace *)o)->dict;
    int busy = tyObj_reprEnter(o);
    if (busy < 0)
        return NULL;
    const char *name = TY_TYPE(o) == &TySysNamespace_Type ? "namespace" : tyType_name(TY_TYPE(o));
    if (busy)
        return tyStr_fromFormat("%s(...)", name);
    TyObject *items = d ? tyDict_items(d) : tyList_new(0);
    TyStrBuilder b;
    tyBuf_init(&b);
    int r = items ? tyBuf_appendFormat(&b, "%s(", name) : -1;
    bool first = true;
    for (ssize_t i = 0; r == 0 && i < TY_LIST_LEN(items); i++) {
        TyObject *k = TY_TUPLE_GET(TY_LIST_GET(items, i), 0);
        TyObject *v = TY_TUPLE_GET(TY_LIST_GET(items, i), 1);
        if (!TY_STR_CHECK(k))
            continue;
        if (!first)
            r = tyBuf_append(&b, ", ", 2);
        first = false;
        if (r == 0)
            r = tyBuf_appendStr(&b, k);
        if (r == 0)
            r = tyBuf_appendChar(&b, '=');
        if (r == 0)
            r = tyBuf_appendRepr(&b, v);
    }
    if (r == 0)
        r = tyBuf_appendChar(&b, ')');
    TY_XDECREF(items);
    tyObj_reprLeave(o);
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

static TyObject *namespace_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_IS_INSTANCE(a, &TySysNamespace_Type) ||
        !TY_IS_INSTANCE(b, &TySysNamespace_Type))
        return TY_NEWREF(TY_NOTIMPL);
    return tyObj_richCompare(((TySysNamespace *)a)->dict, ((TySysNamespace *)b)->dict, op);
}

/* types.SimpleNamespace(**kwargs): an empty namespace that __init__ fills. */
static TyObject *namespace_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return namespace_alloc(type);
}

/* __init__(**kwargs): each keyword becomes an attribute (a later call
** adds to and overwrites the earlier ones, as CPython's). */
static int namespace_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs > 0) {
        tyErr_setString(&TyExc_TypeError, "no positional arguments expected");
        return -1;
    }
    TyObject *d = ((TySysNamespace *)self)->dict;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (!d || tyDict_setItem(d, TY_TUPLE_GET(kwnames, i), args[i]) < 0)
            return -1;
    return 0;
}

/* __reduce__: (type, (), the attributes), so copy and pickle rebuild it. */
static TyObject *namespace_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *d = ((TySysNamespace *)self)->dict;
    TyObject *empty = tyTuple_new(0);
    TyObject *r = empty ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), empty, d ? d : TY_NONE) : NULL;
    TY_XDECREF(empty);
    return r;
}

static TyMethodDef namespace_methods[] = {
    { "__reduce__", namespace_reduce, TY_METH_DEFAULT, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

static TyObject *namespace_get_dict(TyObject *o)
{
    return TY_NEWREF(((TySysNamespace *)o)->dict);
}

static TyGetSetDef namespace_getset[] = {
    { "__dict__", namespace_get_dict, NULL, NULL },
    { NULL }
};

TyType TySysNamespace_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(TySysNamespace),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = namespace_dealloc,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .getattr = tyObj_genericGetAttr,
    .setattr = tyObj_genericSetAttr,
    .getset = namespace_getset,
    .methods = namespace_methods,
    .tp_new = namespace_new,
    .tp_init = namespace_init,
    .dictoffset = offsetof(TySysNamespace, dict),
    .doc = "A simple attribute-based namespace.",
};

/* ---- the struct sequence types of sys -------------------------------------------- */

static const char *const version_info_fields[] = { "major", "minor", "micro", "releaselevel", "serial" };
static TyStructSeqType version_info_type =
    TY_STRUCTSEQ_TYPE("sys.version_info", version_info_fields, 5, false);

static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
};
static TyStructSeqType flags_type = TY_STRUCTSEQ_TYPE("sys.flags", flags_fields, 18, false);

static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
    "dig", "mant_dig", "epsilon", "radix", "rounds",
};
static TyStructSeqType float_info_type =
    TY_STRUCTSEQ_TYPE("sys.float_info", float_info_fields, 11, false);

static const char *const int_info_fields[] = {
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold",
};
static TyStructSeqType int_info_type = TY_STRUCTSEQ_TYPE("sys.int_info", int_info_fields, 4, false);

static const char *const hash_info_fields[] = {
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff",
};
static TyStructSeqType hash_info_type = TY_STRUCTSEQ_TYPE("sys.hash_info", hash_info_fields, 9, false);

static const char *const thread_info_fields[] = { "name", "lock", "version" };
static TyStructSeqType thread_info_type = TY_STRUCTSEQ_TYPE("sys.thread_info", thread_info_fields, 3, false);

static const char *const asyncgen_hooks_fields[] = { "firstiter", "finalizer" };
static TyStructSeqType asyncgen_hooks_type =
    TY_STRUCTSEQ_TYPE("asyncgen_hooks", asyncgen_hooks_fields, 2, false);

static const char *const unraisable_fields[] = { "exc_type", "exc_value", "exc_traceback", "err_msg", "object" };
static TyStructSeqType unraisable_args_type =
    TY_STRUCTSEQ_TYPE("UnraisableHookArgs", unraisable_fields, 5, false);

void tySys_fini(void)
{
    tyType_finiStatic(&version_info_type.type);
    tyType_finiStatic(&flags_type.type);
    tyType_finiStatic(&float_info_type.type);
    tyType_finiStatic(&int_info_type.type);
    tyType_finiStatic(&hash_info_type.type);
    tyType_finiStatic(&thread_info_type.type);
    tyType_finiStatic(&asyncgen_hooks_type.type);
    tyType_finiStatic(&unraisable_args_type.type);
    tyType_finiStatic(&TySysNamespace_Type);
}

/* ---- helpers ----------------------------------------------------------------------------- */

static TyObject *sys_attr(TyObject *sys, TyObject *name)
{
    return tyDict_getItem(TY_MODULE_DICT(sys), name);
}

/*
** Decode a command-line argument as CPython does (os.fsdecode): UTF-8,
** with each byte of an invalid sequence becoming a lone surrogate
** U+DC80..U+DCFF ("surrogateescape").  New reference.
*/
static TyObject *decode_arg(const char *s, size_t n)
{
    TyObject *r = tyStr_decodeUtf8(s, (ssize_t)n);
    if (r || !tyErr_exceptionMatches(&TyExc_UnicodeDecodeError))
        return r;
    tyErr_clear();
    TyStrBuilder b;
    tyBuf_init(&b);
    size_t i = 0;
    while (i < n) {
        size_t k = 1;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
            k = want;
            TyObject *one = want && i + want <= n ? tyStr_decodeUtf8(s + i, (ssize_t)want) : NULL;
            if (one)
                TY_DECREF(one);
            else
                k = 0;
            tyErr_clear();
        }
        int e = k ? tyBuf_append(&b, s + i, k) : tyBuf_appendCodepoint(&b, 0xDC00 + c);
        if (e < 0) {
            tyBuf_free(&b);
            return NULL;
        }
        i += k ? k : 1;
    }
    return tyBuf_finish(&b);
}

static TyObject *str_list(char **items, int n)
{
    TyObject *list = tyList_new(n);
    if (!list)
        return NULL;
    for (int i = 0; i < n; i++) {
        TyObject *s = decode_arg(items[i], strlen(items[i]));
        if (!s) {
            for (int j = i; j < n; j++)
                TY_LIST_SET(list, j, tyNone_new());
            TY_DECREF(list);
            return NULL;
        }
        TY_LIST_SET(list, i, s);
    }
    return list;
}

/* The process's own command line (/proc/self/cmdline), the interpreter
** and its options included; argv when that cannot be read. */
static TyObject *orig_argv(int argc, char **argv)
{
    FILE *f = fopen("/proc/self/cmdline", "rb");
    if (!f)
        return str_list(argv, argc);
    TyStrBuilder b;
    tyBuf_init(&b);
    char chunk[4096];
    size_t n;
    int r = 0;
    while (r == 0 && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        r = tyBuf_append(&b, chunk, n);
    fclose(f);
    TyObject *list = r == 0 ? tyList_new(0) : NULL;
    for (size_t i = 0; list && i < b.len;) {
        size_t len = strnlen(b.data + i, b.len - i);
        TyObject *s = decode_arg(b.data + i, len);
        if (!s || tyList_append(list, s) < 0)
            TY_CLEAR(list);
        TY_XDECREF(s);
        i += len + 1;
    }
    tyBuf_free(&b);
    return list;
}

/* ---- functions -------------------------------------------------------------------------- */

TY_CFUNC(sys_exit)
{
    if (tyArg_noKeywords("exit", kwnames) < 0 || tyArg_checkPositional("exit", nargs, 0, 1) < 0)
        return NULL;
    TyObject *code = nargs == 1 && args[0] != TY_NONE ? args[0] : NULL;
    return tyErr_setObject(&TyExc_SystemExit, code);
}

TY_CFUNC(sys_getrefcount)
{
    if (tyArg_noKeywords("sys.getrefcount", kwnames) < 0 ||
        tyArg_checkPositional("sys.getrefcount", nargs, 1, 1) < 0)
        return NULL;
    ssize_t n = TY_REFCNT(args[0]);
    return tyInt_fromI64(n > TY_IMMORTAL_THRESHOLD ? TY_IMMORTAL_REPORTED : n);
}

/* is_finalizing(): True once the exit callbacks have run, while the
** modules are torn down (what a __del__ then sees), as in CPython. */
TY_CFUNC(sys_is_finalizing)
{
    if (tyArg_noKeywords("is_finalizing", kwnames) < 0 || tyArg_checkPositional("is_finalizing", nargs, 0, 0) < 0)
        return NULL;
    return tyBool_from(ty_state.finalizing);
}

TY_CFUNC(sys_get_asyncgen_hooks)
{
    if (tyArg_noKeywords("get_asyncgen_hooks", kwnames) < 0 ||
        tyArg_checkPositional("get_asyncgen_hooks", nargs, 0, 0) < 0)
        return NULL;
    TyObject *hooks[2] = { ty_state.asyncgen_firstiter, ty_state.asyncgen_finalizer };
    TyObject *values[2];
    for (int i = 0; i < 2; i++)
        values[i] = TY_NEWREF(hooks[i] ? hooks[i] : TY_NONE);
    return tyStructSeq_fromValues(&asyncgen_hooks_type, values);
}

/* One hook of set_asyncgen_hooks: not given keeps it, None removes it,
** anything else must be callable. */
static int set_hook(TyObject **slot, TyObject *v, const char *what)
{
    if (!v)
        return 0;
    if (v != TY_NONE && !tyObj_isCallable(v)) {
        tyErr_format(&TyExc_TypeError, "callable %s expected, got %s", what, tyType_name(TY_TYPE(v)));
        return -1;
    }
    TyObject *hook = v == TY_NONE ? NULL : TY_NEWREF(v);
    TY_XSETREF(*slot, hook);
    return 0;
}

TY_CFUNC(sys_get_coroutine_origin_tracking_depth)
{
    if (tyArg_noKeywords("get_coroutine_origin_tracking_depth", kwnames) < 0 ||
        tyArg_checkPositional("get_coroutine_origin_tracking_depth", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(ty_state.coro_origin_depth);
}

TY_CFUNC(sys_set_coroutine_origin_tracking_depth)
{
    static const char *const names[] = { "depth", NULL };
    TyObject *a[1];
    if (tyArg_unpack("set_coroutine_origin_tracking_depth", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    int depth;
    if (tyArg_int(a[0], &depth) < 0)
        return NULL;
    if (depth < 0)
        return tyErr_setString(&TyExc_ValueError, "depth must be >= 0");
    ty_state.coro_origin_depth = depth;
    return tyNone_new();
}

TY_CFUNC(sys_set_asyncgen_hooks)
{
    static const char *const names[] = { "firstiter", "finalizer", NULL };
    TyObject *a[2];
    if (tyArg_unpack("set_asyncgen_hooks", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        set_hook(&ty_state.asyncgen_finalizer, a[1], "finalizer") < 0 ||
        set_hook(&ty_state.asyncgen_firstiter, a[0], "firstiter") < 0)
        return NULL;
    return tyNone_new();
}

/* _getframe([depth]): the frame object `depth` calls up from the caller. */
TY_CFUNC(sys__getframe)
{
    int depth = 0;
    if (tyArg_noKeywords("sys._getframe", kwnames) < 0 || tyArg_checkPositional("_getframe", nargs, 0, 1) < 0 ||
        (nargs == 1 && tyArg_int(args[0], &depth) < 0))
        return NULL;
    TyFrame *f = tyVM_currentFrame();
    for (; f && depth > 0; depth--)
        f = f->previous;
    if (!f)
        return tyErr_setString(&TyExc_ValueError, "call stack is not deep enough");
    TyFrameObject *fo = tyFrame_getObject(f);
    return fo ? TY_NEWREF((TyObject *)fo) : NULL;
}

/* audit(event, *args): tally has no audit hooks (no sys.addaudithook),
** and with none CPython returns at once, not even checking the event. */
TY_CFUNC(sys_audit)
{
    if (tyArg_noKeywords("audit", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return tyErr_setString(&TyExc_TypeError, "audit() missing 1 required positional argument: 'event'");
    return TY_NEWREF(TY_NONE);
}

/* The thread switch interval CPython keeps, in whole microseconds: tally
** runs one thread, so it only reads back what was set. */
static unsigned long switch_interval = 5000;

TY_CFUNC(sys_setswitchinterval)
{
    if (tyArg_noKeywords("setswitchinterval", kwnames) < 0 ||
        tyArg_checkPositional("setswitchinterval", nargs, 1, 1) < 0)
        return NULL;
    double v = tyFloat_asDouble(args[0]);
    if (v == -1.0 && tyErr_occurred())
        return NULL;
    if (v <= 0.0)
        return tyErr_setString(&TyExc_ValueError, "switch interval must be strictly positive");
    switch_interval = (unsigned long)(1e6 * v);
    return tyNone_new();
}

TY_CFUNC(sys_getswitchinterval)
{
    if (tyArg_noKeywords("getswitchinterval", kwnames) < 0 ||
        tyArg_checkPositional("getswitchinterval", nargs, 0, 0) < 0)
        return NULL;
    return tyFloat_from(1e-6 * (double)switch_interval);
}

TY_CFUNC(sys_getrecursionlimit)
{
    if (tyArg_noKeywords("sys.getrecursionlimit", kwnames) < 0 ||
        tyArg_checkPositional("sys.getrecursionlimit", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(ty_state.recursion_limit);
}

TY_CFUNC(sys_setrecursionlimit)
{
    int limit;
    if (tyArg_noKeywords("sys.setrecursionlimit", kwnames) < 0 ||
        tyArg_checkPositional("sys.setrecursionlimit", nargs, 1, 1) < 0 ||
        tyArg_int(args[0], &limit) < 0)
        return NULL;
    if (limit < 1)
        return tyErr_setString(&TyExc_ValueError, "recursion limit must be greater or equal than 1");
    /* CPython counts a call of a one-argument builtin like this one as a
    ** level of recursion; so do we, to report the same depth. */
    int depth = ty_state.recursion_depth + 1;
    if (depth >= limit)
        return tyErr_format(&TyExc_RecursionError,
                            "cannot set the recursion limit to %d at the recursion depth %d: "
                            "the limit is too low", limit, depth);
    ty_state.recursion_limit = limit;
    return tyNone_new();
}


TY_CFUNC(sys_exc_info)
{
    if (tyArg_noKeywords("sys.exc_info", kwnames) < 0 ||
        tyArg_checkPositional("sys.exc_info", nargs, 0, 0) < 0)
        return NULL;
    TyObject *e = tyErr_handled();
    if (!e)
        return tyTuple_pack(3, TY_NONE, TY_NONE, TY_NONE);
    TyObject *tb = ((TyBaseException *)e)->traceback;
    return tyTuple_pack(3, (TyObject *)TY_TYPE(e), e, tb ? tb : TY_NONE);
}

TY_CFUNC(sys_exception)
{
    if (tyArg_noKeywords("sys.exception", kwnames) < 0 ||
        tyArg_checkPositional("sys.exception", nargs, 0, 0) < 0)
        return NULL;
    TyObject *e = tyErr_handled();
    return TY_NEWREF(e ? e : TY_NONE);
}

TY_CFUNC(sys_getsizeof)
{
    static const char *const names[] = { "object", "default", NULL };
    TyObject *a[2];
    if (nargs > 2)
        return tyErr_format(&TyExc_TypeError, "getsizeof() takes at most 2 arguments (%zu given)", nargs);
    if (tyArg_unpack("getsizeof", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *o = a[0], *dflt = a[1];
    TyObject *name = tyStr_internC("__sizeof__");
    if (!name)
        return NULL;
    /* A special method: looked up on the type, bound to o. */
    TyObject *method = tyObj_lookupSpecial(o, name);
    TY_DECREF(name);
    if (!method && tyErr_occurred())
        return NULL;
    if (!method) {
        tyErr_format(&TyExc_TypeError, "Type %s doesn't define __sizeof__", tyType_name(TY_TYPE(o)));
    } else {
        TyObject *res = tyObj_callNoArgs(method);
        TY_DECREF(method);
        if (!res)
            return NULL;
        if (!TY_INT_CHECK(res)) {
            tyErr_setString(&TyExc_TypeError, "an integer is required");
        } else {
            ssize_t size = tyInt_asSsize(res);
            if (!(size == -1 && tyErr_occurred())) {
                TY_DECREF(res);
                if (size < 0)
                    return tyErr_setString(&TyExc_ValueError, "__sizeof__() should return >= 0");
                if (tyGC_isGCObject(o))
                    size += (ssize_t)sizeof(TyGCHead);
                return tyInt_fromI64(size);
            }
        }
        TY_DECREF(res);
    }
    if (dflt && tyErr_exceptionMatches(&TyExc_TypeError)) {
        tyErr_clear();
        return TY_NEWREF(dflt);
    }
    return NULL;
}

TY_CFUNC(sys_intern)
{
    if (tyArg_noKeywords("intern", kwnames) < 0 || tyArg_checkPositional("intern", nargs, 1, 1) < 0)
        return NULL;
    TyObject *s = args[0];
    if (!TY_STR_CHECK(s))
        return tyErr_format(&TyExc_TypeError, "intern() argument must be str, not %A", s);
    if (!TY_STR_CHECK_EXACT(s))
        return tyErr_format(&TyExc_TypeError, "can't intern %s", tyType_name(TY_TYPE(s)));
    return tyStr_intern(TY_NEWREF(s));
}

/* getdefaultencoding() / getfilesystemencoding(): tally is UTF-8 only. */
TY_CFUNC(sys_getdefaultencoding)
{
    if (tyArg_noKeywords("sys.getdefaultencoding", kwnames) < 0 ||
        tyArg_checkPositional("sys.getdefaultencoding", nargs, 0, 0) < 0)
        return NULL;
    return tyStr_fromCStr("utf-8");
}

TY_CFUNC(sys_getfilesystemencoding)
{
    if (tyArg_noKeywords("sys.getfilesystemencoding", kwnames) < 0 ||
        tyArg_checkPositional("sys.getfilesystemencoding", nargs, 0, 0) < 0)
        return NULL;
    return tyStr_fromCStr("utf-8");
}

TY_CFUNC(sys_getfilesystemencodeerrors)
{
    if (tyArg_noKeywords("sys.getfilesystemencodeerrors", kwnames) < 0 ||
        tyArg_checkPositional("sys.getfilesystemencodeerrors", nargs, 0, 0) < 0)
        return NULL;
    return tyStr_fromCStr("surrogateescape");
}

TY_CFUNC(sys_get_int_max_str_digits)
{
    if (tyArg_noKeywords("sys.get_int_max_str_digits", kwnames) < 0 ||
        tyArg_checkPositional("sys.get_int_max_str_digits", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(tyInt_getMaxStrDigits());
}

TY_CFUNC(sys_set_int_max_str_digits)
{
    static const char *const names[] = { "maxdigits", NULL };
    TyObject *a[1];
    int n;
    if (tyArg_unpack("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        tyArg_int(a[0], &n) < 0 || tyInt_setMaxStrDigits(n) < 0)
        return NULL;
    return tyNone_new();
}

/* Write s to the file object f (a text stream, or anything with write). */
static int write_to(TyObject *f, TyObject *s)
{
    if (tyTextIO_check(f))
        return tyTextIO_write(f, s);
    TyObject *r = tyObj_callMethod(f, TY_ID(write), &s, 1);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* The REPL's echo: repr(value) and a newline to sys.stdout, remembered as
** builtins._ (set to None first, so the repr cannot see a stale value). */
TY_CFUNC(sys_displayhook)
{
    if (tyArg_noKeywords("sys.displayhook", kwnames) < 0 ||
        tyArg_checkPositional("sys.displayhook", nargs, 1, 1) < 0)
        return NULL;
    TyObject *value = args[0];
    if (value == TY_NONE)
        return tyNone_new();
    TyObject *builtins = ty_state.builtins;
    if (!builtins)
        return tyErr_setString(&TyExc_RuntimeError, "lost builtins module");
    if (tyDict_setItemStr(builtins, "_", TY_NONE) < 0)
        return NULL;
    TyObject *out = sys_attr(self, TY_ID(stdout));
    if (!out || out == TY_NONE) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    TY_INCREF(out);
    TyObject *text = tyObj_repr(value);
    int r = text ? write_to(out, text) : -1;
    TY_XDECREF(text);
    if (r == 0) {
        TyObject *nl = tyStr_fromCStr("\n");
        r = nl ? write_to(out, nl) : -1;
        TY_XDECREF(nl);
    }
    TY_DECREF(out);
    if (r < 0 || tyDict_setItemStr(builtins, "_", value) < 0)
        return NULL;
    return tyNone_new();
}

/* Print an exception and its traceback to sys.stderr, as an uncaught one is. */
TY_CFUNC(sys_excepthook)
{
    if (tyArg_noKeywords("excepthook", kwnames) < 0)
        return NULL;
    if (nargs != 3)
        return tyErr_format(&TyExc_TypeError, "excepthook expected 3 arguments, got %zu", nargs);
    TyObject *value = args[1], *tb = args[2];
    if (!TY_EXC_CHECK(value)) {
        char msg[300];
        snprintf(msg, sizeof msg, "TypeError: print_exception(): Exception expected for value, %.200s found\n",
                 tyType_name(TY_TYPE(value)));
        tyTraceback_writeToSysStderr(msg);
        return tyNone_new();
    }
    if (TY_TYPE(tb) == &TyTraceback_Type && !((TyBaseException *)value)->traceback)
        tyExc_setTraceback(value, tb);
    tyTraceback_displayToSysStderr(value);
    return tyNone_new();
}

/* The default sys.unraisablehook: print what an UnraisableHookArgs holds. */
TY_CFUNC(sys_unraisablehook)
{
    if (tyArg_noKeywords("sys.unraisablehook", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tyErr_format(&TyExc_TypeError, "sys.unraisablehook() takes exactly one argument (%zu given)", nargs);
    if (TY_TYPE(args[0]) != &unraisable_args_type.type)
        return tyErr_setString(&TyExc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    TyObject **f = TY_TUPLE_ITEMS(args[0]);
    tyTraceback_printUnraisable(f[0], f[1], f[2], f[3], f[4]);
    return tyNone_new();
}

bool tySys_isDefaultUnraisableHook(TyObject *hook)
{
    return TY_TYPE(hook) == &TyCFunction_Type && ((TyCFunction *)hook)->def->fn == sys_unraisablehook;
}

TyObject *tySys_unraisableHookArgs(TyObject *exc, TyObject *err_msg, TyObject *obj)
{
    TyObject *tb = ((TyBaseException *)exc)->traceback;
    TyObject *values[5] = {
        TY_NEWREF((TyObject *)TY_TYPE(exc)), TY_NEWREF(exc), TY_NEWREF(tb ? tb : TY_NONE),
        TY_NEWREF(err_msg ? err_msg : TY_NONE), TY_NEWREF(obj ? obj : TY_NONE),
    };
    return tyStructSeq_fromValues(&unraisable_args_type, values);
}

/* gettrace(): the function sys.settrace installed, or None. */
TY_CFUNC(sys_gettrace)
{
    if (tyArg_noKeywords("sys.gettrace", kwnames) < 0 || tyArg_checkPositional("gettrace", nargs, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(ty_state.trace.func ? ty_state.trace.func : TY_NONE);
}

/* settrace(func): func gets every new frame's 'call' event (trace.c);
** None removes it.  Any object is accepted, as CPython does: calling it
** is what fails. */
TY_CFUNC(sys_settrace)
{
    if (tyArg_noKeywords("sys.settrace", kwnames) < 0 || tyArg_checkPositional("settrace", nargs, 1, 1) < 0)
        return NULL;
    if (tyTrace_set(args[0]) < 0)
        return NULL;
    return tyNone_new();
}

/* call_tracing(func, args): func(*args), in which a trace function set
** gets events even inside a trace function (pdb's recursive `debug`
** command; trace.c).  New reference, or NULL. */
TY_CFUNC(sys_call_tracing)
{
    if (tyArg_noKeywords("sys.call_tracing", kwnames) < 0 ||
        tyArg_checkPositional("call_tracing", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_TUPLE_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "call_tracing() argument 2 must be tuple, not %s",
                            tyType_name(TY_TYPE(args[1])));
    return tyTrace_callTracing(args[0], TY_TUPLE_ITEMS(args[1]), (size_t)TY_TUPLE_LEN(args[1]));
}

/* getprofile(): the function sys.setprofile installed, or None. */
TY_CFUNC(sys_getprofile)
{
    if (tyArg_noKeywords("sys.getprofile", kwnames) < 0 || tyArg_checkPositional("getprofile", nargs, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(ty_state.trace.profile ? ty_state.trace.profile : TY_NONE);
}

/* setprofile(func): func gets the frames' 'call' and 'return' and the
** built-in calls' events (trace.c); None removes it. */
TY_CFUNC(sys_setprofile)
{
    if (tyArg_noKeywords("sys.setprofile", kwnames) < 0 || tyArg_checkPositional("setprofile", nargs, 1, 1) < 0)
        return NULL;
    if (tyTrace_setProfile(args[0]) < 0)
        return NULL;
    return tyNone_new();
}

/* The callable $PYTHONBREAKPOINT names, as CPython's sys_breakpointhook
** finds it: "module.attr" split at the last dot, a bare name from builtins,
** pdb.set_trace when unset or empty.  New reference; NULL with no
** exception when the name cannot be imported (the caller warns), NULL
** with the exception for any other failure. */
static TyObject *breakpoint_target(const char *spec)
{
    const char *dot = strrchr(spec, '.');
    if (dot == spec)
        return NULL;
    TyObject *modname = dot ? tyStr_fromUtf8(spec, dot - spec) : tyStr_fromCStr("builtins");
    TyObject *fromlist = modname ? tyList_new(0) : NULL;
    TyObject *zero = fromlist ? tyInt_fromI64(0) : NULL;
    TyObject *top = zero ? tyImport_importName(modname, NULL, fromlist, zero) : NULL;
    TY_XDECREF(fromlist);
    TY_XDECREF(zero);
    if (!top) {
        TY_XDECREF(modname);
        if (tyErr_exceptionMatches(&TyExc_ImportError))
            tyErr_clear();
        return NULL;
    }
    TY_DECREF(top);
    /* The module named, not its top-level package (PyImport_Import). */
    TyObject *module = tyDict_getItem(ty_state.modules, modname);
    if (!module) {
        tyErr_setObject(&TyExc_KeyError, modname);
        TY_DECREF(modname);
        return NULL;
    }
    TY_INCREF(module);
    TY_DECREF(modname);
    TyObject *hook = tyObj_getAttrStr(module, dot ? dot + 1 : spec);
    TY_DECREF(module);
    if (!hook && tyErr_exceptionMatches(&TyExc_AttributeError))
        tyErr_clear();
    return hook;
}

/* breakpointhook(*args, **kws): what breakpoint() calls unless a program
** replaces it (PEP 553): the $PYTHONBREAKPOINT callable with the
** arguments; "0" turns breakpoints off, and a name that cannot be
** imported is a RuntimeWarning and no call.  -E ignores the variable. */
TY_CFUNC(sys_breakpointhook)
{
    const char *spec = ty_state.opt.ignore_environment ? NULL : getenv("PYTHONBREAKPOINT");
    if (!spec || !*spec)
        spec = "pdb.set_trace";
    else if (strcmp(spec, "0") == 0)
        return tyNone_new();
    TyObject *hook = breakpoint_target(spec);
    if (!hook) {
        if (tyErr_occurred())
            return NULL;
        TyObject *text = tyStr_fromFormat("Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", spec);
        int r = text ? tyWarnings_warn(&TyExc_RuntimeWarning, text) : -1;
        TY_XDECREF(text);
        return r < 0 ? NULL : tyNone_new();
    }
    TyObject *r = tyObj_call(hook, args, nargs, kwnames);
    TY_DECREF(hook);
    return r;
}

static TyMethodDef sys_methods[] = {
    { "exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)." },
    { "getrefcount", sys_getrefcount, 0, "Return the reference count of object." },
    { "_getframe", sys__getframe, 0, "Return a frame object from the call stack." },
    { "get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, "Return the installed asynchronous generators hooks." },
    { "is_finalizing", sys_is_finalizing, 0, "Return True if Python is exiting." },
    { "set_asyncgen_hooks", sys_set_asyncgen_hooks, 0, "Set new hooks for asynchronous generators." },
    { "get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, 0, NULL },
    { "set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, 0, NULL },
    { "audit", sys_audit, 0, "Passes the event to any audit hooks that are attached." },
    { "call_tracing", sys_call_tracing, 0, "Call func(*args), while tracing is enabled." },
    { "setswitchinterval", sys_setswitchinterval, 0, "Set the ideal thread switching delay inside the Python interpreter." },
    { "getswitchinterval", sys_getswitchinterval, 0, "Return the current thread switch interval; see sys.setswitchinterval()." },
    { "getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n." },
    { "exc_info", sys_exc_info, 0, "Return current exception information: (type, value, traceback)." },
    { "exception", sys_exception, 0, "Return the current exception." },
    { "getsizeof", sys_getsizeof, 0, "Return the size of object in bytes." },
    { "intern", sys_intern, 0, "``Intern'' the given string." },
    { "getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation." },
    { "getfilesystemencoding", sys_getfilesystemencoding, 0, "Return the encoding used to convert Unicode filenames to OS filenames." },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, "Return the error mode used Unicode to OS filename conversion." },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0, "Return the maximum string digits limit for non-binary int<->str conversions." },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, 0, "Set the maximum string digits limit for non-binary int<->str conversions." },
    { "displayhook", sys_displayhook, 0, "Print an object to sys.stdout and also save it in builtins._" },
    { "excepthook", sys_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr." },
    { "unraisablehook", sys_unraisablehook, 0, "Handle an unraisable exception." },
    { "gettrace", sys_gettrace, 0, "Return the global debug tracing function set with sys.settrace." },
    { "settrace", sys_settrace, 0, "Set the global debug tracing function." },
    { "getprofile", sys_getprofile, 0, "Return the profiling function set with sys.setprofile." },
    { "setprofile", sys_setprofile, 0, "Set the profiling function." },
    { "breakpointhook", sys_breakpointhook, 0, "Call the hook $PYTHONBREAKPOINT names (pdb.set_trace by default)." },
    { NULL }
};

/* ---- the module ------------------------------------------------------------------- */

/* sys.version_info-shaped value for "X.Y.Z" (final release, serial 0). */
static TyObject *make_version_info(const char *version, int64_t *hexversion)
{
    int v[3] = { 0, 0, 0 };
    sscanf(version, "%d.%d.%d", &v[0], &v[1], &v[2]);
    *hexversion = ((int64_t)v[0] << 24) | ((int64_t)v[1] << 16) | ((int64_t)v[2] << 8) | 0xF0;
    TyObject *f[5] = { tyInt_fromI64(v[0]), tyInt_fromI64(v[1]), tyInt_fromI64(v[2]),
                       tyStr_fromCStr("final"), tyInt_fromI64(0) };
    return tyStructSeq_fromValues(&version_info_type, f);
}

static TyObject *make_flags(void)
{
    TyObject *f[18];
    int inspect = ty_state.opt.inspect;
    /* debug, inspect, interactive, optimize, dont_write_bytecode, no_user_site,
    ** no_site, ignore_environment, verbose, bytes_warning, quiet,
    ** hash_randomization (PYTHONHASHSEED chose a key), isolated. */
    const TyOptions *o = &ty_state.opt;
    const int ints[13] = { 0, inspect, inspect, 0, o->dont_write_bytecode, o->no_user_site, o->no_site,
                           o->ignore_environment, 0, 0, o->quiet, tyStr_hashRandomized(), o->isolated };
    for (int i = 0; i < 13; i++)
        f[i] = tyInt_fromI64(ints[i]);
    f[13] = tyBool_from(o->dev_mode);
    f[14] = tyInt_fromI64(1);        /* utf8_mode: tally is always UTF-8 */
    f[15] = tyInt_fromI64(0);        /* warn_default_encoding */
    f[16] = tyBool_from(o->safe_path);
    f[17] = tyInt_fromI64(-1);       /* int_max_str_digits: no -X option */
    return tyStructSeq_fromValues(&flags_type, f);
}

static TyObject *make_float_info(void)
{
    TyObject *f[11] = {
        tyFloat_from(DBL_MAX), tyInt_fromI64(DBL_MAX_EXP), tyInt_fromI64(DBL_MAX_10_EXP),
        tyFloat_from(DBL_MIN), tyInt_fromI64(DBL_MIN_EXP), tyInt_fromI64(DBL_MIN_10_EXP),
        tyInt_fromI64(DBL_DIG), tyInt_fromI64(DBL_MANT_DIG), tyFloat_from(DBL_EPSILON),
        tyInt_fromI64(FLT_RADIX), tyInt_fromI64(1),
    };
    return tyStructSeq_fromValues(&float_info_type, f);
}

/* What CPython 3.11 reports: its digit layout, and the int <-> str limit
** tally also enforces. */
static TyObject *make_int_info(void)
{
    TyObject *f[4] = { tyInt_fromI64(30), tyInt_fromI64(4), tyInt_fromI64(4300), tyInt_fromI64(640) };
    return tyStructSeq_fromValues(&int_info_type, f);
}

/* The parameters of the numeric hashes (tally's are CPython's) and of the
** str/bytes hash: SipHash-1-3. */
static TyObject *make_hash_info(void)
{
    TyObject *f[9] = {
        tyInt_fromI64(64), tyInt_fromI64(((int64_t)1 << 61) - 1), tyInt_fromI64(314159),
        tyInt_fromI64(0), tyInt_fromI64(1000003), tyStr_fromCStr("siphash13"),
        tyInt_fromI64(64), tyInt_fromI64(128), tyInt_fromI64(0),
    };
    return tyStructSeq_fromValues(&hash_info_type, f);
}

/* What CPython on Linux reports: POSIX threads, locks made of semaphores,
** and the C library's thread implementation by confstr (None when the
** library does not say).  tally runs one thread, but the C library's
** threads are what its _thread module (and faulthandler) would use. */
static TyObject *make_thread_info(void)
{
    char buf[128];
    size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, buf, sizeof buf);
    TyObject *f[3] = { tyStr_fromCStr("pthread"), tyStr_fromCStr("semaphore"),
                       n > 0 && n <= sizeof buf ? tyStr_fromCStr(buf) : TY_NEWREF(TY_NONE) };
    return tyStructSeq_fromValues(&thread_info_type, f);
}

/* The Makefile passes the multiarch triple (empty where the compiler has
** none, and then sys.implementation has no _multiarch, as CPython's). */
#ifndef TY_MULTIARCH
#define TY_MULTIARCH ""
#endif

/* d[key] = the str value; 0 / -1. */
static int set_str(TyObject *d, const char *key, const char *value)
{
    TyObject *v = tyStr_fromCStr(value);
    int r = v ? tyDict_setItemStr(d, key, v) : -1;
    TY_XDECREF(v);
    return r;
}

static TyObject *make_implementation(void)
{
    int64_t hexversion;
    TyObject *ns = tySys_namespaceNew();
    if (!ns)
        return NULL;
    TyObject *d = ((TySysNamespace *)ns)->dict;
    TyObject *name = tyStr_fromCStr("tally");
    TyObject *version = make_version_info(TY_VERSION, &hexversion);
    TyObject *hex = tyInt_fromI64(hexversion);
    int r = name && version && hex && tyDict_setItemStr(d, "name", name) == 0 &&
            set_str(d, "cache_tag", "tally") == 0 &&
            (!*TY_MULTIARCH || set_str(d, "_multiarch", TY_MULTIARCH) == 0) &&
            tyDict_setItemStr(d, "version", version) == 0 &&
            tyDict_setItemStr(d, "hexversion", hex) == 0 ? 0 : -1;
    TY_XDECREF(name);
    TY_XDECREF(version);
    TY_XDECREF(hex);
    if (r < 0)
        TY_CLEAR(ns);
    return ns;
}

/* sys._git: (implementation, branch, revision) of the source built, as
** CPython's ('CPython', '', '') for a build outside a git checkout;
** platform.py reads it (python_branch, python_revision). */
static TyObject *make_git(void)
{
    TyObject *name = tyStr_fromCStr("tally");
    TyObject *empty = name ? tyStr_fromCStr("") : NULL;
    TyObject *t = empty ? tyTuple_pack(3, name, empty, empty) : NULL;
    TY_XDECREF(name);
    TY_XDECREF(empty);
    return t;
}

#if defined(__clang__)
#define COMPILER "[Clang " __clang_version__ "]"
#elif defined(__GNUC__)
#define COMPILER "[GCC " __VERSION__ "]"
#else
#define COMPILER "[unknown C compiler]"
#endif

#if defined(__linux__)
#define PLATFORM "linux"
#elif defined(__APPLE__)
#define PLATFORM "darwin"
#else
#define PLATFORM "unknown"
#endif

/* The running binary's path (from /proc/self/exe), or "" as CPython
** reports an unknown executable. */
static void executable_path(char *buf, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    buf[n > 0 ? n : 0] = '\0';
}

/* The installation prefix: the directory above bin/ for an installed
** binary (/usr/local/bin/tally -> /usr/local), else the binary's own
** directory (a build tree). */
static void prefix_path(const char *exe, char *buf, size_t size)
{
    snprintf(buf, size, "%s", exe);
    char *slash = strrchr(buf, '/');
    if (!slash) {
        buf[0] = '\0';
        return;
    }
    *slash = '\0';
    slash = strrchr(buf, '/');
    if (slash && strcmp(slash, "/bin") == 0)
        *(slash == buf ? slash + 1 : slash) = '\0';
}

/* Add name = value to the module, consuming the reference to value. */
static int add_new(TyObject *m, const char *name, TyObject *value)
{
    if (!value)
        return -1;
    int r = tyModule_addObject(m, name, value);
    TY_DECREF(value);
    return r;
}

static int add_str(TyObject *m, const char *name, const char *value)
{
    return add_new(m, name, decode_arg(value, strlen(value)));
}

/* sys.builtin_module_names := the sorted names of modtable.c's table. */
static int store_module_names(TyObject *m)
{
    TyObject *list = tyList_new(0);
    if (!list)
        return -1;
    for (size_t i = 0; i < ty_builtin_module_count; i++) {
        TyObject *s = tyStr_fromCStr(ty_builtin_modules[i].name);
        int r = s ? tyList_append(list, s) : -1;
        TY_XDECREF(s);
        if (r < 0) {
            TY_DECREF(list);
            return -1;
        }
    }
    TyObject *t = NULL;
    if (tyList_sort(list, NULL, false) == 0)
        t = tyList_asTuple(list);
    TY_DECREF(list);
    return add_new(m, "builtin_module_names", t);
}

int tySys_setPath0(const char *dir)
{
    return ty_state.opt.safe_path ? 0 : tySys_insertPath0(dir);
}

/* Append the words of text [s, s + n) separated by `sep` (empty words
** skipped, as CPython's wcstok does) to list: 0 / -1. */
static int append_words(TyObject *list, const char *s, size_t n, char sep)
{
    const char *end = s + n;
    while (s < end) {
        const char *e = memchr(s, sep, (size_t)(end - s));
        if (!e)
            e = end;
        if (e > s) {
            TyObject *w = decode_arg(s, (size_t)(e - s));
            if (!w || tyList_appendSteal(list, w) < 0)
                return -1;
        }
        s = e + 1;
    }
    return 0;
}

int tySys_addWarnOptions(const char *const *opts, int n)
{
    TyObject *list = ty_state.sys ? tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "warnoptions") : NULL;
    if (!list || !TY_LIST_CHECK(list)) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_RuntimeError, "lost sys.warnoptions");
        return -1;
    }
    /* Development mode's filter comes first: the later options win. */
    if (ty_state.opt.dev_mode) {
        TyObject *d = tyStr_fromCStr("default");
        if (!d || tyList_appendSteal(list, d) < 0)
            return -1;
    }
    const char *env = ty_state.opt.ignore_environment ? NULL : getenv("PYTHONWARNINGS");
    if (env && append_words(list, env, strlen(env), ',') < 0)
        return -1;
    for (int i = 0; i < n; i++) {
        TyObject *w = decode_arg(opts[i], strlen(opts[i]));
        if (!w || tyList_appendSteal(list, w) < 0)
            return -1;
    }
    if (TY_LIST_LEN(list) == 0)
        return 0;
    TyObject *warnings = tyImport_importC("warnings");
    if (!warnings)
        return -1;
    TY_DECREF(warnings);
    return 0;
}

int tySys_addXOptions(const char *const *opts, int n)
{
    TyObject *d = ty_state.sys ? tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "_xoptions") : NULL;
    if (!d || !TY_DICT_CHECK(d)) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_RuntimeError, "lost sys._xoptions");
        return -1;
    }
    for (int i = 0; i < n; i++) {
        const char *eq = strchr(opts[i], '=');
        size_t klen = eq ? (size_t)(eq - opts[i]) : strlen(opts[i]);
        TyObject *k = decode_arg(opts[i], klen);
        TyObject *v = !k ? NULL : eq ? decode_arg(eq + 1, strlen(eq + 1)) : TY_NEWREF(TY_TRUE);
        int r = v ? tyDict_setItem(d, k, v) : -1;
        TY_XDECREF(k);
        TY_XDECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

int tySys_insertPath0(const char *dir)
{
    TyObject *path = ty_state.sys ? sys_attr(ty_state.sys, TY_ID(path)) : NULL;
    if (!path || !TY_LIST_CHECK(path)) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_RuntimeError, "lost sys.path");
        return -1;
    }
    TyObject *s = decode_arg(dir, strlen(dir));
    if (!s)
        return -1;
    int r = tyList_insert(path, 0, s);
    TY_DECREF(s);
    return r;
}

/* Append dir to the list arg unless it is there already (site's rule). */
static int add_path_entry(const char *dir, void *arg)
{
    TyObject *s = decode_arg(dir, strlen(dir));
    if (!s)
        return -1;
    int has = tyObj_contains(arg, s);
    int r = has != 0 ? has : tyList_append(arg, s);
    TY_DECREF(s);
    return r < 0 ? -1 : 0;
}

/* sys.path without the script's folder (see pathconfig.c).  New ref. */
static TyObject *make_path(void)
{
    TyObject *path = tyList_new(0);
    if (path && tyPath_compute(add_path_entry, path) < 0)
        TY_CLEAR(path);
    return path;
}

TyObject *tySys_create(int argc, char **argv)
{
    TyObject *m = tyModule_new("sys", sys_methods);
    if (!m)
        return NULL;
    TyObject *d = TY_MODULE_DICT(m);
    char exe[PATH_MAX], prefix[PATH_MAX];
    int64_t hexversion;
    executable_path(exe, sizeof exe);
    prefix_path(exe, prefix, sizeof prefix);

    if (!ty_state.modules && !(ty_state.modules = tyDict_new()))
        goto fail;
    char *empty_argv[] = { "" };
    if (add_new(m, "argv", argc > 0 ? str_list(argv, argc) : str_list(empty_argv, 1)) < 0 ||
        add_new(m, "orig_argv", orig_argv(argc, argv)) < 0 ||
        add_new(m, "path", make_path()) < 0 ||
        tyModule_addObject(m, "modules", ty_state.modules) < 0 ||
        add_new(m, "stdin", tyTextIO_new(stdin, "<stdin>", "r")) < 0 ||
        add_new(m, "stdout", tyTextIO_new(stdout, "<stdout>", "w")) < 0 ||
        add_new(m, "stderr", tyTextIO_new(stderr, "<stderr>", "w")) < 0 ||
        tyModule_addObject(m, "__stdin__", tyDict_getItem(d, TY_ID(stdin))) < 0 ||
        tyModule_addObject(m, "__stdout__", tyDict_getItem(d, TY_ID(stdout))) < 0 ||
        tyModule_addObject(m, "__stderr__", tyDict_getItem(d, TY_ID(stderr))) < 0 ||
        tyModule_addObject(m, "__displayhook__", tyDict_getItem(d, TY_ID(displayhook))) < 0 ||
        tyModule_addObject(m, "__excepthook__", tyDict_getItem(d, TY_ID(excepthook))) < 0 ||
        tyModule_addObject(m, "__unraisablehook__", tyDict_getItemStr(d, "unraisablehook")) < 0 ||
        tyModule_addObject(m, "__breakpointhook__", tyDict_getItemStr(d, "breakpointhook")) < 0 ||
        add_str(m, "version", TY_PYTHON_VERSION " (tally " TY_VERSION ") " COMPILER) < 0 ||
        add_new(m, "version_info", make_version_info(TY_PYTHON_VERSION, &hexversion)) < 0 ||
        tyModule_addInt(m, "hexversion", hexversion) < 0 ||
        add_new(m, "implementation", make_implementation()) < 0 ||
        add_new(m, "_git", make_git()) < 0 ||
        add_str(m, "platform", PLATFORM) < 0 ||
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        add_str(m, "byteorder", "big") < 0 ||
#else
        add_str(m, "byteorder", "little") < 0 ||
#endif
        tyModule_addInt(m, "maxsize", SSIZE_MAX) < 0 ||
        tyModule_addInt(m, "maxunicode", 0x10FFFF) < 0 ||
        add_str(m, "executable", exe) < 0 ||
        add_str(m, "prefix", prefix) < 0 ||
        add_str(m, "base_prefix", prefix) < 0 ||
        add_str(m, "exec_prefix", prefix) < 0 ||
        add_str(m, "base_exec_prefix", prefix) < 0 ||
        add_str(m, "platlibdir", "lib") < 0 ||
        add_str(m, "_stdlib_dir", tyPath_stdlib()) < 0 ||
        add_str(m, "abiflags", "") < 0 ||
        add_str(m, "copyright", "Copyright (c) the tally authors.\nAll Rights Reserved.") < 0 ||
        tyModule_addInt(m, "api_version", 1013) < 0 ||
        add_new(m, "flags", make_flags()) < 0 ||
        add_new(m, "float_info", make_float_info()) < 0 ||
        add_new(m, "int_info", make_int_info()) < 0 ||
        add_new(m, "hash_info", make_hash_info()) < 0 ||
        add_new(m, "thread_info", make_thread_info()) < 0 ||
        add_str(m, "float_repr_style", "short") < 0 ||
        add_new(m, "warnoptions", tyList_new(0)) < 0 ||
        add_new(m, "_xoptions", tyDict_new()) < 0 ||
        tyModule_addObject(m, "dont_write_bytecode", ty_state.opt.dont_write_bytecode ? TY_TRUE : TY_FALSE) < 0 ||
        tyModule_addObject(m, "pycache_prefix", TY_NONE) < 0 ||
        store_module_names(m) < 0)
        goto fail;
    return m;
fail:
    TY_DECREF(m);
    return NULL;
}
