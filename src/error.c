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
#include "objects/frame.h"
#include "parser.h"
#include "vm.h"
#include "modules/sys.h"
#include "modules/signalmod.h"

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

static bool read_source_line(const char *path, int lineno, char *buf, size_t size);

/* The SyntaxError (of `type`) with its details; msg is stolen. */
static TyObject *syntax_error(TyType *type, const char *filename, int line, int col,
                              const char *source_line, int end_line, int end_col, TyObject *msg)
{
    if (!msg)
        return NULL;
    TyObject *fn = tyStr_fromCStr(filename);
    /* A line of -1 means "no position" (an undecodable file). */
    TyObject *ln = line >= 0 ? tyInt_fromI64(line) : TY_NEWREF(TY_NONE);
    TyObject *off = tyInt_fromI64(col);
    /* Without the line (errors of the symtable and the compiler), it is
    ** read from the file, as CPython's PyErr_ProgramTextObject does. */
    char buf[4096];
    if (!source_line && line >= 1 && read_source_line(filename, line, buf, sizeof buf)) {
        size_t n = strlen(buf);
        while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
            buf[--n] = '\0';
        source_line = buf;
    }
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

TyObject *tyErr_syntax(TyType *type, const char *filename, int line, int col,
                       const char *source_line, int end_line, int end_col,
                       const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    return syntax_error(type, filename, line, col, source_line, end_line, end_col, msg);
}

TyObject *tyErr_syntaxLocation(const char *filename, int line, int col, int end_line, int end_col,
                               const char *fmt, ...)
{
    char buf[4096];
    const char *text = NULL;
    if (line > 0 && read_source_line(filename, line, buf, sizeof buf)) {
        TyObject *valid = tyStr_decodeUtf8(buf, (ssize_t)strlen(buf));
        if (valid)
            text = buf;
        else
            tyErr_clear();
        TY_XDECREF(valid);
    }
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    return syntax_error(&TyExc_SyntaxError, filename, line, col, text, end_line, end_col, msg);
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
    TyObject *text = e->extra[4], *end_lineno = e->extra[5], *end_offset = e->extra[6];
    if (!filename || !TY_STR_CHECK(filename) || !lineno || !TY_INT_CHECK(lineno))
        return;
    fprintf(out, "  File \"%s\", line %lld\n", TY_STR_UTF8(filename),
            (long long)TY_INT_VALUE(lineno));
    if (!text || !TY_STR_CHECK(text))
        return;
    /* CPython's print_error_text: the offsets count characters, but the
    ** line they are clipped to and walked along is measured in bytes, so
    ** on a line with multi-byte characters an offset the parser gave in
    ** bytes lands where CPython 3.11 puts it. */
    const char *t = TY_STR_UTF8(text);
    size_t len = (size_t)TY_STR_NBYTES(text);
    ssize_t off = offset && TY_INT_CHECK(offset) ? (ssize_t)TY_INT_VALUE(offset) : 0;
    ssize_t end = end_offset && TY_INT_CHECK(end_offset) ? (ssize_t)TY_INT_VALUE(end_offset) : 0;
    /* A span that goes on to later lines is marked to the end of the first. */
    if (end_lineno && TY_INT_CHECK(end_lineno) && TY_INT_VALUE(end_lineno) > TY_INT_VALUE(lineno))
        end = TY_STR_LEN(text);
    /* CPython marks a span for SyntaxError but one column for
    ** IndentationError and TabError. */
    bool span = !tyType_isSubtype(TY_TYPE(exc), &TyExc_IndentationError);
    ssize_t width = span && end > 0 && end > off ? end - off : 1;
    ssize_t col = off - 1;
    while (len > 0 && (*t == ' ' || *t == '\t' || *t == '\f')) {
        t++;
        len--;
        col--;
    }
    while (len > 0 && (t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    if (col > (ssize_t)len)
        col = (ssize_t)len;
    /* A text of several lines shows the line the offset falls in. */
    for (const char *nl; (nl = memchr(t, '\n', len)) != NULL && nl - t < col;) {
        size_t skip = (size_t)(nl - t) + 1;
        t += skip;
        len -= skip;
        col -= (ssize_t)skip;
    }
    fputs("    ", out);
    fwrite(t, 1, len, out);
    fputc('\n', out);
    /* A caret left of the stripped text (an unexpected indent, a TabError)
    ** is not printed, and neither is one without an offset. */
    if (off < 1 || col < 0)
        return;
    fputs("    ", out);
    for (ssize_t i = 0; i < col; i++)
        fputc(' ', out);
    for (ssize_t i = 0; i < width; i++)
        fputc('^', out);
    fputc('\n', out);
}

/* ---- "Did you mean" ---------------------------------------------------- */

/*
** CPython 3.11's suggestions for a NameError or an AttributeError: the
** candidate nearest to the name by a Levenshtein distance in which
** changing a letter's case costs 1 and any other edit 2, at most a third
** of the characters involved changed, among at most 750 candidates of at
** most 40 bytes (after common prefix and suffix are dropped).
*/
#define SUGGEST_MAX_CANDIDATES 750
#define SUGGEST_MAX_LEN 40
#define SUGGEST_EDIT 2
#define SUGGEST_CASE 1

static size_t substitution_cost(char a, char b)
{
    if (a == b)
        return 0;
    /* Letters of different case differ in one bit above the low five. */
    if ((a & 31) == (b & 31) && ((a | 32) >= 'a' && (a | 32) <= 'z') && (a | 32) == (b | 32))
        return SUGGEST_CASE;
    return SUGGEST_EDIT;
}

/* The edit distance between a and b, or anything above `limit` once the
** distance is known to exceed it. */
static size_t edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit)
{
    while (alen && blen && a[0] == b[0]) {
        a++;
        b++;
        alen--;
        blen--;
    }
    while (alen && blen && a[alen - 1] == b[blen - 1]) {
        alen--;
        blen--;
    }
    if (alen == 0 || blen == 0)
        return (alen + blen) * SUGGEST_EDIT;
    if (alen > SUGGEST_MAX_LEN || blen > SUGGEST_MAX_LEN)
        return limit + 1;
    if (blen < alen) {
        const char *t = a;
        a = b;
        b = t;
        size_t n = alen;
        alen = blen;
        blen = n;
    }
    if ((blen - alen) * SUGGEST_EDIT > limit)
        return limit + 1;
    /* row[i]: the cost of turning b's prefix so far into a[0..i]. */
    size_t row[SUGGEST_MAX_LEN];
    for (size_t i = 0; i < alen; i++)
        row[i] = (i + 1) * SUGGEST_EDIT;
    size_t cost = 0;
    for (size_t j = 0; j < blen; j++) {
        /* b[0..j) against nothing; CPython starts the row's running cost
        ** there too (not one edit further), and so must we to suggest
        ** what it suggests. */
        size_t diagonal = j * SUGGEST_EDIT;
        size_t left = diagonal;
        size_t best = (size_t)-1;
        for (size_t i = 0; i < alen; i++) {
            size_t up = row[i];
            size_t substitute = diagonal + substitution_cost(b[j], a[i]);
            size_t insert_delete = (left < up ? left : up) + SUGGEST_EDIT;
            cost = substitute < insert_delete ? substitute : insert_delete;
            row[i] = cost;
            diagonal = up;
            left = cost;
            if (cost < best)
                best = cost;
        }
        if (best > limit)
            return limit + 1;
    }
    return cost;
}

/* The candidate of `names` (a list; NULL: none) nearest to `name`, a
** borrowed reference, or NULL. */
static TyObject *nearest_name(TyObject *names, TyObject *name)
{
    if (!names || !TY_LIST_CHECK(names) || TY_LIST_LEN(names) >= SUGGEST_MAX_CANDIDATES)
        return NULL;
    size_t nlen = (size_t)TY_STR_NBYTES(name);
    size_t best_cost = (size_t)-1;
    TyObject *best = NULL;
    for (ssize_t i = 0; i < TY_LIST_LEN(names); i++) {
        TyObject *item = TY_LIST_GET(names, i);
        if (!TY_STR_CHECK(item))
            return NULL;
        if (tyStr_eq(item, name))
            continue;
        size_t ilen = (size_t)TY_STR_NBYTES(item);
        size_t limit = (nlen + ilen + 3) * SUGGEST_EDIT / 6;
        if (best && best_cost - 1 < limit)
            limit = best_cost - 1;
        size_t d = edit_distance(TY_STR_UTF8(name), nlen, TY_STR_UTF8(item), ilen, limit);
        if (d <= limit && (!best || d < best_cost)) {
            best = item;
            best_cost = d;
        }
    }
    return best;
}

/* A list of a mapping's keys or a sequence's items (new), or NULL. */
static TyObject *names_of(TyObject *o)
{
    return TY_DICT_CHECK(o) ? tyDict_keys(o) : tyList_fromIterable(o);
}

/* What a NameError or AttributeError (exactly those types) suggests: a
** new reference to a name, or NULL.  Leaves no exception. */
static TyObject *suggestion_for(TyObject *exc)
{
    TyBaseException *e = (TyBaseException *)exc;
    TyObject *name = e->extra[1], *found = NULL;
    if (!name || !TY_STR_CHECK_EXACT(name))
        return NULL;
    if (TY_TYPE(exc) == &TyExc_AttributeError && e->extra[2]) {
        TyObject *dir = tyDict_getItemStr(ty_state.builtins, "dir");
        TyObject *names = dir ? tyObj_callOneArg(dir, e->extra[2]) : NULL;
        found = nearest_name(names, name);
        TY_XINCREF(found);
        TY_XDECREF(names);
    } else if (TY_TYPE(exc) == &TyExc_NameError && e->traceback) {
        /* The names of the innermost frame: its variables, its globals,
        ** its builtins, in that order. */
        TyTraceback *tb = (TyTraceback *)e->traceback;
        while (tb->next)
            tb = tb->next;
        TyFrame *f = tb->frame ? tb->frame->frame : NULL;
        TyObject *spaces[3] = { tyTraceback_code(tb)->localsplusnames, f ? f->globals : NULL,
                                f ? f->builtins : NULL };
        for (int i = 0; i < 3 && !found; i++) {
            TyObject *names = spaces[i] ? names_of(spaces[i]) : NULL;
            found = nearest_name(names, name);
            TY_XINCREF(found);
            TY_XDECREF(names);
        }
    }
    tyErr_clear();
    return found;
}

/* "module.Qualname" of an exception's type, as tracebacks name it. */
static void print_exception_type(FILE *out, TyType *t)
{
    if (t->flags & TY_TPFLAG_HEAPTYPE) {
        TyObject *mod = t->ht_module;
        if (mod && TY_STR_CHECK(mod) && !tyStr_eqC(mod, "builtins") && !tyStr_eqC(mod, "__main__"))
            fprintf(out, "%s.", TY_STR_UTF8(mod));
        fputs(TY_STR_UTF8(t->ht_qualname), out);
    } else {
        fputs(t->name, out);
    }
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
    print_exception_type(out, t);
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
    TyObject *suggestion = suggestion_for(exc);
    if (suggestion) {
        fputs(". Did you mean: '", out);
        print_str_or_fallback(out, suggestion);
        fputs("'?", out);
        TY_DECREF(suggestion);
    }
    fputc('\n', out);
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

void tyErr_displayTo(FILE *out, TyObject *exc)
{
    TyObject *saved = tyErr_fetch();
    fflush(stdout);
    if (exc && TY_EXC_CHECK(exc)) {
        Printer p = { out, 0, false, NULL, 0, 0 };
        print_recursive(&p, exc);
        tyMem_free(p.seen);
    }
    fflush(out);
    tyErr_restore(saved);
}

void tyErr_display(TyObject *exc)
{
    tyErr_displayTo(stderr, exc);
}

void tyErr_print(void)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    tyErr_display(exc);
    TY_DECREF(exc);
}

void tyErr_printUnraisable(TyObject *type, TyObject *value, TyObject *tb, TyObject *err_msg, TyObject *obj)
{
    fflush(stdout);
    if (obj != TY_NONE) {
        if (err_msg != TY_NONE) {
            print_str_or_fallback(stderr, err_msg);
            fputs(": ", stderr);
        } else {
            fputs("Exception ignored in: ", stderr);
        }
        TyObject *r = tyObj_repr(obj);
        if (r) {
            print_str_or_fallback(stderr, r);
            TY_DECREF(r);
        } else {
            tyErr_clear();
            fputs("<object repr() failed>", stderr);
        }
        fputc('\n', stderr);
    } else if (err_msg != TY_NONE) {
        print_str_or_fallback(stderr, err_msg);
        fputs(":\n", stderr);
    }
    if (TY_TYPE(tb) == &TyTraceback_Type)
        print_traceback(stderr, tb);
    if (type != TY_NONE && TY_TYPE_CHECK(type)) {
        /* "Type: str" even when str is empty, and no notes or chained
        ** exceptions: CPython's default hook. */
        print_exception_type(stderr, (TyType *)type);
        if (value != TY_NONE) {
            TyObject *s = tyObj_str(value);
            fputs(": ", stderr);
            if (s)
                print_str_or_fallback(stderr, s);
            else {
                tyErr_clear();
                fputs("<exception str() failed>", stderr);
            }
            TY_XDECREF(s);
        }
        fputc('\n', stderr);
    }
    fflush(stderr);
}

/* Hand exc to sys.unraisablehook, or print it as the default hook does
** when the hook is the default, missing or None. */
static void report_unraisable(TyObject *exc, TyObject *err_msg, TyObject *obj)
{
    TyObject *hook = ty_state.sys ? tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "unraisablehook") : NULL;
    if (!hook || hook == TY_NONE || tySys_isDefaultUnraisableHook(hook)) {
        TyObject *tb = ((TyBaseException *)exc)->traceback;
        tyErr_printUnraisable((TyObject *)TY_TYPE(exc), exc, tb ? tb : TY_NONE,
                              err_msg ? err_msg : TY_NONE, obj ? obj : TY_NONE);
        return;
    }
    TY_INCREF(hook);
    TyObject *hook_args = tySys_unraisableHookArgs(exc, err_msg, obj);
    TyObject *r = hook_args ? tyObj_call(hook, &hook_args, 1, NULL) : NULL;
    TY_XDECREF(hook_args);
    if (r) {
        TY_DECREF(r);
    } else {
        TyObject *failure = tyErr_fetch();
        TyObject *msg = tyStr_fromCStr("Exception ignored in sys.unraisablehook");
        if (failure && msg) {
            TyObject *tb = ((TyBaseException *)failure)->traceback;
            tyErr_printUnraisable((TyObject *)TY_TYPE(failure), failure, tb ? tb : TY_NONE, msg, hook);
        }
        tyErr_clear();
        TY_XDECREF(msg);
        TY_XDECREF(failure);
    }
    TY_DECREF(hook);
}

void tyErr_writeUnraisable(TyObject *where)
{
    tyErr_writeUnraisableMsg(NULL, where);
}

void tyErr_writeUnraisableMsg(const char *msg, TyObject *where)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    TyObject *err_msg = msg ? tyStr_fromFormat("Exception ignored %s", msg) : NULL;
    if (msg && !err_msg)
        tyErr_clear();
    /* An exception raised in C code has no traceback: it gets the frame
    ** that was running, as CPython's unraisable hook gives it. */
    TyFrame *f = tyVM_currentFrame();
    if (!((TyBaseException *)exc)->traceback && f && tyTraceback_add(exc, f, TY_FRAME_LASTI(f)) < 0)
        tyErr_clear();
    report_unraisable(exc, err_msg, where);
    TY_XDECREF(err_msg);
    TY_DECREF(exc);
}

int tyErr_checkSignals(void)
{
    if (ty_state.signals_pending && tySignal_runHandlers() < 0)
        return -1;
    if (!ty_state.sigint_pending)
        return 0;
    ty_state.sigint_pending = 0;
    tyErr_setNone(&TyExc_KeyboardInterrupt);
    return -1;
}

/*
** The warnings machinery's default for one warning, as CPython prints it
** with no filters set: once per (text, category, line) of the module whose
** code is running (its `__warningregistry__`, which this creates), as
** "file:line: Category: text", the source line, then `note` if given.
** With no Python code running (at exit) it is attributed to "sys:1", with
** the sys module's registry.  Returns 0, or -1 with an exception.
*/
int tyErr_warnOnce(TyType *category, TyObject *text, const char *note)
{
    TyFrame *f = tyVM_currentFrame();
    if (!f && !ty_state.sys)
        return 0;
    TyObject *globals = f ? f->globals : TY_MODULE_DICT(ty_state.sys);
    const char *filename = f ? TY_STR_UTF8(f->code->filename) : "sys";
    int lineno = f ? tyCode_line(f->code, TY_FRAME_LASTI(f)) : 1;
    TyObject *registry = tyDict_getItemStr(globals, "__warningregistry__");
    if (!registry || !TY_DICT_CHECK(registry)) {
        if (tyErr_occurred())
            return -1;
        TyObject *fresh = tyDict_new();
        TyObject *zero = tyInt_fromI64(0);
        int r = fresh && zero ? tyDict_setItemStr(fresh, "version", zero) : -1;
        if (r == 0)
            r = tyDict_setItemStr(globals, "__warningregistry__", fresh);
        TY_XDECREF(zero);
        TY_XDECREF(fresh);
        if (r < 0)
            return -1;
        registry = fresh;
    }
    TyObject *line = tyInt_fromI64(lineno);
    TyObject *key = line ? tyTuple_pack(3, text, (TyObject *)category, line) : NULL;
    TY_XDECREF(line);
    if (!key)
        return -1;
    int seen = tyDict_contains(registry, key);
    if (seen == 0)
        seen = tyDict_setItem(registry, key, TY_TRUE) < 0 ? -1 : 0;
    TY_DECREF(key);
    if (seen != 0)
        return seen < 0 ? -1 : 0;
    fflush(stdout);
    fprintf(stderr, "%s:%d: %s: %s\n", filename, lineno, category->name, TY_STR_UTF8(text));
    char buf[4096];
    if (!f) {
        fflush(stderr);
        return 0;
    }
    if (read_source_line(filename, lineno, buf, sizeof buf)) {
        const char *s = buf;
        while (*s == ' ' || *s == '\t' || *s == '\f')
            s++;
        size_t n = strlen(s);
        while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
            n--;
        fprintf(stderr, "  %.*s\n", (int)n, s);
    }
    if (note)
        fprintf(stderr, "%s\n", note);
    fflush(stderr);
    return 0;
}
