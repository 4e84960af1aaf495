# Reference counts of cycle members before collection, and what survives.
import gc
import sys
gc.disable()
a = []
b = [a]
a.append(b)
print(sys.getrefcount(a), sys.getrefcount(b))
del b
print(sys.getrefcount(a))
print(gc.collect(), len(a), len(a[0]))
del a
print(gc.collect())
