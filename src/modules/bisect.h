/*
** bisect.h — the `_bisect` module: CPython's C half of bisect.py.
*/
#ifndef TY_BISECT_H
#define TY_BISECT_H

#include "../object.h"

/* The module: new reference, or NULL. */
TyObject *tyBisect_create(void);

#endif
