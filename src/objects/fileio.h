/*
** fileio.h — file objects and the builtin open(): CPython's
** _io.TextIOWrapper (text, UTF-8), _io.BufferedReader / BufferedWriter /
** BufferedRandom (binary) and _io.FileIO (binary, buffering=0).
**
** One object is the whole stack CPython builds from three layers (FileIO,
** a buffer, the text wrapper): it owns the file descriptor, one read
** buffer and one write buffer, and, in text mode, decodes UTF-8 and
** translates newlines itself.  A text file's .buffer is a binary object
** over the same descriptor; there is no .raw.
** Text in another encoding is _io's TextIOWrapper (iomodule.py) over
** the binary object, made by open() too.  _io.FileIO(...) is open()
** with buffering=0.
*/
#ifndef TY_FILEIO_H
#define TY_FILEIO_H

#include "../object.h"

extern TyType TyFileText_Type, TyFileReader_Type, TyFileWriter_Type, TyFileRandom_Type,
    TyFileRaw_Type;

/*
** The builtin open(file, mode='r', buffering=-1, encoding=None,
** errors=None, newline=None, closefd=True, opener=None), with CPython
** 3.11's argument checks and messages.  file is a str or bytes path, an
** os.PathLike object (its __fspath__()) or an int file descriptor.
** New reference to a file object.
*/
TyObject *tyFile_open(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);

#endif
