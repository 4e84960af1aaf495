# In-place operators on lists keep the same object and count.
import sys
a = [1]
b = a
print("before", sys.getrefcount(a))
a += [2]
print("after +=", sys.getrefcount(a), a is b)
a *= 2
print("after *=", sys.getrefcount(a), b)
t = (a,)
t += (a,)
print("tuple += makes a new tuple", sys.getrefcount(a))
