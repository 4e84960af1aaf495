/*
** sqlite_cursor.c — sqlite3.Cursor and sqlite3.Row.
**
** execute() prepares the statement, binds the parameters (adapting
** values through the module's registry), and takes the first step, as
** CPython 3.11 does: errors show at execute() and a row is read only when
** fetched, the next step following each fetch.  A cursor keeps its
** statement while rows are left and finalizes it when they are done or
** the next execute() comes.
*/
#include <limits.h>
#include "tally.h"
#include "buffer.h"
#include "modules/sqlite.h"
#include "objects/bytearray.h"
#include "objects/weakref.h"

#define CURSOR(o) ((TySqlCursor *)(o))

static TyObject *cursor_iternext(TyObject *self);

/* ProgrammingError while a converter or adapter of this cursor runs:
** 1, or 0 with the error. */
static int check_unlocked(TySqlCursor *cu)
{
    if (cu->locked) {
        tyErr_setString(tySql_exc("ProgrammingError"), "Recursive use of cursors not allowed.");
        return 0;
    }
    return 1;
}

/* ProgrammingError unless the cursor and its connection can be used:
** 1, or 0 with the error. */
static int check_cursor(TySqlCursor *cu)
{
    const char *msg = NULL;
    if (!cu->connection)
        msg = "Base Cursor.__init__ not called.";
    else if (cu->closed)
        msg = "Cannot operate on a closed cursor.";
    else if (cu->locked)
        msg = "Recursive use of cursors not allowed.";
    if (msg) {
        tyErr_setString(tySql_exc("ProgrammingError"), msg);
        return 0;
    }
    return tySql_checkConnection(cu->connection);
}

static void drop_statement(TySqlCursor *cu)
{
    if (cu->stmt) {
        sqlite3_stmt *st = cu->stmt;
        cu->stmt = NULL;
        sqlite3_finalize(st);
    }
}

/* Skips spaces and SQL comments. */
static const char *skip_blank(const char *p)
{
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end)
                return p + strlen(p);
            p = end + 2;
        } else {
            return p;
        }
    }
}

/* INSERT, UPDATE, DELETE and REPLACE open a transaction implicitly. */
static bool is_dml(const char *sql)
{
    const char *p = skip_blank(sql);
    static const char *const words[] = { "insert", "update", "delete", "replace" };
    for (size_t i = 0; i < TY_ARRAY_LEN(words); i++)
        if (strncasecmp(p, words[i], strlen(words[i])) == 0)
            return true;
    return false;
}

int tySql_bindValue(sqlite3_stmt *stmt, int pos, TyObject *value)
{
    TyObject *v = tySql_needsAdapt(value) ? tySql_adapt(value, value) : TY_NEWREF(value);
    if (!v)
        return -1;
    int rc;
    if (v == TY_NONE) {
        rc = sqlite3_bind_null(stmt, pos);
    } else if (TY_INT_CHECK(v)) {
        int64_t n;
        if (tyInt_asI64(v, &n) < 0) {
            TY_DECREF(v);
            tyErr_clear();
            tyErr_setString(&TyExc_OverflowError, "Python int too large to convert to SQLite INTEGER");
            return -1;
        }
        rc = sqlite3_bind_int64(stmt, pos, n);
    } else if (TY_FLOAT_CHECK(v)) {
        rc = sqlite3_bind_double(stmt, pos, TY_FLOAT_VALUE(v));
    } else if (TY_STR_CHECK(v)) {
        if (tySql_checkText(v) < 0) {
            TY_DECREF(v);
            return -1;
        }
        rc = sqlite3_bind_text64(stmt, pos, TY_STR_UTF8(v), (sqlite3_uint64)TY_STR_NBYTES(v), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    } else if (tyBuffer_check(v)) {
        TyBuffer view;
        if (tyBuffer_get(v, &view) < 0) {
            TY_DECREF(v);
            return -1;
        }
        if (view.len > INT_MAX) {
            TY_DECREF(v);
            tyErr_setString(&TyExc_OverflowError, "BLOB longer than INT_MAX bytes");
            return -1;
        }
        rc = sqlite3_bind_blob(stmt, pos, view.data, (int)view.len, SQLITE_TRANSIENT);
    } else {
        rc = -2;
    }
    TY_DECREF(v);
    return rc;
}

/* Binds a value and reports a failure as CPython words it: 0, or -1. */
static int bind_one(TySqlCursor *cu, sqlite3_stmt *st, int pos, TyObject *value)
{
    int rc = tySql_bindValue(st, pos, value);
    if (rc == SQLITE_OK)
        return 0;
    if (rc == -2)
        tyErr_format(tySql_exc("ProgrammingError"), "Error binding parameter %d: type '%T' is not supported", pos,
                     value);
    else if (rc != -1)
        tySql_setError(cu->connection->db);
    return -1;
}

/* Binds a sequence (by position) or a mapping (by name): 0, or -1. */
static int bind_parameters(TySqlCursor *cu, sqlite3_stmt *st, TyObject *params)
{
    int needed = sqlite3_bind_parameter_count(st);
    bool is_dict = TY_DICT_CHECK(params);
    if (TY_TUPLE_CHECK(params) || TY_LIST_CHECK(params) || (!is_dict && tyObj_isSequence(params))) {
        ssize_t n = tyObj_length(params);
        if (n < 0)
            return -1;
        if (n != needed) {
            tyErr_format(tySql_exc("ProgrammingError"),
                         "Incorrect number of bindings supplied. The current statement uses %d, and there are %zd "
                         "supplied.", needed, n);
            return -1;
        }
        for (int i = 0; i < needed; i++) {
            TyObject *idx = tyInt_fromI64(i);
            TyObject *item = idx ? tyObj_getItem(params, idx) : NULL;
            TY_XDECREF(idx);
            int r = item ? bind_one(cu, st, i + 1, item) : -1;
            TY_XDECREF(item);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    if (is_dict) {
        for (int i = 1; i <= needed; i++) {
            const char *name = sqlite3_bind_parameter_name(st, i);
            if (!name) {
                tyErr_format(tySql_exc("ProgrammingError"),
                             "Binding %d has no name, but you supplied a dictionary (which has only names).", i);
                return -1;
            }
            TyObject *key = tyStr_fromCStr(name + 1);
            TyObject *item = key ? tyObj_getItem(params, key) : NULL;
            TY_XDECREF(key);
            if (!item) {
                if (key && tyErr_exceptionMatches(&TyExc_KeyError)) {
                    tyErr_clear();
                    tyErr_format(tySql_exc("ProgrammingError"),
                                 "You did not supply a value for binding parameter %s.", name);
                }
                return -1;
            }
            int r = bind_one(cu, st, i, item);
            TY_DECREF(item);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    tyErr_setString(tySql_exc("ProgrammingError"), "parameters are of unsupported type");
    return -1;
}

/* A column's converter name: between '[' and ']' in its name
** (PARSE_COLNAMES), else its declared type up to a space or '('
** (PARSE_DECLTYPES).  Builds cu->row_cast_map; 0, or -1. */
static int build_row_cast_map(TySqlCursor *cu, sqlite3_stmt *st)
{
    int detect = cu->connection->detect_types;
    TY_CLEAR(cu->row_cast_map);
    if (!detect)
        return 0;
    int n = sqlite3_column_count(st);
    TyObject *map = tyList_new(0);
    if (!map)
        return -1;
    for (int i = 0; i < n; i++) {
        TyObject *conv = NULL;
        if (detect & 2) {
            const char *name = sqlite3_column_name(st, i);
            const char *open = name ? strchr(name, '[') : NULL;
            const char *close = open ? strchr(open + 1, ']') : NULL;
            if (close)
                conv = tySql_converter(open + 1, (size_t)(close - open - 1));
        }
        if (!conv && (detect & 1)) {
            const char *decl = sqlite3_column_decltype(st, i);
            if (decl) {
                size_t len = strcspn(decl, " (");
                conv = tySql_converter(decl, len);
            }
        }
        if (tyList_append(map, conv ? conv : TY_NONE) < 0) {
            TY_DECREF(map);
            return -1;
        }
    }
    cu->row_cast_map = map;
    return 0;
}

/* The description: a 7-tuple per column, the name cut before " [" with
** PARSE_COLNAMES.  0, or -1. */
static int build_description(TySqlCursor *cu, sqlite3_stmt *st)
{
    int n = sqlite3_column_count(st);
    if (cu->description != TY_NONE || n == 0)
        return 0;
    TyObject *d = tyTuple_new(n);
    if (!d)
        return -1;
    for (int i = 0; i < n; i++) {
        const char *name = sqlite3_column_name(st, i);
        if (!name) {
            TY_DECREF(d);
            tyErr_noMemory();
            return -1;
        }
        size_t len = strlen(name);
        if (cu->connection->detect_types & 2) {
            const char *open = strchr(name, '[');
            if (open) {
                len = (size_t)(open - name);
                if (len > 0 && name[len - 1] == ' ')
                    len--;
            }
        }
        TyObject *s = tyStr_decodeUtf8(name, (ssize_t)len);
        TyObject *t = s ? tyTuple_pack(7, s, TY_NONE, TY_NONE, TY_NONE, TY_NONE, TY_NONE, TY_NONE) : NULL;
        TY_XDECREF(s);
        if (!t) {
            TY_DECREF(d);
            return -1;
        }
        TY_TUPLE_SET(d, i, t);
    }
    TY_SETREF(cu->description, d);
    return 0;
}

/* Prepares sql (a str) on db: 0 with *out (NULL for a text with no
** statement), or -1. */
static int prepare(sqlite3 *db, TyObject *sql, sqlite3_stmt **out)
{
    const char *text = TY_STR_UTF8(sql);
    ssize_t n = TY_STR_NBYTES(sql);
    if (tySql_checkText(sql) < 0)
        return -1;
    if (n > sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, -1)) {
        tyErr_setString(tySql_exc("DataError"), "query string is too large");
        return -1;
    }
    if ((ssize_t)strlen(text) != n) {
        tyErr_setString(tySql_exc("ProgrammingError"), "the query contains a null character");
        return -1;
    }
    const char *tail;
    if (sqlite3_prepare_v2(db, text, (int)n + 1, out, &tail) != SQLITE_OK) {
        *out = NULL;
        tySql_setError(db);
        return -1;
    }
    if (*skip_blank(tail)) {
        sqlite3_finalize(*out);
        *out = NULL;
        tyErr_setString(tySql_exc("ProgrammingError"), "You can only execute one statement at a time.");
        return -1;
    }
    return 0;
}

/* One step of the statement after binding params: SQLITE_ROW or
** SQLITE_DONE, or -1 with the error (a callback's exception as SQLite
** reports it, or a collation's exception still set). */
static int step(TySqlCursor *cu, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if (tyErr_occurred()) {
            if (tySql_callbackTracebacks())
                tyErr_print();
            else
                tyErr_clear();
        }
        sqlite3_reset(st);
        tySql_setError(cu->connection->db);
        return -1;
    }
    return tyErr_occurred() ? -1 : rc;
}

/* execute() and executemany(): sets cursor state as CPython 3.11 does
** (rowcount -1 on errors and for non-DML statements, lastrowid after a
** single execute). */
static TyObject *execute(TySqlCursor *cu, const char *fname, TyObject *sql, TyObject *params, bool many)
{
    if (!check_cursor(cu))
        return NULL;
    if (!TY_STR_CHECK(sql))
        return tyErr_format(&TyExc_TypeError, "%s() argument 1 must be str, not %T", fname, sql);
    TyObject *iter = NULL;
    if (many) {
        if (!(iter = tyObj_getIter(params)))
            return NULL;
    }
    drop_statement(cu);
    TY_SETREF(cu->description, tyNone_new());
    TY_CLEAR(cu->row_cast_map);
    cu->rowcount = -1;
    cu->locked = true;
    TySqlConnection *c = cu->connection;
    sqlite3_stmt *st = NULL;
    TyObject *item = NULL;
    int rc = SQLITE_DONE;
    if (prepare(cu->connection->db, sql, &st) < 0)
        goto fail;
    if (!st) {
        cu->locked = false;
        TY_XDECREF(iter);
        return TY_NEWREF(cu);
    }
    cu->stmt_is_dml = is_dml(TY_STR_UTF8(sql));
    cu->rowcount = cu->stmt_is_dml ? 0 : -1;
    if (c->isolation_level && cu->stmt_is_dml && sqlite3_get_autocommit(c->db) && tySql_begin(c) < 0)
        goto fail;
    for (bool first = true;; first = false) {
        if (many) {
            if (!(item = tyIter_next(iter))) {
                if (tyErr_occurred())
                    goto fail;
                break;
            }
        } else if (!first) {
            break;
        } else {
            item = params ? TY_NEWREF(params) : tyTuple_new(0);
            if (!item)
                goto fail;
        }
        sqlite3_reset(st);
        if (bind_parameters(cu, st, item) < 0 || (rc = step(cu, st)) < 0)
            goto fail;
        TY_CLEAR(item);
        if (build_row_cast_map(cu, st) < 0 || build_description(cu, st) < 0)
            goto fail;
        if (rc == SQLITE_ROW && many) {
            tyErr_setString(tySql_exc("ProgrammingError"), "executemany() can only execute DML statements.");
            goto fail;
        }
        if (rc == SQLITE_DONE && cu->stmt_is_dml)
            cu->rowcount += sqlite3_changes64(c->db);
    }
    if (!many) {
        TyObject *id = tyInt_fromI64(sqlite3_last_insert_rowid(c->db));
        if (!id)
            goto fail;
        TY_SETREF(cu->lastrowid, id);
    }
    TY_XDECREF(iter);
    cu->locked = false;
    if (rc == SQLITE_ROW)
        cu->stmt = st;
    else
        sqlite3_finalize(st);
    return TY_NEWREF(cu);
fail:
    TY_XDECREF(item);
    TY_XDECREF(iter);
    if (st)
        sqlite3_finalize(st);
    cu->rowcount = -1;
    cu->locked = false;
    return NULL;
}

/* execute(sql, parameters=(), /). */
TY_CFUNC(cu_execute)
{
    if (tyArg_noKeywords("execute", kwnames) < 0 || tyArg_checkCount("execute", nargs, 1, 2) < 0)
        return NULL;
    return execute(CURSOR(self), "execute", args[0], nargs > 1 ? args[1] : NULL, false);
}

/* executemany(sql, seq_of_parameters, /). */
TY_CFUNC(cu_executemany)
{
    if (tyArg_noKeywords("executemany", kwnames) < 0 || tyArg_checkCount("executemany", nargs, 2, 2) < 0)
        return NULL;
    return execute(CURSOR(self), "executemany", args[0], args[1], true);
}

/* executescript(sql_script, /): commits a pending transaction, then runs
** every statement of the script, reading and dropping their rows. */
TY_CFUNC(cu_executescript)
{
    TySqlCursor *cu = CURSOR(self);
    if (tyArg_noKeywords("executescript", kwnames) < 0 || tyArg_checkCount("executescript", nargs, 1, 1) < 0 ||
        !check_cursor(cu))
        return NULL;
    TyObject *script = args[0];
    if (!TY_STR_CHECK(script))
        return tyErr_format(&TyExc_TypeError, "executescript() argument must be str, not %T", script);
    const char *sql = TY_STR_UTF8(script);
    ssize_t n = TY_STR_NBYTES(script);
    if ((ssize_t)strlen(sql) != n)
        return tyErr_setString(&TyExc_ValueError, "embedded null character");
    if (tySql_checkText(script) < 0)
        return NULL;
    sqlite3 *db = cu->connection->db;
    if (n > sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, -1))
        return tyErr_setString(tySql_exc("DataError"), "query string is too large");
    drop_statement(cu);
    int rc = SQLITE_OK;
    if (!sqlite3_get_autocommit(db))
        rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    while (rc == SQLITE_OK && *sql) {
        sqlite3_stmt *st;
        const char *tail;
        rc = sqlite3_prepare_v2(db, sql, -1, &st, &tail);
        if (rc == SQLITE_OK && st) {
            do
                rc = sqlite3_step(st);
            while (rc == SQLITE_ROW && !tyErr_occurred());
            int frc = sqlite3_finalize(st);
            rc = rc == SQLITE_DONE || rc == SQLITE_ROW ? frc : rc;
        }
        if (tyErr_occurred()) {
            if (rc == SQLITE_OK)
                return NULL;
            tyErr_clear();
        }
        sql = tail;
    }
    if (rc != SQLITE_OK)
        return tySql_setError(db);
    return TY_NEWREF(self);
}

/* The current row as a tuple, converted as the connection asks: new
** reference, or NULL. */
static TyObject *read_row(TySqlCursor *cu)
{
    sqlite3_stmt *st = cu->stmt;
    int n = sqlite3_data_count(st);
    TyObject *row = tyTuple_new(n);
    if (!row)
        return NULL;
    TyObject *tf = cu->connection->text_factory;
    for (int i = 0; i < n; i++) {
        TyObject *conv = cu->row_cast_map && i < TY_LIST_LEN(cu->row_cast_map) ? TY_LIST_GET(cu->row_cast_map, i) : NULL;
        TyObject *v;
        int type = sqlite3_column_type(st, i);
        if (conv && conv != TY_NONE) {
            const void *blob = sqlite3_column_blob(st, i);
            if (!blob) {
                v = tyNone_new();
            } else {
                TyObject *b = tyBytes_fromData(blob ? blob : "", sqlite3_column_bytes(st, i));
                v = b ? tyObj_callOneArg(conv, b) : NULL;
                TY_XDECREF(b);
            }
        } else if (type == SQLITE_INTEGER) {
            v = tyInt_fromI64(sqlite3_column_int64(st, i));
        } else if (type == SQLITE_FLOAT) {
            v = tyFloat_from(sqlite3_column_double(st, i));
        } else if (type == SQLITE_TEXT) {
            const char *text = (const char *)sqlite3_column_text(st, i);
            int len = sqlite3_column_bytes(st, i);
            if (!text) {
                v = tyErr_noMemory();
            } else if (tf == (TyObject *)&TyStr_Type) {
                v = tyStr_decodeUtf8(text, len);
                if (!v && tyErr_exceptionMatches(&TyExc_UnicodeDecodeError)) {
                    tyErr_clear();
                    TyObject *shown = tyStr_decode(text, len, "utf-8", "replace");
                    if (shown) {
                        tyErr_format(tySql_exc("OperationalError"),
                                     "Could not decode to UTF-8 column '%s' with text '%U'",
                                     sqlite3_column_name(st, i), shown);
                        TY_DECREF(shown);
                    }
                }
            } else if (tf == (TyObject *)&TyBytes_Type) {
                v = tyBytes_fromData(text, len);
            } else if (tf == (TyObject *)&TyByteArray_Type) {
                v = tyByteArray_fromData(text, len);
            } else {
                TyObject *b = tyBytes_fromData(text, len);
                v = b ? tyObj_callOneArg(tf ? tf : TY_NONE, b) : NULL;
                TY_XDECREF(b);
            }
        } else if (type == SQLITE_BLOB) {
            const void *blob = sqlite3_column_blob(st, i);
            v = tyBytes_fromData(blob ? blob : "", sqlite3_column_bytes(st, i));
        } else {
            v = tyNone_new();
        }
        if (!v) {
            TY_DECREF(row);
            return NULL;
        }
        TY_TUPLE_SET(row, i, v);
    }
    return row;
}

/* The next row (through row_factory), stepping the statement after it:
** new reference, or NULL (no exception: no more rows). */
static TyObject *cursor_iternext(TyObject *self)
{
    TySqlCursor *cu = CURSOR(self);
    if (!check_cursor(cu) || !cu->stmt)
        return NULL;
    cu->locked = true;
    TyObject *row = read_row(cu);
    cu->locked = false;
    if (!row)
        return NULL;
    if (!cu->stmt) {
        /* A converter closed or re-executed the cursor meanwhile. */
        TY_DECREF(row);
        return tyErr_setString(tySql_exc("ProgrammingError"), "Cannot operate on a closed cursor.");
    }
    int rc = sqlite3_step(cu->stmt);
    if (rc == SQLITE_DONE) {
        if (cu->stmt_is_dml)
            cu->rowcount = sqlite3_changes64(cu->connection->db);
        drop_statement(cu);
    } else if (rc != SQLITE_ROW) {
        tySql_setError(cu->connection->db);
        drop_statement(cu);
        TY_DECREF(row);
        return NULL;
    }
    if (cu->row_factory && cu->row_factory != TY_NONE) {
        TyObject *pair[2] = { self, row };
        TyObject *made = tyObj_call(cu->row_factory, pair, 2, NULL);
        TY_DECREF(row);
        return made;
    }
    return row;
}

static TyObject *cursor_iter(TyObject *self)
{
    return TY_NEWREF(self);
}

TY_CFUNC(cu_fetchone)
{
    if (tyArg_checkCount("fetchone", nargs, 0, 0) < 0)
        return NULL;
    TyObject *row = cursor_iternext(self);
    return row || tyErr_occurred() ? row : tyNone_new();
}

/* Up to max rows (all when max < 0) in a list. */
static TyObject *fetch_rows(TyObject *self, ssize_t max)
{
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    for (ssize_t i = 0; max < 0 || i < max; i++) {
        TyObject *row = cursor_iternext(self);
        if (!row)
            break;
        if (tyList_appendSteal(list, row) < 0)
            break;
    }
    if (tyErr_occurred()) {
        TY_DECREF(list);
        return NULL;
    }
    return list;
}

/* fetchmany(size=self.arraysize). */
TY_CFUNC(cu_fetchmany)
{
    static const char *const names[] = { "size", NULL };
    TyObject *a[1];
    ssize_t size = CURSOR(self)->arraysize;
    if (tyArg_unpack("fetchmany", args, nargs, kwnames, names, 0, 1, a) < 0 || (a[0] && tyArg_ssize(a[0], &size) < 0))
        return NULL;
    return fetch_rows(self, size);
}

TY_CFUNC(cu_fetchall)
{
    if (tyArg_checkCount("fetchall", nargs, 0, 0) < 0)
        return NULL;
    return fetch_rows(self, -1);
}

/* close(): the connection must still be open, as in CPython. */
TY_CFUNC(cu_close)
{
    TySqlCursor *cu = CURSOR(self);
    if (tyArg_checkCount("close", nargs, 0, 0) < 0)
        return NULL;
    if (!check_unlocked(cu))
        return NULL;
    if (!cu->connection)
        return tyErr_setString(tySql_exc("ProgrammingError"), "Base Cursor.__init__ not called.");
    if (!tySql_checkConnection(cu->connection))
        return NULL;
    drop_statement(cu);
    cu->closed = true;
    return tyNone_new();
}

/* setinputsizes(sizes, /) and setoutputsize(size, column=None, /): the
** DB-API asks for them; SQLite has nothing to do with them. */
TY_CFUNC(cu_setinputsizes)
{
    if (tyArg_checkCount("setinputsizes", nargs, 1, 1) < 0)
        return NULL;
    return tyNone_new();
}

TY_CFUNC(cu_setoutputsize)
{
    if (tyArg_checkCount("setoutputsize", nargs, 1, 2) < 0)
        return NULL;
    return tyNone_new();
}

/* ---- the object --------------------------------------------------------------------- */

static TyObject *cu_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TySqlCursor *cu = (TySqlCursor *)tyType_genericAlloc(type, 0);
    if (!cu)
        return NULL;
    cu->description = tyNone_new();
    cu->lastrowid = tyNone_new();
    cu->row_factory = tyNone_new();
    cu->arraysize = 1;
    cu->rowcount = -1;
    return (TyObject *)cu;
}

/* Cursor(connection, /). */
static int cu_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("Cursor", kwnames) < 0 || tyArg_checkCount("Cursor", nargs, 1, 1) < 0 ||
        !check_unlocked(CURSOR(self)))
        return -1;
    if (!tyType_isSubtype(TY_TYPE(args[0]), &TySqlConnection_Type)) {
        tyErr_format(&TyExc_TypeError, "Cursor() argument 1 must be sqlite3.Connection, not %T", args[0]);
        return -1;
    }
    TY_XSETREF(CURSOR(self)->connection, (TySqlConnection *)TY_NEWREF(args[0]));
    return 0;
}

static int cu_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySqlCursor *cu = CURSOR(o);
    TyObject *refs[] = { (TyObject *)cu->connection, cu->description, cu->row_cast_map, cu->lastrowid,
                         cu->row_factory };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int cu_clear(TyObject *o)
{
    TySqlCursor *cu = CURSOR(o);
    drop_statement(cu);
    TY_CLEAR(cu->connection);
    TY_CLEAR(cu->description);
    TY_CLEAR(cu->row_cast_map);
    TY_CLEAR(cu->lastrowid);
    TY_CLEAR(cu->row_factory);
    return 0;
}

static void cu_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    if (CURSOR(o)->weaklist)
        tyWeakref_clear(o);
    cu_clear(o);
    tyObj_free(o);
}

static TyObject *get_connection(TyObject *self)
{
    TyObject *c = (TyObject *)CURSOR(self)->connection;
    return TY_NEWREF(c ? c : TY_NONE);
}

static TyObject *get_description(TyObject *self)
{
    TyObject *d = CURSOR(self)->description;
    return TY_NEWREF(d ? d : TY_NONE);
}

static TyObject *get_lastrowid(TyObject *self)
{
    TyObject *d = CURSOR(self)->lastrowid;
    return TY_NEWREF(d ? d : TY_NONE);
}

static TyObject *get_rowcount(TyObject *self)
{
    return tyInt_fromI64(CURSOR(self)->rowcount);
}

static TyObject *get_arraysize(TyObject *self)
{
    return tyInt_fromI64(CURSOR(self)->arraysize);
}

static int set_arraysize(TyObject *self, TyObject *v)
{
    int n;
    if (!v) {
        tyErr_setString(&TyExc_AttributeError, "can't delete attribute");
        return -1;
    }
    if (tyArg_int(v, &n) < 0)
        return -1;
    CURSOR(self)->arraysize = n;
    return 0;
}

static TyObject *get_cu_row_factory(TyObject *self)
{
    TyObject *d = CURSOR(self)->row_factory;
    return TY_NEWREF(d ? d : TY_NONE);
}

static int set_cu_row_factory(TyObject *self, TyObject *v)
{
    TY_XSETREF(CURSOR(self)->row_factory, TY_NEWREF(v ? v : TY_NONE));
    return 0;
}

static TyMethodDef cu_methods[] = {
    { "execute", cu_execute, TY_METH_DEFAULT, "Executes an SQL statement." },
    { "executemany", cu_executemany, TY_METH_DEFAULT, "Repeatedly executes an SQL statement." },
    { "executescript", cu_executescript, TY_METH_DEFAULT, "Executes multiple SQL statements at once." },
    { "fetchone", cu_fetchone, TY_METH_DEFAULT, "Fetches one row from the resultset." },
    { "fetchmany", cu_fetchmany, TY_METH_DEFAULT, "Fetches several rows from the resultset." },
    { "fetchall", cu_fetchall, TY_METH_DEFAULT, "Fetches all rows from the resultset." },
    { "close", cu_close, TY_METH_DEFAULT, "Closes the cursor." },
    { "setinputsizes", cu_setinputsizes, TY_METH_DEFAULT, "Required by DB-API. Does nothing in sqlite3." },
    { "setoutputsize", cu_setoutputsize, TY_METH_DEFAULT, "Required by DB-API. Does nothing in sqlite3." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef cu_getset[] = {
    { "connection", get_connection, NULL, NULL, true },
    { "description", get_description, NULL, NULL, true },
    { "lastrowid", get_lastrowid, NULL, NULL, true },
    { "rowcount", get_rowcount, NULL, NULL, true },
    { "arraysize", get_arraysize, set_arraysize, NULL, true },
    { "row_factory", get_cu_row_factory, set_cu_row_factory, NULL, true },
    { NULL, NULL, NULL, NULL, false },
};

TyType TySqlCursor_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "sqlite3.Cursor",
    .doc = "SQLite database cursor class.",
    .basicsize = sizeof(TySqlCursor),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = cu_dealloc,
    .traverse = cu_traverse,
    .clear = cu_clear,
    .weaklistoffset = offsetof(TySqlCursor, weaklist),
    .iter = cursor_iter,
    .iternext = cursor_iternext,
    .tp_new = cu_new,
    .tp_init = cu_init,
    .methods = cu_methods,
    .getset = cu_getset,
};

/* ---- Row -------------------------------------------------------------------------- */

typedef struct SqlRow {
    TyObject ob;
    TyObject *data;         /* tuple */
    TyObject *description;  /* the cursor's description */
} SqlRow;

#define ROW(o) ((SqlRow *)(o))

/* Row(cursor, data, /). */
static TyObject *row_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("Row", kwnames) < 0 || tyArg_checkCount("Row", nargs, 2, 2) < 0)
        return NULL;
    if (!tyType_isSubtype(TY_TYPE(args[0]), &TySqlCursor_Type))
        return tyErr_format(&TyExc_TypeError, "Row() argument 1 must be sqlite3.Cursor, not %T", args[0]);
    if (!TY_TUPLE_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "Row() argument 2 must be tuple, not %T", args[1]);
    SqlRow *r = (SqlRow *)tyType_genericAlloc(type, 0);
    if (!r)
        return NULL;
    r->data = TY_NEWREF(args[1]);
    TyObject *d = CURSOR(args[0])->description;
    r->description = TY_NEWREF(d ? d : TY_NONE);
    return (TyObject *)r;
}

static int row_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    if (ROW(o)->data && visit(ROW(o)->data, arg))
        return 1;
    return ROW(o)->description && visit(ROW(o)->description, arg);
}

static int row_clear(TyObject *o)
{
    TY_CLEAR(ROW(o)->data);
    TY_CLEAR(ROW(o)->description);
    return 0;
}

static void row_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    row_clear(o);
    tyObj_free(o);
}

/* Column i's name in the description, or NULL. */
static TyObject *column_name(SqlRow *r, ssize_t i)
{
    TyObject *d = r->description;
    if (!d || !TY_TUPLE_CHECK(d) || i >= TY_TUPLE_LEN(d))
        return NULL;
    TyObject *entry = TY_TUPLE_GET(d, i);
    if (!TY_TUPLE_CHECK(entry) || TY_TUPLE_LEN(entry) < 1 || !TY_STR_CHECK(TY_TUPLE_GET(entry, 0)))
        return NULL;
    return TY_TUPLE_GET(entry, 0);
}

/* row[i], row["name"] (ASCII case-insensitive), row[a:b]. */
static TyObject *row_subscript(TyObject *self, TyObject *key)
{
    SqlRow *r = ROW(self);
    if (TY_INT_CHECK(key))
        return tyObj_getItem(r->data, key);
    if (TY_STR_CHECK(key)) {
        ssize_t n = TY_TUPLE_LEN(r->data);
        for (ssize_t i = 0; i < n; i++) {
            TyObject *name = column_name(r, i);
            if (name && TY_STR_NBYTES(name) == TY_STR_NBYTES(key) &&
                strncasecmp(TY_STR_UTF8(name), TY_STR_UTF8(key), (size_t)TY_STR_NBYTES(key)) == 0)
                return TY_NEWREF(TY_TUPLE_GET(r->data, i));
        }
        return tyErr_setString(&TyExc_IndexError, "No item with that key");
    }
    if (TY_IS_TYPE(key, &TySlice_Type))
        return tyObj_getItem(r->data, key);
    return tyErr_setString(&TyExc_IndexError, "Index must be int or string");
}

static ssize_t row_length(TyObject *self)
{
    return TY_TUPLE_LEN(ROW(self)->data);
}

static TyObject *row_iter(TyObject *self)
{
    return tyObj_getIter(ROW(self)->data);
}

/* keys(): the column names. */
TY_CFUNC(row_keys)
{
    if (tyArg_checkCount("keys", nargs, 0, 0) < 0)
        return NULL;
    SqlRow *r = ROW(self);
    TyObject *list = tyList_new(0);
    ssize_t n = r->description && TY_TUPLE_CHECK(r->description) ? TY_TUPLE_LEN(r->description) : 0;
    for (ssize_t i = 0; list && i < n; i++) {
        TyObject *name = column_name(r, i);
        if (tyList_append(list, name ? name : TY_NONE) < 0)
            TY_CLEAR(list);
    }
    return list;
}

/* Rows are equal when their descriptions and values are. */
static TyObject *row_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !tyType_isSubtype(TY_TYPE(b), &TySqlRow_Type))
        return TY_NEWREF(TY_NOTIMPL);
    int eq = tyObj_richCompareBool(ROW(a)->description, ROW(b)->description, TY_EQ);
    if (eq > 0)
        eq = tyObj_richCompareBool(ROW(a)->data, ROW(b)->data, TY_EQ);
    if (eq < 0)
        return NULL;
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash row_hash(TyObject *self)
{
    ty_hash h1 = tyObj_hash(ROW(self)->description);
    if (h1 == -1)
        return -1;
    ty_hash h2 = tyObj_hash(ROW(self)->data);
    if (h2 == -1)
        return -1;
    ty_hash h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static TyMethodDef row_methods[] = {
    { "keys", row_keys, TY_METH_DEFAULT, "Returns the keys of the row." },
    { NULL, NULL, 0, NULL },
};

TyType TySqlRow_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "sqlite3.Row",
    .basicsize = sizeof(SqlRow),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = row_dealloc,
    .traverse = row_traverse,
    .clear = row_clear,
    .hash = row_hash,
    .richcompare = row_richcompare,
    .iter = row_iter,
    .length = row_length,
    .subscript = row_subscript,
    .tp_new = row_new,
    .methods = row_methods,
};

/* ---- Statement: what calling a Connection compiles ------------------------------------ */

typedef struct SqlStatement {
    TyObject ob;
    sqlite3_stmt *st;               /* NULL for a text with no statement */
} SqlStatement;

TyObject *tySql_statementNew(TySqlConnection *c, TyObject *sql)
{
    if (!TY_STR_CHECK(sql))
        return tyErr_format(&TyExc_TypeError, "argument 1 must be str, not %s",
                            tyType_name(TY_TYPE(sql)));
    sqlite3_stmt *st;
    if (prepare(c->db, sql, &st) < 0)
        return NULL;
    SqlStatement *s = (SqlStatement *)tyObj_alloc(&TySqlStatement_Type);
    if (!s) {
        sqlite3_finalize(st);
        return NULL;
    }
    s->st = st;
    return (TyObject *)s;
}

static void statement_dealloc(TyObject *o)
{
    sqlite3_finalize(((SqlStatement *)o)->st);
    tyObj_free(o);
}

TyType TySqlStatement_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "sqlite3.Statement",
    .basicsize = sizeof(SqlStatement),
    .dealloc = statement_dealloc,
};
