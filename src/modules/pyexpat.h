/*
** pyexpat.h — the `pyexpat` module (xml.parsers.expat) over the system's
** libexpat (see pyexpat.c).
*/
#ifndef TY_PYEXPAT_H
#define TY_PYEXPAT_H

#include "../object.h"

/* The pyexpat module, with its errors and model submodules (also put in
** sys.modules): new reference, or NULL.  Readies the xmlparser type and
** makes ExpatError. */
TyObject *tyExpat_create(void);

/* Releases ExpatError and the type (at exit). */
void tyExpat_fini(void);

#endif
