# Function annotations: evaluated at definition time in CPython 3.11's
# order; lambdas have none; __annotations__ can be replaced.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)

def order(a: 1, /, b: 2, *, c: 3) -> 4:
    pass
print(order.__annotations__)

def plain(x, y=1):
    pass
print(plain.__annotations__)

log = []
def note(v):
    log.append(v)
    return v
def evaluated(x: note("x") = note("default"), *, k: note("k") = note("kdefault")) -> note("ret"):
    pass
print(log)

def outer():
    T = list
    def inner(x: T) -> T:
        return x
    return inner
print(outer().__annotations__)

g = lambda x: x
print(g.__annotations__)

def h(x: int):
    pass
h.__annotations__ = {"changed": True}
print(h.__annotations__)
try:
    h.__annotations__ = 5
except TypeError as e:
    print(e)

class K:
    def method(self, other: "K") -> "K":
        return self
print(K.method.__annotations__, K().method.__annotations__)

import sys
def counted(x: "a string annotation"):
    pass
ann = counted.__annotations__
print(sys.getrefcount(ann) - sys.getrefcount({}))
