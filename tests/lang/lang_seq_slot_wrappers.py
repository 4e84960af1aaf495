# The sequences' __add__/__mul__/__rmul__/__iadd__/__imul__ are their concat and
# repeat slots: the count is converted as an index (None is a TypeError, a huge
# one an OverflowError), and a list subclass's += reaches list's in-place concat.
import collections
class IDX:
    def __index__(self): return 2
class Big:
    def __index__(self): return 2**70
for s in ([1], (1,), 'ab', b'ab', bytearray(b'ab'), collections.deque([1])):
    for name in ('__add__', '__radd__', '__mul__', '__rmul__', '__iadd__', '__imul__'):
        m = getattr(type(s), name, None)
        if m is None:
            print(type(s).__name__, name, 'absent')
            continue
        for arg in (None, 3, -1, IDX(), Big(), 2**80, 2.5, s, 'x', [7]):
            x = type(s)(s)
            try:
                r = m(x, arg)
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            shown = type(arg).__name__ if isinstance(arg, (IDX, Big)) else repr(arg)
            print(type(s).__name__, name, shown, r)
for s in ([1], 'ab', (1,)):
    for n in (IDX(), Big(), True):
        for f in (lambda: s * n, lambda: n * s):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)
print(sum([[1], [2]], []))
try:
    print(sum(['a'], ''))
except TypeError as e:
    print(e)
class L(list): pass
l = L([1]); l += (2,); print(type(l).__name__, l)
l = L([1]); l *= 2; print(type(l).__name__, l)
print(type(L([1]) + [2]).__name__, type(L([1]) * 2).__name__, type(2 * L([1])).__name__)
class S(str): pass
print(type(S('a') + 'b').__name__, type(S('a') * 1).__name__, type(S('a') * 2).__name__)
class T(tuple): pass
print(type(T((1,)) + ()).__name__, type(T((1,)) * 1).__name__)
print(list.__add__, list.__mul__, list.__rmul__, str.__rmod__, tuple.__rmul__)
print('%s' % 5, b'%d' % 5, bytearray(b'%d') % 5)
class M:
    def __repr__(self): return 'M()'
    def __rmod__(self, o): return 'M.__rmod__'
for s in ('x', b'x', 'x%s'):
    try:
        print(s % M())
    except TypeError as e:
        print(e)
class R:
    def __radd__(self, o): return 'R.__radd__'
for base in (list, bytearray, collections.deque):
    class Sub(base): pass
    x = Sub()
    try:
        x += R()
        print(base.__name__, 'subclass +=', x)
    except TypeError as e:
        print(base.__name__, 'subclass +=', e)
    y = base()
    y += R()
    print(base.__name__, '+=', y)
for seq in ([1], 'ab', (1,), b'ab', bytearray(b'ab'), collections.deque([1])):
    print(sorted(n for n in dir(type(seq)) if n in ('__add__', '__radd__', '__iadd__', '__mul__',
                                                    '__rmul__', '__imul__', '__mod__', '__rmod__')))
