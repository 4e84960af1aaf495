# Which objects can be weakly referenced.
import weakref
class C:
    pass
def f():
    pass
for obj in [C(), C, f, {1}, frozenset()]:
    weakref.ref(obj)
    print(type(obj).__name__, "ok")
for obj in [[], {}, 1, "s", (), object(), None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)
