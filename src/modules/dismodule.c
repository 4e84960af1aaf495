/*
** dismodule.c — the `dis` module, for tally's own bytecode (CPython's
** dis.py reads CPython's bytecode, which tally does not have).  dis(),
** disassemble() and findlinestarts() take what CPython's take and print
** the listing `tally --dis` prints (src/dis.c); opname/opmap name
** tally's opcodes (src/opcodes.h).  COMPILER_FLAG_NAMES and Positions
** are CPython's, as inspect.py imports them.  The listing's offsets are
** instruction indexes, since tally's instructions are one word each;
** findlinestarts() gives co_lines' offsets (twice the index).
*/
#include "tally.h"
#include "dis.h"
#include "import.h"
#include "opcodes.h"
#include "objects/code.h"
#include "modules/dismodule.h"

/* The code argument of the C helpers; borrowed, or NULL with TypeError. */
static TyObject *code_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    if (!TY_CODE_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "%s() argument must be code, not %s", fname,
                            tyType_name(TY_TYPE(args[0])));
    return args[0];
}

/* _disassemble(code): the listing as a str. */
static TyObject *d_disassemble(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *code = code_arg("_disassemble", args, nargs, kwnames);
    return code ? tyDis_codeStr(code) : NULL;
}

/* _findlinestarts(code): a list of (offset, line) where the line changes,
** the offset in co_lines'/f_lasti's/tb_lasti's units (two per
** instruction), so pdb can match a traceback's tb_lasti to its line. */
static TyObject *d_findlinestarts(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *code = code_arg("_findlinestarts", args, nargs, kwnames);
    if (!code)
        return NULL;
    TyCode *co = (TyCode *)code;
    TyObject *l = tyList_new(0);
    int last = -1;
    for (int i = 0; l && i < co->ncode; i++) {
        int line = co->positions[i].line;
        if (line <= 0 || line == last)
            continue;
        last = line;
        TyObject *pair[2] = { tyInt_fromI64((int64_t)i * 2), tyInt_fromI64(line) };
        TyObject *t = pair[0] && pair[1] ? tyTuple_fromArray(pair, 2) : NULL;
        TY_XDECREF(pair[0]);
        TY_XDECREF(pair[1]);
        if (!t || tyList_appendSteal(l, t) < 0)
            TY_CLEAR(l);
    }
    return l;
}

static TyMethodDef dis_functions[] = {
    { "_disassemble", d_disassemble, TY_METH_DEFAULT, "The disassembly of a code object, as a str." },
    { "_findlinestarts", d_findlinestarts, TY_METH_DEFAULT, "(offset, line) where lines start." },
    { NULL, NULL, 0, NULL },
};

/* opname (a list) and opmap (name -> opcode) of tally's opcodes. */
static int add_opcodes(TyObject *m)
{
    TyObject *names = tyList_new(0), *map = tyDict_new();
    int r = names && map ? 0 : -1;
    for (int op = 0; r == 0 && op < TY_GENERIC_OPCODE_COUNT; op++) {
        TyObject *name = tyStr_fromCStr(ty_opcode_names[op]);
        TyObject *num = tyInt_fromI64(op);
        if (!name || !num || tyList_append(names, name) < 0 || tyDict_setItem(map, name, num) < 0)
            r = -1;
        TY_XDECREF(name);
        TY_XDECREF(num);
    }
    if (r == 0 && (tyModule_addObject(m, "opname", names) < 0 || tyModule_addObject(m, "opmap", map) < 0))
        r = -1;
    TY_XDECREF(names);
    TY_XDECREF(map);
    return r;
}

/* src/modules/dismodule.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/dismodule_py.h"
    ;

TyObject *tyDisModule_create(void)
{
    TyObject *m = tyModule_new("dis", dis_functions);
    if (!m)
        return NULL;
    if (add_opcodes(m) < 0 || tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<dis>") < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
