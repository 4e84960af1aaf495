/*
** zlibmodule.h — the `zlib` module over the system's zlib (see
** zlibmodule.c).
*/
#ifndef TY_ZLIBMODULE_H
#define TY_ZLIBMODULE_H

#include "../object.h"

/* The zlib module: new reference, or NULL.  Readies the Compress and
** Decompress types and makes zlib.error. */
TyObject *tyZlib_create(void);

/* fn (zlib's crc32 or adler32) over data[0..n) from value, in chunks zlib
** can count. */
uint32_t tyZlib_checksum(unsigned long (*fn)(unsigned long, const unsigned char *, unsigned),
                         uint32_t value, const char *data, ssize_t n);

/* Releases zlib.error and the types (at exit). */
void tyZlib_fini(void);

#endif
