/*
** exception.c — BaseException and the built-in exception hierarchy, and
** traceback entries.
**
** All exception classes share the TyBaseException layout.  The few with
** extra attributes keep them in extra[] and expose them through getsets;
** the classes are generated from the TY_EXCEPTIONS list in exception.h and
** the special ones get their own slots in tyExc_init before the types are
** readied.
*/
#include <errno.h>
#include "tally.h"
#include "buffer.h"
#include "objects/code.h"
#include "objects/exceptiongroup.h"
#include "objects/frame.h"
#include "vm.h"

/* ---- BaseException ----------------------------------------------------- */

static int exc_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyBaseException *e = (TyBaseException *)o;
    TyObject *refs[] = { e->dict, e->args, e->traceback, e->context, e->cause };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    for (int i = 0; i < TY_EXC_EXTRA; i++)
        if (e->extra[i] && visit(e->extra[i], arg))
            return 1;
    return 0;
}

static int exc_clear(TyObject *o)
{
    TyBaseException *e = (TyBaseException *)o;
    TY_CLEAR(e->dict);
    TY_CLEAR(e->args);
    TY_CLEAR(e->traceback);
    TY_CLEAR(e->context);
    TY_CLEAR(e->cause);
    for (int i = 0; i < TY_EXC_EXTRA; i++)
        TY_CLEAR(e->extra[i]);
    return 0;
}

static void exc_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    exc_clear(o);
    tyObj_free(o);
}

TyObject *tyExc_alloc(TyType *type, TyObject *const *args, size_t nargs)
{
    TyBaseException *e = (TyBaseException *)tyType_genericAlloc(type, 0);
    if (!e)
        return NULL;
    TyObject *call_args = tyType_callArgs(args, nargs);
    e->args = call_args ? TY_NEWREF(call_args) : tyTuple_fromArray(args, (ssize_t)nargs);
    if (!e->args) {
        TY_DECREF(e);
        return NULL;
    }
    return (TyObject *)e;
}

static TyObject *exc_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyExc_alloc(type, args, nargs);
}

static int exc_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (kwnames && TY_TUPLE_LEN(kwnames) > 0) {
        tyErr_format(&TyExc_TypeError, "%s() takes no keyword arguments", tyType_name(TY_TYPE(self)));
        return -1;
    }
    /* CPython's __new__ and __init__ both store the one tuple of the call's
    ** arguments; keeping the tuple __new__ made, when it holds the same
    ** objects, allocates no second container (generation 0 counts one). */
    TyObject *cur = ((TyBaseException *)self)->args;
    if (cur && TY_TUPLE_LEN(cur) == (ssize_t)nargs) {
        ssize_t i = 0;
        while (i < (ssize_t)nargs && TY_TUPLE_GET(cur, i) == args[i])
            i++;
        if (i == (ssize_t)nargs)
            return 0;
    }
    TyObject *t = tyTuple_fromArray(args, (ssize_t)nargs);
    if (!t)
        return -1;
    TY_SETREF(((TyBaseException *)self)->args, t);
    return 0;
}

TyObject *tyExc_newClass(const char *module, const char *name, TyType *base)
{
    TyObject *cls_name = tyStr_fromCStr(name);
    TyObject *bases = cls_name ? tyTuple_pack(1, (TyObject *)base) : NULL;
    TyObject *ns = bases ? tyDict_new() : NULL;
    TyObject *mod = ns ? tyStr_fromCStr(module) : NULL;
    TyObject *cls = NULL;
    if (mod && tyDict_setItem(ns, TY_ID(__module__), mod) == 0) {
        TyObject *args[3] = { cls_name, bases, ns };
        cls = tyObj_call((TyObject *)&TyType_Type, args, 3, NULL);
    }
    TY_XDECREF(mod);
    TY_XDECREF(ns);
    TY_XDECREF(bases);
    TY_XDECREF(cls_name);
    return cls;
}

bool tyExc_isPlain(TyObject *exc)
{
    TyType *t = TY_TYPE(exc);
    if (t->tp_new != exc_new || t->tp_init != exc_init)
        return false;
    TyObject *args = TY_EXC_ARGS(exc);
    if (TY_TUPLE_LEN(args) > 1 || (TY_TUPLE_LEN(args) == 1 && !TY_STR_CHECK_EXACT(TY_TUPLE_GET(args, 0))))
        return false;
    TyObject **dict = tyObj_dictPtr(exc);
    return !dict || !*dict || TY_DICT_LEN(*dict) == 0;
}

TyObject *tyExc_new(TyType *type, TyObject *const *args, size_t nargs)
{
    if (type->tp_new == exc_new && type->tp_init == exc_init)
        return tyExc_alloc(type, args, nargs);
    return tyObj_call((TyObject *)type, args, nargs, NULL);
}

static TyObject *exc_str(TyObject *o)
{
    TyObject *args = TY_EXC_ARGS(o);
    switch (TY_TUPLE_LEN(args)) {
    case 0:
        return tyStr_fromCStr("");
    case 1:
        return tyObj_str(TY_TUPLE_GET(args, 0));
    default:
        return tyObj_str(args);
    }
}

static TyObject *exc_repr(TyObject *o)
{
    TyObject *args = TY_EXC_ARGS(o);
    const char *name = tyType_name(TY_TYPE(o));
    if (TY_TUPLE_LEN(args) == 1)
        return tyStr_fromFormat("%s(%R)", name, TY_TUPLE_GET(args, 0));
    if (TY_TUPLE_LEN(args) == 0)
        return tyStr_fromFormat("%s()", name);
    return tyStr_fromFormat("%s%R", name, args);
}

static TyObject *get_args(TyObject *o)
{
    return TY_NEWREF(TY_EXC_ARGS(o));
}

static int set_args(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "args may not be deleted");
        return -1;
    }
    TyObject *t = tyTuple_fromIterable(v);
    if (!t)
        return -1;
    TY_SETREF(((TyBaseException *)o)->args, t);
    return 0;
}

static TyObject *none_or(TyObject *v)
{
    return TY_NEWREF(v ? v : TY_NONE);
}

static TyObject *get_traceback(TyObject *o) { return none_or(((TyBaseException *)o)->traceback); }
static TyObject *get_context(TyObject *o) { return none_or(((TyBaseException *)o)->context); }
static TyObject *get_cause(TyObject *o) { return none_or(((TyBaseException *)o)->cause); }
static TyObject *get_suppress(TyObject *o) { return tyBool_from(((TyBaseException *)o)->suppress_context); }

static int set_traceback(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != TY_NONE && TY_TYPE(v) != &TyTraceback_Type) {
        tyErr_setString(&TyExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    tyExc_setTraceback(o, v == TY_NONE ? NULL : v);
    return 0;
}

static int check_exc_or_none(TyObject *v, const char *what)
{
    if (!v) {
        tyErr_format(&TyExc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v != TY_NONE && !TY_EXC_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "exception %s must be None or derive from BaseException",
                     strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    return 0;
}

static int set_context(TyObject *o, TyObject *v)
{
    if (check_exc_or_none(v, "__context__") < 0)
        return -1;
    tyExc_setContext(o, v == TY_NONE ? NULL : v);
    return 0;
}

static int set_cause(TyObject *o, TyObject *v)
{
    if (check_exc_or_none(v, "__cause__") < 0)
        return -1;
    tyExc_setCause(o, v == TY_NONE ? NULL : v);
    return 0;
}

static int set_suppress(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = tyObj_isTrue(v);
    if (t < 0)
        return -1;
    ((TyBaseException *)o)->suppress_context = t;
    return 0;
}

static TyObject *get_dict(TyObject *o)
{
    TyBaseException *e = (TyBaseException *)o;
    if (!e->dict) {
        e->dict = tyDict_new();
        if (!e->dict)
            return NULL;
    }
    return TY_NEWREF(e->dict);
}

/* e.__dict__ = d takes a dict (any subclass); anything else, or deleting
** it, is CPython's TypeError (PyObject_GenericSetDict). */
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
    TY_XSETREF(((TyBaseException *)o)->dict, TY_NEWREF(v));
    return 0;
}

static TyGetSetDef exc_getset[] = {
    { "args", get_args, set_args, NULL },
    { "__traceback__", get_traceback, set_traceback, NULL },
    { "__context__", get_context, set_context, NULL },
    { "__cause__", get_cause, set_cause, NULL },
    { "__suppress_context__", get_suppress, set_suppress, NULL },
    { "__dict__", get_dict, set_dict, NULL },
    { NULL }
};

static TyObject *exc_with_traceback(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("with_traceback", kwnames) < 0 ||
        tyArg_checkPositional("with_traceback", nargs, 1, 1) < 0)
        return NULL;
    if (set_traceback(self, args[0]) < 0)
        return NULL;
    return TY_NEWREF(self);
}

static TyObject *exc_add_note(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("add_note", kwnames) < 0 ||
        tyArg_checkPositional("add_note", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "note must be a str, not '%T'", args[0]);
    TyObject *notes;
    TyObject *name = TY_ID(__notes__);
    int found = tyObj_lookupAttr(self, name, &notes);
    if (found < 0)
        return NULL;
    if (!found) {
        notes = tyList_new(0);
        if (!notes || tyObj_setAttr(self, name, notes) < 0) {
            TY_XDECREF(notes);
            return NULL;
        }
    }
    if (!TY_LIST_CHECK(notes)) {
        TY_DECREF(notes);
        return tyErr_setString(&TyExc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = tyList_append(notes, args[0]);
    TY_DECREF(notes);
    return r < 0 ? NULL : tyNone_new();
}


void tyExc_setTraceback(TyObject *exc, TyObject *tb)
{
    TY_XINCREF(tb);
    TY_XSETREF(((TyBaseException *)exc)->traceback, tb);
}

void tyExc_setContext(TyObject *exc, TyObject *context)
{
    TY_XINCREF(context);
    TY_XSETREF(((TyBaseException *)exc)->context, context);
}

void tyExc_setCause(TyObject *exc, TyObject *cause)
{
    TY_XINCREF(cause);
    TY_XSETREF(((TyBaseException *)exc)->cause, cause);
    ((TyBaseException *)exc)->suppress_context = true;
}

/* ---- the generated hierarchy ------------------------------------------- */

#define TyExc_object TyBaseObject_Type
/* Only BaseException has slots of its own (set in tyExc_init); the others
** inherit theirs in tyType_ready, after their base. */
#define TY_X_(N, basename)                                                         \
    TyType TyExc_##N = {                                                          \
        .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },                                \
        .name = #N,                                                               \
        .basicsize = sizeof(TyBaseException),                                     \
        .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_EXC_SUBCLASS,      \
        .dictoffset = offsetof(TyBaseException, dict),                            \
        .base = &TyExc_##basename,                                                \
    };
TY_EXCEPTIONS(TY_X_)
#undef TY_X_
#undef TyExc_object

/* ---- attributes kept in extra[] ----------------------------------------- */

#define EXTRA(o, i) (((TyBaseException *)(o))->extra[i])

#define EXTRA_GETSET(fname, index)                                      \
    static TyObject *get_##fname(TyObject *o) { return none_or(EXTRA(o, index)); } \
    static int set_##fname(TyObject *o, TyObject *v)                    \
    {                                                                   \
        TY_XINCREF(v);                                                  \
        TY_XSETREF(EXTRA(o, index), v);                                 \
        return 0;                                                       \
    }

EXTRA_GETSET(extra0, 0)
EXTRA_GETSET(extra1, 1)
EXTRA_GETSET(extra2, 2)
EXTRA_GETSET(extra3, 3)
EXTRA_GETSET(extra4, 4)
EXTRA_GETSET(extra5, 5)
EXTRA_GETSET(extra6, 6)
EXTRA_GETSET(extra7, 7)

/* StopIteration.value: extra[0] */
static int stopiteration_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0)
        return -1;
    TY_XSETREF(EXTRA(self, 0), TY_NEWREF(nargs > 0 ? args[0] : TY_NONE));
    return 0;
}

static TyGetSetDef stopiteration_getset[] = {
    { "value", get_extra0, set_extra0, NULL },
    { NULL }
};

TyObject *tyExc_stopIterationValue(TyObject *exc)
{
    return EXTRA(exc, 0);
}

TyObject *tyExc_systemExitCode(TyObject *exc)
{
    return EXTRA(exc, 0);
}

/* SystemExit.code: extra[0] */
static int systemexit_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0)
        return -1;
    TyObject *code = nargs == 0 ? TY_NEWREF(TY_NONE)
                     : nargs == 1 ? TY_NEWREF(args[0])
                                  : TY_NEWREF(TY_EXC_ARGS(self));
    TY_XSETREF(EXTRA(self, 0), code);
    return 0;
}

static TyGetSetDef systemexit_getset[] = {
    { "code", get_extra0, set_extra0, NULL },
    { NULL }
};

/* The state ImportError pickles: its __dict__ with name and path added
** when set; NULL with no exception when there is none.  New reference. */
static TyObject *importerror_state(TyObject *self, TyObject *dict)
{
    TyObject *name = EXTRA(self, 1), *path = EXTRA(self, 2);
    if (!name && !path)
        return dict ? TY_NEWREF(dict) : NULL;
    TyObject *state = dict ? tyDict_copy(dict) : tyDict_new();
    if (state && ((name && tyDict_setItem(state, TY_ID(name), name) < 0) ||
                  (path && tyDict_setItem(state, TY_ID(path), path) < 0)))
        TY_CLEAR(state);
    return state;
}

/* __reduce__: (type, args) or (type, args, __dict__), as CPython's; an
** OSError's args get back the filenames its constructor took out, an
** ImportError's state its name and path. */
static TyObject *exc_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *eargs = TY_NEWREF(TY_EXC_ARGS(self));
    TyObject *dict = ((TyBaseException *)self)->dict;
    TyObject *state = dict ? TY_NEWREF(dict) : NULL;
    if (TY_IS_INSTANCE(self, &TyExc_OSError) && EXTRA(self, 2) && TY_TUPLE_LEN(eargs) == 2) {
        TyObject *fn2 = EXTRA(self, 3);
        TY_SETREF(eargs, fn2 ? tyTuple_pack(5, EXTRA(self, 0), EXTRA(self, 1), EXTRA(self, 2), TY_NONE, fn2)
                             : tyTuple_pack(3, EXTRA(self, 0), EXTRA(self, 1), EXTRA(self, 2)));
    } else if (TY_IS_INSTANCE(self, &TyExc_ImportError)) {
        TY_XSETREF(state, importerror_state(self, dict));
        if (!state && tyErr_occurred())
            TY_CLEAR(eargs);
    }
    TyObject *r = NULL;
    if (eargs)
        r = state ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), eargs, state)
                  : tyTuple_pack(2, (TyObject *)TY_TYPE(self), eargs);
    TY_XDECREF(eargs);
    TY_XDECREF(state);
    return r;
}

/* __setstate__(state): each item of a dict set as an attribute; None is
** no state. */
static TyObject *exc_setstate(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__setstate__", kwnames) < 0 || tyArg_checkPositional("__setstate__", nargs, 1, 1) < 0)
        return NULL;
    TyObject *state = args[0];
    if (state == TY_NONE)
        return tyNone_new();
    if (!TY_DICT_CHECK(state))
        return tyErr_setString(&TyExc_TypeError, "state is not a dictionary");
    ssize_t pos = 0;
    TyObject *k, *v;
    while (tyDict_next(state, &pos, &k, &v)) {
        TY_INCREF(k);
        TY_INCREF(v);
        int r = tyObj_setAttr(self, k, v);
        TY_DECREF(k);
        TY_DECREF(v);
        if (r < 0)
            return NULL;
    }
    return tyNone_new();
}

static TyMethodDef exc_methods[] = {
    { "with_traceback", exc_with_traceback, TY_METH_DEFAULT, NULL },
    { "add_note", exc_add_note, TY_METH_DEFAULT, NULL },
    { "__reduce__", exc_reduce, TY_METH_DEFAULT, NULL },
    { "__setstate__", exc_setstate, TY_METH_DEFAULT, NULL },
    { NULL }
};

/* KeyError shows the repr of a single argument. */
static TyObject *keyerror_str(TyObject *o)
{
    TyObject *args = TY_EXC_ARGS(o);
    if (TY_TUPLE_LEN(args) == 1)
        return tyObj_repr(TY_TUPLE_GET(args, 0));
    return exc_str(o);
}

/* Keyword-only attributes of ImportError (name, path; msg is args[0]),
** NameError (name) and AttributeError (name, obj), named in messages as
** `owner` (the class that defines them, as CPython's argument parser names
** it).  Every attribute is set, to NULL (None) when not given, so calling
** __init__ again resets the ones it leaves out. */
static int init_with_keywords(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames,
                              const char *owner, const char *const *names, int nnames)
{
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    TyObject *given[2] = { NULL, NULL };
    for (ssize_t i = 0; i < nkw; i++) {
        TyObject *k = TY_TUPLE_GET(kwnames, i);
        int which = -1;
        for (int j = 0; j < nnames; j++)
            if (tyStr_eqC(k, names[j]))
                which = j;
        if (which < 0) {
            tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for %s()", k, owner);
            return -1;
        }
        given[which] = args[nargs + (size_t)i];
    }
    if (exc_init(self, args, nargs, NULL) < 0)
        return -1;
    for (int j = 0; j < nnames; j++) {
        TY_XINCREF(given[j]);
        TY_XSETREF(EXTRA(self, j + 1), given[j]);
    }
    return 0;
}

static int importerror_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", "path" };
    if (init_with_keywords(self, args, nargs, kwnames, "ImportError", names, 2) < 0)
        return -1;
    TY_XSETREF(EXTRA(self, 0), nargs == 1 ? TY_NEWREF(args[0]) : NULL);
    return 0;
}

static TyObject *importerror_str(TyObject *o)
{
    TyObject *msg = EXTRA(o, 0);
    if (msg && msg != TY_NONE)
        return tyObj_str(msg);
    return exc_str(o);
}

static TyGetSetDef importerror_getset[] = {
    { "msg", get_extra0, set_extra0, NULL },
    { "name", get_extra1, set_extra1, NULL },
    { "path", get_extra2, set_extra2, NULL },
    { NULL }
};

static int nameerror_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name" };
    return init_with_keywords(self, args, nargs, kwnames, "NameError", names, 1);
}

static TyGetSetDef nameerror_getset[] = {
    { "name", get_extra1, set_extra1, NULL },
    { NULL }
};

static int attributeerror_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", "obj" };
    return init_with_keywords(self, args, nargs, kwnames, "AttributeError", names, 2);
}

static TyGetSetDef attributeerror_getset[] = {
    { "name", get_extra1, set_extra1, NULL },
    { "obj", get_extra2, set_extra2, NULL },
    { NULL }
};

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]):
** extra[0] errno, [1] strerror, [2] filename, [3] filename2. */
static TyType *oserror_subclass_for(int err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
        return &TyExc_BlockingIOError;
    case ECHILD: return &TyExc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &TyExc_BrokenPipeError;
    case ECONNABORTED: return &TyExc_ConnectionAbortedError;
    case ECONNREFUSED: return &TyExc_ConnectionRefusedError;
    case ECONNRESET: return &TyExc_ConnectionResetError;
    case EEXIST: return &TyExc_FileExistsError;
    case ENOENT: return &TyExc_FileNotFoundError;
    case EINTR: return &TyExc_InterruptedError;
    case EISDIR: return &TyExc_IsADirectoryError;
    case ENOTDIR: return &TyExc_NotADirectoryError;
    case EACCES: case EPERM: return &TyExc_PermissionError;
    case ESRCH: return &TyExc_ProcessLookupError;
    case ETIMEDOUT: return &TyExc_TimeoutError;
    default: return NULL;
    }
}

static TyObject *oserror_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (type == &TyExc_OSError && nargs >= 2 && TY_INT_CHECK(args[0]) && TY_INT_IS_SMALL(args[0])) {
        TyType *sub = oserror_subclass_for((int)TY_INT_VALUE(args[0]));
        if (sub)
            type = sub;
    }
    return tyExc_alloc(type, args, nargs);
}

static int oserror_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 2 && nargs <= 5) {
        TY_XSETREF(EXTRA(self, 0), TY_NEWREF(args[0]));
        TY_XSETREF(EXTRA(self, 1), TY_NEWREF(args[1]));
        if (nargs >= 3 && args[2] != TY_NONE) {
            TY_XSETREF(EXTRA(self, 2), TY_NEWREF(args[2]));
            if (nargs == 5)
                TY_XSETREF(EXTRA(self, 3), TY_NEWREF(args[4]));
            TyObject *t = tyTuple_pack(2, args[0], args[1]);
            if (!t)
                return -1;
            TY_SETREF(((TyBaseException *)self)->args, t);
        }
    }
    return 0;
}

static TyObject *oserror_str(TyObject *o)
{
    TyObject *err = EXTRA(o, 0), *msg = EXTRA(o, 1), *fn = EXTRA(o, 2), *fn2 = EXTRA(o, 3);
    if (fn && fn2)
        return tyStr_fromFormat("[Errno %S] %S: %R -> %R", err, msg, fn, fn2);
    if (fn)
        return tyStr_fromFormat("[Errno %S] %S: %R", err, msg, fn);
    if (err && msg)
        return tyStr_fromFormat("[Errno %S] %S", err, msg);
    return exc_str(o);
}

static TyGetSetDef oserror_getset[] = {
    { "errno", get_extra0, set_extra0, NULL },
    { "strerror", get_extra1, set_extra1, NULL },
    { "filename", get_extra2, set_extra2, NULL },
    { "filename2", get_extra3, set_extra3, NULL },
    { NULL }
};

/* SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)):
** extra[0] msg, [1] filename, [2] lineno, [3] offset, [4] text,
** [5] end_lineno, [6] end_offset, [7] print_file_and_line. */
static int syntaxerror_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1)
        TY_XSETREF(EXTRA(self, 0), TY_NEWREF(args[0]));
    if (nargs == 2) {
        TyObject *info = tyTuple_fromIterable(args[1]);
        if (!info)
            return -1;
        ssize_t n = TY_TUPLE_LEN(info);
        if (n < 4 || n > 6) {
            TY_DECREF(info);
            tyErr_format(&TyExc_TypeError, "function takes at %s %d arguments (%zd given)",
                         n < 4 ? "least" : "most", n < 4 ? 4 : 6, n);
            return -1;
        }
        if (n == 5) {
            TY_DECREF(info);
            tyErr_setString(&TyExc_TypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
        for (ssize_t i = 0; i < n; i++)
            TY_XSETREF(EXTRA(self, i + 1), TY_NEWREF(TY_TUPLE_GET(info, i)));
        TY_DECREF(info);
    }
    return 0;
}

static TyObject *syntaxerror_str(TyObject *o)
{
    TyObject *msg = EXTRA(o, 0), *fn = EXTRA(o, 1), *ln = EXTRA(o, 2);
    TyObject *m = msg ? tyObj_str(msg) : exc_str(o);
    if (!m)
        return NULL;
    bool have_fn = fn && TY_STR_CHECK(fn);
    bool have_ln = ln && TY_INT_CHECK(ln);
    TyObject *r;
    if (have_fn) {
        const char *path = TY_STR_UTF8(fn);
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        if (have_ln)
            r = tyStr_fromFormat("%U (%s, line %S)", m, base, ln);
        else
            r = tyStr_fromFormat("%U (%s)", m, base);
    } else if (have_ln) {
        r = tyStr_fromFormat("%U (line %S)", m, ln);
    } else {
        r = TY_NEWREF(m);
    }
    TY_DECREF(m);
    return r;
}

static TyGetSetDef syntaxerror_getset[] = {
    { "msg", get_extra0, set_extra0, NULL },
    { "filename", get_extra1, set_extra1, NULL },
    { "lineno", get_extra2, set_extra2, NULL },
    { "offset", get_extra3, set_extra3, NULL },
    { "text", get_extra4, set_extra4, NULL },
    { "end_lineno", get_extra5, set_extra5, NULL },
    { "end_offset", get_extra6, set_extra6, NULL },
    { "print_file_and_line", get_extra7, set_extra7, NULL },
    { NULL }
};

/* UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end,
** reason): extra[0..4] in that order. */
static int unicodeerror_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs != 5) {
        tyErr_format(&TyExc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    TyObject *object = args[1];
    if (TY_TYPE(self) == &TyExc_UnicodeDecodeError || tyType_isSubtype(TY_TYPE(self), &TyExc_UnicodeDecodeError)) {
        /* The object of a decode error is bytes: a bytearray or other
        ** buffer is copied, as CPython does. */
        TyBuffer view;
        if (TY_BYTES_CHECK(object)) {
            TY_INCREF(object);
        } else {
            if (tyBuffer_get(object, &view) < 0)
                return -1;
            object = tyBytes_fromData(view.data, view.len);
            if (!object)
                return -1;
        }
    } else {
        TY_INCREF(object);
    }
    TY_XSETREF(EXTRA(self, 1), object);
    for (int i = 0; i < 5; i++)
        if (i != 1)
            TY_XSETREF(EXTRA(self, i), TY_NEWREF(args[i]));
    return 0;
}

static TyObject *unicodedecode_str(TyObject *o)
{
    TyObject *enc = EXTRA(o, 0), *obj = EXTRA(o, 1), *start = EXTRA(o, 2), *end = EXTRA(o, 3),
             *reason = EXTRA(o, 4);
    if (!enc || !obj || !start || !end || !reason || !TY_INT_CHECK(start) || !TY_INT_CHECK(end) ||
        !TY_BYTES_CHECK(obj))
        return exc_str(o);
    int64_t s = TY_INT_VALUE(start), e = TY_INT_VALUE(end);
    if (s >= 0 && s < TY_BYTES_LEN(obj) && e == s + 1)
        return tyStr_fromFormat("'%S' codec can't decode byte 0x%02x in position %lld: %S", enc,
                                (unsigned)(unsigned char)TY_BYTES_DATA(obj)[s], (long long)s, reason);
    return tyStr_fromFormat("'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                            (long long)s, (long long)(e - 1), reason);
}

/* The message of an error about characters start..end of a str:
** "<what> character '\xe9' in position 1: reason" or "<what>
** characters in position 1-2: reason"; what is a str.  Steals what. */
static TyObject *char_error_str(TyObject *o, TyObject *what)
{
    TyObject *obj = EXTRA(o, 1), *start = EXTRA(o, 2), *end = EXTRA(o, 3), *reason = EXTRA(o, 4);
    if (!what)
        return NULL;
    TyObject *r;
    if (!obj || !start || !end || !reason || !TY_INT_CHECK(start) || !TY_INT_CHECK(end) || !TY_STR_CHECK(obj)) {
        r = exc_str(o);
    } else {
        int64_t s = TY_INT_VALUE(start), e = TY_INT_VALUE(end);
        if (s >= 0 && s < TY_STR_LEN(obj) && e == s + 1) {
            uint32_t cp = tyStr_codepointAt(obj, (ssize_t)s);
            const char *fmt = cp < 0x100 ? "%U character '\\x%02x' in position %lld: %S"
                              : cp < 0x10000 ? "%U character '\\u%04x' in position %lld: %S"
                                             : "%U character '\\U%08x' in position %lld: %S";
            r = tyStr_fromFormat(fmt, what, (unsigned)cp, (long long)s, reason);
        } else {
            r = tyStr_fromFormat("%U characters in position %lld-%lld: %S", what, (long long)s,
                                 (long long)(e - 1), reason);
        }
    }
    TY_DECREF(what);
    return r;
}

static TyObject *unicodeencode_str(TyObject *o)
{
    if (!EXTRA(o, 0))
        return exc_str(o);
    return char_error_str(o, tyStr_fromFormat("'%S' codec can't encode", EXTRA(o, 0)));
}

static TyObject *unicodetranslate_str(TyObject *o)
{
    return char_error_str(o, tyStr_fromCStr("can't translate"));
}

/* UnicodeTranslateError(object, start, end, reason): its encoding is None. */
static int unicodetranslate_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs != 4) {
        tyErr_format(&TyExc_TypeError, "function takes exactly 4 arguments (%zu given)", nargs);
        return -1;
    }
    TY_XSETREF(EXTRA(self, 0), TY_NEWREF(TY_NONE));
    for (int i = 0; i < 4; i++)
        TY_XSETREF(EXTRA(self, i + 1), TY_NEWREF(args[i]));
    return 0;
}

static TyGetSetDef unicodeerror_getset[] = {
    { "encoding", get_extra0, set_extra0, NULL },
    { "object", get_extra1, set_extra1, NULL },
    { "start", get_extra2, set_extra2, NULL },
    { "end", get_extra3, set_extra3, NULL },
    { "reason", get_extra4, set_extra4, NULL },
    { NULL }
};

/* ---- tracebacks ----------------------------------------------------------- */

static int tb_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyTraceback *tb = (TyTraceback *)o;
    if (tb->next && visit((TyObject *)tb->next, arg))
        return 1;
    if (tb->frame && visit((TyObject *)tb->frame, arg))
        return 1;
    return 0;
}

static int tb_clear(TyObject *o)
{
    TyTraceback *tb = (TyTraceback *)o;
    TY_CLEAR(tb->next);
    TY_CLEAR(tb->frame);
    return 0;
}

static void tb_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    tb_clear(o);
    tyObj_free(o);
}

TyCode *tyTraceback_code(TyTraceback *tb)
{
    return tb->frame->frame->code;
}

static TyObject *tb_get_next(TyObject *o) { return none_or((TyObject *)((TyTraceback *)o)->next); }
/* tb_next may be rewritten with another traceback or None, never so that
** the chain loops. */
static int tb_set_next(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == TY_NONE) {
        v = NULL;
    } else if (TY_TYPE(v) != &TyTraceback_Type) {
        tyErr_format(&TyExc_TypeError, "expected traceback object, got '%s'", tyType_name(TY_TYPE(v)));
        return -1;
    }
    for (TyTraceback *t = (TyTraceback *)v; t; t = t->next) {
        if ((TyObject *)t == o) {
            tyErr_setString(&TyExc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    TY_XINCREF(v);
    TY_XSETREF(((TyTraceback *)o)->next, (TyTraceback *)v);
    return 0;
}

static TyObject *tb_get_frame(TyObject *o) { return none_or((TyObject *)((TyTraceback *)o)->frame); }
static TyObject *tb_get_lineno(TyObject *o) { return tyInt_fromI64(((TyTraceback *)o)->lineno); }
static TyObject *tb_get_lasti(TyObject *o) { return tyInt_fromI64(((TyTraceback *)o)->tb_lasti); }

static TyGetSetDef tb_getset[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL },
    { "tb_frame", tb_get_frame, NULL, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL },
    { "tb_lasti", tb_get_lasti, NULL, NULL },
    { NULL }
};

/* TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): an entry built
** by hand, with CPython's checks. */
static TyObject *tb_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL };
    TyObject *a[4];
    int lasti, lineno;
    if (tyArg_unpack("TracebackType", args, nargs, kwnames, names, 4, 4, a) < 0)
        return NULL;
    if (a[0] != TY_NONE && TY_TYPE(a[0]) != &TyTraceback_Type)
        return tyErr_format(&TyExc_TypeError, "expected traceback object or None, got '%s'",
                            tyType_name(TY_TYPE(a[0])));
    if (!TY_FRAME_OBJECT_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                            tyType_name(TY_TYPE(a[1])));
    if (tyArg_int(a[2], &lasti) < 0 || tyArg_int(a[3], &lineno) < 0)
        return NULL;
    TyTraceback *tb = (TyTraceback *)tyGC_alloc(type);
    if (!tb)
        return NULL;
    tb->next = a[0] == TY_NONE ? NULL : (TyTraceback *)TY_NEWREF(a[0]);
    tb->frame = (TyFrameObject *)TY_NEWREF(a[1]);
    tb->tb_lasti = lasti;
    tb->lasti = lasti / 2;
    tb->lineno = lineno;
    tyGC_track((TyObject *)tb);
    return (TyObject *)tb;
}

/* dir() of a traceback: its four attributes only, as CPython's. */
static TyObject *tb_dir(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__dir__", kwnames) < 0 || tyArg_checkPositional("__dir__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *list = tyList_new(0);
    for (int i = 0; list && tb_getset[i].name; i++) {
        TyObject *name = tyStr_fromCStr(tb_getset[i].name);
        if (!name || tyList_append(list, name) < 0)
            TY_CLEAR(list);
        TY_XDECREF(name);
    }
    return list;
}

static TyMethodDef tb_methods[] = {
    { "__dir__", tb_dir, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyTraceback_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "traceback",
    .basicsize = sizeof(TyTraceback),
    .flags = TY_TPFLAG_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
    .methods = tb_methods,
    .tp_new = tb_new,
};

int tyTraceback_add(TyObject *exc, TyFrame *f, int lasti)
{
    TyFrameObject *fo = tyFrame_getObject(f);
    if (!fo)
        return -1;
    TyTraceback *tb = (TyTraceback *)tyGC_alloc(&TyTraceback_Type);
    if (!tb)
        return -1;
    TyBaseException *e = (TyBaseException *)exc;
    tb->next = (TyTraceback *)e->traceback;
    e->traceback = NULL;
    tb->frame = (TyFrameObject *)TY_NEWREF((TyObject *)fo);
    tb->lasti = lasti;
    tb->tb_lasti = lasti * 2;
    /* An instruction on no line (the code joining except*'s results) is
    ** line -1, as CPython prints it. */
    bool no_line = lasti >= 0 && lasti < f->code->ncode && f->code->positions[lasti].line <= 0;
    tb->lineno = no_line ? -1 : tyCode_line(f->code, lasti);
    tyGC_track((TyObject *)tb);
    e->traceback = (TyObject *)tb;
    return 0;
}

/* ---- start-up -------------------------------------------------------------- */

static void customise(TyType *t, ty_initfunc init, ty_unaryfunc str, TyGetSetDef *getset)
{
    if (init)
        t->tp_init = init;
    if (str)
        t->str = str;
    if (getset)
        t->getset = getset;
}

int tyExc_init(TyObject *builtins_dict)
{
    TyType *base = &TyExc_BaseException;
    base->dealloc = exc_dealloc;
    base->repr = exc_repr;
    base->str = exc_str;
    base->traverse = exc_traverse;
    base->clear = exc_clear;
    base->tp_new = exc_new;
    base->tp_init = exc_init;
    base->getset = exc_getset;
    base->methods = exc_methods;
    customise(&TyExc_StopIteration, stopiteration_init, NULL, stopiteration_getset);
    customise(&TyExc_SystemExit, systemexit_init, NULL, systemexit_getset);
    customise(&TyExc_KeyError, NULL, keyerror_str, NULL);
    customise(&TyExc_ImportError, importerror_init, importerror_str, importerror_getset);
    customise(&TyExc_NameError, nameerror_init, NULL, nameerror_getset);
    customise(&TyExc_AttributeError, attributeerror_init, NULL, attributeerror_getset);
    customise(&TyExc_OSError, oserror_init, oserror_str, oserror_getset);
    TyExc_OSError.tp_new = oserror_new;
    customise(&TyExc_SyntaxError, syntaxerror_init, syntaxerror_str, syntaxerror_getset);
    customise(&TyExc_UnicodeDecodeError, unicodeerror_init, unicodedecode_str, unicodeerror_getset);
    customise(&TyExc_UnicodeEncodeError, unicodeerror_init, unicodeencode_str, unicodeerror_getset);
    customise(&TyExc_UnicodeTranslateError, unicodetranslate_init, unicodetranslate_str, unicodeerror_getset);

    if (tyType_ready(&TyTraceback_Type) < 0)
        return -1;
#define TY_X_(name, basename)                                              \
    if (tyType_ready(&TyExc_##name) < 0 ||                                 \
        tyDict_setItemStr(builtins_dict, #name, (TyObject *)&TyExc_##name) < 0) \
        return -1;
    TY_EXCEPTIONS(TY_X_)
#undef TY_X_
    if (tyDict_setItemStr(builtins_dict, "EnvironmentError", (TyObject *)&TyExc_OSError) < 0 ||
        tyDict_setItemStr(builtins_dict, "IOError", (TyObject *)&TyExc_OSError) < 0)
        return -1;
    return tyExcGroup_init(builtins_dict);
}

void tyExc_fini(void)
{
    tyExcGroup_fini();
#define TY_X_(name, basename) tyType_finiStatic(&TyExc_##name);
    TY_EXCEPTIONS(TY_X_)
#undef TY_X_
    tyType_finiStatic(&TyTraceback_Type);
}
