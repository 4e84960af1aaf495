/*
** uuidmodule.h — the `_uuid` module over libuuid (see uuidmodule.c).
*/
#ifndef TY_UUIDMODULE_H
#define TY_UUIDMODULE_H

#include "../object.h"

/* The _uuid module: new reference, or NULL. */
TyObject *tyUuid_create(void);

#endif
