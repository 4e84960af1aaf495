/*
** posixfs.c — the posix functions over files and descriptors: stat,
** open/read/write/close and their kin, and the ones that change names,
** modes, owners and times.  Their parameters, defaults and errors are
** CPython 3.11's (dir_fd and follow_symlinks through the *at calls);
** a call interrupted by a signal is retried unless a handler raised.
*/
#define _GNU_SOURCE            /* dup3, pipe2, F_DUPFD_CLOEXEC */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "tally.h"
#include "buffer.h"
#include "modules/posix.h"

/* Repeat a system call that failed with EINTR while no handler raised. */
#define UNPACK(fname, names, required, maxpos, a)                                            \
    if (tyArg_unpack(fname, args, nargs, kwnames, names, required, maxpos, a) < 0) \
        return NULL

static TyObject *none(void)
{
    return TY_NEWREF(TY_NONE);
}

/* ---- stat ----------------------------------------------------------------------------- */

static TyObject *do_stat(TyPathArg *p, int dir_fd, bool follow)
{
    struct stat st;
    int r;
    if (p->is_fd)
        TY_POSIX_RETRY(r, fstat(p->fd, &st));
    else
        TY_POSIX_RETRY(r, fstatat(dir_fd, p->narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW));
    if (r < 0)
        return tyPosix_error(p->object, NULL);
    return tyPosix_statResult(&st);
}

static TyObject *px_stat(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "dir_fd", "follow_symlinks", NULL };
    TyObject *a[3];
    UNPACK("stat", names, 1, 1, a);
    TyPathArg p;
    int dir_fd;
    bool follow;
    if (tyPosix_dirFd(a[1], &dir_fd) < 0 || tyPosix_flag(a[2], true, &follow) < 0 ||
        tyPosix_path("stat", "path", a[0], true, false, &p) < 0)
        return NULL;
    TyObject *r = do_stat(&p, dir_fd, follow);
    tyPosix_pathFree(&p);
    return r;
}

static TyObject *px_lstat(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    TyObject *a[2];
    UNPACK("lstat", names, 1, 1, a);
    TyPathArg p;
    int dir_fd;
    if (tyPosix_dirFd(a[1], &dir_fd) < 0 || tyPosix_path("lstat", "path", a[0], false, false, &p) < 0)
        return NULL;
    TyObject *r = do_stat(&p, dir_fd, false);
    tyPosix_pathFree(&p);
    return r;
}

static TyObject *px_fstat(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", NULL };
    TyObject *a[1];
    UNPACK("fstat", names, 1, 1, a);
    int fd, r;
    if (tyPosix_fd(a[0], &fd) < 0)
        return NULL;
    struct stat st;
    TY_POSIX_RETRY(r, fstat(fd, &st));
    if (r < 0)
        return tyPosix_error(NULL, NULL);
    return tyPosix_statResult(&st);
}

/* ---- descriptors ------------------------------------------------------------------------ */

static TyObject *px_open(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "flags", "mode", "dir_fd", NULL };
    TyObject *a[4];
    UNPACK("open", names, 2, 3, a);
    int64_t flags, mode = 0777;
    int dir_fd, fd;
    if (tyPosix_int(a[1], &flags) < 0 || (a[2] && tyPosix_int(a[2], &mode) < 0) || tyPosix_dirFd(a[3], &dir_fd) < 0)
        return NULL;
    TyPathArg p;
    if (tyPosix_path("open", "path", a[0], false, false, &p) < 0)
        return NULL;
    /* New descriptors are not inherited by exec'd programs (PEP 446). */
    TY_POSIX_RETRY(fd, openat(dir_fd, p.narrow, (int)flags | O_CLOEXEC, (mode_t)mode));
    TyObject *r = fd < 0 ? tyPosix_error(p.object, NULL) : tyInt_fromI64(fd);
    tyPosix_pathFree(&p);
    return r;
}

/* An fd-only function: fname(fd) calling op; returns op's int result. */
static TyObject *fd_call(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                         bool positional_only, int (*op)(int), bool result)
{
    static const char *const kw[] = { "fd", NULL };
    static const char *const pos[] = { "", NULL };
    TyObject *a[1];
    UNPACK(fname, positional_only ? pos : kw, 1, 1, a);
    int fd, r;
    if (tyPosix_fd(a[0], &fd) < 0)
        return NULL;
    if (op == close) {
        /* close is never retried: the descriptor is gone either way. */
        r = close(fd);
        if (r < 0 && errno == EINTR)
            r = 0;
    } else {
        TY_POSIX_RETRY(r, op(fd));
    }
    if (r < 0)
        return tyPosix_error(NULL, NULL);
    return result ? tyInt_fromI64(r) : none();
}

static int dup_cloexec(int fd)
{
    return fcntl(fd, F_DUPFD_CLOEXEC, 0);
}

static TyObject *px_close(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return fd_call("close", args, nargs, kwnames, false, close, false);
}

static TyObject *px_dup(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return fd_call("dup", args, nargs, kwnames, true, dup_cloexec, true);
}

static TyObject *px_fchdir(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return fd_call("fchdir", args, nargs, kwnames, false, fchdir, false);
}

static TyObject *px_fsync(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", NULL };
    TyObject *a[1];
    UNPACK("fsync", names, 1, 1, a);
    int fd, r;
    if (tyPosix_fileno(a[0], &fd) < 0)
        return NULL;
    TY_POSIX_RETRY(r, fsync(fd));
    return r < 0 ? tyPosix_error(NULL, NULL) : none();
}

static TyObject *px_fdatasync(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", NULL };
    TyObject *a[1];
    UNPACK("fdatasync", names, 1, 1, a);
    int fd, r;
    if (tyPosix_fileno(a[0], &fd) < 0)
        return NULL;
    TY_POSIX_RETRY(r, fdatasync(fd));
    return r < 0 ? tyPosix_error(NULL, NULL) : none();
}

static TyObject *px_closerange(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("closerange", kwnames) < 0 || tyArg_checkCount("closerange", nargs, 2, 2) < 0)
        return NULL;
    int lo, hi;
    if (tyPosix_fd(args[0], &lo) < 0 || tyPosix_fd(args[1], &hi) < 0)
        return NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++)
        close(fd);
    return none();
}

static TyObject *px_dup2(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", "fd2", "inheritable", NULL };
    TyObject *a[3];
    UNPACK("dup2", names, 2, 3, a);
    int fd, fd2, r;
    bool inheritable;
    if (tyPosix_fd(a[0], &fd) < 0 || tyPosix_fd(a[1], &fd2) < 0 || tyPosix_flag(a[2], true, &inheritable) < 0)
        return NULL;
    if (fd == fd2) {
        /* dup3 refuses equal descriptors; dup2 just checks fd is open. */
        TY_POSIX_RETRY(r, fcntl(fd, F_GETFD));
        if (r >= 0)
            r = fd2;
    } else {
        TY_POSIX_RETRY(r, dup3(fd, fd2, inheritable ? 0 : O_CLOEXEC));
    }
    return r < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(r);
}

static TyObject *px_read(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("read", kwnames) < 0 || tyArg_checkCount("read", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    int64_t n;
    if (tyPosix_fd(args[0], &fd) < 0 || tyPosix_int(args[1], &n) < 0)
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return tyPosix_error(NULL, NULL);
    }
    char *buf = tyMem_malloc(n ? (size_t)n : 1);
    if (!buf)
        return tyErr_noMemory();
    ssize_t got;
    TY_POSIX_RETRY(got, read(fd, buf, (size_t)n));
    TyObject *r = got < 0 ? tyPosix_error(NULL, NULL) : tyBytes_fromData(buf, got);
    tyMem_free(buf);
    return r;
}

static TyObject *px_write(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("write", kwnames) < 0 || tyArg_checkCount("write", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    if (tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    /* Any bytes-like object: subprocess writes memoryview slices. */
    TyBuffer view;
    if (tyBuffer_get(args[1], &view) < 0)
        return NULL;
    ssize_t n;
    TY_POSIX_RETRY(n, write(fd, view.data, (size_t)view.len));
    return n < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(n);
}

static TyObject *px_lseek(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("lseek", kwnames) < 0 || tyArg_checkCount("lseek", nargs, 3, 3) < 0)
        return NULL;
    int fd;
    int64_t pos, how;
    if (tyPosix_fd(args[0], &fd) < 0 || tyPosix_int(args[1], &pos) < 0 || tyPosix_int(args[2], &how) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    return r < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(r);
}

static TyObject *px_ftruncate(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("ftruncate", kwnames) < 0 || tyArg_checkCount("ftruncate", nargs, 2, 2) < 0)
        return NULL;
    int fd, r;
    int64_t len;
    if (tyPosix_fd(args[0], &fd) < 0 || tyPosix_int(args[1], &len) < 0)
        return NULL;
    TY_POSIX_RETRY(r, ftruncate(fd, (off_t)len));
    return r < 0 ? tyPosix_error(NULL, NULL) : none();
}

static TyObject *px_truncate(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "length", NULL };
    TyObject *a[2];
    UNPACK("truncate", names, 2, 2, a);
    int64_t len;
    TyPathArg p;
    if (tyPosix_int(a[1], &len) < 0 || tyPosix_path("truncate", "path", a[0], true, false, &p) < 0)
        return NULL;
    int r;
    if (p.is_fd)
        TY_POSIX_RETRY(r, ftruncate(p.fd, (off_t)len));
    else
        TY_POSIX_RETRY(r, truncate(p.narrow, (off_t)len));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_pipe(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("pipe", kwnames) < 0 || tyArg_checkPositional("pipe", nargs, 0, 0) < 0)
        return NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return tyPosix_error(NULL, NULL);
    TyObject *r = tyTuple_new(2);
    TyObject *a = r ? tyInt_fromI64(fds[0]) : NULL, *b = a ? tyInt_fromI64(fds[1]) : NULL;
    if (!b) {
        TY_XDECREF(a);
        TY_XDECREF(r);
        close(fds[0]);
        close(fds[1]);
        return NULL;
    }
    TY_TUPLE_SET(r, 0, a);
    TY_TUPLE_SET(r, 1, b);
    return r;
}

static TyObject *px_pipe2(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("pipe2", kwnames) < 0 || tyArg_checkCount("pipe2", nargs, 1, 1) < 0)
        return NULL;
    int64_t flags;
    int fds[2];
    if (tyPosix_int(args[0], &flags) < 0)
        return NULL;
    if (pipe2(fds, (int)flags) < 0)
        return tyPosix_error(NULL, NULL);
    TyObject *a = tyInt_fromI64(fds[0]), *b = tyInt_fromI64(fds[1]);
    TyObject *r = a && b ? tyTuple_pack(2, a, b) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    return r;
}

static TyObject *px_get_inheritable(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("get_inheritable", kwnames) < 0 || tyArg_checkCount("get_inheritable", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    int f = fcntl(fd, F_GETFD);
    return f < 0 ? tyPosix_error(NULL, NULL) : tyBool_from(!(f & FD_CLOEXEC));
}

static TyObject *px_set_inheritable(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("set_inheritable", kwnames) < 0 || tyArg_checkCount("set_inheritable", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    bool inh;
    if (tyPosix_fd(args[0], &fd) < 0 || tyPosix_flag(args[1], false, &inh) < 0)
        return NULL;
    int f = fcntl(fd, F_GETFD);
    if (f < 0 || fcntl(fd, F_SETFD, inh ? f & ~FD_CLOEXEC : f | FD_CLOEXEC) < 0)
        return tyPosix_error(NULL, NULL);
    return none();
}

static TyObject *px_get_blocking(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("get_blocking", kwnames) < 0 || tyArg_checkCount("get_blocking", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    int f = fcntl(fd, F_GETFL);
    return f < 0 ? tyPosix_error(NULL, NULL) : tyBool_from(!(f & O_NONBLOCK));
}

static TyObject *px_set_blocking(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("set_blocking", kwnames) < 0 || tyArg_checkCount("set_blocking", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    bool blocking;
    if (tyPosix_fd(args[0], &fd) < 0 || tyPosix_flag(args[1], false, &blocking) < 0)
        return NULL;
    int f = fcntl(fd, F_GETFL);
    if (f < 0 || fcntl(fd, F_SETFL, blocking ? f & ~O_NONBLOCK : f | O_NONBLOCK) < 0)
        return tyPosix_error(NULL, NULL);
    return none();
}

static TyObject *px_isatty(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("isatty", kwnames) < 0 || tyArg_checkCount("isatty", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    return tyBool_from(isatty(fd));
}

/* device_encoding(fd): the locale's encoding for a terminal, else None. */
static TyObject *px_device_encoding(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", NULL };
    TyObject *a[1];
    UNPACK("device_encoding", names, 1, 1, a);
    int fd;
    if (tyPosix_fd(a[0], &fd) < 0)
        return NULL;
    return isatty(fd) ? tyStr_fromCStr("utf-8") : none();
}

static TyObject *px_sendfile(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "out_fd", "in_fd", "offset", "count", NULL };
    TyObject *a[4];
    UNPACK("sendfile", names, 4, 4, a);
    int out, in;
    int64_t count;
    if (tyPosix_fd(a[0], &out) < 0 || tyPosix_fd(a[1], &in) < 0 || tyPosix_int(a[3], &count) < 0)
        return NULL;
    ssize_t r;
    if (a[2] == TY_NONE) {
        TY_POSIX_RETRY(r, sendfile(out, in, NULL, (size_t)count));
    } else {
        int64_t off;
        if (tyPosix_int(a[2], &off) < 0)
            return NULL;
        off_t o = (off_t)off;
        TY_POSIX_RETRY(r, sendfile(out, in, &o, (size_t)count));
    }
    return r < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(r);
}

/* ---- names ------------------------------------------------------------------------- */

/* fname(path, *, dir_fd=None) calling op(dir_fd, path): rmdir, unlink, remove. */
static TyObject *path_dirfd_call(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                                 int flags)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    TyObject *a[2];
    UNPACK(fname, names, 1, 1, a);
    int dir_fd, r;
    TyPathArg p;
    if (tyPosix_dirFd(a[1], &dir_fd) < 0 || tyPosix_path(fname, "path", a[0], false, false, &p) < 0)
        return NULL;
    TY_POSIX_RETRY(r, unlinkat(dir_fd, p.narrow, flags));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_rmdir(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return path_dirfd_call("rmdir", args, nargs, kwnames, AT_REMOVEDIR);
}

static TyObject *px_unlink(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return path_dirfd_call("unlink", args, nargs, kwnames, 0);
}

static TyObject *px_remove(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return path_dirfd_call("remove", args, nargs, kwnames, 0);
}

static TyObject *px_mkdir(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd", NULL };
    TyObject *a[3];
    UNPACK("mkdir", names, 1, 2, a);
    int64_t mode = 0777;
    int dir_fd, r;
    TyPathArg p;
    if ((a[1] && tyPosix_int(a[1], &mode) < 0) || tyPosix_dirFd(a[2], &dir_fd) < 0 ||
        tyPosix_path("mkdir", "path", a[0], false, false, &p) < 0)
        return NULL;
    TY_POSIX_RETRY(r, mkdirat(dir_fd, p.narrow, (mode_t)mode));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_mkfifo(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd", NULL };
    TyObject *a[3];
    UNPACK("mkfifo", names, 1, 2, a);
    int64_t mode = 0666;
    int dir_fd, r;
    TyPathArg p;
    if ((a[1] && tyPosix_int(a[1], &mode) < 0) || tyPosix_dirFd(a[2], &dir_fd) < 0 ||
        tyPosix_path("mkfifo", "path", a[0], false, false, &p) < 0)
        return NULL;
    TY_POSIX_RETRY(r, mkfifoat(dir_fd, p.narrow, (mode_t)mode));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

/* rename / replace / link: (src, dst, *, src_dir_fd, dst_dir_fd[, follow_symlinks]). */
static TyObject *two_paths(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, bool is_link)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks", NULL };
    static const char *const rnames[] = { "src", "dst", "src_dir_fd", "dst_dir_fd", NULL };
    TyObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    UNPACK(fname, is_link ? names : rnames, 2, 2, a);
    int sfd, dfd, r;
    bool follow;
    if (tyPosix_dirFd(a[2], &sfd) < 0 || tyPosix_dirFd(a[3], &dfd) < 0 || tyPosix_flag(a[4], true, &follow) < 0)
        return NULL;
    TyPathArg s, d;
    if (tyPosix_path(fname, "src", a[0], false, false, &s) < 0)
        return NULL;
    if (tyPosix_path(fname, "dst", a[1], false, false, &d) < 0) {
        tyPosix_pathFree(&s);
        return NULL;
    }
    if (is_link)
        TY_POSIX_RETRY(r, linkat(sfd, s.narrow, dfd, d.narrow, follow ? AT_SYMLINK_FOLLOW : 0));
    else
        TY_POSIX_RETRY(r, renameat(sfd, s.narrow, dfd, d.narrow));
    TyObject *res = r < 0 ? tyPosix_error(s.object, d.object) : none();
    tyPosix_pathFree(&s);
    tyPosix_pathFree(&d);
    return res;
}

static TyObject *px_rename(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return two_paths("rename", args, nargs, kwnames, false);
}

static TyObject *px_replace(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return two_paths("replace", args, nargs, kwnames, false);
}

static TyObject *px_link(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return two_paths("link", args, nargs, kwnames, true);
}

static TyObject *px_symlink(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "src", "dst", "target_is_directory", "dir_fd", NULL };
    TyObject *a[4];
    UNPACK("symlink", names, 2, 3, a);
    int dir_fd, r;
    if (tyPosix_dirFd(a[3], &dir_fd) < 0)
        return NULL;
    TyPathArg s, d;
    if (tyPosix_path("symlink", "src", a[0], false, false, &s) < 0)
        return NULL;
    if (tyPosix_path("symlink", "dst", a[1], false, false, &d) < 0) {
        tyPosix_pathFree(&s);
        return NULL;
    }
    TY_POSIX_RETRY(r, symlinkat(s.narrow, dir_fd, d.narrow));
    TyObject *res = r < 0 ? tyPosix_error(s.object, d.object) : none();
    tyPosix_pathFree(&s);
    tyPosix_pathFree(&d);
    return res;
}

static TyObject *px_readlink(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    TyObject *a[2];
    UNPACK("readlink", names, 1, 1, a);
    int dir_fd;
    TyPathArg p;
    if (tyPosix_dirFd(a[1], &dir_fd) < 0 || tyPosix_path("readlink", "path", a[0], false, false, &p) < 0)
        return NULL;
    char buf[PATH_MAX + 1];
    ssize_t n;
    TY_POSIX_RETRY(n, readlinkat(dir_fd, p.narrow, buf, sizeof buf));
    TyObject *res = n < 0 ? tyPosix_error(p.object, NULL) : tyPosix_name(buf, (size_t)n, p.is_bytes);
    tyPosix_pathFree(&p);
    return res;
}

/* ---- modes, owners, times ---------------------------------------------------------------- */

static TyObject *px_chmod(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "follow_symlinks", NULL };
    TyObject *a[4];
    UNPACK("chmod", names, 2, 2, a);
    int64_t mode;
    int dir_fd, r;
    bool follow;
    TyPathArg p;
    if (tyPosix_int(a[1], &mode) < 0 || tyPosix_dirFd(a[2], &dir_fd) < 0 || tyPosix_flag(a[3], true, &follow) < 0 ||
        tyPosix_path("chmod", "path", a[0], true, false, &p) < 0)
        return NULL;
    if (p.is_fd)
        TY_POSIX_RETRY(r, fchmod(p.fd, (mode_t)mode));
    else
        TY_POSIX_RETRY(r, fchmodat(dir_fd, p.narrow, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW));
    /* Linux cannot change a symlink's own mode: CPython reports that as
    ** the platform lacking the option (tempfile's cleanup relies on it). */
    TyObject *res;
    if (r < 0 && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP) && dir_fd != AT_FDCWD)
        res = tyErr_setString(&TyExc_ValueError, "chmod: cannot use dir_fd and follow_symlinks together");
    else if (r < 0 && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP))
        res = tyErr_setString(&TyExc_NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
    else
        res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_fchmod(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", "mode", NULL };
    TyObject *a[2];
    UNPACK("fchmod", names, 2, 2, a);
    int fd, r;
    int64_t mode;
    if (tyPosix_fd(a[0], &fd) < 0 || tyPosix_int(a[1], &mode) < 0)
        return NULL;
    TY_POSIX_RETRY(r, fchmod(fd, (mode_t)mode));
    return r < 0 ? tyPosix_error(NULL, NULL) : none();
}

static TyObject *chown_common(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                              bool dflt_follow, bool options)
{
    static const char *const names[] = { "path", "uid", "gid", "dir_fd", "follow_symlinks", NULL };
    TyObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 3, 3, a) < 0)
        return NULL;
    if (!options && (a[3] || a[4]))
        return tyErr_format(&TyExc_TypeError, "'%s' is an invalid keyword argument for %s()",
                            a[3] ? "dir_fd" : "follow_symlinks", fname);
    int64_t uid, gid;
    int dir_fd, r;
    bool follow;
    TyPathArg p;
    if (tyPosix_int(a[1], &uid) < 0 || tyPosix_int(a[2], &gid) < 0 || tyPosix_dirFd(a[3], &dir_fd) < 0 ||
        tyPosix_flag(a[4], dflt_follow, &follow) < 0 || tyPosix_path(fname, "path", a[0], options, false, &p) < 0)
        return NULL;
    if (p.is_fd)
        TY_POSIX_RETRY(r, fchown(p.fd, (uid_t)uid, (gid_t)gid));
    else
        TY_POSIX_RETRY(r, fchownat(dir_fd, p.narrow, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_chown(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return chown_common("chown", args, nargs, kwnames, true, true);
}

static TyObject *px_lchown(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return chown_common("lchown", args, nargs, kwnames, false, false);
}

static TyObject *px_fchown(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", "uid", "gid", NULL };
    TyObject *a[3];
    UNPACK("fchown", names, 3, 3, a);
    int fd, r;
    int64_t uid, gid;
    if (tyPosix_fd(a[0], &fd) < 0 || tyPosix_int(a[1], &uid) < 0 || tyPosix_int(a[2], &gid) < 0)
        return NULL;
    TY_POSIX_RETRY(r, fchown(fd, (uid_t)uid, (gid_t)gid));
    return r < 0 ? tyPosix_error(NULL, NULL) : none();
}

/* A time given to utime in seconds (int or float) as a timespec, rounded
** toward minus infinity as CPython's _PyTime_ROUND_FLOOR does. */
static int seconds_arg(TyObject *o, struct timespec *ts)
{
    if (TY_FLOAT_CHECK(o)) {
        double d = tyFloat_asDouble(o);
        double s = floor(d);
        double ns = floor((d - s) * 1e9);
        if (ns >= 1e9) {
            s += 1;
            ns -= 1e9;
        }
        ts->tv_sec = (time_t)s;
        ts->tv_nsec = (long)ns;
        return 0;
    }
    int64_t v;
    if (tyPosix_int(o, &v) < 0)
        return -1;
    ts->tv_sec = (time_t)v;
    ts->tv_nsec = 0;
    return 0;
}

static int ns_arg(TyObject *o, struct timespec *ts)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    TyObject *g = tyInt_fromI64(1000000000);
    TyObject *q = g ? tyInt_floorDiv(o, g) : NULL, *r = q ? tyInt_mod(o, g) : NULL;
    int64_t s, ns;
    int rc = r && tyInt_asI64(q, &s) == 0 && tyInt_asI64(r, &ns) == 0 ? 0 : -1;
    TY_XDECREF(g);
    TY_XDECREF(q);
    TY_XDECREF(r);
    if (rc == 0) {
        ts->tv_sec = (time_t)s;
        ts->tv_nsec = (long)ns;
    }
    return rc;
}

/* utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True). */
static TyObject *px_utime(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "times", "ns", "dir_fd", "follow_symlinks", NULL };
    TyObject *a[5];
    UNPACK("utime", names, 1, 2, a);
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    TyObject *times = a[1] == TY_NONE ? NULL : a[1];
    if (times && a[2])
        return tyErr_setString(&TyExc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    if (times) {
        if (!TY_TUPLE_CHECK(times) || TY_TUPLE_LEN(times) != 2)
            return tyErr_setString(&TyExc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        if (seconds_arg(TY_TUPLE_GET(times, 0), &ts[0]) < 0 || seconds_arg(TY_TUPLE_GET(times, 1), &ts[1]) < 0)
            return NULL;
        tsp = ts;
    } else if (a[2]) {
        if (!TY_TUPLE_CHECK(a[2]) || TY_TUPLE_LEN(a[2]) != 2)
            return tyErr_setString(&TyExc_TypeError, "utime: 'ns' must be a tuple of two ints");
        if (ns_arg(TY_TUPLE_GET(a[2], 0), &ts[0]) < 0 || ns_arg(TY_TUPLE_GET(a[2], 1), &ts[1]) < 0)
            return NULL;
        tsp = ts;
    }
    int dir_fd, r;
    bool follow;
    TyPathArg p;
    if (tyPosix_dirFd(a[3], &dir_fd) < 0 || tyPosix_flag(a[4], true, &follow) < 0 ||
        tyPosix_path("utime", "path", a[0], true, false, &p) < 0)
        return NULL;
    if (p.is_fd)
        TY_POSIX_RETRY(r, futimens(p.fd, tsp));
    else
        TY_POSIX_RETRY(r, utimensat(dir_fd, p.narrow, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_access(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "effective_ids", "follow_symlinks", NULL };
    TyObject *a[5];
    UNPACK("access", names, 2, 2, a);
    int64_t mode;
    int dir_fd;
    bool eff, follow;
    TyPathArg p;
    if (tyPosix_int(a[1], &mode) < 0 || tyPosix_dirFd(a[2], &dir_fd) < 0 || tyPosix_flag(a[3], false, &eff) < 0 ||
        tyPosix_flag(a[4], true, &follow) < 0 || tyPosix_path("access", "path", a[0], false, false, &p) < 0)
        return NULL;
    int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    int r = faccessat(dir_fd, p.narrow, (int)mode, flags);
    tyPosix_pathFree(&p);
    return tyBool_from(r == 0);
}

/* ---- the current directory ------------------------------------------------------------ */

static TyObject *getcwd_common(const char *fname, size_t nargs, TyObject *kwnames, bool as_bytes)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return NULL;
    char *buf = getcwd(NULL, 0);
    if (!buf)
        return tyPosix_error(NULL, NULL);
    TyObject *r = tyPosix_name(buf, strlen(buf), as_bytes);
    free(buf);
    return r;
}

static TyObject *px_getcwd(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return getcwd_common("getcwd", nargs, kwnames, false);
}

static TyObject *px_getcwdb(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return getcwd_common("getcwdb", nargs, kwnames, true);
}

static TyObject *px_chdir(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", NULL };
    TyObject *a[1];
    UNPACK("chdir", names, 1, 1, a);
    TyPathArg p;
    if (tyPosix_path("chdir", "path", a[0], true, false, &p) < 0)
        return NULL;
    int r;
    if (p.is_fd)
        TY_POSIX_RETRY(r, fchdir(p.fd));
    else
        TY_POSIX_RETRY(r, chdir(p.narrow));
    TyObject *res = r < 0 ? tyPosix_error(p.object, NULL) : none();
    tyPosix_pathFree(&p);
    return res;
}

static TyObject *px_umask(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("umask", kwnames) < 0 || tyArg_checkCount("umask", nargs, 1, 1) < 0)
        return NULL;
    int64_t mask;
    if (tyPosix_int(args[0], &mask) < 0)
        return NULL;
    return tyInt_fromI64(umask((mode_t)mask));
}

TyMethodDef tyPosix_fsFunctions[] = {
    { "stat", px_stat, TY_METH_DEFAULT, "Perform a stat system call on the given path." },
    { "lstat", px_lstat, TY_METH_DEFAULT, "Perform a stat system call on the given path, without following symbolic links." },
    { "fstat", px_fstat, TY_METH_DEFAULT, "Perform a stat system call on the given file descriptor." },
    { "open", px_open, TY_METH_DEFAULT, "Open a file for low level IO.  Returns a file descriptor (integer)." },
    { "close", px_close, TY_METH_DEFAULT, "Close a file descriptor." },
    { "closerange", px_closerange, TY_METH_DEFAULT, "Closes all file descriptors in [fd_low, fd_high), ignoring errors." },
    { "dup", px_dup, TY_METH_DEFAULT, "Return a duplicate of a file descriptor." },
    { "dup2", px_dup2, TY_METH_DEFAULT, "Duplicate file descriptor." },
    { "read", px_read, TY_METH_DEFAULT, "Read from a file descriptor.  Returns a bytes object." },
    { "write", px_write, TY_METH_DEFAULT, "Write a bytes object to a file descriptor." },
    { "lseek", px_lseek, TY_METH_DEFAULT, "Set the position of a file descriptor.  Return the new position." },
    { "fsync", px_fsync, TY_METH_DEFAULT, "Force write of fd to disk." },
    { "fdatasync", px_fdatasync, TY_METH_DEFAULT, "Force write of fd to disk without forcing update of metadata." },
    { "fchdir", px_fchdir, TY_METH_DEFAULT, "Change to the directory of the given file descriptor." },
    { "ftruncate", px_ftruncate, TY_METH_DEFAULT, "Truncate a file, specified by file descriptor, to a specific length." },
    { "truncate", px_truncate, TY_METH_DEFAULT, "Truncate a file, specified by path, to a specific length." },
    { "pipe", px_pipe, TY_METH_DEFAULT, "Create a pipe." },
    { "pipe2", px_pipe2, TY_METH_DEFAULT, "Create a pipe with flags set atomically." },
    { "get_inheritable", px_get_inheritable, TY_METH_DEFAULT, "Get the close-on-exe flag of the specified file descriptor." },
    { "set_inheritable", px_set_inheritable, TY_METH_DEFAULT, "Set the inheritable flag of the specified file descriptor." },
    { "get_blocking", px_get_blocking, TY_METH_DEFAULT, "Get the blocking mode of the file descriptor." },
    { "set_blocking", px_set_blocking, TY_METH_DEFAULT, "Set the blocking mode of the specified file descriptor." },
    { "isatty", px_isatty, TY_METH_DEFAULT, "Return True if the fd is connected to a terminal." },
    { "device_encoding", px_device_encoding, TY_METH_DEFAULT, "Return a string describing the encoding of a terminal's file descriptor." },
    { "sendfile", px_sendfile, TY_METH_DEFAULT, "Copy count bytes from file descriptor in_fd to file descriptor out_fd." },
    { "mkdir", px_mkdir, TY_METH_DEFAULT, "Create a directory." },
    { "mkfifo", px_mkfifo, TY_METH_DEFAULT, "Create a \"fifo\" (a POSIX named pipe)." },
    { "rmdir", px_rmdir, TY_METH_DEFAULT, "Remove a directory." },
    { "unlink", px_unlink, TY_METH_DEFAULT, "Remove a file (same as remove())." },
    { "remove", px_remove, TY_METH_DEFAULT, "Remove a file (same as unlink())." },
    { "rename", px_rename, TY_METH_DEFAULT, "Rename a file or directory." },
    { "replace", px_replace, TY_METH_DEFAULT, "Rename a file or directory, overwriting the destination." },
    { "link", px_link, TY_METH_DEFAULT, "Create a hard link to a file." },
    { "symlink", px_symlink, TY_METH_DEFAULT, "Create a symbolic link pointing to src named dst." },
    { "readlink", px_readlink, TY_METH_DEFAULT, "Return a string representing the path to which the symbolic link points." },
    { "chmod", px_chmod, TY_METH_DEFAULT, "Change the access permissions of a file." },
    { "fchmod", px_fchmod, TY_METH_DEFAULT, "Change the access permissions of the file given by file descriptor fd." },
    { "chown", px_chown, TY_METH_DEFAULT, "Change the owner and group id of path to the numeric uid and gid." },
    { "lchown", px_lchown, TY_METH_DEFAULT, "Change the owner and group id of path to the numeric uid and gid, without following symlinks." },
    { "fchown", px_fchown, TY_METH_DEFAULT, "Change the owner and group id of the file specified by file descriptor." },
    { "utime", px_utime, TY_METH_DEFAULT, "Set the access and modified time of path." },
    { "access", px_access, TY_METH_DEFAULT, "Use the real uid/gid to test for access to a path." },
    { "getcwd", px_getcwd, TY_METH_DEFAULT, "Return a unicode string representing the current working directory." },
    { "getcwdb", px_getcwdb, TY_METH_DEFAULT, "Return a bytes string representing the current working directory." },
    { "chdir", px_chdir, TY_METH_DEFAULT, "Change the current working directory to the specified path." },
    { "umask", px_umask, TY_METH_DEFAULT, "Set the current numeric umask and return the previous umask." },
    { NULL, NULL, 0, NULL },
};
