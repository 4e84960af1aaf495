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
struct TyFrameObject;

/* The events, in CPython's order (PyTrace_CALL is 0: a frame's f_lineno
** assigned outside any event is refused as in a 'call' event). */
typedef enum {
    TY_TRACE_CALL, TY_TRACE_EXCEPTION, TY_TRACE_LINE, TY_TRACE_RETURN, TY_TRACE_OPCODE
} TyTraceEvent;

/* sys.settrace(func): func None (or NULL) removes the trace function.
** Frames already running report lines from their next one.  0, or -1
** with RuntimeError when called while the old function is being dropped
** (its __del__). */
int tyTrace_set(TyObject *func);
/* sys.setprofile(func): func gets 'call' and 'return' of every frame and
** 'c_call', 'c_return', 'c_exception' around calls of built-in functions;
** its result is ignored.  None (or NULL) removes it.  0, or -1 as for
** tyTrace_set. */
int tyTrace_setProfile(TyObject *func);
/* sys.call_tracing(func, args): func(*args), during which (even from
** inside a trace function) settrace/setprofile start events again; as in
** CPython 3.11 the call alone reports nothing more.  New reference, or
** NULL. */
TyObject *tyTrace_callTracing(TyObject *func, TyObject *const *args, size_t nargs);
/* The VM's call of a built-in callable while a profile function is set:
** the call between its 'c_call' and its 'c_return' or 'c_exception'
** (a method descriptor is reported as the built-in method it binds to
** its first argument, as CPython does).  New reference, or NULL. */
TyObject *tyTrace_callBuiltin(TyObject *callable, TyObject *const *args, size_t nargs, TyObject *kwnames);
/* The same for CALL_FUNCTION_EX's call: args a tuple, kwargs a dict or
** NULL. */
TyObject *tyTrace_callBuiltinEx(TyObject *callable, TyObject *args, TyObject *kwargs);
/* The frame starts running (a call, or a generator resumed): 'call'
** to the global trace function, then to the profile function.  0, or -1
** with an exception one of them raised. */
int tyTrace_call(struct TyFrame *f);
/* Before each instruction of f while a trace function is set: 'line'
** when the instruction starts a line or jumps back, 'opcode' when
** f_trace_opcodes asks.  0; 1 when the trace function moved the frame to
** another line (f_lineno assigned: the VM reloads the frame's ip and
** stack); -1 with the trace function's exception. */
int tyTrace_instruction(struct TyFrame *f);
/* frame.f_lineno = lineno, a debugger's jump: allowed in a 'line' event
** of that frame or the 'return' event of a generator's or coroutine's
** yield, to where a run of the line starts with a value stack the current
** one can be cut back to (CPython's rules and messages; the def line is
** the body's start).  0, or -1 with ValueError. */
int tyTrace_jump(struct TyFrameObject *fo, TyObject *lineno);
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
/* SEND or FOR_ITER of f found its iterator finished by a StopIteration
** (`stop`, borrowed; NULL: a new one carrying `value`, none for NULL
** or None):
** 'exception' with it, as CPython 3.11 reports the StopIteration its
** traced SEND and FOR_ITER catch.  0, or -1 with the exception the trace
** function raised. */
int tyTrace_stopIteration(struct TyFrame *f, TyObject *stop, TyObject *value);

#endif
