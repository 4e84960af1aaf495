# Subclasses of the variable-size built-ins (tuple, str, bytes) get a __dict__
# (and str subclasses __slots__ and __weakref__) after their items.
import sys, gc, weakref
class T(tuple): pass
t = T((1, 2, 3))
t.x = "attr"
print(t, t.x, t.__dict__, len(t), t[2])
class S(str): pass
s = S("hello")
s.y = [1]
print(s, s.y, s.upper(), s + "!", vars(s))
r = weakref.ref(s)
print(r() is s)
class B(bytes): pass
b = B(b"abc")
b.z = 3
print(b, b.z)
class SS(str):
    __slots__ = ("a", "b")
ss = SS("xy")
ss.a = 1; ss.b = [ss]
print(ss, ss.a, len(ss.b), hasattr(ss, "__dict__"))
class SS2(SS):
    pass
s2 = SS2("zz")
s2.a = 5; s2.c = 6
print(s2.a, s2.c, vars(s2))
for base in (tuple, bytes, int):
    try:
        class Bad(base):
            __slots__ = ("q",)
    except TypeError as e:
        print(e)
class Empty(tuple):
    __slots__ = ()
print(Empty((1,)), hasattr(Empty((1,)), "__dict__"))
class Cyc(tuple): pass
c = Cyc(([],))
c.self = c
c[0].append(c)
del c
print(gc.collect() > 0)
print(sys.getrefcount(T) - sys.getrefcount(S))
for n in range(0, 20):
    x = S("a" * n); x.v = n; assert x.v == n and x == "a" * n
    y = T(range(n)); y.v = n; assert y.v == n and y == tuple(range(n))
    z = B(b"b" * n); z.v = n; assert z.v == n and z == b"b" * n
print("ok")
class P(tuple):
    def __new__(cls, a, b):
        self = super().__new__(cls, (a, b))
        self.label = f"{a}-{b}"
        return self
p = P(1, 2)
print(p, p.label, p[0] + p[1])
