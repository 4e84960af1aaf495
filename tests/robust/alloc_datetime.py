# scripts/fail-after makes each allocation of this program fail in turn
# (robust/allocation_failure_in_datetime, tests/unit/test_robust.c): the
# _datetime module's import (its types, class attributes and the Python
# half), then constructors, arithmetic, formatting, parsing, pickling
# state and time zones.  _datetime directly: datetime.py would compile
# 2,500 lines first.
import _datetime as d
td = d.timedelta(days=1, hours=2.5, microseconds=-1)
print(td, repr(td * 3), td / 7, td // d.timedelta(minutes=7), td * 0.25)
day = d.date(2004, 2, 29)
print(day + td, day.isocalendar(), day.replace(year=2005, day=28), day.__reduce__())
tz = d.timezone(d.timedelta(hours=-5), 'EST')
t = d.time(12, 30, 15, 500, tzinfo=tz)
print(t, repr(t), t.isoformat('milliseconds'), t.__reduce_ex__(4))
dt = d.datetime(2020, 3, 1, 12, 0, 1, 5, tzinfo=d.timezone.utc)
print(dt, repr(dt.astimezone(tz)), dt - d.datetime(2020, 1, 1, tzinfo=tz), hash(dt) == hash(dt.astimezone(tz)))
print(d.datetime.fromisoformat('2011-11-04T00:05:23.283+04:00'), d.date.fromisoformat('2019-W01-3'))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z'), dt.timestamp(), dt.utctimetuple()[:6])
