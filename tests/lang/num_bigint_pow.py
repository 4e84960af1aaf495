# Powers and modular powers with big results.
print(3 ** 100, (-3) ** 101)
print(pow(2, 200, 10 ** 9 + 7), pow(12345678901234567890, 3, 999999999989))
print(pow(10, 40) == 10 ** 40, 2 ** 0.5 * 2 ** 0.5 > 1.99)
print((2 ** 70) ** 2 == 2 ** 140, 2 ** 70)
