# isinstance / issubclass: metaclass hooks looked up on the type, the
# __class__ fallback, objects with __bases__, and the error messages.
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class A(metaclass=Meta): pass
print(isinstance(42, A), isinstance(1, A), issubclass(int, A), issubclass(str, A))
print(isinstance(1, (str, A)), isinstance(42, (str, A)))

class B:
    # Defined on the class itself, not its metaclass: not a hook.
    def __instancecheck__(self, x): return True
print(isinstance(1, B))

class Fake:
    __bases__ = ()
fake = Fake()
class Pretender:
    __class__ = property(lambda self: fake)
print(isinstance(Pretender(), fake))
class Derived:
    __bases__ = (fake,)
print(issubclass(Derived(), fake))

class Shown:
    pass
class Masked:
    @property
    def __class__(self):
        return Shown
print(isinstance(Masked(), Shown), isinstance(Masked(), Masked), type(Masked()).__name__)

for args in [(1, 3), (1, "int")]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(e)
for args in [(1, int), (int, 1)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(e)

class Loop(type):
    def __instancecheck__(cls, x):
        return isinstance(x, cls)
class R(metaclass=Loop): pass
try:
    isinstance(1, R)
except RecursionError:
    print("RecursionError")
print(isinstance(True, int), issubclass(bool, (str, int)), issubclass(bool, bool))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
