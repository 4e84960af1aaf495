# Tuples built at run time, and the objects inside them.
import sys
a = [1]
b = [2]
t = (a, b)
print("runtime tuple", sys.getrefcount(t))
print("elements", sys.getrefcount(a), sys.getrefcount(b))
u = tuple([a, a])
print("tuple() of a list", sys.getrefcount(u), sys.getrefcount(a))
v = t + u
print("concatenated", sys.getrefcount(a), sys.getrefcount(b))
del t, u, v
print("dropped", sys.getrefcount(a), sys.getrefcount(b))
