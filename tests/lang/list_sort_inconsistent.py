# An inconsistent `<` (answers from a fixed pseudo-random stream, or one
# that says "less" every time, or never) cannot break the sort: it asks
# the same questions CPython 3.11 asks and leaves the same permutation.
# Also mixed int/float/bool keys, NaN, and the exact-type fast paths.

from _sortlog import Stream, digest, log, order_digest

rand = Stream(7).below
mode = "random"


class E:
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        if mode == "random":
            return rand(2) == 1
        if mode == "always":
            return True
        if mode == "never":
            return False
        return rand(7) == 0


for mode in ("random", "always", "never", "mostly-not"):
    for n in (5, 40, 64, 65, 130, 400, 1000):
        items = [E(i) for i in range(n)]
        log.clear()
        items.sort()
        order = [e.i for e in items]
        assert sorted(order) == list(range(n))
        print(mode, n, len(log), digest(log), order_digest(order), order[:10])

# Built-in keys: the fast paths must agree with the full protocol.
nan = float("nan")
print(sorted([3, 1.5, True, -2, 0.0, False, 2 ** 70, -2 ** 65, 7]))
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([nan, 3, 1, 2]))
print(sorted(["b", "é", "a", "ab", "", "B", "€", "aa"]))
print(sorted([2 ** 64, 5, -2 ** 64, 2 ** 63, -(2 ** 63), 0]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0, "z", 0)]))
print(sorted([b"b", b"a", b"ab"]), sorted([[2], [1, 2], [1]]), sorted([{2}, {1, 2}, {2}]))
