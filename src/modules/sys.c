/*
** sys.c — the sys module: the interpreter's parameters (argv, path,
** version, limits), its standard streams, and the functions that look into
** the running interpreter (getrefcount, exc_info, getsizeof, ...).
**
** Also here, because sys is their first user: struct sequences, the named
** tuples C code returns (sys.version_info, sys.flags, time.struct_time),
** and the simple namespace behind sys.implementation.
**
** tally reports CPython's version (TY_PYTHON_VERSION) in sys.version and
** sys.version_info, since that is the language it follows, and its own in
** sys.implementation.
*/
#include <float.h>
#include <limits.h>
#include <unistd.h>
#include "tally.h"
#include "modules/sys.h"
#include "objects/textio.h"

/* ---- struct sequences ---------------------------------------------------------- */

#define STRUCTSEQ(o) ((TyStructSeqType *)TY_TYPE(o))

int tySys_structSeqReady(TyStructSeqType *t)
{
    if (t->type.flags & TY_TPFLAG_READY)
        return 0;
    if (tyType_ready(&t->type) < 0)
        return -1;
    TyObject *d = t->type.dict;
    TyObject *nf = tyInt_fromI64(t->nfields);
    TyObject *ns = tyInt_fromI64(t->nvisible);
    int r = (nf && ns && tyDict_setItemStr(d, "n_fields", nf) == 0 &&
             tyDict_setItemStr(d, "n_sequence_fields", ns) == 0 &&
             tyDict_setItemStr(d, "n_unnamed_fields", TY_TUPLE_GET(ty_zero_tuple_holder(), 0)) == 0)
                ? 0 : -1;
    TY_XDECREF(nf);
    TY_XDECREF(ns);
    return r;
}
