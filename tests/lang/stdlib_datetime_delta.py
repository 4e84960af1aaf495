# The C timedelta of _datetime (src/modules/datetime_delta.c): the
# constructor's float rounding, arithmetic with ints and floats, the
# errors with their messages, repr/str, hashing and pickling.
import pickle
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(timedelta(), timedelta(1, 2, 3), timedelta(weeks=1, days=-1, hours=1.5, minutes=0.25, seconds=1e-7))
print(repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=-0.5)))
print(repr(timedelta(seconds=0.1234565)), repr(timedelta(days=1 / 3)), repr(timedelta(milliseconds=-1.0000005)))
print(repr(timedelta(days=-1, seconds=-1, microseconds=-1)), timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) == timedelta.max)
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min))
show(lambda: timedelta(days=1e10))
show(lambda: timedelta(days=10 ** 9))
show(lambda: timedelta(10 ** 20))
show(lambda: timedelta(days=float('nan')))
show(lambda: timedelta(hours=float('inf')))
show(lambda: timedelta(days='1'))
show(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: timedelta(year=1))
td = timedelta(days=1, hours=2.5, microseconds=-1)
print(td * 2, 2 * td, td * -1, td * 0.3, 0.3 * td, td * 1e-7, td / 3, td / 0.7, td / td, td // 7, td // timedelta(hours=1))
print(td % timedelta(hours=1), divmod(td, timedelta(hours=5)), divmod(-td, timedelta(hours=5)), -td, +td, abs(-td))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=3) * 0.5)
print(td.total_seconds(), timedelta.max.total_seconds(), (-td).total_seconds(), bool(timedelta()), bool(td))
show(lambda: td / 0)
show(lambda: td // 0)
show(lambda: td / timedelta(0))
show(lambda: td // timedelta(0))
show(lambda: td % timedelta(0))
show(lambda: divmod(td, timedelta(0)))
show(lambda: td / 0.0)
show(lambda: td * float('inf'))
show(lambda: td * float('nan'))
show(lambda: td * 1e20)
show(lambda: timedelta.max + timedelta.resolution)
show(lambda: td + 1)
show(lambda: td * 'a')
show(lambda: td < 1)
show(lambda: td % 5)
print(td == 1, td != 'x', td < timedelta.max, td >= td, sorted([td, -td, timedelta()]))
print(hash(td) == hash(timedelta(1, 8999, 999999)), hash(timedelta()) == hash(timedelta(0, 0, 0)))
print(td.days, td.seconds, td.microseconds, type(timedelta.days).__name__)
print(td.__reduce__(), pickle.dumps(td, 0), pickle.dumps(td, 2), pickle.dumps(td, 4))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(td, proto)) == td


class Sub(timedelta):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = 'x'
        return self


s = Sub(hours=3)
print(repr(s), type(s).__name__, s.extra, type(s + s).__name__, type(s * 2).__name__, type(-s).__name__)
print(pickle.loads(pickle.dumps(s)).extra, str(s), s == timedelta(hours=3))


class BadFloat(float):
    def as_integer_ratio(self):
        return 1 << 1000


show(lambda: timedelta() / BadFloat())
show(lambda: timedelta() * BadFloat())
