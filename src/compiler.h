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

#endif
