/*
** ctypes.h — a very small `ctypes`: c_long (also named c_ssize_t) holding a
** C long, whose from_address(id(obj)).value reads the reference count of
** the live object obj, and nothing else.
*/
#ifndef TY_CTYPES_H
#define TY_CTYPES_H

#include "../object.h"

/* The ctypes module: new reference (readies its type). */
TyObject *tyCtypes_create(void);

/*
** Is addr the address of an object the program can reach?  Sound: it
** decides by walking live objects only and never reads memory at addr
** itself unless it has found a live object there.  Returns that object
** (borrowed) or NULL; may set MemoryError (then NULL with an exception).
*/
TyObject *tyCtypes_liveObjectAt(uintptr_t addr);

/* Release the module's type (at exit, with the static types). */
void tyCtypes_fini(void);

#endif
