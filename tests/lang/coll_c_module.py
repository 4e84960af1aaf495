# _collections, the C half of CPython's collections package: _tuplegetter,
# _count_elements (hashing each element once on a plain dict), the names.
import collections, _collections, gc, sys
T = _collections._tuplegetter
g = T(1, 'doc')
print(g.__doc__, g.__reduce__(), gc.is_tracked(g), repr(T(2, None)))
g.__doc__ = 'x'; print(g.__doc__)
class C: pass
for f in [lambda: g.__get__(C(), C), lambda: g.__get__((1,), tuple), lambda: T(), lambda: T(1.5, 2),
          lambda: T(1, 2, x=3), lambda: T(2**70, 2), lambda: T(-1, None).__get__((1, 2, 3)),
          lambda: _collections._count_elements({}, 5), lambda: _collections._count_elements(5, [1]),
          lambda: _collections._count_elements()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(g.__get__(None, C) is g)
class H:
    n = 0
    def __init__(s, v): s.v = v
    def __hash__(s): H.n += 1; return hash(s.v)
    def __eq__(s, o): return s.v == o.v
hs = [H(1), H(2), H(1)]
c = collections.Counter(hs)
print(H.n, len(c))
class D(dict):
    def __setitem__(s, k, v): print('set', k, v); dict.__setitem__(s, k, v)
d = D(); _collections._count_elements(d, 'aab'); print(d)
class G(dict):
    def get(s, k, default=None): print('get', k, default); return dict.get(s, k, default)
d = G(); _collections._count_elements(d, 'ab'); print(d)
print(sorted(n for n in dir(_collections) if not n.startswith('__')))
x = object()
c = collections.Counter([x, x])
print(sys.getrefcount(x))
P = collections.namedtuple('P', 'x y')
p = P(x, 2)
print(sys.getrefcount(x), sys.getrefcount(P))
