/*
** select.h — the `select` module (see select.c), and the descriptor
** conversion it shares with `_socket`.
*/
#ifndef TY_SELECT_H
#define TY_SELECT_H

#include "../object.h"

/* The select module: new reference, or NULL.  Readies its types. */
TyObject *tySelect_create(void);

/* Releases the module's types (at exit). */
void tySelect_fini(void);

/* CPython's PyObject_AsFileDescriptor: an int, or what o.fileno() returns,
** as a C int >= 0; -1 with TypeError ("argument must be an int, or have a
** fileno() method."), OverflowError or ValueError ("file descriptor cannot
** be a negative integer (-1)"). */
int tySelect_fileDescriptor(TyObject *o);

/* Seconds left until `deadline` (a CLOCK_MONOTONIC reading in seconds), at
** least 0; and the current reading. */
double tySelect_monotonic(void);

#endif
