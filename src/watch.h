/*
** watch.h — tally.watch(): one report line at every change of a watched
** object's reference count, and one when it is freed.
**
** While something is watched every entry of the VM's dispatch table is
** its watch_step, which runs tyWatch_step before the instruction: the
** counts are compared after each instruction, and a change is reported
** with the instruction that made it.  When nothing is watched the table
** holds the instructions and nothing here is ever called: the hot paths
** (INCREF, DECREF, dispatch) are unchanged.
*/
#ifndef TY_WATCH_H
#define TY_WATCH_H

#include "object.h"

struct TyFrame;

/* Start watching o: 0, or -1 with an exception (an immortal object, no
** memory).  Watching an object twice is watching it once. */
int tyWatch_add(TyObject *o);
/* Stop watching o: 1 if it was watched, 0 if not. */
int tyWatch_remove(TyObject *o);
/* The VM's check before each instruction of `frame` while ty_state.watch
** is set: report the changes the previous instruction made. */
void tyWatch_step(struct TyFrame *frame);
/* Stop watching everything (interpreter exit): the reports not yet
** written go to the C stderr. */
void tyWatch_fini(void);

#endif
