# When a container lets go of many items at once (clear, slice deletion and
# assignment, *= 0, __init__, dealloc, pop paths; dict/set/deque/tuple; instance
# attributes and __slots__; a frame's locals and cells at return), __del__ methods
# and weakref callbacks run in CPython 3.11's order: a list clears last to first.
import collections, weakref, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n, end='; ')
    def __repr__(self): return 'D(%s)' % self.n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return self is o
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
 ('list.clear', 'v = mk()', 'v.clear()'),
 ('del v[:]', 'v = mk()', 'del v[:]'),
 ('del v[1:3]', 'v = mk()', 'del v[1:3]'),
 ('del v[::2]', 'v = mk()', 'del v[::2]'),
 ('del v[::-2]', 'v = mk()', 'del v[::-2]'),
 ('v[1:3] = []', 'v = mk()', 'v[1:3] = []'),
 ('v[:] = [1]', 'v = mk()', 'v[:] = [1]'),
 ('v[::2] = [1,2]', 'v = mk()', 'v[::2] = [1, 2]'),
 ('v[::-2] = [1,2]', 'v = mk()', 'v[::-2] = [1, 2]'),
 ('v *= 0', 'v = mk()', 'v *= 0'),
 ('v.__init__()', 'v = mk()', 'v.__init__()'),
 ('v.__init__([1])', 'v = mk()', 'v.__init__([1])'),
 ('del list', 'v = mk()', 'del v'),
 ('v[0] = 1', 'v = mk()', 'v[0] = 1'),
 ('v.pop()', 'v = mk()', 'v.pop()'),
 ('v.sort(key)', 'v = mk()', 'v.sort(key=lambda d: -ord(d.n))'),
 ('del tuple', 'v = tuple(mk())', 'del v'),
 ('del dict kv', 'v = {k: D(k.n + "v") for k in mk()}', 'del v'),
 ('dict.clear', 'v = {k: D(k.n + "v") for k in mk()}', 'v.clear()'),
 ('dict del key', 'ks = mk(); v = {k: D(k.n + "v") for k in ks}; del ks', 'del v[list(v)[1]]'),
 ('dict.pop', 'ks = mk(); v = {k: D(k.n + "v") for k in ks}; del ks', 'v.pop(list(v)[1])'),
 ('dict.popitem', 'ks = mk(); v = {k: D(k.n + "v") for k in ks}; del ks', 'v.popitem()'),
 ('dict overwrite', 'v = {"a": D(1)}', 'v["a"] = D(2)'),
 ('dict.update', 'v = {"a": D(1), "b": D(2)}', 'v.update({"b": D(3), "a": D(4)})'),
 ('del set', 'v = set(mk(6))', 'del v'),
 ('set.clear', 'v = set(mk(6))', 'v.clear()'),
 ('set.pop', 'v = set(mk(6))', 'v.pop()'),
 ('del frozenset', 'v = frozenset(mk(6))', 'del v'),
 ('deque.clear', 'v = collections.deque(mk())', 'v.clear()'),
 ('del deque', 'v = collections.deque(mk())', 'del v'),
 ('deque maxlen', 'v = collections.deque(mk(), maxlen=4)', 'v.extend(mk(2))'),
 ('deque *= 0', 'v = collections.deque(mk())', 'v *= 0'),
 ('instance attrs', 'class O: pass\no = O(); o.x = D("x"); o.y = D("y"); o.z = D("z")', 'del o'),
 ('instance __dict__', 'class O: pass\no = O(); o.x = D("x"); o.y = D("y"); o.__dict__; o.z = D("z")', 'del o'),
 ('slots', 'class O:\n __slots__ = ("x", "y")\no = O(); o.y = D("y"); o.x = D("x")', 'del o'),
 ('slots+dict', 'class O:\n __slots__ = ("x", "__dict__")\no = O(); o.a = D("a"); o.x = D("x")', 'del o'),
 ('sub slots', 'class B:\n __slots__ = ("b",)\nclass O(B):\n __slots__ = ("x",)\no = O(); o.b = D("b"); o.x = D("x")', 'del o'),
 ('nested list', 'v = [mk(2), mk(2)]', 'del v'),
 ('list of tuples', 'v = [(D(1), D(2)), (D(3), D(4))]', 'del v'),
 ('func locals', 'def f():\n a = D("a"); b = D("b"); c = D("c")\n return 1', 'f()'),
 ('func params', 'def f(p, q):\n a = D("a"); return 1', 'f(D("p"), D("q"))'),
 ('func cells', 'def f():\n z = D("z"); a = D("a"); m = D("m")\n def g(): return z, a, m\n b = D("b")\n return 1', 'f()'),
 ('func locals order', 'def f():\n c = D("c"); a = D("a")\n b = D("b"); del c; c = D("c2")\n return 1', 'f()'),
 ('gen close', 'def g():\n a = D("a"); b = D("b")\n yield 1\nx = g(); next(x)', 'del x'),
 ('list comp', 'pass', 'v = [D(i) for i in range(3)]; del v'),
 ('weakref cb list', 'import weakref\nv = mk(3); ws = [weakref.ref(d, lambda r, n=d.n: print("cb", n, end="; ")) for d in v]', 'v.clear()'),
 ('weakref cb dict', 'import weakref\nv = {i: d for i, d in enumerate(mk(3))}; ws = [weakref.ref(d, lambda r, n=d.n: print("cb", n, end="; ")) for d in v.values()]', 'v.clear()'),
 ('list.remove', 'v = mk()', 'v.remove(v[1])'),
 ('list slice replace grow', 'v = mk()', 'v[1:2] = [D("x"), D("y")]'),
 ('list extend self del', 'v = mk(2)', 'v[:] = v[::-1]'),
 ('dict fromkeys del', 'v = dict.fromkeys(mk(3))', 'del v'),
 ('str keys dict', 'v = {"k" + str(i): D(i) for i in range(3)}', 'del v'),
 ('exception', 'e = ValueError(D(1), D(2))', 'del e'),
 ('bound method', 'class O:\n def m(self): pass\no = O(); o.d = D("o")\nm = o.m; del o', 'del m'),
 ('closure', 'def mkf():\n x = D("x"); y = D("y")\n return lambda: (x, y)\nf = mkf()', 'del f'),
 ('range iter', 'v = iter(mk(3))', 'del v'),
 ('zip', 'v = zip(mk(2), mk(2))', 'del v'),
 ('enumerate', 'v = enumerate(mk(2))', 'del v'),
 ('map', 'v = map(lambda x: x, mk(2))', 'del v'),
 ('list iter partial', 'v = iter(mk(3)); next(v)', 'del v'),
 ('sorted', 'pass', 'v = sorted(mk(3), key=lambda d: d.n, reverse=True); del v'),
 ('reversed', 'v = list(reversed(mk(3)))', 'del v'),
 ('dict items list', 'v = list({D(1): D(2), D(3): D(4)}.items())', 'del v'),
]
for c in cases:
    run(*c)
