/*
** tally.h — the public embedding API of tally, a Python 3.11 interpreter.
**
** This is the only header a host program includes (`#include <tally.h>`,
** flags from `pkg-config --cflags --libs tally`).  Every name it declares
** starts with ty_, Ty or TY_; no other name of the library is public.
** (The interpreter's own sources have an internal header of the same file
** name, src/tally.h, which this one never includes.)
**
** The interpreter.  A TyInterp is opaque.  One interpreter is live in a
** process at a time: ty_open() returns NULL while another is open.  After
** ty_close() a new one can be opened, as many times as wanted; nothing of
** an earlier one is left (objects, modules, memory).  An interpreter is
** used from one thread at a time; only ty_interrupt() may be called from
** any thread or from a signal handler.
**
** Objects and references.  A TyObject * is a reference to an object.  Each
** function says what it does with references:
**   new       the caller owns the returned reference and must give it
**             back with ty_decRef() (NULL is returned on error);
**   borrowed  the caller does not own it: it stays valid while the object
**             it came from is alive and unchanged; ty_incRef() keeps it;
**   steals    the function takes over the caller's reference to an
**             argument, whether it succeeds or not.
** Arguments are borrowed (never stolen) unless "steals" says otherwise.
**
** Errors.  A function that fails returns TY_ERROR (int results), NULL
** (object and pointer results) or -1 (sizes and truth values), and leaves
** a Python exception pending in the interpreter.  Nothing is printed: the
** host reads the exception with ty_errorType(), ty_errorMessage() and
** ty_errorTraceback() and drops it with ty_clearError().  Functions that
** run Python code (ty_run*, ty_call, ty_import) start by clearing an
** exception left pending.  (Python code itself still writes where Python
** writes: print() to stdout, sys.unraisablehook's report of an exception
** in __del__ to stderr; the host may rebind sys.stdout and the hooks.)
**
** C functions the host registers (ty_register, ty_newModule) receive the
** interpreter, their positional arguments (borrowed), a dict of keyword
** arguments (borrowed, NULL when there are none) and the user data given
** at registration; they return a new reference, or NULL after ty_raise()
** (or after an API call that failed, whose exception then propagates to
** the calling Python code).
*/
#ifndef TALLY_PUBLIC_H
#define TALLY_PUBLIC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TY_API __attribute__((visibility("default")))
#else
#define TY_API
#endif

/* The release of the library (also the binary's `tally --version`). */
#define TY_API_VERSION "0.1.0"

/* Result codes of the int-valued functions. */
#define TY_OK 0
#define TY_ERROR (-1)

typedef struct TyInterp TyInterp;
typedef struct TyObject TyObject;

/*
** The allocator hook, as Lua's lua_Alloc: free `ptr` when nsize is 0
** (returning NULL), allocate when ptr is NULL (osize 0), otherwise resize
** from osize to nsize bytes.  Returns NULL when it cannot; the interpreter
** then raises MemoryError.  Blocks must be aligned for any C type.
*/
typedef void *(*TyAllocFn)(void *ud, void *ptr, size_t osize, size_t nsize);

/* A host function callable from Python (see above). */
typedef TyObject *(*TyHostFn)(TyInterp *I, TyObject *const *args, size_t nargs, TyObject *kwargs,
                                 void *ud);

/* One function of a module made by ty_newModule; a { NULL, NULL } entry
** ends a table. */
typedef struct TyFunctionReg {
    const char *name;
    TyHostFn fn;
} TyFunctionReg;

/* What ty_kind() reports. */
typedef enum TyKind {
    TY_KIND_NONE, TY_KIND_BOOL, TY_KIND_INT, TY_KIND_FLOAT, TY_KIND_STR, TY_KIND_BYTES,
    TY_KIND_LIST, TY_KIND_TUPLE, TY_KIND_DICT, TY_KIND_OTHER
} TyKind;

/* ---- the interpreter ------------------------------------------------ */

/* The library's version string ("0.1.0"); static storage. */
TY_API const char *ty_version(void);
/* Start an interpreter with the C library's allocator (the optimised
** build's pools): builtins, sys (sys.argv is ['']) and the import system
** (CPython's standard library, found as the tally binary finds it).
** NULL when one is already open or start-up failed. */
TY_API TyInterp *ty_open(void);
/* The same, with every block of the interpreter's objects and buffers
** taken from `alloc` (called with `ud`). */
TY_API TyInterp *ty_openWith(TyAllocFn alloc, void *ud);
/* Run the atexit functions, tear every module down, free every object and
** block and the handle itself.  Returns the number of objects still
** alive, which is 0 unless a host function leaked a reference. */
TY_API ssize_t ty_close(TyInterp *I);

/* Run source text (UTF-8) as the code of module `module` ("__main__" when
** NULL; any other name is made the first time, entered in sys.modules
** and importable).  `filename` names the code in tracebacks ("<string>"
** when NULL).  TY_OK or TY_ERROR; SystemExit is an error like any other. */
TY_API int ty_runString(TyInterp *I, const char *source, const char *module, const char *filename);
/* Run the file at `path` the same way; its name is the filename. */
TY_API int ty_runFile(TyInterp *I, const char *path, const char *module);
/* import name (dotted names too): new. */
TY_API TyObject *ty_import(TyInterp *I, const char *name);

/* Global `name` of module `module` (NULL: "__main__"): new; NameError
** when it is not set. */
TY_API TyObject *ty_getGlobal(TyInterp *I, const char *module, const char *name);
/* Bind global `name` of module `module` (NULL: "__main__") to value. */
TY_API int ty_setGlobal(TyInterp *I, const char *module, const char *name, TyObject *value);

/* ---- calling -------------------------------------------------------- */

/* callable(*args[:nargs], **kwargs): new.  kwargs is a dict with str keys,
** or NULL. */
TY_API TyObject *ty_call(TyInterp *I, TyObject *callable, TyObject *const *args, size_t nargs,
                         TyObject *kwargs);
/* o.name(*args[:nargs]): new. */
TY_API TyObject *ty_callMethod(TyInterp *I, TyObject *o, const char *name, TyObject *const *args,
                               size_t nargs);

/* ---- host functions and modules --------------------------------------- */

/* A function object named `name` that calls fn(I, args, nargs, kwargs,
** ud): new. */
TY_API TyObject *ty_newFunction(TyInterp *I, const char *name, TyHostFn fn, void *ud);
/* The same, bound as global `name` of module `module` (NULL: "__main__"). */
TY_API int ty_register(TyInterp *I, const char *module, const char *name, TyHostFn fn, void *ud);
/* A module `name` holding a function for each entry of `funcs` (all
** receiving `ud`), entered in sys.modules so that `import name` finds it:
** borrowed (sys.modules keeps it). */
TY_API TyObject *ty_newModule(TyInterp *I, const char *name, const TyFunctionReg *funcs, void *ud);
/* Raise exception `type` (a built-in exception's name such as
** "ValueError", or a dotted "module.Name") with `message`.  Returns NULL,
** for `return ty_raise(...)` in a host function. */
TY_API TyObject *ty_raise(TyInterp *I, const char *type, const char *message);

/* ---- errors ------------------------------------------------------------ */

/* Is an exception pending? */
TY_API int ty_hasError(TyInterp *I);
/* The pending exception's type name ("ZeroDivisionError"; a class's
** qualified name), its message (str() of it), and the traceback exactly
** as Python would print it (ending in the "Type: message" line).  Each is
** borrowed: valid until the exception is cleared or replaced; NULL when
** none is pending. */
TY_API const char *ty_errorType(TyInterp *I);
TY_API const char *ty_errorMessage(TyInterp *I);
TY_API const char *ty_errorTraceback(TyInterp *I);
/* The pending exception itself: borrowed, NULL when none. */
TY_API TyObject *ty_error(TyInterp *I);
/* The code of a pending SystemExit as the process exit status Python
** would use (0 for None, 1 for a non-int), or -1 when the pending
** exception is not SystemExit. */
TY_API int ty_exitStatus(TyInterp *I);
TY_API void ty_clearError(TyInterp *I);

/* ---- references -------------------------------------------------------- */

TY_API void ty_incRef(TyObject *o);
/* NULL is allowed. */
TY_API void ty_decRef(TyObject *o);

/* ---- values ------------------------------------------------------------ */

TY_API TyKind ty_kind(TyObject *o);
/* type(o).__name__: borrowed, valid while the type lives. */
TY_API const char *ty_typeName(TyObject *o);

/* New references. */
TY_API TyObject *ty_none(TyInterp *I);
TY_API TyObject *ty_fromBool(TyInterp *I, int b);
TY_API TyObject *ty_fromInt(TyInterp *I, int64_t v);
TY_API TyObject *ty_fromDouble(TyInterp *I, double v);
/* UTF-8 text of `len` bytes (len < 0: up to the NUL); UnicodeDecodeError
** when it is not UTF-8. */
TY_API TyObject *ty_fromString(TyInterp *I, const char *s, ssize_t len);
TY_API TyObject *ty_fromBytes(TyInterp *I, const void *data, size_t len);

/* int(o) for an int (a bool too) or an object with __index__; TypeError
** otherwise, OverflowError outside int64_t.  TY_OK or TY_ERROR. */
TY_API int ty_toInt(TyInterp *I, TyObject *o, int64_t *out);
/* float(o) for a float, an int or an object with __float__/__index__. */
TY_API int ty_toDouble(TyInterp *I, TyObject *o, double *out);
/* The UTF-8 text of a str (NUL-terminated; *len, when not NULL, gets its
** byte length): borrowed, valid while o lives; TypeError otherwise. */
TY_API const char *ty_toString(TyInterp *I, TyObject *o, size_t *len);
/* The bytes of a bytes object: borrowed, valid while o lives. */
TY_API const char *ty_toBytes(TyInterp *I, TyObject *o, size_t *len);
/* bool(o): 1 or 0, -1 on error. */
TY_API int ty_truth(TyInterp *I, TyObject *o);
/* str(o) and repr(o): new. */
TY_API TyObject *ty_str(TyInterp *I, TyObject *o);
TY_API TyObject *ty_repr(TyInterp *I, TyObject *o);

/* ---- containers -------------------------------------------------------- */

/* New, empty. */
TY_API TyObject *ty_newList(TyInterp *I);
TY_API TyObject *ty_newDict(TyInterp *I);
/* A tuple of items[:n] (each reference borrowed and kept): new. */
TY_API TyObject *ty_newTuple(TyInterp *I, TyObject *const *items, size_t n);
/* list.append(item). */
TY_API int ty_listAppend(TyInterp *I, TyObject *list, TyObject *item);
/* The same, stealing item (convenient for a value just made: NULL item is
** an error already pending, reported as TY_ERROR). */
TY_API int ty_listAppendSteal(TyInterp *I, TyObject *list, TyObject *item);
/* len(o), or -1. */
TY_API ssize_t ty_len(TyInterp *I, TyObject *o);
/* o[key] and o[key] = value, for any object: new / TY_OK. */
TY_API TyObject *ty_getItem(TyInterp *I, TyObject *o, TyObject *key);
TY_API int ty_setItem(TyInterp *I, TyObject *o, TyObject *key, TyObject *value);
/* o[i] of a sequence, negative i counting from the end: new. */
TY_API TyObject *ty_getIndex(TyInterp *I, TyObject *o, ssize_t i);
/* d[key] / d[key] = value for a str key given as C text: new / TY_OK. */
TY_API TyObject *ty_getKey(TyInterp *I, TyObject *d, const char *key);
TY_API int ty_setKey(TyInterp *I, TyObject *d, const char *key, TyObject *value);
/* getattr(o, name) / setattr(o, name, value): new / TY_OK. */
TY_API TyObject *ty_getAttr(TyInterp *I, TyObject *o, const char *name);
TY_API int ty_setAttr(TyInterp *I, TyObject *o, const char *name, TyObject *value);

/* ---- memory and the collector ------------------------------------------ */

/* gc.collect(): the number of unreachable objects found. */
TY_API ssize_t ty_collect(TyInterp *I);
/* gc.get_count(): the three generations' counts into counts[0..2]. */
TY_API void ty_gcCounts(TyInterp *I, int counts[3]);
/* Objects alive now. */
TY_API ssize_t ty_liveObjects(TyInterp *I);
/* Bytes the interpreter has allocated and not yet freed. */
TY_API size_t ty_memoryUsed(TyInterp *I);
/* From now on an allocation that would take ty_memoryUsed() past `bytes`
** fails with MemoryError; 0 lifts the limit. */
TY_API void ty_setMemoryLimit(TyInterp *I, size_t bytes);

/* ---- interrupting ------------------------------------------------------ */

/* Make the running Python code raise KeyboardInterrupt at its next safe
** point (a loop's backward jump, a call).  Async-signal-safe, and safe to
** call from any thread while the interpreter runs in another. */
TY_API void ty_interrupt(TyInterp *I);

#ifdef __cplusplus
}
#endif

#endif
