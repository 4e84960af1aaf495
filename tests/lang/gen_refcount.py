# A generator holds references to its arguments until it finishes.
import sys
data = [1, 2, 3]
def walk(seq):
    for x in seq:
        yield x
g = walk(data)
print("generator created", sys.getrefcount(data))
next(g)
print("running", sys.getrefcount(data))
list(g)
print("exhausted", sys.getrefcount(data))
