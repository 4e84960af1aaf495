# The callback receives the weak reference when the referent dies.
import weakref
class C:
    pass
log = []
def cb(ref):
    log.append(("callback", ref is r, ref()))
c = C()
r = weakref.ref(c, cb)
print("before", log)
del c
print("after", log)
