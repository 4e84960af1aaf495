/*
** textio.h — text streams over C stdio: the objects behind sys.stdin,
** sys.stdout and sys.stderr (CPython's _io.TextIOWrapper, UTF-8).
**
** A stream wraps a FILE* it does not own: close() flushes and marks the
** stream closed but leaves the FILE open, as CPython's standard streams
** (closefd=False) do.  Writes go through stdio's buffer, so stdout is
** line-buffered on a terminal and fully buffered otherwise, as in CPython;
** a stream named "<stderr>" is flushed after every write.  Text is UTF-8
** both ways; newlines are not translated (CPython's POSIX setting).
** `.buffer` is the binary layer over the same FILE (stdiobuf.h), and
** reconfigure() changes the error handler and the buffering.
*/
#ifndef TY_TEXTIO_H
#define TY_TEXTIO_H

#include <stdio.h>
#include "../object.h"

extern TyType TyTextIO_Type;

/* Is o a text stream of this type? */
bool tyTextIO_check(TyObject *o);

/* Write the str `str` to stream: 0, or -1 with an exception (TypeError
** for a non-str, ValueError on a closed stream, OSError -- BrokenPipeError
** for EPIPE -- when stdio fails). */
int tyTextIO_write(TyObject *stream, TyObject *str);
/* Write n bytes of UTF-8 text; the same errors as tyTextIO_write. */
int tyTextIO_writeC(TyObject *stream, const char *s, size_t n);
/* Flush stdio's buffer: 0, or -1 with OSError.  A closed stream is a
** no-op (what CPython's shutdown flush does). */
int tyTextIO_flush(TyObject *stream);

/* A stream over f (borrowed: never closed by the stream).  name is what
** .name reports ("<stdout>"); mode is "r" or "w".  New reference. */
TyObject *tyTextIO_new(FILE *f, const char *name, const char *mode);

/* Raise io.UnsupportedOperation(what) (bases OSError and ValueError, so
** `except OSError` and `except ValueError` both catch it).  Returns NULL. */
TyObject *tyTextIO_unsupported(const char *what);

/* io.UnsupportedOperation, made on first use; NULL with an exception
** when it cannot be made.  Borrowed reference. */
TyObject *tyTextIO_unsupportedClass(void);

/* At exit, once no stream is left: releases io.UnsupportedOperation (the
** exception raised by reading a write-only stream and the reverse, made
** on first use) and what tyTextIO_new's tyType_ready built. */
void tyTextIO_fini(void);

#endif
