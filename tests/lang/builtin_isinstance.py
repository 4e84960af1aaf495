# isinstance with single types and tuples of types.
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", str))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(ValueError(), Exception))
print(isinstance(1, (str, (float, int))), isinstance(len, type))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
