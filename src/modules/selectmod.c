/*
** selectmod.c — the `select` module: select() and poll objects, which
** selectors.py builds its SelectSelector and PollSelector on (and so
** subprocess.communicate and asyncio's loop).  CPython's names, argument
** rules and errors; a wait interrupted by a signal runs the handlers and
** waits again for the time left, unless a handler raised.
*/
#define _GNU_SOURCE            /* POLLRDHUP */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <sys/select.h>
#include <time.h>
#include "tally.h"
#include "modules/posix.h"
#include "modules/selectmod.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A timeout in seconds: None (-1: forever) or a non-negative number. */
static int timeout_arg(TyObject *o, double scale, double *out)
{
    *out = -1;
    if (!o || o == TY_NONE)
        return 0;
    if (!TY_INT_CHECK(o) && !TY_FLOAT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "timeout must be an integer or None");
        return -1;
    }
    double d = TY_FLOAT_CHECK(o) ? tyFloat_asDouble(o) : tyInt_asDouble(o);
    if (d == -1 && tyErr_occurred())
        return -1;
    if (isnan(d)) {
        tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    *out = d * scale;
    return 0;
}

/* ---- select() -------------------------------------------------------------------------- */

typedef struct FdList {
    TyObject *items;    /* tuple of the objects given */
    int *fds;
} FdList;

static int fd_list(TyObject *seq, fd_set *set, int *maxfd, FdList *l)
{
    FD_ZERO(set);
    l->fds = NULL;
    l->items = tyTuple_fromIterable(seq);
    if (!l->items)
        return -1;
    ssize_t n = TY_TUPLE_LEN(l->items);
    l->fds = tyMem_calloc((size_t)n + 1, sizeof(int));
    if (!l->fds) {
        tyErr_noMemory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        int fd;
        if (tyPosix_fileno(TY_TUPLE_GET(l->items, i), &fd) < 0)
            return -1;
        if (fd < 0 || fd >= FD_SETSIZE) {
            tyErr_setString(&TyExc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        l->fds[i] = fd;
        FD_SET(fd, set);
        if (fd > *maxfd)
            *maxfd = fd;
    }
    return 0;
}

static TyObject *ready_list(const FdList *l, const fd_set *set)
{
    TyObject *r = tyList_new(0);
    for (ssize_t i = 0; r && i < TY_TUPLE_LEN(l->items); i++)
        if (FD_ISSET(l->fds[i], set) && tyList_append(r, TY_TUPLE_GET(l->items, i)) < 0)
            TY_CLEAR(r);
    return r;
}

static TyObject *sel_select(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("select", kwnames) < 0 || tyArg_checkCount("select", nargs, 3, 4) < 0)
        return NULL;
    double timeout;
    if (timeout_arg(nargs > 3 ? args[3] : NULL, 1.0, &timeout) < 0)
        return NULL;
    if (nargs > 3 && args[3] != TY_NONE && timeout < 0)
        return tyErr_setString(&TyExc_ValueError, "timeout must be non-negative");
    FdList lists[3] = { { NULL, NULL }, { NULL, NULL }, { NULL, NULL } };
    fd_set sets[3], work[3];
    int maxfd = -1;
    TyObject *result = NULL;
    for (int i = 0; i < 3; i++)
        if (fd_list(args[i], &sets[i], &maxfd, &lists[i]) < 0)
            goto done;
    double deadline = timeout >= 0 ? now() + timeout : 0;
    int n;
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            double left = deadline - now();
            if (left < 0)
                left = 0;
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - floor(left)) * 1e6);
            tvp = &tv;
        }
        memcpy(work, sets, sizeof work);
        n = select(maxfd + 1, &work[0], &work[1], &work[2], tvp);
        if (n >= 0 || errno != EINTR)
            break;
        if (tyErr_checkSignals() < 0)
            goto done;
    }
    if (n < 0) {
        tyPosix_error(NULL, NULL);
        goto done;
    }
    TyObject *r[3];
    for (int i = 0; i < 3; i++)
        r[i] = ready_list(&lists[i], &work[i]);
    if (r[0] && r[1] && r[2])
        result = tyTuple_pack(3, r[0], r[1], r[2]);
    for (int i = 0; i < 3; i++)
        TY_XDECREF(r[i]);
done:
    for (int i = 0; i < 3; i++) {
        TY_XDECREF(lists[i].items);
        tyMem_free(lists[i].fds);
    }
    return result;
}

/* ---- poll objects ------------------------------------------------------------------------- */

typedef struct Poll {
    TyObject ob;
    TyObject *fds;      /* dict: fd -> event mask */
    bool polling;
} Poll;

#define POLL(o) ((Poll *)(o))

static TyType Poll_Type;

static void poll_dealloc(TyObject *o)
{
    TY_XDECREF(POLL(o)->fds);
    tyObj_free(o);
}

static int mask_arg(TyObject *o, unsigned short *mask)
{
    int64_t v;
    if (tyInt_asI64(o, &v) < 0)
        return -1;
    if (v < 0 || v > 0xffff) {
        tyErr_setString(&TyExc_OverflowError, v < 0 ? "can't convert negative int to unsigned"
                                                    : "Python int too large for C unsigned short");
        return -1;
    }
    *mask = (unsigned short)v;
    return 0;
}

static TyObject *poll_register(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("register", kwnames) < 0 || tyArg_checkCount("register", nargs, 1, 2) < 0)
        return NULL;
    int fd;
    unsigned short mask = POLLIN | POLLPRI | POLLOUT;
    if (tyPosix_fileno(args[0], &fd) < 0 || (nargs > 1 && mask_arg(args[1], &mask) < 0))
        return NULL;
    TyObject *k = tyInt_fromI64(fd), *v = tyInt_fromI64(mask);
    int r = k && v ? tyDict_setItem(POLL(self)->fds, k, v) : -1;
    TY_XDECREF(k);
    TY_XDECREF(v);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

static TyObject *poll_modify(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("modify", kwnames) < 0 || tyArg_checkCount("modify", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    unsigned short mask;
    if (tyPosix_fileno(args[0], &fd) < 0 || mask_arg(args[1], &mask) < 0)
        return NULL;
    TyObject *k = tyInt_fromI64(fd);
    if (!k)
        return NULL;
    int has = tyDict_contains(POLL(self)->fds, k);
    if (has == 0) {
        errno = ENOENT;
        tyPosix_error(NULL, NULL);
    }
    TyObject *v = has > 0 ? tyInt_fromI64(mask) : NULL;
    int r = v ? tyDict_setItem(POLL(self)->fds, k, v) : -1;
    TY_DECREF(k);
    TY_XDECREF(v);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

static TyObject *poll_unregister(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("unregister", kwnames) < 0 || tyArg_checkCount("unregister", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (tyPosix_fileno(args[0], &fd) < 0)
        return NULL;
    TyObject *k = tyInt_fromI64(fd);
    if (!k)
        return NULL;
    int r = tyDict_delItem(POLL(self)->fds, k);
    TY_DECREF(k);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

/* poll([timeout in milliseconds]) -> [(fd, events), ...]. */
static TyObject *poll_poll(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("poll", kwnames) < 0 || tyArg_checkCount("poll", nargs, 0, 1) < 0)
        return NULL;
    double timeout;
    if (timeout_arg(nargs ? args[0] : NULL, 1.0, &timeout) < 0)
        return NULL;
    Poll *p = POLL(self);
    if (p->polling)
        return tyErr_setString(&TyExc_RuntimeError, "concurrent poll() invocation");
    ssize_t n = TY_DICT_CHECK(p->fds) ? tyObj_length(p->fds) : 0;
    struct pollfd *pfd = tyMem_calloc((size_t)n + 1, sizeof *pfd);
    if (!pfd)
        return tyErr_noMemory();
    ssize_t pos = 0, i = 0;
    TyObject *k, *v;
    while (tyDict_next(p->fds, &pos, &k, &v) && i < n) {
        int64_t fd, mask;
        tyInt_asI64(k, &fd);
        tyInt_asI64(v, &mask);
        pfd[i].fd = (int)fd;
        pfd[i].events = (short)mask;
        i++;
    }
    double deadline = timeout >= 0 ? now() + timeout / 1000.0 : 0;
    int r;
    p->polling = true;
    for (;;) {
        int ms = -1;
        if (timeout >= 0) {
            double left = deadline - now();
            ms = left <= 0 ? 0 : (int)ceil(left * 1000.0);
        }
        r = poll(pfd, (nfds_t)i, ms);
        if (r >= 0 || errno != EINTR)
            break;
        if (tyErr_checkSignals() < 0)
            break;
    }
    p->polling = false;
    TyObject *list = NULL;
    if (r < 0) {
        if (!tyErr_occurred())
            tyPosix_error(NULL, NULL);
    } else {
        list = tyList_new(0);
        for (ssize_t j = 0; list && j < i; j++) {
            if (!pfd[j].revents)
                continue;
            TyObject *a = tyInt_fromI64(pfd[j].fd), *b = tyInt_fromI64((unsigned short)pfd[j].revents);
            TyObject *t = a && b ? tyTuple_pack(2, a, b) : NULL;
            TY_XDECREF(a);
            TY_XDECREF(b);
            if (!t || tyList_appendSteal(list, t) < 0)
                TY_CLEAR(list);
        }
    }
    tyMem_free(pfd);
    return list;
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

static TyObject *sel_poll(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("poll", kwnames) < 0 || tyArg_checkPositional("poll", nargs, 0, 0) < 0)
        return NULL;
    Poll *p = (Poll *)tyObj_alloc(&Poll_Type);
    if (!p)
        return NULL;
    p->fds = tyDict_new();
    if (!p->fds) {
        TY_DECREF(p);
        return NULL;
    }
    return (TyObject *)p;
}

static TyMethodDef select_functions[] = {
    { "select", sel_select, TY_METH_DEFAULT, "Wait until one or more file descriptors are ready for some kind of I/O." },
    { "poll", sel_poll, TY_METH_DEFAULT, "Returns a polling object." },
    { NULL, NULL, 0, NULL },
};

typedef struct PollConst {
    const char *name;
    int value;
} PollConst;

static const PollConst poll_constants[] = {
    { "POLLIN", POLLIN }, { "POLLPRI", POLLPRI }, { "POLLOUT", POLLOUT }, { "POLLERR", POLLERR },
    { "POLLHUP", POLLHUP }, { "POLLNVAL", POLLNVAL }, { "POLLRDNORM", POLLRDNORM },
    { "POLLRDBAND", POLLRDBAND }, { "POLLWRNORM", POLLWRNORM }, { "POLLWRBAND", POLLWRBAND },
    { "POLLMSG", POLLMSG }, { "POLLRDHUP", POLLRDHUP }, { "PIPE_BUF", PIPE_BUF },
};

TyObject *tySelect_create(void)
{
    if (tyType_ready(&Poll_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("select", select_functions);
    if (!m)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(poll_constants); i++)
        if (tyModule_addInt(m, poll_constants[i].name, poll_constants[i].value) < 0)
            goto fail;
    if (tyModule_addObject(m, "error", (TyObject *)&TyExc_OSError) < 0)
        goto fail;
    return m;
fail:
    TY_DECREF(m);
    return NULL;
}

void tySelect_fini(void)
{
    tyType_finiStatic(&Poll_Type);
}
