# tally-gc-stress: skip (reads generation 0's count after each call)
# Built-in constructors and class calls add CPython 3.11's containers to
# generation 0: the types without vectorcall (str, int, bytes, bytearray,
# complex, zip, staticmethod, classmethod, every class) get their arguments
# in a tuple, and keywords in a dict.
import gc
gc.disable()
gc.collect()
seen = []
def mark(label):
    seen.append((label, gc.get_count()[0]))

def f(a: int = 0):
    return a
mark("start")
x1 = str(5)
mark("str(5)")
x2 = int("5")
mark("int('5')")
x3 = bytes([1])
mark("bytes([1])")
x4 = bytearray(b"ab")
mark("bytearray(b'ab')")
x5 = complex(1, 2)
mark("complex(1, 2)")
x6 = zip([1], [2], [3])
mark("zip of three lists")
x7 = float("1.5")
mark("float('1.5')")
x8 = map(abs, [1])
mark("map(abs, [1])")
x9 = staticmethod(f)
mark("staticmethod(f)")
x10 = classmethod(f)
mark("classmethod(f)")
class B:
    def __init__(self, a, b=0):
        self.a = a
mark("class B")
b1 = B(1)
mark("B(1)")
b2 = B(1, b=2)
mark("B(1, b=2)")
class E(Exception):
    pass
mark("class E(Exception)")
e1 = E("x")
mark("E('x')")
try:
    raise E("y")
except E:
    pass
mark("raise E('y'), caught")
class C:
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return 2
mark("class with decorators")
for label, count in seen:
    print(label, count)
