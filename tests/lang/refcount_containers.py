# Building containers around an object adds one reference per slot.
import sys
x = [0]
print("start", sys.getrefcount(x))
t = (x, x, x)
print("tuple of 3", sys.getrefcount(x))
l2 = [t, x]
print("list slot", sys.getrefcount(x))
d = {"a": x, "b": (x,)}
print("dict value and inner tuple", sys.getrefcount(x))
nested = [[x], [[x]]]
print("nested lists", sys.getrefcount(x))
del t, l2, d, nested
print("all dropped", sys.getrefcount(x))
