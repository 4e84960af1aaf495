/*
** code.h — code objects: the compiled form of a module, function, class
** body, lambda or comprehension.
**
** Variables of a function live in `localsplus`, in this order: the plain
** locals (arguments first), then the cell variables that are not
** arguments, then the free variables (cells of enclosing functions).  An
** argument that is also a cell variable keeps its argument slot and is
** turned into a cell by MAKE_CELL when the function starts (as in CPython
** 3.11).  `localsplus_kinds` says which slots are cells or free.
*/
#ifndef TY_CODE_H
#define TY_CODE_H

#include "../object.h"

enum {
    TY_CO_OPTIMIZED = 1 << 0,   /* locals are fast slots (functions) */
    TY_CO_NEWLOCALS = 1 << 1,
    TY_CO_VARARGS = 1 << 2,
    TY_CO_VARKEYWORDS = 1 << 3,
    TY_CO_NESTED = 1 << 4,
    TY_CO_GENERATOR = 1 << 5,
    TY_CO_COROUTINE = 1 << 7,
    TY_CO_ITERABLE_COROUTINE = 1 << 8, /* a generator usable in `await` (types.coroutine) */
    TY_CO_ASYNC_GENERATOR = 1 << 9,
};

/* Code whose calls make a generator, coroutine or async generator object
** instead of running. */
#define TY_CO_SUSPENDABLE (TY_CO_GENERATOR | TY_CO_COROUTINE | TY_CO_ASYNC_GENERATOR)

/* Kinds of localsplus slots (bit flags). */
enum {
    TY_LOCAL_PLAIN = 1 << 0,
    TY_LOCAL_CELL = 1 << 1,
    TY_LOCAL_FREE = 1 << 2,
};

/* The source span of one instruction (lines 1-based; columns 0-based byte
** offsets into the line, -1 when unknown). */
typedef struct TyCodePos {
    int line, end_line;
    int col, end_col;
} TyCodePos;

/* One protected range of the exception table: an exception raised by an
** instruction in [start, end) jumps to handler with the value stack cut
** back to `depth` entries and the exception pushed. */
typedef struct TyExcEntry {
    int start, end, handler, depth;
} TyExcEntry;

/* What the VM remembers about one instruction's last execution (an
** inline cache): valid while the versions it recorded still hold. */
typedef struct TyInlineCache {
    uint64_t version;           /* globals dict version, or the type epoch */
    uint64_t version2;          /* builtins dict version */
    void *key;                  /* the type the entry is for */
    void *value;                /* borrowed: a global, or a descriptor */
    int index;                  /* inline-values key index, or -1 */
    uint8_t kind;               /* attribute caches: what `value` is (vm.c) */
    uint8_t misses;             /* times a specialised form here fell back */
    uint16_t wait;              /* generic runs left before it may specialise */
} TyInlineCache;

typedef struct TyCode {
    TyObject ob;
    uint32_t *code;             /* instruction words: opcode | arg << 8 */
    int ncode;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals;                /* plain local slots (arguments included) */
    int nlocalsplus;            /* locals + cells + frees */
    int ncells, nfrees;
    int stacksize;
    int flags;
    int firstlineno;
    TyObject *consts;           /* tuple */
    TyObject *names;            /* tuple of str: globals, attributes, imports */
    TyObject *localsplusnames;  /* tuple of str, nlocalsplus long */
    uint8_t *localspluskinds;   /* TY_LOCAL_* per slot */
    TyObject *name;             /* str */
    TyObject *qualname;         /* str */
    TyObject *filename;         /* str */
    TyCodePos *positions;       /* one per instruction word */
    TyExcEntry *exctable;
    int nexc;
    TyInlineCache *caches;      /* one per instruction word */
} TyCode;

extern TyType TyCode_Type;

#define TY_CODE_CHECK(o) (TY_TYPE(o) == &TyCode_Type)

/* The line of instruction index `lasti` (or of the code's first line). */
int tyCode_line(TyCode *co, int lasti);

/* co's instruction words as the compiler wrote them, specialised forms
** (opcodes.h) turned back into their generic instructions: a new array
** of co->ncode words (at least one) for the caller to free, or NULL with
** MemoryError. */
uint32_t *tyCode_genericCode(TyCode *co);

#endif
