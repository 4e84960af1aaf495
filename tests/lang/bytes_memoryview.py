# memoryview over bytes and bytearray: formats, cast, items, slices, errors
m = memoryview(b'abcdefgh')
print(m.format, m.itemsize, len(m), m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.obj)
a = m.cast('I')
print(a.format, a.itemsize, len(a), a.tolist(), a.shape)
print(m[1], m[-1], m[1:5].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m.hex())
print(m == b'abcdefgh', m == m.cast('B'), m != b'x', hash(m) == hash(b'abcdefgh'))
ba = bytearray(b'\x00' * 8)
w = memoryview(ba)
w[0] = 65; w[1:3] = b'BC'
print(ba, w.readonly, list(w[:4]))
x = w.cast('H'); x[3] = 0x4142; print(ba)
for bad in (lambda: w.__setitem__(0, 256), lambda: w.__setitem__(0, 'a'), lambda: m.__setitem__(0, 1),
            lambda: m.cast('x'), lambda: a.cast('H'), lambda: memoryview(b'abc').cast('I'),
            lambda: m[::2].cast('B'), lambda: memoryview(5), lambda: m['a'], lambda: m[10], lambda: hash(w),
            lambda: a.__hash__()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b'xy') as v:
    print(v.tolist())
print(str(v)[:17])
try:
    len(v)
except ValueError as e:
    print(e)
print(bytes(memoryview(b'hi')), list(memoryview(b'hi')), memoryview(b'ab').cast('c').tolist())
print(memoryview(b'\x01\x00\x00\x00\x00\x00\xf0\x3f').cast('d').tolist(), memoryview(b'\xff').cast('b').tolist())
