/*
** unparse.c — expression trees back to source text, as CPython 3.11's C
** unparser writes annotations under `from __future__ import annotations`.
**
** Every expression is written at a precedence level: the level of the
** context it appears in.  An operator whose own level is below the
** context's gets parentheses, so the text reads back as the same tree
** with no more parentheses than that needs.  The output is exact about
** CPython's choices, not just equivalent source: spaces around binary
** operators, a space before `.` after an int, `lambda*a` when a lambda has
** no positional parameters, f-strings rebuilt as one repr()'d body.
*/
#include <math.h>
#include "tally.h"
#include "unparse.h"

/* Precedence levels, loosest first (the grammar's order). */
enum {
    PR_TUPLE,
    PR_TEST,    /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};

typedef struct Unparser {
    TyStrBuilder b;
    int depth, depth_limit;
} Unparser;

static int expr(Unparser *u, const TyExpr *e, int level);

static int put(Unparser *u, const char *s)
{
    return tyBuf_appendC(&u->b, s);
}

static int put_if(Unparser *u, bool cond, const char *s)
{
    return cond ? put(u, s) : 0;
}

/* Binary operators: text and level; ** alone binds to the right. */
static const struct { const char *text; int level; } binops[TY_BINOP_COUNT] = {
    [TY_BINOP_ADD] = { " + ", PR_ARITH },      [TY_BINOP_SUB] = { " - ", PR_ARITH },
    [TY_BINOP_MUL] = { " * ", PR_TERM },       [TY_BINOP_TRUEDIV] = { " / ", PR_TERM },
    [TY_BINOP_FLOORDIV] = { " // ", PR_TERM }, [TY_BINOP_MOD] = { " % ", PR_TERM },
    [TY_BINOP_MATMUL] = { " @ ", PR_TERM },    [TY_BINOP_POW] = { " ** ", PR_POWER },
    [TY_BINOP_LSHIFT] = { " << ", PR_SHIFT },  [TY_BINOP_RSHIFT] = { " >> ", PR_SHIFT },
    [TY_BINOP_AND] = { " & ", PR_BAND },       [TY_BINOP_XOR] = { " ^ ", PR_BXOR },
    [TY_BINOP_OR] = { " | ", PR_BOR },
};

static const char *const cmpops[] = {
    [TY_CMP_EQ] = " == ", [TY_CMP_NE] = " != ", [TY_CMP_LT] = " < ",  [TY_CMP_LE] = " <= ",
    [TY_CMP_GT] = " > ",  [TY_CMP_GE] = " >= ", [TY_CMP_IS] = " is ", [TY_CMP_IS_NOT] = " is not ",
    [TY_CMP_IN] = " in ", [TY_CMP_NOT_IN] = " not in ",
};

static int exprs(Unparser *u, const TyExprSeq *seq, int level)
{
    for (int i = 0; i < seq->n; i++)
        if (put_if(u, i > 0, ", ") < 0 || expr(u, seq->items[i], level) < 0)
            return -1;
    return 0;
}

/* repr() of a constant; an infinity (only a literal too large for a float
** gives one) is written as the literal 1e309 that makes it. */
static int constant(Unparser *u, TyObject *v)
{
    if (v == TY_ELLIPSIS)
        return put(u, "...");
    bool inf = (TY_FLOAT_CHECK(v) && isinf(TY_FLOAT_VALUE(v))) || TY_COMPLEX_CHECK(v);
    if (!inf)
        return tyBuf_appendRepr(&u->b, v);
    TyObject *r = tyObj_repr(v);
    TyObject *from = r ? tyStr_fromCStr("inf") : NULL;
    TyObject *to = from ? tyStr_fromCStr("1e309") : NULL;
    TyObject *s = to ? tyStr_replace(r, from, to, -1) : NULL;
    int rc = s ? tyBuf_appendStr(&u->b, s) : -1;
    TY_XDECREF(r);
    TY_XDECREF(from);
    TY_XDECREF(to);
    TY_XDECREF(s);
    return rc;
}

static int arg(Unparser *u, const TyArg *a)
{
    if (tyBuf_appendStr(&u->b, a->name) < 0)
        return -1;
    if (!a->annotation)
        return 0;
    return put(u, ": ") < 0 ? -1 : expr(u, a->annotation, PR_TEST);
}

/* A parameter list (a lambda's: there are no annotations in it). */
static int arguments(Unparser *u, const TyArguments *args)
{
    bool first = true;
    int npos = args->posonlyargs.n + args->args.n;
    for (int i = 0; i < npos; i++) {
        const TyArg *a = i < args->posonlyargs.n ? args->posonlyargs.items[i]
                                                 : args->args.items[i - args->posonlyargs.n];
        if (put_if(u, !first, ", ") < 0 || arg(u, a) < 0)
            return -1;
        first = false;
        int d = i - npos + args->defaults.n;
        if (d >= 0 && (put(u, "=") < 0 || expr(u, args->defaults.items[d], PR_TEST) < 0))
            return -1;
        if (i + 1 == args->posonlyargs.n && put(u, ", /") < 0)
            return -1;
    }
    if (args->vararg || args->kwonlyargs.n) {
        if (put_if(u, !first, ", ") < 0 || put(u, "*") < 0)
            return -1;
        first = false;
        if (args->vararg && arg(u, args->vararg) < 0)
            return -1;
    }
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        if (put_if(u, !first, ", ") < 0 || arg(u, args->kwonlyargs.items[i]) < 0)
            return -1;
        first = false;
        const TyExpr *d = args->kw_defaults.items[i];
        if (d && (put(u, "=") < 0 || expr(u, d, PR_TEST) < 0))
            return -1;
    }
    if (args->kwarg && (put_if(u, !first, ", ") < 0 || put(u, "**") < 0 || arg(u, args->kwarg) < 0))
        return -1;
    return 0;
}

static int lambda(Unparser *u, const TyExpr *e, int level)
{
    const TyArguments *a = e->v.lambda.args;
    bool positional = a->posonlyargs.n + a->args.n > 0;
    if (put_if(u, level > PR_TEST, "(") < 0 || put(u, positional ? "lambda " : "lambda") < 0 ||
        arguments(u, a) < 0 || put(u, ": ") < 0 || expr(u, e->v.lambda.body, PR_TEST) < 0)
        return -1;
    return put_if(u, level > PR_TEST, ")");
}

static int comprehension_clauses(Unparser *u, const TyComprehensionSeq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        const TyComprehension *g = gens->items[i];
        if (put(u, g->is_async ? " async for " : " for ") < 0 || expr(u, g->target, PR_TUPLE) < 0 ||
            put(u, " in ") < 0 || expr(u, g->iter, PR_TEST + 1) < 0)
            return -1;
        for (int k = 0; k < g->ifs.n; k++)
            if (put(u, " if ") < 0 || expr(u, g->ifs.items[k], PR_TEST + 1) < 0)
                return -1;
    }
    return 0;
}

static int comprehension(Unparser *u, const TyExpr *e)
{
    const char *open = e->kind == TY_EXPR_LISTCOMP ? "[" : e->kind == TY_EXPR_GENEXP ? "(" : "{";
    const char *close = e->kind == TY_EXPR_LISTCOMP ? "]" : e->kind == TY_EXPR_GENEXP ? ")" : "}";
    if (put(u, open) < 0 || expr(u, e->v.comp.elt, PR_TEST) < 0)
        return -1;
    if (e->kind == TY_EXPR_DICTCOMP && (put(u, ": ") < 0 || expr(u, e->v.comp.value, PR_TEST) < 0))
        return -1;
    if (comprehension_clauses(u, &e->v.comp.generators) < 0)
        return -1;
    return put(u, close);
}

static int dict(Unparser *u, const TyExpr *e)
{
    if (put(u, "{") < 0)
        return -1;
    for (int i = 0; i < e->v.dict.values.n; i++) {
        const TyExpr *k = e->v.dict.keys.items[i];
        if (put_if(u, i > 0, ", ") < 0)
            return -1;
        if (k ? expr(u, k, PR_TEST) < 0 || put(u, ": ") < 0 || expr(u, e->v.dict.values.items[i], PR_TEST) < 0
              : put(u, "**") < 0 || expr(u, e->v.dict.values.items[i], PR_EXPR) < 0)
            return -1;
    }
    return put(u, "}");
}

static int call(Unparser *u, const TyExpr *e)
{
    if (expr(u, e->v.call.func, PR_ATOM) < 0)
        return -1;
    const TyExprSeq *args = &e->v.call.args;
    const TyKeywordSeq *kws = &e->v.call.keywords;
    /* f(x for x in y): the generator's own parentheses are the call's. */
    if (args->n == 1 && kws->n == 0 && args->items[0]->kind == TY_EXPR_GENEXP)
        return expr(u, args->items[0], PR_TEST);
    if (put(u, "(") < 0 || exprs(u, args, PR_TEST) < 0)
        return -1;
    for (int i = 0; i < kws->n; i++) {
        const TyKeyword *k = kws->items[i];
        if (put_if(u, i > 0 || args->n > 0, ", ") < 0)
            return -1;
        if (k->arg ? tyBuf_appendStr(&u->b, k->arg) < 0 || put(u, "=") < 0 || expr(u, k->value, PR_TEST) < 0
                   : put(u, "**") < 0 || expr(u, k->value, PR_EXPR) < 0)
            return -1;
    }
    return put(u, ")");
}

static int tuple(Unparser *u, const TyExpr *e, int level)
{
    int n = e->v.seq.elts.n;
    if (n == 0)
        return put(u, "()");
    if (put_if(u, level > PR_TUPLE, "(") < 0 || exprs(u, &e->v.seq.elts, PR_TEST) < 0 ||
        put_if(u, n == 1, ",") < 0)
        return -1;
    return put_if(u, level > PR_TUPLE, ")");
}

static int fstring_element(Unparser *u, const TyExpr *e, bool is_format_spec);

/* The text between an f-string's quotes: literal braces doubled, each
** replacement field as `{expr!c:spec}`. */
static TyObject *fstring_body(Unparser *outer, const TyExprSeq *values, bool is_format_spec)
{
    Unparser u = { .depth = outer->depth, .depth_limit = outer->depth_limit };
    tyBuf_init(&u.b);
    for (int i = 0; i < values->n; i++)
        if (fstring_element(&u, values->items[i], is_format_spec) < 0) {
            tyBuf_free(&u.b);
            return NULL;
        }
    return tyBuf_finish(&u.b);
}

/* An f-string: `f` and the repr() of its body, which picks the quotes; a
** format spec is the bare body. */
static int joinedstr(Unparser *u, const TyExpr *e, bool is_format_spec)
{
    TyObject *body = fstring_body(u, &e->v.joinedstr.values, is_format_spec);
    if (!body)
        return -1;
    int rc = is_format_spec ? tyBuf_appendStr(&u->b, body)
                            : put(u, "f") < 0 ? -1 : tyBuf_appendRepr(&u->b, body);
    TY_DECREF(body);
    return rc;
}

static int literal_text(Unparser *u, TyObject *s)
{
    const char *p = TY_STR_UTF8(s);
    ssize_t n = TY_STR_NBYTES(s);
    for (ssize_t i = 0; i < n; i++) {
        if ((p[i] == '{' || p[i] == '}') && tyBuf_appendChar(&u->b, p[i]) < 0)
            return -1;
        if (tyBuf_appendChar(&u->b, p[i]) < 0)
            return -1;
    }
    return 0;
}

static int formatted(Unparser *u, const TyExpr *e)
{
    /* Above PR_TEST, so a lambda's `:` cannot read as the spec's start. */
    Unparser inner = { .depth = u->depth, .depth_limit = u->depth_limit };
    tyBuf_init(&inner.b);
    if (expr(&inner, e->v.formatted.value, PR_TEST + 1) < 0) {
        tyBuf_free(&inner.b);
        return -1;
    }
    /* `{ {` keeps a set or dict display from reading as a doubled brace. */
    bool brace = inner.b.len > 0 && inner.b.data[0] == '{';
    int rc = put(u, brace ? "{ " : "{") < 0 ? -1 : tyBuf_append(&u->b, inner.b.data, inner.b.len);
    tyBuf_free(&inner.b);
    if (rc < 0)
        return -1;
    int conv = e->v.formatted.conversion;
    if (conv > 0) {
        char text[3] = { '!', (char)conv, '\0' };
        if (put(u, text) < 0)
            return -1;
    }
    if (e->v.formatted.format_spec &&
        (put(u, ":") < 0 || fstring_element(u, e->v.formatted.format_spec, true) < 0))
        return -1;
    return put(u, "}");
}

static int fstring_element(Unparser *u, const TyExpr *e, bool is_format_spec)
{
    switch (e->kind) {
    case TY_EXPR_CONSTANT:
        return literal_text(u, e->v.constant.value);
    case TY_EXPR_JOINEDSTR:
        return joinedstr(u, e, is_format_spec);
    default:
        return formatted(u, e);
    }
}

static int expr_inner(Unparser *u, const TyExpr *e, int level)
{
    switch (e->kind) {
    case TY_EXPR_BOOLOP: {
        int pr = e->v.boolop.op == TY_BOOL_AND ? PR_AND : PR_OR;
        const char *op = e->v.boolop.op == TY_BOOL_AND ? " and " : " or ";
        if (put_if(u, level > pr, "(") < 0)
            return -1;
        for (int i = 0; i < e->v.boolop.values.n; i++)
            if (put_if(u, i > 0, op) < 0 || expr(u, e->v.boolop.values.items[i], pr + 1) < 0)
                return -1;
        return put_if(u, level > pr, ")");
    }
    case TY_EXPR_NAMEDEXPR:
        if (put_if(u, level > PR_TUPLE, "(") < 0 || expr(u, e->v.namedexpr.target, PR_ATOM) < 0 ||
            put(u, " := ") < 0 || expr(u, e->v.namedexpr.value, PR_ATOM) < 0)
            return -1;
        return put_if(u, level > PR_TUPLE, ")");
    case TY_EXPR_BINOP: {
        int pr = binops[e->v.binop.op].level;
        bool rassoc = e->v.binop.op == TY_BINOP_POW;
        if (put_if(u, level > pr, "(") < 0 || expr(u, e->v.binop.left, pr + rassoc) < 0 ||
            put(u, binops[e->v.binop.op].text) < 0 || expr(u, e->v.binop.right, pr + !rassoc) < 0)
            return -1;
        return put_if(u, level > pr, ")");
    }
    case TY_EXPR_UNARYOP: {
        int op = e->v.unaryop.op;
        int pr = op == TY_UNARY_NOT ? PR_NOT : PR_FACTOR;
        const char *text = op == TY_UNARY_NOT ? "not " : op == TY_UNOP_NEG ? "-" : op == TY_UNOP_POS ? "+" : "~";
        if (put_if(u, level > pr, "(") < 0 || put(u, text) < 0 || expr(u, e->v.unaryop.operand, pr) < 0)
            return -1;
        return put_if(u, level > pr, ")");
    }
    case TY_EXPR_LAMBDA:
        return lambda(u, e, level);
    case TY_EXPR_IFEXP:
        if (put_if(u, level > PR_TEST, "(") < 0 || expr(u, e->v.ifexp.body, PR_TEST + 1) < 0 ||
            put(u, " if ") < 0 || expr(u, e->v.ifexp.test, PR_TEST + 1) < 0 || put(u, " else ") < 0 ||
            expr(u, e->v.ifexp.orelse, PR_TEST) < 0)
            return -1;
        return put_if(u, level > PR_TEST, ")");
    case TY_EXPR_DICT:
        return dict(u, e);
    case TY_EXPR_SET:
        return put(u, "{") < 0 || exprs(u, &e->v.set.elts, PR_TEST) < 0 ? -1 : put(u, "}");
    case TY_EXPR_LISTCOMP:
    case TY_EXPR_SETCOMP:
    case TY_EXPR_DICTCOMP:
    case TY_EXPR_GENEXP:
        return comprehension(u, e);
    case TY_EXPR_YIELD:
        if (!e->v.yield.value)
            return put(u, "(yield)");
        return put(u, "(yield ") < 0 || expr(u, e->v.yield.value, PR_TEST) < 0 ? -1 : put(u, ")");
    case TY_EXPR_YIELDFROM:
        return put(u, "(yield from ") < 0 || expr(u, e->v.yield.value, PR_TEST) < 0 ? -1 : put(u, ")");
    case TY_EXPR_AWAIT:
        if (put_if(u, level > PR_AWAIT, "(") < 0 || put(u, "await ") < 0 ||
            expr(u, e->v.await.value, PR_ATOM) < 0)
            return -1;
        return put_if(u, level > PR_AWAIT, ")");
    case TY_EXPR_COMPARE:
        if (put_if(u, level > PR_CMP, "(") < 0 || expr(u, e->v.compare.left, PR_CMP + 1) < 0)
            return -1;
        for (int i = 0; i < e->v.compare.nops; i++)
            if (put(u, cmpops[e->v.compare.ops[i]]) < 0 ||
                expr(u, e->v.compare.comparators.items[i], PR_CMP + 1) < 0)
                return -1;
        return put_if(u, level > PR_CMP, ")");
    case TY_EXPR_CALL:
        return call(u, e);
    case TY_EXPR_FORMATTED:
        return formatted(u, e);
    case TY_EXPR_JOINEDSTR:
        return joinedstr(u, e, false);
    case TY_EXPR_CONSTANT:
        if (e->v.constant.u_prefix && put(u, "u") < 0)
            return -1;
        return constant(u, e->v.constant.value);
    case TY_EXPR_ATTRIBUTE: {
        const TyExpr *v = e->v.attribute.value;
        if (expr(u, v, PR_ATOM) < 0)
            return -1;
        /* `1 .real`: without the space the dot would belong to the number. */
        bool spaced = v->kind == TY_EXPR_CONSTANT && TY_INT_CHECK_EXACT(v->v.constant.value);
        return put(u, spaced ? " ." : ".") < 0 ? -1 : tyBuf_appendStr(&u->b, e->v.attribute.attr);
    }
    case TY_EXPR_SUBSCRIPT:
        if (expr(u, e->v.subscript.value, PR_ATOM) < 0 || put(u, "[") < 0 ||
            expr(u, e->v.subscript.slice, PR_TUPLE) < 0)
            return -1;
        return put(u, "]");
    case TY_EXPR_STARRED:
        return put(u, "*") < 0 ? -1 : expr(u, e->v.starred.value, PR_EXPR);
    case TY_EXPR_NAME:
        return tyBuf_appendStr(&u->b, e->v.name.id);
    case TY_EXPR_LIST:
        return put(u, "[") < 0 || exprs(u, &e->v.seq.elts, PR_TEST) < 0 ? -1 : put(u, "]");
    case TY_EXPR_TUPLE:
        return tuple(u, e, level);
    case TY_EXPR_SLICE:
        if (e->v.slice.lower && expr(u, e->v.slice.lower, PR_TEST) < 0)
            return -1;
        if (put(u, ":") < 0 || (e->v.slice.upper && expr(u, e->v.slice.upper, PR_TEST) < 0))
            return -1;
        if (e->v.slice.step && (put(u, ":") < 0 || expr(u, e->v.slice.step, PR_TEST) < 0))
            return -1;
        return 0;
    }
    return 0;
}

/* e written at `level`, one level deeper into the tree. */
static int expr(Unparser *u, const TyExpr *e, int level)
{
    if (++u->depth > u->depth_limit) {
        tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int rc = expr_inner(u, e, level);
    u->depth--;
    return rc;
}

TyObject *tyUnparse_annotation(const TyExpr *e)
{
    Unparser u = { .depth_limit = 3 * (ty_state.recursion_limit - ty_state.recursion_depth) };
    tyBuf_init(&u.b);
    if (expr(&u, e, PR_TEST) < 0) {
        tyBuf_free(&u.b);
        return NULL;
    }
    return tyBuf_finish(&u.b);
}
