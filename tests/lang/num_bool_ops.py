# bool is a subclass of int in arithmetic and isinstance.
print(isinstance(True, int), isinstance(1, bool), type(True + True).__name__)
print(True + 5, True * 2.5, -True, True // 2, True ** 5)
print(sum([True, True, False, True]))
print(str(True), repr(False), int(True), float(False))
print(bool(2) is True, bool("") is False)
