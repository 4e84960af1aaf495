/*
** symtable.c — scope analysis (see symtable.h).
**
** Two passes over the tree.  The first records, per scope, every name with
** how it is used (bound, parameter, declared global/nonlocal, read).  The
** second resolves each name: a function's bound names are locals, names it
** only reads are free when an enclosing function binds them and global
** otherwise; a local that an inner function reads becomes a cell, and a
** function between the two passes the variable through as free.  Class
** bodies do not make their names visible to the functions inside them,
** except for the implicit __class__ cell that super() needs.
*/
#include "tally.h"
#include "symtable.h"
#include "future.h"

typedef struct Builder {
    TySymtable *st;
    TyScope *cur;
    const char *filename;
    TyObject *private;      /* name of the innermost enclosing class, or NULL */
    int future;             /* TY_CO_FUTURE_* features in force */
} Builder;

static TyScope *new_scope(Builder *b, TyScopeKind kind, TyObject *name, void *node, int line)
{
    TyScope *s = tyArena_alloc(b->st->arena, sizeof(TyScope));
    if (!s)
        return NULL;
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = b->cur;
    s->firstlineno = line;
    s->is_nested = b->cur && (b->cur->kind == TY_SCOPE_FUNCTION ||
                              b->cur->kind == TY_SCOPE_COMPREHENSION || b->cur->is_nested);
    s->comp_iter_expr = b->cur ? b->cur->comp_iter_expr : 0;
    if (b->cur) {
        TyScope *p = b->cur;
        if (p->nchildren == p->children_cap) {
            int cap = p->children_cap ? p->children_cap * 2 : 4;
            TyScope **c = tyArena_alloc(b->st->arena, sizeof(TyScope *) * (size_t)cap);
            if (!c)
                return NULL;
            if (p->nchildren)
                memcpy(c, p->children, sizeof(TyScope *) * (size_t)p->nchildren);
            p->children = c;
            p->children_cap = cap;
        }
        p->children[p->nchildren++] = s;
    }
    return s;
}

TySymbol *tySymtable_lookup(TyScope *scope, TyObject *name)
{
    for (int i = 0; i < scope->nsymbols; i++)
        if (scope->symbols[i].name == name || tyStr_eq(scope->symbols[i].name, name))
            return &scope->symbols[i];
    return NULL;
}

TyObject *tySymtable_mangle(TyObject *private, TyObject *name)
{
    if (!private)
        return TY_NEWREF(name);
    const char *n = TY_STR_UTF8(name);
    size_t len = strlen(n);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') ||
        strchr(n, '.'))
        return TY_NEWREF(name);
    const char *cls = TY_STR_UTF8(private);
    while (*cls == '_')
        cls++;
    if (!*cls)
        return TY_NEWREF(name);
    TyObject *m = tyStr_fromFormat("_%s%U", cls, name);
    return m ? tyStr_intern(m) : NULL;
}

/* name as this scope stores it (mangled inside a class): borrowed, kept
** alive by the arena. */
static TyObject *stored_name(Builder *b, TyObject *name)
{
    TyObject *m = tySymtable_mangle(b->private, name);
    if (!m)
        return NULL;
    if (m == name) {
        TY_DECREF(m);
        return name;
    }
    return tyArena_addObject(b->st->arena, m) ? m : NULL;
}

static TySymbol *add_symbol(TyArena *arena, TyScope *s, TyObject *name)
{
    TySymbol *sym = tySymtable_lookup(s, name);
    if (sym)
        return sym;
    if (s->nsymbols == s->symbols_cap) {
        int cap = s->symbols_cap ? s->symbols_cap * 2 : 8;
        TySymbol *n = tyArena_alloc(arena, sizeof(TySymbol) * (size_t)cap);
        if (!n)
            return NULL;
        if (s->nsymbols)
            memcpy(n, s->symbols, sizeof(TySymbol) * (size_t)s->nsymbols);
        s->symbols = n;
        s->symbols_cap = cap;
    }
    sym = &s->symbols[s->nsymbols++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = TY_NAME_UNKNOWN;
    return sym;
}

/* Raise SyntaxError at loc; fmt takes %U for the name and an optional %s. */
static int syntax_error_at(Builder *b, TyLoc loc, const char *fmt, TyObject *name, const char *extra)
{
    tyErr_syntaxRanged(b->filename, loc.line, loc.col + 1, loc.end_line, loc.end_col + 1, fmt, name, extra);
    return -1;
}

static int syntax_error(Builder *b, TyLoc loc, const char *fmt, TyObject *name)
{
    return syntax_error_at(b, loc, fmt, name, NULL);
}

static int add_def(Builder *b, TyObject *name, int flag, TyLoc loc)
{
    TyObject *raw = name;
    name = stored_name(b, raw);
    if (!name)
        return -1;
    TySymbol *sym = add_symbol(b->st->arena, b->cur, name);
    if (!sym)
        return -1;
    if ((flag & (TY_DEF_LOCAL | TY_DEF_PARAM)) && (sym->flags & TY_DEF_PARAM) && (flag & TY_DEF_PARAM))
        return syntax_error(b, loc, "duplicate argument '%U' in function definition", raw);
    sym->flags |= flag;
    if ((flag & TY_DEF_LOCAL) && !(flag & TY_DEF_IMPORT))
        sym->flags |= TY_DEF_ASSIGN;
    if (b->cur->comp_iter_target) {
        /* An assignment expression earlier in the comprehension made the
        ** name the enclosing scope's. */
        if (sym->flags & (TY_DEF_GLOBAL | TY_DEF_NONLOCAL))
            return syntax_error(b, loc, "comprehension inner loop cannot rebind assignment expression target '%U'",
                                raw);
        sym->flags |= TY_DEF_COMP_ITER;
    }
    return 0;
}

/* Enters name (mangled) in the current scope with no flags yet, so that
** the scope's names come in CPython's order. */
static int reserve_name(Builder *b, TyObject *name)
{
    TyObject *stored = stored_name(b, name);
    return stored && add_symbol(b->st->arena, b->cur, stored) ? 0 : -1;
}

static int visit_expr(Builder *b, TyExpr *e);
static int visit_stmts(Builder *b, TyStmtSeq *body);

static int visit_exprs(Builder *b, TyExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i] && visit_expr(b, seq->items[i]) < 0)
            return -1;
    return 0;
}

static int visit_opt(Builder *b, TyExpr *e)
{
    return e ? visit_expr(b, e) : 0;
}

/* `yield` in the element, a condition or an inner iterable of comp. */
static int yield_in_comprehension(Builder *b, const TyExpr *e, const TyExpr *comp)
{
    const char *what = comp->kind == TY_EXPR_LISTCOMP  ? "list comprehension"
                       : comp->kind == TY_EXPR_SETCOMP ? "set comprehension"
                       : comp->kind == TY_EXPR_DICTCOMP ? "dict comprehension"
                                                        : "generator expression";
    tyErr_syntaxRanged(b->filename, e->loc.line, e->loc.col + 1, e->loc.end_line, e->loc.end_col + 1,
                       "'yield' inside %s", what);
    return -1;
}

static int annotation_error(Builder *b, const TyExpr *e, const char *what)
{
    tyErr_syntaxRanged(b->filename, e->loc.line, e->loc.col + 1, e->loc.end_line, e->loc.end_col + 1,
                         "'%s' can not be used within an annotation", what);
    return -1;
}

static int check_annotation(Builder *b, const TyExpr *e, const TyExpr *comp);

static int check_annotations(Builder *b, const TyExprSeq *seq, const TyExpr *comp)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i] && check_annotation(b, seq->items[i], comp) < 0)
            return -1;
    return 0;
}

static int check_annotation_opt(Builder *b, const TyExpr *e, const TyExpr *comp)
{
    return e ? check_annotation(b, e, comp) : 0;
}

/*
** Under `from __future__ import annotations` an annotation is never
** evaluated, so nothing in it binds or uses a name of the scope around
** it (CPython gives it a scope of its own that nothing reads); what needs
** a running scope -- `:=`, `yield`, `await` -- is a SyntaxError, unless
** it stands inside a comprehension (comp, or NULL), whose scope it uses.
** A lambda's body is its own function and is not looked at.
*/
static int check_annotation(Builder *b, const TyExpr *e, const TyExpr *comp)
{
    switch (e->kind) {
    case TY_EXPR_BOOLOP:
        return check_annotations(b, &e->v.boolop.values, comp);
    case TY_EXPR_NAMEDEXPR:
        return comp ? check_annotation(b, e->v.namedexpr.value, comp) : annotation_error(b, e, "named expression");
    case TY_EXPR_BINOP:
        return check_annotation(b, e->v.binop.left, comp) < 0 ? -1 : check_annotation(b, e->v.binop.right, comp);
    case TY_EXPR_UNARYOP:
        return check_annotation(b, e->v.unaryop.operand, comp);
    case TY_EXPR_LAMBDA:
        return check_annotations(b, &e->v.lambda.args->defaults, comp) < 0
                   ? -1 : check_annotations(b, &e->v.lambda.args->kw_defaults, comp);
    case TY_EXPR_IFEXP:
        return check_annotation(b, e->v.ifexp.test, comp) < 0 || check_annotation(b, e->v.ifexp.body, comp) < 0
                   ? -1 : check_annotation(b, e->v.ifexp.orelse, comp);
    case TY_EXPR_DICT:
        return check_annotations(b, &e->v.dict.keys, comp) < 0 ? -1 : check_annotations(b, &e->v.dict.values, comp);
    case TY_EXPR_SET:
        return check_annotations(b, &e->v.set.elts, comp);
    case TY_EXPR_LISTCOMP:
    case TY_EXPR_SETCOMP:
    case TY_EXPR_DICTCOMP:
    case TY_EXPR_GENEXP: {
        const TyComprehensionSeq *gens = &e->v.comp.generators;
        if (check_annotation(b, gens->items[0]->iter, comp) < 0)
            return -1;
        for (int i = 0; i < gens->n; i++)
            if ((i > 0 && check_annotation(b, gens->items[i]->iter, e) < 0) ||
                check_annotations(b, &gens->items[i]->ifs, e) < 0)
                return -1;
        return check_annotation(b, e->v.comp.elt, e) < 0 ? -1 : check_annotation_opt(b, e->v.comp.value, e);
    }
    case TY_EXPR_YIELD:
    case TY_EXPR_YIELDFROM:
        return comp ? yield_in_comprehension(b, e, comp) : annotation_error(b, e, "yield expression");
    case TY_EXPR_AWAIT:
        return comp ? check_annotation(b, e->v.await.value, comp) : annotation_error(b, e, "await expression");
    case TY_EXPR_COMPARE:
        return check_annotation(b, e->v.compare.left, comp) < 0 ? -1
                   : check_annotations(b, &e->v.compare.comparators, comp);
    case TY_EXPR_CALL:
        if (check_annotation(b, e->v.call.func, comp) < 0 || check_annotations(b, &e->v.call.args, comp) < 0)
            return -1;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (check_annotation(b, e->v.call.keywords.items[i]->value, comp) < 0)
                return -1;
        return 0;
    case TY_EXPR_FORMATTED:
        return check_annotation(b, e->v.formatted.value, comp) < 0
                   ? -1 : check_annotation_opt(b, e->v.formatted.format_spec, comp);
    case TY_EXPR_JOINEDSTR:
        return check_annotations(b, &e->v.joinedstr.values, comp);
    case TY_EXPR_ATTRIBUTE:
        return check_annotation(b, e->v.attribute.value, comp);
    case TY_EXPR_SUBSCRIPT:
        return check_annotation(b, e->v.subscript.value, comp) < 0
                   ? -1 : check_annotation(b, e->v.subscript.slice, comp);
    case TY_EXPR_STARRED:
        return check_annotation(b, e->v.starred.value, comp);
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        return check_annotations(b, &e->v.seq.elts, comp);
    case TY_EXPR_SLICE:
        return check_annotation_opt(b, e->v.slice.lower, comp) < 0 ||
               check_annotation_opt(b, e->v.slice.upper, comp) < 0
                   ? -1 : check_annotation_opt(b, e->v.slice.step, comp);
    case TY_EXPR_CONSTANT:
    case TY_EXPR_NAME:
        return 0;
    }
    return 0;
}

/* An annotation evaluated where it stands (a parameter's, a return, a
** variable's in a module or class), or only checked under the future
** import. */
static int visit_annotation(Builder *b, TyExpr *e)
{
    if (!e)
        return 0;
    return (b->future & TY_CO_FUTURE_ANNOTATIONS) ? check_annotation(b, e, NULL) : visit_expr(b, e);
}

static int add_param(Builder *b, TyArg *a)
{
    TyScope *s = b->cur;
    if (add_def(b, a->name, TY_DEF_PARAM, a->loc) < 0)
        return -1;
    TyObject *name = stored_name(b, a->name);
    if (!name)
        return -1;
    TyObject **p = tyArena_alloc(b->st->arena, sizeof(TyObject *) * (size_t)(s->nparams + 1));
    if (!p)
        return -1;
    if (s->nparams)
        memcpy(p, s->params, sizeof(TyObject *) * (size_t)s->nparams);
    p[s->nparams++] = name;
    s->params = p;
    return 0;
}

/* Parameters in CPython's co_varnames order: positional (incl. positional-
** only), keyword-only, *args, **kwargs. */
static int add_params(Builder *b, TyArguments *args)
{
    for (int i = 0; i < args->posonlyargs.n; i++)
        if (add_param(b, args->posonlyargs.items[i]) < 0)
            return -1;
    for (int i = 0; i < args->args.n; i++)
        if (add_param(b, args->args.items[i]) < 0)
            return -1;
    for (int i = 0; i < args->kwonlyargs.n; i++)
        if (add_param(b, args->kwonlyargs.items[i]) < 0)
            return -1;
    if (args->vararg) {
        if (add_param(b, args->vararg) < 0)
            return -1;
        b->cur->has_varargs = true;
    }
    if (args->kwarg) {
        if (add_param(b, args->kwarg) < 0)
            return -1;
        b->cur->has_varkw = true;
    }
    return 0;
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static int visit_argument_exprs(Builder *b, TyArguments *args)
{
    if (visit_exprs(b, &args->defaults) < 0 || visit_exprs(b, &args->kw_defaults) < 0)
        return -1;
    TyArgSeq *seqs[] = { &args->posonlyargs, &args->args, &args->kwonlyargs };
    for (int s = 0; s < 3; s++)
        for (int i = 0; i < seqs[s]->n; i++)
            if (visit_annotation(b, seqs[s]->items[i]->annotation) < 0)
                return -1;
    if (args->vararg && visit_annotation(b, args->vararg->annotation) < 0)
        return -1;
    if (args->kwarg && visit_annotation(b, args->kwarg->annotation) < 0)
        return -1;
    return 0;
}

static int visit_comprehension(Builder *b, TyExpr *e)
{
    TyComprehensionSeq *gens = &e->v.comp.generators;
    /* The outermost iterable is evaluated in the enclosing scope. */
    b->cur->comp_iter_expr++;
    if (visit_expr(b, gens->items[0]->iter) < 0)
        return -1;
    b->cur->comp_iter_expr--;
    static const char *const names[] = { "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    int which = e->kind == TY_EXPR_LISTCOMP ? 0 : e->kind == TY_EXPR_SETCOMP ? 1
              : e->kind == TY_EXPR_DICTCOMP ? 2 : 3;
    TyObject *name = tyStr_internC(names[which]);
    if (!name || !tyArena_addObject(b->st->arena, name))
        return -1;
    TyScope *outer = b->cur;
    TyScope *s = new_scope(b, TY_SCOPE_COMPREHENSION, name, e, e->loc.line);
    if (!s)
        return -1;
    s->is_generator = e->kind == TY_EXPR_GENEXP;
    for (int i = 0; i < gens->n; i++)
        if (gens->items[i]->is_async)
            s->is_coroutine = true;
    b->cur = s;
    TyObject *dot0 = tyStr_internC(".0");
    TyArg arg = { dot0, NULL, e->loc };
    if (!dot0 || !tyArena_addObject(b->st->arena, dot0) || add_param(b, &arg) < 0)
        return -1;
    for (int i = 0; i < gens->n; i++) {
        TyComprehension *g = gens->items[i];
        s->comp_iter_target = true;
        if (visit_expr(b, g->target) < 0)
            return -1;
        s->comp_iter_target = false;
        s->comp_iter_expr++;
        if (i > 0 && visit_expr(b, g->iter) < 0)
            return -1;
        s->comp_iter_expr--;
        if (visit_exprs(b, &g->ifs) < 0)
            return -1;
    }
    if (visit_expr(b, e->v.comp.elt) < 0 || visit_opt(b, e->v.comp.value) < 0)
        return -1;
    b->cur = outer;
    /* A coroutine comprehension is awaited where it is called: an
    ** enclosing comprehension awaits, too. */
    if (s->is_coroutine && e->kind != TY_EXPR_GENEXP && outer->kind == TY_SCOPE_COMPREHENSION)
        outer->is_coroutine = true;
    return 0;
}

static int visit_expr(Builder *b, TyExpr *e)
{
    switch (e->kind) {
    case TY_EXPR_BOOLOP:
        return visit_exprs(b, &e->v.boolop.values);
    case TY_EXPR_NAMEDEXPR: {
        if (b->cur->comp_iter_expr > 0)
            return syntax_error(b, e->loc, "assignment expression cannot be used in a comprehension iterable expression",
                                NULL);
        if (visit_expr(b, e->v.namedexpr.value) < 0)
            return -1;
        /* PEP 572: the target binds in the nearest non-comprehension scope. */
        TyScope *saved = b->cur;
        TyObject *target = stored_name(b, e->v.namedexpr.target->v.name.id);
        if (!target)
            return -1;
        while (b->cur->kind == TY_SCOPE_COMPREHENSION) {
            TySymbol *sym = add_symbol(b->st->arena, b->cur, target);
            if (!sym)
                return -1;
            if (sym->flags & TY_DEF_COMP_ITER) {
                b->cur = saved;
                return syntax_error(b, e->v.namedexpr.target->loc,
                                    "assignment expression cannot rebind comprehension iteration variable '%U'",
                                    e->v.namedexpr.target->v.name.id);
            }
            /* The innermost comprehension also binds it (CPython's
            ** DEF_LOCAL there); the others only pass it through. */
            sym->flags |= TY_DEF_NONLOCAL | (b->cur == saved ? TY_DEF_ASSIGN : TY_DEF_PASS);
            b->cur = b->cur->parent;
        }
        if (b->cur->kind == TY_SCOPE_CLASS && saved != b->cur) {
            b->cur = saved;
            return syntax_error(b, e->loc,
                                "assignment expression within a comprehension cannot be used in a class body",
                                NULL);
        }
        /* At module level, or in a function that declares the target
        ** global, the comprehension's "nonlocal" is a global. */
        TySymbol *outer = tySymtable_lookup(b->cur, target);
        bool global = b->cur->kind == TY_SCOPE_MODULE || (outer && (outer->flags & TY_DEF_GLOBAL));
        bool assigned = outer && (outer->flags & TY_DEF_ASSIGN);
        int r = add_def(b, e->v.namedexpr.target->v.name.id, TY_DEF_LOCAL, e->loc);
        /* CPython records a comprehension's target at module level as a
        ** global declaration only (what _symtable shows). */
        if (r == 0 && saved != b->cur && b->cur->kind == TY_SCOPE_MODULE && !assigned)
            tySymtable_lookup(b->cur, target)->flags &= ~TY_DEF_ASSIGN;
        if (saved != b->cur && global) {
            for (TyScope *s = saved; s != b->cur; s = s->parent) {
                TySymbol *sym = tySymtable_lookup(s, target);
                sym->flags = (sym->flags & ~TY_DEF_NONLOCAL) | TY_DEF_GLOBAL;
            }
        }
        b->cur = saved;
        return r;
    }
    case TY_EXPR_BINOP:
        return visit_expr(b, e->v.binop.left) < 0 ? -1 : visit_expr(b, e->v.binop.right);
    case TY_EXPR_UNARYOP:
        return visit_expr(b, e->v.unaryop.operand);
    case TY_EXPR_LAMBDA: {
        if (visit_argument_exprs(b, e->v.lambda.args) < 0)
            return -1;
        TyObject *name = tyStr_internC("<lambda>");
        if (!name || !tyArena_addObject(b->st->arena, name))
            return -1;
        TyScope *outer = b->cur;
        TyScope *s = new_scope(b, TY_SCOPE_FUNCTION, name, e, e->loc.line);
        if (!s)
            return -1;
        b->cur = s;
        if (add_params(b, e->v.lambda.args) < 0 || visit_expr(b, e->v.lambda.body) < 0)
            return -1;
        b->cur = outer;
        return 0;
    }
    case TY_EXPR_IFEXP:
        return visit_expr(b, e->v.ifexp.test) < 0 || visit_expr(b, e->v.ifexp.body) < 0 ||
               visit_expr(b, e->v.ifexp.orelse) < 0 ? -1 : 0;
    case TY_EXPR_DICT:
        return visit_exprs(b, &e->v.dict.keys) < 0 ? -1 : visit_exprs(b, &e->v.dict.values);
    case TY_EXPR_SET:
        return visit_exprs(b, &e->v.set.elts);
    case TY_EXPR_LISTCOMP:
    case TY_EXPR_SETCOMP:
    case TY_EXPR_DICTCOMP:
    case TY_EXPR_GENEXP:
        return visit_comprehension(b, e);
    case TY_EXPR_YIELD:
    case TY_EXPR_YIELDFROM:
        if (b->cur->kind == TY_SCOPE_COMPREHENSION)
            return yield_in_comprehension(b, e, b->cur->node);
        b->cur->is_generator = true;
        return visit_opt(b, e->v.yield.value);
    case TY_EXPR_AWAIT:
        b->cur->is_coroutine = true;
        return visit_expr(b, e->v.await.value);
    case TY_EXPR_COMPARE:
        return visit_expr(b, e->v.compare.left) < 0 ? -1 : visit_exprs(b, &e->v.compare.comparators);
    case TY_EXPR_CALL:
        if (visit_expr(b, e->v.call.func) < 0 || visit_exprs(b, &e->v.call.args) < 0)
            return -1;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (visit_expr(b, e->v.call.keywords.items[i]->value) < 0)
                return -1;
        return 0;
    case TY_EXPR_FORMATTED:
        return visit_expr(b, e->v.formatted.value) < 0 ? -1 : visit_opt(b, e->v.formatted.format_spec);
    case TY_EXPR_JOINEDSTR:
        return visit_exprs(b, &e->v.joinedstr.values);
    case TY_EXPR_CONSTANT:
        return 0;
    case TY_EXPR_ATTRIBUTE:
        return visit_expr(b, e->v.attribute.value);
    case TY_EXPR_SUBSCRIPT:
        return visit_expr(b, e->v.subscript.value) < 0 ? -1 : visit_expr(b, e->v.subscript.slice);
    case TY_EXPR_STARRED:
        return visit_expr(b, e->v.starred.value);
    case TY_EXPR_NAME: {
        TyObject *id = e->v.name.id;
        if (e->v.name.ctx == TY_CTX_LOAD) {
            if (add_def(b, id, TY_USE, e->loc) < 0)
                return -1;
            if (b->cur->kind == TY_SCOPE_FUNCTION && tyStr_eqC(id, "super")) {
                TyObject *cls = tyStr_internC("__class__");
                if (!cls || !tyArena_addObject(b->st->arena, cls) || add_def(b, cls, TY_USE, e->loc) < 0)
                    return -1;
            }
            return 0;
        }
        return add_def(b, id, TY_DEF_LOCAL, e->loc);
    }
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        return visit_exprs(b, &e->v.seq.elts);
    case TY_EXPR_SLICE:
        return visit_opt(b, e->v.slice.lower) < 0 || visit_opt(b, e->v.slice.upper) < 0 ||
               visit_opt(b, e->v.slice.step) < 0 ? -1 : 0;
    }
    return 0;
}

/* `global x` / `nonlocal x`: checks the order CPython enforces. */
static int declare(Builder *b, TyStmt *st, bool global)
{
    TyNameSeq *names = &st->v.names.names;
    if (!global && b->cur->kind == TY_SCOPE_MODULE)
        return syntax_error(b, st->loc, "nonlocal declaration not allowed at module level", NULL);
    for (int i = 0; i < names->n; i++) {
        TyObject *name = names->items[i];
        TyObject *stored = stored_name(b, name);
        if (!stored)
            return -1;
        TySymbol *sym = tySymtable_lookup(b->cur, stored);
        const char *kw = global ? "global" : "nonlocal";
        if (sym) {
            if (sym->flags & TY_DEF_PARAM)
                return syntax_error_at(b, st->loc, "name '%U' is parameter and %s", name, kw);
            /* Reported at the first declaration, as CPython does. */
            if ((global && (sym->flags & TY_DEF_NONLOCAL)) || (!global && (sym->flags & TY_DEF_GLOBAL)))
                return syntax_error(b, sym->directive, "name '%U' is nonlocal and global", name);
            if (sym->flags & TY_DEF_LOCAL)
                return syntax_error_at(b, st->loc, "name '%U' is assigned to before %s declaration", name, kw);
            if (sym->flags & TY_USE)
                return syntax_error_at(b, st->loc, "name '%U' is used prior to %s declaration", name, kw);
        }
        bool first = !sym || !(sym->flags & (TY_DEF_GLOBAL | TY_DEF_NONLOCAL));
        if (add_def(b, name, global ? TY_DEF_GLOBAL : TY_DEF_NONLOCAL, st->loc) < 0)
            return -1;
        if (first)
            tySymtable_lookup(b->cur, stored)->directive = st->loc;
        /* As in CPython, a global statement anywhere makes the name
        ** declared global at module level too, so the module's own code
        ** stores it in the globals even when exec() gave separate locals. */
        if (global && b->cur != b->st->top) {
            TySymbol *top = add_symbol(b->st->arena, b->st->top, stored);
            if (!top)
                return -1;
            top->flags |= TY_DEF_GLOBAL;
        }
    }
    return 0;
}

static int bind_alias(Builder *b, TyAlias *a, TyStmt *st)
{
    if (tyStr_eqC(a->name, "*")) {
        if (b->cur->kind != TY_SCOPE_MODULE)
            return syntax_error(b, a->loc, "import * only allowed at module level", NULL);
        return 0;
    }
    TyObject *bound = a->asname;
    if (!bound) {
        const char *full = TY_STR_UTF8(a->name);
        const char *dot = strchr(full, '.');
        if (dot) {
            bound = tyStr_fromUtf8(full, dot - full);
            if (!bound)
                return -1;
            bound = tyStr_intern(bound);
            if (!bound || !tyArena_addObject(b->st->arena, bound))
                return -1;
        } else {
            bound = a->name;
        }
    }
    return add_def(b, bound, TY_DEF_LOCAL | TY_DEF_IMPORT, a->loc);
}

/* A pattern of a match statement: its captures bind names, its values and
** classes are loaded. */
static int visit_pattern(Builder *b, TyPattern *p)
{
    switch (p->kind) {
    case TY_PAT_VALUE:
        return visit_expr(b, p->v.value.value);
    case TY_PAT_SINGLETON:
        return 0;
    case TY_PAT_SEQUENCE:
    case TY_PAT_OR:
        for (int i = 0; i < p->v.seq.patterns.n; i++)
            if (visit_pattern(b, p->v.seq.patterns.items[i]) < 0)
                return -1;
        return 0;
    case TY_PAT_MAPPING:
        if (visit_exprs(b, &p->v.mapping.keys) < 0)
            return -1;
        for (int i = 0; i < p->v.mapping.patterns.n; i++)
            if (visit_pattern(b, p->v.mapping.patterns.items[i]) < 0)
                return -1;
        return p->v.mapping.rest ? add_def(b, p->v.mapping.rest, TY_DEF_LOCAL, p->loc) : 0;
    case TY_PAT_CLASS:
        if (visit_expr(b, p->v.cls.cls) < 0)
            return -1;
        for (int i = 0; i < p->v.cls.patterns.n; i++)
            if (visit_pattern(b, p->v.cls.patterns.items[i]) < 0)
                return -1;
        for (int i = 0; i < p->v.cls.kwd_patterns.n; i++)
            if (visit_pattern(b, p->v.cls.kwd_patterns.items[i]) < 0)
                return -1;
        return 0;
    case TY_PAT_STAR:
        return p->v.star.name ? add_def(b, p->v.star.name, TY_DEF_LOCAL, p->loc) : 0;
    case TY_PAT_AS:
        if (p->v.as.pattern && visit_pattern(b, p->v.as.pattern) < 0)
            return -1;
        return p->v.as.name ? add_def(b, p->v.as.name, TY_DEF_LOCAL, p->loc) : 0;
    }
    return 0;
}

static int visit_stmt(Builder *b, TyStmt *st)
{
    switch (st->kind) {
    case TY_STMT_FUNCTIONDEF: {
        /* The name first, as CPython records it (the order _symtable
        ** shows); the child scopes keep the compiler's order. */
        if (reserve_name(b, st->v.funcdef.name) < 0 ||
            visit_exprs(b, &st->v.funcdef.decorators) < 0 ||
            visit_argument_exprs(b, st->v.funcdef.args) < 0 || visit_annotation(b, st->v.funcdef.returns) < 0 ||
            add_def(b, st->v.funcdef.name, TY_DEF_LOCAL, st->loc) < 0)
            return -1;
        TyScope *outer = b->cur;
        TyScope *s = new_scope(b, TY_SCOPE_FUNCTION, st->v.funcdef.name, st, st->loc.line);
        if (!s)
            return -1;
        s->is_coroutine = s->is_async_def = st->v.funcdef.is_async;
        b->cur = s;
        if (add_params(b, st->v.funcdef.args) < 0 || visit_stmts(b, &st->v.funcdef.body) < 0)
            return -1;
        b->cur = outer;
        return 0;
    }
    case TY_STMT_CLASSDEF: {
        if (reserve_name(b, st->v.classdef.name) < 0 ||
            visit_exprs(b, &st->v.classdef.decorators) < 0 || visit_exprs(b, &st->v.classdef.bases) < 0)
            return -1;
        for (int i = 0; i < st->v.classdef.keywords.n; i++)
            if (visit_expr(b, st->v.classdef.keywords.items[i]->value) < 0)
                return -1;
        if (add_def(b, st->v.classdef.name, TY_DEF_LOCAL, st->loc) < 0)
            return -1;
        TyScope *outer = b->cur;
        TyScope *s = new_scope(b, TY_SCOPE_CLASS, st->v.classdef.name, st, st->loc.line);
        if (!s)
            return -1;
        b->cur = s;
        TyObject *outer_private = b->private;
        b->private = st->v.classdef.name;
        if (visit_stmts(b, &st->v.classdef.body) < 0)
            return -1;
        b->private = outer_private;
        b->cur = outer;
        return 0;
    }
    case TY_STMT_RETURN:
        return visit_opt(b, st->v.ret.value);
    case TY_STMT_DELETE:
        return visit_exprs(b, &st->v.del.targets);
    case TY_STMT_ASSIGN:
        return visit_expr(b, st->v.assign.value) < 0 ? -1 : visit_exprs(b, &st->v.assign.targets);
    case TY_STMT_AUGASSIGN: {
        TyExpr *t = st->v.augassign.target;
        if (t->kind == TY_EXPR_NAME && add_def(b, t->v.name.id, TY_DEF_LOCAL | TY_USE, t->loc) < 0)
            return -1;
        if (t->kind != TY_EXPR_NAME && visit_expr(b, t) < 0)
            return -1;
        return visit_expr(b, st->v.augassign.value);
    }
    case TY_STMT_ANNASSIGN: {
        TyExpr *t = st->v.annassign.target;
        if (t->kind == TY_EXPR_NAME) {
            TyObject *stored = stored_name(b, t->v.name.id);
            if (!stored)
                return -1;
            TySymbol *sym = tySymtable_lookup(b->cur, stored);
            if (sym && (sym->flags & (TY_DEF_GLOBAL | TY_DEF_NONLOCAL)) && st->v.annassign.simple &&
                b->cur != b->st->top) {
                return syntax_error_at(b, st->loc, "annotated name '%U' can't be %s", t->v.name.id,
                                       (sym->flags & TY_DEF_GLOBAL) ? "global" : "nonlocal");
            }
            /* A parenthesized name, "(x): int", is no binding unless a
            ** value is assigned: it is not even local then. */
            int flags = st->v.annassign.simple ? TY_DEF_LOCAL | TY_DEF_ANNOT
                        : st->v.annassign.value ? TY_DEF_LOCAL : 0;
            if (flags && add_def(b, t->v.name.id, flags, t->loc) < 0)
                return -1;
        } else if (visit_expr(b, t) < 0) {
            return -1;
        }
        /* Annotations of local variables in a function are not evaluated
        ** (but are checked under the future import). */
        if ((b->cur->kind != TY_SCOPE_FUNCTION || (b->future & TY_CO_FUTURE_ANNOTATIONS)) &&
            visit_annotation(b, st->v.annassign.annotation) < 0)
            return -1;
        return visit_opt(b, st->v.annassign.value);
    }
    case TY_STMT_FOR:
        if (visit_expr(b, st->v.loop.target) < 0 || visit_expr(b, st->v.loop.iter) < 0)
            return -1;
        return visit_stmts(b, &st->v.loop.body) < 0 ? -1 : visit_stmts(b, &st->v.loop.orelse);
    case TY_STMT_WHILE:
        if (visit_expr(b, st->v.loop.iter) < 0)
            return -1;
        return visit_stmts(b, &st->v.loop.body) < 0 ? -1 : visit_stmts(b, &st->v.loop.orelse);
    case TY_STMT_IF:
        if (visit_expr(b, st->v.if_.test) < 0)
            return -1;
        return visit_stmts(b, &st->v.if_.body) < 0 ? -1 : visit_stmts(b, &st->v.if_.orelse);
    case TY_STMT_WITH:
        for (int i = 0; i < st->v.with.items.n; i++) {
            TyWithItem *w = st->v.with.items.items[i];
            if (visit_expr(b, w->context_expr) < 0 || visit_opt(b, w->optional_vars) < 0)
                return -1;
        }
        return visit_stmts(b, &st->v.with.body);
    case TY_STMT_RAISE:
        return visit_opt(b, st->v.raise.exc) < 0 ? -1 : visit_opt(b, st->v.raise.cause);
    case TY_STMT_TRY:
        if (visit_stmts(b, &st->v.try_.body) < 0)
            return -1;
        for (int i = 0; i < st->v.try_.handlers.n; i++) {
            TyExceptHandler *h = st->v.try_.handlers.items[i];
            if (visit_opt(b, h->type) < 0)
                return -1;
            if (h->name && add_def(b, h->name, TY_DEF_LOCAL, h->loc) < 0)
                return -1;
            if (visit_stmts(b, &h->body) < 0)
                return -1;
        }
        return visit_stmts(b, &st->v.try_.orelse) < 0 ? -1 : visit_stmts(b, &st->v.try_.finalbody);
    case TY_STMT_ASSERT:
        return visit_expr(b, st->v.assert_.test) < 0 ? -1 : visit_opt(b, st->v.assert_.msg);
    case TY_STMT_IMPORT:
    case TY_STMT_IMPORTFROM:
        for (int i = 0; i < st->v.import.names.n; i++)
            if (bind_alias(b, st->v.import.names.items[i], st) < 0)
                return -1;
        return 0;
    case TY_STMT_GLOBAL:
        return declare(b, st, true);
    case TY_STMT_NONLOCAL:
        return declare(b, st, false);
    case TY_STMT_EXPR:
        return visit_expr(b, st->v.expr.value);
    case TY_STMT_MATCH:
        if (visit_expr(b, st->v.match.subject) < 0)
            return -1;
        for (int i = 0; i < st->v.match.cases.n; i++) {
            TyMatchCase *m = st->v.match.cases.items[i];
            if (visit_pattern(b, m->pattern) < 0 || visit_opt(b, m->guard) < 0 ||
                visit_stmts(b, &m->body) < 0)
                return -1;
        }
        return 0;
    case TY_STMT_PASS:
    case TY_STMT_BREAK:
    case TY_STMT_CONTINUE:
        return 0;
    }
    return 0;
}

static int visit_stmts(Builder *b, TyStmtSeq *body)
{
    for (int i = 0; i < body->n; i++)
        if (visit_stmt(b, body->items[i]) < 0)
            return -1;
    return 0;
}

/* ---- resolution ------------------------------------------------------------ */

static bool is_function_like(TyScope *s)
{
    return s->kind == TY_SCOPE_FUNCTION || s->kind == TY_SCOPE_COMPREHENSION;
}

/*
** Where does a name used (not bound) in `s` come from?  Walk outwards:
** the nearest enclosing function that binds it makes it free; one that
** declares it global makes it global; class bodies are skipped, except
** that `__class__` is provided by the nearest class.
*/
static TyNameScope resolve_from_enclosing(TyScope *s, TyObject *name)
{
    bool is_class_cell = tyStr_eqC(name, "__class__");
    for (TyScope *p = s->parent; p; p = p->parent) {
        if (p->kind == TY_SCOPE_CLASS) {
            if (is_class_cell) {
                p->needs_class_cell = true;
                return TY_NAME_FREE;
            }
            continue;
        }
        if (p->kind == TY_SCOPE_MODULE)
            return TY_NAME_GLOBAL_IMPLICIT;
        TySymbol *sym = tySymtable_lookup(p, name);
        if (!sym)
            continue;
        if (sym->flags & TY_DEF_GLOBAL)
            return TY_NAME_GLOBAL_IMPLICIT;
        if (sym->flags & (TY_DEF_LOCAL | TY_DEF_PARAM | TY_DEF_NONLOCAL))
            return TY_NAME_FREE;
    }
    return TY_NAME_GLOBAL_IMPLICIT;
}

static int resolve_own(TySymtable *st, TyScope *s)
{
    for (int i = 0; i < s->nsymbols; i++) {
        TySymbol *sym = &s->symbols[i];
        int f = sym->flags;
        if (s->kind == TY_SCOPE_MODULE) {
            sym->scope = (f & TY_DEF_GLOBAL) ? TY_NAME_GLOBAL_EXPLICIT : TY_NAME_NAME;
        } else if (s->kind == TY_SCOPE_CLASS) {
            if (f & TY_DEF_GLOBAL)
                sym->scope = TY_NAME_GLOBAL_EXPLICIT;
            else if (f & TY_DEF_NONLOCAL)
                sym->scope = TY_NAME_FREE;
            else if (f & TY_DEF_LOCAL)
                sym->scope = TY_NAME_NAME;
            else if (resolve_from_enclosing(s, sym->name) == TY_NAME_FREE) {
                sym->scope = TY_NAME_FREE;
                sym->flags |= TY_DEF_FREE_CLASS;
            } else
                sym->scope = TY_NAME_NAME;
        } else {
            if (f & TY_DEF_GLOBAL)
                sym->scope = TY_NAME_GLOBAL_EXPLICIT;
            else if (f & TY_DEF_NONLOCAL) {
                if (resolve_from_enclosing(s, sym->name) != TY_NAME_FREE) {
                    TyLoc loc = { s->firstlineno, 0, s->firstlineno, 0 };
                    tyErr_syntaxRanged(st->filename, loc.line, 1, loc.line, 1,
                                       "no binding for nonlocal '%U' found", sym->name);
                    return -1;
                }
                sym->scope = TY_NAME_FREE;
            } else if (f & (TY_DEF_LOCAL | TY_DEF_PARAM))
                sym->scope = TY_NAME_LOCAL;
            else
                sym->scope = resolve_from_enclosing(s, sym->name);
        }
    }
    return 0;
}

/* After the children are resolved: the names they take from outside make
** this scope's locals cells, or pass through it as free variables. */
static int absorb_child_frees(TySymtable *st, TyScope *s, TyScope *child)
{
    for (int i = 0; i < child->nsymbols; i++) {
        TySymbol *csym = &child->symbols[i];
        if (!tySymbol_isFreeVar(csym))
            continue;
        if (s->kind == TY_SCOPE_CLASS && tyStr_eqC(csym->name, "__class__") && s->needs_class_cell) {
            TySymbol *sym = add_symbol(st->arena, s, csym->name);
            if (!sym)
                return -1;
            sym->scope = TY_NAME_CELL;
            continue;
        }
        TySymbol *sym = tySymtable_lookup(s, csym->name);
        if (is_function_like(s)) {
            if (sym && (sym->scope == TY_NAME_LOCAL || sym->scope == TY_NAME_CELL)) {
                sym->scope = TY_NAME_CELL;
                continue;
            }
            if (sym && sym->scope == TY_NAME_FREE)
                continue;
        } else if (s->kind == TY_SCOPE_CLASS) {
            if (sym && sym->scope == TY_NAME_FREE)
                continue;
            /* The class body binds the name (or declares it global) for
            ** itself: it keeps its own binding, and only hands the
            ** enclosing function's cell on to its children. */
            if (sym && (sym->flags & (TY_DEF_LOCAL | TY_DEF_GLOBAL))) {
                sym->flags |= TY_DEF_FREE_CLASS;
                continue;
            }
        } else {
            continue;
        }
        /* Pass the variable through this scope. */
        if (!sym) {
            sym = add_symbol(st->arena, s, csym->name);
            if (!sym)
                return -1;
        }
        sym->scope = TY_NAME_FREE;
        if (s->kind == TY_SCOPE_CLASS)
            sym->flags |= TY_DEF_FREE_CLASS;
    }
    return 0;
}

static int analyze(TySymtable *st, TyScope *s)
{
    if (resolve_own(st, s) < 0)
        return -1;
    for (int i = 0; i < s->nchildren; i++)
        if (analyze(st, s->children[i]) < 0)
            return -1;
    for (int i = 0; i < s->nchildren; i++)
        if (absorb_child_frees(st, s, s->children[i]) < 0)
            return -1;
    return 0;
}

TySymtable *tySymtable_build(TyModuleAST *mod, TyArena *arena, const char *filename, int future)
{
    TySymtable *st = tyArena_alloc(arena, sizeof(TySymtable));
    if (!st)
        return NULL;
    st->arena = arena;
    st->filename = filename;
    Builder b = { st, NULL, filename, NULL, future };
    TyObject *name = tyStr_internC("<module>");
    if (!name || !tyArena_addObject(arena, name))
        return NULL;
    st->top = new_scope(&b, TY_SCOPE_MODULE, name, mod, 1);
    if (!st->top)
        return NULL;
    b.cur = st->top;
    if (mod->mode == TY_MODE_EVAL) {
        if (visit_expr(&b, mod->expr) < 0)
            return NULL;
    } else if (visit_stmts(&b, &mod->body) < 0) {
        return NULL;
    }
    if (analyze(st, st->top) < 0)
        return NULL;
    return st;
}
