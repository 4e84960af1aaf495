# tuple(), list() and dict() constructors from various inputs.
print(tuple([1, 2]), tuple(), tuple(range(3)), tuple({"a": 1}), tuple("hi"))
print(list((1, 2)), dict([(1, 2), [3, 4]]), dict(a=1, b=[2]), dict({"x": 0}, y=1))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
