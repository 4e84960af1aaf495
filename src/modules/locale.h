/*
** locale.h — the `_locale` module (see locale.c).
*/
#ifndef TY_LOCALE_MODULE_H
#define TY_LOCALE_MODULE_H

#include "../object.h"

/* The _locale module: new reference, or NULL. */
TyObject *tyLocale_create(void);
/* Set LC_CTYPE from the environment as CPython does at start-up (the C or
** POSIX locale becomes C.UTF-8), so that C code reading the locale, GNU
** readline among it, sees the user's.  Idempotent. */
void tyLocale_initCtype(void);
/* Releases locale.Error (at exit). */
void tyLocale_fini(void);

#endif
