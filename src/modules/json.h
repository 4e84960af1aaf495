/*
** json.h — the `_json` module (see json.c).
*/
#ifndef TY_JSON_MODULE_H
#define TY_JSON_MODULE_H

#include "../object.h"

/* The _json module: new reference, or NULL.  Readies the encoder and
** scanner types. */
TyObject *tyJson_create(void);
/* Releases the encoder and scanner types (at exit). */
void tyJson_fini(void);

/* _json.make_scanner (jsonscan.c). */
extern TyType tyJson_ScannerType;

/* Raise json.decoder.JSONDecodeError(msg, s, pos); returns NULL. */
TyObject *tyJson_decodeError(const char *msg, TyObject *s, ssize_t pos);

/*
** The JSON string of str s whose opening quote ends just before byte *bp,
** code point *endp: a new str, with *bp and *endp moved past the closing
** quote; NULL with JSONDecodeError (CPython's scanstring messages and
** positions) for an unterminated string, a bad escape, or (strict) a
** control character.
*/
TyObject *tyJson_scanString(TyObject *s, ssize_t *bp, ssize_t *endp, bool strict);

#endif
