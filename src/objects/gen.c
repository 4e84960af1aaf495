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

TyObject *tyGen_new(TyObject *func, TyFrame **frame_out)
{
    TyFunction *fn = (TyFunction *)func;
    TyCode *co = (TyCode *)fn->code;
    size_t fsize = tyFrame_size(co);
    ssize_t nslots = (ssize_t)((fsize + sizeof(TyObject *) - 1) / sizeof(TyObject *));
    TyGen *g = (TyGen *)tyGC_allocVar(&TyGen_Type, nslots);
    if (!g)
        return NULL;
    TyFrame *f = (TyFrame *)g->frame_data;
    f->code = (TyCode *)TY_NEWREF(co);
    f->func = TY_NEWREF(func);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->previous = NULL;
    f->ip = co->code;
    f->owner = TY_FRAME_IN_GENERATOR;
    f->is_entry = true;
    for (int i = 0; i < co->nlocalsplus; i++)
        f->localsplus[i] = NULL;
    f->sp = TY_FRAME_STACK_BASE(f);
    g->frame = f;
    g->name = TY_NEWREF(fn->name);
    g->qualname = TY_NEWREF(fn->qualname);
    tyGC_track((TyObject *)g);
    *frame_out = f;
    return (TyObject *)g;
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
** Run the frame once: push `value` (the result of the pending yield)
** unless the generator has not started; with an exception set instead,
** raise it at the suspension point.  Returns the yielded value, or the
** return value with *returned set, or NULL with an exception.
*/
static TyObject *gen_resume(TyGen *g, TyObject *value, bool *returned)
{
    TyFrame *f = g->frame;
    *returned = false;
    if (g->started && !ty_state.exc)
        *f->sp++ = TY_NEWREF(value ? value : TY_NONE);
    g->started = true;
    g->running = true;
    /* The generator handles its own exceptions; the caller's state is put
    ** back when it yields or returns. */
    TyObject *caller_handled = ty_state.handled;
    if (g->exc_state) {
        ty_state.handled = g->exc_state;
        g->exc_state = NULL;
    } else {
        TY_XINCREF(caller_handled);
    }
    f->is_entry = true;
    TyObject *r = tyVM_run(f);
    g->running = false;
    TyObject *gen_handled = ty_state.handled;
    ty_state.handled = caller_handled;
    if (gen_handled != caller_handled)
        g->exc_state = gen_handled;
    else
        TY_XDECREF(gen_handled);

    bool yielded = r && TY_OP(f->ip[-1]) == OP_YIELD_VALUE;
    if (!yielded) {
        gen_finish(g);
        if (r) {
            *returned = true;
        } else if (tyErr_exceptionMatches(&TyExc_StopIteration)) {
            /* PEP 479: a StopIteration escaping a generator is an error. */
            TyObject *exc = tyErr_fetch();
            tyErr_setString(&TyExc_RuntimeError, "generator raised StopIteration");
            TyObject *rt = tyErr_fetch();
            tyExc_setCause(rt, exc);
            tyExc_setContext(rt, exc);
            TY_DECREF(exc);
            tyErr_restore(rt);
        }
    }
    return r;
}

TyObject *tyGen_send(TyObject *gen, TyObject *value, bool *returned)
{
    TyGen *g = (TyGen *)gen;
    *returned = false;
    if (g->running)
        return tyErr_setString(&TyExc_ValueError, "generator already executing");
    if (g->finished) {
        *returned = true;
        return TY_NEWREF(TY_NONE);
    }
    if (!g->started && value && value != TY_NONE)
        return tyErr_setString(&TyExc_TypeError, "can't send non-None value to a just-started generator");
    return gen_resume(g, value, returned);
}

/* A finished generator's return value becomes StopIteration(value). */
static TyObject *stop_on_return(TyObject *r, bool returned)
{
    if (!r || !returned)
        return r;
    if (r == TY_NONE)
        tyErr_setNone(&TyExc_StopIteration);
    else
        tyErr_setObject(&TyExc_StopIteration, r);
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
    return stop_on_return(r, returned);
}

static TyObject *gen_send_method(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("send", kwnames) < 0 || tyArg_checkPositional("send", nargs, 1, 1) < 0)
        return NULL;
    bool returned;
    TyObject *r = tyGen_send(self, args[0], &returned);
    return stop_on_return(r, returned);
}

/* Is the generator suspended inside `yield from` (a SEND before the
** pending YIELD_VALUE)?  Returns the delegate (borrowed) or NULL. */
static TyObject *gen_delegate(TyGen *g)
{
    if (!g->started || g->finished)
        return NULL;
    TyFrame *f = g->frame;
    uint32_t *ip = f->ip;
    if (ip - f->code->code < 2 || TY_OP(ip[-1]) != OP_YIELD_VALUE || TY_OP(ip[-2]) != OP_SEND)
        return NULL;
    return f->sp[-1];
}

static int gen_close_impl(TyGen *g);

/* Pass exc to the generator's `yield from` delegate.  Returns a yielded
** value, or NULL with the exception that should now be raised in g (or,
** for a finished delegate, StopIteration carrying its value). */
static TyObject *throw_to_delegate(TyObject *yf, TyObject *exc);

/* Raise exc (an exception instance) inside the generator. */
static TyObject *gen_throw_exc(TyGen *g, TyObject *exc)
{
    if (g->running)
        return tyErr_setString(&TyExc_ValueError, "generator already executing");
    bool returned = false;
    TyObject *yf = gen_delegate(g);
    if (yf) {
        TY_INCREF(yf);
        g->running = true;
        TyObject *r = throw_to_delegate(yf, exc);
        g->running = false;
        TY_DECREF(yf);
        if (r)
            return r;
        if (tyErr_exceptionMatches(&TyExc_StopIteration)) {
            /* The delegate finished: its value is the result of `yield from`. */
            TyObject *stop = tyErr_fetch();
            TyObject *val = tyExc_stopIterationValue(stop);
            TyFrame *f = g->frame;
            TyObject *recv = *--f->sp;
            TY_DECREF(recv);
            f->ip = f->code->code + TY_ARG(f->ip[-2]);
            TyObject *res = gen_resume(g, val ? val : TY_NONE, &returned);
            TY_DECREF(stop);
            return stop_on_return(res, returned);
        }
        return stop_on_return(gen_resume(g, NULL, &returned), returned);
    }
    tyErr_setRaised(exc);
    if (g->finished)
        return NULL;
    return stop_on_return(gen_resume(g, NULL, &returned), returned);
}

static TyObject *throw_to_delegate(TyObject *yf, TyObject *exc)
{
    if (tyErr_givenMatches(exc, (TyObject *)&TyExc_GeneratorExit)) {
        /* close() closes the delegate, then raises GeneratorExit here. */
        if (TY_GEN_CHECK(yf)) {
            if (gen_close_impl((TyGen *)yf) < 0)
                return NULL;
        } else {
            TyObject *close;
            int found = tyObj_lookupAttr(yf, TY_ID(close), &close);
            if (found < 0)
                return NULL;
            if (found) {
                TyObject *cr = tyObj_callNoArgs(close);
                TY_DECREF(close);
                if (!cr)
                    return NULL;
                TY_DECREF(cr);
            }
        }
        tyErr_setRaised(exc);
        return NULL;
    }
    if (TY_GEN_CHECK(yf))
        return gen_throw_exc((TyGen *)yf, exc);
    TyObject *throw;
    int found = tyObj_lookupAttr(yf, TY_ID(throw), &throw);
    if (found < 0)
        return NULL;
    if (!found) {
        tyErr_setRaised(exc);
        return NULL;
    }
    TyObject *r = tyObj_callOneArg(throw, exc);
    TY_DECREF(throw);
    return r;
}

/* Normalise throw(type[, value[, tb]]) into an exception instance. */
static TyObject *make_throw_exc(TyObject *const *args, size_t nargs)
{
    TyObject *typ = args[0];
    TyObject *val = nargs > 1 ? args[1] : NULL;
    TyObject *tb = nargs > 2 ? args[2] : NULL;
    TyObject *exc;
    if (TY_TYPE_CHECK(typ) && TY_EXC_TYPE_CHECK(typ)) {
        if (val && TY_EXC_CHECK(val) && tyType_isSubtype(TY_TYPE(val), (TyType *)typ))
            exc = TY_NEWREF(val);
        else if (val && val != TY_NONE)
            exc = TY_TUPLE_CHECK(val) ? tyObj_call(typ, TY_TUPLE_ITEMS(val), (size_t)TY_TUPLE_LEN(val), NULL)
                                      : tyObj_callOneArg(typ, val);
        else
            exc = tyObj_callNoArgs(typ);
    } else if (TY_EXC_CHECK(typ)) {
        if (val && val != TY_NONE)
            return tyErr_setString(&TyExc_TypeError, "instance exception may not have a separate value");
        exc = TY_NEWREF(typ);
    } else {
        return tyErr_format(&TyExc_TypeError,
                            "exceptions must be classes or instances deriving from BaseException, not %s",
                            tyType_name(TY_TYPE(typ)));
    }
    if (exc && tb && tb != TY_NONE)
        tyExc_setTraceback(exc, tb);
    return exc;
}

static TyObject *gen_throw(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("throw", kwnames) < 0 || tyArg_checkPositional("throw", nargs, 1, 3) < 0)
        return NULL;
    TyObject *exc = make_throw_exc(args, nargs);
    if (!exc)
        return NULL;
    TyObject *r = gen_throw_exc((TyGen *)self, exc);
    TY_DECREF(exc);
    return r;
}

/* close(): GeneratorExit inside; a yield in response is a RuntimeError. */
static int gen_close_impl(TyGen *g)
{
    if (g->finished || !g->started) {
        gen_finish(g);
        return 0;
    }
    TyObject *exc = tyExc_new(&TyExc_GeneratorExit, NULL, 0);
    if (!exc)
        return -1;
    TyObject *r = gen_throw_exc(g, exc);
    TY_DECREF(exc);
    if (r) {
        TY_DECREF(r);
        tyErr_setString(&TyExc_RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (tyErr_exceptionMatches(&TyExc_StopIteration) || tyErr_exceptionMatches(&TyExc_GeneratorExit)) {
        tyErr_clear();
        return 0;
    }
    return tyErr_occurred() ? -1 : 0;
}

static TyObject *gen_close(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    return gen_close_impl((TyGen *)self) < 0 ? NULL : tyNone_new();
}

static TyMethodDef gen_methods[] = {
    { "send", gen_send_method, TY_METH_DEFAULT, NULL },
    { "throw", gen_throw, TY_METH_DEFAULT, NULL },
    { "close", gen_close, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyObject *gen_iter(TyObject *self)
{
    return TY_NEWREF(self);
}

static int gen_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyGen *g = (TyGen *)o;
    if (g->exc_state && visit(g->exc_state, arg))
        return 1;
    if (g->finished)
        return 0;
    TyFrame *f = g->frame;
    if (f->func && visit(f->func, arg))
        return 1;
    for (int i = 0; i < f->code->nlocalsplus; i++)
        if (f->localsplus[i] && visit(f->localsplus[i], arg))
            return 1;
    for (TyObject **p = TY_FRAME_STACK_BASE(f); p < f->sp; p++)
        if (*p && visit(*p, arg))
            return 1;
    return 0;
}

static int gen_clear(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    TY_CLEAR(g->exc_state);
    gen_finish(g);
    return 0;
}

/* A suspended generator that dies is closed first (PEP 342), so its
** finally blocks run. */
static void gen_finalize(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    if (g->finished || !g->started)
        return;
    TyObject *saved = tyErr_fetch();
    if (gen_close_impl(g) < 0)
        tyErr_writeUnraisable(o);
    tyErr_restore(saved);
}

static void gen_dealloc(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    tyGC_untrack(o);
    if (g->weakreflist)
        tyWeakref_clear(o);
    if (!g->finished && g->started) {
        /* Resurrect for the finalizer, as PEP 442 describes. */
        o->refcnt = 1;
        if (!tyGC_isFinalized(o)) {
            tyGC_setFinalized(o);
            gen_finalize(o);
        }
        if (--o->refcnt > 0) {
            tyGC_track(o);
            return;
        }
    }
    TY_CLEAR(g->exc_state);
    gen_finish(g);
    TY_CLEAR(g->name);
    TY_CLEAR(g->qualname);
    tyObj_free(o);
}

static TyObject *gen_repr(TyObject *o)
{
    return tyStr_fromFormat("<generator object %U at %p>", ((TyGen *)o)->qualname, (void *)o);
}

static TyObject *gen_get_name(TyObject *o) { return TY_NEWREF(((TyGen *)o)->name); }
static TyObject *gen_get_qualname(TyObject *o) { return TY_NEWREF(((TyGen *)o)->qualname); }
static TyObject *gen_get_running(TyObject *o) { return tyBool_from(((TyGen *)o)->running); }

static TyObject *gen_get_code(TyObject *o)
{
    return TY_NEWREF(((TyGen *)o)->frame->code ? (TyObject *)((TyGen *)o)->frame->code : TY_NONE);
}

static TyObject *gen_get_suspended(TyObject *o)
{
    TyGen *g = (TyGen *)o;
    return tyBool_from(g->started && !g->finished && !g->running);
}

static TyGetSetDef gen_getset[] = {
    { "__name__", gen_get_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, NULL, NULL },
    { "gi_running", gen_get_running, NULL, NULL },
    { "gi_code", gen_get_code, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL },
    { NULL }
};

TyType TyGen_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "generator",
    .basicsize = sizeof(TyGen),
    .itemsize = sizeof(TyObject *),
    .flags = TY_TPFLAG_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = gen_methods,
    .getset = gen_getset,
    .weaklistoffset = offsetof(TyGen, weakreflist),
};
