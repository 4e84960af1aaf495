/*
** pwd.h — the `pwd` module, the password database (see pwd.c).
*/
#ifndef TY_PWD_H
#define TY_PWD_H

#include "../object.h"

/* The pwd module: new reference, or NULL.  Readies struct_passwd. */
TyObject *tyPwd_create(void);
/* Releases struct_passwd (at exit). */
void tyPwd_fini(void);

#endif
