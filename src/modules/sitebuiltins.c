/*
** sitebuiltins.c — `exit`, `quit` and `help`, the builtins CPython's site
** module adds (Lib/_sitebuiltins.py), and the `_sitebuiltins` module that
** holds their classes.
**
** They are objects, not functions, so that typing the bare name at the
** prompt prints how to use it: repr(exit) is "Use exit() or Ctrl-D (i.e.
** EOF) to exit".  help(obj) prints a plain-text page about obj; the
** Python that writes it (src/modules/sitebuiltins.py) runs the first time
** help is called, so start-up does not pay for it.
*/
#include "tally.h"
#include "import.h"
#include "modules/sitebuiltins.h"

/* ---- Quitter: exit and quit ------------------------------------------- */

typedef struct Quitter {
    TyObject ob;
    TyObject *name;      /* "exit" or "quit" */
    TyObject *eof;       /* how to type end of input */
} Quitter;

#define QUITTER(o) ((Quitter *)(o))

static void quitter_dealloc(TyObject *o)
{
    TY_XDECREF(QUITTER(o)->name);
    TY_XDECREF(QUITTER(o)->eof);
    tyObj_free(o);
}

static TyObject *quitter_repr(TyObject *o)
{
    return tyStr_fromFormat("Use %U() or %U to exit", QUITTER(o)->name, QUITTER(o)->eof);
}

/* exit(code=None): close sys.stdin, then raise SystemExit(code), as
** CPython's Quitter does (a shell reading stdin sees it closed). */
static TyObject *quitter_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    size_t nkw = kwnames ? (size_t)TY_TUPLE_LEN(kwnames) : 0;
    if (nkw > 1 || (nkw == 1 && !tyStr_eqC(TY_TUPLE_GET(kwnames, 0), "code")))
        return tyErr_format(&TyExc_TypeError, "%U() got an unexpected keyword argument '%U'",
                            QUITTER(self)->name, TY_TUPLE_GET(kwnames, nkw - 1));
    if (nargs + nkw > 1)
        return tyErr_format(&TyExc_TypeError, "%U() takes from 1 to 2 positional arguments but %zu were given",
                            QUITTER(self)->name, nargs + nkw + 1);
    TyObject *in = tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stdin));
    TyObject *closed = in ? tyObj_callMethod(in, TY_ID(close), NULL, 0) : NULL;
    TY_XDECREF(closed);
    tyErr_clear();
    return tyErr_setObject(&TyExc_SystemExit, nargs + nkw ? args[0] : NULL);
}

static TyObject *quitter_get_name(TyObject *o) { return TY_NEWREF(QUITTER(o)->name); }
static TyObject *quitter_get_eof(TyObject *o) { return TY_NEWREF(QUITTER(o)->eof); }

static TyGetSetDef quitter_getset[] = {
    { "name", quitter_get_name, NULL, NULL },
    { "eof", quitter_get_eof, NULL, NULL },
    { NULL }
};

static TyType Quitter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(Quitter),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
    .getset = quitter_getset,
};

static TyObject *quitter_new(const char *name)
{
    Quitter *q = (Quitter *)tyObj_alloc(&Quitter_Type);
    if (!q)
        return NULL;
    q->name = tyStr_fromCStr(name);
    q->eof = tyStr_fromCStr("Ctrl-D (i.e. EOF)");
    if (!q->name || !q->eof) {
        TY_DECREF(q);
        return NULL;
    }
    return (TyObject *)q;
}

/* ---- _Helper: help ---------------------------------------------------- */

static TyObject *helper_repr(TyObject *o)
{
    (void)o;
    return tyStr_fromCStr("Type help() for interactive help, or help(object) for help about object.");
}

/* help(...): sitebuiltins.py's help(), with the same arguments. */
static TyObject *helper_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)self;
    TyObject *m = tyImport_importC("_sitebuiltins");
    TyObject *fn = m ? tyObj_getAttrStr(m, "_help") : NULL;
    TY_XDECREF(m);
    if (!fn)
        return NULL;
    TyObject *r = tyObj_call(fn, args, nargs, kwnames);
    TY_DECREF(fn);
    return r;
}

static TyType Helper_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(TyObject),
    .dealloc = tyObj_free,
    .repr = helper_repr,
    .call = helper_call,
};

/* ---- the module ------------------------------------------------------- */

/* src/modules/sitebuiltins.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/sitebuiltins_py.h"
    ;

static TyType *const module_types[] = { &Quitter_Type, &Helper_Type };

static int ready_types(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return -1;
    return 0;
}

TyObject *tySitebuiltins_create(void)
{
    if (ready_types() < 0)
        return NULL;
    TyObject *m = tyModule_new("_sitebuiltins", NULL);
    if (!m)
        return NULL;
    if (tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyModule_addObject(m, "Quitter", (TyObject *)&Quitter_Type) < 0 ||
        tyModule_addObject(m, "_Helper", (TyObject *)&Helper_Type) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<_sitebuiltins>") < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

int tySitebuiltins_install(TyObject *builtins_dict)
{
    if (ready_types() < 0)
        return -1;
    TyObject *objs[3] = { quitter_new("exit"), quitter_new("quit"), tyObj_alloc(&Helper_Type) };
    static const char *const names[3] = { "exit", "quit", "help" };
    int r = 0;
    for (int i = 0; i < 3; i++) {
        if (!objs[i] || tyDict_setItemStr(builtins_dict, names[i], objs[i]) < 0)
            r = -1;
        TY_XDECREF(objs[i]);
    }
    return r;
}

void tySitebuiltins_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
