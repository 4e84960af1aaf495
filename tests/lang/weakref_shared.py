# A ref without callback is shared; refs with callbacks are distinct.
import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
r3 = weakref.ref(c, lambda r: None)
print(r1 is r2, r1 is r3, r1 == r3, weakref.getweakrefcount(c))
print(len(weakref.getweakrefs(c)), weakref.getweakrefs(c)[0] is r1)
