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
#include "objects/method.h"
#include "objects/gen.h"
#include "assemble.h"

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
static const char *const event_names[] = { "call", "exception", "line", "return", "opcode" };

/*
** Call callback(frame, what, arg or None) for f's event, with the frame's
** f_locals fresh and what the callback assigned there written back, and
** the event recorded (f_lineno assignments read it).  New reference to the
** result, or NULL.
*/
static TyObject *invoke(TyFrame *f, TyFrameObject *fo, TyObject *callback, const char *what,
                        TyTraceEvent event, TyObject *arg)
{
    if ((f->code->flags & TY_CO_OPTIMIZED) && f->locals && !tyFrame_locals(f))
        return NULL;
    TyObject *name = tyStr_fromCStr(what);
    if (!name)
        return NULL;
    TyObject *argv[3] = { (TyObject *)fo, name, arg ? arg : TY_NONE };
    TY_INCREF(callback);
    int saved_depth = ty_state.trace.depth;
    bool saved_call_tracing = ty_state.trace.call_tracing;
    ty_state.trace.depth++;
    ty_state.trace.call_tracing = false;
    int saved_line = fo->trace_line, saved_event = ty_state.trace.event;
    TyFrame *saved_frame = ty_state.trace.frame;
    fo->trace_line = shown_line(f);
    ty_state.trace.event = (int)event;
    ty_state.trace.frame = f;
    TyObject *r = tyObj_call(callback, argv, 3, NULL);
    ty_state.trace.event = saved_event;
    ty_state.trace.frame = saved_frame;
    fo->trace_line = saved_line;
    ty_state.trace.depth = saved_depth;
    ty_state.trace.call_tracing = saved_call_tracing;
    TY_DECREF(callback);
    TY_DECREF(name);
    if (r && locals_to_fast(f) < 0)
        TY_CLEAR(r);
    return r;
}

/*
** Report an event to the frame's trace function (the global one for
** 'call'), as CPython's trace trampoline does: a result other than None
** becomes f_trace; an exception removes the global trace function and
** f_trace and is returned as -1.
*/
static int call_trace(TyFrame *f, TyTraceEvent event, TyObject *arg)
{
    TyFrameObject *fo = tyFrame_getObject(f);
    if (!fo)
        return -1;
    TyObject *callback = event == TY_TRACE_CALL ? ty_state.trace.func : fo->trace;
    if (!callback)
        return 0;
    TY_INCREF(fo);
    TyObject *r = invoke(f, fo, callback, event_names[event], event, arg);
    int rc = 0;
    if (!r) {
        TyObject *exc = tyErr_fetch();
        if (tyTrace_set(NULL) < 0)
            tyErr_clear();
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

/* Report an event to the profile function (CPython's profile
** trampoline): its result is dropped; an exception removes it (-1). */
static int call_profile(TyFrame *f, const char *what, TyTraceEvent event, TyObject *arg)
{
    if (!ty_state.trace.profile || ty_state.trace.depth || !f)
        return 0;
    TyFrameObject *fo = tyFrame_getObject(f);
    if (!fo)
        return -1;
    TY_INCREF(fo);
    TyObject *r = invoke(f, fo, ty_state.trace.profile, what, event, arg);
    TY_DECREF(fo);
    if (!r) {
        TyObject *exc = tyErr_fetch();
        if (tyTrace_setProfile(NULL) < 0)
            tyErr_clear();
        tyErr_restore(exc);
        return -1;
    }
    TY_DECREF(r);
    return 0;
}

/* Has f a local trace function to report to (and is no trace function
** running)?  A frame without one is left without a frame object. */
static bool traced(TyFrame *f)
{
    return !ty_state.trace.depth && f->frame_obj && f->frame_obj->trace;
}

/*
** Install `func` in *slot after dropping the old function, whose release
** may run a __del__ that installs another: that call fails with
** RuntimeError while *busy is set, as in CPython 3.11.  0, or -1.
*/
static int install(TyObject **slot, TyObject *func, bool *busy, const char *what)
{
    if (*busy) {
        tyErr_format(&TyExc_RuntimeError, "Cannot install a %s function while another %s function is being installed",
                     what, what);
        return -1;
    }
    *busy = true;
    /* Under sys.call_tracing events resume once a function is set. */
    if (ty_state.trace.call_tracing)
        ty_state.trace.depth = 0;
    TyObject *old = *slot;
    *slot = NULL;
    ty_state.trace.active = ty_state.trace.func || ty_state.trace.profile;
    tyVM_instrument();
    TY_XDECREF(old);
    *slot = func && func != TY_NONE ? TY_NEWREF(func) : NULL;
    ty_state.trace.active = ty_state.trace.func || ty_state.trace.profile;
    *busy = false;
    return 0;
}

int tyTrace_set(TyObject *func)
{
    bool was_on = ty_state.trace.func != NULL;
    if (install(&ty_state.trace.func, func, &ty_state.trace.setting_func, "trace") < 0)
        return -1;
    /* The running frames go on from the instruction they are in: a line
    ** is reported when the next one differs. */
    if (!was_on && ty_state.trace.func) {
        for (TyFrame *f = ty_state.frame; f; f = f->previous)
            f->trace_prev = TY_FRAME_LASTI(f);
    }
    tyVM_instrument();
    return 0;
}

int tyTrace_setProfile(TyObject *func)
{
    return install(&ty_state.trace.profile, func, &ty_state.trace.setting_profile, "profile");
}

TyObject *tyTrace_callTracing(TyObject *func, TyObject *const *args, size_t nargs)
{
    int depth = ty_state.trace.depth;
    bool outer = ty_state.trace.call_tracing;
    ty_state.trace.call_tracing = true;
    TyObject *r = tyObj_call(func, args, nargs, NULL);
    ty_state.trace.depth = depth;
    ty_state.trace.call_tracing = outer;
    return r;
}

int tyTrace_call(TyFrame *f)
{
    /* A new frame is before its first instruction (-1), whose line is
    ** then always reported; a resumed generator is just after its yield. */
    f->trace_prev = TY_FRAME_LASTI(f);
    if (ty_state.trace.depth)
        return 0;
    if (ty_state.trace.func && call_trace(f, TY_TRACE_CALL, NULL) < 0)
        return -1;
    return call_profile(f, "call", TY_TRACE_CALL, NULL);
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
        ** except the jump back to SEND of a resumed delegation (yield
        ** from, await). */
        bool report = prev < 0 || prev >= co->ncode || tyCode_line(co, lasti) != tyCode_line(co, prev) ||
                      (lasti < prev && op != OP_SEND);
        uint32_t *ip = f->ip;
        if (report && call_trace(f, TY_TRACE_LINE, NULL) < 0)
            return -1;
        if (f->ip != ip)
            return 1;
    }
    if (traced(f) && f->frame_obj->trace_opcodes)
        return call_trace(f, TY_TRACE_OPCODE, NULL);
    return 0;
}

int tyTrace_return(TyFrame *f, TyObject *value)
{
    if (traced(f) && call_trace(f, TY_TRACE_RETURN, value) < 0)
        return -1;
    return call_profile(f, "return", TY_TRACE_RETURN, value);
}

/* Report an event with the raised exception put aside, as CPython's
** call_trace_protected does: it stays raised unless the report raises. */
static void report_keeping_exception(TyFrame *f, bool trace, bool profile)
{
    TyObject *exc = tyErr_fetch();
    int rc = 0;
    if (trace)
        rc = call_trace(f, TY_TRACE_RETURN, NULL);
    if (rc == 0 && profile)
        rc = call_profile(f, "return", TY_TRACE_RETURN, NULL);
    if (rc == 0)
        tyErr_restore(exc);
    else
        TY_XDECREF(exc);
}

void tyTrace_unwind(TyFrame *f)
{
    bool trace = traced(f), profile = ty_state.trace.profile && !ty_state.trace.depth;
    if (trace || profile)
        report_keeping_exception(f, trace, profile);
}

/* After the call of a profiled built-in (r its result, or NULL with its
** exception): 'c_return' or 'c_exception' reporting func.  r, or NULL
** when the profile function raised (its exception replaces the call's). */
static TyObject *c_end(TyFrame *f, TyObject *func, TyObject *r)
{
    if (!r) {
        TyObject *exc = tyErr_fetch();
        if (call_profile(f, "c_exception", TY_TRACE_OPCODE, func) == 0)
            tyErr_restore(exc);
        else
            TY_XDECREF(exc);
    } else if (call_profile(f, "c_return", TY_TRACE_OPCODE, func) < 0) {
        TY_CLEAR(r);
    }
    return r;
}

/* The method a method descriptor called with args[0] first is reported
** as (new reference; NULL with an exception). */
static TyObject *bind_descr(TyObject *descr, TyObject *self)
{
    return TY_TYPE(descr)->descr_get(descr, self, (TyObject *)TY_TYPE(self));
}

static bool profiled_callable(TyObject *callable, size_t nargs)
{
    return TY_TYPE(callable) == &TyCFunction_Type ||
           (TY_TYPE(callable) == &TyMethodDescr_Type && nargs > 0 && TY_TYPE(callable)->descr_get);
}

TyObject *tyTrace_callBuiltin(TyObject *callable, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (!profiled_callable(callable, nargs))
        return tyObj_call(callable, args, nargs, kwnames);
    TyObject *func = callable, *bound = NULL;
    if (TY_TYPE(callable) == &TyMethodDescr_Type) {
        if (!(bound = bind_descr(callable, args[0])))
            return NULL;
        func = bound;
        args++;
        nargs--;
    }
    TyFrame *f = ty_state.frame;
    TyObject *r = NULL;
    if (call_profile(f, "c_call", TY_TRACE_OPCODE, func) == 0)
        r = c_end(f, func, tyObj_call(func, args, nargs, kwnames));
    TY_XDECREF(bound);
    return r;
}

TyObject *tyTrace_callBuiltinEx(TyObject *callable, TyObject *args, TyObject *kwargs)
{
    size_t nargs = (size_t)TY_TUPLE_LEN(args);
    if (!profiled_callable(callable, nargs))
        return tyObj_callTupleDict(callable, args, kwargs);
    TyObject *func = callable, *bound = NULL, *rest = NULL;
    if (TY_TYPE(callable) == &TyMethodDescr_Type) {
        bound = bind_descr(callable, TY_TUPLE_ITEMS(args)[0]);
        rest = bound ? tyTuple_fromArray(TY_TUPLE_ITEMS(args) + 1, nargs - 1) : NULL;
        if (!rest) {
            TY_XDECREF(bound);
            return NULL;
        }
        func = bound;
        args = rest;
    }
    TyFrame *f = ty_state.frame;
    TyObject *r = NULL;
    if (call_profile(f, "c_call", TY_TRACE_OPCODE, func) == 0)
        r = c_end(f, func, tyObj_callTupleDict(func, args, kwargs));
    TY_XDECREF(bound);
    TY_XDECREF(rest);
    return r;
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
    int rc = call_trace(f, TY_TRACE_EXCEPTION, arg);
    TY_DECREF(arg);
    if (rc == 0)
        tyErr_restore(exc);
    else
        TY_DECREF(exc);
}

int tyTrace_stopIteration(TyFrame *f, TyObject *stop, TyObject *value)
{
    if (!traced(f))
        return 0;
    /* A return of None is a StopIteration without arguments, as
    ** CPython's PyErr_SetNone gives. */
    if (value == TY_NONE)
        value = NULL;
    TyObject *exc = stop ? TY_NEWREF(stop) : tyExc_new(&TyExc_StopIteration, &value, value ? 1 : 0);
    if (!exc)
        return -1;
    tyErr_restore(TY_NEWREF(exc));
    tyTrace_exception(f);
    TyObject *now = tyErr_fetch();
    bool kept = now == exc;
    TY_DECREF(exc);
    if (kept) {
        TY_DECREF(now);
        return 0;
    }
    tyErr_restore(now);
    return -1;
}

/* ---- f_lineno: a debugger's jump ------------------------------------------------- */

/*
** What the value stack holds before each instruction, as CPython's
** frame_setlineno works it out: a kind per item, three bits each, the top
** in the low bits.  An iterator (of a for loop, an await, a yield from)
** or a handled exception must never be conjured by a jump, so a jump may
** only cut the stack back to a prefix of what it is.
*/
typedef int64_t KindStack;
enum { K_OBJECT = 1, K_NULL, K_ITER, K_EXCEPT };
#define KS_UNSET ((KindStack)-1)      /* not reached (yet) */
#define KS_OVERFLOW ((KindStack)-2)   /* deeper than 20 items */

static KindStack ks_push(KindStack s, int kind)
{
    if (s < 0)
        return s;
    if (s >= ((KindStack)1 << 59))
        return KS_OVERFLOW;
    return (s << 3) | kind;
}

static KindStack ks_pop(KindStack s)
{
    return s < 0 ? s : s >> 3;
}

static int ks_depth(KindStack s)
{
    int d = 0;
    for (; s > 0; s >>= 3)
        d++;
    return d;
}

/* The kind n items down (1: the top). */
static int ks_kind(KindStack s, int n)
{
    return (int)((s >> (3 * (n - 1))) & 7);
}

static KindStack ks_popTo(KindStack s, int depth)
{
    while (s > 0 && ks_depth(s) > depth)
        s = ks_pop(s);
    return s;
}

/* An instruction of unknown detail: it pops or pushes plain objects. */
static KindStack ks_apply(KindStack s, int effect)
{
    for (; effect < 0; effect++)
        s = ks_pop(s);
    for (; effect > 0; effect--)
        s = ks_push(s, K_OBJECT);
    return s;
}

/* The stack after instruction op (argument arg) goes on (*next) and when
** it jumps (*taken). */
static void ks_step(KindStack s, int op, int arg, KindStack *next, KindStack *taken)
{
    *taken = tyAsm_jumps(op) ? ks_apply(s, tyAsm_stackEffect(op, arg, true)) : KS_UNSET;
    switch (op) {
    case OP_GET_ITER:
    case OP_GET_AITER:
    case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AWAITABLE:
        *next = ks_push(ks_pop(s), K_ITER);
        return;
    case OP_GET_ANEXT:
        *next = ks_push(s, K_ITER);
        return;
    case OP_SEND:
        *next = s;
        *taken = ks_push(ks_pop(ks_pop(s)), K_OBJECT);
        return;
    case OP_PUSH_EXC_INFO:
        *next = ks_push(ks_push(ks_pop(s), K_EXCEPT), K_EXCEPT);
        return;
    case OP_PUSH_NULL:
        *next = ks_push(s, K_NULL);
        return;
    case OP_LOAD_GLOBAL:
        *next = ks_push((arg & 1) ? ks_push(s, K_NULL) : s, K_OBJECT);
        return;
    case OP_LOAD_METHOD:
        *next = ks_push(ks_push(ks_pop(s), K_NULL), K_OBJECT);
        return;
    case OP_CALL:
        *next = ks_push(ks_apply(s, -(arg + 2)), K_OBJECT);
        return;
    case OP_CALL_FUNCTION_EX:
        *next = ks_push(ks_apply(s, -(3 + (arg & 1))), K_OBJECT);
        return;
    case OP_COPY:
        *next = s < 0 || arg < 1 || arg > ks_depth(s) ? KS_OVERFLOW : ks_push(s, ks_kind(s, arg));
        return;
    case OP_SWAP:
        if (s >= 0 && arg >= 2 && arg <= ks_depth(s)) {
            int top = ks_kind(s, 1), other = ks_kind(s, arg), shift = 3 * (arg - 1);
            s &= ~((KindStack)7 | ((KindStack)7 << shift));
            *next = s | other | ((KindStack)top << shift);
        } else {
            *next = KS_OVERFLOW;
        }
        return;
    default:
        *next = ks_apply(s, tyAsm_stackEffect(op, arg, false));
        return;
    }
}

static bool ks_set(KindStack *stacks, int i, int n, KindStack s)
{
    if (i < 0 || i >= n || stacks[i] != KS_UNSET)
        return false;
    stacks[i] = s;
    return true;
}

/* The kind stack before each instruction of co: a new array, or NULL
** without memory. */
static KindStack *mark_stacks(TyCode *co)
{
    int n = co->ncode;
    KindStack *stacks = tyMem_malloc(sizeof(KindStack) * (size_t)(n > 0 ? n : 1));
    if (!stacks) {
        tyErr_noMemory();
        return NULL;
    }
    for (int i = 0; i < n; i++)
        stacks[i] = KS_UNSET;
    if (n > 0)
        stacks[0] = 0;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < n; i++) {
            KindStack s = stacks[i];
            if (s == KS_UNSET)
                continue;
            for (int e = 0; e < co->nexc; e++) {
                const TyExcEntry *x = &co->exctable[e];
                if (i >= x->start && i < x->end)
                    changed |= ks_set(stacks, x->handler, n, ks_push(ks_popTo(s, x->depth), K_EXCEPT));
            }
            uint32_t word = tyCode_genericWord(co->code[i]);
            int op = TY_OP(word), arg = TY_ARG(word);
            KindStack next, taken;
            ks_step(s, op, arg, &next, &taken);
            if (tyAsm_jumps(op))
                changed |= ks_set(stacks, arg, n, taken);
            if (!tyAsm_endsBlock(op))
                changed |= ks_set(stacks, i + 1, n, next);
        }
    }
    return stacks;
}

/* May a frame whose stack is `from` go on at an instruction expecting
** `to`: is `to` a prefix of it, kind for kind? */
static bool compatible_stack(KindStack from, KindStack to)
{
    if (from < 0 || to < 0)
        return false;
    while (ks_depth(from) > ks_depth(to))
        from = ks_pop(from);
    for (; from > 0; from = ks_pop(from), to = ks_pop(to)) {
        int f = ks_kind(from, 1), t = ks_kind(to, 1);
        bool ok = t == K_NULL || (t == K_OBJECT && f != K_NULL) || f == t;
        if (!ok)
            return false;
    }
    return to == 0;
}

static const char *incompatible_reason(KindStack to)
{
    if (to == KS_OVERFLOW)
        return "stack is too deep to analyze";
    if (to == KS_UNSET)
        return "can't jump into an exception handler, or code may be unreachable";
    switch (ks_kind(to, 1)) {
    case K_EXCEPT:
        return "can't jump into an 'except' block as there's no exception";
    case K_ITER:
        return "can't jump into the body of a for loop";
    default:
        return "incompatible stacks";
    }
}

/* Pop one item of the stack being cut back: a handled exception level
** goes back to what it was, as POP_EXCEPT does. */
static void pop_item(TyObject *v, int kind)
{
    if (kind == K_EXCEPT && (v == TY_NONE || (v && TY_EXC_CHECK(v)))) {
        tyErr_popHandled(v);
        return;
    }
    TY_XDECREF(v);
}

/* Is instruction i a loop's jump back to its header, on the header's
** line (tally places it there; CPython's has no line)? */
static bool loop_jump_back(TyCode *co, int i)
{
    uint32_t word = tyCode_genericWord(co->code[i]);
    if (TY_OP(word) != OP_JUMP)
        return false;
    int target = TY_ARG(word);
    return target < i && tyCode_line(co, target) == tyCode_line(co, i);
}

static int jump_error(const char *msg)
{
    tyErr_setString(&TyExc_ValueError, msg);
    return -1;
}

/* Is f a generator's or coroutine's frame reporting the 'return' of its
** yield (CPython's FRAME_SUSPENDED, the one 'return' event a jump may come
** from)?  An async generator's yield, which its asend/athrow awaitables
** drive, is not offered. */
static bool suspended_at_yield(TyFrame *f)
{
    if (f != ty_state.trace.frame || f->owner != TY_FRAME_IN_GENERATOR ||
        TY_ASYNC_GEN_CHECK((TyObject *)tyGen_ofFrame(f)))
        return false;
    int lasti = TY_FRAME_LASTI(f);
    return lasti >= 0 && TY_OP(f->code->code[lasti]) == OP_YIELD_VALUE;
}

int tyTrace_jump(TyFrameObject *fo, TyObject *lineno)
{
    TyFrame *f = fo->frame;
    bool from_yield = false;
    switch (ty_state.trace.event) {
    case TY_TRACE_CALL:
        return jump_error("can't jump from the 'call' trace event of a new frame");
    case TY_TRACE_LINE:
        break;
    case TY_TRACE_RETURN:
        from_yield = suspended_at_yield(f);
        if (from_yield)
            break;
        return jump_error("can only jump from a 'line' trace event");
    default:
        return jump_error("can only jump from a 'line' trace event");
    }
    if (!fo->trace)
        return jump_error("f_lineno can only be set by a trace function");
    if (f != ty_state.trace.frame || fo->frame != f || f->owner == TY_FRAME_OWNED_BY_OBJECT)
        return jump_error("can only jump from a 'line' trace event");
    int64_t wanted;
    if (tyInt_asI64(lineno, &wanted) < 0 || wanted < INT32_MIN || wanted > INT32_MAX) {
        tyErr_clear();
        return jump_error("lineno out of range");
    }
    TyCode *co = f->code;
    if (wanted < co->firstlineno) {
        tyErr_format(&TyExc_ValueError, "line %d comes before the current code block", (int)wanted);
        return -1;
    }
    KindStack *stacks = mark_stacks(co);
    if (!stacks)
        return -1;
    /* The first line at or after the one asked for that has code.  Code
    ** no path reaches does not count: CPython's compiler drops it (the
    ** lines after an endless loop or a return). */
    int line = -1;
    for (int i = 0; i < co->ncode; i++) {
        int l = co->positions[i].line;
        if (l >= wanted && (line < 0 || l < line) && stacks[i] != KS_UNSET)
            line = l;
    }
    if (line < 0) {
        tyMem_free(stacks);
        tyErr_format(&TyExc_ValueError, "line %d comes after the current code block", (int)wanted);
        return -1;
    }
    /* The def line has CPython's RESUME, where the body starts again;
    ** tally's body starts after the cell prologue. */
    int def_start = -1;
    if (line != wanted && wanted == co->firstlineno && (co->flags & TY_CO_OPTIMIZED)) {
        def_start = 0;
        while (def_start < co->ncode && (TY_OP(co->code[def_start]) == OP_MAKE_CELL ||
                                         TY_OP(co->code[def_start]) == OP_COPY_FREE_VARS))
            def_start++;
    }
    int lasti = TY_FRAME_LASTI(f);
    /* At a yield the yielded value has left the stack already (the
    ** target must not expect it: nothing would be there). */
    KindStack start = from_yield ? ks_pop(stacks[lasti]) : stacks[lasti], best = KS_UNSET;
    int best_at = -1, err = -1;
    const char *msg = "cannot find bytecode for specified line";
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        /* Where a run of the line starts, as CPython's marklines finds
        ** them: instructions on no line do not break a run, nor a loop's
        ** jump back onto its header's line (CPython's has no line). */
        int l = co->positions[i].line;
        if ((l <= 0 || loop_jump_back(co, i)) && i != def_start)
            continue;
        bool starts = l != last_line;
        last_line = l;
        if (def_start >= 0 ? i != def_start : l != line || !starts)
            continue;
        if (compatible_stack(start, stacks[i])) {
            err = 0;
            if (best_at < 0 || stacks[i] > best) {
                best = stacks[i];
                best_at = i;
            }
        } else if (err < 0) {
            if (start == KS_OVERFLOW)
                msg = "stack to deep to analyze";
            else if (start == KS_UNSET)
                msg = "can't jump from unreachable code";
            else {
                msg = incompatible_reason(stacks[i]);
                err = 1;
            }
        }
    }
    tyMem_free(stacks);
    if (err)
        return jump_error(msg);
    TyObject **sp = f->sp;
    for (KindStack s = start; ks_depth(s) > ks_depth(best); s = ks_pop(s)) {
        TyObject *v = *--sp;
        f->sp = sp;
        pop_item(v, ks_kind(s, 1));
    }
    f->ip = co->code + best_at;
    f->trace_prev = best_at;
    if (from_yield)
        tyGen_ofFrame(f)->resume_bare = true;
    return 0;
}
