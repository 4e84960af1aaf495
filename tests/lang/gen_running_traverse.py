# A collection while a generator runs must not read the generator's value
# stack as it was when it last stopped: what was on it then (here the items
# of a list being built at a yield) may be gone by the time the collector
# looks.  After the yield the generator steps a for loop over another
# generator, with no call in between; that one allocates enough to start an
# automatic collection, which looks at the young outer generator.
import gc

class Item:
    pass

def inner():
    while True:
        keep = []
        for i in range(3000):
            keep.append([i])
        yield len(keep)

def gen(it):
    while True:
        x = [Item(), Item(), Item(), Item(), Item(), Item(), (yield)]
        x = None
        for n in it:
            break
        print("inner made", n)

for round in range(3):
    g = gen(inner())
    next(g)
    g.send(1)

# The same with the outer generator driven by yield from.
def outer():
    yield from gen(inner())

o = outer()
next(o)
o.send(3)
print("end")
