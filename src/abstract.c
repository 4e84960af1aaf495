/*
** abstract.c — the number protocol: binary, in-place and unary operators
** with CPython's operand-reflection rules and error messages.
*/
#include "tally.h"
#include "objects/slots.h"

static const char *const binop_symbols[] = {
#define TY_X_(e, stem, sym) sym,
    TY_BINARY_OPS(TY_X_)
#undef TY_X_
};

static const char *const unop_symbols[] = {
#define TY_X_(e, stem, sym) sym,
    TY_UNARY_OPS(TY_X_)
#undef TY_X_
};

/*
** Try a's slot and b's slot (b's first when b's type is a proper subtype of
** a's that overrides the slot).  Returns a new reference, or NotImplemented
** (new reference) when neither handles the pair, or NULL on error.
*/
static TyObject *binary_op1(TyObject *a, TyObject *b, int op)
{
    TyType *ta = TY_TYPE(a), *tb = TY_TYPE(b);
    ty_binaryfunc sa = ta->binop[op];
    ty_binaryfunc sb = tb != ta ? tb->binop[op] : NULL;
    TyObject *r;

    if (sb == sa)
        sb = NULL;
    if (sa) {
        if (sb && tyType_isSubtype(tb, ta)) {
            r = sb(a, b);
            if (r != TY_NOTIMPL)
                return r;
            TY_DECREF(r);
            sb = NULL;
        }
        r = sa(a, b);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    if (sb)
        return sb(a, b);
    return TY_NEWREF(TY_NOTIMPL);
}

/*
** Whether t has sequence methods at all (CPython: tp_as_sequence is not
** NULL).  Every class has them, and so does every built-in type with a
** length, a membership test or a concat/repeat slot.  `x *= seq` tries the
** right operand's repeat only when the left one has none of them.
*/
static bool has_sequence_methods(TyType *t)
{
    return (t->flags & TY_TPFLAG_HEAPTYPE) || t->length || t->contains || t->sq_concat ||
           t->sq_repeat;
}

static TyObject *binop_type_error(TyObject *a, TyObject *b, int op, bool inplace)
{
    if (op == TY_BINOP_POW)
        return tyErr_format(&TyExc_TypeError,
                            inplace ? "unsupported operand type(s) for **=: '%s' and '%s'"
                                    : "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                            tyType_name(TY_TYPE(a)), tyType_name(TY_TYPE(b)));
    return tyErr_format(&TyExc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                        binop_symbols[op], inplace ? "=" : "", tyType_name(TY_TYPE(a)),
                        tyType_name(TY_TYPE(b)));
}

/*
** seq * n through the repeat slot `fn` of seq's type: n must have
** __index__ (TypeError "can't multiply sequence by non-int of type 'X'"
** otherwise); a count beyond ssize_t is an OverflowError.  New reference.
*/
static TyObject *sequence_repeat(ty_ssizeargfunc fn, TyObject *seq, TyObject *n)
{
    if (!TY_INT_CHECK(n) && !TY_TYPE(n)->nb_index)
        return tyErr_format(&TyExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                            tyType_name(TY_TYPE(n)));
    ssize_t count = tyNum_asSsize(n, &TyExc_OverflowError);
    if (count == -1 && tyErr_occurred())
        return NULL;
    return fn(seq, count);
}

/*
** After both operands' number slots declined a + b or a * b: a's
** concatenation, or the repetition of whichever operand is a sequence (a
** first).  NotImplemented (new reference) when neither applies.
*/
static TyObject *sequence_binary(TyObject *a, TyObject *b, int op)
{
    TyType *ta = TY_TYPE(a), *tb = TY_TYPE(b);
    if (op == TY_BINOP_ADD && ta->sq_concat)
        return ta->sq_concat(a, b);
    if (op == TY_BINOP_MUL) {
        if (ta->sq_repeat)
            return sequence_repeat(ta->sq_repeat, a, b);
        if (tb->sq_repeat)
            return sequence_repeat(tb->sq_repeat, b, a);
    }
    return TY_NEWREF(TY_NOTIMPL);
}

/*
** The sequence step of a += b and a *= b: a's in-place slot, else its
** plain one.  The right operand's repeat is used only when a's type has no
** sequence methods at all, and never in place (b must not change).
*/
static TyObject *sequence_inplace(TyObject *a, TyObject *b, int op)
{
    TyType *ta = TY_TYPE(a), *tb = TY_TYPE(b);
    if (op == TY_BINOP_ADD) {
        ty_binaryfunc fn = ta->sq_inplace_concat ? ta->sq_inplace_concat : ta->sq_concat;
        return fn ? fn(a, b) : TY_NEWREF(TY_NOTIMPL);
    }
    if (op == TY_BINOP_MUL) {
        if (has_sequence_methods(ta)) {
            ty_ssizeargfunc fn = ta->sq_inplace_repeat ? ta->sq_inplace_repeat : ta->sq_repeat;
            if (fn)
                return sequence_repeat(fn, a, b);
        } else if (tb->sq_repeat) {
            return sequence_repeat(tb->sq_repeat, b, a);
        }
    }
    return TY_NEWREF(TY_NOTIMPL);
}

TyObject *tyNum_binary(TyObject *a, TyObject *b, int op)
{
    TyObject *r = binary_op1(a, b, op);
    if (r != TY_NOTIMPL)
        return r;
    TY_DECREF(r);
    if (op == TY_BINOP_ADD || op == TY_BINOP_MUL) {
        r = sequence_binary(a, b, op);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    return binop_type_error(a, b, op, false);
}

TyObject *tyNum_inplace(TyObject *a, TyObject *b, int op)
{
    ty_binaryfunc slot = TY_TYPE(a)->inplace[op];
    if (slot) {
        TyObject *r = slot(a, b);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    TyObject *r = binary_op1(a, b, op);
    if (r != TY_NOTIMPL)
        return r;
    TY_DECREF(r);
    if (op == TY_BINOP_ADD || op == TY_BINOP_MUL) {
        r = sequence_inplace(a, b, op);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    return binop_type_error(a, b, op, true);
}

TyObject *tyNum_unary(TyObject *a, int op)
{
    ty_unaryfunc slot = TY_TYPE(a)->unop[op];
    if (slot)
        return slot(a);
    if (op == TY_UNOP_ABS)
        return tyErr_format(&TyExc_TypeError, "bad operand type for abs(): '%s'",
                            tyType_name(TY_TYPE(a)));
    return tyErr_format(&TyExc_TypeError, "bad operand type for unary %s: '%s'",
                        unop_symbols[op], tyType_name(TY_TYPE(a)));
}

/*
** The three-argument power of the built-in number type of o on (a, b, m),
** as its slot answers: a class's calls a.__pow__(b, m), int computes when
** all three are ints, float refuses any modulus, complex refuses one when a
** and b are numbers.
** NotImplemented (new reference) otherwise.
*/
static TyObject *ternary_slot(TyObject *o, TyObject *a, TyObject *b, TyObject *m)
{
    TyObject *r = tySlots_ternaryPower(o, a, b, m);
    if (r || tyErr_occurred())
        return r;
    if (TY_COMPLEX_CHECK(o))
        return tyComplex_ternaryPow(a, b);
    if (TY_FLOAT_CHECK(o))
        return tyErr_setString(&TyExc_TypeError,
                               "pow() 3rd argument not allowed unless all arguments are integers");
    if (TY_INT_CHECK(o) && TY_INT_CHECK(a) && TY_INT_CHECK(b) && TY_INT_CHECK(m))
        return tyInt_pow(a, b, m);
    return TY_NEWREF(TY_NOTIMPL);
}

TyObject *tyNum_power3(TyObject *a, TyObject *b, TyObject *m)
{
    if (!m || m == TY_NONE)
        return tyNum_binary(a, b, TY_BINOP_POW);
    /* CPython's order: a's type, then b's, then m's, each type once. */
    TyObject *const order[3] = { a, b, m };
    for (int k = 0; k < 3; k++) {
        TyType *t = TY_TYPE(order[k]);
        if ((k > 0 && t == TY_TYPE(a)) || (k > 1 && t == TY_TYPE(b)))
            continue;
        TyObject *r = ternary_slot(order[k], a, b, m);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    return tyErr_format(&TyExc_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        tyType_name(TY_TYPE(a)), tyType_name(TY_TYPE(b)),
                        tyType_name(TY_TYPE(m)));
}

TyObject *tyNum_index(TyObject *o)
{
    if (TY_INT_CHECK(o))
        return TY_NEWREF(o);
    ty_unaryfunc slot = TY_TYPE(o)->nb_index;
    if (!slot)
        return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            tyType_name(TY_TYPE(o)));
    TyObject *r = slot(o);
    if (r && !TY_INT_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__index__ returned non-int (type %s)",
                     tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

ssize_t tyNum_asSsize(TyObject *o, TyType *err)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v;
    if (TY_INT_IS_SMALL(i)) {
        v = TY_INT_VALUE(i);
        TY_DECREF(i);
        return (ssize_t)v;
    }
    TY_DECREF(i);
    tyErr_format(err ? err : &TyExc_OverflowError,
                 "cannot fit '%s' into an index-sized integer", tyType_name(TY_TYPE(o)));
    return -1;
}

int tyNum_asClampedSsize(TyObject *o, ssize_t *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    if (TY_INT_IS_SMALL(i))
        *out = (ssize_t)TY_INT_VALUE(i);
    else
        *out = tyInt_sign(i) < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    TY_DECREF(i);
    return 0;
}

TyObject *tyNum_long(TyObject *o)
{
    return tyObj_callOneArg((TyObject *)&TyInt_Type, o);
}

TyObject *tyNum_float(TyObject *o)
{
    return tyObj_callOneArg((TyObject *)&TyFloat_Type, o);
}
