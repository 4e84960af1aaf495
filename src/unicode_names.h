/*
** unicode_names.h — Unicode character names, from CPython 3.11's
** unicodedata (Unicode 14.0.0): the name of a code point, and the code
** points a name stands for, for "\N{...}" escapes and unicodedata's
** name() and lookup().
*/
#ifndef TY_UNICODE_NAMES_H
#define TY_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for the longest name (CPython's NAME_MAXLEN) and the longest named
** sequence. */
#define TY_UNICODE_NAME_MAX 256
#define TY_UNICODE_SEQ_MAX 4

/*
** The code points `name` (len bytes) stands for: a character's name or a
** name alias, and, when named_sequences is set, a named sequence.  Letters
** match in either case, as in CPython, except in the names CPython makes
** by rule, which must be upper case: "HANGUL SYLLABLE <jamo>" and "CJK
** UNIFIED IDEOGRAPH-<4 or 5 hex digits>".  Returns how many code points it wrote to
** out (1, or up to TY_UNICODE_SEQ_MAX for a named sequence), or 0 when
** nothing has that name.
*/
int tyUnicode_lookupName(const char *name, size_t len, bool named_sequences,
                         uint32_t out[TY_UNICODE_SEQ_MAX]);

/* The name of cp, as unicodedata.name() gives it, written to buf with a
** NUL after it.  Returns its length, or 0 (buf untouched) when cp has no
** name. */
size_t tyUnicode_name(uint32_t cp, char buf[TY_UNICODE_NAME_MAX + 1]);

#endif
