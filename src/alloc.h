/*
** alloc.h — the small-block pool allocator behind mem.c in the optimised
** build (the sanitizer build uses malloc directly).
*/
#ifndef TY_ALLOC_H
#define TY_ALLOC_H

#include <stddef.h>

/* Blocks up to this size come from pools; larger ones from malloc. */
#define TY_ALLOC_MAX_SMALL 512

/* malloc/free/realloc with the same contracts (the memory is not zeroed). */
void *tyAlloc_malloc(size_t n);
void tyAlloc_free(void *p);
void *tyAlloc_realloc(void *p, size_t n);
/* At exit, after every object is gone: returns the arenas to the system
** (nothing of the allocator is left reachable); does nothing while a pool
** block is still in use. */
void tyAlloc_fini(void);

#endif
