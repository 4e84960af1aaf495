# Iterators keep the object they iterate over alive.
import sys
lst = [1, 2, 3]
print("start", sys.getrefcount(lst))
r = reversed(lst)
print("reversed iterator", sys.getrefcount(lst))
e = enumerate(lst)
print("enumerate", sys.getrefcount(lst))
z = zip(lst, lst)
print("zip of it twice", sys.getrefcount(lst))
m = map(abs, lst)
print("map", sys.getrefcount(lst))
del r, e, z, m
print("iterators dropped", sys.getrefcount(lst))
for v in lst:
    print("during a for loop", sys.getrefcount(lst))
    break
print("after the loop", sys.getrefcount(lst))
