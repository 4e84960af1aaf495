/*
** complex.h — Python complex: a pair of IEEE doubles.
*/
#ifndef TY_COMPLEX_H
#define TY_COMPLEX_H

#include "../object.h"

typedef struct TyComplex {
    TyObject ob;
    double real;
    double imag;
} TyComplex;

extern TyType TyComplex_Type;

#define TY_COMPLEX_CHECK(o) \
    (TY_TYPE(o) == &TyComplex_Type || tyType_isSubtype(TY_TYPE(o), &TyComplex_Type))
#define TY_COMPLEX_REAL(o) (((TyComplex *)(o))->real)
#define TY_COMPLEX_IMAG(o) (((TyComplex *)(o))->imag)

/* New reference to an exact complex. */
TyObject *tyComplex_from(double real, double imag);

/*
** (ar + ai*j) ** (br + bi*j) with CPython's algorithm and errors: repeated
** squaring for small integral exponents, polar form otherwise;
** ZeroDivisionError "0.0 to a negative or complex power", OverflowError
** "complex exponentiation" when a part of the result is infinite.  float
** ** float with a negative base and a fractional exponent lands here too.
** New reference.
*/
TyObject *tyComplex_pow(double ar, double ai, double br, double bi);

/*
** The complex part of pow(a, b, m) with m not None: ValueError "complex
** modulo" when a and b are both numbers a complex can be made of (int,
** float, complex), else NotImplemented (new reference).
*/
TyObject *tyComplex_ternaryPow(TyObject *a, TyObject *b);

/*
** o's value as a complex, as CPython's PyComplex_AsCComplex: a complex's
** parts; else what o.__complex__() returns (TypeError when that is not a
** complex); else float(o) and 0.0.  0, or -1 with an exception.
*/
int tyComplex_asParts(TyObject *o, double *re, double *im);

/*
** (ar + ai*j) / (br + bi*j) into *re, *im, as complex division computes it;
** a zero divisor sets errno to EDOM (and gives 0.0 parts), otherwise errno
** is left alone.
*/
void tyComplex_quotParts(double ar, double ai, double br, double bi, double *re, double *im);

#endif
