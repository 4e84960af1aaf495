/*
** random.h — the random module: CPython's Mersenne Twister generator and
** the functions of its random module, giving the same numbers for the
** same seed.
*/
#ifndef TY_RANDOM_H
#define TY_RANDOM_H

#include "../object.h"

extern TyType TyRandom_Type;

/* The random module (random.Random and the module-level functions, bound
** to a hidden instance seeded from the system): new reference. */
TyObject *tyRandom_create(void);
/* At exit: releases the Random type's dict. */
void tyRandom_fini(void);

#endif
