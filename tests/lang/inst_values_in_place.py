# Attributes an __init__ sets go into the instance's inline values in
# place (first values as well as replacements): insertion order, vars(),
# deletion and re-adding, keys the class learns later, reference counts
# and the order in which replaced and dropped values are finalized.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


class Q:
    def __init__(self, first, x, y):
        if first:
            self.x = x
            self.y = y
        else:
            self.y = y
            self.x = x


def orders():
    for i in range(4):
        p = P(i, i + 1, i + 2)
        print(list(vars(p).items()))
    for first in (True, False, True, False):
        q = Q(first, 1, 2)
        print(first, list(vars(q)))
    p = P(1, 2, 3)
    del p.b
    print(list(vars(P(4, 5, 6))), hasattr(p, "b"))
    p.b = 7
    print(list(vars(p).items()))
    p2 = P(1, 2, 3)
    p2.extra = 9
    p3 = P(4, 5, 6)
    print(list(vars(p3).items()), p3.__dict__ == {"a": 4, "b": 5, "c": 6})
    p3.extra = 10
    print(list(vars(p3).items()))


def counts():
    x, y, z = object(), object(), object()
    before = (sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z))
    ps = [P(x, y, z) for _ in range(5)]
    after = (sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z))
    print("refs gained", tuple(b - a for a, b in zip(before, after)))
    del ps
    print("refs back", (sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z)) == before)


def finalizers():
    for i in range(3):
        p = P(Tracked("a%d" % i), Tracked("b%d" % i), Tracked("c%d" % i))
        p.b = Tracked("b%d'" % i)
        print("replaced", i)
        del p
        print("dropped", i)


def many_keys():
    class Wide:
        def __init__(self, n):
            for k in range(n):
                setattr(self, "k%d" % k, k)
            self.last = n

    for n in (3, 10, 35, 2):
        w = Wide(n)
        print(n, len(vars(w)), list(vars(w))[-2:], w.last)


orders()
counts()
finalizers()
many_keys()
