# CPython's functools.py over tally's _functools (reduce, partial, cmp_to_key):
# KeyWrapper objects, partialmethod, singledispatch, lru_cache, cached_property.
import functools, gc, sys
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k), gc.is_tracked(k))
x = k(3); print(type(x), x.obj, gc.is_tracked(x))
x.obj = 5; print(x.obj)
for f in [lambda: k(), lambda: k(1, 2), lambda: k(obj=4).obj, lambda: type(functools.cmp_to_key(mycmp=len)),
          lambda: functools.cmp_to_key(), lambda: k(1) < 2, lambda: hash(k(1)), lambda: k(1) == k(1), lambda: k.obj,
          lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(functools.reduce, functools.partial, functools.cmp_to_key)
p = functools.partial(max, 1, key=abs)
print(p.func, p.args, p.keywords, p(-5))
print(functools.partial[int])
class Cell:
    def __init__(self): self._alive = False
    @functools.partialmethod
    def _set(self, state): self._alive = state
    set_alive = functools.partialmethod(_set, True)
c = Cell(); c.set_alive(); print(c._alive)
@functools.singledispatch
def fun(arg): return 'default'
@fun.register(int)
def _(arg: int): return 'int'
@fun.register(list)
def _(arg): return 'list'
print(fun(1), fun([1]), fun('s'), fun.dispatch(bool).__name__ if hasattr(fun.dispatch(bool), '__name__') else '')
class A:
    @functools.singledispatchmethod
    def m(self, arg): return 'x'
    @m.register(int)
    def _(self, arg: int): return 'int'
print(A().m(1), A().m('a'))
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print(sq(2), sq(3), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__.__name__, sq.cache_parameters())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
class P:
    @functools.cached_property
    def v(self): print('computing'); return 42
q = P(); print(q.v, q.v)
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(functools.reduce(lambda a, b: a + b, range(10)), functools.reduce(lambda a, b: a * b, [], 1))
try: functools.reduce(lambda a, b: a, [])
except TypeError as e: print(e)
