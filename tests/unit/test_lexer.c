/*
** test_lexer.c — the tokenizer (grammar/lexer.re): token kinds, text and
** positions, INDENT/DEDENT/NEWLINE placement, line joining, and each error
** with the message and position CPython 3.11's tokenizer gives.
**
** Tokens print as text@line:col-end_line:end_col ("NEWLINE@1:5-1:5"),
** with CPython's positions (those of its C tokenizer, which differ from
** the tokenize module's for NEWLINE, INDENT, DEDENT and ENDMARKER).
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include "tally.h"
#include "lexer.h"
#include "lifecycle.h"

static void setup(void)
{
    cr_assert_eq(tyLife_init(0, NULL), 0);
}

static void teardown(void)
{
    tyLife_fini();
}

TestSuite(lexer, .init = setup, .fini = teardown);

#define SRC(s) s, sizeof(s) - 1

/* The token stream of src as one string, or "ERROR ..." at the end. */
static char *lex(const char *src, size_t len, int flags)
{
    TyLexer lx;
    TyToken t;
    size_t cap = 4096, n = 0;
    char *out = malloc(cap);

    cr_assert(tyLex_init(&lx, src, len, flags));
    out[0] = '\0';
    for (;;) {
        char item[320];
        TyTokKind k = tyLex_next(&lx, &t);
        if (k == TY_TOK_ERROR) {
            snprintf(item, sizeof item, "ERROR %s %d:%d-%d:%d%s%s", lx.err.msg, lx.err.line,
                     lx.err.col, lx.err.end_line, lx.err.end_col, lx.err.eof ? " eof" : "",
                     lx.err.raised ? " raised" : "");
        } else if (k == TY_TOK_NEWLINE || k == TY_TOK_INDENT || k == TY_TOK_DEDENT ||
                   k == TY_TOK_ENDMARKER) {
            snprintf(item, sizeof item, "%s@%d:%d-%d:%d | ",
                     k == TY_TOK_NEWLINE ? "NEWLINE" : k == TY_TOK_INDENT ? "INDENT"
                     : k == TY_TOK_DEDENT ? "DEDENT" : "ENDMARKER",
                     t.line, t.col, t.end_line, t.end_col);
        } else {
            int tl = (int)(t.end - t.start);
            snprintf(item, sizeof item, "%.*s@%d:%d-%d:%d | ", tl > 40 ? 40 : tl, t.start,
                     t.line, t.col, t.end_line, t.end_col);
        }
        if (n + strlen(item) + 1 > cap) {
            cap *= 2;
            out = realloc(out, cap);
        }
        strcpy(out + n, item);
        n += strlen(item);
        if (k == TY_TOK_ERROR || k == TY_TOK_ENDMARKER)
            break;
    }
    if (n >= 3 && strcmp(out + n - 3, " | ") == 0)
        out[n - 3] = '\0';
    tyLex_free(&lx);
    return out;
}

typedef struct LexCase {
    const char *src;
    size_t len;
    int flags;
    const char *expected;
} LexCase;

static const LexCase token_cases[] = {
    {SRC("def f(a, b=1):\n    return a + b  # sum\n\nx = [1,\n     2]\ny = x \\\n  .count\n"), 0,
     "def@1:0-1:3 | f@1:4-1:5 | (@1:5-1:6 | a@1:6-1:7 | ,@1:7-1:8 | b@1:9-1:10 | =@1:10-1:11"
        " | 1@1:11-1:12 | )@1:12-1:13 | :@1:13-1:14 | NEWLINE@1:14-1:14 | INDENT@2:4-2:4 | retu"
        "rn@2:4-2:10 | a@2:11-2:12 | +@2:13-2:14 | b@2:15-2:16 | NEWLINE@2:18-2:23 | DEDENT@4:0"
        "-4:0 | x@4:0-4:1 | =@4:2-4:3 | [@4:4-4:5 | 1@4:5-4:6 | ,@4:6-4:7 | 2@5:5-5:6 | ]@5:6-5"
        ":7 | NEWLINE@5:7-5:7 | y@6:0-6:1 | =@6:2-6:3 | x@6:4-6:5 | .@7:2-7:3 | count@7:3-7:8 |"
        " NEWLINE@7:8-7:8 | ENDMARKER@7:9-7:9"},
    {SRC("if a:\n    if b:\n        c\n    d\ne\n"), 0,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:4-2:4 | if@2:4-2:6 | b"
        "@2:7-2:8 | :@2:8-2:9 | NEWLINE@2:9-2:9 | INDENT@3:8-3:8 | c@3:8-3:9 | NEWLINE@3:9-3:9 "
        "| DEDENT@4:4-4:4 | d@4:4-4:5 | NEWLINE@4:5-4:5 | DEDENT@5:0-5:0 | e@5:0-5:1 | NEWLINE@"
        "5:1-5:1 | ENDMARKER@5:2-5:2"},
    {SRC("if a:\n    b\n\n\n    # comment\n    c\n"), 0,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:4-2:4 | b@2:4-2:5 | NE"
        "WLINE@2:5-2:5 | c@6:4-6:5 | NEWLINE@6:5-6:5 | DEDENT@6:6-6:6 | ENDMARKER@6:6-6:6"},
    {SRC("if a:\n    b\n"), 0,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:4-2:4 | b@2:4-2:5 | NE"
        "WLINE@2:5-2:5 | DEDENT@2:6-2:6 | ENDMARKER@2:6-2:6"},
    {SRC("x = 1"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | NEWLINE@1:5-1:5 | ENDMARKER@1:6-1:6"},
    {SRC(""), 0,
     "ENDMARKER@1:0-1:0"},
    {SRC("\n\n# c\n"), 0,
     "ENDMARKER@3:4-3:4"},
    {SRC("x = 1\015\ny = 2\015"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | NEWLINE@1:5-1:5 | y@2:0-2:1 | =@2:2-2:3 | 2@2:4-2:"
        "5 | NEWLINE@2:5-2:5 | ENDMARKER@2:6-2:6"},
    {SRC("\357\273\277x\n"), 0,
     "x@1:0-1:1 | NEWLINE@1:1-1:1 | ENDMARKER@1:2-1:2"},
    {SRC("if a:\n\tb\n\tc\n"), 0,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:1-2:1 | b@2:1-2:2 | NE"
        "WLINE@2:2-2:2 | c@3:1-3:2 | NEWLINE@3:2-3:2 | DEDENT@3:3-3:3 | ENDMARKER@3:3-3:3"},
    {SRC("if a:\n        b\n\tc\n"), 0,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:8-2:8 | b@2:8-2:9 | NE"
        "WLINE@2:9-2:9 | ERROR inconsistent use of tabs and spaces in indentation 3:1-3:0"},
    {SRC("if a:\n\014    b\n"), 0,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:5-2:5 | b@2:5-2:6 | NE"
        "WLINE@2:6-2:6 | DEDENT@2:7-2:7 | ENDMARKER@2:7-2:7"},
    {SRC("a = '''x\ny''' + \"z\"\n"), 0,
     "a@1:0-1:1 | =@1:2-1:3 | '''x\ny'''@1:4-2:4 | +@2:5-2:6 | \"z\"@2:7-2:10 | NEWLINE@2:10"
        "-2:10 | ENDMARKER@2:11-2:11"},
    {SRC("s = f'a{b}' rb'c' BR\"d\" u'e' Rf'g' fR'h'\n"), 0,
     "s@1:0-1:1 | =@1:2-1:3 | f'a{b}'@1:4-1:11 | rb'c'@1:12-1:17 | BR\"d\"@1:18-1:23 | u'e'@"
        "1:24-1:28 | Rf'g'@1:29-1:34 | fR'h'@1:35-1:40 | NEWLINE@1:40-1:40 | ENDMARKER@1:41-1:4"
        "1"},
    {SRC("x = 0 1_000 0x1F 0o17 0b1 1.5 .5 1. 1e5 1E-5 1_0.0_1e+1_0\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 0@1:4-1:5 | 1_000@1:6-1:11 | 0x1F@1:12-1:16 | 0o17@1:17-1:21 |"
        " 0b1@1:22-1:25 | 1.5@1:26-1:29 | .5@1:30-1:32 | 1.@1:33-1:35 | 1e5@1:36-1:39 | 1E-5@1:"
        "40-1:44 | 1_0.0_1e+1_0@1:45-1:57 | NEWLINE@1:57-1:57 | ENDMARKER@1:58-1:58"},
    {SRC("x = 1if y else 2\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | if@1:5-1:7 | y@1:8-1:9 | else@1:10-1:14 | 2@1:15-1"
        ":16 | NEWLINE@1:16-1:16 | ENDMARKER@1:17-1:17"},
    {SRC("a+=b-=c*=d/=e//=f%=g**=h@=i&=j|=k^=l<<=m>>=n\n"), 0,
     "a@1:0-1:1 | +=@1:1-1:3 | b@1:3-1:4 | -=@1:4-1:6 | c@1:6-1:7 | *=@1:7-1:9 | d@1:9-1:10 "
        "| /=@1:10-1:12 | e@1:12-1:13 | //=@1:13-1:16 | f@1:16-1:17 | %=@1:17-1:19 | g@1:19-1:2"
        "0 | **=@1:20-1:23 | h@1:23-1:24 | @=@1:24-1:26 | i@1:26-1:27 | &=@1:27-1:29 | j@1:29-1"
        ":30 | |=@1:30-1:32 | k@1:32-1:33 | ^=@1:33-1:35 | l@1:35-1:36 | <<=@1:36-1:39 | m@1:39"
        "-1:40 | >>=@1:40-1:43 | n@1:43-1:44 | NEWLINE@1:44-1:44 | ENDMARKER@1:45-1:45"},
    {SRC("a<b<=c>d>=e==f!=g<>h->i:=j...k.l\n"), 0,
     "a@1:0-1:1 | <@1:1-1:2 | b@1:2-1:3 | <=@1:3-1:5 | c@1:5-1:6 | >@1:6-1:7 | d@1:7-1:8 | >"
        "=@1:8-1:10 | e@1:10-1:11 | ==@1:11-1:13 | f@1:13-1:14 | !=@1:14-1:16 | g@1:16-1:17 | <"
        ">@1:17-1:19 | h@1:19-1:20 | ->@1:20-1:22 | i@1:22-1:23 | :=@1:23-1:25 | j@1:25-1:26 | "
        "...@1:26-1:29 | k@1:29-1:30 | .@1:30-1:31 | l@1:31-1:32 | NEWLINE@1:32-1:32 | ENDMARKE"
        "R@1:33-1:33"},
    {SRC("a ~ b ^ c | d & e << f >> g ** h // i % j @ k\n"), 0,
     "a@1:0-1:1 | ~@1:2-1:3 | b@1:4-1:5 | ^@1:6-1:7 | c@1:8-1:9 | |@1:10-1:11 | d@1:12-1:13 "
        "| &@1:14-1:15 | e@1:16-1:17 | <<@1:18-1:20 | f@1:21-1:22 | >>@1:23-1:25 | g@1:26-1:27 "
        "| **@1:28-1:30 | h@1:31-1:32 | //@1:33-1:35 | i@1:36-1:37 | %@1:38-1:39 | j@1:40-1:41 "
        "| @@1:42-1:43 | k@1:44-1:45 | NEWLINE@1:45-1:45 | ENDMARKER@1:46-1:46"},
    {SRC("(a [b {c} ] )\n"), 0,
     "(@1:0-1:1 | a@1:1-1:2 | [@1:3-1:4 | b@1:4-1:5 | {@1:6-1:7 | c@1:7-1:8 | }@1:8-1:9 | ]@"
        "1:10-1:11 | )@1:12-1:13 | NEWLINE@1:13-1:13 | ENDMARKER@1:14-1:14"},
    {SRC("x = $ ? ! `\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | $@1:4-1:5 | ?@1:6-1:7 | !@1:8-1:9 | `@1:10-1:11 | NEWLINE@1:11"
        "-1:11 | ENDMARKER@1:12-1:12"},
    {SRC("and as assert async await break class continue def del elif else except\n"), 0,
     "and@1:0-1:3 | as@1:4-1:6 | assert@1:7-1:13 | async@1:14-1:19 | await@1:20-1:25 | break"
        "@1:26-1:31 | class@1:32-1:37 | continue@1:38-1:46 | def@1:47-1:50 | del@1:51-1:54 | el"
        "if@1:55-1:59 | else@1:60-1:64 | except@1:65-1:71 | NEWLINE@1:71-1:71 | ENDMARKER@1:72-"
        "1:72"},
    {SRC("finally for from global if import in is lambda nonlocal not or pass raise\n"), 0,
     "finally@1:0-1:7 | for@1:8-1:11 | from@1:12-1:16 | global@1:17-1:23 | if@1:24-1:26 | im"
        "port@1:27-1:33 | in@1:34-1:36 | is@1:37-1:39 | lambda@1:40-1:46 | nonlocal@1:47-1:55 |"
        " not@1:56-1:59 | or@1:60-1:62 | pass@1:63-1:67 | raise@1:68-1:73 | NEWLINE@1:73-1:73 |"
        " ENDMARKER@1:74-1:74"},
    {SRC("return try while with yield True False None\n"), 0,
     "return@1:0-1:6 | try@1:7-1:10 | while@1:11-1:16 | with@1:17-1:21 | yield@1:22-1:27 | T"
        "rue@1:28-1:32 | False@1:33-1:38 | None@1:39-1:43 | NEWLINE@1:43-1:43 | ENDMARKER@1:44-"
        "1:44"},
    {SRC("iff classy _x __x__ \303\251 na\303\257ve\n"), 0,
     "iff@1:0-1:3 | classy@1:4-1:10 | _x@1:11-1:13 | __x__@1:14-1:19 | \303\251@1:20-1:22 | "
        "na\303\257ve@1:23-1:29 | NEWLINE@1:29-1:29 | ENDMARKER@1:30-1:30"},
    {SRC("x = 1\n\ny = 2\n"), TY_LEX_INTERACTIVE,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | NEWLINE@1:5-1:5 | NEWLINE@2:0-2:0 | y@3:0-3:1 | =@"
        "3:2-3:3 | 2@3:4-3:5 | NEWLINE@3:5-3:5 | ENDMARKER@3:6-3:6"},
    {SRC("if a:\n    b\n\n"), TY_LEX_INTERACTIVE,
     "if@1:0-1:2 | a@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:4-2:4 | b@2:4-2:5 | NE"
        "WLINE@2:5-2:5 | DEDENT@3:0-3:0 | NEWLINE@3:0-3:0 | ENDMARKER@3:1-3:1"},
    {SRC("# c\n"), TY_LEX_INTERACTIVE,
     "NEWLINE@1:0-1:3 | ENDMARKER@1:4-1:4"},
    {SRC("x = 1\ny = \000 junk\nz = 3\n"), TY_LEX_NUL_ENDS_LINE,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | NEWLINE@1:5-1:5 | y@2:0-2:1 | =@2:2-2:3 | z@2:4-2:"
        "5 | =@2:6-2:7 | 3@2:8-2:9 | NEWLINE@2:9-2:9 | ENDMARKER@2:10-2:10"},
    {SRC("x"), TY_LEX_NO_FINAL_NEWLINE,
     "x@1:0-1:1 | ENDMARKER@1:1-1:1"},
};

Test(lexer, tokens)
{
    for (size_t i = 0; i < sizeof token_cases / sizeof *token_cases; i++) {
        const LexCase *c = &token_cases[i];
        char *got = lex(c->src, c->len, c->flags);
        cr_expect_str_eq(got, c->expected, "source: %s", c->src);
        free(got);
    }
}

static const LexCase error_cases[] = {
    {SRC("x = \"abc\ny = 2\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR unterminated string literal (detected at line 1) 1:5-1:5"
        " raised"},
    {SRC("x = '''abc\ny = 2\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR unterminated triple-quoted string literal (detected at l"
        "ine 2) 1:5-1:5 eof raised"},
    {SRC("x = 'abc\\\ndef\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR unterminated string literal (detected at line 2) 1:5-1:5"
        " raised"},
    {SRC("x = 'abc\\\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR unterminated string literal (detected at line 1) 1:5-1:5"
        " eof raised"},
    {SRC("if x:\n    a\n  b\n"), 0,
     "if@1:0-1:2 | x@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:4-2:4 | a@2:4-2:5 | NE"
        "WLINE@2:5-2:5 | ERROR unindent does not match any outer indentation level 3:4-3:-1"},
    {SRC("if x:\n\ta\n        b\n"), 0,
     "if@1:0-1:2 | x@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:1-2:1 | a@2:1-2:2 | NE"
        "WLINE@2:2-2:2 | ERROR inconsistent use of tabs and spaces in indentation 3:1-3:0"},
    {SRC("if x:\n        a\n\tb\n"), 0,
     "if@1:0-1:2 | x@1:3-1:4 | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:8-2:8 | a@2:8-2:9 | NE"
        "WLINE@2:9-2:9 | ERROR inconsistent use of tabs and spaces in indentation 3:1-3:0"},
    {SRC("x = 1 \\ z\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | ERROR unexpected character after line continuation"
        " character 1:8-1:0"},
    {SRC("x = 1 \\\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | ERROR unexpected EOF while parsing 1:8-1:-1 eof"},
    {SRC("x = (1,\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | (@1:4-1:5 | 1@1:5-1:6 | ,@1:6-1:7 | ERROR '(' was never closed"
        " 1:5-1:0 eof"},
    {SRC("x = [1,\n2\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | [@1:4-1:5 | 1@1:5-1:6 | ,@1:6-1:7 | 2@2:0-2:1 | ERROR '[' was "
        "never closed 1:5-1:0 eof"},
    {SRC("x = 1)\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | 1@1:4-1:5 | ERROR unmatched ')' 1:6-1:6 raised"},
    {SRC("x = (1]\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | (@1:4-1:5 | 1@1:5-1:6 | ERROR closing parenthesis ']' does not"
        " match opening parenthesis '(' 1:7-1:7 raised"},
    {SRC("x = (1,\n2]\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | (@1:4-1:5 | 1@1:5-1:6 | ,@1:6-1:7 | 2@2:0-2:1 | ERROR closing "
        "parenthesis ']' does not match opening parenthesis '(' on line 1 2:2-2:2 raised"},
    {SRC("x = \342\202\254\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid character '\342\202\254' (U+20AC) 1:7-1:7 raised"},
    {SRC("x = a\342\202\254\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid character '\342\202\254' (U+20AC) 1:8-1:8 raised"},
    {SRC("x = a\302\240b\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid non-printable character U+00A0 1:7-1:7 raised"},
    {SRC("x = \001\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid non-printable character U+0001 1:5-1:5 raised"},
    {SRC("x = 0x\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid hexadecimal literal 1:6-1:6 raised"},
    {SRC("x = 0b102\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid digit '2' in binary literal 1:9-1:9 raised"},
    {SRC("x = 0o8\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid digit '8' in octal literal 1:7-1:7 raised"},
    {SRC("x = 012\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR leading zeros in decimal integer literals are not permit"
        "ted; use an 0o prefix for octal integers 1:5-1:6 raised"},
    {SRC("x = 1_\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid decimal literal 1:6-1:6 raised"},
    {SRC("x = 1__0\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid decimal literal 1:6-1:6 raised"},
    {SRC("x = 1abc\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid decimal literal 1:5-1:5 raised"},
    {SRC("x = 1e\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid decimal literal 1:5-1:5 raised"},
    {SRC("x = 1e+\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid decimal literal 1:7-1:7 raised"},
    {SRC("x = 0_a\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid decimal literal 1:6-1:6 raised"},
    {SRC("x = 0xg\n"), 0,
     "x@1:0-1:1 | =@1:2-1:3 | ERROR invalid hexadecimal literal 1:6-1:6 raised"},
    {SRC("x\\"), TY_LEX_NO_FINAL_NEWLINE,
     "x@1:0-1:1 | ERROR unexpected character after line continuation character 1:2-1:0"},
};

/* Errors: CPython's message; line and columns as the lexer reports them
** (see TyLexError: byte offsets the parser converts to CPython's offsets),
** "eof" for errors that only mean the input stopped early, "raised" for
** those CPython's tokenizer raises itself. */
Test(lexer, errors)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof *error_cases; i++) {
        const LexCase *c = &error_cases[i];
        char *got = lex(c->src, c->len, c->flags);
        cr_expect_str_eq(got, c->expected, "source: %s", c->src);
        free(got);
    }
}

/* CPython's limits: 200 open brackets, 100 levels of indentation. */
Test(lexer, limits)
{
    char src[8192];
    size_t n = 0;
    char *got;
    const char *e;

    n += (size_t)sprintf(src, "x = ");
    for (int i = 0; i < 201; i++)
        src[n++] = '(';
    src[n++] = '\n';
    got = lex(src, n, 0);
    e = strstr(got, "ERROR");
    cr_assert_not_null(e);
    cr_expect_str_eq(e, "ERROR too many nested parentheses 1:205-1:205 raised");
    free(got);

    n = 0;
    for (int i = 0; i < 101; i++) {
        memset(src + n, ' ', (size_t)i);
        n += (size_t)i;
        memcpy(src + n, "if x:\n", 6);
        n += 6;
    }
    got = lex(src, n, 0);
    e = strstr(got, "ERROR");
    cr_assert_not_null(e);
    cr_expect_str_eq(e, "ERROR too many levels of indentation 101:1-101:0");
    free(got);
}

/* The lexer never reads past its buffer: every prefix of a tricky text
** ends in ENDMARKER or an error. */
Test(lexer, truncated_input)
{
    static const char text[] = "x = f'{a!r}' + b'\\x00' \\\n + 0x_1F + \"\"\"abc\n"
                               "def\"\"\" # \xe2\x82\xac\n\tif (a[1:2]):\n\t\tpass\n";
    for (size_t len = 0; len <= sizeof text - 1; len++) {
        char *got = lex(text, len, len % 2 ? TY_LEX_INTERACTIVE : 0);
        cr_expect(strstr(got, "ENDMARKER") || strstr(got, "ERROR"), "prefix %zu: %s", len, got);
        free(got);
    }
}

Test(lexer, kind_names)
{
    cr_expect_str_eq(tyLex_kindName(TY_TOK_LPAR), "(");
    cr_expect_str_eq(tyLex_kindName(TY_TOK_DOUBLESLASHEQUAL), "//=");
    cr_expect_str_eq(tyLex_kindName(TY_TOK_NONLOCAL), "nonlocal");
    cr_expect_str_eq(tyLex_kindName(TY_TOK_NAME), "name");
    cr_expect(TY_TOK_IS_KEYWORD(TY_TOK_FALSE) && TY_TOK_IS_KEYWORD(TY_TOK_YIELD));
    cr_expect(!TY_TOK_IS_KEYWORD(TY_TOK_NAME) && !TY_TOK_IS_KEYWORD(TY_TOK_COLONEQUAL));
}

Test(lexer, line_text)
{
    TyLexer lx;
    const char *s;
    size_t n;

    cr_assert(tyLex_init(&lx, SRC("a = 1\r\nbb\n\nccc"), 0));
    n = tyLex_lineText(&lx, 2, &s);
    cr_expect_eq(n, 2);
    cr_expect(strncmp(s, "bb", 2) == 0);
    cr_expect_eq(tyLex_lineText(&lx, 3, &s), 0);
    n = tyLex_lineText(&lx, 4, &s);
    cr_expect_eq(n, 3);
    cr_expect(strncmp(s, "ccc", 3) == 0);
    cr_expect_eq(tyLex_lineText(&lx, 9, &s), 0);
    tyLex_free(&lx);
}

