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
#include "modules/cmath.h"
#include "modules/unicodedata.h"
#include "modules/time.h"
#include "modules/random.h"
#include "modules/weakrefmodule.h"
#include "modules/ctypes.h"
#include "modules/collections.h"
#include "modules/itertools.h"
#include "modules/functools.h"
#include "modules/sitebuiltins.h"
#include "modules/thread.h"
#include "modules/tallymod.h"
#include "modules/sre.h"
#include "modules/posix.h"
#include "modules/errnomod.h"
#include "modules/signalmod.h"
#include "modules/iomodule.h"
#include "modules/codecs.h"
#include "modules/string.h"
#include "modules/contextvars.h"
#include "modules/locale.h"
#include "modules/json.h"
#include "modules/struct.h"
#include "modules/binascii.h"
#include "modules/zlibmodule.h"
#include "modules/pyexpat.h"
#include "modules/pwd.h"
#include "modules/grp.h"
#include "modules/bz2.h"
#include "modules/lzma.h"
#include "modules/termios.h"
#include "modules/readlinemod.h"
#include "modules/sqlite.h"
#include "modules/uuidmodule.h"
#include "modules/atexit.h"
#include "modules/select.h"
#include "modules/socket.h"
#include "modules/astmodule.h"
#include "modules/imp.h"
#include "modules/marshalmodule.h"
#include "modules/warningsmodule.h"
#include "modules/dismodule.h"
#include "modules/hashlib.h"
#include "modules/blake2.h"
#include "modules/arraymodule.h"
#include "modules/csv.h"
#include "modules/bisect.h"
#include "modules/heapq.h"
#include "modules/operator.h"
#include "modules/posixsubprocess.h"
#include "modules/datetime.h"
#include "modules/pickle.h"
#include "modules/faulthandler.h"
#include "modules/symtablemod.h"
#include "modules/lsprof.h"
#include "modules/fcntl.h"
#include "modules/resource.h"
#include "modules/syslog.h"

const TyBuiltinModule ty_builtin_modules[] = {
    { "builtins", NULL, NULL },
    { "sys", NULL, tySys_fini },
    { "gc", tyGCModule_create, NULL },
    { "math", tyMath_module, NULL },
    { "cmath", tyCmath_create, NULL },
    { "unicodedata", tyUnicodedata_create, tyUnicodedata_fini },
    { "time", tyTime_create, tyTime_fini },
    { "_random", tyRandom_create, tyRandom_fini },
    { "_weakref", tyWeakrefModule_createC, tyWeakrefModule_fini },
    { "ctypes", tyCtypes_create, tyCtypes_fini },
    { "_collections", tyCollections_create, tyCollections_fini },
    { "itertools", tyItertools_create, tyItertools_fini },
    { "_functools", tyFunctools_create, tyFunctools_fini },
    { "_sitebuiltins", tySitebuiltins_create, tySitebuiltins_fini },
    { "_thread", tyThread_create, tyThread_fini },
    { "tally", tyTallyModule_create, NULL },
    { "_sre", tySre_create, tySre_fini },
    { "posix", tyPosix_create, tyPosix_fini },
    { "errno", tyErrno_create, NULL },
    { "_signal", tySignal_create, tySignal_fini },
    { "_io", tyIO_create, NULL },
    { "_codecs", tyCodecs_create, tyCodecs_fini },
    { "_string", tyStringModule_create, tyStringModule_fini },
    { "_contextvars", tyContextvars_create, tyContextvars_fini },
    { "_locale", tyLocale_create, tyLocale_fini },
    { "_json", tyJson_create, tyJson_fini },
    { "_struct", tyStruct_create, tyStruct_fini },
    { "binascii", tyBinascii_create, tyBinascii_fini },
    { "zlib", tyZlib_create, tyZlib_fini },
    { "pyexpat", tyExpat_create, tyExpat_fini },
    { "pwd", tyPwd_create, tyPwd_fini },
    { "grp", tyGrp_create, tyGrp_fini },
    { "_bz2", tyBz2_create, tyBz2_fini },
    { "_lzma", tyLzma_create, tyLzma_fini },
    { "termios", tyTermios_create, tyTermios_fini },
    { "readline", tyReadline_create, tyReadline_fini },
    { "_sqlite3", tySqlite_create, tySqlite_fini },
    { "_uuid", tyUuid_create, NULL },
    { "atexit", tyAtexit_create, tyAtexit_fini },
    { "select", tySelect_create, tySelect_fini },
    { "_socket", tySocket_create, tySocket_fini },
    { "_ast", tyAstModule_create, tyAstModule_fini },
    { "_imp", tyImp_create, NULL },
    { "marshal", tyMarshalModule_create, NULL },
    { "_warnings", tyWarningsModule_create, tyWarnings_fini },
    { "dis", tyDisModule_create, NULL },
    { "_hashlib", tyHashlib_create, tyHashlib_fini },
    { "_md5", tyHashBuiltin_md5, NULL },
    { "_sha1", tyHashBuiltin_sha1, NULL },
    { "_sha256", tyHashBuiltin_sha256, NULL },
    { "_sha512", tyHashBuiltin_sha512, NULL },
    { "_sha3", tyHashBuiltin_sha3, NULL },
    { "_blake2", tyBlake2_create, tyBlake2_fini },
    { "array", tyArray_create, tyArray_fini },
    { "_csv", tyCsv_create, tyCsv_fini },
    { "_bisect", tyBisect_create, NULL },
    { "_heapq", tyHeapq_create, NULL },
    { "_operator", tyOperator_create, NULL },
    { "_posixsubprocess", tyPosixSubprocess_create, NULL },
    { "_datetime", tyDatetime_create, tyDatetime_fini },
    { "_pickle", tyPickle_create, tyPickle_fini },
    { "faulthandler", tyFaulthandler_create, tyFaulthandler_fini },
    { "_symtable", tySymtableModule_create, tySymtableModule_fini },
    { "_lsprof", tyLsprof_create, tyLsprof_fini },
    { "fcntl", tyFcntl_create, NULL },
    { "resource", tyResource_create, tyResource_fini },
    { "syslog", tySyslog_create, tySyslog_fini },
};

const size_t ty_builtin_module_count = TY_ARRAY_LEN(ty_builtin_modules);

const TyBuiltinModule *tyModTable_find(const char *name)
{
    for (size_t i = 0; i < ty_builtin_module_count; i++)
        if (strcmp(ty_builtin_modules[i].name, name) == 0)
            return &ty_builtin_modules[i];
    return NULL;
}
