# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# why_alive() prints, and root_paths() returns, the shortest chains of
# references from a root to an object: globals, live frames, closures,
# generators' frames, bound methods, class attributes, defaults; an object
# kept only by a cycle or by gc.garbage says so.
import gc, tally, weakref

class Node:
    registry = []
    def __init__(self, name):
        self.name = name
        self.children = []
    def touch(self):
        return self.name

leaf = Node('leaf')
root = Node('root')
root.children.append(Node('mid'))
root.children[0].children.append(leaf)

# A global is the shortest chain; limit asks for more, shortest first.
tally.why_alive(leaf)
tally.why_alive(leaf, limit=3)
del leaf
tally.why_alive(root.children[0].children[0])
for kind, text in tally.root_paths(root.children[0].children[0])[0]:
    print(kind, '|', text)

# A live frame's local is a root.
def visit(node):
    current = node.children[0]
    tally.why_alive(current, limit=2)
visit(root)

# Closures, bound methods, class attributes, default values.
def make():
    kept = Node('closed over')
    def inner():
        return kept
    return inner
fn = make()
tally.why_alive(fn.__closure__[0].cell_contents)
bound = Node('bound').touch
tally.why_alive(bound.__self__)
Node.registry.append(Node('registered'))
tally.why_alive(Node.registry[0])
def f(arg=Node('default')):
    return arg
tally.why_alive(f.__defaults__[0])

# A suspended generator's frame.
def gen():
    global hidden
    secret = Node('secret')
    hidden = weakref.ref(secret)
    yield 1
    yield secret
it = gen()
next(it)
paths = tally.root_paths(hidden(), limit=5)
print(len(paths), [step[1] for step in paths[0]])

# An ended frame that a traceback keeps.
def fails():
    global doomed_ref
    doomed = Node('in a traceback')
    doomed_ref = weakref.ref(doomed)
    raise ValueError('kept')
try:
    fails()
except ValueError as exc:
    saved = exc
tally.why_alive(doomed_ref())
del saved
print(doomed_ref())

# A cycle nothing else refers to: the collector will free it.
a = Node('a'); b = Node('b'); a.peer = b; b.peer = a
del a
tally.why_alive(b.peer)
probe = weakref.ref(b.peer)
del b
tally.why_alive(probe())
print(tally.root_paths(probe()))

# Kept only by gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
gc.set_debug(0)
saved = [i for i, x in enumerate(gc.garbage) if type(x) is Node]
tally.why_alive(gc.garbage[saved[0]])
gc.garbage.clear()

# Arguments by keyword.
print(tally.root_paths(limit=1, obj=Node.registry[0]) == tally.root_paths(Node.registry[0]))

# Arguments are checked.
for bad in [(), (1, 0), (1, 'x')]:
    try:
        tally.root_paths(*bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
