# sys.exc_info() and sys.exception() see the exception being handled.
import sys
print(sys.exc_info(), sys.exception())
def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else t, repr(v), type(tb).__name__, sys.exception() is v)
try:
    raise KeyError("k")
except KeyError:
    show()
    try:
        1 / 0
    except ZeroDivisionError:
        show()
    show()
show()
def f():
    try:
        raise ValueError(3)
    except ValueError as e:
        return sys.exception() is e
print(f(), sys.exc_info())
try:
    sys.exc_info(1)
except TypeError as e:
    print("TypeError:", e)
