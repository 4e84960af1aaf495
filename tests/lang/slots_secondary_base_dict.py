# A class with __slots__ = () over several bases gets __dict__ and
# __weakref__ when a secondary base has them (CPython's rule), and not
# otherwise.
import weakref
class A(object):
    __slots__ = ()
class B(object):
    pass
class C(A, B):
    __slots__ = ()
print(hasattr(C, '__dict__'), hasattr(C, '__weakref__'))
c = C()
c.x = 2
print(c.x, c.__dict__, weakref.ref(c)() is c)
class D(A):
    __slots__ = ()
try:
    D().x = 1
except AttributeError as e:
    print("AttributeError", e)
class E(object):
    __slots__ = ("__weakref__",)
class F(A, E):
    __slots__ = ("y",)
f = F()
print(hasattr(F, '__dict__'), weakref.ref(f)() is f)
try:
    f.z = 1
except AttributeError as e:
    print("AttributeError", e)
