/*
** posixproc.c — the posix functions about the process: its environment,
** ids, signals to others, fork/exec/wait and the wait-status macros, and
** what it can ask of the system (uname, times, cpu_count, terminal size,
** random bytes, strerror, sysconf/confstr).  CPython 3.11's names,
** parameters and errors.
**
** fork() in tally: the interpreter runs on a thread of its own (main.c),
** which is the one thread a child has; main.c ends a child with its
** status when the child's program ends.
*/
#define _GNU_SOURCE            /* getrandom, confstr names */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tally.h"
#include "import.h"
#include "modules/posix.h"
#include "objects/structseq.h"

static TyObject *none(void)
{
    return TY_NEWREF(TY_NONE);
}

/* Check for the positional-only functions: fname(a, b) with exactly n. */
static int positional(const char *fname, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    if (min == 0 && max == 0)
        return tyArg_checkPositional(fname, nargs, 0, 0);
    return tyArg_checkCount(fname, nargs, min, max);
}

/* ---- the environment ------------------------------------------------------------------ */

/* The bytes of an environment name or value (str, bytes or os.PathLike),
** refusing an embedded NUL. */
static int env_arg(const char *fname, const char *argname, TyObject *o, TyPathArg *p)
{
    return tyPosix_path(fname, argname, o, false, false, p);
}

static TyObject *px_putenv(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("putenv", nargs, kwnames, 2, 2) < 0)
        return NULL;
    TyPathArg k, v;
    if (env_arg("putenv", "name", args[0], &k) < 0)
        return NULL;
    if (env_arg("putenv", "value", args[1], &v) < 0) {
        tyPosix_pathFree(&k);
        return NULL;
    }
    TyObject *r = NULL;
    if (strchr(k.narrow, '='))
        tyErr_setString(&TyExc_ValueError, "illegal environment variable name");
    else if (setenv(k.narrow, v.narrow, 1) < 0)
        tyPosix_error(NULL, NULL);
    else
        r = none();
    tyPosix_pathFree(&k);
    tyPosix_pathFree(&v);
    return r;
}

static TyObject *px_unsetenv(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("unsetenv", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TyPathArg k;
    if (env_arg("unsetenv", "name", args[0], &k) < 0)
        return NULL;
    TyObject *r = NULL;
    if (unsetenv(k.narrow) < 0)
        tyPosix_error(NULL, NULL);
    else
        r = none();
    tyPosix_pathFree(&k);
    return r;
}

/* ---- ids -------------------------------------------------------------------------------- */

#define ID_FUNCTION(pyname, expr)                                                               \
    static TyObject *px_##pyname(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                           \
        if (positional(#pyname, nargs, kwnames, 0, 0) < 0)                                      \
            return NULL;                                                                        \
        return tyInt_fromI64((int64_t)(expr));                                                  \
    }

ID_FUNCTION(getpid, getpid())
ID_FUNCTION(getppid, getppid())
ID_FUNCTION(getuid, getuid())
ID_FUNCTION(geteuid, geteuid())
ID_FUNCTION(getgid, getgid())
ID_FUNCTION(getegid, getegid())
ID_FUNCTION(getpgrp, getpgrp())

#undef ID_FUNCTION

static TyObject *px_getpgid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "pid", NULL };
    TyObject *a[1];
    int64_t pid;
    if (tyArg_unpack("getpgid", args, nargs, kwnames, names, 1, 1, a) < 0 || tyPosix_int(a[0], &pid) < 0)
        return NULL;
    pid_t r = getpgid((pid_t)pid);
    return r < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(r);
}

static TyObject *px_getsid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t pid;
    if (positional("getsid", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &pid) < 0)
        return NULL;
    pid_t r = getsid((pid_t)pid);
    return r < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(r);
}

static TyObject *px_setsid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("setsid", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return setsid() < 0 ? tyPosix_error(NULL, NULL) : none();
}

static TyObject *px_setpgid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t pid, pgrp;
    if (positional("setpgid", nargs, kwnames, 2, 2) < 0 || tyPosix_int(args[0], &pid) < 0 || tyPosix_int(args[1], &pgrp) < 0)
        return NULL;
    return setpgid((pid_t)pid, (pid_t)pgrp) < 0 ? tyPosix_error(NULL, NULL) : none();
}

static TyObject *px_getgroups(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("getgroups", nargs, kwnames, 0, 0) < 0)
        return NULL;
    int n = getgroups(0, NULL);
    if (n < 0)
        return tyPosix_error(NULL, NULL);
    gid_t *g = tyMem_malloc(sizeof(gid_t) * (size_t)(n ? n : 1));
    if (!g)
        return tyErr_noMemory();
    n = getgroups(n, g);
    TyObject *list = n < 0 ? tyPosix_error(NULL, NULL) : tyList_new(0);
    for (int i = 0; list && i < n; i++) {
        TyObject *v = tyInt_fromI64(g[i]);
        if (!v || tyList_appendSteal(list, v) < 0)
            TY_CLEAR(list);
    }
    tyMem_free(g);
    return list;
}

static TyObject *px_getlogin(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("getlogin", nargs, kwnames, 0, 0) < 0)
        return NULL;
    errno = 0;
    const char *name = getlogin();
    if (!name) {
        if (!errno)
            errno = ENOTTY;
        return tyPosix_error(NULL, NULL);
    }
    return tyStr_decodeUtf8(name, (ssize_t)strlen(name));
}

/* ---- signals to processes ---------------------------------------------------------------- */

static TyObject *kill_common(const char *fname, size_t nargs, TyObject *const *args, TyObject *kwnames,
                             int (*op)(pid_t, int))
{
    int64_t pid, sig;
    if (positional(fname, nargs, kwnames, 2, 2) < 0 || tyPosix_int(args[0], &pid) < 0 || tyPosix_int(args[1], &sig) < 0)
        return NULL;
    if (op((pid_t)pid, (int)sig) < 0)
        return tyPosix_error(NULL, NULL);
    /* A signal sent to this process is handled before the call returns. */
    if (tyErr_checkSignals() < 0)
        return NULL;
    return none();
}

static TyObject *px_kill(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return kill_common("kill", nargs, args, kwnames, kill);
}

static TyObject *px_killpg(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return kill_common("killpg", nargs, args, kwnames, killpg);
}

static TyObject *px_abort(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("abort", nargs, kwnames, 0, 0) < 0)
        return NULL;
    fflush(stdout);
    fflush(stderr);
    abort();
}

static TyObject *px_nice(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t inc;
    if (positional("nice", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &inc) < 0)
        return NULL;
    errno = 0;
    int r = nice((int)inc);
    if (r == -1 && errno)
        return tyPosix_error(NULL, NULL);
    return tyInt_fromI64(r);
}

/* ---- fork, exec, wait --------------------------------------------------------------------- */

static int add_hook(TyObject **list, TyObject *f)
{
    if (!f)
        return 0;
    if (!*list && !(*list = tyList_new(0)))
        return -1;
    return tyList_append(*list, f);
}

static TyObject *px_register_at_fork(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "before", "after_in_child", "after_in_parent", NULL };
    TyObject *a[3];
    if (tyArg_unpack("register_at_fork", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    if (!a[0] && !a[1] && !a[2])
        return tyErr_setString(&TyExc_TypeError, "At least one argument is required.");
    static const char *const what[] = { "before", "after_in_child", "after_in_parent" };
    for (int i = 0; i < 3; i++)
        if (a[i] && !tyObj_isCallable(a[i]))
            return tyErr_format(&TyExc_TypeError, "'%s' must be callable, not %T", what[i], a[i]);
    if (add_hook(&ty_state.mod.posix.fork_before, a[0]) < 0 || add_hook(&ty_state.mod.posix.fork_child, a[1]) < 0 || add_hook(&ty_state.mod.posix.fork_parent, a[2]) < 0)
        return NULL;
    return none();
}

/* Call each hook (reversed: last first); a hook's exception is reported
** as unraisable, as CPython does. */
static void run_hooks(TyObject *list, bool reversed)
{
    if (!list)
        return;
    TyObject *copy = tyList_fromIterable(list);
    if (!copy) {
        tyErr_writeUnraisable(NULL);
        return;
    }
    ssize_t n = TY_LIST_LEN(copy);
    for (ssize_t i = 0; i < n; i++) {
        TyObject *f = TY_LIST_GET(copy, reversed ? n - 1 - i : i);
        TyObject *r = tyObj_callNoArgs(f);
        if (r)
            TY_DECREF(r);
        else
            tyErr_writeUnraisable(f);
    }
    TY_DECREF(copy);
}

static TyObject *px_fork(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("fork", nargs, kwnames, 0, 0) < 0)
        return NULL;
    run_hooks(ty_state.mod.posix.fork_before, true);
    /* Output still buffered is the child's too (it writes it again if it
    ** ends normally, and loses it if it execs or _exits), as in CPython. */
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        run_hooks(ty_state.mod.posix.fork_parent, false);
        errno = e;
        return tyPosix_error(NULL, NULL);
    }
    run_hooks(pid == 0 ? ty_state.mod.posix.fork_child : ty_state.mod.posix.fork_parent, false);
    return tyInt_fromI64(pid);
}

static TyObject *px_exit(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "status", NULL };
    TyObject *a[1];
    int64_t status;
    if (tyArg_unpack("_exit", args, nargs, kwnames, names, 1, 1, a) < 0 || tyPosix_int(a[0], &status) < 0)
        return NULL;
    _exit((int)status);
}

void tyPosix_stringsFree(TyPosixStrings *c)
{
    tyMem_free(c->v);
    TY_XDECREF(c->keep);
    c->v = NULL;
    c->keep = NULL;
}

static int strings_add(TyPosixStrings *c, size_t i, TyObject *o, const char *fname)
{
    TyPathArg p;
    if (tyPosix_path(fname, "args", o, false, false, &p) < 0)
        return -1;
    int r = tyList_append(c->keep, p.conv);
    c->v[i] = (char *)p.narrow;
    tyPosix_pathFree(&p);
    return r;
}

int tyPosix_argvStrings(const char *fname, const char *what, TyObject *argv, TyPosixStrings *c)
{
    c->v = NULL;
    c->keep = NULL;
    if (!TY_LIST_CHECK(argv) && !TY_TUPLE_CHECK(argv)) {
        tyErr_format(&TyExc_TypeError, "%s must be a tuple or list", what);
        return -1;
    }
    TyObject *items = tyTuple_fromIterable(argv);
    if (!items)
        return -1;
    ssize_t n = TY_TUPLE_LEN(items);
    int r = -1;
    if (n == 0) {
        tyErr_format(&TyExc_ValueError, "%s must not be empty", what);
        goto done;
    }
    c->v = tyMem_calloc((size_t)n + 1, sizeof(char *));
    c->keep = tyList_new(0);
    if (!c->v || !c->keep) {
        tyErr_noMemory();
        goto done;
    }
    for (ssize_t i = 0; i < n; i++)
        if (strings_add(c, (size_t)i, TY_TUPLE_GET(items, i), fname) < 0)
            goto done;
    if (c->v[0][0] == '\0') {
        tyErr_format(&TyExc_ValueError, "%s first element cannot be empty", what);
        goto done;
    }
    r = 0;
done:
    TY_DECREF(items);
    if (r < 0)
        tyPosix_stringsFree(c);
    return r;
}

int tyPosix_envStrings(TyObject *env, TyPosixStrings *c)
{
    c->v = NULL;
    c->keep = NULL;
    TyObject *name = tyStr_internC("keys");
    TyObject *keys = name ? tyObj_callMethod(env, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    TyObject *klist = keys ? tyList_fromIterable(keys) : NULL;
    TY_XDECREF(keys);
    if (!klist)
        return -1;
    ssize_t n = TY_LIST_LEN(klist);
    int r = -1;
    c->v = tyMem_calloc((size_t)n + 1, sizeof(char *));
    c->keep = tyList_new(0);
    if (!c->v || !c->keep) {
        tyErr_noMemory();
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        TyObject *k = TY_LIST_GET(klist, i);
        TyObject *v = tyObj_getItem(env, k);
        if (!v)
            goto done;
        TyPathArg pk, pv;
        int ok = tyPosix_path("execve", "env", k, false, false, &pk);
        if (ok == 0 && tyPosix_path("execve", "env", v, false, false, &pv) < 0) {
            tyPosix_pathFree(&pk);
            ok = -1;
        }
        TY_DECREF(v);
        if (ok < 0)
            goto done;
        TyObject *kv = NULL;
        if (pk.narrow[0] == '\0' || strchr(pk.narrow + 1, '='))
            tyErr_setString(&TyExc_ValueError, "illegal environment variable name");
        else
            kv = tyBytes_fromData(NULL, (ssize_t)(strlen(pk.narrow) + 1 + strlen(pv.narrow)));
        if (kv)
            sprintf(TY_BYTES_DATA(kv), "%s=%s", pk.narrow, pv.narrow);
        tyPosix_pathFree(&pk);
        tyPosix_pathFree(&pv);
        if (!kv || tyList_appendSteal(c->keep, kv) < 0)
            goto done;
        c->v[i] = TY_BYTES_DATA(kv);
    }
    r = 0;
done:
    TY_DECREF(klist);
    if (r < 0)
        tyPosix_stringsFree(c);
    return r;
}

static TyObject *exec_common(const char *fname, TyObject *path, TyObject *argv, TyObject *env)
{
    TyPathArg p;
    if (tyPosix_path(fname, "path", path, env != NULL, false, &p) < 0)
        return NULL;
    TyPosixStrings av, ev = { NULL, NULL };
    char what[64];
    snprintf(what, sizeof what, "%s() arg 2", fname);
    if (tyPosix_argvStrings(fname, what, argv, &av) < 0) {
        tyPosix_pathFree(&p);
        return NULL;
    }
    if (env && tyPosix_envStrings(env, &ev) < 0) {
        tyPosix_stringsFree(&av);
        tyPosix_pathFree(&p);
        return NULL;
    }
    if (!env)
        execv(p.narrow, av.v);
    else if (p.is_fd)
        fexecve(p.fd, av.v, ev.v);
    else
        execve(p.narrow, av.v, ev.v);
    tyPosix_error(NULL, NULL);
    tyPosix_stringsFree(&av);
    tyPosix_stringsFree(&ev);
    tyPosix_pathFree(&p);
    return NULL;
}

static TyObject *px_execv(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("execv", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return exec_common("execv", args[0], args[1], NULL);
}

static TyObject *px_execve(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "argv", "env", NULL };
    TyObject *a[3];
    if (tyArg_unpack("execve", args, nargs, kwnames, names, 3, 3, a) < 0)
        return NULL;
    if (!tyType_lookupStr(TY_TYPE(a[2]), "keys"))
        return tyErr_setString(&TyExc_TypeError, "execve: environment must be a mapping object");
    return exec_common("execve", a[0], a[1], a[2]);
}

static TyObject *pid_status(pid_t pid, int status)
{
    TyObject *a = tyInt_fromI64(pid), *b = tyInt_fromI64(status);
    TyObject *r = a && b ? tyTuple_pack(2, a, b) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    return r;
}

static TyObject *px_waitpid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t pid, options;
    if (positional("waitpid", nargs, kwnames, 2, 2) < 0 || tyPosix_int(args[0], &pid) < 0 ||
        tyPosix_int(args[1], &options) < 0)
        return NULL;
    int status = 0;
    pid_t r;
    do {
        r = waitpid((pid_t)pid, &status, (int)options);
    } while (r < 0 && errno == EINTR && tyErr_checkSignals() == 0);
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return pid_status(r, status);
}

static TyObject *px_wait(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("wait", nargs, kwnames, 0, 0) < 0)
        return NULL;
    int status = 0;
    pid_t r;
    do {
        r = wait(&status);
    } while (r < 0 && errno == EINTR && tyErr_checkSignals() == 0);
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return pid_status(r, status);
}

static const char *const waitid_fields[] = { "si_pid", "si_uid", "si_signo", "si_status", "si_code" };
static TyStructSeqType waitid_type = TY_STRUCTSEQ_TYPE("posix.waitid_result", waitid_fields, 5, true);

/* waitid(idtype, id, options, /): a waitid_result, or None when WNOHANG
** found no child that changed state. */
static TyObject *px_waitid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t idtype, id, options;
    if (positional("waitid", nargs, kwnames, 3, 3) < 0 || tyPosix_int(args[0], &idtype) < 0 ||
        tyPosix_int(args[1], &id) < 0 || tyPosix_int(args[2], &options) < 0)
        return NULL;
    siginfo_t info;
    memset(&info, 0, sizeof info);
    int r;
    do {
        r = waitid((idtype_t)idtype, (id_t)id, &info, (int)options);
    } while (r < 0 && errno == EINTR && tyErr_checkSignals() == 0);
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    if (info.si_pid == 0)
        return none();
    TyObject *v[5] = { tyInt_fromI64(info.si_pid), tyInt_fromU64(info.si_uid), tyInt_fromI64(info.si_signo),
                       tyInt_fromI64(info.si_status), tyInt_fromI64(info.si_code) };
    return tyStructSeq_fromValues(&waitid_type, v);
}

/* (pid, status, resource.struct_rusage(...)) for wait3 and wait4; the
** rusage type is the resource module's, imported here as CPython does. */
static TyObject *pid_status_rusage(pid_t pid, int status, const struct rusage *ru)
{
    TyObject *resource = tyImport_importC("resource");
    TyObject *type = resource ? tyObj_getAttrStr(resource, "struct_rusage") : NULL;
    TY_XDECREF(resource);
    if (!type)
        return NULL;
    TyObject *fields = tyTuple_new(16);
    if (fields) {
        double ut = (double)ru->ru_utime.tv_sec + ru->ru_utime.tv_usec * 1e-6;
        double st = (double)ru->ru_stime.tv_sec + ru->ru_stime.tv_usec * 1e-6;
        long rest[14] = { ru->ru_maxrss, ru->ru_ixrss, ru->ru_idrss, ru->ru_isrss, ru->ru_minflt,
                          ru->ru_majflt, ru->ru_nswap, ru->ru_inblock, ru->ru_oublock, ru->ru_msgsnd,
                          ru->ru_msgrcv, ru->ru_nsignals, ru->ru_nvcsw, ru->ru_nivcsw };
        TY_TUPLE_SET(fields, 0, tyFloat_from(ut));
        TY_TUPLE_SET(fields, 1, tyFloat_from(st));
        for (int i = 0; i < 14; i++)
            TY_TUPLE_SET(fields, i + 2, tyInt_fromI64(rest[i]));
        for (int i = 0; i < 16; i++)
            if (!TY_TUPLE_GET(fields, i))
                TY_CLEAR(fields);
    }
    TyObject *usage = fields ? tyObj_callOneArg(type, fields) : NULL;
    TY_XDECREF(fields);
    TY_DECREF(type);
    TyObject *ps = usage ? pid_status(pid, status) : NULL;
    TyObject *r = ps ? tyTuple_pack(3, TY_TUPLE_GET(ps, 0), TY_TUPLE_GET(ps, 1), usage) : NULL;
    TY_XDECREF(ps);
    TY_XDECREF(usage);
    return r;
}

/* wait3(options) and wait4(pid, options): waitpid with the child's
** resource usage. */
static TyObject *wait_rusage(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                             bool with_pid)
{
    static const char *const names3[] = { "options", NULL };
    static const char *const names4[] = { "pid", "options", NULL };
    TyObject *a[2];
    int64_t pid = -1, options;
    if (tyArg_unpack(fname, args, nargs, kwnames, with_pid ? names4 : names3, with_pid ? 2 : 1,
                     with_pid ? 2 : 1, a) < 0 ||
        (with_pid && tyPosix_int(a[0], &pid) < 0) || tyPosix_int(a[with_pid ? 1 : 0], &options) < 0)
        return NULL;
    struct rusage ru;
    int status = 0;
    pid_t r;
    do {
        r = wait4((pid_t)pid, &status, (int)options, &ru);
    } while (r < 0 && errno == EINTR && tyErr_checkSignals() == 0);
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return pid_status_rusage(r, status, &ru);
}

static TyObject *px_wait3(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return wait_rusage("wait3", args, nargs, kwnames, false);
}

static TyObject *px_wait4(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return wait_rusage("wait4", args, nargs, kwnames, true);
}

/* tcgetpgrp(fd, /): the process group of the terminal's foreground. */
static TyObject *px_tcgetpgrp(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (positional("tcgetpgrp", nargs, kwnames, 1, 1) < 0 || tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    pid_t pg = tcgetpgrp(fd);
    return pg < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(pg);
}

static TyObject *px_tcsetpgrp(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    int64_t pg;
    if (positional("tcsetpgrp", nargs, kwnames, 2, 2) < 0 || tyPosix_fd(args[0], &fd) < 0 ||
        tyPosix_int(args[1], &pg) < 0)
        return NULL;
    return tcsetpgrp(fd, (pid_t)pg) < 0 ? tyPosix_error(NULL, NULL) : none();
}

/* ctermid(): the name of the controlling terminal. */
static TyObject *px_ctermid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("ctermid", nargs, kwnames, 0, 0) < 0)
        return NULL;
    char buf[L_ctermid];
    char *name = ctermid(buf);
    return name ? tyStr_fromCStr(name) : tyPosix_error(NULL, NULL);
}

/* The status argument of the W* functions and waitstatus_to_exitcode. */
static int status_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, int *status)
{
    static const char *const names[] = { "status", NULL };
    TyObject *a[1];
    int64_t v;
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 1, 1, a) < 0 || tyPosix_int(a[0], &v) < 0)
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        tyErr_setString(&TyExc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *status = (int)v;
    return 0;
}

#define W_BOOL(pyname, macro)                                                                   \
    static TyObject *px_##pyname(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                           \
        int s;                                                                                  \
        if (status_arg(#pyname, args, nargs, kwnames, &s) < 0)                                  \
            return NULL;                                                                        \
        return tyBool_from(macro(s));                                                           \
    }
#define W_INT(pyname, macro)                                                                    \
    static TyObject *px_##pyname(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                           \
        int s;                                                                                  \
        if (status_arg(#pyname, args, nargs, kwnames, &s) < 0)                                  \
            return NULL;                                                                        \
        return tyInt_fromI64(macro(s));                                                         \
    }

W_BOOL(WIFEXITED, WIFEXITED)
W_BOOL(WIFSIGNALED, WIFSIGNALED)
W_BOOL(WIFSTOPPED, WIFSTOPPED)
W_BOOL(WIFCONTINUED, WIFCONTINUED)
W_BOOL(WCOREDUMP, WCOREDUMP)
W_INT(WEXITSTATUS, WEXITSTATUS)
W_INT(WTERMSIG, WTERMSIG)
W_INT(WSTOPSIG, WSTOPSIG)

#undef W_BOOL
#undef W_INT

static TyObject *px_waitstatus_to_exitcode(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int s;
    if (status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &s) < 0)
        return NULL;
    if (WIFEXITED(s))
        return tyInt_fromI64(WEXITSTATUS(s));
    if (WIFSIGNALED(s))
        return tyInt_fromI64(-WTERMSIG(s));
    if (WIFSTOPPED(s))
        return tyErr_format(&TyExc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(s));
    return tyErr_format(&TyExc_ValueError, "invalid wait status: %d", s);
}

/* ---- the system ------------------------------------------------------------------------- */

static const char *const uname_fields[] = { "sysname", "nodename", "release", "version", "machine" };
static const char *const times_fields[] = { "user", "system", "children_user", "children_system", "elapsed" };
static const char *const terminal_fields[] = { "columns", "lines" };
static const char *const statvfs_fields[] = {
    "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
    "f_flag", "f_namemax", "f_fsid",
};

static TyStructSeqType uname_type = TY_STRUCTSEQ_TYPE("posix.uname_result", uname_fields, 5, true);
static TyStructSeqType times_type = TY_STRUCTSEQ_TYPE("posix.times_result", times_fields, 5, true);
static TyStructSeqType terminal_type = TY_STRUCTSEQ_TYPE("os.terminal_size", terminal_fields, 2, true);
static TyStructSeqType statvfs_type = TY_STRUCTSEQ_TYPE("os.statvfs_result", statvfs_fields, 10, true);

static TyObject *px_uname(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("uname", nargs, kwnames, 0, 0) < 0)
        return NULL;
    struct utsname u;
    if (uname(&u) < 0)
        return tyPosix_error(NULL, NULL);
    const char *s[5] = { u.sysname, u.nodename, u.release, u.version, u.machine };
    TyObject *v[5];
    for (int i = 0; i < 5; i++)
        v[i] = tyStr_decodeUtf8(s[i], (ssize_t)strlen(s[i]));
    return tyStructSeq_fromValues(&uname_type, v);
}

static TyObject *px_times(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("times", nargs, kwnames, 0, 0) < 0)
        return NULL;
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1)
        return tyPosix_error(NULL, NULL);
    double tick = (double)sysconf(_SC_CLK_TCK);
    TyObject *v[5] = {
        tyFloat_from((double)t.tms_utime / tick), tyFloat_from((double)t.tms_stime / tick),
        tyFloat_from((double)t.tms_cutime / tick), tyFloat_from((double)t.tms_cstime / tick),
        tyFloat_from((double)c / tick),
    };
    return tyStructSeq_fromValues(&times_type, v);
}

static TyObject *px_get_terminal_size(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("get_terminal_size", nargs, kwnames, 0, 1) < 0)
        return NULL;
    int fd = STDOUT_FILENO;
    if (nargs && tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return tyPosix_error(NULL, NULL);
    TyObject *v[2] = { tyInt_fromI64(w.ws_col), tyInt_fromI64(w.ws_row) };
    return tyStructSeq_fromValues(&terminal_type, v);
}

/* statvfs(path) and fstatvfs(fd): the figures of the file system holding
** a file. */
static TyObject *statvfs_common(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                                bool fd_only)
{
    static const char *const pnames[] = { "path", NULL };
    static const char *const fnames[] = { "fd", NULL };
    TyObject *a[1];
    if (tyArg_unpack(fname, args, nargs, kwnames, fd_only ? fnames : pnames, 1, 1, a) < 0)
        return NULL;
    TyPathArg p;
    if (fd_only) {
        memset(&p, 0, sizeof p);
        p.is_fd = true;
        if (tyPosix_fd(a[0], &p.fd) < 0)
            return NULL;
    } else if (tyPosix_path(fname, "path", a[0], true, false, &p) < 0) {
        return NULL;
    }
    struct statvfs st;
    int r;
    do {
        r = p.is_fd ? fstatvfs(p.fd, &st) : statvfs(p.narrow, &st);
    } while (r < 0 && errno == EINTR && tyErr_checkSignals() == 0);
    TyObject *res = NULL;
    if (r < 0) {
        if (!tyErr_occurred())
            tyPosix_error(p.is_fd ? NULL : p.object, NULL);
    } else {
        TyObject *v[11] = {
            tyInt_fromU64(st.f_bsize), tyInt_fromU64(st.f_frsize), tyInt_fromU64(st.f_blocks),
            tyInt_fromU64(st.f_bfree), tyInt_fromU64(st.f_bavail), tyInt_fromU64(st.f_files),
            tyInt_fromU64(st.f_ffree), tyInt_fromU64(st.f_favail), tyInt_fromU64(st.f_flag),
            tyInt_fromU64(st.f_namemax), tyInt_fromU64(st.f_fsid),
        };
        res = tyStructSeq_fromValues(&statvfs_type, v);
    }
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_statvfs(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return statvfs_common("statvfs", args, nargs, kwnames, false);
}

static TyObject *px_fstatvfs(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return statvfs_common("fstatvfs", args, nargs, kwnames, true);
}

static TyObject *px_cpu_count(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("cpu_count", nargs, kwnames, 0, 0) < 0)
        return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? none() : tyInt_fromI64(n);
}

static TyObject *px_urandom(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t n;
    if (positional("urandom", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &n) < 0)
        return NULL;
    if (n < 0)
        return tyErr_setString(&TyExc_ValueError, "negative argument not allowed");
    TyObject *b = tyBytes_fromData(NULL, (ssize_t)n);
    for (int64_t got = 0; b && got < n;) {
        ssize_t r = getrandom(TY_BYTES_DATA(b) + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR && tyErr_checkSignals() == 0)
                continue;
            TY_CLEAR(b);
            if (!tyErr_occurred())
                tyPosix_error(NULL, NULL);
            break;
        }
        got += r;
    }
    return b;
}

static TyObject *px_strerror(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t code;
    if (positional("strerror", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &code) < 0)
        return NULL;
    return tyStr_fromCStr(strerror((int)code));
}

static TyObject *px_getloadavg(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("getloadavg", nargs, kwnames, 0, 0) < 0)
        return NULL;
    double l[3];
    if (getloadavg(l, 3) != 3)
        return tyErr_setString(&TyExc_OSError, "Load averages are unobtainable");
    TyObject *a = tyFloat_from(l[0]), *b = tyFloat_from(l[1]), *c = tyFloat_from(l[2]);
    TyObject *r = a && b && c ? tyTuple_pack(3, a, b, c) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    TY_XDECREF(c);
    return r;
}

/* system(command): the wait status of `/bin/sh -c command`. */
static TyObject *px_system(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "command", NULL };
    TyObject *a[1];
    if (tyArg_unpack("system", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyPathArg p;
    if (tyPosix_path("system", "command", a[0], false, false, &p) < 0)
        return NULL;
    int r = system(p.narrow);
    tyPosix_pathFree(&p);
    if (r == -1)
        return tyPosix_error(NULL, NULL);
    return tyInt_fromI64(r);
}

static TyObject *px_ttyname(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (positional("ttyname", nargs, kwnames, 1, 1) < 0 || tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    char buf[256];
    int err = ttyname_r(fd, buf, sizeof buf);
    if (err) {
        errno = err;
        return tyPosix_error(NULL, NULL);
    }
    return tyStr_decodeUtf8(buf, (ssize_t)strlen(buf));
}

/* A device number argument (CPython's _Py_Dev_Converter: an int in
** 0..2**64-1). */
static int dev_arg(TyObject *o, dev_t *out)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_setString(&TyExc_TypeError, "an integer is required");
        return -1;
    }
    if (tyInt_sign(o) < 0) {
        tyErr_setString(&TyExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    uint64_t v = tyInt_asU64Mask(o);
    TyObject *back = tyInt_fromU64(v);
    if (!back)
        return -1;
    int same = tyInt_compare(back, o) == 0;
    TY_DECREF(back);
    if (!same) {
        tyErr_setString(&TyExc_OverflowError, "int too big to convert");
        return -1;
    }
    *out = (dev_t)v;
    return 0;
}

/* A C int argument of makedev (_PyLong_AsInt's message). */
static int c_int_arg(TyObject *o, int *out)
{
    int64_t v;
    if (tyPosix_int(o, &v) < 0)
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        tyErr_setString(&TyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static TyObject *px_major(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    dev_t dev;
    if (positional("major", nargs, kwnames, 1, 1) < 0 || dev_arg(args[0], &dev) < 0)
        return NULL;
    return tyInt_fromU64(major(dev));
}

static TyObject *px_minor(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    dev_t dev;
    if (positional("minor", nargs, kwnames, 1, 1) < 0 || dev_arg(args[0], &dev) < 0)
        return NULL;
    return tyInt_fromU64(minor(dev));
}

/* makedev(major, minor): the device number, read back as a signed 64-bit
** value as CPython's _PyLong_FromDev gives it. */
static TyObject *px_makedev(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int ma, mi;
    if (positional("makedev", nargs, kwnames, 2, 2) < 0 || c_int_arg(args[0], &ma) < 0 ||
        c_int_arg(args[1], &mi) < 0)
        return NULL;
    return tyInt_fromI64((int64_t)makedev((unsigned)ma, (unsigned)mi));
}

static TyObject *px_sync(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("sync", nargs, kwnames, 0, 0) < 0)
        return NULL;
    sync();
    return none();
}

/* ---- sysconf and confstr ---------------------------------------------------------------- */

typedef struct ConfName {
    const char *name;
    int value;
} ConfName;

static const ConfName sysconf_names[] = {
    { "SC_ARG_MAX", _SC_ARG_MAX }, { "SC_CHILD_MAX", _SC_CHILD_MAX }, { "SC_CLK_TCK", _SC_CLK_TCK },
    { "SC_NGROUPS_MAX", _SC_NGROUPS_MAX }, { "SC_OPEN_MAX", _SC_OPEN_MAX }, { "SC_PAGESIZE", _SC_PAGESIZE },
    { "SC_PAGE_SIZE", _SC_PAGE_SIZE }, { "SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF },
    { "SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN }, { "SC_PHYS_PAGES", _SC_PHYS_PAGES },
    { "SC_LINE_MAX", _SC_LINE_MAX }, { "SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX },
    { "SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX }, { "SC_IOV_MAX", _SC_IOV_MAX },
};

static const ConfName pathconf_names[] = {
    { "PC_LINK_MAX", _PC_LINK_MAX }, { "PC_MAX_CANON", _PC_MAX_CANON }, { "PC_MAX_INPUT", _PC_MAX_INPUT },
    { "PC_NAME_MAX", _PC_NAME_MAX }, { "PC_PATH_MAX", _PC_PATH_MAX }, { "PC_PIPE_BUF", _PC_PIPE_BUF },
    { "PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED }, { "PC_NO_TRUNC", _PC_NO_TRUNC },
    { "PC_VDISABLE", _PC_VDISABLE }, { "PC_SYNC_IO", _PC_SYNC_IO }, { "PC_ASYNC_IO", _PC_ASYNC_IO },
    { "PC_PRIO_IO", _PC_PRIO_IO }, { "PC_SOCK_MAXBUF", _PC_SOCK_MAXBUF },
    { "PC_FILESIZEBITS", _PC_FILESIZEBITS }, { "PC_REC_INCR_XFER_SIZE", _PC_REC_INCR_XFER_SIZE },
    { "PC_REC_MAX_XFER_SIZE", _PC_REC_MAX_XFER_SIZE }, { "PC_REC_MIN_XFER_SIZE", _PC_REC_MIN_XFER_SIZE },
    { "PC_REC_XFER_ALIGN", _PC_REC_XFER_ALIGN }, { "PC_ALLOC_SIZE_MIN", _PC_ALLOC_SIZE_MIN },
    { "PC_SYMLINK_MAX", _PC_SYMLINK_MAX },
};

static const ConfName confstr_names[] = {
    { "CS_PATH", _CS_PATH },
    { "CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION },
    { "CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION },
};

/* A name argument: an int, or a string from `table`. */
static int conf_name(TyObject *o, const ConfName *table, size_t n, int *out)
{
    if (TY_STR_CHECK(o)) {
        for (size_t i = 0; i < n; i++)
            if (tyStr_eqC(o, table[i].name)) {
                *out = table[i].value;
                return 0;
            }
        tyErr_setString(&TyExc_ValueError, "unrecognized configuration name");
        return -1;
    }
    if (!TY_INT_CHECK(o)) {
        tyErr_setString(&TyExc_TypeError, "configuration names must be strings or integers");
        return -1;
    }
    int64_t v;
    if (tyInt_asI64(o, &v) < 0)
        return -1;
    *out = (int)v;
    return 0;
}

static TyObject *px_sysconf(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int name;
    if (positional("sysconf", nargs, kwnames, 1, 1) < 0 ||
        conf_name(args[0], sysconf_names, TY_ARRAY_LEN(sysconf_names), &name) < 0)
        return NULL;
    errno = 0;
    long v = sysconf(name);
    if (v == -1 && errno)
        return tyPosix_error(NULL, NULL);
    return tyInt_fromI64(v);
}

/* pathconf(path, name) (path may be a descriptor) and fpathconf(fd,
** name): -1 without errno is a value (no limit). */
static TyObject *pathconf_common(const char *fname, bool fd_only, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    static const char *const path_names[] = { "path", "name", NULL };
    static const char *const fd_names[] = { "fd", "name", NULL };
    TyObject *a[2];
    if (tyArg_unpack(fname, args, nargs, kwnames, fd_only ? fd_names : path_names, 2, 2, a) < 0)
        return NULL;
    TyPathArg p = { 0 };
    int fd = -1;
    if (fd_only ? tyPosix_fileno(a[0], &fd) < 0 : tyPosix_path(fname, "path", a[0], true, false, &p) < 0)
        return NULL;
    int name;
    TyObject *r = NULL;
    if (conf_name(a[1], pathconf_names, TY_ARRAY_LEN(pathconf_names), &name) == 0) {
        errno = 0;
        long v = fd_only || p.is_fd ? fpathconf(fd_only ? fd : p.fd, name) : pathconf(p.narrow, name);
        r = v == -1 && errno ? tyPosix_error(NULL, NULL) : tyInt_fromI64(v);
    }
    if (!fd_only)
        tyPosix_pathFree(&p);
    return r;
}

static TyObject *px_pathconf(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return pathconf_common("pathconf", false, args, nargs, kwnames);
}

static TyObject *px_fpathconf(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return pathconf_common("fpathconf", true, args, nargs, kwnames);
}

static TyObject *px_confstr(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int name;
    if (positional("confstr", nargs, kwnames, 1, 1) < 0 ||
        conf_name(args[0], confstr_names, TY_ARRAY_LEN(confstr_names), &name) < 0)
        return NULL;
    char buf[256];
    errno = 0;
    size_t n = confstr(name, buf, sizeof buf);
    if (n == 0) {
        if (errno)
            return tyPosix_error(NULL, NULL);
        return none();
    }
    if (n > sizeof buf) {
        char *big = tyMem_malloc(n);
        if (!big)
            return tyErr_noMemory();
        confstr(name, big, n);
        TyObject *r = tyStr_decodeUtf8(big, (ssize_t)strlen(big));
        tyMem_free(big);
        return r;
    }
    return tyStr_decodeUtf8(buf, (ssize_t)strlen(buf));
}

static TyObject *conf_dict(const ConfName *table, size_t n)
{
    TyObject *d = tyDict_new();
    for (size_t i = 0; d && i < n; i++) {
        TyObject *v = tyInt_fromI64(table[i].value);
        if (!v || tyDict_setItemStr(d, table[i].name, v) < 0)
            TY_CLEAR(d);
        TY_XDECREF(v);
    }
    return d;
}

TyMethodDef tyPosix_procFunctions[] = {
    { "putenv", px_putenv, TY_METH_DEFAULT, "Change or add an environment variable." },
    { "unsetenv", px_unsetenv, TY_METH_DEFAULT, "Delete an environment variable." },
    { "getpid", px_getpid, TY_METH_DEFAULT, "Return the current process id." },
    { "getppid", px_getppid, TY_METH_DEFAULT, "Return the parent's process id." },
    { "getuid", px_getuid, TY_METH_DEFAULT, "Return the current process's user id." },
    { "geteuid", px_geteuid, TY_METH_DEFAULT, "Return the current process's effective user id." },
    { "getgid", px_getgid, TY_METH_DEFAULT, "Return the current process's group id." },
    { "getegid", px_getegid, TY_METH_DEFAULT, "Return the current process's effective group id." },
    { "getpgrp", px_getpgrp, TY_METH_DEFAULT, "Return the current process group id." },
    { "getpgid", px_getpgid, TY_METH_DEFAULT, "Call the system call getpgid(), and return the result." },
    { "setpgid", px_setpgid, TY_METH_DEFAULT, "Call the system call setpgid(pid, pgrp)." },
    { "getsid", px_getsid, TY_METH_DEFAULT, "Call the system call getsid(pid) and return the result." },
    { "setsid", px_setsid, TY_METH_DEFAULT, "Call the system call setsid()." },
    { "getgroups", px_getgroups, TY_METH_DEFAULT, "Return list of supplemental group IDs for the process." },
    { "getlogin", px_getlogin, TY_METH_DEFAULT, "Return the actual login name." },
    { "kill", px_kill, TY_METH_DEFAULT, "Kill a process with a signal." },
    { "killpg", px_killpg, TY_METH_DEFAULT, "Kill a process group with a signal." },
    { "abort", px_abort, TY_METH_DEFAULT, "Abort the interpreter immediately." },
    { "nice", px_nice, TY_METH_DEFAULT, "Add increment to the priority of process and return the new priority." },
    { "register_at_fork", px_register_at_fork, TY_METH_DEFAULT, "Register callables to be called when forking a new process." },
    { "fork", px_fork, TY_METH_DEFAULT, "Fork a child process." },
    { "_exit", px_exit, TY_METH_DEFAULT, "Exit to the system with specified status, without normal exit processing." },
    { "execv", px_execv, TY_METH_DEFAULT, "Execute an executable path with arguments, replacing current process." },
    { "execve", px_execve, TY_METH_DEFAULT, "Execute an executable path with arguments, replacing current process." },
    { "waitpid", px_waitpid, TY_METH_DEFAULT, "Wait for completion of a given child process." },
    { "wait", px_wait, TY_METH_DEFAULT, "Wait for completion of a child process." },
    { "WIFEXITED", px_WIFEXITED, TY_METH_DEFAULT, "Return True if the process returning status exited via the exit() system call." },
    { "WIFSIGNALED", px_WIFSIGNALED, TY_METH_DEFAULT, "Return True if the process returning status was terminated by a signal." },
    { "WIFSTOPPED", px_WIFSTOPPED, TY_METH_DEFAULT, "Return True if the process returning status was stopped." },
    { "WIFCONTINUED", px_WIFCONTINUED, TY_METH_DEFAULT, "Return True if a particular process was continued from a job control stop." },
    { "WCOREDUMP", px_WCOREDUMP, TY_METH_DEFAULT, "Return True if the process returning status was dumped to a core file." },
    { "WEXITSTATUS", px_WEXITSTATUS, TY_METH_DEFAULT, "Return the process return code from status." },
    { "WTERMSIG", px_WTERMSIG, TY_METH_DEFAULT, "Return the signal that terminated the process that provided the status value." },
    { "WSTOPSIG", px_WSTOPSIG, TY_METH_DEFAULT, "Return the signal that stopped the process that provided the status value." },
    { "waitstatus_to_exitcode", px_waitstatus_to_exitcode, TY_METH_DEFAULT, "Convert a wait status to an exit code." },
    { "uname", px_uname, TY_METH_DEFAULT, "Return an object identifying the current operating system." },
    { "times", px_times, TY_METH_DEFAULT, "Return a collection containing process timing information." },
    { "get_terminal_size", px_get_terminal_size, TY_METH_DEFAULT, "Return the size of the terminal window as (columns, lines)." },
    { "statvfs", px_statvfs, TY_METH_DEFAULT, "Perform a statvfs system call on the given path." },
    { "fstatvfs", px_fstatvfs, TY_METH_DEFAULT, "Perform an fstatvfs system call on the given fd." },
    { "cpu_count", px_cpu_count, TY_METH_DEFAULT, "Return the number of CPUs in the system; return None if indeterminable." },
    { "urandom", px_urandom, TY_METH_DEFAULT, "Return a bytes object containing random bytes suitable for cryptographic use." },
    { "strerror", px_strerror, TY_METH_DEFAULT, "Translate an error code to a message string." },
    { "getloadavg", px_getloadavg, TY_METH_DEFAULT, "Return average recent system load information." },
    { "system", px_system, TY_METH_DEFAULT, "Execute the command in a subshell." },
    { "ttyname", px_ttyname, TY_METH_DEFAULT, "Return the name of the terminal device connected to 'fd'." },
    { "major", px_major, TY_METH_DEFAULT, "Extracts a device major number from a raw device number." },
    { "minor", px_minor, TY_METH_DEFAULT, "Extracts a device minor number from a raw device number." },
    { "makedev", px_makedev, TY_METH_DEFAULT, "Composes a raw device number from the major and minor device numbers." },
    { "sync", px_sync, TY_METH_DEFAULT, "Force write of everything to disk." },
    { "sysconf", px_sysconf, TY_METH_DEFAULT, "Return an integer-valued system configuration variable." },
    { "confstr", px_confstr, TY_METH_DEFAULT, "Return a string-valued system configuration variable." },
    { "pathconf", px_pathconf, TY_METH_DEFAULT, "Return the configuration limit name for the file or directory path." },
    { "fpathconf", px_fpathconf, TY_METH_DEFAULT, "Return the configuration limit name for the file descriptor fd." },
    { "waitid", px_waitid, TY_METH_DEFAULT, "Returns the result of waiting for a process or processes." },
    { "wait3", px_wait3, TY_METH_DEFAULT, "Wait for completion of a child process." },
    { "wait4", px_wait4, TY_METH_DEFAULT, "Wait for completion of a specific child process." },
    { "tcgetpgrp", px_tcgetpgrp, TY_METH_DEFAULT, "Return the process group associated with the terminal specified by fd." },
    { "tcsetpgrp", px_tcsetpgrp, TY_METH_DEFAULT, "Set the process group associated with the terminal specified by fd." },
    { "ctermid", px_ctermid, TY_METH_DEFAULT, "Return the name of the controlling terminal for this process." },
    { NULL, NULL, 0, NULL },
};

int tyPosix_procReady(TyObject *m)
{
    if (tyStructSeq_ready(&uname_type) < 0 || tyStructSeq_ready(&waitid_type) < 0 || tyStructSeq_ready(&times_type) < 0 ||
        tyStructSeq_ready(&terminal_type) < 0 || tyStructSeq_ready(&statvfs_type) < 0)
        return -1;
    TyObject *sc = conf_dict(sysconf_names, TY_ARRAY_LEN(sysconf_names));
    TyObject *cs = sc ? conf_dict(confstr_names, TY_ARRAY_LEN(confstr_names)) : NULL;
    TyObject *pc = cs ? conf_dict(pathconf_names, TY_ARRAY_LEN(pathconf_names)) : NULL;
    int r = pc ? 0 : -1;
    if (r == 0)
        r = tyModule_addObject(m, "pathconf_names", pc);
    TY_XDECREF(pc);
    if (r == 0)
        r = tyModule_addObject(m, "sysconf_names", sc);
    if (r == 0)
        r = tyModule_addObject(m, "confstr_names", cs);
    TY_XDECREF(sc);
    TY_XDECREF(cs);
    if (r < 0 || tyModule_addObject(m, "uname_result", (TyObject *)&uname_type) < 0 ||
        tyModule_addObject(m, "times_result", (TyObject *)&times_type) < 0 ||
        tyModule_addObject(m, "terminal_size", (TyObject *)&terminal_type) < 0 ||
        tyModule_addObject(m, "statvfs_result", (TyObject *)&statvfs_type) < 0 ||
        tyModule_addObject(m, "waitid_result", (TyObject *)&waitid_type) < 0)
        return -1;
    return 0;
}

void tyPosix_procFini(void)
{
    TY_CLEAR(ty_state.mod.posix.fork_before);
    TY_CLEAR(ty_state.mod.posix.fork_child);
    TY_CLEAR(ty_state.mod.posix.fork_parent);
    tyType_finiStatic(&statvfs_type.type);
    tyType_finiStatic(&terminal_type.type);
    tyType_finiStatic(&times_type.type);
    tyType_finiStatic(&uname_type.type);
    tyType_finiStatic(&waitid_type.type);
}
