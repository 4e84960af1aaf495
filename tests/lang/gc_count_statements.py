# tally-gc-stress: skip (reads generation 0's count after each statement)
# How much each kind of statement adds to generation 0's count: containers
# allocated minus containers freed (free-list reuse counts neither way).
import gc
gc.disable()
gc.collect()
seen = []
def mark(label):
    seen.append((label, gc.get_count()[0]))

mark("start")
class A:
    pass
mark("class A")
class B(A):
    x = 3
    def m(self):
        return self.x
mark("class B(A)")
class C(A, B.__mro__[-1]):
    pass
mark("class C, two bases")
Q = type('Q', (), {})
mark("type(name, bases, dict)")
def f():
    pass
mark("def f")
def g(a, b=2, *, c=3):
    return a
mark("def with defaults")
def annotated(a: int, b: "str" = "") -> list:
    return [a, b]
mark("def with annotations")
def outer():
    v = 1
    def inner():
        return v
    return inner
mark("def outer")
h = outer()
mark("closure made")
lam = lambda: 0
mark("lambda")
try:
    raise ValueError("x")
except ValueError:
    pass
mark("raise, caught")
try:
    1 / 0
except ZeroDivisionError as e:
    pass
mark("1/0 caught as e")
def raiser():
    raise KeyError(1)
try:
    raiser()
except KeyError:
    pass
mark("raised in a function")
err = ValueError("y")
mark("exception object")
del err
mark("del exception")
l = [i for i in range(3)]
mark("list comprehension")
s = {i for i in range(3)}
mark("set comprehension")
d = {i: i for i in range(3)}
mark("dict comprehension")
ge = (i for i in range(3))
mark("generator expression")
total = sum(ge)
mark("generator consumed")
def gen():
    yield 1
    yield 2
mark("def gen")
it = gen()
mark("generator made")
next(it)
mark("next(generator)")
b = B()
mark("instance")
b.y = 4
mark("attribute set")
b.m()
mark("method call")
bm = b.m
mark("bound method")
x1 = list()
x2 = dict()
x3 = set()
x4 = tuple([1, 2])
x5 = frozenset([1])
x6 = object()
mark("built-in constructors")
x7 = [1, 2]
x8 = {'a': 1}
x9 = {1, 2}
mark("displays")
x10 = "a b".split()
x11 = sorted([3, 1, 2])
x12 = enumerate(x7)
mark("built-in calls")
ann = annotated.__annotations__
mark("__annotations__ read")
for label, count in seen:
    print(label, count)
