/*
** args.c — unpacking vectorcall arguments in built-in functions, with
** CPython's error messages.
*/
#include "tally.h"

int tyArg_noKeywords(const char *fname, TyObject *kwnames)
{
    if (kwnames && TY_TUPLE_LEN(kwnames) > 0) {
        tyErr_format(&TyExc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int tyArg_checkPositional(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max && max == 0)
        tyErr_format(&TyExc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == max && max == 1)
        tyErr_format(&TyExc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (min == max)
        tyErr_format(&TyExc_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                     min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        tyErr_format(&TyExc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                     min == 1 ? "" : "s", nargs);
    else
        tyErr_format(&TyExc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                     max == 1 ? "" : "s", nargs);
    return -1;
}

int tyArg_unpack(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                 const char *const *names, int required, int maxpos, TyObject **out)
{
    int nparams = 0;
    while (names[nparams])
        nparams++;
    for (int i = 0; i < nparams; i++)
        out[i] = NULL;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    if (nargs > (size_t)maxpos) {
        if (maxpos == 0)
            tyErr_format(&TyExc_TypeError, "%s() takes no positional arguments", fname);
        else if (maxpos == nparams)
            tyErr_format(&TyExc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, maxpos,
                         maxpos == 1 ? "" : "s", (ssize_t)nargs + nkw);
        else
            tyErr_format(&TyExc_TypeError, "%s() takes at most %d positional argument%s (%zu given)",
                         fname, maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    TyObject *unknown = NULL;
    for (ssize_t k = 0; k < nkw; k++) {
        TyObject *key = TY_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = 0; i < nparams; i++) {
            if (names[i][0] && tyStr_eqC(key, names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            if (!unknown)
                unknown = key;
            continue;
        }
        if (out[found]) {
            tyErr_format(&TyExc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                         fname, names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + (size_t)k];
    }
    /* CPython reports a missing argument before an unknown keyword. */
    for (int i = 0; i < required; i++) {
        if (!out[i]) {
            if (names[i][0])
                tyErr_format(&TyExc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                             names[i], i + 1);
            else
                tyErr_format(&TyExc_TypeError, "%s() takes at least %d positional argument%s (%zu given)",
                             fname, required, required == 1 ? "" : "s", nargs);
            return -1;
        }
    }
    if (unknown) {
        tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for %s()", unknown, fname);
        return -1;
    }
    return 0;
}
