# C.__bases__ = (...): the MRO, the inherited methods and slots (len) of
# the class and of its subclasses follow the new bases; the subclass
# registries move; CPython's errors for a non-tuple, an empty tuple, a
# non-class, a cycle, another instance layout, a duplicate base, an MRO
# conflict, a built-in type and deletion.  typing.NamedTuple assigns
# __bases__ (test_typing stopped there).
class A:
    def f(self): return "A.f"
    def __len__(self): return 1
class B:
    def f(self): return "B.f"
    def __len__(self): return 2
    def g(self): return "B.g"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.f(), len(d), D.__mro__)
C.__bases__ = (B,)
print(d.f(), len(d), d.g(), D.__mro__, C.__base__, A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(d.f(), len(d), D.__mro__)
def show(v):
    try:
        C.__bases__ = v
        print("ok", C.__mro__)
    except Exception as e:
        print(type(e).__name__, e)
show(())
show([A])
show((A, 1))
show((D,))
show((int,))
show((A, A))
class E(A, B): pass
class F(B, A): pass
show((E, F))
print(C.__mro__, D.__mro__)
try:
    int.__bases__ = (object,)
except Exception as e:
    print(type(e).__name__, e)
try:
    del C.__bases__
except Exception as e:
    print(type(e).__name__, e)
import collections, typing
class NT(typing.NamedTuple):
    x: int
    y: str = "a"
print(NT(1), NT.__bases__, NT.__mro__)
T = typing.TypeVar("T")
class G(typing.NamedTuple, typing.Generic[T]):
    v: T
print(G(2), G[int], G.__mro__)
class A: pass
try:
    class B(A, A): pass
except Exception as e: print(type(e).__name__, e)

# A class-dict key whose __eq__ assigns __bases__ during a lookup: the
# lookup finishes on the MRO it started with (test_descr's
# test_type_lookup_mro_reference crashed), for attribute and super() lookups.
class MyKey(object):
    def __hash__(self):
        return hash('mykey')
    def __eq__(self, other):
        X.__bases__ = (Base2,)
class Base(object):
    mykey = 'from Base'
    mykey2 = 'from Base'
class Base2(object):
    mykey = 'from Base2'
    mykey2 = 'from Base2'
X = type('X', (Base,), {MyKey(): 5})
print(X.mykey)
print(X.mykey2)

class SKey:
    def __hash__(self):
        return hash('sk')
    def __eq__(self, other):
        Y.__bases__ = (Base,)
        return False
class Mid(Base2):
    pass
Mid2 = type('Mid2', (Base2,), {SKey(): 1})
class Y(Mid2):
    def get(self):
        return super().sk
try:
    print(Y().get())
except AttributeError as e:
    print("AttributeError", e)
print(Y.__mro__)
