/*
** unicodedata.h — the unicodedata module.
*/
#ifndef TY_UNICODEDATA_H
#define TY_UNICODEDATA_H

#include "../object.h"

/* The unicodedata module.  New reference. */
TyObject *tyUnicodedata_create(void);
/* Releases the UCD type at exit. */
void tyUnicodedata_fini(void);

#endif
