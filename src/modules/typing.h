/*
** typing.h — the `typing` module: the names annotations use (Any, Union,
** Optional, List, Dict, Callable, TypeVar, Generic, ...), which evaluate,
** compare and print as in CPython 3.11.
*/
#ifndef TY_TYPING_H
#define TY_TYPING_H

#include "../object.h"

/* The typing module: new reference (readies the module's types). */
TyObject *tyTyping_create(void);

/* Release the module's types (at exit, with the static types). */
void tyTyping_fini(void);

#endif
