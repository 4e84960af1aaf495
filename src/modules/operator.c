/*
** operator.c — the `_operator` module: the intrinsic operators as
** functions (add, lt, getitem, index, concat, countOf, length_hint, call,
** the in-place forms...), which CPython's operator.py takes over its own
** Python definitions with `from _operator import *`.
**
** Each function is the abstract operation the interpreter itself performs
** for the operator (tyNum_binary, tyObj_richCompare, tyObj_getItem...), so
** it raises what the expression raises; the argument checks and the few
** messages of their own (concat, countOf, indexOf, length_hint) are
** CPython's.  attrgetter, itemgetter and methodcaller stay operator.py's
** classes.
*/
#include "tally.h"
#include "modules/operator.h"
#include "modules/hashlib.h"
#include "objects/deque.h"
#include "objects/bytearray.h"

/* The positional-only arguments of a function `name`, with CPython's
** messages: "_operator.add() takes no keyword arguments", "add expected 2
** arguments, got 1". */
static bool n_args(const char *name, size_t n, size_t nargs, TyObject *kwnames)
{
    char qualified[48];
    snprintf(qualified, sizeof qualified, "_operator.%s", name);
    return tyArg_noKeywords(qualified, kwnames) == 0 && tyArg_checkCount(name, nargs, n, n) == 0;
}

static bool two_args(const char *name, size_t nargs, TyObject *kwnames)
{
    return n_args(name, 2, nargs, kwnames);
}

/* The operand of a one-argument function (CPython's METH_O functions:
** "_operator.neg() takes exactly one argument (0 given)"). */
static bool one_arg(const char *name, size_t nargs, TyObject *kwnames)
{
    return tyArg_noKeywords(name, kwnames) == 0 && tyArg_checkPositional(name, nargs, 1, 1) == 0;
}

/* The binary operators the module has (all of the interpreter's but
** divmod): X(TY_BINOP_ name, function name, in-place function
** name, symbol). */
#define OPERATOR_BINARY(X)                                                                              \
    X(ADD, add, iadd, "+") X(SUB, sub, isub, "-") X(MUL, mul, imul, "*")                         \
    X(TRUEDIV, truediv, itruediv, "/") X(FLOORDIV, floordiv, ifloordiv, "//")                      \
    X(MOD, mod, imod, "%") X(POW, pow, ipow, "**") X(LSHIFT, lshift, ilshift, "<<")                \
    X(RSHIFT, rshift, irshift, ">>") X(AND, and_, iand, "&") X(OR, or_, ior, "|")                  \
    X(XOR, xor, ixor, "^") X(MATMUL, matmul, imatmul, "@")

#define TY_X_(e, name, iname, sym)                                \
    TY_CFUNC(op_##name)                                           \
    {                                                             \
        (void)self;                                               \
        if (!two_args(#name, nargs, kwnames))                     \
            return NULL;                                          \
        return tyNum_binary(args[0], args[1], TY_BINOP_##e);      \
    }                                                             \
    TY_CFUNC(op_##iname)                                          \
    {                                                             \
        (void)self;                                               \
        if (!two_args(#iname, nargs, kwnames))                    \
            return NULL;                                          \
        return tyNum_inplace(args[0], args[1], TY_BINOP_##e);     \
    }
OPERATOR_BINARY(TY_X_)
#undef TY_X_

#define TY_X_(e, stem, sym)                                       \
    TY_CFUNC(op_##stem)                                           \
    {                                                             \
        (void)self;                                               \
        if (!one_arg("_operator." #stem, nargs, kwnames))         \
            return NULL;                                          \
        return tyNum_unary(args[0], TY_UNOP_##e);                 \
    }
TY_UNARY_OPS(TY_X_)
#undef TY_X_

#define OPERATOR_COMPARISONS(X) \
    X(lt, TY_LT, "<") X(le, TY_LE, "<=") X(eq, TY_EQ, "==") X(ne, TY_NE, "!=") X(gt, TY_GT, ">") X(ge, TY_GE, ">=")

#define TY_X_(name, op, sym)                                      \
    TY_CFUNC(op_##name)                                           \
    {                                                             \
        (void)self;                                               \
        if (!two_args(#name, nargs, kwnames))                     \
            return NULL;                                          \
        return tyObj_richCompare(args[0], args[1], op);           \
    }
OPERATOR_COMPARISONS(TY_X_)
#undef TY_X_

TY_CFUNC(op_truth)
{
    (void)self;
    if (!one_arg("_operator.truth", nargs, kwnames))
        return NULL;
    int t = tyObj_isTrue(args[0]);
    return t < 0 ? NULL : tyBool_from(t);
}

TY_CFUNC(op_not_)
{
    (void)self;
    if (!one_arg("_operator.not_", nargs, kwnames))
        return NULL;
    int t = tyObj_isTrue(args[0]);
    return t < 0 ? NULL : tyBool_from(!t);
}

TY_CFUNC(op_is_)
{
    (void)self;
    return two_args("is_", nargs, kwnames) ? tyBool_from(args[0] == args[1]) : NULL;
}

TY_CFUNC(op_is_not)
{
    (void)self;
    return two_args("is_not", nargs, kwnames) ? tyBool_from(args[0] != args[1]) : NULL;
}

/* index(a): always an exact int (True gives 1), as PyNumber_Index. */
TY_CFUNC(op_index)
{
    (void)self;
    TyObject *i = one_arg("_operator.index", nargs, kwnames) ? tyNum_index(args[0]) : NULL;
    if (i && !TY_INT_CHECK_EXACT(i)) {
        TyObject *exact = tyInt_exact(i);
        TY_DECREF(i);
        i = exact;
    }
    return i;
}

/* Whether a's type concatenates as a sequence (CPython's sq_concat):
** the built-in sequences that + joins, and their subclasses. */
static bool has_concat(TyObject *a)
{
    return TY_LIST_CHECK(a) || TY_TUPLE_CHECK(a) || TY_STR_CHECK(a) || TY_BYTES_CHECK(a) || TY_BYTEARRAY_CHECK(a) ||
           TY_IS_INSTANCE(a, &TyDeque_Type);
}

/* concat / iconcat, as CPython's PySequence_Concat: a's own concatenation,
** or + when both operands are sequences. */
static TyObject *concat(const char *name, TyObject *const *args, size_t nargs, TyObject *kwnames, bool inplace)
{
    if (!two_args(name, nargs, kwnames))
        return NULL;
    if (!has_concat(args[0]) && !(tyObj_isSequence(args[0]) && tyObj_isSequence(args[1])))
        return tyErr_format(&TyExc_TypeError, "'%s' object can't be concatenated", tyType_name(TY_TYPE(args[0])));
    return inplace ? tyNum_inplace(args[0], args[1], TY_BINOP_ADD) : tyNum_binary(args[0], args[1], TY_BINOP_ADD);
}

TY_CFUNC(op_concat)
{
    (void)self;
    return concat("concat", args, nargs, kwnames, false);
}

TY_CFUNC(op_iconcat)
{
    (void)self;
    return concat("iconcat", args, nargs, kwnames, true);
}

TY_CFUNC(op_contains)
{
    (void)self;
    if (!two_args("contains", nargs, kwnames))
        return NULL;
    int r = tyObj_contains(args[0], args[1]);
    return r < 0 ? NULL : tyBool_from(r);
}

/*
** Search the iterable seq for items equal to x (identity first), as
** CPython's _PySequence_IterSearch: the number of them when `count`, else
** the index of the first, with ValueError when there is none.  -1 with the
** exception; a seq that cannot be iterated gives "argument of type 'int' is
** not iterable".
*/
static ssize_t search(TyObject *seq, TyObject *x, bool count)
{
    TyObject *it = tyObj_getIter(seq);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError)) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError, "argument of type '%s' is not iterable", tyType_name(TY_TYPE(seq)));
        }
        return -1;
    }
    ssize_t i = 0, found = 0;
    TyObject *item;
    while ((item = tyIter_next(it))) {
        int eq = tyObj_richCompareBool(item, x, TY_EQ);
        TY_DECREF(item);
        if (eq < 0)
            break;
        if (eq && !count) {
            TY_DECREF(it);
            return i;
        }
        found += eq;
        i++;
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        return -1;
    if (count)
        return found;
    tyErr_setString(&TyExc_ValueError, "sequence.index(x): x not in sequence");
    return -1;
}

TY_CFUNC(op_countOf)
{
    (void)self;
    if (!two_args("countOf", nargs, kwnames))
        return NULL;
    ssize_t n = search(args[0], args[1], true);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

TY_CFUNC(op_indexOf)
{
    (void)self;
    if (!two_args("indexOf", nargs, kwnames))
        return NULL;
    ssize_t n = search(args[0], args[1], false);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

TY_CFUNC(op_getitem)
{
    (void)self;
    return two_args("getitem", nargs, kwnames) ? tyObj_getItem(args[0], args[1]) : NULL;
}

TY_CFUNC(op_setitem)
{
    (void)self;
    if (!n_args("setitem", 3, nargs, kwnames))
        return NULL;
    return tyObj_setItem(args[0], args[1], args[2]) < 0 ? NULL : tyNone_new();
}

TY_CFUNC(op_delitem)
{
    (void)self;
    if (!two_args("delitem", nargs, kwnames))
        return NULL;
    return tyObj_delItem(args[0], args[1]) < 0 ? NULL : tyNone_new();
}

/* length_hint(obj, default=0, /): default must be an int. */
TY_CFUNC(op_length_hint)
{
    (void)self;
    if (tyArg_noKeywords("_operator.length_hint", kwnames) < 0 || tyArg_checkCount("length_hint", nargs, 1, 2) < 0)
        return NULL;
    ssize_t dflt = 0;
    if (nargs == 2) {
        if (!TY_INT_CHECK(args[1]))
            return tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                                tyType_name(TY_TYPE(args[1])));
        if ((dflt = tyNum_asSsize(args[1], NULL)) == -1 && tyErr_occurred())
            return NULL;
    }
    ssize_t n = tyObj_lengthHint(args[0], dflt);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

/* call(obj, /, *args, **kwargs): obj(*args, **kwargs). */
TY_CFUNC(op_call)
{
    (void)self;
    if (nargs < 1)
        return tyErr_setString(&TyExc_TypeError, "call expected at least 1 argument, got 0");
    return tyObj_call(args[0], args + 1, nargs - 1, kwnames);
}

static TyMethodDef operator_functions[] = {
#define TY_X_(e, name, iname, sym) { #name, op_##name, 0, "Same as a " sym " b." },
    OPERATOR_BINARY(TY_X_)
#undef TY_X_
#define TY_X_(e, name, iname, sym) { #iname, op_##iname, 0, "Same as a " sym "= b." },
    OPERATOR_BINARY(TY_X_)
#undef TY_X_
    { "neg", op_neg, 0, "Same as -a." },
    { "pos", op_pos, 0, "Same as +a." },
    { "invert", op_invert, 0, "Same as ~a." },
    { "inv", op_invert, 0, "Same as ~a." },
    { "abs", op_abs, 0, "Same as abs(a)." },
#define TY_X_(name, op, sym) { #name, op_##name, 0, "Same as a " sym " b." },
    OPERATOR_COMPARISONS(TY_X_)
#undef TY_X_
    { "truth", op_truth, 0, "Return True if a is true, False otherwise." },
    { "not_", op_not_, 0, "Same as not a." },
    { "is_", op_is_, 0, "Same as a is b." },
    { "is_not", op_is_not, 0, "Same as a is not b." },
    { "index", op_index, 0, "Same as a.__index__()" },
    { "concat", op_concat, 0, "Same as a + b, for a and b sequences." },
    { "iconcat", op_iconcat, 0, "Same as a += b, for a and b sequences." },
    { "contains", op_contains, 0, "Same as b in a (note reversed operands)." },
    { "countOf", op_countOf, 0, "Return the number of items in a which are, or which equal, b." },
    { "indexOf", op_indexOf, 0, "Return the first index of b in a." },
    { "getitem", op_getitem, 0, "Same as a[b]." },
    { "setitem", op_setitem, 0, "Same as a[b] = c." },
    { "delitem", op_delitem, 0, "Same as del a[b]." },
    { "length_hint", op_length_hint, 0, "Return an estimate of the number of items in obj." },
    { "call", op_call, 0, "Same as obj(*args, **kwargs)." },
    { "_compare_digest", tyHashlib_compareDigest, 0, "Return 'a == b'." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyOperator_create(void)
{
    TyObject *m = tyModule_new("_operator", operator_functions);
    if (!m)
        return NULL;
    TyObject *doc = tyStr_fromCStr("Operator interface.\n\nThis module exports a set of functions implemented in C "
                                   "corresponding\nto the intrinsic operators of Python.  For example, "
                                   "operator.add(x, y)\nis equivalent to the expression x+y.  The function names "
                                   "are those\nused for special methods; variants without leading and trailing\n"
                                   "'__' are also provided for convenience.");
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0)
        TY_CLEAR(m);
    TY_XDECREF(doc);
    return m;
}
