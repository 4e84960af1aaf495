# Only type itself has the one-argument form type(x); a metaclass called
# with one argument, and type.__new__ with other than three, raise
# CPython's TypeErrors.
class M(type):
    pass
class N(type, metaclass=M):
    pass
print(type(5), type(M), type(N))
for f in (lambda: M(5), lambda: N(5), lambda: type.__new__(type, 5), lambda: type.__new__(M, 5),
          lambda: type(1, 2), lambda: M(1, 2), lambda: type.__new__(type, 1, 2), lambda: type(),
          lambda: type(1, 2, 3, 4), lambda: type(5, x=1), lambda: M('A', (), {}, x=1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(M('A', (), {}), type.__new__(type, 'B', (), {}), type('C', (), {}))
