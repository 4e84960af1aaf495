/*
** sre.h — the `_sre` module that CPython 3.11's `re` package is built on:
** _sre.compile turns the code re._compiler emits into a Pattern (re.Pattern),
** whose searches give Match objects (re.Match) or run a Scanner.  The
** matcher is sre_engine.c; this header is what the module's files share.
*/
#ifndef TY_SRE_H
#define TY_SRE_H

#include "../object.h"
#include "modules/sre_engine.h"

/* A compiled pattern: the code and what re told _sre.compile about it. */
typedef struct TySrePattern {
    TyObject ob;
    TyObject *pattern;      /* the str or bytes compiled, or None */
    TyObject *groupindex;   /* dict name -> group number, NULL when empty */
    TyObject *indexgroup;   /* tuple group number -> name or None, NULL when empty */
    TyObject *weakreflist;
    ssize_t groups;         /* capturing groups */
    int flags;
    int isbytes;            /* 1 bytes, 0 str, -1 either (pattern None) */
    ssize_t codesize;
    uint32_t code[];
} TySrePattern;

/* A match: the group boundaries as code point indices (-1 for a group
** that did not take part), and for a non-ASCII str subject the same
** boundaries as UTF-8 byte offsets, so that groups slice without decoding. */
typedef struct TySreMatch {
    TyObject ob;
    TyObject *string;
    TySrePattern *pattern;
    TyObject *regs;         /* the cached `regs` tuple, or NULL */
    ssize_t pos, endpos;
    ssize_t lastindex;      /* -1: None */
    ssize_t groups;         /* pattern->groups + 1 (group 0 is the match) */
    ssize_t *offsets;       /* NULL, or 2 * groups byte offsets after mark */
    ssize_t mark[];         /* 2 * groups indices */
} TySreMatch;

extern TyType TySrePattern_Type, TySreMatch_Type;

/* The match st's last successful match or search found: new reference. */
TyObject *tySreMatch_new(TySrePattern *pattern, SreState *st);

/* `re` module's helper `name` called with args (re._subx, re._expand):
** new reference. */
TyObject *tySre_callRe(const char *name, TyObject *const *args, size_t nargs);

/* __copy__ and __deepcopy__(memo) of patterns and matches (immutable:
** themselves), their __class_getitem__ (a GenericAlias), and the setter
** of their read-only attributes (AttributeError).  New references. */
TyObject *tySre_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tySre_deepcopy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tySre_classGetitem(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames);
int tySre_readonly(TyObject *o, TyObject *value);

/* The `_sre` module: new reference.  Readies the module's types. */
TyObject *tySre_create(void);
/* Releases the module's static types (at exit, with the other static types). */
void tySre_fini(void);

#endif
