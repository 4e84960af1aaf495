# A class's __new__ may be a plain function (made a staticmethod), an
# explicit staticmethod, a classmethod, or inherited from a Python base:
# each is called through the class attribute with the class first, and
# __init__ runs only when __new__ returns an instance of the class.
class C(object):
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        elif isinstance(arg, int):
            return object.__new__(D)
        else:
            return object.__new__(cls)
class D(C):
    def __init__(self, arg):
        self.foo = arg
print(C("1"), C(1.0).__class__.__name__, type(C(1)).__name__, C(1).foo)
print(D("1"), D(None).foo, D(1).foo)

class S(object):
    @staticmethod
    def __new__(*args):
        return args
class S2(S):
    pass
print(S(1, 2) == (S, 1, 2), S2(1, 2) == (S2, 1, 2))

class K(object):
    @classmethod
    def __new__(*args):
        return args
class K2(K):
    pass
print(K(1, 2) == (K, K, 1, 2), K2(1, 2) == (K2, K2, 1, 2))

class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
class WithInit:
    def __init__(self, x):
        self.x = x
print(WithInit(5).x)
