/*
** exceptiongroup.h — BaseExceptionGroup and ExceptionGroup (PEP 654), and
** the work of the `except*` instructions.
*/
#ifndef TY_EXCEPTIONGROUP_H
#define TY_EXCEPTIONGROUP_H

#include "../object.h"

extern TyType TyExc_BaseExceptionGroup;

#define TY_EXCGROUP_CHECK(o) TY_IS_INSTANCE(o, &TyExc_BaseExceptionGroup)

/* A group's sub-exceptions: a borrowed, non-empty tuple. */
TyObject *tyExcGroup_exceptions(TyObject *group);

/* Register BaseExceptionGroup and make the ExceptionGroup class in the
** builtins dict / release them.  0 / -1. */
int tyExcGroup_init(TyObject *builtins_dict);
void tyExcGroup_fini(void);

/* The TypeError of `except* T` when T (an exception class or a tuple of
** them, already checked) names an exception group.  0 / -1. */
int tyExcGroup_checkStarType(TyObject *type);

/*
** What one `except* type` clause takes out of exc (an exception or None):
** *match is the part to handle (None when nothing matches; a naked
** exception that matches comes wrapped in ExceptionGroup('', (exc,))),
** *rest what stays unhandled.  When *match is None, *rest is None too and
** exc stays as it is.  Both new references.  0, or -1 with both NULL.
*/
int tyExcGroup_match(TyObject *exc, TyObject *type, TyObject **match, TyObject **rest);

/*
** The exception an except* statement lets out (CPython's
** _PyExc_PrepReraiseStar): orig is what the statement caught, excs (a list)
** what each clause raised, ending with the unhandled rest; None entries are
** skipped.  Exceptions re-raised unchanged keep their place in orig's
** structure; when a clause raised anything, all of it goes into a new
** ExceptionGroup('', [...]) with that structure last.
** New reference: None when nothing is left.
*/
TyObject *tyExcGroup_prepReraiseStar(TyObject *orig, TyObject *excs);

#endif
