# divmod and pow with ints, floats and three-argument pow.
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6), divmod(-1, 10))
print(pow(2, 5), pow(2.0, 5), pow(2, -2), pow(5, 3, 13), pow(-5, 3, 13), pow(5, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
