/*
** warningsmodule.h — the `_warnings` module (CPython's filters, registries,
** warn and warn_explicit in C), and the C side's way to warn.
*/
#ifndef TY_WARNINGSMODULE_H
#define TY_WARNINGSMODULE_H

#include "../object.h"

/* The module: new reference. */
TyObject *tyWarningsModule_create(void);
/* Release the state at exit. */
void tyWarnings_fini(void);

/* warnings.warn(text, category) for C code (CPython's PyErr_WarnEx with
** stacklevel 1): the filters, catch_warnings() and -W see it, and an
** "error" filter makes it an exception.  warnings.py need not be loaded.
** 0, or -1 with an exception. */
int tyWarnings_warn(TyType *category, TyObject *text);
/* A ResourceWarning about source (an object being finalized: the warning
** may keep it alive), as CPython's PyErr_ResourceWarning with stacklevel
** 1: warnings.py is imported to show it, which is what prints the
** "Enable tracemalloc" hint.  0, or -1 with an exception. */
int tyWarnings_resourceWarning(TyObject *source, TyObject *text);
/* warnings.warn_explicit(text, category, filename, lineno) with no
** registry: a warning about a place in source text (the compiler's
** SyntaxWarnings, as CPython's PyErr_WarnExplicitObject gives them).  0, or
** -1 with an exception. */
int tyWarnings_warnExplicit(TyType *category, TyObject *text, const char *filename, int lineno);

#endif
