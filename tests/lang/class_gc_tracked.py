# Instances and classes are tracked by the cycle collector.
import gc
class C:
    pass
c = C()
print(gc.is_tracked(c), gc.is_tracked(C))
gc.disable()
gc.collect()
a = C()
b = C()
a.other = b
b.other = a
del a, b
print("two-instance cycle", gc.collect())
x = C()
x.me = x
del x
print("instance self-cycle", gc.collect())
