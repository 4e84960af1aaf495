# min and max over iterables and arguments, with key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((9,)))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len))
print(max([], default="empty"), min([], default=None), max([2], default=0))
print(max([3, 3.0]), max([3.0, 3]), min(["b", "a", "c"]))
print(max(1, 2, key=lambda v: -v), max([[1, 2], [1, 3]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
