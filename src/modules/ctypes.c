/*
** ctypes.c — the little of `ctypes` that programs use to watch reference
** counts: c_long (c_ssize_t is the same type, as on CPython's 64-bit
** Linux) holding a C long, and c_long.from_address(id(obj)).value, which
** gives obj's reference count as CPython's would (the count itself, with no
** temporary reference: sys.getrefcount(obj) - 1).
**
** Soundness.  CPython reads whatever memory the address names; tally must
** never read memory that is not a live object.  An address is accepted only
** when a walk over live objects finds an object there:
**   1. the objects tracked by the collector (every container that is not
**      being freed is in a generation list), compared by address only;
**   2. failing that, everything reachable from the roots the program can
**      name: the tracked objects, sys.modules, the builtins, __main__'s
**      globals, the current exception, and each running frame's function,
**      namespaces and variables (not its value stack, whose saved top may
**      be stale while a frame runs), following each type's traverse slot.
** Every pointer followed comes from a live object's traverse slot, so the
** walk itself only reads live objects, and memory at the address is read
** only after it has been found to be an object.  The walk is linear in the
** heap; from_address is a debugging aid, not a hot path.  The same walk
** runs in the debug build (whose registry of live objects would also
** answer) so that both builds accept exactly the same addresses.
**
** Anything the walk does not find raises ValueError: freed objects,
** addresses inside objects, objects referenced only from C or from a value
** stack.  Immortal objects report sys.getrefcount's fixed value.
** Writing through a view (from_address(...).value = n) is refused.
*/
#include "tally.h"
#include "vm.h"
#include "modules/ctypes.h"

/* ---- finding live objects ------------------------------------------------- */

typedef struct Search {
    uintptr_t target;
    TyObject *found;
    bool failed;              /* out of memory (MemoryError set) */
    TyObject **seen;          /* open-addressing set of visited containers */
    size_t seen_cap, seen_count;
    TyObject **queue;         /* containers whose referents are still to visit */
    size_t queue_len, queue_cap, queue_head;
} Search;

static size_t slot_of(TyObject *o, size_t cap)
{
    uintptr_t h = (uintptr_t)o >> 4;
    h *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 7) & (cap - 1);
}

static bool seen_grow(Search *s)
{
    size_t cap = s->seen_cap ? s->seen_cap * 2 : 1024;
    TyObject **table = tyMem_calloc(cap, sizeof(TyObject *));
    if (!table)
        return false;
    for (size_t i = 0; i < s->seen_cap; i++) {
        TyObject *o = s->seen[i];
        if (!o)
            continue;
        size_t j = slot_of(o, cap);
        while (table[j])
            j = (j + 1) & (cap - 1);
        table[j] = o;
    }
    tyMem_free(s->seen);
    s->seen = table;
    s->seen_cap = cap;
    return true;
}

/* Remember o; false if it was already seen (or memory ran out). */
static bool seen_add(Search *s, TyObject *o)
{
    if ((s->seen_count + 1) * 2 > s->seen_cap && !seen_grow(s)) {
        s->failed = true;
        return false;
    }
    size_t j = slot_of(o, s->seen_cap);
    while (s->seen[j]) {
        if (s->seen[j] == o)
            return false;
        j = (j + 1) & (s->seen_cap - 1);
    }
    s->seen[j] = o;
    s->seen_count++;
    return true;
}

static void queue_push(Search *s, TyObject *o)
{
    if (s->queue_len == s->queue_cap) {
        size_t cap = s->queue_cap ? s->queue_cap * 2 : 1024;
        TyObject **q = tyMem_realloc(s->queue, cap * sizeof(TyObject *));
        if (!q) {
            s->failed = true;
            return;
        }
        s->queue = q;
        s->queue_cap = cap;
    }
    s->queue[s->queue_len++] = o;
}

/* A live object reached: is it the one?  Objects with referents are
** queued once, to be traversed. */
static int visit(TyObject *o, void *arg)
{
    Search *s = arg;
    if (!o || s->found || s->failed)
        return s->found || s->failed;
    if ((uintptr_t)o == s->target) {
        s->found = o;
        return 1;
    }
    if (TY_TYPE(o)->traverse && seen_add(s, o))
        queue_push(s, o);
    return s->failed;
}

static int compare_tracked(TyObject *o, void *arg)
{
    Search *s = arg;
    if ((uintptr_t)o != s->target)
        return 0;
    s->found = o;
    return 1;
}

static void visit_roots(Search *s)
{
    TyObject *roots[] = { ty_state.modules, ty_state.builtins, ty_state.builtins_module,
                          ty_state.main_dict, ty_state.sys, ty_state.exc, ty_state.base_exc_info.value };
    for (size_t i = 0; i < TY_ARRAY_LEN(roots); i++)
        if (roots[i] && visit(roots[i], s))
            return;
    for (TyFrame *f = tyVM_currentFrame(); f; f = f->previous) {
        TyObject *named[] = { (TyObject *)f->code, f->func, f->globals, f->builtins, f->locals };
        for (size_t i = 0; i < TY_ARRAY_LEN(named); i++)
            if (named[i] && visit(named[i], s))
                return;
        for (int i = 0; i < f->code->nlocalsplus; i++)
            if (f->localsplus[i] && visit(f->localsplus[i], s))
                return;
    }
    tyGC_forEachTracked(-1, visit, s);
}

TyObject *tyCtypes_liveObjectAt(uintptr_t addr)
{
    Search s = { .target = addr };
    if (addr == 0 || addr % sizeof(void *) != 0)
        return NULL;
    tyGC_forEachTracked(-1, compare_tracked, &s);
    if (!s.found) {
        visit_roots(&s);
        while (!s.found && !s.failed && s.queue_head < s.queue_len) {
            TyObject *o = s.queue[s.queue_head++];
            TY_TYPE(o)->traverse(o, visit, &s);
        }
    }
    tyMem_free(s.seen);
    tyMem_free(s.queue);
    return s.failed ? NULL : s.found;
}

/* ---- c_long ---------------------------------------------------------------- */

typedef struct TyCLong {
    TyObject ob;
    long value;
    /* from_address: the object whose reference count .value reads; 0 for
    ** an instance holding its own value. */
    uintptr_t address;
} TyCLong;

static TyType TyCLong_Type;

/* o as a C long the way ctypes stores it: any integer, truncated to its
** low 64 bits (two's complement).  0 / -1. */
static int as_c_long(TyObject *o, long *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    if (TY_INT_IS_SMALL(i)) {
        *out = (long)TY_INT_VALUE(i);
    } else {
        mpz_t z;
        mpz_init(z);
        tyInt_toMpz(i, z);
        mpz_fdiv_r_2exp(z, z, 64);
        *out = (long)(unsigned long)mpz_get_ui(z);
        mpz_clear(z);
    }
    TY_DECREF(i);
    return 0;
}

/* The value: the C long, or the reference count of the object viewed.
** 0 / -1 with ValueError when that object is gone. */
static int clong_read(TyCLong *c, long *out)
{
    if (!c->address) {
        *out = c->value;
        return 0;
    }
    TyObject *o = tyCtypes_liveObjectAt(c->address);
    if (!o) {
        if (!tyErr_occurred())
            tyErr_format(&TyExc_ValueError, "no live object at address %p", (void *)c->address);
        return -1;
    }
    ssize_t n = TY_REFCNT(o);
    *out = n > TY_IMMORTAL_THRESHOLD ? (long)TY_IMMORTAL_REPORTED : (long)n;
    return 0;
}

static TyObject *clong_make(TyType *type, long value, uintptr_t address)
{
    TyCLong *c = (TyCLong *)tyType_genericAlloc(type, 0);
    if (!c)
        return NULL;
    c->value = value;
    c->address = address;
    return (TyObject *)c;
}

static TyObject *clong_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("c_long", kwnames) < 0 || tyArg_checkPositional("__init__", nargs, 0, 1) < 0)
        return NULL;
    long v = 0;
    if (nargs && as_c_long(args[0], &v) < 0)
        return NULL;
    return clong_make(type, v, 0);
}

static void clong_dealloc(TyObject *o)
{
    tyObj_free(o);
}

static TyObject *clong_get_value(TyObject *self)
{
    long v;
    if (clong_read((TyCLong *)self, &v) < 0)
        return NULL;
    return tyInt_fromI64(v);
}

static int clong_set_value(TyObject *self, TyObject *value)
{
    TyCLong *c = (TyCLong *)self;
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "can't delete attribute");
        return -1;
    }
    if (c->address) {
        tyErr_setString(&TyExc_TypeError, "tally's ctypes cannot write to an object's memory");
        return -1;
    }
    return as_c_long(value, &c->value);
}

static TyObject *clong_repr(TyObject *self)
{
    if (TY_TYPE(self) != &TyCLong_Type)
        return tyStr_fromFormat("<%s object at %p>", tyType_name(TY_TYPE(self)), (void *)self);
    long v;
    if (clong_read((TyCLong *)self, &v) < 0)
        return NULL;
    return tyStr_fromFormat("c_long(%ld)", v);
}

static int clong_bool(TyObject *self)
{
    long v;
    if (clong_read((TyCLong *)self, &v) < 0)
        return -1;
    return v != 0;
}

/* c_long.from_address(address): a view whose value is the reference count
** of the live object at address; ValueError when there is none. */
static TyObject *clong_from_address(TyObject *cls, TyObject *const *args, size_t nargs,
                                    TyObject *kwnames)
{
    if (tyArg_noKeywords("from_address", kwnames) < 0 ||
        tyArg_checkPositional("from_address", nargs, 1, 1) < 0)
        return NULL;
    TyObject *a = args[0];
    if (!TY_INT_CHECK(a))
        return tyErr_setString(&TyExc_TypeError, "integer expected");
    if (!TY_INT_IS_SMALL(a) && tyInt_sign(a) > 0)
        return tyArg_tooLarge("unsigned long");
    int64_t v = TY_INT_IS_SMALL(a) ? TY_INT_VALUE(a) : -1;
    TyObject *o = v > 0 ? tyCtypes_liveObjectAt((uintptr_t)v) : NULL;
    if (!o) {
        if (tyErr_occurred())
            return NULL;
        if (v > 0)
            return tyErr_format(&TyExc_ValueError, "no live object at address %p", (void *)(uintptr_t)v);
        return tyErr_format(&TyExc_ValueError, "no live object at address %R", a);
    }
    return clong_make((TyType *)cls, 0, (uintptr_t)o);
}

static TyMethodDef clong_methods[] = {
    { "from_address", clong_from_address, TY_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef clong_getset[] = {
    { "value", clong_get_value, clong_set_value, "current value" },
    { NULL, NULL, NULL, NULL },
};

static TyType TyCLong_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "ctypes.c_long",
    .basicsize = sizeof(TyCLong),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = clong_dealloc,
    .repr = clong_repr,
    .tp_new = clong_new,
    .nb_bool = clong_bool,
    .methods = clong_methods,
    .getset = clong_getset,
};

TyObject *tyCtypes_create(void)
{
    if (tyType_ready(&TyCLong_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("ctypes", NULL);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "c_long", (TyObject *)&TyCLong_Type) < 0 ||
        tyModule_addObject(m, "c_ssize_t", (TyObject *)&TyCLong_Type) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

void tyCtypes_fini(void)
{
    tyType_finiStatic(&TyCLong_Type);
}
