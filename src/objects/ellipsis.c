/*
** ellipsis.c — the ellipsis type and Ellipsis (`...`), static and immortal.
*/
#include "tally.h"

TyObject ty_EllipsisStruct = TY_STATIC_HEAD(&TyEllipsis_Type);

static TyObject *ellipsis_repr(TyObject *o)
{
    return tyStr_fromCStr("Ellipsis");
}

static TyObject *ellipsis_new(TyType *type, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (nargs || (kwnames && TY_TUPLE_LEN(kwnames)))
        return tyErr_setString(&TyExc_TypeError, "EllipsisType takes no arguments");
    return TY_NEWREF(TY_ELLIPSIS);
}

TyType TyEllipsis_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "ellipsis",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .repr = ellipsis_repr,
    .tp_new = ellipsis_new,
};
