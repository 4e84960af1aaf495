/*
** future.h — future statements: which `from __future__ import` features a
** module turns on, and CPython's compile() flags that carry them.
*/
#ifndef TY_FUTURE_H
#define TY_FUTURE_H

#include "ast.h"

/* The features' code-object flags (co_flags bits), CPython's values; a
** compile() flag of the same value turns the feature on. */
enum {
    TY_CO_FUTURE_DIVISION = 0x20000,
    TY_CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
    TY_CO_FUTURE_WITH_STATEMENT = 0x80000,
    TY_CO_FUTURE_PRINT_FUNCTION = 0x100000,
    TY_CO_FUTURE_UNICODE_LITERALS = 0x200000,
    TY_CO_FUTURE_BARRY_AS_BDFL = 0x400000,
    TY_CO_FUTURE_GENERATOR_STOP = 0x800000,
    TY_CO_FUTURE_ANNOTATIONS = 0x1000000,
};

/* Every feature flag: what compile() and code objects carry, and what
** exec/eval/compile inherit from the code that calls them. */
#define TY_PYCF_MASK                                                                        \
    (TY_CO_FUTURE_DIVISION | TY_CO_FUTURE_ABSOLUTE_IMPORT | TY_CO_FUTURE_WITH_STATEMENT |   \
     TY_CO_FUTURE_PRINT_FUNCTION | TY_CO_FUTURE_UNICODE_LITERALS | TY_CO_FUTURE_BARRY_AS_BDFL | \
     TY_CO_FUTURE_GENERATOR_STOP | TY_CO_FUTURE_ANNOTATIONS)

typedef struct TyFuture {
    int features;   /* TY_CO_FUTURE_* bits the statements turn on */
    int lineno;     /* line of the last valid future statement, or -1 */
} TyFuture;

/*
** Read the future statements at the top of a module (or interactive
** input): 0 with *ff filled, or -1 with SyntaxError for an unknown feature
** ("future feature X is not defined"), `braces` ("not a chance"), or a
** future statement that follows another statement on the same line.  A
** future statement on a later line is the compiler's to reject.
*/
int tyFuture_parse(const TyModuleAST *mod, const char *filename, TyFuture *ff);

#endif
