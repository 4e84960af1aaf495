/*
** codecs.h — the `_codecs` module: the codec registry, the error handler
** registry, and the codec functions CPython's encodings package calls
** (codecs.c: registry and handlers; codecs_text.c: the codecs).
*/
#ifndef TY_CODECS_H
#define TY_CODECS_H

#include "../object.h"
#include "../objects/str.h"

/* The _codecs module: new reference, or NULL. */
TyObject *tyCodecs_create(void);
/* Releases the registries (at exit). */
void tyCodecs_fini(void);

/*
** str.encode / bytes.decode for what tyStr_encode / tyStr_decode do not
** do natively: the codec found by the registry (encodings' search
** function), which must be a text encoding and give bytes / str, with
** CPython's messages otherwise.  New reference.
*/
TyObject *tyCodecs_encodeText(TyObject *str, const char *encoding, const char *errors);
TyObject *tyCodecs_decodeText(const char *data, ssize_t n, const char *encoding, const char *errors);

/*
** The codecs CPython's str.encode / bytes.decode call directly, without
** the registry (so without wrapping a handler's exception): UTF-8, UTF-16,
** UTF-32, ASCII and Latin-1 under their plain names, with any error
** handler.  New reference; NULL without an exception for any other name.
*/
TyObject *tyCodecs_encodeDirect(TyObject *str, const char *encoding, const char *errors);
TyObject *tyCodecs_decodeDirect(const char *data, ssize_t n, const char *encoding, const char *errors);

/*
** One encode or decode call's dealings with the error handler named by
** `errors` (NULL: "strict").  The handler is looked up at the first error
** and one exception object is made then and reused, as CPython does.
*/
typedef struct TyCodecErr {
    const char *encoding;   /* the name the exception carries */
    const char *errors;
    TyObject *input;        /* borrowed: the str being encoded / bytes being decoded */
    const char *data;       /* decoding: the input's bytes (replaced's once a handler replaced them) */
    ssize_t len;            /* decoding: their count */
    TyObject *replaced;     /* owned: the bytes a decoding handler put in the exception's `object` */
    TyObject *handler;      /* owned, once looked up */
    TyObject *exc;          /* owned, once made */
} TyCodecErr;

/* Release what the error state owns. */
void tyCodecErr_clear(TyCodecErr *e);
/*
** Decoding: bytes [start, end) cannot be decoded for `reason`.  The
** handler's replacement text is appended to out and *pos is where
** decoding resumes.  0, or -1 with the exception (strict raises it).
*/
int tyCodecErr_decode(TyCodecErr *e, TyStrBuilder *out, ssize_t start, ssize_t end,
                      const char *reason, ssize_t *pos);
/*
** Encoding: code points [start, end) cannot be encoded for `reason`.
** Returns the handler's replacement (new reference: str or bytes) and
** sets *pos to where encoding resumes; NULL with the exception.
*/
TyObject *tyCodecErr_encode(TyCodecErr *e, ssize_t start, ssize_t end, const char *reason,
                            ssize_t *pos);
/* Raise the exception of the last error again (a replacement the codec
** cannot encode either); returns NULL. */
TyObject *tyCodecErr_raise(TyCodecErr *e, ssize_t start, ssize_t end, const char *reason);

/* (obj, n), the shape of codec and handler results: new reference;
** steals obj (NULL passes through). */
TyObject *tyCodecs_pair(TyObject *obj, ssize_t n);

/* The codec functions of _codecs (codecs_text.c), for the module table. */
extern TyMethodDef tyCodecs_textFunctions[];

#endif
