/*
** str.h — Python str: immutable UTF-8 with a cached code-point length.
**
** data[] always holds nbytes of valid UTF-8 followed by a NUL.  `ascii`
** makes indexing O(1); non-ASCII strings index by scanning.  The empty
** string and the 256 one-character strings U+0000..U+00FF are static and
** immortal.  Interned strings (identifiers, identifier-like constants) are
** ordinary counted objects; the intern table holds no reference and forgets
** a string when it dies (CPython 3.11's behaviour, so counts match).
*/
#ifndef TY_STR_H
#define TY_STR_H

#include <stdarg.h>
#include "../object.h"

typedef struct TyStr {
    TyObject ob;
    ssize_t length;     /* code points */
    ssize_t nbytes;     /* bytes of UTF-8, excluding the NUL */
    ty_hash hash;       /* -1 until computed */
    uint8_t ascii;      /* all code points < 128 */
    uint8_t interned;
    char data[];
} TyStr;

extern TyType TyStr_Type;

#define TY_STR_CHECK(o) (TY_TYPE(o) == &TyStr_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_STR_SUBCLASS))
#define TY_STR_CHECK_EXACT(o) (TY_TYPE(o) == &TyStr_Type)
#define TY_STR_UTF8(o) (((TyStr *)(o))->data)
#define TY_STR_NBYTES(o) (((TyStr *)(o))->nbytes)
#define TY_STR_LEN(o) (((TyStr *)(o))->length)
#define TY_STR_IS_ASCII(o) (((TyStr *)(o))->ascii)

/* New references.  fromUtf8 trusts its input to be valid UTF-8. */
TyObject *tyStr_fromUtf8(const char *s, ssize_t nbytes);
TyObject *tyStr_fromCStr(const char *s);
/* Validates; UnicodeDecodeError ("'utf-8' codec can't decode byte 0xff in
** position 3: invalid start byte") on bad input. */
TyObject *tyStr_decodeUtf8(const char *s, ssize_t nbytes);
/* Length of the valid UTF-8 sequence at s[0..n) (n > 0), or -k for an
** invalid one: k is how many bytes the error covers and *why says why
** ("invalid start byte", "invalid continuation byte", "unexpected end of
** data"), as CPython's decoder reports it. */
int tyStr_utf8Check(const unsigned char *s, ssize_t n, const char **why);
TyObject *tyStr_fromCodepoint(uint32_t cp);
/* Same directives as tyErr_format (error.h). */
TyObject *tyStr_fromFormat(const char *fmt, ...);
TyObject *tyStr_fromFormatV(const char *fmt, va_list ap);
/* An uninitialised string of nbytes bytes to be filled by the caller, who
** then calls tyStr_finish (which computes length and the ascii flag). */
TyObject *tyStr_alloc(ssize_t nbytes);
TyObject *tyStr_finish(TyObject *s);
/* tyStr_finish when every byte written is ASCII (not checked).  Steals s;
** new reference. */
TyObject *tyStr_finishAscii(TyObject *s);

/* a + b. */
TyObject *tyStr_concat(TyObject *a, TyObject *b);
/* sep.join(iterable); TypeError for non-str items as CPython words it. */
TyObject *tyStr_join(TyObject *sep, TyObject *iterable);
/* Code points [start, end) (already clamped by the caller). */
TyObject *tyStr_substring(TyObject *s, ssize_t start, ssize_t end);
/* The code point at index i (0 <= i < length). */
uint32_t tyStr_codepointAt(TyObject *s, ssize_t i);
/* repr(s) with CPython's quote choice and escapes. */
TyObject *tyStr_repr(TyObject *s);

bool tyStr_eq(TyObject *a, TyObject *b);
bool tyStr_eqC(TyObject *a, const char *c);
/* <0, 0, >0 comparing code point sequences. */
int tyStr_compare(TyObject *a, TyObject *b);
ty_hash tyStr_hash(TyObject *s);

/* Interning: returns a new reference to the canonical equal string; takes
** ownership of s (steals) -- `s = tyStr_intern(s)`. */
TyObject *tyStr_intern(TyObject *s);
/* New reference to the interned string with this text. */
TyObject *tyStr_internC(const char *s);
/* Called at exit, after everything else is released. */
void tyStr_fini(void);

/* Builds the static empty and one-character Latin-1 strings; runs first
** at start-up, before any string is made. */
void tyStr_init(void);

/* ---- Additions (str.c / str_methods.c) ---------------------------------- */

extern TyType TyStrIter_Type, TyStrAsciiIter_Type;
/* The method table of str (str_methods.c). */
extern TyMethodDef tyStr_methods[];

/* New references.  fromAscii trusts s[0..n) to be ASCII; fromKnown trusts
** the caller's code-point length and ascii flag for valid UTF-8 (both skip
** the scan tyStr_fromUtf8 does). */
TyObject *tyStr_fromAscii(const char *s, ssize_t n);
TyObject *tyStr_fromKnown(const char *s, ssize_t nbytes, ssize_t length, bool ascii);
/* The bytes [b0, b1) of s (character boundaries) as a str; s itself when
** that is the whole of an exact str. */
TyObject *tyStr_sliceBytes(TyObject *s, ssize_t b0, ssize_t b1);
/* Byte offset of the first occurrence of needle in hay, or -1. */
ssize_t tyStr_findBytes(const char *hay, ssize_t hn, const char *needle, ssize_t nn);
/* *target = *target + b, growing *target in place when the caller holds
** its only reference (CPython's `s = s + t` / `s += t` optimisation).
** 0, or -1 with an exception (*target unchanged and still owned). */
int tyStr_concatInPlace(TyObject **target, TyObject *b);
/* ascii(o): repr(o) with non-ASCII characters escaped. */
TyObject *tyStr_ascii(TyObject *o);
/* Codecs "utf-8", "ascii", "latin-1" (and aliases) with errors "strict",
** "ignore", "replace", "backslashreplace", "xmlcharrefreplace" (encoding
** only) are done here; any other codec or handler goes through the codec
** registry (modules/codecs.c).  NULL encoding / errors mean "utf-8" /
** "strict".  decode gives a str, encode a bytes object; LookupError for
** unknown names, UnicodeDecodeError / UnicodeEncodeError as CPython
** raises them. */
TyObject *tyStr_decode(const char *data, ssize_t n, const char *encoding, const char *errors);
TyObject *tyStr_encode(TyObject *s, const char *encoding, const char *errors);
/* CPython's hash of a byte buffer (used by bytes too): SipHash-1-3 under
** the hash key (zero unless PYTHONHASHSEED chose one), 0 for an empty
** buffer, never -1. */
ty_hash tyStr_hashBytes(const char *p, ssize_t n);
/* SipHash-1-3 of p[0..n) under the key (k0, k1), the whole 64 bits
** (importlib's source_hash). */
uint64_t tyStr_sipHash13(uint64_t k0, uint64_t k1, const char *p, size_t n);
/* Sets the key of every later str/bytes hash (main() does, from
** PYTHONHASHSEED, before the first object exists); tyStr_hashRandomized
** says whether it is not the zero key. */
void tyStr_setHashKey(uint64_t k0, uint64_t k1);
bool tyStr_hashRandomized(void);
/* str.isidentifier(). */
bool tyStr_isIdentifier(TyObject *s);
/* s.split(sep, maxsplit): sep NULL splits on whitespace; maxsplit < 0 is
** unlimited.  New list. */
TyObject *tyStr_split(TyObject *s, TyObject *sep, ssize_t maxsplit);
/* s.replace(old, new, count); count < 0 replaces all.  New reference. */
TyObject *tyStr_replace(TyObject *s, TyObject *old, TyObject *new_, ssize_t count);

/* Helpers shared with bytes.c: argument checks worded as CPython words
** them (see str_methods.c) and byte searching. */
int tyStr_methodArgs(const char *type, const char *name, size_t nargs, TyObject *kwnames,
                     size_t min, size_t max);
int tyStr_legacyArgs(const char *name, size_t nargs, TyObject *kwnames, size_t min, size_t max);
int tyStr_boundArg(TyObject *o, ssize_t *out);
void tyStr_adjustIndices(ssize_t *start, ssize_t *end, ssize_t len);
ssize_t tyStr_rfindBytes(const char *hay, ssize_t hn, const char *needle, ssize_t nn);
ssize_t tyStr_countBytes(const char *hay, ssize_t hn, const char *needle, ssize_t nn, ssize_t max);

/* UTF-8 helpers. */
/* Decode one code point at *p (valid UTF-8), advancing *p. */
uint32_t ty_utf8Decode(const char **p);
/* Encode cp into out (4 bytes room); returns the byte count. */
int ty_utf8Encode(uint32_t cp, char *out);
/* Length in code points of valid UTF-8. */
ssize_t ty_utf8Length(const char *s, ssize_t nbytes);
/* Byte offset of code point index i in s. */
ssize_t tyStr_byteOffset(TyObject *s, ssize_t i);
/*
** The text of a number for int(), float() and complex() made ASCII as
** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII makes it: each
** non-ASCII white space character becomes ' ', each decimal digit its
** ASCII digit, any other non-ASCII character '?'.  Returns 0 with *out NULL
** when s[0..len) is ASCII already, 0 with *out a NUL-terminated
** tyMem_malloc'd copy (the caller frees it) and its length in *outlen, or
** -1 with MemoryError.
*/
int tyStr_numberToAscii(const char *s, ssize_t len, char **out, ssize_t *outlen);

/*
** A growable byte buffer for building strings (and any UTF-8 text).
**   TyStrBuilder b; tyBuf_init(&b);
**   tyBuf_appendC(&b, "x"); ...
**   TyObject *s = tyBuf_finish(&b);   // new str; the builder is emptied
** On any failure the functions return -1 with MemoryError; tyBuf_free
** releases a builder that is abandoned.
*/
typedef struct TyStrBuilder {
    char *data;
    size_t len, cap;
    char inline_buf[128];
} TyStrBuilder;

void tyBuf_init(TyStrBuilder *b);
int tyBuf_append(TyStrBuilder *b, const char *s, size_t n);
/* Room for `extra` more bytes at once (one allocation, so a size that
** cannot be had fails at once instead of after growing to it). */
int tyBuf_reserve(TyStrBuilder *b, size_t extra);
int tyBuf_appendC(TyStrBuilder *b, const char *s);
int tyBuf_appendChar(TyStrBuilder *b, char c);
int tyBuf_appendCodepoint(TyStrBuilder *b, uint32_t cp);
int tyBuf_appendStr(TyStrBuilder *b, TyObject *str);
/* repr(o) / str(o) appended. */
int tyBuf_appendRepr(TyStrBuilder *b, TyObject *o);
int tyBuf_appendObjStr(TyStrBuilder *b, TyObject *o);
int tyBuf_appendFormat(TyStrBuilder *b, const char *fmt, ...);
TyObject *tyBuf_finish(TyStrBuilder *b);
void tyBuf_free(TyStrBuilder *b);

#endif
