/*
** hashlib.h — the `_hashlib` module over OpenSSL's libcrypto (see
** hashlib.c).
*/
#ifndef TY_HASHLIB_H
#define TY_HASHLIB_H

#include "../object.h"

/* The _hashlib module: new reference, or NULL.  Readies the HASH, HASHXOF
** and HMAC types and makes UnsupportedDigestmodError. */
TyObject *tyHashlib_create(void);

/* compare_digest(a, b), also _operator._compare_digest: a == b for two
** ASCII strs or two bytes-like objects, in a time that depends on b's
** length only.  New reference (a bool), or NULL with TypeError. */
TyObject *tyHashlib_compareDigest(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* Releases the exception class and the types (at exit). */
void tyHashlib_fini(void);

#endif
