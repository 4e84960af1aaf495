/*
** datetime_int.h — what the files of `_datetime` share: the object
** layouts, the types, the calendar arithmetic and the constructors.
** datetime.c (module, tzinfo, timezone, calendar), datetime_delta.c,
** datetime_date.c, datetime_time.c and datetime_dt.c.
*/
#ifndef TY_DATETIME_INT_H
#define TY_DATETIME_INT_H

#include <time.h>
#include "../tally.h"

#define DT_MINYEAR 1
#define DT_MAXYEAR 9999
#define DT_MAXORDINAL 3652059      /* date(9999, 12, 31).toordinal() */
#define DT_MAX_DELTA_DAYS 999999999

/* timedelta: always normalized, 0 <= seconds < 86400, 0 <= us < 10**6. */
typedef struct DtDelta {
    TyObject ob;
    ty_hash hash;                  /* -1 until computed */
    int days, seconds, us;
} DtDelta;

/* date, and the date part that datetime shares (datetime is a date
** subclass, so its fields start the same way). */
typedef struct DtDate {
    TyObject ob;
    ty_hash hash;
    int year, month, day;
} DtDate;

typedef struct DtTime {
    TyObject ob;
    ty_hash hash;
    int hour, minute, second, us, fold;
    TyObject *tzinfo;              /* NULL: naive */
} DtTime;

typedef struct DtDateTime {
    TyObject ob;
    ty_hash hash;
    int year, month, day;
    int hour, minute, second, us, fold;
    TyObject *tzinfo;              /* NULL: naive */
} DtDateTime;

typedef struct DtTimezone {
    TyObject ob;
    TyObject *offset;              /* an exact timedelta */
    TyObject *name;                /* a str, or NULL */
} DtTimezone;

extern TyType DtDelta_Type, DtDate_Type, DtTime_Type, DtDateTime_Type, DtTzinfo_Type, DtTimezone_Type;

#define DT_DELTA_CHECK(o) TY_IS_INSTANCE(o, &DtDelta_Type)
#define DT_DATE_CHECK(o) TY_IS_INSTANCE(o, &DtDate_Type)
#define DT_TIME_CHECK(o) TY_IS_INSTANCE(o, &DtTime_Type)
#define DT_DATETIME_CHECK(o) TY_IS_INSTANCE(o, &DtDateTime_Type)
#define DT_TZINFO_CHECK(o) TY_IS_INSTANCE(o, &DtTzinfo_Type)
#define DT_DELTA(o) ((DtDelta *)(o))
#define DT_DATE(o) ((DtDate *)(o))
#define DT_TIME(o) ((DtTime *)(o))
#define DT_DT(o) ((DtDateTime *)(o))

/* ---- calendar (datetime.c) ---- */
bool dt_isLeap(int year);
int dt_daysInMonth(int year, int month);
int dt_daysBeforeMonth(int year, int month);
/* Days before January 1st of year, counting from 0001-01-01. */
long dt_daysBeforeYear(int year);
long dt_ymdToOrd(int year, int month, int day);
/* The date of an ordinal (1 is 0001-01-01); any ordinal >= 1. */
void dt_ordToYmd(long ord, int *year, int *month, int *day);
/* 0 = Monday. */
int dt_weekday(int year, int month, int day);
/* The ordinal of the Monday of ISO week 1 of year. */
long dt_isoWeek1Monday(int year);
/* Normalizes hi/lo so that 0 <= lo < factor, carrying into hi. */
void dt_normalizePair(int *hi, int *lo, int factor);
/* Carries out-of-range fields of a datetime into the next larger ones;
** 0, or -1 with OverflowError "date value out of range". */
int dt_normalizeDatetime(int *year, int *month, int *day, int *hour, int *minute, int *second, int *us);

/* ---- argument checks (datetime.c), CPython's messages; 0 or -1 ---- */
int dt_checkDate(int year, int month, int day);
int dt_checkTime(int hour, int minute, int second, int us, int fold);
int dt_checkTzinfo(TyObject *tzinfo);
/* A time or datetime (o) with this tzinfo (NULL: naive) is tracked by the
** collector only when it could be part of a cycle: an instance of a
** subclass, or one whose tzinfo is not an exact timezone.  So naive and
** timezone-aware objects are untracked, as all are in CPython. */
void dt_setTracking(TyObject *o, TyObject *tzinfo);
/* An int argument as PyArg_ParseTuple's "i" converts it. */
int dt_intArg(TyObject *o, int *out);
/* A pickle state: (the n bytes b,) or (bytes, tzinfo) when tzinfo is not
** NULL.  New reference. */
TyObject *dt_stateBytes(const unsigned char *b, size_t n, TyObject *tzinfo);
/* (type(self), state) for __reduce__, state stolen (NULL passes an error
** on).  New reference. */
TyObject *dt_reduce(TyObject *self, TyObject *state);
/* A constructor's arguments as PyArg_ParseTupleAndKeywords with an
** unnamed format takes them, with its messages and in its order (a bad
** first argument is reported before a missing second, an unknown keyword
** last): into a[] (borrowed, NULL when absent) and, for the int fields (all
** but index tzslot; -1 for none), v[] (left as it was when absent).  0, or
** -1. */
int dt_unpackFields(TyObject *const *args, size_t nargs, TyObject *kwnames, const char *const *names,
                    int required, int maxpos, int tzslot, TyObject **a, int *v);

/* ---- constructors: new references; `type` NULL means the base type.
** The *Sub forms call a subclass (its __new__ may be overridden; the fold
** is not passed, as in CPython 3.11) and build the base type directly. ---- */
TyObject *dt_newDelta(TyType *type, long days, long seconds, long us, bool normalize);
TyObject *dt_newDate(TyType *type, int year, int month, int day);
TyObject *dt_newDateSub(TyObject *cls, int year, int month, int day);
TyObject *dt_newTime(TyType *type, int hour, int minute, int second, int us, TyObject *tzinfo, int fold);
TyObject *dt_newTimeSub(TyObject *cls, int hour, int minute, int second, int us, TyObject *tzinfo, int fold);
TyObject *dt_newDatetime(TyType *type, int year, int month, int day, int hour, int minute, int second,
                         int us, TyObject *tzinfo, int fold);
TyObject *dt_newDatetimeSub(TyObject *cls, int year, int month, int day, int hour, int minute, int second,
                            int us, TyObject *tzinfo, int fold);
/* timezone(offset, name) without the argument checks; name may be NULL.
** An offset of 0 without a name is timezone.utc. */
TyObject *dt_newTimezone(TyObject *offset, TyObject *name);

/* ---- timedelta helpers (datetime_delta.c) ---- */
/* Microseconds of a timedelta, into z (initialised). */
void dt_deltaToMpz(TyObject *delta, mpz_ptr z);
/* The timedelta of z microseconds; OverflowError out of range. */
TyObject *dt_deltaFromMpz(mpz_srcptr z);
/* "+HH:MM[:SS[.ffffff]]" of an offset, with sep between the fields
** ("" or ":"), appended to b; 0, or -1. */
int dt_formatOffset(TyStrBuilder *b, TyObject *delta, const char *sep);
int dt_deltaCompare(TyObject *a, TyObject *b);

/* ---- tzinfo calls (datetime.c) ---- */
/* tzinfo.utcoffset(arg) / dst(arg), checked: a new reference to a
** timedelta strictly within a day, or to None; NULL on error.  tzinfo
** may be NULL or None (then None). */
TyObject *dt_callUtcoffset(TyObject *tzinfo, TyObject *arg);
TyObject *dt_callDst(TyObject *tzinfo, TyObject *arg);
/* tzinfo.tzname(arg): a str or None (new reference), NULL on error. */
TyObject *dt_callTzname(TyObject *tzinfo, TyObject *arg);

/* ---- shared methods ---- */
/* The module `time` / `_strptime` (borrowed; imported on first use). */
TyObject *dt_timeModule(void);
TyObject *dt_strptimeModule(void);
/* time.struct_time for the fields: new reference. */
TyObject *dt_buildStructTime(int year, int month, int day, int hour, int minute, int second, int dstflag);
/* strftime of `object` (a date, time or datetime) with CPython's %z, %:z,
** %Z and %f handling, then time.strftime(fmt, timetuple).  tzinfoarg is
** the argument tzinfo methods get (None for a time). */
TyObject *dt_wrapStrftime(TyObject *object, TyObject *format, TyObject *timetuple, TyObject *tzinfoarg);
/* __format__: str(self) for an empty spec, else self.strftime(spec). */
TyObject *dt_format(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames);
/* hash of the bytes data[0..n). */
ty_hash dt_hashBytes(const unsigned char *data, ssize_t n);
/* "a <op> b" unsupported ordering: TypeError "can't compare X to Y". */
TyObject *dt_cmpError(TyObject *a, TyObject *b);
/* Rich comparison result from a three-way result. */
TyObject *dt_cmpResult(int cmp, int op);
/* The repr's type name: tp_name (so "datetime.date" / "Sub"). */
const char *dt_typeName(TyObject *o);

/* cls(*v[0..n)) for n <= 8 ints: new reference. */
TyObject *dt_callWithInts(TyObject *cls, const int *v, int n);
/* Bytes (or a latin-1 str, as Python 2 pickles hold them) of `len` bytes,
** which may be a pickled state (the caller checks its fields): a new
** reference to the bytes, NULL with no exception when it is not one, or
** NULL with the exception of a str that will not encode. */
TyObject *dt_pickleState(TyObject *arg, ssize_t len, const char *what);
extern const char *const dt_dayNames[];
extern const char *const dt_monthNames[];

/* HH:MM:SS[.ffffff] as timespec (a str, or NULL for "auto") says, appended
** to b (datetime_time.c); 0, or -1 with ValueError "Unknown timespec value". */
int dt_formatTime(TyStrBuilder *b, int h, int m, int s, int us, TyObject *timespec);

/* ---- timestamps (datetime_dt.c) ---- */
/* A timestamp (int, float or __index__) as seconds and microseconds:
** floor rounding (for date) or half-even (datetime), CPython's errors.
** 0, or -1. */
int dt_objToTime(TyObject *obj, bool floor, time_t *sec, long *us);
/* localtime_r / gmtime_r with CPython's OverflowError/OSError; 0 or -1. */
int dt_localtime(time_t t, struct tm *tm);
int dt_gmtime(time_t t, struct tm *tm);

/* ---- ISO 8601 parsing (datetime.c) ---- */
/* Parses YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d] or YYYYWww[d] at s (a NUL-terminated
** string whose date part is n bytes long) as CPython's C reads them (what
** follows the fields is not looked at): 0 with the date, -1 when it is not
** one (no exception set). */
int dt_parseIsoDate(const char *s, ssize_t n, int *year, int *month, int *day);
/* Parses HH[:MM[:SS[.fff[fff]]]][+-HH:MM...|Z] at s[0..n) (NUL-terminated at
** n), with CPython's C leniencies: 0 with the fields and *tzinfo a new
** reference or NULL; -1 when malformed (no exception), -2 on an error raised
** (an offset out of range). */
int dt_parseIsoTime(const char *s, ssize_t n, int *hour, int *minute, int *second, int *us,
                    TyObject **tzinfo);
/* The IsoCalendarDate for the fields: new reference. */
TyObject *dt_newIsoCalendarDate(int year, int week, int weekday);
/* fromisocalendar's conversion; 0, or -1 with ValueError. */
int dt_isoToYmd(int iso_year, int iso_week, int iso_day, int *year, int *month, int *day);

#endif
