# Deleting a special method from a class gives the slot back to the base
# (list() of a class whose __len__ was deleted, a MagicMock with a spec).
class A:
    def __iter__(self): return iter([1, 2])
class B(A):
    def __len__(self): return 2
    def __add__(self, o): return "add"
    def __hash__(self): return 5
print(len(B()), B() + 1, hash(B()))
del B.__len__, B.__add__, B.__hash__
try: len(B())
except TypeError as e: print(e)
try: B() + 1
except TypeError as e: print(e)
print(list(B()), hash(B()) != 5)
class L(list): 
    def __len__(self): return 99
l = L([1, 2, 3]); print(len(l)); del L.__len__; print(len(l))
class C(A): pass
A.__len__ = lambda self: 7
print(len(C()))
del A.__len__
try: len(C())
except TypeError as e: print(e)

class A2:
    def __iter__(self): return iter([1, 2])
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)
print(list(A2()), tuple(A2()), sorted(A2()))
class B(A2):
    pass
B.__len__ = lambda self: 2
del B.__len__
print(list(B()))

from unittest.mock import MagicMock
class Iterable(object):
    def __iter__(self): pass
mock = MagicMock(spec=Iterable)
print(list(mock))
