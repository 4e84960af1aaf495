# Unpacking binds each target once; swaps keep counts unchanged.
import sys
x = [1]
y = [2]
a, b = x, y
print("unpacked", sys.getrefcount(x), sys.getrefcount(y))
a, b = b, a
print("swapped", sys.getrefcount(x), sys.getrefcount(y))
p, (q, r) = x, (x, y)
print("nested", sys.getrefcount(x), sys.getrefcount(y))
del a, b, p, q, r
print("deleted", sys.getrefcount(x), sys.getrefcount(y))
