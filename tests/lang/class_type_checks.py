# type()'s checks of a class's name, __doc__ and __slots__; a __dict__
# defined in the class body wins over the instance-dict descriptor; dir()
# of objects whose __class__ or __dict__ is unusual; traceback objects.
import sys
import types


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: type('A\x00B', (), {}).__name__)
attempt(lambda: type('A\udcdcB', (), {}).__name__)
A = type('C', (), {})


def rename(v):
    A.__name__ = v
    return A.__name__


attempt(lambda: rename('A\x00B'))
attempt(lambda: rename('D'))
attempt(lambda: type('A', (), {'__doc__': 'x\udcdcy'}).__name__)
attempt(lambda: type('A', (), {'__doc__': 42}).__doc__)
for spec, base in [('__dict__', object), (('__dict__', '__dict__'), object),
                   (('__weakref__', '__weakref__'), object), ('__dict__', A), ('__weakref__', A),
                   ('__weakref__', int), ('x', int), ((), int)]:
    attempt(lambda: type('S', (base,), {'__slots__': spec}).__name__)


class WithDictProperty:
    __dict__ = property(lambda self: {'a': 2})


print(vars(WithDictProperty()), WithDictProperty().__dict__)


class Mod(types.ModuleType):
    __dict__ = 8


attempt(lambda: dir(Mod("m")))
m = types.ModuleType("m")
m.__dir__ = lambda: ["z", "y"]
print(dir(m))


class NoClass:
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = 1


print(dir(NoClass()))
try:
    raise IndexError
except IndexError as e:
    tb = e.__traceback__
print(dir(tb))
frame = sys._getframe()
made = types.TracebackType(tb, frame, 1, 2)
print(made.tb_next is tb, made.tb_frame is frame, made.tb_lasti, made.tb_lineno)
print(types.TracebackType(None, frame, 6, 7).tb_next)
for args in [("no", frame, 1, 2), (tb, "no", 1, 2), (tb, frame, "no", 2), (tb, frame, 1, "x")]:
    attempt(lambda: types.TracebackType(*args))
