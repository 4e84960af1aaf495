/*
** cmath.h — the cmath module.
*/
#ifndef TY_CMATH_H
#define TY_CMATH_H

#include "../object.h"

/* The cmath module.  New reference. */
TyObject *tyCmath_create(void);

#endif
