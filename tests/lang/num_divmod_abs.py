# divmod and abs for ints and floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 3))
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-1e100), abs(True))
print(abs(-9223372036854775807 - 1))
