/*
** time.c — the time module: the clocks (clock_gettime), sleep, and the
** conversions between timestamps, struct_time tuples and text, with
** CPython 3.11's argument conversions, range checks and messages.
**
** Broken-down times go through the C library (gmtime_r, localtime_r,
** mktime, strftime) with the struct tm filled exactly as CPython fills it,
** so the results -- %Z of a plain tuple included -- are the same.
*/
#define _GNU_SOURCE /* struct tm's tm_zone / tm_gmtoff */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <time.h>
#include "tally.h"
#include "import.h"
#include "modules/sys.h"
#include "objects/structseq.h"
#include "modules/time.h"

#define NS_PER_SEC 1000000000LL

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
};
static TyStructSeqType struct_time_type =
    TY_STRUCTSEQ_TYPE("time.struct_time", struct_time_fields, 9, true);

void tyTime_fini(void)
{
    tyType_finiStatic(&struct_time_type.type);
}

static int check_args(const char *fname, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, min, max) < 0)
        return -1;
    return 0;
}

/* ---- clocks ------------------------------------------------------------------- */

/* Nanoseconds of clock `id`: 0, or -1 with OSError. */
static int clock_ns(clockid_t id, int64_t *ns)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
    *ns = (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    return 0;
}

/* Nanoseconds as float seconds, rounded as CPython rounds them (an exact
** division when there is no fraction, so big whole values stay exact). */
static double ns_to_seconds(int64_t ns)
{
    if (ns % NS_PER_SEC == 0)
        return (double)(ns / NS_PER_SEC);
    return (double)ns / 1e9;
}

static TyObject *clock_float(clockid_t id)
{
    int64_t ns;
    return clock_ns(id, &ns) < 0 ? NULL : tyFloat_from(ns_to_seconds(ns));
}

static TyObject *clock_int(clockid_t id)
{
    int64_t ns;
    return clock_ns(id, &ns) < 0 ? NULL : tyInt_fromI64(ns);
}

TY_CFUNC(time_time)
{
    return check_args("time.time", nargs, kwnames, 0, 0) < 0 ? NULL : clock_float(CLOCK_REALTIME);
}

TY_CFUNC(time_time_ns)
{
    return check_args("time.time_ns", nargs, kwnames, 0, 0) < 0 ? NULL : clock_int(CLOCK_REALTIME);
}

TY_CFUNC(time_monotonic)
{
    return check_args("time.monotonic", nargs, kwnames, 0, 0) < 0 ? NULL : clock_float(CLOCK_MONOTONIC);
}

TY_CFUNC(time_monotonic_ns)
{
    return check_args("time.monotonic_ns", nargs, kwnames, 0, 0) < 0 ? NULL : clock_int(CLOCK_MONOTONIC);
}

TY_CFUNC(time_perf_counter)
{
    return check_args("time.perf_counter", nargs, kwnames, 0, 0) < 0 ? NULL : clock_float(CLOCK_MONOTONIC);
}

TY_CFUNC(time_perf_counter_ns)
{
    return check_args("time.perf_counter_ns", nargs, kwnames, 0, 0) < 0 ? NULL : clock_int(CLOCK_MONOTONIC);
}

TY_CFUNC(time_process_time)
{
    return check_args("time.process_time", nargs, kwnames, 0, 0) < 0 ? NULL
                                                                   : clock_float(CLOCK_PROCESS_CPUTIME_ID);
}

TY_CFUNC(time_process_time_ns)
{
    return check_args("time.process_time_ns", nargs, kwnames, 0, 0) < 0 ? NULL
                                                                      : clock_int(CLOCK_PROCESS_CPUTIME_ID);
}

TY_CFUNC(time_thread_time)
{
    return check_args("time.thread_time", nargs, kwnames, 0, 0) < 0 ? NULL
                                                                  : clock_float(CLOCK_THREAD_CPUTIME_ID);
}

TY_CFUNC(time_thread_time_ns)
{
    return check_args("time.thread_time_ns", nargs, kwnames, 0, 0) < 0 ? NULL
                                                                     : clock_int(CLOCK_THREAD_CPUTIME_ID);
}

/* A clock id argument (a C int, converted as PyArg_ParseTuple's "i"). */
static int clock_id_arg(TyObject *o, clockid_t *id)
{
    int v;
    if (tyArg_intI(o, &v) < 0)
        return -1;
    *id = (clockid_t)v;
    return 0;
}

TY_CFUNC(time_clock_gettime)
{
    clockid_t id;
    if (check_args("time.clock_gettime", nargs, kwnames, 1, 1) < 0 || clock_id_arg(args[0], &id) < 0)
        return NULL;
    return clock_float(id);
}

TY_CFUNC(time_clock_gettime_ns)
{
    clockid_t id;
    if (check_args("time.clock_gettime_ns", nargs, kwnames, 1, 1) < 0 || clock_id_arg(args[0], &id) < 0)
        return NULL;
    return clock_int(id);
}

TY_CFUNC(time_clock_getres)
{
    clockid_t id;
    if (check_args("time.clock_getres", nargs, kwnames, 1, 1) < 0 || clock_id_arg(args[0], &id) < 0)
        return NULL;
    struct timespec ts;
    if (clock_getres(id, &ts) != 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return tyFloat_from((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* get_clock_info(name): namespace(implementation, monotonic, adjustable,
** resolution) for the five clocks above. */
TY_CFUNC(time_get_clock_info)
{
    static const struct {
        const char *name, *impl;
        clockid_t id;
        bool monotonic, adjustable;
    } clocks[] = {
        { "time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true },
        { "monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false },
        { "perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false },
        { "process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false },
        { "thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false },
    };
    if (check_args("get_clock_info", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "get_clock_info() argument must be str, not %A", args[0]);
    size_t i = 0;
    while (i < TY_ARRAY_LEN(clocks) && !tyStr_eqC(args[0], clocks[i].name))
        i++;
    if (i == TY_ARRAY_LEN(clocks))
        return tyErr_setString(&TyExc_ValueError, "unknown clock");
    struct timespec res;
    if (clock_getres(clocks[i].id, &res) != 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    TyObject *ns = tySys_namespaceNew();
    TyObject *impl = tyStr_fromCStr(clocks[i].impl);
    TyObject *resolution = tyFloat_from((double)res.tv_sec + (double)res.tv_nsec * 1e-9);
    if (!ns || !impl || !resolution || tyObj_setAttrStr(ns, "implementation", impl) < 0 ||
        tyObj_setAttrStr(ns, "monotonic", clocks[i].monotonic ? TY_TRUE : TY_FALSE) < 0 ||
        tyObj_setAttrStr(ns, "adjustable", clocks[i].adjustable ? TY_TRUE : TY_FALSE) < 0 ||
        tyObj_setAttrStr(ns, "resolution", resolution) < 0)
        TY_CLEAR(ns);
    TY_XDECREF(impl);
    TY_XDECREF(resolution);
    return ns;
}

/* ---- sleep ---------------------------------------------------------------------- */

/* Seconds (int or float) as nanoseconds, a float rounded up (as CPython
** rounds timeouts) or down (clock_settime).  0 / -1. */
static int seconds_ns(TyObject *o, bool round_up, int64_t *out)
{
    if (TY_FLOAT_CHECK(o)) {
        double d = TY_FLOAT_VALUE(o);
        if (isnan(d)) {
            tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = round_up ? ceil(d * 1e9) : floor(d * 1e9);
        if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
            tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    bool ok = TY_INT_IS_SMALL(i) &&
              !__builtin_mul_overflow(TY_INT_VALUE(i), (int64_t)NS_PER_SEC, out);
    TY_DECREF(i);
    if (!ok) {
        tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}

/* sleep(secs): waits on the monotonic clock until the deadline; a signal
** wakes it, and if its handler raised (Ctrl-C: KeyboardInterrupt) sleep
** ends with that exception, else it sleeps on. */
TY_CFUNC(time_sleep)
{
    int64_t ns;
    if (check_args("time.sleep", nargs, kwnames, 1, 1) < 0 || seconds_ns(args[0], true, &ns) < 0)
        return NULL;
    if (ns < 0)
        return tyErr_setString(&TyExc_ValueError, "sleep length must be non-negative");
    int64_t now;
    if (clock_ns(CLOCK_MONOTONIC, &now) < 0)
        return NULL;
    int64_t deadline = ns > INT64_MAX - now ? INT64_MAX : now + ns;
    struct timespec ts = { (time_t)(deadline / NS_PER_SEC), (long)(deadline % NS_PER_SEC) };
    for (;;) {
        int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
        if (err == 0)
            break;
        if (err != EINTR) {
            errno = err;
            return tyErr_fromErrno(&TyExc_OSError, NULL);
        }
        if (tyErr_checkSignals() < 0)
            return NULL;
    }
    return tyNone_new();
}

/* Sets clock `id` to ns nanoseconds: None, or NULL with OSError. */
static TyObject *set_clock(clockid_t id, int64_t ns)
{
    int64_t sec = ns / NS_PER_SEC, rem = ns % NS_PER_SEC;
    if (rem < 0) {
        rem += NS_PER_SEC;
        sec--;
    }
    struct timespec ts = { (time_t)sec, (long)rem };
    if (clock_settime(id, &ts) != 0)
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    return tyNone_new();
}

/* clock_settime(clk_id, time): time in seconds, rounded down. */
TY_CFUNC(time_clock_settime)
{
    clockid_t id;
    int64_t ns;
    if (tyArg_noKeywords("clock_settime", kwnames) < 0 || tyArg_checkTupleCount("clock_settime", nargs, 2, 2) < 0 ||
        clock_id_arg(args[0], &id) < 0 ||
        seconds_ns(args[1], false, &ns) < 0)
        return NULL;
    return set_clock(id, ns);
}

/* clock_settime_ns(clk_id, time): time in nanoseconds, an int. */
TY_CFUNC(time_clock_settime_ns)
{
    clockid_t id;
    int64_t ns;
    if (tyArg_noKeywords("clock_settime_ns", kwnames) < 0 ||
        tyArg_checkTupleCount("clock_settime_ns", nargs, 2, 2) < 0 || clock_id_arg(args[0], &id) < 0)
        return NULL;
    if (!TY_INT_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "expect int, got %s", tyType_name(TY_TYPE(args[1])));
    if (tyInt_asI64(args[1], &ns) < 0) {
        tyErr_clear();
        return tyErr_setString(&TyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    return set_clock(id, ns);
}

/* pthread_getcpuclockid(thread_id): the CPU-time clock of a thread (its
** id as threading.get_ident() gives it). */
TY_CFUNC(time_pthread_getcpuclockid)
{
    if (tyArg_noKeywords("pthread_getcpuclockid", kwnames) < 0 ||
        tyArg_checkTupleCount("pthread_getcpuclockid", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_INT_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "pthread_getcpuclockid() argument 1 must be int, not %s",
                            tyType_name(TY_TYPE(args[0])));
    uint64_t ident = tyInt_asU64Mask(args[0]);
    clockid_t clk;
    int err = pthread_getcpuclockid((pthread_t)ident, &clk);
    if (err) {
        errno = err;
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    return tyInt_fromI64(clk);
}

/* strptime(string, format): _strptime._strptime_time, as CPython's
** time.strptime defers to it. */
TY_CFUNC(time_strptime)
{
    (void)self;
    if (tyArg_noKeywords("strptime", kwnames) < 0)
        return NULL;
    TyObject *mod = tyImport_importC("_strptime");
    TyObject *fn = mod ? tyObj_getAttrStr(mod, "_strptime_time") : NULL;
    TY_XDECREF(mod);
    TyObject *r = fn ? tyObj_call(fn, args, nargs, NULL) : NULL;
    TY_XDECREF(fn);
    return r;
}

/* ---- struct_time ----------------------------------------------------------------- */

/* The seconds argument of gmtime / localtime / ctime: None (now), an int,
** or a float rounded toward minus infinity.  0 / -1. */
static int time_t_arg(TyObject *o, time_t *out)
{
    if (!o || o == TY_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (TY_FLOAT_CHECK(o)) {
        double d = TY_FLOAT_VALUE(o);
        if (isnan(d)) {
            tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
            tyErr_setString(&TyExc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    TyObject *i = tyNum_index(o);
    if (!i)
        return -1;
    bool ok = TY_INT_IS_SMALL(i);
    int64_t v = ok ? TY_INT_VALUE(i) : 0;
    TY_DECREF(i);
    if (!ok) {
        tyErr_setString(&TyExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

/* A time zone name from the C library (new reference). */
static TyObject *zone_name(const char *name)
{
    return tyStr_decode(name, (ssize_t)strlen(name), "utf-8", "replace");
}

/* A struct_time from a struct tm (new reference). */
static TyObject *make_struct_time(const struct tm *tm)
{
    if (tyStructSeq_ready(&struct_time_type) < 0)
        return NULL;
    TyObject *o = tyStructSeq_new(&struct_time_type);
    if (!o)
        return NULL;
    TyObject *v[11] = {
        tyInt_fromI64((int64_t)tm->tm_year + 1900), tyInt_fromI64(tm->tm_mon + 1),
        tyInt_fromI64(tm->tm_mday), tyInt_fromI64(tm->tm_hour), tyInt_fromI64(tm->tm_min),
        tyInt_fromI64(tm->tm_sec), tyInt_fromI64((tm->tm_wday + 6) % 7),
        tyInt_fromI64(tm->tm_yday + 1), tyInt_fromI64(tm->tm_isdst),
        tm->tm_zone ? zone_name(tm->tm_zone) : tyNone_new(),
        tyInt_fromI64(tm->tm_gmtoff),
    };
    bool ok = true;
    for (int i = 0; i < 11; i++) {
        ok = ok && v[i];
        TY_TUPLE_SET(o, i, v[i] ? v[i] : tyNone_new());
    }
    if (!ok)
        TY_CLEAR(o);
    return o;
}

static TyObject *convert_time(TyObject *const *args, size_t nargs, TyObject *kwnames,
                              const char *fname, bool local)
{
    time_t t;
    if (check_args(fname, nargs, kwnames, 0, 1) < 0 || time_t_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        if (errno == 0)
            errno = EINVAL;
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    return make_struct_time(&tm);
}

TY_CFUNC(time_gmtime)
{
    return convert_time(args, nargs, kwnames, "gmtime", false);
}

TY_CFUNC(time_localtime)
{
    return convert_time(args, nargs, kwnames, "localtime", true);
}

/*
** A time tuple (any tuple of 9 ints, or a struct_time) into *tm, as
** CPython's gettmarg does: tm is zeroed first, tm_zone / tm_gmtoff come
** only from a struct_time, and `fname` names the caller in the error for a
** tuple of the wrong length.  0 / -1.
*/
static int tuple_to_tm(TyObject *t, struct tm *tm, const char *fname)
{
    memset(tm, 0, sizeof *tm);
    if (!TY_TUPLE_CHECK(t)) {
        tyErr_setString(&TyExc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (TY_TUPLE_LEN(t) != 9) {
        tyErr_format(&TyExc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++)
        if (tyArg_intI(TY_TUPLE_GET(t, i), &v[i]) < 0)
            return -1;
    if (v[0] < INT_MIN + 1900) {
        tyErr_setString(&TyExc_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = v[0] - 1900;
    tm->tm_mon = v[1] - 1;
    tm->tm_mday = v[2];
    tm->tm_hour = v[3];
    tm->tm_min = v[4];
    tm->tm_sec = v[5];
    tm->tm_wday = (v[6] + 1) % 7;
    tm->tm_yday = v[7] - 1;
    tm->tm_isdst = v[8];
    if (TY_TYPE(t) == &struct_time_type.type) {
        TyObject *zone = TY_TUPLE_GET(t, 9), *gmtoff = TY_TUPLE_GET(t, 10);
        if (zone && zone != TY_NONE) {
            if (!TY_STR_CHECK(zone)) {
                tyErr_format(&TyExc_TypeError, "bad argument type for built-in operation");
                return -1;
            }
            tm->tm_zone = TY_STR_UTF8(zone);
        }
        if (gmtoff && gmtoff != TY_NONE) {
            TyObject *i = tyNum_index(gmtoff);
            if (!i)
                return -1;
            int64_t off;
            int r = tyInt_asI64(i, &off);
            TY_DECREF(i);
            if (r < 0)
                return -1;
            tm->tm_gmtoff = (long)off;
        }
    }
    return 0;
}

/* CPython's checktm: range checks, with 0 accepted (and fixed up) for the
** month, day of month and day of year.  0 / -1 with ValueError. */
static int check_tm(struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0)
            tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31)
            bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0)
        bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1)
            tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365)
            bad = "day of year out of range";
    }
    if (bad) {
        tyErr_setString(&TyExc_ValueError, bad);
        return -1;
    }
    return 0;
}

/* The broken-down time of an optional tuple argument: the tuple, or
** localtime(now) when absent.  0 / -1. */
static int tm_arg(TyObject *const *args, size_t nargs, size_t index, struct tm *tm, const char *fname)
{
    if (nargs > index)
        return tuple_to_tm(args[index], tm, fname) < 0 || check_tm(tm) < 0 ? -1 : 0;
    time_t now = time(NULL);
    if (!localtime_r(&now, tm)) {
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
    return 0;
}

TY_CFUNC(time_mktime)
{
    struct tm tm;
    if (check_args("time.mktime", nargs, kwnames, 1, 1) < 0 || tuple_to_tm(args[0], &tm, "mktime") < 0)
        return NULL;
    /* mktime() may legitimately return -1; the sentinel tells the cases
    ** apart (a successful call sets tm_wday). */
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return tyErr_setString(&TyExc_OverflowError, "mktime argument out of range");
    return tyFloat_from((double)t);
}

TY_CFUNC(time_strftime)
{
    struct tm tm;
    if (check_args("strftime", nargs, kwnames, 1, 2) < 0)
        return NULL;
    TyObject *fmt = args[0];
    if (!TY_STR_CHECK(fmt))
        return tyErr_format(&TyExc_TypeError, "strftime() argument 1 must be str, not %A", fmt);
    if (tm_arg(args, nargs, 1, &tm, "strftime") < 0)
        return NULL;
    /* CPython normalises tm_isdst for C libraries that index tzname. */
    if (tm.tm_isdst < -1)
        tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1)
        tm.tm_isdst = 1;
    const char *f = TY_STR_UTF8(fmt);
    size_t flen = (size_t)TY_STR_NBYTES(fmt);
    if (strlen(f) != flen)
        return tyErr_setString(&TyExc_ValueError, "embedded null character");
    /* strftime returns 0 both for "no room" and for an empty result: grow
    ** the buffer until the result is non-empty or clearly not too long,
    ** as CPython does. */
    for (size_t size = 1024;; size += size) {
        char *buf = tyMem_malloc(size);
        if (!buf)
            return NULL;
        size_t n = strftime(buf, size, f, &tm);
        if (n > 0 || size >= 256 * flen) {
            TyObject *r = tyStr_decode(buf, (ssize_t)n, "utf-8", "replace");
            tyMem_free(buf);
            return r;
        }
        tyMem_free(buf);
    }
}

/* "Sun Jun 20 23:21:05 1993", built by hand (C's asctime misbehaves on
** years past 9999). */
static TyObject *format_asctime(const struct tm *tm)
{
    static const char wday[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char mon[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday], mon[tm->tm_mon],
             tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900LL + tm->tm_year);
    return tyStr_fromCStr(buf);
}

TY_CFUNC(time_asctime)
{
    struct tm tm;
    if (check_args("asctime", nargs, kwnames, 0, 1) < 0 || tm_arg(args, nargs, 0, &tm, "asctime") < 0)
        return NULL;
    return format_asctime(&tm);
}

TY_CFUNC(time_ctime)
{
    time_t t;
    struct tm tm;
    if (check_args("ctime", nargs, kwnames, 0, 1) < 0 || time_t_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    errno = 0;
    if (!localtime_r(&t, &tm)) {
        if (errno == 0)
            errno = EINVAL;
        return tyErr_fromErrno(&TyExc_OSError, NULL);
    }
    return format_asctime(&tm);
}

/* ---- time zone ------------------------------------------------------------------------ */

/*
** timezone, altzone, daylight and tzname, from the UTC offsets and zone
** names of January and July of the current year (CPython's method: it
** copes with zones whose rules changed over time and with the southern
** hemisphere, where DST is in January).
*/
static int set_timezone_attrs(TyObject *m)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    time_t t2 = t + year / 2;
    struct tm jan, jul;
    if (!localtime_r(&t, &jan) || !localtime_r(&t2, &jul)) {
        tyErr_fromErrno(&TyExc_OSError, NULL);
        return -1;
    }
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool south = janzone < julzone;
    TyObject *std = zone_name(south ? julname : janname);
    TyObject *dst = zone_name(south ? janname : julname);
    TyObject *names = std && dst ? tyTuple_pack(2, std, dst) : NULL;
    TY_XDECREF(std);
    TY_XDECREF(dst);
    int r = names && tyModule_addInt(m, "timezone", south ? julzone : janzone) == 0 &&
            tyModule_addInt(m, "altzone", south ? janzone : julzone) == 0 &&
            tyModule_addInt(m, "daylight", janzone != julzone) == 0 &&
            tyModule_addObject(m, "tzname", names) == 0 ? 0 : -1;
    TY_XDECREF(names);
    return r;
}

/* tzset(): re-read $TZ and recompute the time zone attributes. */
TY_CFUNC(time_tzset)
{
    if (check_args("time.tzset", nargs, kwnames, 0, 0) < 0)
        return NULL;
    tzset();
    return set_timezone_attrs(self) < 0 ? NULL : tyNone_new();
}

static TyMethodDef time_methods[] = {
    { "time", time_time, 0, "Return the current time in seconds since the Epoch." },
    { "time_ns", time_time_ns, 0, "Return the current time in nanoseconds since the Epoch." },
    { "monotonic", time_monotonic, 0, "Monotonic clock, cannot go backward." },
    { "monotonic_ns", time_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds." },
    { "perf_counter", time_perf_counter, 0, "Performance counter for benchmarking." },
    { "perf_counter_ns", time_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds." },
    { "process_time", time_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time." },
    { "process_time_ns", time_process_time_ns, 0, "Process time for profiling as nanoseconds." },
    { "thread_time", time_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time." },
    { "thread_time_ns", time_thread_time_ns, 0, "Thread time for profiling as nanoseconds." },
    { "clock_gettime", time_clock_gettime, 0, "Return the time of the specified clock clk_id." },
    { "clock_gettime_ns", time_clock_gettime_ns, 0, "Return the time of the specified clock clk_id as nanoseconds." },
    { "clock_getres", time_clock_getres, 0, "Return the resolution (precision) of the specified clock clk_id." },
    { "get_clock_info", time_get_clock_info, 0, "Get information of the specified clock." },
    { "clock_settime", time_clock_settime, 0, "Set the time of the specified clock clk_id." },
    { "clock_settime_ns", time_clock_settime_ns, 0, "Set the time of the specified clock clk_id with nanoseconds." },
    { "pthread_getcpuclockid", time_pthread_getcpuclockid, 0,
      "Return the clk_id of a thread's CPU time clock." },
    { "strptime", time_strptime, 0, "Parse a string to a time tuple according to a format specification." },
    { "sleep", time_sleep, 0, "Delay execution for a given number of seconds." },
    { "gmtime", time_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC." },
    { "localtime", time_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time." },
    { "mktime", time_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch." },
    { "strftime", time_strftime, 0, "Convert a time tuple to a string according to a format specification." },
    { "asctime", time_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'." },
    { "ctime", time_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time." },
    { "tzset", time_tzset, 0, "Initialize, or reinitialize, the local timezone to the value of TZ." },
    { NULL }
};

TyObject *tyTime_create(void)
{
    if (tyStructSeq_ready(&struct_time_type) < 0)
        return NULL;
    TyObject *m = tyModule_new("time", time_methods);
    if (!m)
        return NULL;
    tzset();
    if (tyModule_addObject(m, "struct_time", (TyObject *)&struct_time_type.type) < 0 ||
        set_timezone_attrs(m) < 0 ||
        tyModule_addInt(m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0 ||
        tyModule_addInt(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0 ||
        tyModule_addInt(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0 ||
        tyModule_addInt(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0 ||
        tyModule_addInt(m, "CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW) < 0 ||
        tyModule_addInt(m, "CLOCK_BOOTTIME", CLOCK_BOOTTIME) < 0 ||
        tyModule_addInt(m, "CLOCK_TAI", CLOCK_TAI) < 0 ||
        tyModule_addInt(m, "_STRUCT_TM_ITEMS", 11) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
