/*
** resource.c — the `resource` module: getrlimit/setrlimit/prlimit,
** getrusage and getpagesize with CPython 3.11's conversions and messages.
** A limit is a C rlim_t shown as a signed long, so RLIM_INFINITY is -1 in
** Python, as in CPython.  resource.error is OSError itself.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>
#include "tally.h"
#include "args.h"
#include "objects/structseq.h"
#include "modules/resource.h"

static const char *const rusage_fields[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
    "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
    "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};
static TyStructSeqType rusage_type = TY_STRUCTSEQ_TYPE("resource.struct_rusage", rusage_fields, 16, true);

/* A resource number as CPython checks it: an int in [0, RLIM_NLIMITS).
** 0, or -1 with TypeError/OverflowError/ValueError. */
static int resource_arg(TyObject *o, int *out)
{
    if (tyArg_int(o, out) < 0)
        return -1;
    if (*out < 0 || *out >= RLIM_NLIMITS) {
        tyErr_setString(&TyExc_ValueError, "invalid resource specified");
        return -1;
    }
    return 0;
}

/* (soft, hard) as signed values: new reference. */
static TyObject *rlimit_to_py(const struct rlimit *rl)
{
    TyObject *cur = tyInt_fromI64((int64_t)rl->rlim_cur), *max = tyInt_fromI64((int64_t)rl->rlim_max);
    TyObject *r = cur && max ? tyTuple_pack(2, cur, max) : NULL;
    TY_XDECREF(cur);
    TY_XDECREF(max);
    return r;
}

/* One limit: any __index__ within a C long, stored as rlim_t (so -1 is
** RLIM_INFINITY).  0 / -1. */
static int limit_value(TyObject *o, rlim_t *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = tyInt_asI64(i, &v);
    TY_DECREF(i);
    *out = (rlim_t)v;
    return r;
}

/* A (soft, hard) pair from any iterable of two ints, as CPython's
** PySequence_Tuple reads it.  0 / -1. */
static int py_to_rlimit(TyObject *limits, struct rlimit *rl)
{
    TyObject *t = tyTuple_fromIterable(limits);
    if (!t)
        return -1;
    int r = -1;
    if (TY_TUPLE_LEN(t) != 2)
        tyErr_setString(&TyExc_ValueError, "expected a tuple of 2 integers");
    else if (limit_value(TY_TUPLE_GET(t, 0), &rl->rlim_cur) == 0 &&
             limit_value(TY_TUPLE_GET(t, 1), &rl->rlim_max) == 0)
        r = 0;
    TY_DECREF(t);
    return r;
}

/* getrlimit(resource, /): (soft, hard).  New reference. */
static TyObject *rs_getrlimit(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int res;
    struct rlimit rl;
    if (tyArg_noKeywords("resource.getrlimit", kwnames) < 0 ||
        tyArg_checkPositional("resource.getrlimit", nargs, 1, 1) < 0 || resource_arg(args[0], &res) < 0)
        return NULL;
    if (getrlimit(res, &rl) == -1)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return rlimit_to_py(&rl);
}

/* The error of a failed setrlimit/prlimit, worded as CPython words it (a
** ValueError for the two errors a caller can cause).  Returns NULL. */
static TyObject *limit_error(bool eperm_is_value)
{
    if (errno == EINVAL)
        return tyErr_setString(&TyExc_ValueError, "current limit exceeds maximum limit");
    if (errno == EPERM && eperm_is_value)
        return tyErr_setString(&TyExc_ValueError, "not allowed to raise maximum limit");
    return tyErr_fromErrno(&TyExc_OSError, NULL);
}

/* setrlimit(resource, limits, /): None. */
static TyObject *rs_setrlimit(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int res;
    struct rlimit rl;
    if (tyArg_noKeywords("setrlimit", kwnames) < 0 || tyArg_checkCount("setrlimit", nargs, 2, 2) < 0 ||
        resource_arg(args[0], &res) < 0 || py_to_rlimit(args[1], &rl) < 0)
        return NULL;
    if (setrlimit(res, &rl) == -1)
        return limit_error(true);
    return TY_NEWREF(TY_NONE);
}

/* prlimit(pid, resource, [limits]): the old (soft, hard) of process pid,
** setting limits when given.  New reference. */
static TyObject *rs_prlimit(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int pid, res;
    struct rlimit old, new_limit;
    if (tyArg_noKeywords("prlimit", kwnames) < 0)
        return NULL;
    if (nargs < 2 || nargs > 3)
        return tyErr_setString(&TyExc_TypeError, "resource.prlimit requires 2 to 3 arguments");
    if (tyArg_int(args[0], &pid) < 0 || resource_arg(args[1], &res) < 0)
        return NULL;
    if (nargs == 3 && py_to_rlimit(args[2], &new_limit) < 0)
        return NULL;
    if (prlimit(pid, res, nargs == 3 ? &new_limit : NULL, &old) == -1)
        return limit_error(false);
    return rlimit_to_py(&old);
}

/* getrusage(who, /): a struct_rusage.  New reference. */
static TyObject *rs_getrusage(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int who;
    struct rusage ru;
    if (tyArg_noKeywords("resource.getrusage", kwnames) < 0 ||
        tyArg_checkPositional("resource.getrusage", nargs, 1, 1) < 0 || tyArg_int(args[0], &who) < 0)
        return NULL;
    if (getrusage(who, &ru) == -1) {
        if (errno == EINVAL)
            return tyErr_setString(&TyExc_ValueError, "invalid who parameter");
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    TyObject *v[16];
    v[0] = tyFloat_from((double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6);
    v[1] = tyFloat_from((double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6);
    long counts[14] = { ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt,
                        ru.ru_majflt, ru.ru_nswap, ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd,
                        ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw };
    for (int i = 0; i < 14; i++)
        v[i + 2] = tyInt_fromI64(counts[i]);
    return tyStructSeq_fromValues(&rusage_type, v);
}

/* getpagesize(): the system's page size in bytes. */
static TyObject *rs_getpagesize(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("resource.getpagesize", kwnames) < 0 ||
        tyArg_checkPositional("resource.getpagesize", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(sysconf(_SC_PAGESIZE));
}

/* CPython 3.11 gives these functions no docstring (prlimit excepted). */
static TyMethodDef resource_functions[] = {
    { "getrusage", rs_getrusage, TY_METH_DEFAULT, NULL },
    { "getrlimit", rs_getrlimit, TY_METH_DEFAULT, NULL },
    { "prlimit", rs_prlimit, TY_METH_DEFAULT, "prlimit(pid, resource, [limits])" },
    { "setrlimit", rs_setrlimit, TY_METH_DEFAULT, NULL },
    { "getpagesize", rs_getpagesize, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static const struct {
    const char *name;
    int64_t value;
} resource_constants[] = {
    { "RLIMIT_CPU", RLIMIT_CPU }, { "RLIMIT_FSIZE", RLIMIT_FSIZE }, { "RLIMIT_DATA", RLIMIT_DATA },
    { "RLIMIT_STACK", RLIMIT_STACK }, { "RLIMIT_CORE", RLIMIT_CORE }, { "RLIMIT_NOFILE", RLIMIT_NOFILE },
    { "RLIMIT_OFILE", RLIMIT_OFILE }, { "RLIMIT_AS", RLIMIT_AS }, { "RLIMIT_RSS", RLIMIT_RSS },
    { "RLIMIT_NPROC", RLIMIT_NPROC }, { "RLIMIT_MEMLOCK", RLIMIT_MEMLOCK },
    { "RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE }, { "RLIMIT_NICE", RLIMIT_NICE },
    { "RLIMIT_RTPRIO", RLIMIT_RTPRIO }, { "RLIMIT_RTTIME", RLIMIT_RTTIME },
    { "RLIMIT_SIGPENDING", RLIMIT_SIGPENDING },
    { "RUSAGE_SELF", RUSAGE_SELF }, { "RUSAGE_CHILDREN", RUSAGE_CHILDREN },
    { "RUSAGE_THREAD", RUSAGE_THREAD },
    { "RLIM_INFINITY", (int64_t)RLIM_INFINITY },
};

TyObject *tyResource_create(void)
{
    rusage_type.type.doc =
        "struct_rusage: Result from getrusage.\n\n"
        "This object may be accessed either as a tuple of\n"
        "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n"
        "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"
        "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.";
    if (tyStructSeq_ready(&rusage_type) < 0)
        return NULL;
    TyObject *m = tyModule_new("resource", resource_functions);
    int r = m ? tyModule_addObject(m, "error", (TyObject *)&TyExc_OSError) : -1;
    if (r == 0)
        r = tyModule_addObject(m, "struct_rusage", (TyObject *)&rusage_type);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(resource_constants); i++)
        r = tyModule_addInt(m, resource_constants[i].name, resource_constants[i].value);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tyResource_fini(void)
{
    tyType_finiStatic(&rusage_type.type);
}
