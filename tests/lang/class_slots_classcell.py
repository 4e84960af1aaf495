# __classcell__ (and __qualname__) may be named in __slots__: the class
# cell leaves the namespace before the slots are laid out; a __classcell__
# that is not a cell is CPython's TypeError.
import types
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(isinstance(C2.__dict__["__classcell__"], types.MemberDescriptorType))
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print("TypeError", e)
class C4:
    __slots__ = ["__qualname__"]
print(C4.__qualname__, type(C4.__dict__["__qualname__"]).__name__)
class D:
    def f(self):
        return __class__
print(D().f() is D)
try:
    class E:
        x = 1
        __slots__ = ["x"]
except ValueError as e:
    print("ValueError", e)
