/*
** datetime_time.c — `datetime.time`: a time of day with an optional
** tzinfo and the fold of PEP 495.  It holds a reference (the tzinfo), so
** it is tracked by the collector: a tzinfo subclass can point back at it.
*/
#include "datetime_int.h"

TyObject *dt_newTime(TyType *type, int hour, int minute, int second, int us, TyObject *tzinfo, int fold)
{
    if (dt_checkTime(hour, minute, second, us, fold) < 0)
        return NULL;
    if (tzinfo && dt_checkTzinfo(tzinfo) < 0)
        return NULL;
    DtTime *t = (DtTime *)tyType_genericAlloc(type ? type : &DtTime_Type, 0);
    if (!t)
        return NULL;
    t->hash = -1;
    t->hour = hour;
    t->minute = minute;
    t->second = second;
    t->us = us;
    t->fold = fold;
    t->tzinfo = tzinfo && tzinfo != TY_NONE ? TY_NEWREF(tzinfo) : NULL;
    dt_setTracking((TyObject *)t, t->tzinfo);
    return (TyObject *)t;
}

TyObject *dt_newTimeSub(TyObject *cls, int hour, int minute, int second, int us, TyObject *tzinfo, int fold)
{
    if (cls == (TyObject *)&DtTime_Type)
        return dt_newTime(NULL, hour, minute, second, us, tzinfo, fold);
    /* a subclass: its own constructor, and (as in CPython 3.11) no fold */
    int v[4] = { hour, minute, second, us };
    TyObject *a[5] = { NULL, NULL, NULL, NULL, tzinfo ? tzinfo : TY_NONE };
    TyObject *r = NULL;
    int made = 0;
    for (; made < 4; made++)
        if (!(a[made] = tyInt_fromI64(v[made])))
            goto done;
    r = tyObj_call(cls, a, 5, NULL);
done:
    while (made-- > 0)
        TY_DECREF(a[made]);
    return r;
}

/* time(hour, minute, second, microsecond, tzinfo, *, fold), or time(state[,
** tzinfo]) from a pickle (only the hour checked).  New reference. */
static TyObject *time_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if ((nargs == 1 || nargs == 2) && !kwnames) {
        TyObject *st = dt_pickleState(args[0], 6, "time");
        if (st && (((unsigned char *)TY_BYTES_DATA(st))[0] & 0x7F) >= 24)
            TY_CLEAR(st);
        if (st) {
            TyObject *tz = nargs == 2 ? args[1] : TY_NONE;
            const unsigned char *p = (const unsigned char *)TY_BYTES_DATA(st);
            TyObject *r = NULL;
            if (tz != TY_NONE && !DT_TZINFO_CHECK(tz)) {
                tyErr_setString(&TyExc_TypeError, "bad tzinfo state arg");
            } else if ((r = tyType_genericAlloc(type, 0))) {
                /* as in CPython, only the hour is checked */
                DtTime *t = DT_TIME(r);
                t->hash = -1;
                t->hour = p[0] & 0x7F;
                t->fold = p[0] >> 7;
                t->minute = p[1];
                t->second = p[2];
                t->us = (p[3] << 16) | (p[4] << 8) | p[5];
                t->tzinfo = tz != TY_NONE ? TY_NEWREF(tz) : NULL;
                dt_setTracking(r, t->tzinfo);
            }
            TY_DECREF(st);
            return r;
        }
        if (tyErr_occurred())
            return NULL;
    }
    static const char *const names[] = { "hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL };
    TyObject *a[6];
    int v[6] = { 0, 0, 0, 0, 0, 0 };
    if (dt_unpackFields(args, nargs, kwnames, names, 0, 5, 4, a, v) < 0)
        return NULL;
    return dt_newTime(type, v[0], v[1], v[2], v[3], a[4] ? a[4] : TY_NONE, v[5]);
}

/* The collector's view: the tzinfo is the one reference. */
static int time_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *tz = DT_TIME(o)->tzinfo;
    return tz ? visit(tz, arg) : 0;
}

/* Drops the tzinfo (the object reads as naive afterwards). */
static int time_clear(TyObject *o)
{
    TY_CLEAR(DT_TIME(o)->tzinfo);
    return 0;
}

/* Untracks, releases the tzinfo, frees the object. */
static void time_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    time_clear(o);
    tyObj_free(o);
}

/* ---- formatting ----------------------------------------------------------------------- */

/* HH:MM:SS[.ffffff] by timespec into b; 0, or -1 (ValueError for an
** unknown timespec). */
int dt_formatTime(TyStrBuilder *b, int h, int m, int s, int us, TyObject *timespec)
{
    const char *spec = timespec ? TY_STR_UTF8(timespec) : "auto";
    if (strcmp(spec, "auto") == 0)
        spec = us ? "microseconds" : "seconds";
    if (strcmp(spec, "hours") == 0)
        return tyBuf_appendFormat(b, "%02d", h);
    if (strcmp(spec, "minutes") == 0)
        return tyBuf_appendFormat(b, "%02d:%02d", h, m);
    if (strcmp(spec, "seconds") == 0)
        return tyBuf_appendFormat(b, "%02d:%02d:%02d", h, m, s);
    if (strcmp(spec, "milliseconds") == 0)
        return tyBuf_appendFormat(b, "%02d:%02d:%02d.%03d", h, m, s, us / 1000);
    if (strcmp(spec, "microseconds") == 0)
        return tyBuf_appendFormat(b, "%02d:%02d:%02d.%06d", h, m, s, us);
    tyErr_setString(&TyExc_ValueError, "Unknown timespec value");
    return -1;
}

/* isoformat(timespec="auto"): "HH:MM:SS[.ffffff][+HH:MM]". */
TY_CFUNC(time_isoformat)
{
    static const char *const names[] = { "timespec", NULL };
    TyObject *a[1];
    if (tyArg_unpack("isoformat", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    if (a[0] && !TY_STR_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "isoformat() argument 1 must be str, not %T", a[0]);
    DtTime *t = DT_TIME(self);
    TyStrBuilder b;
    tyBuf_init(&b);
    if (dt_formatTime(&b, t->hour, t->minute, t->second, t->us, a[0]) < 0)
        goto fail;
    if (t->tzinfo) {
        TyObject *off = dt_callUtcoffset(t->tzinfo, TY_NONE);
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

/* str(t) is t.isoformat(). */
static TyObject *time_str(TyObject *self)
{
    TyObject *name = tyStr_internC("isoformat");
    TyObject *r = name ? tyObj_callMethod(self, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    return r;
}

/* "datetime.time(12, 30, 15, 500, tzinfo=..., fold=1)", trailing zeros left out. */
static TyObject *time_repr(TyObject *self)
{
    DtTime *t = DT_TIME(self);
    TyStrBuilder b;
    tyBuf_init(&b);
    int r = tyBuf_appendFormat(&b, "%s(%d, %d", dt_typeName(self), t->hour, t->minute);
    if (r == 0 && (t->second || t->us))
        r = tyBuf_appendFormat(&b, ", %d", t->second);
    if (r == 0 && t->us)
        r = tyBuf_appendFormat(&b, ", %d", t->us);
    if (r == 0 && t->tzinfo)
        r = tyBuf_appendFormat(&b, ", tzinfo=%R", t->tzinfo);
    if (r == 0 && t->fold)
        r = tyBuf_appendC(&b, ", fold=1");
    if (r == 0)
        r = tyBuf_appendChar(&b, ')');
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* strftime(format) on 1900-01-01 at this time (tzinfo methods get None). */
TY_CFUNC(time_strftime)
{
    static const char *const names[] = { "format", NULL };
    TyObject *a[1];
    if (tyArg_unpack("strftime", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[0]))
        return tyErr_format(&TyExc_TypeError, "strftime() argument 1 must be str, not %T", a[0]);
    DtTime *t = DT_TIME(self);
    /* the date part is 1900-01-01, as in CPython */
    TyObject *tt = dt_buildStructTime(1900, 1, 1, t->hour, t->minute, t->second, -1);
    if (!tt)
        return NULL;
    TyObject *r = dt_wrapStrftime(self, a[0], tt, TY_NONE);
    TY_DECREF(tt);
    return r;
}

#define TIME_NOARGS(fname)                                                                  \
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0) \
        return NULL

/* The tzinfo queries, asked with None: checked results (new references). */
TY_CFUNC(time_utcoffset)
{
    TIME_NOARGS("time.utcoffset");
    return dt_callUtcoffset(DT_TIME(self)->tzinfo, TY_NONE);
}

TY_CFUNC(time_dst)
{
    TIME_NOARGS("time.dst");
    return dt_callDst(DT_TIME(self)->tzinfo, TY_NONE);
}

TY_CFUNC(time_tzname)
{
    TIME_NOARGS("time.tzname");
    return dt_callTzname(DT_TIME(self)->tzinfo, TY_NONE);
}

/* A copy with some fields replaced, of self's class. */
TY_CFUNC(time_replace)
{
    static const char *const names[] = { "hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL };
    TyObject *a[6];
    DtTime *t = DT_TIME(self);
    int v[6] = { t->hour, t->minute, t->second, t->us, 0, t->fold };
    if (tyArg_unpack("replace", args, nargs, kwnames, names, 0, 5, a) < 0)
        return NULL;
    for (int i = 0; i < 6; i++)
        if (i != 4 && a[i] && dt_intArg(a[i], &v[i]) < 0)
            return NULL;
    TyObject *tz = a[4] ? a[4] : t->tzinfo ? t->tzinfo : TY_NONE;
    return dt_newTime(TY_TYPE(self), v[0], v[1], v[2], v[3], tz, v[5]);
}

/* HH[:MM[:SS[.f+]]][offset|Z], with an optional leading "T". */
TY_CFUNC(time_fromisoformat)
{
    if (tyArg_noKeywords("time.fromisoformat", kwnames) < 0 || tyArg_checkPositional("time.fromisoformat", nargs, 1, 1) < 0)
        return NULL;
    TyObject *s = args[0];
    if (!TY_STR_CHECK(s))
        return tyErr_setString(&TyExc_TypeError, "fromisoformat: argument must be str");
    const char *p = TY_STR_UTF8(s);
    ssize_t n = TY_STR_NBYTES(s);
    if (n > 0 && p[0] == 'T') {
        p++;
        n--;
    }
    int h, m, sec, us;
    TyObject *tz;
    int rc = dt_parseIsoTime(p, n, &h, &m, &sec, &us, &tz);
    if (rc == -2)
        return NULL;
    if (rc < 0)
        return tyErr_format(&TyExc_ValueError, "Invalid isoformat string: %R", s);
    TyObject *r = dt_newTimeSub(self, h, m, sec, us, tz, 0);
    TY_XDECREF(tz);
    return r;
}

/* The state tuple for protocol proto: (bytes,) or (bytes, tzinfo). */
static TyObject *time_state(DtTime *t, int proto)
{
    unsigned char b[6] = { (unsigned char)(t->hour | (proto > 3 && t->fold ? 128 : 0)), (unsigned char)t->minute,
                           (unsigned char)t->second, (unsigned char)(t->us >> 16),
                           (unsigned char)((t->us >> 8) & 0xFF), (unsigned char)(t->us & 0xFF) };
    return dt_stateBytes(b, sizeof b, t->tzinfo);
}

/* (type(self), state) for a pickle protocol (the fold only for 4 and up). */
static TyObject *time_reduce_proto(TyObject *self, int proto)
{
    return dt_reduce(self, time_state(DT_TIME(self), proto));
}

/* __reduce_ex__(protocol) and __reduce__ (protocol 2). */
TY_CFUNC(time_reduce_ex)
{
    int proto;
    if (tyArg_noKeywords("__reduce_ex__", kwnames) < 0 || tyArg_checkCount("__reduce_ex__", nargs, 1, 1) < 0 ||
        dt_intArg(args[0], &proto) < 0)
        return NULL;
    return time_reduce_proto(self, proto);
}

TY_CFUNC(time_reduce)
{
    TIME_NOARGS("time.__reduce__");
    return time_reduce_proto(self, 2);
}

/* self.utcoffset() (the tzinfo is asked with None): a new reference to a
** timedelta, or to None when naive. */
static TyObject *time_offset(TyObject *self)
{
    return dt_callUtcoffset(DT_TIME(self)->tzinfo, TY_NONE);
}

/* Three-way comparison of the time fields (the fold does not count). */
static int time_fields_cmp(DtTime *a, DtTime *b)
{
    int x[4] = { a->hour, a->minute, a->second, a->us }, y[4] = { b->hour, b->minute, b->second, b->us };
    for (int i = 0; i < 4; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

/* Ordering between times: by fields when the offsets agree, by UTC time
** when both are aware; naive and aware are unequal and unordered. */
static TyObject *time_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!DT_TIME_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    DtTime *x = DT_TIME(a), *y = DT_TIME(b);
    if (x->tzinfo == y->tzinfo)
        return dt_cmpResult(time_fields_cmp(x, y), op);
    TyObject *o1 = time_offset(a), *o2 = o1 ? time_offset(b) : NULL, *r;
    if (!o2) {
        TY_XDECREF(o1);
        return NULL;
    }
    if (o1 == o2 || (o1 != TY_NONE && o2 != TY_NONE && dt_deltaCompare(o1, o2) == 0)) {
        r = dt_cmpResult(time_fields_cmp(x, y), op);
    } else if (o1 != TY_NONE && o2 != TY_NONE) {
        long s1 = x->hour * 3600L + x->minute * 60 + x->second - DT_DELTA(o1)->days * 86400L - DT_DELTA(o1)->seconds;
        long s2 = y->hour * 3600L + y->minute * 60 + y->second - DT_DELTA(o2)->days * 86400L - DT_DELTA(o2)->seconds;
        long diff = s1 - s2;
        if (diff == 0)
            diff = x->us - y->us;
        r = dt_cmpResult(diff < 0 ? -1 : diff > 0, op);
    } else if (op == TY_EQ || op == TY_NE) {
        r = tyBool_from(op == TY_NE);
    } else {
        r = tyErr_setString(&TyExc_TypeError, "can't compare offset-naive and offset-aware times");
    }
    TY_DECREF(o1);
    TY_DECREF(o2);
    return r;
}

/* The state bytes' hash when naive, else the hash of the UTC timedelta. */
static ty_hash time_hash(TyObject *self)
{
    DtTime *t = DT_TIME(self);
    if (t->hash != -1)
        return t->hash;
    TyObject *off = time_offset(self);
    if (!off)
        return -1;
    if (off == TY_NONE) {
        unsigned char b[6] = { (unsigned char)t->hour, (unsigned char)t->minute, (unsigned char)t->second,
                               (unsigned char)(t->us >> 16), (unsigned char)((t->us >> 8) & 0xFF), (unsigned char)(t->us & 0xFF) };
        t->hash = dt_hashBytes(b, 6);
    } else {
        DtDelta *o = DT_DELTA(off);
        TyObject *d = dt_newDelta(NULL, -(long)o->days, t->hour * 3600L + t->minute * 60 + t->second - o->seconds,
                                  (long)t->us - o->us, true);
        t->hash = d ? tyObj_hash(d) : -1;
        TY_XDECREF(d);
    }
    TY_DECREF(off);
    return t->hash;
}

/* The read-only fields. */
static TyObject *time_hour(TyObject *o) { return tyInt_fromI64(DT_TIME(o)->hour); }
static TyObject *time_minute(TyObject *o) { return tyInt_fromI64(DT_TIME(o)->minute); }
static TyObject *time_second(TyObject *o) { return tyInt_fromI64(DT_TIME(o)->second); }
static TyObject *time_us(TyObject *o) { return tyInt_fromI64(DT_TIME(o)->us); }
static TyObject *time_fold(TyObject *o) { return tyInt_fromI64(DT_TIME(o)->fold); }
static TyObject *time_tzinfo(TyObject *o)
{
    TyObject *tz = DT_TIME(o)->tzinfo;
    return TY_NEWREF(tz ? tz : TY_NONE);
}

static TyMethodDef time_methods[] = {
    { "isoformat", time_isoformat, TY_METH_DEFAULT, "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\ntimespec specifies what components of the time to include.\n" },
    { "strftime", time_strftime, TY_METH_DEFAULT, "format -> strftime() style string." },
    { "__format__", dt_format, TY_METH_DEFAULT, "Formats self with strftime." },
    { "utcoffset", time_utcoffset, TY_METH_DEFAULT, "Return self.tzinfo.utcoffset(self)." },
    { "tzname", time_tzname, TY_METH_DEFAULT, "Return self.tzinfo.tzname(self)." },
    { "dst", time_dst, TY_METH_DEFAULT, "Return self.tzinfo.dst(self)." },
    { "replace", time_replace, TY_METH_DEFAULT, "Return time with new specified fields." },
    { "fromisoformat", time_fromisoformat, TY_METH_CLASS, "string -> time from a string in ISO 8601 format" },
    { "__reduce_ex__", time_reduce_ex, TY_METH_DEFAULT, "__reduce_ex__(proto) -> (cls, state)" },
    { "__reduce__", time_reduce, TY_METH_DEFAULT, "__reduce__() -> (cls, state)" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef time_getset[] = {
    { "hour", time_hour, NULL, NULL, false },
    { "minute", time_minute, NULL, NULL, false },
    { "second", time_second, NULL, NULL, false },
    { "microsecond", time_us, NULL, NULL, false },
    { "tzinfo", time_tzinfo, NULL, NULL, false },
    { "fold", time_fold, NULL, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

TyType DtTime_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "datetime.time",
    .basicsize = sizeof(DtTime),
    .flags = TY_TPFLAG_BASETYPE | TY_TPFLAG_GC,
    .dealloc = time_dealloc,
    .repr = time_repr,
    .str = time_str,
    .hash = time_hash,
    .richcompare = time_richcompare,
    .traverse = time_traverse,
    .clear = time_clear,
    .methods = time_methods,
    .getset = time_getset,
    .tp_new = time_new,
    .doc = "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
           "All arguments are optional. tzinfo may be None, or an instance of\n"
           "a tzinfo subclass. The remaining arguments may be ints.\n",
};
