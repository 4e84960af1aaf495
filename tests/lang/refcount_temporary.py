# A temporary is held only by getrefcount's argument: count 1.
import sys
x = [1, 2]
print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount([1, 2, 3]))
print(sys.getrefcount(x.copy()))
print(sys.getrefcount(x + [3]))
print(sys.getrefcount(x * 2))
print(sys.getrefcount(str(123456) + "x"))
print(sys.getrefcount(dict(a=1)))
print(sys.getrefcount((x[0], x[1])))
def make():
    return [9]
print(sys.getrefcount(make()))
print(sys.getrefcount(lambda: 0))
