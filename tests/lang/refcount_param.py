# A parameter whose object is also bound by the caller has count 3.
import sys
def show(a, label):
    print(label, sys.getrefcount(a))
x = [1]
show(x, "positional")
show(a=x, label="keyword")
show([], "temporary argument")
def two(p, q):
    print("same object twice", sys.getrefcount(p))
two(x, x)
def outer():
    local = {"k": 0}
    show(local, "caller's local")
outer()
def nested(a):
    show(a, "passed on again")
nested(x)
print("after the calls", sys.getrefcount(x))
