# isinstance and issubclass with tuples and user classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), issubclass(B, (C, A)))
print(issubclass(B, B), issubclass(bool, int), issubclass(int, bool), issubclass(A, object))
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
