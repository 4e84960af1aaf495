/*
** tyassert.h — TY_ASSERT, the interpreter's own invariant checks.
**
** On in the debug and fuzz builds (TY_DEBUG, TY_FUZZ), compiled out of the
** release build.  They sit where a wrong traverse, a missing INCREF or a
** compiler bug shows first: a gc_refs count going below zero, a decref of
** a count already at zero, frames freed out of order, the value stack
** outside its frame, a stack effect without a rule.  A failure prints the
** condition and where it was checked, then aborts (the sanitizers of the
** debug build print the C stack).  The condition of a release build is
** not evaluated; TY_ASSERTS (1 or 0) says whether they are on, for what
** only a check needs.  (Named tyassert.h: -Isrc would let an assert.h here
** stand in for the C library's.)
*/
#ifndef TY_TYASSERT_H
#define TY_TYASSERT_H

#include <stdio.h>
#include <stdlib.h>

#if defined(TY_DEBUG) || defined(TY_FUZZ)
__attribute__((noreturn, cold)) static inline void ty_assert_fail(const char *cond, const char *file,
                                                                  int line)
{
    fprintf(stderr, "tally: %s:%d: assertion failed: %s\n", file, line, cond);
    fflush(stderr);
    abort();
}
#define TY_ASSERT(cond) ((cond) ? (void)0 : ty_assert_fail(#cond, __FILE__, __LINE__))
#define TY_ASSERTS 1
#else
#define TY_ASSERT(cond) ((void)sizeof(!(cond)))
#define TY_ASSERTS 0
#endif

#endif
