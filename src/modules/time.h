/*
** time.h — the time module: clocks, sleeping, and conversions between
** timestamps, struct_time and text (CPython 3.11's functions and errors).
*/
#ifndef TY_TIME_H
#define TY_TIME_H

#include "../object.h"

/* The time module: new reference. */
TyObject *tyTime_create(void);
/* At exit: releases the static struct_time type. */
void tyTime_fini(void);

#endif
