/*
** ast.h — the abstract syntax tree the parser builds and the compiler reads.
**
** The shapes follow Python's own `ast` module (3.11), so a reader can hold
** one against `python3.11 -c "import ast; print(ast.dump(ast.parse(src)))"`.
** All nodes, arrays and strings live in a TyArena and are freed together.
** Identifiers and constants are objects (interned strs for identifiers)
** owned by the arena: like CPython, the arena keeps the literal objects of
** a module alive until the module's code has finished running, which is
** what makes sys.getrefcount of a constant match CPython's.
*/
#ifndef TY_AST_H
#define TY_AST_H

#include "object.h"

typedef struct TyArena TyArena;

TyArena *tyArena_new(void);
/* Zeroed memory that lives as long as the arena; NULL with MemoryError. */
void *tyArena_alloc(TyArena *a, size_t n);
/* The arena takes ownership of o (steals the reference); returns o, or
** NULL (and releases o) on failure. */
TyObject *tyArena_addObject(TyArena *a, TyObject *o);
/* Releases every object the arena owns and all its memory. */
void tyArena_free(TyArena *a);

/* A source position: lines are 1-based, columns 0-based UTF-8 byte offsets
** (CPython's col_offset / end_col_offset). */
typedef struct TyLoc {
    int line, col, end_line, end_col;
} TyLoc;

typedef struct TyExpr TyExpr;
typedef struct TyStmt TyStmt;

typedef struct TyExprSeq { int n; TyExpr **items; } TyExprSeq;
typedef struct TyStmtSeq { int n; TyStmt **items; } TyStmtSeq;
typedef struct TyNameSeq { int n; TyObject **items; } TyNameSeq; /* interned strs */

typedef enum { TY_CTX_LOAD, TY_CTX_STORE, TY_CTX_DEL } TyExprCtx;

typedef enum { TY_BOOL_AND, TY_BOOL_OR } TyBoolOp;

/* Comparison operators in Compare nodes. */
typedef enum {
    TY_CMP_EQ, TY_CMP_NE, TY_CMP_LT, TY_CMP_LE, TY_CMP_GT, TY_CMP_GE,
    TY_CMP_IS, TY_CMP_IS_NOT, TY_CMP_IN, TY_CMP_NOT_IN
} TyCmpOp;

/* Unary operators: TY_UNOP_* from object.h, plus `not`. */
#define TY_UNARY_NOT TY_UNOP_COUNT

typedef struct TyArg {
    TyObject *name;       /* interned str */
    TyExpr *annotation;   /* may be NULL; parsed and ignored */
    TyLoc loc;
} TyArg;

typedef struct TyArgSeq { int n; TyArg **items; } TyArgSeq;

typedef struct TyArguments {
    TyArgSeq posonlyargs;
    TyArgSeq args;
    TyArg *vararg;        /* *args, or NULL */
    TyArgSeq kwonlyargs;
    TyExprSeq kw_defaults;/* same length as kwonlyargs; NULL entries = required */
    TyArg *kwarg;         /* **kwargs, or NULL */
    TyExprSeq defaults;   /* for the last len(defaults) of posonlyargs+args */
} TyArguments;

typedef struct TyKeyword {
    TyObject *arg;        /* interned str, or NULL for **expr */
    TyExpr *value;
    TyLoc loc;
} TyKeyword;

typedef struct TyKeywordSeq { int n; TyKeyword **items; } TyKeywordSeq;

typedef struct TyComprehension {
    TyExpr *target;
    TyExpr *iter;
    TyExprSeq ifs;
    int is_async;         /* `async for` */
} TyComprehension;

typedef struct TyComprehensionSeq { int n; TyComprehension **items; } TyComprehensionSeq;

typedef enum {
    TY_EXPR_BOOLOP,      /* boolop: op, values (n >= 2) */
    TY_EXPR_NAMEDEXPR,   /* namedexpr: target (a Name), value */
    TY_EXPR_BINOP,       /* binop: left, op (TY_BINOP_*), right */
    TY_EXPR_UNARYOP,     /* unaryop: op (TY_UNOP_* or TY_UNARY_NOT), operand */
    TY_EXPR_LAMBDA,      /* lambda: args, body */
    TY_EXPR_IFEXP,       /* ifexp: test, body, orelse */
    TY_EXPR_DICT,        /* dict: keys, values (a NULL key means **values[i]) */
    TY_EXPR_SET,         /* set: elts */
    TY_EXPR_LISTCOMP,    /* comp: elt, generators */
    TY_EXPR_SETCOMP,     /* comp: elt, generators */
    TY_EXPR_DICTCOMP,    /* comp: key (in elt), value, generators */
    TY_EXPR_GENEXP,      /* comp: elt, generators */
    TY_EXPR_YIELD,       /* yield: value (may be NULL) */
    TY_EXPR_YIELDFROM,   /* yield: value */
    TY_EXPR_COMPARE,     /* compare: left, ops, comparators */
    TY_EXPR_CALL,        /* call: func, args (may hold STARRED), keywords */
    TY_EXPR_FORMATTED,   /* formatted: value, conversion (-1,'s','r','a'), format_spec (JoinedStr or NULL) */
    TY_EXPR_JOINEDSTR,   /* joinedstr: values (Constant str and FormattedValue) */
    TY_EXPR_CONSTANT,    /* constant: value (int, float, str, bytes, None, True, False, Ellipsis),
                            u_prefix (a str whose first literal is u'...': ast's kind='u') */
    TY_EXPR_ATTRIBUTE,   /* attribute: value, attr, ctx */
    TY_EXPR_SUBSCRIPT,   /* subscript: value, slice, ctx */
    TY_EXPR_STARRED,     /* starred: value, ctx */
    TY_EXPR_NAME,        /* name: id, ctx */
    TY_EXPR_LIST,        /* seq: elts, ctx */
    TY_EXPR_TUPLE,       /* seq: elts, ctx */
    TY_EXPR_SLICE,       /* slice: lower, upper, step (each may be NULL) */
    TY_EXPR_AWAIT,       /* await: value */
} TyExprKind;

struct TyExpr {
    TyExprKind kind;
    TyLoc loc;
    bool folded;          /* the compiler's constant folding has seen it */
    union {
        struct { TyBoolOp op; TyExprSeq values; } boolop;
        struct { TyExpr *target; TyExpr *value; } namedexpr;
        struct { TyExpr *left; int op; TyExpr *right; } binop;
        struct { int op; TyExpr *operand; } unaryop;
        struct { TyArguments *args; TyExpr *body; } lambda;
        struct { TyExpr *test; TyExpr *body; TyExpr *orelse; } ifexp;
        struct { TyExprSeq keys; TyExprSeq values; } dict;
        struct { TyExprSeq elts; } set;
        struct { TyExpr *elt; TyExpr *value; TyComprehensionSeq generators; } comp;
        struct { TyExpr *value; } yield;
        struct { TyExpr *value; } await;
        struct { TyExpr *left; int nops; TyCmpOp *ops; TyExprSeq comparators; } compare;
        struct { TyExpr *func; TyExprSeq args; TyKeywordSeq keywords; } call;
        struct { TyExpr *value; int conversion; TyExpr *format_spec; } formatted;
        struct { TyExprSeq values; } joinedstr;
        struct { TyObject *value; bool u_prefix; } constant;
        struct { TyExpr *value; TyObject *attr; TyExprCtx ctx; } attribute;
        struct { TyExpr *value; TyExpr *slice; TyExprCtx ctx; } subscript;
        struct { TyExpr *value; TyExprCtx ctx; } starred;
        struct { TyObject *id; TyExprCtx ctx; } name;
        struct { TyExprSeq elts; TyExprCtx ctx; } seq;
        struct { TyExpr *lower; TyExpr *upper; TyExpr *step; } slice;
    } v;
};

typedef struct TyAlias {
    TyObject *name;       /* dotted name as one str ("os.path"), or "*" */
    TyObject *asname;     /* may be NULL */
    TyLoc loc;
} TyAlias;

typedef struct TyAliasSeq { int n; TyAlias **items; } TyAliasSeq;

typedef struct TyWithItem {
    TyExpr *context_expr;
    TyExpr *optional_vars; /* may be NULL */
} TyWithItem;

typedef struct TyWithItemSeq { int n; TyWithItem **items; } TyWithItemSeq;

typedef struct TyExceptHandler {
    TyExpr *type;         /* may be NULL (bare except) */
    TyObject *name;       /* may be NULL */
    TyStmtSeq body;
    TyLoc loc;
} TyExceptHandler;

typedef struct TyHandlerSeq { int n; TyExceptHandler **items; } TyHandlerSeq;

/* Patterns of match statements (PEP 634), as Python's ast has them. */
typedef struct TyPattern TyPattern;
typedef struct TyPatternSeq { int n; TyPattern **items; } TyPatternSeq;

typedef enum {
    TY_PAT_VALUE,        /* value: value (a Constant, an Attribute, or -x / a+bj before folding) */
    TY_PAT_SINGLETON,    /* value: value (None, True or False; in `constant`) */
    TY_PAT_SEQUENCE,     /* seq: patterns (at most one TY_PAT_STAR) */
    TY_PAT_MAPPING,      /* mapping: keys, patterns, rest (may be NULL) */
    TY_PAT_CLASS,        /* cls: cls, patterns, kwd_attrs, kwd_patterns */
    TY_PAT_STAR,         /* star: name (NULL for *_) */
    TY_PAT_AS,           /* as: pattern (NULL: capture or wildcard), name (NULL: _) */
    TY_PAT_OR,           /* seq: patterns (n >= 2) */
} TyPatternKind;

struct TyPattern {
    TyPatternKind kind;
    TyLoc loc;
    union {
        struct { TyExpr *value; TyObject *constant; } value;
        struct { TyPatternSeq patterns; } seq;
        struct { TyExprSeq keys; TyPatternSeq patterns; TyObject *rest; } mapping;
        struct { TyExpr *cls; TyPatternSeq patterns; TyNameSeq kwd_attrs; TyPatternSeq kwd_patterns; } cls;
        struct { TyObject *name; } star;
        struct { TyPattern *pattern; TyObject *name; } as;
    } v;
};

typedef struct TyMatchCase {
    TyPattern *pattern;
    TyExpr *guard;        /* may be NULL */
    TyStmtSeq body;
} TyMatchCase;

typedef struct TyMatchCaseSeq { int n; TyMatchCase **items; } TyMatchCaseSeq;

typedef enum {
    TY_STMT_FUNCTIONDEF, /* funcdef: name, args, body, decorators, returns, is_async */
    TY_STMT_CLASSDEF,    /* classdef: name, bases, keywords, body, decorators */
    TY_STMT_RETURN,      /* ret: value (may be NULL) */
    TY_STMT_DELETE,      /* del: targets */
    TY_STMT_ASSIGN,      /* assign: targets (n >= 1), value */
    TY_STMT_AUGASSIGN,   /* augassign: target, op (TY_BINOP_*), value */
    TY_STMT_ANNASSIGN,   /* annassign: target, annotation, value (may be NULL), simple */
    TY_STMT_FOR,         /* loop: target, iter, body, orelse, is_async */
    TY_STMT_WHILE,       /* loop: test (in iter), body, orelse */
    TY_STMT_IF,          /* if_: test, body, orelse */
    TY_STMT_WITH,        /* with: items, body, is_async */
    TY_STMT_RAISE,       /* raise: exc (may be NULL), cause (may be NULL) */
    TY_STMT_TRY,         /* try_: body, handlers, orelse, finalbody, star (TryStar: except*) */
    TY_STMT_ASSERT,      /* assert_: test, msg (may be NULL) */
    TY_STMT_IMPORT,      /* import: names */
    TY_STMT_IMPORTFROM,  /* import: module (may be NULL for `from . import x`), names, level */
    TY_STMT_GLOBAL,      /* names: names */
    TY_STMT_NONLOCAL,    /* names: names */
    TY_STMT_EXPR,        /* expr: value */
    TY_STMT_PASS,
    TY_STMT_BREAK,
    TY_STMT_CONTINUE,
    TY_STMT_MATCH,       /* match: subject, cases */
} TyStmtKind;

struct TyStmt {
    TyStmtKind kind;
    TyLoc loc;
    union {
        struct { TyObject *name; TyArguments *args; TyStmtSeq body; TyExprSeq decorators; TyExpr *returns; int is_async; } funcdef;
        struct { TyObject *name; TyExprSeq bases; TyKeywordSeq keywords; TyStmtSeq body; TyExprSeq decorators; } classdef;
        struct { TyExpr *value; } ret;
        struct { TyExprSeq targets; } del;
        struct { TyExprSeq targets; TyExpr *value; } assign;
        struct { TyExpr *target; int op; TyExpr *value; } augassign;
        struct { TyExpr *target; TyExpr *annotation; TyExpr *value; int simple; } annassign;
        struct { TyExpr *target; TyExpr *iter; TyStmtSeq body; TyStmtSeq orelse; int is_async; } loop;
        struct { TyExpr *test; TyStmtSeq body; TyStmtSeq orelse; } if_;
        struct { TyWithItemSeq items; TyStmtSeq body; int is_async; } with;
        struct { TyExpr *exc; TyExpr *cause; } raise;
        struct { TyStmtSeq body; TyHandlerSeq handlers; TyStmtSeq orelse; TyStmtSeq finalbody; bool star; } try_;
        struct { TyExpr *test; TyExpr *msg; } assert_;
        struct { TyObject *module; TyAliasSeq names; int level; } import;
        struct { TyNameSeq names; } names;
        struct { TyExpr *value; } expr;
        struct { TyExpr *subject; TyMatchCaseSeq cases; } match;
    } v;
};

/* A parsed unit: a module (file, -c, stdin), one interactive input (the
** REPL: expression statements echo their value), or one expression. */
typedef enum { TY_MODE_FILE, TY_MODE_SINGLE, TY_MODE_EVAL } TyParseMode;

typedef struct TyModuleAST {
    TyParseMode mode;
    TyStmtSeq body;       /* FILE and SINGLE */
    TyExpr *expr;         /* EVAL */
} TyModuleAST;

/*
** The tree in the format of Python 3.11's ast.dump(tree) with its default
** arguments (no attributes, no indentation): "Module(body=[...],
** type_ignores=[])", "Interactive(body=[...])" or "Expression(body=...)".
** New reference to a str, or NULL with an exception set.  For tests and
** debugging.
*/
TyObject *tyAst_dump(const TyModuleAST *mod);
/* The same with positions: ast.dump(tree, include_attributes=True). */
TyObject *tyAst_dumpAttributes(const TyModuleAST *mod);

#endif
