/*
** posix.h — the `posix` module, which CPython's os.py is built on
** (posix.c assembles it; posixfs.c, posixproc.c and posixdir.c hold its
** functions), and what those files share.
*/
#ifndef TY_POSIX_H
#define TY_POSIX_H

#include <stdbool.h>
#include "../object.h"

/* The posix module: new reference, or NULL.  Readies its types. */
TyObject *tyPosix_create(void);
/* At exit: releases the module's static types and kept objects. */
void tyPosix_fini(void);

/*
** A path argument as CPython's path_converter reads it: a str, bytes, an
** os.PathLike whose __fspath__ gives one of those, or (where allowed) an
** int file descriptor.  `object` names the file in an OSError: the str
** or bytes, or the descriptor, or NULL when omitted; `conv` owns the str or bytes after __fspath__ and
** `narrow` is its NUL-terminated bytes; is_fd tells a descriptor (fd).
** A nullable argument given None (or omitted) leaves narrow NULL.
*/
typedef struct TyPathArg {
    TyObject *object;   /* borrowed (conv or the argument); NULL when omitted */
    TyObject *conv;     /* owned str or bytes, or NULL */
    const char *narrow;
    int fd;
    bool is_fd;
    bool is_bytes;
} TyPathArg;

/* Fill p from o for function fname, parameter argname; allow_fd accepts
** an int descriptor and nullable accepts None/NULL.  0, or -1 with
** CPython's TypeError/ValueError.  Release with tyPosix_pathFree. */
int tyPosix_path(const char *fname, const char *argname, TyObject *o, bool allow_fd, bool nullable,
                 TyPathArg *p);
void tyPosix_pathFree(TyPathArg *p);

/* r = call, again while it fails with EINTR and the signal handlers that
** tyErr_checkSignals runs raise nothing (PEP 475). */
#define TY_POSIX_RETRY(r, call)                                         \
    do {                                                                \
        (r) = (call);                                                   \
    } while ((r) < 0 && errno == EINTR && tyErr_checkSignals() == 0)

/* OSError (the subclass for errno's value) from errno, naming the file
** objects given (either may be NULL): "[Errno 2] No such file or
** directory: 'a' -> 'b'".  Returns NULL. */
TyObject *tyPosix_error(TyObject *filename, TyObject *filename2);

/* An int file descriptor argument (CPython's _PyLong_FileDescriptor_Converter
** for fd parameters: OverflowError past int, no negative check). */
int tyPosix_fd(TyObject *o, int *fd);
/* dir_fd=None (AT_FDCWD) or an int. */
int tyPosix_dirFd(TyObject *o, int *fd);
/* A C integer from an int argument (or __index__), refusing floats with
** CPython's "'float' object cannot be interpreted as an integer". */
int tyPosix_int(TyObject *o, int64_t *out);
/* The descriptor of an int or of an object with fileno() (CPython's
** PyObject_AsFileDescriptor: a negative one is a ValueError, one past a C
** int the OverflowError "Python int too large to convert to C int"). */
int tyPosix_fileno(TyObject *o, int *fd);
/* A bool argument, NULL meaning the default. */
int tyPosix_flag(TyObject *o, bool dflt, bool *out);
/*
** A user or group id argument (`what` is "uid" or "gid"), as CPython's
** _Py_Uid_Converter reads it: any int or __index__ (else TypeError "uid
** should be integer, not str"); -1 stands for (uid_t)-1; any other value
** outside the id type is OverflowError "uid is less than minimum" /
** "greater than maximum".  0, or -1 with the exception.
*/
int tyPosix_id(TyObject *o, const char *what, uint32_t *out);

/* A str (or bytes, when as_bytes) from n bytes of a name the system gave. */
TyObject *tyPosix_name(const char *s, size_t n, bool as_bytes);

/* os.stat_result from a struct stat: new reference. */
struct stat;
TyObject *tyPosix_statResult(const struct stat *st);

/* A NULL-terminated array of C strings for exec and spawn: `v` points
** into the bytes objects `keep` owns.  Release with tyPosix_stringsFree. */
typedef struct TyPosixStrings {
    char **v;
    TyObject *keep;
} TyPosixStrings;

/* argv (a list or tuple of str, bytes or os.PathLike) encoded; `what`
** begins its errors ("posix_spawn: argv must not be empty").  0 / -1. */
int tyPosix_argvStrings(const char *fname, const char *what, TyObject *argv, TyPosixStrings *c);
/* env's items (a mapping) as "name=value" strings.  0 / -1 with
** ValueError "illegal environment variable name" and the like. */
int tyPosix_envStrings(TyObject *env, TyPosixStrings *c);
void tyPosix_stringsFree(TyPosixStrings *c);

/* The function tables of the parts. */
extern TyMethodDef tyPosix_fsFunctions[];
extern TyMethodDef tyPosix_procFunctions[];
extern TyMethodDef tyPosix_dirFunctions[];
extern TyMethodDef tyPosix_spawnFunctions[];
extern TyMethodDef tyPosix_ioFunctions[];
extern TyMethodDef tyPosix_idFunctions[];

/* Types of posixdir.c (DirEntry, ScandirIterator) and posixproc.c
** (terminal_size, times_result, uname_result), readied by posix.c. */
extern TyType TyPosixDirEntry_Type;
extern TyType TyPosixScandir_Type;
int tyPosix_procReady(TyObject *module);
void tyPosix_procFini(void);

#endif
