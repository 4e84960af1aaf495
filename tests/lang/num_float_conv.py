# float() from strings and ints; int() from floats.
print(float("1.5"), float("  -2.25  "), float("1e3"), float("-1E-2"), float(".5"), float("5."))
print(float("inf"), float("+inf"), float("nan"), float("1_000.5"))
print(float(10), float(-0), float(2 ** 53), float(2 ** 53 + 1))
print(int(2.9), int(-2.9), int(1e10), int(-0.5))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
