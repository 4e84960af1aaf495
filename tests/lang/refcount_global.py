# A global bound once has count 2 (binding + getrefcount's argument); +1 per binding.
import sys
a = [1, 2]
print("bound once", sys.getrefcount(a))
b = a
c = a
print("three names", sys.getrefcount(a))
b = None
print("b rebound", sys.getrefcount(a))
del c
print("c deleted", sys.getrefcount(a))
d = {"x": 1}
print("dict global", sys.getrefcount(d))
