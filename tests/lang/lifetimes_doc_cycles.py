# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# tally-gc-stress: skip (prints the collector's counts)
# The program of docs/lifetimes.md, "Cycles and the collector"; its output there is this file's .out.
import gc, sys, tally, weakref

class Node:
    pass

print(gc.get_threshold())
before = gc.get_count()[0]
a = Node()
b = Node()
a.peer = b
b.peer = a
print(gc.get_count()[0] - before)
probe = weakref.ref(a)
print(sys.getrefcount(a))
del a, b
print(probe() is None)
tally.why_alive(probe())
print(gc.collect())
print(probe())
full = tally.gc_pauses()[2]
print(full['collections'], full['collected'], full['longest_pause'] < 1.0)
