# reversed(), sys.getsizeof(), dict subclasses' __missing__, dir() and
# round() find their special method on the type, never through the
# instance's __getattribute__/__getattr__, and bind it through its
# descriptor (whose errors propagate).
import sys

class Spy:
    def __getattribute__(self, name):
        print("instance lookup of", name)
        return object.__getattribute__(self, name)

class Binder:
    """A descriptor that says when it binds, then binds a function."""
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        print("bind", self.f.__name__)
        return self.f.__get__(obj, owner)

class Broken:
    def __get__(self, obj, owner):
        raise LookupError("descriptor failed")

def __reversed__(self):
    return iter([3, 2, 1])
def __sizeof__(self):
    return 40
def __dir__(self):
    return ["b", "a"]
def __round__(self, n=None):
    return ("round", n)
def __missing__(self, key):
    return ("missing", key)

class R(Spy):
    __reversed__ = Binder(__reversed__)
    __sizeof__ = Binder(__sizeof__)
    __dir__ = Binder(__dir__)
    __round__ = Binder(__round__)
class D(dict):
    __missing__ = Binder(__missing__)
    def __getattribute__(self, name):
        print("instance lookup of", name)
        return dict.__getattribute__(self, name)

r = R()
print(list(reversed(r)))
print(sys.getsizeof(r) >= 40)
print(dir(r))
print(round(r), round(r, 2))
print(D()["k"])

class E(Spy):
    __reversed__ = Broken()
    __sizeof__ = Broken()
    __dir__ = Broken()
    __round__ = Broken()
class DE(dict):
    __missing__ = Broken()
for f in (reversed, sys.getsizeof, dir, round, lambda o: DE()[1]):
    try:
        f(E())
    except LookupError as e:
        print("LookupError", e)
for f in (reversed, round):
    try:
        f(Spy())
    except TypeError as e:
        print("TypeError", e)
