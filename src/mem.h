/*
** mem.h — raw memory and object allocation, with live-object accounting.
**
** Every object allocation goes through tyObj_alloc / tyGC_alloc (gc.h),
** which count live objects; every free goes through tyObj_free.  The debug
** build (TY_DEBUG) and `-X showrefcount` additionally keep a registry of
** live objects, so a leak can be listed by type at exit.
**
** Allocation failure sets MemoryError and returns NULL.  tyMem_failAfter(n)
** makes the n-th following allocation fail (tests of the error paths).
*/
#ifndef TY_MEM_H
#define TY_MEM_H

#include "object.h"

/* Raw buffers: NULL with MemoryError set on failure. */
void *tyMem_malloc(size_t n);
void *tyMem_calloc(size_t count, size_t size);
void *tyMem_realloc(void *p, size_t n);
void tyMem_free(void *p);

/* Non-GC object of `type` with basicsize + nitems * itemsize bytes:
** refcnt 1, the type set (and referenced, when it is a class: the class's
** dealloc releases it), the rest zeroed.  New reference or NULL. */
TyObject *tyObj_alloc(TyType *type);
TyObject *tyObj_allocVar(TyType *type, ssize_t nitems);
/* Re-sizes a variable-size non-GC object that nothing else references yet
** (a string being built).  Returns the possibly moved object, or NULL with
** MemoryError, in which case the old object is still valid. */
TyObject *tyObj_resizeVar(TyObject *o, ssize_t nitems);

/* Live-object accounting. */
ssize_t tyMem_liveObjects(void);
/* Calls fn on every live object (only when the registry is on). */
bool tyMem_registryEnabled(void);
void tyMem_forEachLive(void (*fn)(TyObject *, void *), void *arg);
/* Turn the registry on; must be called before the first allocation. */
void tyMem_enableRegistry(void);
/* Free lists: an object parked for reuse stops counting as live, and
** counts again when it is taken back (or finally freed, since tyObj_free
** counts a free).  Parked objects stay in the debug registry. */
#define tyMem_noteParked() (ty_state.mem.live_objects--)
#define tyMem_noteReused() (ty_state.mem.live_objects++)
/* Fault injection: the n-th allocation from now fails (0 turns it off). */
void tyMem_failAfter(long n);

#ifdef TY_FUZZ
/* Fuzzer builds only: from now on, allocations fail (MemoryError) when
** they would add more than `bytes` to what is in use now; 0 lifts it. */
void tyMem_setLimit(size_t bytes);
#endif

/* The C library's (or the optimised build's pool) allocator in the shape
** of the embedding API's allocator hook (include/tally.h's TyAllocFn),
** for an accounted interpreter the host gave no allocator of its own. */
void *tyMem_defaultAlloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* Internal to mem.c / gc.c: allocate `size` bytes with `prefix` bytes of
** header in front (the GC header), returning the object address. */
void *tyMem_objMalloc(size_t prefix, size_t size);
void tyMem_objFree(void *obj, size_t prefix);
void *tyMem_objRealloc(void *obj, size_t prefix, size_t size);

#endif
