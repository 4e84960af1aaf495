/*
** sys.h — the sys module, and two small object kinds other modules share:
** struct sequences (the named tuples of C code: sys.version_info,
** sys.flags, time.struct_time) and simple namespaces (sys.implementation).
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

/* ---- struct sequences ---------------------------------------------------- */

/*
** A struct sequence type: a tuple subtype whose first `nvisible` fields
** are the tuple's items and are also readable by name; fields from
** nvisible to nfields are attributes only (time.struct_time's tm_zone and
** tm_gmtoff).  Instances are immutable and cannot be subclassed.  The
** TyType comes first so that &x.type is the type object.
*/
typedef struct TyStructSeqType {
    TyType type;
    const char *const *fields;   /* nfields names */
    int nvisible;
    int nfields;
} TyStructSeqType;

/*
** Static initialiser for a struct sequence type named `tpname` ("sys.flags")
** with the fields in the array `fieldnames` (its first `visible` entries
** are in the tuple).  `constructible` gives the type CPython's
** structseq constructor, T(sequence, dict=None); otherwise calling the type
** raises "cannot create 'T' instances".
*/
#define TY_STRUCTSEQ_TYPE(tpname, fieldnames, visible, constructible)            \
    {                                                                            \
        .type = {                                                                \
            .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },                           \
            .name = (tpname),                                                    \
            .basicsize = sizeof(TyTuple),                                        \
            .itemsize = sizeof(TyObject *),                                      \
            .flags = TY_TPFLAG_GC,                                               \
            .base = &TyTuple_Type,                                               \
            .dealloc = tySys_structSeqDealloc,                                   \
            .traverse = tySys_structSeqTraverse,                                 \
            .repr = tySys_structSeqRepr,                                         \
            .getattr = tySys_structSeqGetAttr,                                   \
            .setattr = tySys_structSeqSetAttr,                                   \
            .tp_new = (constructible) ? tySys_structSeqConstruct : tySys_structSeqNoNew, \
        },                                                                       \
        .fields = (fieldnames),                                                  \
        .nvisible = (visible),                                                   \
        .nfields = (int)(sizeof(fieldnames) / sizeof((fieldnames)[0])),          \
    }

/* Ready a struct sequence type (idempotent): tyType_ready plus the class
** attributes n_fields, n_sequence_fields and n_unnamed_fields.  0 / -1. */
int tySys_structSeqReady(TyStructSeqType *t);
/* A new instance with every field NULL: fill each index below t->nfields
** with TY_TUPLE_SET (stealing) before anything else sees it.  New
** reference (tracked). */
TyObject *tySys_structSeqNew(TyStructSeqType *t);

/* The slots of every struct sequence type (used by TY_STRUCTSEQ_TYPE). */
void tySys_structSeqDealloc(TyObject *o);
int tySys_structSeqTraverse(TyObject *o, ty_visitproc visit, void *arg);
TyObject *tySys_structSeqRepr(TyObject *o);
TyObject *tySys_structSeqGetAttr(TyObject *o, TyObject *name);
int tySys_structSeqSetAttr(TyObject *o, TyObject *name, TyObject *value);
TyObject *tySys_structSeqConstruct(TyType *type, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames);
TyObject *tySys_structSeqNoNew(TyType *type, TyObject *const *args, size_t nargs,
                               TyObject *kwnames);

/* ---- simple namespaces --------------------------------------------------- */

/* types.SimpleNamespace: attributes in an instance dict, repr
** "namespace(a=1, b='x')". */
extern TyType TySysNamespace_Type;
/* An empty namespace: new reference. */
TyObject *tySys_namespaceNew(void);

#endif
