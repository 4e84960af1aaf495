/*
** sqlite_module.c — the `_sqlite3` module that CPython's sqlite3 package
** (/usr/lib/python3.11/sqlite3) imports: connect(), the DB-API exception
** classes, the adapter and converter registries, SQLite's constants.
** The database engine is the system's libsqlite3, as in CPython.
*/
#include <limits.h>
#include "tally.h"
#include "modules/sqlite.h"
#include "objects/bytearray.h"

/* SQLite's result codes: the module's constants and the names errors carry
** in sqlite_errorname. */
#define SQL_RESULT_CODES(X)                                                                               \
    X(OK) X(ERROR) X(INTERNAL) X(PERM) X(ABORT) X(BUSY) X(LOCKED) X(NOMEM) X(READONLY) X(INTERRUPT)       \
    X(IOERR) X(CORRUPT) X(NOTFOUND) X(FULL) X(CANTOPEN) X(PROTOCOL) X(EMPTY) X(SCHEMA) X(TOOBIG)          \
    X(CONSTRAINT) X(MISMATCH) X(MISUSE) X(NOLFS) X(AUTH) X(FORMAT) X(RANGE) X(NOTADB) X(NOTICE)           \
    X(WARNING) X(ROW) X(DONE) X(OK_LOAD_PERMANENTLY) X(ERROR_MISSING_COLLSEQ) X(BUSY_RECOVERY)            \
    X(LOCKED_SHAREDCACHE) X(READONLY_RECOVERY) X(IOERR_READ) X(CORRUPT_VTAB) X(CANTOPEN_NOTEMPDIR)        \
    X(CONSTRAINT_CHECK) X(AUTH_USER) X(NOTICE_RECOVER_WAL) X(WARNING_AUTOINDEX) X(OK_SYMLINK)             \
    X(ERROR_RETRY) X(ABORT_ROLLBACK) X(BUSY_SNAPSHOT) X(LOCKED_VTAB) X(READONLY_CANTLOCK)                 \
    X(IOERR_SHORT_READ) X(CORRUPT_SEQUENCE) X(CANTOPEN_ISDIR) X(CONSTRAINT_COMMITHOOK)                    \
    X(NOTICE_RECOVER_ROLLBACK) X(ERROR_SNAPSHOT) X(BUSY_TIMEOUT) X(READONLY_ROLLBACK) X(IOERR_WRITE)      \
    X(CORRUPT_INDEX) X(CANTOPEN_FULLPATH) X(CONSTRAINT_FOREIGNKEY) X(READONLY_DBMOVED) X(IOERR_FSYNC)     \
    X(CANTOPEN_CONVPATH) X(CONSTRAINT_FUNCTION) X(READONLY_CANTINIT) X(IOERR_DIR_FSYNC)                   \
    X(CANTOPEN_DIRTYWAL) X(CONSTRAINT_NOTNULL) X(READONLY_DIRECTORY) X(IOERR_TRUNCATE)                    \
    X(CANTOPEN_SYMLINK) X(CONSTRAINT_PRIMARYKEY) X(IOERR_FSTAT) X(CONSTRAINT_TRIGGER) X(IOERR_UNLOCK)     \
    X(CONSTRAINT_UNIQUE) X(IOERR_RDLOCK) X(CONSTRAINT_VTAB) X(IOERR_DELETE) X(CONSTRAINT_ROWID)           \
    X(IOERR_BLOCKED) X(CONSTRAINT_PINNED) X(IOERR_NOMEM) X(IOERR_ACCESS) X(IOERR_CHECKRESERVEDLOCK)       \
    X(IOERR_LOCK) X(IOERR_CLOSE) X(IOERR_DIR_CLOSE) X(IOERR_SHMOPEN) X(IOERR_SHMSIZE) X(IOERR_SHMLOCK)    \
    X(IOERR_SHMMAP) X(IOERR_SEEK) X(IOERR_DELETE_NOENT) X(IOERR_MMAP) X(IOERR_GETTEMPPATH)                \
    X(IOERR_CONVPATH) X(IOERR_VNODE) X(IOERR_AUTH) X(IOERR_BEGIN_ATOMIC) X(IOERR_COMMIT_ATOMIC)           \
    X(IOERR_ROLLBACK_ATOMIC) X(IOERR_DATA) X(IOERR_CORRUPTFS)

/* The authorizer's action codes and answers, and the limit categories. */
#define SQL_OTHER_CONSTANTS(X)                                                                            \
    X(LIMIT_LENGTH) X(LIMIT_SQL_LENGTH) X(LIMIT_COLUMN) X(LIMIT_EXPR_DEPTH) X(LIMIT_COMPOUND_SELECT)      \
    X(LIMIT_VDBE_OP) X(LIMIT_FUNCTION_ARG) X(LIMIT_ATTACHED) X(LIMIT_LIKE_PATTERN_LENGTH)                 \
    X(LIMIT_VARIABLE_NUMBER) X(LIMIT_TRIGGER_DEPTH) X(LIMIT_WORKER_THREADS) X(DENY) X(IGNORE)             \
    X(CREATE_INDEX) X(CREATE_TABLE) X(CREATE_TEMP_INDEX) X(CREATE_TEMP_TABLE) X(CREATE_TEMP_TRIGGER)      \
    X(CREATE_TEMP_VIEW) X(CREATE_TRIGGER) X(CREATE_VIEW) X(DELETE) X(DROP_INDEX) X(DROP_TABLE)            \
    X(DROP_TEMP_INDEX) X(DROP_TEMP_TABLE) X(DROP_TEMP_TRIGGER) X(DROP_TEMP_VIEW) X(DROP_TRIGGER)          \
    X(DROP_VIEW) X(INSERT) X(PRAGMA) X(READ) X(SELECT) X(TRANSACTION) X(UPDATE) X(ATTACH) X(DETACH)       \
    X(ALTER_TABLE) X(REINDEX) X(ANALYZE) X(CREATE_VTABLE) X(DROP_VTABLE) X(FUNCTION) X(SAVEPOINT)         \
    X(RECURSIVE)

typedef struct SqlConstant {
    const char *name;
    int value;
} SqlConstant;

#define SQL_CONST_(n) { "SQLITE_" #n, SQLITE_##n },
static const SqlConstant result_codes[] = { SQL_RESULT_CODES(SQL_CONST_) };
static const SqlConstant other_constants[] = { SQL_OTHER_CONSTANTS(SQL_CONST_) };
#undef SQL_CONST_

/* The exception classes, in the order their bases come first. */
static const struct {
    const char *name;
    int base;       /* index of the base class here, -1: Exception */
} exc_classes[] = {
    { "Warning", -1 }, { "Error", -1 }, { "InterfaceError", 1 }, { "DatabaseError", 1 },
    { "InternalError", 3 }, { "OperationalError", 3 }, { "ProgrammingError", 3 },
    { "IntegrityError", 3 }, { "DataError", 3 }, { "NotSupportedError", 3 },
};

TyType *tySql_exc(const char *name)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(exc_classes); i++)
        if (strcmp(exc_classes[i].name, name) == 0)
            return (TyType *)ty_state.mod.sqlite.exc[i];
    return NULL;
}

bool tySql_callbackTracebacks(void)
{
    return ty_state.mod.sqlite.callback_tracebacks;
}

/* The class CPython raises for a primary result code. */
static const char *exc_for_code(int primary)
{
    switch (primary) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND:
        return "InternalError";
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL:
    case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA:
        return "OperationalError";
    case SQLITE_TOOBIG:
        return "DataError";
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH:
        return "IntegrityError";
    case SQLITE_MISUSE: case SQLITE_RANGE:
        return "InterfaceError";
    default:
        return "DatabaseError";
    }
}

TyObject *tySql_setError(sqlite3 *db)
{
    int code = sqlite3_extended_errcode(db);
    if (code == SQLITE_OK)
        return tyErr_setString(tySql_exc("InterfaceError"), "not an error");
    if ((code & 0xff) == SQLITE_NOMEM)
        return tyErr_noMemory();
    const char *errname = "unknown";
    for (size_t i = 0; i < TY_ARRAY_LEN(result_codes); i++)
        if (result_codes[i].value == code)
            errname = result_codes[i].name;
    TyObject *msg = tyStr_fromCStr(sqlite3_errmsg(db));
    TyObject *exc = msg ? tyObj_callOneArg((TyObject *)tySql_exc(exc_for_code(code & 0xff)), msg) : NULL;
    TY_XDECREF(msg);
    if (!exc)
        return NULL;
    TyObject *n = tyInt_fromI64(code), *s = tyStr_fromCStr(errname);
    int r = n && s && tyObj_setAttrStr(exc, "sqlite_errorcode", n) == 0 &&
                    tyObj_setAttrStr(exc, "sqlite_errorname", s) == 0 ? 0 : -1;
    TY_XDECREF(n);
    TY_XDECREF(s);
    if (r == 0)
        tyErr_setObject(TY_TYPE(exc), exc);
    TY_DECREF(exc);
    return NULL;
}

/* ---- adapters and converters -------------------------------------------------------- */

bool tySql_needsAdapt(TyObject *obj)
{
    if (ty_state.mod.sqlite.base_type_adapted)
        return true;
    TyType *t = TY_TYPE(obj);
    return !(t == &TyInt_Type || t == &TyFloat_Type || t == &TyStr_Type || t == &TyByteArray_Type);
}

/* (type(obj), PrepareProtocol): new reference. */
static TyObject *adapter_key(TyObject *type)
{
    return tyTuple_pack(2, type, (TyObject *)&TySqlPrepareProtocol_Type);
}

/* Calls o.method(arg) when o has the method: 1 with *out set (new
** reference, or NULL with an error), 0 when it has none or it raised
** TypeError. */
static int call_hook(TyObject *o, const char *method, TyObject *arg, TyObject **out)
{
    TyObject *name = tyStr_fromCStr(method), *fn = NULL;
    int found = name ? tyObj_lookupAttr(o, name, &fn) : -1;
    TY_XDECREF(name);
    if (found <= 0) {
        *out = NULL;
        return found < 0 ? 1 : 0;
    }
    *out = tyObj_callOneArg(fn, arg);
    TY_DECREF(fn);
    /* A TypeError means "cannot adapt": the next way is tried. */
    if (!*out && tyErr_exceptionMatches(&TyExc_TypeError)) {
        tyErr_clear();
        return 0;
    }
    return 1;
}

/* CPython's adaptation protocol (PEP 246 as the module keeps it): the
** registered adapter for (type(obj), proto), else proto.__adapt__(obj),
** else obj.__conform__(proto); a None answer from the hooks counts as none.
** New reference; NULL with ProgrammingError "can't adapt" when nothing
** applies and alt is NULL. */
static TyObject *adapt(TyObject *obj, TyObject *proto, TyObject *alt)
{
    TyObject *key = tyTuple_pack(2, (TyObject *)TY_TYPE(obj), proto);
    if (!key)
        return NULL;
    TyObject *adapter = tyDict_getItem(ty_state.mod.sqlite.adapters, key);
    TY_DECREF(key);
    if (adapter)
        return tyObj_callOneArg(adapter, obj);
    if (tyErr_occurred())
        return NULL;
    TyObject *r;
    if (call_hook(proto, "__adapt__", obj, &r)) {
        if (!r || r != TY_NONE)
            return r;
        TY_DECREF(r);
    }
    if (call_hook(obj, "__conform__", proto, &r)) {
        if (!r || r != TY_NONE)
            return r;
        TY_DECREF(r);
    }
    if (alt)
        return TY_NEWREF(alt);
    return tyErr_setString(tySql_exc("ProgrammingError"), "can't adapt");
}

TyObject *tySql_adapt(TyObject *obj, TyObject *alt)
{
    return adapt(obj, (TyObject *)&TySqlPrepareProtocol_Type, alt);
}

int tySql_checkText(TyObject *s)
{
    if (TY_STR_IS_ASCII(s))
        return 0;
    const unsigned char *p = (const unsigned char *)TY_STR_UTF8(s);
    for (ssize_t i = 0; i + 1 < TY_STR_NBYTES(s); i++) {
        if (p[i] == 0xED && p[i + 1] >= 0xA0) {
            TyObject *b = tyStr_encode(s, "utf-8", "strict");
            TY_XDECREF(b);
            return -1;
        }
    }
    return 0;
}

TyObject *tySql_converter(const char *name, size_t n)
{
    char buf[256];
    if (n >= sizeof buf)
        return NULL;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)((name[i] >= 'a' && name[i] <= 'z') ? name[i] - 32 : name[i]);
    TyObject *key = tyStr_decodeUtf8(buf, (ssize_t)n);
    if (!key) {
        tyErr_clear();
        return NULL;
    }
    TyObject *conv = tyDict_getItem(ty_state.mod.sqlite.converters, key);
    TY_DECREF(key);
    if (!conv)
        tyErr_clear();
    return conv;
}

/* adapt(obj, proto=PrepareProtocol, alt=<none>, /). */
TY_CFUNC(m_adapt)
{
    if (tyArg_noKeywords("adapt", kwnames) < 0 || tyArg_checkCount("adapt", nargs, 1, 3) < 0)
        return NULL;
    return adapt(args[0], nargs > 1 ? args[1] : (TyObject *)&TySqlPrepareProtocol_Type, nargs > 2 ? args[2] : NULL);
}

/* register_adapter(type, adapter, /). */
TY_CFUNC(m_register_adapter)
{
    if (tyArg_noKeywords("register_adapter", kwnames) < 0 ||
        tyArg_checkCount("register_adapter", nargs, 2, 2) < 0)
        return NULL;
    TyObject *t = args[0];
    if (t == (TyObject *)&TyInt_Type || t == (TyObject *)&TyFloat_Type || t == (TyObject *)&TyStr_Type ||
        t == (TyObject *)&TyByteArray_Type)
        ty_state.mod.sqlite.base_type_adapted = true;
    TyObject *key = adapter_key(t);
    int r = key ? tyDict_setItem(ty_state.mod.sqlite.adapters, key, args[1]) : -1;
    TY_XDECREF(key);
    return r < 0 ? NULL : tyNone_new();
}

/* register_converter(typename, converter, /): the name is kept upper-case. */
TY_CFUNC(m_register_converter)
{
    if (tyArg_noKeywords("register_converter", kwnames) < 0 ||
        tyArg_checkCount("register_converter", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "register_converter() argument 1 must be str, not %A", args[0]);
    TyObject *upper = tyStr_internC("upper");
    TyObject *name = upper ? tyObj_callMethod(args[0], upper, NULL, 0) : NULL;
    TY_XDECREF(upper);
    int r = name ? tyDict_setItem(ty_state.mod.sqlite.converters, name, args[1]) : -1;
    TY_XDECREF(name);
    return r < 0 ? NULL : tyNone_new();
}

/* complete_statement(statement): whether the text ends a statement. */
TY_CFUNC(m_complete_statement)
{
    static const char *const names[] = { "statement", NULL };
    TyObject *a[1];
    if (tyArg_unpack("complete_statement", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "complete_statement() argument 'statement' must be str, not %A", a[0]);
    return tyBool_from(sqlite3_complete(TY_STR_UTF8(a[0])) != 0);
}

/* enable_callback_tracebacks(enable, /). */
TY_CFUNC(m_enable_callback_tracebacks)
{
    int flag;
    if (tyArg_noKeywords("enable_callback_tracebacks", kwnames) < 0 ||
        tyArg_checkCount("enable_callback_tracebacks", nargs, 1, 1) < 0 || tyArg_int(args[0], &flag) < 0)
        return NULL;
    ty_state.mod.sqlite.callback_tracebacks = flag != 0;
    return tyNone_new();
}

/* enable_shared_cache(do_enable): deprecated in CPython, still SQLite's. */
TY_CFUNC(m_enable_shared_cache)
{
    static const char *const names[] = { "do_enable", NULL };
    TyObject *a[1];
    int flag;
    if (tyArg_unpack("enable_shared_cache", args, nargs, kwnames, names, 1, 1, a) < 0 || tyArg_int(a[0], &flag) < 0)
        return NULL;
    if (sqlite3_enable_shared_cache(flag) != SQLITE_OK)
        return tyErr_setString(tySql_exc("OperationalError"), "Changing the shared_cache flag failed");
    return tyNone_new();
}

/* connect(database, timeout=5.0, detect_types=0, isolation_level="",
** check_same_thread=True, factory=Connection, cached_statements=128,
** uri=False): factory(*args, **kwargs), all the arguments passed on. */
TY_CFUNC(m_connect)
{
    static const char *const names[] = { "database", "timeout", "detect_types", "isolation_level",
                                         "check_same_thread", "factory", "cached_statements", "uri", NULL };
    TyObject *a[8];
    if (tyArg_unpack("connect", args, nargs, kwnames, names, 1, 8, a) < 0)
        return NULL;
    TyObject *factory = a[5] ? a[5] : (TyObject *)&TySqlConnection_Type;
    return tyObj_call(factory, args, nargs, kwnames);
}

static TyMethodDef sqlite_functions[] = {
    { "connect", m_connect, TY_METH_DEFAULT, "Opens a connection to the SQLite database file database." },
    { "adapt", m_adapt, TY_METH_DEFAULT, "Adapt given object to given protocol." },
    { "register_adapter", m_register_adapter, TY_METH_DEFAULT, "Register a function to adapt Python objects to SQLite values." },
    { "register_converter", m_register_converter, TY_METH_DEFAULT, "Register a function to convert SQLite values to Python objects." },
    { "complete_statement", m_complete_statement, TY_METH_DEFAULT, "Checks if a string contains a complete SQL statement." },
    { "enable_callback_tracebacks", m_enable_callback_tracebacks, TY_METH_DEFAULT, "Enable or disable callback functions throwing errors to stderr." },
    { "enable_shared_cache", m_enable_shared_cache, TY_METH_DEFAULT, "Enable or disable shared cache mode for the calling thread." },
    { NULL, NULL, 0, NULL },
};

/* ---- PrepareProtocol ------------------------------------------------------------- */

static TyObject *pp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("PrepareProtocol", kwnames) < 0 || tyArg_checkCount("PrepareProtocol", nargs, 0, 0) < 0)
        return NULL;
    return tyType_genericAlloc(type, 0);
}

static void pp_dealloc(TyObject *o)
{
    tyObj_free(o);
}

TyType TySqlPrepareProtocol_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "sqlite3.PrepareProtocol",
    .doc = "PEP 246 style object adaption protocol type.",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = pp_dealloc,
    .tp_new = pp_new,
};

/* ---- the module ------------------------------------------------------------------ */

static TyType *const module_types[] = {
    &TySqlPrepareProtocol_Type, &TySqlConnection_Type, &TySqlCursor_Type, &TySqlRow_Type, &TySqlBlob_Type,
    &TySqlStatement_Type,
};

/* The exception classes and the two registries, made once. */
static int init_state(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(exc_classes); i++) {
        if (ty_state.mod.sqlite.exc[i])
            continue;
        int b = exc_classes[i].base;
        TyType *base = b < 0 ? &TyExc_Exception : (TyType *)ty_state.mod.sqlite.exc[b];
        if (!(ty_state.mod.sqlite.exc[i] = tyExc_newClass("sqlite3", exc_classes[i].name, base)))
            return -1;
    }
    if (!ty_state.mod.sqlite.adapters && !(ty_state.mod.sqlite.adapters = tyDict_new()))
        return -1;
    if (!ty_state.mod.sqlite.converters && !(ty_state.mod.sqlite.converters = tyDict_new()))
        return -1;
    return 0;
}

/* threadsafety as DB-API words it, from SQLite's compile-time mode. */
static int threadsafety(void)
{
    switch (sqlite3_threadsafe()) {
    case 0: return 0;
    case 2: return 1;
    default: return 3;
    }
}

TyObject *tySqlite_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (init_state() < 0)
        return NULL;
    TyObject *m = tyModule_new("_sqlite3", sqlite_functions);
    if (!m)
        return NULL;
    int r = 0;
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(exc_classes); i++)
        r = tyModule_addObject(m, exc_classes[i].name, ty_state.mod.sqlite.exc[i]);
    /* Statement is not a name of CPython's module. */
    static const char *const type_names[TY_ARRAY_LEN(module_types)] = {
        "PrepareProtocol", "Connection", "Cursor", "Row", "Blob", NULL,
    };
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(module_types); i++)
        if (type_names[i])
            r = tyModule_addObject(m, type_names[i], (TyObject *)module_types[i]);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(result_codes); i++)
        r = tyModule_addInt(m, result_codes[i].name, result_codes[i].value);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(other_constants); i++)
        r = tyModule_addInt(m, other_constants[i].name, other_constants[i].value);
    static const SqlConstant ints[] = {
        { "PARSE_DECLTYPES", 1 }, { "PARSE_COLNAMES", 2 }, { "threadsafety", 0 },
    };
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(ints); i++)
        r = tyModule_addInt(m, ints[i].name, i == 2 ? threadsafety() : ints[i].value);
    if (r == 0)
        r = tyModule_addObject(m, "adapters", ty_state.mod.sqlite.adapters);
    if (r == 0)
        r = tyModule_addObject(m, "converters", ty_state.mod.sqlite.converters);
    const char *strings[][2] = { { "version", "2.6.0" }, { "sqlite_version", sqlite3_libversion() } };
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(strings); i++) {
        TyObject *s = tyStr_fromCStr(strings[i][1]);
        r = s ? tyModule_addObject(m, strings[i][0], s) : -1;
        TY_XDECREF(s);
    }
    if (r < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

void tySqlite_fini(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(exc_classes); i++)
        TY_CLEAR(ty_state.mod.sqlite.exc[i]);
    TY_CLEAR(ty_state.mod.sqlite.adapters);
    TY_CLEAR(ty_state.mod.sqlite.converters);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
