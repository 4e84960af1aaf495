# collections.namedtuple: the tuple subclass it builds, its helpers, and
# CPython's errors for bad type and field names.
import sys
from collections import namedtuple


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), isinstance(p, tuple), type(p).__name__)
print(Point(y=5, x=4), Point._make([3, 4]), Point._make(iter("ab")))
print(p._fields, p._asdict(), p._replace(x=10), p._replace(), Point._field_defaults)
print(Point.__module__, Point.__name__, Point.__qualname__, Point.__doc__, Point.x.__doc__)
print(Point.__new__.__qualname__, Point._make.__qualname__, Point._replace.__qualname__, Point.__match_args__)
x, y = p
print(x, y, p == (1, 2), p + (3,), p * 2, tuple(p), hash(p) == hash((1, 2)), p < Point(1, 3))
print(sys.getrefcount(p), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

# Field names as a string, separated by commas and/or spaces; defaults
# apply to the rightmost fields.
P3 = namedtuple("P3", "a, b c", defaults=[7, 8])
print(P3(1), P3(1, 2, 3), P3._fields, P3._field_defaults, P3.__new__.__defaults__)
One = namedtuple("One", "v")
print(One(1), One.__doc__, One.__new__.__doc__)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
print(namedtuple("R", "a def _c a 1x", rename=True)._fields)
print(namedtuple("S", "a", module="mymod").__module__)
print(namedtuple("T", iter(["k", "m"]))(1, 2))

# A subclass adds methods; its repr uses its own name.
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), v._replace(y=0), type(v._replace(y=0)).__name__)

# Errors.
attempt("missing", lambda: Point(1))
attempt("too many", lambda: Point(1, 2, 3))
attempt("unknown keyword", lambda: Point(1, z=2))
attempt("make short", lambda: Point._make([1]))
attempt("replace unknown", lambda: p._replace(z=1))
attempt("set field", lambda: setattr(p, "x", 3))
attempt("del field", lambda: delattr(p, "x"))
attempt("new attribute", lambda: setattr(p, "other", 3))
attempt("duplicate", lambda: namedtuple("P", "a a"))
attempt("underscore", lambda: namedtuple("P", "a _b"))
attempt("keyword", lambda: namedtuple("P", "a def"))
attempt("not identifier", lambda: namedtuple("P", "a 1b"))
attempt("bad typename", lambda: namedtuple("1P", "a"))
attempt("keyword typename", lambda: namedtuple("class", "a"))
attempt("int field", lambda: namedtuple("P", ["a", 3]))
attempt("too many defaults", lambda: namedtuple("P", "a", defaults=[1, 2]))
attempt("positional rename", lambda: namedtuple("P", "a", True))
