# object.__setattr__ / __delattr__ cannot be applied to a built-in type
# (it would bypass type.__setattr__'s refusal): CPython's "Carlo Verre"
# check.  Through a metaclass's direct base it is allowed; through an
# indirect one it is not; ordinary instances and classes are unaffected.
def show(f, *args):
    try:
        f(*args)
        print("ok")
    except TypeError as e:
        print("TypeError", e)
show(object.__setattr__, str, "foo", 42)
show(object.__delattr__, str, "lower")
show(type.__setattr__, str, "foo", 42)
print(hasattr(str, "foo"), hasattr(str, "lower"))

class A(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)
class B:
    pass
class C(B, A):
    pass
obj = C('D', (object,), {})
obj.test = True
print(obj.test)

class A2(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class C2(B, A2):
    pass
obj2 = C2('D2', (object,), {})
show(setattr, obj2, "test", True)

class P:
    pass
p = P()
object.__setattr__(p, "x", 1)
object.__delattr__(p, "x")
print(hasattr(p, "x"))
class Q(P):
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
q = Q()
q.y = 2
print(q.y)
import types
m = types.ModuleType("m")
object.__setattr__(m, "z", 3)
print(m.z)
show(object.__setattr__, 1, "real", 5)
show(object.__setattr__, [], "x", 5)
