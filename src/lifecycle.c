/*
** lifecycle.c — bringing the interpreter up and tearing it down so that
** nothing is left alive: every module, global, interned string and cached
** object is released at exit, and the debug build checks that the count
** of live objects is back to zero.
*/
#define _GNU_SOURCE            /* pthread_getattr_np */
#include <pthread.h>
#include "tally.h"
#include "vm.h"
#include "import.h"
#include "lifecycle.h"
#include "alloc.h"
#include "modules/sitebuiltins.h"
#include "modules/builtins.h"
#include "modules/sys.h"
#include "modules/time.h"
#include "modules/random.h"
#include "modules/weakrefmodule.h"
#include "modules/ctypes.h"
#include "modules/typing.h"
#include "modules/collections.h"
#include "modules/itertools.h"
#include "modules/functools.h"
#include "objects/code.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/set.h"
#include "objects/iter.h"
#include "objects/class.h"
#include "objects/textio.h"
#include "objects/fileio.h"
#include "objects/bytearray.h"
#include "objects/mappingproxy.h"
#include "objects/genericalias.h"
#include "objects/union.h"
#include "objects/slots.h"
#include "objects/member.h"
#include "objects/frame.h"

TyState ty_state;

/* Every static type, readied at start-up and released at exit.  Bases
** come before their subclasses. */
TyType *const ty_static_types[] = {
    &TyBaseObject_Type, &TyType_Type, &TyNone_Type, &TyNotImplemented_Type, &TyEllipsis_Type,
    &TyInt_Type, &TyBool_Type, &TyFloat_Type, &TyStr_Type, &TyStrIter_Type, &TyStrAsciiIter_Type,
    &TyBytes_Type, &TyBytesIter_Type, &TyByteArray_Type, &TyByteArrayIter_Type,
    &TyTuple_Type, &TyTupleIter_Type, &TyList_Type, &TyListIter_Type, &TyListRevIter_Type,
    &TyDict_Type, &TyDictKeysView_Type, &TyDictValuesView_Type, &TyDictItemsView_Type,
    &TyDictKeyIter_Type, &TyDictValueIter_Type, &TyDictItemIter_Type, &TyDictRevKeyIter_Type,
    &TyDictRevValueIter_Type, &TyDictRevItemIter_Type,
    &TySet_Type, &TyFrozenSet_Type, &TySetIter_Type, &TyRange_Type, &TyRangeIter_Type,
    &TySlice_Type, &TySeqIter_Type, &TyCallIter_Type, &TyEnum_Type, &TyZip_Type, &TyMap_Type,
    &TyFilter_Type, &TyReversed_Type, &TyCFunction_Type, &TyMethodDescr_Type,
    &TyClassMethodDescr_Type, &TyGetSetDescr_Type, &TyWrapperDescr_Type, &TyMethodWrapper_Type,
    &TyMethod_Type, &TyModule_Type, &TyMappingProxy_Type, &TyCode_Type, &TyFunction_Type,
    &TyCell_Type, &TyGen_Type, &TyFrameObject_Type, &TyStaticMethod_Type, &TyClassMethod_Type, &TyProperty_Type,
    &TySuper_Type, &TyGenericAlias_Type, &TyUnion_Type, &TyMemberDescr_Type, &TyFileText_Type,
    &TyFileReader_Type, &TyFileWriter_Type, &TyFileRandom_Type, &TyFileRaw_Type, NULL,
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

int tyLife_init(int argc, char **argv)
{
    ty_state.recursion_limit = 1000;
    ty_state.base_exc_info = (TyExcInfo){ NULL, NULL };
    ty_state.exc_info = &ty_state.base_exc_info;
    ty_state.stack_floor = stack_floor();
    /* A new epoch: method-cache entries of an earlier interpreter in this
    ** process name objects that are gone. */
    tyType_modified(NULL);
#ifdef TY_DEBUG
    tyMem_enableRegistry();
#endif
    /* Nothing of an earlier interpreter in this process carries over
    ** (gc debug flags, statistics). */
    memset(&ty_state.gc, 0, sizeof ty_state.gc);
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
    if (tySitebuiltins_install(ty_state.builtins) < 0)
        goto fail;
    if (tyErr_initSpareMemoryError() < 0)
        goto fail;
    ty_state.modules = tyDict_new();
    if (!ty_state.modules)
        goto fail;
    ty_state.sys = tySys_create(argc, argv);
    if (!ty_state.sys || tyDict_setItemStr(ty_state.modules, "sys", ty_state.sys) < 0 ||
        tyDict_setItemStr(ty_state.modules, "builtins", ty_state.builtins_module) < 0)
        goto fail;
    if (tyImport_init() < 0 || init_main_module() < 0)
        goto fail;
    return 0;
fail:
    fprintf(stderr, "tally: fatal error during start-up\n");
    tyErr_print();
    return -1;
}

/* Drop every value a module's namespace holds (except __builtins__, last),
** as CPython's module teardown does, so cycles through globals open up. */
static void clear_module_dict(TyObject *d)
{
    if (!d || !TY_DICT_CHECK(d))
        return;
    TyObject *keys = tyDict_keys(d);
    if (!keys) {
        tyErr_clear();
        return;
    }
    for (ssize_t i = 0; i < TY_LIST_LEN(keys); i++) {
        TyObject *k = TY_LIST_GET(keys, i);
        if (TY_STR_CHECK(k) && tyStr_eqC(k, "__builtins__"))
            continue;
        if (tyDict_setItem(d, k, TY_NONE) < 0)
            tyErr_clear();
    }
    TY_DECREF(keys);
}

static void finalize_modules(void)
{
    /* __main__ first, then the other modules, then sys and builtins. */
    clear_module_dict(ty_state.main_dict);
    if (ty_state.modules) {
        TyObject *mods = tyDict_values(ty_state.modules);
        if (mods) {
            for (ssize_t i = 0; i < TY_LIST_LEN(mods); i++) {
                TyObject *m = TY_LIST_GET(mods, i);
                if (m == ty_state.sys || m == ty_state.builtins_module || !TY_MODULE_CHECK(m))
                    continue;
                clear_module_dict(TY_MODULE_DICT(m));
            }
            TY_DECREF(mods);
        } else {
            tyErr_clear();
        }
        tyDict_clear(ty_state.modules);
    }
    tyGC_collect(2);
    tyErr_clear();
    TY_CLEAR(ty_state.main_dict);
    if (ty_state.sys)
        clear_module_dict(TY_MODULE_DICT(ty_state.sys));
    TY_CLEAR(ty_state.sys);
    TY_CLEAR(ty_state.modules);
    TY_CLEAR(ty_state.base_exc_info.value);
    TY_CLEAR(ty_state.exc);
    if (ty_state.builtins)
        tyDict_clear(ty_state.builtins);
    TY_CLEAR(ty_state.builtins);
    TY_CLEAR(ty_state.builtins_module);
    TY_CLEAR(ty_state.repr_running);
}

#ifdef TY_DEBUG
static void report_leak(TyObject *o, void *arg)
{
    int *shown = arg;
    if ((*shown)++ >= 20)
        return;
    fprintf(stderr, "tally-debug:   %s at %p, refcount %zd\n", TY_TYPE(o)->name, (void *)o, o->refcnt);
}
#endif

ssize_t tyLife_fini(void)
{
    fflush(stdout);
    /* weakref.finalize objects still alive run now, newest first, while
    ** every module is intact (CPython runs them from atexit). */
    tyWeakrefModule_atExit();
    /* Under gc.DEBUG_SAVEALL the last collections would keep the garbage
    ** in gc.garbage, which goes too. */
    ty_state.gc.debug = 0;
    finalize_modules();
    tyGC_fini();
    tySys_fini();
    tyTime_fini();
    tyRandom_fini();
    tyWeakrefModule_fini();
    tyCtypes_fini();
    tyTyping_fini();
    tyCollections_fini();
    tyItertools_fini();
    tyFunctools_fini();
    tySitebuiltins_fini();
    tyTextIO_fini();
    tyErr_finiSpareMemoryError();
    for (int i = 0; ty_static_types[i]; i++)
        tyType_finiStatic(ty_static_types[i]);
    tyExc_fini();
    tyGC_fini();
    tyFloat_clearFreelist();
    tyInt_clearFreelist();
    tyTuple_clearFreelist();
    tyList_clearFreelist();
    tyDict_clearFreelist();
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
