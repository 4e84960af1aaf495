# len of every sized core type.
print(len(""), len("abc"), len("é中😀"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len({"a": 1}.keys()), len({"a": 1}.items()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
