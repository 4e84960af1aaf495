/*
** astmodule.h — the `_ast` module: CPython 3.11's AST node classes, and
** parsed trees converted to them (compile(..., PyCF_ONLY_AST)).
*/
#ifndef TY_ASTMODULE_H
#define TY_ASTMODULE_H

#include "../object.h"
#include "../ast.h"

/* compile() flags, with CPython's values. */
#define TY_PYCF_ONLY_AST 0x400
#define TY_PYCF_TYPE_COMMENTS 0x1000
#define TY_PYCF_ALLOW_TOP_LEVEL_AWAIT 0x2000
#define TY_PYCF_DONT_IMPLY_DEDENT 0x200
#define TY_PYCF_ALLOW_INCOMPLETE_INPUT 0x4000

/* The module (the node classes): new reference. */
TyObject *tyAstModule_create(void);
/* The tree as `ast` node objects (Module, Interactive or Expression, by the
** tree's mode), with CPython's positions; imports _ast if needed.  New
** reference, or NULL with an exception set. */
TyObject *tyAstModule_fromTree(const TyModuleAST *mod);
/* compile(tree, filename, mode, flags, optimize=...) of a tree of node
** objects: the tree itself when only_ast, else its code object at the
** optimize level (0..2); TypeError when tree is not an AST.  New reference, or NULL with an exception set. */
TyObject *tyAstModule_compileTree(TyObject *tree, TyObject *filename, TyObject *mode, bool only_ast,
                                  int optimize);
/* Releases the classes the module keeps (at exit, and before a re-import). */
void tyAstModule_fini(void);

#endif
