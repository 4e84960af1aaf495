# Locals of a function count exactly like globals.
import sys
def f():
    a = [0]
    print("local once", sys.getrefcount(a))
    b = a
    print("local twice", sys.getrefcount(a))
    del b
    print("after del", sys.getrefcount(a))
    t = (a, a)
    print("in a tuple twice", sys.getrefcount(a))
    return a
r = f()
print("returned and bound", sys.getrefcount(r))
