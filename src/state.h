/*
** state.h — the interpreter state: everything a running tally owns, in one
** struct (`ty_state`), so that an embedding API can later hold it as one
** value and tools can inspect it.
*/
#ifndef TY_STATE_H
#define TY_STATE_H

#include <signal.h>
#include "object.h"
#include "gc.h"
#include "alloc.h"
#include "objects/intern.h"

/* One generation of the cycle collector: a circular list with a dummy
** head, an allocation/collection count and a threshold. */
typedef struct TyGCGeneration {
    TyGCHead head;
    int threshold;
    int count;
} TyGCGeneration;

/* Per generation, since start-up: gc.get_stats(), and for
** tally.gc_pauses() and -X gcstats the objects examined and the time the
** collections took (monotonic nanoseconds). */
typedef struct TyGCStats {
    ssize_t collections, collected, uncollectable;
    ssize_t examined;
    int64_t total_pause_ns, longest_pause_ns;
} TyGCStats;

typedef struct TyGCState {
    TyGCGeneration gen[3];
    TyGCGeneration permanent;     /* gc.freeze() */
    /* Teardown only: objects the collections need not scan, counted as
    ** generation 2's (tyGC_setAside). */
    TyGCHead aside;
    TyGCStats stats[3];
    bool enabled;
    bool collecting;
    bool pending;                 /* a threshold was crossed: collect at the next safe point */
    int debug;                    /* gc.set_debug flags */
    ssize_t long_lived_total;
    ssize_t long_lived_pending;
    TyObject *garbage;            /* gc.garbage list */
    TyObject *callbacks;          /* gc.callbacks list */
    /* Deallocations deferred to bound C recursion (the "trashcan"). */
    int dealloc_depth;
    TyObject *deferred_free;      /* chained through the GC header's next */
    /* Objects taken back from the unreachable list during the current
    ** move_unreachable pass. */
    ssize_t rescued;
} TyGCState;

/* Well-known identifiers, interned at start-up: TY_ID(__init__) is a
** borrowed str.  Add a name here to have it available everywhere. */
#define TY_IDENTIFIERS(X) \
    X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__dict__) \
    X(__class__) X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) \
    X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__bool__) X(__len__) X(__iter__) X(__next__) X(__getitem__) \
    X(__setitem__) X(__delitem__) X(__contains__) X(__getattr__) \
    X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) \
    X(__delete__) X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) X(__index__) X(__int__) \
    X(__float__) X(__format__) X(__del__) X(__builtins__) X(__main__) \
    X(__mro__) X(__bases__) X(__slots__) X(__init_subclass__) \
    X(__set_name__) X(__class_getitem__) X(__missing__) X(__reversed__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__round__) X(__file__) X(__pow__) \
    X(__annotations__) X(__weakref__) X(__traceback__) X(__context__) \
    X(__cause__) X(__spec__) X(__loader__) X(__package__) X(__path__) \
    X(__all__) X(__import__) X(__prepare__) X(__instancecheck__) \
    X(__subclasscheck__) X(__length_hint__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(keys) X(items) X(values) X(send) X(throw) X(close) X(append) \
    X(args) X(code) X(value) X(name) X(write) X(flush) X(readline) X(stdout) \
    X(stderr) X(stdin) X(join) X(sort) X(encoding) X(lineno) X(msg) X(filename) \
    X(offset) X(text) X(end_lineno) X(end_offset) X(excepthook) \
    X(self) X(cls) X(argv) X(path) X(modules) X(displayhook) X(print) \
    X(__dir__) X(__mro_entries__) X(__orig_bases__) X(__classcell__) X(metaclass) X(__notes__) \
    X(__parameters__) X(__typing_subst__) X(__typing_prepare_subst__) \
    X(__typing_unpacked_tuple_args__) X(__typing_is_unpacked_typevartuple__)

typedef struct TyIdentifiers {
#define TY_X_(n) TyObject *n;
    TY_IDENTIFIERS(TY_X_)
#undef TY_X_
} TyIdentifiers;

#define TY_ID(n) (ty_state.id.n)

struct TyFrame;
struct TyThreadFrames;

/* Per-type caches that CPython keeps in its interpreter state too. */
#define TY_TUPLE_FREELIST_SIZES 20
#define TY_TUPLE_FREELIST_MAX 2000
#define TY_FLOAT_FREELIST_MAX 100
#define TY_INT_FREELIST_MAX 256
#define TY_LIST_FREELIST_MAX 80
#define TY_DICT_FREELIST_MAX 80
#define TY_SLICE_FREELIST_MAX 1

/* A free list of dead objects of one kind (freelist.h). */
typedef struct TyFreeList {
    TyObject *head;
    int count;
} TyFreeList;

typedef struct TyCaches {
    TyFreeList float_free;        /* float.c: chained through `value` */
    TyFreeList int_free;          /* int.c: 64-bit ints, chained through `value` */
    TyFreeList tuple_free[TY_TUPLE_FREELIST_SIZES]; /* by size, chained through items[0] */
    TyFreeList list_free;         /* chained through `items` */
    TyFreeList dict_free;         /* chained through `version` */
    TyFreeList slice_free;        /* slice.c: CPython's one-slice cache, chained through `start` */
} TyCaches;

/* str.c: the intern table and the free lists of short strings, one per
** size class of 16 bytes (chained through the hash field). */
#define TY_STR_FREE_CLASSES 6
typedef struct TyStrState {
    TyInternTable interned;
    bool keep_free;               /* between tyStr_init and tyStr_fini */
    TyFreeList free[TY_STR_FREE_CLASSES];
} TyStrState;

/* type.c's method cache: (type, name) -> the attribute the MRO lookup
** found, valid while its epoch is ty_state.type_epoch. */
#define TY_MCACHE_SIZE 4096
typedef struct TyMCacheEntry {
    TyType *type;
    TyObject *name;
    TyObject *value;              /* borrowed; NULL caches "not found" */
    uint32_t epoch;
} TyMCacheEntry;

#define TY_SLOT_NAMES_MAX 64
#define TY_SLOT_ROWS_MAX 96
typedef struct TyTypeState {
    TyMCacheEntry mcache[TY_MCACHE_SIZE];
    /* Set once start-up is over (lifecycle.c).  Start-up's look-ups are
    ** nearly all different, and filling the cache with them would fault
    ** in each of its 32 pages twice (read, then write): a third of the
    ** page faults of `tally -c pass`, which cost more than its code. */
    bool mcache_on;
    /* type.c: the argument tuple of the type call in progress (borrowed),
    ** for the __init__ a __new__ hands on to. */
    TyObject *call_args;
    /* slots.c: interned dunder names the slot dispatchers look up, made
    ** on first use (strong). */
    TyObject *slot_names[TY_SLOT_NAMES_MAX];
    int nslot_names;
    /* slots.c: the interned dunder name of each row of its slot table,
    ** made on first use (strong). */
    TyObject *slot_row_names[TY_SLOT_ROWS_MAX];
    TyObject *binop_names[TY_BINOP_COUNT][3];
} TyTypeState;

/* Per-interpreter values of single object types. */
typedef struct TyObjectsState {
    uint64_t dict_version;        /* dict.c: the last version a dict was given */
    int64_t max_str_digits;       /* int.c: sys.set_int_max_str_digits; 0: none */
    TyObject *exception_group;    /* exceptiongroup.c: builtins.ExceptionGroup */
    TyObject *unsupported_operation; /* textio.c: io.UnsupportedOperation */
    /* error.c: a MemoryError made at start-up, raised when even the
    ** exception object cannot be allocated; and whether one is being made. */
    TyObject *spare_memory_error;
    bool making_memory_error;
} TyObjectsState;

/* One link of mem.c's list of live objects (the debug registry), kept in
** front of each object. */
typedef struct TyMemLink {
    struct TyMemLink *prev, *next;
    size_t prefix;                /* bytes between the node's end and the object */
    size_t pad;                   /* keeps the object 16-byte aligned */
} TyMemLink;

/* Allocation accounting (mem.c). */
typedef struct TyMemState {
    ssize_t live_objects;         /* objects allocated and not yet freed */
    ssize_t live_buffers;         /* raw tyMem_malloc blocks not yet freed */
    long fail_after;              /* fault injection: fail the n-th allocation */
    bool registry;                /* keep a list of live objects */
    size_t registry_extra;        /* bytes in front of each object for the list */
    TyMemLink registry_head;      /* circular list of live objects */
    size_t cap_used, cap_limit;   /* the fuzz build's memory cap (bytes) */
    /* The embedding API's accounting (include/tally.h): turned on before
    ** the first allocation of an interpreter ty_open made, and then every
    ** block carries its size in front of it, comes from `alloc` and
    ** counts in `used`, which may not pass `limit` (0: no limit). */
    bool accounted;
    size_t used, limit;
    void *(*alloc)(void *ud, void *ptr, size_t osize, size_t nsize);
    void *alloc_ud;
} TyMemState;

/* Command-line options that change behaviour. */
typedef struct TyOptions {
    bool gc_stress;               /* -X gc-stress: collect at every tracked allocation */
    bool showrefcount;            /* -X showrefcount */
    bool gcstats;                 /* -X gcstats: the collector's report at exit */
    bool inspect;                 /* -i, until the prompt starts (sys.flags keeps it) */
    bool quiet;                   /* -q: no greeting at the prompt */
    bool interactive;             /* the prompt is running (input() edits lines) */
    bool no_site;                 /* -S: no site-packages folders on sys.path */
    bool no_user_site;            /* -s: no user site-packages folder */
    bool ignore_environment;      /* -E: TALLYPATH and the other TALLY* variables ignored */
    bool safe_path;               /* -P: no script folder (or '') in front of sys.path */
    bool isolated;                /* -I: -E, -P and -s together */
    bool dont_write_bytecode;     /* -B: compiled code is read from the cache, never written */
    bool dev_mode;                /* -X dev: sys.flags.dev_mode, a "default" warnings filter */
} TyOptions;

/*
** One level of the handled-exception stack: the exception an `except` or
** `finally` block of the running code is handling, or NULL.  The
** interpreter has a level of its own and each running generator pushes its
** own (so a yield inside an except block keeps what it handles); the
** operand stacks keep the older values of a level (PUSH_EXC_INFO).
*/
typedef struct TyExcInfo {
    TyObject *value;
    struct TyExcInfo *previous;   /* the level of the generator's caller */
} TyExcInfo;

/* What tally.watch() watches (watch.c); NULL while nothing is. */
typedef struct TyWatch TyWatch;
struct TyWatchEntered;

/* The number of concrete node classes of `_ast` (modules/astnodes.h). */
enum {
    TY_AST_KIND_COUNT = 0
#define TY_AST_SUM(name, attributes)
#define TY_AST_NODE(name, base, fields, attributes) + 1
#include "modules/astnodes.h"
#undef TY_AST_SUM
#undef TY_AST_NODE
};

/*
** What the built-in C modules (src/modules/) keep between calls.  Objects
** are strong references, NULL until the module is made (or first needed);
** each module's fini releases its part, and tyLife_fini's reset zeroes it,
** so a module made by the next interpreter starts from its defaults (set
** by its create where zero is not the default).
*/
typedef struct TyModulesState {
    struct {                      /* atexit.c: the registered calls, in order */
        struct TyAtexitCallback *items;
        size_t count, cap;
    } atexit;
    struct {                      /* astmodule.c: by node kind, from astnodes.h */
        TyObject *classes[TY_AST_KIND_COUNT];
        TyObject *fieldnames[TY_AST_KIND_COUNT]; /* each class's _fields */
        TyObject *shared[TY_AST_KIND_COUNT];     /* the one instance of a field-less kind */
        TyObject *posnames[4];    /* lineno, col_offset, end_lineno, end_col_offset */
        TyObject *base;           /* AST */
    } ast;
    struct {
        TyObject *error;          /* binascii.Error (a ValueError) */
        TyObject *incomplete;     /* binascii.Incomplete */
    } binascii;
    struct {
        TyObject *search_path;    /* list of search functions */
        TyObject *search_cache;   /* normalised name -> CodecInfo */
        TyObject *error_registry; /* handler name -> callable */
        bool encodings_imported;
    } codecs;
    struct {
        TyObject *current;        /* the current Context, made on first use */
    } contextvars;
    struct {
        TyObject *error;          /* _csv.Error */
        TyObject *registry;       /* name -> Dialect */
        long field_limit;         /* field_size_limit() */
    } csv;
    struct {                      /* pickle.c: the module's errors and what it takes from copyreg */
        TyObject *PickleError, *PicklingError, *UnpicklingError;
        TyObject *dispatch_table;     /* copyreg.dispatch_table */
        TyObject *extension_registry, *inverted_registry, *extension_cache;
        TyObject *name_2to3, *import_2to3, *name_3to2, *import_3to2; /* _compat_pickle */
        TyObject *codecs_encode;      /* _codecs.encode */
        TyObject *escape_decode;      /* _codecs.escape_decode */
        TyObject *raw_unicode_decode; /* _codecs.raw_unicode_escape_decode */
        TyObject *partial;            /* functools.partial */
        TyObject *getattr;            /* builtins.getattr */
        TyObject *ids[24];            /* interned names, indexed by pickle_impl.h's PID_* */
    } pickle;
    struct {
        TyObject *unsupported;    /* _hashlib.UnsupportedDigestmodError */
    } hashlib;
    struct {
        long lock_count;          /* _imp.acquire_lock() depth */
    } imp;
    struct {
        TyObject *error;          /* locale.Error */
    } locale;
    struct {
        /* os.register_at_fork's lists: before (called last registered
        ** first), after_in_child and after_in_parent (in registration order). */
        TyObject *fork_before, *fork_child, *fork_parent;
    } posix;
    struct {
        /* Handlers by signal number: a callable, or the ints SIG_DFL/SIG_IGN,
        ** or NULL when the disposition was not set from Python. */
        TyObject *handlers[NSIG];
        TyObject *default_int_handler;
        TyObject *itimer_error;
    } signal;
    struct {
        TyObject *gaierror, *herror;
        double default_timeout;   /* seconds; -1: None (sockets block) */
    } socket;
    struct {
        TyObject *error;          /* struct.error */
        TyObject *cache;          /* format -> Struct, for the module functions */
    } structmod;
    struct {
        TyObject *utc;            /* timezone.utc */
        TyObject *epoch;          /* datetime(1970, 1, 1, tzinfo=utc) */
        TyObject *isocal;         /* the IsoCalendarDate class (datetime.py half) */
        TyObject *strptime;       /* _strptime module, imported on first use */
        TyObject *time;           /* the time module, imported on first use */
    } datetime;
    struct {
        TyObject *error;          /* zlib.error */
    } zlib;
    struct {
        TyObject *error;          /* pyexpat.ExpatError */
    } pyexpat;
    struct {
        TyObject *error;          /* _lzma.LZMAError */
    } lzma;
    struct {
        TyObject *error;          /* termios.error */
    } termios;
    struct {
        TyObject *ident;          /* syslog: UTF-8 bytes openlog() was given */
        bool open;                /* openlog() called, closelog() not yet */
    } syslog;
    struct {                      /* readlinemod.c: what Python hands GNU readline */
        TyObject *completer;      /* set_completer's function, or NULL */
        TyObject *startup_hook;
        TyObject *pre_input_hook;
        TyObject *display_hook;   /* set_completion_display_matches_hook's */
        char *delims;             /* set_completer_delims's copy (malloc), or NULL */
        int begidx, endidx;       /* of the word being completed */
        int history_length;       /* set_history_length's, when history_length_set */
        bool history_length_set;
        bool no_auto_history;     /* set_auto_history(False) */
    } readline;
    struct {                      /* warningsmodule.c, made on first use */
        TyObject *filters;        /* list of (action, message, category, module, lineno) */
        TyObject *once_registry;  /* dict */
        TyObject *default_action; /* str */
        long filters_version;     /* bumped by _filters_mutated(): registries are stale */
    } warnings;
    struct {
        TyObject *exc[10];        /* Warning, Error and the DB-API classes (sqlite_module.c) */
        TyObject *adapters;       /* {(type, PrepareProtocol): adapter} */
        TyObject *converters;     /* {TYPENAME: converter} */
        bool base_type_adapted;   /* an adapter was registered for int, float, str or bytearray */
        bool callback_tracebacks; /* enable_callback_tracebacks(True) */
    } sqlite;
} TyModulesState;

typedef struct TyState {
    /* The exception being raised (a normalized instance), or NULL. */
    TyObject *exc;
    /* The innermost handled-exception level (tyErr_handled() reads the
    ** topmost exception through it), and the interpreter's own level. */
    TyExcInfo *exc_info;
    TyExcInfo base_exc_info;

    struct TyFrame *frame;        /* innermost running Python frame */
    struct TyThreadFrames *frames;/* storage for frames (vm.c) */
    struct TyAttrCacheEntry *attr_cache; /* vm.c: attribute resolutions by (class, name), made on first use */
    int recursion_depth;          /* Python frames + C recursion guards */
    int recursion_limit;          /* sys.getrecursionlimit() */
    /* Lowest C stack address the interpreter may reach (0: unknown), so a
    ** recursion limit set too high ends in RecursionError, not a crash. */
    uintptr_t stack_floor;
    bool recursion_headroom;      /* inside the grace zone after RecursionError */

    /* Non-zero when the VM must stop at the next safe point: a signal or
    ** a due collection.  Checked on backward jumps and calls. */
    volatile sig_atomic_t eval_breaker;
    volatile sig_atomic_t sigint_pending;
    /* A signal with a Python handler (the _signal module) has arrived. */
    volatile sig_atomic_t signals_pending;

    TyObject *builtins;           /* the builtins module's dict */
    /* A copy of it as start-up left it: exit restores it before tearing
    ** modules down, so names a program added to builtins go first. */
    TyObject *builtins_copy;
    TyObject *builtins_module;
    TyObject *sys;                /* the sys module */
    TyObject *modules;            /* sys.modules */
    TyObject *main_dict;          /* __main__'s globals */

    TyObject *repr_running;       /* list: objects whose repr is in progress */
    /* Exit has torn the modules down.  CPython 3.11 never frees what is
    ** still alive then, so from here on no __del__, generator close or
    ** weakref callback runs: tally frees that memory silently. */
    bool modules_gone;
    /* The atexit callbacks have run and teardown has begun
    ** (sys.is_finalizing()). */
    bool finalizing;
    /* sys.set_asyncgen_hooks(): strong, or NULL. */
    TyObject *asyncgen_firstiter;
    TyObject *asyncgen_finalizer;
    /* sys.set_coroutine_origin_tracking_depth(): frames a new coroutine
    ** records as cr_origin. */
    int coro_origin_depth;
    /* Bumped whenever any class's namespace or MRO changes: method cache
    ** entries and the VM's attribute caches of an older epoch are stale. */
    uint32_t type_epoch;
    /* Set while tally.watch() watches something: the VM then dispatches
    ** through its watching table (vm.c, watch.c). */
    TyWatch *watch;
    /* sys.settrace and sys.setprofile (trace.c): the global trace
    ** function (strong, or NULL), the profile function, and how many trace
    ** or profile calls are running: no event is reported from inside one. */
    struct {
        TyObject *func;
        TyObject *profile;        /* sys.setprofile's function, strong or NULL */
        bool active;              /* func or profile: frames report starts and ends */
        int depth;
        int event;                /* the event being reported (TyTraceEvent) */
        struct TyFrame *frame;    /* its frame, while it is reported */
        bool setting_func;        /* sys.settrace is dropping the old function */
        bool setting_profile;     /* sys.setprofile likewise */
        bool call_tracing;        /* in sys.call_tracing: settrace/setprofile resume events */
    } trace;

    /* The fuzz build's instruction budget (vm.c): -1 while unlimited. */
    long fuzz_budget;
    /* ziparchive.c: the archives read so far, newest first. */
    struct TyZipArchive *zip_archives;
    /* watch.c: the deallocs in progress through its hook, innermost
    ** first (nodes on the C stack). */
    struct TyWatchEntered *watch_entered;

    TyMemState mem;
    TyAllocState alloc;
    TyGCState gc;
    TyCaches cache;
    TyStrState str;
    TyTypeState type;
    TyObjectsState objs;
    TyIdentifiers id;
    TyOptions opt;
    TyModulesState mod;
} TyState;

extern TyState ty_state;

/* Is the C stack close to its end?  Checked with the recursion depth. */
static inline bool ty_stackExhausted(void)
{
    return (uintptr_t)__builtin_frame_address(0) < ty_state.stack_floor;
}

/* One more level of Python call or guarded C recursion: true, or false
** with the depth unchanged when it would pass sys.getrecursionlimit() or
** the C stack is nearly spent (the caller raises RecursionError).  Every
** true is matched by a --ty_state.recursion_depth on the way out. */
static inline bool tyState_enterRecursion(void)
{
    if (++ty_state.recursion_depth > ty_state.recursion_limit || ty_stackExhausted()) {
        --ty_state.recursion_depth;
        return false;
    }
    return true;
}

/* Ask the VM to stop at the next safe point. */
static inline void tyState_raiseBreaker(void) { ty_state.eval_breaker = 1; }

#endif
