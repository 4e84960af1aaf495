/*
** marshalmodule.h — the `marshal` module (tally's serial format).
*/
#ifndef TY_MARSHALMODULE_H
#define TY_MARSHALMODULE_H

#include "../object.h"

/* The module: new reference. */
TyObject *tyMarshalModule_create(void);

#endif
