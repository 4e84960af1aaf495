/*
** warningsmodule.c — the `_warnings` module, reduced to the two entry
** points C-level callers use, warn and warn_explicit, each passed on to
** CPython's warnings.py.  It leaves out the filters and registries of
** CPython's C accelerator, so warnings.py's `from _warnings import
** filters, ...` fails and it keeps its own pure-Python state; there is
** one implementation of the filtering, the Python one.  importlib's
** bootstrap needs the module to exist (it loads _warnings by name).
*/
#include "tally.h"
#include "import.h"
#include "modules/warningsmodule.h"

/* warnings.<fname>(*args, **kwargs): new reference. */
static TyObject *forward(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *m = tyImport_importC("warnings");
    TyObject *fn = m ? tyObj_getAttrStr(m, fname) : NULL;
    TyObject *r = fn ? tyObj_call(fn, args, nargs, kwnames) : NULL;
    TY_XDECREF(fn);
    TY_XDECREF(m);
    return r;
}

static TyObject *w_warn(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return forward("warn", args, nargs, kwnames);
}

static TyObject *w_warn_explicit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return forward("warn_explicit", args, nargs, kwnames);
}

/* What a forwarded warning call returned (r, stolen): without
** warnings.py the warning is printed once per place. */
static int warned(TyObject *r, TyType *category, TyObject *text)
{
    if (r) {
        TY_DECREF(r);
        return 0;
    }
    if (!tyErr_exceptionMatches(&TyExc_ImportError))
        return -1;
    tyErr_clear();
    return tyErr_warnOnce(category, text, NULL);
}

int tyWarnings_warn(TyType *category, TyObject *text)
{
    TyObject *argv[2] = { text, (TyObject *)category };
    return warned(forward("warn", argv, 2, NULL), category, text);
}

int tyWarnings_warnExplicit(TyType *category, TyObject *text, const char *filename, int lineno)
{
    TyObject *fn = tyStr_fromCStr(filename);
    TyObject *ln = fn ? tyInt_fromI64(lineno) : NULL;
    if (!ln) {
        TY_XDECREF(fn);
        return -1;
    }
    TyObject *argv[4] = { text, (TyObject *)category, fn, ln };
    TyObject *r = forward("warn_explicit", argv, 4, NULL);
    TY_DECREF(fn);
    TY_DECREF(ln);
    return warned(r, category, text);
}

static TyMethodDef warnings_functions[] = {
    { "warn", w_warn, TY_METH_DEFAULT, "Issue a warning, or maybe ignore it or raise an exception." },
    { "warn_explicit", w_warn_explicit, TY_METH_DEFAULT, "Low-level interface to warnings functionality." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyWarningsModule_create(void)
{
    return tyModule_new("_warnings", warnings_functions);
}
