# A captured variable lives in a cell: the cell holds the one reference.
import sys
def outer():
    data = [1, 2]
    def inner():
        return sys.getrefcount(data)
    print("read in outer", sys.getrefcount(data))
    print("read in inner", inner())
    alias = data
    print("outer alias", sys.getrefcount(data), inner())
    return inner
f = outer()
print("after outer returned", f())
def make_holder(obj):
    def get():
        return obj
    return get
thing = [0]
g = make_holder(thing)
h = make_holder(thing)
print("held by two closures", sys.getrefcount(thing))
del g
print("one closure deleted", sys.getrefcount(thing))
