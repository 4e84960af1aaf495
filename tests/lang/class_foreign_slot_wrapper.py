# A slot wrapper taken from an unrelated class (`__eq__ = str.__eq__` in an
# int subclass) is called unbound, so its type check raises CPython's
# TypeError instead of the comparison falling back to identity.
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
a = A()
for f in (lambda: a == a, lambda: a + a, lambda: a + 1):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class B(int):
    __add__ = int.__add__
    __eq__ = object.__eq__
print(B(2) + 3, B(2) == B(2), B(2) == 2)
