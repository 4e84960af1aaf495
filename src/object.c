/*
** object.c — the generic object protocol: deallocation, repr/str, hashing,
** comparison, truth, attributes, calls, iteration, subscription.
**
** These functions look up the type's slot and fall back or raise the
** TypeError CPython raises when the slot is missing.  They are the only
** way the VM and the built-in types operate on objects of other types.
*/
#include "tally.h"
#include "freelist.h"
#include "objects/union.h"
#include "objects/genericalias.h"
#include "objects/bytearray.h"
#include "objects/deque.h"
#include "objects/iter.h"
#include "objects/instance.h"

/* ---- deallocation ----------------------------------------------------- */

/* Past this depth of nested deallocations, GC objects are queued instead
** of freed at once, so freeing a million-deep structure uses bounded C
** stack (CPython's "trashcan"). */
#define DEALLOC_DEPTH_LIMIT 100

static void drain_deferred(void)
{
    TyGCState *gc = &ty_state.gc;
    while (gc->deferred_free) {
        TyObject *o = gc->deferred_free;
        gc->deferred_free = (TyObject *)TY_AS_GC(o)->prev;
        TY_AS_GC(o)->prev = 0;
        gc->dealloc_depth++;
        TY_TYPE(o)->dealloc(o);
        gc->dealloc_depth--;
    }
}

void tyObj_dealloc(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    /* Objects that are not containers cannot start a deep chain of frees. */
    if (!(t->flags & TY_TPFLAG_GC)) {
        t->dealloc(o);
        return;
    }
    TyGCState *gc = &ty_state.gc;
    if (TY_UNLIKELY(gc->dealloc_depth >= DEALLOC_DEPTH_LIMIT) && tyGC_isGCObject(o)) {
        tyGC_untrack(o);
        TY_AS_GC(o)->prev = (uintptr_t)gc->deferred_free;
        gc->deferred_free = o;
        return;
    }
    gc->dealloc_depth++;
    TY_TYPE(o)->dealloc(o);
    gc->dealloc_depth--;
    if (gc->dealloc_depth == 0 && gc->deferred_free)
        drain_deferred();
}

void tyFreeList_clear(TyFreeList *fl, size_t link)
{
    TyObject *o;
    /* tyObj_free counts a free; a parked object was counted when parked. */
    while ((o = tyFreeList_pop(fl, link)) != NULL)
        tyObj_free(o);
}

void tyObj_free(TyObject *o)
{
    if (tyGC_isGCObject(o))
        tyGC_free(o);
    else
        tyMem_objFree(o, 0);
}

/* ---- recursion guards -------------------------------------------------- */

int tyObj_enterRecursiveCall(const char *where)
{
    if (!tyState_enterRecursion()) {
        tyErr_format(&TyExc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void tyObj_leaveRecursiveCall(void)
{
    --ty_state.recursion_depth;
}

int tyObj_reprEnter(TyObject *o)
{
    TyObject *running = ty_state.repr_running;
    if (!running) {
        running = tyList_new(0);
        if (!running)
            return -1;
        ty_state.repr_running = running;
    }
    for (ssize_t i = TY_LIST_LEN(running) - 1; i >= 0; i--)
        if (TY_LIST_GET(running, i) == o)
            return 1;
    return tyList_append(running, o);
}

void tyObj_reprLeave(TyObject *o)
{
    TyObject *running = ty_state.repr_running;
    if (!running)
        return;
    TyObject *saved = tyErr_fetch();
    for (ssize_t i = TY_LIST_LEN(running) - 1; i >= 0; i--) {
        if (TY_LIST_GET(running, i) == o) {
            TyObject *idx = tyInt_fromI64(i);
            if (idx) {
                if (tyObj_delItem(running, idx) < 0)
                    tyErr_clear();
                TY_DECREF(idx);
            } else {
                tyErr_clear();
            }
            break;
        }
    }
    tyErr_restore(saved);
}

/* ---- repr / str ---------------------------------------------------------- */

static TyObject *default_repr(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (t->flags & TY_TPFLAG_HEAPTYPE) {
        TyObject *mod = t->ht_module;
        if (mod && TY_STR_CHECK(mod) && !tyStr_eqC(mod, "builtins"))
            return tyStr_fromFormat("<%U.%U object at %p>", mod, t->ht_qualname, (void *)o);
        return tyStr_fromFormat("<%U object at %p>", t->ht_qualname, (void *)o);
    }
    return tyStr_fromFormat("<%s object at %p>", t->name, (void *)o);
}

TyObject *tyObj_repr(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (!t->repr)
        return default_repr(o);
    if (tyObj_enterRecursiveCall(" while getting the repr of an object") < 0)
        return NULL;
    TyObject *r = t->repr(o);
    tyObj_leaveRecursiveCall();
    if (r && !TY_STR_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__repr__ returned non-string (type %T)", r);
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

TyObject *tyObj_str(TyObject *o)
{
    if (TY_STR_CHECK_EXACT(o))
        return TY_NEWREF(o);
    TyType *t = TY_TYPE(o);
    if (!t->str)
        return tyObj_repr(o);
    if (tyObj_enterRecursiveCall(" while getting the str of an object") < 0)
        return NULL;
    TyObject *r = t->str(o);
    tyObj_leaveRecursiveCall();
    if (r && !TY_STR_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__str__ returned non-string (type %T)", r);
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- hashing ------------------------------------------------------------- */

ty_hash tyObj_hash(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (!t->hash) {
        tyErr_format(&TyExc_TypeError, "unhashable type: '%s'", tyType_name(t));
        return -1;
    }
    return t->hash(o);
}

/* ---- comparison ------------------------------------------------------------ */

static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };
static const int swapped_op[] = { TY_GT, TY_GE, TY_EQ, TY_NE, TY_LT, TY_LE };

static TyObject *do_richcompare(TyObject *a, TyObject *b, int op)
{
    TyType *ta = TY_TYPE(a), *tb = TY_TYPE(b);
    bool checked_reverse = false;
    TyObject *r;

    if (ta != tb && tyType_isSubtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != TY_NOTIMPL)
            return r;
        TY_DECREF(r);
    }
    switch (op) {
    case TY_EQ:
        return tyBool_from(a == b);
    case TY_NE:
        return tyBool_from(a != b);
    default:
        return tyErr_format(&TyExc_TypeError,
                            "'%s' not supported between instances of '%s' and '%s'",
                            cmp_symbols[op], tyType_name(ta), tyType_name(tb));
    }
}

TyObject *tyObj_richCompare(TyObject *a, TyObject *b, int op)
{
    if (tyObj_enterRecursiveCall(" in comparison") < 0)
        return NULL;
    TyObject *r = do_richcompare(a, b, op);
    tyObj_leaveRecursiveCall();
    return r;
}

int tyObj_richCompareBool(TyObject *a, TyObject *b, int op)
{
    if (a == b) {
        if (op == TY_EQ)
            return 1;
        if (op == TY_NE)
            return 0;
    }
    TyObject *r = tyObj_richCompare(a, b, op);
    if (!r)
        return -1;
    int truth = r == TY_TRUE ? 1 : r == TY_FALSE ? 0 : tyObj_isTrue(r);
    TY_DECREF(r);
    return truth;
}

/* ---- truth --------------------------------------------------------------- */

int tyObj_isTrue(TyObject *o)
{
    if (o == TY_TRUE)
        return 1;
    if (o == TY_FALSE || o == TY_NONE)
        return 0;
    TyType *t = TY_TYPE(o);
    if (t->nb_bool)
        return t->nb_bool(o);
    if (t->length) {
        ssize_t n = t->length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ---------------------------------------------------------- */

void *tyObj_fieldPtr(TyObject *o, ssize_t offset)
{
    if (offset >= 0)
        return (char *)o + offset;
    TyType *base = TY_TYPE(o);
    while (!base->var_size)
        base = base->base;
    size_t align = sizeof(TyObject *);
    size_t tail = ((size_t)base->var_size(o) + align - 1) & ~(align - 1);
    return (char *)o + tail + (size_t)(-offset) - align;
}


/* The AttributeError of object.__getattribute__, with its name and obj
** set even when it is called directly, as CPython's generic lookup does. */
static TyObject *no_attribute(TyObject *o, TyObject *name)
{
    tyErr_format(&TyExc_AttributeError, "'%s' object has no attribute '%U'",
                 tyType_name(TY_TYPE(o)), name);
    tyObj_noteAttributeError(o, name);
    return NULL;
}

/*
** The lookup order of object.__getattribute__: a data descriptor found on
** the type wins; then the instance __dict__; then a non-data descriptor or
** plain class attribute.  Returns a new reference, or NULL with
** AttributeError when suppress is false; with suppress true a missing
** attribute, or an AttributeError from a descriptor's __get__ (an empty
** slot, a property that raises it), returns NULL with no exception set.
*/
static TyObject *generic_getattr(TyObject *o, TyObject *name, bool suppress)
{
    TyType *t = TY_TYPE(o);
    TyObject *descr = tyType_lookup(t, name);
    ty_descrgetfunc get = NULL;

    if (descr) {
        TY_INCREF(descr);
        get = TY_TYPE(descr)->descr_get;
        if (get && TY_TYPE(descr)->descr_set) {
            TyObject *r = get(descr, o, (TyObject *)t);
            TY_DECREF(descr);
            if (!r && suppress && tyErr_exceptionMatches(&TyExc_AttributeError))
                tyErr_clear();
            return r;
        }
    }
    TyObject **dictptr = tyObj_dictPtr(o);
    if (dictptr && *dictptr) {
        TyObject *dict = *dictptr;
        TY_INCREF(dict);
        TyObject *v = tyDict_getItem(dict, name);
        TY_DECREF(dict);
        if (v) {
            TY_XDECREF(descr);
            return TY_NEWREF(v);
        }
        if (tyErr_occurred()) {
            TY_XDECREF(descr);
            return NULL;
        }
    } else if (t->valuesoffset) {
        TyObject *v = tyInst_lookup(o, name);
        if (v) {
            TY_XDECREF(descr);
            return TY_NEWREF(v);
        }
    }
    if (get) {
        TyObject *r = get(descr, o, (TyObject *)t);
        TY_DECREF(descr);
        if (!r && suppress && tyErr_exceptionMatches(&TyExc_AttributeError))
            tyErr_clear();
        return r;
    }
    if (descr)
        return descr;
    if (suppress)
        return NULL;
    return no_attribute(o, name);
}

TyObject *tyObj_genericGetAttr(TyObject *o, TyObject *name)
{
    return generic_getattr(o, name, false);
}

int tyObj_genericSetAttr(TyObject *o, TyObject *name, TyObject *value)
{
    TyType *t = TY_TYPE(o);
    TyObject *descr = tyType_lookup(t, name);
    if (descr && TY_TYPE(descr)->descr_set) {
        TY_INCREF(descr);
        int r = TY_TYPE(descr)->descr_set(descr, o, value);
        TY_DECREF(descr);
        return r;
    }
    TyObject **dictptr = tyObj_dictPtr(o);
    if (dictptr && !*dictptr && t->valuesoffset) {
        int r = tyInst_store(o, name, value);
        if (r <= 0)
            return r;
        if (!tyInst_materialize(o))
            return -1;
    }
    if (!dictptr) {
        if (descr)
            tyErr_format(&TyExc_AttributeError, "'%s' object attribute '%U' is read-only",
                         tyType_name(t), name);
        else
            no_attribute(o, name);
        return -1;
    }
    if (!*dictptr) {
        if (!value) {
            no_attribute(o, name);
            return -1;
        }
        *dictptr = tyDict_new();
        if (!*dictptr)
            return -1;
    }
    TyObject *dict = *dictptr;
    int r;
    TY_INCREF(dict);
    if (value) {
        r = tyDict_setItem(dict, name, value);
    } else {
        r = tyDict_delItem(dict, name);
        if (r < 0 && tyErr_exceptionMatches(&TyExc_KeyError)) {
            tyErr_clear();
            no_attribute(o, name);
        }
    }
    TY_DECREF(dict);
    return r;
}

static bool check_attr_name(TyObject *name)
{
    if (!TY_STR_CHECK(name)) {
        tyErr_format(&TyExc_TypeError, "attribute name must be string, not '%T'", name);
        return false;
    }
    return true;
}

void tyObj_noteAttributeError(TyObject *o, TyObject *name)
{
    TyObject *exc = ty_state.exc;
    if (!exc || !tyType_isSubtype(TY_TYPE(exc), &TyExc_AttributeError))
        return;
    TyBaseException *e = (TyBaseException *)exc;
    if (e->extra[1] || e->extra[2])
        return;
    e->extra[1] = TY_NEWREF(name);
    e->extra[2] = TY_NEWREF(o);
}

TyObject *tyObj_getAttr(TyObject *o, TyObject *name)
{
    if (!check_attr_name(name))
        return NULL;
    TyType *t = TY_TYPE(o);
    TyObject *r = t->getattr ? t->getattr(o, name) : generic_getattr(o, name, false);
    if (!r)
        tyObj_noteAttributeError(o, name);
    return r;
}

TyObject *tyObj_getAttrStr(TyObject *o, const char *name)
{
    TyObject *n = tyStr_internC(name);
    if (!n)
        return NULL;
    TyObject *r = tyObj_getAttr(o, n);
    TY_DECREF(n);
    return r;
}

int tyObj_lookupAttr(TyObject *o, TyObject *name, TyObject **out)
{
    *out = NULL;
    if (!check_attr_name(name))
        return -1;
    TyType *t = TY_TYPE(o);
    if (!t->getattr || t->getattr == tyObj_genericGetAttr) {
        *out = generic_getattr(o, name, true);
        if (*out)
            return 1;
        return tyErr_occurred() ? -1 : 0;
    }
    *out = t->getattr(o, name);
    if (*out)
        return 1;
    if (tyErr_exceptionMatches(&TyExc_AttributeError)) {
        tyErr_clear();
        return 0;
    }
    return -1;
}

int tyObj_setAttr(TyObject *o, TyObject *name, TyObject *value)
{
    if (!check_attr_name(name))
        return -1;
    TyType *t = TY_TYPE(o);
    if (t->setattr)
        return t->setattr(o, name, value);
    if (t->getattr && t->getattr != tyObj_genericGetAttr) {
        /* A type with custom lookup but no setattr: attributes are fixed. */
        tyErr_format(&TyExc_AttributeError, "'%s' object has no attribute '%U'",
                     tyType_name(t), name);
        return -1;
    }
    return tyObj_genericSetAttr(o, name, value);
}

int tyObj_setAttrStr(TyObject *o, const char *name, TyObject *value)
{
    TyObject *n = tyStr_internC(name);
    if (!n)
        return -1;
    int r = tyObj_setAttr(o, n, value);
    TY_DECREF(n);
    return r;
}

int tyObj_delAttr(TyObject *o, TyObject *name)
{
    return tyObj_setAttr(o, name, NULL);
}

/* ---- calls --------------------------------------------------------------- */

TyObject *tyObj_call(TyObject *callable, TyObject *const *args, size_t nargs,
                     TyObject *kwnames)
{
    ty_vectorcall call = TY_TYPE(callable)->call;
    if (!call)
        return tyErr_format(&TyExc_TypeError, "'%s' object is not callable",
                            tyType_name(TY_TYPE(callable)));
    if (kwnames && TY_TUPLE_LEN(kwnames) == 0)
        kwnames = NULL;
    TyObject *r = call(callable, args, nargs, kwnames);
    if (!r && !tyErr_occurred())
        return tyErr_setString(&TyExc_SystemError, "error return without exception set");
    return r;
}

TyObject *tyObj_callNoArgs(TyObject *callable)
{
    return tyObj_call(callable, NULL, 0, NULL);
}

TyObject *tyObj_callOneArg(TyObject *callable, TyObject *arg)
{
    return tyObj_call(callable, &arg, 1, NULL);
}

/*
** callable(*args, **kwargs) with a tuple and a dict (either may be NULL):
** flattens them into the vectorcall layout.
*/
TyObject *tyObj_functionStr(TyObject *func)
{
    TyObject *qualname, *module;
    int has = tyObj_lookupAttr(func, TY_ID(__qualname__), &qualname);
    if (has <= 0)
        return has < 0 ? NULL : tyObj_str(func);
    if (tyObj_lookupAttr(func, TY_ID(__module__), &module) < 0) {
        TY_DECREF(qualname);
        return NULL;
    }
    TyObject *r;
    if (module && module != TY_NONE && !(TY_STR_CHECK(module) && tyStr_eqC(module, "builtins")))
        r = tyStr_fromFormat("%S.%S()", module, qualname);
    else
        r = tyStr_fromFormat("%S()", qualname);
    TY_XDECREF(module);
    TY_DECREF(qualname);
    return r;
}

TyObject *tyObj_callTupleDict(TyObject *callable, TyObject *args, TyObject *kwargs)
{
    return tyObj_callDict(callable, args ? TY_TUPLE_ITEMS(args) : NULL, args ? TY_TUPLE_LEN(args) : 0,
                          kwargs);
}

TyObject *tyObj_callDict(TyObject *callable, TyObject *const *args, ssize_t npos, TyObject *kwargs)
{
    ssize_t nkw = kwargs ? TY_DICT_LEN(kwargs) : 0;
    if (nkw == 0)
        return tyObj_call(callable, args, (size_t)npos, NULL);

    TyObject *small[16];
    TyObject **stack = small;
    if (npos + nkw > (ssize_t)TY_ARRAY_LEN(small)) {
        stack = tyMem_malloc(sizeof(TyObject *) * (size_t)(npos + nkw));
        if (!stack)
            return NULL;
    }
    TyObject *kwnames = tyTuple_new(nkw);
    TyObject *r = NULL;
    if (kwnames) {
        for (ssize_t i = 0; i < npos; i++)
            stack[i] = args[i];
        ssize_t pos = 0, i = 0;
        TyObject *k, *v;
        while (tyDict_next(kwargs, &pos, &k, &v)) {
            if (!TY_STR_CHECK(k) && !tyType_takesAnyKeywordNames(callable)) {
                tyErr_setString(&TyExc_TypeError, "keywords must be strings");
                goto done;
            }
            TY_TUPLE_SET(kwnames, i, TY_NEWREF(k));
            stack[npos + i] = v;
            i++;
        }
        /* The dict is borrowed: hold the values while the call runs. */
        for (ssize_t j = 0; j < nkw; j++)
            TY_INCREF(stack[npos + j]);
        r = tyObj_call(callable, stack, (size_t)npos, kwnames);
        for (ssize_t j = 0; j < nkw; j++)
            TY_DECREF(stack[npos + j]);
    }
done:
    TY_XDECREF(kwnames);
    if (stack != small)
        tyMem_free(stack);
    return r;
}

TyObject *tyObj_callMethod(TyObject *o, TyObject *name, TyObject *const *args, size_t nargs)
{
    TyObject *m = tyObj_getAttr(o, name);
    if (!m)
        return NULL;
    TyObject *r = tyObj_call(m, args, nargs, NULL);
    TY_DECREF(m);
    return r;
}

TyObject *tyObj_lookupSpecial(TyObject *o, TyObject *name)
{
    TyObject *descr = tyType_lookup(TY_TYPE(o), name);
    if (!descr)
        return NULL;
    ty_descrgetfunc get = TY_TYPE(descr)->descr_get;
    if (get)
        return get(descr, o, (TyObject *)TY_TYPE(o));
    return TY_NEWREF(descr);
}

bool tyObj_isCallable(TyObject *o)
{
    return TY_TYPE(o)->call != NULL;
}

/* ---- iteration ------------------------------------------------------------- */

TyObject *tyObj_getIter(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (t->iter) {
        TyObject *it = t->iter(o);
        if (it && !tyIter_check(it)) {
            tyErr_format(&TyExc_TypeError, "iter() returned non-iterator of type '%s'",
                         tyType_name(TY_TYPE(it)));
            TY_DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->subscript && !(t->flags & TY_TPFLAG_DICT_SUBCLASS) && t != &TyDict_Type)
        return tySeqIter_new(o);
    return tyErr_format(&TyExc_TypeError, "'%s' object is not iterable", tyType_name(t));
}

/* Always NULL with the TypeError set: a loop already holding the iterator
** calls the slot without checking it. */
TyObject *tyIter_nextDeleted(TyObject *it)
{
    return tyErr_format(&TyExc_TypeError, "'%s' object is not iterable", tyType_name(TY_TYPE(it)));
}

TyObject *tyIter_next(TyObject *it)
{
    ty_unaryfunc next = TY_TYPE(it)->iternext;
    if (!tyIter_check(it))
        return tyErr_format(&TyExc_TypeError, "'%s' object is not an iterator",
                            tyType_name(TY_TYPE(it)));
    TyObject *r = next(it);
    if (!r && tyErr_occurred() && tyErr_exceptionMatches(&TyExc_StopIteration))
        tyErr_clear();
    return r;
}

/* ---- subscription ---------------------------------------------------------- */

TyObject *tyObj_getItem(TyObject *o, TyObject *key)
{
    TyType *t = TY_TYPE(o);
    if (t->subscript)
        return t->subscript(o, key);
    if (o == (TyObject *)&TyType_Type)
        return tyGenericAlias_new(o, key);
    if (TY_TYPE_CHECK(o)) {
        TyObject *meth;
        int found = tyObj_lookupAttr(o, TY_ID(__class_getitem__), &meth);
        if (found < 0)
            return NULL;
        /* __class_getitem__ = None opts out, as CPython 3.11. */
        if (found && meth != TY_NONE) {
            TyObject *r = tyObj_callOneArg(meth, key);
            TY_DECREF(meth);
            return r;
        }
        TY_XDECREF(meth);
        return tyErr_format(&TyExc_TypeError, "type '%s' is not subscriptable",
                            tyType_name((TyType *)o));
    }
    return tyErr_format(&TyExc_TypeError, "'%s' object is not subscriptable", tyType_name(t));
}

int tyObj_setItem(TyObject *o, TyObject *key, TyObject *value)
{
    TyType *t = TY_TYPE(o);
    if (t->ass_subscript)
        return t->ass_subscript(o, key, value);
    tyErr_format(&TyExc_TypeError, "'%s' object does not support item assignment",
                 tyType_name(t));
    return -1;
}

int tyObj_delItem(TyObject *o, TyObject *key)
{
    TyType *t = TY_TYPE(o);
    if (t->ass_subscript)
        return t->ass_subscript(o, key, NULL);
    /* CPython words it as the sequence protocol does when the type has
    ** sequence methods (every class has their table) and the key is an
    ** index. */
    bool sequence_like = (t->flags & TY_TPFLAG_HEAPTYPE) || t->length || t->subscript || t->contains;
    if (sequence_like && TY_TYPE(key)->nb_index)
        tyErr_format(&TyExc_TypeError, "'%s' object doesn't support item deletion", tyType_name(t));
    else
        tyErr_format(&TyExc_TypeError, "'%s' object does not support item deletion", tyType_name(t));
    return -1;
}

ssize_t tyObj_lengthHint(TyObject *o, ssize_t dflt)
{
    if (TY_TYPE(o)->length) {
        ssize_t n = TY_TYPE(o)->length(o);
        if (n >= 0)
            return n;
        if (!tyErr_exceptionMatches(&TyExc_TypeError))
            return -1;
        tyErr_clear();
    }
    TyObject *hint = tyObj_lookupSpecial(o, TY_ID(__length_hint__));
    if (!hint)
        return tyErr_occurred() ? -1 : dflt;
    TyObject *r = tyObj_callNoArgs(hint);
    TY_DECREF(hint);
    if (!r) {
        if (!tyErr_exceptionMatches(&TyExc_TypeError))
            return -1;
        tyErr_clear();
        return dflt;
    }
    if (r == TY_NOTIMPL) {
        TY_DECREF(r);
        return dflt;
    }
    if (!TY_INT_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "__length_hint__ must be an integer, not %.100s", tyType_name(TY_TYPE(r)));
        TY_DECREF(r);
        return -1;
    }
    ssize_t n = tyNum_asSsize(r, &TyExc_OverflowError);
    TY_DECREF(r);
    if (n < 0) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

ssize_t tyObj_length(TyObject *o)
{
    TyType *t = TY_TYPE(o);
    if (t->length)
        return t->length(o);
    tyErr_format(&TyExc_TypeError, "object of type '%s' has no len()", tyType_name(t));
    return -1;
}

bool tyObj_isSequence(TyObject *o)
{
    if (TY_DICT_CHECK(o))
        return false;
    TyObject *mro = TY_TYPE(o)->mro;
    for (ssize_t i = 0; mro && i < TY_TUPLE_LEN(mro); i++) {
        TyType *t = (TyType *)TY_TUPLE_GET(mro, i);
        if (t == &TyList_Type || t == &TyTuple_Type || t == &TyStr_Type || t == &TyBytes_Type ||
            t == &TyByteArray_Type || t == &TyRange_Type || t == &TyDeque_Type)
            return true;
        /* built-in sequences of C modules (array.array) */
        if (!(t->flags & TY_TPFLAG_HEAPTYPE) && (t->flags & TY_TPFLAG_SEQUENCE) && t->subscript)
            return true;
        if ((t->flags & TY_TPFLAG_HEAPTYPE) && tyDict_getItem(t->dict, TY_ID(__getitem__)))
            return true;
    }
    return false;
}

/*
** Without a __contains__, `in` searches the iteration; any TypeError from
** getting the iterator (none, __iter__ = None, __iter__ returning a
** non-iterator) becomes CPython's "argument of type 'X' is not iterable".
*/
int tyObj_contains(TyObject *container, TyObject *item)
{
    TyType *t = TY_TYPE(container);
    if (t->contains)
        return t->contains(container, item);
    TyObject *it = tyObj_getIter(container);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError)) {
            tyErr_clear();
            tyErr_format(&TyExc_TypeError, "argument of type '%s' is not iterable", tyType_name(t));
        }
        return -1;
    }
    TyObject *x;
    while ((x = tyIter_next(it))) {
        int eq = tyObj_richCompareBool(x, item, TY_EQ);
        TY_DECREF(x);
        if (eq != 0) {
            TY_DECREF(it);
            return eq;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

/* ---- isinstance / issubclass ---------------------------------------------- */

bool tyType_isSubtype(TyType *a, TyType *b)
{
    if (a == b)
        return true;
    TyObject *mro = a->mro;
    if (mro) {
        ssize_t n = TY_TUPLE_LEN(mro);
        for (ssize_t i = 0; i < n; i++)
            if (TY_TUPLE_GET(mro, i) == (TyObject *)b)
                return true;
        return false;
    }
    for (TyType *t = a->base; t; t = t->base)
        if (t == b)
            return true;
    return b == &TyBaseObject_Type;
}

/*
** cls.__instancecheck__(arg) / cls.__subclasscheck__(arg), looked up on
** cls's type as CPython does: 1 / 0 / -1, or -2 when the type has nothing
** but type's own method (whose answer the callers compute directly).
*/
static int call_check_hook(TyObject *cls, TyObject *name, TyObject *arg)
{
    TyObject *descr = tyType_lookup(TY_TYPE(cls), name);
    if (!descr || descr == tyType_lookup(&TyType_Type, name))
        return -2;
    TyObject *hook = tyObj_lookupSpecial(cls, name);
    if (!hook)
        return -1;
    if (tyObj_enterRecursiveCall(" in __instancecheck__") < 0) {
        TY_DECREF(hook);
        return -1;
    }
    TyObject *r = tyObj_callOneArg(hook, arg);
    tyObj_leaveRecursiveCall();
    TY_DECREF(hook);
    if (!r)
        return -1;
    int truth = tyObj_isTrue(r);
    TY_DECREF(r);
    return truth;
}

/* o.__bases__ when it is a tuple: new reference; NULL (no exception) when
** missing or not a tuple, NULL with an exception on other failures. */
static TyObject *bases_of(TyObject *o)
{
    TyObject *bases = tyObj_getAttr(o, TY_ID(__bases__));
    if (!bases) {
        if (tyErr_exceptionMatches(&TyExc_AttributeError))
            tyErr_clear();
        return NULL;
    }
    if (!TY_TUPLE_CHECK(bases)) {
        TY_DECREF(bases);
        return NULL;
    }
    return bases;
}

/* Is cls reachable from derived through __bases__ (objects that are not
** classes but act as them)?  1 / 0 / -1.  The walk holds a reference to
** the object it stands on: a __bases__ property may return a fresh tuple
** whose only reference to the next object is the one the walk drops. */
static int abstract_issubclass(TyObject *derived, TyObject *cls)
{
    if (tyObj_enterRecursiveCall(" in __subclasscheck__") < 0)
        return -1;
    int r = 0;
    TY_INCREF(derived);
    while (derived != cls) {
        TyObject *bases = bases_of(derived);
        if (!bases) {
            r = tyErr_occurred() ? -1 : 0;
            break;
        }
        ssize_t n = TY_TUPLE_LEN(bases);
        if (n == 1) {
            /* One base: walk on without recursing. */
            TY_SETREF(derived, TY_NEWREF(TY_TUPLE_GET(bases, 0)));
            TY_DECREF(bases);
            continue;
        }
        for (ssize_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(TY_TUPLE_GET(bases, i), cls);
        TY_DECREF(bases);
        break;
    }
    if (derived == cls)
        r = 1;
    TY_DECREF(derived);
    tyObj_leaveRecursiveCall();
    return r;
}

int tyObj_realIsInstance(TyObject *o, TyObject *cls)
{
    if (TY_TYPE_CHECK(cls)) {
        if (tyType_isSubtype(TY_TYPE(o), (TyType *)cls))
            return 1;
        TyObject *icls = tyObj_getAttr(o, TY_ID(__class__));
        if (!icls) {
            if (!tyErr_exceptionMatches(&TyExc_AttributeError))
                return -1;
            tyErr_clear();
            return 0;
        }
        int r = icls != (TyObject *)TY_TYPE(o) && TY_TYPE_CHECK(icls) &&
                tyType_isSubtype((TyType *)icls, (TyType *)cls);
        TY_DECREF(icls);
        return r;
    }
    TyObject *bases = bases_of(cls);
    if (!bases) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_TypeError,
                            "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    TY_DECREF(bases);
    TyObject *icls = tyObj_getAttr(o, TY_ID(__class__));
    if (!icls) {
        if (!tyErr_exceptionMatches(&TyExc_AttributeError))
            return -1;
        tyErr_clear();
        return 0;
    }
    int r = abstract_issubclass(icls, cls);
    TY_DECREF(icls);
    return r;
}

int tyObj_isInstance(TyObject *o, TyObject *cls)
{
    if (TY_TYPE(o) == (TyType *)cls)
        return 1;
    if (TY_TYPE(cls) == &TyType_Type)
        return tyObj_realIsInstance(o, cls);
    if (TY_TYPE(cls) == &TyUnion_Type)
        cls = tyUnion_args(cls);
    if (TY_TUPLE_CHECK(cls)) {
        if (tyObj_enterRecursiveCall(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < TY_TUPLE_LEN(cls) && r == 0; i++)
            r = tyObj_isInstance(o, TY_TUPLE_GET(cls, i));
        tyObj_leaveRecursiveCall();
        return r;
    }
    int hook = call_check_hook(cls, TY_ID(__instancecheck__), o);
    if (hook != -2)
        return hook;
    return tyObj_realIsInstance(o, cls);
}

int tyObj_realIsSubclass(TyObject *derived, TyObject *cls)
{
    if (TY_TYPE_CHECK(cls) && TY_TYPE_CHECK(derived))
        return tyType_isSubtype((TyType *)derived, (TyType *)cls);
    TyObject *bases = bases_of(derived);
    if (!bases) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    TY_DECREF(bases);
    bases = bases_of(cls);
    if (!bases) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_TypeError,
                            "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    TY_DECREF(bases);
    return abstract_issubclass(derived, cls);
}

int tyObj_isSubclass(TyObject *derived, TyObject *cls)
{
    if (TY_TYPE(cls) == &TyType_Type)
        return derived == cls ? 1 : tyObj_realIsSubclass(derived, cls);
    if (TY_TYPE(cls) == &TyUnion_Type)
        cls = tyUnion_args(cls);
    if (TY_TUPLE_CHECK(cls)) {
        if (tyObj_enterRecursiveCall(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < TY_TUPLE_LEN(cls) && r == 0; i++)
            r = tyObj_isSubclass(derived, TY_TUPLE_GET(cls, i));
        tyObj_leaveRecursiveCall();
        return r;
    }
    int hook = call_check_hook(cls, TY_ID(__subclasscheck__), derived);
    if (hook != -2)
        return hook;
    return tyObj_realIsSubclass(derived, cls);
}
