/*
** args.h — unpacking vectorcall arguments in built-in functions.
*/
#ifndef TY_ARGS_H
#define TY_ARGS_H

#include "object.h"

/*
** Match args[0..nargs) and the keyword arguments named in kwnames against
** the parameters in `names` (a NULL-terminated list).  A name "" is
** positional-only.  At most `maxpos` arguments may be given by position
** (the parameters after that are keyword-only); the first `required`
** parameters must be given.  out[i] receives a borrowed reference for
** parameter i, or NULL when it was not given.  On a mismatch: TypeError
** with the wording and in the order of CPython's argument-clinic functions
** ("f() takes at most 2 arguments (3 given)", "f() takes exactly 1
** positional argument (2 given)", "f() missing required argument 'x' (pos
** 1)", "argument for f() given by name ('x') and position (1)", "'x' is an
** invalid keyword argument for f()").  fname is the function's name, for
** messages; NULL gives the wording of a PyArg_ParseTupleAndKeywords format
** without a name ("function takes at most 3 arguments (4 given)", "'x' is an
** invalid keyword argument for this function").
*/
int tyArg_unpack(const char *fname, TyObject *const *args, size_t nargs,
                 TyObject *kwnames, const char *const *names, int required,
                 int maxpos, TyObject **out);

/* TypeError "f() takes no keyword arguments" when kwnames is non-empty. */
int tyArg_noKeywords(const char *fname, TyObject *kwnames);
/* Positional count check with CPython's messages:
**   min == max == 0: "f() takes no arguments (1 given)"
**   min == max == 1: "f() takes exactly one argument (2 given)"
**   min == max:      "f expected 2 arguments, got 1"
**   otherwise "f expected at most 2 arguments, got 3" /
**             "f expected at least 1 argument, got 0". */
int tyArg_checkPositional(const char *fname, size_t nargs, size_t min, size_t max);
/* The count check of CPython's _PyArg_CheckPositional, whatever min and
** max: "f expected 1 argument, got 0", "f expected at most 3 arguments,
** got 4" (the functions that are not METH_O/METH_NOARGS in CPython:
** classmethod, staticmethod, ...). */
int tyArg_checkCount(const char *fname, size_t nargs, size_t min, size_t max);
/* The count check of CPython's PyArg_ParseTuple formats: "f() takes at
** least 1 argument (0 given)", "f() takes at most 3 arguments (5 given)". */
int tyArg_checkTupleCount(const char *fname, size_t nargs, size_t min, size_t max);

/*
** C integer arguments, converted and worded as CPython converts them.  Each
** takes any object with __index__ (TypeError otherwise, from tyNum_index)
** and returns 0 with *out set, or -1 with the exception.
**   tyArg_int:   argument clinic's `int` (and _PyLong_AsInt): OverflowError
**                "Python int too large to convert to C int" on either side;
**   tyArg_intI:  PyArg_ParseTuple's "i": "Python int too large to convert to
**                C long" past a C long, then "signed integer is greater than
**                maximum" / "signed integer is less than minimum";
**   tyArg_ssize: argument clinic's Py_ssize_t: "Python int too large to
**                convert to C ssize_t".
*/
int tyArg_int(TyObject *o, int *out);
int tyArg_intI(TyObject *o, int *out);
int tyArg_ssize(TyObject *o, ssize_t *out);
/* Sets CPython's OverflowError "Python int too large to convert to C
** <ctype>" (ctype "int", "long", "unsigned long", ...); returns NULL. */
TyObject *tyArg_tooLarge(const char *ctype);

#endif
