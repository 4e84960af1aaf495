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
    else
        return tyArg_checkCount(fname, nargs, min, max);
    return -1;
}

int tyArg_checkTupleCount(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    size_t bound = nargs < min ? min : max;
    tyErr_format(&TyExc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                 min == max ? "exactly" : nargs < min ? "at least" : "at most", bound,
                 bound == 1 ? "" : "s", nargs);
    return -1;
}

int tyArg_checkCount(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
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

/* The index in kwnames of the keyword `name`, or -1. */
static ssize_t find_keyword(TyObject *kwnames, const char *name)
{
    for (ssize_t k = 0; kwnames && k < TY_TUPLE_LEN(kwnames); k++)
        if (tyStr_eqC(TY_TUPLE_GET(kwnames, k), name))
            return k;
    return -1;
}

/* How tyArg_unpack's messages name the function: "f()", or CPython's words
** for a format without a name, "function" ("this function" after "for"). */
static const char *arg_who(const char *fname, bool after_for, char *buf, size_t n)
{
    if (!fname)
        return after_for ? "this function" : "function";
    snprintf(buf, n, "%s()", fname);
    return buf;
}

/*
** The checks run in the order of CPython's argument clinic
** (_PyArg_UnpackKeywords), which decides the message of a call wrong in
** several ways: the total count, the positional count (too many, then too
** few positional-only), a missing required parameter, a parameter given
** both ways, and last a keyword naming no parameter.
*/
int tyArg_unpack(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                 const char *const *names, int required, int maxpos, TyObject **out)
{
    int nparams = 0, posonly = 0;
    while (names[nparams])
        nparams++;
    char who[96]; /* filled on the error paths only */
    while (posonly < nparams && !names[posonly][0])
        posonly++;
    for (int i = 0; i < nparams; i++)
        out[i] = NULL;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    int minpos = required < maxpos ? required : maxpos;
    int minposonly = posonly < minpos ? posonly : minpos;
    if ((ssize_t)nargs + nkw > nparams) {
        tyErr_format(&TyExc_TypeError, "%s takes at most %d %sargument%s (%zd given)",
                     arg_who(fname, false, who, sizeof who), nparams,
                     nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", (ssize_t)nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)maxpos) {
        if (maxpos == 0)
            tyErr_format(&TyExc_TypeError, "%s takes no positional arguments", arg_who(fname, false, who, sizeof who));
        else
            tyErr_format(&TyExc_TypeError, "%s takes %s %d positional argument%s (%zu given)",
                         arg_who(fname, false, who, sizeof who),
                         minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < (size_t)minposonly) {
        tyErr_format(&TyExc_TypeError, "%s takes %s %d positional argument%s (%zu given)",
                     arg_who(fname, false, who, sizeof who),
                     minposonly < maxpos ? "at least" : "exactly", minposonly,
                     minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    ssize_t unmatched = nkw;
    for (int i = (int)nargs > posonly ? (int)nargs : posonly; i < nparams; i++) {
        ssize_t k = find_keyword(kwnames, names[i]);
        if (k >= 0) {
            out[i] = args[nargs + (size_t)k];
            unmatched--;
        } else if (i < required) {
            tyErr_format(&TyExc_TypeError, "%s missing required argument '%s' (pos %d)",
                         arg_who(fname, false, who, sizeof who),
                         names[i], i + 1);
            return -1;
        }
    }
    if (unmatched == 0)
        return 0;
    for (int i = posonly; i < (int)nargs; i++) {
        if (find_keyword(kwnames, names[i]) >= 0) {
            tyErr_format(&TyExc_TypeError, "argument for %s given by name ('%s') and position (%d)",
                         arg_who(fname, false, who, sizeof who), names[i], i + 1);
            return -1;
        }
    }
    for (ssize_t k = 0; k < nkw; k++) {
        TyObject *key = TY_TUPLE_GET(kwnames, k);
        int i = posonly;
        while (i < nparams && !tyStr_eqC(key, names[i]))
            i++;
        if (i == nparams) {
            tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for %s", key,
                         arg_who(fname, true, who, sizeof who));
            return -1;
        }
    }
    return 0;
}

TyObject *tyArg_tooLarge(const char *ctype)
{
    return tyErr_format(&TyExc_OverflowError, "Python int too large to convert to C %s", ctype);
}

/* o's value through __index__ when it fits in 64 bits: 1 and *v set, 0
** when it does not (no exception), -1 with the exception of __index__. */
static int index_i64(TyObject *o, int64_t *v)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    bool small = TY_INT_IS_SMALL(i);
    *v = small ? TY_INT_VALUE(i) : 0;
    TY_DECREF(i);
    return small;
}

int tyArg_int(TyObject *o, int *out)
{
    int64_t v;
    int r = index_i64(o, &v);
    if (r < 0)
        return -1;
    if (r == 0 || v < INT_MIN || v > INT_MAX) {
        tyArg_tooLarge("int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int tyArg_intI(TyObject *o, int *out)
{
    int64_t v;
    int r = index_i64(o, &v);
    if (r < 0)
        return -1;
    if (r == 0) {
        tyArg_tooLarge("long");
        return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        tyErr_setString(&TyExc_OverflowError, v > INT_MAX ? "signed integer is greater than maximum"
                                                          : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int tyArg_ssize(TyObject *o, ssize_t *out)
{
    int64_t v;
    int r = index_i64(o, &v);
    if (r < 0)
        return -1;
    if (r == 0) {
        tyArg_tooLarge("ssize_t");
        return -1;
    }
    *out = (ssize_t)v;
    return 0;
}
