m = memoryview(bytearray(8)).cast('d')
class F:
    def __float__(self): return 2.5
m[0] = F()
print(m[0])
for v in ['x', 1+2j, None, 10**400]:
    try:
        m[0] = v
    except Exception as e:
        print(type(e).__name__, e)
b = memoryview(bytearray(4))
class I:
    def __index__(self): return 7
b[1] = I()
print(b.tolist())
for v in ['x', 1.5, 256, -1, I]:
    try:
        b[0] = v
    except Exception as e:
        print(type(e).__name__, e)
import array, gc, weakref
print(memoryview(array.array('i', [1, 2])) == array.array('i', [1, 2]), memoryview(b'ab') == array.array('B', b'ab'))
h = memoryview(b'abc'); x = hash(h); h.release(); print(hash(h) == x == hash(b'abc'))
r = weakref.ref(h); del h; print(r())
class B(bytes): pass
o = B(b'xyz'); o.m = memoryview(o); wr = weakref.ref(o); del o; gc.collect(); print(wr())
# The view released (and its bytearray freed) by the key's or the value's
# own conversion: CPython's gh-92888.
def released_by(make_key, make_value, shape=None):
    holder = {}
    m = memoryview(bytearray(b'\xff' * 16))
    if shape:
        m = m.cast('B', shape)
    class Idx:
        def __index__(self):
            m.release()
            holder['new'] = bytearray(16)
            return 1
    try:
        if make_value is None:
            print(m[make_key(Idx)])
        else:
            m[make_key(Idx)] = make_value(Idx)
            print('stored')
    except Exception as e:
        print(type(e).__name__, e)
released_by(lambda I: I(), None)
released_by(lambda I: slice(None, I()), None)
released_by(lambda I: (I(), 0), None, (8, 2))
released_by(lambda I: (0, I()), None, (2, 8))
released_by(lambda I: I(), lambda I: 42)
released_by(lambda I: slice(None, I()), lambda I: b'x')
released_by(lambda I: 0, lambda I: I())
s = memoryview(bytearray(b'abcdef'))
class Cut:
    def __index__(self):
        s.release()
        return 3
print(list(s[:Cut()]))
