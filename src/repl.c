/*
** repl.c — the interactive prompt.
**
** Three layers:
**   - the session: lines are added to the statement being typed until the
**     parser (in its interactive mode, where only an empty line ends a
**     compound statement) says it is complete, then it runs in __main__;
**     this is the part fuzz_repl drives without a terminal;
**   - the input: on a terminal, GNU readline in its callback mode over
**     bytes this file reads itself, so that Ctrl-C can cancel the line
**     and input typed ahead (a paste without bracketed-paste markers) can
**     be looked at before it is read; otherwise plain lines from stdin,
**     with the prompts on stderr as CPython writes them;
**   - Tab completion with the rules of CPython's rlcompleter.
**
** Pastes.  A bracketed paste reaches us as one line holding newlines; its
** lines are fed one by one, as if typed.  One thing typing cannot do is
** kept from pastes: an empty line ends a compound statement only when the
** next line that is not blank is not indented, as in a file, so a
** function with blank lines inside it pastes whole, with or without
** bracketed paste (for an unbracketed paste, the rest of it is already
** waiting on the terminal when its empty line is read).
*/
#define _GNU_SOURCE             /* ppoll */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include "tally.h"
#include "import.h"
#include "vm.h"
#include "run.h"
#include "parser.h"
#include "compiler.h"
#include "repl.h"
#include "modules/readlinemod.h"
#include "modules/locale.h"
#include "objects/class.h"
#include "objects/code.h"
#include "objects/func.h"
#include "objects/set.h"

/* ---- the session ------------------------------------------------------ */

void tyRepl_begin(TyReplSession *s)
{
    tyBuf_init(&s->src);
    s->exit_status = 0;
    s->interrupted = false;
    s->future = 0;
}

void tyRepl_end(TyReplSession *s)
{
    tyBuf_free(&s->src);
    tyBuf_init(&s->src);
}

bool tyRepl_pending(const TyReplSession *s)
{
    return s->src.len > 0;
}

/* Set sys.last_type, last_value and last_traceback to the exception about
** to be printed, as CPython's interactive loop does (pdb.pm() reads them). */
static void keep_last_exception(void)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    TyObject *sysd = TY_MODULE_DICT(ty_state.sys);
    TyObject *tb = ((TyBaseException *)exc)->traceback;
    if (tyDict_setItemStr(sysd, "last_type", (TyObject *)TY_TYPE(exc)) < 0 ||
        tyDict_setItemStr(sysd, "last_value", exc) < 0 ||
        tyDict_setItemStr(sysd, "last_traceback", tb ? tb : TY_NONE) < 0)
        tyErr_clear();
    tyErr_restore(exc);
}

/* CPython's REPL takes the text of a SyntaxError in what was typed from
** its tokenizer's buffer, without the line's newline (which decides how
** far a span running into later lines is marked). */
static void strip_error_newline(void)
{
    TyObject *exc = ty_state.exc;
    if (!exc || !tyType_isSubtype(TY_TYPE(exc), &TyExc_SyntaxError))
        return;
    TyObject **text = &((TyBaseException *)exc)->extra[4];
    if (!*text || !TY_STR_CHECK(*text) || TY_STR_NBYTES(*text) == 0 ||
        TY_STR_UTF8(*text)[TY_STR_NBYTES(*text) - 1] != '\n')
        return;
    TyObject *stripped = tyStr_sliceBytes(*text, 0, TY_STR_NBYTES(*text) - 1);
    if (stripped)
        TY_SETREF(*text, stripped);
}

/* Compile and run one complete input (or report why it cannot run) and
** start the next one. */
static TyReplStep run_parsed(TyReplSession *s, TyModuleAST *mod, TyArena *arena)
{
    TyReplStep step = TY_REPL_DONE;
    s->interrupted = false;
    if (!mod)
        strip_error_newline();
    TyObject *code = mod ? tyCompile_flags(mod, arena, "<stdin>", &s->future) : NULL;
    TyObject *r = code ? tyVM_evalCode(code, ty_state.main_dict, ty_state.main_dict) : NULL;
    TY_XDECREF(code);
    if (r) {
        TY_DECREF(r);
    } else if (tyErr_exceptionMatches(&TyExc_SystemExit)) {
        s->exit_status = tyRun_handleException();
        step = TY_REPL_EXIT;
    } else {
        s->interrupted = tyErr_exceptionMatches(&TyExc_KeyboardInterrupt);
        keep_last_exception();
        tyRun_handleException();
    }
    fflush(stdout);
    fflush(stderr);
    tyRepl_end(s);
    return step;
}

TyReplStep tyRepl_feed(TyReplSession *s, const char *line, size_t len, bool block_goes_on)
{
    if (tyBuf_append(&s->src, line, len) < 0 || tyBuf_appendChar(&s->src, '\n') < 0)
        return run_parsed(s, NULL, NULL);
    TyArena *arena = tyArena_new();
    if (!arena)
        return run_parsed(s, NULL, NULL);
    bool incomplete = false;
    TyModuleAST *mod = tyParse_source(arena, s->src.data, s->src.len, "<stdin>", TY_MODE_SINGLE,
                                      TY_INPUT_TEXT, &incomplete);
    if (!mod && incomplete) {
        tyErr_clear();
        tyArena_free(arena);
        return TY_REPL_MORE;
    }
    if (mod && len == 0 && block_goes_on && s->src.len > 1) {
        /* This empty line ended a compound statement, but the paste it
        ** belongs to goes on with indented lines: it becomes a blank line
        ** of the block (blanks-only lines do not end blocks). */
        s->src.data[s->src.len - 1] = ' ';
        tyArena_free(arena);
        if (tyBuf_appendChar(&s->src, '\n') < 0)
            return run_parsed(s, NULL, NULL);
        return TY_REPL_MORE;
    }
    TyReplStep step = run_parsed(s, mod, arena);
    tyArena_free(arena);
    return step;
}

TyReplStep tyRepl_feedEOF(TyReplSession *s)
{
    /* CPython's REPL, at the end of input after a secondary prompt, parses
    ** what it has as compile(..., 'single') would: a block ends there, an
    ** open bracket or string is an error. */
    TyArena *arena = tyArena_new();
    if (!arena)
        return run_parsed(s, NULL, NULL);
    TyModuleAST *mod = tyParse_source(arena, s->src.data, s->src.len, "<stdin>", TY_MODE_SINGLE,
                                      TY_INPUT_TEXT, NULL);
    TyReplStep step = run_parsed(s, mod, arena);
    tyArena_free(arena);
    return step;
}

bool tyRepl_inLongString(TyReplSession *s)
{
    TyArena *arena = tyArena_new();
    if (!arena) {
        tyErr_clear();
        return false;
    }
    TyModuleAST *mod = tyParse_source(arena, s->src.data, s->src.len, "<stdin>", TY_MODE_SINGLE,
                                      TY_INPUT_TEXT, NULL);
    tyArena_free(arena);
    if (mod)
        return false;
    TyObject *e = tyErr_fetch();
    TyObject *args = e ? TY_EXC_ARGS(e) : NULL;
    TyObject *msg = args && TY_TUPLE_LEN(args) > 0 ? TY_TUPLE_GET(args, 0) : NULL;
    static const char open_string[] = "unterminated triple-quoted string literal";
    bool in_string = TY_IS_TYPE(e, &TyExc_SyntaxError) && msg && TY_STR_CHECK(msg) &&
                     strncmp(TY_STR_UTF8(msg), open_string, sizeof open_string - 1) == 0;
    TY_XDECREF(e);
    return in_string;
}

/*
** Does the text after a line (lines ended by \n or \r, the last one
** possibly unfinished) go on with an indented line, once lines that are
** empty, blank or only a comment are skipped?
*/
static bool indented_line_follows(const char *p, const char *end)
{
    while (p < end) {
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < end && *q != '\n' && *q != '\r' && *q != '#')
            return q > p;
        while (q < end && *q != '\n' && *q != '\r')
            q++;
        p = q + (q < end);
    }
    return false;
}

/* ---- the terminal ----------------------------------------------------- */

/* Bytes read from the terminal and not yet handed to readline: typed
** ahead, or the rest of a paste.  readline reads them through
** getc_hook. */
static struct {
    char *data;
    size_t start, end, cap;
    bool eof;
} typed;

enum { TAKE_DATA = 1, TAKE_NONE = 0, TAKE_EOF = -1, TAKE_INTERRUPTED = -2 };

/*
** Read what the terminal has into `typed`.  With `wait`, block until
** something comes; with `interruptible`, a Ctrl-C (now or already
** pending) ends the wait with TAKE_INTERRUPTED.  SIGINT is blocked
** between the check of the flag and ppoll, so one arriving in between is
** not slept through.
*/
static int take_input(bool wait, bool interruptible)
{
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    for (;;) {
        pthread_sigmask(SIG_BLOCK, &block, &old);
        if (interruptible && ty_state.sigint_pending) {
            pthread_sigmask(SIG_SETMASK, &old, NULL);
            return TAKE_INTERRUPTED;
        }
        struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
        struct timespec zero = { 0, 0 };
        int r = ppoll(&pfd, 1, wait ? NULL : &zero, &old);
        int err = errno;
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (r < 0) {
            if (err == EINTR)
                continue;
            return TAKE_EOF;
        }
        if (r == 0)
            return TAKE_NONE;
        if (typed.start == typed.end)
            typed.start = typed.end = 0;
        if (typed.cap - typed.end < 4096) {
            size_t cap = typed.cap ? typed.cap * 2 : 8192;
            char *d = realloc(typed.data, cap);
            if (!d)
                return TAKE_EOF;
            typed.data = d;
            typed.cap = cap;
        }
        ssize_t n = read(STDIN_FILENO, typed.data + typed.end, typed.cap - typed.end);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return TAKE_EOF;
        typed.end += (size_t)n;
        return TAKE_DATA;
    }
}

/* readline's source of bytes.  It blocks only inside a key sequence
** (an escape sequence, the body of a bracketed paste): a Ctrl-C there
** is handled once the sequence is complete. */
static int getc_hook(FILE *f)
{
    (void)f;
    while (typed.start == typed.end) {
        if (typed.eof || take_input(true, false) == TAKE_EOF) {
            typed.eof = true;
            return EOF;
        }
    }
    return (unsigned char)typed.data[typed.start++];
}

/* For readline's key-sequence timeouts: bytes already taken count. */
static int input_available_hook(void)
{
    return typed.start < typed.end || take_input(false, false) == TAKE_DATA;
}

/* Is a line waiting that goes on with an indented line? (After an empty
** line: is this the inside of a paste?) */
static bool terminal_block_goes_on(void)
{
    while (take_input(false, false) == TAKE_DATA)
        ;
    return indented_line_follows(typed.data + typed.start, typed.data + typed.end);
}

static char *line_read;
static bool line_done;

/* readline 8.2 ends the line itself at Ctrl-D when bracketed paste is on
** (and, remembering that Ctrl-D, every later line too); the REPL ends it
** as CPython's does and input() leaves it, so readline must not. */
static void deprep_terminal(void)
{
    rl_eof_found = 0;
    rl_deprep_terminal();
}

static void on_line(char *line)
{
    rl_callback_handler_remove();
    line_read = line;
    line_done = true;
}

enum { READ_LINE = 0, READ_INTERRUPTED = -1 };

/*
** One line from the terminal through readline, shown after `prompt`:
** READ_LINE with *out a malloc'd line (no newline; a bracketed paste may
** hold several) or NULL at end of input, or READ_INTERRUPTED after
** Ctrl-C (the line is abandoned).
*/
static int read_terminal_line(const char *prompt, char **out)
{
    line_done = false;
    line_read = NULL;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        if (typed.start == typed.end && !typed.eof) {
            int r = take_input(true, true);
            if (r == TAKE_INTERRUPTED) {
                ty_state.sigint_pending = 0;
                rl_free_line_state();
                rl_callback_sigcleanup();
                rl_cleanup_after_signal();
                rl_callback_handler_remove();
                return READ_INTERRUPTED;
            }
            if (r == TAKE_EOF)
                typed.eof = true;
        }
        rl_callback_read_char();
    }
    *out = line_read;
    return READ_LINE;
}

/* One line from stdin without readline: the prompt goes to stderr (and
** stdout is flushed first), as CPython's plain line reader does. */
static int read_plain_line(const char *prompt, char **out)
{
    fflush(stdout);
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        if (errno == EINTR && ty_state.sigint_pending) {
            clearerr(stdin);
            ty_state.sigint_pending = 0;
            return READ_INTERRUPTED;
        }
        *out = NULL;
        return READ_LINE;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    *out = line;
    return READ_LINE;
}

/* readline is used when stdin is a terminal and one of stdout and stderr
** is too: prompts and editing go there, never into a redirected stdout. */
static bool use_readline;
static bool readline_started;   /* start_readline ran (the REPL's, or the readline module's) */

static int read_line(const char *prompt, char **out)
{
    int r = use_readline ? read_terminal_line(prompt, out) : read_plain_line(prompt, out);
    if (r == READ_LINE && *out && **out && use_readline && !ty_state.mod.readline.no_auto_history)
        add_history(*out);
    return r;
}

/* The stream the prompts are written on. */
static FILE *prompt_stream(void)
{
    return use_readline ? rl_outstream : stderr;
}

/* ---- completion (CPython's rlcompleter) ------------------------------- */

static TyObject *matches;        /* list of str, for the word being completed */
static ssize_t match_index;

/* Does calling o take no argument at all?  Known for Python functions,
** methods bound to them, and classes whose construction is object's or a
** Python __init__'s; a built-in callable's parameters are not known, so
** it gets "(" only. */
static bool takes_no_arguments(TyObject *o)
{
    int drop = 0;
    if (TY_TYPE(o) == &TyMethod_Type) {
        o = ((TyMethod *)o)->func;
        drop = 1;
    } else if (TY_TYPE_CHECK(o) && (((TyType *)o)->flags & TY_TPFLAG_HEAPTYPE)) {
        TyType *t = (TyType *)o;
        TyObject *init = tyType_lookupStr(t, "__init__");
        TyObject *new_ = tyType_lookupStr(t, "__new__");
        TyObject *obj_init = tyType_lookupStr(&TyBaseObject_Type, "__init__");
        TyObject *obj_new = tyType_lookupStr(&TyBaseObject_Type, "__new__");
        if (init == obj_init && new_ == obj_new) {
            for (ssize_t i = 0; i < TY_TUPLE_LEN(t->mro); i++) {
                TyType *b = (TyType *)TY_TUPLE_GET(t->mro, i);
                if (b != t && b != &TyBaseObject_Type && !(b->flags & TY_TPFLAG_HEAPTYPE))
                    return false;
            }
            return true;
        }
        if (new_ != obj_new || !init || !TY_FUNCTION_CHECK(init))
            return false;
        o = init;
        drop = 1;
    }
    if (!TY_FUNCTION_CHECK(o))
        return false;
    TyCode *co = (TyCode *)((TyFunction *)o)->code;
    return co->argcount + co->kwonlyargcount == drop &&
           !(co->flags & (TY_CO_VARARGS | TY_CO_VARKEYWORDS));
}

/* Append word (+ "(" or "()" for a callable value) to matches. */
static int add_match(TyObject *word, TyObject *value, bool postfix)
{
    const char *suffix = "";
    if (postfix && value && tyObj_isCallable(value))
        suffix = takes_no_arguments(value) ? "()" : "(";
    TyObject *m = tyStr_fromFormat("%U%s", word, suffix);
    if (!m)
        return -1;
    int r = tyList_append(matches, m);
    TY_DECREF(m);
    return r;
}

static bool has_prefix(TyObject *word, const char *text, size_t n)
{
    return TY_STR_CHECK(word) && (size_t)TY_STR_NBYTES(word) >= n &&
           memcmp(TY_STR_UTF8(word), text, n) == 0;
}

/* rlcompleter.global_matches: keywords (with the space or colon it
** adds), then the names of __main__ and of builtins, each once. */
static int global_matches(const char *text)
{
    static const char *const keywords[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield", "_", "case", "match", NULL
    };
    size_t n = strlen(text);
    TyObject *seen = tySet_new(NULL);
    if (!seen)
        return -1;
    int r = 0;
    for (int i = 0; keywords[i] && r == 0; i++) {
        const char *k = keywords[i];
        if (strncmp(k, text, n) != 0)
            continue;
        const char *suffix = " ";
        if (strcmp(k, "finally") == 0 || strcmp(k, "try") == 0)
            suffix = ":";
        else if (i < 3 || strcmp(k, "break") == 0 || strcmp(k, "continue") == 0 ||
                 strcmp(k, "pass") == 0 || strcmp(k, "else") == 0 || strcmp(k, "_") == 0)
            suffix = "";            /* False, None, True and the words that end a line */
        TyObject *w = tyStr_fromCStr(k);
        TyObject *m = w ? tyStr_fromFormat("%s%s", k, suffix) : NULL;
        r = (m && tySet_add(seen, w) == 0 && tyList_append(matches, m) == 0) ? 0 : -1;
        TY_XDECREF(w);
        TY_XDECREF(m);
    }
    TyObject *spaces[2] = { ty_state.main_dict, ty_state.builtins };
    for (int s = 0; s < 2 && r == 0; s++) {
        TyObject *items = tyDict_items(spaces[s]);
        if (!items) {
            r = -1;
            break;
        }
        for (ssize_t i = 0; i < TY_LIST_LEN(items) && r == 0; i++) {
            TyObject *kv = TY_LIST_GET(items, i);
            TyObject *word = TY_TUPLE_GET(kv, 0);
            if (!has_prefix(word, text, n) || tyStr_eqC(word, "__builtins__"))
                continue;
            int known = tySet_contains(seen, word);
            if (known < 0 || (!known && (tySet_add(seen, word) < 0 ||
                                         add_match(word, TY_TUPLE_GET(kv, 1), true) < 0)))
                r = -1;
        }
        TY_DECREF(items);
    }
    TY_DECREF(seen);
    return r;
}

/* dir(o), as the builtin computes it: a new list or NULL. */
static TyObject *dir_of(TyObject *o)
{
    TyObject *dir = tyDict_getItemStr(ty_state.builtins, "dir");
    return dir ? tyObj_callOneArg(dir, o) : NULL;
}

/* rlcompleter's get_class_members: dir(cls) and, recursively, its bases'. */
static int add_class_members(TyObject *words, TyObject *cls, int depth)
{
    TyObject *names = dir_of(cls);
    if (!names)
        return -1;
    int r = 0;
    for (ssize_t i = 0; i < TY_LIST_LEN(names) && r == 0; i++)
        r = tySet_add(words, TY_LIST_GET(names, i));
    TY_DECREF(names);
    TyObject *bases = r == 0 && depth < 100 ? tyObj_getAttrStr(cls, "__bases__") : NULL;
    if (!bases) {
        tyErr_clear();
        return r;
    }
    for (ssize_t i = 0; TY_TUPLE_CHECK(bases) && i < TY_TUPLE_LEN(bases) && r == 0; i++)
        r = add_class_members(words, TY_TUPLE_GET(bases, i), depth + 1);
    TY_DECREF(bases);
    return r;
}

static bool is_word_char(unsigned char c)
{
    return c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The object a dotted name chain ("a.b.c") names in __main__, as
** eval() would find it (new reference), or NULL. */
static TyObject *evaluate_chain(const char *text, size_t len)
{
    TyObject *obj = NULL;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '.')
            j++;
        TyObject *name = tyStr_decodeUtf8(text + i, (ssize_t)(j - i));
        if (!name) {
            TY_XDECREF(obj);
            return NULL;
        }
        TyObject *v;
        if (!obj) {
            v = tyDict_getItem(ty_state.main_dict, name);
            if (!v)
                v = tyDict_getItem(ty_state.builtins, name);
            v = v ? TY_NEWREF(v) : NULL;
        } else {
            v = tyObj_getAttr(obj, name);
            TY_DECREF(obj);
        }
        TY_DECREF(name);
        obj = v;
        if (!obj)
            return NULL;
        i = j + 1;
    }
    return obj;
}

/* rlcompleter.attr_matches for "expr.attr": the attributes of expr's
** value; names starting with "_" only when attr does, dunders only when
** attr starts with "__" (unless nothing else matches). */
static int attr_matches(const char *text)
{
    const char *dot = strrchr(text, '.');
    size_t elen = (size_t)(dot - text);
    for (size_t i = 0; i < elen; i++) {
        bool part_start = i == 0 || text[i - 1] == '.';
        if (!(is_word_char((unsigned char)text[i]) || (text[i] == '.' && !part_start)))
            return 0;
    }
    if (elen == 0 || text[elen - 1] == '.')
        return 0;
    for (const char *p = dot + 1; *p; p++)
        if (!is_word_char((unsigned char)*p))
            return 0;
    TyObject *obj = evaluate_chain(text, elen);
    if (!obj)
        return 0;
    TyObject *words = tySet_new(NULL);
    TyObject *names = words ? dir_of(obj) : NULL;
    int r = names ? 0 : -1;
    for (ssize_t i = 0; names && i < TY_LIST_LEN(names) && r == 0; i++)
        if (!tyStr_eqC(TY_LIST_GET(names, i), "__builtins__"))
            r = tySet_add(words, TY_LIST_GET(names, i));
    TY_XDECREF(names);
    if (r == 0) {
        TyObject *cls = (TyObject *)TY_TYPE(obj);
        TyObject *dunder = tyStr_fromCStr("__class__");
        r = dunder && tySet_add(words, dunder) == 0 ? add_class_members(words, cls, 0) : -1;
        TY_XDECREF(dunder);
    }
    TyObject *list = r == 0 ? tyList_fromIterable(words) : NULL;
    const char *attr = dot + 1;
    size_t n = strlen(attr);
    const char *noprefix = n == 0 ? "_" : strcmp(attr, "_") == 0 ? "__" : NULL;
    TyObject *expr = list ? tyStr_decodeUtf8(text, (ssize_t)elen) : NULL;
    for (;;) {
        for (ssize_t i = 0; expr && i < TY_LIST_LEN(list); i++) {
            TyObject *word = TY_LIST_GET(list, i);
            if (!has_prefix(word, attr, n) ||
                (noprefix && has_prefix(word, noprefix, strlen(noprefix))))
                continue;
            TyObject *full = tyStr_fromFormat("%U.%U", expr, word);
            TyObject *classattr = full ? tyType_lookup(TY_TYPE(obj), word) : NULL;
            TyObject *value = NULL;
            if (full && !(classattr && TY_TYPE(classattr) == &TyProperty_Type)) {
                value = tyObj_getAttr(obj, word);
                if (!value)
                    tyErr_clear();
            }
            if (!full || add_match(full, value == TY_NONE ? NULL : value, true) < 0)
                r = -1;
            TY_XDECREF(value);
            TY_XDECREF(full);
        }
        if (r < 0 || !expr || TY_LIST_LEN(matches) > 0 || !noprefix)
            break;
        noprefix = noprefix[1] ? NULL : "__";
    }
    if (r == 0 && tyList_sort(matches, NULL, false) < 0)
        r = -1;
    TY_XDECREF(expr);
    TY_XDECREF(list);
    TY_XDECREF(words);
    TY_DECREF(obj);
    return r;
}

static char *next_match(const char *text, int state)
{
    (void)text;
    if (state == 0)
        match_index = 0;
    if (!matches || match_index >= TY_LIST_LEN(matches))
        return NULL;
    return strdup(TY_STR_UTF8(TY_LIST_GET(matches, match_index++)));
}

static char **complete(const char *text, int start, int end)
{
    if (tyReadline_hasCompleter())
        return tyReadline_complete(text, start, end);
    rl_attempted_completion_over = 1;        /* never file names */
    rl_completion_append_character = '\0';
    const char *t = text;
    while (*t == ' ' || *t == '\t')
        t++;
    if (!*t) {
        /* Tab at the start of a line indents, as rlcompleter makes it. */
        rl_insert_text("\t");
        char **none = calloc(2, sizeof *none);
        if (none)
            none[0] = strdup("");
        return none;
    }
    TyObject *saved = tyErr_fetch();
    TY_XSETREF(matches, tyList_new(0));
    if (matches && (strchr(text, '.') ? attr_matches(text) : global_matches(text)) < 0)
        TY_CLEAR(matches);
    tyErr_clear();
    tyErr_restore(saved);
    return rl_completion_matches(text, next_match);
}

/* ---- the loop --------------------------------------------------------- */

/* sys.ps1 or sys.ps2 as text (str() of it; "" when it is missing or its
** str() fails), copied into buf. */
static const char *prompt_text(const char *which, char *buf, size_t size)
{
    TyObject *v = tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), which);
    TyObject *s = v ? tyObj_str(v) : NULL;
    buf[0] = '\0';
    if (s)
        snprintf(buf, size, "%s", TY_STR_UTF8(s));
    else
        tyErr_clear();
    TY_XDECREF(s);
    return buf;
}

static int set_default_prompt(const char *name, const char *value)
{
    TyObject *sysd = TY_MODULE_DICT(ty_state.sys);
    if (tyDict_getItemStr(sysd, name))
        return 0;
    TyObject *v = tyStr_fromCStr(value);
    int r = v ? tyDict_setItemStr(sysd, name, v) : -1;
    TY_XDECREF(v);
    return r;
}

static char history_path[4096];

static void start_readline(bool with_history)
{
    /* readline reads the locale once, to decide how it takes bytes past
    ** ASCII: the user's, as CPython has set it by then. */
    tyLocale_initCtype();
    rl_readline_name = "python";
    rl_instream = stdin;
    rl_outstream = isatty(STDOUT_FILENO) ? stdout : stderr;
    rl_getc_function = getc_hook;
    rl_deprep_term_function = deprep_terminal;
    rl_input_available_hook = input_available_hook;
    rl_catch_signals = 0;
    rl_attempted_completion_function = complete;
    /* CPython's readline module breaks words here; "." is not among them,
    ** so "obj.attr" completes as one word. */
    rl_completer_word_break_characters = (char *)" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    const char *home = with_history ? getenv("HOME") : NULL;
    if (home) {
        snprintf(history_path, sizeof history_path, "%s/.tally_history", home);
        read_history(history_path);
    }
}

static void stop_readline(void)
{
    if (history_path[0])
        write_history(history_path);
    rl_callback_handler_remove();
    free(typed.data);
    memset(&typed, 0, sizeof typed);
}

/* At the prompt the lifetime tools are at hand: `tally` is bound in
** __main__ as if imported (unless the program bound the name itself). */
static int preload_tally(void)
{
    TyObject *name = tyStr_fromCStr("tally");
    if (!name)
        return -1;
    int r = tyDict_contains(ty_state.main_dict, name);
    if (r == 0) {
        TyObject *m = tyImport_importC("tally");
        r = m ? tyDict_setItem(ty_state.main_dict, name, m) : -1;
        TY_XDECREF(m);
    }
    TY_DECREF(name);
    return r < 0 ? -1 : 0;
}

int tyRepl_run(bool greet)
{
    if (set_default_prompt("ps1", ">>> ") < 0 || set_default_prompt("ps2", "... ") < 0)
        return tyRun_handleException();
    use_readline = isatty(STDIN_FILENO) && (isatty(STDOUT_FILENO) || isatty(STDERR_FILENO));
    if (use_readline && !readline_started)
        start_readline(true);
    readline_started = readline_started || use_readline;
    /* From here a SystemExit ends the session (CPython resets -i too). */
    ty_state.opt.inspect = false;
    ty_state.opt.interactive = true;
    if (greet)
        fprintf(stderr, "tally %s (Python %s compatible)\nType \"help\" for help, exit() or Ctrl-D to leave.\n",
                TY_VERSION, TY_PYTHON_VERSION);

    if (preload_tally() < 0)
        return tyRun_handleException();

    TyReplSession s;
    tyRepl_begin(&s);
    char *paste = NULL;          /* a bracketed paste being fed line by line */
    size_t paste_pos = 0, paste_len = 0;
    for (;;) {
        char *line;
        char *owned = NULL;
        bool from_paste = paste != NULL;
        if (from_paste) {
            line = paste + paste_pos;
            char *nl = strchr(line, '\n');
            if (nl) {
                *nl = '\0';
                paste_pos = (size_t)(nl + 1 - paste);
            }
            if (!nl || !paste[paste_pos]) {
                owned = paste;   /* its last line: freed after use */
                paste = NULL;
            }
        } else {
            char ps[1024];
            prompt_text(tyRepl_pending(&s) ? "ps2" : "ps1", ps, sizeof ps);
            if (read_line(ps, &line) == READ_INTERRUPTED) {
                /* Inside a triple-quoted string, CPython 3.11's tokenizer
                ** takes the interrupted read for the end of the input and
                ** reports the open string instead of KeyboardInterrupt. */
                if (tyRepl_pending(&s) && tyRepl_inLongString(&s)) {
                    fputc('\n', prompt_stream());
                    fflush(prompt_stream());
                    if (tyRepl_feedEOF(&s) == TY_REPL_EXIT)
                        break;
                    continue;
                }
                fputs("\nKeyboardInterrupt\n", stderr);
                fflush(stderr);
                tyRepl_end(&s);
                continue;
            }
            if (!line) {
                fputc('\n', prompt_stream());
                fflush(prompt_stream());
                if (!tyRepl_pending(&s))
                    break;
                if (tyRepl_feedEOF(&s) == TY_REPL_EXIT)
                    break;
                continue;
            }
            if (strchr(line, '\n')) {
                paste = line;
                paste_pos = 0;
                paste_len = strlen(line);
                continue;
            }
            owned = line;
        }
        bool goes_on = false;
        if (line[0] == '\0' && tyRepl_pending(&s))
            goes_on = paste ? indented_line_follows(paste + paste_pos, paste + paste_len)
                            : use_readline && terminal_block_goes_on();
        TyReplStep step = tyRepl_feed(&s, line, strlen(line), goes_on);
        free(owned);
        if (step == TY_REPL_EXIT)
            break;
        if (s.interrupted && paste) {
            /* Ctrl-C while a pasted statement ran: the rest is dropped. */
            free(paste);
            paste = NULL;
        }
    }
    free(paste);
    int status = s.exit_status;
    tyRepl_end(&s);
    ty_state.opt.interactive = false;
    if (use_readline)
        stop_readline();
    TY_CLEAR(matches);
    return status;
}

void tyRepl_enableReadline(void)
{
    if (readline_started || !isatty(STDIN_FILENO) || (!isatty(STDOUT_FILENO) && !isatty(STDERR_FILENO)))
        return;
    use_readline = true;
    readline_started = true;
    start_readline(false);
}

TyObject *tyRepl_input(TyObject *prompt)
{
    fflush(stdout);
    fflush(stderr);
    char *line;
    const char *ps = prompt ? TY_STR_UTF8(prompt) : "";
    int r;
    if (use_readline) {
        /* An answer is one line: no bracketed paste here, as in CPython. */
        char saved[8];
        const char *v = rl_variable_value("enable-bracketed-paste");
        snprintf(saved, sizeof saved, "%s", v ? v : "off");
        rl_variable_bind("enable-bracketed-paste", "off");
        r = read_terminal_line(ps, &line);
        rl_variable_bind("enable-bracketed-paste", saved);
    } else {
        r = read_plain_line(ps, &line);
    }
    if (r == READ_INTERRUPTED)
        return tyErr_setNone(&TyExc_KeyboardInterrupt);
    if (!line) {
        /* A bare EOFError, as CPython's input() gives on a terminal. */
        return tyErr_setNone(&TyExc_EOFError);
    }
    if (*line && use_readline && !ty_state.mod.readline.no_auto_history)
        add_history(line);
    TyObject *s = tyStr_decodeUtf8(line, (ssize_t)strlen(line));
    free(line);
    return s;
}
