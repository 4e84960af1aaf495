/*
** tallymod.c — the `tally` module: the interpreter's own lifetime tools.
**
** referrers(obj) returns, and explain(obj) prints, one entry per reference
** that makes up obj's reference count, each named in the program's terms,
** so that their number equals sys.getrefcount(obj) at the same point (both
** count their own argument).  The holders are found by walking what the
** interpreter can enumerate:
**   - every object the collector tracks (the three generations and the
**     permanent one), through each type's traverse slot;
**   - untracked containers and code objects reached from those (a module's
**     dict of plain values, a function's constant defaults, a code
**     object's constants), each once;
**   - the live frames: their variables, cells and operand stacks (a
**     generator's frame is its generator's, found with it);
**   - the interpreter's own roots: the exception being raised and the one
**     being handled, sys.modules, builtins, __main__'s namespace.
** A reference none of these explains (a C variable, the parse tree of the
** running program) is reported as unattributed, and counted.
**
** The walk allocates no Python object while it runs (the holders go to a
** C array) and runs no Python code, so nothing it looks at can change or
** die under it; the entries are built afterwards.  Nothing here costs
** anything until the module is used.
*/
#include <errno.h>
#include <spawn.h>
#include <sys/wait.h>
#include "tally.h"
#include "vm.h"
#include "import.h"
#include "objects/code.h"
#include "objects/func.h"
#include "objects/method.h"
#include "objects/module.h"
#include "objects/gen.h"
#include "objects/instance.h"
#include "objects/frame.h"
#include "objects/set.h"
#include "objects/exception.h"
#include "modules/tallymod.h"
#include "watch.h"

/* ---- a set of pointers (the containers already examined) --------------- */

typedef struct PtrSet {
    uintptr_t *slots;
    size_t mask, used;
} PtrSet;

/* Add p: 1 if it was new, 0 if present, -1 on MemoryError. */
static int ptrset_add(PtrSet *s, const void *p)
{
    if (!s->slots || (s->used + 1) * 2 > s->mask + 1) {
        size_t n = s->slots ? (s->mask + 1) * 2 : 256;
        uintptr_t *slots = tyMem_calloc(n, sizeof(uintptr_t));
        if (!slots)
            return -1;
        for (size_t i = 0; s->slots && i <= s->mask; i++) {
            if (!s->slots[i])
                continue;
            size_t j = (s->slots[i] >> 4) & (n - 1);
            while (slots[j])
                j = (j + 1) & (n - 1);
            slots[j] = s->slots[i];
        }
        tyMem_free(s->slots);
        s->slots = slots;
        s->mask = n - 1;
    }
    uintptr_t key = (uintptr_t)p;
    size_t j = (key >> 4) & s->mask;
    while (s->slots[j]) {
        if (s->slots[j] == key)
            return 0;
        j = (j + 1) & s->mask;
    }
    s->slots[j] = key;
    s->used++;
    return 1;
}

/* ---- the walk ----------------------------------------------------------- */

/* A holder of references to the target: an object (with the object it was
** reached from, when it is an untracked part of that one), or a slot of a
** live frame. */
typedef struct Hit {
    TyObject *holder;        /* NULL for a frame slot */
    TyObject *parent;        /* the object holder was reached from, or NULL */
    TyFrame *frame;          /* for a frame slot */
    ssize_t slot;            /* localsplus index; stack slots follow the locals */
    ssize_t count;           /* references the holder has to the target */
} Hit;

typedef struct Walk {
    TyObject *target;
    PtrSet seen;
    Hit *hits;
    size_t nhits, caphits;
    /* Untracked containers waiting to be examined, with their parents. */
    struct Todo { TyObject *o, *parent; } *todo;
    size_t ntodo, captodo;
    ssize_t visits;          /* count_visit's tally for one holder */
    TyObject *parent;        /* expand_visit: the holder being expanded */
    bool failed;
} Walk;

static void *grow(void *a, size_t *cap, size_t need, size_t size, bool *failed)
{
    if (need <= *cap)
        return a;
    size_t n = *cap ? *cap * 2 : 64;
    void *b = tyMem_realloc(a, n * size);
    if (!b) {
        *failed = true;
        return a;
    }
    *cap = n;
    return b;
}

static void add_hit(Walk *w, TyObject *holder, TyObject *parent, TyFrame *f, ssize_t slot, ssize_t n)
{
    w->hits = grow(w->hits, &w->caphits, w->nhits + 1, sizeof(Hit), &w->failed);
    if (w->failed)
        return;
    w->hits[w->nhits++] = (Hit){ holder, parent, f, slot, n };
}

/* Code objects are not containers for the collector, but they hold
** constants: the walk visits their references as a traverse would. */
static int code_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyCode *co = (TyCode *)o;
    TyObject *refs[] = { co->consts, co->names, co->localsplusnames, co->name, co->qualname,
                         co->filename };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* An object's references as its traverse slot lists them, plus what the
** slot leaves out for the collector's sake: a code object's constants, and
** a running generator's value stack (exact here: the walk runs inside a
** call, for which every running frame saved its stack pointer). */
static int traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    if (TY_CODE_CHECK(o))
        return code_traverse(o, visit, arg);
    ty_traverseproc t = TY_TYPE(o)->traverse;
    if (!t)
        return 0;
    if (t(o, visit, arg))
        return 1;
    if ((TY_GEN_CHECK(o) || TY_CORO_CHECK(o) || TY_ASYNC_GEN_CHECK(o)) && ((TyGen *)o)->running)
        return tyGen_traverseStack(o, visit, arg);
    return 0;
}

static int count_visit(TyObject *o, void *arg)
{
    Walk *w = arg;
    if (o == w->target)
        w->visits++;
    return 0;
}

/* Queue what the collector does not list: untracked containers and code
** objects, each once. */
static void queue(Walk *w, TyObject *o, TyObject *parent)
{
    bool untracked = TY_CODE_CHECK(o) || (tyGC_isGCObject(o) && !tyGC_isTracked(o));
    if (!untracked)
        return;
    int r = ptrset_add(&w->seen, o);
    if (r <= 0) {
        w->failed |= r < 0;
        return;
    }
    w->todo = grow(w->todo, &w->captodo, w->ntodo + 1, sizeof(struct Todo), &w->failed);
    if (!w->failed)
        w->todo[w->ntodo++] = (struct Todo){ o, parent };
}

static int expand_visit(TyObject *o, void *arg)
{
    Walk *w = arg;
    queue(w, o, w->parent);
    return 0;
}

/* Count holder's references to the target, record them, and queue the
** untracked objects it refers to. */
static void examine(Walk *w, TyObject *holder, TyObject *parent)
{
    w->visits = 0;
    traverse(holder, count_visit, w);
    if (w->visits)
        add_hit(w, holder, parent, NULL, 0, w->visits);
    w->parent = holder;
    traverse(holder, expand_visit, w);
}

static int examine_tracked(TyObject *o, void *arg)
{
    examine(arg, o, NULL);
    return 0;
}

/* The frame slots holding the target: variables, then the operand stack.
** A generator's frame belongs to the generator, which the collector lists
** with its frame's contents. */
static void walk_frames(Walk *w)
{
    for (TyFrame *f = ty_state.frame; f; f = f->previous) {
        if (f->owner == TY_FRAME_IN_GENERATOR)
            continue;
        ssize_t nlocals = f->code->nlocalsplus;
        for (ssize_t i = 0; i < nlocals; i++)
            if (f->localsplus[i] == w->target)
                add_hit(w, NULL, NULL, f, i, 1);
        TyObject **base = TY_FRAME_STACK_BASE(f);
        for (TyObject **p = base; p < f->sp; p++)
            if (*p == w->target)
                add_hit(w, NULL, NULL, f, nlocals + (p - base), 1);
        TyObject *own[] = { (TyObject *)f->code, f->func, f->locals, f->func ? NULL : f->globals,
                            f->func ? NULL : f->builtins, (TyObject *)f->frame_obj };
        for (size_t i = 0; i < TY_ARRAY_LEN(own); i++) {
            if (!own[i])
                continue;
            if (own[i] == w->target)
                add_hit(w, NULL, NULL, f, -1 - (ssize_t)i, 1);
            queue(w, own[i], NULL);
        }
    }
}

/* The interpreter's own references, by name. */
typedef struct Root {
    const char *name;
    TyObject *o;
} Root;

static size_t interpreter_roots(Root *r)
{
    size_t n = 0;
    r[n++] = (Root){ "the exception being raised", ty_state.exc };
    r[n++] = (Root){ "the exception being handled (sys.exc_info())", ty_state.base_exc_info.value };
    r[n++] = (Root){ "the interpreter's builtins namespace", ty_state.builtins };
    r[n++] = (Root){ "the interpreter's start-up copy of builtins", ty_state.builtins_copy };
    r[n++] = (Root){ "the interpreter's builtins module", ty_state.builtins_module };
    r[n++] = (Root){ "the interpreter's sys module", ty_state.sys };
    r[n++] = (Root){ "the interpreter's sys.modules", ty_state.modules };
    r[n++] = (Root){ "the interpreter's __main__ namespace", ty_state.main_dict };
    r[n++] = (Root){ "the interpreter's list of reprs in progress", ty_state.repr_running };
    r[n++] = (Root){ "the asyncgen firstiter hook", ty_state.asyncgen_firstiter };
    r[n++] = (Root){ "the asyncgen finalizer hook", ty_state.asyncgen_finalizer };
    r[n++] = (Root){ "the trace function (sys.settrace)", ty_state.trace.func };
    r[n++] = (Root){ "the profile function (sys.setprofile)", ty_state.trace.profile };
    r[n++] = (Root){ "gc.garbage", ty_state.gc.garbage };
    r[n++] = (Root){ "gc.callbacks", ty_state.gc.callbacks };
    return n;
}

#define MAX_ROOTS 16

static void walk(Walk *w)
{
    for (int g = 0; g <= 3 && !w->failed; g++)
        tyGC_forEachTracked(g, examine_tracked, w);
    walk_frames(w);
    Root roots[MAX_ROOTS];
    size_t nroots = interpreter_roots(roots);
    for (size_t i = 0; i < nroots; i++) {
        if (!roots[i].o)
            continue;
        if (roots[i].o == w->target)
            add_hit(w, NULL, NULL, NULL, -1 - (ssize_t)i, 1);
        queue(w, roots[i].o, NULL);
    }
    /* Untracked containers found on the way, and what they lead to. */
    for (size_t i = 0; i < w->ntodo && !w->failed; i++)
        examine(w, w->todo[i].o, w->todo[i].parent);
}

static void walk_free(Walk *w)
{
    tyMem_free(w->seen.slots);
    tyMem_free(w->hits);
    tyMem_free(w->todo);
}

/* ---- naming the references ---------------------------------------------- */

typedef struct Names {
    TyObject *target;
    TyObject *list;          /* the entries: (kind, description) tuples */
    ssize_t left;            /* references of the current holder still to name */
    ssize_t nargs;           /* the call's own arguments: the innermost frame's top slots */
    const char *fname;       /* the function making the entries */
    bool failed;
} Names;

static void entry(Names *n, const char *kind, TyObject *text)
{
    if (!text) {
        n->failed = true;
        return;
    }
    TyObject *k = tyStr_fromCStr(kind);
    TyObject *t = k ? tyTuple_pack(2, k, text) : NULL;
    if (!t || tyList_append(n->list, t) < 0)
        n->failed = true;
    TY_XDECREF(k);
    TY_XDECREF(t);
    TY_DECREF(text);
    n->left--;
}

/* A dict key shown in a description: its repr for str and int keys (whose
** repr runs no Python code), else its type. */
static TyObject *key_text(TyObject *k)
{
    if (TY_STR_CHECK_EXACT(k) || TY_INT_CHECK(k))
        return tyObj_repr(k);
    return tyStr_fromFormat("of type %T", k);
}

/* The module whose namespace d is, or NULL. */
static TyObject *module_of_dict(TyObject *d)
{
    ssize_t pos = 0;
    TyObject *k, *m;
    while (ty_state.modules && tyDict_next(ty_state.modules, &pos, &k, &m))
        if (TY_TYPE(m) == &TyModule_Type && TY_MODULE_DICT(m) == d)
            return m;
    return NULL;
}

typedef struct OwnerScan {
    TyObject *dict;
    TyObject *owner;
} OwnerScan;

static int find_owner(TyObject *o, void *arg)
{
    OwnerScan *s = arg;
    if (s->owner)
        return 0;
    if (TY_TYPE_CHECK(o) && ((TyType *)o)->dict == s->dict)
        s->owner = o;
    else if (!TY_TYPE_CHECK(o) && TY_TYPE(o) != &TyModule_Type) {
        TyObject **dp = tyObj_dictPtr(o);
        if (dp && *dp == s->dict)
            s->owner = o;
    }
    return 0;
}

/* The object whose attributes dict d holds: a module, a class, an instance
** or a function; NULL when it is a plain dict. */
static TyObject *dict_owner(TyObject *d, TyObject *parent)
{
    TyObject *m = module_of_dict(d);
    if (m)
        return m;
    if (parent) {
        OwnerScan s = { d, NULL };
        find_owner(parent, &s);
        if (s.owner)
            return s.owner;
    }
    OwnerScan s = { d, NULL };
    for (int g = 0; g <= 3 && !s.owner; g++)
        tyGC_forEachTracked(g, find_owner, &s);
    return s.owner;
}

static void name_dict(Names *n, TyObject *d, TyObject *parent)
{
    TyObject *owner = NULL;
    bool owner_known = false;
    ssize_t pos = 0;
    TyObject *k, *v;
    while (n->left > 0 && !n->failed && tyDict_next(d, &pos, &k, &v)) {
        if (k == n->target)
            entry(n, "key", tyStr_fromFormat("key of a dict"));
        if (v != n->target || n->left <= 0)
            continue;
        if (!owner_known) {
            owner = dict_owner(d, parent);
            owner_known = true;
        }
        if (owner && TY_TYPE(owner) == &TyModule_Type && TY_STR_CHECK(k))
            entry(n, "global", tyStr_fromFormat("global '%U' of module %U", k,
                                                ((TyModule *)owner)->name));
        else if (owner && TY_TYPE_CHECK(owner) && TY_STR_CHECK(k))
            entry(n, "attribute", tyStr_fromFormat("attribute '%U' of class %s", k,
                                                   tyType_name((TyType *)owner)));
        else if (owner && TY_FUNCTION_CHECK(owner) && TY_STR_CHECK(k))
            entry(n, "attribute", tyStr_fromFormat("attribute '%U' of function %U()", k,
                                                   ((TyFunction *)owner)->qualname));
        else if (owner && TY_STR_CHECK(k))
            entry(n, "attribute", tyStr_fromFormat("attribute '%U' of a %T instance", k, owner));
        else {
            TyObject *kt = key_text(k);
            entry(n, "value", kt ? tyStr_fromFormat("value for key %U of a dict", kt) : NULL);
            TY_XDECREF(kt);
        }
    }
}

typedef struct TupleScan {
    TyObject *tuple;
    TyObject *owner;
} TupleScan;

static int find_tuple_owner(TyObject *o, void *arg)
{
    TupleScan *s = arg;
    if (s->owner)
        return 0;
    if (TY_FUNCTION_CHECK(o)) {
        TyFunction *f = (TyFunction *)o;
        if (f->defaults == s->tuple)
            s->owner = o;
        else if (((TyCode *)f->code)->consts == s->tuple)
            s->owner = f->code;
    } else if (TY_TYPE_CHECK(o)) {
        TyType *c = (TyType *)o;
        if (c->mro == s->tuple || c->bases == s->tuple)
            s->owner = o;
    }
    return 0;
}

/* What a tracked tuple belongs to, when it is one of a function's
** defaults, a code object's constants or a class's __mro__/__bases__. */
static TyObject *tuple_owner(TyObject *t)
{
    TupleScan s = { t, NULL };
    for (int g = 0; g <= 3 && !s.owner; g++)
        tyGC_forEachTracked(g, find_tuple_owner, &s);
    for (TyFrame *f = ty_state.frame; f && !s.owner; f = f->previous)
        if (f->code->consts == t)
            s.owner = (TyObject *)f->code;
    return s.owner;
}

static void name_tuple(Names *n, TyObject *t, TyObject *parent)
{
    if (!parent)
        parent = tuple_owner(t);
    for (ssize_t i = 0; i < TY_TUPLE_LEN(t) && n->left > 0 && !n->failed; i++) {
        if (TY_TUPLE_GET(t, i) != n->target)
            continue;
        if (parent && TY_FUNCTION_CHECK(parent) && ((TyFunction *)parent)->defaults == t) {
            TyFunction *f = (TyFunction *)parent;
            TyCode *co = (TyCode *)f->code;
            ssize_t p = co->argcount - TY_TUPLE_LEN(t) + i;
            entry(n, "default", tyStr_fromFormat("default value of parameter '%U' of %U()",
                                                 TY_TUPLE_GET(co->localsplusnames, p), f->qualname));
        } else if (parent && TY_CODE_CHECK(parent) && ((TyCode *)parent)->consts == t) {
            entry(n, "constant", tyStr_fromFormat("held by the interpreter: constant of code object %U",
                                                  ((TyCode *)parent)->qualname));
        } else if (parent && TY_TYPE_CHECK(parent) && ((TyType *)parent)->mro == t) {
            entry(n, "mro", tyStr_fromFormat("item [%zd] of %s.__mro__", i, tyType_name((TyType *)parent)));
        } else if (parent && TY_TYPE_CHECK(parent) && ((TyType *)parent)->bases == t) {
            entry(n, "bases", tyStr_fromFormat("item [%zd] of %s.__bases__", i, tyType_name((TyType *)parent)));
        } else {
            entry(n, "element", tyStr_fromFormat("element [%zd] of a tuple", i));
        }
    }
}

/* The name of a closure variable held in cell c: from a function whose
** closure has it, or a frame that made it; NULL when none is found. */
typedef struct CellScan {
    TyObject *cell;
    TyObject *name;
} CellScan;

static int find_cell(TyObject *o, void *arg)
{
    CellScan *s = arg;
    if (s->name || !TY_FUNCTION_CHECK(o) || !((TyFunction *)o)->closure)
        return 0;
    TyObject *cl = ((TyFunction *)o)->closure;
    TyCode *co = (TyCode *)((TyFunction *)o)->code;
    for (ssize_t j = 0; j < TY_TUPLE_LEN(cl); j++)
        if (TY_TUPLE_GET(cl, j) == s->cell)
            s->name = TY_TUPLE_GET(co->localsplusnames, co->nlocalsplus - co->nfrees + j);
    return 0;
}

static TyObject *cell_name(TyObject *cell)
{
    CellScan s = { cell, NULL };
    for (int g = 0; g <= 3 && !s.name; g++)
        tyGC_forEachTracked(g, find_cell, &s);
    for (TyFrame *f = ty_state.frame; f && !s.name; f = f->previous)
        for (int i = 0; i < f->code->nlocalsplus; i++)
            if (f->localsplus[i] == cell)
                s.name = TY_TUPLE_GET(f->code->localsplusnames, i);
    return s.name;
}

static void name_instance(Names *n, TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (t == (TyType *)n->target)
        entry(n, "class", tyStr_fromFormat("the class of a %s instance", tyType_name(t)));
    if (t->valuesoffset && t->cached_keys) {
        TyInstValues *v = *TY_INST_VALUES_PTR(o);
        for (int k = 0; v && k < v->count && n->left > 0 && !n->failed; k++) {
            int i = v->order[k];
            if (v->values[i] == n->target)
                entry(n, "attribute", tyStr_fromFormat("attribute '%U' of a %s instance",
                                                       t->cached_keys->names[i], tyType_name(t)));
        }
    }
    TyObject **dp = tyObj_dictPtr(o);
    if (dp && *dp == n->target && n->left > 0)
        entry(n, "dict", tyStr_fromFormat("__dict__ of a %s instance", tyType_name(t)));
}

/* The last component of a code object's file name: new reference. */
static TyObject *file_base(TyCode *co)
{
    const char *path = TY_STR_UTF8(co->filename);
    const char *slash = strrchr(path, '/');
    return tyStr_fromCStr(slash ? slash + 1 : path);
}

/* A frame's variable or stack slot i, as its name for the program. */
static TyObject *slot_text(TyFrame *f, ssize_t i, const char *where)
{
    TyCode *co = f->code;
    TyObject *file = file_base(co);
    if (!file)
        return NULL;
    int line = tyCode_line(co, TY_FRAME_LASTI(f));
    TyObject *r;
    if (i < co->nlocalsplus) {
        const char *what = co->localspluskinds[i] & TY_LOCAL_CELL ? "cell variable"
                         : co->localspluskinds[i] & TY_LOCAL_FREE ? "free variable" : "local";
        r = tyStr_fromFormat("%s '%U' of %U() at %U:%d%s", what, TY_TUPLE_GET(co->localsplusnames, i),
                             co->name, file, line, where);
    } else {
        r = tyStr_fromFormat("operand stack of %U() at %U:%d%s", co->name, file, line, where);
    }
    TY_DECREF(file);
    return r;
}

/* A frame's locals, stack and own fields, seen from inside it. */
static void name_frame_slot(Names *n, TyFrame *f, ssize_t slot)
{
    bool innermost = f == ty_state.frame;
    TyCode *co = f->code;
    if (slot >= co->nlocalsplus) {
        ssize_t depth = TY_FRAME_STACK_BASE(f) + (slot - co->nlocalsplus) - f->sp;
        if (innermost && depth >= -n->nargs)
            entry(n, "argument", tyStr_fromFormat("the argument of %s() itself", n->fname));
        else
            entry(n, "stack", slot_text(f, slot, ""));
        return;
    }
    if (slot >= 0) {
        entry(n, "local", slot_text(f, slot, ""));
        return;
    }
    static const char *fields[] = { "code", "function", "namespace", "globals", "builtins",
                                    "frame object" };
    entry(n, "frame", tyStr_fromFormat("the %s of the running frame of %U()", fields[-1 - slot],
                                       co->name));
}

/* The slots of a frame that ended but whose object lives on (in a
** traceback, say): the object owns the frame's contents now. */
static void name_frame_object(Names *n, TyFrameObject *fo)
{
    TyFrame *f = fo->frame;
    if (!f || f->owner != TY_FRAME_OWNED_BY_OBJECT)
        return;
    ssize_t nslots = f->code->nlocalsplus + (f->sp - TY_FRAME_STACK_BASE(f));
    for (ssize_t i = 0; i < nslots && n->left > 0 && !n->failed; i++) {
        if (f->localsplus[i] != n->target)
            continue;
        entry(n, i < f->code->nlocalsplus ? "local" : "stack",
              slot_text(f, i, " (an ended frame kept by its frame object)"));
    }
}

static void name_function(Names *n, TyFunction *f)
{
    struct { TyObject *o; const char *what; } fields[] = {
        { f->code, "__code__" }, { f->globals, "__globals__" }, { f->builtins, "__builtins__" },
        { f->name, "__name__" }, { f->qualname, "__qualname__" }, { f->defaults, "__defaults__" },
        { f->kwdefaults, "__kwdefaults__" }, { f->closure, "__closure__" }, { f->doc, "__doc__" },
        { f->dict, "__dict__" }, { f->module, "__module__" }, { f->annotations, "__annotations__" },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(fields) && n->left > 0; i++)
        if (fields[i].o == n->target)
            entry(n, "function", tyStr_fromFormat("%s of function %U()", fields[i].what, f->qualname));
}

/* An exception's own fields, and a traceback's links. */
static void name_exception(Names *n, TyObject *o)
{
    if (TY_TYPE(o) == &TyTraceback_Type) {
        TyTraceback *tb = (TyTraceback *)o;
        if ((TyObject *)tb->next == n->target)
            entry(n, "traceback", tyStr_fromFormat("tb_next of a traceback (line %d)", tb->lineno));
        if ((TyObject *)tb->frame == n->target && n->left > 0)
            entry(n, "traceback", tyStr_fromFormat("tb_frame of a traceback (line %d)", tb->lineno));
        return;
    }
    TyBaseException *e = (TyBaseException *)o;
    struct { TyObject *o; const char *what; } fields[] = {
        { e->traceback, "__traceback__" }, { e->context, "__context__" }, { e->cause, "__cause__" },
        { e->args, "args" }, { e->dict, "__dict__" },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(fields) && n->left > 0; i++)
        if (fields[i].o == n->target)
            entry(n, "exception", tyStr_fromFormat("%s of a %T", fields[i].what, o));
}

static void name_holder(Names *n, Hit *h)
{
    TyObject *o = h->holder;
    TyType *t = TY_TYPE(o);
    if (t == &TyList_Type || tyType_isSubtype(t, &TyList_Type)) {
        const char *which = o == ty_state.gc.garbage ? "gc.garbage" : "a list";
        for (ssize_t i = 0; i < TY_LIST_LEN(o) && n->left > 0 && !n->failed; i++)
            if (TY_LIST_GET(o, i) == n->target)
                entry(n, "item", tyStr_fromFormat("item [%zd] of %s", i, which));
    } else if (TY_TUPLE_CHECK(o)) {
        name_tuple(n, o, h->parent);
    } else if (TY_DICT_CHECK(o)) {
        name_dict(n, o, h->parent);
    } else if (TY_FUNCTION_CHECK(o)) {
        name_function(n, (TyFunction *)o);
    } else if (t == &TyCell_Type) {
        TyObject *name = cell_name(o);
        entry(n, "cell", name ? tyStr_fromFormat("cell of closure variable '%U'", name)
                              : tyStr_fromFormat("a cell"));
    } else if (t == &TyMethod_Type) {
        TyMethod *m = (TyMethod *)o;
        if (m->self == n->target)
            entry(n, "self", TY_FUNCTION_CHECK(m->func)
                                 ? tyStr_fromFormat("self of bound method %U", ((TyFunction *)m->func)->qualname)
                                 : tyStr_fromFormat("self of a bound method"));
        if (m->func == n->target && n->left > 0)
            entry(n, "method", tyStr_fromFormat("function of a bound method of a %T", m->self));
    } else if (t == &TyModule_Type) {
        if (TY_MODULE_DICT(o) == n->target)
            entry(n, "module", tyStr_fromFormat("__dict__ of module %U", ((TyModule *)o)->name));
    } else if (TY_CODE_CHECK(o)) {
        entry(n, "constant", tyStr_fromFormat("held by the interpreter: code object %U",
                                              ((TyCode *)o)->qualname));
    } else if (TY_GEN_CHECK(o) || TY_CORO_CHECK(o) || TY_ASYNC_GEN_CHECK(o)) {
        /* Its frame, suspended or running (then it may be the frame making
        ** this call, whose top slots are the call's argument). */
        TyGen *g = (TyGen *)o;
        TyFrame *f = g->frame;
        const char *state = g->running ? "running" : "suspended";
        if (!g->finished) {
            for (int i = 0; i < f->code->nlocalsplus && n->left > 0; i++)
                if (f->localsplus[i] == n->target)
                    entry(n, "local", tyStr_fromFormat("local '%U' of %s %T %U()",
                                                       TY_TUPLE_GET(f->code->localsplusnames, i), state,
                                                       o, g->qualname));
            for (TyObject **p = TY_FRAME_STACK_BASE(f); p < f->sp && n->left > 0; p++) {
                if (*p != n->target)
                    continue;
                if (f == ty_state.frame && p >= f->sp - n->nargs)
                    entry(n, "argument", tyStr_fromFormat("the argument of %s() itself", n->fname));
                else
                    entry(n, "stack", tyStr_fromFormat("operand stack of %s %T %U()", state, o,
                                                       g->qualname));
            }
        }
    } else if (!TY_TYPE_CHECK(o) && (TY_EXC_CHECK(o) || t == &TyTraceback_Type)) {
        name_exception(n, o);
        if (t->flags & TY_TPFLAG_HEAPTYPE)
            name_instance(n, o);
    } else if (!TY_TYPE_CHECK(o) && (t->flags & TY_TPFLAG_HEAPTYPE)) {
        name_instance(n, o);
    } else if (TY_TYPE_CHECK(o)) {
        TyType *c = (TyType *)o;
        if (c->dict == n->target)
            entry(n, "class", tyStr_fromFormat("__dict__ of class %s", tyType_name(c)));
    } else if (TY_FRAME_OBJECT_CHECK(o)) {
        name_frame_object(n, (TyFrameObject *)o);
    } else if (TY_TYPE_CHECK(n->target) && (t == &TyGetSetDescr_Type || t == &TyMethodDescr_Type ||
                                            t == &TyWrapperDescr_Type)) {
        while (n->left > 0 && !n->failed)
            entry(n, "descriptor", tyStr_fromFormat("the owner class (__objclass__) of a %T", o));
    }
    /* What no rule above names is still a reference of this holder. */
    while (n->left > 0 && !n->failed)
        entry(n, "other", tyStr_fromFormat("held by a %T object", o));
}

/* ---- the order of the entries ------------------------------------------------ */

/* Entries go from the program's outermost holders inward (globals, class
** and instance attributes, containers, closures, frames) and end with the
** interpreter's, the call's own argument and what is unattributed; within
** a kind, by description.  The collector's list order, which depends on
** the history of collections, never shows. */
static const char *const kind_order[] = {
    "global", "attribute", "class", "dict", "module", "item", "value", "key", "element",
    "default", "function", "cell", "self", "method", "exception", "traceback", "mro", "bases", "descriptor", "local",
    "stack", "frame", "constant", "other", "interpreter", "argument", "unattributed",
};

static int kind_rank(TyObject *entry)
{
    const char *k = TY_STR_UTF8(TY_TUPLE_GET(entry, 0));
    for (size_t i = 0; i < TY_ARRAY_LEN(kind_order); i++)
        if (strcmp(k, kind_order[i]) == 0)
            return (int)i;
    return (int)TY_ARRAY_LEN(kind_order);
}

static bool entry_before(TyObject *a, TyObject *b)
{
    int ra = kind_rank(a), rb = kind_rank(b);
    if (ra != rb)
        return ra < rb;
    return strcmp(TY_STR_UTF8(TY_TUPLE_GET(a, 1)), TY_STR_UTF8(TY_TUPLE_GET(b, 1))) < 0;
}

/* Insertion sort: the lists are as long as a reference count. */
static void sort_entries(TyObject *list)
{
    TyObject **it = ((TyList *)list)->items;
    for (ssize_t i = 1; i < TY_LIST_LEN(list); i++) {
        TyObject *x = it[i];
        ssize_t j = i;
        while (j > 0 && entry_before(x, it[j - 1])) {
            it[j] = it[j - 1];
            j--;
        }
        it[j] = x;
    }
}

/* ---- the functions ------------------------------------------------------- */

/* The entries for target: a new list of (kind, description) tuples, as
** many as target's reference count; `nargs` stack slots at the top of the
** innermost frame are this call's own arguments. */
static TyObject *referrers_of(TyObject *target, ssize_t nargs, const char *fname)
{
    Walk w = { .target = target };
    walk(&w);
    Names n = { .target = target, .list = tyList_new(0), .nargs = nargs, .fname = fname };
    if (w.failed || !n.list) {
        walk_free(&w);
        TY_XDECREF(n.list);
        return tyErr_noMemory();
    }
    Root roots[MAX_ROOTS];
    interpreter_roots(roots);
    for (size_t i = 0; i < w.nhits && !n.failed; i++) {
        Hit *h = &w.hits[i];
        n.left = h->count;
        if (h->holder)
            name_holder(&n, h);
        else if (h->frame)
            name_frame_slot(&n, h->frame, h->slot);
        else
            entry(&n, "interpreter", tyStr_fromFormat("held by the interpreter: %s",
                                                      roots[-1 - h->slot].name));
    }
    walk_free(&w);
    ssize_t missing = TY_REFCNT(target) - TY_LIST_LEN(n.list);
    for (ssize_t i = 0; i < missing && !n.failed; i++) {
        n.left = 1;
        entry(&n, "unattributed", tyStr_fromFormat("unattributed (a reference held by C code or "
                                                   "the running program's parse tree)"));
    }
    if (n.failed) {
        TY_DECREF(n.list);
        return NULL;
    }
    sort_entries(n.list);
    return n.list;
}

static TyObject *tally_referrers(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("referrers", kwnames) < 0 || tyArg_checkPositional("referrers", nargs, 1, 1) < 0)
        return NULL;
    return referrers_of(args[0], 1, "referrers");
}

/* Write text to sys.stdout: 0 / -1. */
static int write_stdout(TyObject *text)
{
    TyObject *out = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stdout)) : NULL;
    if (!out) {
        tyErr_setString(&TyExc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    TyObject *r = tyObj_callMethod(out, TY_ID(write), &text, 1);
    TY_XDECREF(r);
    return r ? 0 : -1;
}

static TyObject *tally_explain(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("explain", kwnames) < 0 || tyArg_checkPositional("explain", nargs, 1, 1) < 0)
        return NULL;
    TyObject *list = referrers_of(args[0], 1, "explain");
    if (!list)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    TyObject *head = tyStr_fromFormat("%zd references to a %T object:\n", TY_LIST_LEN(list), args[0]);
    if (head) {
        tyBuf_appendStr(&b, head);
        TY_DECREF(head);
    }
    for (ssize_t i = 0; i < TY_LIST_LEN(list); i++) {
        tyBuf_appendC(&b, "  ");
        tyBuf_appendStr(&b, TY_TUPLE_GET(TY_LIST_GET(list, i), 1));
        tyBuf_appendC(&b, "\n");
    }
    TY_DECREF(list);
    TyObject *text = head ? tyBuf_finish(&b) : NULL;
    int r = text ? write_stdout(text) : -1;
    TY_XDECREF(text);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

/* ---- root paths ---------------------------------------------------------- */

/*
** Why an object is alive: a breadth-first search from the roots (every
** module's globals, the live frames' variables and operand stacks, the
** interpreter's own references) over every object's references, which
** stops at the target.  Each reference to the target whose holder the
** search reached ends one chain: the holder's path from its root, then the
** reference itself.  gc.garbage is not a root: an object kept only through
** it is reported as such.
*/

/* How a node of the search was reached. */
enum { VIA_OBJECT, VIA_GLOBALS, VIA_FRAME, VIA_ROOT };

typedef struct PathNode {
    TyObject *o;
    ssize_t parent;          /* VIA_OBJECT: the node that refers to o */
    TyFrame *frame;          /* VIA_FRAME */
    ssize_t slot;            /* VIA_FRAME: as Hit.slot; VIA_ROOT: the root's index */
    int via;
} PathNode;

typedef struct Search {
    TyObject *target;
    PathNode *nodes;         /* in the order found: the queue */
    size_t n, cap;
    ssize_t *index;          /* open addressing: node index + 1 by object */
    size_t mask, used;
    ssize_t from;            /* the node being expanded */
    bool failed;
} Search;

static ssize_t search_find(Search *s, TyObject *o)
{
    if (!s->index)
        return -1;
    size_t j = ((uintptr_t)o >> 4) & s->mask;
    while (s->index[j]) {
        if (s->nodes[s->index[j] - 1].o == o)
            return s->index[j] - 1;
        j = (j + 1) & s->mask;
    }
    return -1;
}

static void search_index(Search *s, size_t node)
{
    size_t j = ((uintptr_t)s->nodes[node].o >> 4) & s->mask;
    while (s->index[j])
        j = (j + 1) & s->mask;
    s->index[j] = (ssize_t)node + 1;
}

/* Add o as a node reached as `how` says, unless it is the target or
** already found. */
static void search_add(Search *s, TyObject *o, PathNode how)
{
    if (s->failed || o == s->target || o == ty_state.gc.garbage || search_find(s, o) >= 0)
        return;
    if (!s->index || (s->used + 1) * 2 > s->mask + 1) {
        size_t size = s->index ? (s->mask + 1) * 2 : 1024;
        ssize_t *index = tyMem_calloc(size, sizeof(ssize_t));
        if (!index) {
            s->failed = true;
            return;
        }
        tyMem_free(s->index);
        s->index = index;
        s->mask = size - 1;
        for (size_t i = 0; i < s->n; i++)
            search_index(s, i);
    }
    s->nodes = grow(s->nodes, &s->cap, s->n + 1, sizeof(PathNode), &s->failed);
    if (s->failed)
        return;
    how.o = o;
    s->nodes[s->n] = how;
    search_index(s, s->n++);
    s->used++;
}

static int search_visit(TyObject *o, void *arg)
{
    Search *s = arg;
    search_add(s, o, (PathNode){ .parent = s->from, .via = VIA_OBJECT });
    return 0;
}

/* The stack slots of the innermost frame that are the running call's own
** arguments: they are no reason for anything to be alive. */
static bool is_own_argument(TyFrame *f, TyObject **p, ssize_t nargs)
{
    return f == ty_state.frame && p >= f->sp - nargs;
}

/* The roots, then everything reachable from them except through the
** target. */
static void search_run(Search *s, ssize_t nargs)
{
    ssize_t pos = 0;
    TyObject *k, *m;
    while (ty_state.modules && tyDict_next(ty_state.modules, &pos, &k, &m))
        if (TY_TYPE(m) == &TyModule_Type && TY_MODULE_DICT(m))
            search_add(s, TY_MODULE_DICT(m), (PathNode){ .via = VIA_GLOBALS });
    for (TyFrame *f = ty_state.frame; f; f = f->previous) {
        TyObject **base = TY_FRAME_STACK_BASE(f);
        for (TyObject **p = f->localsplus; p < f->sp; p++)
            if (*p && !(p >= base && is_own_argument(f, p, nargs)))
                search_add(s, *p, (PathNode){ .frame = f, .slot = p - f->localsplus, .via = VIA_FRAME });
    }
    Root roots[MAX_ROOTS];
    size_t nroots = interpreter_roots(roots);
    for (size_t i = 0; i < nroots; i++)
        if (roots[i].o)
            search_add(s, roots[i].o, (PathNode){ .slot = (ssize_t)i, .via = VIA_ROOT });
    for (size_t i = 0; i < s->n && !s->failed; i++) {
        s->from = (ssize_t)i;
        traverse(s->nodes[i].o, search_visit, s);
    }
}

/* The name of holder's first reference to target, as explain() names it:
** a new (kind, description) tuple, or NULL with an exception. */
static TyObject *name_reference(TyObject *holder, TyObject *parent, TyObject *target)
{
    Names n = { .target = target, .list = tyList_new(0), .left = 1, .fname = "root_paths" };
    if (!n.list)
        return NULL;
    Hit h = { .holder = holder, .parent = parent, .count = 1 };
    name_holder(&n, &h);
    TyObject *r = n.failed ? NULL : TY_NEWREF(TY_LIST_GET(n.list, 0));
    TY_DECREF(n.list);
    return r;
}

static TyObject *kind_entry(const char *kind, TyObject *text)
{
    if (!text)
        return NULL;
    TyObject *k = tyStr_fromCStr(kind);
    TyObject *t = k ? tyTuple_pack(2, k, text) : NULL;
    TY_XDECREF(k);
    TY_DECREF(text);
    return t;
}

/* A step that only leads to an object's namespace ("__dict__ of a Node
** instance") says nothing the next step ("attribute 'x' of a Node
** instance") does not. */
static bool namespace_step(TyObject *step)
{
    const char *k = TY_STR_UTF8(TY_TUPLE_GET(step, 0));
    return strcmp(k, "dict") == 0 || strcmp(k, "class") == 0 || strcmp(k, "module") == 0;
}

/* Drop the chain's last step when it is a namespace step, before the step
** that names what the namespace holds is appended. */
static void drop_namespace_step(TyObject *chain)
{
    TyList *l = (TyList *)chain;
    if (l->size > 0 && namespace_step(l->items[l->size - 1])) {
        TyObject *last = l->items[--l->size];
        TY_DECREF(last);
    }
}

/* Append to chain the steps from a root to node i (inclusive): 0 / -1. */
static int chain_to(Search *s, ssize_t i, TyObject *chain)
{
    PathNode *nd = &s->nodes[i];
    TyObject *step = NULL;
    switch (nd->via) {
    case VIA_GLOBALS:
        return 0;            /* the next step names the module */
    case VIA_FRAME:
        step = kind_entry(nd->slot < nd->frame->code->nlocalsplus ? "local" : "stack",
                          slot_text(nd->frame, nd->slot, ""));
        break;
    case VIA_ROOT: {
        Root roots[MAX_ROOTS];
        interpreter_roots(roots);
        step = kind_entry("interpreter", tyStr_fromFormat("held by the interpreter: %s",
                                                           roots[nd->slot].name));
        break;
    }
    default: {
        if (chain_to(s, nd->parent, chain) < 0)
            return -1;
        PathNode *p = &s->nodes[nd->parent];
        TyObject *grand = p->via == VIA_OBJECT ? s->nodes[p->parent].o : NULL;
        step = name_reference(p->o, grand, nd->o);
        break;
    }
    }
    if (!step)
        return -1;
    drop_namespace_step(chain);
    int r = tyList_append(chain, step);
    TY_DECREF(step);
    return r;
}

/* The chains ending with the references that walk `w` found, one per
** reference whose holder the search reached: a new list of lists of
** (kind, description), shortest first; *garbage is set when one of the
** references is gc.garbage's. */
static TyObject *chains_of(Search *s, Walk *w, ssize_t nargs, bool *garbage)
{
    TyObject *chains = tyList_new(0);
    Root roots[MAX_ROOTS];
    interpreter_roots(roots);
    for (size_t i = 0; chains && i < w->nhits; i++) {
        Hit *h = &w->hits[i];
        TyObject *last = NULL, *chain = NULL;
        if (h->holder == ty_state.gc.garbage ||
            (!h->holder && !h->frame && roots[-1 - h->slot].o == ty_state.gc.garbage)) {
            *garbage = true;
            continue;
        }
        if (h->frame) {
            if (h->slot >= h->frame->code->nlocalsplus &&
                is_own_argument(h->frame, h->frame->localsplus + h->slot, nargs))
                continue;
            if (h->slot < 0)
                continue;    /* the frame's own code, function or namespace */
            chain = tyList_new(0);
            last = kind_entry(h->slot < h->frame->code->nlocalsplus ? "local" : "stack",
                              slot_text(h->frame, h->slot, ""));
        } else if (!h->holder) {
            chain = tyList_new(0);
            last = kind_entry("interpreter", tyStr_fromFormat("held by the interpreter: %s",
                                                               roots[-1 - h->slot].name));
        } else {
            ssize_t node = search_find(s, h->holder);
            if (node < 0)
                continue;    /* its holder is unreachable too */
            chain = tyList_new(0);
            if (chain && chain_to(s, node, chain) < 0)
                TY_CLEAR(chain);
            PathNode *nd = &s->nodes[node];
            TyObject *parent = nd->via == VIA_OBJECT ? s->nodes[nd->parent].o : h->parent;
            last = chain ? name_reference(h->holder, parent, w->target) : NULL;
        }
        if (chain && last)
            drop_namespace_step(chain);
        if (!chain || !last || tyList_append(chain, last) < 0 || tyList_append(chains, chain) < 0)
            TY_CLEAR(chains);
        TY_XDECREF(chain);
        TY_XDECREF(last);
    }
    if (!chains)
        return NULL;
    /* Shortest first; a stable insertion sort keeps the order found
    ** among chains of one length. */
    TyObject **it = ((TyList *)chains)->items;
    for (ssize_t i = 1; i < TY_LIST_LEN(chains); i++) {
        TyObject *x = it[i];
        ssize_t j = i;
        while (j > 0 && TY_LIST_LEN(x) < TY_LIST_LEN(it[j - 1])) {
            it[j] = it[j - 1];
            j--;
        }
        it[j] = x;
    }
    return chains;
}

/* Why target is alive: *status says so when no chain is found (ALIVE,
** KEPT_BY_GARBAGE, CYCLE_GARBAGE, UNATTRIBUTED); returns a new list of at
** most `limit` chains, or NULL with an exception. */
enum { ALIVE, KEPT_BY_GARBAGE, CYCLE_GARBAGE, UNATTRIBUTED };

static TyObject *root_paths_of(TyObject *target, ssize_t limit, ssize_t nargs, int *status)
{
    Search s = { .target = target };
    search_run(&s, nargs);
    Walk w = { .target = target };
    walk(&w);
    TyObject *chains = NULL;
    bool garbage = false;
    if (s.failed || w.failed)
        tyErr_noMemory();
    else
        chains = chains_of(&s, &w, nargs, &garbage);
    ssize_t found = 0;
    for (size_t i = 0; i < w.nhits; i++)
        found += w.hits[i].count;
    tyMem_free(s.nodes);
    tyMem_free(s.index);
    walk_free(&w);
    if (!chains)
        return NULL;
    *status = ALIVE;
    if (TY_LIST_LEN(chains) == 0)
        *status = garbage ? KEPT_BY_GARBAGE : found + nargs < TY_REFCNT(target) ? UNATTRIBUTED
                                                                                 : CYCLE_GARBAGE;
    TyList *l = (TyList *)chains;
    while (l->size > limit) {
        TyObject *extra = l->items[--l->size];
        TY_DECREF(extra);
    }
    return chains;
}

static const char *const unreachable_text[] = {
    [KEPT_BY_GARBAGE] = "unreachable from any root: kept alive by gc.garbage",
    [CYCLE_GARBAGE] = "unreachable from any root: garbage the collector will free",
    [UNATTRIBUTED] = "unreachable from any root: kept alive only by references held by C code",
};

/* root_paths_of for a call of root_paths or why_alive, which take (obj,
** limit=1): its chains (new reference), or NULL with an exception; *obj is
** the object asked about. */
static TyObject *paths_for_call(const char *fname, TyObject *const *args, size_t nargs,
                                TyObject *kwnames, TyObject **obj, int *status)
{
    static const char *const names[] = { "obj", "limit", NULL };
    TyObject *a[2];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    ssize_t limit = 1;
    if (a[1]) {
        if (!TY_INT_CHECK(a[1]))
            return tyErr_format(&TyExc_TypeError, "%s() limit must be an int, not %T", fname, a[1]);
        limit = tyInt_asSsize(a[1]);
        if (limit == -1 && tyErr_occurred())
            return NULL;
        if (limit < 1)
            return tyErr_format(&TyExc_ValueError, "%s() limit must be at least 1", fname);
    }
    ssize_t on_stack = (ssize_t)nargs + (kwnames ? TY_TUPLE_LEN(kwnames) : 0);
    *obj = a[0];
    return root_paths_of(a[0], limit, on_stack, status);
}

/*
** root_paths(obj, limit=1) -> the shortest chains of references from a
** root to obj, at most `limit` of them, each a list of (kind,
** description) steps from the root outward; [] when obj is unreachable
** from every root (why_alive says why).
*/
static TyObject *tally_root_paths(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    TyObject *obj;
    int status;
    return paths_for_call("root_paths", args, nargs, kwnames, &obj, &status);
}

/* why_alive(obj, limit=1): print root_paths' chains, or why there is none. */
static TyObject *tally_why_alive(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    TyObject *obj;
    int status;
    TyObject *chains = paths_for_call("why_alive", args, nargs, kwnames, &obj, &status);
    if (!chains)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    ssize_t n = TY_LIST_LEN(chains);
    TyObject *head = n == 0 ? tyStr_fromFormat("a %T object is %s\n", obj, unreachable_text[status])
                   : n == 1 ? tyStr_fromFormat("a %T object is kept alive by:\n", obj)
                            : tyStr_fromFormat("a %T object is kept alive by %zd chains:\n", obj, n);
    if (head) {
        tyBuf_appendStr(&b, head);
        TY_DECREF(head);
    }
    for (ssize_t i = 0; i < n; i++) {
        TyObject *chain = TY_LIST_GET(chains, i);
        if (i > 0)
            tyBuf_appendC(&b, "\n");
        for (ssize_t j = 0; j < TY_LIST_LEN(chain); j++) {
            tyBuf_appendC(&b, j == 0 ? "  " : "  -> ");
            tyBuf_appendStr(&b, TY_TUPLE_GET(TY_LIST_GET(chain, j), 1));
            tyBuf_appendC(&b, "\n");
        }
    }
    TY_DECREF(chains);
    TyObject *text = head ? tyBuf_finish(&b) : NULL;
    int r = text ? write_stdout(text) : -1;
    TY_XDECREF(text);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

/* ---- watch -------------------------------------------------------------------- */

/* watch(obj): report every change of obj's count, and its end, on stderr. */
static TyObject *tally_watch(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("watch", kwnames) < 0 || tyArg_checkPositional("watch", nargs, 1, 1) < 0)
        return NULL;
    if (tyWatch_add(args[0]) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* unwatch(obj) -> whether obj was watched. */
static TyObject *tally_unwatch(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("unwatch", kwnames) < 0 || tyArg_checkPositional("unwatch", nargs, 1, 1) < 0)
        return NULL;
    return TY_NEWREF(tyWatch_remove(args[0]) ? TY_TRUE : TY_FALSE);
}

/* ---- the collector's pauses ------------------------------------------------------- */

/*
** gc_pauses() -> a list of one dict per generation: collections, examined
** (objects the collections looked at), collected, uncollectable,
** total_pause and longest_pause (seconds), since start-up: what
** -X gcstats prints at exit.
*/
static TyObject *tally_gc_pauses(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("gc_pauses", kwnames) < 0 || tyArg_checkPositional("gc_pauses", nargs, 0, 0) < 0)
        return NULL;
    TyObject *result = tyList_new(0);
    for (int g = 0; result && g < 3; g++) {
        TyGCStats *st = &ty_state.gc.stats[g];
        TyObject *d = tyDict_new();
        TyObject *v[] = { tyInt_fromI64(st->collections), tyInt_fromI64(st->examined),
                          tyInt_fromI64(st->collected), tyInt_fromI64(st->uncollectable),
                          tyFloat_from((double)st->total_pause_ns / 1e9),
                          tyFloat_from((double)st->longest_pause_ns / 1e9) };
        static const char *const keys[] = { "collections", "examined", "collected", "uncollectable",
                                             "total_pause", "longest_pause" };
        bool ok = d != NULL;
        for (size_t i = 0; i < TY_ARRAY_LEN(v); i++) {
            ok = ok && v[i] && tyDict_setItemStr(d, keys[i], v[i]) == 0;
            TY_XDECREF(v[i]);
        }
        if (!ok || tyList_append(result, d) < 0)
            TY_CLEAR(result);
        TY_XDECREF(d);
    }
    return result;
}

/* ---- graph ------------------------------------------------------------------- */

/*
** graph(objs, path, depth=2): the references around objs as a Graphviz
** picture.  The neighbourhood is collected here, breadth first from the
** given objects up to `depth` steps, both ways: what an object refers to
** (its traverse slot) and what refers to it (the walk that explain() uses).
** Module namespaces, live frames and the interpreter's own references
** are roots: drawn, never expanded.  Classes, modules and code objects are
** drawn but not expanded either (their neighbourhoods are the whole
** program).  Every count is read before any Python object is made for the
** picture, and the picture's data holds no reference to what it shows;
** tallymod.py's _write_graph writes the DOT text and renders it.
*/
typedef struct Graph {
    Search map;              /* the object nodes; PathNode.slot is the depth */
    TyObject *nodes;         /* (name, kind, label, count) */
    TyObject *edges;         /* (from, to, label) */
    TyObject *edge_set;      /* the edges already drawn */
    TyObject *roots;         /* root label -> node name */
    TyObject *const *given;  /* the objects asked about */
    ssize_t ngiven;
    TyObject *holder;        /* the list or tuple that held them, or NULL */
    ssize_t nargs;
    int depth;
} Graph;

/* A node's label: its type, and a short repr for a str, an int or a float. */
static TyObject *node_label(TyObject *o)
{
    if ((TY_STR_CHECK_EXACT(o) && TY_STR_LEN(o) <= 24) || TY_INT_CHECK_EXACT(o) ||
        TY_TYPE(o) == &TyFloat_Type) {
        TyObject *r = tyObj_repr(o);
        if (!r)
            return NULL;
        TyObject *t = TY_STR_LEN(r) <= 26 ? tyStr_fromFormat("%T %U", o, r) : tyStr_fromFormat("%T", o);
        TY_DECREF(r);
        return t;
    }
    if (TY_TYPE_CHECK(o))
        return tyStr_fromFormat("class %s", tyType_name((TyType *)o));
    if (TY_FUNCTION_CHECK(o))
        return tyStr_fromFormat("function %U()", ((TyFunction *)o)->qualname);
    if (TY_TYPE(o) == &TyModule_Type)
        return tyStr_fromFormat("module %U", ((TyModule *)o)->name);
    return tyStr_fromFormat("%T", o);
}

static bool is_given(Graph *g, TyObject *o)
{
    for (ssize_t i = 0; i < g->ngiven; i++)
        if (g->given[i] == o)
            return true;
    return false;
}

/* The node of o (added at `depth` when new): its index, or -1 on error. */
static ssize_t graph_node(Graph *g, TyObject *o, int depth)
{
    ssize_t i = search_find(&g->map, o);
    if (i >= 0)
        return i;
    /* Its count as the program has it: without the references of the
    ** argument list (or of the argument itself). */
    ssize_t count = TY_REFCNT(o);
    for (ssize_t k = 0; k < g->ngiven; k++)
        count -= g->given[k] == o;
    search_add(&g->map, o, (PathNode){ .slot = depth, .via = VIA_OBJECT });
    if (g->map.failed) {
        tyErr_noMemory();
        return -1;
    }
    i = (ssize_t)g->map.n - 1;
    TyObject *label = node_label(o);
    TyObject *node = tyStr_fromFormat("o%zd", i);
    TyObject *kind = tyStr_fromCStr(is_given(g, o) ? "given" : "object");
    TyObject *n = tyInt_fromI64(count);
    TyObject *t = label && node && kind && n ? tyTuple_pack(4, node, kind, label, n) : NULL;
    TY_XDECREF(label);
    TY_XDECREF(node);
    TY_XDECREF(kind);
    TY_XDECREF(n);
    int r = t ? tyList_append(g->nodes, t) : -1;
    TY_XDECREF(t);
    return r < 0 ? -1 : i;
}

/* The node of a root, by its label: a new reference to its name. */
static TyObject *root_node(Graph *g, TyObject *label)
{
    TyObject *name = tyDict_getItem(g->roots, label);
    if (name)
        return TY_NEWREF(name);
    name = tyStr_fromFormat("r%zd", TY_DICT_LEN(g->roots));
    TyObject *kind = tyStr_fromCStr("root");
    TyObject *t = name && kind ? tyTuple_pack(4, name, kind, label, TY_NONE) : NULL;
    if (!t || tyList_append(g->nodes, t) < 0 || tyDict_setItem(g->roots, label, name) < 0)
        TY_CLEAR(name);
    TY_XDECREF(kind);
    TY_XDECREF(t);
    return name;
}

static int add_edge(Graph *g, TyObject *from, TyObject *to, TyObject *label)
{
    TyObject *e = tyTuple_pack(3, from, to, label);
    if (!e)
        return -1;
    int seen = tySet_contains(g->edge_set, e);
    int r = seen < 0 ? -1 : seen ? 0 : tySet_add(g->edge_set, e) < 0 ? -1 : tyList_append(g->edges, e);
    TY_DECREF(e);
    return r;
}

/* One edge per reference of holder (node `from`) to target (node `to`). */
static int name_edges(Graph *g, TyObject *holder, TyObject *parent, TyObject *target, ssize_t count,
                      TyObject *from, TyObject *to)
{
    Names n = { .target = target, .list = tyList_new(0), .left = count, .fname = "graph" };
    if (!n.list)
        return -1;
    Hit h = { .holder = holder, .parent = parent, .count = count };
    name_holder(&n, &h);
    int r = n.failed ? -1 : 0;
    for (ssize_t i = 0; r == 0 && i < TY_LIST_LEN(n.list); i++)
        r = add_edge(g, from, to, TY_TUPLE_GET(TY_LIST_GET(n.list, i), 1));
    TY_DECREF(n.list);
    return r;
}

/* Classes, modules, module namespaces and code objects lead everywhere:
** they are drawn where they are met, and not followed. */
static bool expandable(TyObject *o)
{
    return !TY_TYPE_CHECK(o) && TY_TYPE(o) != &TyModule_Type && !TY_CODE_CHECK(o) &&
           !(TY_DICT_CHECK(o) && module_of_dict(o));
}

/* The referents of o that a picture shows: no immortal (None, small
** ints), no class of an instance. */
typedef struct Referents {
    TyObject *owner;
    struct { TyObject *o; ssize_t count; } *items;
    size_t n, cap;
    bool failed;
} Referents;

static int referent_visit(TyObject *o, void *arg)
{
    Referents *r = arg;
    if (TY_REFCNT(o) > TY_IMMORTAL_THRESHOLD || (TY_TYPE_CHECK(o) && (TyObject *)TY_TYPE(r->owner) == o))
        return 0;
    for (size_t i = 0; i < r->n; i++)
        if (r->items[i].o == o) {
            r->items[i].count++;
            return 0;
        }
    r->items = grow(r->items, &r->cap, r->n + 1, sizeof *r->items, &r->failed);
    if (!r->failed) {
        r->items[r->n].o = o;
        r->items[r->n++].count = 1;
    }
    return 0;
}

static int expand_referents(Graph *g, ssize_t i, TyObject *name)
{
    TyObject *o = g->map.nodes[i].o;
    int depth = (int)g->map.nodes[i].slot;
    Referents refs = { .owner = o };
    traverse(o, referent_visit, &refs);
    if (refs.failed) {
        tyMem_free(refs.items);
        tyErr_noMemory();
        return -1;
    }
    int r = 0;
    for (size_t k = 0; k < refs.n && r == 0; k++) {
        ssize_t j = graph_node(g, refs.items[k].o, depth + 1);
        TyObject *to = j >= 0 ? tyStr_fromFormat("o%zd", j) : NULL;
        r = to ? name_edges(g, o, NULL, refs.items[k].o, refs.items[k].count, name, to) : -1;
        TY_XDECREF(to);
    }
    tyMem_free(refs.items);
    return r;
}

/* The root a frame slot or an interpreter root is drawn as, and the
** label of its edge: new references, or -1. */
static int root_of_hit(Hit *h, Root *roots, TyObject **label, TyObject **edge)
{
    if (h->frame) {
        TyCode *co = h->frame->code;
        TyObject *file = file_base(co);
        *label = file ? tyStr_fromFormat("frame of %U() at %U:%d", co->name, file,
                                         tyCode_line(co, TY_FRAME_LASTI(h->frame))) : NULL;
        TY_XDECREF(file);
        *edge = slot_text(h->frame, h->slot, "");
    } else {
        *label = tyStr_fromFormat("interpreter: %s", roots[-1 - h->slot].name);
        *edge = tyStr_fromCStr("held by the interpreter");
    }
    return *label && *edge ? 0 : -1;
}

static int expand_referrers(Graph *g, ssize_t i, TyObject *name)
{
    TyObject *o = g->map.nodes[i].o;
    int depth = (int)g->map.nodes[i].slot;
    Walk w = { .target = o };
    walk(&w);
    if (w.failed) {
        walk_free(&w);
        tyErr_noMemory();
        return -1;
    }
    Root roots[MAX_ROOTS];
    interpreter_roots(roots);
    int r = 0;
    for (size_t k = 0; k < w.nhits && r == 0; k++) {
        Hit *h = &w.hits[k];
        if (h->holder == g->holder)
            continue;
        if (h->frame && (h->slot < 0 || (h->slot >= h->frame->code->nlocalsplus &&
                                         is_own_argument(h->frame, h->frame->localsplus + h->slot,
                                                         g->nargs))))
            continue;
        if (h->holder) {
            TyObject *module = TY_DICT_CHECK(h->holder) ? module_of_dict(h->holder) : NULL;
            TyObject *from;
            if (module) {
                TyObject *label = tyStr_fromFormat("module %U", ((TyModule *)module)->name);
                from = label ? root_node(g, label) : NULL;
                TY_XDECREF(label);
            } else {
                ssize_t j = graph_node(g, h->holder, depth + 1);
                from = j >= 0 ? tyStr_fromFormat("o%zd", j) : NULL;
            }
            r = from ? name_edges(g, h->holder, h->parent, o, h->count, from, name) : -1;
            TY_XDECREF(from);
        } else {
            TyObject *label = NULL, *edge = NULL, *from = NULL;
            r = root_of_hit(h, roots, &label, &edge);
            if (r == 0) {
                from = root_node(g, label);
                r = from ? add_edge(g, from, name, edge) : -1;
            }
            TY_XDECREF(label);
            TY_XDECREF(edge);
            TY_XDECREF(from);
        }
    }
    walk_free(&w);
    return r;
}

/* Collect the picture's nodes and edges: 0 / -1. */
static int graph_collect(Graph *g)
{
    for (ssize_t k = 0; k < g->ngiven; k++)
        if (graph_node(g, g->given[k], 0) < 0)
            return -1;
    for (size_t i = 0; i < g->map.n; i++) {
        TyObject *o = g->map.nodes[i].o;
        if (g->map.nodes[i].slot >= g->depth || (!expandable(o) && !is_given(g, o)))
            continue;
        TyObject *name = tyStr_fromFormat("o%zd", (ssize_t)i);
        int r = name ? expand_referrers(g, (ssize_t)i, name) : -1;
        if (r == 0)
            r = expand_referents(g, (ssize_t)i, name);
        TY_XDECREF(name);
        if (r < 0)
            return -1;
    }
    return 0;
}

static TyObject *tally_graph(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "objs", "path", "depth", NULL };
    TyObject *a[3];
    if (tyArg_unpack("graph", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "graph() path must be a str, not %T", a[1]);
    ssize_t depth = 2;
    if (a[2]) {
        depth = TY_INT_CHECK(a[2]) ? tyInt_asSsize(a[2]) : -1;
        if (depth == -1 && tyErr_occurred())
            return NULL;
        if (depth < 0 || depth > 10)
            return tyErr_format(&TyExc_ValueError, "graph() depth must be an int from 0 to 10");
    }
    Graph g = { .nargs = (ssize_t)nargs + (kwnames ? TY_TUPLE_LEN(kwnames) : 0), .depth = (int)depth };
    if (TY_LIST_CHECK(a[0])) {
        g.holder = a[0];
        g.given = ((TyList *)a[0])->items;
        g.ngiven = TY_LIST_LEN(a[0]);
    } else if (TY_TUPLE_CHECK(a[0])) {
        g.holder = a[0];
        g.given = TY_TUPLE_ITEMS(a[0]);
        g.ngiven = TY_TUPLE_LEN(a[0]);
    } else {
        g.given = &a[0];
        g.ngiven = 1;
    }
    g.nodes = tyList_new(0);
    g.edges = tyList_new(0);
    g.edge_set = tySet_new(NULL);
    g.roots = tyDict_new();
    TyObject *result = NULL;
    if (g.nodes && g.edges && g.edge_set && g.roots && graph_collect(&g) == 0) {
        TyObject *writer = tyDict_getItemStr(TY_MODULE_DICT(self), "_write_graph");
        if (writer) {
            TyObject *call[] = { g.nodes, g.edges, a[1] };
            result = tyObj_call(writer, call, 3, NULL);
        } else {
            tyErr_setString(&TyExc_RuntimeError, "tally._write_graph is gone");
        }
    }
    tyMem_free(g.map.nodes);
    tyMem_free(g.map.index);
    TY_XDECREF(g.nodes);
    TY_XDECREF(g.edges);
    TY_XDECREF(g.edge_set);
    TY_XDECREF(g.roots);
    return result;
}

/* _render(dot_file, out_file, format): run Graphviz's dot; None, or
** RuntimeError saying what is missing or what failed. */
extern char **environ;

static TyObject *tally_render(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("_render", kwnames) < 0 || tyArg_checkPositional("_render", nargs, 3, 3) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        if (!TY_STR_CHECK(args[i]))
            return tyErr_format(&TyExc_TypeError, "_render() arguments must be str, not %T", args[i]);
    TyObject *fmt = tyStr_fromFormat("-T%U", args[2]);
    if (!fmt)
        return NULL;
    char *argv[] = { "dot", (char *)TY_STR_UTF8(fmt), "-o", (char *)TY_STR_UTF8(args[1]),
                     (char *)TY_STR_UTF8(args[0]), NULL };
    fflush(NULL);
    pid_t pid;
    int err = posix_spawnp(&pid, "dot", NULL, NULL, argv, environ);
    TY_DECREF(fmt);
    if (err == ENOENT)
        return tyErr_format(&TyExc_RuntimeError,
                            "tally.graph: Graphviz's dot is not installed (scripts/install-deps "
                            "installs the graphviz package); the DOT source is in %U", args[0]);
    if (err)
        return tyErr_format(&TyExc_RuntimeError, "tally.graph: cannot run dot: %s", strerror(err));
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return tyErr_format(&TyExc_RuntimeError, "tally.graph: waiting for dot: %s", strerror(errno));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return tyErr_format(&TyExc_RuntimeError, "tally.graph: dot failed (status %d) on %U",
                            WIFEXITED(status) ? WEXITSTATUS(status) : -1, args[0]);
    return TY_NEWREF(TY_NONE);
}

/* ---- census ------------------------------------------------------------------ */

/* Live objects per type, counted in C so that counting allocates no
** object (the registry being walked would see it, and could lose the
** node it is about to visit). */
typedef struct TypeCount {
    TyType *type;
    ssize_t count;
} TypeCount;

typedef struct Census {
    TypeCount *slots;        /* open addressing by type pointer */
    size_t mask, used;
    PtrSet seen;             /* without the registry: objects counted */
    bool failed;
} Census;

static void census_add(Census *c, TyObject *o)
{
    if (c->failed || TY_REFCNT(o) <= 0)
        return;
    if (!c->slots || (c->used + 1) * 2 > c->mask + 1) {
        size_t n = c->slots ? (c->mask + 1) * 2 : 256;
        TypeCount *slots = tyMem_calloc(n, sizeof(TypeCount));
        if (!slots) {
            c->failed = true;
            return;
        }
        for (size_t i = 0; c->slots && i <= c->mask; i++) {
            if (!c->slots[i].type)
                continue;
            size_t j = ((uintptr_t)c->slots[i].type >> 4) & (n - 1);
            while (slots[j].type)
                j = (j + 1) & (n - 1);
            slots[j] = c->slots[i];
        }
        tyMem_free(c->slots);
        c->slots = slots;
        c->mask = n - 1;
    }
    TyType *t = TY_TYPE(o);
    size_t j = ((uintptr_t)t >> 4) & c->mask;
    while (c->slots[j].type && c->slots[j].type != t)
        j = (j + 1) & c->mask;
    if (!c->slots[j].type) {
        c->slots[j].type = t;
        c->used++;
    }
    c->slots[j].count++;
}

static void census_live(TyObject *o, void *arg)
{
    census_add(arg, o);
}

/* Count o once. */
static void census_once(Census *c, TyObject *o)
{
    int r = ptrset_add(&c->seen, o);
    if (r < 0)
        c->failed = true;
    else if (r > 0)
        census_add(c, o);
}

static int census_visit(TyObject *o, void *arg)
{
    census_once(arg, o);
    return 0;
}

static int census_tracked(TyObject *o, void *arg)
{
    census_once(arg, o);
    traverse(o, census_visit, arg);
    return 0;
}

static int count_order(const void *a, const void *b)
{
    ssize_t ca = ((const TypeCount *)a)->count, cb = ((const TypeCount *)b)->count;
    if (ca != cb)
        return ca > cb ? -1 : 1;
    const char *na = ((const TypeCount *)a)->type->name, *nb = ((const TypeCount *)b)->type->name;
    return strcmp(na, nb);
}

/*
** census(): {type: live objects of that type}, most numerous first (then
** by name).  With the registry of live objects (the debug build,
** -X showrefcount) every object is counted; otherwise what the collector
** tracks, what those objects refer to directly and what the live frames
** hold — an object reachable only through untracked objects two steps
** away is missed.
*/
static TyObject *tally_census(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("census", kwnames) < 0 || tyArg_checkPositional("census", nargs, 0, 0) < 0)
        return NULL;
    Census c = { 0 };
    if (tyMem_registryEnabled()) {
        tyMem_forEachLive(census_live, &c);
    } else {
        for (int g = 0; g <= 3; g++)
            tyGC_forEachTracked(g, census_tracked, &c);
        for (TyFrame *f = ty_state.frame; f; f = f->previous) {
            if (f->owner == TY_FRAME_IN_GENERATOR)
                continue;
            for (TyObject **p = f->localsplus; p < f->sp; p++)
                if (*p)
                    census_once(&c, *p);
        }
    }
    tyMem_free(c.seen.slots);
    TyObject *result = NULL;
    if (!c.failed) {
        /* Pack the used slots to the front and sort them. */
        size_t n = 0;
        for (size_t i = 0; c.slots && i <= c.mask; i++)
            if (c.slots[i].type)
                c.slots[n++] = c.slots[i];
        if (n)
            qsort(c.slots, n, sizeof(TypeCount), count_order);
        result = tyDict_new();
        for (size_t i = 0; result && i < n; i++) {
            TyObject *v = tyInt_fromI64(c.slots[i].count);
            if (!v || tyDict_setItem(result, (TyObject *)c.slots[i].type, v) < 0)
                TY_CLEAR(result);
            TY_XDECREF(v);
        }
    } else {
        tyErr_noMemory();
    }
    tyMem_free(c.slots);
    return result;
}

static TyMethodDef tally_methods[] = {
    { "census", tally_census, 0,
      "census() -> {type: number of live objects}, most numerous first." },
    { "referrers", tally_referrers, 0,
      "referrers(obj) -> list of (kind, description), one per reference making up obj's count." },
    { "explain", tally_explain, 0,
      "explain(obj): print every reference that makes up obj's reference count." },
    { "root_paths", tally_root_paths, 0,
      "root_paths(obj, limit=1) -> the shortest chains of references from a root to obj." },
    { "watch", tally_watch, 0,
      "watch(obj): print a line to stderr at every change of obj's reference count." },
    { "unwatch", tally_unwatch, 0,
      "unwatch(obj) -> True if obj was watched; it is not any more." },
    { "gc_pauses", tally_gc_pauses, 0,
      "gc_pauses() -> per generation: collections, examined, collected, uncollectable, total_pause, longest_pause." },
    { "graph", tally_graph, 0,
      "graph(objs, path, depth=2): write the references around objs as a Graphviz picture (DOT, or rendered by dot)." },
    { "_render", tally_render, 0, "_render(dot_file, out_file, format): run Graphviz's dot." },
    { "why_alive", tally_why_alive, 0,
      "why_alive(obj, limit=1): print the shortest chains of references from a root to obj." },
    { NULL }
};

/* src/modules/tallymod.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/tallymod_py.h"
    ;

TyObject *tyTallyModule_create(void)
{
    TyObject *m = tyModule_new("tally", tally_methods);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<tally>") < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
