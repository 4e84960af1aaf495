# The C date and time of _datetime (src/modules/datetime_date.c,
# datetime_time.c): construction and its errors, the calendar, ISO
# formats both ways, strftime's %f/%z/%Z, comparisons, hashing, pickles
# (byte for byte what python3.11 writes) and subclasses.
import pickle
from datetime import date, time, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2004, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, date(2010, 1, 3).isocalendar(), date(2008, 12, 29).isocalendar())
print(d + timedelta(400), timedelta(-1) + d, d - timedelta(days=60), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d.replace(day=1), d.replace(year=2005, day=28), d.timetuple(), date.fromordinal(730000), date.fromordinal(1))
print(date.fromisoformat('2019-12-04'), date.fromisoformat('20191204'), date.fromisoformat('2019-W01-3'), date.fromisoformat('2019W013'), date.fromisoformat('2020-W53'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2004, 1, 1), date.min, date.max, date.resolution)
for s in ['2019-12-4', '2019-13-01', '2019-02-30', '20191', 'x019-01-01', '2019-W54-1', '2019-W01-8', '2019-01-01T', 1]:
    show(lambda: date.fromisoformat(s))
for args in [(2000, 13, 1), (2000, 2, 30), (0, 1, 1), (10000, 1, 1), (2000.0, 1, 1), ('2000', 1, 1), (2 ** 40, 1, 1), (2000, 1)]:
    show(lambda: date(*args))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromisocalendar(2019, 53, 1))
show(lambda: date.fromisocalendar(2 ** 33, 1, 1))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: d < 1)
print(d == 1, d != 'x', d == date(2004, 2, 29), d < date(2004, 3, 1), hash(d) == hash(date(2004, 2, 29)))
print(d.strftime('%Y-%m-%d %a %b %j %f %z|%Z|%%'), format(d, ''), format(d, '%d/%m/%y'), '{:%A}'.format(d))
show(lambda: d.strftime(1))
show(lambda: format(d, 1))
print(d.__reduce__(), pickle.dumps(d, 0), pickle.dumps(d, 3), pickle.dumps(d.isocalendar(), 2))
print(date(b'\x07\xd4\x02\x1d'), date('\x07\xd4\x02\x1d'))
show(lambda: date(b'\x07\xd4\x0d\x1d'))

t = time(12, 30, 15, 500)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), t.isoformat(), time(1).isoformat())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'bad']:
    show(lambda: t.isoformat(spec))
tz = timezone(timedelta(hours=-5, minutes=-30), 'X%Y')
tt = time(23, 59, 59, 999999, tzinfo=tz, fold=1)
print(tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.dst(), tt.fold, tt.tzinfo is tz, tt.strftime('%H %M %S %f %z %Z %%'))
print(time.fromisoformat('04:23:01.000384'), time.fromisoformat('T04:23:01,5+01:30'), time.fromisoformat('0423'), time.fromisoformat('04:23:01Z'), time.fromisoformat('04:23:01-00:00'))
for s in ['4:23', '04:23:', '04:23:01.', '04:23:01+1', '04:23:01+25:00', '24:00', '', 3]:
    show(lambda: time.fromisoformat(s))
for kw in [dict(hour=24), dict(minute=60), dict(second=60), dict(microsecond=10 ** 6), dict(fold=2), dict(tzinfo=1), dict(hour=-1), dict(hour=1.0)]:
    show(lambda: time(**kw))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), tt.replace(tzinfo=None), tt.replace(fold=0).fold)
print(t < time(13), t == time(12, 30, 15, 500), time(12, tzinfo=timezone.utc) == time(7, tzinfo=timezone(timedelta(hours=-5))))
print(time(12, tzinfo=timezone.utc) < time(8, tzinfo=timezone(timedelta(hours=-5))), time(1) == time(1, tzinfo=timezone.utc))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(hash(time(12, tzinfo=timezone.utc)) == hash(time(7, tzinfo=timezone(timedelta(hours=-5)))), hash(t) == hash(time(12, 30, 15, 500)))
print(bool(time()), time.min, time.max, time.resolution)
print(tt.__reduce__(), tt.__reduce_ex__(4), pickle.dumps(t, 2), pickle.dumps(tt, 4))
print(repr(pickle.loads(pickle.dumps(tt, 4))), repr(pickle.loads(pickle.dumps(tt, 2))))
show(lambda: time(b'\x18\x00\x00\x00\x00\x00'))
show(lambda: time(b'\x01\x00\x00\x00\x00\x00', 'EST'))


class Naive(tzinfo):
    def utcoffset(self, dt):
        return None


class Bad(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off


print(time(1, tzinfo=Naive()).utcoffset(), time(1, tzinfo=Naive()) == time(1))
show(lambda: time(1, tzinfo=Bad(5)).utcoffset())
show(lambda: time(1, tzinfo=Bad(timedelta(days=1))).utcoffset())
show(lambda: time(1, tzinfo=Bad(5)).tzname())
show(lambda: time(1, tzinfo=tzinfo()).utcoffset())
show(lambda: time(1, tzinfo=Bad(5)).strftime('%Z'))


class D(date):
    def __new__(cls, y, m, d):
        self = super().__new__(cls, y, m, d)
        self.made = 'new'
        return self


x = D(2000, 1, 31)
print(repr(x), x.made, type(x + timedelta(1)).__name__, (x + timedelta(1)).made, type(x.replace(day=1)).__name__)
print(type(D.fromordinal(5)).__name__, D.fromisoformat('2000-01-01').made, D.fromisocalendar(2000, 1, 1).made)


class T(time):
    pass


print(repr(T(1, 2)), type(T.fromisoformat('01:02')).__name__, type(T(1).replace(hour=2)).__name__, str(T(5)))
# The constructors' argument errors, in CPython's order (each argument
# converted in turn, unknown keywords last) and wording (unnamed formats).
from datetime import datetime
for f in [lambda: date(1), lambda: date(1, 2, 3, 4), lambda: date(x=1), lambda: date(2000, 1, 1, year=3), lambda: date(2000, 1, day=1, x=2),
          lambda: time(1, 2, 3, 4, None, 5), lambda: time(1, minute='a', x=1), lambda: time(x=1), lambda: datetime(1), lambda: datetime(x=1),
          lambda: datetime(2000, 1, 1, 0, 0, 0, 0, None, 8), lambda: datetime(2000, 1, year=1), lambda: date(year='a', month=1), lambda: date(b'\x07\xd4\x0d\x1d')]:
    show(f)
