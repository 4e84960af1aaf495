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

/* Releases the exception class and the types (at exit). */
void tyHashlib_fini(void);

#endif
