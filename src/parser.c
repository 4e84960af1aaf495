/*
** parser.c — the recursive-descent parser: tokens to the tree of ast.h.
**
** Each parse function implements one rule of grammar/tally.ebnf (its block
** comment names the rule) and returns a node, or NULL once an error has
** been recorded in the parser (p->err); callers simply return NULL too.
**
** CPython 3.11's PEG parser reports errors in two passes: a plain pass, and
** on failure a second one with extra "invalid_*" rules that recognise common
** mistakes.  This parser recognises those mistakes at the point where it
** fails (or, for assignment targets, when it checks them), and produces the
** same message and the same position.  Where no special rule applies the
** error is "invalid syntax" at the token where parsing stopped.
**
** Tokens are fetched lazily into an array (p->toks), so the parser can look
** ahead freely and rewind for the few places where Python's grammar needs
** it; the array grows by doubling, nodes come from the arena, and lists
** are built on a scratch stack and copied into the arena once complete.
*/
#include <ctype.h>
#include "tally.h"
#include "parser.h"
#include "lexer.h"
#include "unicode.h"
#include "unicode_names.h"
#include "modules/warningsmodule.h"

#define TY_ZEROLOC ((TyLoc){0, 0, 0, 0})

/* CPython's parser gives up (MemoryError) past this many nested rules. */
#define MAXDEPTH 6000
/* f-string format specs may nest replacement fields this deep. */
#define MAXFSTRINGNEST 2

typedef struct Parser Parser;

/* A recorded error: what the SyntaxError will say, and where. */
typedef struct PErr {
    bool set;
    bool nomem;          /* a MemoryError is already set */
    bool lexer;          /* from the tokenizer */
    bool raised;         /* a tokenizer error CPython raises directly */
    bool eof;            /* only because the input ended (REPL: read more) */
    TyLexErrType type;
    int line, end_line;
    /* 1-based byte offsets to convert to character offsets (CPython's
    ** conversion counts the characters in the first `col` bytes of the
    ** line), unless final_cols; 0 and -1 are kept as they are. */
    int col, end_col;
    bool final_cols;
    const char *text;    /* the source line the columns refer to */
    int textlen;
    bool fromsub;        /* from an f-string expression's sub-parser */
    char msg[300];
} PErr;

struct Parser {
    TyArena *arena;
    TyLexer *lx;
    const char *filename;
    TyParseMode mode;
    bool interactive;        /* REPL input (tyParse_source got `incomplete`) */
    bool end_token;          /* REPL input: the lexer's error at the end was
                                fetched and kept in p->lx->err, not raised */
    bool string_input;       /* compile()/exec() text or bytes, an import */
    bool text_input;         /* a str: error columns count characters */
    bool single_nl_done;     /* the end of the input was seen (and in
                                SINGLE mode a NEWLINE implied there) */
    TyToken *toks;
    int ntoks, captoks;
    int pos;
    int depth;
    void **stack;            /* scratch stack for lists being built */
    int top, capstack;
    int speculating;         /* >0: errors only mark failure */
    bool specfail;
    PErr err;
    /* f-string expressions are parsed by a sub-parser */
    Parser *parent;
    int fstring_shift;       /* CPython's starting_col_offset */
    int fstring_nest;        /* replacement fields nested in format specs */
    int feature;             /* the 3.x minor version whose grammar applies
                                (ast.parse's feature_version) */
};

static TyObject *interned(Parser *p, const char *s, size_t n);

/* ---------------------------------------------------------------------- */
/* Errors                                                                   */

static bool failed(Parser *p)
{
    return p->err.set || p->specfail;
}

/* MemoryError is already set: stop everything. */
static void *nomem(Parser *p)
{
    if (p->speculating) {
        p->specfail = true;
        p->err.nomem = true;
        p->err.set = true;
        return NULL;
    }
    p->err.set = true;
    p->err.nomem = true;
    return NULL;
}

/* nomem for functions returning bool. */
static bool outofmemory(Parser *p)
{
    nomem(p);
    return false;
}

static void settext(Parser *p, PErr *e, int line)
{
    const char *s;
    size_t n = tyLex_lineText(p->lx, line, &s);
    e->text = s;
    e->textlen = (int)n;
}

/*
** Record an error.  col/end_col are CPython's 1-based offsets before their
** conversion to characters (a token's column + 1), or 0 / -1 as CPython
** leaves them.  In an f-string sub-parser CPython reports columns relative
** to the expression text, with "f-string: " in front of the message.
*/
static void *errorv(Parser *p, TyLexErrType type, int line, int col,
                    int end_line, int end_col, const char *fmt, va_list ap)
{
    PErr *e = &p->err;

    if (p->speculating) {
        p->specfail = true;
        return NULL;
    }
    if (e->set)
        return NULL;
    memset(e, 0, sizeof *e);
    e->set = true;
    e->type = type;
    e->line = line;
    e->end_line = end_line;
    e->col = col;
    e->end_col = end_col;
    if (p->parent) {
        size_t n = strlen("f-string: ");
        memcpy(e->msg, "f-string: ", n);
        vsnprintf(e->msg + n, sizeof e->msg - n, fmt, ap);
        if (e->col > 0)
            e->col -= p->fstring_shift;
        if (e->end_col > 0)
            e->end_col -= p->fstring_shift;
    } else {
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    }
    settext(p, e, line);
    return NULL;
}

/* An error at explicit 1-based offsets (see errorv). */
static void *errorat(Parser *p, TyLexErrType type, int line, int col,
                     int end_line, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
static void *errorat(Parser *p, TyLexErrType type, int line, int col,
                     int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errorv(p, type, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

static TyToken *tokat(Parser *p, int i);

/*
** The column CPython gives a token it does not know the position of
** (INDENT, DEDENT, ENDMARKER): the tokenizer's position on the line, which
** is the start of the line once it has read a file to its end.  Single
** mode never reads a file that way: its text is compile()'s or the REPL's,
** whose end is the end of its last line.
*/
/*
** compile()'s single input without a final newline: CPython adds none (only
** file input gets one), so the NEWLINE ending it, and the ENDMARKER, are
** implicit, placed as eval input's end is.  tally's lexer added the
** newline; its tokens stand for CPython's implicit ones.
*/
static bool implicitend(Parser *p, const TyToken *t)
{
    return p->mode == TY_MODE_SINGLE && !p->interactive && p->lx->added_newline &&
           t->start >= p->lx->limit - 1 &&
           (t->kind == TY_TOK_NEWLINE || t->kind == TY_TOK_ENDMARKER);
}

static int unknowncol(Parser *p, const TyToken *t)
{
    if (implicitend(p, t))
        return 0;
    if (t->start >= p->lx->limit && p->mode != TY_MODE_SINGLE &&
        ((!p->string_input && !p->parent) || p->mode == TY_MODE_EVAL))
        return 0;
    return t->col;
}

/* INDENT, DEDENT and ENDMARKER (and the NEWLINE compile()'s single mode
** implies at the end) have no position of their own in CPython. */
static bool unknownpos(Parser *p, const TyToken *t)
{
    return t->kind == TY_TOK_INDENT || t->kind == TY_TOK_DEDENT ||
           t->kind == TY_TOK_ENDMARKER ||
           (t->kind == TY_TOK_NEWLINE && t->start >= p->lx->limit) || implicitend(p, t);
}

/* An error at token ti (CPython's RAISE_SYNTAX_ERROR when ti was the last
** token read, or RAISE_SYNTAX_ERROR_KNOWN_LOCATION(ti)).  `action`: raised
** by a rule's action (a literal that cannot be decoded), which CPython
** places differently at the end of eval input. */
static void *errortokv(Parser *p, TyLexErrType type, int ti, bool action, const char *fmt,
                       va_list ap)
{
    TyToken *t = tokat(p, ti);
    bool wasset = p->err.set;
    if (unknownpos(p, t)) {
        /* Eval input has no final newline; CPython places its end oddly:
        ** an action's error at the tokenizer's column, the end of the
        ** line, with no end. */
        bool eval = (p->mode == TY_MODE_EVAL && t->kind == TY_TOK_ENDMARKER) || implicitend(p, t);
        int line = eval && p->lx->limit == p->lx->buf ? 0 : t->line;
        const char *text;
        if ((eval && action) || implicitend(p, t))
            errorv(p, type, line, (int)tyLex_lineText(p->lx, line, &text), line, -1, fmt, ap);
        else
            errorv(p, type, line, unknowncol(p, t), line, eval ? 0 : -1, fmt, ap);
    } else {
        errorv(p, type, t->line, t->col + 1, t->end_line, t->end_col + 1, fmt, ap);
    }
    /* An error at the end of the input: the REPL reads another line. */
    if (!wasset && p->err.set &&
        (t->kind == TY_TOK_ENDMARKER || (t->kind == TY_TOK_ERROR && p->interactive)))
        p->err.eof = true;
    return NULL;
}

static void *errortok(Parser *p, int ti, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void *errortok(Parser *p, int ti, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errortokv(p, TY_LEXERR_SYNTAX, ti, false, fmt, ap);
    va_end(ap);
    return NULL;
}

/* errortok for an error a literal's decoding raises. */
static void *actionerror(Parser *p, int ti, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void *actionerror(Parser *p, int ti, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errortokv(p, TY_LEXERR_SYNTAX, ti, true, fmt, ap);
    va_end(ap);
    return NULL;
}

/* Is a construct of Python 3.minor (`what`, "Assignment expressions
** are") newer than the grammar asked for?  True after CPython's
** SyntaxError at token ti. */
static bool toonew(Parser *p, int minor, int ti, const char *what)
{
    if (p->feature >= minor)
        return false;
    errortok(p, ti, "%s only supported in Python 3.%d and greater", what, minor);
    return true;
}

static void *indenterror(Parser *p, int ti, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void *indenterror(Parser *p, int ti, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errortokv(p, TY_LEXERR_INDENTATION, ti, false, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node). */
static void *errornode(Parser *p, const TyLoc *l, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void *errornode(Parser *p, const TyLoc *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errorv(p, TY_LEXERR_SYNTAX, l->line, l->col + 1, l->end_line, l->end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from a's start to b's end. */
static void *errorrange(Parser *p, const TyLoc *a, const TyLoc *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void *errorrange(Parser *p, const TyLoc *a, const TyLoc *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errorv(p, TY_LEXERR_SYNTAX, a->line, a->col + 1, b->end_line, b->end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* The generic error at token ti: "invalid syntax", or what CPython says
** about an unexpected INDENT / DEDENT. */
static void *invalid(Parser *p, int ti)
{
    TyToken *t = tokat(p, ti);

    if (failed(p))
        return NULL;
    if (t->kind == TY_TOK_INDENT)
        return indenterror(p, ti, "unexpected indent");
    if (t->kind == TY_TOK_DEDENT)
        return indenterror(p, ti, "unexpected unindent");
    if (unknownpos(p, t)) {
        /* CPython's column -1, made 1-based. */
        errorat(p, TY_LEXERR_SYNTAX, t->line, 0, t->line, 0, "invalid syntax");
        if (t->kind == TY_TOK_ENDMARKER)
            p->err.eof = true;
        return NULL;
    }
    return errortok(p, ti, "invalid syntax");
}

/* ---------------------------------------------------------------------- */
/* Tokens                                                                   */

/* Turn the lexer's error into the parser's (it always wins over a grammar
** error found later, like CPython's tokenizer errors in its first pass). */
static void lexerror(Parser *p)
{
    TyLexError *le = &p->lx->err;
    PErr *e = &p->err;

    if (e->set && e->lexer)
        return;
    memset(e, 0, sizeof *e);
    e->set = true;
    e->lexer = true;
    e->raised = le->raised;
    e->eof = le->eof;
    e->type = le->type;
    e->line = le->line;
    e->end_line = le->end_line;
    e->col = le->col;
    e->end_col = le->end_col;
    e->final_cols = le->bytes_col;
    /* In an f-string expression too the tokenizer reports plainly, with
    ** columns of the parenthesized expression text. */
    snprintf(e->msg, sizeof e->msg, "%s", le->msg);
    settext(p, e, e->line);
}

/* The lexer's SyntaxWarning, given as CPython's tokenizer gives it: through
** the warnings filters, and when a filter makes it an error, a SyntaxError
** raised at its position (a tokenizer error).  An error from the warnings
** machinery itself stops the parse with that error. */
static void lexwarning(Parser *p)
{
    p->lx->warn_pending = false;
    if (p->err.set)
        return;
    TyObject *msg = tyStr_fromCStr(p->lx->warn.msg);
    int r = msg ? tyWarnings_warnExplicit(&TyExc_SyntaxWarning, msg, p->filename, p->lx->warn.line) : -1;
    TY_XDECREF(msg);
    if (r == 0)
        return;
    if (!tyErr_exceptionMatches(&TyExc_SyntaxWarning)) {
        nomem(p);
        return;
    }
    tyErr_clear();
    TyLexError saved = p->lx->err;
    p->lx->err = p->lx->warn;
    lexerror(p);
    p->lx->err = saved;
}

/* The token at index i, fetching as needed.  Past the end of the input
** (ENDMARKER) or an error (ERROR) the last token repeats. */
static TyToken *tokat(Parser *p, int i)
{
    while (p->ntoks <= i) {
        TyToken *t;
        TyTokKind k;
        if (p->ntoks > 0) {
            TyTokKind last = p->toks[p->ntoks - 1].kind;
            if (last == TY_TOK_ERROR || (last == TY_TOK_ENDMARKER && p->single_nl_done))
                return &p->toks[p->ntoks - 1];
        }
        if (p->ntoks == p->captoks) {
            int ncap = p->captoks ? p->captoks * 2 : 256;
            TyToken *nt = tyMem_realloc(p->toks, (size_t)ncap * sizeof *nt);
            if (nt == NULL) {
                nomem(p);
                /* Keep going with an ERROR token so callers stop. */
                static TyToken errtok = {.kind = TY_TOK_ERROR, .start = "", .end = ""};
                return &errtok;
            }
            p->toks = nt;
            p->captoks = ncap;
        }
        t = &p->toks[p->ntoks];
        k = tyLex_next(p->lx, t);
        if (k == TY_TOK_ERROR) {
            memset(t, 0, sizeof *t);
            t->kind = TY_TOK_ERROR;
            t->line = t->end_line = p->lx->err.line;
            t->start = t->end = p->lx->cur;
            /* REPL input that ends inside a bracket or a string, or after
            ** a backslash: CPython's parser, which may not read on while it
            ** looks for the error, gets a token there that matches nothing.
            ** An error at it means "incomplete" (errortokv); one before it
            ** is reported, as python3.11 reports it before the next line. */
            if (p->interactive && p->lx->err.eof)
                p->end_token = true;
            else if (!p->err.nomem)
                lexerror(p);
        } else if (p->lx->warn_pending) {
            lexwarning(p);
        }
        if (k == TY_TOK_ENDMARKER) {
            /* compile(..., 'single') implies a NEWLINE at the end of a
            ** statement (not of an empty input). */
            if (p->mode == TY_MODE_SINGLE && !p->interactive && !p->single_nl_done &&
                p->ntoks > 0) {
                t->kind = TY_TOK_NEWLINE;
                p->lx->done = false;
            }
            p->single_nl_done = true;
        }
        p->ntoks++;
    }
    return &p->toks[i];
}

static inline TyToken *cur(Parser *p) { return tokat(p, p->pos); }
static inline TyTokKind kind(Parser *p) { return tokat(p, p->pos)->kind; }
static inline TyTokKind kindat(Parser *p, int k) { return tokat(p, p->pos + k)->kind; }

/* Consume the current token; returns its index. */
static int advance(Parser *p)
{
    int i = p->pos;
    TyTokKind k = tokat(p, i)->kind;
    if (k != TY_TOK_ENDMARKER && k != TY_TOK_ERROR)
        p->pos++;
    return i;
}

static bool accept(Parser *p, TyTokKind k)
{
    if (kind(p) != k)
        return false;
    advance(p);
    return true;
}

/* Consume a token of kind k or fail with "invalid syntax" there. */
static bool expect(Parser *p, TyTokKind k)
{
    if (accept(p, k))
        return true;
    invalid(p, p->pos);
    return false;
}

/* CPython's "&&" tokens: "expected 'x'" at the token found instead. */
static bool expectforced(Parser *p, TyTokKind k)
{
    if (accept(p, k))
        return true;
    if (kind(p) == TY_TOK_ERROR) {
        invalid(p, p->pos);
        return false;
    }
    errortok(p, p->pos, "expected '%s'", tyLex_kindName(k));
    return false;
}

/* The location from token `start` to the end of the last consumed one. */
static TyLoc locfrom(Parser *p, int start)
{
    TyToken *s = tokat(p, start);
    TyToken *e = tokat(p, p->pos > start ? p->pos - 1 : start);
    TyLoc l = {s->line, s->col, e->end_line, e->end_col};
    return l;
}

static TyLoc tokloc(Parser *p, int i)
{
    TyToken *t = tokat(p, i);
    TyLoc l = {t->line, t->col, t->end_line, t->end_col};
    return l;
}

static TyLoc joinloc(const TyLoc *a, const TyLoc *b)
{
    TyLoc l = {a->line, a->col, b->end_line, b->end_col};
    return l;
}

/*
** A chain of postfix or left-associative operators (a.b.c, a+b+c) is
** parsed by a loop but nests in the tree.  CPython's compiler gives up on
** such trees with a RecursionError; keep the tree shallow enough for the
** compiler's recursion here too.
*/
static bool chainlink(Parser *p, int *links)
{
    if (++*links + p->depth <= MAXDEPTH)
        return true;
    tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded during compilation");
    nomem(p);
    return false;
}

/* Depth guard: CPython's parser stack limit. */
static bool enter(Parser *p)
{
    if (failed(p))
        return false;
    if (++p->depth > MAXDEPTH) {
        tyErr_noMemory();
        nomem(p);
        return false;
    }
    return true;
}

static inline void leave(Parser *p)
{
    p->depth--;
}

/* Speculative parsing: try a rule, then rewind; errors are not kept. */
typedef struct Mark {
    int pos, top, depth;
    bool specfail;
} Mark;

static Mark specbegin(Parser *p)
{
    Mark m = {p->pos, p->top, p->depth, p->specfail};
    p->speculating++;
    p->specfail = false;
    return m;
}

/* Ends a speculation: true if it succeeded; the position is rewound. */
static bool specend(Parser *p, Mark m)
{
    bool ok = !p->specfail;
    p->speculating--;
    p->specfail = m.specfail;
    p->pos = m.pos;
    p->top = m.top;
    p->depth = m.depth;
    if (p->err.nomem && !p->speculating)
        p->err.set = true;
    return ok;
}

/* ---------------------------------------------------------------------- */
/* Lists and nodes                                                          */

static int seqbegin(Parser *p)
{
    return p->top;
}

static bool push(Parser *p, void *x)
{
    if (p->top == p->capstack) {
        int ncap = p->capstack ? p->capstack * 2 : 128;
        void **ns = tyMem_realloc(p->stack, (size_t)ncap * sizeof *ns);
        if (ns == NULL) {
            nomem(p);
            return false;
        }
        p->stack = ns;
        p->capstack = ncap;
    }
    p->stack[p->top++] = x;
    return true;
}

/* Copy the items pushed since `base` into the arena; *n gets the count. */
static void **seqend(Parser *p, int base, int *n)
{
    int count = p->top - base;
    void **items = NULL;

    *n = count;
    if (count > 0) {
        items = tyArena_alloc(p->arena, (size_t)count * sizeof *items);
        if (items == NULL) {
            p->top = base;
            *n = 0;
            return nomem(p);
        }
        memcpy(items, p->stack + base, (size_t)count * sizeof *items);
    }
    p->top = base;
    return items;
}

#define SEQEND(p, base, seq, T) \
    ((seq).items = (T **)seqend((p), (base), &(seq).n), !failed(p))

static void *alloc(Parser *p, size_t n)
{
    void *x = tyArena_alloc(p->arena, n);
    if (x == NULL)
        nomem(p);
    return x;
}

static TyExpr *newexpr(Parser *p, TyExprKind k, TyLoc loc)
{
    TyExpr *e = alloc(p, sizeof *e);
    if (e) {
        e->kind = k;
        e->loc = loc;
    }
    return e;
}

static TyStmt *newstmt(Parser *p, TyStmtKind k, TyLoc loc)
{
    TyStmt *s = alloc(p, sizeof *s);
    if (s) {
        s->kind = k;
        s->loc = loc;
    }
    return s;
}

static TyExpr *singletonconst(Parser *p, TyObject *o, TyLoc loc)
{
    TyExpr *e = newexpr(p, TY_EXPR_CONSTANT, loc);
    if (e)
        e->v.constant.value = o;
    return e;
}

/* The arena owns o (stolen); NULL on failure. */
static TyObject *own(Parser *p, TyObject *o)
{
    if (o == NULL)
        return nomem(p);
    o = tyArena_addObject(p->arena, o);
    if (o == NULL)
        return nomem(p);
    return o;
}

static TyObject *interned(Parser *p, const char *s, size_t n)
{
    TyObject *o = tyStr_fromUtf8(s, (ssize_t)n);
    if (o == NULL)
        return nomem(p);
    o = tyStr_intern(o);
    return own(p, o);
}

static TyObject *tokname(Parser *p, int ti)
{
    TyToken *t = tokat(p, ti);
    return interned(p, t->start, (size_t)(t->end - t->start));
}

static TyExpr *namenode(Parser *p, int ti, TyExprCtx ctx)
{
    TyExpr *e = newexpr(p, TY_EXPR_NAME, tokloc(p, ti));
    if (e == NULL)
        return NULL;
    e->v.name.id = tokname(p, ti);
    e->v.name.ctx = ctx;
    return e->v.name.id ? e : NULL;
}

/* Does a comprehension's for_if_clause start here ('for', or 'async'
** 'for')? */
static bool atcomprehension(Parser *p)
{
    return kind(p) == TY_TOK_FOR || (kind(p) == TY_TOK_ASYNC && kindat(p, 1) == TY_TOK_FOR);
}

/* _PyPegen_get_expr_name: how error messages name an expression. */
static const char *exprname(const TyExpr *e)
{
    switch (e->kind) {
    case TY_EXPR_ATTRIBUTE: return "attribute";
    case TY_EXPR_SUBSCRIPT: return "subscript";
    case TY_EXPR_STARRED: return "starred";
    case TY_EXPR_NAME: return "name";
    case TY_EXPR_LIST: return "list";
    case TY_EXPR_TUPLE: return "tuple";
    case TY_EXPR_LAMBDA: return "lambda";
    case TY_EXPR_CALL: return "function call";
    case TY_EXPR_BOOLOP: case TY_EXPR_BINOP: case TY_EXPR_UNARYOP: return "expression";
    case TY_EXPR_GENEXP: return "generator expression";
    case TY_EXPR_YIELD: case TY_EXPR_YIELDFROM: return "yield expression";
    case TY_EXPR_AWAIT: return "await expression";
    case TY_EXPR_LISTCOMP: return "list comprehension";
    case TY_EXPR_SETCOMP: return "set comprehension";
    case TY_EXPR_DICTCOMP: return "dict comprehension";
    case TY_EXPR_DICT: return "dict literal";
    case TY_EXPR_SET: return "set display";
    case TY_EXPR_JOINEDSTR: case TY_EXPR_FORMATTED: return "f-string expression";
    case TY_EXPR_CONSTANT: {
        TyObject *v = e->v.constant.value;
        if (v == TY_NONE) return "None";
        if (v == TY_FALSE) return "False";
        if (v == TY_TRUE) return "True";
        if (v == TY_ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case TY_EXPR_COMPARE: return "comparison";
    case TY_EXPR_IFEXP: return "conditional expression";
    case TY_EXPR_NAMEDEXPR: return "named expression";
    case TY_EXPR_SLICE: return "slice";
    }
    return "expression";
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                              */

static TyExpr *expression(Parser *p);
static TyExpr *namedexpression(Parser *p);
static TyExpr *starnamedexpression(Parser *p);
static TyExpr *starexpressions(Parser *p, bool *istuple);
static TyExpr *disjunction(Parser *p);
static TyExpr *bitwiseor(Parser *p);
static TyExpr *primary(Parser *p);
static TyExpr *atom(Parser *p);
static TyExpr *yieldexpr(Parser *p);
static TyExpr *strings(Parser *p);
static TyExpr *number(Parser *p, int ti);
static TyArguments *parameters(Parser *p, bool lambda);
static bool forifclauses(Parser *p, TyComprehensionSeq *out);
static TyExpr *targetitem(Parser *p);
static TyExpr *targetlist(Parser *p);

typedef enum { TARGET_STAR, TARGET_FOR, TARGET_DEL } TargetsType;
static TyExpr *invalidtarget(TyExpr *e, TargetsType type);
static bool settarget(Parser *p, TyExpr *e, TyExprCtx ctx);

/* Can this token start an expression? */
static bool startsexpr(TyTokKind k)
{
    switch (k) {
    case TY_TOK_NAME: case TY_TOK_NUMBER: case TY_TOK_STRING: case TY_TOK_LPAR:
    case TY_TOK_LSQB: case TY_TOK_LBRACE: case TY_TOK_MINUS: case TY_TOK_PLUS:
    case TY_TOK_TILDE: case TY_TOK_NOT: case TY_TOK_LAMBDA: case TY_TOK_AWAIT:
    case TY_TOK_NONE: case TY_TOK_TRUE: case TY_TOK_FALSE: case TY_TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool tokis(Parser *p, int ti, const char *text)
{
    TyToken *t = tokat(p, ti);
    size_t n = strlen(text);
    return (size_t)(t->end - t->start) == n && memcmp(t->start, text, n) == 0;
}

/* CPython 3.11 matches soft keywords by prefix: "c" counts as "case". */
static bool softkeyword(Parser *p, int ti)
{
    TyToken *t = tokat(p, ti);
    size_t n = (size_t)(t->end - t->start);
    if (t->kind != TY_TOK_NAME || n == 0)
        return false;
    return (n <= 5 && memcmp(t->start, "match", n) == 0) ||
           (n <= 4 && memcmp(t->start, "case", n) == 0) ||
           (n == 1 && t->start[0] == '_');
}

static bool islegacyname(Parser *p, int ti, const TyExpr *a)
{
    return a->kind == TY_EXPR_NAME && tokat(p, ti)->kind == TY_TOK_NAME &&
           (tokis(p, ti, "print") || tokis(p, ti, "exec"));
}

/*
** CPython's invalid_expression and invalid_legacy_expression: an
** expression `a` (starting at token `start`) directly followed by another
** one is "print x" (any nesting level) or a missing comma (inside
** brackets).  Returns true when it recorded the error.
*/
static bool juxtaposed(Parser *p, int start, TyExpr *a)
{
    Mark m;
    TyExpr *b;
    TyLoc bl = {0};
    int level = 0;
    bool ok, legacy;

    if (p->speculating || !startsexpr(kind(p)))
        return false;
    legacy = islegacyname(p, start, a);
    if (!legacy && tokat(p, start)->kind == TY_TOK_NAME &&
        (tokat(p, start + 1)->kind == TY_TOK_STRING || softkeyword(p, start)))
        return false;
    m = specbegin(p);
    if (legacy) {
        b = starexpressions(p, NULL);
    } else {
        b = expression(p);
    }
    if (b) {
        bl = b->loc;
        level = tokat(p, p->pos - 1)->level;
    }
    ok = specend(p, m) && b != NULL;
    if (!ok)
        return false;
    if (legacy) {
        TyObject *id = a->v.name.id;
        errorrange(p, &a->loc, &bl,
                   "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                   TY_STR_UTF8(id), TY_STR_UTF8(id));
        return true;
    }
    if (level == 0)
        return false;
    errorrange(p, &a->loc, &bl, "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static TyExpr *lambdef(Parser *p)
{
    int start = advance(p);
    TyArguments *args;
    TyExpr *body, *e;

    args = parameters(p, true);
    if (args == NULL || !expect(p, TY_TOK_COLON))
        return NULL;
    /* A lambda costs CPython's parser two levels of its stack, as here
    ** with expression's own. */
    if (!enter(p))
        return NULL;
    body = expression(p);
    leave(p);
    if (body == NULL)
        return NULL;
    e = newexpr(p, TY_EXPR_LAMBDA, locfrom(p, start));
    if (e) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}

/*
** expression: disjunction 'if' disjunction 'else' expression
**           | disjunction
**           | lambdef
*/
static TyExpr *expression(Parser *p)
{
    int start = p->pos;
    TyExpr *a, *b, *c, *e = NULL;

    if (!enter(p))
        return NULL;
    if (kind(p) == TY_TOK_LAMBDA) {
        e = lambdef(p);
        goto done;
    }
    a = disjunction(p);
    if (a == NULL)
        goto done;
    if (kind(p) != TY_TOK_IF) {
        if (!juxtaposed(p, start, a))
            e = a;
        goto done;
    }
    advance(p);
    b = disjunction(p);
    if (b == NULL)
        goto done;
    if (!accept(p, TY_TOK_ELSE)) {
        if (kind(p) != TY_TOK_COLON && kind(p) != TY_TOK_ERROR)
            errorrange(p, &a->loc, &b->loc, "expected 'else' after 'if' expression");
        else
            invalid(p, p->pos);
        goto done;
    }
    c = expression(p);
    if (c == NULL)
        goto done;
    e = newexpr(p, TY_EXPR_IFEXP, locfrom(p, start));
    if (e) {
        e->v.ifexp.test = b;
        e->v.ifexp.body = a;
        e->v.ifexp.orelse = c;
    }
done:
    leave(p);
    return e;
}

/* Does "= bitwise_or" follow, not itself followed by '=' or ':='?  (The
** lookahead of CPython's invalid_named_expression.)  *rhs gets its extent. */
static bool eqoperand(Parser *p, TyLoc *rhs)
{
    Mark m = specbegin(p);
    TyExpr *r;
    bool ok;

    advance(p);
    r = bitwiseor(p);
    ok = r != NULL && kind(p) != TY_TOK_EQUAL && kind(p) != TY_TOK_COLONEQUAL;
    if (r)
        *rhs = r->loc;
    return specend(p, m) && ok;
}

/* Is `e` (from token start) something CPython's bitwise_or rule produces
** (and so the invalid_named_expression rule can see it)?  Anything in
** parentheses is. */
static bool isbitwiseor(Parser *p, int start, const TyExpr *e)
{
    TyToken *t = tokat(p, start);

    if (t->kind == TY_TOK_LPAR && (e->loc.line != t->line || e->loc.col != t->col))
        return true;
    switch (e->kind) {
    case TY_EXPR_BOOLOP: case TY_EXPR_COMPARE: case TY_EXPR_IFEXP:
    case TY_EXPR_LAMBDA: case TY_EXPR_NAMEDEXPR: case TY_EXPR_STARRED:
    case TY_EXPR_YIELD: case TY_EXPR_YIELDFROM: case TY_EXPR_SLICE:
        return false;
    case TY_EXPR_UNARYOP:
        return e->v.unaryop.op != TY_UNARY_NOT;
    default:
        return true;
    }
}

/* Does the expression at token `start` begin with a list or tuple display
** or a generator expression (or True/None/False)? */
static bool startswithdisplay(Parser *p, int start, const TyExpr *e)
{
    TyToken *t = tokat(p, start);
    const TyExpr *x = e;

    if (t->kind == TY_TOK_TRUE || t->kind == TY_TOK_FALSE || t->kind == TY_TOK_NONE)
        return true;
    if (t->kind != TY_TOK_LPAR && t->kind != TY_TOK_LSQB)
        return false;
    /* Find the leftmost operand: the atom the expression starts with. */
    for (;;) {
        if ((x->kind == TY_EXPR_TUPLE || x->kind == TY_EXPR_LIST ||
             x->kind == TY_EXPR_GENEXP) &&
            x->loc.line == t->line && x->loc.col == t->col)
            return true;
        switch (x->kind) {
        case TY_EXPR_BINOP: x = x->v.binop.left; continue;
        case TY_EXPR_ATTRIBUTE: x = x->v.attribute.value; continue;
        case TY_EXPR_SUBSCRIPT: x = x->v.subscript.value; continue;
        case TY_EXPR_CALL: x = x->v.call.func; continue;
        default: return false;
        }
    }
}

/*
** CPython's invalid_named_expression for an expression `e` (from token
** start) followed by '=' where '==' or ':=' was probably meant.  Returns
** true when it recorded the error.
*/
static bool assigninsteadofeq(Parser *p, int start, TyExpr *e)
{
    TyLoc rhs;

    if (p->speculating || kind(p) != TY_TOK_EQUAL || !isbitwiseor(p, start, e))
        return false;
    if (!eqoperand(p, &rhs))
        return false;
    if (e->kind == TY_EXPR_NAME && tokat(p, start)->kind == TY_TOK_NAME &&
        p->pos == start + 1) {
        errorrange(p, &e->loc, &rhs,
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (startswithdisplay(p, start, e))
        return false;
    errornode(p, &e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
              exprname(e));
    return true;
}

/* named_expression: NAME ':=' expression | expression !':=' */
static TyExpr *namedexpression(Parser *p)
{
    int start = p->pos;
    TyExpr *e, *value, *target;

    if (kind(p) == TY_TOK_NAME && kindat(p, 1) == TY_TOK_COLONEQUAL) {
        if (toonew(p, 8, start + 1, "Assignment expressions are"))
            return NULL;
        target = namenode(p, advance(p), TY_CTX_STORE);
        advance(p);
        if (target == NULL)
            return NULL;
        value = expression(p);
        if (value == NULL)
            return NULL;
        e = newexpr(p, TY_EXPR_NAMEDEXPR, locfrom(p, start));
        if (e) {
            e->v.namedexpr.target = target;
            e->v.namedexpr.value = value;
        }
        return e;
    }
    e = expression(p);
    if (e == NULL)
        return NULL;
    if (kind(p) == TY_TOK_COLONEQUAL)
        return errornode(p, &e->loc, "cannot use assignment expressions with %s", exprname(e));
    if (assigninsteadofeq(p, start, e))
        return NULL;
    return e;
}

static TyExpr *starred(Parser *p, TyExpr *(*operand)(Parser *))
{
    int start = advance(p);
    TyExpr *v = operand(p), *e;
    if (v == NULL)
        return NULL;
    e = newexpr(p, TY_EXPR_STARRED, locfrom(p, start));
    if (e) {
        e->v.starred.value = v;
        e->v.starred.ctx = TY_CTX_LOAD;
    }
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static TyExpr *starnamedexpression(Parser *p)
{
    if (kind(p) == TY_TOK_STAR)
        return starred(p, bitwiseor);
    return namedexpression(p);
}

/* star_expression: '*' bitwise_or | expression */
static TyExpr *starexpression(Parser *p)
{
    if (kind(p) == TY_TOK_STAR)
        return starred(p, bitwiseor);
    return expression(p);
}

static TyExpr *newseq(Parser *p, TyExprKind k, int base, TyLoc loc, TyExprCtx ctx)
{
    TyExpr *e = newexpr(p, k, loc);
    if (e == NULL) {
        p->top = base;
        return NULL;
    }
    e->v.seq.ctx = ctx;
    if (!SEQEND(p, base, e->v.seq.elts, TyExpr))
        return NULL;
    return e;
}

/*
** star_expressions: star_expression (',' star_expression)* [',']
** A tuple when there is a comma (*istuple tells, when not NULL).
*/
static TyExpr *starexpressions(Parser *p, bool *istuple)
{
    int start = p->pos, base;
    TyExpr *a = starexpression(p);

    if (istuple)
        *istuple = false;
    if (a == NULL || kind(p) != TY_TOK_COMMA)
        return a;
    base = seqbegin(p);
    if (!push(p, a))
        return NULL;
    while (accept(p, TY_TOK_COMMA)) {
        TyExpr *x;
        if (!startsexpr(kind(p)) && kind(p) != TY_TOK_STAR)
            break;
        x = starexpression(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    if (istuple)
        *istuple = true;
    return newseq(p, TY_EXPR_TUPLE, base, locfrom(p, start), TY_CTX_LOAD);
}

/* expressions: expression (',' expression)* [','] */
static TyExpr *expressions(Parser *p)
{
    int start = p->pos, base;
    TyExpr *a = expression(p);

    if (a == NULL || kind(p) != TY_TOK_COMMA)
        return a;
    base = seqbegin(p);
    if (!push(p, a))
        return NULL;
    while (accept(p, TY_TOK_COMMA)) {
        TyExpr *x;
        if (!startsexpr(kind(p)))
            break;
        x = expression(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    return newseq(p, TY_EXPR_TUPLE, base, locfrom(p, start), TY_CTX_LOAD);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static TyExpr *yieldexpr(Parser *p)
{
    int start = advance(p);
    TyExpr *v = NULL, *e;
    TyExprKind k = TY_EXPR_YIELD;

    if (accept(p, TY_TOK_FROM)) {
        k = TY_EXPR_YIELDFROM;
        v = expression(p);
        if (v == NULL)
            return NULL;
    } else if (startsexpr(kind(p)) || kind(p) == TY_TOK_STAR) {
        v = starexpressions(p, NULL);
        if (v == NULL)
            return NULL;
    }
    e = newexpr(p, k, locfrom(p, start));
    if (e)
        e->v.yield.value = v;
    return e;
}

/* disjunction: conjunction ('or' conjunction)*
** conjunction: inversion ('and' inversion)* */
static TyExpr *boolop(Parser *p, TyTokKind optok, TyBoolOp op, TyExpr *(*operand)(Parser *))
{
    int start = p->pos, base;
    TyExpr *a = operand(p), *e;

    if (a == NULL || kind(p) != optok)
        return a;
    base = seqbegin(p);
    if (!push(p, a))
        return NULL;
    while (accept(p, optok)) {
        TyExpr *x = operand(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    e = newexpr(p, TY_EXPR_BOOLOP, locfrom(p, start));
    if (e == NULL) {
        p->top = base;
        return NULL;
    }
    e->v.boolop.op = op;
    if (!SEQEND(p, base, e->v.boolop.values, TyExpr))
        return NULL;
    return e;
}

static TyExpr *inversion(Parser *p);

static TyExpr *conjunction(Parser *p)
{
    return boolop(p, TY_TOK_AND, TY_BOOL_AND, inversion);
}

static TyExpr *disjunction(Parser *p)
{
    return boolop(p, TY_TOK_OR, TY_BOOL_OR, conjunction);
}

static TyExpr *comparison(Parser *p);

/* inversion: 'not' inversion | comparison */
static TyExpr *inversion(Parser *p)
{
    int start = p->pos;
    TyExpr *a, *e = NULL;

    if (kind(p) != TY_TOK_NOT)
        return comparison(p);
    if (!enter(p))
        return NULL;
    advance(p);
    a = inversion(p);
    if (a) {
        e = newexpr(p, TY_EXPR_UNARYOP, locfrom(p, start));
        if (e) {
            e->v.unaryop.op = TY_UNARY_NOT;
            e->v.unaryop.operand = a;
        }
    }
    leave(p);
    return e;
}

/* The comparison operator at the current token (consumed), or -1. */
static int compop(Parser *p)
{
    switch (kind(p)) {
    case TY_TOK_EQEQUAL: advance(p); return TY_CMP_EQ;
    case TY_TOK_NOTEQUAL:
        if (tokis(p, p->pos, "<>"))
            return -1;
        advance(p);
        return TY_CMP_NE;
    case TY_TOK_LESS: advance(p); return TY_CMP_LT;
    case TY_TOK_LESSEQUAL: advance(p); return TY_CMP_LE;
    case TY_TOK_GREATER: advance(p); return TY_CMP_GT;
    case TY_TOK_GREATEREQUAL: advance(p); return TY_CMP_GE;
    case TY_TOK_IN: advance(p); return TY_CMP_IN;
    case TY_TOK_NOT:
        if (kindat(p, 1) != TY_TOK_IN)
            return -1;
        advance(p);
        advance(p);
        return TY_CMP_NOT_IN;
    case TY_TOK_IS:
        advance(p);
        return accept(p, TY_TOK_NOT) ? TY_CMP_IS_NOT : TY_CMP_IS;
    default:
        return -1;
    }
}

/* comparison: bitwise_or (compare_op bitwise_or)*
** Operators and operands go on the scratch stack in pairs. */
static TyExpr *comparison(Parser *p)
{
    int start = p->pos, base, op, i, n;
    TyExpr *a = bitwiseor(p), *e;
    TyCmpOp *ops;

    if (a == NULL)
        return NULL;
    base = seqbegin(p);
    while ((op = compop(p)) >= 0) {
        TyExpr *x = bitwiseor(p);
        if (x == NULL || !push(p, (void *)(intptr_t)op) || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    n = (p->top - base) / 2;
    if (n == 0)
        return a;
    e = newexpr(p, TY_EXPR_COMPARE, locfrom(p, start));
    ops = alloc(p, (size_t)n * sizeof *ops);
    if (e)
        e->v.compare.comparators.items = alloc(p, (size_t)n * sizeof(TyExpr *));
    if (e == NULL || ops == NULL || e->v.compare.comparators.items == NULL) {
        p->top = base;
        return NULL;
    }
    for (i = 0; i < n; i++) {
        ops[i] = (TyCmpOp)(intptr_t)p->stack[base + 2 * i];
        e->v.compare.comparators.items[i] = p->stack[base + 2 * i + 1];
    }
    p->top = base;
    e->v.compare.left = a;
    e->v.compare.nops = n;
    e->v.compare.ops = ops;
    e->v.compare.comparators.n = n;
    return e;
}

static TyExpr *binop(Parser *p, int start, TyExpr *a, int op, TyExpr *b)
{
    TyExpr *e = newexpr(p, TY_EXPR_BINOP, locfrom(p, start));
    if (e) {
        e->v.binop.left = a;
        e->v.binop.op = op;
        e->v.binop.right = b;
    }
    return e;
}

/* A left-associative level of binary operators. */
typedef struct BinLevel {
    TyTokKind tok[6];
    int op[6];
} BinLevel;

static TyExpr *factor(Parser *p);

static const BinLevel binlevels[] = {
    /* bitwise_or */ {{TY_TOK_VBAR}, {TY_BINOP_OR}},
    /* bitwise_xor */ {{TY_TOK_CIRCUMFLEX}, {TY_BINOP_XOR}},
    /* bitwise_and */ {{TY_TOK_AMPER}, {TY_BINOP_AND}},
    /* shift_expr */ {{TY_TOK_LEFTSHIFT, TY_TOK_RIGHTSHIFT}, {TY_BINOP_LSHIFT, TY_BINOP_RSHIFT}},
    /* sum */ {{TY_TOK_PLUS, TY_TOK_MINUS}, {TY_BINOP_ADD, TY_BINOP_SUB}},
    /* term */ {{TY_TOK_STAR, TY_TOK_SLASH, TY_TOK_DOUBLESLASH, TY_TOK_PERCENT, TY_TOK_AT},
                {TY_BINOP_MUL, TY_BINOP_TRUEDIV, TY_BINOP_FLOORDIV, TY_BINOP_MOD, TY_BINOP_MATMUL}},
};

/*
** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
** bitwise_and: bitwise_and '&' shift_expr | shift_expr
** shift_expr: shift_expr ('<<' | '>>') sum | sum
** sum: sum ('+' | '-') term | term
** term: term ('*' | '/' | '//' | '%' | '@') factor | factor
*/
static TyExpr *binlevel(Parser *p, int level)
{
    int start = p->pos;
    const BinLevel *bl = &binlevels[level];
    TyExpr *a;
    int links = 0;

    a = level + 1 < (int)TY_ARRAY_LEN(binlevels) ? binlevel(p, level + 1) : factor(p);
    while (a) {
        int i, op = -1;
        TyTokKind k = kind(p);
        TyExpr *b;
        for (i = 0; i < 6 && bl->tok[i]; i++) {
            if (bl->tok[i] == k) {
                op = bl->op[i];
                break;
            }
        }
        if (op < 0 || !chainlink(p, &links))
            break;
        advance(p);
        b = level + 1 < (int)TY_ARRAY_LEN(binlevels) ? binlevel(p, level + 1) : factor(p);
        if (b == NULL)
            return NULL;
        a = binop(p, start, a, op, b);
    }
    return a;
}

static TyExpr *bitwiseor(Parser *p)
{
    return binlevel(p, 0);
}

static TyExpr *power(Parser *p);

/* factor: '+' factor | '-' factor | '~' factor | power */
static TyExpr *factor(Parser *p)
{
    int start = p->pos, op;
    TyExpr *a, *e = NULL;

    switch (kind(p)) {
    case TY_TOK_PLUS: op = TY_UNOP_POS; break;
    case TY_TOK_MINUS: op = TY_UNOP_NEG; break;
    case TY_TOK_TILDE: op = TY_UNOP_INVERT; break;
    default: return power(p);
    }
    if (!enter(p))
        return NULL;
    advance(p);
    a = factor(p);
    if (a) {
        e = newexpr(p, TY_EXPR_UNARYOP, locfrom(p, start));
        if (e) {
            e->v.unaryop.op = op;
            e->v.unaryop.operand = a;
        }
    }
    leave(p);
    return e;
}

/* power: await_primary '**' factor | await_primary
** await_primary: 'await' primary | primary */
static TyExpr *power(Parser *p)
{
    int start = p->pos;
    TyExpr *a, *b, *e = NULL;

    if (!enter(p))
        return NULL;
    if (kind(p) == TY_TOK_AWAIT) {
        advance(p);
        TyExpr *value = primary(p);
        if (value == NULL)
            goto done;
        a = newexpr(p, TY_EXPR_AWAIT, locfrom(p, start));
        if (a == NULL)
            goto done;
        a->v.await.value = value;
    } else {
        a = primary(p);
    }
    if (a == NULL)
        goto done;
    if (!accept(p, TY_TOK_DOUBLESTAR)) {
        e = a;
        goto done;
    }
    /* CPython's parser spends two levels of its stack on each '**'. */
    if (!enter(p))
        goto done;
    b = factor(p);
    leave(p);
    if (b)
        e = binop(p, start, a, TY_BINOP_POW, b);
done:
    leave(p);
    return e;
}

static bool callargs(Parser *p, int lpar, TyExpr *call, bool genexpok);
static TyExpr *slices(Parser *p);

/*
** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
**        | primary '[' slices ']' | atom
*/
static TyExpr *primary(Parser *p)
{
    int start = p->pos, links = 0;
    TyExpr *a = atom(p), *e;

    while (a) {
        TyTokKind k = kind(p);
        if ((k == TY_TOK_DOT || k == TY_TOK_LPAR || k == TY_TOK_LSQB) && !chainlink(p, &links))
            return NULL;
        switch (k) {
        case TY_TOK_DOT:
            advance(p);
            if (kind(p) != TY_TOK_NAME)
                return invalid(p, p->pos);
            e = newexpr(p, TY_EXPR_ATTRIBUTE, TY_ZEROLOC);
            if (e == NULL)
                return NULL;
            e->v.attribute.value = a;
            e->v.attribute.attr = tokname(p, advance(p));
            e->v.attribute.ctx = TY_CTX_LOAD;
            e->loc = locfrom(p, start);
            if (e->v.attribute.attr == NULL)
                return NULL;
            a = e;
            break;
        case TY_TOK_LPAR: {
            int lpar = advance(p);
            e = newexpr(p, TY_EXPR_CALL, TY_ZEROLOC);
            if (e == NULL)
                return NULL;
            e->v.call.func = a;
            if (!callargs(p, lpar, e, true))
                return NULL;
            e->loc = locfrom(p, start);
            a = e;
            break;
        }
        case TY_TOK_LSQB: {
            TyExpr *sl;
            advance(p);
            sl = slices(p);
            if (sl == NULL || !expect(p, TY_TOK_RSQB))
                return NULL;
            e = newexpr(p, TY_EXPR_SUBSCRIPT, locfrom(p, start));
            if (e == NULL)
                return NULL;
            e->v.subscript.value = a;
            e->v.subscript.slice = sl;
            e->v.subscript.ctx = TY_CTX_LOAD;
            a = e;
            break;
        }
        default:
            return a;
        }
    }
    return NULL;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static TyExpr *slice(Parser *p)
{
    int start = p->pos;
    TyExpr *lower = NULL, *upper = NULL, *step = NULL, *e;

    if (kind(p) != TY_TOK_COLON) {
        if (kind(p) == TY_TOK_STAR)
            return starred(p, expression);
        lower = namedexpression(p);
        if (lower == NULL)
            return NULL;
        if (kind(p) != TY_TOK_COLON)
            return lower;
        if (lower->kind == TY_EXPR_NAMEDEXPR)
            return invalid(p, p->pos);
    }
    advance(p);
    if (startsexpr(kind(p))) {
        upper = expression(p);
        if (upper == NULL)
            return NULL;
    }
    if (accept(p, TY_TOK_COLON) && startsexpr(kind(p))) {
        step = expression(p);
        if (step == NULL)
            return NULL;
    }
    e = newexpr(p, TY_EXPR_SLICE, locfrom(p, start));
    if (e) {
        e->v.slice.lower = lower;
        e->v.slice.upper = upper;
        e->v.slice.step = step;
    }
    return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static TyExpr *slices(Parser *p)
{
    int start = p->pos, base;
    TyExpr *a = slice(p);

    /* A lone starred item is still a tuple: x[*a] is x[(*a,)]. */
    if (a == NULL || (kind(p) != TY_TOK_COMMA && a->kind != TY_EXPR_STARRED))
        return a;
    base = seqbegin(p);
    if (!push(p, a))
        return NULL;
    while (accept(p, TY_TOK_COMMA)) {
        TyExpr *x;
        if (kind(p) == TY_TOK_RSQB)
            break;
        x = slice(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    return newseq(p, TY_EXPR_TUPLE, base, locfrom(p, start), TY_CTX_LOAD);
}

/* The last expression of a comprehension: its last condition, or its
** iterable (where CPython ends "must be parenthesized" errors). */
static TyExpr *lastcompitem(TyComprehensionSeq *g)
{
    TyComprehension *c = g->items[g->n - 1];
    return c->ifs.n ? c->ifs.items[c->ifs.n - 1] : c->iter;
}

static TyExpr *genexp(Parser *p, int lpar, TyExpr *elt, TyExprKind k)
{
    TyExpr *e = newexpr(p, k, TY_ZEROLOC);
    if (e == NULL)
        return NULL;
    e->v.comp.elt = elt;
    if (!forifclauses(p, &e->v.comp.generators))
        return NULL;
    return e;
}

/* Tagged pointers on the scratch stack: call arguments are pushed in order,
** keywords with the low bit set, and split once the call is complete. */
#define KWTAG ((uintptr_t)1)

/*
** arguments: args [','] &')'
** args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
**           [',' kwargs] | kwargs
** kwargs: ','.kwarg_or_starred+ [',' ','.kwarg_or_double_starred+]
**       | ','.kwarg_or_double_starred+
*/
/* Where CPython's `args` rule stops when it reads the arguments starting
** at the current token: the index of the token after them, or -1 if the
** first one does not parse. */
static int argsend(Parser *p)
{
    Mark m = specbegin(p);
    int end = -1;

    for (;;) {
        TyTokKind k = kind(p);
        TyExpr *x;
        if (k == TY_TOK_STAR || k == TY_TOK_DOUBLESTAR) {
            advance(p);
            x = expression(p);
        } else if (k == TY_TOK_NAME && kindat(p, 1) == TY_TOK_EQUAL) {
            advance(p);
            advance(p);
            x = expression(p);
        } else if (k == TY_TOK_NAME && kindat(p, 1) == TY_TOK_COLONEQUAL) {
            x = namedexpression(p);
        } else {
            x = startsexpr(k) ? expression(p) : NULL;
        }
        if (x == NULL || p->specfail)
            break;
        end = p->pos;
        if (!accept(p, TY_TOK_COMMA))
            break;
    }
    specend(p, m);
    return end;
}

/* Does a starred argument parse at the current token ('*')? */
static bool starredparses(Parser *p)
{
    Mark m = specbegin(p);
    bool ok = starred(p, expression) != NULL;
    return specend(p, m) && ok;
}

static bool callargs(Parser *p, int lpar, TyExpr *call, bool genexpok)
{
    int base = seqbegin(p), i, nargs = 0, nkw = 0, n;
    int firstarg = p->pos;
    bool sawkw = false, sawdstar = false;
    int lastargend = -1;
    void **items;

    while (kind(p) != TY_TOK_RPAR) {
        int start = p->pos;
        TyTokKind k = kind(p);
        if (k == TY_TOK_STAR) {
            TyExpr *x;
            if (nargs + nkw > 0 && (sawdstar || !starredparses(p))) {
                /* CPython's first invalid_arguments rule: args ',' '*'. */
                TyLoc a = {tokat(p, firstarg)->line, tokat(p, firstarg)->col,
                           tokat(p, lastargend)->end_line, tokat(p, lastargend)->end_col};
                errornode(p, &a, "iterable argument unpacking follows keyword argument unpacking");
                goto fail;
            }
            x = starred(p, expression);
            if (x == NULL || !push(p, x))
                goto fail;
            nargs++;
        } else if (k == TY_TOK_DOUBLESTAR) {
            TyKeyword *kw;
            TyExpr *v;
            advance(p);
            v = expression(p);
            if (v == NULL)
                goto fail;
            kw = alloc(p, sizeof *kw);
            if (kw == NULL)
                goto fail;
            kw->value = v;
            kw->loc = locfrom(p, start);
            if (!push(p, (void *)((uintptr_t)kw | KWTAG)))
                goto fail;
            nkw++;
            sawdstar = true;
        } else if ((k == TY_TOK_NAME || k == TY_TOK_TRUE || k == TY_TOK_FALSE ||
                    k == TY_TOK_NONE) && kindat(p, 1) == TY_TOK_EQUAL) {
            TyKeyword *kw;
            TyExpr *v;
            if (k != TY_TOK_NAME) {
                TyLoc a = tokloc(p, start), b = tokloc(p, start + 1);
                errorrange(p, &a, &b, "cannot assign to %s", tyLex_kindName(k));
                goto fail;
            }
            advance(p);
            advance(p);
            v = expression(p);
            if (v == NULL)
                goto fail;
            if (atcomprehension(p)) {
                TyLoc a = tokloc(p, start), b = tokloc(p, start + 1);
                errorrange(p, &a, &b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                goto fail;
            }
            kw = alloc(p, sizeof *kw);
            if (kw == NULL)
                goto fail;
            kw->arg = tokname(p, start);
            kw->value = v;
            kw->loc = locfrom(p, start);
            if (kw->arg == NULL || !push(p, (void *)((uintptr_t)kw | KWTAG)))
                goto fail;
            nkw++;
            sawkw = true;
        } else {
            TyExpr *x;
            if (!startsexpr(k)) {
                invalid(p, p->pos);
                goto fail;
            }
            if ((sawkw || sawdstar) && argsend(p) < 0) {
                /* CPython's first pass stopped here, before it. */
                invalid(p, start);
                goto fail;
            }
            if (k == TY_TOK_NAME && kindat(p, 1) == TY_TOK_COLONEQUAL)
                x = namedexpression(p);
            else
                x = expression(p);
            if (x == NULL)
                goto fail;
            if (kind(p) == TY_TOK_COLONEQUAL) {
                errornode(p, &x->loc, "cannot use assignment expressions with %s", exprname(x));
                goto fail;
            }
            if (kind(p) == TY_TOK_EQUAL) {
                TyLoc b = tokloc(p, p->pos);
                errorrange(p, &x->loc, &b,
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
                goto fail;
            }
            if (atcomprehension(p)) {
                int fortok = p->pos;
                TyExpr *g = genexp(p, lpar, x, TY_EXPR_GENEXP);
                if (g == NULL)
                    goto fail;
                if (nargs + nkw == 0 && kind(p) == TY_TOK_RPAR && !genexpok) {
                    invalid(p, fortok);
                    goto fail;
                } else if (nargs + nkw == 0 && kind(p) == TY_TOK_RPAR) {
                    /* The sole argument: the call's parentheses are its own. */
                    TyLoc a = tokloc(p, lpar), b = tokloc(p, p->pos);
                    g->loc = joinloc(&a, &b);
                } else {
                    TyLoc last = lastcompitem(&g->v.comp.generators)->loc;
                    errorrange(p, &x->loc, &last, "Generator expression must be parenthesized");
                    goto fail;
                }
                x = g;
            }
            if (sawkw || sawdstar) {
                /* CPython: args ',' args, when the second list parses. */
                int end;
                p->pos = start;
                end = argsend(p);
                if (end < 0) {
                    invalid(p, start);
                    goto fail;
                }
                errortok(p, end, "%s", sawdstar
                         ? "positional argument follows keyword argument unpacking"
                         : "positional argument follows keyword argument");
                goto fail;
            }
            if (!push(p, x))
                goto fail;
            nargs++;
        }
        lastargend = p->pos - 1;
        if (!accept(p, TY_TOK_COMMA))
            break;
    }
    if (!expect(p, TY_TOK_RPAR))
        goto fail;
    n = p->top - base;
    items = n ? p->stack + base : NULL;
    call->v.call.args.n = nargs;
    call->v.call.keywords.n = nkw;
    if (nargs) {
        call->v.call.args.items = alloc(p, (size_t)nargs * sizeof(TyExpr *));
        if (call->v.call.args.items == NULL)
            goto fail;
    }
    if (nkw) {
        call->v.call.keywords.items = alloc(p, (size_t)nkw * sizeof(TyKeyword *));
        if (call->v.call.keywords.items == NULL)
            goto fail;
    }
    nargs = nkw = 0;
    for (i = 0; i < n; i++) {
        uintptr_t x = (uintptr_t)items[i];
        if (x & KWTAG)
            call->v.call.keywords.items[nkw++] = (TyKeyword *)(x & ~KWTAG);
        else
            call->v.call.args.items[nargs++] = (TyExpr *)x;
    }
    p->top = base;
    return true;
fail:
    p->top = base;
    return false;
}

/*
** The inside of '(' ... ')' in an atom:
**   tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
**   group: '(' (yield_expr | named_expression) ')'
**   genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
*/
static TyExpr *parenth(Parser *p)
{
    int lpar = advance(p), base;
    TyExpr *first, *e;

    if (accept(p, TY_TOK_RPAR))
        return newseq(p, TY_EXPR_TUPLE, seqbegin(p), locfrom(p, lpar), TY_CTX_LOAD);
    if (kind(p) == TY_TOK_YIELD) {
        e = yieldexpr(p);
        if (e == NULL || !expect(p, TY_TOK_RPAR))
            return NULL;
        return e;
    }
    if (kind(p) == TY_TOK_DOUBLESTAR) {
        int dstar = p->pos;
        Mark m = specbegin(p);
        bool ok;
        advance(p);
        ok = expression(p) != NULL && kind(p) == TY_TOK_RPAR;
        if (specend(p, m) && ok)
            return errortok(p, dstar, "cannot use double starred expression here");
        return invalid(p, p->pos);
    }
    first = starnamedexpression(p);
    if (first == NULL)
        return NULL;
    if (atcomprehension(p)) {
        if (first->kind == TY_EXPR_STARRED)
            return errornode(p, &first->loc, "iterable unpacking cannot be used in comprehension");
        e = genexp(p, lpar, first, TY_EXPR_GENEXP);
        if (e == NULL || !expect(p, TY_TOK_RPAR))
            return NULL;
        e->loc = locfrom(p, lpar);
        return e;
    }
    if (accept(p, TY_TOK_RPAR)) {
        if (first->kind == TY_EXPR_STARRED)
            return errornode(p, &first->loc, "cannot use starred expression here");
        return first;
    }
    if (kind(p) != TY_TOK_COMMA)
        return invalid(p, p->pos);
    base = seqbegin(p);
    if (!push(p, first))
        return NULL;
    while (accept(p, TY_TOK_COMMA)) {
        TyExpr *x;
        if (kind(p) == TY_TOK_RPAR)
            break;
        x = starnamedexpression(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    if (!expect(p, TY_TOK_RPAR)) {
        p->top = base;
        return NULL;
    }
    return newseq(p, TY_EXPR_TUPLE, base, locfrom(p, lpar), TY_CTX_LOAD);
}

/*
** The rest of a list or set display after its first element `first`
** (parsed, not yet pushed): first and each further ", star_named_expression"
** go on the scratch stack from `base` (seqbegin's), then the closing token
** `close` is taken.  A comprehension there whose target lacks parentheses
** gets CPython's "did you forget parentheses" error.  True, or false with
** the error set and the stack back at base.
*/
static bool displaytail(Parser *p, TyExpr *first, TyTokKind close, int base)
{
    if (!push(p, first))
        return false;
    while (accept(p, TY_TOK_COMMA)) {
        if (kind(p) == close)
            break;
        TyExpr *x = starnamedexpression(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return false;
        }
    }
    if (atcomprehension(p) && (p->top - base > 1 || tokat(p, p->pos - 1)->kind == TY_TOK_COMMA)) {
        TyLoc end = p->top - base > 1 ? ((TyExpr *)p->stack[p->top - 1])->loc : tokloc(p, p->pos - 1);
        p->top = base;
        errorrange(p, &first->loc, &end, "did you forget parentheses around the comprehension target?");
        return false;
    }
    if (!expect(p, close)) {
        p->top = base;
        return false;
    }
    return true;
}

/* list: '[' [star_named_expressions] ']'
** listcomp: '[' named_expression for_if_clauses ']' */
static TyExpr *listdisplay(Parser *p)
{
    int lsqb = advance(p), base;
    TyExpr *first, *e;

    if (accept(p, TY_TOK_RSQB))
        return newseq(p, TY_EXPR_LIST, seqbegin(p), locfrom(p, lsqb), TY_CTX_LOAD);
    first = starnamedexpression(p);
    if (first == NULL)
        return NULL;
    if (atcomprehension(p)) {
        if (first->kind == TY_EXPR_STARRED)
            return errornode(p, &first->loc, "iterable unpacking cannot be used in comprehension");
        e = genexp(p, lsqb, first, TY_EXPR_LISTCOMP);
        if (e == NULL || !expect(p, TY_TOK_RSQB))
            return NULL;
        e->loc = locfrom(p, lsqb);
        return e;
    }
    base = seqbegin(p);
    if (!displaytail(p, first, TY_TOK_RSQB, base))
        return NULL;
    return newseq(p, TY_EXPR_LIST, base, locfrom(p, lsqb), TY_CTX_LOAD);
}

/*
** A dictionary value after "key:"; CPython's invalid_kvpair messages for
** what cannot be one.
*/
static TyExpr *dictvalue(Parser *p, int colon)
{
    if (kind(p) == TY_TOK_RBRACE || kind(p) == TY_TOK_COMMA)
        return errortok(p, colon, "expression expected after dictionary key and ':'");
    if (kind(p) == TY_TOK_STAR) {
        int star = p->pos;
        Mark m = specbegin(p);
        TyExpr *b;
        TyLoc bl = {0};
        bool ok;
        advance(p);
        b = bitwiseor(p);
        if (b)
            bl = b->loc;
        ok = specend(p, m) && b != NULL;
        if (ok) {
            TyLoc a = tokloc(p, star);
            return errorrange(p, &a, &bl, "cannot use a starred expression in a dictionary value");
        }
        return invalid(p, p->pos);
    }
    return expression(p);
}

/*
** dict: '{' [double_starred_kvpairs] '}'
** set: '{' star_named_expressions '}'
** dictcomp: '{' kvpair for_if_clauses '}'
** setcomp: '{' named_expression for_if_clauses '}'
*/
static TyExpr *braces(Parser *p)
{
    int lbrace = advance(p), base, start;
    TyExpr *first, *e;

    if (accept(p, TY_TOK_RBRACE)) {
        e = newexpr(p, TY_EXPR_DICT, locfrom(p, lbrace));
        return e;
    }
    start = p->pos;
    if (kind(p) == TY_TOK_DOUBLESTAR) {
        first = NULL;
        advance(p);
        e = bitwiseor(p);
        if (e == NULL)
            return NULL;
        if (atcomprehension(p))
            return errortok(p, start, "dict unpacking cannot be used in dict comprehension");
        goto dict;
    }
    /* A key in parentheses may be a named expression: `{(x := 1): 2}`. */
    bool parenthesized = kind(p) == TY_TOK_LPAR;
    first = starnamedexpression(p);
    if (first == NULL)
        return NULL;
    if (kind(p) == TY_TOK_COLON) {
        int colon;
        TyExpr *v;
        if (first->kind == TY_EXPR_STARRED || (first->kind == TY_EXPR_NAMEDEXPR && !parenthesized))
            return invalid(p, p->pos);
        colon = advance(p);
        v = dictvalue(p, colon);
        if (v == NULL)
            return NULL;
        if (atcomprehension(p)) {
            e = genexp(p, lbrace, first, TY_EXPR_DICTCOMP);
            if (e == NULL || !expect(p, TY_TOK_RBRACE))
                return NULL;
            e->v.comp.value = v;
            e->loc = locfrom(p, lbrace);
            return e;
        }
        e = v;
        goto dict;
    }
    /* A set. */
    if (atcomprehension(p)) {
        if (first->kind == TY_EXPR_STARRED)
            return errornode(p, &first->loc, "iterable unpacking cannot be used in comprehension");
        e = genexp(p, lbrace, first, TY_EXPR_SETCOMP);
        if (e == NULL || !expect(p, TY_TOK_RBRACE))
            return NULL;
        e->loc = locfrom(p, lbrace);
        return e;
    }
    base = seqbegin(p);
    if (!displaytail(p, first, TY_TOK_RBRACE, base))
        return NULL;
    e = newexpr(p, TY_EXPR_SET, locfrom(p, lbrace));
    if (e == NULL) {
        p->top = base;
        return NULL;
    }
    if (!SEQEND(p, base, e->v.set.elts, TyExpr))
        return NULL;
    return e;

dict:
    /* Keys and values go on the scratch stack in pairs (NULL key: **). */
    base = seqbegin(p);
    if (!push(p, first) || !push(p, e))
        return NULL;
    while (accept(p, TY_TOK_COMMA)) {
        TyExpr *k = NULL, *v;
        if (kind(p) == TY_TOK_RBRACE)
            break;
        if (kind(p) == TY_TOK_DOUBLESTAR) {
            advance(p);
            v = bitwiseor(p);
            if (v == NULL)
                goto dictfail;
        } else {
            int colon;
            if (kind(p) == TY_TOK_STAR) {
                invalid(p, p->pos);
                goto dictfail;
            }
            k = expression(p);
            if (k == NULL)
                goto dictfail;
            if (kind(p) != TY_TOK_COLON) {
                if (kind(p) == TY_TOK_COMMA || kind(p) == TY_TOK_RBRACE) {
                    errorat(p, TY_LEXERR_SYNTAX, k->loc.line, k->loc.end_col, k->loc.end_line, 0,
                            "':' expected after dictionary key");
                } else {
                    invalid(p, p->pos);
                }
                goto dictfail;
            }
            colon = advance(p);
            v = dictvalue(p, colon);
            if (v == NULL)
                goto dictfail;
        }
        if (!push(p, k) || !push(p, v))
            goto dictfail;
    }
    if (kind(p) != TY_TOK_RBRACE && first && p->top - base == 2 &&
        (kind(p) == TY_TOK_COMMA)) {
        invalid(p, p->pos);
        goto dictfail;
    }
    if (!expect(p, TY_TOK_RBRACE))
        goto dictfail;
    {
        int n = (p->top - base) / 2, i;
        e = newexpr(p, TY_EXPR_DICT, locfrom(p, lbrace));
        if (e == NULL)
            goto dictfail;
        e->v.dict.keys.n = e->v.dict.values.n = n;
        e->v.dict.keys.items = alloc(p, (size_t)n * sizeof(TyExpr *));
        e->v.dict.values.items = alloc(p, (size_t)n * sizeof(TyExpr *));
        if (e->v.dict.keys.items == NULL || e->v.dict.values.items == NULL)
            goto dictfail;
        for (i = 0; i < n; i++) {
            e->v.dict.keys.items[i] = p->stack[base + 2 * i];
            e->v.dict.values.items[i] = p->stack[base + 2 * i + 1];
        }
        p->top = base;
        return e;
    }
dictfail:
    p->top = base;
    return NULL;
}

/*
** atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
**     | (tuple | group | genexp) | (list | listcomp)
**     | (dict | set | dictcomp | setcomp) | '...'
*/
static TyExpr *atom(Parser *p)
{
    int ti = p->pos;
    TyExpr *e;

    switch (kind(p)) {
    case TY_TOK_NAME:
        advance(p);
        return namenode(p, ti, TY_CTX_LOAD);
    case TY_TOK_TRUE:
        advance(p);
        return singletonconst(p, TY_TRUE, tokloc(p, ti));
    case TY_TOK_FALSE:
        advance(p);
        return singletonconst(p, TY_FALSE, tokloc(p, ti));
    case TY_TOK_NONE:
        advance(p);
        return singletonconst(p, TY_NONE, tokloc(p, ti));
    case TY_TOK_ELLIPSIS:
        advance(p);
        return singletonconst(p, TY_ELLIPSIS, tokloc(p, ti));
    case TY_TOK_NUMBER:
        advance(p);
        return number(p, ti);
    case TY_TOK_STRING:
        return strings(p);
    case TY_TOK_LPAR:
        if (!enter(p))
            return NULL;
        e = parenth(p);
        leave(p);
        return e;
    case TY_TOK_LSQB:
        if (!enter(p))
            return NULL;
        e = listdisplay(p);
        leave(p);
        return e;
    case TY_TOK_LBRACE:
        if (!enter(p))
            return NULL;
        e = braces(p);
        leave(p);
        return e;
    default:
        return invalid(p, ti);
    }
}

/*
** for_if_clauses: for_if_clause+
** for_if_clause: 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
*/
static bool forifclauses(Parser *p, TyComprehensionSeq *out)
{
    int base = seqbegin(p);

    while (kind(p) == TY_TOK_FOR || kind(p) == TY_TOK_ASYNC) {
        TyComprehension *c;
        TyExpr *target, *iter;
        int ifbase, fortok;
        bool is_async = accept(p, TY_TOK_ASYNC);
        if (is_async && kind(p) != TY_TOK_FOR) {
            invalid(p, p->pos);
            goto fail;
        }
        fortok = advance(p);
        target = targetlist(p);
        if (target == NULL)
            goto fail;
        if (!settarget(p, target, TY_CTX_STORE) || kind(p) != TY_TOK_IN) {
            /* CPython re-reads the target as expressions to explain. */
            TyExpr *bad;
            int stop = p->pos;
            if (failed(p))
                goto fail;
            p->pos = fortok + 1;
            bad = starexpressions(p, NULL);
            if (bad == NULL)
                goto fail;
            bad = invalidtarget(bad, TARGET_FOR);
            if (bad)
                errornode(p, &bad->loc, "cannot assign to %s", exprname(bad));
            else
                invalid(p, stop);
            goto fail;
        }
        advance(p);
        iter = disjunction(p);
        if (iter == NULL)
            goto fail;
        c = alloc(p, sizeof *c);
        if (c == NULL)
            goto fail;
        c->target = target;
        c->iter = iter;
        c->is_async = is_async;
        ifbase = seqbegin(p);
        while (accept(p, TY_TOK_IF)) {
            TyExpr *cond = disjunction(p);
            if (cond == NULL || !push(p, cond)) {
                p->top = ifbase;
                goto fail;
            }
        }
        if (!SEQEND(p, ifbase, c->ifs, TyExpr) || !push(p, c))
            goto fail;
    }
    return SEQEND(p, base, *out, TyComprehension);
fail:
    p->top = base;
    return false;
}

/* ---------------------------------------------------------------------- */
/* Assignment targets                                                       */

/*
** star_target: '*' star_target | target_with_star_atom
** Parsed as an expression (an operand of comparisons, so that 'in' ends
** it) and checked afterwards by settarget.
*/
static TyExpr *targetitem(Parser *p)
{
    if (kind(p) == TY_TOK_STAR) {
        if (kindat(p, 1) == TY_TOK_STAR)
            return invalid(p, p->pos + 1);
        return starred(p, targetitem);
    }
    return bitwiseor(p);
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
static TyExpr *targetlist(Parser *p)
{
    int start = p->pos, base;
    TyExpr *a = targetitem(p);

    if (a == NULL || kind(p) != TY_TOK_COMMA)
        return a;
    base = seqbegin(p);
    if (!push(p, a))
        return NULL;
    while (accept(p, TY_TOK_COMMA)) {
        TyExpr *x;
        if (!startsexpr(kind(p)) && kind(p) != TY_TOK_STAR)
            break;
        x = targetitem(p);
        if (x == NULL || !push(p, x)) {
            p->top = base;
            return NULL;
        }
    }
    return newseq(p, TY_EXPR_TUPLE, base, locfrom(p, start), TY_CTX_STORE);
}

/* _PyPegen_get_invalid_target: the part of e that cannot be assigned to
** (or deleted), or NULL. */
static TyExpr *invalidtarget(TyExpr *e, TargetsType type)
{
    int i;

    switch (e->kind) {
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        for (i = 0; i < e->v.seq.elts.n; i++) {
            TyExpr *c = invalidtarget(e->v.seq.elts.items[i], type);
            if (c)
                return c;
        }
        return NULL;
    case TY_EXPR_STARRED:
        if (type == TARGET_DEL)
            return e;
        return invalidtarget(e->v.starred.value, type);
    case TY_EXPR_COMPARE:
        if (type == TARGET_FOR) {
            if (e->v.compare.ops[0] == TY_CMP_IN)
                return invalidtarget(e->v.compare.left, type);
            return NULL;
        }
        return e;
    case TY_EXPR_NAME:
    case TY_EXPR_SUBSCRIPT:
    case TY_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* Give a valid target tree its context; false (nothing recorded) if some
** part of it cannot be a target. */
static bool settarget(Parser *p, TyExpr *e, TyExprCtx ctx)
{
    int i;

    switch (e->kind) {
    case TY_EXPR_NAME:
        e->v.name.ctx = ctx;
        return true;
    case TY_EXPR_ATTRIBUTE:
        e->v.attribute.ctx = ctx;
        return true;
    case TY_EXPR_SUBSCRIPT:
        e->v.subscript.ctx = ctx;
        return true;
    case TY_EXPR_STARRED:
        if (ctx == TY_CTX_DEL)
            return false;
        e->v.starred.ctx = ctx;
        return settarget(p, e->v.starred.value, ctx);
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        for (i = 0; i < e->v.seq.elts.n; i++)
            if (!settarget(p, e->v.seq.elts.items[i], ctx))
                return false;
        e->v.seq.ctx = ctx;
        return true;
    default:
        return false;
    }
}

/* ---------------------------------------------------------------------- */
/* Simple statements                                                        */

static bool statement(Parser *p);
static bool block(Parser *p, TyStmtSeq *out, int kwtok);

/* The first token of a block statement names what CPython's "expected an
** indented block after ..." message says. */
static const char *blockname(Parser *p, int ti)
{
    if (tokat(p, ti)->kind == TY_TOK_NAME)
        return tokis(p, ti, "case") ? "'case' statement" : "statement";
    switch (tokat(p, ti)->kind) {
    case TY_TOK_IF: return "'if' statement";
    case TY_TOK_ELIF: return "'elif' statement";
    case TY_TOK_ELSE: return "'else' statement";
    case TY_TOK_WHILE: return "'while' statement";
    case TY_TOK_FOR: return "'for' statement";
    case TY_TOK_WITH: return "'with' statement";
    case TY_TOK_TRY: return "'try' statement";
    case TY_TOK_EXCEPT:
        return tokat(p, ti + 1)->kind == TY_TOK_STAR ? "'except*' statement" : "'except' statement";
    case TY_TOK_FINALLY: return "'finally' statement";
    case TY_TOK_DEF: return "function definition";
    case TY_TOK_CLASS: return "class definition";
    default: return "statement";
    }
}

/*
** CPython's invalid_assignment for `e` (the first star_expressions of the
** statement, from token `start`) followed by '=' when it is not a valid
** target.  `tuple` says e is an unparenthesized tuple.
*/
static void *badassign(Parser *p, int start, TyExpr *e, bool tuple, bool first)
{
    TyExpr *bad;

    if (first) {
        /* invalid_named_expression sees the element just before '='. */
        TyExpr *x = e;
        int xstart = start;
        if (tuple && e->v.seq.elts.n > 0) {
            x = e->v.seq.elts.items[e->v.seq.elts.n - 1];
            for (xstart = p->pos - 1; xstart > start; xstart--) {
                TyToken *t = tokat(p, xstart);
                if (t->line == x->loc.line && t->col == x->loc.col)
                    break;
            }
            /* A parenthesized element starts at its '('. */
            while (xstart > start && tokat(p, xstart - 1)->kind == TY_TOK_LPAR)
                xstart--;
        }
        if (assigninsteadofeq(p, xstart, x))
            return NULL;
    }
    if (e->kind == TY_EXPR_YIELD || e->kind == TY_EXPR_YIELDFROM)
        return errornode(p, &e->loc, "assignment to yield expression not possible");
    bad = invalidtarget(e, TARGET_STAR);
    if (bad)
        return errornode(p, &bad->loc, "cannot assign to %s", exprname(bad));
    return invalid(p, p->pos);
}

/* annotated_rhs: yield_expr | star_expressions */
static TyExpr *annotatedrhs(Parser *p)
{
    if (kind(p) == TY_TOK_YIELD)
        return yieldexpr(p);
    return starexpressions(p, NULL);
}

static int augop(TyTokKind k)
{
    switch (k) {
    case TY_TOK_PLUSEQUAL: return TY_BINOP_ADD;
    case TY_TOK_MINEQUAL: return TY_BINOP_SUB;
    case TY_TOK_STAREQUAL: return TY_BINOP_MUL;
    case TY_TOK_ATEQUAL: return TY_BINOP_MATMUL;
    case TY_TOK_SLASHEQUAL: return TY_BINOP_TRUEDIV;
    case TY_TOK_PERCENTEQUAL: return TY_BINOP_MOD;
    case TY_TOK_AMPEREQUAL: return TY_BINOP_AND;
    case TY_TOK_VBAREQUAL: return TY_BINOP_OR;
    case TY_TOK_CIRCUMFLEXEQUAL: return TY_BINOP_XOR;
    case TY_TOK_LEFTSHIFTEQUAL: return TY_BINOP_LSHIFT;
    case TY_TOK_RIGHTSHIFTEQUAL: return TY_BINOP_RSHIFT;
    case TY_TOK_DOUBLESTAREQUAL: return TY_BINOP_POW;
    case TY_TOK_DOUBLESLASHEQUAL: return TY_BINOP_FLOORDIV;
    default: return -1;
    }
}

/*
** assignment:
**     | NAME ':' expression ['=' annotated_rhs]
**     | ('(' single_target ')' | single_subscript_attribute_target)
**           ':' expression ['=' annotated_rhs]
**     | (star_targets '=')+ (yield_expr | star_expressions) !'='
**     | single_target augassign ~ (yield_expr | star_expressions)
** and the expression statement: star_expressions
*/
static TyStmt *exprstmt(Parser *p)
{
    int start = p->pos, base, op;
    bool tuple = false;
    TyExpr *e, *value;
    TyStmt *s;

    e = kind(p) == TY_TOK_YIELD ? yieldexpr(p) : starexpressions(p, &tuple);
    if (e == NULL)
        return NULL;

    if (kind(p) == TY_TOK_COLON) {
        TyExpr *ann, *v = NULL;
        int simple = 0;
        if (tuple)
            return errornode(p, &e->v.seq.elts.items[0]->loc,
                             "only single target (not tuple) can be annotated");
        if (e->kind == TY_EXPR_TUPLE || e->kind == TY_EXPR_LIST)
            return errornode(p, &e->loc, "only single target (not %s) can be annotated",
                             exprname(e));
        if (e->kind != TY_EXPR_NAME && e->kind != TY_EXPR_ATTRIBUTE &&
            e->kind != TY_EXPR_SUBSCRIPT)
            return errornode(p, &e->loc, "illegal target for annotation");
        simple = e->kind == TY_EXPR_NAME && tokat(p, start)->kind == TY_TOK_NAME;
        settarget(p, e, TY_CTX_STORE);
        advance(p);
        ann = expression(p);
        if (ann == NULL)
            return NULL;
        if (accept(p, TY_TOK_EQUAL)) {
            v = annotatedrhs(p);
            if (v == NULL)
                return NULL;
        }
        s = newstmt(p, TY_STMT_ANNASSIGN, locfrom(p, start));
        if (s) {
            s->v.annassign.target = e;
            s->v.annassign.annotation = ann;
            s->v.annassign.value = v;
            s->v.annassign.simple = simple;
        }
        return s;
    }

    op = augop(kind(p));
    if (op >= 0) {
        if (e->kind != TY_EXPR_NAME && e->kind != TY_EXPR_ATTRIBUTE &&
            e->kind != TY_EXPR_SUBSCRIPT)
            return errornode(p, &e->loc, "'%s' is an illegal expression for augmented assignment",
                             exprname(e));
        settarget(p, e, TY_CTX_STORE);
        advance(p);
        value = annotatedrhs(p);
        if (value == NULL)
            return NULL;
        s = newstmt(p, TY_STMT_AUGASSIGN, locfrom(p, start));
        if (s) {
            s->v.augassign.target = e;
            s->v.augassign.op = op;
            s->v.augassign.value = value;
        }
        return s;
    }

    if (kind(p) != TY_TOK_EQUAL) {
        s = newstmt(p, TY_STMT_EXPR, locfrom(p, start));
        if (s)
            s->v.expr.value = e;
        return s;
    }

    base = seqbegin(p);
    value = e;
    for (bool first = true; kind(p) == TY_TOK_EQUAL; first = false) {
        if (!settarget(p, value, TY_CTX_STORE)) {
            p->top = base;
            return badassign(p, start, value, tuple, first);
        }
        if (!push(p, value))
            return NULL;
        advance(p);
        value = annotatedrhs(p);
        if (value == NULL) {
            p->top = base;
            return NULL;
        }
        tuple = false;
    }
    s = newstmt(p, TY_STMT_ASSIGN, locfrom(p, start));
    if (s == NULL) {
        p->top = base;
        return NULL;
    }
    s->v.assign.value = value;
    if (!SEQEND(p, base, s->v.assign.targets, TyExpr))
        return NULL;
    return s;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) */
static TyStmt *delstmt(Parser *p)
{
    int start = advance(p), base, i;
    bool tuple;
    TyExpr *e, *bad;
    TyStmt *s;

    e = starexpressions(p, &tuple);
    if (e == NULL)
        return NULL;
    bad = invalidtarget(e, TARGET_DEL);
    if (bad)
        return errornode(p, &bad->loc, "cannot delete %s", exprname(bad));
    if (kind(p) != TY_TOK_SEMI && kind(p) != TY_TOK_NEWLINE)
        return invalid(p, p->pos);
    settarget(p, e, TY_CTX_DEL);
    s = newstmt(p, TY_STMT_DELETE, locfrom(p, start));
    if (s == NULL)
        return NULL;
    base = seqbegin(p);
    if (tuple) {
        for (i = 0; i < e->v.seq.elts.n; i++)
            if (!push(p, e->v.seq.elts.items[i]))
                return NULL;
    } else if (!push(p, e)) {
        return NULL;
    }
    if (!SEQEND(p, base, s->v.del.targets, TyExpr))
        return NULL;
    return s;
}

/* dotted_name: dotted_name '.' NAME | NAME  (one interned str "a.b.c") */
static TyObject *dottedname(Parser *p)
{
    int first = p->pos, last;
    TyToken *a;
    TyStrBuilder sb;
    TyObject *o;

    if (kind(p) != TY_TOK_NAME)
        return invalid(p, p->pos);
    advance(p);
    while (accept(p, TY_TOK_DOT)) {
        if (kind(p) != TY_TOK_NAME)
            return invalid(p, p->pos);
        advance(p);
    }
    last = p->pos - 1;
    if (first == last)
        return tokname(p, first);
    /* Tokens may be separated by spaces ("a . b"): join the names. */
    tyBuf_init(&sb);
    for (int i = first; i <= last; i += 2) {
        a = tokat(p, i);
        if ((i > first && tyBuf_appendChar(&sb, '.') < 0) ||
            tyBuf_append(&sb, a->start, (size_t)(a->end - a->start)) < 0) {
            tyBuf_free(&sb);
            return nomem(p);
        }
    }
    o = tyBuf_finish(&sb);
    if (o == NULL)
        return nomem(p);
    return own(p, tyStr_intern(o));
}

static TyAlias *newalias(Parser *p, TyObject *name, int start)
{
    TyAlias *a = alloc(p, sizeof *a);
    if (a == NULL)
        return NULL;
    a->name = name;
    if (accept(p, TY_TOK_AS)) {
        if (kind(p) != TY_TOK_NAME)
            return invalid(p, p->pos);
        a->asname = tokname(p, advance(p));
        if (a->asname == NULL)
            return NULL;
    }
    a->loc = locfrom(p, start);
    return a;
}

/* import_name: 'import' dotted_as_names
** dotted_as_name: dotted_name ['as' NAME] */
static TyStmt *importname(Parser *p)
{
    int start = advance(p), base = seqbegin(p);
    TyStmt *s;

    do {
        int astart = p->pos;
        TyObject *name = dottedname(p);
        TyAlias *a;
        if (name == NULL)
            goto fail;
        a = newalias(p, name, astart);
        if (a == NULL || !push(p, a))
            goto fail;
    } while (accept(p, TY_TOK_COMMA));
    s = newstmt(p, TY_STMT_IMPORT, locfrom(p, start));
    if (s == NULL)
        goto fail;
    if (!SEQEND(p, base, s->v.import.names, TyAlias))
        return NULL;
    return s;
fail:
    p->top = base;
    return NULL;
}

/*
** import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
**            | 'from' ('.' | '...')+ 'import' import_from_targets
** import_from_targets: '(' import_from_as_names [','] ')'
**                    | import_from_as_names !',' | '*'
*/
static TyStmt *importfrom(Parser *p)
{
    int start = advance(p), base, level = 0;
    TyObject *module = NULL;
    bool paren;
    TyStmt *s;

    for (;;) {
        if (accept(p, TY_TOK_DOT))
            level++;
        else if (accept(p, TY_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if (kind(p) != TY_TOK_IMPORT || level == 0) {
        module = dottedname(p);
        if (module == NULL)
            return NULL;
    }
    if (!expect(p, TY_TOK_IMPORT))
        return NULL;
    base = seqbegin(p);
    if (kind(p) == TY_TOK_STAR) {
        int st = advance(p);
        TyAlias *a = alloc(p, sizeof *a);
        if (a == NULL)
            return NULL;
        a->name = interned(p, "*", 1);
        a->loc = tokloc(p, st);
        if (a->name == NULL || !push(p, a))
            return NULL;
    } else {
        paren = accept(p, TY_TOK_LPAR);
        for (;;) {
            int astart = p->pos;
            TyObject *name;
            TyAlias *a;
            if (kind(p) != TY_TOK_NAME) {
                invalid(p, p->pos);
                goto fail;
            }
            name = tokname(p, advance(p));
            if (name == NULL)
                goto fail;
            a = newalias(p, name, astart);
            if (a == NULL || !push(p, a))
                goto fail;
            if (!accept(p, TY_TOK_COMMA))
                break;
            if (paren && kind(p) == TY_TOK_RPAR)
                break;
            if (!paren && kind(p) == TY_TOK_NEWLINE) {
                errortok(p, p->pos, "trailing comma not allowed without surrounding parentheses");
                goto fail;
            }
        }
        if (paren && !expect(p, TY_TOK_RPAR))
            goto fail;
    }
    s = newstmt(p, TY_STMT_IMPORTFROM, locfrom(p, start));
    if (s == NULL)
        goto fail;
    s->v.import.module = module;
    s->v.import.level = level;
    if (!SEQEND(p, base, s->v.import.names, TyAlias))
        return NULL;
    return s;
fail:
    p->top = base;
    return NULL;
}

/* global_stmt: 'global' ','.NAME+    nonlocal_stmt: 'nonlocal' ','.NAME+ */
static TyStmt *namesstmt(Parser *p, TyStmtKind k)
{
    int start = advance(p), base = seqbegin(p);
    TyStmt *s;

    do {
        TyObject *name;
        if (kind(p) != TY_TOK_NAME) {
            invalid(p, p->pos);
            goto fail;
        }
        name = tokname(p, advance(p));
        if (name == NULL || !push(p, name))
            goto fail;
    } while (accept(p, TY_TOK_COMMA));
    s = newstmt(p, k, locfrom(p, start));
    if (s == NULL)
        goto fail;
    if (!SEQEND(p, base, s->v.names.names, TyObject))
        return NULL;
    return s;
fail:
    p->top = base;
    return NULL;
}

/* True at the end of a simple statement. */
static bool atstmtend(Parser *p)
{
    TyTokKind k = kind(p);
    return k == TY_TOK_NEWLINE || k == TY_TOK_SEMI;
}

/*
** simple_stmt: assignment | star_expressions | return_stmt | import_stmt
**            | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
**            | 'break' | 'continue' | global_stmt | nonlocal_stmt
*/
static TyStmt *simplestmt(Parser *p)
{
    int start = p->pos;
    TyStmt *s;
    TyExpr *a, *b;

    if (!enter(p))
        return NULL;
    switch (kind(p)) {
    case TY_TOK_PASS:
    case TY_TOK_BREAK:
    case TY_TOK_CONTINUE: {
        TyTokKind k = kind(p);
        advance(p);
        s = newstmt(p, k == TY_TOK_PASS ? TY_STMT_PASS : k == TY_TOK_BREAK ? TY_STMT_BREAK
                                                                            : TY_STMT_CONTINUE,
                    locfrom(p, start));
        break;
    }
    case TY_TOK_RETURN:
        advance(p);
        a = NULL;
        if (!atstmtend(p)) {
            a = starexpressions(p, NULL);
            if (a == NULL) {
                s = NULL;
                break;
            }
        }
        s = newstmt(p, TY_STMT_RETURN, locfrom(p, start));
        if (s)
            s->v.ret.value = a;
        break;
    case TY_TOK_RAISE:
        advance(p);
        a = b = NULL;
        s = NULL;
        if (!atstmtend(p)) {
            a = expression(p);
            if (a == NULL)
                break;
            if (accept(p, TY_TOK_FROM)) {
                b = expression(p);
                if (b == NULL)
                    break;
            }
        }
        s = newstmt(p, TY_STMT_RAISE, locfrom(p, start));
        if (s) {
            s->v.raise.exc = a;
            s->v.raise.cause = b;
        }
        break;
    case TY_TOK_ASSERT:
        advance(p);
        s = NULL;
        a = expression(p);
        if (a == NULL)
            break;
        b = NULL;
        if (accept(p, TY_TOK_COMMA)) {
            b = expression(p);
            if (b == NULL)
                break;
        }
        s = newstmt(p, TY_STMT_ASSERT, locfrom(p, start));
        if (s) {
            s->v.assert_.test = a;
            s->v.assert_.msg = b;
        }
        break;
    case TY_TOK_DEL:
        s = delstmt(p);
        break;
    case TY_TOK_GLOBAL:
        s = namesstmt(p, TY_STMT_GLOBAL);
        break;
    case TY_TOK_NONLOCAL:
        s = namesstmt(p, TY_STMT_NONLOCAL);
        break;
    case TY_TOK_IMPORT:
        s = importname(p);
        break;
    case TY_TOK_FROM:
        s = importfrom(p);
        break;
    default:
        if (!startsexpr(kind(p)) && kind(p) != TY_TOK_STAR && kind(p) != TY_TOK_YIELD) {
            s = invalid(p, p->pos);
            break;
        }
        s = exprstmt(p);
        break;
    }
    leave(p);
    return s;
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
** The statements are pushed on the scratch stack. */
static bool simplestmts(Parser *p)
{
    for (;;) {
        TyStmt *s = simplestmt(p);
        if (s == NULL || !push(p, s))
            return false;
        if (accept(p, TY_TOK_NEWLINE))
            return true;
        if (!accept(p, TY_TOK_SEMI)) {
            invalid(p, p->pos);
            return false;
        }
        if (accept(p, TY_TOK_NEWLINE))
            return true;
    }
}

/* ---------------------------------------------------------------------- */
/* Compound statements                                                      */

/*
** block: NEWLINE INDENT statements DEDENT | simple_stmts
** `kwtok` is the statement's keyword, for CPython's IndentationError
** "expected an indented block after 'if' statement on line 3".
*/
static bool block(Parser *p, TyStmtSeq *out, int kwtok)
{
    int base = seqbegin(p);

    if (!enter(p))
        return false;
    if (accept(p, TY_TOK_NEWLINE)) {
        if (kind(p) != TY_TOK_INDENT) {
            if (kind(p) == TY_TOK_ERROR)
                invalid(p, p->pos);
            else
                indenterror(p, p->pos, "expected an indented block after %s on line %d",
                            blockname(p, kwtok), tokat(p, kwtok)->line);
            goto fail;
        }
        advance(p);
        while (kind(p) != TY_TOK_DEDENT) {
            if (kind(p) == TY_TOK_ENDMARKER || kind(p) == TY_TOK_ERROR) {
                invalid(p, p->pos);
                goto fail;
            }
            if (!statement(p))
                goto fail;
        }
        advance(p);
    } else if (!simplestmts(p)) {
        goto fail;
    }
    leave(p);
    return SEQEND(p, base, *out, TyStmt);
fail:
    leave(p);
    p->top = base;
    return false;
}

/* The ':' after a block header: CPython says "expected ':'" when the
** line ends instead, "invalid syntax" at anything else. */
static bool colon(Parser *p)
{
    if (accept(p, TY_TOK_COLON))
        return true;
    if (kind(p) == TY_TOK_NEWLINE)
        errortok(p, p->pos, "expected ':'");
    else
        invalid(p, p->pos);
    return false;
}

/* The end of a compound statement: the end of its last block. */
static TyLoc blockloc(Parser *p, int start)
{
    TyLoc l = locfrom(p, start);
    /* The last token consumed may be a NEWLINE or DEDENT; back up to the
    ** last real token. */
    int i = p->pos - 1;
    while (i > start) {
        TyTokKind k = tokat(p, i)->kind;
        if (k != TY_TOK_NEWLINE && k != TY_TOK_DEDENT && k != TY_TOK_INDENT)
            break;
        i--;
    }
    l.end_line = tokat(p, i)->end_line;
    l.end_col = tokat(p, i)->end_col;
    return l;
}

/* else_block: 'else' &&':' block */
static bool elseblock(Parser *p, TyStmtSeq *out)
{
    int kw = advance(p);
    if (!expectforced(p, TY_TOK_COLON))
        return false;
    return block(p, out, kw);
}

/*
** if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
** elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
*/
static TyStmt *ifstmt(Parser *p)
{
    int start = advance(p);
    TyExpr *test;
    TyStmt *s;
    TyStmtSeq body;

    test = namedexpression(p);
    if (test == NULL || !colon(p) || !block(p, &body, start))
        return NULL;
    s = newstmt(p, TY_STMT_IF, TY_ZEROLOC);
    if (s == NULL)
        return NULL;
    s->v.if_.test = test;
    s->v.if_.body = body;
    if (kind(p) == TY_TOK_ELIF) {
        TyStmt *elif = ifstmt(p);
        if (elif == NULL)
            return NULL;
        s->v.if_.orelse.items = alloc(p, sizeof(TyStmt *));
        if (s->v.if_.orelse.items == NULL)
            return NULL;
        s->v.if_.orelse.n = 1;
        s->v.if_.orelse.items[0] = elif;
    } else if (kind(p) == TY_TOK_ELSE) {
        if (!elseblock(p, &s->v.if_.orelse))
            return NULL;
    }
    s->loc = blockloc(p, start);
    return s;
}

/* while_stmt: 'while' named_expression ':' block [else_block] */
static TyStmt *whilestmt(Parser *p)
{
    int start = advance(p);
    TyExpr *test;
    TyStmt *s;
    TyStmtSeq body;

    test = namedexpression(p);
    if (test == NULL || !colon(p) || !block(p, &body, start))
        return NULL;
    s = newstmt(p, TY_STMT_WHILE, TY_ZEROLOC);
    if (s == NULL)
        return NULL;
    s->v.loop.iter = test;
    s->v.loop.body = body;
    if (kind(p) == TY_TOK_ELSE && !elseblock(p, &s->v.loop.orelse))
        return NULL;
    s->loc = blockloc(p, start);
    return s;
}

/* for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
static TyStmt *forstmt(Parser *p)
{
    int start = advance(p);
    TyExpr *target, *iter;
    TyStmt *s;
    TyStmtSeq body;

    target = targetlist(p);
    if (target == NULL)
        return NULL;
    if (!settarget(p, target, TY_CTX_STORE) || kind(p) != TY_TOK_IN) {
        /* invalid_for_target: read it again as expressions to explain. */
        TyExpr *bad;
        int stop = p->pos;
        if (failed(p))
            return NULL;
        p->pos = start + 1;
        bad = starexpressions(p, NULL);
        if (bad == NULL)
            return NULL;
        bad = invalidtarget(bad, TARGET_FOR);
        if (bad)
            return errornode(p, &bad->loc, "cannot assign to %s", exprname(bad));
        return invalid(p, stop);
    }
    advance(p);
    iter = starexpressions(p, NULL);
    if (iter == NULL || !colon(p) || !block(p, &body, start))
        return NULL;
    s = newstmt(p, TY_STMT_FOR, TY_ZEROLOC);
    if (s == NULL)
        return NULL;
    s->v.loop.target = target;
    s->v.loop.iter = iter;
    s->v.loop.body = body;
    if (kind(p) == TY_TOK_ELSE && !elseblock(p, &s->v.loop.orelse))
        return NULL;
    s->loc = blockloc(p, start);
    return s;
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static TyWithItem *withitem(Parser *p)
{
    TyWithItem *w;
    TyExpr *e = expression(p), *t = NULL;

    if (e == NULL)
        return NULL;
    if (accept(p, TY_TOK_AS)) {
        int tstart = p->pos;
        t = targetitem(p);
        if (t == NULL)
            return NULL;
        if (!settarget(p, t, TY_CTX_STORE)) {
            /* invalid_with_item: 'as' expression &(',' | ')' | ':'). */
            TyExpr *bad;
            int stop = p->pos;
            p->pos = tstart;
            bad = expression(p);
            if (bad == NULL)
                return NULL;
            if (kind(p) == TY_TOK_COMMA || kind(p) == TY_TOK_RPAR || kind(p) == TY_TOK_COLON) {
                TyExpr *x = invalidtarget(bad, TARGET_STAR);
                if (x)
                    return errornode(p, &x->loc, "cannot assign to %s", exprname(x));
            }
            return invalid(p, stop);
        }
    }
    w = alloc(p, sizeof *w);
    if (w) {
        w->context_expr = e;
        w->optional_vars = t;
    }
    return w;
}

/* Parse "(item, item, ...)" speculatively: the index of the token after
** its ')', or -1 if it is not a parenthesized list of with-items.  The
** list holds at least one item: "with ():" has the empty tuple as its
** context expression. */
static int parenthesizeditems(Parser *p)
{
    Mark m = specbegin(p);
    int after = -1;

    advance(p);
    if (kind(p) != TY_TOK_RPAR) {
        while (withitem(p) != NULL && accept(p, TY_TOK_COMMA) && kind(p) != TY_TOK_RPAR)
            ;
        if (kind(p) == TY_TOK_RPAR && !p->specfail)
            after = p->pos + 1;
    }
    specend(p, m);
    return after;
}

/*
** with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block
**          | 'with' ','.with_item+ ':' block
** CPython tries the parenthesized form first ("with (a, b):" is then two
** items), and when neither fits but the parenthesized list was complete,
** says "expected ':'" after it.
*/
static TyStmt *withstmt(Parser *p)
{
    int start = advance(p), base = seqbegin(p), after = -1;
    bool paren = false;
    TyStmt *s;
    TyStmtSeq body;

    if (kind(p) == TY_TOK_LPAR) {
        after = parenthesizeditems(p);
        if (after >= 0 && tokat(p, after)->kind == TY_TOK_COLON) {
            if (toonew(p, 9, p->pos, "Parenthesized context managers are"))
                return NULL;
            paren = true;
            advance(p);
        } else if (after >= 0 && tokat(p, after)->kind == TY_TOK_NEWLINE) {
            Mark m = specbegin(p);
            bool ok = true;
            do {
                if (withitem(p) == NULL) {
                    ok = false;
                    break;
                }
            } while (accept(p, TY_TOK_COMMA));
            ok = specend(p, m) && ok && kind(p) == TY_TOK_COLON;
            if (!ok)
                return errortok(p, after, "expected ':'");
        }
    }
    do {
        TyWithItem *w;
        if (paren && kind(p) == TY_TOK_RPAR)
            break;
        w = withitem(p);
        if (w == NULL || !push(p, w))
            goto fail;
    } while (accept(p, TY_TOK_COMMA));
    if (paren && !expect(p, TY_TOK_RPAR))
        goto fail;
    s = newstmt(p, TY_STMT_WITH, TY_ZEROLOC);
    if (s == NULL)
        goto fail;
    if (!SEQEND(p, base, s->v.with.items, TyWithItem))
        return NULL;
    if (!colon(p) || !block(p, &body, start))
        return NULL;
    s->v.with.body = body;
    s->loc = blockloc(p, start);
    return s;
fail:
    p->top = base;
    return NULL;
}

/*
** except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
** except_star_block: 'except' '*' expression ['as' NAME] ':' block
** *star is -1 at the first clause of a try, then 1 when its clauses are
** except* clauses, 0 when not; a clause of the other kind is an error once
** its header has been read up to the ':' (CPython's invalid_try_stmt).
*/
static TyExceptHandler *exceptblock(Parser *p, int *star)
{
    int start = advance(p);
    TyExceptHandler *h = alloc(p, sizeof *h);
    int startok = p->pos;
    bool is_star = accept(p, TY_TOK_STAR);

    if (h == NULL || (is_star && toonew(p, 11, startok, "Exception groups are")))
        return NULL;
    if (is_star && (kind(p) == TY_TOK_COLON || kind(p) == TY_TOK_NEWLINE))
        return errortok(p, p->pos, "expected one or more exception types");
    if (kind(p) != TY_TOK_COLON) {
        int tstart = p->pos;
        if (kind(p) == TY_TOK_NEWLINE)
            return errortok(p, p->pos, "expected ':'");
        h->type = expression(p);
        if (h->type == NULL)
            return NULL;
        if (kind(p) == TY_TOK_COMMA) {
            /* "except A, B:" needs parentheses (with 'as' CPython says so). */
            Mark m = specbegin(p);
            bool ok;
            advance(p);
            ok = expressions(p) != NULL;
            if (ok && accept(p, TY_TOK_AS))
                ok = accept(p, TY_TOK_NAME);
            ok = ok && kind(p) == TY_TOK_COLON;
            if (specend(p, m) && ok) {
                /* From the first type to just after the ':'. */
                TyToken *t = tokat(p, tstart);
                int e = p->pos;
                while (tokat(p, e)->kind != TY_TOK_COLON)
                    e++;
                errorat(p, TY_LEXERR_SYNTAX, t->line, t->col + 1, tokat(p, e)->line,
                        tokat(p, e)->end_col,
                        "multiple exception types must be parenthesized");
                return NULL;
            }
            return invalid(p, p->pos);
        }
        if (accept(p, TY_TOK_AS)) {
            if (kind(p) != TY_TOK_NAME)
                return invalid(p, p->pos);
            h->name = tokname(p, advance(p));
            if (h->name == NULL)
                return NULL;
        }
    }
    if (*star >= 0 && is_star != *star && kind(p) == TY_TOK_COLON) {
        const char *msg = "cannot have both 'except' and 'except*' on the same 'try'";
        TyToken *a = tokat(p, start), *b = tokat(p, startok);
        if (!is_star)
            return errortok(p, start, "%s", msg);
        return errorat(p, TY_LEXERR_SYNTAX, a->line, a->col + 1, b->end_line, b->end_col + 1, "%s", msg);
    }
    *star = is_star;
    if (!colon(p) || !block(p, &h->body, start))
        return NULL;
    h->loc = blockloc(p, start);
    return h;
}

/*
** try_stmt: 'try' &&':' block finally_block
**         | 'try' &&':' block except_block+ [else_block] [finally_block]
**         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
** finally_block: 'finally' &&':' block
*/
static TyStmt *trystmt(Parser *p)
{
    int start = advance(p), base, star = -1;
    TyStmt *s;

    if (!expectforced(p, TY_TOK_COLON))
        return NULL;
    s = newstmt(p, TY_STMT_TRY, TY_ZEROLOC);
    if (s == NULL || !block(p, &s->v.try_.body, start))
        return NULL;
    if (kind(p) != TY_TOK_EXCEPT && kind(p) != TY_TOK_FINALLY)
        return errortok(p, p->pos, "expected 'except' or 'finally' block");
    base = seqbegin(p);
    while (kind(p) == TY_TOK_EXCEPT) {
        TyExceptHandler *h = exceptblock(p, &star);
        if (h == NULL || !push(p, h)) {
            p->top = base;
            return NULL;
        }
    }
    if (!SEQEND(p, base, s->v.try_.handlers, TyExceptHandler))
        return NULL;
    s->v.try_.star = star == 1;
    if (s->v.try_.handlers.n > 0 && kind(p) == TY_TOK_ELSE &&
        !elseblock(p, &s->v.try_.orelse))
        return NULL;
    if (kind(p) == TY_TOK_FINALLY) {
        int kw = advance(p);
        if (!expectforced(p, TY_TOK_COLON) || !block(p, &s->v.try_.finalbody, kw))
            return NULL;
    }
    s->loc = blockloc(p, start);
    return s;
}

/* decorators: ('@' named_expression NEWLINE)+ */
static bool decorators(Parser *p, TyExprSeq *out)
{
    int base = seqbegin(p);

    while (accept(p, TY_TOK_AT)) {
        TyExpr *d = namedexpression(p);
        if (d == NULL || !push(p, d) || !expect(p, TY_TOK_NEWLINE)) {
            p->top = base;
            return false;
        }
    }
    return SEQEND(p, base, *out, TyExpr);
}

/*
** function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
*/
static TyStmt *funcdef(Parser *p, TyExprSeq decos)
{
    int start = advance(p);
    TyStmt *s;
    TyObject *name;
    TyArguments *args;
    TyExpr *returns = NULL;
    TyStmtSeq body;

    if (kind(p) != TY_TOK_NAME)
        return invalid(p, p->pos);
    name = tokname(p, advance(p));
    if (name == NULL || !expectforced(p, TY_TOK_LPAR))
        return NULL;
    args = parameters(p, false);
    if (args == NULL || !expect(p, TY_TOK_RPAR))
        return NULL;
    if (kind(p) == TY_TOK_RARROW) {
        /* ['->' expression] is optional: without an expression CPython
        ** expects the ':' at the arrow. */
        Mark m = specbegin(p);
        bool ok;
        advance(p);
        ok = expression(p) != NULL;
        if (!specend(p, m) || !ok)
            return errortok(p, p->pos, "expected ':'");
        advance(p);
        returns = expression(p);
        if (returns == NULL)
            return NULL;
    }
    if (!expectforced(p, TY_TOK_COLON) || !block(p, &body, start))
        return NULL;
    s = newstmt(p, TY_STMT_FUNCTIONDEF, blockloc(p, start));
    if (s) {
        s->v.funcdef.name = name;
        s->v.funcdef.args = args;
        s->v.funcdef.body = body;
        s->v.funcdef.decorators = decos;
        s->v.funcdef.returns = returns;
    }
    return s;
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block */
static TyStmt *classdef(Parser *p, TyExprSeq decos)
{
    int start = advance(p);
    TyStmt *s;
    TyObject *name;
    TyExpr call;

    memset(&call, 0, sizeof call);
    if (kind(p) != TY_TOK_NAME)
        return invalid(p, p->pos);
    name = tokname(p, advance(p));
    if (name == NULL)
        return NULL;
    if (kind(p) == TY_TOK_LPAR) {
        int lpar = advance(p);
        if (!callargs(p, lpar, &call, false))
            return NULL;
    }
    s = newstmt(p, TY_STMT_CLASSDEF, TY_ZEROLOC);
    if (s == NULL || !colon(p) ||
        !block(p, &s->v.classdef.body, start))
        return NULL;
    s->v.classdef.name = name;
    s->v.classdef.bases = call.v.call.args;
    s->v.classdef.keywords = call.v.call.keywords;
    s->v.classdef.decorators = decos;
    s->loc = blockloc(p, start);
    return s;
}

/*
** 'async' (function_def | for_stmt | with_stmt): the plain form, marked
** async, its position starting at the 'async' token.  Whether async code
** may stand here is the compiler's question, as in CPython.
*/
static TyStmt *asyncstmt(Parser *p, TyExprSeq decos)
{
    int start = advance(p);
    TyStmt *s;
    switch (kind(p)) {
    case TY_TOK_DEF:
        if ((s = funcdef(p, decos)) != NULL)
            s->v.funcdef.is_async = 1;
        break;
    case TY_TOK_FOR:
        if ((s = forstmt(p)) != NULL)
            s->v.loop.is_async = 1;
        break;
    case TY_TOK_WITH:
        if ((s = withstmt(p)) != NULL)
            s->v.with.is_async = 1;
        break;
    default:
        return invalid(p, p->pos);
    }
    if (s) {
        s->loc.line = tokat(p, start)->line;
        s->loc.col = tokat(p, start)->col;
    }
    return s;
}

/*
** compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
**              | try_stmt | while_stmt
*/
static TyStmt *compoundstmt(Parser *p)
{
    TyExprSeq decos = {0, NULL};

    switch (kind(p)) {
    case TY_TOK_AT:
        if (!decorators(p, &decos))
            return NULL;
        if (kind(p) == TY_TOK_DEF)
            return funcdef(p, decos);
        if (kind(p) == TY_TOK_CLASS)
            return classdef(p, decos);
        if (kind(p) == TY_TOK_ASYNC && kindat(p, 1) == TY_TOK_DEF)
            return asyncstmt(p, decos);
        return invalid(p, p->pos);
    case TY_TOK_DEF: return funcdef(p, decos);
    case TY_TOK_CLASS: return classdef(p, decos);
    case TY_TOK_IF: return ifstmt(p);
    case TY_TOK_WHILE: return whilestmt(p);
    case TY_TOK_FOR: return forstmt(p);
    case TY_TOK_WITH: return withstmt(p);
    case TY_TOK_TRY: return trystmt(p);
    case TY_TOK_ASYNC:
        return asyncstmt(p, decos);
    default:
        return NULL;
    }
}

static bool iscompound(TyTokKind k)
{
    switch (k) {
    case TY_TOK_AT: case TY_TOK_DEF: case TY_TOK_CLASS: case TY_TOK_IF:
    case TY_TOK_WHILE: case TY_TOK_FOR: case TY_TOK_WITH: case TY_TOK_TRY:
    case TY_TOK_ASYNC:
        return true;
    default:
        return false;
    }
}

/* ---------------------------------------------------------------------- */
/* match statements (PEP 634)                                               */

static TyPattern *pattern(Parser *p);

static TyPattern *newpattern(Parser *p, TyPatternKind k, TyLoc loc)
{
    TyPattern *pat = alloc(p, sizeof *pat);
    if (pat) {
        pat->kind = k;
        pat->loc = loc;
    }
    return pat;
}

#define PATEND(p, base, seq) SEQEND(p, base, seq, TyPattern)

/* Does a NAME at ti stand for a name to capture (pattern_capture_target:
** not "_", and not followed by '.', '(' or '=')? */
static bool capturetarget(Parser *p, int ti)
{
    TyTokKind next = tokat(p, ti + 1)->kind;
    return tokat(p, ti)->kind == TY_TOK_NAME && !tokis(p, ti, "_") && next != TY_TOK_DOT &&
           next != TY_TOK_LPAR && next != TY_TOK_EQUAL;
}

/* A NUMBER, possibly negative (signed_number). */
static TyExpr *signednumber(Parser *p)
{
    int start = p->pos;
    bool neg = accept(p, TY_TOK_MINUS);
    int ti = p->pos;
    TyExpr *n, *e;

    if (kind(p) != TY_TOK_NUMBER)
        return invalid(p, p->pos);
    advance(p);
    n = number(p, ti);
    if (n == NULL || !neg)
        return n;
    e = newexpr(p, TY_EXPR_UNARYOP, locfrom(p, start));
    if (e) {
        e->v.unaryop.op = TY_UNOP_NEG;
        e->v.unaryop.operand = n;
    }
    return e;
}

static bool isimaginary(const TyExpr *e)
{
    return e->kind == TY_EXPR_CONSTANT && TY_COMPLEX_CHECK(e->v.constant.value);
}

/*
** literal_expr without None/True/False: signed_number !('+' | '-'),
** complex_number (signed real '+'/'-' imaginary) or strings.
*/
static TyExpr *literalnumber(Parser *p)
{
    int start = p->pos;
    TyExpr *real = signednumber(p), *imag, *e;
    TyExpr *plain;
    int op;

    if (real == NULL || (kind(p) != TY_TOK_PLUS && kind(p) != TY_TOK_MINUS))
        return real;
    plain = real->kind == TY_EXPR_UNARYOP ? real->v.unaryop.operand : real;
    if (isimaginary(plain))
        return errornode(p, &real->loc, "real number required in complex literal");
    op = kind(p) == TY_TOK_PLUS ? TY_BINOP_ADD : TY_BINOP_SUB;
    advance(p);
    if (kind(p) != TY_TOK_NUMBER)
        return invalid(p, p->pos);
    advance(p);
    imag = number(p, p->pos - 1);
    if (imag == NULL)
        return NULL;
    if (!isimaginary(imag))
        return errornode(p, &imag->loc, "imaginary number required in complex literal");
    e = newexpr(p, TY_EXPR_BINOP, locfrom(p, start));
    if (e) {
        e->v.binop.left = real;
        e->v.binop.op = op;
        e->v.binop.right = imag;
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)*, loaded. */
static TyExpr *nameorattr(Parser *p)
{
    int start = p->pos;
    TyExpr *e = namenode(p, advance(p), TY_CTX_LOAD);

    while (e && accept(p, TY_TOK_DOT)) {
        TyExpr *a;
        if (kind(p) != TY_TOK_NAME)
            return invalid(p, p->pos);
        a = newexpr(p, TY_EXPR_ATTRIBUTE, TY_ZEROLOC);
        if (a == NULL)
            return NULL;
        a->v.attribute.value = e;
        a->v.attribute.attr = tokname(p, advance(p));
        a->v.attribute.ctx = TY_CTX_LOAD;
        a->loc = locfrom(p, start);
        if (a->v.attribute.attr == NULL)
            return NULL;
        e = a;
    }
    return e;
}

/* A capture of the name at ti (MatchAs without a pattern). */
static TyPattern *capture(Parser *p, int ti)
{
    TyPattern *pat = newpattern(p, TY_PAT_AS, tokloc(p, ti));
    if (pat) {
        pat->v.as.name = tokname(p, ti);
        if (pat->v.as.name == NULL)
            return NULL;
    }
    return pat;
}

/* maybe_star_pattern: '*' (capture target | '_') | pattern */
static TyPattern *maybestar(Parser *p)
{
    int start = p->pos;
    TyPattern *pat;

    if (!accept(p, TY_TOK_STAR))
        return pattern(p);
    if (kind(p) != TY_TOK_NAME || (!tokis(p, p->pos, "_") && !capturetarget(p, p->pos)))
        return invalid(p, p->pos);
    pat = newpattern(p, TY_PAT_STAR, TY_ZEROLOC);
    if (pat == NULL)
        return NULL;
    if (!tokis(p, p->pos, "_") && (pat->v.star.name = tokname(p, p->pos)) == NULL)
        return NULL;
    advance(p);
    pat->loc = locfrom(p, start);
    return pat;
}

/* The items of a sequence pattern up to `close` (or, for an open
** sequence, up to the first token that is not ','), pushed from `base`. */
static bool sequenceitems(Parser *p, TyTokKind close)
{
    for (;;) {
        TyPattern *pat;
        if (kind(p) == close)
            return true;
        pat = maybestar(p);
        if (pat == NULL || !push(p, pat))
            return false;
        if (!accept(p, TY_TOK_COMMA))
            return true;
        if (close == TY_TOK_ERROR && (kind(p) == TY_TOK_COLON || kind(p) == TY_TOK_IF))
            return true;
    }
}

static TyPattern *sequence(Parser *p, int start, int base)
{
    TyPattern *pat = newpattern(p, TY_PAT_SEQUENCE, locfrom(p, start));
    if (pat == NULL || !PATEND(p, base, pat->v.seq.patterns)) {
        p->top = base;
        return NULL;
    }
    return pat;
}

/* '[' maybe_sequence_pattern? ']' and '(' ... ')': a sequence, or in
** parentheses without a comma, a group (the pattern itself). */
static TyPattern *bracketed(Parser *p)
{
    int start = p->pos, base = seqbegin(p);
    TyTokKind close = kind(p) == TY_TOK_LSQB ? TY_TOK_RSQB : TY_TOK_RPAR;
    TyPattern *first;

    advance(p);
    if (close == TY_TOK_RPAR && kind(p) == TY_TOK_STAR) {
        /* (*x) is no pattern: a star needs a comma in parentheses. */
        first = maybestar(p);
        if (first == NULL || !push(p, first))
            return NULL;
        if (!accept(p, TY_TOK_COMMA)) {
            p->top = base;
            return invalid(p, p->pos);
        }
    } else if (close == TY_TOK_RPAR && kind(p) != TY_TOK_RPAR) {
        first = pattern(p);
        if (first == NULL)
            return NULL;
        if (accept(p, TY_TOK_RPAR))
            return first;
        if (!push(p, first))
            return NULL;
        if (!accept(p, TY_TOK_COMMA)) {
            p->top = base;
            return invalid(p, p->pos);
        }
    }
    if (!sequenceitems(p, close) || !expect(p, close)) {
        p->top = base;
        return NULL;
    }
    return sequence(p, start, base);
}

/* key_value_pattern's key: literal_expr | attr (a dotted name). */
static TyExpr *mappingkey(Parser *p)
{
    switch (kind(p)) {
    case TY_TOK_NONE: case TY_TOK_TRUE: case TY_TOK_FALSE:
        return atom(p);
    case TY_TOK_STRING:
        return strings(p);
    case TY_TOK_NUMBER: case TY_TOK_MINUS:
        return literalnumber(p);
    case TY_TOK_NAME:
        if (kindat(p, 1) == TY_TOK_DOT)
            return nameorattr(p);
        return invalid(p, p->pos + 1);
    default:
        return invalid(p, p->pos);
    }
}

/* The pairs pushed from base (a key or name, then its pattern) split into
** two arrays; the scratch stack is emptied back to base. */
static bool splitpairs(Parser *p, int base, void ***firsts, TyPatternSeq *pats)
{
    int n = (p->top - base) / 2;
    void **a = alloc(p, sizeof(void *) * (size_t)(n ? n : 1));
    TyPattern **b = alloc(p, sizeof(TyPattern *) * (size_t)(n ? n : 1));

    p->top = base;
    if (a == NULL || b == NULL)
        return false;
    for (int i = 0; i < n; i++) {
        a[i] = p->stack[base + 2 * i];
        b[i] = p->stack[base + 2 * i + 1];
    }
    *firsts = a;
    pats->n = n;
    pats->items = b;
    return true;
}

/* mapping_pattern: '{' [items] [',' '**' target] [','] '}' */
static TyPattern *mapping(Parser *p)
{
    int start = p->pos, base = seqbegin(p);
    TyObject *rest = NULL;
    TyPattern *pat;

    advance(p);
    while (kind(p) != TY_TOK_RBRACE) {
        TyExpr *key;
        if (accept(p, TY_TOK_DOUBLESTAR)) {
            if (!capturetarget(p, p->pos))
                goto bad;
            rest = tokname(p, advance(p));
            if (rest == NULL)
                goto fail;
            accept(p, TY_TOK_COMMA);
            if (kind(p) != TY_TOK_RBRACE)
                goto bad;
            break;
        }
        key = mappingkey(p);
        if (key == NULL || !push(p, key))
            goto fail;
        if (!expect(p, TY_TOK_COLON))
            goto fail;
        /* The value patterns are kept after the keys, paired by position. */
        pat = pattern(p);
        if (pat == NULL || !push(p, pat))
            goto fail;
        if (!accept(p, TY_TOK_COMMA) && kind(p) != TY_TOK_RBRACE)
            goto bad;
    }
    advance(p);
    pat = newpattern(p, TY_PAT_MAPPING, locfrom(p, start));
    if (pat == NULL)
        goto fail;
    pat->v.mapping.rest = rest;
    pat->v.mapping.keys.n = (p->top - base) / 2;
    if (!splitpairs(p, base, (void ***)&pat->v.mapping.keys.items, &pat->v.mapping.patterns))
        return NULL;
    return pat;
bad:
    invalid(p, p->pos);
fail:
    p->top = base;
    return NULL;
}

/*
** class_pattern: name_or_attr '(' [positional ','] [keywords] [','] ')',
** with CPython's error for a positional pattern after keyword ones.
*/
static TyPattern *classpattern(Parser *p, int start, TyExpr *cls)
{
    int base = seqbegin(p), kbase;
    TyPattern *pat = newpattern(p, TY_PAT_CLASS, TY_ZEROLOC), *last = NULL, *first = NULL;

    if (pat == NULL)
        return NULL;
    pat->v.cls.cls = cls;
    advance(p);
    while (kind(p) != TY_TOK_RPAR) {
        TyPattern *sub;
        if (kind(p) == TY_TOK_NAME && kindat(p, 1) == TY_TOK_EQUAL)
            break;
        sub = pattern(p);
        if (sub == NULL || !push(p, sub))
            goto fail;
        if (!accept(p, TY_TOK_COMMA) && kind(p) != TY_TOK_RPAR)
            goto bad;
    }
    if (!PATEND(p, base, pat->v.cls.patterns))
        return NULL;
    kbase = seqbegin(p);
    while (kind(p) != TY_TOK_RPAR) {
        TyPattern *sub;
        TyObject *name;
        if (kind(p) == TY_TOK_NAME && kindat(p, 1) == TY_TOK_EQUAL) {
            if (first)
                break;
            name = tokname(p, advance(p));
            advance(p);
            sub = pattern(p);
            if (name == NULL || sub == NULL || !push(p, name) || !push(p, sub))
                goto fail;
        } else {
            /* A positional pattern after keyword ones. */
            sub = pattern(p);
            if (sub == NULL)
                goto fail;
            if (first == NULL)
                first = sub;
            last = sub;
        }
        if (!accept(p, TY_TOK_COMMA) && kind(p) != TY_TOK_RPAR)
            goto bad;
    }
    if (first) {
        p->top = base;
        return errorrange(p, &first->loc, &last->loc, "positional patterns follow keyword patterns");
    }
    advance(p);
    pat->loc = locfrom(p, start);
    pat->v.cls.kwd_attrs.n = (p->top - kbase) / 2;
    if (!splitpairs(p, kbase, (void ***)&pat->v.cls.kwd_attrs.items, &pat->v.cls.kwd_patterns))
        return NULL;
    return pat;
bad:
    invalid(p, p->pos);
fail:
    p->top = base;
    return NULL;
}

/* closed_pattern: literal | capture | wildcard | value | group | sequence
**               | mapping | class */
static TyPattern *closedpattern(Parser *p)
{
    int start = p->pos;
    TyPattern *pat;
    TyExpr *e;

    switch (kind(p)) {
    case TY_TOK_NONE: case TY_TOK_TRUE: case TY_TOK_FALSE:
        pat = newpattern(p, TY_PAT_SINGLETON, tokloc(p, start));
        if (pat)
            pat->v.value.constant = kind(p) == TY_TOK_NONE ? TY_NONE
                                    : kind(p) == TY_TOK_TRUE ? TY_TRUE : TY_FALSE;
        advance(p);
        return pat;
    case TY_TOK_NUMBER: case TY_TOK_MINUS: case TY_TOK_STRING:
        e = kind(p) == TY_TOK_STRING ? strings(p) : literalnumber(p);
        if (e == NULL)
            return NULL;
        pat = newpattern(p, TY_PAT_VALUE, locfrom(p, start));
        if (pat)
            pat->v.value.value = e;
        return pat;
    case TY_TOK_NAME:
        if (tokis(p, start, "_")) {
            advance(p);
            return newpattern(p, TY_PAT_AS, tokloc(p, start));
        }
        if (capturetarget(p, start)) {
            advance(p);
            return capture(p, start);
        }
        e = nameorattr(p);
        if (e == NULL)
            return NULL;
        if (kind(p) == TY_TOK_LPAR)
            return classpattern(p, start, e);
        if (e->kind != TY_EXPR_ATTRIBUTE || kind(p) == TY_TOK_EQUAL)
            return invalid(p, p->pos);
        pat = newpattern(p, TY_PAT_VALUE, e->loc);
        if (pat)
            pat->v.value.value = e;
        return pat;
    case TY_TOK_LPAR: case TY_TOK_LSQB:
        if (!enter(p))
            return NULL;
        pat = bracketed(p);
        leave(p);
        return pat;
    case TY_TOK_LBRACE:
        if (!enter(p))
            return NULL;
        pat = mapping(p);
        leave(p);
        return pat;
    default:
        return invalid(p, start);
    }
}

/* or_pattern: '|'.closed_pattern+ */
static TyPattern *orpattern(Parser *p)
{
    int start = p->pos, base = seqbegin(p);
    TyPattern *pat;

    for (;;) {
        pat = closedpattern(p);
        if (pat == NULL || !push(p, pat)) {
            p->top = base;
            return NULL;
        }
        if (!accept(p, TY_TOK_VBAR))
            break;
    }
    if (p->top - base == 1) {
        p->top = base;
        return pat;
    }
    pat = newpattern(p, TY_PAT_OR, locfrom(p, start));
    if (pat == NULL || !PATEND(p, base, pat->v.seq.patterns)) {
        p->top = base;
        return NULL;
    }
    return pat;
}

/* pattern: or_pattern ['as' capture_target], with CPython's errors for
** 'as _' and 'as <not a name>'. */
static TyPattern *pattern(Parser *p)
{
    int start = p->pos;
    TyPattern *inner, *pat = NULL;

    if (!enter(p))
        return NULL;
    inner = orpattern(p);
    if (inner == NULL || !accept(p, TY_TOK_AS)) {
        pat = inner;
        goto done;
    }
    if (tokis(p, p->pos, "_")) {
        TyLoc l = tokloc(p, p->pos);
        errornode(p, &l, "cannot use '_' as a target");
        goto done;
    }
    if (kind(p) != TY_TOK_NAME || !capturetarget(p, p->pos)) {
        if (kind(p) != TY_TOK_NAME && startsexpr(kind(p))) {
            TyExpr *e = expression(p);
            if (e)
                errornode(p, &e->loc, "invalid pattern target");
        } else {
            invalid(p, kind(p) == TY_TOK_NAME ? p->pos + 1 : p->pos);
        }
        goto done;
    }
    pat = newpattern(p, TY_PAT_AS, TY_ZEROLOC);
    if (pat) {
        pat->v.as.pattern = inner;
        pat->v.as.name = tokname(p, advance(p));
        pat->loc = locfrom(p, start);
        if (pat->v.as.name == NULL)
            pat = NULL;
    }
done:
    leave(p);
    return pat;
}

/* patterns: open_sequence_pattern | pattern */
static TyPattern *patterns(Parser *p)
{
    int start = p->pos, base = seqbegin(p);
    TyPattern *first = maybestar(p);

    if (first == NULL)
        return NULL;
    if (kind(p) != TY_TOK_COMMA) {
        if (first->kind == TY_PAT_STAR)
            return invalid(p, p->pos);
        return first;
    }
    if (!push(p, first))
        return NULL;
    advance(p);
    if (kind(p) != TY_TOK_COLON && kind(p) != TY_TOK_IF && !sequenceitems(p, TY_TOK_ERROR)) {
        p->top = base;
        return NULL;
    }
    return sequence(p, start, base);
}

/* subject_expr: star_named_expression ',' star_named_expressions?
**             | named_expression */
static TyExpr *subjectexpr(Parser *p)
{
    int start = p->pos, base = seqbegin(p);
    TyExpr *first = starnamedexpression(p);

    if (first == NULL)
        return NULL;
    if (kind(p) != TY_TOK_COMMA) {
        if (first->kind == TY_EXPR_STARRED)
            return invalid(p, p->pos);
        return first;
    }
    if (!push(p, first))
        return NULL;
    while (accept(p, TY_TOK_COMMA) && kind(p) != TY_TOK_COLON) {
        TyExpr *e = starnamedexpression(p);
        if (e == NULL || !push(p, e)) {
            p->top = base;
            return NULL;
        }
    }
    return newseq(p, TY_EXPR_TUPLE, base, locfrom(p, start), TY_CTX_LOAD);
}

/* case_block: "case" patterns guard? ':' block */
static TyMatchCase *caseblock(Parser *p)
{
    int kw = advance(p);
    TyMatchCase *m = alloc(p, sizeof *m);

    if (m == NULL || (m->pattern = patterns(p)) == NULL)
        return NULL;
    if (accept(p, TY_TOK_IF) && (m->guard = namedexpression(p)) == NULL)
        return NULL;
    if (!colon(p) || !block(p, &m->body, kw))
        return NULL;
    return m;
}

/* Does "match" subject_expr ':' NEWLINE start at the current token?  Then
** the statement is a match statement (nothing else can start so). */
static bool matchheader(Parser *p, bool colon_too)
{
    Mark m = specbegin(p);
    bool ok;

    advance(p);
    ok = subjectexpr(p) != NULL && (!colon_too || accept(p, TY_TOK_COLON)) &&
         kind(p) == TY_TOK_NEWLINE;
    return specend(p, m) && ok;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
static TyStmt *matchstmt(Parser *p)
{
    int start = p->pos, kw = advance(p), base;
    TyExpr *subject = subjectexpr(p);
    TyStmt *s;

    if (subject == NULL || !expect(p, TY_TOK_COLON) || !expect(p, TY_TOK_NEWLINE))
        return NULL;
    if (kind(p) != TY_TOK_INDENT)
        return indenterror(p, p->pos, "expected an indented block after 'match' statement on line %d",
                           tokat(p, kw)->line);
    advance(p);
    base = seqbegin(p);
    do {
        TyMatchCase *m;
        if (!tokis(p, p->pos, "case") || kind(p) != TY_TOK_NAME) {
            p->top = base;
            return invalid(p, p->pos);
        }
        m = caseblock(p);
        if (m == NULL || !push(p, m)) {
            p->top = base;
            return NULL;
        }
    } while (kind(p) != TY_TOK_DEDENT);
    advance(p);
    if (toonew(p, 10, start, "Pattern matching is")) {
        p->top = base;
        return NULL;
    }
    s = newstmt(p, TY_STMT_MATCH, blockloc(p, start));
    if (s == NULL) {
        p->top = base;
        return NULL;
    }
    s->v.match.subject = subject;
    if (!SEQEND(p, base, s->v.match.cases, TyMatchCase))
        return NULL;
    return s;
}

/*
** statement: compound_stmt | simple_stmts
** The statements (several for "a; b") are pushed on the scratch stack.
*/
static bool statement(Parser *p)
{
    bool ok;

    if (!enter(p))
        return false;
    /* "match" is a soft keyword: a match statement when the line is
    ** "match" subject ':' (nothing else can be), else a plain statement,
    ** except that CPython says "expected ':'" where only the colon is
    ** missing. */
    if (kind(p) == TY_TOK_NAME && tokis(p, p->pos, "match") &&
        (startsexpr(kindat(p, 1)) || kindat(p, 1) == TY_TOK_STAR)) {
        if (matchheader(p, true)) {
            TyStmt *s = matchstmt(p);
            ok = s != NULL && push(p, s);
            leave(p);
            return ok;
        }
        if (matchheader(p, false)) {
            Mark m = specbegin(p);
            ok = simplestmts(p);
            if (!specend(p, m) || !ok) {
                int i = p->pos;
                while (tokat(p, i)->kind != TY_TOK_NEWLINE)
                    i++;
                errortok(p, i, "expected ':'");
                leave(p);
                return false;
            }
        }
    }
    if (iscompound(kind(p))) {
        TyStmt *s = compoundstmt(p);
        ok = s != NULL && push(p, s);
    } else {
        ok = simplestmts(p);
    }
    leave(p);
    return ok;
}

/* statements: statement+   (up to ENDMARKER) */
static bool statements(Parser *p, TyStmtSeq *out)
{
    int base = seqbegin(p);

    while (kind(p) != TY_TOK_ENDMARKER) {
        if (kind(p) == TY_TOK_ERROR || kind(p) == TY_TOK_DEDENT) {
            invalid(p, p->pos);
            goto fail;
        }
        if (!statement(p))
            goto fail;
    }
    return SEQEND(p, base, *out, TyStmt);
fail:
    p->top = base;
    return false;
}

/* ---------------------------------------------------------------------- */
/* Parameters                                                               */

/* param: NAME [':' expression]   (lambda: NAME; *args may be annotated
** with a starred expression) */
static TyArg *param(Parser *p, bool lambda, bool star)
{
    int start = p->pos;
    TyArg *a;

    if (kind(p) != TY_TOK_NAME)
        return invalid(p, p->pos);
    a = alloc(p, sizeof *a);
    if (a == NULL)
        return NULL;
    a->name = tokname(p, advance(p));
    if (a->name == NULL)
        return NULL;
    if (!lambda && accept(p, TY_TOK_COLON)) {
        a->annotation = star ? starexpression(p) : expression(p);
        if (a->annotation == NULL)
            return NULL;
    }
    a->loc = locfrom(p, start);
    return a;
}

/*
** parameters (and lambda_parameters):
**     [positional-only params '/' ','] params-with-or-without-defaults
**     [',' '*' [vararg] (',' keyword-only params)*] [',' '**' kwarg] [',']
** Parameters go on the scratch stack as (arg, default, keyword-only)
** triples and are sorted into the arguments record at the end.
*/
static TyArguments *parameters(Parser *p, bool lambda)
{
    TyTokKind end = lambda ? TY_TOK_COLON : TY_TOK_RPAR;
    TyArguments *args = alloc(p, sizeof *args);
    int base = seqbegin(p), npos = 0, nposonly = 0, nkw = 0, ndef = 0, i, n;
    bool sawslash = false, sawstar = false, sawdefault = false;

    if (args == NULL)
        return NULL;
    while (kind(p) != end) {
        TyTokKind k = kind(p);
        if (k == TY_TOK_SLASH) {
            if (npos == 0 && !sawstar && kindat(p, 1) == TY_TOK_COMMA) {
                errortok(p, p->pos, "at least one argument must precede /");
                goto fail;
            }
            if (sawslash) {
                errortok(p, p->pos, "/ may appear only once");
                goto fail;
            }
            if (sawstar) {
                errortok(p, p->pos, "/ must be ahead of *");
                goto fail;
            }
            if (npos == 0) {
                invalid(p, p->pos);
                goto fail;
            }
            if (toonew(p, 8, p->pos, "Positional-only parameters are"))
                goto fail;
            advance(p);
            sawslash = true;
            nposonly = npos;
            if (kind(p) == TY_TOK_STAR) {
                errortok(p, p->pos, "expected comma between / and *");
                goto fail;
            }
        } else if (k == TY_TOK_STAR) {
            int star = p->pos;
            if (sawstar) {
                errortok(p, p->pos, "* argument may appear only once");
                goto fail;
            }
            advance(p);
            sawstar = true;
            if (kind(p) == TY_TOK_COMMA || kind(p) == end) {
                if (kind(p) == end ||
                    (kindat(p, 1) == end || kindat(p, 1) == TY_TOK_DOUBLESTAR)) {
                    if (lambda)
                        errortok(p, p->pos + (kind(p) == end ? 0 : 1),
                                 "named arguments must follow bare *");
                    else
                        errortok(p, star, "named arguments must follow bare *");
                    goto fail;
                }
            } else {
                args->vararg = param(p, lambda, true);
                if (args->vararg == NULL)
                    goto fail;
                if (kind(p) == TY_TOK_EQUAL) {
                    errortok(p, p->pos, "var-positional argument cannot have default value");
                    goto fail;
                }
            }
        } else if (k == TY_TOK_DOUBLESTAR) {
            advance(p);
            args->kwarg = param(p, lambda, false);
            if (args->kwarg == NULL)
                goto fail;
            if (kind(p) == TY_TOK_EQUAL) {
                errortok(p, p->pos, "var-keyword argument cannot have default value");
                goto fail;
            }
            if (accept(p, TY_TOK_COMMA) && kind(p) != end) {
                TyTokKind nk = kind(p);
                if (nk == TY_TOK_NAME || nk == TY_TOK_STAR || nk == TY_TOK_DOUBLESTAR ||
                    nk == TY_TOK_SLASH)
                    errortok(p, p->pos, "arguments cannot follow var-keyword argument");
                else
                    invalid(p, p->pos);
                goto fail;
            }
            break;
        } else if (k == TY_TOK_NAME) {
            TyArg *a = param(p, lambda, false);
            TyExpr *d = NULL;
            if (a == NULL)
                goto fail;
            if (accept(p, TY_TOK_EQUAL)) {
                if (kind(p) == TY_TOK_COMMA || kind(p) == end) {
                    errortok(p, p->pos - 1, "expected default value expression");
                    goto fail;
                }
                d = expression(p);
                if (d == NULL)
                    goto fail;
            }
            if (!sawstar) {
                if (d) {
                    sawdefault = true;
                    ndef++;
                } else if (sawdefault) {
                    errornode(p, &a->loc, "non-default argument follows default argument");
                    goto fail;
                }
                npos++;
            } else {
                nkw++;
            }
            if (!push(p, a) || !push(p, d) || !push(p, sawstar ? p : NULL))
                goto fail;
        } else if (k == TY_TOK_LPAR && !sawdefault && !sawstar && !sawslash) {
            /* "def f((a, b)):" -- CPython names the mistake. */
            int lpar = p->pos, i = p->pos + 1;
            bool ok = false;
            Mark m = specbegin(p);
            advance(p);
            while (kind(p) == TY_TOK_NAME) {
                if (param(p, lambda, false) == NULL)
                    break;
                if (accept(p, TY_TOK_RPAR)) {
                    ok = true;
                    break;
                }
                if (!accept(p, TY_TOK_COMMA))
                    break;
                if (accept(p, TY_TOK_RPAR)) {
                    ok = true;
                    break;
                }
            }
            i = p->pos - 1;
            ok = specend(p, m) && ok && i > lpar + 1;
            if (ok) {
                TyLoc a = tokloc(p, lpar), b = tokloc(p, i);
                errorrange(p, &a, &b, lambda
                           ? "Lambda expression parameters cannot be parenthesized"
                           : "Function parameters cannot be parenthesized");
            } else {
                invalid(p, p->pos);
            }
            goto fail;
        } else {
            invalid(p, p->pos);
            goto fail;
        }
        if (!accept(p, TY_TOK_COMMA))
            break;
    }
    if (kind(p) != end) {
        invalid(p, p->pos);
        goto fail;
    }
    /* Sort the triples into the record. */
    n = (p->top - base) / 3;
    args->posonlyargs.n = nposonly;
    args->args.n = npos - nposonly;
    args->kwonlyargs.n = nkw;
    args->kw_defaults.n = nkw;
    args->defaults.n = ndef;
    if ((nposonly && !(args->posonlyargs.items = alloc(p, (size_t)nposonly * sizeof(TyArg *)))) ||
        (npos - nposonly && !(args->args.items = alloc(p, (size_t)(npos - nposonly) * sizeof(TyArg *)))) ||
        (nkw && !(args->kwonlyargs.items = alloc(p, (size_t)nkw * sizeof(TyArg *)))) ||
        (nkw && !(args->kw_defaults.items = alloc(p, (size_t)nkw * sizeof(TyExpr *)))) ||
        (ndef && !(args->defaults.items = alloc(p, (size_t)ndef * sizeof(TyExpr *)))))
        goto fail;
    {
        int ip = 0, ik = 0, id = 0;
        for (i = 0; i < n; i++) {
            TyArg *a = p->stack[base + 3 * i];
            TyExpr *d = p->stack[base + 3 * i + 1];
            bool kwonly = p->stack[base + 3 * i + 2] != NULL;
            if (kwonly) {
                args->kwonlyargs.items[ik] = a;
                args->kw_defaults.items[ik++] = d;
                continue;
            }
            if (ip < nposonly)
                args->posonlyargs.items[ip] = a;
            else
                args->args.items[ip - nposonly] = a;
            ip++;
            if (d)
                args->defaults.items[id++] = d;
        }
    }
    p->top = base;
    return args;
fail:
    p->top = base;
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* Numbers                                                                  */

/* NUMBER: an int (any base, underscores), a float, or an imaginary
** literal ("1.5j": a complex whose real part is 0.0). */
static TyExpr *number(Parser *p, int ti)
{
    TyToken *t = tokat(p, ti);
    const char *s = t->start;
    ssize_t n = t->end - t->start, i;
    bool isfloat = false, imaginary = s[n - 1] == 'j' || s[n - 1] == 'J';
    TyObject *o;

    if (imaginary) {
        o = tyFloat_fromString(s, n - 1);
        if (o != NULL) {
            TyObject *f = o;
            o = tyComplex_from(0.0, TY_FLOAT_VALUE(f));
            TY_DECREF(f);
        }
    } else {
        if (!(n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))) {
            for (i = 0; i < n; i++)
                if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
                    isfloat = true;
        }
        o = isfloat ? tyFloat_fromString(s, n) : tyInt_fromString(s, n, 0);
    }
    if (o == NULL && tyErr_exceptionMatches(&TyExc_ValueError)) {
        /* Only the digit limit (sys.set_int_max_str_digits) fails here:
        ** CPython's SyntaxError with its advice. */
        TyObject *exc = tyErr_fetch(), *why = tyObj_str(exc);
        TY_DECREF(exc);
        if (why == NULL)
            return nomem(p);
        actionerror(p, ti, "%s - Consider hexadecimal for huge integer literals to avoid decimal "
                    "conversion limits.", TY_STR_UTF8(why));
        TY_DECREF(why);
        return NULL;
    }
    if (o == NULL)
        return nomem(p);
    o = own(p, o);
    if (o == NULL)
        return NULL;
    return singletonconst(p, o, tokloc(p, ti));
}

/* ---------------------------------------------------------------------- */
/* String literals                                                          */

/* A string token split into its parts. */
typedef struct StrTok {
    bool bytes, raw, fmt;
    const char *body, *bodyend;   /* between the quotes */
} StrTok;

static void splitstring(const TyToken *t, StrTok *st)
{
    const char *s = t->start;
    int quotes;

    st->bytes = st->raw = st->fmt = false;
    for (; *s != '\'' && *s != '"'; s++) {
        switch (*s) {
        case 'b': case 'B': st->bytes = true; break;
        case 'r': case 'R': st->raw = true; break;
        case 'f': case 'F': st->fmt = true; break;
        default: break;
        }
    }
    quotes = (t->end - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    st->body = s + quotes;
    st->bodyend = t->end - quotes;
}

static bool ishex(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int hexval(int c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Length of the UTF-8 sequence starting with byte c (the text is valid). */
static int utf8len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* A decoding error, worded like CPython's UnicodeDecodeError from the
** 'unicodeescape' codec; positions count as CPython's converted buffer
** does (each non-ASCII character as a 10-byte \U escape). */
static bool escapeerror(Parser *p, int lasttok, long start, long end, const char *why)
{
    if (end - start > 1)
        actionerror(p, lasttok,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: %s",
                 start, end - 1, why);
    else
        actionerror(p, lasttok,
                 "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %ld: %s",
                 start, why);
    return false;
}

/*
** CPython's warn_invalid_escape_sequence, for the first invalid escape of
** one literal token ti (`first` is the character after its backslash): a
** DeprecationWarning through the filters at the token's line, and when a
** filter makes it an error, a SyntaxError at the token.  Speculative parses
** stay silent: the literal is parsed again for real.  False when the parse
** stops.
*/
static bool invalidescape(Parser *p, const char *first, int ti)
{
    char text[64];
    bool octal = *first >= '4' && *first <= '7';
    if (p->speculating)
        return true;
    if (octal)
        snprintf(text, sizeof text, "invalid octal escape sequence '\\%.3s'", first);
    else
        snprintf(text, sizeof text, "invalid escape sequence '\\%c'", *first);
    TyObject *msg = tyStr_fromCStr(text);
    int r = msg ? tyWarnings_warnExplicit(&TyExc_DeprecationWarning, msg, p->filename,
                                          tokat(p, ti)->line)
                : -1;
    TY_XDECREF(msg);
    if (r == 0)
        return true;
    if (!tyErr_exceptionMatches(&TyExc_DeprecationWarning))
        return outofmemory(p);
    tyErr_clear();
    errortok(p, ti, "%s", text);
    return false;
}

/*
** Append the str value of a literal's text [s, e) with its escapes
** decoded (CPython's decode_unicode_with_escapes).  Errors are reported at
** token `lasttok`, as CPython does.
*/
static bool decodestr(Parser *p, const char *s, const char *e, TyStrBuilder *b, int ti,
                      int lasttok)
{
    long pos = 0;
    const char *invalid = NULL;

    while (s < e) {
        unsigned char c = (unsigned char)*s;
        long start;
        uint32_t cp;
        int n, i;

        if (c != '\\') {
            n = utf8len(c);
            if (tyBuf_append(b, s, (size_t)n) < 0)
                return outofmemory(p);
            s += n;
            pos += n == 1 ? 1 : 10;
            continue;
        }
        start = pos;
        s++;
        pos++;
        if (s >= e || (unsigned char)*s >= 0x80) {
            /* A backslash before a non-ASCII character stays. */
            if (tyBuf_appendChar(b, '\\') < 0)
                return outofmemory(p);
            pos += 5;
            continue;
        }
        c = (unsigned char)*s++;
        pos++;
        switch (c) {
        case '\n': continue;
        case '\\': cp = '\\'; break;
        case '\'': cp = '\''; break;
        case '"': cp = '"'; break;
        case 'a': cp = 7; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'v': cp = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = c - '0';
            for (i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) {
                cp = cp * 8 + (uint32_t)(*s++ - '0');
                pos++;
            }
            if (cp > 0377 && !invalid)
                invalid = s - 3;
            break;
        case 'x': case 'u': case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char *why = c == 'x' ? "truncated \\xXX escape"
                              : c == 'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
            cp = 0;
            for (i = 0; i < count; i++) {
                if (s >= e || !ishex((unsigned char)*s))
                    return escapeerror(p, lasttok, start, pos, why);
                cp = cp * 16 + (uint32_t)hexval((unsigned char)*s++);
                pos++;
            }
            if (cp > 0x10FFFF)
                return escapeerror(p, lasttok, start, pos, "illegal Unicode character");
            break;
        }
        case 'N': {
            const char *name;
            uint32_t seq[TY_UNICODE_SEQ_MAX];
            if (s >= e || *s != '{')
                return escapeerror(p, lasttok, start, pos, "malformed \\N character escape");
            name = ++s;
            pos++;
            while (s < e && *s != '}') {
                pos += utf8len((unsigned char)*s) == 1 ? 1 : 10;
                s += utf8len((unsigned char)*s);
            }
            if (s >= e)
                return escapeerror(p, lasttok, start, pos, "malformed \\N character escape");
            if (s == name)
                return escapeerror(p, lasttok, start, pos, "malformed \\N character escape");
            s++;
            pos++;
            /* A named sequence is not one character: not here. */
            if (tyUnicode_lookupName(name, (size_t)(s - 1 - name), false, seq) != 1)
                return escapeerror(p, lasttok, start, pos, "unknown Unicode character name");
            cp = seq[0];
            break;
        }
        default:
            /* Not an escape: the backslash stays. */
            if (!invalid)
                invalid = s - 1;
            if (tyBuf_appendChar(b, '\\') < 0 || tyBuf_appendChar(b, (char)c) < 0)
                return outofmemory(p);
            continue;
        }
        if (tyBuf_appendCodepoint(b, cp) < 0)
            return outofmemory(p);
    }
    return !invalid || invalidescape(p, invalid, ti);
}

/* The bytes value of a bytes literal's text (CPython's
** _PyBytes_DecodeEscape); the text is ASCII. */
static bool decodebytes(Parser *p, const char *s, const char *e, TyStrBuilder *b,
                        bool raw, int ti, int lasttok)
{
    const char *body = s;
    const char *invalid = NULL;

    if (raw)
        return tyBuf_append(b, s, (size_t)(e - s)) < 0 ? outofmemory(p) : true;
    while (s < e) {
        char c = *s++;
        int v;
        if (c != '\\' || s >= e) {
            if (tyBuf_appendChar(b, c) < 0)
                return outofmemory(p);
            continue;
        }
        c = *s++;
        switch (c) {
        case '\n': continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 't': v = 9; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 'v': v = 11; break;
        case 'a': v = 7; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = c - '0';
            if (s < e && *s >= '0' && *s <= '7') {
                v = v * 8 + (*s++ - '0');
                if (s < e && *s >= '0' && *s <= '7')
                    v = v * 8 + (*s++ - '0');
            }
            if (v > 0377 && !invalid)
                invalid = s - 3;
            v &= 0xFF;
            break;
        case 'x':
            if (s + 1 < e && ishex((unsigned char)s[0]) && ishex((unsigned char)s[1])) {
                v = hexval((unsigned char)s[0]) * 16 + hexval((unsigned char)s[1]);
                s += 2;
                break;
            }
            actionerror(p, lasttok, "(value error) invalid \\x escape at position %ld",
                     (long)(s - 2 - body));
            return false;
        default:
            if (!invalid)
                invalid = s - 1;
            if (tyBuf_appendChar(b, '\\') < 0)
                return outofmemory(p);
            s--;
            continue;
        }
        if (tyBuf_appendChar(b, (char)v) < 0)
            return outofmemory(p);
    }
    return !invalid || invalidescape(p, invalid, ti);
}

/* Building a JoinedStr: CPython's FstringParser.  Literal text collects in
** `lit` and becomes a Constant when an expression follows (or at the
** end); the values go on the scratch stack from `base`. */
typedef struct FState {
    TyStrBuilder lit;
    int base;
    TyLoc whole;        /* the whole concatenation: the location of values */
} FState;

static bool fflushlit(Parser *p, FState *fs, const TyLoc *loc)
{
    TyObject *o;
    TyExpr *c;

    if (fs->lit.len == 0)
        return true;
    o = tyBuf_finish(&fs->lit);
    tyBuf_init(&fs->lit);
    if (o == NULL || (o = own(p, o)) == NULL)
        return outofmemory(p);
    c = singletonconst(p, o, *loc);
    return c != NULL && push(p, c);
}

static bool fstring(Parser *p, FState *fs, const char **sp, const char *end, bool raw,
                    int level, int ti, int lasttok);

/*
** Where CPython places an f-string expression (fstring_find_expr_location):
** the lines before its '{' in the token, and the column shift of the
** expression's first line.
*/
static void exprplace(Parser *p, int ti, const char *brace, int *line, int *shift)
{
    TyToken *t = tokat(p, ti);
    const char *q;
    bool newline_after_brace = true;
    int lines = 0, cols = 0;

    for (q = brace + 1; q < t->end && *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (!newline_after_brace) {
        q = brace;
        while (q > t->start && *q != '\n')
            q--;
        cols = (int)(brace - q);
        if (*q == '\n')
            cols--;
    }
    for (q = t->start; q < brace; q++)
        if (*q == '\n')
            lines++;
    *line = t->line + lines;
    *shift = lines ? cols : t->col + cols;
}

/* Copy a sub-parser's error into its parent (the text lives in the
** sub-lexer's buffer, which is about to go). */
static void adopterror(Parser *p, Parser *sub)
{
    char *text;

    p->err = sub->err;
    p->err.fromsub = true;
    text = alloc(p, (size_t)sub->err.textlen + 1);
    if (text == NULL)
        return;
    memcpy(text, sub->err.text, (size_t)sub->err.textlen);
    text[sub->err.textlen] = '\0';
    p->err.text = text;
}

/*
** Parse the expression text [s, e) of a replacement field: CPython wraps
** it in parentheses and runs a parser on it (fstring_compile_expr).
*/
static TyExpr *fexpr(Parser *p, const char *s, const char *e, int ti, int lasttok)
{
    const char *q;
    char *buf;
    TyLexer lx;
    Parser sub;
    TyExpr *x;
    int line, shift;
    size_t n = (size_t)(e - s);

    for (q = s; q < e; q++)
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f')
            break;
    if (q == e) {
        if (*e == '!' || *e == ':' || *e == '=')
            return actionerror(p, lasttok, "f-string: expression required before '%c'", *e);
        return actionerror(p, lasttok, "f-string: empty expression not allowed");
    }
    exprplace(p, ti, s - 1, &line, &shift);
    buf = alloc(p, n + 3);
    if (buf == NULL)
        return NULL;
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';
    if (!tyLex_initSub(&lx, buf, n + 2, line, shift))
        return nomem(p);
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.lx = &lx;
    sub.filename = p->filename;
    sub.mode = TY_MODE_EVAL;
    sub.string_input = true;
    sub.text_input = true;
    sub.depth = p->depth;
    sub.parent = p;
    sub.feature = p->feature;
    sub.fstring_shift = shift;
    x = starexpressions(&sub, NULL);
    if (x == NULL) {
        if (sub.err.nomem)
            nomem(p);
        else if (p->speculating)
            p->specfail = true;
        else
            adopterror(p, &sub);
    }
    tyMem_free(sub.toks);
    tyMem_free(sub.stack);
    tyLex_free(&lx);
    return x;
}

/*
** A replacement field starting at '{' (*sp): expression, optional '=',
** conversion and format spec, up to its '}' (CPython's fstring_find_expr).
*/
static bool freplacement(Parser *p, FState *fs, const char **sp, const char *end, bool raw,
                         int level, int ti, int lasttok)
{
    const char *s = *sp + 1, *exprstart = s, *exprend, *textend = NULL;
    char quote = 0, stack[TY_LEX_MAXLEVEL];
    int strtype = 0, depth = 0, conversion = -1;
    TyExpr *value, *spec = NULL, *fv;

    if (level >= 2) {
        actionerror(p, lasttok, "f-string: expressions nested too deeply");
        return false;
    }
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            actionerror(p, lasttok, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (strtype == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        strtype = 0;
                        quote = 0;
                    }
                } else {
                    strtype = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                strtype = 3;
                s += 2;
            } else {
                strtype = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= TY_LEX_MAXLEVEL) {
                actionerror(p, lasttok, "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            actionerror(p, lasttok, "f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                s++;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char open;
            if (depth == 0) {
                actionerror(p, lasttok, "f-string: unmatched '%c'", ch);
                return false;
            }
            open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                actionerror(p, lasttok, "f-string: closing parenthesis '%c' does not match "
                                     "opening parenthesis '%c'", ch, open);
                return false;
            }
        }
    }
    exprend = s;
    if (quote) {
        actionerror(p, lasttok, "f-string: unterminated string");
        return false;
    }
    if (depth) {
        actionerror(p, lasttok, "f-string: unmatched '%c'", stack[depth - 1]);
        return false;
    }
    if (s >= end)
        goto unexpected_end;
    value = fexpr(p, exprstart, exprend, ti, lasttok);
    if (value == NULL)
        return false;
    if (*s == '=') {
        if (p->feature < 8) {
            actionerror(p, lasttok, "f-string: self documenting expressions are only supported in "
                        "Python 3.8 and greater");
            return false;
        }
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
                           *s == '\f' || *s == '\v'))
            s++;
        if (s >= end)
            goto unexpected_end;
        textend = s;
    }
    if (*s == '!') {
        s++;
        if (s >= end)
            goto unexpected_end;
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            actionerror(p, lasttok, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    if (s >= end)
        goto unexpected_end;
    if (*s == ':') {
        FState specfs;
        TyLoc tl = tokloc(p, ti);
        s++;
        if (s >= end)
            goto unexpected_end;
        tyBuf_init(&specfs.lit);
        specfs.base = seqbegin(p);
        specfs.whole = fs->whole;
        if (!fstring(p, &specfs, &s, end, raw, level + 1, ti, lasttok) ||
            !fflushlit(p, &specfs, &tl)) {
            tyBuf_free(&specfs.lit);
            p->top = specfs.base;
            return false;
        }
        spec = newexpr(p, TY_EXPR_JOINEDSTR, tl);
        if (spec == NULL || !SEQEND(p, specfs.base, spec->v.joinedstr.values, TyExpr))
            return false;
    }
    if (s >= end || *s != '}')
        goto unexpected_end;
    s++;
    if (textend && spec == NULL && conversion == -1)
        conversion = 'r';
    /* The literal text before the field, then "expr=" text, then it. */
    if (textend && tyBuf_append(&fs->lit, exprstart, (size_t)(textend - exprstart)) < 0)
        return outofmemory(p);
    if (!fflushlit(p, fs, &fs->whole))
        return false;
    fv = newexpr(p, TY_EXPR_FORMATTED, fs->whole);
    if (fv == NULL)
        return false;
    fv->v.formatted.value = value;
    fv->v.formatted.conversion = conversion;
    fv->v.formatted.format_spec = spec;
    if (!push(p, fv))
        return false;
    *sp = s;
    return true;

unexpected_end:
    actionerror(p, lasttok, "f-string: expecting '}'");
    return false;
}

/*
** The text of an f-string (or of a format spec when level > 0) from *sp:
** literal runs and replacement fields (CPython's fstring_find_literal and
** _PyPegen_FstringParser_ConcatFstring).
*/
static bool fstring(Parser *p, FState *fs, const char **sp, const char *end, bool raw,
                    int level, int ti, int lasttok)
{
    const char *s = *sp;

    while (s < end) {
        const char *litstart = s, *litend;
        bool doubled = false;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}')
                            ;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < end && *s == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        actionerror(p, lasttok, "f-string: single '}' is not allowed");
                        return false;
                    }
                }
                s--;
                break;
            }
        }
        litend = s;
        if (litend > litstart) {
            bool ok = raw ? tyBuf_append(&fs->lit, litstart, (size_t)(litend - litstart)) >= 0
                          : decodestr(p, litstart, litend, &fs->lit, ti, lasttok);
            if (!ok) {
                if (!failed(p))
                    nomem(p);
                return false;
            }
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end || *s == '}')
            break;
        if (!freplacement(p, fs, &s, end, raw, level, ti, lasttok))
            return false;
    }
    if (level != 0 && (s >= end || *s != '}')) {
        actionerror(p, lasttok, "f-string: expecting '}'");
        return false;
    }
    *sp = s;
    return true;
}

/*
** strings: STRING+
** Adjacent literals concatenate: str with str (f-strings included, giving
** a JoinedStr), bytes with bytes.
*/
static TyExpr *strings(Parser *p)
{
    int first = p->pos, last, lasttok, i;
    bool bytesmode = false, fmode = false;
    TyStrBuilder b;
    FState fs;
    TyLoc whole;
    TyExpr *e;
    TyObject *o;

    if (!enter(p))
        return NULL;
    while (kind(p) == TY_TOK_STRING)
        advance(p);
    last = p->pos - 1;
    /* CPython had read one token past the strings; its errors about the
    ** literals point there. */
    lasttok = p->pos;
    whole = locfrom(p, first);
    tyBuf_init(&b);
    tyBuf_init(&fs.lit);
    fs.base = seqbegin(p);
    fs.whole = whole;
    for (i = first; i <= last; i++) {
        TyToken *t = tokat(p, i);
        StrTok st;
        bool ok;
        splitstring(t, &st);
        if (st.bytes) {
            const char *q;
            for (q = st.body; q < st.bodyend; q++) {
                if ((unsigned char)*q >= 0x80) {
                    actionerror(p, lasttok, "bytes can only contain ASCII literal characters");
                    goto fail;
                }
            }
        }
        if (i != first && st.bytes != bytesmode) {
            /* CPython decodes the literal before it checks. */
            if (!st.fmt) {
                TyStrBuilder tmp;
                tyBuf_init(&tmp);
                ok = st.bytes ? decodebytes(p, st.body, st.bodyend, &tmp, st.raw, i, lasttok)
                              : st.raw ? true : decodestr(p, st.body, st.bodyend, &tmp, i, lasttok);
                tyBuf_free(&tmp);
                if (!ok)
                    goto fail;
            }
            actionerror(p, lasttok, "cannot mix bytes and nonbytes literals");
            goto fail;
        }
        bytesmode = st.bytes;
        if (st.bytes) {
            ok = decodebytes(p, st.body, st.bodyend, &b, st.raw, i, lasttok);
        } else if (st.fmt) {
            const char *s = st.body;
            fmode = true;
            ok = fstring(p, &fs, &s, st.bodyend, st.raw, 0, i, lasttok);
        } else if (st.raw) {
            ok = tyBuf_append(&fs.lit, st.body, (size_t)(st.bodyend - st.body)) >= 0;
            if (!ok)
                nomem(p);
        } else {
            ok = decodestr(p, st.body, st.bodyend, &fs.lit, i, lasttok);
        }
        if (!ok)
            goto fail;
    }
    if (bytesmode) {
        o = tyBytes_fromData(b.data, (ssize_t)b.len);
        tyBuf_free(&b);
        tyBuf_free(&fs.lit);
        if (o == NULL || (o = own(p, o)) == NULL) {
            leave(p);
            return nomem(p);
        }
        leave(p);
        return singletonconst(p, o, whole);
    }
    tyBuf_free(&b);
    if (!fmode) {
        o = tyBuf_finish(&fs.lit);
        if (o == NULL || (o = own(p, o)) == NULL) {
            leave(p);
            return nomem(p);
        }
        leave(p);
        e = singletonconst(p, o, whole);
        if (e)
            e->v.constant.u_prefix = *tokat(p, first)->start == 'u';
        return e;
    }
    if (!fflushlit(p, &fs, &whole))
        goto fail;
    e = newexpr(p, TY_EXPR_JOINEDSTR, whole);
    if (e == NULL || !SEQEND(p, fs.base, e->v.joinedstr.values, TyExpr))
        goto fail;
    leave(p);
    return e;
fail:
    tyBuf_free(&b);
    tyBuf_free(&fs.lit);
    p->top = fs.base;
    leave(p);
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                              */

/*
** The 1-based character offset CPython reports for a 1-based byte offset
** `col` into `line` (_PyPegen_byte_offset_to_character_offset: the
** characters in the first `col` bytes, a cut character counting as one).
*/
static int charoffset(const char *line, int len, int col)
{
    int i, n = 0;

    if (col <= 0)
        return col;
    if (col > len + 1)
        col = len + 1;
    for (i = 0; i < col && i < len; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80)
            n++;
    return n + (col > len ? col - len : 0);
}

/*
** Raise the recorded error as a SyntaxError (or a subclass).  The text is
** the line with its newline, as CPython's SyntaxError.text has it, except
** for an error the tokenizer raises itself (CPython takes the line up to
** its newline) and at the end of compile()'s eval or single input without
** a final newline (CPython adds the newline only to file input).
*/
static void raiseerror(Parser *p)
{
    PErr *e = &p->err;
    TyType *type = e->type == TY_LEXERR_TAB ? &TyExc_TabError
                   : e->type == TY_LEXERR_INDENTATION ? &TyExc_IndentationError
                                                      : &TyExc_SyntaxError;
    int col = e->col, end_col = e->end_col;
    /* Count against the line with its newline, as CPython's text has it. */
    int len = e->textlen + (e->text[e->textlen] == '\n' ? 1 : 0);
    char *text;

    /* CPython's tokenizer counts characters; its parser counts bytes
    ** unless the text came with a known encoding (strings, the REPL). */
    if (!e->final_cols && ((e->lexer && e->raised) ||
                           (!e->fromsub && (p->text_input || p->interactive)))) {
        col = charoffset(e->text, len, col);
        if (end_col > 0)
            end_col = charoffset(e->text, len, end_col);
    }
    bool newline = !(e->lexer && e->raised) &&
                   !(p->mode != TY_MODE_FILE && !p->interactive &&
                     (e->text + e->textlen == p->lx->limit ||
                      (p->lx->added_newline && e->text + e->textlen == p->lx->limit - 1)));
    text = tyMem_malloc((size_t)e->textlen + 2);
    if (text == NULL)
        return;
    memcpy(text, e->text, (size_t)e->textlen);
    text[e->textlen] = '\n';
    text[e->textlen + newline] = '\0';
    tyErr_syntaxText(type, p->filename, e->line, col, text, e->end_line, end_col, "%s", e->msg);
    tyMem_free(text);
}

/*
** After a grammar error CPython tokenizes the rest of a file: a tokenizer
** error there (one it raises itself) replaces the grammar error, and so
** does a bracket left open at the end if it was opened before the line of
** the error.  Not for interactive input.
*/
static void checkrest(Parser *p)
{
    TyToken t;
    int errline;

    if (p->interactive || p->err.lexer || p->err.nomem)
        return;
    /* CPython compares with the line of the last token it read. */
    errline = p->ntoks > 0 ? p->toks[p->ntoks - 1].line : p->err.line;
    for (;;) {
        TyTokKind k = tyLex_next(p->lx, &t);
        if (k == TY_TOK_ENDMARKER)
            return;
        if (k != TY_TOK_ERROR)
            continue;
        if (p->lx->err.raised) {
            lexerror(p);
        } else if (p->lx->err.eof && p->lx->level > 0 &&
                   errline > p->lx->parenline[p->lx->level - 1]) {
            lexerror(p);
        }
        return;
    }
}

/* The first byte of invalid UTF-8 in [s, s+len), or NULL. */
static const char *badutf8(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + len;

    while (p < e) {
        unsigned c = *p;
        int n, i;
        uint32_t cp, min;
        if (c < 0x80) {
            p++;
            continue;
        }
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; min = 0x10000; }
        else return (const char *)p;
        if (e - p <= n)
            return (const char *)p;
        for (i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return (const char *)p;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return (const char *)p;
        p += n + 1;
    }
    return NULL;
}

/* CPython's complaint about source that is not UTF-8. */
static void raisedecode(const char *filename, const char *src, const char *bad,
                        bool string_input)
{
    int line = 1;
    const char *q;

    for (q = src; q < bad; q++)
        if (*q == '\n' || (*q == '\r' && !(q + 1 < bad && q[1] == '\n')))
            line++;
    if (string_input) {
        const char *ls = bad;
        while (ls > src && ls[-1] != '\n' && ls[-1] != '\r')
            ls--;
        tyErr_syntax(&TyExc_SyntaxError, filename, line, (int)(bad - ls) + 1, NULL, line, -1,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: "
                     "invalid start byte", (unsigned char)*bad, (int)(bad - src));
        return;
    }
    /* CPython gives no position at all (lineno None): -1 here. */
    tyErr_syntax(&TyExc_SyntaxError, filename, -1, -1, NULL, -1, -1,
                 "Non-UTF-8 code starting with '\\x%x' in file %s on line %d, "
                 "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)*bad, filename, line);
}

/* file: [statements] ENDMARKER */
static bool filemode(Parser *p, TyModuleAST *m)
{
    return statements(p, &m->body);
}

/* eval: expressions NEWLINE* ENDMARKER */
static bool evalmode(Parser *p, TyModuleAST *m)
{
    m->expr = expressions(p);
    if (m->expr == NULL)
        return false;
    while (accept(p, TY_TOK_NEWLINE))
        ;
    if (kind(p) != TY_TOK_ENDMARKER) {
        invalid(p, p->pos);
        return false;
    }
    return true;
}

/*
** interactive: statement_newline
** statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE
** and then nothing but blanks and comments (CPython's "multiple statements
** found while compiling a single statement").
*/
static bool singlemode(Parser *p, TyModuleAST *m)
{
    int base = seqbegin(p);
    const char *q;

    if (kind(p) == TY_TOK_NEWLINE) {
        TyStmt *s = newstmt(p, TY_STMT_PASS, tokloc(p, p->pos));
        advance(p);
        if (s == NULL || !push(p, s))
            return false;
    } else if (kind(p) == TY_TOK_ENDMARKER) {
        /* Nothing at all: an empty body for the REPL; compile() fails. */
        if (!p->interactive) {
            TyToken *t = cur(p);
            int line = p->lx->limit == p->lx->buf ? 0 : t->line;
            errorat(p, TY_LEXERR_SYNTAX, line, 0, line, 0, "invalid syntax");
            goto fail;
        }
    } else if (iscompound(kind(p))) {
        TyStmt *s = compoundstmt(p);
        if (s == NULL || !push(p, s))
            goto fail;
        if (!accept(p, TY_TOK_NEWLINE)) {
            invalid(p, p->pos);
            goto fail;
        }
    } else if (!simplestmts(p)) {
        goto fail;
    }
    /* Only blanks and comments may follow. */
    q = p->pos > 0 ? tokat(p, p->pos - 1)->end : p->lx->buf;
    if (q < p->lx->buf || q > p->lx->limit)
        q = p->lx->limit;
    for (; q < p->lx->limit; q++) {
        if (*q == '#') {
            while (q < p->lx->limit && *q != '\n')
                q++;
            if (q >= p->lx->limit)
                break;
        }
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f') {
            errortok(p, p->pos > 0 ? p->pos - 1 : 0,
                     "multiple statements found while compiling a single statement");
            goto fail;
        }
    }
    return SEQEND(p, base, m->body, TyStmt);
fail:
    p->top = base;
    return false;
}

/* tyParse_source once the text is UTF-8 (or should be): `text_input`
** when its error columns count characters. */
static TyModuleAST *parse_text(TyArena *arena, const char *source, size_t len,
                               const char *filename, TyParseMode mode, bool string_input,
                               bool text_input, bool *incomplete, int feature)
{
    TyLexer lx;
    Parser p;
    TyModuleAST *m;
    const char *bad;
    bool ok;
    size_t lexlen = len;

    if (string_input && memchr(source, '\0', len)) {
        tyErr_setString(&TyExc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    bad = badutf8(source, len);
    if (bad) {
        /* CPython reads the source line by line and fails when it meets
        ** the bad line; the lines before it are parsed first. */
        const char *ls = bad;
        while (ls > source && ls[-1] != '\n' && ls[-1] != '\r')
            ls--;
        lexlen = (size_t)(ls - source);
    }
    if (!tyLex_init(&lx, source, lexlen,
                    (string_input ? 0 : TY_LEX_NUL_ENDS_LINE) |
                    (incomplete ? TY_LEX_INTERACTIVE : 0) |
                    (mode == TY_MODE_EVAL ? TY_LEX_NO_FINAL_NEWLINE : 0)))
        return NULL;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.lx = &lx;
    p.filename = filename;
    p.mode = mode;
    p.interactive = incomplete != NULL;
    p.string_input = string_input;
    p.text_input = text_input;
    p.feature = feature;
    m = tyArena_alloc(arena, sizeof *m);
    if (m == NULL) {
        tyLex_free(&lx);
        return NULL;
    }
    m->mode = mode;
    switch (mode) {
    case TY_MODE_EVAL: ok = evalmode(&p, m); break;
    case TY_MODE_SINGLE: ok = singlemode(&p, m); break;
    default: ok = filemode(&p, m); break;
    }
    if (ok && failed(&p))
        ok = false;
    if (!ok && !p.err.nomem) {
        checkrest(&p);
        if (!p.err.set)
            invalid(&p, p.pos);
        /* Invalid UTF-8 ends the text the lexer saw: CPython reads the
        ** source line by line and fails on that line, unless a tokenizer
        ** error on an earlier line stopped it first. */
        /* A REPL input failing before its end: the error CPython finds
        ** without reading on, where a string left open at the end or a
        ** final backslash is the tokenizer's error, brackets left open are
        ** not (see tokat). */
        if (p.end_token && p.err.set && !p.err.eof && !p.err.nomem && !p.lx->err.open_brackets) {
            p.err.set = false;
            lexerror(&p);
            p.err.eof = false;
        }
        if (bad && !(p.err.lexer && !p.err.eof)) {
            raisedecode(filename, source, bad, string_input);
        } else {
            if (incomplete && p.err.eof)
                *incomplete = true;
            raiseerror(&p);
        }
    } else if (ok && bad) {
        ok = false;
        raisedecode(filename, source, bad, string_input);
    }
    tyMem_free(p.toks);
    tyMem_free(p.stack);
    tyLex_free(&lx);
    return ok ? m : NULL;
}

/*
** The encoding a PEP 263 cookie declares on line 1 or 2 (line 2 only
** after a blank or comment line 1), as CPython's tokenizer finds it:
** "coding" then ':' or '=' in a comment line.  Copied into name (empty
** when there is none), normalised as CPython's get_normal_name does
** ("utf-8", "iso-8859-1" for the latin-1 spellings).
*/
static void coding_cookie(const char *s, size_t len, char *name, size_t size)
{
    const char *end = s + len;
    name[0] = '\0';
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3;
    for (int line = 0; line < 2 && s < end; line++) {
        const char *eol = memchr(s, '\n', (size_t)(end - s));
        if (!eol)
            eol = end;
        const char *q = s;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < eol && *q == '#') {
            for (const char *c = q; c + 6 < eol; c++) {
                if (memcmp(c, "coding", 6) != 0 || (c[6] != ':' && c[6] != '='))
                    continue;
                const char *v = c + 7;
                while (v < eol && (*v == ' ' || *v == '\t'))
                    v++;
                size_t n = 0;
                while (v + n < eol && n + 1 < size &&
                       (isalnum((unsigned char)v[n]) || v[n] == '-' || v[n] == '_' || v[n] == '.'))
                    n++;
                if (n == 0)
                    break;
                char lower[16];
                size_t k;
                for (k = 0; k < n && k < sizeof lower - 1; k++)
                    lower[k] = v[k] == '_' ? '-' : (char)tolower((unsigned char)v[k]);
                lower[k] = '\0';
                if (strcmp(lower, "utf-8") == 0 || strncmp(lower, "utf-8-", 6) == 0)
                    snprintf(name, size, "utf-8");
                else if (strcmp(lower, "latin-1") == 0 || strcmp(lower, "iso-8859-1") == 0 ||
                         strcmp(lower, "iso-latin-1") == 0 || strncmp(lower, "latin-1-", 8) == 0 ||
                         strncmp(lower, "iso-8859-1-", 11) == 0 ||
                         strncmp(lower, "iso-latin-1-", 12) == 0)
                    snprintf(name, size, "iso-8859-1");
                else
                    snprintf(name, size, "%.*s", (int)n, v);
                return;
            }
        } else if (q < eol && *q != '\r') {
            return;             /* code on line 1: no cookie on line 2 */
        }
        s = eol + 1;
    }
}

/* A declared encoding that cannot be used: a SyntaxError at line 0 of a
** string's source, with no position at all for a file CPython reads
** itself (its tokenizer fails before reading a line). */
static void encoding_problem(const char *filename, bool string_input, const char *fmt,
                             const char *coding)
{
    if (string_input) {
        tyErr_syntax(&TyExc_SyntaxError, filename, 0, -1, NULL, 0, -1, fmt, coding);
        return;
    }
    char msg[160];
    snprintf(msg, sizeof msg, fmt, coding);
    tyErr_setString(&TyExc_SyntaxError, msg);
}

TyModuleAST *tyParse_source(TyArena *arena, const char *source, size_t len,
                            const char *filename, TyParseMode mode, TyParseInput input,
                            bool *incomplete)
{
    return tyParse_sourceFeature(arena, source, len, filename, mode, input, incomplete, TY_PARSE_LATEST);
}

TyModuleAST *tyParse_sourceFeature(TyArena *arena, const char *source, size_t len,
                                   const char *filename, TyParseMode mode, TyParseInput input,
                                   bool *incomplete, int feature)
{
    char coding[64];
    if (incomplete)
        *incomplete = false;
    if (filename == NULL)
        filename = "<string>";
    bool string_input = input != TY_INPUT_FILE;
    if (input != TY_INPUT_TEXT)
        coding_cookie(source, len, coding, sizeof coding);
    else
        coding[0] = '\0';
    if (!coding[0] || strcmp(coding, "utf-8") == 0)
        return parse_text(arena, source, len, filename, mode, string_input,
                          input == TY_INPUT_TEXT, incomplete, feature);
    /* Another encoding: the text decoded through the codecs, whose
    ** columns then count characters (CPython's "known encoding"). */
    if (len >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
        encoding_problem(filename, string_input, "encoding problem: %s with BOM", coding);
        return NULL;
    }
    if (string_input && memchr(source, '\0', len)) {
        tyErr_setString(&TyExc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    TyObject *text = tyStr_decode(source, (ssize_t)len, coding, "strict");
    if (!text) {
        if (tyErr_exceptionMatches(&TyExc_LookupError)) {
            tyErr_clear();
            encoding_problem(filename, string_input,
                             string_input ? "unknown encoding: %s" : "encoding problem: %s", coding);
        } else if (!string_input && tyErr_exceptionMatches(&TyExc_UnicodeDecodeError)) {
            tyErr_clear();
            encoding_problem(filename, false, "encoding problem: %s", coding);
        } else if (tyErr_exceptionMatches(&TyExc_UnicodeDecodeError)) {
            TyObject *exc = tyErr_fetch();
            TyObject *why = tyObj_str(exc);
            TY_DECREF(exc);
            if (why)
                tyErr_syntax(&TyExc_SyntaxError, filename, 0, -1, NULL, 0, -1,
                             "%s", TY_STR_UTF8(why));
            TY_XDECREF(why);
        }
        return NULL;
    }
    TyModuleAST *m = parse_text(arena, TY_STR_UTF8(text), (size_t)TY_STR_NBYTES(text), filename,
                                mode, string_input, true, incomplete, feature);
    TY_DECREF(text);
    return m;
}
