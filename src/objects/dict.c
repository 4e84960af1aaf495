/*
** dict.c — dict, its views and its iterators.
**
** The layout is CPython's compact dict: a TyDictKeys block holds a sparse
** index table of 2**k slots (1, 2, 4 or 8 bytes each, depending on k)
** followed by a dense array of entries in insertion order.  A slot holds
** an entry number, EMPTY or DUMMY (a deleted entry's slot, which keeps
** probe chains intact).  Probing is perturbed: i = i*5 + perturb + 1,
** perturb >>= 5.  A new entry is appended to the dense array; when the
** array is full (2/3 of the slots) the table is rebuilt for 3 * used
** items, which also compacts deleted entries away.
**
** Every mutation stores a fresh value of one global counter in
** d->version (CPython's ma_version_tag), so a cache keyed on a version
** sees any change to any dict.
**
** A new dict is not tracked by the collector; it becomes tracked when a
** key or value that may be part of a cycle is stored (CPython's
** MAINTAIN_TRACKING rule).
*/
#include <limits.h>
#include "tally.h"
#include "objects/iter.h"
#include "freelist.h"
#include "objects/set.h"
#include "objects/mappingproxy.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define PERTURB_SHIFT 5
#define DICT_MINSIZE 8
#define USABLE_FRACTION(n) (((n) << 1) / 3)

struct TyDictKeys {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    bool all_str;             /* every key is an exact str */
    ssize_t usable;           /* entries that can still be appended */
    ssize_t nentries;         /* entries used, deleted ones included */
    int8_t indices[];         /* the index table, then the entries */
};

#define DK_SIZE(k) ((ssize_t)1 << (k)->log2_size)
#define DK_ENTRIES(k) ((TyDictEntry *)((char *)(k)->indices + ((size_t)1 << (k)->log2_index_bytes)))
#define DICT(o) ((TyDict *)(o))

/* The shared table of every empty dict: nothing can be appended to it, so
** the first insertion replaces it with a real one. */
static TyDictKeys empty_keys = {
    .log2_size = 3,
    .log2_index_bytes = 3,
    .all_str = true,
    .usable = 0,
    .nentries = 0,
    .indices = {-1, -1, -1, -1, -1, -1, -1, -1},
};


#define BUMP_VERSION(d) ((d)->version = ++ty_state.objs.dict_version)

static inline ssize_t get_index(const TyDictKeys *k, size_t i)
{
    uint8_t log2 = k->log2_size;
    if (log2 < 8)
        return k->indices[i];
    if (log2 < 16)
        return ((const int16_t *)k->indices)[i];
    if (log2 < 32)
        return ((const int32_t *)k->indices)[i];
    return (ssize_t)((const int64_t *)k->indices)[i];
}

static inline void set_index(TyDictKeys *k, size_t i, ssize_t ix)
{
    uint8_t log2 = k->log2_size;
    if (log2 < 8)
        k->indices[i] = (int8_t)ix;
    else if (log2 < 16)
        ((int16_t *)k->indices)[i] = (int16_t)ix;
    else if (log2 < 32)
        ((int32_t *)k->indices)[i] = (int32_t)ix;
    else
        ((int64_t *)k->indices)[i] = (int64_t)ix;
}

/* A fresh table of 2**log2_size slots with every slot EMPTY. */
static TyDictKeys *new_keys(uint8_t log2_size)
{
    uint8_t log2_bytes = log2_size < 8 ? log2_size
                       : log2_size < 16 ? log2_size + 1
                       : log2_size < 32 ? log2_size + 2 : log2_size + 3;
    if (log2_size >= 8 * sizeof(ssize_t) - 4) {
        tyErr_noMemory();
        return NULL;
    }
    ssize_t usable = USABLE_FRACTION((ssize_t)1 << log2_size);
    size_t bytes = sizeof(TyDictKeys) + ((size_t)1 << log2_bytes) + (size_t)usable * sizeof(TyDictEntry);
    TyDictKeys *k = tyMem_malloc(bytes);
    if (!k)
        return NULL;
    k->log2_size = log2_size;
    k->log2_index_bytes = log2_bytes;
    k->all_str = true;
    k->usable = usable;
    k->nentries = 0;
    memset(k->indices, 0xff, (size_t)1 << log2_bytes);
    return k;
}

static void free_keys(TyDictKeys *k)
{
    if (k != &empty_keys)
        tyMem_free(k);
}

/* The smallest log2 size whose table holds `minsize` slots. */
static uint8_t log2_keysize(ssize_t minsize)
{
    uint8_t log2 = 3;
    while (((ssize_t)1 << log2) < minsize)
        log2++;
    return log2;
}

/* The table size that holds n items without a resize. */
static uint8_t estimate_log2_keysize(ssize_t n)
{
    return log2_keysize((n * 3 + 1) / 2);
}

/* The first slot of hash's probe chain that holds EMPTY or DUMMY. */
static size_t find_empty_slot(TyDictKeys *k, ty_hash hash)
{
    size_t mask = (size_t)DK_SIZE(k) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild d's table with 2**log2 slots, live entries only, in order. */
static int dict_resize(TyDict *d, uint8_t log2)
{
    TyDictKeys *old = d->keys;
    TyDictKeys *k = new_keys(log2);
    if (!k)
        return -1;
    if (k->usable < d->used) {
        free_keys(k);
        tyErr_noMemory();
        return -1;
    }
    k->all_str = old->all_str;
    TyDictEntry *src = DK_ENTRIES(old), *dst = DK_ENTRIES(k);
    ssize_t n = 0;
    for (ssize_t i = 0; i < old->nentries; i++) {
        if (src[i].key) {
            dst[n] = src[i];
            set_index(k, find_empty_slot(k, src[i].hash), n);
            n++;
        }
    }
    k->nentries = n;
    k->usable -= n;
    d->keys = k;
    free_keys(old);
    return 0;
}

/*
** Find key: the entry number, DKIX_EMPTY when absent, DKIX_ERROR when a
** comparison raised.  A comparison that changes the dict restarts the
** search, as CPython does.
*/
static ssize_t lookup(TyDict *d, TyObject *key, ty_hash hash)
{
restart:;
    TyDictKeys *k = d->keys;
    size_t mask = (size_t)DK_SIZE(k) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    bool str_key = TY_STR_CHECK_EXACT(key);
    for (;;) {
        ssize_t ix = get_index(k, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            TyDictEntry *ep = &DK_ENTRIES(k)[ix];
            TyObject *startkey = ep->key;
            if (startkey == key)
                return ix;
            if (ep->hash == hash) {
                if (str_key && TY_STR_CHECK_EXACT(startkey)) {
                    if (tyStr_eq(startkey, key))
                        return ix;
                } else {
                    TY_INCREF(startkey);
                    int cmp = tyObj_richCompareBool(startkey, key, TY_EQ);
                    TY_DECREF(startkey);
                    if (cmp < 0)
                        return DKIX_ERROR;
                    if (k != d->keys || ep->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The index slot that holds entry number ix (which must be present). */
static size_t slot_of(TyDictKeys *k, ty_hash hash, ssize_t ix)
{
    size_t mask = (size_t)DK_SIZE(k) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_index(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static inline ty_hash hash_of(TyObject *key)
{
    if (TY_STR_CHECK_EXACT(key)) {
        ty_hash h = ((TyStr *)key)->hash;
        if (h != -1)
            return h;
    }
    return tyObj_hash(key);
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED. */
static inline bool may_be_tracked(TyObject *o)
{
    if (!(TY_TYPE(o)->flags & TY_TPFLAG_GC) || !tyGC_isGCObject(o))
        return false;
    return !TY_TUPLE_CHECK_EXACT(o) || tyGC_isTracked(o);
}

static inline void maintain_tracking(TyDict *d, TyObject *key, TyObject *value)
{
    if (!tyGC_isTracked((TyObject *)d) && (may_be_tracked(key) || may_be_tracked(value)))
        tyGC_track((TyObject *)d);
}

/*
** A new entry for key, which lookup() has just not found (no Python code
** may run in between); key and value are stolen, also on failure.  0 / -1.
*/
static int append_entry(TyDict *d, TyObject *key, ty_hash hash, TyObject *value)
{
    if (d->keys->usable <= 0 && dict_resize(d, log2_keysize(d->used * 3)) < 0) {
        TY_DECREF(value);
        TY_DECREF(key);
        return -1;
    }
    TyDictKeys *k = d->keys;
    if (!TY_STR_CHECK_EXACT(key))
        k->all_str = false;
    set_index(k, find_empty_slot(k, hash), k->nentries);
    TyDictEntry *ep = &DK_ENTRIES(k)[k->nentries];
    ep->hash = hash;
    ep->key = key;
    ep->value = value;
    k->nentries++;
    k->usable--;
    d->used++;
    BUMP_VERSION(d);
    return 0;
}

/*
** d[key] = value with key's hash known.  Takes new references to key and
** value only when they are stored.  0 / -1.
*/
static int insert(TyDict *d, TyObject *key, ty_hash hash, TyObject *value)
{
    TY_INCREF(key);
    TY_INCREF(value);
    maintain_tracking(d, key, value);
    ssize_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        goto fail;
    if (ix == DKIX_EMPTY)
        return append_entry(d, key, hash, value);
    TyDictEntry *ep = &DK_ENTRIES(d->keys)[ix];
    TyObject *old = ep->value;
    ep->value = value;
    BUMP_VERSION(d);
    TY_DECREF(old);
    TY_DECREF(key);
    return 0;
fail:
    TY_DECREF(value);
    TY_DECREF(key);
    return -1;
}

/* Remove entry ix (found for hash); its references are released last. */
static void delete_entry(TyDict *d, ssize_t ix, ty_hash hash)
{
    TyDictKeys *k = d->keys;
    set_index(k, slot_of(k, hash, ix), DKIX_DUMMY);
    TyDictEntry *ep = &DK_ENTRIES(k)[ix];
    TyObject *key = ep->key, *value = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    BUMP_VERSION(d);
    TY_DECREF(key);
    TY_DECREF(value);
}

/* KeyError(key), with the key as the single argument even for tuples. */
void tyDict_setKeyError(TyObject *key)
{
    TyObject *exc = tyExc_new(&TyExc_KeyError, &key, 1);
    if (!exc)
        return;
    tyErr_setRaised(exc);
    TY_DECREF(exc);
}

/* ---- the C API ---------------------------------------------------------------- */

/*
** The free list of exact dict objects (ty_state.cache.dict_free; see
** freelist.h), as CPython keeps: a dead dict's object (not its table) is
** parked there, empty and chained through its version, and reused by the
** next dict made.  tyDict_clearFreelist releases the parked objects (at
** exit, and after full collections as CPython does).
*/
#define DICT_LINK offsetof(TyDict, version)

static TyDict *dict_from_freelist(void)
{
    TyDict *d = (TyDict *)tyFreeList_pop(&ty_state.cache.dict_free, DICT_LINK);
    if (d)
        TY_AS_GC(d)->prev = 0;
    return d;
}

/* Park a dead exact dict (untracked, entries released): true if taken. */
static bool dict_to_freelist(TyDict *d)
{
    if (TY_TYPE(d) != &TyDict_Type)
        return false;
    d->keys = &empty_keys;
    d->used = 0;
    return tyFreeList_push(&ty_state.cache.dict_free, (TyObject *)d, DICT_LINK, TY_DICT_FREELIST_MAX);
}

/* Release the parked dicts. */
void tyDict_clearFreelist(void)
{
    tyFreeList_clear(&ty_state.cache.dict_free, DICT_LINK);
}

static TyObject *dict_alloc(TyType *type)
{
    TyDict *d = type == &TyDict_Type ? dict_from_freelist() : NULL;
    if (!d) {
        d = (TyDict *)tyGC_alloc(type);
        if (!d)
            return NULL;
    }
    d->keys = &empty_keys;
    d->used = 0;
    BUMP_VERSION(d);
    return (TyObject *)d;
}

/* New reference: an empty, untracked dict. */
TyObject *tyDict_new(void)
{
    return dict_alloc(&TyDict_Type);
}

/* Borrowed reference or NULL (missing, or an exception from hash / ==). */
TyObject *tyDict_getItem(TyObject *o, TyObject *key)
{
    ty_hash hash = hash_of(key);
    if (hash == -1)
        return NULL;
    ssize_t ix = lookup(DICT(o), key, hash);
    return ix >= 0 ? DK_ENTRIES(DICT(o)->keys)[ix].value : NULL;
}

/* Borrowed: str keys with a cached hash, no generic comparison unless the
** dict holds keys other than exact strs. */
TyObject *tyDict_getStr(TyObject *o, TyObject *key)
{
    TyDict *d = DICT(o);
    TyDictKeys *k = d->keys;
    ty_hash hash = ((TyStr *)key)->hash;
    if (TY_UNLIKELY(hash == -1))
        hash = tyStr_hash(key);
    if (TY_UNLIKELY(!k->all_str)) {
        ssize_t ix = lookup(d, key, hash);
        return ix >= 0 ? DK_ENTRIES(d->keys)[ix].value : NULL;
    }
    size_t mask = (size_t)DK_SIZE(k) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    TyDictEntry *entries = DK_ENTRIES(k);
    for (;;) {
        ssize_t ix = get_index(k, i);
        if (ix == DKIX_EMPTY)
            return NULL;
        if (ix >= 0) {
            TyDictEntry *ep = &entries[ix];
            if (ep->key == key || (ep->hash == hash && tyStr_eq(ep->key, key)))
                return ep->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Borrowed: d[key] for a C string key, or NULL when missing. */
TyObject *tyDict_getItemStr(TyObject *d, const char *key)
{
    TyObject *k = tyStr_fromCStr(key);
    if (!k)
        return NULL;
    TyObject *v = tyDict_getStr(d, k);
    TY_DECREF(k);
    return v;
}

/* d[key] = value; takes its own references.  0 / -1 (unhashable key). */
int tyDict_setItem(TyObject *d, TyObject *key, TyObject *value)
{
    ty_hash hash = hash_of(key);
    if (hash == -1)
        return -1;
    return insert(DICT(d), key, hash, value);
}

/* d[key] and d[key] = value with the key's hash already computed, so a
** caller that does both hashes once (CPython's _PyDict_GetItem_KnownHash /
** _PyDict_SetItem_KnownHash; _collections._count_elements relies on it). */
TyObject *tyDict_getItemKnownHash(TyObject *o, TyObject *key, ty_hash hash)
{
    ssize_t ix = lookup(DICT(o), key, hash);
    return ix >= 0 ? DK_ENTRIES(DICT(o)->keys)[ix].value : NULL;
}

int tyDict_setItemKnownHash(TyObject *d, TyObject *key, ty_hash hash, TyObject *value)
{
    return insert(DICT(d), key, hash, value);
}

/* d[key] = value for a C string key (interned, as identifiers are). */
int tyDict_setItemStr(TyObject *d, const char *key, TyObject *value)
{
    TyObject *k = tyStr_internC(key);
    if (!k)
        return -1;
    int rc = tyDict_setItem(d, k, value);
    TY_DECREF(k);
    return rc;
}

/* del d[key]: 0, or -1 with KeyError(key) when missing. */
int tyDict_delItem(TyObject *o, TyObject *key)
{
    ty_hash hash = hash_of(key);
    if (hash == -1)
        return -1;
    ssize_t ix = lookup(DICT(o), key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY) {
        tyDict_setKeyError(key);
        return -1;
    }
    delete_entry(DICT(o), ix, hash);
    return 0;
}

/* Remove key if present: 1 (*out a new reference when out != NULL) / 0 / -1. */
int tyDict_pop(TyObject *o, TyObject *key, TyObject **out)
{
    TyDict *d = DICT(o);
    if (out)
        *out = NULL;
    if (d->used == 0)
        return 0;
    ty_hash hash = hash_of(key);
    if (hash == -1)
        return -1;
    ssize_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY)
        return 0;
    if (out)
        *out = TY_NEWREF(DK_ENTRIES(d->keys)[ix].value);
    delete_entry(d, ix, hash);
    return 1;
}

/* key in d: 1 / 0 / -1. */
int tyDict_contains(TyObject *o, TyObject *key)
{
    ty_hash hash = hash_of(key);
    if (hash == -1)
        return -1;
    ssize_t ix = lookup(DICT(o), key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    return ix >= 0;
}

/* The next live entry at or after *pos; borrowed key and value. */
bool tyDict_next(TyObject *o, ssize_t *pos, TyObject **key, TyObject **value)
{
    return tyDict_nextHash(o, pos, key, value, NULL);
}

bool tyDict_nextHash(TyObject *o, ssize_t *pos, TyObject **key, TyObject **value, ty_hash *hash)
{
    TyDictKeys *k = DICT(o)->keys;
    TyDictEntry *entries = DK_ENTRIES(k);
    ssize_t i = *pos;
    while (i < k->nentries && !entries[i].key)
        i++;
    if (i >= k->nentries)
        return false;
    *pos = i + 1;
    if (key)
        *key = entries[i].key;
    if (value)
        *value = entries[i].value;
    if (hash)
        *hash = entries[i].hash;
    return true;
}

/* Empty the dict; the old references are released once it is empty. */
void tyDict_clear(TyObject *o)
{
    TyDict *d = DICT(o);
    TyDictKeys *k = d->keys;
    if (k == &empty_keys)
        return;
    d->keys = &empty_keys;
    d->used = 0;
    BUMP_VERSION(d);
    TyDictEntry *entries = DK_ENTRIES(k);
    for (ssize_t i = 0; i < k->nentries; i++) {
        if (entries[i].key) {
            TY_DECREF(entries[i].key);
            TY_DECREF(entries[i].value);
        }
    }
    free_keys(k);
}

/* Make room for n more items without intermediate resizes. */
static int reserve(TyDict *d, ssize_t n)
{
    if (d->keys->usable >= n)
        return 0;
    return dict_resize(d, estimate_log2_keysize(d->used + n));
}

/* d.update(other) for a dict other, iterating its entries directly. */
static int merge_dict(TyDict *d, TyDict *other)
{
    if (other == d || other->used == 0)
        return 0;
    if (reserve(d, other->used) < 0)
        return -1;
    TyDictKeys *k = other->keys;
    ssize_t n = k->nentries;
    for (ssize_t i = 0; i < n; i++) {
        TyDictEntry *ep = &DK_ENTRIES(k)[i];
        if (!ep->key)
            continue;
        TyObject *key = TY_NEWREF(ep->key), *value = TY_NEWREF(ep->value);
        int rc = insert(d, key, ep->hash, value);
        TY_DECREF(key);
        TY_DECREF(value);
        if (rc < 0)
            return -1;
        if (other->keys != k || k->nentries != n) {
            tyErr_setString(&TyExc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* d.update(mapping) through mapping.keys() and mapping[key]. */
static int merge_mapping(TyObject *d, TyObject *mapping)
{
    TyObject *keys = tyObj_callMethod(mapping, TY_ID(keys), NULL, 0);
    if (!keys)
        return -1;
    TyObject *it = tyObj_getIter(keys);
    TY_DECREF(keys);
    if (!it)
        return -1;
    TyObject *key;
    while ((key = tyIter_next(it)) != NULL) {
        TyObject *value = tyObj_getItem(mapping, key);
        int rc = value ? tyDict_setItem(d, key, value) : -1;
        TY_XDECREF(value);
        TY_DECREF(key);
        if (rc < 0) {
            TY_DECREF(it);
            return -1;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

/* d.update(iterable of pairs), CPython's PyDict_MergeFromSeq2. */
static int merge_pairs(TyObject *d, TyObject *seq)
{
    TyObject *it = tyObj_getIter(seq);
    if (!it)
        return -1;
    TyObject *item;
    ssize_t i = 0;
    for (; (item = tyIter_next(it)) != NULL; i++) {
        TyObject *pair;
        if (TY_LIST_CHECK_EXACT(item) || TY_TUPLE_CHECK_EXACT(item)) {
            pair = TY_NEWREF(item);
        } else {
            TyObject *pit = tyObj_getIter(item);
            pair = pit ? tyList_fromIterable(pit) : NULL;
            TY_XDECREF(pit);
            if (!pit && tyErr_exceptionMatches(&TyExc_TypeError))
                tyErr_format(&TyExc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence", i);
        }
        TY_DECREF(item);
        if (!pair)
            goto fail;
        ssize_t n = TY_LIST_CHECK_EXACT(pair) ? TY_LIST_LEN(pair) : TY_TUPLE_LEN(pair);
        if (n != 2) {
            tyErr_format(&TyExc_ValueError,
                         "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            TY_DECREF(pair);
            goto fail;
        }
        TyObject **kv = TY_LIST_CHECK_EXACT(pair) ? TY_LIST_ITEMS(pair) : TY_TUPLE_ITEMS(pair);
        TyObject *key = TY_NEWREF(kv[0]), *value = TY_NEWREF(kv[1]);
        TY_DECREF(pair);
        int rc = tyDict_setItem(d, key, value);
        TY_DECREF(key);
        TY_DECREF(value);
        if (rc < 0)
            goto fail;
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
fail:
    TY_DECREF(it);
    return -1;
}

static TyObject *dict_iter(TyObject *o);

/* d.update(other): a dict, a mapping with keys(), or pairs.  0 / -1. */
int tyDict_update(TyObject *d, TyObject *other)
{
    if (TY_DICT_CHECK(other) && TY_TYPE(other)->iter == dict_iter)
        return merge_dict(DICT(d), DICT(other));
    TyObject *keys;
    int has = tyObj_lookupAttr(other, TY_ID(keys), &keys);
    if (has < 0)
        return -1;
    if (has) {
        TY_DECREF(keys);
        return merge_mapping(d, other);
    }
    return merge_pairs(d, other);
}

/* {**other}: a dict or a mapping with keys(); TypeError otherwise. */
int tyDict_merge(TyObject *d, TyObject *other)
{
    if (TY_DICT_CHECK(other) && TY_TYPE(other)->iter == dict_iter)
        return merge_dict(DICT(d), DICT(other));
    TyObject *keys;
    int has = tyObj_lookupAttr(other, TY_ID(keys), &keys);
    if (has < 0)
        return -1;
    if (!has) {
        tyErr_format(&TyExc_TypeError, "'%T' object is not a mapping", other);
        return -1;
    }
    TY_DECREF(keys);
    return merge_mapping(d, other);
}

/* Raises TypeError "<func's description> <what>", `what` formatted with
** arg (the key or the object); returns -1. */
static int call_error(TyObject *func, const char *what, TyObject *arg)
{
    TyObject *desc = tyObj_functionStr(func);
    if (desc) {
        TyObject *msg = tyStr_fromFormat(what, arg);
        if (msg)
            tyErr_format(&TyExc_TypeError, "%U %U", desc, msg);
        TY_XDECREF(msg);
        TY_DECREF(desc);
    }
    return -1;
}

/*
** f(**a, **b): add other's items, raising TypeError on a key already
** present or a non-mapping other, the message naming func as CPython's
** does ("__main__.f() got ..."), which is looked up only then.
*/
int tyDict_mergeNoDup(TyObject *d, TyObject *other, TyObject *func)
{
    TyObject *keys = NULL;
    if (!TY_DICT_CHECK(other)) {
        int has = tyObj_lookupAttr(other, TY_ID(keys), &keys);
        if (has < 0)
            return -1;
        if (!has)
            return call_error(func, "argument after ** must be a mapping, not %T", other);
        TY_DECREF(keys);
        keys = tyObj_callMethod(other, TY_ID(keys), NULL, 0);
    } else {
        keys = tyDict_keys(other);
    }
    if (!keys)
        return -1;
    TyObject *it = tyObj_getIter(keys);
    TY_DECREF(keys);
    if (!it)
        return -1;
    TyObject *key;
    while ((key = tyIter_next(it)) != NULL) {
        int present = tyDict_contains(d, key);
        TyObject *value = NULL;
        int rc = -1;
        if (present > 0) {
            if (TY_STR_CHECK(key))
                call_error(func, "got multiple values for keyword argument '%U'", key);
            else
                tyErr_setString(&TyExc_TypeError, "keywords must be strings");
        } else if (present == 0 && (value = tyObj_getItem(other, key)) != NULL) {
            rc = tyDict_setItem(d, key, value);
        }
        TY_XDECREF(value);
        TY_DECREF(key);
        if (rc < 0) {
            TY_DECREF(it);
            return -1;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

/* New reference: a dict with d's items.  Tracked like CPython's copy. */
TyObject *tyDict_copy(TyObject *o)
{
    TyDict *d = DICT(o);
    TyObject *r = tyDict_new();
    if (!r)
        return NULL;
    if (d->used == 0)
        return r;
    if (merge_dict(DICT(r), d) < 0) {
        TY_DECREF(r);
        return NULL;
    }
    /* CPython clones the table of a dict with few deletions, keeping its
    ** tracked state even when no current item needs it. */
    if (TY_DICT_CHECK_EXACT(o) && d->used >= (d->keys->nentries * 2) / 3 && tyGC_isTracked(o))
        tyGC_track(r);
    return r;
}

/* which: 0 keys, 1 values, 2 (key, value) tuples.  New list. */
static TyObject *dict_to_list(TyObject *o, int which)
{
    TyDict *d = DICT(o);
    TyObject *l = tyList_new(d->used);
    if (!l)
        return NULL;
    ssize_t pos = 0, n = 0;
    TyObject *k, *v;
    /* Building tuples cannot run Python code, so the dict stays put. */
    while (tyDict_next(o, &pos, &k, &v)) {
        TyObject *item = which == 0 ? TY_NEWREF(k) : which == 1 ? TY_NEWREF(v) : tyTuple_pack(2, k, v);
        if (!item) {
            TY_DECREF(l);
            return NULL;
        }
        TY_LIST_SET(l, n++, item);
    }
    return l;
}

/* New lists: the keys, the values, the (key, value) tuples, in order. */
TyObject *tyDict_keys(TyObject *d) { return dict_to_list(d, 0); }
TyObject *tyDict_values(TyObject *d) { return dict_to_list(d, 1); }
TyObject *tyDict_items(TyObject *d) { return dict_to_list(d, 2); }

/* ---- slots -------------------------------------------------------------------- */

static void dict_dealloc(TyObject *o)
{
    TyDict *d = DICT(o);
    tyGC_untrack(o);
    TyDictKeys *k = d->keys;
    TyDictEntry *entries = DK_ENTRIES(k);
    for (ssize_t i = 0; i < k->nentries; i++) {
        if (entries[i].key) {
            TY_DECREF(entries[i].key);
            TY_DECREF(entries[i].value);
        }
    }
    free_keys(k);
    if (!dict_to_freelist(d))
        tyObj_free(o);
}

/* Values, then keys, as CPython 3.11 visits them (gc.get_referents shows
** the order); a dict whose keys are all strs visits only its values, as
** CPython's str-keyed dicts do (a str cannot be part of a cycle). */
static int dict_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyDictKeys *k = DICT(o)->keys;
    TyDictEntry *entries = DK_ENTRIES(k);
    bool str_keys = true;
    for (ssize_t i = 0; i < k->nentries && str_keys; i++)
        if (entries[i].key && !TY_STR_CHECK_EXACT(entries[i].key))
            str_keys = false;
    for (ssize_t i = 0; i < k->nentries; i++) {
        if (!entries[i].key)
            continue;
        int r = visit(entries[i].value, arg);
        if (!r && !str_keys)
            r = visit(entries[i].key, arg);
        if (r)
            return r;
    }
    return 0;
}

static int dict_clear_slot(TyObject *o)
{
    tyDict_clear(o);
    return 0;
}

static TyObject *dict_repr(TyObject *o)
{
    TyDict *d = DICT(o);
    if (d->used == 0)
        return tyStr_fromCStr("{}");
    int rc = tyObj_reprEnter(o);
    if (rc != 0)
        return rc > 0 ? tyStr_fromCStr("{...}") : NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    ssize_t pos = 0;
    bool first = true;
    TyObject *k, *v;
    if (tyBuf_appendChar(&b, '{') < 0)
        goto fail;
    /* A repr may change the dict: hold the pair while printing it. */
    while (tyDict_next(o, &pos, &k, &v)) {
        TY_INCREF(k);
        TY_INCREF(v);
        int r = (!first && tyBuf_append(&b, ", ", 2) < 0) || tyBuf_appendRepr(&b, k) < 0 ||
                tyBuf_append(&b, ": ", 2) < 0 || tyBuf_appendRepr(&b, v) < 0;
        TY_DECREF(k);
        TY_DECREF(v);
        if (r)
            goto fail;
        first = false;
    }
    if (tyBuf_appendChar(&b, '}') < 0)
        goto fail;
    tyObj_reprLeave(o);
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    tyObj_reprLeave(o);
    return NULL;
}

/* a == b: same length and every key of a maps to an equal value in b. */
static int dict_equal(TyDict *a, TyDict *b)
{
    if (a->used != b->used)
        return 0;
    for (ssize_t i = 0; i < a->keys->nentries; i++) {
        TyDictEntry *ep = &DK_ENTRIES(a->keys)[i];
        if (!ep->key)
            continue;
        TyObject *key = TY_NEWREF(ep->key), *aval = TY_NEWREF(ep->value);
        ssize_t ix = lookup(b, key, ep->hash);
        int cmp;
        if (ix == DKIX_ERROR) {
            cmp = -1;
        } else if (ix == DKIX_EMPTY) {
            cmp = 0;
        } else {
            TyObject *bval = TY_NEWREF(DK_ENTRIES(b->keys)[ix].value);
            cmp = tyObj_richCompareBool(aval, bval, TY_EQ);
            TY_DECREF(bval);
        }
        TY_DECREF(key);
        TY_DECREF(aval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static TyObject *dict_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_DICT_CHECK(a) || !TY_DICT_CHECK(b) || (op != TY_EQ && op != TY_NE))
        return TY_NEWREF(TY_NOTIMPL);
    int eq = dict_equal(DICT(a), DICT(b));
    if (eq < 0)
        return NULL;
    return tyBool_from((op == TY_EQ) == (eq == 1));
}

static ssize_t dict_length(TyObject *o)
{
    return DICT(o)->used;
}

static TyObject *dict_subscript(TyObject *o, TyObject *key)
{
    ty_hash hash = hash_of(key);
    if (hash == -1)
        return NULL;
    ssize_t ix = lookup(DICT(o), key, hash);
    if (ix >= 0)
        return TY_NEWREF(DK_ENTRIES(DICT(o)->keys)[ix].value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (!TY_DICT_CHECK_EXACT(o)) {
        /* A special method: the type's, bound to o. */
        TyObject *missing = tyObj_lookupSpecial(o, TY_ID(__missing__));
        if (missing) {
            TyObject *r = tyObj_callOneArg(missing, key);
            TY_DECREF(missing);
            return r;
        }
        if (tyErr_occurred())
            return NULL;
    }
    tyDict_setKeyError(key);
    return NULL;
}

static int dict_ass_subscript(TyObject *o, TyObject *key, TyObject *value)
{
    if (value)
        return tyDict_setItem(o, key, value);
    return tyDict_delItem(o, key);
}

static int dict_contains_slot(TyObject *o, TyObject *key)
{
    return tyDict_contains(o, key);
}

/* d | other: a new dict (of type dict) with d's items updated by other's. */
static TyObject *dict_or(TyObject *a, TyObject *b)
{
    if (!TY_DICT_CHECK(a) || !TY_DICT_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *r = tyDict_copy(a);
    if (r && tyDict_update(r, b) < 0) {
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

static TyObject *dict_ior(TyObject *a, TyObject *b)
{
    if (!TY_DICT_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    if (tyDict_update(a, b) < 0)
        return NULL;
    return TY_NEWREF(a);
}

/* ---- constructor ------------------------------------------------------------- */

/* Any dict subclass instance is tracked at once, as in CPython. */
static TyObject *dict_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    TyObject *d = dict_alloc(type);
    if (d && type != &TyDict_Type)
        tyGC_track(d);
    return d;
}

/* dict.update's argument handling, shared with __init__. */
static int update_common(TyObject *self, const char *fname, TyObject *const *args,
                         size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional(fname, nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1 && tyDict_update(self, args[0]) < 0)
        return -1;
    if (kwnames) {
        ssize_t nkw = TY_TUPLE_LEN(kwnames);
        if (reserve(DICT(self), nkw) < 0)
            return -1;
        for (ssize_t i = 0; i < nkw; i++)
            if (tyDict_setItem(self, TY_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
                return -1;
    }
    return 0;
}

static int dict_tp_init(TyObject *self, TyObject *const *args, size_t nargs,
                        TyObject *kwnames)
{
    return update_common(self, "dict", args, nargs, kwnames);
}

/* ---- methods ----------------------------------------------------------------- */

static int no_args(const char *fname, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

static TyObject *dict_get_meth(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("dict.get", kwnames) < 0 || tyArg_checkPositional("get", nargs, 1, 2) < 0)
        return NULL;
    TyObject *v = tyDict_getItem(self, args[0]);
    if (!v && tyErr_occurred())
        return NULL;
    if (!v)
        v = nargs == 2 ? args[1] : TY_NONE;
    return TY_NEWREF(v);
}

static TyObject *dict_setdefault_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    if (tyArg_noKeywords("dict.setdefault", kwnames) < 0 ||
        tyArg_checkPositional("setdefault", nargs, 1, 2) < 0)
        return NULL;
    TyObject *dflt = nargs == 2 ? args[1] : TY_NONE;
    ty_hash hash = hash_of(args[0]);
    if (hash == -1)
        return NULL;
    ssize_t ix = lookup(DICT(self), args[0], hash);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return TY_NEWREF(DK_ENTRIES(DICT(self)->keys)[ix].value);
    /* One lookup, so the key's __eq__ runs at most once (CPython). */
    maintain_tracking(DICT(self), args[0], dflt);
    if (append_entry(DICT(self), TY_NEWREF(args[0]), hash, TY_NEWREF(dflt)) < 0)
        return NULL;
    return TY_NEWREF(dflt);
}

static TyObject *dict_pop_meth(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    if (tyArg_noKeywords("dict.pop", kwnames) < 0 || tyArg_checkPositional("pop", nargs, 1, 2) < 0)
        return NULL;
    TyObject *v;
    int rc = tyDict_pop(self, args[0], &v);
    if (rc < 0)
        return NULL;
    if (rc > 0)
        return v;
    if (nargs == 2)
        return TY_NEWREF(args[1]);
    tyDict_setKeyError(args[0]);
    return NULL;
}

static TyObject *dict_popitem_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (no_args("dict.popitem", nargs, kwnames) < 0)
        return NULL;
    TyDict *d = DICT(self);
    if (d->used == 0) {
        TyObject *msg = tyStr_fromCStr("popitem(): dictionary is empty");
        if (msg) {
            tyDict_setKeyError(msg);
            TY_DECREF(msg);
        }
        return NULL;
    }
    /* Allocate first: after the entry is unlinked nothing may fail. */
    TyObject *r = tyTuple_new(2);
    if (!r)
        return NULL;
    TyDictKeys *k = d->keys;
    ssize_t i = k->nentries - 1;
    while (!DK_ENTRIES(k)[i].key)
        i--;
    TyDictEntry *ep = &DK_ENTRIES(k)[i];
    set_index(k, slot_of(k, ep->hash, i), DKIX_DUMMY);
    /* The tuple takes over the entry's references: no code runs here. */
    TY_TUPLE_SET(r, 0, ep->key);
    TY_TUPLE_SET(r, 1, ep->value);
    ep->key = NULL;
    ep->value = NULL;
    k->nentries = i;
    d->used--;
    BUMP_VERSION(d);
    return r;
}

static TyObject *dict_update_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (update_common(self, "update", args, nargs, kwnames) < 0)
        return NULL;
    return tyNone_new();
}

static TyObject *dict_clear_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (no_args("dict.clear", nargs, kwnames) < 0)
        return NULL;
    tyDict_clear(self);
    return tyNone_new();
}

static TyObject *dict_copy_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (no_args("dict.copy", nargs, kwnames) < 0)
        return NULL;
    return tyDict_copy(self);
}

/* dict.fromkeys(iterable, value=None), a class method. */
static TyObject *dict_fromkeys_meth(TyObject *cls, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (tyArg_noKeywords("fromkeys", kwnames) < 0 ||
        tyArg_checkPositional("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    TyObject *value = nargs == 2 ? args[1] : TY_NONE;
    TyObject *d = tyObj_callNoArgs(cls);
    if (!d)
        return NULL;
    bool exact = TY_DICT_CHECK_EXACT(d);
    /* Keys of a dict or set come with their hashes, which CPython reuses:
    ** no __hash__ is called again. */
    if (exact && (TY_DICT_CHECK_EXACT(args[0]) || TY_ANYSET_CHECK_EXACT(args[0]))) {
        bool from_dict = TY_DICT_CHECK_EXACT(args[0]);
        ssize_t pos = 0;
        TyObject *key;
        ty_hash hash;
        while (from_dict ? tyDict_nextHash(args[0], &pos, &key, NULL, &hash)
                         : tySet_next(args[0], &pos, &key, &hash)) {
            if (tyDict_setItemKnownHash(d, key, hash, value) < 0) {
                TY_DECREF(d);
                return NULL;
            }
        }
        return d;
    }
    TyObject *it = tyObj_getIter(args[0]);
    if (!it) {
        TY_DECREF(d);
        return NULL;
    }
    TyObject *key;
    while ((key = tyIter_next(it)) != NULL) {
        int rc = exact ? tyDict_setItem(d, key, value) : tyObj_setItem(d, key, value);
        TY_DECREF(key);
        if (rc < 0)
            goto fail;
    }
    if (tyErr_occurred())
        goto fail;
    TY_DECREF(it);
    return d;
fail:
    TY_DECREF(it);
    TY_DECREF(d);
    return NULL;
}

static TyObject *dict_contains_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (tyArg_noKeywords("dict.__contains__", kwnames) < 0 ||
        tyArg_checkPositional("dict.__contains__", nargs, 1, 1) < 0)
        return NULL;
    int r = tyDict_contains(self, args[0]);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *dict_getitem_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    if (tyArg_noKeywords("dict.__getitem__", kwnames) < 0 ||
        tyArg_checkPositional("dict.__getitem__", nargs, 1, 1) < 0)
        return NULL;
    return dict_subscript(self, args[0]);
}

static TyObject *view_new(TyType *type, TyObject *dict);
static TyObject *dictiter_new(TyObject *dict, TyType *type);

static TyObject *dict_keys_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                TyObject *kwnames)
{
    if (no_args("dict.keys", nargs, kwnames) < 0)
        return NULL;
    return view_new(&TyDictKeysView_Type, self);
}

static TyObject *dict_values_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (no_args("dict.values", nargs, kwnames) < 0)
        return NULL;
    return view_new(&TyDictValuesView_Type, self);
}

static TyObject *dict_items_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    if (no_args("dict.items", nargs, kwnames) < 0)
        return NULL;
    return view_new(&TyDictItemsView_Type, self);
}

static TyObject *dict_reversed_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (no_args("dict.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return dictiter_new(self, &TyDictRevKeyIter_Type);
}

static TyMethodDef dict_methods[] = {
    {"__contains__", dict_contains_meth, TY_METH_DEFAULT, "True if the dictionary has the specified key, else False."},
    {"__getitem__", dict_getitem_meth, TY_METH_DEFAULT, "x.__getitem__(y) <==> x[y]"},
    {"get", dict_get_meth, TY_METH_DEFAULT, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_meth, TY_METH_DEFAULT,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", dict_pop_meth, TY_METH_DEFAULT,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", dict_popitem_meth, TY_METH_DEFAULT,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"keys", dict_keys_meth, TY_METH_DEFAULT, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_meth, TY_METH_DEFAULT, "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_meth, TY_METH_DEFAULT, "D.values() -> an object providing a view on D's values"},
    {"update", dict_update_meth, TY_METH_DEFAULT,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", dict_fromkeys_meth, TY_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dict_clear_meth, TY_METH_DEFAULT, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_meth, TY_METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed_meth, TY_METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

/* ---- iterators ---------------------------------------------------------------- */

typedef struct TyDictIter {
    TyObject ob;
    TyObject *dict;        /* NULL once exhausted */
    ssize_t used;          /* dict size when the iteration started */
    ssize_t pos;
    ssize_t len;           /* items still expected */
    TyObject *result;      /* item iterators: a (key, value) tuple to reuse */
} TyDictIter;

static bool is_reverse_iter(TyType *type)
{
    return type == &TyDictRevKeyIter_Type || type == &TyDictRevValueIter_Type ||
           type == &TyDictRevItemIter_Type;
}

static TyObject *dictiter_new(TyObject *dict, TyType *type)
{
    TyDictIter *it = (TyDictIter *)tyGC_alloc(type);
    if (!it)
        return NULL;
    it->dict = TY_NEWREF(dict);
    it->used = DICT(dict)->used;
    it->len = it->used;
    it->pos = is_reverse_iter(type) ? DICT(dict)->keys->nentries - 1 : 0;
    if (type == &TyDictItemIter_Type || type == &TyDictRevItemIter_Type) {
        it->result = tyTuple_pack(2, TY_NONE, TY_NONE);
        if (!it->result) {
            TY_DECREF(it);
            return NULL;
        }
    }
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static TyObject *dict_iter(TyObject *o)
{
    return dictiter_new(o, &TyDictKeyIter_Type);
}

static void dictiter_dealloc(TyObject *o)
{
    TyDictIter *it = (TyDictIter *)o;
    tyGC_untrack(o);
    TY_XDECREF(it->dict);
    TY_XDECREF(it->result);
    tyObj_free(o);
}

static int dictiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyDictIter *it = (TyDictIter *)o;
    int r = 0;
    if (it->dict)
        r = visit(it->dict, arg);
    if (!r && it->result)
        r = visit(it->result, arg);
    return r;
}

/*
** The entry the iterator yields next, or NULL when done or failed (the
** iterator is then finished, with the RuntimeError CPython raises when
** the dict changed size or gained keys meanwhile).
*/
static TyDictEntry *dictiter_step(TyDictIter *it)
{
    TyObject *dict = it->dict;
    if (!dict)
        return NULL;
    TyDict *d = DICT(dict);
    if (it->used != d->used) {
        tyErr_setString(&TyExc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    TyDictKeys *k = d->keys;
    TyDictEntry *entries = DK_ENTRIES(k);
    ssize_t i = it->pos;
    if (is_reverse_iter(TY_TYPE(it))) {
        while (i >= 0 && (i >= k->nentries || !entries[i].key))
            i--;
        if (i < 0)
            goto done;
        it->pos = i - 1;
    } else {
        while (i < k->nentries && !entries[i].key)
            i++;
        if (i >= k->nentries)
            goto done;
        if (it->len == 0) {
            tyErr_setString(&TyExc_RuntimeError, "dictionary keys changed during iteration");
            goto done;
        }
        it->pos = i + 1;
    }
    it->len--;
    return &entries[i];
done:
    it->dict = NULL;
    TY_DECREF(dict);
    return NULL;
}

static TyObject *dictiter_next_key(TyObject *o)
{
    TyDictEntry *ep = dictiter_step((TyDictIter *)o);
    return ep ? TY_NEWREF(ep->key) : NULL;
}

static TyObject *dictiter_next_value(TyObject *o)
{
    TyDictEntry *ep = dictiter_step((TyDictIter *)o);
    return ep ? TY_NEWREF(ep->value) : NULL;
}

/* Reuses the result tuple when nobody else holds it, as CPython does. */
static TyObject *dictiter_next_item(TyObject *o)
{
    TyDictIter *it = (TyDictIter *)o;
    TyDictEntry *ep = dictiter_step(it);
    if (!ep)
        return NULL;
    TyObject *key = TY_NEWREF(ep->key), *value = TY_NEWREF(ep->value);
    TyObject *r = it->result;
    if (TY_REFCNT(r) == 1) {
        TyObject *oldk = TY_TUPLE_GET(r, 0), *oldv = TY_TUPLE_GET(r, 1);
        TY_TUPLE_SET(r, 0, key);
        TY_TUPLE_SET(r, 1, value);
        TY_INCREF(r);
        TY_DECREF(oldk);
        TY_DECREF(oldv);
        /* The collector may have untracked it while it held atomic items. */
        tyGC_track(r);
        return r;
    }
    r = tyTuple_new(2);
    if (!r) {
        TY_DECREF(key);
        TY_DECREF(value);
        return NULL;
    }
    TY_TUPLE_SET(r, 0, key);
    TY_TUPLE_SET(r, 1, value);
    return r;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *dictiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                      TyObject *kwnames)
{
    char fname[48];
    snprintf(fname, sizeof fname, "%s.__length_hint__", TY_TYPE(self)->name);
    if (no_args(fname, nargs, kwnames) < 0)
        return NULL;
    TyDictIter *it = (TyDictIter *)self;
    ssize_t n = it->dict && it->used == DICT(it->dict)->used ? it->len : 0;
    return tyInt_fromI64(n);
}

/* __reduce__: (iter, (list,)), the list holding what the iterator has still
** to give (keys, values or pairs), as CPython's: a copy of the iterator is
** run, so this one does not move.  The RuntimeError of a dict changed
** meanwhile is raised here too. */
static TyObject *dictiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (no_args("__reduce__", nargs, kwnames) < 0)
        return NULL;
    TyDictIter copy = *(TyDictIter *)self;
    TyType *t = TY_TYPE(self);
    TY_XINCREF(copy.dict);
    TyObject *rest = tyList_new(0);
    while (rest) {
        TyDictEntry *ep = dictiter_step(&copy);
        if (!ep) {
            if (tyErr_occurred())
                TY_CLEAR(rest);
            break;
        }
        TyObject *v = t == &TyDictKeyIter_Type || t == &TyDictRevKeyIter_Type ? TY_NEWREF(ep->key)
                      : t == &TyDictValueIter_Type || t == &TyDictRevValueIter_Type
                          ? TY_NEWREF(ep->value)
                          : tyTuple_pack(2, ep->key, ep->value);
        if (!v || tyList_append(rest, v) < 0)
            TY_CLEAR(rest);
        TY_XDECREF(v);
    }
    /* dictiter_step drops the dict when it finishes, not on an error. */
    TY_XDECREF(copy.dict);
    if (!rest)
        return NULL;
    TyObject *iter_args = tyTuple_pack(1, rest);
    TY_DECREF(rest);
    return tyIter_reduce("iter", iter_args, NULL);
}

static TyMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", dictiter_reduce, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)      \
    TyType cname = {                               \
        .ob = {TY_STATIC_HEAD(&TyType_Type), 0},   \
        .name = pyname,                            \
        .basicsize = sizeof(TyDictIter),           \
        .flags = TY_TPFLAG_GC,                     \
        .dealloc = dictiter_dealloc,               \
        .traverse = dictiter_traverse,             \
        .iter = iter_self,                         \
        .iternext = nextfn,                        \
        .methods = dictiter_methods,               \
    }

DICT_ITER_TYPE(TyDictKeyIter_Type, "dict_keyiterator", dictiter_next_key);
DICT_ITER_TYPE(TyDictValueIter_Type, "dict_valueiterator", dictiter_next_value);
DICT_ITER_TYPE(TyDictItemIter_Type, "dict_itemiterator", dictiter_next_item);
DICT_ITER_TYPE(TyDictRevKeyIter_Type, "dict_reversekeyiterator", dictiter_next_key);
DICT_ITER_TYPE(TyDictRevValueIter_Type, "dict_reversevalueiterator", dictiter_next_value);
DICT_ITER_TYPE(TyDictRevItemIter_Type, "dict_reverseitemiterator", dictiter_next_item);

/* ---- views ---------------------------------------------------------------------- */

typedef struct TyDictView {
    TyObject ob;
    TyObject *dict;
} TyDictView;

#define VIEW_DICT(o) (((TyDictView *)(o))->dict)
#define IS_SETLIKE_VIEW(o) \
    (TY_TYPE(o) == &TyDictKeysView_Type || TY_TYPE(o) == &TyDictItemsView_Type)

static TyObject *view_new(TyType *type, TyObject *dict)
{
    TyDictView *v = (TyDictView *)tyGC_alloc(type);
    if (!v)
        return NULL;
    v->dict = TY_NEWREF(dict);
    tyGC_track((TyObject *)v);
    return (TyObject *)v;
}

static void view_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_DECREF(VIEW_DICT(o));
    tyObj_free(o);
}

static int view_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return visit(VIEW_DICT(o), arg);
}

static ssize_t view_length(TyObject *o)
{
    return DICT(VIEW_DICT(o))->used;
}

/* "dict_keys([...])" */
static TyObject *view_repr(TyObject *o)
{
    int rc = tyObj_reprEnter(o);
    if (rc != 0)
        return rc > 0 ? tyStr_fromCStr("...") : NULL;
    TyObject *r = NULL;
    TyObject *list = tyList_fromIterable(o);
    if (list) {
        r = tyStr_fromFormat("%s(%R)", TY_TYPE(o)->name, list);
        TY_DECREF(list);
    }
    tyObj_reprLeave(o);
    return r;
}

static TyObject *keysview_iter(TyObject *o)
{
    return dictiter_new(VIEW_DICT(o), &TyDictKeyIter_Type);
}

static TyObject *valuesview_iter(TyObject *o)
{
    return dictiter_new(VIEW_DICT(o), &TyDictValueIter_Type);
}

static TyObject *itemsview_iter(TyObject *o)
{
    return dictiter_new(VIEW_DICT(o), &TyDictItemIter_Type);
}

static int keysview_contains(TyObject *o, TyObject *key)
{
    return tyDict_contains(VIEW_DICT(o), key);
}

/* (key, value) in d.items(): the key is present with an equal value. */
static int itemsview_contains(TyObject *o, TyObject *item)
{
    if (!TY_TUPLE_CHECK(item) || TY_TUPLE_LEN(item) != 2)
        return 0;
    TyObject *found = tyDict_getItem(VIEW_DICT(o), TY_TUPLE_GET(item, 0));
    if (!found)
        return tyErr_occurred() ? -1 : 0;
    TY_INCREF(found);
    int r = tyObj_richCompareBool(found, TY_TUPLE_GET(item, 1), TY_EQ);
    TY_DECREF(found);
    return r;
}

/* Is every item of `a` in `b`?  1 / 0 / -1. */
static int all_contained_in(TyObject *a, TyObject *b)
{
    TyObject *it = tyObj_getIter(a);
    if (!it)
        return -1;
    int ok = 1;
    TyObject *item;
    while (ok == 1 && (item = tyIter_next(it)) != NULL) {
        ok = tyObj_contains(b, item);
        TY_DECREF(item);
    }
    TY_DECREF(it);
    if (ok == 1 && tyErr_occurred())
        ok = -1;
    return ok;
}

static TyObject *view_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!IS_SETLIKE_VIEW(a) || (!TY_ANYSET_CHECK(b) && !IS_SETLIKE_VIEW(b)))
        return TY_NEWREF(TY_NOTIMPL);
    ssize_t la = tyObj_length(a), lb;
    if (la < 0 || (lb = tyObj_length(b)) < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case TY_EQ:
    case TY_NE:
        if (la == lb)
            ok = all_contained_in(a, b);
        if (op == TY_NE && ok >= 0)
            ok = !ok;
        break;
    case TY_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case TY_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case TY_GT: if (la > lb) ok = all_contained_in(b, a); break;
    case TY_GE: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    return ok < 0 ? NULL : tyBool_from(ok);
}

/* view & other (either order), CPython's _PyDictView_Intersect. */
static TyObject *view_and(TyObject *a, TyObject *b)
{
    if (!IS_SETLIKE_VIEW(a)) {
        TyObject *t = a;
        a = b;
        b = t;
    }
    ssize_t la = view_length(a);
    if (TY_TYPE(b) == &TySet_Type && la <= TY_SET_LEN(b))
        return tySet_intersection(b, a);
    if (IS_SETLIKE_VIEW(b) && view_length(b) > la) {
        TyObject *t = a;
        a = b;
        b = t;
    }
    TyObject *result = tySet_new(NULL);
    if (!result)
        return NULL;
    TyObject *it = tyObj_getIter(b);
    if (!it) {
        TY_DECREF(result);
        return NULL;
    }
    bool keys = TY_TYPE(a) == &TyDictKeysView_Type;
    TyObject *item;
    while ((item = tyIter_next(it)) != NULL) {
        int rv = keys ? keysview_contains(a, item) : itemsview_contains(a, item);
        if (rv > 0)
            rv = tySet_add(result, item);
        TY_DECREF(item);
        if (rv < 0)
            goto fail;
    }
    if (tyErr_occurred())
        goto fail;
    TY_DECREF(it);
    return result;
fail:
    TY_DECREF(it);
    TY_DECREF(result);
    return NULL;
}

static TyObject *view_or(TyObject *a, TyObject *b)
{
    TyObject *result = tySet_new(a);
    if (result && tySet_update(result, b) < 0) {
        TY_DECREF(result);
        return NULL;
    }
    return result;
}

static TyObject *view_sub(TyObject *a, TyObject *b)
{
    TyObject *result = tySet_new(a);
    if (result && tySet_differenceUpdate(result, b) < 0) {
        TY_DECREF(result);
        return NULL;
    }
    return result;
}

static TyObject *view_xor(TyObject *a, TyObject *b)
{
    TyObject *result = tySet_new(a);
    if (result && tySet_symmetricDifferenceUpdate(result, b) < 0) {
        TY_DECREF(result);
        return NULL;
    }
    return result;
}

static TyObject *view_isdisjoint(TyObject *self, TyObject *const *args, size_t nargs,
                                 TyObject *kwnames)
{
    char fname[48];
    snprintf(fname, sizeof fname, "%s.isdisjoint", TY_TYPE(self)->name);
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    TyObject *other = args[0];
    if (other == self)
        return tyBool_from(view_length(self) == 0);
    /* Iterate over the shorter object when both sizes are known. */
    if (TY_ANYSET_CHECK(other) || IS_SETLIKE_VIEW(other)) {
        ssize_t lo = tyObj_length(other);
        if (lo < 0)
            return NULL;
        if (view_length(self) > lo) {
            TyObject *t = self;
            self = other;
            other = t;
        }
    }
    TyObject *it = tyObj_getIter(other);
    if (!it)
        return NULL;
    TyObject *item;
    while ((item = tyIter_next(it)) != NULL) {
        int r = tyObj_contains(self, item);
        TY_DECREF(item);
        if (r != 0) {
            TY_DECREF(it);
            return r < 0 ? NULL : tyBool_from(false);
        }
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        return NULL;
    return tyBool_from(true);
}

static TyObject *view_reversed(TyObject *self, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    char fname[48];
    snprintf(fname, sizeof fname, "%s.__reversed__", TY_TYPE(self)->name);
    if (no_args(fname, nargs, kwnames) < 0)
        return NULL;
    TyType *t = TY_TYPE(self) == &TyDictKeysView_Type   ? &TyDictRevKeyIter_Type
              : TY_TYPE(self) == &TyDictValuesView_Type ? &TyDictRevValueIter_Type
                                                        : &TyDictRevItemIter_Type;
    return dictiter_new(VIEW_DICT(self), t);
}

/* mapping: a read-only proxy of the view's dict (new reference). */
static TyObject *view_get_mapping(TyObject *self)
{
    return tyMappingProxy_new(VIEW_DICT(self));
}

static TyGetSetDef view_getset[] = {
    {"mapping", view_get_mapping, NULL, "dictionary that this view refers to"},
    {NULL, NULL, NULL, NULL},
};

static TyMethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, TY_METH_DEFAULT,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, TY_METH_DEFAULT,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static TyMethodDef valuesview_methods[] = {
    {"__reversed__", view_reversed, TY_METH_DEFAULT,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

TyType TyDictKeysView_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "dict_keys",
    .basicsize = sizeof(TyDictView),
    .flags = TY_TPFLAG_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keysview_iter,
    .traverse = view_traverse,
    .binop[TY_BINOP_AND] = view_and,
    .binop[TY_BINOP_OR] = view_or,
    .binop[TY_BINOP_SUB] = view_sub,
    .binop[TY_BINOP_XOR] = view_xor,
    .length = view_length,
    .contains = keysview_contains,
    .methods = setview_methods,
    .getset = view_getset,
};

TyType TyDictItemsView_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "dict_items",
    .basicsize = sizeof(TyDictView),
    .flags = TY_TPFLAG_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = itemsview_iter,
    .traverse = view_traverse,
    .binop[TY_BINOP_AND] = view_and,
    .binop[TY_BINOP_OR] = view_or,
    .binop[TY_BINOP_SUB] = view_sub,
    .binop[TY_BINOP_XOR] = view_xor,
    .length = view_length,
    .contains = itemsview_contains,
    .methods = setview_methods,
    .getset = view_getset,
};

TyType TyDictValuesView_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "dict_values",
    .basicsize = sizeof(TyDictView),
    .flags = TY_TPFLAG_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .iter = valuesview_iter,
    .traverse = view_traverse,
    .length = view_length,
    .methods = valuesview_methods,
    .getset = view_getset,
};

TyType TyDict_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "dict",
    .basicsize = sizeof(TyDict),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_DICT_SUBCLASS | TY_TPFLAG_MAPPING | TY_TPFLAG_MATCH_SELF,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .binop[TY_BINOP_OR] = dict_or,
    .inplace[TY_BINOP_OR] = dict_ior,
    .length = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
    .contains = dict_contains_slot,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};
