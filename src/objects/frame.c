/*
** frame.c — frame objects (see frame.h): made on demand over a running VM
** frame, and the owner of its contents once the frame has ended.
*/
#include <stddef.h>
#include "tally.h"
#include "vm.h"
#include "objects/frame.h"
#include "objects/gen.h"
#include "objects/func.h"
#include "objects/code.h"
#include "trace.h"

TyFrameObject *tyFrame_getObject(TyFrame *f)
{
    if (f->frame_obj)
        return f->frame_obj;
    size_t size = tyFrame_size(f->code);
    ssize_t nslots = (ssize_t)((size + sizeof(TyObject *) - 1) / sizeof(TyObject *));
    /* Untracked while the frame runs: the frame, not the object, holds
    ** the references then. */
    TyFrameObject *fo = (TyFrameObject *)tyGC_allocVar(&TyFrameObject_Type, nslots);
    if (!fo)
        return NULL;
    fo->frame = f;
    fo->back = NULL;
    fo->trace = NULL;
    fo->trace_lines = true;
    fo->trace_opcodes = false;
    fo->trace_line = 0;
    f->frame_obj = fo;
    return fo;
}

void tyFrameObject_takeFrame(TyFrameObject *fo, TyFrame *f)
{
    TyFrame *own = (TyFrame *)fo->data;
    TyObject **base = TY_FRAME_STACK_BASE(f);
    size_t used = (size_t)((char *)f->sp - (char *)f);
    memcpy(own, f, used);
    own->sp = TY_FRAME_STACK_BASE(own) + (f->sp - base);
    own->owner = TY_FRAME_OWNED_BY_OBJECT;
    own->frame_obj = NULL;
    own->previous = NULL;
    fo->frame = own;
    /* Everything moved: the old frame holds nothing now. */
    f->code = NULL;
    f->func = NULL;
    f->globals = f->builtins = f->locals = NULL;
    f->sp = base;
    if (f->previous) {
        /* Without memory for the caller's object f_back is None. */
        TyFrameObject *back = tyFrame_getObject(f->previous);
        if (back)
            fo->back = (TyFrameObject *)TY_NEWREF(back);
        else
            tyErr_clear();
    }
    f->previous = NULL;
    if (!tyGC_isTracked((TyObject *)fo))
        tyGC_track((TyObject *)fo);
}

TyObject *tyFrame_locals(TyFrame *f)
{
    TyCode *co = f->code;
    if (!(co->flags & TY_CO_OPTIMIZED))
        return f->locals ? f->locals : f->globals;
    if (!f->locals && !(f->locals = tyDict_new()))
        return NULL;
    TyObject *d = f->locals;
    for (int i = 0; i < co->nlocalsplus; i++) {
        TyObject *name = TY_TUPLE_GET(co->localsplusnames, i);
        TyObject *v = f->localsplus[i];
        /* Before MAKE_CELL runs, a cell variable's slot holds the plain
        ** value (an argument). */
        if (v && (co->localspluskinds[i] & (TY_LOCAL_CELL | TY_LOCAL_FREE)) && TY_TYPE(v) == &TyCell_Type)
            v = TY_CELL_GET(v);
        if (v) {
            if (tyDict_setItem(d, name, v) < 0)
                return NULL;
        } else if (tyDict_delItem(d, name) < 0) {
            if (!tyErr_exceptionMatches(&TyExc_KeyError))
                return NULL;
            tyErr_clear();
        }
    }
    return d;
}

/* Is the frame an object shows running (or suspended in a generator)? */
static bool frame_is_live(TyFrameObject *fo)
{
    return fo->frame->owner != TY_FRAME_OWNED_BY_OBJECT;
}

/* The generator whose frame f is (f's owner is TY_FRAME_IN_GENERATOR). */
static TyGen *generator_of(TyFrame *f)
{
    return (TyGen *)((char *)f - offsetof(TyGen, frame_data));
}

/* Release an owned frame's variables and value stack, bottom up. */
static void clear_variables(TyFrame *f)
{
    TyObject **p = f->localsplus;
    TyObject **end = f->sp;
    for (; p < end; p++)
        TY_CLEAR(*p);
    f->sp = TY_FRAME_STACK_BASE(f);
}

static void frame_dealloc(TyObject *o)
{
    TyFrameObject *fo = (TyFrameObject *)o;
    if (tyGC_isTracked(o))
        tyGC_untrack(o);
    TyObject *code = NULL;
    if (!frame_is_live(fo)) {
        /* CPython's order: the code object goes last. */
        TyFrame *f = fo->frame;
        code = (TyObject *)f->code;
        f->code = NULL;
        if (!f->func) {
            TY_CLEAR(f->globals);
            TY_CLEAR(f->builtins);
        }
        TY_CLEAR(f->func);
        TY_CLEAR(f->locals);
        TyObject **p = f->localsplus;
        for (; p < f->sp; p++)
            TY_CLEAR(*p);
    }
    TY_CLEAR(fo->back);
    TY_CLEAR(fo->trace);
    tyObj_free(o);
    TY_XDECREF(code);
}

static int frame_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyFrameObject *fo = (TyFrameObject *)o;
    if (fo->back && visit((TyObject *)fo->back, arg))
        return 1;
    if (fo->trace && visit(fo->trace, arg))
        return 1;
    if (frame_is_live(fo))
        return 0;
    TyFrame *f = fo->frame;
    TyObject *named[] = { f->locals, f->func, (TyObject *)f->code,
                          f->func ? NULL : f->globals, f->func ? NULL : f->builtins };
    for (size_t i = 0; i < TY_ARRAY_LEN(named); i++)
        if (named[i] && visit(named[i], arg))
            return 1;
    for (TyObject **p = f->localsplus; p < f->sp; p++)
        if (*p && visit(*p, arg))
            return 1;
    return 0;
}

static int frame_clear_refs(TyObject *o)
{
    TyFrameObject *fo = (TyFrameObject *)o;
    TY_CLEAR(fo->trace);
    if (!frame_is_live(fo))
        clear_variables(fo->frame);
    return 0;
}

static TyObject *frame_repr(TyObject *o)
{
    TyFrame *f = ((TyFrameObject *)o)->frame;
    return tyStr_fromFormat("<frame at %p, file %R, line %d, code %U>", (void *)o, f->code->filename,
                            tyCode_line(f->code, TY_FRAME_LASTI(f)), f->code->name);
}

/* clear(): an ended frame lets go of its variables; a suspended
** generator's frame closes the generator; a running one refuses. */
static TyObject *frame_clear_method(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("clear", nargs, 0, 0) < 0)
        return NULL;
    TyFrameObject *fo = (TyFrameObject *)self;
    TyFrame *f = fo->frame;
    if (f->owner == TY_FRAME_IN_GENERATOR) {
        TyGen *g = generator_of(f);
        if (g->running)
            return tyErr_setString(&TyExc_RuntimeError, "cannot clear an executing frame");
        TY_TYPE(g)->finalize((TyObject *)g);
    } else if (f->owner == TY_FRAME_ON_STACK) {
        return tyErr_setString(&TyExc_RuntimeError, "cannot clear an executing frame");
    } else {
        frame_clear_refs(self);
    }
    return tyNone_new();
}

static TyMethodDef frame_methods[] = {
    { "clear", frame_clear_method, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyFrame *frame_of(TyObject *o) { return ((TyFrameObject *)o)->frame; }

static TyObject *get_back(TyObject *o)
{
    TyFrameObject *fo = (TyFrameObject *)o;
    if (!frame_is_live(fo))
        return TY_NEWREF(fo->back ? (TyObject *)fo->back : TY_NONE);
    TyFrame *prev = fo->frame->previous;
    if (!prev)
        return tyNone_new();
    TyFrameObject *back = tyFrame_getObject(prev);
    return back ? TY_NEWREF((TyObject *)back) : NULL;
}

static TyObject *get_code(TyObject *o) { return TY_NEWREF((TyObject *)frame_of(o)->code); }
static TyObject *get_globals(TyObject *o) { return TY_NEWREF(frame_of(o)->globals); }
static TyObject *get_builtins(TyObject *o) { return TY_NEWREF(frame_of(o)->builtins); }

static TyObject *get_locals(TyObject *o)
{
    TyObject *d = tyFrame_locals(frame_of(o));
    return d ? TY_NEWREF(d) : NULL;
}

static TyObject *get_lineno(TyObject *o)
{
    if (((TyFrameObject *)o)->trace_line > 0)
        return tyInt_fromI64(((TyFrameObject *)o)->trace_line);
    TyFrame *f = frame_of(o);
    return tyInt_fromI64(tyCode_line(f->code, TY_FRAME_LASTI(f)));
}

/* A debugger's jump (trace.c decides whether it may happen). */
static int set_lineno(TyObject *o, TyObject *v)
{
    if (!v) {
        tyErr_setString(&TyExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!TY_INT_CHECK_EXACT(v)) {
        tyErr_setString(&TyExc_ValueError, "lineno must be an integer");
        return -1;
    }
    return tyTrace_jump((TyFrameObject *)o, v);
}

/* In units of CPython's two-byte code words, as tb_lasti counts; a
** generator that has not started is at its first instruction. */
static TyObject *get_lasti(TyObject *o)
{
    int lasti = TY_FRAME_LASTI(frame_of(o));
    return tyInt_fromI64(lasti < 0 ? 0 : (int64_t)lasti * 2);
}

static TyObject *get_trace(TyObject *o)
{
    TyObject *t = ((TyFrameObject *)o)->trace;
    return TY_NEWREF(t ? t : TY_NONE);
}

static int set_trace(TyObject *o, TyObject *v)
{
    TyObject *t = v && v != TY_NONE ? TY_NEWREF(v) : NULL;
    TY_XSETREF(((TyFrameObject *)o)->trace, t);
    return 0;
}

/* f_trace_lines and f_trace_opcodes take only True or False. */
static int set_flag(bool *flag, TyObject *v)
{
    if (!v || !TY_BOOL_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = v == TY_TRUE;
    return 0;
}

static TyObject *get_trace_lines(TyObject *o) { return tyBool_from(((TyFrameObject *)o)->trace_lines); }
static int set_trace_lines(TyObject *o, TyObject *v) { return set_flag(&((TyFrameObject *)o)->trace_lines, v); }
static TyObject *get_trace_opcodes(TyObject *o) { return tyBool_from(((TyFrameObject *)o)->trace_opcodes); }
static int set_trace_opcodes(TyObject *o, TyObject *v) { return set_flag(&((TyFrameObject *)o)->trace_opcodes, v); }

static TyGetSetDef frame_getset[] = {
    { "f_back", get_back, NULL, NULL },
    { "f_code", get_code, NULL, NULL },
    { "f_globals", get_globals, NULL, NULL },
    { "f_builtins", get_builtins, NULL, NULL },
    { "f_locals", get_locals, NULL, NULL },
    { "f_lineno", get_lineno, set_lineno, NULL },
    { "f_lasti", get_lasti, NULL, NULL },
    { "f_trace", get_trace, set_trace, NULL },
    { "f_trace_lines", get_trace_lines, set_trace_lines, NULL },
    { "f_trace_opcodes", get_trace_opcodes, set_trace_opcodes, NULL },
    { NULL }
};

TyType TyFrameObject_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "frame",
    .basicsize = sizeof(TyFrameObject),
    .itemsize = sizeof(TyObject *),
    .flags = TY_TPFLAG_GC,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .traverse = frame_traverse,
    .clear = frame_clear_refs,
    .methods = frame_methods,
    .getset = frame_getset,
};
