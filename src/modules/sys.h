/*
** sys.h — the sys module, and the simple namespaces other modules share
** (sys.implementation).
*/
#ifndef TY_SYS_H
#define TY_SYS_H

#include "../object.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/*
** The sys module (new reference).  argv[0..argc) become sys.argv ([''] when
** argc is 0, as for the REPL); sys.orig_argv is the whole command line of
** the process; sys.modules is ty_state.modules (made here if the caller
** has not made it); sys.path starts as pathconfig.c's folders
** (tySys_setPath0 then puts the script's folder, or '', in front).  The caller stores the result in
** ty_state.sys.
*/
TyObject *tySys_create(int argc, char **argv);

/* Put dir (the running script's folder, or "" for -c, stdin and the
** prompt) in front of sys.path, unless -P/-I asks for a safe path.  0, or
** -1 with an exception. */
int tySys_setPath0(const char *dir);
/* Start-up's warning options, as CPython's config gives them to
** sys.warnoptions: PYTHONWARNINGS (comma-separated; not under -E or -I),
** then the n -W options in order.  When there are any, the warnings
** module is imported, which applies them.  0 / -1 with an exception. */
int tySys_addWarnOptions(const char *const *opts, int n);
/* The n -X options into sys._xoptions: "name=value" as name -> value,
** "name" as name -> True.  0 / -1 with an exception. */
int tySys_addXOptions(const char *const *opts, int n);
/* Put dir in front of sys.path whatever the flags: a directory or zip run
** as the program is always importable, even under -P (CPython's
** main_importer_path).  0, or -1 with an exception. */
int tySys_insertPath0(const char *dir);

/* Releases the static types of sys (at exit, after the module is gone). */
void tySys_fini(void);

/* Whether hook is the sys.unraisablehook this module installs, which
** tyErr_writeUnraisable may then skip calling. */
bool tySys_isDefaultUnraisableHook(TyObject *hook);

/* New reference: the UnraisableHookArgs for exc (its type, itself, its
** traceback), err_msg and obj (NULL meaning None); NULL on failure. */
TyObject *tySys_unraisableHookArgs(TyObject *exc, TyObject *err_msg, TyObject *obj);

/* ---- simple namespaces --------------------------------------------------- */

/* types.SimpleNamespace: attributes in an instance dict, repr
** "namespace(a=1, b='x')". */
extern TyType TySysNamespace_Type;
/* An empty namespace: new reference. */
TyObject *tySys_namespaceNew(void);

#endif
