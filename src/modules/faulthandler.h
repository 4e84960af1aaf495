/*
** faulthandler.h — the `faulthandler` module (see faulthandler.c).
*/
#ifndef TY_FAULTHANDLER_H
#define TY_FAULTHANDLER_H

#include <stdbool.h>
#include "../object.h"

/* The faulthandler module: new reference, or NULL. */
TyObject *tyFaulthandler_create(void);

/* Enables the handler at start-up when -X faulthandler (xoption),
** PYTHONFAULTHANDLER or -X dev asks for it.  0, or -1 with the exception. */
int tyFaulthandler_startup(bool xoption);

/* Puts every signal handler back and releases the files (at exit). */
void tyFaulthandler_fini(void);

#endif
