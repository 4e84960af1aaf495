/*
** readlinemod.c — the `readline` module: CPython 3.11's interface to GNU
** readline (history, key bindings, the line buffer, completion and the
** startup hooks), over the same readline the REPL edits its lines with.
**
** Importing it makes input() edit its line with readline when stdin and
** stdout (or stderr) are terminals, as CPython's import does.  A completer
** set here takes over Tab from the REPL's built-in rlcompleter rules
** (repl.c asks tyReadline_complete).
*/
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include "tally.h"
#include "repl.h"
#include "modules/posix.h"
#include "modules/readlinemod.h"
#include "modules/locale.h"

#define RL (ty_state.mod.readline)

static TyObject *none(void)
{
    return TY_NEWREF(TY_NONE);
}

/* A str argument as readline's C string (UTF-8, borrowed from s); other
** types get the TypeError of CPython's locale encoder. */
static const char *str_arg(TyObject *s)
{
    if (!TY_STR_CHECK(s)) {
        tyErr_setString(&TyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    return TY_STR_UTF8(s);
}

static TyObject *decoded(const char *s)
{
    return tyStr_decode(s, (ssize_t)strlen(s), "utf-8", "surrogateescape");
}

/* An optional file name (None or omitted: readline's default). */
static int filename_arg(const char *fname, size_t nargs, TyObject *const *args, size_t at, TyPathArg *p)
{
    memset(p, 0, sizeof *p);
    return tyPosix_path(fname, "filename", nargs > at ? args[at] : NULL, false, true, p);
}

/* OSError from a readline call that returns an errno value. */
static TyObject *errno_result(int err, TyPathArg *p)
{
    tyPosix_pathFree(p);
    if (err == 0)
        return none();
    errno = err;
    return tyPosix_error(NULL, NULL);
}

static int check_args(const char *fname, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    return tyArg_checkCount(fname, nargs, min, max);
}

/* ---- bindings and the line ------------------------------------------------------ */

static TyObject *rlm_parse(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    const char *s;
    if (check_args("parse_and_bind", nargs, kwnames, 1, 1) < 0 || !(s = str_arg(args[0])))
        return NULL;
    /* readline writes into the string it parses. */
    char *copy = strdup(s);
    if (!copy)
        return tyErr_noMemory();
    rl_parse_and_bind(copy);
    free(copy);
    return none();
}

static TyObject *rlm_read_init(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyPathArg p;
    if (check_args("read_init_file", nargs, kwnames, 0, 1) < 0 || filename_arg("read_init_file", nargs, args, 0, &p) < 0)
        return NULL;
    return errno_result(rl_read_init_file(p.narrow), &p);
}

static TyObject *rlm_insert(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    const char *s;
    if (check_args("insert_text", nargs, kwnames, 1, 1) < 0 || !(s = str_arg(args[0])))
        return NULL;
    rl_insert_text(s);
    return none();
}

static TyObject *rlm_redisplay(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("redisplay", nargs, kwnames, 0, 0) < 0)
        return NULL;
    rl_redisplay();
    return none();
}

static TyObject *rlm_line_buffer(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_line_buffer", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return decoded(rl_line_buffer ? rl_line_buffer : "");
}

/* ---- history -------------------------------------------------------------------- */

static TyObject *rlm_read_history(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyPathArg p;
    if (check_args("read_history_file", nargs, kwnames, 0, 1) < 0 ||
        filename_arg("read_history_file", nargs, args, 0, &p) < 0)
        return NULL;
    return errno_result(read_history(p.narrow), &p);
}

/* write_history_file(filename=None): the history, then the file cut to
** set_history_length's length. */
static TyObject *rlm_write_history(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyPathArg p;
    if (check_args("write_history_file", nargs, kwnames, 0, 1) < 0 ||
        filename_arg("write_history_file", nargs, args, 0, &p) < 0)
        return NULL;
    int err = write_history(p.narrow);
    if (!err && RL.history_length_set)
        err = history_truncate_file(p.narrow, RL.history_length);
    return errno_result(err, &p);
}

static TyObject *rlm_append_history(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t n;
    TyPathArg p;
    if (check_args("append_history_file", nargs, kwnames, 1, 2) < 0 || tyPosix_int(args[0], &n) < 0 ||
        filename_arg("append_history_file", nargs, args, 1, &p) < 0)
        return NULL;
    int err = append_history((int)n, p.narrow);
    if (!err && RL.history_length_set)
        err = history_truncate_file(p.narrow, RL.history_length);
    return errno_result(err, &p);
}

static TyObject *rlm_set_history_length(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t n;
    if (check_args("set_history_length", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &n) < 0)
        return NULL;
    RL.history_length_set = n >= 0;
    RL.history_length = (int)n;
    return none();
}

static TyObject *rlm_get_history_length(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_history_length", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(RL.history_length_set ? RL.history_length : -1);
}

static TyObject *rlm_clear_history(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("clear_history", nargs, kwnames, 0, 0) < 0)
        return NULL;
    clear_history();
    return none();
}

static TyObject *rlm_current_length(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_current_history_length", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(history_length);
}

/* get_history_item(index): 1-based, None past either end. */
static TyObject *rlm_history_item(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t i;
    if (check_args("get_history_item", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &i) < 0)
        return NULL;
    HIST_ENTRY *e = i >= history_base && i < history_base + history_length ? history_get((int)i) : NULL;
    return e ? decoded(e->line) : none();
}

/* A 0-based position for remove/replace: ValueError for a negative one. */
static int position_arg(TyObject *o, int *pos)
{
    int64_t v;
    if (tyPosix_int(o, &v) < 0)
        return -1;
    if (v < 0) {
        tyErr_setString(&TyExc_ValueError, "History index cannot be negative");
        return -1;
    }
    *pos = (int)v;
    return 0;
}

static void free_entry(HIST_ENTRY *e)
{
    if (e) {
        histdata_t data = free_history_entry(e);
        free(data);
    }
}

static TyObject *rlm_remove_item(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int pos;
    if (check_args("remove_history_item", nargs, kwnames, 1, 1) < 0 || position_arg(args[0], &pos) < 0)
        return NULL;
    HIST_ENTRY *e = remove_history(pos);
    if (!e)
        return tyErr_format(&TyExc_ValueError, "No history item at position %d", pos);
    free_entry(e);
    return none();
}

static TyObject *rlm_replace_item(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int pos;
    const char *line;
    if (check_args("replace_history_item", nargs, kwnames, 2, 2) < 0 || position_arg(args[0], &pos) < 0 ||
        !(line = str_arg(args[1])))
        return NULL;
    HIST_ENTRY *e = replace_history_entry(pos, line, NULL);
    if (!e)
        return tyErr_format(&TyExc_ValueError, "No history item at position %d", pos);
    free_entry(e);
    return none();
}

static TyObject *rlm_add_history(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    const char *line;
    if (check_args("add_history", nargs, kwnames, 1, 1) < 0 || !(line = str_arg(args[0])))
        return NULL;
    add_history(line);
    return none();
}

static TyObject *rlm_set_auto_history(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("set_auto_history", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int on = tyObj_isTrue(args[0]);
    if (on < 0)
        return NULL;
    RL.no_auto_history = !on;
    return none();
}

/* ---- hooks ---------------------------------------------------------------------- */

/* Call a hook with no arguments; its result (an int, when it returns one)
** is readline's, and an exception is dropped, as CPython's on_hook does. */
static int call_hook(TyObject *hook)
{
    if (!hook)
        return 0;
    TyObject *saved = tyErr_fetch();
    TyObject *r = tyObj_callNoArgs(hook);
    int64_t v = 0;
    if (r && r != TY_NONE && tyInt_asI64(r, &v) < 0)
        v = 0;
    TY_XDECREF(r);
    tyErr_clear();
    tyErr_restore(saved);
    return (int)v;
}

static int on_startup(void)
{
    return call_hook(RL.startup_hook);
}

static int on_pre_input(void)
{
    return call_hook(RL.pre_input_hook);
}

/* set_xxx([function]): None or no argument removes the hook. */
static TyObject *set_hook(const char *fname, TyObject **slot, size_t nargs, TyObject *const *args,
                          TyObject *kwnames)
{
    if (check_args(fname, nargs, kwnames, 0, 1) < 0)
        return NULL;
    TyObject *f = nargs ? args[0] : TY_NONE;
    if (f != TY_NONE && !tyObj_isCallable(f))
        return tyErr_format(&TyExc_TypeError, "%s(func): argument not callable", fname);
    TY_XSETREF(*slot, f == TY_NONE ? NULL : TY_NEWREF(f));
    return none();
}

static TyObject *rlm_startup_hook(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return set_hook("set_startup_hook", &RL.startup_hook, nargs, args, kwnames);
}

static TyObject *rlm_pre_input_hook(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return set_hook("set_pre_input_hook", &RL.pre_input_hook, nargs, args, kwnames);
}

/* ---- completion ----------------------------------------------------------------- */

/* readline's generator over the completer: completer(text, state) for
** state 0, 1, ... until it returns something other than a str. */
static char *next_completion(const char *text, int state)
{
    TyObject *saved = tyErr_fetch();
    TyObject *t = decoded(text), *n = tyInt_fromI64(state);
    TyObject *argv[2] = { t, n };
    TyObject *r = t && n ? tyObj_call(RL.completer, argv, 2, NULL) : NULL;
    TY_XDECREF(t);
    TY_XDECREF(n);
    char *out = r && TY_STR_CHECK(r) ? strdup(TY_STR_UTF8(r)) : NULL;
    TY_XDECREF(r);
    tyErr_clear();
    tyErr_restore(saved);
    return out;
}

bool tyReadline_hasCompleter(void)
{
    return RL.completer != NULL;
}

/* Characters in the first n bytes of the line buffer (UTF-8). */
static int chars_before(int n)
{
    int count = 0;
    for (int i = 0; i < n && rl_line_buffer && rl_line_buffer[i]; i++)
        count += ((unsigned char)rl_line_buffer[i] & 0xC0) != 0x80;
    return count;
}

char **tyReadline_complete(const char *text, int start, int end)
{
    /* readline counts bytes; get_begidx/get_endidx count characters. */
    RL.begidx = chars_before(start);
    RL.endidx = chars_before(end);
    rl_attempted_completion_over = 1;
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, next_completion);
}

static void on_display_matches(char **matches, int n, int longest)
{
    TyObject *saved = tyErr_fetch();
    TyObject *list = tyList_new(0);
    for (int i = 1; list && i <= n; i++) {
        TyObject *s = decoded(matches[i]);
        if (!s || tyList_appendSteal(list, s) < 0)
            TY_CLEAR(list);
    }
    TyObject *sub = list ? decoded(matches[0]) : NULL, *len = sub ? tyInt_fromI64(longest) : NULL;
    TyObject *argv[3] = { sub, list, len };
    TyObject *r = len ? tyObj_call(RL.display_hook, argv, 3, NULL) : NULL;
    TY_XDECREF(r);
    TY_XDECREF(len);
    TY_XDECREF(sub);
    TY_XDECREF(list);
    tyErr_clear();
    tyErr_restore(saved);
}

static TyObject *rlm_set_completer(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return set_hook("set_completer", &RL.completer, nargs, args, kwnames);
}

static TyObject *rlm_get_completer(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_completer", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(RL.completer ? RL.completer : TY_NONE);
}

static TyObject *rlm_set_display_hook(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *r = set_hook("set_completion_display_matches_hook", &RL.display_hook, nargs, args, kwnames);
    rl_completion_display_matches_hook = RL.display_hook ? on_display_matches : NULL;
    return r;
}

static TyObject *rlm_completion_type(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_completion_type", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(rl_completion_type);
}

static TyObject *rlm_begidx(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_begidx", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(RL.begidx);
}

static TyObject *rlm_endidx(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_endidx", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64(RL.endidx);
}

static TyObject *rlm_set_delims(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    const char *s;
    if (check_args("set_completer_delims", nargs, kwnames, 1, 1) < 0 ||
        !(s = str_arg(args[0])))
        return NULL;
    char *copy = strdup(s);
    if (!copy)
        return tyErr_noMemory();
    free(RL.delims);
    RL.delims = copy;
    rl_completer_word_break_characters = copy;
    return none();
}

static TyObject *rlm_get_delims(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (check_args("get_completer_delims", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return decoded(rl_completer_word_break_characters ? rl_completer_word_break_characters : "");
}

static TyMethodDef readline_functions[] = {
    { "parse_and_bind", rlm_parse, TY_METH_DEFAULT, "Execute the init line provided in the string argument." },
    { "read_init_file", rlm_read_init, TY_METH_DEFAULT, "Execute a readline initialization file." },
    { "insert_text", rlm_insert, TY_METH_DEFAULT, "Insert text into the line buffer at the cursor position." },
    { "redisplay", rlm_redisplay, TY_METH_DEFAULT, "Change what's displayed on the screen to reflect contents of the line buffer." },
    { "get_line_buffer", rlm_line_buffer, TY_METH_DEFAULT, "Return the current contents of the line buffer." },
    { "read_history_file", rlm_read_history, TY_METH_DEFAULT, "Load a readline history file." },
    { "write_history_file", rlm_write_history, TY_METH_DEFAULT, "Save a readline history file." },
    { "append_history_file", rlm_append_history, TY_METH_DEFAULT, "Append the last nelements items of the history list to file." },
    { "set_history_length", rlm_set_history_length, TY_METH_DEFAULT, "Set the maximal number of lines which will be written to the history file." },
    { "get_history_length", rlm_get_history_length, TY_METH_DEFAULT, "Return the maximum number of lines that will be written to the history file." },
    { "clear_history", rlm_clear_history, TY_METH_DEFAULT, "Clear the current readline history." },
    { "get_current_history_length", rlm_current_length, TY_METH_DEFAULT, "Return the current (not the maximum) length of history." },
    { "get_history_item", rlm_history_item, TY_METH_DEFAULT, "Return the current contents of history item at one-based index." },
    { "remove_history_item", rlm_remove_item, TY_METH_DEFAULT, "Remove history item given by its zero-based position." },
    { "replace_history_item", rlm_replace_item, TY_METH_DEFAULT, "Replaces history item given by its position with contents of line." },
    { "add_history", rlm_add_history, TY_METH_DEFAULT, "Add an item to the history buffer." },
    { "set_auto_history", rlm_set_auto_history, TY_METH_DEFAULT, "Enables or disables automatic history." },
    { "set_startup_hook", rlm_startup_hook, TY_METH_DEFAULT, "Set or remove the function invoked by the rl_startup_hook callback." },
    { "set_pre_input_hook", rlm_pre_input_hook, TY_METH_DEFAULT, "Set or remove the function invoked by the rl_pre_input_hook callback." },
    { "set_completer", rlm_set_completer, TY_METH_DEFAULT, "Set or remove the completer function." },
    { "get_completer", rlm_get_completer, TY_METH_DEFAULT, "Get the current completer function." },
    { "set_completion_display_matches_hook", rlm_set_display_hook, TY_METH_DEFAULT, "Set or remove the completion display function." },
    { "get_completion_type", rlm_completion_type, TY_METH_DEFAULT, "Get the type of completion being attempted." },
    { "get_begidx", rlm_begidx, TY_METH_DEFAULT, "Get the beginning index of the completion scope." },
    { "get_endidx", rlm_endidx, TY_METH_DEFAULT, "Get the ending index of the completion scope." },
    { "set_completer_delims", rlm_set_delims, TY_METH_DEFAULT, "Set the word delimiters for completion." },
    { "get_completer_delims", rlm_get_delims, TY_METH_DEFAULT, "Get the word delimiters for completion." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyReadline_create(void)
{
    TyObject *m = tyModule_new("readline", readline_functions);
    if (!m)
        return NULL;
    TyObject *doc = tyStr_fromCStr("Importing this module enables command line editing using GNU readline.");
    TyObject *version = doc ? tyInt_fromI64(RL_READLINE_VERSION) : NULL;
    TyObject *runtime = version ? tyInt_fromI64(rl_readline_version) : NULL;
    TyObject *library = runtime ? tyStr_fromCStr(rl_library_version) : NULL;
    int r = library ? 0 : -1;
    if (r == 0)
        r = tyModule_addObject(m, "__doc__", doc);
    if (r == 0)
        r = tyModule_addObject(m, "_READLINE_VERSION", version);
    if (r == 0)
        r = tyModule_addObject(m, "_READLINE_RUNTIME_VERSION", runtime);
    if (r == 0)
        r = tyModule_addObject(m, "_READLINE_LIBRARY_VERSION", library);
    TY_XDECREF(doc);
    TY_XDECREF(version);
    TY_XDECREF(runtime);
    TY_XDECREF(library);
    if (r < 0) {
        TY_DECREF(m);
        return NULL;
    }
    rl_startup_hook = on_startup;
    rl_pre_input_hook = on_pre_input;
    using_history();
    tyRepl_enableReadline();
    /* As CPython's import: readline is initialised now, in the user's
    ** locale, so that parse_and_bind reads non-ASCII macros as text; with
    ** stdout no terminal, no meta-key sequence is written to it. */
    tyLocale_initCtype();
    if (!isatty(STDOUT_FILENO))
        rl_variable_bind("enable-meta-key", "off");
    rl_initialize();
    return m;
}

void tyReadline_fini(void)
{
    rl_startup_hook = NULL;
    rl_pre_input_hook = NULL;
    rl_completion_display_matches_hook = NULL;
    TY_CLEAR(RL.completer);
    TY_CLEAR(RL.startup_hook);
    TY_CLEAR(RL.pre_input_hook);
    TY_CLEAR(RL.display_hook);
    if (RL.delims) {
        rl_completer_word_break_characters = NULL;
        free(RL.delims);
        RL.delims = NULL;
    }
}
