/*
** vm.h — frames and the bytecode interpreter.
**
** A frame holds one activation of a code object: its variables
** (localsplus: locals, cells, free variables) followed by its value stack.
** Frames of ordinary calls are carved from a chunked stack (no malloc per
** call) and released in LIFO order; a generator's frame lives inside the
** generator object.  Calls from Python to Python functions run in the same
** C loop (no C recursion); calls from C (a builtin calling a key function)
** start a nested loop with tyVM_run.
*/
#ifndef TY_VM_H
#define TY_VM_H

#include "object.h"
#include "objects/code.h"

typedef enum {
    TY_FRAME_ON_STACK,       /* in the chunked frame stack */
    TY_FRAME_IN_GENERATOR,   /* embedded in a generator object */
    TY_FRAME_OWNED_BY_OBJECT,/* ended, its contents moved into its frame object */
} TyFrameOwner;

struct TyFrameObject;

typedef struct TyFrame {
    TyCode *code;            /* strong */
    TyObject *func;          /* strong; NULL for code run by exec/import */
    TyObject *globals;       /* borrowed from func, strong when func is NULL */
    TyObject *builtins;      /* likewise */
    TyObject *locals;        /* strong; the namespace of module and class bodies */
    struct TyFrame *previous;
    uint32_t *ip;            /* next instruction */
    TyObject **sp;           /* top of the value stack while suspended */
    struct TyFrameObject *frame_obj; /* strong, or NULL: made on demand (frame.h) */
    uint8_t owner;           /* TyFrameOwner */
    bool is_entry;           /* tyVM_run returns when this frame returns */
    bool is_init;            /* a class's __init__ run by CALL in the caller's loop (vm.c) */
    int trace_prev;          /* while tracing (trace.c): the instruction run before */
    int handler_from;        /* the instruction that raised into the handler running now
                                (RERAISE 1 shows it as the frame's position; written on
                                entry to a handler, before anything reads it) */
    TyObject *init_args;     /* strong, is_init only: the call's argument tuple, or NULL */
#if TY_ASSERTS
    size_t bytes;            /* its bytes on the frame stack, for vm.c's last-in first-out check */
#endif
    TyObject *localsplus[];
} TyFrame;

#define TY_FRAME_STACK_BASE(f) ((f)->localsplus + (f)->code->nlocalsplus)
/* Index of the instruction being executed. */
#define TY_FRAME_LASTI(f) ((int)((f)->ip - (f)->code->code) - 1)

/* Bytes a frame for code needs. */
size_t tyFrame_size(TyCode *code);

/* Gives globals the builtins of the running code (its frame's dict, the
** interpreter's outside any frame) as __builtins__ unless it has one, as
** CPython's exec() does.  0 / -1. */
int tyVM_setDefaultBuiltins(TyObject *globals);
/* Run code (a module, a class body, exec'd code) with the given namespace:
** new reference to the result, or NULL with an exception. */
TyObject *tyVM_evalCode(TyObject *code, TyObject *globals, TyObject *locals);
/* The same for a class body: the closure comes from the body's function. */
TyObject *tyVM_evalClassBody(TyObject *func, TyObject *locals);
/* Resume a frame (a generator's): runs until it returns or yields.  The
** frame must be linked by the caller (previous, is_entry).  NULL only
** hands tyVM_instrument the loop's dispatch tables (once). */
TyObject *tyVM_run(TyFrame *frame);
/* Send every instruction through the instrumented step while tally.watch
** watches something (watch.c) or a trace function is set (trace.c), or
** stop doing so when neither: the dispatch loop's tables are switched, for
** every running loop at once. */
void tyVM_instrument(void);

/* Python functions are called through this (the call slot of function). */
TyObject *tyFunction_vectorcall(TyObject *func, TyObject *const *args, size_t nargs,
                                TyObject *kwnames);
/*
** Bind arguments (borrowed) to a fresh frame's localsplus for func:
** positional, keyword, defaults, *args, **kwargs, with CPython's
** TypeErrors.  Returns 0, or -1 with the frame holding whatever was bound
** (tyFrame_clear releases it).
*/
int tyFrame_bindArgs(TyFrame *frame, TyObject *func, TyObject *const *args, size_t nargs,
                     TyObject *kwnames);
/*
** Release everything a frame holds, as CPython 3.11 does: the variables
** and then the value stack, bottom up, then the locals dict, the function
** and the code.  When the frame's object is referenced elsewhere (a
** traceback, a program), the contents move into the object instead and
** live on there.  The frame must be unlinked from ty_state.frame first:
** the finalizers this runs must not see it.
*/
void tyFrame_clear(TyFrame *frame);

#ifdef TY_FUZZ
/* Fuzzer builds only: after n more safe points (backward jumps, calls)
** every safe point raises KeyboardInterrupt; n <= 0 lifts the budget. */
void tyVM_setBudget(long n);
#endif

/* Start-up / shutdown of the frame stack. */
int tyVM_init(void);
void tyVM_fini(void);

/* The current Python frame, or NULL. */
TyFrame *tyVM_currentFrame(void);

#endif
