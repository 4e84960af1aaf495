/*
** stdiobuf.h — the binary layer of sys.stdin / stdout / stderr: the
** object `sys.stdout.buffer` returns (CPython's _io.BufferedReader /
** BufferedWriter).
**
** It writes and reads through the same C stdio FILE as its text stream
** (textio.c), so bytes written to sys.stdout.buffer and text printed to
** sys.stdout reach the descriptor in the order the program wrote them,
** as CPython's layers keep them, and C code printing to the FILE stays in
** order too.  Like the text stream it never closes the FILE.
*/
#ifndef TY_STDIOBUF_H
#define TY_STDIOBUF_H

#include <stdio.h>
#include "../object.h"

extern TyType TyStdioReader_Type, TyStdioWriter_Type;

/* A binary stream over f (borrowed), named `name` (a str, borrowed),
** readable or writable; flush_each flushes after every write (stderr).
** New reference. */
TyObject *tyStdioBuf_new(FILE *f, TyObject *name, bool readable, bool flush_each);

/* Has close() been called on the binary stream o? */
bool tyStdioBuf_closed(TyObject *o);

/* Mark o closed (its text stream was closed), flushing what it wrote. */
void tyStdioBuf_close(TyObject *o);

/* At exit: release what tyStdioBuf_new's tyType_ready built. */
void tyStdioBuf_fini(void);

#endif
