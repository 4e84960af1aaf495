/*
** format.h — the format-spec mini-language, str.format and %-formatting.
**
** These implement format(value, spec) for the built-in types exactly as
** CPython 3.11 does (fill, align, sign, '#', '0', width, grouping with ','
** or '_', precision, and the type codes), plus the two string-formatting
** operations built on them.  All return new references, or NULL with
** ValueError / TypeError / KeyError / IndexError as CPython raises them.
*/
#ifndef TY_FORMAT_H
#define TY_FORMAT_H

#include "object.h"

/* int.__format__ / float.__format__ / str.__format__. */
TyObject *tyFormat_int(TyObject *value, TyObject *spec);
TyObject *tyFormat_float(TyObject *value, TyObject *spec);
TyObject *tyFormat_str(TyObject *value, TyObject *spec);
/* complex.__format__: each part formatted as a float (the imaginary one
** always signed, and with no type the real part left out when it is +0.0
** and parentheses around), then padded as a whole; no zero padding and no
** '=' alignment. */
TyObject *tyFormat_complex(TyObject *value, TyObject *spec);
/* The __format__(spec) method of int, float and complex (fname names it
** in messages): one str argument, given to fmt. */
TyObject *tyFormat_method(const char *fname, TyObject *self, TyObject *const *args, size_t nargs,
                          TyObject *kwnames, TyObject *(*fmt)(TyObject *, TyObject *));
/* The builtin format(value, spec): calls type(value).__format__(value,
** spec); spec NULL means "".  object.__format__ accepts only "". */
TyObject *tyFormat_object(TyObject *value, TyObject *spec);
/* fmt.format(*args, **kwargs) with the vectorcall argument layout. */
TyObject *tyFormat_strFormat(TyObject *fmt, TyObject *const *args,
                             size_t nargs, TyObject *kwnames);
/* fmt.format_map(mapping): named fields from mapping[key]. */
TyObject *tyFormat_strFormatMap(TyObject *fmt, TyObject *mapping);
/*
** One step through a str.format string s[0..n) from *pos, as CPython's
** MarkupIterator takes it: literal text (a doubled brace ends it with one
** brace), then possibly a replacement field's name, conversion (0 for
** none), spec, and whether the spec holds fields to expand.  1 with *p
** filled and *pos moved on, 0 at the end, -1 with ValueError for a
** malformed string.
*/
typedef struct TyFormatPiece {
    const char *lit;
    ssize_t nlit;
    bool field;
    const char *name;
    ssize_t nname;
    uint32_t conversion;
    const char *spec;
    ssize_t nspec;
    bool expand;
} TyFormatPiece;
int tyFormat_next(const char *s, ssize_t n, ssize_t *pos, TyFormatPiece *p);
/*
** A field name ("a.b[0]") in parts, as CPython's FieldNameIterator
** takes it.  fieldFirst: the length of the first part, and when key is
** not NULL that part as a key (new reference: an int when it is all
** digits, else a str); -1 with an exception.  fieldNext: the next
** ".attr" or "[key]" from *pos: 1 with *is_attr and *key (new reference;
** an int for an all-digit item) and *pos moved on, 0 at the end, -1 with
** ValueError.
*/
ssize_t tyFormat_fieldFirst(const char *s, ssize_t n, TyObject **key);
int tyFormat_fieldNext(const char *s, ssize_t n, ssize_t *pos, bool *is_attr, TyObject **key);
/* fmt % args (args a tuple, a mapping, or a single value). */
TyObject *tyFormat_percent(TyObject *fmt, TyObject *args);
/* bytes % args / bytearray % args (PEP 461): %s and %b take bytes-like
** objects or __bytes__, %r and %a give ascii(); the result has fmt's
** type. */
TyObject *tyFormat_bytesPercent(TyObject *fmt, TyObject *args);

#endif
