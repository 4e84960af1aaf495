/*
** posixids.c — the posix functions that change who the process is and how
** it is scheduled: real/effective/saved user and group ids, supplementary
** groups, priorities and CPU affinity.  CPython 3.11's names, parameters
** and errors.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#include "tally.h"
#include "objects/set.h"
#include "modules/posix.h"

static int count_args(const char *fname, size_t nargs, TyObject *kwnames, size_t n)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    return tyArg_checkCount(fname, nargs, n, n);
}

/* n user ("uid") or group ("gid") ids from args. */
static int ids(const char *what, TyObject *const *args, size_t n, uint32_t *out)
{
    for (size_t i = 0; i < n; i++)
        if (tyPosix_id(args[i], what, &out[i]) < 0)
            return -1;
    return 0;
}

static TyObject *none_or_error(int r)
{
    return r < 0 ? tyPosix_error(NULL, NULL) : TY_NEWREF(TY_NONE);
}

/* An id as CPython gives it back: (uid_t)-1 is -1. */
static TyObject *id_object(uint32_t id)
{
    return id == UINT32_MAX ? tyInt_fromI64(-1) : tyInt_fromU64(id);
}

static TyObject *id_triple(uint32_t a, uint32_t b, uint32_t c)
{
    TyObject *x = id_object(a), *y = id_object(b), *z = id_object(c);
    TyObject *r = x && y && z ? tyTuple_pack(3, x, y, z) : NULL;
    TY_XDECREF(x);
    TY_XDECREF(y);
    TY_XDECREF(z);
    return r;
}

static TyObject *px_getresuid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    uid_t r, e, s;
    if (count_args("getresuid", nargs, kwnames, 0) < 0)
        return NULL;
    if (getresuid(&r, &e, &s) < 0)
        return tyPosix_error(NULL, NULL);
    return id_triple(r, e, s);
}

static TyObject *px_getresgid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    gid_t r, e, s;
    if (count_args("getresgid", nargs, kwnames, 0) < 0)
        return NULL;
    if (getresgid(&r, &e, &s) < 0)
        return tyPosix_error(NULL, NULL);
    return id_triple(r, e, s);
}

/* The setters: fname(id...) with n ids of kind `what`. */
#define ID_SETTER(fname, what, n, call)                                                          \
    static TyObject *px_##fname(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                            \
        uint32_t v[3];                                                                           \
        if (count_args(#fname, nargs, kwnames, n) < 0 || ids(what, args, n, v) < 0)             \
            return NULL;                                                                         \
        return none_or_error(call);                                                              \
    }

ID_SETTER(setuid, "uid", 1, setuid(v[0]))
ID_SETTER(setgid, "gid", 1, setgid(v[0]))
ID_SETTER(seteuid, "uid", 1, seteuid(v[0]))
ID_SETTER(setegid, "gid", 1, setegid(v[0]))
ID_SETTER(setreuid, "uid", 2, setreuid(v[0], v[1]))
ID_SETTER(setregid, "gid", 2, setregid(v[0], v[1]))
ID_SETTER(setresuid, "uid", 3, setresuid(v[0], v[1], v[2]))
ID_SETTER(setresgid, "gid", 3, setresgid(v[0], v[1], v[2]))

#undef ID_SETTER

/* setgroups(groups, /): groups is a sequence of gids. */
static TyObject *px_setgroups(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (count_args("setgroups", nargs, kwnames, 1) < 0)
        return NULL;
    TyObject *seq = args[0];
    if (!TY_LIST_CHECK(seq) && !TY_TUPLE_CHECK(seq) && !tyType_lookupStr(TY_TYPE(seq), "__getitem__"))
        return tyErr_setString(&TyExc_TypeError, "setgroups argument must be a sequence");
    TyObject *items = tyTuple_fromIterable(seq);
    if (!items)
        return NULL;
    ssize_t n = TY_TUPLE_LEN(items);
    gid_t *groups = tyMem_malloc(((size_t)n + 1) * sizeof(gid_t));
    TyObject *r = NULL;
    if (!groups)
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        TyObject *g = TY_TUPLE_GET(items, i);
        uint32_t v;
        if (!TY_INT_CHECK(g) && !TY_TYPE(g)->nb_index) {
            tyErr_setString(&TyExc_TypeError, "groups must be integers");
            goto done;
        }
        if (tyPosix_id(g, "gid", &v) < 0)
            goto done;
        groups[i] = v;
    }
    r = none_or_error(setgroups((size_t)n, groups));
done:
    tyMem_free(groups);
    TY_DECREF(items);
    return r;
}

/* initgroups(username, gid, /). */
static TyObject *px_initgroups(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyPathArg user;
    uint32_t gid;
    if (count_args("initgroups", nargs, kwnames, 2) < 0 ||
        tyPosix_path(NULL, "username", args[0], false, false, &user) < 0)
        return NULL;
    TyObject *r = NULL;
    if (tyPosix_id(args[1], "gid", &gid) == 0)
        r = none_or_error(initgroups(user.narrow, gid));
    tyPosix_pathFree(&user);
    return r;
}

/* getgrouplist(user, group, /): the list of gids user belongs to. */
static TyObject *px_getgrouplist(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (count_args("getgrouplist", nargs, kwnames, 2) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "getgrouplist() argument 1 must be str, not %T", args[0]);
    uint32_t base;
    if (tyPosix_id(args[1], "gid", &base) < 0)
        return NULL;
    int n = 64;
    gid_t *groups = NULL;
    for (;;) {
        gid_t *grown = tyMem_realloc(groups, (size_t)n * sizeof(gid_t));
        if (!grown) {
            tyMem_free(groups);
            return NULL;
        }
        groups = grown;
        int want = n;
        if (getgrouplist(TY_STR_UTF8(args[0]), base, groups, &want) >= 0) {
            n = want;
            break;
        }
        n = want > n ? want : n * 2;
    }
    TyObject *list = tyList_new(0);
    for (int i = 0; list && i < n; i++) {
        TyObject *g = id_object(groups[i]);
        if (!g || tyList_appendSteal(list, g) < 0)
            TY_CLEAR(list);
    }
    tyMem_free(groups);
    return list;
}

/* ---- priorities and CPUs ------------------------------------------------------------------- */

static TyObject *px_getpriority(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t which, who;
    if (count_args("getpriority", nargs, kwnames, 2) < 0 || tyPosix_int(args[0], &which) < 0 ||
        tyPosix_int(args[1], &who) < 0)
        return NULL;
    errno = 0;
    int prio = getpriority((int)which, (id_t)who);
    if (prio == -1 && errno)
        return tyPosix_error(NULL, NULL);
    return tyInt_fromI64(prio);
}

static TyObject *px_setpriority(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t which, who, prio;
    if (count_args("setpriority", nargs, kwnames, 3) < 0 || tyPosix_int(args[0], &which) < 0 ||
        tyPosix_int(args[1], &who) < 0 || tyPosix_int(args[2], &prio) < 0)
        return NULL;
    return none_or_error(setpriority((int)which, (id_t)who, (int)prio));
}

static TyObject *px_sched_yield(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (count_args("sched_yield", nargs, kwnames, 0) < 0)
        return NULL;
    return none_or_error(sched_yield());
}

/* The CPUs a process may run on, as a set of ints. */
static TyObject *px_sched_getaffinity(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t pid;
    if (count_args("sched_getaffinity", nargs, kwnames, 1) < 0 || tyPosix_int(args[0], &pid) < 0)
        return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity((pid_t)pid, sizeof set, &set) < 0)
        return tyPosix_error(NULL, NULL);
    TyObject *r = tySet_new(NULL);
    for (int cpu = 0; r && cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &set))
            continue;
        TyObject *c = tyInt_fromI64(cpu);
        if (!c || tySet_add(r, c) < 0)
            TY_CLEAR(r);
        TY_XDECREF(c);
    }
    return r;
}

/* sched_setaffinity(pid, mask, /): mask is an iterable of CPU numbers. */
static TyObject *px_sched_setaffinity(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t pid;
    if (count_args("sched_setaffinity", nargs, kwnames, 2) < 0 || tyPosix_int(args[0], &pid) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[1]);
    if (!it)
        return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    TyObject *item;
    int rc = 0;
    while (rc == 0 && (item = tyIter_next(it))) {
        int64_t cpu;
        if (!TY_INT_CHECK(item)) {
            tyErr_format(&TyExc_TypeError, "expected an iterator of ints, but iterator yielded %T", item);
            rc = -1;
        } else if (tyInt_asI64(item, &cpu) < 0 || cpu < 0) {
            if (!tyErr_occurred() || tyErr_exceptionMatches(&TyExc_OverflowError)) {
                tyErr_clear();
                tyErr_setString(cpu < 0 ? &TyExc_ValueError : &TyExc_OverflowError,
                                cpu < 0 ? "negative CPU number" : "CPU number too large");
            }
            rc = -1;
        } else if (cpu >= CPU_SETSIZE) {
            errno = EINVAL;
            tyPosix_error(NULL, NULL);
            rc = -1;
        } else {
            CPU_SET((int)cpu, &set);
        }
        TY_DECREF(item);
    }
    TY_DECREF(it);
    if (rc < 0 || tyErr_occurred())
        return NULL;
    return none_or_error(sched_setaffinity((pid_t)pid, sizeof set, &set));
}

TyMethodDef tyPosix_idFunctions[] = {
    { "getresuid", px_getresuid, TY_METH_DEFAULT, "Return a tuple of the current process's real, effective, and saved user ids." },
    { "getresgid", px_getresgid, TY_METH_DEFAULT, "Return a tuple of the current process's real, effective, and saved group ids." },
    { "setuid", px_setuid, TY_METH_DEFAULT, "Set the current process's user id." },
    { "setgid", px_setgid, TY_METH_DEFAULT, "Set the current process's group id." },
    { "seteuid", px_seteuid, TY_METH_DEFAULT, "Set the current process's effective user id." },
    { "setegid", px_setegid, TY_METH_DEFAULT, "Set the current process's effective group id." },
    { "setreuid", px_setreuid, TY_METH_DEFAULT, "Set the current process's real and effective user ids." },
    { "setregid", px_setregid, TY_METH_DEFAULT, "Set the current process's real and effective group ids." },
    { "setresuid", px_setresuid, TY_METH_DEFAULT, "Set the current process's real, effective, and saved user ids." },
    { "setresgid", px_setresgid, TY_METH_DEFAULT, "Set the current process's real, effective, and saved group ids." },
    { "setgroups", px_setgroups, TY_METH_DEFAULT, "Set the groups of the current process to list." },
    { "initgroups", px_initgroups, TY_METH_DEFAULT, "Initialize the group access list." },
    { "getgrouplist", px_getgrouplist, TY_METH_DEFAULT, "Returns a list of groups to which a user belongs." },
    { "getpriority", px_getpriority, TY_METH_DEFAULT, "Return program scheduling priority." },
    { "setpriority", px_setpriority, TY_METH_DEFAULT, "Set program scheduling priority." },
    { "sched_yield", px_sched_yield, TY_METH_DEFAULT, "Voluntarily relinquish the CPU." },
    { "sched_getaffinity", px_sched_getaffinity, TY_METH_DEFAULT, "Return the affinity of the process identified by pid (or the current process if zero)." },
    { "sched_setaffinity", px_sched_setaffinity, TY_METH_DEFAULT, "Set the CPU affinity of the process identified by pid to mask." },
    { NULL, NULL, 0, NULL },
};
