# Objects returned by builtins are fresh: bound once, they count 2.
import sys
s = sorted([3, 1, 2])
l = list(range(4))
d = dict(a=1)
t = tuple([1, 2])
z = list(zip([1], [2]))
j = "-".join(["a", "b", "c"])
print(sys.getrefcount(s), sys.getrefcount(l), sys.getrefcount(d), sys.getrefcount(t))
print(sys.getrefcount(z), sys.getrefcount(z[0]), sys.getrefcount(j))
keys = list(d.keys())
print(sys.getrefcount(keys))
