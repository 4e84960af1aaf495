# Unpacking errors with CPython's messages.
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = "abc"
except ValueError as e:
    print("ValueError:", e)
a, b = "xy"
print(a, b)
