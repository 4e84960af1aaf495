/*
** socket.c — the `_socket` module: socket objects over file descriptors
** and the name and address functions, with CPython 3.11's names, argument
** rules and messages, for socket.py, selectors.py and asyncio.
**
** A socket holds its descriptor, family, type (without SOCK_NONBLOCK and
** SOCK_CLOEXEC) and protocol, and CPython's timeout: -1 blocks, 0 is
** non-blocking, anything else is a time limit.  Whenever the timeout is
** not -1 the descriptor is in O_NONBLOCK mode, and a call under a time
** limit first waits with poll() for the descriptor to be ready, raising
** TimeoutError("timed out") when the time is up (sock_call).  Every call
** interrupted by a signal is retried after a pending Ctrl-C had its chance
** to raise (PEP 475).  Addresses are CPython's: (host, port) for AF_INET,
** (host, port, flowinfo, scope_id) for AF_INET6, a str path (bytes for
** Linux's abstract namespace) for AF_UNIX.  There is no CAPI capsule.
*/
#define _GNU_SOURCE /* accept4, SO_DOMAIN, SOCK_CLOEXEC */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "tally.h"
#include "nss.h"
#include "modules/select.h"
#include "modules/socket.h"
#include "objects/bytes.h"
#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "objects/class.h"
#include "objects/slice.h"

typedef struct Sock {
    TyObject ob;
    int fd;         /* -1 once closed or detached */
    int family, type, proto;
    double timeout; /* seconds; -1 blocks */
} Sock;

#define SOCK(o) ((Sock *)(o))

static TyType Sock_Type;

typedef union {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
} SockAddr;

/* ---- errors ---------------------------------------------------------------------------- */

static TyObject *set_errno(int err)
{
    errno = err;
    return tyErr_fromErrno(&TyExc_OSError, NULL);
}

/* gaierror(code, gai_strerror(code)); EAI_SYSTEM is an OSError from errno. */
static TyObject *set_gaierror(int code)
{
    if (code == EAI_SYSTEM)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    TyObject *a[2] = { tyInt_fromI64(code), tyStr_fromCStr(gai_strerror(code)) };
    TyObject *exc = a[0] && a[1] ? tyObj_call(ty_state.mod.socket.gaierror, a, 2, NULL) : NULL;
    TY_XDECREF(a[0]);
    TY_XDECREF(a[1]);
    if (exc) {
        tyErr_setObject((TyType *)ty_state.mod.socket.gaierror, exc);
        TY_DECREF(exc);
    }
    return NULL;
}

static TyObject *set_timeout_error(void)
{
    return tyErr_setString(&TyExc_TimeoutError, "timed out");
}

/* ---- blocking and time limits ------------------------------------------------------------ */

static int set_nonblocking(int fd, bool on)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0)
        return -1;
    int want = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    return want == flags ? 0 : fcntl(fd, F_SETFL, want);
}

/* Applies s->timeout to the descriptor: 0, or -1 with OSError. */
static int apply_timeout(Sock *s)
{
    if (s->fd >= 0 && set_nonblocking(s->fd, s->timeout >= 0) < 0) {
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
    return 0;
}

/* Waits until the descriptor is ready for reading or writing, at most until
** `deadline`: 1 ready, 0 timed out, -1 with an exception. */
static int wait_ready(Sock *s, bool writing, double deadline)
{
    for (;;) {
        double left = deadline - tySelect_monotonic();
        int ms = left > 0 ? (int)ceil(left * 1e3) : 0;
        struct pollfd p = { .fd = s->fd, .events = writing ? POLLOUT : POLLIN };
        int n = poll(&p, 1, ms);
        if (n > 0)
            return 1;
        if (n == 0)
            return 0;
        if (errno != EINTR) {
            tyErr_fromErrno(&TyExc_OSError, NULL);
            return -1;
        }
        if (tyErr_checkSignals() < 0)
            return -1;
    }
}

/* One system call of a socket operation: >= 0 done, -1 with errno set. */
typedef ssize_t (*SockOp)(Sock *s, void *ctx);

/* Runs op under the socket's timeout: its result, or -1 with an exception
** (OSError, TimeoutError, KeyboardInterrupt). */
static ssize_t sock_call(Sock *s, bool writing, SockOp op, void *ctx)
{
    bool limited = s->timeout > 0;
    double deadline = limited ? tySelect_monotonic() + s->timeout : 0;
    for (;;) {
        if (limited) {
            int ready = wait_ready(s, writing, deadline);
            if (ready < 0)
                return -1;
            if (ready == 0) {
                set_timeout_error();
                return -1;
            }
        }
        ssize_t r = op(s, ctx);
        if (r >= 0)
            return r;
        if (errno == EINTR) {
            if (tyErr_checkSignals() < 0)
                return -1;
            continue;
        }
        if (limited && (errno == EWOULDBLOCK || errno == EAGAIN))
            continue;
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
}

/* ---- addresses ----------------------------------------------------------------------------- */

/* The address of `host` (str, bytes or bytearray; '' any, '<broadcast>')
** for `family` into addr (port left 0): 0, or -1 with the exception. */
static int resolve_host(TyObject *host, int family, SockAddr *addr, socklen_t *len)
{
    const char *name;
    if (TY_STR_CHECK(host))
        name = TY_STR_UTF8(host);
    else if (TY_BYTES_CHECK(host) || TY_BYTEARRAY_CHECK(host))
        name = tyBytes_likeData(host);
    else {
        tyErr_format(&TyExc_TypeError, "str, bytes or bytearray expected, not %s", tyType_name(TY_TYPE(host)));
        return -1;
    }
    memset(addr, 0, sizeof *addr);
    if (family == AF_INET) {
        addr->in4.sin_family = AF_INET;
        *len = sizeof addr->in4;
        if (name[0] == '\0') {
            addr->in4.sin_addr.s_addr = htonl(INADDR_ANY);
            return 0;
        }
        if (strcmp(name, "<broadcast>") == 0 || strcmp(name, "255.255.255.255") == 0) {
            addr->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, name, &addr->in4.sin_addr) == 1)
            return 0;
    } else {
        addr->in6.sin6_family = AF_INET6;
        *len = sizeof addr->in6;
        if (name[0] == '\0') {
            addr->in6.sin6_addr = in6addr_any;
            return 0;
        }
        if (inet_pton(AF_INET6, name, &addr->in6.sin6_addr) == 1)
            return 0;
    }
    struct addrinfo hints = { .ai_family = family }, *res = NULL;
    int rc = getaddrinfo(name, NULL, &hints, &res);
    if (rc != 0) {
        set_gaierror(rc);
        return -1;
    }
    if (family == AF_INET)
        addr->in4.sin_addr = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    else
        addr->in6.sin6_addr = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    freeaddrinfo(res);
    return 0;
}

/* A port number from o, 0..65535: 0, or -1 with CPython's errors. */
static int port_arg(TyObject *o, const char *caller, int *port)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer", tyType_name(TY_TYPE(o)));
        return -1;
    }
    int64_t v;
    if (tyInt_asI64(o, &v) < 0 || v < 0 || v > 0xffff) {
        tyErr_clear();
        tyErr_format(&TyExc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (int)v;
    return 0;
}

/* The C address for Python address `o` of `family` (CPython's
** getsockaddrarg): 0, or -1 with the exception. */
static int address_arg(int family, TyObject *o, const char *caller, SockAddr *addr, socklen_t *len)
{
    memset(addr, 0, sizeof *addr);
    if (family == AF_UNIX) {
        const char *path;
        ssize_t n;
        if (TY_STR_CHECK(o)) {
            path = TY_STR_UTF8(o);
            n = TY_STR_NBYTES(o);
        } else if (tyBytes_isLike(o)) {
            path = tyBytes_likeData(o);
            n = tyBytes_likeLen(o);
        } else {
            tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%s'", tyType_name(TY_TYPE(o)));
            return -1;
        }
        if ((size_t)n >= sizeof addr->un.sun_path + (n > 0 && path[0] == '\0')) {
            tyErr_setString(&TyExc_OSError, "AF_UNIX path too long");
            return -1;
        }
        addr->un.sun_family = AF_UNIX;
        memcpy(addr->un.sun_path, path, (size_t)n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + (n > 0 && path[0] != '\0'));
        return 0;
    }
    if (family == AF_INET || family == AF_INET6) {
        const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
        if (!TY_TUPLE_CHECK(o)) {
            tyErr_format(&TyExc_TypeError, "%s(): %s address must be tuple, not %s", caller, fam,
                         tyType_name(TY_TYPE(o)));
            return -1;
        }
        ssize_t n = TY_TUPLE_LEN(o);
        if (family == AF_INET ? n != 2 : n < 2 || n > 4) {
            tyErr_setString(&TyExc_TypeError, family == AF_INET
                            ? "AF_INET address must be a pair (host, port)"
                            : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
            return -1;
        }
        int port;
        if (resolve_host(TY_TUPLE_GET(o, 0), family, addr, len) < 0 || port_arg(TY_TUPLE_GET(o, 1), caller, &port) < 0)
            return -1;
        if (family == AF_INET) {
            addr->in4.sin_port = htons((uint16_t)port);
            return 0;
        }
        addr->in6.sin6_port = htons((uint16_t)port);
        int64_t extra[2] = { 0, 0 };
        for (ssize_t i = 2; i < n; i++)
            if (tyInt_asI64(TY_TUPLE_GET(o, i), &extra[i - 2]) < 0)
                return -1;
        if (extra[0] < 0 || extra[0] > 0xfffff) {
            tyErr_format(&TyExc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
            return -1;
        }
        addr->in6.sin6_flowinfo = htonl((uint32_t)extra[0]);
        addr->in6.sin6_scope_id = (uint32_t)extra[1];
        return 0;
    }
    tyErr_format(&TyExc_OSError, "%s(): bad family", caller);
    return -1;
}

/* The Python form of a C address (CPython's makesockaddr): new reference;
** None for an empty address. */
static TyObject *address_value(const SockAddr *addr, socklen_t len)
{
    if (len == 0)
        return TY_NEWREF(TY_NONE);
    char host[INET6_ADDRSTRLEN];
    switch (addr->sa.sa_family) {
    case AF_INET: {
        inet_ntop(AF_INET, &addr->in4.sin_addr, host, sizeof host);
        TyObject *h = tyStr_fromCStr(host);
        TyObject *p = h ? tyInt_fromI64(ntohs(addr->in4.sin_port)) : NULL;
        TyObject *t = p ? tyTuple_pack(2, h, p) : NULL;
        TY_XDECREF(h);
        TY_XDECREF(p);
        return t;
    }
    case AF_INET6: {
        inet_ntop(AF_INET6, &addr->in6.sin6_addr, host, sizeof host);
        TyObject *v[4] = { tyStr_fromCStr(host), tyInt_fromI64(ntohs(addr->in6.sin6_port)),
                           tyInt_fromI64(ntohl(addr->in6.sin6_flowinfo)), tyInt_fromI64(addr->in6.sin6_scope_id) };
        TyObject *t = v[0] && v[1] && v[2] && v[3] ? tyTuple_fromArray(v, 4) : NULL;
        for (int i = 0; i < 4; i++)
            TY_XDECREF(v[i]);
        return t;
    }
    case AF_UNIX: {
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > 0 && addr->un.sun_path[0] == '\0')
            return tyBytes_fromData(addr->un.sun_path, (ssize_t)n);
        return tyStr_fromUtf8(addr->un.sun_path, (ssize_t)strnlen(addr->un.sun_path, n));
    }
    default: {
        TyObject *f = tyInt_fromI64(addr->sa.sa_family);
        TyObject *d = f ? tyBytes_fromData(addr->sa.sa_data, sizeof addr->sa.sa_data) : NULL;
        TyObject *t = d ? tyTuple_pack(2, f, d) : NULL;
        TY_XDECREF(f);
        TY_XDECREF(d);
        return t;
    }
    }
}

/* ---- the socket object ---------------------------------------------------------------------- */

static void sock_dealloc(TyObject *o)
{
    if (SOCK(o)->fd >= 0)
        close(SOCK(o)->fd);
    tyObj_free(o);
}

static TyObject *sock_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Sock *s = (Sock *)tyType_genericAlloc(type, 0);
    if (s) {
        s->fd = -1;
        s->family = AF_INET;
        s->type = SOCK_STREAM;
        s->proto = 0;
        s->timeout = -1;
    }
    return (TyObject *)s;
}

/* Gives a fresh socket object its descriptor and the default timeout. */
static int sock_setup(Sock *s, int fd, int family, int type, int proto)
{
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = ty_state.mod.socket.default_timeout;
    if (type & SOCK_NONBLOCK)
        s->timeout = 0;
    return s->timeout >= 0 ? apply_timeout(s) : 0;
}

/* socket(family=-1, type=-1, proto=-1, fileno=None) */
static int sock_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "family", "type", "proto", "fileno", NULL };
    TyObject *a[4] = { NULL, NULL, NULL, NULL };
    if (tyArg_unpack("socket", args, nargs, kwnames, names, 0, 4, a) < 0)
        return -1;
    int v[3] = { -1, -1, -1 };
    for (int i = 0; i < 3; i++)
        if (a[i] && tyArg_int(a[i], &v[i]) < 0)
            return -1;
    Sock *s = SOCK(self);
    if (a[3] && a[3] != TY_NONE) {
        if (!TY_INT_CHECK(a[3])) {
            tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer", tyType_name(TY_TYPE(a[3])));
            return -1;
        }
        int fd;
        if (tyArg_int(a[3], &fd) < 0)
            return -1;
        if (fd < 0) {
            tyErr_setString(&TyExc_ValueError, "negative file descriptor");
            return -1;
        }
        /* What the caller left out is asked of the descriptor. */
        const int opts[3] = { SO_DOMAIN, SO_TYPE, SO_PROTOCOL };
        for (int i = 0; i < 3; i++) {
            if (v[i] != -1)
                continue;
            socklen_t len = sizeof v[i];
            if (getsockopt(fd, SOL_SOCKET, opts[i], &v[i], &len) < 0) {
                tyErr_fromErrno(&TyExc_OSError, NULL);
                return -1;
            }
        }
        return sock_setup(s, fd, v[0], v[1], v[2]);
    }
    if (v[0] == -1)
        v[0] = AF_INET;
    if (v[1] == -1)
        v[1] = SOCK_STREAM;
    if (v[2] == -1)
        v[2] = 0;
    int fd = socket(v[0], v[1] | SOCK_CLOEXEC, v[2]);
    if (fd < 0) {
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
    if (s->fd >= 0)
        close(s->fd);
    return sock_setup(s, fd, v[0], v[1], v[2]);
}

/* A new _socket.socket over fd (owned from now on): new reference. */
static TyObject *sock_wrap(int fd, int family, int type, int proto)
{
    Sock *s = (Sock *)sock_new(&Sock_Type, NULL, 0, NULL);
    if (!s) {
        close(fd);
        return NULL;
    }
    if (sock_setup(s, fd, family, type, proto) < 0) {
        TY_DECREF(s);
        return NULL;
    }
    return (TyObject *)s;
}

static TyObject *sock_repr(TyObject *self)
{
    Sock *s = SOCK(self);
    return tyStr_fromFormat("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family, s->type,
                            s->proto);
}

static int no_args(const char *name, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkPositional(name, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

TY_CFUNC(sock_fileno)
{
    if (no_args("fileno", nargs, kwnames) < 0)
        return NULL;
    return tyInt_fromI64(SOCK(self)->fd);
}

TY_CFUNC(sock_close)
{
    if (no_args("close", nargs, kwnames) < 0)
        return NULL;
    Sock *s = SOCK(self);
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        /* A reset connection is closed all the same (CPython ignores it). */
        if (close(fd) < 0 && errno != ECONNRESET)
            return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(sock_detach)
{
    if (no_args("detach", nargs, kwnames) < 0)
        return NULL;
    int fd = SOCK(self)->fd;
    SOCK(self)->fd = -1;
    return tyInt_fromI64(fd);
}

TY_CFUNC(sock_dup)
{
    if (no_args("dup", nargs, kwnames) < 0)
        return NULL;
    Sock *s = SOCK(self);
    int fd = fcntl(s->fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return sock_wrap(fd, s->family, s->type, s->proto);
}

TY_CFUNC(sock_setblocking)
{
    if (tyArg_noKeywords("setblocking", kwnames) < 0 || tyArg_checkPositional("setblocking", nargs, 1, 1) < 0)
        return NULL;
    int flag = tyObj_isTrue(args[0]);
    if (flag < 0)
        return NULL;
    Sock *s = SOCK(self);
    s->timeout = flag ? -1 : 0;
    if (apply_timeout(s) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(sock_getblocking)
{
    if (no_args("getblocking", nargs, kwnames) < 0)
        return NULL;
    return tyBool_from(SOCK(self)->timeout != 0);
}

/* A timeout argument: None gives -1.  0, or -1 with CPython's errors. */
static int timeout_arg(TyObject *o, double *out)
{
    if (o == TY_NONE) {
        *out = -1;
        return 0;
    }
    double d;
    if (TY_FLOAT_CHECK(o))
        d = tyFloat_asDouble(o);
    else if (TY_INT_CHECK(o))
        d = tyInt_asDouble(o);
    else {
        tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer", tyType_name(TY_TYPE(o)));
        return -1;
    }
    if (d == -1 && tyErr_occurred())
        return -1;
    if (isnan(d)) {
        tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d < 0) {
        tyErr_setString(&TyExc_ValueError, "Timeout value out of range");
        return -1;
    }
    if (d > 9.2e9) {
        tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = d;
    return 0;
}

static TyObject *timeout_value(double t)
{
    return t < 0 ? TY_NEWREF(TY_NONE) : tyFloat_from(t);
}

TY_CFUNC(sock_settimeout)
{
    if (tyArg_noKeywords("settimeout", kwnames) < 0 || tyArg_checkPositional("settimeout", nargs, 1, 1) < 0)
        return NULL;
    Sock *s = SOCK(self);
    if (timeout_arg(args[0], &s->timeout) < 0 || apply_timeout(s) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(sock_gettimeout)
{
    if (no_args("gettimeout", nargs, kwnames) < 0)
        return NULL;
    return timeout_value(SOCK(self)->timeout);
}

TY_CFUNC(sock_bind)
{
    if (tyArg_noKeywords("bind", kwnames) < 0 || tyArg_checkPositional("bind", nargs, 1, 1) < 0)
        return NULL;
    Sock *s = SOCK(self);
    SockAddr addr;
    socklen_t len;
    if (address_arg(s->family, args[0], "bind", &addr, &len) < 0)
        return NULL;
    if (bind(s->fd, &addr.sa, len) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(sock_listen)
{
    if (tyArg_noKeywords("listen", kwnames) < 0 || tyArg_checkPositional("listen", nargs, 0, 1) < 0)
        return NULL;
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs && tyArg_int(args[0], &backlog) < 0)
        return NULL;
    if (listen(SOCK(self)->fd, backlog < 0 ? 0 : backlog) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return TY_NEWREF(TY_NONE);
}

typedef struct AcceptCtx {
    SockAddr addr;
    socklen_t len;
} AcceptCtx;

static ssize_t op_accept(Sock *s, void *ctx)
{
    AcceptCtx *c = ctx;
    c->len = sizeof c->addr;
    return accept4(s->fd, &c->addr.sa, &c->len, SOCK_CLOEXEC);
}

/* _accept() -> (fd, address): socket.py makes the socket object. */
TY_CFUNC(sock_accept)
{
    if (no_args("_accept", nargs, kwnames) < 0)
        return NULL;
    AcceptCtx c;
    ssize_t fd = sock_call(SOCK(self), false, op_accept, &c);
    if (fd < 0)
        return NULL;
    TyObject *f = tyInt_fromI64(fd);
    TyObject *a = f ? address_value(&c.addr, c.len) : NULL;
    TyObject *t = a ? tyTuple_pack(2, f, a) : NULL;
    TY_XDECREF(f);
    TY_XDECREF(a);
    if (!t)
        close((int)fd);
    return t;
}

/* connect's core: 0 connected, else the errno it failed with (an
** exception is set only for -1: a timeout, a signal or a failed wait). */
static int do_connect(Sock *s, TyObject *address, const char *caller)
{
    SockAddr addr;
    socklen_t len;
    if (address_arg(s->family, address, caller, &addr, &len) < 0)
        return -1;
    int r = connect(s->fd, &addr.sa, len);
    if (r == 0)
        return 0;
    int err = errno;
    bool limited = s->timeout > 0;
    /* Interrupted, or still connecting under a time limit: wait until
    ** the descriptor is writable, then read the outcome. */
    if (err == EINTR) {
        if (tyErr_checkSignals() < 0)
            return -1;
        if (s->timeout == 0)
            return err;
    } else if (!(limited && err == EINPROGRESS)) {
        return err;
    }
    double deadline = tySelect_monotonic() + (limited ? s->timeout : 1e9);
    int ready = wait_ready(s, true, deadline);
    if (ready < 0)
        return -1;
    if (ready == 0) {
        set_timeout_error();
        return -1;
    }
    socklen_t elen = sizeof err;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0)
        return errno;
    return err;
}

TY_CFUNC(sock_connect)
{
    if (tyArg_noKeywords("connect", kwnames) < 0 || tyArg_checkPositional("connect", nargs, 1, 1) < 0)
        return NULL;
    int err = do_connect(SOCK(self), args[0], "connect");
    if (err < 0)
        return NULL;
    if (err > 0)
        return set_errno(err);
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(sock_connect_ex)
{
    if (tyArg_noKeywords("connect_ex", kwnames) < 0 || tyArg_checkPositional("connect_ex", nargs, 1, 1) < 0)
        return NULL;
    int err = do_connect(SOCK(self), args[0], "connect_ex");
    return err < 0 ? NULL : tyInt_fromI64(err);
}

static TyObject *name_of(TyObject *self, int (*get)(int, struct sockaddr *, socklen_t *))
{
    SockAddr addr;
    socklen_t len = sizeof addr;
    memset(&addr, 0, sizeof addr);
    if (get(SOCK(self)->fd, &addr.sa, &len) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return address_value(&addr, len);
}

TY_CFUNC(sock_getsockname)
{
    return no_args("getsockname", nargs, kwnames) < 0 ? NULL : name_of(self, getsockname);
}

TY_CFUNC(sock_getpeername)
{
    return no_args("getpeername", nargs, kwnames) < 0 ? NULL : name_of(self, getpeername);
}

TY_CFUNC(sock_shutdown)
{
    if (tyArg_noKeywords("shutdown", kwnames) < 0 || tyArg_checkPositional("shutdown", nargs, 1, 1) < 0)
        return NULL;
    int how;
    if (tyArg_int(args[0], &how) < 0)
        return NULL;
    if (shutdown(SOCK(self)->fd, how) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return TY_NEWREF(TY_NONE);
}

/* setsockopt(level, option, value: int | buffer) or (level, option, None, optlen) */
TY_CFUNC(sock_setsockopt)
{
    if (tyArg_noKeywords("setsockopt", kwnames) < 0 || tyArg_checkPositional("setsockopt", nargs, 3, 4) < 0)
        return NULL;
    int level, opt;
    if (tyArg_int(args[0], &level) < 0 || tyArg_int(args[1], &opt) < 0)
        return NULL;
    int r;
    if (nargs == 4) {
        int optlen;
        if (args[2] != TY_NONE)
            return tyErr_setString(&TyExc_TypeError, "setsockopt() takes exactly 4 arguments when the third is None");
        if (tyArg_int(args[3], &optlen) < 0)
            return NULL;
        r = setsockopt(SOCK(self)->fd, level, opt, NULL, (socklen_t)optlen);
    } else if (TY_INT_CHECK(args[2])) {
        int v;
        if (tyArg_int(args[2], &v) < 0)
            return NULL;
        r = setsockopt(SOCK(self)->fd, level, opt, &v, sizeof v);
    } else if (tyBytes_isLike(args[2])) {
        r = setsockopt(SOCK(self)->fd, level, opt, tyBytes_likeData(args[2]), (socklen_t)tyBytes_likeLen(args[2]));
    } else {
        return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%s'",
                            tyType_name(TY_TYPE(args[2])));
    }
    if (r < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return TY_NEWREF(TY_NONE);
}

/* getsockopt(level, option[, buflen]) -> int, or bytes with buflen */
TY_CFUNC(sock_getsockopt)
{
    if (tyArg_noKeywords("getsockopt", kwnames) < 0 || tyArg_checkPositional("getsockopt", nargs, 2, 3) < 0)
        return NULL;
    int level, opt, buflen = 0;
    if (tyArg_int(args[0], &level) < 0 || tyArg_int(args[1], &opt) < 0 || (nargs == 3 && tyArg_int(args[2], &buflen) < 0))
        return NULL;
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(SOCK(self)->fd, level, opt, &v, &len) < 0)
            return tyErr_fromErrno(&TyExc_OSError, NULL);
        return tyInt_fromI64(v);
    }
    if (buflen < 0 || buflen > 1024)
        return tyErr_setString(&TyExc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(SOCK(self)->fd, level, opt, buf, &len) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return tyBytes_fromData(buf, len);
}

/* ---- sending and receiving -------------------------------------------------------------------- */

typedef struct IoCtx {
    char *buf;
    size_t len;
    int flags;
    SockAddr addr;
    socklen_t addrlen;
} IoCtx;

static ssize_t op_send(Sock *s, void *ctx)
{
    IoCtx *c = ctx;
    return send(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL);
}

static ssize_t op_sendto(Sock *s, void *ctx)
{
    IoCtx *c = ctx;
    return sendto(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, &c->addr.sa, c->addrlen);
}

static ssize_t op_recv(Sock *s, void *ctx)
{
    IoCtx *c = ctx;
    return recv(s->fd, c->buf, c->len, c->flags);
}

static ssize_t op_recvfrom(Sock *s, void *ctx)
{
    IoCtx *c = ctx;
    c->addrlen = sizeof c->addr;
    memset(&c->addr, 0, sizeof c->addr);
    return recvfrom(s->fd, c->buf, c->len, c->flags, &c->addr.sa, &c->addrlen);
}

/* The bytes of a bytes-like argument: a new reference to a bytes, bytearray
** or a memoryview's copy; TypeError for anything else. */
static TyObject *data_arg(TyObject *o)
{
    if (tyBytes_isLike(o))
        return TY_NEWREF(o);
    if (TY_IS_INSTANCE(o, &TyMemoryView_Type))
        return tyMemoryView_toBytes(o);
    return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%s'", tyType_name(TY_TYPE(o)));
}

static int flags_arg(size_t nargs, TyObject *const *args, size_t at, int *flags)
{
    *flags = 0;
    return nargs > at ? tyArg_int(args[at], flags) : 0;
}

/* send(data[, flags]) -> bytes sent */
TY_CFUNC(sock_send)
{
    if (tyArg_noKeywords("send", kwnames) < 0 || tyArg_checkTupleCount("send", nargs, 1, 2) < 0)
        return NULL;
    IoCtx c;
    if (flags_arg(nargs, args, 1, &c.flags) < 0)
        return NULL;
    TyObject *data = data_arg(args[0]);
    if (!data)
        return NULL;
    c.buf = (char *)tyBytes_likeData(data);
    c.len = (size_t)tyBytes_likeLen(data);
    ssize_t n = sock_call(SOCK(self), true, op_send, &c);
    TY_DECREF(data);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

/* sendall(data[, flags]): sends until all is gone; the time limit, if
** any, covers the whole. */
TY_CFUNC(sock_sendall)
{
    if (tyArg_noKeywords("sendall", kwnames) < 0 || tyArg_checkTupleCount("sendall", nargs, 1, 2) < 0)
        return NULL;
    IoCtx c;
    if (flags_arg(nargs, args, 1, &c.flags) < 0)
        return NULL;
    TyObject *data = data_arg(args[0]);
    if (!data)
        return NULL;
    Sock *s = SOCK(self);
    double start_timeout = s->timeout;
    double deadline = tySelect_monotonic() + s->timeout;
    const char *p = tyBytes_likeData(data);
    size_t left = (size_t)tyBytes_likeLen(data);
    TyObject *r = TY_NONE;
    while (left > 0) {
        c.buf = (char *)p;
        c.len = left;
        if (start_timeout > 0) {
            double rest = deadline - tySelect_monotonic();
            if (rest <= 0) {
                r = set_timeout_error();
                break;
            }
            s->timeout = rest;
        }
        ssize_t n = sock_call(s, true, op_send, &c);
        s->timeout = start_timeout;
        if (n < 0) {
            r = NULL;
            break;
        }
        p += n;
        left -= (size_t)n;
        /* A signal that interrupts send() after some bytes went returns
        ** their count, not EINTR: its handler must run here, or a
        ** blocked sendall never sees it (CPython's sock_sendall). */
        if (left > 0 && tyErr_checkSignals() < 0) {
            r = NULL;
            break;
        }
    }
    TY_DECREF(data);
    return r ? TY_NEWREF(r) : NULL;
}

/* sendto(data[, flags], address) -> bytes sent */
TY_CFUNC(sock_sendto)
{
    if (tyArg_noKeywords("sendto", kwnames) < 0)
        return NULL;
    if (nargs < 2 || nargs > 3)
        return tyErr_format(&TyExc_TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
    IoCtx c;
    if (flags_arg(nargs == 3 ? 2 : 0, args, 1, &c.flags) < 0)
        return NULL;
    if (address_arg(SOCK(self)->family, args[nargs - 1], "sendto", &c.addr, &c.addrlen) < 0)
        return NULL;
    TyObject *data = data_arg(args[0]);
    if (!data)
        return NULL;
    c.buf = (char *)tyBytes_likeData(data);
    c.len = (size_t)tyBytes_likeLen(data);
    ssize_t n = sock_call(SOCK(self), true, op_sendto, &c);
    TY_DECREF(data);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

/* recv/recvfrom's bufsize: 0, or -1 with ValueError. */
static int bufsize_arg(TyObject *o, const char *caller, size_t *out)
{
    ssize_t n = tyNum_asSsize(o, NULL);
    if (n == -1 && tyErr_occurred())
        return -1;
    if (n < 0) {
        tyErr_format(&TyExc_ValueError, "negative buffersize in %s", caller);
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

/* recv(bufsize[, flags]) -> bytes, or (bytes, address) for recvfrom */
static TyObject *recv_common(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames, bool from)
{
    const char *name = from ? "recvfrom" : "recv";
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkTupleCount(name, nargs, 1, 2) < 0)
        return NULL;
    IoCtx c;
    if (bufsize_arg(args[0], name, &c.len) < 0 || flags_arg(nargs, args, 1, &c.flags) < 0)
        return NULL;
    c.buf = malloc(c.len ? c.len : 1);
    if (!c.buf)
        return tyErr_noMemory();
    c.addrlen = 0;
    ssize_t n = sock_call(SOCK(self), false, from ? op_recvfrom : op_recv, &c);
    TyObject *data = n < 0 ? NULL : tyBytes_fromData(c.buf, n);
    free(c.buf);
    if (!data || !from)
        return data;
    TyObject *addr = address_value(&c.addr, c.addrlen);
    TyObject *t = addr ? tyTuple_pack(2, data, addr) : NULL;
    TY_DECREF(data);
    TY_XDECREF(addr);
    return t;
}

TY_CFUNC(sock_recv)
{
    return recv_common(self, args, nargs, kwnames, false);
}

TY_CFUNC(sock_recvfrom)
{
    return recv_common(self, args, nargs, kwnames, true);
}

/* recv_into(buffer, nbytes=0, flags=0) -> count, or (count, address) for
** recvfrom_into.  A bytearray is filled in place; another writable buffer
** (a memoryview) receives the bytes by slice assignment. */
static TyObject *recv_into_common(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames, bool from)
{
    static const char *const names[] = { "buffer", "nbytes", "flags", NULL };
    const char *name = from ? "recvfrom_into" : "recv_into";
    TyObject *a[3] = { NULL, NULL, NULL };
    if (tyArg_unpack(name, args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    TyObject *buffer = a[0];
    bool direct = TY_BYTEARRAY_CHECK(buffer);
    if (!direct && !TY_IS_INSTANCE(buffer, &TyMemoryView_Type))
        return tyErr_format(&TyExc_TypeError, "%s() argument 'buffer' must be read-write bytes-like object, not %s",
                            name, tyType_name(TY_TYPE(buffer)));
    ssize_t size = direct ? TY_BYTEARRAY_LEN(buffer) : tyObj_length(buffer);
    if (size < 0)
        return NULL;
    ssize_t want = 0;
    IoCtx c;
    c.flags = 0;
    if (a[1] && (want = tyNum_asSsize(a[1], NULL)) == -1 && tyErr_occurred())
        return NULL;
    if (a[2] && tyArg_int(a[2], &c.flags) < 0)
        return NULL;
    if (want < 0)
        return tyErr_format(&TyExc_ValueError, "negative buffersize in %s", name);
    if (want == 0)
        want = size;
    if (want > size)
        return tyErr_format(&TyExc_ValueError, "buffer too small for requested bytes");
    c.len = (size_t)want;
    c.buf = direct ? TY_BYTEARRAY_DATA(buffer) : malloc(c.len ? c.len : 1);
    if (!c.buf)
        return tyErr_noMemory();
    c.addrlen = 0;
    ssize_t n = sock_call(SOCK(self), false, from ? op_recvfrom : op_recv, &c);
    if (!direct) {
        if (n > 0) {
            TyObject *data = tyBytes_fromData(c.buf, n);
            TyObject *lo = data ? tyInt_fromI64(0) : NULL;
            TyObject *hi = lo ? tyInt_fromI64(n) : NULL;
            TyObject *sl = hi ? tySlice_new(lo, hi, TY_NONE) : NULL;
            if (!sl || tyObj_setItem(buffer, sl, data) < 0)
                n = -1;
            TY_XDECREF(data);
            TY_XDECREF(lo);
            TY_XDECREF(hi);
            TY_XDECREF(sl);
        }
        free(c.buf);
    }
    if (n < 0)
        return NULL;
    TyObject *count = tyInt_fromI64(n);
    if (!count || !from)
        return count;
    TyObject *addr = address_value(&c.addr, c.addrlen);
    TyObject *t = addr ? tyTuple_pack(2, count, addr) : NULL;
    TY_DECREF(count);
    TY_XDECREF(addr);
    return t;
}

TY_CFUNC(sock_recv_into)
{
    return recv_into_common(self, args, nargs, kwnames, false);
}

TY_CFUNC(sock_recvfrom_into)
{
    return recv_into_common(self, args, nargs, kwnames, true);
}

static TyObject *sock_get_family(TyObject *self)
{
    return tyInt_fromI64(SOCK(self)->family);
}

static TyObject *sock_get_type(TyObject *self)
{
    return tyInt_fromI64(SOCK(self)->type);
}

static TyObject *sock_get_proto(TyObject *self)
{
    return tyInt_fromI64(SOCK(self)->proto);
}

static TyObject *sock_get_timeout(TyObject *self)
{
    return timeout_value(SOCK(self)->timeout);
}

static TyMethodDef sock_methods[] = {
    { "_accept", sock_accept, TY_METH_DEFAULT, "_accept() -> (integer, address info)" },
    { "bind", sock_bind, TY_METH_DEFAULT, "bind(address)\n\nBind the socket to a local address." },
    { "close", sock_close, TY_METH_DEFAULT, "close()\n\nClose the socket.  It cannot be used after this call." },
    { "connect", sock_connect, TY_METH_DEFAULT, "connect(address)\n\nConnect the socket to a remote address." },
    { "connect_ex", sock_connect_ex, TY_METH_DEFAULT, "connect_ex(address) -> errno" },
    { "detach", sock_detach, TY_METH_DEFAULT, "detach()\n\nClose the socket object without closing the underlying file descriptor." },
    { "dup", sock_dup, TY_METH_DEFAULT, "dup() -> socket object" },
    { "fileno", sock_fileno, TY_METH_DEFAULT, "fileno() -> integer\n\nReturn the integer file descriptor of the socket." },
    { "getpeername", sock_getpeername, TY_METH_DEFAULT, "getpeername() -> address info" },
    { "getsockname", sock_getsockname, TY_METH_DEFAULT, "getsockname() -> address info" },
    { "getsockopt", sock_getsockopt, TY_METH_DEFAULT, "getsockopt(level, option[, buffersize]) -> value" },
    { "getblocking", sock_getblocking, TY_METH_DEFAULT, "getblocking()\n\nReturns True if socket is in blocking mode." },
    { "gettimeout", sock_gettimeout, TY_METH_DEFAULT, "gettimeout() -> timeout" },
    { "listen", sock_listen, TY_METH_DEFAULT, "listen([backlog])" },
    { "recv", sock_recv, TY_METH_DEFAULT, "recv(buffersize[, flags]) -> data" },
    { "recv_into", sock_recv_into, TY_METH_DEFAULT, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read" },
    { "recvfrom", sock_recvfrom, TY_METH_DEFAULT, "recvfrom(buffersize[, flags]) -> (data, address info)" },
    { "recvfrom_into", sock_recvfrom_into, TY_METH_DEFAULT, "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)" },
    { "send", sock_send, TY_METH_DEFAULT, "send(data[, flags]) -> count" },
    { "sendall", sock_sendall, TY_METH_DEFAULT, "sendall(data[, flags])" },
    { "sendto", sock_sendto, TY_METH_DEFAULT, "sendto(data[, flags], address) -> count" },
    { "setblocking", sock_setblocking, TY_METH_DEFAULT, "setblocking(flag)" },
    { "settimeout", sock_settimeout, TY_METH_DEFAULT, "settimeout(timeout)" },
    { "setsockopt", sock_setsockopt, TY_METH_DEFAULT, "setsockopt(level, option, value: int)" },
    { "shutdown", sock_shutdown, TY_METH_DEFAULT, "shutdown(flag)" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef sock_getset[] = {
    { "family", sock_get_family, NULL, "the socket family" },
    { "type", sock_get_type, NULL, "the socket type" },
    { "proto", sock_get_proto, NULL, "the socket protocol" },
    { "timeout", sock_get_timeout, NULL, "the socket timeout" },
    { NULL, NULL, NULL, NULL },
};

static TyType Sock_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_socket.socket",
    .basicsize = sizeof(Sock),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = sock_dealloc,
    .repr = sock_repr,
    .methods = sock_methods,
    .getset = sock_getset,
    .tp_new = sock_new,
    .tp_init = sock_init,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
           "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
           "Open a socket of the given type.",
};

/* ---- the module's functions ------------------------------------------------------------------- */

/* socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) */
TY_CFUNC(so_socketpair)
{
    if (tyArg_noKeywords("socketpair", kwnames) < 0 || tyArg_checkTupleCount("socketpair", nargs, 0, 3) < 0)
        return NULL;
    int v[3] = { AF_UNIX, SOCK_STREAM, 0 };
    for (size_t i = 0; i < nargs; i++)
        if (tyArg_int(args[i], &v[i]) < 0)
            return NULL;
    int fds[2];
    if (socketpair(v[0], v[1] | SOCK_CLOEXEC, v[2], fds) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    TyObject *a = sock_wrap(fds[0], v[0], v[1], v[2]);
    if (!a) {
        close(fds[1]);
        return NULL;
    }
    TyObject *b = sock_wrap(fds[1], v[0], v[1], v[2]);
    TyObject *t = b ? tyTuple_pack(2, a, b) : NULL;
    TY_DECREF(a);
    TY_XDECREF(b);
    return t;
}

TY_CFUNC(so_dup)
{
    if (tyArg_noKeywords("dup", kwnames) < 0 || tyArg_checkPositional("dup", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (tyArg_int(args[0], &fd) < 0)
        return NULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return nfd < 0 ? tyErr_fromErrno(&TyExc_OSError, NULL) : tyInt_fromI64(nfd);
}

TY_CFUNC(so_close)
{
    if (tyArg_noKeywords("close", kwnames) < 0 || tyArg_checkPositional("close", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (tyArg_int(args[0], &fd) < 0)
        return NULL;
    if (close(fd) < 0 && errno != ECONNRESET)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(so_getdefaulttimeout)
{
    if (no_args("getdefaulttimeout", nargs, kwnames) < 0)
        return NULL;
    return timeout_value(ty_state.mod.socket.default_timeout);
}

TY_CFUNC(so_setdefaulttimeout)
{
    if (tyArg_noKeywords("setdefaulttimeout", kwnames) < 0 || tyArg_checkPositional("setdefaulttimeout", nargs, 1, 1) < 0)
        return NULL;
    if (timeout_arg(args[0], &ty_state.mod.socket.default_timeout) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

TY_CFUNC(so_gethostname)
{
    if (no_args("gethostname", nargs, kwnames) < 0)
        return NULL;
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    buf[sizeof buf - 1] = '\0';
    return tyStr_fromCStr(buf);
}

/* A host argument as C text: str (ASCII/UTF-8) or bytes.  NULL for None
** when allowed; sets *err on a bad type. */
static const char *host_text(TyObject *o, bool none_ok, bool *err)
{
    *err = false;
    if (o == TY_NONE && none_ok)
        return NULL;
    if (TY_STR_CHECK(o))
        return TY_STR_UTF8(o);
    if (TY_BYTES_CHECK(o))
        return TY_BYTES_DATA(o);
    *err = true;
    if (none_ok)
        tyErr_setString(&TyExc_TypeError, "getaddrinfo() argument 1 must be string or None");
    else
        tyErr_format(&TyExc_TypeError, "str, bytes or bytearray expected, not %s", tyType_name(TY_TYPE(o)));
    return NULL;
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
TY_CFUNC(so_getaddrinfo)
{
    static const char *const names[] = { "host", "port", "family", "type", "proto", "flags", NULL };
    TyObject *a[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
    if (tyArg_unpack("getaddrinfo", args, nargs, kwnames, names, 2, 6, a) < 0)
        return NULL;
    bool bad;
    const char *host = host_text(a[0], true, &bad);
    if (bad)
        return NULL;
    char portbuf[32];
    const char *port = NULL;
    if (TY_INT_CHECK(a[1])) {
        int64_t p;
        if (tyInt_asI64(a[1], &p) < 0)
            return NULL;
        snprintf(portbuf, sizeof portbuf, "%lld", (long long)p);
        port = portbuf;
    } else if (TY_STR_CHECK(a[1])) {
        port = TY_STR_UTF8(a[1]);
    } else if (TY_BYTES_CHECK(a[1])) {
        port = TY_BYTES_DATA(a[1]);
    } else if (a[1] != TY_NONE) {
        return tyErr_setString(&TyExc_OSError, "Int or String expected");
    }
    int v[4] = { 0, 0, 0, 0 };
    for (int i = 0; i < 4; i++)
        if (a[i + 2] && tyArg_int(a[i + 2], &v[i]) < 0)
            return NULL;
    struct addrinfo hints = { .ai_family = v[0], .ai_socktype = v[1], .ai_protocol = v[2], .ai_flags = v[3] };
    struct addrinfo *res = NULL;
    int rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0)
        return set_gaierror(rc);
    TyObject *list = tyList_new(0);
    for (struct addrinfo *r = res; list && r; r = r->ai_next) {
        SockAddr addr;
        memset(&addr, 0, sizeof addr);
        memcpy(&addr, r->ai_addr, r->ai_addrlen < sizeof addr ? r->ai_addrlen : sizeof addr);
        TyObject *v5[5] = { tyInt_fromI64(r->ai_family), tyInt_fromI64(r->ai_socktype),
                            tyInt_fromI64(r->ai_protocol), tyStr_fromCStr(r->ai_canonname ? r->ai_canonname : ""),
                            address_value(&addr, r->ai_addrlen) };
        TyObject *t = v5[0] && v5[1] && v5[2] && v5[3] && v5[4] ? tyTuple_fromArray(v5, 5) : NULL;
        for (int i = 0; i < 5; i++)
            TY_XDECREF(v5[i]);
        if (!t || tyList_appendSteal(list, t) < 0)
            TY_CLEAR(list);
    }
    freeaddrinfo(res);
    return list;
}

/* getnameinfo(sockaddr, flags) -> (host, port) */
TY_CFUNC(so_getnameinfo)
{
    if (tyArg_noKeywords("getnameinfo", kwnames) < 0 || tyArg_checkPositional("getnameinfo", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_TUPLE_CHECK(args[0]))
        return tyErr_setString(&TyExc_TypeError, "getnameinfo() argument 1 must be a tuple");
    int flags;
    if (tyArg_int(args[1], &flags) < 0)
        return NULL;
    TyObject *sa = args[0];
    if (TY_TUPLE_LEN(sa) < 2 || TY_TUPLE_LEN(sa) > 4)
        return tyErr_setString(&TyExc_TypeError, "getnameinfo(): illegal sockaddr argument");
    bool bad;
    const char *host = host_text(TY_TUPLE_GET(sa, 0), false, &bad);
    if (bad)
        return NULL;
    int port;
    if (port_arg(TY_TUPLE_GET(sa, 1), "getnameinfo", &port) < 0)
        return NULL;
    char portbuf[16];
    snprintf(portbuf, sizeof portbuf, "%d", port);
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM, .ai_flags = AI_NUMERICHOST };
    struct addrinfo *res = NULL;
    int rc = getaddrinfo(host, portbuf, &hints, &res);
    if (rc != 0)
        return set_gaierror(rc);
    if (res->ai_next) {
        freeaddrinfo(res);
        return tyErr_setString(&TyExc_OSError, "sockaddr resolved to multiple addresses");
    }
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    memcpy(&addr, res->ai_addr, res->ai_addrlen < sizeof addr ? res->ai_addrlen : sizeof addr);
    socklen_t len = res->ai_addrlen;
    freeaddrinfo(res);
    if (addr.sa.sa_family == AF_INET6 && TY_TUPLE_LEN(sa) > 2) {
        int64_t extra[2] = { 0, 0 };
        for (ssize_t i = 2; i < TY_TUPLE_LEN(sa); i++)
            if (tyInt_asI64(TY_TUPLE_GET(sa, i), &extra[i - 2]) < 0)
                return NULL;
        addr.in6.sin6_flowinfo = htonl((uint32_t)extra[0]);
        addr.in6.sin6_scope_id = (uint32_t)extra[1];
    } else if (addr.sa.sa_family == AF_INET && TY_TUPLE_LEN(sa) != 2) {
        return tyErr_setString(&TyExc_OSError, "IPv4 sockaddr must be 2 tuple");
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    rc = getnameinfo(&addr.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
    if (rc != 0)
        return set_gaierror(rc);
    TyObject *h = tyStr_fromCStr(hbuf);
    TyObject *p = h ? tyStr_fromCStr(sbuf) : NULL;
    TyObject *t = p ? tyTuple_pack(2, h, p) : NULL;
    TY_XDECREF(h);
    TY_XDECREF(p);
    return t;
}

/* The first IPv4 address of a host name, as dotted text into buf. */
static int ipv4_of(TyObject *o, char *buf)
{
    SockAddr addr;
    socklen_t len;
    if (resolve_host(o, AF_INET, &addr, &len) < 0)
        return -1;
    inet_ntop(AF_INET, &addr.in4.sin_addr, buf, INET_ADDRSTRLEN);
    return 0;
}

TY_CFUNC(so_gethostbyname)
{
    if (tyArg_noKeywords("gethostbyname", kwnames) < 0 || tyArg_checkPositional("gethostbyname", nargs, 1, 1) < 0)
        return NULL;
    char buf[INET_ADDRSTRLEN];
    return ipv4_of(args[0], buf) < 0 ? NULL : tyStr_fromCStr(buf);
}

/* (name, aliases, addresses) from a struct hostent: new reference. */
static TyObject *hostent_value(struct hostent *h)
{
    TyObject *name = tyStr_fromCStr(h->h_name);
    TyObject *aliases = tyList_new(0);
    TyObject *addrs = tyList_new(0);
    for (char **p = h->h_aliases; name && aliases && p && *p; p++) {
        TyObject *a = tyStr_fromCStr(*p);
        if (!a || tyList_appendSteal(aliases, a) < 0)
            TY_CLEAR(aliases);
    }
    for (char **p = h->h_addr_list; addrs && p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(h->h_addrtype, *p, buf, sizeof buf);
        TyObject *a = tyStr_fromCStr(buf);
        if (!a || tyList_appendSteal(addrs, a) < 0)
            TY_CLEAR(addrs);
    }
    TyObject *t = name && aliases && addrs ? tyTuple_pack(3, name, aliases, addrs) : NULL;
    TY_XDECREF(name);
    TY_XDECREF(aliases);
    TY_XDECREF(addrs);
    return t;
}

static TyObject *set_herror(int code)
{
    TyObject *a[2] = { tyInt_fromI64(code), tyStr_fromCStr(hstrerror(code)) };
    TyObject *exc = a[0] && a[1] ? tyObj_call(ty_state.mod.socket.herror, a, 2, NULL) : NULL;
    TY_XDECREF(a[0]);
    TY_XDECREF(a[1]);
    if (exc) {
        tyErr_setObject((TyType *)ty_state.mod.socket.herror, exc);
        TY_DECREF(exc);
    }
    return NULL;
}

TY_CFUNC(so_gethostbyname_ex)
{
    if (tyArg_noKeywords("gethostbyname_ex", kwnames) < 0 || tyArg_checkPositional("gethostbyname_ex", nargs, 1, 1) < 0)
        return NULL;
    char buf[INET_ADDRSTRLEN];
    if (ipv4_of(args[0], buf) < 0)
        return NULL;
    bool bad;
    const char *name = host_text(args[0], false, &bad);
    if (bad)
        return NULL;
    struct hostent he, *res = NULL;
    char tmp[8192];
    int herr = 0;
    if (gethostbyname_r(name, &he, tmp, sizeof tmp, &res, &herr) != 0 || !res)
        return set_herror(herr ? herr : HOST_NOT_FOUND);
    return hostent_value(res);
}

TY_CFUNC(so_gethostbyaddr)
{
    if (tyArg_noKeywords("gethostbyaddr", kwnames) < 0 || tyArg_checkPositional("gethostbyaddr", nargs, 1, 1) < 0)
        return NULL;
    SockAddr addr;
    socklen_t len;
    bool bad;
    const char *name = host_text(args[0], false, &bad);
    if (bad)
        return NULL;
    int family = strchr(name, ':') ? AF_INET6 : AF_INET;
    if (resolve_host(args[0], family, &addr, &len) < 0)
        return NULL;
    struct hostent he, *res = NULL;
    char tmp[8192];
    int herr = 0;
    const void *ap = family == AF_INET ? (const void *)&addr.in4.sin_addr : (const void *)&addr.in6.sin6_addr;
    socklen_t alen = family == AF_INET ? sizeof addr.in4.sin_addr : sizeof addr.in6.sin6_addr;
    if (gethostbyaddr_r(ap, alen, family, &he, tmp, sizeof tmp, &res, &herr) != 0 || !res)
        return set_herror(herr ? herr : HOST_NOT_FOUND);
    return hostent_value(res);
}

/* An optional protocol name argument as C text, or NULL. */
static int proto_name(size_t nargs, TyObject *const *args, const char *caller, const char **out)
{
    *out = NULL;
    if (nargs < 2)
        return 0;
    if (!TY_STR_CHECK(args[1])) {
        tyErr_format(&TyExc_TypeError, "%s() argument 2 must be str, not %s", caller, tyType_name(TY_TYPE(args[1])));
        return -1;
    }
    *out = TY_STR_UTF8(args[1]);
    return 0;
}

TY_CFUNC(so_getservbyname)
{
    if (tyArg_noKeywords("getservbyname", kwnames) < 0 || tyArg_checkTupleCount("getservbyname", nargs, 1, 2) < 0)
        return NULL;
    const char *proto;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "getservbyname() argument 1 must be str, not %s",
                            tyType_name(TY_TYPE(args[0])));
    if (proto_name(nargs, args, "getservbyname", &proto) < 0)
        return NULL;
    struct servent *sp = getservbyname(TY_STR_UTF8(args[0]), proto);
    if (!sp)
        return tyErr_setString(&TyExc_OSError, "service/proto not found");
    return tyInt_fromI64(ntohs((uint16_t)sp->s_port));
}

TY_CFUNC(so_getservbyport)
{
    if (tyArg_noKeywords("getservbyport", kwnames) < 0 || tyArg_checkTupleCount("getservbyport", nargs, 1, 2) < 0)
        return NULL;
    int port;
    const char *proto;
    if (tyArg_int(args[0], &port) < 0 || proto_name(nargs, args, "getservbyport", &proto) < 0)
        return NULL;
    if (port < 0 || port > 0xffff)
        return tyErr_setString(&TyExc_OverflowError, "getservbyport: port must be 0-65535.");
    struct servent *sp = getservbyport(htons((uint16_t)port), proto);
    if (!sp)
        return tyErr_setString(&TyExc_OSError, "port/proto not found");
    return tyStr_fromCStr(sp->s_name);
}

TY_CFUNC(so_getprotobyname)
{
    if (tyArg_noKeywords("getprotobyname", kwnames) < 0 || tyArg_checkPositional("getprotobyname", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "getprotobyname() argument 1 must be str, not %s",
                            tyType_name(TY_TYPE(args[0])));
    struct protoent *p = getprotobyname(TY_STR_UTF8(args[0]));
    if (!p)
        return tyErr_setString(&TyExc_OSError, "protocol not found");
    return tyInt_fromI64(p->p_proto);
}

TY_CFUNC(so_inet_aton)
{
    if (tyArg_noKeywords("inet_aton", kwnames) < 0 || tyArg_checkPositional("inet_aton", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "inet_aton() argument 1 must be str, not %s",
                            tyType_name(TY_TYPE(args[0])));
    struct in_addr a;
    if (inet_aton(TY_STR_UTF8(args[0]), &a) == 0)
        return tyErr_setString(&TyExc_OSError, "illegal IP address string passed to inet_aton");
    return tyBytes_fromData((const char *)&a, sizeof a);
}

TY_CFUNC(so_inet_ntoa)
{
    if (tyArg_noKeywords("inet_ntoa", kwnames) < 0 || tyArg_checkPositional("inet_ntoa", nargs, 1, 1) < 0)
        return NULL;
    TyObject *data = data_arg(args[0]);
    if (!data)
        return NULL;
    if (tyBytes_likeLen(data) != 4) {
        TY_DECREF(data);
        return tyErr_setString(&TyExc_OSError, "packed IP wrong length for inet_ntoa");
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, tyBytes_likeData(data), buf, sizeof buf);
    TY_DECREF(data);
    return tyStr_fromCStr(buf);
}

TY_CFUNC(so_inet_pton)
{
    if (tyArg_noKeywords("inet_pton", kwnames) < 0 || tyArg_checkPositional("inet_pton", nargs, 2, 2) < 0)
        return NULL;
    int af;
    if (tyArg_int(args[0], &af) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "inet_pton() argument 2 must be str, not %s",
                            tyType_name(TY_TYPE(args[1])));
    unsigned char buf[sizeof(struct in6_addr)];
    int r = inet_pton(af, TY_STR_UTF8(args[1]), buf);
    if (r < 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    if (r == 0)
        return tyErr_setString(&TyExc_OSError, "illegal IP address string passed to inet_pton");
    return tyBytes_fromData((const char *)buf, af == AF_INET ? 4 : 16);
}

TY_CFUNC(so_inet_ntop)
{
    if (tyArg_noKeywords("inet_ntop", kwnames) < 0 || tyArg_checkPositional("inet_ntop", nargs, 2, 2) < 0)
        return NULL;
    int af;
    if (tyArg_int(args[0], &af) < 0)
        return NULL;
    TyObject *data = data_arg(args[1]);
    if (!data)
        return NULL;
    ssize_t n = tyBytes_likeLen(data);
    char buf[INET6_ADDRSTRLEN];
    TyObject *r;
    if (af != AF_INET && af != AF_INET6)
        r = tyErr_setString(&TyExc_ValueError, "unknown address family");
    else if (n != (af == AF_INET ? 4 : 16))
        r = tyErr_setString(&TyExc_ValueError, "invalid length of packed IP address string");
    else if (!inet_ntop(af, tyBytes_likeData(data), buf, sizeof buf))
        r = tyErr_fromErrno(&TyExc_OSError, NULL);
    else
        r = tyStr_fromCStr(buf);
    TY_DECREF(data);
    return r;
}

/* htons/ntohs: 16 bits with CPython's checks. */
static TyObject *swap16(const char *name, size_t nargs, TyObject *const *args, TyObject *kwnames)
{
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkPositional(name, nargs, 1, 1) < 0)
        return NULL;
    TyObject *i = tyNum_index(args[0]);
    if (!i)
        return NULL;
    int64_t v;
    int r = tyInt_asI64(i, &v);
    TY_DECREF(i);
    if (r < 0 || v > INT_MAX) {
        tyErr_clear();
        return tyErr_setString(&TyExc_OverflowError, "signed integer is greater than maximum");
    }
    if (v < 0)
        return tyErr_format(&TyExc_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer",
                            name);
    if (v > 0xffff)
        return tyErr_format(&TyExc_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer",
                            name);
    return tyInt_fromI64(htons((uint16_t)v));
}

/* htonl/ntohl: 32 bits with CPython's checks. */
static TyObject *swap32(const char *name, size_t nargs, TyObject *const *args, TyObject *kwnames)
{
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkPositional(name, nargs, 1, 1) < 0)
        return NULL;
    if (!TY_INT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "expected int, %s found", tyType_name(TY_TYPE(args[0])));
    int64_t v;
    if (tyInt_sign(args[0]) < 0)
        return tyErr_setString(&TyExc_OverflowError, "can't convert negative value to unsigned int");
    if (tyInt_asI64(args[0], &v) < 0 || v > 0xffffffffLL) {
        tyErr_clear();
        return tyErr_setString(&TyExc_OverflowError, "int larger than 32 bits");
    }
    return tyInt_fromU64(htonl((uint32_t)v));
}

TY_CFUNC(so_htons)
{
    return swap16("htons", nargs, args, kwnames);
}

TY_CFUNC(so_ntohs)
{
    return swap16("ntohs", nargs, args, kwnames);
}

TY_CFUNC(so_htonl)
{
    return swap32("htonl", nargs, args, kwnames);
}

TY_CFUNC(so_ntohl)
{
    return swap32("ntohl", nargs, args, kwnames);
}

static TyMethodDef socket_functions[] = {
    { "socketpair", so_socketpair, TY_METH_DEFAULT, "socketpair([family[, type [, proto]]]) -> (socket object, socket object)" },
    { "dup", so_dup, TY_METH_DEFAULT, "dup(integer) -> integer" },
    { "close", so_close, TY_METH_DEFAULT, "close(integer) -> None" },
    { "getdefaulttimeout", so_getdefaulttimeout, TY_METH_DEFAULT, "getdefaulttimeout() -> timeout" },
    { "setdefaulttimeout", so_setdefaulttimeout, TY_METH_DEFAULT, "setdefaulttimeout(timeout)" },
    { "gethostname", so_gethostname, TY_METH_DEFAULT, "gethostname() -> string" },
    { "gethostbyname", so_gethostbyname, TY_METH_DEFAULT, "gethostbyname(host) -> address" },
    { "gethostbyname_ex", so_gethostbyname_ex, TY_METH_DEFAULT, "gethostbyname_ex(host) -> (name, aliaslist, addresslist)" },
    { "gethostbyaddr", so_gethostbyaddr, TY_METH_DEFAULT, "gethostbyaddr(host) -> (name, aliaslist, addresslist)" },
    { "getaddrinfo", so_getaddrinfo, TY_METH_DEFAULT, "getaddrinfo(host, port [, family, type, proto, flags])" },
    { "getnameinfo", so_getnameinfo, TY_METH_DEFAULT, "getnameinfo(sockaddr, flags) --> (host, port)" },
    { "getservbyname", so_getservbyname, TY_METH_DEFAULT, "getservbyname(servicename[, protocolname]) -> integer" },
    { "getservbyport", so_getservbyport, TY_METH_DEFAULT, "getservbyport(port[, protocolname]) -> string" },
    { "getprotobyname", so_getprotobyname, TY_METH_DEFAULT, "getprotobyname(name) -> integer" },
    { "inet_aton", so_inet_aton, TY_METH_DEFAULT, "inet_aton(string) -> bytes giving packed 32-bit IP representation" },
    { "inet_ntoa", so_inet_ntoa, TY_METH_DEFAULT, "inet_ntoa(packed_ip) -> ip_address_string" },
    { "inet_pton", so_inet_pton, TY_METH_DEFAULT, "inet_pton(af, ip) -> packed IP address string" },
    { "inet_ntop", so_inet_ntop, TY_METH_DEFAULT, "inet_ntop(af, packed_ip) -> string formatted IP address" },
    { "htons", so_htons, TY_METH_DEFAULT, "htons(integer) -> integer" },
    { "ntohs", so_ntohs, TY_METH_DEFAULT, "ntohs(integer) -> integer" },
    { "htonl", so_htonl, TY_METH_DEFAULT, "htonl(integer) -> integer" },
    { "ntohl", so_ntohl, TY_METH_DEFAULT, "ntohl(integer) -> integer" },
    { NULL, NULL, 0, NULL },
};

#define C(name) { #name, (long)(name) }
static const struct { const char *name; long value; } socket_constants[] = {
    C(AF_UNSPEC), C(AF_UNIX), C(AF_INET), C(AF_INET6), C(AF_NETLINK), C(AF_PACKET),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET), C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SOL_IP), C(SOL_TCP), C(SOMAXCONN),
    C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_DONTROUTE),
    C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF), C(SO_RCVBUF), C(SO_SNDLOWAT), C(SO_RCVLOWAT),
    C(SO_SNDTIMEO), C(SO_RCVTIMEO), C(SO_ERROR), C(SO_TYPE), C(SO_PASSCRED), C(SO_PEERCRED), C(SO_BINDTODEVICE),
    C(SO_PRIORITY), C(SO_MARK), C(SO_DOMAIN), C(SO_PROTOCOL), C(SO_PEERSEC), C(SO_PASSSEC),
    C(SCM_RIGHTS), C(SCM_CREDENTIALS),
    C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_TRUNC), C(MSG_CTRUNC),
    C(MSG_WAITALL), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_ERRQUEUE), C(MSG_CONFIRM), C(MSG_MORE),
    C(MSG_FASTOPEN),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(IPPROTO_IP), C(IPPROTO_ICMP), C(IPPROTO_IGMP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6),
    C(IPPROTO_ICMPV6), C(IPPROTO_RAW), C(IPPROTO_SCTP), C(IPPROTO_UDPLITE), C(IPPROTO_MPTCP),
    C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE),
    C(IP_TOS), C(IP_TTL), C(IP_HDRINCL), C(IP_OPTIONS), C(IP_RECVTOS), C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL),
    C(IP_MULTICAST_LOOP), C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP), C(IP_TRANSPARENT), C(IP_BIND_ADDRESS_NO_PORT),
    C(IPV6_V6ONLY), C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP), C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_IF),
    C(IPV6_MULTICAST_LOOP), C(IPV6_UNICAST_HOPS), C(IPV6_RECVTCLASS), C(IPV6_TCLASS),
    C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT), C(TCP_SYNCNT),
    C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP), C(TCP_INFO), C(TCP_QUICKACK), C(TCP_CONGESTION),
    C(TCP_USER_TIMEOUT), C(TCP_NOTSENT_LOWAT), C(TCP_FASTOPEN),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED), C(AI_ALL),
    C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM), C(NI_MAXHOST), C(NI_MAXSERV),
    C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY), C(EAI_NODATA),
    C(EAI_NONAME), C(EAI_OVERFLOW), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM),
};
#undef C

static TyObject *error_class(const char *name)
{
    TyObject *bases = tyTuple_pack(1, (TyObject *)&TyExc_OSError);
    TyObject *cls = bases ? tyClass_newBuiltin("socket", name, bases) : NULL;
    TY_XDECREF(bases);
    return cls;
}

TyObject *tySocket_create(void)
{
    tyNss_prepare();
    if (tyType_ready(&Sock_Type) < 0)
        return NULL;
    /* The default timeout is the process's in CPython: a re-import keeps it. */
    if (!ty_state.mod.socket.gaierror)
        ty_state.mod.socket.default_timeout = -1;
    if (!ty_state.mod.socket.gaierror && !(ty_state.mod.socket.gaierror = error_class("gaierror")))
        return NULL;
    if (!ty_state.mod.socket.herror && !(ty_state.mod.socket.herror = error_class("herror")))
        return NULL;
    TyObject *m = tyModule_new("_socket", socket_functions);
    if (!m)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(socket_constants); i++)
        if (tyModule_addInt(m, socket_constants[i].name, socket_constants[i].value) < 0)
            goto fail;
    if (tyModule_addObject(m, "socket", (TyObject *)&Sock_Type) < 0 ||
        tyModule_addObject(m, "SocketType", (TyObject *)&Sock_Type) < 0 ||
        tyModule_addObject(m, "error", (TyObject *)&TyExc_OSError) < 0 ||
        tyModule_addObject(m, "timeout", (TyObject *)&TyExc_TimeoutError) < 0 ||
        tyModule_addObject(m, "gaierror", ty_state.mod.socket.gaierror) < 0 ||
        tyModule_addObject(m, "herror", ty_state.mod.socket.herror) < 0 ||
        tyModule_addObject(m, "has_ipv6", TY_TRUE) < 0)
        goto fail;
    return m;
fail:
    TY_DECREF(m);
    return NULL;
}

void tySocket_fini(void)
{
    TY_CLEAR(ty_state.mod.socket.gaierror);
    TY_CLEAR(ty_state.mod.socket.herror);
    tyType_finiStatic(&Sock_Type);
}
