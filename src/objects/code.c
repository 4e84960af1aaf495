/*
** code.c — code objects (the compiler's output; see code.h).  They hold no
** references that can form a cycle, so they are not GC objects.
*/
#include "tally.h"
#include "objects/code.h"

int tyCode_line(TyCode *co, int lasti)
{
    if (lasti < 0 || lasti >= co->ncode)
        return co->firstlineno;
    int line = co->positions[lasti].line;
    return line > 0 ? line : co->firstlineno;
}

static void code_dealloc(TyObject *o)
{
    TyCode *co = (TyCode *)o;
    tyMem_free(co->code);
    tyMem_free(co->positions);
    tyMem_free(co->localspluskinds);
    tyMem_free(co->exctable);
    tyMem_free(co->caches);
    TY_XDECREF(co->consts);
    TY_XDECREF(co->names);
    TY_XDECREF(co->localsplusnames);
    TY_XDECREF(co->name);
    TY_XDECREF(co->qualname);
    TY_XDECREF(co->filename);
    tyObj_free(o);
}

static TyObject *code_repr(TyObject *o)
{
    TyCode *co = (TyCode *)o;
    return tyStr_fromFormat("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)o,
                            co->filename, co->firstlineno);
}

/* co_varnames / co_cellvars / co_freevars: the localsplus names of a kind
** (an argument that is also a cell is in both co_varnames and co_cellvars). */
static TyObject *names_of_kind(TyCode *co, uint8_t kind)
{
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    for (int i = 0; i < co->nlocalsplus; i++) {
        uint8_t k = co->localspluskinds[i];
        if ((k & kind) && tyList_append(list, TY_TUPLE_GET(co->localsplusnames, i)) < 0) {
            TY_DECREF(list);
            return NULL;
        }
    }
    TyObject *t = tyList_asTuple(list);
    TY_DECREF(list);
    return t;
}

#define CODE(o) ((TyCode *)(o))

static TyObject *get_name(TyObject *o) { return TY_NEWREF(CODE(o)->name); }
static TyObject *get_qualname(TyObject *o) { return TY_NEWREF(CODE(o)->qualname); }
static TyObject *get_filename(TyObject *o) { return TY_NEWREF(CODE(o)->filename); }
static TyObject *get_consts(TyObject *o) { return TY_NEWREF(CODE(o)->consts); }
static TyObject *get_names(TyObject *o) { return TY_NEWREF(CODE(o)->names); }
static TyObject *get_argcount(TyObject *o) { return tyInt_fromI64(CODE(o)->argcount); }
static TyObject *get_posonly(TyObject *o) { return tyInt_fromI64(CODE(o)->posonlyargcount); }
static TyObject *get_kwonly(TyObject *o) { return tyInt_fromI64(CODE(o)->kwonlyargcount); }
static TyObject *get_nlocals(TyObject *o) { return tyInt_fromI64(CODE(o)->nlocals); }
static TyObject *get_flags(TyObject *o) { return tyInt_fromI64(CODE(o)->flags); }
static TyObject *get_firstlineno(TyObject *o) { return tyInt_fromI64(CODE(o)->firstlineno); }
static TyObject *get_stacksize(TyObject *o) { return tyInt_fromI64(CODE(o)->stacksize); }
static TyObject *get_varnames(TyObject *o) { return names_of_kind(CODE(o), TY_LOCAL_PLAIN); }
static TyObject *get_cellvars(TyObject *o) { return names_of_kind(CODE(o), TY_LOCAL_CELL); }
static TyObject *get_freevars(TyObject *o) { return names_of_kind(CODE(o), TY_LOCAL_FREE); }

static TyGetSetDef code_getset[] = {
    { "co_name", get_name, NULL, NULL },
    { "co_qualname", get_qualname, NULL, NULL },
    { "co_filename", get_filename, NULL, NULL },
    { "co_consts", get_consts, NULL, NULL },
    { "co_names", get_names, NULL, NULL },
    { "co_argcount", get_argcount, NULL, NULL },
    { "co_posonlyargcount", get_posonly, NULL, NULL },
    { "co_kwonlyargcount", get_kwonly, NULL, NULL },
    { "co_nlocals", get_nlocals, NULL, NULL },
    { "co_flags", get_flags, NULL, NULL },
    { "co_firstlineno", get_firstlineno, NULL, NULL },
    { "co_stacksize", get_stacksize, NULL, NULL },
    { "co_varnames", get_varnames, NULL, NULL },
    { "co_cellvars", get_cellvars, NULL, NULL },
    { "co_freevars", get_freevars, NULL, NULL },
    { NULL }
};

TyType TyCode_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "code",
    .basicsize = sizeof(TyCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getset = code_getset,
};
