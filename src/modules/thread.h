/*
** thread.h — the `_thread` module of a single-threaded interpreter (see
** thread.c).
*/
#ifndef TY_THREAD_H
#define TY_THREAD_H

#include "../object.h"

/* The _thread module: new reference, or NULL.  Readies its lock types. */
TyObject *tyThread_create(void);

/* Releases the lock types (at exit). */
void tyThread_fini(void);

#endif
