# array.array: every typecode's conversions and range errors (CPython's wording),
# sequence operations, slices, methods, comparisons, repr, the buffer with
# memoryview/struct/bytes, copy.  (__reduce_ex__(3) differs: see docs/language.md.)
from array import array
import array as A
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(getattr(f, '__name__', f), a, k, '->', repr(r)[:150])
    except Exception as e:
        print(getattr(f, '__name__', f), a, k, '!!', type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    for v in (-2**64, -2**31-1, -129, -1, 128, 256, 65536, 2**32, 2**63, 2**64, 1.5, '1', None):
        t(array, tc, [v])
for tc in 'fd':
    for v in (1e300, 'x', 3, None, 2**2000):
        t(array, tc, [v])
for v in ('ab', 5, b'x', 'é', '\U0001f600'):
    t(array, 'u', [v])
t(array, 'z'); t(array, b'i'); t(array, 'ii'); t(array, 'i', 'abc'); t(array, 'u', 'abc'); t(array, 'u', array('i', [1]))
t(array, 'i', array('d', [1.5])); t(array, 'd', array('i', [1])); t(array, 'i', b'\x01\x00\x00\x00'); t(array, 'i', b'\x01'); t(array, 'i', 5)
a = array('i', [1, 2, 3])
t(a.__add__, [1]); t(a.__add__, array('d')); t(a.__iadd__, array('d')); t(a.__setitem__, slice(0, 1), [1]); t(a.__setitem__, slice(0, 1), array('d', [1]))
t(a.__setitem__, slice(None, None, 2), array('i', [1])); t(a.__getitem__, 5); t(a.__setitem__, 5, 1); t(a.__delitem__, 5); t(a.pop, 7); t(array('i').pop)
t(a.index, 9); t(a.remove, 9); t(a.frombytes, b'\x01'); t(a.fromunicode, 'x'); t(a.tounicode); t(a.byteswap); t(a.extend, 5); t(a.extend, array('d'))
t(a.fromlist, [1, 'x']); print(a); t(a.fromlist, (1,)); t(a.insert, 'x', 1); t(a.__contains__, 'x'); t(a.count, 'x')
print(repr(array('d')), repr(array('u', 'hi')), repr(array('f', [1.5, 2.25])), repr(array('b', [-1])), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i') < array('i', [0]))
print(A.typecodes, A.ArrayType is array, array('i').itemsize, array('d').itemsize, array('u').itemsize, array('q').typecode)
t(array, 'i', [1], 2); t(array, typecode='i')
t(a.__mul__, 'x'); t(a.__mul__, -1); print(a * 2, 2 * a)
t(array('i', [1]).__eq__, [1])
t(hash, a)
t(a.__getitem__, 'x'); t(a.__getitem__, 1.0)
import copy, struct
a = array('h', range(10))
print(a[2:5], a[::-3], a[-1], a[:0], a[5:2])
a[2:5] = array('h', [7])
print(a, len(a))
a[::2] = array('h', [0] * len(a[::2]))
print(a)
a[::-2] = array('h', range(len(a[::-2])))
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
a[1:1] = a
print(a)
a += array('h', [100])
a *= 2
print(a, a.count(100), a.index(100), a.index(100, 7), 100 in a, -5 in a)
t(a.index, 100, 20)
a.insert(0, -1); a.insert(-1, -2); a.insert(1000, -3); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(100); a.reverse(); print(a, list(reversed(a))[:3], sorted(a)[:3], sum(a), max(a))
b = array('H', [1, 256, 65535]); b.byteswap(); print(b)
u = array('u', 'héllo'); u.fromunicode(' wörld'); u.extend('!'); print(u, u.tounicode(), u[1], len(u))
f = array('f', [0.1, 1/3]); print(f, f.tolist(), f.itemsize)
q = array('Q', [2**64 - 1]); print(q, q.tobytes().hex())
l = array('l'); l.fromlist([1, 2]); l.frombytes(array('l', [3]).tobytes()); l.extend(iter([4, 5])); print(l)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) != array('b', [1, 3]), array('i', [1, 2]) < array('i', [1, 3]),
      array('d', [1.0]) >= array('i', [1]), array('i', [2]) > array('i', [1, 5]), array('i') == array('d'))
c = copy.copy(a); d = copy.deepcopy(a); c.append(1); print(c == a, d == a, type(c).__name__)
print(array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), struct.unpack('<2i', array('i', [7, 8])))
m = memoryview(array('d', [0.5, 1.5, 2.5]))
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[::2].tolist(), bytes(m[1:2]))
arr = array('i', [1, 2, 3]); mv = memoryview(arr); mv[1] = 20; print(arr); del mv
arr.append(4); print(arr, bytes(arr)[:8], bytearray(array('B', [65, 66])))
class MyArr(array):
    def total(self):
        return sum(self)
ma = MyArr('i', [1, 2, 3])
ma.tag = 'x'
print(ma, ma.total(), ma[1:], type(ma[1:]).__name__, ma.tag, isinstance(ma, array))
print(array('i', [1, 2]).__reduce_ex__(2), array('u', 'ab').__reduce_ex__(2))
print([x * 2 for x in array('b', [1, -2, 3])], list(enumerate(array('d', [1.5])))) 
print(array('i', [5]) * 3, 2 * array('u', 'ab'), array('i', [1]) * 0, array('i', [1, 2]).buffer_info()[1])
