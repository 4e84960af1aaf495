/*
** stdiobuf.c — sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer:
** bytes through the C stdio FILE their text stream uses (see stdiobuf.h).
**
** Reads go through fread/getc, so bytes stdio already buffered for the
** text stream are the next ones the binary stream returns, and the
** reverse.  read1() and iteration stop after a newline, so that reading a
** terminal never waits for more than the line typed.  An interrupted call
** (EINTR) lets signal handlers run (Ctrl-C raises KeyboardInterrupt) and
** is retried otherwise.
*/
#include <errno.h>
#include <unistd.h>
#include "tally.h"
#include "objects/stdiobuf.h"
#include "objects/textio.h"
#include "objects/memoryview.h"

typedef struct TyStdioBuf {
    TyObject ob;
    FILE *fp;                /* borrowed: never closed here */
    TyObject *name;          /* str */
    bool closed;
    bool flush_each;
} TyStdioBuf;

#define SBUF(o) ((TyStdioBuf *)(o))

/* OSError from errno after a failed stdio call, the FILE's error flag
** reset so later calls try again.  Returns -1. */
static int stdio_error(TyStdioBuf *b)
{
    int err = errno;
    clearerr(b->fp);
    errno = err;
    tyErr_fromErrno(&TyExc_OSError, NULL);
    return -1;
}

/* ValueError on a closed stream: 0 / -1. */
static int check_open(TyStdioBuf *b, const char *msg)
{
    if (!b->closed)
        return 0;
    tyErr_setString(&TyExc_ValueError, msg);
    return -1;
}

/* The stream must be open and of the wanted direction; `what` names the
** operation for io.UnsupportedOperation.  0 / -1. */
static int check_mode(TyObject *self, bool want_reader, const char *what, const char *closed_msg)
{
    if ((TY_TYPE(self) == &TyStdioReader_Type) != want_reader) {
        tyTextIO_unsupported(what);
        return -1;
    }
    return check_open(SBUF(self), closed_msg);
}

/* ---- reading ------------------------------------------------------------------ */

/* One byte, EOF at end of input (the flag cleared so a terminal can be
** read again after Ctrl-D), or -2 with an exception. */
static int get_byte(TyStdioBuf *b)
{
    for (;;) {
        int c = getc(b->fp);
        if (c != EOF)
            return c;
        if (!ferror(b->fp)) {
            clearerr(b->fp);
            return EOF;
        }
        if (errno != EINTR) {
            stdio_error(b);
            return -2;
        }
        clearerr(b->fp);
        if (tyErr_checkSignals() < 0)
            return -2;
    }
}

/* Up to `limit` bytes (to end of input when negative), stopping after a
** newline when `line`.  New reference to bytes. */
static TyObject *read_bytes(TyStdioBuf *b, ssize_t limit, bool line)
{
    TyStrBuilder out;
    tyBuf_init(&out);
    while (limit < 0 || (ssize_t)out.len < limit) {
        int c = get_byte(b);
        if (c == -2) {
            tyBuf_free(&out);
            return NULL;
        }
        if (c == EOF)
            break;
        if (tyBuf_appendChar(&out, (char)c) < 0) {
            tyBuf_free(&out);
            return NULL;
        }
        if (line && c == '\n')
            break;
    }
    TyObject *r = tyBytes_fromData(out.data ? out.data : "", (ssize_t)out.len);
    tyBuf_free(&out);
    return r;
}

/* The optional size argument: -1 when absent or None. */
static int size_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                    ssize_t *out)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 1) < 0)
        return -1;
    *out = -1;
    if (nargs == 0 || args[0] == TY_NONE)
        return 0;
    *out = tyNum_asSsize(args[0], NULL);
    return *out == -1 && tyErr_occurred() ? -1 : 0;
}

/* read(size=-1) / read1(size=-1) / readline(size=-1): bytes.  read1 and
** readline stop after a newline (see the file comment). */
static TyObject *sbuf_readop(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames, const char *fname, bool line)
{
    ssize_t size;
    if (size_arg(fname, args, nargs, kwnames, &size) < 0 ||
        check_mode(self, true, fname, line ? "readline of closed file" : "read of closed file") < 0)
        return NULL;
    return read_bytes(SBUF(self), size, line);
}

static TyObject *sbuf_read(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return sbuf_readop(self, args, nargs, kwnames, "read", false);
}

static TyObject *sbuf_read1(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return sbuf_readop(self, args, nargs, kwnames, "read1", true);
}

static TyObject *sbuf_readline(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    return sbuf_readop(self, args, nargs, kwnames, "readline", true);
}

static TyObject *sbuf_readlines(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    ssize_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0 ||
        check_mode(self, true, "readlines", "I/O operation on closed file.") < 0)
        return NULL;
    TyObject *lines = tyList_new(0);
    ssize_t total = 0;
    while (lines) {
        TyObject *line = read_bytes(SBUF(self), -1, true);
        if (!line || TY_BYTES_LEN(line) == 0 || tyList_append(lines, line) < 0) {
            if (!line || TY_BYTES_LEN(line) != 0)
                TY_CLEAR(lines);
            TY_XDECREF(line);
            break;
        }
        total += TY_BYTES_LEN(line);
        TY_DECREF(line);
        if (hint > 0 && total >= hint)
            break;
    }
    return lines;
}

/* ---- writing ------------------------------------------------------------------ */

static TyObject *sbuf_write(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("write", kwnames) < 0 || tyArg_checkPositional("write", nargs, 1, 1) < 0)
        return NULL;
    if (TY_TYPE(self) == &TyStdioReader_Type) {
        tyTextIO_unsupported("write");
        return NULL;
    }
    TyObject *data = args[0];
    if (TY_TYPE(data) == &TyMemoryView_Type) {
        TyObject *bytes = tyMemoryView_toBytes(data);
        if (!bytes)
            return NULL;
        TyObject *r = sbuf_write(self, &bytes, 1, NULL);
        TY_DECREF(bytes);
        return r;
    }
    if (!tyBytes_isLike(data))
        return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%T'", data);
    TyStdioBuf *b = SBUF(self);
    if (check_open(b, "write to closed file") < 0)
        return NULL;
    const char *p = tyBytes_likeData(data);
    size_t n = (size_t)tyBytes_likeLen(data), left = n;
    while (left > 0) {
        size_t k = fwrite(p, 1, left, b->fp);
        p += k;
        left -= k;
        if (left > 0) {
            if (errno != EINTR) {
                stdio_error(b);
                return NULL;
            }
            clearerr(b->fp);
            if (tyErr_checkSignals() < 0)
                return NULL;
        }
    }
    if (b->flush_each && fflush(b->fp) != 0 && stdio_error(b) < 0)
        return NULL;
    return tyInt_fromI64((int64_t)n);
}

static TyObject *sbuf_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("flush", kwnames) < 0 || tyArg_checkPositional("flush", nargs, 0, 0) < 0)
        return NULL;
    TyStdioBuf *b = SBUF(self);
    if (TY_TYPE(self) == &TyStdioWriter_Type) {
        if (check_open(b, "flush of closed file") < 0)
            return NULL;
        if (fflush(b->fp) != 0 && stdio_error(b) < 0)
            return NULL;
    }
    return tyNone_new();
}

/* ---- the rest ------------------------------------------------------------------- */

void tyStdioBuf_close(TyObject *o)
{
    TyStdioBuf *b = SBUF(o);
    if (!b->closed && TY_TYPE(o) == &TyStdioWriter_Type)
        fflush(b->fp);
    b->closed = true;
}

bool tyStdioBuf_closed(TyObject *o)
{
    return SBUF(o)->closed;
}

static TyObject *sbuf_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("close", kwnames) < 0 || tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    tyStdioBuf_close(self);
    return tyNone_new();
}

/* fileno() / isatty() / readable() / writable() / seekable(), picked by
** `which`; all refuse a closed stream. */
static TyObject *query(TyObject *self, size_t nargs, TyObject *kwnames, const char *fname, int which)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return NULL;
    TyStdioBuf *b = SBUF(self);
    if (check_open(b, "I/O operation on closed file.") < 0)
        return NULL;
    int fd = fileno(b->fp);
    switch (which) {
    case 0:
        return tyInt_fromI64(fd);
    case 1:
        return tyBool_from(isatty(fd));
    case 2:
        return tyBool_from(TY_TYPE(self) == &TyStdioReader_Type);
    case 3:
        return tyBool_from(TY_TYPE(self) == &TyStdioWriter_Type);
    default:
        return tyBool_from(lseek(fd, 0, SEEK_CUR) != (off_t)-1);
    }
}

static TyObject *sbuf_fileno(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return query(self, nargs, kwnames, "fileno", 0);
}

static TyObject *sbuf_isatty(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return query(self, nargs, kwnames, "isatty", 1);
}

static TyObject *sbuf_readable(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return query(self, nargs, kwnames, "readable", 2);
}

static TyObject *sbuf_writable(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return query(self, nargs, kwnames, "writable", 3);
}

static TyObject *sbuf_seekable(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return query(self, nargs, kwnames, "seekable", 4);
}

static TyObject *sbuf_enter(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__enter__", kwnames) < 0 ||
        tyArg_checkPositional("__enter__", nargs, 0, 0) < 0 ||
        check_open(SBUF(self), "I/O operation on closed file.") < 0)
        return NULL;
    return TY_NEWREF(self);
}

static TyObject *sbuf_exit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__exit__", kwnames) < 0)
        return NULL;
    tyStdioBuf_close(self);
    return tyNone_new();
}

static TyObject *sbuf_iter(TyObject *self)
{
    if (check_open(SBUF(self), "I/O operation on closed file.") < 0)
        return NULL;
    return TY_NEWREF(self);
}

static TyObject *sbuf_iternext(TyObject *self)
{
    if (check_mode(self, true, "read", "readline of closed file") < 0)
        return NULL;
    TyObject *line = read_bytes(SBUF(self), -1, true);
    if (line && TY_BYTES_LEN(line) == 0)
        TY_CLEAR(line);
    return line;
}

static TyObject *sbuf_repr(TyObject *self)
{
    return tyStr_fromFormat("<%s name=%R>", TY_TYPE(self)->name, SBUF(self)->name);
}

static void sbuf_dealloc(TyObject *self)
{
    TyStdioBuf *b = SBUF(self);
    if (!b->closed && TY_TYPE(self) == &TyStdioWriter_Type)
        fflush(b->fp);
    TY_XDECREF(b->name);
    tyObj_free(self);
}

static TyObject *sbuf_get_closed(TyObject *self)
{
    return tyBool_from(SBUF(self)->closed);
}

static TyObject *sbuf_get_name(TyObject *self)
{
    return TY_NEWREF(SBUF(self)->name);
}

static TyObject *sbuf_get_mode(TyObject *self)
{
    return tyStr_fromCStr(TY_TYPE(self) == &TyStdioReader_Type ? "rb" : "wb");
}

static TyMethodDef sbuf_methods[] = {
    { "read", sbuf_read, TY_METH_DEFAULT, "Read at most size bytes (all by default)." },
    { "read1", sbuf_read1, TY_METH_DEFAULT, "Read at most size bytes, stopping after a newline." },
    { "readline", sbuf_readline, TY_METH_DEFAULT, "Read until newline or EOF; b'' at EOF." },
    { "readlines", sbuf_readlines, TY_METH_DEFAULT, "Return a list of lines from the stream." },
    { "write", sbuf_write, TY_METH_DEFAULT, "Write a bytes-like object; return its length." },
    { "flush", sbuf_flush, TY_METH_DEFAULT, "Hand buffered bytes to the operating system." },
    { "close", sbuf_close, TY_METH_DEFAULT, "Flush and mark closed (the descriptor stays open)." },
    { "fileno", sbuf_fileno, TY_METH_DEFAULT, "Return the underlying file descriptor." },
    { "isatty", sbuf_isatty, TY_METH_DEFAULT, "Is the stream connected to a terminal?" },
    { "readable", sbuf_readable, TY_METH_DEFAULT, "Can the stream be read from?" },
    { "writable", sbuf_writable, TY_METH_DEFAULT, "Can the stream be written to?" },
    { "seekable", sbuf_seekable, TY_METH_DEFAULT, "Does the stream support random access?" },
    { "__enter__", sbuf_enter, TY_METH_DEFAULT, NULL },
    { "__exit__", sbuf_exit, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyGetSetDef sbuf_getset[] = {
    { "closed", sbuf_get_closed, NULL, NULL },
    { "name", sbuf_get_name, NULL, NULL },
    { "mode", sbuf_get_mode, NULL, NULL },
    { NULL }
};

#define STDIOBUF_TYPE(var, tname, docstr)                    \
    TyType var = {                                           \
        .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },           \
        .name = tname,                                       \
        .basicsize = sizeof(TyStdioBuf),                     \
        .dealloc = sbuf_dealloc,                             \
        .repr = sbuf_repr,                                   \
        .iter = sbuf_iter,                                   \
        .iternext = sbuf_iternext,                           \
        .methods = sbuf_methods,                             \
        .getset = sbuf_getset,                               \
        .doc = docstr,                                       \
    }

STDIOBUF_TYPE(TyStdioReader_Type, "_io.BufferedReader", "The binary layer of sys.stdin.");
STDIOBUF_TYPE(TyStdioWriter_Type, "_io.BufferedWriter", "The binary layer of sys.stdout and sys.stderr.");

TyObject *tyStdioBuf_new(FILE *f, TyObject *name, bool readable, bool flush_each)
{
    TyType *type = readable ? &TyStdioReader_Type : &TyStdioWriter_Type;
    if (tyType_ready(type) < 0)
        return NULL;
    TyStdioBuf *b = (TyStdioBuf *)tyObj_alloc(type);
    if (!b)
        return NULL;
    b->fp = f;
    b->name = TY_NEWREF(name);
    b->flush_each = flush_each;
    return (TyObject *)b;
}

void tyStdioBuf_fini(void)
{
    tyType_finiStatic(&TyStdioReader_Type);
    tyType_finiStatic(&TyStdioWriter_Type);
}
