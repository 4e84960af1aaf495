/*
** json.h — the `_json` module (see json.c).
*/
#ifndef TY_JSON_MODULE_H
#define TY_JSON_MODULE_H

#include "../object.h"

/* The _json module: new reference, or NULL.  Readies the encoder type. */
TyObject *tyJson_create(void);
/* Releases the encoder type (at exit). */
void tyJson_fini(void);

#endif
