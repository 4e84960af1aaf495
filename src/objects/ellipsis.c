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

/* __reduce__(): the name pickle saves the singleton by ("Ellipsis"). */
static TyObject *ellipsis_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)self;
    if (tyArg_noKeywords("ellipsis.__reduce__", kwnames) < 0 ||
        tyArg_checkPositional("ellipsis.__reduce__", nargs, 0, 0) < 0)
        return NULL;
    return tyStr_fromCStr("Ellipsis");
}

static TyMethodDef ellipsis_methods[] = {
    { "__reduce__", ellipsis_reduce, TY_METH_DEFAULT, NULL },
    { NULL }
};

TyType TyEllipsis_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "ellipsis",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_IMMUTABLETYPE,
    .repr = ellipsis_repr,
    .tp_new = ellipsis_new,
    .methods = ellipsis_methods,
};
