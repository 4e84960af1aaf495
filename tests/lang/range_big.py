# Ranges whose bounds or length leave 64 bits: CPython keeps them as ints,
# len() alone raises OverflowError (the length must fit a C ssize_t), and
# iteration uses longrange_iterator wherever CPython's tests choose it.
import sys
from itertools import islice

B = 2**100
M = sys.maxsize

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(B)
print(r, bool(r), r.start, r.stop, r.step)
t(lambda: len(r))
t(lambda: len(range(M)))
t(lambda: len(range(-1, M)))
t(lambda: len(range(B, B + 3)))
t(lambda: list(range(2**64)))
t(lambda: bool(range(B, 0)))
print(range(-B, B, 3), range(B, -B, -7))

# indexing and slicing
t(lambda: r[0])
t(lambda: r[-1])
t(lambda: r[B - 1])
t(lambda: r[B])
t(lambda: r[-B - 5])
t(lambda: r[2**200])
t(lambda: r[1.5])
t(lambda: r["a"])
t(lambda: r[::-1])
t(lambda: r[5:-5:3])
t(lambda: r[B:])
t(lambda: r[1:"a"])
t(lambda: r[::0])
t(lambda: r[None:None:None])
t(lambda: range(-B, B, 7)[B:])
t(lambda: range(10)[::-2**63])
t(lambda: range(10)[2**70:-2**70:-1])
class I:
    def __index__(self):
        return B
t(lambda: range(10)[I()])
t(lambda: range(10)[:I()])
t(lambda: range(I()))

# membership, count and index
t(lambda: (B - 1) in r)
t(lambda: B in r)
t(lambda: -1 in r)
t(lambda: True in range(B, 0, -1))
t(lambda: r.index(5))
t(lambda: r.index(B))
t(lambda: r.index(B - 1))
t(lambda: range(0, B, 3).index(B - 1))
t(lambda: range(0, B, 3).count(3 * (B // 4)))
t(lambda: range(0, -B, -3).index(-3 * (B // 4)))
t(lambda: range(0, -B, -3).count(1))
t(lambda: range(5).index("a"))
t(lambda: range(5).count(3.0))
t(lambda: 2.0 in range(B, B + 3))

# equality and hashing
t(lambda: r == range(0, B, 1))
t(lambda: range(B, B) == range(2, 1))
t(lambda: range(B, B + 1, 5) == range(B, B + 2, 7))
t(lambda: range(B, B + 10, 5) == range(B, B + 10, 6))
t(lambda: r != range(B + 1))
t(lambda: r < r)
t(lambda: hash(r) == hash((B, 0, 1)))
t(lambda: hash(range(B, B + 1)) == hash((1, B, None)))
t(lambda: hash(range(B, B)) == hash((0, None, None)))
t(lambda: len({range(B), range(0, B), range(B + 1)}))

# iteration, forwards and backwards, and which iterator CPython gives
it = iter(range(B, B + 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
t(lambda: iter(r).__length_hint__())
t(lambda: list(islice(r, 3)))
t(lambda: list(islice(reversed(r), 3)))
t(lambda: list(reversed(range(B, 0, -(B // 3)))))
t(lambda: sum(range(B - 5, B)))
t(lambda: list(zip(range(B), "ab")))
t(lambda: list(enumerate(range(B, B + 2))))
for rr in [range(M - 2, M - 1, 5), range(M - 3, M), range(-M - 1, -M + 3),
           range(M + 1), range(0, M, 2), range(-M - 1, M), range(M - 2, M + 1),
           range(M, M - 1, -1), range(-M - 1, -M - 2, -1), range(0, 10, M),
           range(5, -M - 1, -M - 1), range(3), range(10, 0, -3)]:
    print(rr, type(iter(rr)).__name__, type(reversed(rr)).__name__,
          list(islice(rr, 3)), list(islice(reversed(rr), 3)))
for x in range(M - 1, M + 2):
    print(x)
for x in range(-M + 1, -M - 3, -1):
    print(x)

# the bounds are the ints given (after __index__), as in CPython
n = int("1000")
r2 = range(n)
print(r2.stop is n, sys.getrefcount(n))
del r2
print(sys.getrefcount(n))
class J(int):
    pass
print(type(range(J(5)).stop).__name__, range(True, False, True))
t(lambda: range(1, 2, 0))
t(lambda: range(1, 2, B).step)
t(lambda: range(1.0))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: slice(None).indices(B))
t(lambda: slice(-2**70, 2**80, -3).indices(B))
t(lambda: slice(1, 2).indices(-B))
t(lambda: slice(True, 2**70).indices(5))
t(lambda: slice(None, None, -2**63).indices(5))
