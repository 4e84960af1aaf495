# scripts/fail-after makes each allocation of this program fail in turn
# (tests/unit/test_robust.c): containers, a class, an exception, a
# closure, a generator, string formatting and a collection.  A constant
# display is the first code of the module and of a function (where the
# compiler allocates its code buffer).
consts = [1, 2, 3]
def const_set():
    return {4, 5, 6}
import gc
d = {}
for i in range(12):
    d[str(i)] = [i] * 2
print(sorted(d.items())[:2], len(d))
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    def __eq__(self, other):
        return isinstance(other, A) and self.x == other.x
    __hash__ = None
print([A(i) for i in range(2)], A(1) == A(1))
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), sum(x * x for x in range(5)))
a = []
a.append(a)
del a
print(gc.collect() >= 1, "%s-%d" % ("x", 3), {1, 2} | {3}, consts, const_set())
