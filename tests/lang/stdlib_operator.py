# CPython's operator.py (its pure-Python fallback: tally has no _operator).
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.not_([]), operator.truth(3))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"), operator.index(5), operator.concat([1], [2]), operator.length_hint(iter([1, 2, 3])))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.inv(5), operator.lshift(1, 4))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1)
print(l, operator.getitem(l, -1))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}))
class P:
    def __init__(self):
        self.x, self.y = 1, self
    def m(self, a, b=2):
        return a + b
p = P()
print(attrgetter("x")(p), attrgetter("y.x", "x")(p), methodcaller("m", 1, b=5)(p))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("m", 1, b=2)))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)))
x = [1]
x = operator.iadd(x, [2]); print(x, operator.iconcat("a", "b"), operator.imul(3, 4))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
print(operator.__name__, operator.abs(-3), operator.matmul.__name__)
