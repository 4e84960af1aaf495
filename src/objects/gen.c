/*
** gen.c — generators: calling a generator function builds one of these
** around a frame; next()/send() resume the frame until its next yield,
** throw() raises inside it, close() raises GeneratorExit inside it.
*/
#include "tally.h"
#include "vm.h"
#include "opcodes.h"
#include "objects/gen.h"
#include "objects/func.h"
#include "objects/weakref.h"
#include "objects/frame.h"
#include "objects/coroutine.h"
#include "objects/code.h"

/* cr_origin: (filename, line, function name) of the running frames,
** innermost first, at most sys.get_coroutine_origin_tracking_depth() of
** them.  New reference to a tuple. */
static TyObject *creation_origin(void)
{
    TyObject *frames = tyList_new(0);
    int n = 0;
    for (TyFrame *f = ty_state.frame; frames && f && n < ty_state.coro_origin_depth; f = f->previous, n++) {
        TyObject *line = tyInt_fromI64(tyCode_line(f->code, TY_FRAME_LASTI(f)));
        TyObject *item = line ? tyTuple_pack(3, f->code->filename, line, f->code->name) : NULL;
        TY_XDECREF(line);
        if (!item || tyList_append(frames, item) < 0)
            TY_CLEAR(frames);
        TY_XDECREF(item);
    }
    if (!frames)
        return NULL;
    TyObject *t = tyList_asTuple(frames);
    TY_DECREF(frames);
    return t;
}

TyObject *tyGen_new(TyObject *func, TyFrame **frame_out)
{
    TyFunction *fn = (TyFunction *)func;
    TyCode *co = (TyCode *)fn->code;
    size_t fsize = tyFrame_size(co);
    ssize_t nslots = (ssize_t)((fsize + sizeof(TyObject *) - 1) / sizeof(TyObject *));
    TyType *type = (co->flags & TY_CO_COROUTINE) ? &TyCoro_Type
                 : (co->flags & TY_CO_ASYNC_GENERATOR) ? &TyAsyncGen_Type : &TyGen_Type;
    TyGen *g = (TyGen *)tyGC_allocVar(type, nslots);
    if (!g)
        return NULL;
    TyFrame *f = (TyFrame *)g->frame_data;
    f->code = (TyCode *)TY_NEWREF(co);
    f->func = TY_NEWREF(func);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->ip = co->code;
    f->owner = TY_FRAME_IN_GENERATOR;
    f->is_entry = true;
    f->is_init = false;
    for (int i = 0; i < co->nlocalsplus; i++)
        f->localsplus[i] = NULL;
    f->sp = TY_FRAME_STACK_BASE(f);
    g->frame = f;
    g->code = TY_NEWREF(co);
    g->name = TY_NEWREF(fn->name);
    g->qualname = TY_NEWREF(fn->qualname);
    tyGC_track((TyObject *)g);
    if (type == &TyCoro_Type && ty_state.coro_origin_depth > 0 && !(g->cr_origin = creation_origin())) {
        TY_DECREF(g);
        return NULL;
    }
    *frame_out = f;
    return (TyObject *)g;
}

/* How the three kinds (generator, coroutine, async generator) name
** themselves in messages. */
static const char *kind_name(TyGen *g)
{
    TyType *t = TY_TYPE(g);
    return t == &TyCoro_Type ? "coroutine" : t == &TyAsyncGen_Type ? "async generator" : "generator";
}

/* Replace the current exception by RuntimeError(msg) caused by it. */
static void raise_from_current(const char *fmt, const char *kind)
{
    TyObject *exc = tyErr_fetch();
    tyErr_format(&TyExc_RuntimeError, fmt, kind);
    TyObject *rt = tyErr_fetch();
    tyExc_setCause(rt, exc);
    tyExc_setContext(rt, exc);
    TY_DECREF(exc);
    tyErr_restore(rt);
}

/* Finish the generator: its frame's references are released now. */
static void gen_finish(TyGen *g)
{
    if (g->finished)
        return;
    g->finished = true;
    tyFrame_clear(g->frame);
}

/*
** Run the frame once.  With an exception set (throw(), close()) it is
** raised at the suspension point; otherwise `value` (NULL: None) becomes
** the result of the pending yield, unless the generator has not started.
** While it runs, the generator's own handled-exception level is on top of
** its caller's.  Returns the yielded value, or the return value with
** *returned set, or NULL with an exception.  New reference.
*/
static TyObject *gen_resume(TyGen *g, TyObject *value, bool *returned)
{
    TyFrame *f = g->frame;
    *returned = false;
    bool throwing = ty_state.exc != NULL;
    /* A debugger's jump from the yield (trace.c) left the frame at the
    ** start of a line, which expects no sent value. */
    if (g->started && !throwing && !g->resume_bare)
        *f->sp++ = TY_NEWREF(value ? value : TY_NONE);
    g->resume_bare = false;
    g->started = true;
    g->running = true;
    g->exc_state.previous = ty_state.exc_info;
    ty_state.exc_info = &g->exc_state;
    if (throwing)
        tyErr_chainHandled();
    f->is_entry = true;
    TyObject *r = tyVM_run(f);
    ty_state.exc_info = g->exc_state.previous;
    g->exc_state.previous = NULL;
    g->running = false;
    /* A suspended or finished frame has no caller (f_back is None). */
    f->previous = NULL;

    bool yielded = r && (g->resume_bare || TY_OP(f->ip[-1]) == OP_YIELD_VALUE);
    if (!yielded) {
        gen_finish(g);
        if (r) {
            *returned = true;
        } else if (tyErr_exceptionMatches(&TyExc_StopIteration)) {
            /* PEP 479: a StopIteration escaping a generator is an error. */
            raise_from_current("%s raised StopIteration", kind_name(g));
        } else if (TY_ASYNC_GEN_CHECK(g) && tyErr_exceptionMatches(&TyExc_StopAsyncIteration)) {
            raise_from_current("%s raised StopAsyncIteration", kind_name(g));
        }
    }
    return r;
}

TyObject *tyGen_send(TyObject *gen, TyObject *value, bool *returned)
{
    TyGen *g = (TyGen *)gen;
    *returned = false;
    if (g->running)
        return tyErr_format(&TyExc_ValueError, "%s already executing", kind_name(g));
    if (g->finished) {
        if (TY_CORO_CHECK(g))
            return tyErr_setString(&TyExc_RuntimeError, "cannot reuse already awaited coroutine");
        *returned = true;
        return TY_NEWREF(TY_NONE);
    }
    if (!g->started && value && value != TY_NONE)
        return tyErr_format(&TyExc_TypeError, "can't send non-None value to a just-started %s", kind_name(g));
    return gen_resume(g, value, returned);
}

/* Resume gen with the current exception raised inside it.  A finished
** generator leaves the exception as it is; a finished coroutine refuses. */
static TyObject *gen_resume_raising(TyGen *g, bool *returned)
{
    *returned = false;
    if (g->running)
        return tyErr_format(&TyExc_ValueError, "%s already executing", kind_name(g));
    if (g->finished) {
        if (TY_CORO_CHECK(g))
            tyErr_setString(&TyExc_RuntimeError, "cannot reuse already awaited coroutine");
        return NULL;
    }
    return gen_resume(g, NULL, returned);
}

void tyGen_setStopIteration(TyObject *value)
{
    if (value == TY_NONE) {
        tyErr_setNone(&TyExc_StopIteration);
        return;
    }
    if (!TY_TUPLE_CHECK(value) && !TY_EXC_CHECK(value)) {
        tyErr_setObject(&TyExc_StopIteration, value);
        return;
    }
    /* A tuple or an exception would be taken for the arguments or the
    ** exception itself: it becomes the only argument. */
    TyObject *stop = tyExc_new(&TyExc_StopIteration, &value, 1);
    if (!stop)
        return;
    tyErr_setObject(&TyExc_StopIteration, stop);
    TY_DECREF(stop);
}

TyObject *tyGen_stopOnReturn(TyObject *gen, TyObject *r, bool returned)
{
    if (!r || !returned)
        return r;
    if (TY_ASYNC_GEN_CHECK(gen))
        tyErr_setNone(&TyExc_StopAsyncIteration);
    else
        tyGen_setStopIteration(r);
    TY_DECREF(r);
    return NULL;
}

static TyObject *gen_iternext(TyObject *gen)
{
    bool returned;
    TyObject *r = tyGen_send(gen, NULL, &returned);
    if (r && returned && r == TY_NONE) {
        /* The common end of a for loop: no StopIteration object. */
        TY_DECREF(r);
        return NULL;
    }
    return tyGen_stopOnReturn(gen, r, returned);
}

TyObject *tyGen_sendMethod(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("send", kwnames) < 0 || tyArg_checkPositional("send", nargs, 1, 1) < 0)
        return NULL;
    bool returned;
    TyObject *r = tyGen_send(self, args[0], &returned);
    return tyGen_stopOnReturn(self, r, returned);
}

TyGen *tyGen_ofFrame(TyFrame *f)
{
    return (TyGen *)((char *)f - offsetof(TyGen, frame_data));
}

TyObject *tyGen_delegate(TyObject *gen)
{
    TyGen *g = (TyGen *)gen;
    if (!g->started || g->finished || g->running)
        return NULL;
    TyFrame *f = g->frame;
    uint32_t *ip = f->ip;
    if (ip - f->code->code < 2 || TY_OP(ip[-1]) != OP_YIELD_VALUE || TY_OP(ip[-2]) != OP_SEND)
        return NULL;
    return f->sp[-1];
}


/* Close a `yield from` delegate: a generator's close(), or the close
** method of any other iterator when it has one.  0 or -1 with an
** exception. */
static int close_delegate(TyObject *yf)
{
    if (TY_GEN_CHECK(yf) || TY_CORO_CHECK(yf))
        return tyGen_close(yf);
    TyObject *close;
    if (tyObj_lookupAttr(yf, TY_ID(close), &close) < 0) {
        tyErr_writeUnraisable(yf);
        return 0;
    }
    if (!close)
        return 0;
    TyObject *r = tyObj_callNoArgs(close);
    TY_DECREF(close);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/*
** The delegate of g's pending `yield from` ended (its throw() or close()
** raised, the exception now current): take it off g's stack and go on
** after the SEND, with the delegate's StopIteration value as the result of
** `yield from`, or with any other exception raised there.
*/
static TyObject *finish_delegation(TyGen *g, bool *returned)
{
    TyFrame *f = g->frame;
    TyObject *recv = *--f->sp;
    TY_DECREF(recv);
    f->ip = f->code->code + TY_ARG(f->ip[-2]);
    if (!tyErr_exceptionMatches(&TyExc_StopIteration))
        return gen_resume_raising(g, returned);
    TyObject *stop = tyErr_fetch();
    TyObject *val = tyExc_stopIterationValue(stop);
    TyObject *r = tyGen_send((TyObject *)g, val ? val : TY_NONE, returned);
    TY_DECREF(stop);
    return r;
}

/* Build the exception throw(typ, val, tb) raises and make it current,
** without chaining: resuming the generator chains it.  0, or -1 with the
** TypeError throw() gives for bad arguments. */
static int set_thrown(TyObject *typ, TyObject *val, TyObject *tb)
{
    if (tb == TY_NONE)
        tb = NULL;
    else if (tb && TY_TYPE(tb) != &TyTraceback_Type) {
        tyErr_setString(&TyExc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    TyObject *exc;
    if (TY_TYPE_CHECK(typ) && TY_EXC_TYPE_CHECK(typ)) {
        if (val && TY_EXC_CHECK(val) && tyType_isSubtype(TY_TYPE(val), (TyType *)typ))
            exc = TY_NEWREF(val);
        else if (val && val != TY_NONE)
            exc = TY_TUPLE_CHECK(val) ? tyObj_call(typ, TY_TUPLE_ITEMS(val), (size_t)TY_TUPLE_LEN(val), NULL)
                                      : tyObj_callOneArg(typ, val);
        else
            exc = tyObj_callNoArgs(typ);
        if (exc && !TY_EXC_CHECK(exc)) {
            tyErr_format(&TyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %s", typ,
                         tyType_name(TY_TYPE(exc)));
            TY_DECREF(exc);
            return -1;
        }
    } else if (TY_EXC_CHECK(typ)) {
        if (val && val != TY_NONE) {
            tyErr_setString(&TyExc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = TY_NEWREF(typ);
    } else {
        tyErr_format(&TyExc_TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     tyType_name(TY_TYPE(typ)));
        return -1;
    }
    if (!exc)
        return -1;
    if (tb)
        tyExc_setTraceback(exc, tb);
    tyErr_restore(exc);
    return 0;
}

TyObject *tyGen_throw(TyObject *gen, TyObject *typ, TyObject *val, TyObject *tb, bool close_on_genexit,
                      bool *returned)
{
    TyGen *g = (TyGen *)gen;
    *returned = false;
    TyObject *yf = tyGen_delegate(gen);
    if (yf) {
        TyObject *r;
        TY_INCREF(yf);
        if (close_on_genexit && tyErr_givenMatches(typ, (TyObject *)&TyExc_GeneratorExit)) {
            g->running = true;
            int err = close_delegate(yf);
            g->running = false;
            TY_DECREF(yf);
            if (err < 0)
                return gen_resume_raising(g, returned);
        } else {
            if (TY_GEN_CHECK(yf) || TY_CORO_CHECK(yf)) {
                /* The delegating frame is the thrown-into one's caller
                ** meanwhile, as if its SEND ran: its f_back, and in the
                ** traceback's stack (CPython links it the same way). */
                bool sub_returned;
                TyFrame *f = g->frame;
                f->previous = ty_state.frame;
                ty_state.frame = f;
                g->running = true;
                r = tyGen_throw(yf, typ, val, tb, close_on_genexit, &sub_returned);
                g->running = false;
                ty_state.frame = f->previous;
                f->previous = NULL;
                r = tyGen_stopOnReturn(yf, r, sub_returned);
            } else {
                TyObject *throw;
                if (tyObj_lookupAttr(yf, TY_ID(throw), &throw) < 0) {
                    TY_DECREF(yf);
                    return NULL;
                }
                if (!throw) {
                    TY_DECREF(yf);
                    goto throw_here;
                }
                TyObject *args[3] = { typ, val, tb };
                size_t nargs = tb ? 3 : val ? 2 : 1;
                g->running = true;
                r = tyObj_call(throw, args, nargs, NULL);
                g->running = false;
                TY_DECREF(throw);
            }
            TY_DECREF(yf);
            if (r)
                return r;
            return finish_delegation(g, returned);
        }
    }
throw_here:
    if (set_thrown(typ, val, tb) < 0)
        return NULL;
    return gen_resume_raising(g, returned);
}

TyObject *tyGen_throwMethod(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("throw", kwnames) < 0 || tyArg_checkPositional("throw", nargs, 1, 3) < 0)
        return NULL;
    bool returned;
    TyObject *r = tyGen_throw(self, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, true,
                              &returned);
    return tyGen_stopOnReturn(self, r, returned);
}

int tyGen_close(TyObject *gen)
{
    TyGen *g = (TyGen *)gen;
    if (g->finished || !g->started) {
        gen_finish(g);
        return 0;
    }
    TyObject *yf = tyGen_delegate((TyObject *)g);
    int err = 0;
    if (yf) {
        TY_INCREF(yf);
        g->running = true;
        err = close_delegate(yf);
        g->running = false;
        TY_DECREF(yf);
    }
    if (err == 0)
        tyErr_setNone(&TyExc_GeneratorExit);
    bool returned;
    TyObject *r = gen_resume_raising(g, &returned);
    if (r) {
        TY_DECREF(r);
        /* An async generator that returns here ends in StopAsyncIteration,
        ** which close() does not take for a clean end, as in CPython. */
        if (returned && TY_ASYNC_GEN_CHECK(g))
            return tyErr_setNone(&TyExc_StopAsyncIteration), -1;
        if (returned)
            return 0;
        tyErr_format(&TyExc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
        return -1;
    }
    if (tyErr_exceptionMatches(&TyExc_StopIteration) || tyErr_exceptionMatches(&TyExc_GeneratorExit)) {
        tyErr_clear();
        return 0;
    }
    return -1;
}

TyObject *tyGen_closeMethod(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("close", kwnames) < 0 || tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    return tyGen_close(self) < 0 ? NULL : tyNone_new();
}

static TyMethodDef gen_methods[] = {
    { "send", tyGen_sendMethod, TY_METH_DEFAULT, NULL },
    { "throw", tyGen_throwMethod, TY_METH_DEFAULT, NULL },
    { "close", tyGen_closeMethod, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyObject *gen_iter(TyObject *self)
{
    return TY_NEWREF(self);
}

int tyGen_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGen *g = (TyGen *)o;
    if (g->exc_state.value && visit(g->exc_state.value, arg))
        return 1;
    if (visit(g->code, arg))
        return 1;
    if (g->ag_finalizer && visit(g->ag_finalizer, arg))
        return 1;
    if (g->cr_origin && visit(g->cr_origin, arg))
        return 1;
    if (g->finished)
        return 0;
    TyFrame *f = g->frame;
    /* f_locals' dict and the frame object, once made, are the frame's too. */
    TyObject *named[] = { f->func, f->locals, (TyObject *)f->frame_obj };
    for (size_t i = 0; i < TY_ARRAY_LEN(named); i++)
        if (named[i] && visit(named[i], arg))
            return 1;
    for (int i = 0; i < f->code->nlocalsplus; i++)
        if (f->localsplus[i] && visit(f->localsplus[i], arg))
            return 1;
    /* A running generator's f->sp is where it stood when it last saved
    ** its state; after a call the loop pops and releases the arguments
    ** before saving again, and a finalizer that runs then can start a
    ** collection, which would visit slots already released.  As CPython
    ** hides an executing frame's stack, the collector sees none: what it
    ** holds counts as referenced from outside. */
    if (g->running)
        return 0;
    return tyGen_traverseStack(o, visit, arg);
}

int tyGen_traverseStack(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGen *g = (TyGen *)o;
    if (g->finished)
        return 0;
    TyFrame *f = g->frame;
    for (TyObject **p = TY_FRAME_STACK_BASE(f); p < f->sp; p++)
        if (*p && visit(*p, arg))
            return 1;
    return 0;
}

int tyGen_clear(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    TY_CLEAR(g->exc_state.value);
    TY_CLEAR(g->ag_finalizer);
    gen_finish(g);
    return 0;
}

void tyGen_finalize(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    if (g->finished || ty_state.modules_gone)
        return;
    TyObject *saved = tyErr_fetch();
    if (g->ag_finalizer && !g->ag_closed) {
        TyObject *r = tyObj_callOneArg(g->ag_finalizer, o);
        if (r)
            TY_DECREF(r);
        else
            tyErr_writeUnraisable(o);
    } else if (!g->started) {
        if (TY_CORO_CHECK(g))
            tyCoro_warnNeverAwaited(o);
    } else if (tyGen_close(o) < 0) {
        tyErr_writeUnraisable(o);
    }
    tyErr_restore(saved);
}

void tyGen_dealloc(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    tyGC_untrack(o);
    if (g->weakreflist)
        tyWeakref_clear(o);
    if (!g->finished) {
        /* Resurrect for the finalizer, as PEP 442 describes. */
        o->refcnt = 1;
        if (!tyGC_isFinalized(o)) {
            tyGC_setFinalized(o);
            tyGen_finalize(o);
        }
        if (--o->refcnt > 0) {
            tyGC_track(o);
            return;
        }
    }
    TY_CLEAR(g->exc_state.value);
    gen_finish(g);
    TY_CLEAR(g->name);
    TY_CLEAR(g->qualname);
    TY_CLEAR(g->code);
    TY_CLEAR(g->ag_finalizer);
    TY_CLEAR(g->cr_origin);
    tyObj_free(o);
}

TyObject *tyGen_repr(TyObject *o)
{
    return tyStr_fromFormat("<%s object %U at %p>", TY_TYPE(o)->name, ((TyGen *)o)->qualname, (void *)o);
}

TyObject *tyGen_getName(TyObject *o) { return TY_NEWREF(((TyGen *)o)->name); }
TyObject *tyGen_getQualname(TyObject *o) { return TY_NEWREF(((TyGen *)o)->qualname); }

/* __name__ and __qualname__ take only str. */
static int set_str_field(TyObject **field, TyObject *v, const char *what)
{
    if (!v || !TY_STR_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    TY_INCREF(v);
    TY_SETREF(*field, v);
    return 0;
}

int tyGen_setName(TyObject *o, TyObject *v) { return set_str_field(&((TyGen *)o)->name, v, "__name__"); }
int tyGen_setQualname(TyObject *o, TyObject *v)
{
    return set_str_field(&((TyGen *)o)->qualname, v, "__qualname__");
}
TyObject *tyGen_getRunning(TyObject *o) { return tyBool_from(((TyGen *)o)->running); }

TyObject *tyGen_getCode(TyObject *o)
{
    return TY_NEWREF(((TyGen *)o)->code);
}

/* The frame object of an unfinished generator's frame, else None. */
TyObject *tyGen_getFrame(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    if (g->finished)
        return tyNone_new();
    TyFrameObject *fo = tyFrame_getObject(g->frame);
    return fo ? TY_NEWREF((TyObject *)fo) : NULL;
}

TyObject *tyGen_getSuspended(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    return tyBool_from(g->started && !g->finished && !g->running);
}

TyObject *tyGen_getDelegate(TyObject *o)
{
    TyObject *yf = tyGen_delegate(o);
    return TY_NEWREF(yf ? yf : TY_NONE);
}

static TyGetSetDef gen_getset[] = {
    { "gi_yieldfrom", tyGen_getDelegate, NULL, NULL },
    { "__name__", tyGen_getName, tyGen_setName, NULL },
    { "__qualname__", tyGen_getQualname, tyGen_setQualname, NULL },
    { "gi_running", tyGen_getRunning, NULL, NULL },
    { "gi_code", tyGen_getCode, NULL, NULL },
    { "gi_frame", tyGen_getFrame, NULL, NULL },
    { "gi_suspended", tyGen_getSuspended, NULL, NULL },
    { NULL }
};

TyType TyGen_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "generator",
    .basicsize = sizeof(TyGen),
    .itemsize = sizeof(TyObject *),
    .flags = TY_TPFLAG_GC,
    .dealloc = tyGen_dealloc,
    .repr = tyGen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = tyGen_traverse,
    .clear = tyGen_clear,
    .finalize = tyGen_finalize,
    .methods = gen_methods,
    .getset = gen_getset,
    .weaklistoffset = offsetof(TyGen, weakreflist),
};
