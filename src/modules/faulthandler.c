/*
** faulthandler.c — the `faulthandler` module: write the Python traceback
** when the process receives a fatal signal, on demand, after a timeout, or
** on a user signal, in CPython 3.11's formats.
**
** Everything that runs in a signal handler only reads: the frame chain
** from ty_state.frame, each code object's name, filename and line table
** (tyCode_line is a table look-up), and sys.modules' entries; and it only
** calls write(2), raise(2), sigaction(2), _exit(2).  No allocation, no
** locks, no Python code.
**
** dump_traceback_later: CPython starts a watchdog thread that reads the
** frames of the running thread while that thread goes on running.  tally
** arms a POSIX timer instead, whose signal (SIGRTMAX) is delivered to the
** interpreter's thread itself (SIGEV_THREAD_ID): the traceback is then
** written by the thread whose frames they are, while it is stopped, so no
** frame or code object can be freed under the reader.  The cost: a
** system call the timer interrupts sees EINTR, which tally's blocking calls
** already retry (PEP 475), and a program that takes SIGRTMAX for itself
** or blocks it replaces or delays the dump (docs/language.md).
*/
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "tally.h"
#include "args.h"
#include "import.h"
#include "modtable.h"
#include "objects/set.h"
#include "vm.h"
#include "modules/faulthandler.h"

#define MAX_STRING_LENGTH 500   /* characters of a name or filename written */
#define MAX_FRAME_DEPTH 100     /* frames written before "  ..." */
#define MAX_NTHREADS 100

/* ---- async-signal-safe writing ------------------------------------------------ */

/* Writes all n bytes unless write(2) fails for another reason than EINTR. */
static void put(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

/* A NUL-terminated string, as put(). */
static void puts_fd(int fd, const char *s)
{
    put(fd, s, strlen(s));
}

/* v in decimal, without a buffer of the C library (signal-safe). */
static void put_decimal(int fd, unsigned long v)
{
    char buf[24];
    char *p = buf + sizeof buf;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(fd, p, (size_t)(buf + sizeof buf - p));
}

/* v in lower-case hexadecimal, at least `width` digits. */
static void put_hex(int fd, unsigned long v, int width)
{
    char buf[2 * sizeof(unsigned long) + 1];
    char *p = buf + sizeof buf;
    int n = 0;
    do {
        *--p = "0123456789abcdef"[v & 15];
        v >>= 4;
        n++;
    } while ((v || n < width) && p > buf);
    put(fd, p, (size_t)(buf + sizeof buf - p));
}

/* A str as CPython's _Py_DumpASCII writes it: printable ASCII as is, other
** characters as \xNN, \uNNNN or \UNNNNNNNN, at most 500 characters and
** then "...". */
static void put_ascii(int fd, TyObject *s)
{
    const char *p = TY_STR_UTF8(s), *end = p + TY_STR_NBYTES(s);
    ssize_t count = 0;
    for (; p < end && count < MAX_STRING_LENGTH; count++) {
        uint32_t ch = ty_utf8Decode(&p);
        if (ch >= ' ' && ch <= 126) {
            char c = (char)ch;
            put(fd, &c, 1);
        } else if (ch <= 0xff) {
            puts_fd(fd, "\\x");
            put_hex(fd, ch, 2);
        } else if (ch <= 0xffff) {
            puts_fd(fd, "\\u");
            put_hex(fd, ch, 4);
        } else {
            puts_fd(fd, "\\U");
            put_hex(fd, ch, 8);
        }
    }
    if (p < end)
        puts_fd(fd, "...");
}

/* ---- the traceback --------------------------------------------------------------- */

/* One frame as CPython's dump_frame writes it: `  File "f.py", line N in
** name`, "???" for a filename or name that is not a str. */
static void dump_frame(int fd, TyFrame *f)
{
    TyCode *co = f->code;
    puts_fd(fd, "  File ");
    if (co->filename && TY_STR_CHECK(co->filename)) {
        puts_fd(fd, "\"");
        put_ascii(fd, co->filename);
        puts_fd(fd, "\"");
    } else {
        puts_fd(fd, "???");
    }
    puts_fd(fd, ", line ");
    put_decimal(fd, (unsigned long)tyCode_line(co, TY_FRAME_LASTI(f)));
    puts_fd(fd, " in ");
    if (co->name && TY_STR_CHECK(co->name))
        put_ascii(fd, co->name);
    else
        puts_fd(fd, "???");
    puts_fd(fd, "\n");
}

/* The running frames, innermost first (CPython's dump_traceback). */
static void dump_frames(int fd)
{
    TyFrame *f = ty_state.frame;
    if (!f) {
        puts_fd(fd, "  <no Python frame>\n");
        return;
    }
    for (int depth = 0; f; f = f->previous, depth++) {
        if (depth >= MAX_FRAME_DEPTH) {
            puts_fd(fd, "  ...\n");
            break;
        }
        dump_frame(fd, f);
    }
}

/*
** The traceback of every thread, as CPython's _Py_DumpTracebackThreads:
** tally has one, the interpreter's, written as "Current thread" when the
** writer is that thread in its own code (a fatal or user signal,
** dump_traceback) and as "Thread" when it was interrupted from outside (a
** timeout).
*/
static void dump_threads(int fd, bool current)
{
    puts_fd(fd, current ? "Current thread 0x" : "Thread 0x");
    put_hex(fd, (unsigned long)pthread_self(), 2 * (int)sizeof(unsigned long));
    puts_fd(fd, " (most recent call first):\n");
    if (current && ty_state.gc.collecting)
        puts_fd(fd, "  Garbage-collecting\n");
    dump_frames(fd);
}

/* The header and frames for one report; a report started while another is
** being written (a signal inside the handler) writes nothing. */
static void dump_traceback(int fd, bool all_threads, bool current)
{
    static volatile sig_atomic_t reentrant;
    if (reentrant)
        return;
    reentrant = 1;
    if (all_threads) {
        dump_threads(fd, current);
    } else {
        puts_fd(fd, "Stack (most recent call first):\n");
        dump_frames(fd);
    }
    reentrant = 0;
}

/* Is `key` a str equal to the NUL-terminated `name`? */
static bool str_is(TyObject *key, const char *name)
{
    size_t n = strlen(name);
    return TY_STR_CHECK(key) && (size_t)TY_STR_NBYTES(key) == n && memcmp(TY_STR_UTF8(key), name, n) == 0;
}

/* Does the frozenset `names` hold a str equal to `key`?  A linear walk:
** its hash table is read, nothing is hashed or allocated. */
static bool names_hold(TyObject *names, TyObject *key)
{
    ssize_t pos = 0;
    TyObject *item;
    ty_hash h;
    while (tySet_next(names, &pos, &item, &h))
        if (TY_STR_CHECK(item) && TY_STR_NBYTES(item) == TY_STR_NBYTES(key) &&
            memcmp(TY_STR_UTF8(item), TY_STR_UTF8(key), (size_t)TY_STR_NBYTES(key)) == 0)
            return true;
    return false;
}

/*
** CPython's _Py_DumpExtensionModules: the modules of sys.modules made by C
** code (tally's built-in modules, src/modtable.c) whose names are not in
** sys.stdlib_module_names, as "Extension modules: a, b (total: 2)".
*/
static void dump_extension_modules(int fd)
{
    TyObject *modules = ty_state.modules, *stdlib_names = NULL, *key, *value;
    if (!modules || !TY_DICT_CHECK(modules))
        return;
    ssize_t pos = 0;
    if (ty_state.sys)
        while (tyDict_next(TY_MODULE_DICT(ty_state.sys), &pos, &key, &value))
            if (str_is(key, "stdlib_module_names")) {
                stdlib_names = TY_FROZENSET_CHECK(value) ? value : NULL;
                break;
            }
    size_t count = 0;
    pos = 0;
    while (tyDict_next(modules, &pos, &key, &value)) {
        if (!TY_STR_CHECK(key) || !TY_MODULE_CHECK(value))
            continue;
        bool builtin = false;
        for (size_t i = 0; i < ty_builtin_module_count && !builtin; i++)
            builtin = str_is(key, ty_builtin_modules[i].name);
        if (!builtin || (stdlib_names && names_hold(stdlib_names, key)))
            continue;
        puts_fd(fd, count ? ", " : "\nExtension modules: ");
        put_ascii(fd, key);
        count++;
    }
    if (count) {
        puts_fd(fd, " (total: ");
        put_decimal(fd, count);
        puts_fd(fd, ")\n");
    }
}

/* ---- the file argument ------------------------------------------------------------ */

/*
** CPython's faulthandler_get_fileno: None or absent means sys.stderr; an
** int is the descriptor itself (*file set NULL); otherwise file.fileno(),
** after which file.flush() is called (its errors ignored).  0 with *fd
** and *file (borrowed), or -1 with the exception.
*/
static int get_fileno(TyObject **file, int *fd)
{
    TyObject *f = *file;
    if (!f || f == TY_NONE) {
        f = ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stderr)) : NULL;
        if (!f) {
            tyErr_setString(&TyExc_RuntimeError, "unable to get sys.stderr");
            return -1;
        }
        if (f == TY_NONE) {
            tyErr_setString(&TyExc_RuntimeError, "sys.stderr is None");
            return -1;
        }
    } else if (TY_INT_CHECK(f)) {
        if (tyArg_int(f, fd) < 0)
            return -1;
        if (*fd < 0) {
            tyErr_setString(&TyExc_ValueError, "file is not a valid file descripter");
            return -1;
        }
        *file = NULL;
        return 0;
    }
    TyObject *meth = tyObj_getAttrStr(f, "fileno");
    TyObject *r = meth ? tyObj_callNoArgs(meth) : NULL;
    TY_XDECREF(meth);
    if (!r)
        return -1;
    int n = -1;
    if (TY_INT_CHECK(r) && tyArg_int(r, &n) < 0)
        tyErr_clear();
    TY_DECREF(r);
    if (n < 0) {
        tyErr_setString(&TyExc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    r = tyObj_callMethod(f, TY_ID(flush), NULL, 0);
    if (r)
        TY_DECREF(r);
    else
        tyErr_clear();
    *fd = n;
    *file = f;
    return 0;
}

/* 'p' argument: 0/1, or -1 with the exception. */
static int pred(TyObject *o, int dflt)
{
    return o ? tyObj_isTrue(o) : dflt;
}

/* ---- fatal signals --------------------------------------------------------------- */

typedef struct FatalSignal {
    int signum;
    const char *name;
    bool enabled;
    struct sigaction previous;
} FatalSignal;

/* SIGSEGV last: CPython's order. */
static FatalSignal fatal_signals[] = {
    { SIGBUS, "Bus error", false, { { 0 } } },
    { SIGILL, "Illegal instruction", false, { { 0 } } },
    { SIGFPE, "Floating point exception", false, { { 0 } } },
    { SIGABRT, "Aborted", false, { { 0 } } },
    { SIGSEGV, "Segmentation fault", false, { { 0 } } },
};

static struct {
    volatile sig_atomic_t enabled;
    TyObject *file;             /* strong: keeps the descriptor's owner open */
    int fd;
    bool all_threads;
} fatal;

/* The stack the handlers run on, so that a stack overflow can be reported. */
static stack_t altstack;

/* Puts h's previous handler back, if ours is installed. */
static void restore_fatal(FatalSignal *h)
{
    if (h->enabled) {
        sigaction(h->signum, &h->previous, NULL);
        h->enabled = false;
    }
}

/* The fatal signals' handler: the header, the traceback, the extension
** modules, then the previous handler by raising the signal again. */
static void on_fatal_signal(int signum)
{
    int saved = errno;
    if (!fatal.enabled)
        return;
    FatalSignal *h = NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(fatal_signals); i++)
        if (fatal_signals[i].signum == signum)
            h = &fatal_signals[i];
    if (!h)
        return;
    restore_fatal(h);
    puts_fd(fatal.fd, "Fatal Python error: ");
    puts_fd(fatal.fd, h->name);
    puts_fd(fatal.fd, "\n\n");
    dump_traceback(fatal.fd, fatal.all_threads, true);
    dump_extension_modules(fatal.fd);
    errno = saved;
    raise(signum);
}

/* A stack for the handlers of this (the interpreter's) thread: once. */
static int ensure_altstack(void)
{
    if (altstack.ss_sp)
        return 0;
    size_t size = (size_t)sysconf(_SC_SIGSTKSZ);
    if (size < (size_t)MINSIGSTKSZ)
        size = MINSIGSTKSZ;
    size *= 4;
    void *sp = malloc(size);
    if (!sp) {
        tyErr_noMemory();
        return -1;
    }
    stack_t ss = { .ss_sp = sp, .ss_size = size, .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) < 0) {
        free(sp);
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
    altstack = ss;
    return 0;
}

/* Installs the fatal-signal handlers (once): 0, or -1 with the exception
** (CPython's RuntimeError from errno when sigaction fails). */
static int enable_fatal(void)
{
    if (fatal.enabled)
        return 0;
    if (ensure_altstack() < 0)
        return -1;
    fatal.enabled = 1;
    for (size_t i = 0; i < TY_ARRAY_LEN(fatal_signals); i++) {
        FatalSignal *h = &fatal_signals[i];
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        /* The handler raises the signal again, with the previous handler
        ** back in place: it must not be deferred. */
        sa.sa_flags = SA_NODEFER | SA_ONSTACK;
        if (sigaction(h->signum, &sa, &h->previous) < 0) {
            tyErr_fromErrno(&TyExc_RuntimeError, NULL);
            return -1;
        }
        h->enabled = true;
    }
    return 0;
}

/* Puts the previous handlers back and releases the file. */
static void disable_fatal(void)
{
    if (fatal.enabled) {
        fatal.enabled = 0;
        for (size_t i = 0; i < TY_ARRAY_LEN(fatal_signals); i++)
            restore_fatal(&fatal_signals[i]);
    }
    TY_CLEAR(fatal.file);
}

/* enable(file=sys.stderr, all_threads=True). */
TY_CFUNC(fh_enable)
{
    static const char *const names[] = { "file", "all_threads", NULL };
    TyObject *a[2] = { NULL, NULL };
    int fd, all;
    if (tyArg_unpack("enable", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        (all = pred(a[1], 1)) < 0 || get_fileno(&a[0], &fd) < 0)
        return NULL;
    TY_XSETREF(fatal.file, a[0] ? TY_NEWREF(a[0]) : NULL);
    fatal.fd = fd;
    fatal.all_threads = all;
    if (enable_fatal() < 0)
        return NULL;
    return tyNone_new();
}

/* disable(): whether the fatal-signal handlers were installed (new
** reference to a bool). */
TY_CFUNC(fh_disable)
{
    if (tyArg_checkPositional("disable", nargs, 0, 0) < 0 || tyArg_noKeywords("disable", kwnames) < 0)
        return NULL;
    if (!fatal.enabled)
        return TY_NEWREF(TY_FALSE);
    disable_fatal();
    return TY_NEWREF(TY_TRUE);
}

/* is_enabled(): a new reference to a bool. */
TY_CFUNC(fh_is_enabled)
{
    if (tyArg_checkPositional("is_enabled", nargs, 0, 0) < 0 || tyArg_noKeywords("is_enabled", kwnames) < 0)
        return NULL;
    return tyBool_from(fatal.enabled);
}

/* dump_traceback(file=sys.stderr, all_threads=True); then any signal's
** Python handler runs, as in CPython. */
TY_CFUNC(fh_dump_traceback)
{
    static const char *const names[] = { "file", "all_threads", NULL };
    TyObject *a[2] = { NULL, NULL };
    int fd, all;
    if (tyArg_unpack("dump_traceback", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        (all = pred(a[1], 1)) < 0 || get_fileno(&a[0], &fd) < 0)
        return NULL;
    dump_traceback(fd, all, true);
    if (tyErr_checkSignals() < 0)
        return NULL;
    return tyNone_new();
}

/* ---- dump_traceback_later ----------------------------------------------------------- */

static struct {
    volatile sig_atomic_t armed;
    bool have_timer;
    bool handler_installed;
    timer_t timer;
    struct sigaction previous;   /* SIGRTMAX's handler before the first use */
    TyObject *file;              /* strong */
    int fd;
    bool repeat, exit;
    char header[64];             /* "Timeout (0:00:00.500000)!\n" */
    size_t header_len;
} later;

/* The timer's signal: the header and every thread's traceback, then
** _exit(1) when asked; a single shot disarms itself. */
static void on_timeout(int signum)
{
    int saved = errno;
    if (later.armed) {
        put(later.fd, later.header, later.header_len);
        dump_traceback(later.fd, true, false);
        if (later.exit)
            _exit(1);
        if (!later.repeat)
            later.armed = 0;
    }
    errno = saved;
}

/* Disarms and deletes the timer (a signal already queued finds nothing
** armed) and releases the file. */
static void cancel_later(void)
{
    later.armed = 0;
    if (later.have_timer) {
        timer_delete(later.timer);
        later.have_timer = false;
    }
    TY_CLEAR(later.file);
}

/* Seconds (an int or a float) as CPython's _PyTime_FromSecondsObject
** reads them (nanoseconds in an int64), rounded up to microseconds
** (_PyTime_ROUND_TIMEOUT): 0 with *us, or -1 with the exception. */
static int timeout_us(TyObject *o, int64_t *us)
{
    double ns;
    if (TY_FLOAT_CHECK(o)) {
        double d = tyFloat_asDouble(o);
        if (isnan(d)) {
            tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        ns = ceil(d * 1e9);
    } else {
        TyObject *i = tyNum_index(o);
        if (!i)
            return -1;
        ns = tyFloat_asDouble(i);
        TY_DECREF(i);
        if (ns == -1 && tyErr_occurred()) {
            tyErr_clear();
            ns = INFINITY;      /* past a double: past the int64 too */
        }
        ns *= 1e9;
    }
    if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0)) {
        tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    int64_t n = (int64_t)ns;
    int64_t u = n / 1000 + (n % 1000 > 0);
    if (u <= 0) {
        tyErr_setString(&TyExc_ValueError, "timeout must be greater than 0");
        return -1;
    }
    *us = u;
    return 0;
}

/* dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False). */
TY_CFUNC(fh_dump_traceback_later)
{
    static const char *const names[] = { "timeout", "repeat", "file", "exit", NULL };
    TyObject *a[4] = { NULL, NULL, NULL, NULL };
    int repeat = 0, exit_ = 0, fd;
    int64_t us;
    if (tyArg_unpack("dump_traceback_later", args, nargs, kwnames, names, 1, 4, a) < 0 ||
        timeout_us(a[0], &us) < 0 || (a[1] && tyArg_intI(a[1], &repeat) < 0) ||
        (a[3] && tyArg_intI(a[3], &exit_) < 0) || get_fileno(&a[2], &fd) < 0)
        return NULL;
    cancel_later();
    if (!later.handler_installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_timeout;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        if (sigaction(SIGRTMAX, &sa, &later.previous) < 0)
            return tyErr_fromErrno(&TyExc_OSError, NULL);
        later.handler_installed = true;
    }
    unsigned long sec = (unsigned long)(us / 1000000), frac = (unsigned long)(us % 1000000);
    unsigned long min = sec / 60, hour = min / 60;
    if (frac)
        snprintf(later.header, sizeof later.header, "Timeout (%lu:%02lu:%02lu.%06lu)!\n", hour, min % 60,
                 sec % 60, frac);
    else
        snprintf(later.header, sizeof later.header, "Timeout (%lu:%02lu:%02lu)!\n", hour, min % 60, sec % 60);
    later.header_len = strlen(later.header);
    later.fd = fd;
    later.repeat = repeat != 0;
    later.exit = exit_ != 0;
    later.file = a[2] ? TY_NEWREF(a[2]) : NULL;

    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_THREAD_ID;
    ev.sigev_signo = SIGRTMAX;
#ifdef sigev_notify_thread_id
    ev.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
#else
    ev._sigev_un._tid = (pid_t)syscall(SYS_gettid);
#endif
    if (timer_create(CLOCK_MONOTONIC, &ev, &later.timer) < 0) {
        TY_CLEAR(later.file);
        return tyErr_setString(&TyExc_RuntimeError, "unable to start watchdog thread");
    }
    later.have_timer = true;
    struct timespec ts = { (time_t)(us / 1000000), (long)(us % 1000000) * 1000 };
    struct itimerspec its = { .it_value = ts, .it_interval = repeat ? ts : (struct timespec){ 0, 0 } };
    later.armed = 1;
    if (timer_settime(later.timer, 0, &its, NULL) < 0) {
        int err = errno;
        cancel_later();
        errno = err;
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    return tyNone_new();
}

/* cancel_dump_traceback_later(): None (new reference), also when nothing
** was armed. */
TY_CFUNC(fh_cancel_dump_traceback_later)
{
    if (tyArg_checkPositional("cancel_dump_traceback_later", nargs, 0, 0) < 0 ||
        tyArg_noKeywords("cancel_dump_traceback_later", kwnames) < 0)
        return NULL;
    cancel_later();
    return tyNone_new();
}

/* ---- user signals ------------------------------------------------------------------ */

typedef struct UserSignal {
    volatile sig_atomic_t enabled;
    TyObject *file;             /* strong, or NULL for a descriptor given as an int */
    int fd;
    bool all_threads;
    bool chain;
    struct sigaction previous;
} UserSignal;

static UserSignal *user_signals;   /* NSIG entries, made by the first register() */

static int install_user(int signum, bool chain, struct sigaction *previous);

/* A registered signal: the traceback, then (chain) the previous handler,
** by putting it back, raising the signal, and taking over again. */
static void on_user_signal(int signum)
{
    UserSignal *u = &user_signals[signum];
    int saved = errno;
    if (!u->enabled)
        return;
    dump_traceback(u->fd, u->all_threads, true);
    if (u->chain) {
        sigaction(signum, &u->previous, NULL);
        errno = saved;
        raise(signum);
        saved = errno;
        install_user(signum, true, NULL);
    }
    errno = saved;
}

/* Installs on_user_signal for signum, the previous action into *previous
** when given: sigaction's 0 / -1. */
static int install_user(int signum, bool chain, struct sigaction *previous)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_user_signal;
    sigemptyset(&sa.sa_mask);
    /* A chained handler raises the signal again from inside itself. */
    sa.sa_flags = (chain ? SA_NODEFER : SA_RESTART) | SA_ONSTACK;
    return sigaction(signum, &sa, previous);
}

/* CPython's check_signum: 1, or 0 with the exception. */
static int check_signum(int signum)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(fatal_signals); i++)
        if (fatal_signals[i].signum == signum) {
            tyErr_format(&TyExc_RuntimeError, "signal %d cannot be registered, use enable() instead", signum);
            return 0;
        }
    if (signum < 1 || signum >= NSIG) {
        tyErr_setString(&TyExc_ValueError, "signal number out of range");
        return 0;
    }
    return 1;
}

/* register(signum, file=sys.stderr, all_threads=True, chain=False). */
TY_CFUNC(fh_register)
{
    static const char *const names[] = { "signum", "file", "all_threads", "chain", NULL };
    TyObject *a[4] = { NULL, NULL, NULL, NULL };
    int signum, all, chain, fd;
    if (tyArg_unpack("register", args, nargs, kwnames, names, 1, 4, a) < 0 || tyArg_intI(a[0], &signum) < 0 ||
        (all = pred(a[2], 1)) < 0 || (chain = pred(a[3], 0)) < 0)
        return NULL;
    if (!check_signum(signum) || get_fileno(&a[1], &fd) < 0)
        return NULL;
    if (!user_signals && !(user_signals = calloc(NSIG, sizeof *user_signals)))
        return tyErr_noMemory();
    if (ensure_altstack() < 0)
        return NULL;
    UserSignal *u = &user_signals[signum];
    if (!u->enabled) {
        struct sigaction previous;
        if (install_user(signum, chain, &previous) < 0)
            return tyErr_fromErrno(&TyExc_OSError, NULL);
        u->previous = previous;
    }
    TY_XSETREF(u->file, a[1] ? TY_NEWREF(a[1]) : NULL);
    u->fd = fd;
    u->all_threads = all;
    u->chain = chain;
    u->enabled = 1;
    return tyNone_new();
}

/* Puts signum's previous handler back: whether one of ours was there. */
static bool unregister_user(int signum)
{
    UserSignal *u = user_signals ? &user_signals[signum] : NULL;
    if (!u || !u->enabled)
        return false;
    u->enabled = 0;
    sigaction(signum, &u->previous, NULL);
    TY_CLEAR(u->file);
    u->fd = -1;
    return true;
}

/* unregister(signum): whether a handler was registered. */
TY_CFUNC(fh_unregister)
{
    int signum;
    if (tyArg_noKeywords("unregister", kwnames) < 0 || tyArg_checkPositional("unregister", nargs, 1, 1) < 0 ||
        tyArg_intI(args[0], &signum) < 0 || !check_signum(signum))
        return NULL;
    return tyBool_from(unregister_user(signum));
}

/* ---- the test helpers CPython's test_faulthandler calls ---------------------------- */

/* _read_null(): reads address 0 (SIGSEGV); not checked by the sanitizers
** of a debug build, which would report the read instead of making it. */
__attribute__((no_sanitize("address", "undefined")))
TY_CFUNC(fh_read_null)
{
    volatile int *null = NULL;
    return tyInt_fromI64(*null);
}

/* _sigsegv(release_gil=False): raises SIGSEGV (the argument is accepted;
** tally has no lock to release). */
TY_CFUNC(fh_sigsegv)
{
    static const char *const names[] = { "release_gil", NULL };
    TyObject *a[1] = { NULL };
    if (tyArg_unpack("_sigsegv", args, nargs, kwnames, names, 0, 1, a) < 0 || (a[0] && pred(a[0], 0) < 0))
        return NULL;
    raise(SIGSEGV);
    return tyNone_new();
}

/* _sigabrt(): abort() (SIGABRT); never returns. */
TY_CFUNC(fh_sigabrt)
{
    abort();
}

/* _sigfpe(): raises SIGFPE; None if a handler returns. */
TY_CFUNC(fh_sigfpe)
{
    raise(SIGFPE);
    return tyNone_new();
}

/* Recurses with 4 KiB frames until the stack pointer moved 100 MB or the
** stack overflowed (SIGSEGV). */
static uintptr_t recurse(uintptr_t start, size_t *depth)
{
    volatile unsigned char buffer[4096];
    buffer[0] = 1;
    buffer[sizeof buffer - 1] = 0;
    uintptr_t sp = (uintptr_t)&buffer;
    (*depth)++;
    if (start - sp > 100 * 1024 * 1024 && start > sp)
        return sp;
    return recurse(start, depth) + buffer[0] - 1;
}

/* _stack_overflow(): overflows the C stack, or RuntimeError as CPython's
** when 100 MB did not reach its end. */
TY_CFUNC(fh_stack_overflow)
{
    size_t depth = 0;
    volatile unsigned char here;
    uintptr_t start = (uintptr_t)&here;
    uintptr_t sp = recurse(start, &depth);
    return tyErr_format(&TyExc_RuntimeError,
                        "unable to raise a stack overflow (allocated %zu bytes on the stack, %zu recursive calls)",
                        (size_t)(start - sp), depth);
}

static TyMethodDef functions[] = {
    { "enable", fh_enable, 0, "enable(file=sys.stderr, all_threads=True): enable the fault handler" },
    { "disable", fh_disable, 0, "disable(): disable the fault handler" },
    { "is_enabled", fh_is_enabled, 0, "is_enabled()->bool: check if the handler is enabled" },
    { "dump_traceback", fh_dump_traceback, 0,
      "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file" },
    { "dump_traceback_later", fh_dump_traceback_later, 0,
      "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\n"
      "dump the traceback of all threads in timeout seconds,\n"
      "or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe." },
    { "cancel_dump_traceback_later", fh_cancel_dump_traceback_later, 0,
      "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()." },
    { "register", fh_register, 0,
      "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file" },
    { "unregister", fh_unregister, 0, "unregister(signum): unregister the handler of the signal 'signum' registered by register()" },
    { "_read_null", fh_read_null, 0, "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform" },
    { "_sigsegv", fh_sigsegv, 0, "_sigsegv(release_gil=False): raise a SIGSEGV signal" },
    { "_sigabrt", fh_sigabrt, 0, "_sigabrt(): raise a SIGABRT signal" },
    { "_sigfpe", fh_sigfpe, 0, "_sigfpe(): raise a SIGFPE signal" },
    { "_stack_overflow", fh_stack_overflow, 0, "_stack_overflow(): recursive call to raise a stack overflow" },
    { NULL, NULL, 0, NULL },
};

/* The module: new reference, or NULL. */
TyObject *tyFaulthandler_create(void)
{
    return tyModule_new("faulthandler", functions);
}

/*
** -X faulthandler, PYTHONFAULTHANDLER (non-empty, unless -E) and -X dev
** enable the handler at start-up, as CPython's _PyFaulthandler_Init does.
** 0, or -1 with the exception.
*/
int tyFaulthandler_startup(bool xoption)
{
    const char *env = ty_state.opt.ignore_environment ? NULL : getenv("PYTHONFAULTHANDLER");
    if (!xoption && !(env && *env) && !ty_state.opt.dev_mode)
        return 0;
    TyObject *m = tyImport_importC("faulthandler");
    TyObject *r = m ? fh_enable(m, NULL, 0, NULL) : NULL;
    TY_XDECREF(m);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* At exit: every handler back to what it was, the files released. */
void tyFaulthandler_fini(void)
{
    disable_fatal();
    cancel_later();
    if (later.handler_installed) {
        sigaction(SIGRTMAX, &later.previous, NULL);
        later.handler_installed = false;
    }
    if (user_signals) {
        for (int i = 1; i < NSIG; i++)
            unregister_user(i);
        free(user_signals);
        user_signals = NULL;
    }
    if (altstack.ss_sp) {
        stack_t off = { .ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE };
        sigaltstack(&off, NULL);
        free(altstack.ss_sp);
        altstack.ss_sp = NULL;
    }
}
