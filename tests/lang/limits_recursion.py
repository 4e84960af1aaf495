# Unbounded recursion ends in RecursionError, through Python calls,
# special methods called from C, and nested data; the program goes on.
import sys

def down(n):
    return down(n + 1)

def catch(what, f):
    try:
        f()
        print(what, "no error")
    except RecursionError as e:
        print(what, type(e).__name__)

catch("function", lambda: down(0))

class Repr:
    def __repr__(self):
        return repr(self)
class Eq:
    def __eq__(self, other):
        return self == other
class Hash:
    def __hash__(self):
        return hash(self)
class GetAttr:
    def __getattr__(self, name):
        return self.missing
class Len:
    def __len__(self):
        return len(self)
class Iter:
    def __iter__(self):
        return iter(self)
class Bool:
    def __bool__(self):
        return bool(self)
class Str:
    def __str__(self):
        return str(self)
class Add:
    def __add__(self, other):
        return self + other
class Call:
    def __call__(self):
        return self()
class Index:
    def __index__(self):
        return [0][self]

catch("__repr__", lambda: repr(Repr()))
catch("__eq__", lambda: Eq() == Eq())
catch("__hash__", lambda: hash(Hash()))
catch("__getattr__", lambda: GetAttr().x)
catch("__len__", lambda: len(Len()))
catch("__iter__", lambda: iter(Iter()))
catch("__bool__", lambda: bool(Bool()))
catch("__str__", lambda: str(Str()))
catch("__add__", lambda: Add() + 1)
catch("__call__", lambda: Call()())
catch("__index__", lambda: [1, 2][Index()])
catch("dict key __hash__", lambda: {Hash(): 1})
catch("sort key", lambda: sorted([3, 1, 2], key=lambda x: down(x)))

# Nested data: repr, comparison and sort keys recurse in C.
a = []
b = []
for i in range(20000):
    a = [a]
    b = [b]
catch("repr nested list", lambda: repr(a))
catch("== nested lists", lambda: a == b)
catch("< nested lists", lambda: a < b)
catch("sort nested lists", lambda: sorted([a, b]))
d = {}
for i in range(20000):
    d = {"k": d}
catch("repr nested dict", lambda: repr(d))
catch("str nested dict", lambda: str(d))
t = ()
u = ()
for i in range(20000):
    t = (t,)
    u = (u,)
catch("== nested tuples", lambda: t == u)
del a, b, d, t, u
print("limit", sys.getrecursionlimit())
print(down.__name__, "done")
