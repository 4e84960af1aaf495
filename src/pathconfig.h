/*
** pathconfig.h — the folders of sys.path after the script's own, and the
** standard library folder they include (see pathconfig.c).
*/
#ifndef TY_PATHCONFIG_H
#define TY_PATHCONFIG_H

/* Receives one folder of the search path (a C string only valid during
** the call); 0, or -1 with an exception set to stop. */
typedef int (*TyPathAdder)(const char *dir, void *arg);

/* Pass each folder of the search path, in order, to add: TALLYPATH's,
** the standard library's, the site folders.  0 / -1 (add's failure). */
int tyPath_compute(TyPathAdder add, void *arg);

/* CPython 3.11's standard library folder: $TALLYSTDLIB unless -E/-I,
** else the one found at build time.  A static or environment string. */
const char *tyPath_stdlib(void);

/* When importing `modname` failed: the Debian package that would provide
** it, when it is a module of CPython's standard library (or, for test.*,
** of its test suite) and that library is missing from the library
** folder; else NULL. */
const char *tyPath_missingPackage(const char *modname);

#endif
