/*
** opcodes.h — every bytecode instruction, listed once.
**
** An instruction is one 32-bit word: the opcode in the low 8 bits and the
** argument in the high 24.  Jump arguments are absolute instruction
** indices.  Stack notation: [before] -> [after], top on the right.
**
** The pairs NAME__NAME are superinstructions the assembler puts in place
** of the first of two common neighbours: they do both and skip the second,
** which stays in place as a jump target and for the line table.
**
** TY_OPCODES(X) expands X(NAME, has_arg, effect, taken) for each
** instruction.  `effect` is the change in stack depth when execution goes
** on to the next instruction: a number, or a TY_SE_* rule when it depends
** on the argument.  `taken` is the change when the instruction jumps to its
** argument, or TY_NOJUMP for an instruction that never does.  A
** superinstruction counts only its first half: the second half's word stays
** in the code and is counted as an instruction of its own.  The enum, the
** name table, the disassembler, the assembler's stack-depth analysis
** (assemble.c) and the dispatch table of vm.c are all generated from the
** list.  To add an instruction: add a line here and a case in vm.c (the
** build fails without one).
*/
#ifndef TY_OPCODES_H
#define TY_OPCODES_H

/* The `taken` column of an instruction that never jumps. */
#define TY_NOJUMP 1000

/* Stack effects that depend on the argument (tyAsm_stackEffect applies
** them); above every literal effect, so a lookup can tell them apart. */
enum {
    TY_SE_RULES = 2000,
    TY_SE_NULL_BIT,       /* 1, or 2 when arg&1 asks for a NULL first */
    TY_SE_ITEMS,          /* arg items become one: 1 - arg */
    TY_SE_PAIRS,          /* arg key/value pairs become one: 1 - 2*arg */
    TY_SE_KEYS,           /* arg values and the keys tuple become one: -arg */
    TY_SE_UNPACK,         /* one sequence becomes arg items: arg - 1 */
    TY_SE_UNPACK_EX,      /* one becomes before + the list + after */
    TY_SE_CALL,           /* callable, self-or-NULL and arg arguments become one */
    TY_SE_CALL_EX,        /* NULL, callable, tuple (and dict if arg&1) become one */
    TY_SE_MAKE_FUNCTION,  /* one popped per TY_MKFN_* flag */
    TY_SE_RAISE,          /* arg operands popped */
    TY_SE_FORMAT,         /* the spec (arg&4) is popped too */
};

#define TY_OPCODES(X)                                                          \
    X(NOP, 0, 0, TY_NOJUMP)                           /* */                                     \
    X(POP_TOP, 0, -1, TY_NOJUMP)                      /* [x] -> [] */                           \
    X(PUSH_NULL, 0, 1, TY_NOJUMP)                     /* [] -> [NULL] */                        \
    X(COPY, 1, 1, TY_NOJUMP)                          /* [.. x (arg-1 others)] -> [.. x .. x] */ \
    X(SWAP, 1, 0, TY_NOJUMP)                          /* swap top with the arg-th item */       \
    X(LOAD_CONST, 1, 1, TY_NOJUMP)                    /* [] -> [consts[arg]] */                 \
    X(LOAD_FAST, 1, 1, TY_NOJUMP)                     /* [] -> [local arg]; UnboundLocalError */ \
    X(STORE_FAST, 1, -1, TY_NOJUMP)                   /* [x] -> []; local arg = x */            \
    X(DELETE_FAST, 1, 0, TY_NOJUMP)                   /* local arg = NULL */                    \
    X(MAKE_CELL, 1, 0, TY_NOJUMP)                     /* local arg becomes a cell holding it */ \
    X(COPY_FREE_VARS, 1, 0, TY_NOJUMP)                /* the last arg slots = the closure cells */ \
    X(LOAD_CLOSURE, 1, 1, TY_NOJUMP)                  /* [] -> [the cell in slot arg] */        \
    X(LOAD_DEREF, 1, 1, TY_NOJUMP)                    /* [] -> [contents of the cell in slot arg] */ \
    X(LOAD_CLASSDEREF, 1, 1, TY_NOJUMP)               /* class body: locals dict, then the cell */ \
    X(STORE_DEREF, 1, -1, TY_NOJUMP)                  /* [x] -> [] */                           \
    X(DELETE_DEREF, 1, 0, TY_NOJUMP)                  /* */                                     \
    X(LOAD_GLOBAL, 1, TY_SE_NULL_BIT, TY_NOJUMP)      /* [] -> [NULL?, g]: names[arg>>1], NULL first if arg&1 */ \
    X(STORE_GLOBAL, 1, -1, TY_NOJUMP)                 /* [x] -> [] */                           \
    X(DELETE_GLOBAL, 1, 0, TY_NOJUMP)                 /* */                                     \
    X(LOAD_NAME, 1, 1, TY_NOJUMP)                     /* locals, globals, builtins */           \
    X(STORE_NAME, 1, -1, TY_NOJUMP)                   /* [x] -> [] into locals */               \
    X(DELETE_NAME, 1, 0, TY_NOJUMP)                   /* */                                     \
    X(LOAD_ATTR, 1, 0, TY_NOJUMP)                     /* [o] -> [o.names[arg]] */               \
    X(STORE_ATTR, 1, -2, TY_NOJUMP)                   /* [v o] -> []; o.names[arg] = v */       \
    X(DELETE_ATTR, 1, -1, TY_NOJUMP)                  /* [o] -> [] */                           \
    X(LOAD_METHOD, 1, 1, TY_NOJUMP)                   /* [o] -> [meth o] or [NULL attr] */      \
    X(BINARY_OP, 1, -1, TY_NOJUMP)                    /* [a b] -> [a op b]; arg = TY_BINOP_* (+COUNT: in place) */ \
    X(UNARY_OP, 1, 0, TY_NOJUMP)                      /* [a] -> [op a]; arg = TY_UNOP_* */      \
    X(UNARY_NOT, 0, 0, TY_NOJUMP)                     /* [a] -> [not a] */                      \
    X(COMPARE_OP, 1, -1, TY_NOJUMP)                   /* [a b] -> [a cmp b]; arg = TY_LT.. */   \
    X(IS_OP, 1, -1, TY_NOJUMP)                        /* [a b] -> [a is b] (arg 1: is not) */   \
    X(CONTAINS_OP, 1, -1, TY_NOJUMP)                  /* [a b] -> [a in b] (arg 1: not in) */   \
    X(BINARY_SUBSCR, 0, -1, TY_NOJUMP)                /* [o k] -> [o[k]] */                     \
    X(STORE_SUBSCR, 0, -3, TY_NOJUMP)                 /* [v o k] -> []; o[k] = v */             \
    X(DELETE_SUBSCR, 0, -2, TY_NOJUMP)                /* [o k] -> [] */                         \
    X(BUILD_SLICE, 1, TY_SE_ITEMS, TY_NOJUMP)         /* [a b (c)] -> [slice]; arg 2 or 3 */    \
    X(BUILD_TUPLE, 1, TY_SE_ITEMS, TY_NOJUMP)         /* [x1..xn] -> [tuple] */                 \
    X(BUILD_LIST, 1, TY_SE_ITEMS, TY_NOJUMP)          /* [x1..xn] -> [list] */                  \
    X(BUILD_SET, 1, TY_SE_ITEMS, TY_NOJUMP)           /* [x1..xn] -> [set] */                   \
    X(BUILD_MAP, 1, TY_SE_PAIRS, TY_NOJUMP)           /* [k1 v1 .. kn vn] -> [dict] */          \
    X(BUILD_CONST_KEY_MAP, 1, TY_SE_KEYS, TY_NOJUMP)  /* [v1..vn keys] -> [dict] */             \
    X(BUILD_STRING, 1, TY_SE_ITEMS, TY_NOJUMP)        /* [s1..sn] -> [concatenation] */         \
    X(LIST_APPEND, 1, -1, TY_NOJUMP)                  /* [.. list(arg below) .. x] -> [..] */   \
    X(SET_ADD, 1, -1, TY_NOJUMP)                      /* */                                     \
    X(MAP_ADD, 1, -2, TY_NOJUMP)                      /* [.. dict .. k v] */                    \
    X(LIST_EXTEND, 1, -1, TY_NOJUMP)                  /* [.. list .. it] */                     \
    X(SET_UPDATE, 1, -1, TY_NOJUMP)                   /* */                                     \
    X(DICT_UPDATE, 1, -1, TY_NOJUMP)                  /* */                                     \
    X(DICT_MERGE, 1, -1, TY_NOJUMP)                   /* like DICT_UPDATE; duplicate keys raise */ \
    X(LIST_TO_TUPLE, 0, 0, TY_NOJUMP)                 /* [list] -> [tuple] */                   \
    X(UNPACK_SEQUENCE, 1, TY_SE_UNPACK, TY_NOJUMP)    /* [seq] -> [xn .. x1] */                 \
    X(UNPACK_EX, 1, TY_SE_UNPACK_EX, TY_NOJUMP)       /* a, *b, c: arg = before | after << 8 */ \
    X(JUMP, 1, 0, 0)                                  /* to arg; a backward jump is a safe point */ \
    X(POP_JUMP_IF_FALSE, 1, -1, -1)                   /* [x] -> [] */                           \
    X(POP_JUMP_IF_TRUE, 1, -1, -1)                    /* [x] -> [] */                           \
    X(POP_JUMP_IF_NONE, 1, -1, -1)                    /* [x] -> [] */                           \
    X(POP_JUMP_IF_NOT_NONE, 1, -1, -1)                /* [x] -> [] */                           \
    X(JUMP_IF_FALSE_OR_POP, 1, -1, 0)                 /* keep x and jump if false, else pop */  \
    X(JUMP_IF_TRUE_OR_POP, 1, -1, 0)                  /* */                                     \
    X(GET_ITER, 0, 0, TY_NOJUMP)                      /* [o] -> [iter(o)] */                    \
    X(FOR_ITER, 1, 1, -1)                             /* [it] -> [it x], or pop it and jump to arg */ \
    X(KW_NAMES, 1, 0, TY_NOJUMP)                      /* the next CALL's keyword names: consts[arg] */ \
    X(CALL, 1, TY_SE_CALL, TY_NOJUMP)                 /* [meth|NULL, self|f, args..] -> [result] */ \
    X(CALL_FUNCTION_EX, 1, TY_SE_CALL_EX, TY_NOJUMP)  /* [NULL, f, argstuple, (kwdict if arg&1)] -> [r] */ \
    X(MAKE_FUNCTION, 1, TY_SE_MAKE_FUNCTION, TY_NOJUMP)/* [defaults? kwdefaults? closure? code] -> [fn] */ \
    X(RETURN_VALUE, 0, -1, TY_NOJUMP)                 /* [x] -> return x */                     \
    X(RAISE_VARARGS, 1, TY_SE_RAISE, TY_NOJUMP)       /* raise / raise e / raise e from c */    \
    X(RERAISE, 1, -1, TY_NOJUMP)                      /* [exc] -> re-raise exc (no new traceback entry); arg 1: a
                                                         frame it leaves shows where exc was raised in it */ \
    X(PUSH_EXC_INFO, 0, 1, TY_NOJUMP)                 /* [exc] -> [prev exc]; exc is now handled */ \
    X(POP_EXCEPT, 0, -1, TY_NOJUMP)                   /* [prev] -> []; prev is handled again */ \
    X(CHECK_EXC_MATCH, 0, 0, TY_NOJUMP)               /* [exc type] -> [exc bool] */            \
    X(LOAD_ASSERTION_ERROR, 0, 1, TY_NOJUMP)          /* [] -> [AssertionError] */              \
    X(IMPORT_NAME, 1, -1, TY_NOJUMP)                  /* [level fromlist] -> [module] */        \
    X(IMPORT_FROM, 1, 1, TY_NOJUMP)                   /* [module] -> [module attr] */           \
    X(IMPORT_STAR, 0, -1, TY_NOJUMP)                  /* [module] -> [] */                      \
    X(FORMAT_VALUE, 1, TY_SE_FORMAT, TY_NOJUMP)       /* [x (spec if arg&4)] -> [str]; arg&3: !s !r !a */ \
    X(LOAD_BUILD_CLASS, 0, 1, TY_NOJUMP)              /* [] -> [builtins.__build_class__] */    \
    X(SETUP_ANNOTATIONS, 0, 0, TY_NOJUMP)             /* __annotations__ = {} in locals if missing */ \
    X(BEFORE_WITH, 0, 1, TY_NOJUMP)                   /* [mgr] -> [exit enter()] */             \
    X(WITH_EXCEPT_START, 0, 1, TY_NOJUMP)             /* [exit lasti prev exc] -> [.. exit(type, exc, tb)] */ \
    X(GET_YIELD_FROM_ITER, 0, 0, TY_NOJUMP)           /* [o] -> [iter(o)] (generators pass through) */ \
    X(SEND, 1, 0, -1)                                 /* [recv v] -> [recv yielded] or [r] + jump to arg */ \
    X(YIELD_VALUE, 0, 0, TY_NOJUMP)                   /* [x] -> [sent value] */                 \
    X(PRINT_EXPR, 0, -1, TY_NOJUMP)                   /* [x] -> []: the REPL's echo */          \
    X(LOAD_LOCALS, 0, 1, TY_NOJUMP)                   /* [] -> [locals dict] */                 \
    X(GET_AWAITABLE, 1, 0, TY_NOJUMP)                 /* [o] -> [iterator of `await o`]; arg 1/2: from __aenter__/__aexit__ */ \
    X(GET_AITER, 0, 0, TY_NOJUMP)                     /* [o] -> [o.__aiter__()] */              \
    X(GET_ANEXT, 0, 1, TY_NOJUMP)                     /* [aiter] -> [aiter awaitable-of-next] */ \
    X(END_ASYNC_FOR, 0, -2, TY_NOJUMP)                /* [aiter exc] -> []: StopAsyncIteration ends the loop, else re-raise */ \
    X(BEFORE_ASYNC_WITH, 0, 1, TY_NOJUMP)             /* [mgr] -> [aexit aenter()] */           \
    X(ASYNC_GEN_WRAP, 0, 0, TY_NOJUMP)                /* [x] -> [x marked as an async generator's own yield] */ \
    X(LOAD_FAST__LOAD_FAST, 1, 1, TY_NOJUMP)          /* LOAD_FAST arg; the next (LOAD_FAST) too */ \
    X(LOAD_FAST__LOAD_CONST, 1, 1, TY_NOJUMP)         /* LOAD_FAST arg; the next (LOAD_CONST) too */ \
    X(STORE_FAST__LOAD_FAST, 1, -1, TY_NOJUMP)        /* STORE_FAST arg; the next (LOAD_FAST) too */ \
    X(STORE_FAST__STORE_FAST, 1, -1, TY_NOJUMP)       /* STORE_FAST arg; the next too */        \
    X(LOAD_CONST__LOAD_FAST, 1, 1, TY_NOJUMP)         /* LOAD_CONST arg; the next (LOAD_FAST) too */ \
    X(GET_LEN, 0, 1, TY_NOJUMP)                       /* [o] -> [o len(o)] */                   \
    X(MATCH_MAPPING, 0, 1, TY_NOJUMP)                 /* [o] -> [o is-a-mapping] */             \
    X(MATCH_SEQUENCE, 0, 1, TY_NOJUMP)                /* [o] -> [o is-a-sequence] */            \
    X(MATCH_KEYS, 0, 1, TY_NOJUMP)                    /* [o keys] -> [o keys values-or-None] */ \
    X(MATCH_CLASS, 1, -2, TY_NOJUMP)                  /* [o cls names] -> [attrs-or-None]; arg: positional count */ \
    X(CHECK_EG_MATCH, 0, 0, TY_NOJUMP)                /* [exc type] -> [rest match], or [exc None]; match is handled */ \
    X(PREP_RERAISE_STAR, 0, -1, TY_NOJUMP)            /* [orig list] -> [exception to re-raise, or None] */

/*
** Specialised forms (quickening, as CPython 3.11's adaptive interpreter):
** the dispatch loop rewrites a generic instruction in place into one of
** these when its operands have the types the form is for, and the form
** rewrites itself back into its generic instruction (the second column)
** when they no longer do.  Same argument, same stack effect, same jumps.
** The compiler never writes them, and nothing outside the loop sees them:
** co_code, code comparison, marshal (so the code cache) and the
** disassembler read words through tyCode_genericWord, and a watched or
** traced instruction runs as its generic form.  X(NAME, GENERIC).
*/
#define TY_SPECIALISED(X)                                                      \
    X(BINARY_OP_FLOAT, BINARY_OP)   /* two floats; + - * / (and in place) */   \
    X(BINARY_OP_INT, BINARY_OP)     /* two small ints; + - * // % (and in place) */ \
    X(LOAD_ATTR_INSTANCE, LOAD_ATTR) /* a value stored inline in an instance of the cached class */ \
    X(LOAD_GLOBAL_MODULE, LOAD_GLOBAL) /* found in the globals, unchanged since */ \
    X(LOAD_GLOBAL_BUILTIN, LOAD_GLOBAL) /* found in the builtins; neither dict changed since */ \
    X(COMPARE_OP_INT_JUMP, COMPARE_OP) /* two small ints, a POP_JUMP_IF_FALSE/TRUE next */ \
    X(COMPARE_OP_FLOAT_JUMP, COMPARE_OP) /* two floats, a POP_JUMP_IF_FALSE/TRUE next */ \
    X(BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR) /* an exact list and an index inside it */ \
    X(BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR) /* an exact tuple and an index inside it */ \
    X(BINARY_SUBSCR_DICT, BINARY_SUBSCR) /* an exact dict */ \
    X(STORE_SUBSCR_LIST_INT, STORE_SUBSCR) /* an exact list and an index inside it */ \
    X(STORE_SUBSCR_DICT, STORE_SUBSCR) /* an exact dict */ \
    X(STORE_ATTR_INSTANCE, STORE_ATTR) /* inline in an instance of the cached class, without a __dict__ */

typedef enum {
#define TY_X_(name, has_arg, effect, taken) OP_##name,
    TY_OPCODES(TY_X_)
#undef TY_X_
    TY_GENERIC_OPCODE_COUNT,
    TY_SPECIALISED_BEFORE_ = TY_GENERIC_OPCODE_COUNT - 1,
#define TY_X_(name, generic) OP_##name,
    TY_SPECIALISED(TY_X_)
#undef TY_X_
    TY_OPCODE_COUNT
} TyOpcode;

/* The generic instruction of each opcode (itself for a generic one). */
extern const uint8_t ty_opcode_generic[TY_OPCODE_COUNT];

/* An instruction word as the compiler wrote it: a specialised form's
** opcode replaced by its generic instruction's. */
static inline uint32_t tyCode_genericWord(uint32_t word)
{
    return (word & ~(uint32_t)0xff) | ty_opcode_generic[word & 0xff];
}

#define TY_OP(word) ((int)((word) & 0xff))
#define TY_ARG(word) ((int)((word) >> 8))
#define TY_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define TY_MAX_ARG ((1 << 24) - 1)

/* Flags of MAKE_FUNCTION's argument. */
enum {
    TY_MKFN_DEFAULTS = 1,
    TY_MKFN_KWDEFAULTS = 2,
    TY_MKFN_ANNOTATIONS = 4,    /* a flat (name, value, ...) tuple */
    TY_MKFN_CLOSURE = 8,
};

extern const char *const ty_opcode_names[TY_OPCODE_COUNT];

#endif
