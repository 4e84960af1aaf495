# CPython's datetime.py over the C _datetime (src/modules/datetime*.c).
import datetime as dt
d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%Y/%m/%d %a %B"))
print(dt.date.fromisoformat("2023-12-31").toordinal(), dt.date.fromordinal(738000), d.replace(day=1))
t = dt.datetime(2024, 3, 1, 12, 30, 45, 123456)
print(t, repr(t), t.isoformat(timespec="seconds"), t.date(), t.time(), t.timetuple()[:6])
print(t - dt.datetime(2024, 1, 1), (t - dt.datetime(2024, 1, 1)).total_seconds())
td = dt.timedelta(days=1, hours=25, minutes=-30, microseconds=5)
print(td, repr(td), td * 2, td // 3, -td, abs(-td), td.days, td.seconds, td.microseconds)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2024, 1, 1, 10, 0, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc), dt.timezone.utc)
print(dt.datetime.fromisoformat("2024-05-06T07:08:09+02:00"), dt.time(23, 59, 1).isoformat())
print(dt.datetime(2020, 1, 1) < dt.datetime(2021, 1, 1), max(dt.date(2020, 1, 1), dt.date(2019, 5, 5)))
print(dt.MINYEAR, dt.MAXYEAR, dt.date.max, dt.timedelta.resolution, f"{t:%H:%M}", format(d, "%d.%m.%Y"))
print(sorted([dt.date(2024, 1, 3), dt.date(2023, 1, 3)]), hash(d) == hash(dt.date(2024, 2, 28)))
# Only the type: datetime.py's message (day must be in 1..28) differs from _datetime's.
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError")
