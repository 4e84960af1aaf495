/*
** unicode.h — Unicode character properties, from tables generated from
** CPython 3.11's unicodedata (Unicode 14.0.0) by scripts/gen-unicode-db.
** They decide str.isalpha() & co., case mapping, repr's escaping of
** non-printable characters and which characters may start or continue an
** identifier.
*/
#ifndef TY_UNICODE_H
#define TY_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

bool tyUni_isAlpha(uint32_t cp);
bool tyUni_isDecimal(uint32_t cp);
bool tyUni_isDigit(uint32_t cp);
bool tyUni_isNumeric(uint32_t cp);
bool tyUni_isSpace(uint32_t cp);
bool tyUni_isUpper(uint32_t cp);
bool tyUni_isLower(uint32_t cp);
bool tyUni_isTitle(uint32_t cp);
bool tyUni_isPrintable(uint32_t cp);
bool tyUni_isCased(uint32_t cp);
bool tyUni_isCaseIgnorable(uint32_t cp);
/* Identifier characters (XID_Start plus '_', XID_Continue). */
bool tyUni_isXidStart(uint32_t cp);
bool tyUni_isXidContinue(uint32_t cp);
/* The decimal value 0..9 of a decimal character, or -1. */
int tyUni_decimalValue(uint32_t cp);
/* Full case mappings: write up to 3 code points to out, return the count. */
int tyUni_toUpper(uint32_t cp, uint32_t out[3]);
int tyUni_toLower(uint32_t cp, uint32_t out[3]);
int tyUni_toTitle(uint32_t cp, uint32_t out[3]);
int tyUni_toFolded(uint32_t cp, uint32_t out[3]);

#endif
