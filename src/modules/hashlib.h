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

/* The named constructors, X(python name, OpenSSL digest name): _hashlib's
** openssl_md5... and the builtin modules' md5... */
#define TY_HASH_DIGESTS(X)                                                                    \
    X(md5, "MD5") X(sha1, "SHA1") X(sha224, "SHA224") X(sha256, "SHA256") X(sha384, "SHA384")   \
    X(sha512, "SHA512") X(sha3_224, "SHA3-224") X(sha3_256, "SHA3-256") X(sha3_384, "SHA3-384") \
    X(sha3_512, "SHA3-512") X(shake_128, "SHAKE128") X(shake_256, "SHAKE256")

/* Readies the hash types and UnsupportedDigestmodError, for _hashlib and
** for the builtin hash modules (hashbuiltin.c), whichever comes first.
** 0 / -1. */
int tyHashlib_ready(void);

/* A hash object of OpenSSL's digest `digest` ("SHA256") over the
** arguments (string=b'', *, usedforsecurity=True) of the function fname:
** the constructors of _hashlib and of the builtin hash modules.  New
** reference, or NULL. */
TyObject *tyHashlib_construct(const char *fname, const char *digest, TyObject *const *args, size_t nargs,
                              TyObject *kwnames);

/* compare_digest(a, b), also _operator._compare_digest: a == b for two
** ASCII strs or two bytes-like objects, in a time that depends on b's
** length only.  New reference (a bool), or NULL with TypeError. */
TyObject *tyHashlib_compareDigest(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* Releases the exception class and the types (at exit). */
void tyHashlib_fini(void);

/* The builtin hash modules hashlib falls back on (_md5, _sha1, _sha256,
** _sha512, _sha3): their constructors over the same OpenSSL digests.
** New references. */
TyObject *tyHashBuiltin_md5(void);
TyObject *tyHashBuiltin_sha1(void);
TyObject *tyHashBuiltin_sha256(void);
TyObject *tyHashBuiltin_sha512(void);
TyObject *tyHashBuiltin_sha3(void);

#endif
