# The errors CPython raises when a protocol slot is missing or refuses:
# item deletion/assignment, descriptors without __set__/__delete__, getattr
# with a default over an empty slot, three-argument pow on classes, and the
# order in which constructors ask for __len__ and __iter__.
class G:
    def __getitem__(self, i): return i
class S:
    def __setitem__(self, i, v): pass
class D:
    def __delitem__(self, i): pass
for c in (G, S, D, object):
    try:
        del c()[0]
        print('ok')
    except Exception as e:
        print(type(e).__name__, e.args)
    try:
        c()[0] = 1
        print('ok')
    except Exception as e:
        print(type(e).__name__, e.args)
class Desc:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): pass
class Desc2:
    def __get__(self, o, t): return 1
    def __delete__(self, o): pass
class H:
    a = Desc()
    b = Desc2()
    __slots__ = ('_d', '__dict__')
h = H()
for f in (lambda: delattr(h, 'a'), lambda: setattr(h, 'b', 1), lambda: getattr(h, '_d', 'dflt'), lambda: hasattr(h, '_d'), lambda: h._d, lambda: delattr(h, '_d')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e.args)
class P:
    def __pow__(self, o): return 'pow2'
    def __rpow__(self, o): return 'rpow'
for args in ((P(), 2, 3), (2, P(), 3), (2, 3, P()), (P(), 2)):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e.args)
class L:
    def __len__(self): print('len'); return 2
    def __iter__(self): print('iter'); return iter([1, 2])
    def __getitem__(self, i): print('getitem', i); raise IndexError
for f in (list, tuple, set, frozenset, sorted, dict.fromkeys, bytearray, lambda x: [].extend(x), lambda x: ''.join(map(str, x)), enumerate, reversed, lambda x: bytes(x), lambda x: [*x], lambda x: (*x,), lambda x: {*x}):
    try:
        r = f(L())
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e.args)
class R:
    def __rpow__(self, o): return 'rpow'
class Q(int):
    def __pow__(self, o, m=None): return ('Q', o, m)
for args in ((R(), 2, 3), (2, R(), 3), (Q(2), 2, 3), (2, Q(2), 3), (Q(1), Q(2), Q(3)), (R(), R(), R())):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e.args)
