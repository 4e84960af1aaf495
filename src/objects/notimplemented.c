/*
** notimplemented.c — NotImplementedType and NotImplemented (static,
** immortal), the answer of a binary slot that does not handle its operands.
**
** As in CPython 3.11, NotImplemented used as a truth value is true after a
** DeprecationWarning.
*/
#include "tally.h"
#include "modules/warningsmodule.h"

TyObject ty_NotImplementedStruct = TY_STATIC_HEAD(&TyNotImplemented_Type);

static TyObject *notimpl_repr(TyObject *o)
{
    return tyStr_fromCStr("NotImplemented");
}

static int notimpl_bool(TyObject *o)
{
    TyObject *text = tyStr_fromCStr("NotImplemented should not be used in a boolean context");
    int w = text ? tyWarnings_warn(&TyExc_DeprecationWarning, text) : -1;
    TY_XDECREF(text);
    return w < 0 ? -1 : 1;
}

static TyObject *notimpl_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (nargs || (kwnames && TY_TUPLE_LEN(kwnames)))
        return tyErr_setString(&TyExc_TypeError, "NotImplementedType takes no arguments");
    return TY_NEWREF(TY_NOTIMPL);
}

/* __reduce__(): the name pickle saves the singleton by ("NotImplemented"). */
static TyObject *notimpl_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)self;
    if (tyArg_noKeywords("NotImplementedType.__reduce__", kwnames) < 0 ||
        tyArg_checkPositional("NotImplementedType.__reduce__", nargs, 0, 0) < 0)
        return NULL;
    return tyStr_fromCStr("NotImplemented");
}

static TyMethodDef notimpl_methods[] = {
    { "__reduce__", notimpl_reduce, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyNotImplemented_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "NotImplementedType",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .repr = notimpl_repr,
    .nb_bool = notimpl_bool,
    .tp_new = notimpl_new,
    .methods = notimpl_methods,
};
