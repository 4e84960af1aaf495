# The loop variable holds a reference for as long as it is bound.
import sys
x = [7]
items = [x, x]
print("two slots + name", sys.getrefcount(x))
for v in items:
    print("in the loop", sys.getrefcount(v))
print("loop variable still bound", sys.getrefcount(x))
del v
print("loop variable deleted", sys.getrefcount(x))
def f(seq):
    for item in seq:
        print("in a function loop", sys.getrefcount(item))
    return sys.getrefcount(x)
print("after function loop", f(items))
n = 0
while n < 2:
    cur = x
    n += 1
print("while rebinding", sys.getrefcount(x))
for i in range(3):
    fresh = [i]
    print("fresh each time", sys.getrefcount(fresh))
