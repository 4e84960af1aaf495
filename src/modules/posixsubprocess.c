/*
** posixsubprocess.c — `_posixsubprocess.fork_exec`, the one call
** CPython's subprocess.Popen makes to start a program on POSIX: fork,
** then in the child wire the pipes to 0/1/2, change directory, umask,
** session and ids, run preexec_fn, close the other descriptors and exec
** each candidate executable in turn.
**
** Everything the child needs is converted to C arrays before the fork,
** so the child only makes system calls (and preexec_fn's Python code,
** as in CPython).  A child that fails writes "OSError:<hex errno>:" (with
** "noexec" when exec was never reached) or "SubprocessError:0:<text>" to
** errpipe_write and exits with 255: subprocess.py reads that pipe and
** raises the matching exception in the parent.
*/
#define _GNU_SOURCE            /* setgroups, dup3 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "modules/posix.h"
#include "modules/posixsubprocess.h"

/* The converted arguments, and the objects their strings live in. */
typedef struct ExecArgs {
    char **argv;            /* NULL-terminated, or NULL for args None */
    char **exes;            /* NULL-terminated candidate executables */
    char **envp;            /* NULL-terminated, or NULL to inherit */
    const char *cwd;
    int *keep;              /* sorted descriptors to keep open */
    size_t nkeep;
    gid_t *groups;
    ssize_t ngroups;        /* -1: leave the groups alone */
    TyObject *holder;       /* list keeping the bytes alive */
} ExecArgs;

static void exec_args_free(ExecArgs *a)
{
    tyMem_free(a->argv);
    tyMem_free(a->exes);
    tyMem_free(a->envp);
    tyMem_free(a->keep);
    tyMem_free(a->groups);
    TY_XDECREF(a->holder);
}

/* A NULL-terminated array of the byte strings of seq's items (str,
** bytes or os.PathLike); NULL array for None when none_ok. 0 / -1. */
static int string_array(TyObject *seq, TyObject *holder, bool none_ok, const char *what, char ***out)
{
    *out = NULL;
    if (seq == TY_NONE && none_ok)
        return 0;
    TyObject *items = tyTuple_fromIterable(seq);
    if (!items)
        return -1;
    ssize_t n = TY_TUPLE_LEN(items);
    char **v = tyMem_calloc((size_t)n + 1, sizeof(char *));
    int r = v ? 0 : -1;
    if (!v)
        tyErr_noMemory();
    for (ssize_t i = 0; r == 0 && i < n; i++) {
        TyPathArg p;
        r = tyPosix_path("fork_exec", what, TY_TUPLE_GET(items, i), false, false, &p);
        if (r == 0) {
            r = tyList_append(holder, p.conv);
            v[i] = (char *)p.narrow;
            tyPosix_pathFree(&p);
        }
    }
    TY_DECREF(items);
    if (r < 0) {
        tyMem_free(v);
        return -1;
    }
    *out = v;
    return 0;
}

static int int_item(TyObject *o, int64_t *v)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_setString(&TyExc_ValueError, "bad value(s) in fds_to_keep");
        return -1;
    }
    return tyInt_asI64(o, v);
}

/* A C int from an int argument, with -1 standing for "not given". */
static int fd_value(TyObject *o, int *fd)
{
    int64_t v;
    if (tyInt_asI64(o, &v) < 0)
        return -1;
    *fd = (int)v;
    return 0;
}

/* ---- the child ------------------------------------------------------------------------- */

/* Report errno (or the text) on the error pipe and end the child. */
static void child_fail(int errpipe, int err, bool noexec, const char *text)
{
    char buf[128];
    int n;
    if (text)
        n = snprintf(buf, sizeof buf, "SubprocessError:0:%s", text);
    else
        n = snprintf(buf, sizeof buf, "OSError:%x:%s", err, noexec ? "noexec" : "");
    if (n > 0) {
        ssize_t w = write(errpipe, buf, (size_t)n);
        (void)w;
    }
    _exit(255);
}

static bool kept(const ExecArgs *a, int fd)
{
    for (size_t i = 0; i < a->nkeep; i++)
        if (a->keep[i] == fd)
            return true;
    return false;
}

/* Close every descriptor from 3 up that is not kept. */
static void close_fds(const ExecArgs *a, int errpipe)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d) {
        long max = sysconf(_SC_OPEN_MAX);
        for (int fd = 3; fd < max; fd++)
            if (fd != errpipe && !kept(a, fd))
                close(fd);
        return;
    }
    int dfd = dirfd(d);
    int fds[1024];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < TY_ARRAY_LEN(fds)) {
        int fd = atoi(e->d_name);
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9' && fd >= 3 && fd != dfd && fd != errpipe && !kept(a, fd))
            fds[n++] = fd;
    }
    closedir(d);
    for (size_t i = 0; i < n; i++)
        close(fds[i]);
}

/* Make fd the child's descriptor target (0, 1 or 2), inheritable. */
static int wire(int fd, int target)
{
    if (fd == target) {
        int f = fcntl(fd, F_GETFD);
        return f < 0 ? -1 : fcntl(fd, F_SETFD, f & ~FD_CLOEXEC);
    }
    return fd >= 0 ? dup2(fd, target) : 0;
}

typedef struct ChildFds {
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
} ChildFds;

typedef struct ChildOpts {
    bool close_fds, restore_signals, call_setsid;
    int64_t pgid, gid, uid, umask;
    TyObject *preexec_fn;
} ChildOpts;

static void child_exec(const ExecArgs *a, ChildFds f, const ChildOpts *o)
{
    int errpipe = f.errpipe_write;
    if (f.p2cwrite >= 0)
        close(f.p2cwrite);
    if (f.c2pread >= 0)
        close(f.c2pread);
    if (f.errread >= 0)
        close(f.errread);
    close(f.errpipe_read);
    /* Descriptors about to be overwritten by an earlier dup2 are moved
    ** out of the way first. */
    if (f.c2pwrite == 0 && (f.c2pwrite = dup(f.c2pwrite)) < 0)
        child_fail(errpipe, errno, true, NULL);
    while (f.errwrite == 0 || f.errwrite == 1)
        if ((f.errwrite = dup(f.errwrite)) < 0)
            child_fail(errpipe, errno, true, NULL);
    if (wire(f.p2cread, 0) < 0 || wire(f.c2pwrite, 1) < 0 || wire(f.errwrite, 2) < 0)
        child_fail(errpipe, errno, true, NULL);
    if (a->cwd && chdir(a->cwd) < 0)
        child_fail(errpipe, errno, true, NULL);
    if (o->umask >= 0)
        umask((mode_t)o->umask);
    if (o->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (o->call_setsid && setsid() < 0)
        child_fail(errpipe, errno, true, NULL);
    if (o->pgid >= 0 && setpgid(0, (pid_t)o->pgid) < 0)
        child_fail(errpipe, errno, true, NULL);
    if (a->ngroups >= 0 && setgroups((size_t)a->ngroups, a->groups) < 0)
        child_fail(errpipe, errno, true, NULL);
    if (o->gid >= 0 && setregid((gid_t)o->gid, (gid_t)o->gid) < 0)
        child_fail(errpipe, errno, true, NULL);
    if (o->uid >= 0 && setreuid((uid_t)o->uid, (uid_t)o->uid) < 0)
        child_fail(errpipe, errno, true, NULL);
    if (o->preexec_fn != TY_NONE) {
        TyObject *r = tyObj_callNoArgs(o->preexec_fn);
        if (!r)
            child_fail(errpipe, 0, false, "Exception occurred in preexec_fn.");
        TY_DECREF(r);
    }
    if (o->close_fds)
        close_fds(a, errpipe);
    /* The kept descriptors become inheritable, except the error pipe,
    ** which exec must close so that the parent sees its end. */
    for (size_t i = 0; i < a->nkeep; i++) {
        if (a->keep[i] == errpipe)
            continue;
        int fl = fcntl(a->keep[i], F_GETFD);
        if (fl >= 0)
            fcntl(a->keep[i], F_SETFD, fl & ~FD_CLOEXEC);
    }
    /* The first error other than "not there" is the one reported. */
    int saved = 0;
    for (char **exe = a->exes; *exe; exe++) {
        if (a->envp)
            execve(*exe, a->argv, a->envp);
        else
            execv(*exe, a->argv);
        if (errno != ENOENT && errno != ENOTDIR && saved == 0)
            saved = errno;
    }
    child_fail(errpipe, saved ? saved : errno, false, NULL);
}

/* ---- fork_exec --------------------------------------------------------------------------- */

static TyObject *ps_fork_exec(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("fork_exec", kwnames) < 0 || tyArg_checkCount("fork_exec", nargs, 23, 23) < 0)
        return NULL;
    ExecArgs a;
    memset(&a, 0, sizeof a);
    a.ngroups = -1;
    ChildFds f;
    ChildOpts o;
    TyObject *r = NULL;
    int close_fds = tyObj_isTrue(args[2]), restore = tyObj_isTrue(args[14]), setsid_ = tyObj_isTrue(args[15]);
    if (close_fds < 0 || restore < 0 || setsid_ < 0)
        return NULL;
    o.close_fds = close_fds;
    o.restore_signals = restore;
    o.call_setsid = setsid_;
    o.preexec_fn = args[21];
    if (fd_value(args[6], &f.p2cread) < 0 || fd_value(args[7], &f.p2cwrite) < 0 ||
        fd_value(args[8], &f.c2pread) < 0 || fd_value(args[9], &f.c2pwrite) < 0 ||
        fd_value(args[10], &f.errread) < 0 || fd_value(args[11], &f.errwrite) < 0 ||
        fd_value(args[12], &f.errpipe_read) < 0 || fd_value(args[13], &f.errpipe_write) < 0)
        return NULL;
    if (tyInt_asI64(args[16], &o.pgid) < 0)
        return NULL;
    o.gid = o.uid = -1;
    if ((args[17] != TY_NONE && tyInt_asI64(args[17], &o.gid) < 0) ||
        (args[19] != TY_NONE && tyInt_asI64(args[19], &o.uid) < 0) || tyInt_asI64(args[20], &o.umask) < 0)
        return NULL;
    if (!TY_TUPLE_CHECK(args[3]))
        return tyErr_setString(&TyExc_TypeError, "pass_fds must be a tuple");
    if (o.preexec_fn != TY_NONE && !tyObj_isCallable(o.preexec_fn))
        return tyErr_setString(&TyExc_TypeError, "preexec_fn must be callable");
    a.holder = tyList_new(0);
    if (!a.holder)
        return NULL;
    if (string_array(args[0], a.holder, true, "args", &a.argv) < 0 ||
        string_array(args[1], a.holder, false, "executable_list", &a.exes) < 0 ||
        string_array(args[5], a.holder, true, "env", &a.envp) < 0)
        goto done;
    if (args[4] != TY_NONE) {
        TyPathArg p;
        if (tyPosix_path("fork_exec", "cwd", args[4], false, false, &p) < 0 || tyList_append(a.holder, p.conv) < 0)
            goto done;
        a.cwd = p.narrow;
        tyPosix_pathFree(&p);
    }
    a.nkeep = (size_t)TY_TUPLE_LEN(args[3]);
    a.keep = tyMem_calloc(a.nkeep + 1, sizeof(int));
    if (!a.keep) {
        tyErr_noMemory();
        goto done;
    }
    for (size_t i = 0; i < a.nkeep; i++) {
        int64_t v;
        if (int_item(TY_TUPLE_GET(args[3], i), &v) < 0)
            goto done;
        a.keep[i] = (int)v;
    }
    if (args[18] != TY_NONE) {
        TyObject *g = tyTuple_fromIterable(args[18]);
        if (!g)
            goto done;
        a.ngroups = TY_TUPLE_LEN(g);
        a.groups = tyMem_calloc((size_t)a.ngroups + 1, sizeof(gid_t));
        for (ssize_t i = 0; a.groups && i < a.ngroups; i++) {
            int64_t v;
            if (tyInt_asI64(TY_TUPLE_GET(g, i), &v) < 0)
                break;
            a.groups[i] = (gid_t)v;
        }
        TY_DECREF(g);
        if (!a.groups || tyErr_occurred()) {
            if (!tyErr_occurred())
                tyErr_noMemory();
            goto done;
        }
    }
    if (!a.argv && !(a.argv = tyMem_calloc(1, sizeof(char *)))) {
        tyErr_noMemory();
        goto done;
    }
    pid_t pid = fork();
    if (pid == 0)
        child_exec(&a, f, &o);
    if (pid < 0)
        tyPosix_error(NULL, NULL);
    else
        r = tyInt_fromI64(pid);
done:
    exec_args_free(&a);
    return r;
}

static TyMethodDef posixsubprocess_functions[] = {
    { "fork_exec", ps_fork_exec, TY_METH_DEFAULT, "Spawn a fresh new child process." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyPosixSubprocess_create(void)
{
    return tyModule_new("_posixsubprocess", posixsubprocess_functions);
}
