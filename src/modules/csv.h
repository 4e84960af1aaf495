/*
** csv.h — the `_csv` module (see csv.c).
*/
#ifndef TY_CSV_H
#define TY_CSV_H

#include "../object.h"

/* The _csv module: new reference, or NULL.  Readies its types and makes
** _csv.Error. */
TyObject *tyCsv_create(void);

/* Releases the dialect registry, _csv.Error and the types (at exit). */
void tyCsv_fini(void);

#endif
