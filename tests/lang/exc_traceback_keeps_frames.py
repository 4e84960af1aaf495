# A traceback keeps the frames it passed through, and so their variables,
# alive until the traceback itself goes, as in CPython: counts and the
# moment __del__ runs follow from that.
import sys

def rz(a):
    raise KeyError(1)

def f():
    x = []
    try:
        rz(x)
    except KeyError:
        print('in handler', sys.getrefcount(x))
        ei = sys.exc_info()
    print('after', sys.getrefcount(x))
    del ei
    print('released', sys.getrefcount(x))
f()

class D:
    def __del__(self):
        print('del D')

def g():
    d = D()
    raise ValueError
try:
    g()
except ValueError:
    print('handler')
print('after')

def h():
    d = D()
    raise ValueError
try:
    h()
except ValueError as e:
    saved = e
print('handler done, exception kept')
del saved
print('exception dropped')
