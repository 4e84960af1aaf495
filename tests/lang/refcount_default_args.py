# Default parameter values are held by the function.
import sys
D = [0]
print("before def", sys.getrefcount(D))
def f(a=D):
    return sys.getrefcount(a)
print("held by the defaults", sys.getrefcount(D))
print("inside, default used", f())
print("inside, passed explicitly", f(D))
def g(a=D, b=D):
    return 0
print("two defaults", sys.getrefcount(D))
del f, g
print("functions deleted", sys.getrefcount(D))
