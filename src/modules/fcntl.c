/*
** fcntl.c — the `fcntl` module: file control and I/O control on file
** descriptors, with CPython's argument rules, messages and constants.
** subprocess, pty, tempfile-style locking and CPython's tests use it.
**
** A bytes or str argument is copied into a 1024-byte buffer (the size
** CPython documents) so that the call never writes past what Python owns;
** ioctl() on a larger mutable buffer passes the caller's buffer itself.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include "tally.h"
#include "args.h"
#include "buffer.h"
#include "modules/posix.h"
#include "modules/fcntl.h"

#define FCNTL_BUFSZ 1024

/* OSError from errno.  Returns NULL. */
static TyObject *os_error(void)
{
    return tyErr_fromErrno(&TyExc_OSError, NULL);
}

/* The low 32 bits of an int (PyArg_Parse's "I": any __index__, no range
** check).  0, or -1 with the TypeError of a non-integer. */
static int uint_mask(TyObject *o, unsigned int *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    *out = (unsigned int)tyInt_asU64Mask(i);
    TY_DECREF(i);
    return 0;
}

/* The bytes of a str (UTF-8) or bytes argument, as PyArg_Parse's "s#"
** reads them: 1 with a new reference to a bytes object in *out, 0 when o is
** neither (no exception: the caller tries an int next, as CPython does),
** -1 when encoding failed for want of memory. */
static int str_or_bytes(TyObject *o, TyObject **out)
{
    if (TY_BYTES_CHECK(o)) {
        *out = TY_NEWREF(o);
        return 1;
    }
    if (!TY_STR_CHECK(o))
        return 0;
    *out = tyStr_encode(o, "utf-8", "strict");
    if (*out)
        return 1;
    /* A lone surrogate: CPython's "s#" fails too and it falls to "i". */
    if (!tyErr_exceptionMatches((TyType *)&TyExc_UnicodeEncodeError))
        return -1;
    tyErr_clear();
    return 0;
}

/* fcntl(fd, cmd, arg=0, /): an int result, or bytes of the length of a
** bytes/str arg holding what the system wrote there.  New reference. */
static TyObject *fc_fcntl(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, code, ret;
    unsigned int int_arg = 0;
    if (tyArg_noKeywords("fcntl.fcntl", kwnames) < 0 || tyArg_checkCount("fcntl", nargs, 2, 3) < 0)
        return NULL;
    if (tyPosix_fileno(args[0], &fd) < 0 || tyArg_int(args[1], &code) < 0)
        return NULL;
    if (nargs == 3) {
        TyObject *data;
        int got = str_or_bytes(args[2], &data);
        if (got < 0)
            return NULL;
        if (got) {
            ssize_t len = TY_BYTES_LEN(data);
            char buf[FCNTL_BUFSZ];
            if (len > FCNTL_BUFSZ) {
                TY_DECREF(data);
                return tyErr_setString(&TyExc_ValueError, "fcntl string arg too long");
            }
            memcpy(buf, TY_BYTES_DATA(data), (size_t)len);
            TY_DECREF(data);
            int sig = 0;
            do
                ret = fcntl(fd, code, buf);
            while (ret == -1 && errno == EINTR && !(sig = tyErr_checkSignals()));
            if (ret < 0)
                return sig ? NULL : os_error();
            return tyBytes_fromData(buf, len);
        }
        if (uint_mask(args[2], &int_arg) < 0)
            return NULL;
    }
    int sig = 0;
    do
        ret = fcntl(fd, code, (int)int_arg);
    while (ret == -1 && errno == EINTR && !(sig = tyErr_checkSignals()));
    if (ret < 0)
        return sig ? NULL : os_error();
    return tyInt_fromI64(ret);
}

/* ioctl(fd, request, arg=0, mutate_flag=True, /).  A writable buffer with
** mutate_flag true is updated in place and the int result returned; any
** other buffer or str is copied and the copy returned as bytes; an int is
** passed as is.  New reference. */
static TyObject *fc_ioctl(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, ret;
    if (tyArg_noKeywords("fcntl.ioctl", kwnames) < 0 || tyArg_checkCount("ioctl", nargs, 2, 4) < 0)
        return NULL;
    if (tyPosix_fileno(args[0], &fd) < 0)
        return NULL;
    TyObject *req = tyNum_index(args[1]);
    if (!req)
        return NULL;
    unsigned long code = (unsigned long)tyInt_asU64Mask(req);
    TY_DECREF(req);
    int mutate = 1;
    if (nargs == 4 && (mutate = tyObj_isTrue(args[3])) < 0)
        return NULL;
    int int_arg = 0;
    if (nargs >= 3) {
        TyObject *arg = args[2];
        char buf[FCNTL_BUFSZ + 1];
        TyBuffer view;
        int got = tyBuffer_tryGet(arg, &view);
        if (got < 0)
            tyErr_clear();
        if (got > 0 && !view.readonly) {
            ssize_t len = view.len;
            char *p = view.data;
            if (len <= FCNTL_BUFSZ) {
                memcpy(buf, view.data, (size_t)len);
                buf[len] = '\0';
                p = buf;
            } else if (!mutate) {
                return tyErr_setString(&TyExc_ValueError, "ioctl string arg too long");
            }
            ret = ioctl(fd, code, p);
            if (mutate && len <= FCNTL_BUFSZ) {
                /* The system call ran no Python code: the view is still valid. */
                memcpy(view.data, buf, (size_t)len);
            }
            if (ret < 0)
                return os_error();
            return mutate ? tyInt_fromI64(ret) : tyBytes_fromData(buf, len);
        }
        /* Any other buffer, or a str as UTF-8 ("s*"), is copied. */
        TyObject *utf8 = NULL;
        if (got <= 0 && (got = str_or_bytes(arg, &utf8)) < 0)
            return NULL;
        if (utf8) {
            view.data = TY_BYTES_DATA(utf8);
            view.len = TY_BYTES_LEN(utf8);
        }
        if (got > 0) {
            ssize_t len = view.len;
            if (len <= FCNTL_BUFSZ) {
                memcpy(buf, view.data, (size_t)len);
                buf[len] = '\0';
            }
            TY_XDECREF(utf8);
            if (len > FCNTL_BUFSZ)
                return tyErr_setString(&TyExc_ValueError, "ioctl string arg too long");
            if (ioctl(fd, code, buf) < 0)
                return os_error();
            return tyBytes_fromData(buf, len);
        }
        if (tyArg_intI(arg, &int_arg) < 0)
            return NULL;
    }
    ret = ioctl(fd, code, int_arg);
    if (ret < 0)
        return os_error();
    return tyInt_fromI64(ret);
}

/* flock(fd, operation, /): None.  EINTR is retried after the handlers. */
static TyObject *fc_flock(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, op, ret, sig = 0;
    if (tyArg_noKeywords("fcntl.flock", kwnames) < 0 || tyArg_checkCount("flock", nargs, 2, 2) < 0)
        return NULL;
    if (tyPosix_fileno(args[0], &fd) < 0 || tyArg_int(args[1], &op) < 0)
        return NULL;
    do
        ret = flock(fd, op);
    while (ret == -1 && errno == EINTR && !(sig = tyErr_checkSignals()));
    if (ret < 0)
        return sig ? NULL : os_error();
    return TY_NEWREF(TY_NONE);
}

/* A lockf() offset: any __index__ within a C long (CPython's message). */
static int long_arg(TyObject *o, int64_t *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int r = tyInt_asI64(i, out);
    TY_DECREF(i);
    return r;
}

/* lockf(fd, cmd, len=0, start=0, whence=0, /): None.  A POSIX record lock
** through fcntl(F_SETLK / F_SETLKW), as CPython builds it from LOCK_*. */
static TyObject *fc_lockf(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, code, whence = 0, ret, sig = 0;
    int64_t len = 0, start = 0;
    if (tyArg_noKeywords("fcntl.lockf", kwnames) < 0 || tyArg_checkCount("lockf", nargs, 2, 5) < 0)
        return NULL;
    if (tyPosix_fileno(args[0], &fd) < 0 || tyArg_int(args[1], &code) < 0)
        return NULL;
    if ((nargs > 2 && long_arg(args[2], &len) < 0) || (nargs > 3 && long_arg(args[3], &start) < 0) ||
        (nargs > 4 && tyArg_int(args[4], &whence) < 0))
        return NULL;
    struct flock l;
    memset(&l, 0, sizeof l);
    if (code == LOCK_UN)
        l.l_type = F_UNLCK;
    else if (code & LOCK_SH)
        l.l_type = F_RDLCK;
    else if (code & LOCK_EX)
        l.l_type = F_WRLCK;
    else
        return tyErr_setString(&TyExc_ValueError, "unrecognized lockf argument");
    l.l_start = (off_t)start;
    l.l_len = (off_t)len;
    l.l_whence = (short)whence;
    do
        ret = fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l);
    while (ret == -1 && errno == EINTR && !(sig = tyErr_checkSignals()));
    if (ret < 0)
        return sig ? NULL : os_error();
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef fcntl_functions[] = {
    { "fcntl", fc_fcntl, TY_METH_DEFAULT,
      "Perform the operation `cmd` on file descriptor fd.\n\n"
      "The values used for `cmd` are operating system dependent, and are available\n"
      "as constants in the fcntl module, using the same names as used in\n"
      "the relevant C header files.  The argument arg is optional, and\n"
      "defaults to 0; it may be an int or a string.  If arg is given as a string,\n"
      "the return value of fcntl is a string of that length, containing the\n"
      "resulting value put in the arg buffer by the operating system.  The length\n"
      "of the arg string is not allowed to exceed 1024 bytes.  If the arg given\n"
      "is an integer or if none is specified, the result value is an integer\n"
      "corresponding to the return value of the fcntl call in the C code." },
    { "ioctl", fc_ioctl, TY_METH_DEFAULT,
      "Perform the operation `request` on file descriptor `fd`.\n"
      "\n"
      "The values used for `request` are operating system dependent, and are available\n"
      "as constants in the fcntl or termios library modules, using the same names as\n"
      "used in the relevant C header files.\n"
      "\n"
      "The argument `arg` is optional, and defaults to 0; it may be an int or a\n"
      "buffer containing character data (most likely a string or an array).\n"
      "\n"
      "If the argument is a mutable buffer (such as an array) and if the\n"
      "mutate_flag argument (which is only allowed in this case) is true then the\n"
      "buffer is (in effect) passed to the operating system and changes made by\n"
      "the OS will be reflected in the contents of the buffer after the call has\n"
      "returned.  The return value is the integer returned by the ioctl system\n"
      "call.\n"
      "\n"
      "If the argument is a mutable buffer and the mutable_flag argument is false,\n"
      "the behavior is as if a string had been passed.\n"
      "\n"
      "If the argument is an immutable buffer (most likely a string) then a copy\n"
      "of the buffer is passed to the operating system and the return value is a\n"
      "string of the same length containing whatever the operating system put in\n"
      "the buffer.  The length of the arg buffer in this case is not allowed to\n"
      "exceed 1024 bytes.\n"
      "\n"
      "If the arg given is an integer or if none is specified, the result value is\n"
      "an integer corresponding to the return value of the ioctl call in the C\n"
      "code." },
    { "flock", fc_flock, TY_METH_DEFAULT,
      "Perform the lock operation `operation` on file descriptor `fd`.\n\n"
      "See the Unix manual page for flock(2) for details (On some systems, this\n"
      "function is emulated using fcntl())." },
    { "lockf", fc_lockf, TY_METH_DEFAULT,
      "A wrapper around the fcntl() locking calls.\n"
      "\n"
      "`fd` is the file descriptor of the file to lock or unlock, and operation is one\n"
      "of the following values:\n"
      "\n"
      "    LOCK_UN - unlock\n"
      "    LOCK_SH - acquire a shared lock\n"
      "    LOCK_EX - acquire an exclusive lock\n"
      "\n"
      "When operation is LOCK_SH or LOCK_EX, it can also be bitwise ORed with\n"
      "LOCK_NB to avoid blocking on lock acquisition.  If LOCK_NB is used and the\n"
      "lock cannot be acquired, an OSError will be raised and the exception will\n"
      "have an errno attribute set to EACCES or EAGAIN (depending on the operating\n"
      "system -- for portability, check for either value).\n"
      "\n"
      "`len` is the number of bytes to lock, with the default meaning to lock to\n"
      "EOF.  `start` is the byte offset, relative to `whence`, to that the lock\n"
      "starts.  `whence` is as with fileobj.seek(), specifically:\n"
      "\n"
      "    0 - relative to the start of the file (SEEK_SET)\n"
      "    1 - relative to the current buffer position (SEEK_CUR)\n"
      "    2 - relative to the end of the file (SEEK_END)" },
    { NULL, NULL, 0, NULL },
};

static const struct {
    const char *name;
    long value;
} fcntl_constants[] = {
    { "LOCK_SH", LOCK_SH }, { "LOCK_EX", LOCK_EX }, { "LOCK_NB", LOCK_NB }, { "LOCK_UN", LOCK_UN },
#ifdef LOCK_MAND
    { "LOCK_MAND", LOCK_MAND }, { "LOCK_READ", LOCK_READ }, { "LOCK_WRITE", LOCK_WRITE },
    { "LOCK_RW", LOCK_RW },
#endif
    { "F_DUPFD", F_DUPFD }, { "F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC },
    { "F_GETFD", F_GETFD }, { "F_SETFD", F_SETFD }, { "F_GETFL", F_GETFL }, { "F_SETFL", F_SETFL },
    { "F_GETLK", F_GETLK }, { "F_SETLK", F_SETLK }, { "F_SETLKW", F_SETLKW },
    /* The 64-bit lock calls are the plain ones on LP64 Linux, as CPython shows. */
    { "F_GETLK64", F_GETLK64 }, { "F_SETLK64", F_SETLK64 }, { "F_SETLKW64", F_SETLKW64 },
    { "F_GETOWN", F_GETOWN }, { "F_SETOWN", F_SETOWN }, { "F_GETSIG", F_GETSIG },
    { "F_SETSIG", F_SETSIG }, { "F_RDLCK", F_RDLCK }, { "F_WRLCK", F_WRLCK }, { "F_UNLCK", F_UNLCK },
#ifdef F_EXLCK
    { "F_EXLCK", F_EXLCK }, { "F_SHLCK", F_SHLCK },
#endif
    { "F_GETLEASE", F_GETLEASE }, { "F_SETLEASE", F_SETLEASE }, { "F_NOTIFY", F_NOTIFY },
    { "F_OFD_GETLK", F_OFD_GETLK }, { "F_OFD_SETLK", F_OFD_SETLK }, { "F_OFD_SETLKW", F_OFD_SETLKW },
    { "F_GETPIPE_SZ", F_GETPIPE_SZ }, { "F_SETPIPE_SZ", F_SETPIPE_SZ },
    { "F_ADD_SEALS", F_ADD_SEALS }, { "F_GET_SEALS", F_GET_SEALS }, { "F_SEAL_SEAL", F_SEAL_SEAL },
    { "F_SEAL_SHRINK", F_SEAL_SHRINK }, { "F_SEAL_GROW", F_SEAL_GROW }, { "F_SEAL_WRITE", F_SEAL_WRITE },
    { "FD_CLOEXEC", FD_CLOEXEC }, { "FASYNC", FASYNC },
    { "DN_ACCESS", DN_ACCESS }, { "DN_MODIFY", DN_MODIFY }, { "DN_CREATE", DN_CREATE },
    { "DN_DELETE", DN_DELETE }, { "DN_RENAME", DN_RENAME }, { "DN_ATTRIB", DN_ATTRIB },
    /* 0x80000000: an unsigned value in C, positive in Python. */
    { "DN_MULTISHOT", (long)(unsigned int)DN_MULTISHOT },
};

TyObject *tyFcntl_create(void)
{
    TyObject *m = tyModule_new("fcntl", fcntl_functions);
    TyObject *doc = m ? tyStr_fromCStr(
        "This module performs file control and I/O control on file\n"
        "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
        "routines.  File descriptors can be obtained with the fileno() method of\n"
        "a file or socket object.") : NULL;
    int r = doc ? tyModule_addObject(m, "__doc__", doc) : -1;
    TY_XDECREF(doc);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(fcntl_constants); i++)
        r = tyModule_addInt(m, fcntl_constants[i].name, fcntl_constants[i].value);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}
