/*
** alloc.c — a pool allocator for small blocks.
**
** Most objects are small and short-lived; malloc/free cost more than the
** work done on them.  Blocks of up to TY_ALLOC_MAX_SMALL bytes come from
** pools: 16 KiB pieces of 1 MiB arenas, each pool serving one size class
** (a multiple of 16 bytes).  A pool keeps a free list of its blocks and a
** bump pointer for blocks never used yet.  Freeing finds the pool by
** masking the address and knows the block is ours when its arena is in the
** arena table (larger blocks come from, and go back to, malloc).  The
** design is CPython's pymalloc, written from its description.
**
** The sanitizer build does not use it: AddressSanitizer must see every
** block to report use after free.  Under valgrind no arena is ever made,
** so every block comes from malloc and memcheck tracks each one (it
** cannot see blocks inside an arena: a use after free or a leak there
** would go unnoticed); see docs/reliability.md.
*/
#include <sys/mman.h>
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#include "tally.h"
#include "alloc.h"

#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#define ARENA_SHIFT 20
#define ARENA_SIZE ((size_t)1 << ARENA_SHIFT)
#define POOL_SIZE ((size_t)16 * 1024)
#define ALIGNMENT TY_ALLOC_ALIGNMENT
#define NUM_CLASSES TY_ALLOC_CLASSES

typedef struct Block {
    struct Block *next;
} Block;

typedef struct TyPool {
    Block *freelist;          /* blocks freed, ready for reuse */
    char *bump;               /* next never-used block */
    char *limit;              /* end of the usable area */
    struct TyPool *next, *prev; /* in its class's list of pools with room */
    uint32_t size;            /* block size of this pool */
    uint32_t used;            /* blocks handed out */
    bool listed;              /* in the class list */
} Pool;


static size_t hash_id(uintptr_t id)
{
    return (size_t)(id * 0x9E3779B97F4A7C15ull);
}

static bool arena_known(uintptr_t id)
{
    if (!ty_state.alloc.arena_cap)
        return false;
    size_t mask = ty_state.alloc.arena_cap - 1;
    for (size_t i = hash_id(id) & mask;; i = (i + 1) & mask) {
        if (ty_state.alloc.arena_ids[i] == id)
            return true;
        if (ty_state.alloc.arena_ids[i] == 0)
            return false;
    }
}

static bool arena_remember(uintptr_t id)
{
    if ((ty_state.alloc.arena_count + 1) * 2 > ty_state.alloc.arena_cap) {
        size_t ncap = ty_state.alloc.arena_cap ? ty_state.alloc.arena_cap * 2 : 64;
        uintptr_t *n = calloc(ncap, sizeof(uintptr_t));
        if (!n)
            return false;
        for (size_t i = 0; i < ty_state.alloc.arena_cap; i++) {
            uintptr_t v = ty_state.alloc.arena_ids[i];
            if (!v)
                continue;
            size_t j = hash_id(v) & (ncap - 1);
            while (n[j])
                j = (j + 1) & (ncap - 1);
            n[j] = v;
        }
        free(ty_state.alloc.arena_ids);
        ty_state.alloc.arena_ids = n;
        ty_state.alloc.arena_cap = ncap;
    }
    size_t j = hash_id(id) & (ty_state.alloc.arena_cap - 1);
    while (ty_state.alloc.arena_ids[j])
        j = (j + 1) & (ty_state.alloc.arena_cap - 1);
    ty_state.alloc.arena_ids[j] = id;
    ty_state.alloc.arena_count++;
    return true;
}

/* A fresh 1 MiB-aligned arena from mmap (over-map, then trim). */
static bool new_arena(void)
{
    if (RUNNING_ON_VALGRIND)
        return false;
    char *p = mmap(NULL, ARENA_SIZE * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return false;
    uintptr_t start = ((uintptr_t)p + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    if (start > (uintptr_t)p)
        munmap(p, start - (uintptr_t)p);
    uintptr_t end = (uintptr_t)p + ARENA_SIZE * 2;
    if (end > start + ARENA_SIZE)
        munmap((void *)(start + ARENA_SIZE), end - (start + ARENA_SIZE));
    if (!arena_remember(start >> ARENA_SHIFT)) {
        munmap((void *)start, ARENA_SIZE);
        return false;
    }
    ty_state.alloc.carve_next = (char *)start;
    ty_state.alloc.carve_end = (char *)start + ARENA_SIZE;
    return true;
}

static Pool *new_pool(uint32_t size)
{
    Pool *pool = ty_state.alloc.free_pools;
    if (pool) {
        ty_state.alloc.free_pools = pool->next;
    } else {
        if (ty_state.alloc.carve_next == ty_state.alloc.carve_end && !new_arena())
            return NULL;
        pool = (Pool *)ty_state.alloc.carve_next;
        ty_state.alloc.carve_next += POOL_SIZE;
    }
    char *first = (char *)pool + ((sizeof(Pool) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1));
    pool->freelist = NULL;
    pool->bump = first;
    pool->limit = (char *)pool + POOL_SIZE - size + 1;
    pool->size = size;
    pool->used = 0;
    pool->listed = false;
    pool->next = pool->prev = NULL;
    return pool;
}

static void list_pool(Pool *pool, int cls)
{
    pool->prev = NULL;
    pool->next = ty_state.alloc.class_pools[cls];
    if (pool->next)
        pool->next->prev = pool;
    ty_state.alloc.class_pools[cls] = pool;
    pool->listed = true;
}

static void unlist_pool(Pool *pool, int cls)
{
    if (pool->prev)
        pool->prev->next = pool->next;
    else
        ty_state.alloc.class_pools[cls] = pool->next;
    if (pool->next)
        pool->next->prev = pool->prev;
    pool->listed = false;
}

void *tyAlloc_malloc(size_t n)
{
    if (n == 0)
        n = 1;
    if (n > TY_ALLOC_MAX_SMALL)
        return malloc(n);
    int cls = (int)((n - 1) / ALIGNMENT);
    Pool *pool = ty_state.alloc.class_pools[cls];
    if (!pool) {
        pool = new_pool((uint32_t)(cls + 1) * ALIGNMENT);
        if (!pool)
            return malloc(n);
        list_pool(pool, cls);
    }
    void *block;
    if (pool->freelist) {
        block = pool->freelist;
        pool->freelist = pool->freelist->next;
    } else {
        block = pool->bump;
        pool->bump += pool->size;
    }
    pool->used++;
    if (!pool->freelist && pool->bump >= pool->limit)
        unlist_pool(pool, cls);
    return block;
}

static Pool *pool_of(void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (!arena_known(a >> ARENA_SHIFT))
        return NULL;
    return (Pool *)(a & ~(uintptr_t)(POOL_SIZE - 1));
}

void tyAlloc_free(void *p)
{
    if (!p)
        return;
    Pool *pool = pool_of(p);
    if (!pool) {
        free(p);
        return;
    }
    int cls = (int)(pool->size / ALIGNMENT) - 1;
    Block *b = p;
    b->next = pool->freelist;
    pool->freelist = b;
    if (--pool->used == 0) {
        /* Empty: any size class may take the pool. */
        if (pool->listed)
            unlist_pool(pool, cls);
        pool->next = ty_state.alloc.free_pools;
        ty_state.alloc.free_pools = pool;
        return;
    }
    if (!pool->listed)
        list_pool(pool, cls);
}

void *tyAlloc_realloc(void *p, size_t n)
{
    if (!p)
        return tyAlloc_malloc(n);
    Pool *pool = pool_of(p);
    if (!pool)
        return realloc(p, n);
    if (n <= pool->size && n > pool->size / 2)
        return p;
    void *q = tyAlloc_malloc(n);
    if (!q)
        return NULL;
    memcpy(q, p, n < pool->size ? n : pool->size);
    tyAlloc_free(p);
    return q;
}

bool tyAlloc_checked(void)
{
    return RUNNING_ON_VALGRIND;
}

/*
** Unmaps every arena and frees the arena table, when no pool block is in
** use any more (the teardown released every object); otherwise leaves
** everything as it is, since the blocks still in use live in the arenas.
** Every arena but the one being carved is carved whole, so walking the
** pools of each finds every block handed out.
*/
void tyAlloc_fini(void)
{
    char *current = ty_state.alloc.carve_end ? ty_state.alloc.carve_end - ARENA_SIZE : NULL;
    for (size_t i = 0; i < ty_state.alloc.arena_cap; i++) {
        if (!ty_state.alloc.arena_ids[i])
            continue;
        char *arena = (char *)(ty_state.alloc.arena_ids[i] << ARENA_SHIFT);
        char *end = arena == current ? ty_state.alloc.carve_next : arena + ARENA_SIZE;
        for (char *p = arena; p < end; p += POOL_SIZE)
            if (((Pool *)p)->used)
                return;
    }
    for (size_t i = 0; i < ty_state.alloc.arena_cap; i++)
        if (ty_state.alloc.arena_ids[i])
            munmap((void *)(ty_state.alloc.arena_ids[i] << ARENA_SHIFT), ARENA_SIZE);
    free(ty_state.alloc.arena_ids);
    ty_state.alloc.arena_ids = NULL;
    ty_state.alloc.arena_cap = ty_state.alloc.arena_count = 0;
    ty_state.alloc.carve_next = ty_state.alloc.carve_end = NULL;
    ty_state.alloc.free_pools = NULL;
    memset(ty_state.alloc.class_pools, 0, sizeof ty_state.alloc.class_pools);
}
