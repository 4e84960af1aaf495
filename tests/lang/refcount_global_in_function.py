# Reading a global inside a function does not keep a reference.
import sys
G = {"a": 1}
def read():
    return sys.getrefcount(G)
def read_twice():
    a = G
    return sys.getrefcount(G)
print(read(), read_twice(), sys.getrefcount(G))
