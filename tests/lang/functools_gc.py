# Cycles through partial objects and lru_cache'd functions are collected;
# reference counts of what a partial holds.
import gc, sys, weakref
from functools import partial, lru_cache, reduce, wraps

gc.disable()
gc.collect()

class Node:
    pass

def through_partial_args():
    n = Node()
    n.p = partial(print, n)
    return weakref.ref(n)
probe = through_partial_args()
print(probe() is not None, gc.collect() > 0, probe())

def through_partial_dict():
    n = Node()
    p = partial(len, key=n)
    p.me = p
    n.p = p
    return weakref.ref(n)
probe = through_partial_dict()
print(probe() is not None, gc.collect() > 0, probe())

def self_caching():
    n = Node()
    @lru_cache
    def f(x):
        return f
    f(1)
    n.f = f
    f(n)
    return weakref.ref(n)
probe = self_caching()
print(probe() is not None, gc.collect() > 0, probe())

x = object()
p = partial(id, x, k=x)
print(sys.getrefcount(x))
q = partial(p, x)
print(sys.getrefcount(x))
del p, q
print(sys.getrefcount(x))
print(reduce(lambda a, b: b, [x, x, x]) is x, sys.getrefcount(x))
print(gc.is_tracked(partial(len)))
gc.enable()
