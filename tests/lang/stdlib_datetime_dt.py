# The C datetime, tzinfo and timezone of _datetime (src/modules/
# datetime_dt.c, datetime.c): arithmetic and comparison across zones,
# PEP 495 folds, local time (TZ set to America/New_York), timestamps,
# astimezone, ISO parsing, strftime/strptime, pickles and subclasses.
import os
import pickle
import time as _time
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

os.environ['TZ'] = 'America/New_York'
_time.tzset()


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dt = datetime(2020, 3, 1, 12, 0, 1, 5)
print(dt, repr(dt), repr(datetime(2020, 3, 1)), repr(datetime(2020, 3, 1, 0, 0, 7)), dt.date(), dt.time(), dt.timetz(), dt.ctime())
print(dt + timedelta(days=400, seconds=-1), dt - timedelta(microseconds=6), dt - datetime(2000, 1, 1), datetime(2000, 1, 1) - dt)
print(dt.timetuple(), dt.utctimetuple(), dt.isoformat(), dt.isoformat(' ', 'milliseconds'), str(dt), dt.isoformat('\u263a'))
print(dt.replace(year=2021, microsecond=0), dt.weekday(), dt.isocalendar(), dt.toordinal(), dt.strftime('%Y %H %f %z %Z'))
u = datetime(2020, 3, 1, 12, tzinfo=timezone.utc)
e = timezone(timedelta(hours=-5), 'EST')
print(u, repr(u), u.astimezone(e), repr(u.astimezone(e)), u.astimezone(e) == u, hash(u.astimezone(e)) == hash(u))
print(u.utcoffset(), u.dst(), u.tzname(), u.timestamp(), u.utctimetuple(), u.strftime('%z|%Z|%%z'), u.isoformat())
print(u - datetime(2020, 3, 1, 12, tzinfo=e), u < datetime(2020, 3, 1, 12, tzinfo=e), dt == u, dt != u, UTC is timezone.utc)
show(lambda: dt < u)
show(lambda: dt - u)
show(lambda: dt < date(2020, 3, 1))
show(lambda: date(2020, 3, 1) < dt)
print(dt == date(2020, 3, 1), date(2020, 3, 1) == dt, dt - dt.replace(hour=0) == timedelta(hours=12, seconds=1, microseconds=5))
show(lambda: datetime.max + timedelta(1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: dt + date(2000, 1, 1))
show(lambda: dt - date(2000, 1, 1))
print(datetime.min, datetime.max, datetime.resolution, timezone.min, timezone.max, repr(timezone.max))
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'Z')), str(timezone(timedelta(hours=1, seconds=1, microseconds=1))))
print(timezone(timedelta(hours=3)) == timezone(timedelta(hours=3), 'x'), timezone.utc == 1, hash(timezone(timedelta(hours=3))) == hash(timedelta(hours=3)))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(1))
show(lambda: timezone(timedelta(0), 1))
show(lambda: timezone.utc.utcoffset(1))
show(lambda: timezone.utc.fromutc(dt))
print(timezone.utc.fromutc(u), e.fromutc(u.replace(tzinfo=e)), timezone.utc.tzname(None), e.utcoffset(None), e.dst(None))
# local time: the fold of the repeated hour and the gap
amb = datetime(2021, 11, 7, 1, 30)
print(amb.timestamp(), amb.replace(fold=1).timestamp(), datetime.fromtimestamp(1636263000), repr(datetime.fromtimestamp(1636266600)))
gap = datetime(2021, 3, 14, 2, 30)
print(gap.timestamp(), gap.replace(fold=1).timestamp(), amb.astimezone(timezone.utc), amb.replace(fold=1).astimezone(timezone.utc))
print(repr(amb.astimezone()), repr(u.astimezone()), datetime.fromtimestamp(0), datetime.utcfromtimestamp(0), date.fromtimestamp(86400 * 365))
print(datetime.fromtimestamp(1e9 + 0.5e-6), datetime.fromtimestamp(1e9 + 1.5e-6), datetime.fromtimestamp(-1.5e-6, timezone.utc), datetime.fromtimestamp(1, e))
show(lambda: datetime.fromtimestamp(float('nan')))
show(lambda: datetime.fromtimestamp(1e20))
show(lambda: datetime.fromtimestamp('1'))
show(lambda: datetime.utcfromtimestamp(1e11))
print(amb.timetuple().tm_isdst, datetime.now().year > 2000, datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__, date.today() == datetime.now().date())
for s in ['2011-11-04', '2011-11-04T00:05:23', '2011-11-04 00:05:23.283', '2011-11-04T00:05:23Z', '20111104T000523', '2011-W01-2T00:05:23.283', '2011-11-04T00:05:23.283+04:00', '2011-11-04T00:05:23-00:30:15.5', '2011-11-04\u263a00:05']:
    print(repr(datetime.fromisoformat(s)))
for s in ['2011-11-0', '2011-11-04T', '2011-11-04T25:00', '2011-11-04T00:05:23+24:00', '2011-11-04T00:05:23+', 'x' * 20, '']:
    show(lambda: datetime.fromisoformat(s))
print(datetime.strptime('2020-01-02 03:04:05.6 +0130', '%Y-%m-%d %H:%M:%S.%f %z'), datetime.strptime('Jan 3 2001', '%b %d %Y'))
show(lambda: datetime.strptime('2020', '%m'))
show(lambda: datetime.strptime(2020, '%Y'))
print(datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=e)), datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=e), tzinfo=None))
show(lambda: datetime.combine(date(2000, 1, 2), 1))
f1 = datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=e)
print(repr(f1), f1.fold, f1 == f1.replace(fold=0), hash(f1) == hash(f1.replace(fold=0)))
for p in (0, 2, 3, 4, 5):
    print(p, pickle.dumps(f1, p))
print(f1.__reduce__(), f1.__reduce_ex__(4), repr(pickle.loads(pickle.dumps(f1, 2))), repr(pickle.loads(pickle.dumps(f1, 4))))
print(repr(datetime(b'\x07\xe4\x83\x01\x0c\x00\x01\x00\x00\x05')), repr(datetime(b'\x31\x39\x01\x35\x2d\x30\x33\x2d\x32\x35')))
show(lambda: datetime(b'\x07\xe4\x00\x01\x0c\x00\x01\x00\x00\x05'))
show(lambda: datetime(b'\x07\xe4\x01\x01\x0c\x00\x01\x00\x00\x05', 'EST'))


class Eastern(tzinfo):
    """US Eastern with DST, as the docs' example: fold-aware."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        start = datetime(dt.year, 3, 14, 2)
        end = datetime(dt.year, 11, 7, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1):
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'


ET = Eastern()
a0 = datetime(2021, 11, 7, 1, 30, tzinfo=ET)
a1 = a0.replace(fold=1)
print(a0.utcoffset(), a1.utcoffset(), a0 == a1, a0 == a0.astimezone(timezone.utc), a1 == a1.astimezone(timezone.utc))
print(a0.astimezone(timezone.utc), a1.astimezone(timezone.utc), datetime(2021, 11, 7, 6, 30, tzinfo=timezone.utc).astimezone(ET))
print(a0.timetuple().tm_isdst, a1.timetuple().tm_isdst, a0.strftime('%Z %z'), a1.strftime('%Z %z'), hash(a0) == hash(a1))
show(lambda: tzinfo().utcoffset(None))
show(lambda: ET.fromutc(a0.replace(tzinfo=None)))
show(lambda: ET.fromutc(1))


class Sub(datetime):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = kw.get('fold', 'nofold')
        return self


s = Sub(2000, 1, 1)
print(repr(s), s.extra, type(s + timedelta(1)).__name__, (s + timedelta(1)).extra, Sub.now().extra, Sub.fromtimestamp(0, timezone.utc).extra)
print(type(Sub.combine(date(2000, 1, 1), time(fold=1))).__name__, Sub.combine(date(2000, 1, 1), time(fold=1)).extra, Sub.fromisoformat('2000-01-01').extra, Sub.strptime('2000', '%Y').extra)
print(type(s.replace(year=2001)).__name__, type(s.astimezone(timezone.utc)).__name__, type(Sub.fromordinal(5)).__name__, type(Sub.today()).__name__)
print(type(pickle.loads(pickle.dumps(s))).__name__, pickle.loads(pickle.dumps(s)).extra, Sub.fromtimestamp(1636266600).fold, Sub.fromtimestamp(1636266600).extra)
# Hash values are CPython's with PYTHONHASHSEED=0 (the state bytes' hash,
# or the hash of the UTC timedelta for an aware object).
print(hash(date(2000, 1, 1)), hash(time(1, 2, 3)), hash(datetime(2000, 1, 1, 1, 2, 3, 4)), hash(timedelta(1, 2, 3)))
print(hash(datetime(2000, 1, 1, tzinfo=timezone.utc)), hash(time(5, tzinfo=e)), hash(timezone.utc), hash(f1))
# Naive and timezone-aware times and datetimes are not tracked by the
# collector (as CPython's); one with another tzinfo can be in a cycle.
import gc
print(gc.is_tracked(datetime(2000, 1, 1)), gc.is_tracked(u), gc.is_tracked(time(1)), gc.is_tracked(time(1, tzinfo=e)),
      gc.is_tracked(pickle.loads(pickle.dumps(dt))), gc.is_tracked(u.astimezone(e)), gc.is_tracked(timedelta(1)), gc.is_tracked(date(2000, 1, 1)))
# CPython's C ISO parser is more lenient than datetime.py's, and tally reads
# as it does: missing separators, a fraction after the minutes, ':' before
# the fraction, text after a date, a dropped digit before a time zone.
for s in ['12:34:56:789', '12:34.5', '123456789', '04:23:01+01:30:', '2019-12-04x', '20191204ab', '04:23+00:00:00.5',
          '04:23Z ', '0423Z', '04:23:01.+01:00', '04:23:01.', '2019-W011', '04:23:01.1234567Z', '20111104T00523Z',
          '2011-11-04T00,523Z', '2011-11-0400:05', '2011-W01-2T0523', '2011-W0121234', '2011-W01-2-0523']:
    print(repr(s))
    show(lambda: date.fromisoformat(s))
    show(lambda: time.fromisoformat(s))
    show(lambda: datetime.fromisoformat(s))
