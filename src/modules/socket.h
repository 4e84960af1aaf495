/*
** socket.h — the `_socket` module (see socket.c).
*/
#ifndef TY_SOCKET_H
#define TY_SOCKET_H

#include "../object.h"

/* The _socket module: new reference, or NULL.  Readies the socket type
** and makes the gaierror and herror classes. */
TyObject *tySocket_create(void);

/* Releases the socket type and the error classes (at exit). */
void tySocket_fini(void);

#endif
