# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# explain() names every reference that makes up a count, one line each, and
# their number equals sys.getrefcount at the same point.
import sys, tally

class Node:
    def __init__(self, parent):
        self.parent = parent
    def touch(self):
        return self

def build():
    node = [1]
    holder = [0, 0, 0, node]
    table = {'user:7': node}
    child = Node(node)
    print(sys.getrefcount(node), len(tally.referrers(node)))
    tally.explain(node)
    return node

x = build()
cache = x

def outer():
    f = x
    def inner():
        return f
    return inner

fn = outer()
def g(a, b=x):
    return a
tally.explain(x)

n = Node(None)
n.me = n
bm = n.touch
Node.shared = n
keyed = {(1, n): 'v'}
print(sys.getrefcount(n), len(tally.referrers(n)))
tally.explain(n)

def gen():
    v = x
    yield 1
it = gen()
next(it)
tally.explain(x)

try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(e), len(tally.referrers(e)))
    tally.explain(e)
