# float repr: shortest round-trip digits and exponent switching.
values = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 100.0, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.7976931348623157e308, 5e-324, 2.5e-8,
          3.14159, 2.0 / 3.0, 1e22, 1e100, 12345.678, 0.30000000000000004]
for v in values:
    print(repr(v), str(v))
print([1.0, 2.5, -0.0])
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("infinity")), float("-Infinity"))
