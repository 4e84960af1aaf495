/*
** pickle.h — the `_pickle` module: CPython's C half of pickle.py (see
** pickle.c, pickle_dump.c, pickle_load.c).
*/
#ifndef TY_PICKLE_H
#define TY_PICKLE_H

#include "../object.h"

/* The module: new reference, or NULL.  Imports copyreg, _compat_pickle,
** _codecs and functools for what the pickler and unpickler take from them. */
TyObject *tyPickle_create(void);

/* Releases the module's state and its types (at exit). */
void tyPickle_fini(void);

#endif
