# Several weak references to one object: callbacks run in list order, each
# with its own reference, after every reference has been cleared.
import weakref
class C:
    pass
log = []
def make_cb(name):
    def cb(r):
        log.append((name, type(r).__name__, r is not None))
    return cb
c = C()
r1 = weakref.ref(c, make_cb("first"))
r2 = weakref.ref(c, make_cb("second"))
plain = weakref.ref(c)
r3 = weakref.ref(c, make_cb("third"))
p = weakref.proxy(c, make_cb("proxy"))
print([type(x).__name__ for x in weakref.getweakrefs(c)])
print(weakref.getweakrefs(c)[0] is plain, weakref.getweakrefs(c)[1] is r3)
del c
print(log)
print(r1(), r2(), plain(), r3(), weakref.getweakrefcount(C()))
print(r1.__callback__, plain.__callback__)

# A callback may drop the last reference to its own weakref.
holder = {}
def drop(r):
    log.append("drop called")
    del holder["r"]
obj = C()
holder["r"] = weakref.ref(obj, drop)
log.clear()
del obj
print(log, holder)

# An exception in a callback is reported, and the other callbacks still run.
def bad(r):
    raise ValueError("callback failed")
o = C()
rb = weakref.ref(o, bad)
rg = weakref.ref(o, lambda r: print("good callback ran"))
del o
print("after the failing callback")

# A weakref that dies before its referent never calls back.
o = C()
r = weakref.ref(o, lambda r: print("never printed"))
del r
del o
print("end")
