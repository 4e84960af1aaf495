/*
** lsprof.c — the `_lsprof` module: the deterministic profiler under
** cProfile (CPython 3.11's Profiler, profiler_entry, profiler_subentry).
**
** CPython installs the profiler as a C-level profile function and
** sys.getprofile() then returns the Profiler.  tally's profile hook calls
** whatever sys.setprofile holds with (frame, event, arg), so an enabled
** Profiler is that object itself, and its call slot is the callback: the
** same events (call/return of Python frames, c_call/c_return/c_exception
** of built-in functions), and sys.getprofile() is the Profiler as in
** CPython.  Calling a Profiler from Python therefore works in tally (the
** one difference, docs/language.md).
**
** The bookkeeping is CPython's: one entry per code object or built-in
** function definition, a stack of contexts for the calls in progress
** (total and inline time, recursion), and per entry the callees it called
** (sub-entries) when subcalls are on.  Times are in the timer's units,
** reported multiplied by the unit (nanoseconds of the monotonic clock by
** default).
*/
#include <string.h>
#include <time.h>
#include "tally.h"
#include "args.h"
#include "objects/frame.h"
#include "objects/method.h"
#include "objects/structseq.h"
#include "trace.h"
#include "vm.h"
#include "modules/lsprof.h"

enum { POF_ENABLED = 1, POF_SUBCALLS = 2, POF_BUILTINS = 4, POF_NOMEMORY = 16 };

typedef struct ProfEntry ProfEntry;

typedef struct SubEntry {
    ProfEntry *callee;
    int64_t tt, it;
    long callcount, reccallcount, recursion;
    struct SubEntry *next;
} SubEntry;

struct ProfEntry {
    const void *key;         /* the code object, or the built-in's TyMethodDef */
    TyObject *userobj;       /* strong: the code object, or the built-in's description */
    int64_t tt, it;
    long callcount, reccallcount, recursion;
    SubEntry *calls;         /* the callees, most recently added first */
    ProfEntry *bucket_next;  /* the hash chain */
    ProfEntry *order_next;   /* every entry, in order of creation */
};

typedef struct Context {
    ProfEntry *entry;
    int64_t t0, subt;
    struct Context *previous;
} Context;

typedef struct Profiler {
    TyObject ob;
    int flags;
    ProfEntry **buckets;
    size_t nbuckets, nentries;
    ProfEntry *first, *last;
    Context *current, *free_contexts;
    TyObject *timer;         /* strong, or NULL: the monotonic clock */
    double timeunit;
} Profiler;

#define PROF(o) ((Profiler *)(o))

static TyType Profiler_Type;

static const char *const entry_fields[] = { "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls" };
static TyStructSeqType entry_type = TY_STRUCTSEQ_TYPE("_lsprof.profiler_entry", entry_fields, 6, true);
static const char *const subentry_fields[] = { "code", "callcount", "reccallcount", "totaltime", "inlinetime" };
static TyStructSeqType subentry_type = TY_STRUCTSEQ_TYPE("_lsprof.profiler_subentry", subentry_fields, 5, true);

/* ---- time ------------------------------------------------------------------------------- */

/* The time now in the profiler's units: the external timer's int (with a
** unit) or float seconds as nanoseconds, or the monotonic clock's
** nanoseconds.  A timer that fails is reported as unraisable, and reads 0
** (CPython's CallExternalTimer). */
static int64_t now(Profiler *p)
{
    if (!p->timer) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    }
    TyObject *o = tyObj_callNoArgs(p->timer);
    int64_t result = 0;
    int err = -1;
    if (o && p->timeunit > 0.0) {
        err = TY_INT_CHECK(o) ? tyInt_asI64(o, &result) : -1;
        if (err < 0 && !tyErr_occurred())
            tyErr_format(&TyExc_TypeError, "an integer is required (got type %T)", o);
    } else if (o) {
        double d = tyFloat_asDouble(o);
        if (!(d == -1.0 && tyErr_occurred())) {
            double ns = d * 1e9;
            if (ns >= -9223372036854775808.0 && ns < 9223372036854775808.0) {
                result = (int64_t)ns;
                if ((double)result > ns)
                    result--;
                err = 0;
            } else {
                tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
        }
    }
    TY_XDECREF(o);
    if (err < 0) {
        tyErr_writeUnraisable(p->timer);
        return 0;
    }
    return result;
}

/* ---- entries ----------------------------------------------------------------------------- */

/* The bucket of key among n (a power of two). */
static size_t hash_key(const void *key, size_t n)
{
    uintptr_t k = (uintptr_t)key;
    return (size_t)((k >> 4) ^ (k >> 13)) & (n - 1);
}

/* The entry of key, or NULL. */
static ProfEntry *find_entry(Profiler *p, const void *key)
{
    if (!p->nbuckets)
        return NULL;
    for (ProfEntry *e = p->buckets[hash_key(key, p->nbuckets)]; e; e = e->bucket_next)
        if (e->key == key)
            return e;
    return NULL;
}

/* A new entry for key (userobj borrowed), or NULL with POF_NOMEMORY set. */
static ProfEntry *add_entry(Profiler *p, const void *key, TyObject *userobj)
{
    if (p->nentries >= p->nbuckets) {
        size_t n = p->nbuckets ? p->nbuckets * 2 : 64;
        ProfEntry **b = tyMem_calloc(n, sizeof *b);
        if (!b) {
            p->flags |= POF_NOMEMORY;
            return NULL;
        }
        for (ProfEntry *e = p->first; e; e = e->order_next) {
            size_t h = hash_key(e->key, n);
            e->bucket_next = b[h];
            b[h] = e;
        }
        tyMem_free(p->buckets);
        p->buckets = b;
        p->nbuckets = n;
    }
    ProfEntry *e = tyMem_calloc(1, sizeof *e);
    if (!e) {
        p->flags |= POF_NOMEMORY;
        return NULL;
    }
    e->key = key;
    e->userobj = TY_NEWREF(userobj);
    size_t h = hash_key(key, p->nbuckets);
    e->bucket_next = p->buckets[h];
    p->buckets[h] = e;
    if (p->last)
        p->last->order_next = e;
    else
        p->first = e;
    p->last = e;
    p->nentries++;
    return e;
}

/* The record of caller calling callee, or NULL. */
static SubEntry *find_sub(ProfEntry *caller, ProfEntry *callee)
{
    for (SubEntry *s = caller->calls; s; s = s->next)
        if (s->callee == callee)
            return s;
    return NULL;
}

/* Frees every entry and context; the profiler starts afresh. */
static void clear_entries(Profiler *p)
{
    ProfEntry *e = p->first;
    while (e) {
        ProfEntry *next = e->order_next;
        SubEntry *s = e->calls;
        while (s) {
            SubEntry *sn = s->next;
            tyMem_free(s);
            s = sn;
        }
        TY_DECREF(e->userobj);
        tyMem_free(e);
        e = next;
    }
    p->first = p->last = NULL;
    tyMem_free(p->buckets);
    p->buckets = NULL;
    p->nbuckets = p->nentries = 0;
    Context *lists[2] = { p->current, p->free_contexts };
    for (int i = 0; i < 2; i++)
        for (Context *c = lists[i]; c;) {
            Context *prev = c->previous;
            tyMem_free(c);
            c = prev;
        }
    p->current = p->free_contexts = NULL;
}

/* ---- the calls in progress --------------------------------------------------------- */

/* A call of key starts (userobj describes it when the entry is new). */
static void enter_call(Profiler *p, const void *key, TyObject *userobj)
{
    ProfEntry *e = find_entry(p, key);
    if (!e && !(e = add_entry(p, key, userobj)))
        return;
    Context *c = p->free_contexts;
    if (c) {
        p->free_contexts = c->previous;
    } else if (!(c = tyMem_malloc(sizeof *c))) {
        p->flags |= POF_NOMEMORY;
        return;
    }
    c->entry = e;
    c->subt = 0;
    c->previous = p->current;
    p->current = c;
    e->recursion++;
    if ((p->flags & POF_SUBCALLS) && c->previous) {
        ProfEntry *caller = c->previous->entry;
        SubEntry *s = find_sub(caller, e);
        if (!s) {
            s = tyMem_calloc(1, sizeof *s);
            if (s) {
                s->callee = e;
                s->next = caller->calls;
                caller->calls = s;
            } else {
                p->flags |= POF_NOMEMORY;
            }
        }
        if (s)
            s->recursion++;
    }
    c->t0 = now(p);
}

/* The innermost call in progress ends: its times go to its entry (and to
** the sub-entry under its caller). */
static void stop(Profiler *p, Context *c, ProfEntry *e)
{
    int64_t tt = now(p) - c->t0;
    int64_t it = tt - c->subt;
    if (c->previous)
        c->previous->subt += tt;
    p->current = c->previous;
    if (--e->recursion == 0)
        e->tt += tt;
    else
        e->reccallcount++;
    e->it += it;
    e->callcount++;
    if ((p->flags & POF_SUBCALLS) && c->previous) {
        SubEntry *s = find_sub(c->previous->entry, e);
        if (s) {
            if (--s->recursion == 0)
                s->tt += tt;
            else
                s->reccallcount++;
            s->it += it;
            s->callcount++;
        }
    }
}

/* A call of key ends: the innermost context is stopped (or, with no entry
** for key, dropped, as CPython does) and kept for reuse. */
static void leave_call(Profiler *p, const void *key)
{
    Context *c = p->current;
    if (!c)
        return;
    ProfEntry *e = find_entry(p, key);
    if (e)
        stop(p, c, e);
    else
        p->current = c->previous;
    c->previous = p->free_contexts;
    p->free_contexts = c;
}

/* Ends every call still in progress (disable(), or the profiler going). */
static void flush_unmatched(Profiler *p)
{
    while (p->current) {
        Context *c = p->current;
        if (c->entry)
            stop(p, c, c->entry);
        else
            p->current = c->previous;
        tyMem_free(c);
    }
}

/*
** How CPython's normalizeUserObj names a built-in: "<built-in method
** builtins.len>" for a module's function, the repr of the method
** descriptor for a method ("<method 'append' of 'list' objects>").  New
** reference, or NULL.
*/
static TyObject *describe_builtin(TyCFunction *fn)
{
    const char *name = fn->def->name;
    TyObject *modname = fn->module_name && TY_STR_CHECK(fn->module_name) ? fn->module_name : NULL;
    if (!fn->self) {
        if (modname && !tyStr_eqC(modname, "builtins"))
            return tyStr_fromFormat("<%U.%s>", modname, name);
        return tyStr_fromFormat("<%s>", name);
    }
    TyObject *mo = tyType_lookupStr(TY_TYPE(fn->self), name);
    if (mo) {
        TY_INCREF(mo);
        TyObject *r = tyObj_repr(mo);
        TY_DECREF(mo);
        if (r)
            return r;
        tyErr_clear();
    }
    if (modname)
        return tyStr_fromFormat("<built-in method %U.%s>", modname, name);
    return tyStr_fromFormat("<built-in method %s>", name);
}

/*
** The profile callback: Profiler(frame, event, arg), called by tally's
** profile hook while the profiler is enabled.  None; a malformed call is a
** TypeError.
*/
static TyObject *profiler_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("profiler", kwnames) < 0 || tyArg_checkPositional("profiler", nargs, 3, 3) < 0)
        return NULL;
    if (!TY_FRAME_OBJECT_CHECK(args[0]) || !TY_STR_CHECK(args[1]))
        return tyErr_setString(&TyExc_TypeError, "profiler callback expects (frame, event, arg)");
    Profiler *p = PROF(self);
    TyObject *event = args[1], *arg = args[2];
    /* An exception in flight (a generator resumed by throw()) stays as it
    ** is: the bookkeeping below may not disturb it. */
    TyObject *saved = tyErr_fetch();
    TyFrame *f = ((TyFrameObject *)args[0])->frame;
    if (tyStr_eqC(event, "call")) {
        if (f)
            enter_call(p, f->code, (TyObject *)f->code);
    } else if (tyStr_eqC(event, "return")) {
        if (f)
            leave_call(p, f->code);
    } else if ((p->flags & POF_BUILTINS) && TY_TYPE(arg) == &TyCFunction_Type) {
        TyCFunction *fn = (TyCFunction *)arg;
        if (tyStr_eqC(event, "c_call")) {
            if (find_entry(p, fn->def)) {
                enter_call(p, fn->def, NULL);
            } else {
                /* A description that cannot be made is an entry that
                ** cannot be made: CPython reports both as MemoryError
                ** from disable() and getstats(). */
                TyObject *desc = describe_builtin(fn);
                if (desc) {
                    enter_call(p, fn->def, desc);
                    TY_DECREF(desc);
                } else {
                    tyErr_clear();
                    p->flags |= POF_NOMEMORY;
                }
            }
        } else if (tyStr_eqC(event, "c_return") || tyStr_eqC(event, "c_exception")) {
            leave_call(p, fn->def);
        }
    }
    if (saved)
        tyErr_restore(saved);
    return tyNone_new();
}

/* ---- the Profiler -------------------------------------------------------------------- */

/* A profiler with subcalls and builtins on and no timer: new reference. */
static TyObject *profiler_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Profiler *p = (Profiler *)tyType_genericAlloc(type, 0);
    if (p)
        p->flags = POF_SUBCALLS | POF_BUILTINS;
    return (TyObject *)p;
}

/* Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True). */
static int profiler_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "timer", "timeunit", "subcalls", "builtins", NULL };
    TyObject *a[4] = { NULL, NULL, NULL, NULL };
    double unit = 0.0;
    int subcalls = 1, builtins = 1;
    if (tyArg_unpack("Profiler", args, nargs, kwnames, names, 0, 4, a) < 0)
        return -1;
    if (a[1]) {
        unit = tyFloat_asDouble(a[1]);
        if (unit == -1.0 && tyErr_occurred())
            return -1;
    }
    if ((a[2] && tyArg_intI(a[2], &subcalls) < 0) || (a[3] && tyArg_intI(a[3], &builtins) < 0))
        return -1;
    Profiler *p = PROF(self);
    p->flags = (p->flags & ~(POF_SUBCALLS | POF_BUILTINS)) | (subcalls ? POF_SUBCALLS : 0) |
               (builtins ? POF_BUILTINS : 0);
    p->timeunit = unit;
    TY_XSETREF(p->timer, a[0] && a[0] != TY_NONE ? TY_NEWREF(a[0]) : NULL);
    return 0;
}

/* The timer is the only reference that can lead back to the profiler (the
** entries hold code objects and strs). */
static int profiler_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return PROF(o)->timer && visit(PROF(o)->timer, arg);
}

/* Drops the timer (the cycle collector's clear). */
static int profiler_clear(TyObject *o)
{
    TY_CLEAR(PROF(o)->timer);
    return 0;
}

/* Ends the calls in progress, frees the entries, releases the timer. */
static void profiler_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    Profiler *p = PROF(o);
    flush_unmatched(p);
    clear_entries(p);
    profiler_clear(o);
    tyObj_free(o);
}

/* The MemoryError CPython reports after an allocation failed while
** profiling: -1 with it set (and the flag reset), else 0. */
static int pending_exception(Profiler *p)
{
    if (p->flags & POF_NOMEMORY) {
        p->flags &= ~POF_NOMEMORY;
        tyErr_setString(&TyExc_MemoryError, "memory was exhausted while profiling");
        return -1;
    }
    return 0;
}

/* enable(subcalls=True, builtins=True): the flags given change, and the
** profiler becomes the profile function. */
TY_CFUNC(profiler_enable)
{
    static const char *const names[] = { "subcalls", "builtins", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (tyArg_unpack("enable", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    Profiler *p = PROF(self);
    for (int i = 0; i < 2; i++) {
        if (!a[i])
            continue;
        int on = tyObj_isTrue(a[i]);
        if (on < 0)
            return NULL;
        int bit = i == 0 ? POF_SUBCALLS : POF_BUILTINS;
        p->flags = on ? p->flags | bit : p->flags & ~bit;
    }
    tyTrace_setProfile(self);
    p->flags |= POF_ENABLED;
    return tyNone_new();
}

/* disable(): the profile function is removed (when it is this profiler),
** the calls in progress end; MemoryError if an entry could not be made. */
TY_CFUNC(profiler_disable)
{
    if (tyArg_checkPositional("disable", nargs, 0, 0) < 0 || tyArg_noKeywords("disable", kwnames) < 0)
        return NULL;
    Profiler *p = PROF(self);
    if ((p->flags & POF_ENABLED) && ty_state.trace.profile == self)
        tyTrace_setProfile(NULL);
    p->flags &= ~POF_ENABLED;
    flush_unmatched(p);
    if (pending_exception(p) < 0)
        return NULL;
    return tyNone_new();
}

/* clear(): every entry and call in progress is forgotten. */
TY_CFUNC(profiler_clear_m)
{
    if (tyArg_checkPositional("clear", nargs, 0, 0) < 0 || tyArg_noKeywords("clear", kwnames) < 0)
        return NULL;
    clear_entries(PROF(self));
    return tyNone_new();
}

/* getstats(): a profiler_entry per function called at least once, with
** its callees' profiler_subentry list (None when it called none). */
TY_CFUNC(profiler_getstats)
{
    if (tyArg_checkPositional("getstats", nargs, 0, 0) < 0 || tyArg_noKeywords("getstats", kwnames) < 0)
        return NULL;
    Profiler *p = PROF(self);
    if (pending_exception(p) < 0)
        return NULL;
    double factor = !p->timer || p->timeunit == 0.0 ? 1e-9 : p->timeunit;
    TyObject *list = tyList_new(0);
    for (ProfEntry *e = p->first; list && e; e = e->order_next) {
        if (e->callcount == 0)
            continue;
        TyObject *calls = NULL;
        if (e->calls) {
            calls = tyList_new(0);
            /* Sub-entries were added at the front: report them oldest first. */
            size_t n = 0;
            for (SubEntry *s = e->calls; s; s = s->next)
                n++;
            for (size_t k = n; calls && k-- > 0;) {
                SubEntry *s = e->calls;
                for (size_t j = 0; j < k; j++)
                    s = s->next;
                TyObject *v[5] = { TY_NEWREF(s->callee->userobj), tyInt_fromI64(s->callcount),
                                   tyInt_fromI64(s->reccallcount), tyFloat_from(factor * (double)s->tt),
                                   tyFloat_from(factor * (double)s->it) };
                TyObject *se = tyStructSeq_fromValues(&subentry_type, v);
                if (!se || tyList_append(calls, se) < 0)
                    TY_CLEAR(calls);
                TY_XDECREF(se);
            }
        } else {
            calls = TY_NEWREF(TY_NONE);
        }
        TyObject *v[6] = { TY_NEWREF(e->userobj), tyInt_fromI64(e->callcount), tyInt_fromI64(e->reccallcount),
                           tyFloat_from(factor * (double)e->tt), tyFloat_from(factor * (double)e->it), calls };
        TyObject *se = tyStructSeq_fromValues(&entry_type, v);
        if (!se || tyList_append(list, se) < 0)
            TY_CLEAR(list);
        TY_XDECREF(se);
    }
    return list;
}

static TyMethodDef profiler_methods[] = {
    { "getstats", profiler_getstats, TY_METH_DEFAULT,
      "getstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\n"
      "Each profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n"
      "    code          code object\n    callcount     how many times this was called\n"
      "    reccallcount  how many times called recursively\n"
      "    totaltime     total time in this entry\n"
      "    inlinetime    inline time in this entry (not in subcalls)\n"
      "    calls         details of the calls\n\n"
      "The calls attribute is either None or a list of\nprofiler_subentry objects:\n\n"
      "    code          called code object\n    callcount     how many times this is called\n"
      "    reccallcount  how many times this is called recursively\n"
      "    totaltime     total time spent in this call\n"
      "    inlinetime    inline time (not in further subcalls)\n" },
    { "enable", profiler_enable, TY_METH_DEFAULT,
      "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information.\n"
      "If 'subcalls' is True, also records for each function\n"
      "statistics separated according to its current caller.\n"
      "If 'builtins' is True, records the time spent in\nbuilt-in functions separately from their caller.\n" },
    { "disable", profiler_disable, TY_METH_DEFAULT, "disable()\n\nStop collecting profiling information.\n" },
    { "clear", profiler_clear_m, TY_METH_DEFAULT, "clear()\n\nClear all profiling information collected so far.\n" },
    { NULL, NULL, 0, NULL },
};

static TyType Profiler_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_lsprof.Profiler",
    .basicsize = sizeof(Profiler),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = profiler_dealloc,
    .call = profiler_call,
    .traverse = profiler_traverse,
    .clear = profiler_clear,
    .tp_new = profiler_new,
    .tp_init = profiler_init,
    .methods = profiler_methods,
    .doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
           "    Builds a profiler object using the specified timer function.\n"
           "    The default timer is a fast built-in one based on real time.\n"
           "    For custom timer functions returning integers, timeunit can\n"
           "    be a float specifying a scale (i.e. how long each integer unit\n"
           "    is, in seconds).\n",
};

/* The module: new reference, or NULL. */
TyObject *tyLsprof_create(void)
{
    if (tyType_ready(&Profiler_Type) < 0 || tyStructSeq_ready(&entry_type) < 0 ||
        tyStructSeq_ready(&subentry_type) < 0)
        return NULL;
    TyObject *m = tyModule_new("_lsprof", NULL);
    if (m && (tyModule_addObject(m, "Profiler", (TyObject *)&Profiler_Type) < 0 ||
              tyModule_addObject(m, "profiler_entry", (TyObject *)&entry_type.type) < 0 ||
              tyModule_addObject(m, "profiler_subentry", (TyObject *)&subentry_type.type) < 0))
        TY_CLEAR(m);
    return m;
}

/* Releases the module's types (at exit). */
void tyLsprof_fini(void)
{
    tyType_finiStatic(&Profiler_Type);
    tyType_finiStatic(&entry_type.type);
    tyType_finiStatic(&subentry_type.type);
}
