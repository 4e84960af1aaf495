/*
** modtable.c — the built-in modules, listed once.  import.c makes a
** module from its entry when it is first imported (and names them all in
** sys.builtin_module_names); lifecycle.c calls every entry's fini at exit,
** in this order, after the modules' namespaces are gone.  A new C module
** is one line here.
*/
#include <string.h>
#include "tally.h"
#include "modtable.h"
#include "modules/builtins.h"
#include "modules/sys.h"
#include "modules/gcmodule.h"
#include "modules/math.h"
#include "modules/time.h"
#include "modules/random.h"
#include "modules/weakrefmodule.h"
#include "modules/ctypes.h"
#include "modules/typing.h"
#include "modules/collections.h"
#include "modules/itertools.h"
#include "modules/functools.h"
#include "modules/sitebuiltins.h"
#include "modules/thread.h"
#include "modules/tallymod.h"
#include "modules/sre.h"
#include "modules/atexit.h"

const TyBuiltinModule ty_builtin_modules[] = {
    { "builtins", NULL, NULL },
    { "sys", NULL, tySys_fini },
    { "gc", tyGCModule_create, NULL },
    { "math", tyMath_module, NULL },
    { "time", tyTime_create, tyTime_fini },
    { "random", tyRandom_create, tyRandom_fini },
    { "_weakref", tyWeakrefModule_createC, tyWeakrefModule_fini },
    { "ctypes", tyCtypes_create, tyCtypes_fini },
    { "typing", tyTyping_create, tyTyping_fini },
    { "_collections", tyCollections_create, tyCollections_fini },
    { "itertools", tyItertools_create, tyItertools_fini },
    { "_functools", tyFunctools_create, tyFunctools_fini },
    { "_sitebuiltins", tySitebuiltins_create, tySitebuiltins_fini },
    { "_thread", tyThread_create, tyThread_fini },
    { "tally", tyTallyModule_create, NULL },
    { "_sre", tySre_create, tySre_fini },
    { "atexit", tyAtexit_create, tyAtexit_fini },
};

const size_t ty_builtin_module_count = TY_ARRAY_LEN(ty_builtin_modules);

const TyBuiltinModule *tyModTable_find(const char *name)
{
    for (size_t i = 0; i < ty_builtin_module_count; i++)
        if (strcmp(ty_builtin_modules[i].name, name) == 0)
            return &ty_builtin_modules[i];
    return NULL;
}
