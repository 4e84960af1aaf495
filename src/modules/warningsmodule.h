/*
** warningsmodule.h — the `_warnings` module (warn and warn_explicit,
** forwarded to warnings.py).
*/
#ifndef TY_WARNINGSMODULE_H
#define TY_WARNINGSMODULE_H

#include "../object.h"

/* The module: new reference. */
TyObject *tyWarningsModule_create(void);

#endif
