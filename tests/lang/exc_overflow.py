# Float operations that overflow raise OverflowError; ints do not.
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(len(str(10 ** 400)), 10 ** 400 // 10 ** 399)
print(1e308 * 10)
