# Inside a collection weakrefs are cleared before finalizers run.
import gc
import weakref
gc.disable()
gc.collect()
class D:
    def __del__(self):
        print("in __del__, weakref gives", wr())
d = D()
d.me = d
wr = weakref.ref(d)
del d
gc.collect()
print("after", wr())
