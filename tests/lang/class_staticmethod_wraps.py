# staticmethod and classmethod copy the wrapped function's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into their __dict__ (3.10+).
def f(a: int):
    "doc"
s = staticmethod(f)
c = classmethod(f)
print(s.__dict__, s.__wrapped__ is f, s.__name__, s.__doc__)
print(c.__dict__, c.__wrapped__ is f, c.__func__ is f)
class A:
    @staticmethod
    def g(): return 1
    @classmethod
    def h(cls): return cls.__name__
print(A.g(), A.h(), A().h(), A.__dict__['g'].__name__)
s.x = 5
print(s.x, sorted(s.__dict__))
print(staticmethod(len).__dict__)
