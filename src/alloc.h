/*
** alloc.h — the small-block pool allocator behind mem.c in the optimised
** build (the sanitizer build uses malloc directly).
*/
#ifndef TY_ALLOC_H
#define TY_ALLOC_H

#include <stddef.h>
#include <stdint.h>

/* Blocks up to this size come from pools; larger ones from malloc. */
#define TY_ALLOC_MAX_SMALL 512
#define TY_ALLOC_ALIGNMENT 16
#define TY_ALLOC_CLASSES (TY_ALLOC_MAX_SMALL / TY_ALLOC_ALIGNMENT)

/* The allocator's part of the interpreter state (ty_state.alloc). */
typedef struct TyAllocState {
    /* Pools with room, per size class; fully free pools wait in free_pools. */
    struct TyPool *class_pools[TY_ALLOC_CLASSES];
    struct TyPool *free_pools;
    /* Arena table: open addressing on (address >> ARENA_SHIFT). */
    uintptr_t *arena_ids;
    size_t arena_cap, arena_count;
    /* The arena being cut into pools. */
    char *carve_next, *carve_end;
} TyAllocState;

/* malloc/free/realloc with the same contracts (the memory is not zeroed). */
void *tyAlloc_malloc(size_t n);
void tyAlloc_free(void *p);
void *tyAlloc_realloc(void *p, size_t n);
/* At exit, after every object is gone: returns the arenas to the system
** (nothing of the allocator is left reachable); does nothing while a pool
** block is still in use. */
void tyAlloc_fini(void);
/* True when a memory checker watches every block (under valgrind): then
** the process must give back all it holds before it exits. */
bool tyAlloc_checked(void);

#endif
