# CPython's copy.py and copyreg.py on built-in containers and values.
import copy, copyreg
a = [1, [2, 3], {"k": (4, [5])}, "s", (6, 7)]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1])
d = copy.deepcopy(a)
d[1].append(9); d[2]["k"][1].append(6)
print(a, d)
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy((1, 2)) is not None, copy.deepcopy(t) is t)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(b"ab"), copy.deepcopy(len))
class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        return WithCopy(self.v + 100)
print(copy.copy(WithCopy(1)).v, copy.deepcopy(WithCopy(1)).v)
print(copy.Error is copy.error, copyreg.__name__, sorted(copyreg.__all__)[:3])
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
p = P([1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r) is P)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, hasattr(s2, "b"), s2.a is s.a)
class L(list):
    pass
class D(dict):
    pass
l = L([1, [2]]); l.tag = "t"
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
d2 = copy.copy(D(a=1))
print(type(d2).__name__, d2)
class N(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __getnewargs__(self):
        return (int(self) // 2,)
print(copy.copy(N(5)), type(copy.deepcopy(N(5))).__name__)
class St:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v + 10}
    def __setstate__(self, st):
        self.v = st["v"] * 2
print(copy.copy(St()).v)
red = P(3).__reduce_ex__(2)
print(red[0].__name__, red[1], red[2], red[3], red[4])
print(P(3).__reduce_ex__(4)[1:3], object().__reduce_ex__(2)[1:], P(3).__getstate__(), object().__getstate__())
print({1, 2}.__reduce__(), frozenset().__reduce__())
import collections
dd = collections.defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["b"].append(2)
print(dd2, dd, dd.__reduce__()[:4])
print(copy.copy(collections.deque([1, [2]])), copy.deepcopy(collections.Counter("aab")))
