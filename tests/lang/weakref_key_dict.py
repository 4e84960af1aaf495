# WeakKeyDictionary entries vanish when the key dies.
import weakref
class K:
    pass
d = weakref.WeakKeyDictionary()
k1 = K()
k2 = K()
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1])
del k1
print(len(d), sorted(d.values()))
