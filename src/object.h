/*
** object.h — the object header, reference counting and the type slot table.
**
** Every value tally handles is a TyObject*: a heap object (or a static,
** immortal one) that starts with { refcnt, type }.  Container types also
** carry a GC header *before* the object (see gc.h); nothing in this file
** needs to know about it.
**
** Ownership convention (docs/internals.md has the full rules):
**   - a function documented "new reference" returns a reference the caller
**     owns and must release with TY_DECREF;
**   - "borrowed" means the caller must not release it, and must INCREF it
**     before anything that could free the owner runs;
**   - arguments are borrowed unless the comment says "steals".
**   - on failure, functions returning an object return NULL and functions
**     returning int return -1, with an exception set (see error.h).
*/
#ifndef TY_OBJECT_H
#define TY_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>
#include "tyassert.h"

typedef struct TyObject TyObject;
typedef struct TyType TyType;
typedef int64_t ty_hash;

struct TyObject {
    ssize_t refcnt;
    TyType *type;
};

/* Objects with a variable number of items (tuple, int digits, ...). */
typedef struct TyVarObject {
    TyObject ob;
    ssize_t size;
} TyVarObject;

#if defined(__GNUC__)
#define TY_LIKELY(x) __builtin_expect(!!(x), 1)
#define TY_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* For the few helpers of the dispatch loop, and the reference counts,
** that must not cost a call (GCC otherwise leaves some of the dispatch
** loop's decrements out of line: the function is too large for its
** inlining limits). */
#define TY_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define TY_LIKELY(x) (x)
#define TY_UNLIKELY(x) (x)
#define TY_ALWAYS_INLINE inline
#endif

#define TY_REFCNT(o) (((TyObject *)(o))->refcnt)
#define TY_TYPE(o) (((TyObject *)(o))->type)
#define TY_SIZE(o) (((TyVarObject *)(o))->size)

/*
** Immortal objects (None, True, False, NotImplemented, Ellipsis, small ints,
** one-character Latin-1 strings, the built-in types) start with this count.
** INCREF/DECREF still touch it (no branch on the hot path); it can never
** reach zero in practice.  sys.getrefcount reports TY_IMMORTAL_REPORTED for
** any object whose count is above TY_IMMORTAL_THRESHOLD.
*/
#define TY_IMMORTAL_REFCNT ((ssize_t)1 << 60)
#define TY_IMMORTAL_THRESHOLD ((ssize_t)1 << 59)
#define TY_IMMORTAL_REPORTED ((ssize_t)4294967295)

/* Header initialiser for a static object of type T. */
#define TY_STATIC_HEAD(T) { TY_IMMORTAL_REFCNT, (T) }

/* Frees an object whose count reached zero (object.c). */
void tyObj_dealloc(TyObject *o);

static TY_ALWAYS_INLINE void ty_incref(TyObject *o) { o->refcnt++; }
static TY_ALWAYS_INLINE void ty_decref(TyObject *o)
{
    TY_ASSERT(o->refcnt > 0);
    if (--o->refcnt == 0)
        tyObj_dealloc(o);
}
static TY_ALWAYS_INLINE TyObject *ty_newref(TyObject *o)
{
    o->refcnt++;
    return o;
}

#define TY_INCREF(o) ty_incref((TyObject *)(o))
#define TY_DECREF(o) ty_decref((TyObject *)(o))
#define TY_XINCREF(o) do { TyObject *ty_x_ = (TyObject *)(o); if (ty_x_) ty_incref(ty_x_); } while (0)
#define TY_XDECREF(o) do { TyObject *ty_x_ = (TyObject *)(o); if (ty_x_) ty_decref(ty_x_); } while (0)
#define TY_NEWREF(o) ty_newref((TyObject *)(o))
/* Release *slot and set it to NULL first, so a dealloc that looks back at
** the slot sees NULL rather than a dangling pointer. */
#define TY_CLEAR(slot) do { TyObject *ty_t_ = (TyObject *)(slot); if (ty_t_) { (slot) = NULL; ty_decref(ty_t_); } } while (0)
/* Store v (stolen) into slot and release the old value afterwards. */
#define TY_SETREF(slot, v) do { TyObject *ty_t_ = (TyObject *)(slot); (slot) = (v); ty_decref(ty_t_); } while (0)
#define TY_XSETREF(slot, v) do { TyObject *ty_t_ = (TyObject *)(slot); (slot) = (v); if (ty_t_) ty_decref(ty_t_); } while (0)

/* ---------------------------------------------------------------------- */
/* Slot signatures                                                          */

typedef void (*ty_destructor)(TyObject *);
typedef TyObject *(*ty_unaryfunc)(TyObject *);
typedef TyObject *(*ty_binaryfunc)(TyObject *, TyObject *);
typedef TyObject *(*ty_ternaryfunc)(TyObject *, TyObject *, TyObject *);
typedef int (*ty_inquiry)(TyObject *);
typedef ssize_t (*ty_lenfunc)(TyObject *);
typedef TyObject *(*ty_ssizeargfunc)(TyObject *, ssize_t);
typedef ty_hash (*ty_hashfunc)(TyObject *);
typedef TyObject *(*ty_richcmpfunc)(TyObject *, TyObject *, int op);
typedef TyObject *(*ty_getattrofunc)(TyObject *, TyObject *name);
typedef int (*ty_setattrofunc)(TyObject *, TyObject *name, TyObject *value);
typedef int (*ty_objobjproc)(TyObject *, TyObject *);
typedef int (*ty_objobjargproc)(TyObject *, TyObject *, TyObject *);
typedef int (*ty_visitproc)(TyObject *, void *arg);
typedef int (*ty_traverseproc)(TyObject *, ty_visitproc, void *arg);
typedef TyObject *(*ty_descrgetfunc)(TyObject *descr, TyObject *obj, TyObject *type);
typedef int (*ty_descrsetfunc)(TyObject *descr, TyObject *obj, TyObject *value);

/*
** The one calling convention ("vectorcall"): args[0..nargs) are the
** positional arguments, followed by len(kwnames) keyword values whose names
** are in the tuple kwnames (NULL when there are none).  All borrowed.
** Returns a new reference, or NULL with an exception set.
*/
typedef TyObject *(*ty_vectorcall)(TyObject *callable, TyObject *const *args,
                                   size_t nargs, TyObject *kwnames);
/* Built-in functions and methods: self is the bound object (the module for
** module functions, the instance for methods, the type for class methods). */
typedef TyObject *(*ty_cfunction)(TyObject *self, TyObject *const *args,
                                  size_t nargs, TyObject *kwnames);

/* Defines a file-local ty_cfunction `name`: self, then the vectorcall
** arguments (CPython's METH_FASTCALL | METH_KEYWORDS shape). */
#define TY_CFUNC(name) \
    static TyObject *name(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)

/* type.__new__-style constructor: called as type(*args, **kw). */
typedef TyObject *(*ty_newfunc)(TyType *type, TyObject *const *args,
                                size_t nargs, TyObject *kwnames);
/* __init__: returns 0, or -1 with an exception set. */
typedef int (*ty_initfunc)(TyObject *self, TyObject *const *args,
                           size_t nargs, TyObject *kwnames);

/* Rich comparison operators, numbered as CPython numbers them. */
enum { TY_LT = 0, TY_LE = 1, TY_EQ = 2, TY_NE = 3, TY_GT = 4, TY_GE = 5 };

/* Does `a op b` hold for two sizes?  The answer of a sequence comparison
** once one sequence is a prefix of the other. */
static inline bool tyObj_sizesCompare(ssize_t a, ssize_t b, int op)
{
    switch (op) {
    case TY_LT: return a < b;
    case TY_LE: return a <= b;
    case TY_EQ: return a == b;
    case TY_NE: return a != b;
    case TY_GT: return a > b;
    default: return a >= b;
    }
}

/*
** The binary operators, listed once.  X(ENUM, dunder-stem, symbol):
** TY_BINOP_ADD indexes TyType.binop[] and TyType.inplace[], "__add__",
** "__radd__" and "__iadd__" are derived from the stem, and the symbol is
** what error messages print.  The BINARY_OP instruction's argument is one of
** these numbers (plus TY_BINOP_COUNT for the in-place form).
*/
#define TY_BINARY_OPS(X)                      \
    X(ADD, add, "+")                          \
    X(SUB, sub, "-")                          \
    X(MUL, mul, "*")                          \
    X(TRUEDIV, truediv, "/")                  \
    X(FLOORDIV, floordiv, "//")               \
    X(MOD, mod, "%")                          \
    X(POW, pow, "**")                         \
    X(LSHIFT, lshift, "<<")                   \
    X(RSHIFT, rshift, ">>")                   \
    X(AND, and, "&")                          \
    X(OR, or, "|")                            \
    X(XOR, xor, "^")                          \
    X(MATMUL, matmul, "@")                    \
    X(DIVMOD, divmod, "divmod()")

enum {
#define TY_X_(e, stem, sym) TY_BINOP_##e,
    TY_BINARY_OPS(TY_X_)
#undef TY_X_
    TY_BINOP_COUNT
};

/* Unary operators: UNARY_OP's argument and TyType.unop[] index. */
#define TY_UNARY_OPS(X)        \
    X(NEG, neg, "-")           \
    X(POS, pos, "+")           \
    X(INVERT, invert, "~")     \
    X(ABS, abs, "abs()")

enum {
#define TY_X_(e, stem, sym) TY_UNOP_##e,
    TY_UNARY_OPS(TY_X_)
#undef TY_X_
    TY_UNOP_COUNT
};

/* A built-in method or function description. */
typedef struct TyMethodDef {
    const char *name;
    ty_cfunction fn;
    int flags; /* TY_METH_* */
    const char *doc;
} TyMethodDef;

enum {
    TY_METH_DEFAULT = 0, /* instance method: self is the instance */
    TY_METH_CLASS = 1,   /* class method: self is the type */
    TY_METH_STATIC = 2,  /* static: self is NULL */
};

/* A computed attribute.  get returns a new reference; set receives NULL
** for deletion and returns 0 / -1.  set == NULL makes it read-only.
** `member`: what CPython declares as a struct member (a function's
** __globals__) shows as a member_descriptor, the type of __slots__ entries,
** since programs compare the two (types.MemberDescriptorType). */
typedef struct TyGetSetDef {
    const char *name;
    TyObject *(*get)(TyObject *self);
    int (*set)(TyObject *self, TyObject *value);
    const char *doc;
    bool member;
} TyGetSetDef;

/* Type flags */
enum {
    TY_TPFLAG_GC = 1u << 0,          /* has a GC header; allocate with tyGC_alloc */
    TY_TPFLAG_BASETYPE = 1u << 1,    /* may be subclassed */
    TY_TPFLAG_HEAPTYPE = 1u << 2,    /* created by a class statement */
    TY_TPFLAG_READY = 1u << 3,       /* tyType_ready has run */
    TY_TPFLAG_METHOD_DESCR = 1u << 4,/* calling obj.name(...) may skip the bound method */
    TY_TPFLAG_IMMUTABLETYPE = 1u << 5,
    TY_TPFLAG_INT_SUBCLASS = 1u << 8,
    TY_TPFLAG_STR_SUBCLASS = 1u << 9,
    TY_TPFLAG_LIST_SUBCLASS = 1u << 10,
    TY_TPFLAG_TUPLE_SUBCLASS = 1u << 11,
    TY_TPFLAG_DICT_SUBCLASS = 1u << 12,
    TY_TPFLAG_TYPE_SUBCLASS = 1u << 13,
    TY_TPFLAG_EXC_SUBCLASS = 1u << 14,
    TY_TPFLAG_BYTES_SUBCLASS = 1u << 15,
    TY_TPFLAG_FLOAT_SUBCLASS = 1u << 16,
    /* Pattern matching (PEP 634): what a sequence / mapping pattern
    ** accepts, and the types whose one positional sub-pattern matches
    ** the subject itself (int(x), str(s), ...). */
    TY_TPFLAG_SEQUENCE = 1u << 17,
    TY_TPFLAG_MAPPING = 1u << 18,
    TY_TPFLAG_MATCH_SELF = 1u << 19,
    TY_TPFLAG_IS_ABSTRACT = 1u << 20, /* a non-empty __abstractmethods__ was set: no instances */
    /* CPython 3.11 has no vectorcall for this built-in type: a call gets
    ** its positional arguments in a tuple and its keywords in a dict, as
    ** every class's call does (type_call in objects/type.c). */
    TY_TPFLAG_TUPLE_CALL = 1u << 21,
};

/* The flags a class takes from its base. */
#define TY_TPFLAG_INHERITED                                                        \
    (TY_TPFLAG_INT_SUBCLASS | TY_TPFLAG_STR_SUBCLASS | TY_TPFLAG_LIST_SUBCLASS |    \
     TY_TPFLAG_TUPLE_SUBCLASS | TY_TPFLAG_DICT_SUBCLASS | TY_TPFLAG_TYPE_SUBCLASS | \
     TY_TPFLAG_EXC_SUBCLASS | TY_TPFLAG_BYTES_SUBCLASS | TY_TPFLAG_FLOAT_SUBCLASS | \
     TY_TPFLAG_SEQUENCE | TY_TPFLAG_MAPPING | TY_TPFLAG_MATCH_SELF)

/*
** A type: a struct of slots.  Built-in types are static TyType values
** completed by tyType_ready at start-up; classes are heap-allocated TyTypes
** whose slots dispatch to the class's dunder methods.  A NULL slot means
** "not supported"; the generic functions in object.c and abstract.c turn
** that into the TypeError CPython raises.
*/
struct TyType {
    TyVarObject ob;
    const char *name;       /* "list"; heap types: utf-8 of ht_name */
    ssize_t basicsize;      /* bytes of the fixed part, excluding the GC header */
    ssize_t itemsize;       /* bytes per item for variable-size objects */
    /* Variable-size types whose classes may add fields: the bytes an
    ** instance's base part and items occupy.  A class's own fields then
    ** follow, from the next pointer-aligned byte (negative offsets). */
    ssize_t (*var_size)(TyObject *);
    unsigned long flags;

    ty_destructor dealloc;  /* release references and free the memory */
    ty_unaryfunc repr;      /* new reference (a str) */
    ty_unaryfunc str;       /* new reference (a str); NULL: use repr */
    ty_hashfunc hash;       /* -1 with an exception on failure */
    ty_richcmpfunc richcompare; /* new reference, or NotImplemented */
    ty_getattrofunc getattr;    /* new reference; NULL: tyObj_genericGetAttr */
    ty_setattrofunc setattr;    /* value NULL deletes */
    ty_vectorcall call;
    ty_unaryfunc iter;      /* new reference to an iterator */
    /* Next item: new reference, or NULL.  NULL without an exception set
    ** means "exhausted" (no StopIteration object is made on the fast path). */
    ty_unaryfunc iternext;
    ty_traverseproc traverse;   /* GC types: visit every owned reference */
    ty_inquiry clear;           /* GC types: drop references that may form cycles */
    ty_descrgetfunc descr_get;
    ty_descrsetfunc descr_set;
    ty_newfunc tp_new;
    ty_initfunc tp_init;
    ty_destructor finalize;     /* __del__ (PEP 442); may be NULL */

    /* Number protocol.  binop[k](a, b) is called with either operand of
    ** this type (CPython's convention) and returns NotImplemented when it
    ** does not handle the pair. */
    ty_binaryfunc binop[TY_BINOP_COUNT];
    ty_binaryfunc inplace[TY_BINOP_COUNT];
    ty_unaryfunc unop[TY_UNOP_COUNT];
    ty_inquiry nb_bool;         /* 1 / 0 / -1 */
    ty_unaryfunc nb_int;        /* __int__ */
    ty_unaryfunc nb_float;      /* __float__ */
    ty_unaryfunc nb_index;      /* __index__ */

    /* Async protocol: new references. */
    ty_unaryfunc am_await;      /* __await__: an iterator */
    ty_unaryfunc am_aiter;      /* __aiter__ */
    ty_unaryfunc am_anext;      /* __anext__: an awaitable */

    /* Sequence and mapping protocol. */
    ty_lenfunc length;          /* -1 with an exception on failure */
    ty_binaryfunc subscript;    /* o[key]: new reference */
    ty_objobjargproc ass_subscript; /* o[key] = v; v NULL deletes */
    ty_objobjproc contains;     /* 1 / 0 / -1 */
    /* Sequence concatenation and repetition (CPython's sq_concat,
    ** sq_repeat and their in-place forms).  `+` and `*` reach them only
    ** after both operands' number slots declined, so the other operand's
    ** __radd__/__rmul__ comes first.  sq_concat is called with this type's
    ** object on the left and raises its own TypeError for an operand it
    ** cannot take; the repeat slots receive the count already converted. */
    ty_binaryfunc sq_concat;
    ty_ssizeargfunc sq_repeat;
    ty_binaryfunc sq_inplace_concat;
    ty_ssizeargfunc sq_inplace_repeat;

    TyMethodDef *methods;
    TyGetSetDef *getset;
    const char *doc;

    TyType *base;               /* single base for layout; object's is NULL */
    TyObject *bases;            /* tuple of base classes */
    TyObject *mro;              /* tuple: the C3 linearisation */
    TyObject *dict;             /* attributes: methods, descriptors, class vars */
    TyObject *subclasses;       /* dict {address: weakref to subclass}; may be NULL */
    ssize_t dictoffset;         /* instance __dict__ slot offset, 0 if none */
    ssize_t weaklistoffset;     /* weakref list offset, 0 if not weak-referenceable */

    /* Heap types only. */
    ssize_t valuesoffset;       /* instances' inline attribute values slot, 0 if none */
    /* The attribute names inline values index (instance.h): a C array, not a
    ** list, because CPython's shared keys are no container either and an
    ** allocation here would count toward generation 0. */
    struct TyInstKeys *cached_keys;
    ssize_t slotsoffset;        /* this class's own __slots__ storage */
    ssize_t nslots;
    TyObject *ht_name;          /* str */
    TyObject *ht_qualname;      /* str */
    TyObject *ht_module;        /* str, __module__ at creation */
    /* Bumped whenever this type's dict or MRO changes (inline caches). */
    uint32_t version;
    TyObject *weaklist;         /* weak references to this type */
};

/* Type checks.  TY_IS(o, T) is an exact check; the subclass forms read flags. */
#define TY_IS_TYPE(o, t) (TY_TYPE(o) == (t))
#define TY_TYPE_HAS(t, f) (((t)->flags & (f)) != 0)

/* ---------------------------------------------------------------------- */
/* Generic object protocol (object.c).                                      */

/* repr(o) / str(o): new reference to a str. */
TyObject *tyObj_repr(TyObject *o);
TyObject *tyObj_str(TyObject *o);
/* How call errors name a callable (CPython's _PyObject_FunctionStr):
** "__main__.f()", "print()", or str(func) when it has no __qualname__.
** Looked up only when an error is being reported, since it may run the
** object's own code (a Mock records the lookups).  New reference. */
TyObject *tyObj_functionStr(TyObject *func);
/* hash(o), or -1 with an exception set (TypeError for unhashable types). */
ty_hash tyObj_hash(TyObject *o);
/* a <op> b with CPython's reflected-operand rules: new reference. */
TyObject *tyObj_richCompare(TyObject *a, TyObject *b, int op);
/* a <op> b as a truth value: 1 / 0 / -1.  For EQ/NE, identity short-cuts
** as in CPython's PyObject_RichCompareBool. */
int tyObj_richCompareBool(TyObject *a, TyObject *b, int op);
/* bool(o): 1 / 0 / -1. */
int tyObj_isTrue(TyObject *o);
/* getattr(o, name): new reference; AttributeError when missing. */
TyObject *tyObj_getAttr(TyObject *o, TyObject *name);
TyObject *tyObj_getAttrStr(TyObject *o, const char *name);
/* After o.name failed: an AttributeError being raised records o and name
** (unless it already names some), as CPython's PyObject_GetAttr does, for
** the "Did you mean" of its report.  tyObj_getAttr does it itself. */
void tyObj_noteAttributeError(TyObject *o, TyObject *name);
/* As tyObj_getAttr, but a missing attribute returns 0 with *out NULL and
** no exception; 1 with *out a new reference when found; -1 on error. */
int tyObj_lookupAttr(TyObject *o, TyObject *name, TyObject **out);
int tyObj_setAttr(TyObject *o, TyObject *name, TyObject *value);
int tyObj_setAttrStr(TyObject *o, const char *name, TyObject *value);
int tyObj_delAttr(TyObject *o, TyObject *name);
/* The default attribute machinery: data descriptors on the type, then the
** instance __dict__, then other class attributes. */
TyObject *tyObj_genericGetAttr(TyObject *o, TyObject *name);
int tyObj_genericSetAttr(TyObject *o, TyObject *name, TyObject *value);
/* Address of the field at `offset` in o.  An offset >= 0 counts from the
** object's start; -n (n a multiple of the pointer size) is the n/8-th
** pointer after the items of a variable-size instance (see var_size). */
void *tyObj_fieldPtr(TyObject *o, ssize_t offset);
/* Address of the instance __dict__ slot, or NULL if the type has none. */
static inline TyObject **tyObj_dictPtr(TyObject *o)
{
    ssize_t off = o->type->dictoffset;
    if (off > 0)
        return (TyObject **)((char *)o + off);
    return off ? (TyObject **)tyObj_fieldPtr(o, off) : NULL;
}

/* Calls: new reference. */
TyObject *tyObj_call(TyObject *callable, TyObject *const *args, size_t nargs,
                     TyObject *kwnames);
TyObject *tyObj_callNoArgs(TyObject *callable);
TyObject *tyObj_callOneArg(TyObject *callable, TyObject *arg);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
TyObject *tyObj_callTupleDict(TyObject *callable, TyObject *args, TyObject *kwargs);
/* callable(*args[:npos], **kwargs) without building a tuple of the
** positional arguments (CPython's PyObject_VectorcallDict); kwargs may be
** NULL. */
TyObject *tyObj_callDict(TyObject *callable, TyObject *const *args, ssize_t npos, TyObject *kwargs);
/* A special method looked up on o's type (never o itself) and bound to o:
** new reference, or NULL with no exception set when the type has none (or
** with the exception of a failed __get__). */
TyObject *tyObj_lookupSpecial(TyObject *o, TyObject *name);
/* o.name(args...): new reference. */
TyObject *tyObj_callMethod(TyObject *o, TyObject *name, TyObject *const *args,
                           size_t nargs);
bool tyObj_isCallable(TyObject *o);

/* iter(o): new reference; TypeError "'int' object is not iterable". */
TyObject *tyObj_getIter(TyObject *o);
/* next(it): new reference; NULL with no exception when exhausted (a
** StopIteration raised by Python code is consumed and turned into that). */
TyObject *tyIter_next(TyObject *it);
/* The iternext slot of a class whose __next__ was deleted while one of its
** iterators may be running (CPython's _PyObject_NextNotImplemented): raises
** TypeError "'X' object is not iterable" and returns NULL. */
TyObject *tyIter_nextDeleted(TyObject *it);
/* Is o an iterator: an iternext slot that is not tyIter_nextDeleted. */
static inline bool tyIter_check(TyObject *o)
{
    return TY_TYPE(o)->iternext && TY_TYPE(o)->iternext != tyIter_nextDeleted;
}
/* One step of `it` (an iterator: tyObj_getIter's result), as CPython's
** tp_iternext: new reference, or NULL when exhausted, with no exception or
** with the StopIteration a Python __next__ raised still set.  Iterators
** over iterators that CPython writes this way (enumerate, map, zip,
** filter, most of itertools) pass that exception on unchanged. */
static inline TyObject *tyIter_step(TyObject *it) { return TY_TYPE(it)->iternext(it); }

/* Subscription: new reference / 0 / -1. */
TyObject *tyObj_getItem(TyObject *o, TyObject *key);
int tyObj_setItem(TyObject *o, TyObject *key, TyObject *value);
int tyObj_delItem(TyObject *o, TyObject *key);
/* len(o), or -1 with an exception. */
ssize_t tyObj_length(TyObject *o);
/* operator.length_hint(o, dflt), as CPython's PyObject_LengthHint: len(o)
** when o has a length (a TypeError from it counts as none), else
** o.__length_hint__() (NotImplemented counts as none), else dflt; -1 with
** an exception, including CPython's for a bad __length_hint__ result. */
ssize_t tyObj_lengthHint(TyObject *o, ssize_t dflt);
/* PySequence_Check's answer: never a dict; yes for the built-in sequences
** and for instances of a class that defines __getitem__ (a class statement
** gives such a class the sequence protocol, as CPython's slots do). */
bool tyObj_isSequence(TyObject *o);
/* `item in container`: 1 / 0 / -1. */
int tyObj_contains(TyObject *container, TyObject *item);

/* isinstance / issubclass with CPython's rules (tuples of types allowed). */
int tyObj_isInstance(TyObject *o, TyObject *cls);
int tyObj_isSubclass(TyObject *derived, TyObject *cls);
/* The same without __instancecheck__ / __subclasscheck__ (type's own
** methods): isinstance also accepts o.__class__ (a proxy's answer), and
** objects with a __bases__ tuple act as classes.  1 / 0 / -1. */
int tyObj_realIsInstance(TyObject *o, TyObject *cls);
int tyObj_realIsSubclass(TyObject *derived, TyObject *cls);
/* Fast C-level subtype test along the MRO. */
bool tyType_isSubtype(TyType *a, TyType *b);
#define TY_IS_INSTANCE(o, T) (TY_TYPE(o) == (T) || tyType_isSubtype(TY_TYPE(o), (T)))

/* Guard against infinite recursion in repr of self-containing containers:
** returns 1 if o's repr is already in progress (print "[...]" / "{...}"),
** 0 after marking it in progress, -1 on error.  Pair 0 with reprLeave. */
int tyObj_reprEnter(TyObject *o);
void tyObj_reprLeave(TyObject *o);

/* Frees memory of an object whose references were already released; picks
** the GC or plain path from the type.  Used at the end of dealloc slots. */
void tyObj_free(TyObject *o);

/* Recursion guard for C code that may recurse on nested data (repr, ==,
** hash...): counts against sys.getrecursionlimit(); returns -1 with
** RecursionError("maximum recursion depth exceeded<where>") when too deep. */
int tyObj_enterRecursiveCall(const char *where);
void tyObj_leaveRecursiveCall(void);

/* ---------------------------------------------------------------------- */
/* Abstract number protocol (abstract.c).  All return new references.      */

/* a <op> b for op in TY_BINOP_*, with reflected operands, then (for + and
** *) sequence concatenation and repetition, then CPython's TypeError
** "unsupported operand type(s) for +: 'int' and 'str'". */
TyObject *tyNum_binary(TyObject *a, TyObject *b, int op);
/* a <op>= b: the in-place slot first, then as tyNum_binary, with the
** sequences' in-place concat/repeat in CPython's order. */
TyObject *tyNum_inplace(TyObject *a, TyObject *b, int op);
/* -a, +a, ~a, abs(a) for op in TY_UNOP_*. */
TyObject *tyNum_unary(TyObject *a, int op);
/* pow(a, b, m) with m possibly None. */
TyObject *tyNum_power3(TyObject *a, TyObject *b, TyObject *m);
/* operator.index(o): a new reference to an int, or TypeError. */
TyObject *tyNum_index(TyObject *o);
/* o.__index__() as a C ssize_t; OverflowError / IndexError style messages
** are the caller's choice through `err` (NULL: OverflowError). */
ssize_t tyNum_asSsize(TyObject *o, TyType *err);
/* o.__index__() as a C ssize_t clamped to its range, as CPython's
** PyNumber_AsSsize_t(o, NULL) gives it (huge ints do not raise): 0, or -1
** with an exception. */
int tyNum_asClampedSsize(TyObject *o, ssize_t *out);
/* int(o) / float(o) conversions for the builtins. */
TyObject *tyNum_long(TyObject *o);
TyObject *tyNum_float(TyObject *o);

#endif
