/*
** hashbuiltin.c — _md5, _sha1, _sha256, _sha512 and _sha3: the modules
** hashlib.py falls back on when _hashlib is missing or blocked (and that
** test_hashlib checks on their own).  CPython compiles its own digest code
** into them; here each constructor makes the same hash object as
** _hashlib's, over OpenSSL's digest of that name, with the constructor's
** own name in its messages.
*/
#include "tally.h"
#include "modules/hashlib.h"

#define TY_X_(py, ossl)                                                                               \
    static TyObject *builtin_##py(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                                 \
        (void)m;                                                                                      \
        return tyHashlib_construct(#py, ossl, args, nargs, kwnames);                                  \
    }
TY_HASH_DIGESTS(TY_X_)
#undef TY_X_

#define ENTRY(py) { #py, builtin_##py, TY_METH_DEFAULT, "Return a new " #py " hash object." }

static TyMethodDef md5_functions[] = { ENTRY(md5), { NULL } };
static TyMethodDef sha1_functions[] = { ENTRY(sha1), { NULL } };
static TyMethodDef sha256_functions[] = { ENTRY(sha224), ENTRY(sha256), { NULL } };
static TyMethodDef sha512_functions[] = { ENTRY(sha384), ENTRY(sha512), { NULL } };
static TyMethodDef sha3_functions[] = { ENTRY(sha3_224), ENTRY(sha3_256), ENTRY(sha3_384), ENTRY(sha3_512),
                                        ENTRY(shake_128), ENTRY(shake_256), { NULL } };

/* A module of these functions, once the hash types are ready. */
static TyObject *builtin_module(const char *name, TyMethodDef *functions)
{
    return tyHashlib_ready() < 0 ? NULL : tyModule_new(name, functions);
}

TyObject *tyHashBuiltin_md5(void)
{
    return builtin_module("_md5", md5_functions);
}

TyObject *tyHashBuiltin_sha1(void)
{
    return builtin_module("_sha1", sha1_functions);
}

TyObject *tyHashBuiltin_sha256(void)
{
    return builtin_module("_sha256", sha256_functions);
}

TyObject *tyHashBuiltin_sha512(void)
{
    return builtin_module("_sha512", sha512_functions);
}

TyObject *tyHashBuiltin_sha3(void)
{
    return builtin_module("_sha3", sha3_functions);
}
