/*
** cell.c — cells: the boxes that hold variables shared between a function
** and the functions nested in it.
*/
#include "tally.h"
#include "objects/func.h"

TyObject *tyCell_new(TyObject *ref)
{
    TyCell *c = (TyCell *)tyGC_alloc(&TyCell_Type);
    if (!c)
        return NULL;
    c->ref = ref ? TY_NEWREF(ref) : NULL;
    tyGC_track((TyObject *)c);
    return (TyObject *)c;
}

static void cell_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_XDECREF(((TyCell *)o)->ref);
    tyObj_free(o);
}

static int cell_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *ref = ((TyCell *)o)->ref;
    return ref ? visit(ref, arg) : 0;
}

static int cell_clear(TyObject *o)
{
    TY_CLEAR(((TyCell *)o)->ref);
    return 0;
}

static TyObject *cell_repr(TyObject *o)
{
    TyObject *ref = ((TyCell *)o)->ref;
    if (!ref)
        return tyStr_fromFormat("<cell at %p: empty>", (void *)o);
    return tyStr_fromFormat("<cell at %p: %s object at %p>", (void *)o, tyType_name(TY_TYPE(ref)),
                            (void *)ref);
}

static TyObject *cell_get_contents(TyObject *o)
{
    TyObject *ref = ((TyCell *)o)->ref;
    if (!ref)
        return tyErr_setString(&TyExc_ValueError, "Cell is empty");
    return TY_NEWREF(ref);
}

static int cell_set_contents(TyObject *o, TyObject *v)
{
    TY_XINCREF(v);
    TY_XSETREF(((TyCell *)o)->ref, v);
    return 0;
}

static TyObject *cell_richcompare(TyObject *a, TyObject *b, int op)
{
    if (TY_TYPE(b) != &TyCell_Type)
        return TY_NEWREF(TY_NOTIMPL);
    TyObject *x = ((TyCell *)a)->ref, *y = ((TyCell *)b)->ref;
    if (x && y)
        return tyObj_richCompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    bool r;
    switch (op) {
    case TY_LT: r = c < 0; break;
    case TY_LE: r = c <= 0; break;
    case TY_EQ: r = c == 0; break;
    case TY_NE: r = c != 0; break;
    case TY_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return tyBool_from(r);
}

/* types.CellType(contents=<empty>, /): a cell, empty without an argument. */
static TyObject *cell_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)type;
    if (tyArg_noKeywords("cell", kwnames) < 0 || tyArg_checkPositional("cell", nargs, 0, 1) < 0)
        return NULL;
    return tyCell_new(nargs ? args[0] : NULL);
}

static TyGetSetDef cell_getset[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL },
    { NULL }
};

TyType TyCell_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "cell",
    .basicsize = sizeof(TyCell),
    .flags = TY_TPFLAG_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
    .tp_new = cell_new,
};
