/*
** classmethod.c — classmethod(f): binds f to the class, whether looked up
** on the class or on an instance.
*/
#include "tally.h"
#include "objects/class.h"
#include "objects/func.h"

typedef struct TyClassMethod {
    TyObject ob;
    TyObject *func;
    TyObject *dict;
} TyClassMethod;

TyObject *tyClassMethod_new(TyObject *func)
{
    TyClassMethod *cm = (TyClassMethod *)tyType_genericAlloc(&TyClassMethod_Type, 0);
    if (!cm)
        return NULL;
    cm->func = TY_NEWREF(func);
    return (TyObject *)cm;
}

static TyObject *cm_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("classmethod", kwnames) < 0 ||
        tyArg_checkCount("classmethod", nargs, 1, 1) < 0)
        return NULL;
    TyClassMethod *cm = (TyClassMethod *)tyType_genericAlloc(type, 0);
    if (!cm)
        return NULL;
    cm->func = TY_NEWREF(args[0]);
    return (TyObject *)cm;
}

static int cm_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *f = ((TyClassMethod *)self)->func;
    return f ? tyFunction_copyWrapperAttrs(self, f) : 0;
}

static void cm_dealloc(TyObject *o)
{
    TyClassMethod *cm = (TyClassMethod *)o;
    tyGC_untrack(o);
    TY_XDECREF(cm->func);
    TY_XDECREF(cm->dict);
    tyObj_free(o);
}

static int cm_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyClassMethod *cm = (TyClassMethod *)o;
    if (cm->func && visit(cm->func, arg))
        return 1;
    return cm->dict ? visit(cm->dict, arg) : 0;
}

static int cm_clear(TyObject *o)
{
    TY_CLEAR(((TyClassMethod *)o)->func);
    TY_CLEAR(((TyClassMethod *)o)->dict);
    return 0;
}

static TyObject *cm_get(TyObject *self, TyObject *obj, TyObject *type)
{
    TyObject *f = ((TyClassMethod *)self)->func;
    if (!f)
        return tyErr_setString(&TyExc_RuntimeError, "uninitialized classmethod object");
    if (!type)
        type = (TyObject *)TY_TYPE(obj);
    /* 3.9+: a classmethod around a descriptor chains through its __get__. */
    ty_descrgetfunc get = TY_TYPE(f)->descr_get;
    if (get && !TY_FUNCTION_CHECK(f))
        return get(f, type, type);
    return tyMethod_new(f, type);
}

static TyObject *cm_repr(TyObject *o)
{
    return tyStr_fromFormat("<classmethod(%R)>", ((TyClassMethod *)o)->func);
}

static TyObject *cm_get_func(TyObject *o)
{
    return TY_NEWREF(((TyClassMethod *)o)->func);
}

/* __name__, __doc__ ... come from the wrapped function (3.10+). */
static TyObject *cm_getattr(TyObject *o, TyObject *name)
{
    TyObject *r = tyObj_genericGetAttr(o, name);
    if (r || !tyErr_exceptionMatches(&TyExc_AttributeError))
        return r;
    if (!tyStr_eqC(name, "__name__") && !tyStr_eqC(name, "__qualname__") && !tyStr_eqC(name, "__doc__") &&
        !tyStr_eqC(name, "__module__"))
        return NULL;
    tyErr_clear();
    return tyObj_getAttr(((TyClassMethod *)o)->func, name);
}

/* __isabstractmethod__: the wrapped callable's (abc.abstractmethod). */
static TyObject *cm_get_isabstract(TyObject *o)
{
    return tyFunc_isAbstract(((TyClassMethod *)o)->func);
}

static TyObject *cm_get_dict(TyObject *o)
{
    return tyFunction_wrapperDict(&((TyClassMethod *)o)->dict);
}

static TyGetSetDef cm_getset[] = {
    { "__func__", cm_get_func, NULL, NULL },
    { "__isabstractmethod__", cm_get_isabstract, NULL, NULL },
    { "__wrapped__", cm_get_func, NULL, NULL },
    { "__dict__", cm_get_dict, NULL, NULL },
    { NULL }
};

TyType TyClassMethod_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "classmethod",
    .basicsize = sizeof(TyClassMethod),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_TUPLE_CALL,
    .dealloc = cm_dealloc,
    .repr = cm_repr,
    .getattr = cm_getattr,
    .descr_get = cm_get,
    .traverse = cm_traverse,
    .clear = cm_clear,
    .tp_new = cm_new,
    .tp_init = cm_init,
    .getset = cm_getset,
    .dictoffset = offsetof(TyClassMethod, dict),
};
