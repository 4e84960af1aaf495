/*
** posixdir.c — reading directories: listdir, and scandir's iterator
** (posix.ScandirIterator) of posix.DirEntry objects, which answer
** is_dir/is_file/is_symlink from the entry's d_type when the system gave
** one and call stat only when needed, caching the result, as CPython's do.
**
** scandir of a path names entries "path/name" (". /name" for no path);
** scandir of a descriptor names them by name alone and stats them
** relative to that descriptor.
*/
#define _GNU_SOURCE            /* DT_* d_type values */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "modules/posix.h"

/* ---- listdir --------------------------------------------------------------------------- */

static bool is_dot(const char *n)
{
    return n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'));
}

/* A DIR* for the path argument p: opendir of its name, or fdopendir of a
** duplicate of its descriptor rewound to the start (so the caller's
** descriptor stays theirs).  NULL with the OSError. */
static DIR *open_dir(TyPathArg *p)
{
    DIR *d;
    if (p->is_fd) {
        int fd = fcntl(p->fd, F_DUPFD_CLOEXEC, 0);
        d = fd < 0 ? NULL : fdopendir(fd);
        if (!d) {
            int e = errno;
            if (fd >= 0)
                close(fd);
            errno = e;
            tyPosix_error(NULL, NULL);
            return NULL;
        }
        rewinddir(d);
        return d;
    }
    d = opendir(p->narrow ? p->narrow : ".");
    if (!d)
        tyPosix_error(p->object ? p->object : TY_NONE, NULL);
    return d;
}

static TyObject *px_listdir(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", NULL };
    TyObject *a[1];
    if (tyArg_unpack("listdir", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    TyPathArg p;
    if (tyPosix_path("listdir", "path", a[0], true, true, &p) < 0)
        return NULL;
    if (!p.narrow && !p.is_fd)
        p.object = NULL;
    DIR *d = open_dir(&p);
    TyObject *list = d ? tyList_new(0) : NULL;
    while (list) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            if (errno) {
                TY_CLEAR(list);
                tyPosix_error(p.object, NULL);
            }
            break;
        }
        if (is_dot(e->d_name))
            continue;
        TyObject *n = tyPosix_name(e->d_name, strlen(e->d_name), p.is_bytes);
        if (!n || tyList_appendSteal(list, n) < 0)
            TY_CLEAR(list);
    }
    if (d)
        closedir(d);
    tyPosix_pathFree(&p);
    return list;
}

/* ---- DirEntry ------------------------------------------------------------------------- */

typedef struct DirEntry {
    TyObject ob;
    TyObject *name;     /* str or bytes */
    TyObject *path;     /* str or bytes */
    TyObject *stat;     /* cached stat (following links), or NULL */
    TyObject *lstat;    /* cached lstat, or NULL */
    unsigned char d_type;
    ino_t d_ino;
    int dir_fd;         /* the scanned descriptor, or -1 */
} DirEntry;

#define ENTRY(o) ((DirEntry *)(o))

static void entry_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(ENTRY(o)->name);
    TY_XDECREF(ENTRY(o)->path);
    TY_XDECREF(ENTRY(o)->stat);
    TY_XDECREF(ENTRY(o)->lstat);
    tyObj_free(o);
}

static int entry_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    DirEntry *e = ENTRY(o);
    if (e->stat && visit(e->stat, arg))
        return 1;
    if (e->lstat && visit(e->lstat, arg))
        return 1;
    return 0;
}

static TyObject *entry_repr(TyObject *o)
{
    return tyStr_fromFormat("<DirEntry %R>", ENTRY(o)->name);
}

/* The entry's stat result (borrowed, cached), following links or not. */
static TyObject *entry_fetch(DirEntry *e, bool follow)
{
    TyObject **slot = follow ? &e->stat : &e->lstat;
    if (*slot)
        return *slot;
    /* An entry known not to be a link has one result for both. */
    TyObject *other = follow ? e->lstat : e->stat;
    if (other && e->d_type != DT_UNKNOWN && e->d_type != DT_LNK) {
        *slot = TY_NEWREF(other);
        return *slot;
    }
    const char *path = e->dir_fd >= 0 ? (TY_BYTES_CHECK(e->name) ? TY_BYTES_DATA(e->name) : TY_STR_UTF8(e->name))
                                      : (TY_BYTES_CHECK(e->path) ? TY_BYTES_DATA(e->path) : TY_STR_UTF8(e->path));
    struct stat st;
    int r = fstatat(e->dir_fd >= 0 ? e->dir_fd : AT_FDCWD, path, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0)
        return tyPosix_error(e->path, NULL);
    *slot = tyPosix_statResult(&st);
    return *slot;
}

/* The entry's st_mode bits: from d_type when known, else by stat. -1
** with an exception; a missing file (a dangling link) counts as 0. */
static int entry_mode(DirEntry *e, bool follow, mode_t *mode)
{
    bool need_stat = e->d_type == DT_UNKNOWN || (follow && e->d_type == DT_LNK);
    if (!need_stat) {
        *mode = e->d_type == DT_DIR ? S_IFDIR : e->d_type == DT_REG ? S_IFREG : e->d_type == DT_LNK ? S_IFLNK : 0;
        return 0;
    }
    TyObject *st = entry_fetch(e, follow);
    if (!st) {
        if (tyErr_exceptionMatches(&TyExc_FileNotFoundError)) {
            tyErr_clear();
            *mode = 0;
            return 0;
        }
        return -1;
    }
    int64_t v;
    if (tyInt_asI64(TY_TUPLE_GET(st, 0), &v) < 0)
        return -1;
    *mode = (mode_t)v;
    return 0;
}

static int follow_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, bool *follow)
{
    static const char *const names[] = { "follow_symlinks", NULL };
    TyObject *a[1];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    return tyPosix_flag(a[0], true, follow);
}

static TyObject *entry_is(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames,
                          const char *fname, mode_t kind)
{
    bool follow;
    mode_t mode;
    if (follow_arg(fname, args, nargs, kwnames, &follow) < 0 || entry_mode(ENTRY(self), follow, &mode) < 0)
        return NULL;
    return tyBool_from((mode & S_IFMT) == kind);
}

static TyObject *entry_is_dir(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return entry_is(self, args, nargs, kwnames, "is_dir", S_IFDIR);
}

static TyObject *entry_is_file(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return entry_is(self, args, nargs, kwnames, "is_file", S_IFREG);
}

static TyObject *entry_is_symlink(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("is_symlink", kwnames) < 0 || tyArg_checkPositional("is_symlink", nargs, 0, 0) < 0)
        return NULL;
    mode_t mode;
    if (entry_mode(ENTRY(self), false, &mode) < 0)
        return NULL;
    return tyBool_from((mode & S_IFMT) == S_IFLNK);
}

static TyObject *entry_stat(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    bool follow;
    if (follow_arg("stat", args, nargs, kwnames, &follow) < 0)
        return NULL;
    TyObject *st = entry_fetch(ENTRY(self), follow);
    return st ? TY_NEWREF(st) : NULL;
}

static TyObject *entry_inode(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("inode", kwnames) < 0 || tyArg_checkPositional("inode", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromU64(ENTRY(self)->d_ino);
}

static TyObject *entry_fspath(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__fspath__", kwnames) < 0 || tyArg_checkPositional("__fspath__", nargs, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(ENTRY(self)->path);
}

static TyObject *entry_get_name(TyObject *self)
{
    return TY_NEWREF(ENTRY(self)->name);
}

static TyObject *entry_get_path(TyObject *self)
{
    return TY_NEWREF(ENTRY(self)->path);
}

static TyObject *entry_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyErr_setString(&TyExc_TypeError, "cannot create 'posix.DirEntry' instances");
}

static TyMethodDef entry_methods[] = {
    { "is_dir", entry_is_dir, TY_METH_DEFAULT, "Return True if the entry is a directory; cached per entry." },
    { "is_file", entry_is_file, TY_METH_DEFAULT, "Return True if the entry is a file; cached per entry." },
    { "is_symlink", entry_is_symlink, TY_METH_DEFAULT, "Return True if the entry is a symbolic link; cached per entry." },
    { "stat", entry_stat, TY_METH_DEFAULT, "Return stat_result object for the entry; cached per entry." },
    { "inode", entry_inode, TY_METH_DEFAULT, "Return inode of the entry; cached per entry." },
    { "__fspath__", entry_fspath, TY_METH_DEFAULT, "Returns the path for the entry." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef entry_getset[] = {
    { "name", entry_get_name, NULL, "the entry's base filename, relative to scandir() \"path\" argument" },
    { "path", entry_get_path, NULL, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)" },
    { NULL, NULL, NULL, NULL },
};

TyType TyPosixDirEntry_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "posix.DirEntry",
    .basicsize = sizeof(DirEntry),
    .flags = TY_TPFLAG_GC,
    .dealloc = entry_dealloc,
    .traverse = entry_traverse,
    .repr = entry_repr,
    .methods = entry_methods,
    .getset = entry_getset,
    .tp_new = entry_new,
};

/* ---- ScandirIterator ------------------------------------------------------------------ */

typedef struct Scandir {
    TyObject ob;
    DIR *dir;
    TyObject *prefix;   /* the scanned path (str or bytes), NULL for a descriptor */
    bool is_bytes;
    int fd;             /* the descriptor given (entries stat through it), or -1 */
} Scandir;

#define SCAN(o) ((Scandir *)(o))

static void scandir_close(Scandir *s)
{
    if (s->dir)
        closedir(s->dir);
    s->dir = NULL;
}

static void scandir_dealloc(TyObject *o)
{
    scandir_close(SCAN(o));
    TY_XDECREF(SCAN(o)->prefix);
    tyObj_free(o);
}

/* prefix + "/" + name (no slash after a prefix ending in one). */
static TyObject *join_path(Scandir *s, const char *name, size_t n)
{
    const char *pre = s->is_bytes ? TY_BYTES_DATA(s->prefix) : TY_STR_UTF8(s->prefix);
    size_t pn = s->is_bytes ? (size_t)TY_BYTES_LEN(s->prefix) : (size_t)TY_STR_NBYTES(s->prefix);
    bool slash = pn > 0 && pre[pn - 1] != '/';
    size_t total = pn + slash + n;
    char *buf = tyMem_malloc(total + 1);
    if (!buf)
        return tyErr_noMemory();
    memcpy(buf, pre, pn);
    if (slash)
        buf[pn] = '/';
    memcpy(buf + pn + slash, name, n);
    TyObject *r = tyPosix_name(buf, total, s->is_bytes);
    tyMem_free(buf);
    return r;
}

static TyObject *scandir_next(TyObject *o)
{
    Scandir *s = SCAN(o);
    while (s->dir) {
        errno = 0;
        struct dirent *e = readdir(s->dir);
        if (!e) {
            int err = errno;
            scandir_close(s);
            if (err) {
                errno = err;
                return tyPosix_error(s->prefix, NULL);
            }
            return NULL;
        }
        if (is_dot(e->d_name))
            continue;
        size_t n = strlen(e->d_name);
        DirEntry *d = (DirEntry *)tyGC_alloc(&TyPosixDirEntry_Type);
        if (!d)
            return NULL;
        d->d_type = e->d_type;
        d->d_ino = e->d_ino;
        d->dir_fd = s->fd;
        d->name = tyPosix_name(e->d_name, n, s->is_bytes);
        if (d->name)
            d->path = s->prefix ? join_path(s, e->d_name, n) : TY_NEWREF(d->name);
        tyGC_track((TyObject *)d);
        if (!d->path) {
            TY_DECREF(d);
            return NULL;
        }
        return (TyObject *)d;
    }
    return NULL;
}

static TyObject *scandir_m_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("close", kwnames) < 0 || tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    scandir_close(SCAN(self));
    return TY_NEWREF(TY_NONE);
}

static TyObject *scandir_enter(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return TY_NEWREF(self);
}

static TyObject *scandir_exit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    scandir_close(SCAN(self));
    return TY_NEWREF(TY_FALSE);
}

static TyObject *scandir_iter(TyObject *self)
{
    return TY_NEWREF(self);
}

static TyMethodDef scandir_methods[] = {
    { "close", scandir_m_close, TY_METH_DEFAULT, "Close the iterator and free its resources." },
    { "__enter__", scandir_enter, TY_METH_DEFAULT, NULL },
    { "__exit__", scandir_exit, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

TyType TyPosixScandir_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(Scandir),
    .dealloc = scandir_dealloc,
    .iter = scandir_iter,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

static TyObject *px_scandir(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "path", NULL };
    TyObject *a[1];
    if (tyArg_unpack("scandir", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    TyPathArg p;
    if (tyPosix_path("scandir", "path", a[0], true, true, &p) < 0)
        return NULL;
    Scandir *s = NULL;
    DIR *d = open_dir(&p);
    if (d)
        s = (Scandir *)tyObj_alloc(&TyPosixScandir_Type);
    if (s) {
        s->dir = d;
        s->fd = p.is_fd ? p.fd : -1;
        s->is_bytes = p.is_bytes;
        s->prefix = p.is_fd ? NULL : p.conv ? TY_NEWREF(p.conv) : tyStr_fromCStr(".");
        if (!p.is_fd && !s->prefix)
            TY_CLEAR(s);
    } else if (d) {
        closedir(d);
    }
    tyPosix_pathFree(&p);
    return (TyObject *)s;
}

TyMethodDef tyPosix_dirFunctions[] = {
    { "listdir", px_listdir, TY_METH_DEFAULT, "Return a list containing the names of the files in the directory." },
    { "scandir", px_scandir, TY_METH_DEFAULT, "Return an iterator of DirEntry objects for given path." },
    { NULL, NULL, 0, NULL },
};
