/*
** csv.c — the `_csv` module that CPython's csv.py is written over:
** Dialect objects, the dialect registry, reader and writer objects, with
** CPython 3.11's parsing state machine, quoting rules and messages.
**
** A reader feeds each line's characters, then an end-of-line mark, to the
** state machine; a record ends when the machine is back at the start of
** a record (a quoted field may span lines).  A writer builds the whole
** line, deciding per field whether to quote or escape, and passes it to
** the file's write().
*/
#include "tally.h"
#include "objects/list.h"
#include "modules/csv.h"

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };

/* The end-of-line mark fed after each line's characters. */
#define EOL (-2)
/* An unset delimiter, quotechar or escapechar. */
#define NOT_SET (-1)

#define FIELD_LIMIT_DEFAULT (128 * 1024)

typedef struct Dialect {
    TyObject ob;
    bool doublequote, skipinitialspace, strict;
    int quoting;
    int32_t delimiter, quotechar, escapechar;   /* code points, or NOT_SET */
    TyObject *lineterminator;                   /* str */
} Dialect;

typedef enum {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
} ParseState;

typedef struct Reader {
    TyObject ob;
    TyObject *input;        /* an iterator of lines */
    Dialect *dialect;
    TyObject *fields;       /* the record being read: a list, or NULL */
    ParseState state;
    TyStrBuilder field;
    ssize_t field_chars;
    bool numeric_field;
    long line_num;
} Reader;

typedef struct Writer {
    TyObject ob;
    TyObject *write;        /* the file's bound write method */
    Dialect *dialect;
} Writer;

static TyType Dialect_Type, Reader_Type, Writer_Type;

static TyObject *csv_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    if (msg) {
        tyErr_setObject((TyType *)ty_state.mod.csv.error, msg);
        TY_DECREF(msg);
    }
    return NULL;
}

/* ---- Dialect ------------------------------------------------------------------- */

static const char *const dialect_attrs[] = { "dialect", "delimiter", "doublequote", "escapechar",
                                             "lineterminator", "quotechar", "quoting",
                                             "skipinitialspace", "strict", NULL };

/* A one-character attribute: 0 with *out the code point (NOT_SET for None
** when allowed), or -1 with CPython's TypeError ("must be string or None"
** where None is allowed). */
static int char_attr(const char *name, TyObject *v, int32_t dflt, bool allow_none, int32_t *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    if (v == TY_NONE && allow_none) {
        *out = NOT_SET;
        return 0;
    }
    if (!TY_STR_CHECK(v)) {
        tyErr_format(&TyExc_TypeError, "\"%s\" must be string%s, not %T", name, allow_none ? " or None" : "",
                     v);
        return -1;
    }
    if (TY_STR_LEN(v) != 1) {
        tyErr_format(&TyExc_TypeError, "\"%s\" must be a 1-character string", name);
        return -1;
    }
    *out = (int32_t)tyStr_codepointAt(v, 0);
    return 0;
}

static int bool_attr(TyObject *v, bool dflt, bool *out)
{
    int t = v ? tyObj_isTrue(v) : dflt;
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

/* Dialect(dialect=None, **kwargs): each attribute from the keywords, else
** from `dialect` (a name in the registry or any object), else the default.
** A Dialect given alone is returned as it is. */
static TyObject *dialect_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *a[9];
    if (tyArg_unpack("Dialect", args, nargs, kwnames, dialect_attrs, 0, 1, a) < 0)
        return NULL;
    TyObject *base = a[0];
    bool any_kw = false;
    for (int i = 1; i < 9; i++)
        any_kw |= a[i] != NULL;
    if (base && TY_STR_CHECK(base)) {
        base = ty_state.mod.csv.registry ? tyDict_getItem(ty_state.mod.csv.registry, base) : NULL;
        if (!base)
            return tyErr_occurred() ? NULL : csv_fail("unknown dialect");
    }
    if (base && !any_kw && TY_TYPE(base) == &Dialect_Type && type == &Dialect_Type)
        return TY_NEWREF(base);
    TyObject *v[9] = { NULL };
    int r = 0;
    for (int i = 1; i < 9 && r == 0; i++) {
        if (a[i])
            v[i] = TY_NEWREF(a[i]);
        else if (base) {
            TyObject *name = tyStr_internC(dialect_attrs[i]);
            r = name ? tyObj_lookupAttr(base, name, &v[i]) : -1;
            TY_XDECREF(name);
            r = r < 0 ? -1 : 0;
        }
    }
    Dialect *d = r == 0 ? (Dialect *)tyType_genericAlloc(type, 0) : NULL;
    /* Attributes are read in CPython's order, so the first bad one is the
    ** one reported. */
    if (d && (char_attr("delimiter", v[1], ',', false, &d->delimiter) < 0 ||
              bool_attr(v[2], true, &d->doublequote) < 0 ||
              char_attr("escapechar", v[3], NOT_SET, true, &d->escapechar) < 0))
        r = -1;
    if (d && r == 0 && v[4] && !TY_STR_CHECK(v[4])) {
        tyErr_setString(&TyExc_TypeError, "\"lineterminator\" must be a string");
        r = -1;
    }
    if (d && r == 0 && !(d->lineterminator = v[4] ? TY_NEWREF(v[4]) : tyStr_fromCStr("\r\n")))
        r = -1;
    if (d && r == 0 && char_attr("quotechar", v[5], '"', true, &d->quotechar) < 0)
        r = -1;
    TyObject *q = v[6];
    if (d && r == 0 && q && !TY_INT_CHECK_EXACT(q)) {
        tyErr_setString(&TyExc_TypeError, "\"quoting\" must be an integer");
        r = -1;
    }
    if (d && r == 0 && (bool_attr(v[7], false, &d->skipinitialspace) < 0 || bool_attr(v[8], false, &d->strict) < 0))
        r = -1;
    if (d && r == 0 && q && (!TY_INT_IS_SMALL(q) || TY_INT_VALUE(q) < QUOTE_MINIMAL || TY_INT_VALUE(q) > QUOTE_NONE)) {
        tyErr_setString(&TyExc_TypeError, "bad \"quoting\" value");
        r = -1;
    }
    if (d && r == 0) {
        /* quotechar=None alone means no quoting. */
        d->quoting = q ? (int)TY_INT_VALUE(q) : v[5] == TY_NONE ? QUOTE_NONE : QUOTE_MINIMAL;
        if (d->quoting != QUOTE_NONE && d->quotechar == NOT_SET) {
            tyErr_setString(&TyExc_TypeError, "quotechar must be set if quoting enabled");
            r = -1;
        }
    }
    if (r < 0)
        TY_CLEAR(d);
    for (int i = 1; i < 9; i++)
        TY_XDECREF(v[i]);
    return (TyObject *)d;
}

static void dialect_dealloc(TyObject *o)
{
    TY_XDECREF(((Dialect *)o)->lineterminator);
    tyObj_free(o);
}

static TyObject *char_or_none(int32_t c)
{
    return c == NOT_SET ? TY_NEWREF(TY_NONE) : tyStr_fromCodepoint((uint32_t)c);
}

static TyObject *get_delimiter(TyObject *o) { return char_or_none(((Dialect *)o)->delimiter); }
static TyObject *get_quotechar(TyObject *o) { return char_or_none(((Dialect *)o)->quotechar); }
static TyObject *get_escapechar(TyObject *o) { return char_or_none(((Dialect *)o)->escapechar); }
static TyObject *get_lineterminator(TyObject *o) { return TY_NEWREF(((Dialect *)o)->lineterminator); }
static TyObject *get_doublequote(TyObject *o) { return tyBool_from(((Dialect *)o)->doublequote); }
static TyObject *get_skipinitialspace(TyObject *o) { return tyBool_from(((Dialect *)o)->skipinitialspace); }
static TyObject *get_strict(TyObject *o) { return tyBool_from(((Dialect *)o)->strict); }
static TyObject *get_quoting(TyObject *o) { return tyInt_fromI64(((Dialect *)o)->quoting); }

static TyGetSetDef dialect_getset[] = {
    { "delimiter", get_delimiter, NULL, NULL },
    { "doublequote", get_doublequote, NULL, NULL },
    { "escapechar", get_escapechar, NULL, NULL },
    { "lineterminator", get_lineterminator, NULL, NULL },
    { "quotechar", get_quotechar, NULL, NULL },
    { "quoting", get_quoting, NULL, NULL },
    { "skipinitialspace", get_skipinitialspace, NULL, NULL },
    { "strict", get_strict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Dialect_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_csv.Dialect",
    .basicsize = sizeof(Dialect),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = dialect_dealloc,
    .getset = dialect_getset,
    .tp_new = dialect_tp_new,
    .doc = "CSV dialect",
};

/* The Dialect for a reader's or writer's (dialect, **fmtparams) given in
** args[from..] and kwnames: new reference. */
static Dialect *dialect_from_args(TyObject *const *args, size_t nargs, TyObject *kwnames, size_t from)
{
    return (Dialect *)dialect_tp_new(&Dialect_Type, args + from, nargs - from, kwnames);
}

/* ---- the reader -------------------------------------------------------------------- */

static int add_char(Reader *r, uint32_t c)
{
    if (r->field_chars >= ty_state.mod.csv.field_limit) {
        csv_fail("field larger than field limit (%ld)", ty_state.mod.csv.field_limit);
        return -1;
    }
    r->field_chars++;
    return tyBuf_appendCodepoint(&r->field, c);
}

static int save_field(Reader *r)
{
    TyObject *f = tyStr_fromUtf8(r->field.data ? r->field.data : "", (ssize_t)r->field.len);
    r->field.len = 0;
    r->field_chars = 0;
    if (f && r->numeric_field) {
        r->numeric_field = false;
        TyObject *num = tyNum_float(f);
        TY_DECREF(f);
        f = num;
    }
    if (!f)
        return -1;
    return tyList_appendSteal(r->fields, f);
}

static int end_field(Reader *r, int c)
{
    if (save_field(r) < 0)
        return -1;
    r->state = c == EOL ? START_RECORD : EAT_CRNL;
    return 0;
}

/* One step of the state machine: c is a code point or EOL. */
static int process_char(Reader *r, int c)
{
    Dialect *d = r->dialect;
    bool nl = c == '\n' || c == '\r';
    switch (r->state) {
    case START_RECORD:
        if (c == EOL)
            return 0;
        if (nl) {
            r->state = EAT_CRNL;
            return 0;
        }
        r->state = START_FIELD;
        /* fall through */
    case START_FIELD:
        if (nl || c == EOL)
            return end_field(r, c);
        if (c == d->quotechar && d->quoting != QUOTE_NONE)
            r->state = IN_QUOTED_FIELD;
        else if (c == d->escapechar)
            r->state = ESCAPED_CHAR;
        else if (c == ' ' && d->skipinitialspace)
            ;
        else if (c == d->delimiter)
            return save_field(r);
        else {
            if (d->quoting == QUOTE_NONNUMERIC)
                r->numeric_field = true;
            r->state = IN_FIELD;
            return add_char(r, (uint32_t)c);
        }
        return 0;
    case ESCAPED_CHAR:
        if (nl) {
            r->state = AFTER_ESCAPED_CRNL;
            return add_char(r, (uint32_t)c);
        }
        r->state = IN_FIELD;
        return add_char(r, c == EOL ? '\n' : (uint32_t)c);
    case AFTER_ESCAPED_CRNL:
        if (c == EOL)
            return 0;
        r->state = IN_FIELD;
        /* fall through */
    case IN_FIELD:
        if (nl || c == EOL)
            return end_field(r, c);
        if (c == d->escapechar)
            r->state = ESCAPED_CHAR;
        else if (c == d->delimiter) {
            r->state = START_FIELD;
            return save_field(r);
        } else
            return add_char(r, (uint32_t)c);
        return 0;
    case IN_QUOTED_FIELD:
        if (c == EOL)
            return 0;
        if (c == d->escapechar)
            r->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else
            return add_char(r, (uint32_t)c);
        return 0;
    case ESCAPE_IN_QUOTED_FIELD:
        r->state = IN_QUOTED_FIELD;
        return add_char(r, c == EOL ? '\n' : (uint32_t)c);
    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            r->state = IN_QUOTED_FIELD;
            return add_char(r, (uint32_t)c);
        }
        if (c == d->delimiter) {
            r->state = START_FIELD;
            return save_field(r);
        }
        if (nl || c == EOL)
            return end_field(r, c);
        if (!d->strict) {
            r->state = IN_FIELD;
            return add_char(r, (uint32_t)c);
        }
        csv_fail("'%c' expected after '%c'", d->delimiter, d->quotechar);
        return -1;
    case EAT_CRNL:
        if (nl)
            return 0;
        if (c == EOL) {
            r->state = START_RECORD;
            return 0;
        }
        csv_fail("new-line character seen in unquoted field - do you need to open the file in "
                 "universal-newline mode?");
        return -1;
    }
    return 0;
}

/* The next record: a new list, or NULL (exhausted, or an exception). */
static TyObject *reader_next(TyObject *o)
{
    Reader *r = (Reader *)o;
    TY_XSETREF(r->fields, tyList_new(0));
    if (!r->fields)
        return NULL;
    r->state = START_RECORD;
    r->field.len = 0;
    r->field_chars = 0;
    r->numeric_field = false;
    do {
        TyObject *line = tyIter_next(r->input);
        if (!line) {
            if (tyErr_occurred())
                return NULL;
            if (r->field.len != 0 || r->state == IN_QUOTED_FIELD) {
                if (r->dialect->strict)
                    return csv_fail("unexpected end of data");
                if (save_field(r) < 0)
                    return NULL;
                break;
            }
            return NULL;
        }
        if (!TY_STR_CHECK(line)) {
            csv_fail("iterator should return strings, not %.200s (the file should be opened in text mode)",
                     tyType_name(TY_TYPE(line)));
            TY_DECREF(line);
            return NULL;
        }
        r->line_num++;
        ssize_t n = TY_STR_LEN(line);
        int rc = 0;
        for (ssize_t i = 0; i < n && rc == 0; i++)
            rc = process_char(r, (int)tyStr_codepointAt(line, i));
        TY_DECREF(line);
        if (rc < 0 || process_char(r, EOL) < 0)
            return NULL;
    } while (r->state != START_RECORD);
    TyObject *fields = r->fields;
    r->fields = NULL;
    return fields;
}

/* reader(iterable, dialect='excel', **fmtparams). */
static TyObject *csv_reader(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkCount("reader", nargs, 1, 2) < 0)
        return NULL;
    Reader *r = (Reader *)tyGC_alloc(&Reader_Type);
    if (!r)
        return NULL;
    tyBuf_init(&r->field);
    r->input = tyObj_getIter(args[0]);
    if (r->input)
        r->dialect = dialect_from_args(args, nargs, kwnames, 1);
    tyGC_track((TyObject *)r);
    if (!r->dialect) {
        TY_DECREF(r);
        return NULL;
    }
    return (TyObject *)r;
}

static int reader_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Reader *r = (Reader *)o;
    if (r->input && visit(r->input, arg))
        return 1;
    if (r->fields && visit(r->fields, arg))
        return 1;
    return r->dialect ? visit((TyObject *)r->dialect, arg) : 0;
}

static int reader_clear(TyObject *o)
{
    Reader *r = (Reader *)o;
    TY_CLEAR(r->input);
    TY_CLEAR(r->fields);
    TY_CLEAR(r->dialect);
    return 0;
}

static void reader_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    reader_clear(o);
    tyBuf_free(&((Reader *)o)->field);
    tyObj_free(o);
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyObject *reader_get_dialect(TyObject *o)
{
    return TY_NEWREF(((Reader *)o)->dialect);
}

static TyObject *reader_get_line_num(TyObject *o)
{
    return tyInt_fromI64(((Reader *)o)->line_num);
}

static TyGetSetDef reader_getset[] = {
    { "dialect", reader_get_dialect, NULL, NULL },
    { "line_num", reader_get_line_num, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Reader_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_csv.reader",
    .basicsize = sizeof(Reader),
    .flags = TY_TPFLAG_GC,
    .dealloc = reader_dealloc,
    .traverse = reader_traverse,
    .clear = reader_clear,
    .iter = iter_self,
    .iternext = reader_next,
    .getset = reader_getset,
};

/* ---- the writer -------------------------------------------------------------------- */

static bool in_lineterminator(Dialect *d, uint32_t c)
{
    ssize_t n = TY_STR_LEN(d->lineterminator);
    for (ssize_t i = 0; i < n; i++)
        if (tyStr_codepointAt(d->lineterminator, i) == c)
            return true;
    return false;
}

/* Append field (a str, or NULL for an empty one) to line, quoting or
** escaping as the dialect says; `quoted` asks for quotes regardless. */
static int append_field(Dialect *d, TyStrBuilder *line, TyObject *field, bool quoted)
{
    ssize_t n = field ? TY_STR_LEN(field) : 0;
    bool can_quote = d->quoting != QUOTE_NONE && d->quotechar != NOT_SET;
    for (ssize_t i = 0; i < n && !quoted; i++) {
        int32_t c = (int32_t)tyStr_codepointAt(field, i);
        if ((c == d->delimiter || c == d->quotechar || in_lineterminator(d, (uint32_t)c)) && can_quote &&
            !(c == d->quotechar && !d->doublequote))
            quoted = true;
    }
    quoted = quoted && d->quotechar != NOT_SET;
    TyStrBuilder b;
    tyBuf_init(&b);
    int rc = 0;
    for (ssize_t i = 0; i < n && rc == 0; i++) {
        int32_t c = (int32_t)tyStr_codepointAt(field, i);
        bool special = c == d->delimiter || c == d->escapechar || c == d->quotechar ||
                       in_lineterminator(d, (uint32_t)c);
        bool escape = false;
        if (special) {
            if (!can_quote)
                escape = true;
            else if (c == d->quotechar && d->doublequote)
                rc = tyBuf_appendCodepoint(&b, (uint32_t)c);
            else if (c == d->quotechar || c == d->escapechar)
                escape = true;
        }
        if (escape && d->escapechar == NOT_SET) {
            csv_fail("need to escape, but no escapechar set");
            rc = -1;
        } else if (escape) {
            rc = tyBuf_appendCodepoint(&b, (uint32_t)d->escapechar);
        }
        if (rc == 0)
            rc = tyBuf_appendCodepoint(&b, (uint32_t)c);
    }
    if (rc == 0 && quoted)
        rc = tyBuf_appendCodepoint(line, (uint32_t)d->quotechar);
    if (rc == 0)
        rc = tyBuf_append(line, b.data ? b.data : "", b.len);
    if (rc == 0 && quoted)
        rc = tyBuf_appendCodepoint(line, (uint32_t)d->quotechar);
    tyBuf_free(&b);
    return rc;
}

/* The value a writer writes for a field: the str itself, "" for None,
** str(x) otherwise; new reference or NULL (for None). */
static int field_text(TyObject *field, TyObject **out)
{
    *out = NULL;
    if (field == TY_NONE)
        return 0;
    *out = TY_STR_CHECK(field) ? TY_NEWREF(field) : tyObj_str(field);
    return *out ? 0 : -1;
}

static TyObject *write_row(Writer *w, TyObject *row)
{
    Dialect *d = w->dialect;
    TyObject *it = tyObj_getIter(row);
    if (!it) {
        if (tyErr_exceptionMatches(&TyExc_TypeError))
            csv_fail("iterable expected, not %.200s", tyType_name(TY_TYPE(row)));
        return NULL;
    }
    TyStrBuilder line;
    tyBuf_init(&line);
    ssize_t nfields = 0;
    TyObject *field;
    int rc = 0;
    while (rc == 0 && (field = tyIter_next(it)) != NULL) {
        bool quoted = d->quoting == QUOTE_ALL ||
                      (d->quoting == QUOTE_NONNUMERIC && !(TY_INT_CHECK(field) || TY_FLOAT_CHECK(field) ||
                                                            TY_TYPE(field)->nb_index || TY_TYPE(field)->nb_float));
        TyObject *text;
        rc = field_text(field, &text);
        TY_DECREF(field);
        if (rc == 0 && nfields++ > 0)
            rc = tyBuf_appendCodepoint(&line, (uint32_t)d->delimiter);
        if (rc == 0)
            rc = append_field(d, &line, text, quoted);
        TY_XDECREF(text);
    }
    TY_DECREF(it);
    if (rc == 0 && tyErr_occurred())
        rc = -1;
    if (rc == 0 && nfields == 1 && line.len == 0) {
        if (d->quoting == QUOTE_NONE) {
            csv_fail("single empty field record must be quoted");
            rc = -1;
        } else {
            rc = append_field(d, &line, NULL, true);
        }
    }
    if (rc == 0)
        rc = tyBuf_appendStr(&line, d->lineterminator);
    if (rc < 0) {
        tyBuf_free(&line);
        return NULL;
    }
    TyObject *s = tyBuf_finish(&line);
    if (!s)
        return NULL;
    TyObject *r = tyObj_callOneArg(w->write, s);
    TY_DECREF(s);
    return r;
}

static TyObject *writer_writerow(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("writerow", kwnames) < 0 || tyArg_checkCount("writerow", nargs, 1, 1) < 0)
        return NULL;
    return write_row((Writer *)self, args[0]);
}

static TyObject *writer_writerows(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("writerows", kwnames) < 0 || tyArg_checkCount("writerows", nargs, 1, 1) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyObject *row;
    while ((row = tyIter_next(it)) != NULL) {
        TyObject *r = write_row((Writer *)self, row);
        TY_DECREF(row);
        if (!r) {
            TY_DECREF(it);
            return NULL;
        }
        TY_DECREF(r);
    }
    TY_DECREF(it);
    return tyErr_occurred() ? NULL : TY_NEWREF(TY_NONE);
}

/* writer(fileobj, dialect='excel', **fmtparams). */
static TyObject *csv_writer(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkCount("writer", nargs, 1, 2) < 0)
        return NULL;
    TyObject *write = NULL, *name = tyStr_internC("write");
    int found = name ? tyObj_lookupAttr(args[0], name, &write) : -1;
    TY_XDECREF(name);
    if (found < 0)
        return NULL;
    if (!found || !tyObj_isCallable(write)) {
        TY_XDECREF(write);
        return tyErr_setString(&TyExc_TypeError, "argument 1 must have a \"write\" method");
    }
    Writer *w = (Writer *)tyGC_alloc(&Writer_Type);
    if (!w) {
        TY_DECREF(write);
        return NULL;
    }
    w->write = write;
    w->dialect = dialect_from_args(args, nargs, kwnames, 1);
    tyGC_track((TyObject *)w);
    if (!w->dialect) {
        TY_DECREF(w);
        return NULL;
    }
    return (TyObject *)w;
}

static int writer_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Writer *w = (Writer *)o;
    if (w->write && visit(w->write, arg))
        return 1;
    return w->dialect ? visit((TyObject *)w->dialect, arg) : 0;
}

static int writer_clear(TyObject *o)
{
    Writer *w = (Writer *)o;
    TY_CLEAR(w->write);
    TY_CLEAR(w->dialect);
    return 0;
}

static void writer_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    writer_clear(o);
    tyObj_free(o);
}

static TyObject *writer_get_dialect(TyObject *o)
{
    return TY_NEWREF(((Writer *)o)->dialect);
}

static TyMethodDef writer_methods[] = {
    { "writerow", writer_writerow, TY_METH_DEFAULT, "Construct and write a CSV record from an iterable of fields." },
    { "writerows", writer_writerows, TY_METH_DEFAULT, "Construct and write a series of iterables to a csv file." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef writer_getset[] = {
    { "dialect", writer_get_dialect, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType Writer_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_csv.writer",
    .basicsize = sizeof(Writer),
    .flags = TY_TPFLAG_GC,
    .dealloc = writer_dealloc,
    .traverse = writer_traverse,
    .clear = writer_clear,
    .methods = writer_methods,
    .getset = writer_getset,
};

/* ---- the registry, field_size_limit ------------------------------------------------------ */

static int need_registry(void)
{
    return ty_state.mod.csv.registry || (ty_state.mod.csv.registry = tyDict_new()) ? 0 : -1;
}

/* register_dialect(name, dialect=None, **fmtparams). */
static TyObject *csv_register_dialect(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkCount("register_dialect", nargs, 1, 2) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_setString(&TyExc_TypeError, "dialect name must be a string");
    if (need_registry() < 0)
        return NULL;
    TyObject *d = (TyObject *)dialect_from_args(args, nargs, kwnames, 1);
    if (!d)
        return NULL;
    int r = tyDict_setItem(ty_state.mod.csv.registry, args[0], d);
    TY_DECREF(d);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

static TyObject *csv_unregister_dialect(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", NULL };
    TyObject *a[1];
    if (tyArg_unpack("unregister_dialect", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    int found = ty_state.mod.csv.registry ? tyDict_pop(ty_state.mod.csv.registry, a[0], NULL) : 0;
    if (found < 0)
        return NULL;
    if (!found)
        return csv_fail("unknown dialect");
    return TY_NEWREF(TY_NONE);
}

static TyObject *csv_get_dialect(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", NULL };
    TyObject *a[1];
    if (tyArg_unpack("get_dialect", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyObject *d = ty_state.mod.csv.registry ? tyDict_getItem(ty_state.mod.csv.registry, a[0]) : NULL;
    if (!d)
        return tyErr_occurred() ? NULL : csv_fail("unknown dialect");
    return TY_NEWREF(d);
}

static TyObject *csv_list_dialects(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("list_dialects", nargs, 0, 0) < 0)
        return NULL;
    if (need_registry() < 0)
        return NULL;
    TyObject *keys = tyDict_keys(ty_state.mod.csv.registry);
    TyObject *list = keys ? tyList_fromIterable(keys) : NULL;
    TY_XDECREF(keys);
    return list;
}

/* field_size_limit([new_limit]): the old limit. */
static TyObject *csv_field_size_limit(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "new_limit", NULL };
    TyObject *a[1];
    if (tyArg_unpack("field_size_limit", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    long old = ty_state.mod.csv.field_limit;
    if (a[0]) {
        if (!TY_INT_CHECK(a[0]))
            return tyErr_setString(&TyExc_TypeError, "limit must be an integer");
        int64_t v;
        if (tyInt_asI64(a[0], &v) < 0)
            return NULL;
        ty_state.mod.csv.field_limit = (long)v;
    }
    return tyInt_fromI64(old);
}

static TyMethodDef csv_functions[] = {
    { "reader", csv_reader, TY_METH_DEFAULT, "csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])" },
    { "writer", csv_writer, TY_METH_DEFAULT, "csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])" },
    { "register_dialect", csv_register_dialect, TY_METH_DEFAULT, "Create a mapping from a string name to a dialect class." },
    { "unregister_dialect", csv_unregister_dialect, TY_METH_DEFAULT, "Delete the name/dialect mapping associated with a string name." },
    { "get_dialect", csv_get_dialect, TY_METH_DEFAULT, "Return the dialect instance associated with name." },
    { "list_dialects", csv_list_dialects, TY_METH_DEFAULT, "Return a list of all know dialect names." },
    { "field_size_limit", csv_field_size_limit, TY_METH_DEFAULT, "Sets an upper limit on parsed fields." },
    { NULL, NULL, 0, NULL },
};

static const char module_doc[] = "CSV parsing and writing.\n";

static TyType *const module_types[] = { &Dialect_Type, &Reader_Type, &Writer_Type };

TyObject *tyCsv_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    ty_state.mod.csv.field_limit = FIELD_LIMIT_DEFAULT;
    if (!ty_state.mod.csv.error && !(ty_state.mod.csv.error = tyExc_newClass("_csv", "Error", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("_csv", csv_functions);
    TyObject *doc = m ? tyStr_fromCStr(module_doc) : NULL;
    TyObject *version = doc ? tyStr_fromCStr("1.0") : NULL;
    if (!version || tyModule_addObject(m, "__doc__", doc) < 0 || tyModule_addObject(m, "__version__", version) < 0 ||
        tyModule_addObject(m, "Error", ty_state.mod.csv.error) < 0 || tyModule_addObject(m, "Dialect", (TyObject *)&Dialect_Type) < 0 ||
        tyModule_addInt(m, "QUOTE_MINIMAL", QUOTE_MINIMAL) < 0 || tyModule_addInt(m, "QUOTE_ALL", QUOTE_ALL) < 0 ||
        tyModule_addInt(m, "QUOTE_NONNUMERIC", QUOTE_NONNUMERIC) < 0 || tyModule_addInt(m, "QUOTE_NONE", QUOTE_NONE) < 0)
        TY_CLEAR(m);
    TY_XDECREF(doc);
    TY_XDECREF(version);
    return m;
}

void tyCsv_fini(void)
{
    TY_CLEAR(ty_state.mod.csv.registry);
    TY_CLEAR(ty_state.mod.csv.error);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
