# Returned objects carry exactly the caller's references.
import sys
def make():
    obj = [1, 2, 3]
    return obj
a = make()
print("returned list", sys.getrefcount(a))
def passthrough(v):
    return v
b = passthrough(a)
print("passed through", sys.getrefcount(a))
def pair(v):
    return v, v
p = pair(a)
print("in a returned tuple", sys.getrefcount(a))
del p, b
print("back", sys.getrefcount(a))
def pick(lst):
    return lst[0]
holder = [[5]]
c = pick(holder)
print("picked from a list", sys.getrefcount(c))
