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
#include "traceback.h"
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

void tyErr_popHandled(TyObject *prev)
{
    TyObject *old = ty_state.exc_info->value;
    if (prev == TY_NONE) {
        TY_DECREF(prev);
        prev = NULL;
    }
    ty_state.exc_info->value = prev;
    TY_XDECREF(old);
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

TyObject *tyErr_noMemory(void)
{
    if (ty_state.objs.making_memory_error) {
        /* Allocating the MemoryError itself failed. */
        return NULL;
    }
    ty_state.objs.making_memory_error = true;
    TyObject *exc = tyExc_new(&TyExc_MemoryError, NULL, 0);
    ty_state.objs.making_memory_error = false;
    if (!exc) {
        if (!ty_state.objs.spare_memory_error)
            return NULL;
        exc = TY_NEWREF(ty_state.objs.spare_memory_error);
        tyExc_setTraceback(exc, NULL);
        tyExc_setContext(exc, NULL);
        tyExc_setCause(exc, NULL);
    }
    TY_XSETREF(ty_state.exc, exc);
    return NULL;
}

int tyErr_initSpareMemoryError(void)
{
    ty_state.objs.spare_memory_error = tyExc_new(&TyExc_MemoryError, NULL, 0);
    return ty_state.objs.spare_memory_error ? 0 : -1;
}

void tyErr_finiSpareMemoryError(void)
{
    TY_CLEAR(ty_state.objs.spare_memory_error);
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

/* The SyntaxError (of `type`) with its details; msg is stolen. */
/* With attrs_only, as CPython's PyErr_RangedSyntaxLocationObject: the
** exception's args are the message alone and the position is only in its
** attributes, a negative end_col giving an end_offset of None. */
static TyObject *syntax_error(TyType *type, const char *filename, int line, int col,
                              const char *source_line, int end_line, int end_col, TyObject *msg,
                              bool attrs_only, bool verbatim)
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
    if (!source_line && line >= 1 && tyTraceback_sourceLine(filename, line, buf, sizeof buf)) {
        size_t n = strlen(buf);
        while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
            buf[--n] = '\0';
        source_line = buf;
    }
    TyObject *text = !source_line ? TY_NEWREF(TY_NONE)
                     : verbatim   ? tyStr_fromCStr(source_line)
                                  : tyStr_fromFormat("%s\n", source_line);
    TyObject *eln = tyInt_fromI64(end_line);
    TyObject *eoff = attrs_only && end_col < 0 ? TY_NEWREF(TY_NONE) : tyInt_fromI64(end_col);
    TyObject *details = NULL;
    if (fn && ln && off && text && eln && eoff)
        details = tyTuple_pack(6, fn, ln, off, text, eln, eoff);
    if (details && attrs_only) {
        static const char *const attrs[] = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
        TyObject *exc = tyObj_call((TyObject *)type, &msg, 1, NULL);
        for (int i = 0; exc && i < 6; i++)
            if (tyObj_setAttrStr(exc, attrs[i], TY_TUPLE_ITEMS(details)[i]) < 0)
                TY_CLEAR(exc);
        if (exc)
            set_current(exc);
    } else if (details) {
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
    return syntax_error(type, filename, line, col, source_line, end_line, end_col, msg, false, false);
}

TyObject *tyErr_syntaxText(TyType *type, const char *filename, int line, int col,
                           const char *text, int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    return syntax_error(type, filename, line, col, text, end_line, end_col, msg, false, true);
}

/* The source line `line` of filename when it can be read and decoded, in
** buf; NULL otherwise. */
static const char *program_text(const char *filename, int line, char *buf, size_t size)
{
    if (line <= 0 || !tyTraceback_sourceLine(filename, line, buf, size))
        return NULL;
    TyObject *valid = tyStr_decodeUtf8(buf, (ssize_t)strlen(buf));
    if (!valid) {
        tyErr_clear();
        return NULL;
    }
    TY_DECREF(valid);
    return buf;
}

/* A SyntaxError found after parsing, its text read from the file. */
static TyObject *syntax_located(const char *filename, int line, int col, int end_line, int end_col,
                                bool attrs_only, const char *fmt, va_list ap)
{
    char buf[4096];
    const char *text = program_text(filename, line, buf, sizeof buf);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    return syntax_error(&TyExc_SyntaxError, filename, line, col, text, end_line, end_col, msg, attrs_only, false);
}

TyObject *tyErr_syntaxRanged(const char *filename, int line, int col, int end_line, int end_col,
                             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    syntax_located(filename, line, col, end_line, end_col, true, fmt, ap);
    va_end(ap);
    return NULL;
}

TyObject *tyErr_syntaxLocation(const char *filename, int line, int col, int end_line, int end_col,
                               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    syntax_located(filename, line, col, end_line, end_col, false, fmt, ap);
    va_end(ap);
    return NULL;
}

void tyErr_print(void)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return;
    tyTraceback_display(exc);
    TY_DECREF(exc);
}

/* Hand exc to sys.unraisablehook, or print it as the default hook does
** when the hook is the default, missing or None. */
static void report_unraisable(TyObject *exc, TyObject *err_msg, TyObject *obj)
{
    TyObject *hook = ty_state.sys ? tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "unraisablehook") : NULL;
    if (!hook || hook == TY_NONE || tySys_isDefaultUnraisableHook(hook)) {
        TyObject *tb = ((TyBaseException *)exc)->traceback;
        tyTraceback_printUnraisable((TyObject *)TY_TYPE(exc), exc, tb ? tb : TY_NONE,
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
            tyTraceback_printUnraisable((TyObject *)TY_TYPE(failure), failure, tb ? tb : TY_NONE, msg, hook);
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
    if (tyTraceback_sourceLine(filename, lineno, buf, sizeof buf)) {
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
