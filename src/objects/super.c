/*
** super.c — super(): attribute lookup that starts after a given class in
** an object's MRO.  The zero-argument form reads the enclosing method's
** first argument and its __class__ cell.
*/
#include "tally.h"
#include "vm.h"
#include "objects/class.h"
#include "objects/func.h"

typedef struct TySuper {
    TyObject ob;
    TyType *type;            /* the class super() was given (__thisclass__) */
    TyObject *obj;           /* the instance or class (__self__), or NULL */
    TyType *obj_type;        /* whose MRO is searched (__self_class__) */
} TySuper;

static void super_dealloc(TyObject *o)
{
    TySuper *s = (TySuper *)o;
    tyGC_untrack(o);
    TY_XDECREF(s->type);
    TY_XDECREF(s->obj);
    TY_XDECREF(s->obj_type);
    tyObj_free(o);
}

static int super_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySuper *s = (TySuper *)o;
    if (s->type && visit((TyObject *)s->type, arg))
        return 1;
    if (s->obj && visit(s->obj, arg))
        return 1;
    if (s->obj_type && visit((TyObject *)s->obj_type, arg))
        return 1;
    return 0;
}

static TyObject *super_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyType_genericAlloc(type, 0);
}

/* The type whose MRO super(type, obj) searches, or NULL with TypeError. */
static TyType *check_super(TyType *type, TyObject *obj)
{
    if (TY_TYPE_CHECK(obj) && tyType_isSubtype((TyType *)obj, type))
        return (TyType *)TY_NEWREF(obj);
    if (tyType_isSubtype(TY_TYPE(obj), type))
        return (TyType *)TY_NEWREF(TY_TYPE(obj));
    /* A proxy may claim the class through its __class__ attribute. */
    TyObject *cls;
    if (tyObj_lookupAttr(obj, TY_ID(__class__), &cls) < 0)
        return NULL;
    if (cls && TY_TYPE_CHECK(cls) && cls != (TyObject *)TY_TYPE(obj) && tyType_isSubtype((TyType *)cls, type))
        return (TyType *)cls;
    TY_XDECREF(cls);
    tyErr_setString(&TyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() with no arguments: the current frame's first argument and the
** class from its __class__ cell. */
static int super_from_frame(TyType **type_out, TyObject **obj_out)
{
    TyFrame *f = tyVM_currentFrame();
    if (!f || f->code->argcount == 0) {
        tyErr_setString(&TyExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    TyObject *first = f->localsplus[0];
    if (first && (f->code->localspluskinds[0] & TY_LOCAL_CELL) && TY_TYPE(first) == &TyCell_Type)
        first = TY_CELL_GET(first);
    if (!first) {
        tyErr_setString(&TyExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    TyCode *co = f->code;
    for (int i = co->nlocalsplus - co->nfrees; i < co->nlocalsplus; i++) {
        if (!tyStr_eqC(TY_TUPLE_GET(co->localsplusnames, i), "__class__"))
            continue;
        TyObject *cell = f->localsplus[i];
        TyObject *cls = cell ? TY_CELL_GET(cell) : NULL;
        if (!cls) {
            tyErr_setString(&TyExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!TY_TYPE_CHECK(cls)) {
            tyErr_format(&TyExc_RuntimeError, "super(): __class__ is not a type (%s)", tyType_name(TY_TYPE(cls)));
            return -1;
        }
        *type_out = (TyType *)cls;
        *obj_out = first;
        return 0;
    }
    tyErr_setString(&TyExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("super", kwnames) < 0 || tyArg_checkPositional("super", nargs, 0, 2) < 0)
        return -1;
    TyType *type;
    TyObject *obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0)
            return -1;
    } else {
        if (!TY_TYPE_CHECK(args[0])) {
            tyErr_format(&TyExc_TypeError, "super() argument 1 must be a type, not %s",
                         tyType_name(TY_TYPE(args[0])));
            return -1;
        }
        type = (TyType *)args[0];
        obj = nargs == 2 && args[1] != TY_NONE ? args[1] : NULL;
    }
    TyType *obj_type = NULL;
    if (obj) {
        obj_type = check_super(type, obj);
        if (!obj_type)
            return -1;
    }
    TySuper *s = (TySuper *)self;
    TY_XSETREF(s->type, (TyType *)TY_NEWREF(type));
    TY_XINCREF(obj);
    TY_XSETREF(s->obj, obj);
    TY_XSETREF(s->obj_type, obj_type);
    return 0;
}

static TyObject *super_getattro(TyObject *self, TyObject *name)
{
    TySuper *s = (TySuper *)self;
    /* A class still being made (its metaclass's mro() running) has no
    ** MRO to search yet. */
    if (s->obj_type && s->obj_type->mro && !tyStr_eqC(name, "__class__")) {
        /* Held: a key's __eq__ can assign __bases__ and free the MRO. */
        TyObject *mro = TY_NEWREF(s->obj_type->mro);
        ssize_t n = TY_TUPLE_LEN(mro), i;
        for (i = 0; i < n; i++)
            if (TY_TUPLE_GET(mro, i) == (TyObject *)s->type)
                break;
        TyObject *res = NULL;
        for (i++; i < n && !res; i++) {
            TyType *t = (TyType *)TY_TUPLE_GET(mro, i);
            res = t->dict ? tyDict_getItem(t->dict, name) : NULL;
            if (!res && tyErr_occurred()) {
                TY_DECREF(mro);
                return NULL;
            }
        }
        if (res) {
            TY_INCREF(res);
            TY_DECREF(mro);
            ty_descrgetfunc get = TY_TYPE(res)->descr_get;
            if (!get)
                return res;
            TyObject *obj = s->obj == (TyObject *)s->obj_type ? NULL : s->obj;
            TyObject *r = get(res, obj, (TyObject *)s->obj_type);
            TY_DECREF(res);
            return r;
        }
        TY_DECREF(mro);
    }
    return tyObj_genericGetAttr(self, name);
}

static TyObject *super_descr_get(TyObject *self, TyObject *obj, TyObject *type)
{
    TySuper *s = (TySuper *)self;
    if (!obj || s->obj)
        return TY_NEWREF(self);
    TyObject *args[2] = { (TyObject *)s->type, obj };
    return tyObj_call((TyObject *)TY_TYPE(self), args, 2, NULL);
}

static TyObject *super_repr(TyObject *o)
{
    TySuper *s = (TySuper *)o;
    if (s->obj_type)
        return tyStr_fromFormat("<super: <class '%s'>, <%s object>>", s->type ? tyType_name(s->type) : "NULL",
                                tyType_name(s->obj_type));
    return tyStr_fromFormat("<super: <class '%s'>, NULL>", s->type ? tyType_name(s->type) : "NULL");
}

static TyObject *or_none(TyObject *o) { return TY_NEWREF(o ? o : TY_NONE); }
static TyObject *get_thisclass(TyObject *o) { return or_none((TyObject *)((TySuper *)o)->type); }
static TyObject *get_self(TyObject *o) { return or_none(((TySuper *)o)->obj); }
static TyObject *get_self_class(TyObject *o) { return or_none((TyObject *)((TySuper *)o)->obj_type); }

static TyGetSetDef super_getset[] = {
    { "__thisclass__", get_thisclass, NULL, NULL },
    { "__self__", get_self, NULL, NULL },
    { "__self_class__", get_self_class, NULL, NULL },
    { NULL }
};

TyType TySuper_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "super",
    .basicsize = sizeof(TySuper),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattro,
    .descr_get = super_descr_get,
    .traverse = super_traverse,
    .tp_new = super_new,
    .tp_init = super_init,
    .getset = super_getset,
};
