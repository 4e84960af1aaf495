/*
** unparse.h — an expression tree back to source text.
**
** `from __future__ import annotations` (PEP 563) stores each annotation as
** the text CPython 3.11's own C unparser gives for it, which is not always
** what `ast.unparse` gives: lambdas without positional parameters print as
** `lambda*a: 0`, an infinite float as `1e309`, a call's lone generator
** argument keeps one pair of parentheses, and so on.
*/
#ifndef TY_UNPARSE_H
#define TY_UNPARSE_H

#include "ast.h"

/*
** The source text of e as CPython 3.11 writes an annotation: a new
** reference to a str, or NULL with an exception set (MemoryError, or
** RecursionError for a tree nested too deeply).
*/
TyObject *tyUnparse_annotation(const TyExpr *e);

#endif
