# ** with keys that are not strings: a class whose construction is object's own
# reports "takes no arguments" first (CPython's type_call receives the dict
# unchecked); every other callable refuses the keys first.
import functools
class K: pass
class KI:
    def __init__(self, *a, **k): print('KI init', a, k)
class KN:
    def __new__(cls, *a, **k): print('KN new', a, k); return object.__new__(cls)
class KI0:
    def __init__(self): pass
class Call:
    def __call__(self, *a, **k): print('call', a, k)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
def f(*a, **k): print('f', a, k)
class M:
    def meth(self, *a, **k): print('meth', a, k)
tests = [('K', K), ('KI', KI), ('KN', KN), ('KI0', KI0), ('WithMeta', WithMeta), ('Call()', Call()),
         ('f', f), ('M().meth', M().meth), ('dict', dict), ('print', print), ('list', list),
         ('object', object), ('type', type), ('sorted', sorted), ('partial', functools.partial(f)),
         ('len', len), ('range', range), ('set', set), ('tuple', tuple), ('enumerate', enumerate),
         ('lambda', lambda: 0)]
for name, fn in tests:
    for args, kw in (((), {1: 2}), ((1,), {1: 2}), ((), {'a': 1, 1: 2}), ((), {1: 2, 'a': 1})):
        try:
            r = fn(*args, **kw)
            print(name, args, kw, '-> ok', type(r).__name__)
        except TypeError as e:
            print(name, args, kw, '->', e)
