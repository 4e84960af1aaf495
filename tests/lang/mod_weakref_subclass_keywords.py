# weakref.ref refuses keyword arguments (in __init__), but a class whose own
# __init__ takes some may have them: ref's __new__ ignores them.
import weakref

class Obj:
    pass

class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

o = Obj()
r = ExtendedRef(o, foo=1, bar="baz")
print(r() is o, r.foo, r.bar)
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print("TypeError", e)

class Plain(weakref.ref):
    pass

try:
    Plain(o, x=1)
except TypeError as e:
    print("TypeError", e)
print(Plain(o)() is o)
