# A cycle with a weakref callback: collect returns 2, the callback runs, ref() is None.
import gc
import weakref
gc.disable()
gc.collect()
class C:
    pass
log = []
a = C()
b = C()
a.o = b
b.o = a
r = weakref.ref(a, lambda ref: log.append("callback"))
del a, b
print("collect", gc.collect())
print(log, r())
