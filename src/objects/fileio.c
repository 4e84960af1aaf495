/*
** fileio.c — file objects over a POSIX file descriptor, and open().
**
** CPython stacks three objects (FileIO over the descriptor, a Buffered*
** object, a TextIOWrapper); tally keeps one object with the behaviour of
** the outermost layer, so the five types below share one layout and one
** set of slots and differ in `kind`, which picks CPython's messages.
**
** Buffers.  Reads fill `rbuf` one chunk (8192 bytes) at a time, as
** CPython's TextIOWrapper asks its buffer for 8192 bytes; a text read of
** everything left reads it all before decoding, as CPython does, so the
** position in a UnicodeDecodeError is the one CPython reports.  Writes
** collect in `wbuf` and reach the descriptor when it is full, on flush(),
** seek(), tell(), close(), before a read, and when the object is freed.
**
** Text.  rbuf holds [rpos, rlen) decoded text (UTF-8) and then
** [rlen, rraw) raw bytes of a character cut by the chunk boundary.  With
** the "strict" error handler the decoded text is the raw bytes, so tell()
** is the descriptor's position minus what is buffered; newlines are
** translated only as text leaves the buffer, which keeps that true.
*/
#define _GNU_SOURCE            /* SEEK_DATA, SEEK_HOLE */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "objects/fileio.h"
#include "objects/textio.h"
#include "objects/memoryview.h"
#include "import.h"
#include "buffer.h"
#include "modules/warningsmodule.h"

#define CHUNK_SIZE 8192

/* Which of CPython's classes the object stands for. */
enum { KIND_TEXT, KIND_READER, KIND_WRITER, KIND_RANDOM, KIND_RAW };

/* newline=None: '\r' and '\r\n' read as '\n'; '': every line ending
** recognised, none translated; the others: that ending only, and '\n'
** written as it. */
enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };

/* The kinds of line ending seen so far (the `newlines` attribute). */
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

typedef struct TyFile {
    TyObject ob;
    int fd;                  /* -1 once closed */
    int kind;                /* KIND_* */
    int newline;             /* NL_*, text only */
    int seen;                /* SEEN_* */
    int seekable;            /* -1 until first asked */
    TyObject *name;          /* what open() was given: str, bytes or int */
    TyObject *mode;          /* str: text, as given; binary, FileIO's form ("rb+") */
    TyObject *encoding;      /* str, text only */
    TyObject *errors;        /* str, text only */
    bool readable;
    bool writable;
    bool closefd;
    bool line_buffering;
    bool eof;                /* the last read of the descriptor returned 0 */
    bool cr_at_end;          /* text ended in '\r': its kind waits for the next byte */
    bool telling;            /* false while iterating a text file (CPython's rule) */
    char *rbuf;              /* [rpos, rlen) ready, [rlen, rraw) a cut character's bytes */
    size_t rcap, rpos, rlen, rraw;
    char *wbuf;
    size_t wcap, wlen;       /* wcap 0: writes go straight to the descriptor */
    TyObject *buffer;        /* text: its binary layer (.buffer), made when first asked for */
    struct TyFile *owner;    /* binary layer: the text file it belongs to (borrowed; NULL
                                once that is freed, which holds a reference to this) */
} TyFile;

#define FILE_(o) ((TyFile *)(o))

/* ---- errors ------------------------------------------------------------------- */

/* The operations whose closed-file message differs between CPython's
** classes (text, BufferedReader, BufferedWriter, BufferedRandom, FileIO). */
enum { OP_READ, OP_READLINE, OP_READINTO, OP_WRITE, OP_FLUSH, OP_SEEK, OP_TRUNCATE, OP_TELL, OP_GENERIC,
       OP_QUERY };

/* ValueError for an operation on a closed file, worded as CPython's class
** for `kind` words it.  Returns NULL. */
static TyObject *closed_error(TyFile *f, int op)
{
    static const char *const buffered[] = {
        [OP_READ] = "read of closed file", [OP_READLINE] = "readline of closed file",
        [OP_READINTO] = "readinto of closed file",
        [OP_WRITE] = "write to closed file", [OP_FLUSH] = "flush of closed file",
        [OP_SEEK] = "seek of closed file", [OP_TRUNCATE] = "truncate of closed file",
        [OP_TELL] = "I/O operation on closed file",
        [OP_GENERIC] = "I/O operation on closed file.", [OP_QUERY] = "I/O operation on closed file",
    };
    const char *msg = "I/O operation on closed file.";
    if (op == OP_QUERY)
        msg = "I/O operation on closed file";
    else if (f->kind == KIND_RAW && op != OP_FLUSH && op != OP_GENERIC)
        msg = "I/O operation on closed file";
    else if (f->kind != KIND_TEXT && f->kind != KIND_RAW &&
             !(op == OP_FLUSH && f->kind == KIND_READER))
        msg = buffered[op];
    return tyErr_setString(&TyExc_ValueError, msg);
}

/* OSError (FileNotFoundError, ... by errno) for a failed system call on
** the open file.  Returns -1. */
static int os_error(void)
{
    tyErr_fromErrno(&TyExc_OSError, NULL);
    return -1;
}

/* Can the file be read?  0, or -1 with CPython's error: the closed-file
** ValueError, or io.UnsupportedOperation ("not readable" from text,
** "read" from a BufferedWriter -- checked before closedness there --,
** "File not open for reading" from FileIO). */
static int check_readable(TyFile *f, int op)
{
    if (!f->readable && f->kind == KIND_WRITER) {
        tyTextIO_unsupported("read");
        return -1;
    }
    if (f->fd < 0) {
        closed_error(f, op);
        return -1;
    }
    if (!f->readable) {
        tyTextIO_unsupported(f->kind == KIND_RAW ? "File not open for reading" : "not readable");
        return -1;
    }
    return 0;
}

/* Can the file be written?  The mirror of check_readable. */
static int check_writable(TyFile *f)
{
    if (!f->writable && f->kind == KIND_READER) {
        tyTextIO_unsupported("write");
        return -1;
    }
    if (f->fd < 0) {
        closed_error(f, OP_WRITE);
        return -1;
    }
    if (!f->writable) {
        tyTextIO_unsupported(f->kind == KIND_RAW ? "File not open for writing" : "not writable");
        return -1;
    }
    return 0;
}

/* ---- the descriptor ----------------------------------------------------------- */

/* read(2) of up to n bytes into p, retried after EINTR once pending
** signals had their say.  The count (0 at end of file), or -1. */
static ssize_t raw_read(TyFile *f, char *p, size_t n)
{
    for (;;) {
        ssize_t k = read(f->fd, p, n);
        if (k >= 0)
            return k;
        if (errno != EINTR)
            return os_error();
        if (tyErr_checkSignals() < 0)
            return -1;
    }
}

/* write(2) of all n bytes at p.  0 / -1. */
static int raw_write(TyFile *f, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(f->fd, p, n);
        if (k < 0) {
            if (errno != EINTR)
                return os_error();
            if (tyErr_checkSignals() < 0)
                return -1;
            continue;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/* Hand f's own write buffer to the descriptor.  0 / -1; the buffer is
** emptied either way, as CPython drops what it failed to write. */
static int flush_own(TyFile *f)
{
    if (f->wlen == 0)
        return 0;
    int r = raw_write(f, f->wbuf, f->wlen);
    f->wlen = 0;
    return r;
}

static int drop_reads(TyFile *f);

/*
** Hand the write buffer to the descriptor, after that of the other layer
** sharing it (a text file and its .buffer), so the descriptor's position
** is the one both see: a text file also gives back what its binary layer
** read ahead.  Every operation that reads, writes, moves or closes passes
** here first.  0 / -1.
*/
static int flush_writes(TyFile *f)
{
    TyFile *other = f->buffer ? FILE_(f->buffer) : f->owner;
    if (other && other->fd >= 0) {
        if (flush_own(other) < 0)
            return -1;
        if (f->buffer && other->rraw > other->rpos && drop_reads(other) < 0)
            return -1;
    }
    return flush_own(f);
}

/*
** Forget the read-ahead before a write.  A binary file moves the
** descriptor back over it, so the write lands where the reader stands, as
** CPython's buffered objects do; a text file only drops it, as CPython's
** TextIOWrapper drops its decoded text, so the write lands after the last
** chunk read.  0 / -1.
*/
static int drop_reads(TyFile *f)
{
    size_t ahead = f->rraw - f->rpos;
    f->rpos = f->rlen = f->rraw = 0;
    f->eof = false;
    f->cr_at_end = false;
    if (f->kind != KIND_TEXT && ahead > 0 && lseek(f->fd, -(off_t)ahead, SEEK_CUR) == (off_t)-1)
        return os_error();
    return 0;
}

/* Append n bytes to the write buffer (straight to the descriptor when
** unbuffered or too big to be worth copying).  0 / -1. */
static int buffer_write(TyFile *f, const char *p, size_t n)
{
    if (f->rraw > 0 && drop_reads(f) < 0)
        return -1;
    if (n == 0)
        return 0;
    if (f->wlen + n > f->wcap) {
        if (flush_writes(f) < 0)
            return -1;
        if (n >= f->wcap)
            return raw_write(f, p, n);
    }
    if (!f->wbuf) {
        f->wbuf = tyMem_malloc(f->wcap);
        if (!f->wbuf)
            return -1;
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    return 0;
}

/* Flush and close the descriptor (unless closefd was false).  0, or -1
** with the first error; the file is closed either way. */
static int close_file(TyFile *f)
{
    int r = flush_writes(f);
    int fd = f->fd;
    f->fd = -1;
    if (f->buffer)
        FILE_(f->buffer)->fd = -1;
    if (f->closefd && close(fd) < 0 && r == 0 && errno != EINTR)
        r = os_error();
    return r;
}

/* Can the descriptor seek (not a pipe or terminal)?  Asked once. */
static bool is_seekable(TyFile *f)
{
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) != (off_t)-1;
    return f->seekable;
}

/* ---- reading ------------------------------------------------------------------ */

/* The byte count of the UTF-8 sequence lead byte c starts (1 for bytes
** that cannot start one). */
static size_t utf8_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
}

/* How many bytes at the end of p[0..n) are the valid beginning of a
** character the next chunk completes (0 to 3): the incremental decoder
** keeps those back, and reports anything else as an error now. */
static size_t incomplete_tail(const unsigned char *p, size_t n)
{
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        unsigned char c = p[n - back];
        if (c >= 0x80 && c < 0xC0)
            continue;
        size_t need = c >= 0xC2 && c <= 0xF4 ? utf8_len(c) : 1;
        if (need <= back)
            return 0;
        if (back >= 2) {
            unsigned char d = p[n - back + 1];
            unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (d < lo || d > hi)
                return 0;
        }
        return back;
    }
    return 0;
}

/* Make room for `extra` more bytes after rraw.  0 / -1. */
static int reserve_read(TyFile *f, size_t extra)
{
    if (f->rraw + extra <= f->rcap)
        return 0;
    size_t cap = f->rcap ? f->rcap : CHUNK_SIZE;
    while (cap < f->rraw + extra)
        cap *= 2;
    char *p = tyMem_realloc(f->rbuf, cap);
    if (!p)
        return -1;
    f->rbuf = p;
    f->rcap = cap;
    return 0;
}

/* Record the line endings in newly decoded text p[0..n) (newline None or
** ''), deciding a '\r' that ended the previous text by p[0]. */
static void note_newlines(TyFile *f, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (f->cr_at_end) {
            f->cr_at_end = false;
            if (p[i] == '\n') {
                f->seen |= SEEN_CRLF;
                continue;
            }
            f->seen |= SEEN_CR;
        }
        if (p[i] == '\n')
            f->seen |= SEEN_LF;
        else if (p[i] == '\r') {
            if (i + 1 == n)
                f->cr_at_end = true;
            else if (p[i + 1] == '\n') {
                f->seen |= SEEN_CRLF;
                i++;
            } else
                f->seen |= SEEN_CR;
        }
    }
}

/* Decode the raw bytes [rlen, rraw) that form whole characters (all of
** them at end of file, where a cut character is an error) with the file's
** error handler, as CPython's incremental decoder decodes what it was
** given plus what it kept back.  0 / -1; after an error the bytes are
** dropped, as CPython drops them. */
static int decode_pending(TyFile *f)
{
    size_t start = f->rlen;
    size_t end = f->rraw;
    if (!f->eof)
        end -= incomplete_tail((const unsigned char *)f->rbuf + start, end - start);
    if (end == start)
        return 0;
    TyObject *s = tyStr_decode(f->rbuf + start, (ssize_t)(end - start), "utf-8",
                               TY_STR_UTF8(f->errors));
    if (!s) {
        f->rraw = f->rlen;
        return -1;
    }
    size_t nb = (size_t)TY_STR_NBYTES(s);
    if (nb != end - start || memcmp(TY_STR_UTF8(s), f->rbuf + start, nb) != 0) {
        /* An error handler replaced bytes: the text takes their place. */
        size_t tail = f->rraw - end;
        if (nb > end - start && reserve_read(f, nb - (end - start)) < 0) {
            TY_DECREF(s);
            return -1;
        }
        memmove(f->rbuf + start + nb, f->rbuf + end, tail);
        memcpy(f->rbuf + start, TY_STR_UTF8(s), nb);
        f->rraw = start + nb + tail;
    }
    TY_DECREF(s);
    if (f->newline == NL_UNIVERSAL || f->newline == NL_UNTRANSLATED)
        note_newlines(f, f->rbuf + start, nb);
    f->rlen = start + nb;
    return 0;
}

/*
** Read the next chunk (everything up to end of file when `all`) after
** what is buffered, moving the unread bytes to the front first; in text
** mode decode it.  0, or -1.  f->eof says whether the end was reached.
*/
static int fill(TyFile *f, bool all)
{
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rraw - f->rpos);
        f->rlen -= f->rpos;
        f->rraw -= f->rpos;
        f->rpos = 0;
    }
    do {
        if (reserve_read(f, CHUNK_SIZE) < 0)
            return -1;
        ssize_t k = raw_read(f, f->rbuf + f->rraw, CHUNK_SIZE);
        if (k < 0)
            return -1;
        if (k == 0)
            f->eof = true;
        f->rraw += (size_t)k;
    } while (all && !f->eof);
    if (f->kind != KIND_TEXT) {
        f->rlen = f->rraw;
        return 0;
    }
    if (decode_pending(f) < 0)
        return -1;
    if (f->eof && f->cr_at_end) {
        /* The text ended in a lone '\r'. */
        f->seen |= SEEN_CR;
        f->cr_at_end = false;
    }
    return 0;
}

/* Before any read: the file must be readable and open, and what was
** written must reach the descriptor first.  0 / -1. */
static int begin_read(TyFile *f, int op)
{
    if (check_readable(f, op) < 0)
        return -1;
    f->eof = false;
    return flush_writes(f);
}

/*
** Text: move up to `limit` characters (no limit when negative) from the
** file to out, stopping after a line ending when `line`, translating line
** endings as the newline mode says.  A '\r' at the end of the buffer
** waits for the next byte, which decides whether it is '\r\n'.  0 / -1.
*/
static int text_read(TyFile *f, ssize_t limit, bool line, TyStrBuilder *out)
{
    if (limit < 0 && !line && fill(f, true) < 0)
        return -1;
    ssize_t nchars = 0;
    char prev = out->len ? out->data[out->len - 1] : 0;
    for (;;) {
        size_t i = f->rpos, run = f->rpos;
        bool done = false;
        while (i < f->rlen) {
            if (limit >= 0 && nchars >= limit) {
                done = true;
                break;
            }
            unsigned char c = (unsigned char)f->rbuf[i];
            if (c == '\r' && (f->newline == NL_UNIVERSAL || (f->newline == NL_UNTRANSLATED && line))) {
                if (i + 1 == f->rlen && !f->eof)
                    break;
                bool crlf = i + 1 < f->rlen && f->rbuf[i + 1] == '\n';
                if (f->newline == NL_UNIVERSAL) {
                    if (tyBuf_append(out, f->rbuf + run, i - run) < 0 || tyBuf_appendChar(out, '\n') < 0)
                        return -1;
                    i += crlf ? 2 : 1;
                    run = i;
                    nchars++;
                } else if (crlf && (limit < 0 || nchars + 2 <= limit)) {
                    i += 2;
                    nchars += 2;
                } else {
                    i++;
                    nchars++;
                }
                prev = '\n';
                done = line;
                if (done)
                    break;
                continue;
            }
            i += utf8_len(c);
            nchars++;
            if (line && ((c == '\n' && f->newline != NL_CR && (f->newline != NL_CRLF || prev == '\r')) ||
                         (c == '\r' && f->newline == NL_CR))) {
                done = true;
                break;
            }
            prev = (char)c;
        }
        if (i > run && tyBuf_append(out, f->rbuf + run, i - run) < 0)
            return -1;
        f->rpos = i;
        if (limit >= 0 && nchars >= limit)
            done = true;
        if (done || (f->eof && f->rpos == f->rlen))
            return 0;
        if (fill(f, false) < 0)
            return -1;
    }
}

/* Binary: move up to `limit` bytes (all when negative) to out, stopping
** after '\n' when `line`.  0 / -1. */
static int binary_read(TyFile *f, ssize_t limit, bool line, TyStrBuilder *out)
{
    if (limit < 0 && !line && fill(f, true) < 0)
        return -1;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        size_t want = limit < 0 ? avail : (size_t)limit - out->len;
        size_t n = avail < want ? avail : want;
        const char *nl = line && n > 0 ? memchr(f->rbuf + f->rpos, '\n', n) : NULL;
        if (nl)
            n = (size_t)(nl - (f->rbuf + f->rpos)) + 1;
        if (n > 0 && tyBuf_append(out, f->rbuf + f->rpos, n) < 0)
            return -1;
        f->rpos += n;
        if (nl || (limit >= 0 && out->len >= (size_t)limit) || f->eof)
            return 0;
        /* A raw file's read(n) is one system call: a terminal or a pipe
        ** gives what it has (a line, a packet) without waiting for n. */
        if (f->kind == KIND_RAW && !line && out->len > 0)
            return 0;
        if (fill(f, false) < 0)
            return -1;
    }
}

/* New reference: a str (text) or bytes (binary) of what one read, readline
** or iteration step returns; an empty one at end of file. */
static TyObject *read_some(TyFile *f, ssize_t limit, bool line)
{
    if (begin_read(f, line ? OP_READLINE : OP_READ) < 0)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    if (limit == 0)
        return f->kind == KIND_TEXT ? tyStr_fromCStr("") : tyBytes_fromData("", 0);
    if ((f->kind == KIND_TEXT ? text_read(f, limit, line, &b) : binary_read(f, limit, line, &b)) < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    TyObject *r = f->kind == KIND_TEXT ? tyBuf_finish(&b)
                                       : tyBytes_fromData(b.data ? b.data : "", (ssize_t)b.len);
    tyBuf_free(&b);
    return r;
}

/* ---- writing ------------------------------------------------------------------ */

/* Text: write the str s, encoded with the file's error handler and with
** '\n' turned into the newline argument ('\r' or '\r\n').  0 / -1. */
static int text_write(TyFile *f, TyObject *s)
{
    TyObject *encoded = NULL;
    const char *p = TY_STR_UTF8(s);
    size_t n = (size_t)TY_STR_NBYTES(s);
    if (!TY_STR_IS_ASCII(s)) {
        /* Only the codec knows what the handler does with a surrogate. */
        encoded = tyStr_encode(s, "utf-8", TY_STR_UTF8(f->errors));
        if (!encoded)
            return -1;
        p = TY_BYTES_DATA(encoded);
        n = (size_t)TY_BYTES_LEN(encoded);
    }
    int r;
    if ((f->newline == NL_CR || f->newline == NL_CRLF) && memchr(p, '\n', n)) {
        TyStrBuilder b;
        tyBuf_init(&b);
        r = 0;
        for (size_t i = 0; i < n && r == 0; i++)
            r = p[i] != '\n' ? tyBuf_appendChar(&b, p[i])
                             : tyBuf_appendC(&b, f->newline == NL_CR ? "\r" : "\r\n");
        if (r == 0)
            r = buffer_write(f, b.data, b.len);
        tyBuf_free(&b);
    } else
        r = buffer_write(f, p, n);
    if (r == 0 && f->line_buffering && (memchr(p, '\n', n) || memchr(p, '\r', n)))
        r = flush_writes(f);
    TY_XDECREF(encoded);
    return r;
}

static TyObject *write_one(TyFile *f, TyObject *data);

/* write(memoryview) of a binary file: the view's bytes, copied out (as
** pathlib's write_bytes passes them).  New reference. */
static TyObject *write_view(TyFile *f, TyObject *view)
{
    TyObject *bytes = tyMemoryView_toBytes(view);
    if (!bytes)
        return NULL;
    TyObject *r = write_one(f, bytes);
    TY_DECREF(bytes);
    return r;
}

/* write(s) of either mode: the number of characters (text) or bytes
** written, as CPython returns it.  New reference. */
static TyObject *write_one(TyFile *f, TyObject *data)
{
    if (f->kind == KIND_TEXT) {
        if (!TY_STR_CHECK(data))
            return tyErr_format(&TyExc_TypeError, "write() argument must be str, not %A", data);
        if (check_writable(f) < 0 || text_write(f, data) < 0)
            return NULL;
        return tyInt_fromI64(TY_STR_LEN(data));
    }
    /* A BufferedReader refuses before looking at the argument (its write
    ** is the base class's); the others check the argument first. */
    if (f->kind == KIND_READER) {
        check_writable(f);
        return NULL;
    }
    if (TY_TYPE(data) == &TyMemoryView_Type)
        return write_view(f, data);
    TyBuffer view;
    if (tyBuffer_get(data, &view) < 0 || check_writable(f) < 0)
        return NULL;
    if (buffer_write(f, view.data, (size_t)view.len) < 0)
        return NULL;
    return tyInt_fromI64(view.len);
}

/* ---- methods ------------------------------------------------------------------ */

/* The optional size argument of read() / readline() / readlines(): -1 when
** absent or None. */
static int size_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                    ssize_t *out)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 1) < 0)
        return -1;
    *out = -1;
    if (nargs == 0 || args[0] == TY_NONE)
        return 0;
    ssize_t n = tyNum_asSsize(args[0], NULL);
    if (n == -1 && tyErr_occurred())
        return -1;
    *out = n;
    return 0;
}

/* No arguments allowed: 0 / -1 with CPython's TypeError. */
static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

/* read(size=-1): up to size characters or bytes, all that is left when
** size is negative or None (the buffered binary types refuse below -1, as
** CPython's do).  New reference. */
static TyObject *file_read(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t size;
    if (size_arg("read", args, nargs, kwnames, &size) < 0)
        return NULL;
    TyFile *f = FILE_(self);
    if (size < -1 && f->kind != KIND_TEXT && f->kind != KIND_RAW)
        return tyErr_setString(&TyExc_ValueError, "read length must be non-negative or -1");
    return read_some(f, size, false);
}

/* readinto(b): reads up to len(b) bytes into the writable buffer b, as
** read(len(b)) would; the number of bytes read (0 at end of file). */
static TyObject *file_readinto(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("readinto", kwnames) < 0 || tyArg_checkPositional("readinto", nargs, 1, 1) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_getWritable(args[0], &view) < 0) {
        if (!tyErr_exceptionMatches(&TyExc_TypeError))
            return NULL;
        tyErr_clear();
        return tyErr_format(&TyExc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                            tyType_name(TY_TYPE(args[0])));
    }
    TyFile *f = FILE_(self);
    if (begin_read(f, OP_READINTO) < 0)
        return NULL;
    TyObject *data = read_some(f, view.len, false);
    if (!data)
        return NULL;
    ssize_t n = TY_BYTES_LEN(data);
    memcpy(view.data, TY_BYTES_DATA(data), (size_t)n);
    TY_DECREF(data);
    return tyInt_fromI64(n);
}

/* readline(size=-1): the next line, cut after size characters or bytes.
** New reference. */
static TyObject *file_readline(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t size;
    if (size_arg("readline", args, nargs, kwnames, &size) < 0)
        return NULL;
    return read_some(FILE_(self), size, true);
}

/* readlines(hint): the lines, stopping once they hold `hint` characters
** or bytes.  New reference to a list. */
static TyObject *file_readlines(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    ssize_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_GENERIC);
    TyObject *lines = tyList_new(0);
    if (!lines)
        return NULL;
    ssize_t total = 0;
    for (;;) {
        TyObject *line = read_some(f, -1, true);
        if (!line) {
            TY_DECREF(lines);
            return NULL;
        }
        ssize_t n = tyObj_length(line);
        if (n == 0) {
            TY_DECREF(line);
            return lines;
        }
        int r = tyList_append(lines, line);
        TY_DECREF(line);
        if (r < 0) {
            TY_DECREF(lines);
            return NULL;
        }
        total += n;
        if (hint > 0 && total >= hint)
            return lines;
    }
}

/* write(s): the number of characters or bytes taken.  New reference. */
static TyObject *file_write(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("write", kwnames) < 0 || tyArg_checkPositional("write", nargs, 1, 1) < 0)
        return NULL;
    return write_one(FILE_(self), args[0]);
}

/* writelines(iterable): write every item, adding no line endings.  New
** reference to None. */
static TyObject *file_writelines(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (tyArg_noKeywords("writelines", kwnames) < 0 ||
        tyArg_checkPositional("writelines", nargs, 1, 1) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_GENERIC);
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyObject *item;
    while ((item = tyIter_next(it)) != NULL) {
        TyObject *r = write_one(f, item);
        TY_DECREF(item);
        if (!r) {
            TY_DECREF(it);
            return NULL;
        }
        TY_DECREF(r);
    }
    TY_DECREF(it);
    return tyErr_occurred() ? NULL : tyNone_new();
}

/* flush(): hand buffered writes to the descriptor.  New reference to None. */
static TyObject *file_flush(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("flush", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_FLUSH);
    return flush_writes(f) < 0 ? NULL : tyNone_new();
}

/* close(): flush and close; closing again does nothing.  New reference to
** None. */
static TyObject *file_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("close", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return tyNone_new();
    return close_file(f) < 0 ? NULL : tyNone_new();
}

/*
** tell(): where the next read or write happens, as a byte offset.  Text
** files refuse while a for loop is reading them, as CPython does.  New
** reference.
*/
static TyObject *file_tell(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("tell", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_TELL);
    if (!f->telling)
        return tyErr_setString(&TyExc_OSError, "telling position disabled by next() call");
    if (flush_writes(f) < 0)
        return NULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos == (off_t)-1) {
        os_error();
        return NULL;
    }
    return tyInt_fromI64((int64_t)pos - (int64_t)(f->rraw - f->rpos));
}

/*
** seek(offset, whence=0): move to offset from the start (0), the current
** position (1) or the end (2); the new position.  Text files take only
** tell()'s values from the start and offset 0 otherwise, with CPython's
** messages.  New reference.
*/
static TyObject *file_seek(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (tyArg_noKeywords("seek", kwnames) < 0 || tyArg_checkPositional("seek", nargs, 1, 2) < 0)
        return NULL;
    ssize_t offset = tyNum_asSsize(args[0], NULL);
    if (offset == -1 && tyErr_occurred())
        return NULL;
    ssize_t whence = 0;
    if (nargs == 2) {
        whence = tyNum_asSsize(args[1], NULL);
        if (whence == -1 && tyErr_occurred())
            return NULL;
    }
    if (f->fd < 0)
        return closed_error(f, OP_SEEK);
    if (f->kind == KIND_TEXT) {
        if (whence == 1 && offset != 0)
            return tyTextIO_unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && offset != 0)
            return tyTextIO_unsupported("can't do nonzero end-relative seeks");
        if (whence < 0 || whence > 2)
            return tyErr_format(&TyExc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
        if (whence == 0 && offset < 0)
            return tyErr_format(&TyExc_ValueError, "negative seek position %zd", offset);
    } else if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END &&
               whence != SEEK_DATA && whence != SEEK_HOLE)
        return tyErr_format(&TyExc_ValueError, "whence value %zd unsupported", whence);
    if (flush_writes(f) < 0)
        return NULL;
    if (whence == 1)
        offset -= (ssize_t)(f->rraw - f->rpos);
    f->rpos = f->rlen = f->rraw = 0;
    f->eof = false;
    f->cr_at_end = false;
    off_t pos = lseek(f->fd, (off_t)offset, (int)whence);
    if (pos == (off_t)-1) {
        os_error();
        return NULL;
    }
    return tyInt_fromI64((int64_t)pos);
}

/*
** truncate(size=None): cut the file to size bytes (the current position by
** default) without moving; the size.  Not writable: io.UnsupportedOperation
** ("truncate", or FileIO's "File not open for writing").  New reference.
*/
static TyObject *file_truncate(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (tyArg_noKeywords("truncate", kwnames) < 0 || tyArg_checkPositional("truncate", nargs, 0, 1) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_TRUNCATE);
    if (!f->writable)
        return tyTextIO_unsupported(f->kind == KIND_RAW ? "File not open for writing" : "truncate");
    TyObject *size;
    if (nargs == 1 && args[0] != TY_NONE)
        size = tyNum_index(args[0]);
    else
        size = file_tell(self, NULL, 0, NULL);
    if (!size)
        return NULL;
    ssize_t n = tyNum_asSsize(size, NULL);
    if ((n == -1 && tyErr_occurred()) || flush_writes(f) < 0) {
        TY_DECREF(size);
        return NULL;
    }
    if (ftruncate(f->fd, (off_t)n) < 0) {
        TY_DECREF(size);
        os_error();
        return NULL;
    }
    return size;
}

/* fileno(): the descriptor.  New reference. */
static TyObject *file_fileno(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("fileno", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_QUERY);
    return tyInt_fromI64(f->fd);
}

/* isatty(): is the descriptor a terminal?  New reference. */
static TyObject *file_isatty(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("isatty", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_QUERY);
    return tyBool_from(isatty(f->fd));
}

/* readable() / writable(): a file that cannot answers False even when
** closed (CPython's inherited method does); one that can checks first.
** New reference. */
static TyObject *capability(TyFile *f, bool can)
{
    if (can && f->fd < 0)
        return closed_error(f, OP_QUERY);
    return tyBool_from(can);
}

/* readable(): was the file opened for reading?  New reference. */
static TyObject *file_readable(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (no_args("readable", nargs, kwnames) < 0)
        return NULL;
    return capability(FILE_(self), FILE_(self)->readable);
}

/* writable(): was the file opened for writing?  New reference. */
static TyObject *file_writable(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (no_args("writable", nargs, kwnames) < 0)
        return NULL;
    return capability(FILE_(self), FILE_(self)->writable);
}

/* seekable(): can the file seek?  New reference. */
static TyObject *file_seekable(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("seekable", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_QUERY);
    return tyBool_from(is_seekable(f));
}

/* __enter__(): the file itself, if open.  New reference. */
static TyObject *file_enter(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyFile *f = FILE_(self);
    if (no_args("__enter__", nargs, kwnames) < 0)
        return NULL;
    if (f->fd < 0)
        return closed_error(f, OP_GENERIC);
    return TY_NEWREF(self);
}

/* __exit__(*exc_info): close; the exception, if any, goes on.  New
** reference to None. */
static TyObject *file_exit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__exit__", kwnames) < 0)
        return NULL;
    TyFile *f = FILE_(self);
    if (f->fd < 0)
        return tyNone_new();
    return close_file(f) < 0 ? NULL : tyNone_new();
}

/* ---- slots -------------------------------------------------------------------- */

/* iter(f): f itself, if open.  New reference. */
static TyObject *file_iter(TyObject *self)
{
    TyFile *f = FILE_(self);
    if (f->fd < 0)
        return closed_error(f, OP_GENERIC);
    return TY_NEWREF(self);
}

/* The next line (new reference); NULL with no exception at end of file.
** A text file cannot tell() until the loop ends (CPython's rule). */
static TyObject *file_iternext(TyObject *self)
{
    TyFile *f = FILE_(self);
    if (f->kind == KIND_TEXT)
        f->telling = false;
    TyObject *line = read_some(f, -1, true);
    if (line && tyObj_length(line) == 0) {
        TY_DECREF(line);
        f->telling = true;
        return NULL;
    }
    return line;
}

/* CPython's reprs: <_io.TextIOWrapper name='p' mode='r' encoding='UTF-8'>,
** <_io.BufferedReader name='p'>, <_io.FileIO name='p' mode='rb'
** closefd=True> (<_io.FileIO [closed]> once closed).  New reference. */
static TyObject *file_repr(TyObject *self)
{
    TyFile *f = FILE_(self);
    const char *type = TY_TYPE(self)->name;
    if (f->kind == KIND_TEXT)
        return tyStr_fromFormat("<%s name=%R mode=%R encoding=%R>", type, f->name, f->mode, f->encoding);
    if (f->kind != KIND_RAW)
        return tyStr_fromFormat("<%s name=%R>", type, f->name);
    if (f->fd < 0)
        return tyStr_fromFormat("<%s [closed]>", type);
    return tyStr_fromFormat("<%s name=%R mode=%R closefd=%s>", type, f->name, f->mode,
                            f->closefd ? "True" : "False");
}

/* "unclosed file <repr>", a ResourceWarning about a file freed while
** its descriptor is open, as CPython's finalizer gives it (ignored by
** the default filters); an error it raises is reported as unraisable. */
static void warn_unclosed(TyObject *self)
{
    TyObject *text = tyStr_fromFormat("unclosed file %R", self);
    if (!text || tyWarnings_resourceWarning(self, text) < 0)
        tyErr_writeUnraisable(self);
    TY_XDECREF(text);
}

/* A file freed while open is flushed and closed, as CPython's finalizer
** does, after its ResourceWarning; the errors of closing are dropped
** silently (CPython reports them only in development mode) and an
** exception being raised meanwhile survives.  The warning may keep the
** file (its WarningMessage's source): it is then left alive, closed. */
static void file_dealloc(TyObject *self)
{
    TyFile *f = FILE_(self);
    if (f->fd >= 0) {
        TyObject *exc = tyErr_fetch();
        bool warn = f->closefd;
        if (warn) {
            self->refcnt = 1;
            warn_unclosed(self);
        }
        if (close_file(f) < 0)
            tyErr_clear();
        tyErr_restore(exc);
        if (warn && --self->refcnt > 0)
            return;
    }
    if (f->buffer) {
        FILE_(f->buffer)->owner = NULL;
        TY_DECREF(f->buffer);
    }
    TY_XDECREF(f->name);
    TY_XDECREF(f->mode);
    TY_XDECREF(f->encoding);
    TY_XDECREF(f->errors);
    tyMem_free(f->rbuf);
    tyMem_free(f->wbuf);
    tyObj_free(self);
}

/* The attributes: new references. */
static TyObject *file_get_closed(TyObject *self)
{
    return tyBool_from(FILE_(self)->fd < 0);
}

static TyObject *file_get_name(TyObject *self)
{
    return TY_NEWREF(FILE_(self)->name);
}

/* What open()'s mode string asks for. */
typedef struct OpenMode {
    bool creating, reading, writing, appending, updating, text, binary;
} OpenMode;

static int parse_mode(const char *mode, OpenMode *m);
static void binary_kind(const OpenMode *m, bool raw, TyType **type, const char **mode);
static int kind_of(TyType *type);

/*
** .buffer of a text file: the binary file object (BufferedReader, Writer
** or Random, as the mode says) over the same descriptor, made once.  It
** never closes the descriptor: the text file does, and closes it too.
** New reference.
*/
static TyObject *file_get_buffer(TyObject *self)
{
    TyFile *f = FILE_(self);
    if (f->buffer)
        return TY_NEWREF(f->buffer);
    OpenMode m;
    TyType *type;
    const char *mode;
    if (parse_mode(TY_STR_UTF8(f->mode), &m) < 0)
        return NULL;
    binary_kind(&m, false, &type, &mode);
    TyFile *b = (TyFile *)tyObj_alloc(type);
    if (!b)
        return NULL;
    b->fd = f->fd;
    b->kind = kind_of(type);
    b->readable = f->readable;
    b->writable = f->writable;
    b->seekable = f->seekable;
    b->telling = true;
    b->wcap = CHUNK_SIZE;
    b->name = TY_NEWREF(f->name);
    b->mode = tyStr_fromCStr(mode);
    if (!b->mode) {
        b->fd = -1;
        TY_DECREF(b);
        return NULL;
    }
    b->owner = f;
    f->buffer = (TyObject *)b;
    return TY_NEWREF(f->buffer);
}

/*
** file.name = value, as tempfile renames the files it opens by descriptor
** (CPython keeps the name in FileIO's __dict__).  Only a str, bytes or
** int: file objects are not tracked by the collector, so they must not
** hold what could lead back to them.  0 / -1.
*/
static int file_set_name(TyObject *self, TyObject *value)
{
    if (!value) {
        tyErr_setString(&TyExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!TY_STR_CHECK(value) && !TY_BYTES_CHECK(value) && !TY_INT_CHECK(value)) {
        tyErr_format(&TyExc_TypeError, "tally's file names are str, bytes or int, not %T", value);
        return -1;
    }
    TY_SETREF(FILE_(self)->name, TY_NEWREF(value));
    return 0;
}

static TyObject *file_get_mode(TyObject *self)
{
    return TY_NEWREF(FILE_(self)->mode);
}

static TyObject *file_get_closefd(TyObject *self)
{
    return tyBool_from(FILE_(self)->closefd);
}

static TyObject *file_get_encoding(TyObject *self)
{
    return TY_NEWREF(FILE_(self)->encoding);
}

static TyObject *file_get_errors(TyObject *self)
{
    return TY_NEWREF(FILE_(self)->errors);
}

static TyObject *file_get_line_buffering(TyObject *self)
{
    return tyBool_from(FILE_(self)->line_buffering);
}

/* newlines: None, the one kind of line ending read so far, or a tuple of
** the kinds in CPython's order ('\r', '\n', '\r\n').  New reference. */
static TyObject *file_get_newlines(TyObject *self)
{
    static const char *const names[] = { "\r", "\n", "\r\n" };
    int seen = FILE_(self)->seen;
    TyObject *items[3];
    ssize_t n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(seen & (1 << i)))
            continue;
        items[n] = tyStr_fromCStr(names[i]);
        if (!items[n]) {
            while (n > 0)
                TY_DECREF(items[--n]);
            return NULL;
        }
        n++;
    }
    if (n == 0)
        return tyNone_new();
    if (n == 1)
        return items[0];
    return tyTuple_fromArraySteal(items, n);
}

/* The methods of every kind of file. */
#define FILE_METHODS \
    { "read", file_read, TY_METH_DEFAULT, "Read at most size characters or bytes (all by default)." }, \
    { "readline", file_readline, TY_METH_DEFAULT, "Read until newline or EOF; empty at EOF." }, \
    { "readlines", file_readlines, TY_METH_DEFAULT, "Return a list of lines from the file." }, \
    { "write", file_write, TY_METH_DEFAULT, "Write a str (text) or bytes-like object (binary); return its length." }, \
    { "writelines", file_writelines, TY_METH_DEFAULT, "Write every item of an iterable." }, \
    { "flush", file_flush, TY_METH_DEFAULT, "Hand buffered writes to the operating system." }, \
    { "close", file_close, TY_METH_DEFAULT, "Flush and close the file." }, \
    { "seek", file_seek, TY_METH_DEFAULT, "Change the position; return the new one." }, \
    { "tell", file_tell, TY_METH_DEFAULT, "Return the current position." }, \
    { "truncate", file_truncate, TY_METH_DEFAULT, "Cut the file to size bytes (the current position by default)." }, \
    { "fileno", file_fileno, TY_METH_DEFAULT, "Return the underlying file descriptor." }, \
    { "isatty", file_isatty, TY_METH_DEFAULT, "Is the file a terminal?" }, \
    { "readable", file_readable, TY_METH_DEFAULT, "Was the file opened for reading?" }, \
    { "writable", file_writable, TY_METH_DEFAULT, "Was the file opened for writing?" }, \
    { "seekable", file_seekable, TY_METH_DEFAULT, "Does the file support random access?" }, \
    { "__enter__", file_enter, TY_METH_DEFAULT, NULL }, \
    { "__exit__", file_exit, TY_METH_DEFAULT, NULL },

static TyMethodDef text_methods[] = { FILE_METHODS { NULL } };

/* Binary files also read into a caller's buffer. */
static TyMethodDef binary_methods[] = {
    FILE_METHODS
    { "readinto", file_readinto, TY_METH_DEFAULT, "Read bytes into a pre-allocated, writable bytes-like object b." },
    { NULL }
};

static TyGetSetDef text_getset[] = {
    { "closed", file_get_closed, NULL, NULL },
    { "buffer", file_get_buffer, NULL, NULL },
    { "name", file_get_name, file_set_name, NULL },
    { "mode", file_get_mode, NULL, NULL },
    { "encoding", file_get_encoding, NULL, NULL },
    { "errors", file_get_errors, NULL, NULL },
    { "newlines", file_get_newlines, NULL, NULL },
    { "line_buffering", file_get_line_buffering, NULL, NULL },
    { NULL }
};

static TyGetSetDef binary_getset[] = {
    { "closed", file_get_closed, NULL, NULL },
    { "name", file_get_name, file_set_name, NULL },
    { "mode", file_get_mode, NULL, NULL },
    { NULL }
};

static TyGetSetDef raw_getset[] = {
    { "closed", file_get_closed, NULL, "True if the file is closed" },
    { "name", file_get_name, file_set_name, NULL },
    { "mode", file_get_mode, NULL, "String giving the file mode" },
    { "closefd", file_get_closefd, NULL, "True if the file descriptor will be closed by close()." },
    { NULL }
};

#define FILE_TYPE(var, tname, meths, gs, newf, docstr)       \
    TyType var = {                                           \
        .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },           \
        .name = tname,                                       \
        .basicsize = sizeof(TyFile),                         \
        .dealloc = file_dealloc,                             \
        .repr = file_repr,                                   \
        .iter = file_iter,                                   \
        .iternext = file_iternext,                           \
        .methods = meths,                                    \
        .getset = gs,                                        \
        .tp_new = newf,                                      \
        .doc = docstr,                                       \
    }

/*
** FileIO(file, mode='r', closefd=True, opener=None): what open() gives
** for the same arguments with 'b' added to the mode and buffering=0.
** Classes cannot extend it: the object open() makes has this type.  New
** reference.
*/
static TyObject *fileio_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "file", "mode", "closefd", "opener", NULL };
    TyObject *a[4];
    if (tyArg_unpack("FileIO", args, nargs, kwnames, names, 1, 4, a) < 0)
        return NULL;
    if (type != &TyFileRaw_Type)
        return tyErr_setString(&TyExc_TypeError, "tally's _io.FileIO cannot be subclassed");
    if (a[1] && !TY_STR_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "FileIO() argument 'mode' must be str, not %T", a[1]);
    const char *mode = a[1] ? TY_STR_UTF8(a[1]) : "r";
    if (strchr(mode, 't'))
        return tyErr_format(&TyExc_ValueError, "invalid mode: %s", mode);
    TyObject *bmode = tyStr_fromFormat(strchr(mode, 'b') ? "%s" : "%sb", mode);
    TyObject *zero = tyInt_fromI64(0);
    TyObject *r = NULL;
    if (bmode && zero) {
        TyObject *argv[8] = { a[0], bmode, zero, TY_NONE, TY_NONE, TY_NONE,
                              a[2] ? a[2] : TY_TRUE, a[3] ? a[3] : TY_NONE };
        r = tyFile_open(NULL, argv, 8, NULL);
    }
    TY_XDECREF(bmode);
    TY_XDECREF(zero);
    return r;
}

FILE_TYPE(TyFileText_Type, "_io.TextIOWrapper", text_methods, text_getset, NULL,
          "A text file (UTF-8) opened by open().");
FILE_TYPE(TyFileReader_Type, "_io.BufferedReader", binary_methods, binary_getset, NULL,
          "A binary file opened by open() for reading.");
FILE_TYPE(TyFileWriter_Type, "_io.BufferedWriter", binary_methods, binary_getset, NULL,
          "A binary file opened by open() for writing.");
FILE_TYPE(TyFileRandom_Type, "_io.BufferedRandom", binary_methods, binary_getset, NULL,
          "A binary file opened by open() for reading and writing.");
FILE_TYPE(TyFileRaw_Type, "_io.FileIO", binary_methods, raw_getset, fileio_new,
          "An unbuffered binary file (open() with buffering=0).");

/* ---- open() ------------------------------------------------------------------- */

/* The KIND_* of a file object of `type`. */
static int kind_of(TyType *type)
{
    return type == &TyFileText_Type ? KIND_TEXT : type == &TyFileReader_Type ? KIND_READER
         : type == &TyFileWriter_Type ? KIND_WRITER : type == &TyFileRandom_Type ? KIND_RANDOM
         : KIND_RAW;
}

/* Parse mode with the checks and messages of CPython's io.open and
** FileIO.__init__, in their order.  0 / -1 with ValueError. */
static int parse_mode(const char *mode, OpenMode *m)
{
    memset(m, 0, sizeof *m);
    for (const char *p = mode; *p; p++) {
        bool *flag;
        switch (*p) {
        case 'x': flag = &m->creating; break;
        case 'r': flag = &m->reading; break;
        case 'w': flag = &m->writing; break;
        case 'a': flag = &m->appending; break;
        case '+': flag = &m->updating; break;
        case 't': flag = &m->text; break;
        case 'b': flag = &m->binary; break;
        default: flag = NULL; break;
        }
        if (!flag || strchr(p + 1, *p)) {
            tyErr_format(&TyExc_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        *flag = true;
    }
    int kinds = m->creating + m->reading + m->writing + m->appending;
    if (m->text && m->binary) {
        tyErr_setString(&TyExc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (kinds > 1) {
        tyErr_setString(&TyExc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

/* A str or None argument of open(): its UTF-8 (NULL for None), or -1
** with CPython's TypeError. */
static int str_or_none(const char *argname, TyObject *o, const char **out)
{
    *out = NULL;
    if (!o || o == TY_NONE)
        return 0;
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "open() argument '%s' must be str or None, not %A", argname, o);
        return -1;
    }
    *out = TY_STR_UTF8(o);
    return 0;
}

/* open(2) the path `file` (str or bytes) with flags: the descriptor, or -1
** with ValueError for an embedded NUL or the OSError naming file. */
static int open_path(TyObject *file, int flags)
{
    const char *p = TY_STR_CHECK(file) ? TY_STR_UTF8(file) : TY_BYTES_DATA(file);
    size_t n = TY_STR_CHECK(file) ? (size_t)TY_STR_NBYTES(file) : (size_t)TY_BYTES_LEN(file);
    if (memchr(p, '\0', n)) {
        tyErr_setString(&TyExc_ValueError, "embedded null byte");
        return -1;
    }
    char *path = tyMem_malloc(n + 1);
    if (!path)
        return -1;
    memcpy(path, p, n);
    path[n] = '\0';
    int fd;
    do {
        fd = open(path, flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR && tyErr_checkSignals() == 0);
    tyMem_free(path);
    if (fd < 0 && !tyErr_occurred())
        tyErr_fromErrno(&TyExc_OSError, file);
    return fd;
}

/* opener(file, flags): the descriptor it returns, or -1 with an exception
** (CPython's ValueError "opener returned -1" for a negative one). */
static int call_opener(TyObject *opener, TyObject *file, int flags)
{
    TyObject *fl = tyInt_fromI64(flags | O_CLOEXEC);
    if (!fl)
        return -1;
    TyObject *argv[2] = { file, fl };
    TyObject *r = tyObj_call(opener, argv, 2, NULL);
    TY_DECREF(fl);
    if (!r)
        return -1;
    ssize_t fd = TY_INT_CHECK(r) ? tyNum_asSsize(r, NULL) : -1;
    if (!TY_INT_CHECK(r))
        tyErr_setString(&TyExc_TypeError, "expected opener to return an integer");
    else if (fd < 0 && !tyErr_occurred())
        tyErr_format(&TyExc_ValueError, "opener returned %zd", fd);
    TY_DECREF(r);
    return tyErr_occurred() ? -1 : (int)fd;
}

/*
** Is `encoding` a name of UTF-8 (the text this object decodes itself)?
** Asked of the codec layer (which reaches every codec of the registry) by
** decoding the UTF-8 of "\ufeffé" "A": only UTF-8 gives it back (UTF-8-SIG
** drops the BOM).  A name no codec has is left for _io's TextIOWrapper
** to report.
*/
static bool is_utf8(TyObject *encoding)
{
    if (!encoding || encoding == TY_NONE || strcmp(TY_STR_UTF8(encoding), "locale") == 0)
        return true;
    TyObject *probe = tyStr_decode("\xef\xbb\xbf\xc3\xa9" "A", 6, TY_STR_UTF8(encoding), "replace");
    if (!probe) {
        tyErr_clear();
        return false;
    }
    bool utf8 = tyStr_eqC(probe, "\xef\xbb\xbf\xc3\xa9" "A");
    TY_DECREF(probe);
    return utf8;
}

/*
** Text in another encoding than UTF-8: _io's TextIOWrapper (its Python
** half) over the binary file `binary` (stolen), with open()'s mode as its
** `mode` attribute, as CPython's open() sets it.  New reference.
*/
/* Release a file open() made but cannot return: closed first, as CPython's
** open() closes the layers it made, so no "unclosed file" warning is given.
** The exception being raised survives. */
static void discard_file(TyFile *f)
{
    if (f->fd >= 0) {
        TyObject *exc = tyErr_fetch();
        if (close_file(f) < 0)
            tyErr_clear();
        tyErr_restore(exc);
    }
    TY_DECREF(f);
}

static TyObject *wrap_text(TyObject *binary, TyObject *const *a, TyObject *mode, bool line_buffering)
{
    TyObject *io = tyImport_importC("_io");
    TyObject *cls = io ? tyObj_getAttrStr(io, "TextIOWrapper") : NULL;
    TY_XDECREF(io);
    TyObject *r = NULL;
    if (cls) {
        TyObject *argv[5] = { binary, a[3], a[4] ? a[4] : TY_NONE, a[5] ? a[5] : TY_NONE,
                              line_buffering ? TY_TRUE : TY_FALSE };
        r = tyObj_call(cls, argv, 5, NULL);
        TY_DECREF(cls);
    }
    if (r && tyObj_setAttrStr(r, "mode", mode) < 0)
        TY_CLEAR(r);
    if (r)
        TY_DECREF(binary);
    else
        discard_file(FILE_(binary));
    return r;
}

/* The type and mode attribute of a binary file, as CPython's open() and
** FileIO name them. */
static void binary_kind(const OpenMode *m, bool raw, TyType **type, const char **mode)
{
    bool rd = m->reading || m->updating, wr = !m->reading || m->updating;
    *type = raw ? &TyFileRaw_Type
          : rd && wr ? &TyFileRandom_Type
          : rd ? &TyFileReader_Type
          : &TyFileWriter_Type;
    if (m->creating)
        *mode = m->updating ? "xb+" : "xb";
    else if (m->appending)
        *mode = m->updating ? "ab+" : "ab";
    else if (rd)
        *mode = wr ? "rb+" : "rb";
    else
        *mode = "wb";
}

/* Give f its text-mode state: the newline, encoding and errors arguments
** checked in the order CPython's TextIOWrapper checks them.  0 / -1. */
static int init_text(TyFile *f, TyObject *encoding, const char *errors, const char *newline)
{
    if (!newline)
        f->newline = NL_UNIVERSAL;
    else if (strcmp(newline, "") == 0)
        f->newline = NL_UNTRANSLATED;
    else if (strcmp(newline, "\n") == 0)
        f->newline = NL_LF;
    else if (strcmp(newline, "\r") == 0)
        f->newline = NL_CR;
    else if (strcmp(newline, "\r\n") == 0)
        f->newline = NL_CRLF;
    else {
        tyErr_format(&TyExc_ValueError, "illegal newline value: %s", newline);
        return -1;
    }
    if (encoding && encoding != TY_NONE && strcmp(TY_STR_UTF8(encoding), "locale") != 0) {
        f->encoding = TY_NEWREF(encoding);
    } else if (!(f->encoding = tyStr_fromCStr("UTF-8")))
        return -1;
    f->errors = tyStr_fromCStr(errors ? errors : "strict");
    return f->errors ? 0 : -1;
}

/*
** The str or bytes an os.PathLike object stands for (its __fspath__()),
** with CPython's TypeErrors for other objects.  New reference.
*/
static TyObject *fspath(TyObject *file)
{
    TyObject *name = tyStr_fromCStr("__fspath__");
    TyObject *meth = name ? tyObj_lookupSpecial(file, name) : NULL;
    TY_XDECREF(name);
    if (!meth) {
        if (!tyErr_occurred())
            tyErr_format(&TyExc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        return NULL;
    }
    TyObject *r = tyObj_call(meth, NULL, 0, NULL);
    TY_DECREF(meth);
    if (r && !TY_STR_CHECK(r) && !TY_BYTES_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", file, r);
        TY_CLEAR(r);
    }
    return r;
}

static TyObject *open_checked(TyObject *const *a, const char *mode, ssize_t buffering,
                              const char *encoding, const char *errors, const char *newline,
                              ssize_t closefd);

/*
** open(): the checks run in CPython's order -- argument types, the mode,
** then the descriptor is opened (so mode 'w' truncates the file even when
** a text argument is refused next, as in CPython), then buffering and the
** text arguments.  A descriptor open() was given is left open when the
** opening itself fails (FileIO's rule) and closed, if closefd, when a
** later check fails.  New reference.
*/
TyObject *tyFile_open(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL };
    TyObject *a[8];
    if (tyArg_unpack("open", args, nargs, kwnames, names, 1, 8, a) < 0)
        return NULL;
    TyObject *file = a[0];
    const char *mode = "r", *errors, *newline, *encoding;
    ssize_t buffering = -1, closefd = 1;
    if (a[1] && !TY_STR_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "open() argument 'mode' must be str, not %A", a[1]);
    if (a[1])
        mode = TY_STR_UTF8(a[1]);
    if (a[2] && (buffering = tyNum_asSsize(a[2], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (str_or_none("encoding", a[3], &encoding) < 0 || str_or_none("errors", a[4], &errors) < 0 ||
        str_or_none("newline", a[5], &newline) < 0)
        return NULL;
    if (a[6] && (closefd = tyNum_asSsize(a[6], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (!TY_INT_CHECK(file) && !TY_STR_CHECK(file) && !TY_BYTES_CHECK(file)) {
        TyObject *path = fspath(file);
        if (!path)
            return NULL;
        TyObject *argv[8];
        for (int i = 0; i < 8; i++)
            argv[i] = i == 0 ? path : a[i];
        TyObject *r = open_checked(argv, mode, buffering, encoding, errors, newline, closefd);
        TY_DECREF(path);
        return r;
    }
    return open_checked(a, mode, buffering, encoding, errors, newline, closefd);
}

/* open() once its arguments are checked and `a[0]` is a str, bytes or int. */
static TyObject *open_checked(TyObject *const *a, const char *mode, ssize_t buffering,
                              const char *encoding, const char *errors, const char *newline,
                              ssize_t closefd)
{
    TyObject *file = a[0], *opener = a[7];
    bool is_fd = TY_INT_CHECK(file);

    OpenMode m;
    if (parse_mode(mode, &m) < 0)
        return NULL;
    if (m.binary && encoding)
        return tyErr_setString(&TyExc_ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && errors)
        return tyErr_setString(&TyExc_ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && newline)
        return tyErr_setString(&TyExc_ValueError, "binary mode doesn't take a newline argument");
    if (m.creating + m.reading + m.writing + m.appending != 1)
        return tyErr_setString(&TyExc_ValueError,
                               "Must have exactly one of create/read/write/append mode and at most one plus");
#ifdef TY_FUZZ
    /* Fuzzed programs must not touch the files of whoever runs the fuzzer,
    ** nor the fuzzer's own descriptors, nor wait on a FIFO, a terminal or
    ** a device: they may only read regular files named by a path. */
    if (!m.reading || m.updating || is_fd || (opener && opener != TY_NONE))
        return tyErr_setString(&TyExc_PermissionError,
                               "open() only reads files by path in fuzzer builds");
#endif

    int flags = m.updating ? O_RDWR : m.reading ? O_RDONLY : O_WRONLY;
    if (m.creating)
        flags |= O_CREAT | O_EXCL;
    else if (m.writing)
        flags |= O_CREAT | O_TRUNC;
    else if (m.appending)
        flags |= O_CREAT | O_APPEND;
#ifdef TY_FUZZ
    flags |= O_NONBLOCK;
#endif
    int fd;
    if (is_fd) {
        fd = (int)tyNum_asSsize(file, NULL);
        if (fd == -1 && tyErr_occurred())
            return NULL;
        if (fd < 0)
            return tyErr_setString(&TyExc_ValueError, "negative file descriptor");
    } else if (!closefd)
        return tyErr_setString(&TyExc_ValueError, "Cannot use closefd=False with file name");
    else {
        fd = opener && opener != TY_NONE ? call_opener(opener, file, flags) : open_path(file, flags);
        if (fd < 0)
            return NULL;
    }

    bool close_on_fail = !is_fd;
    TyFile *f;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        tyErr_fromErrno(&TyExc_OSError, NULL);
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        tyErr_fromErrno(&TyExc_OSError, file);
        goto fail;
    }
#ifdef TY_FUZZ
    if (!S_ISREG(st.st_mode)) {
        tyErr_setString(&TyExc_PermissionError, "open() only reads regular files in fuzzer builds");
        goto fail;
    }
#endif
    if (m.appending && lseek(fd, 0, SEEK_END) == (off_t)-1 && errno != ESPIPE) {
        tyErr_fromErrno(&TyExc_OSError, file);
        goto fail;
    }
    close_on_fail = closefd != 0;
    if (buffering == 0 && !m.binary) {
        tyErr_setString(&TyExc_ValueError, "can't have unbuffered text I/O");
        goto fail;
    }
    TyType *type = &TyFileText_Type;
    const char *attr_mode = mode;
    bool foreign = !m.binary && !is_utf8(a[3]);
    if (m.binary || foreign)
        binary_kind(&m, buffering == 0, &type, &attr_mode);
    f = (TyFile *)tyObj_alloc(type);
    if (!f)
        goto fail;
    f->fd = fd;
    f->closefd = closefd != 0;
    f->kind = kind_of(type);
    f->readable = m.reading || m.updating;
    f->writable = !m.reading || m.updating;
    f->seekable = -1;
    f->telling = true;
    f->line_buffering = buffering == 1 && !m.binary;
    f->wcap = buffering == 0 ? 0 : buffering > 1 ? (size_t)buffering : CHUNK_SIZE;
    f->name = TY_NEWREF(file);
    f->mode = m.binary || foreign ? tyStr_fromCStr(attr_mode)
            : a[1] ? TY_NEWREF(a[1]) : tyStr_fromCStr(mode);
    if (!f->mode)
        goto fail_object;
    if (foreign) {
        TyObject *text_mode = a[1] ? TY_NEWREF(a[1]) : tyStr_fromCStr(mode);
        if (!text_mode)
            goto fail_object;
        TyObject *r = wrap_text((TyObject *)f, a, text_mode, buffering == 1);
        TY_DECREF(text_mode);
        return r;
    }
    if (!m.binary && init_text(f, a[3], errors, newline) < 0)
        goto fail_object;
    return (TyObject *)f;

fail_object:
    /* The object owns the descriptor now. */
    discard_file(f);
    return NULL;
fail:
    if (close_on_fail)
        close(fd);
    return NULL;
}
