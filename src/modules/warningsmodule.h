/*
** warningsmodule.h — the `_warnings` module (warn and warn_explicit,
** forwarded to warnings.py), and the C side's way to warn.
*/
#ifndef TY_WARNINGSMODULE_H
#define TY_WARNINGSMODULE_H

#include "../object.h"

/* The module: new reference. */
TyObject *tyWarningsModule_create(void);

/* warnings.warn(text, category) for C code, so that filters, catch_warnings()
** and -W see the warning as CPython's PyErr_WarnEx lets them (an "error"
** filter makes it an exception).  Without CPython's warnings.py it is
** printed once per place, as tyErr_warnOnce prints.  0, or -1 with an
** exception. */
int tyWarnings_warn(TyType *category, TyObject *text);
/* warnings.warn_explicit(text, category, filename, lineno): a warning about
** a place in source text (the compiler's SyntaxWarnings, as CPython's
** PyErr_WarnExplicitObject gives them).  0, or -1 with an exception. */
int tyWarnings_warnExplicit(TyType *category, TyObject *text, const char *filename, int lineno);

#endif
