/*
** syslog.h — the `syslog` module: the Unix system logger (see syslog.c).
*/
#ifndef TY_SYSLOG_H
#define TY_SYSLOG_H

#include "../object.h"

/* The syslog module: new reference, or NULL. */
TyObject *tySyslog_create(void);
/* Closes the log if open and releases the ident it keeps (at exit). */
void tySyslog_fini(void);

#endif
