# WeakValueDictionary entries vanish the moment the value dies.
import weakref
class V:
    def __init__(self, n):
        self.n = n
cache = weakref.WeakValueDictionary()
a = V(1)
b = V(2)
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"].n)
del a
print(len(cache), "a" in cache, cache.get("a"))
del b
print(len(cache))
