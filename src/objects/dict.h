/*
** dict.h — Python dict: an insertion-ordered open-addressing hash table
** (CPython's compact layout: a sparse index array into a dense entry array).
**
** Dicts start untracked by the GC and become tracked when a value or key
** that could be part of a cycle is stored (CPython's MAINTAIN_TRACKING).
*/
#ifndef TY_DICT_H
#define TY_DICT_H

#include "../object.h"

typedef struct TyDictEntry {
    ty_hash hash;
    TyObject *key;      /* NULL for a deleted entry */
    TyObject *value;
} TyDictEntry;

typedef struct TyDictKeys TyDictKeys;

typedef struct TyDict {
    TyObject ob;
    ssize_t used;        /* live entries */
    uint64_t version;    /* changes on every mutation (for inline caches) */
    TyDictKeys *keys;
} TyDict;

extern TyType TyDict_Type;
/* The views d.keys() / d.values() / d.items() and the iterators over a
** dict, its views, and reversed(d). */
extern TyType TyDictKeysView_Type, TyDictValuesView_Type, TyDictItemsView_Type;
extern TyType TyDictKeyIter_Type, TyDictValueIter_Type, TyDictItemIter_Type;
extern TyType TyDictRevKeyIter_Type, TyDictRevValueIter_Type, TyDictRevItemIter_Type;

#define TY_DICT_CHECK(o) (TY_TYPE(o) == &TyDict_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_DICT_SUBCLASS))
#define TY_DICT_CHECK_EXACT(o) (TY_TYPE(o) == &TyDict_Type)
#define TY_DICT_LEN(o) (((TyDict *)(o))->used)

/* New reference. */
TyObject *tyDict_new(void);
/* Borrowed reference, or NULL: missing (no exception) or failed (exception
** set; only when hashing or comparing keys raised). */
TyObject *tyDict_getItem(TyObject *d, TyObject *key);
/* Borrowed; for C string keys. */
TyObject *tyDict_getItemStr(TyObject *d, const char *key);
/* Neither steals. */
int tyDict_setItem(TyObject *d, TyObject *key, TyObject *value);
int tyDict_setItemStr(TyObject *d, const char *key, TyObject *value);
/* The same two for a key whose hash the caller computed (tyObj_hash):
** borrowed / NULL as tyDict_getItem, 0 / -1 as tyDict_setItem. */
TyObject *tyDict_getItemKnownHash(TyObject *d, TyObject *key, ty_hash hash);
int tyDict_setItemKnownHash(TyObject *d, TyObject *key, ty_hash hash, TyObject *value);
/* KeyError(key) when missing. */
int tyDict_delItem(TyObject *d, TyObject *key);
/* Remove key if present: 1 and *out a new reference (if out != NULL), 0 if
** missing (no exception), -1 on error. */
int tyDict_pop(TyObject *d, TyObject *key, TyObject **out);
/* 1 / 0 / -1 */
int tyDict_contains(TyObject *d, TyObject *key);
/* Iterate: `ssize_t pos = 0; while (tyDict_next(d, &pos, &k, &v)) ...`
** k and v are borrowed; the dict must not change size meanwhile. */
bool tyDict_next(TyObject *d, ssize_t *pos, TyObject **key, TyObject **value);
/* The same with the key's stored hash, so that another table can take the
** key without calling its __hash__ again (as CPython's _PyDict_Next). */
bool tyDict_nextHash(TyObject *d, ssize_t *pos, TyObject **key, TyObject **value, ty_hash *hash);
void tyDict_clear(TyObject *d);
TyObject *tyDict_copy(TyObject *d);
/* d.update(other) for a dict or a mapping with keys() / an iterable of pairs. */
int tyDict_update(TyObject *d, TyObject *other);
/* {**other} (DICT_UPDATE): like update for a dict or a mapping with
** keys(), but anything else raises TypeError "'int' object is not a
** mapping" instead of being read as pairs. */
int tyDict_merge(TyObject *d, TyObject *other);
/* Like update but raises TypeError on duplicate keys ("f() got multiple
** values for keyword argument 'x'") -- for f(**a, **b), func being the
** callable, named in the message as tyObj_functionStr names it (only when
** there is an error).  A non-mapping other raises "<func> argument after
** ** must be a mapping, not int". */
int tyDict_mergeNoDup(TyObject *d, TyObject *other, TyObject *func);
/* Lists of keys / values / (key, value) tuples: new references. */
TyObject *tyDict_keys(TyObject *d);
TyObject *tyDict_values(TyObject *d);
TyObject *tyDict_items(TyObject *d);

/* Set KeyError(key): the key is the exception's single argument even when
** it is a tuple (CPython's _PyErr_SetKeyError). */
void tyDict_setKeyError(TyObject *key);

/* Release the free list of dict objects (at exit, before the leak check;
** gc.c may also call it after a full collection, as CPython does). */
void tyDict_clearFreelist(void);

/* Fast path for str keys with a cached hash (globals, attributes):
** borrowed, NULL if missing.  Never raises while every key of d is an
** exact str; otherwise a non-str key's raising __eq__ can set an exception. */
TyObject *tyDict_getStr(TyObject *d, TyObject *key);

#endif
