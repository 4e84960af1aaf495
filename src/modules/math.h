/*
** math.h — the math module.
*/
#ifndef TY_MATH_H
#define TY_MATH_H

#include "../object.h"

/* The math module.  New reference. */
TyObject *tyMath_module(void);

#endif
