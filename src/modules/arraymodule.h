/*
** arraymodule.h — the `array` module (see arraymodule.c), and what
** buffer.c needs to export an array's bytes.
*/
#ifndef TY_ARRAYMODULE_H
#define TY_ARRAYMODULE_H

#include "../object.h"

/* The array module: new reference, or NULL.  Readies array.array. */
TyObject *tyArray_create(void);

/* Releases the type (at exit). */
void tyArray_fini(void);

/* Is o an array.array (or a subclass's instance)? */
bool tyArray_check(TyObject *o);
/* An array's items as bytes: the address of item 0 (borrowed, valid until
** the array is resized), with *nbytes, its typecode in *format and
** *itemsize. */
char *tyArray_span(TyObject *o, ssize_t *nbytes, char *format, ssize_t *itemsize);
/* The count of views pinning the array (buffer.h): borrowed pointer into
** o. */
ssize_t *tyArray_exports(TyObject *o);

#endif
