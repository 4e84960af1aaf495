# A proxy forwards operators, containers protocol, attributes and calls.
import weakref
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __mul__(self, o):
        return self.v * o
    def __neg__(self):
        return -self.v
    def __abs__(self):
        return abs(self.v)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
    def __lt__(self, o):
        return self.v < o
    def __bool__(self):
        return self.v != 0
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Num(%d)" % self.v
    def __str__(self):
        return "num %d" % self.v
    __hash__ = None
class Box:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
    def __iter__(self):
        return iter(sorted(self.items))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
n = Num(5)
p = weakref.proxy(n)
print(p + 1, 1 + p, p + p, p * 3, -p, abs(p), p == 5, p == n, p != 4, p < 7)
print(bool(p), int(p), float(p), [10, 20, 30, 40, 50, 60][p], str(p), p.v)
q = p
q += 10
print(q, type(q).__name__, type(p).__name__)
p.v = 7
print(n.v, hasattr(p, "w"))
del p.v
print(hasattr(n, "v"))
n.v = 2
b = Box()
pb = weakref.proxy(b)
pb["a"] = 1
pb["b"] = 2
print(len(pb), pb["a"], "a" in pb, "z" in pb, list(pb))
del pb["a"]
print(len(b), list(pb))
c = Counter()
pc = weakref.proxy(c)
print(list(pc), next(iter(weakref.proxy(Counter()))) if False else "skip")
try:
    next(pb)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(weakref.proxy(b))
except TypeError as e:
    print("TypeError:", e)
f = weakref.proxy(Box.__len__)
print(type(f).__name__, f(b))
del n, b, c
for op in [lambda: p + 1, lambda: len(pb), lambda: str(pb), lambda: pb.items, lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
