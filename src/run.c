/*
** run.c — running programs: a file or a string as __main__, and the
** REPL's interactive inputs.
*/
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "vm.h"
#include "run.h"
#include "parser.h"
#include "compiler.h"
#include "modules/sys.h"

char *tyImport_readFile(const char *path, size_t *len);

int tyRun_handleException(void)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return 0;
    int status = 1;
    if (tyType_isSubtype(TY_TYPE(exc), &TyExc_SystemExit)) {
        TyObject *code = tyExc_systemExitCode(exc);
        if (!code || code == TY_NONE) {
            status = 0;
        } else if (TY_INT_CHECK(code)) {
            int64_t v;
            status = tyInt_asI64(code, &v) < 0 ? (tyErr_clear(), -1) : (int)v;
        } else {
            TyObject *s = tyObj_str(code);
            fflush(stdout);
            if (s) {
                fprintf(stderr, "%s\n", TY_STR_UTF8(s));
                TY_DECREF(s);
            } else {
                tyErr_clear();
            }
            status = 1;
        }
        TY_DECREF(exc);
        return status & 0xff;
    }
    TyObject *hook = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(excepthook)) : NULL;
    if (hook) {
        TyObject *tb = ((TyBaseException *)exc)->traceback;
        TyObject *args[3] = { (TyObject *)TY_TYPE(exc), exc, tb ? tb : TY_NONE };
        TyObject *r = tyObj_call(hook, args, 3, NULL);
        if (r) {
            TY_DECREF(r);
        } else {
            fputs("Error in sys.excepthook:\n", stderr);
            tyErr_print();
            fputs("\nOriginal exception was:\n", stderr);
            tyErr_display(exc);
        }
    } else {
        tyErr_display(exc);
    }
    bool interrupted = tyType_isSubtype(TY_TYPE(exc), &TyExc_KeyboardInterrupt);
    TY_DECREF(exc);
    return interrupted ? TY_RUN_INTERRUPTED : 1;
}

/* Compile and run source in __main__'s namespace; the tree (and with it
** the literal objects of the program) lives until the code has run, as in
** CPython. */
static int run_source(const char *source, size_t len, const char *filename)
{
    TyArena *arena = tyArena_new();
    if (!arena)
        return tyRun_handleException();
    int status = 0;
    TyModuleAST *mod = tyParse_source(arena, source, len, filename, TY_MODE_FILE, NULL);
    TyObject *code = mod ? tyCompile(mod, arena, filename) : NULL;
    if (!code) {
        status = tyRun_handleException();
    } else {
        TyObject *r = tyVM_evalCode(code, ty_state.main_dict, ty_state.main_dict);
        TY_DECREF(code);
        if (r)
            TY_DECREF(r);
        else
            status = tyRun_handleException();
    }
    tyArena_free(arena);
    return status;
}

int tyRun_string(const char *source, size_t len, const char *filename)
{
    return run_source(source, len, filename);
}

/* CPython 3.11 names the main script by its absolute path (without
** resolving "." or symbolic links): cwd + "/" + path. */
static void absolute_path(const char *path, char *out, size_t size)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        snprintf(out, size, "%s", path);
    else
        snprintf(out, size, "%s/%s", cwd, path);
}

void tyRun_scriptDirectory(const char *path, char *out, size_t size)
{
    absolute_path(path, out, size);
    char *slash = strrchr(out, '/');
    if (slash == out)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
}

int tyRun_file(const char *path)
{
    struct stat st;
    char abspath[8192];
    absolute_path(path, abspath, sizeof abspath);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "tally: can't find '__main__' module in '%s'\n", path);
        return 1;
    }
    size_t len;
    char *src = tyImport_readFile(path, &len);
    if (!src) {
        int err = errno;
        if (!tyErr_exceptionMatches(&TyExc_OSError))
            return tyRun_handleException();
        tyErr_clear();
        fprintf(stderr, "tally: can't open file '%s': [Errno %d] %s\n", abspath, err, strerror(err));
        return 2;
    }
    TyObject *file = tyStr_fromCStr(abspath);
    if (!file || tyDict_setItem(ty_state.main_dict, TY_ID(__file__), file) < 0) {
        TY_XDECREF(file);
        tyMem_free(src);
        return tyRun_handleException();
    }
    TY_DECREF(file);
    int status = run_source(src, len, abspath);
    tyMem_free(src);
    return status;
}

int tyRun_interactive(const char *source, size_t len, int *exit_status)
{
    TyArena *arena = tyArena_new();
    if (!arena) {
        tyErr_print();
        return 0;
    }
    bool incomplete = false;
    TyModuleAST *mod = tyParse_source(arena, source, len, "<stdin>", TY_MODE_SINGLE, &incomplete);
    if (!mod && incomplete) {
        tyErr_clear();
        tyArena_free(arena);
        return 1;
    }
    TyObject *code = mod ? tyCompile(mod, arena, "<stdin>") : NULL;
    int result = 0;
    TyObject *r = code ? tyVM_evalCode(code, ty_state.main_dict, ty_state.main_dict) : NULL;
    TY_XDECREF(code);
    if (r) {
        TY_DECREF(r);
    } else if (tyErr_exceptionMatches(&TyExc_SystemExit)) {
        *exit_status = tyRun_handleException();
        result = 2;
    } else {
        tyRun_handleException();
    }
    tyArena_free(arena);
    fflush(stdout);
    return result;
}
