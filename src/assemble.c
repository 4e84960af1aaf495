/*
** assemble.c — the compiler's instruction list made into a code object.
**
** Labels become instruction indices, common neighbouring pairs become
** superinstructions, a flow analysis finds the maximum stack depth and the
** depth each exception handler cuts back to, and the code object gets its
** instructions, positions (the line table: one source span per word) and
** exception table.  Stack effects come from the opcode list (opcodes.h).
*/
#include "tally.h"
#include "assemble.h"
#include "opcodes.h"

static const int16_t op_effect[TY_GENERIC_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) effect,
    TY_OPCODES(TY_X_)
#undef TY_X_
};

static const int16_t op_taken[TY_GENERIC_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) taken,
    TY_OPCODES(TY_X_)
#undef TY_X_
};

bool tyAsm_jumps(int op)
{
    return op_taken[op] != TY_NOJUMP;
}

/* The effect of an instruction whose effect depends on its argument: the
** rule its line in opcodes.h names. */
static int rule_effect(int rule, int arg)
{
    switch (rule) {
    case TY_SE_NULL_BIT:
        return (arg & 1) ? 2 : 1;
    case TY_SE_ITEMS:
        return 1 - arg;
    case TY_SE_PAIRS:
        return 1 - 2 * arg;
    case TY_SE_KEYS:
        return -arg;
    case TY_SE_UNPACK:
        return arg - 1;
    case TY_SE_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case TY_SE_CALL:
        return -arg - 1;
    case TY_SE_CALL_EX:
        return -2 - (arg & 1);
    case TY_SE_MAKE_FUNCTION:
        return -((arg & TY_MKFN_DEFAULTS) != 0) - ((arg & TY_MKFN_KWDEFAULTS) != 0) -
               ((arg & TY_MKFN_ANNOTATIONS) != 0) - ((arg & TY_MKFN_CLOSURE) != 0);
    case TY_SE_RAISE:
        return -arg;
    case TY_SE_FORMAT:
        return (arg & 4) ? -1 : 0;
    }
    TY_ASSERT(!"a TY_SE_ rule of opcodes.h without its case here");
    return 0;
}

int tyAsm_stackEffect(int op, int arg, bool taken)
{
    if (taken) {
        TY_ASSERT(tyAsm_jumps(op));
        return op_taken[op];
    }
    int e = op_effect[op];
    return e > TY_SE_RULES ? rule_effect(e, arg) : e;
}

bool tyAsm_endsBlock(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/*
** Walk every path from the entry (and from each handler) recording the
** stack depth before each instruction; returns the maximum, or -1 when out
** of memory.  A handler's depth is the depth before the instruction emitted
** first under it (the start of its try body), taken when the walk first
** meets an instruction it covers: that instruction may be the handler of an
** inner try, where more is on the stack, while the try body's start was met
** on the way there.  Its entry has that depth plus the exception.
*/
static int compute_depths(TyAsmUnit *u, int *depth_before)
{
    int n = u->n;
    int *work = tyMem_malloc(sizeof(int) * (size_t)(n + u->nhandlers + 1) * 2);
    if (!work)
        return -1;
    int nwork = 0, maxdepth = 0;
    for (int i = 0; i < n; i++)
        depth_before[i] = -1;
#define PUSH_WORK(idx, d)                                              \
    do {                                                               \
        int ix_ = (idx), d_ = (d);                                     \
        if (ix_ < n && depth_before[ix_] < 0) {                        \
            depth_before[ix_] = d_;                                    \
            work[nwork++] = ix_;                                       \
        }                                                              \
    } while (0)
    if (n > 0)
        PUSH_WORK(0, 0);
    while (nwork > 0) {
        int i = work[--nwork];
        int d = depth_before[i];
        for (; i < n; i++) {
            if (depth_before[i] < 0)
                depth_before[i] = d;
            d = depth_before[i];
            TY_ASSERT(d >= 0);
            if (d > maxdepth)
                maxdepth = d;
            int h = u->handler_of[i];
            if (h >= 0 && u->handlers[h].depth < 0) {
                int setup = u->handlers[h].setup;
                int start = setup < n && depth_before[setup] >= 0 ? depth_before[setup] : d;
                int hd = start + u->handlers[h].adjust;
                u->handlers[h].depth = hd;
                int target = u->labels[u->handlers[h].label];
                PUSH_WORK(target, hd + 1);
                if (hd + 1 > maxdepth)
                    maxdepth = hd + 1;
            }
            int op = TY_OP(u->code[i]), arg = TY_ARG(u->code[i]);
            if (tyAsm_jumps(op)) {
                int target = arg;
                int td = d + tyAsm_stackEffect(op, arg, true);
                PUSH_WORK(target, td);
                if (td > maxdepth)
                    maxdepth = td;
            }
            if (tyAsm_endsBlock(op))
                break;
            d += tyAsm_stackEffect(op, arg, false);
            if (d > maxdepth)
                maxdepth = d;
            if (i + 1 < n && depth_before[i + 1] >= 0)
                break;
            if (i + 1 < n)
                depth_before[i + 1] = d;
        }
    }
#undef PUSH_WORK
    tyMem_free(work);
    return maxdepth;
}

static TyObject *list_to_tuple(TyObject *list)
{
    return tyTuple_fromArray(TY_LIST_ITEMS(list), TY_LIST_LEN(list));
}

/* The superinstruction for a pair of neighbouring instructions, or -1. */
static int pair_opcode(int first, int second)
{
    if (first == OP_LOAD_FAST && second == OP_LOAD_FAST)
        return OP_LOAD_FAST__LOAD_FAST;
    if (first == OP_LOAD_FAST && second == OP_LOAD_CONST)
        return OP_LOAD_FAST__LOAD_CONST;
    if (first == OP_STORE_FAST && second == OP_LOAD_FAST)
        return OP_STORE_FAST__LOAD_FAST;
    if (first == OP_STORE_FAST && second == OP_STORE_FAST)
        return OP_STORE_FAST__STORE_FAST;
    if (first == OP_LOAD_CONST && second == OP_LOAD_FAST)
        return OP_LOAD_CONST__LOAD_FAST;
    return -1;
}

/* Fuse common pairs (CPython 3.11 has the same superinstructions).  The
** second instruction stays, so jumps to it and the line table are
** unchanged; a pair is not fused across an exception-handler boundary. */
static void combine_pairs(TyAsmUnit *u)
{
    for (int i = 0; i + 1 < u->n; i++) {
        int op = pair_opcode(TY_OP(u->code[i]), TY_OP(u->code[i + 1]));
        if (op < 0 || u->handler_of[i] != u->handler_of[i + 1])
            continue;
        u->code[i] = TY_INSTR(op, TY_ARG(u->code[i]));
        i++;
    }
}

/* The exception table: runs of instructions with the same handler.
** Returns 0, or -1 with MemoryError. */
static int build_exctable(TyAsmUnit *u, TyCode *co)
{
    int nexc = 0;
    for (int i = 0; i < u->n; i++)
        if (u->handler_of[i] >= 0 && (i == 0 || u->handler_of[i - 1] != u->handler_of[i]))
            nexc++;
    if (!nexc)
        return 0;
    co->exctable = tyMem_malloc(sizeof(TyExcEntry) * (size_t)nexc);
    if (!co->exctable)
        return -1;
    int k = 0;
    for (int i = 0; i < u->n; i++) {
        int h = u->handler_of[i];
        if (h < 0)
            continue;
        if (i > 0 && u->handler_of[i - 1] == h) {
            co->exctable[k - 1].end = i + 1;
            continue;
        }
        co->exctable[k++] = (TyExcEntry){ i, i + 1, u->labels[u->handlers[h].label],
                                          u->handlers[h].depth < 0 ? 0 : u->handlers[h].depth };
    }
    co->nexc = k;
    return 0;
}

TyObject *tyAsm_build(TyAsmUnit *u)
{
    for (int i = 0; i < u->n; i++) {
        int op = TY_OP(u->code[i]);
        if (tyAsm_jumps(op))
            u->code[i] = TY_INSTR(op, u->labels[TY_ARG(u->code[i])]);
    }
    combine_pairs(u);
    int *depths = tyMem_malloc(sizeof(int) * (size_t)(u->n + 1));
    if (!depths)
        return NULL;
    int maxdepth = compute_depths(u, depths);
    tyMem_free(depths);
    if (maxdepth < 0)
        return NULL;

    TyCode *co = (TyCode *)tyObj_alloc(&TyCode_Type);
    if (!co)
        return NULL;
    co->ncode = u->n;
    co->code = tyMem_malloc(sizeof(uint32_t) * (size_t)(u->n ? u->n : 1));
    co->positions = tyMem_malloc(sizeof(TyCodePos) * (size_t)(u->n ? u->n : 1));
    int nlp = (int)TY_LIST_LEN(u->varnames);
    co->localspluskinds = tyMem_malloc((size_t)(nlp ? nlp : 1));
    co->caches = tyMem_calloc((size_t)(u->n ? u->n : 1), sizeof(TyInlineCache));
    co->consts = list_to_tuple(u->consts);
    co->names = list_to_tuple(u->names);
    co->localsplusnames = list_to_tuple(u->varnames);
    co->name = TY_NEWREF(u->name);
    co->qualname = TY_NEWREF(u->qualname);
    co->filename = tyStr_fromCStr(u->filename);
    if (!co->code || !co->positions || !co->localspluskinds || !co->caches || !co->consts || !co->names ||
        !co->localsplusnames || !co->filename) {
        TY_DECREF(co);
        return NULL;
    }
    memcpy(co->code, u->code, sizeof(uint32_t) * (size_t)u->n);
    memcpy(co->positions, u->pos, sizeof(TyCodePos) * (size_t)u->n);
    if (nlp)
        memcpy(co->localspluskinds, u->kinds, (size_t)nlp);
    co->nlocalsplus = nlp;
    co->nlocals = u->nlocals;
    co->ncells = u->ncells;
    co->nfrees = u->nfrees;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = maxdepth + 1;
    co->flags = u->flags;
    co->firstlineno = u->firstlineno;
    if (build_exctable(u, co) < 0) {
        TY_DECREF(co);
        return NULL;
    }
    return (TyObject *)co;
}
