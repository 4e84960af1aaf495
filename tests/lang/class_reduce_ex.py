# object.__reduce_ex__ / __reduce__ / __getstate__: the reductions copy and pickle
# take objects apart with (copyreg from CPython's library)
import sys; sys.path.append("/usr/lib/python3.11")
class A:
    def __init__(self): self.x = 1
class S:
    __slots__ = ('a', 'b')
class L(list): pass
a = A()
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], r[3], r[4])
r = a.__reduce_ex__(0)
print(r[0].__name__, r[1:])
s = S(); s.a = 5
print(s.__reduce_ex__(4)[2])
l = L([1,2]); l.y = 3
r = l.__reduce_ex__(2); print(r[1], r[2], list(r[3]), r[4])
print(A().__getstate__(), a.__getstate__(), object().__reduce_ex__(2)[1:3])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
try:
    (1).__reduce_ex__('x')
except TypeError as e: print(e)
import copy
class P:
    def __init__(self, v): self.v = [v]
p = copy.deepcopy(P(3)); print(p.v)
print(copy.copy(l), type(copy.copy(l)))
class N:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
class NE:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
class BadN:
    def __getnewargs__(self): return [1]
class BadE:
    def __getnewargs_ex__(self): return ((1,), [])
r = N(4).__reduce_ex__(2)
print(r[1][1:], r[2])
r = NE().__reduce_ex__(3)
print(r[0].__name__, r[1][1:], r[2])
for o in (BadN(), BadE()):
    try:
        o.__reduce_ex__(2)
    except TypeError as e:
        print(e)
class G:
    def __getstate__(self): return 'custom'
print(G().__reduce_ex__(2)[2], object.__reduce__(G())[0].__name__)
s2 = copy.copy(s)
print(type(s2).__name__, s2.a, hasattr(s2, 'b'))
for o in ([1], (1,), 'ab', {1: 2}, 1.5, 5, True, b'x', None, 2**70):
    r = o.__reduce_ex__(2)
    print(type(o).__name__, r[0].__name__, r[1], r[2], r[3] if r[3] is None else list(r[3]), r[4] if r[4] is None else list(r[4]))
