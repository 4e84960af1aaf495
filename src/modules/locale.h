/*
** locale.h — the `_locale` module (see locale.c).
*/
#ifndef TY_LOCALE_MODULE_H
#define TY_LOCALE_MODULE_H

#include "../object.h"

/* The _locale module: new reference, or NULL. */
TyObject *tyLocale_create(void);
/* Releases locale.Error (at exit). */
void tyLocale_fini(void);

#endif
