# Reference counts of instances, bound methods and class attributes.
import sys
class C:
    def m(self):
        return 1
c = C()
print("instance", sys.getrefcount(c))
bm = c.m
print("instance after bound method", sys.getrefcount(c), "bound method", sys.getrefcount(bm))
del bm
print("back", sys.getrefcount(c))
items = [c, c]
print("two slots", sys.getrefcount(c))
