/*
** import.h — the import system: built-in modules, and .py modules found on
** sys.path, cached in sys.modules.
*/
#ifndef TY_IMPORT_H
#define TY_IMPORT_H

#include "object.h"

/* IMPORT_NAME: import `name` (dotted) relative to globals' package at
** `level`; returns the top-level package when fromlist is empty/None,
** else the named module.  New reference. */
TyObject *tyImport_importName(TyObject *name, TyObject *globals, TyObject *fromlist,
                              TyObject *level);
/* IMPORT_FROM: module.name, or the submodule module.name; ImportError
** "cannot import name 'x' from 'm' (path)".  New reference. */
TyObject *tyImport_importFrom(TyObject *module, TyObject *name);
/* IMPORT_STAR: copy the public names (or __all__) of module into locals. */
int tyImport_importStar(TyObject *module, TyObject *locals);
/* import name as a C string; new reference. */
TyObject *tyImport_importC(const char *name);
/* Raise ImportError(msg, name=modname, path=path); msg and modname are
** borrowed, path may be NULL.  Returns NULL. */
TyObject *tyImport_error(TyObject *msg, TyObject *modname, TyObject *path);
/* Read a whole file, or a zip archive's member: a tyMem_malloc'd buffer
** of *len bytes, or NULL with OSError (or the archive's error). */
char *tyImport_readFile(const char *path, size_t *len);
/* The code of the source file `path`, through the compiled-code cache
** (codecache.c) as an import reads it: new reference, or NULL with the
** file's OSError or the source's SyntaxError. */
TyObject *tyImport_sourceCode(const char *path);
/* Run Python source in module's namespace, as the built-in modules with
** a Python part do on first import; tracebacks name `filename`.  0, or
** -1 with the exception set. */
int tyImport_runSource(TyObject *module, const char *source, size_t len, const char *filename);

#endif
