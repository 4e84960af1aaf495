/*
** run.c — running programs as __main__: a file, a directory's
** __main__.py, a string; and `--dis` of a file.
*/
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "traceback.h"
#include "vm.h"
#include "run.h"
#include "parser.h"
#include "compiler.h"
#include "dis.h"
#include "ziparchive.h"
#include "import.h"
#include "modules/sys.h"

/* Writes str(code) and a newline to sys.stderr with its write() (so its
** error handler treats what cannot be encoded), as CPython reports a
** SystemExit with a message; to the process's stderr when sys.stderr is
** missing or None or fails.  Never raises. */
static void print_exit_message(TyObject *code)
{
    TyObject *s = tyObj_str(code);
    if (!s) {
        tyErr_clear();
        return;
    }
    fflush(stdout);
    TyObject *file = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stderr)) : NULL;
    bool written = false;
    if (file && file != TY_NONE) {
        TY_INCREF(file);
        TyObject *nl = tyStr_fromCStr("\n");
        TyObject *r1 = nl ? tyObj_callMethod(file, TY_ID(write), &s, 1) : NULL;
        TyObject *r2 = r1 ? tyObj_callMethod(file, TY_ID(write), &nl, 1) : NULL;
        TyObject *r3 = r2 ? tyObj_callMethod(file, TY_ID(flush), NULL, 0) : NULL;
        written = r2 != NULL;
        TY_XDECREF(nl);
        TY_XDECREF(r1);
        TY_XDECREF(r2);
        TY_XDECREF(r3);
        TY_DECREF(file);
        tyErr_clear();
    }
    if (!written) {
        fprintf(stderr, "%s\n", TY_STR_UTF8(s));
        fflush(stderr);
    }
    TY_DECREF(s);
}

int tyRun_handleException(void)
{
    TyObject *exc = tyErr_fetch();
    if (!exc)
        return 0;
    int status = 1;
    /* Under -i a SystemExit of the program is reported like any other
    ** exception and the prompt follows, as in CPython. */
    if (tyType_isSubtype(TY_TYPE(exc), &TyExc_SystemExit) && !ty_state.opt.inspect) {
        TyObject *code = tyExc_systemExitCode(exc);
        if (!code || code == TY_NONE) {
            status = 0;
        } else if (TY_INT_CHECK(code)) {
            int64_t v;
            status = tyInt_asI64(code, &v) < 0 ? (tyErr_clear(), -1) : (int)v;
        } else {
            print_exit_message(code);
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
            tyTraceback_display(exc);
        }
    } else {
        tyTraceback_display(exc);
    }
    bool interrupted = tyType_isSubtype(TY_TYPE(exc), &TyExc_KeyboardInterrupt);
    TY_DECREF(exc);
    return interrupted ? TY_RUN_INTERRUPTED : 1;
}

/* Compile and run source in __main__'s namespace; the tree (and with it
** the literal objects of the program) lives until the code has run, as in
** CPython. */
static int run_source(const char *source, size_t len, const char *filename, TyParseInput input)
{
    TyArena *arena = tyArena_new();
    if (!arena)
        return tyRun_handleException();
    int status = 0;
    TyModuleAST *mod = tyParse_source(arena, source, len, filename, TY_MODE_FILE, input, NULL);
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
    /* -c's text is a str to CPython; piped stdin is a file it reads. */
    return run_source(source, len, filename,
                      strcmp(filename, "<string>") == 0 ? TY_INPUT_TEXT : TY_INPUT_FILE);
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

/* The directory part of an absolute path ("/" stays "/"). */
static void directory_of(char *path)
{
    char *slash = strrchr(path, '/');
    if (slash == path)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
}

/*
** The text of the program file `path` (tyMem_malloc'd, *len bytes), or
** NULL after printing CPython's message for a file that cannot be opened
** ("can't open file '/abs/path': [Errno 2] ...") with *status 2, or with
** the exception printed and *status set from it.
*/
static char *read_program(const char *path, const char *abspath, size_t *len, int *status)
{
    char *src = tyImport_readFile(path, len);
    if (src)
        return src;
    int err = errno;
    if (!tyErr_exceptionMatches(&TyExc_OSError)) {
        *status = tyRun_handleException();
        return NULL;
    }
    tyErr_clear();
    fprintf(stderr, "tally: can't open file '%s': [Errno %d] %s\n", abspath, err, strerror(err));
    *status = 2;
    return NULL;
}

/* Run the file at `path` (its absolute name `abspath`) as __main__. */
static int run_main_file(const char *path, const char *abspath)
{
    size_t len;
    int status;
    char *src = read_program(path, abspath, &len, &status);
    if (!src)
        return status;
    TyObject *file = tyStr_fromCStr(abspath);
    if (!file || tyDict_setItem(ty_state.main_dict, TY_ID(__file__), file) < 0) {
        TY_XDECREF(file);
        tyMem_free(src);
        return tyRun_handleException();
    }
    TY_DECREF(file);
    status = run_source(src, len, abspath, TY_INPUT_FILE);
    tyMem_free(src);
    return status;
}

int tyRun_path(const char *path)
{
    struct stat st;
    char abspath[8192], dir[8192];
    absolute_path(path, abspath, sizeof abspath);
    bool found = stat(path, &st) == 0;
    int zip = found && S_ISREG(st.st_mode) ? tyZip_isArchive(abspath) : 0;
    if (zip < 0)
        return tyRun_handleException();
    if ((found && S_ISDIR(st.st_mode)) || zip) {
        /* A directory, or a zip archive (prepended bytes allowed), runs its
        ** __main__.py, with itself first on sys.path, as CPython does. */
        char mainpath[8192 + sizeof "/__main__.py"];
        size_t n = strlen(abspath);
        snprintf(mainpath, sizeof mainpath, "%s%s__main__.py", abspath,
                 n && abspath[n - 1] == '/' ? "" : "/");
        int member = zip ? tyZip_isMember(mainpath) : access(mainpath, F_OK) == 0;
        if (member < 0)
            return tyRun_handleException();
        if (!member) {
            fprintf(stderr, "tally: can't find '__main__' module in '%s'\n", abspath);
            return 1;
        }
        if (tySys_insertPath0(abspath) < 0)
            return tyRun_handleException();
        return run_main_file(mainpath, mainpath);
    }
    snprintf(dir, sizeof dir, "%s", abspath);
    directory_of(dir);
    if (tySys_setPath0(dir) < 0)
        return tyRun_handleException();
    return run_main_file(path, abspath);
}

int tyRun_module(const char *name)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        cwd[0] = '\0';
    if (tySys_setPath0(cwd) < 0)
        return tyRun_handleException();
    TyObject *runpy = tyImport_importC("runpy");
    TyObject *run = runpy ? tyObj_getAttrStr(runpy, "_run_module_as_main") : NULL;
    TyObject *mod = run ? tyStr_fromCStr(name) : NULL;
    TyObject *args[2] = { mod, TY_TRUE };
    TyObject *r = mod ? tyObj_call(run, args, 2, NULL) : NULL;
    TY_XDECREF(mod);
    TY_XDECREF(run);
    TY_XDECREF(runpy);
    if (!r)
        return tyRun_handleException();
    TY_DECREF(r);
    return 0;
}

int tyRun_disassemble(const char *path)
{
    char abspath[8192];
    absolute_path(path, abspath, sizeof abspath);
    size_t len;
    int status = 0;
    char *src = read_program(path, abspath, &len, &status);
    if (!src)
        return status;
    TyArena *arena = tyArena_new();
    TyModuleAST *mod = arena ? tyParse_source(arena, src, len, path, TY_MODE_FILE, TY_INPUT_FILE, NULL)
                             : NULL;
    TyObject *code = mod ? tyCompile(mod, arena, path) : NULL;
    if (code) {
        tyDis_code(code, stdout);
        TY_DECREF(code);
    } else {
        status = tyRun_handleException();
    }
    if (arena)
        tyArena_free(arena);
    tyMem_free(src);
    return status;
}
