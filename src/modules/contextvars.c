/*
** contextvars.c — the `_contextvars` module (PEP 567): Context,
** ContextVar, Token and copy_context, with CPython 3.11's rules and
** messages.
**
** A Context maps ContextVars to values in a dict.  CPython keeps an
** immutable HAMT so that copy_context() costs nothing; here a copy copies
** the dict, which gives the same semantics (a Context never sees later
** changes made in another one).  There is one thread, so the current
** context is one static reference, made empty on first use; Context.run
** swaps it in and back.
*/
#include "tally.h"
#include "objects/genericalias.h"
#include "modules/contextvars.h"

typedef struct Context {
    TyObject ob;
    TyObject *vars;     /* dict: ContextVar -> value */
    TyObject *prev;     /* while entered: the context to return to */
    bool entered;
} Context;

typedef struct ContextVar {
    TyObject ob;
    TyObject *name;
    TyObject *deflt;    /* NULL: no default */
} ContextVar;

typedef struct Token {
    TyObject ob;
    TyObject *ctx;
    TyObject *var;
    TyObject *old;      /* NULL: Token.MISSING */
    bool used;
} Token;

static TyType Context_Type, ContextVar_Type, Token_Type, Missing_Type;
static TyObject token_missing = TY_STATIC_HEAD(&Missing_Type);

/* A new tracked Context over vars (stolen): new reference, or NULL. */
static TyObject *context_new_with(TyObject *vars)
{
    Context *c = (Context *)tyGC_alloc(&Context_Type);
    if (!c) {
        TY_DECREF(vars);
        return NULL;
    }
    c->vars = vars;
    tyGC_track((TyObject *)c);
    return (TyObject *)c;
}

/* The current context, made on first use: borrowed, or NULL. */
static Context *current_context(void)
{
    if (!ty_state.mod.contextvars.current) {
        TyObject *d = tyDict_new();
        if (!d || !(ty_state.mod.contextvars.current = context_new_with(d)))
            return NULL;
    }
    return (Context *)ty_state.mod.contextvars.current;
}

/* ---- Context ------------------------------------------------------------------------ */

static TyObject *context_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs || (kwnames && TY_TUPLE_LEN(kwnames)))
        return tyErr_setString(&TyExc_TypeError, "Context() does not accept any arguments");
    TyObject *d = tyDict_new();
    return d ? context_new_with(d) : NULL;
}

/* The slots of the three GC types release, visit and clear every
** reference they hold. */
static void context_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((Context *)o)->vars);
    TY_XDECREF(((Context *)o)->prev);
    tyObj_free(o);
}

static int context_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Context *c = (Context *)o;
    if (c->vars && visit(c->vars, arg))
        return 1;
    return c->prev ? visit(c->prev, arg) : 0;
}

static int context_clear(TyObject *o)
{
    TY_CLEAR(((Context *)o)->vars);
    TY_CLEAR(((Context *)o)->prev);
    return 0;
}

/* The vars dict, or a fresh empty one for a context the collector cleared. */
static TyObject *vars_of(TyObject *o)
{
    Context *c = (Context *)o;
    if (!c->vars)
        c->vars = tyDict_new();
    return c->vars;
}

/* A Context's keys must be ContextVars: 0, or -1 with CPython's TypeError. */
static int check_key(TyObject *key)
{
    if (TY_TYPE(key) == &ContextVar_Type)
        return 0;
    tyErr_format(&TyExc_TypeError, "a ContextVar key was expected, got %R", key);
    return -1;
}

/* The mapping protocol over the variables: ctx[var] (KeyError when
** unset), var in ctx, len(ctx), iteration over a snapshot of the keys. */
static TyObject *context_subscript(TyObject *o, TyObject *key)
{
    TyObject *d = vars_of(o);
    if (!d || check_key(key) < 0)
        return NULL;
    TyObject *v = tyDict_getItem(d, key);
    if (!v) {
        if (!tyErr_occurred())
            tyDict_setKeyError(key);
        return NULL;
    }
    return TY_NEWREF(v);
}

static int context_contains(TyObject *o, TyObject *key)
{
    TyObject *d = vars_of(o);
    if (!d || check_key(key) < 0)
        return -1;
    return tyDict_contains(d, key);
}

static ssize_t context_length(TyObject *o)
{
    TyObject *d = vars_of(o);
    return d ? TY_DICT_LEN(d) : -1;
}

/* A list of the keys, values or items (which 0, 1, 2) as they are now. */
static TyObject *snapshot(TyObject *o, int which)
{
    TyObject *d = vars_of(o);
    if (!d)
        return NULL;
    return which == 0 ? tyDict_keys(d) : which == 1 ? tyDict_values(d) : tyDict_items(d);
}

static TyObject *listed(TyObject *o, int which)
{
    TyObject *view = snapshot(o, which);
    if (!view)
        return NULL;
    TyObject *l = tyObj_callOneArg((TyObject *)&TyList_Type, view);
    TY_DECREF(view);
    return l;
}

static TyObject *context_iter(TyObject *o)
{
    TyObject *l = listed(o, 0);
    if (!l)
        return NULL;
    TyObject *it = tyObj_getIter(l);
    TY_DECREF(l);
    return it;
}

/* Contexts are equal when their mappings are. */
static TyObject *context_richcompare(TyObject *a, TyObject *b, int op)
{
    if (TY_TYPE(b) != &Context_Type || (op != TY_EQ && op != TY_NE))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *da = vars_of(a), *db = vars_of(b);
    if (!da || !db)
        return NULL;
    return tyObj_richCompare(da, db, op);
}

/* ctx.get(var, default=None). */
TY_CFUNC(context_get)
{
    if (tyArg_noKeywords("get", kwnames) < 0 || tyArg_checkCount("get", nargs, 1, 2) < 0)
        return NULL;
    TyObject *d = vars_of(self);
    if (!d || check_key(args[0]) < 0)
        return NULL;
    TyObject *v = tyDict_getItem(d, args[0]);
    if (!v && tyErr_occurred())
        return NULL;
    return TY_NEWREF(v ? v : nargs > 1 ? args[1] : TY_NONE);
}

/* keys() / values() / items(): lists of what the context holds now. */
TY_CFUNC(context_keys)
{
    return tyArg_checkPositional("keys", nargs, 0, 0) < 0 ? NULL : listed(self, 0);
}

TY_CFUNC(context_values)
{
    return tyArg_checkPositional("values", nargs, 0, 0) < 0 ? NULL : listed(self, 1);
}

TY_CFUNC(context_items)
{
    return tyArg_checkPositional("items", nargs, 0, 0) < 0 ? NULL : listed(self, 2);
}

/* ctx.copy(): a new Context with the same variables and values. */
TY_CFUNC(context_copy)
{
    if (tyArg_checkPositional("copy", nargs, 0, 0) < 0)
        return NULL;
    TyObject *d = vars_of(self);
    TyObject *c = d ? tyDict_copy(d) : NULL;
    return c ? context_new_with(c) : NULL;
}

/* run(callable, *args, **kwargs): call it with this context current. */
TY_CFUNC(context_run)
{
    Context *c = (Context *)self;
    if (nargs < 1)
        return tyErr_setString(&TyExc_TypeError, "run() missing 1 required positional argument");
    if (c->entered)
        return tyErr_format(&TyExc_RuntimeError, "cannot enter context: %R is already entered", self);
    if (!current_context())
        return NULL;
    c->prev = ty_state.mod.contextvars.current;
    ty_state.mod.contextvars.current = TY_NEWREF(self);
    c->entered = true;
    TyObject *r = tyObj_call(args[0], args + 1, nargs - 1, kwnames);
    c->entered = false;
    TY_DECREF(ty_state.mod.contextvars.current);
    ty_state.mod.contextvars.current = c->prev;
    c->prev = NULL;
    return r;
}

static TyMethodDef context_methods[] = {
    { "run", context_run, TY_METH_DEFAULT, "Call a callable with this context as the current one." },
    { "copy", context_copy, TY_METH_DEFAULT, "A shallow copy of the context." },
    { "get", context_get, TY_METH_DEFAULT, "The value of a variable, or default." },
    { "keys", context_keys, TY_METH_DEFAULT, "The variables set in the context." },
    { "values", context_values, TY_METH_DEFAULT, "The values of the variables." },
    { "items", context_items, TY_METH_DEFAULT, "The (variable, value) pairs." },
    { NULL, NULL, 0, NULL },
};

static TyType Context_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_contextvars.Context",
    .basicsize = sizeof(Context),
    .flags = TY_TPFLAG_GC,
    .dealloc = context_dealloc,
    .traverse = context_traverse,
    .clear = context_clear,
    .richcompare = context_richcompare,
    .iter = context_iter,
    .length = context_length,
    .subscript = context_subscript,
    .contains = context_contains,
    .methods = context_methods,
    .tp_new = context_tp_new,
};

/* copy_context(): a copy of the current context. */
TY_CFUNC(copy_context)
{
    if (tyArg_checkPositional("copy_context", nargs, 0, 0) < 0)
        return NULL;
    Context *cur = current_context();
    return cur ? context_copy((TyObject *)cur, NULL, 0, NULL) : NULL;
}

/* ---- ContextVar ----------------------------------------------------------------------- */

static TyObject *var_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "default", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (nargs > 1)
        return tyErr_format(&TyExc_TypeError, "ContextVar() takes at most 1 positional argument (%zu given)", nargs);
    if (tyArg_unpack("ContextVar", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[0]))
        return tyErr_setString(&TyExc_TypeError, "context variable name must be a str");
    ContextVar *v = (ContextVar *)tyGC_alloc(&ContextVar_Type);
    if (!v)
        return NULL;
    v->name = TY_NEWREF(a[0]);
    v->deflt = a[1] ? TY_NEWREF(a[1]) : NULL;
    tyGC_track((TyObject *)v);
    return (TyObject *)v;
}

static void var_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((ContextVar *)o)->name);
    TY_XDECREF(((ContextVar *)o)->deflt);
    tyObj_free(o);
}

static int var_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    ContextVar *v = (ContextVar *)o;
    if (v->name && visit(v->name, arg))
        return 1;
    return v->deflt ? visit(v->deflt, arg) : 0;
}

static int var_clear(TyObject *o)
{
    TY_CLEAR(((ContextVar *)o)->name);
    TY_CLEAR(((ContextVar *)o)->deflt);
    return 0;
}

/* <ContextVar name='v' default=1 at 0x...> (no default= when it has none). */
static TyObject *var_repr(TyObject *o)
{
    ContextVar *v = (ContextVar *)o;
    if (v->deflt)
        return tyStr_fromFormat("<ContextVar name=%R default=%R at %p>", v->name ? v->name : TY_NONE, v->deflt,
                                (void *)o);
    return tyStr_fromFormat("<ContextVar name=%R at %p>", v->name ? v->name : TY_NONE, (void *)o);
}

/* var.get([default]): its value in the current context, else the given
** default, else its own, else LookupError(var). */
TY_CFUNC(var_get)
{
    ContextVar *v = (ContextVar *)self;
    if (tyArg_noKeywords("get", kwnames) < 0 || tyArg_checkCount("get", nargs, 0, 1) < 0)
        return NULL;
    Context *c = current_context();
    TyObject *d = c ? vars_of((TyObject *)c) : NULL;
    if (!d)
        return NULL;
    TyObject *r = tyDict_getItem(d, self);
    if (r)
        return TY_NEWREF(r);
    if (tyErr_occurred())
        return NULL;
    if (nargs)
        return TY_NEWREF(args[0]);
    if (v->deflt)
        return TY_NEWREF(v->deflt);
    return tyErr_setObject(&TyExc_LookupError, self);
}

/* var.set(value): sets it in the current context and returns a Token
** holding that context and the value it replaced. */
TY_CFUNC(var_set)
{
    if (tyArg_noKeywords("set", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tyErr_format(&TyExc_TypeError, "ContextVar.set() takes exactly one argument (%zu given)", nargs);
    Context *c = current_context();
    TyObject *d = c ? vars_of((TyObject *)c) : NULL;
    if (!d)
        return NULL;
    TyObject *old = tyDict_getItem(d, self);
    if (!old && tyErr_occurred())
        return NULL;
    Token *t = (Token *)tyGC_alloc(&Token_Type);
    if (!t)
        return NULL;
    t->ctx = TY_NEWREF(c);
    t->var = TY_NEWREF(self);
    t->old = old ? TY_NEWREF(old) : NULL;
    tyGC_track((TyObject *)t);
    if (tyDict_setItem(d, self, args[0]) < 0) {
        TY_DECREF(t);
        return NULL;
    }
    return (TyObject *)t;
}

/* var.reset(token): restores what token.var had before (unsetting it when
** it had nothing), once, in the context the token came from. */
TY_CFUNC(var_reset)
{
    if (tyArg_noKeywords("reset", kwnames) < 0 || tyArg_checkPositional("reset", nargs, 1, 1) < 0)
        return NULL;
    if (TY_TYPE(args[0]) != &Token_Type)
        return tyErr_format(&TyExc_TypeError, "expected an instance of Token, got %R", args[0]);
    Token *t = (Token *)args[0];
    if (t->used)
        return tyErr_format(&TyExc_RuntimeError, "%R has already been used once", args[0]);
    if (t->var != self)
        return tyErr_format(&TyExc_ValueError, "%R was created by a different ContextVar", args[0]);
    Context *c = current_context();
    if (!c)
        return NULL;
    if (t->ctx != (TyObject *)c)
        return tyErr_format(&TyExc_ValueError, "%R was created in a different Context", args[0]);
    TyObject *d = vars_of((TyObject *)c);
    if (!d)
        return NULL;
    t->used = true;
    if (t->old) {
        if (tyDict_setItem(d, self, t->old) < 0)
            return NULL;
    } else {
        TyObject *gone = NULL;
        if (tyDict_pop(d, self, &gone) < 0)
            return NULL;
        TY_XDECREF(gone);
    }
    return TY_NEWREF(TY_NONE);
}

static TyObject *var_name(TyObject *o)
{
    return TY_NEWREF(((ContextVar *)o)->name ? ((ContextVar *)o)->name : TY_NONE);
}

static TyMethodDef var_methods[] = {
    { "get", var_get, TY_METH_DEFAULT, "The variable's value in the current context." },
    { "set", var_set, TY_METH_DEFAULT, "Set the value in the current context; returns a Token." },
    { "reset", var_reset, TY_METH_DEFAULT, "Restore the value a Token saved." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef var_getset[] = {
    { "name", var_name, NULL, NULL },
    { NULL },
};

static TyType ContextVar_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(ContextVar),
    .flags = TY_TPFLAG_GC,
    .dealloc = var_dealloc,
    .traverse = var_traverse,
    .clear = var_clear,
    .repr = var_repr,
    .methods = var_methods,
    .getset = var_getset,
    .tp_new = var_tp_new,
};

/* ---- Token ------------------------------------------------------------------------------ */

static TyObject *token_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyErr_setString(&TyExc_RuntimeError, "Tokens can only be created by ContextVars");
}

static void token_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((Token *)o)->ctx);
    TY_XDECREF(((Token *)o)->var);
    TY_XDECREF(((Token *)o)->old);
    tyObj_free(o);
}

static int token_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Token *t = (Token *)o;
    if (t->ctx && visit(t->ctx, arg))
        return 1;
    if (t->var && visit(t->var, arg))
        return 1;
    return t->old ? visit(t->old, arg) : 0;
}

static int token_clear(TyObject *o)
{
    TY_CLEAR(((Token *)o)->ctx);
    TY_CLEAR(((Token *)o)->var);
    TY_CLEAR(((Token *)o)->old);
    return 0;
}

static TyObject *token_repr(TyObject *o)
{
    Token *t = (Token *)o;
    return tyStr_fromFormat("<Token%s var=%R at %p>", t->used ? " used" : "", t->var ? t->var : TY_NONE,
                            (void *)o);
}

static TyObject *token_var(TyObject *o)
{
    return TY_NEWREF(((Token *)o)->var ? ((Token *)o)->var : TY_NONE);
}

static TyObject *token_old_value(TyObject *o)
{
    return TY_NEWREF(((Token *)o)->old ? ((Token *)o)->old : &token_missing);
}

static TyGetSetDef token_getset[] = {
    { "var", token_var, NULL, NULL },
    { "old_value", token_old_value, NULL, NULL },
    { NULL },
};

static TyType Token_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_contextvars.Token",
    .basicsize = sizeof(Token),
    .flags = TY_TPFLAG_GC,
    .dealloc = token_dealloc,
    .traverse = token_traverse,
    .clear = token_clear,
    .repr = token_repr,
    .getset = token_getset,
    .tp_new = token_tp_new,
};

static TyObject *missing_repr(TyObject *o)
{
    return tyStr_fromCStr("<Token.MISSING>");
}

static TyType Missing_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "Token.MISSING",
    .basicsize = sizeof(TyObject),
    .repr = missing_repr,
};

/* ---- the module ------------------------------------------------------------------------- */

static TyMethodDef contextvars_functions[] = {
    { "copy_context", copy_context, TY_METH_DEFAULT, "A copy of the current context." },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = { &Context_Type, &ContextVar_Type, &Token_Type, &Missing_Type };

TyObject *tyContextvars_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (tyGenericAlias_addClassGetitem(&ContextVar_Type) < 0 ||
        tyGenericAlias_addClassGetitem(&Token_Type) < 0 ||
        tyDict_setItemStr(Token_Type.dict, "MISSING", &token_missing) < 0)
        return NULL;
    TyObject *m = tyModule_new("_contextvars", contextvars_functions);
    if (m && (tyModule_addObject(m, "Context", (TyObject *)&Context_Type) < 0 ||
              tyModule_addObject(m, "ContextVar", (TyObject *)&ContextVar_Type) < 0 ||
              tyModule_addObject(m, "Token", (TyObject *)&Token_Type) < 0))
        TY_CLEAR(m);
    return m;
}

void tyContextvars_fini(void)
{
    TY_CLEAR(ty_state.mod.contextvars.current);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
