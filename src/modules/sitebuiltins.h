/*
** sitebuiltins.h — exit, quit and help (the builtins CPython's site module
** adds) and the `_sitebuiltins` module of their classes.
*/
#ifndef TY_SITEBUILTINS_H
#define TY_SITEBUILTINS_H

#include "../object.h"

/* Put exit, quit and help into the builtins dict: 0 / -1. */
int tySitebuiltins_install(TyObject *builtins_dict);
/* The _sitebuiltins module (the classes and help's Python part): new
** reference. */
TyObject *tySitebuiltins_create(void);
/* Releases the module's static types (at exit). */
void tySitebuiltins_fini(void);

#endif
