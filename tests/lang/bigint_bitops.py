# Bit operations on small and big ints, positive and negative.
a = 2 ** 70 + 12345
b = 2 ** 65 - 1
print(a & b, a | b, a ^ b, ~a, -a & b, -a | 7, -a ^ -b)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 3, -5 | 3, -5 ^ 3)
print(1 << 100, (1 << 100) >> 99, -1 << 70, -(2 ** 70) >> 3, -1 >> 100, 7 >> 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
