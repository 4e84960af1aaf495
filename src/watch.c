/*
** watch.c — tally.watch(): report every change of a watched object's
** reference count, and its end.
**
** Counts are compared before each instruction while something is watched
** (the VM's dispatch table then sends every instruction through its
** watch_step, vm.c), so a change is reported with the
** instruction that ran last: its file, line and what it does (binds a
** name, stores into a container, passes an argument, ends a frame...).
** The end of an object is caught by its type's dealloc slot, which points
** at watch_dealloc while an object of that type is watched: it reports
** who freed it (a DECREF at file:line, or the cycle collector), and calls
** the type's own dealloc.  Nothing here runs while nothing is watched.
**
** Reports are queued as C strings and written at the next instruction
** boundary, through sys.stderr: a dealloc or a collection is no place to
** run Python code.
*/
#include "tally.h"
#include "vm.h"
#include "watch.h"
#include "opcodes.h"
#include "objects/code.h"

typedef struct Watched {
    TyObject *o;             /* borrowed: removed before o is freed */
    TyType *type;            /* o's type when its dealloc slot was hooked */
    ssize_t count;           /* the count last reported */
    int serial;              /* the n of "Node#n" in the reports */
} Watched;

struct TyWatch {
    Watched *items;
    size_t n, cap;
    int serial;
    char **queue;            /* reports not written yet */
    size_t nqueue, capqueue;
    bool writing;            /* the reports' own write runs unwatched */
    TyCode *code;            /* strong: the code of the instruction that ran last */
    int lasti;               /* its index */
};

/*
** The original dealloc slot of every type ever hooked.  It outlives the
** watch state on purpose: a type readied while its base was hooked copied
** watch_dealloc, and keeps finding the original here.  It is the
** process's, as the static types whose slots it records are: a later
** interpreter finds its types still hooked, and their originals here.
*/
#define MAX_HOOKED_TYPES 64
static struct { TyType *type; ty_destructor dealloc; } originals[MAX_HOOKED_TYPES];
static int noriginals;

/* The deallocs in progress through watch_dealloc, innermost first, on the
** C stack: a subclass's dealloc calling its base's slot comes back to
** watch_dealloc with the same object, and must go on to the base's.
** The chain is ty_state.watch_entered. */
typedef struct TyWatchEntered {
    TyObject *o;
    TyType *through;
    struct TyWatchEntered *outer;
} Entered;

static void watch_dealloc(TyObject *o);

static ty_destructor original_of(TyType *t)
{
    for (int i = 0; i < noriginals; i++)
        if (originals[i].type == t)
            return originals[i].dealloc;
    return NULL;
}

/* Point t's dealloc slot at watch_dealloc: 0 / -1 (too many types). */
static int hook(TyType *t)
{
    if (t->dealloc == watch_dealloc)
        return 0;
    if (!original_of(t)) {
        if (noriginals == MAX_HOOKED_TYPES) {
            tyErr_format(&TyExc_RuntimeError, "tally.watch: objects of more than %d types watched",
                         MAX_HOOKED_TYPES);
            return -1;
        }
        originals[noriginals].type = t;
        originals[noriginals++].dealloc = t->dealloc;
    }
    t->dealloc = watch_dealloc;
    return 0;
}

/* Give t its own dealloc back once no watched object has that type. */
static void unhook_if_unused(TyWatch *w, TyType *t)
{
    for (size_t i = 0; w && i < w->n; i++)
        if (w->items[i].type == t)
            return;
    if (t->dealloc == watch_dealloc)
        t->dealloc = original_of(t);
}

static Watched *find(TyWatch *w, TyObject *o)
{
    for (size_t i = 0; w && i < w->n; i++)
        if (w->items[i].o == o)
            return &w->items[i];
    return NULL;
}

/* Queue one report line (printf-style): a report that cannot be queued
** for lack of memory goes straight to the C stderr. */
static void report(TyWatch *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (w->nqueue == w->capqueue) {
        size_t cap = w->capqueue ? w->capqueue * 2 : 8;
        char **q = tyMem_realloc(w->queue, cap * sizeof(char *));
        if (!q) {
            fprintf(stderr, "%s\n", buf);
            return;
        }
        w->queue = q;
        w->capqueue = cap;
    }
    size_t len = strlen(buf);
    char *line = tyMem_malloc(len + 1);
    if (!line) {
        fprintf(stderr, "%s\n", buf);
        return;
    }
    memcpy(line, buf, len + 1);
    w->queue[w->nqueue++] = line;
}

/* "file.py:12" for instruction lasti of co, into buf. */
static void where(char *buf, size_t size, TyCode *co, int lasti)
{
    if (!co || lasti < 0) {
        snprintf(buf, size, "<no Python frame>");
        return;
    }
    const char *path = TY_STR_UTF8(co->filename);
    const char *slash = strrchr(path, '/');
    snprintf(buf, size, "%s:%d", slash ? slash + 1 : path, tyCode_line(co, lasti));
}

/* What instruction `word` of co did to a count that went `up` (or
** down), in the program's terms; `returned` tells a call that has
** returned from one whose callee has just started. */
static void operation(char *buf, size_t size, TyCode *co, uint32_t word, bool up, bool returned)
{
    word = tyCode_genericWord(word);
    int op = TY_OP(word), arg = TY_ARG(word);
    const char *name = NULL;
    switch (op) {
    case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_DELETE_NAME: case OP_DELETE_GLOBAL:
    case OP_STORE_ATTR: case OP_DELETE_ATTR:
        name = TY_STR_UTF8(TY_TUPLE_GET(co->names, arg));
        break;
    case OP_STORE_FAST: case OP_DELETE_FAST: case OP_STORE_DEREF: case OP_DELETE_DEREF:
    case OP_STORE_FAST__LOAD_FAST: case OP_STORE_FAST__STORE_FAST:
        name = TY_STR_UTF8(TY_TUPLE_GET(co->localsplusnames, arg));
        break;
    }
    switch (op) {
    case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_STORE_FAST: case OP_STORE_DEREF:
    case OP_STORE_FAST__LOAD_FAST: case OP_STORE_FAST__STORE_FAST:
        snprintf(buf, size, up ? "bound to name '%s'" : "name '%s' rebound", name);
        return;
    case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_DELETE_FAST: case OP_DELETE_DEREF:
        snprintf(buf, size, "name '%s' deleted", name);
        return;
    case OP_STORE_ATTR:
        snprintf(buf, size, up ? "stored as attribute '%s'" : "attribute '%s' replaced", name);
        return;
    case OP_DELETE_ATTR:
        snprintf(buf, size, "attribute '%s' deleted", name);
        return;
    case OP_STORE_SUBSCR: case OP_LIST_APPEND: case OP_SET_ADD: case OP_MAP_ADD:
    case OP_BUILD_LIST: case OP_BUILD_TUPLE: case OP_BUILD_SET: case OP_BUILD_MAP:
    case OP_BUILD_CONST_KEY_MAP: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
        snprintf(buf, size, up ? "stored into a container" : "removed from a container");
        return;
    case OP_DELETE_SUBSCR:
        snprintf(buf, size, "removed from a container");
        return;
    case OP_CALL: case OP_CALL_FUNCTION_EX:
        if (returned)
            snprintf(buf, size, up ? "kept by the function called" : "call returned");
        else
            snprintf(buf, size, up ? "passed as an argument" : "released by the call");
        return;
    case OP_RETURN_VALUE:
        snprintf(buf, size, up ? "returned" : "frame exit");
        return;
    case OP_YIELD_VALUE:
        snprintf(buf, size, "yielded");
        return;
    case OP_POP_TOP:
        snprintf(buf, size, "popped from the operand stack");
        return;
    default:
        snprintf(buf, size, "%s by %s", up ? "referenced" : "released", ty_opcode_names[op]);
    }
}

/* Does instruction `word` only push a value for the next ones to use?
** A count it raises is reported with the instruction that takes the
** value (a store, a call), which says what the reference is for. */
static bool pushes(uint32_t word)
{
    switch (TY_OP(tyCode_genericWord(word))) {
    case OP_LOAD_FAST: case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_LOAD_DEREF:
    case OP_LOAD_CONST: case OP_LOAD_ATTR: case OP_LOAD_METHOD: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_FAST__LOAD_FAST: case OP_LOAD_FAST__LOAD_CONST: case OP_LOAD_CONST__LOAD_FAST:
    case OP_BINARY_SUBSCR: case OP_COPY: case OP_SWAP:
        return true;
    default:
        return false;
    }
}

/* Make the instruction that frame is running the one later changes are
** reported with. */
static void remember(TyWatch *w, TyFrame *frame)
{
    if (frame->code != w->code) {
        TY_INCREF(frame->code);
        TY_XSETREF(w->code, frame->code);
    }
    w->lasti = TY_FRAME_LASTI(frame);
}

/* Write the queued reports through sys.stderr (the C stderr when there is
** none, or its write fails), unwatched, and flush it. */
static void flush(TyWatch *w)
{
    if (!w->nqueue)
        return;
    w->writing = true;
    TyObject *saved = ty_state.exc;
    ty_state.exc = NULL;
    TyObject *err = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stderr)) : NULL;
    for (size_t i = 0; i < w->nqueue; i++) {
        TyObject *text = err ? tyStr_fromFormat("%s\n", w->queue[i]) : NULL;
        TyObject *r = text ? tyObj_callMethod(err, TY_ID(write), &text, 1) : NULL;
        if (!r) {
            tyErr_clear();
            fprintf(stderr, "%s\n", w->queue[i]);
        }
        TY_XDECREF(r);
        TY_XDECREF(text);
        tyMem_free(w->queue[i]);
    }
    /* As CPython's stderr is line-buffered: each report shows at once. */
    TyObject *r = err ? tyObj_callMethod(err, TY_ID(flush), NULL, 0) : NULL;
    if (!r)
        tyErr_clear();
    TY_XDECREF(r);
    w->nqueue = 0;
    ty_state.exc = saved;
    w->writing = false;
}

static void state_free(TyWatch *w)
{
    for (size_t i = 0; i < w->nqueue; i++) {
        fprintf(stderr, "%s\n", w->queue[i]);
        tyMem_free(w->queue[i]);
    }
    tyMem_free(w->queue);
    tyMem_free(w->items);
    TY_XDECREF(w->code);
    tyMem_free(w);
}

/* Forget item i (o is freed or unwatched). */
static void drop(TyWatch *w, Watched *item)
{
    TyType *t = item->type;
    *item = w->items[--w->n];
    unhook_if_unused(w, t);
}

static void watch_dealloc(TyObject *o)
{
    TyType *start = TY_TYPE(o);
    bool nested = false;
    for (Entered *e = ty_state.watch_entered; e; e = e->outer)
        if (e->o == o) {
            start = e->through->base;
            nested = true;
            break;
        }
    ty_destructor orig = NULL;
    TyType *through = start;
    for (; through && !(orig = original_of(through)); through = through->base)
        ;
    TyWatch *w = ty_state.watch;
    Watched *item = nested ? NULL : find(w, o);
    if (item) {
        char at[256], op[128];
        TyFrame *f = ty_state.frame;
        if (ty_state.gc.collecting) {
            report(w, "watch: %s#%d freed by the cycle collector: %zd -> 0", tyType_name(item->type),
                   item->serial, item->count);
        } else {
            where(at, sizeof at, f ? f->code : NULL, f ? TY_FRAME_LASTI(f) : -1);
            if (f)
                operation(op, sizeof op, f->code, f->code->code[TY_FRAME_LASTI(f)], false, false);
            report(w, "watch: %s#%d %s: %s%s%zd -> 0, freed by a DECREF", tyType_name(item->type),
                   item->serial, at, f ? op : "", f ? ": " : "", item->count);
        }
        drop(w, item);
    }
    Entered e = { o, through, ty_state.watch_entered };
    ty_state.watch_entered = &e;
    orig(o);
    ty_state.watch_entered = e.outer;
}

int tyWatch_add(TyObject *o)
{
    if (TY_REFCNT(o) > TY_IMMORTAL_THRESHOLD) {
        tyErr_format(&TyExc_ValueError, "tally.watch: a %T object is immortal: its count never changes",
                     o);
        return -1;
    }
    TyWatch *w = ty_state.watch;
    if (find(w, o))
        return 0;
    if (!w) {
        w = tyMem_calloc(1, sizeof *w);
        if (!w) {
            tyErr_noMemory();
            return -1;
        }
        ty_state.watch = w;
    }
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 4;
        Watched *items = tyMem_realloc(w->items, cap * sizeof(Watched));
        if (!items) {
            tyErr_noMemory();
            return -1;
        }
        w->items = items;
        w->cap = cap;
    }
    if (hook(TY_TYPE(o)) < 0)
        return -1;
    w->items[w->n++] = (Watched){ o, TY_TYPE(o), TY_REFCNT(o), ++w->serial };
    /* The first change is the end of the call to watch() itself. */
    if (ty_state.frame)
        remember(w, ty_state.frame);
    tyVM_instrument();
    return 0;
}

int tyWatch_remove(TyObject *o)
{
    TyWatch *w = ty_state.watch;
    Watched *item = find(w, o);
    if (!item)
        return 0;
    drop(w, item);
    return 1;
}

void tyWatch_step(TyFrame *frame)
{
    TyWatch *w = ty_state.watch;
    if (w->writing)
        return;
    if (!w->code)
        remember(w, frame);
    for (size_t i = 0; i < w->n; i++) {
        Watched *item = &w->items[i];
        ssize_t now = TY_REFCNT(item->o);
        if (TY_TYPE(item->o) != item->type) {
            /* Its __class__ was assigned: its end goes through the new
            ** type's dealloc now. */
            TyType *old = item->type;
            if (hook(TY_TYPE(item->o)) == 0)
                item->type = TY_TYPE(item->o);
            else
                tyErr_clear();
            unhook_if_unused(w, old);
        }
        if (now == item->count || (now > item->count && pushes(w->code->code[w->lasti])))
            continue;
        char at[256], op[128];
        where(at, sizeof at, w->code, w->lasti);
        bool returned = frame->code == w->code && TY_FRAME_LASTI(frame) > w->lasti;
        operation(op, sizeof op, w->code, w->code->code[w->lasti], now > item->count, returned);
        report(w, "watch: %s#%d %s: %s: %zd -> %zd", tyType_name(item->type), item->serial, at, op,
               item->count, now);
        item->count = now;
    }
    flush(w);
    remember(w, frame);
    if (w->n == 0 && w->nqueue == 0) {
        ty_state.watch = NULL;
        tyVM_instrument();
        state_free(w);
    }
}

void tyWatch_fini(void)
{
    TyWatch *w = ty_state.watch;
    if (!w)
        return;
    ty_state.watch = NULL;
    tyVM_instrument();
    while (w->n)
        drop(w, &w->items[w->n - 1]);
    state_free(w);
}
