# Which special methods a sort calls, and how often.  When all keys have
# one type, CPython 3.11 calls that type's comparison directly and, when it
# answers NotImplemented, runs the full `<` protocol -- so __lt__ runs a
# second time before the reflected __gt__.  Keys of mixed types go straight
# to the full protocol (a subclass's reflected method first).  Keys that
# are all non-empty tuples compare item by item with == first; only the
# first differing item is compared with `<`.

class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  %s.__lt__(%s)" % (self, other))
        return NotImplemented

    def __gt__(self, other):
        print("  %s.__gt__(%s)" % (self, other))
        return self.v > other.v

    def __eq__(self, other):
        print("  %s.__eq__(%s)" % (self, other))
        return self.v == other.v

    def __repr__(self):
        return "%s%d" % (type(self).__name__, self.v)


class B(A):
    pass


class C(A):
    def __gt__(self, other):
        print("  %s.__gt__(%s) [C]" % (self, other))
        return self.v > other.v


class Only:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  Only.__lt__", self.v, other.v)
        return NotImplemented

    def __repr__(self):
        return "Only%d" % self.v


def trial(title, xs, **kw):
    print(title)
    try:
        xs.sort(**kw)
        print(" ", xs)
    except TypeError as e:
        print("  TypeError:", e)


trial("same type", [A(3), A(1), A(2)])
trial("same subclass", [B(3), B(1), B(2)])
trial("mixed A/B", [A(3), B(1), A(2)])
trial("mixed with a subclass overriding __gt__", [A(3), C(1), A(2), C(0)])
trial("same type via key", [3, 1, 2], key=A)
trial("mixed via key", [3, 1, 2], key=lambda v: B(v) if v == 1 else A(v))
trial("only NotImplemented", [Only(2), Only(1)])
trial("only NotImplemented, mixed", [Only(2), 5])
trial("tuples, first items differ", [(A(3), "x"), (A(1), "y"), (A(2), "z")])
trial("tuples, first items equal", [(A(1), 3), (A(1), 1), (A(1), 2)])
same = A(7)
trial("tuples sharing an object", [(same, 2), (same, 1), (A(7), 0)])
trial("tuples, second item decides", [(1, A(3)), (1, A(1)), (0, A(2))])
trial("tuples, mixed first types", [(A(3), 0), (B(1), 0), (A(2), 0)])
trial("tuples of tuples", [((A(2),), 1), ((A(1),), 2)])
trial("tuples of different lengths", [(1, 2, 3), (1, 2), (1,), (0, 9)])
trial("tuples and an empty tuple", [(A(2),), (), (A(1),)])
trial("tuples and a non-tuple", [(A(2),), (A(1),), 5])
trial("tuples of Only", [(Only(1), 0), (Only(2), 0)])


class Truth:
    def __init__(self, answer):
        self.answer = answer

    def __bool__(self):
        print("  __bool__ ->", self.answer)
        return self.answer


class T:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truth(self.v < other.v)

    def __repr__(self):
        return "T%d" % self.v


trial("__lt__ returning a non-bool", [T(2), T(3), T(1)])
trial("__lt__ returning a non-bool, mixed", [T(2), T(3), T(1)][::-1] + [T(0)], key=lambda t: t if t.v else (t,))
