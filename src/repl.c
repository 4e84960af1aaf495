/*
** repl.c — the interactive prompt on GNU readline.
**
** Lines accumulate until the parser says the input is complete (tyRun_
** interactive returns 1 for "incomplete"); a compound statement also
** needs the empty line that ends it.  History persists in
** ~/.tally_history; Tab completes keywords, builtins, globals and
** attributes after a dot.
*/
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include "tally.h"
#include "run.h"
#include "repl.h"

static char history_path[4096];

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", NULL
};

/* The candidates for the word being completed, collected once per Tab. */
static TyObject *candidates;
static size_t candidate_index;

static int add_names_from(TyObject *names, TyObject *dict, const char *prefix, const char *text)
{
    TyObject *keys = TY_DICT_CHECK(dict) ? tyDict_keys(dict) : tyList_fromIterable(dict);
    if (!keys)
        return -1;
    size_t tl = strlen(text);
    for (ssize_t i = 0; i < TY_LIST_LEN(keys); i++) {
        TyObject *k = TY_LIST_GET(keys, i);
        if (!TY_STR_CHECK(k) || strncmp(TY_STR_UTF8(k), text, tl) != 0)
            continue;
        TyObject *full = tyStr_fromFormat("%s%U", prefix, k);
        if (!full || tyList_append(names, full) < 0) {
            TY_XDECREF(full);
            TY_DECREF(keys);
            return -1;
        }
        TY_DECREF(full);
    }
    TY_DECREF(keys);
    return 0;
}

/* Candidates for `text`: "obj.attr" completes attributes of obj (only a
** plain name chain is evaluated, never a call), else names in scope. */
static TyObject *collect_candidates(const char *text)
{
    TyObject *names = tyList_new(0);
    if (!names)
        return NULL;
    const char *dot = strrchr(text, '.');
    if (dot) {
        char base[1024];
        snprintf(base, sizeof base, "%.*s", (int)(dot - text), text);
        for (const char *p = base; *p; p++)
            if (!(*p == '.' || *p == '_' || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z')))
                return names;
        TyObject *obj = NULL;
        char *save = NULL;
        char copy[1024];
        snprintf(copy, sizeof copy, "%s", base);
        for (char *part = strtok_r(copy, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
            if (!obj) {
                TyObject *v = tyDict_getItemStr(ty_state.main_dict, part);
                if (!v)
                    v = tyDict_getItemStr(ty_state.builtins, part);
                obj = v ? TY_NEWREF(v) : NULL;
            } else {
                TyObject *v = tyObj_getAttrStr(obj, part);
                TY_SETREF(obj, v);
            }
            if (!obj)
                break;
        }
        if (obj) {
            TyObject *dirlist = tyObj_callMethod(obj, TY_ID(__dir__), NULL, 0);
            char prefix[1100];
            snprintf(prefix, sizeof prefix, "%s.", base);
            if (dirlist) {
                add_names_from(names, dirlist, prefix, dot + 1);
                TY_DECREF(dirlist);
            }
            TY_DECREF(obj);
        }
        tyErr_clear();
    } else {
        size_t tl = strlen(text);
        for (int i = 0; keywords[i]; i++) {
            if (strncmp(keywords[i], text, tl) == 0) {
                TyObject *k = tyStr_fromCStr(keywords[i]);
                if (k) {
                    tyList_append(names, k);
                    TY_DECREF(k);
                }
            }
        }
        add_names_from(names, ty_state.main_dict, "", text);
        add_names_from(names, ty_state.builtins, "", text);
        tyErr_clear();
    }
    if (tyList_sort(names, NULL, false) < 0)
        tyErr_clear();
    return names;
}

static char *complete_name(const char *text, int state)
{
    if (state == 0) {
        TY_XDECREF(candidates);
        candidates = collect_candidates(text);
        candidate_index = 0;
    }
    while (candidates && (ssize_t)candidate_index < TY_LIST_LEN(candidates)) {
        TyObject *c = TY_LIST_GET(candidates, candidate_index++);
        /* Skip duplicates (a global shadowing a builtin). */
        if (candidate_index >= 2 && tyStr_eq(c, TY_LIST_GET(candidates, candidate_index - 2)))
            continue;
        return strdup(TY_STR_UTF8(c));
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)start;
    (void)end;
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, complete_name);
}

static sigjmp_buf prompt_jump;
static volatile sig_atomic_t at_prompt;

/* Ctrl-C at the prompt: discard the line, print KeyboardInterrupt, prompt again. */
static void on_sigint_at_prompt(int sig)
{
    (void)sig;
    if (at_prompt) {
        siglongjmp(prompt_jump, 1);
    }
    ty_state.sigint_pending = 1;
    ty_state.eval_breaker = 1;
}

static void load_history(void)
{
    const char *home = getenv("HOME");
    if (!home)
        return;
    snprintf(history_path, sizeof history_path, "%s/.tally_history", home);
    read_history(history_path);
}

static void save_history(void)
{
    if (history_path[0])
        write_history(history_path);
}

int tyRepl_run(void)
{
    bool tty = isatty(STDIN_FILENO);
    rl_readline_name = "tally";
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(";
    rl_catch_signals = 0;
    load_history();
    TyObject *sysd = TY_MODULE_DICT(ty_state.sys);
    TyObject *ps1 = tyStr_fromCStr(">>> "), *ps2 = tyStr_fromCStr("... ");
    if (ps1)
        tyDict_setItemStr(sysd, "ps1", ps1);
    if (ps2)
        tyDict_setItemStr(sysd, "ps2", ps2);
    TY_XDECREF(ps1);
    TY_XDECREF(ps2);
    if (tty)
        fprintf(stderr, "tally %s (Python %s compatible)\nType exit() or press Ctrl-D to leave.\n",
                TY_VERSION, TY_PYTHON_VERSION);

    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint_at_prompt;
    sigaction(SIGINT, &sa, &old);

    TyStrBuilder input;
    tyBuf_init(&input);
    int exit_status = 0;
    for (;;) {
        const char *prompt = input.len ? "... " : ">>> ";
        if (sigsetjmp(prompt_jump, 1)) {
            at_prompt = 0;
            rl_free_line_state();
            rl_cleanup_after_signal();
            fputs("\nKeyboardInterrupt\n", stderr);
            tyBuf_free(&input);
            tyBuf_init(&input);
            continue;
        }
        at_prompt = 1;
        char *line = readline(prompt);
        at_prompt = 0;
        if (!line) {
            if (tty)
                fputc('\n', stderr);
            break;
        }
        if (line[0] && tty)
            add_history(line);
        tyBuf_appendC(&input, line);
        tyBuf_appendChar(&input, '\n');
        free(line);
        /* The parser reports "incomplete" for open brackets and for a
        ** compound statement not yet closed by an empty line. */
        int r = tyRun_interactive(input.data, input.len, &exit_status);
        if (r == 1)
            continue;
        tyBuf_free(&input);
        tyBuf_init(&input);
        if (r == 2)
            break;
    }
    tyBuf_free(&input);
    sigaction(SIGINT, &old, NULL);
    save_history();
    TY_CLEAR(candidates);
    return exit_status;
}
