# type(x) and its __name__ for every core type.
values = [None, True, 1, 1.5, "s", [1], (1,), {"a": 1}, range(3), len, print]
for v in values:
    print(type(v).__name__)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
print(type(1) == int, type(1.0) is float, type("") is str, type([]) is list)
print(type(type(1)).__name__)
print(type(ValueError("x")).__name__)
print(type(int).__name__, int.__name__, str.__name__, dict.__name__)
