/*
** slots.c — the slot table: which C slot of a type corresponds to which
** dunder method, with the two adapters between them (see slots.h).
**
** A wrapper (wrap_*) lets Python code call a C slot: `int.__add__(1, 2)`.
** A dispatcher (slot_*) lets C code reach a method written in Python:
** `a + b` on instances of a class defining __add__.  Each table row names
** the dunder, the slot's offset in TyType, and one of each.
*/
#include "tally.h"
#include "objects/slots.h"
#include "objects/func.h"
#include "objects/code.h"

/* ---- wrappers: calling a C slot from Python ------------------------------ */

static int check_nargs(TyObject *self, size_t nargs, TyObject *kwnames, size_t want)
{
    if (kwnames && TY_TUPLE_LEN(kwnames) > 0) {
        tyErr_setString(&TyExc_TypeError, "wrapper takes no keyword arguments");
        return -1;
    }
    if (nargs != want) {
        tyErr_format(&TyExc_TypeError, "expected %zu argument%s, got %zu", want,
                     want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static TyObject *wrap_unary(TyObject *self, TyObject *const *args, size_t nargs,
                            TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 0) < 0)
        return NULL;
    return ((ty_unaryfunc)slot)(self);
}

static TyObject *wrap_next(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 0) < 0)
        return NULL;
    TyObject *r = ((ty_unaryfunc)slot)(self);
    if (!r && !tyErr_occurred())
        tyErr_setNone(&TyExc_StopIteration);
    return r;
}

static TyObject *wrap_hash(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 0) < 0)
        return NULL;
    ty_hash h = ((ty_hashfunc)slot)(self);
    return h == -1 && tyErr_occurred() ? NULL : tyInt_fromI64(h);
}

static TyObject *wrap_inquiry(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 0) < 0)
        return NULL;
    int r = ((ty_inquiry)slot)(self);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *wrap_len(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 0) < 0)
        return NULL;
    ssize_t n = ((ty_lenfunc)slot)(self);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

static TyObject *wrap_binary(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0)
        return NULL;
    return ((ty_binaryfunc)slot)(self, args[0]);
}

/* The wrapper of a number slot's left form (`int.__add__`): the call of
** wrap_binary, in a function of its own so that a class can tell a number
** slot's __add__ from a sequence's (`list.__add__`, concatenation) by the
** wrapper, as CPython's wrap_binaryfunc_l does (see fixup_group). */
static TyObject *wrap_binary_l(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames, void *slot)
{
    return wrap_binary(self, args, nargs, kwnames, slot);
}

static TyObject *wrap_rbinary(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0)
        return NULL;
    return ((ty_binaryfunc)slot)(args[0], self);
}

/* seq.__mul__(n) / seq.__rmul__(n): n converted as an index, a count
** beyond ssize_t an OverflowError. */
static TyObject *wrap_indexarg(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t count = tyNum_asSsize(args[0], &TyExc_OverflowError);
    if (count == -1 && tyErr_occurred())
        return NULL;
    return ((ty_ssizeargfunc)slot)(self, count);
}

static TyObject *wrap_pow(TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames, void *slot)
{
    if (nargs == 2 && args[1] != TY_NONE)
        return tyNum_power3(self, args[0], args[1]);
    if (nargs == 2)
        nargs = 1;
    return wrap_binary(self, args, nargs, kwnames, slot);
}

#define RICHCMP_WRAPPER(op)                                                        \
    static TyObject *wrap_richcmp_##op(TyObject *self, TyObject *const *args,      \
                                       size_t nargs, TyObject *kwnames, void *slot) \
    {                                                                              \
        if (check_nargs(self, nargs, kwnames, 1) < 0)                              \
            return NULL;                                                           \
        return ((ty_richcmpfunc)slot)(self, args[0], TY_##op);                     \
    }
RICHCMP_WRAPPER(LT)
RICHCMP_WRAPPER(LE)
RICHCMP_WRAPPER(EQ)
RICHCMP_WRAPPER(NE)
RICHCMP_WRAPPER(GT)
RICHCMP_WRAPPER(GE)

static TyObject *wrap_setitem(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 2) < 0)
        return NULL;
    if (((ty_objobjargproc)slot)(self, args[0], args[1]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *wrap_delitem(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0)
        return NULL;
    if (((ty_objobjargproc)slot)(self, args[0], NULL) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *wrap_contains(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0)
        return NULL;
    int r = ((ty_objobjproc)slot)(self, args[0]);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *wrap_call(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames, void *slot)
{
    return ((ty_vectorcall)slot)(self, args, nargs, kwnames);
}

static TyObject *wrap_init(TyObject *self, TyObject *const *args, size_t nargs,
                           TyObject *kwnames, void *slot)
{
    if (((ty_initfunc)slot)(self, args, nargs, kwnames) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *wrap_finalize(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 0) < 0)
        return NULL;
    ((ty_destructor)slot)(self);
    return tyErr_occurred() ? NULL : tyNone_new();
}

/* The TypeError every built-in __setattr__/__delattr__ gives for a name
** that is not a str (CPython's generic and type setattro check it). */
static int check_attr_name(TyObject *name)
{
    if (TY_STR_CHECK(name))
        return 0;
    tyErr_format(&TyExc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

/* __getattribute__: the slots take a str name, so it is checked here. */
static TyObject *wrap_getattr(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0 || check_attr_name(args[0]) < 0)
        return NULL;
    return ((ty_binaryfunc)slot)(self, args[0]);
}

static int slot_setattr(TyObject *self, TyObject *name, TyObject *value);

/*
** CPython's "Carlo Verre" check: object.__setattr__(str, ...) must not
** skip over the setattr of a built-in type between the object's type and
** the one whose wrapper is called (type's setattr refuses built-in types;
** object's would not).  Classes written in Python do not count: their
** setattr dispatches to __setattr__.  0, or -1 with TypeError.
*/
static int hackcheck(TyObject *self, void *slot, const char *what)
{
    TyType *type = TY_TYPE(self);
    TyObject *mro = type->mro;
    if (!mro)
        return 0;
    TyType *defining = type;
    for (ssize_t i = TY_TUPLE_LEN(mro) - 1; i >= 0; i--) {
        TyType *base = (TyType *)TY_TUPLE_GET(mro, i);
        if (base->setattr != slot_setattr && base->setattr == type->setattr) {
            defining = base;
            break;
        }
    }
    for (TyType *base = defining; base; base = base->base) {
        if (base->setattr == (ty_setattrofunc)slot)
            return 0;
        if (base->setattr != slot_setattr) {
            tyErr_format(&TyExc_TypeError, "can't apply this %s to %s object", what, tyType_name(type));
            return -1;
        }
    }
    return 0;
}

static TyObject *wrap_setattr(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 2) < 0 || check_attr_name(args[0]) < 0 ||
        hackcheck(self, slot, "__setattr__") < 0)
        return NULL;
    if (((ty_setattrofunc)slot)(self, args[0], args[1]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *wrap_delattr(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0 || check_attr_name(args[0]) < 0 ||
        hackcheck(self, slot, "__delattr__") < 0)
        return NULL;
    if (((ty_setattrofunc)slot)(self, args[0], NULL) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *wrap_descr_get(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames, void *slot)
{
    if (nargs < 1 || nargs > 2) {
        tyErr_setString(&TyExc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    TyObject *obj = args[0] == TY_NONE ? NULL : args[0];
    TyObject *type = nargs == 2 && args[1] != TY_NONE ? args[1] : NULL;
    if (!obj && !type)
        return tyErr_setString(&TyExc_TypeError, "__get__(None, None) is invalid");
    return ((ty_descrgetfunc)slot)(self, obj, type);
}

static TyObject *wrap_descr_set(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 2) < 0)
        return NULL;
    if (((ty_descrsetfunc)slot)(self, args[0], args[1]) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *wrap_descr_delete(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames, void *slot)
{
    if (check_nargs(self, nargs, kwnames, 1) < 0)
        return NULL;
    if (((ty_descrsetfunc)slot)(self, args[0], NULL) < 0)
        return NULL;
    return tyNone_new();
}

/* ---- dispatchers: calling a Python-level dunder from a C slot ---------------- */

/*
** self.<name>(*args) with name looked up on the type, as the language does
** for special methods.  *found says whether the type has the method; a
** missing method returns NULL with no exception.
*/
static TyObject *call_special(TyObject *self, TyObject *name, TyObject *const *args, size_t nargs,
                              bool *found)
{
    TyObject *descr = tyType_lookup(TY_TYPE(self), name);
    *found = descr != NULL;
    if (!descr)
        return NULL;
    TY_INCREF(descr);
    TyObject *r;
    if (TY_FUNCTION_CHECK(descr) || TY_TYPE_HAS(TY_TYPE(descr), TY_TPFLAG_METHOD_DESCR)) {
        /* A plain function or a method descriptor (a slot wrapper from
        ** another class, say): call it with self first, without a bound
        ** method, so its own type check speaks, as in CPython. */
        TyObject *stack[4];
        stack[0] = self;
        for (size_t i = 0; i < nargs; i++)
            stack[i + 1] = args[i];
        r = tyObj_call(descr, stack, nargs + 1, NULL);
    } else {
        ty_descrgetfunc get = TY_TYPE(descr)->descr_get;
        TyObject *bound = get ? get(descr, self, (TyObject *)TY_TYPE(self)) : TY_NEWREF(descr);
        r = bound ? tyObj_call(bound, args, nargs, NULL) : NULL;
        TY_XDECREF(bound);
    }
    TY_DECREF(descr);
    return r;
}

/* As call_special, but a missing method gives NotImplemented. */
static TyObject *call_special_or_notimpl(TyObject *self, TyObject *name, TyObject *const *args,
                                         size_t nargs)
{
    bool found;
    TyObject *r = call_special(self, name, args, nargs, &found);
    if (!found)
        return TY_NEWREF(TY_NOTIMPL);
    return r;
}

static TyObject *call_special0(TyObject *self, TyObject *name)
{
    bool found;
    TyObject *r = call_special(self, name, NULL, 0, &found);
    if (!found)
        return tyErr_format(&TyExc_AttributeError, "'%s' object has no attribute '%U'",
                            tyType_name(TY_TYPE(self)), name);
    return r;
}

/* Interned dunder names the dispatchers look up, created on first use
** (ty_state.type.slot_names) and released by tySlots_fini. */

static TyObject *name_of(const char *s)
{
    for (int i = 0; i < ty_state.type.nslot_names; i++)
        if (tyStr_eqC(ty_state.type.slot_names[i], s))
            return ty_state.type.slot_names[i];
    TyObject *n = tyStr_internC(s);
    if (n && ty_state.type.nslot_names < TY_SLOT_NAMES_MAX)
        ty_state.type.slot_names[ty_state.type.nslot_names++] = n;
    return n;
}


#define UNARY_DISPATCHER(fname, dunder)                  \
    static TyObject *fname(TyObject *self)              \
    {                                                    \
        TyObject *n = name_of(dunder);                   \
        return n ? call_special0(self, n) : NULL;        \
    }

UNARY_DISPATCHER(slot_repr, "__repr__")
UNARY_DISPATCHER(slot_str, "__str__")
UNARY_DISPATCHER(slot_neg, "__neg__")
UNARY_DISPATCHER(slot_pos, "__pos__")
UNARY_DISPATCHER(slot_invert, "__invert__")
UNARY_DISPATCHER(slot_abs, "__abs__")
UNARY_DISPATCHER(slot_int, "__int__")
UNARY_DISPATCHER(slot_float, "__float__")
UNARY_DISPATCHER(slot_index, "__index__")
UNARY_DISPATCHER(slot_await, "__await__")
UNARY_DISPATCHER(slot_aiter, "__aiter__")
UNARY_DISPATCHER(slot_anext, "__anext__")

static TyObject *slot_iter(TyObject *self)
{
    TyObject *descr = tyType_lookup(TY_TYPE(self), TY_ID(__iter__));
    if (descr == TY_NONE)
        return tyErr_format(&TyExc_TypeError, "'%s' object is not iterable", tyType_name(TY_TYPE(self)));
    return call_special0(self, TY_ID(__iter__));
}

static TyObject *slot_iternext(TyObject *self)
{
    return call_special0(self, TY_ID(__next__));
}

static ty_hash slot_hash(TyObject *self)
{
    TyObject *descr = tyType_lookup(TY_TYPE(self), TY_ID(__hash__));
    if (!descr || descr == TY_NONE) {
        tyErr_format(&TyExc_TypeError, "unhashable type: '%s'", tyType_name(TY_TYPE(self)));
        return -1;
    }
    TyObject *r = call_special0(self, TY_ID(__hash__));
    if (!r)
        return -1;
    if (!TY_INT_CHECK(r)) {
        TY_DECREF(r);
        tyErr_setString(&TyExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    ty_hash h = TY_INT_IS_SMALL(r) ? (ty_hash)TY_INT_VALUE(r) : tyInt_hash(r);
    TY_DECREF(r);
    return h == -1 ? -2 : h;
}

static TyObject *slot_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *meth = tyType_lookup(TY_TYPE(self), TY_ID(__call__));
    if (!meth)
        return tyErr_format(&TyExc_TypeError, "'%s' object is not callable", tyType_name(TY_TYPE(self)));
    TY_INCREF(meth);
    ty_descrgetfunc get = TY_TYPE(meth)->descr_get;
    TyObject *bound = get ? get(meth, self, (TyObject *)TY_TYPE(self)) : TY_NEWREF(meth);
    TY_DECREF(meth);
    if (!bound)
        return NULL;
    /* A __call__ that is itself an instance of the class calls back here
    ** without a Python frame in between: count the depth in C. */
    if (tyObj_enterRecursiveCall(" while calling a Python object") < 0) {
        TY_DECREF(bound);
        return NULL;
    }
    TyObject *r = tyObj_call(bound, args, nargs, kwnames);
    tyObj_leaveRecursiveCall();
    TY_DECREF(bound);
    return r;
}

/* __getattribute__, then __getattr__ when that raises AttributeError. */
static TyObject *slot_getattr(TyObject *self, TyObject *name)
{
    TyType *t = TY_TYPE(self);
    TyObject *getattribute = tyType_lookup(t, TY_ID(__getattribute__));
    TyObject *r;
    if (!getattribute || (TY_TYPE(getattribute) == &TyWrapperDescr_Type &&
                          ((TyWrapperDescr *)getattribute)->slot == (void *)tyObj_genericGetAttr)) {
        r = tyObj_genericGetAttr(self, name);
    } else {
        bool found;
        r = call_special(self, TY_ID(__getattribute__), &name, 1, &found);
    }
    if (r || !tyErr_exceptionMatches(&TyExc_AttributeError))
        return r;
    TyObject *getattr = tyType_lookup(t, TY_ID(__getattr__));
    if (!getattr)
        return NULL;
    tyErr_clear();
    bool found;
    return call_special(self, TY_ID(__getattr__), &name, 1, &found);
}

static int slot_setattr(TyObject *self, TyObject *name, TyObject *value)
{
    bool found;
    TyObject *r;
    if (value) {
        TyObject *args[2] = { name, value };
        r = call_special(self, TY_ID(__setattr__), args, 2, &found);
    } else {
        r = call_special(self, TY_ID(__delattr__), &name, 1, &found);
    }
    if (!found)
        return tyObj_genericSetAttr(self, name, value);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* Borrowed: the identifiers live as long as the interpreter, so they are
** looked up each time (a static copy would outlive a restart). */
static TyObject *richcmp_name(int op)
{
    switch (op) {
    case TY_LT: return TY_ID(__lt__);
    case TY_LE: return TY_ID(__le__);
    case TY_EQ: return TY_ID(__eq__);
    case TY_NE: return TY_ID(__ne__);
    case TY_GT: return TY_ID(__gt__);
    default: return TY_ID(__ge__);
    }
}

/* As CPython's slot_tp_richcompare, a comparison method whose binding
** fails (a property that raises, say) counts as missing: NotImplemented,
** the error dropped. */
static TyObject *slot_richcompare(TyObject *self, TyObject *other, int op)
{
    TyObject *descr = tyType_lookup(TY_TYPE(self), richcmp_name(op));
    ty_descrgetfunc get = descr && !TY_FUNCTION_CHECK(descr) && !TY_TYPE_HAS(TY_TYPE(descr), TY_TPFLAG_METHOD_DESCR)
                              ? TY_TYPE(descr)->descr_get
                              : NULL;
    if (!get)
        return call_special_or_notimpl(self, richcmp_name(op), &other, 1);
    TY_INCREF(descr);
    TyObject *bound = get(descr, self, (TyObject *)TY_TYPE(self));
    TY_DECREF(descr);
    if (!bound) {
        tyErr_clear();
        return TY_NEWREF(TY_NOTIMPL);
    }
    TyObject *r = tyObj_call(bound, &other, 1, NULL);
    TY_DECREF(bound);
    return r;
}

static TyObject *slot_descr_get(TyObject *self, TyObject *obj, TyObject *type)
{
    TyObject *args[2] = { obj ? obj : TY_NONE, type ? type : TY_NONE };
    bool found;
    return call_special(self, TY_ID(__get__), args, 2, &found);
}

static int slot_descr_set(TyObject *self, TyObject *obj, TyObject *value)
{
    bool found;
    TyObject *r;
    if (value) {
        TyObject *args[2] = { obj, value };
        r = call_special(self, TY_ID(__set__), args, 2, &found);
    } else {
        r = call_special(self, TY_ID(__delete__), &obj, 1, &found);
    }
    if (!found) {
        tyErr_setObject(&TyExc_AttributeError, value ? TY_ID(__set__) : TY_ID(__delete__));
        return -1;
    }
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

static int slot_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *meth = tyType_lookup(TY_TYPE(self), TY_ID(__init__));
    if (!meth)
        return 0;
    TY_INCREF(meth);
    TyObject *r;
    if (TY_FUNCTION_CHECK(meth)) {
        size_t total = nargs + (kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0);
        TyObject *small[8];
        TyObject **stack = total + 1 <= TY_ARRAY_LEN(small) ? small
                           : tyMem_malloc(sizeof(TyObject *) * (total + 1));
        if (!stack) {
            TY_DECREF(meth);
            return -1;
        }
        stack[0] = self;
        for (size_t i = 0; i < total; i++)
            stack[i + 1] = args[i];
        r = tyObj_call(meth, stack, nargs + 1, kwnames);
        if (stack != small)
            tyMem_free(stack);
    } else {
        ty_descrgetfunc get = TY_TYPE(meth)->descr_get;
        TyObject *bound = get ? get(meth, self, (TyObject *)TY_TYPE(self)) : TY_NEWREF(meth);
        r = bound ? tyObj_call(bound, args, nargs, kwnames) : NULL;
        TY_XDECREF(bound);
    }
    TY_DECREF(meth);
    if (!r)
        return -1;
    if (r != TY_NONE) {
        tyErr_format(&TyExc_TypeError, "__init__() should return None, not '%s'", tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return -1;
    }
    TY_DECREF(r);
    return 0;
}

/*
** The Python function a call of class t runs as its __init__, when the
** call needs nothing else: t's metaclass is `type` (type.__call__), t
** allocates through object.__new__ and is not abstract, and its __init__
** slot dispatches to a plain Python function (not a generator).  The
** dispatch loop then runs that function in its own frame instead of
** through type_call and slot_init (vm.c: CALL).  Borrowed (t's dict holds
** it, and any change to a class moves the type epoch), or NULL.
*/
TyObject *tySlots_initFunction(TyType *t)
{
    if (TY_TYPE(t) != &TyType_Type || !(t->flags & TY_TPFLAG_HEAPTYPE) ||
        TY_TYPE_HAS(t, TY_TPFLAG_IS_ABSTRACT) || t->tp_new != TyBaseObject_Type.tp_new ||
        t->tp_init != slot_init)
        return NULL;
    TyObject *init = tyType_lookup(t, TY_ID(__init__));
    if (!init || !TY_FUNCTION_CHECK(init) ||
        (((TyCode *)((TyFunction *)init)->code)->flags & TY_CO_SUSPENDABLE))
        return NULL;
    return init;
}

/* __del__: errors are reported as unraisable, naming the method. */
static void slot_finalize(TyObject *self)
{
    if (ty_state.modules_gone)
        return;
    TyObject *saved = tyErr_fetch();
    TyObject *del = tyType_lookup(TY_TYPE(self), TY_ID(__del__));
    if (del) {
        TY_INCREF(del);
        bool found;
        TyObject *r = call_special(self, TY_ID(__del__), NULL, 0, &found);
        if (!r)
            tyErr_writeUnraisable(del);
        else
            TY_DECREF(r);
        TY_DECREF(del);
    }
    tyErr_restore(saved);
}

static int slot_bool(TyObject *self)
{
    TyObject *r = call_special0(self, TY_ID(__bool__));
    if (!r)
        return -1;
    if (!TY_BOOL_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__bool__ should return bool, returned %s", tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return -1;
    }
    int t = r == TY_TRUE;
    TY_DECREF(r);
    return t;
}

static ssize_t slot_length(TyObject *self)
{
    TyObject *r = call_special0(self, TY_ID(__len__));
    if (!r)
        return -1;
    TyObject *i = tyNum_index(r);
    TY_DECREF(r);
    if (!i)
        return -1;
    if (tyInt_sign(i) < 0) {
        TY_DECREF(i);
        tyErr_setString(&TyExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (!TY_INT_IS_SMALL(i)) {
        TY_DECREF(i);
        tyErr_setString(&TyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    ssize_t n = (ssize_t)TY_INT_VALUE(i);
    TY_DECREF(i);
    return n;
}

static TyObject *slot_subscript(TyObject *self, TyObject *key)
{
    bool found;
    TyObject *r = call_special(self, TY_ID(__getitem__), &key, 1, &found);
    if (!found)
        return tyErr_format(&TyExc_TypeError, "'%s' object is not subscriptable", tyType_name(TY_TYPE(self)));
    return r;
}

static int slot_ass_subscript(TyObject *self, TyObject *key, TyObject *value)
{
    bool found;
    TyObject *r;
    if (value) {
        TyObject *args[2] = { key, value };
        r = call_special(self, TY_ID(__setitem__), args, 2, &found);
    } else {
        r = call_special(self, TY_ID(__delitem__), &key, 1, &found);
    }
    /* The slot is a class's that defines only the other method: CPython's
    ** method lookup fails with the bare name. */
    if (!found)
        tyErr_setObject(&TyExc_AttributeError, value ? TY_ID(__setitem__) : TY_ID(__delitem__));
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

static int slot_contains(TyObject *self, TyObject *item)
{
    TyObject *descr = tyType_lookup(TY_TYPE(self), TY_ID(__contains__));
    if (descr == TY_NONE) {
        tyErr_format(&TyExc_TypeError, "'%s' object is not a container", tyType_name(TY_TYPE(self)));
        return -1;
    }
    bool found;
    TyObject *r = call_special(self, TY_ID(__contains__), &item, 1, &found);
    if (!r)
        return -1;
    int t = tyObj_isTrue(r);
    TY_DECREF(r);
    return t;
}

/* The names of the binary operators' dunders: __add__ / __radd__ / __iadd__. */

static TyObject *binop_name(int op, int form)
{
    static const char *const stems[] = {
#define TY_X_(e, stem, sym) #stem,
        TY_BINARY_OPS(TY_X_)
#undef TY_X_
    };
    if (!ty_state.type.binop_names[op][form]) {
        char buf[32];
        snprintf(buf, sizeof buf, "__%s%s__", form == 1 ? "r" : form == 2 ? "i" : "", stems[op]);
        ty_state.type.binop_names[op][form] = tyStr_internC(buf);
    }
    return ty_state.type.binop_names[op][form];
}

/* Does `sub` define `name` differently from `base` (so its reflected
** method must be tried first)? */
static bool overrides(TyType *sub, TyType *base, TyObject *name)
{
    TyObject *a = tyType_lookup(sub, name), *b = tyType_lookup(base, name);
    return a && a != b;
}

/*
** a <op> b for classes: a.__op__(b), then b.__rop__(a) -- but b's
** reflected method first when b's class is a subclass of a's that
** overrides it (CPython's SLOT1BINFULL).  `self_slot` is this very
** dispatcher, to recognise which operands dispatch to Python.
*/
static TyObject *binop_dispatch(TyObject *a, TyObject *b, int op, ty_binaryfunc self_slot)
{
    TyType *ta = TY_TYPE(a), *tb = TY_TYPE(b);
    TyObject *name = binop_name(op, 0), *rname = binop_name(op, 1);
    bool do_other = ta != tb && tb->binop[op] == self_slot;
    if (!name || !rname)
        return NULL;
    if (ta->binop[op] == self_slot) {
        if (do_other && tyType_isSubtype(tb, ta) && overrides(tb, ta, rname)) {
            TyObject *r = call_special_or_notimpl(b, rname, &a, 1);
            if (r != TY_NOTIMPL)
                return r;
            TY_DECREF(r);
            do_other = false;
        }
        TyObject *r = call_special_or_notimpl(a, name, &b, 1);
        if (r != TY_NOTIMPL || ta == tb)
            return r;
        TY_DECREF(r);
    }
    if (do_other)
        return call_special_or_notimpl(b, rname, &a, 1);
    return TY_NEWREF(TY_NOTIMPL);
}

#define BINOP_DISPATCHER(e, stem, sym)                                          \
    static TyObject *slot_binop_##e(TyObject *a, TyObject *b)                   \
    {                                                                           \
        return binop_dispatch(a, b, TY_BINOP_##e, slot_binop_##e);              \
    }                                                                           \
    static TyObject *slot_inplace_##e(TyObject *a, TyObject *b)                 \
    {                                                                           \
        TyObject *n = binop_name(TY_BINOP_##e, 2);                              \
        return n ? call_special_or_notimpl(a, n, &b, 1) : NULL;                 \
    }
TY_BINARY_OPS(BINOP_DISPATCHER)

TyObject *tySlots_ternaryPower(TyObject *o, TyObject *a, TyObject *b, TyObject *m)
{
    if (TY_TYPE(o)->binop[TY_BINOP_POW] != slot_binop_POW)
        return NULL;
    if (TY_TYPE(a)->binop[TY_BINOP_POW] != slot_binop_POW)
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *args[2] = { b, m };
    bool found;
    TyObject *r = call_special(a, TY_ID(__pow__), args, 2, &found);
    if (!found)
        tyErr_setObject(&TyExc_AttributeError, TY_ID(__pow__));
    return r;
}
#undef BINOP_DISPATCHER

/* ---- the table ------------------------------------------------------------------ */

/* A row: the def comes first, so a wrapper descriptor's def leads back to
** its row (row_of).  The rows of one slot are next to each other in the
** table: a slot is decided by walking its group (fixup_group). */
typedef struct SlotEntry {
    TySlotDef def;            /* dunder name and wrapper (NULL: no wrapper) */
    size_t offset;            /* the slot in TyType */
    void *dispatcher;         /* what a class's slot points to (NULL: none) */
} SlotEntry;

#define SLOT(name, field, wrapper, dispatcher) \
    { { name, wrapper }, offsetof(TyType, field), (void *)(dispatcher) }
#define BINSLOT(e, stem, sym)                                                                 \
    { { "__" #stem "__", TY_BINOP_##e == TY_BINOP_POW ? wrap_pow : wrap_binary_l },          \
      offsetof(TyType, binop[TY_BINOP_##e]), (void *)slot_binop_##e },                        \
    { { "__r" #stem "__", wrap_rbinary }, offsetof(TyType, binop[TY_BINOP_##e]),              \
      (void *)slot_binop_##e },                                                               \
    { { "__i" #stem "__", wrap_binary }, offsetof(TyType, inplace[TY_BINOP_##e]),             \
      (void *)slot_inplace_##e },

static const SlotEntry slot_table[] = {
    SLOT("__repr__", repr, wrap_unary, slot_repr),
    SLOT("__str__", str, wrap_unary, slot_str),
    SLOT("__hash__", hash, wrap_hash, slot_hash),
    SLOT("__call__", call, wrap_call, slot_call),
    SLOT("__iter__", iter, wrap_unary, slot_iter),
    SLOT("__next__", iternext, wrap_next, slot_iternext),
    SLOT("__getattribute__", getattr, wrap_getattr, slot_getattr),
    SLOT("__getattr__", getattr, NULL, slot_getattr),
    SLOT("__setattr__", setattr, wrap_setattr, slot_setattr),
    SLOT("__delattr__", setattr, wrap_delattr, slot_setattr),
    SLOT("__lt__", richcompare, wrap_richcmp_LT, slot_richcompare),
    SLOT("__le__", richcompare, wrap_richcmp_LE, slot_richcompare),
    SLOT("__eq__", richcompare, wrap_richcmp_EQ, slot_richcompare),
    SLOT("__ne__", richcompare, wrap_richcmp_NE, slot_richcompare),
    SLOT("__gt__", richcompare, wrap_richcmp_GT, slot_richcompare),
    SLOT("__ge__", richcompare, wrap_richcmp_GE, slot_richcompare),
    SLOT("__get__", descr_get, wrap_descr_get, slot_descr_get),
    SLOT("__set__", descr_set, wrap_descr_set, slot_descr_set),
    SLOT("__delete__", descr_set, wrap_descr_delete, slot_descr_set),
    SLOT("__init__", tp_init, wrap_init, slot_init),
    SLOT("__del__", finalize, wrap_finalize, slot_finalize),
    SLOT("__len__", length, wrap_len, slot_length),
    SLOT("__getitem__", subscript, wrap_binary, slot_subscript),
    SLOT("__setitem__", ass_subscript, wrap_setitem, slot_ass_subscript),
    SLOT("__delitem__", ass_subscript, wrap_delitem, slot_ass_subscript),
    SLOT("__contains__", contains, wrap_contains, slot_contains),
    SLOT("__bool__", nb_bool, wrap_inquiry, slot_bool),
    SLOT("__int__", nb_int, wrap_unary, slot_int),
    SLOT("__float__", nb_float, wrap_unary, slot_float),
    SLOT("__index__", nb_index, wrap_unary, slot_index),
    SLOT("__await__", am_await, wrap_unary, slot_await),
    SLOT("__aiter__", am_aiter, wrap_unary, slot_aiter),
    SLOT("__anext__", am_anext, wrap_unary, slot_anext),
    SLOT("__neg__", unop[TY_UNOP_NEG], wrap_unary, slot_neg),
    SLOT("__pos__", unop[TY_UNOP_POS], wrap_unary, slot_pos),
    SLOT("__invert__", unop[TY_UNOP_INVERT], wrap_unary, slot_invert),
    SLOT("__abs__", unop[TY_UNOP_ABS], wrap_unary, slot_abs),
    TY_BINARY_OPS(BINSLOT)
    /* The sequence slots share their dunders with the number slots but have
    ** no dispatcher: a class's __add__ fills binop[ADD] and empties
    ** sq_concat, as in CPython. */
    SLOT("__add__", sq_concat, wrap_binary, NULL),
    SLOT("__mul__", sq_repeat, wrap_indexarg, NULL),
    SLOT("__rmul__", sq_repeat, wrap_indexarg, NULL),
    SLOT("__iadd__", sq_inplace_concat, wrap_binary, NULL),
    SLOT("__imul__", sq_inplace_repeat, wrap_indexarg, NULL),
};

/* The interned dunder name of each row, made once: deciding a class's
** slots asks for every name, and a class is made often. */
static TyObject *row_names[TY_ARRAY_LEN(slot_table)];

/* Borrowed reference to row i's name; NULL with MemoryError. */
static TyObject *row_name(size_t i)
{
    if (!row_names[i])
        row_names[i] = tyStr_internC(slot_table[i].def.name);
    return row_names[i];
}

/* The row a wrapper descriptor was made from (they are made only here). */
static const SlotEntry *row_of(const TySlotDef *def)
{
    return (const SlotEntry *)def;
}

static void *slot_at(TyType *t, size_t offset)
{
    return *(void **)((char *)t + offset);
}

static void set_slot(TyType *t, size_t offset, void *fn)
{
    *(void **)((char *)t + offset) = fn;
}

int tySlots_addWrappers(TyType *t)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(slot_table); i++) {
        const SlotEntry *e = &slot_table[i];
        void *slot = slot_at(t, e->offset);
        if (!slot || !e->def.wrapper)
            continue;
        if (t->base && slot_at(t->base, e->offset) == slot)
            continue;
        TyObject *name = row_name(i);
        if (!name)
            return -1;
        if (tyDict_getItem(t->dict, name))
            continue;
        TyObject *w = tyWrapperDescr_new(t, &e->def, slot);
        int r = w ? tyDict_setItem(t->dict, name, w) : -1;
        TY_XDECREF(w);
        if (r < 0)
            return -1;
    }
    return 0;
}

/*
** Decide one slot (the group of rows from `first` that share its offset),
** as CPython's update_one_slot does: if none of its dunders is found along
** the MRO, keep the inherited value (and return false).  A slot wrapper found under a row's name whose
** wrapper function is the row's own (so the C signatures agree) supplies
** its C function; when every dunder found does that with one function, the
** slot takes it directly.  A same-named wrapper of another signature
** (list's __add__ is concatenation, not a number slot) leaves the slot
** empty; anything else (a function written in Python) needs the
** dispatcher.  That sharing is how a list subclass's `+=` reaches list's
** in-place concatenation before the right operand's __radd__, as in
** CPython.  __hash__ = None makes the type unhashable.
*/
static bool fixup_group(TyType *t, size_t first)
{
    size_t offset = slot_table[first].offset;
    void *direct = NULL, *dispatcher = NULL;
    bool any = false, use_dispatcher = false, foreign = false;
    for (size_t i = first; i < TY_ARRAY_LEN(slot_table) && slot_table[i].offset == offset; i++) {
        const SlotEntry *e = &slot_table[i];
        TyObject *name = row_name(i);
        if (!name) {
            tyErr_clear();
            continue;
        }
        TyObject *descr = tyType_lookup(t, name);
        dispatcher = e->dispatcher;
        if (!descr)
            continue;
        any = true;
        if (offset == offsetof(TyType, hash) && descr == TY_NONE) {
            set_slot(t, offset, NULL);
            return true;
        }
        const SlotEntry *row = TY_TYPE(descr) == &TyWrapperDescr_Type
                                   ? row_of(((TyWrapperDescr *)descr)->def)
                                   : NULL;
        /* A wrapper taken from an unrelated class (`__eq__ = str.__eq__` in
        ** an int subclass) goes through the dispatcher, whose call of the
        ** wrapper raises CPython's TypeError. */
        if (!row || strcmp(row->def.name, e->def.name) != 0 ||
            !tyType_isSubtype(t, ((TyWrapperDescr *)descr)->owner)) {
            use_dispatcher = true;
        } else if (row->def.wrapper == e->def.wrapper) {
            void *fn = ((TyWrapperDescr *)descr)->slot;
            if (direct && direct != fn)
                use_dispatcher = true;
            direct = fn;
        } else {
            foreign = true;
        }
    }
    if (!any)
        return false;
    if (use_dispatcher)
        set_slot(t, offset, dispatcher);
    else
        set_slot(t, offset, foreign ? NULL : direct);
    return true;
}

/* Does row i start the group of its slot? */
static bool group_start(size_t i)
{
    return i == 0 || slot_table[i - 1].offset != slot_table[i].offset;
}

void tySlots_fixup(TyType *t)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(slot_table); i++)
        if (group_start(i))
            fixup_group(t, i);
}

bool tySlots_update(TyType *t, TyObject *name)
{
    bool matched = false;
    for (size_t i = 0; i < TY_ARRAY_LEN(slot_table); i++) {
        if (tyStr_eqC(name, slot_table[i].def.name)) {
            size_t first = i;
            while (!group_start(first))
                first--;
            /* No class of the MRO defines the method any more (`del
            ** C.__len__`): the slot is the base's again, as at creation. */
            if (!fixup_group(t, first) && t->base) {
                size_t offset = slot_table[first].offset;
                void *inherited = slot_at(t->base, offset);
                /* A running for loop holds an iterator of t and calls
                ** the slot unchecked: it must stay callable. */
                if (offset == offsetof(TyType, iternext) && !inherited)
                    inherited = (void *)tyIter_nextDeleted;
                set_slot(t, offset, inherited);
            }
            matched = true;
        }
    }
    return matched;
}

void tySlots_fini(void)
{
    for (int i = 0; i < ty_state.type.nslot_names; i++)
        TY_CLEAR(ty_state.type.slot_names[i]);
    ty_state.type.nslot_names = 0;
    for (size_t i = 0; i < TY_ARRAY_LEN(row_names); i++)
        TY_CLEAR(row_names[i]);
    for (int op = 0; op < TY_BINOP_COUNT; op++)
        for (int form = 0; form < 3; form++)
            TY_CLEAR(ty_state.type.binop_names[op][form]);
}
