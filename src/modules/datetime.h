/*
** datetime.h — the `_datetime` module: CPython's C half of datetime.py
** (timedelta, date, time, datetime, tzinfo, timezone).
*/
#ifndef TY_DATETIME_H
#define TY_DATETIME_H

#include "../object.h"

/* The module: new reference, or NULL. */
TyObject *tyDatetime_create(void);
/* Releases the module's cached objects and its types. */
void tyDatetime_fini(void);

#endif
