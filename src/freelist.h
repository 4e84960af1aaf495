/*
** freelist.h — free lists of dead objects kept for reuse, as CPython keeps
** them for its common types: a stack chained through a pointer-sized word
** inside each parked object, at byte offset `link` (a word the dead object
** no longer needs: a float's value, a tuple's items[0], a list's item
** array).  The reuser overwrites that word.  Parking counts as a free and
** reuse as an allocation in the live-object accounting, so leak checks
** stay exact; reuse bypasses the collector's allocation count, as in
** CPython.
*/
#ifndef TY_FREELIST_H
#define TY_FREELIST_H

#include <string.h>
#include "state.h"

/* Parks o (dead, its references released) unless fl already holds max:
** true if parked. */
static inline bool tyFreeList_push(TyFreeList *fl, TyObject *o, size_t link, int max)
{
    if (fl->count >= max)
        return false;
    memcpy((char *)o + link, &fl->head, sizeof fl->head);
    fl->head = o;
    fl->count++;
    ty_state.mem.live_objects--;
    return true;
}

/* The most recently parked object with a count of 1 (its other fields as
** they were parked), or NULL when fl is empty. */
static inline TyObject *tyFreeList_pop(TyFreeList *fl, size_t link)
{
    TyObject *o = fl->head;
    if (!o)
        return NULL;
    memcpy(&fl->head, (char *)o + link, sizeof fl->head);
    fl->count--;
    ty_state.mem.live_objects++;
    o->refcnt = 1;
    return o;
}

/* Frees every parked object (at exit, and after full collections). */
void tyFreeList_clear(TyFreeList *fl, size_t link);

#endif
