# Iterators in reference cycles are collected; refcounts of what they hold.
import gc, sys, weakref
from itertools import (count, cycle, repeat, accumulate, chain, groupby, tee,
                       islice, zip_longest, product, starmap, pairwise, dropwhile)

class Node:
    pass

gc.disable()
gc.collect()
def make_cycles():
    n = Node()
    global probe
    probe = weakref.ref(n)
    n.its = [cycle([n]), repeat(n), chain([n]), accumulate([n], initial=n),
             islice([n], 1), zip_longest([n], fillvalue=n), product([n]),
             starmap(lambda x: n, [(1,)]), pairwise([n, n]), dropwhile(lambda x: n, [n]),
             count(1, 2)]
    outer = groupby([n, n])
    k, g = next(outer)
    n.groups = (outer, g)
    a, b = tee([n, n])
    next(a)
    n.tees = (a, b)
make_cycles()
print(probe() is not None, gc.collect() > 0, probe())

class Loop:
    def __iter__(self):
        return self
    def __next__(self):
        return self
loop = Loop()
c = cycle(loop)
loop.keep = c
next(c)
probe = weakref.ref(loop)
del loop, c
print(probe() is not None, gc.collect() > 0, probe())

x = object()
r = repeat(x, 3)
print(sys.getrefcount(x))
list(r)
print(sys.getrefcount(x))
del r
print(sys.getrefcount(x))
items = [x] * 3
acc = accumulate(items, lambda a, b: b)
print(len(list(acc)), sys.getrefcount(x))
del acc, items
print(sys.getrefcount(x))
print(gc.is_tracked(count()), gc.is_tracked(chain()))
