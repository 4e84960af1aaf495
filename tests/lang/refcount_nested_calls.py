# Each frame that binds an object adds one reference.
import sys
x = [0]
def h(c):
    return sys.getrefcount(c)
def g(b):
    return h(b)
def f(a):
    return g(a)
print("three frames deep", f(x))
print("two frames", g(x))
print("one frame", h(x))
print("at module level", sys.getrefcount(x))
