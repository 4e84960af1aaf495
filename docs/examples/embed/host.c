/*
** host.c — a program embedding tally through include/tally.h: it
** registers a C function and a C module, runs a script that calls them,
** reads the script's results back, calls a Python function with a keyword
** argument, and reports the error a script function raises.
**
**   cc host.c $(pkg-config --cflags --libs tally) -o host && ./host script.py
*/
#include <stdio.h>
#include <tally.h>

/* scale(x, *, by=FACTOR): x times a factor, the default given as user
** data. */
static TyObject *scale(TyInterp *I, TyObject *const *args, size_t nargs, TyObject *kwargs, void *ud)
{
    double x, factor = *(const double *)ud;
    if (nargs != 1)
        return ty_raise(I, "TypeError", "scale() takes exactly one positional argument");
    if (ty_toDouble(I, args[0], &x) != TY_OK)
        return NULL;
    if (kwargs) {
        TyObject *by = ty_len(I, kwargs) == 1 ? ty_getKey(I, kwargs, "by") : NULL;
        if (!by)
            return ty_raise(I, "TypeError", "scale() takes only the keyword argument 'by'");
        int r = ty_toDouble(I, by, &factor);
        ty_decRef(by);
        if (r != TY_OK)
            return NULL;
    }
    return ty_fromDouble(I, x * factor);
}

/* report.line(text): print a line on the host's behalf, counting them. */
static TyObject *report_line(TyInterp *I, TyObject *const *args, size_t nargs, TyObject *kwargs, void *ud)
{
    const char *text = nargs == 1 && !kwargs ? ty_toString(I, args[0], NULL) : NULL;
    if (!text)
        return ty_hasError(I) ? NULL : ty_raise(I, "TypeError", "line() takes one str");
    printf("[host, line %d] %s\n", ++*(int *)ud, text);
    return ty_none(I);
}

static const TyFunctionReg report_funcs[] = {
    { "line", report_line },
    { NULL, NULL },
};

/* Print the pending error as a host would log it, and drop it. */
static void report_error(TyInterp *I, const char *what)
{
    printf("%s failed: %s: %s\n", what, ty_errorType(I), ty_errorMessage(I));
    printf("--- traceback ---\n%s--- end ---\n", ty_errorTraceback(I));
    ty_clearError(I);
}

int main(int argc, char **argv)
{
    const char *script = argc > 1 ? argv[1] : "script.py";
    static const double factor = 2.0;
    int lines = 0;
    TyInterp *I = ty_open();
    if (!I) {
        fprintf(stderr, "host: cannot start tally\n");
        return 1;
    }
    if (ty_register(I, NULL, "scale", scale, (void *)&factor) != TY_OK || !ty_newModule(I, "report", report_funcs, &lines)) {
        report_error(I, "registering");
        ty_close(I);
        return 1;
    }
    if (ty_runFile(I, script, NULL) != TY_OK) {
        report_error(I, script);
        ty_close(I);
        return 1;
    }

    /* summary = {"values": [...], "total": ..., "half": ...} */
    TyObject *summary = ty_getGlobal(I, NULL, "summary");
    TyObject *values = summary ? ty_getKey(I, summary, "values") : NULL;
    TyObject *total = summary ? ty_getKey(I, summary, "total") : NULL;
    double t;
    if (!values || !total || ty_toDouble(I, total, &t) != TY_OK) {
        report_error(I, "reading summary");
    } else {
        printf("values:");
        for (ssize_t i = 0, n = ty_len(I, values); i < n; i++) {
            TyObject *v = ty_getIndex(I, values, i);
            double d;
            if (v && ty_toDouble(I, v, &d) == TY_OK)
                printf(" %g", d);
            ty_decRef(v);
        }
        printf("\ntotal: %g\n", t);
    }

    /* mean(values, weights=[4, 3, 2, 1]) */
    TyObject *mean = ty_getGlobal(I, NULL, "mean");
    TyObject *weights = ty_newList(I);
    TyObject *kwargs = ty_newDict(I);
    for (int w = 4; w >= 1; w--)
        ty_listAppendSteal(I, weights, ty_fromInt(I, w));
    ty_setKey(I, kwargs, "weights", weights);
    TyObject *m = mean && values ? ty_call(I, mean, &values, 1, kwargs) : NULL;
    double md;
    if (m && ty_toDouble(I, m, &md) == TY_OK)
        printf("weighted mean: %g\n", md);
    else
        report_error(I, "mean()");
    ty_decRef(m);
    ty_decRef(kwargs);
    ty_decRef(weights);
    ty_decRef(mean);
    ty_decRef(total);
    ty_decRef(values);
    ty_decRef(summary);

    /* check(10) raises ValueError: the host reports it. */
    TyObject *check = ty_getGlobal(I, NULL, "check");
    TyObject *limit = ty_fromInt(I, 10);
    TyObject *ok = check && limit ? ty_call(I, check, &limit, 1, NULL) : NULL;
    if (ok)
        printf("check passed\n");
    else
        report_error(I, "check(10)");
    ty_decRef(ok);
    ty_decRef(limit);
    ty_decRef(check);

    ssize_t leaked = ty_close(I);
    printf("closed, %zd objects left\n", leaked);
    return leaked == 0 ? 0 : 1;
}
