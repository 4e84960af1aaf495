/*
** codecache.h — the compiled-code cache of imported modules (see
** codecache.c for where the files live and what makes one valid).
*/
#ifndef TY_CODECACHE_H
#define TY_CODECACHE_H

#include <sys/stat.h>
#include "object.h"

/* The cached code of the source file `path`, whose stat is *st: a new
** reference, or NULL with no exception set when there is no valid cache. */
TyObject *tyCache_load(const char *path, const struct stat *st);

/* Cache `code`, compiled from the source `path` whose stat is *st (taken
** before reading it).  Failures are ignored: the cache is an optimisation. */
void tyCache_store(const char *path, const struct stat *st, TyObject *code);

#endif
