# Every instance of a class holds a reference to it, whatever the built-in
# base; a class made by a metaclass holds one to the metaclass.
import sys, gc
for base in (set, frozenset, list, dict, float, bytearray, object, Exception):
    class Sub(base):
        pass
    before = sys.getrefcount(Sub)
    objs = [Sub() for i in range(5)]
    during = sys.getrefcount(Sub)
    del objs
    print(base.__name__, during - before, sys.getrefcount(Sub) - before)

class Meta(type):
    pass
start = sys.getrefcount(Meta)
class A(metaclass=Meta):
    pass
print(sys.getrefcount(Meta) - start)
del A
gc.collect()
print(sys.getrefcount(Meta) - start)
for i in range(3):
    class B(metaclass=Meta):
        pass
    del B
gc.collect()
print(sys.getrefcount(Meta) - start)
class E(Exception):
    pass
e = E()
e.note = {}
print(len(gc.get_referents(e)))
class F:
    pass
print(len(gc.get_referents(F)))
class G(metaclass=Meta):
    pass
print(len(gc.get_referents(G)))
