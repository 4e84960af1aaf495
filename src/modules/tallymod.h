/*
** tallymod.h — the `tally` module: lifetime tools of the interpreter
** (referrers, explain, census, snapshot); docs/lifetimes.md shows them
** at work.
*/
#ifndef TY_TALLYMOD_H
#define TY_TALLYMOD_H

#include "../object.h"

/* The tally module: new reference. */
TyObject *tyTallyModule_create(void);

#endif
