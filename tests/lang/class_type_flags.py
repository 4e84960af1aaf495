# type.__flags__: CPython's Py_TPFLAGS_* bits, where inspect.isabstract and
# the ABCs look (IS_ABSTRACT follows __abstractmethods__).
import abc, inspect
P = 1 << 20
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): ...
print(bool(A.__flags__ & P), bool(B.__flags__ & P), inspect.isabstract(A), inspect.isabstract(B))
A.__abstractmethods__ = frozenset()
print(bool(A.__flags__ & P))
for t in (int, list, tuple, bytes, str, dict, BaseException, type, bool, KeyError):
    print(t.__name__, [b for b in (24, 25, 26, 27, 28, 29, 30, 31) if t.__flags__ >> b & 1])
print(bool(list.__flags__ & 1 << 5), bool(dict.__flags__ & 1 << 6), bool(B.__flags__ & 1 << 9), bool(int.__flags__ & 1 << 9), bool(int.__flags__ & 1 << 10), bool(bool.__flags__ & 1 << 10))
