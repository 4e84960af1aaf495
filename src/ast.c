/*
** ast.c — the arena the parser builds trees in, and the tree dumper.
**
** The arena hands out zeroed memory by bumping a pointer through chunks,
** so a whole tree is freed at once; it also owns the objects the tree
** refers to (identifiers and constants) and releases them when it is
** freed.  Chunks start small and double up to CHUNK_SIZE, so the many
** tiny trees of eval() and the REPL cost little.
*/
#include "tally.h"
#include "ast.h"

#define FIRST_CHUNK_SIZE 1024
#define CHUNK_SIZE (32 * 1024)
#define ALIGN 16

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    /* The memory follows, aligned. */
    _Alignas(ALIGN) char data[];
} Chunk;

struct TyArena {
    Chunk *chunks;          /* the current chunk first */
    TyObject **objects;
    size_t nobjects, capobjects;
};

static Chunk *newchunk(size_t size)
{
    Chunk *c = tyMem_calloc(1, sizeof(Chunk) + size);
    if (c == NULL)
        return NULL;
    c->size = size;
    return c;
}

TyArena *tyArena_new(void)
{
    TyArena *a = tyMem_calloc(1, sizeof *a);
    if (a == NULL)
        return NULL;
    a->chunks = newchunk(FIRST_CHUNK_SIZE);
    if (a->chunks == NULL) {
        tyMem_free(a);
        return NULL;
    }
    return a;
}

void *tyArena_alloc(TyArena *a, size_t n)
{
    Chunk *c = a->chunks;
    void *p;

    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0)
        n = ALIGN;
    if (c->size - c->used < n) {
        /* Big requests get a chunk of their own behind the current one, so
        ** the rest of the current chunk stays usable. */
        if (n > CHUNK_SIZE / 4) {
            Chunk *big = newchunk(n);
            if (big == NULL)
                return NULL;
            big->used = n;
            big->next = c->next;
            c->next = big;
            return big->data;
        }
        size_t size = c->size < CHUNK_SIZE ? c->size * 2 : CHUNK_SIZE;
        c = newchunk(size >= n ? size : CHUNK_SIZE);
        if (c == NULL)
            return NULL;
        c->next = a->chunks;
        a->chunks = c;
    }
    p = c->data + c->used;
    c->used += n;
    return p;
}

TyObject *tyArena_addObject(TyArena *a, TyObject *o)
{
    if (a->nobjects == a->capobjects) {
        size_t ncap = a->capobjects ? a->capobjects * 2 : 64;
        TyObject **no = tyMem_realloc(a->objects, ncap * sizeof *no);
        if (no == NULL) {
            TY_DECREF(o);
            return NULL;
        }
        a->objects = no;
        a->capobjects = ncap;
    }
    a->objects[a->nobjects++] = o;
    return o;
}

void tyArena_free(TyArena *a)
{
    Chunk *c, *next;
    size_t i;

    if (a == NULL)
        return;
    for (i = 0; i < a->nobjects; i++)
        TY_DECREF(a->objects[i]);
    tyMem_free(a->objects);
    for (c = a->chunks; c; c = next) {
        next = c->next;
        tyMem_free(c);
    }
    tyMem_free(a);
}

/* ---------------------------------------------------------------------- */
/* The dumper: ast.dump's format                                            */

typedef struct Dump {
    TyStrBuilder b;
    bool failed;
    bool attributes;        /* include_attributes=True */
    int depth;
} Dump;

/* The parser bounds the depth of trees; this bound only guards the C
** stack against trees built some other way. */
#define MAXDUMPDEPTH 20000

static void put(Dump *d, const char *s)
{
    if (!d->failed && tyBuf_appendC(&d->b, s) < 0)
        d->failed = true;
}

static void putrepr(Dump *d, TyObject *o)
{
    if (!d->failed && tyBuf_appendRepr(&d->b, o) < 0)
        d->failed = true;
}

static void putint(Dump *d, long v)
{
    if (!d->failed && tyBuf_appendFormat(&d->b, "%ld", v) < 0)
        d->failed = true;
}

/* The position fields of include_attributes=True; `first` when the node
** printed no field before them. */
static void attrs(Dump *d, const TyLoc *l, bool first)
{
    if (!d->attributes || d->failed)
        return;
    if (tyBuf_appendFormat(&d->b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                           first ? "" : ", ", l->line, l->col, l->end_line, l->end_col) < 0)
        d->failed = true;
}

/* ", name=" or "name=" for the first field. */
static void field(Dump *d, const char *name, bool *first)
{
    if (!*first)
        put(d, ", ");
    *first = false;
    put(d, name);
    put(d, "=");
}

static void expr(Dump *d, const TyExpr *e);
static void stmt(Dump *d, const TyStmt *s);

static void exprs(Dump *d, const TyExprSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        if (i)
            put(d, ", ");
        if (seq->items[i])
            expr(d, seq->items[i]);
        else
            put(d, "None");
    }
    put(d, "]");
}

static void stmts(Dump *d, const TyStmtSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        if (i)
            put(d, ", ");
        stmt(d, seq->items[i]);
    }
    put(d, "]");
}

static void names(Dump *d, const TyNameSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        if (i)
            put(d, ", ");
        putrepr(d, seq->items[i]);
    }
    put(d, "]");
}

/* An optional field: omitted when NULL (ast.dump leaves out None
** values of optional fields). */
static void optexpr(Dump *d, const char *name, const TyExpr *e, bool *first)
{
    if (e) {
        field(d, name, first);
        expr(d, e);
    }
}

static const char *ctxname(TyExprCtx ctx)
{
    return ctx == TY_CTX_STORE ? "Store()" : ctx == TY_CTX_DEL ? "Del()" : "Load()";
}

static const char *binopname(int op)
{
    switch (op) {
    case TY_BINOP_ADD: return "Add()";
    case TY_BINOP_SUB: return "Sub()";
    case TY_BINOP_MUL: return "Mult()";
    case TY_BINOP_TRUEDIV: return "Div()";
    case TY_BINOP_FLOORDIV: return "FloorDiv()";
    case TY_BINOP_MOD: return "Mod()";
    case TY_BINOP_POW: return "Pow()";
    case TY_BINOP_LSHIFT: return "LShift()";
    case TY_BINOP_RSHIFT: return "RShift()";
    case TY_BINOP_AND: return "BitAnd()";
    case TY_BINOP_OR: return "BitOr()";
    case TY_BINOP_XOR: return "BitXor()";
    case TY_BINOP_MATMUL: return "MatMult()";
    default: return "?";
    }
}

static const char *unopname(int op)
{
    switch (op) {
    case TY_UNOP_NEG: return "USub()";
    case TY_UNOP_POS: return "UAdd()";
    case TY_UNOP_INVERT: return "Invert()";
    case TY_UNARY_NOT: return "Not()";
    default: return "?";
    }
}

static const char *cmpname(TyCmpOp op)
{
    static const char *const n[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()",
                                    "Is()", "IsNot()", "In()", "NotIn()"};
    return (unsigned)op < TY_ARRAY_LEN(n) ? n[op] : "?";
}

static void arg(Dump *d, const TyArg *a)
{
    bool first = true;
    put(d, "arg(");
    field(d, "arg", &first);
    putrepr(d, a->name);
    optexpr(d, "annotation", a->annotation, &first);
    attrs(d, &a->loc, false);
    put(d, ")");
}

static void args(Dump *d, const TyArgSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        if (i)
            put(d, ", ");
        arg(d, seq->items[i]);
    }
    put(d, "]");
}

static void arguments(Dump *d, const TyArguments *a)
{
    bool first = true;
    put(d, "arguments(");
    field(d, "posonlyargs", &first);
    args(d, &a->posonlyargs);
    field(d, "args", &first);
    args(d, &a->args);
    if (a->vararg) {
        field(d, "vararg", &first);
        arg(d, a->vararg);
    }
    field(d, "kwonlyargs", &first);
    args(d, &a->kwonlyargs);
    field(d, "kw_defaults", &first);
    exprs(d, &a->kw_defaults);
    if (a->kwarg) {
        field(d, "kwarg", &first);
        arg(d, a->kwarg);
    }
    field(d, "defaults", &first);
    exprs(d, &a->defaults);
    put(d, ")");
}

static void keywords(Dump *d, const TyKeywordSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        bool first = true;
        if (i)
            put(d, ", ");
        put(d, "keyword(");
        if (seq->items[i]->arg) {
            field(d, "arg", &first);
            putrepr(d, seq->items[i]->arg);
        }
        field(d, "value", &first);
        expr(d, seq->items[i]->value);
        attrs(d, &seq->items[i]->loc, false);
        put(d, ")");
    }
    put(d, "]");
}

static void comprehensions(Dump *d, const TyComprehensionSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        const TyComprehension *c = seq->items[i];
        if (i)
            put(d, ", ");
        put(d, "comprehension(target=");
        expr(d, c->target);
        put(d, ", iter=");
        expr(d, c->iter);
        put(d, ", ifs=");
        exprs(d, &c->ifs);
        put(d, ", is_async=");
        putint(d, c->is_async);
        put(d, ")");
    }
    put(d, "]");
}

static void expr(Dump *d, const TyExpr *e)
{
    bool first = true;

    if (d->failed)
        return;
    if (++d->depth > MAXDUMPDEPTH) {
        tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded");
        d->failed = true;
        return;
    }
    switch (e->kind) {
    case TY_EXPR_BOOLOP:
        put(d, "BoolOp(op=");
        put(d, e->v.boolop.op == TY_BOOL_AND ? "And()" : "Or()");
        put(d, ", values=");
        exprs(d, &e->v.boolop.values);
        break;
    case TY_EXPR_NAMEDEXPR:
        put(d, "NamedExpr(target=");
        expr(d, e->v.namedexpr.target);
        put(d, ", value=");
        expr(d, e->v.namedexpr.value);
        break;
    case TY_EXPR_BINOP:
        put(d, "BinOp(left=");
        expr(d, e->v.binop.left);
        put(d, ", op=");
        put(d, binopname(e->v.binop.op));
        put(d, ", right=");
        expr(d, e->v.binop.right);
        break;
    case TY_EXPR_UNARYOP:
        put(d, "UnaryOp(op=");
        put(d, unopname(e->v.unaryop.op));
        put(d, ", operand=");
        expr(d, e->v.unaryop.operand);
        break;
    case TY_EXPR_LAMBDA:
        put(d, "Lambda(args=");
        arguments(d, e->v.lambda.args);
        put(d, ", body=");
        expr(d, e->v.lambda.body);
        break;
    case TY_EXPR_IFEXP:
        put(d, "IfExp(test=");
        expr(d, e->v.ifexp.test);
        put(d, ", body=");
        expr(d, e->v.ifexp.body);
        put(d, ", orelse=");
        expr(d, e->v.ifexp.orelse);
        break;
    case TY_EXPR_DICT:
        put(d, "Dict(keys=");
        exprs(d, &e->v.dict.keys);
        put(d, ", values=");
        exprs(d, &e->v.dict.values);
        break;
    case TY_EXPR_SET:
        put(d, "Set(elts=");
        exprs(d, &e->v.set.elts);
        break;
    case TY_EXPR_LISTCOMP:
    case TY_EXPR_SETCOMP:
    case TY_EXPR_GENEXP:
        put(d, e->kind == TY_EXPR_LISTCOMP ? "ListComp(elt=" :
               e->kind == TY_EXPR_SETCOMP ? "SetComp(elt=" : "GeneratorExp(elt=");
        expr(d, e->v.comp.elt);
        put(d, ", generators=");
        comprehensions(d, &e->v.comp.generators);
        break;
    case TY_EXPR_DICTCOMP:
        put(d, "DictComp(key=");
        expr(d, e->v.comp.elt);
        put(d, ", value=");
        expr(d, e->v.comp.value);
        put(d, ", generators=");
        comprehensions(d, &e->v.comp.generators);
        break;
    case TY_EXPR_YIELDFROM:
        put(d, "YieldFrom(value=");
        expr(d, e->v.yield.value);
        break;
    case TY_EXPR_AWAIT:
        put(d, "Await(value=");
        expr(d, e->v.await.value);
        break;
    case TY_EXPR_COMPARE:
        put(d, "Compare(left=");
        expr(d, e->v.compare.left);
        put(d, ", ops=[");
        for (int i = 0; i < e->v.compare.nops; i++) {
            if (i)
                put(d, ", ");
            put(d, cmpname(e->v.compare.ops[i]));
        }
        put(d, "], comparators=");
        exprs(d, &e->v.compare.comparators);
        break;
    case TY_EXPR_CALL:
        put(d, "Call(func=");
        expr(d, e->v.call.func);
        put(d, ", args=");
        exprs(d, &e->v.call.args);
        put(d, ", keywords=");
        keywords(d, &e->v.call.keywords);
        break;
    case TY_EXPR_FORMATTED:
        put(d, "FormattedValue(value=");
        expr(d, e->v.formatted.value);
        put(d, ", conversion=");
        putint(d, e->v.formatted.conversion);
        first = false;
        optexpr(d, "format_spec", e->v.formatted.format_spec, &first);
        break;
    case TY_EXPR_JOINEDSTR:
        put(d, "JoinedStr(values=");
        exprs(d, &e->v.joinedstr.values);
        break;
    case TY_EXPR_CONSTANT:
        put(d, "Constant(value=");
        if (e->v.constant.value == TY_ELLIPSIS)
            put(d, "Ellipsis");
        else
            putrepr(d, e->v.constant.value);
        if (e->v.constant.u_prefix)
            put(d, ", kind='u'");
        break;
    case TY_EXPR_ATTRIBUTE:
        put(d, "Attribute(value=");
        expr(d, e->v.attribute.value);
        put(d, ", attr=");
        putrepr(d, e->v.attribute.attr);
        put(d, ", ctx=");
        put(d, ctxname(e->v.attribute.ctx));
        break;
    case TY_EXPR_SUBSCRIPT:
        put(d, "Subscript(value=");
        expr(d, e->v.subscript.value);
        put(d, ", slice=");
        expr(d, e->v.subscript.slice);
        put(d, ", ctx=");
        put(d, ctxname(e->v.subscript.ctx));
        break;
    case TY_EXPR_STARRED:
        put(d, "Starred(value=");
        expr(d, e->v.starred.value);
        put(d, ", ctx=");
        put(d, ctxname(e->v.starred.ctx));
        break;
    case TY_EXPR_NAME:
        put(d, "Name(id=");
        putrepr(d, e->v.name.id);
        put(d, ", ctx=");
        put(d, ctxname(e->v.name.ctx));
        break;
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        put(d, e->kind == TY_EXPR_LIST ? "List(elts=" : "Tuple(elts=");
        exprs(d, &e->v.seq.elts);
        put(d, ", ctx=");
        put(d, ctxname(e->v.seq.ctx));
        break;
    case TY_EXPR_SLICE:
        put(d, "Slice(");
        optexpr(d, "lower", e->v.slice.lower, &first);
        optexpr(d, "upper", e->v.slice.upper, &first);
        optexpr(d, "step", e->v.slice.step, &first);
        attrs(d, &e->loc, first);
        put(d, ")");
        d->depth--;
        return;
    case TY_EXPR_YIELD:
        put(d, "Yield(");
        optexpr(d, "value", e->v.yield.value, &first);
        attrs(d, &e->loc, first);
        put(d, ")");
        d->depth--;
        return;
    }
    attrs(d, &e->loc, false);
    put(d, ")");
    d->depth--;
}

static void withitems(Dump *d, const TyWithItemSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        bool first = false;
        if (i)
            put(d, ", ");
        put(d, "withitem(context_expr=");
        expr(d, seq->items[i]->context_expr);
        optexpr(d, "optional_vars", seq->items[i]->optional_vars, &first);
        put(d, ")");
    }
    put(d, "]");
}

static void handlers(Dump *d, const TyHandlerSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        const TyExceptHandler *h = seq->items[i];
        bool first = true;
        if (i)
            put(d, ", ");
        put(d, "ExceptHandler(");
        optexpr(d, "type", h->type, &first);
        if (h->name) {
            field(d, "name", &first);
            putrepr(d, h->name);
        }
        field(d, "body", &first);
        stmts(d, &h->body);
        attrs(d, &h->loc, false);
        put(d, ")");
    }
    put(d, "]");
}

static void aliases(Dump *d, const TyAliasSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        if (i)
            put(d, ", ");
        put(d, "alias(name=");
        putrepr(d, seq->items[i]->name);
        if (seq->items[i]->asname) {
            put(d, ", asname=");
            putrepr(d, seq->items[i]->asname);
        }
        attrs(d, &seq->items[i]->loc, false);
        put(d, ")");
    }
    put(d, "]");
}

static void pattern(Dump *d, const TyPattern *p);

static void patterns(Dump *d, const TyPatternSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        if (i)
            put(d, ", ");
        pattern(d, seq->items[i]);
    }
    put(d, "]");
}

/* An optional identifier field: omitted when NULL. */
static void optname(Dump *d, const char *name, TyObject *o, bool *first)
{
    if (o) {
        field(d, name, first);
        putrepr(d, o);
    }
}

static void pattern(Dump *d, const TyPattern *p)
{
    bool first = true;

    if (d->failed)
        return;
    if (++d->depth > MAXDUMPDEPTH) {
        d->failed = true;
        tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded");
        return;
    }
    switch (p->kind) {
    case TY_PAT_VALUE:
        put(d, "MatchValue(value=");
        expr(d, p->v.value.value);
        first = false;
        break;
    case TY_PAT_SINGLETON:
        put(d, "MatchSingleton(value=");
        putrepr(d, p->v.value.constant);
        first = false;
        break;
    case TY_PAT_SEQUENCE:
    case TY_PAT_OR:
        put(d, p->kind == TY_PAT_OR ? "MatchOr(patterns=" : "MatchSequence(patterns=");
        patterns(d, &p->v.seq.patterns);
        first = false;
        break;
    case TY_PAT_MAPPING:
        put(d, "MatchMapping(keys=");
        exprs(d, &p->v.mapping.keys);
        put(d, ", patterns=");
        patterns(d, &p->v.mapping.patterns);
        first = false;
        optname(d, "rest", p->v.mapping.rest, &first);
        break;
    case TY_PAT_CLASS:
        put(d, "MatchClass(cls=");
        expr(d, p->v.cls.cls);
        put(d, ", patterns=");
        patterns(d, &p->v.cls.patterns);
        put(d, ", kwd_attrs=");
        names(d, &p->v.cls.kwd_attrs);
        put(d, ", kwd_patterns=");
        patterns(d, &p->v.cls.kwd_patterns);
        first = false;
        break;
    case TY_PAT_STAR:
        put(d, "MatchStar(");
        optname(d, "name", p->v.star.name, &first);
        break;
    case TY_PAT_AS:
        put(d, "MatchAs(");
        if (p->v.as.pattern) {
            field(d, "pattern", &first);
            pattern(d, p->v.as.pattern);
        }
        optname(d, "name", p->v.as.name, &first);
        break;
    }
    attrs(d, &p->loc, first);
    put(d, ")");
    d->depth--;
}

static void matchcases(Dump *d, const TyMatchCaseSeq *seq)
{
    put(d, "[");
    for (int i = 0; i < seq->n; i++) {
        const TyMatchCase *m = seq->items[i];
        bool first = false;
        if (i)
            put(d, ", ");
        put(d, "match_case(pattern=");
        pattern(d, m->pattern);
        optexpr(d, "guard", m->guard, &first);
        put(d, ", body=");
        stmts(d, &m->body);
        put(d, ")");
    }
    put(d, "]");
}

static void stmt(Dump *d, const TyStmt *s)
{
    bool first = true;

    if (d->failed)
        return;
    switch (s->kind) {
    case TY_STMT_FUNCTIONDEF:
        put(d, s->v.funcdef.is_async ? "AsyncFunctionDef(name=" : "FunctionDef(name=");
        putrepr(d, s->v.funcdef.name);
        put(d, ", args=");
        arguments(d, s->v.funcdef.args);
        put(d, ", body=");
        stmts(d, &s->v.funcdef.body);
        put(d, ", decorator_list=");
        exprs(d, &s->v.funcdef.decorators);
        first = false;
        optexpr(d, "returns", s->v.funcdef.returns, &first);
        break;
    case TY_STMT_CLASSDEF:
        put(d, "ClassDef(name=");
        putrepr(d, s->v.classdef.name);
        put(d, ", bases=");
        exprs(d, &s->v.classdef.bases);
        put(d, ", keywords=");
        keywords(d, &s->v.classdef.keywords);
        put(d, ", body=");
        stmts(d, &s->v.classdef.body);
        put(d, ", decorator_list=");
        exprs(d, &s->v.classdef.decorators);
        break;
    case TY_STMT_RETURN:
        put(d, "Return(");
        optexpr(d, "value", s->v.ret.value, &first);
        attrs(d, &s->loc, first);
        put(d, ")");
        return;
    case TY_STMT_DELETE:
        put(d, "Delete(targets=");
        exprs(d, &s->v.del.targets);
        break;
    case TY_STMT_ASSIGN:
        put(d, "Assign(targets=");
        exprs(d, &s->v.assign.targets);
        put(d, ", value=");
        expr(d, s->v.assign.value);
        break;
    case TY_STMT_AUGASSIGN:
        put(d, "AugAssign(target=");
        expr(d, s->v.augassign.target);
        put(d, ", op=");
        put(d, binopname(s->v.augassign.op));
        put(d, ", value=");
        expr(d, s->v.augassign.value);
        break;
    case TY_STMT_ANNASSIGN:
        put(d, "AnnAssign(target=");
        expr(d, s->v.annassign.target);
        put(d, ", annotation=");
        expr(d, s->v.annassign.annotation);
        first = false;
        optexpr(d, "value", s->v.annassign.value, &first);
        put(d, ", simple=");
        putint(d, s->v.annassign.simple);
        break;
    case TY_STMT_FOR:
        put(d, s->v.loop.is_async ? "AsyncFor(target=" : "For(target=");
        expr(d, s->v.loop.target);
        put(d, ", iter=");
        expr(d, s->v.loop.iter);
        put(d, ", body=");
        stmts(d, &s->v.loop.body);
        put(d, ", orelse=");
        stmts(d, &s->v.loop.orelse);
        break;
    case TY_STMT_WHILE:
        put(d, "While(test=");
        expr(d, s->v.loop.iter);
        put(d, ", body=");
        stmts(d, &s->v.loop.body);
        put(d, ", orelse=");
        stmts(d, &s->v.loop.orelse);
        break;
    case TY_STMT_IF:
        put(d, "If(test=");
        expr(d, s->v.if_.test);
        put(d, ", body=");
        stmts(d, &s->v.if_.body);
        put(d, ", orelse=");
        stmts(d, &s->v.if_.orelse);
        break;
    case TY_STMT_WITH:
        put(d, s->v.with.is_async ? "AsyncWith(items=" : "With(items=");
        withitems(d, &s->v.with.items);
        put(d, ", body=");
        stmts(d, &s->v.with.body);
        break;
    case TY_STMT_RAISE:
        put(d, "Raise(");
        optexpr(d, "exc", s->v.raise.exc, &first);
        optexpr(d, "cause", s->v.raise.cause, &first);
        attrs(d, &s->loc, first);
        put(d, ")");
        return;
    case TY_STMT_TRY:
        put(d, s->v.try_.star ? "TryStar(body=" : "Try(body=");
        stmts(d, &s->v.try_.body);
        put(d, ", handlers=");
        handlers(d, &s->v.try_.handlers);
        put(d, ", orelse=");
        stmts(d, &s->v.try_.orelse);
        put(d, ", finalbody=");
        stmts(d, &s->v.try_.finalbody);
        break;
    case TY_STMT_ASSERT:
        put(d, "Assert(test=");
        expr(d, s->v.assert_.test);
        first = false;
        optexpr(d, "msg", s->v.assert_.msg, &first);
        break;
    case TY_STMT_IMPORT:
        put(d, "Import(names=");
        aliases(d, &s->v.import.names);
        break;
    case TY_STMT_IMPORTFROM:
        put(d, "ImportFrom(");
        if (s->v.import.module) {
            field(d, "module", &first);
            putrepr(d, s->v.import.module);
        }
        field(d, "names", &first);
        aliases(d, &s->v.import.names);
        put(d, ", level=");
        putint(d, s->v.import.level);
        break;
    case TY_STMT_GLOBAL:
    case TY_STMT_NONLOCAL:
        put(d, s->kind == TY_STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=");
        names(d, &s->v.names.names);
        break;
    case TY_STMT_EXPR:
        put(d, "Expr(value=");
        expr(d, s->v.expr.value);
        break;
    case TY_STMT_MATCH:
        put(d, "Match(subject=");
        expr(d, s->v.match.subject);
        put(d, ", cases=");
        matchcases(d, &s->v.match.cases);
        break;
    case TY_STMT_PASS:
    case TY_STMT_BREAK:
    case TY_STMT_CONTINUE:
        put(d, s->kind == TY_STMT_PASS ? "Pass(" : s->kind == TY_STMT_BREAK ? "Break(" : "Continue(");
        attrs(d, &s->loc, true);
        put(d, ")");
        return;
    }
    attrs(d, &s->loc, false);
    put(d, ")");
}

static TyObject *dump(const TyModuleAST *mod, bool attributes)
{
    Dump d;

    tyBuf_init(&d.b);
    d.failed = false;
    d.attributes = attributes;
    d.depth = 0;
    switch (mod->mode) {
    case TY_MODE_EVAL:
        put(&d, "Expression(body=");
        expr(&d, mod->expr);
        put(&d, ")");
        break;
    case TY_MODE_SINGLE:
        put(&d, "Interactive(body=");
        stmts(&d, &mod->body);
        put(&d, ")");
        break;
    default:
        put(&d, "Module(body=");
        stmts(&d, &mod->body);
        put(&d, ", type_ignores=[])");
        break;
    }
    if (d.failed) {
        tyBuf_free(&d.b);
        return NULL;
    }
    return tyBuf_finish(&d.b);
}

TyObject *tyAst_dump(const TyModuleAST *mod)
{
    return dump(mod, false);
}

TyObject *tyAst_dumpAttributes(const TyModuleAST *mod)
{
    return dump(mod, true);
}
