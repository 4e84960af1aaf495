# weakref.ref can be subclassed; KeyedRef and WeakMethod are subclasses.
import weakref
class C:
    def method(self):
        return "method of " + self.name
class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label
    def __new__(cls, ob, callback=None, label=""):
        return super().__new__(cls, ob, callback)
c = C()
c.name = "c"
r = NamedRef(c, None, "mine")
plain = weakref.ref(c)
print(r.label, r() is c, r is plain, r == plain, hash(r) == hash(c), isinstance(r, weakref.ref))
print(weakref.getweakrefcount(c), type(r).__name__, NamedRef.__mro__[1].__name__)
k = weakref.KeyedRef(c, None, "the key")
print(k.key, k() is c, type(k).__name__)
k.key = "other"
print(k.key)
calls = []
wm = weakref.WeakMethod(c.method, lambda m: calls.append(m is wm))
wm2 = weakref.WeakMethod(c.method)
print(wm()(), wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm() == c.method)
print(weakref.ref(wm)() is wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del c
print(r(), k(), wm(), calls, wm == wm2, wm == wm)
class D:
    def m(self):
        pass
d = D()
wm3 = weakref.WeakMethod(d.m, lambda m: print("method died with its class function"))
del D.m
print("function deleted", wm3())
