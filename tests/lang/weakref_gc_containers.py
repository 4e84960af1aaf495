# Weak containers and collections: garbage cycles leave the containers
# when collected, and weak references never keep anything alive.
import gc
import weakref
gc.disable()
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
a = N("a")
b = N("b")
a.peer = b
b.peer = a
cache["a"] = a
keys[b] = "b's value"
members.add(a)
members.add(b)
print(len(cache), len(keys), len(members))
del a, b
print(len(cache), len(keys), len(members))
print("collected", gc.collect())
print(len(cache), len(keys), len(members))

# A container that is itself garbage goes away with its entries.
log = []
x = N("x")
d = weakref.WeakValueDictionary()
d["self"] = d
d["x"] = x
s = weakref.WeakSet([x])
s.me = s
wd = weakref.ref(d, lambda r: log.append("dict gone"))
del d, s
print(wd() is None, log)
del x
print(gc.collect() >= 0)

# Callback weakrefs inside a cycle vs outside it.
class Holder:
    pass
h = Holder()
h.me = h
inner = weakref.ref(h, lambda r: log.append("inner"))
h.inner = inner
outer = weakref.ref(h, lambda r: log.append("outer"))
del h, inner
print(gc.collect(), log, outer())
