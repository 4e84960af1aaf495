/*
** sqlite.h — the `_sqlite3` module over the system's libsqlite3: what its
** files share.  sqlite_module.c holds the module (connect, the
** exception classes, adapters and converters, constants), sqlite_connection.c
** the Connection type and the user-defined functions, aggregates and
** collations it registers, sqlite_cursor.c the Cursor and Row types,
** sqlite_blob.c the Blob type, sqlite_backup.c the Connection's backup and
** serialization methods.
*/
#ifndef TY_SQLITE_H
#define TY_SQLITE_H

#include <sqlite3.h>
#include "../object.h"

/* A callable registered with SQLite (a function, an aggregate class, a
** collation).  The connection owns the list (traverse, clear); SQLite
** frees each through its destroy callback, which may run after the
** connection object is gone (sqlite3_close_v2 keeps the database open
** while a cursor still holds a statement): `owner` is then NULL. */
typedef struct TySqlCallback {
    TyObject *callable;                 /* NULL once cleared */
    struct TySqlConnection *owner;      /* NULL when detached */
    struct TySqlCallback *prev, *next;
} TySqlCallback;

typedef struct TySqlConnection {
    TyObject ob;
    sqlite3 *db;                    /* NULL once closed (or before __init__) */
    bool initialized;
    int detect_types;
    const char *isolation_level;    /* NULL: autocommit; else "", "DEFERRED", ... */
    TyObject *row_factory;
    TyObject *text_factory;
    TyObject *trace, *progress, *authorizer;    /* the hooks, or NULL */
    TySqlCallback *callbacks;       /* functions, aggregates, collations */
} TySqlConnection;

typedef struct TySqlCursor {
    TyObject ob;
    TySqlConnection *connection;    /* NULL before __init__ */
    sqlite3_stmt *stmt;             /* the statement rows are read from, or NULL */
    bool stmt_is_dml;
    bool closed;
    bool locked;                    /* a row factory or converter is running */
    TyObject *description;
    TyObject *row_cast_map;         /* list of converters (or None) per column, or NULL */
    TyObject *lastrowid;
    TyObject *row_factory;
    ssize_t arraysize;
    int64_t rowcount;
    TyObject *weaklist;
} TySqlCursor;

extern TyType TySqlConnection_Type, TySqlCursor_Type, TySqlRow_Type, TySqlPrepareProtocol_Type, TySqlBlob_Type,
    TySqlStatement_Type;

/* connection(sql): sql compiled into a Statement (CPython's
** pysqlite_statement_create, with its checks), new reference or NULL. */
TyObject *tySql_statementNew(TySqlConnection *c, TyObject *sql);

/* Connection.blobopen(table, column, row, /, *, readonly=False, name="main")
** (sqlite_blob.c): a new Blob, or NULL. */
TyObject *tySql_blobOpen(TySqlConnection *c, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* Connection.backup(target, *, pages=-1, progress=None, name="main",
** sleep=0.250), serialize(*, name="main") and deserialize(data, /, *,
** name="main") (sqlite_backup.c): CPython's methods, new references or
** NULL. */
TyObject *tySql_backup(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tySql_serialize(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
TyObject *tySql_deserialize(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);

/* The exception for db's last error (CPython's mapping of SQLite's primary
** result codes to the DB-API classes), with sqlite_errorcode and
** sqlite_errorname set.  Returns NULL. */
TyObject *tySql_setError(sqlite3 *db);
/* The DB-API exception class by name ("ProgrammingError"): borrowed. */
TyType *tySql_exc(const char *name);

/* ProgrammingError "Cannot operate on a closed database." unless the
** connection is initialised and open: 1, or 0 with the error. */
int tySql_checkConnection(TySqlConnection *c);

/* Runs "BEGIN <isolation_level>": 0, or -1 with the database's error. */
int tySql_begin(TySqlConnection *c);

/* adapt(obj, PrepareProtocol, alt) of the module: new reference; alt
** (borrowed, may be NULL) is returned when no adapter applies. */
TyObject *tySql_adapt(TyObject *obj, TyObject *alt);
/* Whether a value of obj's exact type may skip adaptation. */
bool tySql_needsAdapt(TyObject *obj);
/* The converter registered for a type name (case-insensitive): borrowed
** reference, or NULL (no exception) when none is. */
TyObject *tySql_converter(const char *name, size_t n);

/* 0 when str s is valid UTF-8 for SQLite, or -1 with the
** UnicodeEncodeError CPython raises for a lone surrogate. */
int tySql_checkText(TyObject *s);

/* Binds one Python value to parameter pos (1-based) of stmt: SQLite's
** result code, or -1 with a Python exception (OverflowError for an int
** past 64 bits) or -2 for a type SQLite cannot store. */
int tySql_bindValue(sqlite3_stmt *stmt, int pos, TyObject *value);

/* Whether user callbacks print their exceptions (enable_callback_tracebacks). */
bool tySql_callbackTracebacks(void);

/* The module: new reference, or NULL.  Releases its state at exit. */
TyObject *tySqlite_create(void);
void tySqlite_fini(void);

#endif
