/*
** iomodule.c — `_io`: CPython's names for tally's file objects, plus a
** Python half (iomodule.py, run in the module's namespace at first
** import) for the classes that have no descriptor under them.
**
** The C half gives what must be the same object everywhere: `open` is
** builtins.open itself (so io.open is open), FileIO is the type of the
** unbuffered files open() makes, UnsupportedOperation is the class the
** C file objects raise.  `_c_kinds` hands the Python half the C types
** that play the roles of TextIOWrapper, BufferedReader, BufferedWriter
** and BufferedRandom (the file objects and the binary layers of the
** standard streams), so isinstance() answers for them as for its own.
*/
#include "tally.h"
#include "import.h"
#include "objects/fileio.h"
#include "objects/textio.h"
#include "objects/stdiobuf.h"
#include "modules/iomodule.h"

/* src/modules/iomodule.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/iomodule_py.h"
    ;

/* CPython's buffer size, also the chunk the file objects read. */
#define DEFAULT_BUFFER_SIZE 8192

/* ((text types), (reader types), (writer types), (random types)): new
** reference. */
static TyObject *c_kinds(void)
{
    if (tyType_ready(&TyStdioReader_Type) < 0 || tyType_ready(&TyStdioWriter_Type) < 0 ||
        tyType_ready(&TyTextIO_Type) < 0)
        return NULL;
    TyObject *text = tyTuple_pack(2, (TyObject *)&TyFileText_Type, (TyObject *)&TyTextIO_Type);
    TyObject *reader = tyTuple_pack(2, (TyObject *)&TyFileReader_Type, (TyObject *)&TyStdioReader_Type);
    TyObject *writer = tyTuple_pack(2, (TyObject *)&TyFileWriter_Type, (TyObject *)&TyStdioWriter_Type);
    TyObject *random = tyTuple_pack(1, (TyObject *)&TyFileRandom_Type);
    TyObject *r = text && reader && writer && random ? tyTuple_pack(4, text, reader, writer, random)
                                                     : NULL;
    TY_XDECREF(text);
    TY_XDECREF(reader);
    TY_XDECREF(writer);
    TY_XDECREF(random);
    return r;
}

/* Add a new reference under name, consuming it.  0 / -1. */
static int add_new(TyObject *m, const char *name, TyObject *value)
{
    if (!value)
        return -1;
    int r = tyModule_addObject(m, name, value);
    TY_DECREF(value);
    return r;
}

TyObject *tyIO_create(void)
{
    TyObject *m = tyModule_new("_io", NULL);
    if (!m)
        return NULL;
    TyObject *open = tyObj_getAttrStr(ty_state.builtins_module, "open");
    TyObject *unsupported = tyTextIO_unsupportedClass();
    if (!open || !unsupported ||
        tyModule_addObject(m, "__builtins__", ty_state.builtins_module) < 0 ||
        tyModule_addObject(m, "open", open) < 0 ||
        tyModule_addObject(m, "FileIO", (TyObject *)&TyFileRaw_Type) < 0 ||
        tyModule_addObject(m, "UnsupportedOperation", unsupported) < 0 ||
        tyModule_addObject(m, "BlockingIOError", (TyObject *)&TyExc_BlockingIOError) < 0 ||
        add_new(m, "DEFAULT_BUFFER_SIZE", tyInt_fromI64(DEFAULT_BUFFER_SIZE)) < 0 ||
        add_new(m, "_c_kinds", c_kinds()) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<_io>") < 0) {
        TY_XDECREF(open);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(open);
    return m;
}
