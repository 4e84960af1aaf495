/*
** textio.c — text streams over C stdio (sys.stdin / stdout / stderr).
**
** The stream keeps no buffer of its own: writes hand UTF-8 straight to
** fwrite, so stdio's buffering is the only one and C code that prints to
** the same FILE (tracebacks on stderr) stays in order with Python code.
** Reads go byte by byte through getc, assembling whole UTF-8 characters,
** so readline(size) can stop after `size` characters without reading
** ahead (a terminal would otherwise wait for more input).
**
** A stdio call interrupted by a signal (EINTR) gives the signal handler's
** exception a chance (tyErr_checkSignals: Ctrl-C during input() raises
** KeyboardInterrupt) and is retried otherwise.
*/
#include <errno.h>
#include <unistd.h>
#include "tally.h"
#include "objects/class.h"
#include "objects/textio.h"
#include "objects/stdiobuf.h"

typedef struct TyTextIO {
    TyObject ob;
    FILE *fp;                /* borrowed: never closed here */
    TyObject *name;          /* str */
    TyObject *buffer;        /* the binary layer, made when first asked for */
    TyObject *errors;        /* str: "surrogateescape", or "backslashreplace" for stderr */
    bool readable;
    bool writable;
    bool closed;
    bool flush_each;         /* stderr: every write reaches the fd at once */
    bool line_buffering;     /* flush after a write holding a line ending */
    char mode[4];            /* "r" or "w" */
} TyTextIO;

#define TEXTIO(o) ((TyTextIO *)(o))

/* io.UnsupportedOperation (bases OSError and ValueError, as in CPython),
** created the first time it is raised; file objects (fileio.c) raise the
** same class. */
TyObject *tyTextIO_unsupportedClass(void)
{
    if (!ty_state.objs.unsupported_operation) {
        TyObject *bases = tyTuple_pack(2, &TyExc_OSError, &TyExc_ValueError);
        if (bases)
            ty_state.objs.unsupported_operation = tyClass_newBuiltin("io", "UnsupportedOperation", bases);
        TY_XDECREF(bases);
    }
    return ty_state.objs.unsupported_operation;
}

TyObject *tyTextIO_unsupported(const char *what)
{
    if (!tyTextIO_unsupportedClass())
        return NULL;
    return tyErr_setString((TyType *)ty_state.objs.unsupported_operation, what);
}

void tyTextIO_fini(void)
{
    TY_CLEAR(ty_state.objs.unsupported_operation);
    tyType_finiStatic(&TyTextIO_Type);
    tyStdioBuf_fini();
}

/* ValueError for any operation on a closed stream (closing its binary
** layer closes it too, as in CPython): -1 when closed. */
static int check_open(TyTextIO *t)
{
    if (t->closed || (t->buffer && tyStdioBuf_closed(t->buffer))) {
        tyErr_setString(&TyExc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* OSError (BrokenPipeError for EPIPE, ...) from the errno of a failed
** stdio call; the stream's error flag is reset so later calls try again. */
static int stdio_error(TyTextIO *t)
{
    int err = errno;
    clearerr(t->fp);
    errno = err;
    tyErr_fromErrno(&TyExc_OSError, NULL);
    return -1;
}

/* ---- writing ---------------------------------------------------------------- */

static int write_raw(TyTextIO *t, const char *s, size_t n)
{
    while (n > 0) {
        size_t k = fwrite(s, 1, n, t->fp);
        s += k;
        n -= k;
        if (n > 0) {
            if (errno != EINTR)
                return stdio_error(t);
            clearerr(t->fp);
            if (tyErr_checkSignals() < 0)
                return -1;
        }
    }
    if (t->flush_each && fflush(t->fp) != 0)
        return stdio_error(t);
    return 0;
}

/* What line buffering asks after a write of s[0..n): stdio flushes a
** terminal's lines itself, but reconfigure(line_buffering=True) also
** promises it on a pipe.  0 / -1. */
static int end_write(TyTextIO *t, const char *s, size_t n)
{
    if (t->line_buffering && !t->flush_each && (memchr(s, '\n', n) || memchr(s, '\r', n)) &&
        fflush(t->fp) != 0)
        return stdio_error(t);
    return 0;
}

static int check_writable(TyTextIO *t)
{
    if (check_open(t) < 0)
        return -1;
    if (!t->writable) {
        tyTextIO_unsupported("not writable");
        return -1;
    }
    return 0;
}

/* Does the UTF-8 text hold an encoded surrogate (ED A0..BF), which str
** allows (chr(0xD800)) but a UTF-8 stream cannot carry? */
static bool has_surrogate(const char *s, size_t n)
{
    const char *end = s + n;
    while ((s = memchr(s, 0xED, (size_t)(end - s))) != NULL) {
        if (s + 1 < end && (unsigned char)s[1] >= 0xA0)
            return true;
        s++;
    }
    return false;
}

int tyTextIO_writeC(TyObject *stream, const char *s, size_t n)
{
    TyTextIO *t = TEXTIO(stream);
    if (check_writable(t) < 0 || write_raw(t, s, n) < 0)
        return -1;
    return end_write(t, s, n);
}

int tyTextIO_write(TyObject *stream, TyObject *str)
{
    TyTextIO *t = TEXTIO(stream);
    if (!TY_STR_CHECK(str)) {
        tyErr_format(&TyExc_TypeError, "write() argument must be str, not %A", str);
        return -1;
    }
    if (check_writable(t) < 0)
        return -1;
    const char *s = TY_STR_UTF8(str);
    size_t n = (size_t)TY_STR_NBYTES(str);
    if (TY_STR_IS_ASCII(str) || !has_surrogate(s, n))
        return write_raw(t, s, n) < 0 ? -1 : end_write(t, s, n);
    /* Let the codec apply the stream's error handler, as CPython's
    ** encoder does (UnicodeEncodeError on stdout, \udxxx on stderr). */
    TyObject *b = tyStr_encode(str, "utf-8", TY_STR_UTF8(t->errors));
    if (!b)
        return -1;
    int r = write_raw(t, TY_BYTES_DATA(b), (size_t)TY_BYTES_LEN(b));
    if (r == 0)
        r = end_write(t, s, n);
    TY_DECREF(b);
    return r;
}

int tyTextIO_flush(TyObject *stream)
{
    TyTextIO *t = TEXTIO(stream);
    if (t->closed || !t->writable)
        return 0;
    if (fflush(t->fp) != 0)
        return stdio_error(t);
    return 0;
}

/* ---- reading ------------------------------------------------------------------ */

/* The byte count of the UTF-8 sequence a lead byte starts (1 for bytes
** that cannot start one; the decoder reports those). */
static int utf8_seq_len(int c)
{
    if (c < 0xC0)
        return 1;
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    if (c < 0xF8)
        return 4;
    return 1;
}

/* One byte: the byte, EOF at end of file (the EOF flag is cleared so a
** terminal can be read again after Ctrl-D), or -2 with an exception. */
static int read_byte(TyTextIO *t)
{
    for (;;) {
        int c = getc(t->fp);
        if (c != EOF)
            return c;
        if (!ferror(t->fp)) {
            clearerr(t->fp);
            return EOF;
        }
        if (errno != EINTR) {
            stdio_error(t);
            return -2;
        }
        clearerr(t->fp);
        if (tyErr_checkSignals() < 0)
            return -2;
    }
}

/*
** Append to b up to `limit` characters (no limit when negative), stopping
** after a newline when `line` is set, or at end of file.  0 / -1.
*/
static int read_text(TyTextIO *t, ssize_t limit, bool line, TyStrBuilder *b)
{
    for (ssize_t nchars = 0; limit < 0 || nchars < limit; nchars++) {
        int c = read_byte(t);
        if (c == -2)
            return -1;
        if (c == EOF)
            return 0;
        if (tyBuf_appendChar(b, (char)c) < 0)
            return -1;
        if (line && c == '\n')
            return 0;
        for (int k = utf8_seq_len(c); k > 1; k--) {
            int d = read_byte(t);
            if (d == -2)
                return -1;
            if (d == EOF)
                return 0;
            if (tyBuf_appendChar(b, (char)d) < 0)
                return -1;
        }
    }
    return 0;
}

static int check_readable(TyTextIO *t)
{
    if (check_open(t) < 0)
        return -1;
    if (!t->readable) {
        tyTextIO_unsupported("not readable");
        return -1;
    }
    return 0;
}

/* New reference: the text read by read_text, decoded strictly. */
static TyObject *read_str(TyTextIO *t, ssize_t limit, bool line)
{
    if (check_readable(t) < 0)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (read_text(t, limit, line, &b) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    TyObject *s = tyStr_decode(b.data ? b.data : "", (ssize_t)b.len, "utf-8", TY_STR_UTF8(t->errors));
    tyBuf_free(&b);
    return s;
}

/* The optional size argument of read() / readline() / readlines():
** -1 when absent (or None, where allow_none). */
static int size_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                    bool allow_none, ssize_t *out)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 1) < 0)
        return -1;
    *out = -1;
    if (nargs == 0 || (allow_none && args[0] == TY_NONE))
        return 0;
    ssize_t n = tyNum_asSsize(args[0], NULL);
    if (n == -1 && tyErr_occurred())
        return -1;
    *out = n;
    return 0;
}

/* ---- methods ------------------------------------------------------------------ */

static TyObject *textio_write(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("TextIOWrapper.write", kwnames) < 0 ||
        tyArg_checkPositional("TextIOWrapper.write", nargs, 1, 1) < 0)
        return NULL;
    if (tyTextIO_write(self, args[0]) < 0)
        return NULL;
    return tyInt_fromI64(TY_STR_LEN(args[0]));
}

static TyObject *textio_writelines(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("TextIOWrapper.writelines", kwnames) < 0 ||
        tyArg_checkPositional("TextIOWrapper.writelines", nargs, 1, 1) < 0)
        return NULL;
    if (check_open(TEXTIO(self)) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyObject *line;
    while ((line = tyIter_next(it)) != NULL) {
        int r = tyTextIO_write(self, line);
        TY_DECREF(line);
        if (r < 0) {
            TY_DECREF(it);
            return NULL;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? NULL : tyNone_new();
}

static TyObject *textio_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("TextIOWrapper.flush", kwnames) < 0 ||
        tyArg_checkPositional("TextIOWrapper.flush", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(TEXTIO(self)) < 0 || tyTextIO_flush(self) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *textio_readline(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    ssize_t size;
    if (size_arg("readline", args, nargs, kwnames, false, &size) < 0)
        return NULL;
    return read_str(TEXTIO(self), size, true);
}

static TyObject *textio_read(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t size;
    if (size_arg("read", args, nargs, kwnames, true, &size) < 0)
        return NULL;
    return read_str(TEXTIO(self), size, false);
}

static TyObject *textio_readlines(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    ssize_t hint;
    if (size_arg("readlines", args, nargs, kwnames, true, &hint) < 0)
        return NULL;
    TyObject *lines = tyList_new(0);
    if (!lines)
        return NULL;
    ssize_t total = 0;
    for (;;) {
        TyObject *line = read_str(TEXTIO(self), -1, true);
        if (!line) {
            TY_DECREF(lines);
            return NULL;
        }
        ssize_t n = TY_STR_LEN(line);
        if (n == 0) {
            TY_DECREF(line);
            break;
        }
        int r = tyList_append(lines, line);
        TY_DECREF(line);
        if (r < 0) {
            TY_DECREF(lines);
            return NULL;
        }
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return lines;
}

static TyObject *textio_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("TextIOWrapper.close", kwnames) < 0 ||
        tyArg_checkPositional("TextIOWrapper.close", nargs, 0, 0) < 0)
        return NULL;
    TyTextIO *t = TEXTIO(self);
    if (t->closed)
        return tyNone_new();
    int r = tyTextIO_flush(self);
    t->closed = true;
    if (t->buffer)
        tyStdioBuf_close(t->buffer);
    return r < 0 ? NULL : tyNone_new();
}

static TyObject *textio_fileno(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("TextIOWrapper.fileno", kwnames) < 0 ||
        tyArg_checkPositional("TextIOWrapper.fileno", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(TEXTIO(self)) < 0)
        return NULL;
    return tyInt_fromI64(fileno(TEXTIO(self)->fp));
}

static TyObject *textio_isatty(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("TextIOWrapper.isatty", kwnames) < 0 ||
        tyArg_checkPositional("TextIOWrapper.isatty", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(TEXTIO(self)) < 0)
        return NULL;
    return tyBool_from(isatty(fileno(TEXTIO(self)->fp)));
}

/* readable() / writable() / seekable(): which answers `which`. */
static TyObject *capability(TyObject *self, size_t nargs, TyObject *kwnames, const char *fname,
                            int which)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return NULL;
    TyTextIO *t = TEXTIO(self);
    if (check_open(t) < 0)
        return NULL;
    switch (which) {
    case 0:
        return tyBool_from(t->readable);
    case 1:
        return tyBool_from(t->writable);
    default:
        return tyBool_from(lseek(fileno(t->fp), 0, SEEK_CUR) != (off_t)-1);
    }
}

static TyObject *textio_readable(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    return capability(self, nargs, kwnames, "TextIOWrapper.readable", 0);
}

static TyObject *textio_writable(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    return capability(self, nargs, kwnames, "TextIOWrapper.writable", 1);
}

static TyObject *textio_seekable(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    return capability(self, nargs, kwnames, "TextIOWrapper.seekable", 2);
}

/*
** reconfigure(*, encoding=None, errors=None, newline=None,
** line_buffering=None, write_through=None): what CPython's standard
** streams allow that a UTF-8 stream over stdio can honour.  The encoding
** must be a name of UTF-8 and newline one that leaves text as it is on
** POSIX (None, '' or '\n'); otherwise ValueError.  errors applies to
** later reads and writes.
*/
static TyObject *textio_reconfigure(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL };
    TyObject *a[5];
    if (nargs > 0)
        return tyErr_setString(&TyExc_TypeError, "reconfigure() takes no positional arguments");
    if (tyArg_unpack("reconfigure", args, nargs, kwnames, names, 0, 5, a) < 0)
        return NULL;
    TyTextIO *t = TEXTIO(self);
    for (int i = 0; i < 3; i++)
        if (a[i] && a[i] != TY_NONE && !TY_STR_CHECK(a[i]))
            return tyErr_format(&TyExc_TypeError, "reconfigure() argument '%s' must be str or None, not %T",
                                names[i], a[i]);
    if (a[0] && a[0] != TY_NONE) {
        TyObject *probe = tyStr_decode("\xef\xbb\xbf\xc3\xa9" "A", 6, TY_STR_UTF8(a[0]), "replace");
        bool utf8 = probe && tyStr_eqC(probe, "\xef\xbb\xbf\xc3\xa9" "A");
        TY_XDECREF(probe);
        if (!probe)
            return NULL;
        if (!utf8)
            return tyErr_format(&TyExc_ValueError, "tally's standard streams are UTF-8 only, not %U", a[0]);
    }
    if (a[2] && a[2] != TY_NONE) {
        const char *nl = TY_STR_UTF8(a[2]);
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 && strcmp(nl, "\r\n") != 0)
            return tyErr_format(&TyExc_ValueError, "illegal newline value: %U", a[2]);
        if (nl[0] == '\r')
            return tyErr_format(&TyExc_ValueError, "tally's standard streams do not translate newlines (newline=%R)", a[2]);
    }
    int lb = -1, wt = -1;
    if (a[3] && a[3] != TY_NONE && (lb = tyObj_isTrue(a[3])) < 0)
        return NULL;
    if (a[4] && a[4] != TY_NONE && (wt = tyObj_isTrue(a[4])) < 0)
        return NULL;
    if (t->writable && !t->closed && fflush(t->fp) != 0 && stdio_error(t) < 0)
        return NULL;
    if (a[1] && a[1] != TY_NONE)
        TY_SETREF(t->errors, TY_NEWREF(a[1]));
    else if (a[0] && a[0] != TY_NONE)
        TY_SETREF(t->errors, tyStr_fromCStr("strict"));
    if (!t->errors)
        return NULL;
    if (lb >= 0)
        t->line_buffering = lb;
    if (wt >= 0)
        t->flush_each = wt || t->fp == stderr;
    return tyNone_new();
}

static TyObject *textio_enter(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__enter__", kwnames) < 0 ||
        tyArg_checkPositional("__enter__", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(TEXTIO(self)) < 0)
        return NULL;
    return TY_NEWREF(self);
}

static TyObject *textio_exit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__exit__", kwnames) < 0)
        return NULL;
    return textio_close(self, NULL, 0, NULL);
}

/* ---- slots -------------------------------------------------------------------- */

static TyObject *textio_iter(TyObject *self)
{
    if (check_open(TEXTIO(self)) < 0)
        return NULL;
    return TY_NEWREF(self);
}

static TyObject *textio_iternext(TyObject *self)
{
    TyObject *line = read_str(TEXTIO(self), -1, true);
    if (line && TY_STR_LEN(line) == 0) {
        TY_DECREF(line);
        return NULL;
    }
    return line;
}

static TyObject *textio_repr(TyObject *self)
{
    TyTextIO *t = TEXTIO(self);
    return tyStr_fromFormat("<_io.TextIOWrapper name=%R mode='%s' encoding='utf-8'>", t->name,
                            t->mode);
}

static void textio_dealloc(TyObject *self)
{
    TyTextIO *t = TEXTIO(self);
    if (!t->closed && t->writable)
        fflush(t->fp);
    TY_XDECREF(t->name);
    TY_XDECREF(t->errors);
    TY_XDECREF(t->buffer);
    tyObj_free(self);
}

static TyObject *textio_get_closed(TyObject *self)
{
    TyTextIO *t = TEXTIO(self);
    return tyBool_from(t->closed || (t->buffer && tyStdioBuf_closed(t->buffer)));
}


/*
** The error handler of stdin and stdout, as CPython chooses it: the one
** PYTHONIOENCODING names after its ':', "strict" when it names only an
** encoding, else "surrogateescape" (CPython's in UTF-8 mode, which tally's
** sys.flags.utf8_mode says it is in).  The encoding part is not used: the
** streams are UTF-8.  New reference.
*/
static TyObject *stdio_errors(void)
{
    const char *v = ty_state.opt.ignore_environment ? NULL : getenv("PYTHONIOENCODING");
    if (!v || !*v)
        return tyStr_fromCStr("surrogateescape");
    const char *colon = strchr(v, ':');
    if (colon && colon[1])
        return tyStr_fromCStr(colon + 1);
    return tyStr_fromCStr(colon == v ? "surrogateescape" : "strict");
}

/* The binary layer (sys.stdout.buffer): one object per stream, over the
** same FILE.  New reference. */
static TyObject *textio_get_buffer(TyObject *self)
{
    TyTextIO *t = TEXTIO(self);
    if (!t->buffer) {
        t->buffer = tyStdioBuf_new(t->fp, t->name, t->readable, t->flush_each);
        if (!t->buffer)
            return NULL;
        if (t->closed)
            tyStdioBuf_close(t->buffer);
    }
    return TY_NEWREF(t->buffer);
}

static TyObject *textio_get_name(TyObject *self)
{
    return TY_NEWREF(TEXTIO(self)->name);
}

static TyObject *textio_get_mode(TyObject *self)
{
    return tyStr_fromCStr(TEXTIO(self)->mode);
}

static TyObject *textio_get_encoding(TyObject *self)
{
    return tyStr_fromCStr("utf-8");
}

static TyObject *textio_get_errors(TyObject *self)
{
    return TY_NEWREF(TEXTIO(self)->errors);
}

static TyObject *textio_get_line_buffering(TyObject *self)
{
    return tyBool_from(TEXTIO(self)->line_buffering);
}

static TyObject *textio_get_write_through(TyObject *self)
{
    TyTextIO *t = TEXTIO(self);
    return tyBool_from(t->flush_each && t->fp != stderr);
}

static TyMethodDef textio_methods[] = {
    { "write", textio_write, TY_METH_DEFAULT, "Write string to stream; return the number of characters written." },
    { "writelines", textio_writelines, TY_METH_DEFAULT, "Write a list of lines to stream." },
    { "flush", textio_flush, TY_METH_DEFAULT, "Flush the write buffers of the stream." },
    { "read", textio_read, TY_METH_DEFAULT, "Read at most size characters (all by default)." },
    { "readline", textio_readline, TY_METH_DEFAULT, "Read until newline or EOF; '' at EOF." },
    { "readlines", textio_readlines, TY_METH_DEFAULT, "Return a list of lines from the stream." },
    { "close", textio_close, TY_METH_DEFAULT, "Flush and close the stream (the file descriptor stays open)." },
    { "fileno", textio_fileno, TY_METH_DEFAULT, "Return the underlying file descriptor." },
    { "isatty", textio_isatty, TY_METH_DEFAULT, "Is the stream connected to a terminal?" },
    { "readable", textio_readable, TY_METH_DEFAULT, "Can the stream be read from?" },
    { "writable", textio_writable, TY_METH_DEFAULT, "Can the stream be written to?" },
    { "seekable", textio_seekable, TY_METH_DEFAULT, "Does the stream support random access?" },
    { "reconfigure", textio_reconfigure, TY_METH_DEFAULT, "Change the error handler or the buffering." },
    { "__enter__", textio_enter, TY_METH_DEFAULT, NULL },
    { "__exit__", textio_exit, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyGetSetDef textio_getset[] = {
    { "closed", textio_get_closed, NULL, NULL },
    { "buffer", textio_get_buffer, NULL, NULL },
    { "name", textio_get_name, NULL, NULL },
    { "mode", textio_get_mode, NULL, NULL },
    { "encoding", textio_get_encoding, NULL, NULL },
    { "errors", textio_get_errors, NULL, NULL },
    { "line_buffering", textio_get_line_buffering, NULL, NULL },
    { "write_through", textio_get_write_through, NULL, NULL },
    { NULL }
};

TyType TyTextIO_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TyTextIO),
    .dealloc = textio_dealloc,
    .repr = textio_repr,
    .iter = textio_iter,
    .iternext = textio_iternext,
    .methods = textio_methods,
    .getset = textio_getset,
    .doc = "Character and line based layer over a C stdio stream.",
};

bool tyTextIO_check(TyObject *o)
{
    return TY_TYPE(o) == &TyTextIO_Type;
}

TyObject *tyTextIO_new(FILE *f, const char *name, const char *mode)
{
    if (tyType_ready(&TyTextIO_Type) < 0)
        return NULL;
    TyTextIO *t = (TyTextIO *)tyObj_alloc(&TyTextIO_Type);
    if (!t)
        return NULL;
    t->name = tyStr_fromCStr(name);
    if (!t->name) {
        TY_DECREF(t);
        return NULL;
    }
    t->fp = f;
    snprintf(t->mode, sizeof t->mode, "%s", mode);
    t->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    t->writable = strchr(mode, 'w') != NULL || strchr(mode, 'a') != NULL || strchr(mode, '+') != NULL;
    t->flush_each = f == stderr;
    t->errors = f == stderr ? tyStr_fromCStr("backslashreplace") : stdio_errors();
    if (!t->errors) {
        TY_DECREF(t);
        return NULL;
    }
    t->line_buffering = isatty(fileno(f)) != 0;
    return (TyObject *)t;
}
