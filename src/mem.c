/*
** mem.c — allocation with live-object accounting, an optional registry of
** live objects, and fault injection.
**
** Layout of an object allocation:
**
**     [registry link (only when the registry is on)] [GC head (GC types)] [object]
**
** The registry link is a node of a circular doubly linked list of every
** live object; it lets the debug build name leaked objects at exit and
** lets -X showrefcount add up reference counts.  Whether it is present is
** decided once, before the first allocation, so every block agrees.
*/
#include "tally.h"
#include "alloc.h"

/* The optimised build allocates from pools; the sanitizer build leaves
** every block to malloc so AddressSanitizer sees them all. */
#ifdef TY_FUZZ
#define base_malloc capped_malloc
#define base_free capped_free
#define base_realloc capped_realloc
#elif defined(TY_DEBUG)
#define base_malloc malloc
#define base_free free
#define base_realloc realloc
#else
#define base_malloc tyAlloc_malloc
#define base_free tyAlloc_free
#define base_realloc tyAlloc_realloc
#endif

#ifdef TY_FUZZ
/* The fuzzer's memory cap (tests/fuzz/fuzz_run.c): every block counts by
** its usable size, and one that would take the total past the cap fails
** as malloc does, so a program asking for too much gets MemoryError
** instead of exhausting the fuzzer's memory. */
#include <malloc.h>

static void *capped_malloc(size_t n)
{
    TyMemState *m = &ty_state.mem;
    if (m->cap_limit && (n > m->cap_limit || m->cap_used > m->cap_limit - n))
        return NULL;
    void *p = malloc(n);
    if (p)
        m->cap_used += malloc_usable_size(p);
    return p;
}

static void capped_free(void *p)
{
    if (p)
        ty_state.mem.cap_used -= malloc_usable_size(p);
    free(p);
}

static void *capped_realloc(void *p, size_t n)
{
    size_t old = p ? malloc_usable_size(p) : 0;
    TyMemState *m = &ty_state.mem;
    if (m->cap_limit && n > old && (n - old > m->cap_limit || m->cap_used > m->cap_limit - (n - old)))
        return NULL;
    void *q = realloc(p, n);
    if (q)
        m->cap_used = m->cap_used - old + malloc_usable_size(q);
    return q;
}

void tyMem_setLimit(size_t bytes)
{
    ty_state.mem.cap_limit = bytes ? ty_state.mem.cap_used + bytes : 0;
}
#endif

void *tyMem_defaultAlloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        base_free(ptr);
        return NULL;
    }
    return ptr ? base_realloc(ptr, nsize) : base_malloc(nsize);
}

/*
** The accounted blocks of an interpreter the embedding API opened: each
** has ACCOUNT_HEADER bytes in front holding its size (which the host's
** allocator hook is told, and which keeps `used` exact), so the object
** behind it stays 16-byte aligned.  Resizes `p` (NULL: a new block) to n
** bytes (0: frees it); NULL when the limit or the allocator refuses, the
** old block then untouched.
*/
#define ACCOUNT_HEADER 16

static void *accounted_resize(void *p, size_t n)
{
    TyMemState *m = &ty_state.mem;
    char *base = p ? (char *)p - ACCOUNT_HEADER : NULL;
    size_t old = base ? *(size_t *)base : 0;
    if (n == 0) {
        if (base) {
            m->used -= old;
            m->alloc(m->alloc_ud, base, old + ACCOUNT_HEADER, 0);
        }
        return NULL;
    }
    if (n > SIZE_MAX - ACCOUNT_HEADER)
        return NULL;
    if (m->limit && n > old && (n - old > m->limit || m->used > m->limit - (n - old)))
        return NULL;
    char *q = m->alloc(m->alloc_ud, base, base ? old + ACCOUNT_HEADER : 0, n + ACCOUNT_HEADER);
    if (!q)
        return NULL;
    m->used = m->used - old + n;
    *(size_t *)q = n;
    return q + ACCOUNT_HEADER;
}

static void *block_malloc(size_t n)
{
    return TY_UNLIKELY(ty_state.mem.accounted) ? accounted_resize(NULL, n) : base_malloc(n);
}

static void block_free(void *p)
{
    if (TY_UNLIKELY(ty_state.mem.accounted))
        accounted_resize(p, 0);
    else
        base_free(p);
}

static void *block_realloc(void *p, size_t n)
{
    return TY_UNLIKELY(ty_state.mem.accounted) ? accounted_resize(p, n) : base_realloc(p, n);
}

static void *block_calloc(size_t n)
{
    void *p = block_malloc(n);
    if (p)
        memset(p, 0, n);
    return p;
}

#ifdef TY_DEBUG
/* AddressSanitizer aborts on a request past its limit (1 TiB) instead of
** returning NULL; the sanitizer build refuses those here, as malloc would. */
#define TOO_BIG(n) ((n) > ((size_t)1 << 40) - 65536)
#else
#define TOO_BIG(n) false
#endif

/* Returns true when an allocation of n bytes must fail: fault injection,
** or a size the sanitizer build cannot ask for. */
static bool injected_failure(size_t n)
{
    TyMemState *m = &ty_state.mem;
    if (m->fail_after > 0 && --m->fail_after == 0)
        return true;
    return TOO_BIG(n);
}

void *tyMem_malloc(size_t n)
{
    void *p = injected_failure(n) ? NULL : block_malloc(n ? n : 1);
    if (!p) {
        tyErr_noMemory();
        return NULL;
    }
    ty_state.mem.live_buffers++;
    return p;
}

void *tyMem_calloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) {
        tyErr_noMemory();
        return NULL;
    }
    size_t total = count * size;
    void *p = injected_failure(total) ? NULL : block_calloc(total ? total : 1);
    if (!p) {
        tyErr_noMemory();
        return NULL;
    }
    ty_state.mem.live_buffers++;
    return p;
}

void *tyMem_realloc(void *p, size_t n)
{
    void *q = injected_failure(n) ? NULL : block_realloc(p, n ? n : 1);
    if (!q) {
        tyErr_noMemory();
        return NULL;
    }
    if (!p)
        ty_state.mem.live_buffers++;
    return q;
}

void tyMem_free(void *p)
{
    if (!p)
        return;
    ty_state.mem.live_buffers--;
    block_free(p);
}

void tyMem_enableRegistry(void)
{
    TyMemState *m = &ty_state.mem;
    if (m->registry)
        return;
    m->registry = true;
    m->registry_extra = sizeof(TyMemLink);
    m->registry_head.prev = m->registry_head.next = &m->registry_head;
}

bool tyMem_registryEnabled(void)
{
    return ty_state.mem.registry;
}

/*
** Allocates prefix + size zeroed bytes (plus the registry node when on)
** and returns the address of the object part.  Sets MemoryError and
** returns NULL on failure.
*/
void *tyMem_objMalloc(size_t prefix, size_t size)
{
    TyMemState *m = &ty_state.mem;
    size_t extra = m->registry_extra;
    char *base = injected_failure(extra + prefix + size) ? NULL : block_calloc(extra + prefix + size);
    if (!base) {
        tyErr_noMemory();
        return NULL;
    }
    m->live_objects++;
    if (extra) {
        TyMemLink *link = (TyMemLink *)base;
        link->prefix = prefix;
        link->next = &ty_state.mem.registry_head;
        link->prev = ty_state.mem.registry_head.prev;
        ty_state.mem.registry_head.prev->next = link;
        ty_state.mem.registry_head.prev = link;
    }
    return base + extra + prefix;
}

void tyMem_objFree(void *obj, size_t prefix)
{
    TyMemState *m = &ty_state.mem;
    char *base = (char *)obj - prefix - m->registry_extra;
    if (m->registry_extra) {
        TyMemLink *link = (TyMemLink *)base;
        link->prev->next = link->next;
        link->next->prev = link->prev;
    }
    m->live_objects--;
    block_free(base);
}

static size_t object_size(TyType *type, ssize_t nitems)
{
    return (size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize;
}

/* New reference: a zeroed non-GC object with refcount 1. */
TyObject *tyObj_alloc(TyType *type)
{
    return tyObj_allocVar(type, 0);
}

TyObject *tyObj_allocVar(TyType *type, ssize_t nitems)
{
    TyObject *o = tyMem_objMalloc(0, object_size(type, nitems));
    if (!o)
        return NULL;
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TY_TPFLAG_HEAPTYPE)
        TY_INCREF(type);
    return o;
}

/*
** Grows or shrinks the allocation of an object nobody else references yet
** (prefix bytes of header in front of it).  Returns the possibly moved
** object; on failure returns NULL with MemoryError and the old object is
** untouched and still owned by the caller.
*/
void *tyMem_objRealloc(void *obj, size_t prefix, size_t size)
{
    TyMemState *m = &ty_state.mem;
    size_t extra = m->registry_extra;
    char *base = (char *)obj - prefix - extra;
    TyMemLink *link = (TyMemLink *)base;
    if (extra) {
        link->prev->next = link->next;
        link->next->prev = link->prev;
    }
    char *moved = injected_failure(extra + prefix + size) ? NULL : block_realloc(base, extra + prefix + size);
    if (moved)
        base = moved;
    if (extra) {
        link = (TyMemLink *)base;
        link->next = &ty_state.mem.registry_head;
        link->prev = ty_state.mem.registry_head.prev;
        ty_state.mem.registry_head.prev->next = link;
        ty_state.mem.registry_head.prev = link;
    }
    if (!moved) {
        tyErr_noMemory();
        return NULL;
    }
    return base + extra + prefix;
}

TyObject *tyObj_resizeVar(TyObject *o, ssize_t nitems)
{
    return tyMem_objRealloc(o, 0, object_size(TY_TYPE(o), nitems));
}

ssize_t tyMem_liveObjects(void)
{
    return ty_state.mem.live_objects;
}

void tyMem_forEachLive(void (*fn)(TyObject *, void *), void *arg)
{
    if (!ty_state.mem.registry)
        return;
    TyMemLink *link = ty_state.mem.registry_head.next;
    while (link != &ty_state.mem.registry_head) {
        TyMemLink *next = link->next;
        fn((TyObject *)((char *)(link + 1) + link->prefix), arg);
        link = next;
    }
}

void tyMem_failAfter(long n)
{
    ty_state.mem.fail_after = n;
}
