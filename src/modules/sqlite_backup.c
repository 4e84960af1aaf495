/*
** sqlite_backup.c — the Connection methods that copy a whole database:
** backup() through SQLite's online backup API, serialize() and
** deserialize() through its in-memory image of a database, with CPython's
** arguments, checks and messages.
*/
#include "tally.h"
#include "buffer.h"
#include "modules/sqlite.h"

/* A str argument without NULs, as UTF-8 for SQLite, or NULL with the error. */
static const char *schema_name(const char *fname, const char *param, TyObject *o)
{
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "%s() argument '%s' must be str, not %s", fname, param,
                     tyType_name(TY_TYPE(o)));
        return NULL;
    }
    if (strlen(TY_STR_UTF8(o)) != (size_t)TY_STR_NBYTES(o)) {
        tyErr_setString(&TyExc_ValueError, "embedded null character");
        return NULL;
    }
    return TY_STR_UTF8(o);
}

/*
** backup(target, *, pages=-1, progress=None, name="main", sleep=0.250):
** copy database `name` into target's main database, `pages` at a time
** (all of it for 0 or less), calling progress(status, remaining, total)
** after each step and sleeping `sleep` seconds when the source is busy.
** None, or NULL with the error (progress's own included, which ends the
** copy).
*/
TyObject *tySql_backup(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "target", "pages", "progress", "name", "sleep", NULL };
    TySqlConnection *c = (TySqlConnection *)self;
    TyObject *a[5];
    int pages = -1;
    double sleep = 0.250;
    const char *name = "main";
    if (tyArg_unpack("backup", args, nargs, kwnames, names, 1, 1, a) < 0 || !tySql_checkConnection(c))
        return NULL;
    if (!TY_IS_INSTANCE(a[0], &TySqlConnection_Type))
        return tyErr_format(&TyExc_TypeError,
                            "backup() argument 'target' must be sqlite3.Connection, not %s",
                            tyType_name(TY_TYPE(a[0])));
    TySqlConnection *target = (TySqlConnection *)a[0];
    if (a[1] && tyArg_int(a[1], &pages) < 0)
        return NULL;
    TyObject *progress = a[2] ? a[2] : TY_NONE;
    if (a[3] && !(name = schema_name("backup", "name", a[3])))
        return NULL;
    if (a[4]) {
        sleep = tyFloat_asDouble(a[4]);
        if (sleep == -1.0 && tyErr_occurred())
            return NULL;
    }
    if (!tySql_checkConnection(target))
        return NULL;
    if (target == c)
        return tyErr_setString(&TyExc_ValueError, "target cannot be the same connection instance");
    if (!sqlite3_get_autocommit(target->db))
        return tyErr_setString(tySql_exc("OperationalError"), "target is in transaction");
    if (progress != TY_NONE && !tyObj_isCallable(progress))
        return tyErr_setString(&TyExc_TypeError, "progress argument must be a callable");
    if (pages == 0)
        pages = -1;
    int sleep_ms = (int)(sleep * 1000.0);
    sqlite3_backup *b = sqlite3_backup_init(target->db, "main", c->db, name);
    if (!b)
        return tySql_setError(target->db);
    /* The target is held while Python code (progress) runs. */
    TY_INCREF(target);
    int rc;
    do {
        rc = sqlite3_backup_step(b, pages);
        if (progress != TY_NONE) {
            TyObject *v[3] = { tyInt_fromI64(rc), tyInt_fromI64(sqlite3_backup_remaining(b)),
                               tyInt_fromI64(sqlite3_backup_pagecount(b)) };
            TyObject *r = v[0] && v[1] && v[2] ? tyObj_call(progress, v, 3, NULL) : NULL;
            for (int i = 0; i < 3; i++)
                TY_XDECREF(v[i]);
            if (!r) {
                sqlite3_backup_finish(b);
                TY_DECREF(target);
                return NULL;
            }
            TY_DECREF(r);
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(sleep_ms);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    rc = sqlite3_backup_finish(b);
    TyObject *result = rc == SQLITE_OK ? tyNone_new() : tySql_setError(target->db);
    TY_DECREF(target);
    return result;
}

/* serialize(*, name="main"): the database's image as bytes. */
TyObject *tySql_serialize(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", NULL };
    TySqlConnection *c = (TySqlConnection *)self;
    TyObject *a[1];
    const char *name = "main";
    if (tyArg_unpack("serialize", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        !tySql_checkConnection(c) || (a[0] && !(name = schema_name("serialize", "name", a[0]))))
        return NULL;
    /* Without a copy when SQLite keeps the image in one block already. */
    sqlite3_int64 size;
    bool copied = false;
    unsigned char *data = sqlite3_serialize(c->db, name, &size, SQLITE_SERIALIZE_NOCOPY);
    if (!data) {
        data = sqlite3_serialize(c->db, name, &size, 0);
        copied = true;
    }
    if (!data)
        return tyErr_format(tySql_exc("OperationalError"), "unable to serialize '%s'", name);
    TyObject *r = tyBytes_fromData((const char *)data, (ssize_t)size);
    if (copied)
        sqlite3_free(data);
    return r;
}

/* deserialize(data, /, *, name="main"): replace the database by the image
** `data` (any bytes-like object). */
TyObject *tySql_deserialize(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "name", NULL };
    TySqlConnection *c = (TySqlConnection *)self;
    TyObject *a[2];
    const char *name = "main";
    TyBuffer view;
    if (tyArg_unpack("deserialize", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        !tySql_checkConnection(c) || (a[1] && !(name = schema_name("deserialize", "name", a[1]))) ||
        tyBuffer_get(a[0], &view) < 0)
        return NULL;
    /* SQLite owns the copy from now on (FREEONCLOSE). */
    unsigned char *buf = sqlite3_malloc64((sqlite3_uint64)view.len);
    if (!buf && view.len > 0)
        return tyErr_noMemory();
    memcpy(buf, view.data, (size_t)view.len);
    int rc = sqlite3_deserialize(c->db, name, buf, view.len, view.len,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return tySql_setError(c->db);
    return tyNone_new();
}
