/*
** datetime_dt.c — `datetime.datetime`, a date subclass with a time of day,
** an optional tzinfo and a fold; and the conversions between timestamps
** and local or UTC time that datetime and date share.  Local time goes
** through the C library (localtime_r), and the fold of an ambiguous local
** time is found by probing a day back, as CPython does.
*/
#include <errno.h>
#include <math.h>
#include "datetime_int.h"

/* Seconds from 0001-01-01 to 1970-01-01, and the largest fold. */
#define EPOCH_SECONDS (719163LL * 24 * 60 * 60)
#define MAX_FOLD_SECONDS (24LL * 3600)

/* ---- timestamps ------------------------------------------------------------------------- */

static TyObject *time_t_overflow(void)
{
    return tyErr_setString(&TyExc_OverflowError, "timestamp out of range for platform time_t");
}

/* x rounded half to even. */
static double round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

int dt_objToTime(TyObject *obj, bool floor_round, time_t *sec, long *us)
{
    if (TY_FLOAT_CHECK(obj)) {
        double d = TY_FLOAT_VALUE(obj), intpart;
        if (isnan(d)) {
            tyErr_setString(&TyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (floor_round) {
            /* date.fromtimestamp: whole seconds, rounded down */
            intpart = floor(d);
            *us = 0;
        } else {
            double frac = modf(d, &intpart) * 1e6;
            frac = round_half_even(frac);
            if (frac >= 1e6) {
                frac -= 1e6;
                intpart += 1.0;
            } else if (frac < 0) {
                frac += 1e6;
                intpart -= 1.0;
            }
            *us = (long)frac;
        }
        if (!(intpart >= -9223372036854775808.0 && intpart < 9223372036854775808.0)) {
            time_t_overflow();
            return -1;
        }
        *sec = (time_t)intpart;
        return 0;
    }
    TyObject *i = tyNum_index(obj);
    if (!i)
        return -1;
    int64_t v;
    int r = tyInt_asI64(i, &v);
    TY_DECREF(i);
    if (r < 0) {
        if (tyErr_exceptionMatches(&TyExc_OverflowError))
            time_t_overflow();
        return -1;
    }
    *sec = (time_t)v;
    *us = 0;
    return 0;
}

/* The OSError of a failed localtime_r/gmtime_r. */
static int tm_failed(void)
{
    if (errno == 0)
        errno = EINVAL;
    tyErr_fromErrno(&TyExc_OSError, NULL);
    return -1;
}

int dt_localtime(time_t t, struct tm *tm)
{
    errno = 0;
    return localtime_r(&t, tm) ? 0 : tm_failed();
}

int dt_gmtime(time_t t, struct tm *tm)
{
    errno = 0;
    return gmtime_r(&t, tm) ? 0 : tm_failed();
}

/* Seconds since 0001-01-01 of the fields, taken as UTC; -1 with
** ValueError for a year out of range. */
static long long utc_to_seconds(int year, int month, int day, int hour, int minute, int second)
{
    if (year < DT_MINYEAR || year > DT_MAXYEAR) {
        tyErr_format(&TyExc_ValueError, "year %d is out of range", year);
        return -1;
    }
    long long ord = dt_ymdToOrd(year, month, day);
    return ((ord * 24 + hour) * 60 + minute) * 60 + second;
}

/* The local time of u (seconds since 0001-01-01, UTC) in the same
** units; -1 on error. */
static long long local(long long u)
{
    struct tm tm;
    if (dt_localtime((time_t)(u - EPOCH_SECONDS), &tm) < 0)
        return -1;
    return utc_to_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* The UTC seconds of a local time: solves t = local(u), choosing by fold
** in a repeated hour and across a gap. */
static long long local_to_seconds(int year, int month, int day, int hour, int minute, int second, int fold)
{
    long long t = utc_to_seconds(year, month, day, hour, minute, second);
    if (t == -1)
        return -1;
    long long lt = local(t);
    if (lt == -1)
        return -1;
    long long a = lt - t, u1 = t - a, b;
    long long t1 = local(u1);
    if (t1 == -1)
        return -1;
    if (t1 == t) {
        long long u2 = fold ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
        lt = local(u2);
        if (lt == -1)
            return -1;
        b = lt - u2;
        if (a == b)
            return u1;
    } else {
        b = t1 - u1;
    }
    long long u2 = t - b;
    long long t2 = local(u2);
    if (t2 == -1)
        return -1;
    if (t2 == t)
        return u2;
    if (t1 == t)
        return u1;
    /* t is in a gap: neither offset gives it back */
    return fold ? (u1 < u2 ? u1 : u2) : (u1 > u2 ? u1 : u2);
}

/* ---- construction ----------------------------------------------------------------------- */

TyObject *dt_newDatetime(TyType *type, int year, int month, int day, int hour, int minute, int second,
                         int us, TyObject *tzinfo, int fold)
{
    if (dt_checkDate(year, month, day) < 0 || dt_checkTime(hour, minute, second, us, fold) < 0)
        return NULL;
    if (tzinfo && dt_checkTzinfo(tzinfo) < 0)
        return NULL;
    DtDateTime *d = (DtDateTime *)tyType_genericAlloc(type ? type : &DtDateTime_Type, 0);
    if (!d)
        return NULL;
    d->hash = -1;
    d->year = year;
    d->month = month;
    d->day = day;
    d->hour = hour;
    d->minute = minute;
    d->second = second;
    d->us = us;
    d->fold = fold;
    d->tzinfo = tzinfo && tzinfo != TY_NONE ? TY_NEWREF(tzinfo) : NULL;
    dt_setTracking((TyObject *)d, d->tzinfo);
    return (TyObject *)d;
}

TyObject *dt_newDatetimeSub(TyObject *cls, int year, int month, int day, int hour, int minute, int second,
                            int us, TyObject *tzinfo, int fold)
{
    if (cls == (TyObject *)&DtDateTime_Type)
        return dt_newDatetime(NULL, year, month, day, hour, minute, second, us, tzinfo, fold);
    /* a subclass: its own constructor, and (as in CPython 3.11) no fold */
    int v[7] = { year, month, day, hour, minute, second, us };
    TyObject *a[8];
    TyObject *r = NULL;
    int made = 0;
    for (; made < 7; made++)
        if (!(a[made] = tyInt_fromI64(v[made])))
            goto done;
    a[7] = tzinfo ? tzinfo : TY_NONE;
    r = tyObj_call(cls, a, 8, NULL);
done:
    while (made-- > 0)
        TY_DECREF(a[made]);
    return r;
}

/* datetime(year, month, day, hour, minute, second, microsecond, tzinfo, *, fold),
** or datetime(state[, tzinfo]) from a pickle (only the month checked). */
static TyObject *datetime_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if ((nargs == 1 || nargs == 2) && !kwnames) {
        TyObject *st = dt_pickleState(args[0], 10, "datetime");
        if (st) {
            int m = ((unsigned char *)TY_BYTES_DATA(st))[2] & 0x7F;
            if (m < 1 || m > 12)
                TY_CLEAR(st);
        }
        if (st) {
            TyObject *tz = nargs == 2 ? args[1] : TY_NONE;
            const unsigned char *p = (const unsigned char *)TY_BYTES_DATA(st);
            TyObject *r = NULL;
            if (tz != TY_NONE && !DT_TZINFO_CHECK(tz)) {
                tyErr_setString(&TyExc_TypeError, "bad tzinfo state arg");
            } else if ((r = tyType_genericAlloc(type, 0))) {
                /* as in CPython, only the month is checked: the fields
                ** of a pickle are taken as they are */
                DtDateTime *d = DT_DT(r);
                d->hash = -1;
                d->year = p[0] * 256 + p[1];
                d->month = p[2] & 0x7F;
                d->fold = p[2] >> 7;
                d->day = p[3];
                d->hour = p[4];
                d->minute = p[5];
                d->second = p[6];
                d->us = (p[7] << 16) | (p[8] << 8) | p[9];
                d->tzinfo = tz != TY_NONE ? TY_NEWREF(tz) : NULL;
                dt_setTracking(r, d->tzinfo);
            }
            TY_DECREF(st);
            return r;
        }
        if (tyErr_occurred())
            return NULL;
    }
    static const char *const names[] = { "year", "month", "day", "hour", "minute", "second", "microsecond",
                                         "tzinfo", "fold", NULL };
    TyObject *a[9];
    int v[9] = { 0 };
    if (dt_unpackFields(args, nargs, kwnames, names, 3, 8, 7, a, v) < 0)
        return NULL;
    return dt_newDatetime(type, v[0], v[1], v[2], v[3], v[4], v[5], v[6], a[7] ? a[7] : TY_NONE, v[8]);
}

/* The collector's view: the tzinfo is the one reference. */
static int datetime_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *tz = DT_DT(o)->tzinfo;
    return tz ? visit(tz, arg) : 0;
}

/* Drops the tzinfo (the object reads as naive afterwards). */
static int datetime_clear(TyObject *o)
{
    TY_CLEAR(DT_DT(o)->tzinfo);
    return 0;
}

/* Untracks, releases the tzinfo, frees the object. */
static void datetime_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    datetime_clear(o);
    tyObj_free(o);
}

/* The datetime (of cls) for a timestamp split into t and us, through
** localtime (tzinfo None: with the fold of a repeated hour) or gmtime. */
static TyObject *from_timet_and_us(TyObject *cls, bool use_local, time_t t, long us, TyObject *tzinfo)
{
    struct tm tm;
    if ((use_local ? dt_localtime(t, &tm) : dt_gmtime(t, &tm)) < 0)
        return NULL;
    int year = tm.tm_year + 1900, month = tm.tm_mon + 1, day = tm.tm_mday;
    int hour = tm.tm_hour, minute = tm.tm_min, second = tm.tm_sec < 59 ? tm.tm_sec : 59;
    int fold = 0;
    if (tzinfo == TY_NONE && use_local) {
        long long result = utc_to_seconds(year, month, day, hour, minute, second);
        if (result == -1)
            return NULL;
        long long probe = local(EPOCH_SECONDS + (long long)t - MAX_FOLD_SECONDS);
        if (probe == -1)
            return NULL;
        long long transition = result - probe - MAX_FOLD_SECONDS;
        if (transition < 0) {
            probe = local(EPOCH_SECONDS + (long long)t + transition);
            if (probe == -1)
                return NULL;
            if (probe == result)
                fold = 1;
        }
    }
    return dt_newDatetimeSub(cls, year, month, day, hour, minute, second, (int)us, tzinfo, fold);
}

/* tz.fromutc(dt), consuming dt. */
static TyObject *fromutc_steal(TyObject *tz, TyObject *dt)
{
    if (!dt)
        return NULL;
    TyObject *name = tyStr_internC("fromutc");
    TyObject *r = name ? tyObj_callMethod(tz, name, &dt, 1) : NULL;
    TY_XDECREF(name);
    TY_DECREF(dt);
    return r;
}

/* ---- class methods ---------------------------------------------------------------------- */

TY_CFUNC(datetime_now)
{
    static const char *const names[] = { "tz", NULL };
    TyObject *a[1];
    if (tyArg_unpack("now", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    TyObject *tz = a[0] ? a[0] : TY_NONE;
    if (dt_checkTzinfo(tz) < 0)
        return NULL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    TyObject *r = from_timet_and_us(self, tz == TY_NONE, ts.tv_sec, ts.tv_nsec / 1000, tz);
    return tz == TY_NONE ? r : fromutc_steal(tz, r);
}

/* The current UTC time, naive. */
TY_CFUNC(datetime_utcnow)
{
    if (tyArg_noKeywords("datetime.utcnow", kwnames) < 0 || tyArg_checkPositional("datetime.utcnow", nargs, 0, 0) < 0)
        return NULL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return from_timet_and_us(self, false, ts.tv_sec, ts.tv_nsec / 1000, TY_NONE);
}

/* fromtimestamp(t, tz=None): local time (with its fold), or tz.fromutc of UTC. */
TY_CFUNC(datetime_fromtimestamp)
{
    static const char *const names[] = { "timestamp", "tz", NULL };
    TyObject *a[2];
    if (tyArg_unpack("fromtimestamp", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *tz = a[1] ? a[1] : TY_NONE;
    if (dt_checkTzinfo(tz) < 0)
        return NULL;
    time_t t;
    long us;
    if (dt_objToTime(a[0], false, &t, &us) < 0)
        return NULL;
    TyObject *r = from_timet_and_us(self, tz == TY_NONE, t, us, tz);
    return tz == TY_NONE ? r : fromutc_steal(tz, r);
}

/* The naive UTC time of a timestamp. */
TY_CFUNC(datetime_utcfromtimestamp)
{
    if (tyArg_noKeywords("utcfromtimestamp", kwnames) < 0 || tyArg_checkTupleCount("utcfromtimestamp", nargs, 1, 1) < 0)
        return NULL;
    time_t t;
    long us;
    if (dt_objToTime(args[0], false, &t, &us) < 0)
        return NULL;
    return from_timet_and_us(self, false, t, us, TY_NONE);
}

/* _strptime._strptime_datetime(cls, string, format), as CPython's C does. */
TY_CFUNC(datetime_strptime)
{
    if (tyArg_noKeywords("strptime", kwnames) < 0 || tyArg_checkTupleCount("strptime", nargs, 2, 2) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (!TY_STR_CHECK(args[i]))
            return tyErr_format(&TyExc_TypeError, "strptime() argument %d must be str, not %T", i + 1, args[i]);
    TyObject *mod = dt_strptimeModule();
    TyObject *fn = mod ? tyObj_getAttrStr(mod, "_strptime_datetime") : NULL;
    if (!fn)
        return NULL;
    TyObject *a[3] = { self, args[0], args[1] };
    TyObject *r = tyObj_call(fn, a, 3, NULL);
    TY_DECREF(fn);
    return r;
}

/* combine(date, time, tzinfo=time.tzinfo). */
TY_CFUNC(datetime_combine)
{
    static const char *const names[] = { "date", "time", "tzinfo", NULL };
    TyObject *a[3];
    if (tyArg_unpack("combine", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    if (!DT_DATE_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "combine() argument 1 must be datetime.date, not %T", a[0]);
    if (!DT_TIME_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "combine() argument 2 must be datetime.time, not %T", a[1]);
    DtDate *d = DT_DATE(a[0]);
    DtTime *t = DT_TIME(a[1]);
    TyObject *tz = a[2] ? a[2] : t->tzinfo ? t->tzinfo : TY_NONE;
    return dt_newDatetimeSub(self, d->year, d->month, d->day, t->hour, t->minute, t->second, t->us, tz, t->fold);
}

/* Where the date part of an ISO string ends (CPython's rules for the
** ambiguous week forms); -1 when it cannot be found. */
static ssize_t iso_separator(const char *s, ssize_t n)
{
    if (n == 7)
        return 7;
    if (s[4] == '-') {
        if (s[5] != 'W')
            return 10;
        if (n > 8 && s[8] == '-') {
            if (n == 9)
                return -1;
            if (n > 10 && s[10] >= '0' && s[10] <= '9')
                return 8;
            return 10;
        }
        return 8;
    }
    if (s[4] == 'W') {
        ssize_t i = 7;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i < 9)
            return i;
        return i % 2 == 0 ? 7 : 8;
    }
    return 8;
}

/* An ISO date, then any one separator character and an ISO time. */
TY_CFUNC(datetime_fromisoformat)
{
    if (tyArg_noKeywords("datetime.fromisoformat", kwnames) < 0 || tyArg_checkPositional("datetime.fromisoformat", nargs, 1, 1) < 0)
        return NULL;
    TyObject *s = args[0];
    if (!TY_STR_CHECK(s))
        return tyErr_setString(&TyExc_TypeError, "fromisoformat: argument must be str");
    const char *p = TY_STR_UTF8(s);
    ssize_t n = TY_STR_NBYTES(s);
    int y, m, d, h = 0, mi = 0, sec = 0, us = 0;
    TyObject *tz = NULL;
    ssize_t sep = n >= 7 ? iso_separator(p, n) : -1;
    int rc = sep < 0 || sep > n ? -1 : dt_parseIsoDate(p, sep, &y, &m, &d);
    if (rc == 0 && n > sep) {
        /* the separator is any one character, perhaps several bytes */
        unsigned char c = (unsigned char)p[sep];
        ssize_t w = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        rc = sep + w > n ? -1 : dt_parseIsoTime(p + sep + w, n - sep - w, &h, &mi, &sec, &us, &tz);
    }
    if (rc == -2)
        return NULL;
    if (rc < 0)
        return tyErr_format(&TyExc_ValueError, "Invalid isoformat string: %R", s);
    TyObject *r = dt_newDatetimeSub(self, y, m, d, h, mi, sec, us, tz ? tz : TY_NONE, 0);
    TY_XDECREF(tz);
    return r;
}

/* ---- instance methods ------------------------------------------------------------------- */

#define DT_NOARGS(fname)                                                                    \
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0) \
        return NULL

/* The date part (an exact date). */
TY_CFUNC(datetime_date)
{
    DT_NOARGS("datetime.date");
    DtDateTime *d = DT_DT(self);
    return dt_newDate(NULL, d->year, d->month, d->day);
}

/* The time part without the tzinfo, and timetz() with it. */
TY_CFUNC(datetime_time)
{
    DT_NOARGS("datetime.time");
    DtDateTime *d = DT_DT(self);
    return dt_newTime(NULL, d->hour, d->minute, d->second, d->us, TY_NONE, d->fold);
}

TY_CFUNC(datetime_timetz)
{
    DT_NOARGS("datetime.timetz");
    DtDateTime *d = DT_DT(self);
    return dt_newTime(NULL, d->hour, d->minute, d->second, d->us, d->tzinfo ? d->tzinfo : TY_NONE, d->fold);
}

/* "Sun Mar  1 12:00:01 2020". */
TY_CFUNC(datetime_ctime)
{
    DT_NOARGS("datetime.ctime");
    DtDateTime *d = DT_DT(self);
    return tyStr_fromFormat("%s %s %2d %02d:%02d:%02d %04d", dt_dayNames[dt_weekday(d->year, d->month, d->day)],
                            dt_monthNames[d->month], d->day, d->hour, d->minute, d->second, d->year);
}

/* The tzinfo queries, asked with self: checked results (new references). */
TY_CFUNC(datetime_utcoffset)
{
    DT_NOARGS("datetime.utcoffset");
    return dt_callUtcoffset(DT_DT(self)->tzinfo, self);
}

TY_CFUNC(datetime_dst)
{
    DT_NOARGS("datetime.dst");
    return dt_callDst(DT_DT(self)->tzinfo, self);
}

TY_CFUNC(datetime_tzname)
{
    DT_NOARGS("datetime.tzname");
    return dt_callTzname(DT_DT(self)->tzinfo, self);
}

/* time.struct_time with tm_isdst from dst() (-1 when naive or None). */
TY_CFUNC(datetime_timetuple)
{
    DT_NOARGS("datetime.timetuple");
    DtDateTime *d = DT_DT(self);
    int dstflag = -1;
    if (d->tzinfo) {
        TyObject *dst = dt_callDst(d->tzinfo, self);
        if (!dst)
            return NULL;
        if (dst != TY_NONE) {
            DtDelta *x = DT_DELTA(dst);
            dstflag = x->days || x->seconds || x->us;
        }
        TY_DECREF(dst);
    }
    return dt_buildStructTime(d->year, d->month, d->day, d->hour, d->minute, d->second, dstflag);
}

/* dt + factor * delta, of dt's class, without the fold. */
static TyObject *add_delta(TyObject *dt, TyObject *delta, int factor)
{
    DtDateTime *d = DT_DT(dt);
    DtDelta *x = DT_DELTA(delta);
    int year = d->year, month = d->month, day = d->day + x->days * factor, hour = d->hour, minute = d->minute;
    int second = d->second + x->seconds * factor, us = d->us + x->us * factor;
    if (dt_normalizeDatetime(&year, &month, &day, &hour, &minute, &second, &us) < 0)
        return NULL;
    return dt_newDatetimeSub((TyObject *)TY_TYPE(dt), year, month, day, hour, minute, second, us,
                             d->tzinfo ? d->tzinfo : TY_NONE, 0);
}

/* time.struct_time of the UTC time (the local one when naive), tm_isdst 0. */
TY_CFUNC(datetime_utctimetuple)
{
    DT_NOARGS("datetime.utctimetuple");
    TyObject *utc = TY_NEWREF(self);
    if (DT_DT(self)->tzinfo) {
        TyObject *off = dt_callUtcoffset(DT_DT(self)->tzinfo, self);
        if (!off) {
            TY_DECREF(utc);
            return NULL;
        }
        if (off != TY_NONE)
            TY_SETREF(utc, add_delta(self, off, -1));
        TY_DECREF(off);
        if (!utc)
            return NULL;
    }
    DtDateTime *d = DT_DT(utc);
    TyObject *r = dt_buildStructTime(d->year, d->month, d->day, d->hour, d->minute, d->second, 0);
    TY_DECREF(utc);
    return r;
}

/* self - other for two datetimes (CPython's datetime_subtract). */
static TyObject *datetime_minus_datetime(TyObject *a, TyObject *b)
{
    DtDateTime *x = DT_DT(a), *y = DT_DT(b);
    TyObject *o1 = NULL, *o2 = NULL, *offdiff = NULL, *r = NULL;
    if (x->tzinfo != y->tzinfo) {
        if (!(o1 = dt_callUtcoffset(x->tzinfo, a)) || !(o2 = dt_callUtcoffset(y->tzinfo, b)))
            goto done;
        if ((o1 != TY_NONE) != (o2 != TY_NONE)) {
            tyErr_setString(&TyExc_TypeError, "can't subtract offset-naive and offset-aware datetimes");
            goto done;
        }
        if (o1 != o2 && o1 != TY_NONE && dt_deltaCompare(o1, o2) != 0 &&
            !(offdiff = tyNum_binary(o1, o2, TY_BINOP_SUB)))
            goto done;
    }
    long dd = dt_ymdToOrd(x->year, x->month, x->day) - dt_ymdToOrd(y->year, y->month, y->day);
    long ds = (x->hour - y->hour) * 3600L + (x->minute - y->minute) * 60L + (x->second - y->second);
    r = dt_newDelta(NULL, dd, ds, (long)x->us - y->us, true);
    if (r && offdiff)
        TY_SETREF(r, tyNum_binary(r, offdiff, TY_BINOP_SUB));
done:
    TY_XDECREF(o1);
    TY_XDECREF(o2);
    TY_XDECREF(offdiff);
    return r;
}

/* POSIX timestamp: from the epoch when aware, through local time when naive. */
TY_CFUNC(datetime_timestamp)
{
    DT_NOARGS("datetime.timestamp");
    DtDateTime *d = DT_DT(self);
    if (d->tzinfo) {
        TyObject *delta = datetime_minus_datetime(self, ty_state.mod.datetime.epoch);
        if (!delta)
            return NULL;
        mpz_t x;
        mpz_init(x);
        dt_deltaToMpz(delta, x);
        TY_DECREF(delta);
        mpz_t y;
        mpz_init_set_ui(y, 1000000);
        bool overflow = false;
        double v = tyInt_mpzTrueDiv(x, y, &overflow);
        mpz_clear(x);
        mpz_clear(y);
        return tyFloat_from(v);
    }
    long long secs = local_to_seconds(d->year, d->month, d->day, d->hour, d->minute, d->second, d->fold);
    if (secs == -1)
        return NULL;
    return tyFloat_from((double)(secs - EPOCH_SECONDS) + d->us / 1e6);
}

/* isoformat(sep="T", timespec="auto"). */
TY_CFUNC(datetime_isoformat)
{
    static const char *const names[] = { "sep", "timespec", NULL };
    TyObject *a[2];
    if (tyArg_unpack("isoformat", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    if (a[0] && (!TY_STR_CHECK(a[0]) || TY_STR_LEN(a[0]) != 1))
        return tyErr_format(&TyExc_TypeError, "isoformat() argument 1 must be a unicode character, not %T", a[0]);
    if (a[1] && !TY_STR_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "isoformat() argument 2 must be str, not %T", a[1]);
    DtDateTime *d = DT_DT(self);
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendFormat(&b, "%04d-%02d-%02d", d->year, d->month, d->day) < 0 ||
        (a[0] ? tyBuf_appendStr(&b, a[0]) : tyBuf_appendChar(&b, 'T')) < 0 ||
        dt_formatTime(&b, d->hour, d->minute, d->second, d->us, a[1]) < 0)
        goto fail;
    if (d->tzinfo) {
        TyObject *off = dt_callUtcoffset(d->tzinfo, self);
        if (!off)
            goto fail;
        int r = off == TY_NONE ? 0 : dt_formatOffset(&b, off, ":");
        TY_DECREF(off);
        if (r < 0)
            goto fail;
    }
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    return NULL;
}

/* str(dt) is dt.isoformat(" "). */
static TyObject *datetime_str(TyObject *self)
{
    TyObject *name = tyStr_internC("isoformat");
    TyObject *sep = name ? tyStr_fromCStr(" ") : NULL;
    TyObject *r = sep ? tyObj_callMethod(self, name, &sep, 1) : NULL;
    TY_XDECREF(name);
    TY_XDECREF(sep);
    return r;
}

/* "datetime.datetime(2020, 3, 1, 12, 0, fold=1, tzinfo=...)", trailing zeros
** left out. */
static TyObject *datetime_repr(TyObject *self)
{
    DtDateTime *d = DT_DT(self);
    TyStrBuilder b;
    tyBuf_init(&b);
    int r = tyBuf_appendFormat(&b, "%s(%d, %d, %d, %d, %d", dt_typeName(self), d->year, d->month, d->day,
                               d->hour, d->minute);
    if (r == 0 && (d->second || d->us))
        r = tyBuf_appendFormat(&b, ", %d", d->second);
    if (r == 0 && d->us)
        r = tyBuf_appendFormat(&b, ", %d", d->us);
    if (r == 0 && d->fold)
        r = tyBuf_appendC(&b, ", fold=1");
    if (r == 0 && d->tzinfo)
        r = tyBuf_appendFormat(&b, ", tzinfo=%R", d->tzinfo);
    if (r == 0)
        r = tyBuf_appendChar(&b, ')');
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* A copy with some fields replaced, of self's class. */
TY_CFUNC(datetime_replace)
{
    static const char *const names[] = { "year", "month", "day", "hour", "minute", "second", "microsecond",
                                         "tzinfo", "fold", NULL };
    TyObject *a[9];
    DtDateTime *d = DT_DT(self);
    int v[9] = { d->year, d->month, d->day, d->hour, d->minute, d->second, d->us, 0, d->fold };
    if (tyArg_unpack("replace", args, nargs, kwnames, names, 0, 8, a) < 0)
        return NULL;
    for (int i = 0; i < 9; i++)
        if (i != 7 && a[i] && dt_intArg(a[i], &v[i]) < 0)
            return NULL;
    TyObject *tz = a[7] ? a[7] : d->tzinfo ? d->tzinfo : TY_NONE;
    return dt_newDatetime(TY_TYPE(self), v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz, v[8]);
}

/* The local time zone at a timestamp: timezone(gmtoff, tm_zone). */
static TyObject *local_timezone_at(time_t t)
{
    struct tm tm;
    if (dt_localtime(t, &tm) < 0)
        return NULL;
    TyObject *delta = dt_newDelta(NULL, 0, tm.tm_gmtoff, 0, true);
    if (!delta)
        return NULL;
    TyObject *name = tm.tm_zone ? tyStr_decode(tm.tm_zone, (ssize_t)strlen(tm.tm_zone), "utf-8", "surrogateescape") : NULL;
    TyObject *r = NULL;
    if (name || !tm.tm_zone)
        r = dt_newTimezone(delta, name);
    TY_DECREF(delta);
    TY_XDECREF(name);
    return r;
}

/* astimezone(tz=None): the same UTC time in tz (the local zone when None);
** a naive self is taken as local time. */
TY_CFUNC(datetime_astimezone)
{
    static const char *const names[] = { "tz", NULL };
    TyObject *a[1];
    if (tyArg_unpack("astimezone", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    TyObject *tz = a[0] ? a[0] : TY_NONE;
    if (dt_checkTzinfo(tz) < 0)
        return NULL;
    DtDateTime *d = DT_DT(self);
    TyObject *self_tz = NULL, *off = NULL;
    if (d->tzinfo) {
        self_tz = TY_NEWREF(d->tzinfo);
        if (self_tz == tz) {
            TY_DECREF(self_tz);
            return TY_NEWREF(self);
        }
        if (!(off = dt_callUtcoffset(self_tz, self))) {
            TY_DECREF(self_tz);
            return NULL;
        }
        TY_DECREF(self_tz);
    }
    if (!off || off == TY_NONE) {
        /* naive: the local time zone's offset at that local time */
        TY_XDECREF(off);
        long long secs = local_to_seconds(d->year, d->month, d->day, d->hour, d->minute, d->second, d->fold);
        if (secs == -1)
            return NULL;
        self_tz = local_timezone_at((time_t)(secs - EPOCH_SECONDS));
        if (!self_tz)
            return NULL;
        if (self_tz == tz) {
            TY_DECREF(self_tz);
            return TY_NEWREF(self);
        }
        off = dt_callUtcoffset(self_tz, self);
        TY_DECREF(self_tz);
        if (!off)
            return NULL;
    }
    TyObject *utc = add_delta(self, off, -1);
    TY_DECREF(off);
    if (!utc)
        return NULL;
    if (!DT_DATETIME_CHECK(utc)) {
        TY_DECREF(utc);
        return tyErr_setString(&TyExc_TypeError, "astimezone: the subclass did not return a datetime");
    }
    TyObject *newtz;
    if (tz == TY_NONE) {
        /* the local zone at that moment: floor((utc - epoch) / 1 s) */
        DtDateTime *u = DT_DT(utc);
        long long secs = utc_to_seconds(u->year, u->month, u->day, u->hour, u->minute, u->second);
        newtz = local_timezone_at((time_t)(secs - EPOCH_SECONDS));
        if (!newtz) {
            TY_DECREF(utc);
            return NULL;
        }
    } else {
        newtz = TY_NEWREF(tz);
    }
    TY_XSETREF(DT_DT(utc)->tzinfo, newtz);
    DT_DT(utc)->hash = -1;
    dt_setTracking(utc, newtz);
    return fromutc_steal(newtz, utc);
}

/* (bytes10,) or (bytes10, tzinfo) for protocol proto. */
static TyObject *datetime_state(DtDateTime *d, int proto)
{
    unsigned char b[10] = { (unsigned char)(d->year >> 8), (unsigned char)(d->year & 0xFF),
                            (unsigned char)(d->month | (proto > 3 && d->fold ? 128 : 0)), (unsigned char)d->day,
                            (unsigned char)d->hour, (unsigned char)d->minute, (unsigned char)d->second,
                            (unsigned char)(d->us >> 16), (unsigned char)((d->us >> 8) & 0xFF),
                            (unsigned char)(d->us & 0xFF) };
    return dt_stateBytes(b, sizeof b, d->tzinfo);
}

/* (type(self), state) for a pickle protocol (the fold only for 4 and up). */
static TyObject *datetime_reduce_proto(TyObject *self, int proto)
{
    return dt_reduce(self, datetime_state(DT_DT(self), proto));
}

/* __reduce_ex__(protocol) and __reduce__ (protocol 2). */
TY_CFUNC(datetime_reduce_ex)
{
    int proto;
    if (tyArg_noKeywords("__reduce_ex__", kwnames) < 0 || tyArg_checkCount("__reduce_ex__", nargs, 1, 1) < 0 ||
        dt_intArg(args[0], &proto) < 0)
        return NULL;
    return datetime_reduce_proto(self, proto);
}

TY_CFUNC(datetime_reduce)
{
    DT_NOARGS("datetime.__reduce__");
    return datetime_reduce_proto(self, 2);
}

/* ---- comparison, hashing, arithmetic ---------------------------------------------------- */

static int fields_cmp(DtDateTime *a, DtDateTime *b)
{
    int x[7] = { a->year, a->month, a->day, a->hour, a->minute, a->second, a->us };
    int y[7] = { b->year, b->month, b->day, b->hour, b->minute, b->second, b->us };
    for (int i = 0; i < 7; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

/* utcoffset() of dt with its fold flipped: new reference. */
static TyObject *flip_fold_offset(TyObject *dt)
{
    DtDateTime *d = DT_DT(dt);
    TyObject *flip = dt_newDatetime(TY_TYPE(dt), d->year, d->month, d->day, d->hour, d->minute, d->second, d->us,
                                    d->tzinfo ? d->tzinfo : TY_NONE, !d->fold);
    if (!flip)
        return NULL;
    TyObject *r = dt_callUtcoffset(DT_DT(flip)->tzinfo, flip);
    TY_DECREF(flip);
    return r;
}

/* Whether two offsets differ (None differs from any timedelta). */
static bool offsets_differ(TyObject *a, TyObject *b)
{
    if (a == b)
        return false;
    if (a == TY_NONE || b == TY_NONE)
        return true;
    return dt_deltaCompare(a, b) != 0;
}

/* PEP 495: times in a repeated interval never compare equal across zones
** when flipping the fold would change either's offset.  1 / 0 / -1. */
static int pep495_eq_exception(TyObject *a, TyObject *b, TyObject *o1, TyObject *o2)
{
    TyObject *f = flip_fold_offset(a);
    if (!f)
        return -1;
    int r = offsets_differ(f, o1);
    TY_DECREF(f);
    if (r)
        return 1;
    if (!(f = flip_fold_offset(b)))
        return -1;
    r = offsets_differ(f, o2);
    TY_DECREF(f);
    return r;
}

/* Ordering between datetimes (by fields, or by UTC time across offsets, with
** PEP 495's exception for ==); a date is unequal and unordered. */
static TyObject *datetime_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!DT_DATETIME_CHECK(b)) {
        if (DT_DATE_CHECK(b)) {
            if (op == TY_EQ || op == TY_NE)
                return tyBool_from(op == TY_NE);
            return dt_cmpError(a, b);
        }
        return TY_NEWREF(TY_NOTIMPL);
    }
    DtDateTime *x = DT_DT(a), *y = DT_DT(b);
    if (x->tzinfo == y->tzinfo)
        return dt_cmpResult(fields_cmp(x, y), op);
    TyObject *o1 = dt_callUtcoffset(x->tzinfo, a), *o2 = o1 ? dt_callUtcoffset(y->tzinfo, b) : NULL, *r = NULL;
    if (!o2) {
        TY_XDECREF(o1);
        return NULL;
    }
    int diff;
    if (!offsets_differ(o1, o2) || (o1 != TY_NONE && o2 != TY_NONE)) {
        if (!offsets_differ(o1, o2)) {
            diff = fields_cmp(x, y);
        } else {
            TyObject *delta = datetime_minus_datetime(a, b);
            if (!delta)
                goto done;
            DtDelta *dd = DT_DELTA(delta);
            diff = dd->days ? dd->days : (dd->seconds | dd->us);
            TY_DECREF(delta);
        }
        if ((op == TY_EQ || op == TY_NE) && diff == 0) {
            int ex = pep495_eq_exception(a, b, o1, o2);
            if (ex < 0)
                goto done;
            if (ex)
                diff = 1;
        }
        r = dt_cmpResult(diff < 0 ? -1 : diff > 0, op);
    } else if (op == TY_EQ || op == TY_NE) {
        r = tyBool_from(op == TY_NE);
    } else {
        tyErr_setString(&TyExc_TypeError, "can't compare offset-naive and offset-aware datetimes");
    }
done:
    TY_DECREF(o1);
    TY_DECREF(o2);
    return r;
}

/* The state bytes' hash when naive, else the hash of the UTC timedelta since
** 0001-01-01; computed with fold 0, so a fold never changes it. */
static ty_hash datetime_hash(TyObject *self)
{
    DtDateTime *d = DT_DT(self);
    if (d->hash != -1)
        return d->hash;
    TyObject *self0 = d->fold ? dt_newDatetime(TY_TYPE(self), d->year, d->month, d->day, d->hour, d->minute,
                                               d->second, d->us, d->tzinfo ? d->tzinfo : TY_NONE, 0)
                              : TY_NEWREF(self);
    if (!self0)
        return -1;
    TyObject *off = dt_callUtcoffset(d->tzinfo, self0);
    TY_DECREF(self0);
    if (!off)
        return -1;
    if (off == TY_NONE) {
        unsigned char b[10] = { (unsigned char)(d->year >> 8), (unsigned char)(d->year & 0xFF), (unsigned char)d->month,
                                (unsigned char)d->day, (unsigned char)d->hour, (unsigned char)d->minute,
                                (unsigned char)d->second, (unsigned char)(d->us >> 16),
                                (unsigned char)((d->us >> 8) & 0xFF), (unsigned char)(d->us & 0xFF) };
        d->hash = dt_hashBytes(b, 10);
    } else {
        DtDelta *o = DT_DELTA(off);
        TyObject *x = dt_newDelta(NULL, dt_ymdToOrd(d->year, d->month, d->day) - o->days,
                                  d->hour * 3600L + d->minute * 60 + d->second - o->seconds, (long)d->us - o->us, true);
        d->hash = x ? tyObj_hash(x) : -1;
        TY_XDECREF(x);
    }
    TY_DECREF(off);
    return d->hash;
}

/* datetime + timedelta and timedelta + datetime, of the datetime's class. */
static TyObject *datetime_add(TyObject *a, TyObject *b)
{
    if (DT_DATETIME_CHECK(a) && DT_DELTA_CHECK(b))
        return add_delta(a, b, 1);
    if (DT_DELTA_CHECK(a) && DT_DATETIME_CHECK(b))
        return add_delta(b, a, 1);
    return TY_NEWREF(TY_NOTIMPL);
}

/* datetime - datetime (a timedelta) and datetime - timedelta. */
static TyObject *datetime_sub(TyObject *a, TyObject *b)
{
    if (!DT_DATETIME_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    if (DT_DATETIME_CHECK(b))
        return datetime_minus_datetime(a, b);
    if (DT_DELTA_CHECK(b))
        return add_delta(a, b, -1);
    return TY_NEWREF(TY_NOTIMPL);
}

/* The read-only fields. */
static TyObject *dt_hour(TyObject *o) { return tyInt_fromI64(DT_DT(o)->hour); }
static TyObject *dt_minute(TyObject *o) { return tyInt_fromI64(DT_DT(o)->minute); }
static TyObject *dt_second(TyObject *o) { return tyInt_fromI64(DT_DT(o)->second); }
static TyObject *dt_us(TyObject *o) { return tyInt_fromI64(DT_DT(o)->us); }
static TyObject *dt_fold(TyObject *o) { return tyInt_fromI64(DT_DT(o)->fold); }
static TyObject *dt_tzinfo(TyObject *o)
{
    TyObject *tz = DT_DT(o)->tzinfo;
    return TY_NEWREF(tz ? tz : TY_NONE);
}

static TyMethodDef datetime_methods[] = {
    { "now", datetime_now, TY_METH_CLASS, "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone." },
    { "utcnow", datetime_utcnow, TY_METH_CLASS, "Return a new datetime representing UTC day and time." },
    { "fromtimestamp", datetime_fromtimestamp, TY_METH_CLASS, "timestamp[, tz] -> tz's local time from POSIX timestamp." },
    { "utcfromtimestamp", datetime_utcfromtimestamp, TY_METH_CLASS, "Construct a naive UTC datetime from a POSIX timestamp." },
    { "strptime", datetime_strptime, TY_METH_CLASS, "string, format -> new datetime parsed from a string (like time.strptime())." },
    { "combine", datetime_combine, TY_METH_CLASS, "date, time -> datetime with same date and time fields" },
    { "fromisoformat", datetime_fromisoformat, TY_METH_CLASS, "string -> datetime from a string in most ISO 8601 formats" },
    { "date", datetime_date, TY_METH_DEFAULT, "Return date object with same year, month and day." },
    { "time", datetime_time, TY_METH_DEFAULT, "Return time object with same time but with tzinfo=None." },
    { "timetz", datetime_timetz, TY_METH_DEFAULT, "Return time object with same time and tzinfo." },
    { "ctime", datetime_ctime, TY_METH_DEFAULT, "Return ctime() style string." },
    { "timetuple", datetime_timetuple, TY_METH_DEFAULT, "Return time tuple, compatible with time.localtime()." },
    { "timestamp", datetime_timestamp, TY_METH_DEFAULT, "Return POSIX timestamp as float." },
    { "utctimetuple", datetime_utctimetuple, TY_METH_DEFAULT, "Return UTC time tuple, compatible with time.localtime()." },
    { "isoformat", datetime_isoformat, TY_METH_DEFAULT, "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\n" },
    { "utcoffset", datetime_utcoffset, TY_METH_DEFAULT, "Return self.tzinfo.utcoffset(self)." },
    { "tzname", datetime_tzname, TY_METH_DEFAULT, "Return self.tzinfo.tzname(self)." },
    { "dst", datetime_dst, TY_METH_DEFAULT, "Return self.tzinfo.dst(self)." },
    { "replace", datetime_replace, TY_METH_DEFAULT, "Return datetime with new specified fields." },
    { "astimezone", datetime_astimezone, TY_METH_DEFAULT, "tz -> convert to local time in new timezone tz\n" },
    { "__reduce_ex__", datetime_reduce_ex, TY_METH_DEFAULT, "__reduce_ex__(proto) -> (cls, state)" },
    { "__reduce__", datetime_reduce, TY_METH_DEFAULT, "__reduce__() -> (cls, state)" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef datetime_getset[] = {
    { "hour", dt_hour, NULL, NULL, false },
    { "minute", dt_minute, NULL, NULL, false },
    { "second", dt_second, NULL, NULL, false },
    { "microsecond", dt_us, NULL, NULL, false },
    { "tzinfo", dt_tzinfo, NULL, NULL, false },
    { "fold", dt_fold, NULL, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

TyType DtDateTime_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "datetime.datetime",
    .basicsize = sizeof(DtDateTime),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_GC,
    .dealloc = datetime_dealloc,
    .repr = datetime_repr,
    .str = datetime_str,
    .hash = datetime_hash,
    .richcompare = datetime_richcompare,
    .traverse = datetime_traverse,
    .clear = datetime_clear,
    .binop = {
        [TY_BINOP_ADD] = datetime_add,
        [TY_BINOP_SUB] = datetime_sub,
    },
    .methods = datetime_methods,
    .getset = datetime_getset,
    .tp_new = datetime_new,
    .base = &DtDate_Type,
    .doc = "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
           "The year, month and day arguments are required. tzinfo may be None, or an\n"
           "instance of a tzinfo subclass. The remaining arguments may be ints.\n",
};
