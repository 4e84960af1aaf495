# Attribute sites over classes without instance dicts (__slots__ without
# __dict__) are cached: slots, properties, methods, deleted slots, a property
# that removes itself, subclasses that add a dict.
import sys
class N:
    __slots__ = ('left', 'right', 'val')
    def __init__(self, l, r, v):
        self.left = l; self.right = r; self.val = v
    def total(self):
        return self.val + (self.left.total() if self.left else 0) + (self.right.total() if self.right else 0)
def build(d):
    return N(build(d-1), build(d-1), d) if d else None
t = build(12)
s = 0
for i in range(20):
    s += t.total()
print(s)
class P:
    __slots__ = ('_x',)
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
p = P()
for i in range(3):
    p.x = i
    print(p.x, p._x)
try:
    p.y = 1
except AttributeError as e:
    print(e)
try:
    N(None, None, 1).nope
except AttributeError as e:
    print(e)
n = N(None, None, 5)
del n.val
try:
    n.val
except AttributeError as e:
    print(e)
class Q(N):
    pass
q = Q(None, None, 3); q.extra = 4
for o in [n, q, q]:
    try:
        print(o.total() if o is not n else 'n', getattr(o, 'extra', None))
    except AttributeError as e:
        print('AE', e)
class K:
    __slots__ = ('a',)
    def m(self): return 'm'
k = K()
for i in range(3):
    print(k.m())
    K.m = (lambda self: 'm2') if i == 1 else K.m
class Sneaky:
    __slots__ = ()
    @property
    def p(self):
        del Sneaky.p
        return 'gone'
s = Sneaky()
print(s.p)
try:
    s.p
except AttributeError as e:
    print(e)
print(sys.getrefcount(N.left) > 0)
