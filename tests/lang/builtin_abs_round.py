# abs and round on ints, floats and bools.
print(abs(-7), abs(7.25), abs(-0.0), abs(False), abs(-10 ** 20))
print(round(2.5), round(3.5), round(-3.5), round(0.125, 2), round(0.375, 2), round(5, -1), round(15, -1))
print(round(1e20), round(123.456, 1), round(-123.456, -1), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
