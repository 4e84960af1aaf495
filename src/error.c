/*
** error.c — setting, matching and printing exceptions.
**
** ty_state.exc holds the exception being raised, always an instance.
** Setting one while another is being handled (tyErr_handled()) records
** the handled one as __context__, as CPython does for every raise.
*/
#include <errno.h>
#include "tally.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/exceptiongroup.h"
#include "parser.h"

TyObject *tyErr_handled(void)
{
    for (TyExcInfo *level = ty_state.exc_info; level; level = level->previous)
        if (level->value && level->value != TY_NONE)
            return level->value;
    return NULL;
}

/* Make `handled` (may be NULL or None) exc's __context__, cutting the
** chain where it would loop. */
static void chain_context(TyObject *exc, TyObject *handled)
{
    if (handled && handled != TY_NONE && handled != exc) {
        /* Avoid a cycle in the context chain: if exc is already somewhere
        ** in handled's chain, cut the chain there.  A program can make the
        ** chain a loop itself (__context__ is writable): a second pointer
        ** at half speed meets the first there and ends the walk. */
        TyObject *o = handled, *slow = handled;
        bool move_slow = false;
        for (;;) {
            TyObject *ctx = ((TyBaseException *)o)->context;
            if (!ctx)
                break;
            if (ctx == exc) {
                tyExc_setContext(o, NULL);
                break;
            }
            o = ctx;
            if (o == slow)
                break;
            if (move_slow)
                slow = ((TyBaseException *)slow)->context;
            move_slow = !move_slow;
        }
        tyExc_setContext(exc, handled);
    }
}

void tyErr_chainHandled(void)
{
    if (ty_state.exc)
        chain_context(ty_state.exc, ty_state.exc_info->value);
}

/* Make `exc` (a new reference, stolen) the current exception, chaining
** the exception being handled as its __context__. */
static void set_current(TyObject *exc)
{
    chain_context(exc, tyErr_handled());
    TY_XSETREF(ty_state.exc, exc);
}

/* Build type(value) the way `raise type(value)` would. New reference. */
static TyObject *make_instance(TyType *type, TyObject *value)
{
    if (value && TY_EXC_CHECK(value) && tyType_isSubtype(TY_TYPE(value), type))
        return TY_NEWREF(value);
    if (!value)
        return tyObj_call((TyObject *)type, NULL, 0, NULL);
    if (TY_TUPLE_CHECK(value))
        return tyObj_call((TyObject *)type, TY_TUPLE_ITEMS(value), (size_t)TY_TUPLE_LEN(value), NULL);
    return tyObj_call((TyObject *)type, &value, 1, NULL);
}

TyObject *tyErr_setObject(TyType *type, TyObject *value)
{
    TyObject *exc = make_instance(type, value);
    if (!exc)
        return NULL;
    if (!TY_EXC_CHECK(exc)) {
        TY_DECREF(exc);
        return tyErr_format(&TyExc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %T",
                            tyType_name(type), exc);
    }
    set_current(exc);
    return NULL;
}

TyObject *tyErr_setNone(TyType *type)
{
    return tyErr_setObject(type, NULL);
}

TyObject *tyErr_setString(TyType *type, const char *msg)
{
    TyObject *s = tyStr_fromCStr(msg);
    if (!s)
        return NULL;
    tyErr_setObject(type, s);
    TY_DECREF(s);
    return NULL;
}

TyObject *tyErr_formatV(TyType *type, const char *fmt, va_list ap)
{
    TyObject *s = tyStr_fromFormatV(fmt, ap);
    if (!s)
        return NULL;
    tyErr_setObject(type, s);
    TY_DECREF(s);
    return NULL;
}

TyObject *tyErr_format(TyType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tyErr_formatV(type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* A MemoryError made at start-up, used when even the exception object
** cannot be allocated. */
static TyObject *spare_memory_error;

TyObject *tyErr_noMemory(void)
{
    static bool in_progress;
    if (in_progress) {
        /* Allocating the MemoryError itself failed. */
        return NULL;
    }
    in_progress = true;
    TyObject *exc = tyExc_new(&TyExc_MemoryError, NULL, 0);
    in_progress = false;
    if (!exc) {
        if (!spare_memory_error)
            return NULL;
        exc = TY_NEWREF(spare_memory_error);
        tyExc_setTraceback(exc, NULL);
        tyExc_setContext(exc, NULL);
        tyExc_setCause(exc, NULL);
    }
    TY_XSETREF(ty_state.exc, exc);
    return NULL;
}

int tyErr_initSpareMemoryError(void)
{
    spare_memory_error = tyExc_new(&TyExc_MemoryError, NULL, 0);
    return spare_memory_error ? 0 : -1;
}

void tyErr_finiSpareMemoryError(void)
{
    TY_CLEAR(spare_memory_error);
}

void tyErr_setRaised(TyObject *exc)
{
    if (TY_TYPE_CHECK(exc)) {
        tyErr_setObject((TyType *)exc, NULL);
        return;
    }
    set_current(TY_NEWREF(exc));
}

TyType *tyErr_occurred(void)
{
    return ty_state.exc ? TY_TYPE(ty_state.exc) : NULL;
}

bool tyErr_givenMatches(TyObject *given, TyObject *expected)
{
    if (!given || !expected)
        return false;
    if (TY_TUPLE_CHECK(expected)) {
        for (ssize_t i = 0; i < TY_TUPLE_LEN(expected); i++)
            if (tyErr_givenMatches(given, TY_TUPLE_GET(expected, i)))
                return true;
        return false;
    }
    TyType *gt = TY_TYPE_CHECK(given) ? (TyType *)given : TY_TYPE(given);
    if (!TY_TYPE_CHECK(expected))
        return given == expected;
    return tyType_isSubtype(gt, (TyType *)expected);
}

bool tyErr_matches(TyObject *type)
{
    return ty_state.exc && tyErr_givenMatches(ty_state.exc, type);
}

bool tyErr_exceptionMatches(TyType *type)
{
    return ty_state.exc && tyType_isSubtype(TY_TYPE(ty_state.exc), type);
}

TyObject *tyErr_fetch(void)
{
    TyObject *exc = ty_state.exc;
    ty_state.exc = NULL;
    return exc;
}

void tyErr_restore(TyObject *exc)
{
    TY_XSETREF(ty_state.exc, exc);
}

void tyErr_clear(void)
{
    TY_CLEAR(ty_state.exc);
}

TyObject *tyErr_fromErrno(TyType *type, TyObject *filename)
{
    int err = errno;
    TyObject *args[3];
    size_t n = 2;
    args[0] = tyInt_fromI64(err);
    args[1] = tyStr_fromCStr(strerror(err));
    if (filename)
        args[n++] = filename;
    if (args[0] && args[1]) {
        TyObject *exc = tyObj_call((TyObject *)type, args, n, NULL);
        if (exc) {
            set_current(exc);
        }
    }
    TY_XDECREF(args[0]);
    TY_XDECREF(args[1]);
    return NULL;
}

/* ---- SyntaxError ------------------------------------------------------ */

TyObject *tyErr_syntax(TyType *type, const char *filename, int line, int col,
                       const char *source_line, int end_line, int end_col,
                       const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    if (!msg)
        return NULL;
    TyObject *fn = tyStr_fromCStr(filename);
    /* A line of -1 means "no position" (an undecodable file). */
    TyObject *ln = line >= 0 ? tyInt_fromI64(line) : TY_NEWREF(TY_NONE);
    TyObject *off = tyInt_fromI64(col);
    TyObject *text = source_line ? tyStr_fromFormat("%s\n", source_line) : TY_NEWREF(TY_NONE);
    TyObject *eln = tyInt_fromI64(end_line);
    TyObject *eoff = tyInt_fromI64(end_col);
    TyObject *details = NULL;
    if (fn && ln && off && text && eln && eoff)
        details = tyTuple_pack(6, fn, ln, off, text, eln, eoff);
    if (details) {
        TyObject *args[2] = { msg, details };
        TyObject *exc = tyObj_call((TyObject *)type, args, 2, NULL);
        if (exc)
            set_current(exc);
    }
    TY_DECREF(msg);
    TY_XDECREF(fn);
    TY_XDECREF(ln);
    TY_XDECREF(off);
    TY_XDECREF(text);
    TY_XDECREF(eln);
    TY_XDECREF(eoff);
    TY_XDECREF(details);
    return NULL;
}

/* ---- printing ---------------------------------------------------------- */

/* Reads line `lineno` (1-based) of file `path` into buf; false if the
** file or the line cannot be read. */
static bool read_source_line(const char *path, int lineno, char *buf, size_t size)
{
    if (path[0] == '<')
        return false;
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    int current = 1;
    bool found = false;
    while (fgets(buf, (int)size, f)) {
        size_t len = strlen(buf);
        bool complete = len > 0 && buf[len - 1] == '\n';
        if (current == lineno) {
            found = true;
            break;
        }
        if (complete)
            current++;
    }
    fclose(f);
    if (!found)
        return false;
    size_t len = strlen(buf);
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
        buf[--len] = '\0';
    return true;
}

/*
** CPython 3.11's anchors inside the failing expression (the segment of
** the line it spans): for a binary operation the operator, for a
** subscript the brackets.  Byte offsets into seg; false when none.
*/
static bool caret_anchors(const char *seg, size_t len, size_t *left, size_t *right)
{
    TyObject *saved = tyErr_fetch();
    TyArena *arena = tyArena_new();
    bool found = false;
    TyModuleAST *m = arena ? tyParse_source(arena, seg, len, "<segment>", TY_MODE_FILE, NULL) : NULL;
    if (m && m->body.n == 1 && m->body.items[0]->kind == TY_STMT_EXPR) {
        TyExpr *e = m->body.items[0]->v.expr.value;
        if (e->kind == TY_EXPR_BINOP && e->v.binop.left->loc.end_line == 1) {
            size_t ostart = (size_t)e->v.binop.left->loc.end_col;
            size_t oend = (size_t)e->v.binop.right->loc.col;
            size_t off = 0;
            while (ostart + off < oend && (seg[ostart + off] == ' ' || seg[ostart + off] == '\t'))
                off++;
            size_t l = ostart + off, r = l + 1;
            if (ostart + off + 1 < oend && seg[ostart + off + 1] != ' ' && seg[ostart + off + 1] != '\t')
                r++;
            while (l < len && (seg[l] == ' ' || seg[l] == '\t' || seg[l] == ')' || seg[l] == '#')) {
                l++;
                r++;
            }
            *left = l;
            *right = r;
            found = true;
        } else if (e->kind == TY_EXPR_SUBSCRIPT && e->v.subscript.value->loc.end_line == 1 &&
                   e->v.subscript.slice->loc.end_line == 1) {
            size_t l = (size_t)e->v.subscript.value->loc.end_col;
            size_t r = (size_t)e->v.subscript.slice->loc.end_col + 1;
            while (l < len && seg[l] != '[')
                l++;
            while (r < len && seg[r] != ']')
                r++;
            if (r < len)
                r++;
            *left = l;
            *right = r;
            found = true;
        }
    }
    if (arena)
        tyArena_free(arena);
    tyErr_clear();
    tyErr_restore(saved);
    return found;
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* The source line of a traceback entry with CPython 3.11's markers: '^'
** under the failing expression (or '~' with '^' under its operator or
** brackets), shown unless the expression is the whole line. */
static void print_source_line(FILE *out, const char *filename, const TyCodePos *pos)
{
    char buf[4096];
    if (pos->line <= 0 || !read_source_line(filename, pos->line, buf, sizeof buf))
        return;
    size_t indent = strspn(buf, " \t\f");
    const char *stripped = buf + indent;
    if (!*stripped)
        return;
    size_t linelen = strlen(buf);
    while (linelen > indent && (buf[linelen - 1] == ' ' || buf[linelen - 1] == '\t'))
        linelen--;
    fprintf(out, "    %.*s\n", (int)(linelen - indent), stripped);
    if (pos->col < 0 || pos->end_col < 0 || (size_t)pos->col < indent || (size_t)pos->col > linelen)
        return;
    size_t start = (size_t)pos->col;
    size_t end = pos->end_line == pos->line ? (size_t)pos->end_col : linelen;
    if (end > strlen(buf))
        end = strlen(buf);
    if (end <= start)
        return;
    size_t left = 0, right = 0;
    bool anchors = pos->end_line == pos->line && caret_anchors(buf + start, end - start, &left, &right);
    size_t span = utf8_chars(buf + start, end - start);
    size_t stripped_len = utf8_chars(stripped, linelen - indent);
    if (!(span < stripped_len || (anchors && right > left)))
        return;
    fputs("    ", out);
    for (size_t i = utf8_chars(stripped, start - indent); i > 0; i--)
        fputc(' ', out);
    if (anchors) {
        size_t lc = utf8_chars(buf + start, left), rc = utf8_chars(buf + start, right);
        for (size_t i = 0; i < span; i++)
            fputc(i >= lc && i < rc ? '^' : '~', out);
    } else {
        for (size_t i = 0; i < span; i++)
            fputc('^', out);
    }
    fputc('\n', out);
}

#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(FILE *out, int count)
{
    int more = count - TB_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
}

/* Entries for the same line of the same function in a row (recursion)
** are shown three times, then counted, as CPython does. */
static void print_traceback(FILE *out, TyObject *tb)
{
    fputs("Traceback (most recent call last):\n", out);
    TyCode *last_code = NULL;
    int last_line = -1, count = 0;
    for (TyTraceback *t = (TyTraceback *)tb; t; t = t->next) {
        TyCode *co = tyTraceback_code(t);
        if (!last_code || co->filename != last_code->filename || co->name != last_code->name ||
            t->lineno != last_line) {
            if (count > TB_RECURSIVE_CUTOFF)
                print_repeated(out, count);
            last_code = co;
            last_line = t->lineno;
            count = 0;
        }
        if (++count > TB_RECURSIVE_CUTOFF)
            continue;
        fprintf(out, "  File \"%s\", line %d, in %s\n", TY_STR_UTF8(co->filename), t->lineno,
                TY_STR_UTF8(co->name));
        if (t->lasti >= 0 && t->lasti < co->ncode) {
            TyCodePos pos = co->positions[t->lasti];
            pos.line = t->lineno;
            print_source_line(out, TY_STR_UTF8(co->filename), &pos);
        }
    }
    if (count > TB_RECURSIVE_CUTOFF)
        print_repeated(out, count);
}

static void print_str_or_fallback(FILE *out, TyObject *s)
{
    if (s)
        fwrite(TY_STR_UTF8(s), 1, (size_t)TY_STR_NBYTES(s), out);
}

/* The "  File ..., line N" block and caret of a SyntaxError. */
static void print_syntax_error_location(FILE *out, TyObject *exc)
{
    TyBaseException *e = (TyBaseException *)exc;
    TyObject *filename = e->extra[1], *lineno = e->extra[2], *offset = e->extra[3];
    TyObject *text = e->extra[4], *end_offset = e->extra[6];
    if (!filename || !TY_STR_CHECK(filename) || !lineno || !TY_INT_CHECK(lineno))
        return;
    fprintf(out, "  File \"%s\", line %lld\n", TY_STR_UTF8(filename),
            (long long)TY_INT_VALUE(lineno));
    if (!text || !TY_STR_CHECK(text))
        return;
    const char *t = TY_STR_UTF8(text);
    size_t len = (size_t)TY_STR_NBYTES(text);
    while (len > 0 && (t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    size_t indent = 0;
    while (indent < len && (t[indent] == ' ' || t[indent] == '\t' || t[indent] == '\f'))
        indent++;
    fputs("    ", out);
    fwrite(t + indent, 1, len - indent, out);
    fputc('\n', out);
    if (!offset || !TY_INT_CHECK(offset) || TY_INT_VALUE(offset) < 1)
        return;
    /* offset and end_offset count characters, 1-based. */
    ssize_t off = (ssize_t)TY_INT_VALUE(offset);
    ssize_t end = end_offset && TY_INT_CHECK(end_offset) ? (ssize_t)TY_INT_VALUE(end_offset) : off + 1;
    ssize_t indent_chars = (ssize_t)indent;
    ssize_t line_chars = ty_utf8Length(t, (ssize_t)len);
    if (off > line_chars + 1)
        off = line_chars + 1;
    if (end > line_chars + 1)
        end = line_chars + 1;
    ssize_t col = off - 1 - indent_chars;
    /* A caret left of the stripped text (an unexpected indent, a TabError)
    ** is not printed, as CPython does not print it. */
    if (col < 0)
        return;
    /* CPython marks a span for SyntaxError but one column for
    ** IndentationError and TabError. */
    bool span = !tyType_isSubtype(TY_TYPE(exc), &TyExc_IndentationError);
    ssize_t width = span && end > off ? end - off : 1;
    fputs("    ", out);
    for (ssize_t i = 0; i < col; i++)
        fputc(' ', out);
    for (ssize_t i = 0; i < width; i++)
        fputc('^', out);
    fputc('\n', out);
}

static void print_margined(FILE *out, const char *margin, void (*print)(FILE *, TyObject *), TyObject *o);

/* "Type: message"; margin (inside exception groups) starts the location
** block of a SyntaxError and the message line, as in CPython. */
static void print_exception_line(FILE *out, TyObject *exc, const char *margin)
{
    TyType *t = TY_TYPE(exc);
    if (tyType_isSubtype(t, &TyExc_SyntaxError))
        print_margined(out, margin, print_syntax_error_location, exc);
    fputs(margin, out);

    if (t->flags & TY_TPFLAG_HEAPTYPE) {
        TyObject *mod = t->ht_module;
        if (mod && TY_STR_CHECK(mod) && !tyStr_eqC(mod, "builtins") && !tyStr_eqC(mod, "__main__"))
            fprintf(out, "%s.", TY_STR_UTF8(mod));
        fputs(TY_STR_UTF8(t->ht_qualname), out);
    } else {
        fputs(t->name, out);
    }
    TyObject *s;
    if (tyType_isSubtype(t, &TyExc_SyntaxError)) {
        TyObject *msg = ((TyBaseException *)exc)->extra[0];
        s = msg ? tyObj_str(msg) : tyObj_str(exc);
    } else {
        s = tyObj_str(exc);
    }
    if (!s) {
        tyErr_clear();
        fputs(": <exception str() failed>", out);
    } else if (TY_STR_NBYTES(s) > 0) {
        fputs(": ", out);
        print_str_or_fallback(out, s);
    }
    TY_XDECREF(s);
    fputc('\n', out);
}

static void print_one(FILE *out, TyObject *exc)
{
    TyObject *tb = ((TyBaseException *)exc)->traceback;
    if (tb)
        print_traceback(out, tb);
    print_exception_line(out, exc, "");
}

/* ---- notes, chains and exception groups -------------------------------------- */

/* What print(mem, o) prints, in a buffer of *len bytes to free(); NULL
** (nothing printed) when there is no memory for it. */
static char *print_to_memory(void (*print)(FILE *, TyObject *), TyObject *o, size_t *len)
{
    char *buf = NULL;
    FILE *mem = open_memstream(&buf, len);
    if (!mem)
        return NULL;
    print(mem, o);
    fclose(mem);
    return buf;
}

/* print(out, o) with margin before its first line (the SyntaxError location
** block: CPython writes its margin once, before the File line).  Without
** memory the text goes out unchanged. */
static void print_margined(FILE *out, const char *margin, void (*print)(FILE *, TyObject *), TyObject *o)
{
    size_t len;
    char *buf = *margin ? print_to_memory(print, o, &len) : NULL;
    if (!buf) {
        print(out, o);
        return;
    }
    if (len > 0) {
        fputs(margin, out);
        fwrite(buf, 1, len, out);
    }
    free(buf);
}

/*
** __notes__ as CPython 3.11.2 prints them: each note's str() line by line
** (splitlines, ends kept) after the margin, then a newline; a note whose
** str() fails as "<note str() failed>"; a __notes__ that is not a sequence
** as its repr, with no newline after it.  Errors are dropped.
*/
static void print_notes(FILE *out, TyObject *exc, const char *margin)
{
    TyObject *notes;
    if (tyObj_lookupAttr(exc, TY_ID(__notes__), &notes) <= 0) {
        tyErr_clear();
        return;
    }
    if (!tyObj_isSequence(notes)) {
        TyObject *r = tyObj_repr(notes);
        fputs(margin, out);
        if (r)
            print_str_or_fallback(out, r);
        else
            fputs("<__notes__ repr() failed>", out);
        tyErr_clear();
        TY_XDECREF(r);
        TY_DECREF(notes);
        return;
    }
    TyObject *seq = tyTuple_fromIterable(notes);
    TY_DECREF(notes);
    for (ssize_t i = 0; seq && i < TY_TUPLE_LEN(seq); i++) {
        TyObject *note = tyObj_str(TY_TUPLE_GET(seq, i));
        TyObject *lines = NULL;
        if (note) {
            TyObject *split = tyObj_getAttrStr(note, "splitlines");
            TyObject *keep = TY_TRUE;
            lines = split ? tyObj_call(split, &keep, 1, NULL) : NULL;
            TY_XDECREF(split);
        }
        if (!lines) {
            fputs("<note str() failed>", out);
        } else {
            for (ssize_t j = 0; j < TY_LIST_LEN(lines); j++) {
                fputs(margin, out);
                print_str_or_fallback(out, TY_LIST_GET(lines, j));
            }
        }
        fputc('\n', out);
        tyErr_clear();
        TY_XDECREF(lines);
        TY_XDECREF(note);
    }
    tyErr_clear();
    TY_XDECREF(seq);
}

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/*
** CPython 3.11's printer (pythonrun.c's print_exception_recursive and its
** context): each exception after the chain that led to it, oldest first;
** inside an exception group every line starts with two spaces per level
** and a margin "| ", and each sub-exception gets a numbered box, at most
** MAX_GROUP_WIDTH of them and MAX_GROUP_DEPTH groups deep.  `seen` holds
** every exception printed, so a chain stops at one printed before.
*/
typedef struct Printer {
    FILE *out;
    int depth;               /* groups entered; 0 outside any */
    bool need_close;         /* the innermost box still wants its bottom line */
    TyObject **seen;
    int nseen, seen_cap;
} Printer;

static void margin_of(const Printer *p, char *buf, size_t size)
{
    snprintf(buf, size, "%*s%s", 2 * p->depth, "", p->depth ? "| " : "");
}

static void write_margin(Printer *p)
{
    char m[64];
    margin_of(p, m, sizeof m);
    fputs(m, p->out);
}

/* Records exc as printed; false when it was (or cannot be recorded, so
** that a chain looping back cannot run forever). */
static bool note_seen(Printer *p, TyObject *exc)
{
    for (int i = 0; i < p->nseen; i++)
        if (p->seen[i] == exc)
            return false;
    if (p->nseen == p->seen_cap) {
        int cap = p->seen_cap ? 2 * p->seen_cap : 16;
        TyObject **n = tyMem_realloc(p->seen, sizeof *n * (size_t)cap);
        if (!n)
            return false;
        p->seen = n;
        p->seen_cap = cap;
    }
    p->seen[p->nseen++] = exc;
    return true;
}

static bool was_seen(const Printer *p, TyObject *exc)
{
    for (int i = 0; i < p->nseen; i++)
        if (p->seen[i] == exc)
            return true;
    return false;
}

/* The traceback under `header`, every line of it after margin (but for
** "[Previous line repeated N more times]", which CPython 3.11 writes with
** no margin), the header after header_margin. */
static void print_traceback_margined(FILE *out, TyObject *tb, const char *header, const char *header_margin,
                                     const char *margin)
{
    size_t len;
    char *buf = print_to_memory(print_traceback, tb, &len);
    if (!buf) {
        print_traceback(out, tb);
        return;
    }
    fprintf(out, "%s%s\n", header_margin, header);
    /* The first line is print_traceback's own header. */
    const char *line = memchr(buf, '\n', len);
    line = line ? line + 1 : buf + len;
    while (line < buf + len) {
        const char *nl = memchr(line, '\n', (size_t)(buf + len - line));
        const char *end = nl ? nl + 1 : buf + len;
        static const char repeated[] = "  [Previous line repeated ";
        if ((size_t)(end - line) < sizeof repeated - 1 || memcmp(line, repeated, sizeof repeated - 1) != 0)
            fputs(margin, out);
        fwrite(line, 1, (size_t)(end - line), out);
        line = end;
    }
    free(buf);
}

/* One exception without its chain: traceback, message, notes.  (An
** exception reported as unraisable shows no notes: print_one.) */
static void print_exception_margined(Printer *p, TyObject *exc)
{
    char margin[64], header_margin[64];
    margin_of(p, margin, sizeof margin);
    TyObject *tb = ((TyBaseException *)exc)->traceback;
    bool group = TY_EXCGROUP_CHECK(exc);
    if (tb && !group && !*margin) {
        print_traceback(p->out, tb);
    } else if (tb) {
        /* The outermost group's header stands on the corner of its box. */
        if (group && p->depth == 1)
            snprintf(header_margin, sizeof header_margin, "%*s+ ", 2 * p->depth, "");
        else
            memcpy(header_margin, margin, sizeof margin);
        print_traceback_margined(p->out, tb, group ? "Exception Group Traceback (most recent call last):"
                                                  : "Traceback (most recent call last):",
                                 header_margin, margin);
    }
    print_exception_line(p->out, exc, margin);
    print_notes(p->out, exc, margin);
}

static void print_recursive(Printer *p, TyObject *exc);

/* An exception of the chain, then the sentence that leads to the next. */
static void print_chained(Printer *p, TyObject *exc, const char *message)
{
    bool need_close = p->need_close;
    print_recursive(p, exc);
    p->need_close = need_close;
    write_margin(p);
    fputc('\n', p->out);
    write_margin(p);
    fputs(message, p->out);
    write_margin(p);
    fputc('\n', p->out);
}

static void print_cause_and_context(Printer *p, TyObject *exc)
{
    if (!note_seen(p, exc))
        return;
    TyBaseException *e = (TyBaseException *)exc;
    if (e->cause) {
        if (!was_seen(p, e->cause))
            print_chained(p, e->cause, "The above exception was the direct cause of the following exception:\n");
    } else if (e->context && !e->suppress_context && !was_seen(p, e->context)) {
        print_chained(p, e->context, "During handling of the above exception, another exception occurred:\n");
    }
}

/* A group: its own traceback and message, then a box per sub-exception. */
static void print_group(Printer *p, TyObject *exc)
{
    if (p->depth > MAX_GROUP_DEPTH) {
        write_margin(p);
        fprintf(p->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (p->depth == 0)
        p->depth++;
    print_exception_margined(p, exc);
    TyObject *excs = tyExcGroup_exceptions(exc);
    ssize_t count = excs ? TY_TUPLE_LEN(excs) : 0;
    ssize_t n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (ssize_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            p->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        fprintf(p->out, "%*s%s+---------------- ", 2 * p->depth, "", i == 0 ? "+-" : "  ");
        if (truncated)
            fputs("... ----------------\n", p->out);
        else
            fprintf(p->out, "%zd ----------------\n", i + 1);
        p->depth++;
        if (!truncated) {
            print_recursive(p, TY_TUPLE_GET(excs, i));
        } else {
            ssize_t more = count - MAX_GROUP_WIDTH;
            write_margin(p);
            fprintf(p->out, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && p->need_close) {
            fprintf(p->out, "%*s+------------------------------------\n", 2 * p->depth, "");
            p->need_close = false;
        }
        p->depth--;
    }
    if (p->depth == 1)
        p->depth--;
}

static void print_recursive(Printer *p, TyObject *exc)
{
    if (tyObj_enterRecursiveCall(" in print_exception_recursive") < 0) {
        tyErr_clear();
        return;
    }
    print_cause_and_context(p, exc);
    if (TY_EXCGROUP_CHECK(exc))
        print_group(p, exc);
    else
        print_exception_margined(p, exc);
    tyObj_leaveRecursiveCall();
}

void tyErr_display(TyObject *exc)
{
    TyObject *saved = tyErr_fetch();
    fflush(stdout);
    if (exc && TY_EXC_CHECK(exc)) {
        Printer p = { stderr, 0, false, NULL, 0, 0 };
        print_recursive(&p, exc);
        tyMem_free(p.seen);
    }
    fflush(stderr);
    tyErr_restore(saved);
}

void tyErr_print(void)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    tyErr_display(exc);
    TY_DECREF(exc);
}

void tyErr_writeUnraisable(TyObject *where)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    fflush(stdout);
    if (where) {
        TyObject *r = tyObj_repr(where);
        fputs("Exception ignored in: ", stderr);
        if (r) {
            print_str_or_fallback(stderr, r);
            TY_DECREF(r);
        } else {
            tyErr_clear();
            fputs("<object repr() failed>", stderr);
        }
        fputc('\n', stderr);
    }
    print_one(stderr, exc);
    fflush(stderr);
    TY_DECREF(exc);
}

int tyErr_checkSignals(void)
{
    if (!ty_state.sigint_pending)
        return 0;
    ty_state.sigint_pending = 0;
    tyErr_setNone(&TyExc_KeyboardInterrupt);
    return -1;
}
