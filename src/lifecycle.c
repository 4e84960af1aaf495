/*
** lifecycle.c — bringing the interpreter up and tearing it down so that
** nothing is left alive: every module, global, interned string and cached
** object is released at exit, and the debug build checks that the count
** of live objects is back to zero.
*/
#define _GNU_SOURCE            /* pthread_getattr_np */
#include <pthread.h>
#include "tally.h"
#include "watch.h"
#include "trace.h"
#include "vm.h"
#include "import.h"
#include "lifecycle.h"
#include "objects/weakref.h"
#include "alloc.h"
#include "ziparchive.h"
#include "modules/sitebuiltins.h"
#include "modules/builtins.h"
#include "modules/sys.h"
#include "modules/atexit.h"
#include "modtable.h"
#include "objects/code.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/set.h"
#include "objects/iter.h"
#include "objects/class.h"
#include "objects/textio.h"
#include "objects/fileio.h"
#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "objects/mappingproxy.h"
#include "objects/genericalias.h"
#include "objects/union.h"
#include "objects/slots.h"
#include "objects/member.h"
#include "objects/frame.h"
#include "objects/coroutine.h"
#include "objects/hostfunc.h"

TyState ty_state;

/* Every static type, readied at start-up and released at exit.  Bases
** come before their subclasses. */
TyType *const ty_static_types[] = {
    &TyBaseObject_Type, &TyType_Type, &TyNone_Type, &TyNotImplemented_Type, &TyEllipsis_Type,
    &TyInt_Type, &TyBool_Type, &TyFloat_Type, &TyComplex_Type, &TyStr_Type, &TyStrIter_Type, &TyStrAsciiIter_Type,
    &TyBytes_Type, &TyBytesIter_Type, &TyByteArray_Type, &TyByteArrayIter_Type, &TyMemoryView_Type,
    &TyTuple_Type, &TyTupleIter_Type, &TyList_Type, &TyListIter_Type, &TyListRevIter_Type,
    &TyDict_Type, &TyDictKeysView_Type, &TyDictValuesView_Type, &TyDictItemsView_Type,
    &TyDictKeyIter_Type, &TyDictValueIter_Type, &TyDictItemIter_Type, &TyDictRevKeyIter_Type,
    &TyDictRevValueIter_Type, &TyDictRevItemIter_Type,
    &TySet_Type, &TyFrozenSet_Type, &TySetIter_Type, &TyRange_Type, &TyRangeIter_Type, &TyLongRangeIter_Type,
    &TySlice_Type, &TySeqIter_Type, &TyCallIter_Type, &TyEnum_Type, &TyZip_Type, &TyMap_Type,
    &TyFilter_Type, &TyReversed_Type, &TyCFunction_Type, &TyMethodDescr_Type,
    &TyClassMethodDescr_Type, &TyGetSetDescr_Type, &TyWrapperDescr_Type, &TyMethodWrapper_Type,
    &TyMethod_Type, &TyModule_Type, &TyMappingProxy_Type, &TyCode_Type, &TyFunction_Type,
    &TyCell_Type, &TyGen_Type, &TyCoro_Type, &TyCoroWrapper_Type, &TyAsyncGen_Type,
    &TyAsyncGenASend_Type, &TyAsyncGenAThrow_Type, &TyAsyncGenWrappedValue_Type, &TyANextAwaitable_Type,
    &TyFrameObject_Type, &TyStaticMethod_Type, &TyClassMethod_Type, &TyProperty_Type,
    &TySuper_Type, &TyGenericAlias_Type, &TyGAIter_Type, &TyUnion_Type, &TyMemberDescr_Type, &TyFileText_Type,
    &TyFileReader_Type, &TyFileWriter_Type, &TyFileRandom_Type, &TyFileRaw_Type, &TyHostFunc_Type, NULL,
};

static int init_identifiers(void)
{
#define TY_X_(n)                                  \
    ty_state.id.n = tyStr_internC(#n);            \
    if (!ty_state.id.n)                           \
        return -1;
    TY_IDENTIFIERS(TY_X_)
#undef TY_X_
    return 0;
}

static void fini_identifiers(void)
{
#define TY_X_(n) TY_CLEAR(ty_state.id.n);
    TY_IDENTIFIERS(TY_X_)
#undef TY_X_
}

static int init_main_module(void)
{
    TyObject *main = tyModule_new("__main__", NULL);
    if (!main)
        return -1;
    TyObject *d = TY_MODULE_DICT(main);
    int r = tyDict_setItem(d, TY_ID(__builtins__), ty_state.builtins_module) < 0 ||
            tyDict_setItem(ty_state.modules, TY_ID(__main__), main) < 0 ? -1 : 0;
    ty_state.main_dict = TY_NEWREF(d);
    TY_DECREF(main);
    return r;
}

/* Where this thread's C stack ends, with room left for the deepest C
** path between two recursion checks (compiling a deeply nested
** expression handed to eval() is the worst): a sixteenth of the stack,
** 16 MiB of the interpreter thread's 512. */
static uintptr_t stack_floor(void)
{
    pthread_attr_t attr;
    void *low;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    int r = pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
    if (r != 0)
        return 0;
    return (uintptr_t)low + size / 16;
}

/*
** Everything an earlier interpreter of this process left in the state
** goes (its teardown flags, handlers, counters), except what is set
** before start-up (the options, the allocator and its accounting) and the
** type epoch, which must keep growing: method-cache entries of an earlier
** interpreter name objects that are gone.
*/
static void reset_state(void)
{
    TyOptions opt = ty_state.opt;
    TyMemState mem = ty_state.mem;
    TyAllocState alloc = ty_state.alloc;
    uint32_t epoch = ty_state.type_epoch;
    memset(&ty_state, 0, sizeof ty_state);
    ty_state.opt = opt;
    ty_state.mem = mem;
    ty_state.alloc = alloc;
    ty_state.type_epoch = epoch;
}

int tyLife_init(int argc, char **argv)
{
    /* A first interpreter finds the state as the loader zeroed it; a
    ** later one clears what the one before left.  Clearing at teardown
    ** instead would fault in the pages nothing touched (the method
    ** cache's, in a short run), only for the process to exit. */
    static bool state_used;
    if (state_used)
        reset_state();
    state_used = true;
    ty_state.recursion_limit = 1000;
    ty_state.base_exc_info = (TyExcInfo){ NULL, NULL };
    ty_state.exc_info = &ty_state.base_exc_info;
    ty_state.stack_floor = stack_floor();
    tyType_modified(NULL);
#ifdef TY_DEBUG
    tyMem_enableRegistry();
#endif
    tyGC_init();
    tyStr_init();
    tyInt_init();
    if (init_identifiers() < 0)
        goto fail;
    for (int i = 0; ty_static_types[i]; i++)
        if (tyType_ready(ty_static_types[i]) < 0)
            goto fail;
    if (tyVM_init() < 0 || tyGenericAlias_init() < 0)
        goto fail;
    ty_state.builtins_module = tyBuiltins_create();
    if (!ty_state.builtins_module)
        goto fail;
    ty_state.builtins = TY_NEWREF(TY_MODULE_DICT(ty_state.builtins_module));
    ty_state.builtins_copy = tyDict_copy(ty_state.builtins);
    if (!ty_state.builtins_copy || tyErr_initSpareMemoryError() < 0)
        goto fail;
    if (tySitebuiltins_install(ty_state.builtins) < 0)
        goto fail;
    ty_state.modules = tyDict_new();
    if (!ty_state.modules)
        goto fail;
    ty_state.sys = tySys_create(argc, argv);
    if (!ty_state.sys || tyDict_setItemStr(ty_state.modules, "sys", ty_state.sys) < 0 ||
        tyDict_setItemStr(ty_state.modules, "builtins", ty_state.builtins_module) < 0)
        goto fail;
    if (init_main_module() < 0)
        goto fail;
    /* CPython collects inside the allocation that crosses the threshold, so
    ** start-up's collections are over before the program is compiled; one
    ** still pending here would run at the program's first instruction and
    ** untrack the constant tuples just compiled, which CPython's keep
    ** tracked until a collection. */
    tyGC_collectStartup();
    ty_state.type.mcache_on = true;
    return 0;
fail:
    return -1;
}

/*
** CPython's _PyModule_ClearDict: set to None first every name that starts
** with a single underscore, then every other name but __builtins__ (left
** for the destructors that still run), in the namespace's order.
*/
static void clear_module_dict(TyObject *d)
{
    if (!d || !TY_DICT_CHECK(d))
        return;
    TyObject *keys = tyDict_keys(d);
    if (!keys) {
        tyErr_clear();
        return;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (ssize_t i = 0; i < TY_LIST_LEN(keys); i++) {
            TyObject *k = TY_LIST_GET(keys, i);
            TyObject *v = tyDict_getItem(d, k);
            if (!v || v == TY_NONE || !TY_STR_CHECK(k))
                continue;
            const char *name = TY_STR_UTF8(k);
            bool private = name[0] == '_' && name[1] != '_';
            if (pass == 0 ? !private : strcmp(name, "__builtins__") == 0)
                continue;
            if (tyDict_setItem(d, k, TY_NONE) < 0)
                tyErr_clear();
        }
    }
    TY_DECREF(keys);
}

/* The sys attributes CPython sets to None before tearing modules down
** (where user objects often hide), and the standard streams it restores. */
static void delete_special_sys_names(TyObject *sysdict)
{
    static const char *const names[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__", NULL
    };
    static const char *const streams[] = { "stdin", "stdout", "stderr", NULL };
    for (int i = 0; names[i]; i++)
        if (tyDict_setItemStr(sysdict, names[i], TY_NONE) < 0)
            tyErr_clear();
    for (int i = 0; streams[i]; i++) {
        char saved[16];
        snprintf(saved, sizeof saved, "__%s__", streams[i]);
        TyObject *orig = tyDict_getItemStr(sysdict, saved);
        if (orig && tyDict_setItemStr(sysdict, streams[i], orig) < 0)
            tyErr_clear();
    }
}

/*
** Interpreter exit, in CPython 3.11's order (Py_FinalizeEx and
** finalize_modules), which decides when the __del__ methods of objects the
** modules still hold run:
**   1. a full collection while everything is alive, unless gc.disable()
**      turned automatic collection off (CPython's _PyGC_CollectIfEnabled;
**      it also orders the collector's lists by what reaches what, as
**      CPython's does);
**   2. special sys names to None; every sys.modules entry set to None in
**      import order, releasing modules nothing else holds; sys.modules
**      emptied; the builtins namespace emptied and refilled from its
**      start-up copy (what a program added to it goes);
**   3. a full collection: the namespaces that only cycles hold (any module
**      defining a function or class) are finalized and broken here;
**   4. the namespace of every module still alive cleared, the last
**      imported first (clear_module_dict);
**   5. the sys and builtins namespaces cleared the same way.
*/
static void finalize_modules(void)
{
    TY_CLEAR(ty_state.main_dict);
    if (ty_state.gc.enabled)
        tyGC_collect(2);
    tyErr_clear();
    TyObject *alive = tyList_new(0);
    if (ty_state.sys)
        delete_special_sys_names(TY_MODULE_DICT(ty_state.sys));
    if (ty_state.modules && alive) {
        TyObject *names = tyDict_keys(ty_state.modules);
        for (ssize_t i = 0; names && i < TY_LIST_LEN(names); i++) {
            TyObject *name = TY_LIST_GET(names, i);
            TyObject *m = tyDict_getItem(ty_state.modules, name);
            if (m && TY_MODULE_CHECK(m)) {
                TyObject *ref = tyWeakref_new(m, NULL);
                if (!ref || tyList_append(alive, ref) < 0)
                    tyErr_clear();
                TY_XDECREF(ref);
            }
            if (tyDict_setItem(ty_state.modules, name, TY_NONE) < 0)
                tyErr_clear();
        }
        TY_XDECREF(names);
        tyErr_clear();
        tyDict_clear(ty_state.modules);
    }
    if (ty_state.builtins && ty_state.builtins_copy) {
        /* What the program put there is released only once the
        ** namespace is whole again, for the destructors that run. */
        TyObject *current = tyDict_copy(ty_state.builtins);
        tyDict_clear(ty_state.builtins);
        if (tyDict_update(ty_state.builtins, ty_state.builtins_copy) < 0)
            tyErr_clear();
        TY_XDECREF(current);
        tyErr_clear();
    }
    TY_CLEAR(ty_state.builtins_copy);
    tyGC_collect(2);
    tyErr_clear();
    for (ssize_t i = alive ? TY_LIST_LEN(alive) - 1 : -1; i >= 0; i--) {
        TyObject *m = tyWeakref_get(TY_LIST_GET(alive, i));
        if (!m || m == ty_state.sys || m == ty_state.builtins_module)
            continue;
        TY_INCREF(m);
        clear_module_dict(TY_MODULE_DICT(m));
        TY_DECREF(m);
    }
    TY_XDECREF(alive);
    if (ty_state.sys)
        clear_module_dict(TY_MODULE_DICT(ty_state.sys));
    clear_module_dict(ty_state.builtins);
    TY_CLEAR(ty_state.sys);
    TY_CLEAR(ty_state.modules);
    TY_CLEAR(ty_state.base_exc_info.value);
    TY_CLEAR(ty_state.asyncgen_firstiter);
    TY_CLEAR(ty_state.asyncgen_finalizer);
    if (tyTrace_set(NULL) < 0)
        tyErr_clear();
    if (tyTrace_setProfile(NULL) < 0)
        tyErr_clear();
    TY_CLEAR(ty_state.exc);
    if (ty_state.builtins)
        tyDict_clear(ty_state.builtins);
    TY_CLEAR(ty_state.builtins);
    TY_CLEAR(ty_state.builtins_module);
    TY_CLEAR(ty_state.repr_running);
    ty_state.modules_gone = true;
}

/*
** Teardown leaves ty_state as it ends; the next tyLife_init in this
** process puts every part back to its zero start (no finalizing flag,
** handled exception, pending signal, cache entry or counter carries over),
** except the allocation accounting and the allocator's pools, which
** describe memory that may still be in use (a leak report reads them), and
** the options: the host set them and reads them after teardown.
*/
#ifdef TY_DEBUG
static void report_leak(TyObject *o, void *arg)
{
    int *shown = arg;
    if ((*shown)++ >= 20)
        return;
    fprintf(stderr, "tally-debug:   %s at %p, refcount %zd\n", TY_TYPE(o)->name, (void *)o, o->refcnt);
}
#endif

/* The static types' dicts and their values, alive until the types are
** released, go out of teardown's collection scans (tyGC_setAsideObject). */
static void set_aside_static_types(void)
{
    for (int i = 0; ty_static_types[i]; i++) {
        TyObject *d = ty_static_types[i]->dict, *k, *v;
        if (!d)
            continue;
        tyGC_setAsideObject(d);
        ssize_t pos = 0;
        while (tyDict_next(d, &pos, &k, &v))
            if (tyGC_isGCObject(v))
                tyGC_setAsideObject(v);
    }
}

/* The first part of teardown: all of it a program can observe. */
static void fini_observable(void)
{
    fflush(stdout);
    tyWatch_fini();
    /* The atexit functions (weakref.finalize's among them) run while every
    ** module is intact, as CPython runs them first; from then on
    ** sys.is_finalizing() is true. */
    tyAtexit_run();
    ty_state.finalizing = true;
    /* Under gc.DEBUG_SAVEALL the last collections would keep the garbage
    ** in gc.garbage, which goes too. */
    ty_state.gc.debug = 0;
    set_aside_static_types();
    finalize_modules();
    tyGC_fini();
    for (size_t i = 0; i < ty_builtin_module_count; i++)
        if (ty_builtin_modules[i].fini)
            ty_builtin_modules[i].fini();
    tyTextIO_fini();
    tyZip_fini();
    tyErr_finiSpareMemoryError();
}

bool tyLife_finiForExit(void)
{
#ifdef TY_DEBUG
    return false;
#else
    if (tyAlloc_checked())
        return false;
    fini_observable();
    return true;
#endif
}

ssize_t tyLife_fini(void)
{
    fini_observable();
    tyGC_restoreAside();
    for (int i = 0; ty_static_types[i]; i++)
        tyType_finiStatic(ty_static_types[i]);
    tyExc_fini();
    tyGC_fini();
    tyFloat_clearFreelist();
    tyInt_clearFreelist();
    tyTuple_clearFreelist();
    tyList_clearFreelist();
    tyDict_clearFreelist();
    tySlice_clearFreelist();
    tySlots_fini();
    fini_identifiers();
    tyStr_fini();
    tyVM_fini();
    ssize_t live = tyMem_liveObjects();
#ifdef TY_DEBUG
    if (live != 0) {
        fprintf(stderr, "tally-debug: leaked %zd objects\n", live);
        int shown = 0;
        tyMem_forEachLive(report_leak, &shown);
    }
#endif
    tyAlloc_fini();
    return live;
}
