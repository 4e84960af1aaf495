/*
** staticmethod.c — staticmethod(f): returns f itself from either the class
** or an instance.
*/
#include "tally.h"
#include "objects/class.h"
#include "objects/func.h"

typedef struct TyStaticMethod {
    TyObject ob;
    TyObject *func;
    TyObject *dict;
} TyStaticMethod;

TyObject *tyStaticMethod_new(TyObject *func)
{
    TyStaticMethod *sm = (TyStaticMethod *)tyType_genericAlloc(&TyStaticMethod_Type, 0);
    if (!sm)
        return NULL;
    sm->func = TY_NEWREF(func);
    return (TyObject *)sm;
}

static TyObject *sm_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("staticmethod", kwnames) < 0 ||
        tyArg_checkCount("staticmethod", nargs, 1, 1) < 0)
        return NULL;
    TyStaticMethod *sm = (TyStaticMethod *)tyType_genericAlloc(type, 0);
    if (!sm)
        return NULL;
    sm->func = TY_NEWREF(args[0]);
    return (TyObject *)sm;
}

static int sm_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *f = ((TyStaticMethod *)self)->func;
    return f ? tyFunction_copyWrapperAttrs(self, f) : 0;
}

static void sm_dealloc(TyObject *o)
{
    TyStaticMethod *sm = (TyStaticMethod *)o;
    tyGC_untrack(o);
    TY_XDECREF(sm->func);
    TY_XDECREF(sm->dict);
    tyObj_free(o);
}

static int sm_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyStaticMethod *sm = (TyStaticMethod *)o;
    if (sm->func && visit(sm->func, arg))
        return 1;
    return sm->dict ? visit(sm->dict, arg) : 0;
}

static int sm_clear(TyObject *o)
{
    TY_CLEAR(((TyStaticMethod *)o)->func);
    TY_CLEAR(((TyStaticMethod *)o)->dict);
    return 0;
}

static TyObject *sm_get(TyObject *self, TyObject *obj, TyObject *type)
{
    TyObject *f = ((TyStaticMethod *)self)->func;
    if (!f)
        return tyErr_setString(&TyExc_RuntimeError, "uninitialized staticmethod object");
    return TY_NEWREF(f);
}

static TyObject *sm_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyObj_call(((TyStaticMethod *)self)->func, args, nargs, kwnames);
}

static TyObject *sm_repr(TyObject *o)
{
    return tyStr_fromFormat("<staticmethod(%R)>", ((TyStaticMethod *)o)->func);
}

static TyObject *sm_get_func(TyObject *o)
{
    return TY_NEWREF(((TyStaticMethod *)o)->func);
}

/* __name__, __doc__ ... come from the wrapped function (3.10+). */
static TyObject *sm_getattr(TyObject *o, TyObject *name)
{
    TyObject *r = tyObj_genericGetAttr(o, name);
    if (r || !tyErr_exceptionMatches(&TyExc_AttributeError))
        return r;
    if (!tyStr_eqC(name, "__name__") && !tyStr_eqC(name, "__qualname__") && !tyStr_eqC(name, "__doc__") &&
        !tyStr_eqC(name, "__module__"))
        return NULL;
    tyErr_clear();
    return tyObj_getAttr(((TyStaticMethod *)o)->func, name);
}

/* __isabstractmethod__: the wrapped callable's (abc.abstractmethod). */
static TyObject *sm_get_isabstract(TyObject *o)
{
    return tyFunc_isAbstract(((TyStaticMethod *)o)->func);
}

static TyObject *sm_get_dict(TyObject *o)
{
    return tyFunction_wrapperDict(&((TyStaticMethod *)o)->dict);
}

static TyGetSetDef sm_getset[] = {
    { "__func__", sm_get_func, NULL, NULL },
    { "__isabstractmethod__", sm_get_isabstract, NULL, NULL },
    { "__wrapped__", sm_get_func, NULL, NULL },
    { "__dict__", sm_get_dict, NULL, NULL },
    { NULL }
};

TyType TyStaticMethod_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "staticmethod",
    .basicsize = sizeof(TyStaticMethod),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE | TY_TPFLAG_TUPLE_CALL,
    .dealloc = sm_dealloc,
    .repr = sm_repr,
    .call = sm_call,
    .getattr = sm_getattr,
    .descr_get = sm_get,
    .traverse = sm_traverse,
    .clear = sm_clear,
    .tp_new = sm_new,
    .tp_init = sm_init,
    .getset = sm_getset,
    .dictoffset = offsetof(TyStaticMethod, dict),
};
