# '.Nf' formatting rounds the exact binary value half-even (printf's and
# CPython's dtoa's answer): the fast fixed-point path must agree at ties,
# near-ties, tiny and large values, negative zero and the 2**52 border.
import struct
import random

edge = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.625, 1e-300, -1e-300,
        2.0 ** 51 + 0.5, 2.0 ** 52 - 1, 2.0 ** 52, 2.0 ** 53, 4503599627370495.5,
        1e15, 1e16, 0.0005, 0.0015, 0.0025, 1.0005, 2.675, 1.005, 123.4565,
        0.045, 1e-7, 9.9995, 99.995, 999.9995, 0.49999999999999994, 1e22, 1e23]
for v in edge:
    print(repr(v), [f"{v:.{p}f}" for p in (0, 1, 2, 3, 15, 16)], "%.2f" % v,
          format(v, ".3F"), f"{v:#.0f}", f"{v:+012.4f}", f"{v:,.2f}")

r = random.Random(5)
h = 0
for i in range(2500):
    bits = r.getrandbits(64)
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if d != d or d in (float('inf'), float('-inf')):
        continue
    for v in (d, i / 7, r.randint(-10**9, 10**9) / 2 ** r.randint(0, 40),
              r.randint(0, 10**6) / 10 ** r.randint(0, 8), r.random() * 10 ** r.randint(-20, 17)):
        for p in (0, 1, 3, 6, 15):
            for c in f"{v:.{p}f}":
                h = (h * 131 + ord(c)) % 1000000007
print(h)
