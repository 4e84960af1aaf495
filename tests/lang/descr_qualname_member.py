# Descriptors' __qualname__ is the owner's __qualname__ and the name;
# complex.real/imag are member descriptors, as in CPython.
for d in (str.lower, complex.real, float.real, int.__add__, complex.imag):
    print(type(d).__name__, d.__qualname__, d.__objclass__.__qualname__ + '.' + d.__name__)
d = complex.real
try: (1j).real = 3
except AttributeError as e: print(e)
print(d.__get__(3+4j), d.__get__(None, complex) is d, d.__doc__)
def f():
    class C:
        __slots__ = ('x',)
    return C
C = f()
print(C.x.__qualname__, C.x.__objclass__ is C, type(C.x).__name__)
import types
print(types.FunctionType.__code__.__qualname__, types.FunctionType.__globals__.__qualname__)
