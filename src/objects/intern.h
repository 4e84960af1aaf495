/*
** intern.h — the str intern table: an open-addressing set of borrowed
** TyStr pointers keyed by their text (linear probing, deletion by backward
** shift so no tombstones pile up).  The interpreter owns one, in
** ty_state.str.interned; str.c decides what gets interned and removes a
** string from the table when it dies.
*/
#ifndef TY_INTERN_H
#define TY_INTERN_H

#include "str.h"

typedef struct TyInternTable {
    size_t mask;                /* slots - 1; 0 with slots NULL before first use */
    size_t used;
    TyStr **slots;
} TyInternTable;

/* Borrowed: the string in t with this text and hash, or NULL. */
TyStr *tyIntern_find(const TyInternTable *t, const char *data, ssize_t nbytes, ty_hash h);
/* Adds s (hash computed, not in t) and marks it interned: 0, or -1 with
** MemoryError (t unchanged). */
int tyIntern_add(TyInternTable *t, TyStr *s);
/* Forgets s if t holds it (s keeps its mark: it is dying). */
void tyIntern_remove(TyInternTable *t, TyStr *s);
/* Unmarks every string in t and frees the slots: t is empty and unused. */
void tyIntern_clear(TyInternTable *t);

#endif
