# CPython's abc.py (through _py_abc: tally has no _abc) and numbers.py.
import abc, numbers
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, Shape), sorted(Shape.__abstractmethods__))
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Duck:
    def area(self):
        return 1
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if any("__len__" in B.__dict__ for B in C.__mro__) else NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(str, Sized))
print(type(Shape).__name__, abc.get_cache_token() is not None)
print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Integral))
print(isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(float, numbers.Rational))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print("TypeError:", str(e)[:60])
print(abc.update_abstractmethods(Sq) is Sq)
class Mixed(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Mixed.__abstractmethods__), Mixed.__dict__["make"].__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__, staticmethod(len).__isabstractmethod__)
class Open(Mixed):
    make = classmethod(lambda cls: cls)
    helper = staticmethod(lambda: 0)
print(type(Open.make()()).__name__)
Open.__abstractmethods__ = frozenset({"x"})
try:
    Open()
except TypeError as e:
    print("TypeError:", e)
Open.__abstractmethods__ = frozenset()
print(type(Open()).__name__)
