/*
** syslog.c — the `syslog` module: openlog/syslog/closelog/setlogmask and
** LOG_MASK/LOG_UPTO with CPython 3.11's argument rules and messages.
**
** openlog(3) keeps the ident pointer it is given, so the module keeps the
** ident's UTF-8 bytes alive (ty_state.mod.syslog.ident) until closelog().
** Without an ident, the base name of sys.argv[0] is used, as CPython does;
** syslog() opens the log that way when openlog() was not called.
*/
#define _GNU_SOURCE
#include <string.h>
#include <syslog.h>
#include "tally.h"
#include "args.h"
#include "modules/syslog.h"

/* The base name of sys.argv[0] as a str, new reference; NULL (no
** exception) when argv is missing, empty or its first item not a
** non-empty str. */
static TyObject *argv_ident(void)
{
    TyObject *argv = ty_state.sys ? tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "argv") : NULL;
    if (!argv || !TY_LIST_CHECK(argv) || TY_LIST_LEN(argv) == 0)
        return NULL;
    TyObject *script = TY_LIST_GET(argv, 0);
    if (!TY_STR_CHECK(script) || TY_STR_LEN(script) == 0)
        return NULL;
    const char *s = TY_STR_UTF8(script);
    const char *slash = memrchr(s, '/', (size_t)TY_STR_NBYTES(script));
    if (!slash)
        return TY_NEWREF(script);
    return tyStr_sliceBytes(script, slash - s + 1, TY_STR_NBYTES(script));
}

/* openlog with ident (a str, or NULL for sys.argv[0]'s base name): keeps
** the ident's bytes, opens the log.  0, or -1 with UnicodeEncodeError for
** an ident with a lone surrogate (the log is then left as it was). */
static int open_log(TyObject *ident, long logopt, long facility)
{
    TyObject *name = ident ? TY_NEWREF(ident) : argv_ident();
    TyObject *bytes = NULL;
    if (name) {
        bytes = tyStr_encode(name, "utf-8", "strict");
        TY_DECREF(name);
        if (!bytes)
            return -1;
    }
    openlog(bytes ? TY_BYTES_DATA(bytes) : NULL, (int)logopt, (int)facility);
    /* Released only now: libc held the old pointer until openlog(). */
    TyObject *old = ty_state.mod.syslog.ident;
    ty_state.mod.syslog.ident = bytes;
    TY_XDECREF(old);
    ty_state.mod.syslog.open = true;
    return 0;
}

/* A C long argument (PyArg_Parse's "l"): 0 / -1. */
static int long_arg(TyObject *o, long *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = tyInt_asI64(i, &v);
    TY_DECREF(i);
    *out = (long)v;
    return r;
}

/* openlog(ident=<sys.argv[0] base name>, logoption=0, facility=LOG_USER). */
static TyObject *sl_openlog(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "ident", "logoption", "facility", NULL };
    TyObject *a[3];
    long logopt = 0, facility = LOG_USER;
    if (tyArg_unpack("openlog", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    if (a[0] && !TY_STR_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "openlog() argument 1 must be str, not %s",
                            a[0] == TY_NONE ? "None" : TY_TYPE(a[0])->name);
    if ((a[1] && long_arg(a[1], &logopt) < 0) || (a[2] && long_arg(a[2], &facility) < 0))
        return NULL;
    if (open_log(a[0], logopt, facility) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* syslog([priority=LOG_INFO,] message): sends message, opening the log
** first if needed. */
static TyObject *sl_syslog(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("syslog", kwnames) < 0)
        return NULL;
    int priority = LOG_INFO;
    TyObject *msg = NULL;
    if (nargs == 2 && TY_STR_CHECK(args[1])) {
        if (tyArg_intI(args[0], &priority) == 0)
            msg = args[1];
        else
            tyErr_clear();
    } else if (nargs == 1 && TY_STR_CHECK(args[0])) {
        msg = args[0];
    }
    if (!msg)
        return tyErr_setString(&TyExc_TypeError, "[priority,] message string");
    TyObject *bytes = tyStr_encode(msg, "utf-8", "strict");
    if (!bytes)
        return NULL;
    if (!ty_state.mod.syslog.open && open_log(NULL, 0, LOG_USER) < 0) {
        TY_DECREF(bytes);
        return NULL;
    }
    syslog(priority, "%s", TY_BYTES_DATA(bytes));
    TY_DECREF(bytes);
    return TY_NEWREF(TY_NONE);
}

/* closelog(): closes the log (if open) and forgets its ident. */
static TyObject *sl_closelog(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("syslog.closelog", kwnames) < 0 ||
        tyArg_checkPositional("syslog.closelog", nargs, 0, 0) < 0)
        return NULL;
    if (ty_state.mod.syslog.open) {
        closelog();
        TY_CLEAR(ty_state.mod.syslog.ident);
        ty_state.mod.syslog.open = false;
    }
    return TY_NEWREF(TY_NONE);
}

/* setlogmask(maskpri): the previous mask (0 leaves the mask unchanged). */
static TyObject *sl_setlogmask(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    long mask;
    if (tyArg_noKeywords("setlogmask", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tyErr_setString(&TyExc_TypeError, "mask for priority");
    if (long_arg(args[0], &mask) < 0)
        return NULL;
    return tyInt_fromI64(setlogmask((int)mask));
}

/* The C macros LOG_MASK(pri) = 1 << pri and LOG_UPTO(pri) = (1 << (pri +
** 1)) - 1 on a C int, as CPython computes them on x86-64: the shift count
** taken modulo 32, the result read as a signed 32-bit int. */
static TyObject *mask_fn(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                         long add, long sub)
{
    long pri;
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkTupleCount(fname, nargs, 1, 1) < 0 ||
        long_arg(args[0], &pri) < 0)
        return NULL;
    uint32_t v = ((uint32_t)1 << ((unsigned long)(pri + add) & 31)) - (uint32_t)sub;
    return tyInt_fromI64((int32_t)v);
}

/* LOG_MASK(pri): the mask for one priority. */
static TyObject *sl_log_mask(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return mask_fn("LOG_MASK", args, nargs, kwnames, 0, 0);
}

/* LOG_UPTO(pri): the mask for all priorities up to and including pri. */
static TyObject *sl_log_upto(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return mask_fn("LOG_UPTO", args, nargs, kwnames, 1, 1);
}

/* CPython 3.11 gives these functions no docstrings. */
static TyMethodDef syslog_functions[] = {
    { "openlog", sl_openlog, TY_METH_DEFAULT, NULL },
    { "closelog", sl_closelog, TY_METH_DEFAULT, NULL },
    { "syslog", sl_syslog, TY_METH_DEFAULT, NULL },
    { "setlogmask", sl_setlogmask, TY_METH_DEFAULT, NULL },
    { "LOG_MASK", sl_log_mask, TY_METH_DEFAULT, NULL },
    { "LOG_UPTO", sl_log_upto, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static const struct {
    const char *name;
    int value;
} syslog_constants[] = {
    { "LOG_EMERG", LOG_EMERG }, { "LOG_ALERT", LOG_ALERT }, { "LOG_CRIT", LOG_CRIT },
    { "LOG_ERR", LOG_ERR }, { "LOG_WARNING", LOG_WARNING }, { "LOG_NOTICE", LOG_NOTICE },
    { "LOG_INFO", LOG_INFO }, { "LOG_DEBUG", LOG_DEBUG },
    { "LOG_PID", LOG_PID }, { "LOG_CONS", LOG_CONS }, { "LOG_NDELAY", LOG_NDELAY },
    { "LOG_ODELAY", LOG_ODELAY }, { "LOG_NOWAIT", LOG_NOWAIT }, { "LOG_PERROR", LOG_PERROR },
    { "LOG_KERN", LOG_KERN }, { "LOG_USER", LOG_USER }, { "LOG_MAIL", LOG_MAIL },
    { "LOG_DAEMON", LOG_DAEMON }, { "LOG_AUTH", LOG_AUTH }, { "LOG_LPR", LOG_LPR },
    { "LOG_LOCAL0", LOG_LOCAL0 }, { "LOG_LOCAL1", LOG_LOCAL1 }, { "LOG_LOCAL2", LOG_LOCAL2 },
    { "LOG_LOCAL3", LOG_LOCAL3 }, { "LOG_LOCAL4", LOG_LOCAL4 }, { "LOG_LOCAL5", LOG_LOCAL5 },
    { "LOG_LOCAL6", LOG_LOCAL6 }, { "LOG_LOCAL7", LOG_LOCAL7 }, { "LOG_SYSLOG", LOG_SYSLOG },
    { "LOG_CRON", LOG_CRON }, { "LOG_UUCP", LOG_UUCP }, { "LOG_NEWS", LOG_NEWS },
    { "LOG_AUTHPRIV", LOG_AUTHPRIV },
};

TyObject *tySyslog_create(void)
{
    TyObject *m = tyModule_new("syslog", syslog_functions);
    int r = m ? 0 : -1;
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(syslog_constants); i++)
        r = tyModule_addInt(m, syslog_constants[i].name, syslog_constants[i].value);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tySyslog_fini(void)
{
    if (ty_state.mod.syslog.open)
        closelog();
    ty_state.mod.syslog.open = false;
    TY_CLEAR(ty_state.mod.syslog.ident);
}
