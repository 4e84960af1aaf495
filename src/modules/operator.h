/*
** operator.h — the `_operator` module: the functions of CPython's
** operator.py that CPython writes in C (see operator.c).
*/
#ifndef TY_OPERATOR_H
#define TY_OPERATOR_H

#include "../object.h"

/* The _operator module: new reference, or NULL. */
TyObject *tyOperator_create(void);

#endif
