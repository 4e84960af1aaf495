# _bisect, the C half bisect.py takes: searches, insertions, key=, lo/hi,
# the order of comparisons and the errors.
import _bisect
import bisect

print(bisect.bisect_left is _bisect.bisect_left, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5]
for x in (0, 2, 4, 6):
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x))
print(_bisect.bisect_right(a, 2, 1, 3), _bisect.bisect_left(a, 2, lo=4), _bisect.bisect_left(a, 2, hi=None))
print(_bisect.bisect_right(a, 9, 0, -1), _bisect.bisect_right(a, 9, 3, 1))

recs = [(1, "a"), (3, "b"), (5, "c")]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[0]), _bisect.bisect_right(recs, 3, key=lambda r: r[0]))
_bisect.insort_left(recs, (3, "z"), key=lambda r: r[0])
_bisect.insort_right(recs, (3, "y"), key=lambda r: r[0])
print(recs)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  %r < %r" % (self.v, getattr(other, "v", other)))
        return self.v < getattr(other, "v", other)
    def __repr__(self):
        return "L%d" % self.v

s = [Loud(i) for i in range(4)]
print("right"); _bisect.bisect_right(s, Loud(2))
print("left"); _bisect.bisect_left(s, Loud(2))

class Seq(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)

q = Seq([1, 3])
_bisect.insort_left(q, 2)
print(q)

for call in (lambda: _bisect.bisect_left(a, 1, -1),
             lambda: _bisect.bisect_left(10, 1),
             lambda: _bisect.bisect_left(a),
             lambda: _bisect.bisect_left(a, 1, 0, 2, None),
             lambda: _bisect.bisect_left({1: 2}, 1, 0, 1),
             lambda: _bisect.insort_right(a, 1, lo="x")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
