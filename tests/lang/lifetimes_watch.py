# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# watch() reports every change of an object's count on stderr with the
# line and the operation, and its end (a DECREF or the cycle collector);
# unwatch() stops it.  stderr is captured here to print the reports.
import gc, sys, tally

class Capture:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)
    def flush(self):
        pass

class Node:
    def touch(self):
        return self

captured = Capture()
sys.stderr = captured
n = Node()
tally.watch(n)
m = n
box = [n]
def f(x):
    y = x
    return 1
f(n)
del m
box.pop()
n.me = n
method = n.touch
del method
def closure():
    return n
g = closure
print(tally.unwatch(n), tally.unwatch(n))
k = n
tally.watch(n)
del k
del n
gc.collect()
x = Node()
tally.watch(x)
x = None
def gen():
    local = Node()
    tally.watch(local)
    yield 1
it = gen()
next(it)
del it
sys.stderr = sys.__stderr__
for line in captured.lines:
    print(line, end='')

for bad in [None, 5, True]:
    try:
        tally.watch(bad)
    except ValueError as exc:
        print(exc)
print(tally.unwatch([]))
