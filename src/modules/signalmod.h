/*
** signalmod.h — the `_signal` module (see signalmod.c) and the hook the
** VM calls to run Python signal handlers.
*/
#ifndef TY_SIGNALMOD_H
#define TY_SIGNALMOD_H

#include "../object.h"

/* The _signal module: new reference, or NULL. */
TyObject *tySignal_create(void);
/* At exit: drops the handlers and puts their signals back to default. */
void tySignal_fini(void);
/* Call the Python handlers of the signals that arrived since the last
** call (ty_state.signals_pending).  0, or -1 with a handler's exception. */
int tySignal_runHandlers(void);
/* As if signal sig had arrived (_thread.interrupt_main): 0, or -1 with
** ValueError when sig is no signal number. */
int tySignal_simulate(int sig);

#endif
