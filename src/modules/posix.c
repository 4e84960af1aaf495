/*
** posix.c — the `posix` module that CPython's os.py imports everything
** from: this file assembles it (the functions of posixfs.c, posixdir.c
** and posixproc.c, the constants, `environ`, `_have_functions`,
** os.stat_result) and holds what those files share: reading path and
** descriptor arguments as CPython's converters do, and raising OSError
** with CPython's errno, strerror and file names.
**
** Names the system gives (listdir, readlink, getcwd, environ) are decoded
** as UTF-8; tally has no surrogateescape, so a name that is not UTF-8
** raises UnicodeDecodeError where CPython would smuggle its bytes through
** (docs/language.md).  Bytes arguments give bytes results, as in CPython.
*/
#define _GNU_SOURCE            /* O_DIRECT, O_PATH, O_TMPFILE, SEEK_DATA */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <dlfcn.h>
#include <sched.h>
#include <sys/random.h>
#include <sys/eventfd.h>
#include <linux/memfd.h>
#include <sys/uio.h>
#include <sys/resource.h>
#include <unistd.h>
#include "tally.h"
#include "modules/warningsmodule.h"
#include "buffer.h"
#include "modules/posix.h"
#include "objects/structseq.h"

extern char **environ;

/* ---- arguments ------------------------------------------------------------------- */

/* The wording of CPython's "path should be ..." for what the parameter takes. */
static const char *path_allowed(bool allow_fd, bool nullable)
{
    if (allow_fd)
        return nullable ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer";
    return nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
}

int tyPosix_fd(TyObject *o, int *fd)
{
    if (TY_FLOAT_CHECK(o))
        goto not_int;
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = tyInt_asI64(i, &v);
    TY_DECREF(i);
    if (r < 0 || v > INT_MAX) {
        tyErr_clear();
        tyErr_setString(&TyExc_OverflowError, tyInt_sign(o) < 0 ? "fd is less than minimum" : "fd is greater than maximum");
        return -1;
    }
    if (v < INT_MIN) {
        tyErr_setString(&TyExc_OverflowError, "fd is less than minimum");
        return -1;
    }
    *fd = (int)v;
    return 0;
not_int:
    tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return -1;
}

int tyPosix_int(TyObject *o, int64_t *out)
{
    if (TY_FLOAT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int r = tyInt_asI64(i, out);
    TY_DECREF(i);
    return r;
}

int tyPosix_id(TyObject *o, const char *what, uint32_t *out)
{
    TyObject *i = tyNum_index(o);
    if (!i) {
        tyErr_clear();
        tyErr_format(&TyExc_TypeError, "%s should be integer, not %s", what, tyType_name(TY_TYPE(o)));
        return -1;
    }
    int64_t v;
    bool too_big = tyInt_asI64(i, &v) < 0;
    bool negative = tyInt_sign(i) < 0;
    TY_DECREF(i);
    if (too_big) {
        /* Past a C long: an unsigned long might hold it, but not an id. */
        tyErr_clear();
        tyErr_format(&TyExc_OverflowError, "%s is %s", what, negative ? "less than minimum" : "greater than maximum");
        return -1;
    }
    if (v == -1) {
        *out = UINT32_MAX;
        return 0;
    }
    /* CPython calls a value past the id type but within a C long "less than
    ** minimum" too. */
    if (v < 0 || v > (int64_t)UINT32_MAX) {
        tyErr_format(&TyExc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

int tyPosix_fileno(TyObject *o, int *fd)
{
    if (!TY_INT_CHECK(o)) {
        TyObject *meth = NULL, *name = tyStr_internC("fileno");
        int found = name ? tyObj_lookupAttr(o, name, &meth) : -1;
        TY_XDECREF(name);
        if (found < 0)
            return -1;
        if (!meth) {
            tyErr_setString(&TyExc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        TyObject *r = tyObj_callNoArgs(meth);
        TY_DECREF(meth);
        if (!r)
            return -1;
        int rc = -1;
        if (TY_INT_CHECK(r))
            rc = tyArg_int(r, fd);
        else
            tyErr_setString(&TyExc_TypeError, "fileno() returned a non-integer");
        TY_DECREF(r);
        if (rc < 0)
            return -1;
    } else if (tyArg_int(o, fd) < 0) {
        return -1;
    }
    if (*fd < 0) {
        tyErr_format(&TyExc_ValueError, "file descriptor cannot be a negative integer (%d)", *fd);
        return -1;
    }
    return 0;
}

int tyPosix_dirFd(TyObject *o, int *fd)
{
    *fd = AT_FDCWD;
    if (!o || o == TY_NONE)
        return 0;
    if (!TY_INT_CHECK(o) && !TY_TYPE(o)->nb_index) {
        tyErr_format(&TyExc_TypeError, "argument should be integer or None, not %T", o);
        return -1;
    }
    return tyPosix_fd(o, fd);
}

int tyPosix_flag(TyObject *o, bool dflt, bool *out)
{
    if (!o) {
        *out = dflt;
        return 0;
    }
    int r = tyObj_isTrue(o);
    if (r < 0)
        return -1;
    *out = r;
    return 0;
}

/* The str or bytes of os.fspath(o): new reference; NULL with TypeError
** (wording of `fname`'s path parameter when fname is given, else fspath's). */
static TyObject *fspath(TyObject *o, const char *fname, const char *allowed)
{
    if (TY_STR_CHECK(o) || TY_BYTES_CHECK(o))
        return TY_NEWREF(o);
    TyObject *name = tyStr_internC("__fspath__");
    TyObject *meth = name ? tyObj_lookupSpecial(o, name) : NULL;
    TY_XDECREF(name);
    if (!meth) {
        if (tyErr_occurred())
            return NULL;
        if (fname)
            return tyErr_format(&TyExc_TypeError, "%s: path should be %s, not %T", fname, allowed, o);
        return tyErr_format(&TyExc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
    }
    TyObject *r = tyObj_callNoArgs(meth);
    TY_DECREF(meth);
    if (r && !TY_STR_CHECK(r) && !TY_BYTES_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o, r);
        TY_CLEAR(r);
    }
    return r;
}

/* A bytes-like path other than bytes (bytearray, memoryview): its bytes,
** after the DeprecationWarning CPython 3.11 gives for them.  New
** reference, or NULL. */
static TyObject *buffer_path(TyObject *o, const char *fname, const char *allowed)
{
    TyObject *text = tyStr_fromFormat("%s: path should be %s, not %T", fname, allowed, o);
    if (!text || tyWarnings_warn(&TyExc_DeprecationWarning, text) < 0) {
        TY_XDECREF(text);
        return NULL;
    }
    TY_DECREF(text);
    TyBuffer view;
    if (tyBuffer_get(o, &view) < 0)
        return NULL;
    return tyBytes_fromData(view.data, view.len);
}

int tyPosix_path(const char *fname, const char *argname, TyObject *o, bool allow_fd, bool nullable,
                 TyPathArg *p)
{
    memset(p, 0, sizeof *p);
    p->fd = -1;
    p->object = o;
    if (!o || (nullable && o == TY_NONE))
        return 0;
    if (allow_fd && TY_INT_CHECK(o)) {
        p->is_fd = true;
        return tyPosix_fd(o, &p->fd);
    }
    if (fname && !TY_STR_CHECK(o) && !TY_BYTES_CHECK(o) && tyBuffer_check(o)) {
        p->conv = buffer_path(o, fname, path_allowed(allow_fd, nullable));
    } else {
        p->conv = fspath(o, fname, path_allowed(allow_fd, nullable));
        /* An OSError names the path __fspath__ gave, as CPython's does. */
        p->object = p->conv;
    }
    if (!p->conv)
        return -1;
    p->is_bytes = TY_BYTES_CHECK(p->conv);
    const char *data = p->is_bytes ? TY_BYTES_DATA(p->conv) : TY_STR_UTF8(p->conv);
    size_t n = p->is_bytes ? (size_t)TY_BYTES_LEN(p->conv) : (size_t)TY_STR_NBYTES(p->conv);
    if (memchr(data, '\0', n)) {
        if (p->is_bytes)
            tyErr_format(&TyExc_ValueError, "%s: embedded null character in %s", fname, argname);
        else
            tyErr_setString(&TyExc_ValueError, "embedded null byte");
        tyPosix_pathFree(p);
        return -1;
    }
    p->narrow = data;
    return 0;
}

void tyPosix_pathFree(TyPathArg *p)
{
    TY_CLEAR(p->conv);
    p->narrow = NULL;
}

TyObject *tyPosix_name(const char *s, size_t n, bool as_bytes)
{
    return as_bytes ? tyBytes_fromData(s, (ssize_t)n) : tyStr_decodeUtf8(s, (ssize_t)n);
}

/* ---- errors ------------------------------------------------------------------------ */

TyObject *tyPosix_error(TyObject *filename, TyObject *filename2)
{
    int err = errno;
    /* A call cut short by a signal whose handler raised (RETRY stopped on
    ** it) fails with the handler's exception, as in CPython. */
    if (err == EINTR && (tyErr_occurred() || tyErr_checkSignals() < 0))
        return NULL;
    TyObject *args[5];
    size_t n = 2;
    args[0] = tyInt_fromI64(err);
    args[1] = tyStr_fromCStr(strerror(err));
    if (filename || filename2) {
        args[n++] = filename ? filename : TY_NONE;
        if (filename2) {
            args[n++] = TY_NONE;
            args[n++] = filename2;
        }
    }
    if (args[0] && args[1]) {
        TyObject *exc = tyObj_call((TyObject *)&TyExc_OSError, args, n, NULL);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
    }
    TY_XDECREF(args[0]);
    TY_XDECREF(args[1]);
    return NULL;
}

/* ---- os.stat_result ------------------------------------------------------------------- */

/* CPython's layout: seven named fields, the three times as ints (which
** the repr labels st_atime.. as CPython's does, but are reachable by
** index only), then the named fields.  A struct sequence finds a name's
** last field, so st_atime reads the float. */
static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime",
    "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
};

static TyStructSeqType stat_result_type = TY_STRUCTSEQ_TYPE("os.stat_result", stat_fields, 10, true);

/* seconds * 10**9 + nanoseconds, which passes 64 bits after 2262. */
static TyObject *time_ns(int64_t sec, long nsec)
{
    __int128 v = (__int128)sec * 1000000000 + nsec;
    if (v >= INT64_MIN && v <= INT64_MAX)
        return tyInt_fromI64((int64_t)v);
    TyObject *s = tyInt_fromI64(sec), *g = tyInt_fromI64(1000000000), *ns = tyInt_fromI64(nsec);
    TyObject *prod = s && g ? tyInt_mul(s, g) : NULL;
    TyObject *r = prod && ns ? tyInt_add(prod, ns) : NULL;
    TY_XDECREF(s);
    TY_XDECREF(g);
    TY_XDECREF(ns);
    TY_XDECREF(prod);
    return r;
}

TyObject *tyPosix_statResult(const struct stat *st)
{
    const struct timespec *times[3] = { &st->st_atim, &st->st_mtim, &st->st_ctim };
    TyObject *v[19];
    v[0] = tyInt_fromI64(st->st_mode);
    v[1] = tyInt_fromU64(st->st_ino);
    v[2] = tyInt_fromU64(st->st_dev);
    v[3] = tyInt_fromU64(st->st_nlink);
    v[4] = tyInt_fromI64(st->st_uid);
    v[5] = tyInt_fromI64(st->st_gid);
    v[6] = tyInt_fromI64(st->st_size);
    for (int i = 0; i < 3; i++) {
        v[7 + i] = tyInt_fromI64(times[i]->tv_sec);
        v[10 + i] = tyFloat_from((double)times[i]->tv_sec + (double)times[i]->tv_nsec * 1e-9);
        v[13 + i] = time_ns(times[i]->tv_sec, times[i]->tv_nsec);
    }
    v[16] = tyInt_fromI64(st->st_blksize);
    v[17] = tyInt_fromI64(st->st_blocks);
    v[18] = tyInt_fromU64(st->st_rdev);
    return tyStructSeq_fromValues(&stat_result_type, v);
}

/* ---- the module's own functions ------------------------------------------------------ */

/* fspath(path): the str or bytes of a path-like object. */
static TyObject *px_fspath(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", NULL };
    TyObject *a[1];
    if (tyArg_unpack("fspath", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return fspath(a[0], NULL, NULL);
}

static TyMethodDef own_functions[] = {
    { "fspath", px_fspath, TY_METH_DEFAULT, "Return the file system path representation of the object." },
    { NULL, NULL, 0, NULL },
};

/* ---- constants ---------------------------------------------------------------------- */

typedef struct IntConst {
    const char *name;
    long value;
} IntConst;

#define C(name) { #name, (long)(name) },

static const IntConst int_constants[] = {
    C(F_OK) C(R_OK) C(W_OK) C(X_OK)
    C(O_RDONLY) C(O_WRONLY) C(O_RDWR) C(O_APPEND) C(O_CREAT) C(O_EXCL) C(O_TRUNC)
    C(O_NONBLOCK) C(O_NDELAY) C(O_SYNC) C(O_DSYNC) C(O_RSYNC) C(O_NOCTTY) C(O_CLOEXEC)
    C(O_DIRECTORY) C(O_NOFOLLOW) C(O_ACCMODE) C(O_ASYNC) C(O_DIRECT) C(O_LARGEFILE)
    C(O_NOATIME) C(O_PATH) C(O_TMPFILE)
    C(SEEK_DATA) C(SEEK_HOLE) C(O_FSYNC)
    C(F_LOCK) C(F_TLOCK) C(F_ULOCK) C(F_TEST)
    C(WNOHANG) C(WUNTRACED) C(WCONTINUED) C(WEXITED) C(WSTOPPED) C(WNOWAIT)
    C(P_PID) C(P_PGID) C(P_ALL)
    C(EX_OK) C(EX_USAGE) C(EX_DATAERR) C(EX_NOINPUT) C(EX_NOUSER) C(EX_NOHOST)
    C(EX_UNAVAILABLE) C(EX_SOFTWARE) C(EX_OSERR) C(EX_OSFILE) C(EX_CANTCREAT) C(EX_IOERR)
    C(EX_TEMPFAIL) C(EX_PROTOCOL) C(EX_NOPERM) C(EX_CONFIG)
    C(CLD_EXITED) C(CLD_KILLED) C(CLD_DUMPED) C(CLD_TRAPPED) C(CLD_STOPPED) C(CLD_CONTINUED)
    C(PRIO_PROCESS) C(PRIO_PGRP) C(PRIO_USER) C(GRND_NONBLOCK) C(GRND_RANDOM)
    C(RTLD_LAZY) C(RTLD_NOW) C(RTLD_GLOBAL) C(RTLD_LOCAL) C(RTLD_NODELETE) C(RTLD_NOLOAD) C(RTLD_DEEPBIND)
    C(SCHED_OTHER) C(SCHED_FIFO) C(SCHED_RR) C(SCHED_BATCH) C(SCHED_IDLE) C(SCHED_RESET_ON_FORK)
    C(RWF_DSYNC) C(RWF_HIPRI) C(RWF_SYNC) C(RWF_NOWAIT) C(RWF_APPEND)
    C(POSIX_FADV_NORMAL) C(POSIX_FADV_SEQUENTIAL) C(POSIX_FADV_RANDOM) C(POSIX_FADV_NOREUSE)
    C(POSIX_FADV_WILLNEED) C(POSIX_FADV_DONTNEED)
    C(EFD_CLOEXEC) C(EFD_NONBLOCK) C(EFD_SEMAPHORE)
    C(MFD_CLOEXEC) C(MFD_ALLOW_SEALING) C(MFD_HUGETLB) C(MFD_HUGE_SHIFT) C(MFD_HUGE_MASK)
    C(MFD_HUGE_64KB) C(MFD_HUGE_512KB) C(MFD_HUGE_1MB) C(MFD_HUGE_2MB) C(MFD_HUGE_8MB)
    C(MFD_HUGE_16MB) C(MFD_HUGE_32MB) C(MFD_HUGE_256MB) C(MFD_HUGE_512MB) C(MFD_HUGE_1GB)
    C(MFD_HUGE_2GB) C(MFD_HUGE_16GB) C(P_PIDFD)
    /* posix_spawn's file_actions tags (CPython's own numbering). */
    { "POSIX_SPAWN_OPEN", 0 }, { "POSIX_SPAWN_CLOSE", 1 }, { "POSIX_SPAWN_DUP2", 2 },
    { "TMP_MAX", 238328 },
    { "NGROUPS_MAX", 65536 },
};

#undef C

/* What os.py reads to build supports_fd, supports_dir_fd and
** supports_follow_symlinks: only what these functions really accept. */
static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
    "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
    "HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT",
    "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
};

static int add_functions(TyObject *m, TyMethodDef *defs)
{
    for (TyMethodDef *d = defs; d->name; d++) {
        TyObject *f = tyCFunction_new(d, m);
        int r = f ? tyModule_addObject(m, d->name, f) : -1;
        TY_XDECREF(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* posix.environ: bytes names to bytes values, as the process started. */
static TyObject *make_environ(void)
{
    TyObject *d = tyDict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        TyObject *k = tyBytes_fromData(*e, eq - *e);
        TyObject *v = k ? tyBytes_fromData(eq + 1, (ssize_t)strlen(eq + 1)) : NULL;
        /* The first of two equal names wins, as in CPython. */
        int r = v ? tyDict_contains(d, k) : -1;
        if (r == 0)
            r = tyDict_setItem(d, k, v);
        TY_XDECREF(k);
        TY_XDECREF(v);
        if (r < 0)
            TY_CLEAR(d);
    }
    return d;
}

static int add_constants(TyObject *m)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(int_constants); i++)
        if (tyModule_addInt(m, int_constants[i].name, int_constants[i].value) < 0)
            return -1;
    TyObject *have = tyList_new(0);
    for (size_t i = 0; have && i < TY_ARRAY_LEN(have_functions); i++) {
        TyObject *s = tyStr_fromCStr(have_functions[i]);
        if (!s || tyList_appendSteal(have, s) < 0)
            TY_CLEAR(have);
    }
    TyObject *env = have ? make_environ() : NULL;
    int r = env ? 0 : -1;
    if (r == 0)
        r = tyModule_addObject(m, "_have_functions", have);
    if (r == 0)
        r = tyModule_addObject(m, "environ", env);
    TY_XDECREF(have);
    TY_XDECREF(env);
    return r;
}

TyObject *tyPosix_create(void)
{
    if (tyStructSeq_ready(&stat_result_type) < 0 ||
        tyType_ready(&TyPosixDirEntry_Type) < 0 || tyType_ready(&TyPosixScandir_Type) < 0)
        return NULL;
    TyObject *three = tyInt_fromI64(3);
    int r = three ? tyDict_setItemStr(stat_result_type.type.dict, "n_unnamed_fields", three) : -1;
    TY_XDECREF(three);
    if (r < 0)
        return NULL;
    TyObject *m = tyModule_new("posix", own_functions);
    if (!m)
        return NULL;
    if (add_functions(m, tyPosix_fsFunctions) < 0 || add_functions(m, tyPosix_dirFunctions) < 0 ||
        add_functions(m, tyPosix_procFunctions) < 0 ||
        add_functions(m, tyPosix_spawnFunctions) < 0 || add_functions(m, tyPosix_ioFunctions) < 0 ||
        add_functions(m, tyPosix_idFunctions) < 0 || add_constants(m) < 0 ||
        tyPosix_procReady(m) < 0 ||
        tyModule_addObject(m, "error", (TyObject *)&TyExc_OSError) < 0 ||
        tyModule_addObject(m, "stat_result", (TyObject *)&stat_result_type) < 0 ||
        tyModule_addObject(m, "DirEntry", (TyObject *)&TyPosixDirEntry_Type) < 0)
        TY_CLEAR(m);
    return m;
}

void tyPosix_fini(void)
{
    tyPosix_procFini();
    tyType_finiStatic(&TyPosixScandir_Type);
    tyType_finiStatic(&TyPosixDirEntry_Type);
    tyType_finiStatic(&stat_result_type.type);
}
