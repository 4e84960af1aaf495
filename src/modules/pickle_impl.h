/*
** pickle_impl.h — what pickle.c, pickle_dump.c and pickle_load.c share:
** the opcodes (pickle.py's table), the types each file defines, and the
** error helpers.
*/
#ifndef TY_PICKLE_IMPL_H
#define TY_PICKLE_IMPL_H

#include "tally.h"

enum {
    OP_MARK = '(', OP_STOP = '.', OP_POP = '0', OP_POP_MARK = '1', OP_DUP = '2',
    OP_FLOAT = 'F', OP_INT = 'I', OP_BININT = 'J', OP_BININT1 = 'K', OP_LONG = 'L',
    OP_BININT2 = 'M', OP_NONE = 'N', OP_PERSID = 'P', OP_BINPERSID = 'Q', OP_REDUCE = 'R',
    OP_STRING = 'S', OP_BINSTRING = 'T', OP_SHORT_BINSTRING = 'U', OP_UNICODE = 'V',
    OP_BINUNICODE = 'X', OP_APPEND = 'a', OP_BUILD = 'b', OP_GLOBAL = 'c', OP_DICT = 'd',
    OP_EMPTY_DICT = '}', OP_APPENDS = 'e', OP_GET = 'g', OP_BINGET = 'h', OP_INST = 'i',
    OP_LONG_BINGET = 'j', OP_LIST = 'l', OP_EMPTY_LIST = ']', OP_OBJ = 'o', OP_PUT = 'p',
    OP_BINPUT = 'q', OP_LONG_BINPUT = 'r', OP_SETITEM = 's', OP_TUPLE = 't',
    OP_EMPTY_TUPLE = ')', OP_SETITEMS = 'u', OP_BINFLOAT = 'G',
    OP_PROTO = 0x80, OP_NEWOBJ = 0x81, OP_EXT1 = 0x82, OP_EXT2 = 0x83, OP_EXT4 = 0x84,
    OP_TUPLE1 = 0x85, OP_TUPLE2 = 0x86, OP_TUPLE3 = 0x87, OP_NEWTRUE = 0x88, OP_NEWFALSE = 0x89,
    OP_LONG1 = 0x8a, OP_LONG4 = 0x8b,
    OP_BINBYTES = 'B', OP_SHORT_BINBYTES = 'C',
    OP_SHORT_BINUNICODE = 0x8c, OP_BINUNICODE8 = 0x8d, OP_BINBYTES8 = 0x8e, OP_EMPTY_SET = 0x8f,
    OP_ADDITEMS = 0x90, OP_FROZENSET = 0x91, OP_NEWOBJ_EX = 0x92, OP_STACK_GLOBAL = 0x93,
    OP_MEMOIZE = 0x94, OP_FRAME = 0x95,
    OP_BYTEARRAY8 = 0x96, OP_NEXT_BUFFER = 0x97, OP_READONLY_BUFFER = 0x98,
};

/* The names the pickler and unpickler look up, interned once (pickle.c). */
#define PICKLE_NAMES(X)                                                                          \
    X(REDUCE_EX, "__reduce_ex__") X(REDUCE, "__reduce__") X(SETSTATE, "__setstate__")           \
    X(GETINITARGS, "__getinitargs__") X(PERSISTENT_ID, "persistent_id")                          \
    X(PERSISTENT_LOAD, "persistent_load") X(REDUCER_OVERRIDE, "reducer_override")                \
    X(DISPATCH_TABLE, "dispatch_table") X(FIND_CLASS, "find_class") X(EXTEND, "extend")          \
    X(ADD, "add") X(READ, "read") X(NEWOBJ, "__newobj__") X(NEWOBJ_EX, "__newobj_ex__")          \
    X(TO_BYTES, "to_bytes") X(LITTLE, "little") X(LATIN1, "latin1") X(DOT, ".")                 \
    X(MAIN, "__main__")

enum {
#define PICKLE_X_(e, s) PID_##e,
    PICKLE_NAMES(PICKLE_X_)
#undef PICKLE_X_
    PID_COUNT
};
#define PID(e) (ty_state.mod.pickle.ids[PID_##e])

#define PICKLE_HIGHEST_PROTOCOL 5
#define PICKLE_DEFAULT_PROTOCOL 4

extern TyType tyPickle_PicklerType, tyPickle_UnpicklerType;
extern TyType tyPickle_PicklerMemoProxyType, tyPickle_UnpicklerMemoProxyType;

/* Raise one of the module's errors (ty_state.mod.pickle.X) with a
** tyErr_format message; returns NULL. */
TyObject *tyPickle_fail(TyObject *errclass, const char *fmt, ...);

/* The module `name` (absolute import), new reference: straight from
** sys.modules when it is there, else imported. */
TyObject *tyPickle_importModule(TyObject *name);

/* Pickler(file, protocol, fix_imports, buffer_callback) made and run for
** dump()/dumps(): dumps when file is NULL (new bytes), else None. */
TyObject *tyPickle_dumpWith(TyObject *obj, TyObject *file, TyObject *protocol, TyObject *fix_imports,
                            TyObject *buffer_callback);
/* An Unpickler over file, or over the bytes-like `data` when file is NULL,
** run once: the object, new reference. */
TyObject *tyPickle_loadWith(TyObject *file, TyObject *data, TyObject *fix_imports, TyObject *encoding,
                            TyObject *errors, TyObject *buffers);

#endif
