# lru_cache and cache: hits, misses, eviction order, typed keys, clearing.
from functools import lru_cache, cache

calls = []

@lru_cache
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(2))
print(sq.cache_info())
print(calls, sq.__name__, sq.__wrapped__(5), sq.__doc__)
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())

@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(calls, ident.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    """factorial"""
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.__doc__, fact.__qualname__)

@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x
calls.clear()
typed(1); typed(1.0); typed(True); typed(1)
print(calls, typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

@lru_cache()
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(1, c=3), kw(1, c=3))
print(calls, kw.cache_info())

@lru_cache
def unhashable(x):
    return x
try:
    unhashable([1])
except TypeError as e:
    print(type(e).__name__, e)
for bad in ("a", 1.5):
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lru_cache(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class A:
    @lru_cache(maxsize=10)
    def method(self, x):
        return (self.name, x)
    def __init__(self, name):
        self.name = name
a, b = A("a"), A("b")
print(a.method(1), b.method(1), a.method(1), A.method.cache_info())

def raising(x):
    raise ValueError(x)
cached_raising = lru_cache(raising)
for _ in range(2):
    try:
        cached_raising(4)
    except ValueError as e:
        print("ValueError", e)
print(cached_raising.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields, type(info).__name__)
