/*
** match.h — what match statements (PEP 634) do at run time: the
** MATCH_KEYS and MATCH_CLASS instructions, with CPython 3.11's rules and
** messages.
*/
#ifndef TY_MATCH_H
#define TY_MATCH_H

#include "object.h"

/* Does a sequence pattern accept o (list, tuple, range, deque and their
** subclasses; never str, bytes or bytearray)?  A mapping pattern (dict,
** mappingproxy and subclasses)? */
#define TY_MATCH_IS_SEQUENCE(o) TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_SEQUENCE)
#define TY_MATCH_IS_MAPPING(o) TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_MAPPING)

/*
** The values of `keys` (a tuple) in the mapping `subject`, looked up with
** subject.get(key, <sentinel>) so that __missing__ is never involved: a new
** tuple, None (new reference) when a key is missing, or NULL with an
** exception (ValueError "mapping pattern checks duplicate key (k)" for a
** key given twice).
*/
TyObject *tyMatch_keys(TyObject *subject, TyObject *keys);

/*
** The attributes a class pattern cls(p1, ..., pn, k1=..., ...) matches
** against: isinstance(subject, cls), then n attributes named by
** cls.__match_args__ (or the subject itself for int, str and the other
** self-matching built-ins), then those named in kwnames.  A new tuple;
** NULL without an exception when the subject does not match; NULL with
** CPython's TypeError for a bad cls or __match_args__.
*/
TyObject *tyMatch_class(TyObject *subject, TyObject *cls, ssize_t nargs, TyObject *kwnames);

#endif
