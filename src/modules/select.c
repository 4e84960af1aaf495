/*
** select.c — the `select` module: select(), poll objects and epoll objects
** over the Linux system calls, with CPython 3.11's names, argument rules,
** messages and results, which is what selectors.py and asyncio use.
**
** Every wait is retried after EINTR with the time that is left (PEP 475),
** after giving a pending Ctrl-C its chance to raise KeyboardInterrupt.
** select.error is OSError, as in CPython.
*/
#define _GNU_SOURCE /* POLLRDHUP, POLLMSG */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>
#include "tally.h"
#include "modules/select.h"

int tySelect_fileDescriptor(TyObject *o)
{
    TyObject *value;
    if (TY_INT_CHECK(o)) {
        value = TY_NEWREF(o);
    } else {
        TyObject *meth = tyObj_getAttrStr(o, "fileno");
        if (!meth) {
            if (!tyErr_exceptionMatches(&TyExc_AttributeError))
                return -1;
            tyErr_clear();
            tyErr_setString(&TyExc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        value = tyObj_call(meth, NULL, 0, NULL);
        TY_DECREF(meth);
        if (!value)
            return -1;
        if (!TY_INT_CHECK(value)) {
            TY_DECREF(value);
            tyErr_setString(&TyExc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t fd;
    int r = tyInt_asI64(value, &fd);
    TY_DECREF(value);
    if (r < 0 || fd > INT_MAX || fd < INT_MIN) {
        if (r == 0 || tyErr_exceptionMatches(&TyExc_OverflowError)) {
            tyErr_clear();
            if (fd > 0)
                tyArg_tooLarge("int");
            else
                tyErr_setString(&TyExc_OverflowError, "Python int too small to convert to C int");
        }
        return -1;
    }
    if (fd < 0) {
        tyErr_format(&TyExc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)fd);
        return -1;
    }
    return (int)fd;
}

double tySelect_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A timeout (int or float; None gives -1, meaning "wait forever" to the
** caller) in units of which `per_second` make a second: 0 with *out set,
** or -1 with the exception CPython's _PyTime conversions give (a value
** past 64-bit nanoseconds overflows), TypeError as `type_msg`. */
static int time_arg(TyObject *o, const char *type_msg, double per_second, double *out)
{
    if (o == TY_NONE) {
        *out = -1;
        return 0;
    }
    double d;
    if (TY_FLOAT_CHECK(o)) {
        d = tyFloat_asDouble(o);
        if (isnan(d)) {
            tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else if (TY_INT_CHECK(o)) {
        d = tyInt_asDouble(o);
        if (d == -1 && tyErr_occurred())
            tyErr_clear(), d = INFINITY;
    } else {
        tyErr_setString(&TyExc_TypeError, type_msg);
        return -1;
    }
    if (fabs(d / per_second) > 9.2e9) {
        tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = d / per_second;
    return 0;
}

/* Milliseconds for poll()/epoll_wait(), rounded up as CPython rounds them;
** -1 (forever) for a negative time.  -1 with OverflowError when past an
** int. */
static int to_ms(double seconds, int *ms)
{
    if (seconds < 0) {
        *ms = -1;
        return 0;
    }
    double m = ceil(seconds * 1e3);
    if (m > INT_MAX) {
        tyErr_setString(&TyExc_OverflowError, "timeout is too large");
        return -1;
    }
    *ms = (int)m;
    return 0;
}

/* After an EINTR: -1 when a signal raised; otherwise 0 with *ms set to the
** time left until `deadline` (unchanged when waiting forever). */
static int after_eintr(double deadline, int *ms)
{
    if (tyErr_checkSignals() < 0)
        return -1;
    if (*ms >= 0) {
        double left = deadline - tySelect_monotonic();
        *ms = left > 0 ? (int)ceil(left * 1e3) : 0;
    }
    return 0;
}

/* ---- select() ------------------------------------------------------------------------ */

/* One of select()'s three lists: the objects (a new list) and their
** descriptors (malloc'd), added to `set`; -1 with the exception. */
static int gather_fds(TyObject *seq, fd_set *set, int *maxfd, TyObject **objs, int **fds)
{
    *objs = NULL;
    *fds = NULL;
    TyObject *list = tyList_fromIterable(seq);
    if (!list) {
        if (tyErr_exceptionMatches(&TyExc_TypeError)) {
            tyErr_clear();
            tyErr_setString(&TyExc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    ssize_t n = TY_LIST_LEN(list);
    int *v = malloc(((size_t)n + 1) * sizeof *v);
    if (!v) {
        TY_DECREF(list);
        tyErr_noMemory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        int fd = tySelect_fileDescriptor(TY_LIST_GET(list, i));
        if (fd < 0) {
            free(v);
            TY_DECREF(list);
            return -1;
        }
        if (fd >= FD_SETSIZE) {
            free(v);
            TY_DECREF(list);
            tyErr_setString(&TyExc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        FD_SET(fd, set);
        if (fd > *maxfd)
            *maxfd = fd;
        v[i] = fd;
    }
    *objs = list;
    *fds = v;
    return 0;
}

/* The objects of `objs` whose descriptor is in `set`: a new list. */
static TyObject *ready_objects(TyObject *objs, const int *fds, fd_set *set)
{
    TyObject *out = tyList_new(0);
    for (ssize_t i = 0; out && i < TY_LIST_LEN(objs); i++)
        if (FD_ISSET(fds[i], set) && tyList_append(out, TY_LIST_GET(objs, i)) < 0)
            TY_CLEAR(out);
    return out;
}

/* select(rlist, wlist, xlist, timeout=None) -> (rready, wready, xready) */
TY_CFUNC(sel_select)
{
    if (tyArg_noKeywords("select", kwnames) < 0 || tyArg_checkPositional("select", nargs, 3, 4) < 0)
        return NULL;
    double timeout = -1;
    if (nargs == 4) {
        if (time_arg(args[3], "timeout must be a float or None", 1, &timeout) < 0)
            return NULL;
        if (args[3] != TY_NONE && timeout < 0)
            return tyErr_setString(&TyExc_ValueError, "timeout must be non-negative");
    }
    fd_set sets[3];
    TyObject *objs[3] = { NULL, NULL, NULL };
    int *fds[3] = { NULL, NULL, NULL };
    int maxfd = -1;
    TyObject *result = NULL;
    for (int k = 0; k < 3; k++) {
        FD_ZERO(&sets[k]);
        if (gather_fds(args[k], &sets[k], &maxfd, &objs[k], &fds[k]) < 0)
            goto done;
    }
    double deadline = tySelect_monotonic() + (timeout > 0 ? timeout : 0);
    fd_set in[3];
    for (;;) {
        memcpy(in, sets, sizeof in);
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            double left = deadline - tySelect_monotonic();
            if (left < 0 || timeout == 0)
                left = 0;
            double us = ceil(left * 1e6);
            tv.tv_sec = (time_t)(us / 1e6);
            tv.tv_usec = (suseconds_t)(us - (double)tv.tv_sec * 1e6);
            tvp = &tv;
        }
        int n = select(maxfd + 1, &in[0], &in[1], &in[2], tvp);
        if (n >= 0)
            break;
        if (errno != EINTR) {
            tyErr_fromErrno(&TyExc_OSError, NULL);
            goto done;
        }
        if (tyErr_checkSignals() < 0)
            goto done;
    }
    TyObject *r[3] = { NULL, NULL, NULL };
    for (int k = 0; k < 3; k++)
        r[k] = ready_objects(objs[k], fds[k], &in[k]);
    if (r[0] && r[1] && r[2])
        result = tyTuple_pack(3, r[0], r[1], r[2]);
    for (int k = 0; k < 3; k++)
        TY_XDECREF(r[k]);
done:
    for (int k = 0; k < 3; k++) {
        TY_XDECREF(objs[k]);
        free(fds[k]);
    }
    return result;
}

/* ---- poll objects ---------------------------------------------------------------------- */

/* The registered descriptors in registration order (CPython keeps a dict,
** whose order this is: modify keeps a place, unregister gives it up). */
typedef struct Poll {
    TyObject ob;
    struct pollfd *fds;
    size_t count, cap;
    bool polling;
} Poll;

static TyType Poll_Type;

static void poll_dealloc(TyObject *o)
{
    free(((Poll *)o)->fds);
    tyObj_free(o);
}

static ssize_t poll_find(Poll *p, int fd)
{
    for (size_t i = 0; i < p->count; i++)
        if (p->fds[i].fd == fd)
            return (ssize_t)i;
    return -1;
}

/* An event mask as C unsigned short, with CPython's errors. */
static int event_mask_ushort(TyObject *o, unsigned short *out)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = tyInt_asI64(i, &v);
    bool negative = tyInt_sign(i) < 0;
    TY_DECREF(i);
    if (negative) {
        tyErr_clear();
        tyErr_setString(&TyExc_ValueError, "value must be positive");
        return -1;
    }
    if (r < 0 || v > USHRT_MAX) {
        tyErr_clear();
        tyErr_setString(&TyExc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

/* register(fd, eventmask=POLLIN|POLLPRI|POLLOUT) and modify(fd, eventmask):
** the shared argument reading. */
static int poll_fd_mask(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                        size_t min, int *fd, unsigned short *mask)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, min, 2) < 0)
        return -1;
    if ((*fd = tySelect_fileDescriptor(args[0])) < 0)
        return -1;
    *mask = POLLIN | POLLPRI | POLLOUT;
    return nargs == 2 ? event_mask_ushort(args[1], mask) : 0;
}

TY_CFUNC(poll_register)
{
    int fd;
    unsigned short mask;
    if (poll_fd_mask("register", args, nargs, kwnames, 1, &fd, &mask) < 0)
        return NULL;
    Poll *p = (Poll *)self;
    ssize_t at = poll_find(p, fd);
    if (at < 0) {
        if (p->count == p->cap) {
            size_t cap = p->cap ? p->cap * 2 : 8;
            struct pollfd *v = realloc(p->fds, cap * sizeof *v);
            if (!v)
                return tyErr_noMemory();
            p->fds = v;
            p->cap = cap;
        }
        at = (ssize_t)p->count++;
        p->fds[at].fd = fd;
    }
    p->fds[at].events = (short)mask;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(poll_modify)
{
    int fd;
    unsigned short mask;
    if (poll_fd_mask("modify", args, nargs, kwnames, 2, &fd, &mask) < 0)
        return NULL;
    Poll *p = (Poll *)self;
    ssize_t at = poll_find(p, fd);
    if (at < 0) {
        errno = ENOENT;
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    p->fds[at].events = (short)mask;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(poll_unregister)
{
    if (tyArg_noKeywords("unregister", kwnames) < 0 || tyArg_checkPositional("unregister", nargs, 1, 1) < 0)
        return NULL;
    int fd = tySelect_fileDescriptor(args[0]);
    if (fd < 0)
        return NULL;
    Poll *p = (Poll *)self;
    ssize_t at = poll_find(p, fd);
    if (at < 0) {
        TyObject *key = tyInt_fromI64(fd);
        if (key) {
            tyDict_setKeyError(key);
            TY_DECREF(key);
        }
        return NULL;
    }
    memmove(&p->fds[at], &p->fds[at + 1], (p->count - (size_t)at - 1) * sizeof *p->fds);
    p->count--;
    return TY_NEWREF(TY_NONE);
}

/* A list of (fd, events) pairs: a new reference. */
static TyObject *event_list(const int *fds, const unsigned *events, int n)
{
    TyObject *list = tyList_new(0);
    for (int i = 0; list && i < n; i++) {
        TyObject *a = tyInt_fromI64(fds[i]);
        TyObject *b = a ? tyInt_fromU64(events[i]) : NULL;
        TyObject *t = b ? tyTuple_pack(2, a, b) : NULL;
        TY_XDECREF(a);
        TY_XDECREF(b);
        if (!t || tyList_appendSteal(list, t) < 0)
            TY_CLEAR(list);
    }
    return list;
}

/* poll(timeout=None): timeout in milliseconds; None or negative waits. */
TY_CFUNC(poll_poll)
{
    if (tyArg_noKeywords("poll", kwnames) < 0 || tyArg_checkPositional("poll", nargs, 0, 1) < 0)
        return NULL;
    double seconds = -1;
    if (nargs == 1 && time_arg(args[0], "timeout must be an integer or None", 1e3, &seconds) < 0)
        return NULL;
    int ms;
    if (to_ms(seconds, &ms) < 0)
        return NULL;
    Poll *p = (Poll *)self;
    if (p->polling)
        return tyErr_setString(&TyExc_RuntimeError, "concurrent poll() invocation");
    /* Poll a copy: a signal handler run after EINTR may change the set. */
    size_t n = p->count;
    struct pollfd *set = malloc((n ? n : 1) * sizeof *set);
    if (!set)
        return tyErr_noMemory();
    if (n)
        memcpy(set, p->fds, n * sizeof *set);
    double deadline = tySelect_monotonic() + (ms > 0 ? ms / 1e3 : 0);
    int got;
    p->polling = true;
    for (;;) {
        got = poll(set, n, ms);
        if (got >= 0 || errno != EINTR)
            break;
        if (after_eintr(deadline, &ms) < 0) {
            p->polling = false;
            free(set);
            return NULL;
        }
    }
    p->polling = false;
    if (got < 0) {
        free(set);
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    int *fds = malloc(((size_t)got + 1) * sizeof *fds);
    unsigned *events = malloc(((size_t)got + 1) * sizeof *events);
    int k = 0;
    for (size_t i = 0; fds && events && i < n && k < got; i++)
        if (set[i].revents) {
            fds[k] = set[i].fd;
            events[k++] = (unsigned short)set[i].revents;
        }
    TyObject *r = fds && events ? event_list(fds, events, k) : tyErr_noMemory();
    free(fds);
    free(events);
    free(set);
    return r;
}

static TyMethodDef poll_methods[] = {
    { "register", poll_register, TY_METH_DEFAULT, "Register a file descriptor with the polling object." },
    { "modify", poll_modify, TY_METH_DEFAULT, "Modify an already registered file descriptor." },
    { "unregister", poll_unregister, TY_METH_DEFAULT, "Remove a file descriptor being tracked by the polling object." },
    { "poll", poll_poll, TY_METH_DEFAULT, "Polls the set of registered file descriptors." },
    { NULL, NULL, 0, NULL },
};

static TyType Poll_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "select.poll",
    .basicsize = sizeof(Poll),
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

TY_CFUNC(sel_poll)
{
    if (tyArg_noKeywords("poll", kwnames) < 0 || tyArg_checkPositional("poll", nargs, 0, 0) < 0)
        return NULL;
    Poll *p = (Poll *)tyObj_alloc(&Poll_Type);
    if (p) {
        p->fds = NULL;
        p->count = p->cap = 0;
        p->polling = false;
    }
    return (TyObject *)p;
}

/* ---- epoll objects --------------------------------------------------------------------- */

typedef struct Epoll {
    TyObject ob;
    int fd;     /* -1 once closed */
} Epoll;

static TyType Epoll_Type;

static void epoll_dealloc(TyObject *o)
{
    Epoll *e = (Epoll *)o;
    if (e->fd >= 0)
        close(e->fd);
    tyObj_free(o);
}

static TyObject *epoll_wrap(TyType *type, int fd)
{
    Epoll *e = (Epoll *)tyType_genericAlloc(type, 0);
    if (!e) {
        close(fd);
        return NULL;
    }
    e->fd = fd;
    return (TyObject *)e;
}

/* epoll(sizehint=-1, flags=0) */
static TyObject *epoll_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "sizehint", "flags", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (tyArg_unpack("epoll", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    if (a[0]) {
        ssize_t hint = tyNum_asSsize(a[0], NULL);
        if (hint == -1 && tyErr_occurred())
            return NULL;
        if (hint == 0 || hint < -1)
            return tyErr_setString(&TyExc_ValueError, "negative sizehint");
    }
    if (a[1]) {
        ssize_t flags = tyNum_asSsize(a[1], NULL);
        if (flags == -1 && tyErr_occurred())
            return NULL;
        if (flags && flags != EPOLL_CLOEXEC) {
            errno = EINVAL;
            return tyErr_fromErrno(&TyExc_OSError, NULL);
        }
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return epoll_wrap(type, fd);
}

/* The open epoll's descriptor, or -1 with CPython's ValueError. */
static int epoll_open(TyObject *self)
{
    int fd = ((Epoll *)self)->fd;
    if (fd < 0)
        tyErr_setString(&TyExc_ValueError, "I/O operation on closed epoll object");
    return fd;
}

TY_CFUNC(epoll_close)
{
    if (tyArg_noKeywords("close", kwnames) < 0 || tyArg_checkPositional("close", nargs, 0, 0) < 0)
        return NULL;
    Epoll *e = (Epoll *)self;
    if (e->fd >= 0) {
        int fd = e->fd;
        e->fd = -1;
        if (close(fd) < 0)
            return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(epoll_fileno)
{
    if (tyArg_noKeywords("fileno", kwnames) < 0 || tyArg_checkPositional("fileno", nargs, 0, 0) < 0)
        return NULL;
    int fd = epoll_open(self);
    return fd < 0 ? NULL : tyInt_fromI64(fd);
}

TY_CFUNC(epoll_fromfd)
{
    if (tyArg_noKeywords("fromfd", kwnames) < 0 || tyArg_checkPositional("fromfd", nargs, 1, 1) < 0)
        return NULL;
    int fd = tySelect_fileDescriptor(args[0]);
    return fd < 0 ? NULL : epoll_wrap((TyType *)self, fd);
}

/* epoll_ctl(op) on (fd, eventmask): the shared body of register/modify/
** unregister. */
static TyObject *epoll_control(TyObject *self, int op, TyObject *fdobj, TyObject *maskobj, unsigned mask)
{
    int epfd = epoll_open(self);
    if (epfd < 0)
        return NULL;
    int fd = tySelect_fileDescriptor(fdobj);
    if (fd < 0)
        return NULL;
    if (maskobj) {
        TyObject *i = tyNum_index(maskobj);
        if (!i)
            return NULL;
        /* CPython reads the mask bitwise: only its low 32 bits count. */
        mpz_t z;
        mpz_init(z);
        tyInt_toMpz(i, z);
        TY_DECREF(i);
        mask = (unsigned)(mpz_get_ui(z) & 0xffffffffu);
        if (mpz_sgn(z) < 0)
            mask = (unsigned)(-(mpz_get_ui(z) & 0xffffffffu));
        mpz_clear(z);
    }
    struct epoll_event ev = { .events = mask, .data.fd = fd };
    if (epoll_ctl(epfd, op, fd, &ev) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(epoll_register)
{
    static const char *const names[] = { "fd", "eventmask", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (tyArg_unpack("register", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    return epoll_control(self, EPOLL_CTL_ADD, a[0], a[1], EPOLLIN | EPOLLPRI | EPOLLOUT);
}

TY_CFUNC(epoll_modify)
{
    static const char *const names[] = { "fd", "eventmask", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (tyArg_unpack("modify", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    return epoll_control(self, EPOLL_CTL_MOD, a[0], a[1], 0);
}

TY_CFUNC(epoll_unregister)
{
    static const char *const names[] = { "fd", NULL };
    TyObject *a[1] = { NULL };
    if (tyArg_unpack("unregister", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return epoll_control(self, EPOLL_CTL_DEL, a[0], NULL, 0);
}

/* poll(timeout=None, maxevents=-1) -> [(fd, events), ...]; timeout in
** seconds, None or negative waits. */
TY_CFUNC(epoll_poll)
{
    static const char *const names[] = { "timeout", "maxevents", NULL };
    TyObject *a[2] = { NULL, NULL };
    if (tyArg_unpack("poll", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    int epfd = epoll_open(self);
    if (epfd < 0)
        return NULL;
    double seconds = -1;
    if (a[0] && time_arg(a[0], "timeout must be an integer or None", 1, &seconds) < 0)
        return NULL;
    int ms;
    if (to_ms(seconds, &ms) < 0)
        return NULL;
    int maxevents = FD_SETSIZE - 1;
    if (a[1]) {
        ssize_t m = tyNum_asSsize(a[1], NULL);
        if (m == -1 && tyErr_occurred())
            return NULL;
        if (m != -1 && m < 1)
            return tyErr_format(&TyExc_ValueError, "maxevents must be greater than 0, got %d", (int)m);
        if (m != -1)
            maxevents = m > INT_MAX / (int)sizeof(struct epoll_event) ? INT_MAX / (int)sizeof(struct epoll_event)
                                                                          : (int)m;
    }
    struct epoll_event *evs = malloc((size_t)maxevents * sizeof *evs);
    if (!evs)
        return tyErr_noMemory();
    double deadline = tySelect_monotonic() + (ms > 0 ? ms / 1e3 : 0);
    int got;
    for (;;) {
        got = epoll_wait(epfd, evs, maxevents, ms);
        if (got >= 0 || errno != EINTR)
            break;
        if (after_eintr(deadline, &ms) < 0) {
            free(evs);
            return NULL;
        }
    }
    if (got < 0) {
        free(evs);
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    int *fds = malloc(((size_t)got + 1) * sizeof *fds);
    unsigned *events = malloc(((size_t)got + 1) * sizeof *events);
    for (int i = 0; fds && events && i < got; i++) {
        fds[i] = evs[i].data.fd;
        events[i] = evs[i].events;
    }
    TyObject *r = fds && events ? event_list(fds, events, got) : tyErr_noMemory();
    free(fds);
    free(events);
    free(evs);
    return r;
}

TY_CFUNC(epoll_enter)
{
    if (epoll_open(self) < 0)
        return NULL;
    return TY_NEWREF(self);
}

TY_CFUNC(epoll_exit)
{
    return epoll_close(self, args, 0, NULL);
}

static TyObject *epoll_get_closed(TyObject *self)
{
    return tyBool_from(((Epoll *)self)->fd < 0);
}

static TyMethodDef epoll_methods[] = {
    { "close", epoll_close, TY_METH_DEFAULT, "Close the epoll control file descriptor." },
    { "fileno", epoll_fileno, TY_METH_DEFAULT, "Return the epoll control file descriptor." },
    { "fromfd", epoll_fromfd, TY_METH_CLASS, "Create an epoll object from a given control fd." },
    { "register", epoll_register, TY_METH_DEFAULT, "Registers a new fd or raises an OSError if the fd is already registered." },
    { "modify", epoll_modify, TY_METH_DEFAULT, "Modify event mask for a registered file descriptor." },
    { "unregister", epoll_unregister, TY_METH_DEFAULT, "Remove a registered file descriptor from the epoll object." },
    { "poll", epoll_poll, TY_METH_DEFAULT, "Wait for events on the epoll file descriptor." },
    { "__enter__", epoll_enter, TY_METH_DEFAULT, NULL },
    { "__exit__", epoll_exit, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef epoll_getset[] = {
    { "closed", epoll_get_closed, NULL, "True if the epoll handler is closed" },
    { NULL, NULL, NULL, NULL },
};

static TyType Epoll_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "select.epoll",
    .basicsize = sizeof(Epoll),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = epoll_dealloc,
    .methods = epoll_methods,
    .getset = epoll_getset,
    .tp_new = epoll_new,
    .doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\n"
           "sizehint must be a positive integer or -1 for the default size. The\n"
           "sizehint is used to optimize internal data structures. It doesn't limit\n"
           "the maximum number of monitored events.",
};

/* ---- the module -------------------------------------------------------------------------- */

static TyMethodDef select_functions[] = {
    { "select", sel_select, TY_METH_DEFAULT, "Wait until one or more file descriptors are ready for some kind of I/O." },
    { "poll", sel_poll, TY_METH_DEFAULT, "Returns a polling object." },
    { NULL, NULL, 0, NULL },
};

static const struct { const char *name; long value; } select_constants[] = {
    { "PIPE_BUF", PIPE_BUF },
    { "POLLIN", POLLIN }, { "POLLPRI", POLLPRI }, { "POLLOUT", POLLOUT }, { "POLLERR", POLLERR },
    { "POLLHUP", POLLHUP }, { "POLLNVAL", POLLNVAL }, { "POLLRDNORM", POLLRDNORM },
    { "POLLRDBAND", POLLRDBAND }, { "POLLWRNORM", POLLWRNORM }, { "POLLWRBAND", POLLWRBAND },
    { "POLLMSG", POLLMSG }, { "POLLRDHUP", POLLRDHUP },
    { "EPOLLIN", EPOLLIN }, { "EPOLLOUT", EPOLLOUT }, { "EPOLLPRI", EPOLLPRI }, { "EPOLLERR", EPOLLERR },
    { "EPOLLHUP", EPOLLHUP }, { "EPOLLET", (long)(unsigned)EPOLLET }, { "EPOLLONESHOT", EPOLLONESHOT },
    { "EPOLLEXCLUSIVE", EPOLLEXCLUSIVE }, { "EPOLLRDHUP", EPOLLRDHUP }, { "EPOLLRDNORM", EPOLLRDNORM },
    { "EPOLLRDBAND", EPOLLRDBAND }, { "EPOLLWRNORM", EPOLLWRNORM }, { "EPOLLWRBAND", EPOLLWRBAND },
    { "EPOLLMSG", EPOLLMSG }, { "EPOLL_CLOEXEC", EPOLL_CLOEXEC },
};

static TyType *const module_types[] = { &Poll_Type, &Epoll_Type };

TyObject *tySelect_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("select", select_functions);
    if (!m)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(select_constants); i++)
        if (tyModule_addInt(m, select_constants[i].name, select_constants[i].value) < 0)
            goto fail;
    if (tyModule_addObject(m, "error", (TyObject *)&TyExc_OSError) < 0 ||
        tyModule_addObject(m, "epoll", (TyObject *)&Epoll_Type) < 0)
        goto fail;
    TyObject *doc = tyStr_fromCStr("This module supports asynchronous I/O on multiple file descriptors.\n\n"
                                   "*** IMPORTANT NOTICE ***\n"
                                   "On Windows, only sockets are supported; on Unix, all file descriptors.");
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0) {
        TY_XDECREF(doc);
        goto fail;
    }
    TY_DECREF(doc);
    return m;
fail:
    TY_DECREF(m);
    return NULL;
}

void tySelect_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
