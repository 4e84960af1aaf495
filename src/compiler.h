/*
** compiler.h — AST to code objects.
*/
#ifndef TY_COMPILER_H
#define TY_COMPILER_H

#include "ast.h"

/*
** Compile a parsed unit into a code object (new reference), or NULL with
** SyntaxError set for the errors only the compiler can see ("'return'
** outside function", "'break' outside loop", ...).  Constant objects
** created by folding are added to the arena, as CPython's AST optimizer
** adds them to its arena.
*/
TyObject *tyCompile(TyModuleAST *mod, TyArena *arena, const char *filename);
/* The same with compile()'s flags: the TY_CO_FUTURE_* bits among *flags
** (future.h) are in force as if the source began with those future
** statements, and every code object's co_flags carries them.  The
** features the source's own future statements turn on are added to
** *flags (what the next input of an interactive session inherits). */
TyObject *tyCompile_flags(TyModuleAST *mod, TyArena *arena, const char *filename, int *flags);
/* The same at compile()'s optimize level (0..2): at 1 and above assert
** statements compile to nothing and __debug__ is False; at 2 docstrings
** are dropped too. */
TyObject *tyCompile_optimize(TyModuleAST *mod, TyArena *arena, const char *filename, int *flags, int optimize);

#endif
