/*
** structseq.c — struct sequences, the named tuples C code returns
** (sys.version_info, sys.flags, time.struct_time, os.stat_result): tuple
** subtypes whose fields are also readable by name (see structseq.h).
*/
#include "tally.h"
#include "objects/structseq.h"
#include "objects/member.h"

#define STRUCTSEQ(o) ((TyStructSeqType *)TY_TYPE(o))

static int set_type_int(TyType *t, const char *name, int64_t v)
{
    TyObject *o = tyInt_fromI64(v);
    if (!o)
        return -1;
    int r = tyDict_setItemStr(t->dict, name, o);
    TY_DECREF(o);
    return r;
}

/* Each field name becomes a read-only member descriptor of the type, as
** in CPython (dir() lists them; T.name is a member_descriptor).  A name
** given twice reads its last field: os.stat_result labels its int times
** like the float fields that follow, which are what the names read. */
static int add_field_members(TyStructSeqType *t)
{
    for (int i = 0; i < t->nfields; i++) {
        ssize_t offset = (ssize_t)(offsetof(TyTuple, items) + (size_t)i * sizeof(TyObject *));
        TyObject *d = tyMemberDescr_newReadonly(&t->type, t->fields[i], offset);
        int r = d ? tyDict_setItemStr(t->type.dict, t->fields[i], d) : -1;
        TY_XDECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

int tyStructSeq_ready(TyStructSeqType *t)
{
    if (t->type.flags & TY_TPFLAG_READY)
        return 0;
    if (tyType_ready(&t->type) < 0 || add_field_members(t) < 0 ||
        set_type_int(&t->type, "n_fields", t->nfields) < 0 ||
        set_type_int(&t->type, "n_sequence_fields", t->nvisible) < 0 ||
        set_type_int(&t->type, "n_unnamed_fields", 0) < 0)
        return -1;
    return 0;
}

TyObject *tyStructSeq_new(TyStructSeqType *t)
{
    TyObject *o = tyGC_allocVar(&t->type, t->nfields);
    if (!o)
        return NULL;
    TY_SIZE(o) = t->nvisible;
    tyGC_track(o);
    return o;
}

void tyStructSeq_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    for (int i = STRUCTSEQ(o)->nfields - 1; i >= 0; i--)
        TY_XDECREF(TY_TUPLE_GET(o, i));
    tyObj_free(o);
}

int tyStructSeq_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    for (int i = 0; i < STRUCTSEQ(o)->nfields; i++) {
        TyObject *item = TY_TUPLE_GET(o, i);
        if (item && visit(item, arg))
            return 1;
    }
    return 0;
}

/* "sys.version_info(major=3, minor=11, ...)": the tuple part only. */
TyObject *tyStructSeq_repr(TyObject *o)
{
    TyStructSeqType *t = STRUCTSEQ(o);
    if (tyObj_enterRecursiveCall(" while getting the repr of an object") < 0)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    int r = tyBuf_appendC(&b, t->type.name) | tyBuf_appendChar(&b, '(');
    for (ssize_t i = 0; r == 0 && i < TY_SIZE(o); i++) {
        if (i > 0)
            r = tyBuf_append(&b, ", ", 2);
        if (r == 0)
            r = tyBuf_appendFormat(&b, "%s=", t->fields[i]);
        if (r == 0)
            r = tyBuf_appendRepr(&b, TY_TUPLE_GET(o, i));
    }
    if (r == 0)
        r = tyBuf_appendChar(&b, ')');
    tyObj_leaveRecursiveCall();
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

TyObject *tyStructSeq_noNew(TyType *type, TyObject *const *args, size_t nargs,
                               TyObject *kwnames)
{
    return tyErr_format(&TyExc_TypeError, "cannot create '%s' instances", type->name);
}

/* T(sequence, dict=None): the visible fields from the sequence, the
** others from the sequence's extra items, then from dict, else None. */
TyObject *tyStructSeq_construct(TyType *type, TyObject *const *args, size_t nargs,
                                   TyObject *kwnames)
{
    static const char *const names[] = { "sequence", "dict", NULL };
    TyObject *a[2];
    if (tyArg_unpack("structseq", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyStructSeqType *t = (TyStructSeqType *)type;
    TyObject *dict = a[1] == TY_NONE ? NULL : a[1];
    if (dict && !TY_DICT_CHECK(dict))
        return tyErr_format(&TyExc_TypeError, "%s() takes a dict as second arg, if any", type->name);
    TyObject *seq = tyList_fromIterable(a[0]);
    if (!seq) {
        if (tyErr_exceptionMatches(&TyExc_TypeError)) {
            tyErr_clear();
            tyErr_setString(&TyExc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    ssize_t n = TY_LIST_LEN(seq);
    if (n < t->nvisible || n > t->nfields) {
        const char *how = t->nvisible == t->nfields ? "a" : n < t->nvisible ? "an at least" : "an at most";
        int want = n < t->nvisible ? t->nvisible : t->nfields;
        tyErr_format(&TyExc_TypeError, "%s() takes %s %d-sequence (%zd-sequence given)", type->name,
                     how, want, n);
        TY_DECREF(seq);
        return NULL;
    }
    TyObject *o = tyStructSeq_new(t);
    if (!o) {
        TY_DECREF(seq);
        return NULL;
    }
    for (int i = 0; i < t->nfields; i++) {
        TyObject *v = NULL;
        if (i < n) {
            v = TY_LIST_GET(seq, i);
        } else if (dict) {
            v = tyDict_getItemStr(dict, t->fields[i]);
            if (!v && tyErr_occurred()) {
                TY_DECREF(seq);
                TY_DECREF(o);
                return NULL;
            }
        }
        TY_TUPLE_SET(o, i, TY_NEWREF(v ? v : TY_NONE));
    }
    TY_DECREF(seq);
    return o;
}

/* __reduce__: (type, (visible fields as a tuple, {name: value} of the
** others)), which the type's constructor takes back, as CPython's. */
static TyObject *structseq_reduce(TyObject *o, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__reduce__", kwnames) < 0 || tyArg_checkPositional("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyStructSeqType *t = STRUCTSEQ(o);
    TyObject *visible = tyTuple_new(t->nvisible);
    for (int i = 0; visible && i < t->nvisible; i++)
        TY_TUPLE_SET(visible, i, TY_NEWREF(TY_TUPLE_GET(o, i)));
    TyObject *hidden = visible ? tyDict_new() : NULL;
    for (int i = t->nvisible; hidden && i < t->nfields; i++) {
        TyObject *v = TY_TUPLE_GET(o, i);
        if (tyDict_setItemStr(hidden, t->fields[i], v ? v : TY_NONE) < 0)
            TY_CLEAR(hidden);
    }
    TyObject *cargs = hidden ? tyTuple_pack(2, visible, hidden) : NULL;
    TyObject *r = cargs ? tyTuple_pack(2, (TyObject *)TY_TYPE(o), cargs) : NULL;
    TY_XDECREF(visible);
    TY_XDECREF(hidden);
    TY_XDECREF(cargs);
    return r;
}

TyMethodDef tyStructSeq_methods[] = {
    { "__reduce__", structseq_reduce, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL }
};

TyObject *tyStructSeq_fromValues(TyStructSeqType *t, TyObject **values)
{
    TyObject *o = NULL;
    bool ok = true;
    for (int i = 0; i < t->nfields; i++)
        ok = ok && values[i];
    if (ok && tyStructSeq_ready(t) == 0)
        o = tyStructSeq_new(t);
    for (int i = 0; i < t->nfields; i++) {
        if (o)
            TY_TUPLE_SET(o, i, values[i]);
        else
            TY_XDECREF(values[i]);
    }
    return o;
}
