/*
** error.h — raising, testing and clearing exceptions from C.
**
** The current exception is one normalized exception instance held in the
** interpreter state (ty_state.exc).  A C function signals failure by
** setting it and returning NULL / -1; its caller either handles it
** (tyErr_clear / tyErr_fetch) or passes the failure up.
*/
#ifndef TY_ERROR_H
#define TY_ERROR_H

#include <stdarg.h>
#include <stdio.h>
#include "object.h"

/* Set the current exception to type(value) / type(msg) / type(formatted).
** Any exception already set is replaced (and becomes __context__ only when
** raised from Python code).  All return NULL so `return tyErr_...;` works. */
TyObject *tyErr_setNone(TyType *type);
TyObject *tyErr_setObject(TyType *type, TyObject *value);
TyObject *tyErr_setString(TyType *type, const char *msg);
/*
** printf-like, plus object conversions:
**   %s char*   %d int   %ld long   %zd ssize_t   %lld long long   %u %lu %zu
**   %c int (a code point)   %x %p
**   %U a str object          %R repr(obj)   %S str(obj)
**   %T the type name of an object ("int")    %N the name of a TyType*
**   %A an argument as CPython's argument parsers name it in "must be str,
**      not X": "None" for None, else its type name
**   %.Ns / %.NU / %.NR truncate to N code points
*/
TyObject *tyErr_format(TyType *type, const char *fmt, ...);
TyObject *tyErr_formatV(TyType *type, const char *fmt, va_list ap);
TyObject *tyErr_noMemory(void);
/* Raise an exception instance (or a class, which is called with no args);
** steals nothing. */
void tyErr_setRaised(TyObject *exc);

/* Borrowed: the type of the current exception, or NULL. */
TyType *tyErr_occurred(void);
/* Does the current exception match `type` (a class or a tuple)? */
bool tyErr_matches(TyObject *type);
bool tyErr_exceptionMatches(TyType *type);
/* Take the current exception (new reference) and clear it; NULL if none. */
TyObject *tyErr_fetch(void);
/* Print a warning the way CPython's warnings module does by default: once
** per (text, category, line) of the running module, "file:line: Category:
** text", its source line, then `note` when given.  0, or -1 with an
** exception. */
int tyErr_warnOnce(TyType *category, TyObject *text, const char *note);

/* Borrowed: the exception being handled (what sys.exc_info() and a bare
** `raise` see): the innermost handled-exception level that holds one, as
** a generator handling nothing sees its caller's; NULL if none. */
TyObject *tyErr_handled(void);
/* Leave an except block: the innermost handled-exception level becomes
** `prev` again (stolen; None means no exception), as POP_EXCEPT does. */
void tyErr_popHandled(TyObject *prev);
/* Record the exception of the innermost handled-exception level (only
** that level: a generator resumed by throw() chains the exception thrown
** in with what the generator itself is handling) as the current
** exception's __context__. */
void tyErr_chainHandled(void);
/* Make exc (stolen; may be NULL) the current exception. */
void tyErr_restore(TyObject *exc);
void tyErr_clear(void);
/* Does exception instance/class `given` match `expected` (class or tuple)? */
bool tyErr_givenMatches(TyObject *given, TyObject *expected);

/* Print and clear the current exception (tyTraceback_display). */
void tyErr_print(void);
/* Report the current exception, which nothing can raise further (from
** __del__, a callback, the collector), with `where` (or NULL) as the
** object it happened in: through sys.unraisablehook, as CPython does.
** Clears the current exception. */
void tyErr_writeUnraisable(TyObject *where);
/* The same with CPython's err_msg "Exception ignored MSG" (msg such as
** "in atexit callback") in place of "Exception ignored in". */
void tyErr_writeUnraisableMsg(const char *msg, TyObject *where);

/* SyntaxError / IndentationError / TabError with CPython's attributes
** (filename, lineno, offset, text, end_lineno, end_offset).  col and
** end_col are 1-based character columns as CPython reports them.  Returns
** NULL. */
TyObject *tyErr_syntax(TyType *type, const char *filename, int line, int col,
                       const char *source_line, int end_line, int end_col,
                       const char *fmt, ...);

/* tyErr_syntax with `text` taken as it is (the newline the caller wants
** included); tyErr_syntax appends one.  Returns NULL. */
TyObject *tyErr_syntaxText(TyType *type, const char *filename, int line, int col,
                           const char *text, int end_line, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
/* A SyntaxError found after parsing (scopes, the compiler), whose text
** is line `line` of the file `filename` when that file can be read, as
** CPython's PyErr_SyntaxLocationObject takes it.  Returns NULL. */
TyObject *tyErr_syntaxLocation(const char *filename, int line, int col, int end_line, int end_col,
                               const char *fmt, ...);
/* The same as CPython's PyErr_RangedSyntaxLocationObject raises it (the
** errors of scopes and of future statements): the exception's args are the
** message alone, the position only its attributes; a negative end_col
** makes end_offset None. */
TyObject *tyErr_syntaxRanged(const char *filename, int line, int col, int end_line, int end_col,
                             const char *fmt, ...);

/* OSError from errno, with CPython's "[Errno 2] No such file or directory: 'x'". */
TyObject *tyErr_fromErrno(TyType *type, TyObject *filename);

/* The MemoryError kept for when nothing else can be allocated. */
int tyErr_initSpareMemoryError(void);
void tyErr_finiSpareMemoryError(void);

/* Run the Python handlers of signals that arrived, then turn a pending
** SIGINT into KeyboardInterrupt: -1 if either raised. */
int tyErr_checkSignals(void);

#endif
