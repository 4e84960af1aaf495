# super(type, obj) accepts an object whose __class__ attribute (a proxy's)
# names a subclass of type, as CPython's supercheck.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        else:
            return getattr(self.__obj, name)
class B(object):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"
obj = C()
p = Proxy(obj)
print(C.__dict__["f"](p))
class Liar:
    __class__ = int
try:
    super(C, Liar())
except TypeError as e:
    print(e)
class Bad:
    @property
    def __class__(self):
        raise KeyError("boom")
try:
    super(C, Bad())
except KeyError as e:
    print("KeyError", e)
