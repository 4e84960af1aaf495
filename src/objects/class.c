/*
** class.c — classes: what the class statement builds.
**
** A class is a heap-allocated TyType.  Creating one: pick the metaclass
** and the base that decides the instance layout, compute __mro__ by C3,
** copy the namespace into the type's dict, give instances a __dict__ slot,
** inherit the C slots of the base and point the slots of dunders written
** in Python at their dispatchers (slots.c).  Instances of a class own a
** reference to it; their dealloc runs __del__ (PEP 442: once), releases
** the dict, then lets the built-in base free the rest.
*/
#include "tally.h"
#include "vm.h"
#include "objects/class.h"
#include "objects/slots.h"
#include "objects/func.h"
#include "objects/instance.h"
#include "objects/member.h"
#include "objects/weakref.h"
#include "symtable.h"

/* ---- layout ------------------------------------------------------------------- */

TyType *tyClass_solidBase(TyType *type)
{
    if (type->flags & TY_TPFLAG_HEAPTYPE)
        return tyClass_solidBase(type->base);
    if (!type->base)
        return type;
    TyType *b = type->base;
    if (type->basicsize != b->basicsize || type->itemsize != b->itemsize)
        return type;
    return tyClass_solidBase(b);
}

/* The base whose layout the new class extends. */
static TyType *best_base(TyObject *bases)
{
    TyType *winner = NULL, *best = NULL;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++) {
        TyObject *b = TY_TUPLE_GET(bases, i);
        if (!TY_TYPE_CHECK(b)) {
            tyErr_setString(&TyExc_TypeError, "bases must be types");
            return NULL;
        }
        TyType *bt = (TyType *)b;
        if (!(bt->flags & TY_TPFLAG_BASETYPE)) {
            tyErr_format(&TyExc_TypeError, "type '%s' is not an acceptable base type", tyType_name(bt));
            return NULL;
        }
        TyType *candidate = tyClass_solidBase(bt);
        if (!winner) {
            winner = candidate;
            best = bt;
        } else if (tyType_isSubtype(winner, candidate)) {
            /* keep */
        } else if (tyType_isSubtype(candidate, winner)) {
            winner = candidate;
            best = bt;
        } else {
            tyErr_setString(&TyExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* ---- C3 linearisation ------------------------------------------------------------ */

/* Is o in seq past position start? */
static bool tail_contains(TyObject *seq, ssize_t start, TyObject *o)
{
    for (ssize_t i = start + 1; i < TY_TUPLE_LEN(seq); i++)
        if (TY_TUPLE_GET(seq, i) == o)
            return true;
    return false;
}

/* The "Cannot create a consistent method resolution order" TypeError,
** naming the heads still waiting, each once.  Always NULL. */
static TyObject *mro_conflict(TyObject **seqs, ssize_t *heads, ssize_t nseq)
{
    TyStrBuilder b;
    tyBuf_init(&b);
    tyBuf_appendC(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    bool first = true;
    for (ssize_t i = 0; i < nseq; i++) {
        if (heads[i] >= TY_TUPLE_LEN(seqs[i]))
            continue;
        TyObject *head = TY_TUPLE_GET(seqs[i], heads[i]);
        bool seen = false;
        for (ssize_t j = 0; j < i; j++)
            if (heads[j] < TY_TUPLE_LEN(seqs[j]) && TY_TUPLE_GET(seqs[j], heads[j]) == head)
                seen = true;
        if (seen)
            continue;
        if (!first)
            tyBuf_appendC(&b, ", ");
        first = false;
        tyBuf_appendC(&b, tyType_name((TyType *)head));
    }
    TyObject *msg = tyBuf_finish(&b);
    if (msg) {
        tyErr_setObject(&TyExc_TypeError, msg);
        TY_DECREF(msg);
    }
    return NULL;
}

/*
** __mro__ of a class with these bases: new tuple, or NULL with TypeError.
** The containers made on the way are CPython 3.11's (mro_implementation),
** because each one counts toward generation 0 and so decides when
** automatic collections run: a single base gives the tuple directly;
** several merge the bases' __mro__ tuples (read in place, with C arrays
** of positions) into one list that becomes the tuple.
*/
static TyObject *c3_mro(TyType *type, TyObject *bases)
{
    ssize_t nb = TY_TUPLE_LEN(bases);
    if (nb == 1) {
        TyObject *bmro = ((TyType *)TY_TUPLE_GET(bases, 0))->mro;
        TyObject *t = tyTuple_new(TY_TUPLE_LEN(bmro) + 1);
        if (!t)
            return NULL;
        TY_TUPLE_SET(t, 0, TY_NEWREF(type));
        for (ssize_t i = 0; i < TY_TUPLE_LEN(bmro); i++)
            TY_TUPLE_SET(t, i + 1, TY_NEWREF(TY_TUPLE_GET(bmro, i)));
        return t;
    }
    for (ssize_t i = 0; i < nb; i++) {
        for (ssize_t j = i + 1; j < nb; j++) {
            if (TY_TUPLE_GET(bases, i) == TY_TUPLE_GET(bases, j))
                return tyErr_format(&TyExc_TypeError, "duplicate base class %s",
                                    tyType_name((TyType *)TY_TUPLE_GET(bases, i)));
        }
    }
    ssize_t nseq = nb + 1;
    TyObject **seqs = tyMem_calloc((size_t)nseq, sizeof(TyObject *));
    ssize_t *heads = tyMem_calloc((size_t)nseq, sizeof(ssize_t));
    TyObject *result = tyList_new(0);
    if (!seqs || !heads || !result || tyList_append(result, (TyObject *)type) < 0)
        goto fail;
    for (ssize_t i = 0; i < nb; i++)
        seqs[i] = ((TyType *)TY_TUPLE_GET(bases, i))->mro;
    seqs[nb] = bases;
    for (;;) {
        bool empty = true;
        TyObject *candidate = NULL;
        for (ssize_t i = 0; i < nseq; i++) {
            if (heads[i] >= TY_TUPLE_LEN(seqs[i]))
                continue;
            empty = false;
            TyObject *head = TY_TUPLE_GET(seqs[i], heads[i]);
            bool in_tail = false;
            for (ssize_t j = 0; j < nseq && !in_tail; j++)
                if (heads[j] < TY_TUPLE_LEN(seqs[j]) && tail_contains(seqs[j], heads[j], head))
                    in_tail = true;
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (empty)
            break;
        if (!candidate) {
            mro_conflict(seqs, heads, nseq);
            goto fail;
        }
        if (tyList_append(result, candidate) < 0)
            goto fail;
        for (ssize_t i = 0; i < nseq; i++)
            if (heads[i] < TY_TUPLE_LEN(seqs[i]) && TY_TUPLE_GET(seqs[i], heads[i]) == candidate)
                heads[i]++;
    }
    tyMem_free(seqs);
    tyMem_free(heads);
    TyObject *t = tyList_asTuple(result);
    TY_DECREF(result);
    return t;
fail:
    tyMem_free(seqs);
    tyMem_free(heads);
    TY_XDECREF(result);
    return NULL;
}

TyObject *tyClass_defaultMro(TyType *type)
{
    if (!type->bases || TY_TUPLE_LEN(type->bases) == 0)
        return tyList_fromArray((TyObject **)&type, 1);
    TyObject *mro = c3_mro(type, type->bases);
    if (!mro)
        return NULL;
    TyObject *list = tyList_fromArray(TY_TUPLE_ITEMS(mro), TY_TUPLE_LEN(mro));
    TY_DECREF(mro);
    return list;
}

/*
** The MRO of t: C3 over its bases, or what its metaclass's own mro()
** returns (CPython's mro_internal), as a tuple of classes.  An entry that
** is not one of t's C3 ancestors must be a built-in type whose layout t's
** instances have: a class from elsewhere could give t's instances
** attributes at offsets they do not have.  New reference, or NULL with
** TypeError.
*/
static TyObject *compute_mro(TyType *t)
{
    TyObject *meth = TY_TYPE(t) == &TyType_Type ? NULL : tyType_lookupStr(TY_TYPE(t), "mro");
    if (!meth || meth == tyType_lookupStr(&TyType_Type, "mro"))
        return c3_mro(t, t->bases);
    TyObject *bound = tyObj_getAttrStr((TyObject *)t, "mro");
    TyObject *r = bound ? tyObj_call(bound, NULL, 0, NULL) : NULL;
    TY_XDECREF(bound);
    TyObject *mro = r ? tyTuple_fromIterable(r) : NULL;
    TY_XDECREF(r);
    /* The ancestors as the bases are now: mro() may have assigned them. */
    TyObject *c3 = mro ? c3_mro(t, t->bases) : NULL;
    if (!c3) {
        TY_XDECREF(mro);
        return NULL;
    }
    for (ssize_t i = 0; mro && i < TY_TUPLE_LEN(mro); i++) {
        TyObject *b = TY_TUPLE_GET(mro, i);
        if (!TY_TYPE_CHECK(b)) {
            tyErr_format(&TyExc_TypeError, "mro() returned a non-class ('%s')", tyType_name(TY_TYPE(b)));
            TY_CLEAR(mro);
            break;
        }
        bool ancestor = false;
        for (ssize_t k = 0; k < TY_TUPLE_LEN(c3) && !ancestor; k++)
            ancestor = TY_TUPLE_GET(c3, k) == b;
        TyType *bt = (TyType *)b;
        if (!ancestor && ((bt->flags & TY_TPFLAG_HEAPTYPE) ||
                          !tyType_isSubtype(tyClass_solidBase(t), tyClass_solidBase(bt)))) {
            tyErr_format(&TyExc_TypeError, "mro() returned base with unsuitable layout ('%s')", tyType_name(bt));
            TY_CLEAR(mro);
            break;
        }
    }
    TY_DECREF(c3);
    return mro;
}

/* ---- instances ----------------------------------------------------------------- */

/* The built-in type whose dealloc frees an instance's base part. */
static TyType *static_base(TyType *t)
{
    while (t->flags & TY_TPFLAG_HEAPTYPE)
        t = t->base;
    return t;
}

/* Would CPython refuse fields after this base's items: its int, tuple
** and bytes are variable-size (tally's int is not; CPython's str is not). */
static bool cpython_var_size(TyType *base)
{
    TyType *sb = static_base(base);
    return sb == &TyInt_Type || sb == &TyTuple_Type || sb == &TyBytes_Type;
}

/*
** Adds one object-pointer field to instances of t and returns its offset
** (for tyObj_fieldPtr).  Fields go after the base's fixed part, or, when
** the base is variable-size, after the items: there the first field also
** reserves the padding that aligns them (offsets -8, -16, ...).
*/
static ssize_t add_field(TyType *t)
{
    const ssize_t ptr = (ssize_t)sizeof(TyObject *);
    ssize_t off;
    if (!t->itemsize) {
        off = t->basicsize;
    } else {
        ssize_t fixed = static_base(t)->basicsize;
        if (t->basicsize == fixed)
            t->basicsize += ptr;
        off = -(t->basicsize - fixed);
    }
    t->basicsize += ptr;
    return off;
}

/* Offset of the i-th __slots__ field of class c. */
static ssize_t slot_offset(TyType *c, ssize_t i)
{
    ssize_t step = (ssize_t)sizeof(TyObject *);
    return c->slotsoffset + (c->slotsoffset < 0 ? -i : i) * step;
}

static int subtype_traverse(TyObject *self, ty_visitproc visit, void *arg)
{
    TyType *t = TY_TYPE(self);
    if (visit((TyObject *)t, arg))
        return 1;
    TyType *sb = static_base(t);
    /* A dict slot the built-in base declares is that base's to visit. */
    TyObject **dictptr = t->dictoffset != sb->dictoffset ? tyObj_dictPtr(self) : NULL;
    if (dictptr && *dictptr && visit(*dictptr, arg))
        return 1;
    if (t->valuesoffset && tyInst_traverseValues(self, visit, arg))
        return 1;
    for (TyType *c = t; c->flags & TY_TPFLAG_HEAPTYPE; c = c->base) {
        for (ssize_t i = 0; i < c->nslots; i++) {
            TyObject *v = *(TyObject **)tyObj_fieldPtr(self, slot_offset(c, i));
            if (v && visit(v, arg))
                return 1;
        }
    }
    if (sb->traverse)
        return sb->traverse(self, visit, arg);
    return 0;
}

/* Release the values in this instance's own __slots__ (of every class). */
static void clear_slots(TyObject *self)
{
    for (TyType *c = TY_TYPE(self); c->flags & TY_TPFLAG_HEAPTYPE; c = c->base) {
        for (ssize_t i = 0; i < c->nslots; i++) {
            TyObject **slot = tyObj_fieldPtr(self, slot_offset(c, i));
            TY_CLEAR(*slot);
        }
    }
}

/* The __slots__ values first, then the attributes, as CPython releases
** them (the order __del__ methods of what they hold run in). */
static int subtype_clear(TyObject *self)
{
    clear_slots(self);
    TyObject **dictptr = tyObj_dictPtr(self);
    if (dictptr)
        TY_CLEAR(*dictptr);
    if (TY_TYPE(self)->valuesoffset)
        tyInst_clearValues(self);
    TyType *sb = static_base(TY_TYPE(self));
    if (sb->clear)
        return sb->clear(self);
    return 0;
}

static void subtype_dealloc(TyObject *self)
{
    TyType *t = TY_TYPE(self);
    tyGC_untrack(self);
    if (t->finalize && !tyGC_isFinalized(self)) {
        /* PEP 442: run __del__ once, with the object alive again. */
        self->refcnt = 1;
        tyGC_setFinalized(self);
        t->finalize(self);
        if (--self->refcnt != 0) {
            /* Resurrected: it lives on (and is never finalized again). */
            tyGC_track(self);
            return;
        }
    }
    if (t->weaklistoffset)
        tyWeakref_clear(self);
    clear_slots(self);
    TyObject **dictptr = tyObj_dictPtr(self);
    if (dictptr)
        TY_CLEAR(*dictptr);
    if (t->valuesoffset)
        tyInst_clearValues(self);
    TyType *sb = static_base(t);
    if (sb->dealloc && sb != &TyBaseObject_Type)
        sb->dealloc(self);
    else
        tyObj_free(self);
    TY_DECREF(t);
}

/* The __dict__ descriptor of the nearest built-in base of self's class
** that keeps a dict of its own (type, module, BaseException), or NULL:
** CPython's get_builtin_base_with_dict.  A class Base's __dict__
** descriptor then answers as that base does (`class Meta(type, Base)`:
** a class's mappingproxy, never replaced).  Borrowed. */
static TyObject *builtin_dict_descr(TyObject *self)
{
    for (TyType *t = TY_TYPE(self); t; t = t->base)
        if (!TY_TYPE_HAS(t, TY_TPFLAG_HEAPTYPE) && t->dictoffset)
            return tyType_lookup(t, TY_ID(__dict__));
    return NULL;
}

static TyObject *subtype_get_dict(TyObject *self)
{
    TyObject *descr = builtin_dict_descr(self);
    if (descr && TY_TYPE(descr)->descr_get)
        return TY_TYPE(descr)->descr_get(descr, self, (TyObject *)TY_TYPE(self));
    TyObject **dictptr = tyObj_dictPtr(self);
    if (!dictptr)
        return tyErr_setString(&TyExc_AttributeError, "This object has no __dict__");
    if (!*dictptr && TY_TYPE(self)->valuesoffset) {
        TyObject *d = tyInst_materialize(self);
        return d ? TY_NEWREF(d) : NULL;
    }
    if (!*dictptr) {
        *dictptr = tyDict_new();
        if (!*dictptr)
            return NULL;
    }
    return TY_NEWREF(*dictptr);
}

static int subtype_set_dict(TyObject *self, TyObject *value)
{
    /* A type's own __dict__ stays read-only through a base's descriptor. */
    TyObject *descr = builtin_dict_descr(self);
    if (descr && TY_TYPE(descr)->descr_set)
        return TY_TYPE(descr)->descr_set(descr, self, value);
    TyObject **dictptr = tyObj_dictPtr(self);
    if (!dictptr) {
        tyErr_setString(&TyExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !TY_DICT_CHECK(value)) {
        tyErr_format(&TyExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                     tyType_name(TY_TYPE(value)));
        return -1;
    }
    if (TY_TYPE(self)->valuesoffset)
        tyInst_clearValues(self);
    TY_XINCREF(value);
    TY_XSETREF(*dictptr, value);
    return 0;
}

static TyObject *subtype_get_weakref(TyObject *self)
{
    TyType *t = TY_TYPE(self);
    if (!t->weaklistoffset)
        return tyErr_setString(&TyExc_AttributeError, "This object has no __weakref__");
    TyObject *list = *(TyObject **)tyObj_fieldPtr(self, t->weaklistoffset);
    return TY_NEWREF(list ? list : TY_NONE);
}

static TyGetSetDef subtype_dict_getset = { "__dict__", subtype_get_dict, subtype_set_dict,
                                           "dictionary for instance variables (if defined)" };
static TyGetSetDef subtype_weakref_getset = { "__weakref__", subtype_get_weakref, NULL,
                                              "list of weak references to the object (if defined)" };

/* ---- type objects of classes -------------------------------------------------- */

int tyClass_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyType *t = (TyType *)o;
    if (!(t->flags & TY_TPFLAG_HEAPTYPE))
        return 0;
    /* The metaclass, when it is a class too, is visited by subtype_traverse;
    ** the name strings cannot be part of a cycle. */
    TyObject *refs[] = { t->dict, t->mro, t->bases, (TyObject *)t->base };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

int tyClass_clear(TyObject *o)
{
    TyType *t = (TyType *)o;
    TY_CLEAR(t->dict);
    TY_CLEAR(t->mro);
    tyType_modified(t);
    return 0;
}

/*
** Each class registers itself with its bases as CPython's add_subclass
** does: the base's `subclasses` dict maps the class's address (an int) to
** a weak reference to it.  The weak reference is a container allocation
** that generation 0 counts, and it shows in weakref.getweakrefcount(C),
** both as in CPython.
*/
static TyObject *subclass_key(TyType *t)
{
    return tyInt_fromU64((uint64_t)(uintptr_t)t);
}

/* Forget a dying class in its bases' subclass registries. */
static void unlink_subclass(TyType *t)
{
    if (!t->bases)
        return;
    TyObject *key = subclass_key(t);
    TyObject *saved = tyErr_fetch();
    for (ssize_t i = 0; key && i < TY_TUPLE_LEN(t->bases); i++) {
        TyObject *subs = ((TyType *)TY_TUPLE_GET(t->bases, i))->subclasses;
        if (subs && tyDict_getItem(subs, key) && tyDict_delItem(subs, key) < 0)
            tyErr_clear();
    }
    if (!key)
        tyErr_clear();
    TY_XDECREF(key);
    tyErr_restore(saved);
}

void tyClass_dealloc(TyObject *o)
{
    TyType *t = (TyType *)o;
    tyGC_untrack(o);
    tyWeakref_clear(o);
    unlink_subclass(t);
    tyType_modified(t);
    TY_XDECREF(t->dict);
    TY_XDECREF(t->bases);
    TY_XDECREF(t->mro);
    TY_XDECREF(t->subclasses);
    TY_XDECREF(t->base);
    TY_XDECREF(t->ht_name);
    TY_XDECREF(t->ht_qualname);
    TY_XDECREF(t->ht_module);
    tyInst_freeKeys(t);
    /* A class made by a metaclass written in Python is released through
    ** subtype_dealloc, which drops the reference to the metaclass. */
    tyObj_free(o);
}

/* The live class a registry entry's weak reference points to: borrowed,
** or NULL once the class is being freed. */
static TyType *registered_class(TyObject *ref)
{
    return (TyType *)tyWeakref_get(ref);
}

TyObject *tyClass_subclasses(TyType *type)
{
    TyObject *r = tyList_new(0);
    if (!r || !type->subclasses)
        return r;
    ssize_t pos = 0;
    TyObject *k, *ref;
    while (tyDict_next(type->subclasses, &pos, &k, &ref)) {
        TyType *sub = registered_class(ref);
        if (sub && tyList_append(r, (TyObject *)sub) < 0) {
            TY_DECREF(r);
            return NULL;
        }
    }
    return r;
}

int tyClass_ensureSubclassRegistry(TyType *base)
{
    if (!base->subclasses)
        base->subclasses = tyDict_new();
    return base->subclasses ? 0 : -1;
}

static int add_subclass(TyType *base, TyType *sub)
{
    if (tyClass_ensureSubclassRegistry(base) < 0)
        return -1;
    TyObject *key = subclass_key(sub);
    TyObject *ref = key ? tyWeakref_new((TyObject *)sub, NULL) : NULL;
    int r = ref ? tyDict_setItem(base->subclasses, key, ref) : -1;
    TY_XDECREF(key);
    TY_XDECREF(ref);
    return r;
}

static TyObject *slot_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* A class's slots: its base's C functions, then the dispatchers of the
** dunders written in Python anywhere along the MRO (again whenever the
** bases change). */
/*
** CPython's C `_abc` (ABCMeta.__new__ through _abc_init) reads the
** collection flags collections.abc's Sequence and Mapping declare in
** `__abc_tpflags__` (CPython's bits 5 and 6), sets them on the class so
** that sequence and mapping patterns accept its instances, and removes
** the name.  tally's ABCMeta is _py_abc's, written in Python, so class
** creation does it for every class made by a metaclass.  0, or -1 with
** TypeError when both flags are asked for.
*/
static int abc_tpflags(TyType *t)
{
    TyObject *key = tyStr_fromCStr("__abc_tpflags__");
    if (!key)
        return -1;
    TyObject *flags = tyDict_getItem(t->dict, key);
    int r = 0;
    if (flags) {
        int64_t v = 0;
        if (TY_TYPE(flags) == &TyInt_Type && tyInt_asI64(flags, &v) < 0)
            r = -1;
        bool seq = v & (1 << 5), map = v & (1 << 6);
        if (r == 0 && seq && map) {
            tyErr_setString(&TyExc_TypeError,
                            "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            r = -1;
        }
        if (r == 0) {
            t->flags |= (seq ? TY_TPFLAG_SEQUENCE : 0) | (map ? TY_TPFLAG_MAPPING : 0);
            r = tyDict_delItem(t->dict, key);
        }
    }
    TY_DECREF(key);
    return r;
}

static void inherit_slots(TyType *t)
{
    TyType *b = t->base;
    t->repr = b->repr; t->str = b->str; t->hash = b->hash; t->richcompare = b->richcompare;
    t->getattr = b->getattr; t->setattr = b->setattr; t->call = b->call; t->iter = b->iter;
    t->iternext = b->iternext; t->descr_get = b->descr_get; t->descr_set = b->descr_set;
    t->tp_new = b->tp_new; t->tp_init = b->tp_init; t->finalize = b->finalize;
    t->nb_bool = b->nb_bool; t->nb_int = b->nb_int; t->nb_float = b->nb_float;
    t->nb_index = b->nb_index; t->length = b->length; t->subscript = b->subscript;
    t->am_await = b->am_await; t->am_aiter = b->am_aiter; t->am_anext = b->am_anext;
    t->ass_subscript = b->ass_subscript; t->contains = b->contains;
    t->sq_concat = b->sq_concat; t->sq_repeat = b->sq_repeat;
    t->sq_inplace_concat = b->sq_inplace_concat; t->sq_inplace_repeat = b->sq_inplace_repeat;
    memcpy(t->binop, b->binop, sizeof t->binop);
    memcpy(t->inplace, b->inplace, sizeof t->inplace);
    memcpy(t->unop, b->unop, sizeof t->unop);
    t->flags |= b->flags & TY_TPFLAG_INHERITED & ~(TY_TPFLAG_SEQUENCE | TY_TPFLAG_MAPPING);
    /* The collection flags come from the first class along the MRO that
    ** has one, not from the layout base (CPython's inherit_patma_flags):
    ** class M(C, UserDict, Sequence) is a mapping. */
    for (ssize_t i = 1; t->mro && i < TY_TUPLE_LEN(t->mro); i++) {
        TyType *m = (TyType *)TY_TUPLE_GET(t->mro, i);
        if (m->flags & (TY_TPFLAG_SEQUENCE | TY_TPFLAG_MAPPING)) {
            t->flags |= m->flags & (TY_TPFLAG_SEQUENCE | TY_TPFLAG_MAPPING);
            break;
        }
    }
    tySlots_fixup(t);
    /* A __new__ that a class defines (a function, a classmethod...) is
    ** called through the type's attribute. */
    TyObject *mro = t->mro;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(mro); i++) {
        TyType *owner = (TyType *)TY_TUPLE_GET(mro, i);
        if (owner->dict && tyDict_getItem(owner->dict, TY_ID(__new__))) {
            if (owner->flags & TY_TPFLAG_HEAPTYPE)
                t->tp_new = slot_tp_new;
            break;
        }
    }
}

/* Recompute the MRO and slots of t and of every class below it, after t's
** bases changed.  0, or -1 with the MRO's TypeError (t's MRO unchanged). */
static int redo_hierarchy(TyType *t)
{
    TyObject *mro = compute_mro(t);
    if (!mro)
        return -1;
    TY_SETREF(t->mro, mro);
    inherit_slots(t);
    TyObject *subs = t->subclasses;
    ssize_t pos = 0;
    TyObject *k, *ref;
    while (subs && tyDict_next(subs, &pos, &k, &ref)) {
        TyType *sub = registered_class(ref);
        if (sub && redo_hierarchy(sub) < 0)
            return -1;
    }
    return 0;
}

/* Move t's entries in its bases' subclass registries from `from` to `to`
** (tuples of bases).  0 / -1. */
static int reregister(TyType *t, TyObject *from, TyObject *to)
{
    TyObject *saved = t->bases;
    t->bases = from;
    unlink_subclass(t);
    t->bases = saved;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(to); i++)
        if (add_subclass((TyType *)TY_TUPLE_GET(to, i), t) < 0)
            return -1;
    return 0;
}

int tyClass_setBases(TyType *t, TyObject *value)
{
    const char *name = tyType_name(t);
    if (!(t->flags & TY_TPFLAG_HEAPTYPE)) {
        tyErr_format(&TyExc_TypeError, "cannot set '__bases__' attribute of immutable type '%s'", name);
        return -1;
    }
    if (!value) {
        tyErr_format(&TyExc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", name);
        return -1;
    }
    if (!TY_TUPLE_CHECK(value)) {
        tyErr_format(&TyExc_TypeError, "can only assign tuple to %s.__bases__, not %s", name,
                     tyType_name(TY_TYPE(value)));
        return -1;
    }
    if (TY_TUPLE_LEN(value) == 0) {
        tyErr_format(&TyExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", name);
        return -1;
    }
    for (ssize_t i = 0; i < TY_TUPLE_LEN(value); i++) {
        TyObject *b = TY_TUPLE_GET(value, i);
        if (!TY_TYPE_CHECK(b)) {
            tyErr_format(&TyExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", name,
                         tyType_name(TY_TYPE(b)));
            return -1;
        }
        /* The base chain is checked too: a metaclass's mro() reentering
        ** here sees MROs not yet updated, but bases already assigned. */
        bool cycle = tyType_isSubtype((TyType *)b, t);
        for (TyType *c = (TyType *)b; c && !cycle; c = c->base)
            cycle = c == t;
        if (cycle) {
            tyErr_setString(&TyExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    /* While the class is being made (its metaclass's mro() runs) its
    ** layout is not settled: only its own bases may be assigned back. */
    if (!t->mro) {
        bool same = TY_TUPLE_LEN(value) == TY_TUPLE_LEN(t->bases);
        for (ssize_t i = 0; same && i < TY_TUPLE_LEN(value); i++)
            same = TY_TUPLE_GET(value, i) == TY_TUPLE_GET(t->bases, i);
        if (same)
            return 0;
        tyErr_format(&TyExc_TypeError, "cannot set '__bases__' of '%s' before its MRO is computed", name);
        return -1;
    }
    TyType *new_base = best_base(value), *old_base = t->base;
    if (!new_base)
        return -1;
    /* The instances keep their memory: the new base must lay them out as
    ** the old one did. */
    if (new_base->dealloc != old_base->dealloc) {
        tyErr_format(&TyExc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                     tyType_name(new_base), tyType_name(old_base));
        return -1;
    }
    if (tyClass_solidBase(new_base) != tyClass_solidBase(old_base) || new_base->basicsize != old_base->basicsize ||
        new_base->itemsize != old_base->itemsize || new_base->dictoffset != old_base->dictoffset ||
        new_base->weaklistoffset != old_base->weaklistoffset || new_base->valuesoffset != old_base->valuesoffset) {
        tyErr_format(&TyExc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                     tyType_name(new_base), tyType_name(old_base));
        return -1;
    }
    TyObject *old_bases = t->bases;
    t->bases = TY_NEWREF(value);
    t->base = (TyType *)TY_NEWREF(new_base);
    int r = redo_hierarchy(t);
    if (r == 0)
        r = reregister(t, old_bases, value);
    if (r < 0) {
        TyObject *exc = tyErr_fetch();
        TY_SETREF(t->bases, old_bases);
        TY_SETREF(t->base, old_base);
        reregister(t, value, old_bases);
        redo_hierarchy(t);
        tyErr_restore(exc);
    } else {
        TY_DECREF(old_bases);
        TY_DECREF(old_base);
    }
    tyType_modified(t);
    return r;
}

int tyClass_updateSlot(TyType *type, TyObject *name)
{
    if (!tySlots_update(type, name))
        return 0;
    /* Subclasses that inherit the method see the change too. */
    TyObject *subs = type->subclasses;
    ssize_t pos = 0;
    TyObject *k, *ref;
    while (subs && tyDict_next(subs, &pos, &k, &ref)) {
        TyType *sub = registered_class(ref);
        if (sub && tyClass_updateSlot(sub, name) < 0)
            return -1;
    }
    return 0;
}

/*
** __slots__: each name gets an object pointer in instances and a member
** descriptor in the class dict; "__dict__" and "__weakref__" ask for those
** slots instead.  Without "__dict__" instances have no __dict__.  As in
** CPython, private names are mangled and the fields are laid out (and
** their descriptors added, and their values released) in name order.
*/
static int layout_slots(TyType *t, TyObject *spec, bool *want_dict, bool *want_weakref)
{
    TyObject *names = TY_STR_CHECK(spec) ? tyTuple_pack(1, spec) : tyTuple_fromIterable(spec);
    TyObject *fields = tyList_new(0);
    if (!names || !fields)
        goto fail;
    *want_dict = false;
    *want_weakref = false;
    /* Any name, "__dict__" too, is refused first for a base whose
    ** instances vary in size in CPython. */
    if (TY_TUPLE_LEN(names) > 0 && cpython_var_size(t->base)) {
        tyErr_format(&TyExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     tyType_name(t->base));
        goto fail;
    }
    for (ssize_t i = 0; i < TY_TUPLE_LEN(names); i++) {
        TyObject *name = TY_TUPLE_GET(names, i);
        if (!TY_STR_CHECK(name)) {
            tyErr_format(&TyExc_TypeError, "__slots__ items must be strings, not '%s'", tyType_name(TY_TYPE(name)));
            goto fail;
        }
        if (!tyStr_isIdentifier(name)) {
            tyErr_setString(&TyExc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        /* The base's layout (already t's) may have these slots. */
        if (tyStr_eqC(name, "__dict__")) {
            if (t->dictoffset || *want_dict) {
                tyErr_setString(&TyExc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *want_dict = true;
            continue;
        }
        if (tyStr_eqC(name, "__weakref__")) {
            if (t->weaklistoffset || t->itemsize || *want_weakref) {
                tyErr_setString(&TyExc_TypeError,
                                "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                goto fail;
            }
            *want_weakref = true;
            continue;
        }
        TyObject *mangled = tySymtable_mangle(t->ht_name, name);
        if (!mangled)
            goto fail;
        if (tyDict_getItem(t->dict, mangled)) {
            tyErr_format(&TyExc_ValueError, "%R in __slots__ conflicts with class variable", mangled);
            TY_DECREF(mangled);
            goto fail;
        }
        int r = tyList_append(fields, mangled);
        TY_DECREF(mangled);
        if (r < 0)
            goto fail;
    }
    ssize_t n = TY_LIST_LEN(fields);
    if (tyList_sort(fields, NULL, false) < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        ssize_t off = add_field(t);
        if (i == 0)
            t->slotsoffset = off;
    }
    t->nslots = n;
    for (ssize_t k = 0; k < n; k++) {
        TyObject *name = TY_LIST_GET(fields, k);
        TyObject *d = tyMemberDescr_new(t, name, slot_offset(t, k));
        int r = d ? tyDict_setItem(t->dict, name, d) : -1;
        TY_XDECREF(d);
        if (r < 0)
            goto fail;
    }
    TY_DECREF(names);
    TY_DECREF(fields);
    return 0;
fail:
    TY_XDECREF(names);
    TY_XDECREF(fields);
    return -1;
}

/* A metaclass-independent __new__ for classes: type(name, bases, dict). */
static TyObject *slot_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *func = tyObj_getAttr((TyObject *)type, TY_ID(__new__));
    if (!func)
        return NULL;
    size_t total = nargs + (kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0);
    TyObject *small[8];
    TyObject **stack = total + 1 <= TY_ARRAY_LEN(small) ? small
                       : tyMem_malloc(sizeof(TyObject *) * (total + 1));
    TyObject *r = NULL;
    if (stack) {
        stack[0] = (TyObject *)type;
        for (size_t i = 0; i < total; i++)
            stack[i + 1] = args[i];
        r = tyObj_call(func, stack, nargs + 1, kwnames);
        if (stack != small)
            tyMem_free(stack);
    }
    TY_DECREF(func);
    return r;
}

TyObject *tyClass_newBuiltin(const char *module, const char *name, TyObject *bases)
{
    TyObject *n = tyStr_fromCStr(name);
    TyObject *dict = tyDict_new();
    TyObject *mod = tyStr_fromCStr(module);
    TyObject *cls = NULL;
    if (n && dict && mod && tyDict_setItem(dict, TY_ID(__module__), mod) == 0)
        cls = tyType_newClass(&TyType_Type, n, bases, dict);
    TY_XDECREF(n);
    TY_XDECREF(dict);
    TY_XDECREF(mod);
    return cls;
}

bool tyClass_hasPythonNew(const TyType *type)
{
    return type->tp_new == slot_tp_new;
}

/* Special methods that are implicitly static / class methods. */
static int wrap_implicit_methods(TyObject *dict)
{
    TyObject *v = tyDict_getItem(dict, TY_ID(__new__));
    if (v && TY_FUNCTION_CHECK(v)) {
        TyObject *sm = tyStaticMethod_new(v);
        if (!sm || tyDict_setItem(dict, TY_ID(__new__), sm) < 0) {
            TY_XDECREF(sm);
            return -1;
        }
        TY_DECREF(sm);
    }
    TyObject *names[2] = { TY_ID(__init_subclass__), TY_ID(__class_getitem__) };
    for (int i = 0; i < 2; i++) {
        v = tyDict_getItem(dict, names[i]);
        if (v && TY_FUNCTION_CHECK(v)) {
            TyObject *cm = tyClassMethod_new(v);
            if (!cm || tyDict_setItem(dict, names[i], cm) < 0) {
                TY_XDECREF(cm);
                return -1;
            }
            TY_DECREF(cm);
        }
    }
    return tyErr_occurred() ? -1 : 0;
}

/* The class's own attribute of that name, from its body, stays: CPython
** adds these descriptors with setdefault. */
static int add_getset(TyType *t, TyGetSetDef *def)
{
    if (tyDict_getItemStr(t->dict, def->name))
        return 0;
    TyObject *d = tyGetSetDescr_new(t, def);
    if (!d)
        return -1;
    int r = tyDict_setItemStr(t->dict, def->name, d);
    TY_DECREF(d);
    return r;
}

/* __set_name__(owner, name) for each attribute of the new class that has
** one, read from a copy of the dict (a __set_name__ may change the class),
** as CPython's type_new_set_names does. */
static int call_set_names(TyType *t)
{
    TyObject *names = tyDict_copy(t->dict);
    if (!names)
        return -1;
    ssize_t pos = 0;
    TyObject *key, *value;
    while (tyDict_next(names, &pos, &key, &value)) {
        TyObject *meth = tyType_lookup(TY_TYPE(value), TY_ID(__set_name__));
        if (!meth)
            continue;
        TyObject *args[2] = { (TyObject *)t, key };
        TyObject *bound = tyObj_getAttr(value, TY_ID(__set_name__));
        TyObject *r = bound ? tyObj_call(bound, args, 2, NULL) : NULL;
        TY_XDECREF(bound);
        if (!r) {
            /* CPython 3.11 wraps the error, which becomes the cause. */
            TyObject *cause = tyErr_fetch();
            tyErr_format(&TyExc_RuntimeError, "Error calling __set_name__ on '%N' instance %R in '%N'",
                         TY_TYPE(value), key, t);
            TyObject *exc = tyErr_fetch();
            if (exc && cause) {
                tyExc_setContext(exc, cause);
                tyExc_setCause(exc, cause);
            }
            tyErr_restore(exc);
            TY_XDECREF(cause);
            TY_DECREF(names);
            return -1;
        }
        TY_DECREF(r);
    }
    TY_DECREF(names);
    return 0;
}

/* super(type, type).__init_subclass__(**kwargs) */
static int call_init_subclass(TyType *t, TyObject *kwargs)
{
    TyObject *mro = t->mro;
    /* super() starts after t's place (not always first: a metaclass's
    ** mro() may put it anywhere). */
    ssize_t start = 1;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(mro); i++)
        if (TY_TUPLE_GET(mro, i) == (TyObject *)t)
            start = i + 1;
    for (ssize_t i = start; i < TY_TUPLE_LEN(mro); i++) {
        TyType *b = (TyType *)TY_TUPLE_GET(mro, i);
        TyObject *descr = b->dict ? tyDict_getItem(b->dict, TY_ID(__init_subclass__)) : NULL;
        if (!descr)
            continue;
        ty_descrgetfunc get = TY_TYPE(descr)->descr_get;
        TyObject *bound = get ? get(descr, NULL, (TyObject *)t) : TY_NEWREF(descr);
        if (!bound)
            return -1;
        TyObject *r = tyObj_callTupleDict(bound, NULL, kwargs);
        TY_DECREF(bound);
        if (!r)
            return -1;
        TY_DECREF(r);
        return 0;
    }
    return 0;
}

static TyObject *new_class(TyType *meta, TyObject *name, TyObject *bases, TyObject *ns, TyObject *kwargs)
{
    if (TY_TUPLE_LEN(bases) == 0) {
        bases = tyTuple_pack(1, (TyObject *)&TyBaseObject_Type);
        if (!bases)
            return NULL;
    } else {
        TY_INCREF(bases);
    }
    TyType *base = best_base(bases);
    if (!base || tyType_checkName(name) < 0) {
        TY_DECREF(bases);
        return NULL;
    }
    /* A base whose metaclass's mro() is still running has no MRO yet. */
    for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++) {
        TyType *b = (TyType *)TY_TUPLE_GET(bases, i);
        if (!b->mro) {
            tyErr_format(&TyExc_TypeError, "Cannot extend an incomplete type '%s'", tyType_name(b));
            TY_DECREF(bases);
            return NULL;
        }
    }
    /* A str __doc__ is kept as UTF-8 by CPython: it must encode. */
    TyObject *doc = tyDict_getItem(ns, TY_ID(__doc__));
    TyObject *encoded = doc && TY_STR_CHECK(doc) ? tyStr_encode(doc, "utf-8", "strict") : NULL;
    if (doc && TY_STR_CHECK(doc) && !encoded) {
        TY_DECREF(bases);
        return NULL;
    }
    TY_XDECREF(encoded);
    TyObject *classcell = NULL;
    TyType *t = (TyType *)tyGC_alloc(meta);
    if (!t) {
        TY_DECREF(bases);
        return NULL;
    }
    TY_SIZE(t) = 0;
    t->flags = TY_TPFLAG_HEAPTYPE | TY_TPFLAG_BASETYPE | TY_TPFLAG_GC | TY_TPFLAG_READY;
    t->bases = bases;
    t->base = (TyType *)TY_NEWREF(base);
    t->ht_name = TY_NEWREF(name);
    t->name = TY_STR_UTF8(name);
    t->dict = tyDict_copy(ns);
    if (!t->dict)
        goto fail;
    TyObject *qualname = tyDict_getItem(t->dict, TY_ID(__qualname__));
    if (qualname) {
        if (!TY_STR_CHECK(qualname)) {
            tyErr_format(&TyExc_TypeError, "type __qualname__ must be a str, not %s",
                         tyType_name(TY_TYPE(qualname)));
            goto fail;
        }
        t->ht_qualname = TY_NEWREF(qualname);
        if (tyDict_delItem(t->dict, TY_ID(__qualname__)) < 0)
            goto fail;
    } else {
        t->ht_qualname = TY_NEWREF(name);
    }
    TyObject *module = tyDict_getItem(t->dict, TY_ID(__module__));
    if (!module) {
        TyFrame *f = tyVM_currentFrame();
        TyObject *gname = f ? tyDict_getItem(f->globals, TY_ID(__name__)) : NULL;
        if (gname && tyDict_setItem(t->dict, TY_ID(__module__), gname) < 0)
            goto fail;
        module = gname;
    }
    t->ht_module = module ? TY_NEWREF(module) : NULL;
    if (wrap_implicit_methods(t->dict) < 0)
        goto fail;

    /* __classcell__ leaves the namespace before the slots are laid out (a
    ** slot may take its name, as in CPython); the cell gets the class once
    ** the class is built. */
    classcell = tyDict_getItem(t->dict, TY_ID(__classcell__));
    if (classcell) {
        if (TY_TYPE(classcell) != &TyCell_Type) {
            tyErr_format(&TyExc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                         (TyObject *)TY_TYPE(classcell));
            classcell = NULL;
            goto fail;
        }
        TY_INCREF(classcell);
        if (tyDict_delItem(t->dict, TY_ID(__classcell__)) < 0)
            goto fail;
    }

    /* Layout: the base's, then this class's __slots__, then __dict__ (with
    ** the inline values, for fixed-size instances) and __weakref__ slots
    ** when the base lacks them. */
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    t->valuesoffset = base->valuesoffset;
    bool want_dict = true, want_weakref = true;
    TyObject *slots = tyDict_getItem(t->dict, TY_ID(__slots__));
    if (slots) {
        if (layout_slots(t, slots, &want_dict, &want_weakref) < 0)
            goto fail;
        /* Secondary bases may provide __dict__ or __weakref__, as in
        ** CPython: class C(A, B) with __slots__ = () has B's. */
        for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++) {
            TyType *b = (TyType *)TY_TUPLE_GET(bases, i);
            want_dict = want_dict || b->dictoffset;
            want_weakref = want_weakref || b->weaklistoffset;
        }
    }
    if (want_dict && !t->dictoffset) {
        t->dictoffset = add_field(t);
        if (!slots && !t->itemsize)
            t->valuesoffset = add_field(t);
        if (add_getset(t, &subtype_dict_getset) < 0)
            goto fail;
    }
    if (want_weakref && !t->weaklistoffset && !cpython_var_size(base)) {
        t->weaklistoffset = add_field(t);
        if (add_getset(t, &subtype_weakref_getset) < 0)
            goto fail;
    }
    /* After the descriptors, as CPython's dict order has them. */
    if (!tyDict_getItem(t->dict, TY_ID(__doc__)) &&
        tyDict_setItem(t->dict, TY_ID(__doc__), TY_NONE) < 0)
        goto fail;
    /* __eq__ without __hash__ makes instances unhashable. */
    if (tyDict_getItem(t->dict, TY_ID(__eq__)) && !tyDict_getItem(t->dict, TY_ID(__hash__)) &&
        tyDict_setItem(t->dict, TY_ID(__hash__), TY_NONE) < 0)
        goto fail;

    t->mro = compute_mro(t);
    if (!t->mro)
        goto fail;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++)
        if (add_subclass((TyType *)TY_TUPLE_GET(bases, i), t) < 0)
            goto fail;

    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    inherit_slots(t);
    tyType_modified(t);
    if (meta != &TyType_Type && abc_tpflags(t) < 0)
        goto fail;

    /* The cell super() reads now holds the class. */
    if (classcell) {
        TY_XSETREF(((TyCell *)classcell)->ref, TY_NEWREF(t));
        TY_DECREF(classcell);
    }
    tyGC_track((TyObject *)t);
    if (call_set_names(t) < 0 || call_init_subclass(t, kwargs) < 0) {
        TY_DECREF(t);
        return NULL;
    }
    return (TyObject *)t;
fail:
    TY_XDECREF(classcell);
    /* The descriptors already in t->dict refer back to t, and t is not
    ** tracked yet: the cycle is broken here or never. */
    tyClass_clear((TyObject *)t);
    TY_DECREF(t);
    return NULL;
}

TyObject *tyType_newClass(TyType *meta, TyObject *name, TyObject *bases, TyObject *dict)
{
    return new_class(meta, name, bases, dict, NULL);
}

/* The most derived metaclass of meta and the bases' metaclasses. */
static TyType *calculate_meta(TyType *meta, TyObject *bases)
{
    TyType *winner = meta;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++) {
        TyType *bt = TY_TYPE(TY_TUPLE_GET(bases, i));
        if (tyType_isSubtype(winner, bt))
            continue;
        if (tyType_isSubtype(bt, winner)) {
            winner = bt;
            continue;
        }
        tyErr_setString(&TyExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

TyObject *tyClass_typeNew(TyType *meta, TyObject *name, TyObject *bases, TyObject *ns, TyObject *const *args,
                          size_t nargs, TyObject *kwnames)
{
    TyType *winner = calculate_meta(meta, bases);
    if (!winner)
        return NULL;
    if (winner != meta && winner->tp_new != TyType_Type.tp_new)
        return winner->tp_new(winner, args, nargs, kwnames);
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    TyObject *kwargs = nkw ? tyDict_new() : NULL;
    for (ssize_t k = 0; kwargs && k < nkw; k++)
        if (tyDict_setItem(kwargs, TY_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0)
            TY_CLEAR(kwargs);
    if (nkw && !kwargs)
        return NULL;
    TyObject *cls = new_class(winner, name, bases, ns, kwargs);
    TY_XDECREF(kwargs);
    return cls;
}

/*
** The bases a class statement really gets: each base that is not a class
** but has __mro_entries__ is replaced by the items of the tuple that
** method returns for the original bases (PEP 560).  New reference: the
** same tuple when nothing was replaced.
*/
static TyObject *resolve_mro_entries(TyObject *bases)
{
    TyObject *resolved = NULL;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++) {
        TyObject *b = TY_TUPLE_GET(bases, i);
        TyObject *meth = NULL;
        int has = TY_TYPE_CHECK(b) ? 0 : tyObj_lookupAttr(b, TY_ID(__mro_entries__), &meth);
        if (has < 0)
            goto fail;
        if (!has) {
            if (resolved && tyList_append(resolved, b) < 0)
                goto fail;
            continue;
        }
        TyObject *entries = tyObj_callOneArg(meth, bases);
        TY_DECREF(meth);
        if (!entries)
            goto fail;
        if (!TY_TUPLE_CHECK(entries)) {
            TY_DECREF(entries);
            tyErr_setString(&TyExc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (!resolved) {
            resolved = tyList_new(0);
            for (ssize_t j = 0; resolved && j < i; j++)
                if (tyList_append(resolved, TY_TUPLE_GET(bases, j)) < 0)
                    TY_CLEAR(resolved);
            if (!resolved) {
                TY_DECREF(entries);
                goto fail;
            }
        }
        int err = tyList_extend(resolved, entries);
        TY_DECREF(entries);
        if (err < 0)
            goto fail;
    }
    if (!resolved)
        return TY_NEWREF(bases);
    TyObject *t = tyTuple_fromArray(TY_LIST_ITEMS(resolved), TY_LIST_LEN(resolved));
    TY_DECREF(resolved);
    return t;
fail:
    TY_XDECREF(resolved);
    return NULL;
}

TyObject *tyClass_buildClass(TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs < 2)
        return tyErr_setString(&TyExc_TypeError, "__build_class__: not enough arguments");
    TyObject *func = args[0], *name = args[1];
    if (!TY_FUNCTION_CHECK(func))
        return tyErr_setString(&TyExc_TypeError, "__build_class__: func must be a function");
    if (!TY_STR_CHECK(name))
        return tyErr_setString(&TyExc_TypeError, "__build_class__: name is not a string");
    TyObject *bases = tyTuple_fromArray(args + 2, (ssize_t)nargs - 2);
    TyObject *orig_bases = NULL;
    /* Only keywords make a dict, as in CPython: every container made here
    ** counts toward generation 0. */
    TyObject *kwargs = kwnames ? tyDict_new() : NULL;
    TyObject *ns = NULL, *cls = NULL, *meta_obj = NULL;
    if (!bases || (kwnames && !kwargs))
        goto done;
    for (ssize_t k = 0; kwnames && k < TY_TUPLE_LEN(kwnames); k++)
        if (tyDict_setItem(kwargs, TY_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0)
            goto done;
    orig_bases = bases;
    bases = resolve_mro_entries(orig_bases);
    if (!bases)
        goto done;
    TyObject *metakey = TY_ID(metaclass);
    TyObject *explicit_meta = kwargs ? tyDict_getItem(kwargs, metakey) : NULL;
    bool is_class = true;
    if (explicit_meta) {
        meta_obj = TY_NEWREF(explicit_meta);
        if (tyDict_delItem(kwargs, metakey) < 0)
            goto done;
        is_class = TY_TYPE_CHECK(meta_obj);
    } else {
        meta_obj = TY_NEWREF(TY_TUPLE_LEN(bases) ? (TyObject *)TY_TYPE(TY_TUPLE_GET(bases, 0))
                                                 : (TyObject *)&TyType_Type);
    }
    if (is_class) {
        TyType *winner = calculate_meta((TyType *)meta_obj, bases);
        if (!winner)
            goto done;
        TY_SETREF(meta_obj, TY_NEWREF(winner));
    }
    /* namespace = meta.__prepare__(name, bases, **kwargs) */
    TyObject *prepare;
    int has_prepare = tyObj_lookupAttr(meta_obj, TY_ID(__prepare__), &prepare);
    if (has_prepare < 0)
        goto done;
    if (has_prepare) {
        TyObject *pargs[2] = { name, bases };
        ns = tyObj_callDict(prepare, pargs, 2, kwargs);
        TY_DECREF(prepare);
    } else {
        ns = tyDict_new();
    }
    if (!ns)
        goto done;
    if (!TY_DICT_CHECK(ns) && !TY_TYPE(ns)->subscript) {
        tyErr_format(&TyExc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                     is_class ? tyType_name((TyType *)meta_obj) : "<metaclass>", tyType_name(TY_TYPE(ns)));
        goto done;
    }
    TyObject *cell = tyVM_evalClassBody(func, ns);
    if (!cell)
        goto done;
    if (bases != orig_bases && tyObj_setItem(ns, TY_ID(__orig_bases__), orig_bases) < 0) {
        TY_DECREF(cell);
        goto done;
    }
    TyObject *margs[3] = { name, bases, ns };
    if (is_class && ((TyType *)meta_obj)->tp_new == TyType_Type.tp_new &&
        ((TyType *)meta_obj) == &TyType_Type) {
        /* CPython reaches type.__new__ through type_call, which gets the
        ** three arguments as a tuple: the shortcut makes that tuple too,
        ** because it is a container generation 0 counts. */
        TyObject *cargs = tyTuple_fromArray(margs, 3);
        if (cargs) {
            cls = new_class((TyType *)meta_obj, name, bases, ns, kwargs);
            TY_DECREF(cargs);
        }
    } else {
        cls = tyObj_callDict(meta_obj, margs, 3, kwargs);
    }
    if (cls && TY_TYPE(cell) == &TyCell_Type && TY_CELL_GET(cell) != cls && TY_TYPE_CHECK(cls)) {
        if (TY_CELL_GET(cell) == NULL)
            tyErr_format(&TyExc_RuntimeError, "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                         name, cls);
        else
            tyErr_format(&TyExc_TypeError, "__class__ set to %R defining %R as %R", TY_CELL_GET(cell), name, cls);
        TY_CLEAR(cls);
    }
    TY_DECREF(cell);
done:
    TY_XDECREF(bases);
    TY_XDECREF(orig_bases);
    TY_XDECREF(kwargs);
    TY_XDECREF(ns);
    TY_XDECREF(meta_obj);
    return cls;
}
