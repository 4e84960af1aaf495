# WeakMethod holds a bound method without keeping the instance alive.
import weakref
class C:
    def m(self):
        return "called"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), type(wm()).__name__)
r = weakref.ref(c.m)
print("plain ref to a bound method dies at once", r())
del c
print(wm())
