/*
** main.c — the command line: tally [options] [-c cmd | -m? | file | -] [args].
**
** The interpreter runs on a thread with a large stack, so that the C
** recursion the language allows (up to sys.getrecursionlimit() nested
** calls through C code, times the sanitizer build's frame sizes) always
** ends in RecursionError long before the stack can overflow.
*/
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include "tally.h"
#include "vm.h"
#include "run.h"
#include "dis.h"
#include "repl.h"
#include "parser.h"
#include "compiler.h"
#include "lifecycle.h"
#include "modules/sys.h"

#define INTERPRETER_STACK_SIZE ((size_t)512 * 1024 * 1024)

typedef enum { MODE_REPL, MODE_FILE, MODE_COMMAND, MODE_STDIN, MODE_DIS } RunMode;

typedef struct Options {
    RunMode mode;
    const char *target;       /* file, command or dis file */
    int argc;                 /* sys.argv */
    char **argv;
    bool inspect;
    long fail_after;          /* -X fail-after=N: the N-th allocation fails */
} Options;

static const char usage[] =
    "usage: tally [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd  : program passed in as string (terminates option list)\n"
    "-i      : inspect interactively after running script\n"
    "-X opt  : implementation-specific options:\n"
    "          -X showrefcount: print the total reference count and block count at exit\n"
    "          -X gc-stress: run a collection at every container allocation\n"
    "          -X fail-after=N: make the N-th allocation of the program fail\n"
    "--dis file : print the bytecode of every code object in file\n"
    "--version, -V : print the version number and exit\n"
    "--help, -h : print this help message and exit\n"
    "file    : program read from script file\n"
    "-       : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static int parse_args(int argc, char **argv, Options *o)
{
    int i = 1;
    o->mode = MODE_REPL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n%s", usage);
                return 2;
            }
            o->mode = MODE_COMMAND;
            o->target = argv[i + 1];
            o->argc = argc - i - 1;
            o->argv = argv + i + 1;
            o->argv[0] = (char *)"-c";
            return -1;
        } else if (strcmp(a, "-i") == 0) {
            o->inspect = true;
        } else if (strcmp(a, "-X") == 0 || strncmp(a, "-X", 2) == 0) {
            const char *opt = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
            if (strcmp(opt, "showrefcount") == 0)
                ty_state.opt.showrefcount = true;
            else if (strcmp(opt, "gc-stress") == 0)
                ty_state.opt.gc_stress = true;
            else if (strncmp(opt, "fail-after=", 11) == 0 && atol(opt + 11) > 0)
                o->fail_after = atol(opt + 11);
            else {
                fprintf(stderr, "tally: unknown -X option: %s\n", opt);
                return 2;
            }
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("tally %s (Python %s)\n", TY_VERSION, TY_PYTHON_VERSION);
            return 0;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--dis") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the --dis option\n%s", usage);
                return 2;
            }
            o->mode = MODE_DIS;
            o->target = argv[i + 1];
            o->argc = argc - i - 1;
            o->argv = argv + i + 1;
            return -1;
        } else if (strcmp(a, "-") == 0) {
            o->mode = MODE_STDIN;
            o->argc = argc - i;
            o->argv = argv + i;
            return -1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        } else {
            o->mode = MODE_FILE;
            o->target = a;
            o->argc = argc - i;
            o->argv = argv + i;
            return -1;
        }
    }
    o->argc = 1;
    static char *empty_argv[] = { (char *)"", NULL };
    o->argv = empty_argv;
    if (!isatty(STDIN_FILENO))
        o->mode = MODE_STDIN;
    return -1;
}

/* Read all of stdin into a malloc'd buffer. */
static char *read_stdin(size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, stdin);
        n += got;
        if (got == 0)
            break;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static int disassemble(const char *path)
{
    char *tyImport_readFile(const char *path, size_t *len);
    size_t len;
    char *src = tyImport_readFile(path, &len);
    if (!src) {
        tyErr_print();
        return 2;
    }
    TyArena *arena = tyArena_new();
    TyModuleAST *mod = arena ? tyParse_source(arena, src, len, path, TY_MODE_FILE, NULL) : NULL;
    TyObject *code = mod ? tyCompile(mod, arena, path) : NULL;
    int status = 0;
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

static void add_refcount(TyObject *o, void *arg)
{
    *(ssize_t *)arg += o->refcnt;
}

static void on_sigint(int sig)
{
    (void)sig;
    ty_state.sigint_pending = 1;
    ty_state.eval_breaker = 1;
}

typedef struct ThreadArgs {
    Options *opts;
    int status;
} ThreadArgs;

static void *interpreter_main(void *p)
{
    ThreadArgs *ta = p;
    Options *o = ta->opts;
    /* SIGINT is delivered to this thread only (the main thread blocks it):
    ** its handlers and the REPL's jump back to the prompt run here. */
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
    if (tyLife_init(o->argc, o->argv) < 0) {
        ta->status = 1;
        return NULL;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    tyMem_failAfter(o->fail_after);

    int status = 0;
    switch (o->mode) {
    case MODE_FILE: {
        /* sys.path[0]: the script's directory, absolute. */
        char dir[8192];
        tyRun_scriptDirectory(o->target, dir, sizeof dir);
        tySys_setPath0(dir);
        status = tyRun_file(o->target);
        break;
    }
    case MODE_COMMAND:
        tySys_setPath0("");
        status = tyRun_string(o->target, strlen(o->target), "<string>");
        break;
    case MODE_STDIN: {
        tySys_setPath0("");
        size_t len;
        char *src = read_stdin(&len);
        if (!src) {
            fprintf(stderr, "tally: cannot read stdin\n");
            status = 1;
            break;
        }
        status = tyRun_string(src, len, "<stdin>");
        free(src);
        break;
    }
    case MODE_DIS:
        status = disassemble(o->target);
        break;
    case MODE_REPL:
        tySys_setPath0("");
        status = tyRepl_run();
        break;
    }
    if (o->inspect && o->mode != MODE_REPL && !tyErr_occurred())
        status = tyRepl_run();
    if (o->fail_after) {
        /* scripts/fail-after stops at the first N this reports. */
        if (ty_state.mem.fail_after > 0)
            fprintf(stderr, "tally: -X fail-after=%ld: not reached, the program made fewer allocations\n",
                    o->fail_after);
        tyMem_failAfter(0);
    }
    fflush(stdout);
    fflush(stderr);
    ssize_t live = tyLife_fini();
    if (ty_state.opt.showrefcount) {
        /* What is still alive after teardown (CPython's debug build prints
        ** the same pair); 0 and 0 when nothing leaked. */
        ssize_t refs = 0;
        tyMem_forEachLive(add_refcount, &refs);
        fprintf(stderr, "[%zd refs, %zd blocks]\n", refs, live + ty_state.mem.live_buffers);
    }
    ta->status = status;
    return NULL;
}

int main(int argc, char **argv)
{
    Options opts = { 0 };
    int r = parse_args(argc, argv, &opts);
    if (r >= 0)
        return r;
    if (ty_state.opt.showrefcount)
        tyMem_enableRegistry();
    /* As CPython: a write to a closed pipe raises BrokenPipeError instead
    ** of killing the process. */
    signal(SIGPIPE, SIG_IGN);
    ThreadArgs ta = { &opts, 0 };
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, NULL);
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, INTERPRETER_STACK_SIZE);
    if (pthread_create(&thread, &attr, interpreter_main, &ta) != 0) {
        pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
        interpreter_main(&ta);
    } else {
        pthread_join(thread, NULL);
    }
    pthread_attr_destroy(&attr);
    if (ta.status == TY_RUN_INTERRUPTED) {
        /* Killed by the signal with its default action, as CPython ends. */
        signal(SIGINT, SIG_DFL);
        pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
        raise(SIGINT);
        return 130;
    }
    return ta.status;
}
