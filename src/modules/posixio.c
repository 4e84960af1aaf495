/*
** posixio.c — the posix functions that read, write and shape descriptors
** beyond read/write: positioned and scattered I/O (pread, pwrite, readv,
** writev, preadv, pwritev), space and advice (posix_fallocate,
** posix_fadvise, lockf), pseudo-terminals (openpty, login_tty), and the
** Linux descriptors eventfd, memfd and pidfd, with getrandom.  CPython
** 3.11's names, parameters and errors.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include <utmp.h>
#include "tally.h"
#include "buffer.h"
#include "modules/posix.h"

static int count_args(const char *fname, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    return tyArg_checkCount(fname, nargs, min, max);
}

/* An off_t argument (CPython's Py_off_t_converter). */
static int offset_arg(TyObject *o, off_t *out)
{
    int64_t v;
    if (tyPosix_int(o, &v) < 0)
        return -1;
    *out = (off_t)v;
    return 0;
}

/* fd plus an int64 and an off_t: pread's and the like's leading
** arguments. */
static int fd_and_offset(TyObject *const *args, int *fd, off_t *off, size_t at)
{
    return tyPosix_fd(args[0], fd) < 0 || offset_arg(args[at], off) < 0 ? -1 : 0;
}

/* ---- positioned and scattered I/O --------------------------------------------------- */

/* pread(fd, length, offset, /): up to length bytes from offset. */
static TyObject *px_pread(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    int64_t n;
    off_t off;
    if (count_args("pread", nargs, kwnames, 3, 3) < 0 || tyPosix_fd(args[0], &fd) < 0 ||
        tyPosix_int(args[1], &n) < 0 || offset_arg(args[2], &off) < 0)
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return tyPosix_error(NULL, NULL);
    }
    char *buf = tyMem_malloc(n ? (size_t)n : 1);
    if (!buf)
        return NULL;
    ssize_t got;
    TY_POSIX_RETRY(got, pread(fd, buf, (size_t)n, off));
    TyObject *r = got < 0 ? (tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL)) : tyBytes_fromData(buf, got);
    tyMem_free(buf);
    return r;
}

/* pwrite(fd, data, offset, /): the bytes written. */
static TyObject *px_pwrite(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    off_t off;
    TyBuffer view;
    /* The data is checked before the offset (CPython's order of errors)
    ** and fetched again after it: the offset's __index__ may resize it. */
    if (count_args("pwrite", nargs, kwnames, 3, 3) < 0 || tyPosix_fd(args[0], &fd) < 0 ||
        tyBuffer_get(args[1], &view) < 0 || offset_arg(args[2], &off) < 0 ||
        tyBuffer_get(args[1], &view) < 0)
        return NULL;
    ssize_t put;
    TY_POSIX_RETRY(put, pwrite(fd, view.data, (size_t)view.len, off));
    if (put < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return tyInt_fromI64(put);
}

/* The iovec array of a sequence of buffers (writable ones for reading):
** 0 with *iov and *n set (free *iov with tyMem_free), or -1 with
** "fname() arg 2 must be a sequence" or the buffer's error.  The items
** are held by `items`, which the caller releases after the call. */
static int iovecs(const char *fname, TyObject *buffers, bool writable, TyObject **items,
                  struct iovec **iov, int *n)
{
    if (!TY_LIST_CHECK(buffers) && !TY_TUPLE_CHECK(buffers) &&
        !tyType_lookupStr(TY_TYPE(buffers), "__getitem__")) {
        tyErr_format(&TyExc_TypeError, "%s() arg 2 must be a sequence", fname);
        return -1;
    }
    *items = tyTuple_fromIterable(buffers);
    if (!*items)
        return -1;
    ssize_t count = TY_TUPLE_LEN(*items);
    *iov = tyMem_calloc((size_t)count + 1, sizeof(struct iovec));
    if (!*iov) {
        TY_CLEAR(*items);
        return -1;
    }
    for (ssize_t i = 0; i < count; i++) {
        TyObject *b = TY_TUPLE_GET(*items, i);
        TyBuffer view;
        int r = tyBuffer_get(b, &view);
        if (r == 0 && writable && view.readonly) {
            tyErr_setString(&TyExc_BufferError, "Object is not writable.");
            r = -1;
        }
        if (r < 0) {
            tyMem_free(*iov);
            TY_CLEAR(*items);
            return -1;
        }
        (*iov)[i].iov_base = view.data;
        (*iov)[i].iov_len = (size_t)view.len;
    }
    *n = (int)count;
    return 0;
}

/* readv/writev/preadv/pwritev: positioned when off >= 0, with RWF_*
** flags for the 2 variants. */
static TyObject *vector_io(const char *fname, bool reading, int fd, TyObject *buffers, off_t off,
                           bool positioned, int flags)
{
    TyObject *items;
    struct iovec *iov;
    int n;
    if (iovecs(fname, buffers, reading, &items, &iov, &n) < 0)
        return NULL;
    ssize_t r;
    if (!positioned)
        TY_POSIX_RETRY(r, reading ? readv(fd, iov, n) : writev(fd, iov, n));
    else if (flags)
        TY_POSIX_RETRY(r, reading ? preadv2(fd, iov, n, off, flags) : pwritev2(fd, iov, n, off, flags));
    else
        TY_POSIX_RETRY(r, reading ? preadv(fd, iov, n, off) : pwritev(fd, iov, n, off));
    tyMem_free(iov);
    TY_DECREF(items);
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return tyInt_fromI64(r);
}

static TyObject *px_readv(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (count_args("readv", nargs, kwnames, 2, 2) < 0 || tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    return vector_io("readv", true, fd, args[1], 0, false, 0);
}

static TyObject *px_writev(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (count_args("writev", nargs, kwnames, 2, 2) < 0 || tyPosix_fd(args[0], &fd) < 0)
        return NULL;
    return vector_io("writev", false, fd, args[1], 0, false, 0);
}

/* preadv(fd, buffers, offset, flags=0, /) and pwritev likewise. */
static TyObject *positioned_vector(const char *fname, const char *seqname, bool reading, TyObject *const *args,
                                   size_t nargs, TyObject *kwnames)
{
    int fd;
    off_t off;
    int64_t flags = 0;
    if (count_args(fname, nargs, kwnames, 3, 4) < 0 || fd_and_offset(args, &fd, &off, 2) < 0 ||
        (nargs > 3 && tyPosix_int(args[3], &flags) < 0))
        return NULL;
    return vector_io(seqname, reading, fd, args[1], off, true, (int)flags);
}

static TyObject *px_preadv(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return positioned_vector("preadv", "preadv2", true, args, nargs, kwnames);
}

static TyObject *px_pwritev(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return positioned_vector("pwritev", "pwritev", false, args, nargs, kwnames);
}

/* ---- space, advice and locks ----------------------------------------------------------- */

/* posix_fallocate and posix_fadvise return their error instead of
** setting errno: OSError from it, EINTR retried. */
static TyObject *returned_error(int err)
{
    if (err == 0)
        return TY_NEWREF(TY_NONE);
    errno = err;
    return tyPosix_error(NULL, NULL);
}

static TyObject *px_posix_fallocate(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    off_t off, len;
    if (count_args("posix_fallocate", nargs, kwnames, 3, 3) < 0 || fd_and_offset(args, &fd, &off, 1) < 0 ||
        offset_arg(args[2], &len) < 0)
        return NULL;
    int err;
    while ((err = posix_fallocate(fd, off, len)) == EINTR)
        if (tyErr_checkSignals() < 0)
            return NULL;
    return returned_error(err);
}

static TyObject *px_posix_fadvise(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    off_t off, len;
    int64_t advice;
    if (count_args("posix_fadvise", nargs, kwnames, 4, 4) < 0 || fd_and_offset(args, &fd, &off, 1) < 0 ||
        offset_arg(args[2], &len) < 0 || tyPosix_int(args[3], &advice) < 0)
        return NULL;
    int err;
    while ((err = posix_fadvise(fd, off, len, (int)advice)) == EINTR)
        if (tyErr_checkSignals() < 0)
            return NULL;
    return returned_error(err);
}

/* lockf(fd, command, length, /). */
static TyObject *px_lockf(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    int64_t cmd;
    off_t len;
    if (count_args("lockf", nargs, kwnames, 3, 3) < 0 || tyPosix_fd(args[0], &fd) < 0 ||
        tyPosix_int(args[1], &cmd) < 0 || offset_arg(args[2], &len) < 0)
        return NULL;
    int r;
    TY_POSIX_RETRY(r, lockf(fd, (int)cmd, len));
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return TY_NEWREF(TY_NONE);
}

/* ---- pseudo-terminals ---------------------------------------------------------------- */

/* openpty(): (master, slave), both non-inheritable (PEP 446). */
static TyObject *px_openpty(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    /* METH_NOARGS in CPython: its messages name the function "posix.openpty". */
    if (tyArg_noKeywords("posix.openpty", kwnames) < 0 || tyArg_checkPositional("posix.openpty", nargs, 0, 0) < 0)
        return NULL;
    int master, slave;
    if (openpty(&master, &slave, NULL, NULL, NULL) < 0)
        return tyPosix_error(NULL, NULL);
    if (fcntl(master, F_SETFD, FD_CLOEXEC) < 0 || fcntl(slave, F_SETFD, FD_CLOEXEC) < 0) {
        tyPosix_error(NULL, NULL);
        close(master);
        close(slave);
        return NULL;
    }
    TyObject *a = tyInt_fromI64(master), *b = tyInt_fromI64(slave);
    TyObject *r = a && b ? tyTuple_pack(2, a, b) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    return r;
}

/* login_tty(fd, /): make fd the controlling terminal and standard streams
** of a new session. */
static TyObject *px_login_tty(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (count_args("login_tty", nargs, kwnames, 1, 1) < 0 || tyPosix_fileno(args[0], &fd) < 0)
        return NULL;
    if (login_tty(fd) < 0)
        return tyPosix_error(NULL, NULL);
    return TY_NEWREF(TY_NONE);
}

/* ---- Linux descriptors and randomness --------------------------------------------------- */

static const char *const eventfd_names[] = { "initval", "flags", NULL };

/* eventfd(initval, flags=EFD_CLOEXEC). */
static TyObject *px_eventfd(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *a[2];
    int64_t init, flags = EFD_CLOEXEC;
    if (tyArg_unpack("eventfd", args, nargs, kwnames, eventfd_names, 1, 2, a) < 0 ||
        tyPosix_int(a[0], &init) < 0 || (a[1] && tyPosix_int(a[1], &flags) < 0))
        return NULL;
    if (init < 0 || init > UINT32_MAX)
        return tyErr_setString(&TyExc_OverflowError, "Python int too large to convert to C unsigned int");
    int fd = eventfd((unsigned)init, (int)flags);
    return fd < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(fd);
}

/* eventfd_read(fd): the counter's value (blocking while it is 0). */
static TyObject *px_eventfd_read(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", NULL };
    TyObject *a[1];
    int fd;
    if (tyArg_unpack("eventfd_read", args, nargs, kwnames, names, 1, 1, a) < 0 || tyPosix_fd(a[0], &fd) < 0)
        return NULL;
    eventfd_t value;
    int r;
    TY_POSIX_RETRY(r, eventfd_read(fd, &value));
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return tyInt_fromU64(value);
}

/* eventfd_write(fd, value). */
static TyObject *px_eventfd_write(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", "value", NULL };
    TyObject *a[2];
    int fd;
    if (tyArg_unpack("eventfd_write", args, nargs, kwnames, names, 2, 2, a) < 0 || tyPosix_fd(a[0], &fd) < 0)
        return NULL;
    if (!TY_INT_CHECK(a[1]) || tyInt_sign(a[1]) < 0)
        return tyErr_format(&TyExc_TypeError, "an unsigned integer is required, not %T", a[1]);
    uint64_t value = tyInt_asU64Mask(a[1]);
    int r;
    TY_POSIX_RETRY(r, eventfd_write(fd, value));
    if (r < 0)
        return tyErr_occurred() ? NULL : tyPosix_error(NULL, NULL);
    return TY_NEWREF(TY_NONE);
}

/* memfd_create(name, flags=MFD_CLOEXEC). */
static TyObject *px_memfd_create(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", "flags", NULL };
    TyObject *a[2];
    int64_t flags = MFD_CLOEXEC;
    if (tyArg_unpack("memfd_create", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        (a[1] && tyPosix_int(a[1], &flags) < 0))
        return NULL;
    TyPathArg name;
    if (tyPosix_path("memfd_create", "name", a[0], false, false, &name) < 0)
        return NULL;
    int fd = memfd_create(name.narrow, (unsigned)flags);
    tyPosix_pathFree(&name);
    return fd < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(fd);
}

/* pidfd_open(pid, flags=0, /). */
static TyObject *px_pidfd_open(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "pid", "flags", NULL };
    TyObject *a[2];
    int64_t pid, flags = 0;
    if (tyArg_unpack("pidfd_open", args, nargs, kwnames, names, 1, 2, a) < 0 || tyPosix_int(a[0], &pid) < 0 ||
        (a[1] && tyPosix_int(a[1], &flags) < 0))
        return NULL;
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned)flags);
    return fd < 0 ? tyPosix_error(NULL, NULL) : tyInt_fromI64(fd);
}

/* getrandom(size, flags=0): size random bytes from the kernel. */
static TyObject *px_getrandom(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "size", "flags", NULL };
    TyObject *a[2];
    int64_t size, flags = 0;
    if (tyArg_unpack("getrandom", args, nargs, kwnames, names, 1, 2, a) < 0 || tyPosix_int(a[0], &size) < 0 ||
        (a[1] && tyPosix_int(a[1], &flags) < 0))
        return NULL;
    if (size < 0) {
        errno = EINVAL;
        return tyPosix_error(NULL, NULL);
    }
    TyObject *r = tyBytes_fromData(NULL, (ssize_t)size);
    if (!r)
        return NULL;
    ssize_t got = 0;
    while (got < size) {
        ssize_t n = getrandom(TY_BYTES_DATA(r) + got, (size_t)(size - got), (unsigned)flags);
        if (n < 0) {
            if (errno == EINTR && tyErr_checkSignals() == 0)
                continue;
            if (!tyErr_occurred())
                tyPosix_error(NULL, NULL);
            TY_DECREF(r);
            return NULL;
        }
        got += n;
    }
    return r;
}

TyMethodDef tyPosix_ioFunctions[] = {
    { "pread", px_pread, TY_METH_DEFAULT, "Read a number of bytes from a file descriptor starting at a particular offset." },
    { "pwrite", px_pwrite, TY_METH_DEFAULT, "Write bytes to a file descriptor starting at a particular offset." },
    { "readv", px_readv, TY_METH_DEFAULT, "Read from a file descriptor fd into an iterable of buffers." },
    { "writev", px_writev, TY_METH_DEFAULT, "Iterate over buffers, and write the contents of each to a file descriptor." },
    { "preadv", px_preadv, TY_METH_DEFAULT, "Reads from a file descriptor into a number of mutable bytes-like objects." },
    { "pwritev", px_pwritev, TY_METH_DEFAULT, "Writes the contents of bytes-like objects to a file descriptor at a given offset." },
    { "posix_fallocate", px_posix_fallocate, TY_METH_DEFAULT, "Ensure a file has allocated at least a particular number of bytes on disk." },
    { "posix_fadvise", px_posix_fadvise, TY_METH_DEFAULT, "Announce an intention to access data in a specific pattern." },
    { "lockf", px_lockf, TY_METH_DEFAULT, "Apply, test or remove a POSIX lock on an open file descriptor." },
    { "openpty", px_openpty, TY_METH_DEFAULT, "Open a pseudo-terminal." },
    { "login_tty", px_login_tty, TY_METH_DEFAULT, "Prepare the tty of which fd is a file descriptor for a new login session." },
    { "eventfd", px_eventfd, TY_METH_DEFAULT, "Creates and returns an event notification file descriptor." },
    { "eventfd_read", px_eventfd_read, TY_METH_DEFAULT, "Read eventfd value" },
    { "eventfd_write", px_eventfd_write, TY_METH_DEFAULT, "Write eventfd value." },
    { "memfd_create", px_memfd_create, TY_METH_DEFAULT, NULL },
    { "pidfd_open", px_pidfd_open, TY_METH_DEFAULT, "Return a file descriptor referring to the process *pid*." },
    { "getrandom", px_getrandom, TY_METH_DEFAULT, "Obtain a series of random bytes." },
    { NULL, NULL, 0, NULL },
};
