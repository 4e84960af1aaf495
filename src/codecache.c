/*
** codecache.c — the compiled-code cache: a module's code object kept on
** disk, so an import reads it instead of parsing and compiling the source
** again.
**
** For DIR/NAME.py the cache file is DIR/__pycache__/NAME.tally.tyc, or,
** when that folder cannot be written (a system library read as an
** ordinary user), $XDG_CACHE_HOME/tally/DIR/NAME.tyc (~/.cache/tally/...
** without XDG_CACHE_HOME).  A file holds a header and marshal.c's stream:
**
**   "tallytyc"  8 bytes
**   format      u32: TY_CODE_FORMAT, a checksum of the sources that decide
**               what the compiler emits (the Makefile computes it), so a
**               cache from another build of tally is never trusted
**   pathlen     u32, then the source's path (pathlen bytes, no NUL)
**   size        i64: the source file's size in bytes
**   mtime       two i64: its modification time, seconds and nanoseconds
**   bodylen     u64: the length of the marshal stream after the path
**   checksum    u64: a word-at-a-time hash of that stream (checksum())
**
** A file whose header does not match the source exactly (its path, size
** and modification time, as stat gives them now) is ignored and rewritten.
** The length and checksum guard the stream itself: a file cut short or
** damaged on disk is ignored too, before marshal.c reads a byte of it, so
** the interpreter never runs instructions nobody compiled (marshal.c's own
** checks catch malformed streams, not changed operands).
** Files are written whole under a temporary name and renamed into place,
** so a reader never sees half a file.  Nothing is written under -B or
** while sys.dont_write_bytecode is true; a cache that cannot be written is
** silently done without, as CPython does with its .pyc files.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "codecache.h"
#include "marshal.h"

#ifndef TY_CODE_FORMAT
#define TY_CODE_FORMAT 0u
#endif

static const char magic[8] = { 't', 'a', 'l', 'l', 'y', 't', 'y', 'c' };

typedef struct Header {
    char magic[8];
    uint32_t format;
    uint32_t pathlen;
    int64_t size;
    int64_t mtime_sec;
    int64_t mtime_nsec;
    uint64_t bodylen;
    uint64_t checksum;
} Header;

/* One step of the checksum: for a given word a bijection of h, so a
** different word always gives a different h, and every later step keeps
** it different. */
static uint64_t checksum_step(uint64_t h, uint64_t word)
{
    h = (h ^ word) * 0x9E3779B97F4A7C15u;
    return (h << 29) | (h >> 35);
}

/* A hash of the stream taken eight bytes at a time (the last word padded
** with zeros, the length mixed in first): a few instructions a word rather
** than a byte, as every import reads a whole file through it, and any
** damage confined to one word changes it. */
static uint64_t checksum(const char *data, size_t len)
{
    uint64_t h = checksum_step(0, len);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t word;
        memcpy(&word, data + i, 8);
        h = checksum_step(h, word);
    }
    if (i < len) {
        uint64_t word = 0;
        memcpy(&word, data + i, len - i);
        h = checksum_step(h, word);
    }
    return h;
}

/* The cache file beside the source: DIR/__pycache__/NAME.tally.tyc, and
** in *dirlen the length of its folder part.  false when path has no
** ".py" ending or the result does not fit. */
static bool local_path(const char *path, char *out, size_t size, size_t *dirlen)
{
    size_t len = strlen(path);
    if (len < 3 || strcmp(path + len - 3, ".py") != 0)
        return false;
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path + 1) : 0;
    int n = snprintf(out, size, "%.*s__pycache__", (int)dir, path);
    if (n < 0 || (size_t)n >= size)
        return false;
    *dirlen = (size_t)n;
    n = snprintf(out + n, size - (size_t)n, "/%.*s.tally.tyc", (int)(len - 3 - dir), path + dir);
    return n > 0 && (size_t)n < size - *dirlen;
}

/* The per-user cache file: CACHE/tally/ABSDIR/NAME.tyc. */
static bool user_path(const char *path, char *out, size_t size, size_t *dirlen)
{
    char root[PATH_MAX], abs[PATH_MAX];
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        snprintf(root, sizeof root, "%s/tally", xdg);
    else if (home && *home)
        snprintf(root, sizeof root, "%s/.cache/tally", home);
    else
        return false;
    char cwd[PATH_MAX] = "";
    if (path[0] != '/' && !getcwd(cwd, sizeof cwd))
        return false;
    int n = snprintf(abs, sizeof abs, "%s%s%s", cwd, *cwd ? "/" : "", path);
    if (n < 0 || (size_t)n >= sizeof abs)
        return false;
    size_t len = strlen(abs);
    if (len < 3 || strcmp(abs + len - 3, ".py") != 0)
        return false;
    n = snprintf(out, size, "%s%.*styc", root, (int)(len - 2), abs);
    if (n < 0 || (size_t)n >= size)
        return false;
    *dirlen = (size_t)(strrchr(out, '/') - out);
    return true;
}

/* The whole of a cache file, malloc'd (free), or NULL when absent or
** unreadable. */
static char *read_whole(const char *file, size_t *len)
{
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= (off_t)sizeof(Header)) {
        buf = malloc((size_t)st.st_size);
        size_t got = 0;
        while (buf && got < (size_t)st.st_size) {
            ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
            if (n <= 0) {
                free(buf);
                buf = NULL;
            } else {
                got += (size_t)n;
            }
        }
        *len = got;
    }
    close(fd);
    return buf;
}

/* The header of the source `path` whose stat is *st, for a stream of
** bodylen bytes with the given checksum. */
static void fill_header(Header *h, const char *path, const struct stat *st, uint64_t bodylen, uint64_t sum)
{
    memset(h, 0, sizeof *h);
    memcpy(h->magic, magic, sizeof magic);
    h->format = TY_CODE_FORMAT;
    h->pathlen = (uint32_t)strlen(path);
    h->size = (int64_t)st->st_size;
    h->mtime_sec = (int64_t)st->st_mtim.tv_sec;
    h->mtime_nsec = (int64_t)st->st_mtim.tv_nsec;
    h->bodylen = bodylen;
    h->checksum = sum;
}

/* The code in one cache file when its header matches the source: new
** reference, or NULL (no exception) otherwise. */
static TyObject *load_from(const char *file, const char *path, const struct stat *st)
{
    size_t len;
    char *buf = read_whole(file, &len);
    if (!buf)
        return NULL;
    Header want, got;
    memcpy(&got, buf, sizeof got);
    size_t start = sizeof got + strlen(path);
    TyObject *code = NULL;
    if (len >= start && len - start == got.bodylen) {
        fill_header(&want, path, st, len - start, checksum(buf + start, len - start));
        if (memcmp(&want, &got, sizeof want) == 0 && memcmp(buf + sizeof got, path, want.pathlen) == 0) {
            code = tyMarshal_loadCode(buf + start, len - start);
            if (!code)
                tyErr_clear();
        }
    }
    free(buf);
    return code;
}

TyObject *tyCache_load(const char *path, const struct stat *st)
{
#ifdef TY_FUZZ
    return NULL;
#else
    char file[PATH_MAX];
    size_t dirlen;
    TyObject *code = NULL;
    if (local_path(path, file, sizeof file, &dirlen))
        code = load_from(file, path, st);
    if (!code && user_path(path, file, sizeof file, &dirlen))
        code = load_from(file, path, st);
    return code;
#endif
}

/* mkdir -p of file[0..dirlen): 0, or -1 with errno. */
static int make_folders(char *file, size_t dirlen)
{
    char saved = file[dirlen];
    file[dirlen] = '\0';
    int r = 0;
    for (char *p = file + 1; r == 0; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char c = *p;
        *p = '\0';
        if (mkdir(file, 0777) < 0 && errno != EEXIST)
            r = -1;
        *p = c;
        if (c == '\0')
            break;
    }
    file[dirlen] = saved;
    return r;
}

/* Write data[0..len) as `file` through a temporary file and a rename:
** 0, or -1 (nothing left behind). */
static int write_file(char *file, size_t dirlen, const char *data, size_t len, mode_t mode)
{
    if (make_folders(file, dirlen) < 0)
        return -1;
    char tmp[PATH_MAX + 16];
    snprintf(tmp, sizeof tmp, "%s.XXXXXX", file);
    int fd = mkstemp(tmp);
    if (fd < 0)
        return -1;
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    bool ok = done == len && fchmod(fd, mode) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, file) < 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

/* sys.dont_write_bytecode, read at each write as CPython's importlib reads
** it (a program may set it). */
static bool writing_disabled(void)
{
    if (ty_state.opt.dont_write_bytecode || !ty_state.sys)
        return true;
    TyObject *v = tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "dont_write_bytecode");
    if (!v) {
        tyErr_clear();
        return false;
    }
    int t = tyObj_isTrue(v);
    if (t < 0)
        tyErr_clear();
    return t != 0;
}

void tyCache_store(const char *path, const struct stat *st, TyObject *code)
{
#ifndef TY_FUZZ
    if (writing_disabled())
        return;
    TyObject *body = tyMarshal_dumpCode(code);
    if (!body || !TY_BYTES_CHECK(body)) {
        tyErr_clear();
        TY_XDECREF(body);
        return;
    }
    Header h;
    size_t bodylen = (size_t)TY_BYTES_LEN(body);
    fill_header(&h, path, st, bodylen, checksum(TY_BYTES_DATA(body), bodylen));
    size_t len = sizeof h + h.pathlen + bodylen;
    char *data = malloc(len);
    if (data) {
        memcpy(data, &h, sizeof h);
        memcpy(data + sizeof h, path, h.pathlen);
        memcpy(data + sizeof h + h.pathlen, TY_BYTES_DATA(body), bodylen);
        char file[PATH_MAX];
        size_t dirlen;
        mode_t mode = (st->st_mode & 0666) | 0600;
        if (!local_path(path, file, sizeof file, &dirlen) || write_file(file, dirlen, data, len, mode) < 0) {
            if (user_path(path, file, sizeof file, &dirlen))
                write_file(file, dirlen, data, len, mode);
        }
        free(data);
    }
    TY_DECREF(body);
#else
    (void)path;
    (void)st;
    (void)code;
#endif
}
