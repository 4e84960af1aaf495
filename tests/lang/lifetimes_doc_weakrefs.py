# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# The program of docs/lifetimes.md, "Weak references"; its output there is this file's .out.
import sys, tally, weakref

class Session:
    pass

s = Session()
print(sys.getrefcount(s))
w = weakref.ref(s, lambda ref: print('callback: the session is gone'))
print(sys.getrefcount(s), w() is s)
tally.explain(s)
del s
print(w())
