/*
** resource.h — the `resource` module: process resource limits and usage
** (see resource.c).
*/
#ifndef TY_RESOURCE_H
#define TY_RESOURCE_H

#include "../object.h"

/* The resource module: new reference, or NULL.  Readies struct_rusage. */
TyObject *tyResource_create(void);
/* Releases struct_rusage's static type (at exit). */
void tyResource_fini(void);

#endif
