# A suspended generator whose frame's f_locals dict (or frame object) has
# been made is in a cycle through them: the collector must see those edges,
# or the cycle (and everything it reaches) outlives the program.
# tally-gc-stress: skip (prints gc.collect()'s counts)
import gc, weakref

class Node:
    def __init__(self):
        self.gen = None

def gen(node):
    local = node
    yield 1
    yield 2

def make(touch):
    n = Node()
    g = gen(n)
    n.gen = g
    next(g)
    if touch == "locals":
        g.gi_frame.f_locals
    elif touch == "frame":
        n.frame = g.gi_frame
    return weakref.ref(n)

gc.collect()
for touch in ("nothing", "locals", "frame"):
    r = make(touch)
    print(touch, r() is not None, gc.collect() > 0, r())

# Left alive at exit: the teardown must free it without a leak.
keep = Node()
keep.gen = gen(keep)
next(keep.gen)
keep.gen.gi_frame.f_locals
print("end")
