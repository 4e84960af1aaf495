/*
** dismodule.h — the `dis` module (disassembly of tally's bytecode).
*/
#ifndef TY_DISMODULE_H
#define TY_DISMODULE_H

#include "../object.h"

/* The module: new reference. */
TyObject *tyDisModule_create(void);

#endif
