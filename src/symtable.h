/*
** symtable.h — the scope analysis that runs before code generation.
**
** For every function, lambda, class body, comprehension and the module,
** it records each name's scope -- local, cell, free, explicit global,
** implicit global -- so the compiler can emit LOAD_FAST / LOAD_DEREF /
** LOAD_GLOBAL / LOAD_NAME without guessing (CPython's symtable pass).
*/
#ifndef TY_SYMTABLE_H
#define TY_SYMTABLE_H

#include "ast.h"

typedef enum {
    TY_SCOPE_MODULE, TY_SCOPE_FUNCTION, TY_SCOPE_CLASS, TY_SCOPE_COMPREHENSION
} TyScopeKind;

/* How a name is resolved in a scope. */
typedef enum {
    TY_NAME_UNKNOWN = 0,
    TY_NAME_LOCAL,            /* a fast local of a function */
    TY_NAME_CELL,             /* a local that inner scopes capture */
    TY_NAME_FREE,             /* captured from an enclosing function */
    TY_NAME_GLOBAL_EXPLICIT,  /* declared `global` */
    TY_NAME_GLOBAL_IMPLICIT,  /* not bound anywhere visible: globals/builtins */
    TY_NAME_NAME,             /* module/class namespace: LOAD_NAME */
} TyNameScope;

/* Flags of a name within one scope. */
enum {
    TY_DEF_LOCAL = 1 << 0,    /* assigned / bound here */
    TY_DEF_PARAM = 1 << 1,
    TY_DEF_GLOBAL = 1 << 2,   /* `global x` */
    TY_DEF_NONLOCAL = 1 << 3, /* `nonlocal x` */
    TY_USE = 1 << 4,
    /* A class passes an enclosing function's cell on to its methods and
    ** comprehensions (the name is among the class code's free variables),
    ** whatever scope the name has in the class body itself. */
    TY_DEF_FREE_CLASS = 1 << 5,
    TY_DEF_ANNOT = 1 << 6,
    TY_DEF_COMP_ITER = 1 << 7,  /* a comprehension's iteration variable */
    /* How TY_DEF_LOCAL came about, for the _symtable module only (CPython
    ** reports DEF_IMPORT and DEF_LOCAL apart): bound by an import, and
    ** bound by anything else. */
    TY_DEF_IMPORT = 1 << 8,
    TY_DEF_ASSIGN = 1 << 9,
    /* An assignment expression's target in a comprehension it only passes
    ** through to the scope that binds it (CPython records nothing there). */
    TY_DEF_PASS = 1 << 10,
};

typedef struct TySymbol {
    TyObject *name;           /* interned str (owned by the arena) */
    int flags;
    TyNameScope scope;
    TyLoc directive;          /* the first global/nonlocal statement naming
                                 it (where CPython reports a conflict) */
} TySymbol;

typedef struct TyScope TyScope;

struct TyScope {
    TyScopeKind kind;
    TyObject *name;           /* function/class name, "<module>", "<lambda>", "<listcomp>" */
    void *node;               /* the AST node (TyStmt, TyExpr or TyModuleAST) */
    TyScope *parent;
    TyScope **children;
    int nchildren, children_cap;
    int next_child;           /* the compiler's cursor over children */
    TySymbol *symbols;
    int nsymbols, symbols_cap;
    TyObject **params;        /* parameter names in order */
    int nparams;
    bool is_generator;
    /* An `async def`, or a comprehension that awaits (an `await` or an
    ** `async for` in it, or a coroutine comprehension nested in it). */
    bool is_coroutine;
    bool is_async_def;
    bool has_varargs, has_varkw;
    bool needs_class_cell;    /* a method uses super() or __class__ */
    bool is_nested;           /* inside a function */
    /* While visiting a comprehension's iterables (an assignment expression
    ** may not appear there, nor in a lambda or comprehension inside them:
    ** new scopes start with their parent's count) and its targets. */
    int comp_iter_expr;
    bool comp_iter_target;
    int firstlineno;
};

typedef struct TySymtable {
    TyScope *top;
    TyArena *arena;
    const char *filename;
} TySymtable;

/* Analyse the module; NULL with SyntaxError set on a scoping error
** ("no binding for nonlocal 'x' found", ...).  future holds the
** TY_CO_FUTURE_* features in force: under annotations, annotations are
** only checked, not visited.  Everything is allocated in the arena. */
TySymtable *tySymtable_build(TyModuleAST *mod, TyArena *arena, const char *filename, int future);
/* Private name mangling: inside class `private` (NULL outside any class),
** a name like __x becomes _Class__x (leading underscores of the class name
** dropped); names ending in __, dotted names and classes named only
** underscores are left alone.  New reference (interned), NULL on failure. */
TyObject *tySymtable_mangle(TyObject *private, TyObject *name);
/* Whether the code of sym's scope receives sym's cell in its closure: a
** free variable, or a name a class hands on to its children. */
static inline bool tySymbol_isFreeVar(const TySymbol *sym)
{
    return sym->scope == TY_NAME_FREE || (sym->flags & TY_DEF_FREE_CLASS);
}
/* The symbol for name (already mangled) in scope, or NULL. */
TySymbol *tySymtable_lookup(TyScope *scope, TyObject *name);

#endif
