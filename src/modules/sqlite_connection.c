/*
** sqlite_connection.c — sqlite3.Connection: one SQLite database handle,
** its transaction control as CPython 3.11 does it (an implicit BEGIN before
** INSERT/UPDATE/DELETE/REPLACE unless isolation_level is None), and the
** Python callables it registers with SQLite (functions, aggregates,
** collations, the trace, progress and authorizer hooks).
**
** The handle is closed with sqlite3_close_v2: a cursor may still hold a
** prepared statement, and SQLite then keeps the database until that
** statement is finalized.  Registered callables are released by SQLite's
** destroy callbacks at that moment, which may come after the Connection
** object is freed; see TySqlCallback.
*/
#include <limits.h>
#include "tally.h"
#include "buffer.h"
#include "import.h"
#include "modules/posix.h"
#include "modules/sqlite.h"
#include "objects/bytearray.h"

#define CONN(o) ((TySqlConnection *)(o))

static const char *const isolation_levels[] = { "", "DEFERRED", "IMMEDIATE", "EXCLUSIVE" };

int tySql_checkConnection(TySqlConnection *c)
{
    if (!c->initialized) {
        tyErr_setString(tySql_exc("ProgrammingError"), "Base Connection.__init__ not called.");
        return 0;
    }
    if (!c->db) {
        tyErr_setString(tySql_exc("ProgrammingError"), "Cannot operate on a closed database.");
        return 0;
    }
    return 1;
}

/* Runs one statement without parameters or rows (BEGIN, COMMIT,
** ROLLBACK): 0, or -1 with the database's error. */
static int exec_simple(TySqlConnection *c, const char *sql)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(c->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        int frc = sqlite3_finalize(st);
        rc = rc == SQLITE_DONE || rc == SQLITE_ROW ? frc : rc;
    }
    if (rc != SQLITE_OK) {
        tySql_setError(c->db);
        return -1;
    }
    return 0;
}

int tySql_begin(TySqlConnection *c)
{
    char sql[32];
    snprintf(sql, sizeof sql, "BEGIN %s", c->isolation_level);
    return exec_simple(c, sql);
}

/* isolation_level from a str (case-insensitive) or None: 0 with *out the
** canonical spelling (NULL for None), or -1 with CPython's errors. */
static int isolation_level_arg(TyObject *v, const char **out)
{
    if (v == TY_NONE) {
        *out = NULL;
        return 0;
    }
    if (!TY_STR_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "isolation_level must be str or None");
        return -1;
    }
    for (size_t i = 0; i < TY_ARRAY_LEN(isolation_levels); i++) {
        if (strcasecmp(TY_STR_UTF8(v), isolation_levels[i]) == 0 &&
            strlen(isolation_levels[i]) == (size_t)TY_STR_NBYTES(v)) {
            *out = isolation_levels[i];
            return 0;
        }
    }
    tyErr_setString(&TyExc_ValueError,
                    "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
    return -1;
}

/* ---- registered callables ------------------------------------------------------------ */

/* A new entry for callable (may be NULL), linked into c's list. */
static TySqlCallback *callback_new(TySqlConnection *c, TyObject *callable)
{
    TySqlCallback *cb = tyMem_malloc(sizeof *cb);
    if (!cb) {
        tyErr_noMemory();
        return NULL;
    }
    cb->callable = callable ? TY_NEWREF(callable) : NULL;
    cb->owner = c;
    cb->prev = NULL;
    cb->next = c->callbacks;
    if (c->callbacks)
        c->callbacks->prev = cb;
    c->callbacks = cb;
    return cb;
}

/* SQLite's destroy callback: unlinks the entry and releases its callable. */
static void callback_destroy(void *p)
{
    TySqlCallback *cb = p;
    if (cb->owner) {
        if (cb->prev)
            cb->prev->next = cb->next;
        else
            cb->owner->callbacks = cb->next;
        if (cb->next)
            cb->next->prev = cb->prev;
    }
    TyObject *callable = cb->callable;
    tyMem_free(cb);
    TY_XDECREF(callable);
}

/* SQLite values as Python objects: new reference to a tuple-like C array
** filled into out[0..argc), or -1 (out released). */
static int values_to_python(int argc, sqlite3_value **argv, TyObject **out)
{
    for (int i = 0; i < argc; i++) {
        sqlite3_value *v = argv[i];
        TyObject *o;
        switch (sqlite3_value_type(v)) {
        case SQLITE_INTEGER:
            o = tyInt_fromI64(sqlite3_value_int64(v));
            break;
        case SQLITE_FLOAT:
            o = tyFloat_from(sqlite3_value_double(v));
            break;
        case SQLITE_TEXT: {
            const char *text = (const char *)sqlite3_value_text(v);
            o = text ? tyStr_decodeUtf8(text, sqlite3_value_bytes(v)) : tyErr_noMemory();
            break;
        }
        case SQLITE_BLOB: {
            const void *blob = sqlite3_value_blob(v);
            int n = sqlite3_value_bytes(v);
            o = blob || n == 0 ? tyBytes_fromData(blob ? blob : "", n) : tyErr_noMemory();
            break;
        }
        default:
            o = tyNone_new();
            break;
        }
        if (!o) {
            while (i-- > 0)
                TY_DECREF(out[i]);
            return -1;
        }
        out[i] = o;
    }
    return 0;
}

/* Sets a Python value as the function's result: 0, or -1 (a Python error
** set, or none for a type SQLite cannot take). */
static int set_result(sqlite3_context *ctx, TyObject *v)
{
    if (v == TY_NONE) {
        sqlite3_result_null(ctx);
    } else if (TY_INT_CHECK(v)) {
        int64_t n;
        if (tyInt_asI64(v, &n) < 0)
            return -1;
        sqlite3_result_int64(ctx, n);
    } else if (TY_FLOAT_CHECK(v)) {
        sqlite3_result_double(ctx, TY_FLOAT_VALUE(v));
    } else if (TY_STR_CHECK(v)) {
        if (tySql_checkText(v) < 0)
            return -1;
        sqlite3_result_text64(ctx, TY_STR_UTF8(v), (sqlite3_uint64)TY_STR_NBYTES(v), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (tyBuffer_check(v)) {
        TyBuffer view;
        if (tyBuffer_get(v, &view) < 0)
            return -1;
        if (view.len > INT_MAX) {
            tyErr_setString(&TyExc_OverflowError, "BLOB longer than INT_MAX bytes");
            return -1;
        }
        sqlite3_result_blob(ctx, view.data, (int)view.len, SQLITE_TRANSIENT);
    } else {
        return -1;
    }
    return 0;
}

/* A callback failed: the SQLite error for ctx (out of memory and
** OverflowError as SQLite's own kinds), and the Python exception printed
** (enable_callback_tracebacks) or dropped. */
static void callback_failed(sqlite3_context *ctx, TyObject *callable, const char *msg)
{
    if (tyErr_exceptionMatches(&TyExc_MemoryError))
        sqlite3_result_error_nomem(ctx);
    else if (tyErr_exceptionMatches(&TyExc_OverflowError))
        sqlite3_result_error_toobig(ctx);
    else
        sqlite3_result_error(ctx, msg, -1);
    if (!tyErr_occurred())
        return;
    if (tySql_callbackTracebacks())
        tyErr_writeUnraisable(callable);
    else
        tyErr_clear();
}

/* Calls fn (borrowed) on the SQL arguments: new reference, or NULL. */
static TyObject *call_with_values(TyObject *fn, int argc, sqlite3_value **argv)
{
    TyObject *small[8] = { NULL }, **args = argc <= 8 ? small : tyMem_malloc(sizeof(TyObject *) * (size_t)argc);
    if (!args)
        return tyErr_noMemory();
    TyObject *r = NULL;
    if (values_to_python(argc, argv, args) == 0) {
        r = tyObj_call(fn, args, (size_t)argc, NULL);
        for (int i = 0; i < argc; i++)
            TY_DECREF(args[i]);
    }
    if (args != small)
        tyMem_free(args);
    return r;
}

static void func_callback(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    TySqlCallback *cb = sqlite3_user_data(ctx);
    static const char msg[] = "user-defined function raised exception";
    if (!cb->callable) {
        sqlite3_result_error(ctx, msg, -1);
        return;
    }
    TyObject *r = call_with_values(cb->callable, argc, argv);
    if (!r || set_result(ctx, r) < 0)
        callback_failed(ctx, cb->callable, msg);
    TY_XDECREF(r);
}

/* The aggregate instance of this group, made on the first step: borrowed
** from SQLite's aggregate context, or NULL with the SQLite error set. */
static TyObject *aggregate_instance(sqlite3_context *ctx, TySqlCallback *cb)
{
    TyObject **slot = sqlite3_aggregate_context(ctx, sizeof(TyObject *));
    if (!slot) {
        sqlite3_result_error_nomem(ctx);
        return NULL;
    }
    if (!*slot) {
        if (!cb->callable || !(*slot = tyObj_callNoArgs(cb->callable))) {
            callback_failed(ctx, cb->callable, "user-defined aggregate's '__init__' method raised error");
            return NULL;
        }
    }
    return *slot;
}

/* Calls instance.name(*argv): new reference, or NULL with the SQLite error
** set (named for the method, "not defined" when the class has none). */
static TyObject *aggregate_call(sqlite3_context *ctx, TySqlCallback *cb, TyObject *instance, const char *name,
                                int argc, sqlite3_value **argv)
{
    char msg[80];
    TyObject *method = tyObj_getAttrStr(instance, name);
    if (!method) {
        bool missing = tyErr_exceptionMatches(&TyExc_AttributeError);
        snprintf(msg, sizeof msg, "user-defined aggregate's '%s' method %s", name, missing ? "not defined" : "raised error");
        callback_failed(ctx, cb->callable, msg);
        return NULL;
    }
    TyObject *r = call_with_values(method, argc, argv);
    TY_DECREF(method);
    if (!r) {
        snprintf(msg, sizeof msg, "user-defined aggregate's '%s' method raised error", name);
        callback_failed(ctx, cb->callable, msg);
    }
    return r;
}

static void step_callback(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    TySqlCallback *cb = sqlite3_user_data(ctx);
    TyObject *instance = aggregate_instance(ctx, cb);
    TyObject *r = instance ? aggregate_call(ctx, cb, instance, "step", argc, argv) : NULL;
    TY_XDECREF(r);
}

/* Ends a group: finalize()'s value is the result; the instance is released
** (SQLite also calls this when a statement is reset mid-group). */
static void final_callback(sqlite3_context *ctx)
{
    TySqlCallback *cb = sqlite3_user_data(ctx);
    TyObject **slot = sqlite3_aggregate_context(ctx, 0);
    if (!slot || !*slot)
        return;
    TyObject *instance = *slot;
    *slot = NULL;
    /* An error of an earlier callback may be pending: finalize() runs
    ** without it, and it is put back after. */
    TyObject *pending = tyErr_occurred() ? tyErr_fetch() : NULL;
    TyObject *r = aggregate_call(ctx, cb, instance, "finalize", 0, NULL);
    if (r && set_result(ctx, r) < 0)
        callback_failed(ctx, cb->callable, "user-defined aggregate's 'finalize' method raised error");
    TY_XDECREF(r);
    TY_DECREF(instance);
    if (pending) {
        tyErr_clear();
        tyErr_restore(pending);
    }
}

/* A window function's current value: instance.value(), the group's
** instance staying for later rows. */
static void value_callback(sqlite3_context *ctx)
{
    TySqlCallback *cb = sqlite3_user_data(ctx);
    TyObject **slot = sqlite3_aggregate_context(ctx, sizeof(TyObject *));
    if (!slot || !*slot) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    TyObject *r = aggregate_call(ctx, cb, *slot, "value", 0, NULL);
    if (r && set_result(ctx, r) < 0)
        callback_failed(ctx, cb->callable,
                        "unable to set result from user-defined aggregate's 'value' method");
    TY_XDECREF(r);
}

/* A row leaving a window function's frame: instance.inverse(*argv). */
static void inverse_callback(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    TySqlCallback *cb = sqlite3_user_data(ctx);
    TyObject **slot = sqlite3_aggregate_context(ctx, sizeof(TyObject *));
    if (!slot || !*slot) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    TyObject *r = aggregate_call(ctx, cb, *slot, "inverse", argc, argv);
    TY_XDECREF(r);
}

/* Compares two texts with a Python collation: the sign of its int result.
** An exception from the callable stays set for the cursor to raise. */
static int collation_callback(void *p, int n1, const void *s1, int n2, const void *s2)
{
    TySqlCallback *cb = p;
    if (!cb->callable || tyErr_occurred())
        return 0;
    TyObject *a = tyStr_decodeUtf8(s1, n1);
    TyObject *b = a ? tyStr_decodeUtf8(s2, n2) : NULL;
    TyObject *pair[2] = { a, b };
    TyObject *r = b ? tyObj_call(cb->callable, pair, 2, NULL) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    if (!r)
        return 0;
    int result = 0;
    if (TY_INT_CHECK(r))
        result = tyInt_sign(r);
    TY_DECREF(r);
    return result;
}

/* A str argument as UTF-8 without NULs, or NULL with the error. */
static const char *name_arg(const char *fname, TyObject *o)
{
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "%s() argument 1 must be str, not %A", fname, o);
        return NULL;
    }
    if (strlen(TY_STR_UTF8(o)) != (size_t)TY_STR_NBYTES(o)) {
        tyErr_setString(&TyExc_ValueError, "embedded null character");
        return NULL;
    }
    if (tySql_checkText(o) < 0)
        return NULL;
    return TY_STR_UTF8(o);
}

/* create_function(name, narg, func, *, deterministic=False). */
TY_CFUNC(conn_create_function)
{
    static const char *const names[] = { "name", "narg", "func", "deterministic", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[4];
    int narg;
    const char *name;
    if (tyArg_unpack("create_function", args, nargs, kwnames, names, 3, 3, a) < 0 ||
        !tySql_checkConnection(c) || !(name = name_arg("create_function", a[0])) || tyArg_int(a[1], &narg) < 0)
        return NULL;
    int flags = SQLITE_UTF8;
    if (a[3]) {
        int det = tyObj_isTrue(a[3]);
        if (det < 0)
            return NULL;
        if (det)
            flags |= SQLITE_DETERMINISTIC;
    }
    /* None is registered as any other object (CPython's behaviour): calling
    ** the function then fails. */
    TySqlCallback *cb = callback_new(c, a[2]);
    if (!cb)
        return NULL;
    int rc = sqlite3_create_function_v2(c->db, name, narg, flags, cb, func_callback, NULL, NULL, callback_destroy);
    if (rc != SQLITE_OK)
        return tyErr_setString(tySql_exc("OperationalError"), "Error creating function");
    return tyNone_new();
}

/* create_aggregate(name, n_arg, aggregate_class). */
TY_CFUNC(conn_create_aggregate)
{
    static const char *const names[] = { "name", "n_arg", "aggregate_class", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[3];
    int narg;
    const char *name;
    if (tyArg_unpack("create_aggregate", args, nargs, kwnames, names, 3, 3, a) < 0 ||
        !tySql_checkConnection(c) || !(name = name_arg("create_aggregate", a[0])) || tyArg_int(a[1], &narg) < 0)
        return NULL;
    TySqlCallback *cb = callback_new(c, a[2]);
    if (!cb)
        return NULL;
    int rc = sqlite3_create_function_v2(c->db, name, narg, SQLITE_UTF8, cb, NULL, step_callback, final_callback,
                                        callback_destroy);
    if (rc != SQLITE_OK)
        return tyErr_setString(tySql_exc("OperationalError"), "Error creating aggregate");
    return tyNone_new();
}

/* create_window_function(name, num_params, aggregate_class, /): a class
** with step, value, inverse and finalize; None removes the function. */
TY_CFUNC(conn_create_window_function)
{
    static const char *const names[] = { "", "", "", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[3];
    int narg;
    const char *name;
    if (tyArg_unpack("create_window_function", args, nargs, kwnames, names, 3, 3, a) < 0 ||
        !tySql_checkConnection(c) || !(name = name_arg("create_window_function", a[0])) ||
        tyArg_int(a[1], &narg) < 0)
        return NULL;
    int rc;
    if (a[2] == TY_NONE) {
        rc = sqlite3_create_window_function(c->db, name, narg, SQLITE_UTF8, NULL, NULL, NULL, NULL,
                                            NULL, NULL);
    } else {
        TySqlCallback *cb = callback_new(c, a[2]);
        if (!cb)
            return NULL;
        rc = sqlite3_create_window_function(c->db, name, narg, SQLITE_UTF8, cb, step_callback,
                                            final_callback, value_callback, inverse_callback,
                                            callback_destroy);
    }
    /* SQLite sets no error on the connection for this call. */
    if (rc != SQLITE_OK)
        return tyErr_setString(tySql_exc("ProgrammingError"), sqlite3_errstr(rc));
    return tyNone_new();
}

/* create_collation(name, callable, /): None removes it. */
TY_CFUNC(conn_create_collation)
{
    TySqlConnection *c = CONN(self);
    const char *name;
    if (tyArg_noKeywords("create_collation", kwnames) < 0 || tyArg_checkCount("create_collation", nargs, 2, 2) < 0 ||
        !tySql_checkConnection(c) || !(name = name_arg("create_collation", args[0])))
        return NULL;
    TyObject *fn = args[1];
    if (fn != TY_NONE && !tyObj_isCallable(fn))
        return tyErr_setString(&TyExc_TypeError, "parameter must be callable");
    int rc;
    if (fn == TY_NONE) {
        rc = sqlite3_create_collation_v2(c->db, name, SQLITE_UTF8, NULL, NULL, NULL);
    } else {
        TySqlCallback *cb = callback_new(c, fn);
        if (!cb)
            return NULL;
        rc = sqlite3_create_collation_v2(c->db, name, SQLITE_UTF8, cb, collation_callback, callback_destroy);
        /* SQLite does not call the destroy callback when it refuses. */
        if (rc != SQLITE_OK)
            callback_destroy(cb);
    }
    if (rc != SQLITE_OK)
        return tySql_setError(c->db);
    return tyNone_new();
}

/* ---- hooks: trace, progress, authorizer ----------------------------------------------- */

/* A hook's exception is printed or dropped, as a callback's. */
static void hook_failed(TyObject *fn)
{
    if (tySql_callbackTracebacks())
        tyErr_writeUnraisable(fn);
    else
        tyErr_clear();
}

static int trace_callback(unsigned type, void *p, void *stmt, void *sql)
{
    TySqlConnection *c = p;
    if (type != SQLITE_TRACE_STMT || !c->trace || tyErr_occurred())
        return 0;
    char *expanded = sqlite3_expanded_sql(stmt);
    const char *text = expanded ? expanded : (const char *)sql;
    /* A trigger's statements come as "-- comment" text; CPython passes
    ** the statement's own text in both cases. */
    TyObject *s = tyStr_decodeUtf8(text, (ssize_t)strlen(text));
    sqlite3_free(expanded);
    TyObject *r = s ? tyObj_callOneArg(c->trace, s) : NULL;
    TY_XDECREF(s);
    if (!r)
        hook_failed(c->trace);
    TY_XDECREF(r);
    return 0;
}

static int progress_callback(void *p)
{
    TySqlConnection *c = p;
    if (!c->progress)
        return 0;
    TyObject *r = tyObj_callNoArgs(c->progress);
    int stop = r ? tyObj_isTrue(r) : -1;
    TY_XDECREF(r);
    if (stop < 0) {
        hook_failed(c->progress);
        return 1;
    }
    return stop;
}

static int authorizer_callback(void *p, int action, const char *a1, const char *a2, const char *db, const char *src)
{
    TySqlConnection *c = p;
    if (!c->authorizer)
        return SQLITE_OK;
    const char *texts[4] = { a1, a2, db, src };
    TyObject *args[5] = { tyInt_fromI64(action) };
    for (int i = 0; i < 4; i++)
        args[i + 1] = texts[i] ? tyStr_decodeUtf8(texts[i], (ssize_t)strlen(texts[i])) : tyNone_new();
    bool ok = true;
    for (int i = 0; i < 5; i++)
        ok = ok && args[i];
    TyObject *r = ok ? tyObj_call(c->authorizer, args, 5, NULL) : NULL;
    for (int i = 0; i < 5; i++)
        TY_XDECREF(args[i]);
    int answer = SQLITE_DENY;
    if (!r) {
        hook_failed(c->authorizer);
    } else if (TY_INT_CHECK(r)) {
        int64_t v;
        if (tyInt_asI64(r, &v) == 0 && v >= INT_MIN && v <= INT_MAX)
            answer = (int)v;
        else
            tyErr_clear();
    }
    TY_XDECREF(r);
    return answer;
}

/* Sets one hook slot (None clears it): 0, or -1. */
static int set_hook(TyObject **slot, TyObject *fn)
{
    TY_XSETREF(*slot, fn == TY_NONE ? NULL : TY_NEWREF(fn));
    return 0;
}

/* set_trace_callback(trace_callback). */
TY_CFUNC(conn_set_trace_callback)
{
    static const char *const names[] = { "trace_callback", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[1];
    if (tyArg_unpack("set_trace_callback", args, nargs, kwnames, names, 1, 1, a) < 0 || !tySql_checkConnection(c))
        return NULL;
    set_hook(&c->trace, a[0]);
    sqlite3_trace_v2(c->db, c->trace ? SQLITE_TRACE_STMT : 0, c->trace ? trace_callback : NULL, c);
    return tyNone_new();
}

/* set_progress_handler(progress_handler, n). */
TY_CFUNC(conn_set_progress_handler)
{
    static const char *const names[] = { "progress_handler", "n", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[2];
    int n;
    if (tyArg_unpack("set_progress_handler", args, nargs, kwnames, names, 2, 2, a) < 0 ||
        !tySql_checkConnection(c) || tyArg_int(a[1], &n) < 0)
        return NULL;
    set_hook(&c->progress, a[0]);
    sqlite3_progress_handler(c->db, n, c->progress ? progress_callback : NULL, c);
    return tyNone_new();
}

/* set_authorizer(authorizer_callback). */
TY_CFUNC(conn_set_authorizer)
{
    static const char *const names[] = { "authorizer_callback", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[1];
    if (tyArg_unpack("set_authorizer", args, nargs, kwnames, names, 1, 1, a) < 0 || !tySql_checkConnection(c))
        return NULL;
    set_hook(&c->authorizer, a[0]);
    if (sqlite3_set_authorizer(c->db, c->authorizer ? authorizer_callback : NULL, c) != SQLITE_OK) {
        TY_CLEAR(c->authorizer);
        return tyErr_setString(tySql_exc("OperationalError"), "Error setting authorizer callback");
    }
    return tyNone_new();
}

/* ---- the object --------------------------------------------------------------------- */

/* Closes the handle (SQLite keeps it while statements live) after
** unhooking the hooks, which point at this object. */
static void close_db(TySqlConnection *c)
{
    if (!c->db)
        return;
    sqlite3_trace_v2(c->db, 0, NULL, NULL);
    sqlite3_progress_handler(c->db, 0, NULL, NULL);
    sqlite3_set_authorizer(c->db, NULL, NULL);
    sqlite3 *db = c->db;
    c->db = NULL;
    sqlite3_close_v2(db);
}

static int conn_clear(TyObject *o);

static TyObject *conn_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TySqlConnection *c = (TySqlConnection *)tyType_genericAlloc(type, 0);
    if (!c)
        return NULL;
    c->row_factory = tyNone_new();
    c->text_factory = TY_NEWREF(&TyStr_Type);
    return (TyObject *)c;
}

/* Connection(database, timeout=5.0, detect_types=0, isolation_level="",
** check_same_thread=True, factory=Connection, cached_statements=128,
** uri=False).  tally is single-threaded: check_same_thread has nothing to
** check; statements are prepared per execute, so cached_statements only
** has its type checked. */
static int conn_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "database", "timeout", "detect_types", "isolation_level",
                                         "check_same_thread", "factory", "cached_statements", "uri", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[8];
    double timeout = 5.0;
    int detect_types = 0, cached = 128, uri = 0;
    const char *level = "";
    if (tyArg_unpack("Connection", args, nargs, kwnames, names, 1, 8, a) < 0)
        return -1;
    if (a[1] && (timeout = tyFloat_asDouble(a[1]), timeout == -1.0 && tyErr_occurred()))
        return -1;
    if ((a[2] && tyArg_int(a[2], &detect_types) < 0) || (a[3] && isolation_level_arg(a[3], &level) < 0) ||
        (a[6] && tyArg_int(a[6], &cached) < 0) || (a[7] && (uri = tyObj_isTrue(a[7])) < 0))
        return -1;
    TyPathArg path;
    if (tyPosix_path("Connection", "database", a[0], false, false, &path) < 0)
        return -1;
    /* __init__ called again starts afresh, as in CPython: if it fails, the
    ** connection counts as never initialised. */
    if (c->initialized) {
        conn_clear(self);
        close_db(c);
        c->initialized = false;
    }
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path.narrow, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (uri ? SQLITE_OPEN_URI : 0),
                             NULL);
    tyPosix_pathFree(&path);
    if (rc != SQLITE_OK) {
        if (db) {
            tySql_setError(db);
            sqlite3_close_v2(db);
        } else {
            tyErr_noMemory();
        }
        return -1;
    }
    sqlite3_busy_timeout(db, timeout * 1000 > INT_MAX ? INT_MAX : (int)(timeout * 1000));
    c->db = db;
    TY_XSETREF(c->row_factory, tyNone_new());
    TY_XSETREF(c->text_factory, TY_NEWREF(&TyStr_Type));
    c->detect_types = detect_types;
    c->isolation_level = level;
    c->initialized = true;
    return 0;
}

static int conn_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySqlConnection *c = CONN(o);
    TyObject *refs[] = { c->row_factory, c->text_factory, c->trace, c->progress, c->authorizer };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    for (TySqlCallback *cb = c->callbacks; cb; cb = cb->next)
        if (cb->callable && visit(cb->callable, arg))
            return 1;
    return 0;
}

/* Drops every Python reference; the registered functions stay known to
** SQLite but fail when called (their callable is gone). */
static int conn_clear(TyObject *o)
{
    TySqlConnection *c = CONN(o);
    TY_CLEAR(c->row_factory);
    TY_CLEAR(c->text_factory);
    TY_CLEAR(c->trace);
    TY_CLEAR(c->progress);
    TY_CLEAR(c->authorizer);
    for (TySqlCallback *cb = c->callbacks; cb; cb = cb->next)
        TY_CLEAR(cb->callable);
    return 0;
}

static void conn_dealloc(TyObject *o)
{
    TySqlConnection *c = CONN(o);
    tyGC_untrack(o);
    close_db(c);
    /* What SQLite still holds (a cursor's statement keeps the database
    ** open) is released by SQLite later, without this object. */
    for (TySqlCallback *cb = c->callbacks; cb; cb = cb->next)
        cb->owner = NULL;
    c->callbacks = NULL;
    conn_clear(o);
    tyObj_free(o);
}

/* ---- methods ------------------------------------------------------------------------ */

/* cursor(factory=Cursor): factory(self), which must give a Cursor. */
TY_CFUNC(conn_cursor)
{
    static const char *const names[] = { "factory", NULL };
    TySqlConnection *c = CONN(self);
    TyObject *a[1];
    if (tyArg_unpack("cursor", args, nargs, kwnames, names, 0, 1, a) < 0 || !tySql_checkConnection(c))
        return NULL;
    TyObject *cursor = tyObj_callOneArg(a[0] ? a[0] : (TyObject *)&TySqlCursor_Type, self);
    if (!cursor)
        return NULL;
    if (!tyType_isSubtype(TY_TYPE(cursor), &TySqlCursor_Type)) {
        tyErr_format(&TyExc_TypeError, "factory must return a cursor, not %T", cursor);
        TY_DECREF(cursor);
        return NULL;
    }
    TySqlCursor *cu = (TySqlCursor *)cursor;
    if (c->row_factory && c->row_factory != TY_NONE)
        TY_XSETREF(cu->row_factory, TY_NEWREF(c->row_factory));
    return cursor;
}

/* close(): SQLite closes the database once no statement is left. */
TY_CFUNC(conn_close)
{
    TySqlConnection *c = CONN(self);
    if (tyArg_checkCount("close", nargs, 0, 0) < 0)
        return NULL;
    if (!c->initialized)
        return tyErr_setString(tySql_exc("ProgrammingError"), "Base Connection.__init__ not called.");
    close_db(c);
    return tyNone_new();
}

/* Runs COMMIT or ROLLBACK when a transaction is open. */
static TyObject *end_transaction(TySqlConnection *c, const char *sql)
{
    if (!tySql_checkConnection(c))
        return NULL;
    if (!sqlite3_get_autocommit(c->db) && exec_simple(c, sql) < 0)
        return NULL;
    return tyNone_new();
}

TY_CFUNC(conn_commit)
{
    if (tyArg_checkCount("commit", nargs, 0, 0) < 0)
        return NULL;
    return end_transaction(CONN(self), "COMMIT");
}

TY_CFUNC(conn_rollback)
{
    if (tyArg_checkCount("rollback", nargs, 0, 0) < 0)
        return NULL;
    return end_transaction(CONN(self), "ROLLBACK");
}

/* self.cursor().<method>(*args): the shortcuts execute, executemany and
** executescript. */
static TyObject *cursor_shortcut(TyObject *self, const char *method, TyObject *const *args, size_t nargs,
                                 size_t min, size_t max, TyObject *kwnames)
{
    if (tyArg_noKeywords(method, kwnames) < 0 || tyArg_checkCount(method, nargs, min, max) < 0)
        return NULL;
    TyObject *cursor = conn_cursor(self, NULL, 0, NULL);
    TyObject *name = cursor ? tyStr_fromCStr(method) : NULL;
    TyObject *r = name ? tyObj_callMethod(cursor, name, args, nargs) : NULL;
    TY_XDECREF(name);
    TY_XDECREF(r);
    if (!r) {
        TY_XDECREF(cursor);
        return NULL;
    }
    return cursor;
}

TY_CFUNC(conn_execute)
{
    return cursor_shortcut(self, "execute", args, nargs, 1, 2, kwnames);
}

TY_CFUNC(conn_executemany)
{
    return cursor_shortcut(self, "executemany", args, nargs, 2, 2, kwnames);
}

TY_CFUNC(conn_executescript)
{
    return cursor_shortcut(self, "executescript", args, nargs, 1, 1, kwnames);
}

/* iterdump(): sqlite3.dump._iterdump(self), the SQL text that rebuilds
** the database. */
TY_CFUNC(conn_iterdump)
{
    if (tyArg_checkCount("iterdump", nargs, 0, 0) < 0 || !tySql_checkConnection(CONN(self)))
        return NULL;
    /* The import gives the package: its dump submodule is an attribute. */
    TyObject *pkg = tyImport_importC("sqlite3.dump");
    TyObject *mod = pkg ? tyObj_getAttrStr(pkg, "dump") : NULL;
    TyObject *fn = mod ? tyObj_getAttrStr(mod, "_iterdump") : NULL;
    TY_XDECREF(pkg);
    TY_XDECREF(mod);
    if (!fn)
        return NULL;
    TyObject *r = tyObj_callOneArg(fn, self);
    TY_DECREF(fn);
    return r;
}

TY_CFUNC(conn_blobopen)
{
    return tySql_blobOpen(CONN(self), args, nargs, kwnames);
}

TY_CFUNC(conn_interrupt)
{
    if (tyArg_checkCount("interrupt", nargs, 0, 0) < 0 || !tySql_checkConnection(CONN(self)))
        return NULL;
    sqlite3_interrupt(CONN(self)->db);
    return tyNone_new();
}

/* A limit category in SQLite's range: 0, or -1 with ProgrammingError. */
static int limit_category(sqlite3 *db, TyObject *o, int *out)
{
    if (tyArg_int(o, out) < 0)
        return -1;
    if (*out < 0 || *out > SQLITE_LIMIT_WORKER_THREADS || sqlite3_limit(db, *out, -1) < 0) {
        tyErr_setString(tySql_exc("ProgrammingError"), "'category' is out of bounds");
        return -1;
    }
    return 0;
}

/* getlimit(category, /). */
TY_CFUNC(conn_getlimit)
{
    TySqlConnection *c = CONN(self);
    int cat;
    if (tyArg_noKeywords("getlimit", kwnames) < 0 || tyArg_checkCount("getlimit", nargs, 1, 1) < 0 ||
        !tySql_checkConnection(c) || limit_category(c->db, args[0], &cat) < 0)
        return NULL;
    return tyInt_fromI64(sqlite3_limit(c->db, cat, -1));
}

/* setlimit(category, limit, /): the old limit; a negative limit only reads. */
TY_CFUNC(conn_setlimit)
{
    TySqlConnection *c = CONN(self);
    int cat, limit;
    if (tyArg_noKeywords("setlimit", kwnames) < 0 || tyArg_checkCount("setlimit", nargs, 2, 2) < 0 ||
        !tySql_checkConnection(c) || limit_category(c->db, args[0], &cat) < 0 || tyArg_int(args[1], &limit) < 0)
        return NULL;
    return tyInt_fromI64(sqlite3_limit(c->db, cat, limit));
}

TY_CFUNC(conn_enter)
{
    if (tyArg_checkCount("__enter__", nargs, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(self);
}

/* __exit__(type, value, traceback): commit when the block succeeded,
** roll back when it raised or when the commit failed; never suppresses. */
TY_CFUNC(conn_exit)
{
    if (tyArg_noKeywords("__exit__", kwnames) < 0 || tyArg_checkCount("__exit__", nargs, 3, 3) < 0)
        return NULL;
    TySqlConnection *c = CONN(self);
    TyObject *r = end_transaction(c, args[0] == TY_NONE ? "COMMIT" : "ROLLBACK");
    if (!r && args[0] == TY_NONE && c->db) {
        TyObject *err = tyErr_fetch();
        TyObject *rr = end_transaction(c, "ROLLBACK");
        TY_XDECREF(rr);
        tyErr_clear();
        tyErr_restore(err);
    }
    if (!r)
        return NULL;
    TY_DECREF(r);
    return tyBool_from(false);
}

/* ---- attributes -------------------------------------------------------------------- */

static TyObject *get_isolation_level(TyObject *self)
{
    TySqlConnection *c = CONN(self);
    if (!tySql_checkConnection(c))
        return NULL;
    return c->isolation_level ? tyStr_fromCStr(c->isolation_level) : tyNone_new();
}

/* Setting None commits, as CPython does, so that autocommit starts now. */
static int set_isolation_level(TyObject *self, TyObject *v)
{
    TySqlConnection *c = CONN(self);
    const char *level;
    if (!v) {
        tyErr_setString(&TyExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!tySql_checkConnection(c) || isolation_level_arg(v, &level) < 0)
        return -1;
    if (!level) {
        TyObject *r = end_transaction(c, "COMMIT");
        if (!r)
            return -1;
        TY_DECREF(r);
    }
    c->isolation_level = level;
    return 0;
}

static TyObject *get_in_transaction(TyObject *self)
{
    if (!tySql_checkConnection(CONN(self)))
        return NULL;
    return tyBool_from(!sqlite3_get_autocommit(CONN(self)->db));
}

static TyObject *get_total_changes(TyObject *self)
{
    if (!tySql_checkConnection(CONN(self)))
        return NULL;
    return tyInt_fromI64(sqlite3_total_changes64(CONN(self)->db));
}

static TyObject *get_row_factory(TyObject *self)
{
    TyObject *v = CONN(self)->row_factory;
    return TY_NEWREF(v ? v : TY_NONE);
}

static int set_row_factory(TyObject *self, TyObject *v)
{
    TY_XSETREF(CONN(self)->row_factory, TY_NEWREF(v ? v : TY_NONE));
    return 0;
}

static TyObject *get_text_factory(TyObject *self)
{
    TyObject *v = CONN(self)->text_factory;
    return TY_NEWREF(v ? v : TY_NONE);
}

static int set_text_factory(TyObject *self, TyObject *v)
{
    TY_XSETREF(CONN(self)->text_factory, TY_NEWREF(v ? v : TY_NONE));
    return 0;
}

/* Connection.Error and the rest: the module's exception classes. */
#define EXC_GETTER(n) \
    static TyObject *get_##n(TyObject *self) { return TY_NEWREF(tySql_exc(#n)); }
EXC_GETTER(Warning) EXC_GETTER(Error) EXC_GETTER(InterfaceError) EXC_GETTER(DatabaseError)
EXC_GETTER(InternalError) EXC_GETTER(OperationalError) EXC_GETTER(ProgrammingError)
EXC_GETTER(IntegrityError) EXC_GETTER(DataError) EXC_GETTER(NotSupportedError)
#undef EXC_GETTER

/* connection(sql): the statement compiled, checked as for execute(). */
static TyObject *conn_call(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (!tySql_checkConnection(CONN(self)) || tyArg_noKeywords("sqlite3.Connection", kwnames) < 0 ||
        tyArg_checkCount("Connection", nargs, 1, 1) < 0)
        return NULL;
    return tySql_statementNew(CONN(self), args[0]);
}

static TyMethodDef conn_methods[] = {
    { "cursor", conn_cursor, TY_METH_DEFAULT, "Return a cursor for the connection." },
    { "close", conn_close, TY_METH_DEFAULT, "Close the database connection." },
    { "commit", conn_commit, TY_METH_DEFAULT, "Commit any pending transaction to the database." },
    { "rollback", conn_rollback, TY_METH_DEFAULT, "Roll back to the start of any pending transaction." },
    { "execute", conn_execute, TY_METH_DEFAULT, "Executes an SQL statement." },
    { "executemany", conn_executemany, TY_METH_DEFAULT, "Repeatedly executes an SQL statement." },
    { "executescript", conn_executescript, TY_METH_DEFAULT, "Executes multiple SQL statements at once." },
    { "create_function", conn_create_function, TY_METH_DEFAULT, "Creates a new function." },
    { "create_aggregate", conn_create_aggregate, TY_METH_DEFAULT, "Creates a new aggregate." },
    { "create_collation", conn_create_collation, TY_METH_DEFAULT, "Creates a collation function." },
    { "create_window_function", conn_create_window_function, TY_METH_DEFAULT, "Creates or redefines an aggregate window function. Non-standard." },
    { "backup", tySql_backup, TY_METH_DEFAULT, "Makes a backup of the database." },
    { "serialize", tySql_serialize, TY_METH_DEFAULT, "Serialize a database into a byte string." },
    { "deserialize", tySql_deserialize, TY_METH_DEFAULT, "Load a serialized database." },
    { "set_trace_callback", conn_set_trace_callback, TY_METH_DEFAULT, "Registers a trace callback to be called for each SQL statement." },
    { "set_progress_handler", conn_set_progress_handler, TY_METH_DEFAULT, "Sets progress handler callback." },
    { "set_authorizer", conn_set_authorizer, TY_METH_DEFAULT, "Sets authorizer callback." },
    { "iterdump", conn_iterdump, TY_METH_DEFAULT, "Returns iterator to the dump of the database in an SQL text format." },
    { "blobopen", conn_blobopen, TY_METH_DEFAULT, "Open and return a BLOB object." },
    { "interrupt", conn_interrupt, TY_METH_DEFAULT, "Abort any pending database operation." },
    { "getlimit", conn_getlimit, TY_METH_DEFAULT, "Get connection run-time limits." },
    { "setlimit", conn_setlimit, TY_METH_DEFAULT, "Set connection run-time limits." },
    { "__enter__", conn_enter, TY_METH_DEFAULT, "Called when the connection is used as a context manager." },
    { "__exit__", conn_exit, TY_METH_DEFAULT, "Called when the connection is used as a context manager." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef conn_getset[] = {
    { "isolation_level", get_isolation_level, set_isolation_level, NULL },
    { "in_transaction", get_in_transaction, NULL, NULL },
    { "total_changes", get_total_changes, NULL, NULL },
    { "row_factory", get_row_factory, set_row_factory, NULL, true },
    { "text_factory", get_text_factory, set_text_factory, NULL, true },
    { "Warning", get_Warning, NULL, NULL, true },
    { "Error", get_Error, NULL, NULL, true },
    { "InterfaceError", get_InterfaceError, NULL, NULL, true },
    { "DatabaseError", get_DatabaseError, NULL, NULL, true },
    { "InternalError", get_InternalError, NULL, NULL, true },
    { "OperationalError", get_OperationalError, NULL, NULL, true },
    { "ProgrammingError", get_ProgrammingError, NULL, NULL, true },
    { "IntegrityError", get_IntegrityError, NULL, NULL, true },
    { "DataError", get_DataError, NULL, NULL, true },
    { "NotSupportedError", get_NotSupportedError, NULL, NULL, true },
    { NULL, NULL, NULL, NULL, false },
};

TyType TySqlConnection_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "sqlite3.Connection",
    .doc = "SQLite database connection object.",
    .basicsize = sizeof(TySqlConnection),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = conn_dealloc,
    .traverse = conn_traverse,
    .clear = conn_clear,
    .tp_new = conn_new,
    .tp_init = conn_init,
    .call = conn_call,
    .methods = conn_methods,
    .getset = conn_getset,
};
