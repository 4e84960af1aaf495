/*
** compiler.c — code generation: AST to code objects.
**
** One Unit per code object (module, function, lambda, class body,
** comprehension).  Instructions are emitted into a flat array with
** symbolic labels; each instruction is tagged with the innermost active
** exception handler.  Assembly (assemble.c) then resolves labels,
** computes the maximum stack depth and each handler's stack depth by a
** flow analysis, and turns the handler tags into the code object's
** exception table.
**
** The instruction sequences follow CPython 3.11's where the difference is
** observable: which objects sit on the value stack during a call decides
** what sys.getrefcount reports, so calls move their arguments into the
** callee exactly as 3.11 does, and constants are folded and shared across
** the code objects of one compilation as 3.11 shares them.
*/
#include <math.h>
#include "tally.h"
#include "compiler.h"
#include "symtable.h"
#include "future.h"
#include "unparse.h"
#include "modules/warningsmodule.h"
#include "opcodes.h"
#include "assemble.h"
#include "objects/code.h"
#include "objects/set.h"

/* Kinds of blocks that break / continue / return must unwind. */
typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_EXCEPTION_HANDLER, FB_POP_VALUE,
    FB_EXCEPTION_GROUP_HANDLER
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int start_label;          /* loops: continue target */
    int exit_label;           /* loops: break target */
    TyStmt *finally_body;     /* FB_FINALLY_TRY: the try statement; FB_WITH,
                                 FB_ASYNC_WITH: the with statement */
    int outer_hsp;            /* handler-stack depth of the code that leaves the block */
    TyObject *name;           /* FB_HANDLER_CLEANUP: the `as` name, or NULL */
} FBlock;

#define MAX_FBLOCKS 20

typedef struct Unit {
    struct Unit *parent;
    TyScope *scope;
    uint32_t *code;
    TyCodePos *pos;
    int *handler_of;          /* per instruction: handler id or -1 */
    int n, cap;
    int *labels;              /* label -> instruction index (-1 until bound) */
    int nlabels, labels_cap;
    TyAsmHandler *handlers;
    int nhandlers, handlers_cap;
    int handler_stack[MAX_FBLOCKS * 2];
    int hsp;
    FBlock fblocks[MAX_FBLOCKS];
    int nfb;
    TyObject *consts;         /* list */
    TyObject *const_index;    /* dict: constant key -> index */
    TyObject *names;          /* list */
    TyObject *name_index;     /* dict: str -> index */
    TyObject *varnames;       /* list: localsplus names */
    TyObject *var_index;      /* dict: name -> localsplus slot */
    uint8_t *kinds;           /* localsplus kinds */
    int nlocals, ncells, nfrees;
    int next_local;           /* slot the next first-used plain local gets */
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    TyObject *qualname;
    TyObject *name;
    TyObject *private;        /* innermost enclosing class's name (mangling), or NULL */
    int firstlineno;
    TyLoc loc;
    bool is_class;
    bool is_module;
    int in_annotation;
} Unit;

typedef struct Compiler {
    const char *filename;
    TyArena *arena;
    TySymtable *st;
    Unit *u;
    TyObject *const_cache;    /* dict: key -> the one shared constant */
    TyParseMode mode;
    /* The future features in force (TY_CO_FUTURE_* bits: the module's
    ** future statements and compile()'s flags), and the line of the last
    ** future statement the module may have (-1: none). */
    int future;
    int future_lineno;
    int nesting;
    /* How deep statements and expressions may nest: CPython's AST
    ** optimizer allows three times the recursion limit left when
    ** compilation starts. */
    int depth_limit;
    /* compile()'s optimize level: 1 drops asserts and makes __debug__
    ** False, 2 drops docstrings too. */
    int optimize;
    /* Set by the first error; emission does nothing afterwards.  The
    ** emit functions return nothing: their callers are straight-line
    ** code, and each statement and each code object checks the flag. */
    bool failed;
} Compiler;

#define MAX_NESTING 200

static int compile_stmt(Compiler *c, TyStmt *s);
static int compile_expr(Compiler *c, TyExpr *e);
static int compile_body(Compiler *c, TyStmtSeq *body);
static int compile_jump_if(Compiler *c, TyExpr *e, int label, bool jump_if_true);
static int jump_if_at(Compiler *c, TyExpr *e, int label, bool jump_if_true, const TyLoc *at);
static void emit_send_loop(Compiler *c);
static void emit_yield(Compiler *c);
static bool has_annotations(TyStmtSeq *body);
static TyLoc implicit_return_loc(Compiler *c, TyStmt *last);

/* ---- errors --------------------------------------------------------------- */

/* A SyntaxError at no position: CPython's compiler reports lineno -1 and
** offset 0 for an error it meets while its location is unset. */
static int compiler_error_unplaced(Compiler *c, const char *msg)
{
    TyObject *m = tyStr_fromCStr(msg), *fn = tyStr_fromCStr(c->filename);
    TyObject *minus = tyInt_fromI64(-1), *zero = tyInt_fromI64(0);
    TyObject *where = m && fn && minus && zero ? tyTuple_pack(6, fn, minus, zero, TY_NONE, minus, zero) : NULL;
    TyObject *args = where ? tyTuple_pack(2, m, where) : NULL;
    if (args)
        tyErr_setObject(&TyExc_SyntaxError, args);
    TY_XDECREF(m);
    TY_XDECREF(fn);
    TY_XDECREF(minus);
    TY_XDECREF(zero);
    TY_XDECREF(where);
    TY_XDECREF(args);
    return -1;
}

/* Fail with a SyntaxError at loc, unless an earlier error stands: the
** first one is reported. */
static int compiler_error(Compiler *c, TyLoc loc, const char *msg)
{
    if (c->failed)
        return -1;
    c->failed = true;
    if (loc.line < 0)
        return compiler_error_unplaced(c, msg);
    tyErr_syntaxLocation(c->filename, loc.line, loc.col + 1, loc.end_line,
                         loc.end_col + 1, "%s", msg);
    return -1;
}

/* ---- emission --------------------------------------------------------------- */

/* Record a failure whose exception is already set (out of memory). */
static void fail(Compiler *c)
{
    c->failed = true;
}

static int grow(void **p, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return 0;
    int ncap = *cap ? *cap : 64;
    while (ncap < need)
        ncap *= 2;
    void *np = tyMem_realloc(*p, elem * (size_t)ncap);
    if (!np)
        return -1;
    *p = np;
    *cap = ncap;
    return 0;
}

/* Append an instruction at the current location; nothing once the
** compilation has failed (an argument of -1 is an index that failed). */
static void emit(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    if (c->failed)
        return;
    if (arg < 0 || arg > TY_MAX_ARG) {
        compiler_error(c, u->loc, "too many statements or names in one code block");
        return;
    }
    if (u->n == u->cap) {
        int cap = u->cap, cap2 = u->cap, cap3 = u->cap;
        if (grow((void **)&u->code, &cap, u->n + 1, sizeof(uint32_t)) < 0 ||
            grow((void **)&u->pos, &cap2, u->n + 1, sizeof(TyCodePos)) < 0 ||
            grow((void **)&u->handler_of, &cap3, u->n + 1, sizeof(int)) < 0) {
            fail(c);
            return;
        }
        u->cap = cap;
    }
    u->code[u->n] = TY_INSTR(op, arg);
    u->pos[u->n] = (TyCodePos){ u->loc.line, u->loc.end_line, u->loc.col, u->loc.end_col };
    u->handler_of[u->n] = u->hsp > 0 ? u->handler_stack[u->hsp - 1] : -1;
    u->n++;
}

/* A new unbound label, or -1 once the compilation has failed (every use
** of the label is then a no-op). */
static int new_label(Compiler *c)
{
    Unit *u = c->u;
    if (c->failed)
        return -1;
    if (grow((void **)&u->labels, &u->labels_cap, u->nlabels + 1, sizeof(int)) < 0) {
        fail(c);
        return -1;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind_label(Compiler *c, int label)
{
    if (!c->failed)
        c->u->labels[label] = c->u->n;
}

/* Jumps carry the label number until assembly resolves them. */
static void emit_jump(Compiler *c, int op, int label)
{
    emit(c, op, label);
}

#define NO_LINE ((TyLoc){ 0, -1, 0, -1 })

/* An instruction of the compiler's own making that belongs to no line
** (CPython's NOLINE/UNSET_LOC ones: the jump over an else, a try's
** re-raise when no clause matched): a trace function sees no line event
** for it (trace.c). */
static void emit_noline(Compiler *c, int op, int arg)
{
    TyLoc saved = c->u->loc;
    c->u->loc = NO_LINE;
    emit(c, op, arg);
    c->u->loc = saved;
}

/* Exception handlers: instructions emitted between push and pop jump to
** `label` when they raise, with the value stack cut back to its depth at
** the first of them (plus `adjust`: a with block's handler starts while
** __enter__'s result is still on the stack, and does not keep it). */
static int push_handler_adjusted(Compiler *c, int label, int adjust)
{
    Unit *u = c->u;
    if (grow((void **)&u->handlers, &u->handlers_cap, u->nhandlers + 1, sizeof(TyAsmHandler)) < 0)
        return -1;
    if (u->hsp >= (int)TY_ARRAY_LEN(u->handler_stack))
        return compiler_error(c, u->loc, "too many statically nested blocks");
    u->handlers[u->nhandlers] = (TyAsmHandler){ label, -1, u->n, adjust };
    u->handler_stack[u->hsp++] = u->nhandlers++;
    return 0;
}

static int push_handler(Compiler *c, int label)
{
    return push_handler_adjusted(c, label, 0);
}

static void pop_handler(Compiler *c)
{
    c->u->hsp--;
}

/* Blocks that own a handler were pushed just after it: the code that leaves
** such a block runs outside that handler.  An except clause's cleanup block
** is left together with its whole handler (FB_EXCEPTION_HANDLER, always the
** block below it), so it takes that block's depth. */
static int push_fblock(Compiler *c, FBlockKind kind, int start, int exit, TyStmt *fin, TyObject *name)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS)
        return compiler_error(c, u->loc, "too many statically nested blocks");
    int outer_hsp;
    switch (kind) {
    case FB_WHILE_LOOP: case FB_FOR_LOOP: case FB_POP_VALUE:
        outer_hsp = u->hsp;
        break;
    case FB_HANDLER_CLEANUP:
        outer_hsp = u->fblocks[u->nfb - 1].outer_hsp;
        break;
    default:
        outer_hsp = u->hsp - 1;
        break;
    }
    u->fblocks[u->nfb++] = (FBlock){ kind, start, exit, fin, outer_hsp, name };
    return 0;
}

static void pop_fblock(Compiler *c)
{
    c->u->nfb--;
}

/* ---- constants and names ----------------------------------------------------- */

/*
** The identity under which equal constants are shared: 1, 1.0 and True are
** equal but distinct constants, as are 0.0 and -0.0.  New reference.
*/
static TyObject *const_key(TyObject *o)
{
    if (TY_TUPLE_CHECK_EXACT(o)) {
        ssize_t n = TY_TUPLE_LEN(o);
        TyObject *items = tyTuple_new(n);
        if (!items)
            return NULL;
        for (ssize_t i = 0; i < n; i++) {
            TyObject *k = const_key(TY_TUPLE_GET(o, i));
            if (!k) {
                TY_DECREF(items);
                return NULL;
            }
            TY_TUPLE_SET(items, i, k);
        }
        TyObject *key = tyTuple_pack(2, (TyObject *)TY_TYPE(o), items);
        TY_DECREF(items);
        return key;
    }
    if (TY_TYPE(o) == &TyFrozenSet_Type || TY_CODE_CHECK(o) || TY_TYPE(o) == &TySlice_Type) {
        /* Shared by identity only. */
        TyObject *id = tyInt_fromI64((int64_t)(intptr_t)o);
        if (!id)
            return NULL;
        TyObject *key = tyTuple_pack(2, (TyObject *)TY_TYPE(o), id);
        TY_DECREF(id);
        return key;
    }
    if (TY_FLOAT_CHECK(o)) {
        double d = TY_FLOAT_VALUE(o);
        if (d == 0.0 && signbit(d))
            return tyTuple_pack(3, (TyObject *)TY_TYPE(o), o, TY_NONE);
    }
    if (TY_COMPLEX_CHECK(o)) {
        /* 0j, -0j, (-0+0j) and (-0-0j) are equal but distinct: the signs
        ** of zero parts join the key. */
        double re = TY_COMPLEX_REAL(o), im = TY_COMPLEX_IMAG(o);
        int zeros = (re == 0.0 && signbit(re)) + 2 * (im == 0.0 && signbit(im));
        TyObject *z = tyInt_fromI64(zeros);
        TyObject *key = z ? tyTuple_pack(3, (TyObject *)TY_TYPE(o), o, z) : NULL;
        TY_XDECREF(z);
        return key;
    }
    return tyTuple_pack(2, (TyObject *)TY_TYPE(o), o);
}

/* The shared constant equal to o (o itself the first time).  Borrowed: the
** cache keeps it alive until compilation ends.  The items of a tuple seen
** for the first time are replaced by the shared ones, as CPython's
** merge_consts_recursive does, so `x = 1.5` and `return (1.5, 2)` hold one
** float between them. */
static TyObject *merge_const(Compiler *c, TyObject *o)
{
    TyObject *key = const_key(o);
    if (!key)
        return NULL;
    TyObject *found = tyDict_getItem(c->const_cache, key);
    if (found || tyErr_occurred()) {
        TY_DECREF(key);
        return found;
    }
    int r = tyDict_setItem(c->const_cache, key, o);
    TY_DECREF(key);
    if (r < 0)
        return NULL;
    if (TY_TUPLE_CHECK_EXACT(o)) {
        for (ssize_t i = 0; i < TY_TUPLE_LEN(o); i++) {
            TyObject *item = TY_TUPLE_GET(o, i);
            TyObject *shared = merge_const(c, item);
            if (!shared)
                return NULL;
            if (shared != item)
                TY_SETREF(TY_TUPLE_ITEMS(o)[i], TY_NEWREF(shared));
        }
    }
    return o;
}

/* Index of constant o in the current unit's co_consts. */
/* Index of the constant o in co_consts, or -1 (MemoryError; the
** compilation has failed). */
static int add_const(Compiler *c, TyObject *o)
{
    Unit *u = c->u;
    TyObject *shared = merge_const(c, o);
    TyObject *key = shared ? const_key(shared) : NULL;
    if (!key) {
        fail(c);
        return -1;
    }
    TyObject *idx = tyDict_getItem(u->const_index, key);
    if (idx) {
        TY_DECREF(key);
        return (int)TY_INT_VALUE(idx);
    }
    ssize_t n = TY_LIST_LEN(u->consts);
    TyObject *nidx = tyInt_fromI64(n);
    int r = nidx && tyDict_setItem(u->const_index, key, nidx) == 0 &&
            tyList_append(u->consts, shared) == 0 ? 0 : -1;
    TY_XDECREF(nidx);
    TY_DECREF(key);
    if (r < 0) {
        fail(c);
        return -1;
    }
    return (int)n;
}

static void emit_const(Compiler *c, TyObject *o)
{
    if (c->failed)
        return;
    emit(c, OP_LOAD_CONST, add_const(c, o));
}

/* A constant created by the compiler (NULL: it could not be made): the
** arena owns it. */
static void emit_new_const(Compiler *c, TyObject *o)
{
    if (!o || !tyArena_addObject(c->arena, o)) {
        fail(c);
        return;
    }
    emit_const(c, o);
}

static int index_in(TyObject *list, TyObject *index, TyObject *name)
{
    TyObject *idx = tyDict_getItem(index, name);
    if (idx)
        return (int)TY_INT_VALUE(idx);
    if (tyErr_occurred())
        return -1;
    ssize_t n = TY_LIST_LEN(list);
    TyObject *nidx = tyInt_fromI64(n);
    int r = nidx && tyDict_setItem(index, name, nidx) == 0 && tyList_append(list, name) == 0 ? 0 : -1;
    TY_XDECREF(nidx);
    return r < 0 ? -1 : (int)n;
}

/* Index of name (mangled inside a class, as every name operand is) in
** co_names, or -1 (MemoryError; the compilation has failed, so an
** instruction given the -1 is not emitted). */
static int add_name(Compiler *c, TyObject *name)
{
    TyObject *stored = tySymtable_mangle(c->u->private, name);
    int idx = stored ? index_in(c->u->names, c->u->name_index, stored) : -1;
    TY_XDECREF(stored);
    if (idx < 0)
        fail(c);
    return idx;
}

/* Give the plain local `name` the next of the slots layout_locals reserved.
** The slot, or -1. */
static int place_local(Unit *u, TyObject *name)
{
    int slot = u->next_local++;
    TyObject *idx = tyInt_fromI64(slot);
    int r = idx ? tyDict_setItem(u->var_index, name, idx) : -1;
    TY_XDECREF(idx);
    if (r < 0)
        return -1;
    TY_SETREF(TY_LIST_ITEMS(u->varnames)[slot], TY_NEWREF(name));
    return slot;
}

/*
** The localsplus slot of name, or -1 when it has none.  A plain local gets
** its slot when the compiler first names it, as CPython's compiler fills
** co_varnames: the order the frame releases locals in follows from it
** (a finally body copied before a return names its locals first).
*/
static int var_slot(Compiler *c, TyObject *name)
{
    Unit *u = c->u;
    TyObject *idx = tyDict_getItem(u->var_index, name);
    if (idx)
        return (int)TY_INT_VALUE(idx);
    if (u->next_local >= u->nlocals)
        return -1;
    TySymbol *sym = tySymtable_lookup(u->scope, name);
    if (!sym || sym->scope != TY_NAME_LOCAL)
        return -1;
    return place_local(u, name);
}

/* ---- units -------------------------------------------------------------------- */

static void free_unit(Unit *u)
{
    tyMem_free(u->code);
    tyMem_free(u->pos);
    tyMem_free(u->handler_of);
    tyMem_free(u->labels);
    tyMem_free(u->handlers);
    tyMem_free(u->kinds);
    TY_XDECREF(u->consts);
    TY_XDECREF(u->const_index);
    TY_XDECREF(u->names);
    TY_XDECREF(u->name_index);
    TY_XDECREF(u->varnames);
    TY_XDECREF(u->var_index);
    TY_XDECREF(u->qualname);
    tyMem_free(u);
}

static int add_var(Unit *u, TyObject *name, uint8_t kind)
{
    if (tyDict_getItem(u->var_index, name)) {
        TyObject *idx = tyDict_getItem(u->var_index, name);
        u->kinds[TY_INT_VALUE(idx)] |= kind;
        return 0;
    }
    ssize_t n = TY_LIST_LEN(u->varnames);
    uint8_t *k = tyMem_realloc(u->kinds, (size_t)n + 1);
    if (!k)
        return -1;
    u->kinds = k;
    u->kinds[n] = kind;
    return index_in(u->varnames, u->var_index, name) < 0 ? -1 : 0;
}

/* One more localsplus slot, a plain local whose name comes later. */
static int reserve_slot(Unit *u)
{
    ssize_t n = TY_LIST_LEN(u->varnames);
    uint8_t *k = tyMem_realloc(u->kinds, (size_t)n + 1);
    if (!k)
        return -1;
    u->kinds = k;
    u->kinds[n] = TY_LOCAL_PLAIN;
    return tyList_append(u->varnames, TY_NONE);
}

static int compare_symbol_names(const void *a, const void *b)
{
    return tyStr_compare((*(TySymbol *const *)a)->name, (*(TySymbol *const *)b)->name);
}

/*
** Add the symbols of u's scope that `pick` accepts (and that have no slot
** yet) as variables of `kind`, in name order, as CPython orders cell and
** free variables.  The number added, or -1.
*/
static int add_vars_sorted(Unit *u, bool (*pick)(const TySymbol *), uint8_t kind)
{
    TyScope *s = u->scope;
    TySymbol **picked = tyMem_malloc(sizeof(TySymbol *) * (size_t)(s->nsymbols + 1));
    if (!picked)
        return -1;
    int n = 0;
    for (int i = 0; i < s->nsymbols; i++)
        if (pick(&s->symbols[i]) && !tyDict_getItem(u->var_index, s->symbols[i].name))
            picked[n++] = &s->symbols[i];
    qsort(picked, (size_t)n, sizeof *picked, compare_symbol_names);
    int r = n;
    for (int i = 0; i < n && r >= 0; i++)
        if (add_var(u, picked[i]->name, kind) < 0)
            r = -1;
    tyMem_free(picked);
    return r;
}

static bool is_cell(const TySymbol *sym)
{
    return sym->scope == TY_NAME_CELL;
}

/*
** Lay out localsplus for a function-like scope: parameters, then the
** other locals in first-use order, then cells that are not parameters,
** then free variables, both in name order.  Class bodies have only cells
** and frees.  The frame releases them in this order.
*/
static int layout_locals(Unit *u)
{
    TyScope *s = u->scope;
    bool fast = s->kind == TY_SCOPE_FUNCTION || s->kind == TY_SCOPE_COMPREHENSION;
    if (fast) {
        for (int i = 0; i < s->nparams; i++) {
            TySymbol *sym = tySymtable_lookup(s, s->params[i]);
            uint8_t kind = TY_LOCAL_PLAIN | (sym->scope == TY_NAME_CELL ? TY_LOCAL_CELL : 0);
            if (add_var(u, s->params[i], kind) < 0)
                return -1;
        }
        /* The other plain locals are placed as the compiler first names
        ** them (var_slot); their slots are reserved here. */
        u->next_local = (int)TY_LIST_LEN(u->varnames);
        for (int i = 0; i < s->nsymbols; i++) {
            TySymbol *sym = &s->symbols[i];
            if (sym->scope == TY_NAME_LOCAL && !tyDict_getItem(u->var_index, sym->name) &&
                reserve_slot(u) < 0)
                return -1;
        }
    }
    u->nlocals = (int)TY_LIST_LEN(u->varnames);
    for (int i = 0; i < s->nsymbols; i++)
        u->ncells += is_cell(&s->symbols[i]);
    if (add_vars_sorted(u, is_cell, TY_LOCAL_CELL) < 0)
        return -1;
    u->nfrees = add_vars_sorted(u, tySymbol_isFreeVar, TY_LOCAL_FREE);
    return u->nfrees < 0 ? -1 : 0;
}

static TyObject *make_qualname(Compiler *c, TyScope *s)
{
    Unit *p = c->u;
    if (!p || p->is_module || s->kind == TY_SCOPE_MODULE)
        return TY_NEWREF(s->name);
    /* A function declared global in its parent gets a plain name. */
    TyObject *stored = tySymtable_mangle(p->private, s->name);
    if (!stored)
        return NULL;
    TySymbol *sym = tySymtable_lookup(p->scope, stored);
    TY_DECREF(stored);
    if (sym && sym->scope == TY_NAME_GLOBAL_EXPLICIT)
        return TY_NEWREF(s->name);
    if (p->scope->kind == TY_SCOPE_FUNCTION || p->scope->kind == TY_SCOPE_COMPREHENSION)
        return tyStr_fromFormat("%U.<locals>.%U", p->qualname, s->name);
    return tyStr_fromFormat("%U.%U", p->qualname, s->name);
}

static int enter_unit(Compiler *c, TyScope *s, int firstlineno)
{
    Unit *u = tyMem_calloc(1, sizeof(Unit));
    if (!u)
        return -1;
    u->scope = s;
    u->firstlineno = firstlineno;
    u->name = s->name;
    u->private = s->kind == TY_SCOPE_CLASS ? s->name : c->u ? c->u->private : NULL;
    u->is_class = s->kind == TY_SCOPE_CLASS;
    u->is_module = s->kind == TY_SCOPE_MODULE;
    u->consts = tyList_new(0);
    u->const_index = tyDict_new();
    u->names = tyList_new(0);
    u->name_index = tyDict_new();
    u->varnames = tyList_new(0);
    u->var_index = tyDict_new();
    u->qualname = make_qualname(c, s);
    u->loc = (TyLoc){ firstlineno, -1, firstlineno, -1 };
    if (!u->consts || !u->const_index || !u->names || !u->name_index || !u->varnames ||
        !u->var_index || !u->qualname || layout_locals(u) < 0) {
        free_unit(u);
        return -1;
    }
    if (s->kind == TY_SCOPE_FUNCTION || s->kind == TY_SCOPE_COMPREHENSION)
        u->flags |= TY_CO_OPTIMIZED | TY_CO_NEWLOCALS;
    if (s->has_varargs)
        u->flags |= TY_CO_VARARGS;
    if (s->has_varkw)
        u->flags |= TY_CO_VARKEYWORDS;
    bool function_like = s->kind == TY_SCOPE_FUNCTION || s->kind == TY_SCOPE_COMPREHENSION;
    if (function_like && s->is_coroutine && s->is_generator)
        u->flags |= TY_CO_ASYNC_GENERATOR;
    else if (function_like && s->is_coroutine)
        u->flags |= TY_CO_COROUTINE;
    else if (s->is_generator)
        u->flags |= TY_CO_GENERATOR;
    if (s->is_nested)
        u->flags |= TY_CO_NESTED;
    u->flags |= c->future & TY_PYCF_MASK;
    u->parent = c->u;
    c->u = u;
    /* Cells start life at function entry (arguments become cells in their
    ** own slot); free variables are copied in from the closure. */
    for (int i = 0; i < (int)TY_LIST_LEN(u->varnames); i++)
        if (u->kinds[i] & TY_LOCAL_CELL)
            emit(c, OP_MAKE_CELL, i);
    if (u->nfrees)
        emit(c, OP_COPY_FREE_VARS, u->nfrees);
    return 0;
}

static void leave_unit(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(u);
}

/* ---- assembly ------------------------------------------------------------------ */

/* Build the code object for the current unit (assemble.c).  New reference. */
static TyObject *assemble(Compiler *c)
{
    Unit *u = c->u;
    if (c->failed)
        return NULL;
    /* Plain locals the code never named go last, in the symtable's order. */
    for (int i = 0; u->next_local < u->nlocals && i < u->scope->nsymbols; i++) {
        TySymbol *sym = &u->scope->symbols[i];
        if (sym->scope == TY_NAME_LOCAL && !tyDict_getItem(u->var_index, sym->name) &&
            place_local(u, sym->name) < 0)
            return NULL;
    }
    TyAsmUnit a = {
        .code = u->code, .pos = u->pos, .handler_of = u->handler_of, .n = u->n,
        .labels = u->labels, .handlers = u->handlers, .nhandlers = u->nhandlers,
        .consts = u->consts, .names = u->names, .varnames = u->varnames, .kinds = u->kinds,
        .nlocals = u->nlocals, .ncells = u->ncells, .nfrees = u->nfrees,
        .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount, .flags = u->flags, .firstlineno = u->firstlineno,
        .name = u->name, .qualname = u->qualname, .filename = c->filename,
    };
    return tyAsm_build(&a);
}

/* ---- names ---------------------------------------------------------------------- */

typedef enum { NAME_LOAD, NAME_STORE, NAME_DEL } NameOp;

static int compile_stored_name(Compiler *c, TyObject *name, NameOp op)
{
    Unit *u = c->u;
    TySymbol *sym = tySymtable_lookup(u->scope, name);
    TyNameScope scope = sym ? sym->scope : TY_NAME_GLOBAL_IMPLICIT;
    /* At module level a name is looked up by name, unless a global
    ** statement declared it: code run by exec() with separate globals and
    ** locals then uses the globals for it, as CPython's. */
    if (u->is_module && scope != TY_NAME_GLOBAL_EXPLICIT)
        scope = TY_NAME_NAME;
    int slot;
    switch (scope) {
    case TY_NAME_LOCAL:
        slot = var_slot(c, name);
        if (u->scope->kind == TY_SCOPE_CLASS || slot < 0)
            break;
        emit(c, op == NAME_LOAD ? OP_LOAD_FAST : op == NAME_STORE ? OP_STORE_FAST : OP_DELETE_FAST, slot);
        return 0;
    case TY_NAME_CELL:
    case TY_NAME_FREE:
        slot = var_slot(c, name);
        if (slot < 0)
            break;
        if (u->is_class && op == NAME_LOAD && scope == TY_NAME_FREE) {
            emit(c, OP_LOAD_CLASSDEREF, slot);
            return 0;
        }
        if (u->is_class && scope == TY_NAME_CELL && op != NAME_LOAD)
            break;
        if (u->is_class && scope == TY_NAME_CELL)
            break;
        emit(c, op == NAME_LOAD ? OP_LOAD_DEREF : op == NAME_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, slot);
        return 0;
    case TY_NAME_GLOBAL_EXPLICIT:
    case TY_NAME_GLOBAL_IMPLICIT: {
        if (u->scope->kind == TY_SCOPE_CLASS && scope == TY_NAME_GLOBAL_IMPLICIT)
            break;
        int idx = add_name(c, name);
        if (idx < 0)
            return -1;
        if (op == NAME_LOAD) {
            emit(c, OP_LOAD_GLOBAL, idx << 1);
            return 0;
        }
        emit(c, op == NAME_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, idx);
        return 0;
    }
    default:
        break;
    }
    int idx = add_name(c, name);
    if (idx < 0)
        return -1;
    emit(c, op == NAME_LOAD ? OP_LOAD_NAME : op == NAME_STORE ? OP_STORE_NAME : OP_DELETE_NAME, idx);
    return 0;
}

/* Load, store or delete a variable of the source (mangled inside a class). */
static int compile_name(Compiler *c, TyObject *name, NameOp op)
{
    TyObject *stored = tySymtable_mangle(c->u->private, name);
    if (!stored)
        return -1;
    int r = compile_stored_name(c, stored, op);
    TY_DECREF(stored);
    return r;
}

/* LOAD_GLOBAL with its "push NULL first" bit, for calls. */
static int compile_callable_name(Compiler *c, TyObject *name)
{
    Unit *u = c->u;
    TyObject *stored = tySymtable_mangle(u->private, name);
    if (!stored)
        return -1;
    TySymbol *sym = tySymtable_lookup(u->scope, stored);
    TY_DECREF(stored);
    if (!u->is_module && !u->is_class && sym &&
        (sym->scope == TY_NAME_GLOBAL_IMPLICIT || sym->scope == TY_NAME_GLOBAL_EXPLICIT)) {
        int idx = add_name(c, name);
        if (idx < 0)
            return -1;
        emit(c, OP_LOAD_GLOBAL, (idx << 1) | 1);
        return 0;
    }
    emit(c, OP_PUSH_NULL, 0);
    return compile_name(c, name, NAME_LOAD);
}

/* ---- constant folding (CPython's AST optimizer limits) --------------------------- */

#define MAX_INT_BITS 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

static bool is_const(TyExpr *e)
{
    return e->kind == TY_EXPR_CONSTANT;
}

static int64_t int_bits(TyObject *o)
{
    if (TY_INT_IS_SMALL(o)) {
        uint64_t v = TY_INT_VALUE(o) < 0 ? (uint64_t)(-(TY_INT_VALUE(o) + 1)) + 1 : (uint64_t)TY_INT_VALUE(o);
        int bits = 0;
        while (v) {
            bits++;
            v >>= 1;
        }
        return bits;
    }
    return (int64_t)mpz_sizeinbase(((TyInt *)o)->big, 2);
}

static ssize_t seq_size(TyObject *o)
{
    if (TY_STR_CHECK_EXACT(o))
        return TY_STR_LEN(o);
    if (TY_TYPE(o) == &TyBytes_Type)
        return TY_BYTES_LEN(o);
    if (TY_TUPLE_CHECK_EXACT(o))
        return TY_TUPLE_LEN(o);
    return -1;
}

static int fold_expr(Compiler *c, TyExpr *e);

/* Whether folding a op b is allowed (it must not build something huge). */
static bool fold_allowed(int op, TyObject *a, TyObject *b)
{
    bool ai = TY_INT_CHECK_EXACT(a), bi = TY_INT_CHECK_EXACT(b);
    switch (op) {
    case TY_BINOP_MUL:
        if (ai && bi)
            return int_bits(a) + int_bits(b) <= MAX_INT_BITS;
        if ((ai && seq_size(b) >= 0) || (bi && seq_size(a) >= 0)) {
            TyObject *seq = ai ? b : a, *n = ai ? a : b;
            if (!TY_INT_IS_SMALL(n))
                return false;
            int64_t k = TY_INT_VALUE(n);
            ssize_t size = seq_size(seq);
            if (k < 0)
                return true;
            ssize_t limit = TY_TUPLE_CHECK_EXACT(seq) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            return size == 0 || k <= limit / size;
        }
        return true;
    case TY_BINOP_POW:
        if (ai && bi) {
            /* bits * exponent <= MAX_INT_BITS, divided so that it cannot overflow. */
            int64_t bits = int_bits(a);
            return TY_INT_IS_SMALL(b) && TY_INT_VALUE(b) >= 0 &&
                   (bits == 0 || TY_INT_VALUE(b) <= MAX_INT_BITS / bits);
        }
        return true;
    case TY_BINOP_LSHIFT:
        if (ai && bi)
            return TY_INT_IS_SMALL(b) && TY_INT_VALUE(b) >= 0 && TY_INT_VALUE(b) <= MAX_INT_BITS &&
                   int_bits(a) + TY_INT_VALUE(b) <= MAX_INT_BITS;
        return true;
    case TY_BINOP_MOD:
        return !TY_STR_CHECK(a) && TY_TYPE(a) != &TyBytes_Type;
    case TY_BINOP_ADD:
        if (seq_size(a) >= 0 && seq_size(b) >= 0 && TY_TYPE(a) == TY_TYPE(b)) {
            ssize_t limit = TY_TUPLE_CHECK_EXACT(a) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            return seq_size(a) + seq_size(b) <= limit;
        }
        return true;
    case TY_BINOP_DIVMOD:
        return false;
    default:
        return true;
    }
}

static bool foldable_operand(TyObject *o)
{
    return TY_INT_CHECK(o) || TY_FLOAT_CHECK(o) || TY_COMPLEX_CHECK(o) || TY_STR_CHECK_EXACT(o) ||
           TY_TYPE(o) == &TyBytes_Type || TY_TUPLE_CHECK_EXACT(o) || o == TY_NONE;
}

/* Replace e by a Constant holding v (stolen; the arena takes it). */
static int make_constant(Compiler *c, TyExpr *e, TyObject *v)
{
    if (!tyArena_addObject(c->arena, v))
        return -1;
    e->kind = TY_EXPR_CONSTANT;
    e->v.constant.value = v;
    e->v.constant.u_prefix = false;
    return 0;
}

/* Evaluate a constant operation; a failure (1/0, -"s") leaves e alone. */
static int fold_result(Compiler *c, TyExpr *e, TyObject *v)
{
    if (!v) {
        if (tyErr_exceptionMatches(&TyExc_MemoryError))
            return -1;
        tyErr_clear();
        return 0;
    }
    return make_constant(c, e, v);
}

/* One level deeper into the tree: RecursionError past depth_limit, as
** CPython's AST optimizer raises it.  Pair 0 with c->nesting--. */
static int deeper(Compiler *c)
{
    if (++c->nesting <= c->depth_limit)
        return 0;
    c->nesting--;
    tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}

/* Fold a subexpression one level down. */
static int fold_child(Compiler *c, TyExpr *e)
{
    if (deeper(c) < 0)
        return -1;
    int r = fold_expr(c, e);
    c->nesting--;
    return r;
}

/* Fold the operands of e first (CPython's optimizer works bottom-up), so
** that 1 + 2 + 3 and (1, -2) become one constant. */
static int fold_children(Compiler *c, TyExpr *e)
{
    switch (e->kind) {
    case TY_EXPR_UNARYOP:
        return fold_child(c, e->v.unaryop.operand);
    case TY_EXPR_BINOP:
        return fold_child(c, e->v.binop.left) < 0 ? -1 : fold_child(c, e->v.binop.right);
    case TY_EXPR_TUPLE:
        for (int i = 0; i < e->v.seq.elts.n; i++)
            if (fold_child(c, e->v.seq.elts.items[i]) < 0)
                return -1;
        return 0;
    case TY_EXPR_SUBSCRIPT:
        return fold_child(c, e->v.subscript.value) < 0 ? -1 : fold_child(c, e->v.subscript.slice);
    default:
        return 0;
    }
}

static int fold_expr(Compiler *c, TyExpr *e)
{
    /* compile_expr asks at every level; the subtree is done once. */
    if (e->folded)
        return 0;
    e->folded = true;
    if (fold_children(c, e) < 0)
        return -1;
    switch (e->kind) {
    case TY_EXPR_NAME:
        /* __debug__ is a constant of the optimize level (CPython's AST
        ** optimizer). */
        if (e->v.name.ctx == TY_CTX_LOAD && tyStr_eqC(e->v.name.id, "__debug__"))
            return make_constant(c, e, tyBool_from(!c->optimize));
        return 0;
    case TY_EXPR_UNARYOP: {
        TyExpr *o = e->v.unaryop.operand;
        if (!is_const(o) || !foldable_operand(o->v.constant.value))
            return 0;
        TyObject *v = o->v.constant.value;
        if (e->v.unaryop.op == TY_UNARY_NOT) {
            int t = tyObj_isTrue(v);
            return t < 0 ? fold_result(c, e, NULL) : make_constant(c, e, tyBool_from(!t));
        }
        return fold_result(c, e, tyNum_unary(v, e->v.unaryop.op));
    }
    case TY_EXPR_BINOP: {
        TyExpr *l = e->v.binop.left, *r = e->v.binop.right;
        if (!is_const(l) || !is_const(r))
            return 0;
        TyObject *a = l->v.constant.value, *b = r->v.constant.value;
        if (!foldable_operand(a) || !foldable_operand(b) || !fold_allowed(e->v.binop.op, a, b))
            return 0;
        return fold_result(c, e, tyNum_binary(a, b, e->v.binop.op));
    }
    case TY_EXPR_TUPLE: {
        if (e->v.seq.ctx != TY_CTX_LOAD)
            return 0;
        TyExprSeq *elts = &e->v.seq.elts;
        for (int i = 0; i < elts->n; i++)
            if (!is_const(elts->items[i]))
                return 0;
        TyObject *t = tyTuple_new(elts->n);
        if (!t)
            return -1;
        for (int i = 0; i < elts->n; i++)
            TY_TUPLE_SET(t, i, TY_NEWREF(elts->items[i]->v.constant.value));
        return make_constant(c, e, t);
    }
    case TY_EXPR_SUBSCRIPT: {
        TyExpr *v = e->v.subscript.value, *k = e->v.subscript.slice;
        if (e->v.subscript.ctx != TY_CTX_LOAD || !is_const(v) || !is_const(k))
            return 0;
        TyObject *a = v->v.constant.value, *b = k->v.constant.value;
        if (seq_size(a) < 0 || !TY_INT_CHECK(b))
            return 0;
        return fold_result(c, e, tyObj_getItem(a, b));
    }
    default:
        return 0;
    }
}

/* ---- expressions ------------------------------------------------------------------ */

static void set_loc(Compiler *c, TyLoc loc)
{
    c->u->loc = loc;
}

/*
** The position of an attribute's load, store or method call when the
** attribute name is on a later line than `base` starts (`obj\n  .name`):
** the name's line, from the name's column, as CPython's
** update_start_location_to_match_attr gives it, so a trace and a
** traceback show the line with the name.
*/
static TyLoc attr_loc(TyExpr *attr, TyLoc base)
{
    if (base.line == attr->loc.end_line)
        return base;
    ssize_t len = TY_STR_LEN(attr->v.attribute.attr);
    base.line = attr->loc.end_line;
    base.end_line = attr->loc.end_line;
    if (len <= attr->loc.end_col) {
        base.col = attr->loc.end_col - (int)len;
    } else {
        base.col = -1;
        base.end_col = -1;
    }
    return base;
}

static bool has_starred(TyExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i]->kind == TY_EXPR_STARRED)
            return true;
    return false;
}

static bool all_const(TyExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (!is_const(seq->items[i]))
            return false;
    return true;
}

static int compile_exprs(Compiler *c, TyExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (compile_expr(c, seq->items[i]) < 0)
            return -1;
    return 0;
}

/*
** List / tuple / set displays.  Starred items build a list and extend it;
** three or more constants become one constant tuple (or frozenset) that
** extends an empty list/set, as CPython 3.11 compiles them.  A tuple of
** constants that the AST folding did not reach (default values, the
** positional part of f(1, 2, **kw)) is one constant too, as CPython's
** peephole pass makes it: running the code then builds no tuple.
*/
static int compile_sequence(Compiler *c, TyExprSeq *elts, int build_op)
{
    int extend_op = build_op == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    int add_op = build_op == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND;
    if (build_op == OP_BUILD_TUPLE && elts->n > 0 && all_const(elts)) {
        TyObject *t = tyTuple_new(elts->n);
        if (!t)
            return -1;
        for (int i = 0; i < elts->n; i++)
            TY_TUPLE_SET(t, i, TY_NEWREF(elts->items[i]->v.constant.value));
        if (!tyArena_addObject(c->arena, t))
            return -1;
        emit_const(c, t);
        return 0;
    }
    if (build_op != OP_BUILD_TUPLE && elts->n > 2 && all_const(elts)) {
        TyObject *t = tyTuple_new(elts->n);
        if (!t)
            return -1;
        for (int i = 0; i < elts->n; i++)
            TY_TUPLE_SET(t, i, TY_NEWREF(elts->items[i]->v.constant.value));
        if (build_op == OP_BUILD_SET) {
            TyObject *fs = tyFrozenSet_new(t);
            TY_DECREF(t);
            t = fs;
        }
        /* The arena owns the constant first, so no failure can leak it. */
        if (!t || !tyArena_addObject(c->arena, t))
            return -1;
        emit(c, build_op, 0);
        emit_const(c, t);
        emit(c, extend_op, 1);
        return 0;
    }
    if (!has_starred(elts)) {
        if (compile_exprs(c, elts) < 0)
            return -1;
        emit(c, build_op, elts->n);
        return 0;
    }
    int target = build_op == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    int i = 0;
    /* Items before the first starred one are built directly. */
    while (i < elts->n && elts->items[i]->kind != TY_EXPR_STARRED) {
        if (compile_expr(c, elts->items[i]) < 0)
            return -1;
        i++;
    }
    emit(c, target, i);
    for (; i < elts->n; i++) {
        TyExpr *item = elts->items[i];
        if (item->kind == TY_EXPR_STARRED) {
            if (compile_expr(c, item->v.starred.value) < 0)
                return -1;
            emit(c, extend_op, 1);
        } else {
            if (compile_expr(c, item) < 0)
                return -1;
            emit(c, add_op, 1);
        }
    }
    if (build_op == OP_BUILD_TUPLE) {
        emit(c, OP_LIST_TO_TUPLE, 0);
        return 0;
    }
    return 0;
}

static int compile_dict(Compiler *c, TyExpr *e)
{
    TyExprSeq *keys = &e->v.dict.keys, *values = &e->v.dict.values;
    int n = keys->n;
    bool unpack = false;
    for (int i = 0; i < n; i++)
        if (!keys->items[i])
            unpack = true;
    if (!unpack && n > 1 && all_const(keys)) {
        if (compile_exprs(c, values) < 0)
            return -1;
        TyObject *t = tyTuple_new(n);
        if (!t)
            return -1;
        for (int i = 0; i < n; i++)
            TY_TUPLE_SET(t, i, TY_NEWREF(keys->items[i]->v.constant.value));
        emit_new_const(c, t);
        emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (!unpack) {
        for (int i = 0; i < n; i++)
            if (compile_expr(c, keys->items[i]) < 0 || compile_expr(c, values->items[i]) < 0)
                return -1;
        emit(c, OP_BUILD_MAP, n);
        return 0;
    }
    /* {**a, 'k': v, **b}: runs of plain pairs are built as maps and merged. */
    int run = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (keys->items[i]) {
            if (compile_expr(c, keys->items[i]) < 0 || compile_expr(c, values->items[i]) < 0)
                return -1;
            run++;
            continue;
        }
        if (run || !have_dict) {
            emit(c, OP_BUILD_MAP, run);
            if (have_dict)
                emit(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            run = 0;
        }
        if (compile_expr(c, values->items[i]) < 0)
            return -1;
        emit(c, OP_DICT_UPDATE, 1);
    }
    if (run) {
        emit(c, OP_BUILD_MAP, run);
        emit(c, OP_DICT_UPDATE, 1);
    }
    return 0;
}

static const int cmp_to_richop[] = { TY_EQ, TY_NE, TY_LT, TY_LE, TY_GT, TY_GE };

/* ---- SyntaxWarnings ---------------------------------------------------------- */

/* A SyntaxWarning about the line of loc, as CPython's compiler_warn gives
** it: through the warnings filters, and when a filter makes it an error,
** a SyntaxError at loc instead. */
static int compiler_warn(Compiler *c, TyLoc loc, const char *fmt, ...)
{
    if (c->failed)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    if (!msg) {
        fail(c);
        return -1;
    }
    int r = tyWarnings_warnExplicit(&TyExc_SyntaxWarning, msg, c->filename, loc.line);
    if (r < 0 && tyErr_exceptionMatches(&TyExc_SyntaxWarning)) {
        tyErr_clear();
        compiler_error(c, loc, TY_STR_UTF8(msg));
    } else if (r < 0) {
        fail(c);
    }
    TY_DECREF(msg);
    return r;
}

/* The type a literal expression evaluates to, by name (CPython's
** infer_type), or NULL when the kind of expression does not say. */
static const char *literal_type(TyExpr *e)
{
    switch (e->kind) {
    case TY_EXPR_CONSTANT: return tyType_name(TY_TYPE(e->v.constant.value));
    case TY_EXPR_TUPLE: return "tuple";
    case TY_EXPR_LIST: case TY_EXPR_LISTCOMP: return "list";
    case TY_EXPR_DICT: case TY_EXPR_DICTCOMP: return "dict";
    case TY_EXPR_SET: case TY_EXPR_SETCOMP: return "set";
    case TY_EXPR_GENEXP: return "generator";
    case TY_EXPR_LAMBDA: return "function";
    case TY_EXPR_JOINEDSTR: case TY_EXPR_FORMATTED: return "str";
    case TY_EXPR_SLICE: return "slice";
    default: return NULL;
    }
}

/* `x is 1`: an identity test against a literal other than None, True,
** False and Ellipsis (after folding, so `-1` and `()` count). */
static int check_compare(Compiler *c, TyExpr *e)
{
    if (fold_expr(c, e->v.compare.left) < 0)
        return -1;
    for (int i = 0; i < e->v.compare.nops; i++)
        if (fold_expr(c, e->v.compare.comparators.items[i]) < 0)
            return -1;
    TyExpr *left = e->v.compare.left;
    for (int i = 0; i < e->v.compare.nops; i++) {
        TyExpr *right = e->v.compare.comparators.items[i];
        TyCmpOp op = e->v.compare.ops[i];
        bool literal = false;
        for (TyExpr *side = left; side; side = side == left ? right : NULL) {
            TyObject *v = side->kind == TY_EXPR_CONSTANT ? side->v.constant.value : NULL;
            literal = literal || (v && v != TY_NONE && v != TY_TRUE && v != TY_FALSE && v != TY_ELLIPSIS);
        }
        if (literal && op == TY_CMP_IS)
            return compiler_warn(c, e->loc, "\"is\" with a literal. Did you mean \"==\"?");
        if (literal && op == TY_CMP_IS_NOT)
            return compiler_warn(c, e->loc, "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

/* `[1, 2] (3, 4)`: a call of a literal that cannot be called. */
static int check_caller(Compiler *c, TyExpr *call)
{
    TyExpr *f = call->v.call.func;
    if (f->kind == TY_EXPR_LAMBDA || f->kind == TY_EXPR_SLICE || !literal_type(f))
        return 0;
    return compiler_warn(c, call->loc, "'%s' object is not callable; perhaps you missed a comma?", literal_type(f));
}

/* `1 [2]` and `"ab" ["c"]`: a literal that cannot be subscripted, or a
** sequence literal with an index of the wrong type. */
static int check_subscript(Compiler *c, TyExpr *e)
{
    TyExpr *v = e->v.subscript.value;
    TyObject *k = v->kind == TY_EXPR_CONSTANT ? v->v.constant.value : NULL;
    bool unsubscriptable = k ? k == TY_NONE || k == TY_ELLIPSIS || TY_INT_CHECK(k) || TY_FLOAT_CHECK(k) ||
                                   TY_COMPLEX_CHECK(k) || TY_ANYSET_CHECK(k)
                             : v->kind == TY_EXPR_SET || v->kind == TY_EXPR_SETCOMP ||
                                   v->kind == TY_EXPR_GENEXP || v->kind == TY_EXPR_LAMBDA;
    if (unsubscriptable)
        return compiler_warn(c, e->loc, "'%s' object is not subscriptable; perhaps you missed a comma?",
                             literal_type(v));
    TyExpr *index = e->v.subscript.slice;
    const char *index_type = literal_type(index);
    bool int_index = index->kind == TY_EXPR_CONSTANT && TY_INT_CHECK(index->v.constant.value);
    if (!index_type || int_index || index->kind == TY_EXPR_SLICE)
        return 0;
    bool sequence = k ? TY_STR_CHECK(k) || TY_BYTES_CHECK(k) || TY_TUPLE_CHECK(k)
                      : v->kind == TY_EXPR_TUPLE || v->kind == TY_EXPR_LIST || v->kind == TY_EXPR_LISTCOMP ||
                            v->kind == TY_EXPR_JOINEDSTR || v->kind == TY_EXPR_FORMATTED;
    if (!sequence)
        return 0;
    return compiler_warn(c, e->loc, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                         literal_type(v), index_type);
}

static void emit_compare(Compiler *c, TyCmpOp op)
{
    switch (op) {
    case TY_CMP_IS: emit(c, OP_IS_OP, 0); break;
    case TY_CMP_IS_NOT: emit(c, OP_IS_OP, 1); break;
    case TY_CMP_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case TY_CMP_NOT_IN: emit(c, OP_CONTAINS_OP, 1); break;
    default: emit(c, OP_COMPARE_OP, cmp_to_richop[op]); break;
    }
}

static int compile_compare(Compiler *c, TyExpr *e)
{
    if (check_compare(c, e) < 0)
        return -1;
    int n = e->v.compare.nops;
    if (compile_expr(c, e->v.compare.left) < 0)
        return -1;
    if (n == 1) {
        if (compile_expr(c, e->v.compare.comparators.items[0]) < 0)
            return -1;
        emit_compare(c, e->v.compare.ops[0]);
        return 0;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (compile_expr(c, e->v.compare.comparators.items[i]) < 0)
            return -1;
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare(c, e->v.compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (compile_expr(c, e->v.compare.comparators.items[n - 1]) < 0)
        return -1;
    emit_compare(c, e->v.compare.ops[n - 1]);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
    return 0;
}

/* Keyword arguments without ** unpacking: values, then KW_NAMES. */
static int compile_kwnames(Compiler *c, TyKeywordSeq *kws)
{
    TyObject *names = tyTuple_new(kws->n);
    if (!names)
        return -1;
    for (int i = 0; i < kws->n; i++)
        TY_TUPLE_SET(names, i, TY_NEWREF(kws->items[i]->arg));
    if (!tyArena_addObject(c->arena, names))
        return -1;
    int idx = add_const(c, names);
    if (idx < 0)
        return -1;
    emit(c, OP_KW_NAMES, idx);
    return 0;
}

static bool keywords_unpack(TyKeywordSeq *kws)
{
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg)
            return true;
    return false;
}

/* CPython's validate_keywords: a keyword given twice in one call (or class
** statement) is a SyntaxError at its second use.  0, or -1 failed. */
static int check_repeated_keywords(Compiler *c, TyKeywordSeq *kws)
{
    for (int i = 1; i < kws->n; i++) {
        TyKeyword *k = kws->items[i];
        if (!k->arg)
            continue;
        for (int j = 0; j < i; j++) {
            TyObject *prev = kws->items[j]->arg;
            if (prev && tyStr_eq(prev, k->arg)) {
                TyObject *msg = tyStr_fromFormat("keyword argument repeated: %U", k->arg);
                if (!msg) {
                    fail(c);
                    return -1;
                }
                compiler_error(c, k->loc, TY_STR_UTF8(msg));
                TY_DECREF(msg);
                return -1;
            }
        }
    }
    return 0;
}

/*
** Arguments of a call whose callable (and NULL/self) are already on the
** stack.  `extra` counts arguments already pushed (the self of
** LOAD_METHOD is not one: CALL accounts for it).  Uses CALL with KW_NAMES,
** or CALL_FUNCTION_EX when there is * or ** unpacking.
*/
static int compile_call_args(Compiler *c, TyExprSeq *args, TyKeywordSeq *kws, TyLoc call_loc)
{
    if (check_repeated_keywords(c, kws) < 0)
        return -1;
    if (!has_starred(args) && !keywords_unpack(kws)) {
        if (compile_exprs(c, args) < 0)
            return -1;
        for (int i = 0; i < kws->n; i++)
            if (compile_expr(c, kws->items[i]->value) < 0)
                return -1;
        set_loc(c, call_loc);
        if (kws->n && compile_kwnames(c, kws) < 0)
            return -1;
        emit(c, OP_CALL, args->n + kws->n);
        return 0;
    }
    /* Positional part as a tuple. */
    if (args->n == 1 && args->items[0]->kind == TY_EXPR_STARRED) {
        if (compile_expr(c, args->items[0]->v.starred.value) < 0)
            return -1;
        /* f(*x): 3.11 converts a non-tuple to a tuple inside the call. */
    } else {
        if (compile_sequence(c, args, OP_BUILD_TUPLE) < 0)
            return -1;
    }
    int have_kw = 0;
    if (kws->n) {
        int run = 0;
        bool have_dict = false;
        for (int i = 0; i < kws->n; i++) {
            TyKeyword *k = kws->items[i];
            if (k->arg) {
                TyObject *key = k->arg;
                emit_const(c, key);
                if (compile_expr(c, k->value) < 0)
                    return -1;
                run++;
                continue;
            }
            if (run || !have_dict) {
                emit(c, OP_BUILD_MAP, run);
                if (have_dict)
                    emit(c, OP_DICT_MERGE, 1);
                have_dict = true;
                run = 0;
            }
            if (compile_expr(c, k->value) < 0)
                return -1;
            emit(c, OP_DICT_MERGE, 1);
        }
        if (run) {
            emit(c, OP_BUILD_MAP, run);
            if (have_dict)
                emit(c, OP_DICT_MERGE, 1);
        }
        have_kw = 1;
    }
    set_loc(c, call_loc);
    emit(c, OP_CALL_FUNCTION_EX, have_kw);
    return 0;
}

static int compile_call(Compiler *c, TyExpr *e)
{
    if (check_caller(c, e) < 0)
        return -1;
    TyExpr *func = e->v.call.func;
    bool simple = !has_starred(&e->v.call.args) && !keywords_unpack(&e->v.call.keywords);
    if (func->kind == TY_EXPR_ATTRIBUTE && simple && func->v.attribute.ctx == TY_CTX_LOAD) {
        if (compile_expr(c, func->v.attribute.value) < 0)
            return -1;
        int idx = add_name(c, func->v.attribute.attr);
        set_loc(c, attr_loc(func, func->loc));
        emit(c, OP_LOAD_METHOD, idx);
        return compile_call_args(c, &e->v.call.args, &e->v.call.keywords, attr_loc(func, e->loc));
    }
    if (func->kind == TY_EXPR_NAME) {
        set_loc(c, func->loc);
        if (compile_callable_name(c, func->v.name.id) < 0)
            return -1;
    } else {
        emit(c, OP_PUSH_NULL, 0);
        if (compile_expr(c, func) < 0)
            return -1;
    }
    return compile_call_args(c, &e->v.call.args, &e->v.call.keywords, e->loc);
}

static int compile_joinedstr(Compiler *c, TyExpr *e)
{
    TyExprSeq *vals = &e->v.joinedstr.values;
    if (vals->n == 0) {
        emit_new_const(c, tyStr_fromCStr(""));
        return 0;
    }
    if (compile_exprs(c, vals) < 0)
        return -1;
    if (vals->n == 1 && vals->items[0]->kind == TY_EXPR_FORMATTED)
        return 0;
    if (vals->n == 1)
        return 0;
    emit(c, OP_BUILD_STRING, vals->n);
    return 0;
}

static int compile_formatted(Compiler *c, TyExpr *e)
{
    if (compile_expr(c, e->v.formatted.value) < 0)
        return -1;
    int conv = e->v.formatted.conversion;
    int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.formatted.format_spec) {
        if (compile_expr(c, e->v.formatted.format_spec) < 0)
            return -1;
        flags |= 4;
    }
    set_loc(c, e->loc);
    emit(c, OP_FORMAT_VALUE, flags);
    return 0;
}

static int compile_slice_parts(Compiler *c, TyExpr *s)
{
    int n = 2;
    if (!s->v.slice.lower)
        emit_const(c, TY_NONE);
    else if (compile_expr(c, s->v.slice.lower) < 0)
        return -1;
    if (!s->v.slice.upper)
        emit_const(c, TY_NONE);
    else if (compile_expr(c, s->v.slice.upper) < 0)
        return -1;
    if (s->v.slice.step) {
        if (compile_expr(c, s->v.slice.step) < 0)
            return -1;
        n = 3;
    }
    emit(c, OP_BUILD_SLICE, n);
    return 0;
}

static int compile_subscript_key(Compiler *c, TyExpr *key)
{
    if (key->kind == TY_EXPR_SLICE)
        return compile_slice_parts(c, key);
    return compile_expr(c, key);
}

static int compile_function_body(Compiler *c, TyScope *s, TyArguments *args, TyStmtSeq *body,
                                 TyExpr *lambda_body, int firstline);

/* Closure tuple for the nested code `code`: its free variables (the last
** of its localsplus, in its order), loaded as cells from this unit.
** Returns 1 when a tuple was pushed. */
static int compile_closure(Compiler *c, TyCode *code)
{
    int n = code->nfrees;
    for (int i = code->nlocalsplus - n; i < code->nlocalsplus; i++) {
        TyObject *name = TY_TUPLE_GET(code->localsplusnames, i);
        int slot = var_slot(c, name);
        if (slot < 0) {
            tyErr_format(&TyExc_SystemError, "compiler: no cell for free variable '%U'", name);
            return -1;
        }
        emit(c, OP_LOAD_CLOSURE, slot);
    }
    if (n == 0)
        return 0;
    emit(c, OP_BUILD_TUPLE, n);
    return 1;
}

/* The scope the symbol table made for `node` (a def, class, lambda or
** comprehension).  Found by node, not by order alone: a finally body is
** compiled once per path through it.  Children are in source order, so
** the search starts at the one after the last found. */
static TyScope *child_scope(Compiler *c, void *node)
{
    TyScope *s = c->u->scope;
    for (int i = 0; i < s->nchildren; i++) {
        int k = (s->next_child + i) % s->nchildren;
        if (s->children[k]->node == node) {
            s->next_child = k + 1;
            return s->children[k];
        }
    }
    tyErr_setString(&TyExc_SystemError, "compiler: scope mismatch");
    return NULL;
}

/* Defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags. */
static int compile_defaults(Compiler *c, TyArguments *args)
{
    int flags = 0;
    if (args->defaults.n) {
        if (compile_sequence(c, &args->defaults, OP_BUILD_TUPLE) < 0)
            return -1;
        flags |= TY_MKFN_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        TyExpr *d = args->kw_defaults.items[i];
        if (!d)
            continue;
        emit_new_const(c, tySymtable_mangle(c->u->private, args->kwonlyargs.items[i]->name));
        if (compile_expr(c, d) < 0)
            return -1;
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, nkw);
        flags |= TY_MKFN_KWDEFAULTS;
    }
    return flags;
}

/* An annotation's value on the stack: under `from __future__ import
** annotations` its source text (PEP 563), else the value itself. */
static int compile_annotation_value(Compiler *c, TyExpr *annotation)
{
    if (c->future & TY_CO_FUTURE_ANNOTATIONS) {
        emit_new_const(c, tyUnparse_annotation(annotation));
        return c->failed ? -1 : 0;
    }
    return compile_expr(c, annotation);
}

/* One annotation as a (name, value) pair on the stack; returns 1 when one
** was pushed. */
static int compile_annotation(Compiler *c, TyObject *name, TyExpr *annotation)
{
    if (!annotation)
        return 0;
    emit_new_const(c, tySymtable_mangle(c->u->private, name));
    if (annotation->kind == TY_EXPR_STARRED && !(c->future & TY_CO_FUTURE_ANNOTATIONS)) {
        /* `*args: *Ts` (PEP 646): the annotation is the one item of Ts. */
        if (compile_expr(c, annotation->v.starred.value) < 0)
            return -1;
        set_loc(c, annotation->loc);
        emit(c, OP_UNPACK_SEQUENCE, 1);
        return c->failed ? -1 : 1;
    }
    return compile_annotation_value(c, annotation) < 0 ? -1 : 1;
}

/* The parameters' and the return annotations as one flat (name, value, ...)
** tuple, in CPython 3.11's order (positional before positional-only);
** returns the MAKE_FUNCTION flag, or 0 when there are none. */
static int compile_annotations(Compiler *c, TyArguments *args, TyExpr *returns)
{
    int n = 0, r;
    TyArgSeq *before_star[] = { &args->args, &args->posonlyargs };
    for (int s = 0; s < 2; s++)
        for (int i = 0; i < before_star[s]->n; i++) {
            if ((r = compile_annotation(c, before_star[s]->items[i]->name, before_star[s]->items[i]->annotation)) < 0)
                return -1;
            n += r;
        }
    if (args->vararg) {
        if ((r = compile_annotation(c, args->vararg->name, args->vararg->annotation)) < 0)
            return -1;
        n += r;
    }
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        if ((r = compile_annotation(c, args->kwonlyargs.items[i]->name, args->kwonlyargs.items[i]->annotation)) < 0)
            return -1;
        n += r;
    }
    if (args->kwarg) {
        if ((r = compile_annotation(c, args->kwarg->name, args->kwarg->annotation)) < 0)
            return -1;
        n += r;
    }
    if (returns) {
        emit_new_const(c, tyStr_internC("return"));
        if (compile_annotation_value(c, returns) < 0)
            return -1;
        n++;
    }
    if (n == 0)
        return 0;
    emit(c, OP_BUILD_TUPLE, 2 * n);
    return TY_MKFN_ANNOTATIONS;
}

static int make_function(Compiler *c, TyObject *code, int flags)
{
    int cl = compile_closure(c, (TyCode *)code);
    if (cl < 0)
        return -1;
    if (cl)
        flags |= TY_MKFN_CLOSURE;
    emit_const(c, code);
    emit(c, OP_MAKE_FUNCTION, flags);
    return 0;
}

static int compile_lambda(Compiler *c, TyExpr *e)
{
    int flags = compile_defaults(c, e->v.lambda.args);
    if (flags < 0)
        return -1;
    TyScope *child = child_scope(c, e);
    if (!child)
        return -1;
    TyLoc saved = c->u->loc;
    if (compile_function_body(c, child, e->v.lambda.args, NULL, e->v.lambda.body, e->loc.line) < 0)
        return -1;
    TyObject *code = assemble(c);
    leave_unit(c);
    set_loc(c, saved);
    if (!code || !tyArena_addObject(c->arena, code))
        return -1;
    return make_function(c, code, flags);
}

/* One `for ... in ... if ...` level of a comprehension; `depth` counts the
** iterators on the stack below the result. */
static int compile_comprehension_generator(Compiler *c, TyExpr *e, int gen_index, int depth)
{
    TyComprehension *g = e->v.comp.generators.items[gen_index];
    int start = new_label(c), anchor = new_label(c);
    if (gen_index == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        if (compile_expr(c, g->iter) < 0)
            return -1;
        emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    /* The loop's own instructions (its step, the ifs' jumps, the append,
    ** the jump back) are on the comprehension's position, as in CPython:
    ** a trace of a comprehension spread over lines goes back to its
    ** first line for each step. */
    bind_label(c, start);
    set_loc(c, e->loc);
    if (g->is_async) {
        /* StopAsyncIteration from __anext__ ends this level (anchor). */
        if (push_handler(c, anchor) < 0)
            return -1;
        emit(c, OP_GET_ANEXT, 0);
        emit_send_loop(c);
        pop_handler(c);
    } else {
        emit_jump(c, OP_FOR_ITER, anchor);
    }
    if (compile_expr(c, g->target) < 0)
        return -1;
    for (int i = 0; i < g->ifs.n; i++)
        if (jump_if_at(c, g->ifs.items[i], start, false, &e->loc) < 0)
            return -1;
    set_loc(c, e->loc);
    if (gen_index + 1 < e->v.comp.generators.n) {
        if (compile_comprehension_generator(c, e, gen_index + 1, depth + 1) < 0)
            return -1;
    } else {
        switch (e->kind) {
        case TY_EXPR_LISTCOMP:
            if (compile_expr(c, e->v.comp.elt) < 0)
                return -1;
            emit(c, OP_LIST_APPEND, depth + 1);
            break;
        case TY_EXPR_SETCOMP:
            if (compile_expr(c, e->v.comp.elt) < 0)
                return -1;
            emit(c, OP_SET_ADD, depth + 1);
            break;
        case TY_EXPR_DICTCOMP:
            if (compile_expr(c, e->v.comp.elt) < 0 ||
                compile_expr(c, e->v.comp.value) < 0)
                return -1;
            emit(c, OP_MAP_ADD, depth + 1);
            break;
        default:
            if (compile_expr(c, e->v.comp.elt) < 0)
                return -1;
            emit_yield(c);
            emit(c, OP_POP_TOP, 0);
            break;
        }
    }
    emit_jump(c, OP_JUMP, start);
    bind_label(c, anchor);
    if (g->is_async)
        emit(c, OP_END_ASYNC_FOR, 0);
    return 0;
}

static int compile_comprehension(Compiler *c, TyExpr *e)
{
    TyScope *child = child_scope(c, e);
    if (!child)
        return -1;
    /* A coroutine comprehension is awaited in place: only where awaiting
    ** is allowed.  An async generator expression is just made. */
    TyScope *here = c->u->scope;
    bool awaited = child->is_coroutine && e->kind != TY_EXPR_GENEXP;
    if (awaited && !here->is_async_def && here->kind != TY_SCOPE_COMPREHENSION)
        return compiler_error(c, e->loc, "asynchronous comprehension outside of an asynchronous function");
    TyLoc saved = c->u->loc;
    if (enter_unit(c, child, e->loc.line) < 0)
        return -1;
    c->u->argcount = 1;
    set_loc(c, e->loc);
    int build = e->kind == TY_EXPR_LISTCOMP ? OP_BUILD_LIST
              : e->kind == TY_EXPR_SETCOMP ? OP_BUILD_SET
              : e->kind == TY_EXPR_DICTCOMP ? OP_BUILD_MAP : -1;
    if (build >= 0)
        emit(c, build, 0);
    if (compile_comprehension_generator(c, e, 0, build >= 0 ? 1 : 0) < 0)
        goto fail;
    set_loc(c, e->loc);
    if (build < 0)
        emit_const(c, TY_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    TyObject *code = assemble(c);
    leave_unit(c);
    set_loc(c, saved);
    if (!code || !tyArena_addObject(c->arena, code))
        return -1;
    if (make_function(c, code, 0) < 0)
        return -1;
    /* The outermost iterable is evaluated here; [func, iter] -> func(iter). */
    TyComprehension *outer = e->v.comp.generators.items[0];
    if (compile_expr(c, outer->iter) < 0)
        return -1;
    emit(c, outer->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    set_loc(c, e->loc);
    emit(c, OP_CALL, 0);
    if (!awaited)
        return 0;
    emit(c, OP_GET_AWAITABLE, 0);
    emit_send_loop(c);
    return 0;
fail:
    leave_unit(c);
    return -1;
}

/* [iter] -> [result]: send None into the iterator, then each value sent
** in, yielding what it yields, until it returns (`yield from`, `await`). */
static void emit_send_loop(Compiler *c)
{
    int send = new_label(c), exit = new_label(c);
    emit_const(c, TY_NONE);
    bind_label(c, send);
    emit_jump(c, OP_SEND, exit);
    emit(c, OP_YIELD_VALUE, 0);
    emit_jump(c, OP_JUMP, send);
    bind_label(c, exit);
}

/* [x] -> [sent value]: a yield of the code's own; an async generator
** marks its values so that they are told apart from what its awaits
** yield. */
static void emit_yield(Compiler *c)
{
    TyScope *s = c->u->scope;
    if (s->is_coroutine && s->is_generator)
        emit(c, OP_ASYNC_GEN_WRAP, 0);
    emit(c, OP_YIELD_VALUE, 0);
}

static int compile_yield_from(Compiler *c, TyExpr *e)
{
    if (c->u->scope->is_async_def)
        return compiler_error(c, e->loc, "'yield from' inside async function");
    if (compile_expr(c, e->v.yield.value) < 0)
        return -1;
    emit(c, OP_GET_YIELD_FROM_ITER, 0);
    emit_send_loop(c);
    return 0;
}

static int compile_await(Compiler *c, TyExpr *e)
{
    TyScope *s = c->u->scope;
    if (s->kind != TY_SCOPE_FUNCTION && s->kind != TY_SCOPE_COMPREHENSION)
        return compiler_error(c, e->loc, "'await' outside function");
    if (s->kind == TY_SCOPE_FUNCTION && !s->is_async_def)
        return compiler_error(c, e->loc, "'await' outside async function");
    if (compile_expr(c, e->v.await.value) < 0)
        return -1;
    set_loc(c, e->loc);
    emit(c, OP_GET_AWAITABLE, 0);
    emit_send_loop(c);
    return 0;
}

/* Unpacking targets: a, b, *c = value (value already on the stack). */
static int compile_unpack_targets(Compiler *c, TyExprSeq *elts, TyLoc loc)
{
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind == TY_EXPR_STARRED) {
            if (star >= 0)
                return compiler_error(c, loc, "multiple starred expressions in assignment");
            star = i;
        }
    }
    set_loc(c, loc);
    if (star >= 0) {
        int after = elts->n - star - 1;
        if (star > 255 || after > 0xffff)
            return compiler_error(c, loc, "too many expressions in star-unpacking assignment");
        emit(c, OP_UNPACK_EX, star | (after << 8));
    } else {
        emit(c, OP_UNPACK_SEQUENCE, elts->n);
    }
    for (int i = 0; i < elts->n; i++) {
        TyExpr *t = elts->items[i];
        if (t->kind == TY_EXPR_STARRED)
            t = t->v.starred.value;
        if (compile_expr(c, t) < 0)
            return -1;
    }
    return 0;
}

static int compile_expr_inner(Compiler *c, TyExpr *e)
{
    if (fold_expr(c, e) < 0)
        return -1;
    set_loc(c, e->loc);
    switch (e->kind) {
    case TY_EXPR_CONSTANT:
        emit_const(c, e->v.constant.value);
        return 0;
    case TY_EXPR_NAME:
        return compile_name(c, e->v.name.id,
                            e->v.name.ctx == TY_CTX_LOAD ? NAME_LOAD
                            : e->v.name.ctx == TY_CTX_STORE ? NAME_STORE : NAME_DEL);
    case TY_EXPR_BOOLOP: {
        int end = new_label(c);
        int op = e->v.boolop.op == TY_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        TyExprSeq *vals = &e->v.boolop.values;
        for (int i = 0; i < vals->n - 1; i++) {
            if (compile_expr(c, vals->items[i]) < 0)
                return -1;
            emit_jump(c, op, end);
        }
        if (compile_expr(c, vals->items[vals->n - 1]) < 0)
            return -1;
        bind_label(c, end);
        return 0;
    }
    case TY_EXPR_NAMEDEXPR:
        if (compile_expr(c, e->v.namedexpr.value) < 0)
            return -1;
        emit(c, OP_COPY, 1);
        return compile_name(c, e->v.namedexpr.target->v.name.id, NAME_STORE);
    case TY_EXPR_BINOP:
        if (compile_expr(c, e->v.binop.left) < 0 || compile_expr(c, e->v.binop.right) < 0)
            return -1;
        set_loc(c, e->loc);
        emit(c, OP_BINARY_OP, e->v.binop.op);
        return 0;
    case TY_EXPR_UNARYOP:
        if (compile_expr(c, e->v.unaryop.operand) < 0)
            return -1;
        set_loc(c, e->loc);
        if (e->v.unaryop.op == TY_UNARY_NOT) {
            emit(c, OP_UNARY_NOT, 0);
            return 0;
        }
        emit(c, OP_UNARY_OP, e->v.unaryop.op);
        return 0;
    case TY_EXPR_LAMBDA:
        return compile_lambda(c, e);
    case TY_EXPR_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        if (compile_jump_if(c, e->v.ifexp.test, orelse, false) < 0 ||
            compile_expr(c, e->v.ifexp.body) < 0)
            return -1;
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        if (compile_expr(c, e->v.ifexp.orelse) < 0)
            return -1;
        bind_label(c, end);
        return 0;
    }
    case TY_EXPR_DICT:
        return compile_dict(c, e);
    case TY_EXPR_SET:
        return compile_sequence(c, &e->v.set.elts, OP_BUILD_SET);
    case TY_EXPR_LISTCOMP:
    case TY_EXPR_SETCOMP:
    case TY_EXPR_DICTCOMP:
    case TY_EXPR_GENEXP:
        return compile_comprehension(c, e);
    case TY_EXPR_YIELD:
        if (c->u->scope->kind != TY_SCOPE_FUNCTION)
            return compiler_error(c, e->loc, "'yield' outside function");
        if (!e->v.yield.value)
            emit_const(c, TY_NONE);
        else if (compile_expr(c, e->v.yield.value) < 0)
            return -1;
        set_loc(c, e->loc);
        emit_yield(c);
        return 0;
    case TY_EXPR_YIELDFROM:
        if (c->u->scope->kind != TY_SCOPE_FUNCTION)
            return compiler_error(c, e->loc, "'yield' outside function");
        return compile_yield_from(c, e);
    case TY_EXPR_AWAIT:
        return compile_await(c, e);
    case TY_EXPR_COMPARE:
        return compile_compare(c, e);
    case TY_EXPR_CALL:
        return compile_call(c, e);
    case TY_EXPR_FORMATTED:
        return compile_formatted(c, e);
    case TY_EXPR_JOINEDSTR:
        return compile_joinedstr(c, e);
    case TY_EXPR_ATTRIBUTE: {
        int idx = add_name(c, e->v.attribute.attr);
        if (idx < 0)
            return -1;
        switch (e->v.attribute.ctx) {
        case TY_CTX_LOAD:
            if (compile_expr(c, e->v.attribute.value) < 0)
                return -1;
            set_loc(c, attr_loc(e, e->loc));
            emit(c, OP_LOAD_ATTR, idx);
            return 0;
        case TY_CTX_STORE:
            if (compile_expr(c, e->v.attribute.value) < 0)
                return -1;
            set_loc(c, attr_loc(e, e->loc));
            emit(c, OP_STORE_ATTR, idx);
            return 0;
        default:
            if (compile_expr(c, e->v.attribute.value) < 0)
                return -1;
            set_loc(c, attr_loc(e, e->loc));
            emit(c, OP_DELETE_ATTR, idx);
            return 0;
        }
    }
    case TY_EXPR_SUBSCRIPT:
        if (e->v.subscript.ctx == TY_CTX_LOAD && check_subscript(c, e) < 0)
            return -1;
        if (compile_expr(c, e->v.subscript.value) < 0 || compile_subscript_key(c, e->v.subscript.slice) < 0)
            return -1;
        set_loc(c, e->loc);
        emit(c, e->v.subscript.ctx == TY_CTX_LOAD ? OP_BINARY_SUBSCR
                       : e->v.subscript.ctx == TY_CTX_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR, 0);
        return 0;
    case TY_EXPR_STARRED:
        if (e->v.starred.ctx == TY_CTX_STORE)
            return compiler_error(c, e->loc, "starred assignment target must be in a list or tuple");
        return compiler_error(c, e->loc, "can't use starred expression here");
    case TY_EXPR_LIST:
    case TY_EXPR_TUPLE:
        if (e->v.seq.ctx == TY_CTX_STORE)
            return compile_unpack_targets(c, &e->v.seq.elts, e->loc);
        if (e->v.seq.ctx == TY_CTX_DEL) {
            for (int i = 0; i < e->v.seq.elts.n; i++)
                if (compile_expr(c, e->v.seq.elts.items[i]) < 0)
                    return -1;
            return 0;
        }
        return compile_sequence(c, &e->v.seq.elts, e->kind == TY_EXPR_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE);
    case TY_EXPR_SLICE:
        return compile_slice_parts(c, e);
    }
    return 0;
}

static int compile_expr(Compiler *c, TyExpr *e)
{
    if (c->failed || deeper(c) < 0)
        return -1;
    /* Every instruction is placed at the expression it belongs to (a
    ** name on a continuation line is on that line), as in CPython: a
    ** trace function sees each line an expression spans. */
    TyLoc saved = c->u->loc;
    c->u->loc = e->loc;
    int r = compile_expr_inner(c, e);
    c->u->loc = saved;
    c->nesting--;
    return r;
}

/* Jump to label when e's truth equals jump_if_true, without building the
** boolean: `and`/`or`/`not` and comparisons become jumps.  The jumps are at
** `at`, or at their test when it is NULL. */
static int jump_if_at(Compiler *c, TyExpr *e, int label, bool jump_if_true, const TyLoc *at)
{
    if (fold_expr(c, e) < 0)
        return -1;
    if (e->kind == TY_EXPR_UNARYOP && e->v.unaryop.op == TY_UNARY_NOT)
        return jump_if_at(c, e->v.unaryop.operand, label, !jump_if_true, at);
    if (e->kind == TY_EXPR_BOOLOP) {
        bool is_or = e->v.boolop.op == TY_BOOL_OR;
        TyExprSeq *vals = &e->v.boolop.values;
        int next = label;
        if (is_or != jump_if_true) {
            next = new_label(c);
        }
        for (int i = 0; i < vals->n - 1; i++)
            if (jump_if_at(c, vals->items[i], next, is_or, at) < 0)
                return -1;
        if (jump_if_at(c, vals->items[vals->n - 1], label, jump_if_true, at) < 0)
            return -1;
        if (next != label)
            bind_label(c, next);
        return 0;
    }
    if (e->kind == TY_EXPR_COMPARE && e->v.compare.nops == 1 &&
        (e->v.compare.ops[0] == TY_CMP_IS || e->v.compare.ops[0] == TY_CMP_IS_NOT) &&
        is_const(e->v.compare.comparators.items[0]) &&
        e->v.compare.comparators.items[0]->v.constant.value == TY_NONE) {
        if (check_compare(c, e) < 0)
            return -1;
        bool is = e->v.compare.ops[0] == TY_CMP_IS;
        if (compile_expr(c, e->v.compare.left) < 0)
            return -1;
        set_loc(c, at ? *at : e->loc);
        emit_jump(c, is == jump_if_true ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
        return 0;
    }
    if (compile_expr(c, e) < 0)
        return -1;
    set_loc(c, at ? *at : e->loc);
    emit_jump(c, jump_if_true ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    return 0;
}

/* The jumps are where the construct testing e is (an `if` statement, a
** conditional expression), as CPython places them: a test spread over
** lines shows that line again as it jumps. */
static int compile_jump_if(Compiler *c, TyExpr *e, int label, bool jump_if_true)
{
    TyLoc here = c->u->loc;
    if (jump_if_at(c, e, label, jump_if_true, &here) < 0)
        return -1;
    set_loc(c, here);
    return 0;
}

/* ---- statements ----------------------------------------------------------------- */

/* Emit what leaving fblock `f` requires (break, continue, return pass
** through it).  With preserve_tos the value on top (a return value) stays
** on top. */
static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos)
{
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_TRY_EXCEPT:
    case FB_EXCEPTION_GROUP_HANDLER:
        return 0;
    case FB_FOR_LOOP:
    case FB_POP_VALUE:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        return 0;
    case FB_FINALLY_TRY: {
        if (preserve_tos && push_fblock(c, FB_POP_VALUE, -1, -1, NULL, NULL) < 0)
            return -1;
        int r = compile_body(c, &f->finally_body->v.try_.finalbody);
        if (preserve_tos)
            pop_fblock(c);
        return r;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        return 0;
    case FB_WITH:
    case FB_ASYNC_WITH:
        /* __exit__ runs on the with statement's line (a tracer sees the
        ** line again); the jump or return after it has no line of its own,
        ** as in CPython. */
        set_loc(c, f->finally_body->loc);
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit_const(c, TY_NONE);
        emit_const(c, TY_NONE);
        emit_const(c, TY_NONE);
        emit(c, OP_CALL, 2);
        if (f->kind == FB_ASYNC_WITH) {
            emit(c, OP_GET_AWAITABLE, 2);
            emit_send_loop(c);
        }
        emit(c, OP_POP_TOP, 0);
        set_loc(c, NO_LINE);
        return 0;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        if (f->name) {
            emit_const(c, TY_NONE);
            if (compile_name(c, f->name, NAME_STORE) < 0 ||
                compile_name(c, f->name, NAME_DEL) < 0)
                return -1;
        }
        return 0;
    }
    return 0;
}

typedef enum { EXIT_RETURN, EXIT_BREAK, EXIT_CONTINUE } BlockExit;

/*
** Emit a return, break or continue from the current point: the unwinding of
** every block it leaves, innermost first, then the return or the jump to the
** innermost loop.  The code that leaves a block runs outside the block's own
** handlers, and a finally body compiled here sees only the blocks around its
** try statement; compiling it pushes handlers and blocks over the entries of
** the blocks being left, so each level saves those entries and puts them back
** on the way out: on return the compiler's stacks are as they were.
** preserve_tos: a return value is on top of the stack.  Leaving an except*
** clause is an error, which CPython reports at star_loc, or at no position
** once a with or try-finally block has been unwound on the way.
*/
static int emit_block_exit(Compiler *c, BlockExit how, bool preserve_tos, TyLoc loc, TyLoc star_loc)
{
    Unit *u = c->u;
    if (u->nfb == 0) {
        if (how == EXIT_RETURN)
        {
            if (!preserve_tos)
                emit_const(c, TY_NONE);
            emit(c, OP_RETURN_VALUE, 0);
            return 0;
        }
        return compiler_error(c, loc, how == EXIT_BREAK ? "'break' outside loop"
                                                        : "'continue' not properly in loop");
    }
    FBlock top = u->fblocks[u->nfb - 1];
    if (top.kind == FB_EXCEPTION_GROUP_HANDLER)
        return compiler_error(c, star_loc, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (how != EXIT_RETURN && (top.kind == FB_WHILE_LOOP || top.kind == FB_FOR_LOOP)) {
        if (how == EXIT_CONTINUE) {
            emit_jump(c, OP_JUMP, top.start_label);
            return 0;
        }
        if (top.kind == FB_FOR_LOOP)
            emit(c, OP_POP_TOP, 0);
        emit_jump(c, OP_JUMP, top.exit_label);
        return 0;
    }
    int saved_hsp = u->hsp;
    int saved_handlers[MAX_FBLOCKS * 2];
    int nsaved = saved_hsp - top.outer_hsp;
    memcpy(saved_handlers, u->handler_stack + top.outer_hsp, sizeof(int) * (size_t)nsaved);
    u->nfb--;
    u->hsp = top.outer_hsp;
    int r = unwind_fblock(c, &top, preserve_tos);
    if (top.kind == FB_WITH || top.kind == FB_FINALLY_TRY)
        star_loc = (TyLoc){ -1, -1, -1, -1 };
    if (r == 0)
        r = emit_block_exit(c, how, preserve_tos, loc, star_loc);
    memcpy(u->handler_stack + top.outer_hsp, saved_handlers, sizeof(int) * (size_t)nsaved);
    u->hsp = saved_hsp;
    u->fblocks[u->nfb++] = top;
    return r;
}

/* Does leaving the blocks up to the innermost loop (all of them for a
** return) run code on other lines: a with's __exit__ or a finally body? */
static bool exit_runs_elsewhere(Compiler *c, BlockExit how)
{
    for (int i = c->u->nfb - 1; i >= 0; i--) {
        FBlockKind k = c->u->fblocks[i].kind;
        if (k == FB_WITH || k == FB_ASYNC_WITH || k == FB_FINALLY_TRY)
            return true;
        if (how != EXIT_RETURN && (k == FB_WHILE_LOOP || k == FB_FOR_LOOP))
            return false;
    }
    return false;
}

static int compile_return(Compiler *c, TyStmt *s)
{
    TyScope *scope = c->u->scope;
    if (scope->kind != TY_SCOPE_FUNCTION)
        return compiler_error(c, s->loc, "'return' outside function");
    if (s->v.ret.value && scope->is_coroutine && scope->is_generator)
        return compiler_error(c, s->loc, "'return' with value in async generator");
    bool preserve = s->v.ret.value != NULL;
    if (preserve && compile_expr(c, s->v.ret.value) < 0)
        return -1;
    set_loc(c, s->loc);
    /* The statement's own line event, when its value gives none on it. */
    if ((!preserve || s->v.ret.value->loc.line != s->loc.line) && exit_runs_elsewhere(c, EXIT_RETURN))
        emit(c, OP_NOP, 0);
    /* CPython positions what follows a constant return value on its line,
    ** and so this statement's except* error, at the constant. */
    TyExpr *v = s->v.ret.value;
    bool at_value = v && v->kind == TY_EXPR_CONSTANT && v->loc.line == s->loc.line;
    return emit_block_exit(c, EXIT_RETURN, preserve, s->loc, at_value ? v->loc : s->loc);
}

static int compile_break_continue(Compiler *c, TyStmt *s, bool is_break)
{
    BlockExit how = is_break ? EXIT_BREAK : EXIT_CONTINUE;
    /* The statement's own line event comes before the exits of the blocks
    ** it leaves, which run on their own lines (CPython's NOP). */
    if (exit_runs_elsewhere(c, how)) {
        set_loc(c, s->loc);
        emit(c, OP_NOP, 0);
    }
    return emit_block_exit(c, how, false, s->loc, s->loc);
}

static int compile_if(Compiler *c, TyStmt *s)
{
    int orelse = new_label(c), end = new_label(c);
    if (compile_jump_if(c, s->v.if_.test, orelse, false) < 0 || compile_body(c, &s->v.if_.body) < 0)
        return -1;
    if (s->v.if_.orelse.n) {
        emit_noline(c, OP_JUMP, end);
        bind_label(c, orelse);
        if (compile_body(c, &s->v.if_.orelse) < 0)
            return -1;
    } else {
        bind_label(c, orelse);
    }
    bind_label(c, end);
    return 0;
}

static int compile_while(Compiler *c, TyStmt *s)
{
    int start = new_label(c), body_end = new_label(c), exit = new_label(c);
    bind_label(c, start);
    TyExpr *test = s->v.loop.iter;
    if (is_const(test) && tyObj_isTrue(test->v.constant.value) == 1) {
        /* `while True:` tests nothing, as in CPython: what follows the
        ** loop is reached only by a break (a debugger's jump can tell). */
        set_loc(c, test->loc);
        emit(c, OP_NOP, 0);
    } else if (compile_jump_if(c, test, body_end, false) < 0) {
        return -1;
    }
    if (push_fblock(c, FB_WHILE_LOOP, start, exit, NULL, NULL) < 0)
        return -1;
    if (compile_body(c, &s->v.loop.body) < 0)
        return -1;
    pop_fblock(c);
    set_loc(c, s->loc);
    emit_jump(c, OP_JUMP, start);
    bind_label(c, body_end);
    if (compile_body(c, &s->v.loop.orelse) < 0)
        return -1;
    bind_label(c, exit);
    return 0;
}

/* `for`, and `async for`: each step awaits __anext__() under a handler
** that ends the loop on StopAsyncIteration (END_ASYNC_FOR at cleanup). */
static int compile_for(Compiler *c, TyStmt *s)
{
    bool is_async = s->v.loop.is_async;
    if (is_async && !c->u->scope->is_async_def)
        return compiler_error(c, s->loc, "'async for' outside async function");
    int start = new_label(c), cleanup = new_label(c), exit = new_label(c);
    if (compile_expr(c, s->v.loop.iter) < 0)
        return -1;
    set_loc(c, s->loc);
    emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    bind_label(c, start);
    if (is_async) {
        if (push_handler(c, cleanup) < 0)
            return -1;
        emit(c, OP_GET_ANEXT, 0);
        emit_send_loop(c);
        pop_handler(c);
    } else {
        emit_jump(c, OP_FOR_ITER, cleanup);
    }
    if (push_fblock(c, FB_FOR_LOOP, start, exit, NULL, NULL) < 0)
        return -1;
    if (compile_expr(c, s->v.loop.target) < 0 || compile_body(c, &s->v.loop.body) < 0)
        return -1;
    pop_fblock(c);
    set_loc(c, s->loc);
    emit_jump(c, OP_JUMP, start);
    bind_label(c, cleanup);
    if (is_async)
        emit(c, OP_END_ASYNC_FOR, 0);
    if (compile_body(c, &s->v.loop.orelse) < 0)
        return -1;
    bind_label(c, exit);
    return 0;
}

/* `name = None; del name` after an except clause bound name (none: nothing). */
static int clear_handler_name(Compiler *c, TyObject *name)
{
    if (!name)
        return 0;
    emit_const(c, TY_NONE);
    if (compile_name(c, name, NAME_STORE) < 0)
        return -1;
    return compile_name(c, name, NAME_DEL);
}

/* An except or except* clause's body under the handler `label`, in the
** block that leaving it must unwind (the handled state, the `as` name). */
static int compile_clause_body(Compiler *c, TyExceptHandler *h, int label)
{
    if (push_handler(c, label) < 0 ||
        push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, h->name) < 0)
        return -1;
    if (compile_body(c, &h->body) < 0)
        return -1;
    pop_fblock(c);
    pop_handler(c);
    return 0;
}

/*
** The try body of a statement with except or except* clauses, then the
** start of its handler: the exception caught becomes the handled one
** ([exc] -> [prev exc]) under the handler *cleanup, which puts the previous
** state back if the clauses raise (end_try_handlers emits it).  Returns
** with the clauses' block `kind` pushed.  The else body goes where
** CPython's compiler puts it, which decides the order of co_varnames: right
** after the try body (then a jump to `end`) when orelse is NULL, as for
** except; else after the clauses, at the label *orelse, as for except*.
*/
static int begin_try_handlers(Compiler *c, TyStmt *s, FBlockKind kind, int end, int *cleanup, int *orelse)
{
    int handler = new_label(c);
    *cleanup = new_label(c);
    if (orelse)
        *orelse = new_label(c);
    if (push_handler(c, handler) < 0 ||
        push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL, NULL) < 0)
        return -1;
    if (compile_body(c, &s->v.try_.body) < 0)
        return -1;
    pop_fblock(c);
    pop_handler(c);
    if (!orelse && compile_body(c, &s->v.try_.orelse) < 0)
        return -1;
    emit_noline(c, OP_JUMP, orelse ? *orelse : end);
    bind_label(c, handler);
    if (push_handler(c, *cleanup) < 0)
        return -1;
    /* On no line, as in CPython: the first clause's line starts with its
    ** test, where a debugger's jump could not give the exception. */
    emit_noline(c, OP_PUSH_EXC_INFO, 0);
    set_loc(c, s->v.try_.handlers.items[0]->loc);
    return push_fblock(c, kind, -1, -1, NULL, NULL);
}

/* The cleanup handler ([prev exc] -> restore prev, re-raise exc), then
** the else body when it has the label orelse (not -1). */
static int end_try_handlers(Compiler *c, TyStmt *s, int cleanup, int orelse)
{
    bind_label(c, cleanup);
    emit_noline(c, OP_SWAP, 2);
    emit_noline(c, OP_POP_EXCEPT, 0);
    emit_noline(c, OP_RERAISE, 1);
    if (orelse < 0)
        return 0;
    bind_label(c, orelse);
    return compile_body(c, &s->v.try_.orelse);
}

/*
** The position of the code that leaves an except clause (POP_EXCEPT, the
** `as` name cleared): CPython gives it no line, and its line-number
** propagation then the line of the instruction run before it in the same
** block, the last line of the body when that ends with a simple statement.
** Matters to a debugger's jump, which may land there.
*/
static TyLoc clause_exit_loc(TyStmtSeq *body)
{
    TyStmt *last = body->n ? body->items[body->n - 1] : NULL;
    if (!last)
        return NO_LINE;
    switch (last->kind) {
    case TY_STMT_ASSIGN:
    case TY_STMT_AUGASSIGN:
    case TY_STMT_ANNASSIGN:
    case TY_STMT_DELETE:
    case TY_STMT_EXPR:
    case TY_STMT_PASS:
    case TY_STMT_IMPORT:
    case TY_STMT_IMPORTFROM:
        return last->loc;
    default:
        return NO_LINE;
    }
}

static int compile_try_except(Compiler *c, TyStmt *s)
{
    int cleanup, end = new_label(c);
    if (begin_try_handlers(c, s, FB_EXCEPTION_HANDLER, end, &cleanup, NULL) < 0)
        return -1;
    TyHandlerSeq *hs = &s->v.try_.handlers;
    for (int i = 0; i < hs->n; i++) {
        TyExceptHandler *h = hs->items[i];
        set_loc(c, h->loc);
        if (!h->type && i < hs->n - 1)
            return compiler_error(c, h->loc, "default 'except:' must be last");
        int next = new_label(c);
        if (h->type) {
            if (compile_expr(c, h->type) < 0)
                return -1;
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            int name_cleanup = new_label(c);
            if (compile_name(c, h->name, NAME_STORE) < 0 ||
                compile_clause_body(c, h, name_cleanup) < 0)
                return -1;
            /* Leaving the clause is on no line of its own. */
            set_loc(c, clause_exit_loc(&h->body));
            emit(c, OP_POP_EXCEPT, 0);
            if (clear_handler_name(c, h->name) < 0)
                return -1;
            emit_jump(c, OP_JUMP, end);
            /* The body raised: clear the name, then re-raise (into cleanup),
            ** on no line. */
            bind_label(c, name_cleanup);
            set_loc(c, NO_LINE);
            if (clear_handler_name(c, h->name) < 0)
                return -1;
            emit(c, OP_RERAISE, 1);
        } else {
            emit(c, OP_POP_TOP, 0);
            if (push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, NULL) < 0)
                return -1;
            if (compile_body(c, &h->body) < 0)
                return -1;
            pop_fblock(c);
            set_loc(c, clause_exit_loc(&h->body));
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP, end);
        }
        bind_label(c, next);
    }
    pop_fblock(c);
    /* No clause matched: re-raise with the handled state restored, on the
    ** line of the last clause's test (CPython's line propagation gives it
    ** that line, which a frame the exception leaves then shows). */
    set_loc(c, hs->n ? hs->items[hs->n - 1]->loc : NO_LINE);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    if (end_try_handlers(c, s, cleanup, -1) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

/*
** try ... except* (CPython 3.11's scheme).  Under the clauses the stack is
** [prev orig raised rest]: the handled state to put back, the exception
** caught, a list of what the clauses raised or re-raised, and the part no
** clause has matched yet.  Each clause's CHECK_EG_MATCH splits rest into
** the new rest and the clause's match, which the clause handles; an
** exception leaving a clause joins the list.  At the end the unmatched
** rest joins it too and PREP_RERAISE_STAR makes the exception to re-raise,
** or None.
*/
static int compile_try_star_except(Compiler *c, TyStmt *s)
{
    int cleanup, orelse, end = new_label(c), reraise = new_label(c);
    if (begin_try_handlers(c, s, FB_EXCEPTION_GROUP_HANDLER, end, &cleanup, &orelse) < 0)
        return -1;
    /* [prev exc] -> [prev orig [] rest] */
    emit(c, OP_COPY, 1);
    emit(c, OP_BUILD_LIST, 0);
    emit(c, OP_SWAP, 2);
    TyHandlerSeq *hs = &s->v.try_.handlers;
    for (int i = 0; i < hs->n; i++) {
        TyExceptHandler *h = hs->items[i];
        set_loc(c, h->loc);
        int no_match = new_label(c), raised = new_label(c), next = new_label(c);
        if (compile_expr(c, h->type) < 0)
            return -1;
        emit(c, OP_CHECK_EG_MATCH, 0);
        emit(c, OP_COPY, 1);
        emit_jump(c, OP_POP_JUMP_IF_NONE, no_match);
        if (!h->name)
            emit(c, OP_POP_TOP, 0);
        else if (compile_name(c, h->name, NAME_STORE) < 0)
            return -1;
        if (compile_clause_body(c, h, raised) < 0)
            return -1;
        if (clear_handler_name(c, h->name) < 0)
            return -1;
        emit_jump(c, OP_JUMP, next);
        /* The clause raised: [.. raised rest exc] -> [.. raised+[exc] rest],
        ** on no line of its own (the raise's line stays the frame's). */
        bind_label(c, raised);
        set_loc(c, NO_LINE);
        if (clear_handler_name(c, h->name) < 0)
            return -1;
        emit(c, OP_LIST_APPEND, 2);
        emit_jump(c, OP_JUMP, next);
        /* No match: on the clause's line, where its test ran. */
        bind_label(c, no_match);
        set_loc(c, h->loc);
        emit(c, OP_POP_TOP, 0);
        bind_label(c, next);
    }
    pop_fblock(c);
    /* What follows is on no line, as in CPython: a trace shows the line
    ** that reached it. */
    set_loc(c, NO_LINE);
    emit(c, OP_LIST_APPEND, 1);
    emit(c, OP_PREP_RERAISE_STAR, 0);
    emit(c, OP_COPY, 1);
    emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise);
    pop_handler(c);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, reraise);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    if (end_try_handlers(c, s, cleanup, orelse) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int compile_try_finally(Compiler *c, TyStmt *s)
{
    int handler = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (push_handler(c, handler) < 0)
        return -1;
    if (push_fblock(c, FB_FINALLY_TRY, -1, -1, s, NULL) < 0)
        return -1;
    int r;
    if (s->v.try_.handlers.n)
        r = s->v.try_.star ? compile_try_star_except(c, s) : compile_try_except(c, s);
    else
        r = compile_body(c, &s->v.try_.body);
    if (r < 0)
        return -1;
    pop_fblock(c);
    pop_handler(c);
    /* The normal path runs the finally body inline. */
    if (compile_body(c, &s->v.try_.finalbody) < 0)
        return -1;
    emit_noline(c, OP_JUMP, end);
    /* The exceptional path: with the exception handled, run the finally
    ** body, then re-raise; cleanup restores the handled state if the
    ** finally body itself raises. */
    bind_label(c, handler);
    if (push_handler(c, cleanup) < 0)
        return -1;
    emit_noline(c, OP_PUSH_EXC_INFO, 0);
    if (push_fblock(c, FB_FINALLY_END, -1, -1, NULL, NULL) < 0)
        return -1;
    if (compile_body(c, &s->v.try_.finalbody) < 0)
        return -1;
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    bind_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 1);
    bind_label(c, end);
    return 0;
}

static int compile_with_items(Compiler *c, TyStmt *s, int index)
{
    TyWithItem *item = s->v.with.items.items[index];
    bool is_async = s->v.with.is_async;
    if (is_async && index == 0 && !c->u->scope->is_async_def)
        return compiler_error(c, s->loc, "'async with' outside async function");
    int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c), end = new_label(c);
    if (compile_expr(c, item->context_expr) < 0)
        return -1;
    set_loc(c, s->loc);
    if (is_async) {
        emit(c, OP_BEFORE_ASYNC_WITH, 0);
        emit(c, OP_GET_AWAITABLE, 1);
        emit_send_loop(c);
    } else {
        emit(c, OP_BEFORE_WITH, 0);
    }
    if (push_handler_adjusted(c, handler, -1) < 0 ||
        push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, s, NULL) < 0)
        return -1;
    if (item->optional_vars) {
        if (compile_expr(c, item->optional_vars) < 0)
            return -1;
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    if (index + 1 < s->v.with.items.n) {
        if (compile_with_items(c, s, index + 1) < 0)
            return -1;
    } else if (compile_body(c, &s->v.with.body) < 0) {
        return -1;
    }
    pop_fblock(c);
    pop_handler(c);
    set_loc(c, s->loc);
    /* Normal exit: exit(None, None, None), awaited for `async with`. */
    emit_const(c, TY_NONE);
    emit_const(c, TY_NONE);
    emit_const(c, TY_NONE);
    emit(c, OP_CALL, 2);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 2);
        emit_send_loop(c);
    }
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, end);
    /* [exit exc] -> [exit prev exc]; exit(type, exc, tb) decides. */
    bind_label(c, handler);
    if (push_handler(c, cleanup) < 0)
        return -1;
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit(c, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 2);
        emit_send_loop(c);
    }
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 1);
    pop_handler(c);
    bind_label(c, suppress);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 1);
    bind_label(c, end);
    return 0;
}

static int compile_augassign(Compiler *c, TyStmt *s)
{
    TyExpr *t = s->v.augassign.target;
    int op = s->v.augassign.op + TY_BINOP_COUNT;
    switch (t->kind) {
    case TY_EXPR_NAME:
        if (compile_name(c, t->v.name.id, NAME_LOAD) < 0 || compile_expr(c, s->v.augassign.value) < 0)
            return -1;
        set_loc(c, s->loc);
        emit(c, OP_BINARY_OP, op);
        return compile_name(c, t->v.name.id, NAME_STORE);
    case TY_EXPR_ATTRIBUTE: {
        int idx = add_name(c, t->v.attribute.attr);
        if (compile_expr(c, t->v.attribute.value) < 0)
            return -1;
        emit(c, OP_COPY, 1);
        set_loc(c, attr_loc(t, t->loc));
        emit(c, OP_LOAD_ATTR, idx);
        if (compile_expr(c, s->v.augassign.value) < 0)
            return -1;
        set_loc(c, s->loc);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 2);
        set_loc(c, attr_loc(t, t->loc));
        emit(c, OP_STORE_ATTR, idx);
        return 0;
    }
    case TY_EXPR_SUBSCRIPT:
        if (compile_expr(c, t->v.subscript.value) < 0 ||
            compile_subscript_key(c, t->v.subscript.slice) < 0)
            return -1;
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        set_loc(c, t->loc);
        emit(c, OP_BINARY_SUBSCR, 0);
        if (compile_expr(c, s->v.augassign.value) < 0)
            return -1;
        set_loc(c, s->loc);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        set_loc(c, t->loc);
        emit(c, OP_STORE_SUBSCR, 0);
        return 0;
    default:
        return compiler_error(c, t->loc, "'expression' is an illegal expression for augmented assignment");
    }
}

static int compile_assign(Compiler *c, TyStmt *s)
{
    TyExprSeq *targets = &s->v.assign.targets;
    TyExpr *value = s->v.assign.value;
    /* a, b = b, a: no tuple is built (CPython 3.11 swaps on the stack). */
    if (targets->n == 1 && targets->items[0]->kind == TY_EXPR_TUPLE &&
        value->kind == TY_EXPR_TUPLE && targets->items[0]->v.seq.elts.n == value->v.seq.elts.n &&
        (value->v.seq.elts.n == 2 || value->v.seq.elts.n == 3) &&
        !has_starred(&targets->items[0]->v.seq.elts) && !has_starred(&value->v.seq.elts) &&
        !all_const(&value->v.seq.elts)) {
        int n = value->v.seq.elts.n;
        if (compile_exprs(c, &value->v.seq.elts) < 0)
            return -1;
        set_loc(c, s->loc);
        emit(c, OP_SWAP, n);
        for (int i = 0; i < n; i++)
            if (compile_expr(c, targets->items[0]->v.seq.elts.items[i]) < 0)
                return -1;
        return 0;
    }
    if (compile_expr(c, value) < 0)
        return -1;
    for (int i = 0; i < targets->n; i++) {
        if (i < targets->n - 1)
            emit(c, OP_COPY, 1);
        if (compile_expr(c, targets->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* e evaluated for its effects only. */
static int compile_evaluated(Compiler *c, TyExpr *e)
{
    if (compile_expr(c, e) < 0)
        return -1;
    emit(c, OP_POP_TOP, 0);
    return c->failed ? -1 : 0;
}

/* An annotated subscript target's key evaluated for its effects: a slice's
** parts and a tuple's items one by one, as CPython does. */
static int compile_subscript_evaluated(Compiler *c, TyExpr *key)
{
    if (key->kind == TY_EXPR_SLICE) {
        TyExpr *parts[] = { key->v.slice.lower, key->v.slice.upper, key->v.slice.step };
        for (int i = 0; i < 3; i++)
            if (parts[i] && compile_evaluated(c, parts[i]) < 0)
                return -1;
        return 0;
    }
    if (key->kind == TY_EXPR_TUPLE) {
        for (int i = 0; i < key->v.seq.elts.n; i++)
            if (compile_subscript_evaluated(c, key->v.seq.elts.items[i]) < 0)
                return -1;
        return 0;
    }
    return compile_evaluated(c, key);
}

static int compile_annassign(Compiler *c, TyStmt *s)
{
    TyExpr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        if (compile_expr(c, s->v.annassign.value) < 0 || compile_expr(c, t) < 0)
            return -1;
    }
    Unit *u = c->u;
    if (t->kind == TY_EXPR_NAME && s->v.annassign.simple && (u->is_module || u->is_class)) {
        /* __annotations__['x'] = <annotation> */
        int idx = add_name(c, TY_ID(__annotations__));
        if (compile_annotation_value(c, s->v.annassign.annotation) < 0)
            return -1;
        emit(c, OP_LOAD_NAME, idx);
        emit_new_const(c, tySymtable_mangle(u->private, t->v.name.id));
        emit(c, OP_STORE_SUBSCR, 0);
        return c->failed ? -1 : 0;
    }
    /* A target that is not a simple name stores nothing, but without a
    ** value its object (and subscript) is evaluated, as is the annotation
    ** in a module or class without the future import. */
    if (!s->v.annassign.value && t->kind == TY_EXPR_ATTRIBUTE && compile_evaluated(c, t->v.attribute.value) < 0)
        return -1;
    if (!s->v.annassign.value && t->kind == TY_EXPR_SUBSCRIPT &&
        (compile_evaluated(c, t->v.subscript.value) < 0 || compile_subscript_evaluated(c, t->v.subscript.slice) < 0))
        return -1;
    if (!s->v.annassign.simple && !(c->future & TY_CO_FUTURE_ANNOTATIONS) && (u->is_module || u->is_class))
        return compile_evaluated(c, s->v.annassign.annotation);
    return 0;
}

static int compile_delete(Compiler *c, TyStmt *s)
{
    for (int i = 0; i < s->v.del.targets.n; i++)
        if (compile_expr(c, s->v.del.targets.items[i]) < 0)
            return -1;
    return 0;
}

static int compile_raise(Compiler *c, TyStmt *s)
{
    int n = 0;
    if (s->v.raise.exc) {
        if (compile_expr(c, s->v.raise.exc) < 0)
            return -1;
        n = 1;
        if (s->v.raise.cause) {
            if (compile_expr(c, s->v.raise.cause) < 0)
                return -1;
            n = 2;
        }
    }
    set_loc(c, s->loc);
    emit(c, OP_RAISE_VARARGS, n);
    return 0;
}

/* The comparison CPython 3.11's compiler_jump_if positions itself at last
** while compiling a condition (it does not restore the position, so the
** instructions of an assert after it take that comparison's place and the
** traceback marks it); NULL when the condition has none. */
static TyExpr *last_jump_compare(TyExpr *e)
{
    TyExpr *found = NULL;
    switch (e->kind) {
    case TY_EXPR_COMPARE:
        return e;
    case TY_EXPR_UNARYOP:
        return e->v.unaryop.op == TY_UNARY_NOT ? last_jump_compare(e->v.unaryop.operand) : NULL;
    case TY_EXPR_BOOLOP:
        for (int i = 0; i < e->v.boolop.values.n; i++) {
            TyExpr *f = last_jump_compare(e->v.boolop.values.items[i]);
            found = f ? f : found;
        }
        return found;
    case TY_EXPR_IFEXP: {
        TyExpr *parts[3] = { e->v.ifexp.test, e->v.ifexp.body, e->v.ifexp.orelse };
        for (int i = 0; i < 3; i++) {
            TyExpr *f = last_jump_compare(parts[i]);
            found = f ? f : found;
        }
        return found;
    }
    default:
        return NULL;
    }
}

static int compile_assert(Compiler *c, TyStmt *s)
{
    TyExpr *test = s->v.assert_.test;
    bool tuple = (test->kind == TY_EXPR_TUPLE && test->v.seq.elts.n > 0) ||
                 (test->kind == TY_EXPR_CONSTANT && TY_TUPLE_CHECK(test->v.constant.value) &&
                  TY_TUPLE_LEN(test->v.constant.value) > 0);
    if (tuple && compiler_warn(c, s->loc, "assertion is always true, perhaps remove parentheses?") < 0)
        return -1;
    if (c->optimize)
        return 0;
    int end = new_label(c);
    if (compile_jump_if(c, s->v.assert_.test, end, true) < 0)
        return -1;
    TyExpr *cmp = last_jump_compare(s->v.assert_.test);
    TyLoc where = cmp ? cmp->loc : s->loc;
    set_loc(c, where);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.assert_.msg) {
        emit(c, OP_PUSH_NULL, 0);
        emit(c, OP_SWAP, 2);
        if (compile_expr(c, s->v.assert_.msg) < 0)
            return -1;
        set_loc(c, where);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    bind_label(c, end);
    return 0;
}

static int compile_import(Compiler *c, TyStmt *s)
{
    TyAliasSeq *names = &s->v.import.names;
    for (int i = 0; i < names->n; i++) {
        TyAlias *a = names->items[i];
        TyObject *zero = tyInt_fromI64(0);
        emit_new_const(c, zero);
        emit_const(c, TY_NONE);
        int idx = add_name(c, a->name);
        emit(c, OP_IMPORT_NAME, idx);
        const char *full = TY_STR_UTF8(a->name);
        if (a->asname) {
            /* import a.b.c as d: walk down to c. */
            const char *dot = strchr(full, '.');
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                ssize_t len = next ? next - dot - 1 : (ssize_t)strlen(dot + 1);
                TyObject *part = tyStr_fromUtf8(dot + 1, len);
                part = part ? tyStr_intern(part) : NULL;
                if (!part || !tyArena_addObject(c->arena, part))
                    return -1;
                int pidx = add_name(c, part);
                emit(c, OP_IMPORT_FROM, pidx);
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
                dot = next;
            }
            if (compile_name(c, a->asname, NAME_STORE) < 0)
                return -1;
        } else {
            const char *dot = strchr(full, '.');
            TyObject *top = a->name;
            if (dot) {
                top = tyStr_fromUtf8(full, dot - full);
                top = top ? tyStr_intern(top) : NULL;
                if (!top || !tyArena_addObject(c->arena, top))
                    return -1;
            }
            if (compile_name(c, top, NAME_STORE) < 0)
                return -1;
        }
    }
    return 0;
}

static int compile_importfrom(Compiler *c, TyStmt *s)
{
    TyAliasSeq *names = &s->v.import.names;
    TyObject *level = tyInt_fromI64(s->v.import.level);
    emit_new_const(c, level);
    TyObject *fromlist = tyTuple_new(names->n);
    if (!fromlist)
        return -1;
    for (int i = 0; i < names->n; i++)
        TY_TUPLE_SET(fromlist, i, TY_NEWREF(names->items[i]->name));
    emit_new_const(c, fromlist);
    TyObject *module = s->v.import.module;
    if (module && s->loc.line > c->future_lineno && tyStr_eqC(module, "__future__"))
        return compiler_error(c, s->loc, "from __future__ imports must occur at the beginning of the file");
    if (!module) {
        module = tyStr_internC("");
        if (!module || !tyArena_addObject(c->arena, module))
            return -1;
    }
    int idx = add_name(c, module);
    emit(c, OP_IMPORT_NAME, idx);
    for (int i = 0; i < names->n; i++) {
        TyAlias *a = names->items[i];
        if (tyStr_eqC(a->name, "*")) {
            emit(c, OP_IMPORT_STAR, 0);
            return 0;
        }
        int nidx = add_name(c, a->name);
        emit(c, OP_IMPORT_FROM, nidx);
        if (compile_name(c, a->asname ? a->asname : a->name, NAME_STORE) < 0)
            return -1;
    }
    emit(c, OP_POP_TOP, 0);
    return 0;
}

/* The docstring a body starts with (borrowed), or NULL; none at
** optimize level 2. */
static TyObject *docstring_of(Compiler *c, TyStmtSeq *body)
{
    if (body->n == 0 || c->optimize >= 2)
        return NULL;
    TyStmt *first = body->items[0];
    if (first->kind != TY_STMT_EXPR || first->v.expr.value->kind != TY_EXPR_CONSTANT)
        return NULL;
    TyObject *v = first->v.expr.value->v.constant.value;
    return TY_STR_CHECK_EXACT(v) ? v : NULL;
}

/* Enters the unit for a function or lambda and compiles its body. */
static int compile_function_body(Compiler *c, TyScope *s, TyArguments *args, TyStmtSeq *body,
                                 TyExpr *lambda_body, int firstline)
{
    if (enter_unit(c, s, firstline) < 0)
        return -1;
    Unit *u = c->u;
    u->argcount = args->posonlyargs.n + args->args.n;
    u->posonlyargcount = args->posonlyargs.n;
    u->kwonlyargcount = args->kwonlyargs.n;
    if (lambda_body) {
        /* co_consts[0] of a lambda is None (no docstring), as in 3.11. */
        if (add_const(c, TY_NONE) < 0)
            return -1;
        set_loc(c, lambda_body->loc);
        if (compile_expr(c, lambda_body) < 0)
            return -1;
        emit(c, OP_RETURN_VALUE, 0);
        return 0;
    }
    TyObject *doc = docstring_of(c, body);
    if (add_const(c, doc ? doc : TY_NONE) < 0)
        return -1;
    for (int i = doc ? 1 : 0; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0)
            return -1;
    if (body->n)
        set_loc(c, implicit_return_loc(c, body->items[body->n - 1]));
    emit_const(c, TY_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    return 0;
}

static int compile_decorators(Compiler *c, TyExprSeq *decorators)
{
    return compile_exprs(c, decorators);
}

static int apply_decorators(Compiler *c, TyExprSeq *decorators)
{
    for (int i = 0; i < decorators->n; i++) {
        set_loc(c, decorators->items[decorators->n - 1 - i]->loc);
        emit(c, OP_CALL, 0);
    }
    return 0;
}

static int compile_funcdef(Compiler *c, TyStmt *s)
{
    if (compile_decorators(c, &s->v.funcdef.decorators) < 0)
        return -1;
    int flags = compile_defaults(c, s->v.funcdef.args);
    if (flags < 0)
        return -1;
    int annotations = compile_annotations(c, s->v.funcdef.args, s->v.funcdef.returns);
    if (annotations < 0)
        return -1;
    flags |= annotations;
    TyScope *child = child_scope(c, s);
    if (!child)
        return -1;
    int firstline = s->v.funcdef.decorators.n ? s->v.funcdef.decorators.items[0]->loc.line : s->loc.line;
    TyLoc saved = c->u->loc;
    if (compile_function_body(c, child, s->v.funcdef.args, &s->v.funcdef.body, NULL, firstline) < 0) {
        if (c->u->scope == child)
            leave_unit(c);
        return -1;
    }
    TyObject *code = assemble(c);
    leave_unit(c);
    set_loc(c, saved);
    if (!code || !tyArena_addObject(c->arena, code))
        return -1;
    if (make_function(c, code, flags) < 0 || apply_decorators(c, &s->v.funcdef.decorators) < 0)
        return -1;
    /* The name is bound on the def line, after the decorators' (a trace
    ** shows it again, as CPython's does). */
    set_loc(c, s->loc);
    return compile_name(c, s->v.funcdef.name, NAME_STORE);
}

static int compile_classdef(Compiler *c, TyStmt *s)
{
    if (compile_decorators(c, &s->v.classdef.decorators) < 0)
        return -1;
    TyScope *child = child_scope(c, s);
    if (!child)
        return -1;
    int firstline = s->v.classdef.decorators.n ? s->v.classdef.decorators.items[0]->loc.line : s->loc.line;
    TyLoc saved = c->u->loc;
    if (enter_unit(c, child, firstline) < 0)
        return -1;
    Unit *u = c->u;
    /* The body's prologue is on its first line, the first decorator's
    ** when there is one, as in CPython. */
    set_loc(c, s->v.classdef.decorators.n ? s->v.classdef.decorators.items[0]->loc : s->loc);
    int mod_idx = add_name(c, TY_ID(__name__));
    int modname_idx = add_name(c, TY_ID(__module__));
    int qual_idx = add_name(c, TY_ID(__qualname__));
    emit(c, OP_LOAD_NAME, mod_idx);
    emit(c, OP_STORE_NAME, modname_idx);
    emit_const(c, u->qualname);
    emit(c, OP_STORE_NAME, qual_idx);
    /* An annotation anywhere in the body (in a clause too) sets up
    ** __annotations__ first, before __doc__, as in CPython. */
    if (has_annotations(&s->v.classdef.body))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    TyObject *doc = docstring_of(c, &s->v.classdef.body);
    if (doc) {
        int doc_idx = add_name(c, TY_ID(__doc__));
        TyLoc class_loc = c->u->loc;
        set_loc(c, s->v.classdef.body.items[0]->loc);
        emit_const(c, doc);
        emit(c, OP_STORE_NAME, doc_idx);
        set_loc(c, class_loc);
    }
    for (int i = 0; i < s->v.classdef.body.n; i++) {
        TyStmt *st = s->v.classdef.body.items[i];
        if (doc && i == 0)
            continue;
        if (compile_stmt(c, st) < 0)
            goto fail;
    }
    if (s->v.classdef.body.n)
        set_loc(c, implicit_return_loc(c, s->v.classdef.body.items[s->v.classdef.body.n - 1]));
    if (child->needs_class_cell) {
        TyObject *cellname = tyStr_internC("__class__");
        if (!cellname || !tyArena_addObject(c->arena, cellname))
            goto fail;
        int slot = var_slot(c, cellname);
        int cc = add_name(c, TY_ID(__classcell__));
        if (slot < 0 || cc < 0)
            goto fail;
        emit(c, OP_LOAD_CLOSURE, slot);
        emit(c, OP_COPY, 1);
        emit(c, OP_STORE_NAME, cc);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        emit_const(c, TY_NONE);
        emit(c, OP_RETURN_VALUE, 0);
    }
    TyObject *code = assemble(c);
    leave_unit(c);
    set_loc(c, saved);
    if (!code || !tyArena_addObject(c->arena, code))
        return -1;
    set_loc(c, s->loc);
    /* __build_class__(func, name, *bases, **keywords) */
    emit(c, OP_PUSH_NULL, 0);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    if (make_function(c, code, 0) < 0)
        return -1;
    emit_const(c, s->v.classdef.name);
    TyExprSeq *bases = &s->v.classdef.bases;
    TyKeywordSeq *kws = &s->v.classdef.keywords;
    if (check_repeated_keywords(c, kws) < 0)
        return -1;
    if (!has_starred(bases) && !keywords_unpack(kws)) {
        if (compile_exprs(c, bases) < 0)
            return -1;
        for (int i = 0; i < kws->n; i++)
            if (compile_expr(c, kws->items[i]->value) < 0)
                return -1;
        set_loc(c, s->loc);
        if (kws->n && compile_kwnames(c, kws) < 0)
            return -1;
        emit(c, OP_CALL, 2 + bases->n + kws->n);
    } else {
        /* Rare: class C(*bases, **kw); build the argument tuple by hand. */
        emit(c, OP_BUILD_LIST, 2);
        for (int i = 0; i < bases->n; i++) {
            TyExpr *b = bases->items[i];
            if (b->kind == TY_EXPR_STARRED) {
                if (compile_expr(c, b->v.starred.value) < 0)
                    return -1;
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                if (compile_expr(c, b) < 0)
                    return -1;
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
        int have_kw = 0;
        if (kws->n) {
            emit(c, OP_BUILD_MAP, 0);
            for (int i = 0; i < kws->n; i++) {
                TyKeyword *k = kws->items[i];
                if (k->arg) {
                    emit_const(c, k->arg);
                    if (compile_expr(c, k->value) < 0)
                        return -1;
                    emit(c, OP_BUILD_MAP, 1);
                    emit(c, OP_DICT_MERGE, 1);
                } else {
                    if (compile_expr(c, k->value) < 0)
                        return -1;
                    emit(c, OP_DICT_MERGE, 1);
                }
            }
            have_kw = 1;
        }
        set_loc(c, s->loc);
        emit(c, OP_CALL_FUNCTION_EX, have_kw);
    }
    if (apply_decorators(c, &s->v.classdef.decorators) < 0)
        return -1;
    set_loc(c, s->loc);
    return compile_name(c, s->v.classdef.name, NAME_STORE);
fail:
    leave_unit(c);
    return -1;
}

/* ---- match statements (PEP 634) -------------------------------------------------- */

/*
** The state of compiling one pattern, as CPython's pattern_context: the
** names captured so far (their values wait on the stack, below `on_top`
** other items, until the whole pattern has matched), whether an
** irrefutable pattern is allowed here, and the failure labels:
** fail_pop[k] pops k items and falls through to fail_pop[k - 1].
*/
typedef struct PatternContext {
    TyObject *stores;        /* list of names */
    bool allow_irrefutable;
    int *fail_pop;
    int fail_pop_size;
    int on_top;
} PatternContext;

static int compile_pattern(Compiler *c, TyPattern *p, PatternContext *pc);

/* A SyntaxError at a pattern, with a name in its message. */
static int pattern_error(Compiler *c, TyLoc loc, const char *fmt, TyObject *name)
{
    char msg[300];
    TyObject *r = name ? tyObj_repr(name) : NULL;
    if (name && !r)
        return -1;
    snprintf(msg, sizeof msg, fmt, r ? TY_STR_UTF8(r) : "");
    TY_XDECREF(r);
    return compiler_error(c, loc, msg);
}

static int ensure_fail_pop(Compiler *c, PatternContext *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    int *grown = tyMem_realloc(pc->fail_pop, sizeof(int) * (size_t)size);
    if (!grown) {
        tyErr_noMemory();
        return -1;
    }
    pc->fail_pop = grown;
    while (pc->fail_pop_size < size) {
        int label = new_label(c);
        if (label < 0)
            return -1;
        pc->fail_pop[pc->fail_pop_size++] = label;
    }
    return 0;
}

/* Jump (with op) to where the items on top and the pending captures are
** popped and the pattern fails. */
static int jump_to_fail_pop(Compiler *c, PatternContext *pc, int op)
{
    int pops = pc->on_top + (int)TY_LIST_LEN(pc->stores);
    if (ensure_fail_pop(c, pc, pops) < 0)
        return -1;
    emit_jump(c, op, pc->fail_pop[pops]);
    return 0;
}

/* The failure code: POP_TOPs falling through to fail_pop[0]. */
static void emit_and_reset_fail_pop(Compiler *c, PatternContext *pc)
{
    if (pc->fail_pop_size) {
        while (--pc->fail_pop_size) {
            bind_label(c, pc->fail_pop[pc->fail_pop_size]);
            emit(c, OP_POP_TOP, 0);
        }
        bind_label(c, pc->fail_pop[0]);
    }
    tyMem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
}

/* Move the top of the stack down under count - 1 items. */
static int pattern_rotate(Compiler *c, int count)
{
    while (count > 1)
        emit(c, OP_SWAP, count--);
    return 0;
}

/* Where name is in the list of names, or -1. */
static ssize_t name_index(TyObject *list, TyObject *name)
{
    for (ssize_t i = 0; i < TY_LIST_LEN(list); i++)
        if (TY_LIST_GET(list, i) == name || tyStr_eq(TY_LIST_GET(list, i), name))
            return i;
    return -1;
}

/* Keep the value on top for binding `name` once the pattern matches (or
** drop it for a wildcard).  Errors are at the current location, as
** CPython's compiler reports them. */
static int pattern_store_name(Compiler *c, TyObject *name, PatternContext *pc)
{
    if (!name) {
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    if (name_index(pc->stores, name) >= 0)
        return pattern_error(c, c->u->loc, "multiple assignments to name %s in pattern", name);
    if (pattern_rotate(c, pc->on_top + (int)TY_LIST_LEN(pc->stores) + 1) < 0)
        return -1;
    return tyList_append(pc->stores, name);
}

static bool is_wildcard(TyPattern *p)
{
    return p->kind == TY_PAT_AS && !p->v.as.pattern && !p->v.as.name;
}

static bool is_star_wildcard(TyPattern *p)
{
    return p->kind == TY_PAT_STAR && !p->v.star.name;
}

/* A sub-pattern: irrefutable ones are always allowed there. */
static int compile_subpattern(Compiler *c, TyPattern *p, PatternContext *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
    return r;
}

static int compile_pattern_as(Compiler *c, TyPattern *p, PatternContext *pc)
{
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name)
                return pattern_error(c, p->loc,
                                     "name capture %s makes remaining patterns unreachable",
                                     p->v.as.name);
            return compiler_error(c, p->loc, "wildcard makes remaining patterns unreachable");
        }
        return pattern_store_name(c, p->v.as.name, pc);
    }
    pc->on_top++;
    emit(c, OP_COPY, 1);
    if (compile_pattern(c, p->v.as.pattern, pc) < 0)
        return -1;
    pc->on_top--;
    return pattern_store_name(c, p->v.as.name, pc);
}

/* UNPACK_SEQUENCE / UNPACK_EX for the items of a sequence pattern. */
static int pattern_unpack(Compiler *c, TyPatternSeq *pats)
{
    int n = pats->n;
    for (int i = 0; i < n; i++)
        if (pats->items[i]->kind == TY_PAT_STAR) {
            emit(c, OP_UNPACK_EX, i | ((n - i - 1) << 8));
            return 0;
        }
    emit(c, OP_UNPACK_SEQUENCE, n);
    return 0;
}

/* Items matched by subscripting (a pattern with a *_ in it): only the
** sub-patterns that are not wildcards are looked at. */
static int pattern_sequence_subscr(Compiler *c, TyPatternSeq *pats, int star, PatternContext *pc)
{
    int n = pats->n;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        TyPattern *sub = pats->items[i];
        if (is_wildcard(sub) || i == star)
            continue;
        emit(c, OP_COPY, 1);
        if (i < star) {
            emit_new_const(c, tyInt_fromI64(i));
        } else {
            /* The subject may not take negative indices. */
            emit(c, OP_GET_LEN, 0);
            emit_new_const(c, tyInt_fromI64(n - i));
            emit(c, OP_BINARY_OP, TY_BINOP_SUB);
        }
        emit(c, OP_BINARY_SUBSCR, 0);
        if (compile_subpattern(c, sub, pc) < 0)
            return -1;
    }
    pc->on_top--;
    emit(c, OP_POP_TOP, 0);
    return 0;
}

/* Emit a length comparison `len(subject) op n` that fails the pattern. */
static int pattern_length(Compiler *c, PatternContext *pc, int op, int n)
{
    emit(c, OP_GET_LEN, 0);
    emit_new_const(c, tyInt_fromI64(n));
    emit(c, OP_COMPARE_OP, op);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int compile_pattern_sequence(Compiler *c, TyPattern *p, PatternContext *pc)
{
    TyPatternSeq *pats = &p->v.seq.patterns;
    int n = pats->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        TyPattern *sub = pats->items[i];
        if (sub->kind == TY_PAT_STAR) {
            if (star >= 0)
                return compiler_error(c, p->loc, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(sub);
    }
    pc->on_top++;
    emit(c, OP_MATCH_SEQUENCE, 0);
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (star < 0) {
        if (pattern_length(c, pc, TY_EQ, n) < 0)
            return -1;
    } else if (n > 1 && pattern_length(c, pc, TY_GE, n - 1) < 0) {
        return -1;
    }
    pc->on_top--;
    if (only_wildcard) {
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    if (star_wildcard)
        return pattern_sequence_subscr(c, pats, star, pc);
    if (pattern_unpack(c, pats) < 0)
        return -1;
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (compile_subpattern(c, pats->items[i], pc) < 0)
            return -1;
    }
    return 0;
}

/* Is e a constant, or a name lookup, as a mapping key or a value pattern
** must be (after folding -1 and 1+2j)? */
static bool match_value_expr(Compiler *c, TyExpr *e)
{
    return fold_expr(c, e) == 0 && (e->kind == TY_EXPR_CONSTANT || e->kind == TY_EXPR_ATTRIBUTE);
}

static int compile_pattern_mapping(Compiler *c, TyPattern *p, PatternContext *pc)
{
    TyExprSeq *keys = &p->v.mapping.keys;
    int n = keys->n;
    TyObject *rest = p->v.mapping.rest;
    pc->on_top++;
    emit(c, OP_MATCH_MAPPING, 0);
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (!n && !rest) {
        pc->on_top--;
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    if (n && pattern_length(c, pc, TY_GE, n) < 0)
        return -1;
    TyObject *seen = tySet_new(NULL);
    if (!seen)
        return -1;
    for (int i = 0; i < n; i++) {
        TyExpr *key = keys->items[i];
        int r = 0;
        if (!match_value_expr(c, key)) {
            r = tyErr_occurred() ? -1 : compiler_error(c, key->loc,
                "mapping pattern keys may only match literals and attribute lookups");
        } else if (key->kind == TY_EXPR_CONSTANT) {
            int in = tySet_contains(seen, key->v.constant.value);
            if (in > 0)
                r = pattern_error(c, p->loc, "mapping pattern checks duplicate key (%s)",
                                  key->v.constant.value);
            else if (in < 0 || tySet_add(seen, key->v.constant.value) < 0)
                r = -1;
        }
        if (r < 0 || compile_expr(c, key) < 0) {
            TY_DECREF(seen);
            return -1;
        }
    }
    TY_DECREF(seen);
    emit(c, OP_BUILD_TUPLE, n);
    emit(c, OP_MATCH_KEYS, 0);
    pc->on_top += 2;
    emit(c, OP_COPY, 1);
    emit_const(c, TY_NONE);
    emit(c, OP_IS_OP, 1);
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    emit(c, OP_UNPACK_SEQUENCE, n);
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (compile_subpattern(c, p->v.mapping.patterns.items[i], pc) < 0)
            return -1;
    }
    pc->on_top -= 2;
    if (!rest) {
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    /* rest = dict(subject), then del rest[key] for every key. */
    emit(c, OP_BUILD_MAP, 0);
    emit(c, OP_SWAP, 3);
    emit(c, OP_DICT_UPDATE, 2);
    emit(c, OP_UNPACK_SEQUENCE, n);
    for (int k = n; k > 0; k--) {
        emit(c, OP_COPY, 1 + k);
        emit(c, OP_SWAP, 2);
        emit(c, OP_DELETE_SUBSCR, 0);
    }
    return pattern_store_name(c, rest, pc);
}

static int compile_pattern_class(Compiler *c, TyPattern *p, PatternContext *pc)
{
    TyPatternSeq *pats = &p->v.cls.patterns, *kpats = &p->v.cls.kwd_patterns;
    TyNameSeq *attrs = &p->v.cls.kwd_attrs;
    int nargs = pats->n, nattrs = attrs->n;
    for (int i = 0; i < nattrs; i++)
        for (int j = i + 1; j < nattrs; j++)
            if (tyStr_eq(attrs->items[i], attrs->items[j])) {
                char msg[300];
                snprintf(msg, sizeof msg, "attribute name repeated in class pattern: %s",
                         TY_STR_UTF8(attrs->items[j]));
                return compiler_error(c, kpats->items[j]->loc, msg);
            }
    if (compile_expr(c, p->v.cls.cls) < 0)
        return -1;
    set_loc(c, p->loc);
    TyObject *names = tyTuple_new(nattrs);
    if (!names)
        return -1;
    for (int i = 0; i < nattrs; i++)
        TY_TUPLE_SET(names, i, TY_NEWREF(attrs->items[i]));
    emit_new_const(c, names);
    emit(c, OP_MATCH_CLASS, nargs);
    emit(c, OP_COPY, 1);
    emit_const(c, TY_NONE);
    emit(c, OP_IS_OP, 1);
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        TyPattern *sub = i < nargs ? pats->items[i] : kpats->items[i - nargs];
        if (is_wildcard(sub)) {
            emit(c, OP_POP_TOP, 0);
            continue;
        }
        if (compile_subpattern(c, sub, pc) < 0)
            return -1;
    }
    return 0;
}

/* Reorder the names the current alternative captured (and their values
** on the stack) into the order of the first alternative's, `control`.
** 0, 1 when they bind different names, -1 on error. */
static int pattern_or_align(Compiler *c, PatternContext *pc, TyObject *control)
{
    ssize_t nstores = TY_LIST_LEN(pc->stores);
    if (nstores != TY_LIST_LEN(control))
        return 1;
    for (ssize_t icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        ssize_t istores = name_index(pc->stores, TY_LIST_GET(control, icontrol));
        if (istores < 0)
            return 1;
        if (icontrol == istores)
            continue;
        /* The first `rotations` names move to just before where the name
        ** at icontrol was: stores[r:r+k] + stores[:r] + stores[r+k:]. */
        ssize_t rotations = istores + 1, k = icontrol - istores;
        TyObject **items = ((TyList *)pc->stores)->items;
        TyObject **moved = tyMem_malloc(sizeof(TyObject *) * (size_t)rotations);
        if (!moved) {
            tyErr_noMemory();
            return -1;
        }
        memcpy(moved, items, sizeof(TyObject *) * (size_t)rotations);
        memmove(items, items + rotations, sizeof(TyObject *) * (size_t)k);
        memcpy(items + k, moved, sizeof(TyObject *) * (size_t)rotations);
        tyMem_free(moved);
        while (rotations--)
            if (pattern_rotate(c, (int)icontrol + 1) < 0)
                return -1;
    }
    return 0;
}

/* After the alternatives of an or-pattern: fail when none matched, and
** otherwise move the captured values under the items the enclosing
** pattern keeps on top, adding their names to its captures. */
static int pattern_or_bind(Compiler *c, TyPattern *p, PatternContext *pc, TyObject *control,
                           int end)
{
    set_loc(c, p->loc);
    emit(c, OP_POP_TOP, 0);
    if (jump_to_fail_pop(c, pc, OP_JUMP) < 0)
        return -1;
    bind_label(c, end);
    ssize_t nstores = TY_LIST_LEN(control);
    int nrots = (int)nstores + 1 + pc->on_top + (int)TY_LIST_LEN(pc->stores);
    for (ssize_t i = 0; i < nstores; i++) {
        TyObject *name = TY_LIST_GET(control, i);
        if (pattern_rotate(c, nrots) < 0)
            return -1;
        if (name_index(pc->stores, name) >= 0)
            return pattern_error(c, c->u->loc, "multiple assignments to name %s in pattern", name);
        if (tyList_append(pc->stores, name) < 0)
            return -1;
    }
    emit(c, OP_POP_TOP, 0);
    return 0;
}

static int compile_pattern_or(Compiler *c, TyPattern *p, PatternContext *pc)
{
    int end = new_label(c);
    PatternContext old = *pc;
    TyObject *control = NULL;
    int r = -1;
    pc->stores = NULL;
    pc->fail_pop = NULL;
    for (int i = 0; i < p->v.seq.patterns.n; i++) {
        TyPattern *alt = p->v.seq.patterns.items[i];
        set_loc(c, alt->loc);
        TY_XSETREF(pc->stores, tyList_new(0));
        if (!pc->stores)
            goto done;
        pc->allow_irrefutable = i == p->v.seq.patterns.n - 1 && old.allow_irrefutable;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        emit(c, OP_COPY, 1);
        if (compile_pattern(c, alt, pc) < 0)
            goto done;
        if (i == 0) {
            control = TY_NEWREF(pc->stores);
        } else {
            int diff = pattern_or_align(c, pc, control);
            if (diff < 0)
                goto done;
            if (diff) {
                compiler_error(c, c->u->loc, "alternative patterns bind different names");
                goto done;
            }
        }
        emit_jump(c, OP_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    TY_CLEAR(pc->stores);
    *pc = old;
    r = pattern_or_bind(c, p, pc, control, end);
    TY_DECREF(control);
    return r;
done:
    tyMem_free(pc->fail_pop);
    TY_XDECREF(pc->stores);
    TY_XDECREF(control);
    *pc = old;
    return r;
}

static int compile_pattern(Compiler *c, TyPattern *p, PatternContext *pc)
{
    set_loc(c, p->loc);
    switch (p->kind) {
    case TY_PAT_VALUE:
        if (!match_value_expr(c, p->v.value.value))
            return tyErr_occurred() ? -1 : compiler_error(c, p->loc,
                "patterns may only match literals and attribute lookups");
        if (compile_expr(c, p->v.value.value) < 0)
            return -1;
        emit(c, OP_COMPARE_OP, TY_EQ);
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case TY_PAT_SINGLETON:
        emit_const(c, p->v.value.constant);
        emit(c, OP_IS_OP, 0);
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case TY_PAT_SEQUENCE:
        return compile_pattern_sequence(c, p, pc);
    case TY_PAT_MAPPING:
        return compile_pattern_mapping(c, p, pc);
    case TY_PAT_CLASS:
        return compile_pattern_class(c, p, pc);
    case TY_PAT_STAR:
        return pattern_store_name(c, p->v.star.name, pc);
    case TY_PAT_AS:
        return compile_pattern_as(c, p, pc);
    case TY_PAT_OR:
        return compile_pattern_or(c, p, pc);
    }
    return 0;
}

/*
** match subject: case pattern [if guard]: body ... as CPython 3.11
** compiles it: the subject is copied for every case but the last; a
** pattern leaves the values it captures on the stack and binds them all
** once it has matched (so a failed pattern binds nothing), before the
** guard; a trailing `case _:` costs nothing.
*/
static int compile_match(Compiler *c, TyStmt *s)
{
    TyMatchCaseSeq *cases = &s->v.match.cases;
    int n = cases->n, end = new_label(c);
    if (compile_expr(c, s->v.match.subject) < 0)
        return -1;
    TyMatchCase *last = cases->items[n - 1];
    bool has_default = n > 1 && is_wildcard(last->pattern);
    for (int i = 0; i < n - has_default; i++) {
        TyMatchCase *m = cases->items[i];
        PatternContext pc = { tyList_new(0), m->guard || i == n - 1, NULL, 0, 0 };
        bool last_tested = i == n - has_default - 1;
        int r = pc.stores ? 0 : -1;
        set_loc(c, m->pattern->loc);
        if (r == 0 && !last_tested)
            emit(c, OP_COPY, 1);
        if (r == 0)
            r = compile_pattern(c, m->pattern, &pc);
        for (ssize_t k = 0; r == 0 && k < TY_LIST_LEN(pc.stores); k++)
            r = compile_name(c, TY_LIST_GET(pc.stores, k), NAME_STORE);
        if (r == 0 && m->guard) {
            r = ensure_fail_pop(c, &pc, 0);
            if (r == 0)
                r = compile_jump_if(c, m->guard, pc.fail_pop[0], false);
        }
        if (r == 0 && !last_tested)
            emit(c, OP_POP_TOP, 0);
        if (r == 0)
            r = compile_body(c, &m->body);
        if (r == 0)
            emit_jump(c, OP_JUMP, end);
        set_loc(c, m->pattern->loc);
        emit_and_reset_fail_pop(c, &pc);
        TY_XDECREF(pc.stores);
        if (r < 0)
            return -1;
    }
    if (has_default) {
        set_loc(c, last->pattern->loc);
        emit(c, n == 1 ? OP_POP_TOP : OP_NOP, 0);
        if (last->guard && compile_jump_if(c, last->guard, end, false) < 0)
            return -1;
        if (compile_body(c, &last->body) < 0)
            return -1;
    }
    bind_label(c, end);
    return 0;
}

/*
** Where the `return None` that ends a body after `last` is placed: on
** the line of the instruction before it after a simple statement, and on
** no line (0) after a compound one, which it is reached from by several
** paths.  CPython gives such a return the line of each path's last
** instruction (it duplicates the block); a trace function sees the line of
** the path taken (trace.c), and no 'line' event of its own.
*/
static TyLoc implicit_return_loc(Compiler *c, TyStmt *last)
{
    switch (last->kind) {
    case TY_STMT_FOR:
    case TY_STMT_WHILE:
    case TY_STMT_IF:
    case TY_STMT_WITH:
    case TY_STMT_TRY:
    case TY_STMT_MATCH:
        return NO_LINE;
    default: {
        int line = c->u->n ? c->u->pos[c->u->n - 1].line : last->loc.line;
        return (TyLoc){ line, -1, line, -1 };
    }
    }
}

static int compile_stmt_inner(Compiler *c, TyStmt *s)
{
    set_loc(c, s->loc);
    switch (s->kind) {
    case TY_STMT_MATCH:
        return compile_match(c, s);
    case TY_STMT_FUNCTIONDEF:
        return compile_funcdef(c, s);
    case TY_STMT_CLASSDEF:
        return compile_classdef(c, s);
    case TY_STMT_RETURN:
        return compile_return(c, s);
    case TY_STMT_DELETE:
        return compile_delete(c, s);
    case TY_STMT_ASSIGN:
        return compile_assign(c, s);
    case TY_STMT_AUGASSIGN:
        return compile_augassign(c, s);
    case TY_STMT_ANNASSIGN:
        return compile_annassign(c, s);
    case TY_STMT_FOR:
        return compile_for(c, s);
    case TY_STMT_WHILE:
        return compile_while(c, s);
    case TY_STMT_IF:
        return compile_if(c, s);
    case TY_STMT_WITH:
        return compile_with_items(c, s, 0);
    case TY_STMT_RAISE:
        return compile_raise(c, s);
    case TY_STMT_TRY:
        /* The `try` line's own instruction (CPython's SETUP_FINALLY, a NOP
        ** once assembled): a trace function sees the line. */
        emit(c, OP_NOP, 0);
        if (s->v.try_.finalbody.n)
            return compile_try_finally(c, s);
        return s->v.try_.star ? compile_try_star_except(c, s) : compile_try_except(c, s);
    case TY_STMT_ASSERT:
        return compile_assert(c, s);
    case TY_STMT_IMPORT:
        return compile_import(c, s);
    case TY_STMT_IMPORTFROM:
        return compile_importfrom(c, s);
    case TY_STMT_GLOBAL:
    case TY_STMT_NONLOCAL:
        return 0;
    case TY_STMT_PASS:
        /* An instruction of its own, as CPython's, so that its line is
        ** traced. */
        emit(c, OP_NOP, 0);
        return 0;
    case TY_STMT_BREAK:
        return compile_break_continue(c, s, true);
    case TY_STMT_CONTINUE:
        return compile_break_continue(c, s, false);
    case TY_STMT_EXPR: {
        TyExpr *v = s->v.expr.value;
        if (c->mode == TY_MODE_SINGLE && c->u->is_module) {
            if (compile_expr(c, v) < 0)
                return -1;
            set_loc(c, s->loc);
            emit(c, OP_PRINT_EXPR, 0);
            return 0;
        }
        if (v->kind == TY_EXPR_CONSTANT) {
            /* Nothing to evaluate, but its line is traced (as `pass`). */
            emit(c, OP_NOP, 0);
            return 0;
        }
        if (compile_expr(c, v) < 0)
            return -1;
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    }
    return 0;
}

static int compile_stmt(Compiler *c, TyStmt *s)
{
    if (++c->nesting > MAX_NESTING) {
        c->nesting--;
        return compiler_error(c, s->loc, "too many statically nested blocks");
    }
    int r = compile_stmt_inner(c, s);
    c->nesting--;
    return r < 0 || c->failed ? -1 : 0;
}

static int compile_body(Compiler *c, TyStmtSeq *body)
{
    for (int i = 0; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0)
            return -1;
    return 0;
}

/* Does a module or class body hold an annotated assignment anywhere
** outside a nested scope (CPython's find_ann)?  Then it sets up
** __annotations__, even when only an attribute is annotated. */
static bool has_annotations(TyStmtSeq *body)
{
    for (int i = 0; i < body->n; i++) {
        TyStmt *s = body->items[i];
        if (s->kind == TY_STMT_ANNASSIGN)
            return true;
        TyStmtSeq *nested[4] = { NULL };
        int nn = 0;
        switch (s->kind) {
        case TY_STMT_FOR: case TY_STMT_WHILE:
            nested[nn++] = &s->v.loop.body;
            nested[nn++] = &s->v.loop.orelse;
            break;
        case TY_STMT_IF:
            nested[nn++] = &s->v.if_.body;
            nested[nn++] = &s->v.if_.orelse;
            break;
        case TY_STMT_WITH:
            nested[nn++] = &s->v.with.body;
            break;
        case TY_STMT_TRY:
            nested[nn++] = &s->v.try_.body;
            nested[nn++] = &s->v.try_.orelse;
            nested[nn++] = &s->v.try_.finalbody;
            for (int h = 0; h < s->v.try_.handlers.n; h++)
                if (has_annotations(&s->v.try_.handlers.items[h]->body))
                    return true;
            break;
        default:
            break;
        }
        for (int k = 0; k < nn; k++)
            if (has_annotations(nested[k]))
                return true;
    }
    return false;
}

TyObject *tyCompile(TyModuleAST *mod, TyArena *arena, const char *filename)
{
    int flags = 0;
    return tyCompile_flags(mod, arena, filename, &flags);
}

TyObject *tyCompile_flags(TyModuleAST *mod, TyArena *arena, const char *filename, int *flags)
{
    return tyCompile_optimize(mod, arena, filename, flags, 0);
}

TyObject *tyCompile_optimize(TyModuleAST *mod, TyArena *arena, const char *filename, int *flags, int optimize)
{
    TyFuture ff;
    if (tyFuture_parse(mod, filename, &ff) < 0)
        return NULL;
    *flags |= ff.features;
    Compiler c = { 0 };
    c.future = *flags & TY_PYCF_MASK;
    c.future_lineno = ff.lineno;
    c.depth_limit = 3 * (ty_state.recursion_limit - ty_state.recursion_depth);
    c.filename = filename;
    c.arena = arena;
    c.mode = mod->mode;
    c.optimize = optimize;
    c.st = tySymtable_build(mod, arena, filename, c.future);
    if (!c.st)
        return NULL;
    c.const_cache = tyDict_new();
    if (!c.const_cache)
        return NULL;
    TyObject *code = NULL;
    if (enter_unit(&c, c.st->top, 1) < 0)
        goto done;
    if (mod->mode == TY_MODE_EVAL) {
        set_loc(&c, mod->expr->loc);
        if (compile_expr(&c, mod->expr) < 0)
            goto fail;
        emit(&c, OP_RETURN_VALUE, 0);
    } else {
        if (has_annotations(&mod->body))
            emit(&c, OP_SETUP_ANNOTATIONS, 0);
        TyObject *doc = mod->mode == TY_MODE_FILE ? docstring_of(&c, &mod->body) : NULL;
        int start = 0;
        if (doc) {
            int idx = add_name(&c, TY_ID(__doc__));
            set_loc(&c, mod->body.items[0]->loc);
            emit_const(&c, doc);
            emit(&c, OP_STORE_NAME, idx);
            start = 1;
        }
        for (int i = start; i < mod->body.n; i++)
            if (compile_stmt(&c, mod->body.items[i]) < 0)
                goto fail;
        if (mod->body.n)
            set_loc(&c, implicit_return_loc(&c, mod->body.items[mod->body.n - 1]));
        emit_const(&c, TY_NONE);
        emit(&c, OP_RETURN_VALUE, 0);
    }
    code = assemble(&c);
fail:
    while (c.u)
        leave_unit(&c);
done:
    TY_DECREF(c.const_cache);
    return code;
}
