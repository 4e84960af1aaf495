/*
** binascii.h — the `binascii` module (see binascii.c).
*/
#ifndef TY_BINASCII_H
#define TY_BINASCII_H

#include "../object.h"

/* The binascii module: new reference, or NULL.  Makes binascii.Error and
** binascii.Incomplete. */
TyObject *tyBinascii_create(void);

/* Releases the exception classes (at exit). */
void tyBinascii_fini(void);

#endif
