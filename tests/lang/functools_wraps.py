# wraps / update_wrapper, cmp_to_key, total_ordering, cached_property.
from functools import wraps, update_wrapper, cmp_to_key, total_ordering, cached_property
from functools import WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return ("wrapped", fn(*a, **k))
    return inner

@deco
def target(x: int) -> int:
    """target doc"""
    return x + 1
target.__dict__  # exists
print(target(1), target.__name__, target.__qualname__, target.__doc__, target.__module__)
print(target.__annotations__, target.__wrapped__.__name__, target.__wrapped__(1))

def original():
    pass
original.extra = [1]
original.__wrapped__ = "old"
def wrapper():
    pass
wrapper.mine = 2
r = update_wrapper(wrapper, original)
print(r is wrapper, wrapper.extra is original.extra, wrapper.mine, wrapper.__wrapped__ is original)
print(wrapper.__name__, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def w2():
    pass
update_wrapper(w2, original, assigned=("__doc__",), updated=())
print(w2.__name__, hasattr(w2, "extra"), w2.__wrapped__ is original)

class NoName:
    pass
def w3():
    pass
update_wrapper(w3, NoName())
print(w3.__name__, type(w3.__wrapped__).__name__)

def numeric(a, b):
    return a - b
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(numeric)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1 != k2, k1.obj)
try:
    k1 < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(k1)
except TypeError as e:
    print(type(e).__name__, e)
print(min([3, 1, 2], key=cmp_to_key(numeric)))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), V(2) > V(1))
print(V.__gt__.__name__, V.__le__.__name__)
try:
    V(1) <= 5
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        """the area"""
        self.computed += 1
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed, Circle.area.__doc__, type(Circle.area).__name__)
c.area = 5
print(c.area)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        a = cached_property(lambda self: 1)
        b = a
except RuntimeError as e:
    # __set_name__'s TypeError, wrapped as CPython 3.11 wraps it.
    print(e, "|", type(e.__cause__).__name__, e.__cause__)
