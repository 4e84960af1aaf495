# list[a:b] with None or int bounds (the dispatch loop copies these without
# a slice object): every clipping case, the types that take the general
# path, the result's identity and counts, and the collector's count.
import gc
import sys

a = [0, 1, 2, 3, 4, 5, 6, 7]
n = len(a)
bounds = [None, -100, -9, -8, -7, -1, 0, 1, 3, 7, 8, 9, 100, 2**62, -2**62]
for lo in bounds:
    for hi in bounds:
        print(lo, hi, a[lo:hi])

# Bounds that are not plain ints still slice (or fail) as before.
print(a[True:5], a[1:False], a[2**70:], a[:-2**70], a[-2**70:2**70])
class Idx:
    def __index__(self):
        return 3
print(a[Idx():], a[:Idx()])
try:
    a[1.0:2]
except TypeError as e:
    print("TypeError:", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)

# A list subclass keeps its own __getitem__.
class L(list):
    def __getitem__(self, k):
        return ("L", k.start, k.stop, k.step)
print(L(a)[1:3], L(a)[:], type(L(a)[1:3]))

# Tuples and strings are untouched by the path.
print((1, 2, 3)[1:], "hello"[1:-1])

# A new list each time, the items shared, no count left behind.
b = a[:]
print(b == a, b is a, b[0] is a[0])
x = object()
c = [x, x]
before = sys.getrefcount(x)
d = c[0:1]
print(sys.getrefcount(x) - before)
del d
print(sys.getrefcount(x) - before)
print(sys.getrefcount(c))

# The collector counts one new container per copy and none for the slice
# (a slice made earlier is parked for reuse, as in CPython).
gc.disable()
gc.collect()
base = gc.get_count()[0]
copies = [a[1:4] for _ in range(10)]
print(gc.get_count()[0] - base)
gc.enable()

# Order of evaluation and the slice of an empty list.
def f(v):
    print("eval", v)
    return v
print([][f(0):f(5)], a[f(-3):f(None)])
