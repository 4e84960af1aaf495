/*
** structseq.h — struct sequences: the named tuples of C code.
*/
#ifndef TY_STRUCTSEQ_H
#define TY_STRUCTSEQ_H

#include "../object.h"
#include "tuple.h"
#include "type.h"

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
            .dealloc = tyStructSeq_dealloc,                                   \
            .traverse = tyStructSeq_traverse,                                 \
            .repr = tyStructSeq_repr,                                         \
            .tp_new = (constructible) ? tyStructSeq_construct : tyStructSeq_noNew, \
            .methods = tyStructSeq_methods,                                      \
        },                                                                       \
        .fields = (fieldnames),                                                  \
        .nvisible = (visible),                                                   \
        .nfields = (int)(sizeof(fieldnames) / sizeof((fieldnames)[0])),          \
    }

/* Ready a struct sequence type (idempotent): tyType_ready plus the class
** attributes n_fields, n_sequence_fields and n_unnamed_fields.  0 / -1. */
int tyStructSeq_ready(TyStructSeqType *t);
/* A new instance with every field NULL: fill each index below t->nfields
** with TY_TUPLE_SET (stealing) before anything else sees it.  New
** reference (tracked). */
TyObject *tyStructSeq_new(TyStructSeqType *t);
/* A new instance of t from its t->nfields values (stolen; a NULL entry,
** from a failed constructor, fails it: then every value is released and
** NULL returned with the pending exception). */
TyObject *tyStructSeq_fromValues(TyStructSeqType *t, TyObject **values);

/* The slots and methods of every struct sequence type (used by
** TY_STRUCTSEQ_TYPE). */
extern TyMethodDef tyStructSeq_methods[];
void tyStructSeq_dealloc(TyObject *o);
int tyStructSeq_traverse(TyObject *o, ty_visitproc visit, void *arg);
TyObject *tyStructSeq_repr(TyObject *o);
TyObject *tyStructSeq_construct(TyType *type, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames);
TyObject *tyStructSeq_noNew(TyType *type, TyObject *const *args, size_t nargs,
                               TyObject *kwnames);

#endif
