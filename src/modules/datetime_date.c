/*
** datetime_date.c — `datetime.date`, a proleptic Gregorian date.  Its
** methods also serve datetime (a date subclass with the same leading
** fields), except where datetime overrides them.
*/
#include "datetime_int.h"

const char *const dt_dayNames[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
const char *const dt_monthNames[] = { "", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

TyObject *dt_newDate(TyType *type, int year, int month, int day)
{
    if (dt_checkDate(year, month, day) < 0)
        return NULL;
    DtDate *d = (DtDate *)(!type || type == &DtDate_Type ? tyObj_alloc(&DtDate_Type) : tyType_genericAlloc(type, 0));
    if (!d)
        return NULL;
    d->hash = -1;
    d->year = year;
    d->month = month;
    d->day = day;
    return (TyObject *)d;
}

/* cls(*ints): new reference. */
TyObject *dt_callWithInts(TyObject *cls, const int *v, int n)
{
    TyObject *a[8];
    TyObject *r = NULL;
    int made = 0;
    for (; made < n; made++)
        if (!(a[made] = tyInt_fromI64(v[made])))
            goto done;
    r = tyObj_call(cls, a, (size_t)n, NULL);
done:
    while (made-- > 0)
        TY_DECREF(a[made]);
    return r;
}

TyObject *dt_newDateSub(TyObject *cls, int year, int month, int day)
{
    if (cls == (TyObject *)&DtDate_Type)
        return dt_newDate(NULL, year, month, day);
    int v[3] = { year, month, day };
    return dt_callWithInts(cls, v, 3);
}

/* Bytes (or a latin-1 str, as Python 2 pickles hold them) of `len` bytes,
** which may be a pickled state (the caller checks its fields): a new
** reference to the bytes, NULL with no exception when it is not one, or
** NULL with the exception of a str that will not encode. */
TyObject *dt_pickleState(TyObject *arg, ssize_t len, const char *what)
{
    TyObject *b;
    if (TY_BYTES_CHECK(arg) && TY_BYTES_LEN(arg) == len) {
        b = TY_NEWREF(arg);
    } else if (TY_STR_CHECK(arg) && TY_STR_LEN(arg) == len) {
        if (!(b = tyStr_encode(arg, "latin-1", "strict"))) {
            if (tyErr_exceptionMatches(&TyExc_UnicodeEncodeError))
                tyErr_format(&TyExc_ValueError,
                             "Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed.", what);
            return NULL;
        }
    } else {
        return NULL;
    }
    return b;
}

/* date(year, month, day), or date(state) from a pickle (only its month checked,
** as CPython).  New reference. */
static TyObject *date_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs == 1 && !kwnames) {
        TyObject *st = dt_pickleState(args[0], 4, "date");
        if (st && (TY_BYTES_DATA(st)[2] < 1 || TY_BYTES_DATA(st)[2] > 12))
            TY_CLEAR(st);
        if (st) {
            const unsigned char *p = (const unsigned char *)TY_BYTES_DATA(st);
            DtDate *d = (DtDate *)tyType_genericAlloc(type, 0);
            if (d) {
                d->hash = -1;
                d->year = p[0] * 256 + p[1];
                d->month = p[2];
                d->day = p[3];
            }
            TY_DECREF(st);
            return (TyObject *)d;
        }
        if (tyErr_occurred())
            return NULL;
    }
    static const char *const names[] = { "year", "month", "day", NULL };
    TyObject *a[3];
    int v[3];
    if (dt_unpackFields(args, nargs, kwnames, names, 3, 3, -1, a, v) < 0)
        return NULL;
    return dt_newDate(type, v[0], v[1], v[2]);
}

/* Frees a date (it holds nothing). */
static void date_dealloc(TyObject *o)
{
    tyObj_free(o);
}

/* ---- class methods -------------------------------------------------------------------- */

/* cls.fromtimestamp(time.time()). */
TY_CFUNC(date_today)
{
    if (tyArg_noKeywords("date.today", kwnames) < 0 || tyArg_checkPositional("date.today", nargs, 0, 0) < 0)
        return NULL;
    TyObject *tm = dt_timeModule();
    TyObject *fn = tm ? tyObj_getAttrStr(tm, "time") : NULL;
    TyObject *now = fn ? tyObj_callNoArgs(fn) : NULL;
    TY_XDECREF(fn);
    if (!now)
        return NULL;
    TyObject *name = tyStr_internC("fromtimestamp");
    TyObject *r = name ? tyObj_callMethod(self, name, &now, 1) : NULL;
    TY_XDECREF(name);
    TY_DECREF(now);
    return r;
}

/* The local date of a timestamp (rounded down to the second). */
TY_CFUNC(date_fromtimestamp)
{
    if (tyArg_noKeywords("date.fromtimestamp", kwnames) < 0 || tyArg_checkPositional("date.fromtimestamp", nargs, 1, 1) < 0)
        return NULL;
    time_t t;
    long us;
    struct tm tm;
    if (dt_objToTime(args[0], true, &t, &us) < 0 || dt_localtime(t, &tm) < 0)
        return NULL;
    return dt_newDateSub(self, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* The date of a proleptic Gregorian ordinal (cls is called for a subclass). */
TY_CFUNC(date_fromordinal)
{
    if (tyArg_noKeywords("fromordinal", kwnames) < 0 || tyArg_checkTupleCount("fromordinal", nargs, 1, 1) < 0)
        return NULL;
    int n, y, m, d;
    if (dt_intArg(args[0], &n) < 0)
        return NULL;
    if (n < 1)
        return tyErr_setString(&TyExc_ValueError, "ordinal must be >= 1");
    dt_ordToYmd(n, &y, &m, &d);
    return dt_newDateSub(self, y, m, d);
}

/* YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] and YYYYWww[D]. */
TY_CFUNC(date_fromisoformat)
{
    if (tyArg_noKeywords("date.fromisoformat", kwnames) < 0 || tyArg_checkPositional("date.fromisoformat", nargs, 1, 1) < 0)
        return NULL;
    TyObject *s = args[0];
    if (!TY_STR_CHECK(s))
        return tyErr_setString(&TyExc_TypeError, "fromisoformat: argument must be str");
    int y, m, d;
    ssize_t n = TY_STR_NBYTES(s);
    if ((n != 7 && n != 8 && n != 10) || dt_parseIsoDate(TY_STR_UTF8(s), n, &y, &m, &d) < 0)
        return tyErr_format(&TyExc_ValueError, "Invalid isoformat string: %R", s);
    return dt_newDateSub(self, y, m, d);
}

/* The date of an ISO year, week and weekday. */
TY_CFUNC(date_fromisocalendar)
{
    static const char *const names[] = { "year", "week", "day", NULL };
    TyObject *a[3];
    int v[3], y, m, d;
    if (tyArg_unpack("fromisocalendar", args, nargs, kwnames, names, 3, 3, a) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        if (dt_intArg(a[i], &v[i]) < 0) {
            if (tyErr_exceptionMatches(&TyExc_OverflowError))
                tyErr_setString(&TyExc_ValueError, "ISO calendar component out of range");
            return NULL;
        }
    if (dt_isoToYmd(v[0], v[1], v[2], &y, &m, &d) < 0)
        return NULL;
    return dt_newDateSub(self, y, m, d);
}

/* ---- instance methods ------------------------------------------------------------------ */

#define DATE_NOARGS(fname)                                                                  \
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0) \
        return NULL

/* "Sun Feb 29 00:00:00 2004". */
TY_CFUNC(date_ctime)
{
    DATE_NOARGS("date.ctime");
    DtDate *d = DT_DATE(self);
    return tyStr_fromFormat("%s %s %2d 00:00:00 %04d", dt_dayNames[dt_weekday(d->year, d->month, d->day)],
                            dt_monthNames[d->month], d->day, d->year);
}

/* strftime(format) over self.timetuple() (a subclass's own timetuple counts). */
TY_CFUNC(date_strftime)
{
    static const char *const names[] = { "format", NULL };
    TyObject *a[1];
    if (tyArg_unpack("strftime", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "strftime() argument 1 must be str, not %T", a[0]);
    TyObject *name = tyStr_internC("timetuple");
    TyObject *tt = name ? tyObj_callMethod(self, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    if (!tt)
        return NULL;
    TyObject *r = dt_wrapStrftime(self, a[0], tt, self);
    TY_DECREF(tt);
    return r;
}

/* "YYYY-MM-DD". */
TY_CFUNC(date_isoformat)
{
    DATE_NOARGS("date.isoformat");
    DtDate *d = DT_DATE(self);
    return tyStr_fromFormat("%04d-%02d-%02d", d->year, d->month, d->day);
}

/* str(d) is d.isoformat(), looked up on the object as CPython does. */
static TyObject *date_str(TyObject *self)
{
    TyObject *name = tyStr_internC("isoformat");
    TyObject *r = name ? tyObj_callMethod(self, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    return r;
}

/* "datetime.date(2004, 2, 29)" (the class's own name for a subclass). */
static TyObject *date_repr(TyObject *self)
{
    DtDate *d = DT_DATE(self);
    return tyStr_fromFormat("%s(%d, %d, %d)", dt_typeName(self), d->year, d->month, d->day);
}

/* time.struct_time with midnight and tm_isdst -1. */
TY_CFUNC(date_timetuple)
{
    DATE_NOARGS("date.timetuple");
    DtDate *d = DT_DATE(self);
    return dt_buildStructTime(d->year, d->month, d->day, 0, 0, 0, -1);
}

/* The calendar queries: new ints. */
TY_CFUNC(date_toordinal)
{
    DATE_NOARGS("date.toordinal");
    DtDate *d = DT_DATE(self);
    return tyInt_fromI64(dt_ymdToOrd(d->year, d->month, d->day));
}

/* Monday is 0. */
TY_CFUNC(date_weekday)
{
    DATE_NOARGS("date.weekday");
    DtDate *d = DT_DATE(self);
    return tyInt_fromI64(dt_weekday(d->year, d->month, d->day));
}

/* Monday is 1. */
TY_CFUNC(date_isoweekday)
{
    DATE_NOARGS("date.isoweekday");
    DtDate *d = DT_DATE(self);
    return tyInt_fromI64(dt_weekday(d->year, d->month, d->day) + 1);
}

/* IsoCalendarDate(year, week, weekday) of the ISO calendar. */
TY_CFUNC(date_isocalendar)
{
    DATE_NOARGS("date.isocalendar");
    DtDate *d = DT_DATE(self);
    int year = d->year;
    long monday = dt_isoWeek1Monday(year), today = dt_ymdToOrd(d->year, d->month, d->day);
    long diff = today - monday;
    long week = diff >= 0 ? diff / 7 : -((-diff + 6) / 7);
    long day = diff - week * 7;
    if (week < 0) {
        year--;
        monday = dt_isoWeek1Monday(year);
        diff = today - monday;
        week = diff / 7;
        day = diff % 7;
    } else if (week >= 52 && today >= dt_isoWeek1Monday(year + 1)) {
        year++;
        week = 0;
    }
    return dt_newIsoCalendarDate(year, (int)week + 1, (int)day + 1);
}

/* A copy with some fields replaced, of self's class (built without calling
** a subclass's __new__, as CPython). */
TY_CFUNC(date_replace)
{
    static const char *const names[] = { "year", "month", "day", NULL };
    TyObject *a[3];
    DtDate *d = DT_DATE(self);
    int v[3] = { d->year, d->month, d->day };
    if (tyArg_unpack("replace", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        if (a[i] && dt_intArg(a[i], &v[i]) < 0)
            return NULL;
    return dt_newDate(TY_TYPE(self), v[0], v[1], v[2]);
}

/* (the 4-byte state,): new reference. */
static TyObject *date_state(DtDate *d)
{
    unsigned char b[4] = { (unsigned char)(d->year >> 8), (unsigned char)(d->year & 0xFF),
                           (unsigned char)d->month, (unsigned char)d->day };
    return dt_stateBytes(b, sizeof b, NULL);
}

/* (type(self), (state,)). */
TY_CFUNC(date_reduce)
{
    DATE_NOARGS("date.__reduce__");
    return dt_reduce(self, date_state(DT_DATE(self)));
}

/* The hash of the 4 state bytes (CPython's value), cached. */
static ty_hash date_hash(TyObject *self)
{
    DtDate *d = DT_DATE(self);
    if (d->hash == -1) {
        unsigned char b[4] = { (unsigned char)(d->year >> 8), (unsigned char)(d->year & 0xFF),
                               (unsigned char)d->month, (unsigned char)d->day };
        d->hash = dt_hashBytes(b, 4);
    }
    return d->hash;
}

/* Three-way comparison of the date fields. */
static int date_cmp(DtDate *a, DtDate *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    return a->day < b->day ? -1 : a->day > b->day;
}

/* Ordering between dates (a datetime on the other side answers first). */
static TyObject *date_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!DT_DATE_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    return dt_cmpResult(date_cmp(DT_DATE(a), DT_DATE(b)), op);
}

/* date + days (a subclass's class is called for the result). */
static TyObject *date_plus_days(TyObject *date, long days)
{
    DtDate *d = DT_DATE(date);
    long ord = dt_ymdToOrd(d->year, d->month, d->day) + days;
    if (ord < 1 || ord > DT_MAXORDINAL)
        return tyErr_setString(&TyExc_OverflowError, "date value out of range");
    int y, m, dd;
    dt_ordToYmd(ord, &y, &m, &dd);
    return dt_newDateSub((TyObject *)TY_TYPE(date), y, m, dd);
}

/* date + timedelta and timedelta + date (datetimes are datetime_add's). */
static TyObject *date_add(TyObject *a, TyObject *b)
{
    if (DT_DATETIME_CHECK(a) || DT_DATETIME_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    if (DT_DATE_CHECK(a) && DT_DELTA_CHECK(b))
        return date_plus_days(a, DT_DELTA(b)->days);
    if (DT_DELTA_CHECK(a) && DT_DATE_CHECK(b))
        return date_plus_days(b, DT_DELTA(a)->days);
    return TY_NEWREF(TY_NOTIMPL);
}

/* date - date (a timedelta of days) and date - timedelta. */
static TyObject *date_sub(TyObject *a, TyObject *b)
{
    if (DT_DATETIME_CHECK(a) || DT_DATETIME_CHECK(b) || !DT_DATE_CHECK(a))
        return TY_NEWREF(TY_NOTIMPL);
    if (DT_DATE_CHECK(b)) {
        DtDate *x = DT_DATE(a), *y = DT_DATE(b);
        return dt_newDelta(NULL, dt_ymdToOrd(x->year, x->month, x->day) - dt_ymdToOrd(y->year, y->month, y->day), 0, 0, false);
    }
    if (DT_DELTA_CHECK(b))
        return date_plus_days(a, -(long)DT_DELTA(b)->days);
    return TY_NEWREF(TY_NOTIMPL);
}

/* The read-only fields. */
static TyObject *date_year(TyObject *o) { return tyInt_fromI64(DT_DATE(o)->year); }
static TyObject *date_month(TyObject *o) { return tyInt_fromI64(DT_DATE(o)->month); }
static TyObject *date_day(TyObject *o) { return tyInt_fromI64(DT_DATE(o)->day); }

static TyMethodDef date_methods[] = {
    { "fromtimestamp", date_fromtimestamp, TY_METH_CLASS, "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time." },
    { "fromordinal", date_fromordinal, TY_METH_CLASS, "int -> date corresponding to a proleptic Gregorian ordinal." },
    { "fromisoformat", date_fromisoformat, TY_METH_CLASS, "str -> Construct a date from a string in ISO 8601 format." },
    { "fromisocalendar", date_fromisocalendar, TY_METH_CLASS, "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function" },
    { "today", date_today, TY_METH_CLASS, "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())." },
    { "ctime", date_ctime, TY_METH_DEFAULT, "Return ctime() style string." },
    { "strftime", date_strftime, TY_METH_DEFAULT, "format -> strftime() style string." },
    { "__format__", dt_format, TY_METH_DEFAULT, "Formats self with strftime." },
    { "timetuple", date_timetuple, TY_METH_DEFAULT, "Return time tuple, compatible with time.localtime()." },
    { "isocalendar", date_isocalendar, TY_METH_DEFAULT, "Return a named tuple containing ISO year, week number, and weekday." },
    { "isoformat", date_isoformat, TY_METH_DEFAULT, "Return string in ISO 8601 format, YYYY-MM-DD." },
    { "isoweekday", date_isoweekday, TY_METH_DEFAULT, "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7" },
    { "toordinal", date_toordinal, TY_METH_DEFAULT, "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1." },
    { "weekday", date_weekday, TY_METH_DEFAULT, "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6" },
    { "replace", date_replace, TY_METH_DEFAULT, "Return date with new specified fields." },
    { "__reduce__", date_reduce, TY_METH_DEFAULT, "__reduce__() -> (cls, state)" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef date_getset[] = {
    { "year", date_year, NULL, NULL, false },
    { "month", date_month, NULL, NULL, false },
    { "day", date_day, NULL, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

TyType DtDate_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "datetime.date",
    .basicsize = sizeof(DtDate),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = date_dealloc,
    .repr = date_repr,
    .str = date_str,
    .hash = date_hash,
    .richcompare = date_richcompare,
    .binop = {
        [TY_BINOP_ADD] = date_add,
        [TY_BINOP_SUB] = date_sub,
    },
    .methods = date_methods,
    .getset = date_getset,
    .tp_new = date_new,
    .doc = "date(year, month, day) --> date object",
};
