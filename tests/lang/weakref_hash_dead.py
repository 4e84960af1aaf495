# hash(ref) is computed once from the referent and survives its death;
# equality falls back to identity once either referent is dead.
import weakref
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
a = K("x")
b = K("x")
ra = weakref.ref(a)
rb = weakref.ref(b)
h = hash(ra)
print(h == hash("x"), ra == rb, ra != rb, {ra: 1}[rb])
del a
print(hash(ra) == h, ra == rb, ra != rb, ra == ra)
c = K("never hashed")
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
class U:
    __hash__ = None
u = U()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print("TypeError:", e)
print(weakref.ref(u) == weakref.ref(u), weakref.ref(u) == 5, weakref.ref(u).__eq__(5))
try:
    weakref.ref(u) < weakref.ref(u)
except TypeError as e:
    print("TypeError:", e)
