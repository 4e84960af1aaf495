/*
** main.c — the command line: tally [option] ... [-c cmd | -m mod | file | -] [arg] ...
**
** Options are read the way CPython 3.11 reads its own: single-letter
** flags may be combined ("-iq"), an option's argument may be glued to it
** ("-cprint(1)", "-Xgc-stress") or follow as the next word, "--" ends the
** options, and the first word that is not an option (or "-") is the
** program, after which every word belongs to sys.argv.
**
** The interpreter runs on a thread with a large stack, so that the C
** recursion the language allows (up to sys.getrecursionlimit() nested
** calls through C code, times the sanitizer build's frame sizes) always
** ends in RecursionError long before the stack can overflow.
*/
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include "tally.h"
#include "vm.h"
#include "run.h"
#include "dis.h"
#include "repl.h"
#include "lifecycle.h"
#include "modules/faulthandler.h"
#include "modules/sys.h"

#define INTERPRETER_STACK_SIZE ((size_t)512 * 1024 * 1024)

typedef enum { MODE_REPL, MODE_FILE, MODE_COMMAND, MODE_MODULE, MODE_STDIN, MODE_DIS } RunMode;

typedef struct Options {
    RunMode mode;
    const char *target;       /* file, command or dis file */
    int argc;                 /* sys.argv */
    char **argv;
    bool inspect;             /* -i */
    const char **warnopts;    /* the -W options, in order (malloc'd) */
    int nwarnopts;
    const char **xopts;       /* the -X options, in order (malloc'd) */
    int nxopts;
    long fail_after;          /* -X fail-after=N: the N-th allocation fails */
} Options;

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char usage_body[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-B     : don't write compiled code to the cache\n"
    "-E     : ignore TALLY* environment variables (such as TALLYPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-I     : isolate tally from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't add the site-packages folders to sys.path\n"
    "-V     : print the tally version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "         also PYTHONWARNINGS=arg\n"
    "-X opt : implementation-specific options, all in sys._xoptions (others are\n"
    "         ignored, as CPython ignores the -X options it does not know):\n"
    "         -X dev: development mode (sys.flags.dev_mode, warnings shown, faulthandler)\n"
    "         -X faulthandler: dump the Python traceback on a fatal signal\n"
    "         (also PYTHONFAULTHANDLER=x)\n"
    "         -X showrefcount: print the total reference count and block count at exit\n"
    "         -X gc-stress: run a collection at every container allocation\n"
    "         -X gcstats: print the collector's work and pauses per generation at exit\n"
    "         -X fail-after=N: make the N-th allocation of the program fail\n"
    "--dis file : print the bytecode of every code object in file\n"
    "--     : end of options\n"
    "file   : program read from script file (a directory or zip runs its __main__.py)\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

/* A flag that decides where imports look or whether compiled code is
** cached, as CPython takes it (-I is -E, -P and -s together): true when
** `letter` is one of them. */
static bool path_flag(char letter)
{
    TyOptions *o = &ty_state.opt;
    switch (letter) {
    case 'B': o->dont_write_bytecode = true; return true;
    case 'E': o->ignore_environment = true; return true;
    case 'P': o->safe_path = true; return true;
    case 'S': o->no_site = true; return true;
    case 's': o->no_user_site = true; return true;
    case 'I':
        o->isolated = o->ignore_environment = o->safe_path = o->no_user_site = true;
        return true;
    default:
        return false;
    }
}

/* A command-line error: CPython's short usage on stderr, status 2. */
static int usage_error(const char *prog, const char *fmt, const char *what)
{
    fprintf(stderr, fmt, what);
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `%s -h' for more information.\n", prog);
    return 2;
}

/* An -X option: tally's own take effect; any other is accepted and
** ignored, as CPython 3.11 does with -X options it does not know. */
static int x_option(const char *prog, const char *opt, Options *o)
{
    if (strcmp(opt, "showrefcount") == 0) {
        ty_state.opt.showrefcount = true;
    } else if (strcmp(opt, "gcstats") == 0) {
        ty_state.opt.gcstats = true;
    } else if (strcmp(opt, "dev") == 0) {
        ty_state.opt.dev_mode = true;
    } else if (strcmp(opt, "gc-stress") == 0) {
        ty_state.opt.gc_stress = true;
    } else if (strncmp(opt, "fail-after=", 11) == 0) {
        char *end;
        long n = strtol(opt + 11, &end, 10);
        if (n <= 0 || *end)
            return usage_error(prog, "-X fail-after needs a positive number, not '%s'\n", opt + 11);
        o->fail_after = n;
    }
    return -1;
}

/*
** Read the command line into *o.  Returns -1 to go on running, or the
** exit status when the command line itself was the whole job (--help,
** --version) or wrong (2).
*/
static int parse_args(int argc, char **argv, Options *o)
{
    const char *prog = argv[0];
    int i = 1;
    o->mode = MODE_REPL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0')
            break;                      /* the program (or "-") */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--version") == 0) {
                printf("tally %s (Python %s)\n", TY_VERSION, TY_PYTHON_VERSION);
                return 0;
            }
            if (strcmp(a, "--help") == 0) {
                printf(usage_line, prog);
                fputs(usage_body, stdout);
                return 0;
            }
            if (strcmp(a, "--dis") == 0) {
                if (i + 1 >= argc)
                    return usage_error(prog, "Argument expected for the %s option\n", a);
                o->mode = MODE_DIS;
                o->target = argv[i + 1];
                o->argc = argc - i - 1;
                o->argv = argv + i + 1;
                return -1;
            }
            return usage_error(prog, "unknown option %s\n", a);
        }
        /* A cluster of one-letter options; c and X take the rest of the
        ** word, or the next word, as their argument. */
        for (const char *p = a + 1; *p; p++) {
            char letter[2] = { *p, '\0' };
            switch (*p) {
            case 'i':
                o->inspect = true;
                continue;
            case 'q':
                ty_state.opt.quiet = true;
                continue;
            case 'h':
            case '?':
                printf(usage_line, prog);
                fputs(usage_body, stdout);
                return 0;
            case 'V':
                printf("tally %s (Python %s)\n", TY_VERSION, TY_PYTHON_VERSION);
                return 0;
            case 'c':
            case 'm':
            case 'W':
            case 'X': {
                const char *arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!arg)
                    return usage_error(prog, "Argument expected for the -%s option\n", letter);
                if (*p == 'X') {
                    int r = x_option(prog, arg, o);
                    if (r >= 0)
                        return r;
                    if (!o->xopts && !(o->xopts = malloc((size_t)argc * sizeof *o->xopts))) {
                        fprintf(stderr, "%s: out of memory\n", prog);
                        return 1;
                    }
                    o->xopts[o->nxopts++] = arg;
                    break;
                }
                if (*p == 'W') {
                    if (!o->warnopts && !(o->warnopts = malloc((size_t)argc * sizeof *o->warnopts))) {
                        fprintf(stderr, "%s: out of memory\n", prog);
                        return 1;
                    }
                    o->warnopts[o->nwarnopts++] = arg;
                    break;
                }
                o->mode = *p == 'c' ? MODE_COMMAND : MODE_MODULE;
                o->target = arg;
                /* sys.argv: "-c" (or "-m", which runpy replaces by the
                ** module's path), then every word after the argument. */
                o->argc = argc - i;
                o->argv = argv + i;
                o->argv[0] = (char *)(*p == 'c' ? "-c" : "-m");
                return -1;
            }
            default:
                if (path_flag(*p))
                    continue;
                return usage_error(prog, "Unknown option: -%s\n", letter);
            }
            break;                      /* -X took the rest of the word */
        }
    }
    if (i < argc && strcmp(argv[i], "-") != 0) {
        o->mode = MODE_FILE;
        o->target = argv[i];
        o->argc = argc - i;
        o->argv = argv + i;
        return -1;
    }
    if (i < argc) {
        o->argc = argc - i;             /* sys.argv[0] is "-" */
        o->argv = argv + i;
    } else {
        static char *empty_argv[] = { (char *)"", NULL };
        o->argc = 1;
        o->argv = empty_argv;
    }
    /* Standard input is a program unless it is a terminal or -i asks for
    ** a prompt anyway (CPython's Py_FdIsInteractive). */
    if (!isatty(STDIN_FILENO) && !o->inspect)
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
    pid_t pid;          /* the process that started the interpreter */
    sigset_t inherited; /* the signal mask the process started with */
} ThreadArgs;

/* The process's exit status for the program's: an uncaught
** KeyboardInterrupt ends it by SIGINT's default action, as CPython ends. */
static int finish(int status)
{
    if (status != TY_RUN_INTERRUPTED)
        return status;
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    signal(SIGINT, SIG_DFL);
    pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
    raise(SIGINT);
    return 130;
}

static void *interpreter_main(void *p)
{
    ThreadArgs *ta = p;
    Options *o = ta->opts;
    /* Signals are delivered to this thread only (the main thread blocks
    ** them all): the REPL's reaction to Ctrl-C runs here, and a signal a
    ** program sends itself (os.kill, signal.raise_signal) has reached its
    ** handler when the call returns, as in CPython.  The mask the process
    ** inherited stays (posix_spawn's setsigmask, a parent's block). */
    pthread_sigmask(SIG_SETMASK, &ta->inherited, NULL);
    ty_state.opt.inspect = o->inspect;
    if (tyLife_init(o->argc, o->argv) < 0) {
        fprintf(stderr, "tally: fatal error during start-up\n");
        tyErr_print();
        ta->status = 1;
        return NULL;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    if (tySys_addWarnOptions(o->warnopts, o->nwarnopts) < 0) {
        fprintf(stderr, "'import warnings' failed; traceback:\n");
        tyErr_print();
    }
    if (tySys_addXOptions(o->xopts, o->nxopts) < 0)
        tyErr_print();
    bool x_faulthandler = false;
    for (int i = 0; i < o->nxopts; i++)
        x_faulthandler |= strcmp(o->xopts[i], "faulthandler") == 0 || strncmp(o->xopts[i], "faulthandler=", 13) == 0;
    if (tyFaulthandler_startup(x_faulthandler) < 0)
        tyErr_print();
    free(o->warnopts);
    o->warnopts = NULL;
    free(o->xopts);
    o->xopts = NULL;
    tyMem_failAfter(o->fail_after);

    int status = 0;
    switch (o->mode) {
    case MODE_FILE:
        status = tyRun_path(o->target);
        break;
    case MODE_COMMAND:
        tySys_setPath0("");
        status = tyRun_string(o->target, strlen(o->target), "<string>");
        break;
    case MODE_MODULE:
        status = tyRun_module(o->target);
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
        status = tyRun_disassemble(o->target);
        break;
    case MODE_REPL:
        tySys_setPath0("");
        break;
    }
    /* The prompt: on its own (greeted, unless -q), or after the program
    ** with -i (no greeting, whatever the program ended with). */
    if (o->mode == MODE_REPL)
        status = tyRepl_run(!ty_state.opt.quiet);
    else if (o->inspect && o->mode != MODE_DIS)
        status = tyRepl_run(false);
    if (o->fail_after) {
        /* scripts/fail-after stops at the first N this reports. */
        if (ty_state.mem.fail_after > 0)
            fprintf(stderr, "tally: -X fail-after=%ld: not reached, the program made fewer allocations\n",
                    o->fail_after);
        tyMem_failAfter(0);
    }
    fflush(stdout);
    if (ty_state.opt.gcstats)
        tyGC_printStats(stderr);
    fflush(stderr);
    /* -X showrefcount counts what teardown leaves, so it needs all of it. */
    ssize_t live = 0;
    if (ty_state.opt.showrefcount || !tyLife_finiForExit())
        live = tyLife_fini();
    if (ty_state.opt.showrefcount) {
        /* What is still alive after teardown (CPython's debug build prints
        ** the same pair); 0 and 0 when nothing leaked. */
        ssize_t refs = 0;
        tyMem_forEachLive(add_refcount, &refs);
        fprintf(stderr, "[%zd refs, %zd blocks]\n", refs, live + ty_state.mem.live_buffers);
    }
    ta->status = status;
    /* A child of os.fork() has no main thread to return to; its exit
    ** skips the C library's exit handlers, which belong to the parent
    ** (the sanitizers' leak check among them). */
    if (getpid() != ta->pid)
        _exit(finish(status));
    return NULL;
}

/*
** The str/bytes hash key PYTHONHASHSEED asks for (unless -E/-I): an
** integer seed gives CPython's key for it (24 bytes of the LCG
** x = x * 214013 + 2531011 seeded with it, byte (x >> 16) & 0xff each;
** SipHash keys on the first 16), "random" a key from the system's random
** source, 0 or no variable the zero key (tally's default: hashes, and so
** set order, stay the same from run to run).  0, or -1 after CPython's
** fatal error for a bad value.
*/
static int set_hash_key(void)
{
    const char *v = ty_state.opt.ignore_environment ? NULL : getenv("PYTHONHASHSEED");
    if (!v || !*v)
        return 0;
    unsigned char key[24];
    if (strcmp(v, "random") == 0) {
        if (getentropy(key, 16) != 0) {
            fprintf(stderr, "Fatal Python error: failed to get random numbers to initialize Python\n");
            return -1;
        }
    } else {
        char *end;
        errno = 0;
        unsigned long seed = strtoul(v, &end, 10);
        if (*end || errno || seed > 4294967295UL || v[0] == '-' || v[0] == '+' || v[0] == ' ') {
            fprintf(stderr, "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "
                            "\"random\" or an integer in range [0; 4294967295]\n");
            return -1;
        }
        if (seed == 0)
            return 0;
        uint32_t x = (uint32_t)seed;
        for (size_t i = 0; i < sizeof key; i++) {
            x = x * 214013u + 2531011u;
            key[i] = (unsigned char)((x >> 16) & 0xff);
        }
    }
    uint64_t k0 = 0, k1 = 0;
    for (int i = 7; i >= 0; i--) {
        k0 = k0 << 8 | key[i];
        k1 = k1 << 8 | key[8 + i];
    }
    tyStr_setHashKey(k0, k1);
    return 0;
}

int main(int argc, char **argv)
{
    Options opts = { 0 };
    int r = parse_args(argc, argv, &opts);
    if (r >= 0)
        return r;
    if (set_hash_key() < 0)
        return 1;
    if (ty_state.opt.showrefcount)
        tyMem_enableRegistry();
    /* As CPython: a write to a closed pipe raises BrokenPipeError, and one
    ** past RLIMIT_FSIZE OSError (EFBIG), instead of killing the process. */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    ThreadArgs ta = { &opts, 0, getpid() };
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &ta.inherited);
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, INTERPRETER_STACK_SIZE);
    if (pthread_create(&thread, &attr, interpreter_main, &ta) != 0) {
        interpreter_main(&ta);
    } else {
        pthread_join(thread, NULL);
    }
    pthread_attr_destroy(&attr);
    return finish(ta.status);
}
