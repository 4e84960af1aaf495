# Copies and slices reference the same elements.
import sys
x = [0]
a = [x, x]
print("start", sys.getrefcount(x))
b = a[:]
print("slice copy", sys.getrefcount(x))
c = a.copy()
print("list.copy", sys.getrefcount(x))
e = list(a)
print("list()", sys.getrefcount(x))
f = sorted(a, key=len)
print("sorted", sys.getrefcount(x))
g = a * 3
print("repeat 3", sys.getrefcount(x))
h = a + a
print("concatenation", sys.getrefcount(x))
del b, c, e, f, g, h
print("copies dropped", sys.getrefcount(x))
d = {"k": x}
d2 = d.copy()
d3 = dict(d)
print("dict copies", sys.getrefcount(x))
