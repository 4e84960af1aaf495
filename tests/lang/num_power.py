# ** with ints, floats and negative exponents.
print(2 ** 8, 2 ** -1, 2 ** -2, 10 ** -3)
print(2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(pow(2, 10), pow(2, -3), pow(3, 4, 5), pow(7, 0), pow(-3, 3, 7))
print(0.5 ** 2, 1.5 ** 3, (-2) ** -2)
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
