/*
** datetime.c — the `_datetime` module: the calendar arithmetic, argument
** checks, tzinfo calls, strftime and ISO 8601 parsing that the types
** share, the tzinfo and timezone types, and the module itself.  The other
** types live in datetime_delta.c, datetime_date.c, datetime_time.c and
** datetime_dt.c; datetime.py (the build's string literal) adds the
** IsoCalendarDate class.  Semantics and messages are CPython 3.11's.
*/
#include <math.h>
#include "datetime_int.h"
#include "datetime.h"
#include "../import.h"

/* ---- calendar ------------------------------------------------------------------------- */

static const int days_in_month[] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
static const int days_before_month[] = { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

/* Gregorian leap year rule. */
bool dt_isLeap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* Days in month of year; month in 1..12. */
int dt_daysInMonth(int year, int month)
{
    return month == 2 && dt_isLeap(year) ? 29 : days_in_month[month];
}

/* Days in year before the first of month; month in 1..12. */
int dt_daysBeforeMonth(int year, int month)
{
    return days_before_month[month] + (month > 2 && dt_isLeap(year));
}

/* Days before January 1st of year (year >= 1). */
long dt_daysBeforeYear(int year)
{
    long y = year - 1;
    return y * 365 + y / 4 - y / 100 + y / 400;
}

/* The proleptic Gregorian ordinal; 0001-01-01 is 1. */
long dt_ymdToOrd(int year, int month, int day)
{
    return dt_daysBeforeYear(year) + dt_daysBeforeMonth(year, month) + day;
}

/* Inverse of dt_ymdToOrd for ord >= 1: the 400/100/4/1-year cycles. */
void dt_ordToYmd(long ord, int *year, int *month, int *day)
{
    long n = ord - 1;
    long n400 = n / 146097;
    n %= 146097;
    long n100 = n / 36524;
    n %= 36524;
    long n4 = n / 1461;
    n %= 1461;
    long n1 = n / 365;
    n %= 365;
    *year = (int)(n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1);
    if (n1 == 4 || n100 == 4) {
        /* the last day of a 4- or 400-year cycle is December 31st */
        *year -= 1;
        *month = 12;
        *day = 31;
        return;
    }
    bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    int m = (int)((n + 50) >> 5);
    int before = days_before_month[m] + (m > 2 && leap);
    if (before > n) {
        m--;
        before -= m == 2 && leap ? 29 : days_in_month[m];
    }
    *month = m;
    *day = (int)(n - before + 1);
}

/* 0 is Monday. */
int dt_weekday(int year, int month, int day)
{
    return (int)((dt_ymdToOrd(year, month, day) + 6) % 7);
}

/* The ordinal of the Monday starting ISO week 1 (the week with the
** year's first Thursday). */
long dt_isoWeek1Monday(int year)
{
    long first = dt_ymdToOrd(year, 1, 1);
    long wd = (first + 6) % 7;
    long monday = first - wd;
    if (wd > 3)
        monday += 7;
    return monday;
}

/* Floor-divides lo by factor into hi. */
void dt_normalizePair(int *hi, int *lo, int factor)
{
    if (*lo < 0 || *lo >= factor) {
        int q = *lo / factor, r = *lo % factor;
        if (r < 0) {
            r += factor;
            q--;
        }
        *hi += q;
        *lo = r;
    }
}

/* Carries the time fields into the day, then the day into month and year
** through the ordinal. */
int dt_normalizeDatetime(int *year, int *month, int *day, int *hour, int *minute, int *second, int *us)
{
    dt_normalizePair(second, us, 1000000);
    dt_normalizePair(minute, second, 60);
    dt_normalizePair(hour, minute, 60);
    dt_normalizePair(day, hour, 24);
    if (*year < DT_MINYEAR - 1 || *year > DT_MAXYEAR + 1)
        goto overflow;
    int dim = *year >= DT_MINYEAR && *year <= DT_MAXYEAR ? dt_daysInMonth(*year, *month) : 31;
    if (*day < 1 || *day > dim) {
        long ord;
        if (*year < DT_MINYEAR || *year > DT_MAXYEAR)
            goto overflow;
        ord = dt_ymdToOrd(*year, *month, 1) + *day - 1;
        if (ord < 1 || ord > DT_MAXORDINAL)
            goto overflow;
        dt_ordToYmd(ord, year, month, day);
    }
    if (*year < DT_MINYEAR || *year > DT_MAXYEAR)
        goto overflow;
    return 0;
overflow:
    tyErr_setString(&TyExc_OverflowError, "date value out of range");
    return -1;
}

/* ---- argument checks -------------------------------------------------------------------- */

int dt_checkDate(int year, int month, int day)
{
    if (year < DT_MINYEAR || year > DT_MAXYEAR) {
        tyErr_format(&TyExc_ValueError, "year %d is out of range", year);
        return -1;
    }
    if (month < 1 || month > 12) {
        tyErr_setString(&TyExc_ValueError, "month must be in 1..12");
        return -1;
    }
    if (day < 1 || day > dt_daysInMonth(year, month)) {
        tyErr_setString(&TyExc_ValueError, "day is out of range for month");
        return -1;
    }
    return 0;
}

int dt_checkTime(int hour, int minute, int second, int us, int fold)
{
    const char *msg = NULL;
    if (hour < 0 || hour > 23)
        msg = "hour must be in 0..23";
    else if (minute < 0 || minute > 59)
        msg = "minute must be in 0..59";
    else if (second < 0 || second > 59)
        msg = "second must be in 0..59";
    else if (us < 0 || us > 999999)
        msg = "microsecond must be in 0..999999";
    else if (fold != 0 && fold != 1)
        msg = "fold must be either 0 or 1";
    if (msg) {
        tyErr_setString(&TyExc_ValueError, msg);
        return -1;
    }
    return 0;
}

int dt_checkTzinfo(TyObject *tzinfo)
{
    if (tzinfo == TY_NONE || DT_TZINFO_CHECK(tzinfo))
        return 0;
    tyErr_format(&TyExc_TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%T'", tzinfo);
    return -1;
}

void dt_setTracking(TyObject *o, TyObject *tzinfo)
{
    TyType *t = TY_TYPE(o);
    bool acyclic = (t == &DtTime_Type || t == &DtDateTime_Type) &&
                   (!tzinfo || TY_TYPE(tzinfo) == &DtTimezone_Type);
    if (acyclic)
        tyGC_untrack(o);
    else
        tyGC_track(o);
}

int dt_intArg(TyObject *o, int *out)
{
    return tyArg_intI(o, out);
}

TyObject *dt_stateBytes(const unsigned char *b, size_t n, TyObject *tzinfo)
{
    TyObject *bytes = tyBytes_fromData((const char *)b, (ssize_t)n);
    if (!bytes)
        return NULL;
    TyObject *r = tzinfo ? tyTuple_pack(2, bytes, tzinfo) : tyTuple_pack(1, bytes);
    TY_DECREF(bytes);
    return r;
}

TyObject *dt_reduce(TyObject *self, TyObject *state)
{
    if (!state)
        return NULL;
    TyObject *r = tyTuple_pack(2, (TyObject *)TY_TYPE(self), state);
    TY_DECREF(state);
    return r;
}

/* The index in kwnames of the keyword `name`, or -1. */
static ssize_t keyword_index(TyObject *kwnames, const char *name)
{
    for (ssize_t k = 0; kwnames && k < TY_TUPLE_LEN(kwnames); k++)
        if (tyStr_eqC(TY_TUPLE_GET(kwnames, k), name))
            return k;
    return -1;
}

/* In the order of CPython's vgetargskeywords: the counts, then each
** parameter (found and converted, or missing), then the keywords given
** twice or naming no parameter. */
int dt_unpackFields(TyObject *const *args, size_t nargs, TyObject *kwnames, const char *const *names,
                    int required, int maxpos, int tzslot, TyObject **a, int *v)
{
    int nparams = 0;
    while (names[nparams])
        nparams++;
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    if ((ssize_t)nargs + nkw > nparams || nargs > (size_t)maxpos)
        return tyArg_unpack(NULL, args, nargs, kwnames, names, 0, maxpos, a);
    ssize_t matched = 0;
    for (int i = 0; i < nparams; i++) {
        ssize_t k = (size_t)i < nargs ? -1 : keyword_index(kwnames, names[i]);
        a[i] = (size_t)i < nargs ? args[i] : k >= 0 ? args[nargs + (size_t)k] : NULL;
        matched += k >= 0;
        if (!a[i]) {
            if (i < required) {
                tyErr_format(&TyExc_TypeError, "function missing required argument '%s' (pos %d)", names[i], i + 1);
                return -1;
            }
        } else if (i != tzslot && dt_intArg(a[i], &v[i]) < 0) {
            return -1;
        }
    }
    if (matched < nkw) {
        for (size_t i = 0; i < nargs; i++)
            if (keyword_index(kwnames, names[i]) >= 0) {
                tyErr_format(&TyExc_TypeError, "argument for function given by name ('%s') and position (%zu)",
                             names[i], i + 1);
                return -1;
            }
        for (ssize_t k = 0; k < nkw; k++) {
            int i = 0;
            while (i < nparams && !tyStr_eqC(TY_TUPLE_GET(kwnames, k), names[i]))
                i++;
            if (i == nparams) {
                tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for this function",
                             TY_TUPLE_GET(kwnames, k));
                return -1;
            }
        }
    }
    return 0;
}

/* ---- shared helpers -------------------------------------------------------------------- */

ty_hash dt_hashBytes(const unsigned char *data, ssize_t n)
{
    TyObject *b = tyBytes_fromData((const char *)data, n);
    if (!b)
        return -1;
    ty_hash h = tyObj_hash(b);
    TY_DECREF(b);
    return h;
}

const char *dt_typeName(TyObject *o)
{
    return TY_TYPE(o)->name;
}

TyObject *dt_cmpError(TyObject *a, TyObject *b)
{
    return tyErr_format(&TyExc_TypeError, "can't compare %s to %s", TY_TYPE(a)->name, TY_TYPE(b)->name);
}

TyObject *dt_cmpResult(int cmp, int op)
{
    bool r;
    switch (op) {
    case TY_LT: r = cmp < 0; break;
    case TY_LE: r = cmp <= 0; break;
    case TY_EQ: r = cmp == 0; break;
    case TY_NE: r = cmp != 0; break;
    case TY_GT: r = cmp > 0; break;
    default: r = cmp >= 0; break;
    }
    return tyBool_from(r);
}

/* The module named `name`, cached in *slot: borrowed. */
static TyObject *cached_module(TyObject **slot, const char *name)
{
    if (!*slot)
        *slot = tyImport_importC(name);
    return *slot;
}

TyObject *dt_timeModule(void)
{
    return cached_module(&ty_state.mod.datetime.time, "time");
}

TyObject *dt_strptimeModule(void)
{
    return cached_module(&ty_state.mod.datetime.strptime, "_strptime");
}

/* mod.name(args...): new reference. */
static TyObject *call_module_fn(TyObject *mod, const char *name, TyObject *const *args, size_t nargs)
{
    if (!mod)
        return NULL;
    TyObject *fn = tyObj_getAttrStr(mod, name);
    if (!fn)
        return NULL;
    TyObject *r = tyObj_call(fn, args, nargs, NULL);
    TY_DECREF(fn);
    return r;
}

TyObject *dt_buildStructTime(int year, int month, int day, int hour, int minute, int second, int dstflag)
{
    int wday = dt_weekday(year, month, day);
    int yday = dt_daysBeforeMonth(year, month) + day;
    int v[9] = { year, month, day, hour, minute, second, wday, yday, dstflag };
    TyObject *t = tyTuple_new(9);
    if (!t)
        return NULL;
    for (int i = 0; i < 9; i++) {
        TyObject *x = tyInt_fromI64(v[i]);
        if (!x) {
            TY_DECREF(t);
            return NULL;
        }
        TY_TUPLE_SET(t, i, x);
    }
    TyObject *r = call_module_fn(dt_timeModule(), "struct_time", &t, 1);
    TY_DECREF(t);
    return r;
}

/* ---- tzinfo method calls ------------------------------------------------------------------ */

/* tzinfo.name(arg) checked as an offset (see the header). */
static TyObject *call_offset(TyObject *tzinfo, const char *name, TyObject *arg)
{
    if (!tzinfo || tzinfo == TY_NONE)
        return tyNone_new();
    TyObject *mname = tyStr_internC(name);
    if (!mname)
        return NULL;
    TyObject *r = tyObj_callMethod(tzinfo, mname, &arg, 1);
    TY_DECREF(mname);
    if (!r || r == TY_NONE)
        return r;
    if (!DT_DELTA_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "tzinfo.%s() must return None or timedelta, not '%T'", name, r);
        TY_DECREF(r);
        return NULL;
    }
    DtDelta *d = DT_DELTA(r);
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1) {
        tyErr_setString(&TyExc_ValueError,
                        "offset must be a timedelta strictly between -timedelta(hours=24) and "
                        "timedelta(hours=24).");
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

TyObject *dt_callUtcoffset(TyObject *tzinfo, TyObject *arg)
{
    return call_offset(tzinfo, "utcoffset", arg);
}

TyObject *dt_callDst(TyObject *tzinfo, TyObject *arg)
{
    return call_offset(tzinfo, "dst", arg);
}

TyObject *dt_callTzname(TyObject *tzinfo, TyObject *arg)
{
    if (!tzinfo || tzinfo == TY_NONE)
        return tyNone_new();
    TyObject *mname = tyStr_internC("tzname");
    if (!mname)
        return NULL;
    TyObject *r = tyObj_callMethod(tzinfo, mname, &arg, 1);
    TY_DECREF(mname);
    if (r && r != TY_NONE && !TY_STR_CHECK(r)) {
        tyErr_format(&TyExc_TypeError, "tzinfo.tzname() must return None or a string, not '%T'", r);
        TY_CLEAR(r);
    }
    return r;
}

/* ---- strftime ----------------------------------------------------------------------------- */

/* The tzinfo an object carries (borrowed), or NULL for a date or a naive
** time/datetime. */
static TyObject *tzinfo_of(TyObject *o)
{
    if (DT_DATETIME_CHECK(o))
        return DT_DT(o)->tzinfo;
    if (DT_TIME_CHECK(o))
        return DT_TIME(o)->tzinfo;
    return NULL;
}

/* %z's text: "+HHMM[SS[.ffffff]]" or "" when naive; appended to b. */
static int append_z(TyStrBuilder *b, TyObject *object, TyObject *tzinfoarg)
{
    TyObject *off = dt_callUtcoffset(tzinfo_of(object), tzinfoarg);
    if (!off)
        return -1;
    int r = off == TY_NONE ? 0 : dt_formatOffset(b, off, "");
    TY_DECREF(off);
    return r;
}

/* %Z's text with '%' doubled, or "" when there is no name. */
static int append_Z(TyStrBuilder *b, TyObject *object, TyObject *tzinfoarg)
{
    TyObject *name = dt_callTzname(tzinfo_of(object), tzinfoarg);
    if (!name || name == TY_NONE) {
        TY_XDECREF(name);
        return name ? 0 : -1;
    }
    /* name.replace('%', '%%'), called as a method, as CPython does */
    TyObject *meth = tyStr_internC("replace");
    TyObject *a[2] = { tyStr_fromCStr("%"), tyStr_fromCStr("%%") };
    TyObject *rep = meth && a[0] && a[1] ? tyObj_callMethod(name, meth, a, 2) : NULL;
    TY_XDECREF(meth);
    TY_XDECREF(a[0]);
    TY_XDECREF(a[1]);
    TY_DECREF(name);
    if (!rep)
        return -1;
    int r = -1;
    if (!TY_STR_CHECK(rep)) {
        tyErr_setString(&TyExc_TypeError, "tzname.replace() did not return a string");
    } else {
        /* a lone surrogate cannot go into the format (UnicodeEncodeError) */
        TyObject *enc = tyStr_encode(rep, "utf-8", "strict");
        if (enc) {
            TY_DECREF(enc);
            r = tyBuf_appendStr(b, rep);
        }
    }
    TY_DECREF(rep);
    return r;
}

TyObject *dt_wrapStrftime(TyObject *object, TyObject *format, TyObject *timetuple, TyObject *tzinfoarg)
{
    if (!TY_STR_CHECK(format))
        return tyErr_format(&TyExc_TypeError, "strftime() argument 1 must be str, not %T", format);
    /* the replacements are computed once, at their first use */
    TyStrBuilder zb, Zb, out;
    tyBuf_init(&zb);
    tyBuf_init(&Zb);
    tyBuf_init(&out);
    bool have_z = false, have_Z = false;
    const char *s = TY_STR_UTF8(format);
    ssize_t n = TY_STR_NBYTES(format);
    TyObject *newfmt = NULL, *r = NULL;
    for (ssize_t i = 0; i < n; i++) {
        int rc;
        if (s[i] != '%' || i + 1 >= n) {
            rc = tyBuf_appendChar(&out, s[i]);
        } else {
            char ch = s[++i];
            if (ch == 'z') {
                if (!have_z && append_z(&zb, object, tzinfoarg) < 0)
                    goto done;
                have_z = true;
                rc = tyBuf_append(&out, zb.data, zb.len);
            } else if (ch == 'Z') {
                if (!have_Z && append_Z(&Zb, object, tzinfoarg) < 0)
                    goto done;
                have_Z = true;
                rc = tyBuf_append(&out, Zb.data, Zb.len);
            } else if (ch == 'f') {
                int us = DT_DATETIME_CHECK(object) ? DT_DT(object)->us : DT_TIME_CHECK(object) ? DT_TIME(object)->us : 0;
                rc = tyBuf_appendFormat(&out, "%06d", us);
            } else {
                rc = tyBuf_appendChar(&out, '%');
                if (rc == 0)
                    rc = tyBuf_appendChar(&out, ch);
            }
        }
        if (rc < 0)
            goto done;
    }
    newfmt = tyBuf_finish(&out);
    if (newfmt) {
        TyObject *args[2] = { newfmt, timetuple };
        r = call_module_fn(dt_timeModule(), "strftime", args, 2);
    }
done:
    TY_XDECREF(newfmt);
    tyBuf_free(&out);
    tyBuf_free(&zb);
    tyBuf_free(&Zb);
    return r;
}

TyObject *dt_format(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__format__", kwnames) < 0 || tyArg_checkPositional("__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "__format__() argument 1 must be str, not %T", args[0]);
    if (TY_STR_LEN(args[0]) == 0)
        return tyObj_str(self);
    TyObject *name = tyStr_internC("strftime");
    TyObject *r = name ? tyObj_callMethod(self, name, args, 1) : NULL;
    TY_XDECREF(name);
    return r;
}

/* ---- ISO 8601 parsing ---------------------------------------------------------------------- */

/* Reads n ASCII digits at p (stopping at anything else, the string's NUL
** included) into *v: the position after them, or NULL. */
static const char *read_digits(const char *p, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++, p++) {
        if (*p < '0' || *p > '9')
            return NULL;
        *v = *v * 10 + (*p - '0');
    }
    return p;
}

int dt_isoToYmd(int iso_year, int iso_week, int iso_day, int *year, int *month, int *day)
{
    if (iso_year < DT_MINYEAR || iso_year > DT_MAXYEAR) {
        tyErr_format(&TyExc_ValueError, "Year is out of range: %d", iso_year);
        return -1;
    }
    if (iso_week <= 0 || iso_week >= 53) {
        bool out_of_range = true;
        if (iso_week == 53) {
            long first_weekday = dt_ymdToOrd(iso_year, 1, 1) % 7;
            if (first_weekday == 4 || (first_weekday == 3 && dt_isLeap(iso_year)))
                out_of_range = false;
        }
        if (out_of_range) {
            tyErr_format(&TyExc_ValueError, "Invalid week: %d", iso_week);
            return -1;
        }
    }
    if (iso_day <= 0 || iso_day >= 8) {
        tyErr_format(&TyExc_ValueError, "Invalid day: %d (range is [1, 7])", iso_day);
        return -1;
    }
    long ord = dt_isoWeek1Monday(iso_year) + (long)(iso_week - 1) * 7 + iso_day - 1;
    if (ord < 1 || ord > DT_MAXORDINAL) {
        tyErr_setString(&TyExc_OverflowError, "date value out of range");
        return -1;
    }
    dt_ordToYmd(ord, year, month, day);
    return 0;
}

int dt_parseIsoDate(const char *s, ssize_t n, int *year, int *month, int *day)
{
    const char *p = read_digits(s, 4, year);
    if (!p)
        return -1;
    bool sep = *p == '-';
    p += sep;
    if (*p == 'W') {
        int week, wd = 1;
        if (!(p = read_digits(p + 1, 2, &week)))
            return -1;
        if (p - s < n) {
            if (sep && *p++ != '-')
                return -1;
            if (!(p = read_digits(p, 1, &wd)))
                return -1;
        }
        if (dt_isoToYmd(*year, week, wd, year, month, day) < 0) {
            tyErr_clear();
            return -1;
        }
        return 0;
    }
    if (!(p = read_digits(p, 2, month)) || (sep && *p++ != '-') || !read_digits(p, 2, day))
        return -1;
    return 0;
}

/* HH[:?MM[:?SS]][{.,}f+] from p, the time part ending at end (CPython's
** reading: a digit pair may run past end, a missing separator is allowed
** before any pair when the first had none, a fraction may follow the hours
** or minutes).  c[] gets hour, minute, second, microsecond.  -1 when
** malformed, else 0 when the parse stopped at the string's end and 1 when
** something follows. */
static int parse_hh_mm_ss_ff(const char *p, const char *end, int c[4])
{
    static const int correction[] = { 100000, 10000, 1000, 100, 10 };
    bool sep = true;
    c[0] = c[1] = c[2] = c[3] = 0;
    for (int i = 0; i < 3; i++) {
        if (!(p = read_digits(p, 2, &c[i])))
            return -1;
        char ch = *p++;
        if (i == 0)
            sep = ch == ':';
        if (p >= end)
            return ch != '\0';
        if (sep && ch == ':')
            continue;
        if (ch == '.' || ch == ',')
            break;
        if (sep)
            return -1;
        p--;
    }
    ssize_t left = end - p;
    int take = left >= 6 ? 6 : (int)left;
    if (!(p = read_digits(p, take, &c[3])))
        return -1;
    if (take > 0 && take < 6)
        c[3] *= correction[take - 1];
    while (*p >= '0' && *p <= '9')
        p++;
    return *p != '\0';
}

int dt_parseIsoTime(const char *s, ssize_t n, int *hour, int *minute, int *second, int *us, TyObject **tzinfo)
{
    *tzinfo = NULL;
    const char *end = s + n, *tz = s;
    /* the first 'Z', '+' or '-' */
    while (tz < end && *tz != 'Z' && *tz != '+' && *tz != '-')
        tz++;
    int c[4];
    int rv = parse_hh_mm_ss_ff(s, tz < end ? tz : n ? end : s + 1, c);
    if (rv < 0)
        return -1;
    *hour = c[0];
    *minute = c[1];
    *second = c[2];
    *us = c[3];
    if (tz >= end)
        return rv == 1 ? -1 : 0;
    if (*tz == 'Z') {
        if (tz[1] != '\0')
            return -1;
        *tzinfo = TY_NEWREF(ty_state.mod.datetime.utc);
        return 0;
    }
    int sign = *tz == '-' ? -1 : 1, t[4];
    if (parse_hh_mm_ss_ff(tz + 1, end, t) != 0)
        return -1;
    long secs = sign * ((long)t[0] * 3600 + t[1] * 60 + t[2]);
    if (secs == 0) {
        /* as CPython: a zero offset in seconds is UTC, whatever its fraction */
        *tzinfo = TY_NEWREF(ty_state.mod.datetime.utc);
        return 0;
    }
    TyObject *off = dt_newDelta(NULL, 0, secs, sign * (long)t[3], true);
    if (!off)
        return -2;
    DtDelta *d = DT_DELTA(off);
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1) {
        tyErr_format(&TyExc_ValueError,
                     "offset must be a timedelta strictly between -timedelta(hours=24) and "
                     "timedelta(hours=24), not %R.", off);
        TY_DECREF(off);
        return -2;
    }
    *tzinfo = dt_newTimezone(off, NULL);
    TY_DECREF(off);
    return *tzinfo ? 0 : -2;
}

/* ---- tzinfo ------------------------------------------------------------------------------ */

static TyObject *tzinfo_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyType_genericAlloc(type, 0);
}

/* Frees a tzinfo (it holds nothing). */
static void tzinfo_dealloc(TyObject *o)
{
    tyObj_free(o);
}

/* The NotImplementedError of the abstract methods. */
static TyObject *tzinfo_abstract(const char *name, size_t nargs, TyObject *kwnames)
{
    char qual[32];
    snprintf(qual, sizeof qual, "tzinfo.%s", name);
    if (tyArg_noKeywords(qual, kwnames) < 0 || tyArg_checkPositional(qual, nargs, 1, 1) < 0)
        return NULL;
    return tyErr_format(&TyExc_NotImplementedError, "a tzinfo subclass must implement %s()", name);
}

/* The abstract methods: NotImplementedError, as CPython's. */
TY_CFUNC(tzinfo_tzname) { return tzinfo_abstract("tzname", nargs, kwnames); }
TY_CFUNC(tzinfo_utcoffset) { return tzinfo_abstract("utcoffset", nargs, kwnames); }
TY_CFUNC(tzinfo_dst) { return tzinfo_abstract("dst", nargs, kwnames); }

/* The default fromutc: standard local time from UTC, assuming a fixed
** standard offset and a dst() that is consistent across the change. */
TY_CFUNC(tzinfo_fromutc)
{
    if (tyArg_noKeywords("tzinfo.fromutc", kwnames) < 0 || tyArg_checkPositional("tzinfo.fromutc", nargs, 1, 1) < 0)
        return NULL;
    TyObject *dt = args[0];
    if (!DT_DATETIME_CHECK(dt))
        return tyErr_setString(&TyExc_TypeError, "fromutc: argument must be a datetime");
    if (DT_DT(dt)->tzinfo != self)
        return tyErr_setString(&TyExc_ValueError, "fromutc: dt.tzinfo is not self");
    TyObject *off = dt_callUtcoffset(self, dt), *dst = NULL, *delta = NULL, *r = NULL, *r2 = NULL;
    if (!off)
        return NULL;
    if (off == TY_NONE) {
        tyErr_setString(&TyExc_ValueError, "fromutc: non-None utcoffset() result required");
        goto done;
    }
    if (!(dst = dt_callDst(self, dt)))
        goto done;
    if (dst == TY_NONE) {
        tyErr_setString(&TyExc_ValueError, "fromutc: non-None dst() result required");
        goto done;
    }
    if (!(delta = tyNum_binary(off, dst, TY_BINOP_SUB)) || !(r = tyNum_binary(dt, delta, TY_BINOP_ADD)))
        goto done;
    TY_SETREF(dst, dt_callDst(self, r));
    if (!dst)
        goto done;
    if (dst == TY_NONE) {
        tyErr_setString(&TyExc_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
        goto done;
    }
    r2 = tyNum_binary(r, dst, TY_BINOP_ADD);
done:
    TY_DECREF(off);
    TY_XDECREF(dst);
    TY_XDECREF(delta);
    TY_XDECREF(r);
    return r2;
}

/* (type(self), self.__getinitargs__() or (), self.__getstate__()). */
TY_CFUNC(tzinfo_reduce)
{
    if (tyArg_noKeywords("tzinfo.__reduce__", kwnames) < 0 || tyArg_checkPositional("tzinfo.__reduce__", nargs, 0, 0) < 0)
        return NULL;
    TyObject *name = tyStr_internC("__getinitargs__"), *fn = NULL, *iargs = NULL, *state = NULL, *r = NULL;
    if (!name || tyObj_lookupAttr(self, name, &fn) < 0)
        goto done;
    iargs = fn ? tyObj_callNoArgs(fn) : tyTuple_new(0);
    if (!iargs)
        goto done;
    TY_SETREF(name, tyStr_internC("__getstate__"));
    if (!name || !(state = tyObj_callMethod(self, name, NULL, 0)))
        goto done;
    r = tyTuple_pack(3, (TyObject *)TY_TYPE(self), iargs, state);
done:
    TY_XDECREF(name);
    TY_XDECREF(fn);
    TY_XDECREF(iargs);
    TY_XDECREF(state);
    return r;
}

static TyMethodDef tzinfo_methods[] = {
    { "tzname", tzinfo_tzname, TY_METH_DEFAULT, "datetime -> string name of time zone." },
    { "utcoffset", tzinfo_utcoffset, TY_METH_DEFAULT, "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC" },
    { "dst", tzinfo_dst, TY_METH_DEFAULT, "datetime -> DST offset as timedelta positive east of UTC." },
    { "fromutc", tzinfo_fromutc, TY_METH_DEFAULT, "datetime in UTC -> datetime in local time." },
    { "__reduce__", tzinfo_reduce, TY_METH_DEFAULT, "-> (cls, state)" },
    { NULL, NULL, 0, NULL },
};

TyType DtTzinfo_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "datetime.tzinfo",
    .basicsize = sizeof(TyObject),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = tzinfo_dealloc,
    .methods = tzinfo_methods,
    .tp_new = tzinfo_new,
    .doc = "Abstract base class for time zone info objects.",
};

/* ---- timezone ----------------------------------------------------------------------------- */

#define TZ(o) ((DtTimezone *)(o))

TyObject *dt_newTimezone(TyObject *offset, TyObject *name)
{
    DtDelta *d = DT_DELTA(offset);
    if (!name && d->days == 0 && d->seconds == 0 && d->us == 0 && ty_state.mod.datetime.utc)
        return TY_NEWREF(ty_state.mod.datetime.utc);
    DtTimezone *tz = (DtTimezone *)tyObj_alloc(&DtTimezone_Type);
    if (!tz)
        return NULL;
    tz->offset = TY_NEWREF(offset);
    tz->name = name ? TY_NEWREF(name) : NULL;
    return (TyObject *)tz;
}

/* timezone(offset, name=<none>): timezone.utc for a zero offset without a name;
** ValueError outside (-24h, 24h).  New reference. */
static TyObject *timezone_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "offset", "name", NULL };
    TyObject *a[2];
    if (tyArg_unpack("timezone", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    if (!DT_DELTA_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "timezone() argument 1 must be datetime.timedelta, not %T", a[0]);
    if (a[1] && !TY_STR_CHECK(a[1]))
        return tyErr_format(&TyExc_TypeError, "timezone() argument 2 must be str, not %T", a[1]);
    DtDelta *d = DT_DELTA(a[0]);
    if (!a[1] && d->days == 0 && d->seconds == 0 && d->us == 0)
        return TY_NEWREF(ty_state.mod.datetime.utc);
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1)
        return tyErr_format(&TyExc_ValueError,
                            "offset must be a timedelta strictly between -timedelta(hours=24) and "
                            "timedelta(hours=24), not %R.", a[0]);
    return dt_newTimezone(a[0], a[1]);
}

/* Releases the offset and the name, frees the object. */
static void timezone_dealloc(TyObject *o)
{
    TY_XDECREF(TZ(o)->offset);
    TY_XDECREF(TZ(o)->name);
    tyObj_free(o);
}

/* "UTC", or "UTC±HH:MM[:SS[.ffffff]]" for a timezone without a name. */
static TyObject *timezone_name(TyObject *self)
{
    DtTimezone *tz = TZ(self);
    if (tz->name)
        return TY_NEWREF(tz->name);
    DtDelta *d = DT_DELTA(tz->offset);
    if (self == ty_state.mod.datetime.utc || (d->days == 0 && d->seconds == 0 && d->us == 0))
        return tyStr_fromCStr("UTC");
    TyStrBuilder b;
    tyBuf_init(&b);
    if (tyBuf_appendC(&b, "UTC") < 0 || dt_formatOffset(&b, tz->offset, ":") < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* CPython's check of the dt argument of utcoffset/dst/tzname. */
static int timezone_check_arg(TyObject *dt, const char *meth)
{
    if (dt == TY_NONE || DT_DATETIME_CHECK(dt))
        return 0;
    tyErr_format(&TyExc_TypeError, "%s(dt) argument must be a datetime instance or None, not %T", meth, dt);
    return -1;
}

/* One positional argument `dt` checked for meth. */
static int timezone_one_arg(const char *meth, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    char qual[32];
    snprintf(qual, sizeof qual, "timezone.%s", meth);
    if (tyArg_noKeywords(qual, kwnames) < 0 || tyArg_checkPositional(qual, nargs, 1, 1) < 0)
        return -1;
    return timezone_check_arg(args[0], meth);
}

/* tzname(dt): the name, or "UTC±HH:MM" (new reference). */
TY_CFUNC(timezone_tzname)
{
    if (timezone_one_arg("tzname", args, nargs, kwnames) < 0)
        return NULL;
    return timezone_name(self);
}

/* utcoffset(dt): the fixed offset (new reference). */
TY_CFUNC(timezone_utcoffset)
{
    if (timezone_one_arg("utcoffset", args, nargs, kwnames) < 0)
        return NULL;
    return TY_NEWREF(TZ(self)->offset);
}

/* dst(dt): always None. */
TY_CFUNC(timezone_dst)
{
    if (timezone_one_arg("dst", args, nargs, kwnames) < 0)
        return NULL;
    return tyNone_new();
}

/* fromutc(dt): dt + offset, for a dt whose tzinfo is this timezone. */
TY_CFUNC(timezone_fromutc)
{
    if (tyArg_noKeywords("timezone.fromutc", kwnames) < 0 || tyArg_checkPositional("timezone.fromutc", nargs, 1, 1) < 0)
        return NULL;
    if (!DT_DATETIME_CHECK(args[0]))
        return tyErr_setString(&TyExc_TypeError, "fromutc: argument must be a datetime");
    if (DT_DT(args[0])->tzinfo != self)
        return tyErr_setString(&TyExc_ValueError, "fromutc: dt.tzinfo is not self");
    return tyNum_binary(args[0], TZ(self)->offset, TY_BINOP_ADD);
}

/* (offset,) or (offset, name): what the tzinfo __reduce__ pickles. */
TY_CFUNC(timezone_getinitargs)
{
    if (tyArg_noKeywords("timezone.__getinitargs__", kwnames) < 0 || tyArg_checkPositional("timezone.__getinitargs__", nargs, 0, 0) < 0)
        return NULL;
    if (TZ(self)->name)
        return tyTuple_pack(2, TZ(self)->offset, TZ(self)->name);
    return tyTuple_pack(1, TZ(self)->offset);
}

/* "datetime.timezone.utc", "datetime.timezone(<offset>[, <name>])". */
static TyObject *timezone_repr(TyObject *self)
{
    DtTimezone *tz = TZ(self);
    if (self == ty_state.mod.datetime.utc)
        return tyStr_fromFormat("%s.utc", TY_TYPE(self)->name);
    if (!tz->name)
        return tyStr_fromFormat("%s(%R)", TY_TYPE(self)->name, tz->offset);
    return tyStr_fromFormat("%s(%R, %R)", TY_TYPE(self)->name, tz->offset, tz->name);
}

/* str(tz) is tz.tzname(None). */
static TyObject *timezone_str(TyObject *self)
{
    return timezone_name(self);
}

/* The offset's hash (equal timezones hash alike whatever their names). */
static ty_hash timezone_hash(TyObject *self)
{
    return tyObj_hash(TZ(self)->offset);
}

/* Only == and != are defined, between timezones, by offset. */
static TyObject *timezone_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_IS_INSTANCE(b, &DtTimezone_Type))
        return TY_NEWREF(TY_NOTIMPL);
    return tyObj_richCompare(TZ(a)->offset, TZ(b)->offset, op);
}

static TyMethodDef timezone_methods[] = {
    { "tzname", timezone_tzname, TY_METH_DEFAULT, "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'." },
    { "utcoffset", timezone_utcoffset, TY_METH_DEFAULT, "Return fixed offset." },
    { "dst", timezone_dst, TY_METH_DEFAULT, "Return None." },
    { "fromutc", timezone_fromutc, TY_METH_DEFAULT, "datetime in UTC -> datetime in local time." },
    { "__getinitargs__", timezone_getinitargs, TY_METH_DEFAULT, "pickle support" },
    { NULL, NULL, 0, NULL },
};

TyType DtTimezone_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "datetime.timezone",
    .basicsize = sizeof(DtTimezone),
    .dealloc = timezone_dealloc,
    .repr = timezone_repr,
    .str = timezone_str,
    .hash = timezone_hash,
    .richcompare = timezone_richcompare,
    .methods = timezone_methods,
    .tp_new = timezone_new,
    .base = &DtTzinfo_Type,
    .doc = "Fixed offset from UTC implementation of tzinfo.",
};

/* ---- the module ------------------------------------------------------------------------- */

/* src/modules/datetime.py, made a string literal by the build. */
static const char python_source[] =
#include "modules/datetime_py.h"
    ;

TyObject *dt_newIsoCalendarDate(int year, int week, int weekday)
{
    TyObject *cls = ty_state.mod.datetime.isocal;
    if (!cls)
        return tyErr_setString(&TyExc_RuntimeError, "datetime.IsoCalendarDate is gone");
    TyObject *v[3] = { tyInt_fromI64(year), tyInt_fromI64(week), tyInt_fromI64(weekday) };
    TyObject *r = v[0] && v[1] && v[2] ? tyObj_call(cls, v, 3, NULL) : NULL;
    for (int i = 0; i < 3; i++)
        TY_XDECREF(v[i]);
    return r;
}

static TyType *const module_types[] = {
    &DtDelta_Type, &DtDate_Type, &DtTzinfo_Type, &DtTimezone_Type, &DtTime_Type, &DtDateTime_Type,
};

/* type.name = value (stolen; NULL is passed on as failure). */
static int set_class_attr(TyType *type, const char *name, TyObject *value)
{
    if (!value)
        return -1;
    int r = tyDict_setItemStr(type->dict, name, value);
    TY_DECREF(value);
    tyType_modified(type);
    return r;
}

/* The class attributes min, max, resolution, utc and the epoch; made once
** (ty_state.mod.datetime.utc says they are). */
static int init_class_attrs(void)
{
    if (ty_state.mod.datetime.utc)
        return 0;
    TyObject *zero = dt_newDelta(NULL, 0, 0, 0, false);
    if (!zero)
        return -1;
    DtTimezone *utc = (DtTimezone *)tyObj_alloc(&DtTimezone_Type);
    if (!utc) {
        TY_DECREF(zero);
        return -1;
    }
    utc->offset = zero;
    utc->name = NULL;
    ty_state.mod.datetime.utc = (TyObject *)utc;
    TyObject *minoff = dt_newDelta(NULL, 0, -(23 * 3600 + 59 * 60), 0, true);
    TyObject *maxoff = dt_newDelta(NULL, 0, 23 * 3600 + 59 * 60, 0, true);
    int r = 0;
    if (!minoff || !maxoff ||
        set_class_attr(&DtDelta_Type, "min", dt_newDelta(NULL, -DT_MAX_DELTA_DAYS, 0, 0, false)) < 0 ||
        set_class_attr(&DtDelta_Type, "max", dt_newDelta(NULL, DT_MAX_DELTA_DAYS, 86399, 999999, false)) < 0 ||
        set_class_attr(&DtDelta_Type, "resolution", dt_newDelta(NULL, 0, 0, 1, false)) < 0 ||
        set_class_attr(&DtDate_Type, "min", dt_newDate(NULL, 1, 1, 1)) < 0 ||
        set_class_attr(&DtDate_Type, "max", dt_newDate(NULL, 9999, 12, 31)) < 0 ||
        set_class_attr(&DtDate_Type, "resolution", dt_newDelta(NULL, 1, 0, 0, false)) < 0 ||
        set_class_attr(&DtTime_Type, "min", dt_newTime(NULL, 0, 0, 0, 0, NULL, 0)) < 0 ||
        set_class_attr(&DtTime_Type, "max", dt_newTime(NULL, 23, 59, 59, 999999, NULL, 0)) < 0 ||
        set_class_attr(&DtTime_Type, "resolution", dt_newDelta(NULL, 0, 0, 1, false)) < 0 ||
        set_class_attr(&DtDateTime_Type, "min", dt_newDatetime(NULL, 1, 1, 1, 0, 0, 0, 0, NULL, 0)) < 0 ||
        set_class_attr(&DtDateTime_Type, "max", dt_newDatetime(NULL, 9999, 12, 31, 23, 59, 59, 999999, NULL, 0)) < 0 ||
        set_class_attr(&DtDateTime_Type, "resolution", dt_newDelta(NULL, 0, 0, 1, false)) < 0 ||
        set_class_attr(&DtTimezone_Type, "utc", TY_NEWREF(utc)) < 0 ||
        set_class_attr(&DtTimezone_Type, "min", dt_newTimezone(minoff, NULL)) < 0 ||
        set_class_attr(&DtTimezone_Type, "max", dt_newTimezone(maxoff, NULL)) < 0 ||
        !(ty_state.mod.datetime.epoch = dt_newDatetime(NULL, 1970, 1, 1, 0, 0, 0, 0, (TyObject *)utc, 0))) {
        /* a later import starts over */
        TY_CLEAR(ty_state.mod.datetime.utc);
        r = -1;
    }
    TY_XDECREF(minoff);
    TY_XDECREF(maxoff);
    return r;
}

/* Readies the types and class attributes once, then makes the module and runs
** its Python half.  New reference, or NULL. */
TyObject *tyDatetime_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (init_class_attrs() < 0)
        return NULL;
    TyObject *m = tyModule_new("_datetime", NULL);
    if (!m)
        return NULL;
    TyObject *doc = tyStr_fromCStr("Fast implementation of the datetime type.");
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0 ||
        tyModule_addInt(m, "MINYEAR", DT_MINYEAR) < 0 || tyModule_addInt(m, "MAXYEAR", DT_MAXYEAR) < 0 ||
        tyModule_addObject(m, "timedelta", (TyObject *)&DtDelta_Type) < 0 ||
        tyModule_addObject(m, "date", (TyObject *)&DtDate_Type) < 0 ||
        tyModule_addObject(m, "time", (TyObject *)&DtTime_Type) < 0 ||
        tyModule_addObject(m, "datetime", (TyObject *)&DtDateTime_Type) < 0 ||
        tyModule_addObject(m, "tzinfo", (TyObject *)&DtTzinfo_Type) < 0 ||
        tyModule_addObject(m, "timezone", (TyObject *)&DtTimezone_Type) < 0 ||
        tyModule_addObject(m, "UTC", ty_state.mod.datetime.utc) < 0 ||
        tyImport_runSource(m, python_source, sizeof python_source - 1, "<_datetime>") < 0) {
        TY_XDECREF(doc);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(doc);
    TyObject *cls = tyObj_getAttrStr(m, "IsoCalendarDate");
    if (!cls) {
        TY_DECREF(m);
        return NULL;
    }
    TY_XSETREF(ty_state.mod.datetime.isocal, cls);
    /* the class stays reachable through ty_state, not as a module name */
    TyObject *name = tyStr_internC("IsoCalendarDate");
    TyObject *md = tyObj_getAttrStr(m, "__dict__");
    int r = name && md ? tyDict_delItem(md, name) : -1;
    TY_XDECREF(name);
    TY_XDECREF(md);
    if (r < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

/* Releases the cached objects, then the types (at exit). */
void tyDatetime_fini(void)
{
    TY_CLEAR(ty_state.mod.datetime.utc);
    TY_CLEAR(ty_state.mod.datetime.epoch);
    TY_CLEAR(ty_state.mod.datetime.isocal);
    TY_CLEAR(ty_state.mod.datetime.strptime);
    TY_CLEAR(ty_state.mod.datetime.time);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
