/*
** posixspawn.c — posix.posix_spawn and posix_spawnp: start a program in a
** new process without fork(), with CPython 3.11's parameters (file
** actions, process group, reset ids, session, signal mask and defaults)
** and errors.  The C library's posix_spawn does the work.
**
** `scheduler=` is not taken: tally has no os.sched_param (nor the
** sched_* functions that CPython's tests check for before using it).
*/
#define _GNU_SOURCE            /* POSIX_SPAWN_SETSID */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include "tally.h"
#include "modules/posix.h"

extern char **environ;

/* The tags of file_actions tuples (posix.POSIX_SPAWN_OPEN ...). */
enum { SPAWN_OPEN, SPAWN_CLOSE, SPAWN_DUP2 };

/* An int item of a file_actions tuple. */
static int action_int(TyObject *o, int *out)
{
    int64_t v;
    if (tyPosix_int(o, &v) < 0)
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        tyErr_setString(&TyExc_OverflowError, v > 0 ? "signed integer is greater than maximum"
                                                     : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Check a file action's arity: CPython's messages name the action. */
static int action_arity(TyObject *t, ssize_t n, const char *kind)
{
    if (TY_TUPLE_LEN(t) == n)
        return 0;
    tyErr_format(&TyExc_TypeError, "A %s file_action tuple must have %zd elements", kind, n);
    return -1;
}

/* file_actions: a sequence of (OPEN, fd, path, flags, mode), (CLOSE, fd)
** and (DUP2, fd, new_fd) tuples added to fa; the encoded paths go to keep
** (the C library copies them, but only from glibc 2.20 on).  0 / -1. */
static int add_file_actions(const char *fname, TyObject *actions, posix_spawn_file_actions_t *fa,
                            TyObject *keep)
{
    TyObject *seq = TY_LIST_CHECK(actions) || TY_TUPLE_CHECK(actions) ? tyTuple_fromIterable(actions) : NULL;
    if (!seq) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_TypeError, "file_actions must be a sequence or None");
        return -1;
    }
    int rc = 0;
    for (ssize_t i = 0; rc == 0 && i < TY_TUPLE_LEN(seq); i++) {
        TyObject *t = TY_TUPLE_GET(seq, i);
        if (!TY_TUPLE_CHECK(t) || TY_TUPLE_LEN(t) == 0) {
            tyErr_setString(&TyExc_TypeError, "Each file_actions element must be a non-empty tuple");
            rc = -1;
            break;
        }
        int tag, fd, arg2, arg3, err = 0;
        if (action_int(TY_TUPLE_GET(t, 0), &tag) < 0) {
            rc = -1;
        } else if (tag == SPAWN_OPEN) {
            TyPathArg p;
            if (action_arity(t, 5, "open") < 0 || action_int(TY_TUPLE_GET(t, 1), &fd) < 0 ||
                tyPosix_path(fname, "path", TY_TUPLE_GET(t, 2), false, false, &p) < 0) {
                rc = -1;
            } else {
                if (action_int(TY_TUPLE_GET(t, 3), &arg2) < 0 ||
                    action_int(TY_TUPLE_GET(t, 4), &arg3) < 0 || tyList_append(keep, p.conv) < 0)
                    rc = -1;
                else
                    err = posix_spawn_file_actions_addopen(fa, fd, p.narrow, arg2, (mode_t)arg3);
                tyPosix_pathFree(&p);
            }
        } else if (tag == SPAWN_CLOSE) {
            if (action_arity(t, 2, "close") < 0 || action_int(TY_TUPLE_GET(t, 1), &fd) < 0)
                rc = -1;
            else
                err = posix_spawn_file_actions_addclose(fa, fd);
        } else if (tag == SPAWN_DUP2) {
            if (action_arity(t, 3, "dup2") < 0 || action_int(TY_TUPLE_GET(t, 1), &fd) < 0 ||
                action_int(TY_TUPLE_GET(t, 2), &arg2) < 0)
                rc = -1;
            else
                err = posix_spawn_file_actions_adddup2(fa, fd, arg2);
        } else {
            tyErr_setString(&TyExc_TypeError, "Unknown file_actions identifier");
            rc = -1;
        }
        if (rc == 0 && err) {
            errno = err;
            tyPosix_error(NULL, NULL);
            rc = -1;
        }
    }
    TY_DECREF(seq);
    return rc;
}

/* An iterable of signal numbers as a sigset (CPython's
** _Py_Sigset_Converter).  0 / -1. */
static int signal_set(TyObject *o, sigset_t *set)
{
    sigemptyset(set);
    TyObject *it = tyObj_getIter(o);
    if (!it)
        return -1;
    TyObject *item;
    int rc = 0;
    while (rc == 0 && (item = tyIter_next(it))) {
        int64_t sig;
        rc = tyPosix_int(item, &sig);
        TY_DECREF(item);
        if (rc == 0 && (sig <= 0 || sig >= NSIG)) {
            tyErr_format(&TyExc_ValueError, "signal number %lld out of range [1; %d]", (long long)sig,
                         NSIG - 1);
            rc = -1;
        }
        if (rc == 0 && sigaddset(set, (int)sig) < 0) {
            tyPosix_error(NULL, NULL);
            rc = -1;
        }
    }
    TY_DECREF(it);
    return rc == 0 && tyErr_occurred() ? -1 : rc;
}

/* resetids= and setsid=: CPython's bool(accept={int}), an int whose
** truth counts (None is a TypeError). */
static int int_flag(TyObject *o, bool *out)
{
    int64_t v = 0;
    if (o && tyPosix_int(o, &v) < 0)
        return -1;
    *out = v != 0;
    return 0;
}

/* The spawn attributes the keyword arguments ask for (a[0] is
** setpgroup, then resetids, setsid, setsigmask, setsigdef; NULL when not
** given).  0 / -1. */
static int set_attributes(TyObject *const *a, posix_spawnattr_t *attr)
{
    short flags = 0;
    int err = 0;
    if (a[0] && a[0] != TY_NONE) {
        int64_t pgroup;
        if (tyPosix_int(a[0], &pgroup) < 0)
            return -1;
        flags |= POSIX_SPAWN_SETPGROUP;
        err = posix_spawnattr_setpgroup(attr, (pid_t)pgroup);
    }
    bool resetids, setsid;
    if (int_flag(a[1], &resetids) < 0 || int_flag(a[2], &setsid) < 0)
        return -1;
    if (resetids)
        flags |= POSIX_SPAWN_RESETIDS;
    if (setsid)
        flags |= POSIX_SPAWN_SETSID;
    sigset_t set;
    if (!err && a[3]) {
        if (signal_set(a[3], &set) < 0)
            return -1;
        flags |= POSIX_SPAWN_SETSIGMASK;
        err = posix_spawnattr_setsigmask(attr, &set);
    }
    if (!err && a[4]) {
        if (signal_set(a[4], &set) < 0)
            return -1;
        flags |= POSIX_SPAWN_SETSIGDEF;
        err = posix_spawnattr_setsigdefault(attr, &set);
    }
    if (!err)
        err = posix_spawnattr_setflags(attr, flags);
    if (err) {
        errno = err;
        tyPosix_error(NULL, NULL);
        return -1;
    }
    return 0;
}

/* posix_spawn(path, argv, env, /, *, file_actions=(), setpgroup=None,
** resetids=False, setsid=False, setsigmask=(), setsigdef=()): the child's
** pid.  search_path looks the program up in PATH (posix_spawnp). */
static TyObject *spawn(const char *fname, bool search_path, TyObject *const *args, size_t nargs,
                       TyObject *kwnames)
{
    static const char *const names[] = { "", "", "", "file_actions", "setpgroup", "resetids",
                                         "setsid", "setsigmask", "setsigdef", NULL };
    TyObject *a[9];
    if (nargs != 3)
        return tyErr_format(&TyExc_TypeError, "%s() takes exactly 3 positional arguments (%zu given)", fname,
                            nargs);
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 3, 9, a) < 0)
        return NULL;
    /* resetids and setsid are CPython's bool(accept={int}): checked first. */
    bool flag;
    if (int_flag(a[5], &flag) < 0 || int_flag(a[6], &flag) < 0)
        return NULL;
    TyPathArg path;
    if (tyPosix_path(fname, "path", a[0], false, false, &path) < 0)
        return NULL;
    char what[64];
    snprintf(what, sizeof what, "%s: argv", fname);
    TyPosixStrings av = { NULL, NULL }, ev = { NULL, NULL };
    TyObject *keep = NULL, *r = NULL;
    bool have_fa = false, have_attr = false;
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    if (!TY_LIST_CHECK(a[1]) && !TY_TUPLE_CHECK(a[1])) {
        tyErr_format(&TyExc_TypeError, "%s must be a tuple or list", what);
        goto done;
    }
    if (TY_LIST_CHECK(a[1]) ? TY_LIST_LEN(a[1]) == 0 : TY_TUPLE_LEN(a[1]) == 0) {
        tyErr_format(&TyExc_ValueError, "%s must not be empty", what);
        goto done;
    }
    if (!tyType_lookupStr(TY_TYPE(a[2]), "keys")) {
        tyErr_format(&TyExc_TypeError, "%s: environment must be a mapping object", fname);
        goto done;
    }
    if (tyPosix_argvStrings(fname, what, a[1], &av) < 0 || tyPosix_envStrings(a[2], &ev) < 0)
        goto done;
    if (a[3] && a[3] != TY_NONE) {
        keep = tyList_new(0);
        if (!keep)
            goto done;
        posix_spawn_file_actions_init(&fa);
        have_fa = true;
        if (add_file_actions(fname, a[3], &fa, keep) < 0)
            goto done;
    }
    posix_spawnattr_init(&attr);
    have_attr = true;
    if (set_attributes(a + 4, &attr) < 0)
        goto done;
    pid_t pid;
    int err = search_path ? posix_spawnp(&pid, path.narrow, have_fa ? &fa : NULL, &attr, av.v, ev.v)
                          : posix_spawn(&pid, path.narrow, have_fa ? &fa : NULL, &attr, av.v, ev.v);
    if (err) {
        errno = err;
        tyPosix_error(path.object, NULL);
        goto done;
    }
    r = tyInt_fromI64(pid);
done:
    if (have_attr)
        posix_spawnattr_destroy(&attr);
    if (have_fa)
        posix_spawn_file_actions_destroy(&fa);
    TY_XDECREF(keep);
    tyPosix_stringsFree(&av);
    tyPosix_stringsFree(&ev);
    tyPosix_pathFree(&path);
    return r;
}

static TyObject *px_posix_spawn(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return spawn("posix_spawn", false, args, nargs, kwnames);
}

static TyObject *px_posix_spawnp(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return spawn("posix_spawnp", true, args, nargs, kwnames);
}

TyMethodDef tyPosix_spawnFunctions[] = {
    { "posix_spawn", px_posix_spawn, TY_METH_DEFAULT, "Execute the program specified by path in a new process." },
    { "posix_spawnp", px_posix_spawnp, TY_METH_DEFAULT, "Execute the program specified by path in a new process." },
    { NULL, NULL, 0, NULL },
};
