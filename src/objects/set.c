/*
** set.c — set and frozenset, and the set iterator.
**
** An open-addressing table of (key, hash) entries whose design follows
** CPython's setobject.c, because the iteration order of a set is visible
** (print({3, 1, 2})) and must be python3.11's:
**   - a table starts with 8 slots inside the object (smalltable);
**   - a probe looks at slot hash & mask and, while they exist, the 9
**     following slots, then jumps: i = (i*5 + 1 + perturb) & mask after
**     perturb >>= 5;
**   - a deleted key leaves a dummy (hash -1); an insertion reuses the last
**     dummy seen on its probe path when the key is absent;
**   - after filling a never-used slot, when fill*5 >= mask*3 the table is
**     rebuilt for used*4 keys (used*2 past 50000), re-inserting the live
**     keys in table order;
**   - each set operation builds its result in CPython's order (which
**     operand is iterated, which is copied first, when a table is presized).
*/
#include <limits.h>
#include "tally.h"
#include "objects/iter.h"
#include "objects/set.h"
#include "objects/weakref.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define SET(o) ((TySet *)(o))

/* Marks deleted entries; never visible to Python code. */
static TyObject dummy_struct = TY_STATIC_HEAD(&TyBaseObject_Type);
#define DUMMY (&dummy_struct)

static inline bool is_active(const TySetEntry *e)
{
    return e->key != NULL && e->key != DUMMY;
}

/*
** The entry holding key, or the never-used entry that ends its probe
** chain (key NULL).  NULL when a comparison raised.  A comparison that
** changes the set restarts the search.
*/
static TySetEntry *set_lookkey(TySet *so, TyObject *key, ty_hash hash)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        TySetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                TyObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (TY_STR_CHECK_EXACT(startkey) && TY_STR_CHECK_EXACT(key)) {
                    if (tyStr_eq(startkey, key))
                        return entry;
                } else {
                    TySetEntry *table = so->table;
                    TY_INCREF(startkey);
                    int cmp = tyObj_richCompareBool(startkey, key, TY_EQ);
                    TY_DECREF(startkey);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int set_table_resize(TySet *so, ssize_t minused);

/* Add key (a new reference is taken when stored).  0 / -1. */
static int set_add_entry(TySet *so, TyObject *key, ty_hash hash)
{
    TySetEntry *freeslot, *entry;
    size_t mask, i, perturb;
    /* Held across comparisons, which could otherwise free it. */
    TY_INCREF(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                TyObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (TY_STR_CHECK_EXACT(startkey) && TY_STR_CHECK_EXACT(key)) {
                    if (tyStr_eq(startkey, key))
                        goto found_active;
                } else {
                    TySetEntry *table = so->table;
                    TY_INCREF(startkey);
                    int cmp = tyObj_richCompareBool(startkey, key, TY_EQ);
                    TY_DECREF(startkey);
                    if (cmp > 0)
                        goto found_active;
                    if (cmp < 0) {
                        TY_DECREF(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    TY_DECREF(key);
    return 0;
}

/* Put a key known to be absent into a table without dummies. */
static void set_insert_clean(TySetEntry *table, size_t mask, TyObject *key, ty_hash hash)
{
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    TySetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuild the table with the smallest power of two > minused slots. */
static int set_table_resize(TySet *so, ssize_t minused)
{
    size_t newsize = TY_SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    TySetEntry *oldtable = so->table, *newtable;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    TySetEntry small_copy[TY_SET_MINSIZE];
    if (newsize == TY_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / sizeof(TySetEntry)) {
            tyErr_noMemory();
            return -1;
        }
        newtable = tyMem_malloc(newsize * sizeof(TySetEntry));
        if (!newtable)
            return -1;
    }
    memset(newtable, 0, newsize * sizeof(TySetEntry));
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (TySetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (is_active(e))
            set_insert_clean(newtable, newsize - 1, e->key, e->hash);
    if (old_malloced)
        tyMem_free(oldtable);
    return 0;
}

/* Remove key: 1 removed, 0 absent, -1 error. */
static int set_discard_entry(TySet *so, TyObject *key, ty_hash hash)
{
    TySetEntry *entry = set_lookkey(so, key, hash);
    if (!entry)
        return -1;
    if (entry->key == NULL)
        return 0;
    TyObject *old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    TY_DECREF(old);
    return 1;
}

static inline ty_hash key_hash(TyObject *key)
{
    if (TY_STR_CHECK_EXACT(key)) {
        ty_hash h = ((TyStr *)key)->hash;
        if (h != -1)
            return h;
    }
    return tyObj_hash(key);
}

static int set_add_key(TySet *so, TyObject *key)
{
    ty_hash hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_add_entry(so, key, hash);
}

static int set_contains_entry(TySet *so, TyObject *key, ty_hash hash)
{
    TySetEntry *entry = set_lookkey(so, key, hash);
    if (!entry)
        return -1;
    return entry->key != NULL;
}

static int set_contains_key(TySet *so, TyObject *key)
{
    ty_hash hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(so, key, hash);
}

static int set_discard_key(TySet *so, TyObject *key)
{
    ty_hash hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(TySet *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = TY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empty the set first, then release the keys (which may run code). */
static int set_clear_internal(TyObject *o)
{
    TySet *so = SET(o);
    TySetEntry *table = so->table;
    ssize_t used = so->used;
    bool malloced = table != so->smalltable;
    TySetEntry small_copy[TY_SET_MINSIZE];
    if (!malloced) {
        if (so->fill == 0)
            return 0;
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    set_empty_to_minsize(so);
    for (TySetEntry *e = table; used > 0; e++) {
        if (is_active(e)) {
            used--;
            TY_DECREF(e->key);
        }
    }
    if (malloced)
        tyMem_free(table);
    return 0;
}

/* The next active entry at or after *pos in table order. */
static bool set_next(TySet *so, ssize_t *pos, TySetEntry **entry)
{
    ssize_t i = *pos;
    while (i <= so->mask && !is_active(&so->table[i]))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return false;
    *entry = &so->table[i];
    return true;
}

/* so |= other for a set other: one presize, then the cheapest copy. */
static int set_merge(TySet *so, TySet *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        set_table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    TySetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key) {
                so_entry->key = TY_NEWREF(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = 0; i <= other->mask; i++, other_entry++)
            if (is_active(other_entry))
                set_insert_clean(so->table, (size_t)so->mask, TY_NEWREF(other_entry->key),
                                 other_entry->hash);
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (is_active(other_entry) && set_add_entry(so, other_entry->key, other_entry->hash) < 0)
            return -1;
    }
    return 0;
}

/* so.update(other) for one iterable. */
static int set_update_internal(TySet *so, TyObject *other)
{
    if (TY_ANYSET_CHECK(other))
        return set_merge(so, SET(other));
    if (TY_DICT_CHECK_EXACT(other)) {
        ssize_t dictsize = TY_DICT_LEN(other), pos = 0;
        if ((so->fill + dictsize) * 5 >= so->mask * 3 &&
            set_table_resize(so, (so->used + dictsize) * 2) < 0)
            return -1;
        TyObject *key;
        ty_hash hash;
        while (tyDict_nextHash(other, &pos, &key, NULL, &hash))
            if (set_add_entry(so, key, hash) < 0)
                return -1;
        return 0;
    }
    TyObject *it = tyObj_getIter(other);
    if (!it)
        return -1;
    TyObject *key;
    while ((key = tyIter_next(it)) != NULL) {
        int rc = set_add_key(so, key);
        TY_DECREF(key);
        if (rc < 0) {
            TY_DECREF(it);
            return -1;
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? -1 : 0;
}

/* New reference: an empty set of `type` (tracked), filled from iterable. */
static TyObject *make_new_set(TyType *type, TyObject *iterable)
{
    TySet *so = (TySet *)tyGC_alloc(type);
    if (!so)
        return NULL;
    so->mask = TY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    tyGC_track((TyObject *)so);
    if (iterable && set_update_internal(so, iterable) < 0) {
        TY_DECREF(so);
        return NULL;
    }
    return (TyObject *)so;
}

/* Results of operations on subclasses are plain sets / frozensets. */
static TyObject *make_new_set_basetype(TyType *type, TyObject *iterable)
{
    if (type != &TySet_Type && type != &TyFrozenSet_Type)
        type = tyType_isSubtype(type, &TySet_Type) ? &TySet_Type : &TyFrozenSet_Type;
    return make_new_set(type, iterable);
}

static TyObject *set_copy(TyObject *so)
{
    return make_new_set_basetype(TY_TYPE(so), so);
}

/* ---- the exported C API ---------------------------------------------------------- */

/* New references: set(iterable) and frozenset(iterable); NULL iterable
** for an empty one. */
TyObject *tySet_new(TyObject *iterable)
{
    return make_new_set(&TySet_Type, iterable);
}

TyObject *tyFrozenSet_new(TyObject *iterable)
{
    return make_new_set(&TyFrozenSet_Type, iterable);
}

/* set.add(key): 0 / -1 (unhashable key). */
int tySet_add(TyObject *set, TyObject *key)
{
    return set_add_key(SET(set), key);
}

/* An unhashable set used as a key is looked up as the equal frozenset. */
int tySet_contains(TyObject *set, TyObject *key)
{
    int rv = set_contains_key(SET(set), key);
    if (rv < 0 && TY_SET_CHECK(key) && tyErr_exceptionMatches(&TyExc_TypeError)) {
        tyErr_clear();
        TyObject *tmp = make_new_set(&TyFrozenSet_Type, key);
        if (!tmp)
            return -1;
        rv = set_contains_key(SET(set), tmp);
        TY_DECREF(tmp);
    }
    return rv;
}

/* set.discard(key): 1 removed, 0 absent, -1 error; a set key is looked
** up as the equal frozenset. */
int tySet_discard(TyObject *set, TyObject *key)
{
    int rv = set_discard_key(SET(set), key);
    if (rv < 0 && TY_SET_CHECK(key) && tyErr_exceptionMatches(&TyExc_TypeError)) {
        tyErr_clear();
        TyObject *tmp = make_new_set(&TyFrozenSet_Type, key);
        if (!tmp)
            return -1;
        rv = set_discard_key(SET(set), tmp);
        TY_DECREF(tmp);
    }
    return rv;
}

/* set.update(iterable) for one iterable: 0 / -1. */
int tySet_update(TyObject *set, TyObject *iterable)
{
    return set_update_internal(SET(set), iterable);
}

/* The next key in table order (borrowed), with its hash when asked. */
bool tySet_next(TyObject *set, ssize_t *pos, TyObject **key, ty_hash *hash)
{
    TySetEntry *e;
    if (!set_next(SET(set), pos, &e))
        return false;
    *key = e->key;
    if (hash)
        *hash = e->hash;
    return true;
}

/* Empty the set; the keys are released after it is empty. */
void tySet_clear(TyObject *set)
{
    set_clear_internal(set);
}

/* so & other: iterate the smaller set, or the iterable, in its order. */
TyObject *tySet_intersection(TyObject *self, TyObject *other)
{
    TySet *so = SET(self);
    if (self == other)
        return set_copy(self);
    TyObject *result = make_new_set_basetype(TY_TYPE(self), NULL);
    if (!result)
        return NULL;
    if (TY_ANYSET_CHECK(other)) {
        TySet *a = so, *b = SET(other);
        if (b->used > a->used) {
            TySet *t = a;
            a = b;
            b = t;
        }
        ssize_t pos = 0;
        TySetEntry *e;
        while (set_next(b, &pos, &e)) {
            TyObject *key = TY_NEWREF(e->key);
            ty_hash hash = e->hash;
            int rv = set_contains_entry(a, key, hash);
            if (rv > 0)
                rv = set_add_entry(SET(result), key, hash);
            TY_DECREF(key);
            if (rv < 0) {
                TY_DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    TyObject *it = tyObj_getIter(other);
    if (!it) {
        TY_DECREF(result);
        return NULL;
    }
    TyObject *key;
    while ((key = tyIter_next(it)) != NULL) {
        ty_hash hash = tyObj_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0)
            rv = set_add_entry(SET(result), key, hash);
        TY_DECREF(key);
        if (rv < 0) {
            TY_DECREF(it);
            TY_DECREF(result);
            return NULL;
        }
    }
    TY_DECREF(it);
    if (tyErr_occurred()) {
        TY_DECREF(result);
        return NULL;
    }
    return result;
}

/* so -= other for one iterable. */
int tySet_differenceUpdate(TyObject *self, TyObject *other)
{
    TySet *so = SET(self);
    if (self == other)
        return set_clear_internal(self);
    if (TY_ANYSET_CHECK(other)) {
        /* Much bigger other: only the common keys matter. */
        if ((TY_SET_LEN(other) >> 3) > so->used) {
            other = tySet_intersection(self, other);
            if (!other)
                return -1;
        } else {
            TY_INCREF(other);
        }
        ssize_t pos = 0;
        TySetEntry *e;
        while (set_next(SET(other), &pos, &e)) {
            TyObject *key = TY_NEWREF(e->key);
            int rv = set_discard_entry(so, key, e->hash);
            TY_DECREF(key);
            if (rv < 0) {
                TY_DECREF(other);
                return -1;
            }
        }
        TY_DECREF(other);
    } else {
        TyObject *it = tyObj_getIter(other);
        if (!it)
            return -1;
        TyObject *key;
        while ((key = tyIter_next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            TY_DECREF(key);
            if (rv < 0) {
                TY_DECREF(it);
                return -1;
            }
        }
        TY_DECREF(it);
        if (tyErr_occurred())
            return -1;
    }
    /* Resize away the dummies when they are more than a quarter. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* Toggle key's membership: discard it if present, else add it. */
static int toggle(TySet *so, TyObject *key, ty_hash hash)
{
    TY_INCREF(key);
    int rv = set_discard_entry(so, key, hash);
    if (rv == 0)
        rv = set_add_entry(so, key, hash);
    TY_DECREF(key);
    return rv < 0 ? -1 : 0;
}

/* so ^= other for one iterable. */
int tySet_symmetricDifferenceUpdate(TyObject *self, TyObject *other)
{
    TySet *so = SET(self);
    if (self == other)
        return set_clear_internal(self);
    if (TY_DICT_CHECK_EXACT(other)) {
        ssize_t pos = 0;
        TyObject *key;
        ty_hash hash;
        while (tyDict_nextHash(other, &pos, &key, NULL, &hash)) {
            TY_INCREF(key);
            int rv = toggle(so, key, hash);
            TY_DECREF(key);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    TyObject *otherset;
    if (TY_ANYSET_CHECK(other)) {
        otherset = TY_NEWREF(other);
    } else {
        otherset = make_new_set_basetype(TY_TYPE(self), other);
        if (!otherset)
            return -1;
    }
    ssize_t pos = 0;
    TySetEntry *e;
    while (set_next(SET(otherset), &pos, &e)) {
        if (toggle(so, e->key, e->hash) < 0) {
            TY_DECREF(otherset);
            return -1;
        }
    }
    TY_DECREF(otherset);
    return 0;
}

/* so - other: copy-and-discard, or a fresh set of the keys not in other. */
static TyObject *set_difference(TyObject *self, TyObject *other)
{
    ssize_t other_size;
    if (TY_ANYSET_CHECK(other))
        other_size = TY_SET_LEN(other);
    else if (TY_DICT_CHECK_EXACT(other))
        other_size = TY_DICT_LEN(other);
    else
        other_size = -1;
    if (other_size < 0 || (SET(self)->used >> 2) > other_size) {
        TyObject *result = set_copy(self);
        if (result && tySet_differenceUpdate(result, other) < 0) {
            TY_DECREF(result);
            return NULL;
        }
        return result;
    }
    TyObject *result = make_new_set_basetype(TY_TYPE(self), NULL);
    if (!result)
        return NULL;
    bool dict = TY_DICT_CHECK_EXACT(other);
    ssize_t pos = 0;
    TySetEntry *e;
    while (set_next(SET(self), &pos, &e)) {
        TyObject *key = TY_NEWREF(e->key);
        ty_hash hash = e->hash;
        int rv;
        if (dict)
            rv = tyDict_getItemKnownHash(other, key, hash) ? 1 : tyErr_occurred() ? -1 : 0;
        else
            rv = set_contains_entry(SET(other), key, hash);
        if (rv == 0)
            rv = set_add_entry(SET(result), key, hash);
        TY_DECREF(key);
        if (rv < 0) {
            TY_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* so ^ other: a set built from other, then toggled with so's keys. */
static TyObject *set_symmetric_difference(TyObject *self, TyObject *other)
{
    TyObject *result = make_new_set_basetype(TY_TYPE(self), other);
    if (result && tySet_symmetricDifferenceUpdate(result, self) < 0) {
        TY_DECREF(result);
        return NULL;
    }
    return result;
}

/* Is every key of so in the set other?  1 / 0 / -1. */
static int set_issubset_set(TySet *so, TySet *other)
{
    if (so->used > other->used)
        return 0;
    ssize_t pos = 0;
    TySetEntry *e;
    while (set_next(so, &pos, &e)) {
        TyObject *key = TY_NEWREF(e->key);
        int rv = set_contains_entry(other, key, e->hash);
        TY_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

/* subset (sub true) / superset test against any iterable. */
static int set_is_subset_or_superset(TyObject *self, TyObject *other, bool sub)
{
    TyObject *tmp = NULL;
    if (!TY_ANYSET_CHECK(other)) {
        tmp = make_new_set(&TySet_Type, other);
        if (!tmp)
            return -1;
        other = tmp;
    }
    int r = sub ? set_issubset_set(SET(self), SET(other)) : set_issubset_set(SET(other), SET(self));
    TY_XDECREF(tmp);
    return r;
}

/* ---- slots -------------------------------------------------------------------------- */

static void set_dealloc(TyObject *o)
{
    TySet *so = SET(o);
    tyGC_untrack(o);
    if (so->weakreflist)
        tyWeakref_clear(o);
    ssize_t used = so->used;
    for (TySetEntry *e = so->table; used > 0; e++) {
        if (is_active(e)) {
            used--;
            TY_DECREF(e->key);
        }
    }
    if (so->table != so->smalltable)
        tyMem_free(so->table);
    tyObj_free(o);
}

static int set_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    ssize_t pos = 0;
    TySetEntry *e;
    while (set_next(SET(o), &pos, &e)) {
        int r = visit(e->key, arg);
        if (r)
            return r;
    }
    return 0;
}

/* "{1, 2}", "set()", "frozenset({1})", "MySet({1})". */
static TyObject *set_repr(TyObject *o)
{
    const char *name = TY_TYPE(o)->name;
    int rc = tyObj_reprEnter(o);
    if (rc != 0)
        return rc > 0 ? tyStr_fromFormat("%s(...)", name) : NULL;
    TyObject *r = NULL;
    if (SET(o)->used == 0) {
        r = tyStr_fromFormat("%s()", name);
        goto done;
    }
    TyObject *keys = tyList_fromIterable(o);
    if (!keys)
        goto done;
    TyObject *lrepr = tyObj_repr(keys);
    TY_DECREF(keys);
    if (!lrepr)
        goto done;
    /* repr(list)[1:-1] between the set's own braces. */
    TyObject *inner = tyStr_substring(lrepr, 1, TY_STR_LEN(lrepr) - 1);
    TY_DECREF(lrepr);
    if (!inner)
        goto done;
    if (TY_TYPE(o) == &TySet_Type)
        r = tyStr_fromFormat("{%U}", inner);
    else
        r = tyStr_fromFormat("%s({%U})", name, inner);
    TY_DECREF(inner);
done:
    tyObj_reprLeave(o);
    return r;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython's frozenset hash: order-independent xor of shuffled hashes. */
static ty_hash frozenset_hash(TyObject *o)
{
    TySet *so = SET(o);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    ssize_t pos = 0;
    TySetEntry *e;
    while (set_next(so, &pos, &e))
        hash ^= shuffle_bits((uint64_t)e->hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (ty_hash)hash;
    return so->hash;
}

static TyObject *set_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!TY_ANYSET_CHECK(a) || !TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    TySet *v = SET(a), *w = SET(b);
    int r;
    switch (op) {
    case TY_EQ:
    case TY_NE:
        if (v->used != w->used)
            r = 0;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash)
            r = 0;
        else
            r = set_issubset_set(v, w);
        if (r >= 0 && op == TY_NE)
            r = !r;
        break;
    case TY_LE: r = set_issubset_set(v, w); break;
    case TY_GE: r = set_issubset_set(w, v); break;
    case TY_LT: r = v->used < w->used ? set_issubset_set(v, w) : 0; break;
    case TY_GT: r = v->used > w->used ? set_issubset_set(w, v) : 0; break;
    default: return TY_NEWREF(TY_NOTIMPL);
    }
    return r < 0 ? NULL : tyBool_from(r);
}

static ssize_t set_length(TyObject *o)
{
    return SET(o)->used;
}

static int set_contains_slot(TyObject *o, TyObject *key)
{
    return tySet_contains(o, key);
}

static TyObject *set_or(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(a) || !TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *result = set_copy(a);
    if (result && a != b && set_update_internal(SET(result), b) < 0) {
        TY_DECREF(result);
        return NULL;
    }
    return result;
}

static TyObject *set_and(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(a) || !TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    return tySet_intersection(a, b);
}

static TyObject *set_sub(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(a) || !TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    return set_difference(a, b);
}

static TyObject *set_xor(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(a) || !TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    return set_symmetric_difference(a, b);
}

/* Swap the contents of two sets (for the in-place intersection). */
static void set_swap_bodies(TySet *a, TySet *b)
{
    ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    TySetEntry *ta = a->table == a->smalltable ? NULL : a->table;
    TySetEntry *tb = b->table == b->smalltable ? NULL : b->table;
    TySetEntry tab[TY_SET_MINSIZE];
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    a->table = tb ? tb : a->smalltable;
    b->table = ta ? ta : b->smalltable;
    if (TY_FROZENSET_CHECK(a) && TY_FROZENSET_CHECK(b)) {
        ty_hash h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static int set_intersection_update(TyObject *self, TyObject *other)
{
    TyObject *tmp = tySet_intersection(self, other);
    if (!tmp)
        return -1;
    set_swap_bodies(SET(self), SET(tmp));
    TY_DECREF(tmp);
    return 0;
}

static TyObject *set_ior(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    if (set_update_internal(SET(a), b) < 0)
        return NULL;
    return TY_NEWREF(a);
}

static TyObject *set_iand(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    if (set_intersection_update(a, b) < 0)
        return NULL;
    return TY_NEWREF(a);
}

static TyObject *set_isub(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    if (tySet_differenceUpdate(a, b) < 0)
        return NULL;
    return TY_NEWREF(a);
}

static TyObject *set_ixor(TyObject *a, TyObject *b)
{
    if (!TY_ANYSET_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    if (tySet_symmetricDifferenceUpdate(a, b) < 0)
        return NULL;
    return TY_NEWREF(a);
}

/* ---- constructors -------------------------------------------------------------- */

static TyObject *set_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                            TyObject *kwnames)
{
    return make_new_set(type, NULL);
}

static int set_tp_init(TyObject *self, TyObject *const *args, size_t nargs,
                       TyObject *kwnames)
{
    /* Unlike list.__init__, set.__init__ refuses keywords whoever calls it
    ** (CPython 3.11: only __new__ lets a class take its own). */
    if (tyArg_noKeywords("set", kwnames) < 0)
        return -1;
    if (tyArg_checkPositional(TY_TYPE(self)->name, nargs, 0, 1) < 0)
        return -1;
    if (SET(self)->fill)
        set_clear_internal(self);
    SET(self)->hash = -1;
    return nargs ? set_update_internal(SET(self), args[0]) : 0;
}

static TyObject *frozenset_tp_new(TyType *type, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (!tyType_overrides(type, &TyFrozenSet_Type, TY_ID(__init__)) && tyArg_noKeywords("frozenset", kwnames) < 0)
        return NULL;
    if (tyArg_checkPositional(type->name, nargs, 0, 1) < 0)
        return NULL;
    TyObject *iterable = nargs ? args[0] : NULL;
    if (type == &TyFrozenSet_Type && iterable && TY_TYPE(iterable) == &TyFrozenSet_Type)
        return TY_NEWREF(iterable);
    return make_new_set(type, iterable);
}

/* ---- methods ----------------------------------------------------------------------- */

/* "set.add" / "frozenset.copy": the name CPython's argument errors use,
** after the type whose method table holds the method. */
static const char *method_name(TyObject *self, const char *meth, char *buf, size_t size)
{
    snprintf(buf, size, "%s.%s", TY_FROZENSET_CHECK(self) ? "frozenset" : "set", meth);
    return buf;
}

static int one_arg(TyObject *self, const char *meth, size_t nargs, TyObject *kwnames)
{
    char buf[64];
    const char *fname = method_name(self, meth, buf, sizeof buf);
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return -1;
    return 0;
}

static int no_args(TyObject *self, const char *meth, size_t nargs, TyObject *kwnames)
{
    char buf[64];
    const char *fname = method_name(self, meth, buf, sizeof buf);
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}


static TyObject *none_or_null(int rc)
{
    return rc < 0 ? NULL : tyNone_new();
}

static TyObject *set_add_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (one_arg(self, "add", nargs, kw) < 0)
        return NULL;
    return none_or_null(set_add_key(SET(self), args[0]));
}

static TyObject *set_clear_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (no_args(self, "clear", nargs, kw) < 0)
        return NULL;
    return none_or_null(set_clear_internal(self));
}

static TyObject *set_contains_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (one_arg(self, "__contains__", nargs, kw) < 0)
        return NULL;
    int r = tySet_contains(self, args[0]);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *set_copy_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (no_args(self, "copy", nargs, kw) < 0)
        return NULL;
    return set_copy(self);
}

static TyObject *frozenset_copy_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kw)
{
    if (no_args(self, "copy", nargs, kw) < 0)
        return NULL;
    if (TY_TYPE(self) == &TyFrozenSet_Type)
        return TY_NEWREF(self);
    return set_copy(self);
}

static TyObject *set_discard_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (one_arg(self, "discard", nargs, kw) < 0)
        return NULL;
    return none_or_null(tySet_discard(self, args[0]));
}

static TyObject *set_remove_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (one_arg(self, "remove", nargs, kw) < 0)
        return NULL;
    int rv = tySet_discard(self, args[0]);
    if (rv < 0)
        return NULL;
    if (rv == 0) {
        tyDict_setKeyError(args[0]);
        return NULL;
    }
    return tyNone_new();
}

static TyObject *set_pop_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (no_args(self, "pop", nargs, kw) < 0)
        return NULL;
    TySet *so = SET(self);
    if (so->used == 0) {
        TyObject *msg = tyStr_fromCStr("pop from an empty set");
        if (msg) {
            tyDict_setKeyError(msg);
            TY_DECREF(msg);
        }
        return NULL;
    }
    TySetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!is_active(entry)) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    TyObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

/* union, update, intersection(_update), difference(_update) take any number
** of arguments (METH_VARARGS in CPython): their keyword error names the
** method alone. */
static TyObject *set_union_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (tyArg_noKeywords("union", kw) < 0)
        return NULL;
    TyObject *result = set_copy(self);
    if (!result)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] != self && set_update_internal(SET(result), args[i]) < 0) {
            TY_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static TyObject *set_update_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (tyArg_noKeywords("update", kw) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(SET(self), args[i]) < 0)
            return NULL;
    return tyNone_new();
}

static TyObject *intersection_multi(TyObject *self, TyObject *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    TyObject *result = TY_NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        TyObject *next = tySet_intersection(result, args[i]);
        TY_DECREF(result);
        if (!next)
            return NULL;
        result = next;
    }
    return result;
}

static TyObject *set_intersection_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                       TyObject *kw)
{
    if (tyArg_noKeywords("intersection", kw) < 0)
        return NULL;
    return intersection_multi(self, args, nargs);
}

static TyObject *set_intersection_update_meth(TyObject *self, TyObject *const *args,
                                              size_t nargs, TyObject *kw)
{
    if (tyArg_noKeywords("intersection_update", kw) < 0)
        return NULL;
    TyObject *tmp = intersection_multi(self, args, nargs);
    if (!tmp)
        return NULL;
    set_swap_bodies(SET(self), SET(tmp));
    TY_DECREF(tmp);
    return tyNone_new();
}

static TyObject *set_difference_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kw)
{
    if (tyArg_noKeywords("difference", kw) < 0)
        return NULL;
    if (nargs == 0)
        return set_copy(self);
    TyObject *result = set_difference(self, args[0]);
    for (size_t i = 1; result && i < nargs; i++) {
        if (tySet_differenceUpdate(result, args[i]) < 0) {
            TY_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static TyObject *set_difference_update_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                            TyObject *kw)
{
    if (tyArg_noKeywords("difference_update", kw) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (tySet_differenceUpdate(self, args[i]) < 0)
            return NULL;
    return tyNone_new();
}

static TyObject *set_symdiff_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (one_arg(self, "symmetric_difference", nargs, kw) < 0)
        return NULL;
    return set_symmetric_difference(self, args[0]);
}

static TyObject *set_symdiff_update_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                         TyObject *kw)
{
    if (one_arg(self, "symmetric_difference_update", nargs, kw) < 0)
        return NULL;
    return none_or_null(tySet_symmetricDifferenceUpdate(self, args[0]));
}

static TyObject *set_issubset_meth(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (one_arg(self, "issubset", nargs, kw) < 0)
        return NULL;
    int r = set_is_subset_or_superset(self, args[0], true);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *set_issuperset_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kw)
{
    if (one_arg(self, "issuperset", nargs, kw) < 0)
        return NULL;
    int r = set_is_subset_or_superset(self, args[0], false);
    return r < 0 ? NULL : tyBool_from(r);
}

static TyObject *set_isdisjoint_meth(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kw)
{
    if (one_arg(self, "isdisjoint", nargs, kw) < 0)
        return NULL;
    TyObject *other = args[0];
    if (other == self)
        return tyBool_from(SET(self)->used == 0);
    if (TY_ANYSET_CHECK_EXACT(other)) {
        TySet *a = SET(self), *b = SET(other);
        if (b->used > a->used) {
            TySet *t = a;
            a = b;
            b = t;
        }
        ssize_t pos = 0;
        TySetEntry *e;
        while (set_next(b, &pos, &e)) {
            TyObject *key = TY_NEWREF(e->key);
            int rv = set_contains_entry(a, key, e->hash);
            TY_DECREF(key);
            if (rv != 0)
                return rv < 0 ? NULL : tyBool_from(false);
        }
        return tyBool_from(true);
    }
    TyObject *it = tyObj_getIter(other);
    if (!it)
        return NULL;
    TyObject *key;
    while ((key = tyIter_next(it)) != NULL) {
        int rv = set_contains_key(SET(self), key);
        TY_DECREF(key);
        if (rv != 0) {
            TY_DECREF(it);
            return rv < 0 ? NULL : tyBool_from(false);
        }
    }
    TY_DECREF(it);
    if (tyErr_occurred())
        return NULL;
    return tyBool_from(true);
}

/* ---- the iterator ----------------------------------------------------------------- */

typedef struct TySetIter {
    TyObject ob;
    TyObject *set;         /* NULL once exhausted */
    ssize_t used;          /* set size when iteration started; -1 after the error */
    ssize_t pos;
    ssize_t len;
} TySetIter;

static TyObject *set_iter(TyObject *o)
{
    TySetIter *it = (TySetIter *)tyGC_alloc(&TySetIter_Type);
    if (!it)
        return NULL;
    it->set = TY_NEWREF(o);
    it->used = SET(o)->used;
    it->pos = 0;
    it->len = it->used;
    tyGC_track((TyObject *)it);
    return (TyObject *)it;
}

static void setiter_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TySetIter *)o)->set);
    tyObj_free(o);
}

static int setiter_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *s = ((TySetIter *)o)->set;
    return s ? visit(s, arg) : 0;
}

static TyObject *setiter_next(TyObject *o)
{
    TySetIter *it = (TySetIter *)o;
    TyObject *s = it->set;
    if (!s)
        return NULL;
    if (it->used != SET(s)->used) {
        tyErr_setString(&TyExc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    ssize_t pos = it->pos;
    TySetEntry *e;
    if (set_next(SET(s), &pos, &e)) {
        it->pos = pos;
        it->len--;
        return TY_NEWREF(e->key);
    }
    it->set = NULL;
    TY_DECREF(s);
    return NULL;
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *setiter_length_hint(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kw)
{
    if (tyArg_noKeywords("set_iterator.__length_hint__", kw) < 0 ||
        tyArg_checkPositional("set_iterator.__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    TySetIter *it = (TySetIter *)self;
    ssize_t n = it->set && it->used == SET(it->set)->used ? it->len : 0;
    return tyInt_fromI64(n);
}

/* __reduce__: (iter, (list,)), the list holding the items the iterator has
** still to give, from a copy of it, as CPython's; the RuntimeError of a set
** changed meanwhile is raised here too. */
static TyObject *setiter_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kw)
{
    if (tyArg_noKeywords("__reduce__", kw) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TySetIter copy = *(TySetIter *)self;
    TY_XINCREF(copy.set);
    TyObject *rest = tyList_new(0), *v;
    while (rest && (v = setiter_next((TyObject *)&copy)))
        if (tyList_appendSteal(rest, v) < 0)
            TY_CLEAR(rest);
    if (tyErr_occurred())
        TY_CLEAR(rest);
    /* setiter_next drops the set when it finishes, not on an error. */
    TY_XDECREF(copy.set);
    if (!rest)
        return NULL;
    TyObject *iter_args = tyTuple_pack(1, rest);
    TY_DECREF(rest);
    return tyIter_reduce("iter", iter_args, NULL);
}

static TyMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, TY_METH_DEFAULT, NULL},
    {"__reduce__", setiter_reduce, TY_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TyType TySetIter_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "set_iterator",
    .basicsize = sizeof(TySetIter),
    .flags = TY_TPFLAG_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* set.__reduce__ and frozenset.__reduce__: (type, (list of items,),
** __dict__ or None), as CPython's. */
static TyObject *set_reduce(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *items = tyList_fromIterable(self);
    TyObject *dict = NULL;
    int has = items ? tyObj_lookupAttr(self, TY_ID(__dict__), &dict) : -1;
    TyObject *state = has > 0 ? dict : TY_NEWREF(TY_NONE);
    TyObject *argtuple = has >= 0 ? tyTuple_pack(1, items) : NULL;
    TyObject *r = argtuple ? tyTuple_pack(3, (TyObject *)TY_TYPE(self), argtuple, state) : NULL;
    TY_XDECREF(items);
    if (has >= 0)
        TY_DECREF(state);
    TY_XDECREF(argtuple);
    return r;
}

static TyMethodDef set_methods[] = {
    {"add", set_add_meth, TY_METH_DEFAULT, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", set_clear_meth, TY_METH_DEFAULT, "Remove all elements from this set."},
    {"__contains__", set_contains_meth, TY_METH_DEFAULT, "x.__contains__(y) <==> y in x."},
    {"__reduce__", set_reduce, TY_METH_DEFAULT, "Return state information for pickling."},
    {"copy", set_copy_meth, TY_METH_DEFAULT, "Return a shallow copy of a set."},
    {"discard", set_discard_meth, TY_METH_DEFAULT,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
    {"difference", set_difference_meth, TY_METH_DEFAULT, "Return the difference of two or more sets as a new set."},
    {"difference_update", set_difference_update_meth, TY_METH_DEFAULT, "Remove all elements of another set from this set."},
    {"intersection", set_intersection_meth, TY_METH_DEFAULT, "Return the intersection of two sets as a new set."},
    {"intersection_update", set_intersection_update_meth, TY_METH_DEFAULT, "Update a set with the intersection of itself and another."},
    {"isdisjoint", set_isdisjoint_meth, TY_METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_meth, TY_METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_meth, TY_METH_DEFAULT, "Report whether this set contains another set."},
    {"pop", set_pop_meth, TY_METH_DEFAULT, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", set_remove_meth, TY_METH_DEFAULT, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"symmetric_difference", set_symdiff_meth, TY_METH_DEFAULT, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", set_symdiff_update_meth, TY_METH_DEFAULT, "Update a set with the symmetric difference of itself and another."},
    {"union", set_union_meth, TY_METH_DEFAULT, "Return the union of sets as a new set."},
    {"update", set_update_meth, TY_METH_DEFAULT, "Update a set with the union of itself and others."},
    {NULL, NULL, 0, NULL},
};

static TyMethodDef frozenset_methods[] = {
    {"__contains__", set_contains_meth, TY_METH_DEFAULT, "x.__contains__(y) <==> y in x."},
    {"__reduce__", set_reduce, TY_METH_DEFAULT, "Return state information for pickling."},
    {"copy", frozenset_copy_meth, TY_METH_DEFAULT, "Return a shallow copy of a set."},
    {"difference", set_difference_meth, TY_METH_DEFAULT, "Return the difference of two or more sets as a new set."},
    {"intersection", set_intersection_meth, TY_METH_DEFAULT, "Return the intersection of two sets as a new set."},
    {"isdisjoint", set_isdisjoint_meth, TY_METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_meth, TY_METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_meth, TY_METH_DEFAULT, "Report whether this set contains another set."},
    {"symmetric_difference", set_symdiff_meth, TY_METH_DEFAULT, "Return the symmetric difference of two sets as a new set."},
    {"union", set_union_meth, TY_METH_DEFAULT, "Return the union of sets as a new set."},
    {NULL, NULL, 0, NULL},
};

TyType TySet_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "set",
    .basicsize = sizeof(TySet),
    .weaklistoffset = offsetof(TySet, weakreflist),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_MATCH_SELF,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .tp_new = set_tp_new,
    .tp_init = set_tp_init,
    .binop[TY_BINOP_SUB] = set_sub,
    .binop[TY_BINOP_AND] = set_and,
    .binop[TY_BINOP_XOR] = set_xor,
    .binop[TY_BINOP_OR] = set_or,
    .inplace[TY_BINOP_SUB] = set_isub,
    .inplace[TY_BINOP_AND] = set_iand,
    .inplace[TY_BINOP_XOR] = set_ixor,
    .inplace[TY_BINOP_OR] = set_ior,
    .length = set_length,
    .contains = set_contains_slot,
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
};

TyType TyFrozenSet_Type = {
    .ob = {TY_STATIC_HEAD(&TyType_Type), 0},
    .name = "frozenset",
    .basicsize = sizeof(TySet),
    .weaklistoffset = offsetof(TySet, weakreflist),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_MATCH_SELF,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .tp_new = frozenset_tp_new,
    .binop[TY_BINOP_SUB] = set_sub,
    .binop[TY_BINOP_AND] = set_and,
    .binop[TY_BINOP_XOR] = set_xor,
    .binop[TY_BINOP_OR] = set_or,
    .length = set_length,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
};
