/*
** member.c — member_descriptor, the descriptor each __slots__ name becomes.
*/
#include "tally.h"
#include "objects/member.h"

typedef struct TyMemberDescr {
    TyObject ob;
    TyType *owner;           /* borrowed: the class owns its dict, which owns this */
    TyObject *name;
    ssize_t offset;
    const TyGetSetDef *def;  /* a built-in type's member: computes the value; else NULL */
    bool readonly;
} TyMemberDescr;

TyObject *tyMemberDescr_new(TyType *owner, TyObject *name, ssize_t offset)
{
    TyMemberDescr *d = (TyMemberDescr *)tyObj_alloc(&TyMemberDescr_Type);
    if (!d)
        return NULL;
    d->owner = owner;
    d->name = TY_NEWREF(name);
    d->offset = offset;
    d->def = NULL;
    d->readonly = false;
    return (TyObject *)d;
}

TyObject *tyMemberDescr_newReadonly(TyType *owner, const char *name, ssize_t offset)
{
    TyObject *s = tyStr_internC(name);
    TyObject *d = s ? tyMemberDescr_new(owner, s, offset) : NULL;
    TY_XDECREF(s);
    if (d)
        ((TyMemberDescr *)d)->readonly = true;
    return d;
}

TyObject *tyMemberDescr_fromGetSet(TyType *owner, const TyGetSetDef *def)
{
    TyObject *name = tyStr_fromCStr(def->name);
    TyObject *d = name ? tyMemberDescr_new(owner, name, 0) : NULL;
    TY_XDECREF(name);
    if (d)
        ((TyMemberDescr *)d)->def = def;
    return d;
}

static void member_dealloc(TyObject *o)
{
    TY_DECREF(((TyMemberDescr *)o)->name);
    tyObj_free(o);
}

static int check_instance(TyMemberDescr *d, TyObject *obj)
{
    if (tyType_isSubtype(TY_TYPE(obj), d->owner))
        return 0;
    tyErr_format(&TyExc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name,
                 tyType_name(d->owner), tyType_name(TY_TYPE(obj)));
    return -1;
}

static TyObject *member_get(TyObject *self, TyObject *obj, TyObject *type)
{
    TyMemberDescr *d = (TyMemberDescr *)self;
    if (!obj)
        return TY_NEWREF(self);
    if (check_instance(d, obj) < 0)
        return NULL;
    if (d->def)
        return d->def->get(obj);
    TyObject *v = *(TyObject **)tyObj_fieldPtr(obj, d->offset);
    if (!v)
        return tyErr_format(&TyExc_AttributeError, "'%s' object has no attribute '%U'",
                            tyType_name(TY_TYPE(obj)), d->name);
    return TY_NEWREF(v);
}

static int member_set(TyObject *self, TyObject *obj, TyObject *value)
{
    TyMemberDescr *d = (TyMemberDescr *)self;
    if (check_instance(d, obj) < 0)
        return -1;
    if (d->readonly || (d->def && !d->def->set)) {
        tyErr_setString(&TyExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (d->def)
        return d->def->set(obj, value);
    TyObject **slot = tyObj_fieldPtr(obj, d->offset);
    if (!value && !*slot) {
        tyErr_setObject(&TyExc_AttributeError, d->name);
        return -1;
    }
    TY_XINCREF(value);
    TY_XSETREF(*slot, value);
    return 0;
}

static TyObject *member_repr(TyObject *o)
{
    TyMemberDescr *d = (TyMemberDescr *)o;
    return tyStr_fromFormat("<member %R of '%s' objects>", d->name, tyType_name(d->owner));
}

static TyObject *member_get_name(TyObject *o)
{
    return TY_NEWREF(((TyMemberDescr *)o)->name);
}

/* A built-in member's doc string, else None. */
static TyObject *member_get_doc(TyObject *o)
{
    const TyGetSetDef *def = ((TyMemberDescr *)o)->def;
    return def && def->doc ? tyStr_fromCStr(def->doc) : TY_NEWREF(TY_NONE);
}

/* The owner's __qualname__ and the name, as CPython's descriptors show. */
static TyObject *member_get_qualname(TyObject *o)
{
    TyMemberDescr *d = (TyMemberDescr *)o;
    TyObject *q = tyObj_getAttr((TyObject *)d->owner, TY_ID(__qualname__));
    TyObject *r = q ? tyStr_fromFormat("%S.%S", q, d->name) : NULL;
    TY_XDECREF(q);
    return r;
}

static TyObject *member_get_objclass(TyObject *o)
{
    return TY_NEWREF(((TyMemberDescr *)o)->owner);
}

static TyGetSetDef member_getset[] = {
    { "__name__", member_get_name, NULL, NULL },
    { "__qualname__", member_get_qualname, NULL, NULL },
    { "__objclass__", member_get_objclass, NULL, NULL },
    { "__doc__", member_get_doc, NULL, NULL },
    { NULL }
};

TyType TyMemberDescr_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "member_descriptor",
    .basicsize = sizeof(TyMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};
