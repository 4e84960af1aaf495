# Weak references do not add to the strong reference count.
import sys
import weakref
class C:
    pass
c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
p = weakref.proxy(c)
print(before, sys.getrefcount(c), weakref.getweakrefcount(c))
