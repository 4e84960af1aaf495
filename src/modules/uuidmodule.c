/*
** uuidmodule.c — `_uuid`, the C half of CPython's uuid.py on Linux:
** generate_time_safe() over libuuid's uuid_generate_time_safe, as CPython
** links it.  uuid.py takes the machine's node (uuid.getnode) and time-based
** uuid1() values from it, and test_uuid runs its C-variant tests with it.
*/
#include <uuid/uuid.h>
#include "tally.h"
#include "modules/uuidmodule.h"

/* generate_time_safe() -> (bytes of a time-based UUID, is_safe): is_safe
** is 0 when libuuid generated it in a way safe across processes (its
** daemon), -1 when not, as CPython returns uuid_generate_time_safe's
** result.  New reference. */
static TyObject *uuid_generate_time_safe_fn(TyObject *self, TyObject *const *args, size_t nargs,
                                            TyObject *kwnames)
{
    if (tyArg_noKeywords("generate_time_safe", kwnames) < 0 ||
        tyArg_checkPositional("generate_time_safe", nargs, 0, 0) < 0)
        return NULL;
    uuid_t out;
    int safe = uuid_generate_time_safe(out);
    TyObject *bytes = tyBytes_fromData((const char *)out, sizeof out);
    TyObject *flag = bytes ? tyInt_fromI64(safe) : NULL;
    TyObject *r = flag ? tyTuple_pack(2, bytes, flag) : NULL;
    TY_XDECREF(bytes);
    TY_XDECREF(flag);
    return r;
}

static TyMethodDef uuid_functions[] = {
    { "generate_time_safe", uuid_generate_time_safe_fn, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

TyObject *tyUuid_create(void)
{
    TyObject *m = tyModule_new("_uuid", uuid_functions);
    if (m && tyModule_addInt(m, "has_uuid_generate_time_safe", 1) < 0)
        TY_CLEAR(m);
    return m;
}
