# Mixing ints, floats and bools in arithmetic and comparisons.
print(1 + 2.5, 3 * 1.5, 10 - 0.25, 7 // 2.0, 7 % 2.5)
print(True + 1.5, False * 3.0, 1 == 1.0, 2 < 2.5 < 3)
print(int(3.9), int(-3.9), float(3), float(True))
print(max(1, 2.5, 2), min(3, 1.0, 2))
print(sum([1, 2.5, 3]), abs(-2.5), abs(-3))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3)
