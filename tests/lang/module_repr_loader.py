# A module's repr as importlib's _module_repr makes it: from a true
# __spec__, else the loader's module_repr(), else __name__ and __file__ or
# the loader.
import sys
import types


class BareLoader:
    pass


class FullLoader:
    def module_repr(self, m):
        return "<module '{}' (crafted)>".format(m.__name__)


class FailingLoader:
    def module_repr(self, m):
        raise ValueError("no")


class Spec:
    def __init__(self, name, origin, loader, has_location):
        self.name, self.origin, self.loader, self.has_location = name, origin, loader, has_location


m = types.ModuleType("foo")
print(repr(m))
del m.__name__
print(repr(m))
m.__file__ = "/tmp/foo.py"
print(repr(m))
m.__loader__ = BareLoader
print(repr(m))
del m.__file__
print(repr(m).split(" at ")[0])
m.__name__ = "foo"
m.__loader__ = FullLoader()
print(repr(m))
m.__file__ = "/tmp/foo.py"
print(repr(m))
m.__loader__ = FailingLoader()
print(repr(m))
m.__spec__ = Spec("spam", "/x/spam.py", None, True)
print(repr(m))
m.__spec__ = Spec(None, "frozen", None, False)
print(repr(m))
m.__spec__ = Spec("spam", None, BareLoader, False)
print(repr(m))
m.__spec__ = Spec("spam", None, None, False)
print(repr(m))
print(repr(sys), repr(types)[:24])
