/*
** frame.h — frame objects: the Python-visible face of a VM frame.
**
** The VM runs on TyFrame records (vm.h) and makes a frame object only when
** a program asks for one (sys._getframe, f_back, a generator's gi_frame) or
** an exception passes through the frame (each traceback entry holds one),
** as CPython 3.11 does.  While the frame runs, the object points at it and
** the frame holds the object.  When the frame ends and the object is still
** referenced elsewhere, the frame's contents move into the object, which
** then keeps the variables alive (a traceback keeps its frames' locals).
*/
#ifndef TY_FRAME_H
#define TY_FRAME_H

#include "../object.h"

struct TyFrame;

typedef struct TyFrameObject {
    TyObject ob;
    struct TyFrame *frame;         /* the frame shown: running, or `data` once owned */
    struct TyFrameObject *back;    /* strong: the caller's frame object, set when owned */
    TyObject *trace;               /* f_trace, or NULL */
    bool trace_lines;              /* f_trace_lines */
    bool trace_opcodes;            /* f_trace_opcodes */
    int trace_line;                /* while a trace function runs: the f_lineno it sees, or 0 */
    TyObject *data[];              /* room for the frame once it ends */
} TyFrameObject;

extern TyType TyFrameObject_Type;

#define TY_FRAME_OBJECT_CHECK(o) (TY_TYPE(o) == &TyFrameObject_Type)

/* Borrowed: f's frame object, made on the first request (the frame holds
** it from then on); NULL with MemoryError. */
TyFrameObject *tyFrame_getObject(struct TyFrame *f);

/*
** f is ending and its frame object is referenced elsewhere: move f's
** contents (variables, value stack, code, function, namespaces) into fo,
** link fo to the caller's frame object for f_back, and start tracking fo.
** Afterwards f holds nothing and must not be cleared again.
*/
void tyFrameObject_takeFrame(TyFrameObject *fo, struct TyFrame *f);

/* Borrowed: the dict of f's variables for locals() and f_locals.  A
** function frame keeps one dict and refreshes it from its variables at
** each call, as CPython 3.11 does; other frames return their namespace.
** NULL with an exception. */
TyObject *tyFrame_locals(struct TyFrame *f);

#endif
