/*
** itertools.h — the `itertools` module: its iterator types, written in C
** because loops run them item by item.
*/
#ifndef TY_ITERTOOLS_H
#define TY_ITERTOOLS_H

#include "../object.h"

/* The itertools module: new reference.  Readies the module's types. */
TyObject *tyItertools_create(void);
/* Releases the module's static types (at exit, with the other static types). */
void tyItertools_fini(void);

#endif
