import array
b = bytes(range(24))
m = memoryview(b).cast('B', [2, 3, 4])
print(m.ndim, m.shape, m.strides, m.nbytes, len(m), m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tolist())
print(m[1, 2, 3], m[-1, -1, -1])
for k in [0, (0, 1), (0, 1, 2, 3), (slice(None), slice(None)), 'x', (0, 'a')]:
    try:
        print(m[k])
    except Exception as e:
        print(type(e).__name__, e)
s = m[::-1]
print(s.shape, s.strides, s.tolist(), s.c_contiguous, s.tobytes(), s.tobytes('F')[:6])
print(m.tobytes('F'))
try:
    iter(m)
except Exception as e:
    print(type(e).__name__, e)
z = memoryview(b'abcd').cast('i', [])
print(z.ndim, z.shape, z.strides, z.tolist() == int.from_bytes(b'abcd', 'little'), z[()] , z[...] is z)
for op in [lambda: len(z), lambda: z[0], lambda: list(z)]:
    try: op()
    except Exception as e: print(type(e).__name__, e)
ba = bytearray(12)
w = memoryview(ba).cast('B', (3, 4))
w[1, 2] = 7
print(ba)
for k, val in [(1, 1), ((slice(1), 0), 1), (slice(0, 1), b'x'), ((1,), 3)]:
    try:
        w[k] = val
    except Exception as e:
        print(type(e).__name__, e)
back = w.cast('B')
print(back.shape, back == memoryview(ba), w == memoryview(ba), w == w, m == memoryview(b).cast('B', [2, 3, 4]))
for args in [('B', [5]), ('B', [0, 24]), ('B', (2, 'x')), ('I', [3, 2]), ('B', 3), ('B', [1]*65)]:
    try:
        print(memoryview(b).cast(*args).shape)
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.cast('B', [24]).cast('B', [4, 6]).cast('B', [2, 12])
except Exception as e:
    print(type(e).__name__, e)
print(m.cast('B').shape, m.cast('I', [6]).shape if False else '')
a = array.array('i', range(6))
am = memoryview(a).cast('B').cast('i', [2, 3])
print(am.tolist(), am.format, am.itemsize, bytes(am) == a.tobytes(), hash(memoryview(b).cast('B', [4, 6])) == hash(b))
import base64
print(base64.b64encode(memoryview(b).cast('B', (2, 12))))
print(memoryview(b'').cast('B', []) if False else memoryview(b'ab').cast('H', []).tolist())
try:
    memoryview(b'').cast('B', [])
except Exception as e:
    print(type(e).__name__, e)
