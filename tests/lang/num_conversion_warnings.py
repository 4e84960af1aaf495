# float() in CPython's order (__float__ first, even on a str subclass), of
# memoryviews and arrays too; the DeprecationWarnings of int() and float()
# for subclass results and __trunc__, through the warnings module.
import array, warnings
print(float(memoryview(b'1.5')), float(memoryview(b'12.75')[1:]), float(array.array('b', b' 2e3 ')))
try: float(memoryview(b'1234')[::2])
except TypeError as e: print(e)
class Foo1:
    def __float__(self): return 42.
class Foo2(float):
    def __float__(self): return 42.
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2 * value)
    def __float__(self): return self
class Foo4(float):
    def __float__(self): return 42
class FooStr(str):
    def __float__(self): return float(str(self)) + 1
class Plain(float): pass
print(float(Foo1()), float(Foo2()), float(FooStr('8')), float(Plain(3.5)), type(float(Plain(3.5))).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(float(Foo3(21)), [(x.category.__name__, str(x.message)) for x in w])
try: float(Foo4(42))
except TypeError as e: print(e)
class BadIndex:
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class TruncReturnsBadInt:
    def __trunc__(self): return BadInt()
class TruncReturnsIntSubclass:
    def __trunc__(self): return True
class IntSubclass(int): pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for o in (BadIndex(), BadInt(), BadInt2(), BadIndex2(), TruncReturnsIntSubclass()):
        n = int(o)
        print(type(o).__name__, n, type(n).__name__)
    print(type(IntSubclass(TruncReturnsIntSubclass())).__name__)
    try: int(TruncReturnsBadInt())
    except TypeError as e: print(e)
    for x in w: print(x.category.__name__, x.message)
class sub(float): pass
try: sub(x=0)
except TypeError as e: print(e)
class sub_init(float):
    def __init__(self, arg, newarg=None): self.newarg = newarg
print(sub_init(2.5, newarg=3).newarg)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: int(TruncReturnsIntSubclass())
    except DeprecationWarning as e: print("raised", e)
