# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# The program of docs/lifetimes.md, "Counting references"; its output there is this file's .out.
import sys

x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
box = [x, x]
print(sys.getrefcount(x))
del y
box.clear()
print(sys.getrefcount(x))

def peek(arg):
    return sys.getrefcount(arg)

print(peek(x))
print(sys.getrefcount(None) == sys.getrefcount(True) == 4294967295)
