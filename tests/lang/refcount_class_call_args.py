# A class called through tp_call holds its positional arguments in a tuple
# while __new__ and __init__ run, and its keywords in a dict.
import sys

class P:
    def __init__(self, o, k=None):
        print(sys.getrefcount(o), k is None or sys.getrefcount(k))

class N:
    def __new__(cls, o):
        print(sys.getrefcount(o))
        return super().__new__(cls)

class E(Exception):
    def __init__(self, a):
        print(sys.getrefcount(a))
        super().__init__(a)

x = []
y = []
P(x)
P(x, y)
P(x, k=y)
N(x)
e = E(x)
print(sys.getrefcount(x), sys.getrefcount(e.args), e.args is e.args)
f = E(y)
print(sys.getrefcount(y))

class S:
    def __str__(self):
        return str(sys.getrefcount(self))
s = S()
print(str(s), format(s))
