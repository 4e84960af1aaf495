/*
** traceback.h — printing exceptions and their tracebacks as CPython does.
*/
#ifndef TY_TRACEBACK_H
#define TY_TRACEBACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "object.h"

/* Print exc (an exception instance) with its traceback and chained
** exceptions to stderr, exactly as CPython's default excepthook does.  The
** current exception is left as it was. */
void tyTraceback_display(TyObject *exc);
/* The same, written to `out` (the embedding API's ty_errorTraceback). */
void tyTraceback_displayTo(FILE *out, TyObject *exc);
/* The same, written to the file object sys.stderr (write() then flush()),
** as sys.__excepthook__ does; to stderr when sys.stderr is None or missing
** or its write() fails. */
void tyTraceback_displayToSysStderr(TyObject *exc);

/* Writes text to sys.stderr as the default hooks write their reports (to
** the process's stderr when sys.stderr is missing or broken); never
** raises, and leaves the current exception as it was. */
void tyTraceback_writeToSysStderr(const char *text);

/* What CPython's default sys.unraisablehook prints to sys.stderr (as
** tyTraceback_displayToSysStderr writes) for the
** fields of an UnraisableHookArgs (each a reference, None when absent):
** "err_msg: repr(obj)" or "Exception ignored in: repr(obj)", the traceback,
** then "Type: str(value)"; nothing when sys.stderr is missing or None. */
void tyTraceback_printUnraisable(TyObject *type, TyObject *value, TyObject *tb, TyObject *err_msg,
                                 TyObject *obj);

/* Reads line `lineno` (1-based) of file `path` into buf (size bytes, NUL
** terminated, with its newline); false if the file or the line cannot be
** read (a path in <angle brackets> is no file). */
bool tyTraceback_sourceLine(const char *path, int lineno, char *buf, size_t size);

#endif
