/*
** gc.h — the GC header and the generational cycle collector.
**
** A container object (its type has TY_TPFLAG_GC) is allocated with a
** TyGCHead placed just before the TyObject, like CPython's PyGC_Head.  The
** head links the object into one of three generation lists while it is
** tracked.  gc.c has the collector, following CPython 3.11's algorithm and
** cadence; docs/internals.md describes both.
*/
#ifndef TY_GC_H
#define TY_GC_H

#include <stdio.h>
#include "object.h"

/*
** next == 0 means untracked.  Outside a collection, prev is a plain pointer
** with two flag bits in the low bits (FINALIZED, COLLECTING); during one it
** holds gc_refs << 2.  Bit 0 of next marks "tentatively unreachable" while
** move_unreachable runs.
*/
typedef struct TyGCHead {
    uintptr_t next;
    uintptr_t prev;
} TyGCHead;

#define TY_AS_GC(o) ((TyGCHead *)(o) - 1)
#define TY_FROM_GC(g) ((TyObject *)((TyGCHead *)(g) + 1))

/* A GC object of `type`: refcnt 1, zeroed, NOT yet tracked; it holds a
** reference to `type` when that is a class (released by the class's
** dealloc).  Counts as an allocation for generation 0 (which may make a
** collection pending).  New reference or NULL with MemoryError. */
TyObject *tyGC_alloc(TyType *type);
TyObject *tyGC_allocVar(TyType *type, ssize_t nitems);
/* Re-size an untracked, unshared GC var object; as tyObj_resizeVar. */
TyObject *tyGC_resizeVar(TyObject *o, ssize_t nitems);

/* Link a fully built object into generation 0 / unlink it.  Tracking a
** tracked object, or untracking an untracked one, is harmless. */
void tyGC_track(TyObject *o);
void tyGC_untrack(TyObject *o);
static inline bool tyGC_isTracked(TyObject *o) { return TY_AS_GC(o)->next != 0; }
/* PEP 442: has the object's finalizer run? */
bool tyGC_isFinalized(TyObject *o);
void tyGC_setFinalized(TyObject *o);

/* Run a collection of generation 0..2 now; returns the number of
** unreachable objects found (CPython's gc.collect value), or 0 if a
** collection is already running. */
ssize_t tyGC_collect(int generation);
/* Called at safe points (the VM's eval breaker) when a collection is due. */
void tyGC_collectPending(void);
/* The end of start-up: the collection start-up's allocations made due,
** with the effects and statistics of tyGC_collectPending. */
void tyGC_collectStartup(void);

/* Teardown: leave o (if tracked) out of the collections' scans until
** tyGC_restoreAside.  Only for objects that cannot become garbage
** meanwhile (see gc.c). */
void tyGC_setAsideObject(TyObject *o);
void tyGC_restoreAside(void);

/* Free a GC object's memory after its dealloc released its references.
** The object must already be untracked. */
void tyGC_free(TyObject *o);

/* Does o have a GC head?  True for objects of GC types, except static
** type objects (only classes, i.e. heap types, are collected). */
bool tyGC_isGCObject(TyObject *o);

/* Introspection for the gc and tally modules.  Generation 3 is the
** permanent one (gc.freeze); -1 means generations 0..2.  forEachTracked
** stops at the first non-zero return of fn and returns it. */
ssize_t tyGC_generationSize(int generation);
/* The -X gcstats report: per generation, the collections, the objects
** they examined, collected and found uncollectable, and their total and
** longest pause. */
void tyGC_printStats(FILE *out);
int tyGC_forEachTracked(int generation, int (*fn)(TyObject *, void *), void *arg);
void tyGC_freeze(void);
void tyGC_unfreeze(void);
/* Inside tyWeakref_handleGC: is o in the set being collected (its
** COLLECTING flag)?  Tells a weak reference that is garbage itself from a
** live one.  The hook walks the unreachable list through `next`, masking
** its bit 0 (the "tentatively unreachable" mark). */
bool tyGC_isCollecting(TyObject *o);

/* Start-up and the final collection at exit. */
void tyGC_init(void);
void tyGC_fini(void);

#endif
