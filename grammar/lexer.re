/*
** lexer.re — Python's tokenizer (re2c source of build/<mode>/lexer.c).
**
** re2c recognises the token that starts at the cursor (keywords, names,
** string openings, operators); the rest is plain C that follows CPython
** 3.11's tokenizer step by step, because its error messages and error
** positions depend on exactly where it stops: indentation (tab stops of 8
** plus the "alternate" tab size of 1 that catches inconsistent tabs and
** spaces), numbers, string bodies, brackets and line continuations.
*/
#include <stdarg.h>
#include <string.h>
#include <stdio.h>
#include <stdint.h>
#include "lexer.h"
#include "mem.h"
#include "unicode.h"

static const char *const kind_names[] = {
#define TY_X_(k, s) s,
    TY_TOKENS(TY_X_)
#undef TY_X_
};

const char *tyLex_kindName(TyTokKind kind)
{
    return (unsigned)kind < TY_TOK_COUNT ? kind_names[kind] : "?";
}

/* ---------------------------------------------------------------------- */
/* Set-up                                                                   */

static void resetstate(TyLexer *lx)
{
    lx->cur = lx->buf;
    lx->line_start = lx->buf;
    lx->at_bol = true;
    lx->done = false;
    lx->pending = 0;
    lx->indent = 0;
    lx->indstack[0] = 0;
    lx->altindstack[0] = 0;
    lx->level = 0;
    memset(&lx->err, 0, sizeof lx->err);
}

bool tyLex_init(TyLexer *lx, const char *src, size_t len, int flags)
{
    bool nul_cuts_line = flags & TY_LEX_NUL_ENDS_LINE;
    const char *s = src, *e = src + len;
    char *out;

    memset(lx, 0, sizeof *lx);
    /* One more byte for a missing final newline, one for the sentinel. */
    lx->buf = tyMem_malloc(len + 2);
    if (lx->buf == NULL)
        return false;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3;
    out = lx->buf;
    while (s < e) {
        char c = *s++;
        if (c == '\r') {
            if (s < e && *s == '\n')
                s++;
            c = '\n';
        } else if (c == '\0' && nul_cuts_line) {
            /* CPython 3.11 reads files line by line and then treats the
            ** line as a C string: the NUL ends it, newline included. */
            while (s < e && *s != '\n' && *s != '\r')
                s++;
            if (s < e)
                s += (*s == '\r' && s + 1 < e && s[1] == '\n') ? 2 : 1;
            continue;
        }
        *out++ = c;
    }
    if (out > lx->buf && out[-1] != '\n' && !(flags & TY_LEX_NO_FINAL_NEWLINE)) {
        *out++ = '\n';
        lx->added_newline = true;
    }
    *out = '\0';
    lx->limit = out;
    lx->line = 1;
    lx->first_line = 1;
    lx->interactive = (flags & TY_LEX_INTERACTIVE) != 0;
    resetstate(lx);
    return true;
}

bool tyLex_initSub(TyLexer *lx, const char *src, size_t len, int first_line,
                   int col_shift)
{
    memset(lx, 0, sizeof *lx);
    lx->buf = tyMem_malloc(len + 2);
    if (lx->buf == NULL)
        return false;
    memcpy(lx->buf, src, len);
    if (len == 0 || src[len - 1] != '\n')
        lx->buf[len++] = '\n';
    lx->buf[len] = '\0';
    lx->limit = lx->buf + len;
    lx->line = first_line;
    lx->first_line = first_line;
    lx->first_line_col = col_shift;
    resetstate(lx);
    return true;
}

void tyLex_free(TyLexer *lx)
{
    tyMem_free(lx->buf);
    lx->buf = NULL;
}

size_t tyLex_lineText(const TyLexer *lx, int line, const char **start)
{
    const char *p = lx->buf, *q;
    int n = lx->first_line;

    *start = "";
    if (line < n || p == NULL)
        return 0;
    while (n < line) {
        q = memchr(p, '\n', (size_t)(lx->limit - p));
        if (q == NULL)
            return 0;
        p = q + 1;
        n++;
    }
    if (p >= lx->limit)
        return 0;
    q = memchr(p, '\n', (size_t)(lx->limit - p));
    *start = p;
    return q ? (size_t)(q - p) : (size_t)(lx->limit - p);
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                   */

/*
** An error positioned like CPython's tokenizer syntaxerror(): the offset
** counts the characters from the line start up to the cursor `at`.
*/
static TyTokKind errorat(TyLexer *lx, TyLexErrType type, bool raised,
                         const char *at, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static TyTokKind errorat(TyLexer *lx, TyLexErrType type, bool raised,
                         const char *at, const char *fmt, ...)
{
    va_list ap;
    int col = (int)(at - lx->line_start);

    lx->err.type = type;
    lx->err.raised = raised;
    lx->err.eof = false;
    lx->err.open_brackets = false;
    lx->err.bytes_col = false;
    lx->err.line = lx->err.end_line = lx->line;
    lx->err.col = lx->err.end_col = col;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    lx->done = true;
    return TY_TOK_ERROR;
}

/* ---------------------------------------------------------------------- */
/* Scanning helpers                                                         */

static inline bool isdigitc(int c) { return c >= '0' && c <= '9'; }
static inline bool isxdigitc(int c)
{
    return isdigitc(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline bool ispotentialid(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           isdigitc(c) || c >= 128;
}

/* Decode one UTF-8 sequence at *p (before limit); invalid bytes decode
** as U+FFFD one byte at a time, so the lexer never reads past `limit`. */
static uint32_t decodeutf8(const char **pp, const char *limit)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0], min;
    int n, i;

    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0) { n = 1; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 2; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 3; c &= 0x07; min = 0x10000; }
    else { *pp += 1; return 0xFFFD; }
    if ((const char *)p + n >= limit) {
        *pp += 1;
        return 0xFFFD;
    }
    for (i = 1; i <= n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *pp += 1;
            return 0xFFFD;
        }
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *pp += 1;
        return 0xFFFD;
    }
    *pp += n + 1;
    return c;
}

/* Put a code point into a message as UTF-8 (for "invalid character '€'"). */
static void utf8encode(uint32_t cp, char out[5])
{
    if (cp < 0x80) {
        out[0] = (char)cp; out[1] = 0;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F)); out[2] = 0;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); out[3] = 0;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F)); out[4] = 0;
    }
}

/* The error for code point `cp` that cannot appear where it is; the
** cursor `after` is just past it. */
static TyTokKind badchar(TyLexer *lx, uint32_t cp, const char *after)
{
    char enc[5];

    if (cp != 0xFFFD && tyUni_isPrintable(cp)) {
        utf8encode(cp, enc);
        return errorat(lx, TY_LEXERR_SYNTAX, true, after,
                       "invalid character '%s' (U+%04X)", enc, (unsigned)cp);
    }
    return errorat(lx, TY_LEXERR_SYNTAX, true, after,
                   "invalid non-printable character U+%04X", (unsigned)cp);
}

/*
** A name containing non-ASCII bytes must be an identifier: XID_Start (or
** '_') then XID_Continue characters.  CPython reports the first character
** that is not, with the cursor just past it.
*/
static bool verifyident(TyLexer *lx, const char *start, const char *end)
{
    const char *p = start;
    bool first = true;

    while (p < end) {
        uint32_t cp = decodeutf8(&p, end);
        bool ok = cp == '_' || (first ? tyUni_isXidStart(cp)
                                      : tyUni_isXidContinue(cp));
        if (cp == 0xFFFD)
            ok = false;
        if (!ok) {
            badchar(lx, cp, p);
            return false;
        }
        first = false;
    }
    return true;
}

/* The token's position from its start and end pointers; both lie on the
** current line unless the caller fixes the start line (strings). */
static TyTokKind settok(TyLexer *lx, TyToken *tok, TyTokKind kind,
                        const char *start, const char *end)
{
    int col = (int)(start - lx->line_start);
    int ecol = (int)(end - lx->line_start);

    if (lx->line == lx->first_line) {
        col += lx->first_line_col;
        ecol += lx->first_line_col;
    }
    tok->kind = kind;
    tok->line = tok->end_line = lx->line;
    tok->col = col;
    tok->end_col = ecol;
    tok->start = start;
    tok->end = end;
    tok->level = lx->level;
    return kind;
}

/* ---------------------------------------------------------------------- */
/* Numbers                                                                  */

/*
** After a number: a letter right behind it is an error ("1abc"), except
** the keywords that may legally follow a number (1if x else 2), which
** CPython 3.11 accepts with a SyntaxWarning.
*/
static bool endofnumber(TyLexer *lx, const char *p, const char *kind)
{
    int c = (unsigned char)*p;
    bool kw = false;

    switch (c) {
    case 'a': kw = strncmp(p + 1, "nd", 2) == 0; break;
    case 'e': kw = strncmp(p + 1, "lse", 3) == 0; break;
    case 'f': kw = strncmp(p + 1, "or", 2) == 0; break;
    case 'i': kw = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': kw = p[1] == 'r'; break;
    case 'n': kw = strncmp(p + 1, "ot", 2) == 0; break;
    }
    if (!kw && ispotentialid(c)) {
        errorat(lx, TY_LEXERR_SYNTAX, true, p, "invalid %s literal", kind);
        return false;
    }
    if (kw) {
        lx->warn = (TyLexError){ .type = TY_LEXERR_SYNTAX, .raised = true, .line = lx->line,
                                 .end_line = lx->line, .col = (int)(p - lx->line_start),
                                 .end_col = (int)(p - lx->line_start) };
        snprintf(lx->warn.msg, sizeof lx->warn.msg, "invalid %s literal", kind);
        lx->warn_pending = true;
    }
    return true;
}

/* Digits with single underscores between them; returns the position after
** them, or NULL with the error set.  *p is a digit on entry. */
static const char *decimaltail(TyLexer *lx, const char *p)
{
    for (;;) {
        while (isdigitc((unsigned char)*p))
            p++;
        if (*p != '_')
            return p;
        p++;
        if (!isdigitc((unsigned char)*p)) {
            errorat(lx, TY_LEXERR_SYNTAX, true, p, "invalid decimal literal");
            return NULL;
        }
    }
}

/*
** A number starting at `start` (a digit, or '.' then a digit).  Returns
** the end of the literal, or NULL with the error set.  The grammar of
** CPython's tokenizer, with its error positions (the cursor it reports
** is where it stood when it gave up).
*/
static const char *scannumber(TyLexer *lx, const char *start)
{
    const char *p = start;
    int c;

    if (*p == '0' && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' ||
                      p[1] == 'b' || p[1] == 'B')) {
        int base = (p[1] == 'x' || p[1] == 'X') ? 16 : (p[1] == 'o' || p[1] == 'O') ? 8 : 2;
        const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        p += 2;
        for (;;) {
            if (*p == '_')
                p++;
            c = (unsigned char)*p;
            bool ok = base == 16 ? isxdigitc(c) : base == 8 ? (c >= '0' && c <= '7')
                                                            : (c == '0' || c == '1');
            if (!ok) {
                if (base != 16 && isdigitc(c)) {
                    errorat(lx, TY_LEXERR_SYNTAX, true, p + 1,
                            "invalid digit '%c' in %s literal", c, kind);
                    return NULL;
                }
                errorat(lx, TY_LEXERR_SYNTAX, true, p, "invalid %s literal", kind);
                return NULL;
            }
            do {
                p++;
                c = (unsigned char)*p;
            } while (base == 16 ? isxdigitc(c) : base == 8 ? (c >= '0' && c <= '7')
                                                           : (c == '0' || c == '1'));
            if (*p != '_')
                break;
        }
        c = (unsigned char)*p;
        if (base != 16 && isdigitc(c)) {
            errorat(lx, TY_LEXERR_SYNTAX, true, p + 1,
                    "invalid digit '%c' in %s literal", c, kind);
            return NULL;
        }
        return endofnumber(lx, p, kind) ? p : NULL;
    }

    if (*p == '.')
        goto fraction;

    if (*p == '0') {
        /* "0", "00", "0_0", or old-style octal, which is an error. */
        const char *zeros_end;
        bool nonzero = false;
        p++;
        for (;;) {
            if (*p == '_') {
                p++;
                if (!isdigitc((unsigned char)*p)) {
                    errorat(lx, TY_LEXERR_SYNTAX, true, p, "invalid decimal literal");
                    return NULL;
                }
            }
            if (*p != '0')
                break;
            p++;
        }
        zeros_end = p + 1;
        if (isdigitc((unsigned char)*p)) {
            nonzero = true;
            p = decimaltail(lx, p);
            if (p == NULL)
                return NULL;
        }
        if (*p == '.') {
            p++;
            goto fraction_digits;
        }
        if (*p == 'e' || *p == 'E')
            goto exponent;
        if (*p == 'j' || *p == 'J')
            goto imaginary;
        if (nonzero) {
            int col = (int)(start - lx->line_start) + 1;
            int ecol = (int)(zeros_end - lx->line_start);
            errorat(lx, TY_LEXERR_SYNTAX, true, p,
                    "leading zeros in decimal integer literals are not permitted; "
                    "use an 0o prefix for octal integers");
            lx->err.bytes_col = true;
            lx->err.col = col;
            lx->err.end_col = ecol;
            return NULL;
        }
        return endofnumber(lx, p, "decimal") ? p : NULL;
    }

    p = decimaltail(lx, p);
    if (p == NULL)
        return NULL;
    if (*p == '.') {
        p++;
        goto fraction_digits;
    }
    if (*p == 'e' || *p == 'E')
        goto exponent;
    if (*p == 'j' || *p == 'J')
        goto imaginary;
    return endofnumber(lx, p, "decimal") ? p : NULL;

fraction:
    p++;                        /* the '.' of ".5" */
fraction_digits:
    if (isdigitc((unsigned char)*p)) {
        p = decimaltail(lx, p);
        if (p == NULL)
            return NULL;
    }
    if (*p == 'e' || *p == 'E')
        goto exponent;
    if (*p == 'j' || *p == 'J')
        goto imaginary;
    return endofnumber(lx, p, "decimal") ? p : NULL;

exponent:
    {
        const char *e = p;
        p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!isdigitc((unsigned char)*p)) {
                errorat(lx, TY_LEXERR_SYNTAX, true, p, "invalid decimal literal");
                return NULL;
            }
        } else if (!isdigitc((unsigned char)*p)) {
            /* "1e" followed by a keyword ("1else") is the number 1. */
            return endofnumber(lx, e, "decimal") ? e : NULL;
        }
        p = decimaltail(lx, p);
        if (p == NULL)
            return NULL;
        if (*p == 'j' || *p == 'J')
            goto imaginary;
        return endofnumber(lx, p, "decimal") ? p : NULL;
    }

imaginary:
    p++;
    return endofnumber(lx, p, "imaginary") ? p : NULL;
}

/* ---------------------------------------------------------------------- */
/* Strings                                                                  */

/*
** The body of a string literal whose opening quote is at `q`; `start` is
** the start of the token (its prefix).  Newlines inside triple-quoted
** strings (or escaped ones) advance the line.  Returns the token kind.
*/
static TyTokKind scanstring(TyLexer *lx, TyToken *tok, const char *start,
                            const char *q)
{
    char quote = *q;
    int quote_size = 1, end_quote_size = 0;
    int first_line = lx->line;
    const char *first_line_start = lx->line_start;
    const char *p = q + 1;
    int col;

    if (*p == quote) {
        if (p[1] == quote) {
            quote_size = 3;
            p += 2;
        } else {
            end_quote_size = 1;
            p++;
        }
    }
    while (end_quote_size != quote_size) {
        char c;
        if (p >= lx->limit || (quote_size == 1 && *p == '\n')) {
            /* CPython reports it at the opening, with the line where it
            ** gave up; at the end of the input that is the last line. */
            int detected = p >= lx->limit && p > lx->buf && p[-1] == '\n'
                               ? lx->line - 1 : lx->line;
            if (detected < first_line)
                detected = first_line;
            lx->line = first_line;
            lx->line_start = first_line_start;
            errorat(lx, TY_LEXERR_SYNTAX, true, start + 1,
                    quote_size == 3
                        ? "unterminated triple-quoted string literal (detected at line %d)"
                        : "unterminated string literal (detected at line %d)",
                    detected);
            lx->err.eof = p >= lx->limit;
            return TY_TOK_ERROR;
        }
        c = *p++;
        if (c == quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '\n') {
            lx->line++;
            lx->line_start = p;
        } else if (c == '\\' && p < lx->limit) {
            if (*p == '\n') {
                lx->line++;
                lx->line_start = p + 1;
            }
            p++;
        }
    }
    lx->cur = p;
    col = (int)(start - first_line_start);
    if (first_line == lx->first_line)
        col += lx->first_line_col;
    settok(lx, tok, TY_TOK_STRING, start, p);
    tok->line = first_line;
    tok->col = col;
    return TY_TOK_STRING;
}

/* ---------------------------------------------------------------------- */
/* Brackets                                                                 */

static TyTokKind openbracket(TyLexer *lx, TyToken *tok, TyTokKind kind,
                             const char *start, const char *end)
{
    if (lx->level >= TY_LEX_MAXLEVEL)
        return errorat(lx, TY_LEXERR_SYNTAX, true, end, "too many nested parentheses");
    settok(lx, tok, kind, start, end);
    lx->parenstack[lx->level] = *start;
    lx->parenline[lx->level] = lx->line;
    lx->parencol[lx->level] = tok->col;
    lx->level++;
    tok->level = lx->level;
    return kind;
}

static TyTokKind closebracket(TyLexer *lx, TyToken *tok, TyTokKind kind,
                              const char *start, const char *end)
{
    char c = *start, open;

    if (lx->level == 0)
        return errorat(lx, TY_LEXERR_SYNTAX, true, end, "unmatched '%c'", c);
    lx->level--;
    open = lx->parenstack[lx->level];
    if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
          (open == '{' && c == '}'))) {
        if (lx->parenline[lx->level] != lx->line)
            return errorat(lx, TY_LEXERR_SYNTAX, true, end,
                           "closing parenthesis '%c' does not match opening "
                           "parenthesis '%c' on line %d",
                           c, open, lx->parenline[lx->level]);
        return errorat(lx, TY_LEXERR_SYNTAX, true, end,
                       "closing parenthesis '%c' does not match opening "
                       "parenthesis '%c'", c, open);
    }
    return settok(lx, tok, kind, start, end);
}

/* ---------------------------------------------------------------------- */
/* Indentation                                                              */

/* The end of the input with brackets open: CPython reports the innermost
** one as never closed. */
static TyTokKind unclosed_bracket(TyLexer *lx)
{
    int i = lx->level - 1;
    lx->done = true;
    lx->err.type = TY_LEXERR_SYNTAX;
    lx->err.raised = false;
    lx->err.eof = true;
    lx->err.open_brackets = false;
    lx->err.bytes_col = false;
    lx->err.line = lx->err.end_line = lx->parenline[i];
    lx->err.col = lx->parencol[i] + 1;
    lx->err.end_col = 0;
    snprintf(lx->err.msg, sizeof lx->err.msg, "'%c' was never closed", lx->parenstack[i]);
    return TY_TOK_ERROR;
}

/* A backslash ends the input (`at`: just after it): CPython's tokenizer
** gives E_EOF, which it reports as an open bracket never closed, or
** without one as an unexpected EOF. */
static TyTokKind continuation_at_end(TyLexer *lx, const char *at)
{
    lx->cur = at;
    if (lx->level > 0)
        return unclosed_bracket(lx);
    errorat(lx, TY_LEXERR_SYNTAX, false, at, "unexpected EOF while parsing");
    lx->err.end_col = -1;
    lx->err.eof = true;
    return TY_TOK_ERROR;
}

/*
** At the start of a logical line: measure the indentation (tabs to
** multiples of 8, and in parallel to multiples of 1 to detect tab/space
** mixtures whose meaning depends on the tab size) and queue INDENT /
** DEDENT tokens.  Lines holding only blanks and a comment set *blank: they
** produce no token at all.  Returns TY_TOK_ERROR on an error, else
** TY_TOK_COUNT.
*/
static TyTokKind indentation(TyLexer *lx, bool *blank)
{
    int col = 0, altcol = 0, cont_col = 0;
    const char *p = lx->cur;

    *blank = false;
    for (;;) {
        if (*p == ' ') {
            col++;
            altcol++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else if (*p == '\\' && p + 1 < lx->limit) {
            /* A continued line's indentation is that of its first part. */
            cont_col = cont_col ? cont_col : col;
            if (p[1] != '\n') {
                lx->cur = p + 2;
                errorat(lx, TY_LEXERR_SYNTAX, false, p + 2,
                        "unexpected character after line continuation character");
                lx->err.end_col = 0;
                return TY_TOK_ERROR;
            }
            if (p + 2 >= lx->limit)
                return continuation_at_end(lx, p + 2);
            p += 2;
            lx->line++;
            lx->line_start = p;
            continue;
        } else {
            break;
        }
        p++;
    }
    lx->cur = p;
    if (p < lx->limit && (*p == '#' || *p == '\n')) {
        if (col == 0 && *p == '\n' && lx->interactive)
            *blank = false;
        else if (lx->interactive && lx->line == 1)
            col = altcol = 0;
        else
            *blank = true;
    }
    if (*blank || lx->level > 0)
        return TY_TOK_COUNT;
    if (p >= lx->limit) {
        /* The end of REPL input is where the REPL reads its next line, so
        ** no DEDENT comes before it: CPython's tokenizer would ask for that
        ** line first, and a block header on the last line of a nested
        ** block is then incomplete, not an empty block. */
        if (lx->interactive)
            return TY_TOK_COUNT;
        col = altcol = 0;
    }
    if (cont_col) {
        col = altcol = cont_col;
    }
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent])
            goto tabspace;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= TY_LEX_MAXINDENT) {
            errorat(lx, TY_LEXERR_INDENTATION, false, lx->line_start,
                    "too many levels of indentation");
            lx->err.col = 1;
            lx->err.end_col = 0;
            lx->err.bytes_col = true;
            return TY_TOK_ERROR;
        }
        if (altcol <= lx->altindstack[lx->indent])
            goto tabspace;
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* CPython points past the end of the line. */
            const char *eol = memchr(p, '\n', (size_t)(lx->limit - p));
            errorat(lx, TY_LEXERR_INDENTATION, false, eol ? eol + 1 : lx->limit,
                    "unindent does not match any outer indentation level");
            lx->err.end_col = -1;
            return TY_TOK_ERROR;
        }
        if (altcol != lx->altindstack[lx->indent])
            goto tabspace;
    }
    return TY_TOK_COUNT;

tabspace:
    errorat(lx, TY_LEXERR_TAB, false, lx->line_start,
            "inconsistent use of tabs and spaces in indentation");
    lx->err.col = 1;
    lx->err.end_col = 0;
    lx->err.bytes_col = true;
    return TY_TOK_ERROR;
}

/* ---------------------------------------------------------------------- */
/* The scanner                                                              */

/*
** At the end of the input CPython's tokenizer has not started another
** line: DEDENT and ENDMARKER tokens belong to the last line, and their
** column is its length (newline included).
*/
static void eofline(TyLexer *lx)
{
    if (lx->eof_seen)
        return;
    lx->eof_seen = true;
    if (lx->line > lx->first_line && lx->limit > lx->buf && lx->limit[-1] == '\n') {
        lx->line--;
        lx->line_start = lx->limit - 1;
        while (lx->line_start > lx->buf && lx->line_start[-1] != '\n')
            lx->line_start--;
    }
}

TyTokKind tyLex_next(TyLexer *lx, TyToken *tok)
{
    const char *p, *start, *mk;
    TyTokKind kind;
    bool blank;

    if (lx->done) {
        if (lx->err.msg[0])
            return TY_TOK_ERROR;
        return settok(lx, tok, TY_TOK_ENDMARKER, lx->cur, lx->cur);
    }

nextline:
    blank = false;
    if (lx->cur >= lx->limit)
        eofline(lx);
    if (lx->at_bol) {
        lx->at_bol = false;
        if (indentation(lx, &blank) == TY_TOK_ERROR)
            return TY_TOK_ERROR;
    }
    if (lx->pending != 0) {
        kind = lx->pending < 0 ? TY_TOK_DEDENT : TY_TOK_INDENT;
        lx->pending += lx->pending < 0 ? 1 : -1;
        return settok(lx, tok, kind, lx->cur, lx->cur);
    }

again:
    p = lx->cur;
    while (*p == ' ' || *p == '\t' || *p == '\f')
        p++;
    /* A NEWLINE after a comment starts at the '#', as in CPython. */
    start = p;
    if (*p == '#') {
        while (p < lx->limit && *p != '\n')
            p++;
    }
    lx->cur = p;

    if (p >= lx->limit) {
        if (lx->level > 0) {
            unclosed_bracket(lx);
            lx->err.open_brackets = true;
            return TY_TOK_ERROR;
        }
        lx->done = true;
        eofline(lx);
        return settok(lx, tok, TY_TOK_ENDMARKER, p, p);
    }

    if (*p == '\n') {
        lx->cur = p + 1;
        lx->at_bol = true;
        if (blank || lx->level > 0) {
            lx->line++;
            lx->line_start = lx->cur;
            goto nextline;
        }
        settok(lx, tok, TY_TOK_NEWLINE, start, p);
        lx->line++;
        lx->line_start = lx->cur;
        return TY_TOK_NEWLINE;
    }

    if (*p == '\\') {
        if (p[1] != '\n') {
            /* At the very end CPython's cursor stays after the backslash. */
            const char *at = p + 1 >= lx->limit ? p + 1 : p + 2;
            lx->cur = at;
            errorat(lx, TY_LEXERR_SYNTAX, false, at,
                    "unexpected character after line continuation character");
            lx->err.end_col = 0;
            return TY_TOK_ERROR;
        }
        if (p + 2 >= lx->limit)
            return continuation_at_end(lx, p + 2);
        lx->cur = p + 2;
        lx->line++;
        lx->line_start = lx->cur;
        goto again;
    }

#define RET(k) do { lx->cur = p; return settok(lx, tok, (k), start, p); } while (0)
#define OPEN(k) do { lx->cur = p; return openbracket(lx, tok, (k), start, p); } while (0)
#define CLOSE(k) do { lx->cur = p; return closebracket(lx, tok, (k), start, p); } while (0)

    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = p;
        re2c:define:YYMARKER = mk;
        re2c:yyfill:enable = 0;
        re2c:indent:top = 1;

        idstart = [a-zA-Z_\x80-\xff];
        idcont = [a-zA-Z0-9_\x80-\xff];
        strprefix = [bBuUrRfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];

        "False"    { kind = TY_TOK_FALSE; goto name; }
        "None"     { kind = TY_TOK_NONE; goto name; }
        "True"     { kind = TY_TOK_TRUE; goto name; }
        "and"      { kind = TY_TOK_AND; goto name; }
        "as"       { kind = TY_TOK_AS; goto name; }
        "assert"   { kind = TY_TOK_ASSERT; goto name; }
        "async"    { kind = TY_TOK_ASYNC; goto name; }
        "await"    { kind = TY_TOK_AWAIT; goto name; }
        "break"    { kind = TY_TOK_BREAK; goto name; }
        "class"    { kind = TY_TOK_CLASS; goto name; }
        "continue" { kind = TY_TOK_CONTINUE; goto name; }
        "def"      { kind = TY_TOK_DEF; goto name; }
        "del"      { kind = TY_TOK_DEL; goto name; }
        "elif"     { kind = TY_TOK_ELIF; goto name; }
        "else"     { kind = TY_TOK_ELSE; goto name; }
        "except"   { kind = TY_TOK_EXCEPT; goto name; }
        "finally"  { kind = TY_TOK_FINALLY; goto name; }
        "for"      { kind = TY_TOK_FOR; goto name; }
        "from"     { kind = TY_TOK_FROM; goto name; }
        "global"   { kind = TY_TOK_GLOBAL; goto name; }
        "if"       { kind = TY_TOK_IF; goto name; }
        "import"   { kind = TY_TOK_IMPORT; goto name; }
        "in"       { kind = TY_TOK_IN; goto name; }
        "is"       { kind = TY_TOK_IS; goto name; }
        "lambda"   { kind = TY_TOK_LAMBDA; goto name; }
        "nonlocal" { kind = TY_TOK_NONLOCAL; goto name; }
        "not"      { kind = TY_TOK_NOT; goto name; }
        "or"       { kind = TY_TOK_OR; goto name; }
        "pass"     { kind = TY_TOK_PASS; goto name; }
        "raise"    { kind = TY_TOK_RAISE; goto name; }
        "return"   { kind = TY_TOK_RETURN; goto name; }
        "try"      { kind = TY_TOK_TRY; goto name; }
        "while"    { kind = TY_TOK_WHILE; goto name; }
        "with"     { kind = TY_TOK_WITH; goto name; }
        "yield"    { kind = TY_TOK_YIELD; goto name; }
        idstart idcont* { kind = TY_TOK_NAME; goto name; }

        strprefix? ['"] { return scanstring(lx, tok, start, (const char *)p - 1); }

        [0-9] | "." [0-9] { goto number; }

        "("   { OPEN(TY_TOK_LPAR); }
        "["   { OPEN(TY_TOK_LSQB); }
        "{"   { OPEN(TY_TOK_LBRACE); }
        ")"   { CLOSE(TY_TOK_RPAR); }
        "]"   { CLOSE(TY_TOK_RSQB); }
        "}"   { CLOSE(TY_TOK_RBRACE); }
        ":"   { RET(TY_TOK_COLON); }
        ","   { RET(TY_TOK_COMMA); }
        ";"   { RET(TY_TOK_SEMI); }
        "+"   { RET(TY_TOK_PLUS); }
        "-"   { RET(TY_TOK_MINUS); }
        "*"   { RET(TY_TOK_STAR); }
        "/"   { RET(TY_TOK_SLASH); }
        "|"   { RET(TY_TOK_VBAR); }
        "&"   { RET(TY_TOK_AMPER); }
        "<"   { RET(TY_TOK_LESS); }
        ">"   { RET(TY_TOK_GREATER); }
        "="   { RET(TY_TOK_EQUAL); }
        "."   { RET(TY_TOK_DOT); }
        "%"   { RET(TY_TOK_PERCENT); }
        "=="  { RET(TY_TOK_EQEQUAL); }
        "!="  { RET(TY_TOK_NOTEQUAL); }
        "<>"  { RET(TY_TOK_NOTEQUAL); }
        "<="  { RET(TY_TOK_LESSEQUAL); }
        ">="  { RET(TY_TOK_GREATEREQUAL); }
        "~"   { RET(TY_TOK_TILDE); }
        "^"   { RET(TY_TOK_CIRCUMFLEX); }
        "<<"  { RET(TY_TOK_LEFTSHIFT); }
        ">>"  { RET(TY_TOK_RIGHTSHIFT); }
        "**"  { RET(TY_TOK_DOUBLESTAR); }
        "+="  { RET(TY_TOK_PLUSEQUAL); }
        "-="  { RET(TY_TOK_MINEQUAL); }
        "*="  { RET(TY_TOK_STAREQUAL); }
        "/="  { RET(TY_TOK_SLASHEQUAL); }
        "%="  { RET(TY_TOK_PERCENTEQUAL); }
        "&="  { RET(TY_TOK_AMPEREQUAL); }
        "|="  { RET(TY_TOK_VBAREQUAL); }
        "^="  { RET(TY_TOK_CIRCUMFLEXEQUAL); }
        "<<=" { RET(TY_TOK_LEFTSHIFTEQUAL); }
        ">>=" { RET(TY_TOK_RIGHTSHIFTEQUAL); }
        "**=" { RET(TY_TOK_DOUBLESTAREQUAL); }
        "//"  { RET(TY_TOK_DOUBLESLASH); }
        "//=" { RET(TY_TOK_DOUBLESLASHEQUAL); }
        "@"   { RET(TY_TOK_AT); }
        "@="  { RET(TY_TOK_ATEQUAL); }
        "->"  { RET(TY_TOK_RARROW); }
        "..." { RET(TY_TOK_ELLIPSIS); }
        ":="  { RET(TY_TOK_COLONEQUAL); }
        [!$?`] { RET(TY_TOK_OP); }

        [\x00-\x7f] {
            /* An ASCII control character (or a NUL inside the text). */
            return badchar(lx, (unsigned char)*start, p);
        }
    */

name:
    if (kind == TY_TOK_NAME) {
        const char *q;
        for (q = start; q < p; q++) {
            if ((unsigned char)*q >= 0x80) {
                if (!verifyident(lx, start, p))
                    return TY_TOK_ERROR;
                break;
            }
        }
    }
    RET(kind);

number:
    p = scannumber(lx, start);
    if (p == NULL)
        return TY_TOK_ERROR;
    RET(TY_TOK_NUMBER);

#undef RET
#undef OPEN
#undef CLOSE
}
