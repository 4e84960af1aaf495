/*
** marshal.h — code objects to bytes and back (tally's own format, for the
** compiled-code cache; see marshal.c).
*/
#ifndef TY_MARSHAL_H
#define TY_MARSHAL_H

#include <stddef.h>
#include "object.h"

/* The bytes of a code object and everything it holds: a new bytes object,
** None when it holds a constant of a type the format has no tag for (the
** code is then not cached), or NULL with an exception. */
TyObject *tyMarshal_dumpCode(TyObject *code);

/* The bytes of any value the format has (the constants a code object can
** hold, and code): as tyMarshal_dumpCode. */
TyObject *tyMarshal_dump(TyObject *value);

/* The first value of data[0..len): a new reference, with *used set to the
** bytes it took; NULL with ValueError for malformed data. */
TyObject *tyMarshal_load(const char *data, size_t len, size_t *used);

/* The code object data[0..len) holds: a new reference, or NULL with
** ValueError when the data is not a whole, well-formed stream. */
TyObject *tyMarshal_loadCode(const char *data, size_t len);

#endif
