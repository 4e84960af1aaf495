/*
** grp.h — the `grp` module, the group database (see grp.c).
*/
#ifndef TY_GRP_H
#define TY_GRP_H

#include "../object.h"

/* The grp module: new reference, or NULL.  Readies struct_group. */
TyObject *tyGrp_create(void);
/* Releases struct_group (at exit). */
void tyGrp_fini(void);

#endif
