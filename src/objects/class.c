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

static bool tail_contains(TyObject *seq, ssize_t start, TyObject *o)
{
    for (ssize_t i = start + 1; i < TY_LIST_LEN(seq); i++)
        if (TY_LIST_GET(seq, i) == o)
            return true;
    return false;
}

/* __mro__ of a class with these bases: new tuple, or NULL with TypeError
** "Cannot create a consistent method resolution order (MRO) for bases A, B". */
static TyObject *c3_mro(TyType *type, TyObject *bases)
{
    ssize_t nb = TY_TUPLE_LEN(bases);
    TyObject *seqs = tyList_new(0), *result = tyList_new(0);
    ssize_t *heads = tyMem_calloc((size_t)nb + 1, sizeof(ssize_t));
    if (!seqs || !result || !heads)
        goto fail;
    if (tyList_append(result, (TyObject *)type) < 0)
        goto fail;
    for (ssize_t i = 0; i < nb; i++) {
        TyType *b = (TyType *)TY_TUPLE_GET(bases, i);
        TyObject *l = tyList_fromArray(TY_TUPLE_ITEMS(b->mro), TY_TUPLE_LEN(b->mro));
        if (!l || tyList_append(seqs, l) < 0) {
            TY_XDECREF(l);
            goto fail;
        }
        TY_DECREF(l);
    }
    {
        TyObject *l = tyList_fromArray(TY_TUPLE_ITEMS(bases), nb);
        if (!l || tyList_append(seqs, l) < 0) {
            TY_XDECREF(l);
            goto fail;
        }
        TY_DECREF(l);
    }
    ssize_t nseq = TY_LIST_LEN(seqs);
    for (;;) {
        bool empty = true;
        TyObject *candidate = NULL;
        for (ssize_t i = 0; i < nseq; i++) {
            TyObject *seq = TY_LIST_GET(seqs, i);
            if (heads[i] >= TY_LIST_LEN(seq))
                continue;
            empty = false;
            TyObject *head = TY_LIST_GET(seq, heads[i]);
            bool in_tail = false;
            for (ssize_t j = 0; j < nseq && !in_tail; j++) {
                TyObject *other = TY_LIST_GET(seqs, j);
                if (heads[j] < TY_LIST_LEN(other) && tail_contains(other, heads[j], head))
                    in_tail = true;
            }
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (empty)
            break;
        if (!candidate) {
            TyStrBuilder b;
            tyBuf_init(&b);
            tyBuf_appendC(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            bool first = true;
            for (ssize_t i = 0; i < nseq; i++) {
                TyObject *seq = TY_LIST_GET(seqs, i);
                if (heads[i] >= TY_LIST_LEN(seq))
                    continue;
                TyObject *head = TY_LIST_GET(seq, heads[i]);
                bool seen = false;
                for (ssize_t j = 0; j < i; j++) {
                    TyObject *prev = TY_LIST_GET(seqs, j);
                    if (heads[j] < TY_LIST_LEN(prev) && TY_LIST_GET(prev, heads[j]) == head)
                        seen = true;
                }
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
            goto fail;
        }
        if (tyList_append(result, candidate) < 0)
            goto fail;
        for (ssize_t i = 0; i < nseq; i++) {
            TyObject *seq = TY_LIST_GET(seqs, i);
            if (heads[i] < TY_LIST_LEN(seq) && TY_LIST_GET(seq, heads[i]) == candidate)
                heads[i]++;
        }
    }
    tyMem_free(heads);
    TY_DECREF(seqs);
    TyObject *t = tyList_asTuple(result);
    TY_DECREF(result);
    return t;
fail:
    tyMem_free(heads);
    TY_XDECREF(seqs);
    TY_XDECREF(result);
    return NULL;
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

static TyObject *subtype_get_dict(TyObject *self)
{
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

/* Forget a dying class in its bases' subclass lists. */
static void unlink_subclass(TyType *t)
{
    if (!t->bases)
        return;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(t->bases); i++) {
        TyType *b = (TyType *)TY_TUPLE_GET(t->bases, i);
        TyObject *subs = b->subclasses;
        if (!subs)
            continue;
        for (ssize_t j = 0; j < TY_LIST_LEN(subs); j++) {
            TyObject *entry = TY_LIST_GET(subs, j);
            if ((TyType *)(uintptr_t)TY_INT_VALUE(entry) == t) {
                TyObject *idx = tyInt_fromI64(j);
                if (idx) {
                    TyObject *saved = tyErr_fetch();
                    if (tyObj_delItem(subs, idx) < 0)
                        tyErr_clear();
                    tyErr_restore(saved);
                    TY_DECREF(idx);
                }
                break;
            }
        }
    }
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
    TY_XDECREF(t->cached_keys);
    /* A class made by a metaclass written in Python is released through
    ** subtype_dealloc, which drops the reference to the metaclass. */
    tyObj_free(o);
}

TyObject *tyClass_subclasses(TyType *type)
{
    TyObject *r = tyList_new(0);
    if (!r || !type->subclasses)
        return r;
    for (ssize_t i = 0; i < TY_LIST_LEN(type->subclasses); i++) {
        TyObject *sub = (TyObject *)(uintptr_t)TY_INT_VALUE(TY_LIST_GET(type->subclasses, i));
        if (tyList_append(r, sub) < 0) {
            TY_DECREF(r);
            return NULL;
        }
    }
    return r;
}

static int add_subclass(TyType *base, TyType *sub)
{
    if (!base->subclasses) {
        base->subclasses = tyList_new(0);
        if (!base->subclasses)
            return -1;
    }
    TyObject *addr = tyInt_fromU64((uint64_t)(uintptr_t)sub);
    if (!addr)
        return -1;
    int r = tyList_append(base->subclasses, addr);
    TY_DECREF(addr);
    return r;
}

int tyClass_updateSlot(TyType *type, TyObject *name)
{
    if (!tySlots_update(type, name))
        return 0;
    /* Subclasses that inherit the method see the change too. */
    TyObject *subs = type->subclasses;
    for (ssize_t i = 0; subs && i < TY_LIST_LEN(subs); i++) {
        TyType *sub = (TyType *)(uintptr_t)TY_INT_VALUE(TY_LIST_GET(subs, i));
        if (tyClass_updateSlot(sub, name) < 0)
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
        if (tyStr_eqC(name, "__dict__")) {
            *want_dict = true;
            continue;
        }
        if (tyStr_eqC(name, "__weakref__")) {
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
    if (n > 0 && cpython_var_size(t->base)) {
        tyErr_format(&TyExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     tyType_name(t->base));
        goto fail;
    }
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

static int add_getset(TyType *t, TyGetSetDef *def)
{
    TyObject *d = tyGetSetDescr_new(t, def);
    if (!d)
        return -1;
    int r = tyDict_setItemStr(t->dict, def->name, d);
    TY_DECREF(d);
    return r;
}

/* __set_name__(owner, name) for each attribute of the new class that has one. */
static int call_set_names(TyType *t)
{
    TyObject *items = tyDict_items(t->dict);
    if (!items)
        return -1;
    for (ssize_t i = 0; i < TY_LIST_LEN(items); i++) {
        TyObject *kv = TY_LIST_GET(items, i);
        TyObject *value = TY_TUPLE_GET(kv, 1);
        TyObject *meth = tyType_lookup(TY_TYPE(value), TY_ID(__set_name__));
        if (!meth)
            continue;
        TyObject *args[2] = { (TyObject *)t, TY_TUPLE_GET(kv, 0) };
        TyObject *bound = tyObj_getAttr(value, TY_ID(__set_name__));
        TyObject *r = bound ? tyObj_call(bound, args, 2, NULL) : NULL;
        TY_XDECREF(bound);
        if (!r) {
            /* CPython 3.11 wraps the error, which becomes the cause. */
            TyObject *cause = tyErr_fetch();
            tyErr_format(&TyExc_RuntimeError, "Error calling __set_name__ on '%N' instance %R in '%N'",
                         TY_TYPE(value), TY_TUPLE_GET(kv, 0), t);
            TyObject *exc = tyErr_fetch();
            if (exc && cause) {
                tyExc_setContext(exc, cause);
                tyExc_setCause(exc, cause);
            }
            tyErr_restore(exc);
            TY_XDECREF(cause);
            TY_DECREF(items);
            return -1;
        }
        TY_DECREF(r);
    }
    TY_DECREF(items);
    return 0;
}

/* super(type, type).__init_subclass__(**kwargs) */
static int call_init_subclass(TyType *t, TyObject *kwargs)
{
    TyObject *mro = t->mro;
    for (ssize_t i = 1; i < TY_TUPLE_LEN(mro); i++) {
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
    if (!base) {
        TY_DECREF(bases);
        return NULL;
    }
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

    t->mro = c3_mro(t, bases);
    if (!t->mro)
        goto fail;
    for (ssize_t i = 0; i < TY_TUPLE_LEN(bases); i++)
        if (add_subclass((TyType *)TY_TUPLE_GET(bases, i), t) < 0)
            goto fail;

    /* Slots: the base's C functions, then the dispatchers of the dunders
    ** written in Python anywhere along the MRO. */
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->tp_new = NULL;
    {
        TyType *b = base;
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
        t->flags |= b->flags & TY_TPFLAG_INHERITED;
    }
    tySlots_fixup(t);
    TyObject *new_fn = tyType_lookup(t, TY_ID(__new__));
    if (new_fn && TY_TYPE(new_fn) == &TyStaticMethod_Type)
        t->tp_new = slot_tp_new;
    tyType_modified(t);

    /* __classcell__: the cell super() reads now holds the class. */
    TyObject *cell = tyDict_getItem(t->dict, TY_ID(__classcell__));
    if (cell) {
        if (TY_TYPE(cell) != &TyCell_Type) {
            tyErr_format(&TyExc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                         tyType_name(TY_TYPE(cell)));
            goto fail;
        }
        TY_XSETREF(((TyCell *)cell)->ref, TY_NEWREF(t));
        if (tyDict_delItem(t->dict, TY_ID(__classcell__)) < 0)
            goto fail;
    }
    tyGC_track((TyObject *)t);
    if (call_set_names(t) < 0 || call_init_subclass(t, kwargs) < 0) {
        TY_DECREF(t);
        return NULL;
    }
    return (TyObject *)t;
fail:
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

static TyType *calculate_meta(TyType *meta, TyObject *bases);

TyObject *tyClass_typeNew(TyType *meta, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyType *winner = calculate_meta(meta, args[1]);
    if (!winner)
        return NULL;
    /* type(name, (Base,), ns) where Base has a metaclass of its own makes
    ** that metaclass's instance, as a class statement would */
    if (winner != meta && winner->tp_new != TyType_Type.tp_new)
        return winner->tp_new(winner, args, nargs, kwnames);
    TyObject *kwargs = NULL;
    if (kwnames && TY_TUPLE_LEN(kwnames) > 0) {
        kwargs = tyDict_new();
        if (!kwargs)
            return NULL;
        for (ssize_t k = 0; k < TY_TUPLE_LEN(kwnames); k++)
            if (tyDict_setItem(kwargs, TY_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0) {
                TY_DECREF(kwargs);
                return NULL;
            }
    }
    TyObject *cls = new_class(winner, args[0], args[1], args[2], kwargs);
    TY_XDECREF(kwargs);
    return cls;
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
    TyObject *kwargs = tyDict_new();
    TyObject *ns = NULL, *cls = NULL, *meta_obj = NULL;
    if (!bases || !kwargs)
        goto done;
    for (ssize_t k = 0; kwnames && k < TY_TUPLE_LEN(kwnames); k++)
        if (tyDict_setItem(kwargs, TY_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0)
            goto done;
    orig_bases = bases;
    bases = resolve_mro_entries(orig_bases);
    if (!bases)
        goto done;
    TyObject *metakey = TY_ID(metaclass);
    TyObject *explicit_meta = tyDict_getItem(kwargs, metakey);
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
        TyObject *pargs = tyTuple_pack(2, name, bases);
        ns = pargs ? tyObj_callTupleDict(prepare, pargs, kwargs) : NULL;
        TY_XDECREF(pargs);
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
    TyObject *cargs = tyTuple_pack(3, name, bases, ns);
    if (cargs) {
        if (is_class && ((TyType *)meta_obj)->tp_new == TyType_Type.tp_new &&
            ((TyType *)meta_obj) == &TyType_Type)
            cls = new_class((TyType *)meta_obj, name, bases, ns, kwargs);
        else
            cls = tyObj_callTupleDict(meta_obj, cargs, kwargs);
        TY_DECREF(cargs);
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
