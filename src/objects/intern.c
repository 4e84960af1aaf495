/*
** intern.c — the str intern table (see intern.h).  The table holds no
** reference: an interned string dies like any other and str.c's dealloc
** removes it, as CPython 3.11 does, so reference counts match.
*/
#include <string.h>
#include "intern.h"
#include "../mem.h"
#include "../error.h"

#define INTERN_FIRST_SIZE 1024

TyStr *tyIntern_find(const TyInternTable *t, const char *data, ssize_t nbytes, ty_hash h)
{
    if (!t->slots)
        return NULL;
    for (size_t i = (size_t)h & t->mask;; i = (i + 1) & t->mask) {
        TyStr *e = t->slots[i];
        if (!e)
            return NULL;
        if (e->hash == h && e->nbytes == nbytes && memcmp(e->data, data, (size_t)nbytes) == 0)
            return e;
    }
}

/* Rehashes t into size slots (a power of two above twice t->used): 0 or
** -1 with MemoryError, t unchanged. */
static int intern_resize(TyInternTable *t, size_t size)
{
    TyStr **slots = tyMem_calloc(size, sizeof(TyStr *));
    if (!slots)
        return -1;
    for (size_t i = 0; t->slots && i <= t->mask; i++) {
        TyStr *e = t->slots[i];
        if (!e)
            continue;
        size_t j = (size_t)e->hash & (size - 1);
        while (slots[j])
            j = (j + 1) & (size - 1);
        slots[j] = e;
    }
    tyMem_free(t->slots);
    t->slots = slots;
    t->mask = size - 1;
    return 0;
}

int tyIntern_add(TyInternTable *t, TyStr *s)
{
    if (!t->slots ? intern_resize(t, INTERN_FIRST_SIZE) < 0
                  : (t->used + 1) * 2 > t->mask + 1 && intern_resize(t, (t->mask + 1) * 2) < 0)
        return -1;
    size_t i = (size_t)s->hash & t->mask;
    while (t->slots[i])
        i = (i + 1) & t->mask;
    t->slots[i] = s;
    t->used++;
    s->interned = 1;
    return 0;
}

void tyIntern_remove(TyInternTable *t, TyStr *s)
{
    if (!t->slots)
        return;
    size_t i = (size_t)s->hash & t->mask;
    while (t->slots[i] != s) {
        if (!t->slots[i])
            return;
        i = (i + 1) & t->mask;
    }
    /* Backward shift: pull later entries of the cluster into the hole when
    ** their home slot is not between the hole and their position. */
    size_t hole = i;
    for (size_t j = (hole + 1) & t->mask; t->slots[j]; j = (j + 1) & t->mask) {
        size_t home = (size_t)t->slots[j]->hash & t->mask;
        bool movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
        if (movable) {
            t->slots[hole] = t->slots[j];
            hole = j;
        }
    }
    t->slots[hole] = NULL;
    t->used--;
}

void tyIntern_clear(TyInternTable *t)
{
    for (size_t i = 0; t->slots && i <= t->mask; i++)
        if (t->slots[i])
            t->slots[i]->interned = 0;
    tyMem_free(t->slots);
    t->slots = NULL;
    t->mask = 0;
    t->used = 0;
}
