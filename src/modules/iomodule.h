/*
** iomodule.h — the `_io` module that CPython's io.py imports.
*/
#ifndef TY_IOMODULE_H
#define TY_IOMODULE_H

#include "../object.h"

/* Make the module (runs its Python half).  New reference. */
TyObject *tyIO_create(void);

#endif
