# round(): banker's rounding, ndigits, negative ndigits, types returned.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(1.0, 3))
print(round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__)
print(round(0.1 + 0.2, 10), round(-2.5), round(9.99999, 3))
