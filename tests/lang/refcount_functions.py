# Function objects are counted like any other object.
import sys
def f():
    return 1
print("def binds once", sys.getrefcount(f))
g = f
table = {"f": f}
print("two more references", sys.getrefcount(f))
del g, table
print("back", sys.getrefcount(f))
square = lambda n: n * n
print("lambda bound", sys.getrefcount(square))
def factory():
    def made():
        return 2
    return made
m = factory()
print("returned nested function", sys.getrefcount(m))
fs = [factory() for _ in range(3)]
print("each made function", [sys.getrefcount(fn) for fn in fs])
