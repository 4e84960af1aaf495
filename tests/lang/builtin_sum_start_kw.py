# Builtins that take keyword arguments added after 3.8.
print(sum([1, 2], start=10), round(number=2.567, ndigits=1))
print(sorted([3, 1], key=None, reverse=False), max([], default="none"))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
