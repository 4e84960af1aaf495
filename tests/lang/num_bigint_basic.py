# Ints never overflow: results past 64 bits are exact.
a = 9223372036854775807
print(a + 1, a * 2, -a - 2, a * a)
print(2 ** 64, 2 ** 100, -(2 ** 63), 2 ** 63 - 1)
print(10 ** 30 + 1, 10 ** 30 - 1)
b = 123456789012345678901234567890
print(b * b, b // 7, b % 7, -b // 7, -b % 7)
print(b + b - b == b, b > a, -b < -a)
print(type(b).__name__, len(str(2 ** 1000)))
