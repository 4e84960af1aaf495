# Float arithmetic corner cases that repr must show exactly.
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1e16 + 1, 2.0 ** 0.5)
print(1 / 7, 100.0 / 3, -1.5 * 2, 1e-7 * 10, 9.99 * 100)
print(4.35 * 100, 0.57 * 100, 1.15 * 100, 123.456 - 123)
print(1e308 * 10, -1e308 * 10)
print(float(1 / 3 * 3), 0.1 + 0.7)
