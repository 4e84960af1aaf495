/*
** vm.c — the bytecode interpreter: frames, argument binding, and the
** dispatch loop.
**
** Reference discipline on the value stack: every slot owns one reference
** (NULL slots, pushed by PUSH_NULL or LOAD_METHOD, own nothing).  Calls to
** Python functions move their arguments from the caller's stack into the
** callee's variables, as CPython 3.11 does, which is what makes
** sys.getrefcount of a parameter count the caller's binding, the callee's
** variable and getrefcount's own argument -- 3.
*/
#include "tally.h"
#include "vm.h"
#include "match.h"
#include "opcodes.h"
#include "watch.h"
#include "trace.h"
#include "import.h"
#include "format.h"
#include "objects/code.h"
#include "objects/exceptiongroup.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/coroutine.h"
#include "objects/frame.h"
#include "objects/set.h"
#include "objects/instance.h"
#include "objects/slots.h"
#include "freelist.h"

/* ---- the frame stack ------------------------------------------------------ */

#define FRAME_CHUNK_SIZE (256 * 1024)

typedef struct FrameChunk {
    struct FrameChunk *prev;
    size_t size;
    size_t used;
    char data[];
} FrameChunk;

struct TyThreadFrames {
    FrameChunk *top;
    FrameChunk *spare;        /* one free chunk kept to avoid malloc churn at chunk edges */
};

size_t tyFrame_size(TyCode *code)
{
    return sizeof(TyFrame) + sizeof(TyObject *) * (size_t)(code->nlocalsplus + code->stacksize);
}

/* The rounded size of a frame for code: what alloc_frame_memory takes. */
static inline size_t frame_bytes(TyCode *code)
{
    return (tyFrame_size(code) + 15) & ~(size_t)15;
}

/* Frames on the frame stack are freed last in, first out: the frame freed
** ends at the top chunk's mark.  Its code, which gives its size, is gone
** by then, so the builds with assertions note the size where the frame is
** carved out. */
#if TY_ASSERTS
#define NOTE_FRAME_BYTES(f, size) ((f)->bytes = (size))
#define ASSERT_LAST_FRAME(c, f) TY_ASSERT((char *)(f) + (f)->bytes == (c)->data + (c)->used)
#else
#define NOTE_FRAME_BYTES(f, size) ((void)0)
#define ASSERT_LAST_FRAME(c, f) ((void)0)
#endif

/* size bytes (a multiple of 16) for a frame: the top chunk's next bytes,
** else a new chunk; NULL when there is no memory. */
static TyFrame *alloc_frame_memory(size_t size)
{
    struct TyThreadFrames *fs = ty_state.frames;
    FrameChunk *c = fs->top;
    if (!c || c->used + size > c->size) {
        FrameChunk *n = fs->spare;
        if (n && n->size >= size) {
            fs->spare = NULL;
        } else {
            size_t csize = size > FRAME_CHUNK_SIZE ? size : FRAME_CHUNK_SIZE;
            n = tyMem_malloc(sizeof(FrameChunk) + csize);
            if (!n)
                return NULL;
            n->size = csize;
        }
        n->used = 0;
        n->prev = c;
        fs->top = n;
        c = n;
    }
    TyFrame *f = (TyFrame *)(c->data + c->used);
    c->used += size;
    NOTE_FRAME_BYTES(f, size);
    return f;
}

/* A chunk the last frame left: it becomes the spare. */
static void release_chunk(struct TyThreadFrames *fs, FrameChunk *c)
{
    fs->top = c->prev;
    if (fs->spare)
        tyMem_free(fs->spare);
    fs->spare = c;
}

static inline void free_frame_memory(TyFrame *f)
{
    struct TyThreadFrames *fs = ty_state.frames;
    FrameChunk *c = fs->top;
    ASSERT_LAST_FRAME(c, f);
    c->used = (size_t)((char *)f - c->data);
    if (TY_UNLIKELY(c->used == 0 && c->prev))
        release_chunk(fs, c);
}

int tyVM_init(void)
{
    ty_state.fuzz_budget = -1;
    ty_state.frames = tyMem_calloc(1, sizeof(struct TyThreadFrames));
    return ty_state.frames ? 0 : -1;
}

void tyVM_fini(void)
{
    struct TyThreadFrames *fs = ty_state.frames;
    if (!fs)
        return;
    while (fs->top) {
        FrameChunk *p = fs->top->prev;
        tyMem_free(fs->top);
        fs->top = p;
    }
    tyMem_free(fs->spare);
    tyMem_free(fs);
    ty_state.frames = NULL;
    tyMem_free(ty_state.attr_cache);
    ty_state.attr_cache = NULL;
}

TyFrame *tyVM_currentFrame(void)
{
    return ty_state.frame;
}

/* Initialise a frame for code: variables empty, stack empty.  func,
** globals, builtins are borrowed here and owned as documented in vm.h. */
static void init_frame(TyFrame *f, TyCode *code, TyObject *func, TyObject *globals,
                       TyObject *builtins, TyObject *locals)
{
    f->code = (TyCode *)TY_NEWREF(code);
    f->func = func ? TY_NEWREF(func) : NULL;
    if (func) {
        f->globals = globals;
        f->builtins = builtins;
    } else {
        f->globals = TY_NEWREF(globals);
        f->builtins = TY_NEWREF(builtins);
    }
    f->locals = locals ? TY_NEWREF(locals) : NULL;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->ip = code->code;
    f->owner = TY_FRAME_ON_STACK;
    f->is_entry = false;
    f->is_init = false;
    for (int i = 0; i < code->nlocalsplus; i++)
        f->localsplus[i] = NULL;
    f->sp = TY_FRAME_STACK_BASE(f);
}

void tyFrame_clear(TyFrame *f)
{
    if (f->frame_obj) {
        TyFrameObject *fo = f->frame_obj;
        f->frame_obj = NULL;
        if (TY_REFCNT(fo) > 1) {
            tyFrameObject_takeFrame(fo, f);
            TY_DECREF(fo);
            return;
        }
        TY_DECREF(fo);
    }
    TyObject **end = f->sp;
    for (TyObject **p = f->localsplus; p < end; p++)
        TY_CLEAR(*p);
    f->sp = TY_FRAME_STACK_BASE(f);
    TY_CLEAR(f->locals);
    if (!f->func) {
        TY_CLEAR(f->globals);
        TY_CLEAR(f->builtins);
    }
    TY_CLEAR(f->func);
    TY_CLEAR(f->code);
}

static TyFrame *push_frame(TyCode *code, TyObject *func, TyObject *globals, TyObject *builtins,
                           TyObject *locals)
{
    TyFrame *f = alloc_frame_memory(frame_bytes(code));
    if (!f)
        return NULL;
    init_frame(f, code, func, globals, builtins, locals);
    return f;
}

/*
** A frame for a call of fn (not a generator function) carved from the
** frame stack, its header set: it takes over one reference to fn that the
** caller gives it, its variables from `filled` on are empty, and the
** caller fills the first `filled`.  NULL without memory.
*/
static TY_ALWAYS_INLINE TyFrame *carve_call_frame(TyFunction *fn, TyCode *co, int filled)
{
    size_t size = frame_bytes(co);
    FrameChunk *c = ty_state.frames->top;
    TyFrame *f;
    if (TY_LIKELY(c && c->used + size <= c->size)) {
        f = (TyFrame *)(c->data + c->used);
        c->used += size;
        NOTE_FRAME_BYTES(f, size);
    } else {
        f = alloc_frame_memory(size);
        if (!f)
            return NULL;
    }
    f->code = (TyCode *)TY_NEWREF(co);
    f->func = (TyObject *)fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->frame_obj = NULL;
    f->ip = co->code;
    f->owner = TY_FRAME_ON_STACK;
    f->is_entry = false;
    f->is_init = false;
    for (int i = filled, n = co->nlocalsplus; i < n; i++)
        f->localsplus[i] = NULL;
    f->sp = f->localsplus + co->nlocalsplus;
    return f;
}

/*
** The frame of a call to fn (not a generator function) whose nargs
** arguments fill its positional parameters exactly, pushed as
** push_frame would but in one pass: the references to fn and to the
** arguments move from the caller's stack into the frame (the caller
** forgets them), nothing is counted up and down.  NULL (nothing moved)
** without memory.
*/
static TY_ALWAYS_INLINE TyFrame *push_exact_call(TyFunction *fn, TyCode *co, TyObject **args,
                                                 int nargs)
{
    TyFrame *f = carve_call_frame(fn, co, nargs);
    if (!f)
        return NULL;
    for (int i = 0; i < nargs; i++)
        f->localsplus[i] = args[i];
    return f;
}

/*
** The frame of __init__ (fn) for `cls(args)`, run in the caller's loop
** rather than through type_call and slot_init, with the references those
** would hold while __init__ runs, so every count reads as CPython 3.11's:
** the frame's own to fn, self and each argument, a second to fn (slot_init's
** lookup), the argument tuple (type_call's, holding each argument once
** more; NULL without arguments).  The caller's stack keeps its references
** and holds self in the call's NULL slot (type_call's `obj`).  Takes over
** argtuple; NULL without memory (argtuple then released).
*/
static TyFrame *push_init_call(TyFunction *fn, TyCode *co, TyObject *self, TyObject **args, int nargs,
                               TyObject *argtuple)
{
    TyFrame *f = carve_call_frame(fn, co, nargs + 1);
    if (!f) {
        TY_XDECREF(argtuple);
        return NULL;
    }
    TY_INCREF(fn);
    TY_INCREF(fn);
    f->localsplus[0] = TY_NEWREF(self);
    for (int i = 0; i < nargs; i++)
        f->localsplus[i + 1] = TY_NEWREF(args[i]);
    f->is_init = true;
    f->init_args = argtuple;
    return f;
}

static void pop_frame(TyFrame *f)
{
    tyFrame_clear(f);
    if (f->owner == TY_FRAME_ON_STACK)
        free_frame_memory(f);
}

/* pop_frame for a returning frame, with the common case (a function's
** frame on the frame stack that no frame object saw) cleared here in
** tyFrame_clear's order: variables and stack bottom up, the locals dict,
** the function, the code. */
static TY_ALWAYS_INLINE void pop_returning_frame(TyFrame *f)
{
    if (TY_UNLIKELY(f->frame_obj || !f->func || f->owner != TY_FRAME_ON_STACK)) {
        pop_frame(f);
        return;
    }
    for (TyObject **p = f->localsplus, **end = f->sp; p < end; p++)
        TY_CLEAR(*p);
    TY_CLEAR(f->locals);
    TY_DECREF(f->func);
    TY_DECREF(f->code);
    free_frame_memory(f);
}

/* ---- argument binding -------------------------------------------------------- */

/* "f()" for error messages: the function's qualified name. */
static const char *func_qualname(TyObject *func)
{
    return TY_STR_UTF8(((TyFunction *)func)->qualname);
}

/*
** TypeError "f() missing 2 required positional arguments: 'a' and 'b'"
** naming the parameters in [start, end) left unbound, "'a', 'b', and 'c'"
** for three or more (CPython's format_missing).
*/
static void missing_arguments(TyObject *func, TyFrame *f, bool kwonly, int start, int end)
{
    TyCode *co = f->code;
    int n = 0, seen = 0;
    for (int i = start; i < end; i++)
        n += !f->localsplus[i];
    TyStrBuilder b;
    tyBuf_init(&b);
    for (int i = start; i < end; i++) {
        if (f->localsplus[i])
            continue;
        if (seen > 0)
            tyBuf_appendC(&b, n == 2 ? " and " : seen == n - 1 ? ", and " : ", ");
        tyBuf_appendChar(&b, '\'');
        tyBuf_appendStr(&b, TY_TUPLE_GET(co->localsplusnames, i));
        tyBuf_appendChar(&b, '\'');
        seen++;
    }
    TyObject *list = tyBuf_finish(&b);
    if (!list)
        return;
    tyErr_format(&TyExc_TypeError, "%s() missing %d required %s argument%s: %U", func_qualname(func), n,
                 kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
    TY_DECREF(list);
}

static void too_many_positional(TyObject *func, TyFrame *f, size_t given)
{
    TyCode *co = f->code;
    TyFunction *fn = (TyFunction *)func;
    int defcount = fn->defaults ? (int)TY_TUPLE_LEN(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (f->localsplus[i])
            kwonly_given++;
    TyObject *sig;
    if (defcount)
        sig = tyStr_fromFormat("from %d to %d", co->argcount - defcount, co->argcount);
    else
        sig = tyStr_fromFormat("%d", co->argcount);
    if (!sig)
        return;
    bool plural = defcount ? true : co->argcount != 1;
    if (kwonly_given) {
        tyErr_format(&TyExc_TypeError,
                     "%s() takes %U positional argument%s but %zu positional argument%s "
                     "(and %d keyword-only argument%s) were given",
                     func_qualname(func), sig, plural ? "s" : "", given, given == 1 ? "" : "s",
                     kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        tyErr_format(&TyExc_TypeError, "%s() takes %U positional argument%s but %zu %s given",
                     func_qualname(func), sig, plural ? "s" : "", given, given == 1 ? "was" : "were");
    }
    TY_DECREF(sig);
}

/*
** The keyword `name` matches no parameter that may be given by keyword:
** TypeError listing every positional-only parameter the call names ("f()
** got some positional-only arguments passed as keyword arguments: 'a, b'"),
** or else "f() got an unexpected keyword argument 'x'".
*/
static void unexpected_keyword(TyObject *func, TyCode *co, TyObject *name, TyObject *kwnames)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    for (int j = 0; j < co->posonlyargcount; j++) {
        TyObject *pname = TY_TUPLE_GET(co->localsplusnames, j);
        for (ssize_t k = 0; k < TY_TUPLE_LEN(kwnames); k++) {
            if (!tyStr_eq(pname, TY_TUPLE_GET(kwnames, k)))
                continue;
            if (b.len > 0)
                tyBuf_appendC(&b, ", ");
            tyBuf_appendStr(&b, pname);
        }
    }
    if (b.len == 0) {
        tyBuf_free(&b);
        tyErr_format(&TyExc_TypeError, "%s() got an unexpected keyword argument '%U'",
                     func_qualname(func), name);
        return;
    }
    TyObject *names = tyBuf_finish(&b);
    if (names)
        tyErr_format(&TyExc_TypeError,
                     "%s() got some positional-only arguments passed as keyword arguments: '%U'",
                     func_qualname(func), names);
    TY_XDECREF(names);
}

/*
** Bind a call's arguments to f's parameters in CPython 3.11's order, which
** decides which error a wrong call reports: positional arguments first
** (the surplus goes to *args, or is dropped), then each keyword in turn
** (an unknown name, a positional-only one, or one already bound is
** reported at once), then the count of positional arguments, then
** defaults and the missing positional parameters, then the keyword-only
** ones.  0, or -1 with TypeError.
*/
int tyFrame_bindArgs(TyFrame *f, TyObject *func, TyObject *const *args, size_t nargs,
                     TyObject *kwnames)
{
    TyCode *co = f->code;
    TyFunction *fn = (TyFunction *)func;
    TyObject **locals = f->localsplus;
    int argcount = co->argcount;
    int total_args = argcount + co->kwonlyargcount;
    size_t nkw = kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0;
    TyObject *kwdict = NULL;

    if (co->flags & TY_CO_VARKEYWORDS) {
        kwdict = tyDict_new();
        if (!kwdict)
            return -1;
        locals[total_args + ((co->flags & TY_CO_VARARGS) ? 1 : 0)] = kwdict;
    }

    size_t npos = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < npos; i++)
        locals[i] = TY_NEWREF(args[i]);

    if (co->flags & TY_CO_VARARGS) {
        TyObject *rest = nargs > npos ? tyTuple_fromArray(args + npos, (ssize_t)(nargs - npos))
                                      : tyTuple_new(0);
        if (!rest)
            return -1;
        locals[total_args] = rest;
    }

    for (size_t k = 0; k < nkw; k++) {
        TyObject *name = TY_TUPLE_GET(kwnames, k);
        TyObject *value = args[nargs + k];
        int j;
        for (j = co->posonlyargcount; j < total_args; j++) {
            TyObject *pname = TY_TUPLE_GET(co->localsplusnames, j);
            if (pname == name || tyStr_eq(pname, name))
                break;
        }
        if (j == total_args) {
            if (kwdict) {
                if (tyDict_setItem(kwdict, name, value) < 0)
                    return -1;
                continue;
            }
            unexpected_keyword(func, co, name, kwnames);
            return -1;
        }
        if (locals[j]) {
            tyErr_format(&TyExc_TypeError, "%s() got multiple values for argument '%U'",
                         func_qualname(func), name);
            return -1;
        }
        locals[j] = TY_NEWREF(value);
    }

    if (nargs > (size_t)argcount && !(co->flags & TY_CO_VARARGS)) {
        too_many_positional(func, f, nargs);
        return -1;
    }

    /* Defaults for the positional parameters not given. */
    if (nargs < (size_t)argcount) {
        int defcount = fn->defaults ? (int)TY_TUPLE_LEN(fn->defaults) : 0;
        int first_default = argcount - defcount;
        for (int j = (int)nargs; j < first_default; j++) {
            if (!locals[j]) {
                missing_arguments(func, f, false, 0, first_default);
                return -1;
            }
        }
        for (int j = first_default > (int)nargs ? first_default : (int)nargs; j < argcount; j++)
            if (!locals[j])
                locals[j] = TY_NEWREF(TY_TUPLE_GET(fn->defaults, j - first_default));
    }
    bool missing_kwonly = false;
    for (int j = argcount; j < total_args; j++) {
        if (locals[j])
            continue;
        TyObject *def = fn->kwdefaults ? tyDict_getItem(fn->kwdefaults, TY_TUPLE_GET(co->localsplusnames, j)) : NULL;
        if (def)
            locals[j] = TY_NEWREF(def);
        else if (tyErr_occurred())
            return -1;
        else
            missing_kwonly = true;
    }
    if (missing_kwonly) {
        missing_arguments(func, f, true, argcount, total_args);
        return -1;
    }
    return 0;
}

/* ---- entry points ------------------------------------------------------------ */

static TyObject *run_new_frame(TyFrame *f)
{
    f->is_entry = true;
    return tyVM_run(f);
}

TyObject *tyFunction_vectorcall(TyObject *callable, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    TyFunction *fn = (TyFunction *)callable;
    TyCode *co = (TyCode *)fn->code;
    if (co->flags & TY_CO_SUSPENDABLE) {
        TyFrame *gf;
        TyObject *gen = tyGen_new(callable, &gf);
        if (!gen)
            return NULL;
        if (tyFrame_bindArgs(gf, callable, args, nargs, kwnames) < 0) {
            TY_DECREF(gen);
            return NULL;
        }
        return gen;
    }
    TyFrame *f = push_frame(co, callable, fn->globals, fn->builtins, NULL);
    if (!f)
        return NULL;
    if (tyFrame_bindArgs(f, callable, args, nargs, kwnames) < 0) {
        pop_frame(f);
        return NULL;
    }
    return run_new_frame(f);
}

int tyVM_setDefaultBuiltins(TyObject *globals)
{
    if (tyDict_getItem(globals, TY_ID(__builtins__)))
        return 0;
    if (tyErr_occurred())
        return -1;
    TyFrame *f = tyVM_currentFrame();
    return tyDict_setItem(globals, TY_ID(__builtins__), f && f->builtins ? f->builtins : ty_state.builtins);
}

/* The builtins code run in globals sees (CPython's
** _PyEval_BuiltinsFromGlobals): globals['__builtins__'] of any class, a
** module's dict for a module, the interpreter's without one.  Borrowed. */
static TyObject *builtins_of(TyObject *globals)
{
    TyObject *b = tyDict_getItem(globals, TY_ID(__builtins__));
    if (b && TY_MODULE_CHECK(b))
        b = TY_MODULE_DICT(b);
    return b ? b : ty_state.builtins;
}

TyObject *tyVM_evalCode(TyObject *code, TyObject *globals, TyObject *locals)
{
    if (tyVM_setDefaultBuiltins(globals) < 0)
        return NULL;
    TyFrame *f = push_frame((TyCode *)code, NULL, globals, builtins_of(globals), locals);
    if (!f)
        return NULL;
    return run_new_frame(f);
}

TyObject *tyVM_evalClassBody(TyObject *func, TyObject *locals)
{
    TyFunction *fn = (TyFunction *)func;
    TyFrame *f = push_frame((TyCode *)fn->code, func, fn->globals, fn->builtins, locals);
    if (!f)
        return NULL;
    return run_new_frame(f);
}

/* ---- helpers of the loop ---------------------------------------------------- */

/* True for an instruction whose first action is a STORE_FAST. */
static inline bool stores_fast(int op)
{
    return op == OP_STORE_FAST || op == OP_STORE_FAST__LOAD_FAST || op == OP_STORE_FAST__STORE_FAST;
}

static void unbound_local(TyFrame *f, int slot)
{
    TyObject *name = TY_TUPLE_GET(f->code->localsplusnames, slot);
    tyErr_format(&TyExc_UnboundLocalError,
                 "cannot access local variable '%U' where it is not associated with a value", name);
}

static void unbound_deref(TyFrame *f, int slot)
{
    TyObject *name = TY_TUPLE_GET(f->code->localsplusnames, slot);
    if (f->code->localspluskinds[slot] & TY_LOCAL_FREE)
        tyErr_format(&TyExc_NameError,
                     "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                     name);
    else
        unbound_local(f, slot);
}

static void name_error(TyObject *name)
{
    TyObject *msg = tyStr_fromFormat("name '%U' is not defined", name);
    TyObject *kw = msg ? tyTuple_pack(1, TY_ID(name)) : NULL;
    if (kw) {
        TyObject *args[2] = { msg, name };
        TyObject *exc = tyObj_call((TyObject *)&TyExc_NameError, args, 1, kw);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
    }
    TY_XDECREF(kw);
    TY_XDECREF(msg);
}

/* builtins[name] for builtins that are not an exact dict (exec() may be
** given any object as `__builtins__`): new reference, or NULL with
** NameError for a missing name or the look-up's own error. */
static TyObject *builtin_item(TyObject *builtins, TyObject *name)
{
    TyObject *v = tyObj_getItem(builtins, name);
    if (!v && tyErr_exceptionMatches(&TyExc_KeyError)) {
        tyErr_clear();
        name_error(name);
    }
    return v;
}

/* LOAD_NAME's globals-then-builtins part (CPython's): the globals read as
** a dict whatever their class, the builtins through __getitem__ unless an
** exact dict.  New reference, or NULL with NameError or another error. */
static TyObject *load_name_global(TyFrame *f, TyObject *name)
{
    TyObject *v = TY_DICT_CHECK_EXACT(f->globals) ? tyDict_getStr(f->globals, name)
                                                   : tyDict_getItem(f->globals, name);
    if (v || tyErr_occurred())
        return v ? TY_NEWREF(v) : NULL;
    if (!TY_DICT_CHECK_EXACT(f->builtins))
        return builtin_item(f->builtins, name);
    v = tyDict_getStr(f->builtins, name);
    if (!v && !tyErr_occurred())
        name_error(name);
    return v ? TY_NEWREF(v) : NULL;
}

/* LOAD_GLOBAL when the globals or the builtins are not exact dicts: both
** read through __getitem__, as CPython's slow path.  New reference. */
static TyObject *load_global_slow(TyFrame *f, TyObject *name)
{
    TyObject *v = tyObj_getItem(f->globals, name);
    if (v || !tyErr_exceptionMatches(&TyExc_KeyError))
        return v;
    tyErr_clear();
    return builtin_item(f->builtins, name);
}

/* A new reference to locals[name], or NULL (no exception) when missing. */
static TyObject *locals_get(TyObject *locals, TyObject *name)
{
    if (TY_DICT_CHECK_EXACT(locals)) {
        TyObject *v = tyDict_getItem(locals, name);
        return v ? TY_NEWREF(v) : NULL;
    }
    TyObject *v = tyObj_getItem(locals, name);
    if (!v && tyErr_exceptionMatches(&TyExc_KeyError))
        tyErr_clear();
    return v;
}

static int do_raise(TyObject *exc, TyObject *cause)
{
    TyObject *inst;
    if (TY_TYPE_CHECK(exc)) {
        if (!TY_EXC_TYPE_CHECK(exc)) {
            tyErr_setString(&TyExc_TypeError, "exceptions must derive from BaseException");
            return -1;
        }
        inst = tyObj_callNoArgs(exc);
        if (!inst)
            return -1;
        if (!TY_EXC_CHECK(inst)) {
            tyErr_format(&TyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %T", exc, inst);
            TY_DECREF(inst);
            return -1;
        }
    } else if (TY_EXC_CHECK(exc)) {
        inst = TY_NEWREF(exc);
    } else {
        tyErr_setString(&TyExc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        TyObject *c;
        if (cause == TY_NONE) {
            c = NULL;
        } else if (TY_TYPE_CHECK(cause) && TY_EXC_TYPE_CHECK(cause)) {
            c = tyObj_callNoArgs(cause);
            if (!c) {
                TY_DECREF(inst);
                return -1;
            }
        } else if (TY_EXC_CHECK(cause)) {
            c = TY_NEWREF(cause);
        } else {
            tyErr_setString(&TyExc_TypeError, "exception causes must derive from BaseException");
            TY_DECREF(inst);
            return -1;
        }
        tyExc_setCause(inst, c);
        TY_XDECREF(c);
    }
    tyErr_setRaised(inst);
    TY_DECREF(inst);
    return -1;
}

/* The types of an except clause: an exception class or a tuple of them
** (one level: CPython refuses `except (A, (B, C))`).  0 / -1. */
static int check_except_type(TyObject *type)
{
    bool ok = TY_TYPE_CHECK(type) && TY_EXC_TYPE_CHECK(type);
    if (TY_TUPLE_CHECK(type)) {
        ok = true;
        for (ssize_t i = 0; i < TY_TUPLE_LEN(type); i++) {
            TyObject *t = TY_TUPLE_GET(type, i);
            ok = ok && TY_TYPE_CHECK(t) && TY_EXC_TYPE_CHECK(t);
        }
    }
    if (ok)
        return 0;
    tyErr_setString(&TyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* Unpack seq into n values stored at out[n-1] .. out[0] (so the first item
** ends up on top of the stack).  With a star, `before` items, a list, then
** `after` items.  Steals nothing; returns 0 / -1. */
static int unpack_iterable(TyObject *seq, int before, int after, bool star, TyObject **out)
{
    TyObject *it = tyObj_getIter(seq);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError) && !TY_TYPE(seq)->iter && !TY_TYPE(seq)->subscript) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError, "cannot unpack non-iterable %s object", tyType_name(TY_TYPE(seq)));
        }
        return -1;
    }
    int total = before + (star ? 1 : 0) + after;
    int i = 0;
    for (; i < before; i++) {
        TyObject *v = tyIter_next(it);
        if (!v) {
            if (!tyErr_occurred()) {
                if (star)
                    tyErr_format(&TyExc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                                 before + after, i);
                else
                    tyErr_format(&TyExc_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
            }
            goto fail;
        }
        out[total - 1 - i] = v;
    }
    if (!star) {
        TyObject *extra = tyIter_next(it);
        if (extra) {
            TY_DECREF(extra);
            tyErr_format(&TyExc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (tyErr_occurred())
            goto fail;
        TY_DECREF(it);
        return 0;
    }
    TyObject *rest = tyList_fromIterable(it);
    if (!rest)
        goto fail;
    ssize_t nrest = TY_LIST_LEN(rest);
    if (nrest < after) {
        tyErr_format(&TyExc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                     before + after, before + nrest);
        TY_DECREF(rest);
        goto fail;
    }
    out[total - 1 - before] = rest;
    i++;
    for (int k = 0; k < after; k++) {
        TyObject *v = TY_LIST_GET(rest, nrest - after + k);
        out[total - 1 - before - 1 - k] = v;
        i++;
    }
    ((TyList *)rest)->size = nrest - after;
    TY_DECREF(it);
    return 0;
fail:
    for (int k = 0; k < i && k < before; k++)
        TY_DECREF(out[total - 1 - k]);
    TY_DECREF(it);
    return -1;
}

/* The REPL's echo: sys.displayhook(value) or the default behaviour. */
/*
** BEFORE_WITH / BEFORE_ASYNC_WITH: *slot holds the manager; it is replaced
** by its bound __exit__ (__aexit__) and the result of __enter__()
** (__aenter__()) is returned, a new reference.  NULL with CPython's
** TypeError when the manager lacks either method (the slot unchanged).
*/
static TyObject *enter_context(TyObject **slot, bool is_async)
{
    TyObject *mgr = *slot;
    const char *protocol = is_async ? "asynchronous context manager" : "context manager";
    TyObject *enter = tyObj_lookupSpecial(mgr, is_async ? TY_ID(__aenter__) : TY_ID(__enter__));
    if (!enter) {
        if (!tyErr_occurred())
            tyErr_format(&TyExc_TypeError, "'%s' object does not support the %s protocol",
                         tyType_name(TY_TYPE(mgr)), protocol);
        return NULL;
    }
    TyObject *exit = tyObj_lookupSpecial(mgr, is_async ? TY_ID(__aexit__) : TY_ID(__exit__));
    if (!exit) {
        if (!tyErr_occurred())
            tyErr_format(&TyExc_TypeError, "'%s' object does not support the %s protocol (missed %s method)",
                         tyType_name(TY_TYPE(mgr)), protocol, is_async ? "__aexit__" : "__exit__");
        TY_DECREF(enter);
        return NULL;
    }
    *slot = exit;
    TY_DECREF(mgr);
    TyObject *res = tyObj_callNoArgs(enter);
    TY_DECREF(enter);
    return res;
}

static int print_expr(TyObject *v)
{
    TyObject *hook = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(displayhook)) : NULL;
    if (hook) {
        TyObject *r = tyObj_callOneArg(hook, v);
        if (!r)
            return -1;
        TY_DECREF(r);
        return 0;
    }
    if (tyErr_occurred())
        return -1;
    tyErr_setString(&TyExc_RuntimeError, "lost sys.displayhook");
    return -1;
}

static TyObject *format_value(TyObject *value, int flags, TyObject *spec)
{
    TyObject *v = value;
    int conv = flags & 3;
    if (conv) {
        v = conv == 1 ? tyObj_str(value) : conv == 2 ? tyObj_repr(value) : tyStr_ascii(value);
        if (!v)
            return NULL;
    } else {
        TY_INCREF(v);
    }
    if (!spec && TY_STR_CHECK_EXACT(v))
        return v;
    TyObject *r = tyFormat_object(v, spec);
    TY_DECREF(v);
    return r;
}

static int dict_merge_for_call(TyObject *func, TyObject *dict, TyObject *other)
{
    return tyDict_mergeNoDup(dict, other, func);
}

/* ---- inline caches ------------------------------------------------------------ */

#define INSTR_CACHE() (&frame->code->caches[ip - frame->code->code - 1])

/* LOAD_GLOBAL through its cache: valid while neither the globals nor the
** builtins dict has changed (dict versions are unique per mutation, and
** a new dict takes a fresh one).  A filled cache also records where the
** value was found (index 1: the globals, 0: the builtins) for the
** specialised forms.  Globals or builtins that are not exact dicts take
** load_global_slow, uncached.  New reference, or NULL with the error. */
static TyObject *cached_global(TyFrame *f, TyObject *name, TyInlineCache *c)
{
    TyDict *g = (TyDict *)f->globals, *b = (TyDict *)f->builtins;
    if (TY_UNLIKELY(!TY_DICT_CHECK_EXACT(f->globals) || !TY_DICT_CHECK_EXACT(f->builtins))) {
        c->value = NULL;
        return load_global_slow(f, name);
    }
    if (c->value && c->version == g->version && c->version2 == b->version)
        return TY_NEWREF(c->value);
    TyObject *v = tyDict_getStr(f->globals, name);
    c->index = v != NULL;
    if (!v && (tyErr_occurred() || !(v = tyDict_getStr(f->builtins, name)))) {
        if (!tyErr_occurred())
            name_error(name);
        c->value = NULL;
        return NULL;
    }
    c->version = g->version;
    c->version2 = b->version;
    c->value = v;
    return TY_NEWREF(v);
}

/*
** Back-off of specialisation.  A specialised form whose check fails turns
** back into its generic instruction through DEOPT, which counts the miss;
** the generic instruction then runs 2**misses - 1 times (misses capped at
** SPECIALISE_MAX_MISSES) before may_specialise lets it rewrite the site
** again, so a site whose operands alternate in type settles as generic
** instead of rewriting itself at every execution.
*/
#define SPECIALISE_MAX_MISSES 12

static TY_ALWAYS_INLINE bool may_specialise(TyInlineCache *c)
{
    if (TY_LIKELY(c->wait == 0))
        return true;
    c->wait--;
    return false;
}

static void note_deopt(TyInlineCache *c)
{
    if (c->misses < SPECIALISE_MAX_MISSES)
        c->misses++;
    c->wait = (uint16_t)((1u << c->misses) - 1);
}

/* The running specialised instruction becomes `generic` again. */
#define DEOPT(generic)                                  \
    do {                                                \
        note_deopt(INSTR_CACHE());                      \
        ip[-1] = TY_INSTR(OP_##generic, oparg);         \
    } while (0)

/*
** What attribute `name` of instances of `t` resolves through, remembered
** per instruction while no class has changed (the type epoch) and t's
** inline-value keys have not grown: the class attribute (a descriptor or
** plain value; borrowed, kept alive by the class dict) and the key index.
*/
/* What an attribute cache's class attribute is. */
enum { ATTR_NONE, ATTR_DATA_DESCR, ATTR_DESCR, ATTR_PLAIN };

static inline uint64_t keys_seen(TyType *t)
{
    return t->cached_keys ? (uint64_t)t->cached_keys->n : 0;
}

/* The second level behind the attribute caches of instructions: each
** resolution refresh_attr_cache makes, by (class, name), so that a site
** that sees several classes in turn (richards' Task subclasses) refills
** its one entry from here rather than from the MRO and the key list. */
#define ATTR_CACHE_SIZE 1024

struct TyAttrCacheEntry {
    TyObject *name;             /* borrowed, interned: with its hash, as a */
    ty_hash hash;               /* dead name's address may be a new name's */
    TyInlineCache c;
};

static bool attr_cache_valid(TyType *t, TyInlineCache *c);

/* The second-level entry for (t, name). */
static inline size_t attr_cache_slot(TyType *t, TyObject *name)
{
    return (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 31) & (ATTR_CACHE_SIZE - 1);
}

/*
** refresh_attr_cache's resolution from the class: e is the second-level
** entry to fill (NULL without a table).
*/
static __attribute__((noinline)) bool resolve_attr_cache(TyType *t, TyObject *name, TyInlineCache *c,
                                                         struct TyAttrCacheEntry *e)
{
    if (!e && (e = ty_state.attr_cache = tyMem_calloc(ATTR_CACHE_SIZE, sizeof *e)))
        e = &e[attr_cache_slot(t, name)];
    /* Instances with inline values, or with no instance dict at all (a
    ** class whose __slots__ leave out __dict__): what an instance holds
    ** is then found without a dict look-up. */
    if ((t->getattr != tyObj_genericGetAttr && t->getattr) || (!t->valuesoffset && t->dictoffset))
        return false;
    c->key = t;
    c->version = ty_state.type_epoch;
    c->version2 = keys_seen(t);
    TyObject *descr = tyType_lookup(t, name);
    c->value = descr;
    c->index = t->valuesoffset ? tyInst_keyIndex(t, name) : -1;
    if (!descr)
        c->kind = ATTR_NONE;
    else if (!TY_TYPE(descr)->descr_get)
        c->kind = ATTR_PLAIN;
    else
        c->kind = TY_TYPE(descr)->descr_set ? ATTR_DATA_DESCR : ATTR_DESCR;
    if (e && TY_STR_CHECK_EXACT(name) && ((TyStr *)name)->interned) {
        e->name = name;
        e->hash = ((TyStr *)name)->hash;
        e->c = *c;
    }
    return true;
}

/* A site's cache refilled for (t, name): from the second level when it
** holds the answer (no registers to save on that path: a site that sees
** several classes in turn comes here at every change of class), else
** resolved from the class.  False: the class's attributes cannot be
** cached (the caller takes the general path). */
static bool refresh_attr_cache(TyType *t, TyObject *name, TyInlineCache *c)
{
    struct TyAttrCacheEntry *e = ty_state.attr_cache;
    if (TY_UNLIKELY(!e))
        return resolve_attr_cache(t, name, c, NULL);
    e += attr_cache_slot(t, name);
    if (e->name != name || e->hash != ((TyStr *)name)->hash || !attr_cache_valid(t, &e->c))
        return resolve_attr_cache(t, name, c, e);
    /* The site's own back-off stays the site's. */
    c->version = e->c.version;
    c->version2 = e->c.version2;
    c->key = e->c.key;
    c->value = e->c.value;
    c->index = e->c.index;
    c->kind = e->c.kind;
    return true;
}

/* Key indexes never move, so only a name not yet among the keys needs
** the keys to be unchanged. */
static inline bool attr_cache_valid(TyType *t, TyInlineCache *c)
{
    return c->key == t && c->version == ty_state.type_epoch &&
           (c->index >= 0 || c->version2 == keys_seen(t));
}

/* o.name for an instance of a class with inline values, by the cache;
** NULL with no exception means "take the general path". */
static TY_ALWAYS_INLINE TyObject *cached_getattr(TyObject *o, TyObject *name, TyInlineCache *c)
{
    TyType *t = TY_TYPE(o);
    if (!attr_cache_valid(t, c) && !refresh_attr_cache(t, name, c))
        return NULL;
    TyObject *descr = c->value;
    if (c->kind == ATTR_DATA_DESCR) {
        /* A getter may drop the descriptor from its class: held. */
        TY_INCREF(descr);
        TyObject *v = TY_TYPE(descr)->descr_get(descr, o, (TyObject *)t);
        TY_DECREF(descr);
        return v;
    }
    /* Inline values sit right after a positive dict offset; a class
    ** without either has neither. */
    if (t->dictoffset) {
        if (*(TyObject **)((char *)o + t->dictoffset))
            return NULL;
        if (c->index >= 0) {
            TyObject *v = tyInst_valueAt(*TY_INST_VALUES_PTR(o), c->index);
            if (v)
                return TY_NEWREF(v);
        }
    }
    if (c->kind == ATTR_DESCR)
        return TY_TYPE(descr)->descr_get(descr, o, (TyObject *)t);
    return descr ? TY_NEWREF(descr) : NULL;
}

static TyObject *finish_init_call(TyObject **base, TyObject **sp, TyObject *init, TyObject *argtuple,
                                  TyObject *retval);

/*
** CALL of a class (base[1], base[0] NULL) with nargs arguments and no
** keywords, when tySlots_initFunction gives its __init__ and the
** arguments fill that function's parameters exactly, and nothing traces
** or watches: the instance is made as type_call makes it and __init__'s
** frame pushed (push_init_call) for the caller's loop to run, which
** finish_init_call completes.  1 with *out the frame (recursion depth
** entered), 0 when the call must take the general path (nothing done),
** -1 with an exception (the caller's stack as it was, base[0] NULL).
** c is the instruction's cache: the class and its __init__, while the
** type epoch holds.  Kept out of the loop so its registers stay the
** loop's.
*/
static __attribute__((noinline)) int start_init_call(TyObject **base, size_t nargs, TyInlineCache *c,
                                                     TyFrame **out)
{
    TyType *type = (TyType *)base[1];
    if (ty_state.trace.active || ty_state.watch)
        return 0;
    if (c->key != type || c->version != ty_state.type_epoch) {
        c->key = type;
        c->version = ty_state.type_epoch;
        c->value = tySlots_initFunction(type);
    }
    TyFunction *init = c->value;
    TyCode *co = init ? (TyCode *)init->code : NULL;
    if (!co || nargs + 1 != (size_t)co->argcount || co->kwonlyargcount != 0 ||
        (co->flags & (TY_CO_VARARGS | TY_CO_VARKEYWORDS | TY_CO_SUSPENDABLE)))
        return 0;
    TyObject **args = base + 2;
    TyObject *argtuple = NULL;
    if (nargs > 0 && !(argtuple = tyTuple_fromArray(args, (ssize_t)nargs)))
        return -1;
    TyObject *self = type->tp_new(type, args, nargs, NULL);
    if (!self || (TY_TYPE(self)->valuesoffset && tyInst_reserveValues(self) < 0)) {
        TY_XDECREF(self);
        TY_XDECREF(argtuple);
        return -1;
    }
    base[0] = self;
    TyFrame *f = push_init_call(init, co, self, args, (int)nargs, argtuple);
    if (!f) {
        TY_CLEAR(base[0]);
        return -1;
    }
    if (TY_UNLIKELY(!tyState_enterRecursion())) {
        tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded");
        pop_frame(f);
        finish_init_call(base, base, (TyObject *)init, argtuple, NULL);
        return -1;
    }
    *out = f;
    return 1;
}

/*
** __init__'s frame for start_init_call has ended (popped) with retval (a
** new reference, NULL when it raised); base is the call's place on the
** caller's stack and sp its top.  Releases what slot_init and type_call
** would, in their order -- slot_init's reference to init, the result,
** then (on failure) the instance in base[0], then the argument tuple --
** then the call's items above base[0], top first.  The instance (new
** reference), or NULL with an exception (slot_init's TypeError when
** retval is not None).
*/
static __attribute__((noinline)) TyObject *finish_init_call(TyObject **base, TyObject **sp, TyObject *init,
                                                            TyObject *argtuple, TyObject *retval)
{
    TY_DECREF(init);
    if (retval && retval != TY_NONE)
        tyErr_format(&TyExc_TypeError, "__init__() should return None, not '%s'", tyType_name(TY_TYPE(retval)));
    bool ok = retval == TY_NONE;
    TY_XDECREF(retval);
    TyObject *self = base[0];
    base[0] = NULL;
    if (!ok)
        TY_CLEAR(self);
    TY_XDECREF(argtuple);
    while (sp > base + 1) {
        TyObject *v = *--sp;
        TY_XDECREF(v);
    }
    return self;
}

/* ---- the dispatch loop --------------------------------------------------------- */

static const TyExcEntry *find_handler(TyCode *co, int lasti)
{
    int lo = 0, hi = co->nexc - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const TyExcEntry *e = &co->exctable[mid];
        if (lasti < e->start)
            hi = mid - 1;
        else if (lasti >= e->end)
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

#if defined(__GNUC__) && !defined(TY_NO_COMPUTED_GOTO)
#define TY_COMPUTED_GOTO 1
#else
#define TY_COMPUTED_GOTO 0
#endif

/* Each instruction records itself in its frame before it runs, as
** CPython's prev_instr does: a __del__, weakref callback, property or
** operator method that an instruction sets off may inspect the frame
** (f_lineno, f_back, a warning's line, logging's caller). */
/* The value stack of the running frame is within its bounds. */
#define ASSERT_STACK_BOUNDS() TY_ASSERT(sp >= TY_FRAME_STACK_BASE(frame) && sp <= TY_FRAME_STACK_BASE(frame) + frame->code->stacksize)

#if TY_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH()                          \
    do {                                    \
        ASSERT_STACK_BOUNDS();              \
        word = *ip++;                       \
        frame->ip = ip;                     \
        oparg = TY_ARG(word);               \
        goto *dispatch_table[TY_OP(word)];  \
    } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define STACK_SHRINK(n) (sp -= (n))
/* Release the values above `level` (unwinding). */
#define STACK_CLEAR_TO(level)           \
    do {                                \
        while (sp > (level)) {          \
            TyObject *v_ = POP();       \
            TY_XDECREF(v_);             \
        }                               \
    } while (0)
/* The frame's variables sit at a fixed offset from the frame itself, so
** they need no register of their own in the loop. */
#define GETLOCAL(i) (frame->localsplus[i])
#define NAME(i) (TY_TUPLE_GET(frame->code->names, (i)))

#define LOAD_FRAME_STATE()                                   \
    do {                                                     \
        ip = frame->ip;                                      \
        sp = frame->sp;                                      \
        consts = TY_TUPLE_ITEMS(frame->code->consts);        \
    } while (0)

#define SAVE_FRAME_STATE()  \
    do {                    \
        frame->ip = ip;     \
        frame->sp = sp;     \
    } while (0)

/* After an instruction that built a container: a collection that the
** allocation made due runs now, while everything is consistent, so the
** cadence matches CPython 3.11's collect-at-allocation. */
#define GC_SAFE_POINT()                                          \
    do {                                                         \
        if (TY_UNLIKELY(ty_state.gc.pending)) {                  \
            SAVE_FRAME_STATE();                                  \
            tyGC_collectPending();                               \
        }                                                        \
    } while (0)

#ifdef TY_FUZZ
/* The fuzzer's instruction budget (tests/fuzz/fuzz_run.c): each safe
** point spends one unit; once it is spent every safe point raises
** KeyboardInterrupt, so a program that catches it still ends soon. */
void tyVM_setBudget(long n)
{
    ty_state.fuzz_budget = n > 0 ? n : -1;
}

static inline bool budget_spent(void)
{
    if (ty_state.fuzz_budget < 0 || --ty_state.fuzz_budget >= 0)
        return false;
    ty_state.fuzz_budget = 0;
    ty_state.sigint_pending = 1;
    return true;
}
#else
#define budget_spent() false
#endif

/* A safe point: run a due collection, turn a pending SIGINT into
** KeyboardInterrupt. */
#define CHECK_EVAL_BREAKER()                                     \
    do {                                                         \
        if (TY_UNLIKELY(ty_state.eval_breaker || budget_spent())) { \
            SAVE_FRAME_STATE();                                  \
            if (handle_eval_breaker() < 0)                       \
                goto error;                                      \
        }                                                        \
    } while (0)

/*
** The switch of tally.watch (watch.c) and sys.settrace (trace.c): while
** something is watched or traced, every entry of the one dispatch table
** all running loops jump through is the loop's watch_step, which checks
** the watched counts, reports trace events and goes on to the
** instruction; otherwise each entry is the instruction's own label.  The
** loop publishes its tables once (tyVM_run(NULL)); nothing in the loop
** tests whether anything is watched.  The tables are the process's, as
** the labels are: the one patched table mirrors ty_state.watch and
** ty_state.trace.func, and watch.c and trace.c switch it back when the
** watch or the trace ends (interpreter exit included).  Without computed
** gotos the loop tests the two itself.
*/
#if TY_COMPUTED_GOTO
static void **dispatch_entries;
static void *const *instruction_entries;
static void *const *watch_entry;
#endif

void tyVM_instrument(void)
{
    bool on = ty_state.watch || ty_state.trace.func;
#if TY_COMPUTED_GOTO
    if (!dispatch_entries)
        tyVM_run(NULL);
    for (int i = 0; i < TY_OPCODE_COUNT; i++)
        dispatch_entries[i] = on ? *watch_entry : instruction_entries[i];
#else
    (void)on;
#endif
}

/* The instruction a watched or traced frame runs for op: a specialised
** form runs as its generic instruction (which checks what the watch
** needs, e.g. that no operand is reused), and a superinstruction as its
** first half only, its second half (left in place after it) then running
** as itself, so that each half gets its own line event. */
static int traced_opcode(int op)
{
    switch (op) {
    case OP_LOAD_FAST__LOAD_FAST:
    case OP_LOAD_FAST__LOAD_CONST:
        return OP_LOAD_FAST;
    case OP_STORE_FAST__LOAD_FAST:
    case OP_STORE_FAST__STORE_FAST:
        return OP_STORE_FAST;
    case OP_LOAD_CONST__LOAD_FAST:
        return OP_LOAD_CONST;
    default:
        return ty_opcode_generic[op];
    }
}

static int handle_eval_breaker(void)
{
    ty_state.eval_breaker = 0;
    if (ty_state.gc.pending)
        tyGC_collectPending();
    if (ty_state.sigint_pending || ty_state.signals_pending)
        return tyErr_checkSignals();
    return 0;
}

/* Small-int arithmetic: true with *out set when a and b are 64-bit ints
** and op one of + - * // % whose result fits; false (no error) for
** anything else, which the general path then handles. */
static TY_ALWAYS_INLINE bool small_int_arith(int op, TyObject *a, TyObject *b, int64_t *out)
{
    if (!TY_INT_CHECK_EXACT(a) || !TY_INT_CHECK_EXACT(b) || !TY_INT_IS_SMALL(a) || !TY_INT_IS_SMALL(b))
        return false;
    int64_t x = TY_INT_VALUE(a), y = TY_INT_VALUE(b), r;
    /* + and - by tests of their own before the switch: the switch's one
    ** indirect jump, shared by every site, mispredicts as the operators
    ** alternate (i + 1, j - 1) where each test here is site-stable. */
    if (__builtin_expect(op == TY_BINOP_ADD, 1)) {
        if (__builtin_add_overflow(x, y, &r))
            return false;
        *out = r;
        return true;
    }
    if (__builtin_expect(op == TY_BINOP_SUB, 1)) {
        if (__builtin_sub_overflow(x, y, &r))
            return false;
        *out = r;
        return true;
    }
    switch (op) {
    case TY_BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return false;
        break;
    case TY_BINOP_FLOORDIV:
        if (y == 0 || (x == INT64_MIN && y == -1))
            return false;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        break;
    case TY_BINOP_MOD:
        if (y == 0 || (x == INT64_MIN && y == -1))
            return false;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        break;
    default:
        return false;
    }
    *out = r;
    return true;
}

/* A float operand as a double: a float, or a 64-bit int (converted with
** round-to-nearest, as CPython converts); false for anything else. */
static inline bool as_double(TyObject *o, double *out)
{
    if (TY_TYPE(o) == &TyFloat_Type) {
        *out = TY_FLOAT_VALUE(o);
        return true;
    }
    if (TY_INT_CHECK_EXACT(o) && TY_INT_IS_SMALL(o)) {
        *out = (double)TY_INT_VALUE(o);
        return true;
    }
    return false;
}

/* Float arithmetic: true with *out set when op is one of + - * / (no
** division by zero); false (no error) otherwise. */
static TY_ALWAYS_INLINE bool float_op(int op, double x, double y, double *out)
{
    switch (op) {
    case TY_BINOP_ADD: *out = x + y; return true;
    case TY_BINOP_SUB: *out = x - y; return true;
    case TY_BINOP_MUL: *out = x * y; return true;
    case TY_BINOP_TRUEDIV:
        if (y == 0.0)
            return false;
        *out = x / y;
        return true;
    default:
        return false;
    }
}

/* float_op when one operand is a float and the other a float or 64-bit
** int; false (no error) for anything else. */
static TY_ALWAYS_INLINE bool float_arith(int op, TyObject *a, TyObject *b, double *out)
{
    double x, y;
    if ((TY_TYPE(a) != &TyFloat_Type && TY_TYPE(b) != &TyFloat_Type) || !as_double(a, &x) ||
        !as_double(b, &y))
        return false;
    return float_op(op, x, y, out);
}

/* An operand that may carry an arithmetic result of its own type in place
** of a new object: the operand stack holds its only reference, so no one
** can see the change, and nothing watches counts (tally.watch would see a
** value outlive its end; with check_watch false the caller knows it does
** not). */
static TY_ALWAYS_INLINE bool reusable(TyObject *o, TyType *type, bool check_watch)
{
    return TY_REFCNT(o) == 1 && TY_TYPE(o) == type && !(check_watch && ty_state.watch);
}

/*
** The result iv of a small-int operation on a and b, whose references
** (the operand stack's) this takes over: a result outside the cached
** small ints is a new int in CPython too, so an operand only the stack
** holds can be that int (unless check_watch and tally.watch looks on);
** otherwise a new or cached int.  NULL without memory.
*/
static TY_ALWAYS_INLINE TyObject *int_result(TyObject *a, TyObject *b, int64_t iv, bool check_watch)
{
    if ((uint64_t)iv - (uint64_t)TY_SMALL_INT_MIN > (uint64_t)(TY_SMALL_INT_MAX - TY_SMALL_INT_MIN)) {
        if (reusable(a, &TyInt_Type, check_watch)) {
            TY_INT_VALUE(a) = iv;
            TY_DECREF(b);
            return a;
        }
        if (reusable(b, &TyInt_Type, check_watch)) {
            TY_INT_VALUE(b) = iv;
            TY_DECREF(a);
            return b;
        }
    }
    TyObject *r = tyInt_fromI64Fast(iv);
    TY_DECREF(a);
    TY_DECREF(b);
    return r;
}

/* The result fv of a float operation on a and b, taking over their
** references: written into an operand only the stack holds (as
** int_result), else a new float.  NULL without memory. */
static TY_ALWAYS_INLINE TyObject *float_result(TyObject *a, TyObject *b, double fv, bool check_watch)
{
    if (reusable(a, &TyFloat_Type, check_watch)) {
        TY_FLOAT_VALUE(a) = fv;
        TY_DECREF(b);
        return a;
    }
    if (reusable(b, &TyFloat_Type, check_watch)) {
        TY_FLOAT_VALUE(b) = fv;
        TY_DECREF(a);
        return b;
    }
    TyObject *r = tyFloat_from(fv);
    TY_DECREF(a);
    TY_DECREF(b);
    return r;
}

/* A new float of value v: tyFloat_from with float.c's free list taken
** here, in the hottest allocation of float arithmetic.  NULL without
** memory. */
static TY_ALWAYS_INLINE TyObject *new_float(double v)
{
    TyObject *o = tyFreeList_pop(&ty_state.cache.float_free, TY_FLOAT_LINK);
    if (TY_UNLIKELY(!o))
        return tyFloat_from(v);
    TY_FLOAT_VALUE(o) = v;
    return o;
}

/* Release a reference to an exact float, parking it on the free list
** when it is the last as float.c's dealloc would (a float holds nothing
** and starts no chain of frees). */
static TY_ALWAYS_INLINE void release_float(TyObject *o)
{
    TY_ASSERT(TY_TYPE(o) == &TyFloat_Type && o->refcnt > 0);
    if (--o->refcnt == 0 && !tyFreeList_push(&ty_state.cache.float_free, o, TY_FLOAT_LINK, TY_FLOAT_FREELIST_MAX))
        tyObj_free(o);
}

/* Compare two small ints or two floats directly: 1 or 0 for the result,
** -1 when the operands are not both of one of those kinds. */
static inline int fast_compare(int op, TyObject *a, TyObject *b)
{
    if (TY_INT_CHECK_EXACT(a) && TY_INT_CHECK_EXACT(b) && TY_INT_IS_SMALL(a) && TY_INT_IS_SMALL(b)) {
        int64_t x = TY_INT_VALUE(a), y = TY_INT_VALUE(b);
        switch (op) {
        case TY_LT: return x < y;
        case TY_LE: return x <= y;
        case TY_EQ: return x == y;
        case TY_NE: return x != y;
        case TY_GT: return x > y;
        default: return x >= y;
        }
    }
    if (TY_TYPE(a) == &TyFloat_Type && TY_TYPE(b) == &TyFloat_Type) {
        double x = TY_FLOAT_VALUE(a), y = TY_FLOAT_VALUE(b);
        switch (op) {
        case TY_LT: return x < y;
        case TY_LE: return x <= y;
        case TY_EQ: return x == y;
        case TY_NE: return x != y;
        case TY_GT: return x > y;
        default: return x >= y;
        }
    }
    return -1;
}

/* The specialised compare-and-branch forms (COMPARE_OP_INT_JUMP,
** COMPARE_OP_FLOAT_JUMP) turn a comparison into an outcome bit: 1
** unordered (a NaN), 2 less, 4 equal, 8 greater; each operator's mask
** holds the outcomes it is true for. */
static const uint8_t compare_masks[6] = {
    [TY_LT] = 2, [TY_LE] = 6, [TY_EQ] = 4, [TY_NE] = 11, [TY_GT] = 8, [TY_GE] = 12,
};

/* The end of a compare-and-branch: the next instruction is the
** POP_JUMP_IF_FALSE/TRUE the comparison's bool would have gone to. */
#define COMPARE_JUMP(truth)                                     \
    do {                                                        \
        uint32_t jump_ = *ip++;                                 \
        if ((truth) == (TY_OP(jump_) == OP_POP_JUMP_IF_TRUE))   \
            ip = frame->code->code + TY_ARG(jump_);             \
    } while (0)

/* A bound of a step-1 slice of a sequence of length n as slicing clips it:
** None is dflt, a negative int counts from the end, and the result lies
** in [0, n].  False for anything but None or a 64-bit int. */
static inline bool plain_slice_bound(TyObject *v, ssize_t n, ssize_t dflt, ssize_t *out)
{
    if (v == TY_NONE) {
        *out = dflt;
        return true;
    }
    if (!TY_INT_CHECK_EXACT(v) || !TY_INT_IS_SMALL(v))
        return false;
    int64_t i = TY_INT_VALUE(v);
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    *out = i > n ? n : (ssize_t)i;
    return true;
}

/* Truth of v for a conditional jump: 1 / 0 / -1. */
static inline int truth(TyObject *v)
{
    if (v == TY_TRUE)
        return 1;
    if (v == TY_FALSE || v == TY_NONE)
        return 0;
    return tyObj_isTrue(v);
}

TyObject *tyVM_run(TyFrame *frame)
{
#if TY_COMPUTED_GOTO
    /* What DISPATCH jumps through (tyVM_instrument patches it), and
    ** each instruction's own label. */
    static void *dispatch_table[TY_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) &&op_##name,
        TY_OPCODES(TY_X_)
#undef TY_X_
#define TY_X_(name, generic) &&op_##name,
        TY_SPECIALISED(TY_X_)
#undef TY_X_
    };
    static void *const ordinary_table[TY_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) &&op_##name,
        TY_OPCODES(TY_X_)
#undef TY_X_
#define TY_X_(name, generic) &&op_##name,
        TY_SPECIALISED(TY_X_)
#undef TY_X_
    };
    static void *const watch_label[1] = { &&watch_step };
#endif
    uint32_t *ip;
    TyObject **sp;
    TyObject *const *consts;
    uint32_t word;
    int oparg;
    /* Set by RERAISE 1 for the unwinding it starts (see there). */
    bool reraise_restores = false;
    TyObject *kwnames = NULL;
    TyObject *retval = NULL;

#if TY_COMPUTED_GOTO
    if (TY_UNLIKELY(!frame)) {
        dispatch_entries = dispatch_table;
        instruction_entries = ordinary_table;
        watch_entry = watch_label;
        return NULL;
    }
#endif

    if (!tyState_enterRecursion()) {
        tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded");
        if (frame->owner == TY_FRAME_ON_STACK)
            pop_frame(frame);
        return NULL;
    }
    frame->previous = ty_state.frame;
    ty_state.frame = frame;
    LOAD_FRAME_STATE();
    if (ty_state.exc) {
        /* A generator resumed by throw(): raise at the suspension point,
        ** after the 'call' event of its resumption. */
        if (TY_UNLIKELY(ty_state.trace.active)) {
            TyObject *thrown = tyErr_fetch();
            if (tyTrace_call(frame) < 0) {
                TY_DECREF(thrown);
                goto exit_unwind;
            }
            tyErr_restore(thrown);
        }
        goto error;
    }
    if (TY_UNLIKELY(ty_state.trace.active) && tyTrace_call(frame) < 0)
        goto exit_unwind;
    CHECK_EVAL_BREAKER();

#if TY_COMPUTED_GOTO
    DISPATCH();
watch_step:
    /* The opcode is read again from the code, not kept from DISPATCH: a
    ** `word` live into every instruction would cost a register in all. */
    SAVE_FRAME_STATE();
    if (ty_state.watch)
        tyWatch_step(frame);
    if (ty_state.trace.func) {
        int traced = tyTrace_instruction(frame);
        if (traced < 0)
            goto error;
        if (traced > 0) {
            /* The trace function moved the frame to another line. */
            LOAD_FRAME_STATE();
            DISPATCH();
        }
        goto *ordinary_table[traced_opcode(TY_OP(ip[-1]))];
    }
    goto *ordinary_table[ty_opcode_generic[TY_OP(ip[-1])]];
#else
dispatch:
    ASSERT_STACK_BOUNDS();
    word = *ip++;
    frame->ip = ip;
    oparg = TY_ARG(word);
    if (TY_UNLIKELY(ty_state.watch != NULL || ty_state.trace.func != NULL)) {
        SAVE_FRAME_STATE();
        if (ty_state.watch)
            tyWatch_step(frame);
        if (ty_state.trace.func) {
            int traced = tyTrace_instruction(frame);
            if (traced < 0)
                goto error;
            if (traced > 0) {
                LOAD_FRAME_STATE();
                goto dispatch;
            }
            word = TY_INSTR(traced_opcode(TY_OP(word)), oparg);
        }
        word = tyCode_genericWord(word);
    }
    switch (TY_OP(word)) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        TyObject *v = POP();
        TY_XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        TyObject *v = PEEK(oparg);
        TY_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        TyObject *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        TyObject *v = consts[oparg];
        TY_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        TyObject *v = GETLOCAL(oparg);
        if (TY_UNLIKELY(!v)) {
            unbound_local(frame, oparg);
            goto error;
        }
        TY_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        TyObject *v = POP();
        TyObject *old = GETLOCAL(oparg);
        GETLOCAL(oparg) = v;
        TY_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        TyObject *old = GETLOCAL(oparg);
        if (!old) {
            unbound_local(frame, oparg);
            goto error;
        }
        GETLOCAL(oparg) = NULL;
        TY_DECREF(old);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        TyObject *initial = GETLOCAL(oparg);
        TyObject *cell = tyCell_new(initial);
        if (!cell)
            goto error;
        GETLOCAL(oparg) = cell;
        TY_XDECREF(initial);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        TyObject *closure = ((TyFunction *)frame->func)->closure;
        int offset = frame->code->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++)
            GETLOCAL(offset + i) = TY_NEWREF(TY_TUPLE_GET(closure, i));
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        TyObject *cell = GETLOCAL(oparg);
        TY_INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        TyObject *v = TY_CELL_GET(GETLOCAL(oparg));
        if (!v) {
            unbound_deref(frame, oparg);
            goto error;
        }
        TY_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        TyObject *name = TY_TUPLE_GET(frame->code->localsplusnames, oparg);
        TyObject *v = locals_get(frame->locals, name);
        if (!v) {
            if (tyErr_occurred())
                goto error;
            v = TY_CELL_GET(GETLOCAL(oparg));
            if (!v) {
                unbound_deref(frame, oparg);
                goto error;
            }
            TY_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        TyObject *v = POP();
        TyCell *cell = (TyCell *)GETLOCAL(oparg);
        TyObject *old = cell->ref;
        cell->ref = v;
        TY_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        TyCell *cell = (TyCell *)GETLOCAL(oparg);
        TyObject *old = cell->ref;
        if (!old) {
            unbound_deref(frame, oparg);
            goto error;
        }
        cell->ref = NULL;
        TY_DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
    load_global_generic:;
        TyInlineCache *c = INSTR_CACHE();
        TyObject *v = cached_global(frame, NAME(oparg >> 1), c);
        if (!v)
            goto error;
        if (c->value && may_specialise(c))
            ip[-1] = TY_INSTR(c->index ? OP_LOAD_GLOBAL_MODULE : OP_LOAD_GLOBAL_BUILTIN, oparg);
        if (oparg & 1)
            PUSH(NULL);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL_MODULE) {
        /* Found in the globals: it stays while they do not change. */
        TyInlineCache *c = INSTR_CACHE();
        if (TY_UNLIKELY(c->version != ((TyDict *)frame->globals)->version)) {
            DEOPT(LOAD_GLOBAL);
            goto load_global_generic;
        }
        TyObject *v = c->value;
        if (oparg & 1)
            PUSH(NULL);
        TY_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL_BUILTIN) {
        /* Found in the builtins, missing from the globals: it stays while
        ** neither dict changes. */
        TyInlineCache *c = INSTR_CACHE();
        /* The same code may run with other builtins, of any class. */
        if (TY_UNLIKELY(c->version != ((TyDict *)frame->globals)->version ||
                        !TY_DICT_CHECK_EXACT(frame->builtins) ||
                        c->version2 != ((TyDict *)frame->builtins)->version)) {
            DEOPT(LOAD_GLOBAL);
            goto load_global_generic;
        }
        TyObject *v = c->value;
        if (oparg & 1)
            PUSH(NULL);
        TY_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        TyObject *v = POP();
        int r = tyDict_setItem(frame->globals, NAME(oparg), v);
        TY_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (tyDict_delItem(frame->globals, NAME(oparg)) < 0) {
            if (tyErr_exceptionMatches(&TyExc_KeyError)) {
                tyErr_clear();
                name_error(NAME(oparg));
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        TyObject *name = NAME(oparg);
        TyObject *v = frame->locals ? locals_get(frame->locals, name) : NULL;
        if (!v) {
            if (tyErr_occurred())
                goto error;
            v = load_name_global(frame, name);
            if (!v)
                goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        TyObject *v = POP();
        int r;
        if (!frame->locals) {
            tyErr_format(&TyExc_SystemError, "no locals found when storing %R", NAME(oparg));
            r = -1;
        } else if (TY_DICT_CHECK_EXACT(frame->locals)) {
            r = tyDict_setItem(frame->locals, NAME(oparg), v);
        } else {
            r = tyObj_setItem(frame->locals, NAME(oparg), v);
        }
        TY_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        TyObject *name = NAME(oparg);
        if (!frame->locals || tyObj_delItem(frame->locals, name) < 0) {
            if (!frame->locals || tyErr_exceptionMatches(&TyExc_KeyError)) {
                tyErr_clear();
                name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
    load_attr_generic:;
        TyObject *o = TOP();
        TyObject *v = NULL;
        if (TY_TYPE(o)->flags & TY_TPFLAG_HEAPTYPE) {
            /* Specialised when the cache held for this class already (a
            ** site that sees several classes in turn stays generic). */
            TyInlineCache *c = INSTR_CACHE();
            bool seen = attr_cache_valid(TY_TYPE(o), c);
            v = cached_getattr(o, NAME(oparg), c);
            if (v && seen && c->index >= 0 && c->kind != ATTR_DATA_DESCR &&
                v == tyInst_valueAt(*TY_INST_VALUES_PTR(o), c->index))
                ip[-1] = TY_INSTR(OP_LOAD_ATTR_INSTANCE, oparg);
        }
        if (!v) {
            if (tyErr_occurred()) {
                tyObj_noteAttributeError(o, NAME(oparg));
                STACK_SHRINK(1);
                TY_DECREF(o);
                goto error;
            }
            v = tyObj_getAttr(o, NAME(oparg));
        }
        TY_DECREF(o);
        SET_TOP(v);
        if (!v) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR_INSTANCE) {
        /* The value stored inline in an instance of the class cached, at
        ** its key index; anything else goes back to LOAD_ATTR. */
        TyObject *o = TOP();
        TyType *t = TY_TYPE(o);
        TyInlineCache *c = INSTR_CACHE();
        TyObject *v;
        if (TY_UNLIKELY(c->key != t || c->version != ty_state.type_epoch ||
                        *(TyObject **)((char *)o + t->dictoffset) ||
                        !(v = tyInst_valueAt(*TY_INST_VALUES_PTR(o), c->index)))) {
            ip[-1] = TY_INSTR(OP_LOAD_ATTR, oparg);
            goto load_attr_generic;
        }
        TY_INCREF(v);
        SET_TOP(v);
        TY_DECREF(o);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
    store_attr_generic:;
        TyObject *o = POP();
        TyObject *v = POP();
        TyInlineCache *c = INSTR_CACHE();
        TyType *t = TY_TYPE(o);
        int r;
        bool cached = (t->flags & TY_TPFLAG_HEAPTYPE) && t->setattr == tyObj_genericSetAttr &&
                      (attr_cache_valid(t, c) || refresh_attr_cache(t, NAME(oparg), c));
        if (cached && c->index >= 0 && !(c->value && TY_TYPE(c->value)->descr_set) &&
            !*tyObj_dictPtr(o)) {
            /* An attribute already stored inline by instances of this class. */
            if (may_specialise(c))
                ip[-1] = TY_INSTR(OP_STORE_ATTR_INSTANCE, oparg);
            r = tyInst_storeAt(o, c->index, v);
        } else if (cached && c->kind == ATTR_DATA_DESCR) {
            /* A slot or a property: what the generic path would call. */
            TyObject *descr = TY_NEWREF(c->value);
            r = TY_TYPE(descr)->descr_set(descr, o, v);
            TY_DECREF(descr);
        } else {
            r = tyObj_setAttr(o, NAME(oparg), v);
        }
        TY_DECREF(v);
        TY_DECREF(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(STORE_ATTR_INSTANCE) {
        /* An instance of the class cached, without a __dict__: the value
        ** goes inline at the cached key index (the class's __setattr__ and
        ** descriptors were checked under the same type epoch). */
        TyObject *o = TOP();
        TyType *t = TY_TYPE(o);
        TyInlineCache *c = INSTR_CACHE();
        if (TY_UNLIKELY(c->key != t || c->version != ty_state.type_epoch ||
                        *(TyObject **)((char *)o + t->dictoffset))) {
            DEOPT(STORE_ATTR);
            goto store_attr_generic;
        }
        TyObject *v = SECOND();
        STACK_SHRINK(2);
        TyInstValues *vals = *TY_INST_VALUES_PTR(o);
        if (TY_LIKELY(vals && c->index < vals->capacity)) {
            /* The stack's reference to v moves in; a first value (what
            ** an __init__ sets) joins the insertion order. */
            TyObject *old = vals->values[c->index];
            vals->values[c->index] = v;
            if (old)
                TY_DECREF(old);
            else
                vals->order[vals->count++] = (uint8_t)c->index;
            TY_DECREF(o);
            DISPATCH();
        }
        int r = tyInst_storeAt(o, c->index, v);
        TY_DECREF(v);
        TY_DECREF(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        TyObject *o = POP();
        int r = tyObj_setAttr(o, NAME(oparg), NULL);
        TY_DECREF(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        TyObject *o = TOP();
        TyObject *name = NAME(oparg);
        TyType *t = TY_TYPE(o);
        if (t->flags & TY_TPFLAG_HEAPTYPE) {
            TyInlineCache *c = INSTR_CACHE();
            TyObject **dictptr;
            if ((attr_cache_valid(t, c) || refresh_attr_cache(t, name, c)) && c->value &&
                (TY_TYPE(c->value)->flags & TY_TPFLAG_METHOD_DESCR) &&
                (!(dictptr = tyObj_dictPtr(o)) || !*dictptr)) {
                if (c->index < 0 || !tyInst_valueAt(*TY_INST_VALUES_PTR(o), c->index)) {
                    TY_INCREF(c->value);
                    SET_TOP(c->value);
                    PUSH(o);
                    DISPATCH();
                }
            }
        } else if (!t->dictoffset && (t->getattr == tyObj_genericGetAttr || !t->getattr)) {
            /* A built-in type without instance dicts (list.append,
            ** dict.get, str.split): the method found last time is the
            ** method while no type has changed; nothing can shadow it. */
            TyInlineCache *c = INSTR_CACHE();
            if (c->key != t || c->version != ty_state.type_epoch) {
                TyObject *descr = tyType_lookup(t, name);
                if (descr && (TY_TYPE(descr)->flags & TY_TPFLAG_METHOD_DESCR)) {
                    c->key = t;
                    c->version = ty_state.type_epoch;
                    c->value = descr;
                    c->index = -1;
                    c->kind = ATTR_DESCR;
                }
            }
            if (c->key == t && c->version == ty_state.type_epoch) {
                TY_INCREF(c->value);
                SET_TOP(c->value);
                PUSH(o);
                DISPATCH();
            }
        }
        if (t->getattr == tyObj_genericGetAttr || !t->getattr) {
            TyObject *descr = tyType_lookup(t, name);
            if (descr && (TY_TYPE(descr)->flags & TY_TPFLAG_METHOD_DESCR)) {
                TyObject **dictptr = tyObj_dictPtr(o);
                TyObject *shadow = dictptr && *dictptr ? tyDict_getItem(*dictptr, name)
                                   : t->valuesoffset ? tyInst_lookup(o, name) : NULL;
                if (!shadow) {
                    if (tyErr_occurred())
                        goto error;
                    TY_INCREF(descr);
                    SET_TOP(descr);
                    PUSH(o);
                    DISPATCH();
                }
            }
        }
        TyObject *v = tyObj_getAttr(o, name);
        TY_DECREF(o);
        SET_TOP(NULL);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
    binary_op_generic:;
        TyObject *b = POP();
        TyObject *a = TOP();
        TyObject *r;
        int op = oparg >= TY_BINOP_COUNT ? oparg - TY_BINOP_COUNT : oparg;
        if (op == TY_BINOP_ADD && TY_STR_CHECK_EXACT(a) && TY_STR_CHECK_EXACT(b)) {
            bool into_var = TY_REFCNT(a) == 2 && stores_fast(TY_OP(*ip)) && GETLOCAL(TY_ARG(*ip)) == a;
            if (into_var) {
                /* s = s + t / s += t: the variable's reference is dropped so
                ** the string can grow in place (CPython does the same). */
                GETLOCAL(TY_ARG(*ip)) = NULL;
                TY_DECREF(a);
            }
            if (TY_REFCNT(a) == 1 && (into_var || !ty_state.watch)) {
                /* Grown in place: the variable's string, or a temporary
                ** no one else can see (unless tally.watch looks on). */
                int err = tyStr_concatInPlace(&sp[-1], b);
                TY_DECREF(b);
                if (err < 0) {
                    STACK_SHRINK(1);
                    TY_DECREF(a);
                    goto error;
                }
                DISPATCH();
            }
            r = tyStr_concat(a, b);
            TY_DECREF(a);
            TY_DECREF(b);
            goto binop_result;
        }
        int64_t iv;
        double fv;
        if (small_int_arith(op, a, b, &iv)) {
            if (may_specialise(INSTR_CACHE()))
                ip[-1] = TY_INSTR(OP_BINARY_OP_INT, oparg);
            r = int_result(a, b, iv, true);
        } else if (float_arith(op, a, b, &fv)) {
            if (TY_TYPE(a) == &TyFloat_Type && TY_TYPE(b) == &TyFloat_Type && may_specialise(INSTR_CACHE()))
                ip[-1] = TY_INSTR(OP_BINARY_OP_FLOAT, oparg);
            r = float_result(a, b, fv, true);
        } else {
            r = oparg >= TY_BINOP_COUNT ? tyNum_inplace(a, b, op) : tyNum_binary(a, b, op);
            TY_DECREF(a);
            TY_DECREF(b);
        }
    binop_result:
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    /* BINARY_OP specialised (opcodes.h): these never run while tally.watch
    ** watches (the watched loop runs every instruction as its generic
    ** form), so an operand only the stack holds is always reusable. */
    TARGET(BINARY_OP_INT) {
        int64_t iv;
        if (TY_UNLIKELY(!small_int_arith(oparg >= TY_BINOP_COUNT ? oparg - TY_BINOP_COUNT : oparg, SECOND(), TOP(),
                                         &iv))) {
            DEOPT(BINARY_OP);
            goto binary_op_generic;
        }
        TyObject *b = POP();
        TyObject *r = int_result(TOP(), b, iv, false);
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_OP_FLOAT) {
        TyObject *b = TOP(), *a = SECOND();
        double fv;
        if (TY_UNLIKELY(TY_TYPE(a) != &TyFloat_Type || TY_TYPE(b) != &TyFloat_Type ||
                        !float_op(oparg >= TY_BINOP_COUNT ? oparg - TY_BINOP_COUNT : oparg, TY_FLOAT_VALUE(a),
                                  TY_FLOAT_VALUE(b), &fv))) {
            DEOPT(BINARY_OP);
            goto binary_op_generic;
        }
        STACK_SHRINK(1);
        if (TY_REFCNT(a) == 1) {
            TY_FLOAT_VALUE(a) = fv;
            release_float(b);
            DISPATCH();
        }
        if (TY_REFCNT(b) == 1) {
            TY_FLOAT_VALUE(b) = fv;
            release_float(a);
            SET_TOP(b);
            DISPATCH();
        }
        /* Both operands live on elsewhere: these releases free nothing. */
        TyObject *r = new_float(fv);
        TY_DECREF(a);
        TY_DECREF(b);
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_OP) {
        TyObject *a = TOP();
        TyObject *r = tyNum_unary(a, oparg);
        TY_DECREF(a);
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        TyObject *a = TOP();
        int t = truth(a);
        TY_DECREF(a);
        if (t < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(TY_NEWREF(t ? TY_FALSE : TY_TRUE));
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
    compare_op_generic:;
        TyObject *b = POP();
        TyObject *a = TOP();
        TyObject *r;
        int fast = fast_compare(oparg, a, b);
        if (fast >= 0) {
            bool ints = TY_INT_CHECK_EXACT(a);
            TY_DECREF(a);
            TY_DECREF(b);
            int next = TY_OP(*ip);
            if (next == OP_POP_JUMP_IF_FALSE || next == OP_POP_JUMP_IF_TRUE) {
                /* Compare-and-branch: the bool never reaches the stack. */
                if (may_specialise(INSTR_CACHE()))
                    ip[-1] = TY_INSTR(ints ? OP_COMPARE_OP_INT_JUMP : OP_COMPARE_OP_FLOAT_JUMP, oparg);
                int target = TY_ARG(*ip);
                ip++;
                STACK_SHRINK(1);
                if (fast == (next == OP_POP_JUMP_IF_TRUE))
                    ip = frame->code->code + target;
                DISPATCH();
            }
            r = TY_NEWREF(fast ? TY_TRUE : TY_FALSE);
        } else {
            r = tyObj_richCompare(a, b, oparg);
            TY_DECREF(a);
            TY_DECREF(b);
        }
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    /* COMPARE_OP specialised, where a POP_JUMP_IF_FALSE/TRUE follows. */
    TARGET(COMPARE_OP_INT_JUMP) {
        TyObject *b = TOP(), *a = SECOND();
        if (TY_UNLIKELY(!TY_INT_CHECK_EXACT(a) || !TY_INT_CHECK_EXACT(b) || !TY_INT_IS_SMALL(a) ||
                        !TY_INT_IS_SMALL(b))) {
            DEOPT(COMPARE_OP);
            goto compare_op_generic;
        }
        int64_t x = TY_INT_VALUE(a), y = TY_INT_VALUE(b);
        int truth = (compare_masks[oparg] >> (2 + (x > y) - (x < y))) & 1;
        STACK_SHRINK(2);
        TY_DECREF(a);
        TY_DECREF(b);
        COMPARE_JUMP(truth);
        DISPATCH();
    }

    TARGET(COMPARE_OP_FLOAT_JUMP) {
        TyObject *b = TOP(), *a = SECOND();
        if (TY_UNLIKELY(TY_TYPE(a) != &TyFloat_Type || TY_TYPE(b) != &TyFloat_Type)) {
            DEOPT(COMPARE_OP);
            goto compare_op_generic;
        }
        double x = TY_FLOAT_VALUE(a), y = TY_FLOAT_VALUE(b);
        int truth = (compare_masks[oparg] >> ((x < y) + 2 * (x == y) + 3 * (x > y))) & 1;
        STACK_SHRINK(2);
        TY_DECREF(a);
        TY_DECREF(b);
        COMPARE_JUMP(truth);
        DISPATCH();
    }

    TARGET(IS_OP) {
        TyObject *b = POP();
        TyObject *a = TOP();
        bool r = (a == b) != (oparg == 1);
        TY_DECREF(a);
        TY_DECREF(b);
        SET_TOP(TY_NEWREF(r ? TY_TRUE : TY_FALSE));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        TyObject *container = POP();
        TyObject *item = TOP();
        int r = tyObj_contains(container, item);
        TY_DECREF(container);
        TY_DECREF(item);
        if (r < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(TY_NEWREF((r != 0) != (oparg == 1) ? TY_TRUE : TY_FALSE));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
    binary_subscr_generic:;
        TyObject *key = POP();
        TyObject *o = TOP();
        TyObject *r;
        if (TY_LIST_CHECK_EXACT(o) && TY_INT_CHECK_EXACT(key) && TY_INT_IS_SMALL(key)) {
            int64_t i = TY_INT_VALUE(key);
            if (i < 0)
                i += TY_LIST_LEN(o);
            if (i >= 0 && i < TY_LIST_LEN(o)) {
                if (may_specialise(INSTR_CACHE()))
                    ip[-1] = TY_INSTR(OP_BINARY_SUBSCR_LIST_INT, oparg);
                r = TY_NEWREF(TY_LIST_GET(o, i));
                goto subscr_done;
            }
        } else if (TY_TUPLE_CHECK_EXACT(o) && TY_INT_CHECK_EXACT(key) && TY_INT_IS_SMALL(key)) {
            int64_t i = TY_INT_VALUE(key);
            if (i < 0)
                i += TY_TUPLE_LEN(o);
            if (i >= 0 && i < TY_TUPLE_LEN(o)) {
                if (may_specialise(INSTR_CACHE()))
                    ip[-1] = TY_INSTR(OP_BINARY_SUBSCR_TUPLE_INT, oparg);
                r = TY_NEWREF(TY_TUPLE_GET(o, i));
                goto subscr_done;
            }
        } else if (TY_DICT_CHECK_EXACT(o) && may_specialise(INSTR_CACHE())) {
            ip[-1] = TY_INSTR(OP_BINARY_SUBSCR_DICT, oparg);
        }
        r = tyObj_getItem(o, key);
    subscr_done:
        TY_DECREF(o);
        TY_DECREF(key);
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    /* BINARY_SUBSCR specialised: an index inside an exact list or tuple
    ** (counted from the end when negative), any key of an exact dict. */
    TARGET(BINARY_SUBSCR_LIST_INT) {
        TyObject *key = TOP(), *o = SECOND();
        int64_t i;
        if (TY_UNLIKELY(!TY_LIST_CHECK_EXACT(o) || !TY_INT_CHECK_EXACT(key) || !TY_INT_IS_SMALL(key) ||
                        (uint64_t)((i = TY_INT_VALUE(key)) < 0 ? i += TY_LIST_LEN(o) : i) >=
                            (uint64_t)TY_LIST_LEN(o))) {
            DEOPT(BINARY_SUBSCR);
            goto binary_subscr_generic;
        }
        TyObject *r = TY_NEWREF(TY_LIST_GET(o, i));
        STACK_SHRINK(1);
        SET_TOP(r);
        TY_DECREF(o);
        TY_DECREF(key);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_TUPLE_INT) {
        TyObject *key = TOP(), *o = SECOND();
        int64_t i;
        if (TY_UNLIKELY(!TY_TUPLE_CHECK_EXACT(o) || !TY_INT_CHECK_EXACT(key) || !TY_INT_IS_SMALL(key) ||
                        (uint64_t)((i = TY_INT_VALUE(key)) < 0 ? i += TY_TUPLE_LEN(o) : i) >=
                            (uint64_t)TY_TUPLE_LEN(o))) {
            DEOPT(BINARY_SUBSCR);
            goto binary_subscr_generic;
        }
        TyObject *r = TY_NEWREF(TY_TUPLE_GET(o, i));
        STACK_SHRINK(1);
        SET_TOP(r);
        TY_DECREF(o);
        TY_DECREF(key);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_DICT) {
        /* A missing key takes dict's own subscript for its KeyError. */
        TyObject *key = TOP(), *o = SECOND();
        if (TY_UNLIKELY(!TY_DICT_CHECK_EXACT(o))) {
            DEOPT(BINARY_SUBSCR);
            goto binary_subscr_generic;
        }
        TyObject *r = tyDict_getItem(o, key);
        if (r)
            TY_INCREF(r);
        else if (!tyErr_occurred())
            r = tyObj_getItem(o, key);
        STACK_SHRINK(1);
        SET_TOP(r);
        TY_DECREF(o);
        TY_DECREF(key);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
    store_subscr_generic:;
        TyObject *key = POP();
        TyObject *o = POP();
        TyObject *v = POP();
        int r;
        if (TY_LIST_CHECK_EXACT(o) && TY_INT_CHECK_EXACT(key) && TY_INT_IS_SMALL(key) &&
            TY_INT_VALUE(key) >= 0 && TY_INT_VALUE(key) < TY_LIST_LEN(o)) {
            if (may_specialise(INSTR_CACHE()))
                ip[-1] = TY_INSTR(OP_STORE_SUBSCR_LIST_INT, oparg);
            TyObject *old = TY_LIST_GET(o, TY_INT_VALUE(key));
            TY_LIST_SET(o, TY_INT_VALUE(key), v);
            TY_DECREF(old);
            TY_DECREF(o);
            TY_DECREF(key);
            DISPATCH();
        }
        if (TY_DICT_CHECK_EXACT(o)) {
            if (may_specialise(INSTR_CACHE()))
                ip[-1] = TY_INSTR(OP_STORE_SUBSCR_DICT, oparg);
            r = tyDict_setItem(o, key, v);
        } else {
            r = tyObj_setItem(o, key, v);
        }
        TY_DECREF(v);
        TY_DECREF(o);
        TY_DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    /* STORE_SUBSCR specialised: an index inside an exact list, any key of
    ** an exact dict. */
    TARGET(STORE_SUBSCR_LIST_INT) {
        TyObject *key = TOP(), *o = SECOND();
        if (TY_UNLIKELY(!TY_LIST_CHECK_EXACT(o) || !TY_INT_CHECK_EXACT(key) || !TY_INT_IS_SMALL(key) ||
                        (uint64_t)TY_INT_VALUE(key) >= (uint64_t)TY_LIST_LEN(o))) {
            DEOPT(STORE_SUBSCR);
            goto store_subscr_generic;
        }
        TyObject *v = PEEK(3);
        STACK_SHRINK(3);
        TyObject *old = TY_LIST_GET(o, TY_INT_VALUE(key));
        TY_LIST_SET(o, TY_INT_VALUE(key), v);
        TY_DECREF(old);
        TY_DECREF(o);
        TY_DECREF(key);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR_DICT) {
        TyObject *key = TOP(), *o = SECOND();
        if (TY_UNLIKELY(!TY_DICT_CHECK_EXACT(o))) {
            DEOPT(STORE_SUBSCR);
            goto store_subscr_generic;
        }
        TyObject *v = PEEK(3);
        STACK_SHRINK(3);
        int r = tyDict_setItem(o, key, v);
        TY_DECREF(v);
        TY_DECREF(o);
        TY_DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        TyObject *key = POP();
        TyObject *o = POP();
        int r = tyObj_delItem(o, key);
        TY_DECREF(o);
        TY_DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        if (oparg == 2 && TY_OP(*ip) == OP_BINARY_SUBSCR && TY_LIST_CHECK_EXACT(PEEK(3)) &&
            ty_state.cache.slice_free.count) {
            /* list[a:b] with None or int bounds copies the items directly.
            ** The slice object would be the parked one, taken and parked
            ** again unseen: no count moves (with none parked, the general
            ** path makes one, and the collector counts it, as CPython's). */
            TyObject *o = PEEK(3);
            ssize_t lo, hi;
            if (plain_slice_bound(SECOND(), TY_LIST_LEN(o), 0, &lo) &&
                plain_slice_bound(TOP(), TY_LIST_LEN(o), TY_LIST_LEN(o), &hi)) {
                TyObject *r = tyList_slice(o, lo, hi < lo ? lo : hi);
                ip++;
                TY_DECREF(POP());
                TY_DECREF(POP());
                TY_DECREF(o);
                SET_TOP(r);
                if (!r) {
                    STACK_SHRINK(1);
                    goto error;
                }
                GC_SAFE_POINT();
                DISPATCH();
            }
        }
        TyObject *step = oparg == 3 ? POP() : NULL;
        TyObject *stop = POP();
        TyObject *start = TOP();
        TyObject *s = tySlice_new(start, stop, step);
        TY_DECREF(start);
        TY_DECREF(stop);
        TY_XDECREF(step);
        SET_TOP(s);
        if (!s) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        TyObject *t = tyTuple_fromArraySteal(sp - oparg, oparg);
        /* The items are the tuple's now, or already released on failure. */
        STACK_SHRINK(oparg);
        if (!t)
            goto error;
        PUSH(t);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        TyObject *l = tyList_new(oparg);
        if (!l)
            goto error;
        for (int i = oparg - 1; i >= 0; i--)
            TY_LIST_SET(l, i, POP());
        PUSH(l);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        TyObject *s = tySet_new(NULL);
        if (!s)
            goto error;
        int err = 0;
        for (int i = oparg; i > 0; i--) {
            TyObject *item = PEEK(i);
            if (!err && tySet_add(s, item) < 0)
                err = 1;
            TY_DECREF(item);
        }
        STACK_SHRINK(oparg);
        if (err) {
            TY_DECREF(s);
            goto error;
        }
        PUSH(s);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        TyObject *d = tyDict_new();
        if (!d)
            goto error;
        int err = 0;
        for (int i = oparg; i > 0; i--) {
            TyObject *k = PEEK(2 * i), *v = PEEK(2 * i - 1);
            if (!err && tyDict_setItem(d, k, v) < 0)
                err = 1;
            TY_DECREF(k);
            TY_DECREF(v);
        }
        STACK_SHRINK(2 * oparg);
        if (err) {
            TY_DECREF(d);
            goto error;
        }
        PUSH(d);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        TyObject *keys = POP();
        TyObject *d = tyDict_new();
        int err = d == NULL;
        for (int i = 0; i < oparg; i++) {
            TyObject *v = PEEK(oparg - i);
            if (!err && tyDict_setItem(d, TY_TUPLE_GET(keys, i), v) < 0)
                err = 1;
            TY_DECREF(v);
        }
        STACK_SHRINK(oparg);
        TY_DECREF(keys);
        if (err) {
            TY_XDECREF(d);
            goto error;
        }
        PUSH(d);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        TyStrBuilder b;
        tyBuf_init(&b);
        int err = 0;
        for (int i = oparg; i > 0; i--) {
            TyObject *s = PEEK(i);
            if (!err && tyBuf_appendStr(&b, s) < 0)
                err = 1;
            TY_DECREF(s);
        }
        STACK_SHRINK(oparg);
        if (err) {
            tyBuf_free(&b);
            goto error;
        }
        TyObject *s = tyBuf_finish(&b);
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        TyObject *v = POP();
        int r = tyList_append(PEEK(oparg), v);
        TY_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        TyObject *v = POP();
        int r = tySet_add(PEEK(oparg), v);
        TY_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        TyObject *v = POP();
        TyObject *k = POP();
        int r = tyDict_setItem(PEEK(oparg), k, v);
        TY_DECREF(k);
        TY_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        TyObject *it = POP();
        int r = tyList_extend(PEEK(oparg), it);
        if (r < 0 && tyErr_exceptionMatches(&TyExc_TypeError) && !TY_TYPE(it)->iter &&
            !TY_TYPE(it)->subscript) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError, "Value after * must be an iterable, not %s",
                         tyType_name(TY_TYPE(it)));
        }
        TY_DECREF(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        TyObject *it = POP();
        int r = tySet_update(PEEK(oparg), it);
        TY_DECREF(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        TyObject *other = POP();
        int r = tyDict_merge(PEEK(oparg), other);
        TY_DECREF(other);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        TyObject *other = POP();
        /* [NULL, func, args, dict, ...]: the function is oparg + 2 below. */
        int r = dict_merge_for_call(PEEK(oparg + 2), PEEK(oparg), other);
        TY_DECREF(other);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        TyObject *l = TOP();
        TyObject *t = tyList_asTuple(l);
        TY_DECREF(l);
        SET_TOP(t);
        if (!t) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        TyObject *seq = POP();
        if (TY_TUPLE_CHECK_EXACT(seq) && TY_TUPLE_LEN(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(TY_NEWREF(TY_TUPLE_GET(seq, i)));
        } else if (TY_LIST_CHECK_EXACT(seq) && TY_LIST_LEN(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(TY_NEWREF(TY_LIST_GET(seq, i)));
        } else {
            if (unpack_iterable(seq, oparg, 0, false, sp) < 0) {
                TY_DECREF(seq);
                goto error;
            }
            sp += oparg;
        }
        TY_DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        TyObject *seq = POP();
        if (unpack_iterable(seq, before, after, true, sp) < 0) {
            TY_DECREF(seq);
            goto error;
        }
        sp += before + 1 + after;
        TY_DECREF(seq);
        DISPATCH();
    }

    TARGET(JUMP) {
        uint32_t *target = frame->code->code + oparg;
        /* Checked before jumping, so that KeyboardInterrupt is raised at
        ** the jump (the loop's line, and its handlers), as CPython does. */
        if (target < ip)
            CHECK_EVAL_BREAKER();
        ip = target;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        TyObject *v = POP();
        int t = truth(v);
        TY_DECREF(v);
        if (t < 0)
            goto error;
        if (!t)
            ip = frame->code->code + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        TyObject *v = POP();
        int t = truth(v);
        TY_DECREF(v);
        if (t < 0)
            goto error;
        if (t)
            ip = frame->code->code + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        TyObject *v = POP();
        if (v == TY_NONE)
            ip = frame->code->code + oparg;
        TY_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        TyObject *v = POP();
        if (v != TY_NONE)
            ip = frame->code->code + oparg;
        TY_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        TyObject *v = TOP();
        int t = truth(v);
        if (t < 0)
            goto error;
        if (!t) {
            ip = frame->code->code + oparg;
        } else {
            STACK_SHRINK(1);
            TY_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        TyObject *v = TOP();
        int t = truth(v);
        if (t < 0)
            goto error;
        if (t) {
            ip = frame->code->code + oparg;
        } else {
            STACK_SHRINK(1);
            TY_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        TyObject *o = TOP();
        TyObject *it = tyObj_getIter(o);
        TY_DECREF(o);
        SET_TOP(it);
        if (!it) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        TyObject *it = TOP();
        TyObject *next;
        if (TY_TYPE(it) == &TyRangeIter_Type) {
            TyRangeIter *r = (TyRangeIter *)it;
            if (r->remaining > 0) {
                next = tyInt_fromI64(r->next);
                if (!next)
                    goto error;
                r->next += r->step;
                r->remaining--;
                PUSH(next);
                DISPATCH();
            }
            goto for_exhausted;
        }
        if (TY_TYPE(it) == &TyListIter_Type) {
            TyListIter *li = (TyListIter *)it;
            TyObject *seq = li->seq;
            if (seq && li->index < TY_LIST_LEN(seq)) {
                next = TY_LIST_GET(seq, li->index++);
                TY_INCREF(next);
                PUSH(next);
                DISPATCH();
            }
            if (seq) {
                li->seq = NULL;
                TY_DECREF(seq);
            }
            goto for_exhausted;
        }
        next = TY_TYPE(it)->iternext(it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (tyErr_occurred()) {
            if (!tyErr_exceptionMatches(&TyExc_StopIteration))
                goto error;
            if (TY_UNLIKELY(ty_state.trace.func)) {
                TyObject *stop = tyErr_fetch();
                SAVE_FRAME_STATE();
                int rc = tyTrace_stopIteration(frame, stop, NULL);
                TY_DECREF(stop);
                if (rc < 0)
                    goto error;
            } else {
                tyErr_clear();
            }
        }
    for_exhausted:
        STACK_SHRINK(1);
        TY_DECREF(it);
        ip = frame->code->code + oparg;
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL) {
        /* [X, Y, a1..an]: X is the method and Y its self, or X is NULL and
        ** Y the callable. */
        TyObject **base = sp - oparg - 2;
        TyObject *callable = base[0] ? base[0] : base[1];
        TyObject **args = base[0] ? base + 1 : base + 2;
        size_t nargs = (size_t)oparg + (base[0] ? 1 : 0);
        size_t nkw = kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0;
        size_t npos = nargs - nkw;
        if (TY_TYPE(callable) == &TyFunction_Type &&
            !(((TyCode *)((TyFunction *)callable)->code)->flags & TY_CO_SUSPENDABLE)) {
            TyFunction *fn = (TyFunction *)callable;
            TyCode *co = (TyCode *)fn->code;
            TyFrame *nf;
            if (!kwnames && nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
                !(co->flags & (TY_CO_VARARGS | TY_CO_VARKEYWORDS))) {
                /* Exactly the positional parameters: the stack's references
                ** to the function and the arguments move into the frame. */
                nf = push_exact_call(fn, co, args, (int)nargs);
                if (!nf)
                    goto error;
                sp = base;
            } else {
                nf = push_frame(co, callable, fn->globals, fn->builtins, NULL);
                if (!nf) {
                    kwnames = NULL;
                    goto error;
                }
                int r = tyFrame_bindArgs(nf, callable, args, npos, kwnames);
                kwnames = NULL;
                /* The frame holds its own references now: the arguments
                ** leave the caller's stack before the callee runs. */
                while (sp > base) {
                    TyObject *v = POP();
                    TY_XDECREF(v);
                }
                if (r < 0) {
                    pop_frame(nf);
                    goto error;
                }
            }
            SAVE_FRAME_STATE();
            if (TY_UNLIKELY(!tyState_enterRecursion())) {
                pop_frame(nf);
                tyErr_setString(&TyExc_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            nf->previous = frame;
            frame = nf;
            ty_state.frame = frame;
            LOAD_FRAME_STATE();
            if (TY_UNLIKELY(ty_state.trace.active) && tyTrace_call(frame) < 0)
                goto exit_unwind;
            CHECK_EVAL_BREAKER();
            DISPATCH();
        }
        if (TY_TYPE(callable) == &TyType_Type && (((TyType *)callable)->flags & TY_TPFLAG_HEAPTYPE) &&
            !base[0] && !kwnames) {
            /* cls(args), with __init__ run in this loop when it can be. */
            TyFrame *nf;
            SAVE_FRAME_STATE();
            int started = start_init_call(base, nargs, INSTR_CACHE(), &nf);
            if (started < 0)
                goto call_failed;
            if (started > 0) {
                nf->previous = frame;
                frame = nf;
                ty_state.frame = frame;
                LOAD_FRAME_STATE();
                CHECK_EVAL_BREAKER();
                DISPATCH();
            }
        }
        SAVE_FRAME_STATE();
        TyObject *r = TY_UNLIKELY(ty_state.trace.profile != NULL)
                          ? tyTrace_callBuiltin(callable, args, npos, kwnames)
                          : tyObj_call(callable, args, npos, kwnames);
        kwnames = NULL;
        while (sp > base) {
            TyObject *v = POP();
            TY_XDECREF(v);
        }
        if (!r)
            goto error;
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    call_failed:
        while (sp > base) {
            TyObject *v = POP();
            TY_XDECREF(v);
        }
        goto error;
    }

    TARGET(CALL_FUNCTION_EX) {
        TyObject *kwargs = (oparg & 1) ? POP() : NULL;
        TyObject *callargs = POP();
        TyObject *func = POP();
        TyObject *null = POP();
        TY_XDECREF(null);
        TyObject *r = NULL;
        if (!TY_TUPLE_CHECK_EXACT(callargs)) {
            TyObject *t = tyTuple_fromIterable(callargs);
            if (!t) {
                if (tyErr_exceptionMatches(&TyExc_TypeError) && !TY_TYPE(callargs)->iter &&
                    !TY_TYPE(callargs)->subscript) {
                    tyErr_clear();
                    TyObject *desc = tyObj_functionStr(func);
                    if (desc) {
                        tyErr_format(&TyExc_TypeError, "%U argument after * must be an iterable, not %s",
                                     desc, tyType_name(TY_TYPE(callargs)));
                        TY_DECREF(desc);
                    }
                }
                goto call_ex_done;
            }
            TY_SETREF(callargs, t);
        }
        if (kwargs && !TY_DICT_CHECK_EXACT(kwargs)) {
            TyObject *d = tyDict_new();
            if (!d || dict_merge_for_call(func, d, kwargs) < 0) {
                TY_XDECREF(d);
                goto call_ex_done;
            }
            TY_SETREF(kwargs, d);
        }
        r = TY_UNLIKELY(ty_state.trace.profile != NULL) ? tyTrace_callBuiltinEx(func, callargs, kwargs)
                                                        : tyObj_callTupleDict(func, callargs, kwargs);
    call_ex_done:
        TY_DECREF(func);
        TY_DECREF(callargs);
        TY_XDECREF(kwargs);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        TyObject *code = POP();
        TyObject *closure = (oparg & TY_MKFN_CLOSURE) ? POP() : NULL;
        TyObject *annotations = (oparg & TY_MKFN_ANNOTATIONS) ? POP() : NULL;
        TyObject *kwdefaults = (oparg & TY_MKFN_KWDEFAULTS) ? POP() : NULL;
        TyObject *defaults = (oparg & TY_MKFN_DEFAULTS) ? POP() : NULL;
        TyFunction *fn = (TyFunction *)tyFunction_new(code, frame->globals, NULL);
        TY_DECREF(code);
        if (fn && annotations && tyFunction_setAnnotationPairs((TyObject *)fn, annotations) < 0)
            TY_CLEAR(fn);
        TY_XDECREF(annotations);
        if (!fn) {
            TY_XDECREF(closure);
            TY_XDECREF(kwdefaults);
            TY_XDECREF(defaults);
            goto error;
        }
        fn->closure = closure;
        fn->kwdefaults = kwdefaults;
        fn->defaults = defaults;
        PUSH((TyObject *)fn);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        goto frame_return;
    }

    TARGET(RAISE_VARARGS) {
        TyObject *cause = oparg == 2 ? POP() : NULL;
        TyObject *exc = oparg >= 1 ? POP() : NULL;
        if (!exc) {
            TyObject *handled = tyErr_handled();
            if (!handled) {
                tyErr_setString(&TyExc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            tyErr_restore(TY_NEWREF(handled));
            goto exception_unwind_noadd;
        }
        do_raise(exc, cause);
        TY_DECREF(exc);
        TY_XDECREF(cause);
        goto error;
    }

    TARGET(RERAISE) {
        TyObject *exc = POP();
        tyErr_restore(exc);
        reraise_restores = oparg != 0;
        goto exception_unwind_noadd;
    }

    TARGET(PUSH_EXC_INFO) {
        TyObject *exc = TOP();
        TyObject *prev = ty_state.exc_info->value;
        ty_state.exc_info->value = TY_NEWREF(exc);
        SET_TOP(prev ? prev : TY_NEWREF(TY_NONE));
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        tyErr_popHandled(POP());
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        TyObject *type = POP();
        if (check_except_type(type) < 0) {
            TY_DECREF(type);
            goto error;
        }
        bool m = tyErr_givenMatches(TOP(), type);
        TY_DECREF(type);
        PUSH(TY_NEWREF(m ? TY_TRUE : TY_FALSE));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(TY_NEWREF(&TyExc_AssertionError));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        TyObject *fromlist = POP();
        TyObject *level = TOP();
        SAVE_FRAME_STATE();
        TyObject *m = tyImport_importName(NAME(oparg), frame->globals, fromlist, level);
        TY_DECREF(fromlist);
        TY_DECREF(level);
        SET_TOP(m);
        if (!m) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        TyObject *v = tyImport_importFrom(TOP(), NAME(oparg));
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        TyObject *module = POP();
        int r = frame->locals ? tyImport_importStar(module, frame->locals) : -1;
        if (!frame->locals)
            tyErr_setString(&TyExc_SystemError, "no locals found during 'import *'");
        TY_DECREF(module);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        TyObject *spec = (oparg & 4) ? POP() : NULL;
        TyObject *value = TOP();
        TyObject *r = format_value(value, oparg, spec);
        TY_DECREF(value);
        TY_XDECREF(spec);
        SET_TOP(r);
        if (!r) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        TyObject *bc;
        if (TY_DICT_CHECK_EXACT(frame->builtins)) {
            bc = tyDict_getItemStr(frame->builtins, "__build_class__");
            if (bc)
                TY_INCREF(bc);
            else if (!tyErr_occurred())
                tyErr_setString(&TyExc_NameError, "__build_class__ not found");
        } else {
            TyObject *key = tyStr_fromCStr("__build_class__");
            bc = key ? tyObj_getItem(frame->builtins, key) : NULL;
            TY_XDECREF(key);
            if (!bc && tyErr_exceptionMatches(&TyExc_KeyError)) {
                tyErr_clear();
                tyErr_setString(&TyExc_NameError, "__build_class__ not found");
            }
        }
        if (!bc)
            goto error;
        PUSH(bc);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        TyObject *locals = frame->locals;
        TyObject *ann = locals_get(locals, TY_ID(__annotations__));
        if (ann) {
            TY_DECREF(ann);
            DISPATCH();
        }
        if (tyErr_occurred())
            goto error;
        ann = tyDict_new();
        if (!ann)
            goto error;
        int r = tyObj_setItem(locals, TY_ID(__annotations__), ann);
        TY_DECREF(ann);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        TyObject *res = enter_context(sp - 1, false);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        TyObject *res = enter_context(sp - 1, true);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        TyObject *o = TOP();
        TyObject *it = tyCoro_awaitableIter(o, oparg);
        TY_DECREF(o);
        SET_TOP(it);
        if (!it) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_AITER) {
        TyObject *o = TOP();
        TyObject *it = tyCoro_asyncIter(o);
        TY_DECREF(o);
        SET_TOP(it);
        if (!it) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        TyObject *awaitable = tyCoro_asyncNext(TOP());
        if (!awaitable)
            goto error;
        PUSH(awaitable);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        TyObject *exc = POP();
        if (tyErr_givenMatches(exc, (TyObject *)&TyExc_StopAsyncIteration)) {
            TY_DECREF(exc);
            TyObject *aiter = POP();
            TY_DECREF(aiter);
            DISPATCH();
        }
        tyErr_restore(exc);
        goto exception_unwind_noadd;
    }

    TARGET(ASYNC_GEN_WRAP) {
        TyObject *wrapped = tyAsyncGen_wrapValue(TOP());
        if (!wrapped)
            goto error;
        TY_DECREF(TOP());
        SET_TOP(wrapped);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        /* [exit prev exc] */
        TyObject *exc = TOP();
        TyObject *exit = PEEK(3);
        TyObject *tb = ((TyBaseException *)exc)->traceback;
        TyObject *args[3] = { (TyObject *)TY_TYPE(exc), exc, tb ? tb : TY_NONE };
        TyObject *res = tyObj_call(exit, args, 3, NULL);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        TyObject *o = TOP();
        if (TY_CORO_CHECK(o) && !(frame->code->flags & (TY_CO_COROUTINE | TY_CO_ITERABLE_COROUTINE))) {
            tyErr_setString(&TyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        if (!TY_GEN_CHECK(o) && !TY_CORO_CHECK(o)) {
            TyObject *it = tyObj_getIter(o);
            TY_DECREF(o);
            SET_TOP(it);
            if (!it) {
                STACK_SHRINK(1);
                goto error;
            }
        }
        DISPATCH();
    }

    TARGET(SEND) {
        TyObject *v = POP();
        TyObject *recv = TOP();
        TyObject *r;
        bool returned = false, sent_none = v == TY_NONE;
        SAVE_FRAME_STATE();
        if (TY_GEN_CHECK(recv) || TY_CORO_CHECK(recv)) {
            r = tyGen_send(recv, v == TY_NONE ? NULL : v, &returned);
        } else if (v == TY_NONE) {
            r = TY_TYPE(recv)->iternext ? TY_TYPE(recv)->iternext(recv)
                                        : tyErr_format(&TyExc_TypeError, "'%s' object is not an iterator",
                                                       tyType_name(TY_TYPE(recv)));
            if (!r && !tyErr_occurred()) {
                returned = true;
                r = TY_NEWREF(TY_NONE);
            }
        } else {
            r = tyObj_callMethod(recv, TY_ID(send), &v, 1);
        }
        TY_DECREF(v);
        /* CPython's traced SEND gets a StopIteration from a coroutine's
        ** send() and from a generator's next() for a value other than
        ** None. */
        if (TY_UNLIKELY(ty_state.trace.func) && returned &&
            (TY_CORO_CHECK(recv) || (TY_GEN_CHECK(recv) && (!sent_none || r != TY_NONE))) &&
            tyTrace_stopIteration(frame, NULL, r) < 0) {
            TY_DECREF(r);
            goto error;
        }
        if (!r) {
            if (tyErr_exceptionMatches(&TyExc_StopIteration)) {
                TyObject *exc = tyErr_fetch();
                if (TY_UNLIKELY(ty_state.trace.func) && tyTrace_stopIteration(frame, exc, NULL) < 0) {
                    TY_DECREF(exc);
                    goto error;
                }
                TyObject *val = tyExc_stopIterationValue(exc);
                r = TY_NEWREF(val ? val : TY_NONE);
                TY_DECREF(exc);
                returned = true;
            } else {
                goto error;
            }
        }
        if (returned) {
            STACK_SHRINK(1);
            TY_DECREF(recv);
            PUSH(r);
            ip = frame->code->code + oparg;
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE_FRAME_STATE();
        if (TY_UNLIKELY(ty_state.trace.active) && tyTrace_return(frame, retval) < 0) {
            TY_CLEAR(retval);
            goto exit_unwind;
        }
        ty_state.frame = frame->previous;
        --ty_state.recursion_depth;
        return retval;
    }

    TARGET(PRINT_EXPR) {
        TyObject *v = POP();
        int r = print_expr(v);
        TY_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_LOCALS) {
        if (!frame->locals) {
            tyErr_setString(&TyExc_SystemError, "no locals found");
            goto error;
        }
        PUSH(TY_NEWREF(frame->locals));
        DISPATCH();
    }

    /* Superinstructions: the first half, then the second instruction
    ** (left in place after this one) executed here and skipped. */
    TARGET(LOAD_FAST__LOAD_FAST) {
        TyObject *v = GETLOCAL(oparg);
        if (TY_UNLIKELY(!v)) {
            unbound_local(frame, oparg);
            goto error;
        }
        int second = TY_ARG(*ip++);
        TyObject *w = GETLOCAL(second);
        if (TY_UNLIKELY(!w)) {
            unbound_local(frame, second);
            goto error;
        }
        TY_INCREF(v);
        TY_INCREF(w);
        PUSH(v);
        PUSH(w);
        DISPATCH();
    }

    TARGET(LOAD_FAST__LOAD_CONST) {
        TyObject *v = GETLOCAL(oparg);
        if (TY_UNLIKELY(!v)) {
            unbound_local(frame, oparg);
            goto error;
        }
        TyObject *c = consts[TY_ARG(*ip++)];
        TY_INCREF(v);
        TY_INCREF(c);
        PUSH(v);
        PUSH(c);
        DISPATCH();
    }

    TARGET(STORE_FAST__LOAD_FAST) {
        TyObject *v = POP();
        TyObject *old = GETLOCAL(oparg);
        GETLOCAL(oparg) = v;
        TY_XDECREF(old);
        int second = TY_ARG(*ip++);
        TyObject *w = GETLOCAL(second);
        if (TY_UNLIKELY(!w)) {
            unbound_local(frame, second);
            goto error;
        }
        TY_INCREF(w);
        PUSH(w);
        DISPATCH();
    }

    TARGET(STORE_FAST__STORE_FAST) {
        TyObject *v = POP();
        TyObject *old = GETLOCAL(oparg);
        GETLOCAL(oparg) = v;
        TY_XDECREF(old);
        int second = TY_ARG(*ip++);
        v = POP();
        old = GETLOCAL(second);
        GETLOCAL(second) = v;
        TY_XDECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_CONST__LOAD_FAST) {
        TyObject *c = consts[oparg];
        int second = TY_ARG(*ip++);
        TyObject *w = GETLOCAL(second);
        if (TY_UNLIKELY(!w)) {
            unbound_local(frame, second);
            goto error;
        }
        TY_INCREF(c);
        TY_INCREF(w);
        PUSH(c);
        PUSH(w);
        DISPATCH();
    }

    /* ---- match statements (PEP 634; match.c) ---- */

    TARGET(GET_LEN) {
        ssize_t n = tyObj_length(TOP());
        TyObject *len = n < 0 ? NULL : tyInt_fromI64(n);
        if (!len)
            goto error;
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        TyObject *r = TY_MATCH_IS_MAPPING(TOP()) ? TY_TRUE : TY_FALSE;
        PUSH(TY_NEWREF(r));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        TyObject *r = TY_MATCH_IS_SEQUENCE(TOP()) ? TY_TRUE : TY_FALSE;
        PUSH(TY_NEWREF(r));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        TyObject *values = tyMatch_keys(PEEK(2), TOP());
        if (!values)
            goto error;
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        TyObject *names = POP();
        TyObject *cls = POP();
        TyObject *attrs = tyMatch_class(TOP(), cls, oparg, names);
        TY_DECREF(names);
        TY_DECREF(cls);
        if (!attrs) {
            if (tyErr_occurred())
                goto error;
            attrs = TY_NEWREF(TY_NONE);
        }
        TyObject *subject = TOP();
        SET_TOP(attrs);
        TY_DECREF(subject);
        DISPATCH();
    }

    /* ---- except* (PEP 654; exceptiongroup.c) ---- */

    TARGET(CHECK_EG_MATCH) {
        TyObject *type = POP();
        if (check_except_type(type) < 0 || tyExcGroup_checkStarType(type) < 0) {
            TY_DECREF(type);
            goto error;
        }
        TyObject *match, *rest;
        SAVE_FRAME_STATE();
        int r = tyExcGroup_match(TOP(), type, &match, &rest);
        TY_DECREF(type);
        if (r < 0)
            goto error;
        if (match == TY_NONE) {
            TY_DECREF(rest);
            PUSH(match);
            DISPATCH();
        }
        /* The clause handles its match: sys.exc_info(), a bare raise and
        ** the __context__ of what it raises see that part. */
        TyObject *exc = TOP();
        SET_TOP(rest);
        PUSH(match);
        TyObject *handled = ty_state.exc_info->value;
        ty_state.exc_info->value = TY_NEWREF(match);
        TY_XDECREF(handled);
        TY_DECREF(exc);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        TyObject *excs = POP();
        TyObject *orig = POP();
        SAVE_FRAME_STATE();
        TyObject *r = tyExcGroup_prepReraiseStar(orig, excs);
        TY_DECREF(excs);
        TY_DECREF(orig);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }

#if !TY_COMPUTED_GOTO
    }
#endif

frame_return:
    if (TY_UNLIKELY(ty_state.trace.active)) {
        SAVE_FRAME_STATE();
        if (tyTrace_return(frame, retval) < 0) {
            TY_CLEAR(retval);
            goto exit_unwind;
        }
    }
    {
        bool entry = frame->is_entry;
        TyFrame *prev = frame->previous;
        SAVE_FRAME_STATE();
        --ty_state.recursion_depth;
        if (frame->owner == TY_FRAME_IN_GENERATOR) {
            /* The generator's owner clears the frame. */
            ty_state.frame = prev;
            return retval;
        }
        ty_state.frame = prev;
        if (TY_UNLIKELY(frame->is_init)) {
            /* __init__ run for CALL returns: the call's result is the
            ** instance (or slot_init's TypeError). */
            TyObject *init = frame->func, *argtuple = frame->init_args;
            pop_returning_frame(frame);
            frame = prev;
            LOAD_FRAME_STATE();
            TyObject **base = sp - TY_ARG(ip[-1]) - 2;
            TyObject *self = finish_init_call(base, sp, init, argtuple, retval);
            retval = NULL;
            sp = base;
            if (!self)
                goto error;
            PUSH(self);
            CHECK_EVAL_BREAKER();
            DISPATCH();
        }
        pop_returning_frame(frame);
        if (entry)
            return retval;
        frame = prev;
        LOAD_FRAME_STATE();
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }

error:
    {
        /* Without memory for the entry, the MemoryError goes on in the
        ** exception's place, as CPython's PyTraceBack_Here does (a handler
        ** would otherwise see an exception with no traceback); it gets an
        ** entry if one can still be made. */
        TyObject *exc = tyErr_fetch();
        int lasti = (int)(ip - frame->code->code) - 1;
        if (exc && tyTraceback_add(exc, frame, lasti) < 0) {
            TyObject *nomem = tyErr_fetch();
            if (nomem) {
                TY_DECREF(exc);
                exc = nomem;
                if (tyTraceback_add(exc, frame, lasti) < 0)
                    tyErr_clear();
            }
        }
        tyErr_restore(exc);
        kwnames = NULL;
        if (TY_UNLIKELY(ty_state.trace.func != NULL)) {
            SAVE_FRAME_STATE();
            tyTrace_exception(frame);
        }
    }
exception_unwind_noadd:
    {
        int lasti = (int)(ip - frame->code->code) - 1;
        /* Where the exception was raised, as the frame shows it: a RERAISE 1
        ** puts back the place that raised into the handler it ends. */
        int raised_at = reraise_restores ? frame->handler_from : lasti;
        bool restore = reraise_restores;
        reraise_restores = false;
        const TyExcEntry *h = frame->code->nexc ? find_handler(frame->code, lasti) : NULL;
        if (h) {
            STACK_CLEAR_TO(TY_FRAME_STACK_BASE(frame) + h->depth);
            PUSH(tyErr_fetch());
            frame->handler_from = raised_at;
            ip = frame->code->code + h->handler;
            DISPATCH();
        }
        /* No handler here: the frame is done; the exception goes to the
        ** caller.  Re-raised by the cleanup of a with, an except clause or
        ** a finally (RERAISE 1), its f_lineno is the place that raised into
        ** that handler, as CPython's RERAISE puts it back.  The value stack
        ** empties first, as in CPython: what a traceback keeps of the frame
        ** is its variables. */
        if (restore && raised_at >= 0 && raised_at < frame->code->ncode)
            ip = frame->code->code + raised_at + 1;
        if (TY_UNLIKELY(ty_state.trace.active)) {
            STACK_CLEAR_TO(TY_FRAME_STACK_BASE(frame));
            SAVE_FRAME_STATE();
            tyTrace_unwind(frame);
        }
    }
exit_unwind:
    /* The frame ends with the exception raised, unhandled in it (a trace
    ** function's exception in a 'call' or 'return' event comes here
    ** directly, as in CPython). */
    {
        bool entry = frame->is_entry;
        TyFrame *prev = frame->previous;
        STACK_CLEAR_TO(TY_FRAME_STACK_BASE(frame));
        SAVE_FRAME_STATE();
        --ty_state.recursion_depth;
        if (frame->owner == TY_FRAME_IN_GENERATOR) {
            ty_state.frame = prev;
            return NULL;
        }
        ty_state.frame = prev;
        bool init_call = frame->is_init;
        TyObject *init = init_call ? frame->func : NULL;
        TyObject *argtuple = init_call ? frame->init_args : NULL;
        pop_frame(frame);
        if (entry)
            return NULL;
        frame = prev;
        LOAD_FRAME_STATE();
        if (TY_UNLIKELY(init_call)) {
            /* __init__ run for CALL raised: the call fails as type_call
            ** would, its arguments leaving the caller's stack. */
            TyObject **base = sp - TY_ARG(ip[-1]) - 2;
            finish_init_call(base, sp, init, argtuple, NULL);
            sp = base;
        }
        goto error;
    }
}
