/*
** weakref.h — weak references: weakref.ref (ReferenceType), weakref.proxy
** (ProxyType and CallableProxyType), and the per-object lists that let an
** object's death clear every weak reference to it.
**
** A weak-referenceable type has a non-zero weaklistoffset: at that offset
** each instance keeps a TyObject * (NULL initially) that heads a doubly
** linked list of the TyWeakref objects pointing at it.  The list is kept in
** CPython's order: the shared callback-less ref first, then the shared
** callback-less proxy, then every other weak reference, newest first.
**
** A weak reference does not own its referent.  When the referent dies, its
** dealloc calls tyWeakref_clear, which unlinks every reference (they then
** report the referent as gone) and afterwards calls their callbacks.  The
** cycle collector clears weak references to garbage through
** tyWeakref_handleGC before any finalizer runs (REFERENCE.md A, step 7).
*/
#ifndef TY_WEAKREF_H
#define TY_WEAKREF_H

#include "../object.h"
#include "../gc.h"

typedef struct TyWeakref {
    TyObject ob;
    /* The referent (not owned), or NULL once it has died or been cleared. */
    TyObject *object;
    /* Called with the weakref when the referent dies; owned, or NULL. */
    TyObject *callback;
    /* hash(referent), cached on first use; -1 until then. */
    ty_hash hash;
    /* Neighbours in the referent's list while linked; `next` also chains
    ** cleared references whose callbacks are about to run. */
    struct TyWeakref *prev, *next;
} TyWeakref;

/* weakref.ReferenceType (weakref.ref), weakref.ProxyType and
** weakref.CallableProxyType. */
extern TyType TyWeakref_Type, TyProxy_Type, TyCallableProxy_Type;

#define TY_WEAKREF_CHECK_REF(o) TY_IS_INSTANCE(o, &TyWeakref_Type)
#define TY_WEAKREF_CHECK_PROXY(o) \
    (TY_TYPE(o) == &TyProxy_Type || TY_TYPE(o) == &TyCallableProxy_Type)
#define TY_WEAKREF_CHECK(o) (TY_WEAKREF_CHECK_REF(o) || TY_WEAKREF_CHECK_PROXY(o))

/* Can objects of type t be weakly referenced? */
static inline bool tyWeakref_supports(TyType *t) { return t->weaklistoffset != 0; }

/*
** weakref.ref(obj, callback): new reference.  Without a callback (NULL or
** None) the existing shared ref is returned when there is one.  TypeError
** "cannot create weak reference to 'list' object" for a type without a
** weak-reference list.
*/
TyObject *tyWeakref_new(TyObject *obj, TyObject *callback);
/* The same for a subtype of ReferenceType (KeyedRef, WeakMethod, a class):
** never shared, placed after the shared ref and proxy.  New reference. */
TyObject *tyWeakref_newSubtype(TyType *type, TyObject *obj, TyObject *callback);
/* hash(ref): the referent's hash, computed once and cached; TypeError
** "weak object has gone away" for a dead ref never hashed before.  The
** hash slot of ReferenceType, for subtypes that define their own ==. */
ty_hash tyWeakref_hash(TyObject *ref);
/* weakref.proxy(obj, callback): a ProxyType, or a CallableProxyType when
** obj is callable; shared when there is no callback.  New reference. */
TyObject *tyWeakref_newProxy(TyObject *obj, TyObject *callback);
/* The referent of a ref or proxy: borrowed, or NULL once it is dead.  Take
** a reference before running anything that could free it. */
TyObject *tyWeakref_get(TyObject *ref);

/* Number of weak references (refs and proxies) to obj; 0 when obj's type
** is not weak-referenceable. */
ssize_t tyWeakref_count(TyObject *obj);
/* New list of the weak references to obj, in list order. */
TyObject *tyWeakref_list(TyObject *obj);

/*
** CPython's PyObject_ClearWeakRefs: called by the dealloc of a
** weak-referenceable object (refcount already zero) before it releases
** anything.  Every weak reference to o is cleared first; then the
** callbacks of those that are still alive run, in list order, each called
** with its weak reference.  A callback's exception is reported as
** unraisable; the exception current on entry is preserved.
*/
void tyWeakref_clear(TyObject *o);

/*
** The collector's handle_weakrefs (gc.c calls it before finalizers):
** clears every weak reference to an object of `unreachable` and every
** weak reference that is itself in it, then runs the callbacks of the
** cleared references that are not garbage.  Returns how many of those
** references died when their callback had run (counted as collected).
** *finalizers is set false when no object of `unreachable` has a finalize
** slot and no callback ran (no code ran that could give one a finalizer):
** the collector's finalizer pass then has nothing to do and is skipped.
*/
ssize_t tyWeakref_handleGC(TyGCHead *unreachable, TyGCHead *old, bool *finalizers);

#endif
