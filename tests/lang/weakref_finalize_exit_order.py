# Finalizers still alive at exit run newest first; one that raises is
# reported and the others still run; detached or called ones do not.
import weakref
class C:
    pass
objs = [C() for _ in range(4)]
def fin(name, *, tag=""):
    print("finalizer", name, tag)
weakref.finalize(objs[0], fin, "zero", tag="kw")
weakref.finalize(objs[1], fin, "one")
f2 = weakref.finalize(objs[2], fin, "two")
f3 = weakref.finalize(objs[3], fin, "three")
def boom():
    raise RuntimeError("finalizer failed")
weakref.finalize(objs[0], boom)
f2.detach()
print(f3(), f3.alive)
print(repr(f2).endswith("; dead>"), repr(weakref.finalize(objs[1], print)).split(";")[1].split(" at")[0])
print("end of script")
