/*
** trace.h — sys.settrace: the 'call', 'line', 'return', 'exception' and
** 'opcode' events of CPython 3.11, delivered to Python trace functions
** (bdb, pdb, coverage tools).
**
** The global trace function (ty_state.trace.func) gets each new frame's
** 'call' event; what it returns becomes the frame's f_trace, which gets
** the frame's other events.  While a global trace function is set the
** VM dispatches every instruction through its instrumented step (the
** table tally.watch uses, vm.c), which reports lines; without one the
** only cost is a test of ty_state.trace.func where frames start and end.
*/
#ifndef TY_TRACE_H
#define TY_TRACE_H

#include "object.h"

struct TyFrame;

/* sys.settrace(func): func None (or NULL) removes the trace function.
** Frames already running report lines from their next one. */
void tyTrace_set(TyObject *func);
/* The frame starts running (a call, or a generator resumed): 'call'
** to the global trace function.  0, or -1 with its exception. */
int tyTrace_call(struct TyFrame *f);
/* Before each instruction of f while a trace function is set: 'line'
** when the instruction starts a line or jumps back, 'opcode' when
** f_trace_opcodes asks.  0, or -1 with the trace function's exception. */
int tyTrace_instruction(struct TyFrame *f);
/* The frame returns `value` or yields it: 'return'.  0, or -1. */
int tyTrace_return(struct TyFrame *f, TyObject *value);
/* The frame ends by an exception: 'return' with None.  The exception
** stays raised unless the trace function raises another, which then
** replaces it. */
void tyTrace_unwind(struct TyFrame *f);
/* The raised exception arrives in f (raised there, or from a callee):
** 'exception' with (type, value, traceback).  An exception the trace
** function raises replaces it. */
void tyTrace_exception(struct TyFrame *f);

#endif
