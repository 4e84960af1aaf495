# repr(float) is the shortest decimal that reads back, the closest of
# equally short ones: a short-digit path (m / 10**k exact) and the
# printf path must agree with CPython at their borders.
import struct
import random

def show(v):
    print(repr(v), repr(-v), str(v), float(repr(v)) == v)

for v in [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 25.35, 0.35, 1.1, 100.0,
          123456789012345.0, 999999999999999.0, 1e15, 1e15 + 1, 1e16,
          1234567890123456.0, 12345678901234567.0, 9007199254740993.0,
          1e22, 1e23, 8.41e21, 5e-5, 1e-4, 0.0001, 1e-5, 1.5e-7, 1e-7,
          1.2345678901234e-7, 1.23456789012345e-8, 4.35, 0.000123456789012345,
          5e-324, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 0.5, 0.25, 0.125]:
    show(v)

for e in range(-1074, 1024, 7):
    show(2.0 ** e)
for e in range(-30, 30):
    show(10.0 ** e)
    show(7 * 10.0 ** e)

r = random.Random(14)
h = 0
for i in range(5000):
    bits = r.getrandbits(64)
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if d != d:
        continue
    for v in (d, r.randint(0, 10**6) / 10 ** r.randint(0, 9),
              r.random() * 10 ** r.randint(-25, 25), i * 0.25 + 0.1):
        s = repr(v)
        assert float(s) == v, s
        for c in s:
            h = (h * 131 + ord(c)) % 1000000007
print(h)
