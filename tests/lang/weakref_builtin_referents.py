# Functions, generators, sets and frozensets can be weakly referenced; their
# weak references die with them, callbacks included.
import weakref
log = []
def f():
    pass
def gen():
    yield 1
    yield 2
g = gen()
next(g)
s = {1, 2}
fs = frozenset("ab")
refs = [weakref.ref(o, lambda r, name=name: log.append(name))
        for name, o in [("function", f), ("generator", g), ("set", s), ("frozenset", fs)]]
print([r() is not None for r in refs], weakref.getweakrefcount(s))
p = weakref.proxy(f)
print(type(p).__name__, p() is None, p.__name__)
ps = weakref.proxy(s)
print(len(ps), 1 in ps, sorted(ps), type(ps).__name__)
ps.add(3)
print(sorted(s))
del f, g, s, fs
print(log, [r() for r in refs])
