/*
** hashlib.c — the `_hashlib` module over OpenSSL's libcrypto, which
** CPython's hashlib.py and hmac.py import first: HASH objects for every
** digest OpenSSL provides (HASHXOF for the SHAKEs), the openssl_*
** constructors, new(), pbkdf2_hmac, scrypt, HMAC objects, compare_digest.
**
** Names follow CPython: a digest is asked for by its Python name
** ("sha3_256", "blake2b") or any name OpenSSL knows ("SHA3-256",
** "sha512-224"), and reports its Python name.  OpenSSL's failures become
** "[library] reason" messages, as CPython words them.
*/
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/params.h>
#include "tally.h"
#include "buffer.h"
#include "objects/set.h"
#include "modules/hashlib.h"

typedef struct Hash {
    TyObject ob;
    EVP_MD_CTX *ctx;
} Hash;

typedef struct Hmac {
    TyObject ob;
    EVP_MAC_CTX *ctx;
    const EVP_MD *md;   /* fetched: owned */
} Hmac;

static TyType Hash_Type, HashXof_Type, Hmac_Type;

/* Python's names of the digests whose OpenSSL names differ. */
static const struct { const char *py, *ossl; int nid; } digest_names[] = {
    { "md5", "MD5", NID_md5 }, { "sha1", "SHA1", NID_sha1 }, { "sha224", "SHA224", NID_sha224 },
    { "sha256", "SHA256", NID_sha256 }, { "sha384", "SHA384", NID_sha384 }, { "sha512", "SHA512", NID_sha512 },
    { "sha512_224", "SHA512-224", NID_sha512_224 }, { "sha512_256", "SHA512-256", NID_sha512_256 },
    { "sha3_224", "SHA3-224", NID_sha3_224 }, { "sha3_256", "SHA3-256", NID_sha3_256 },
    { "sha3_384", "SHA3-384", NID_sha3_384 }, { "sha3_512", "SHA3-512", NID_sha3_512 },
    { "shake_128", "SHAKE128", NID_shake128 }, { "shake_256", "SHAKE256", NID_shake256 },
    { "blake2s", "BLAKE2S256", NID_blake2s256 }, { "blake2b", "BLAKE2B512", NID_blake2b512 },
};

/* Raise exc with OpenSSL's last error as "[library] reason" (CPython's
** wording), or "unknown reasons" when OpenSSL recorded none.  NULL. */
static TyObject *ossl_error(TyType *exc)
{
    unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    const char *lib = code ? ERR_lib_error_string(code) : NULL;
    const char *reason = code ? ERR_reason_error_string(code) : NULL;
    if (!reason)
        return tyErr_setString(exc, "unknown reasons");
    if (lib)
        return tyErr_format(exc, "[%s] %s", lib, reason);
    return tyErr_setString(exc, reason);
}

/* The digest named `name` (a str): a fetched EVP_MD the caller frees, or
** NULL with ValueError. */
static EVP_MD *digest_by_name(TyObject *name)
{
    if (!TY_STR_CHECK(name)) {
        tyErr_format(&TyExc_TypeError, "new() argument 'name' must be str, not %T", name);
        return NULL;
    }
    const char *s = TY_STR_UTF8(name);
    for (size_t i = 0; i < TY_ARRAY_LEN(digest_names); i++)
        if (strcmp(digest_names[i].py, s) == 0)
            s = digest_names[i].ossl;
    EVP_MD *md = EVP_MD_fetch(NULL, s, NULL);
    if (!md)
        ossl_error(&TyExc_ValueError);
    return md;
}

/* Python's name of a digest: new reference. */
static TyObject *digest_py_name(const EVP_MD *md)
{
    int nid = EVP_MD_get_type(md);
    for (size_t i = 0; i < TY_ARRAY_LEN(digest_names); i++)
        if (digest_names[i].nid == nid)
            return tyStr_fromCStr(digest_names[i].py);
    const char *ln = nid != NID_undef ? OBJ_nid2ln(nid) : NULL;
    const char *n = EVP_MD_get0_name(md);
    return tyStr_fromCStr(ln ? ln : n ? n : "unknown");
}

/* The bytes update() and the constructors hash: 0, or -1 with CPython's
** TypeError for a str or an object without the buffer protocol. */
static int hash_data(TyObject *o, TyBuffer *view)
{
    if (TY_STR_CHECK(o)) {
        tyErr_setString(&TyExc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!tyBuffer_check(o)) {
        tyErr_setString(&TyExc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return tyBuffer_get(o, view);
}

/* ---- HASH and HASHXOF ---------------------------------------------------------- */

static TyObject *hash_update_with(Hash *h, TyObject *data)
{
    TyBuffer view;
    if (hash_data(data, &view) < 0)
        return NULL;
    if (!EVP_DigestUpdate(h->ctx, view.data, (size_t)view.len))
        return ossl_error(&TyExc_ValueError);
    return TY_NEWREF(TY_NONE);
}

/* A HASH (HASHXOF for an extendable-output digest) over md, fed data
** (may be NULL): new reference.  md is borrowed. */
static TyObject *hash_new(const EVP_MD *md, TyObject *data)
{
    TyBuffer view;
    if (data && hash_data(data, &view) < 0)
        return NULL;
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    Hash *h = (Hash *)tyObj_alloc(xof ? &HashXof_Type : &Hash_Type);
    if (!h)
        return NULL;
    if (!(h->ctx = EVP_MD_CTX_new()) || !EVP_DigestInit_ex(h->ctx, md, NULL)) {
        TY_DECREF(h);
        return ossl_error(&TyExc_ValueError);
    }
    if (data) {
        TyObject *r = hash_update_with(h, data);
        if (!r) {
            TY_DECREF(h);
            return NULL;
        }
        TY_DECREF(r);
    }
    return (TyObject *)h;
}

static void hash_dealloc(TyObject *o)
{
    EVP_MD_CTX_free(((Hash *)o)->ctx);
    tyObj_free(o);
}

static TyObject *hash_update(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("update", kwnames) < 0 || tyArg_checkCount("update", nargs, 1, 1) < 0)
        return NULL;
    return hash_update_with((Hash *)self, args[0]);
}

/* The digest so far (of `length` bytes for a XOF), from a copy of the
** context so that hashing can go on: new reference to bytes. */
static TyObject *hash_final(Hash *h, ssize_t length)
{
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    unsigned char fixed[EVP_MAX_MD_SIZE];
    unsigned char *out = fixed;
    unsigned int n = 0;
    TyObject *r = NULL;
    if (length >= 0 && !(out = tyMem_malloc((size_t)(length ? length : 1)))) {
        EVP_MD_CTX_free(c);
        return NULL;
    }
    bool ok = c && EVP_MD_CTX_copy_ex(c, h->ctx) &&
              (length >= 0 ? EVP_DigestFinalXOF(c, out, (size_t)length) : EVP_DigestFinal_ex(c, out, &n));
    if (ok)
        r = tyBytes_fromData((const char *)out, length >= 0 ? length : (ssize_t)n);
    else
        ossl_error(&TyExc_ValueError);
    if (out != fixed)
        tyMem_free(out);
    EVP_MD_CTX_free(c);
    return r;
}

/* A digest (stolen; may be NULL) as hex digits: new reference. */
static TyObject *hex_of(TyObject *digest)
{
    if (!digest)
        return NULL;
    TyObject *r = tyBytes_hexString(TY_BYTES_DATA(digest), TY_BYTES_LEN(digest));
    TY_DECREF(digest);
    return r;
}

static TyObject *hash_digest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("digest", kwnames) < 0 || tyArg_checkPositional("digest", nargs, 0, 0) < 0)
        return NULL;
    return hash_final((Hash *)self, -1);
}

static TyObject *hash_hexdigest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("hexdigest", kwnames) < 0 || tyArg_checkPositional("hexdigest", nargs, 0, 0) < 0)
        return NULL;
    return hex_of(hash_final((Hash *)self, -1));
}

/* A XOF's digest(length) / hexdigest(length) argument: 0 or -1. */
static int xof_length(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames, ssize_t *out)
{
    static const char *const names[] = { "length", NULL };
    TyObject *a[1];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 1, 1, a) < 0)
        return -1;
    *out = tyNum_asSsize(a[0], NULL);
    if (*out == -1 && tyErr_occurred())
        return -1;
    if (*out < 0) {
        tyErr_setString(&TyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return -1;
    }
    return 0;
}

static TyObject *xof_digest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t length;
    if (xof_length("digest", args, nargs, kwnames, &length) < 0)
        return NULL;
    return hash_final((Hash *)self, length);
}

static TyObject *xof_hexdigest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    ssize_t length;
    if (xof_length("hexdigest", args, nargs, kwnames, &length) < 0)
        return NULL;
    return hex_of(hash_final((Hash *)self, length));
}

static TyObject *hash_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("copy", kwnames) < 0 || tyArg_checkPositional("copy", nargs, 0, 0) < 0)
        return NULL;
    Hash *h = (Hash *)tyObj_alloc(TY_TYPE(self));
    if (!h)
        return NULL;
    if (!(h->ctx = EVP_MD_CTX_new()) || !EVP_MD_CTX_copy_ex(h->ctx, ((Hash *)self)->ctx)) {
        TY_DECREF(h);
        return ossl_error(&TyExc_ValueError);
    }
    return (TyObject *)h;
}

static TyObject *hash_get_name(TyObject *self)
{
    return digest_py_name(EVP_MD_CTX_get0_md(((Hash *)self)->ctx));
}

static TyObject *hash_get_digest_size(TyObject *self)
{
    const EVP_MD *md = EVP_MD_CTX_get0_md(((Hash *)self)->ctx);
    return tyInt_fromI64((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) ? 0 : EVP_MD_get_size(md));
}

static TyObject *hash_get_block_size(TyObject *self)
{
    return tyInt_fromI64(EVP_MD_get_block_size(EVP_MD_CTX_get0_md(((Hash *)self)->ctx)));
}

static TyObject *hash_repr(TyObject *self)
{
    TyObject *name = hash_get_name(self);
    if (!name)
        return NULL;
    TyObject *r = tyStr_fromFormat("<%U %s object @ %p>", name, TY_TYPE(self)->name, (void *)self);
    TY_DECREF(name);
    return r;
}

static TyMethodDef hash_methods[] = {
    { "update", hash_update, TY_METH_DEFAULT, "Update this hash object's state with the provided string." },
    { "digest", hash_digest, TY_METH_DEFAULT, "Return the digest value as a bytes object." },
    { "hexdigest", hash_hexdigest, TY_METH_DEFAULT, "Return the digest value as a string of hexadecimal digits." },
    { "copy", hash_copy, TY_METH_DEFAULT, "Return a copy of the hash object." },
    { NULL, NULL, 0, NULL },
};

static TyMethodDef xof_methods[] = {
    { "update", hash_update, TY_METH_DEFAULT, "Update this hash object's state with the provided string." },
    { "digest", xof_digest, TY_METH_DEFAULT, "Return the digest value as a bytes object." },
    { "hexdigest", xof_hexdigest, TY_METH_DEFAULT, "Return the digest value as a string of hexadecimal digits." },
    { "copy", hash_copy, TY_METH_DEFAULT, "Return a copy of the hash object." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef hash_getset[] = {
    { "name", hash_get_name, NULL, NULL },
    { "digest_size", hash_get_digest_size, NULL, NULL },
    { "block_size", hash_get_block_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Hash_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_hashlib.HASH",
    .basicsize = sizeof(Hash),
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = hash_methods,
    .getset = hash_getset,
};

static TyType HashXof_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_hashlib.HASHXOF",
    .basicsize = sizeof(Hash),
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = xof_methods,
    .getset = hash_getset,
    .base = &Hash_Type,
};

/* ---- constructors ------------------------------------------------------------------ */

/* new(name, string=b'', *, usedforsecurity=True). */
static TyObject *hl_new(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", "string", "usedforsecurity", NULL };
    TyObject *a[3];
    if (tyArg_unpack("new", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    EVP_MD *md = digest_by_name(a[0]);
    if (!md)
        return NULL;
    TyObject *h = hash_new(md, a[1]);
    EVP_MD_free(md);
    return h;
}

/* openssl_NAME(string=b'', *, usedforsecurity=True) for one named digest. */
TyObject *tyHashlib_construct(const char *fname, const char *digest, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    static const char *const names[] = { "string", "usedforsecurity", NULL };
    TyObject *a[2];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    EVP_MD *md = EVP_MD_fetch(NULL, digest, NULL);
    if (!md)
        return ossl_error((TyType *)ty_state.mod.hashlib.unsupported);
    TyObject *h = hash_new(md, a[0]);
    EVP_MD_free(md);
    return h;
}

#define TY_X_(py, ossl)                                                                                  \
    static TyObject *hl_openssl_##py(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames) \
    {                                                                                                    \
        return tyHashlib_construct("openssl_" #py, ossl, args, nargs, kwnames);                            \
    }
TY_HASH_DIGESTS(TY_X_)
#undef TY_X_

/* ---- key derivation ------------------------------------------------------------------ */

/* A positive int argument that fits a C int: 0, or -1 with ValueError
** `small` / OverflowError `big`. */
static int positive_int(TyObject *o, const char *small, const char *big, int *out)
{
    TyObject *n = tyNum_index(o);
    if (!n)
        return -1;
    int sign = tyInt_sign(n);
    bool fits = TY_INT_IS_SMALL(n) && TY_INT_VALUE(n) <= INT_MAX;
    int64_t v = fits ? TY_INT_VALUE(n) : 0;
    TY_DECREF(n);
    if (sign <= 0) {
        tyErr_setString(&TyExc_ValueError, small);
        return -1;
    }
    if (!fits) {
        tyErr_setString(&TyExc_OverflowError, big);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None). */
static TyObject *hl_pbkdf2_hmac(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "hash_name", "password", "salt", "iterations", "dklen", NULL };
    TyObject *a[5];
    if (tyArg_unpack("pbkdf2_hmac", args, nargs, kwnames, names, 4, 5, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %T", a[0]);
    TyBuffer pw, salt;
    int iterations, dklen = 0;
    if (tyBuffer_get(a[1], &pw) < 0 || tyBuffer_get(a[2], &salt) < 0 ||
        positive_int(a[3], "iteration value must be greater than 0.", "iteration value is too great.",
                     &iterations) < 0)
        return NULL;
    if (a[4] && a[4] != TY_NONE &&
        positive_int(a[4], "key length must be greater than 0.", "key length is too great.", &dklen) < 0)
        return NULL;
    if (pw.len > INT_MAX || salt.len > INT_MAX)
        return tyErr_setString(&TyExc_OverflowError, "password or salt is too long.");
    EVP_MD *md = digest_by_name(a[0]);
    if (!md)
        return NULL;
    if (!dklen)
        dklen = EVP_MD_get_size(md);
    TyObject *key = tyBytes_fromData(NULL, dklen);
    if (key && !PKCS5_PBKDF2_HMAC(pw.data, (int)pw.len, (const unsigned char *)salt.data, (int)salt.len,
                                  iterations, md, dklen, (unsigned char *)TY_BYTES_DATA(key))) {
        TY_CLEAR(key);
        ossl_error(&TyExc_ValueError);
    }
    EVP_MD_free(md);
    return key;
}

/* scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0,
** dklen=64). */
static TyObject *hl_scrypt(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "password", "salt", "n", "r", "p", "maxmem", "dklen", NULL };
    TyObject *a[7];
    if (tyArg_unpack("scrypt", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyBuffer pw, salt;
    if (tyBuffer_get(a[0], &pw) < 0)
        return NULL;
    if (!a[1] || a[1] == TY_NONE)
        return tyErr_setString(&TyExc_TypeError, "salt is required");
    if (tyBuffer_get(a[1], &salt) < 0)
        return NULL;
    uint64_t v[5] = { 0, 0, 0, 0, 64 };     /* n, r, p, maxmem, dklen */
    static const char *const missing[3] = { "n is required and must be an unsigned int",
                                             "r is required and must be an unsigned int",
                                             "p is required and must be an unsigned int" };
    for (int i = 0; i < 5; i++) {
        TyObject *o = a[i + 2];
        if (!o) {
            if (i < 3)
                return tyErr_setString(&TyExc_TypeError, missing[i]);
            continue;
        }
        /* n, r and p are checked as ints; maxmem and dklen go through
        ** __index__ (CPython's "l" conversions). */
        if (!TY_INT_CHECK(o))
            return i < 3 ? tyErr_format(&TyExc_TypeError, "scrypt() argument '%s' must be int, not %s", names[i + 2],
                                        o == TY_NONE ? "None" : tyType_name(TY_TYPE(o)))
                         : tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                                        tyType_name(TY_TYPE(o)));
        if (tyInt_sign(o) < 0 || !TY_INT_IS_SMALL(o))
            return tyErr_setString(i < 3 ? &TyExc_TypeError : &TyExc_ValueError,
                                   i < 3 ? missing[i] : i == 3 ? "maxmem must be positive and smaller than 2147483647"
                                                               : "dklen must be greater than 0 and smaller than 2147483647");
        v[i] = (uint64_t)TY_INT_VALUE(o);
    }
    if (v[0] < 2 || (v[0] & (v[0] - 1)))
        return tyErr_setString(&TyExc_ValueError, "n must be a power of 2.");
    if (v[3] > INT_MAX)
        return tyErr_setString(&TyExc_ValueError, "maxmem must be positive and smaller than 2147483647");
    if (v[4] < 1 || v[4] > INT_MAX)
        return tyErr_setString(&TyExc_ValueError, "dklen must be greater than 0 and smaller than 2147483647");
    if (!EVP_PBE_scrypt(NULL, 0, NULL, 0, v[0], v[1], v[2], v[3], NULL, 0))
        return tyErr_setString(&TyExc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
    TyObject *key = tyBytes_fromData(NULL, (ssize_t)v[4]);
    if (key && !EVP_PBE_scrypt(pw.data, (size_t)pw.len, (const unsigned char *)salt.data, (size_t)salt.len,
                               v[0], v[1], v[2], v[3], (unsigned char *)TY_BYTES_DATA(key), (size_t)v[4])) {
        TY_CLEAR(key);
        ossl_error(&TyExc_ValueError);
    }
    return key;
}

/* ---- HMAC ---------------------------------------------------------------------------- */

/* The digest a digestmod names: a str, or an openssl_* constructor (by
** its __name__).  A fetched EVP_MD, or NULL with an exception. */
static EVP_MD *digestmod_md(TyObject *digestmod)
{
    if (TY_STR_CHECK(digestmod))
        return digest_by_name(digestmod);
    TyObject *name = tyObj_getAttrStr(digestmod, "__name__");
    if (!name)
        return NULL;
    EVP_MD *md = NULL;
    if (TY_STR_CHECK(name) && strncmp(TY_STR_UTF8(name), "openssl_", 8) == 0) {
        TyObject *bare = tyStr_fromCStr(TY_STR_UTF8(name) + 8);
        md = bare ? digest_by_name(bare) : NULL;
        TY_XDECREF(bare);
    } else {
        tyErr_format((TyType *)ty_state.mod.hashlib.unsupported, "Unsupported digestmod %R", digestmod);
    }
    TY_DECREF(name);
    return md;
}

static void hmac_dealloc(TyObject *o)
{
    Hmac *h = (Hmac *)o;
    EVP_MAC_CTX_free(h->ctx);
    EVP_MD_free((EVP_MD *)h->md);
    tyObj_free(o);
}

static int hmac_feed(Hmac *h, TyObject *msg)
{
    TyBuffer view;
    if (hash_data(msg, &view) < 0)
        return -1;
    if (!EVP_MAC_update(h->ctx, (const unsigned char *)view.data, (size_t)view.len)) {
        ossl_error(&TyExc_ValueError);
        return -1;
    }
    return 0;
}

/* An HMAC over md (stolen) keyed with key, fed msg (may be NULL or None):
** new reference. */
static TyObject *hmac_make(EVP_MD *md, TyObject *key, TyObject *msg)
{
    TyBuffer k;
    if (tyBuffer_get(key, &k) < 0) {
        EVP_MD_free(md);
        return NULL;
    }
    Hmac *h = (Hmac *)tyObj_alloc(&Hmac_Type);
    if (!h) {
        EVP_MD_free(md);
        return NULL;
    }
    h->md = md;
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    OSSL_PARAM params[2] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
        OSSL_PARAM_construct_end(),
    };
    h->ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
    EVP_MAC_free(mac);
    if (!h->ctx || !EVP_MAC_init(h->ctx, (const unsigned char *)k.data, (size_t)k.len, params)) {
        TY_DECREF(h);
        return ossl_error(&TyExc_ValueError);
    }
    if (msg && msg != TY_NONE && hmac_feed(h, msg) < 0) {
        TY_DECREF(h);
        return NULL;
    }
    return (TyObject *)h;
}

/* hmac_new(key, msg=b'', digestmod=None). */
static TyObject *hl_hmac_new(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "key", "msg", "digestmod", NULL };
    TyObject *a[3];
    if (tyArg_unpack("hmac_new", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    if (!a[2] || a[2] == TY_NONE)
        return tyErr_setString(&TyExc_TypeError, "Missing required parameter 'digestmod'.");
    EVP_MD *md = digestmod_md(a[2]);
    return md ? hmac_make(md, a[0], a[1]) : NULL;
}

/* The MAC so far, from a copy of the context: new reference to bytes. */
static TyObject *hmac_final(Hmac *h)
{
    EVP_MAC_CTX *c = EVP_MAC_CTX_dup(h->ctx);
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t n = 0;
    TyObject *r = NULL;
    if (c && EVP_MAC_final(c, out, &n, sizeof out))
        r = tyBytes_fromData((const char *)out, (ssize_t)n);
    else
        ossl_error(&TyExc_ValueError);
    EVP_MAC_CTX_free(c);
    return r;
}

/* hmac_digest(key, msg, digest): one-shot HMAC. */
static TyObject *hl_hmac_digest(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "key", "msg", "digest", NULL };
    TyObject *a[3];
    if (tyArg_unpack("hmac_digest", args, nargs, kwnames, names, 3, 3, a) < 0)
        return NULL;
    EVP_MD *md = digestmod_md(a[2]);
    TyObject *h = md ? hmac_make(md, a[0], a[1]) : NULL;
    if (!h)
        return NULL;
    TyObject *r = hmac_final((Hmac *)h);
    TY_DECREF(h);
    return r;
}

static TyObject *hmac_update(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "msg", NULL };
    TyObject *a[1];
    if (tyArg_unpack("update", args, nargs, kwnames, names, 1, 1, a) < 0 || hmac_feed((Hmac *)self, a[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

static TyObject *hmac_digest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("digest", kwnames) < 0 || tyArg_checkPositional("digest", nargs, 0, 0) < 0)
        return NULL;
    return hmac_final((Hmac *)self);
}

static TyObject *hmac_hexdigest(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("hexdigest", kwnames) < 0 || tyArg_checkPositional("hexdigest", nargs, 0, 0) < 0)
        return NULL;
    return hex_of(hmac_final((Hmac *)self));
}

static TyObject *hmac_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("copy", kwnames) < 0 || tyArg_checkPositional("copy", nargs, 0, 0) < 0)
        return NULL;
    Hmac *src = (Hmac *)self;
    Hmac *h = (Hmac *)tyObj_alloc(&Hmac_Type);
    if (!h)
        return NULL;
    if (!EVP_MD_up_ref((EVP_MD *)src->md)) {
        TY_DECREF(h);
        return ossl_error(&TyExc_ValueError);
    }
    h->md = src->md;
    if (!(h->ctx = EVP_MAC_CTX_dup(src->ctx))) {
        TY_DECREF(h);
        return ossl_error(&TyExc_ValueError);
    }
    return (TyObject *)h;
}

static TyObject *hmac_get_name(TyObject *self)
{
    TyObject *n = digest_py_name(((Hmac *)self)->md);
    if (!n)
        return NULL;
    TyObject *r = tyStr_fromFormat("hmac-%U", n);
    TY_DECREF(n);
    return r;
}

static TyObject *hmac_get_digest_size(TyObject *self)
{
    return tyInt_fromI64(EVP_MD_get_size(((Hmac *)self)->md));
}

static TyObject *hmac_get_block_size(TyObject *self)
{
    return tyInt_fromI64(EVP_MD_get_block_size(((Hmac *)self)->md));
}

static TyObject *hmac_repr(TyObject *self)
{
    TyObject *name = digest_py_name(((Hmac *)self)->md);
    if (!name)
        return NULL;
    TyObject *r = tyStr_fromFormat("<%U HMAC object @ %p>", name, (void *)self);
    TY_DECREF(name);
    return r;
}

static TyMethodDef hmac_methods[] = {
    { "update", hmac_update, TY_METH_DEFAULT, "Update the HMAC object with msg." },
    { "digest", hmac_digest, TY_METH_DEFAULT, "Return the digest of the bytes passed to the update() method so far." },
    { "hexdigest", hmac_hexdigest, TY_METH_DEFAULT, "Return hexadecimal digest of the bytes passed to the update() method so far." },
    { "copy", hmac_copy, TY_METH_DEFAULT, "Return a copy (\"clone\") of the HMAC object." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef hmac_getset[] = {
    { "name", hmac_get_name, NULL, NULL },
    { "digest_size", hmac_get_digest_size, NULL, NULL },
    { "block_size", hmac_get_block_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Hmac_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_hashlib.HMAC",
    .basicsize = sizeof(Hmac),
    .dealloc = hmac_dealloc,
    .repr = hmac_repr,
    .methods = hmac_methods,
    .getset = hmac_getset,
};

/* ---- compare_digest, the rest ------------------------------------------------------------ */

TyObject *tyHashlib_compareDigest(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)m;
    if (tyArg_noKeywords("compare_digest", kwnames) < 0 || tyArg_checkCount("compare_digest", nargs, 2, 2) < 0)
        return NULL;
    TyObject *a = args[0], *b = args[1];
    TyBuffer va, vb;
    if (TY_STR_CHECK(a) && TY_STR_CHECK(b)) {
        if (!TY_STR_IS_ASCII(a) || !TY_STR_IS_ASCII(b))
            return tyErr_setString(&TyExc_TypeError, "comparing strings with non-ASCII characters is not supported");
        va = (TyBuffer){ TY_STR_UTF8(a), TY_STR_NBYTES(a), true };
        vb = (TyBuffer){ TY_STR_UTF8(b), TY_STR_NBYTES(b), true };
    } else if (!tyBuffer_check(a) && !tyBuffer_check(b)) {
        return tyErr_format(&TyExc_TypeError, "unsupported operand types(s) or combination of types: '%T' and '%T'",
                            a, b);
    } else if (tyBuffer_get(a, &va) < 0 || tyBuffer_get(b, &vb) < 0) {
        return NULL;
    }
    const unsigned char *left = (const unsigned char *)(va.len == vb.len ? va.data : vb.data);
    const unsigned char *right = (const unsigned char *)vb.data;
    unsigned diff = va.len != vb.len;
    for (ssize_t i = 0; i < vb.len; i++)
        diff |= left[i] ^ right[i];
    return tyBool_from(diff == 0);
}

static TyObject *hl_get_fips_mode(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("get_fips_mode", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(EVP_default_properties_is_fips_enabled(NULL));
}

static void add_md_name(EVP_MD *md, void *set)
{
    TyObject *name = digest_py_name(md);
    if (!name || tySet_add((TyObject *)set, name) < 0)
        tyErr_clear();
    TY_XDECREF(name);
}

/* openssl_md_meth_names: the Python names of every digest OpenSSL
** provides, a frozenset.  New reference. */
static TyObject *md_names(void)
{
    TyObject *set = tySet_new(NULL);
    if (!set)
        return NULL;
    EVP_MD_do_all_provided(NULL, add_md_name, set);
    TyObject *frozen = tyFrozenSet_new(set);
    TY_DECREF(set);
    return frozen;
}

static TyMethodDef hashlib_functions[] = {
    { "new", hl_new, TY_METH_DEFAULT, "Return a new hash object using the named algorithm." },
#define TY_X_(py, ossl) { "openssl_" #py, hl_openssl_##py, TY_METH_DEFAULT, "Returns a " #py " hash object." },
    TY_HASH_DIGESTS(TY_X_)
#undef TY_X_
    { "pbkdf2_hmac", hl_pbkdf2_hmac, TY_METH_DEFAULT, "Password based key derivation function 2 (PKCS #5 v2.0)." },
    { "scrypt", hl_scrypt, TY_METH_DEFAULT, "scrypt password-based key derivation function." },
    { "hmac_new", hl_hmac_new, TY_METH_DEFAULT, "Return a new hmac object." },
    { "hmac_digest", hl_hmac_digest, TY_METH_DEFAULT, "Single-shot HMAC." },
    { "compare_digest", tyHashlib_compareDigest, TY_METH_DEFAULT, "Return 'a == b'." },
    { "get_fips_mode", hl_get_fips_mode, TY_METH_DEFAULT, "Determine the OpenSSL FIPS mode of operation." },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = { &Hash_Type, &HashXof_Type, &Hmac_Type };

int tyHashlib_ready(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return -1;
    if (!ty_state.mod.hashlib.unsupported &&
        !(ty_state.mod.hashlib.unsupported = tyExc_newClass("_hashlib", "UnsupportedDigestmodError", &TyExc_ValueError)))
        return -1;
    return 0;
}

TyObject *tyHashlib_create(void)
{
    if (tyHashlib_ready() < 0)
        return NULL;
    TyObject *m = tyModule_new("_hashlib", hashlib_functions);
    TyObject *names = m ? md_names() : NULL;
    if (!names || tyModule_addObject(m, "openssl_md_meth_names", names) < 0 ||
        tyModule_addObject(m, "UnsupportedDigestmodError", ty_state.mod.hashlib.unsupported) < 0 ||
        tyModule_addObject(m, "HASH", (TyObject *)&Hash_Type) < 0 ||
        tyModule_addObject(m, "HASHXOF", (TyObject *)&HashXof_Type) < 0 ||
        tyModule_addObject(m, "HMAC", (TyObject *)&Hmac_Type) < 0)
        TY_CLEAR(m);
    TY_XDECREF(names);
    return m;
}

void tyHashlib_fini(void)
{
    TY_CLEAR(ty_state.mod.hashlib.unsupported);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
