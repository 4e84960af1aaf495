/*
** float.h — Python float (an IEEE double), with a free list.
*/
#ifndef TY_FLOAT_H
#define TY_FLOAT_H

#include "../object.h"

typedef struct TyFloat {
    TyObject ob;
    double value;
} TyFloat;

extern TyType TyFloat_Type;

#define TY_FLOAT_CHECK(o) (TY_TYPE(o) == &TyFloat_Type || TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_FLOAT_SUBCLASS))
#define TY_FLOAT_VALUE(o) (((TyFloat *)(o))->value)
/* The word a parked float's free-list link takes (freelist.h): its value. */
#define TY_FLOAT_LINK offsetof(TyFloat, value)

/* New reference. */
TyObject *tyFloat_from(double v);
/* float(x) for a float, an int (OverflowError when too large), or an
** object with __float__ / __index__.  -1.0 with an exception on failure
** (check tyErr_occurred()). */
double tyFloat_asDouble(TyObject *o);
/* float(text): whitespace, sign, "inf", "infinity", "nan" (any case),
** underscores between digits; ValueError "could not convert string to
** float: 'x'". */
TyObject *tyFloat_fromString(const char *s, ssize_t len);

/*
** Format d into buf (at least 400 bytes for 'f' of huge values; use
** tyFloat_formatAlloc for arbitrary precision) and return buf:
**   code 'r': repr() -- shortest string that round-trips, CPython's
**             exponent thresholds (1e+16, 1e-05), "inf", "-inf", "nan";
**   code 'e', 'f', 'g' with `precision` digits as C printf does, but with
**             CPython's spelling of inf/nan.
** `alternate` is the '#' flag.
*/
char *tyFloat_format(double d, char code, int precision, bool alternate,
                     char *buf, size_t bufsize);
/* As tyFloat_format into a malloc'd buffer (tyMem_free it); NULL with
** MemoryError. */
char *tyFloat_formatAlloc(double d, char code, int precision, bool alternate);
/* CPython's hash of a float (equal to the int hash for integral values). */
ty_hash tyFloat_hash(double d);
/* The hash of the value d held by object inst: tyFloat_hash(d), except
** that a NaN hashes by inst's identity, as CPython 3.10+ does. */
ty_hash tyFloat_hashAt(TyObject *inst, double d);
/* repr(d) without the ".0" repr adds to integral values ("1", "1.5",
** "1e+16", "-inf", "nan"): how complex writes its parts.  buf holds at
** least 40 bytes; returns it. */
char *tyFloat_reprBare(double d, char *buf);
/* round(d, ndigits) with CPython's correctly rounded result. */
double tyFloat_round(double d, int ndigits);

/* Additions (objects/float.c). */

/* x ** y with CPython's float rules: ZeroDivisionError "0.0 cannot be
** raised to a negative power", OverflowError (34, 'Numerical result out of
** range'); a negative base and a non-integral exponent give the complex
** result (tyComplex_pow).  New reference. */
TyObject *tyFloat_pow(double x, double y);
/* Release the free list (at exit, before the leak check). */
void tyFloat_clearFreelist(void);

#endif
