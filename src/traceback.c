/*
** traceback.c — printing exceptions as CPython 3.11 prints them: the
** traceback with its source lines and caret markers (the parser finds the
** anchors of a binary operation or subscript), the exception line with
** "Did you mean" suggestions, notes, chained exceptions and exception
** group boxes, and the report of an unraisable exception.
*/
#include "tally.h"
#include "traceback.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/exceptiongroup.h"
#include "objects/frame.h"
#include "objects/textio.h"
#include "parser.h"
#include "vm.h"

bool tyTraceback_sourceLine(const char *path, int lineno, char *buf, size_t size)
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
    TyModuleAST *m = arena ? tyParse_source(arena, seg, len, "<segment>", TY_MODE_FILE, TY_INPUT_TEXT,
                                            NULL)
                           : NULL;
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
    if (pos->line <= 0 || !tyTraceback_sourceLine(filename, pos->line, buf, sizeof buf))
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

/* sys.tracebacklimit as CPython reads it: how many of the innermost
** entries are shown (all when it is unset or not an int, a huge one
** counting as all); 0 for zero or less, which hides the traceback and its
** header. */
static long traceback_limit(void)
{
    TyObject *v = ty_state.sys ? tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "tracebacklimit") : NULL;
    if (!v || !TY_INT_CHECK(v))
        return LONG_MAX;
    if (!TY_INT_IS_SMALL(v))
        return tyInt_sign(v) > 0 ? LONG_MAX : 0;
    return TY_INT_VALUE(v) > 0 ? (long)TY_INT_VALUE(v) : 0;
}

/* Entries for the same line of the same function in a row (recursion)
** are shown three times, then counted, as CPython does; only the
** innermost sys.tracebacklimit entries are shown. */
static void print_traceback(FILE *out, TyObject *tb)
{
    long limit = traceback_limit(), depth = 0;
    if (limit <= 0)
        return;
    for (TyTraceback *t = (TyTraceback *)tb; t; t = t->next)
        depth++;
    TyTraceback *first = (TyTraceback *)tb;
    for (; first && depth > limit; depth--)
        first = first->next;
    fputs("Traceback (most recent call last):\n", out);
    TyCode *last_code = NULL;
    int last_line = -1, count = 0;
    for (TyTraceback *t = first; t; t = t->next) {
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
    if (!filename || !lineno || !TY_INT_CHECK(lineno))
        return;
    /* Any other filename shows as its str(), None as "<string>" (CPython). */
    TyObject *shown = TY_STR_CHECK(filename) ? TY_NEWREF(filename)
                      : filename == TY_NONE ? tyStr_fromCStr("<string>") : tyObj_str(filename);
    if (!shown) {
        tyErr_clear();
        return;
    }
    fprintf(out, "  File \"%s\", line %lld\n", TY_STR_UTF8(shown),
            (long long)TY_INT_VALUE(lineno));
    TY_DECREF(shown);
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
    /* An end past the line is clipped to it. */
    if (col + width > (ssize_t)len)
        width = (ssize_t)len - col > 1 ? (ssize_t)len - col : 1;
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
    if (traceback_limit() <= 0)
        return;
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

/* The report of exc (an exception instance) written to out. */
static void render_exception(FILE *out, void *exc)
{
    Printer p = { out, 0, false, NULL, 0, 0 };
    print_recursive(&p, exc);
    tyMem_free(p.seen);
}

void tyTraceback_displayTo(FILE *out, TyObject *exc)
{
    TyObject *saved = tyErr_fetch();
    fflush(stdout);
    if (exc && TY_EXC_CHECK(exc))
        render_exception(out, exc);
    fflush(out);
    tyErr_restore(saved);
}

void tyTraceback_display(TyObject *exc)
{
    tyTraceback_displayTo(stderr, exc);
}

/* Writes what render(out, ctx) prints to the file object sys.stderr, with
** its write() and flush(), as CPython's default hooks do, so a replaced or
** captured sys.stderr receives the report; to the process's stderr when
** sys.stderr is missing or None, or its write() fails.  The report never
** raises (an error from flush() is dropped), and the current exception is
** left as it was. */
static void render_to_sys_stderr(void (*render)(FILE *, void *), void *ctx)
{
    TyObject *saved = tyErr_fetch();
    fflush(stdout);
    TyObject *file = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stderr)) : NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = file && file != TY_NONE ? open_memstream(&buf, &len) : NULL;
    if (!mem) {
        render(stderr, ctx);
        fflush(stderr);
        tyErr_restore(saved);
        return;
    }
    render(mem, ctx);
    fclose(mem);
    TY_INCREF(file);
    bool written;
    if (tyTextIO_check(file)) {
        written = tyTextIO_writeC(file, buf, len) == 0 && tyTextIO_flush(file) == 0;
    } else {
        TyObject *text = tyStr_decode(buf, (ssize_t)len, "utf-8", "surrogateescape");
        TyObject *r = text ? tyObj_callMethod(file, TY_ID(write), &text, 1) : NULL;
        written = r != NULL;
        TY_XDECREF(text);
        TY_XDECREF(r);
        r = written ? tyObj_callMethod(file, TY_ID(flush), NULL, 0) : NULL;
        TY_XDECREF(r);
    }
    if (!written) {
        /* A closed or broken sys.stderr (late in finalization, say) must
        ** not lose the report. */
        tyErr_clear();
        fwrite(buf, 1, len, stderr);
        fflush(stderr);
    }
    tyErr_clear();
    TY_DECREF(file);
    free(buf);
    tyErr_restore(saved);
}

static void render_text(FILE *out, void *text)
{
    fputs(text, out);
}

void tyTraceback_writeToSysStderr(const char *text)
{
    render_to_sys_stderr(render_text, (void *)text);
}

void tyTraceback_displayToSysStderr(TyObject *exc)
{
    if (exc && TY_EXC_CHECK(exc))
        render_to_sys_stderr(render_exception, exc);
}

/* The fields of an UnraisableHookArgs, for render_unraisable. */
typedef struct {
    TyObject *type, *value, *tb, *err_msg, *obj;
} Unraisable;

static void render_unraisable(FILE *out, void *ctx)
{
    const Unraisable *u = ctx;
    TyObject *type = u->type, *value = u->value, *tb = u->tb, *err_msg = u->err_msg, *obj = u->obj;
    if (obj != TY_NONE) {
        if (err_msg != TY_NONE) {
            print_str_or_fallback(out, err_msg);
            fputs(": ", out);
        } else {
            fputs("Exception ignored in: ", out);
        }
        TyObject *r = tyObj_repr(obj);
        if (r) {
            print_str_or_fallback(out, r);
            TY_DECREF(r);
        } else {
            tyErr_clear();
            fputs("<object repr() failed>", out);
        }
        fputc('\n', out);
    } else if (err_msg != TY_NONE) {
        print_str_or_fallback(out, err_msg);
        fputs(":\n", out);
    }
    if (TY_TYPE(tb) == &TyTraceback_Type)
        print_traceback(out, tb);
    if (type != TY_NONE && TY_TYPE_CHECK(type)) {
        /* "Type: str" even when str is empty, and no notes or chained
        ** exceptions: CPython's default hook. */
        print_exception_type(out, (TyType *)type);
        if (value != TY_NONE) {
            TyObject *s = tyObj_str(value);
            fputs(": ", out);
            if (s)
                print_str_or_fallback(out, s);
            else {
                tyErr_clear();
                fputs("<exception str() failed>", out);
            }
            TY_XDECREF(s);
        }
        fputc('\n', out);
    }
}

void tyTraceback_printUnraisable(TyObject *type, TyObject *value, TyObject *tb, TyObject *err_msg, TyObject *obj)
{
    /* With sys.stderr gone or None (late in finalization, say) the report
    ** is dropped, as CPython's default hook drops it. */
    TyObject *file = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stderr)) : NULL;
    if (!file || file == TY_NONE)
        return;
    Unraisable u = { type, value, tb, err_msg, obj };
    render_to_sys_stderr(render_unraisable, &u);
}
