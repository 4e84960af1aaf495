/*
** bool.c — the bool type: a subclass of int with exactly two instances.
**
** True and False are static, immortal TyInt values whose type is bool, so
** every int operation accepts them unchanged; only &, | and ^ between two
** bools answer with a bool.  bool cannot be subclassed.
*/
#include "tally.h"

TyInt ty_FalseStruct = { TY_STATIC_HEAD(&TyBool_Type), 0, NULL };
TyInt ty_TrueStruct = { TY_STATIC_HEAD(&TyBool_Type), 1, NULL };

static TyObject *bool_repr(TyObject *o)
{
    return tyStr_fromCStr(o == TY_TRUE ? "True" : "False");
}

static TyObject *bool_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("bool", kwnames) < 0 || tyArg_checkPositional("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return tyBool_from(false);
    int t = tyObj_isTrue(args[0]);
    if (t < 0)
        return NULL;
    return tyBool_from(t);
}

/* a op b for two bools is a bool; any other pair is int arithmetic. */
static TyObject *bool_and(TyObject *a, TyObject *b)
{
    if (TY_BOOL_CHECK(a) && TY_BOOL_CHECK(b))
        return tyBool_from(a == TY_TRUE && b == TY_TRUE);
    return TyInt_Type.binop[TY_BINOP_AND](a, b);
}

static TyObject *bool_or(TyObject *a, TyObject *b)
{
    if (TY_BOOL_CHECK(a) && TY_BOOL_CHECK(b))
        return tyBool_from(a == TY_TRUE || b == TY_TRUE);
    return TyInt_Type.binop[TY_BINOP_OR](a, b);
}

static TyObject *bool_xor(TyObject *a, TyObject *b)
{
    if (TY_BOOL_CHECK(a) && TY_BOOL_CHECK(b))
        return tyBool_from((a == TY_TRUE) != (b == TY_TRUE));
    return TyInt_Type.binop[TY_BINOP_XOR](a, b);
}

TyType TyBool_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "bool",
    .basicsize = sizeof(TyInt),
    .flags = TY_TPFLAG_INT_SUBCLASS | TY_TPFLAG_IMMUTABLETYPE | TY_TPFLAG_MATCH_SELF,
    .repr = bool_repr,
    .tp_new = bool_new,
    .binop[TY_BINOP_AND] = bool_and,
    .binop[TY_BINOP_OR] = bool_or,
    .binop[TY_BINOP_XOR] = bool_xor,
    .base = &TyInt_Type,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.",
};
