/*
** instance.c — inline attribute values of class instances (instance.h).
*/
#include "tally.h"
#include "objects/instance.h"

/* Index of name among the class's cached keys, or -1; with `add`, name is
** appended when there is room (-2 on MemoryError). */
static int key_index(TyType *t, TyObject *name, bool add)
{
    TyInstKeys *keys = t->cached_keys;
    if (keys) {
        for (int i = 0; i < keys->n; i++)
            if (keys->names[i] == name)
                return i;
        /* Two interned strings are the same text only if the same object,
        ** which the first pass ruled out: a name from code (interned)
        ** compares text only with keys that were not interned. */
        bool interned = TY_STR_CHECK_EXACT(name) && ((TyStr *)name)->interned;
        for (int i = 0; i < keys->n; i++) {
            TyStr *k = (TyStr *)keys->names[i];
            if (!(interned && k->interned) && tyStr_eq((TyObject *)k, name))
                return i;
        }
    }
    if (!add || !TY_STR_CHECK_EXACT(name))
        return -1;
    if (!keys) {
        keys = t->cached_keys = tyMem_calloc(1, sizeof(TyInstKeys));
        if (!keys) {
            tyErr_noMemory();
            return -2;
        }
    }
    if (keys->n >= TY_INLINE_VALUES_MAX)
        return -1;
    keys->names[keys->n] = TY_NEWREF(name);
    return keys->n++;
}

void tyInst_freeKeys(TyType *type)
{
    TyInstKeys *keys = type->cached_keys;
    if (!keys)
        return;
    type->cached_keys = NULL;
    for (int i = 0; i < keys->n; i++)
        TY_DECREF(keys->names[i]);
    tyMem_free(keys);
}

int tyInst_keyIndex(TyType *type, TyObject *name)
{
    return key_index(type, name, false);
}

/* Make room for key index i: the array is sized to the keys the class has
** seen (instances of a class usually get the same attributes). */
static TyInstValues *reserve(TyObject *o, int i)
{
    TyInstValues **slot = TY_INST_VALUES_PTR(o);
    TyInstValues *v = *slot;
    if (v && i < v->capacity)
        return v;
    TyInstKeys *keys = TY_TYPE(o)->cached_keys;
    int cap = keys ? keys->n : 0;
    if (cap <= i)
        cap = i + 1;
    int old = v ? v->capacity : 0;
    TyInstValues *n = tyMem_realloc(v, sizeof(TyInstValues) + sizeof(TyObject *) * (size_t)cap);
    if (!n)
        return NULL;
    if (!v)
        n->count = 0;
    for (int k = old; k < cap; k++)
        n->values[k] = NULL;
    n->capacity = (uint8_t)cap;
    *slot = n;
    return n;
}

int tyInst_reserveValues(TyObject *o)
{
    TyInstValues **slot = TY_INST_VALUES_PTR(o);
    TyInstKeys *keys = TY_TYPE(o)->cached_keys;
    if (*slot || !keys || keys->n == 0)
        return 0;
    TyInstValues *v = tyMem_malloc(sizeof(TyInstValues) + sizeof(TyObject *) * (size_t)keys->n);
    if (!v) {
        tyErr_noMemory();
        return -1;
    }
    v->count = 0;
    v->capacity = (uint8_t)keys->n;
    for (int k = 0; k < keys->n; k++)
        v->values[k] = NULL;
    *slot = v;
    return 0;
}

int tyInst_storeAt(TyObject *o, int i, TyObject *value)
{
    TyInstValues *v = reserve(o, i);
    if (!v)
        return -1;
    TyObject *old = v->values[i];
    v->values[i] = TY_NEWREF(value);
    if (!old)
        v->order[v->count++] = (uint8_t)i;
    else
        TY_DECREF(old);
    return 0;
}

TyObject *tyInst_lookup(TyObject *o, TyObject *name)
{
    TyInstValues *v = *TY_INST_VALUES_PTR(o);
    if (!v)
        return NULL;
    int i = key_index(TY_TYPE(o), name, false);
    return i >= 0 ? tyInst_valueAt(v, i) : NULL;
}

static void remove_from_order(TyInstValues *v, int index)
{
    for (int k = 0; k < v->count; k++) {
        if (v->order[k] == index) {
            memmove(v->order + k, v->order + k + 1, (size_t)(v->count - k - 1));
            v->count--;
            return;
        }
    }
}

int tyInst_store(TyObject *o, TyObject *name, TyObject *value)
{
    TyInstValues **slot = TY_INST_VALUES_PTR(o);
    int i = key_index(TY_TYPE(o), name, value != NULL);
    if (i == -2)
        return -1;
    if (!value) {
        TyObject *old = i >= 0 ? tyInst_valueAt(*slot, i) : NULL;
        if (!old) {
            tyErr_format(&TyExc_AttributeError, "'%s' object has no attribute '%U'",
                         tyType_name(TY_TYPE(o)), name);
            return -1;
        }
        (*slot)->values[i] = NULL;
        remove_from_order(*slot, i);
        TY_DECREF(old);
        return 0;
    }
    if (i < 0)
        return 1;
    return tyInst_storeAt(o, i, value);
}

TyObject *tyInst_materialize(TyObject *o)
{
    TyObject **dictptr = tyObj_dictPtr(o);
    if (*dictptr)
        return *dictptr;
    TyObject *d = tyDict_new();
    if (!d)
        return NULL;
    TyInstValues **slot = TY_INST_VALUES_PTR(o);
    TyInstValues *v = *slot;
    if (v) {
        TyInstKeys *keys = TY_TYPE(o)->cached_keys;
        for (int k = 0; k < v->count; k++) {
            int i = v->order[k];
            if (tyDict_setItem(d, keys->names[i], v->values[i]) < 0) {
                TY_DECREF(d);
                return NULL;
            }
        }
        tyInst_clearValues(o);
    }
    *dictptr = d;
    return d;
}

int tyInst_traverseValues(TyObject *o, ty_visitproc visit, void *arg)
{
    TyInstValues *v = *TY_INST_VALUES_PTR(o);
    if (!v)
        return 0;
    for (int k = 0; k < v->count; k++) {
        TyObject *x = v->values[v->order[k]];
        if (x && visit(x, arg))
            return 1;
    }
    return 0;
}

void tyInst_clearValues(TyObject *o)
{
    TyInstValues **slot = TY_INST_VALUES_PTR(o);
    TyInstValues *v = *slot;
    if (!v)
        return;
    *slot = NULL;
    for (int k = 0; k < v->count; k++)
        TY_XDECREF(v->values[v->order[k]]);
    tyMem_free(v);
}

int tyInst_mergeNames(TyObject *o, TyObject *names)
{
    TyInstValues *v = *TY_INST_VALUES_PTR(o);
    if (!v)
        return 0;
    TyInstKeys *keys = TY_TYPE(o)->cached_keys;
    for (int k = 0; k < v->count; k++)
        if (tyDict_setItem(names, keys->names[v->order[k]], TY_NONE) < 0)
            return -1;
    return 0;
}
