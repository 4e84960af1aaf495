# Special methods and descriptors that delete themselves from their class
# while they run: the interpreter must hold its own references to what it
# is calling (issue 6, borrowed references across calls).
import sys
class A:
    @property
    def x(self):
        del A.x
        return "x gone"
    def m(self):
        del A.m
        return "m gone"
    def __getattr__(self, name):
        del A.__getattr__
        return "getattr gone " + name
print(A().x)
a = A()
print(a.m())
print(a.q)
class D:
    def __get__(self, obj, t):
        del B.d
        return "descr gone"
class B:
    d = D()
print(B().d)
class E:
    def __eq__(self, o):
        del E.__eq__
        return True
    __hash__ = object.__hash__
print(E() == E())
class R:
    def __repr__(self):
        del R.__repr__
        return "R!"
print(repr(R()), repr([R()])[:3])
class L:
    def __len__(self):
        del L.__len__
        return 3
print(len(L()))
class I:
    def __iter__(self):
        del I.__iter__
        return iter([1, 2])
print(list(I()))
class C:
    def __call__(self):
        del C.__call__
        return "called"
print(C()())
def hook(v):
    del sys.displayhook
    print("hook", v)
sys.displayhook = hook
class K:
    def __lt__(self, o):
        del K.__lt__
        return False
print(sorted([K(), K()]) is not None)
class Idx:
    def __index__(self):
        del Idx.__index__
        return 1
print([5, 6][Idx()])
class En:
    def __enter__(self):
        del En.__enter__
        return 1
    def __exit__(self, *a):
        del En.__exit__
        return False
with En() as v:
    print("with", v)
class G:
    def __getitem__(self, i):
        del G.__getitem__
        return i
print(G()[7])
class S:
    def __setitem__(self, i, v):
        del S.__setitem__
        print("set", i, v)
S()[1] = 2
class Bo:
    def __bool__(self):
        del Bo.__bool__
        return False
print(not Bo())
class H:
    def __hash__(self):
        del H.__hash__
        return 5
print(hash(H()))
class Ad:
    def __add__(self, o):
        del Ad.__add__
        return 9
print(Ad() + 1)
class F:
    def __format__(self, spec):
        del F.__format__
        return "fmt"
print(f"{F()}")
class Ne:
    def __next__(self):
        del Ne.__next__
        raise StopIteration
    def __iter__(self):
        return self
print(list(Ne()))
class In:
    def __init__(self):
        del In.__init__
print(type(In()).__name__)
class Nw:
    def __new__(cls):
        del Nw.__new__
        return object.__new__(cls)
print(type(Nw()).__name__)
class Ct:
    def __contains__(self, x):
        del Ct.__contains__
        return True
print(1 in Ct())
class Dl:
    def __del__(self):
        del Dl.__del__
Dl()
class Sa:
    def __setattr__(self, n, v):
        del Sa.__setattr__
        object.__setattr__(self, n, v)
s = Sa(); s.a = 1; print(s.a)
class Ga:
    def __getattribute__(self, n):
        del Ga.__getattribute__
        return "ga " + n
print(Ga().zz)
