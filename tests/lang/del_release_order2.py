# More release orders: single-item removals, self slice assignment, deque
# rotation and bounded appends, in-place set operations, dict merges, defaultdict,
# OrderedDict, Counter, instance attributes and sorted __slots__ (private names
# mangled), function defaults, a frame's except/loop variables, generators.
import collections
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n, end='; ')
    def __repr__(self): return 'D(%s)' % self.n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, D) and self.n == o.n
def mk(k=4): return [D(c) for c in 'abcdefgh'[:k]]
def run(label, setup, stmt):
    ns = {'mk': mk, 'D': D, 'collections': collections}
    exec(setup, ns)
    print(label, end=': ')
    exec(stmt, ns)
    print('|', end=' ')
    ns.clear()
    print()
cases = [
 ('del v[-1]', 'v = mk()', 'del v[-1]'),
 ('v.pop(1)', 'v = mk()', 'v.pop(1)'),
 ('v[1:3] = v', 'v = mk()', 'v[1:3] = v'),
 ('v[:] = v[::-1]', 'v = mk()', 'v[:] = v[::-1]'),
 ('v[1:] = (1,)', 'v = mk()', 'v[1:] = (1,)'),
 ('v[5:] = []', 'v = mk()', 'v[5:] = []'),
 ('v[:2] = mk2', 'v = mk()', 'v[:2] = [D("x"), D("y"), D("z")]'),
 ('deque pop', 'v = collections.deque(mk())', 'v.pop(); v.popleft()'),
 ('deque appendleft maxlen', 'v = collections.deque(mk(), maxlen=4)', 'v.appendleft(D("n"))'),
 ('deque extendleft maxlen', 'v = collections.deque(mk(), maxlen=4)', 'v.extendleft([D("n"), D("m")])'),
 ('deque remove', 'v = collections.deque(mk())', 'v.remove(D("b"))'),
 ('deque del', 'v = collections.deque(mk())', 'del v[1]'),
 ('deque rotate', 'v = collections.deque(mk())', 'v.rotate(2)'),
 ('deque __init__', 'v = collections.deque(mk())', 'v.__init__([1])'),
 ('deque *= 2 maxlen', 'v = collections.deque(mk(3), maxlen=4)', 'v *= 2'),
 ('set &=', 'v = set(mk(6))', 'v &= {D("b"), D("e")}'),
 ('set -=', 'v = set(mk(6))', 'v -= {D("b"), D("e"), D("a")}'),
 ('set ^=', 'v = set(mk(6))', 'v ^= {D("b"), D("e"), D("z")}'),
 ('set.intersection_update', 'v = set(mk(6))', 'v.intersection_update([D("c")], [D("c")])'),
 ('set.difference_update list', 'v = set(mk(6))', 'v.difference_update([D("f"), D("a"), D("c")])'),
 ('set.discard', 'v = set(mk(6))', 'v.discard(D("c"))'),
 ('set.__init__', 'v = set(mk(6))', 'v.__init__([])'),
 ('set =', 'v = set(mk(6)); w = v', 'v = v - {D("a")}'),
 ('dict |=', 'v = {"a": D(1), "b": D(2)}', 'v |= {"a": D(3), "b": D(4)}'),
 ('dict.__init__', 'v = {"a": D(1), "b": D(2)}', 'v.__init__({"a": D(3)})'),
 ('dict del during', 'v = {i: D(i) for i in range(4)}', 'for k in list(v): del v[k]'),
 ('dict fromkeys overwrite', 'v = dict.fromkeys("ab", D(0))', 'v["a"] = 1; v["b"] = 2'),
 ('defaultdict clear', 'v = collections.defaultdict(list, {k: D(k) for k in "abc"})', 'v.clear()'),
 ('OrderedDict del', 'v = collections.OrderedDict((k, D(k)) for k in "abc")', 'del v'),
 ('OrderedDict clear', 'v = collections.OrderedDict((k, D(k)) for k in "abc")', 'v.clear()'),
 ('Counter', 'v = collections.Counter({D(k): 1 for k in "abc"})', 'del v'),
 ('instance del attr', 'class O: pass\no = O(); o.x = D("x"); o.y = D("y")', 'del o.x; del o'),
 ('instance many attrs', 'class O: pass\no = O()\nfor k in "qwertyuiopas": setattr(o, k, D(k))', 'del o'),
 ('instance reassign', 'class O: pass\no = O(); o.x = D("x"); o.y = D("y"); o.x = D("x2")', 'del o'),
 ('slots order', 'class O:\n __slots__ = ("y", "x", "a")\no = O(); o.y = D("y"); o.x = D("x"); o.a = D("a")', 'del o'),
 ('func defaults', 'def f(a=D("da"), b=D("db")): pass', 'del f'),
 ('func kwdefaults', 'def f(*, a=D("ka"), b=D("kb")): pass', 'del f'),
 ('func annotations', 'def f(a: D("ann")): pass', 'del f'),
 ('class dict', 'class O:\n a = D("ca")\n b = D("cb")\n def m(self): pass', 'del O; import gc; gc.collect()'),
 ('func except var', 'def f():\n a = D("a")\n try:\n  raise ValueError(D("arg"))\n except ValueError as e:\n  b = D("b")\n return 1', 'f()'),
 ('func loop var', 'def f():\n for x in mk(3): pass\n y = D("y")\n return 1', 'f()'),
 ('func args tuple', 'def f(*args, **kw):\n return 1', 'f(D("p1"), D("p2"), k1=D("k1"), k2=D("k2"))'),
 ('lambda', 'pass', '(lambda a, b: 1)(D("a"), D("b"))'),
 ('gen exhausted', 'def g():\n a = D("a")\n yield 1\n b = D("b")\nx = g(); next(x)', 'next(x, None)'),
 ('tuple unpack', 'pass', 'a, b = D(1), D(2); del a, b'),
 ('swap', 'a, b = D(1), D(2)', 'a, b = b, a; a = b = None'),
 ('chained assign', 'a = b = D(1); c = D(2)', 'a = b = c = None'),
 ('augassign list', 'v = mk(2)', 'v += mk(2); v = None'),
 ('module globals', 'x1 = D("g1"); x2 = D("g2")', 'del x2, x1'),
 ('dict values list', 'd = {1: D(1), 2: D(2)}; v = list(d.values()); del d', 'del v'),
 ('sorted rev', 'pass', 'v = sorted(mk(4), key=lambda d: d.n, reverse=True); del v'),
 ('list sort', 'v = mk(4)[::-1]', 'v.sort(key=lambda d: d.n); del v'),
 ('list reverse', 'v = mk(4)', 'v.reverse(); del v'),
 ('list insert del', 'v = mk(2)', 'v.insert(0, D("z")); del v'),
 ('list copy', 'v = mk(3); w = v.copy(); del v', 'del w'),
 ('list mul', 'v = mk(2) * 2', 'del v'),
 ('str join', 'pass', 'print("".join([str(D(1)), str(D(2))]), end=" ")'),
 ('exception args', 'e = ValueError(D(1), D(2)); e.x = D(3)', 'del e'),
 ('exception chain', 'try:\n try:\n  raise ValueError(D("inner"))\n except ValueError:\n  raise KeyError(D("outer"))\nexcept KeyError as ee:\n e = ee', 'del e'),
]
for c in cases:
    run(*c)
