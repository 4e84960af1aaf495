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
** TY_OPCODES(X) expands X(NAME, has_arg) for each instruction; the enum,
** the name table, the disassembler and the dispatch table of vm.c are all
** generated from it.  To add an instruction: add a line here, a case in
** vm.c (the build fails without one), and its stack effect in
** compiler.c's stack_effect().
*/
#ifndef TY_OPCODES_H
#define TY_OPCODES_H

#define TY_OPCODES(X)                                                          \
    X(NOP, 0)                  /* */                                         \
    X(POP_TOP, 0)              /* [x] -> [] */                               \
    X(PUSH_NULL, 0)            /* [] -> [NULL] */                            \
    X(COPY, 1)                 /* [.. x (arg-1 others)] -> [.. x .. x] */    \
    X(SWAP, 1)                 /* swap top with the arg-th item */           \
    X(LOAD_CONST, 1)           /* [] -> [consts[arg]] */                     \
    X(LOAD_FAST, 1)            /* [] -> [local arg]; UnboundLocalError */    \
    X(STORE_FAST, 1)           /* [x] -> []; local arg = x */                \
    X(DELETE_FAST, 1)          /* local arg = NULL */                        \
    X(MAKE_CELL, 1)            /* local arg becomes a cell holding it */     \
    X(COPY_FREE_VARS, 1)       /* the last arg slots = the closure cells */  \
    X(LOAD_CLOSURE, 1)         /* [] -> [the cell in slot arg] */            \
    X(LOAD_DEREF, 1)           /* [] -> [contents of the cell in slot arg] */\
    X(LOAD_CLASSDEREF, 1)      /* class body: locals dict, then the cell */  \
    X(STORE_DEREF, 1)          /* [x] -> [] */                               \
    X(DELETE_DEREF, 1)         /* */                                         \
    X(LOAD_GLOBAL, 1)          /* [] -> [NULL?, g]: names[arg>>1], NULL first if arg&1 */ \
    X(STORE_GLOBAL, 1)         /* [x] -> [] */                               \
    X(DELETE_GLOBAL, 1)        /* */                                         \
    X(LOAD_NAME, 1)            /* locals, globals, builtins */               \
    X(STORE_NAME, 1)           /* [x] -> [] into locals */                   \
    X(DELETE_NAME, 1)          /* */                                         \
    X(LOAD_ATTR, 1)            /* [o] -> [o.names[arg]] */                   \
    X(STORE_ATTR, 1)           /* [v o] -> []; o.names[arg] = v */           \
    X(DELETE_ATTR, 1)          /* [o] -> [] */                               \
    X(LOAD_METHOD, 1)          /* [o] -> [meth o] or [NULL attr] */          \
    X(BINARY_OP, 1)            /* [a b] -> [a op b]; arg = TY_BINOP_* (+COUNT: in place) */ \
    X(UNARY_OP, 1)             /* [a] -> [op a]; arg = TY_UNOP_* */          \
    X(UNARY_NOT, 0)            /* [a] -> [not a] */                          \
    X(COMPARE_OP, 1)           /* [a b] -> [a cmp b]; arg = TY_LT.. */       \
    X(IS_OP, 1)                /* [a b] -> [a is b] (arg 1: is not) */       \
    X(CONTAINS_OP, 1)          /* [a b] -> [a in b] (arg 1: not in) */       \
    X(BINARY_SUBSCR, 0)        /* [o k] -> [o[k]] */                         \
    X(STORE_SUBSCR, 0)         /* [v o k] -> []; o[k] = v */                 \
    X(DELETE_SUBSCR, 0)        /* [o k] -> [] */                             \
    X(BUILD_SLICE, 1)          /* [a b (c)] -> [slice]; arg 2 or 3 */        \
    X(BUILD_TUPLE, 1)          /* [x1..xn] -> [tuple] */                     \
    X(BUILD_LIST, 1)           /* [x1..xn] -> [list] */                      \
    X(BUILD_SET, 1)            /* [x1..xn] -> [set] */                       \
    X(BUILD_MAP, 1)            /* [k1 v1 .. kn vn] -> [dict] */              \
    X(BUILD_CONST_KEY_MAP, 1)  /* [v1..vn keys] -> [dict] */                 \
    X(BUILD_STRING, 1)         /* [s1..sn] -> [concatenation] */             \
    X(LIST_APPEND, 1)          /* [.. list(arg below) .. x] -> [..] */       \
    X(SET_ADD, 1)              /* */                                         \
    X(MAP_ADD, 1)              /* [.. dict .. k v] */                        \
    X(LIST_EXTEND, 1)          /* [.. list .. it] */                         \
    X(SET_UPDATE, 1)           /* */                                         \
    X(DICT_UPDATE, 1)          /* */                                         \
    X(DICT_MERGE, 1)           /* like DICT_UPDATE; duplicate keys raise */  \
    X(LIST_TO_TUPLE, 0)        /* [list] -> [tuple] */                       \
    X(UNPACK_SEQUENCE, 1)      /* [seq] -> [xn .. x1] */                     \
    X(UNPACK_EX, 1)            /* a, *b, c: arg = before | after << 8 */     \
    X(JUMP, 1)                 /* to arg; a backward jump is a safe point */ \
    X(POP_JUMP_IF_FALSE, 1)    /* [x] -> [] */                               \
    X(POP_JUMP_IF_TRUE, 1)     /* [x] -> [] */                               \
    X(POP_JUMP_IF_NONE, 1)     /* [x] -> [] */                               \
    X(POP_JUMP_IF_NOT_NONE, 1) /* [x] -> [] */                               \
    X(JUMP_IF_FALSE_OR_POP, 1) /* keep x and jump if false, else pop */      \
    X(JUMP_IF_TRUE_OR_POP, 1)  /* */                                         \
    X(GET_ITER, 0)             /* [o] -> [iter(o)] */                        \
    X(FOR_ITER, 1)             /* [it] -> [it x], or pop it and jump to arg */ \
    X(KW_NAMES, 1)             /* the next CALL's keyword names: consts[arg] */ \
    X(CALL, 1)                 /* [meth|NULL, self|f, args..] -> [result] */ \
    X(CALL_FUNCTION_EX, 1)     /* [NULL, f, argstuple, (kwdict if arg&1)] -> [r] */ \
    X(MAKE_FUNCTION, 1)        /* [defaults? kwdefaults? closure? code] -> [fn] */ \
    X(RETURN_VALUE, 0)         /* [x] -> return x */                         \
    X(RAISE_VARARGS, 1)        /* raise / raise e / raise e from c */        \
    X(RERAISE, 0)              /* [exc] -> re-raise exc (no new traceback entry) */ \
    X(PUSH_EXC_INFO, 0)        /* [exc] -> [prev exc]; exc is now handled */ \
    X(POP_EXCEPT, 0)           /* [prev] -> []; prev is handled again */     \
    X(CHECK_EXC_MATCH, 0)      /* [exc type] -> [exc bool] */                \
    X(LOAD_ASSERTION_ERROR, 0) /* [] -> [AssertionError] */                  \
    X(IMPORT_NAME, 1)          /* [level fromlist] -> [module] */            \
    X(IMPORT_FROM, 1)          /* [module] -> [module attr] */               \
    X(IMPORT_STAR, 0)          /* [module] -> [] */                          \
    X(FORMAT_VALUE, 1)         /* [x (spec if arg&4)] -> [str]; arg&3: !s !r !a */ \
    X(LOAD_BUILD_CLASS, 0)     /* [] -> [builtins.__build_class__] */        \
    X(SETUP_ANNOTATIONS, 0)    /* __annotations__ = {} in locals if missing */ \
    X(BEFORE_WITH, 0)          /* [mgr] -> [exit enter()] */                 \
    X(WITH_EXCEPT_START, 0)    /* [exit lasti prev exc] -> [.. exit(type, exc, tb)] */ \
    X(GET_YIELD_FROM_ITER, 0)  /* [o] -> [iter(o)] (generators pass through) */ \
    X(SEND, 1)                 /* [recv v] -> [recv yielded] or [r] + jump to arg */ \
    X(YIELD_VALUE, 0)          /* [x] -> [sent value] */                     \
    X(PRINT_EXPR, 0)           /* [x] -> []: the REPL's echo */              \
    X(LOAD_LOCALS, 0)          /* [] -> [locals dict] */                     \
    X(GET_AWAITABLE, 1)        /* [o] -> [iterator of `await o`]; arg 1/2: from __aenter__/__aexit__ */ \
    X(GET_AITER, 0)            /* [o] -> [o.__aiter__()] */                  \
    X(GET_ANEXT, 0)            /* [aiter] -> [aiter awaitable-of-next] */    \
    X(END_ASYNC_FOR, 0)        /* [aiter exc] -> []: StopAsyncIteration ends the loop, else re-raise */ \
    X(BEFORE_ASYNC_WITH, 0)    /* [mgr] -> [aexit aenter()] */               \
    X(ASYNC_GEN_WRAP, 0)       /* [x] -> [x marked as an async generator's own yield] */ \
    X(LOAD_FAST__LOAD_FAST, 1) /* LOAD_FAST arg; the next (LOAD_FAST) too */ \
    X(LOAD_FAST__LOAD_CONST, 1) /* LOAD_FAST arg; the next (LOAD_CONST) too */ \
    X(STORE_FAST__LOAD_FAST, 1) /* STORE_FAST arg; the next (LOAD_FAST) too */ \
    X(STORE_FAST__STORE_FAST, 1) /* STORE_FAST arg; the next too */          \
    X(LOAD_CONST__LOAD_FAST, 1) /* LOAD_CONST arg; the next (LOAD_FAST) too */ \
    X(GET_LEN, 0)              /* [o] -> [o len(o)] */                       \
    X(MATCH_MAPPING, 0)        /* [o] -> [o is-a-mapping] */                 \
    X(MATCH_SEQUENCE, 0)       /* [o] -> [o is-a-sequence] */                \
    X(MATCH_KEYS, 0)           /* [o keys] -> [o keys values-or-None] */     \
    X(MATCH_CLASS, 1)          /* [o cls names] -> [attrs-or-None]; arg: positional count */ \
    X(CHECK_EG_MATCH, 0)       /* [exc type] -> [rest match], or [exc None]; match is handled */ \
    X(PREP_RERAISE_STAR, 0)    /* [orig list] -> [exception to re-raise, or None] */

typedef enum {
#define TY_X_(name, has_arg) OP_##name,
    TY_OPCODES(TY_X_)
#undef TY_X_
    TY_OPCODE_COUNT
} TyOpcode;

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
