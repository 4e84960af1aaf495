/*
** bytes.h — bytes (immutable) and bytearray (mutable) byte strings.
*/
#ifndef TY_BYTES_H
#define TY_BYTES_H

#include "../object.h"
#include "str.h"

typedef struct TyBytes {
    TyVarObject ob;          /* ob.size: the length */
    ty_hash hash;
    char data[];             /* NUL-terminated */
} TyBytes;

extern TyType TyBytes_Type;

#define TY_BYTES_CHECK(o) (TY_TYPE(o) == &TyBytes_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_BYTES_SUBCLASS))
#define TY_BYTES_DATA(o) (((TyBytes *)(o))->data)
#define TY_BYTES_LEN(o) (((TyBytes *)(o))->ob.size)

/* New reference; data may be NULL to get n uninitialised bytes. */
TyObject *tyBytes_fromData(const char *data, ssize_t n);
/* repr(b): b'...' with CPython's escapes. */
TyObject *tyBytes_repr(TyObject *b);

/* ---- Additions (bytes.c) ---------------------------------------------- */

extern TyType TyBytesIter_Type;

/* Is o a bytes-like object (bytes, bytearray, or a subclass)? */
bool tyBytes_isLike(TyObject *o);
/* Borrowed pointer to / length of a bytes-like object's bytes. */
const char *tyBytes_likeData(TyObject *o);
ssize_t tyBytes_likeLen(TyObject *o);
/* a == b, a < b, ... of two bytes-like objects (the richcompare slot of
** bytes and bytearray); NotImplemented for other operands. */
TyObject *tyBytes_richcompare(TyObject *a, TyObject *b, int op);
/* "b'...'" for data[0..n) with CPython's quoting, between `before` and
** `after` ("bytearray(" and ")" for bytearray).  New reference. */
TyObject *tyBytes_reprData(const char *data, ssize_t n, const char *before, const char *after);
/* The bytes that bytes(source, encoding, errors) / bytearray(...) would
** hold (any of encoding/errors may be NULL), appended to *out.  fname
** names the constructor in messages.  0, or -1 with an exception. */
int tyBytes_fromSource(const char *fname, TyObject *source, TyObject *encoding,
                       TyObject *errors, TyStrBuilder *out);

/* The methods bytes and bytearray share, listed once; each result has
** the type of self (bytes for bytes, bytearray for bytearray). */
#define TY_BYTES_SHARED_METHODS(X) \
    X(capitalize) X(center) X(count) X(decode) X(endswith) X(expandtabs) \
    X(find) X(hex) X(index) X(isalnum) X(isalpha) X(isascii) X(isdigit) \
    X(islower) X(isspace) X(istitle) X(isupper) X(join) X(ljust) X(lower) \
    X(lstrip) X(partition) X(removeprefix) X(removesuffix) X(replace) \
    X(rfind) X(rindex) X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split) \
    X(splitlines) X(startswith) X(strip) X(swapcase) X(title) X(translate) \
    X(upper) X(zfill)

#define TY_X_(name) TyObject *tyBytes_m_##name(TyObject *self, TyObject *const *args, \
                                               size_t nargs, TyObject *kwnames);
TY_BYTES_SHARED_METHODS(TY_X_)
#undef TY_X_
/* Append s[0..n) in lowercase hex to b, with the byte sep (-1: none)
** between groups of |group| bytes counted from the right (group > 0) or
** the left (group < 0), as bytes.hex(sep, bytes_per_sep) writes them.
** 0, or -1 with MemoryError. */
int tyBytes_hexAppend(TyStrBuilder *b, const unsigned char *s, ssize_t n, int sep, ssize_t group);
/* data[0..n) as a str of lowercase hex digits: new reference. */
TyObject *tyBytes_hexString(const char *data, ssize_t n);
/* The value of the hex digit c (either case), or -1. */
int tyBytes_hexDigit(unsigned char c);
/* bytes.fromhex / bytearray.fromhex (a class method: self is the type) and
** the static maketrans. */
TyObject *tyBytes_m_fromhex(TyObject *type, TyObject *const *args, size_t nargs,
                            TyObject *kwnames);
TyObject *tyBytes_m_maketrans(TyObject *unused, TyObject *const *args, size_t nargs,
                              TyObject *kwnames);

#endif
