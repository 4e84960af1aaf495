/*
** symtablemod.c — the `_symtable` module under CPython's symtable.py:
** symtable(source, filename, compile_type) runs tally's own scope analysis
** (src/symtable.c, the one the compiler uses) and returns its scopes as
** CPython 3.11's "symtable entry" objects, with CPython's flag values.
**
** tally's analysis keeps what code generation needs; CPython's entries say
** a little more, and the conversion supplies it: module and class names
** resolve to LOCAL or GLOBAL_IMPLICIT (tally: "by name"), a `global`
** statement anywhere also marks the name in the module's table, a class
** does not list the `__class__` cell it makes for its methods, and
** DEF_FREE_CLASS is only on names the class itself binds.
*/
#include <string.h>
#include "tally.h"
#include "args.h"
#include "buffer.h"
#include "ast.h"
#include "future.h"
#include "parser.h"
#include "symtable.h"
#include "modules/symtablemod.h"
#include "modules/warningsmodule.h"

/* CPython 3.11's Include/internal/pycore_symtable.h values. */
enum {
    DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE = 32,
    DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512,
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
    SCOPE_OFFSET = 11, SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL,
    LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5,
    TYPE_FUNCTION = 0, TYPE_CLASS = 1, TYPE_MODULE = 2,
};

typedef struct Entry {
    TyObject ob;
    TyObject *id;          /* int: the entry's address */
    TyObject *name;        /* str */
    TyObject *symbols;     /* dict: name -> flags | scope << SCOPE_OFFSET */
    TyObject *varnames;    /* list of the parameters */
    TyObject *children;    /* list of entries */
    int type, lineno, nested;
} Entry;

#define ENTRY(o) ((Entry *)(o))

static TyType Entry_Type;

/* Releases the fields and frees the entry. */
static void entry_dealloc(TyObject *o)
{
    Entry *e = ENTRY(o);
    TY_XDECREF(e->id);
    TY_XDECREF(e->name);
    TY_XDECREF(e->symbols);
    TY_XDECREF(e->varnames);
    TY_XDECREF(e->children);
    tyObj_free(o);
}

/* "<symtable entry top(140...), line 0>": new reference. */
static TyObject *entry_repr(TyObject *o)
{
    Entry *e = ENTRY(o);
    return tyStr_fromFormat("<symtable entry %U(%R), line %d>", e->name, e->id, e->lineno);
}

/* The fields: new references. */
static TyObject *get_id(TyObject *o) { return TY_NEWREF(ENTRY(o)->id); }
static TyObject *get_name(TyObject *o) { return TY_NEWREF(ENTRY(o)->name); }
static TyObject *get_symbols(TyObject *o) { return TY_NEWREF(ENTRY(o)->symbols); }
static TyObject *get_varnames(TyObject *o) { return TY_NEWREF(ENTRY(o)->varnames); }
static TyObject *get_children(TyObject *o) { return TY_NEWREF(ENTRY(o)->children); }
static TyObject *get_type(TyObject *o) { return tyInt_fromI64(ENTRY(o)->type); }
static TyObject *get_lineno(TyObject *o) { return tyInt_fromI64(ENTRY(o)->lineno); }
static TyObject *get_nested(TyObject *o) { return tyInt_fromI64(ENTRY(o)->nested); }

/* The entries' fields are read-only struct members in CPython. */
static TyGetSetDef entry_getset[] = {
    { "id", get_id, NULL, NULL, true },
    { "name", get_name, NULL, NULL, true },
    { "symbols", get_symbols, NULL, NULL, true },
    { "varnames", get_varnames, NULL, NULL, true },
    { "children", get_children, NULL, NULL, true },
    { "nested", get_nested, NULL, NULL, true },
    { "type", get_type, NULL, NULL, true },
    { "lineno", get_lineno, NULL, NULL, true },
    { NULL, NULL, NULL, NULL, false },
};

static TyType Entry_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "symtable entry",
    .basicsize = sizeof(Entry),
    .dealloc = entry_dealloc,
    .repr = entry_repr,
    .getset = entry_getset,
};

/* ---- the conversion ------------------------------------------------------------------- */

/* CPython's flag bits for what tally recorded about sym in scope s. */
static long cpython_flags(const TyScope *s, const TySymbol *sym)
{
    int f = sym->flags;
    long r = 0;
    if ((f & TY_DEF_GLOBAL) && !(f & TY_DEF_PASS))
        r |= DEF_GLOBAL;
    if (f & TY_DEF_ASSIGN)
        r |= DEF_LOCAL;
    if (f & TY_DEF_IMPORT)
        r |= DEF_IMPORT;
    if (f & TY_DEF_PARAM)
        r |= DEF_PARAM;
    if ((f & TY_DEF_NONLOCAL) && !(f & TY_DEF_PASS))
        r |= DEF_NONLOCAL;
    if (f & TY_USE)
        r |= USE;
    if (f & TY_DEF_ANNOT)
        r |= DEF_ANNOT;
    if (f & TY_DEF_COMP_ITER)
        r |= DEF_COMP_ITER;
    if ((f & TY_DEF_FREE_CLASS) && s->kind == TY_SCOPE_CLASS && (r & (DEF_BOUND | DEF_GLOBAL)))
        r |= DEF_FREE_CLASS;
    return r;
}

/* CPython's scope of a name with CPython flags `flags`. */
static long cpython_scope(const TySymbol *sym, long flags)
{
    switch (sym->scope) {
    case TY_NAME_LOCAL:
        return LOCAL;
    case TY_NAME_CELL:
        return CELL;
    case TY_NAME_FREE:
        return FREE;
    case TY_NAME_GLOBAL_EXPLICIT:
        return GLOBAL_EXPLICIT;
    case TY_NAME_NAME:
        return (flags & DEF_BOUND) ? LOCAL : GLOBAL_IMPLICIT;
    default:
        return GLOBAL_IMPLICIT;
    }
}

/* symbols[name] = value: 0 / -1. */
static int set_flags(TyObject *symbols, TyObject *name, long value)
{
    TyObject *v = tyInt_fromI64(value);
    int r = v ? tyDict_setItem(symbols, name, v) : -1;
    TY_XDECREF(v);
    return r;
}

/* Every name declared global in scope s or below (a `global` statement, or
** an assignment expression's target in a comprehension at module level):
** the module's table records it as CPython's st_global does. */
static int mark_globals(TyObject *module_symbols, const TyScope *s)
{
    for (int i = 0; i < s->nsymbols; i++) {
        const TySymbol *sym = &s->symbols[i];
        if (!(sym->flags & TY_DEF_GLOBAL))
            continue;
        TyObject *old = tyDict_getItem(module_symbols, sym->name);
        long flags = old ? (long)TY_INT_VALUE(old) & ((1L << SCOPE_OFFSET) - 1) : 0;
        if (set_flags(module_symbols, sym->name, (flags | DEF_GLOBAL) | ((long)GLOBAL_EXPLICIT << SCOPE_OFFSET)) < 0)
            return -1;
    }
    for (int i = 0; i < s->nchildren; i++)
        if (mark_globals(module_symbols, s->children[i]) < 0)
            return -1;
    return 0;
}

/* The entry for scope s and its children: new reference, or NULL. */
static TyObject *make_entry(const TyScope *s)
{
    Entry *e = (Entry *)tyObj_alloc(&Entry_Type);
    if (!e)
        return NULL;
    e->id = tyInt_fromI64((int64_t)(intptr_t)e);
    if (s->kind == TY_SCOPE_MODULE) {
        e->name = tyStr_fromCStr("top");
    } else {
        const char *n = TY_STR_UTF8(s->name);
        size_t len = (size_t)TY_STR_NBYTES(s->name);
        /* "<lambda>", "<listcomp>", ...: CPython names these blocks bare. */
        e->name = n[0] == '<' && len > 2 && n[len - 1] == '>' ? tyStr_fromUtf8(n + 1, (ssize_t)len - 2)
                                                               : TY_NEWREF(s->name);
    }
    e->type = s->kind == TY_SCOPE_MODULE ? TYPE_MODULE : s->kind == TY_SCOPE_CLASS ? TYPE_CLASS : TYPE_FUNCTION;
    e->lineno = s->kind == TY_SCOPE_MODULE ? 0 : s->firstlineno;
    e->nested = s->is_nested;
    e->symbols = tyDict_new();
    e->varnames = tyList_new(0);
    e->children = tyList_new(0);
    if (!e->id || !e->name || !e->symbols || !e->varnames || !e->children)
        goto fail;
    if (s->kind == TY_SCOPE_FUNCTION || s->kind == TY_SCOPE_COMPREHENSION)
        for (int i = 0; i < s->nparams; i++)
            if (tyList_append(e->varnames, s->params[i]) < 0)
                goto fail;
    for (int i = 0; i < s->nsymbols; i++) {
        const TySymbol *sym = &s->symbols[i];
        long flags = cpython_flags(s, sym);
        /* The cell a class makes for its methods' __class__ is not one of
        ** the class body's names. */
        if (s->kind == TY_SCOPE_CLASS && sym->scope == TY_NAME_CELL && flags == 0)
            continue;
        /* A comprehension an assignment expression's target only passes
        ** through at module level: the name is a global there, and CPython
        ** lists it only if the comprehension uses it. */
        long scope = cpython_scope(sym, flags);
        if ((sym->flags & TY_DEF_PASS) && (sym->flags & TY_DEF_GLOBAL)) {
            if (!flags)
                continue;
            scope = GLOBAL_IMPLICIT;
        }
        if (set_flags(e->symbols, sym->name, flags | (scope << SCOPE_OFFSET)) < 0)
            goto fail;
    }
    if (s->kind == TY_SCOPE_MODULE)
        for (int i = 0; i < s->nchildren; i++)
            if (mark_globals(e->symbols, s->children[i]) < 0)
                goto fail;
    for (int i = 0; i < s->nchildren; i++) {
        TyObject *child = make_entry(s->children[i]);
        int r = child ? tyList_append(e->children, child) : -1;
        TY_XDECREF(child);
        if (r < 0)
            goto fail;
    }
    return (TyObject *)e;
fail:
    TY_DECREF(e);
    return NULL;
}

/* The filename argument as CPython's PyUnicode_FSDecoder takes it: str,
** bytes, an os.PathLike giving one of those, or (deprecated) another
** bytes-like object.  New reference to a str or bytes, or NULL. */
static TyObject *fs_path(TyObject *o)
{
    if (TY_STR_CHECK(o) || TY_BYTES_CHECK(o))
        return TY_NEWREF(o);
    TyObject *name = tyStr_internC("__fspath__");
    TyObject *meth = name ? tyObj_lookupSpecial(o, name) : NULL;
    TY_XDECREF(name);
    if (meth) {
        TyObject *r = tyObj_callNoArgs(meth);
        TY_DECREF(meth);
        if (r && !TY_STR_CHECK(r) && !TY_BYTES_CHECK(r)) {
            tyErr_format(&TyExc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o, r);
            TY_CLEAR(r);
        }
        return r;
    }
    if (tyErr_occurred())
        return NULL;
    if (!tyBuffer_check(o))
        return tyErr_format(&TyExc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
    TyObject *text = tyStr_fromFormat("path should be string, bytes, or os.PathLike, not %T", o);
    int w = text ? tyWarnings_warn(&TyExc_DeprecationWarning, text) : -1;
    TY_XDECREF(text);
    TyBuffer view;
    if (w < 0 || tyBuffer_get(o, &view) < 0)
        return NULL;
    return tyBytes_fromData(view.data, view.len);
}

/* symtable(source, filename, compile_type): the module's entry.  The
** arguments are checked in CPython's order: filename, compile_type's type,
** source, compile_type's value. */
TY_CFUNC(st_symtable)
{
    if (tyArg_noKeywords("symtable", kwnames) < 0 || tyArg_checkPositional("symtable", nargs, 3, 3) < 0)
        return NULL;
    TyObject *source = args[0], *mode = args[2];
    TyObject *path = fs_path(args[1]);
    if (!path)
        return NULL;
    TyObject *top = NULL;
    TyArena *arena = NULL;
    const char *filename = TY_STR_CHECK(path) ? TY_STR_UTF8(path) : TY_BYTES_DATA(path);
    ssize_t flen = TY_STR_CHECK(path) ? TY_STR_NBYTES(path) : TY_BYTES_LEN(path);
    const char *text = NULL;
    ssize_t len = 0;
    TyParseMode pm = TY_MODE_FILE;
    if ((ssize_t)strlen(filename) != flen) {
        tyErr_setString(&TyExc_ValueError, "embedded null byte");
        goto done;
    }
    if (!TY_STR_CHECK(mode)) {
        tyErr_format(&TyExc_TypeError, "symtable() argument 3 must be str, not %T", mode);
        goto done;
    }
    if (TY_STR_CHECK(source)) {
        text = TY_STR_UTF8(source);
        len = TY_STR_NBYTES(source);
    } else if (TY_BYTES_CHECK(source)) {
        text = TY_BYTES_DATA(source);
        len = TY_BYTES_LEN(source);
    } else {
        tyErr_setString(&TyExc_TypeError, "symtable() arg 1 must be a string or bytes object");
        goto done;
    }
    if ((ssize_t)strlen(text) != len) {
        tyErr_setString(&TyExc_ValueError, "source code string cannot contain null bytes");
        goto done;
    }
    if (tyStr_eqC(mode, "eval")) {
        pm = TY_MODE_EVAL;
    } else if (tyStr_eqC(mode, "single")) {
        pm = TY_MODE_SINGLE;
    } else if (!tyStr_eqC(mode, "exec")) {
        tyErr_setString(&TyExc_ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        goto done;
    }
    if (!(arena = tyArena_new())) {
        tyErr_noMemory();
        goto done;
    }
    TyModuleAST *mod = tyParse_source(arena, text, (size_t)len, filename, pm,
                                      TY_STR_CHECK(source) ? TY_INPUT_TEXT : TY_INPUT_BYTES, NULL);
    TyFuture ff;
    if (mod && tyFuture_parse(mod, filename, &ff) == 0) {
        TySymtable *st = tySymtable_build(mod, arena, filename, ff.features & TY_PYCF_MASK);
        if (st)
            top = make_entry(st->top);
    }
done:
    if (arena)
        tyArena_free(arena);
    TY_DECREF(path);
    return top;
}

static TyMethodDef functions[] = {
    { "symtable", st_symtable, 0, "Return symbol and scope dictionaries used internally by compiler." },
    { NULL, NULL, 0, NULL },
};

/* The module with CPython's constants: new reference, or NULL. */
TyObject *tySymtableModule_create(void)
{
    if (tyType_ready(&Entry_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("_symtable", functions);
    static const struct { const char *name; int value; } constants[] = {
        { "USE", USE }, { "DEF_GLOBAL", DEF_GLOBAL }, { "DEF_NONLOCAL", DEF_NONLOCAL },
        { "DEF_LOCAL", DEF_LOCAL }, { "DEF_PARAM", DEF_PARAM }, { "DEF_FREE", DEF_FREE },
        { "DEF_FREE_CLASS", DEF_FREE_CLASS }, { "DEF_IMPORT", DEF_IMPORT }, { "DEF_BOUND", DEF_BOUND },
        { "DEF_ANNOT", DEF_ANNOT }, { "TYPE_FUNCTION", TYPE_FUNCTION }, { "TYPE_CLASS", TYPE_CLASS },
        { "TYPE_MODULE", TYPE_MODULE }, { "LOCAL", LOCAL }, { "GLOBAL_EXPLICIT", GLOBAL_EXPLICIT },
        { "GLOBAL_IMPLICIT", GLOBAL_IMPLICIT }, { "FREE", FREE }, { "CELL", CELL },
        { "SCOPE_OFF", SCOPE_OFFSET }, { "SCOPE_MASK", SCOPE_MASK },
    };
    for (size_t i = 0; m && i < TY_ARRAY_LEN(constants); i++)
        if (tyModule_addInt(m, constants[i].name, constants[i].value) < 0)
            TY_CLEAR(m);
    return m;
}

/* Releases the entry type (at exit). */
void tySymtableModule_fini(void)
{
    tyType_finiStatic(&Entry_Type);
}
