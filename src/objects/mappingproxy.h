/*
** mappingproxy.h — a read-only view of a mapping (type.__dict__).
*/
#ifndef TY_MAPPINGPROXY_H
#define TY_MAPPINGPROXY_H

#include "../object.h"

extern TyType TyMappingProxy_Type;

/* New reference to a read-only proxy of mapping. */
TyObject *tyMappingProxy_new(TyObject *mapping);

#endif
