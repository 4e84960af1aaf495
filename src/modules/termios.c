/*
** termios.c — the `termios` module: the POSIX terminal calls (attributes,
** breaks, flushing, flow, window size) with CPython's lists, messages and
** constants.  getpass turns echo off through it, tty and pty set raw mode.
*/
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "tally.h"
#include "args.h"
#include "modules/posix.h"
#include "modules/termios.h"

/* termios.error(errno, strerror) from errno.  Returns NULL. */
static TyObject *termios_error(void)
{
    int e = errno;
    TyObject *code = tyInt_fromI64(e), *msg = tyStr_fromCStr(strerror(e));
    TyObject *args = code && msg ? tyTuple_pack(2, code, msg) : NULL;
    TY_XDECREF(code);
    TY_XDECREF(msg);
    TyObject *exc = args ? tyObj_callTupleDict(ty_state.mod.termios.error, args, NULL) : NULL;
    TY_XDECREF(args);
    if (exc) {
        tyErr_setObject((TyType *)ty_state.mod.termios.error, exc);
        TY_DECREF(exc);
    }
    return NULL;
}

/* The arguments of a function (fd, then nint int arguments): the count
** checked with CPython's messages, fd as PyObject_AsFileDescriptor reads it.
** 0 or -1. */
static int fd_and_ints(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                       int nint, int *fd, int *ints)
{
    if (tyArg_noKeywords(fname, kwnames) < 0)
        return -1;
    if (nint == 0) {
        char qualified[40];
        snprintf(qualified, sizeof qualified, "termios.%s", fname);
        if (tyArg_checkPositional(qualified, nargs, 1, 1) < 0)
            return -1;
    } else if (tyArg_checkCount(fname, nargs, (size_t)nint + 1, (size_t)nint + 1) < 0) {
        return -1;
    }
    if (tyPosix_fileno(args[0], fd) < 0)
        return -1;
    for (int i = 0; i < nint; i++)
        if (tyArg_int(args[i + 1], &ints[i]) < 0)
            return -1;
    return 0;
}

/* tcgetattr(fd, /): [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]. */
static TyObject *tm_tcgetattr(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    struct termios mode;
    if (fd_and_ints("tcgetattr", args, nargs, kwnames, 0, &fd, NULL) < 0)
        return NULL;
    if (tcgetattr(fd, &mode) == -1)
        return termios_error();
    TyObject *cc = tyList_new(NCCS);
    if (!cc)
        return NULL;
    for (int i = 0; i < NCCS; i++) {
        char ch = (char)mode.c_cc[i];
        /* In noncanonical mode the MIN and TIME slots are counts, not
        ** characters (elsewhere they may share EOF's and EOL's slots). */
        bool count = (mode.c_lflag & ICANON) == 0 && (i == VMIN || i == VTIME);
        TyObject *v = count ? tyInt_fromI64(mode.c_cc[i]) : tyBytes_fromData(&ch, 1);
        TY_LIST_SET(cc, i, v ? v : TY_NEWREF(TY_NONE));
        if (!v) {
            TY_DECREF(cc);
            return NULL;
        }
    }
    int64_t fields[6] = { mode.c_iflag, mode.c_oflag, mode.c_cflag, mode.c_lflag,
                          cfgetispeed(&mode), cfgetospeed(&mode) };
    TyObject *r = tyList_new(7);
    if (!r) {
        TY_DECREF(cc);
        return NULL;
    }
    TY_LIST_SET(r, 6, cc);
    bool ok = true;
    for (int i = 0; i < 6; i++) {
        TyObject *v = tyInt_fromI64(fields[i]);
        ok = ok && v;
        TY_LIST_SET(r, i, v ? v : TY_NEWREF(TY_NONE));
    }
    if (!ok)
        TY_CLEAR(r);
    return r;
}

/* A C long from an attribute list's item, as PyLong_AsLong reads it. */
static long attr_long(TyObject *o)
{
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    int64_t v = 0;
    tyInt_asI64(i, &v);
    TY_DECREF(i);
    return (long)v;
}

/* tcsetattr(fd, when, attributes, /). */
static TyObject *tm_tcsetattr(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, when;
    struct termios mode;
    if (fd_and_ints("tcsetattr", args, nargs > 2 ? 2 : nargs, kwnames, 1, &fd, &when) < 0)
        return NULL;
    if (tyArg_checkCount("tcsetattr", nargs, 3, 3) < 0)
        return NULL;
    TyObject *term = args[2];
    if (!TY_LIST_CHECK(term) || TY_LIST_LEN(term) != 7)
        return tyErr_setString(&TyExc_TypeError, "tcsetattr, arg 3: must be 7 element list");
    /* The old mode first: it may have fields the list does not hold. */
    if (tcgetattr(fd, &mode) == -1)
        return termios_error();
    mode.c_iflag = (tcflag_t)attr_long(TY_LIST_GET(term, 0));
    mode.c_oflag = (tcflag_t)attr_long(TY_LIST_GET(term, 1));
    mode.c_cflag = (tcflag_t)attr_long(TY_LIST_GET(term, 2));
    mode.c_lflag = (tcflag_t)attr_long(TY_LIST_GET(term, 3));
    speed_t ispeed = (speed_t)attr_long(TY_LIST_GET(term, 4));
    speed_t ospeed = (speed_t)attr_long(TY_LIST_GET(term, 5));
    TyObject *cc = TY_LIST_GET(term, 6);
    if (tyErr_occurred())
        return NULL;
    if (!TY_LIST_CHECK(cc) || TY_LIST_LEN(cc) != NCCS)
        return tyErr_format(&TyExc_TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
    for (int i = 0; i < NCCS; i++) {
        TyObject *v = TY_LIST_GET(cc, i);
        if (TY_BYTES_CHECK(v) && TY_BYTES_LEN(v) == 1)
            mode.c_cc[i] = (cc_t)TY_BYTES_DATA(v)[0];
        else if (TY_INT_CHECK(v))
            mode.c_cc[i] = (cc_t)attr_long(v);
        else
            return tyErr_setString(&TyExc_TypeError,
                                   "tcsetattr: elements of attributes must be characters or integers");
    }
    if (tyErr_occurred())
        return NULL;
    if (cfsetispeed(&mode, ispeed) == -1 || cfsetospeed(&mode, ospeed) == -1 ||
        tcsetattr(fd, when, &mode) == -1)
        return termios_error();
    return TY_NEWREF(TY_NONE);
}

/* tcsendbreak(fd, duration, /). */
static TyObject *tm_tcsendbreak(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, duration;
    if (fd_and_ints("tcsendbreak", args, nargs, kwnames, 1, &fd, &duration) < 0)
        return NULL;
    if (tcsendbreak(fd, duration) == -1)
        return termios_error();
    return TY_NEWREF(TY_NONE);
}

/* tcdrain(fd, /). */
static TyObject *tm_tcdrain(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (fd_and_ints("tcdrain", args, nargs, kwnames, 0, &fd, NULL) < 0)
        return NULL;
    if (tcdrain(fd) == -1)
        return termios_error();
    return TY_NEWREF(TY_NONE);
}

/* tcflush(fd, queue, /). */
static TyObject *tm_tcflush(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, queue;
    if (fd_and_ints("tcflush", args, nargs, kwnames, 1, &fd, &queue) < 0)
        return NULL;
    if (tcflush(fd, queue) == -1)
        return termios_error();
    return TY_NEWREF(TY_NONE);
}

/* tcflow(fd, action, /). */
static TyObject *tm_tcflow(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd, action;
    if (fd_and_ints("tcflow", args, nargs, kwnames, 1, &fd, &action) < 0)
        return NULL;
    if (tcflow(fd, action) == -1)
        return termios_error();
    return TY_NEWREF(TY_NONE);
}

/* tcgetwinsize(fd, /): (ws_row, ws_col). */
static TyObject *tm_tcgetwinsize(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    struct winsize w;
    if (fd_and_ints("tcgetwinsize", args, nargs, kwnames, 0, &fd, NULL) < 0)
        return NULL;
    if (ioctl(fd, TIOCGWINSZ, &w) == -1)
        return termios_error();
    TyObject *row = tyInt_fromI64(w.ws_row), *col = tyInt_fromI64(w.ws_col);
    TyObject *r = row && col ? tyTuple_pack(2, row, col) : NULL;
    TY_XDECREF(row);
    TY_XDECREF(col);
    return r;
}

/* tcsetwinsize(fd, winsize, /). */
static TyObject *tm_tcsetwinsize(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int fd;
    if (tyArg_noKeywords("tcsetwinsize", kwnames) < 0 || tyArg_checkCount("tcsetwinsize", nargs, 2, 2) < 0 ||
        tyPosix_fileno(args[0], &fd) < 0)
        return NULL;
    TyObject *size = args[1];
    if (!tyObj_isSequence(size) || tyObj_length(size) != 2) {
        tyErr_clear();
        return tyErr_setString(&TyExc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
    }
    int64_t values[2];
    for (int i = 0; i < 2; i++) {
        TyObject *index = tyInt_fromI64(i);
        TyObject *item = index ? tyObj_getItem(size, index) : NULL;
        TY_XDECREF(index);
        TyObject *n = item ? tyNum_index(item) : NULL;
        TY_XDECREF(item);
        int r = n ? tyInt_asI64(n, &values[i]) : -1;
        TY_XDECREF(n);
        if (r < 0)
            return NULL;
    }
    struct winsize w;
    /* The old size first: it has fields (pixels) the pair does not hold. */
    if (ioctl(fd, TIOCGWINSZ, &w) == -1)
        return termios_error();
    w.ws_row = (unsigned short)values[0];
    w.ws_col = (unsigned short)values[1];
    if (w.ws_row != values[0] || w.ws_col != values[1])
        return tyErr_setString(&TyExc_OverflowError, "winsize value(s) out of range.");
    if (ioctl(fd, TIOCSWINSZ, &w) == -1)
        return termios_error();
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef termios_functions[] = {
    { "tcgetattr", tm_tcgetattr, TY_METH_DEFAULT,
      "Get the tty attributes for file descriptor fd.\n\n"
      "Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\n"
      "where cc is a list of the tty special characters (each a string of\n"
      "length 1, except the items with indices VMIN and VTIME, which are\n"
      "integers when these fields are defined).  The interpretation of the\n"
      "flags and the speeds as well as the indexing in the cc array must be\n"
      "done using the symbolic constants defined in this module." },
    { "tcsetattr", tm_tcsetattr, TY_METH_DEFAULT,
      "Set the tty attributes for file descriptor fd.\n\n"
      "The attributes to be set are taken from the attributes argument, which\n"
      "is a list like the one returned by tcgetattr(). The when argument\n"
      "determines when the attributes are changed: termios.TCSANOW to\n"
      "change immediately, termios.TCSADRAIN to change after transmitting all\n"
      "queued output, or termios.TCSAFLUSH to change after transmitting all\n"
      "queued output and discarding all queued input." },
    { "tcsendbreak", tm_tcsendbreak, TY_METH_DEFAULT,
      "Send a break on file descriptor fd.\n\n"
      "A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\n"
      "has a system dependent meaning." },
    { "tcdrain", tm_tcdrain, TY_METH_DEFAULT,
      "Wait until all output written to file descriptor fd has been transmitted." },
    { "tcflush", tm_tcflush, TY_METH_DEFAULT,
      "Discard queued data on file descriptor fd.\n\n"
      "The queue selector specifies which queue: termios.TCIFLUSH for the input\n"
      "queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\n"
      "both queues." },
    { "tcflow", tm_tcflow, TY_METH_DEFAULT,
      "Suspend or resume input or output on file descriptor fd.\n\n"
      "The action argument can be termios.TCOOFF to suspend output,\n"
      "termios.TCOON to restart output, termios.TCIOFF to suspend input,\n"
      "or termios.TCION to restart input." },
    { "tcgetwinsize", tm_tcgetwinsize, TY_METH_DEFAULT,
      "Get the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col)." },
    { "tcsetwinsize", tm_tcsetwinsize, TY_METH_DEFAULT,
      "Set the tty winsize for file descriptor fd.\n\n"
      "The winsize to be set is taken from the winsize argument, which\n"
      "is a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize()." },
    { NULL, NULL, 0, NULL },
};

/* The constants CPython's termios gives on Linux, each where the C
** library defines it. */
static const struct { const char *name; int64_t value; } termios_constants[] = {
#ifdef B0
    { "B0", B0 },
#endif
#ifdef B1000000
    { "B1000000", B1000000 },
#endif
#ifdef B110
    { "B110", B110 },
#endif
#ifdef B115200
    { "B115200", B115200 },
#endif
#ifdef B1152000
    { "B1152000", B1152000 },
#endif
#ifdef B1200
    { "B1200", B1200 },
#endif
#ifdef B134
    { "B134", B134 },
#endif
#ifdef B150
    { "B150", B150 },
#endif
#ifdef B1500000
    { "B1500000", B1500000 },
#endif
#ifdef B1800
    { "B1800", B1800 },
#endif
#ifdef B19200
    { "B19200", B19200 },
#endif
#ifdef B200
    { "B200", B200 },
#endif
#ifdef B2000000
    { "B2000000", B2000000 },
#endif
#ifdef B230400
    { "B230400", B230400 },
#endif
#ifdef B2400
    { "B2400", B2400 },
#endif
#ifdef B2500000
    { "B2500000", B2500000 },
#endif
#ifdef B300
    { "B300", B300 },
#endif
#ifdef B3000000
    { "B3000000", B3000000 },
#endif
#ifdef B3500000
    { "B3500000", B3500000 },
#endif
#ifdef B38400
    { "B38400", B38400 },
#endif
#ifdef B4000000
    { "B4000000", B4000000 },
#endif
#ifdef B460800
    { "B460800", B460800 },
#endif
#ifdef B4800
    { "B4800", B4800 },
#endif
#ifdef B50
    { "B50", B50 },
#endif
#ifdef B500000
    { "B500000", B500000 },
#endif
#ifdef B57600
    { "B57600", B57600 },
#endif
#ifdef B576000
    { "B576000", B576000 },
#endif
#ifdef B600
    { "B600", B600 },
#endif
#ifdef B75
    { "B75", B75 },
#endif
#ifdef B921600
    { "B921600", B921600 },
#endif
#ifdef B9600
    { "B9600", B9600 },
#endif
#ifdef BRKINT
    { "BRKINT", BRKINT },
#endif
#ifdef BS0
    { "BS0", BS0 },
#endif
#ifdef BS1
    { "BS1", BS1 },
#endif
#ifdef BSDLY
    { "BSDLY", BSDLY },
#endif
#ifdef CBAUD
    { "CBAUD", CBAUD },
#endif
#ifdef CBAUDEX
    { "CBAUDEX", CBAUDEX },
#endif
#ifdef CDSUSP
    { "CDSUSP", CDSUSP },
#endif
#ifdef CEOF
    { "CEOF", CEOF },
#endif
#ifdef CEOL
    { "CEOL", CEOL },
#endif
#ifdef CEOT
    { "CEOT", CEOT },
#endif
#ifdef CERASE
    { "CERASE", CERASE },
#endif
#ifdef CFLUSH
    { "CFLUSH", CFLUSH },
#endif
#ifdef CIBAUD
    { "CIBAUD", CIBAUD },
#endif
#ifdef CINTR
    { "CINTR", CINTR },
#endif
#ifdef CKILL
    { "CKILL", CKILL },
#endif
#ifdef CLNEXT
    { "CLNEXT", CLNEXT },
#endif
#ifdef CLOCAL
    { "CLOCAL", CLOCAL },
#endif
#ifdef CQUIT
    { "CQUIT", CQUIT },
#endif
#ifdef CR0
    { "CR0", CR0 },
#endif
#ifdef CR1
    { "CR1", CR1 },
#endif
#ifdef CR2
    { "CR2", CR2 },
#endif
#ifdef CR3
    { "CR3", CR3 },
#endif
#ifdef CRDLY
    { "CRDLY", CRDLY },
#endif
#ifdef CREAD
    { "CREAD", CREAD },
#endif
#ifdef CRPRNT
    { "CRPRNT", CRPRNT },
#endif
#ifdef CRTSCTS
    { "CRTSCTS", CRTSCTS },
#endif
#ifdef CS5
    { "CS5", CS5 },
#endif
#ifdef CS6
    { "CS6", CS6 },
#endif
#ifdef CS7
    { "CS7", CS7 },
#endif
#ifdef CS8
    { "CS8", CS8 },
#endif
#ifdef CSIZE
    { "CSIZE", CSIZE },
#endif
#ifdef CSTART
    { "CSTART", CSTART },
#endif
#ifdef CSTOP
    { "CSTOP", CSTOP },
#endif
#ifdef CSTOPB
    { "CSTOPB", CSTOPB },
#endif
#ifdef CSUSP
    { "CSUSP", CSUSP },
#endif
#ifdef CWERASE
    { "CWERASE", CWERASE },
#endif
#ifdef ECHO
    { "ECHO", ECHO },
#endif
#ifdef ECHOCTL
    { "ECHOCTL", ECHOCTL },
#endif
#ifdef ECHOE
    { "ECHOE", ECHOE },
#endif
#ifdef ECHOK
    { "ECHOK", ECHOK },
#endif
#ifdef ECHOKE
    { "ECHOKE", ECHOKE },
#endif
#ifdef ECHONL
    { "ECHONL", ECHONL },
#endif
#ifdef ECHOPRT
    { "ECHOPRT", ECHOPRT },
#endif
#ifdef EXTA
    { "EXTA", EXTA },
#endif
#ifdef EXTB
    { "EXTB", EXTB },
#endif
#ifdef FF0
    { "FF0", FF0 },
#endif
#ifdef FF1
    { "FF1", FF1 },
#endif
#ifdef FFDLY
    { "FFDLY", FFDLY },
#endif
#ifdef FIOASYNC
    { "FIOASYNC", FIOASYNC },
#endif
#ifdef FIOCLEX
    { "FIOCLEX", FIOCLEX },
#endif
#ifdef FIONBIO
    { "FIONBIO", FIONBIO },
#endif
#ifdef FIONCLEX
    { "FIONCLEX", FIONCLEX },
#endif
#ifdef FIONREAD
    { "FIONREAD", FIONREAD },
#endif
#ifdef FLUSHO
    { "FLUSHO", FLUSHO },
#endif
#ifdef HUPCL
    { "HUPCL", HUPCL },
#endif
#ifdef ICANON
    { "ICANON", ICANON },
#endif
#ifdef ICRNL
    { "ICRNL", ICRNL },
#endif
#ifdef IEXTEN
    { "IEXTEN", IEXTEN },
#endif
#ifdef IGNBRK
    { "IGNBRK", IGNBRK },
#endif
#ifdef IGNCR
    { "IGNCR", IGNCR },
#endif
#ifdef IGNPAR
    { "IGNPAR", IGNPAR },
#endif
#ifdef IMAXBEL
    { "IMAXBEL", IMAXBEL },
#endif
#ifdef INLCR
    { "INLCR", INLCR },
#endif
#ifdef INPCK
    { "INPCK", INPCK },
#endif
#ifdef IOCSIZE_MASK
    { "IOCSIZE_MASK", IOCSIZE_MASK },
#endif
#ifdef IOCSIZE_SHIFT
    { "IOCSIZE_SHIFT", IOCSIZE_SHIFT },
#endif
#ifdef ISIG
    { "ISIG", ISIG },
#endif
#ifdef ISTRIP
    { "ISTRIP", ISTRIP },
#endif
#ifdef IUCLC
    { "IUCLC", IUCLC },
#endif
#ifdef IXANY
    { "IXANY", IXANY },
#endif
#ifdef IXOFF
    { "IXOFF", IXOFF },
#endif
#ifdef IXON
    { "IXON", IXON },
#endif
#ifdef NCC
    { "NCC", NCC },
#endif
#ifdef NCCS
    { "NCCS", NCCS },
#endif
#ifdef NL0
    { "NL0", NL0 },
#endif
#ifdef NL1
    { "NL1", NL1 },
#endif
#ifdef NLDLY
    { "NLDLY", NLDLY },
#endif
#ifdef NOFLSH
    { "NOFLSH", NOFLSH },
#endif
#ifdef N_MOUSE
    { "N_MOUSE", N_MOUSE },
#endif
#ifdef N_PPP
    { "N_PPP", N_PPP },
#endif
#ifdef N_SLIP
    { "N_SLIP", N_SLIP },
#endif
#ifdef N_STRIP
    { "N_STRIP", N_STRIP },
#endif
#ifdef N_TTY
    { "N_TTY", N_TTY },
#endif
#ifdef OCRNL
    { "OCRNL", OCRNL },
#endif
#ifdef OFDEL
    { "OFDEL", OFDEL },
#endif
#ifdef OFILL
    { "OFILL", OFILL },
#endif
#ifdef OLCUC
    { "OLCUC", OLCUC },
#endif
#ifdef ONLCR
    { "ONLCR", ONLCR },
#endif
#ifdef ONLRET
    { "ONLRET", ONLRET },
#endif
#ifdef ONOCR
    { "ONOCR", ONOCR },
#endif
#ifdef OPOST
    { "OPOST", OPOST },
#endif
#ifdef PARENB
    { "PARENB", PARENB },
#endif
#ifdef PARMRK
    { "PARMRK", PARMRK },
#endif
#ifdef PARODD
    { "PARODD", PARODD },
#endif
#ifdef PENDIN
    { "PENDIN", PENDIN },
#endif
#ifdef TAB0
    { "TAB0", TAB0 },
#endif
#ifdef TAB1
    { "TAB1", TAB1 },
#endif
#ifdef TAB2
    { "TAB2", TAB2 },
#endif
#ifdef TAB3
    { "TAB3", TAB3 },
#endif
#ifdef TABDLY
    { "TABDLY", TABDLY },
#endif
#ifdef TCFLSH
    { "TCFLSH", TCFLSH },
#endif
#ifdef TCGETA
    { "TCGETA", TCGETA },
#endif
#ifdef TCGETS
    { "TCGETS", TCGETS },
#endif
#ifdef TCIFLUSH
    { "TCIFLUSH", TCIFLUSH },
#endif
#ifdef TCIOFF
    { "TCIOFF", TCIOFF },
#endif
#ifdef TCIOFLUSH
    { "TCIOFLUSH", TCIOFLUSH },
#endif
#ifdef TCION
    { "TCION", TCION },
#endif
#ifdef TCOFLUSH
    { "TCOFLUSH", TCOFLUSH },
#endif
#ifdef TCOOFF
    { "TCOOFF", TCOOFF },
#endif
#ifdef TCOON
    { "TCOON", TCOON },
#endif
#ifdef TCSADRAIN
    { "TCSADRAIN", TCSADRAIN },
#endif
#ifdef TCSAFLUSH
    { "TCSAFLUSH", TCSAFLUSH },
#endif
#ifdef TCSANOW
    { "TCSANOW", TCSANOW },
#endif
#ifdef TCSBRK
    { "TCSBRK", TCSBRK },
#endif
#ifdef TCSBRKP
    { "TCSBRKP", TCSBRKP },
#endif
#ifdef TCSETA
    { "TCSETA", TCSETA },
#endif
#ifdef TCSETAF
    { "TCSETAF", TCSETAF },
#endif
#ifdef TCSETAW
    { "TCSETAW", TCSETAW },
#endif
#ifdef TCSETS
    { "TCSETS", TCSETS },
#endif
#ifdef TCSETSF
    { "TCSETSF", TCSETSF },
#endif
#ifdef TCSETSW
    { "TCSETSW", TCSETSW },
#endif
#ifdef TCXONC
    { "TCXONC", TCXONC },
#endif
#ifdef TIOCCONS
    { "TIOCCONS", TIOCCONS },
#endif
#ifdef TIOCEXCL
    { "TIOCEXCL", TIOCEXCL },
#endif
#ifdef TIOCGETD
    { "TIOCGETD", TIOCGETD },
#endif
#ifdef TIOCGICOUNT
    { "TIOCGICOUNT", TIOCGICOUNT },
#endif
#ifdef TIOCGLCKTRMIOS
    { "TIOCGLCKTRMIOS", TIOCGLCKTRMIOS },
#endif
#ifdef TIOCGPGRP
    { "TIOCGPGRP", TIOCGPGRP },
#endif
#ifdef TIOCGSERIAL
    { "TIOCGSERIAL", TIOCGSERIAL },
#endif
#ifdef TIOCGSOFTCAR
    { "TIOCGSOFTCAR", TIOCGSOFTCAR },
#endif
#ifdef TIOCGWINSZ
    { "TIOCGWINSZ", TIOCGWINSZ },
#endif
#ifdef TIOCINQ
    { "TIOCINQ", TIOCINQ },
#endif
#ifdef TIOCLINUX
    { "TIOCLINUX", TIOCLINUX },
#endif
#ifdef TIOCMBIC
    { "TIOCMBIC", TIOCMBIC },
#endif
#ifdef TIOCMBIS
    { "TIOCMBIS", TIOCMBIS },
#endif
#ifdef TIOCMGET
    { "TIOCMGET", TIOCMGET },
#endif
#ifdef TIOCMIWAIT
    { "TIOCMIWAIT", TIOCMIWAIT },
#endif
#ifdef TIOCMSET
    { "TIOCMSET", TIOCMSET },
#endif
#ifdef TIOCM_CAR
    { "TIOCM_CAR", TIOCM_CAR },
#endif
#ifdef TIOCM_CD
    { "TIOCM_CD", TIOCM_CD },
#endif
#ifdef TIOCM_CTS
    { "TIOCM_CTS", TIOCM_CTS },
#endif
#ifdef TIOCM_DSR
    { "TIOCM_DSR", TIOCM_DSR },
#endif
#ifdef TIOCM_DTR
    { "TIOCM_DTR", TIOCM_DTR },
#endif
#ifdef TIOCM_LE
    { "TIOCM_LE", TIOCM_LE },
#endif
#ifdef TIOCM_RI
    { "TIOCM_RI", TIOCM_RI },
#endif
#ifdef TIOCM_RNG
    { "TIOCM_RNG", TIOCM_RNG },
#endif
#ifdef TIOCM_RTS
    { "TIOCM_RTS", TIOCM_RTS },
#endif
#ifdef TIOCM_SR
    { "TIOCM_SR", TIOCM_SR },
#endif
#ifdef TIOCM_ST
    { "TIOCM_ST", TIOCM_ST },
#endif
#ifdef TIOCNOTTY
    { "TIOCNOTTY", TIOCNOTTY },
#endif
#ifdef TIOCNXCL
    { "TIOCNXCL", TIOCNXCL },
#endif
#ifdef TIOCOUTQ
    { "TIOCOUTQ", TIOCOUTQ },
#endif
#ifdef TIOCPKT
    { "TIOCPKT", TIOCPKT },
#endif
#ifdef TIOCPKT_DATA
    { "TIOCPKT_DATA", TIOCPKT_DATA },
#endif
#ifdef TIOCPKT_DOSTOP
    { "TIOCPKT_DOSTOP", TIOCPKT_DOSTOP },
#endif
#ifdef TIOCPKT_FLUSHREAD
    { "TIOCPKT_FLUSHREAD", TIOCPKT_FLUSHREAD },
#endif
#ifdef TIOCPKT_FLUSHWRITE
    { "TIOCPKT_FLUSHWRITE", TIOCPKT_FLUSHWRITE },
#endif
#ifdef TIOCPKT_NOSTOP
    { "TIOCPKT_NOSTOP", TIOCPKT_NOSTOP },
#endif
#ifdef TIOCPKT_START
    { "TIOCPKT_START", TIOCPKT_START },
#endif
#ifdef TIOCPKT_STOP
    { "TIOCPKT_STOP", TIOCPKT_STOP },
#endif
#ifdef TIOCSCTTY
    { "TIOCSCTTY", TIOCSCTTY },
#endif
#ifdef TIOCSERCONFIG
    { "TIOCSERCONFIG", TIOCSERCONFIG },
#endif
#ifdef TIOCSERGETLSR
    { "TIOCSERGETLSR", TIOCSERGETLSR },
#endif
#ifdef TIOCSERGETMULTI
    { "TIOCSERGETMULTI", TIOCSERGETMULTI },
#endif
#ifdef TIOCSERGSTRUCT
    { "TIOCSERGSTRUCT", TIOCSERGSTRUCT },
#endif
#ifdef TIOCSERGWILD
    { "TIOCSERGWILD", TIOCSERGWILD },
#endif
#ifdef TIOCSERSETMULTI
    { "TIOCSERSETMULTI", TIOCSERSETMULTI },
#endif
#ifdef TIOCSERSWILD
    { "TIOCSERSWILD", TIOCSERSWILD },
#endif
#ifdef TIOCSER_TEMT
    { "TIOCSER_TEMT", TIOCSER_TEMT },
#endif
#ifdef TIOCSETD
    { "TIOCSETD", TIOCSETD },
#endif
#ifdef TIOCSLCKTRMIOS
    { "TIOCSLCKTRMIOS", TIOCSLCKTRMIOS },
#endif
#ifdef TIOCSPGRP
    { "TIOCSPGRP", TIOCSPGRP },
#endif
#ifdef TIOCSSERIAL
    { "TIOCSSERIAL", TIOCSSERIAL },
#endif
#ifdef TIOCSSOFTCAR
    { "TIOCSSOFTCAR", TIOCSSOFTCAR },
#endif
#ifdef TIOCSTI
    { "TIOCSTI", TIOCSTI },
#endif
#ifdef TIOCSWINSZ
    { "TIOCSWINSZ", TIOCSWINSZ },
#endif
#ifdef TOSTOP
    { "TOSTOP", TOSTOP },
#endif
#ifdef VDISCARD
    { "VDISCARD", VDISCARD },
#endif
#ifdef VEOF
    { "VEOF", VEOF },
#endif
#ifdef VEOL
    { "VEOL", VEOL },
#endif
#ifdef VEOL2
    { "VEOL2", VEOL2 },
#endif
#ifdef VERASE
    { "VERASE", VERASE },
#endif
#ifdef VINTR
    { "VINTR", VINTR },
#endif
#ifdef VKILL
    { "VKILL", VKILL },
#endif
#ifdef VLNEXT
    { "VLNEXT", VLNEXT },
#endif
#ifdef VMIN
    { "VMIN", VMIN },
#endif
#ifdef VQUIT
    { "VQUIT", VQUIT },
#endif
#ifdef VREPRINT
    { "VREPRINT", VREPRINT },
#endif
#ifdef VSTART
    { "VSTART", VSTART },
#endif
#ifdef VSTOP
    { "VSTOP", VSTOP },
#endif
#ifdef VSUSP
    { "VSUSP", VSUSP },
#endif
#ifdef VSWTC
    { "VSWTC", VSWTC },
#endif
#ifdef VSWTCH
    { "VSWTCH", VSWTCH },
#elif defined(VSWTC)
    { "VSWTCH", VSWTC },
#endif
#ifdef VT0
    { "VT0", VT0 },
#endif
#ifdef VT1
    { "VT1", VT1 },
#endif
#ifdef VTDLY
    { "VTDLY", VTDLY },
#endif
#ifdef VTIME
    { "VTIME", VTIME },
#endif
#ifdef VWERASE
    { "VWERASE", VWERASE },
#endif
#ifdef XCASE
    { "XCASE", XCASE },
#endif
#ifdef XTABS
    { "XTABS", XTABS },
#endif
};

TyObject *tyTermios_create(void)
{
    if (!ty_state.mod.termios.error &&
        !(ty_state.mod.termios.error = tyExc_newClass("termios", "error", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("termios", termios_functions);
    TyObject *doc = m ? tyStr_fromCStr(
        "This module provides an interface to the Posix calls for tty I/O control.\n"
        "For a complete description of these calls, see the Posix or Unix manual\n"
        "pages. It is only available for those Unix versions that support Posix\n"
        "termios style tty I/O control.\n\n"
        "All functions in this module take a file descriptor fd as their first\n"
        "argument. This can be an integer file descriptor, such as returned by\n"
        "sys.stdin.fileno(), or a file object, such as sys.stdin itself.") : NULL;
    int r = doc ? tyModule_addObject(m, "__doc__", doc) : -1;
    TY_XDECREF(doc);
    if (r == 0)
        r = tyModule_addObject(m, "error", ty_state.mod.termios.error);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(termios_constants); i++)
        r = tyModule_addInt(m, termios_constants[i].name, termios_constants[i].value);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tyTermios_fini(void)
{
    TY_CLEAR(ty_state.mod.termios.error);
}
