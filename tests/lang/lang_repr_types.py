# repr and str of types and builtin functions.
print(int, str, list, dict, tuple, float, bool, type)
print(repr(range), type(None))
print(len, print)
print(ValueError, BaseException)
