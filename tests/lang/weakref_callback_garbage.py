# A weakref that is itself part of the garbage does not call its callback.
import gc
import weakref
gc.disable()
gc.collect()
class C:
    pass
calls = []
c = C()
c.me = c
c.wr = weakref.ref(c, lambda r: calls.append("called"))
del c
print(gc.collect(), calls)
