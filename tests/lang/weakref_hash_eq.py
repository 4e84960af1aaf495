# Weak references hash and compare like their referents while alive.
import weakref
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
a = K(1)
b = K(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(hash(ra) == hash(a), ra == rb, ra is rb)
del a
print(ra == rb, ra() is None)
