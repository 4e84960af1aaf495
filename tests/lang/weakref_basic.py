# weakref.ref: calling it gives the object while alive, None after.
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c, type(r).__name__)
del c
print(r())
