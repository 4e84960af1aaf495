/*
** astmodule.c — the `_ast` module (CPython's ast.py imports it): the
** node classes of Python 3.11's ASDL, and the conversion of a parsed tree
** (ast.h) into instances of them, which is what
** compile(source, filename, mode, PyCF_ONLY_AST) returns.
**
** The classes are made from one table, astnodes.h: the C part hands the
** rows to the Python part (astmodule.py), which makes the AST base class
** and one class per row; the C part then keeps each concrete class, its
** _fields and, for the field-less ones (operators, contexts), the one
** shared instance CPython also reuses, so a conversion makes instances
** without looking anything up by name.
*/
#include <stdarg.h>
#include "tally.h"
#include "import.h"
#include "parser.h"
#include "compiler.h"
#include "modules/astmodule.h"

typedef enum {
#define TY_AST_SUM(name, attributes)
#define TY_AST_NODE(name, base, fields, attributes) K_##name,
#include "modules/astnodes.h"
#undef TY_AST_SUM
#undef TY_AST_NODE
    K_COUNT
} Kind;

typedef struct Row {
    const char *name, *base, *fields, *attributes;
} Row;

/* Every row in ASDL order; fields NULL for an abstract class. */
static const Row rows[] = {
#define TY_AST_SUM(name, attributes) { #name, "AST", NULL, attributes },
#define TY_AST_NODE(name, base, fields, attributes) { #name, #base, fields, attributes },
#include "modules/astnodes.h"
#undef TY_AST_SUM
#undef TY_AST_NODE
};

/* The concrete classes by kind, with their _fields and shared instances,
** are ty_state.mod.ast: set when the module is made, released by fini. */
_Static_assert((int)K_COUNT == (int)TY_AST_KIND_COUNT, "state.h counts the kinds of astnodes.h");

static const char *const kindnames[K_COUNT] = {
#define TY_AST_SUM(name, attributes)
#define TY_AST_NODE(name, base, fields, attributes) #name,
#include "modules/astnodes.h"
#undef TY_AST_SUM
#undef TY_AST_NODE
};

/* The largest number of fields a node has (arguments). */
#define MAXFIELDS 7

/* ---- tree → objects -------------------------------------------------------------- */

typedef struct Conv {
    bool failed;            /* an exception is set; every step returns NULL */
    int depth, limit;       /* nesting, counted as CPython's ast2obj counts it */
    /* When recording (compile() of a tree): every node made with a
    ** position, and that position in the parser's tree, in order. */
    bool record;
    TyObject **made;        /* borrowed: the converted tree holds them */
    TyLoc **locs;
    size_t nmade, capmade;
} Conv;

/* Remembers that node o was made from the position *loc.  0 / -1. */
static int remember(Conv *c, TyObject *o, const TyLoc *loc)
{
    if (c->nmade == c->capmade) {
        size_t cap = c->capmade ? 2 * c->capmade : 256;
        TyObject **made = tyMem_realloc(c->made, cap * sizeof *made);
        if (made)
            c->made = made;
        TyLoc **locs = made ? tyMem_realloc(c->locs, cap * sizeof *locs) : NULL;
        if (!locs) {
            tyErr_noMemory();
            return -1;
        }
        c->locs = locs;
        c->capmade = cap;
    }
    c->made[c->nmade] = o;
    c->locs[c->nmade++] = (TyLoc *)loc;
    return 0;
}

/* A converter that recurses starts with enter() and, when that returned
** 0, ends with leave().  CPython allows three levels of tree per level of
** the recursion limit (and starts from three times the current depth);
** the C stack check keeps a limit set too high from crashing. */
static int enter(Conv *c)
{
    if (c->failed)
        return -1;
    if (++c->depth > c->limit || ty_stackExhausted()) {
        tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded during ast construction");
        c->failed = true;
        return -1;
    }
    return 0;
}

static void leave(Conv *c)
{
    c->depth--;
}

/* o itself (new reference), or NULL after marking the conversion failed. */
static TyObject *checked(Conv *c, TyObject *o)
{
    if (!o)
        c->failed = true;
    return o;
}

/* An optional identifier or constant: a new reference to o, or None. */
static TyObject *opt(TyObject *o)
{
    return TY_NEWREF(o ? o : TY_NONE);
}

/* An int field: new reference, NULL on failure. */
static TyObject *num(Conv *c, long v)
{
    return c->failed ? NULL : checked(c, tyInt_fromI64(v));
}

/*
** A new instance of kind k with its fields set, in _fields order, from the
** variadic values (stolen; NULL means a conversion failed) and, when loc is
** given, its four position attributes.  New reference, or NULL.
*/
static TyObject *node(Conv *c, Kind k, const TyLoc *loc, ...)
{
    TyObject *vals[MAXFIELDS];
    ssize_t n = TY_TUPLE_LEN(ty_state.mod.ast.fieldnames[k]);
    va_list ap;

    va_start(ap, loc);
    for (ssize_t i = 0; i < n; i++)
        vals[i] = va_arg(ap, TyObject *);
    va_end(ap);
    TyObject *o = NULL;
    if (!c->failed) {
        TyType *t = (TyType *)ty_state.mod.ast.classes[k];
        o = checked(c, t->tp_new(t, NULL, 0, NULL));
    }
    for (ssize_t i = 0; i < n; i++) {
        if (o && tyObj_setAttr(o, TY_TUPLE_ITEMS(ty_state.mod.ast.fieldnames[k])[i], vals[i]) < 0)
            TY_CLEAR(o);
        TY_XDECREF(vals[i]);
    }
    if (o && loc) {
        const int pos[4] = { loc->line, loc->col, loc->end_line, loc->end_col };
        for (int i = 0; i < 4 && o; i++) {
            TyObject *v = tyInt_fromI64(pos[i]);
            if (!v || tyObj_setAttr(o, ty_state.mod.ast.posnames[i], v) < 0)
                TY_CLEAR(o);
            TY_XDECREF(v);
        }
        if (o && c->record && remember(c, o, loc) < 0)
            TY_CLEAR(o);
    }
    return checked(c, o);
}

/* The shared instance of a field-less kind (Load(), Add(), ...). */
static TyObject *single(Conv *c, Kind k)
{
    if (c->failed)
        return NULL;
    if (!ty_state.mod.ast.shared[k]) {
        TyType *t = (TyType *)ty_state.mod.ast.classes[k];
        ty_state.mod.ast.shared[k] = checked(c, t->tp_new(t, NULL, 0, NULL));
        if (!ty_state.mod.ast.shared[k])
            return NULL;
    }
    return TY_NEWREF(ty_state.mod.ast.shared[k]);
}

typedef TyObject *(*ConvFn)(Conv *c, const void *item);

/* A list of fn(item) for n items; a NULL item becomes None (dict's `**`
** keys, required keyword-only arguments).  New reference. */
static TyObject *list(Conv *c, int n, void *const *items, ConvFn fn)
{
    if (c->failed)
        return NULL;
    TyObject *l = checked(c, tyList_new(n));
    for (int i = 0; l && i < n; i++) {
        TyObject *v = items[i] ? fn(c, items[i]) : tyNone_new();
        if (!v) {
            TY_CLEAR(l);
            break;
        }
        TY_LIST_SET(l, i, v);
    }
    return checked(c, l);
}

static TyObject *expr(Conv *c, const void *p);
static TyObject *stmt(Conv *c, const void *p);
static TyObject *pattern(Conv *c, const void *p);

#define LIST(c, seq, fn) list(c, (seq).n, (void *const *)(seq).items, fn)

/* An optional expression: None when absent. */
static TyObject *optexpr(Conv *c, const TyExpr *e)
{
    return e ? expr(c, e) : c->failed ? NULL : tyNone_new();
}

static TyObject *name(Conv *c, const void *p)
{
    return TY_NEWREF((TyObject *)p);
}

static TyObject *ctx(Conv *c, TyExprCtx x)
{
    return single(c, x == TY_CTX_STORE ? K_Store : x == TY_CTX_DEL ? K_Del : K_Load);
}

static TyObject *binop(Conv *c, int op)
{
    static const Kind k[] = {
        [TY_BINOP_ADD] = K_Add, [TY_BINOP_SUB] = K_Sub, [TY_BINOP_MUL] = K_Mult,
        [TY_BINOP_TRUEDIV] = K_Div, [TY_BINOP_FLOORDIV] = K_FloorDiv, [TY_BINOP_MOD] = K_Mod,
        [TY_BINOP_POW] = K_Pow, [TY_BINOP_LSHIFT] = K_LShift, [TY_BINOP_RSHIFT] = K_RShift,
        [TY_BINOP_AND] = K_BitAnd, [TY_BINOP_OR] = K_BitOr, [TY_BINOP_XOR] = K_BitXor,
        [TY_BINOP_MATMUL] = K_MatMult,
    };
    return single(c, k[op]);
}

static TyObject *unop(Conv *c, int op)
{
    return single(c, op == TY_UNOP_NEG ? K_USub : op == TY_UNOP_POS ? K_UAdd :
                     op == TY_UNOP_INVERT ? K_Invert : K_Not);
}

static TyObject *cmpops(Conv *c, int n, const TyCmpOp *ops)
{
    static const Kind k[] = {
        [TY_CMP_EQ] = K_Eq, [TY_CMP_NE] = K_NotEq, [TY_CMP_LT] = K_Lt, [TY_CMP_LE] = K_LtE,
        [TY_CMP_GT] = K_Gt, [TY_CMP_GE] = K_GtE, [TY_CMP_IS] = K_Is, [TY_CMP_IS_NOT] = K_IsNot,
        [TY_CMP_IN] = K_In, [TY_CMP_NOT_IN] = K_NotIn,
    };
    if (c->failed)
        return NULL;
    TyObject *l = checked(c, tyList_new(n));
    for (int i = 0; l && i < n; i++) {
        TyObject *v = single(c, k[ops[i]]);
        if (!v) {
            TY_CLEAR(l);
            break;
        }
        TY_LIST_SET(l, i, v);
    }
    return checked(c, l);
}

static TyObject *arg(Conv *c, const void *p)
{
    const TyArg *a = p;
    return node(c, K_arg, &a->loc, TY_NEWREF(a->name), optexpr(c, a->annotation), tyNone_new());
}

static TyObject *optarg(Conv *c, const TyArg *a)
{
    return a ? arg(c, a) : c->failed ? NULL : tyNone_new();
}

static TyObject *arguments(Conv *c, const TyArguments *a)
{
    return node(c, K_arguments, NULL, LIST(c, a->posonlyargs, arg), LIST(c, a->args, arg),
                optarg(c, a->vararg), LIST(c, a->kwonlyargs, arg), LIST(c, a->kw_defaults, expr),
                optarg(c, a->kwarg), LIST(c, a->defaults, expr));
}

static TyObject *keyword(Conv *c, const void *p)
{
    const TyKeyword *k = p;
    return node(c, K_keyword, &k->loc, opt(k->arg), expr(c, k->value));
}

static TyObject *comprehension(Conv *c, const void *p)
{
    const TyComprehension *g = p;
    return node(c, K_comprehension, NULL, expr(c, g->target), expr(c, g->iter),
                LIST(c, g->ifs, expr), num(c, g->is_async));
}

static TyObject *expr(Conv *c, const void *p)
{
    const TyExpr *e = p;
    const TyLoc *l = &e->loc;

    if (enter(c) < 0)
        return NULL;
    TyObject *r = NULL;
    switch (e->kind) {
    case TY_EXPR_BOOLOP:
        r = node(c, K_BoolOp, l, single(c, e->v.boolop.op == TY_BOOL_AND ? K_And : K_Or),
                 LIST(c, e->v.boolop.values, expr));
        break;
    case TY_EXPR_NAMEDEXPR:
        r = node(c, K_NamedExpr, l, expr(c, e->v.namedexpr.target), expr(c, e->v.namedexpr.value));
        break;
    case TY_EXPR_BINOP:
        r = node(c, K_BinOp, l, expr(c, e->v.binop.left), binop(c, e->v.binop.op),
                 expr(c, e->v.binop.right));
        break;
    case TY_EXPR_UNARYOP:
        r = node(c, K_UnaryOp, l, unop(c, e->v.unaryop.op), expr(c, e->v.unaryop.operand));
        break;
    case TY_EXPR_LAMBDA:
        r = node(c, K_Lambda, l, arguments(c, e->v.lambda.args), expr(c, e->v.lambda.body));
        break;
    case TY_EXPR_IFEXP:
        r = node(c, K_IfExp, l, expr(c, e->v.ifexp.test), expr(c, e->v.ifexp.body),
                 expr(c, e->v.ifexp.orelse));
        break;
    case TY_EXPR_DICT:
        r = node(c, K_Dict, l, LIST(c, e->v.dict.keys, expr), LIST(c, e->v.dict.values, expr));
        break;
    case TY_EXPR_SET:
        r = node(c, K_Set, l, LIST(c, e->v.set.elts, expr));
        break;
    case TY_EXPR_LISTCOMP:
    case TY_EXPR_SETCOMP:
    case TY_EXPR_GENEXP:
        r = node(c, e->kind == TY_EXPR_LISTCOMP ? K_ListComp : e->kind == TY_EXPR_SETCOMP ? K_SetComp
                                                                                        : K_GeneratorExp,
                 l, expr(c, e->v.comp.elt), LIST(c, e->v.comp.generators, comprehension));
        break;
    case TY_EXPR_DICTCOMP:
        r = node(c, K_DictComp, l, expr(c, e->v.comp.elt), expr(c, e->v.comp.value),
                 LIST(c, e->v.comp.generators, comprehension));
        break;
    case TY_EXPR_YIELD:
        r = node(c, K_Yield, l, optexpr(c, e->v.yield.value));
        break;
    case TY_EXPR_YIELDFROM:
        r = node(c, K_YieldFrom, l, expr(c, e->v.yield.value));
        break;
    case TY_EXPR_AWAIT:
        r = node(c, K_Await, l, expr(c, e->v.await.value));
        break;
    case TY_EXPR_COMPARE:
        r = node(c, K_Compare, l, expr(c, e->v.compare.left),
                 cmpops(c, e->v.compare.nops, e->v.compare.ops), LIST(c, e->v.compare.comparators, expr));
        break;
    case TY_EXPR_CALL:
        r = node(c, K_Call, l, expr(c, e->v.call.func), LIST(c, e->v.call.args, expr),
                 LIST(c, e->v.call.keywords, keyword));
        break;
    case TY_EXPR_FORMATTED:
        r = node(c, K_FormattedValue, l, expr(c, e->v.formatted.value), num(c, e->v.formatted.conversion),
                 optexpr(c, e->v.formatted.format_spec));
        break;
    case TY_EXPR_JOINEDSTR:
        r = node(c, K_JoinedStr, l, LIST(c, e->v.joinedstr.values, expr));
        break;
    case TY_EXPR_CONSTANT:
        r = node(c, K_Constant, l, TY_NEWREF(e->v.constant.value),
                 e->v.constant.u_prefix ? tyStr_fromCStr("u") : tyNone_new());
        break;
    case TY_EXPR_ATTRIBUTE:
        r = node(c, K_Attribute, l, expr(c, e->v.attribute.value), TY_NEWREF(e->v.attribute.attr),
                 ctx(c, e->v.attribute.ctx));
        break;
    case TY_EXPR_SUBSCRIPT:
        r = node(c, K_Subscript, l, expr(c, e->v.subscript.value), expr(c, e->v.subscript.slice),
                 ctx(c, e->v.subscript.ctx));
        break;
    case TY_EXPR_STARRED:
        r = node(c, K_Starred, l, expr(c, e->v.starred.value), ctx(c, e->v.starred.ctx));
        break;
    case TY_EXPR_NAME:
        r = node(c, K_Name, l, TY_NEWREF(e->v.name.id), ctx(c, e->v.name.ctx));
        break;
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        r = node(c, e->kind == TY_EXPR_LIST ? K_List : K_Tuple, l, LIST(c, e->v.seq.elts, expr),
                 ctx(c, e->v.seq.ctx));
        break;
    case TY_EXPR_SLICE:
        r = node(c, K_Slice, l, optexpr(c, e->v.slice.lower), optexpr(c, e->v.slice.upper),
                 optexpr(c, e->v.slice.step));
        break;
    }
    leave(c);
    return r;
}

static TyObject *withitem(Conv *c, const void *p)
{
    const TyWithItem *w = p;
    return node(c, K_withitem, NULL, expr(c, w->context_expr), optexpr(c, w->optional_vars));
}

static TyObject *handler(Conv *c, const void *p)
{
    const TyExceptHandler *h = p;
    return node(c, K_ExceptHandler, &h->loc, optexpr(c, h->type), opt(h->name), LIST(c, h->body, stmt));
}

static TyObject *alias(Conv *c, const void *p)
{
    const TyAlias *a = p;
    return node(c, K_alias, &a->loc, TY_NEWREF(a->name), opt(a->asname));
}

static TyObject *pattern(Conv *c, const void *p)
{
    const TyPattern *q = p;
    const TyLoc *l = &q->loc;

    if (enter(c) < 0)
        return NULL;
    TyObject *r = NULL;
    switch (q->kind) {
    case TY_PAT_VALUE:
        r = node(c, K_MatchValue, l, expr(c, q->v.value.value));
        break;
    case TY_PAT_SINGLETON:
        r = node(c, K_MatchSingleton, l, TY_NEWREF(q->v.value.constant));
        break;
    case TY_PAT_SEQUENCE:
    case TY_PAT_OR:
        r = node(c, q->kind == TY_PAT_OR ? K_MatchOr : K_MatchSequence, l,
                 LIST(c, q->v.seq.patterns, pattern));
        break;
    case TY_PAT_MAPPING:
        r = node(c, K_MatchMapping, l, LIST(c, q->v.mapping.keys, expr),
                 LIST(c, q->v.mapping.patterns, pattern), opt(q->v.mapping.rest));
        break;
    case TY_PAT_CLASS:
        r = node(c, K_MatchClass, l, expr(c, q->v.cls.cls), LIST(c, q->v.cls.patterns, pattern),
                 LIST(c, q->v.cls.kwd_attrs, name), LIST(c, q->v.cls.kwd_patterns, pattern));
        break;
    case TY_PAT_STAR:
        r = node(c, K_MatchStar, l, opt(q->v.star.name));
        break;
    case TY_PAT_AS:
        r = node(c, K_MatchAs, l, q->v.as.pattern ? pattern(c, q->v.as.pattern) : tyNone_new(),
                 opt(q->v.as.name));
        break;
    }
    leave(c);
    return r;
}

static TyObject *matchcase(Conv *c, const void *p)
{
    const TyMatchCase *m = p;
    return node(c, K_match_case, NULL, pattern(c, m->pattern), optexpr(c, m->guard), LIST(c, m->body, stmt));
}

static TyObject *stmt(Conv *c, const void *p)
{
    const TyStmt *s = p;
    const TyLoc *l = &s->loc;

    if (enter(c) < 0)
        return NULL;
    TyObject *r = NULL;
    switch (s->kind) {
    case TY_STMT_FUNCTIONDEF:
        r = node(c, s->v.funcdef.is_async ? K_AsyncFunctionDef : K_FunctionDef, l,
                 TY_NEWREF(s->v.funcdef.name), arguments(c, s->v.funcdef.args), LIST(c, s->v.funcdef.body, stmt),
                 LIST(c, s->v.funcdef.decorators, expr), optexpr(c, s->v.funcdef.returns), tyNone_new());
        break;
    case TY_STMT_CLASSDEF:
        r = node(c, K_ClassDef, l, TY_NEWREF(s->v.classdef.name), LIST(c, s->v.classdef.bases, expr),
                 LIST(c, s->v.classdef.keywords, keyword), LIST(c, s->v.classdef.body, stmt),
                 LIST(c, s->v.classdef.decorators, expr));
        break;
    case TY_STMT_RETURN:
        r = node(c, K_Return, l, optexpr(c, s->v.ret.value));
        break;
    case TY_STMT_DELETE:
        r = node(c, K_Delete, l, LIST(c, s->v.del.targets, expr));
        break;
    case TY_STMT_ASSIGN:
        r = node(c, K_Assign, l, LIST(c, s->v.assign.targets, expr), expr(c, s->v.assign.value), tyNone_new());
        break;
    case TY_STMT_AUGASSIGN:
        r = node(c, K_AugAssign, l, expr(c, s->v.augassign.target), binop(c, s->v.augassign.op),
                 expr(c, s->v.augassign.value));
        break;
    case TY_STMT_ANNASSIGN:
        r = node(c, K_AnnAssign, l, expr(c, s->v.annassign.target), expr(c, s->v.annassign.annotation),
                 optexpr(c, s->v.annassign.value), num(c, s->v.annassign.simple));
        break;
    case TY_STMT_FOR:
        r = node(c, s->v.loop.is_async ? K_AsyncFor : K_For, l, expr(c, s->v.loop.target),
                 expr(c, s->v.loop.iter), LIST(c, s->v.loop.body, stmt), LIST(c, s->v.loop.orelse, stmt),
                 tyNone_new());
        break;
    case TY_STMT_WHILE:
        r = node(c, K_While, l, expr(c, s->v.loop.iter), LIST(c, s->v.loop.body, stmt),
                 LIST(c, s->v.loop.orelse, stmt));
        break;
    case TY_STMT_IF:
        r = node(c, K_If, l, expr(c, s->v.if_.test), LIST(c, s->v.if_.body, stmt), LIST(c, s->v.if_.orelse, stmt));
        break;
    case TY_STMT_WITH:
        r = node(c, s->v.with.is_async ? K_AsyncWith : K_With, l, LIST(c, s->v.with.items, withitem),
                 LIST(c, s->v.with.body, stmt), tyNone_new());
        break;
    case TY_STMT_RAISE:
        r = node(c, K_Raise, l, optexpr(c, s->v.raise.exc), optexpr(c, s->v.raise.cause));
        break;
    case TY_STMT_TRY:
        r = node(c, s->v.try_.star ? K_TryStar : K_Try, l, LIST(c, s->v.try_.body, stmt),
                 LIST(c, s->v.try_.handlers, handler), LIST(c, s->v.try_.orelse, stmt),
                 LIST(c, s->v.try_.finalbody, stmt));
        break;
    case TY_STMT_ASSERT:
        r = node(c, K_Assert, l, expr(c, s->v.assert_.test), optexpr(c, s->v.assert_.msg));
        break;
    case TY_STMT_IMPORT:
        r = node(c, K_Import, l, LIST(c, s->v.import.names, alias));
        break;
    case TY_STMT_IMPORTFROM:
        r = node(c, K_ImportFrom, l, opt(s->v.import.module), LIST(c, s->v.import.names, alias),
                 num(c, s->v.import.level));
        break;
    case TY_STMT_GLOBAL:
    case TY_STMT_NONLOCAL:
        r = node(c, s->kind == TY_STMT_GLOBAL ? K_Global : K_Nonlocal, l, LIST(c, s->v.names.names, name));
        break;
    case TY_STMT_EXPR:
        r = node(c, K_Expr, l, expr(c, s->v.expr.value));
        break;
    case TY_STMT_PASS:
        r = node(c, K_Pass, l);
        break;
    case TY_STMT_BREAK:
        r = node(c, K_Break, l);
        break;
    case TY_STMT_CONTINUE:
        r = node(c, K_Continue, l);
        break;
    case TY_STMT_MATCH:
        r = node(c, K_Match, l, expr(c, s->v.match.subject), LIST(c, s->v.match.cases, matchcase));
        break;
    }
    leave(c);
    return r;
}

/* ---- the module ------------------------------------------------------------------- */

/* Makes sure the classes exist: imports _ast once.  0 / -1. */
static int ensure_classes(void)
{
    if (ty_state.mod.ast.classes[0])
        return 0;
    TyObject *m = tyImport_importC("_ast");
    TY_XDECREF(m);
    return m ? 0 : -1;
}

/* The tree as node objects: new reference, or NULL. */
static TyObject *convert(Conv *c, const TyModuleAST *mod)
{
    if (ensure_classes() < 0)
        return NULL;
    c->depth = 3 * ty_state.recursion_depth;
    c->limit = 3 * ty_state.recursion_limit;
    switch (mod->mode) {
    case TY_MODE_EVAL:
        return node(c, K_Expression, NULL, expr(c, mod->expr));
    case TY_MODE_SINGLE:
        return node(c, K_Interactive, NULL, LIST(c, mod->body, stmt));
    default:
        return node(c, K_Module, NULL, LIST(c, mod->body, stmt), checked(c, tyList_new(0)));
    }
}

TyObject *tyAstModule_fromTree(const TyModuleAST *mod)
{
    Conv c = { false };
    return convert(&c, mod);
}

/* ---- compile() of a tree --------------------------------------------------------- */

/*
** A program's tree is compiled from the source ast.unparse writes for it,
** so the parser checks it as it checks any source; the positions the
** program's nodes carry then replace the parsed ones.  The parsed tree is
** converted to node objects too (recording where each one's position
** lives), and that twin is walked beside the program's tree: where two
** nodes have the same class, the program's position goes into the parsed
** tree.  _ast._compile_tree has checked the tree as CPython does (types,
** contexts, positions) before; a node whose position cannot be a source
** position (a negative line, say) keeps the parsed one.
*/

/* An int attribute of o in 0..INT_MAX into *out: 1, 0 when absent or not
** such an int, -1 on error. */
static int int_attr(TyObject *o, TyObject *name, int *out)
{
    TyObject *v;
    int r = tyObj_lookupAttr(o, name, &v);
    if (r <= 0)
        return r;
    r = TY_INT_CHECK(v) && TY_INT_IS_SMALL(v) && TY_INT_VALUE(v) >= 0 && TY_INT_VALUE(v) <= INT_MAX;
    if (r)
        *out = (int)TY_INT_VALUE(v);
    TY_DECREF(v);
    return r;
}

/* Copies user's position into the parsed tree's node that twin was made
** from (index `at` of the record).  0 / -1. */
static int graft_position(Conv *c, size_t at, TyObject *user)
{
    int pos[4];
    for (int k = 0; k < 4; k++) {
        int r = int_attr(user, ty_state.mod.ast.posnames[k], &pos[k]);
        if (r < 0)
            return -1;
        if (r == 0 && k < 2)
            return 0;
        if (r == 0)
            pos[k] = pos[k - 2];
    }
    if (pos[0] >= 1 && pos[2] >= pos[0])
        *c->locs[at] = (TyLoc){ pos[0], pos[1], pos[2], pos[3] };
    return 0;
}

/* Index of twin in the record (a dict from address to index): 1 with
** *at set, 0 when twin carries no position, -1 on error. */
static int recorded(TyObject *index, TyObject *twin, size_t *at)
{
    TyObject *key = tyInt_fromI64((int64_t)(intptr_t)twin);
    if (!key)
        return -1;
    TyObject *v = tyDict_getItem(index, key);
    TY_DECREF(key);
    if (!v)
        return tyErr_occurred() ? -1 : 0;
    *at = (size_t)TY_INT_VALUE(v);
    return 1;
}

/* Walks twin (made from the parsed tree) and user (the program's) side
** by side.  0 / -1. */
static int graft(Conv *c, TyObject *index, TyObject *twin, TyObject *user)
{
    if (TY_TYPE(twin) != TY_TYPE(user))
        return 0;
    if (TY_TYPE(twin) == &TyList_Type) {
        if (TY_LIST_LEN(twin) != TY_LIST_LEN(user))
            return 0;
        for (ssize_t i = 0; i < TY_LIST_LEN(twin) && i < TY_LIST_LEN(user); i++)
            if (graft(c, index, TY_LIST_ITEMS(twin)[i], TY_LIST_ITEMS(user)[i]) < 0)
                return -1;
        return 0;
    }
    int is_node = tyObj_isInstance(twin, ty_state.mod.ast.base);
    if (is_node <= 0)
        return is_node;
    if (tyObj_enterRecursiveCall(" during compilation") < 0)
        return -1;
    size_t at;
    int r = recorded(index, twin, &at);
    if (r > 0)
        r = graft_position(c, at, user);
    TyObject *fields = r == 0 ? tyObj_getAttrStr(twin, "_fields") : NULL;
    r = fields && TY_TUPLE_CHECK(fields) ? 0 : -1;
    for (ssize_t i = 0; r == 0 && i < TY_TUPLE_LEN(fields); i++) {
        TyObject *a = NULL, *b = NULL;
        if (tyObj_lookupAttr(twin, TY_TUPLE_GET(fields, i), &a) < 0 ||
            tyObj_lookupAttr(user, TY_TUPLE_GET(fields, i), &b) < 0)
            r = -1;
        else if (a && b)
            r = graft(c, index, a, b);
        TY_XDECREF(a);
        TY_XDECREF(b);
    }
    TY_XDECREF(fields);
    tyObj_leaveRecursiveCall();
    return r;
}

/* _ast._compile_source(source, tree, filename, mode, optimize): source
** (what ast.unparse wrote for tree) compiled with tree's positions at the
** optimize level. */
static TyObject *ast_compile_source(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_compile_source", kwnames) < 0 ||
        tyArg_checkPositional("_compile_source", nargs, 5, 5) < 0)
        return NULL;
    int optimize, flags = 0;
    if (tyArg_int(args[4], &optimize) < 0)
        return NULL;
    TyObject *source = args[0], *tree = args[1], *filename = args[2], *mode = args[3];
    if (!TY_STR_CHECK(source) || !TY_STR_CHECK(filename) || !TY_STR_CHECK(mode))
        return tyErr_setString(&TyExc_TypeError, "_compile_source() needs str source, filename and mode");
    TyParseMode m = tyStr_eqC(mode, "eval") ? TY_MODE_EVAL : tyStr_eqC(mode, "single") ? TY_MODE_SINGLE
                                                                                        : TY_MODE_FILE;
    TyArena *arena = tyArena_new();
    if (!arena)
        return tyErr_noMemory();
    Conv c = { false };
    c.record = true;
    TyObject *code = NULL;
    TyModuleAST *mod = tyParse_source(arena, TY_STR_UTF8(source), (size_t)TY_STR_NBYTES(source),
                                      TY_STR_UTF8(filename), m, TY_INPUT_TEXT, NULL);
    TyObject *twin = mod ? convert(&c, mod) : NULL;
    TyObject *index = twin ? tyDict_new() : NULL;
    int r = index ? 0 : -1;
    for (size_t i = 0; r == 0 && i < c.nmade; i++) {
        TyObject *key = tyInt_fromI64((int64_t)(intptr_t)c.made[i]);
        TyObject *v = key ? tyInt_fromI64((int64_t)i) : NULL;
        r = v ? tyDict_setItem(index, key, v) : -1;
        TY_XDECREF(key);
        TY_XDECREF(v);
    }
    if (r == 0 && graft(&c, index, twin, tree) == 0)
        code = tyCompile_optimize(mod, arena, TY_STR_UTF8(filename), &flags, optimize);
    TY_XDECREF(index);
    TY_XDECREF(twin);
    tyMem_free(c.made);
    tyMem_free(c.locs);
    tyArena_free(arena);
    return code;
}

static TyMethodDef ast_functions[] = {
    { "_compile_source", ast_compile_source, TY_METH_DEFAULT, "Compile a tree's unparsed source." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyAstModule_compileTree(TyObject *tree, TyObject *filename, TyObject *mode, bool only_ast,
                                  int optimize)
{
    if (ensure_classes() < 0)
        return NULL;
    int is_ast = tyObj_isInstance(tree, ty_state.mod.ast.base);
    if (is_ast <= 0)
        return is_ast < 0 ? NULL : tyErr_setString(&TyExc_TypeError,
                                                   "compile() arg 1 must be a string, bytes or AST object");
    if (only_ast)
        return TY_NEWREF(tree);
    TyObject *m = tyImport_importC("_ast");
    TyObject *fn = m ? tyObj_getAttrStr(m, "_compile_tree") : NULL;
    TyObject *level = fn ? tyInt_fromI64(optimize) : NULL;
    TyObject *argv[4] = { tree, filename, mode, level };
    TyObject *r = level ? tyObj_call(fn, argv, 4, NULL) : NULL;
    TY_XDECREF(level);
    TY_XDECREF(fn);
    TY_XDECREF(m);
    return r;
}

/* The rows as a tuple of (name, base, fields or None, attributes): new
** reference. */
static TyObject *table(void)
{
    TyObject *t = tyTuple_new(TY_ARRAY_LEN(rows));
    for (size_t i = 0; t && i < TY_ARRAY_LEN(rows); i++) {
        const Row *r = &rows[i];
        TyObject *items[4] = {
            tyStr_fromCStr(r->name), tyStr_fromCStr(r->base),
            r->fields ? tyStr_fromCStr(r->fields) : tyNone_new(), tyStr_fromCStr(r->attributes),
        };
        TyObject *row = NULL;
        if (items[0] && items[1] && items[2] && items[3])
            row = tyTuple_fromArray(items, 4);
        for (int j = 0; j < 4; j++)
            TY_XDECREF(items[j]);
        if (!row) {
            TY_CLEAR(t);
            break;
        }
        TY_TUPLE_SET(t, i, row);
    }
    return t;
}

/* src/modules/astmodule.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/astmodule_py.h"
    ;

/* Keeps the module's classes and their _fields (owned) for conversions. */
static int keep_classes(TyObject *m)
{
    static const char *const pos[4] = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

    tyAstModule_fini();
    for (int i = 0; i < 4; i++)
        if (!(ty_state.mod.ast.posnames[i] = tyStr_internC(pos[i])))
            return -1;
    if (!(ty_state.mod.ast.base = tyObj_getAttrStr(m, "AST")))
        return -1;
    for (int k = 0; k < K_COUNT; k++) {
        ty_state.mod.ast.classes[k] = tyObj_getAttrStr(m, kindnames[k]);
        if (!ty_state.mod.ast.classes[k])
            return -1;
        ty_state.mod.ast.fieldnames[k] = tyObj_getAttrStr(ty_state.mod.ast.classes[k], "_fields");
        if (!ty_state.mod.ast.fieldnames[k])
            return -1;
        if (!TY_TUPLE_CHECK(ty_state.mod.ast.fieldnames[k]) || TY_TUPLE_LEN(ty_state.mod.ast.fieldnames[k]) > MAXFIELDS) {
            tyErr_setString(&TyExc_SystemError, "_ast: bad _fields");
            return -1;
        }
    }
    return 0;
}

TyObject *tyAstModule_create(void)
{
    TyObject *m = tyModule_new("_ast", ast_functions);
    if (!m)
        return NULL;
    TyObject *t = table();
    if (!t || tyModule_addObject(m, "_table", t) < 0 ||
        tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyModule_addInt(m, "PyCF_ONLY_AST", TY_PYCF_ONLY_AST) < 0 ||
        tyModule_addInt(m, "PyCF_TYPE_COMMENTS", TY_PYCF_TYPE_COMMENTS) < 0 ||
        tyModule_addInt(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", TY_PYCF_ALLOW_TOP_LEVEL_AWAIT) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<_ast>") < 0 ||
        keep_classes(m) < 0) {
        TY_XDECREF(t);
        TY_DECREF(m);
        tyAstModule_fini();
        return NULL;
    }
    TY_DECREF(t);
    return m;
}

void tyAstModule_fini(void)
{
    for (int k = 0; k < K_COUNT; k++) {
        TY_CLEAR(ty_state.mod.ast.classes[k]);
        TY_CLEAR(ty_state.mod.ast.fieldnames[k]);
        TY_CLEAR(ty_state.mod.ast.shared[k]);
    }
    for (int i = 0; i < 4; i++)
        TY_CLEAR(ty_state.mod.ast.posnames[i]);
    TY_CLEAR(ty_state.mod.ast.base);
}
