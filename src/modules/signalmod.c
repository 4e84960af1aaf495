/*
** signalmod.c — the `_signal` module under CPython's signal.py: Python
** handlers for signals, the SIG* numbers, wakeup descriptors, alarms and
** interval timers, signal masks.
**
** A signal with a Python handler is caught by one C handler that only
** marks it (an async-signal-safe store), asks the VM to stop at its next
** safe point and writes the number to the wakeup descriptor; the VM then
** calls tySignal_runHandlers (through tyErr_checkSignals), which calls
** the Python handlers of the marked signals, lowest number first, with
** the signal number and the running frame.  A handler's exception is
** raised where the program was, as in CPython.  SIGINT keeps main.c's
** handler (KeyboardInterrupt) until a program installs one of its own;
** getsignal(SIGINT) is default_int_handler meanwhile.
*/
#define _GNU_SOURCE            /* strsignal */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include "tally.h"
#include "vm.h"
#include "modules/signalmod.h"
#include "modules/posix.h"
#include "objects/class.h"
#include "objects/frame.h"
#include "objects/set.h"

/* Signals caught and not yet handled, and the wakeup descriptor: written by
** the C handler, so process-wide by nature (ty_state.mod.signal holds the
** Python handlers). */
static volatile sig_atomic_t tripped[NSIG];
static volatile sig_atomic_t wakeup_fd = -1;

/* The one C handler of signals with a Python handler. */
static void on_signal(int sig)
{
    int saved = errno;
    tripped[sig] = 1;
    ty_state.signals_pending = 1;
    tyState_raiseBreaker();
    if (wakeup_fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(wakeup_fd, &b, 1);
        (void)r;
    }
    errno = saved;
}

int tySignal_runHandlers(void)
{
    ty_state.signals_pending = 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!tripped[sig])
            continue;
        tripped[sig] = 0;
        TyObject *h = ty_state.mod.signal.handlers[sig];
        if (!h || !tyObj_isCallable(h))
            continue;
        TyObject *num = tyInt_fromI64(sig);
        TyFrame *f = tyVM_currentFrame();
        TyObject *frame = f ? (TyObject *)tyFrame_getObject(f) : TY_NONE;
        TyObject *args[2] = { num, frame };
        TY_INCREF(h);
        TyObject *r = num && frame ? tyObj_call(h, args, 2, NULL) : NULL;
        TY_DECREF(h);
        TY_XDECREF(num);
        if (!r) {
            /* The rest wait for the next safe point. */
            for (int s = sig + 1; s < NSIG; s++)
                if (tripped[s])
                    ty_state.signals_pending = 1;
            if (ty_state.signals_pending)
                tyState_raiseBreaker();
            return -1;
        }
        TY_DECREF(r);
    }
    return 0;
}

/*
** Makes signal sig look arrived (_thread.interrupt_main): its Python
** handler runs at the VM's next safe point.  Nothing happens when sig is
** ignored or has its default action, as in CPython; SIGINT before `_signal`
** is imported is main.c's KeyboardInterrupt.  0, or -1 with ValueError for
** a number out of range.
*/
int tySignal_simulate(int sig)
{
    if (sig < 1 || sig >= NSIG) {
        tyErr_setString(&TyExc_ValueError, "signal number out of range");
        return -1;
    }
    TyObject *h = ty_state.mod.signal.handlers[sig];
    if (sig == SIGINT && !ty_state.mod.signal.default_int_handler) {
        ty_state.sigint_pending = 1;
        tyState_raiseBreaker();
        return 0;
    }
    if (!h || !tyObj_isCallable(h))
        return 0;
    tripped[sig] = 1;
    ty_state.signals_pending = 1;
    tyState_raiseBreaker();
    return 0;
}

/* ---- arguments ----------------------------------------------------------------------- */

static int signum_arg(TyObject *o, int *sig)
{
    int64_t v;
    if (tyPosix_int(o, &v) < 0)
        return -1;
    if (v < 1 || v >= NSIG) {
        tyErr_setString(&TyExc_ValueError, "signal number out of range");
        return -1;
    }
    *sig = (int)v;
    return 0;
}

static int positional(const char *fname, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    if (min == 0 && max == 0)
        return tyArg_checkPositional(fname, nargs, 0, 0);
    return tyArg_checkCount(fname, nargs, min, max);
}

static TyObject *sigset_to_set(const sigset_t *set)
{
    TyObject *r = tySet_new(NULL);
    for (int sig = 1; r && sig < NSIG; sig++) {
        if (sigismember(set, sig) != 1)
            continue;
        TyObject *n = tyInt_fromI64(sig);
        if (!n || tySet_add(r, n) < 0)
            TY_CLEAR(r);
        TY_XDECREF(n);
    }
    return r;
}

static int iterable_to_sigset(TyObject *o, sigset_t *set)
{
    sigemptyset(set);
    TyObject *it = tyObj_getIter(o);
    if (!it)
        return -1;
    TyObject *item;
    int r = 0;
    while (r == 0 && (item = tyIter_next(it))) {
        int64_t v;
        r = tyPosix_int(item, &v);
        /* Past a C long, CPython's PyLong_AsLongAndOverflow gives -1. */
        if (r < 0 && tyErr_exceptionMatches(&TyExc_OverflowError)) {
            tyErr_clear();
            v = -1;
            r = 0;
        }
        if (r == 0 && (v < 1 || v >= NSIG)) {
            tyErr_format(&TyExc_ValueError, "signal number %lld out of range [1; %d]", (long long)v, NSIG - 1);
            r = -1;
        }
        if (r == 0)
            sigaddset(set, (int)v);
        TY_DECREF(item);
    }
    TY_DECREF(it);
    return r < 0 || tyErr_occurred() ? -1 : 0;
}

/* ---- handlers ---------------------------------------------------------------------------- */

static TyObject *sg_signal(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("signal", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    TyObject *h = args[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    if (tyObj_isCallable(h)) {
        sa.sa_handler = on_signal;
    } else {
        int64_t v = -1;
        if (TY_INT_CHECK(h) && tyInt_asI64(h, &v) < 0)
            tyErr_clear();
        if (v != 0 && v != 1)
            return tyErr_setString(&TyExc_TypeError,
                                   "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        sa.sa_handler = v == 0 ? SIG_DFL : SIG_IGN;
    }
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (sigaction(sig, &sa, NULL) < 0)
        return tyPosix_error(NULL, NULL);
    TyObject *old = ty_state.mod.signal.handlers[sig];
    ty_state.mod.signal.handlers[sig] = TY_NEWREF(h);
    tripped[sig] = 0;
    return old ? old : TY_NEWREF(TY_NONE);
}

static TyObject *sg_getsignal(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("getsignal", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    return TY_NEWREF(ty_state.mod.signal.handlers[sig] ? ty_state.mod.signal.handlers[sig] : TY_NONE);
}

static TyObject *sg_default_int_handler(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyErr_setNone(&TyExc_KeyboardInterrupt);
}

static TyObject *sg_raise_signal(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("raise_signal", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    if (raise(sig) != 0)
        return tyPosix_error(NULL, NULL);
    if (tyErr_checkSignals() < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

static TyObject *sg_strsignal(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("strsignal", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    const char *s = strsignal(sig);
    if (!s || strncmp(s, "Unknown signal", 14) == 0)
        return TY_NEWREF(TY_NONE);
    return tyStr_fromCStr(s);
}

static TyObject *sg_valid_signals(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("valid_signals", nargs, kwnames, 0, 0) < 0)
        return NULL;
    sigset_t all;
    sigfillset(&all);
    return sigset_to_set(&all);
}

static TyObject *sg_set_wakeup_fd(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "fd", "warn_on_full_buffer", NULL };
    TyObject *a[2];
    if (tyArg_unpack("set_wakeup_fd", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    int fd;
    bool warn;
    if (tyPosix_fd(a[0], &fd) < 0 || tyPosix_flag(a[1], true, &warn) < 0)
        return NULL;
    if (fd != -1) {
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0)
            return tyPosix_error(NULL, NULL);
        if (!(fl & O_NONBLOCK))
            return tyErr_format(&TyExc_ValueError, "the fd %d must be in non-blocking mode", fd);
    }
    int old = wakeup_fd;
    wakeup_fd = fd;
    return tyInt_fromI64(old);
}

static TyObject *sg_siginterrupt(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("siginterrupt", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int sig;
    bool flag;
    if (signum_arg(args[0], &sig) < 0 || tyPosix_flag(args[1], false, &flag) < 0)
        return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0)
        return tyPosix_error(NULL, NULL);
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0)
        return tyPosix_error(NULL, NULL);
    return TY_NEWREF(TY_NONE);
}

/* ---- waiting and timers ---------------------------------------------------------------- */

static TyObject *sg_alarm(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t secs;
    if (positional("alarm", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &secs) < 0)
        return NULL;
    return tyInt_fromI64(alarm((unsigned)secs));
}

static TyObject *sg_pause(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("pause", nargs, kwnames, 0, 0) < 0)
        return NULL;
    pause();
    if (tyErr_checkSignals() < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

static double tv_seconds(const struct timeval *tv)
{
    return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

static TyObject *itimer_tuple(const struct itimerval *v)
{
    TyObject *a = tyFloat_from(tv_seconds(&v->it_value)), *b = tyFloat_from(tv_seconds(&v->it_interval));
    TyObject *r = a && b ? tyTuple_pack(2, a, b) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    return r;
}

static int seconds_to_tv(TyObject *o, struct timeval *tv)
{
    double d = tyFloat_asDouble(o);
    if (d == -1 && tyErr_occurred())
        return -1;
    if (d < 0)
        d = 0;
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - floor(d)) * 1e6);
    if (d > 0 && tv->tv_sec == 0 && tv->tv_usec == 0)
        tv->tv_usec = 1;
    return 0;
}

static TyObject *itimer_failed(void)
{
    int err = errno;
    TyObject *a = tyInt_fromI64(err), *b = tyStr_fromCStr(strerror(err));
    if (a && b) {
        TyObject *args[2] = { a, b };
        TyObject *exc = tyObj_call(ty_state.mod.signal.itimer_error, args, 2, NULL);
        if (exc) {
            tyErr_setRaised(exc);
            TY_DECREF(exc);
        }
    }
    TY_XDECREF(a);
    TY_XDECREF(b);
    return NULL;
}

static TyObject *sg_setitimer(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("setitimer", nargs, kwnames, 2, 3) < 0)
        return NULL;
    int64_t which;
    struct itimerval nv = { { 0, 0 }, { 0, 0 } }, old;
    if (tyPosix_int(args[0], &which) < 0 || seconds_to_tv(args[1], &nv.it_value) < 0 ||
        (nargs > 2 && seconds_to_tv(args[2], &nv.it_interval) < 0))
        return NULL;
    if (setitimer((int)which, &nv, &old) != 0)
        return itimer_failed();
    return itimer_tuple(&old);
}

static TyObject *sg_getitimer(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t which;
    if (positional("getitimer", nargs, kwnames, 1, 1) < 0 || tyPosix_int(args[0], &which) < 0)
        return NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) != 0)
        return itimer_failed();
    return itimer_tuple(&v);
}

/* ---- masks ----------------------------------------------------------------------------- */

static TyObject *sg_pthread_sigmask(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("pthread_sigmask", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t how;
    sigset_t set, old;
    if (tyPosix_int(args[0], &how) < 0 || iterable_to_sigset(args[1], &set) < 0)
        return NULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) {
        errno = err;
        return tyPosix_error(NULL, NULL);
    }
    if (tyErr_checkSignals() < 0)
        return NULL;
    return sigset_to_set(&old);
}

static TyObject *sg_pthread_kill(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("pthread_kill", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t tid;
    int sig;
    if (tyPosix_int(args[0], &tid) < 0 || signum_arg(args[1], &sig) < 0)
        return NULL;
    int err = pthread_kill((pthread_t)tid, sig);
    if (err) {
        errno = err;
        return tyPosix_error(NULL, NULL);
    }
    if (tyErr_checkSignals() < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

static TyObject *sg_sigpending(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("sigpending", nargs, kwnames, 0, 0) < 0)
        return NULL;
    sigset_t set;
    if (sigpending(&set) < 0)
        return tyPosix_error(NULL, NULL);
    return sigset_to_set(&set);
}

static TyObject *sg_sigwait(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (positional("sigwait", nargs, kwnames, 1, 1) < 0)
        return NULL;
    sigset_t set;
    int sig;
    if (iterable_to_sigset(args[0], &set) < 0)
        return NULL;
    int err = sigwait(&set, &sig);
    if (err) {
        errno = err;
        return tyPosix_error(NULL, NULL);
    }
    return tyInt_fromI64(sig);
}

static TyMethodDef signal_functions[] = {
    { "signal", sg_signal, TY_METH_DEFAULT, "Set the action for the given signal." },
    { "getsignal", sg_getsignal, TY_METH_DEFAULT, "Return the current action for the given signal." },
    { "default_int_handler", sg_default_int_handler, TY_METH_DEFAULT, "The default handler for SIGINT installed by Python." },
    { "raise_signal", sg_raise_signal, TY_METH_DEFAULT, "Send a signal to the executing process." },
    { "strsignal", sg_strsignal, TY_METH_DEFAULT, "Return the system description of the given signal." },
    { "valid_signals", sg_valid_signals, TY_METH_DEFAULT, "Return a set of valid signal numbers on this platform." },
    { "set_wakeup_fd", sg_set_wakeup_fd, TY_METH_DEFAULT, "Sets the fd to be written to (with the signal number) when a signal comes in." },
    { "siginterrupt", sg_siginterrupt, TY_METH_DEFAULT, "Change system call restart behaviour." },
    { "alarm", sg_alarm, TY_METH_DEFAULT, "Arrange for SIGALRM to arrive after the given number of seconds." },
    { "pause", sg_pause, TY_METH_DEFAULT, "Wait until a signal arrives." },
    { "setitimer", sg_setitimer, TY_METH_DEFAULT, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)." },
    { "getitimer", sg_getitimer, TY_METH_DEFAULT, "Returns current value of given itimer." },
    { "pthread_sigmask", sg_pthread_sigmask, TY_METH_DEFAULT, "Fetch and/or change the signal mask of the calling thread." },
    { "pthread_kill", sg_pthread_kill, TY_METH_DEFAULT, "Send a signal to a thread." },
    { "sigpending", sg_sigpending, TY_METH_DEFAULT, "Examine pending signals." },
    { "sigwait", sg_sigwait, TY_METH_DEFAULT, "Wait for a signal." },
    { NULL, NULL, 0, NULL },
};

typedef struct SigName {
    const char *name;
    int value;
} SigName;

#define S(name) { #name, name },

static const SigName signal_names[] = {
    S(SIGABRT) S(SIGALRM) S(SIGBUS) S(SIGCHLD) S(SIGCLD) S(SIGCONT) S(SIGFPE) S(SIGHUP) S(SIGILL)
    S(SIGINT) S(SIGIO) S(SIGIOT) S(SIGKILL) S(SIGPIPE) S(SIGPOLL) S(SIGPROF) S(SIGPWR) S(SIGQUIT)
    S(SIGSEGV) S(SIGSTKFLT) S(SIGSTOP) S(SIGSYS) S(SIGTERM) S(SIGTRAP) S(SIGTSTP) S(SIGTTIN)
    S(SIGTTOU) S(SIGURG) S(SIGUSR1) S(SIGUSR2) S(SIGVTALRM) S(SIGWINCH) S(SIGXCPU) S(SIGXFSZ)
    S(SIG_BLOCK) S(SIG_UNBLOCK) S(SIG_SETMASK) S(NSIG)
    S(ITIMER_REAL) S(ITIMER_VIRTUAL) S(ITIMER_PROF)
};

#undef S

/* Each signal's disposition as the process started, in getsignal's
** terms: SIG_DFL, SIG_IGN, or None (NULL) for a handler set in C. */
static void record_dispositions(void)
{
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sig == SIGINT)
            ty_state.mod.signal.handlers[sig] = TY_NEWREF(ty_state.mod.signal.default_int_handler);
        else if (sigaction(sig, NULL, &sa) == 0 && (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN))
            ty_state.mod.signal.handlers[sig] = tyInt_fromI64(sa.sa_handler == SIG_IGN);
    }
}

TyObject *tySignal_create(void)
{
    TyObject *m = tyModule_new("_signal", signal_functions);
    if (!m)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(signal_names); i++)
        if (tyModule_addInt(m, signal_names[i].name, signal_names[i].value) < 0)
            goto fail;
    if (tyModule_addInt(m, "SIG_DFL", 0) < 0 || tyModule_addInt(m, "SIG_IGN", 1) < 0 ||
        tyModule_addInt(m, "SIGRTMIN", SIGRTMIN) < 0 || tyModule_addInt(m, "SIGRTMAX", SIGRTMAX) < 0)
        goto fail;
    if (!ty_state.mod.signal.default_int_handler) {
        ty_state.mod.signal.default_int_handler = tyDict_getItemStr(TY_MODULE_DICT(m), "default_int_handler");
        TY_XINCREF(ty_state.mod.signal.default_int_handler);
        if (!ty_state.mod.signal.default_int_handler)
            goto fail;
        record_dispositions();
    }
    if (!ty_state.mod.signal.itimer_error) {
        TyObject *bases = tyTuple_pack(1, (TyObject *)&TyExc_OSError);
        ty_state.mod.signal.itimer_error = bases ? tyClass_newBuiltin("signal", "itimer_error", bases) : NULL;
        TY_XDECREF(bases);
        if (!ty_state.mod.signal.itimer_error)
            goto fail;
    }
    if (tyModule_addObject(m, "ItimerError", ty_state.mod.signal.itimer_error) < 0)
        goto fail;
    return m;
fail:
    TY_DECREF(m);
    return NULL;
}

void tySignal_fini(void)
{
    /* Signals that would call Python code go back to their defaults
    ** (SIGINT to KeyboardInterrupt's pending flag, which nothing reads now). */
    for (int sig = 1; sig < NSIG; sig++) {
        if (ty_state.mod.signal.handlers[sig] && tyObj_isCallable(ty_state.mod.signal.handlers[sig]) && sig != SIGINT)
            signal(sig, SIG_DFL);
        TY_CLEAR(ty_state.mod.signal.handlers[sig]);
    }
    wakeup_fd = -1;
    TY_CLEAR(ty_state.mod.signal.default_int_handler);
    TY_CLEAR(ty_state.mod.signal.itimer_error);
}
