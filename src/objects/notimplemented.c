/*
** notimplemented.c — NotImplementedType and NotImplemented (static,
** immortal), the answer of a binary slot that does not handle its operands.
**
** CPython 3.11 emits a DeprecationWarning when NotImplemented is used as a
** truth value and then treats it as true; tally has no warnings machinery
** and only treats it as true (docs/language.md lists the difference).
*/
#include "tally.h"

TyObject ty_NotImplementedStruct = TY_STATIC_HEAD(&TyNotImplemented_Type);

static TyObject *notimpl_repr(TyObject *o)
{
    return tyStr_fromCStr("NotImplemented");
}

static int notimpl_bool(TyObject *o)
{
    return 1;
}

static TyObject *notimpl_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (nargs || (kwnames && TY_TUPLE_LEN(kwnames)))
        return tyErr_setString(&TyExc_TypeError, "NotImplementedType takes no arguments");
    return TY_NEWREF(TY_NOTIMPL);
}

TyType TyNotImplemented_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "NotImplementedType",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .repr = notimpl_repr,
    .nb_bool = notimpl_bool,
    .tp_new = notimpl_new,
};
