/*
** random.h — the _random module: CPython's Mersenne Twister generator,
** the base class of CPython's random.py Random, giving the same numbers
** for the same seed.
*/
#ifndef TY_RANDOM_H
#define TY_RANDOM_H

#include "../object.h"

extern TyType TyRandom_Type;

/* The _random module (the class _random.Random): new reference. */
TyObject *tyRandom_create(void);
/* At exit: releases the Random type's dict. */
void tyRandom_fini(void);

#endif
