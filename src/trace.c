/*
** trace.c — sys.settrace's events (see trace.h), with CPython 3.11's
** rules: which event goes to which function, when a line is reported,
** what a trace function's result and exception do.
*/
#include "tally.h"
#include "vm.h"
#include "trace.h"
#include "opcodes.h"
#include "objects/frame.h"
#include "objects/func.h"
#include "objects/code.h"

/*
** After a trace function ran: what it assigned in the frame's f_locals
** goes back into the fast locals and cells, so a debugger's `!x = 1`
** changes x (CPython's PyFrame_LocalsToFast after every trace call).  The
** mapping was refreshed before the call, so a name the function did not
** touch is written back unchanged.  0, or -1 when reading the mapping
** raised.
*/
static int locals_to_fast(TyFrame *f)
{
    TyCode *co = f->code;
    if (!(co->flags & TY_CO_OPTIMIZED) || !f->locals || !TY_DICT_CHECK(f->locals))
        return 0;
    for (int i = 0; i < co->nlocalsplus; i++) {
        TyObject *v = tyDict_getItem(f->locals, TY_TUPLE_GET(co->localsplusnames, i));
        if (!v && tyErr_occurred())
            return -1;
        TyObject **slot = &f->localsplus[i];
        if ((co->localspluskinds[i] & (TY_LOCAL_CELL | TY_LOCAL_FREE)) && *slot && TY_TYPE(*slot) == &TyCell_Type)
            slot = &((TyCell *)*slot)->ref;
        if (*slot != v) {
            TY_XINCREF(v);
            TY_XSETREF(*slot, v);
        }
    }
    return 0;
}

/* The line the frame is on for a trace function: its instruction's, or
** for an instruction on no line (a body's closing `return None`) the line
** of the instruction run before it. */
static int shown_line(TyFrame *f)
{
    TyCode *co = f->code;
    int lasti = TY_FRAME_LASTI(f);
    if (lasti >= 0 && lasti < co->ncode && co->positions[lasti].line <= 0 && f->trace_prev >= 0 &&
        f->trace_prev < co->ncode)
        return tyCode_line(co, f->trace_prev);
    return tyCode_line(co, lasti);
}

/*
** Call the frame's trace function (the global one for 'call') with
** (frame, what, arg or None), as CPython's trace trampoline does: a result
** other than None becomes f_trace; an exception removes the global trace
** function and f_trace and is returned as -1.  Events are not reported
** while a trace function runs.
*/
static int call_trace(TyFrame *f, bool global, const char *what, TyObject *arg)
{
    TyFrameObject *fo = tyFrame_getObject(f);
    if (!fo)
        return -1;
    TyObject *callback = global ? ty_state.trace.func : fo->trace;
    if (!callback)
        return 0;
    if ((f->code->flags & TY_CO_OPTIMIZED) && f->locals && !tyFrame_locals(f))
        return -1;
    TyObject *name = tyStr_fromCStr(what);
    if (!name)
        return -1;
    TyObject *argv[3] = { (TyObject *)fo, name, arg ? arg : TY_NONE };
    TY_INCREF(fo);
    TY_INCREF(callback);
    ty_state.trace.depth++;
    int saved_line = fo->trace_line;
    fo->trace_line = shown_line(f);
    TyObject *r = tyObj_call(callback, argv, 3, NULL);
    fo->trace_line = saved_line;
    ty_state.trace.depth--;
    TY_DECREF(callback);
    TY_DECREF(name);
    if (r && locals_to_fast(f) < 0)
        TY_CLEAR(r);
    int rc = 0;
    if (!r) {
        TyObject *exc = tyErr_fetch();
        tyTrace_set(NULL);
        TY_CLEAR(fo->trace);
        tyErr_restore(exc);
        rc = -1;
    } else if (r != TY_NONE) {
        TY_XSETREF(fo->trace, r);
    } else {
        TY_DECREF(r);
    }
    TY_DECREF(fo);
    return rc;
}

/* Has f a local trace function to report to (and is no trace function
** running)?  A frame without one is left without a frame object. */
static bool traced(TyFrame *f)
{
    return !ty_state.trace.depth && f->frame_obj && f->frame_obj->trace;
}

void tyTrace_set(TyObject *func)
{
    TyObject *old = ty_state.trace.func;
    ty_state.trace.func = func && func != TY_NONE ? TY_NEWREF(func) : NULL;
    /* The running frames go on from the instruction they are in: a line
    ** is reported when the next one differs. */
    if (!old && ty_state.trace.func) {
        for (TyFrame *f = ty_state.frame; f; f = f->previous)
            f->trace_prev = TY_FRAME_LASTI(f);
    }
    tyVM_instrument();
    TY_XDECREF(old);
}

int tyTrace_call(TyFrame *f)
{
    /* A new frame is before its first instruction (-1), whose line is
    ** then always reported; a resumed generator is just after its yield. */
    f->trace_prev = TY_FRAME_LASTI(f);
    if (ty_state.trace.depth)
        return 0;
    return call_trace(f, true, "call", NULL);
}

int tyTrace_instruction(TyFrame *f)
{
    TyCode *co = f->code;
    int lasti = TY_FRAME_LASTI(f);
    int op = TY_OP(co->code[lasti]);
    /* The prologue that makes cells, which CPython runs before the
    ** function's RESUME, is not traced, nor an instruction on no line. */
    if (op == OP_MAKE_CELL || op == OP_COPY_FREE_VARS || co->positions[lasti].line <= 0)
        return 0;
    /* A loop's jump back to its header, on the header's line: CPython's
    ** has no line of its own (the header's line is reported once, as the
    ** jump back arrives there). */
    if (op == OP_JUMP) {
        int target = TY_ARG(co->code[lasti]);
        if (target < lasti && tyCode_line(co, target) == tyCode_line(co, lasti))
            return 0;
    }
    int prev = f->trace_prev;
    f->trace_prev = lasti;
    if (!traced(f))
        return 0;
    if (f->frame_obj->trace_lines) {
        /* A new line, or a jump back (a loop's next round on one line),
        ** except SEND's own jump back while it delegates to a subiterator. */
        bool report = prev < 0 || prev >= co->ncode || tyCode_line(co, lasti) != tyCode_line(co, prev) ||
                      (lasti < prev && TY_OP(co->code[prev]) != OP_SEND);
        if (report && call_trace(f, false, "line", NULL) < 0)
            return -1;
    }
    if (traced(f) && f->frame_obj->trace_opcodes)
        return call_trace(f, false, "opcode", NULL);
    return 0;
}

int tyTrace_return(TyFrame *f, TyObject *value)
{
    if (!traced(f))
        return 0;
    return call_trace(f, false, "return", value);
}

void tyTrace_unwind(TyFrame *f)
{
    if (!traced(f))
        return;
    TyObject *exc = tyErr_fetch();
    if (call_trace(f, false, "return", NULL) == 0)
        tyErr_restore(exc);
    else
        TY_XDECREF(exc);
}

void tyTrace_exception(TyFrame *f)
{
    if (!traced(f))
        return;
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    TyObject *tb = ((TyBaseException *)exc)->traceback;
    TyObject *arg = tyTuple_pack(3, (TyObject *)TY_TYPE(exc), exc, tb ? tb : TY_NONE);
    if (!arg) {
        tyErr_clear();
        tyErr_restore(exc);
        return;
    }
    int rc = call_trace(f, false, "exception", arg);
    TY_DECREF(arg);
    if (rc == 0)
        tyErr_restore(exc);
    else
        TY_DECREF(exc);
}
