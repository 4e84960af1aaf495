/*
** sqlite_blob.c — sqlite3.Blob (Connection.blobopen): a file-like view of
** one BLOB value through SQLite's incremental I/O, with CPython 3.11's
** read/write/seek/tell, indexing and slicing, and its messages.
*/
#include <limits.h>
#include "tally.h"
#include "buffer.h"
#include "modules/sqlite.h"

typedef struct SqlBlob {
    TyObject ob;
    TySqlConnection *connection;
    sqlite3_blob *blob;     /* NULL once closed */
    int offset;
} SqlBlob;

#define BLOB(o) ((SqlBlob *)(o))

/* ProgrammingError unless the blob and its connection are open: 1, or 0. */
static int check_blob(SqlBlob *b)
{
    if (!b->connection || !tySql_checkConnection(b->connection))
        return 0;
    if (!b->blob) {
        tyErr_setString(tySql_exc("ProgrammingError"), "Cannot operate on a closed blob.");
        return 0;
    }
    return 1;
}

static void close_blob(SqlBlob *b)
{
    if (b->blob) {
        sqlite3_blob *h = b->blob;
        b->blob = NULL;
        sqlite3_blob_close(h);
    }
}

/* n bytes at offset as bytes: new reference, or NULL with SQLite's error. */
static TyObject *read_at(SqlBlob *b, int n, int offset)
{
    TyObject *r = tyBytes_fromData(NULL, n);
    if (!r)
        return NULL;
    if (n > 0 && sqlite3_blob_read(b->blob, TY_BYTES_DATA(r), n, offset) != SQLITE_OK) {
        TY_DECREF(r);
        return tySql_setError(b->connection->db);
    }
    return r;
}

static int write_at(SqlBlob *b, const char *data, int n, int offset)
{
    if (n > 0 && sqlite3_blob_write(b->blob, data, n, offset) != SQLITE_OK) {
        tySql_setError(b->connection->db);
        return -1;
    }
    return 0;
}

/* Connection.blobopen(table, column, row, /, *, readonly=False, name="main"). */
TyObject *tySql_blobOpen(TySqlConnection *c, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "", "", "readonly", "name", NULL };
    TyObject *a[5];
    if (tyArg_unpack("blobopen", args, nargs, kwnames, names, 3, 3, a) < 0 || !tySql_checkConnection(c))
        return NULL;
    const char *what[] = { "argument 1", "argument 2", NULL, NULL, "argument 'name'" };
    for (int i = 0; i < 5; i++) {
        if (what[i] && a[i] && (!TY_STR_CHECK(a[i]) || tySql_checkText(a[i]) < 0)) {
            if (!tyErr_occurred())
                tyErr_format(&TyExc_TypeError, "blobopen() %s must be str, not %T", what[i], a[i]);
            return NULL;
        }
    }
    int64_t row;
    TyObject *n = tyNum_index(a[2]);
    int r = n ? tyInt_asI64(n, &row) : -1;
    TY_XDECREF(n);
    if (r < 0)
        return NULL;
    int readonly = a[3] ? tyObj_isTrue(a[3]) : 0;
    if (readonly < 0)
        return NULL;
    sqlite3_blob *h;
    int rc = sqlite3_blob_open(c->db, a[4] ? TY_STR_UTF8(a[4]) : "main", TY_STR_UTF8(a[0]), TY_STR_UTF8(a[1]), row,
                               !readonly, &h);
    if (rc == SQLITE_MISUSE)
        return tyErr_setString(tySql_exc("InterfaceError"), sqlite3_errstr(rc));
    if (rc != SQLITE_OK)
        return tySql_setError(c->db);
    SqlBlob *b = (SqlBlob *)tyType_genericAlloc(&TySqlBlob_Type, 0);
    if (!b) {
        sqlite3_blob_close(h);
        return NULL;
    }
    b->connection = (TySqlConnection *)TY_NEWREF(c);
    b->blob = h;
    return (TyObject *)b;
}

TY_CFUNC(blob_close)
{
    if (tyArg_checkCount("close", nargs, 0, 0) < 0)
        return NULL;
    SqlBlob *b = BLOB(self);
    if (!b->connection || !tySql_checkConnection(b->connection))
        return NULL;
    close_blob(b);
    return tyNone_new();
}

/* read(length=-1, /): at most what is left after the offset. */
TY_CFUNC(blob_read)
{
    SqlBlob *b = BLOB(self);
    int length = -1;
    if (tyArg_noKeywords("read", kwnames) < 0 || tyArg_checkCount("read", nargs, 0, 1) < 0 ||
        (nargs && tyArg_int(args[0], &length) < 0) || !check_blob(b))
        return NULL;
    int left = sqlite3_blob_bytes(b->blob) - b->offset;
    if (length < 0 || length > left)
        length = left;
    TyObject *r = read_at(b, length, b->offset);
    if (r)
        b->offset += length;
    return r;
}

/* write(data, /): never past the blob's end. */
TY_CFUNC(blob_write)
{
    SqlBlob *b = BLOB(self);
    TyBuffer view;
    if (tyArg_noKeywords("write", kwnames) < 0 || tyArg_checkCount("write", nargs, 1, 1) < 0 ||
        tyBuffer_get(args[0], &view) < 0 || !check_blob(b))
        return NULL;
    if (view.len > sqlite3_blob_bytes(b->blob) - b->offset)
        return tyErr_setString(&TyExc_ValueError, "data longer than blob length");
    if (write_at(b, view.data, (int)view.len, b->offset) < 0)
        return NULL;
    b->offset += (int)view.len;
    return tyNone_new();
}

/* seek(offset, origin=os.SEEK_SET, /). */
TY_CFUNC(blob_seek)
{
    SqlBlob *b = BLOB(self);
    int offset, origin = 0;
    if (tyArg_noKeywords("seek", kwnames) < 0 || tyArg_checkCount("seek", nargs, 1, 2) < 0 ||
        tyArg_int(args[0], &offset) < 0 || (nargs > 1 && tyArg_int(args[1], &origin) < 0) || !check_blob(b))
        return NULL;
    int64_t len = sqlite3_blob_bytes(b->blob), base;
    switch (origin) {
    case 0: base = 0; break;
    case 1: base = b->offset; break;
    case 2: base = len; break;
    default:
        return tyErr_setString(&TyExc_ValueError, "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
    }
    int64_t target = base + offset;
    if (target > INT_MAX)
        return tyErr_setString(&TyExc_OverflowError, "seek offset results in overflow");
    if (target < 0 || target > len)
        return tyErr_setString(&TyExc_ValueError, "offset out of blob range");
    b->offset = (int)target;
    return tyNone_new();
}

TY_CFUNC(blob_tell)
{
    if (tyArg_checkCount("tell", nargs, 0, 0) < 0 || !check_blob(BLOB(self)))
        return NULL;
    return tyInt_fromI64(BLOB(self)->offset);
}

TY_CFUNC(blob_enter)
{
    if (tyArg_checkCount("__enter__", nargs, 0, 0) < 0 || !check_blob(BLOB(self)))
        return NULL;
    return TY_NEWREF(self);
}

TY_CFUNC(blob_exit)
{
    if (tyArg_checkCount("__exit__", nargs, 3, 3) < 0 || !check_blob(BLOB(self)))
        return NULL;
    close_blob(BLOB(self));
    return tyBool_from(false);
}

static ssize_t blob_length(TyObject *self)
{
    if (!check_blob(BLOB(self)))
        return -1;
    return sqlite3_blob_bytes(BLOB(self)->blob);
}

/* An int index in range (negative from the end): 0, or -1. */
static int blob_index(SqlBlob *b, TyObject *key, int *out)
{
    ssize_t i = tyNum_asSsize(key, &TyExc_IndexError);
    if (i == -1 && tyErr_occurred())
        return -1;
    int len = sqlite3_blob_bytes(b->blob);
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        tyErr_setString(&TyExc_IndexError, "Blob index out of range");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* The bytes [start, stop) read at once, with step applied: new bytes. */
static TyObject *read_slice(SqlBlob *b, ssize_t start, ssize_t stop, ssize_t step, ssize_t n)
{
    if (n <= 0)
        return tyBytes_fromData("", 0);
    ssize_t lo = step > 0 ? start : start + step * (n - 1);
    ssize_t span = (step > 0 ? step * (n - 1) : -step * (n - 1)) + 1;
    TyObject *raw = read_at(b, (int)span, (int)lo);
    if (!raw || step == 1)
        return raw;
    TyObject *r = tyBytes_fromData(NULL, n);
    if (r)
        for (ssize_t k = 0; k < n; k++)
            TY_BYTES_DATA(r)[k] = TY_BYTES_DATA(raw)[start + k * step - lo];
    TY_DECREF(raw);
    return r;
}

static TyObject *blob_subscript(TyObject *self, TyObject *key)
{
    SqlBlob *b = BLOB(self);
    if (!check_blob(b))
        return NULL;
    if (TY_IS_TYPE(key, &TySlice_Type)) {
        ssize_t start, stop, step, n, len = sqlite3_blob_bytes(b->blob);
        /* A bound's __index__ may close the blob. */
        if (tySlice_indices(key, &len, &start, &stop, &step, &n) < 0 || !check_blob(b))
            return NULL;
        return read_slice(b, start, stop, step, n);
    }
    if (!TY_TYPE(key)->nb_index)
        return tyErr_setString(&TyExc_TypeError, "Blob indices must be integers");
    int i;
    if (blob_index(b, key, &i) < 0)
        return NULL;
    TyObject *one = read_at(b, 1, i);
    if (!one)
        return NULL;
    TyObject *r = tyInt_fromI64((unsigned char)TY_BYTES_DATA(one)[0]);
    TY_DECREF(one);
    return r;
}

static int blob_ass_subscript(TyObject *self, TyObject *key, TyObject *value)
{
    SqlBlob *b = BLOB(self);
    if (!check_blob(b))
        return -1;
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "Blob doesn't support item deletion");
        return -1;
    }
    if (TY_IS_TYPE(key, &TySlice_Type)) {
        ssize_t start, stop, step, n, len = sqlite3_blob_bytes(b->blob);
        TyBuffer view;
        if (tySlice_indices(key, &len, &start, &stop, &step, &n) < 0 || !check_blob(b) ||
            tyBuffer_get(value, &view) < 0)
            return -1;
        if (view.len != n) {
            tyErr_setString(&TyExc_IndexError, "Blob slice assignment is wrong size");
            return -1;
        }
        if (n == 0)
            return 0;
        if (step == 1)
            return write_at(b, view.data, (int)n, (int)start);
        TyObject *cur = read_slice(b, step > 0 ? start : start + step * (n - 1), 0, 1,
                                   (step > 0 ? step : -step) * (n - 1) + 1);
        if (!cur)
            return -1;
        ssize_t lo = step > 0 ? start : start + step * (n - 1);
        for (ssize_t k = 0; k < n; k++)
            TY_BYTES_DATA(cur)[start + k * step - lo] = view.data[k];
        int r = write_at(b, TY_BYTES_DATA(cur), (int)TY_BYTES_LEN(cur), (int)lo);
        TY_DECREF(cur);
        return r;
    }
    if (!TY_TYPE(key)->nb_index) {
        tyErr_setString(&TyExc_TypeError, "Blob indices must be integers");
        return -1;
    }
    int i;
    if (blob_index(b, key, &i) < 0)
        return -1;
    TyObject *n = tyNum_index(value);
    if (!n)
        return -1;
    int64_t v;
    if (tyInt_asI64(n, &v) < 0) {
        tyErr_clear();
        v = -1;
    }
    TY_DECREF(n);
    if (v < 0 || v > 255) {
        tyErr_setString(&TyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    char byte = (char)v;
    return write_at(b, &byte, 1, i);
}

static int blob_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    return BLOB(o)->connection && visit((TyObject *)BLOB(o)->connection, arg);
}

static int blob_clear(TyObject *o)
{
    close_blob(BLOB(o));
    TY_CLEAR(BLOB(o)->connection);
    return 0;
}

static void blob_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    blob_clear(o);
    tyObj_free(o);
}

static TyMethodDef blob_methods[] = {
    { "close", blob_close, TY_METH_DEFAULT, "Close the blob." },
    { "read", blob_read, TY_METH_DEFAULT, "Read data at the current offset position." },
    { "write", blob_write, TY_METH_DEFAULT, "Write data at the current offset." },
    { "seek", blob_seek, TY_METH_DEFAULT, "Set the current access position to offset." },
    { "tell", blob_tell, TY_METH_DEFAULT, "Return the current access position for the blob." },
    { "__enter__", blob_enter, TY_METH_DEFAULT, "Blob context manager enter." },
    { "__exit__", blob_exit, TY_METH_DEFAULT, "Blob context manager exit." },
    { NULL, NULL, 0, NULL },
};

TyType TySqlBlob_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "sqlite3.Blob",
    .basicsize = sizeof(SqlBlob),
    .flags = TY_TPFLAG_GC,
    .dealloc = blob_dealloc,
    .traverse = blob_traverse,
    .clear = blob_clear,
    .length = blob_length,
    .subscript = blob_subscript,
    .ass_subscript = blob_ass_subscript,
    .methods = blob_methods,
};
