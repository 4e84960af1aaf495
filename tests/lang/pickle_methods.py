# Bound methods and the descriptors of built-in types pickle as
# getattr(owner, name), as CPython's do; copy.copy/deepcopy use the same.
import copy
import pickle


class Point:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    __hash__ = object.__hash__


p = Point(21)
for obj in (p.double, str.upper, object.__init__, (5).__add__, [1, 2].append,
            dict.fromkeys, type.__call__, list.__len__):
    r = obj.__reduce__()
    print(type(obj).__name__, r[0].__name__ if callable(r[0]) else r[0], r[1][1] if isinstance(r, tuple) else r)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert type(back) is type(obj)
m = pickle.loads(pickle.dumps(p.double))
print(m(), m.__self__.x, m.__func__ is Point.double)
print(pickle.loads(pickle.dumps(str.upper))("abc"), pickle.loads(pickle.dumps((5).__add__))(6))
print(pickle.loads(pickle.dumps(str.upper)) is str.upper)
print(copy.deepcopy(p.double)(), copy.copy(p.double) == p.double)
print(pickle.loads(pickle.dumps([p.double, p.double]))[0]())
