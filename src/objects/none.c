/*
** none.c — NoneType and its one instance, None (static, immortal).
**
** Hashing and comparison are object's (identity), inherited at start-up.
*/
#include "tally.h"

TyObject ty_NoneStruct = TY_STATIC_HEAD(&TyNone_Type);

static TyObject *none_repr(TyObject *o)
{
    return tyStr_fromCStr("None");
}

static int none_bool(TyObject *o)
{
    return 0;
}

static TyObject *none_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs || (kwnames && TY_TUPLE_LEN(kwnames)))
        return tyErr_setString(&TyExc_TypeError, "NoneType takes no arguments");
    return tyNone_new();
}

TyType TyNone_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "NoneType",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .repr = none_repr,
    .nb_bool = none_bool,
    .tp_new = none_new,
};
