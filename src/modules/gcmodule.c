/*
** gcmodule.c — the `gc` module: controlling and inspecting the cycle
** collector (gc.c), with CPython 3.11's functions, arguments, errors and
** return values (docs/internals.md, "The cycle collector").
**
** get_referrers and get_referents see exactly what the collector sees:
** the tracked objects of the three generations (not the permanent one)
** and the references each type's traverse slot reports.
*/
#include <limits.h>
#include "tally.h"
#include "modules/gcmodule.h"

#define NUM_GENERATIONS 3

/* Argument checks for the functions without parameters / with one. */
static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

static int one_arg(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return -1;
    return 0;
}

/* The optional `generation` parameter of collect() / get_objects(). */
static int generation_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                          TyObject **out)
{
    static const char *const names[] = { "generation", NULL };
    if (nargs > 1) {
        tyErr_format(&TyExc_TypeError, "%s() takes at most 1 argument (%zu given)", fname, nargs);
        return -1;
    }
    return tyArg_unpack(fname, args, nargs, kwnames, names, 0, 1, out);
}

TY_CFUNC(gc_enable)
{
    if (no_args("gc.enable", nargs, kwnames) < 0)
        return NULL;
    ty_state.gc.enabled = true;
    return tyNone_new();
}

TY_CFUNC(gc_disable)
{
    if (no_args("gc.disable", nargs, kwnames) < 0)
        return NULL;
    ty_state.gc.enabled = false;
    return tyNone_new();
}

TY_CFUNC(gc_isenabled)
{
    if (no_args("gc.isenabled", nargs, kwnames) < 0)
        return NULL;
    return tyBool_from(ty_state.gc.enabled);
}

TY_CFUNC(gc_collect)
{
    TyObject *a[1];
    int generation = NUM_GENERATIONS - 1;
    if (generation_arg("collect", args, nargs, kwnames, a) < 0)
        return NULL;
    if (a[0] && tyArg_int(a[0], &generation) < 0)
        return NULL;
    if (generation < 0 || generation >= NUM_GENERATIONS)
        return tyErr_setString(&TyExc_ValueError, "invalid generation");
    return tyInt_fromI64(tyGC_collect(generation));
}

TY_CFUNC(gc_get_count)
{
    if (no_args("gc.get_count", nargs, kwnames) < 0)
        return NULL;
    TyGCState *gc = &ty_state.gc;
    TyObject *c0 = tyInt_fromI64(gc->gen[0].count);
    TyObject *c1 = tyInt_fromI64(gc->gen[1].count);
    TyObject *c2 = tyInt_fromI64(gc->gen[2].count);
    TyObject *r = c0 && c1 && c2 ? tyTuple_pack(3, c0, c1, c2) : NULL;
    TY_XDECREF(c0);
    TY_XDECREF(c1);
    TY_XDECREF(c2);
    return r;
}

TY_CFUNC(gc_get_threshold)
{
    if (no_args("gc.get_threshold", nargs, kwnames) < 0)
        return NULL;
    TyGCState *gc = &ty_state.gc;
    TyObject *t0 = tyInt_fromI64(gc->gen[0].threshold);
    TyObject *t1 = tyInt_fromI64(gc->gen[1].threshold);
    TyObject *t2 = tyInt_fromI64(gc->gen[2].threshold);
    TyObject *r = t0 && t1 && t2 ? tyTuple_pack(3, t0, t1, t2) : NULL;
    TY_XDECREF(t0);
    TY_XDECREF(t1);
    TY_XDECREF(t2);
    return r;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]): the thresholds
** not given keep their values; threshold0 == 0 turns automatic collection
** off. */
TY_CFUNC(gc_set_threshold)
{
    if (tyArg_noKeywords("set_threshold", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return tyErr_format(&TyExc_TypeError, "set_threshold() takes at least 1 argument (%zu given)", nargs);
    if (nargs > NUM_GENERATIONS)
        return tyErr_format(&TyExc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
    int t[NUM_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (tyArg_intI(args[i], &t[i]) < 0)
            return NULL;
    for (size_t i = 0; i < nargs; i++)
        ty_state.gc.gen[i].threshold = t[i];
    return tyNone_new();
}

TY_CFUNC(gc_get_debug)
{
    if (no_args("gc.get_debug", nargs, kwnames) < 0)
        return NULL;
    return tyInt_fromI64(ty_state.gc.debug);
}

TY_CFUNC(gc_set_debug)
{
    int flags;
    if (one_arg("gc.set_debug", nargs, kwnames) < 0 || tyArg_int(args[0], &flags) < 0)
        return NULL;
    ty_state.gc.debug = flags;
    return tyNone_new();
}

/* ---- listing objects ------------------------------------------------------------ */

typedef struct ObjectScan {
    TyObject *result;        /* the list being built (never listed itself) */
    TyObject *const *targets;/* get_referrers: the objects looked for */
    size_t ntargets;
    bool found;              /* get_referrers: the current object refers to a target */
} ObjectScan;

static int append_tracked(TyObject *o, void *arg)
{
    ObjectScan *scan = arg;
    if (o == scan->result)
        return 0;
    return tyList_append(scan->result, o) < 0 ? -1 : 0;
}

/* get_objects(generation=None): every tracked object (of one generation),
** excluding the list returned. */
TY_CFUNC(gc_get_objects)
{
    TyObject *a[1];
    if (generation_arg("get_objects", args, nargs, kwnames, a) < 0)
        return NULL;
    ssize_t generation = -1;
    if (a[0] && a[0] != TY_NONE) {
        if (!TY_INT_CHECK(a[0]))
            return tyErr_format(&TyExc_TypeError, "argument should be integer or None, not '%s'",
                                tyType_name(TY_TYPE(a[0])));
        generation = tyNum_asSsize(a[0], NULL);
        if (generation == -1 && tyErr_occurred())
            return NULL;
        if (generation >= NUM_GENERATIONS)
            return tyErr_format(&TyExc_ValueError,
                                "generation parameter must be less than the number of available "
                                "generations (%d)", NUM_GENERATIONS);
        if (generation < -1)
            return tyErr_setString(&TyExc_ValueError, "generation parameter cannot be negative");
    }
    ObjectScan scan = { .result = tyList_new(0) };
    if (!scan.result)
        return NULL;
    if (tyGC_forEachTracked((int)generation, append_tracked, &scan) < 0) {
        TY_DECREF(scan.result);
        return NULL;
    }
    return scan.result;
}

static int visit_find_target(TyObject *o, void *arg)
{
    ObjectScan *scan = arg;
    for (size_t i = 0; i < scan->ntargets; i++) {
        if (o == scan->targets[i]) {
            scan->found = true;
            return 1;
        }
    }
    return 0;
}

static int append_if_referrer(TyObject *o, void *arg)
{
    ObjectScan *scan = arg;
    ty_traverseproc traverse = TY_TYPE(o)->traverse;
    if (o == scan->result || !traverse)
        return 0;
    scan->found = false;
    traverse(o, visit_find_target, scan);
    if (scan->found && tyList_append(scan->result, o) < 0)
        return -1;
    return 0;
}

/* get_referrers(*objs): the tracked objects that refer to any of objs. */
TY_CFUNC(gc_get_referrers)
{
    if (tyArg_noKeywords("get_referrers", kwnames) < 0)
        return NULL;
    ObjectScan scan = { .result = tyList_new(0), .targets = args, .ntargets = nargs };
    if (!scan.result)
        return NULL;
    if (nargs > 0 && tyGC_forEachTracked(-1, append_if_referrer, &scan) < 0) {
        TY_DECREF(scan.result);
        return NULL;
    }
    return scan.result;
}

static int visit_append(TyObject *o, void *arg)
{
    return tyList_append(arg, o) < 0 ? 1 : 0;
}

/* get_referents(*objs): what each of objs (the GC objects among them)
** refers to, in traverse order. */
TY_CFUNC(gc_get_referents)
{
    if (tyArg_noKeywords("get_referents", kwnames) < 0)
        return NULL;
    TyObject *result = tyList_new(0);
    if (!result)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        TyObject *o = args[i];
        ty_traverseproc traverse = TY_TYPE(o)->traverse;
        if (!tyGC_isGCObject(o) || !traverse)
            continue;
        if (traverse(o, visit_append, result) && tyErr_occurred()) {
            TY_DECREF(result);
            return NULL;
        }
    }
    return result;
}

TY_CFUNC(gc_get_stats)
{
    if (no_args("gc.get_stats", nargs, kwnames) < 0)
        return NULL;
    TyObject *result = tyList_new(NUM_GENERATIONS);
    if (!result)
        return NULL;
    for (int g = 0; g < NUM_GENERATIONS; g++)
        TY_LIST_SET(result, g, tyNone_new());
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        TyGCStats *st = &ty_state.gc.stats[g];
        TyObject *d = tyDict_new();
        TyObject *v[3] = { tyInt_fromI64(st->collections), tyInt_fromI64(st->collected),
                           tyInt_fromI64(st->uncollectable) };
        int r = d && v[0] && v[1] && v[2] && tyDict_setItemStr(d, "collections", v[0]) == 0 &&
                tyDict_setItemStr(d, "collected", v[1]) == 0 &&
                tyDict_setItemStr(d, "uncollectable", v[2]) == 0 ? 0 : -1;
        for (int i = 0; i < 3; i++)
            TY_XDECREF(v[i]);
        if (r < 0) {
            TY_XDECREF(d);
            TY_DECREF(result);
            return NULL;
        }
        TY_SETREF(TY_LIST_ITEMS(result)[g], d);
    }
    return result;
}

TY_CFUNC(gc_is_tracked)
{
    if (one_arg("gc.is_tracked", nargs, kwnames) < 0)
        return NULL;
    TyObject *o = args[0];
    return tyBool_from(tyGC_isGCObject(o) && tyGC_isTracked(o));
}

TY_CFUNC(gc_is_finalized)
{
    if (one_arg("gc.is_finalized", nargs, kwnames) < 0)
        return NULL;
    return tyBool_from(tyGC_isFinalized(args[0]));
}

TY_CFUNC(gc_freeze)
{
    if (no_args("gc.freeze", nargs, kwnames) < 0)
        return NULL;
    tyGC_freeze();
    return tyNone_new();
}

TY_CFUNC(gc_unfreeze)
{
    if (no_args("gc.unfreeze", nargs, kwnames) < 0)
        return NULL;
    tyGC_unfreeze();
    return tyNone_new();
}

TY_CFUNC(gc_get_freeze_count)
{
    if (no_args("gc.get_freeze_count", nargs, kwnames) < 0)
        return NULL;
    return tyInt_fromI64(tyGC_generationSize(NUM_GENERATIONS));
}

static TyMethodDef gc_methods[] = {
    { "enable", gc_enable, 0, "Enable automatic garbage collection." },
    { "disable", gc_disable, 0, "Disable automatic garbage collection." },
    { "isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled." },
    { "set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags." },
    { "get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags." },
    { "get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts." },
    { "set_threshold", gc_set_threshold, 0, "Set the collection thresholds (the collection frequency)." },
    { "get_threshold", gc_get_threshold, 0, "Return the current collection thresholds." },
    { "collect", gc_collect, 0, "Run the garbage collector; return the number of unreachable objects found." },
    { "get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector (excluding the list returned)." },
    { "get_stats", gc_get_stats, 0, "Return a list of dictionaries containing per-generation statistics." },
    { "is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector." },
    { "is_finalized", gc_is_finalized, 0, "Returns true if the object has been already finalized by the GC." },
    { "get_referrers", gc_get_referrers, 0, "Return the list of objects that directly refer to any of objs." },
    { "get_referents", gc_get_referents, 0, "Return the list of objects that are directly referred to by objs." },
    { "freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections." },
    { "unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation." },
    { "get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation." },
    { NULL }
};

/* The list in *slot, made when missing: borrowed. */
static TyObject *state_list(TyObject **slot)
{
    if (!*slot)
        *slot = tyList_new(0);
    return *slot;
}

TyObject *tyGCModule_create(void)
{
    TyObject *m = tyModule_new("gc", gc_methods);
    if (!m)
        return NULL;
    TyObject *garbage = state_list(&ty_state.gc.garbage);
    TyObject *callbacks = state_list(&ty_state.gc.callbacks);
    if (!garbage || !callbacks || tyModule_addObject(m, "garbage", garbage) < 0 ||
        tyModule_addObject(m, "callbacks", callbacks) < 0 ||
        tyModule_addInt(m, "DEBUG_STATS", 1) < 0 ||
        tyModule_addInt(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        tyModule_addInt(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        tyModule_addInt(m, "DEBUG_SAVEALL", 32) < 0 ||
        tyModule_addInt(m, "DEBUG_LEAK", 38) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
