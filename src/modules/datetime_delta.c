/*
** datetime_delta.c — `datetime.timedelta`: days, seconds and microseconds,
** normalized as CPython normalizes them.  Arithmetic that can leave the C
** ranges (products, quotients) goes through the total in microseconds as
** a GMP integer, then back, with CPython's rounding (half to even).
*/
#include <math.h>
#include "datetime_int.h"

TyObject *dt_newDelta(TyType *type, long days, long seconds, long us, bool normalize)
{
    if (normalize) {
        long q = us / 1000000, r = us % 1000000;
        if (r < 0) {
            r += 1000000;
            q--;
        }
        us = r;
        seconds += q;
        q = seconds / 86400;
        r = seconds % 86400;
        if (r < 0) {
            r += 86400;
            q--;
        }
        seconds = r;
        days += q;
    }
    if (days < -DT_MAX_DELTA_DAYS || days > DT_MAX_DELTA_DAYS)
        return tyErr_format(&TyExc_OverflowError, "days=%ld; must have magnitude <= %d", days, DT_MAX_DELTA_DAYS);
    DtDelta *d = (DtDelta *)(!type || type == &DtDelta_Type ? tyObj_alloc(&DtDelta_Type) : tyType_genericAlloc(type, 0));
    if (!d)
        return NULL;
    d->hash = -1;
    d->days = (int)days;
    d->seconds = (int)seconds;
    d->us = (int)us;
    return (TyObject *)d;
}

void dt_deltaToMpz(TyObject *delta, mpz_ptr z)
{
    DtDelta *d = DT_DELTA(delta);
    mpz_set_si(z, d->days);
    mpz_mul_ui(z, z, 86400);
    mpz_add_ui(z, z, (unsigned long)d->seconds);
    mpz_mul_ui(z, z, 1000000);
    mpz_add_ui(z, z, (unsigned long)d->us);
}

/* The timedelta (of `type`) of z microseconds. */
static TyObject *delta_from_mpz_type(TyType *type, mpz_srcptr z)
{
    mpz_t q, r;
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr_ui(q, r, z, 1000000);
    long us = (long)mpz_get_ui(r);
    mpz_fdiv_qr_ui(q, r, q, 86400);
    long secs = (long)mpz_get_ui(r);
    TyObject *res;
    if (!mpz_fits_sint_p(q))
        res = tyErr_setString(&TyExc_OverflowError, "Python int too large to convert to C int");
    else
        res = dt_newDelta(type, mpz_get_si(q), secs, us, false);
    mpz_clear(q);
    mpz_clear(r);
    return res;
}

TyObject *dt_deltaFromMpz(mpz_srcptr z)
{
    return delta_from_mpz_type(NULL, z);
}

int dt_deltaCompare(TyObject *a, TyObject *b)
{
    DtDelta *x = DT_DELTA(a), *y = DT_DELTA(b);
    if (x->days != y->days)
        return x->days < y->days ? -1 : 1;
    if (x->seconds != y->seconds)
        return x->seconds < y->seconds ? -1 : 1;
    return x->us < y->us ? -1 : x->us > y->us;
}

int dt_formatOffset(TyStrBuilder *b, TyObject *delta, const char *sep)
{
    DtDelta *d = DT_DELTA(delta);
    char sign = '+';
    long days = d->days, secs = d->seconds, us = d->us;
    if (days < 0) {
        sign = '-';
        /* negate: -(days, secs, us) normalized */
        long total_s = -(days * 86400 + secs) - (us ? 1 : 0);
        us = us ? 1000000 - us : 0;
        secs = total_s;
    } else {
        secs = days * 86400 + secs;
    }
    long h = secs / 3600, m = secs % 3600 / 60, s = secs % 60;
    int r = tyBuf_appendFormat(b, "%c%02ld%s%02ld", sign, h, sep, m);
    if (r == 0 && (s || us))
        r = tyBuf_appendFormat(b, "%s%02ld", sep, s);
    if (r == 0 && us)
        r = tyBuf_appendFormat(b, ".%06ld", us);
    return r;
}

/* ---- the constructor -------------------------------------------------------------------- */

/* sum += num * factor; a float's fraction of a microsecond goes into
** *leftover (CPython's accum).  0, or -1. */
static int accum(const char *tag, mpz_ptr sum, TyObject *num, unsigned long factor, double *leftover)
{
    if (TY_INT_CHECK(num)) {
        mpz_t x;
        mpz_init(x);
        tyInt_toMpz(num, x);
        mpz_addmul_ui(sum, x, factor);
        mpz_clear(x);
        return 0;
    }
    if (TY_FLOAT_CHECK(num)) {
        double dnum = TY_FLOAT_VALUE(num), intpart;
        if (isinf(dnum)) {
            tyErr_setString(&TyExc_OverflowError, "cannot convert float infinity to integer");
            return -1;
        }
        if (isnan(dnum)) {
            tyErr_setString(&TyExc_ValueError, "cannot convert float NaN to integer");
            return -1;
        }
        double frac = modf(dnum, &intpart);
        mpz_t x;
        mpz_init_set_d(x, intpart);
        mpz_addmul_ui(sum, x, factor);
        if (frac != 0.0) {
            frac = modf((double)factor * frac, &intpart);
            mpz_set_d(x, intpart);
            mpz_add(sum, sum, x);
            *leftover += frac;
        }
        mpz_clear(x);
        return 0;
    }
    tyErr_format(&TyExc_TypeError, "unsupported type for timedelta %s component: %T", tag, num);
    return -1;
}

/* timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks):
** ints and floats summed exactly as CPython sums them.  New reference. */
static TyObject *delta_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks", NULL };
    TyObject *a[7];
    if (tyArg_unpack("__new__", args, nargs, kwnames, names, 0, 7, a) < 0)
        return NULL;
    /* CPython's order: microseconds first, weeks last (the float
    ** leftovers add up in this order) */
    static const int order[7] = { 2, 3, 1, 4, 5, 0, 6 };
    static const unsigned long factor[7] = { 86400000000ul, 1000000ul, 1ul, 1000ul, 60000000ul, 3600000000ul, 604800000000ul };
    mpz_t sum;
    mpz_init(sum);
    double leftover = 0.0;
    for (int k = 0; k < 7; k++) {
        int i = order[k];
        if (a[i] && accum(names[i], sum, a[i], factor[i], &leftover) < 0) {
            mpz_clear(sum);
            return NULL;
        }
    }
    if (leftover != 0.0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {
            /* round half to even, taking the integer part's parity */
            int odd = mpz_odd_p(sum) ? 1 : 0;
            whole = 2.0 * round((leftover + odd) * 0.5) - odd;
        }
        mpz_t w;
        mpz_init_set_d(w, whole);
        mpz_add(sum, sum, w);
        mpz_clear(w);
    }
    TyObject *r = delta_from_mpz_type(type, sum);
    mpz_clear(sum);
    return r;
}

/* ---- arithmetic ------------------------------------------------------------------------- */

/* q = round-half-even(a / b); b != 0. */
static void divide_nearest(mpz_ptr q, mpz_srcptr a, mpz_srcptr b)
{
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(q, r, a, b);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, b);
    bool greater = mpz_sgn(b) > 0 ? c > 0 : c < 0;
    if (greater || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_clear(r);
}

/* The number slots: NotImplemented for operand types they do not take;
** results are exact timedeltas (new references). */
static TyObject *delta_add(TyObject *a, TyObject *b)
{
    if (!DT_DELTA_CHECK(a) || !DT_DELTA_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    DtDelta *x = DT_DELTA(a), *y = DT_DELTA(b);
    return dt_newDelta(NULL, (long)x->days + y->days, (long)x->seconds + y->seconds, (long)x->us + y->us, true);
}

/* a - b for two timedeltas. */
static TyObject *delta_sub(TyObject *a, TyObject *b)
{
    if (!DT_DELTA_CHECK(a) || !DT_DELTA_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    DtDelta *x = DT_DELTA(a), *y = DT_DELTA(b);
    return dt_newDelta(NULL, (long)x->days - y->days, (long)x->seconds - y->seconds, (long)x->us - y->us, true);
}

/* f.as_integer_ratio() into num/den; 0, or -1. */
static int float_ratio(TyObject *f, mpz_ptr num, mpz_ptr den)
{
    TyObject *name = tyStr_internC("as_integer_ratio");
    TyObject *t = name ? tyObj_callMethod(f, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    if (!t)
        return -1;
    if (!TY_TUPLE_CHECK(t)) {
        tyErr_format(&TyExc_TypeError, "unexpected return type from as_integer_ratio(): expected tuple, got '%T'", t);
        TY_DECREF(t);
        return -1;
    }
    if (TY_TUPLE_LEN(t) != 2) {
        TY_DECREF(t);
        tyErr_setString(&TyExc_ValueError, "as_integer_ratio() must return a 2-tuple");
        return -1;
    }
    for (int i = 0; i < 2; i++)
        if (!TY_INT_CHECK(TY_TUPLE_GET(t, i))) {
            tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", TY_TUPLE_GET(t, i));
            TY_DECREF(t);
            return -1;
        }
    tyInt_toMpz(TY_TUPLE_GET(t, 0), num);
    tyInt_toMpz(TY_TUPLE_GET(t, 1), den);
    TY_DECREF(t);
    return 0;
}

/* delta * n / d rounded half to even (op true: delta * (d / n)). */
static TyObject *delta_scale_float(TyObject *delta, TyObject *f, bool divide)
{
    mpz_t us, n, d, q;
    mpz_init(us);
    mpz_init(n);
    mpz_init(d);
    mpz_init(q);
    TyObject *r = NULL;
    if (float_ratio(f, n, d) == 0) {
        dt_deltaToMpz(delta, us);
        if (divide && mpz_sgn(n) == 0) {
            tyErr_setString(&TyExc_ZeroDivisionError, "integer division or modulo by zero");
        } else {
            mpz_mul(us, us, divide ? d : n);
            divide_nearest(q, us, divide ? n : d);
            r = dt_deltaFromMpz(q);
        }
    }
    mpz_clear(us);
    mpz_clear(n);
    mpz_clear(d);
    mpz_clear(q);
    return r;
}

/* delta * int. */
static TyObject *delta_scale_int(TyObject *delta, TyObject *k)
{
    mpz_t us, x;
    mpz_init(us);
    mpz_init(x);
    dt_deltaToMpz(delta, us);
    tyInt_toMpz(k, x);
    mpz_mul(us, us, x);
    TyObject *r = dt_deltaFromMpz(us);
    mpz_clear(us);
    mpz_clear(x);
    return r;
}

/* timedelta * int or float (either side), rounded half to even. */
static TyObject *delta_mul(TyObject *a, TyObject *b)
{
    if (DT_DELTA_CHECK(a)) {
        if (TY_INT_CHECK(b))
            return delta_scale_int(a, b);
        if (TY_FLOAT_CHECK(b))
            return delta_scale_float(a, b, false);
    } else if (DT_DELTA_CHECK(b)) {
        if (TY_INT_CHECK(a))
            return delta_scale_int(b, a);
        if (TY_FLOAT_CHECK(a))
            return delta_scale_float(b, a, false);
    }
    return TY_NEWREF(TY_NOTIMPL);
}

/* The microseconds of a and b (b a timedelta or an int); false when b
** is neither.  z must be initialised. */
static bool operands(TyObject *a, TyObject *b, mpz_ptr x, mpz_ptr y, bool *b_is_delta)
{
    if (!DT_DELTA_CHECK(a))
        return false;
    if (DT_DELTA_CHECK(b)) {
        *b_is_delta = true;
        dt_deltaToMpz(b, y);
    } else if (TY_INT_CHECK(b)) {
        *b_is_delta = false;
        tyInt_toMpz(b, y);
    } else {
        return false;
    }
    dt_deltaToMpz(a, x);
    return true;
}

/* timedelta / timedelta (a float), / int or / float (a timedelta, rounded
** half to even). */
static TyObject *delta_truediv(TyObject *a, TyObject *b)
{
    if (DT_DELTA_CHECK(a) && TY_FLOAT_CHECK(b))
        return delta_scale_float(a, b, true);
    mpz_t x, y, q;
    mpz_init(x);
    mpz_init(y);
    mpz_init(q);
    bool isdelta;
    TyObject *r;
    if (!operands(a, b, x, y, &isdelta)) {
        r = TY_NEWREF(TY_NOTIMPL);
    } else if (mpz_sgn(y) == 0) {
        r = tyErr_setString(&TyExc_ZeroDivisionError, isdelta ? "division by zero" : "integer division or modulo by zero");
    } else if (isdelta) {
        bool overflow = false;
        double v = tyInt_mpzTrueDiv(x, y, &overflow);
        r = overflow ? tyErr_setString(&TyExc_OverflowError, "integer division result too large for a float") : tyFloat_from(v);
    } else {
        divide_nearest(q, x, y);
        r = dt_deltaFromMpz(q);
    }
    mpz_clear(x);
    mpz_clear(y);
    mpz_clear(q);
    return r;
}

/* timedelta // timedelta (an int) or // int (a timedelta, floored). */
static TyObject *delta_floordiv(TyObject *a, TyObject *b)
{
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    bool isdelta;
    TyObject *r;
    if (!operands(a, b, x, y, &isdelta)) {
        r = TY_NEWREF(TY_NOTIMPL);
    } else if (mpz_sgn(y) == 0) {
        r = tyErr_setString(&TyExc_ZeroDivisionError, "integer division or modulo by zero");
    } else {
        mpz_fdiv_q(x, x, y);
        r = isdelta ? tyInt_fromMpz(x) : dt_deltaFromMpz(x);
    }
    mpz_clear(x);
    mpz_clear(y);
    return r;
}

/* timedelta % timedelta, with the sign of the divisor. */
static TyObject *delta_mod(TyObject *a, TyObject *b)
{
    if (!DT_DELTA_CHECK(a) || !DT_DELTA_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    dt_deltaToMpz(a, x);
    dt_deltaToMpz(b, y);
    TyObject *r;
    if (mpz_sgn(y) == 0) {
        r = tyErr_setString(&TyExc_ZeroDivisionError, "integer modulo by zero");
    } else {
        mpz_fdiv_r(x, x, y);
        r = dt_deltaFromMpz(x);
    }
    mpz_clear(x);
    mpz_clear(y);
    return r;
}

/* divmod(timedelta, timedelta): (int, timedelta). */
static TyObject *delta_divmod(TyObject *a, TyObject *b)
{
    if (!DT_DELTA_CHECK(a) || !DT_DELTA_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    mpz_t x, y, q;
    mpz_init(x);
    mpz_init(y);
    mpz_init(q);
    dt_deltaToMpz(a, x);
    dt_deltaToMpz(b, y);
    TyObject *r = NULL;
    if (mpz_sgn(y) == 0) {
        tyErr_setString(&TyExc_ZeroDivisionError, "integer division or modulo by zero");
    } else {
        mpz_fdiv_qr(q, x, x, y);
        TyObject *qo = tyInt_fromMpz(q), *ro = qo ? dt_deltaFromMpz(x) : NULL;
        if (ro)
            r = tyTuple_pack(2, qo, ro);
        TY_XDECREF(qo);
        TY_XDECREF(ro);
    }
    mpz_clear(x);
    mpz_clear(y);
    mpz_clear(q);
    return r;
}

/* -d, +d and abs(d): exact timedeltas. */
static TyObject *delta_neg(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    return dt_newDelta(NULL, -(long)x->days, -(long)x->seconds, -(long)x->us, true);
}

static TyObject *delta_pos(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    return dt_newDelta(NULL, x->days, x->seconds, x->us, false);
}

static TyObject *delta_abs(TyObject *a)
{
    return DT_DELTA(a)->days < 0 ? delta_neg(a) : delta_pos(a);
}

/* A timedelta is true unless it is zero. */
static int delta_bool(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    return x->days != 0 || x->seconds != 0 || x->us != 0;
}

/* Ordering between timedeltas only (NotImplemented otherwise). */
static TyObject *delta_richcompare(TyObject *a, TyObject *b, int op)
{
    if (!DT_DELTA_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    return dt_cmpResult(dt_deltaCompare(a, b), op);
}

/* (days, seconds, microseconds): new reference. */
static TyObject *delta_state(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    TyObject *d = tyInt_fromI64(x->days), *s = tyInt_fromI64(x->seconds), *u = tyInt_fromI64(x->us);
    TyObject *t = d && s && u ? tyTuple_pack(3, d, s, u) : NULL;
    TY_XDECREF(d);
    TY_XDECREF(s);
    TY_XDECREF(u);
    return t;
}

/* hash((days, seconds, microseconds)), cached. */
static ty_hash delta_hash(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    if (x->hash == -1) {
        TyObject *t = delta_state(a);
        if (!t)
            return -1;
        x->hash = tyObj_hash(t);
        TY_DECREF(t);
    }
    return x->hash;
}

/* "datetime.timedelta(days=1, seconds=2)" (non-zero fields), "...(0)". */
static TyObject *delta_repr(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    TyStrBuilder b;
    tyBuf_init(&b);
    const char *sep = "";
    int r = tyBuf_appendFormat(&b, "%s(", dt_typeName(a));
    if (r == 0 && x->days) {
        r = tyBuf_appendFormat(&b, "days=%d", x->days);
        sep = ", ";
    }
    if (r == 0 && x->seconds) {
        r = tyBuf_appendFormat(&b, "%sseconds=%d", sep, x->seconds);
        sep = ", ";
    }
    if (r == 0 && x->us)
        r = tyBuf_appendFormat(&b, "%smicroseconds=%d", sep, x->us);
    if (r == 0 && !x->days && !x->seconds && !x->us)
        r = tyBuf_appendChar(&b, '0');
    if (r == 0)
        r = tyBuf_appendChar(&b, ')');
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* "[-]D day[s], H:MM:SS[.ffffff]". */
static TyObject *delta_str(TyObject *a)
{
    DtDelta *x = DT_DELTA(a);
    int h = x->seconds / 3600, m = x->seconds % 3600 / 60, s = x->seconds % 60;
    TyStrBuilder b;
    tyBuf_init(&b);
    int r = 0;
    if (x->days)
        r = tyBuf_appendFormat(&b, "%d day%s, ", x->days, x->days == 1 || x->days == -1 ? "" : "s");
    if (r == 0)
        r = tyBuf_appendFormat(&b, "%d:%02d:%02d", h, m, s);
    if (r == 0 && x->us)
        r = tyBuf_appendFormat(&b, ".%06d", x->us);
    if (r < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* The microseconds / 10**6, correctly rounded. */
TY_CFUNC(delta_total_seconds)
{
    if (tyArg_noKeywords("timedelta.total_seconds", kwnames) < 0 || tyArg_checkPositional("timedelta.total_seconds", nargs, 0, 0) < 0)
        return NULL;
    mpz_t x, y;
    mpz_init(x);
    mpz_init_set_ui(y, 1000000);
    dt_deltaToMpz(self, x);
    bool overflow = false;
    double v = tyInt_mpzTrueDiv(x, y, &overflow);
    mpz_clear(x);
    mpz_clear(y);
    return tyFloat_from(v);
}

/* (type(self), (days, seconds, microseconds)). */
TY_CFUNC(delta_reduce)
{
    if (tyArg_noKeywords("timedelta.__reduce__", kwnames) < 0 || tyArg_checkPositional("timedelta.__reduce__", nargs, 0, 0) < 0)
        return NULL;
    return dt_reduce(self, delta_state(self));
}

/* The read-only fields (member descriptors in CPython). */
static TyObject *delta_days(TyObject *a) { return tyInt_fromI64(DT_DELTA(a)->days); }
static TyObject *delta_seconds(TyObject *a) { return tyInt_fromI64(DT_DELTA(a)->seconds); }
static TyObject *delta_us(TyObject *a) { return tyInt_fromI64(DT_DELTA(a)->us); }

static TyMethodDef delta_methods[] = {
    { "total_seconds", delta_total_seconds, TY_METH_DEFAULT, "Total seconds in the duration." },
    { "__reduce__", delta_reduce, TY_METH_DEFAULT, "__reduce__() -> (cls, state)" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef delta_getset[] = {
    { "days", delta_days, NULL, "Number of days.", true },
    { "seconds", delta_seconds, NULL, "Number of seconds (>= 0 and less than 1 day).", true },
    { "microseconds", delta_us, NULL, "Number of microseconds (>= 0 and less than 1 second).", true },
    { NULL, NULL, NULL, NULL, false },
};

/* Frees a timedelta (it holds nothing). */
static void delta_dealloc(TyObject *o)
{
    tyObj_free(o);
}

TyType DtDelta_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "datetime.timedelta",
    .basicsize = sizeof(DtDelta),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = delta_dealloc,
    .repr = delta_repr,
    .str = delta_str,
    .hash = delta_hash,
    .richcompare = delta_richcompare,
    .binop = {
        [TY_BINOP_ADD] = delta_add,
        [TY_BINOP_SUB] = delta_sub,
        [TY_BINOP_MUL] = delta_mul,
        [TY_BINOP_TRUEDIV] = delta_truediv,
        [TY_BINOP_FLOORDIV] = delta_floordiv,
        [TY_BINOP_MOD] = delta_mod,
        [TY_BINOP_DIVMOD] = delta_divmod,
    },
    .unop = {
        [TY_UNOP_NEG] = delta_neg,
        [TY_UNOP_POS] = delta_pos,
        [TY_UNOP_ABS] = delta_abs,
    },
    .nb_bool = delta_bool,
    .methods = delta_methods,
    .getset = delta_getset,
    .tp_new = delta_new,
    .doc = "Difference between two datetime values.\n\n"
           "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n"
           "All arguments are optional and default to 0.\n"
           "Arguments may be integers or floats, and may be positive or negative.",
};
