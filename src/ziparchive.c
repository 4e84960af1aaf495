/*
** ziparchive.c — reading zip archives: the central directory once per
** archive, then single members on demand (stored, or deflated through
** zlib).
**
** The layout is PKWARE's APPNOTE: an end-of-central-directory record
** (signature PK\5\6) in the last 64 KiB + 22 bytes of the file gives the
** size and offset of the central directory, whose entries (PK\1\2) give
** each member's name, method, sizes and the offset of its local header
** (PK\3\4), after which its data follows.  As in CPython's zipimport, the
** difference between where the central directory is and where the record
** says it is counts as bytes prepended to the archive (a `#!` line), and
** is added to every member's offset.
**
** Every length read from the file is checked against what was actually
** read before it is used, so a truncated or corrupt archive is either not
** an archive (no exception: the caller falls back as CPython does) or a
** member read that raises; never an out-of-bounds access.
*/
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <zlib.h>
#include "tally.h"
#include "ziparchive.h"

#define EOCD_SIZE 22
#define CDIR_ENTRY_SIZE 46
#define LOCAL_HEADER_SIZE 30
#define MAX_COMMENT 65535

typedef struct ZipEntry {
    char *name;              /* as stored, '/'-separated */
    uint16_t method;
    uint32_t compressed_size;
    uint32_t size;
    uint64_t header_offset;  /* of the local header, prepended bytes included */
} ZipEntry;

typedef struct TyZipArchive {
    char *path;
    bool valid;              /* false: not a zip archive (remembered too) */
    size_t count;
    ZipEntry *entries;       /* sorted by name */
    struct TyZipArchive *next;
} ZipArchive;

static uint16_t get16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* `n` bytes at `offset` of f into a new tyMem buffer; NULL with
** MemoryError, or NULL and no exception when they cannot all be read. */
static unsigned char *read_at(FILE *f, uint64_t offset, size_t n)
{
    unsigned char *buf = tyMem_malloc(n ? n : 1);
    if (!buf)
        return NULL;
    if (fseeko(f, (off_t)offset, SEEK_SET) != 0 || fread(buf, 1, n, f) != n) {
        tyMem_free(buf);
        return NULL;
    }
    return buf;
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const ZipEntry *)a)->name, ((const ZipEntry *)b)->name);
}

/* Parse the `size` bytes of a central directory that the end record
** places at `offset` into a's entries (each offset moved by `shift`).  1;
** 0 when an entry runs past the end or has its local header after the
** directory (zipimport's "bad local header offset"); -1 with MemoryError. */
static int parse_directory(ZipArchive *a, const unsigned char *cd, size_t size, uint64_t offset,
                           uint64_t shift)
{
    size_t pos = 0, cap = 0;
    while (pos + CDIR_ENTRY_SIZE <= size && memcmp(cd + pos, "PK\1\2", 4) == 0) {
        const unsigned char *e = cd + pos;
        size_t name_len = get16(e + 28);
        size_t skip = CDIR_ENTRY_SIZE + name_len + get16(e + 30) + get16(e + 32);
        if (pos + CDIR_ENTRY_SIZE + name_len > size || get32(e + 42) > offset)
            return 0;
        if (a->count == cap) {
            cap = cap ? cap * 2 : 16;
            ZipEntry *grown = tyMem_realloc(a->entries, cap * sizeof *grown);
            if (!grown)
                return -1;
            a->entries = grown;
        }
        char *name = tyMem_malloc(name_len + 1);
        if (!name)
            return -1;
        memcpy(name, e + CDIR_ENTRY_SIZE, name_len);
        name[name_len] = '\0';
        a->entries[a->count++] = (ZipEntry){ name, get16(e + 10), get32(e + 20), get32(e + 24),
                                             get32(e + 42) + shift };
        pos += skip;
    }
    if (a->count)
        qsort(a->entries, a->count, sizeof *a->entries, compare_entries);
    return 1;
}

/* Read the central directory of the archive at a->path: 1; 0 when the
** file is no zip archive or its directory is cut short; -1 with
** MemoryError. */
static int read_directory(ZipArchive *a)
{
    FILE *f = fopen(a->path, "rb");
    if (!f)
        return 0;
    int ok = 0;
    unsigned char *tail = NULL, *cd = NULL;
    if (fseeko(f, 0, SEEK_END) != 0)
        goto done;
    off_t file_size = ftello(f);
    if (file_size < EOCD_SIZE)
        goto done;
    size_t tail_len = file_size < EOCD_SIZE + MAX_COMMENT ? (size_t)file_size : EOCD_SIZE + MAX_COMMENT;
    uint64_t tail_start = (uint64_t)file_size - tail_len;
    tail = read_at(f, tail_start, tail_len);
    if (!tail) {
        ok = tyErr_occurred() ? -1 : 0;
        goto done;
    }
    size_t i = tail_len - EOCD_SIZE + 1;
    while (i-- > 0 && memcmp(tail + i, "PK\5\6", 4) != 0) {
    }
    if (i == (size_t)-1)
        goto done;
    uint64_t eocd = tail_start + i;
    uint64_t cd_size = get32(tail + i + 12), cd_offset = get32(tail + i + 16);
    if (cd_size > eocd || cd_offset > eocd - cd_size)
        goto done;
    uint64_t cd_start = eocd - cd_size;
    cd = read_at(f, cd_start, (size_t)cd_size);
    if (cd)
        ok = parse_directory(a, cd, (size_t)cd_size, cd_offset, cd_start - cd_offset);
    else
        ok = tyErr_occurred() ? -1 : 0;
done:
    tyMem_free(tail);
    tyMem_free(cd);
    fclose(f);
    return ok;
}

static void free_archive(ZipArchive *a)
{
    for (size_t i = 0; i < a->count; i++)
        tyMem_free(a->entries[i].name);
    tyMem_free(a->entries);
    tyMem_free(a->path);
    tyMem_free(a);
}

/* The archive at `path`, read on first use and remembered (invalid ones
** too, so a plain file on sys.path is read once); NULL only with
** MemoryError (and then nothing is remembered). */
static ZipArchive *archive_at(const char *path)
{
    for (ZipArchive *a = ty_state.zip_archives; a; a = a->next)
        if (strcmp(a->path, path) == 0)
            return a;
    ZipArchive *a = tyMem_calloc(1, sizeof *a);
    size_t n = strlen(path);
    char *copy = a ? tyMem_malloc(n + 1) : NULL;
    if (!copy) {
        tyMem_free(a);
        return NULL;
    }
    memcpy(copy, path, n + 1);
    a->path = copy;
    int r = read_directory(a);
    if (r < 0) {
        free_archive(a);
        return NULL;
    }
    a->valid = r > 0;
    a->next = ty_state.zip_archives;
    ty_state.zip_archives = a;
    return a;
}

int tyZip_isArchive(const char *path)
{
    ZipArchive *a = archive_at(path);
    return a ? a->valid : -1;
}

/* Find the entry named by `path` ("archive/inner/name"): 1 with *entry
** and *archive set, 0 when there is none, -1 with MemoryError.  The
** archive is the longest existing prefix ending before a '/', which must
** be a regular file: as CPython's zipimporter walks up. */
static int find_member(const char *path, ZipArchive **archive, ZipEntry **entry)
{
    char buf[4096];
    size_t n = strlen(path);
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, path, n + 1);
    for (;;) {
        char *slash = strrchr(buf, '/');
        if (!slash || slash == buf)
            return 0;
        *slash = '\0';
        struct stat st;
        if (stat(buf, &st) == 0) {
            if (!S_ISREG(st.st_mode))
                return 0;
            ZipArchive *a = archive_at(buf);
            if (!a)
                return -1;
            ZipEntry key = { .name = (char *)path + (slash - buf) + 1 };
            *archive = a;
            *entry = a->valid && a->count ? bsearch(&key, a->entries, a->count, sizeof key, compare_entries) : NULL;
            return *entry != NULL;
        }
        if (errno != ENOENT && errno != ENOTDIR)
            return 0;
    }
}

int tyZip_isMember(const char *path)
{
    ZipArchive *a;
    ZipEntry *e;
    return find_member(path, &a, &e);
}

/* Raise an instance of a class `module.name` derived from `base`, made
** for the occasion: tally has no zipimport or zlib module to hold
** ZipImportError and zlib.error, but a report must name them as CPython
** does.  Always NULL. */
static char *raise_foreign(const char *module, const char *name, TyType *base, TyObject *msg)
{
    if (!msg)
        return NULL;
    TyObject *cls = tyExc_newClass(module, name, base);
    TyObject *exc = cls ? tyObj_call(cls, &msg, 1, NULL) : NULL;
    if (exc)
        tyErr_setRaised(exc);
    TY_XDECREF(exc);
    TY_XDECREF(cls);
    TY_DECREF(msg);
    return NULL;
}

/* zlib.error for the zlib status `err`, worded as CPython's zlib module
** words it (zlib's own message when it gave one).  Always NULL. */
static char *zlib_error(int err, const z_stream *z)
{
    if (err == Z_MEM_ERROR) {
        tyErr_noMemory();
        return NULL;
    }
    const char *why = z->msg                ? z->msg
                      : err == Z_BUF_ERROR  ? "incomplete or truncated stream"
                      : err == Z_DATA_ERROR ? "invalid input data"
                                            : "inconsistent stream state";
    return raise_foreign("zlib", "error", &TyExc_Exception,
                         tyStr_fromFormat("Error %d while decompressing data: %s", err, why));
}

/* Inflate the raw deflate stream in[0..n) (no zlib header), expecting
** about `size` bytes.  A tyMem buffer with a NUL after *len bytes, or
** NULL with zlib.error / MemoryError. */
static char *inflate_member(const unsigned char *in, size_t n, size_t size, size_t *len)
{
    z_stream z = { .next_in = (Bytef *)in, .avail_in = (uInt)n };
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return zlib_error(Z_STREAM_ERROR, &z);
    size_t cap = (size < (1u << 20) ? size : (1u << 20)) + 1;
    char *out = tyMem_malloc(cap);
    int r = Z_OK;
    while (out) {
        if (z.total_out + 1 >= cap) {
            char *grown = tyMem_realloc(out, cap * 2);
            if (!grown) {
                tyMem_free(out);
                out = NULL;
                break;
            }
            out = grown;
            cap *= 2;
        }
        z.next_out = (Bytef *)out + z.total_out;
        z.avail_out = (uInt)(cap - 1 - z.total_out);
        r = inflate(&z, Z_NO_FLUSH);
        if (r == Z_STREAM_END)
            break;
        if (r != Z_OK && !(r == Z_BUF_ERROR && z.avail_out == 0)) {
            tyMem_free(out);
            out = NULL;
            zlib_error(r, &z);
            break;
        }
    }
    inflateEnd(&z);
    if (!out)
        return NULL;
    out[z.total_out] = '\0';
    *len = z.total_out;
    return out;
}

char *tyZip_readMember(const char *path, size_t *len)
{
    ZipArchive *a;
    ZipEntry *e;
    int found = find_member(path, &a, &e);
    if (found <= 0) {
        if (found == 0)
            tyErr_format(&TyExc_ImportError, "not a member of a zip archive: '%s'", path);
        return NULL;
    }
    FILE *f = fopen(a->path, "rb");
    if (!f) {
        TyObject *fn = tyStr_fromCStr(a->path);
        tyErr_fromErrno(&TyExc_OSError, fn);
        TY_XDECREF(fn);
        return NULL;
    }
    char *result = NULL;
    unsigned char *raw = NULL;
    unsigned char *header = read_at(f, e->header_offset, LOCAL_HEADER_SIZE);
    if (!header) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_EOFError, "EOF read where not expected");
        goto done;
    }
    if (memcmp(header, "PK\3\4", 4) != 0) {
        TyObject *archive = tyStr_fromCStr(a->path);
        if (archive)
            raise_foreign("zipimport", "ZipImportError", &TyExc_ImportError,
                          tyStr_fromFormat("bad local file header: %R", archive));
        TY_XDECREF(archive);
        goto done;
    }
    uint64_t data_offset = e->header_offset + LOCAL_HEADER_SIZE + get16(header + 26) + get16(header + 28);
    struct stat st;
    /* A size beyond the file's end is refused before allocating for it. */
    if (fstat(fileno(f), &st) == 0 && data_offset + e->compressed_size <= (uint64_t)st.st_size)
        raw = read_at(f, data_offset, e->compressed_size);
    if (!raw) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_OSError, "zipimport: can't read data");
        goto done;
    }
    if (e->method == 0) {
        result = tyMem_malloc((size_t)e->compressed_size + 1);
        if (result) {
            memcpy(result, raw, e->compressed_size);
            result[e->compressed_size] = '\0';
            *len = e->compressed_size;
        }
    } else {
        result = inflate_member(raw, e->compressed_size, e->size, len);
    }
done:
    tyMem_free(header);
    tyMem_free(raw);
    fclose(f);
    return result;
}

void tyZip_fini(void)
{
    while (ty_state.zip_archives) {
        ZipArchive *a = ty_state.zip_archives;
        ty_state.zip_archives = a->next;
        free_archive(a);
    }
}
