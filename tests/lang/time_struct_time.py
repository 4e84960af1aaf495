# gmtime, struct_time, strftime and asctime on fixed times (no local time
# zone involved).
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[:3], t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), tuple(t))
print(time.gmtime(1.9)[5], time.gmtime(-1.9)[3:6], time.gmtime(True)[5])
print(time.gmtime(10 ** 9))
print(time.gmtime(-2 ** 40)[:3], time.gmtime(2 ** 35)[:3])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
s = time.struct_time((2020, 2, 29, 13, 5, 9, 5, 60, 0))
print(s, s.tm_zone)
z = time.struct_time((2020, 2, 29, 13, 5, 9, 5, 60, 0, "XYZ", 3600))
print(z.tm_zone, z.tm_gmtoff, len(z))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %%", s))
print(time.strftime("%Z|%z", z))
print(time.strftime("%y %I %w %U %W", (1999, 12, 31, 23, 59, 60, 4, 365, 0)))
print(time.asctime(s), time.asctime(time.gmtime(10 ** 9)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, -1)), time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.strftime("%Y", (2020, 0, 0, 0, 0, 0, 0, 0, -1)), repr(time.strftime("", s)))
print(time.strftime("é %d", s))
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, -1), (2020, 1, 32, 0, 0, 0, 0, 1, -1),
            (2020, 1, 1, 24, 0, 0, 0, 1, -1), (2020, 1, 1, 0, 60, 0, 0, 1, -1),
            (2020, 1, 1, 0, 0, 62, 0, 1, -1), (2020, 1, 1, 0, 0, 0, -2, 1, -1),
            (2020, 1, 1, 0, 0, 0, 0, 367, -1)]:
    t(lambda: time.strftime("%Y", bad))
t(lambda: time.strftime("%Y", (2020, 1, 1)))
t(lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0]))
t(lambda: time.strftime(5))
t(lambda: time.strftime("a\0b", s))
t(lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, -1)))
t(lambda: time.mktime((2020, 1, 1)))
t(lambda: time.mktime(5))
t(lambda: time.mktime(("a", 1, 1, 0, 0, 0, 0, 1, -1)))
t(lambda: time.mktime((2 ** 40, 1, 1, 0, 0, 0, 0, 1, -1)))
t(lambda: time.mktime((2 ** 70, 1, 1, 0, 0, 0, 0, 1, -1)))
t(lambda: time.mktime((-2 ** 40, 1, 1, 0, 0, 0, 0, 1, -1)))
t(lambda: time.gmtime(float("nan")))
t(lambda: time.gmtime(1e300))
t(lambda: time.gmtime(2 ** 70))
t(lambda: time.gmtime("x"))
t(lambda: time.struct_time((1, 2, 3)))
t(lambda: time.struct_time(tuple(range(12))))
t(lambda: time.struct_time(5))
t(lambda: time.struct_time())
t(lambda: time.struct_time(range(9), {"tm_zone": "Q"}).tm_zone)
t(lambda: time.struct_time(range(9), 5))
def setattr_year():
    s.tm_year = 5
t(setattr_year)
t(lambda: s.foo)
