/*
** symtablemod.h — the `_symtable` module (see symtablemod.c).
*/
#ifndef TY_SYMTABLEMOD_H
#define TY_SYMTABLEMOD_H

#include "../object.h"

/* The _symtable module: new reference, or NULL.  Readies the entry type. */
TyObject *tySymtableModule_create(void);

/* Releases the entry type (at exit). */
void tySymtableModule_fini(void);

#endif
