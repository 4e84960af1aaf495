# weakref.finalize: alive, peek, detach, called once, runs when the object dies.
import weakref
class C:
    pass
def done(tag):
    print("finalizer", tag)
    return tag.upper()
a = C()
f = weakref.finalize(a, done, "a")
print(f.alive, f.atexit, f.peek()[0] is a, f.peek()[2:])
del a
print(f.alive)
b = C()
g = weakref.finalize(b, done, "b")
print(g(), g(), g.alive)
c = C()
h = weakref.finalize(c, done, "c")
print(h.detach()[2:], h.alive)
del c
print("end")
